from hypothesis import given, settings
from hypothesis import strategies as st

from index.chunking import ChunkSettings, chunk_document, split_sentences
from index.types import Block, ParsedDocument


def _doc(blocks):
    return ParsedDocument(title="T", blocks=blocks, kind="text")


def _sentences(n, prefix="Mening"):
    return " ".join(f"{prefix} nummer {i} har några ord till här." for i in range(n))


def test_sentences_split_on_capitals_but_not_abbreviations():
    parts = split_sentences("Ring t.ex. chefen. Sedan skriver du bl.a. en rapport! Klart?")
    assert parts == ["Ring t.ex. chefen.", "Sedan skriver du bl.a. en rapport!", "Klart?"]


def test_a_number_ends_a_sentence_unless_it_opens_a_list_item():
    """A phone number or an address ends its sentence ("… 08-465 004 30. Jouren …"); a step's number after a
    sentence or a clause opens the step; a value after a colon stays in the sentence that gives it."""
    assert split_sentences("Ring socialjouren på 08-465 004 30. Jouren kan också komma ut.") == [
        "Ring socialjouren på 08-465 004 30.", "Jouren kan också komma ut."]
    assert split_sentences("Uppge adress: Lindvägen 4. 4. Släck om det går.") == [
        "Uppge adress: Lindvägen 4.", "4. Släck om det går."]  # a short label keeps what it labels
    assert split_sentences("- Vardagar: Ring receptionen på 0141-22 53 00.") == [
        "- Vardagar: Ring receptionen på 0141-22 53 00."]  # when the number holds stays with it
    assert split_sentences("Gör så här: 1. Ring chefen. 2. Skriv en rapport.") == [
        "Gör så här:", "1. Ring chefen.", "2. Skriv en rapport."]
    assert split_sentences("4. Hos brukaren; 1. Stäng av larmet.") == ["4. Hos brukaren; 1. Stäng av larmet."]
    assert split_sentences("Socialsekreterare nås på telefon: 070-520 51 81. Sedan gäller jouren.") == [
        "Socialsekreterare nås på telefon: 070-520 51 81.", "Sedan gäller jouren."]


def test_each_section_becomes_its_own_passages_with_heading_and_page():
    blocks = [
        Block("Larmet", page=1, heading=True, level=2),
        Block(_sentences(20), page=1),
        Block("Planering", page=2, heading=True, level=2),
        Block(_sentences(20, "Plan"), page=2),
    ]
    chunks = chunk_document(_doc(blocks))
    assert [c.section for c in chunks] == ["Larmet", "Planering"]
    assert [c.page for c in chunks] == [1, 2]
    assert chunks[0].text.startswith("Larmet\n")
    assert "Plan" not in chunks[0].text


def test_a_heading_read_within_its_section_starts_no_passage_but_bounds_and_names_no_section():
    """A page's unmarked heading line (Block.within) stays in its section's passage, flagged so that a quote never
    runs across it nor quotes it; the sentences below it keep the heading above as theirs."""
    from index.answering import Candidate, choose_quote, quote_sentences
    from index.quoting import section_headings, sentence_spans
    from index.types import WITHIN_HEADING

    blocks = [Block("Våld och hot", heading=True, level=1), Block(_sentences(12)),
              Block("Åtgärder vid uttalat bombhot", heading=True, level=2, within=True),
              Block("Larma 112. Återgång till arbetsplatsen sker efter samråd med polisen.")]
    [chunk] = chunk_document(_doc(blocks))
    rows = chunk.text.split("\n")
    assert chunk.section == "Våld och hot"
    assert chunk.lines[rows.index("Åtgärder vid uttalat bombhot")][1] == WITHIN_HEADING
    assert set(section_headings(chunk.text, chunk.lines, chunk.section).values()) == {"Våld och hot"}
    candidate = Candidate(chunk.text, chunk.lines, sentence_spans(chunk.text, chunk.lines, "T"), title="T")
    quoted = quote_sentences(candidate, choose_quote("när sker återgång till arbetsplatsen", [candidate]))
    assert "Återgång till arbetsplatsen sker efter samråd med polisen." in quoted
    assert not any("Åtgärder" in sentence or "Mening" in sentence for sentence in quoted)


def test_long_sections_are_windowed_within_bounds_with_overlap():
    s = ChunkSettings()
    chunks = chunk_document(_doc([Block("Rubrik", heading=True), Block(_sentences(150))]), s)
    assert len(chunks) > 3
    for chunk in chunks:
        assert len(chunk.text.split()) <= s.max_words + 1  # +1: the heading line of the first window
    # consecutive windows share their boundary sentence
    first_tail = split_sentences(chunks[0].text.split("\n")[-1])[-1]
    assert first_tail in chunks[1].text


def test_tiny_sections_are_merged_not_left_as_crumbs():
    blocks = []
    for i in range(4):
        blocks += [Block(f"Del {i}", heading=True), Block(f"Kort text om del {i}.")]
    chunks = chunk_document(_doc(blocks))
    assert len(chunks) == 1
    assert all(f"Del {i}" in chunks[0].text for i in range(4))


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäö", min_size=1, max_size=12)
sentence = st.lists(words, min_size=1, max_size=30).map(lambda ws: " ".join(ws).capitalize() + ".")
paragraph = st.lists(sentence, min_size=1, max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.booleans(), paragraph), min_size=1, max_size=12))
def test_no_text_lost_and_passages_within_bounds(items):
    blocks = [Block(text.split(".")[0][:40] or "Rubrik", heading=True) if is_heading else Block(text)
              for is_heading, text in items]
    s = ChunkSettings()
    chunks = chunk_document(_doc(blocks), s)
    joined = " ".join(" ".join(c.text.split()) for c in chunks)
    for block in blocks:
        for word in block.text.split():
            assert word in joined
    for chunk in chunks:
        assert len(chunk.text.split()) <= s.max_words + 40  # a heading line may ride along
    body_words = sum(len(b.text.split()) for b in blocks)
    total = sum(len(c.text.split()) for c in chunks)
    assert total <= body_words * 1.6 + 40  # overlap, not duplication


def test_a_paragraph_that_only_labels_the_short_line_under_it_is_one_line_with_it():
    """A web page sets its opening hours as "Sprututbytet Varberg:" over "Ons kl 13-16": apart, the hours say nothing
    of where, and the label is no sentence to quote. A list under its lead-in, a label over another label and a long
    paragraph under a colon stay lines of their own."""
    doc = ParsedDocument(title="Sprututbytet", blocks=[
        Block("Öppettider", page=1, heading=True, level=2),
        Block("Sprututbytet Halmstad:", page=1), Block("Tis kl 13-18 och tor 15-18", page=1),
        Block("Sprututbytet Varberg:", page=1), Block("Ons kl 13-16", page=1),
        Block("Ta med:", page=1), Block("• legitimation", page=1),
        Block("Kontakt:", page=1), Block("Telefontid:", page=1), Block("måndag-fredag 8:30-11:30", page=1),
        Block("Bakgrund:", page=1), Block(_sentences(3), page=1),
    ])
    lines = chunk_document(doc)[0].text.splitlines()
    assert "Sprututbytet Halmstad: Tis kl 13-18 och tor 15-18" in lines
    assert "Sprututbytet Varberg: Ons kl 13-16" in lines
    assert lines[lines.index("Ta med:") + 1] == "• legitimation"
    assert "Kontakt:" in lines and "Telefontid: måndag-fredag 8:30-11:30" in lines
    assert "Bakgrund:" in lines
