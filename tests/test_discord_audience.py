"""Issue 8 item 1: a routine a channel member may not read is never posted where they read it.

The rule (README, "Who reads what"): a reply posted in a server channel quotes only collections that
everyone in the channel may read (the default ones and those the settings give the channel). A member
whose roles give more gets /fråga answered ephemerally, from everything they may read; a mention or a
question-channel message (which cannot be answered privately) is answered from the shared collections.
"""
from __future__ import annotations

import json

from test_discord_bot import NEVER, POLICE_QUESTION, library, run, scenario
from test_discord_harness import ALICE, BARN_ROLE, BOB, BOT_USER, OTHER_CHANNEL, QUESTION_CHANNEL, Harness, config

from bot import texts
from bot.config import Access
from bot.service import Assistant

SECRET_SOURCE = "barn-och-familj/sekretess.md"


def sent(call) -> str:
    return json.dumps(call.payload, ensure_ascii=False)


def test_a_restricted_answer_to_fraga_in_a_public_channel_is_ephemeral(tmp_path, docs):
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib)))
    async def ask(h):
        h.slash("fråga", {"fråga": POLICE_QUESTION}, user=BOB, roles=[BARN_ROLE], channel=OTHER_CHANNEL)
        await h.settle()
        return h.fake

    fake = run(ask)
    deferred = fake.of("respond")[-1]
    assert deferred.ephemeral  # the answer edits this response: only Bob sees it
    answer = fake.of("edit_original")[-1]
    assert SECRET_SOURCE in sent(answer)  # Bob may read it, privately
    assert not any(SECRET_SOURCE in sent(c) for c in fake.of("send"))  # nothing posted to the channel


def test_fraga_from_someone_without_extra_roles_stays_public(tmp_path, docs):
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib)))
    async def ask(h):
        h.slash("fråga", {"fråga": POLICE_QUESTION}, user=ALICE, channel=OTHER_CHANNEL)
        await h.settle()
        return h.fake

    fake = run(ask)
    assert not fake.of("respond")[-1].ephemeral
    assert SECRET_SOURCE not in sent(fake.of("edit_original")[-1])


def test_a_mention_in_a_public_channel_quotes_only_what_everyone_there_may_read(tmp_path, docs):
    lib = library(tmp_path, docs, policy=NEVER)

    @scenario(Harness(Assistant(lib)))
    async def chat(h):
        h.message(f"<@{BOT_USER}> {POLICE_QUESTION}", user=BOB, roles=[BARN_ROLE], mentions=[BOT_USER])
        h.message(POLICE_QUESTION, user=BOB, roles=[BARN_ROLE], channel=QUESTION_CHANNEL)
        await h.settle()
        return h.fake

    fake = run(chat)
    answers = [c for c in fake.of("send") if c.embeds]
    assert len(answers) == 2
    assert not any(SECRET_SOURCE in sent(c) or "Sekretessen gäller" in sent(c) for c in answers)
    assert all(texts.NARROWED in c.embeds[0]["description"] for c in answers)  # told where to ask instead
    sources = {s.collection for row in lib.db.execute("SELECT id FROM questions")
               for s in lib.journal.question(row[0])[2]}
    assert sources == {"gemensamt"}


def test_a_channel_given_the_collection_answers_from_it_in_public(tmp_path, docs):
    lib = library(tmp_path, docs)
    settings = config(collections=Access(default=("gemensamt",), roles={BARN_ROLE: ("barn-och-familj",)},
                                         channels={OTHER_CHANNEL: ("barn-och-familj",)}))

    @scenario(Harness(Assistant(lib), settings))
    async def ask(h):
        h.slash("fråga", {"fråga": POLICE_QUESTION}, user=BOB, roles=[BARN_ROLE], channel=OTHER_CHANNEL)
        h.message(f"<@{BOT_USER}> {POLICE_QUESTION}", user=ALICE, mentions=[BOT_USER])
        await h.settle()
        return h.fake

    fake = run(ask)
    assert not fake.of("respond")[-1].ephemeral
    assert SECRET_SOURCE in sent(fake.of("edit_original")[-1])
    assert any(SECRET_SOURCE in sent(c) for c in fake.of("send") if c.embeds)


def test_the_rule_itself():
    access = Access(default=("gemensamt",), roles={1: ("barn",)}, channels={10: ("barn",), 11: ("ekonomi",)})
    public = access.reply_scope(roles=[1], channels=[11], shared_place=True, can_whisper=True)
    assert public.private and set(public.collections) == {"gemensamt", "barn", "ekonomi"}
    message = access.reply_scope(roles=[1], channels=[11], shared_place=True, can_whisper=False)
    assert message.narrowed and not message.private and set(message.collections) == {"gemensamt", "ekonomi"}
    barn_channel = access.reply_scope(roles=[1], channels=[10], shared_place=True, can_whisper=True)
    assert not barn_channel.private and set(barn_channel.collections) == {"gemensamt", "barn"}
    dm = access.reply_scope(roles=[1], channels=[], shared_place=False, can_whisper=False)
    assert not dm.private and not dm.narrowed and set(dm.collections) == {"gemensamt", "barn"}
