"""The report's Fed sections: the target, the cycle, past first cuts, rate expectations.

Like the market sections, these call ``capscope.fed`` with ``on=ctx.asof`` and only word and
arrange what comes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from capscope.report._format import day, num, optional, pct

if TYPE_CHECKING:
    from capscope.report.build import Context, Section


def fed(ctx: Context, sec: Section) -> None:
    """Target range, where the cycle stands, and small vs large after past first cuts."""
    from capscope.fed.cycles import cycles
    from capscope.fed.policy import decisions, target_range

    on = ctx.asof
    lower, upper = target_range(on)
    moves = decisions(on)
    last = moves.iloc[-1] if not moves.empty else None
    rng = f"{lower:.2f}-{upper:.2f}%" if lower != upper else f"{upper:.2f}%"
    sec.rows.append(("target range", rng))
    sec.numbers["target"] = {"lower": lower, "upper": upper}
    if last is not None:
        sec.rows.append(("last change", f"{day(last['announced'])}: {last['change_bp']:+g} bp "
                                        f"to {last['target']}%"))
        sec.numbers["last_decision"] = {"announced": last["announced"],
                                        "change_bp": float(last["change_bp"]),
                                        "target": last["target"]}
    found = cycles(on)
    cyc = found[-1] if found else None
    status = ""
    if cyc is not None:
        days_since = int((on - cyc.first_move).days)
        kind = "easing" if cyc.direction == "easing" else "tightening"
        state = "in progress" if cyc.ongoing else "over"
        sec.rows.append(("cycle", cyc.describe()))
        sec.rows.append((f"days since the first {'cut' if kind == 'easing' else 'hike'}",
                         f"{days_since} ({day(cyc.first_move)})"))
        sec.numbers["cycle"] = {"direction": cyc.direction, "first_move": cyc.first_move,
                                "last_move": cyc.last_move, "n_moves": cyc.n_moves,
                                "total_bp": cyc.total_bp, "ongoing": cyc.ongoing,
                                "days_since_first_move": days_since}
        status = (f"the {kind} cycle that began {day(cyc.first_move)} is {state}: "
                  f"{cyc.n_moves} moves, {cyc.total_bp:+g} bp, {days_since} days in")
    study = optional(sec, "cycle study", lambda: _first_cut_study(ctx))
    study_text = ""
    if study is not None:
        sec.table = _study_table(study)
        sec.numbers["first_cut_study"] = {"summary": study.summary, "n_events": study.n_events}
        sec.warnings.extend(study.warnings)
        current = (str(cyc.first_move.date()) if cyc is not None and cyc.direction == "easing"
                   and cyc.ongoing else None)
        sec.charts["cycle_paths"] = _study_paths(study)
        sec.charts["current_cycle"] = current
        study_text = " After past first cuts: " + study.takeaway
    long_view = optional(sec, "long view (Fama-French size deciles)",
                          lambda: _first_cut_study(ctx, proxy="ff"))
    if long_view is not None:
        sec.rows.append(("since 1954 (size deciles)", long_view.takeaway))
        sec.numbers["first_cut_study_ff"] = {"summary": long_view.summary,
                                             "n_events": long_view.n_events}
    sec.takeaway = (f"Fed funds target {rng} on {day(on)}"
                    + (f"; {status}." if status else ".") + study_text)


def _first_cut_study(ctx: Context, proxy: str | None = None) -> Any:
    """Small vs large after every first cut known at the as-of date (``proxy="ff"``: the
    Fama-French smallest vs largest size decile, which reaches back to the 1954 cycle)."""
    from capscope.fed.study import cycle_study

    return cycle_study("first-cut", ctx.a, ctx.b, on=ctx.asof, proxy=proxy)


def _study_table(study: Any) -> pd.DataFrame:
    s = study.summary
    return pd.DataFrame({
        "horizon": s["horizon"], "cycles": s["n"].astype(int),
        f"{study.a} mean": s["mean_a"].map(pct), f"{study.b} mean": s["mean_b"].map(pct),
        "mean diff (pp)": s["mean_diff"].map(lambda x: num(x, 1)),
        "median diff (pp)": s["median_diff"].map(lambda x: num(x, 1)),
        f"{study.a} beat {study.b}": [f"{int(w)} of {int(n)}" for w, n in zip(s["wins"], s["n"],
                                                                               strict=True)],
    }).set_index("horizon")


def _study_paths(study: Any) -> pd.DataFrame:
    """Each event's a-minus-b difference at each horizon: rows horizons, columns events."""
    ev = study.events
    ev = ev[ev["complete"].astype(bool)]
    frame = ev.pivot_table(index="horizon", columns="event", values="diff", aggfunc="first")
    order = [h for h in study.horizons if h in frame.index]
    frame = frame.reindex(order)
    frame.columns = [str(pd.Timestamp(c).date()) for c in frame.columns]
    start = pd.DataFrame([[0.0] * frame.shape[1]], columns=frame.columns, index=["0"])
    out = pd.concat([start, frame])
    out.index.name = "horizon"
    return out


# ----------------------------------------------------------------------------- expectations


def expectations(ctx: Context, sec: Section) -> None:
    """FedWatch-style probabilities from fed funds futures on the as-of date."""
    from capscope.fed.fedwatch import fedwatch

    fw = fedwatch(ctx.asof, meetings=6)
    frame = fw.current_frame()
    if frame.empty:
        from capscope.errors import DataUnavailable

        raise DataUnavailable(f"no FOMC meetings priced on {day(ctx.asof)}",
                              "futures in the store do not cover this date")
    show = pd.DataFrame({
        "P(cut)": frame["p_cut"].map(lambda x: f"{x:.1%}"),
        "P(hold)": frame["p_hold"].map(lambda x: f"{x:.1%}"),
        "P(hike)": frame["p_hike"].map(lambda x: f"{x:.1%}"),
        "likeliest range": frame["likeliest"],
        "its probability": frame["p_likeliest"].map(lambda x: f"{x:.1%}"),
        "implied rate": frame["implied_rate"].map(lambda x: f"{x:.3f}%"),
    }, index=[day(d) for d in frame.index])
    show.index.name = "meeting"
    sec.table = show
    sec.rows.append(("futures prices of", day(fw.price_date)))
    sec.rows.append(("current range", f"{fw.current_range}%"))
    sec.numbers["meetings"] = frame
    sec.warnings.extend(fw.warnings)
    sec.takeaway = fw.takeaway
