"""Runtimes of the default model: the same vectors on ONNX as on torch, int8 close, and an index refuses
a runtime whose vectors differ from the ones it holds."""
from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner

from bot.cli import main
from index import DataDir, Library, ModelMismatch
from index.embedder import DEFAULT_MODEL, DEFAULT_RUNTIME, check_vectors, load_embedder, runtime_for
from index.store import get_meta, open_db, set_meta

TEXTS = [
    "Personlarmet hämtas i receptionen före varje hembesök. ",
    "Orosanmälan ska registreras samma dag.",
    "Vem ansvarar för nyckelhanteringen när hemtjänsten får en ny brukare?",
    "Övertid ska alltid godkännas i förväg av närmaste chef.",
]


class RuntimeFake:
    """The fake embedder dressed as the default model on a given runtime."""

    def __init__(self, fake, runtime):
        self._fake, self.runtime, self.name, self.dim = fake, runtime, DEFAULT_MODEL, fake.dim

    def embed_queries(self, texts):
        return self._fake.embed_queries(texts)

    def embed_passages(self, texts):
        return self._fake.embed_passages(texts)


def test_runtime_follows_the_index(tmp_path):
    db = open_db(DataDir(tmp_path))
    assert runtime_for(None) == runtime_for(db) == DEFAULT_RUNTIME  # a new index gets the default
    set_meta(db, "current_generation", 1)
    assert runtime_for(db) == "onnx"  # built before runtimes were recorded: float vectors
    set_meta(db, "runtime", "torch")
    assert runtime_for(db) == "onnx"  # same vectors, faster
    set_meta(db, "runtime", "onnx-int8")
    assert runtime_for(db) == "onnx-int8"


def test_vectors_of_another_kind_are_refused(fake_embedder):
    check_vectors("torch", RuntimeFake(fake_embedder, "onnx"))
    check_vectors(None, RuntimeFake(fake_embedder, "torch"))
    with pytest.raises(ModelMismatch, match="körmiljön 'onnx-int8'"):
        check_vectors("onnx-int8", RuntimeFake(fake_embedder, "onnx"))
    with pytest.raises(ModelMismatch, match="int8"):
        check_vectors(None, RuntimeFake(fake_embedder, "onnx-int8"))


def test_index_records_its_runtime_and_refuses_int8_queries_on_float_vectors(tmp_path, docs, fake_embedder):
    data = tmp_path / "data"
    built = Library(data, embedder=RuntimeFake(fake_embedder, "onnx"))
    built.build([docs])
    assert get_meta(built.db, "runtime") == "onnx"
    assert runtime_for(built.db) == "onnx"  # what a later process picks by itself

    same_kind = Library(data, embedder=RuntimeFake(fake_embedder, "torch"))
    assert same_kind.ask("Hur fungerar personlarmet?").sources
    other_kind = Library(data, embedder=RuntimeFake(fake_embedder, "onnx-int8"))
    with pytest.raises(ModelMismatch):
        other_kind.ask("Hur fungerar personlarmet?")
    with pytest.raises(ModelMismatch):
        other_kind.build([docs])
    assert get_meta(built.db, "runtime") == "onnx"  # the refused build changed nothing


def test_cli_runtime_option_reaches_the_library(tmp_path, monkeypatch):
    seen = {}

    def fake_status(self):
        seen["runtime"] = self._runtime
        raise SystemExit(0)

    monkeypatch.setattr(Library, "status", fake_status)
    result = CliRunner().invoke(main, ["status", "--data", str(tmp_path), "--runtime", "torch"])
    assert result.exit_code == 0, result.output
    assert seen["runtime"] == "torch"
    result = CliRunner().invoke(main, ["status", "--data", str(tmp_path), "--runtime", "fast"])
    assert result.exit_code == 2 and "onnx-int8" in result.output


@pytest.mark.model
def test_onnx_gives_torch_vectors_and_int8_stays_close():
    torch_vectors = load_embedder(runtime="torch")
    onnx_float = load_embedder(runtime="onnx")
    onnx_int8 = load_embedder(runtime="onnx-int8")
    for method in ("embed_queries", "embed_passages"):
        reference = getattr(torch_vectors, method)(TEXTS)
        same = (getattr(onnx_float, method)(TEXTS) * reference).sum(1)
        close = (getattr(onnx_int8, method)(TEXTS) * reference).sum(1)
        assert same.min() > 0.9999, (method, same)
        assert close.min() > 0.995, (method, close)
        assert close.min() < 0.99999, "int8 vectors identical to float: quantisation did not happen"
    assert np.allclose(np.linalg.norm(onnx_int8.embed_passages(TEXTS), axis=1), 1.0, atol=1e-5)


@pytest.mark.model
def test_passages_embedded_in_parallel_parts_each_get_their_own_vector():
    onnx_float = load_embedder(runtime="onnx")
    texts = [f"{text} Punkt {i}." + " Se även rutinen." * (i % 5) for i, text in enumerate(TEXTS * 5)]
    together = onnx_float.embed_passages(texts)  # several parts of batch_size, run at once, out of order
    alone = np.vstack([onnx_float.embed_passages([t]) for t in texts])
    assert len(texts) > 2 * onnx_float.batch_size
    assert (together * alone).sum(1).min() > 0.9999


WEIGHTS = np.arange(64 * 8, dtype=np.float32).reshape(64, 8) / 100  # 2 KB: stored outside the graph


def tiny_export(folder, out):
    """Stands in for the torch export: one matrix product, so the file handling is tested without torch."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "W"], ["y"])], "tiny",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 64])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 8])],
        [numpy_helper.from_array(WEIGHTS, "W")])
    onnx.save_model(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(out))
    tiny_export.calls += 1


def run_tiny(path):
    import onnxruntime

    x = np.linspace(-1, 1, 64, dtype=np.float32).reshape(1, 64)
    return onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, {"x": x})[0], x


def test_onnx_model_keeps_its_weights_beside_it_and_is_made_once(tmp_path):
    from index.onnx_model import FLOAT_FILE, ensure_onnx

    tiny_export.calls = 0
    path = ensure_onnx(tmp_path, False, tiny_export)
    assert path == tmp_path / FLOAT_FILE and ensure_onnx(tmp_path, False, tiny_export) == path
    assert tiny_export.calls == 1
    weights = path.with_name(path.name + ".data")
    assert weights.stat().st_size >= WEIGHTS.nbytes > path.stat().st_size  # mapped, not parsed, when loaded
    y, x = run_tiny(path)
    assert np.allclose(y, x @ WEIGHTS)
    assert sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(".lock")) == [path.name, weights.name]


def test_a_single_file_model_from_an_earlier_version_is_reused_and_removed(tmp_path):
    from index.onnx_model import SINGLE_FILES, ensure_onnx

    tiny_export.calls = 0
    (tmp_path / "onnx").mkdir()
    tiny_export(tmp_path, tmp_path / "onnx" / "model.onnx")
    path = ensure_onnx(tmp_path, False, tiny_export)
    assert tiny_export.calls == 1  # the earlier file was converted, not exported again
    assert not (tmp_path / next(iter(SINGLE_FILES.values()))).exists()
    y, x = run_tiny(path)
    assert np.allclose(y, x @ WEIGHTS)
