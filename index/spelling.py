"""Questions typed without å, ä and ö, read with them restored from the routines' own spelling.

"hur lang tid har man pa sig att gora forhandsbedomning" is what a phone or a keyboard without Swedish
letters gives. The keyword search folds diacritics on both sides, but the model reads the words as typed:
for it "forhandsbedomning" is not "förhandsbedömning". How the routines spell their words is counted per
collection when a generation is built (stored with it, so a question reads no text), and a question is read
with the spellings of the collections its asker may read only: the spelling of a word in a routine they may
not read must not change their answer. Only a question typed without å, ä and ö is restored: one with none,
and a function word that needs one ("pa", "nar", "maste") or two words the routines write with one ("hemtjanst
soder"). Whoever wrote "på" once spelt every word as they meant it; and a question that needs no å, ä or ö at
all ("ska jag svara honom?") must not be read as if it had lost them ("svåra").

A slip of the finger ("bruakren", "böjrade", "vrukaren", "förhansbedömnig") is read as meant too
(``unslipped``): as the word the asker's routines write, or else as a common Swedish word, where it is no
common word of its own (see lexicon); a compound written apart ("person larmet") as one word (``joined``);
and a question typed with caps lock on in lower case (``unshouted``).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from . import analysis, lexicon

if TYPE_CHECKING:
    from .search import Scope

_SWEDISH_LETTERS = re.compile(r"[åäöÅÄÖ]")

Counts = dict[str, dict[str, int]]  # plain spelling -> {each spelling of it: how often it occurs}


def count(words: Counter[str], plains: Iterable[str] | None = None) -> Counts:
    """How often each plain spelling that has å, ä or ö somewhere is written each way in ``words``: with
    them, and plain. ``plains``: the plain spellings to count (default: those ``words`` write with them)."""
    out: Counts = {}
    for word, n in words.items():
        plain = analysis.fold(word)
        if plain != word and plain.isascii():
            out.setdefault(plain, {})[word] = n
    for plain in plains if plains is not None else list(out):
        if words.get(plain):
            out.setdefault(plain, {})[plain] = words[plain]
    return out


def words_in(texts: Iterable[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(analysis.words(text))
    return counts


# the function words with å, ä or ö ("när", "på", "måste"), in any library, beside the plain ones that share
# their plain spelling ("vara" and "våra")
_FUNCTION_WORDS = count(Counter(analysis.STOPWORDS))


def plains(*counted: Counts) -> set[str]:
    """The plain spellings that have å, ä or ö in any of ``counted`` or among the function words: each
    collection counts how often it writes these plain too."""
    return set(_FUNCTION_WORDS).union(*counted)


def choose(*counted: Mapping[str, Mapping[str, int]]) -> dict[str, str]:
    """{plain spelling: the spelling to read it as} from the counts of the collections one may read (and the
    function words). The commonest wins, the plain one included: "far" is "får" where the routines say
    "får" more often than "far", and "saker" stays "saker" where they say it more often than "säker". (A
    shared stem is no reason to leave a word alone: "misstanke" would keep "misstanker" from "misstänker",
    which costs more answers than it saves.)"""
    merged: dict[str, Counter[str]] = {}
    for counts in (_FUNCTION_WORDS, *counted):
        for plain, spellings in counts.items():
            merged.setdefault(plain, Counter()).update(spellings)
    # on a tie the plain spelling stays: it sorts before the one with å, ä or ö
    chosen = {plain: min(ways.items(), key=lambda way: (-way[1], way[0]))[0] for plain, ways in merged.items()}
    return {plain: word for plain, word in chosen.items() if word != plain}


def _extra(words: Iterable[str]) -> Counter[str]:
    return Counter(w for phrase in words for w in analysis.words(phrase))


def count_collections(texts: Mapping[str, Iterable[str]], extra_words: Iterable[str] = ()) -> dict[str, Counts]:
    """Each collection's counts (see ``count``) of its passages' ``texts``, over the plain spellings that have
    å, ä or ö in any collection, the function words or ``extra_words`` (the synonym list's everyday words)."""
    words = {collection: words_in(its) for collection, its in texts.items()}
    wanted = plains(count(_extra(extra_words)), *(count(w) for w in words.values()))
    return {collection: count(w, wanted) for collection, w in words.items()}


def for_reader(counts: Mapping[str, Counts], collections: Iterable[str] | None,
               extra_words: Iterable[str] = ()) -> dict[str, str]:
    """The spellings one reads questions with who may read ``collections`` (all when None): theirs alone."""
    wanted = None if collections is None else set(collections)
    return choose(count(_extra(extra_words)),
                  *(its for collection, its in counts.items() if wanted is None or collection in wanted))


SHOUTED_LETTERS = 4  # "LVM?" is an abbreviation; a question of more capitals than that was typed with caps lock on


def unshouted(question: str) -> str:
    """A question typed in capitals, read in lower case: the model reads "HUR LÄNGE SPARAS PERSONAKTER" far
    from the routine that says how long personakter are kept (over our tuning questions typed in capitals,
    quote accuracy fell from 0.78 to 0.59)."""
    letters = [ch for ch in question if ch.isalpha()]
    return question.lower() if len(letters) > SHOUTED_LETTERS and all(ch.isupper() for ch in letters) else question


# Chat shorthand for the words a question is read by: "hur mkt vila måste jag ha" asks how much as "hur mycket"
# does, "vilket nr har jouren" a phone number as "vilket nummer" does, and "9h mellan passen" a count of hours. The
# model reads the full words nearer the routine's sentence, and the question's kind of answer is recognised by them.
# ("lr" for "eller" is left: LR is also a union's name.)
_SHORTHAND = {"mkt": "mycket", "mycke": "mycket", "ngn": "någon", "ngt": "något", "ngr": "några", "ngra": "några",
              "ngnstans": "någonstans", "pga": "på grund av", "iaf": "i alla fall", "vrf": "varför", "nr": "nummer",
              "telnr": "telefonnummer"}
_SHORT_WORD = re.compile(r"\b(" + "|".join(_SHORTHAND) + r")\b", re.IGNORECASE)
_NUMBER_OF = re.compile(r"\b([a-zåäö]{3,})nr\b", re.IGNORECASE)  # "telnr", "faxnr", "mobilnr": the number asked for
_SHORT_UNIT = re.compile(r"\b(\d+(?:[.,]\d+)?)\s?(h|min)\b(?!\.\w)", re.IGNORECASE)


def unabbreviated(question: str) -> str:
    """The question with chat shorthand written out ("hur mkt" → "hur mycket", "faxnr" → "faxnummer", "9h" → "9
    timmar")."""
    written = _NUMBER_OF.sub(lambda m: f"{m[1]}nummer", _SHORT_WORD.sub(lambda m: _SHORTHAND[m[1].lower()], question))
    return _SHORT_UNIT.sub(lambda m: f"{m[1]} {'timmar' if m[2].lower() == 'h' else 'minuter'}", written)


_LOST_IN = 2  # words the routines spell with å, ä or ö, typed without: two say the keyboard had none
_WORD_LETTERS = 4  # … words this long: "sa", "far" are words of their own


def lost_letters(question: str, spellings: Mapping[str, str] | None = None) -> bool:
    """Whether the question was typed without å, ä and ö: none in it, and a function word that lost them, or
    two words the routines write with them (``spellings``): "hemtjanst soder, brukaren oppnar inte …", where no
    function word needs one."""
    if _SWEDISH_LETTERS.search(question):
        return False
    said = analysis.words(question)
    if any(analysis.typed_plain(w) for w in said):
        return True
    if not spellings:
        return False
    return sum(w in spellings for w in set(said) if len(w) >= _WORD_LETTERS) >= _LOST_IN


# Plain words that are words of their own, and in a question mostly meant so, though routines write the other word
# more often: "vart skickar jag anmälan?" asks where to (routines say "vårt boende"), "var sparas det?" where,
# "brukaren bor hemma" where she lives (routines say "bör"). Their neighbours tell: "på vårt boende", "i vår grupp"
# and "vad bör intyget innehålla" are read with å, ä or ö.
_PREPOSITIONS = frozenset(analysis.fold(w) for w in (
    "på", "i", "till", "för", "från", "med", "om", "av", "vid", "hos", "under", "inom", "mot", "efter", "före",
    "genom", "ur", "bland", "åt"))
_WHERE_ONE_LIVES = frozenset(analysis.fold(w) for w in (
    "i", "på", "hos", "hemma", "ensam", "ensamma", "kvar", "med", "tillsammans", "nära", "själv", "själva", "där",
    "här", "ute", "utomlands", "redan", "fortfarande", "inne", "nu", "utanför"))


def _meant_plain(word: str, before: str | None, after: str | None) -> bool:
    """Whether a plain word the spellings would give å, ä or ö is meant as typed, by the words around it."""
    if word in ("var", "vart"):
        return before not in _PREPOSITIONS
    if word == "far":  # "barnet far illa"
        return after == "illa"
    if word == "bor":
        return after is None or after in _WHERE_ONE_LIVES
    return False


def restore(question: str, spellings: dict[str, str]) -> str:
    """The question with å, ä and ö put back where ``spellings`` (see ``choose``) spell its words so, if it
    was typed without them (see the module's docstring); any other question is returned as it is."""
    if not spellings or not lost_letters(question, spellings):
        return question
    typed = list(analysis.WORD.finditer(question))
    words = [match.group(0).lower() for match in typed]
    out, at = [], 0
    for i, match in enumerate(typed):
        word = spellings.get(words[i])
        if word is not None and not _meant_plain(words[i], words[i - 1] if i else None,
                                                 words[i + 1] if i + 1 < len(words) else None):
            out.append(question[at:match.start()])
            out.append(word.capitalize() if match.group(0)[0].isupper() else word)
            at = match.end()
    return "".join(out) + question[at:]


def unslipped(question: str, scope: Scope, spellings: Mapping[str, str], keep: AbstractSet[str] = frozenset()) -> str:
    """The question with each slip of the finger read as the word the asker's routines write ("bruakren":
    "brukaren"), spelt as they spell it (``spellings``, see ``choose``), or else as a common word of the
    language ("böjrade": "började"), so that the model reads what was meant.

    A slip is a word of five letters or more that the routines never use and that is no common Swedish word
    of its own (see lexicon): "tycker" stays, though the routines say "trycker". A rare word of the language
    list is read as the word it stands for only where that is a hundred times more common ("famijen",
    "forra"). ``keep``: words the synonym list and the chat shorthand read in their own way ("bostöd")."""
    def meant(match: re.Match) -> str:
        typed = match.group(0)
        word = typed.lower()
        if len(word) < analysis.SLIP_LETTERS or not word.isalpha() or word in keep:
            return typed
        if scope.uses(analysis.stem(word)) or lexicon.is_common_word(word):
            return typed
        if word.endswith("s") and lexicon.is_swedish_word(word[:-1]):  # a genitive: "tränares"
            return typed
        if word.endswith("arn"):  # "brukarn", "handläggarn": "brukaren" as said, not "brukar" one slip away
            spoken = word[:-1] + "en"
            if lexicon.is_swedish_word(spoken) or scope.writes(analysis.fold(spoken)):
                return spoken.capitalize() if typed[0].isupper() else spoken
        rare = lexicon.is_swedish_word(word)
        written = _rare_read(word, scope, spellings) if rare else _slip_read(word, scope, spellings)
        if written is None:
            return typed
        return written.capitalize() if typed[0].isupper() else written

    return analysis.WORD.sub(meant, question)


_PART = 3  # the shortest part of a compound written apart that is joined ("mat lådorna"; not "i dag")
_JOINED = 7  # … and the shortest compound


def joined(question: str, scope: Scope) -> str:
    """The question with a compound written apart joined ("hem besök": "hembesök", "polis anmälan"), as
    Swedish is often typed (see _is_compound)."""
    words = list(analysis.WORD.finditer(question))
    parts: list[str] = []
    at = 0
    i = 0
    while i < len(words):
        first = words[i]
        if i + 1 < len(words):
            second = words[i + 1]
            compound = (first.group(0) + second.group(0)).lower()
            if (question[first.end() : second.start()] == " " and not second.group(0)[0].isupper()  # "blanketten Ansökan"
                    and min(len(first.group(0)), len(second.group(0))) >= _PART
                    and len(compound) >= _JOINED and compound.isalpha()
                    and _is_compound(first.group(0).lower(), second.group(0).lower(), scope)):
                parts.append(question[at : first.start()] + first.group(0) + second.group(0).lower())
                at = second.end()
                i += 2
                continue
        i += 1
    return "".join(parts) + question[at:]


def _is_compound(first: str, second: str, scope: Scope) -> bool:
    """Whether two words are one compound written apart: no function word ("när måste" is no "närmaste"), and
    the routines write the compound or a form of it, or it is a word most people use ("säng kläder")."""
    if first in analysis.STOPWORDS or second in analysis.STOPWORDS:
        return False
    word, stem = first + second, analysis.stem(first + second)
    # a stem of its own, longer than the first word: "verksamhettar" stems as "verksamhets" does
    return (scope.writes(analysis.fold(word)) or (scope.uses(stem) and len(stem) > len(first))
            or (lexicon.is_widely_used(word)
                and not (scope.uses(analysis.stem(first)) and scope.uses(analysis.stem(second)))))


def _slip_read(word: str, scope: Scope, spellings: Mapping[str, str]) -> str | None:
    """What a word that is none was meant as: the common word it is with å, ä or ö for a or o ("drojer", "arende"),
    else a word of the routines one slip from it, else one slip in its first letter from it (a word they write, then
    a word whose stem they use), else a common word of the language one slip from it, else a word of the routines
    two slips from a long one that is no compound of a word ("tjänstemobilen" is no "tjänstebilen"), else a common
    word one slip in the first letter from it; None when nothing is."""
    lost = lexicon.with_swedish_letters(word)  # "drojer", "arende": no slip, but å, ä or ö lost
    if lost and lexicon.is_common_word(lost):
        return lost
    written = scope.written_like(analysis.fold(word))
    if written:
        return spellings.get(written, written)
    slips = analysis.first_letter_slips(word)
    first_written = scope.written_like(analysis.fold(word), first_letter=True)
    for first in (spellings.get(first_written, first_written) if first_written else None, scope.stem_like(word)):
        # the first letter's slip alone, not one in å, ä or ö besides: "taknas" is no "räknas"
        if first in slips and spellings.get(analysis.fold(first), first) == first:
            return first
    common = lexicon.meant(word)
    if common:
        return common
    if len(word) >= analysis.TWO_SLIPS_LETTERS - 2 and not lexicon.ends_in_word(word):
        twice = scope.written_like(analysis.fold(word), slips=2)
        if twice:
            return spellings.get(twice, twice)
    return lexicon.meant(word, first_letter=True)


def _rare_read(word: str, scope: Scope, spellings: Mapping[str, str]) -> str | None:
    """What a rare word of the language list was meant as: most are slips others made ("famijen", "vankade") or
    words typed without å, ä and ö ("forra", "glommer"), read as the word they stand for where that is a hundred
    times more common (see lexicon.likelier_slip); the word itself otherwise (None)."""
    for meant in (lexicon.with_swedish_letters(word), _slip_read(word, scope, spellings)):
        if meant and lexicon.likelier_slip(word, meant):
            return meant
    return None
