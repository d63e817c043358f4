"""The alarm licence (readings/licence.py) and the misdated-sentence search (readings/misdated.py):
which contradicted readings raise an alarm as ``capscope check`` prints it.

Every expected figure is read off the stored rows here with pandas, never from the checker. The
tests run with the licence (marker ``alarm_licence``), as the command does.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

import capscope
from capscope.claims.check import check_text
from capscope.claims.readings.licence import every_alarm

pytestmark = pytest.mark.alarm_licence


@pytest.fixture(scope="module")
def rut():
    return capscope.bars("RUT")["close"]


@pytest.fixture(scope="module")
def dji():
    return capscope.bars("DJI")["close"]


def _items(text: str, published: str) -> dict[str, tuple[str, str]]:
    report = check_text(text, dt.date.fromisoformat(published))
    return {i.claim.text: (i.verdict.value, i.checked.explanation) for i in report.items}


def test_a_standing_the_data_refutes_is_the_datas_verdict_but_no_alarm(rut):
    # 2024-07-16: RUT closed 2,263.67; the last close at least as high before it was 2022-01-04,
    # so "its highest level since 2020" is wrong (2021 and January 2022 closed higher)
    day = rut["2024-07-16"]
    before = rut[:"2024-07-15"]
    assert before[before >= day].index[-1] == dt.datetime(2022, 1, 4)
    text = "The Russell 2000 closed at its highest level since 2020 on Tuesday."
    got = _items(text, "2024-07-17")
    verdict, why = got["highest level since 2020"]
    assert verdict == "unverifiable"
    assert "no alarm" in why and "2022-01-04" in why  # the data's answer stays in the explanation
    with every_alarm():
        assert _items(text, "2024-07-17")["highest level since 2020"][0] == "contradicted"
    # the right standing is supported either way
    assert _items("The Russell 2000 closed at its highest level since January 2022 on Tuesday.",
                  "2024-07-17")["highest level since January 2022"][0] == "supported"


def test_a_change_the_other_way_is_no_alarm_and_a_like_signed_error_is(rut):
    # 2024-07-16: RUT +3.50% on the 07-15 close (computed here)
    assert round((rut["2024-07-16"] / rut["2024-07-15"] - 1) * 100, 2) == 3.50
    wrong_way = _items("The Russell 2000 closed 3.5% lower on Tuesday.", "2024-07-17")
    assert wrong_way["closed 3.5%"][0] == "unverifiable"
    assert "other way" in wrong_way["closed 3.5%"][1]
    # the same size and direction, a point off: the writer's error, an alarm
    assert _items("The Russell 2000 closed 2.5% higher on Tuesday.", "2024-07-17")["closed 2.5%"][0] \
        == "contradicted"


def test_a_fed_decision_alarms_only_when_the_words_date_it_to_the_day():
    # DFEDTARU: 5.50 on 2024-09-18, 5.00 from 2024-09-19: a 50 bp cut announced 2024-09-18
    upper = capscope.bars("DFEDTARU")["close"]
    assert (upper["2024-09-18"] - upper["2024-09-19"]) * 100 == pytest.approx(50)
    dated = _items("On September 18, 2024, the Fed cut rates by a quarter point.", "2024-09-20")
    assert [v for v, _ in dated.values()] == ["contradicted"]
    loose = "The Fed cut rates by a quarter point last month."
    assert [v for v, _ in _items(loose, "2024-10-17").values()] == ["unverifiable"]
    with every_alarm():
        assert [v for v, _ in _items(loose, "2024-10-17").values()] == ["contradicted"]


def test_a_sentence_whose_figures_all_describe_another_session_is_misdated(dji):
    # DJI 2024-07-10: +429.39 points, +1.09%, close 39,721.36; 2024-07-16 (the "Tuesday" of a
    # Friday 07-19 story): +742.76, +1.85%, close 40,954.48. 07-10 is four sessions before 07-16
    d = dji["2024-07-05":"2024-07-19"]
    assert round(d["2024-07-10"] - d["2024-07-09"], 2) == 429.39
    assert round(d["2024-07-10"], 2) == 39721.36
    assert round(d["2024-07-16"] - d["2024-07-15"], 2) == 742.76
    assert list(d.index).index(dt.datetime(2024, 7, 16)) - list(d.index).index(dt.datetime(2024, 7, 10)) == 4
    got = _items("On Tuesday, the Dow rose 429.39 points, or 1.1%, to 39,721.36.", "2024-07-19")
    assert "contradicted" not in [v for v, _ in got.values()]
    assert "2024-07-10" in got["to 39,721.36"][1]
    # one figure holds on the day read: the odd one is the writer's slip, an alarm
    slip = _items("On Tuesday, the Dow rose 742.76 points, or 1.8%, to 39,721.36.", "2024-07-19")
    assert slip["rose 742.76 points"][0] == "supported"
    assert slip["to 39,721.36"][0] == "contradicted"


def test_a_date_the_words_name_is_not_searched_around():
    # SPX closed 1,284.91 on 2008-07-01 and 1,214.91 on 2008-07-15: "the old low was 1,284.91 on
    # July 15" names its day, so a close ten sessions earlier that matches is no excuse
    spx = capscope.bars("SPX")["close"]
    assert (round(spx["2008-07-01"], 2), round(spx["2008-07-15"], 2)) == (1284.91, 1214.91)
    got = _items("The S&P 500 fell to 1,192.70 on Monday; the old low was 1,284.91 on July 15.", "2008-09-15")
    assert got["low was 1,284.91 on July 15"][0] == "contradicted"


def test_a_run_the_data_refutes_is_the_datas_verdict_but_no_alarm(rut):
    # RUT's run of up sessions ending 2024-07-16, brute force over the closes
    up = (rut.diff() > 0)[:"2024-07-16"].tolist()
    run = 0
    for rose in reversed(up):
        if not rose:
            break
        run += 1
    words = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh"}
    assert run == 5  # 2024-07-10 .. 2024-07-16
    text = f"The Russell 2000 rose for a {words[run + 1]} straight session on Tuesday."
    assert [v for v, _ in _items(text, "2024-07-17").values()] == ["unverifiable"]
    with every_alarm():
        assert [v for v, _ in _items(text, "2024-07-17").values()] == ["contradicted"]
    right = f"The Russell 2000 rose for a {words[run]} straight session on Tuesday."
    assert [v for v, _ in _items(right, "2024-07-17").values()] == ["supported"]


def test_the_command_raises_every_alarm_on_request(tmp_path):
    from capscope.cli import app

    f = tmp_path / "a.txt"
    f.write_text("The Russell 2000 closed at its highest level since 2020 on Tuesday.\n", encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(app, ["check", str(f), "--published", "2024-07-17", "--json"])
    every = runner.invoke(app, ["check", str(f), "--published", "2024-07-17", "--json", "--every-alarm"])
    assert plain.exit_code == every.exit_code == 0
    assert json.loads(plain.stdout)["counts"].get("contradicted", 0) == 0
    assert json.loads(every.stdout)["counts"]["contradicted"] == 1
    feed = runner.invoke(app, ["check", "--feed", str(f), "--every-alarm"])
    assert feed.exit_code == 2 and "--every-alarm" in feed.output


def test_a_dated_fed_decisions_standing_among_the_ones_before_it_is_no_alarm():
    # DFEDTARU: 4.75 -> 4.50 on 2024-12-19 and 4.50 -> 4.25 on 2025-09-18: the September 2025 cut
    # (announced 2025-09-17) was 25 bp and not the first of its cycle
    upper = capscope.bars("DFEDTARU")["close"]
    assert (upper["2024-12-18"] - upper["2024-12-19"]) * 100 == pytest.approx(25)
    assert (upper["2025-09-17"] - upper["2025-09-18"]) * 100 == pytest.approx(25)
    standing = "On September 17, 2025, the Fed began a rate-cutting cycle with a quarter-point reduction."
    assert [v for v, _ in _items(standing, "2025-09-22").values()] == ["unverifiable"]
    with every_alarm():
        assert [v for v, _ in _items(standing, "2025-09-22").values()] == ["contradicted"]
    # its size, dated to the day, is an alarm
    size = _items("On September 17, 2025, the Fed cut rates by half a point.", "2025-09-22")
    assert [v for v, _ in size.values()] == ["contradicted"]


def test_a_change_to_the_weakest_point_of_a_session_is_no_alarm_on_the_closes():
    # DJI: 9,015.10 on 2009-01-06; 2009-01-15 closed 8,212.49 (-8.90%) after a low of 7,995.13
    # (-11.31%): "down more than 11 percent" at the weakest point is the low's, not the close's
    d = capscope.bars("DJI")
    base = d["close"]["2009-01-06"]
    assert round((d["close"]["2009-01-15"] / base - 1) * 100, 2) == -8.90
    assert round((d["low"]["2009-01-15"] / base - 1) * 100, 2) == -11.31
    got = _items("At its weakest point yesterday, the Dow was down more than 11 percent in seven sessions.",
                 "2009-01-16")
    assert [v for v, _ in got.values()] == ["unverifiable"], got
