"""Assemble the rotation report: one as-of date, one pair (small vs large), every section.

The report computes nothing itself. Each section calls the statistic that owns the number
(``capscope.stats``, ``capscope.fed``) with ``on=asof`` and keeps the result objects, so the
terminal, the HTML page and the dashboard render the very numbers ``capscope move`` or
``capscope fed study`` would print. A section whose statistic is missing from this build, or
has no data for the as-of date, stays in the report with a visible note instead of a number:
a gap is shown, never filled in.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from capscope._result import Result, jsonable
from capscope.data.calendar import DateLike, resolve_session
from capscope.errors import BadInput, CapscopeError, DataUnavailable

PAIRS: dict[str, tuple[str, str]] = {"RUT:SPX": ("RUT", "SPX"), "IWM:SPY": ("IWM", "SPY")}
"""Small-cap vs large-cap pairs the report knows: the indices, or the ETFs that track them."""

RETURN_WINDOWS = ("1D", "1W", "1M", "3M", "YTD", "1Y")


def parse_pair(text: str | tuple[str, str] | None) -> tuple[str, str]:
    """``"RUT:SPX"`` (also ``rut/spx``, ``IWM:SPY``) -> ``("RUT", "SPX")``; one-line error else."""
    if text is None:
        return PAIRS["RUT:SPX"]
    if isinstance(text, tuple):
        text = ":".join(text)
    key = str(text).strip().upper().replace("/", ":").replace(" ", "")
    if key not in PAIRS:
        raise BadInput(f"unknown pair {text!r}", f"use one of {', '.join(PAIRS)}")
    return PAIRS[key]


@dataclass(kw_only=True)
class Section:
    """One part of the report: a one-line takeaway, its numbers, and what the charts need.

    ``status`` is "ok", "missing" (the statistic is not in this build), "unavailable" (no data
    for the as-of date, e.g. no futures) or "error" (the statistic failed; the note says how).
    ``rows`` are (label, formatted value) pairs for display; ``numbers`` the same facts raw, for
    JSON. ``charts`` holds chart inputs (series, result objects) and is not serialised.
    """

    key: str
    title: str
    status: str = "ok"
    takeaway: str = ""
    note: str | None = None
    rows: list[tuple[str, str]] = field(default_factory=list)
    numbers: dict[str, Any] = field(default_factory=dict)
    table: pd.DataFrame | None = None
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)  # more tables, by caption
    warnings: list[str] = field(default_factory=list)
    charts: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "title": self.title, "status": self.status,
            "takeaway": self.takeaway, "note": self.note,
            "rows": [list(r) for r in self.rows], "numbers": jsonable(self.numbers),
            "table": jsonable(self.table) if self.table is not None else None,
            "tables": {k: jsonable(v) for k, v in self.tables.items()},
            "warnings": list(self.warnings), "charts": sorted(self.charts),
        }


@dataclass(kw_only=True)
class Report(Result):
    """The rotation report for one as-of session and one pair."""

    asof: pd.Timestamp
    requested: pd.Timestamp | None
    pair: tuple[str, str]
    sections: list[Section] = field(default_factory=list)
    # how old the store's newest row is today (capscope._freshness): stated on every face
    freshness: dict[str, Any] = field(default_factory=dict)

    def section(self, key: str) -> Section:
        for s in self.sections:
            if s.key == key:
                return s
        raise KeyError(key)

    @property
    def title(self) -> str:
        a, b = self.pair
        return f"Small caps vs large caps: {a} vs {b} as of {self.asof.date()}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title, "asof": jsonable(self.asof),
            "requested": jsonable(self.requested), "pair": list(self.pair),
            "sections": [s.to_dict() for s in self.sections],
            "freshness": dict(self.freshness),
            "evidence": jsonable(self.evidence), "provenance": jsonable(self.provenance),
            "warnings": list(self.warnings),
        }

    frame_index = "section"  # ClassVar in the base: not a field

    def _table(self) -> pd.DataFrame:
        rows = [(s.key, s.status, s.takeaway or s.note or "") for s in self.sections]
        return pd.DataFrame(rows, columns=["section", "status", "takeaway"])


@dataclass
class Context:
    """What every section builder receives."""

    a: str
    b: str
    asof: pd.Timestamp


SectionBuilder = Callable[[Context, Section], None]


def _default_asof(a: str, b: str) -> pd.Timestamp:
    """The last session both sides of the pair have a close on."""
    from capscope.data.series import series

    return min(series(a).index[-1], series(b).index[-1])


def resolve_asof(asof: DateLike | None, pair: tuple[str, str]) -> tuple[pd.Timestamp, str | None]:
    """The as-of session and a note when the date moved (weekend, holiday, past the data)."""
    from capscope.data.series import series

    a, b = pair
    last = _default_asof(a, b)
    if asof is None:
        return last, None
    session, note = resolve_session(asof)
    first = max(series(a).index[0], series(b).index[0])
    if session < first:
        raise DataUnavailable(f"no data for both {a} and {b} on {session.date()}",
                              f"the pair's data starts on {first.date()}")
    if session > last:
        return last, f"{session.date()} is after the data; using the last session {last.date()}"
    return session, note


def _run(key: str, title: str, builder: SectionBuilder, ctx: Context) -> Section:
    sec = Section(key=key, title=title)
    try:
        builder(ctx, sec)
    except ImportError as exc:
        sec.status = "missing"
        name = getattr(exc, "name", None) or str(exc)
        sec.note = f"not in this build yet: needs {name}"
    except CapscopeError as exc:
        sec.status = "unavailable"
        sec.note = exc.one_line()
    except Exception as exc:  # noqa: BLE001 - one broken statistic must not sink the report
        if os.environ.get("CAPSCOPE_DEBUG"):
            raise
        sec.status = "error"
        sec.note = f"could not compute: {type(exc).__name__}: {exc}"
    if not sec.ok:
        sec.rows, sec.numbers, sec.table, sec.charts, sec.tables = [], {}, None, {}, {}
        sec.takeaway = ""
    return sec


def _sections() -> list[tuple[str, str, SectionBuilder]]:
    from capscope.brief.faces import report_section
    from capscope.report import fed_sections as f
    from capscope.report import risk_sections as r
    from capscope.report import sections as s

    return [
        ("brief", "The note", report_section),
        ("headline", "Headline", s.headline),
        ("risk", "Risk and relative performance", r.risk),
        ("streaks", "Streak context", s.streak_context),
        ("monthly", "Monthly streak history", s.monthly_streaks),
        ("fed", "The Fed", f.fed),
        ("expectations", "Rate expectations", f.expectations),
        ("levels", "Levels", s.levels),
        ("sectors", "Sectors", s.sectors),
        ("provenance", "Data provenance", s.provenance),
    ]


def build_report(asof: DateLike | None = None, pair: str | tuple[str, str] | None = "RUT:SPX",
                 *, on_section: Callable[[str], None] | None = None) -> Report:
    """The report for ``asof`` (default: the last session of the data) and ``pair``.

    Every statistic is called with ``on=asof``, so nothing after the as-of date enters a number.
    ``on_section`` is told each section's key as it starts (for progress bars).
    """
    a, b = parse_pair(pair)
    requested = None
    if asof is not None:
        from capscope.data.calendar import parse_date

        requested = parse_date(asof, what="as-of date")
    session, note = resolve_asof(requested, (a, b))
    ctx = Context(a=a, b=b, asof=session)
    sections = []
    for key, title, builder in _sections():
        if on_section is not None:
            on_section(key)
        sections.append(_run(key, title, builder, ctx))
    warnings = [note] if note else []
    for s in sections:
        if not s.ok:
            warnings.append(f"{s.title}: {s.note}")
    from capscope._freshness import store_freshness

    return Report(
        asof=session, requested=requested, pair=(a, b), sections=sections,
        freshness=store_freshness((a, b)).to_dict(),
        evidence={"asof_session": session},
        provenance={"rule": "every statistic is called with on=asof; no later row is read"},
        warnings=warnings,
    )


def build_reports(dates: Iterable[DateLike], pair: str | tuple[str, str] | None = "RUT:SPX",
                  *, progress: bool = True) -> list[Report]:
    """Reports for many as-of dates (a backtest of the story), with a Rich progress bar."""
    dates = list(dates)
    if not progress:
        return [build_report(d, pair) for d in dates]
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    out = []
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  transient=True) as bar:
        task = bar.add_task("building reports", total=len(dates))
        for d in dates:
            bar.update(task, description=f"report as of {d}")
            out.append(build_report(d, pair))
            bar.advance(task)
    return out


__all__ = ["PAIRS", "RETURN_WINDOWS", "Context", "Report", "Section", "build_report",
           "build_reports", "parse_pair", "resolve_asof"]
