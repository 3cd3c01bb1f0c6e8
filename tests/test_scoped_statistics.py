"""Issue 8, item 4: no vocabulary oracle. What a person may not read must not shape the answers they get.

Whether a question is answered, and how, is decided with word statistics (idf, whether a word is known at
all, BM25). Counted over every collection, they let a person learn whether a word occurs in a routine they
may not see: ask with the word, compare the grade. Here two libraries differ only in a hidden collection
(one holds rare words, the other does not); a person who may read only the other collection must get the
very same answer from both, and the same as from an index of their collections alone.
"""
from __future__ import annotations

import pytest
from conftest import ALARM, FLEX, write
from fakes import FakeEmbedder, RecordingEmbedder
from hypothesis import given, settings
from hypothesis import strategies as st

from index import FusionWeights, Library
from index.catalog import Catalog
from index.search import HybridSearcher
from index.serving import follow

VISIBLE = ["gemensamt"]

UNIT = """# Nycklar i hemtjänsten söder

## Nyckelhantering

Nycklar till brukarnas bostäder kvitteras ut hos samordnaren. Förlorad nyckel anmäls direkt till enhetschefen.
Vaktbolaget hämtar reservnycklar en gång i veckan.
"""

# words the hidden collection holds in one library and not in the other: some occur nowhere else, some also
# in the visible routines (so their visible idf and BM25 weight would change), one names a hidden unit
RARE = ["kassaskåpet", "lönerevisionen", "skyddsidentitet", "vaktbolaget", "personlarmet", "kärntiden"]
PLAIN = ["fönsterbrädan", "blomkrukan", "tavelramen", "kaffebryggaren", "skrivbordet", "pappersbruket"]

HIDDEN = """# Rutin {n}: {a} och {b}

## Om {a}

Uppgifter om {a} lämnas bara till den som har behörighet. {b} hanteras av enhetschefen och {a} gäller alla.
Kontrollera {b} varje månad och skriv in {a} i loggboken.
"""

POOL = (RARE + PLAIN + ["larmet", "hembesök", "personlarm", "flextid", "övertid", "kärntid", "receptionen",
                        "nyckel", "nycklar", "hemtjänsten", "söder", "norr", "kassaskåp", "lönerevision",
                        "skyddsidentitetn", "hur", "vad", "gäller", "för", "är", "kvitteras", "enhetschefen",
                        "loggboken", "månad", "fisk", "zebrakorsning",
                        "vaktbolgaet", "kassaksåpet", "perosnlarmet"])  # misspelt: searched as what they were meant as


def _documents(root, words: list[str]):
    write(root / "gemensamt" / "hembesok.md", ALARM)
    write(root / "gemensamt" / "flextid.md", FLEX)
    write(root / "gemensamt" / "hemtjanst-soder" / "nycklar.md", UNIT)
    if words:  # many hidden passages: more than a scope's nearest-passage window
        folder = "hemtjanst-norr" if words is RARE else "hemtjanst-vast"
        for n in range(40):
            a, b = words[n % len(words)], words[(n * 5 + 1) % len(words)]
            write(root / "hemlig" / folder / f"rutin-{n:02d}.md", HIDDEN.format(n=n, a=a, b=b))
    return root


def _library(root, words: list[str]) -> Library:
    library = Library(root / "data", embedder=FakeEmbedder(), weights=FusionWeights(candidates=4))
    library.build([_documents(root / "documents", words)])
    return library


@pytest.fixture(scope="module")
def libraries(tmp_path_factory):
    """Three libraries: hidden collection with the rare words, with plain words instead, and none at all."""
    made = [_library(tmp_path_factory.mktemp(name), words)
            for name, words in (("rare", RARE), ("plain", PLAIN), ("visible", []))]
    yield made
    for library in made:
        library.close()


def shown(answer) -> tuple:
    """Everything of an answer a person sees or that tells the answer apart, scores unrounded."""
    return (answer.answered, answer.grade, answer.sentences, answer.confidence,
            [(s.document, s.score, s.highlight, s.page, s.section, s.also_at, s.also_in) for s in answer.sources])


questions = st.lists(st.sampled_from(POOL), min_size=1, max_size=6).map(" ".join)


@settings(max_examples=300)
@given(question=questions, k=st.sampled_from([1, 3, 5]))
def test_what_a_hidden_collection_holds_changes_no_answer_in_another(libraries, question, k):
    rare, plain, _ = libraries
    assert shown(rare.ask(question, k=k, collections=VISIBLE)) == shown(plain.ask(question, k=k, collections=VISIBLE))


@settings(max_examples=100)
@given(question=questions)
def test_a_scope_is_answered_as_an_index_of_its_collections_alone(libraries, question):
    rare, _, visible = libraries
    scoped, alone = rare.ask(question, collections=VISIBLE), visible.ask(question)
    assert shown(scoped)[:3] == shown(alone)[:3]
    assert scoped.confidence == pytest.approx(alone.confidence, rel=1e-12)
    assert [(s.document, s.highlight) for s in scoped.sources] == [(s.document, s.highlight) for s in alone.sources]
    assert [s.score for s in scoped.sources] == pytest.approx([s.score for s in alone.sources], rel=1e-9)


def test_the_hidden_collection_does_change_answers_for_those_who_may_read_it(libraries):
    """The probes above could not fail if the two libraries answered alike anyway: they do not."""
    rare, plain, _ = libraries
    probes = [" ".join(p) for p in zip(RARE, PLAIN)] + RARE
    assert any(shown(rare.ask(q)) != shown(plain.ask(q)) for q in probes)
    assert any(rare.ask(q).grade != plain.ask(q).grade for q in probes)


def _searchers(libraries):
    rare, _, visible = libraries
    return [follow(lib.db, lib.layout, None, lib.embedder, lib.weights).searcher for lib in (rare, visible)]


def test_scoped_statistics_equal_those_of_an_index_of_the_visible_collections(libraries):
    scoped_searcher, alone_searcher = _searchers(libraries)
    scoped, alone = scoped_searcher.scope(VISIBLE), alone_searcher.scope(None)
    assert not scoped.complete and alone.complete
    assert scoped.counts == alone.counts
    terms = ["kassaskap", "vaktbolag", "personlarm", "larmet", "nyckl", "zebrakorsning", "karntid"]
    assert [scoped.idf(t) for t in terms] == [alone.idf(t) for t in terms]
    assert [scoped.known(t, t[:5]) for t in terms] == [alone.known(t, t[:5]) for t in terms]
    assert not scoped.known("kassaskap", "kassa") and scoped_searcher.scope(None).known("kassaskap", "kassa")


@pytest.mark.parametrize("question", ["Hur fungerar larmet vid hembesök?", "vaktbolaget personlarmet kassaskåpet",
                                      "kärntiden flextid övertid", "nycklar hemtjänsten söder enhetschefen"])
def test_scoped_bm25_equals_the_keyword_index_own_over_the_visible_passages(libraries, question):
    """BM25 over a scope is computed with the scope's counts alone: it must give what an index that holds only
    those passages gives, ranking and scores (that one equals FTS5's own bm25(), see test_copies)."""
    rare, _, _ = libraries
    scoped_searcher, alone_searcher = _searchers(libraries)
    vector = rare.embedder.embed_queries([question])[0]
    scoped = scoped_searcher.search(question, vector, scoped_searcher.scope(VISIBLE), 20)
    alone = alone_searcher.search(question, vector, alone_searcher.scope(None), 20)
    assert len(scoped_searcher.scope(None).ids) > len(alone_searcher.scope(None).ids)
    signals = [[x for h in hits for x in (h.stemmed, h.trigram, h.dense, h.score)] for hits in (scoped, alone)]
    assert signals[0] == pytest.approx(signals[1], rel=1e-12)
    assert any(h.stemmed for h in scoped) and any(h.trigram for h in scoped)


def test_a_scopes_nearest_passages_are_found_however_many_nearer_ones_others_hold(tmp_path):
    """The vector search looks further until the scope has its nearest passages, so that other
    collections' passages cannot crowd them out (nor tell, by doing so, what they hold)."""
    library = Library(tmp_path / "data", embedder=FakeEmbedder(), weights=FusionWeights(candidates=2))
    root = tmp_path / "documents"
    write(root / "gemensamt" / "rutin.md", "# Parkering\n\nBilen ställs i garaget efter hembesöket.\n")
    for n in range(40):
        write(root / "hemlig" / f"r{n}.md", f"# Garaget {n}\n\nGaraget bilen garaget bilen hembesöket {n}.\n")
    library.build([root])
    sources = library.ask("garaget bilen", k=1, collections=VISIBLE).sources
    assert [s.document for s in sources] == ["gemensamt/rutin.md"]
    searcher = follow(library.db, library.layout, None, library.embedder, library.weights).searcher
    vector = library.embedder.embed_queries(["garaget bilen"])[0]
    hits = searcher.search("", vector, searcher.scope(VISIBLE), 1)  # no keywords: the vectors alone
    assert [h.passage_id for h in hits] == sorted(searcher.scope(VISIBLE).ids)


def test_a_word_is_known_inside_a_compound_not_inside_any_longer_word(tmp_path):
    """Whether the routines use a word at all ("katten"?) must not be answered by a word that merely holds its
    letters ("Skatteverket"): the question would look covered, and be answered from an unrelated routine."""
    documents = tmp_path / "documents"
    write(documents / "gemensamt" / "hot.md", "# Hot\n\n## Skydd\n\nSkatteverket beslutar om skyddade "
          "personuppgifter. Hämta personlarmet i receptionen före besöket.\n")
    library = Library(tmp_path / "data", embedder=FakeEmbedder())
    library.build([documents])
    scope = follow(library.db, library.layout, None, library.embedder, library.weights).searcher.scope(None)
    assert not scope.known("katt", "katt")  # in "skatteverket", after one letter
    assert scope.known("larm", "larm")  # in "personlarmet", after a compound's first part
    assert scope.known("skydd", "skydd")


def test_a_misspelt_word_is_also_searched_as_the_scopes_word_it_was_meant_as(tmp_path):
    """ "perosnlarmet": BM25 finds nothing for it, so the keyword search also looks for "personlarmet" — a word
    of the asker's own collections only, or the respelling would tell them what another collection holds."""
    documents = tmp_path / "documents"
    write(documents / "gemensamt" / "larm.md", "# Larm\n\n## Hämta\n\nHämta personlarmet i receptionen.\n")
    write(documents / "ledning" / "kassa.md", "# Kassa\n\n## Förvaring\n\nKassaskåpet öppnas av två personer.\n")
    library = Library(tmp_path / "data", embedder=FakeEmbedder())
    library.build([documents])
    searcher = follow(library.db, library.layout, None, library.embedder, library.weights).searcher
    everything, common = searcher.scope(None), searcher.scope(["gemensamt"])
    assert common.respelt("var hämtar jag perosnlarmet") == "var hämtar jag perosnlarmet (personlarmet)"
    assert everything.respelt("vem öppnar kassaksåpet") == "vem öppnar kassaksåpet (kassaskap)"
    assert common.respelt("vem öppnar kassaksåpet") == "vem öppnar kassaksåpet"
    assert common.respelt("var hämtar jag personlarmet") == "var hämtar jag personlarmet"  # nothing misspelt


def _beside_the_managements_safe(tmp_path, common: str) -> tuple[Library, RecordingEmbedder]:
    """A library of one common routine (gemensamt) and the management's routine on its safe (ledning), built
    with an embedder that records what the model is asked."""
    documents = tmp_path / "documents"
    write(documents / "gemensamt" / "larm.md", f"# Larm\n\n## Hämta\n\n{common}\n")
    write(documents / "ledning" / "kassa.md", "# Kassa\n\n## Förvaring\n\nKassaskåpet öppnas av två personer.\n")
    embedder = RecordingEmbedder()
    library = Library(tmp_path / "data", embedder=embedder)
    library.build([documents])
    return library, embedder


def test_a_question_typed_without_swedish_letters_is_read_with_the_readers_own_spellings(tmp_path):
    """ "kassaskapet" is read as "kassaskåpet" only by one who may read a routine that spells it so: spelt from
    every collection, the model would read it so for anyone, and the answer would tell whether a routine they
    may not read holds the word."""
    library, embedder = _beside_the_managements_safe(tmp_path, "Hämta personlarmet i receptionen.")
    library.ask("nar oppnas kassaskapet pa morgonen", collections=["gemensamt"])
    assert embedder.queries[-1:] == ["när oppnas kassaskapet på morgonen"]
    library.ask("nar oppnas kassaskapet pa morgonen", collections=["gemensamt", "ledning"])
    assert embedder.queries[-1:] == ["när öppnas kassaskåpet på morgonen"]


def test_a_slip_of_the_finger_is_read_as_the_readers_own_routines_write_the_word(tmp_path):
    """ "kassaksåpet" is read as "kassaskåpet" only by one who may read a routine that writes it: corrected
    from every collection's words, the model would read it so for anyone, and the answer would tell whether a
    routine they may not read holds the word. A Swedish word the routines lack ("tycker") is no slip; the
    answer keeps the question as typed."""
    library, embedder = _beside_the_managements_safe(
        tmp_path, "Hämta personlarmet i receptionen. Tryck på knappen och trycker du två gånger larmar det.")
    answer = library.ask("var hämtar jag Perosnlarmet", collections=["gemensamt"])
    assert embedder.queries[-1:] == ["var hämtar jag Personlarmet"]
    assert answer.question == "var hämtar jag Perosnlarmet"
    library.ask("vem öppnar kassaksåpet", collections=["gemensamt"])
    assert embedder.queries[-1:] == ["vem öppnar kassaksåpet"]
    library.ask("vem öppnar kassaksåpet", collections=["gemensamt", "ledning"])
    assert embedder.queries[-1:] == ["vem öppnar kassaskåpet"]
    library.ask("jag tycker larmet är krångligt", collections=["gemensamt"])
    assert embedder.queries[-1:] == ["jag tycker larmet är krångligt"]
    library.ask("jag böjrade igår, var hämtar jag larmet", collections=["gemensamt"])  # a common word of the language
    assert embedder.queries[-1:] == ["jag började igår, var hämtar jag larmet"]


def test_a_slip_in_the_first_letter_is_read_as_the_readers_routines_write_the_word(tmp_path):
    """ "vrukaren" (v is beside b) is read "brukaren", and "vrukarna" as "brukarna", whose stem the routines
    use ("brukaren"); only from the asker's own routines, as other slips."""
    library, embedder = _beside_the_managements_safe(tmp_path, "Brukaren får ett personlarm.")
    answer = library.ask("har vrukaren ett larm", collections=["gemensamt"])
    assert embedder.queries[-1:] == ["har brukaren ett larm"]
    assert answer.question == "har vrukaren ett larm"
    library.ask("har vrukarna larm", collections=["gemensamt"])
    assert embedder.queries[-1:] == ["har brukarna larm"]
    library.ask("vem öppnar jassaskåpet", collections=["gemensamt"])
    assert embedder.queries[-1:] == ["vem öppnar jassaskåpet"]
    library.ask("vem öppnar jassaskåpet", collections=["gemensamt", "ledning"])
    assert embedder.queries[-1:] == ["vem öppnar kassaskåpet"]


def _model_reads(tmp_path, routine: str, questions: list[str]) -> list[str]:
    """What the model is asked for each question, one routine (gemensamt/rutin.md) indexed."""
    write(tmp_path / "documents" / "gemensamt" / "rutin.md", routine)
    embedder = RecordingEmbedder()
    library = Library(tmp_path / "data", embedder=embedder)
    library.build([tmp_path / "documents"])
    for question in questions:
        library.ask(question)
    return embedder.queries[-len(questions):]


def test_a_rare_word_of_the_language_is_read_as_the_far_commoner_word_it_stands_for(tmp_path):
    """The word list holds slips others made and words typed without å/ä/ö: "forra" (förra), "famijen"
    (familjen, which the routines write) are read as meant; "avslår" (a word, though "avstår" is commoner) and
    a genitive ("maskinförares", of "maskinförare") are not."""
    assert _model_reads(tmp_path, "# Larm\n\n## Hämta\n\nFamiljen får ett personlarm. Brukaren avstår från "
                        "larmet. Maskinförare har larm.\n",
                        ["fick brukaren larmet i måndags eller forra veckan", "har famijen fått larmet",
                         "om brukaren avslår larmet", "har maskinförares larm knappar"]) == [
        "fick brukaren larmet i måndags eller förra veckan", "har familjen fått larmet",
        "om brukaren avslår larmet", "har maskinförares larm knappar"]


def test_a_word_that_lost_its_swedish_letters_is_read_as_the_word_not_as_a_slip(tmp_path):
    """A question typed without å, ä and ö holds words the routines never write: "oppet" is "öppet" (not the
    routines' "loppet", one letter from it), "drojer" is "dröjer" and "arende" "ärende" (not "arrende"). And
    "barnet far illa" is harmed, though the routines write "får" far more often than "far". "brukarn" is the
    "brukaren" of speech, not the routines' "brukar" one letter from it."""
    assert _model_reads(tmp_path, "# Larm\n\n## Hämta\n\nUnder loppet av dagen har kunden larmet länge. Du får "
                        "ringa. Du får vänta. Hon får hjälp. Vi brukar ringa.\n",
                        ["nar har receptionen oppet", "hur lange drojer larmet pa natten", "far jag ringa om ett nytt arende",
                         "vad gor jag om barnet far illa", "har brukarn fått larmet"]) == [
        "när har receptionen öppet", "hur länge dröjer larmet på natten", "får jag ringa om ett nytt ärende",
        "vad gör jag om barnet far illa", "har brukaren fått larmet"]


def test_a_long_word_with_two_slips_is_read_as_the_routines_write_it_unless_it_is_a_compound(tmp_path):
    """ "förhansbedömnig" (two letters left out) is the routines' "förhandsbedömning"; "tjänstemobilen" is two
    letters from their "tjänstebilen" too, but it ends in a word of its own: a compound, not a slip."""
    assert _model_reads(tmp_path, "# Frister\n\n## Förhandsbedömning\n\nEn förhandsbedömning görs inom 14 "
                        "dagar. Tjänstebilen bokas i Outlook.\n",
                        ["hur lång tid har jag för en förhansbedömnig", "var bokar jag tjänstemobilen"]) == [
        "hur lång tid har jag för en förhandsbedömning", "var bokar jag tjänstemobilen"]


def test_a_compound_written_apart_is_read_as_one_word(tmp_path):
    """ "person larmet" is the routines' "personlarmet", "säng kläder" the language's "sängkläder"; never
    joined over a function word ("när måste": the routines' "närmaste"), before a capital (a name or title
    begins), where the compound's stem is its first word ("verksamhettar" stems as their "verksamhets"), or
    into a word the routines never use where they use both its words ("första sidan" is no "förstasidan")."""
    asked = ["var hämtar jag person larmet", "hur ofta byter vi säng kläder", "när måste jag hämta larmet",
             "vad är person Larmet", "hur mycket verksamhet tar larmet", "räcker första sidan av larmlistan"]
    assert _model_reads(tmp_path, "# Larm\n\n## Hämta\n\nPersonlarmet hämtas i receptionen av den närmaste "
                        "kollegan. Larmet är verksamhets ansvar. Första gången fyller du i hela sidan.\n", asked) == [
        "var hämtar jag personlarmet", "hur ofta byter vi sängkläder", *asked[2:]]


def test_search_finds_only_the_searchers_passages_when_the_vector_file_holds_more(tmp_path):
    """The nearest passages are asked of the whole vector file only where it holds just the searcher's
    passages; otherwise of the scope's (a passage outside must neither be found nor crowd the others out)."""
    library = Library(tmp_path / "data", embedder=FakeEmbedder(), weights=FusionWeights(candidates=2))
    library.build([_documents(tmp_path / "documents", [])])
    served = follow(library.db, library.layout, None, library.embedder, library.weights)
    texts = list(served.searcher.stemmed.texts)
    question = "hur fungerar larmet vid hembesök"
    vector = library.embedder.embed_queries([question])[0]
    everything = served.searcher.search(question, vector, served.searcher.scope(None), 10)
    left_out = everything[0].passage_id
    kept = [t for t in Catalog(library.db).keyword_texts(served.generation) if t.id != left_out]
    fewer = HybridSearcher(served.searcher.vectors, library.weights, kept)
    hits = fewer.search(question, vector, fewer.scope(None), 10)
    assert hits and left_out not in {h.passage_id for h in hits}
    assert {h.passage_id for h in hits} <= set(texts) - {left_out}


def test_a_person_whose_collections_hold_no_routines_is_answered_that_nothing_was_found(tmp_path):
    """A role given a collection that holds no documents yet (or no longer): no answer and no error."""
    library = Library(tmp_path / "data", embedder=FakeEmbedder())
    library.build([_documents(tmp_path / "documents", [])])
    answer = library.ask("hur fungerar larmet vid hembesök", collections=["finns-inte-an"])
    assert not answer.answered and answer.sources == []
    assert library.ask("hur fungerar larmet vid hembesök", collections=["gemensamt"]).sources
