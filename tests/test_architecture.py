"""The dependency rules: index never imports bot, bot uses only what index exports, and each third-party
library lives in one place (so a test can swap it)."""
import ast
from pathlib import Path

import index

ROOT = Path(__file__).resolve().parent.parent
OWNERS = {  # library -> the only module or package that may import it
    "pypdf": "index/readers/pdf.py",
    "docx": "index/readers/docx.py",
    "faiss": "index/vectors.py",
    "sentence_transformers": "index/embedder.py",
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
