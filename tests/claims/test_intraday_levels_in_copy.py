"""A session's extreme stated as a level, in the shapes copy writes it: "as high as" after any verb
or none ("The NDX was as high as ...", "rising as high as ... and as low as ..."), a level placed
inside the session ("peaking at ... during the session", "reached ... at its high on Thursday"),
and the intraday record written "intra-day record" or "intraday all-time high".

Every expected level is read here from the stored bars; each is also moved past the session's
range, where it must not be borne out.
"""

from __future__ import annotations

import pandas as pd
import pytest
from verify_kit import checked_of

import capscope


def _levels(text: str, published: str) -> list[tuple[str, str, str]]:
    return checked_of(text, published, "close_level")


def _bar(sym: str, day: str) -> pd.Series:
    return capscope.bars(sym).loc[pd.Timestamp(day)]


@pytest.mark.parametrize("sym, day, words, side", [
    ("VIX", "2010-05-20", "The VIX jumped 31% after surging as high as {x:.2f} earlier in the session.", "high"),
    ("NDX", "2014-12-11", "The NDX was as high as {x:.2f}, briefly back above its 20-day moving average.", "high"),
    ("DJI", "2024-07-12", "The Dow closed higher after peaking at {x:,.2f} during the session.", "high"),
    ("SPX", "2023-12-28", "The S&P 500 reached {x:,.2f} at its high on {wd}, but backed off by the close.", "high"),
    ("DJI", "2004-06-30", "The Dow swung widely, falling to {x:,.2f} during the session before recovering.", "low"),
    # an extreme with no window named is the session's: "climbed to a high of", "plunged to a low
    # at ... before closing at", "after trading between a high of", "an intra-session low of"
    ("SPX", "2013-05-22", "The S&P 500 climbed to a high of {x:,.2f} on {wd} before Bernanke spoke.", "high"),
    ("RUT", "2025-10-15", "On {wd} the Russell 2000 plunged to a low at {x:.2f} before recovering.", "low"),
    ("DJI", "2013-11-21", "The Dow rose 109.17 points after trading between a high of {x:,.2f} and the open.", "high"),
    ("DJI", "2018-10-29", "The Dow had been down sharply, to an intra-session low of {x:,.2f}.", "low"),
])
def test_a_session_extreme_stated_as_a_level(sym, day, words, side):
    bar = _bar(sym, day)
    x = float(bar[side])
    assert float(bar["low"]) <= float(bar["close"]) <= float(bar["high"]) and x != float(bar["close"])
    wd = pd.Timestamp(day).day_name()
    got = _levels(words.format(x=x, wd=wd), day)
    assert [v for _, v, _ in got] == ["supported"] and f"intraday {side}" in got[0][2], got
    beyond = x * (1.03 if side == "high" else 0.97)  # outside the session's range
    got = _levels(words.format(x=beyond, wd=wd), day)
    assert got and got[0][1] != "supported", got


def test_a_range_as_high_as_and_as_low_as():
    bar = _bar("DJI", "2004-06-30")
    hi, lo = float(bar["high"]), float(bar["low"])
    text = (f"The Dow gained 22.05 points after a day in which it swung {hi - lo:.2f} points, rising as high as "
            f"{hi:,.2f} and as low as {lo:,.2f}.")
    got = _levels(text, "2004-06-30")
    assert [v for _, v, _ in got] == ["supported", "supported"], got
    assert "intraday high" in got[0][2] and "intraday low" in got[1][2], got


@pytest.mark.parametrize("words", ["having earlier also set a new intra-day record of {x:,.2f}",
                                   "after reaching an intraday all-time high of {x:,.2f}"])
def test_the_intraday_record_however_it_is_spelled(words):
    bars = capscope.bars("DJI")
    day = pd.Timestamp("2006-10-03")
    x = float(bars.loc[day, "high"])
    assert x > float(bars.loc[:day - pd.Timedelta(days=1), "high"].max())  # a record high that day
    text = f"The Dow ended the day up 56.99 points at 11,727.34, {words.format(x=x)}."
    got = [g for g in _levels(text, "2006-10-03") if "record intraday high" in g[2]]
    assert [v for _, v, _ in got] == ["supported"], got
    got = [g for g in _levels(f"The Dow ended the day up 56.99 points at 11,727.34, {words.format(x=x + 300)}.",
                              "2006-10-03") if "record intraday high" in g[2]]
    assert got and got[0][1] != "supported", got


@pytest.mark.parametrize("shift", [1.0, 1.03])
def test_a_move_to_a_level_the_words_then_give_another_close_for(shift):
    # 2008-09-29, off the rows: the VIX rose to its session high and closed lower; "jumped 39
    # percent to 48.40 ..., and was at 46.72 at the close" names the high, the move to it and the close
    bars = capscope.bars("VIX")
    i = bars.index.get_loc(pd.Timestamp("2008-09-29"))
    prev, bar = float(bars["close"].iloc[i - 1]), bars.iloc[i]
    high, close = float(bar["high"]) * shift, float(bar["close"])
    assert high > close
    text = (f"The VIX jumped {(high / prev - 1) * 100:.0f} percent to {high:.2f}, a nearly six-year high, and was "
            f"at {close:.2f} at the close.")
    got = {c: v for c, v, _ in checked_of(text, "2008-09-29", "close_level")}
    assert got[f"was at {close:.2f}"] == "supported", got
    assert (got[f"to {high:.2f}"] == "supported") is (shift == 1.0), got


@pytest.mark.parametrize("below, verdict", [(0.997, "imprecise"), (0.95, "contradicted")])
def test_a_level_just_past_the_sessions_range_is_imprecise_not_refuted(below, verdict):
    # 2025-08-13, off the rows: in midday coverage a level 0.3% under the session's low is a price
    # taken during it and slightly off; 5% under it, the close refutes it ("hovering close to its
    # peak" is near the peak, not the close)
    bar = _bar("DJI", "2025-08-13")
    level = float(bar["low"]) * below
    assert abs(level / float(bar["close"]) - 1) > 0.01  # (beyond a level's band from the close itself)
    text = (f"US stocks edged up in midday trading on Wednesday. The Dow Jones Industrial Average climbed 0.8% "
            f"to {level:,.1f}, hovering close to its peak.")
    got = _levels(text, "2025-08-13")
    assert [v for _, v, _ in got] == [verdict], got
