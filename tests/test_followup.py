"""A chat message that continues the asker's previous question (bot/followup.py), read with it."""
import pytest
from fakes import FakeEmbedder

from bot import texts
from bot.chat import Chat, Person
from bot.config import BotConfig
from bot.followup import FOLLOW_UP_SECONDS, Conversations, reads_as_follow_up
from bot.service import Assistant
from index import AbstainPolicy, Library


@pytest.mark.parametrize("message", [
    "och om det inte funkar?", "men om jag glömmer det då?", "gäller det även för praktikanter?",
    "även förstabesök hos nya familjer då?", "var hittar jag den blanketten?", "hur många sånna dagar per månad?",
    "hur många dagar måste jag ge hen",
])
def test_a_message_that_continues_or_points_back_reads_as_a_follow_up(message):
    assert reads_as_follow_up(message)


@pytest.mark.parametrize("message", [
    "hur fungerar personlarmet?", "finns det nåt larm i besöksrummen", "vad gäller vid brand",
    "hur lång handläggningstid är det för ekonomiskt bistånd",  # "är det" points at nothing
    "får klienten läsa det jag skriver i journalen om hen eller är det bara jag som får det?",  # long: own topic
])
def test_a_question_of_its_own_does_not(message):
    assert not reads_as_follow_up(message)


def test_a_follow_up_is_read_with_the_same_persons_question_in_the_same_place_for_a_while():
    now = [0.0]
    conversations = Conversations(clock=lambda: now[0])
    conversations.remember("anna", "kanal", "hur testar man personlarmet?")
    assert conversations.read("anna", "kanal", "och om det inte funkar?") == (
        "och om det inte funkar? hur testar man personlarmet?", "hur testar man personlarmet?")
    assert conversations.read("anna", "kanal", "vad gäller vid brand")[1] is None  # a question of its own
    assert conversations.read("bo", "kanal", "och om det inte funkar?")[1] is None  # another person
    assert conversations.read("anna", "dm", "och om det inte funkar?")[1] is None  # another place
    now[0] = FOLLOW_UP_SECONDS + 1
    assert conversations.read("anna", "kanal", "och om det inte funkar?")[1] is None  # too long ago
    conversations.remember("bo", "kanal", "vad gäller vid brand")
    assert list(conversations._latest) == [("bo", "kanal")]  # anna's question is not kept past its time


def _chat(tmp_path, docs) -> Chat:
    library = Library(tmp_path / "data", embedder=FakeEmbedder(), policy=AbstainPolicy.always())
    library.build([docs])
    return Chat(Assistant(library), BotConfig(documents=(docs,)), clock=lambda: 0.0)


def test_in_chat_a_follow_up_is_searched_with_the_question_before_and_the_reply_says_so(tmp_path, docs):
    chat = _chat(tmp_path, docs)
    assert chat.ask("Hur fungerar personlarmet?", Person(1), origin="test").answer.grade == "confident"
    asked = chat.ask("och om det inte funkar?", Person(1), origin="test")
    assert asked.answer.question == "och om det inte funkar? Hur fungerar personlarmet?"
    assert asked.answer.grade == "tentative" and asked.reply.tentative  # the reading is a guess
    assert asked.reply.notices[0] == texts.read_as_follow_up("Hur fungerar personlarmet?")
    other = chat.ask("och om det inte funkar?", Person(2), origin="test")
    assert other.answer.question == "och om det inte funkar?" and texts.read_as_follow_up(
        "Hur fungerar personlarmet?") not in other.reply.notices


def test_ask_dash_reads_every_line_as_a_question_of_its_own(tmp_path, docs):
    assistant = _chat(tmp_path, docs).assistant
    assistant.ask("Hur fungerar personlarmet?", origin="cli", user="me")
    assert assistant.ask("och om det inte funkar?", origin="cli", user="me").answer.question == "och om det inte funkar?"
