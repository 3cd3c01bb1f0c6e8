"""What the Teams bot says in its own words, in Swedish; what every platform says alike is in bot.texts.

Teams has no slash commands and no private replies in a channel, so the help and the privacy
reminder say it the Teams way: type the command to the bot, and prefer a 1:1 chat for anything sensitive.
"""
from __future__ import annotations

from index import BuildProgress

from ..texts import BUTTON_COLLEAGUE, privacy_reminder, progress

REINDEX_COMMAND = "reindexera"
STATUS_COMMAND = "status"
REPORT_COMMAND = "rapport"
REPORT_DAYS = 30  # the summary covers the questions of the last 30 days, as /rapport does by default
HELP_COMMAND = "hjälp"

FOOTER_ANSWERED = "Svaret är citerat ordagrant ur rutinen – läs gärna hela avsnittet."
FOOTER_NOT_ANSWERED = f"Tryck på ”{BUTTON_COLLEAGUE}” så skickas frågan till en kollega."
HOW_TO_ASK = ("Hej! Skriv din fråga till mig här i chatten, eller nämn mig i en kanal, till exempel "
              "”@Rutinbot Hur fungerar personlarmet?”. Jag svarar med det som står i rutinerna och var det står.")
WELCOME = ("Hej! Jag är rutinboten. Fråga mig om socialtjänstens rutiner så citerar jag det som står i dem, "
           "med källa. Skriv aldrig personnummer eller namn på klienter i dina frågor.")
NO_INDEX = f"Jag har inga rutiner inlästa ännu. Be en administratör skriva ”{REINDEX_COMMAND}” till mig."
ADMIN_ONLY = ("Det här kommandot är bara till för administratörer (de som är utsedda i rutinbotens "
              "inställningar).")
REINDEX_STARTED = "Indexeringen har startat. Jag svarar på frågor ur det gamla indexet tills den är klar."
SOURCES_SENT_PRIVATELY = "Jag har skickat källorna till dig i vår chatt."
NO_PRIVATE_CHAT = ("Jag kan inte skriva till dig privat. Öppna en chatt med mig (sök efter rutinboten under "
                   "Appar) och tryck sedan på knappen igen.")
ACTION_UNKNOWN = "Den här knappen känner jag inte igen. Ställ gärna frågan igen."


def progress_text(figures: BuildProgress) -> str:
    return f"{progress(figures)} Senast: {figures.path}" if figures.path else progress(figures)


def teams_privacy_reminder(warnings: list[str], *, in_channel: bool, answered_privately: bool = False) -> str:
    """The shared reminder (which never repeats the number) and, in a channel, where the answer went:
    Teams cannot hide a reply from the rest of a channel, nor delete the person's message."""
    text = privacy_reminder(warnings)
    if in_channel:
        text += " Ta gärna bort ditt meddelande ur kanalen."
        if answered_privately:
            text += " Jag svarar dig i vår privata chatt i stället."
    return text


def colleague_post(*, question: str, answered: bool) -> str:
    """The help channel post after the mentions; the asker is mentioned before it by the caller."""
    quoted = "\n".join(f"> {line}" for line in question.strip().splitlines() if line.strip())
    found = ("Rutinboten svarade med ett citat ur rutinerna, men hen vill gärna höra en kollega."
             if answered else "Rutinboten hittade inget svar i rutinerna.")
    return f"vill fråga en kollega:\n\n{quoted}\n\n{found}"
