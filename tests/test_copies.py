"""Near-copies count once in the keyword statistics: a routine every unit keeps weighs as much as one kept once.

A municipality's library holds the routines every unit keeps in many copies. Counted per copy, their words
look common and lose weight to a routine kept once: the answer would depend on how many units happen to keep
the routine that holds it.
"""
from __future__ import annotations

import sqlite3

import pytest
from conftest import write
from fakes import FakeEmbedder

from index import FusionWeights, Library
from index.copies import copy_groups, copy_shares
from index.serving import follow

KEYS = """# Nycklar i hemtjänst {unit}

## Vanliga nycklar

Nycklar till brukarnas bostäder kvitteras ut hos samordnaren i hemtjänst {unit} före passet.
Du får inte ta hem en brukares nyckel eller lämna den i bilen över natten.
En förlorad nyckel anmäls direkt till enhetschefen, som beslutar om låsbyte.
"""

CASH = """# Kontanter hos brukaren

## Kassaskåp och kvitton

Brukarens kontanter förvaras i ett låst kassaskåp och varje uttag kvitteras av två personal.
Kvittona sparas i kassaboken i tre år, och kassan räknas varje månad av gruppledaren.
"""

OTHERS = [  # routines kept once, so that the statistics have some passages to count
    "# Sjukanmälan\n\n## Första dagen\n\nRing samordnaren före klockan sju och meddela att du är sjuk.\n",
    "# Basala hygienrutiner\n\n## Handsprit\n\nSprita händerna före och efter varje vårdmoment hos brukaren.\n",
    "# Avvikelser\n\n## Rapportera\n\nSkriv en avvikelse i verksamhetssystemet samma dag som felet upptäcks.\n",
    "# Läkemedel\n\n## Signering\n\nVarje överlämnad dos signeras på signeringslistan direkt efteråt.\n",
    "# Brandskydd\n\n## Utrymning\n\nVid brand larmar du 112 och hjälper de boende ut genom närmaste utgång.\n",
    "# Tjänstebilar\n\n## Bokning\n\nBilarna bokas i kalendern och tankas innan de lämnas tillbaka på kvällen.\n",
]
UNITS = ["söder", "norr", "väster", "öster", "centrum", "bruket"]
QUESTION = "får jag ta hem nyckeln till kassaskåpet"


def _searcher(root, copies: int, hidden_copies: int = 0):
    documents = root / "documents"
    write(documents / "gemensamt" / "kontanter.md", CASH)
    for n, text in enumerate(OTHERS):
        write(documents / "gemensamt" / f"rutin-{n}.md", text)
    for unit in UNITS[:copies]:
        write(documents / "gemensamt" / f"hemtjanst-{unit}" / "nycklar.md", KEYS.format(unit=unit))
    for unit in UNITS[copies : copies + hidden_copies]:
        write(documents / "hemlig" / f"hemtjanst-{unit}" / "nycklar.md", KEYS.format(unit=unit))
    library = Library(root / "data", embedder=FakeEmbedder(), weights=FusionWeights(candidates=10))
    library.build([documents])
    searcher = follow(library.db, library.layout, None, library.embedder, library.weights).searcher
    return library, searcher


def _keyword_scores(library, searcher, collections=None) -> dict[str, float]:
    """Each routine's best stemmed and trigram BM25 score for QUESTION, by title."""
    scope = searcher.scope(collections)
    vector = library.embedder.embed_queries([QUESTION])[0]
    best: dict[str, float] = {}
    for hit in searcher.search(QUESTION, vector, scope, 10):
        terms = searcher.stemmed.texts[hit.passage_id]
        name = "nycklar" if "nyckl" in terms else "kontanter" if "kassaskap" in terms else terms.split()[0]
        if hit.stemmed + hit.trigram:
            best[name] = max(best.get(name, 0.0), hit.stemmed + hit.trigram)
    return best


def test_a_word_is_as_telling_whether_one_unit_keeps_the_routine_or_six(tmp_path):
    once, once_searcher = _searcher(tmp_path / "once", copies=1)
    six, six_searcher = _searcher(tmp_path / "six", copies=6)
    try:
        for term in ("nyckl", "kassaskap", "kvitter", "brukar"):  # "kvitteras" and "brukarnas" are in both
            assert six_searcher.scope(None).idf(term) == pytest.approx(once_searcher.scope(None).idf(term))
        # within a percent (the copies differ by their unit's name); counted per copy, it scored 0.4 against 3.9
        assert _keyword_scores(six, six_searcher) == pytest.approx(_keyword_scores(once, once_searcher), rel=0.01)
    finally:
        once.close()
        six.close()


def test_copies_in_a_collection_the_asker_may_not_read_weigh_nothing_for_them(tmp_path):
    """Counted among all passages, the hidden copies would make the visible routine's words less telling for
    a person who may not read them: the statistics would tell them that copies exist elsewhere."""
    visible, visible_searcher = _searcher(tmp_path / "visible", copies=1)
    hidden, hidden_searcher = _searcher(tmp_path / "hidden", copies=1, hidden_copies=4)
    try:
        assert hidden_searcher.scope(["gemensamt"]).counts == visible_searcher.scope(None).counts
        assert (_keyword_scores(hidden, hidden_searcher, ["gemensamt"])
                == pytest.approx(_keyword_scores(visible, visible_searcher)))
    finally:
        visible.close()
        hidden.close()


def test_copy_groups_gather_near_copies_and_nothing_else():
    texts = {n: KEYS.format(unit=unit) for n, unit in enumerate(UNITS)}
    texts[10] = CASH
    texts[11] = KEYS.format(unit="söder")[: len(KEYS) // 2]  # half the routine: not a copy of it
    groups = copy_groups(texts)
    assert len({groups[n] for n in range(len(UNITS))}) == 1
    assert len({groups[0], groups[10], groups[11]}) == 3
    assert copy_shares(groups, [0, 1, 2, 10]) == {0: 1 / 3, 1: 1 / 3, 2: 1 / 3, 10: 1.0}


def _scored(found) -> dict[int, float]:
    """A keyword search's passages and scores, best first."""
    ids, scores = found
    return dict(zip(ids.tolist(), scores.tolist()))


@pytest.mark.parametrize("question", [QUESTION, "nycklar hemtjänst söder", "kvitteras kassaskåpet samordnaren brukarnas"])
@pytest.mark.parametrize("copies", [1, 6])
def test_bm25_equals_fts5_own_bm25_where_each_text_is_held_once(tmp_path, question, copies):
    """The keyword scores are computed from the phrases found in memory with FTS5's bm25() formula. Over
    an index where each routine is held once it must give what FTS5's own bm25() gives, ranking and scores;
    over one with copies, the scores of a library holding each copy once (see the next test)."""
    from index import analysis

    library, searcher = _searcher(tmp_path, copies=copies)
    try:
        scope = searcher.scope(None)
        assert scope.complete and bool(scope.shares) == (copies > 1)
        for index, terms in ((searcher.stemmed, analysis.content_terms(question)),
                             (searcher.trigram, analysis.trigram_terms(question))):
            computed = _scored(searcher._keyword(index, terms, scope, 50))
            fts5 = sqlite3.connect(":memory:")
            fts5.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='{'unicode61' if index.words else 'trigram'}')")
            fts5.executemany("INSERT INTO t(rowid, body) VALUES (?, ?)", list(index.texts.items()))
            query = " OR ".join(f'"{t}"' for t in dict.fromkeys(terms))
            own = dict(fts5.execute("SELECT rowid, -bm25(t) FROM t WHERE t MATCH ? ORDER BY bm25(t), rowid", [query]))
            assert computed
            if copies == 1:
                assert list(computed) == list(own)
                assert list(computed.values()) == pytest.approx(list(own.values()), rel=1e-9)
            else:  # the copies hold the same words: counted once, they weigh more than FTS5 gives them
                assert set(computed) == set(own)
    finally:
        library.close()


def _routines_found(library, searcher, question: str) -> list[tuple[str, float]]:
    """The routines a question finds, best first, each with its best passage's fused score."""
    vector = library.embedder.embed_queries([question])[0]
    found: dict[str, float] = {}
    for hit in searcher.search(question, vector, searcher.scope(None), 20):
        found.setdefault(searcher.stemmed.texts[hit.passage_id].split()[0], hit.score)
    return list(found.items())


@pytest.mark.parametrize("question", [QUESTION, "kvitteras", "samordnaren", "bilen över natten",
                                      "enhetschefen beslutar"])
def test_the_routines_a_question_finds_are_ranked_alike_whether_one_unit_keeps_them_or_six(tmp_path, question):
    """Six copies would pull the mean of each signal towards themselves ("kvitteras": the key routine fell
    below the medicines routine) unless a group of copies counts once when the signals are standardised."""
    once, once_searcher = _searcher(tmp_path / "once", copies=1)
    six, six_searcher = _searcher(tmp_path / "six", copies=6)
    try:
        alone, kept_six_times = _routines_found(once, once_searcher, question), _routines_found(six, six_searcher, question)
        assert [name for name, _ in kept_six_times] == [name for name, _ in alone]
        # the copies' dense vectors differ a little (the fake embedder reads the unit's name)
        assert [score for _, score in kept_six_times] == pytest.approx([score for _, score in alone], rel=0.05, abs=0.05)
    finally:
        once.close()
        six.close()


def test_while_a_reindex_adds_passages_the_served_generation_is_scored_as_before(tmp_path):
    """A reindex writes the next generation's passages (and so the keyword indexes' counts) before it is
    served; the copy-aware BM25 must not read the frequencies back with counts that are no longer its own."""
    from index import analysis

    library, searcher = _searcher(tmp_path, copies=6)
    try:
        scope = searcher.scope(None)
        terms = analysis.content_terms(QUESTION)
        before = _scored(searcher._keyword(searcher.stemmed, terms, scope, 50))
        for n in range(30):  # the next generation's passages, not yet served
            library.db.execute("INSERT INTO passages (content_hash, ordinal, text, terms, trigrams, embedding) "
                               "VALUES ('next', ?, 'nyckl', 'nyckl kassaskap', 'nyckel kassaskåp', x'00')", [n])
        during = _scored(searcher._keyword(searcher.stemmed, terms, scope, 50))
        assert list(during) == list(before)
        assert list(during.values()) == pytest.approx(list(before.values()), rel=1e-9)
    finally:
        library.close()


def test_short_texts_are_copies_only_of_the_same_words():
    groups = copy_groups({1: "ring samordnaren", 2: "ring polisen", 3: "ring samordnaren", 4: "ring", 5: "ring"})
    assert groups[1] == groups[3] and groups[4] == groups[5]
    assert len({groups[1], groups[2], groups[4]}) == 3


BRIDGE = ("Nycklar till brukarnas bostäder kvitteras ut hos samordnaren före passet och lämnas tillbaka efter "
          "passet varje dag utan undantag enligt rutinen för hemtjänsten i kommunen.")


def _one_word_changed(text: str, at: int, word: str) -> str:
    words = text.split()
    words[at] = word
    return " ".join(words)


def test_a_copy_the_asker_may_not_read_does_not_join_two_of_their_routines(tmp_path):
    """Two visible routines that are no copies of each other, and a hidden one near each: grouped over every
    passage, the hidden one would join the two, and a person who may not read it would get other statistics
    (and answers) than an index of their collections gives."""
    from index.copies import near_texts

    first, second = _one_word_changed(BRIDGE, 3, "lägenheter"), _one_word_changed(BRIDGE, 21, "staden")
    assert near_texts(first, BRIDGE) and near_texts(second, BRIDGE) and not near_texts(first, second)

    def build(root, hidden: bool):
        documents = root / "documents"
        for n, text in enumerate(OTHERS):
            write(documents / "gemensamt" / f"rutin-{n}.md", text)
        write(documents / "gemensamt" / "nycklar-a.md", f"# Nycklar A\n\n{first}\n")
        write(documents / "gemensamt" / "nycklar-b.md", f"# Nycklar B\n\n{second}\n")
        if hidden:
            write(documents / "hemlig" / "nycklar.md", f"# Nycklar\n\n{BRIDGE}\n")
        library = Library(root / "data", embedder=FakeEmbedder(), weights=FusionWeights(candidates=10))
        library.build([documents])
        return library, follow(library.db, library.layout, None, library.embedder, library.weights).searcher

    with_hidden, with_searcher = build(tmp_path / "with", hidden=True)
    alone, alone_searcher = build(tmp_path / "alone", hidden=False)
    try:
        assert with_searcher.scope(["gemensamt"]).counts == alone_searcher.scope(None).counts
        assert with_searcher.scope(None).shares  # for those who may read it, the three are one text
    finally:
        with_hidden.close()
        alone.close()
