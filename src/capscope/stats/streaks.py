"""Streak studies: runs of strong sessions, how rare they are, and what tended to follow.

"Small caps rose 1% or more for five straight sessions, the 5th such streak since 1987" is a
claim about episodes. The counting rules, written down once:

* A session **qualifies** when its close-to-close return is at least ``min_pct`` percent
  (``direction="up"``) or at most ``-min_pct`` (``"down"``); with ``min_pct=0`` any gain (loss)
  qualifies and an unchanged close never does. With ``relative_to`` a session qualifies when the
  symbol's return beats (``"down"``: trails) the other's by at least ``min_pct`` percentage points
  and by more than zero; both series are aligned on their common sessions.
* An **episode** is a maximal run of qualifying sessions of length >= ``days``: a 7-session run
  is ONE episode of length 7 (``count="episodes"``, the default). ``count="windows"`` instead
  counts every session on which the trailing ``days`` sessions all qualify, so the same 7-session
  run counts 3 times (sessions 5, 6 and 7): the figure a rolling-window screen gives.
* An episode's **cumulative move** runs from the close before its first session to the close of
  its last.
* **Forward returns** are measured from the close of each episode's last session (``"windows"``:
  from each qualifying window's last session) over 5, 21, 63, 126 and 252 sessions (1W, 1M, 3M,
  6M, 1Y). The **baseline** is the same horizons from every session of the same history. Nothing
  after the as-of session is used, so recent episodes have incomplete horizons (left out, counted).
* The **latest episode**'s rank: its occurrence number (the k-th since the history begins), its
  rank by length and by cumulative move (1 = largest; ties share the better rank), and the last
  earlier episode at least as long ("the longest since ...").
* A date after the symbol's last row is refused, even a day after it
  (:func:`capscope.stats._asof.past_end`): the latest episode, the current run and the count
  "the 5th such streak" are all about the run *ending on* that session, which the last row
  cannot stand in for (the run may have ended or grown since), unlike the window statistics,
  which answer as of the last row for up to three sessions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from capscope._result import Result
from capscope.data.calendar import DateLike, parse_date
from capscope.errors import BadInput, DataUnavailable
from capscope.stats._asof import AsOf, ago, as_of, require_price
from capscope.stats._kernels import (
    episodes,
    forward_returns,
    highest_since,
    run_lengths,
    top_nonoverlapping,
)

HORIZONS: dict[str, int] = {"1W": 5, "1M": 21, "3M": 63, "6M": 126, "1Y": 252}
MAX_DAILY_PCT = 50.0


@dataclass(kw_only=True)
class LatestEpisode:
    """The most recent episode and how it ranks against every earlier one."""

    start: pd.Timestamp
    end: pd.Timestamp
    length: int
    cum_pct: float
    ongoing: bool  # ends on the as-of session, so it may still grow
    occurrence: int  # 1-based: the k-th episode since the history begins
    of_total: int
    rank_by_length: int
    rank_by_move: int
    longest_since: pd.Timestamp | None  # end of the last earlier episode at least as long
    wording: str = ""


@dataclass(kw_only=True)
class StreakStudy(Result):
    """Every episode of a streak rule over one history, with ranks and forward returns."""

    symbol: str
    relative_to: str | None
    days: int
    min_pct: float
    direction: str
    count: str
    session: pd.Timestamp
    history_begins: pd.Timestamp
    n_episodes: int
    n_windows: int
    episodes: pd.DataFrame
    latest: LatestEpisode | None
    forward: pd.DataFrame
    counting: str = ""
    takeaway: str = ""

    def _table(self) -> pd.DataFrame:
        return self.episodes.copy()


@dataclass(kw_only=True)
class OutperformanceResult(Result):
    """The largest non-overlapping N-session outperformances of ``a`` over ``b``."""

    a: str
    b: str
    days: int
    session: pd.Timestamp
    history_begins: pd.Timestamp
    top: pd.DataFrame
    latest_relative_pct: float
    latest_start: pd.Timestamp
    latest_highest_since: pd.Timestamp | None  # last earlier N-session window at least as good
    latest_rank: int  # among all (overlapping) N-session windows of the history, 1 = best
    n_windows: int
    takeaway: str = ""
    definitions: dict[str, str] = field(default_factory=dict)
    frame_index = "rank"  # ClassVar in the base: not a field

    def _table(self) -> pd.DataFrame:
        return self.top.copy()


# ---------------------------------------------------------------------------------------------


def _since_date(since: int | str | DateLike | None) -> pd.Timestamp | None:
    """A year (2000 or "2000") means 1 January of it; anything else is a date."""
    if since is None:
        return None
    text = str(since).strip()
    if text.isdigit() and len(text) == 4:  # through parse_date: its range check applies
        return parse_date(f"{text}-01-01", what="--since")
    return parse_date(since, what="--since")


def _validate(days: int, min_pct: float, direction: str) -> None:
    if not isinstance(days, int | np.integer) or days < 1:
        raise BadInput(f"--days must be a whole number of sessions >= 1, got {days}",
                       "e.g. --days 5 for five straight sessions")
    if direction not in ("up", "down"):
        raise BadInput(f"--direction must be 'up' or 'down', got {direction!r}",
                       "use --direction down for losing streaks")
    if not np.isfinite(min_pct) or min_pct < 0:
        raise BadInput(f"--min must be a threshold >= 0 percent, got {min_pct}",
                       "give the size of the move; use --direction down for declines "
                       "(e.g. --min 1 --direction down for 1%+ losses)")
    if min_pct >= MAX_DAILY_PCT:
        raise BadInput(f"--min {min_pct}% per session is beyond any daily move in the data",
                       f"use a threshold below {MAX_DAILY_PCT:g}%")


def _aligned(symbol: str, relative_to: str | None, on: DateLike | None,
             since: pd.Timestamp | None) -> tuple[pd.DataFrame, AsOf, str | None, list[str]]:
    """Closes of the symbol (and the other) on common sessions up to the as-of session."""
    a = as_of(symbol, on)
    require_price(a.info, "streak and outperformance studies")
    warnings = list(a.warnings)
    frame = a.values.rename("a").to_frame()
    other = None
    if relative_to is not None:
        b = as_of(relative_to)  # cut to the symbol's session by the inner join below
        require_price(b.info, "streak and outperformance studies")
        if b.symbol == a.symbol:
            raise BadInput(f"{relative_to} is the same series as {symbol}",
                           "compare two different symbols, e.g. RUT and SPX")
        other = b.symbol
        frame = frame.join(b.values.rename("b"), how="inner")
        if frame.empty:
            raise DataUnavailable(f"{a.symbol} and {b.symbol} share no sessions up to "
                                  f"{a.session.date()}",
                                  f"{b.symbol} data runs from {b.data_begins.date()} to "
                                  f"{b.data_ends.date()}")
        if frame.index[-1] != a.session:
            warnings.append(f"{b.symbol} has no data after {frame.index[-1].date()}; the "
                            f"comparison ends there, not on {a.session.date()}")
    if since is not None:
        # keep one row before `since` so the first session's return is defined
        pos = frame.index.searchsorted(since, "left")
        if pos >= len(frame):
            raise DataUnavailable(f"no sessions from {since.date()} up to {a.session.date()}",
                                  "choose an earlier --since or a later --on")
        frame = frame.iloc[max(pos - 1, 0):]
    if len(frame) < 2:
        raise DataUnavailable("fewer than two sessions in that history",
                              "widen the window (--since earlier, --on later)")
    return frame, a, other, warnings


def _qualifies(ret: np.ndarray, min_pct: float, direction: str) -> np.ndarray:
    thr = min_pct / 100.0
    with np.errstate(invalid="ignore"):
        if direction == "up":
            return (ret >= thr) & (ret > 0)
        return (ret <= -thr) & (ret < 0)


def _rank_desc(values: np.ndarray, i: int) -> int:
    """Competition rank (1 = largest; ties share the better rank) of values[i]."""
    return int((values > values[i]).sum()) + 1


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _summary(fr: np.ndarray) -> dict[str, float]:
    """Mean, median (percent), hit rate (share > 0) and count of the finite entries."""
    x = fr[np.isfinite(fr)]
    if x.size == 0:
        return {"mean_pct": np.nan, "median_pct": np.nan, "hit_rate": np.nan, "n": 0}
    return {"mean_pct": float(x.mean() * 100), "median_pct": float(np.median(x) * 100),
            "hit_rate": float((x > 0).mean()), "n": int(x.size)}


def streak_study(symbol: str, days: int, min_pct: float = 0.0, direction: str = "up",
                 relative_to: str | None = None, since: int | str | DateLike | None = None,
                 on: DateLike | None = None, count: str = "episodes") -> StreakStudy:
    """Every episode of ``days``+ consecutive sessions each beyond ``min_pct``% (see module doc)."""
    _validate(days, float(min_pct), direction)
    if count not in ("episodes", "windows"):
        raise BadInput(f"count must be 'episodes' or 'windows', got {count!r}",
                       "'episodes': one per maximal run; 'windows': every session the N-day "
                       "mark holds")
    start = _since_date(since)
    frame, a, other, warnings = _aligned(symbol, relative_to, on, start)
    idx = frame.index
    session = idx[-1]  # the last common session (== as-of unless the other series ends early)
    close_a = frame["a"].to_numpy(dtype=np.float64)
    ret = np.full(len(frame), np.nan)
    ret[1:] = close_a[1:] / close_a[:-1] - 1.0
    level = close_a  # the line whose moves and forward returns are reported
    if relative_to is not None:
        close_b = frame["b"].to_numpy(dtype=np.float64)
        ret_b = np.full(len(frame), np.nan)
        ret_b[1:] = close_b[1:] / close_b[:-1] - 1.0
        ret = ret - ret_b  # daily outperformance in percentage points (as a fraction)
        level = close_a / close_b  # the relative-strength line
    mask = _qualifies(ret, float(min_pct), direction)
    mask[0] = False  # the row kept before `since` (or the first row) has no return
    first = 1 if (start is not None and idx[0] < start) else 0
    history_begins = idx[first]

    ep = episodes(mask, days)
    runs = run_lengths(mask)
    n_windows = int((runs >= days).sum())
    cum = level[ep.end] / level[ep.start - 1] - 1.0
    hz = np.array(list(HORIZONS.values()), dtype=np.int64)
    table = pd.DataFrame({"start": idx[ep.start], "end": idx[ep.end],
                          "length": ep.length.astype(int), "cum_pct": cum * 100.0})
    if relative_to is not None:
        table["symbol_pct"] = (close_a[ep.end] / close_a[ep.start - 1] - 1.0) * 100.0
    fr_ep = forward_returns(level, ep.end, hz)
    for j, name in enumerate(HORIZONS):
        table[f"fwd_{name}_pct"] = fr_ep[:, j] * 100.0
    table["ongoing"] = ep.end == len(idx) - 1

    events = ep.end if count == "episodes" else np.flatnonzero(runs >= days)
    fr_ev = fr_ep if count == "episodes" else forward_returns(level, events, hz)
    base_starts = np.arange(first, len(idx))
    fr_base = forward_returns(level, base_starts, hz)
    rows = []
    for j, name in enumerate(HORIZONS):
        ev, bs = _summary(fr_ev[:, j]), _summary(fr_base[:, j])
        rows.append({"horizon": name, "sessions": int(hz[j]), **ev,
                     "incomplete": int(len(events) - ev["n"]),
                     **{f"baseline_{k}": v for k, v in bs.items()},
                     "excess_mean_pct": ev["mean_pct"] - bs["mean_pct"]})
    forward = pd.DataFrame(rows).set_index("horizon")

    latest = None
    if len(table):
        i = len(table) - 1
        lengths = table["length"].to_numpy()
        prior = highest_since(lengths.astype(np.float64))[i]
        longest_since = table["end"].iloc[prior] if prior >= 0 else None
        latest = LatestEpisode(
            start=table["start"].iloc[i], end=table["end"].iloc[i], length=int(lengths[i]),
            cum_pct=float(table["cum_pct"].iloc[i]), ongoing=bool(table["ongoing"].iloc[i]),
            occurrence=i + 1, of_total=len(table), rank_by_length=_rank_desc(lengths, i),
            rank_by_move=_rank_desc(table["cum_pct"].to_numpy() * (1 if direction == "up" else -1),
                                    i),
            longest_since=longest_since)
        latest.wording = _latest_wording(latest, history_begins)

    what = _rule_words(a.symbol, days, float(min_pct), direction, other)
    counting = ("one episode per maximal run of qualifying sessions of length >= "
                f"{days} (a {days + 2}-session run is one episode); 'windows' counts every "
                f"session on which the trailing {days} sessions all qualify")
    res = StreakStudy(
        symbol=a.symbol, relative_to=other, days=int(days), min_pct=float(min_pct),
        direction=direction, count=count, session=session, history_begins=history_begins,
        n_episodes=len(table), n_windows=n_windows, episodes=table, latest=latest,
        forward=forward, counting=counting, warnings=warnings,
        provenance={**a.provenance(), "relative_to": other,
                    "line": "relative strength (symbol / other)" if relative_to else "close"},
    )
    res.takeaway = (f"{what}: {_count(res.n_episodes, 'episode')} "
                    f"({_count(n_windows, 'qualifying window')}) "
                    f"from {history_begins.date()} to {session.date()}"
                    + (f"; latest {latest.wording}" if latest else ""))
    res.evidence = {
        "rule": what, "history": {"begins": history_begins, "ends": session},
        "sessions": int(len(idx) - first), "horizons_sessions": dict(HORIZONS),
        "latest_episode": None if latest is None else {
            "start": latest.start, "end": latest.end, "length": latest.length,
            "closes": {str(d.date()): float(v) for d, v in
                       frame["a"].loc[idx[idx.get_loc(latest.start) - 1]:latest.end].items()},
        },
    }
    return res


def _rule_words(symbol: str, days: int, min_pct: float, direction: str,
                relative_to: str | None) -> str:
    if relative_to:
        verb = "outperforming" if direction == "up" else "underperforming"
        by = f" by {min_pct:g}+ pp" if min_pct > 0 else ""
        return f"{symbol} {days}+ straight sessions {verb} {relative_to}{by}"
    move = ("gains" if direction == "up" else "losses") if min_pct == 0 else \
        f"{min_pct:g}%+ {'gains' if direction == 'up' else 'losses'}"
    return f"{symbol} {days}+ straight sessions of {move}"


def _count(n: int, noun: str) -> str:
    """"1 episode", "5 episodes"."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _latest_wording(e: LatestEpisode, begins: pd.Timestamp) -> str:
    since = (f"the longest since the one ending {e.longest_since.date()} "
             f"({ago(e.longest_since, e.end)})"
             if e.longest_since is not None else "the longest in the history")
    state = " (still running)" if e.ongoing else ""
    return (f"{e.start.date()}..{e.end.date()}, {_count(e.length, 'session')}, "
            f"{e.cum_pct:+.2f}%{state}: "
            f"the {_ordinal(e.occurrence)} of {e.of_total} since {begins.date()}; "
            f"{_ordinal(e.rank_by_length)} by length, {_ordinal(e.rank_by_move)} by move; {since}")


# ---------------------------------------------------------------------------------------------


def largest_outperformance(a: str, b: str, days: int, top: int = 10, on: DateLike | None = None,
                           since: int | str | DateLike | None = None) -> OutperformanceResult:
    """The ``top`` largest ``days``-session outperformances of ``a`` over ``b``, not overlapping.

    Outperformance over a window = (a_end / a_start) / (b_end / b_start) - 1, the change of the
    relative-strength line; the return difference in percentage points is shown beside it.
    Windows overlap when they share a session's return; the best is taken first, then the best
    that does not overlap it, and so on.
    """
    if not isinstance(days, int | np.integer) or days < 1:
        raise BadInput(f"--days must be a whole number of sessions >= 1, got {days}",
                       "e.g. --days 5")
    if not isinstance(top, int | np.integer) or not 1 <= top <= 1000:
        raise BadInput(f"--top must be between 1 and 1000, got {top}", "e.g. --top 10")
    frame, sa, sb, warnings = _aligned(a, b, on, _since_date(since))
    assert sb is not None
    if len(frame) <= days:
        raise DataUnavailable(f"only {len(frame)} common sessions: too few for {days}-session windows",
                              "use fewer --days or a longer history")
    session = frame.index[-1]
    ca, cb = frame["a"].to_numpy(np.float64), frame["b"].to_numpy(np.float64)
    rel = ca / cb
    score = np.full(len(frame), np.nan)
    score[days:] = rel[days:] / rel[:-days] - 1.0
    ra = np.full(len(frame), np.nan)
    rb = np.full(len(frame), np.nan)
    ra[days:] = ca[days:] / ca[:-days] - 1.0
    rb[days:] = cb[days:] / cb[:-days] - 1.0
    picks = top_nonoverlapping(score, days, top)
    idx = frame.index
    table = pd.DataFrame({
        "rank": np.arange(1, len(picks) + 1), "start": idx[picks - days], "end": idx[picks],
        "relative_pct": score[picks] * 100.0, f"{sa.symbol}_pct": ra[picks] * 100.0,
        f"{sb}_pct": rb[picks] * 100.0, "difference_pp": (ra[picks] - rb[picks]) * 100.0,
    })
    last = len(frame) - 1
    hs = int(highest_since(score)[last])
    valid = score[np.isfinite(score)]
    res = OutperformanceResult(
        a=sa.symbol, b=sb, days=int(days), session=session, history_begins=idx[0], top=table,
        latest_relative_pct=float(score[last] * 100.0), latest_start=idx[last - days],
        latest_highest_since=idx[hs] if hs >= 0 else None,
        latest_rank=int((valid > score[last]).sum()) + 1, n_windows=int(valid.size),
        warnings=warnings,
        definitions={"relative_pct": "(a_end/a_start)/(b_end/b_start) - 1, in percent",
                     "difference_pp": "a's return minus b's, in percentage points",
                     "overlap": "windows sharing any session's return; best taken first"},
        provenance={**sa.provenance(), "b": sb, "field": "close (price)"},
    )
    best = table.iloc[0] if len(table) else None
    res.takeaway = (
        f"largest {days}-session outperformance of {sa.symbol} over {sb} since "
        f"{idx[0].date()}: "
        + (f"{best['relative_pct']:+.2f}% ending {best['end'].date()}" if best is not None else "none")
        + f"; latest {res.latest_relative_pct:+.2f}% ({_ordinal(res.latest_rank)} of "
        f"{_count(res.n_windows, 'window')})")
    res.evidence = {
        "history": {"begins": idx[0], "ends": session},
        "top": [{"start": r.start, "end": r.end,
                 "closes": {sa.symbol: [float(frame["a"].loc[r.start]), float(frame["a"].loc[r.end])],
                            sb: [float(frame["b"].loc[r.start]), float(frame["b"].loc[r.end])]}}
                for r in table.itertuples()],
    }
    return res


__all__ = ["HORIZONS", "LatestEpisode", "OutperformanceResult", "StreakStudy",
           "largest_outperformance", "streak_study"]
