"""Small hostile files that used to take the server down: how long indexing each one takes, and how much memory.

Builds each file in a temporary folder (a 1 MB single-line text, a zip-bomb .docx, a .docx with a million
paragraphs, Markdown with 80,000 paragraphs, a PDF whose 2,000 pages share one 7 MB content stream, sidecar
YAML with nested aliases, and one nested thousands deep), then indexes each in a fresh subprocess, beside
one ordinary routine, and prints per file: wall time, peak memory above a baseline run that indexes only
the ordinary routine, passages stored and what the report says about the file. Targets: at most 10 s and
500 MB each. A run that passes 120 s or 3 GB is killed and shown as such (as the old code would have been).

The small hashing embedder (index/hashing.py, no model) is used, so the figures are the cost of reading, parsing and
chunking the file (what a hostile file can blow up), not of the embedding model, which only sees what
survives the limits. Nothing is asserted; tests/test_hostile_files.py holds the checks.

    .venv/bin/python scripts/bench_hostile.py [--only NAME ...] [--keep DIR]
"""
from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ORDINARY = ("# Hembesök\n\n## Larm\n\nTryck på larmknappen i tre sekunder om du känner dig hotad. "
            "Larmet går till vaktbolaget.\n")
KILL_SECONDS = 120.0
KILL_BYTES = 3_000_000_000

# -- the files ------------------------------------------------------------------------------------------

_DOCX_TYPES = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               b'<Default Extension="xml" ContentType="application/xml"/>'
               b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
               b'officedocument.wordprocessingml.document.main+xml"/></Types>')
_DOCX_RELS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              b'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
_DOCX_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w='
              b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
_DOCX_TAIL = b"</w:body></w:document>"


def docx_with_body(path: Path, chunks, level: int = 9) -> Path:
    """A minimal .docx whose document.xml body is written from ``chunks`` (bytes), streamed and compressed."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", _DOCX_TYPES)
        archive.writestr("_rels/.rels", _DOCX_RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(_DOCX_HEAD)
            for chunk in chunks:
                part.write(chunk)
            part.write(_DOCX_TAIL)
    return path


def zip_bomb_docx(path: Path, megabytes: int = 3000) -> Path:
    """One paragraph whose text is ``megabytes`` MB of spaces: about a thousandth of that on disk."""
    block = b" " * 1_000_000
    return docx_with_body(path, [b"<w:p><w:r><w:t>Bomb</w:t></w:r></w:p><w:p><w:r><w:t xml:space=\"preserve\">",
                                 *(block for _ in range(megabytes)), b"</w:t></w:r></w:p>"])


def many_paragraphs_docx(path: Path, paragraphs: int = 1_000_000) -> Path:
    para = b"<w:p><w:r><w:t>Rad</w:t></w:r></w:p>"
    return docx_with_body(path, [para * 10_000 for _ in range(paragraphs // 10_000)])


def many_paragraphs_markdown(path: Path, paragraphs: int = 80_000) -> Path:
    path.write_text("# Rutin\n\n" + "".join(f"Stycke {n} om larm.\n\n" for n in range(paragraphs)), encoding="utf-8")
    return path


def long_line_text(path: Path, size: int = 1_000_000) -> Path:
    """A 1 MB text file on one line: words without a full stop or a line break."""
    path.write_text(("ord " * (size // 4))[:size], encoding="utf-8")
    return path


def shared_stream_pdf(path: Path, pages: int = 2000, stream_mb: float = 7) -> Path:
    """``pages`` pages that all draw the same ``stream_mb`` MB content stream (compressed, so the file is small)."""
    line = b"BT /F1 12 Tf 72 700 Td (Larmet gar till vaktbolaget som ringer upp direkt.) Tj ET\n"
    content = zlib.compress(line * int(stream_mb * 1_000_000 / len(line)), 9)
    kids = " ".join(f"{5 + n} 0 R" for n in range(pages)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
    ] + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
         b"/Contents 4 0 R >>" for _ in range(pages)]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    path.write_bytes(out.getvalue())
    return path


def alias_bomb_yaml(path: Path, levels: int = 9) -> Path:
    """"Billion laughs": each level lists the one before nine times; a few hundred bytes."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, levels):
        prev, name = chr(ord("a") + n - 1), chr(ord("a") + n)
        lines.append(f"{name}: &{name} [{','.join(['*' + prev] * 9)}]")
    lines.append(f"owner: *{chr(ord('a') + levels - 1)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def deep_yaml(path: Path, depth: int = 20_000) -> Path:
    path.write_text("owner: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    return path


def with_document(builder):
    """A sidecar needs the document beside it: ``rutin.md`` with ``rutin.md.yaml`` built by ``builder``."""
    def build(path: Path) -> Path:
        document = path.with_name("rutin.md")
        document.write_text("# Rutin\n\n## Avsnitt\n\nEn vanlig rutin om nycklar.\n", encoding="utf-8")
        builder(path.with_name("rutin.md.yaml"))
        return document
    return build


HOSTILE = {  # name: (file name, builder)
    "long-line.txt": ("lang-rad.txt", long_line_text),
    "zip-bomb.docx": ("bomb.docx", zip_bomb_docx),
    "million-paragraphs.docx": ("stycken.docx", many_paragraphs_docx),
    "400k-paragraphs.docx": ("stycken400k.docx", lambda p: many_paragraphs_docx(p, 400_000)),
    "80k-paragraphs.md": ("stycken.md", many_paragraphs_markdown),
    "shared-stream.pdf": ("delad.pdf", shared_stream_pdf),
    "alias-bomb.yaml": ("rutin.md.yaml", with_document(alias_bomb_yaml)),
    "deep.yaml": ("rutin.md.yaml", with_document(deep_yaml)),
}


# -- measuring ------------------------------------------------------------------------------------------

def index_one(documents: Path, data: Path) -> dict:
    """Run in the child: index ``documents`` with the hashing embedder and summarise the report."""
    sys.path.insert(0, str(ROOT))
    from index import Library
    from index.hashing import HashingEmbedder

    library = Library(data, embedder=HashingEmbedder())
    report = library.build([documents])
    return {"passages": report.passages, "failed": dict(report.failed), "warnings": dict(report.warnings)}


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def measure(documents: Path, data: Path) -> dict:
    """Index in a fresh process; wall time, peak memory (the kernel's high-water mark), and the summary."""
    code = (f"import json, sys; sys.path.insert(0, {str(ROOT / 'scripts')!r}); import bench_hostile as b; "
            f"r = b.index_one(__import__('pathlib').Path({str(documents)!r}), "
            f"__import__('pathlib').Path({str(data)!r})); import resource; "
            "r['peak'] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024; print(json.dumps(r))")
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = None
    while child.poll() is None:
        if time.perf_counter() - started > KILL_SECONDS:
            killed = f"killed after {KILL_SECONDS:.0f} s"
        elif _rss(child.pid) > KILL_BYTES:
            killed = f"killed at {KILL_BYTES / 1e9:.0f} GB"
        if killed:
            child.kill()
            break
        time.sleep(0.05)
    out, err = child.communicate()
    seconds = time.perf_counter() - started
    if killed or child.returncode != 0:
        return {"seconds": seconds, "peak": None, "error": killed or err.strip().splitlines()[-1]}
    return {"seconds": seconds, **json.loads(out.strip().splitlines()[-1])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", choices=sorted(HOSTILE), help="Just these files.")
    parser.add_argument("--keep", type=Path, help="Build the files here and keep them.")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="rutinbot-hostile-"))
    names = args.only or list(HOSTILE)

    def folder_with(name: str | None) -> Path:
        documents = work / (name or "baseline") / "documents"
        (documents / "gemensamt").mkdir(parents=True, exist_ok=True)
        (documents / "gemensamt" / "vanlig.md").write_text(ORDINARY, encoding="utf-8")
        return documents

    baseline = measure(folder_with(None), work / "baseline" / "data")
    print(f"baseline (one ordinary routine): {baseline['seconds']:.1f} s, "
          f"peak {baseline['peak'] / 1e6:.0f} MB (python {sys.version.split()[0]}, hashing embedder)\n")
    print(f"{'file':<26}{'size':>10}{'time':>9}{'memory':>10}  {'passages':>8}  outcome")
    for name in names:
        file_name, builder = HOSTILE[name]
        documents = folder_with(name)
        built = builder(documents / "gemensamt" / file_name)
        size = sum(p.stat().st_size for p in built.parent.iterdir() if p.name != "vanlig.md")
        result = measure(documents, work / name / "data")
        relative = f"gemensamt/{built.name}"
        if "error" in result:
            memory, outcome, passages = "–", result["error"], "–"
        else:
            memory = f"{max(0, result['peak'] - baseline['peak']) / 1e6:.0f} MB"
            passages = str(result["passages"])
            outcome = (f"skipped: {result['failed'][relative]}" if relative in result["failed"]
                       else f"indexed, warning: {result['warnings'][relative]}" if relative in result["warnings"]
                       else "indexed")
        print(f"{name:<26}{size / 1e3:>8.0f}kB{result['seconds']:>8.1f}s{memory:>10}  {passages:>8}  {outcome}")
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
