"""A compound the routines never use, read as the two words of it they do use.

Swedish joins freely what a routine writes apart: a newcomer asks who signs "tillbudsblanketten", the routine
says "Blanketten för tillbud ska … undertecknas av …". The keyword search finds the parts already (trigrams);
this lets the quote's sentence hold the word too, so that it is chosen and graded on it.

The word still counts as one the routines never use (answering.unknown_share): taken as known, it answered eight
more tuning questions the routines do not cover ("semesterdagar": they use both parts of many a compound they
never speak of).

The other way round, a verb the question writes apart from its particle ("säga upp", "kom in") is also read as the
compound the routines write ("uppsägning", "inkom"), for the quote alone: added to the keyword search it cost two
tuning questions.
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


# A verb and its particle, which speech writes apart and a routine joins: "när säger man upp sig" is answered by
# "Uppsägningstiden är …", "hur följs det upp" by "Uppföljning sker …", "när betalas lönen ut" by "Lönen utbetalas …",
# "en anmälan har kommit in" by "… att anmälan inkommit". Particles that are also prepositions ("av", "på", "om",
# "till") are left out: "betalas av kommunen" is no "avbetalning". A joined stem is found by a word's start, so it finds a
# little more than meant: "kom in" joined is "inkom", which also begins "inkomst".
_PARTICLES = {"upp": "upp", "ut": "ut", "in": "in", "bort": "bort", "fram": "fram", "ihop": "ihop", "emot": "mot",
              "tillbaka": "ater"}
_STEMS = {"kommer": "kom", "kommit": "kom", "kom": "kom", "komma": "kom", "ta": "tag", "tar": "tag", "tas": "tag",
          "tog": "tag", "tagit": "tag", "togs": "tag", "sa": "sag", "sade": "sag"}  # forms the stemmer keeps apart
_BETWEEN = frozenset({"jag", "du", "man", "hen", "han", "hon", "vi", "ni", "de", "dom", "den", "det", "mig", "dig",
                      "sig", "oss", "er", "mej", "dej", "sej"})  # "hur säger jag upp mig"
_NOT_JOINED = frozenset({"går", "gå", "gick", "gått", "gar", "ga"})  # "går in till en brukare" is no "ingår"
JOINED_LETTERS = 5  # "in" + "gå" would be "inga"


def particle_verbs(question: str) -> dict[str, list[str]]:
    """Each verb of the question written with a particle, as the stem of the compound the two make ("säger … upp"
    → "uppsag"; of the two words before the particle, as "betalas lönen ut" may be), to be found inside a
    routine's words. Shaped as synonyms.alternatives."""
    tokens = [w.lower() for w in analysis.words(question)]
    found: dict[str, list[str]] = {}
    for i, particle in enumerate(tokens):
        if particle not in _PARTICLES:
            continue
        before = [w for w in tokens[max(i - 4, 0):i] if w not in _BETWEEN][-2:]  # "när betalas lönen ut"
        for verb in before:
            if (analysis.is_stopword(verb) and verb not in _STEMS) or verb in _NOT_JOINED:
                continue
            joined = _PARTICLES[particle] + _STEMS.get(verb, analysis.stem(verb))
            if len(joined) >= JOINED_LETTERS:
                found.setdefault(verb, []).append(joined)
    return found


def read_as(alternatives: dict[str, list[str]], question: str, uses: Callable[[str], bool],
            known: Callable[[str, str | None], bool]) -> dict[str, list[str]]:
    """The synonym list's routine words for the question's words (synonyms.alternatives), its compounds' parts and
    its verbs joined to their particles."""
    more = parts(question, uses, known)
    joined = particle_verbs(question)
    return {word: [*alternatives.get(word, []), *more.get(word, []), *joined.get(word, [])]
            for word in dict.fromkeys([*alternatives, *more, *joined])}  # in a fixed order: see question_terms
