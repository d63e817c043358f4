"""FedWatch-style FOMC meeting probabilities from 30-day fed funds futures (CME's method).

The method, step by step (CME Group, "Fed Funds Futures Probability Tree Calculator"):

1. A contract month's implied average effective rate is ``100 - price``.
2. In a month with a meeting on day ``d`` of an ``N``-day month, the average mixes the rate before
   the meeting (``start``) and after it (``end``)::

       avg = (M/N) * start + ((N-M)/N) * end,   M = d - 1

   The meeting day itself is counted with the days AFTER the meeting. Economically the new target
   takes effect the day after the announcement (FRED dates the change then), but CME's published
   example counts it after: September 17, 2015, N = 30, M = 16, FFQ5 99.8675, FFU5 99.805 ->
   end = 0.2664%, P(hike) = 53.6%. Counting the meeting day before (M = 17) would give 0.2767%
   and 57.7%, so ``M = d - 1`` is what reproduces CME.
3. Each meeting is anchored on a month without a meeting, forward first:
   - forward: the month before has no meeting and is quoted, so its average is ``start``
     (its price carries no information about this meeting); ``end`` follows from the meeting month;
   - backward: otherwise, the month after has no meeting and is quoted, so its average is ``end``;
     ``start`` follows from the meeting month (impossible for a meeting on the 1st, M = 0);
   - chained: consecutive meeting months on both sides: ``start`` is the previous meeting's
     ``end`` (chained forward), or ``end`` the next meeting's ``start`` (chained backward).
   Solving for ``end`` divides price errors by (N-M)/N, for ``start`` by M/N; the factor is kept in
   the evidence (``amplification``) and a warning is raised above 10x.
4. A meeting's move ``end - start`` in units of 25 bp, e.g. 1.4, is split between the two nearest
   whole steps: 60% of +25 bp and 40% of +50 bp (so 50 and 75 bp moves come out when priced).
5. The outcome after meeting k is the convolution of the per-meeting move distributions, starting
   from the current target range. The zero lower bound holds at every meeting: a cut from the floor
   leaves the range at the floor (no negative ranges); a later hike starts from there.

Views: ``conditional`` gives, for each meeting, the probability of each target range after it
(the FedWatch matrix); ``current`` sums that against today's range: cut / hold / hike, with the
implied rate after the meeting.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pandas as pd

from capscope._result import Result
from capscope.data.calendar import DateLike, parse_date
from capscope.errors import BadInput, DataUnavailable
from capscope.fed._futures import contract_code, missing_error, month_label, shift_month

if TYPE_CHECKING:
    from capscope.data.store import Store

STEP = 0.25  # percent: the size of one FedWatch outcome step
_EPS = 1e-9
AMPLIFICATION_WARN = 10.0


# -- arithmetic of one meeting month ---------------------------------------------------------
def month_key(day: pd.Timestamp) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def meeting_split(meeting: pd.Timestamp) -> tuple[int, int]:
    """``(M, N)``: days of the month before the meeting day, and days in the month."""
    return meeting.day - 1, meeting.days_in_month


def rate_after(avg: float, start: float, m: int, n: int) -> float:
    """The rate after the meeting implied by the month's average and the rate before it."""
    return (n * avg - m * start) / (n - m)


def rate_before(avg: float, end: float, m: int, n: int) -> float:
    """The rate before the meeting implied by the month's average and the rate after it."""
    if m <= 0:
        raise BadInput("a meeting on the 1st leaves no days at the old rate in its month",
                       "anchor it on the month before (forward)")
    return (n * avg - (n - m) * end) / m


def move_distribution(start: float, end: float, step: float = STEP) -> dict[int, float]:
    """One meeting's move in whole steps -> probability, split between the two nearest steps.

    A move of exactly k steps (to 1e-9) is certain; 1.4 steps is 60% of 1 and 40% of 2.
    """
    if not (math.isfinite(start) and math.isfinite(end)):
        raise BadInput("a meeting's implied rates are not finite numbers",
                       "check the futures prices used")
    x = (end - start) / step
    lo = math.floor(x + _EPS)
    frac = x - lo
    if frac < _EPS:
        return {lo: 1.0}
    if frac > 1 - _EPS:
        return {lo + 1: 1.0}
    return {lo: 1.0 - frac, lo + 1: frac}


def floor_steps(lower: float, step: float = STEP) -> int:
    """The lowest reachable offset from the current range: its lower bound cannot go below 0."""
    return -math.floor(lower / step + _EPS)


def outcome_tree(moves: Sequence[Mapping[int, float]], floor: int | None) -> list[dict[int, float]]:
    """After each meeting, the offset from today's range (in steps) -> probability.

    The convolution of the per-meeting moves; an offset below ``floor`` (the zero lower bound) is
    moved to ``floor`` at the meeting where it would happen, so later moves start from there.
    """
    dist: dict[int, float] = {0: 1.0}
    out = []
    for move in moves:
        nxt: dict[int, float] = defaultdict(float)
        for s, p in dist.items():
            for k, q in move.items():
                t = s + k
                if floor is not None and t < floor:
                    t = floor
                nxt[t] += p * q
        dist = {k: v for k, v in sorted(nxt.items()) if v > 0}
        out.append(dist)
    return out


def _pct(x: float) -> str:
    text = f"{x:.4f}".rstrip("0")
    return text if len(text.split(".")[1]) >= 2 else f"{x:.2f}"


def range_label(lower: float, upper: float) -> str:
    """"4.75-5.00" for a range, "5.25" for a point target (before 2008-12-16)."""
    if abs(upper - lower) < _EPS:
        return _pct(upper)
    return f"{_pct(max(lower, 0.0))}-{_pct(upper)}"


# -- results ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class MeetingChain:
    """How one meeting's rates before (start) and after (end) were obtained."""

    meeting: pd.Timestamp
    month: str
    contract: str
    price: float
    days_before: int
    days_in_month: int
    method: str
    anchor: str
    anchor_month: str | None
    start_rate: float
    end_rate: float
    move_bp: float
    amplification: float


@dataclass(frozen=True)
class MeetingOutlook:
    """One meeting: its own move distribution and the target-range outcomes after it."""

    meeting: pd.Timestamp
    contract: str
    implied_rate: float
    moves_bp: dict[int, float]
    offsets_bp: dict[int, float]
    ranges: dict[str, float]
    p_cut: float
    p_hold: float
    p_hike: float
    tentative: bool = False


@dataclass(kw_only=True)
class FedWatchResult(Result):
    """Meeting-by-meeting probabilities; ``probability`` answers "P(25 bp cut in November)"."""

    asof: pd.Timestamp | None
    price_date: pd.Timestamp | None
    current_lower: float
    current_upper: float
    current_range: str
    meetings: list[MeetingOutlook] = field(default_factory=list)

    def outlook(self, meeting: DateLike) -> MeetingOutlook:
        """The meeting on a date, or the one in a month given as "YYYY-MM"."""
        text = str(meeting).strip()
        if len(text) == 7 and text[4] == "-":
            found = [o for o in self.meetings if month_key(o.meeting) == text]
        else:
            day = parse_date(meeting, what="meeting date")
            found = [o for o in self.meetings if o.meeting == day]
        if not found:
            have = ", ".join(str(o.meeting.date()) for o in self.meetings)
            raise BadInput(f"no FOMC meeting {text} among the meetings priced",
                           f"meetings priced: {have}")
        return found[0]

    def probability(self, meeting: DateLike, move_bp: int | None = None, *,
                    outcome: str | None = None, basis: str = "current") -> float:
        """P(a move of ``move_bp``) or P(``outcome`` in cut/hold/hike) at a meeting.

        ``basis="current"`` compares the range after the meeting with today's range (what
        FedWatch's table shows, and what "a 25 bp cut by December" means); ``basis="meeting"``
        is the move at that meeting alone.
        """
        o = self.outlook(meeting)
        if basis not in ("current", "meeting"):
            raise BadInput(f"unknown basis {basis!r}", "use 'current' or 'meeting'")
        dist = o.offsets_bp if basis == "current" else o.moves_bp
        if (move_bp is None) == (outcome is None):
            raise BadInput("give either a move in basis points or an outcome",
                           "e.g. move_bp=-25, or outcome='cut'")
        if outcome is not None:
            sign = {"cut": -1, "hold": 0, "hike": 1}.get(outcome)
            if sign is None:
                raise BadInput(f"unknown outcome {outcome!r}", "use cut, hold or hike")
            return float(sum(p for k, p in dist.items()
                             if (k > 0) - (k < 0) == sign))
        if move_bp % 25:
            raise BadInput(f"a move of {move_bp} bp is not a multiple of 25 bp",
                           "FedWatch outcomes come in 25 bp steps")
        return float(dist.get(int(move_bp), 0.0))

    def conditional_frame(self) -> pd.DataFrame:
        """Meetings x target ranges (low to high): the probability of each range after each."""
        labels: dict[str, float] = {}
        for o in self.meetings:
            for k in o.offsets_bp:
                lab = range_label(self.current_lower + k / 100, self.current_upper + k / 100)
                labels[lab] = self.current_lower + k / 100
        cols = sorted(labels, key=labels.get)
        rows = {o.meeting: {c: o.ranges.get(c, 0.0) for c in cols} for o in self.meetings}
        frame = pd.DataFrame.from_dict(rows, orient="index", columns=cols)
        frame.index.name = "meeting"
        return frame

    def current_frame(self) -> pd.DataFrame:
        """Per meeting against today's range: cut / hold / hike, implied rate, likeliest range."""
        rows = []
        for o in self.meetings:
            likeliest = max(o.ranges.items(), key=lambda kv: kv[1])
            rows.append({"meeting": o.meeting, "contract": o.contract,
                         "implied_rate": o.implied_rate, "p_cut": o.p_cut, "p_hold": o.p_hold,
                         "p_hike": o.p_hike, "likeliest": likeliest[0],
                         "p_likeliest": likeliest[1]})
        return pd.DataFrame(rows).set_index("meeting")

    def to_frame(self, view: str = "conditional") -> pd.DataFrame:
        if view not in ("conditional", "current"):
            raise BadInput(f"unknown view {view!r}", "use conditional or current")
        return self.conditional_frame() if view == "conditional" else self.current_frame()

    @property
    def takeaway(self) -> str:
        if not self.meetings:
            return "No meetings priced."
        o = self.meetings[0]
        side = max(("cut", o.p_cut), ("hike", o.p_hike), key=lambda kv: kv[1])
        when = self.price_date.date() if self.price_date is not None else "the price date"
        return (f"On {when} fed funds futures priced a {side[1]:.1%} chance of a {side[0]} at the "
                f"{o.meeting.date()} FOMC meeting (hold {o.p_hold:.1%}) from {self.current_range}%.")


# -- the chain -------------------------------------------------------------------------------
def _chain(upcoming: Sequence[pd.Timestamp], meeting_months: set[str],
           avg: Mapping[str, float]) -> list[MeetingChain | None]:
    """Start/end rates per meeting (None where the prices given cannot pin it)."""
    out: list[MeetingChain | None] = [None] * len(upcoming)

    def make(k: int, method: str, anchor: str, start: float, end: float, amp: float,
             anchor_month: str | None = None) -> None:
        day = upcoming[k]
        m, n = meeting_split(day)
        mk = month_key(day)
        out[k] = MeetingChain(
            meeting=day, month=mk, contract=contract_code(mk), price=100 - avg[mk],
            days_before=m, days_in_month=n, method=method, anchor=anchor, anchor_month=anchor_month,
            start_rate=start,
            end_rate=end, move_bp=(end - start) * 100, amplification=amp)

    for k, day in enumerate(upcoming):
        mk = month_key(day)
        if mk not in avg:
            continue
        m, n = meeting_split(day)
        prev, nxt = shift_month(mk, -1), shift_month(mk, 1)
        if prev not in meeting_months and prev in avg:
            start = avg[prev]
            make(k, "forward", f"{month_label(prev)} average {avg[prev]:.4f}", start,
                 rate_after(avg[mk], start, m, n), n / (n - m), prev)
        elif nxt not in meeting_months and nxt in avg and m > 0:
            end = avg[nxt]
            make(k, "backward", f"{month_label(nxt)} average {avg[nxt]:.4f}",
                 rate_before(avg[mk], end, m, n), end, n / m, nxt)
    changed = True
    while changed:
        changed = False
        for k, day in enumerate(upcoming):
            mk = month_key(day)
            if out[k] is not None or mk not in avg:
                continue
            m, n = meeting_split(day)
            before = out[k - 1] if k > 0 else None
            after = out[k + 1] if k + 1 < len(upcoming) else None
            if before is not None and before.month == shift_month(mk, -1):
                start = before.end_rate
                make(k, "chained-forward", f"rate after the {before.meeting.date()} meeting",
                     start, rate_after(avg[mk], start, m, n), n / (n - m))
                changed = True
            elif after is not None and after.month == shift_month(mk, 1) and m > 0:
                end = after.start_rate
                make(k, "chained-backward", f"rate before the {after.meeting.date()} meeting",
                     rate_before(avg[mk], end, m, n), end, n / m)
                changed = True
    return out


def _needed(day: pd.Timestamp, meeting_months: set[str], first_month: str) -> list[str]:
    """The contract months that would pin a meeting: its own and an adjacent meeting-free one."""
    mk = month_key(day)
    prev, nxt = shift_month(mk, -1), shift_month(mk, 1)
    need = [mk]
    if prev not in meeting_months and prev >= first_month:
        need.append(prev)
    elif nxt not in meeting_months:
        need.append(nxt)
    return need


def fedwatch_from_prices(
    prices: Mapping[str, float], meetings: Iterable[DateLike],
    current_range: tuple[float, float], *, asof: DateLike | None = None,
    price_date: DateLike | None = None, n_meetings: int | None = None,
    tentative: Iterable[DateLike] = (), contracts: Mapping[str, str] | None = None,
) -> FedWatchResult:
    """Probabilities from a futures curve given as ``{"YYYY-MM": price}`` (no store needed).

    ``meetings`` is the FOMC calendar (every scheduled decision day; those before ``asof`` only
    tell which months have a meeting); ``current_range`` the target (lower, upper) in percent
    before the first meeting. ``n_meetings=None`` prices every meeting the curve covers.
    """
    lower, upper = (float(x) for x in current_range)
    if not (math.isfinite(lower) and math.isfinite(upper)) or lower < 0 or upper < lower:
        raise BadInput(f"current range {lower}-{upper} is not a target range",
                       "give (lower, upper) in percent with 0 <= lower <= upper")
    clean: dict[str, float] = {}
    for mk, price in prices.items():
        p = float(price)
        if not math.isfinite(p) or p <= 0 or p > 100:
            raise BadInput(f"price {price!r} for {mk} is outside (0, 100]",
                           "a fed funds futures price is 100 minus a rate in percent")
        clean[str(mk)] = p
    avg = {mk: 100.0 - p for mk, p in clean.items()}
    days = sorted({parse_date(d, what="meeting date") for d in meetings})
    months = [month_key(d) for d in days]
    if len(set(months)) != len(months):
        dup = next(m for m in months if months.count(m) > 1)
        raise BadInput(f"two FOMC meetings in {dup}", "give one scheduled meeting per month")
    meeting_months = set(months)
    start_day = parse_date(asof, what="as-of date") if asof is not None else None
    upcoming = [d for d in days if start_day is None or d >= start_day]
    if not upcoming:
        raise DataUnavailable(
            f"no scheduled FOMC meeting on or after {start_day.date() if start_day else ''}",
            "the FOMC calendar in the store ends on " + (str(days[-1].date()) if days else "?"))
    if n_meetings is not None:
        if n_meetings < 1:
            raise BadInput(f"--meetings {n_meetings} must be at least 1", "e.g. --meetings 4")
        if n_meetings > len(upcoming):
            raise BadInput(f"only {len(upcoming)} scheduled FOMC meetings follow the as-of date",
                           f"use --meetings {len(upcoming)} or fewer")
        upcoming = upcoming[:n_meetings]
    chain = _chain(upcoming, meeting_months, avg)
    first_month = month_key(start_day) if start_day is not None else min(avg, default="0000-00")
    used = chain if n_meetings is not None else _leading(chain)
    if not used or any(c is None for c in used):
        bad = upcoming[next(i for i, c in enumerate(chain) if c is None)]
        missing = [m for m in _needed(bad, meeting_months, first_month) if m not in avg]
        day = parse_date(price_date) if price_date is not None else bad
        if missing:
            raise missing_error(missing, day)
        raise DataUnavailable(
            f"cannot pin the {bad.date()} meeting: its neighbouring months both have meetings "
            "that the prices given cannot pin", "import the contracts of the months around it")
    chain_used: list[MeetingChain] = [c for c in used if c is not None]
    tentative_days = {parse_date(d) for d in tentative}
    floor = floor_steps(lower)
    tree = outcome_tree([move_distribution(c.start_rate, c.end_rate) for c in chain_used], floor)
    outlooks = []
    for c, dist in zip(chain_used, tree, strict=True):
        steps = move_distribution(c.start_rate, c.end_rate)
        offsets = {k * 25: p for k, p in dist.items()}
        ranges = {range_label(lower + k * STEP, upper + k * STEP): p for k, p in dist.items()}
        outlooks.append(MeetingOutlook(
            meeting=c.meeting, contract=(contracts or {}).get(c.month, c.contract),
            implied_rate=c.end_rate, moves_bp={k * 25: p for k, p in steps.items()},
            offsets_bp=offsets, ranges=ranges,
            p_cut=sum(p for k, p in dist.items() if k < 0), p_hold=dist.get(0, 0.0),
            p_hike=sum(p for k, p in dist.items() if k > 0),
            tentative=c.meeting in tentative_days))
    used_months = sorted({c.month for c in chain_used}
                         | {c.anchor_month for c in chain_used if c.anchor_month})
    warnings = [f"the {c.meeting.date()} meeting's {'end' if 'forward' in c.method else 'start'} "
                f"rate magnifies price errors {c.amplification:.0f}x (meeting on day "
                f"{c.days_before + 1} of {c.days_in_month})"
                for c in chain_used if c.amplification > AMPLIFICATION_WARN]
    tent = [str(o.meeting.date()) for o in outlooks if o.tentative]
    if tent:  # one note, not one per meeting
        warnings.append(f"meeting date{'s' if len(tent) > 1 else ''} {', '.join(tent)} "
                        f"{'are' if len(tent) > 1 else 'is'} tentative")
    return FedWatchResult(
        asof=start_day, price_date=parse_date(price_date) if price_date is not None else None,
        current_lower=lower, current_upper=upper, current_range=range_label(lower, upper),
        meetings=outlooks,
        evidence={
            "contracts": [{"month": m, "contract": (contracts or {}).get(m, contract_code(m)),
                           "price": clean[m], "implied_average": avg[m]} for m in used_months],
            "chain": chain_used,
        },
        provenance={
            "method": "CME FedWatch: implied average = 100 - price; meeting day counted after "
                      "(M = day - 1); anchored on a meeting-free month, forward first; 25 bp "
                      "steps split between the two nearest; meetings convolved; zero lower bound",
            "step_bp": 25,
        },
        warnings=warnings,
    )


def _leading(chain: Sequence[MeetingChain | None]) -> list[MeetingChain | None]:
    """The meetings up to the first one the curve cannot pin (at least the first, even if None)."""
    out: list[MeetingChain | None] = []
    for c in chain:
        if c is None:
            break
        out.append(c)
    return out or [None]


def fedwatch(asof: DateLike | None = None, meetings: int | None = None, *,
             store: Store | None = None) -> FedWatchResult:
    """FedWatch probabilities for the FOMC meetings from ``asof`` on, from the stored ZQ closes.

    ``asof`` defaults to the last futures date in the store; the prices used are those of the
    latest futures date on or before it. The current range is the target in force on the as-of
    date (:func:`capscope.fed.policy.target_range`; on a decision day, the range before it).
    ``meetings`` limits the number of meetings (default: every meeting the curve covers).
    """
    from capscope.data.series import table
    from capscope.fed._futures import curve_on
    from capscope.fed.policy import fed_asof, target_range

    fut = table("futures", store=store)
    asof_notes: list[str] = []
    if asof is not None:
        try:  # a weekend right after the data means its last session
            day, asof_notes = fed_asof(asof, store=store)
        except DataUnavailable:  # the futures check below names what is missing
            day = parse_date(asof, what="as-of date")
    else:
        day = pd.Timestamp(fut["date"].max())
    curve = curve_on(day, futures=fut)
    cal = table("fomc_meetings", store=store)
    sched = cal[cal["scheduled"].astype(bool)]
    dates = [pd.Timestamp(d) for d in sched["date"]]
    notes = sched["notes"].fillna("").astype(str)
    tentative = [pd.Timestamp(d) for d, n in zip(sched["date"], notes, strict=True)
                 if "tentative" in n.lower()]
    if dates and day > max(dates):
        raise DataUnavailable(f"no scheduled FOMC meeting after {day.date()} in the calendar",
                              f"the FOMC calendar ends on {max(dates).date()}")
    lower, upper = target_range(day, store=store)
    result = fedwatch_from_prices(curve.prices, dates, (lower, upper), asof=day,
                                  price_date=curve.date, n_meetings=meetings,
                                  tentative=tentative, contracts=curve.contracts)
    if curve.date != day:
        result.warnings.insert(0, f"no futures prices on {day.date()}; using those of "
                                  f"{curve.date.date()}")
    result.warnings[:0] = asof_notes
    if any(o.meeting == day for o in result.meetings):
        result.warnings.append(f"{day.date()} is an FOMC decision day: its closing prices may "
                               "already reflect the announcement")
    used = {e["month"] for e in result.evidence["contracts"]}
    stale = sorted(used & set(curve.no_volume))
    if stale:
        result.warnings.append(f"{len(stale)} contract(s) traded no volume on {curve.date.date()} "
                               f"({', '.join(stale[:3])}{'...' if len(stale) > 3 else ''}): "
                               "their prices are indicative")
    result.provenance.update({
        "futures": "fed funds futures (ZQ) closes in the store: " + "; ".join(curve.sources),
        "calendar": "fomc_meetings, scheduled decision days",
        "current_range": "FRED DFEDTAR / DFEDTARL-DFEDTARU via capscope.fed.policy.target_range",
    })
    return result


__all__ = ["STEP", "FedWatchResult", "MeetingChain", "MeetingOutlook", "fedwatch",
           "fedwatch_from_prices", "floor_steps", "meeting_split", "move_distribution",
           "outcome_tree", "range_label", "rate_after", "rate_before"]
