"""The SQLite database: documents, passages, keyword indexes, and everything else the project keeps.

Opened through sqlite-utils; the schema is created by numbered migrations recorded in the database,
so an old data directory is upgraded in place. WAL mode lets questions be answered while a reindex
writes.
"""
from __future__ import annotations

import json
import re
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from .datadir import DATABASE_NAME, DataDir
from .errors import IndexMissing
from .private_files import create_private, tighten

DB_NAME = DATABASE_NAME


# Numbered migrations: migration N sets PRAGMA user_version = N. Each is idempotent SQL (IF NOT EXISTS)
# so two processes opening a new database at once cannot trip over each other. Append; never edit.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);

    -- one row a distinct file content: read, chunked and embedded once, whatever paths carry it
    CREATE TABLE IF NOT EXISTS contents (
        hash TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        pages INTEGER,
        passages INTEGER NOT NULL,
        metadata TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL
    );

    CREATE TABLE IF NOT EXISTS passages (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL,
        ordinal INTEGER NOT NULL,
        text TEXT NOT NULL,
        page INTEGER,
        section TEXT,
        lines TEXT NOT NULL DEFAULT '[]',  -- per line of text: [page, is_heading], to cite precisely
        terms TEXT NOT NULL,
        trigrams TEXT NOT NULL,
        embedding BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS passages_content ON passages(content_hash, ordinal);

    CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(
        terms, content='passages', content_rowid='id', tokenize='unicode61'
    );
    CREATE VIRTUAL TABLE IF NOT EXISTS passages_trigram USING fts5(
        trigrams, content='passages', content_rowid='id', tokenize='trigram'
    );
    CREATE TRIGGER IF NOT EXISTS passages_ai AFTER INSERT ON passages BEGIN
        INSERT INTO passages_fts(rowid, terms) VALUES (new.id, new.terms);
        INSERT INTO passages_trigram(rowid, trigrams) VALUES (new.id, new.trigrams);
    END;
    CREATE TRIGGER IF NOT EXISTS passages_ad AFTER DELETE ON passages BEGIN
        INSERT INTO passages_fts(passages_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
        INSERT INTO passages_trigram(passages_trigram, rowid, trigrams)
            VALUES ('delete', old.id, old.trigrams);
    END;

    -- which files each generation of the index holds; meta.current_generation names the one serving
    CREATE TABLE IF NOT EXISTS generations (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        root TEXT,
        summary TEXT
    );
    CREATE TABLE IF NOT EXISTS documents (
        generation INTEGER NOT NULL,
        path TEXT NOT NULL,
        collection TEXT NOT NULL,
        content_hash TEXT,
        size INTEGER,
        mtime REAL,
        status TEXT NOT NULL,
        error TEXT,
        PRIMARY KEY (generation, path)
    );
    CREATE INDEX IF NOT EXISTS documents_hash ON documents(generation, content_hash);
    """,
    """
    -- every question asked, from any front end: what administrators read to find missing routines
    CREATE TABLE IF NOT EXISTS questions (
        id INTEGER PRIMARY KEY,
        asked_at TEXT NOT NULL,
        origin TEXT NOT NULL,          -- discord, cli, chat
        user_key TEXT,                 -- keyed hash of the platform's user id, never the id itself
        channel TEXT,                  -- channel or collection it was asked in
        question TEXT NOT NULL,        -- already redacted
        answered INTEGER NOT NULL,
        sources TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX IF NOT EXISTS questions_time ON questions(asked_at);
    CREATE TABLE IF NOT EXISTS feedback (
        question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        user_key TEXT NOT NULL,
        helpful INTEGER NOT NULL,
        given_at TEXT NOT NULL,
        PRIMARY KEY (question_id, user_key)
    );
    """,
    # issue 4: a path's metadata overrides from its sidecar file (rutin.pdf.yaml), as JSON; the header's
    # metadata stays with the content in contents.metadata. (ALTER TABLE has no IF NOT EXISTS: _migrate
    # tolerates a process that applied it first.)
    """
    ALTER TABLE documents ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}';
    """,
    # issue 5: the audit trail (reindexes, the bot's settings at start, admin commands), kept apart from
    # the question log and for longer; the feedback index makes the retention purge cheap.
    """
    CREATE TABLE IF NOT EXISTS audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,              -- UTC, ISO 8601 to the second
        actor TEXT NOT NULL,           -- a pseudonymous user key, "cli:<os user>" or "system"
        action TEXT NOT NULL,          -- reindex, config, status, refused, log_purge, purge, log_read
        details TEXT NOT NULL DEFAULT '{}'  -- JSON; never a token or a question
    );
    CREATE INDEX IF NOT EXISTS audit_time ON audit(at);
    CREATE INDEX IF NOT EXISTS feedback_time ON feedback(given_at);
    """,
    # issue 10: the (redacted) question's embedding, kept with it so the administrator report groups open
    # questions by topic without loading the model; the model's name tells vectors of another model apart.
    """
    ALTER TABLE questions ADD COLUMN vector BLOB;
    ALTER TABLE questions ADD COLUMN vector_model TEXT;
    """,
    # issue 14: the sentences of each passage: character spans, and whether each may be quoted
    """
    ALTER TABLE passages ADD COLUMN spans TEXT NOT NULL DEFAULT '[]';
    """,
    # issue 14: a vector per sentence (float16, in span order), so the quote is chosen by meaning as well
    # as words without a model call per sentence at question time
    """
    ALTER TABLE passages ADD COLUMN sentence_vectors BLOB;
    """,
    # issue 14: the keyword search finds a question's phrases in the served passages' terms and trigrams,
    # held in memory (index/postings.py); the two FTS5 indexes of them were only written, never read
    """
    DROP TRIGGER IF EXISTS passages_ai;
    DROP TRIGGER IF EXISTS passages_ad;
    DROP TABLE IF EXISTS passages_fts;
    DROP TABLE IF EXISTS passages_trigram;
    """,
]


def open_db(data_dir: DataDir | Path, *, create: bool = True) -> sqlite_utils.Database:
    """Open (and migrate) the database in ``data_dir``.

    Without ``create`` nothing is made: a missing database raises IndexMissing, so a read-only command
    pointed at a mistyped folder says so instead of leaving an empty database there.
    """
    layout = DataDir.resolve(data_dir)
    if create:
        layout.create()  # 0700
        create_private(layout.database)
    for extra in ("", "-wal", "-shm", "-journal"):  # SQLite gives -wal and -shm the database file's mode
        tighten(layout.database.with_name(DATABASE_NAME + extra))
    if create:
        conn = sqlite3.connect(str(layout.database), timeout=30, check_same_thread=False, isolation_level=None)
    else:
        try:  # mode=rw: open an existing file, never create one
            conn = sqlite3.connect(f"file:{quote(str(layout.database.resolve()))}?mode=rw", uri=True, timeout=30,
                                   check_same_thread=False, isolation_level=None)
        except sqlite3.OperationalError:
            raise IndexMissing(no_index_message(layout)) from None
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA secure_delete=ON")  # purged questions and a moved key are overwritten, not left in free pages
    _switch_to_wal(db)
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    _migrate(db)
    return db


def _switch_to_wal(db: sqlite_utils.Database, seconds: float = 30.0) -> None:
    """WAL mode, waiting for other processes: switching the journal mode of a new database needs it alone,
    and SQLite answers "database is locked" at once instead of waiting its busy timeout."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _migrate(db: sqlite_utils.Database) -> None:
    """Bring the schema to the newest version in one exclusive transaction, the version read inside it.

    Two processes opening a new data directory at once: the second waits for the first's transaction
    and then finds nothing left to do, so no migration runs twice and the version never goes back. A
    column an older version's race already added is not added again (that heals such a directory).
    """
    if db.execute("PRAGMA user_version").fetchone()[0] >= len(MIGRATIONS):
        return  # the usual case: no write lock taken
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")  # waits (busy timeout) while another process migrates
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for sql in MIGRATIONS[version:]:
            for statement in _statements(sql):
                if not _adds_existing_column(conn, statement):
                    conn.execute(statement)
        if version < len(MIGRATIONS):
            conn.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _statements(sql: str):
    """The statements of a migration, one at a time (executescript would commit the transaction)."""
    buffer = ""
    for piece in sql.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            code = "\n".join(line for line in buffer.splitlines() if not line.strip().startswith("--"))
            if code.strip(" \n\t;"):
                yield buffer
            buffer = ""


_ADD_COLUMN = re.compile(r"^\s*ALTER\s+TABLE\s+(\w+)\s+ADD\s+COLUMN\s+(\w+)", re.I | re.M)


def _adds_existing_column(conn: sqlite3.Connection, statement: str) -> bool:
    match = _ADD_COLUMN.search(statement)
    if match is None:
        return False
    return any(row[1] == match[2] for row in conn.execute(f"PRAGMA table_info({match[1]})"))


def no_index_message(layout: DataDir) -> str:
    return f"det finns inget index i {layout} ännu; kör 'rutinbot index' först"


@contextmanager
def snapshot(db: sqlite_utils.Database):
    """One read transaction: WAL readers keep the state they began with while another connection writes.

    Nested use (a transaction already open) joins the outer one.
    """
    if db.conn.in_transaction:
        yield
        return
    db.execute("BEGIN")
    try:
        yield
    finally:
        db.execute("COMMIT")


def get_meta(db: sqlite_utils.Database, key: str, default=None):
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else default


def set_meta(db: sqlite_utils.Database, key: str, value) -> None:
    db.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, json.dumps(value, ensure_ascii=False)],
    )


def add_meta(db: sqlite_utils.Database, key: str, value) -> None:
    """Set ``key`` only if no process has set it yet (e.g. a secret made once per database)."""
    db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", [key, json.dumps(value, ensure_ascii=False)])


def delete_meta(db: sqlite_utils.Database, key: str) -> None:
    db.execute("DELETE FROM meta WHERE key = ?", [key])
