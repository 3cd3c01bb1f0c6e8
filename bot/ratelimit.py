"""A per-user sliding window: at most N questions in any S seconds.

A sliding window (rather than a fixed minute) means a burst at the end of one minute and the start of
the next cannot double the rate. Plain Python with an injectable clock, so it is tested without waiting.
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable


class SlidingWindow:
    def __init__(self, events: int, seconds: float, clock: Callable[[], float] = time.monotonic):
        if events < 1 or seconds <= 0:
            raise ValueError("events must be at least 1 and seconds positive")
        self.events = events
        self.seconds = seconds
        self.clock = clock
        self._seen: dict[Hashable, deque[float]] = {}

    def hit(self, key: Hashable) -> float:
        """Count one event for ``key`` and return 0.0, or return the seconds to wait (nothing counted)."""
        if len(self._seen) > 1000:
            self.forget_idle()
        now = self.clock()
        seen = self._seen.setdefault(key, deque())
        # the same sum as the wait below: with ``now - seconds`` a wait of 0.0 ("allowed") could come back
        # uncounted for an event a rounding error inside the window
        while seen and seen[0] + self.seconds <= now:
            seen.popleft()
        if len(seen) >= self.events:
            return seen[0] + self.seconds - now
        seen.append(now)
        return 0.0

    def forget_idle(self) -> None:
        """Drop people with no event inside the window, so memory follows active users only."""
        now = self.clock()
        for key in [k for k, seen in self._seen.items() if not seen or seen[-1] <= now - self.seconds]:
            del self._seen[key]
