"""The Teams cards as data: valid Adaptive Card 1.5 in every shape, under Teams' size limit, literal text."""
from __future__ import annotations

from teams_harness import card_text, check_card

from bot.answer import Citation, Reply
from bot.teams.cards import MAX_CARD_BYTES, answer_card, size, sources_card, summary_card
from bot.texts import NO_MORE_SOURCES
from index import BuildReport

EXPIRED = Citation("Sekretess", "barn-och-familj/sekretess.pdf", 4, "Uppgifter till polisen",
                   notes=["Rutinen gällde till 2024-12-31 – kontrollera med dokumentansvarig (Anna) om den fortfarande gäller."],
                   warning="Rutinen gällde till 2024-12-31")
CURRENT = Citation("Hembesök och personlarm", "gemensamt/hembesok.pdf", 2, "Så larmar du",
                   validity="Gäller till 2027-03-31 · dokumentansvarig: Enhetschef")


def reply(**overrides) -> Reply:
    values = {"question": "Får jag lämna ut uppgifter till polisen?", "answered": True, "headline": "Det här står i rutinerna",
                  "body": "”Sekretessen gäller även mot polisen.”", "source": EXPIRED, "more": [(CURRENT, "Tryck på knappen.")],
                  "advice": None, "notices": ["Det finns en äldre version av rutinen (sekretess-2019.pdf beslutad 2019-01-01)."]}
    values.update(overrides)
    return Reply(**values)


def test_an_answer_from_an_expired_routine_warns_and_keeps_the_citation():
    card = check_card(answer_card(reply(), 7))
    text = card_text(card)
    assert "Sekretess, s. 4, avsnitt ”Uppgifter till polisen”" in text and "barn-och-familj/sekretess.pdf" in text
    assert "⚠️ Rutinen gällde till 2024-12-31" in text  # the expiry, at the citation
    assert "⚠️ Det finns en äldre version" in text  # the notice, above the quote
    assert "Fråga nr 7" in text
    assert [a["data"] for a in card["actions"]][:2] == [{"question": 7, "helpful": True}, {"question": 7, "helpful": False}]


def test_no_answer_says_so_and_offers_a_colleague():
    card = check_card(answer_card(reply(answered=False, headline="Jag hittade inget i rutinerna som besvarar frågan.",
                                        body="Här är det som ligger närmast", source=None, advice="Fråga din mentor."),
                                  3, has_sources=True))
    text = card_text(card)
    assert "Närmaste träff" in text and "Fråga din mentor." in text and "Källa" not in text
    assert "Fråga en kollega" in text.splitlines()[-1]


def test_without_sources_there_is_no_more_sources_button():
    card = check_card(answer_card(reply(answered=False, source=None, more=[], advice="Fråga din mentor."), 1,
                                  has_sources=False))
    assert [a["verb"] for a in card["actions"]] == ["rutinbot.vote", "rutinbot.vote", "rutinbot.colleague"]


def test_an_enormous_reply_is_cut_to_fit_teams():
    huge = "ord " * 20_000
    many = [(CURRENT, huge)] * 40
    card = answer_card(reply(body=huge, more=many, notices=[huge[:3000]] * 5), 1)
    check_card(card)
    assert size(card) <= MAX_CARD_BYTES
    assert "Källa" in card_text(card)  # the citation survives the cuts
    big_list = sources_card(many)
    check_card(big_list)


def test_sources_card_and_reindex_summary():
    assert NO_MORE_SOURCES in card_text(check_card(sources_card([])))
    listed = check_card(sources_card([(CURRENT, "Tryck på knappen."), (EXPIRED, "Sekretess gäller.")]))
    assert "(2)" in card_text(listed) and "⚠️ Rutinen gällde" in card_text(listed)
    report = BuildReport(added=["a.md"], changed=[], removed=["b.pdf"], unchanged=["c.md"],
                         failed=[("d.pdf", "PDF-filen är krypterad")], documents=2, passages=9, seconds=1.25)
    text = card_text(check_card(summary_card(report)))
    assert "1,2 s" in text or "1,3 s" in text
    assert "Nya: 1" in text and "Misslyckade: 1" in text and "d.pdf" in text and "krypterad" in text
    assert card_text(summary_card(BuildReport())).count("Inga ändringar") == 1
