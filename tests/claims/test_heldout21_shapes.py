"""The shapes behind the false alarms of the twenty-first held-back corpora (measured once at
b8f1ea3, then fixed by rule), each on an invented passage with values read off the rows or
the FOMC table."""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _verdicts(text: str, day: dt.date) -> dict[str, str]:
    return {i.claim.text: i.verdict.value for i in check_text(text, day).items}


def test_a_discount_rate_cut_is_not_the_fomcs_target():
    # the FOMC table: no change of the federal funds target on 2007-08-17 (the discount rate was cut)
    got = _verdicts("Before the open this morning the Fed approved a half-percentage point cut in its discount rate on loans "
                    "to banks.", dt.date(2007, 8, 17))
    assert "contradicted" not in got.values()
    # named beside the federal funds rate, the target is still read
    both = _verdicts("The Fed cut its benchmark federal funds rate by 0.75 percentage point to 3.50 percent and "
                     "the discount rate to 4 percent.", dt.date(2008, 1, 22))
    assert "supported" in both.values()


def test_a_level_at_the_sessions_low_point_is_not_its_close():
    # off the rows: on 1998-10-08 the Dow traded below 7,500 and closed at 7,731.91
    dji = capscope.bars("DJI").loc["1998-10-08"]
    assert dji["low"] < 7500 < dji["close"]
    got = _verdicts("On Oct. 8 the Dow fell to 7,467.49 at its low point for the day, before rebounding by the "
                    "close.", dt.date(1998, 11, 19))
    assert got["fell to 7,467.49"] != "contradicted"
