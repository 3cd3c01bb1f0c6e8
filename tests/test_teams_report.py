"""'rapport' typed to the Teams bot: the administrator summary in the admin's 1:1 chat, refused to others."""
from __future__ import annotations

from teams_harness import ALICE, CAROL
from test_teams_bot import fake, library, teams  # noqa: F401 - the Teams fixtures

from bot.teams import texts


def test_rapport_gives_an_admin_the_summary_in_their_own_chat(teams, fake):  # noqa: F811
    teams.ask(ALICE, "Hur länge ska jag trycka på larmknappen?")
    teams.post(teams.message(CAROL, "rapport"))
    summary = fake.wait_for(lambda c: (c.body or {}).get("text", "").startswith("Rapport – frågor"),
                            what="the report summary")
    assert summary in [c for c in fake.calls if CAROL.chat in c.path]  # her 1:1 chat, never a channel
    assert "de senaste 30 dagarna" in summary.body["text"] and "1 fråga" in summary.body["text"]
    assert teams.assistant.library.audit.entries()[-1]["action"] == "report"


def test_rapport_is_refused_to_others_and_audited(teams, fake):  # noqa: F811
    teams.post(teams.message(ALICE, "rapport"))
    fake.wait_for(lambda c: (c.body or {}).get("text") == texts.ADMIN_ONLY, what="the refusal")
    teams.idle()
    refused = [e for e in teams.assistant.library.audit.entries() if e["action"] == "refused"]
    assert refused and refused[-1]["details"] == {"command": "rapport"}
    assert not any((c.body or {}).get("text", "").startswith("Rapport") for c in fake.calls)
