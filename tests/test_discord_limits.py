"""Cutting to Discord's limits (property tests), the answer layout, and the per-user rate limit."""
import ast
import re
from pathlib import Path

import discord
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot import texts
from bot.answer import Citation, Reply
from bot.discord import layout, limits
from bot.discord.limits import EmbedField, EmbedSpec, fit_embed, fits, shorten, split_message
from bot.discord.replies import to_embed
from bot.ratelimit import SlidingWindow

ROOT = Path(__file__).resolve().parent.parent

word = st.text(st.sampled_from("abcdeåäöABC”*_.,-"), min_size=1, max_size=12)
space = st.sampled_from([" ", " ", " ", "\n", "  ", "\n\n"])


@st.composite
def prose(draw, max_words=300):
    words = draw(st.lists(word, max_size=max_words))
    return "".join(w + draw(space) for w in words).strip()


def sized(n: int) -> st.SearchStrategy[str]:
    """Prose of roughly n characters: hypothesis's own text is too short to reach Discord's limits."""
    units = st.sampled_from(["ord ", "x", "Källa: s. 2, ”avsnitt”\n", "a\u200bb "])  # "x": one unbreakable word
    return st.tuples(st.integers(0, n), units).map(lambda ku: (ku[1] * (ku[0] // len(ku[1]) + 1))[:ku[0]])


# -- shorten -----------------------------------------------------------------------------------------------

@given(prose(), st.integers(0, 400))
def test_shorten_fits_and_cuts_only_between_words(text, limit):
    out = shorten(text, limit)
    assert len(out) <= limit
    if len(text) <= limit:
        assert out == text
        return
    if limit >= len(limits.ELLIPSIS) + 1:
        assert out.endswith(limits.ELLIPSIS)
        kept = out[: -len(limits.ELLIPSIS)]
        assert text.startswith(kept)
        first_word = len(text.split()[0]) if text.split() else 0
        if first_word <= limit - len(limits.ELLIPSIS):
            assert text[len(kept)].isspace()  # the cut is at a word boundary


# -- split_message --------------------------------------------------------------------------------------

@given(st.lists(prose(120), max_size=30), st.integers(20, 600))
@settings(max_examples=200)
def test_split_message_fits_keeps_everything_in_order_and_keeps_blocks_whole(blocks, limit):
    chunks = split_message(blocks, limit)
    assert all(0 < len(c) <= limit for c in chunks)
    squeeze = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    assert squeeze("".join(chunks)) == squeeze("".join(blocks))
    if all(len(w) <= limit for b in blocks for w in b.split()):
        assert " ".join(chunks).split() == " ".join(blocks).split()
    for block in blocks:
        if block.strip() and len(block) <= limit:
            assert any(block in c for c in chunks)


def test_split_message_packs_short_blocks_together():
    assert split_message(["a", "b", "", "c"], limit=10) == ["a\n\nb\n\nc"]
    assert split_message(["x" * 8, "y" * 8], limit=10) == ["x" * 8, "y" * 8]
    assert split_message(["ett två tre fyra"], limit=8) == ["ett två", "tre fyra"]


# -- fit_embed ----------------------------------------------------------------------------------------------

@st.composite
def embeds(draw):
    fields = draw(st.lists(st.builds(
        EmbedField, name=sized(300), value=sized(1500), lead=sized(1100) | st.just(""), inline=st.booleans()),
        max_size=30))
    return EmbedSpec(title=draw(sized(300)), description=draw(sized(5000)), fields=fields,
                     footer=draw(sized(2200)), author=draw(sized(300)))


@given(embeds())
@settings(max_examples=300)
def test_fit_embed_always_fits_and_keeps_citations_and_order(spec):
    out = fit_embed(spec)
    assert fits(out)
    if spec.fields:
        assert out.fields, "the source field is never dropped"
    for before, after in zip(spec.fields, out.fields):  # kept fields are a prefix, in order
        if before.lead and len(before.lead) <= limits.FIELD_VALUE:
            assert after.lead == before.lead  # a citation that fits is never cut
        assert before.value.startswith(after.value.removesuffix(limits.ELLIPSIS)) or after.value in (limits.BLANK, "…")
    assert spec.description.startswith(out.description.removesuffix(limits.ELLIPSIS))


@given(embeds())
def test_fit_embed_leaves_an_embed_that_fits_alone(spec):
    if fits(spec):
        assert fit_embed(spec) is spec


@given(embeds())
@settings(max_examples=50)
def test_the_discord_embed_is_within_discords_own_count(spec):
    embed = to_embed(spec)
    assert len(embed) <= limits.TOTAL
    assert len(embed.fields) <= limits.FIELDS


def test_limits_module_is_plain_python():
    for name in ("limits.py", "layout.py", "__init__.py"):
        tree = ast.parse((ROOT / "bot" / "discord" / name).read_text(encoding="utf-8"))
        imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module and not n.level}
        assert not any(m == "discord" or m.startswith("discord.") for m in imported), name


# -- the answer layout --------------------------------------------------------------------------------

ALARM = Citation("Hembesök och personlarm", "gemensamt/hembesok.md", 2, "Så fungerar larmet",
                 notes=["Giltig till 2025-12-31 – rutinen kan vara inaktuell"])


def test_answered_layout_has_quote_source_with_notes_and_more():
    reply = Reply("Hur länge trycker jag?", True, "Det här står i rutinerna", "”Tryck i tre sekunder.”", ALARM,
                  [(Citation("Flextid", "gemensamt/flextid.md", None, None), "Flextiden får användas …")] * 3,
                  None, ["Rutinen har gått ut"])
    spec = layout.reply_embed(reply, 7)
    assert spec.title == "Det här står i rutinerna"
    assert spec.description == "⚠️ Rutinen har gått ut\n”Tryck i tre sekunder.”"
    assert spec.fields[0].name == "Källa"
    assert spec.fields[0].text == ("**Hembesök och personlarm, s. 2, avsnitt ”Så fungerar larmet”**\n"
                                   "`gemensamt/hembesok.md`\n⚠️ Giltig till 2025-12-31 – rutinen kan vara inaktuell")
    assert [f.name for f in spec.fields] == ["Källa", "Se även", "Se även"]  # at most two more
    assert spec.footer.startswith("Fråga nr 7 ")
    assert spec.colour == layout.ANSWERED_COLOUR


def test_huge_answer_is_cut_but_the_citation_survives():
    long_title = "Rutin för " + "mycket " * 20 + "långa titlar"
    source = Citation(long_title, "a/" + "x" * 100 + ".pdf", 312, "Avsnitt " + "med långt namn " * 5)
    body = "”" + "Personlarmet hämtas i receptionen före varje hembesök. " * 200 + "”"
    reply = Reply("fråga " * 400, True, "Det här står i rutinerna", body, source,
                  [(source, "utdrag " * 500), (source, "utdrag " * 500)], None, ["Varning " * 100] * 5)
    spec = layout.reply_embed(reply, 123456)
    assert fits(spec)
    assert f"**{layout.escape(source.label)}**" in spec.fields[0].text
    assert spec.description.endswith(limits.ELLIPSIS)
    embed = to_embed(spec)
    assert len(embed) <= limits.TOTAL and isinstance(embed, discord.Embed)


def test_document_text_cannot_format_or_ping():
    reply = Reply("q", True, "Det här står i rutinerna", "”Fyll i *alla* fält_ och `kod`”", ALARM, [], None)
    spec = layout.reply_embed(reply, 1)
    assert spec.description == "”Fyll i \\*alla\\* fält\\_ och \\`kod\\`”"


def test_more_sources_messages_number_every_source_and_fit():
    sources = [(Citation(f"Rutin {i}", f"c/{i}.md", i, None), "text " * 300) for i in range(1, 9)]
    messages = layout.more_sources_messages(sources)
    assert all(len(m) <= limits.MESSAGE for m in messages)
    joined = "\n".join(messages)
    assert all(f"{i}. **Rutin {i}, s. {i}** · `c/{i}.md`" in joined for i in range(1, 9))
    assert layout.more_sources_messages([]) == [texts.NO_MORE_SOURCES]


def test_slow_down_says_how_long():
    assert texts.slow_down(0.2) == "Du har ställt många frågor på kort tid. Vänta 1 sekunder och fråga sedan igen."
    assert "3 minuter" in texts.slow_down(150)


# -- rate limit --------------------------------------------------------------------------------------------

class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_sliding_window_allows_n_then_says_how_long_to_wait():
    clock = Clock()
    window = SlidingWindow(3, 60, clock)
    assert [window.hit("alice") for _ in range(3)] == [0.0, 0.0, 0.0]
    clock.now += 20
    assert window.hit("alice") == 40.0
    assert window.hit("bob") == 0.0  # per person
    clock.now += 40
    assert window.hit("alice") == 0.0  # the first question left the window


@given(st.lists(st.floats(0, 10, allow_nan=False), max_size=60), st.integers(1, 5), st.floats(0.5, 5))
@example(gaps=[4.4418543265333685, 9.516859375224747, 9.73253010948867, 1.0, 0.0], events=1, seconds=1.0)  # rounding
def test_sliding_window_never_allows_more_than_n_in_any_window(gaps, events, seconds):
    clock = Clock()
    window = SlidingWindow(events, seconds, clock)
    allowed = []
    for gap in gaps:
        clock.now += gap
        if window.hit("x") == 0.0:
            allowed.append(clock.now)
    for i, start in enumerate(allowed):
        assert len([t for t in allowed[i:] if t < start + seconds]) <= events


def test_idle_people_are_forgotten():
    clock = Clock()
    window = SlidingWindow(1, 10, clock)
    window.hit("a")
    clock.now += 11
    window.forget_idle()
    assert window._seen == {}
