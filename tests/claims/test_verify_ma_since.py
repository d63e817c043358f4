""""Closed above its 200-day moving average for the first time since March": the last close on
that side before the current run, against the named period.

Hand-checked rows of RUT (bundled data, 200-session simple mean of closes):

* 2025-02-20 close 2,261.74, average 2,201.13: above.
* 2025-02-21 close 2,195.35, average 2,201.93: below, and below on every session to 2025-06-27
  (close 2,172.53, average 2,174.26).
* 2025-06-30 close 2,175.04, average 2,174.64: above, the first close above since 2025-02-20.

So on 2025-06-30 "for the first time since February" is supported, "since March" understates the
gap (the last close above was in February: imprecise) and "since January" is contradicted (it
was above as recently as February 20).
"""

from __future__ import annotations

import pandas as pd
import pytest

import capscope
from capscope.claims.check import check_text
from capscope.claims.model import ClaimKind, Verdict
from capscope.stats.levels import moving_average


def _previous_same_side(sym: str, window: int, on: str) -> pd.Timestamp | None:
    """pandas alone: the last session before the current run that closed on the run's side."""
    s = capscope.series(sym)[:on]
    avg = s.rolling(window).mean()
    side = (s > avg)[avg.notna()]
    now = bool(side.iloc[-1])
    flips = side.index[1:][side.to_numpy()[1:] != side.to_numpy()[:-1]]
    if len(flips) == 0:
        return None
    earlier = side[:flips[-1]].iloc[:-1]  # sessions before the current run
    same = earlier[earlier == now]
    return same.index[-1] if len(same) else None


def test_hand_checked_rut_cross_above_on_2025_06_30(store):
    r = moving_average("RUT", 200, "2025-06-30")
    assert r.above and r.crossed_today
    assert r.close == pytest.approx(2175.04) and r.average == pytest.approx(2174.64, abs=0.005)
    assert r.previous_same_side == pd.Timestamp("2025-02-20")
    later = moving_average("RUT", 200, "2025-07-02")  # the same run, two sessions on
    assert later.side_since == pd.Timestamp("2025-06-30")
    assert later.previous_same_side == pd.Timestamp("2025-02-20")


@pytest.mark.parametrize(("sym", "window", "on"), [
    ("RUT", 200, "2025-06-30"), ("RUT", 200, "2025-03-10"), ("SPX", 200, "2025-03-10"),
    ("SPX", 200, "2025-05-14"), ("RUT", 50, "2020-03-20"), ("RUT", 200, "1988-06-23"),
    ("RUT", 20, "1988-01-15")])
def test_previous_same_side_matches_pandas(store, sym, window, on):
    assert moving_average(sym, window, on).previous_same_side == _previous_same_side(sym, window, on)


def test_no_earlier_run_on_the_side_is_none(store):
    # the first average's session: no cross yet, so no earlier run on either side
    assert moving_average("RUT", 200, "1988-06-23").previous_same_side is None


def _ma_items(text: str, pub: str):
    return [i for i in check_text(text, published=pub).items
            if i.checked.claim.kind is ClaimKind.PRICE_LEVEL]


SENT = "The Russell 2000 closed above its 200-day moving average for the first time since {}."


@pytest.mark.parametrize(("month", "verdict", "words"), [
    ("February", Verdict.SUPPORTED, "last matched on 2025-02-20, inside"),
    ("March", Verdict.IMPRECISE, "last matched on 2025-02-20, before"),
    ("January", Verdict.CONTRADICTED, "as recently as 2025-02-20, after")])
def test_first_time_since_against_the_previous_close_above(store, month, verdict, words):
    (item,) = _ma_items(SENT.format(month), "2025-06-30")
    assert item.resolved.since is not None and item.resolved.since.label == f"since {month}"
    assert item.verdict is verdict
    assert words in item.checked.explanation
    assert "crossed above it that session" in item.checked.explanation


def test_first_close_above_since_before_the_average(store):
    (item,) = _ma_items("The Russell 2000 posted its first close above its 200-day moving "
                        "average since February.", "2025-06-30")
    assert item.checked.claim.since is not None and item.verdict is Verdict.SUPPORTED


def test_since_without_first_is_not_a_first(store):
    # "has stayed above ... since February" is a stay on one side, not a first cross: the
    # Russell 2000 closed below its 200-day average in April 2025 (computed here), so it fails
    import capscope

    close = capscope.bars("RUT")["close"].dropna()
    ma = close.rolling(200).mean()
    assert (close < ma).loc["2025-04-01":"2025-04-30"].any()
    (item,) = _ma_items("The Russell 2000 has stayed above its 200-day moving average since "
                        "February.", "2025-06-30")
    assert item.checked.claim.details.get("held_since")
    assert "last matched" not in item.checked.explanation  # no first-cross reading
    assert item.verdict is Verdict.CONTRADICTED


def test_wrong_side_is_contradicted_without_a_since_reading(store):
    (item,) = _ma_items("The Russell 2000 closed below its 200-day moving average for the first "
                        "time since February.", "2025-06-30")
    assert item.verdict is Verdict.CONTRADICTED
    assert "last matched" not in item.checked.explanation


def test_a_stay_on_one_side_since_a_time():
    # 2024-11-06: the Russell 2000 had closed above its 200-day average on every session since
    # 2023-12-01 (computed here from the closes), so it "has held above" it since the start of
    # 2024, but not since the start of 2023
    import datetime as dt

    import capscope
    from capscope.claims.check import check_text

    close = capscope.bars("RUT")["close"].dropna()
    ma = close.rolling(200).mean()
    above = (close > ma).loc[:"2024-11-06"]
    start = above[~above].index[-1]  # the last close below before the current run
    assert start < dt.datetime(2024, 1, 1) and above.loc["2024-01-01":].all()
    text = "The Russell 2000 has held above its 200-day moving average since the start of {}."
    got = {it.claim.text: it.verdict.value
           for it in check_text(text.format("this year"), dt.date(2024, 11, 6)).items}
    assert got["above its 200-day moving average since the start of this year"] == "supported"
    assert not above.loc["2023-01-01":].all()
    got = {it.claim.text: it.verdict.value
           for it in check_text(text.format("2023"), dt.date(2024, 11, 6)).items}
    assert got["above its 200-day moving average since the start of 2023"] == "contradicted"
