"""What the chat front ends say outside the answer itself, in Swedish, the same on every platform.

The answer's own wording is in bot.answer; a front end adds only what is particular to it (how its
commands are named, its markup).
"""
from __future__ import annotations

import math

from index import BuildProgress

BUTTON_HELPFUL = "Hjälpte"
BUTTON_NOT_HELPFUL = "Hjälpte inte"
BUTTON_MORE = "Visa fler källor"
BUTTON_COLLEAGUE = "Fråga en kollega"

APOLOGY = "Förlåt, något gick fel när jag skulle svara. Försök igen om en stund – felet är loggat."
ALREADY_REINDEXING = "En indexering pågår redan. Vänta tills den är klar och försök sedan igen."
THANKS_HELPFUL = "Tack! Skönt att svaret hjälpte."
THANKS_NOT_HELPFUL = "Tack för att du säger till – det hjälper oss att se vilka rutiner som saknas eller är otydliga."
ALREADY_VOTED = "Du har redan lämnat omdöme om det här svaret."
NO_HELP_CHANNEL = ("Det finns ingen kanal för kollegafrågor inställd ännu. "
                   "Fråga din introduktionsmentor eller enhetschef direkt.")
HELP_CHANNEL_MISSING = "Jag hittar inte kanalen för kollegafrågor. Säg gärna till en administratör."
QUESTION_GONE = "Jag hittar inte den frågan längre – ställ den gärna igen."
ALREADY_SENT = "Frågan är redan skickad till kollegorna."
NARROWED = ("Svaret bygger bara på rutiner som alla i kanalen får läsa. Skriv till mig i ett direktmeddelande "
            "för att få svar även ur de rutiner som bara din roll får läsa.")
NO_MORE_SOURCES = "Det finns inga fler källor till det här svaret som du har tillgång till."


def slow_down(wait: float) -> str:
    seconds = max(1, math.ceil(wait))
    when = f"{seconds} sekunder" if seconds < 90 else f"{math.ceil(seconds / 60)} minuter"
    return f"Du har ställt många frågor på kort tid. Vänta {when} och fråga sedan igen."


def refused_build(reason: str) -> str:
    return f"Indexerade inte om: {reason}"


def missing_folders(paths: list[str]) -> str:
    return f"Mappen {', '.join(paths)} finns inte – kontrollera documents i inställningarna."


def colleague_sent(channel: str) -> str:
    return f"Jag har skickat frågan till {channel}. En mentor eller kollega svarar där så snart hen kan."


def privacy_reminder(warnings: list[str], *, deleted: bool = False) -> str:
    """Said to the asker (privately where the platform allows) when their question held a personnummer."""
    what = " och ".join(f"ett {w}" for w in warnings) or "ett personnummer"
    them = "dem" if len(warnings) > 1 else "det"
    text = (f"🔒 Din fråga innehöll {what}. Jag tog bort {them} innan frågan söktes och sparades. "
            "Skriv inte personnummer, namn eller andra uppgifter om klienter i chatten – fråga om rutinen "
            "i allmänna ordalag.")
    if deleted:
        text += " Ditt meddelande är borttaget ur kanalen."
    return text


def time_left(seconds: float | None) -> str:
    if seconds is None:
        return "tid kvar beräknas"
    if seconds < 60:
        return "under en minut kvar"
    minutes = math.ceil(seconds / 60)
    if minutes < 90:
        return f"cirka {minutes} min kvar"
    return f"cirka {minutes // 60} h {minutes % 60} min kvar"


def progress(p: BuildProgress) -> str:
    """A reindex in progress, the same figures on every platform and in the CLI's log lines."""
    rate = f"{p.rate:.1f}".replace(".", ",")
    return (f"Indexerar … {p.files_read} av {p.files_total} filer lästa, {p.passages_embedded} avsnitt "
            f"inbäddade ({rate} avsnitt/s), {time_left(p.remaining_seconds)}.")


def read_as_follow_up(earlier: str) -> str:
    """Said under an answer to a message read as continuing the asker's previous question (see followup)."""
    return f"Jag läste det som en fortsättning på din förra fråga: ”{earlier}”. Skriv hela frågan om du menade något annat."
