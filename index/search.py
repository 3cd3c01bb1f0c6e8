"""Hybrid retrieval: dense (FAISS) and two keyword indexes (stemmed words, trigrams), fused.

Stemmed BM25 catches inflections ("larmet", "larm"); the trigram index catches compounds and
misspellings that share most of their letters ("hembesöksrutin", "hembesok"); the embedding catches
paraphrase ("knappen man trycker på" for "personlarm"). Each alone misses what another finds.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from . import analysis
from .catalog import KeywordText
from .copies import copy_groups, copy_shares
from .numeric import mean_and_std, single_threaded_blas, weighted_mean_and_std
from .postings import Postings
from .vectors import Among, VectorIndex

# A question word counts as one the routines use only where one of the first this many texts the search found for the
# question uses it (answering.unknown_share, read by Library.ask; near-copies count once): in a municipality's whole
# library nearly every word stands somewhere, and a question no routine answers read as covered. Measured with all 24
# real sets' 455 pages in one library: tuning halves' unanswerable questions abstained 76 -> 93 of 264, right 407 -> 405
# of 936 (15: 97, 403; 40: 85, 405); every change among tentative answers. A library of at most this many texts reads
# as before; so does bench_own's every-unit library (684 documents, a dozen copies of each routine), where counting
# passages rather than texts had withheld two right guesses of its held-out halves.
NEIGHBOURHOOD = 25


@dataclass(frozen=True)
class FusionWeights:
    """Weights on each signal after it is standardised (z-score) over the candidates of one question.

    Standardising makes a signal count by how far a passage stands out from the other candidates, not
    by its raw scale: BM25 scores have no fixed range, and e5 cosines crowd between 0.7 and 0.9.
    Chosen with scripts/bench_own.py and SweQUAD-MC dev (see README: Retrieval); a broad plateau
    around these values scores the same.
    """

    dense: float = 1.0
    stemmed: float = 0.4
    trigram: float = 0.25
    candidates: int = 100


@dataclass
class Hit:
    passage_id: int
    score: float
    dense: float
    stemmed: float
    trigram: float


@dataclass
class KeywordCounts:
    """What BM25 and idf read of a set of passages: how many there are, how many hold each stemmed term,
    and how many tokens each keyword index holds for them (for the average passage length).

    Near-copies of one text count once (see copies.copy_groups): each passage adds its share of its group,
    so that a word is as telling whether one unit keeps the routine or fifteen do."""

    passages: float = 0.0
    frequency: dict[str, float] = field(default_factory=dict)
    tokens: dict[str, float] = field(default_factory=dict)  # by keyword index (its column of passages)

    def count(self, terms: str, lengths: dict[str, int], share: float = 1.0) -> None:
        """Add one passage: its stemmed terms and its length in each keyword index."""
        self.passages += share
        for term in set(terms.split()):
            self.frequency[term] = self.frequency.get(term, 0.0) + share
        for table, length in lengths.items():
            self.tokens[table] = self.tokens.get(table, 0.0) + share * length

    def add(self, other: KeywordCounts) -> None:
        self.passages += other.passages
        for term, frequency in other.frequency.items():
            self.frequency[term] = self.frequency.get(term, 0.0) + frequency
        for table, tokens in other.tokens.items():
            self.tokens[table] = self.tokens.get(table, 0.0) + tokens


class _KeywordIndex:
    """One keyword index: a column of the passages (their stemmed terms, or their words folded for the
    trigram search), each passage's text in it, how a text's tokens are counted (as FTS5 counts them), and
    where each phrase occurs (see Postings), so that BM25 can be computed over any subset of the passages."""

    def __init__(self, column: str, *, words: bool):
        self.column = column
        self.words = words  # stemmed terms: one token a word; else trigrams: one token a character position
        self.texts: dict[int, str] = {}

    def length(self, text: str) -> int:
        return len(text.split()) if self.words else max(len(text) - 2, 0)

    @cached_property
    def postings(self) -> Postings:
        """Read once, at the first question: the texts are all added by then (see HybridSearcher)."""
        return Postings(list(self.texts.values()), parts=not self.words)


class _Words:
    """Whether a set of passages uses a word at all: as a stem, inside a compound, or misspelt (see Scope and
    Neighbourhood for what each counts as using a stem, and as a misspelling's candidates)."""

    ids: frozenset[int]
    _searcher: HybridSearcher

    def uses(self, term: str) -> bool:
        raise NotImplementedError

    def like(self, term: str) -> Iterator[str]:
        raise NotImplementedError

    def known(self, term: str, prefix: str | None) -> bool:
        if self.uses(term):
            return True
        if prefix and self._searcher.holds_part(prefix, self.ids):
            return True
        return next(self.like(term), None) is not None


class Scope(_Words):
    """The passages one asker may see, with the keyword statistics of those passages alone.

    Every statistic an answer depends on — idf, whether a question word is known at all, BM25's
    document frequencies and passage lengths — is counted over these passages only. Counted over every
    collection, whether and how the routines answer would tell a person about words in routines they may
    not read (ask with and without a rare word, and see the grade change).
    """

    def __init__(self, searcher: HybridSearcher, ids: frozenset[int], counts: KeywordCounts, complete: bool,
                 shares: dict[int, float] | None = None):
        self.ids = ids
        self.counts = counts
        # a near-copy's share of its group among these passages; empty where they hold no copies (all 1.0)
        self.shares = shares if shares and any(share < 1.0 for share in shares.values()) else {}
        self.complete = complete  # every passage of the generation: nothing to leave out of a search
        self.share_array: np.ndarray | None = None  # shares in the searcher's order (see HybridSearcher._share_array)
        self.inside: np.ndarray | None = None  # which of the searcher's passages are these (see HybridSearcher._inside)
        self._searcher = searcher
        self._by_prefix: dict[str, list[str]] = {}
        for term in counts.frequency:
            self._by_prefix.setdefault(term[:2], []).append(term)

    @cached_property
    def among(self) -> Among:
        """For FAISS's search, made at the first one: only where the vector file holds other passages too."""
        return Among(self.ids)

    def idf(self, term: str) -> float:
        """How telling a stemmed term is among these passages; a term they never use is most telling."""
        return math.log((max(self.counts.passages, 1) + 1) / (self.counts.frequency.get(term, 0) + 0.5))

    def uses(self, term: str) -> bool:
        """Whether these passages use this stemmed term itself."""
        return bool(self.counts.frequency.get(term, 0))

    def like(self, term: str) -> Iterator[str]:
        """The terms of these passages that ``term`` may be a misspelling of."""
        return (other for other in self._by_prefix.get(term[:2], ()) if analysis.similar(term, other))

    def meant(self, term: str) -> str | None:
        """The commonest term of these passages that one they never use is a misspelling of ("metnor" of
        "mentor", "nyanstald" of "nyanstalld"), or None."""
        return max(self.like(term), key=lambda other: (self.counts.frequency[other], other), default=None)

    @cached_property
    def _written(self) -> dict[tuple[str, int], Counter[str]]:
        """The words these passages write (folded), by first letter and length: read once a scope, on the first
        slip of the finger asked of it."""
        written: dict[tuple[str, int], Counter[str]] = {}
        for pid in self.ids:
            for word in self._searcher.trigram.texts[pid].split():
                if len(word) >= analysis.SLIP_LETTERS:  # one_slip reads no shorter word
                    written.setdefault((word[0], len(word)), Counter())[word] += 1
        return written

    def written_like(self, word: str, first_letter: bool = False, slips: int = 1) -> str | None:
        """The commonest word these passages write that ``word`` (folded) is one slip of ("bruakren":
        "brukaren"), or None. ``first_letter``: one slip in the first letter instead ("vrukaren"); ``slips=2``:
        two slips after it, in a long word ("förhansbedömnig")."""
        if first_letter:
            near = [(n, other) for other in analysis.first_letter_slips(word)
                    if (n := self._written.get((other[:1], len(other)), Counter())[other])]
        else:
            slipped = analysis.two_slips if slips == 2 else analysis.one_slip
            near = [(n, other) for length in range(len(word) - slips, len(word) + slips + 1)
                    for other, n in self._written.get((word[:1], length), {}).items() if slipped(word, other)]
        return max(near)[1] if near else None

    def writes(self, word: str) -> bool:
        """Whether these passages write this word (folded) as it is."""
        return bool(word) and bool(self._written.get((word[0], len(word)), Counter())[word])

    def stem_like(self, word: str) -> str | None:
        """The spelling one slip in the first letter from ``word`` whose stem these passages use most
        ("vrukarna": "brukarna", where they write only "brukaren"), or None."""
        used = [(self.idf(stem), other) for other in analysis.first_letter_slips(word)
                if self.uses(stem := analysis.stem(other))]
        return min(used)[1] if used else None

    def respelt(self, question: str) -> str:
        """The question with the terms its misspelt words were meant as added, for the keyword search: the
        model reads "metnor" nearly as "mentor", BM25 not at all."""
        meant = [m for t in dict.fromkeys(analysis.content_terms(question))
                 if len(t) >= analysis.SLIP_LETTERS and not self.uses(t) and (m := self.meant(t))]
        return f"{question} ({' '.join(meant)})" if meant else question


class Neighbourhood(_Words):
    """The first NEIGHBOURHOOD texts a search found for one question: what the routines that speak of it use. A
    question word none of them uses counts as one the routines never use (see answering.unknown_share). Near-copies
    count once (each its share of its group, as in the search): a routine every unit keeps would fill it alone."""

    def __init__(self, searcher: HybridSearcher, scope: Scope):
        self.ids: frozenset[int] = frozenset()
        self._searcher = searcher
        self._scope = scope

    def take(self, ranked: list[int]) -> None:
        """Fill it from a search's candidates, best first."""
        found, texts = [], 0.0
        for pid in ranked:
            if texts >= NEIGHBOURHOOD:
                break
            found.append(pid)
            texts += self._scope.shares.get(pid, 1.0)
        self.ids = frozenset(found)

    def uses(self, term: str) -> bool:
        return any(term in self._searcher.terms_of(pid) for pid in self.ids)

    def like(self, term: str) -> Iterator[str]:
        """The terms of the scope that ``term`` may be a misspelling of, where these passages use them."""
        return (other for other in self._scope.like(term) if self.uses(other))


class HybridSearcher:
    """Scores passages of one index generation for one asker's scope (see ``scope``).

    ``texts``: every passage of the generation with its collections and keyword texts (Catalog.keyword_texts).
    Statistics are counted once per set of collections that passages are filed under; a scope's are the
    sum over the sets it may see, added up at its first question and kept.
    """

    K1, B = 1.2, 0.75  # BM25's constants, as FTS5's own bm25() has them
    SCOPES_KEPT = 64  # distinct scopes whose statistics are kept (one per combination of roles, typically)

    def __init__(self, vectors: VectorIndex, weights: FusionWeights = FusionWeights(), texts: Iterable[KeywordText] = ()):
        single_threaded_blas()  # before the first question's products (see numeric)
        self.vectors = vectors
        self.weights = weights
        self.stemmed = _KeywordIndex("terms", words=True)
        self.trigram = _KeywordIndex("trigrams", words=False)
        self._groups: dict[frozenset[str], tuple[list[int], KeywordCounts]] = {}
        self._lengths: dict[int, dict[str, int]] = {}  # each passage's length in each keyword index
        for text in texts:
            ids, counts = self._groups.setdefault(text.collections, ([], KeywordCounts()))
            ids.append(text.id)
            self._lengths[text.id] = {}
            for index, body in ((self.stemmed, text.terms), (self.trigram, text.trigrams)):
                index.texts[text.id] = body
                self._lengths[text.id][index.column] = index.length(body)
            counts.count(text.terms, self._lengths[text.id])
        self._pids = np.array(list(self.stemmed.texts), dtype=np.int64)  # this generation's passages, in order
        self._by_id = np.argsort(self._pids, kind="stable")  # _pids' positions in id order (see _where)
        self._sorted_pids = self._pids[self._by_id]
        # the vector file holds just this generation's passages: the nearest of all are the scope's, when complete
        stored = vectors.ids()
        order = np.argsort(stored, kind="stable")
        self._vectors_are_ours = np.array_equal(stored[order], self._sorted_pids)
        # where each of _pids stands in the vector file (see similarities)
        self._stored_at = order[np.searchsorted(stored[order], self._pids)] if self._vectors_are_ours else None
        self._length_arrays = {index.column: np.array([self._lengths[pid][index.column] for pid in self.stemmed.texts],
                                                     dtype=np.float64) for index in (self.stemmed, self.trigram)}
        self._scopes: dict[frozenset[frozenset[str]], Scope] = {}
        self._terms: dict[int, frozenset[str]] = {}  # see terms_of

    def scope(self, collections: list[str] | None) -> Scope:
        """The passages of the given collections (all when None), with their statistics."""
        wanted = None if collections is None else set(collections)
        groups = frozenset(g for g in self._groups if wanted is None or g & wanted)
        if groups not in self._scopes:
            if len(self._scopes) >= self.SCOPES_KEPT:
                self._scopes.pop(next(iter(self._scopes)))
            ids = sorted(pid for group in groups for pid in self._groups[group][0])
            # grouped among the scope's passages alone: a copy the asker may not read must not join two of theirs
            shares = copy_shares(copy_groups({pid: self.trigram.texts[pid] for pid in ids}), ids)
            counts = KeywordCounts()
            if any(share < 1.0 for share in shares.values()):  # each passage counts its share
                for pid in ids:
                    counts.count(self.stemmed.texts[pid], self._lengths[pid], shares[pid])
            else:  # each counts once: the sums of the collections' counts
                for group in groups:
                    counts.add(self._groups[group][1])
            self._scopes[groups] = Scope(self, frozenset(ids), counts, len(groups) == len(self._groups), shares)
        return self._scopes[groups]

    def near(self, scope: Scope) -> Neighbourhood:
        """An empty neighbourhood of this scope, for ``search`` to fill (see Neighbourhood)."""
        return Neighbourhood(self, scope)

    def terms_of(self, pid: int) -> frozenset[str]:
        """A passage's stemmed terms, read at the first question that finds it."""
        if pid not in self._terms:
            self._terms[pid] = frozenset(self.stemmed.texts[pid].split())
        return self._terms[pid]

    def holds_part(self, part: str, ids: frozenset[int]) -> bool:
        """Whether one of these passages holds ``part`` as a word or a word's part (see analysis.holds_part)."""
        at, _ = self.trigram.postings.rows(part)
        return any(pid in ids and analysis.holds_part(self.trigram.texts[pid], part)
                   for pid in self._pids[at].tolist())

    def _keyword(self, index: _KeywordIndex, terms: list[str], scope: Scope, limit: int) -> tuple[np.ndarray, np.ndarray]:
        """The ``limit`` passages of the scope that BM25 over one keyword index scores highest, and their scores.

        FTS5's bm25() formula, its operations in the same order, with the scope's statistics alone and
        near-copies counted once (each passage adds its share of its group): what FTS5 would give over an
        index holding only the scope's passages, each text once. The phrases are found in memory (see
        Postings), the scores in array arithmetic, so a library of many copies costs little more than one
        without."""
        k1, b = self.K1, self.B
        rows = max(scope.counts.passages, 1)
        average = scope.counts.tokens.get(index.column, 0.0) / rows
        lengths = self._length_arrays[index.column]
        shares = self._share_array(scope)
        inside = self._inside(scope)
        scores = np.zeros(len(lengths))
        touched = np.zeros(len(lengths), dtype=bool)
        for phrase in dict.fromkeys(t for t in terms if t):
            at, frequency = index.postings.rows(phrase)
            if inside is not None:
                keep = inside[at]
                at, frequency = at[keep], frequency[keep]
            if not len(at):
                continue
            held = float(shares[at].sum())
            idf = math.log((rows - held + 0.5) / (held + 0.5))
            idf = idf if idf > 0.0 else 1e-6
            norm = k1 * (1 - b + b * lengths[at] / average)
            scores[at] += idf * ((frequency * (k1 + 1.0)) / (frequency + norm))
            touched[at] = True
        held_at = np.flatnonzero(touched)
        pids = self._pids[held_at]
        scored = scores[held_at]
        best = np.lexsort((pids, -scored))[:limit]
        return pids[best], scored[best]

    def _share_array(self, scope: Scope) -> np.ndarray:
        """Each passage's share of its copy group among the scope's, in the order of ``_pids``."""
        if scope.share_array is None:
            scope.share_array = np.array([scope.shares.get(pid, 1.0) for pid in self._pids.tolist()])
        return scope.share_array

    def _inside(self, scope: Scope) -> np.ndarray | None:
        """Which of ``_pids`` the scope holds, or None where it holds them all."""
        if scope.complete:
            return None
        if scope.inside is None:
            scope.inside = np.array([pid in scope.ids for pid in self._pids.tolist()], dtype=bool)
        return scope.inside

    def search(self, question: str, query_vector: np.ndarray, scope: Scope, k: int,
               neighbourhood: Neighbourhood | None = None) -> list[Hit]:
        """The ``k`` best passages of ``scope`` (see ``scope``), best first; ``neighbourhood`` is filled from all the
        candidates.

        Near-copies count once here too: each signal brings as many candidates as ``candidates`` distinct
        texts would (copies would crowd the others out), and a group of copies counts once in standardising
        the signals (copies would move the mean towards themselves)."""
        w = self.weights
        n = math.ceil(max(w.candidates, k) * len(scope.ids) / max(scope.counts.passages, 1))
        cosines = None
        if self._stored_at is not None:  # every passage's cosine at once (see VectorIndex.similarities)
            cosines = self.vectors.similarities(query_vector)[self._stored_at]
            nearest = self._nearest_of(cosines, scope, n)
        else:
            near = self._nearest(query_vector, scope, n)
            nearest = (np.fromiter(near, dtype=np.int64, count=len(near)),
                       np.fromiter(near.values(), dtype=np.float64, count=len(near)))
        signals = [nearest, self._keyword(self.stemmed, analysis.content_terms(question), scope, n),
                   self._keyword(self.trigram, analysis.trigram_terms(question), scope, n)]
        ids, where = np.unique(np.concatenate([found for found, _ in signals]), return_inverse=True)  # in id order
        if not len(ids):
            return []
        table = np.zeros((len(ids), len(signals)))
        start = 0
        for column, (found, scores) in enumerate(signals):
            table[where[start : start + len(found)], column] = scores
            start += len(found)
        if cosines is not None:  # found by keywords alone too: their cosine to the question all the same
            table[:, 0] = cosines[self._where(ids)[1]]
        else:
            missing = np.ones(len(ids), dtype=bool)
            missing[where[: len(nearest[0])]] = False
            if missing.any():
                at = np.flatnonzero(missing)
                table[at, 0] = self.vectors.vectors(ids[at].tolist()) @ query_vector.reshape(-1)
        if scope.shares:
            mean, spread = weighted_mean_and_std(table, self._share_array(scope)[self._where(ids)[1]])
        else:
            mean, spread = mean_and_std(table, axis=0)
        spread[spread == 0] = 1.0
        fused = ((table - mean) / spread) @ np.array([w.dense, w.stemmed, w.trigram])
        order = np.lexsort((ids, -fused))  # ties: the lower id first
        if neighbourhood is not None:
            neighbourhood.take(ids[order].tolist())
        best = order[:k]
        return [Hit(pid, score, *row) for pid, score, row in
                zip(ids[best].tolist(), fused[best].tolist(), table[best].tolist())]

    def _nearest_of(self, cosines: np.ndarray, scope: Scope, n: int) -> tuple[np.ndarray, np.ndarray]:
        """The scope's ``n`` passages nearest the question and their cosines, from every passage's cosine
        (in the order of ``_pids``)."""
        inside = self._inside(scope)
        if inside is not None:
            cosines = np.where(inside, cosines, -np.inf)
        n = min(n, len(scope.ids))
        if n <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        at = np.argpartition(-cosines, n - 1)[:n] if n < len(cosines) else np.arange(len(cosines))
        return self._pids[at], cosines[at].astype(np.float64)

    def _nearest(self, query_vector: np.ndarray, scope: Scope, n: int) -> dict[int, float]:
        """The scope's ``n`` passages nearest the question, with their cosines."""
        if scope.complete and self._vectors_are_ours:
            return dict(self.vectors.search(query_vector, n))
        # the scope's own nearest: passages of other collections must not crowd them out
        return dict(self.vectors.search(query_vector, n, scope.among))

    def _where(self, pids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Which of ``pids`` are this generation's passages, and where each stands in ``_pids`` (where it is one)."""
        if not len(self._pids):
            return np.zeros(len(pids), dtype=bool), np.zeros(len(pids), dtype=np.int64)
        at = np.minimum(np.searchsorted(self._sorted_pids, pids), len(self._pids) - 1)
        return self._sorted_pids[at] == pids, self._by_id[at]
