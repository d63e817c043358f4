"""A change from a base the words name by its level and its day: "up 3.94% from the Inauguration
Day close of 3851.85 on Wednesday, Jan 20, 2021" runs from that day's close to the article's day;
the day is not the move's. The expected change is computed here from the stored closes, and the
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
