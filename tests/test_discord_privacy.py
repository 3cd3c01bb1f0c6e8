"""Privacy, access and audit in the Discord bot, on the fake Discord of test_discord_harness."""
from __future__ import annotations

import json
import logging
import re
from datetime import UTC

import discord
from conftest import write
from test_discord_bot import ALARM_QUESTION, POLICE_QUESTION, library, qid_of, run, scenario
from test_discord_harness import (
    ADMIN_ROLE,
    ALICE,
    BARN_ROLE,
    BOB,
    BOT_USER,
    CAROL,
    DM_CHANNEL,
    GUILD,
    HELP_CHANNEL,
    OTHER_CHANNEL,
    QUESTION_CHANNEL,
    Harness,
    config,
    member_payload,
)
from test_privacy import FORBIDDEN, database_bytes

from bot import texts
from bot.config import Access
from bot.service import Assistant

SECRET_QUESTION = "Min klient 19121212-1212 behöver hembesök, hur fungerar personlarmet?"
REDACTED = "Min klient [personnummer] behöver hembesök, hur fungerar personlarmet?"
MANAGE_MESSAGES = (1 << 13) | (1 << 10)  # with View Channel, without which a channel grants nothing


def everything_sent(fake) -> str:
    return json.dumps([c.payload for c in fake.calls], ensure_ascii=False)


# -- personnummer in a question ---------------------------------------------------------------------

def test_slash_question_with_a_personnummer_is_answered_and_the_asker_reminded_privately(tmp_path, docs):
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib)))
    async def ask(h):
        h.slash("fråga", {"fråga": SECRET_QUESTION})
        await h.settle()
        return h.fake

    fake = run(ask)
    answer = fake.of("edit_original")[-1]
    assert answer.embeds[0]["author"]["name"] == f"Fråga: {REDACTED}"
    assert "personlarm" in answer.embeds[0]["description"].lower()
    reminder = fake.of("followup")[-1]
    assert reminder.ephemeral and reminder.content == texts.privacy_reminder(["personnummer"])
    assert "klienter i chatten" in reminder.content
    sent = everything_sent(fake)
    assert not any(f.decode() in sent for f in FORBIDDEN)
    assert lib.journal.question(qid_of(answer))[0] == REDACTED
    lib.close()
    assert not any(f in database_bytes(tmp_path / "data") for f in FORBIDDEN)


def test_no_reminder_without_a_number(tmp_path, docs):
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib)))
    async def ask(h):
        h.slash("fråga", {"fråga": "Gäller rutinen från 2024-05-01? Ring 070-123 45 67."})
        await h.settle()
        return h.fake

    fake = run(ask)
    assert not fake.of("followup")


def test_messages_with_a_personnummer_get_the_answer_and_a_short_reply(tmp_path, docs):
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib)))
    async def chat(h):
        h.message(f"<@{BOT_USER}> {SECRET_QUESTION}", mentions=[BOT_USER])
        h.message(SECRET_QUESTION, channel=QUESTION_CHANNEL)
        h.message(SECRET_QUESTION, user=BOB, channel=None)
        await h.settle()
        return h.fake

    fake = run(chat)
    sent = fake.of("send")
    answers = [c for c in sent if c.embeds]
    reminders = [c for c in sent if c.content == texts.privacy_reminder(["personnummer"])]
    assert len(answers) == 3 and len(reminders) == 3
    assert sorted(c.target for c in reminders) == sorted([OTHER_CHANNEL, QUESTION_CHANNEL, DM_CHANNEL])
    assert all("message_reference" in c.payload for c in sent)  # the bot may not delete: replies to the question
    assert all(a.embeds[0]["author"]["name"] == f"Fråga: {REDACTED}" for a in answers)
    assert not any(f.decode() in everything_sent(fake) for f in FORBIDDEN)
    assert lib.db.execute("SELECT COUNT(*) FROM questions WHERE question = ?", [REDACTED]).fetchone()[0] == 3


def test_with_manage_messages_the_question_is_deleted_from_the_channel(tmp_path, docs):
    lib = library(tmp_path, docs)
    deleted = []

    @scenario(Harness(Assistant(lib)))
    async def chat(h):
        guild = h.bot.get_guild(GUILD)
        guild._add_role(discord.Role(guild=guild, state=h.state, data={
            "id": "5999", "name": "rutinbot", "permissions": str(MANAGE_MESSAGES), "position": 2, "color": 0,
            "hoist": False, "managed": True, "mentionable": False, "flags": 0}))
        guild._add_member(discord.Member(data=member_payload(BOT_USER, [5999]), guild=guild, state=h.state))

        async def delete_message(channel_id, message_id, *, reason=None):
            deleted.append((int(channel_id), int(message_id)))

        h.fake.delete_message = delete_message
        question = h.message(SECRET_QUESTION, channel=QUESTION_CHANNEL)
        h.message(ALARM_QUESTION, channel=QUESTION_CHANNEL)  # no number: stays
        await h.settle()
        return h.fake, int(question["id"])

    fake, question_id = run(chat)
    assert deleted == [(QUESTION_CHANNEL, question_id)]
    reminder = next(c for c in fake.of("send") if not c.embeds)
    assert reminder.content == f"<@{ALICE}> " + texts.privacy_reminder(["personnummer"], deleted=True)
    assert "message_reference" not in reminder.payload and reminder.payload["allowed_mentions"]["parse"] == []
    assert len([c for c in fake.of("send") if c.embeds]) == 2  # both answered


ONLY_A_NUMBER = "811218-9876"
ADVICE = "Skriv inte personnummer"  # the heart of the reminder: said once per question, never twice


def test_a_question_that_is_only_a_personnummer_is_reminded_once(tmp_path, docs):
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib)))
    async def ask(h):
        h.slash("fråga", {"fråga": ONLY_A_NUMBER})
        await h.settle()
        slash = everything_sent(h.fake)
        h.fake.calls.clear()
        h.message(f"<@{BOT_USER}> {ONLY_A_NUMBER}", mentions=[BOT_USER])
        await h.settle()
        return slash, h.fake

    slash, fake = run(ask)
    message = everything_sent(fake)
    for sent in (slash, message):
        assert sent.count(ADVICE) == 1, sent
        assert "bara ett personnummer" in sent  # the answer still says why nothing was searched
        assert not re.search(r"(?<!\d)9876(?!\d)", sent)  # as a number of its own: message nonces hold any digits
    reminder = fake.of("send")[-1]
    assert reminder.content == texts.privacy_reminder(["personnummer"])


def test_questions_never_reach_the_log_at_info(tmp_path, docs, caplog):
    lib = library(tmp_path, docs)
    secret = "Hur gör jag med personlarmet hos familjen Andersson"

    @scenario(Harness(Assistant(lib)))
    async def ask(h):
        h.slash("fråga", {"fråga": f"{secret} 121212-1212?"})
        h.message(f"<@{BOT_USER}> {secret}?", mentions=[BOT_USER])
        h.message(f"{secret}?", channel=QUESTION_CHANNEL)
        h.message(f"{secret}?", channel=None)
        await h.settle()
        answer = h.fake.of("edit_original")[-1]
        h.click(answer.message, f"rutinbot:more:{qid_of(answer)}")
        h.click(answer.message, f"rutinbot:colleague:{qid_of(answer)}")
        h.slash("reindexera", user=CAROL, roles=[ADMIN_ROLE])
        h.slash("status")
        await h.settle()

    with caplog.at_level(logging.DEBUG):
        run(ask)
    info = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert any("question" in m for m in info)
    assert not any("Andersson" in m or "1212" in m for m in info)


# -- access: a forsorjningsstod member never sees barn-och-familj -------------------------------------

def test_a_member_of_forsorjningsstod_never_receives_barn_och_familj_by_any_path(tmp_path, docs):
    write(docs / "forsorjningsstod" / "polisen.md", "# Försörjningsstöd och polisen\n\n## Förfrågningar\n\n"
          "Om polisen frågar efter uppgifter om försörjningsstöd, hänvisa till registrator och enhetschefen.\n")
    lib = library(tmp_path, docs)
    # Carol's only extra role (ADMIN_ROLE here, looked up for DMs too) grants forsorjningsstod.
    cfg = config(admin_role=None, collections=Access(
        default=("gemensamt",), roles={BARN_ROLE: ("barn-och-familj",), ADMIN_ROLE: ("forsorjningsstod",)}))

    @scenario(Harness(Assistant(lib), cfg))
    async def paths(h):
        h.slash("fråga", {"fråga": POLICE_QUESTION}, user=BOB, roles=[BARN_ROLE])  # Bob may read barn-och-familj
        await h.settle()
        bobs = h.fake.of("edit_original")[-1]
        start = len(h.fake.calls)
        h.slash("fråga", {"fråga": POLICE_QUESTION}, user=CAROL, roles=[ADMIN_ROLE])
        h.slash("fråga", {"fråga": POLICE_QUESTION}, user=CAROL, roles=[ADMIN_ROLE], channel=None)
        h.message(f"<@{BOT_USER}> {POLICE_QUESTION}", user=CAROL, roles=[ADMIN_ROLE], mentions=[BOT_USER])
        h.message(POLICE_QUESTION, user=CAROL, roles=[ADMIN_ROLE], channel=QUESTION_CHANNEL)
        h.message(POLICE_QUESTION, user=CAROL, channel=None)
        await h.settle()
        own = [c for c in h.fake.calls[start:] if c.embeds]
        for answer in [bobs, *own[:1]]:
            h.click(answer.message, f"rutinbot:more:{qid_of(answer)}", user=CAROL, roles=[ADMIN_ROLE])
            h.click(answer.message, f"rutinbot:colleague:{qid_of(answer)}", user=CAROL, roles=[ADMIN_ROLE])
            await h.settle()
        return h.fake.calls[start:], own, bobs

    calls, own, bobs = run(paths)
    assert "barn-och-familj/sekretess.md" in json.dumps(bobs.embeds)  # there was something to leak
    assert len(own) == 5  # slash in a server and in a DM, mention, question channel, DM
    for answer in own:
        # her own collection privately (ephemeral /fråga, DMs); in public replies only what all there may read
        public = answer.kind == "send" and answer.target != DM_CHANNEL
        assert ("forsorjningsstod/polisen.md" in json.dumps(answer.embeds, ensure_ascii=False)) != public
    seen = json.dumps([c.payload for c in calls], ensure_ascii=False)
    assert "Visa fler källor" in seen and any(c.target == HELP_CHANNEL for c in calls)  # every path was taken
    assert "barn-och-familj" not in seen and "sekretess.md" not in seen and "Sekretessen gäller" not in seen
    carol = lib.journal.user_key(CAROL)
    rows = lib.db.execute("SELECT sources FROM questions WHERE user_key = ?", [carol]).fetchall()
    assert len(rows) == 5
    assert all(s["collection"] in {"gemensamt", "forsorjningsstod"} for r in rows for s in json.loads(r[0]))


# -- audit -----------------------------------------------------------------------------------------

def test_admin_commands_and_refusals_are_audited_under_a_pseudonym(tmp_path, docs):
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib), config(documents=(docs,))))
    async def admin(h):
        h.slash("reindexera", user=ALICE)
        await h.settle()
        h.slash("reindexera", user=CAROL, roles=[ADMIN_ROLE])
        await h.settle()
        h.slash("status", user=BOB)
        await h.settle()

    run(admin)
    entries = lib.audit.entries()
    actions = [(e["action"], e["actor"]) for e in entries if e["actor"] != "system"]
    alice, carol, bob = (lib.journal.user_key(u) for u in (ALICE, CAROL, BOB))
    assert actions == [("refused", alice), ("reindex", carol), ("status", bob)]
    assert entries[-2]["details"]["documents"] == 3 and entries[-2]["details"]["failed"] == 0
    assert entries[-3]["details"] == {"command": "reindexera"}
    assert not any(str(u) in json.dumps(entries) for u in (ALICE, BOB, CAROL))  # no Discord ids


def test_the_daily_purge_runs_through_the_library(tmp_path, docs):
    from datetime import datetime, timedelta

    from index import Answer

    lib = library(tmp_path, docs)
    lib.journal.clock = lambda: datetime.now(UTC) - timedelta(days=100)
    lib.journal.record_question(Answer("gammal", False, [], []), origin="discord", user=ALICE)
    lib.journal.clock = lambda: datetime.now(UTC)

    @scenario(Harness(Assistant(lib)))
    async def purge(h):
        return await h.bot.get_cog("Housekeeping").purge_once()

    assert run(purge) == {"questions": 1, "feedback": 0, "audit": 0}
    assert lib.journal.entries() == []
