"""A quoted list reads as a list: each item on a line of its own, in every front end."""
from __future__ import annotations

from teams_harness import check_card

from bot.answer import build_reply
from bot.discord.layout import reply_embed
from bot.teams.cards import answer_card
from index import Answer
from index.answering import Source
from index.quoting import quote_lines

CHECKLIST_PDF = ("Bilaga 1. Checklista inför hembesök\n• Riskbedömning gjord. • Personlarm kvitterat och provlarm gjort. "
                 "• Tjänstemobil laddad.")
APPLICATION_DOCX = ("3. Ansökan\nEn ansökan lämnas i e-tjänsten. Till ansökan bifogas:\n• kontoutdrag\n• hyresavi\n"
                    "Saknas underlag begär handläggaren komplettering. Ansökan är komplett när allt har kommit in.")


def test_items_stand_on_lines_of_their_own_and_a_paragraphs_sentences_run_on():
    # a PDF sets a checklist's items in one paragraph: each is still a line
    assert quote_lines(["• Personlarm kvitterat och provlarm gjort.", "• Tjänstemobil laddad."], CHECKLIST_PDF) == [
        "• Personlarm kvitterat och provlarm gjort.", "• Tjänstemobil laddad."]
    # a lead-in with its items; the paragraph after a list starts a line, and its second sentence runs on
    assert quote_lines(["Till ansökan bifogas:", "• kontoutdrag", "• hyresavi"], APPLICATION_DOCX) == [
        "Till ansökan bifogas:", "• kontoutdrag", "• hyresavi"]
    assert quote_lines(["• hyresavi", "Saknas underlag begär handläggaren komplettering.",
                        "Ansökan är komplett när allt har kommit in."], APPLICATION_DOCX) == [
        "• hyresavi", "Saknas underlag begär handläggaren komplettering. Ansökan är komplett när allt har kommit in."]
    # prose, and a numbered step whose second sentence goes on in the same paragraph
    assert quote_lines(["En ansökan lämnas i e-tjänsten.", "Till ansökan bifogas:"], APPLICATION_DOCX) == [
        "En ansökan lämnas i e-tjänsten. Till ansökan bifogas:"]
    step = "Gör så här:\n4. Har du nyckel får du gå in. Knacka innan du går in.\n5. Saknas nyckel ringer du samordnaren."
    assert quote_lines(["4. Har du nyckel får du gå in.", "Knacka innan du går in.", "5. Saknas nyckel ringer du samordnaren."],
                       step) == ["4. Har du nyckel får du gå in. Knacka innan du går in.",
                                 "5. Saknas nyckel ringer du samordnaren."]
    assert quote_lines(["Ett citat som inte står i texten."], "") == ["Ett citat som inte står i texten."]


def _answer() -> Answer:
    source = Source("forsorjningsstod/ansokan.docx", "Handläggning av ekonomiskt bistånd", None, "3. Ansökan",
                    APPLICATION_DOCX, 1.0, highlight=["Till ansökan bifogas:", "• kontoutdrag", "• hyresavi"])
    return Answer("vad ska hon ta med", True, source.highlight, [source], grade="confident")


def test_every_front_end_shows_the_quoted_list_one_item_a_line():
    reply = build_reply(_answer())
    assert reply.body == "”Till ansökan bifogas:\n• kontoutdrag\n• hyresavi”"
    assert "Till ansökan bifogas:\n• kontoutdrag\n• hyresavi" in reply_embed(reply, 1).description
    # Teams runs a TextRun's single line breaks together, so each line is a block of its own
    card = check_card(answer_card(reply, 1))
    runs = [block["inlines"][0]["text"] for block in card["body"] if block["type"] == "RichTextBlock"]
    assert [r for r in runs if "ansökan" in r or "• " in r] == ["”Till ansökan bifogas:", "• kontoutdrag", "• hyresavi”"]
    assert not any("\n" in r for r in runs)
