"""Everyday words → the words routines use, for the keyword search of questions.

A newcomer writes "pappa slår"; the routine says "våld" and "misshandel". The embedding sees the
likeness, the keyword indexes do not. The list is administrators' to edit: the shipped default
(index/default_synonyms.toml) is extended or overridden by a synonyms.toml in the documents folder, read
at each reindex and stored with the index, so a question never reads files.
"""
from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

from . import analysis
from .errors import RutinbotError

FILE_NAME = "synonyms.toml"
DEFAULT_FILE = "default_synonyms.toml"  # shipped with the package
MAX_BYTES = 256_000


def parse(text: str, source: str) -> dict[str, list[str]]:
    """{phrase: [routine words]} from TOML text; a malformed file is an error that names it."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RutinbotError(f"{source}: ogiltig TOML ({exc})") from exc
    table = data.get("synonyms", {})
    if not isinstance(table, dict) or set(data) - {"synonyms"}:
        raise RutinbotError(f"{source}: filen ska bara ha tabellen [synonyms]")
    out: dict[str, list[str]] = {}
    for phrase, words in table.items():
        if isinstance(words, str):
            words = [words]
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise RutinbotError(f"{source}: {phrase!r} ska ha en lista med ord")
        key = " ".join(analysis.words(phrase))
        if key:
            out[key] = [w for w in words if w.strip()]
    return out


def default() -> dict[str, list[str]]:
    text = resources.files("index").joinpath(DEFAULT_FILE).read_text(encoding="utf-8")
    return parse(text, f"index/{DEFAULT_FILE}")


def read_for(roots: list[Path]) -> tuple[dict[str, list[str]], list[tuple[str, str]]]:
    """The default list with each root's own synonyms.toml on top, and (path, reason) for files that
    could not be used (the rest still applies)."""
    merged = default()
    problems: list[tuple[str, str]] = []
    for root in roots:
        path = Path(root) / FILE_NAME
        if not path.is_file() or path.is_symlink():
            continue
        try:
            if path.stat().st_size > MAX_BYTES:
                raise RutinbotError(f"{path}: filen är större än {MAX_BYTES // 1000} kB")
            merged.update(parse(path.read_text(encoding="utf-8", errors="replace"), str(path)))
        except (OSError, RutinbotError) as exc:
            problems.append((str(path), str(exc)))
    return merged, problems


def _found(question: str, synonyms: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """The everyday words and phrases of the list that the question holds, with their routine words."""
    text = " " + " ".join(analysis.words(question)) + " "
    return [(phrase, words) for phrase, words in synonyms.items() if f" {phrase} " in text]


def alternatives(question: str, synonyms: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each word of an everyday phrase in the question → the routine words it may stand for."""
    out: dict[str, list[str]] = {}
    for phrase, words in _found(question, synonyms):
        for word in phrase.split():
            out.setdefault(word, []).extend(w for w in words if w not in out.get(word, []))
    return out


def expand(question: str, synonyms: dict[str, list[str]]) -> str:
    """The question with the routine words of each everyday word or phrase in it added at the end."""
    extra: list[str] = []
    for _, words in _found(question, synonyms):
        extra.extend(w for w in words if w not in extra)
    return f"{question} ({' '.join(extra)})" if extra else question
