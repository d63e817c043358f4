"""Shared rule texts and the claim constructor for the spec files."""
IMP = "; imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures (<= 1% for index levels, <= 20% for point changes and counts); otherwise contradicted"
R_INT = "unhedged integer: |true-claim| <= 0.5"
R_1DP = "unhedged 1-decimal figure: |true-claim| <= 0.05 + 0.02"
R_2DP = "unhedged 2-decimal figure: |true-claim| <= 0.005 + 0.02"
R_LVL = "index level to 2 dp: |true-claim| <= 0.025"
R_ABOUT = "about/around/roughly/approximately: within one unit of the last stated digit (+0.02)"
R_NEARLY = "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit"
R_MORE = "more than/over/above: true > claim"
R_LESS = "less than/under: true < claim"
R_ASMUCH = "as much as / as high as (a session extreme): within one unit of the last stated digit"
R_SINCE = "highest/lowest/first since X: X must be the last session with a value at least as extreme, or the first session after it; a later X is imprecise, an earlier X contradicted"
R_BIG = "biggest/best/worst since X: X must be the last day (week) with a move at least as large"
R_REC = "record: above every earlier close in the file"
R_RANK = "ranks count all daily moves in the file up to that day"
R_COUNT = "streaks and counts use daily (weekly) closes; counts are integers: |true-claim| <= 0.5"
R_LEVEL_CROSS = "level crossing: judged on closes (intraday when the text speaks of trading/reaching a level)"
R_DATE = "dates: the stated date must be the date in the file"
R_U_NOFILE = "unverifiable: series not in the files"
R_U_TR = "unverifiable: a total-return figure where only a price index exists (or an index not in the files)"
R_U_MID = "mid-session figure: unverifiable unless outside the session's low-high range"
R_U_WIN = "unverifiable: the as-of session is not stated and no close reproduces the figures; mid-session values inside the session's range"
R_F = "forecast: a projection or target; never judged against what happened"
R_N = "not_checkable: quoted opinion, generic statement or rule of thumb"
R_ARITH = "relation between two computed figures, judged on the closes"


def C(ticker, metric, value, unit, ref_date, expr, verdict, rule, note, anchor, qualifier=None, window=None,
      comparison=None, basis="close", dec=2, detail=""):
    return dict(index_or_ticker=ticker, metric=metric, value=value, unit=unit, qualifier=qualifier,
                ref_date=ref_date, window=window, comparison=comparison, basis=basis, expr=expr, dec=dec,
                verdict=verdict, rule=rule, note=note, anchor=anchor, detail=detail)
