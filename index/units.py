"""Which unit a question speaks from: "jag jobbar i hemtjänsten norr", "på gruppbostaden".

Every unit keeps its own copy of many routines, and the copies differ in what matters (the phone number,
who to call). A unit named in the question is the unit whose copy should answer. Units are the folders
of the documents ("hemtjanst-norr/", "lss/gruppbostad-linden/"); a person's configured collections still
decide what they may read at all.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache
from pathlib import PurePosixPath

from . import analysis

_SPLIT = re.compile(r"[-_ .]+")
_GENERIC = frozenset({"och", "for", "med", "av", "i", "pa", "enhet", "enheten", "team", "gemensam", "gemensamt",
                      "gemensamma", "rutiner", "dokument", "avdelning"})
BONUS = 0.6  # added to the fused score (in standard deviations) of a passage kept by the named unit


@lru_cache(maxsize=65_536)  # every document's path is looked at for every question
def folders(path: str) -> tuple[str, ...]:
    return PurePosixPath(path).parts[:-1]


@lru_cache(maxsize=16_384)
def _tokens(folder: str) -> tuple[str, ...]:
    """The words of a folder's name that can name its unit: not a word every question says ("jag/" is an
    association's folder, and "jag" no unit the asker names)."""
    return tuple(t for t in (analysis.fold(p) for p in _SPLIT.split(folder))
                 if len(t) >= 3 and t not in _GENERIC and not analysis.is_stopword(t))


def words_of(units: set[str]) -> frozenset[str]:
    """The words of the named units' folders ("ekonomiskt", "bistand"), diacritics folded."""
    return frozenset(t for folder in units for t in _tokens(folder))


def names_unit(stem: str, unit_words: AbstractSet[str]) -> bool:
    """Whether a question term's stem is one of the named units' words. Looser than ``mentioned``'s match of
    whole question words: a stem is cut short ("ekonomisk" for "ekonomiskt"), so any start of a word counts."""
    folded = analysis.fold(stem)
    return any(folded == w or w.startswith(folded) or (len(w) >= 4 and folded.startswith(w)) for w in unit_words)


WORD_START = 4  # a folder word this long counts at a question word's start ("linden" in "lindens")
QUESTION_WORD_START = 5  # a question word this long counts at a folder word's start ("hemtj" in "hemtjanst")


def mentioned(question: str, paths: Sequence[str]) -> set[str]:
    """The folders the question names best: most of their words appear in it (as words or word starts).
    Shorthand counts as the words it stands for: pass the question with its synonyms added (synonyms.expand),
    and "ekb" is read as "ekonomiskt bistånd" (analysis.COLLOQUIAL)."""
    words = {analysis.fold(w) for w in analysis.expand(analysis.words(question))}
    if not words:
        return set()
    named, tokens, starts = _folders_and_tokens(tuple(paths))
    found: set[str] = set()
    for w in words:  # a folder word is the question's word, its start, or starts with it
        found.update(w[:end] for end in range(WORD_START, len(w) + 1) if w[:end] in tokens)
        if w in tokens:
            found.add(w)
        if len(w) >= QUESTION_WORD_START:
            found.update(starts.get(w, ()))
    if not found:
        return set()
    scores = {folder: sum(t in found for t in folder_tokens) for folder, folder_tokens in named}
    best = max(scores.values())
    return {f for f, s in scores.items() if s == best}


@lru_cache(maxsize=64)  # asked for every question, with the same documents until the next reindex
def _folders_and_tokens(paths: tuple[str, ...]) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], frozenset[str],
                                                          dict[str, frozenset[str]]]:
    """Each folder of the paths with its words, all those words, and the words by each of their starts that a
    question word may be: a question's words are then looked up, not compared with every folder word."""
    named = tuple((folder, _tokens(folder)) for folder in dict.fromkeys(f for p in paths for f in folders(p)))
    tokens = frozenset(t for _, tokens in named for t in tokens)
    starts: dict[str, set[str]] = {}
    for t in tokens:
        for end in range(QUESTION_WORD_START, len(t) + 1):
            starts.setdefault(t[:end], set()).add(t)
    return named, tokens, {start: frozenset(words) for start, words in starts.items()}


def in_units(path: str, units: set[str]) -> bool:
    return bool(units) and any(f in units for f in folders(path))


def prefer(hits: list, paths_of: dict[int, list[str]], units: set[str]) -> list:
    """Hits re-ordered with a bonus for passages that a named unit keeps (``paths_of``: passage id → paths)."""
    if not units:
        return hits
    boosted = [replace(h, score=h.score + BONUS) if any(in_units(p, units) for p in paths_of.get(h.passage_id, []))
               else h for h in hits]
    return sorted(boosted, key=lambda h: h.score, reverse=True)


def speaks_of_another_unit(document: str, sentences: Sequence[str], unit_words: AbstractSet[str]) -> bool:
    """Whether quoted sentences of a routine that another unit keeps name that unit, where the question names
    a sibling ("hemtjänst söder" asks; "Dagtid når du sjuksköterskan i norr på tel. …" answers, from hemtjänst
    norr's routine): what the sentences say holds for the other unit, not necessarily for the asker's."""
    if not unit_words:
        return False
    said = {analysis.fold(w) for s in sentences for w in analysis.words(s)}
    for folder in folders(document):
        tokens = set(_tokens(folder))
        if tokens & unit_words and (own := tokens - unit_words) and own & said:
            return True
    return False
