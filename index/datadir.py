"""The data directory's layout: the one place that knows what lives where in it.

Everything rutinbot keeps for one index sits in one folder: the SQLite database (with its WAL files),
the reindex lock and one FAISS file per index generation. The converted model is not here: one copy
per machine lives in the model cache (model_cache.py). Other modules ask this
object for a path instead of knowing a file name, so the layout can change in one place.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .private_files import private_dir

DATA_ENV = "RUTINBOT_DATA"
DEFAULT_DATA = Path("data")
DATABASE_NAME = "rutinbot.db"
LOCK_NAME = "reindex.lock"
KEY_NAME = "pseudonym.key"
_VECTORS = "vectors-{generation:06d}.faiss"


def resolve_data_dir(data_dir: str | Path | None = None) -> Path:
    """--data wins, then $RUTINBOT_DATA, then ./data."""
    return DataDir.resolve(data_dir).root


@dataclass(frozen=True)
class DataDir:
    root: Path

    @classmethod
    def resolve(cls, given: str | Path | DataDir | None = None) -> DataDir:
        """--data (or a path passed in code) wins, then $RUTINBOT_DATA, then ./data. The only reader of
        the environment variable."""
        if isinstance(given, DataDir):
            return given
        return cls(Path(given or os.environ.get(DATA_ENV) or DEFAULT_DATA))

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def lock(self) -> Path:
        return self.root / LOCK_NAME

    def vectors(self, generation: int) -> Path:
        """The FAISS file of one index generation."""
        return self.root / _VECTORS.format(generation=generation)

    def vector_files(self) -> list[Path]:
        return sorted(self.root.glob("vectors-*.faiss"))

    def unfinished_vector_files(self) -> list[Path]:
        """Half-written by a build that was killed before it renamed them into place."""
        return sorted(self.root.glob("vectors-*.tmp"))

    def has_database(self) -> bool:
        return self.database.is_file()

    @property
    def key(self) -> Path:
        """The key of the question log's pseudonyms: kept out of the database (see private_files)."""
        return self.root / KEY_NAME

    def create(self) -> None:
        """The folder, its owner's alone (0700); an existing one is tightened."""
        private_dir(self.root)

    def __str__(self) -> str:
        return str(self.root)
