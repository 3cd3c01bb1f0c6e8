"""A compound the routines never use, read as the two words of it they do use.

Swedish joins freely what a routine writes apart: a newcomer asks who signs "tillbudsblanketten", the routine
says "Blanketten för tillbud ska … undertecknas av …". The keyword search finds the parts already (trigrams);
this lets the quote's sentence hold the word too, so that it is chosen and graded on it.

The word still counts as one the routines never use (answering.unknown_share): taken as known, it answered eight
more tuning questions the routines do not cover ("semesterdagar": they use both parts of many a compound they
never speak of).
"""
from __future__ import annotations

from collections.abc import Callable

from . import analysis

COMPOUND_LETTERS = 9  # shorter words are rarely two words joined
FIRST_LETTERS = 3
LAST_LETTERS = 4


def parts(question: str, uses: Callable[[str], bool], known: Callable[[str, str | None], bool]) -> dict[str, list[str]]:
    """Each word of the question that the routines never use, as the phrase of its two parts they do use
    ("tillbudsblanketten" → "tillbud blanketten"), its joining s dropped; the longest last part where several
    splits would do. Shaped as synonyms.alternatives."""
    found: dict[str, list[str]] = {}
    for word in dict.fromkeys(w.lower() for w in analysis.words(question)):
        if len(word) < COMPOUND_LETTERS or analysis.is_stopword(word) or known(analysis.stem(word), None):
            continue
        for cut in range(FIRST_LETTERS, len(word) - LAST_LETTERS + 1):  # the longest last part first
            first, last = word[:cut], word[cut:]
            if not uses(analysis.stem(last)):
                continue
            heads = [first[:-1], first] if first.endswith("s") else [first]  # "tillbuds|blanketten"
            head = next((h for h in heads if len(h) >= FIRST_LETTERS and not analysis.is_stopword(h)
                         and uses(analysis.stem(h))), None)
            if head:
                found[word] = [f"{head} {last}"]
                break
    return found


def read_as(alternatives: dict[str, list[str]], question: str, uses: Callable[[str], bool],
            known: Callable[[str, str | None], bool]) -> dict[str, list[str]]:
    """The synonym list's routine words for the question's words (synonyms.alternatives), and its compounds' parts."""
    more = parts(question, uses, known)
    return {word: [*alternatives.get(word, []), *more.get(word, [])] for word in {*alternatives, *more}}
