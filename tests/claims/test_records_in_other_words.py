"""A record in other words: "its highest daily close ever", "hit its highest level ever" (a close
or a session's high), "climbed to fresh highs".

Whether a day was a record is found here by brute force over the stored bars.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
from verify_kit import checked_of

import capscope


def _records(text: str, published: str) -> list[tuple[str, str]]:
    return [(w, v) for w, v, _ in checked_of(text, published, "record")]


def _record_close(sym: str, day: str) -> bool:
    closes = capscope.bars(sym)["close"].loc[:day]
    return bool(closes.iloc[-1] > closes.iloc[:-1].max()) and closes.index[-1] == pd.Timestamp(day)


def test_its_highest_daily_close_ever():
    assert _record_close("SPX", "2025-09-04") and not _record_close("SPX", "2025-09-05")
    text = "S&P 500: the index finished at 6,502, its highest daily close ever."
    assert _records(text, "2025-09-04") == [("its highest daily close ever", "supported")]
    # a later day when neither that close nor the one before it was a record (the story may speak
    # of the last close)
    closes = capscope.bars("SPX")["close"].loc["2025-09-05":]
    quiet = next(d for d, prev in zip(closes.index[1:], closes.index[:-1], strict=False)
                 if not _record_close("SPX", d.date().isoformat()) and not _record_close("SPX", prev.date().isoformat()))
    got = _records(text.replace("6,502", f"{closes[quiet]:,.0f}"), quiet.date().isoformat())
    assert got and got[0][1] != "supported", (quiet, got)


def test_its_highest_level_ever_is_a_close_or_a_high():
    bars = capscope.bars("DJI")
    assert _record_close("DJI", "2006-10-16")
    got = _records("The Dow hit its highest level ever and finished at a record close.", "2006-10-16")
    assert [v for _, v in got] == ["supported", "supported"], got
    # a day that was neither a record close nor a record high
    quiet = pd.Timestamp("2006-09-01")
    assert bars.loc[quiet, "high"] < bars.loc[:quiet - pd.Timedelta(days=1), "high"].max()
    got = _records("The Dow hit its highest level ever.", "2006-09-01")
    assert got and got[0][1] != "supported", got


def test_fresh_highs_for_two_indexes():
    assert _record_close("SPX", "2025-10-03")
    got = _records("The S&P 500 and Nasdaq climbed to fresh highs on broad demand.", "2025-10-03")
    assert [v for _, v in got] == ["supported", "supported"], got


def test_a_record_in_the_present_perfect_after_a_fall_today():
    # 2024-02-09, off the rows: the Dow fell that day, after a record close on 2024-02-08; "is down
    # today but has also moved to new all-time high closing levels" is the record of the days before
    from capscope.claims.check import check_text

    close = capscope.bars("DJI")["close"]
    assert close.loc["2024-02-09"] < close.loc["2024-02-08"] == close.loc[:"2024-02-08"].max()
    text = "The Dow industrial average is down -0.18% today but has also moved to new all-time high closing levels."
    got = [i.verdict.value for i in check_text(text, dt.date(2024, 2, 9)).items if i.claim.kind.value == "record"]
    assert got == ["supported"], got
    # a week with no record close at all: still no record
    assert close.loc["2024-04-22":"2024-04-26"].max() < close.loc[:"2024-04-19"].max()
    got = [i.verdict.value for i in check_text(text, dt.date(2024, 4, 26)).items if i.claim.kind.value == "record"]
    assert got and got != ["supported"], got


def test_zero_record_closes_is_no_record_claim():
    from capscope.claims.check import check_text

    report = check_text("The Nasdaq Composite has zero record closes so far this year.", dt.date(2026, 1, 22))
    assert not [i for i in report.items if i.verdict.value == "contradicted"], [
        (i.claim.text, i.verdict.value) for i in report.items]
