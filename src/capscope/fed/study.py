"""Event studies: how two series did after Fed cycle events (or any dates the user gives).

Rules, stated once so every face reports them the same way:

* **Base.** Returns run from the close of the last session on or before the event date in which
  both series trade (an announcement on a trading day is made before the close, so the base close
  already holds the day's reaction; a Sunday action such as 2020-03-15 is measured from the
  Friday close before it). A cycle detected from DFF before 1982 is dated to the last day of its
  turning-point month, so its base is that month's last close.
* **Horizons.** "3M" ends at the last common session on or before the base date plus three
  calendar months ("2W"/"1Y" likewise in weeks, years); "10D" is the tenth common session after
  the base (trading days). A horizon whose end date lies
  after the last data point, or after the as-of date, is *incomplete*: it is listed, marked, and
  left out of every average. No value after the as-of date is read.
* **Returns.** Percent, from ``close`` (price return) or ``adj_close`` (total return, ETFs only);
  the difference is ``a - b`` in percentage points and "out-performance" means a difference
  above zero.
* **Long view (proxy "ff").** The Russell 2000 starts in 1987. For cycles since 1954 the
  Fama-French value-weighted size portfolios stand in for small vs large (smallest vs largest
  decile by default, or quintile), monthly returns in percent *including dividends*. The base is
  the last month end on or before the event date (the event's month counts as month 1: for a
  mid-month cut, that month's return includes the days before it); horizons are whole months.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from capscope._result import Result, jsonable
from capscope.data.calendar import DateLike, parse_date
from capscope.errors import BadInput, DataUnavailable
from capscope.fed.policy import fed_asof

if TYPE_CHECKING:
    from capscope.data.store import Store
    from capscope.fed.cycles import Cycle

EVENTS = ("first-cut", "first-hike", "last-hike", "last-cut")
DEFAULT_HORIZONS = ("1M", "3M", "6M", "12M", "18M", "24M")
FF_PROXIES = {
    "decile": ("vw_d1_lo10", "vw_d10_hi10"),
    "quintile": ("vw_q1_lo20", "vw_q5_hi20"),
}
BUNDLED_DATES = {"us-elections": "us_elections.csv"}
_HORIZON = re.compile(r"^\s*(\d{1,3})\s*([DWMY])\s*$", re.IGNORECASE)


# ---- inputs --------------------------------------------------------------------------------

def parse_horizon(text: str) -> tuple[int, str]:
    """"12M" -> (12, "M"); one-line error otherwise."""
    m = _HORIZON.match(str(text))
    if not m or int(m.group(1)) == 0:
        raise BadInput(f"horizon {text!r} is not understood",
                       "write horizons like 1M, 3M, 12M, 2Y, 10D or 2W")
    n, unit = int(m.group(1)), m.group(2).upper()
    if n * _DAYS_PER[unit] > _LONGEST_HORIZON_DAYS:
        # (also keeps horizon ends inside the calendar's range: "300Y" would overflow it)
        raise BadInput(f"horizon {text!r} is longer than {_LONGEST_HORIZON_YEARS} years",
                       "use horizons up to 50Y; the data hold a century at most")
    return n, unit


_DAYS_PER = {"D": 1.4, "W": 7.0, "M": 30.4375, "Y": 365.25}  # calendar days per unit (D: sessions)
_LONGEST_HORIZON_YEARS = 50
_LONGEST_HORIZON_DAYS = _LONGEST_HORIZON_YEARS * 365.25


def _offset(n: int, unit: str) -> pd.DateOffset:
    return {"W": pd.DateOffset(weeks=n),
            "M": pd.DateOffset(months=n), "Y": pd.DateOffset(years=n)}[unit]


def _months(n: int, unit: str, text: str) -> int:
    if unit == "M":
        return n
    if unit == "Y":
        return 12 * n
    raise BadInput(f"horizon {text!r} is shorter than a month",
                   "the Fama-French proxy is monthly: use horizons in months or years")


def read_dates(source: str | Path) -> pd.DataFrame:
    """Event dates from a file (CSV with a ``date`` column and an optional ``label``, or one date
    per line) or a bundled list ("us-elections"). Returns columns date, label."""
    name = str(source)
    if name in BUNDLED_DATES:
        path = resources.files("capscope.fed").joinpath("events", BUNDLED_DATES[name])
        text = path.read_text(encoding="utf-8")
    else:
        p = Path(name)
        if not p.is_file():
            raise BadInput(f"dates file {name!r} not found",
                           f"give a CSV of dates or one of: {', '.join(BUNDLED_DATES)}")
        try:
            text = p.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise BadInput(f"dates file {name} is not a text CSV (binary or not UTF-8)",
                           "put one date (YYYY-MM-DD) per line or a 'date' column") from None
    rows = [r for r in csv.reader(io.StringIO(text)) if r and any(c.strip() for c in r)]
    rows = [r for r in rows if not r[0].lstrip().startswith("#")]
    header = [c.strip().lower() for c in rows[0]] if rows else []
    if header and "date" in header:
        di = header.index("date")
        li = header.index("label") if "label" in header else None
        rows = rows[1:]
    else:
        di, li = 0, (1 if rows and len(rows[0]) > 1 else None)
    if not rows:
        raise BadInput(f"no dates in {name}", "put one date (YYYY-MM-DD) per line or a 'date' column")
    out = []
    for k, r in enumerate(rows, start=1):
        day = parse_date(r[di], what=f"row {k} of {name}:")
        label = r[li].strip() if li is not None and li < len(r) else ""
        out.append({"date": day, "label": label})
    frame = pd.DataFrame(out).drop_duplicates("date").sort_values("date").reset_index(drop=True)
    frame["date"] = frame["date"].astype("datetime64[us]")
    return frame


def cycle_events(event: str, on: DateLike | None = None, *,
                 store: Store | None = None) -> pd.DataFrame:
    """Dates of one kind of cycle event, as known at ``on``: columns date, label, dating.

    "last-hike"/"last-cut" come only from cycles that had ended by ``on`` (an ongoing cycle's
    last move is not yet known).
    """
    from capscope.fed.cycles import cycles

    if event not in EVENTS:
        raise BadInput(f"unknown event {event!r}", f"events: {', '.join(EVENTS)}")
    direction = "easing" if event.endswith("cut") else "tightening"
    rows = []
    for c in cycles(on, store=store):
        if c.direction != direction or (event.startswith("last") and c.ongoing):
            continue
        rows.append(_event_row(c, first=event.startswith("first")))
    frame = pd.DataFrame(rows, columns=["date", "label", "dating"])
    frame["date"] = frame["date"].astype("datetime64[us]")
    return frame


def _event_row(c: Cycle, *, first: bool) -> dict[str, Any]:
    day = c.first_move if first else c.last_move
    if c.source == "DFF" or (first and c.source == "DFF+decisions"):
        # month-dated: the turning point is the month before first_move, or the trough month
        day = (c.first_move - pd.Timedelta(days=1)) if first else (
            c.last_move + pd.offsets.MonthEnd(0))
        dating = "DFF monthly turning point (end of month)"
    else:
        dating = "FOMC announcement"
    label = c.describe()
    return {"date": day, "label": label, "dating": dating}


# ---- the computation -----------------------------------------------------------------------

def horizon_end_index(dates: np.ndarray, base: int, target: np.datetime64) -> int:
    """Index of the last date on or before ``target`` (dates sorted); -1 when none."""
    return int(np.searchsorted(dates, target, side="right")) - 1


def _pair(a: str, b: str, fld: str, on: pd.Timestamp | None,
          store: Store | None) -> tuple[pd.DataFrame, str, str]:
    from capscope.data.series import series

    sa = series(a, end=on, field=fld, store=store)
    sb = series(b, end=on, field=fld, store=store)
    both = pd.concat([sa.rename("a"), sb.rename("b")], axis=1, join="inner").dropna()
    if both.empty:
        raise DataUnavailable(f"{sa.name} and {sb.name} have no {fld} on common sessions",
                              "pick two series that overlap in time")
    return both, str(sa.name), str(sb.name)


def _daily_rows(events: pd.DataFrame, both: pd.DataFrame, horizons: list[str],
                limit: pd.Timestamp) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    dates = both.index.to_numpy()
    va, vb = both["a"].to_numpy(), both["b"].to_numpy()
    rows, excluded = [], []
    for ev in events.itertuples(index=False):
        day = pd.Timestamp(ev.date)
        i = horizon_end_index(dates, 0, np.datetime64(day))
        if i < 0:
            excluded.append({"date": day, "label": ev.label,
                             "reason": f"before the common data (starts {both.index[0].date()})"})
            continue
        if day > limit:  # an event after the as-of date is not known yet: no base, no window
            excluded.append({"date": day, "label": ev.label,
                             "reason": f"after the as-of date or the data end ({limit.date()})"})
            continue
        base = both.index[i]
        for h in horizons:
            n, unit = parse_horizon(h)
            if unit == "D":  # trading days: the n-th common session after the base
                complete = i + n < len(dates) and both.index[i + n] <= limit
                j = i + n if complete else len(dates) - 1
            else:
                target = base + _offset(n, unit)
                complete = target <= limit
                j = (horizon_end_index(dates, i, np.datetime64(target)) if complete
                     else len(dates) - 1)
            ra = (va[j] / va[i] - 1) * 100
            rb = (vb[j] / vb[i] - 1) * 100
            rows.append({"event": day, "label": ev.label, "base": base, "horizon": h,
                         "end": both.index[j], "ret_a": ra, "ret_b": rb, "diff": ra - rb,
                         "complete": bool(complete)})
    return rows, excluded


def _ff_rows(events: pd.DataFrame, ff: pd.DataFrame, horizons: list[str],
             limit: pd.Timestamp) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    month_end = ff.index.to_numpy()
    ga = (1 + ff["a"].to_numpy() / 100).cumprod()
    gb = (1 + ff["b"].to_numpy() / 100).cumprod()
    ga, gb = np.concatenate([[1.0], ga]), np.concatenate([[1.0], gb])  # growth at month ends
    first_base = ff.index[0] - pd.offsets.MonthEnd(1)
    rows, excluded = [], []
    for ev in events.itertuples(index=False):
        day = pd.Timestamp(ev.date)
        if day < first_base:
            excluded.append({"date": day, "label": ev.label,
                             "reason": f"before the Fama-French data (starts {ff.index[0]:%Y-%m})"})
            continue
        if day > limit:
            excluded.append({"date": day, "label": ev.label,
                             "reason": f"after the Fama-French data or the as-of date "
                                       f"({limit:%Y-%m})"})
            continue
        i = horizon_end_index(month_end, 0, np.datetime64(day)) + 1  # months completed by base
        base = first_base if i == 0 else ff.index[i - 1]
        for h in horizons:
            n, unit = parse_horizon(h)
            k = _months(n, unit, h)
            j = i + k
            complete = j <= len(ff) and ff.index[j - 1] <= limit
            jj = min(j, len(ff))
            ra = (ga[jj] / ga[i] - 1) * 100
            rb = (gb[jj] / gb[i] - 1) * 100
            rows.append({"event": day, "label": ev.label, "base": base, "horizon": h,
                         "end": ff.index[jj - 1] if jj > 0 else base, "ret_a": ra, "ret_b": rb,
                         "diff": ra - rb, "complete": bool(complete)})
    return rows, excluded


def summarize(table: pd.DataFrame, horizons: list[str]) -> pd.DataFrame:
    """Per horizon, over complete windows only: N, means, median difference, hit rate."""
    out = []
    for h in horizons:
        sub = table[table["horizon"] == h] if not table.empty else table
        done = sub[sub["complete"]] if not sub.empty else sub
        n = len(done)
        out.append({
            "horizon": h, "n": n, "n_incomplete": len(sub) - n,
            "mean_a": float(done["ret_a"].mean()) if n else float("nan"),
            "mean_b": float(done["ret_b"].mean()) if n else float("nan"),
            "mean_diff": float(done["diff"].mean()) if n else float("nan"),
            "median_diff": float(done["diff"].median()) if n else float("nan"),
            "hit_rate": float((done["diff"] > 0).mean()) if n else float("nan"),
            "wins": int((done["diff"] > 0).sum()) if n else 0,
        })
    return pd.DataFrame(out)


@dataclass(kw_only=True)
class EventStudy(Result):
    """Both series' returns after each event, per horizon, and the per-horizon summary."""

    event: str
    a: str
    b: str
    basis: str
    asof: pd.Timestamp
    horizons: list[str]
    summary: pd.DataFrame = field(default_factory=pd.DataFrame)
    events: pd.DataFrame = field(default_factory=pd.DataFrame)
    excluded: list[dict[str, Any]] = field(default_factory=list)

    def at(self, horizon: str) -> dict[str, Any]:
        """The summary row of one horizon as a dict (for claim checks)."""
        rows = self.summary[self.summary["horizon"].str.upper() == horizon.upper()]
        if rows.empty:
            raise BadInput(f"horizon {horizon} is not in this study",
                           f"horizons: {', '.join(self.horizons)}")
        return rows.iloc[0].to_dict()

    @property
    def n_events(self) -> int:
        return int(self.events["event"].nunique()) if not self.events.empty else 0

    @property
    def takeaway(self) -> str:
        usable = self.summary[self.summary["n"] > 0]
        if usable.empty:
            return (f"No complete windows after {self.event} events for {self.a} vs {self.b} "
                    f"by {self.asof.date()}.")
        pick = usable[usable["horizon"].str.upper() == "12M"]
        r = (pick if not pick.empty else usable.tail(1)).iloc[0]
        return (f"{self.n_events} {self.event} events: over {r['horizon']}, {self.a} beat {self.b} "
                f"in {r['wins']} of {r['n']} (hit rate {r['hit_rate']:.0%}), mean difference "
                f"{r['mean_diff']:+.1f} pp, median {r['median_diff']:+.1f} pp; {self.basis}.")

    def _table(self) -> pd.DataFrame:
        return self.summary.copy()

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out["summary"] = jsonable(self.summary.to_dict(orient="records"))
        out["events"] = jsonable(self.events.to_dict(orient="records"))
        return out


def _finish(event: str, a: str, b: str, basis: str, asof: pd.Timestamp, horizons: list[str],
            rows: list[dict[str, Any]], excluded: list[dict[str, Any]],
            provenance: dict[str, Any], dates: pd.DataFrame) -> EventStudy:
    cols = ["event", "label", "base", "horizon", "end", "ret_a", "ret_b", "diff", "complete"]
    table = pd.DataFrame(rows, columns=cols)
    summary = summarize(table, horizons)
    warnings = []
    if excluded:
        warnings.append(f"{len(excluded)} event(s) outside the data were left out: "
                        + ", ".join(str(pd.Timestamp(e['date']).date()) for e in excluded))
    n_inc = int((~table["complete"]).sum()) if not table.empty else 0
    if n_inc:
        warnings.append(f"{n_inc} window(s) run past {asof.date()} or the end of the data; "
                        "marked incomplete and left out of the averages")
    if summary["n"].max() < 5:
        warnings.append("small sample: fewer than 5 complete windows at every horizon")
    return EventStudy(
        event=event, a=a, b=b, basis=basis, asof=asof, horizons=horizons, summary=summary,
        events=table, excluded=excluded, provenance=provenance, warnings=warnings,
        evidence={"event_dates": list(dates["date"]),
                  "dating": (list(dates["dating"]) if "dating" in dates else None)},
    )


def _check_horizons(horizons: tuple[str, ...] | list[str] | str) -> list[str]:
    if isinstance(horizons, str):
        horizons = [h for h in horizons.split(",") if h.strip()]
    if not [h for h in horizons if str(h).strip()]:
        raise BadInput("no horizons given", "e.g. --horizons 1M,3M,12M")
    for h in horizons:
        parse_horizon(h)
    return [h.strip().upper() for h in horizons]


def event_study(dates: pd.DataFrame | list[DateLike] | str | Path, a: str = "RUT",
                b: str = "SPX", horizons: tuple[str, ...] | list[str] | str = DEFAULT_HORIZONS,
                on: DateLike | None = None, *, total_return: bool = False,
                proxy: str | None = None, event: str = "user dates", strict: bool = True,
                store: Store | None = None) -> EventStudy:
    """Returns of ``a`` and ``b`` after each date (see the module note for every rule).

    ``dates`` is a frame (date[, label]), a list of dates, a file path or a bundled list name.
    ``proxy="ff"`` (or "ff-quintile") replaces ``a``/``b`` by the Fama-French smallest vs largest
    size decile (quintile). With ``strict`` (user dates) a date outside the data is an error.
    """
    hs = _check_horizons(horizons)
    if isinstance(dates, str) and dates in BUNDLED_DATES:
        strict = False  # a bundled list may hold dates after the data (the next election)
    if isinstance(dates, str | Path):
        frame = read_dates(dates)
    elif isinstance(dates, pd.DataFrame):
        frame = dates.copy()
        if "label" not in frame:
            frame["label"] = ""
    else:
        frame = pd.DataFrame({"date": [parse_date(d) for d in dates], "label": ""})
    if frame.empty and strict:
        raise BadInput("no event dates given", "give at least one date")
    asof = fed_asof(on, store=store)[0] if on is not None else None
    if proxy is not None:
        return _ff_study(frame, hs, asof, proxy, event, strict, store)
    _check_pair(a, b, total_return)
    fld = "adj_close" if total_return else "close"
    both, na, nb = _pair(a, b, fld, asof, store)
    limit = both.index[-1] if asof is None else min(asof, both.index[-1])
    asof = asof or both.index[-1]
    if strict:
        _check_inside(frame, both.index[0], limit, f"{na}/{nb}")
    rows, excluded = _daily_rows(frame, both, hs, limit)
    basis = "total return (adj_close)" if total_return else "price return (close; no dividends)"
    prov = {"a": na, "b": nb, "field": fld, "basis": basis,
            "data": f"common sessions {both.index[0].date()} .. {both.index[-1].date()}",
            "rules": "capscope.fed.study module note"}
    return _finish(event, na, nb, basis, asof, hs, rows, excluded, prov, frame)


def _check_pair(a: str, b: str, total_return: bool) -> None:
    """Two different price series, both with a total-return close when one is asked for."""
    from capscope.data.symbols import Kind, resolve

    ia, ib = resolve(a), resolve(b)
    for info in (ia, ib):
        if info.kind not in (Kind.INDEX, Kind.ETF):
            raise BadInput(f"{info.symbol} is a {info.kind.value}, not a price series",
                           "event studies compare two indices or ETFs, e.g. --a RUT --b SPX")
        if total_return and not info.has_total_return:
            raise DataUnavailable(f"{info.symbol} is a price index with no total-return series",
                                  "drop --total, or use ETFs: --a IWM --b SPY --total")
    if ia.symbol == ib.symbol:
        raise BadInput(f"--a and --b are the same series ({ia.symbol})",
                       "compare two different symbols, e.g. --a RUT --b SPX")


def _check_inside(frame: pd.DataFrame, first: pd.Timestamp, last: pd.Timestamp, what: str) -> None:
    for d in frame["date"]:
        if d < first or d > last:
            raise DataUnavailable(f"event date {pd.Timestamp(d).date()} is outside the {what} data",
                                  f"the data runs from {first.date()} to {last.date()}")


def _ff_study(frame: pd.DataFrame, hs: list[str], asof: pd.Timestamp | None, proxy: str,
              event: str, strict: bool, store: Store | None) -> EventStudy:
    from capscope.data.series import table

    kind = {"ff": "decile", "ff-decile": "decile", "ff-quintile": "quintile"}.get(proxy.lower())
    if kind is None:
        raise BadInput(f"unknown proxy {proxy!r}", "use ff (deciles) or ff-quintile")
    for h in hs:
        _months(*parse_horizon(h), h)
    ca, cb = FF_PROXIES[kind]
    raw = table("ff_size_monthly", store=store)
    ff = pd.DataFrame({"a": raw[ca].to_numpy(float), "b": raw[cb].to_numpy(float)},
                      index=pd.DatetimeIndex(pd.to_datetime(raw["month"])) + pd.offsets.MonthEnd(0))
    ff = ff.dropna().sort_index()
    if asof is not None:
        ff = ff[ff.index <= asof]
    if ff.empty:
        raise DataUnavailable("no Fama-French months on or before the as-of date",
                              "the size portfolios start in 1926-07")
    limit = ff.index[-1]
    if strict:
        _check_inside(frame, ff.index[0] - pd.offsets.MonthEnd(1), limit, "Fama-French")
    rows, excluded = _ff_rows(frame, ff, hs, limit)
    a = f"FF smallest {kind} ({ca})"
    b = f"FF largest {kind} ({cb})"
    basis = "total return (Fama-French value-weighted, monthly, dividends included)"
    prov = {"a": ca, "b": cb, "table": "ff_size_monthly (Portfolios_Formed_on_ME, 202412 vintage)",
            "basis": basis, "data": f"months {ff.index[0]:%Y-%m} .. {ff.index[-1]:%Y-%m}",
            "rules": "capscope.fed.study module note (long view)"}
    return _finish(event, a, b, basis, asof or limit, hs, rows, excluded, prov, frame)


def cycle_study(event: str = "first-cut", a: str = "RUT", b: str = "SPX",
                horizons: tuple[str, ...] | list[str] | str = DEFAULT_HORIZONS,
                on: DateLike | None = None, *, total_return: bool = False,
                proxy: str | None = None, store: Store | None = None) -> EventStudy:
    """:func:`event_study` over every cycle event known at ``on``; events before the series
    start (e.g. before RUT's 1987-09-10) are listed in ``excluded`` rather than failing."""
    if on is not None:
        on = fed_asof(on, store=store)[0]
    events = cycle_events(event, on, store=store)
    if events.empty:
        raise DataUnavailable(f"no {event} events by {on or 'the end of the data'}",
                              "pick a later as-of date or another event")
    return event_study(events, a, b, horizons, on, total_return=total_return, proxy=proxy,
                       event=event, strict=False, store=store)


__all__ = ["BUNDLED_DATES", "DEFAULT_HORIZONS", "EVENTS", "EventStudy", "FF_PROXIES",
           "cycle_events", "cycle_study", "event_study", "parse_horizon", "read_dates",
           "summarize"]
