"""The checked article as one self-contained HTML page: claims highlighted by verdict.

Every piece of article text is escaped (``html.escape`` with quotes) before it reaches the page,
and tooltips live in escaped ``title`` attributes, so markup or script in an article can never
run: the page has no JavaScript at all. Claims may overlap (two claims in one clause); the text
is cut at every claim boundary and each piece is coloured by the least favourable verdict of
the claims covering it, with all of them listed in its tooltip.
"""

from __future__ import annotations

import html

from capscope.claims.check import VERDICT_ORDER, CheckItem, CheckReport
from capscope.claims.model import Verdict

COLOURS: dict[Verdict, tuple[str, str]] = {
    Verdict.SUPPORTED: ("#c8f0c8", "supported by the data"),
    Verdict.IMPRECISE: ("#fde9a9", "right direction, outside the tolerance"),
    Verdict.CONTRADICTED: ("#f8b4b4", "contradicted: the data gives another value"),
    Verdict.UNVERIFIABLE: ("#d6dcf5", "cannot be checked: something is missing"),
    Verdict.FORECAST: ("#e4d4f4", "a forecast the data does not cover yet"),
    Verdict.NOT_CHECKABLE: ("#e6e6e6", "an opinion: nothing to measure"),
}
_SEVERITY = {v: i for i, v in enumerate((Verdict.CONTRADICTED, Verdict.IMPRECISE,
                                         Verdict.UNVERIFIABLE, Verdict.FORECAST,
                                         Verdict.SUPPORTED, Verdict.NOT_CHECKABLE))}

_CSS = """
body{font-family:Georgia,serif;max-width:58em;margin:2em auto;padding:0 1em;color:#222;
line-height:1.55}
h1{font-family:sans-serif;font-size:1.3em}h2{font-family:sans-serif;font-size:1.1em;
margin-top:2em}
.meta{font-family:sans-serif;color:#555;font-size:.9em}
.article{white-space:pre-wrap;border-left:3px solid #ddd;padding-left:1em}
mark{border-radius:3px;padding:0 1px;color:inherit}
mark sup{font-family:sans-serif;font-size:.65em;color:#444}
.legend span{display:inline-block;margin:0 .8em .3em 0;padding:0 .4em;border-radius:3px;
font-family:sans-serif;font-size:.85em}
table{border-collapse:collapse;font-family:sans-serif;font-size:.85em;width:100%}
td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
code{font-size:.95em;background:#f4f4f4;padding:0 .2em}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _tooltip(n: int, item: CheckItem) -> str:
    bits = [f"[{n}] {item.verdict.value}: {item.claim.kind.value}"]
    if item.claimed():
        bits.append(f"claimed: {item.claimed()}")
    if item.found():
        bits.append(f"found: {item.found()}")
    better = item.should_read()
    if better:
        bits.append(f"should read: {better}")
    if item.checked.explanation:
        bits.append(item.checked.explanation)
    if item.command():
        bits.append(f"reproduce: {item.command()}")
    return "\n".join(bits)


def _highlighted(report: CheckReport) -> str:
    text = report.text
    items = [(i + 1, it) for i, it in enumerate(report.items)
             if 0 <= it.claim.span.start < it.claim.span.end <= len(text)]
    cuts = sorted({0, len(text), *(it.claim.span.start for _, it in items),
                   *(it.claim.span.end for _, it in items)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = text[a:b]
        covering = [(n, it) for n, it in items if it.claim.span.start <= a and b <=
                    it.claim.span.end]
        if not covering:
            out.append(_e(piece))
            continue
        worst = min(covering, key=lambda x: _SEVERITY[x[1].verdict])[1].verdict
        tip = "\n\n".join(_tooltip(n, it) for n, it in covering)
        ends = "".join(f"<sup>{n}</sup>" for n, it in covering if it.claim.span.end == b)
        out.append(f'<mark class="v-{worst.value}" title="{_e(tip)}">{_e(piece)}{ends}</mark>')
    return "".join(out)


def _table(report: CheckReport) -> str:
    rows = ["<tr><th>#</th><th>claim</th><th>kind</th><th>checked</th><th>claimed</th>"
            "<th>found</th><th>should read</th><th>verdict</th><th>why / reproduce</th></tr>"]
    for n, it in enumerate(report.items, 1):
        colour = COLOURS[it.verdict][0]
        cmd = f"<br><code>{_e(it.command())}</code>" if it.command() else ""
        rows.append(
            f"<tr><td>{n}</td><td>{_e(it.claim.text)}</td><td>{_e(it.claim.kind.value)}</td>"
            f"<td>{_e(it.checked_what())}</td><td>{_e(it.claimed())}</td>"
            f"<td>{_e(it.found())}</td><td>{_e(it.should_read() or '')}</td>"
            f"<td style=\"background:{colour}\">"
            f"{_e(it.verdict.value)}</td><td>{_e(it.checked.explanation)}{cmd}</td></tr>")
    return "<table>" + "".join(rows) + "</table>"


def _section(report: CheckReport) -> str:
    counts = ", ".join(f"{k}: {v}" for k, v in report.counts.items() if v)
    pub = report.published_label
    notes = "".join(f"<li>{_e(n)}</li>" for n in report.notes)
    return (f"<h2>{_e(report.name)}</h2>"
            f"<p class=\"meta\">published {_e(pub)} ({_e(report.published_from or 'none')}); "
            f"{len(report.items)} claims ({_e(counts or 'none')})</p>"
            + (f"<ul class=\"meta\">{notes}</ul>" if notes else "")
            + f"<div class=\"article\">{_highlighted(report)}</div>"
            + _table(report))


def render_html(reports: list[CheckReport] | CheckReport, title: str = "capscope check") -> str:
    """One self-contained page for one or several checked articles."""
    reports = reports if isinstance(reports, list) else [reports]
    css = _CSS + "".join(f".v-{v.value}{{background:{c}}}" for v, (c, _) in COLOURS.items())
    legend = "".join(f'<span class="v-{v.value}" title="{_e(d)}">{_e(v.value)}</span>'
                     for v, (_, d) in COLOURS.items() if v in VERDICT_ORDER)
    body = "".join(_section(r) for r in reports)
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{_e(title)}</title><style>{css}</style></head><body>"
            f"<h1>{_e(title)}</h1><p class=\"legend\">{legend}</p>"
            "<p class=\"meta\">Hover a highlighted claim for the value found and the command "
            "that reproduces it.</p>"
            f"{body}</body></html>\n")


__all__ = ["COLOURS", "render_html"]
