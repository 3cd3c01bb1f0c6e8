"""The Discord bot end to end on a fake Discord: gateway payload in, recorded REST calls out.

The library is real (SQLite, index generations, journal) with the FakeEmbedder; the abstain policy is
set to "always answer" or "never answer" so each test sees the reply it is about.
"""
from __future__ import annotations

import asyncio
import logging
import threading

import pytest
from conftest import write
from fakes import FakeEmbedder
from test_discord_harness import (
    ADMIN_ROLE,
    ALICE,
    BARN_ROLE,
    BOB,
    BOT_USER,
    CAROL,
    DM_CHANNEL,
    HELP_CHANNEL,
    MENTOR_ROLE,
    OTHER_CHANNEL,
    QUESTION_CHANNEL,
    Harness,
    config,
    custom_ids,
    render,
)

from bot import texts
from bot.answer import ASK_A_PERSON, NOT_FOUND
from bot.config import Access, RateLimit
from bot.discord import layout
from bot.discord.reindex import Reindex
from bot.service import Assistant
from index import AbstainPolicy, Library

ALWAYS = AbstainPolicy.always()
NEVER = AbstainPolicy.never()
ALARM_QUESTION = "Hur länge ska jag trycka på larmknappen?"
POLICE_QUESTION = "Får jag lämna uppgifter till polisen?"
MANAGE_GUILD = 1 << 5


def library(tmp_path, docs, policy=ALWAYS, embedder=None) -> Library:
    lib = Library(tmp_path / "data", embedder=embedder or FakeEmbedder(), policy=policy)
    lib.build([docs])
    return lib


def run(scenario):
    """Run one scenario on a fresh event loop with a started Harness (the bot is closed afterwards)."""
    async def main():
        harness = await scenario.harness.start()
        try:
            return await scenario(harness)
        finally:
            await harness.bot.close()
    return asyncio.run(main())


def scenario(harness: Harness):
    def wrap(fn):
        fn.harness = harness
        return fn
    return wrap


def qid_of(call) -> int:
    return int(custom_ids(call)[0].split(":")[2])


# -- /fråga -----------------------------------------------------------------------------------------

def test_a_channel_grants_its_collections_to_questions_asked_there(tmp_path, docs):
    lib = library(tmp_path, docs)
    cfg = config(collections=Access(default=("gemensamt",), channels={QUESTION_CHANNEL: ("barn-och-familj",)}))

    @scenario(Harness(Assistant(lib), cfg))
    async def ask(h):
        there = h.slash("fråga", {"fråga": POLICE_QUESTION}, channel=QUESTION_CHANNEL)
        elsewhere = h.slash("fråga", {"fråga": POLICE_QUESTION}, channel=OTHER_CHANNEL, user=BOB)
        await h.settle()
        answers = {c.target: c for c in h.fake.of("edit_original")}
        return [{s.collection for s in lib.journal.question(qid_of(answers[p["token"]]))[2]}
                for p in (there, elsewhere)]

    there, elsewhere = run(ask)
    assert there == {"gemensamt", "barn-och-familj"}
    assert elsewhere == {"gemensamt"}


def test_fraga_defers_then_answers_with_quote_source_and_buttons(tmp_path, docs):
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib)))
    async def ask(h):
        h.slash("fråga", {"fråga": ALARM_QUESTION})
        await h.settle()
        return h.fake

    fake = run(ask)
    first = fake.calls[0]
    assert first.kind == "respond" and first.payload["type"] == 5 and not first.ephemeral  # deferred at once
    answer = fake.of("edit_original")[-1]
    embed = answer.embeds[0]
    assert embed["title"] == "Det här står i rutinerna"
    assert embed["description"].startswith("”Tryck på larmknappen i tre sekunder om du känner dig hotad.")
    assert embed["description"].endswith("”")
    assert embed["author"]["name"] == f"Fråga: {ALARM_QUESTION}"
    source = embed["fields"][0]
    assert source["name"] == "Källa"
    assert source["value"] == ("**Hembesök och personlarm, avsnitt ”Så fungerar larmet”**\n`gemensamt/hembesok.md`\n"
                               "*Gäller till 2030-12-31 · beslutad av: Ledningsgruppen*")  # from its header
    assert [f["name"] for f in embed["fields"][1:]] == ["Se även"]  # the only other routine Alice may read
    assert "Flextid och övertid" in embed["fields"][1]["value"]
    qid = qid_of(answer)
    assert embed["footer"]["text"].startswith(f"Fråga nr {qid} ")
    assert custom_ids(answer) == [f"rutinbot:vote:{qid}:1", f"rutinbot:vote:{qid}:0", f"rutinbot:more:{qid}",
                                  f"rutinbot:colleague:{qid}"]
    assert answer.payload["allowed_mentions"] == {"parse": []}
    question, answered, sources = lib.journal.question(qid)
    assert question == ALARM_QUESTION and answered
    assert {s.collection for s in sources} == {"gemensamt"}  # Alice has no role for barn-och-familj


@pytest.mark.parametrize("channel", [OTHER_CHANNEL, None], ids=["server", "dm"])
def test_fraga_answers_from_role_collections(tmp_path, docs, channel):
    """In a DM the roles are looked up in the configured server (guild_id)."""
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib)))
    async def ask(h):
        h.slash("fråga", {"fråga": POLICE_QUESTION}, user=BOB, roles=[BARN_ROLE], channel=channel)
        await h.settle()
        return h.fake.of("edit_original")[-1]

    answer = run(ask)
    assert "`barn-och-familj/sekretess.md`" in answer.embeds[0]["fields"][0]["value"]
    assert "Rådgör alltid med enhetschefen" in answer.embeds[0]["description"]


def test_abstaining_reply_says_nothing_answers_and_who_to_ask(tmp_path, docs):
    lib = library(tmp_path, docs, policy=NEVER)

    @scenario(Harness(Assistant(lib)))
    async def ask(h):
        h.slash("fråga", {"fråga": "Vad kostar parkeringen vid kontoret?"})
        await h.settle()
        return h.fake.of("edit_original")[-1]

    answer = run(ask)
    embed = answer.embeds[0]
    assert embed["title"] == NOT_FOUND
    assert embed["description"].startswith(ASK_A_PERSON)
    assert "inte svara på frågan" in embed["description"]
    assert [f["name"] for f in embed["fields"]] == ["Närmaste träff", "Närmaste träff"]
    assert embed["color"] == layout.NOT_ANSWERED_COLOUR
    assert "Fråga en kollega" in embed["footer"]["text"]
    assert f"rutinbot:colleague:{qid_of(answer)}" in custom_ids(answer)


def test_no_index_yet_is_a_friendly_message(tmp_path):
    lib = Library(tmp_path / "data", embedder=FakeEmbedder())

    @scenario(Harness(Assistant(lib)))
    async def ask(h):
        h.slash("fråga", {"fråga": ALARM_QUESTION})
        await h.settle()
        return h.fake.of("edit_original")[-1]

    assert run(ask).content == layout.NO_INDEX


# -- buttons ----------------------------------------------------------------------------------------

def test_votes_are_recorded_once_per_person(tmp_path, docs):
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib)))
    async def vote(h):
        h.slash("fråga", {"fråga": ALARM_QUESTION})
        await h.settle()
        answer = h.fake.of("edit_original")[-1]
        qid = qid_of(answer)
        replies = []
        for user, helpful in ((ALICE, 1), (ALICE, 0), (BOB, 0)):
            h.click(answer.message, f"rutinbot:vote:{qid}:{helpful}", user=user)
            await h.settle()
            replies.append(h.fake.calls[-1])
        return qid, replies

    qid, (first, second, third) = run(vote)
    assert first.content == texts.THANKS_HELPFUL and first.ephemeral
    assert second.content == texts.ALREADY_VOTED and second.ephemeral
    assert third.content == texts.THANKS_NOT_HELPFUL
    assert lib.journal.feedback(qid) == {"helpful": 1, "not_helpful": 1}


def test_buttons_work_after_a_restart(tmp_path, docs):
    """The custom_id carries the question id: a new bot process serves buttons on old answers."""
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib)))
    async def before(h):
        h.slash("fråga", {"fråga": ALARM_QUESTION})
        await h.settle()
        return h.fake.of("edit_original")[-1]

    answer = run(before)
    qid = qid_of(answer)

    @scenario(Harness(Assistant(Library(tmp_path / "data", embedder=FakeEmbedder()))))
    async def after(h):
        h.click(answer.message, f"rutinbot:vote:{qid}:1", user=BOB)
        await h.settle()
        return h.fake.calls[-1]

    assert run(after).content == texts.THANKS_HELPFUL
    assert lib.journal.feedback(qid)["helpful"] == 1


def test_more_sources_are_filtered_by_the_clickers_collections(tmp_path, docs):
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib)))
    async def more(h):
        h.slash("fråga", {"fråga": POLICE_QUESTION}, user=BOB, roles=[BARN_ROLE])
        await h.settle()
        answer = h.fake.of("edit_original")[-1]
        shown = {}
        for user, roles in ((ALICE, []), (BOB, [BARN_ROLE])):
            before = len(h.fake.calls)
            h.click(answer.message, f"rutinbot:more:{qid_of(answer)}", user=user, roles=roles)
            await h.settle()
            shown[user] = [c for c in h.fake.calls[before:] if c.kind == "followup"]
        return shown

    shown = run(more)
    alice = "\n".join(c.content for c in shown[ALICE])
    bob = "\n".join(c.content for c in shown[BOB])
    assert all(c.ephemeral for c in shown[ALICE] + shown[BOB])
    assert "sekretess.md" not in alice and "`gemensamt/hembesok.md`" in alice
    assert "(2):" in alice and "(3):" in bob
    assert "`barn-och-familj/sekretess.md`" in bob


def test_ask_a_colleague_posts_the_stored_question_to_the_help_channel(tmp_path, docs):
    lib = library(tmp_path, docs, policy=NEVER)

    @scenario(Harness(Assistant(lib)))
    async def colleague(h):
        h.slash("fråga", {"fråga": "Vem beställer nya **nycklar**? @everyone"})
        await h.settle()
        answer = h.fake.of("edit_original")[-1]
        for _ in range(2):
            h.click(answer.message, f"rutinbot:colleague:{qid_of(answer)}")
            await h.settle()
        return h.fake

    fake = run(colleague)
    posts = fake.of("send")
    assert len(posts) == 1 and posts[0].target == HELP_CHANNEL
    post = posts[0]
    assert post.content.startswith(f"<@&{MENTOR_ROLE}> <@{ALICE}> vill fråga en kollega:")
    assert "> Vem beställer nya \\*\\*nycklar\\*\\*? @everyone" in post.content
    assert "hittade inget svar" in post.content
    assert post.payload["allowed_mentions"] == {"parse": [], "roles": [MENTOR_ROLE]}  # mentors only, no @everyone
    confirmations = [c for c in fake.of("followup", "respond") if c.content]
    assert confirmations[0].content == texts.colleague_sent(f"<#{HELP_CHANNEL}>") and confirmations[0].ephemeral
    assert confirmations[1].content == texts.ALREADY_SENT


def test_ask_a_colleague_without_help_channel_says_so(tmp_path, docs):
    lib = library(tmp_path, docs, policy=NEVER)

    @scenario(Harness(Assistant(lib), config(help_channel=None)))
    async def colleague(h):
        h.slash("fråga", {"fråga": "Vem beställer nya nycklar?"})
        await h.settle()
        answer = h.fake.of("edit_original")[-1]
        h.click(answer.message, f"rutinbot:colleague:{qid_of(answer)}")
        await h.settle()
        return h.fake

    fake = run(colleague)
    assert not fake.of("send")
    assert fake.calls[-1].content == texts.NO_HELP_CHANNEL and fake.calls[-1].ephemeral


# -- rate limit -------------------------------------------------------------------------------------

def test_rate_limit_answers_politely_and_asks_nothing(tmp_path, docs):
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib), config(rate_limit=RateLimit(2, 60))))
    async def flood(h):
        for _ in range(3):
            h.slash("fråga", {"fråga": ALARM_QUESTION})
            await h.settle()
        h.slash("fråga", {"fråga": ALARM_QUESTION}, user=BOB)  # others are not affected
        await h.settle()
        return h.fake

    fake = run(flood)
    refusal = [c for c in fake.of("respond") if c.payload["type"] == 4]
    assert len(refusal) == 1 and refusal[0].ephemeral
    assert refusal[0].content.startswith("Du har ställt många frågor på kort tid. Vänta 60 sekunder")
    assert len(fake.of("edit_original")) == 3
    assert lib.db.execute("SELECT COUNT(*) FROM questions").fetchone()[0] == 3


# -- messages: mention, DM, question channel -------------------------------------------------------

def test_mentions_dms_and_question_channels_are_answered_and_other_chatter_is_not(tmp_path, docs):
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib)))
    async def chat(h):
        h.message("Fikar vi klockan tre?")  # ordinary chatter: ignored
        h.message(f"<@{BOT_USER}> {ALARM_QUESTION}", mentions=[BOT_USER])
        h.message(ALARM_QUESTION, channel=QUESTION_CHANNEL)
        h.message(POLICE_QUESTION, user=BOB, channel=None)  # a DM: roles from the configured server
        h.message(f"<@{BOT_USER}>", mentions=[BOT_USER])
        await h.settle()
        return h.fake

    fake = run(chat)
    sent = fake.of("send")
    assert sorted(c.target for c in sent) == sorted([OTHER_CHANNEL, QUESTION_CHANNEL, DM_CHANNEL, OTHER_CHANNEL])
    answers = [c for c in sent if c.embeds]
    assert len(answers) == 3
    assert all("message_reference" in c.payload for c in sent)  # replies to the question
    assert all(c.payload["allowed_mentions"]["replied_user"] is False for c in sent)
    dm = next(c for c in answers if c.target == DM_CHANNEL)
    assert "`barn-och-familj/sekretess.md`" in dm.embeds[0]["fields"][0]["value"]
    assert fake.of("get_member")  # Bob's roles were looked up in the configured server
    assert [c.content for c in sent if not c.embeds] == [layout.HOW_TO_ASK]
    assert fake.of("typing")


# -- admin ------------------------------------------------------------------------------------------

def test_reindex_is_refused_to_a_normal_member(tmp_path, docs):
    lib = library(tmp_path, docs)
    generation = lib.status().generation
    write(docs / "gemensamt" / "ny.md", "# Ny rutin\n\nEn ny rutin om nycklar.\n")

    @scenario(Harness(Assistant(lib)))
    async def refuse(h):
        h.slash("reindexera", user=ALICE)
        await h.settle()
        return h.fake

    fake = run(refuse)
    assert len(fake.calls) == 1
    assert fake.calls[0].content == layout.ADMIN_ONLY and fake.calls[0].ephemeral
    assert lib.status().generation == generation


@pytest.mark.parametrize("roles, permissions", [([ADMIN_ROLE], 0), ([], MANAGE_GUILD)])
def test_reindex_by_admin_role_or_manage_server_reports_the_changes(tmp_path, docs, roles, permissions):
    lib = library(tmp_path, docs)
    write(docs / "gemensamt" / "ny.md", "# Nycklar\n\nNycklar beställs hos vaktmästaren.\n")
    (docs / "gemensamt" / "flextid.md").unlink()
    (docs / "gemensamt" / "trasig.pdf").write_bytes(b"not a pdf")

    @scenario(Harness(Assistant(lib), config(documents=(docs,))))
    async def reindex(h):
        h.slash("reindexera", user=CAROL, roles=roles, permissions=permissions)
        await h.settle()
        return h.fake

    fake = run(reindex)
    assert fake.calls[0].payload["type"] == 5 and fake.calls[0].ephemeral
    summary = fake.of("edit_original")[-1].content
    assert summary.startswith("**Indexeringen är klar**")
    assert "Nya: 1 · Ändrade: 0 · Borttagna: 1 · Oförändrade: 2 · Misslyckade: 1" in summary
    assert "`gemensamt/ny.md`" in summary and "`gemensamt/flextid.md`" in summary
    assert "`gemensamt/trasig.pdf`: " in summary
    assert len(summary) <= 2000


class SlowEmbedder(FakeEmbedder):
    """Holds a reindex inside embedding until the test lets it go."""

    def __init__(self):
        super().__init__()
        self.embedding = threading.Event()
        self.release = threading.Event()

    def embed_passages(self, texts):
        self.embedding.set()
        assert self.release.wait(20), "the test never released the reindex"
        return super().embed_passages(texts)


def test_questions_are_answered_while_reindexing_and_the_new_index_is_used_without_restart(tmp_path, docs):
    embedder = SlowEmbedder()
    embedder.release.set()
    lib = library(tmp_path, docs, embedder=embedder)
    embedder.release.clear()
    alarm = docs / "gemensamt" / "hembesok.md"
    write(alarm, alarm.read_text(encoding="utf-8").replace("tre sekunder", "fem sekunder"))

    @scenario(Harness(Assistant(lib), config(documents=(docs,))))
    async def meanwhile(h):
        h.bot.get_cog("Reindex").progress_interval = 0.05
        h.slash("reindexera", user=CAROL, roles=[ADMIN_ROLE])
        while not embedder.embedding.is_set():
            await asyncio.sleep(0.01)
        h.slash("reindexera", user=CAROL, roles=[ADMIN_ROLE])  # a second one while the first runs
        h.slash("fråga", {"fråga": ALARM_QUESTION})
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 20
        while len([c for c in h.fake.of("edit_original") if c.embeds]) < 1 and loop.time() < deadline:
            await asyncio.sleep(0.01)
        during = [c for c in h.fake.of("edit_original") if c.embeds]
        await asyncio.sleep(0.2)  # let the progress message be edited
        embedder.release.set()
        await h.settle()
        h.slash("fråga", {"fråga": ALARM_QUESTION})
        await h.settle()
        return during, h.fake

    during, fake = run(meanwhile)
    assert len(during) == 1, "the question waited for the reindex"
    assert "tre sekunder" in during[0].embeds[0]["description"]  # the generation in service
    after = [c for c in fake.of("edit_original") if c.embeds][-1]
    assert "fem sekunder" in after.embeds[0]["description"]  # the new generation, no restart
    contents = [c.content for c in fake.of("edit_original", "followup")]
    assert texts.ALREADY_REINDEXING in contents
    assert any(c.startswith("Indexerar … 3 av 3 filer lästa") and "avsnitt/s" in c for c in contents)
    assert any(c.startswith("**Indexeringen är klar**") and "Ändrade: 1" in c for c in contents)
    assert texts.APOLOGY not in contents


def test_progress_edits_are_throttled(tmp_path, docs):
    """While the build waits, the unchanged progress is not edited again and again."""
    embedder = SlowEmbedder()
    lib = Library(tmp_path / "data", embedder=embedder, policy=ALWAYS)

    @scenario(Harness(Assistant(lib), config(documents=(docs,))))
    async def slow(h):
        # long enough for the three small files to be read before the first look, even on a busy machine
        h.bot.get_cog("Reindex").progress_interval = 0.25
        h.slash("reindexera", user=CAROL, roles=[ADMIN_ROLE])
        await asyncio.sleep(1.5)  # six intervals
        embedder.release.set()
        await h.settle()
        return h.fake

    fake = run(slow)
    progress = [c.content for c in fake.of("edit_original") if c.content.startswith("Indexerar")]
    # about twelve intervals passed, but the figures moved only while the three files were read
    assert 1 <= len(progress) <= 3 and len(set(progress)) == len(progress), progress
    assert Reindex.progress_interval == 2.0  # the default for real Discord


def test_status_shows_documents_passages_model_and_version(tmp_path, docs):
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib)))
    async def status(h):
        h.slash("status")
        await h.settle()
        return h.fake.calls[-1]

    call = run(status)
    assert call.ephemeral
    assert "Dokument: 3 · Avsnitt: 3" in call.content
    assert "`fake-hash-64`" in call.content and "rutinbot 0.1.0" in call.content
    assert "Byggt: <t:" in call.content


# -- errors and logging ------------------------------------------------------------------------------

def test_an_error_is_logged_and_the_person_gets_a_short_apology(tmp_path, docs, caplog):
    lib = library(tmp_path, docs)
    assistant = Assistant(lib)

    def broken(*args, **kwargs):
        raise RuntimeError("sökningen gick sönder")

    assistant.ask = broken

    @scenario(Harness(assistant))
    async def fail(h):
        h.slash("fråga", {"fråga": "En hemlig fråga om en klient"})
        h.message(f"<@{BOT_USER}> En annan hemlig fråga", mentions=[BOT_USER])
        await h.settle()
        return h.fake

    with caplog.at_level(logging.INFO):
        fake = run(fail)
    apology = fake.of("followup")[-1]
    assert apology.content == texts.APOLOGY and apology.ephemeral
    assert [c.content for c in fake.of("send")] == [texts.APOLOGY]
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 2 and all(r.exc_info for r in errors)
    assert "/fråga failed" in errors[0].getMessage() or "/fråga failed" in errors[1].getMessage()
    assert not any("hemlig" in r.getMessage() for r in caplog.records)


def test_questions_are_not_logged(tmp_path, docs, caplog):
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib)))
    async def ask(h):
        h.slash("fråga", {"fråga": "Hur gör jag med personlarmet hos familjen Andersson?"})
        await h.settle()

    with caplog.at_level(logging.DEBUG, logger="bot"):
        run(ask)
    assert any(r.name.startswith("bot.discord") for r in caplog.records)
    assert not any("Andersson" in r.getMessage() for r in caplog.records)


def test_screenshot_of_an_answer(tmp_path, docs, capsys):
    """The text rendering of what a person sees (printed with -s; used in the README)."""
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib)))
    async def ask(h):
        h.slash("fråga", {"fråga": ALARM_QUESTION})
        await h.settle()
        return h.fake.of("edit_original")[-1]

    text = render(run(ask))
    print(text)
    assert "# Det här står i rutinerna" in text
    assert "[👍 Hjälpte] [👎 Hjälpte inte] [📚 Visa fler källor] [🙋 Fråga en kollega]" in text


# -- slash command registration ---------------------------------------------------------------------

def test_reindexera_is_hidden_from_members_without_manage_server_by_default():
    command = Reindex.reindex
    assert command.default_permissions is not None and command.default_permissions.manage_guild
    assert command.checks  # and the check still refuses whoever sees it anyway


@pytest.mark.parametrize("guild_id, requested, expected", [
    (1000, None, [1000]),  # the configured server: at every start
    (None, None, []),  # no server: never globally unless asked
    (None, True, [None]),  # asked: globally
    (1000, False, []),  # never (tests)
])
def test_commands_are_synced_to_the_guild_or_on_request(guild_id, requested, expected):
    from bot.config import BotConfig
    from bot.discord.client import RutinBot

    bot = RutinBot(object(), BotConfig(guild_id=guild_id), sync_commands=requested)
    synced = []

    async def sync(*, guild=None):
        synced.append(guild.id if guild is not None else None)
        return []

    bot.tree.sync = sync  # type: ignore[method-assign]

    async def start():
        await bot.setup_hook()
        names = sorted(c.name for c in bot.tree.get_commands())
        await bot.close()
        return names

    assert asyncio.run(start()) == ["fråga", "rapport", "reindexera", "status"]
    assert synced == expected
