"""Ingestion, storage and retrieval of routine documents. Knows nothing of chat."""
from .answering import AbstainPolicy, Answer, OlderVersion, Source
from .audit import Audit, cli_actor
from .chunking import ChunkSettings
from .courtesy import courtesy
from .datadir import DataDir, resolve_data_dir
from .describe import DocumentInfo, IndexStatus
from .embedder import DEFAULT_MODEL, Embedder
from .errors import (
    BuildRefused,
    EmptyQuestion,
    IndexLocked,
    IndexMissing,
    ModelMismatch,
    ModelUnavailable,
    ReadError,
    RutinbotError,
)
from .evaluation import EvalReport, evaluate, load_cases
from .indexer import BuildReport
from .journal import AlreadyVoted, Journal
from .library import Library
from .metadata import RoutineMetadata, ends_at_review
from .privacy import Redaction, redact
from .progress import BuildProgress
from .questions import MAX_QUESTION_CHARS, only_identity_numbers
from .report import AdminReport, RoutineRow, Week, admin_report
from .search import FusionWeights
from .watch import start_watcher
from .watch import watch as watch_folders

__all__ = [
    "DEFAULT_MODEL", "MAX_QUESTION_CHARS", "AbstainPolicy", "AdminReport", "AlreadyVoted", "Answer", "Audit",
    "BuildProgress", "BuildRefused", "BuildReport", "ChunkSettings", "DataDir", "DocumentInfo", "Embedder",
    "EmptyQuestion", "EvalReport",
    "FusionWeights", "IndexLocked", "IndexMissing", "IndexStatus", "Journal", "Library", "ModelMismatch",
    "ModelUnavailable", "OlderVersion", "ReadError", "Redaction", "RoutineMetadata", "RoutineRow", "Week",
    "admin_report", "courtesy", "ends_at_review", "only_identity_numbers",
    "RutinbotError", "Source", "cli_actor", "evaluate", "load_cases", "redact", "resolve_data_dir",
    "start_watcher", "watch_folders",
]
