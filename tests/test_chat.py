"""The platform-neutral chat rules (bot/chat.py) that every front end calls, without any chat platform."""
import pytest
from fakes import FakeEmbedder

from bot import texts
from bot.chat import Chat, Person
from bot.config import Access, BotConfig, RateLimit
from bot.service import Assistant
from index import AbstainPolicy, Library

ADMIN_ROLE, BARN_ROLE, BARN_CHANNEL = 11, 22, 33


def make_chat(tmp_path, docs, **settings) -> Chat:
    library = Library(tmp_path / "data", embedder=FakeEmbedder(), policy=AbstainPolicy.always())
    library.build([docs])
    config = BotConfig(admin_role=ADMIN_ROLE, documents=(docs,), help_channel=99,
                       collections=Access(roles={BARN_ROLE: ("barn-och-familj",)},
                                          channels={BARN_CHANNEL: ("barn-och-familj",)}), **settings)
    return Chat(Assistant(library), config, clock=lambda: 0.0)


def test_collections_come_from_roles_and_channels(tmp_path, docs):
    chat = make_chat(tmp_path, docs)
    assert chat.collections_for(Person(1)) == ["gemensamt"]
    assert chat.collections_for(Person(1, roles=(BARN_ROLE,))) == ["gemensamt", "barn-och-familj"]
    assert chat.collections_for(Person(1, channels=(44, BARN_CHANNEL))) == ["gemensamt", "barn-och-familj"]
    asked = chat.ask("Gäller sekretessen mot polisen?", Person(1), origin="test")
    assert all(s.collection == "gemensamt" for s in asked.answer.sources)


def test_admin_is_the_configured_role_or_the_platforms_own_right(tmp_path, docs):
    chat = make_chat(tmp_path, docs)
    assert chat.is_admin(Person(1, roles=(ADMIN_ROLE,)))
    assert chat.is_admin(Person(1, manages_server=True))
    assert not chat.is_admin(Person(1, roles=(BARN_ROLE,)))


def test_rate_limit_counts_per_person(tmp_path, docs):
    chat = make_chat(tmp_path, docs, rate_limit=RateLimit(questions=2, per_seconds=60))
    assert chat.too_soon(Person(1)) is None and chat.too_soon(Person(1)) is None
    assert chat.too_soon(Person(1)) == texts.slow_down(60)
    assert chat.too_soon(Person(2)) is None


def test_one_vote_per_person_and_answer(tmp_path, docs):
    chat = make_chat(tmp_path, docs)
    asked = chat.ask("Hur fungerar personlarmet?", Person(1), origin="test")
    assert chat.vote(asked.question_id, Person(2), True) == texts.THANKS_HELPFUL
    assert chat.vote(asked.question_id, Person(2), False) == texts.ALREADY_VOTED
    assert chat.vote(asked.question_id, Person(3), False) == texts.THANKS_NOT_HELPFUL


def test_an_escalation_is_claimed_once_until_released(tmp_path, docs):
    chat = make_chat(tmp_path, docs)
    asked = chat.ask("Hur fungerar personlarmet?", Person(1), origin="test")
    assert chat.claim_escalation(asked.question_id, Person(1)) is None
    assert chat.claim_escalation(asked.question_id, Person(1)) == texts.ALREADY_SENT
    chat.release_escalation(asked.question_id, Person(1))
    assert chat.claim_escalation(asked.question_id, Person(1)) is None
    assert chat.escalated_question(asked.question_id) == ("Hur fungerar personlarmet?", True)
    assert chat.escalated_question(10_000) is None


def test_no_help_channel_is_said_not_claimed(tmp_path, docs):
    chat = make_chat(tmp_path, docs)
    chat.config = BotConfig()
    assert chat.claim_escalation(1, Person(1)) == texts.NO_HELP_CHANNEL


def test_reindex_refuses_a_missing_folder_and_records_it(tmp_path, docs):
    chat = make_chat(tmp_path, docs)
    chat.config = BotConfig(documents=(tmp_path / "saknas",))
    outcome = chat.reindex(Person(1, manages_server=True))
    assert outcome.report is None and str(tmp_path / "saknas") in outcome.refusal
    assert chat.assistant.library.audit.entries()[-1]["details"] == {"missing": [str(tmp_path / "saknas")]}


def test_reindex_reports_and_is_audited_under_the_pseudonym(tmp_path, docs):
    chat = make_chat(tmp_path, docs)
    (docs / "gemensamt" / "ny.md").write_text("# Nycklar\n\nNycklar hämtas i receptionen.\n", encoding="utf-8")
    outcome = chat.reindex(Person(5, roles=(ADMIN_ROLE,)))
    assert outcome.refusal is None and outcome.report.added == ["gemensamt/ny.md"]
    last = chat.assistant.library.audit.entries()[-1]
    assert last["action"] == "reindex" and last["actor"] == chat.pseudonym(Person(5)) and last["actor"] != "5"


@pytest.mark.parametrize("where, expected", [((), "dm"), ((33, 44), "33")])
def test_the_log_names_the_channel_or_dm(where, expected):
    assert Person(1, channels=where).where == expected
