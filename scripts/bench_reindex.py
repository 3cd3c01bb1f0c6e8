"""Reindexing a realistic folder: how long each kind of reindex takes, and that answers follow the files.

Generates N small Markdown routines (varied Swedish text) in a temporary folder and runs the scenario:
full index; reindex with nothing changed (median of 5; the target is under 2 s for 1,000 documents);
edit one file (only its passages are embedded again; the new wording is found, the old is not); delete
a file (never cited again); kill -9 a reindex midway (the previous index keeps answering, and the next
reindex finishes the job). Prints a table; nothing is asserted on time.

The model-free hashing embedder (index/hashing.py) is used by default, so the figures are the indexer's own cost;
--real-model uses the default model (converted on first use) and defaults to a smaller N.

    .venv/bin/python scripts/bench_reindex.py [--n 1000] [--real-model] [--keep DIR]
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index import Library  # noqa: E402
from index.catalog import Catalog  # noqa: E402
from index.hashing import HashingEmbedder  # noqa: E402

COLLECTIONS = ["gemensamt", "barn-och-familj", "ekonomiskt-bistand", "vuxen"]
TOPICS = [
    "Hembesök", "Orosanmälan", "Ekonomiskt bistånd", "Sekretess", "Dokumentation i journal", "Personlarm",
    "Tolkbeställning", "Avvikelserapportering", "Nyckelhantering", "Bilpoolen", "Arkivering", "Delegation",
    "Akut placering", "Hot och våld", "Utbetalningar", "Samordnad individuell plan", "Skyddat boende",
    "Ensamkommande barn", "Missbruksvård", "Förhandsbedömning", "Umgängesstöd", "Kontaktperson",
]
ROLES = ["handläggaren", "enhetschefen", "socialsekreteraren", "administratören", "gruppledaren",
         "nämndsekreteraren", "den som tar emot ärendet", "ansvarig kurator"]
DEADLINES = ["inom ett dygn", "inom tre arbetsdagar", "senast nästa vecka", "samma dag", "inom fjorton dagar",
             "före nästa möte", "innan beslut fattas", "så snart som möjligt"]
ACTIONS = ["dokumentera händelsen i journalen", "kontakta vårdnadshavaren", "informera närmaste chef",
           "begära ett registerutdrag", "boka ett uppföljande möte", "skicka en kopia till registrator",
           "fylla i blanketten för avvikelse", "stämma av med juristen", "spara underlaget i akten",
           "meddela klienten skriftligt", "beställa tolk via förmedlingen", "kontrollera behörigheten"]
REASONS = ["så att ärendet kan följas upp", "eftersom sekretess gäller", "för att rättssäkerheten ska säkras",
           "så att inget faller mellan stolarna", "enligt socialtjänstlagen", "för att undvika dubbelarbete"]
SECTIONS = ["Syfte", "Ansvar", "Så gör du", "Uppföljning", "Kontakt", "Undantag"]


def routine(i: int, rng: random.Random) -> str:
    topic = TOPICS[i % len(TOPICS)]
    lines = [f"# {topic} – rutin {i:04d}", ""]
    for section in rng.sample(SECTIONS, rng.randint(2, 4)):
        lines += [f"## {section}", ""]
        sentences = []
        for _ in range(rng.randint(3, 9)):
            sentences.append(f"{rng.choice(ROLES).capitalize()} ska {rng.choice(ACTIONS)} {rng.choice(DEADLINES)} "
                             f"{rng.choice(REASONS)}.")
        lines += [" ".join(sentences), ""]
    lines += ["## Blankett", "", f"Använd blankett SOC{i:04d} för {topic.lower()}; den finns på intranätet.", ""]
    return "\n".join(lines)


def generate(folder: Path, n: int, start: int = 0, seed: int = 1) -> list[Path]:
    rng = random.Random(seed + start)
    paths = []
    for i in range(start, start + n):
        path = folder / COLLECTIONS[i % len(COLLECTIONS)] / f"rutin-{i:04d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(routine(i, rng), encoding="utf-8")
        paths.append(path)
    return paths


def relative(path: Path, folder: Path) -> str:
    return path.relative_to(folder).as_posix()


# A reindex in a child process, killed with SIGKILL once its first batch of passages is committed.
CHILD = r"""
import sys, time
from pathlib import Path
root, data, docs, mark, real = sys.argv[1:]
sys.path.insert(0, root)
import index.indexer as indexer
from index import Library

store = indexer.Indexer._store
def store_then_stop(self, catalog, pending, report, *rest):
    had = bool(pending)
    store(self, catalog, pending, report, *rest)
    if had:
        Path(mark).write_text("stored")
        time.sleep(600)  # killed here
indexer.Indexer._store = store_then_stop
if real == "1":
    library = Library(data)
else:
    from index.hashing import HashingEmbedder
    library = Library(data, embedder=HashingEmbedder())
library.build([Path(docs)])
"""


def kill_midway(data: Path, docs: Path, real: bool, work: Path) -> float:
    mark = work / "stored.mark"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(ROOT), str(data), str(docs), str(mark),
                              "1" if real else "0"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    started = time.perf_counter()
    try:
        while not mark.exists():
            if child.poll() is not None:
                raise SystemExit(f"the reindex to be killed ended by itself: {child.stderr.read().decode()[-500:]}")
            time.sleep(0.01)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return time.perf_counter() - started


def cited(library: Library, question: str, k: int = 10) -> list:
    return library.ask(question, k=k).sources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=None,
                        help="documents to generate (default 1000; 200 with --real-model)")
    parser.add_argument("--real-model", action="store_true", help="embed with the real default model")
    parser.add_argument("--runs", type=int, default=5, help="no-change reindexes to take the median of")
    parser.add_argument("--keep", type=Path, default=None, help="work in DIR and keep it (default: a temp dir)")
    args = parser.parse_args()
    n = args.n or (200 if args.real_model else 1000)

    with tempfile.TemporaryDirectory(prefix="bench-reindex-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        docs, data = work / "documents", work / "data"
        rows: list[tuple[str, str, str, str]] = []

        def row(step: str, seconds: float | None, detail: str, ok: bool | None = None) -> None:
            rows.append((step, "" if seconds is None else f"{seconds:.3f} s", detail,
                         "" if ok is None else ("ok" if ok else "FAILED")))

        if args.real_model:
            library = Library(data)
            _ = library.embedder  # load (and on first use convert) the model before timing
        else:
            library = Library(data, embedder=HashingEmbedder())
        paths = generate(docs, n)
        print(f"{n} routines in {docs} ({sum(p.stat().st_size for p in paths) / 1e6:.1f} MB), "
              f"model {library.model_name}", flush=True)

        # 1. full index
        report = library.build([docs])
        row("full index", report.seconds, f"{report.documents} documents, {report.passages} passages, "
            f"{report.embedded} embedded", report.documents == n and not report.failed)
        generation = report.generation

        # 2. nothing changed
        times = []
        for _ in range(args.runs):
            again = library.build([docs])
            times.append(again.seconds)
        same = not again.switched and again.generation == generation and again.embedded == 0
        row(f"no change (median of {args.runs})", statistics.median(times),
            f"min {min(times):.3f} s, max {max(times):.3f} s; target < 2 s for 1,000", same)

        # 3. edit one file
        edited = paths[n // 2]
        text = edited.read_text(encoding="utf-8")
        old = f"Använd blankett SOC{n // 2:04d}"
        new = f"Använd den nya e-tjänsten SOC{n // 2:04d}E som ersätter blanketten"
        edited.write_text(text.replace(old, new), encoding="utf-8")
        report = library.build([docs])
        own = next(d.passages for d in Catalog(library.db).documents(report.generation)
                   if d.path == relative(edited, docs))
        row("edit one file", report.seconds, f"changed {len(report.changed)}, embedded {report.embedded} "
            f"(the file has {own} passages)", report.changed == [relative(edited, docs)] and report.embedded == own)
        sources = cited(library, f"Ska jag använda blankett eller e-tjänst för SOC{n // 2:04d}?")
        found_new = any("nya e-tjänsten" in s.text for s in sources)
        found_old = any(old in s.text for s in sources)
        row("  new wording found, old not", None, f"new in sources: {found_new}, old in sources: {found_old}",
            found_new and not found_old)

        # 4. delete a file
        deleted = paths[n // 3]
        deleted.unlink()
        report = library.build([docs])
        question = f"Vilken blankett SOC{n // 3:04d} gäller?"
        never = all(relative(deleted, docs) not in (s.document, *s.also_at) for s in cited(library, question))
        row("delete one file", report.seconds, f"removed {len(report.removed)}; the file cited: {not never}",
            report.removed == [relative(deleted, docs)] and never)

        # 5. kill -9 a reindex midway
        before = library.status()
        answer_before = [s.document for s in cited(library, "Vilken blankett SOC0001 gäller?", 3)]
        extra = max(50, n // 4)
        added = {relative(p, docs) for p in generate(docs, extra, start=n)}
        seconds = kill_midway(data, docs, args.real_model, work)
        after = Library(data, embedder=library.embedder)
        kept = after.status() == before
        answer_after = [s.document for s in cited(after, "Vilken blankett SOC0001 gäller?", 3)]
        leaked = {s.document for s in cited(after, f"Vilken blankett SOC{n:04d} gäller?")} & added
        row("kill -9 midway", seconds, f"+{extra} files; generation {after.status().generation} kept: {kept}, "
            f"same answer: {answer_after == answer_before}, new files cited: {len(leaked)}",
            kept and answer_after == answer_before and not leaked)
        report = after.build([docs])
        row("  reindex after the kill", report.seconds,
            f"added {len(report.added)}, embedded {report.embedded} (the rest was kept from the killed run)",
            set(report.added) == added and report.generation == before.generation + 1)

        width = [max(len(r[i]) for r in rows + [("step", "time", "detail", "check")]) for i in range(4)]
        print()
        for r in [("step", "time", "detail", "check"), tuple("-" * w for w in width), *rows]:
            print("  ".join(cell.ljust(w) if i != 1 else cell.rjust(w) for i, (cell, w) in enumerate(zip(r, width))))
        if any(r[3] == "FAILED" for r in rows):
            sys.exit(1)


if __name__ == "__main__":
    main()
