"""The phrases of a question are found in memory as FTS5 finds them: the same passages, counted alike."""
from __future__ import annotations

import sqlite3

import pytest

from index.postings import Postings

TEXTS = [
    "personlarmet ska bäras vid hembesök och larmet testas före besöket",
    "larm larm larm",
    "ananas och banan",  # "ana" overlaps itself in "ananas"
    "nyckeln kvitteras hos samordnaren",
    "",
]


def _fts5(texts: list[str], tokenize: str) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='{tokenize}')")
    db.executemany("INSERT INTO t(rowid, body) VALUES (?, ?)", list(enumerate(texts)))
    return db


@pytest.mark.parametrize("phrase", ["larm", "larmet", "personlarm", "ana", "anan", "nyckel", "samordnaren",
                                    "xyz", "la", "och"])
def test_parts_of_words_are_found_in_the_passages_a_trigram_index_finds_and_counted_with_overlaps(phrase):
    db = _fts5(TEXTS, "trigram")
    found = [r for (r,) in db.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", [f'"{phrase}"'])]
    at, counts = Postings(TEXTS, parts=True).rows(phrase)
    assert at.tolist() == found
    for position, count in zip(at.tolist(), counts.tolist()):
        text = TEXTS[position]
        assert count == sum(text.startswith(phrase, i) for i in range(len(text)))


@pytest.mark.parametrize("phrase", ["larm", "larmet", "och", "nyckeln", "nyckel", "ananas", "saknas"])
def test_whole_words_are_found_where_a_word_index_finds_them(phrase):
    db = _fts5(TEXTS, "unicode61")
    found = [r for (r,) in db.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", [f'"{phrase}"'])]
    at, counts = Postings(TEXTS, parts=False).rows(phrase)
    assert at.tolist() == found
    assert counts.tolist() == [TEXTS[p].split().count(phrase) for p in found]


def test_a_phrase_across_words_is_read_from_the_texts():
    at, counts = Postings(TEXTS, parts=True).rows("larm larm")
    assert at.tolist() == [1] and counts.tolist() == [2]


def test_a_part_of_a_word_is_searched_for_once_and_what_is_kept_stays_bounded(monkeypatch):
    """A short stem ("larm") is inside many words: the next question asking it reads what was found, and no more
    parts are kept than PARTS_KEPT (a bot runs for weeks)."""
    import index.postings as postings

    monkeypatch.setattr(postings, "PARTS_KEPT", 3)
    index = Postings(TEXTS, parts=True)
    first = index.rows("larm")
    searched = []
    monkeypatch.setattr(index, "_in_words", lambda phrase: searched.append(phrase) or postings.EMPTY)
    assert index.rows("larm") is first and searched == []
    for phrase in ("anan", "nyck", "samo", "kvit"):
        index.rows(phrase)
    assert len(index._parts) <= 3 and searched == ["anan", "nyck", "samo", "kvit"]
