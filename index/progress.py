"""How far a build has come, in the figures people are shown (files read, passages embedded, rate, time left)."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

PROGRESS_SLICE = 32  # passages embedded between two progress reports (a few seconds of work)


@dataclass(frozen=True)
class BuildProgress:
    files_read: int
    files_total: int
    passages_found: int  # new passages chunked so far (unchanged files add none)
    passages_embedded: int
    seconds: float
    path: str = ""  # the file being read (the last one once all are read)

    @property
    def rate(self) -> float:
        """Passages embedded per second since the build started, reading included."""
        return self.passages_embedded / self.seconds if self.seconds > 0 else 0.0

    @property
    def remaining_seconds(self) -> float | None:
        """Estimated from the new passages found per file read so far; None until there is a rate."""
        if not self.files_read or not self.passages_embedded:
            return None
        expected = self.passages_found * self.files_total / self.files_read
        return max(0.0, expected - self.passages_embedded) / self.rate


Progress = Callable[[BuildProgress], None]


@dataclass
class ProgressCounter:
    """The indexer's running tally; ``report`` hands a snapshot to the caller's callback."""

    callback: Progress | None
    files_total: int = 0
    files_read: int = 0
    passages_found: int = 0
    passages_embedded: int = 0
    path: str = ""
    started: float = field(default_factory=time.perf_counter)

    def report(self) -> None:
        if self.callback is not None:
            self.callback(BuildProgress(self.files_read, self.files_total, self.passages_found,
                                        self.passages_embedded, time.perf_counter() - self.started, self.path))
