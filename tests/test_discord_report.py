"""/rapport in Discord: the administrator report's summary for admins, a polite refusal for everyone else."""
from __future__ import annotations

from conftest import write
from test_discord_bot import MANAGE_GUILD, library, run, scenario
from test_discord_harness import ADMIN_ROLE, ALICE, CAROL, Harness, config

from bot.discord import layout
from bot.service import Assistant

CAR = """# Tjänstebil och resor

Beslutsdatum: 2018-11-05
Giltig till: 2020-06-30
Ansvarig: Fordonsansvarig

## Boka tjänstebil

Tjänstebilen bokas i Outlook under resursen SOC Tjänstebil.
"""


def test_rapport_is_refused_to_a_normal_member(tmp_path, docs):
    lib = library(tmp_path, docs)

    @scenario(Harness(Assistant(lib), config()))
    async def refuse(h):
        h.slash("rapport", user=ALICE)
        await h.settle()
        return h.fake

    fake = run(refuse)
    assert [c.content for c in fake.calls] == [layout.ADMIN_ONLY] and fake.calls[0].ephemeral
    assert lib.audit.entries()[-1]["action"] == "refused"


def test_rapport_gives_an_admin_the_summary_privately(tmp_path, docs):
    write(docs / "gemensamt" / "tjanstebil.md", CAR)
    lib = library(tmp_path, docs)
    assistant = Assistant(lib)
    assistant.ask("Hur bokar jag tjänstebil?", origin="discord", user=ALICE)

    @scenario(Harness(assistant, config()))
    async def report(h):
        h.slash("rapport", user=CAROL, roles=[ADMIN_ROLE], permissions=MANAGE_GUILD)
        await h.settle()
        return h.fake

    fake = run(report)
    assert fake.calls[0].payload["type"] == 5 and fake.calls[0].ephemeral  # deferred, only the admin sees it
    text = fake.of("edit_original")[-1].content
    assert text.startswith("Rapport – frågor de senaste 30 dagarna")
    assert "Tjänstebil och resor – gällde till 2020-06-30, fråga Fordonsansvarig" in text
    assert "1 fråga" in text and len(text) <= 2000
    assert lib.audit.entries()[-1]["action"] == "report"
