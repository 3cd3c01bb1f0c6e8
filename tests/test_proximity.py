"""The question's words side by side: found in a text close together, and what that does to the ranking."""
import pytest
from conftest import write

from index import Library, proximity
from index.proximity import adjacent_pairs, prefer_close, share_near
from index.search import Hit

WEIGHTS = {"ta": 1.0, "hem": 2.0, "nyckeln": 4.0, "borj": 3.0, "tid": 1.0}


def test_pairs_are_the_question_words_that_stand_next_to_each_other():
    pairs = adjacent_pairs("får jag ta hem nyckeln om jag börjar tidigt", WEIGHTS)
    assert pairs == (("ta", "hem", 1.0), ("hem", "nyckeln", 2.0), ("borj", "tid", 1.0))  # "om jag" parts them
    assert adjacent_pairs("nyckeln", WEIGHTS) == ()


def test_a_pair_is_near_within_three_words_either_way_inflected_or_in_a_compound():
    pairs = adjacent_pairs("ta hem nyckeln", WEIGHTS)
    assert share_near(pairs, "Du får inte ta hem en brukares nyckel.") == 1.0  # "nyckel" for "nyckeln"
    assert share_near(pairs, "Nyckeln ska du aldrig ta med hem.") == 1 / 3  # "hem" and "nyckeln" five words apart
    assert share_near(pairs, "Nyckeln ska du ta till kontoret, och hem går du när passet är slut.") == 0.0
    assert share_near(adjacent_pairs("boka hembesök", {"bok": 1.0, "hembesok": 1.0}),
                      "Hembesöket bokas i kalendern.") == 1.0


def test_a_passage_holding_the_pairs_rises_above_one_holding_the_words_apart():
    texts = {1: "Nyckeln ska du ta till kontoret varje morgon, och hem går du när passet är slut.",
             2: "Du får inte ta hem en brukares nyckel eller lämna den i bilen över natten."}
    hits = [Hit(1, 1.2, 0.0, 0.0, 0.0), Hit(2, 1.0, 0.0, 0.0, 0.0)]
    ranked = prefer_close(hits, texts.__getitem__, adjacent_pairs("ta hem nyckeln", WEIGHTS))
    assert [h.passage_id for h in ranked] == [2, 1]
    assert ranked[0].score == 1.0 + 0.75 and ranked[1].score == 1.2
    assert prefer_close(hits, texts.__getitem__, ()) == hits


def test_the_library_ranks_by_the_pairs(tmp_path, fake_embedder, monkeypatch):
    """Two routines with nearly the same words: the one saying "ta hem nyckeln" gains the pairs' weight in the
    search over the one holding the words apart."""
    root = tmp_path / "documents"
    write(root / "spridda.md", "# Nycklar\n\nNyckeln ska du ta till kontoret varje morgon och hem går du "
                               "när passet är slut. Den hänger i skåpet.\n")
    write(root / "intill.md", "# Nycklar\n\nDu ska aldrig ta hem nyckeln när passet är slut, den går till "
                              "kontoret varje morgon.\n")
    for n, text in enumerate(["Larmet hämtas i receptionen varje morgon.", "Bilen bokas i kalendern.",
                              "Kaffet står i köket på plan två."]):
        write(root / f"ovrigt{n}.md", f"# Övrigt {n}\n\n{text}\n")
    library = Library(tmp_path / "data", embedder=fake_embedder)
    library.build([root])

    def lead() -> float:
        scores = {s.document: s.score for s in library.ask("får jag ta hem nyckeln").sources}
        return scores["intill.md"] - scores["spridda.md"]

    weight, with_pairs = proximity.PASSAGE_WEIGHT, lead()
    monkeypatch.setattr(proximity, "PASSAGE_WEIGHT", 0.0)
    assert weight > 0 and with_pairs - lead() == pytest.approx(weight)
