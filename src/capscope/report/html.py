"""The single-file HTML report: every section, its numbers and charts, readable offline.

plotly.js is embedded once in the page head (about 4.8 MB) rather than linked from a CDN: a CDN
link renders blank charts on a machine without network, and the report must open anywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from capscope.report.build import Report

DEFAULT_HTML = "capscope-report.html"
_PLOTLY_CONFIG = {"displaylogo": False, "responsive": True}


def _env():  # noqa: ANN202 - jinja2 type stays local to this module
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(loader=PackageLoader("capscope.report", "templates"),
                       autoescape=select_autoescape(["html", "j2"]))


def top_warnings(report: Report) -> list[str]:
    """Report-wide notes (the as-of date moved...), without the per-section ones."""
    titles = tuple(f"{s.title}:" for s in report.sections)
    return [w for w in report.warnings if not w.startswith(titles)]


def figure_divs(report: Report) -> dict[str, list[str]]:
    """Each section's charts as HTML fragments without plotly.js (the page carries it once)."""
    import plotly.io as pio

    from capscope.report.charts import CHART_SECTION, figures

    out: dict[str, list[str]] = {s.key: [] for s in report.sections}
    for name, fig in figures(report).items():
        html = pio.to_html(fig, full_html=False, include_plotlyjs=False, div_id=f"chart-{name}",
                           config=_PLOTLY_CONFIG)
        out[CHART_SECTION[name]].append(html)
    return out


def render_html(report: Report) -> str:
    """The whole page as one string."""
    from plotly.offline import get_plotlyjs

    from capscope import __version__

    tables: dict[str, list[dict[str, str]]] = {}
    for s in report.sections:
        if not s.ok:
            continue
        parts = [("", s.table)] if s.table is not None else []
        parts += list(s.tables.items())
        tables[s.key] = [html_table(f"{s.key}-{n}", caption, frame)
                         for n, (caption, frame) in enumerate(parts) if not frame.empty]
    return _env().get_template("report.html.j2").render(
        report=report, charts=figure_divs(report), tables=tables, plotlyjs=get_plotlyjs(),
        version=__version__, top_warnings=top_warnings(report), slug=_slug,
    )


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")[:60]


def html_table(name: str, caption: str, frame: pd.DataFrame) -> dict[str, str]:
    """A table's HTML and its CSV as a data URI for the page's download link: the report is one
    offline file, so the export travels inside it (no server to ask)."""
    from urllib.parse import quote

    flat = frame.reset_index() if frame.index.name or frame.index.nlevels > 1 else frame
    body = flat.to_html(classes="data", border=0, na_rep="n/a", index=False,
                        float_format=lambda x: f"{x:,.2f}")
    csv = flat.to_csv(index=False)
    return {"caption": caption, "html": body, "csv": "data:text/csv;charset=utf-8," + quote(csv),
            "file": f"capscope-{_slug(caption) or name}.csv"}


def write_html(report: Report, path: str | Path = DEFAULT_HTML) -> Path:
    """Write the page to ``path`` (parents created) and return the absolute path."""
    from capscope.errors import BadInput

    target = Path(path).expanduser()
    if target.is_dir():
        target = target / DEFAULT_HTML
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_html(report), encoding="utf-8")
    except OSError as exc:
        raise BadInput(f"cannot write the report to {target}: {exc.strerror}",
                       "choose a writable path with --html FILE") from None
    return target.resolve()


__all__ = ["DEFAULT_HTML", "figure_divs", "render_html", "top_warnings", "write_html"]
