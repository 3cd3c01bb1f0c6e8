"""Sweden's 290 municipalities by name: a newcomer names where they work ("är i finspång, orolig för ett barn …").

A place the asker names is no sign that the routines do not cover the question: a library's pages rarely name
their own municipality in every routine, and pages written for another one answer the same question. Names that
are also everyday words ("Vara", "Mark", "Berg", "Kil", "Lund") are left out: asked, they are the word.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from . import analysis

_MUNICIPALITIES = (
    "Ale", "Alingsås", "Alvesta", "Aneby", "Arboga", "Arjeplog", "Arvidsjaur", "Arvika", "Askersund", "Avesta",
    "Bengtsfors", "Bjurholm", "Bjuv", "Boden", "Bollebygd", "Bollnäs", "Borgholm", "Borlänge", "Borås", "Botkyrka",
    "Boxholm", "Bromölla", "Bräcke", "Burlöv", "Båstad", "Dals-Ed", "Danderyd", "Degerfors", "Dorotea", "Eda",
    "Ekerö", "Eksjö", "Emmaboda", "Enköping", "Eskilstuna", "Eslöv", "Essunga", "Fagersta", "Falkenberg",
    "Falköping", "Falun", "Filipstad", "Finspång", "Flen", "Forshaga", "Färgelanda", "Gagnef", "Gislaved", "Gnesta",
    "Gnosjö", "Gotland", "Grums", "Grästorp", "Gullspång", "Gällivare", "Gävle", "Göteborg", "Götene", "Habo",
    "Hagfors", "Hallsberg", "Hallstahammar", "Halmstad", "Hammarö", "Haninge", "Haparanda", "Heby", "Hedemora",
    "Helsingborg", "Herrljunga", "Hjo", "Hofors", "Huddinge", "Hudiksvall", "Hultsfred", "Hylte", "Håbo",
    "Hällefors", "Härjedalen", "Härnösand", "Härryda", "Hässleholm", "Höganäs", "Högsby", "Hörby", "Höör",
    "Jokkmokk", "Järfälla", "Jönköping", "Kalix", "Kalmar", "Karlsborg", "Karlshamn", "Karlskoga", "Karlskrona",
    "Karlstad", "Katrineholm", "Kinda", "Kiruna", "Klippan", "Knivsta", "Kramfors", "Kristianstad", "Kristinehamn",
    "Krokom", "Kumla", "Kungsbacka", "Kungsör", "Kungälv", "Kävlinge", "Köping", "Laholm", "Landskrona", "Laxå",
    "Lekeberg", "Leksand", "Lerum", "Lessebo", "Lidingö", "Lidköping", "Lilla Edet", "Lindesberg", "Linköping",
    "Ljungby", "Ljusdal", "Ljusnarsberg", "Lomma", "Ludvika", "Luleå", "Lycksele", "Lysekil", "Malmö",
    "Malung-Sälen", "Malå", "Mariestad", "Markaryd", "Mellerud", "Mjölby", "Mora", "Motala", "Mullsjö", "Munkedal",
    "Munkfors", "Mölndal", "Mönsterås", "Mörbylånga", "Nacka", "Nora", "Norberg", "Nordanstig", "Nordmaling",
    "Norrköping", "Norrtälje", "Norsjö", "Nybro", "Nykvarn", "Nyköping", "Nynäshamn", "Nässjö", "Ockelbo",
    "Olofström", "Orsa", "Orust", "Osby", "Oskarshamn", "Ovanåker", "Oxelösund", "Pajala", "Partille", "Perstorp",
    "Piteå", "Ragunda", "Robertsfors", "Ronneby", "Rättvik", "Sala", "Salem", "Sandviken", "Sigtuna", "Simrishamn",
    "Sjöbo", "Skara", "Skellefteå", "Skinnskatteberg", "Skurup", "Skövde", "Smedjebacken", "Sollefteå", "Sollentuna",
    "Solna", "Sorsele", "Sotenäs", "Staffanstorp", "Stenungsund", "Stockholm", "Storfors", "Storuman", "Strängnäs",
    "Strömstad", "Strömsund", "Sundbyberg", "Sundsvall", "Sunne", "Surahammar", "Svalöv", "Svedala", "Svenljunga",
    "Säffle", "Säter", "Sävsjö", "Söderhamn", "Söderköping", "Södertälje", "Sölvesborg", "Tanum", "Tibro",
    "Tidaholm", "Tierp", "Timrå", "Tingsryd", "Tjörn", "Tomelilla", "Torsby", "Torsås", "Tranemo", "Tranås",
    "Trelleborg", "Trollhättan", "Trosa", "Tyresö", "Täby", "Töreboda", "Uddevalla", "Ulricehamn", "Umeå",
    "Upplands-Bro", "Upplands Väsby", "Uppsala", "Uppvidinge", "Vadstena", "Vaggeryd", "Valdemarsvik", "Vallentuna",
    "Vansbro", "Varberg", "Vaxholm", "Vellinge", "Vetlanda", "Vilhelmina", "Vimmerby", "Vindeln", "Vingåker",
    "Vårgårda", "Vänersborg", "Vännäs", "Värmdö", "Värnamo", "Västervik", "Västerås", "Växjö", "Ydre", "Ystad",
    "Åmål", "Ånge", "Åre", "Årjäng", "Åsele", "Åstorp", "Åtvidaberg", "Älmhult", "Älvdalen", "Älvkarleby", "Älvsbyn",
    "Ängelholm", "Öckerö", "Ödeshög", "Örebro", "Örkelljunga", "Örnsköldsvik", "Östersund", "Österåker", "Östhammar",
    "Östra Göinge", "Överkalix", "Övertorneå",
)
# a question's words are read one at a time: a name of two words or with a hyphen is known by its own part
# ("Upplands Väsby": "väsby"), where that part is no everyday word ("Bro", "Ed", "Lilla", "Östra")
_PARTS = ("Malung", "Sälen", "Edet", "Väsby", "Göinge")
_NAMES = frozenset(analysis.fold(name) for name in (*_MUNICIPALITIES, *_PARTS))


# a name of two words, read as one where the question writes both ("i Upplands Väsby", "upplands bro"): known by its
# own part where it has one, so "Väsby" alone names it too
_SPLIT = {name: analysis.words(name) for name in _MUNICIPALITIES if len(analysis.words(name)) == 2}
_TWO_WORDS = {tuple(map(analysis.fold, words)): next((analysis.fold(w) for w in words if analysis.fold(w) in _NAMES),
                                                      analysis.fold(name)) for name, words in _SPLIT.items()}


def _names(words: list[str]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each municipality the words name (folded, without a genitive s), with the words that name it."""
    i = 0
    while i < len(words):
        first, second = map(analysis.fold, words[i : i + 2]) if i + 1 < len(words) else ("", "")
        if (name := _TWO_WORDS.get((first, second)) or _TWO_WORDS.get((first, second.removesuffix("s")))) is not None:
            yield name, tuple(words[i : i + 2])
            i += 2
            continue
        if (name := _named(words[i])) is not None:
            yield name, (words[i],)
        i += 1


def _named(word: str) -> str | None:
    """The municipality a word names (folded), also in its genitive ("Strömstads"), or None."""
    folded = analysis.fold(word)
    if folded in _NAMES:
        return folded
    return folded[:-1] if folded.endswith("s") and folded[:-1] in _NAMES else None


def is_municipality(word: str) -> bool:
    """Whether a word of the question names a Swedish municipality, also in its genitive ("Strömstads")."""
    return _named(word) is not None


def named_in(text: str) -> frozenset[str]:
    """The municipalities a text names (folded, without a genitive s)."""
    return frozenset(name for name, _ in _names(analysis.words(text)))


def words_naming(text: str, names: frozenset[str]) -> frozenset[str]:
    """The words of the text that name one of these municipalities: both of a name of two words."""
    return frozenset(word for name, words in _names(analysis.words(text)) if name in names for word in words)


def of_another_place(question: str, path: str) -> bool:
    """Whether the question names a municipality and the document's folders name others and not that one: in a
    library kept a folder per municipality ("karlstad/akut-hjalp-socialjouren.txt"), "socialjouren i österåker" is
    not answered by Karlstad's number. A routine's text naming its own municipality decides nothing: "klienten
    flyttar till Göteborg" asks the asker's routine."""
    asked = named_in(question)
    if not asked:
        return False
    named = named_in(" ".join(path.split("/")[:-1]))
    return bool(named) and not named & asked


# the second words of the names of two words, as a question may write them ("väsby", "vasby")
_SECOND_WORDS = sorted({form for _, second in _SPLIT.values() for form in (second, analysis.fold(second))})


# Where the asker says they are, not what they ask about: "… i falun", "i eslövs kommun", "mjölby kommun", or the
# name alone after the question ("… vilket tar man först? eskilstuna") or before it ("östersund: …"). "Studenterna
# vid Malmö universitet" names an institution; "flyttar till Göteborg" a place the question is about.
_WHERE = re.compile(r"\b(?:i|inom|från)\s+(\w+(?:-\w+|\s+(?:" + "|".join(_SECOND_WORDS) + r")\b)?)"
                    r"|(?:^|[,?!.:;])\s*(\w+(?:-\w+)?)\s*(?=[,?!.:;]|$)"
                    r"|\b(\w+(?:-\w+)?)\s+(?:kommun|stad)\b", re.IGNORECASE)


def where_asked(question: str) -> frozenset[str]:
    """The municipalities the question names as where the asker works (folded, without a genitive s)."""
    return frozenset(name for match in _WHERE.finditer(question) for name in named_in(match[1] or match[2] or match[3]))
