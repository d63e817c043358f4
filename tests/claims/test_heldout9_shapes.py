"""The shapes behind the false alarms of the ninth held-back corpus (measured once, then fixed
by rule), each on an invented passage with values read off the rows."""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _verdicts(text: str, day: dt.date) -> dict[str, str]:
    return {i.claim.text: i.verdict.value for i in check_text(text, day).items}


def test_a_rank_with_no_unit_may_be_of_the_points_the_sentence_gives():
    # 1999-09-23, off the rows (the Nasdaq's data begin 1971-02-05): -108.33 points, three larger
    # point losses before it; -3.79%, twenty larger percent losses
    ixic = capscope.bars("IXIC")["close"]
    points, pct = ixic.diff(), ixic.pct_change() * 100
    assert round(points["1999-09-23"], 2) == -108.33 and (points[:"1999-09-22"] < points["1999-09-23"]).sum() == 3
    assert (pct[:"1999-09-22"] < pct["1999-09-23"]).sum() == 20
    day = dt.date(1999, 9, 24)
    got = _verdicts("The Nasdaq composite index tumbled 108.33, or 3.8 percent, to 2,749.83 on Thursday, its "
                    "fourth-biggest decline.", day)
    assert got["fourth-biggest decline"] == "supported"
    # in percent, said so or with no points in the sentence, it is not the fourth
    got = _verdicts("The Nasdaq composite index tumbled 3.8 percent on Thursday, its fourth-biggest decline.", day)
    assert got["fourth-biggest decline"] == "contradicted"


def test_a_close_cut_off_at_its_digits_follows_its_moves_session():
    # 2025-10-23, off the rows: the Dow closed at 46,734.61 (47,207.12 on 10-24, the story's date)
    dji = capscope.bars("DJI")["close"]
    assert round(dji["2025-10-23"], 2) == 46734.61 and round(dji["2025-10-24"], 2) == 47207.12
    got = _verdicts("The Dow Jones rose 0.3 percent, to 46,734.", dt.date(2025, 10, 24))
    assert got["to 46,734"] == "imprecise"  # Thursday's close, truncated
    got = _verdicts("The Dow Jones rose 0.3 percent, to 46,500.", dt.date(2025, 10, 24))
    assert got["to 46,500"] == "contradicted"


def test_a_move_investors_brace_for_is_not_asserted():
    text = ("Stocks closed higher, as investors braced for another big interest rate increase from the "
            "Federal Reserve this week.")
    assert "contradicted" not in _verdicts(text, dt.date(2022, 9, 19)).values()
