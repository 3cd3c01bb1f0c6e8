"""The small deterministic embedder for plumbing tests (index/hashing.py), under the name tests use."""
from index.hashing import HashingEmbedder as FakeEmbedder

__all__ = ["FakeEmbedder"]
