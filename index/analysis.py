"""Swedish text analysis shared by the keyword index, the query side and sentence selection.

Both sides of a match must be analysed the same way, so every normalisation lives here.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import Stemmer
from rapidfuzz.distance import OSA

WORD = re.compile(r"[0-9a-zåäöéüæø]+", re.IGNORECASE)  # a word, as every side reads it

# Function words, chat filler and everyday adverbs ("ofta", "redan", "fortfarande") that carry no topic; kept
# short on purpose: BM25's idf handles the rest. An everyday word must not count as one the routines never
# use: a person who may read only one unit's routines would otherwise be refused answers for "hur ofta".
STOPWORDS = frozenset(
    ["alla", "allt", "alltså", "andra", "annan", "annat", "att", "av", "bara", "bli", "blir", "blev", "blivit", "haft", "gjort", "fått", "kunna", "borde", "bör", "de", "dem", "den", "denna", "deras", "dess", "det", "detta", "dig", "din", "dina", "ditt", "du", "där", "då", "efter", "eftersom", "ej", "eller", "en", "ens", "er", "era", "ert", "ett", "fast", "från", "får", "fick", "för", "före", "ha", "hade", "han", "hans", "har", "hen", "hens", "henne", "hennes", "hon", "honom", "hur", "här", "hos", "i", "igen", "ifall", "in", "inom", "inte", "ja", "jag", "kan", "kunde", "man", "med", "mej", "mellan", "men", "mig", "min", "mina", "mitt", "mot", "mycket", "måste", "ni", "nu", "när", "någon", "något", "några", "och", "också", "om", "oss", "på", "samma", "sedan", "sig", "sin", "sina", "sitt", "ska", "skall", "skulle", "som", "så", "sådan", "till", "tills", "under", "upp", "ut", "utan", "vad", "var", "vara", "varför", "varit", "vem", "vems", "vi", "vid", "vilka", "vilkas", "vilken", "vilket", "vill", "vår", "våra", "vårt", "dom", "dej", "sej", "denne", "än", "är", "även", "åt", "över", "gör", "göra", "gjorde", "görs", "finns", "fanns", "sa", "säga", "hej", "tack", "typ", "liksom", "asså", "ok", "okej", "snälla", "undrar", "fråga", "frågor", "veta", "vet", "tror", "behöver", "behöva", "kolla", "nån", "nåt", "nåra", "nånting", "nånstans", "nog", "idag", "imorgon", "igår", "ba", "iaf", "ju", "väl", "va", "mkt", "lr", "lite", "grej", "grejen", "grejer", "btw", "pls", "plz", "ofta", "redan", "alltid", "aldrig", "ibland", "tidigare", "fortfarande", "ännu", "egentligen", "faktiskt", "kanske", "verkligen", "själv", "själva", "varje"]
)

# Chat Swedish and office shorthand mapped to the words routines use. Newcomers write "mejl", "fb" and
# "funkar"; the documents say "e-post", "försörjningsstöd" and "fungerar".
COLLOQUIAL = {
    "mejl": "e-post", "mejla": "e-post", "mail": "e-post", "maila": "e-post", "mailet": "e-post",
    "mejlet": "e-post", "mejlar": "e-post", "mejlade": "e-post", "mejlat": "e-post", "mejlen": "e-post",
    "mailar": "e-post", "mailade": "e-post", "mailat": "e-post", "mailen": "e-post", "mejladress": "e-postadress",
    "mailadress": "e-postadress", "funkar": "fungerar", "funka": "fungera", "jobbet": "arbetet", "jobba": "arbeta",
    "jobbar": "arbetar", "jobb": "arbete", "ekb": "ekonomiskt bistånd",
    "soc": "socialtjänsten", "dok": "dokumentation", "utr": "utredning", "orosanm": "orosanmälan",
    "handl": "handläggare", "kompis": "kollega",
    "sjukskriven": "sjukfrånvaro", "ledig": "ledighet", "flexa": "flextid", "flexar": "flextid",
}

_FOLD = tuple(zip("åäöéüæø", "aaoeuao"))


def fold(text: str) -> str:
    """Lower-case and fold Swedish diacritics so that 'hembesok' and 'hembesök' meet. One replace a letter:
    str.translate looks each character up in a table, several times slower on text that is not ASCII."""
    text = unicodedata.normalize("NFC", text).lower()
    for letter, plain in _FOLD:
        text = text.replace(letter, plain)
    return text


# The same words typed without å/ä/ö ("nar", "pa", "maste"), as on a phone or keyboard without them; not
# where the plain spelling is a word of its own ("bor", "val", "nara": bör/bor, väl/val, nåra/nära).
_TYPED_PLAIN = frozenset(fold(w) for w in STOPWORDS) - STOPWORDS - {"bor", "val", "nara", "ar"}


def is_stopword(word: str) -> bool:
    """Whether a lower-case word carries no topic (see STOPWORDS), also when typed without diacritics."""
    return word in STOPWORDS or word in _TYPED_PLAIN


def typed_plain(word: str) -> bool:
    """Whether a lower-case word is a function word typed without its å, ä or ö ("pa", "nar", "maste"):
    whoever writes so writes every word so."""
    return word in _TYPED_PLAIN and word != "vart"  # "vart" is a word of its own as well as "vårt"


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits)."""
    return [w.lower() for w in WORD.findall(text)]


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("swedish")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball stem of a lower-case word, diacritics folded afterwards (typing without å/ä/ö is common)."""
    return fold(_stemmer().stemWord(word))


def expand(tokens: list[str]) -> list[str]:
    """Replace chat shorthand with the routines' own words (see COLLOQUIAL)."""
    out: list[str] = []
    for token in tokens:
        if token.startswith(_INTENSIFIERS):  # the cheap test first: every word of every sentence passes here
            token = _INTENSIFIED.sub("", token)
        out.extend(words(COLLOQUIAL[token]) if token in COLLOQUIAL else [token])
    return out


# Chat makes a word stronger by a first part ("blev jätterädd", "skitjobbigt"): it says the word itself, which the
# routines and the synonym list know ("rädd"), where the compound is a word no routine uses
_INTENSIFIERS = ("jätte", "skit")
_INTENSIFIED = re.compile(r"^(jätte|skit)(?=[a-zåäö]{4,}$)")


def content_terms(text: str) -> list[str]:
    """Stemmed, folded terms without stopwords, in order (duplicates kept)."""
    return [stem(w) for w in expand(words(text)) if not is_stopword(w) and len(w) > 1]


_HYPHENATED = re.compile(r"\b([0-9a-zåäöéüæø]+)-([a-zåäöéüæø]+)\b", re.IGNORECASE)  # "PIN-koden", not "08-465"


def document_terms(text: str) -> list[str]:
    """A routine's content terms, and each compound written with a hyphen also as one word ("PIN-koden" is
    also "pinkod"), as a question types it: "var finns pinkoden" found nothing."""
    return content_terms(text) + [stem(joined) for a, b in _HYPHENATED.findall(text) if len(joined := (a + b).lower()) > 3]


@lru_cache(maxsize=50_000)
def sentence_terms(text: str) -> tuple[frozenset[str], str]:
    """A sentence's content terms as a set, and its folded text; cached, because the same candidate
    sentences are weighed question after question."""
    return frozenset(document_terms(text)), fold(text)


def index_terms(text: str) -> str:
    """The text the stemmed keyword index stores: every word stemmed and folded, stopwords kept out."""
    return " ".join(document_terms(text))


def trigram_text(text: str) -> str:
    """The text the trigram index stores: folded, punctuation squeezed to single spaces."""
    return " ".join(fold(w) for w in words(text))


@lru_cache(maxsize=100_000)
def _trigrams(term: str) -> frozenset[str]:
    padded = f"  {term} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


LENGTH_SLACK = 2  # letters a misspelt word may have more or fewer than the word it stands for
SHARED_TRIGRAMS = 0.5  # share of their trigrams (of all either has) two words must have in common


def _mostly_shared(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two words' trigrams are mostly the same ones (of all either has)."""
    shared = len(mine & theirs)
    return shared / (len(mine) + len(theirs) - shared) >= SHARED_TRIGRAMS


# Words sharing most trigrams are one word mistyped only where few letters differ: "begravningslagen" shares the
# first part of "begravningsbyrån" and most of its trigrams, but is another word (it answered "kan begravningsbyrån
# göra dödsboanmälan" with the municipality's duties under the law). Tuning pool +1 right, the same from 2 to 4.
SLIPS = 3


def _few_slips(term: str, other: str) -> bool:
    return OSA.distance(term, other, score_cutoff=SLIPS) <= SLIPS


SLIP_LETTERS = 5  # the shortest word in which one slip of the finger is forgiven: shorter ones say too little
_SLIP_BREAKS = 4  # trigrams one slip can break: a swap of two letters touches four


def one_slip(term: str, other: str) -> bool:
    """One letter wrong, missing or extra, or two swapped ("hembeosk", "personlamret"), in a word long enough
    to still say which word it is, and not in its first letter (where "katten" is not "skatten").

    Trigrams alone miss these: a slip in the middle of a short word breaks most of its trigrams."""
    return (min(len(term), len(other)) >= SLIP_LETTERS and term[0] == other[0]
            and OSA.distance(term, other, score_cutoff=1) <= 1)


TWO_SLIPS_LETTERS = 9  # from this long, a word still says which it is with two slips ("förhansbedömnig")


def two_slips(typed: str, word: str) -> bool:
    """``typed`` is ``word`` with two letters wrong, missing, extra or swapped, not the first; ``word`` long
    enough to take them (and ``typed`` so, less the two letters it may have lost: "förhadsbedmning")."""
    return (len(word) >= TWO_SLIPS_LETTERS and len(typed) >= TWO_SLIPS_LETTERS - 2 and typed[0] == word[0]
            and OSA.distance(typed, word, score_cutoff=2) <= 2)


_LETTERS = "abcdefghijklmnopqrstuvwxyzåäöé"


def slips_of(word: str) -> set[str]:
    """Every spelling one slip from ``word`` that keeps its first letter, as ``one_slip`` reads a slip: to be
    looked up in a word list, where comparing with each word would be slow (a few hundred spellings)."""
    head, tail = word[:1], word[1:]
    spellings = {head + tail[:i] + tail[i + 1 :] for i in range(len(tail))}  # a letter missing …
    spellings |= {head + tail[:i] + tail[i + 1] + tail[i] + tail[i + 2 :] for i in range(len(tail) - 1)}  # swapped
    spellings |= {head + tail[:i] + c + tail[i + 1 :] for i in range(len(tail)) for c in _LETTERS}  # wrong
    spellings |= {head + tail[:i] + c + tail[i:] for i in range(len(tail) + 1) for c in _LETTERS}  # extra
    spellings.discard(word)
    return spellings


_KEY_ROWS = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm")  # a Swedish keyboard; each row half a key right of the one above


def _neighbour_keys() -> dict[str, str]:
    at = {key: (r, i) for r, row in enumerate(_KEY_ROWS) for i, key in enumerate(row)}
    near: dict[str, str] = {}
    for key, (r, i) in at.items():
        beside = [(r, i - 1), (r, i + 1), (r - 1, i), (r - 1, i + 1), (r + 1, i - 1), (r + 1, i)]
        near[key] = "".join(_KEY_ROWS[row][j] for row, j in beside if 0 <= row < len(_KEY_ROWS)
                            and 0 <= j < len(_KEY_ROWS[row]))
    return near


NEIGHBOUR_KEYS = _neighbour_keys()


def first_letter_slips(word: str) -> set[str]:
    """The words ``word`` may be with one slip in the first letter and none after it: a neighbouring key struck
    instead ("vrukaren": brukaren), before it ("nbrukaren") or not at all ("rukaren"). Only neighbours: the
    first letter says most about which word is meant, and any letter instead reads "yestar" as "består", not
    "testar". What ``slips_of`` leaves out, to be read only where no word is one slip after the first letter."""
    if len(word) < 2:
        return set()
    head, tail = word[0], word[1:]
    spellings = {key + tail for key in NEIGHBOUR_KEYS.get(head, "")} | {letter + word for letter in _LETTERS}
    if head in NEIGHBOUR_KEYS.get(tail[0], ""):
        spellings.add(tail)
    return {s for s in spellings if len(s) >= SLIP_LETTERS}


@lru_cache(maxsize=200_000)
def similar(term: str, other: str) -> bool:
    """A misspelt word ("nyanstald", "skyddsbedomning", "hembeosk") still counts when most of its trigrams
    match and few letters differ (see SLIPS), or it is one slip away."""
    return _alike(term, _trigrams(term), other)


def _alike(term: str, mine: frozenset[str], other: str) -> bool:
    """``similar``, with the term's trigrams (``mine``) read once by a caller comparing it with many words."""
    return abs(len(term) - len(other)) <= LENGTH_SLACK and ((_mostly_shared(mine, _trigrams(other))
                                                             and _few_slips(term, other)) or one_slip(term, other))


@lru_cache(maxsize=16_384)  # the same candidate sentences come back question after question (~2 kB each)
def _all_trigrams(terms: frozenset[str]) -> frozenset[str]:
    return frozenset().union(*map(_trigrams, terms))


class SlipProbe(NamedTuple):
    """A word as ``similar_to_any`` looks for it: its trigrams, and how many of them a sentence's words must
    share before any of those words is compared with it letter by letter."""

    term: str
    trigrams: frozenset[str]
    least: float


@lru_cache(maxsize=4096)
def slip_probe(term: str) -> SlipProbe:
    """A word that shares most trigrams with the term shares at least SHARED_TRIGRAMS of the term's, and one
    slip breaks at most four of them (a swap)."""
    mine = _trigrams(term)
    least = SHARED_TRIGRAMS * len(mine)
    if len(term) >= SLIP_LETTERS:
        least = min(least, len(mine) - _SLIP_BREAKS)
    return SlipProbe(term, mine, least)


def similar_to_any(term: str, others: frozenset[str], probe: SlipProbe | None = None) -> bool:
    """Whether ``term`` is ``similar`` to any of ``others`` (a sentence's terms, see sentence_terms).

    Asked hundreds of times a question, once for every question word in every candidate sentence, and
    nearly always false: a word shares at most the trigrams that all of ``others`` share with the term,
    so most sentences are ruled out at once by the term's ``slip_probe`` (and nothing is remembered for
    them); in the rest the length is compared first. ``probe``: the term's probe, where the caller holds it.
    """
    probe = probe or slip_probe(term)
    if len(probe.trigrams & _all_trigrams(others)) < probe.least:
        return False
    return _similar_to_one_of(term, others)


@lru_cache(maxsize=200_000)
def _similar_to_one_of(term: str, others: frozenset[str]) -> bool:
    mine = _trigrams(term)
    return any(_alike(term, mine, other) for other in others)


MODIFIER_LETTERS = 3  # the least a compound's first part has: "hem" in "hembesök"


@lru_cache(maxsize=4096)
def _part_pattern(part: str) -> re.Pattern:
    return re.compile(rf"(?:(?<!\w)|(?<=[^\W\d_]{{{MODIFIER_LETTERS}}})){re.escape(part)}")


def holds_part(folded: str, part: str) -> bool:
    """Whether a folded text holds ``part`` (see trigram_terms) as a word, at a word's start, or as a later
    part of a compound: after at least three letters of the same word ("larm" in "personlarmet"), not after
    one or two ("katt" is not in "skatteverket", "slut" not in "beslut")."""
    return part in folded and _part_pattern(part).search(folded) is not None


_SUFFIX = re.compile(r"(et|en|er|ar|or|na|n)$")


def trigram_terms(question: str) -> list[str]:
    """Word stems long enough for substring matching, so "larmet" finds "personlarm" and "larmen"."""
    out = []
    for word in expand(words(question)):
        if is_stopword(word):
            continue
        root = stem(word)
        if len(root) > 6 and root.endswith("s"):  # a linking or genitive s ("hembesöks"), not "gratis"
            root = root[:-1]
        elif len(root) > 5:
            root = _SUFFIX.sub("", root)
        if len(root) >= 4:
            out.append(root)
    return out
