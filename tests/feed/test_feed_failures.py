"""A run that stops (a worker dies, Ctrl+C, an engine that cannot start) says what was saved,
and the next run resumes from there."""

from __future__ import annotations

import pytest
from feed_kit import claim_table, reference, write_jsonl

import capscope.feed.engines as engines
from capscope.errors import BadInput, CapscopeError, Interrupted
from capscope.feed import check_feed, read_output


@pytest.fixture()
def small_feed(generated, tmp_path):
    return generated[:9], write_jsonl(generated[:9], tmp_path / "feed.jsonl")


def test_a_worker_failure_stops_the_run_with_what_was_saved(small_feed, tmp_path, monkeypatch):
    records, feed = small_feed
    real = engines.check_chunk
    calls = []

    def dies_on_the_second_chunk(chunk):
        calls.append(len(chunk))
        if len(calls) == 2:
            raise RuntimeError("worker lost")
        return real(chunk)

    monkeypatch.setattr(engines, "check_chunk", dies_on_the_second_chunk)
    with pytest.raises(CapscopeError) as err:
        check_feed(feed, tmp_path / "out", workers=0, chunk_size=3)
    assert err.value.exit_code == 1
    assert "after 3 articles" in err.value.message and "worker lost" in err.value.message
    assert "resume" in err.value.hint
    monkeypatch.setattr(engines, "check_chunk", real)
    result = check_feed(feed, tmp_path / "out", workers=0, chunk_size=3)
    assert (result.skipped, result.checked) == (3, 6)
    assert claim_table(read_output(tmp_path / "out")) == reference(records)["claims"]


def test_ctrl_c_is_interrupted_and_resumable(small_feed, tmp_path):
    records, feed = small_feed

    def ctrl_c(n):
        raise KeyboardInterrupt

    with pytest.raises(Interrupted) as err:
        check_feed(feed, tmp_path / "out", workers=0, chunk_size=4, on_chunk=ctrl_c)
    assert "after 4 articles" in err.value.message
    result = check_feed(feed, tmp_path / "out", workers=0, chunk_size=4)
    assert (result.skipped, result.checked) == (4, 5)


def test_an_engine_that_cannot_start_leaves_no_output_folder(small_feed, tmp_path, monkeypatch):
    def no_engine(workers, dask):
        raise BadInput("cannot reach the Dask scheduler", "check the address")

    monkeypatch.setattr(engines, "make_engine", no_engine)
    with pytest.raises(BadInput):
        check_feed(small_feed[1], tmp_path / "out", dask="tcp://nowhere:8786")
    assert not (tmp_path / "out").exists()


def test_the_progress_bar_runs_when_asked(small_feed, tmp_path):
    result = check_feed(small_feed[1], tmp_path / "out", workers=0, chunk_size=2, progress=True)
    assert result.checked == 9


def test_progress_shows_only_on_a_terminal_outside_ci(monkeypatch):
    import sys

    from capscope.feed.run import show_progress

    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("CI", raising=False)
    assert not show_progress()  # pytest captures stderr: not a terminal
    monkeypatch.setattr(sys, "stderr", Terminal())
    assert show_progress()
    monkeypatch.setenv("CI", "true")
    assert not show_progress()


def test_a_second_run_on_the_same_output_is_refused(small_feed, tmp_path):
    from capscope.feed.writer import FeedOutput

    holder = FeedOutput(tmp_path / "out")  # as a run in progress holds it
    with pytest.raises(BadInput, match="another run is writing"):
        check_feed(small_feed[1], tmp_path / "out", workers=0)
    holder.close()
    assert check_feed(small_feed[1], tmp_path / "out", workers=0).checked == 9
    import pandas as pd

    assert len(pd.read_parquet(tmp_path / "out")) == len(read_output(tmp_path / "out"))
