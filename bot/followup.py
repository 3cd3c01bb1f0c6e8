"""A chat message that continues the asker's previous question ("och om det inte funkar?"), read with it.

Searched alone, "och om det inte funkar?" finds whatever routine says "fungerar" and may quote it as the
answer. Read after "hur testar man personlarmet innan ett hembesök?" it asks about the alarm. Over the
follow-up messages a helper wrote (scripts/eval_chat/followup-*.jsonl, scripts/bench_followup.py), asked
alone 4 of 17 of each half were answered right; read after their first question, 8 of the tuning half's
and 11 of the held-out half's.

Only a message that opens as a continuation ("och …", "men …", "gäller det även …") or is short and points
back ("hur många dagar måste jag ge hen", "var hittar jag den blanketten?") is read so, and only within a
few minutes of the same person's question in the same place. Kept in memory only: a restart forgets it.
The answer says how the message was read, and is at most tentative: the reading is a guess (two of the
held-out set's 17 follow-ups were otherwise quoted wrongly with confidence).
"""
from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

FOLLOW_UP_SECONDS = 600
SHORT_WORDS = 8  # a longer message that points back ("det", "den") usually names its own topic as well
REMEMBERED = 1000  # askers whose latest question is kept
QUESTION_CHARS = 400  # a chain of follow-ups is read with the questions before it, up to this much

_CONTINUES = re.compile(r"(och|men|än|även|också|samt|eller|plus|samma|gäller (det|detta|samma|även|också))\b",
                        re.IGNORECASE)
# "det" after "finns", "är" or "blir" points at nothing ("finns det nåt larm …")
_POINTS_BACK = re.compile(r"\b((?<!finns )(?<!är )(?<!blir )det|detta|den|denna|dem|dom|dit|där|då|hen|samma|"
                          r"sån|såna|sånna|sådan|sådana)\b", re.IGNORECASE)


def reads_as_follow_up(message: str) -> bool:
    text = message.strip()
    return bool(_CONTINUES.match(text)) or (len(text.split()) <= SHORT_WORDS and bool(_POINTS_BACK.search(text)))


class Conversations:
    """Each asker's latest question, by person and place, for FOLLOW_UP_SECONDS."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self._latest: OrderedDict[tuple[str, str | None], tuple[float, str]] = OrderedDict()
        self._lock = threading.Lock()  # the chat front ends answer on worker threads

    def read(self, person: str, place: str | None, message: str) -> tuple[str, str | None]:
        """The question to search for ``message``, and the earlier question it was read with (None: alone)."""
        with self._lock:
            kept = self._latest.get((person, place))
        if kept is None or self._clock() - kept[0] > FOLLOW_UP_SECONDS or not reads_as_follow_up(message):
            return message, None
        return f"{message} {kept[1]}", kept[1]

    def remember(self, person: str, place: str | None, question: str) -> None:
        """Keep ``question`` (already redacted) as the person's latest, and forget every question older than
        FOLLOW_UP_SECONDS: the oldest come first."""
        now = self._clock()
        with self._lock:
            self._latest.pop((person, place), None)
            self._latest[(person, place)] = (now, question[-QUESTION_CHARS:])
            while self._latest and (len(self._latest) > REMEMBERED
                                    or now - next(iter(self._latest.values()))[0] > FOLLOW_UP_SECONDS):
                self._latest.popitem(last=False)
