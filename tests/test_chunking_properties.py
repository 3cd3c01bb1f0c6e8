"""Properties of chunking for any document and any sensible settings: no text lost, nothing repeated
beyond the overlap, every passage within bounds, and a line layout that matches the text."""
from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from index.chunking import ChunkSettings, chunk_document, split_sentences
from index.types import Block, ParsedDocument

VOCABULARY = ["larm", "hembesök", "brukaren", "personalen", "enhetschefen", "ska", "alltid", "kontakta", "socialsekreteraren", "inom", "tre", "dygn", "och", "dokumentera", "i", "journalen", "t.ex.", "bl.a.", "orosanmälan", "barnet", "vårdnadshavare", "sekretess", "polisen", "uppgifter", "får", "lämnas", "ut", "enligt", "OSL", "10", "kap.", "2", "§", "beslut", "fattas", "av", "nämnden", "ekonomiskt", "bistånd", "försörjningsstöd", "riksnorm", "2025", "–"]
word = st.one_of(st.sampled_from(VOCABULARY), st.text(alphabet="abcåäöxyz0123456789-", min_size=1, max_size=8))
sentence = st.builds(
    lambda words, end, upper: (" ".join(words).capitalize() if upper else " ".join(words)) + end,
    st.lists(word, min_size=1, max_size=14), st.sampled_from([".", "!", "?", ":", "", ","]), st.booleans(),
)
# Long text is drawn as a few sentences repeated: drawing every word makes examples slow to generate.
paragraph = st.one_of(
    st.builds(lambda ss, times: " ".join(ss * times), st.lists(sentence, min_size=1, max_size=8),
              st.integers(1, 6)),
    st.lists(sentence, min_size=1, max_size=6).map("\n".join),
    # lists without punctuation: single "sentences" longer than a passage
    st.builds(lambda ws, times: " ".join(ws * times), st.lists(word, min_size=5, max_size=30),
              st.integers(5, 25)),
)
heading = st.lists(word, min_size=1, max_size=8).map(lambda ws: " ".join(ws).capitalize())
block = st.one_of(
    st.builds(lambda t, p: Block(t, page=p), paragraph, st.one_of(st.none(), st.integers(1, 40))),
    st.builds(lambda t, p, lvl: Block(t, page=p, heading=True, level=lvl),
              heading, st.one_of(st.none(), st.integers(1, 40)), st.integers(0, 6)),
)
chunk_settings = st.builds(
    lambda max_words, target_frac, min_frac, overlap_frac: ChunkSettings(
        min_words=max(1, int(max_words * target_frac * min_frac)),
        target_words=max(1, int(max_words * target_frac)),
        max_words=max_words,
        overlap_words=int(max_words * target_frac * overlap_frac),
    ),
    st.integers(12, 400), st.floats(0.3, 1.0), st.floats(0.0, 1.0), st.floats(0.0, 0.5),
)
documents = st.builds(lambda blocks, title: ParsedDocument(title=title, blocks=blocks, kind="text"),
                      st.lists(block, min_size=1, max_size=12), st.one_of(st.just("T"), heading))


def tokens(text: str) -> list[str]:
    return text.split()


def contains(haystack: str, needle: str) -> bool:
    return f" {' '.join(tokens(needle))} " in f" {' '.join(tokens(haystack))} "


def body_tokens(doc: ParsedDocument) -> Counter:
    return Counter(t for b in doc.blocks for t in tokens(b.text))


def chunk_tokens(chunks) -> Counter:
    return Counter(t for c in chunks for t in tokens(c.text))


@settings(max_examples=150, deadline=None)
@given(documents, chunk_settings)
def test_no_text_lost_nothing_repeated_beyond_overlap_passages_within_bounds(doc, s):
    chunks = chunk_document(doc, s)
    assert bool(chunks) == any(tokens(b.text) for b in doc.blocks)
    # no word lost
    assert not body_tokens(doc) - chunk_tokens(chunks)
    # nothing repeated except the overlap of each passage with the one before
    extra = chunk_tokens(chunks) - body_tokens(doc)
    assert sum(extra.values()) <= s.overlap_words * max(0, len(chunks) - 1)
    # at most max_words, plus its section heading on the first passage of a section (after any chapter
    # headings carried down to it)
    for chunk in chunks:
        rows = chunk.text.split("\n")
        heading = len(tokens(chunk.section)) if chunk.section and chunk.section in rows else 0
        assert 0 < len(tokens(chunk.text)) <= s.max_words + heading
    # ordinals in order; a page and a heading flag for every line of text, from the document's own pages
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    pages = {b.page for b in doc.blocks}
    for chunk in chunks:
        assert len(chunk.lines) == chunk.text.count("\n") + 1
        assert chunk.page in pages
        assert all(page in pages for page, _ in chunk.lines)


@settings(max_examples=80, deadline=None)
@given(documents, chunk_settings)
def test_sentences_stay_whole(doc, s):
    """Every short paragraph, and every sentence that fits in a passage, is found unbroken in one."""
    chunks = chunk_document(doc, s)
    for b in doc.blocks:
        if not tokens(b.text):
            continue
        pieces = [b.text] if len(tokens(b.text)) <= s.max_words // 3 or b.heading else split_sentences(
            " ".join(tokens(b.text)))
        for piece in pieces:
            if len(tokens(piece)) <= s.max_words:
                assert any(contains(c.text, piece) for c in chunks), piece


@settings(max_examples=30, deadline=None)
@given(documents)
def test_chunking_is_deterministic(doc):
    assert chunk_document(doc) == chunk_document(doc)
