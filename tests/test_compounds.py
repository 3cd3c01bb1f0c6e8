"""A compound the routines never use is read as the two words of it they do use."""
from conftest import write

from index import Library, analysis
from index.answering import Candidate, choose_quote, quote_sentences
from index.compounds import particle_verbs, parts, read_as
from index.quoting import sentence_spans

ROUTINE_WORDS = {analysis.stem(w) for w in ("tillbud", "blanketten", "skyddsombudet", "hemtjänst", "insatser")}


def uses(stem: str) -> bool:
    return stem in ROUTINE_WORDS


def known(stem: str, prefix: str | None) -> bool:
    return uses(stem)


def test_an_unknown_compound_is_read_as_its_two_used_parts_its_joining_s_dropped():
    assert parts("vem ska skriva under tillbudsblanketten?", uses, known) == {
        "tillbudsblanketten": ["tillbud blanketten"]}
    assert parts("finns det tider för hemtjänstinsatser", uses, known) == {"hemtjänstinsatser": ["hemtjänst insatser"]}


def test_a_word_the_routines_use_a_short_word_or_one_of_unused_parts_is_left_as_it_is():
    assert parts("var finns blanketten för tillbud", uses, known) == {}
    assert parts("tillbudsblanketten", uses, lambda stem, prefix: True) == {}  # known, misspelt or inside a word
    assert parts("semesterdagar och friskvårdsbidrag", uses, known) == {}
    assert parts("tillbudet", uses, known) == {}


def test_the_synonyms_are_kept_and_the_parts_added():
    assert read_as({"fb": ["försörjningsstöd"]}, "fb och tillbudsblanketten", uses, known) == {
        "fb": ["försörjningsstöd"], "tillbudsblanketten": ["tillbud blanketten"]}


def test_the_sentence_saying_the_parts_is_quoted():
    text = ("Genomförandeplanen skrivs alltid tillsammans med brukaren och hens företrädare. "
            "Blanketten för tillbud undertecknas av arbetstagaren och skyddsombudet. Kaffet står i köket.")
    candidate = Candidate(text, None, sentence_spans(text, None))
    question = "vem ska skriva under tillbudsblanketten"

    def quoted(alternatives):
        quote = choose_quote(question, [candidate], max_sentences=1, alternatives=alternatives)
        assert quote is not None
        return quote_sentences(candidate, quote)

    assert quoted(None) == ["Genomförandeplanen skrivs alltid tillsammans med brukaren och hens företrädare."]
    assert quoted(parts(question, uses, known)) == [
        "Blanketten för tillbud undertecknas av arbetstagaren och skyddsombudet."]


def test_the_library_quotes_by_the_parts_but_still_counts_the_compound_as_unused(tmp_path, fake_embedder, monkeypatch):
    docs = tmp_path / "docs"
    write(docs / "gemensamt" / "tillbud.md", "# Rutiner\n\n## Planer\n\nGenomförandeplanen skrivs alltid tillsammans med "
          "brukaren och hens företrädare.\n\n## Papper\n\nBlanketten för tillbud undertecknas av arbetstagaren och "
          "skyddsombudet.\n")
    lib = Library(tmp_path / "data", embedder=fake_embedder)
    lib.build([docs])
    question = "vem ska skriva under tillbudsblanketten"
    assert lib.ask(question).sources[0].highlight == [
        "Blanketten för tillbud undertecknas av arbetstagaren och skyddsombudet."]
    scope = lib._served.searcher.scope(None)
    assert not scope.known(analysis.stem("tillbudsblanketten"), None)

    monkeypatch.setattr("index.compounds.parts", lambda *args: {})  # read as one word, "skriva" chooses
    assert lib.ask(question).sources[0].highlight[0].startswith("Genomförandeplanen")


def test_a_verb_written_apart_from_its_particle_is_read_as_the_compound_they_make():
    assert particle_verbs("hur säger jag upp mig") == {"säger": ["uppsag"]}  # pronouns between
    assert particle_verbs("det kom in en anmälan i går") == {"kom": ["inkom"]}  # the stem the compound keeps
    assert particle_verbs("vem tar emot rapporten") == {"tar": ["mottag"]}
    assert particle_verbs("måste jag lämna tillbaka nyckeln") == {"lämna": ["aterlamn"]}
    assert particle_verbs("när betalas lönen ut")["betalas"] == ["utbetal"]  # the verb two words before
    assert particle_verbs("betalas avgiften av kommunen") == {}  # "av", "på", "till" are prepositions too
    assert particle_verbs("jag går in till en brukare") == {}  # no "ingår"


def test_the_sentence_saying_the_compound_is_quoted():
    cases = [("hur säger jag upp mig", "Ledighet söker du hos din chef i personalsystemet.",
              "Uppsägningstiden är en månad för den som varit anställd kortare tid än ett år."),
             ("när har anmälan kommit in", "Anmälan registreras i verksamhetssystemet av mottagningen.",
              "Datum då anmälan inkom skrivs i journalen.")]
    for question, other, answer in cases:
        candidate = Candidate(f"{other} {answer}", None, sentence_spans(f"{other} {answer}", None))

        def quoted(alternatives, question=question, candidate=candidate):
            quote = choose_quote(question, [candidate], max_sentences=1, alternatives=alternatives)
            assert quote is not None
            return quote_sentences(candidate, quote)

        assert quoted(None) == [other]
        assert quoted(read_as({}, question, uses, known)) == [answer]
