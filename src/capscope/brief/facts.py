"""Candidate facts for a session's note, each with how newsworthy (rare) it is.

Why a separate stage: what is true and how unusual it is are questions for the statistics;
how to say it is a question for :mod:`capscope.brief.phrasing`. Every figure here is read from a
function in ``capscope.stats`` or ``capscope.fed`` (the verifier's rule: the brief computes
nothing itself), and every fact carries the ``capscope`` commands that reproduce its figures.

The score is a percentile over history (``capscope.stats.rarity``): 97 means the figure is more
extreme than on 97% of the sessions before it. Facts that have no history to rank against
(a base rate is about history itself) take the score of the fact they qualify.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from capscope.errors import CapscopeError

#: the relative-return windows a note may cite, with the sessions their rarity is ranked over
WINDOWS: dict[str, int] = {"1W": 5, "1M": 21, "3M": 63}
#: a base rate is cited only with at least this many earlier cases
MIN_CASES = 5
#: the VIX is cited only when its move is more extreme than this share of its history
VIX_NOTABLE = 90.0
#: the fixed scores of a Fed decision: in the week it is announced, and after
FED_NEWS, FED_CONTEXT = 95.0, 10.0


@dataclass(frozen=True)
class Fact:
    """One true, checkable statement about the session, before any wording."""

    kind: str  # move, fund_move, streak, high_since, low_since, record, relative, ytd, below_record, base_rate
    subject: str  # the symbol the fact is about
    score: float  # 0-100: percentile over history (how rare)
    values: dict[str, object] = field(default_factory=dict)
    commands: tuple[str, ...] = ()
    n: int = 0  # the size of the history the score ranks against


@dataclass(frozen=True)
class Facts:
    """Every candidate fact of one session for one pair."""

    session: pd.Timestamp
    a: str
    b: str
    names: dict[str, str]
    facts: list[Fact]
    warnings: list[str] = field(default_factory=list)


NAMES = {"RUT": "the Russell 2000", "SPX": "the S&P 500", "IWM": "the iShares Russell 2000 ETF",
         "SPY": "the SPDR S&P 500 ETF", "IXIC": "the Nasdaq Composite", "NDX": "the Nasdaq-100",
         "DJI": "the Dow Jones Industrial Average", "QQQ": "the Invesco QQQ Trust",
         "VIX": "the Cboe Volatility Index"}


#: the funds that track a pair, whose moves a note may cite beside the indexes
FUNDS = {("RUT", "SPX"): ("IWM", "SPY")}
FUND_SYMBOLS = frozenset(s for pair in FUNDS.values() for s in pair)


def _iso(day: pd.Timestamp) -> str:
    return dt.date.isoformat(day)


def _move_facts(sym: str, on: pd.Timestamp, lead: bool) -> tuple[list[Fact], object]:
    from capscope.stats.moves import move
    from capscope.stats.rarity import move_rarity, since_rarity, streak_rarity

    m = move(sym, on)
    cmd = f"capscope move {sym} --on {_iso(m.session)}"
    out: list[Fact] = []
    if m.change_pct is None:
        return out, m
    r = move_rarity(sym, m.session)
    kind = "move" if lead or sym not in FUND_SYMBOLS else "fund_move"
    out.append(Fact(kind, sym, r.percentile, {"change_pct": m.change_pct, "close": m.close,
                                                 "lead": lead}, (cmd,), r.n))
    if not lead:
        return out, m
    if m.streak_sessions >= 2:
        r = streak_rarity(sym, m.session)
        out.append(Fact("streak", sym, r.percentile, {"length": m.streak_sessions,
                                                       "direction": m.streak_direction},
                        (cmd,), r.n))
    hs, ls = m.highest_close_since, m.lowest_close_since
    if hs.is_record:
        out.append(Fact("record", sym, 100.0, {"close": m.close}, (cmd,),
                        int(m.evidence["rows_used"])))
    elif hs.sessions_since is not None and hs.sessions_since > 20 and hs.since_date is not None:
        r = since_rarity(sym, m.session, "high")
        out.append(Fact("high_since", sym, r.percentile, {"since": hs.since_date,
                                                          "sessions": hs.sessions_since},
                        (cmd,), r.n))
    if not ls.is_record and ls.sessions_since is not None and ls.sessions_since > 20 \
            and ls.since_date is not None:
        r = since_rarity(sym, m.session, "low")
        out.append(Fact("low_since", sym, r.percentile, {"since": ls.since_date,
                                                         "sessions": ls.sessions_since},
                        (cmd,), r.n))
    if not hs.is_record and m.pct_below_record < 0:
        from capscope.stats.rarity import record_rarity

        r = record_rarity(sym, m.session)
        out.append(Fact("below_record", sym, r.percentile,
                        {"pct": -m.pct_below_record, "record_date": m.record_date,
                         "record_close": m.record_close},
                        (cmd,), r.n))
    return out, m


def _relative_facts(a: str, b: str, on: pd.Timestamp) -> list[Fact]:
    from capscope.stats.rarity import relative_rarity
    from capscope.stats.returns import compare_returns

    out = []
    for window, n in WINDOWS.items():
        try:
            c = compare_returns(a, b, window, on)
        except CapscopeError:
            continue
        r = relative_rarity(a, b, n, on)
        out.append(Fact("relative", a, r.percentile,
                        {"window": window, "difference_pp": c.difference_pp, "vs": b,
                         "a_pct": c.a.return_pct, "b_pct": c.b.return_pct},
                        (f"capscope returns {a} --vs {b} --window {window} --on {_iso(on)}",),
                        r.n))
    return out


def _ytd_fact(a: str, on: pd.Timestamp, score_from: list[Fact]) -> list[Fact]:
    """The year-to-date return: context, ranked as the one-month relative move is (a YTD figure
    has no history of its own to rank against before the year is long)."""
    from capscope.stats.returns import period_return

    if on.month == 1 and on.day <= 7:  # "this year" a few days in is the week's move
        return []
    try:
        p = period_return(a, "YTD", on)
    except CapscopeError:
        return []
    score = min((f.score for f in score_from if f.kind == "relative"), default=0.0)
    return [Fact("ytd", a, score, {"return_pct": p.return_pct},
                 (f"capscope returns {a} --window YTD --on {_iso(on)}",))]


def _base_rate(streak: Fact, on: pd.Timestamp) -> list[Fact]:
    """What followed the earlier streaks at least as long, as history with its N."""
    from capscope.stats.streaks import streak_study

    length = int(streak.values["length"])  # type: ignore[call-overload]
    if length < 3:
        return []
    direction = str(streak.values["direction"])
    st = streak_study(streak.subject, length, 0.0, direction, on=on)
    row = st.forward.loc["1M"]
    n = int(row["n"])
    ongoing = st.latest is not None and st.latest.ongoing
    earlier = st.n_episodes - (1 if ongoing else 0)
    if n < MIN_CASES or n != earlier:  # an earlier run whose month is not over: not yet history
        return []
    higher = round(float(row["hit_rate"]) * n)
    cmd = (f"capscope streaks {streak.subject} --days {length} --direction {direction} "
           f"--on {_iso(on)}")
    return [Fact("base_rate", streak.subject, streak.score - 0.5,
                 {"cases": n, "higher": higher, "length": length, "direction": direction,
                  "begins": st.history_begins}, (cmd,), n)]


def _month_streak(a: str, on: pd.Timestamp) -> list[Fact]:
    """A run of three or more monthly gains (losses), said only at a month's last session (a
    month in progress may still turn)."""
    from capscope.stats.calendar_streaks import calendar_streaks
    from capscope.stats.rarity import month_streak_rarity

    cs = calendar_streaks(a, "monthly", on)
    if cs.current is None or cs.period_in_progress or cs.current.length < 3:
        return []
    r = month_streak_rarity(a, on)
    return [Fact("month_streak", a, r.percentile, {"length": cs.current.length,
                                                    "direction": cs.current.direction},
                 (f"capscope months {a} --on {_iso(on)}",), r.n)]


def _moving_average(a: str, on: pd.Timestamp) -> list[Fact]:
    """Where the close stands against its 200-day average, and since when."""
    from capscope.stats.levels import moving_average
    from capscope.stats.rarity import ma_side_rarity

    try:
        ma = moving_average(a, 200, on)
    except CapscopeError:
        return []
    if ma.side_since is None:
        return []
    r = ma_side_rarity(a, on)
    return [Fact("moving_average", a, r.percentile,
                 {"above": ma.above, "since": ma.side_since, "crossed": ma.crossed_today},
                 (f"capscope ma {a} --on {_iso(on)}",), r.n)]


def _vix(on: pd.Timestamp) -> list[Fact]:
    """The fear gauge, only when its move is in the top tenth of its history."""
    from capscope.stats.moves import move
    from capscope.stats.rarity import move_rarity

    try:
        r = move_rarity("VIX", on)
        m = move("VIX", on)
    except CapscopeError:
        return []
    if m.session != on or m.change_pct is None or r.percentile < VIX_NOTABLE:
        return []
    return [Fact("vix_move", "VIX", r.percentile, {"change_pct": m.change_pct, "close": m.close},
                 (f"capscope move VIX --on {_iso(on)}",), r.n)]


def _fed(on: pd.Timestamp) -> list[Fact]:
    """The Fed's last change of its target. A decision has no history of sessions to rank it
    against, so its score is fixed: news (:data:`FED_NEWS`) in the week it is announced,
    context (:data:`FED_CONTEXT`) after."""
    from capscope.fed.policy import decisions

    try:
        table = decisions(on)
    except CapscopeError:
        return []
    if table.empty:
        return []
    last = table.iloc[-1]
    day = pd.Timestamp(last["announced"])
    fresh = (on - day).days <= 6
    return [Fact("fed", "FED", FED_NEWS if fresh else FED_CONTEXT,
                 {"announced": day, "action": str(last["action"]),
                  "change_bp": float(last["change_bp"]), "fresh": fresh},
                 (f"capscope fed history --on {_iso(on)}",))]


def gather(a: str = "RUT", b: str = "SPX", on: object = None) -> Facts:
    """Every candidate fact for the pair ``a``:``b`` on the session ``on`` (default: the last)."""
    from capscope.stats._asof import as_of

    session = as_of(a, on).session
    warnings = list(as_of(a, on).warnings)
    facts, _ = _move_facts(a, session, lead=True)
    for sym in (b, *FUNDS.get((a, b), ())):
        try:
            other, _ = _move_facts(sym, session, lead=False)
        except CapscopeError:  # a fund before its inception
            continue
        facts += other
    rel = _relative_facts(a, b, session)
    facts += rel + _ytd_fact(a, session, rel)
    for f in list(facts):
        if f.kind == "streak":
            facts += _base_rate(f, session)
    facts += _month_streak(a, session) + _moving_average(a, session) + _vix(session)
    facts += _fed(session)
    names = {s: NAMES.get(s, s) for s in (a, b, *FUNDS.get((a, b), ()))}
    return Facts(session, a, b, names, facts, warnings)


__all__ = ["FED_CONTEXT", "FED_NEWS", "FUNDS", "MIN_CASES", "VIX_NOTABLE", "NAMES", "WINDOWS", "Fact", "Facts", "gather"]
