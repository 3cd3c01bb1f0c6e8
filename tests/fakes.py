"""The small deterministic embedder for plumbing tests (index/hashing.py), under the name tests use, and one
that remembers what it was asked to embed."""
from index.hashing import HashingEmbedder as FakeEmbedder

__all__ = ["FakeEmbedder", "RecordingEmbedder"]


class RecordingEmbedder(FakeEmbedder):
    """Remembers every text it is asked to embed: passages and sentences, and questions."""

    def __init__(self):
        super().__init__()
        self.texts: list[str] = []
        self.queries: list[str] = []

    def embed_passages(self, texts):
        self.texts.extend(texts)
        return super().embed_passages(texts)

    def embed_queries(self, texts):
        self.queries.extend(texts)
        return super().embed_queries(texts)
