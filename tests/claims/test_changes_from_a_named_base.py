"""A change from a base the words name by its level and its day: "up 3.94% from the Inauguration
Day close of 3851.85 on Wednesday, Jan 20, 2021" runs from that day's close to the article's day;
the day is not the move's; "23.40% above the Election Day close of 27480.03 on Tuesday, Nov. 3,
2020", with an event's name before the close, is the same change, and "down 4.12% from 52 weeks ago"
runs from the close that long before. The expected change is computed here from the stored closes, and the
sentence is also written with it moved, where it must not be borne out.
"""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def test_a_change_from_a_base_named_by_its_level_and_day():
    # "up X% from the Inauguration Day close of L on Wednesday, Jan 20, 2021": from that day's
    # close to the article's day (off the rows), not a move on the day the words name
    close = capscope.bars("SPX")["close"]
    base, now = float(close.loc["2021-01-20"]), float(close.loc["2022-11-22"])
    pct = (now / base - 1) * 100
    text = (f"The S&P 500 is up 4% on the week, and up {pct:.2f}% from the Inauguration Day close of "
            f"{base:.2f} on Wednesday, Jan 20, 2021.")
    report = check_text(text, dt.date(2022, 11, 22))
    got = [(i.claim.text, i.verdict.value) for i in report.items if f"{pct:.2f}" in i.claim.text]
    assert got == [(f"up {pct:.2f}%", "supported")], got
    moved = check_text(text.replace(f"{pct:.2f}%", f"{pct + 2:.2f}%"), dt.date(2022, 11, 22))
    assert [i.verdict.value for i in moved.items if f"{pct + 2:.2f}" in i.claim.text] != ["supported"]


def test_above_a_close_named_by_its_level_and_full_date():
    # Dow Jones's data-talk list: "X% above the Election Day close of L on Tuesday, Nov. 3, 2020":
    # the change from that close (off the rows), not the record distance the list opens with
    close = capscope.bars("DJI")["close"]
    base, now = float(close.loc["2020-11-03"]), float(close.loc["2023-01-17"])
    pct = (now / base - 1) * 100
    text = (f"The Dow stands {pct:.2f}% above the Election Day close of {base:.2f} on Tuesday, Nov. 3, 2020, "
            "and 7.85% under its record close of 36799.65 from Tuesday, Jan. 4, 2022.")
    report = check_text(text, dt.date(2023, 1, 17))
    got = [(i.claim.kind.value, i.verdict.value) for i in report.items if i.claim.text.startswith(f"{pct:.2f}")]
    assert got == [("period_return", "supported")], got
    assert any(i.claim.kind.value == "distance_from_record" for i in report.items)  # the record's stays a distance
    moved = check_text(text.replace(f"{pct:.2f}%", f"{pct - 3:.2f}%"), dt.date(2023, 1, 17))
    assert [i.verdict.value for i in moved.items if i.claim.text.startswith(f"{pct - 3:.2f}")] != ["supported"]


def test_from_n_weeks_ago_is_the_trailing_change():
    # "down X% from 52 weeks ago" on 2023-01-17: from the close 52 weeks before, 2022-01-18 (off the rows)
    close = capscope.bars("DJI")["close"]
    base, now = float(close.loc["2022-01-18"]), float(close.loc["2023-01-17"])
    pct = (1 - now / base) * 100
    report = check_text(f"The Dow is down {pct:.2f}% from 52 weeks ago.", dt.date(2023, 1, 17))
    got = [(i.claim.kind.value, i.verdict.value, i.checked.explanation) for i in report.items]
    assert [(k, v) for k, v, _ in got] == [("period_return", "supported")] and "2022-01-18" in got[0][2], got
    moved = check_text(f"The Dow is down {pct + 2:.2f}% from 52 weeks ago.", dt.date(2023, 1, 17))
    assert [i.verdict.value for i in moved.items] != ["supported"]
