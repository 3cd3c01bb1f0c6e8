"""The Teams bot over real HTTP on localhost: recorded Teams activities in, Bot Connector calls out.

The bot is the real one (the Teams SDK's App behind uvicorn, with JWT validation on); Microsoft's
services are FakeMicrosoft on 127.0.0.1 (see teams_fakes.py). The fake embedder keeps it fast: these
tests are about the plumbing and the rules, not the answer quality (test_real_model.py is).
"""
from __future__ import annotations

import re
import time

import pytest
from teams_fakes import FakeMicrosoft
from teams_harness import (
    ADMIN_TEAM,
    ALICE,
    APP_ID,
    BARN_CHANNEL,
    BARN_GROUP,
    BOB,
    CAROL,
    DAVE,
    GENERAL,
    HELP_CHANNEL,
    MENTOR,
    QUESTION_CHANNEL,
    TeamsHarness,
    card_text,
    check_card,
    config,
    question_id,
    settings,
)

from bot.service import Assistant
from bot.teams import texts
from bot.teams.cards import COLLEAGUE, MORE, VOTE
from bot.texts import ALREADY_SENT, ALREADY_VOTED, NO_HELP_CHANNEL, THANKS_HELPFUL, THANKS_NOT_HELPFUL
from index import Library

ALARM_QUESTION = "Hur fungerar larmet vid hembesök?"
POLICE_QUESTION = "Får jag lämna ut uppgifter om en klient till polisen?"


@pytest.fixture
def library(tmp_path, docs, fake_embedder):
    library = Library(tmp_path / "data", embedder=fake_embedder)
    library.build([docs])
    return library


@pytest.fixture
def fake():
    with FakeMicrosoft(rosters={ADMIN_TEAM: {DAVE.teams_id}}, groups={BOB.aad_id: {BARN_GROUP}}) as fake:
        yield fake


@pytest.fixture
def teams(fake, library, docs):
    with TeamsHarness(fake, Assistant(library), config(docs), settings()) as harness:
        yield harness


def invoke_says(response) -> str:
    """The message Teams shows the person who pressed a button (the adaptiveCard/action invoke response)."""
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["statusCode"] == 200 and body["type"] == "application/vnd.microsoft.activity.message", body
    return body["value"]


# -- authentication ------------------------------------------------------------------------------

def test_requests_without_a_valid_token_are_refused_and_do_nothing(teams, fake):
    question = teams.message(ALICE, ALARM_QUESTION)
    other_audience = fake.token("some-other-bot")
    stranger = fake.token(APP_ID, key=fake.other_key)
    expired = fake.token(APP_ID, expires_in=-3600)
    wrong_service = fake.token(APP_ID, service_url="https://evil.example.org/")
    for token in (None, "not-a-jwt", other_audience, stranger, expired, wrong_service):
        assert teams.post(question, token=token).status_code == 401, token
    teams.idle()
    assert fake.sent() == []
    assert teams.assistant.library.journal.entries() == []


def test_a_token_signed_by_the_served_key_is_accepted(teams, fake):
    assert teams.post(teams.message(ALICE, ALARM_QUESTION)).status_code == 200
    fake.wait_for(lambda c: c.card() is not None, what="the answer")


# -- asking --------------------------------------------------------------------------------------

def test_a_question_in_a_personal_chat_gets_typing_at_once_then_the_answer_card(teams, fake):
    card = check_card(teams.ask(ALICE, ALARM_QUESTION))
    sent = fake.sent(ALICE.chat)
    assert sent[0].body["type"] == "typing" and sent[-1].card() == card  # typing first, the card after
    text = card_text(card)
    assert "Det här står i rutinerna" in text
    assert "larmknappen" in text  # the quoted sentence
    assert "Hembesök och personlarm" in text and "gemensamt/hembesok.md" in text  # the citation
    titles = [a["title"] for a in card["actions"]]
    assert titles == ["👍 Hjälpte", "👎 Hjälpte inte", "📚 Visa fler källor", "🙋 Fråga en kollega"]
    assert {a["type"] for a in card["actions"]} == {"Action.Execute"}
    entry = teams.assistant.library.journal.entries()[-1]
    assert entry["origin"] == "teams" and entry["id"] == question_id(card)
    assert entry["user_key"] not in (ALICE.teams_id, ALICE.aad_id) and ALICE.aad_id not in str(entry)
    assert entry["channel"] == "dm"


def test_the_card_shows_routine_text_literally(teams, fake, docs):
    (docs / "gemensamt" / "tecken.txt").write_text(
        "Tecken i journalen\n\nSkriv *aldrig* __fetstil__ eller [länkar](https://example.org) i journalen.\n",
        encoding="utf-8")
    teams.assistant.library.build([docs])
    card = check_card(teams.ask(ALICE, "Får jag skriva fetstil eller länkar i journalen?"))
    quoted = [run for block in card["body"] if block["type"] == "RichTextBlock" for run in block["inlines"]
              if "fetstil" in run["text"]]
    assert any("*aldrig* __fetstil__" in run["text"] for run in quoted)  # a TextRun: Teams renders no Markdown in it


def test_an_at_mention_in_a_channel_is_answered_in_the_channel(teams, fake):
    card = teams.ask(ALICE, ALARM_QUESTION, where="channel", channel=GENERAL, mention=True)
    assert "larmknappen" in card_text(check_card(card))
    entry = teams.assistant.library.journal.entries()[-1]
    assert entry["question"] == ALARM_QUESTION  # the mention was stripped
    assert entry["channel"] == GENERAL


def test_in_a_question_channel_every_message_is_a_question_elsewhere_only_mentions(teams, fake):
    teams.ask(ALICE, ALARM_QUESTION, where="channel", channel=QUESTION_CHANNEL)
    response = teams.post(teams.message(ALICE, ALARM_QUESTION, where="channel", channel=GENERAL))
    assert response.status_code == 200
    teams.idle()
    assert fake.sent(f"{GENERAL};messageid=1700000000000") == []


def test_a_bare_mention_gets_help(teams, fake):
    teams.post(teams.message(ALICE, "", where="channel", channel=GENERAL, mention=True))
    fake.wait_for(lambda c: (c.body or {}).get("text") == texts.HOW_TO_ASK, what="the help text")


def test_the_bot_says_hello_when_added(teams, fake):
    assert teams.post(teams.added()).status_code == 200
    fake.wait_for(lambda c: (c.body or {}).get("text") == texts.WELCOME, what="the welcome")


def test_too_many_questions_are_refused_politely(fake, library, docs):
    from bot.config import RateLimit

    with TeamsHarness(fake, Assistant(library), config(docs, rate_limit=RateLimit(1, 60)), settings()) as teams:
        teams.ask(ALICE, ALARM_QUESTION)
        teams.post(teams.message(ALICE, "Och flextiden?"))
        fake.wait_for(lambda c: "Vänta" in ((c.body or {}).get("text") or ""), what="the slow-down note")
        assert len(teams.assistant.library.journal.entries()) == 1


# -- privacy -------------------------------------------------------------------------------------

def test_a_personnummer_asked_in_a_channel_is_answered_privately_and_never_repeated(teams, fake):
    number = "19850101-1236"
    teams.post(teams.message(BOB, f"Klienten {number} ska få hembesök, hur fungerar larmet?", where="channel",
                             channel=GENERAL, mention=True))
    private = fake.wait_for(lambda c: c.conversation == f"a:personal-{BOB.teams_id}" and c.card() is not None,
                            what="the answer in Bob's 1:1 chat")
    assert "larmknappen" in card_text(check_card(private.card()))
    reminder = fake.wait_for(lambda c: "🔒" in ((c.body or {}).get("text") or ""), what="the reminder")
    assert reminder.conversation.startswith(GENERAL)
    assert "privata chatt" in reminder.body["text"]
    teams.idle()
    everything = str([c.body for c in fake.calls])
    assert number not in everything and "0101-1236" not in everything
    assert number not in str(teams.assistant.library.journal.entries())


def test_a_personnummer_in_a_personal_chat_gets_the_reminder_there(teams, fake):
    card = teams.ask(ALICE, "Hur fungerar larmet för 850101-1236?")
    assert "personnummer" in card_text(card)  # the notice on the card
    fake.wait_for(lambda c: c.conversation == ALICE.chat and "🔒" in ((c.body or {}).get("text") or ""),
                  what="the reminder")
    assert "0101-1236" not in str([c.body for c in fake.calls])


def test_a_question_that_is_only_a_personnummer_is_reminded_once(teams, fake):
    card = check_card(teams.ask(ALICE, "811218-9876"))
    assert "bara ett personnummer" in card_text(card)  # the card still says why nothing was searched
    fake.wait_for(lambda c: c.conversation == ALICE.chat and "🔒" in ((c.body or {}).get("text") or ""),
                  what="the reminder")
    teams.idle()
    everything = str([c.body for c in fake.calls])
    assert everything.count("Skriv inte personnummer") == 1 and "9876" not in everything


def test_the_process_log_names_nobody_and_quotes_no_question(teams, fake, caplog):
    caplog.set_level("DEBUG", logger="bot")
    caplog.set_level("INFO")
    teams.ask(ALICE, "Hur fungerar larmet vid hembesök hos familjen Svensson?")
    teams.post(teams.message(ALICE, "reindexera"))  # refused: audited and logged by pseudonym at most
    fake.wait_for(lambda c: (c.body or {}).get("text") == texts.ADMIN_ONLY, what="the refusal")
    teams.idle()
    logged = caplog.text
    assert "question" in logged and "answered=" in logged  # it does log, by question id
    assert "Svensson" not in logged and ALICE.teams_id not in logged and ALICE.aad_id not in logged


# -- buttons -------------------------------------------------------------------------------------

def test_one_vote_per_person_per_answer(teams, fake):
    qid = question_id(teams.ask(ALICE, ALARM_QUESTION))
    assert invoke_says(teams.post(teams.click(ALICE, VOTE, qid, helpful=True))) == THANKS_HELPFUL
    assert invoke_says(teams.post(teams.click(ALICE, VOTE, qid, helpful=False))) == ALREADY_VOTED
    assert invoke_says(teams.post(teams.click(BOB, VOTE, qid, helpful=False))) == THANKS_NOT_HELPFUL
    assert teams.assistant.library.journal.feedback(qid) == {"helpful": 1, "not_helpful": 1}


def test_an_unknown_or_malformed_button_is_answered_not_crashed(teams):
    assert invoke_says(teams.post(teams.click(ALICE, "rutinbot.explode", 1))) == texts.ACTION_UNKNOWN
    assert invoke_says(teams.post(teams.click(ALICE, VOTE, "1; drop table"))) == texts.ACTION_UNKNOWN  # type: ignore[arg-type]


def test_more_sources_go_to_the_clickers_personal_chat(teams, fake):
    qid = question_id(teams.ask(ALICE, ALARM_QUESTION, where="channel", channel=GENERAL, mention=True))
    assert invoke_says(teams.post(teams.click(ALICE, MORE, qid, where="channel", channel=GENERAL))) == \
        texts.SOURCES_SENT_PRIVATELY
    chat = f"a:personal-{ALICE.teams_id}"
    create = fake.wait_for(lambda c: c.method == "POST" and c.path == "/v3/conversations", what="a new 1:1 chat")
    assert create.body["members"] == [{"id": ALICE.teams_id}]
    card = check_card(fake.cards(chat)[-1])
    assert "Alla källor till svaret" in card_text(card) and "gemensamt/hembesok.md" in card_text(card)


def test_more_sources_when_no_personal_chat_can_be_opened(teams, fake):
    qid = question_id(teams.ask(ALICE, ALARM_QUESTION, where="channel", channel=GENERAL, mention=True))
    fake.fail_personal_chats = True
    assert invoke_says(teams.post(teams.click(ALICE, MORE, qid, where="channel", channel=GENERAL))) == \
        texts.NO_PRIVATE_CHAT


def test_ask_a_colleague_posts_in_the_help_channel_and_mentions_the_mentors_once(teams, fake):
    qid = question_id(teams.ask(ALICE, "Hur bokar jag tolk till ett hembesök?"))
    said = invoke_says(teams.post(teams.click(ALICE, COLLEAGUE, qid)))
    assert said.startswith("Jag har skickat frågan")
    post = fake.wait_for(lambda c: c.conversation == HELP_CHANNEL, what="the help channel post")
    mentioned = {e["mentioned"]["id"] for e in post.body["entities"] if e["type"] == "mention"}
    assert mentioned == {MENTOR.aad_id, ALICE.teams_id}
    assert f"<at>{MENTOR.name}</at>" in post.body["text"] and "> Hur bokar jag tolk" in post.body["text"]
    assert invoke_says(teams.post(teams.click(ALICE, COLLEAGUE, qid))) == ALREADY_SENT
    assert len(fake.sent(HELP_CHANNEL)) == 1


def test_ask_a_colleague_without_a_help_channel(fake, library, docs):
    with TeamsHarness(fake, Assistant(library), config(docs), settings(help_channel=None)) as teams:
        qid = question_id(teams.ask(ALICE, ALARM_QUESTION))
        assert invoke_says(teams.post(teams.click(ALICE, COLLEAGUE, qid))) == NO_HELP_CHANNEL


# -- collections: a member of one unit never gets another unit's passage by any path ---------------

def _documents(card: dict) -> set[str]:
    return set(re.findall(r"[a-z-]+/[a-z]+\.md", card_text(card)))


def test_collections_by_entra_group_only_in_personal_chats(teams, fake):
    bob_private = teams.ask(BOB, POLICE_QUESTION)
    assert "barn-och-familj/sekretess.md" in _documents(bob_private)
    alice_private = teams.ask(ALICE, POLICE_QUESTION)
    assert not any(d.startswith("barn-och-familj/") for d in _documents(alice_private))
    # in a channel everyone reads the answer: Bob's own grants do not apply there
    bob_in_general = teams.ask(BOB, POLICE_QUESTION, where="channel", channel=GENERAL, mention=True)
    assert not any(d.startswith("barn-och-familj/") for d in _documents(bob_in_general))
    assert "direktmeddelande" in card_text(bob_in_general)  # and he is told where he could be answered
    alice_in_general = teams.ask(ALICE, POLICE_QUESTION, where="channel", channel=GENERAL, mention=True)
    assert "direktmeddelande" not in card_text(alice_in_general)  # she could read nothing more anywhere
    graph = [c for c in fake.calls if "checkMemberGroups" in c.path]
    assert graph and graph[0].body == {"groupIds": [BARN_GROUP]}  # only the groups the settings name


def test_collections_by_channel(teams, fake):
    card = teams.ask(ALICE, POLICE_QUESTION, where="channel", channel=BARN_CHANNEL, mention=True)
    assert "barn-och-familj/sekretess.md" in _documents(card)


def test_more_sources_never_show_what_the_clicker_may_not_read(teams, fake):
    qid = question_id(teams.ask(BOB, POLICE_QUESTION))  # Bob's 1:1 answer cites barn-och-familj
    teams.post(teams.click(ALICE, MORE, qid))  # Alice presses a button carrying Bob's question id
    teams.idle()
    alice_cards = fake.cards(ALICE.chat)
    assert alice_cards and not any(d.startswith("barn-och-familj/") for c in alice_cards for d in _documents(c))
    teams.post(teams.click(BOB, MORE, qid))
    teams.idle()
    assert "barn-och-familj/sekretess.md" in _documents(fake.cards(BOB.chat)[-1])


def test_a_failed_group_look_up_fails_closed_and_is_asked_again(teams, fake):
    fake.graph_failures = 1  # Graph is down for Bob's first question
    assert not any(d.startswith("barn-och-familj/") for d in _documents(teams.ask(BOB, POLICE_QUESTION)))
    assert "barn-och-familj/sekretess.md" in _documents(teams.ask(BOB, POLICE_QUESTION))  # not cached as "none"
    graph = [c for c in fake.calls if "checkMemberGroups" in c.path]
    assert len(graph) == 2
    teams.ask(BOB, POLICE_QUESTION)
    assert len([c for c in fake.calls if "checkMemberGroups" in c.path]) == 2  # a good answer is cached


def test_membership_the_directory_does_not_confirm_grants_nothing(fake, library, docs):
    fake.groups.clear()  # Graph says Bob is in no group
    with TeamsHarness(fake, Assistant(library), config(docs), settings()) as teams:
        assert not any(d.startswith("barn-och-familj/") for d in _documents(teams.ask(BOB, POLICE_QUESTION)))


# -- admin -------------------------------------------------------------------------------------------

def test_reindex_by_an_admin_shows_progress_and_a_summary(teams, fake, docs):
    (docs / "gemensamt" / "ny.md").write_text("# Ny rutin\n\n## Om\n\nEn ny rutin om nycklar.\n", encoding="utf-8")
    teams.post(teams.message(CAROL, "reindexera"))
    summary = fake.wait_for(lambda c: c.card() is not None and "Indexeringen är klar" in card_text(c.card()),
                            what="the reindex summary")
    text = card_text(check_card(summary.card()))
    assert "Nya: 1" in text and "gemensamt/ny.md" in text
    assert texts.REINDEX_STARTED in fake.texts(CAROL.chat)
    audit = teams.assistant.library.audit.entries()
    assert any(e["action"] == "reindex" for e in audit)
    assert CAROL.aad_id not in str(audit) and CAROL.teams_id not in str(audit)


def test_reindex_by_team_membership(teams, fake):
    teams.post(teams.message(DAVE, "reindexera"))
    fake.wait_for(lambda c: c.card() is not None and "Indexeringen är klar" in card_text(c.card()),
                  what="the reindex summary")
    lookups = [c.path for c in fake.calls if c.method == "GET" and "/members/" in c.path]
    assert lookups and ADMIN_TEAM in lookups[0]


def test_reindex_is_refused_to_others_and_audited(teams, fake):
    teams.post(teams.message(ALICE, "reindexera"))
    fake.wait_for(lambda c: (c.body or {}).get("text") == texts.ADMIN_ONLY, what="the refusal")
    teams.idle()
    refused = [e for e in teams.assistant.library.audit.entries() if e["action"] == "refused"]
    assert refused and refused[-1]["details"] == {"command": "reindexera"}
    assert not any(c.card() and "Indexeringen" in card_text(c.card()) for c in fake.calls)


def test_questions_are_answered_while_a_reindex_runs(teams, fake, docs):
    started = time.monotonic()
    teams.post(teams.message(CAROL, "reindexera"))
    card = teams.ask(ALICE, ALARM_QUESTION)
    assert "larmknappen" in card_text(card) and time.monotonic() - started < 30


def test_status_for_everyone(teams, fake):
    teams.post(teams.message(ALICE, "status"))
    status = fake.wait_for(lambda c: "Rutinbotens index" in ((c.body or {}).get("text") or ""), what="the status")
    assert "3 dokument" in status.body["text"]
