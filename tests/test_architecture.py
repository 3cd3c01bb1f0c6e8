"""The dependency rules: index never imports bot, bot uses only what index exports, and each third-party
library lives in one place (so a test can swap it)."""
import ast
import re
from pathlib import Path

import index

ROOT = Path(__file__).resolve().parent.parent
OWNERS = {  # library -> the only module or package that may import it
    "pypdf": "index/readers/pdf.py",
    "docx": "index/readers/docx.py",
    "faiss": "index/vectors.py",
    "sentence_transformers": "index/embedder.py",
    "torch": "index/embedder.py",
    "transformers": "index/embedder.py",
    "onnxruntime": "index/onnx_model.py",
    "onnx": "index/onnx_model.py",
    "discord": "bot/discord/",
    "microsoft_teams": "bot/teams/",
    "msal": "bot/teams/credentials.py",
    "uvicorn": "bot/teams/app.py",
}


def imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, None
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module, [a.name for a in node.names]


def sources(package: str):
    return sorted((ROOT / package).rglob("*.py"))


def test_index_never_imports_bot():
    for path in sources("index"):
        assert not any(module.split(".")[0] == "bot" for module, _ in imports(path)), path


def test_bot_uses_only_what_index_exports():
    for path in sources("bot"):
        for module, names in imports(path):
            if module.split(".")[0] != "index":
                continue
            assert module == "index", f"{path.relative_to(ROOT)} imports {module}"
            assert set(names) <= set(index.__all__), f"{path.relative_to(ROOT)}: {set(names) - set(index.__all__)}"


def test_each_library_is_imported_in_one_place():
    for path in sources("index") + sources("bot"):
        where = path.relative_to(ROOT).as_posix()
        for module, _ in imports(path):
            owner = OWNERS.get(module.split(".")[0])
            if owner:
                assert where == owner or (owner.endswith("/") and where.startswith(owner)), f"{where}: {module}"


# -- one owner per table --------------------------------------------------------------------------

TABLE_OWNERS = {  # table -> the only module whose SQL names it (the schema's migrations aside)
    "meta": "index/store.py",
    "contents": "index/catalog.py",
    "passages": "index/catalog.py",
    "documents": "index/catalog.py",
    "generations": "index/catalog.py",
    "questions": "index/journal.py",
    "feedback": "index/journal.py",
    "audit": "index/audit.py",
}
_SQL = re.compile(r"\b(?:SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|ALTER|DROP)\b")
_TABLE = re.compile(r"\b(?:FROM|JOIN|INTO|UPDATE|TABLE(?: IF (?:NOT )?EXISTS)?)\s+(?:\w+\.)?(\w+)", re.I)


def _migrations(tree: ast.Module) -> set[int]:
    """Ids of the string nodes inside ``MIGRATIONS = [...]``: the schema, which names every table."""
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "MIGRATIONS" for t in targets):
                return {id(n) for n in ast.walk(node)}
    return set()


def tables_named(path: Path) -> set[str]:
    """Tables this module's SQL names (in string literals and f-strings), or reaches through sqlite-utils
    (``db["table"]``, ``db.table("table")``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    schema = _migrations(tree)
    found: set[str] = set()
    # a table named by an argument (f"... FROM {table}"): the names this module passes to calls count
    arguments = {a.value for node in ast.walk(tree) if isinstance(node, ast.Call) for a in node.args
                 if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    for node in ast.walk(tree):
        if id(node) in schema:
            continue
        if isinstance(node, ast.JoinedStr):
            if _SQL.search(ast.unparse(node)) and re.search(r"\b(?:FROM|JOIN|INTO|UPDATE)\s+\{", ast.unparse(node)):
                found.update(arguments)
            text = "".join(v.value if isinstance(v, ast.Constant) else " ? " for v in node.values
                           if isinstance(v, (ast.Constant, ast.FormattedValue)))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant)
              and isinstance(node.slice.value, str) and isinstance(node.value, (ast.Name, ast.Attribute))
              and (getattr(node.value, "id", None) or getattr(node.value, "attr", None)) == "db"):
            found.add(node.slice.value)
            continue
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "table"
              and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.add(node.args[0].value)
            continue
        else:
            continue
        if _SQL.search(text):
            found.update(_TABLE.findall(text))
    return found & set(TABLE_OWNERS)


def test_each_table_has_one_module_writing_its_sql():
    writers: dict[str, set[str]] = {}
    for path in sources("index") + sources("bot") + sorted((ROOT / "scripts").rglob("*.py")):
        for table in tables_named(path):
            writers.setdefault(table, set()).add(path.relative_to(ROOT).as_posix())
    assert {t: sorted(w) for t, w in writers.items()} == {t: [o] for t, o in TABLE_OWNERS.items()}


def test_the_table_check_sees_sql_in_literals_f_strings_and_sqlite_utils(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('db.execute(f"SELECT id FROM passages WHERE x IN ({marks})")\n'
                      'db.execute("DELETE FROM audit WHERE at < ?")\n'
                      'self.db["questions"].insert({})\n'
                      'self.db.table("feedback").insert({})\n'
                      'label = "documents"  # a word, not SQL\n', encoding="utf-8")
    assert tables_named(sample) == {"passages", "audit", "questions", "feedback"}
    sample.write_text('def count(table):\n    db.execute(f"SELECT count(*) FROM {table}")\n'
                      'count("feedback")\n', encoding="utf-8")
    assert tables_named(sample) == {"feedback"}


# -- no import circles ------------------------------------------------------------------------------

def module_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports (relative imports resolved, TYPE_CHECKING ones left out)."""
    graph: dict[str, set[str]] = {}
    for path in sources("index") + sources("bot"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        package = parts[:-1] if parts[-1] != "__init__" else parts[:-1]
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                       and "TYPE_CHECKING" in ast.unparse(node.test) for n in ast.walk(node)}
        edges = graph.setdefault(name, set())
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.ImportFrom):
                base = package[: len(package) - node.level + 1] if node.level else []
                module = ".".join(base + (node.module.split(".") if node.module else []))
                edges.update(f"{module}.{a.name}" for a in node.names)
                edges.add(module)
            elif isinstance(node, ast.Import):
                edges.update(a.name for a in node.names)
    known = set(graph)
    return {m: {e for e in edges if e in known and e != m} for m, edges in graph.items()}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index_of: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index_of[node] = low[node] = len(index_of)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index_of:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index_of[nxt])
        if low[node] == index_of[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index_of:
            visit(node)
    return found


def test_the_import_graph_has_no_circle():
    """A package's __init__ re-exporting its modules is not a circle; a module importing its parent
    package's names back is (bot/discord's client and cogs were one)."""
    graph = {m: {e for e in edges if not m.startswith(e + ".")} for m, edges in module_graph().items()}
    assert circles(graph) == []


def test_scripts_import_nothing_from_tests():
    test_modules = {"tests"} | {p.stem for p in (ROOT / "tests").glob("*.py")}
    for path in sorted((ROOT / "scripts").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not any(module.split(".")[0] in test_modules for module, _ in imports(path)), path
        assert '"tests"' not in text and "'tests'" not in text, f"{path} puts tests/ on the import path"


def test_library_stays_a_thin_facade():
    """New work goes into the module that owns it (catalog, serving, citing …), not into the façade."""
    assert len((ROOT / "index" / "library.py").read_text(encoding="utf-8").splitlines()) < 250
