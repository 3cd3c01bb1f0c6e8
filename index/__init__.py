"""Ingestion, storage and retrieval of routine documents. Knows nothing of chat."""
from .answering import AbstainPolicy, Answer, Source
from .chunking import ChunkSettings
from .embedder import DEFAULT_MODEL, Embedder
from .evaluation import EvalReport, evaluate, load_cases
from .errors import IndexLocked, IndexMissing, ModelMismatch, ModelUnavailable, ReadError, RutinbotError
from .indexer import BuildReport
from .journal import AlreadyVoted, Journal
from .library import IndexStatus, Library, resolve_data_dir
from .search import FusionWeights

__all__ = [
    "AbstainPolicy", "AlreadyVoted", "Answer", "BuildReport", "ChunkSettings", "DEFAULT_MODEL", "Embedder", "EvalReport", "FusionWeights",
    "IndexLocked", "IndexMissing", "IndexStatus", "Journal", "Library", "ModelMismatch", "ModelUnavailable", "ReadError",
    "RutinbotError", "Source", "evaluate", "load_cases", "resolve_data_dir",
]
