"""Speed on a small server: index throughput per runtime, answer latency idle and beside a busy process, cold start.

    .venv/bin/python scripts/bench_speed.py [--questions 40] [--rounds 2] [--busy-seconds 60] [--before DIR]
                                            [--documents DIR]

Every comparison is measured side by side in one run (A B A B, medians), because the machine is shared:
1. Threads for one question: median time to embed one question with 1 and 2 threads, torch and ONNX,
   idle and with a CPU-bound neighbour process (started here for a fixed time).
2. Index build of the bundled documents: passages per second of each runtime against today's float
   torch runtime, builds alternated. Target: the default runtime at least 2x torch.
3. Per question through `rutinbot ask -` (a real subprocess, one question per line) against embedding the
   question alone, alternated question by question, idle and with a busy neighbour.
   Targets: median at most 1.5x, p95 at most 2x. With --before DIR, the `ask -` of the checkout in DIR is timed
   too, question by question beside this one's: what a change saves, measured under the same load.
4. A question asked while a reindex runs in the same process: its latency, against the indexing slice.
5. Cold `rutinbot ask` on an existing index, wall clock to the answer (and to the process's end),
   median of 5. Target: under 3 s.
The load average is printed with each part: figures from a machine that was busy anyway say so.
With --documents DIR, parts 3 and 5 index that folder instead and ask the municipality corpus's questions:
`scripts/make_copies_corpus.py --every-unit DIR` renders a library where every routine is a dozen near-copies.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index import Library, load_cases  # noqa: E402
from index.embedder import DEFAULT_RUNTIME, RUNTIMES, load_embedder  # noqa: E402

RUTINBOT = Path(sys.executable).parent / "rutinbot"


def load() -> str:
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def questions(n: int, files: list[Path]) -> list[str]:
    own = [c.question for f in files for c in load_cases(f)]
    return (own * (n // len(own) + 1))[:n]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


@contextmanager
def busy_neighbour(seconds: float):
    """One CPU-bound process beside the benchmark, ended after ``seconds`` at the latest."""
    spin = f"import time\nend = time.time() + {seconds}\nwhile time.time() < end: pass\n"
    neighbour = subprocess.Popen([sys.executable, "-c", spin])
    try:
        time.sleep(0.5)
        yield
    finally:
        neighbour.kill()
        neighbour.wait()


def timed(call, *args) -> float:
    start = time.perf_counter()
    call(*args)
    return time.perf_counter() - start


# ----------------------------------------------------------------------------- 1. threads


def bench_threads(embedders: dict, qs: list[str], busy_seconds: float) -> None:
    import torch

    print(f"\n1. one question, 1 vs 2 threads (median ms over {len(qs)} questions, alternated)")
    onnx = embedders["onnx"]
    onnx_one, onnx_two = onnx._session(1), onnx._session(2)

    def torch_with(threads):
        def run(q):
            torch.set_num_threads(threads)
            embedders["torch"]._model.encode([q], prompt_name="query", normalize_embeddings=True,
                                             show_progress_bar=False)
        return run

    cases = {
        "torch 1 thread": torch_with(1),
        "torch 2 threads": torch_with(2),
        "onnx 1 thread": lambda q: onnx._run(onnx_one, [f"query: {q}"]),
        "onnx 2 threads": lambda q: onnx._run(onnx_two, [f"query: {q}"]),
    }
    for condition in ("idle", "busy"):
        with busy_neighbour(busy_seconds) if condition == "busy" else _nothing():
            times: dict[str, list[float]] = {name: [] for name in cases}
            for q in qs:
                for name, run in cases.items():
                    times[name].append(timed(run, q))
            figures = "; ".join(f"{name} {statistics.median(t) * 1000:.1f}" for name, t in times.items())
            print(f"   {condition:4s} ({load()}): {figures}")


@contextmanager
def _nothing():
    yield


# ----------------------------------------------------------------------------- 2. index build


def bench_build(embedders: dict, rounds: int, tmp: Path) -> None:
    print(f"\n2. index build of documents/ ({rounds} rounds, runtimes alternated; {load()})")
    rates: dict[str, list[float]] = {name: [] for name in embedders}
    passages = 0
    for round_ in range(rounds):
        for name, embedder in embedders.items():
            data = tmp / f"build-{name}-{round_}"
            library = Library(data, embedder=embedder)
            report = library.build([ROOT / "documents"])
            library.close()
            shutil.rmtree(data, ignore_errors=True)
            passages = report.passages
            rates[name].append(report.passages / report.seconds)
    print(f"   ({load()} at the end)")
    base = statistics.median(rates["torch"])
    for name, values in rates.items():
        rate = statistics.median(values)
        print(f"   {name:10s} {rate:6.1f} passages/s (median of {values and len(values)}; "
              f"{passages} passages)  ratio to torch {rate / base:.2f}  (target >= 2)")


# ----------------------------------------------------------------------------- 3. ask - vs embedding


class AskProcess:
    """`rutinbot ask -` as a person's script would run it: one question in, one answer line out."""

    def __init__(self, data: Path, runtime: str, code: Path | None = None):
        """``code``: run the checkout in that folder (its ``index`` and ``bot`` first on the path) instead."""
        env = {**os.environ, "PYTHONPATH": str(code)} if code else None
        self.process = subprocess.Popen(
            [str(RUTINBOT), "ask", "-", "--data", str(data), "--runtime", runtime],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1,
            env=env, cwd=code)

    def ask(self, question: str) -> str:
        self.process.stdin.write(question + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline()

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=60)


def index_with(code: Path, documents: Path, data: Path, runtime: str) -> None:
    """Index ``documents`` into ``data`` with the checkout in ``code``: its own schema and format."""
    subprocess.run([str(RUTINBOT), "index", str(documents), "--data", str(data), "--runtime", runtime],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={**os.environ, "PYTHONPATH": str(code)}, cwd=code)


def bench_ask(embedder, data: Path, runtime: str, qs: list[str], busy_seconds: float, before: Path | None = None,
              before_data: Path | None = None) -> None:
    """``before``: another checkout (e.g. a `git archive` of main) whose `ask -` is timed too, question by question
    beside this one's (the order of the three timings rotates), so that both see the same load; it answers from
    ``before_data``, its own index of the same documents (see index_with), or else from this checkout's."""
    print(f"\n3. per question through `rutinbot ask -` vs embedding it alone ({runtime}, {len(qs)} questions)")
    asker = AskProcess(data, runtime)
    other = AskProcess(before_data or data, runtime, before) if before else None
    try:
        for q in qs[:3]:  # warm-up: first calls pay for lazy initialisation
            asker.ask(q)
            if other:
                other.ask(q)
            embedder.embed_queries([q])
        for condition in ("idle", "busy"):
            with busy_neighbour(busy_seconds) if condition == "busy" else _nothing():
                asks, embeds, others = [], [], []
                for n, q in enumerate(qs):
                    runs = [(embeds, embedder.embed_queries, [q]), (asks, asker.ask, q)]
                    if other:
                        runs.append((others, other.ask, q))
                        runs = runs[n % 3 :] + runs[: n % 3]
                    for times, call, arg in runs:
                        times.append(timed(call, arg))
                seen = load()
            a_med, e_med = statistics.median(asks) * 1000, statistics.median(embeds) * 1000
            a_95, e_95 = p95(asks) * 1000, p95(embeds) * 1000
            print(f"   {condition:4s} ({seen}): ask median {a_med:.1f} ms, p95 {a_95:.1f} ms; embedding alone "
                  f"median {e_med:.1f} ms, p95 {e_95:.1f} ms; ratio median {a_med / e_med:.2f} (target <= 1.5), "
                  f"p95 {a_95 / e_95:.2f} (target <= 2)")
            if other:
                o_med = statistics.median(others) * 1000
                saved = statistics.median((o - a) * 1000 for o, a in zip(others, asks))
                print(f"         the code in {before}: ask median {o_med:.1f} ms, ratio {o_med / e_med:.2f}, p95 "
                      f"{p95(others) * 1000 / e_95:.2f}; this checkout takes {saved:.2f} ms less a question (median of "
                      f"the differences, question by question)")
    finally:
        asker.close()
        if other:
            other.close()


# ----------------------------------------------------------------------------- 4. question during a reindex


def bench_during_reindex(embedder, tmp: Path, qs: list[str]) -> None:
    """One routine in service, then every other bundled routine added to its folder and reindexed in a
    thread (as `index --watch` or /reindexera does) while questions are asked in the same process."""
    docs = tmp / "reindex-docs"
    shutil.copytree(ROOT / "documents", docs)
    first, *others = sorted(p for p in docs.rglob("*") if p.is_file())
    aside = tmp / "reindex-aside"
    for path in others:
        (aside / path.relative_to(docs)).parent.mkdir(parents=True, exist_ok=True)
        path.rename(aside / path.relative_to(docs))
    library = Library(tmp / "reindex-data", embedder=embedder)
    library.build([docs])
    quiet = [timed(library.ask, q) for q in qs[:10]]
    shutil.copytree(aside, docs, dirs_exist_ok=True)
    failed: list[BaseException] = []

    def reindex() -> None:
        try:
            library.build([docs])
        except BaseException as exc:  # noqa: BLE001 - reported below instead of a figure
            failed.append(exc)

    building = threading.Thread(target=reindex)
    building.start()
    during = []
    while building.is_alive():
        during.append(timed(library.ask, qs[len(during) % len(qs)]))
        time.sleep(0.2)
    building.join()
    library.close()
    if failed or not during:
        print(f"\n4. no figure: the reindex {'failed: ' + repr(failed[0]) if failed else 'ended at once'}")
        return
    slice_ = statistics.median(timed(embedder.embed_passages, ["passage " * 150] * 8) for _ in range(3))
    print(f"\n4. question while the same process reindexes ({load()}): median {statistics.median(during) * 1000:.0f} ms, "
          f"p95 {p95(during) * 1000:.0f} ms, max {max(during) * 1000:.0f} ms over {len(during)} questions; without a "
          f"reindex median {statistics.median(quiet) * 1000:.0f} ms; one indexing slice of 8 long passages "
          f"{slice_ * 1000:.0f} ms (target: a question waits at most one slice)")


# ----------------------------------------------------------------------------- 5. cold start


def bench_cold(data: Path, runtime: str) -> None:
    """Wall clock until the answer is on stdout (one JSON line), and until the process has ended: freeing
    the tokenizer's vocabulary alone takes about 0.4 s of CPU after the answer is shown."""
    question = "Hur fungerar personlarmet vid hembesök?"
    answered, ended, cpu = [], [], []
    for _ in range(5):
        start, used = time.perf_counter(), _children_cpu()
        child = subprocess.Popen([str(RUTINBOT), "ask", question, "--json", "--data", str(data), "--runtime", runtime],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = child.stdout.readline()
        answered.append(time.perf_counter() - start)
        rest, errors = child.communicate()
        ended.append(time.perf_counter() - start)
        cpu.append(_children_cpu() - used)
        assert child.returncode == 0 and line.startswith("{"), errors
    print(f"\n5. cold `rutinbot ask` on an existing index ({runtime}; {load()}): median of 5 to the answer "
          f"{statistics.median(answered):.2f} s (min {min(answered):.2f}, max {max(answered):.2f}; target < 3 s), "
          f"to the process's end {statistics.median(ended):.2f} s; CPU time used (user + system) median "
          f"{statistics.median(cpu):.2f} s: on a busy machine the wall time is mostly waiting for a core")


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=2, help="index builds per runtime")
    parser.add_argument("--busy-seconds", type=float, default=120.0,
                        help="how long the busy neighbour runs at most (one per busy measurement)")
    parser.add_argument("--only", default="12345", help="which parts to run, e.g. 35")
    parser.add_argument("--documents", type=Path, metavar="DIR",
                        help="index this folder instead of documents/ and ask the municipality corpus's questions "
                             "(e.g. a library of many near-copies rendered by scripts/make_copies_corpus.py)")
    parser.add_argument("--before", type=Path, metavar="DIR",
                        help="part 3 also times `ask -` running the checkout in DIR (e.g. a `git archive` of main), "
                             "question by question beside this one, on an index that checkout builds itself")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores; {load()} at start")
    documents = args.documents.resolve() if args.documents else ROOT / "documents"
    asked = (sorted((ROOT / "scripts" / "eval_kommun").glob("*.jsonl")) if args.documents
             else [ROOT / "scripts" / "sample_questions.jsonl"])
    qs = questions(args.questions, asked)
    embedders = {name: load_embedder(runtime=name) for name in RUNTIMES}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        answering = [DEFAULT_RUNTIME] + [r for r in RUNTIMES if r not in (DEFAULT_RUNTIME, "torch")]
        data = {runtime: tmp / f"data-{runtime}" for runtime in answering}  # an index per kind of vectors
        for runtime in answering:
            index = Library(data[runtime], embedder=embedders[runtime])
            index.build([documents])
            index.close()
        if "1" in args.only:
            bench_threads(embedders, qs[:20], args.busy_seconds)
        if "2" in args.only:
            bench_build(embedders, args.rounds, tmp)
        if "3" in args.only:
            for runtime in answering:
                before = args.before.resolve() if args.before else None
                if before:
                    index_with(before, documents, tmp / f"before-{runtime}", runtime)
                bench_ask(embedders[runtime], data[runtime], runtime, qs, args.busy_seconds, before,
                          tmp / f"before-{runtime}" if before else None)
        if "4" in args.only:
            bench_during_reindex(embedders[DEFAULT_RUNTIME], tmp, qs)
        if "5" in args.only:
            for runtime in answering:
                bench_cold(data[runtime], runtime)
    return 0


if __name__ == "__main__":
    sys.exit(main())
