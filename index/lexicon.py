"""Whether a word is Swedish at all, from a general word-frequency list (wordfreq lives here alone).

A question word the routines never use is either a word of its own ("tycker", "svänga", "avslår") or a slip
of the finger ("hembeösk", "bruakren"). Read one slip from a routine word, both look alike; only a lexicon of
the language tells them apart. Without it, correcting slips turned "tycker" into "trycker" and cost answers.
It also knows the everyday words the routines do not use, so that "böjrade" is read as "började".
"""
from __future__ import annotations

from functools import lru_cache

# a word used at least about once in a hundred million words of Swedish (zipf 1); a slip is almost never one
_EVERYDAY = 1.0
# a slip is read as a word of the language only when that word is common (zipf 2.5, about three in ten
# million words): rarer ones are as likely to be what a slip happens to spell ("flexen" is no "flaxen")
_COMMON = 2.5


@lru_cache(maxsize=65_536)
def is_swedish_word(word: str) -> bool:
    return _frequencies().get(word, 0.0) >= _LEAST


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict  # loaded on the first word that needs it (about 0.2 s)

    return get_frequency_dict("sv")


_LEAST, _LEAST_MEANT = 10 ** (_EVERYDAY - 9), 10 ** (_COMMON - 9)  # as frequencies
_LETTERS = "abcdefghijklmnopqrstuvwxyzåäöé"


@lru_cache(maxsize=4096)
def meant(word: str) -> str | None:
    """The commonest Swedish word that ``word`` is one slip of (a letter wrong, missing or extra, or two
    swapped, not the first), or None: "tetsar" is "testar", "böjrade" "började"."""
    frequencies = _frequencies()
    best = max(((frequencies.get(w, 0.0), w) for w in _one_slip_from(word) if w != word), default=(0.0, ""))
    return best[1] if best[0] >= _LEAST_MEANT else None


def _one_slip_from(word: str) -> set[str]:
    """Every spelling one slip from ``word`` that keeps its first letter (a few hundred: looked up, not
    searched for)."""
    head, tail = word[:1], word[1:]
    spellings = {head + tail[:i] + tail[i + 1 :] for i in range(len(tail))}  # a letter missing …
    spellings |= {head + tail[:i] + tail[i + 1] + tail[i] + tail[i + 2 :] for i in range(len(tail) - 1)}  # swapped
    spellings |= {head + tail[:i] + c + tail[i + 1 :] for i in range(len(tail)) for c in _LETTERS}  # wrong
    spellings |= {head + tail[:i] + c + tail[i:] for i in range(len(tail) + 1) for c in _LETTERS}  # extra
    return spellings
