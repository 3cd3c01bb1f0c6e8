"""The default model on ONNX Runtime (the only module that imports onnxruntime).

Why: on a 2-core server sentence-transformers on torch embeds about 5 passages a second and needs
several seconds just to import. The same network exported to ONNX gives the same vectors in float32
(cosine 1.0000 against torch), and with int8 weights runs faster again; answering needs
only onnxruntime, tokenizers and numpy, so a cold ``rutinbot ask`` starts in about two seconds.

Both models are made locally from the converted model folder, once per machine, under its lock:
``onnx/model_float32.onnx`` (exported by torch in embedder.py) and ``onnx/model_int8.onnx`` (dynamic int8
quantisation of the matrix products and the word embeddings, per output channel). Each keeps its weights
in a ``.data`` file beside it, which ONNX Runtime maps into memory instead of parsing and copying them:
a session then starts with 0.2 s of CPU instead of 1.0 s (float), and processes share the pages. The feed-forward
output projections and the first and last layers stay float: quantising the former's activations is
what moves the vectors most (mean cosine 0.984 against 0.999 without it, on SweQUAD-MC passages), and
keeping the outer layers float kept the bundled question set's hit@1 and MRR at the float model's.
"""
from __future__ import annotations

import os
import re
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from .errors import ModelUnavailable
from .model_cache import preparing

FLOAT_FILE = "onnx/model_float32.onnx"
INT8_FILE = "onnx/model_int8.onnx"
# Earlier versions wrote each model as one file. The float one is the same network (reused, then removed);
# the int8 one may come from an earlier recipe, so it is quantised again.
SINGLE_FILES = {FLOAT_FILE: "onnx/model.onnx", INT8_FILE: "onnx/model_qint8.onnx"}
MAX_TOKENS = 512


# ----------------------------------------------------------------------------- making the files


Export = Callable[[Path, Path], None]  # (model folder, ONNX file to write)


def ensure_onnx(folder: Path, quantized: bool, export: Export) -> Path:
    """Return the ONNX file for ``folder``, exporting (and quantising) it the first time."""
    target = Path(folder) / (INT8_FILE if quantized else FLOAT_FILE)
    if target.is_file():
        return target
    with preparing(target):
        if target.is_file():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        single = Path(folder) / SINGLE_FILES[INT8_FILE if quantized else FLOAT_FILE]
        staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            if quantized:
                _quantize(ensure_onnx(folder, False, export), staging)
            elif single.is_file():
                staging = single
            else:
                export(Path(folder), staging)
            _save_with_external_weights(staging, target)
        except ModelUnavailable:
            raise
        except Exception as exc:  # noqa: BLE001 - any export failure becomes one clear message
            raise ModelUnavailable(f"kunde inte exportera modellen till ONNX: {type(exc).__name__}: {exc}") from exc
        finally:
            if staging != single:
                staging.unlink(missing_ok=True)
        single.unlink(missing_ok=True)  # a process still using it keeps its copy until it ends
    return target


def _save_with_external_weights(source: Path, target: Path) -> None:
    """Write the model in ``source`` as ``target`` with its weights in ``target.data``.

    Both are written in a staging folder and renamed into place, the weights first: a reader who finds
    ``target`` finds its weights too.
    """
    import onnx

    model = onnx.load(str(source))
    staging = target.with_name(f".{target.name}.{os.getpid()}.staging")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        weights = f"{target.name}.data"
        onnx.save_model(model, str(staging / target.name), save_as_external_data=True,
                        all_tensors_to_one_file=True, location=weights, size_threshold=1024)
        shutil.copymode(staging / target.name, staging / weights)  # onnx makes it owner-only
        os.replace(staging / weights, target.with_name(weights))
        os.replace(staging / target.name, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _quantize(source: Path, out: Path) -> None:
    import logging

    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    graph = onnx.load(str(source), load_external_data=False).graph
    products = [n.name for n in graph.node if n.op_type == "MatMul"]
    layers = sorted({int(m.group(1)) for n in products if (m := re.search(r"/layer\.(\d+)/", n))})
    keep_float = [n for n in products
                  if (n.endswith("/output/dense/MatMul") and "/attention/" not in n)  # feed-forward output
                  or any(f"/layer.{i}/" in n for i in (layers[:1] + layers[-1:]))]  # first and last layer
    quiet = logging.getLogger().level
    logging.getLogger().setLevel(logging.ERROR)  # it suggests pre-processing on every run
    try:
        quantize_dynamic(str(source), str(out), weight_type=QuantType.QInt8, per_channel=True,
                         op_types_to_quantize=["MatMul", "Gather"], nodes_to_exclude=keep_float)
    finally:
        logging.getLogger().setLevel(quiet)


# ----------------------------------------------------------------------------- embedding


class OnnxEmbedder:
    """Questions run on their own session (with the threads it is given), passages on another.

    ONNX Runtime sessions may be called from several threads at once, so a question asked while a
    reindex embeds in the same process does not wait for the indexing slice at all. Idle threads
    sleep instead of spinning: spinning steals the core a busy neighbour (or the other session) needs.
    """

    def __init__(self, name: str, folder: Path, *, runtime: str, quantized: bool, export: Export,
                 query_threads: int, batch_threads: int, batch_size: int = 8):
        self.name = name
        self.runtime = runtime
        self.batch_threads = batch_threads
        self.quantized = quantized
        self.batch_size = batch_size
        try:
            import onnxruntime
            from tokenizers import Tokenizer

            self._path = ensure_onnx(folder, quantized, export)
            self._ort = onnxruntime
            self._tokenizer = Tokenizer.from_file(str(Path(folder) / "tokenizer.json"))
        except ModelUnavailable:
            raise
        except Exception as exc:  # noqa: BLE001 - any load failure becomes one clear message
            raise ModelUnavailable(f"kunde inte ladda modellen {name!r}: {type(exc).__name__}: {exc}") from exc
        pad = self._tokenizer.token_to_id("<pad>")
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=pad if pad is not None else 1, pad_token="<pad>")
        self._query_session = self._session(query_threads)
        self._batch_session = None
        self._batch_lock = threading.Lock()
        self.dim = int(self._run(self._query_session, ["query: x"]).shape[1])

    def _session(self, threads: int):
        options = self._ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.add_session_config_entry("session.inter_op.allow_spinning", "0")
        return self._ort.InferenceSession(str(self._path), options, providers=["CPUExecutionProvider"])

    def _run(self, session, texts: list[str]) -> np.ndarray:
        # rstrip: transformers' tokenizer (used on torch) drops a trailing space; this keeps the vectors equal
        encodings = self._tokenizer.encode_batch([t.rstrip() for t in texts])
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        return session.run(None, {"input_ids": ids, "attention_mask": mask})[0].astype(np.float32, copy=False)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return np.vstack([self._run(self._query_session, [f"query: {t}"]) for t in texts]) if texts else \
            np.zeros((0, self.dim), np.float32)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """A few passages per call, shortest first, so similar lengths pad little; ``batch_threads`` calls at
        once, each on one thread: the products of a few short texts are small, and split over two threads
        they spend much of their time waiting for each other (measured on the bundled documents: 4 % faster
        idle, twice as fast when another process wanted a core)."""
        with self._batch_lock:
            if self._batch_session is None:
                self._batch_session = self._session(1)
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))

        def embed(part: list[int]) -> None:
            out[part] = self._run(self._batch_session, [f"passage: {texts[i]}" for i in part])

        parts = [order[start : start + self.batch_size] for start in range(0, len(order), self.batch_size)]
        with ThreadPoolExecutor(max(1, min(self.batch_threads, len(parts)))) as pool:
            list(pool.map(embed, parts))  # list(): a failure in any part is raised here
        return out
