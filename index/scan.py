"""Finding the files to index under the roots an administrator names."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .readers import unsupported_reason
from .synonyms import FILE_NAME as SYNONYM_FILE

DEFAULT_COLLECTION = "gemensamt"
SIDECAR_SUFFIXES = (".yaml", ".yml")
_IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass(frozen=True)
class FoundFile:
    path: Path  # absolute
    relative: str  # as cited: relative to the root it was found under, with forward slashes
    collection: str
    problem: str | None = None  # set when the file must be reported rather than read
    root: Path | None = None  # the documents folder, resolved: what is read must lie inside it when opened


def _collection(relative: str) -> str:
    parts = relative.split("/")
    return parts[0] if len(parts) > 1 else DEFAULT_COLLECTION


def _is_sidecar(path: Path) -> bool:
    return path.suffix.lower() in SIDECAR_SUFFIXES and path.with_suffix("").suffix != ""


def ignored_name(name: str) -> bool:
    """Hidden files, Office lock files and editor leftovers are not documents and not worth a warning."""
    return name.startswith((".", "~$")) or name in _IGNORED_NAMES or name.endswith("~")


def scan(roots: list[Path]) -> list[FoundFile]:
    found: dict[str, FoundFile] = {}
    for root in roots:
        root = Path(root)
        if root.is_file():
            base, candidates = root.parent, [root]
        else:
            base, candidates = root, _walk(root)
        real_base = base.resolve()
        for path in candidates:
            relative = path.relative_to(base).as_posix()
            if relative == SYNONYM_FILE and not root.is_file():
                continue  # the folder's own synonym list (see synonyms): read at each reindex, not a document
            problem = None
            if path.is_symlink():
                try:
                    target = path.resolve()
                except (OSError, RuntimeError):  # Python < 3.13 raises RuntimeError for a symlink loop
                    target = None
                if target is None:
                    problem = "symbolisk länk som inte går att följa (den pekar i en slinga)"
                elif not target.is_relative_to(real_base):
                    problem = "symbolisk länk som pekar utanför dokumentmappen följs inte"
                elif target.is_dir():
                    continue  # a folder inside the documents is indexed where it really is
                elif not target.exists():
                    problem = "symbolisk länk till en fil som inte finns"
            if problem is None:
                problem = unsupported_reason(path)
            found[relative] = FoundFile(path, relative, _collection(relative), problem, real_base)
    return [found[k] for k in sorted(found)]


def _walk(root: Path):
    """Files under root, and symlinked folders as themselves: they are not descended into (a link out of
    the documents folder must not be followed, and a link inside it could loop), but one pointing out
    is named in the report."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not ignored_name(d))
        for name in dirnames:
            if os.path.islink(os.path.join(dirpath, name)):
                yield Path(dirpath) / name
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if ignored_name(name) or _is_sidecar(path):
                continue
            yield path
