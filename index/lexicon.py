"""Whether a word is Swedish at all, from a general word-frequency list (wordfreq lives here alone).

A question word the routines never use is either a word of its own ("tycker", "svänga", "avslår") or a slip
of the finger ("hembeösk", "bruakren"). Read one slip from a routine word, both look alike; only a lexicon of
the language tells them apart. Without it, correcting slips turned "tycker" into "trycker" and cost answers.
It also knows the everyday words the routines do not use, so that "böjrade" is read as "började".
"""
from __future__ import annotations

from functools import lru_cache

from . import analysis

# a word used at least about once in a hundred million words of Swedish (zipf 1); a slip is almost never one
_EVERYDAY = 10 ** (1.0 - 9)
# a slip is read as a word of the language only when that word is common (zipf 2.5, about three in ten
# million words): rarer ones are as likely to be what a slip happens to spell ("flexen" is no "flaxen")
_COMMON = 10 ** (2.5 - 9)


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict  # loaded on the first word that needs it (about 0.2 s)

    return get_frequency_dict("sv")


def is_swedish_word(word: str) -> bool:
    return _frequencies().get(word, 0.0) >= _EVERYDAY


@lru_cache(maxsize=4096)
def meant(word: str, first_letter: bool = False) -> str | None:
    """The commonest Swedish word that ``word`` is one slip of (see analysis.one_slip), or None: "tetsar" is
    "testar", "böjrade" "började". ``first_letter``: one slip in the first letter instead ("yestar")."""
    frequencies = _frequencies()
    slips = analysis.first_letter_slips(word) if first_letter else analysis.slips_of(word)
    best = max(((frequencies.get(w, 0.0), w) for w in slips), default=(0.0, ""))
    return best[1] if best[0] >= _COMMON else None
