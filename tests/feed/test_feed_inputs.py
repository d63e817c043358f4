"""Feed inputs (JSONL, Parquet, a folder), bad records, and the CLI's one-line errors."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from feed_kit import EXAMPLE_DATES, EXAMPLES, claim_table, reference, write_jsonl
from typer.testing import CliRunner

from capscope.cli import app
from capscope.feed import check_feed, read_output
from capscope.feed.reader import MAX_BYTES, count_records, read_feed

runner = CliRunner()


def test_reader_cap_is_the_checkers():
    from capscope.claims.normalize import MAX_BYTES as checker_cap

    assert checker_cap == MAX_BYTES


def test_parquet_feed_with_date_column_matches_jsonl(generated, tmp_path):
    records = [dict(r, published=r["published"][:10]) for r in generated[:12]]
    frame = pd.DataFrame(records).rename(columns={"outlet": "source"})
    frame["published"] = pd.to_datetime(frame["published"]).dt.date  # a real date column
    frame.to_parquet(tmp_path / "feed.parquet")
    assert count_records(tmp_path / "feed.parquet") == 12
    result = check_feed(tmp_path / "feed.parquet", tmp_path / "out", workers=0)
    assert result.failed == 0
    got = read_output(tmp_path / "out")
    assert claim_table(got) == reference(records)["claims"]
    assert got["outlet"].isin({r["outlet"] for r in records}).all()


def test_folder_feed(tmp_path):
    folder = tmp_path / "articles"
    (folder / "wire").mkdir(parents=True)
    for name in EXAMPLE_DATES:
        (folder / "wire" / name).write_bytes((EXAMPLES / name).read_bytes())
    (folder / "empty.html").write_text("   ")
    (folder / "notes.md").write_text("not an article")  # ignored: not .txt/.html
    assert [a.id for a in read_feed(folder)] == [
        "empty.html", "wire/iwm-highest-since-2021.txt", "wire/small-caps-on-a-tear.txt"]
    result = check_feed(folder, tmp_path / "out", workers=0)
    assert (result.checked, result.failed) == (3, 1)
    got = read_output(tmp_path / "out")
    # no published field: the checker looks for a dateline, as `capscope check FILE` does
    from capscope.claims.check import check_file

    expected = [(f"wire/{n}", k, it.claim.text, it.claim.kind.value, it.verdict.value,
                 it.claimed(), it.found(), it.should_read() or "")
                for n in sorted(EXAMPLE_DATES)
                for k, it in enumerate(check_file(EXAMPLES / n).items, 1)]
    assert claim_table(got) == expected


def test_malformed_jsonl_lines_are_failed_rows(tmp_path):
    feed = tmp_path / "feed.jsonl"
    good = {"id": "a", "text": "The Russell 2000 rose 1.2% on Tuesday.", "published": "2024-07-16"}
    feed.write_text("\n".join([json.dumps(good), "{not json", "[1, 2]", "",
                               json.dumps({"id": {"x": 1}, "text": "t"}),
                               json.dumps(dict(good, id="b", text=17)),
                               json.dumps(dict(good, id="a"))]) + "\n")
    result = check_feed(feed, tmp_path / "out", workers=0)
    got = read_output(tmp_path / "out")
    status = got[got["row_type"] == "article"].set_index("article_id")
    assert result.records == 6 and result.failed == 5 and status["status"]["a"] == "ok"
    reasons = status["reason"].to_dict()
    assert "not valid JSON" in reasons["<record 1>"]
    assert "JSON list" in reasons["<record 2>"]
    assert "id is not" in reasons["<record 3>"]
    assert "text is a int" in reasons["b"]
    assert "duplicate id 'a'" in reasons["<record 5>"]


@pytest.mark.parametrize("args, words", [
    (["--feed", "missing.jsonl", "--out", "o"], "does not exist"),
    (["--feed", "feed.csv", "--out", "o"], "unknown format"),
    (["--feed", "feed.jsonl"], "--feed needs --out"),
    (["--feed", "feed.jsonl", "--out", "afile"], "is a file"),
    (["--feed", "feed.jsonl", "--out", "o", "--format", "xml"], "unknown output format"),
    (["--feed", "feed.jsonl", "--out", "o", "--dask", "local:x"], "not a number of workers"),
    (["--feed", "feed.jsonl", "--out", "o", "--chunk-size", "0"], "not positive"),
    (["--out", "o"], "go with --feed"),
])
def test_cli_bad_input_is_one_line_exit_2(tmp_path, monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    write_jsonl([{"id": "a", "text": "x"}], tmp_path / "feed.jsonl")
    (tmp_path / "feed.csv").write_text("id,text\n")
    (tmp_path / "afile").write_text("")
    r = runner.invoke(app, ["check", *args])
    assert r.exit_code == 2, r.output
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], r.stderr


def test_cli_feed_run_prints_the_summary_and_is_quiet_without_a_terminal(generated, tmp_path):
    gen = generated[:10]
    feed = write_jsonl(gen, tmp_path / "feed.jsonl")
    r = runner.invoke(app, ["check", "--feed", str(feed), "--out", str(tmp_path / "out"),
                            "--workers", "0", "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    ref = reference(gen)
    assert data["checked"] == 10 and data["claims"] == len(ref["claims"])
    assert data["summary"]["by_kind"] == {k: dict(v) for k, v in ref["by_kind"].items()}
    assert r.stderr == ""  # no progress bar: not a terminal
    r = runner.invoke(app, ["check", "--feed", str(feed), "--out", str(tmp_path / "out"),
                            "--workers", "0"])
    assert r.exit_code == 0 and "0 articles checked" in r.stdout and "10 done before" in r.stdout
    assert "by claim kind" in r.stdout and "by outlet" in r.stdout
