"""Building a new generation of the index, incrementally and atomically.

A reindex reads and embeds only contents it has not seen, writes the new generation beside the one
serving, and switches over in a single transaction. Until that commit, questions are answered from
the previous generation; a crash or kill -9 before it leaves that generation untouched.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from stat import S_ISREG
from typing import Any

import numpy as np
import sqlite_utils

from . import analysis, spelling, synonyms
from .catalog import Catalog, StoredContent
from .chunking import ChunkSettings, chunk_document
from .datadir import DataDir
from .embedder import Embedder, check_vectors
from .errors import BuildRefused, ModelMismatch, ReadError, RutinbotError
from .lock import reindex_lock
from .metadata import read_metadata, read_sidecar
from .progress import PROGRESS_SLICE, Progress, ProgressCounter
from .quoting import SENTENCE_VECTOR_TYPE, sentence_spans, sentence_texts
from .readers import read_bytes, read_document, size_text
from .repair import load_or_rebuild
from .scan import FoundFile, scan
from .store import get_meta, open_db
from .types import Chunk, ParsedDocument
from .vectors import VectorIndex

EMBED_BATCH = 256  # passages embedded together: large batches keep the model busy across small files



@dataclass
class BuildReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason in Swedish)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # indexed, but e.g. its sidecar is broken
    generation: int | None = None
    documents: int = 0
    passages: int = 0
    embedded: int = 0  # passages embedded in this run
    seconds: float = 0.0

    switched: bool = False  # whether this run put a new generation into service

    def as_dict(self) -> dict:
        return {
            "added": self.added,
            "changed": self.changed,
            "removed": self.removed,
            "unchanged": len(self.unchanged),
            "failed": [{"path": p, "reason": r} for p, r in self.failed],
            "warnings": [{"path": p, "reason": r} for p, r in self.warnings],
            "generation": self.generation,
            "documents": self.documents,
            "passages": self.passages,
            "embedded": self.embedded,
            "seconds": round(self.seconds, 3),
        }


def passage_context(title: str, chunk: Chunk) -> str:
    """What is embedded and keyword-indexed: the passage with its document title and the headings above it.

    A passage like "Tryck in knappen i tre sekunder" only says it is about the alarm through its title.
    """
    head = [title, chunk.context]
    if chunk.section and not chunk.text.startswith(chunk.section):
        head.append(chunk.section)
    return "\n".join([h for h in head if h] + [chunk.text])


def without_header_block(chunk: Chunk, spans: list) -> Chunk:
    """A document's first passage without the header block it opens with (unit name, "Beslutad | 2025-01-20",
    "Dokumentansvarig: …"): the lines before its first heading or sentence that hold nothing to quote. Its
    vector then speaks of what the routine says, not of who decided it when; the keyword index keeps them."""
    if chunk.ordinal != 0:
        return chunk
    rows = chunk.text.split("\n")
    headings = [bool(info[1]) for info in chunk.lines] if chunk.lines and len(chunk.lines) == len(rows) else []
    quoted = {span.line for span in spans if span.quotable}
    start = 0
    while start < len(rows) and not (headings and headings[start]) and start not in quoted:
        start += 1
    if start == 0 or start == len(rows):
        return chunk
    return replace(chunk, text="\n".join(rows[start:]), lines=chunk.lines[start:] if chunk.lines else chunk.lines)


@dataclass
class _Pending:
    content_hash: str
    parsed: ParsedDocument
    chunks: list[Chunk]
    metadata: dict


def _differs(previous: dict[str, dict], rows: list[dict]) -> bool:
    """Whether the new file list would answer or report differently from the serving generation."""
    def key(row):
        return (row["path"], row["collection"], row["content_hash"], row["status"], row["error"],
                row.get("metadata") or "{}")  # a sidecar edit alone makes a new generation

    return sorted(map(key, previous.values())) != sorted(map(key, rows))


def _contents(rows: list[dict]) -> list[str]:
    """The content hashes a generation of these file rows holds."""
    return sorted({r["content_hash"] for r in rows if r["content_hash"]})


def _contents_by_collection(rows: list[dict]) -> dict[str, list[str]]:
    """The content hashes each collection of these file rows holds."""
    by_collection: dict[str, list[dict]] = {}
    for row in rows:
        by_collection.setdefault(row["collection"], []).append(row)
    return {collection: _contents(its) for collection, its in sorted(by_collection.items())}


PIPELINE_VERSION = 67  # raise when reading, chunking or passage context change what gets embedded (5: passages
# embedded on torch for a while lacked e5's "passage: " prefix; re-embed them; 6: a vector per sentence; 7: header boxes
# flattened into one line and lines that only name a unit are not quoted, so not embedded; 8: a first passage is
# embedded without its header block; 9: a short lead-in with a verb, "Till ansökan bifogas:", is quotable;
# 10: a report's captions, figure sources and reference entries are not quoted; 11: a table's cells read one a
# line, as from a PDF, are not quoted; 12: a text file's title is the routine's line, not its letterhead, and
# "6 Trygghetslarm" is a heading; 13: a PDF without a title of its own is named by its first page's heading that
# names the routine, not its letterhead, and a text's unit is read from a letterhead line up to its address;
# 14: a PDF's footnote marks are left out and the paragraph they broke is whole again; 15: a compound written
# with a hyphen is also a keyword as one word, "PIN-koden" also "pinkod"; 16: a list run together
# into one paragraph is quoted an item at a time; 17: every sentence of a list's line is an item, one repeating
# an item higher up too; 18: an item's sentence vector is embedded after its lead-in; 19: a colon before a
# number ends no sentence, and a number ending one, "… på 08-465 004 30.", is no list's number opening the next;
# 20: a sentence holding a phone number is quotable without a full stop, "… via telefon 0500 – 49 82 13"; 21: a
# phone number counts as a word, "Telefonnummer 054-540 50 54.", and a table's row of a thing and its value,
# "Telefon | 50 kronor per månad.", is quotable; 22: a short line with a verb, "Hemmet får inte avyttras …", is
# no table's cell; 23: nor is a line of opening hours, "Tisdag, onsdag och torsdag 13-14"; 24: a short label
# keeps the sentence it labels, "Vardagar: Ring socialkontorets reception …"; 25: a table read a cell a line quotes a
# thing and its value as one row, "Måltider, ingår ej i maxtaxa" over "4 300 kr/mån"; 26: a list run together whose
# whole reads as a table's cells, but each item as a sentence, is quoted an item at a time; 27: an advice
# column's letter, above its "Svar:", is not quoted; 28: a header's validity line, "Dokumentet gäller tillsvidare", is
# again not quoted, as before 27; 29: a word made stronger in chat's way is a keyword as the word itself, "jättegammal"
# also "gammal"; 30: a title said again with its full stop as the text's first sentence, "Lagen … trädde i kraft
# 1.3.2016.", is quotable; 31: a Markdown file's hard line breaks, "\\" or two spaces at a line's end or "<br>", end
# a line of its block, and the backslash is no longer left in the text; 32: a contact field, "Telefon: 0224 - 74 90
# 90" or "Telefontid: kl. 08:00-11:30", is quotable, not a table's cell; 33: a lead-in whose colon was left out,
# "… med insatser som", is embedded with the items it announces; 34: a saved web page's site chrome — skip links, menu
# and search buttons, share and print links, the feedback form — is dropped from text and Markdown; 35: also "Gå direkt
# till sidans innehåll"; 36: a text's first line naming the organisation is its title where it holds every word of the
# file's name, "Introduktion för sommarvikarier inom omsorgsförvaltningen" in introduktion-sommarvikarier.txt; 37: a
# numbered list run together on a row is cut into its items where they lack a full stop, "1. … 2. …"; 38: a saved
# web page's cookie and JavaScript notices, translation widget, breadcrumbs ("Du är här: Hem / …") and contact box
# link are dropped, and its opening hours are neither its title nor its unit; 39: hours that run into the next day,
# "Fredag 18.00 - lördag 01.00", are quotable, not a table's cells; 40: also a saved page's "Till start", breadcrumb
# label, logo text, photo credit, subscription and form check are dropped, and "Publicerad …" is neither title nor unit;
# 41: breadcrumbs set apart by chevrons from any first word, "JAG start > … > …", and the English translation notice
# "Here you can choose in which language …" with its "close" are dropped; 42: a saved page's menu items and notices above
# its heading are read past for the title, a unit is named only by a unit's word ("… – Skip to main content" is no
# unit), and a title saying where it holds ("… på socialförvaltningen") is no letterhead; 43: a table's cell naming
# a thing may explain it in brackets, "Serviceavgift (förbrukningsartiklar för dig som bor i …)" over "130 kronor i
# månaden"; 44: a Markdown or text file's unmarked line shaped like a heading, between paragraphs once the text has
# begun, is a heading: "Åtgärder vid uttalat bombhot"; 45: a text's lines sharing a form are page furniture only
# where their numbers count up as pages do: a price list's "300 kr/månad", "188 kr/månad", "155 kr/månad" are read;
# 46: a line over a price is a table's row, not a heading: "Hemsjukvård" over "300 kr/månad"; 47: a sentence dating
# what it says, "Från och med 2020-01-01 gäller …", and a list's item without a verb, "• Tre huvudmål och två till tre
# mellanmål under dygnet", are quotable; 48: a web page's links strung on one line, "Hoppa till innehåll kalmar
# länstrafik logotype Sök", and the breadcrumb's label alone, "Du är här:", are its chrome; 49: a web page's link notes,
# "Länk till annan webbplats, öppnas i nytt fönster.", "Pdf, 578 kB.", are taken out of its sentences; 50: a row stating
# a measure under its label, "Fyller 40-49 år: 14,88 % av timlönen", "Tvätt 2 gånger/månaden | 706 kronor", is quotable;
# 51: a header table's fields copied out of a PDF onto one line, "Dokumentnamn: … Gäller t o m: 2022-04-01 Fastställd
# av: …", and a web page's "Senast ändrad 22 augusti 2024" after its last sentence, stay lines of their own in a text or
# Markdown file, not joined into the paragraph around them; 52: … and such a line of four header labels or more
# without colons, "Dokumenttyp Riktlinje Dokumentansvarig … Beslutad av … Giltig från 2016-03-08 Version 2.0 …"; 53: a
# Markdown file whose author marked no heading takes its title as a text file does, from the lines above its first
# section ("Publicerad" and the first section's "TILLÄMPNINGSOMRÅDE" were titles), and more of a saved page's chrome
# is dropped: "Navigera till sidans huvudinnehåll", "Startsidan för … webbplats", "Hej! Du använder en gammal webbläsare");
# 54: a title may be long ("Rutin då brukare i ordinärt boende inte öppnar vid hembesök …") or open on its chapter's
# number ("9. Palliativ vård …"); a breadcrumb trail, a search box, "Transkript" and a picture's file name are no
# title; 55: a text or Markdown file wrapped at a fixed width ends a paragraph at a short line (a header's label over
# its value, the routine's name over its first sentence); the same line repeated within a few lines is no page
# furniture, nor is a numbered step or a lead-in; "Upp igen" is chrome; 56: a list run into one line and longer than
# an answer is read ("• Larm som inte besvaras … • Fel på medicintekniska produkter …") is cut into its items; 57: a
# saved page's link home ("Till Karlskogas startsida", "… logga, till startsidan"), skip link, share link, news notice
# and listed breadcrumb trail are chrome (each had been its title); 58: a site's notices of its own trouble (search
# down, licence run out), a page's age notice without "Observera", "Hoppa till meny", "Öppna sök", a logo alone, a
# coat of arms linking home and a link's bare "(nytt fönster)" are chrome; a dateline ("Artikeln publicerades …",
# "Pressmeddelande • …") is no title, and a page may be named by the question it answers; 59: a document site's
# "Transkript" (read as every passage's section) and download link, "Till navigering", "Till senaste kommentaren", a
# moved page's notice and its new address, a nameless file's "untitled-2" are chrome; 60: "Direkt till innehållet",
# "Hoppa till sidinnehåll", "Search", "Välj en sida", "Fler bilder från …", a caption ending on its photo credit, an old
# browser's notice and a cookie notice on "din upplevelse" are chrome, and a contact box's "Besöksadress" is no title;
# 61: a header's cell naming only the document's kind, "RUTIN" over "Hot och våld i psykiatrisk vård", is no title;
# 62: a header table read a cell a line, its labels ("Dokumenttyp", "Beslutad av") and their values, names neither
# the routine nor its unit, and the value under "Dokumentnamn" is the title
# 63: a table's row counting days with the count joined to its unit by a hyphen ("Grundkurs 2,5-dagars") states a
# measure, so is quotable (no passage of our corpora reads differently); 64: a letter's sign-off ("Vänliga hälsningar
# L, skolsköterska") is no heading, and a letter labelled "Fråga:" is unquotable down to its "Svar:" past any heading
# 65: a list run into its lead-in's paragraph ("… bra om du kan beskriva: - Vad som har hänt. - När …") is read as
# items, each embedded after the lead-in it hangs from, and so is a list under a lead-in that lost its colon ("… kan
# innehålla" over "• organisatoriska förändringar …"); 66: a short line under a lead-in ending in a colon is what
# it announces ("… skickar du den till:" / "Socialsekreterare"), no heading, and a line naming whom to call with the
# number labelled ("Barnmottagningen Varberg tfn 0340-48 12 20") is quotable, no table's cell; 67: a paragraph that is
# only a short label over a short line, "Sprututbytet Varberg:" over "Ons kl 13-16", is one line with it


def _content_key(file_digest: str, pipeline: str) -> str:
    """Contents are keyed by file bytes AND how they were processed, so a new chunking or pipeline
    re-embeds every file into new keys while the old ones keep serving until the switch."""
    return hashlib.sha256(f"{file_digest}:{pipeline}".encode()).hexdigest()


def check_roots(roots: list[Path]) -> None:
    """An unmounted share or a mistyped folder must not empty the index: refuse before anything starts."""
    for root in roots:
        if not Path(root).exists():
            raise RutinbotError(f"{root} finns inte; indexet lämnas orört")


MAX_REMOVED_SHARE = 0.5  # a run that would remove more of the documents than this (or all) must be told to


def root_key(roots: list[Path]) -> str:
    """How the folders an index is built from are recorded: resolved, in a stable order."""
    return os.pathsep.join(sorted(str(Path(r).resolve()) for r in roots))


def check_same_roots(db: sqlite_utils.Database, roots: list[Path], *, new_root: bool = False) -> None:
    """Indexing another folder than the index was built from (a subfolder, a typo) would remove every
    other document and file the rest under other collections: refused unless ``new_root`` says so."""
    before = Catalog(db).root(get_meta(db, "current_generation"))
    if new_root or before is None:
        return
    if sorted(before.split(os.pathsep)) != root_key(roots).split(os.pathsep):
        raise BuildRefused(
            f"indexet är byggt från {before.replace(os.pathsep, ', ')}, inte från "
            f"{', '.join(str(Path(r).resolve()) for r in roots)}; att byta mapp tar bort alla andra dokument ur "
            "indexet och kan flytta rutiner till andra samlingar. Indexet lämnas orört – ange --new-root "
            "om du verkligen vill bygga om det från den nya mappen")


def check_removals(previous: int, removed: int, *, allow_removals: bool = False) -> None:
    """An unmounted share, an emptied folder or a moved one must not empty the index by itself."""
    if allow_removals or previous == 0 or removed == 0:
        return
    if removed == previous or removed > MAX_REMOVED_SHARE * previous:
        raise BuildRefused(
            f"{removed} av {previous} dokument i indexet finns inte längre i mappen (är en utdelad mapp inte "
            "monterad, eller har mappen flyttats?); indexet lämnas orört. Ange --allow-removals om "
            "dokumenten verkligen ska tas bort")


class Indexer:
    def __init__(
        self,
        data_dir: DataDir | Path,
        embedder: Embedder,
        *,
        chunking: ChunkSettings = ChunkSettings(),
        max_bytes: int = 50_000_000,
        max_pages: int = 2000,
        metadata_reader: Callable[[ParsedDocument, Path], dict] | None = read_metadata,
    ):
        self.layout = DataDir.resolve(data_dir)
        self.data_dir = self.layout.root
        self.embedder = embedder
        self.chunking = chunking
        self.max_bytes = max_bytes
        self.max_pages = max_pages
        self.metadata_reader = metadata_reader
        self._stale: set[str] = set()  # contents whose stored metadata is older than the reader (per build)
        self._refreshed: dict[str, dict] = {}
        self._embedded: dict[str, np.ndarray] = {}  # text -> its vector, during one build

    @property
    def pipeline(self) -> str:
        return json.dumps({"version": PIPELINE_VERSION, "model": self.embedder.name,
                           "chunking": self.chunking.as_dict()}, sort_keys=True)

    def build(self, roots: list[Path], progress: Progress | None = None, *, new_root: bool = False,
              allow_removals: bool = False) -> BuildReport:
        """Index ``roots``. Refused (BuildRefused) when they differ from the folders the index was built
        from, unless ``new_root``, or when more than half the documents would go, unless ``allow_removals``."""
        started = time.perf_counter()
        check_roots(roots)
        self._allow_removals = allow_removals
        with reindex_lock(self.layout):
            db = open_db(self.layout)
            try:
                check_same_roots(db, [Path(r) for r in roots], new_root=new_root)
                report = self._build(db, Catalog(db), [Path(r) for r in roots], progress)
            finally:
                db.conn.close()
        report.seconds = time.perf_counter() - started
        return report

    # -- the steps of one build ------------------------------------------------------------------

    def _check_model(self, db: sqlite_utils.Database) -> None:
        recorded = get_meta(db, "model")
        if recorded and recorded != self.embedder.name:
            raise ModelMismatch(
                f"indexet i {self.data_dir} är byggt med modellen {recorded!r}, inte {self.embedder.name!r}; "
                "bygg det nya indexet i en egen datakatalog (--data)"
            )
        if recorded:
            check_vectors(get_meta(db, "runtime"), self.embedder)

    def _build(self, db: sqlite_utils.Database, catalog: Catalog, roots: list[Path],
               progress: Progress | None) -> BuildReport:
        self._check_model(db)
        report = BuildReport()
        current = get_meta(db, "current_generation")
        self._same_pipeline = get_meta(db, "pipeline") == self.pipeline
        self._embedded = {}
        catalog.drop_unfinished(current)
        previous = catalog.document_rows(current)
        files = scan(roots)
        check_removals(len(previous), len(set(previous) - {f.relative for f in files}),
                       allow_removals=self._allow_removals)
        rows: list[dict] = []
        pending: list[_Pending] = []
        known = catalog.content_hashes()
        self._find_stale_metadata(catalog)
        counter = ProgressCounter(progress, files_total=len(files))
        for found in files:
            counter.path = found.relative
            counter.report()  # before the file is read: the path is the one being read now
            waiting = len(pending)
            row = self._visit(found, previous.get(found.relative), known, pending, report)
            rows.append(row)
            counter.files_read += 1
            counter.passages_found += sum(len(p.chunks) for p in pending[waiting:])
            if sum(len(p.chunks) for p in pending) >= EMBED_BATCH:
                self._store(catalog, pending, report, counter)
        counter.report()  # every file read; the last passages are embedded next
        self._store(catalog, pending, report, counter)
        self._embedded = {}
        refreshed = self._write_refreshed_metadata(catalog)

        self._warn_of_moves(previous, rows, report)
        seen = {r["path"] for r in rows}
        report.removed = sorted(p for p in previous if p not in seen)
        # refreshed metadata changes what answers say: a new generation tells running askers to reload
        self._synonyms, problems = synonyms.read_for(roots)
        report.warnings.extend(problems)
        # a changed synonym list changes what questions find: it goes live with a new generation too
        new_synonyms = get_meta(db, "synonyms") != self._synonyms
        # and so does the spelling questions typed without å/ä/ö are read with (new words, or new code)
        self._spellings = spelling.count_collections(
            {collection: catalog.texts(hashes) for collection, hashes in _contents_by_collection(rows).items()},
            self._synonyms)
        new_spellings = get_meta(db, "spellings") != self._spellings
        report.switched = (current is None or refreshed or new_synonyms or new_spellings
                           or _differs(previous, rows))
        if report.switched:
            report.generation = self._switch(catalog, rows, roots, report)
        else:
            report.generation = current
            catalog.refresh_stat(current, rows)
            _, repaired = load_or_rebuild(db, self.layout, current, holding_lock=True)
            if repaired:
                report.warnings.append((self.layout.vectors(current).name, repaired))
        report.documents, _, report.passages = catalog.counts(report.generation)
        return report

    @staticmethod
    def _warn_of_moves(previous: dict[str, dict], rows: list[dict], report: BuildReport) -> None:
        """A routine whose content now lies only under another collection is read by other people: say so."""
        was: dict[str, set[str]] = {}
        for row in previous.values():
            if row["content_hash"] and row["status"] == "ok":
                was.setdefault(row["content_hash"], set()).add(row["collection"])
        now: dict[str, set[str]] = {}
        for row in rows:
            if row["content_hash"] and row["status"] == "ok":
                now.setdefault(row["content_hash"], set()).add(row["collection"])
        for row in rows:
            before = was.get(row["content_hash"] or "")
            if row["status"] == "ok" and before and not before & now[row["content_hash"]]:
                report.warnings.append((row["path"], f"rutinen byter samling från {', '.join(sorted(before))} "
                                                     f"till {row['collection']}"))

    def _visit(self, found: FoundFile, prev: dict | None, known: set[str], pending: list[_Pending],
               report: BuildReport) -> dict:
        row: dict[str, Any] = {"path": found.relative, "collection": found.collection, "content_hash": None,
               "size": None, "mtime": None, "status": "failed", "error": found.problem, "metadata": "{}"}
        overrides, sidecar_problem = read_sidecar(found.path, found.root) if not found.problem else ({}, None)
        row["metadata"] = json.dumps(overrides, ensure_ascii=False, sort_keys=True)
        try:
            if found.problem:
                raise ReadError(found.relative, found.problem)
            stat = found.path.stat()
            if not S_ISREG(stat.st_mode):  # a FIFO would block the reindex forever when opened
                raise ReadError(found.relative, "inte en vanlig fil (t.ex. en namngiven pipe eller en enhet)")
            if stat.st_size > self.max_bytes:
                raise ReadError(found.relative, f"filen är större än gränsen {size_text(self.max_bytes)}")
            row.update(size=stat.st_size, mtime=stat.st_mtime)
            if self._same_pipeline and prev and prev["status"] == "ok" \
                    and (prev["size"], prev["mtime"]) == (stat.st_size, stat.st_mtime):
                content_hash = prev["content_hash"]  # unchanged on disk: not even re-read
                data = None
            else:  # hashed and, when new, parsed from the same bytes: the file cannot change in between
                data = read_bytes(found.path, self.max_bytes, found.root)
                content_hash = _content_key(hashlib.sha256(data).hexdigest(), self.pipeline)
            if content_hash not in known and not any(p.content_hash == content_hash for p in pending):
                pending.append(self._read(found, content_hash, data))
            row.update(content_hash=content_hash, status="ok", error=None)
            if content_hash in self._stale:
                self._refresh_metadata(found, content_hash)
        except FileNotFoundError:
            row["error"] = "filen försvann under läsningen"
        except PermissionError:
            row["error"] = "filen kan inte läsas (behörighet saknas)"  # as the readers say it
        except ReadError as exc:
            row["error"] = exc.reason
        except OSError as exc:
            row["error"] = f"filen kunde inte läsas ({exc.strerror or type(exc).__name__})"

        if row["status"] != "ok":
            report.failed.append((found.relative, row["error"]))
            if prev and prev["content_hash"]:
                # a broken replacement must not take the working routine out of service
                row.update(content_hash=prev["content_hash"], error=row["error"] + " (tidigare version används)")
            return row
        if sidecar_problem:  # the document is indexed with its own header; the administrator is told why
            row["error"] = sidecar_problem
            report.warnings.append((found.relative, sidecar_problem))
        if prev is None:
            report.added.append(found.relative)
        elif prev["content_hash"] != row["content_hash"] or (prev.get("metadata") or "{}") != row["metadata"]:
            report.changed.append(found.relative)  # a changed sidecar counts as a change of the document
        else:
            report.unchanged.append(found.relative)
        return row

    def _read(self, found: FoundFile, content_hash: str, data: bytes | None = None) -> _Pending:
        parsed = read_document(found.path, max_bytes=self.max_bytes, max_pages=self.max_pages, data=data,
                               root=found.root)
        chunks = chunk_document(parsed, self.chunking)
        if not chunks:
            raise ReadError(found.relative, "dokumentet innehåller ingen text att indexera")
        metadata = self.metadata_reader(parsed, found.path) if self.metadata_reader else {}
        return _Pending(content_hash, parsed, chunks, metadata)

    # -- metadata of contents stored before the metadata reader (or its current version) existed -------

    def _find_stale_metadata(self, catalog: Catalog) -> None:
        self._stale, self._refreshed = set(), {}
        version = getattr(self.metadata_reader, "version", None)
        if version is None:
            return
        for content_hash, stored in catalog.content_metadata():
            if stored.get("version") != version:
                self._stale.add(content_hash)

    def _refresh_metadata(self, found: FoundFile, content_hash: str) -> None:
        """Read an unchanged file again for its metadata only: nothing is chunked or embedded."""
        self._stale.discard(content_hash)
        try:
            parsed = read_document(found.path, max_bytes=self.max_bytes, max_pages=self.max_pages,
                                   root=found.root)
            if self.metadata_reader is not None:
                self._refreshed[content_hash] = self.metadata_reader(parsed, found.path)
        except (ReadError, OSError):
            pass  # the passages stay in service; the metadata is tried again at the next build

    def _write_refreshed_metadata(self, catalog: Catalog) -> bool:
        if not self._refreshed:
            return False
        catalog.update_metadata(self._refreshed)
        self._refreshed.clear()
        return True

    def _store(self, catalog: Catalog, pending: list[_Pending], report: BuildReport,
               counter: ProgressCounter | None = None) -> None:
        """Embed and write finished documents."""
        if not pending:
            return
        chunks = [(p.parsed.title, c) for p in pending for c in p.chunks]
        spans = [sentence_spans(c.text, c.lines, title) for title, c in chunks]
        contexts = [passage_context(title, c) for title, c in chunks]  # keyword-indexed
        texts = [passage_context(title, without_header_block(c, own)) for (title, c), own in zip(chunks, spans)]
        sentences = [sentence_texts(c.text, c.lines, own, title, c.section) for (title, c), own in zip(chunks, spans)]
        vectors, sentence_vectors = self._embed(texts, sentences, counter)
        contents, i = [], 0
        for item in pending:
            passages = []
            for chunk in item.chunks:
                context = contexts[i]
                passages.append({
                    "ordinal": chunk.ordinal, "text": chunk.text, "page": chunk.page, "section": chunk.section,
                    "lines": chunk.lines, "terms": analysis.index_terms(context),
                    "trigrams": analysis.trigram_text(context), "embedding": vectors[i].astype(np.float32).tobytes(),
                    "spans": [sp.as_list() for sp in spans[i]],
                    "sentence_vectors": sentence_vectors[i].tobytes(),
                })
                i += 1
            contents.append(StoredContent(item.content_hash, item.parsed.title, item.parsed.kind, item.parsed.pages,
                                          item.metadata, passages))
        catalog.store(contents)
        report.embedded += len(texts)
        pending.clear()

    def _embed(self, texts: list[str], sentences: list[list[str]],
               counter: ProgressCounter | None) -> tuple[np.ndarray, list[np.ndarray]]:
        """Passages with their sentences, each distinct text once per build: routines copied between units
        repeat whole passages and sentences. Shortest passages first (little padding), a slice of passages at
        a time so progress moves while it works."""
        known = self._embedded
        vectors = np.empty((len(texts), self.embedder.dim), dtype=np.float32)
        sentence_vectors = [np.zeros((len(rows), self.embedder.dim), dtype=SENTENCE_VECTOR_TYPE) for rows in sentences]
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), PROGRESS_SLICE):
            part = order[start : start + PROGRESS_SLICE]
            wanted = [texts[i] for i in part] + [sentence for i in part for sentence in sentences[i] if sentence]
            new = [text for text in dict.fromkeys(wanted) if text not in known]
            if new:
                known.update(zip(new, self.embedder.embed_passages(new)))
            for i in part:
                vectors[i] = known[texts[i]]
                for j, sentence in enumerate(sentences[i]):
                    if sentence:
                        sentence_vectors[i][j] = known[sentence]
            if counter is not None:
                counter.passages_embedded += len(part)
                counter.report()
        return vectors, sentence_vectors

    def _switch(self, catalog: Catalog, rows: list[dict], roots: list[Path], report: BuildReport) -> int:
        generation = catalog.begin_generation(root_key(roots), rows)
        ids, vectors = self._vectors_for(catalog, _contents(rows))
        VectorIndex.build(ids, vectors, self.embedder.dim).save(self.layout.vectors(generation))
        catalog.finish_generation(generation, report.as_dict(), {
            "model": self.embedder.name, "dimension": self.embedder.dim, "chunking": self.chunking.as_dict(),
            "pipeline": self.pipeline, "synonyms": self._synonyms,
            "spellings": self._spellings,
            **({"runtime": runtime} if (runtime := getattr(self.embedder, "runtime", None)) else {}),
        })
        catalog.collect_garbage(generation)
        for path in self.layout.vector_files():
            if path != self.layout.vectors(generation):
                path.unlink(missing_ok=True)
        for path in self.layout.unfinished_vector_files():
            path.unlink(missing_ok=True)
        return generation

    def _vectors_for(self, catalog: Catalog, hashes: list[str]) -> tuple[np.ndarray, np.ndarray]:
        ids, blobs = catalog.embeddings(hashes)
        dim = self.embedder.dim
        vectors = np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(-1, dim) if blobs else \
            np.zeros((0, dim), dtype=np.float32)
        return np.asarray(ids, dtype=np.int64), vectors
