"""Whether a word is Swedish at all, from a general word-frequency list (wordfreq lives here alone).

A question word the routines never use is either a word of its own ("tycker", "svänga", "avslår") or a slip
of the finger ("hembeösk", "bruakren"). Read one slip from a routine word, both look alike; only a lexicon of
the language tells them apart. Without it, correcting slips turned "tycker" into "trycker" and cost answers.
"""
from __future__ import annotations

from functools import lru_cache

# a word used at least about once in a hundred million words of Swedish (zipf 1); a slip is almost never one
_EVERYDAY = 1.0


@lru_cache(maxsize=65_536)
def is_swedish_word(word: str) -> bool:
    from wordfreq import zipf_frequency  # loaded on the first word that needs it (about 0.2 s)

    return zipf_frequency(word, "sv") >= _EVERYDAY
