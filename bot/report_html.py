"""The administrator report as one self-contained HTML page, in Swedish.

No emoji on the page: a printer or a mail client without an emoji font would show empty boxes.

The page is mailed around and opened offline, so it holds everything itself: styles inline, charts as
inline SVG with their numbers written out (readable in print and in black and white), no scripts, fonts,
images or links to fetch.
"""
from __future__ import annotations

from html import escape

from index import AdminReport, RoutineRow, Week

from .report_words import percent, period_text, plural

MAX_TOPICS = 25  # groups shown in full; the rest (singletons first to go) are listed briefly

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;margin:2rem auto;
max-width:60rem;padding:0 1rem;line-height:1.45}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.3rem;margin-top:2.2rem;border-bottom:2px solid #333;
padding-bottom:.2rem}h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
.meta{color:#555;margin-top:0}
.keys{display:flex;flex-wrap:wrap;gap:.6rem;padding:0;list-style:none}
.keys li{border:1px solid #999;border-radius:6px;padding:.5rem .8rem;min-width:8.5rem}
.keys b{display:block;font-size:1.5rem}
table{border-collapse:collapse;width:100%;margin:.3rem 0 1rem;font-size:.92rem}
th,td{border:1px solid #bbb;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#eee}td.n{text-align:right;white-space:nowrap}td.d{white-space:nowrap}
.none{color:#555;font-style:italic}
.topic{border:1px solid #bbb;border-radius:6px;padding:.4rem .9rem .7rem;margin:.8rem 0;break-inside:avoid}
.topic h3{margin:.3rem 0}.topic ul{margin:.2rem 0 .4rem}
svg{max-width:100%;height:auto}svg text{font-family:inherit}
footer{margin-top:2.5rem;color:#555;font-size:.85rem;border-top:1px solid #bbb;padding-top:.5rem}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,.topic,figure{break-inside:avoid}}
"""


def _cell(text: str | None, *, empty: str = "–") -> str:
    return escape(text) if text else f'<span class="none">{empty}</span>'


def _routine_table(rows: list[RoutineRow], columns: list[str], empty: str) -> str:
    if not rows:
        return f'<p class="none">{escape(empty)}</p>'
    heads = {"title": "Rutin", "path": "Fil", "owner": "Dokumentansvarig", "until": "Gäller till",
             "left": "Dagar kvar", "ago": "Gick ut för", "decided": "Beslutad", "cited": "Citerad",
             "replaced_by": "Ersatt av", "collection": "Samling"}
    out = ["<table><thead><tr>", *(f"<th>{heads[c]}</th>" for c in columns), "</tr></thead><tbody>"]
    for r in rows:
        cells = {
            "title": _cell(r.title), "path": f"<code>{escape(r.path)}</code>", "collection": _cell(r.collection),
            "owner": _cell(r.owner, empty="saknas"),
            "until": f'<td class="d">{_cell(r.valid_until, empty="anges inte")}'
                     f'{" (revideras senast)" if r.ends_at_review else ""}</td>',
            "decided": f'<td class="d">{_cell(r.decided)}</td>', "replaced_by": f"<code>{escape(r.replaced_by or '')}</code>",
            "left": f'<td class="n">{r.days_left}</td>' if r.days_left is not None else "<td>–</td>",
            "ago": f'<td class="n">{plural(-r.days_left, "dag", "dagar")}</td>' if r.days_left is not None else "<td>–</td>",
            "cited": f'<td class="n">{r.cited}</td>',
        }
        out.append("<tr>" + "".join(v if v.startswith("<td") else f"<td>{v}</td>"
                                     for v in (cells[c] for c in columns)) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _nice_step(peak: int) -> int:
    """A round grid step (1, 2, 5, 10, 20, 50 …) giving at most five lines up to ``peak``."""
    step = 1
    while peak / step > 5:
        step = step * 5 // 2 if str(step).startswith("2") else step * 2
    return step


def weeks_chart(weeks: list[Week]) -> str:
    """Questions per week as bars (answered part dark, the rest light, both counts written out) and the share
    answered written above each bar."""
    if not any(w.asked for w in weeks):
        return '<p class="none">Inga frågor under perioden.</p>'
    width, height, left, bottom, top = 760, 270, 44, 40, 46
    plot_w, plot_h = width - left - 10, height - top - bottom
    step_value = _nice_step(max(w.asked for w in weeks))
    peak = step_value * max(1, -(-max(w.asked for w in weeks) // step_value))  # the top grid line
    step = plot_w / len(weeks)
    bar = max(min(step * 0.7, 48), 2)
    parts = [f'<svg viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Frågor per vecka och andel besvarade">',
             '<defs><pattern id="open" width="6" height="6" patternUnits="userSpaceOnUse">'
             '<rect width="6" height="6" fill="#fff"/><path d="M0 6L6 0" stroke="#777" stroke-width="1"/>'
             '</pattern></defs>']
    for value in range(0, peak + 1, step_value):  # grid lines at round counts
        y = top + plot_h - plot_h * value / peak
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end">{value}</text>')
    every = max(1, round(len(weeks) / 16))  # at most ~16 week labels
    for n, w in enumerate(weeks):
        x = left + n * step + (step - bar) / 2
        h_all = plot_h * w.asked / peak
        h_ans = plot_h * w.answered / peak
        base = top + plot_h
        parts.append(f'<rect x="{x:.1f}" y="{base - h_all:.1f}" width="{bar:.1f}" height="{h_all:.1f}" '
                     f'fill="url(#open)" stroke="#333" stroke-width=".8"><title>{w.label}: {w.asked} frågor, '
                     f'{w.answered} besvarade</title></rect>')
        parts.append(f'<rect x="{x:.1f}" y="{base - h_ans:.1f}" width="{bar:.1f}" height="{h_ans:.1f}" '
                     f'fill="#2b4c7e"/>')
        if w.asked and bar >= 14:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{base - h_all - 5:.1f}" font-size="11" '
                         f'text-anchor="middle">{w.asked}</text>')
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{top - 14:.1f}" font-size="10" text-anchor="middle" '
                         f'fill="#2b4c7e">{percent(w.answered_share)}</text>')
        if n % every == 0:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{base + 16:.1f}" font-size="11" '
                         f'text-anchor="middle">{w.label[5:]}</text>')
    parts.append(f'<text x="{left}" y="{top - 32}" font-size="11">Andel besvarade per vecka:</text>')
    legend_y = height - 8
    parts.append(f'<rect x="{left}" y="{legend_y - 10}" width="12" height="10" fill="#2b4c7e"/>'
                 f'<text x="{left + 16}" y="{legend_y}" font-size="11">besvarade</text>'
                 f'<rect x="{left + 100}" y="{legend_y - 10}" width="12" height="10" fill="url(#open)" '
                 f'stroke="#333" stroke-width=".8"/>'
                 f'<text x="{left + 116}" y="{legend_y}" font-size="11">obesvarade</text>'
                 f'<text x="{width - 10}" y="{legend_y}" font-size="11" text-anchor="end">vecka</text>')
    parts.append("</svg>")
    return "".join(parts)


def _weeks_table(weeks: list[Week]) -> str:
    rows = "".join(f'<tr><td>{w.label}</td><td>{w.monday.isoformat()}</td><td class="n">{w.asked}</td>'
                   f'<td class="n">{w.answered}</td><td class="n">{percent(w.answered_share)}</td>'
                   f'<td class="n">{w.not_helpful}</td></tr>' for w in weeks if w.asked)
    if not rows:
        return ""
    return ("<details><summary>Siffrorna per vecka</summary><table><thead><tr><th>Vecka</th><th>Från</th>"
            "<th>Frågor</th><th>Besvarade</th><th>Andel</th><th>Tumme ned</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></details>")


def render_html(report: AdminReport) -> str:
    r = report
    period = period_text(r.since_days)
    share = percent(r.answered / r.asked if r.asked else None)
    keys = [
        (r.documents, "rutiner i tjänst"), (len(r.expired), "har gått ut"),
        (len(r.expiring), f"går ut inom {r.expiring_within} dagar"), (len(r.no_owner), "saknar dokumentansvarig"),
        (len(r.no_validity), "saknar giltighetstid"), (r.asked, "frågor"), (share, "besvarade"),
        (r.not_helpful, "svar med tumme ned"),
    ]
    html = [
        "<!DOCTYPE html>", '<html lang="sv"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Rutinbot – rapport {r.today.isoformat()}</title><style>{_CSS}</style></head><body>",
        "<h1>Rutinbot – rapport till administratörer</h1>",
        f'<p class="meta">Skapad {r.generated_at.astimezone().strftime("%Y-%m-%d %H:%M")} · frågor: {period} · '
        f"giltighet bedömd per {r.today.isoformat()}</p>",
        '<ul class="keys">' + "".join(f"<li><b>{escape(str(v))}</b>{escape(t)}</li>" for v, t in keys) + "</ul>",
        "<h2>Rutiner som behöver ses över</h2>",
        f"<h3>Har gått ut ({len(r.expired)})</h3>",
        "<p>Rutinbot citerar dem fortfarande men säger tydligt att de har gått ut. Be dokumentansvarig "
        "förnya, ersätta eller ta bort dem.</p>" if r.expired else "",
        _routine_table(r.expired, ["title", "path", "until", "ago", "owner", "cited"], "Inga utgångna rutiner."),
        f"<h3>Går ut inom {r.expiring_within} dagar ({len(r.expiring)})</h3>",
        _routine_table(r.expiring, ["title", "path", "until", "left", "owner", "cited"],
                       f"Ingen rutin går ut inom {r.expiring_within} dagar."),
        f"<h3>Saknar dokumentansvarig ({len(r.no_owner)})</h3>",
        _routine_table(r.no_owner, ["title", "path", "until", "decided", "cited"],
                       "Alla rutiner anger en dokumentansvarig."),
        f"<h3>Saknar giltighetstid ({len(r.no_validity)})</h3>",
        "<p>Huvudet anger varken ”gäller till” eller ”tills vidare”; rutinbot hittar inte på något.</p>"
        if r.no_validity else "",
        _routine_table(r.no_validity, ["title", "path", "decided", "owner", "cited"],
                       "Alla rutiner anger hur länge de gäller."),
        f"<h3>Äldre versioner som ligger kvar ({len(r.older_versions)})</h3>",
        "<p>En nyare version finns och citeras i stället. ”Citerad” räknar svar under perioden som ändå "
        "byggde på den äldre versionen (före den nya lades in).</p>" if r.older_versions else "",
        _routine_table(r.older_versions, ["title", "path", "replaced_by", "decided", "cited"],
                       "Inga äldre versioner ligger kvar."),
        "<h2>Frågor per vecka</h2>",
        f"<p>{plural(r.asked, 'fråga', 'frågor')} {period}, varav {plural(r.answered, 'besvarad', 'besvarade')} "
        f"({share}) och {plural(r.not_helpful, 'svar', 'svar')} med tumme ned.</p>",
        f"<figure>{weeks_chart(r.weeks)}</figure>", _weeks_table(r.weeks),
        "<h2>Det rutinerna inte svarar på</h2>",
        "<p>Obesvarade frågor och frågor vars svar fick tumme ned, grupperade efter ämne med språkmodellen. Varje grupp "
        "visar några exempel (pseudonymiserade, utan personnummer) och de rutiner som låg närmast. Grupperna "
        "pekar på rutiner som saknas eller är otydliga.</p>",
    ]
    if not r.topics:
        html.append('<p class="none">Inga obesvarade frågor eller svar med tumme ned under perioden.</p>')
    shown = [t for t in r.topics if t.size > 1][:MAX_TOPICS] or r.topics[:MAX_TOPICS]
    rest = [t for t in r.topics if t not in shown]
    for n, topic in enumerate(shown, 1):
        what = [plural(topic.unanswered, "obesvarad", "obesvarade")] if topic.unanswered else []
        what += [f"{topic.not_helpful} med tumme ned"] if topic.not_helpful else []
        near = ", ".join(f"{escape(t)} (<code>{escape(p)}</code>, {c})" for t, p, c in topic.routines) \
            or '<span class="none">ingen rutin låg nära</span>'
        html.append(
            f'<section class="topic"><h3>{n}. {escape(topic.examples[0])}</h3>'
            f"<p>{plural(topic.size, 'fråga', 'frågor')} ({', '.join(what)})</p><ul>"
            + "".join(f"<li>{escape(q)}</li>" for q in topic.examples) + "</ul>"
            f"<p>Närmaste rutiner: {near}</p></section>")
    if rest:
        html.append(f"<details><summary>Övriga frågor ({sum(t.size for t in rest)}, i {len(rest)} "
                    f"{'grupp' if len(rest) == 1 else 'grupper'})</summary><ul>"
                    + "".join(f"<li>{escape(t.examples[0])}"
                              + (f" ({plural(t.size, 'fråga', 'frågor')})" if t.size > 1 else "") + "</li>"
                              for t in rest) + "</ul></details>")
    html.append("<h2>Mest citerade rutiner</h2>")
    if r.most_cited:
        html.append("<table><thead><tr><th>Rutin</th><th>Fil</th><th>Dokumentansvarig</th><th>Svar</th>"
                    "<th>Tumme ned</th></tr></thead><tbody>" + "".join(
                        f"<tr><td>{_cell(c.title)}</td><td><code>{escape(c.path)}</code></td>"
                        f'<td>{_cell(c.owner, empty="saknas")}</td><td class="n">{c.times}</td>'
                        f'<td class="n">{c.not_helpful}</td></tr>' for c in r.most_cited) + "</tbody></table>")
        if r.owners:
            html.append("<h3>Dokumentansvariga vars rutiner citeras mest</h3><table><thead><tr>"
                        "<th>Dokumentansvarig</th><th>Svar</th></tr></thead><tbody>" + "".join(
                            f'<tr><td>{escape(o)}</td><td class="n">{n}</td></tr>' for o, n in r.owners)
                        + "</tbody></table>")
    else:
        html.append('<p class="none">Inga besvarade frågor under perioden.</p>')
    html.append(
        f"<footer>{r.documents} rutiner i tjänst"
        + (f", {plural(r.failed, 'fil', 'filer')} som inte kunde läsas (se <code>rutinbot documents</code>)"
           if r.failed else "")
        + ". Personer visas aldrig: frågeloggen lagrar bara pseudonymer, och personnummer tas bort innan en "
        "fråga sparas. Skapad med <code>rutinbot rapport</code>.</footer></body></html>")
    return "\n".join(part for part in html if part)

