"""Check an article: text in, every claim with its verdict and evidence out.

The pipeline is normalise -> extract -> resolve -> verify, each step its own module; this one
only runs them in order and gathers the result in a :class:`CheckReport` that the CLI, the web
API and the HTML view share. The publication date comes from the caller (``published``) or,
failing that, from a dateline in the article itself; the report says which (or that there was
none, in which case relative dates stay unresolved).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from capscope._result import jsonable
from capscope.claims.model import CheckedClaim, Span, Verdict
from capscope.claims.resolve import ResolvedClaim, resolve_claims
from capscope.claims.verify import verify_all
from capscope.errors import BadInput

if TYPE_CHECKING:
    import pandas as pd

VERDICT_ORDER = (Verdict.SUPPORTED, Verdict.IMPRECISE, Verdict.CONTRADICTED,
                 Verdict.UNVERIFIABLE, Verdict.FORECAST, Verdict.NOT_CHECKABLE)


@dataclasses.dataclass
class CheckItem:
    """One claim: where it is, what it was resolved to, and what the data says."""

    checked: CheckedClaim
    resolved: ResolvedClaim
    source_span: Span | None = None  # the claim's span in the original input (HTML included)

    @property
    def verdict(self) -> Verdict:
        return self.checked.verdict

    @property
    def claim(self):  # noqa: ANN201 - the model's Claim
        return self.checked.claim

    def claimed(self) -> str:
        ev = next((e for e in self.checked.evidence if e.claimed is not None), None)
        if ev is not None:
            return str(ev.claimed)
        q = self.claim.quantities[0] if self.claim.quantities else None
        return f"{q.hedge_text} {q.raw}".strip() if q is not None else ""

    def found(self) -> str:
        """The figure the data gives, as the table shows it: a change with its sign ("+2.94%",
        "-1.20%", "+212.40 points"), a level, distance or probability without one."""
        ev = next((e for e in self.checked.evidence if e.found is not None), None)
        if ev is None:
            return ""
        f = ev.found
        if isinstance(f, float):
            claimed = str(ev.claimed)
            if claimed.endswith("x"):
                return f"{f:.2f}x"
            if not _is_change(self.claim.kind, ev):
                return f"{f:.2f}%" if "%" in claimed else f"{f:.2f}"
            if "point" in claimed.lower():
                return f"{f:+.2f} points"
            return f"{f:+.2f}%" if "%" in claimed or claimed in ("up", "down") else f"{f:+.2f}"
        return str(f)

    def should_read(self) -> str | None:
        """For a contradicted or imprecise claim, its words as the data says they should read
        (:mod:`capscope.claims.should_read`); None otherwise or when none can be built."""
        from capscope.claims.should_read import should_read

        return should_read(self.checked)

    def command(self) -> str:
        return next((e.command for e in self.checked.evidence if e.command), "")

    def checked_what(self) -> str:
        """A short phrase for the table: the symbol and the day/window the claim was read at."""
        rc = self.resolved
        kind = self.claim.kind.value
        if self.verdict is Verdict.NOT_CHECKABLE:
            return ""
        if kind == "fed_decision":
            sym = "FOMC decisions"
        elif kind == "rate_probability":
            sym = "fed funds futures"
        elif kind == "market_closed":  # the day the calendar was read at, not the article's
            day = next((e.values["day"] for e in self.checked.evidence if e.values.get("day")), "")
            return f"NYSE calendar {day}".strip()
        else:
            sym = rc.subject.symbol or "?"
        if rc.comparison is not None and rc.comparison.symbol:
            sym = f"{sym} vs {rc.comparison.symbol}"
        w = rc.time
        when = w.describe() if w is not None else (rc.anchor.date().isoformat()
                                                   if rc.anchor is not None else "")
        ev = next((e for e in self.checked.evidence if "start" in e.values
                   and "end" in e.values and e.values["start"] and e.values["end"]), None)
        if ev is not None:  # the sessions actually used, not the calendar words
            when = f"{ev.values['start']}..{ev.values['end']}"
        else:  # the session the verdict was read at (another reading's, when one was used)
            session = next((e.values["session"] for e in self.checked.evidence
                            if e.values.get("session")), None)
            if session:
                when = str(session)
        return f"{sym} {when}".strip()

    def to_dict(self) -> dict[str, Any]:
        c = self.claim
        return {
            "text": c.text,
            "kind": c.kind.value,
            "span": {"start": c.span.start, "end": c.span.end},
            "source_span": None if self.source_span is None else
            {"start": self.source_span.start, "end": self.source_span.end},
            "sentence": c.sentence,
            "resolved": self.resolved.to_dict(),
            "verdict": self.verdict.value,
            "claimed": self.claimed(),
            "found": self.found(),
            "should_read": self.should_read(),
            "explanation": self.checked.explanation,
            "missing": self.checked.missing,
            "command": self.command(),
            "evidence": [e.to_dict() for e in self.checked.evidence],
            "claim": c.to_dict(),
        }


#: kinds whose figure is a change (shown signed), unless the figure read is the day's level
_CHANGE_KINDS = frozenset({"day_move", "period_return", "relative_return"})


def _is_change(kind: Any, ev: Any) -> bool:
    """Whether the evidence's figure is a change (a yield's level is read as a day_move too)."""
    return str(getattr(kind, "value", kind)) in _CHANGE_KINDS and not (
        "close" in ev.values and ev.found == ev.values["close"])


@dataclasses.dataclass
class CheckReport:
    """Every claim of one article with its verdict, and the counts per verdict."""

    name: str
    text: str  # the normalised article text the spans refer to
    source: str  # the decoded input, for highlighting in the original
    published: dt.date | None
    published_from: str  # "option", "text", "month" (only the month, in published_month) or ""
    items: list[CheckItem]
    notes: list[str] = dataclasses.field(default_factory=list)
    published_month: str = ""  # "2016-09" when only the publication month is known

    @property
    def published_label(self) -> str:
        """The publication date as the reports print it: the day, the month alone, or "not known"."""
        if self.published is not None:
            return self.published.isoformat()
        return f"{self.published_month} (month only)" if self.published_month else "not known"

    @property
    def counts(self) -> dict[str, int]:
        c = Counter(i.verdict.value for i in self.items)
        return {v.value: c.get(v.value, 0) for v in VERDICT_ORDER}

    def to_dict(self) -> dict[str, Any]:
        return jsonable({
            "name": self.name,
            "published": self.published,
            "published_from": self.published_from,
            **({"published_month": self.published_month} if self.published_month else {}),
            "counts": self.counts,
            "notes": self.notes,
            "claims": [i.to_dict() for i in self.items],
        })

    def to_frame(self) -> pd.DataFrame:
        """One row per claim (indexed 1..n, in reading order): its text, kind, verdict, the
        figure claimed and found, what it should read (contradicted and imprecise claims), what
        it was checked against, why, and the command that reproduces it: the table a notebook
        filters by verdict."""
        import pandas as pd

        rows = [{"claim": n, "text": i.claim.text, "kind": i.claim.kind.value,
                 "verdict": i.verdict.value, "claimed": i.claimed(), "found": i.found(),
                 "should_read": i.should_read() or "",
                 "checked": i.checked_what(), "explanation": i.checked.explanation,
                 "command": i.command()} for n, i in enumerate(self.items, 1)]
        cols = ["text", "kind", "verdict", "claimed", "found", "should_read", "checked",
                "explanation", "command"]
        frame = pd.DataFrame(rows, columns=["claim", *cols])
        return frame.set_index("claim")

    def _repr_html_(self) -> str:
        """A notebook's view: the counts per verdict, then one row per claim (text, verdict,
        claimed, found, should read, checked, why), every string escaped."""
        from html import escape

        pub = self.published_label
        counts = ", ".join(f"{k} {v}" for k, v in self.counts.items() if v) or "no claims"
        head = (f"<p><b>{escape(self.name)}</b>, published {escape(pub)}: "
                f"{escape(counts)}</p>")
        if not self.items:
            return head
        cols = ("text", "verdict", "claimed", "found", "should_read", "checked", "explanation")
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in row) + "</tr>"
            for row in self.to_frame()[list(cols)].itertuples(index=False))
        return (head + "<table><thead><tr>"
                + "".join(f"<th>{c.replace('_', ' ')}</th>" for c in cols)
                + f"</tr></thead><tbody>{body}</tbody></table>")


# the instruments most claims are about: their histories are worth building before the first
# article in a long-running checker
CORE_SYMBOLS = ("RUT", "SPX", "IXIC", "NDX", "DJI", "VIX", "IWM", "SPY", "QQQ")


def warm_up(symbols: tuple[str, ...] = CORE_SYMBOLS) -> list[str]:
    """Get a long-running checker (a batch, a server) to its steady state before the first article.

    A one-off check answers its few questions directly and never loads numba (start-up matters
    more there). A process that checks many articles would otherwise pay, inside its first
    articles, for loading numba and building each symbol's whole-history scans; this pays both
    now: kernels run compiled from here on, and the close and intraday histories of ``symbols``
    are built with all their scans. Verdicts are the same either way. Returns the symbols built.
    """
    from capscope.stats._history import prebuild
    from capscope.stats._kernels import prefer_compiled

    prefer_compiled()
    return prebuild(symbols)


def check_text(text: str | bytes, published: dt.date | str | None = None, *,
               name: str = "<text>", every_alarm: bool = False) -> CheckReport:
    """Check every claim in an article (plain text or HTML, str or bytes).

    ``published`` may be a month alone ("2016-09"): then a claim keeps its verdict only where the
    day does not matter (see :mod:`capscope.claims.publication_month`). ``every_alarm`` raises
    the alarms the licence withholds (:mod:`capscope.claims.readings.licence`).

    Raises BadInput for unusable input (empty, binary, undecodable, too large).
    """
    if every_alarm:
        from capscope.claims.readings.licence import every_alarm as every

        with every():
            return check_text(text, published, name=name)
    from capscope.claims.extract import extract_article
    from capscope.claims.publication_month import check_in_month, publication_month

    month = publication_month(published)
    if month is not None:
        return check_in_month(check_text, text, *month, name=name)

    ex = extract_article(text, published)
    doc, pub = ex.document, ex.published
    origin = "option" if ex.published_source == "given" else "text" if pub is not None else ""
    notes = list(ex.warnings)
    if origin == "text":
        notes.insert(0, f"publication date {pub} taken from the article "
                        f"({ex.published_source})")
    resolved = resolve_claims(ex.claims, pub, doc.text)
    items = []
    for rc, checked in zip(resolved, verify_all(resolved, doc), strict=True):
        try:
            span = doc.source_span(rc.claim.span)
        except (IndexError, ValueError):
            span = None
        items.append(CheckItem(checked, rc, span))
    if not items:
        notes.append("no checkable claims found (no sentence with a market figure)")
    return CheckReport(name=name, text=doc.text, source=doc.source, published=pub,
                       published_from=origin, items=items, notes=notes)


def check_file(path: str | Path, published: dt.date | str | None = None) -> CheckReport:
    """:func:`check_text` on a file; a missing or unreadable file is BadInput."""
    p = Path(path)
    if not p.exists():
        raise BadInput(f"file {str(path)!r} does not exist", "check the path")
    if p.is_dir():
        raise BadInput(f"{str(path)!r} is a directory", "pass an article file")
    from capscope.claims.normalize import MAX_BYTES

    try:
        with p.open("rb") as fh:  # at most the cap + 1 byte: /dev/zero or a huge file is refused
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise BadInput(f"cannot read {str(path)!r}: {exc.strerror}",
                       "check the file's permissions") from None
    if len(data) > MAX_BYTES:
        raise BadInput(f"{str(path)!r} is larger than the {MAX_BYTES // 2**20} MB limit",
                       "pass the article text only")
    return check_text(data, published, name=p.name)


__all__ = ["CORE_SYMBOLS", "CheckItem", "CheckReport", "check_file", "check_text", "warm_up"]
