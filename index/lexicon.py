"""Whether a word is Swedish at all, from a general word-frequency list (wordfreq lives here alone).

A question word the routines never use is either a word of its own ("tycker", "svänga", "avslår") or a slip
of the finger ("hembeösk", "bruakren"). Read one slip from a routine word, both look alike; only a lexicon of
the language tells them apart. Without it, correcting slips turned "tycker" into "trycker" and cost answers.
It also knows the everyday words the routines do not use, so that "böjrade" is read as "började".
The list is counted from text people wrote, so its rarest words are often their slips ("famijen") or words
typed without å, ä and ö ("forra"): those are weighed against the word they would stand for.
"""
from __future__ import annotations

import itertools
import math
from functools import lru_cache

from . import analysis

# a word used at least about once in a hundred million words of Swedish (zipf 1); a slip is almost never one
_EVERYDAY = 10 ** (1.0 - 9)
# a slip is read as a word of the language only when that word is common (zipf 2.5, about three in ten
# million words): rarer ones are as likely to be what a slip happens to spell ("flexen" is no "flaxen")
_COMMON = 10 ** (2.5 - 9)
_WIDELY_USED = 10 ** (3.0 - 9)
# a word of every day's talk, about a hundred in a million words or more (zipf 4.9): "ny", "gillar", "bil", "fixa";
# "hund" is not
_EVERYDAY_TALK = 10 ** (4.9 - 9)


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict  # loaded on the first word that needs it (about 0.2 s)

    return get_frequency_dict("sv")


def is_swedish_word(word: str) -> bool:
    return _frequencies().get(word, 0.0) >= _EVERYDAY


def is_widely_used(word: str) -> bool:
    """A word most people use: one in a million words or more (zipf 3)."""
    return _frequencies().get(word, 0.0) >= _WIDELY_USED


def is_common_word(word: str) -> bool:
    return _frequencies().get(word, 0.0) >= _COMMON


def is_everyday_talk(word: str) -> bool:
    """Also typed without å, ä and ö ("hur langt ifran"): whoever types so types every word so, and "ifran" is no
    rarer a word than "ifrån"."""
    frequencies = _frequencies()
    if frequencies.get(word, 0.0) >= _EVERYDAY_TALK:
        return True
    meant = None if _SWEDISH_LETTERS.intersection(word) else with_swedish_letters(word)
    return meant is not None and frequencies.get(meant, 0.0) >= _EVERYDAY_TALK


_SWEDISH_LETTERS = frozenset("åäö")


# A slip is about one word in a hundred typed: a rare word of the list (most of those under zipf 2.5 are slips
# others made, "famijen", "nyklarna") is read as the word one slip from it only where that is a hundred times
# more common, as "fösta" is read "första"; "avslår" stays, "avstår" is only twice as common
_SLIP_ODDS = 100.0


_UNFOLDED = {"a": "aåä", "o": "oö"}
_SPELLINGS_TRIED = 256  # "socialsekreterarna" has 3**5 ways to hold å and ä; longer ones are left as typed


@lru_cache(maxsize=4096)
def with_swedish_letters(word: str) -> str | None:
    """The commonest word that is ``word`` with å, ä or ö where it has a or o ("forra": "förra"), or None."""
    choices = [_UNFOLDED.get(letter, letter) for letter in word]
    if math.prod(len(c) for c in choices) > _SPELLINGS_TRIED:
        return None
    frequencies = _frequencies()
    spelt = ("".join(letters) for letters in itertools.product(*choices))
    best = max(((frequencies.get(w, 0.0), w) for w in spelt if w != word), default=(0.0, ""))
    return best[1] if best[0] > 0.0 else None


_PART_LETTERS = 5  # the shortest last part that makes a word a compound of it ("-mobilen", "-rasten")


def ends_in_word(word: str) -> bool:
    """Whether ``word`` ends in a common word after at least three letters, as a compound does
    ("tjänstemobilen": "mobilen"); a long word with a slip in its end does not. A compound never ends in a
    function word: "rwgeingen" ends in "ingen" by chance, as does "hndkedningen"."""
    return any(is_common_word(word[i:]) and word[i:] not in _NO_LAST_PART
               for i in range(3, len(word) - _PART_LETTERS + 1))


_NO_LAST_PART = analysis.STOPWORDS | {"ingen", "inget", "inga"}


def likelier_slip(typed: str, meant: str) -> bool:
    """Whether ``typed`` is more likely a slip for ``meant`` than a word of its own."""
    frequencies = _frequencies()
    return frequencies.get(meant, 0.0) >= _SLIP_ODDS * frequencies.get(typed, 0.0)


@lru_cache(maxsize=4096)
def meant(word: str, first_letter: bool = False) -> str | None:
    """The commonest Swedish word that ``word`` is one slip of (see analysis.one_slip), or None: "tetsar" is
    "testar", "böjrade" "började". ``first_letter``: one slip in the first letter instead ("yestar")."""
    frequencies = _frequencies()
    slips = analysis.first_letter_slips(word) if first_letter else analysis.slips_of(word)
    best = max(((frequencies.get(w, 0.0), w) for w in slips), default=(0.0, ""))
    return best[1] if best[0] >= _COMMON else None
