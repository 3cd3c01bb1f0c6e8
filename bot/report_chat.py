"""The administrator report as a short chat message, the same for every front end (Discord, Teams, terminal).

It names what needs doing first (expired routines and whom to ask), then the week's figures and the largest
groups of unanswered questions; the full page comes from `rutinbot rapport --out FILE.html`.
"""
from __future__ import annotations

from index import AdminReport

from .report_words import percent, period_text, plural

MAX_LISTED = 5
MAX_CHARS = 1800  # below the 2000 characters of a Discord message, with room for the front end's framing


def _shorten(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def summary_text(report: AdminReport) -> str:
    r = report
    lines = [f"Rapport – frågor {period_text(r.since_days)}, giltighet per {r.today.isoformat()}"]
    lines.append(
        f"{plural(r.documents, 'rutin', 'rutiner')} i tjänst: {len(r.expired)} har gått ut, "
        f"{len(r.expiring)} går ut inom {r.expiring_within} dagar, {len(r.no_owner)} saknar dokumentansvarig, "
        f"{len(r.no_validity)} saknar giltighetstid, {plural(len(r.older_versions), 'äldre version', 'äldre versioner')} "
        "ligger kvar.")
    if r.expired:
        lines.append("Har gått ut:")
        lines += [f"• {_shorten(row.title, 60)} – "
                  f"{'skulle ha reviderats senast' if row.ends_at_review else 'gällde till'} {row.valid_until}, "
                  f"fråga {row.owner or 'ansvarig chef (ingen dokumentansvarig angiven)'}"
                  for row in r.expired[:MAX_LISTED]]
        if len(r.expired) > MAX_LISTED:
            lines.append(f"• … och {len(r.expired) - MAX_LISTED} till")
    if r.expiring:
        lines.append(f"Går ut inom {r.expiring_within} dagar: " + "; ".join(
            f"{_shorten(row.title, 50)} ({row.valid_until})" for row in r.expiring[:MAX_LISTED]))
    share = percent(r.answered / r.asked if r.asked else None)
    lines.append(f"{plural(r.asked, 'fråga', 'frågor')}, {share} besvarade, {r.not_helpful} med 👎.")
    if r.topics:
        lines.append("Störst bland obesvarade och 👎:")
        lines += [f"• ”{_shorten(t.examples[0], 80)}” ({plural(t.size, 'fråga', 'frågor')})"
                  for t in r.topics[:MAX_LISTED]]
    if r.most_cited:
        lines.append("Mest citerade: " + "; ".join(
            f"{_shorten(c.title, 45)} ({c.times})" for c in r.most_cited[:3]))
    lines.append("Hela rapporten: rutinbot rapport --out rapport.html")
    text = "\n".join(lines)
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1] + "…"
