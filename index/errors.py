"""Errors the library raises; the CLI and chat front ends turn them into messages.

Messages are in Swedish because administrators and staff read them (in the CLI and in chat).
"""


class RutinbotError(Exception):
    """Base for every error the library expects callers to report rather than crash on."""


class ReadError(RutinbotError):
    """A document could not be read; ``reason`` says why in Swedish, the path names the file."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class IndexMissing(RutinbotError):
    """No complete index exists in the data directory yet."""


class ModelMismatch(RutinbotError):
    """The index was built with another embedding model than the one asked to query it."""


class IndexLocked(RutinbotError):
    """Another reindex holds the lock."""


class ModelUnavailable(RutinbotError):
    """The embedding model could not be loaded or converted."""


class EmptyQuestion(RutinbotError):
    """A question with nothing in it to search for."""


class BuildRefused(RutinbotError):
    """A reindex that would empty much of the index or change what it was built from, without being told to."""
