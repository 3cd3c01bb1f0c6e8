"""Ingestion, storage and retrieval of routine documents. Knows nothing of chat."""
from .answering import AbstainPolicy, Answer, OlderVersion, Source
from .audit import Audit, cli_actor
from .chunking import ChunkSettings
from .embedder import DEFAULT_MODEL, Embedder
from .evaluation import EvalReport, evaluate, load_cases
from .errors import BuildRefused, EmptyQuestion, IndexLocked, IndexMissing, ModelMismatch, ModelUnavailable, ReadError, RutinbotError
from .indexer import BuildReport
from .journal import AlreadyVoted, Journal
from .datadir import DataDir
from .describe import DocumentInfo, IndexStatus
from .library import Library, resolve_data_dir
from .metadata import RoutineMetadata
from .privacy import Redaction, redact
from .questions import MAX_QUESTION_CHARS, only_identity_numbers
from .search import FusionWeights
from .watch import start_watcher, watch as watch_folders

__all__ = [
    "AbstainPolicy", "AlreadyVoted", "BuildRefused", "EmptyQuestion", "MAX_QUESTION_CHARS", "only_identity_numbers", "Answer", "Audit", "BuildReport", "ChunkSettings", "DataDir", "DEFAULT_MODEL", "Embedder", "EvalReport", "FusionWeights",
    "IndexLocked", "IndexMissing", "IndexStatus", "Journal", "Library", "ModelMismatch", "ModelUnavailable", "ReadError",
    "Redaction", "DocumentInfo", "OlderVersion", "RoutineMetadata",
    "RutinbotError", "Source", "cli_actor", "evaluate", "load_cases", "redact", "resolve_data_dir",
    "start_watcher", "watch_folders",
]
