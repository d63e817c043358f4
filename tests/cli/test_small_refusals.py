"""Issue 15, finding 10: the smaller bad inputs each get one line and exit 2 (an unknown command,
`data show` of a table, a moving average of volume, `levels --show -1`, `check --html` onto its
own article, a UTF-16 file without a byte-order mark)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from capscope.cli import app

runner = CliRunner()


def one_line(res) -> str:
    assert res.exit_code == 2, res.output
    err = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(err) == 1 and "Traceback" not in res.output, res.output
    assert "╭" not in res.output  # no boxed usage error
    return err[0]


@pytest.mark.parametrize("args, needle", [
    (["nosuch"], "No such command 'nosuch'"),
    (["data", "nosuch"], "No such command 'nosuch'"),
    (["fed", "nosuch"], "No such command 'nosuch'"),
])
def test_unknown_commands_are_one_line(args, needle):
    assert needle in one_line(runner.invoke(app, args))


def test_data_show_of_the_futures_table_does_not_suggest_an_import(store):
    line = one_line(runner.invoke(app, ["data", "show", "ZQ"]))
    assert "is a table" in line and "data import" not in line and "fedwatch" in line


def test_moving_average_of_volume_is_refused(store):
    line = one_line(runner.invoke(app, ["ma", "SPX", "--field", "volume"]))
    assert "not a price" in line


@pytest.mark.parametrize("show", ["-1", "0"])
def test_levels_show_below_one_is_refused_like_streaks(store, show):
    assert f"got {show}" in one_line(runner.invoke(app, ["levels", "RUT", "--show", show]))
    assert one_line(runner.invoke(app, ["streaks", "RUT", "--days", "3", "--show", "-3"]))


def test_check_html_onto_the_article_is_refused(store, tmp_path):
    article = tmp_path / "a.txt"
    text = "The Russell 2000 rose 1.5% on Tuesday, July 16, 2024."
    article.write_text(text)
    line = one_line(runner.invoke(app, ["check", str(article), "--html", str(article)]))
    assert "overwrite" in line
    assert article.read_text() == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_named_as_such(fresh_home, tmp_path, codec):
    csv = tmp_path / "u16.csv"
    csv.write_bytes("Date,Close\n2024-07-15,10\n2024-07-16,11\n".encode(codec))
    line = one_line(runner.invoke(app, ["data", "import", str(csv), "--symbol", "U16",
                                        "--kind", "index"]))
    assert "UTF-16" in line and "binary" not in line


def test_a_publication_date_in_the_future_is_refused(tmp_path):
    # a typed "2099" would leave every claim unverifiable one by one: one line says what is wrong
    import datetime as dt

    article = tmp_path / "a.txt"
    article.write_text("The Russell 2000 rose 1.2% on Friday.\n", encoding="utf-8")
    future = (dt.date.today() + dt.timedelta(days=40)).isoformat()
    line = one_line(runner.invoke(app, ["check", str(article), "--published", future]))
    assert future in line and "future" in line and line.endswith(")")
    # tomorrow may be a time zone away: still checked
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert runner.invoke(app, ["check", str(article), "--published", tomorrow]).exit_code != 2
