"""Resume: a run killed with SIGKILL mid-feed, then re-run, gives the plain loop's table once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from feed_kit import claim_table, write_jsonl

from capscope.feed import check_feed, read_output
from capscope.feed.writer import part_files

SCRIPT = """
import sys, time
from capscope.feed import check_feed
check_feed(sys.argv[1], sys.argv[2], workers=int(sys.argv[3]), chunk_size=2,
           on_chunk=lambda n: time.sleep(0.15))  # slow enough to be killed mid-run
"""


def _kill_mid_run(feed: Path, out: Path, workers: int, after_parts: int = 3) -> int:
    """Start a feed run in a new process group, SIGKILL it all once some parts exist."""
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(feed), str(out), str(workers)],
                            start_new_session=True, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while len(part_files(out)) < after_parts:
        assert proc.poll() is None, proc.stderr.read().decode()[-2000:] if proc.stderr else ""
        assert time.monotonic() < deadline, "the run wrote no parts in 120 s"
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGKILL)  # the run and any workers it started
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return len(part_files(out))


def _resume_and_check(feed, out, records, ref, killed_parts):
    n_chunks = -(-len(records) // 2)
    assert 0 < killed_parts < n_chunks  # the kill came mid-run
    before = read_output(out)  # every part left behind is whole (atomic writes)
    done_before = int((before["row_type"] == "article").sum())
    assert done_before == 2 * killed_parts
    result = check_feed(feed, out, workers=0, chunk_size=2)
    assert result.skipped == done_before
    assert result.checked == len(records) - done_before
    assert not list(out.glob(".*.tmp"))
    frame = read_output(out)
    assert claim_table(frame) == ref["claims"]
    status = frame[frame["row_type"] == "article"]
    assert status["article_id"].is_unique and len(status) == len(records)
    assert not frame.duplicated(["article_id", "row_type", "claim_no"]).any()
    assert result.summary.by_kind == ref["by_kind"]  # the summary covers both runs


def test_resume_after_kill_9(feed_records_and_reference, feed_file, tmp_path):
    records, ref = feed_records_and_reference
    out = tmp_path / "out"
    killed = _kill_mid_run(feed_file, out, workers=0)
    _resume_and_check(feed_file, out, records, ref, killed)


@pytest.mark.slow  # spawns a process pool before the kill: ~10 s
def test_resume_after_kill_9_of_a_process_pool(feed_records_and_reference, feed_file,
                                                tmp_path):
    records, ref = feed_records_and_reference
    out = tmp_path / "out"
    killed = _kill_mid_run(feed_file, out, workers=2)
    _resume_and_check(feed_file, out, records, ref, killed)


def test_a_rerun_checks_only_what_changed(generated, tmp_path):
    records = [dict(r) for r in generated[:8]]
    feed = write_jsonl(records, tmp_path / "feed.jsonl")
    out = tmp_path / "out"
    first = check_feed(feed, out, workers=0, chunk_size=3)
    assert first.checked == 8 and first.skipped == 0
    again = check_feed(feed, out, workers=0, chunk_size=3)
    assert again.checked == 0 and again.skipped == 8
    # one article edited: only it is checked again, and only its new version is in the table
    changed = dict(records[3], text="The Russell 2000 rose 9.9% on Monday. Stocks were mixed.")
    records[3] = changed
    write_jsonl(records, feed)
    third = check_feed(feed, out, workers=0, chunk_size=3)
    assert third.checked == 1 and third.skipped == 7
    frame = read_output(out)
    status = frame[frame["row_type"] == "article"]
    assert status["article_id"].is_unique and len(status) == 8
    mine = frame[(frame["article_id"] == changed["id"]) & (frame["row_type"] == "claim")]
    from capscope.claims.check import check_text

    expected = [it.claim.text for it in check_text(changed["text"], changed["published"]).items]
    assert mine["claim"].tolist() == expected


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_parts_written_before_should_read_read_with_it_empty(tmp_path, fmt):
    """An output folder from before the should_read column: its parts read back with the
    column empty, and a resumed run adds its own parts beside them."""
    import json

    import pyarrow.parquet as pq

    from capscope.feed.job import COLUMNS

    feed = tmp_path / "feed.jsonl"
    text = "The Russell 2000 rose 4.3% on Tuesday."
    write_jsonl([{"id": "a", "text": text, "published": "2024-07-16"},
                 {"id": "b", "text": text, "published": "2024-07-16"}], feed)
    out = tmp_path / "out"
    check_feed(feed, out, workers=0, format=fmt)
    (part,) = part_files(out)
    old = [c for c in COLUMNS if c != "should_read"]
    if fmt == "parquet":
        pq.write_table(pq.read_table(part).select(old), part)
    else:
        rows = [json.loads(line) for line in part.read_text().splitlines()]
        part.write_text("".join(json.dumps({k: r[k] for k in old}) + "\n" for r in rows))
        assert "should_read" not in part.read_text()
    got = read_output(out)
    claims = got[got["row_type"] == "claim"]
    assert list(got.columns) == list(COLUMNS) and set(claims["should_read"]) == {""}
    assert set(claims["found"]) == {"+3.50%"}
    write_jsonl([{"id": "a", "text": text, "published": "2024-07-16"},
                 {"id": "b", "text": text + " ", "published": "2024-07-16"}], feed)
    check_feed(feed, out, workers=0, format=fmt)  # b changed: checked again, in a new part
    got = read_output(out)
    claims = got[got["row_type"] == "claim"].set_index("article_id")
    assert claims.loc["b", "should_read"] == "rose 3.5%" and claims.loc["a", "should_read"] == ""
