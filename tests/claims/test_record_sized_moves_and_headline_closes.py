"""Three shapes of wire copy: a move sized as a record ("the Dow soared a record 380.53 points,
or 4.98 percent, to 8,020.78"), a headline's present-tense close ("Dow closes at 13,540, highest
since '07") and a close stated as flat ("The S&P 500 was off 0.71 points, nearly flat at
4,566.75").

The figures are read here off the stored closes of the session (points and percent from the
close before); each passage is also written with a figure the data refute.
"""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _session(symbol: str, day: str) -> tuple[float, float, float]:
    close = capscope.bars(symbol)["close"]
    prev = close.loc[:day].iloc[-2]
    now = close.loc[day]
    return now - prev, (now / prev - 1) * 100, now


def _verdicts(text: str, day: str) -> dict[str, str]:
    return {i.claim.text: i.verdict.value for i in check_text(text, dt.date.fromisoformat(day)).items}


def test_a_move_sized_as_a_record_is_the_days_move():
    points, pct, level = _session("DJI", "1998-09-08")
    text = ("NEW YORK, Sept. 8, 1998 -- After Alan Greenspan hinted that a rate cut was possible, the Dow soared "
            "a record {p:.2f} points, or {q:.2f} percent, to {c:,.2f}.")
    got = _verdicts(text.format(p=points, q=pct, c=level), "1998-09-08")
    assert sorted(got.values()) == ["supported"] * 3, got
    assert any(t.startswith("soared a record") for t in got), got
    got = _verdicts(text.format(p=points + 60, q=pct + 0.8, c=level + 60), "1998-09-08")
    assert "supported" not in got.values() and got, got


def test_a_headline_close_in_the_present_tense():
    _, _, level = _session("DJI", "2012-09-13")
    text = "Dow closes at {c:,.0f}, highest since '07. The stock market staged a huge rally Thursday."
    got = _verdicts(text.format(c=level), "2012-09-13")
    assert got.get(f"closes at {level:,.0f}") == "supported", got
    got = _verdicts(text.format(c=level - 400), "2012-09-13")
    assert got.get(f"closes at {level - 400:,.0f}") in ("contradicted", "imprecise"), got


def test_a_close_stated_as_flat():
    points, _, level = _session("SPX", "2023-07-26")
    assert abs(points) < 1
    text = "The Dow rose for a 13th day. The S&P 500 was off {p:.2f} points, nearly flat at {c:,.2f}."
    got = _verdicts(text.format(p=abs(points), c=level), "2023-07-26")
    assert got.get(f", nearly flat at {level:,.2f}") == "supported", got
    got = _verdicts(text.format(p=abs(points), c=level + 45), "2023-07-26")
    assert got.get(f", nearly flat at {level + 45:,.2f}") in ("contradicted", "imprecise"), got


def test_a_close_at_a_record_named_between_the_move_and_its_level():
    # "to rise to a record 36,488.63", "soaring to a record 5,048.62 on March 10", "landing at 40,608.45"
    for symbol, day, published, text in (
            ("DJI", "2021-12-29", "2021-12-29", "The Dow gained for the sixth straight day, closing up 90.42 points, "
                                                "or 0.25%, to rise to a record {c:,.2f}."),
            ("IXIC", "2000-03-10", "2000-12-31", "The Nasdaq powered ahead in the first months of 2000, soaring to a "
                                                 "record {c:,.2f} on March 10."),
            ("DJI", "2025-04-09", "2025-04-09", "The Dow had leapt 2,962.86 points, landing at {c:,.2f}.")):
        close = capscope.bars(symbol)["close"].loc[day]
        got = [v for t, v in _verdicts(text.format(c=close), published).items() if f"{close:,.2f}" in t]
        assert got == ["supported"], (text, got)
        got = [v for t, v in _verdicts(text.format(c=close + 250), published).items() if f"{close + 250:,.2f}" in t]
        assert got and got[0] != "supported", (text, got)
