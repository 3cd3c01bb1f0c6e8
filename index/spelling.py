"""Questions typed without å, ä and ö, read with them restored from the routines' own spelling.

"hur lang tid har man pa sig att gora forhandsbedomning" is what a phone or a keyboard without Swedish
letters gives. The keyword search folds diacritics on both sides, but the model reads the words as typed:
for it "forhandsbedomning" is not "förhandsbedömning". The spellings are learnt from the indexed passages
when a generation is built (stored with it, so a question reads no text), and only a question typed
without them is restored: one with no å, ä or ö, and a function word that needs one ("pa", "nar", "maste").
Whoever wrote "på" once spelt every word as they meant it; and a question that needs no å, ä or ö at all
("ska jag svara honom?") must not be read as if it had lost them ("svåra").
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from . import analysis

_SWEDISH_LETTERS = re.compile(r"[åäöÅÄÖ]")


def learn(texts: Iterable[str], extra_words: Iterable[str] = ()) -> dict[str, str]:
    """{plain spelling: the spelling with diacritics} for the words of ``texts`` (and ``extra_words``, such
    as the synonym list's everyday words) and the function words that have å, ä or ö.

    Where several words share a plain spelling the commonest wins, the plain one included: "far" is "får"
    where the routines say "får" more often than "far", and "saker" stays "saker" where they say it more
    often than "säker". (A shared stem is no reason to leave a word alone: "misstanke" would keep
    "misstanker" from "misstänker", which costs more answers than it saves.)"""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(analysis.words(text))
    counts.update(w for phrase in extra_words for w in analysis.words(phrase))
    counts.update(w for w in analysis.STOPWORDS if not w.isascii())  # "när", "på", "måste" in any library
    spelt: dict[str, str] = {}
    for word, _ in counts.most_common():
        plain = analysis.fold(word)
        if plain.isascii():
            spelt.setdefault(plain, word)
    return {plain: word for plain, word in spelt.items() if word != plain}


def lost_letters(question: str) -> bool:
    """Whether the question was typed without å, ä and ö: none in it, and a function word that lost them."""
    return not _SWEDISH_LETTERS.search(question) and any(analysis.typed_plain(w) for w in analysis.words(question))


def restore(question: str, spellings: dict[str, str]) -> str:
    """The question with å, ä and ö put back where the routines spell its words so, if it was typed without
    them (see the module's docstring); any other question is returned as it is."""
    if not spellings or not lost_letters(question):
        return question

    def spelt(match: re.Match) -> str:
        typed = match.group(0)
        word = spellings.get(typed.lower())
        if word is None:
            return typed
        return word.capitalize() if typed[0].isupper() else word

    return analysis.WORD.sub(spelt, question)
