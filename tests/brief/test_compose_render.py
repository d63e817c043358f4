"""The note's rules (rarest first, nothing unremarkable as padding, the word limit), its
determinism and variety, its formats and the command line."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest

import capscope
from capscope.brief.compose import MIN_WORDS, REMARKABLE
from capscope.brief.render import render, to_dict
from capscope.errors import BadInput

DAYS = ["2024-07-16", "2020-03-16", "2001-09-17", "2011-02-28", "2026-08-21"]
FORECAST = re.compile(r"\b(will|could|may|might|expect\w*|likely|forecast\w*|should)\b", re.I)


@pytest.mark.parametrize("day", DAYS)
def test_rules(day):
    note = capscope.brief(day)
    scores = [s.score for s in note.sentences if s.kinds[0] != "base_rate"]
    assert scores[0] == max(scores)  # the rarest leads
    assert note.words <= 250
    total = 0
    for s in note.sentences:  # below the bar only while the note is short
        if s.kinds[0] != "base_rate" and s.score < REMARKABLE:
            assert total < MIN_WORDS or any(k == "move" for k in s.kinds[:1])
        total += s.words
    for i, s in enumerate(note.sentences):  # a base rate follows its streak
        if s.kinds[0] == "base_rate":
            assert note.sentences[i - 1].kinds[0] == "streak"
    assert not FORECAST.search(note.text)
    assert capscope.brief(day, words=80).words <= 80


def test_deterministic_by_date_and_varied_by_seed():
    a, b = capscope.brief("2024-07-16"), capscope.brief("2024-07-16")
    assert a.text == b.text
    texts = {capscope.brief("2024-07-16", seed=s).text for s in range(8)}
    assert len(texts) > 3
    # the figures do not depend on the wording
    figs = {tuple(sorted(f.text for s in capscope.brief("2024-07-16", seed=s).sentences
                         for f in s.figures)) for s in range(8)}
    assert len(figs) == 1


def test_formats_carry_a_command_per_figure():
    note = capscope.brief("2024-07-16")
    n = sum(len(s.figures) for s in note.sentences)
    md = render(note, "md")
    assert md.count("[^") == 2 * n and "`capscope move RUT --on 2024-07-16`" in md
    html = render(note, "html")
    assert html.count("<li id=\"brief-fn") == n and "S&amp;P 500" in html
    assert render(note, "text").split() == note.text.split()
    d = json.loads(json.dumps(to_dict(note), default=str))
    assert d["text"] == note.text and d["session"] == "2024-07-16"
    assert all(f["command"].startswith("capscope ") for s in d["sentences"]
               for f in s["figures"])
    assert {f["kind"] for f in d["facts"]} >= {"move", "relative", "streak", "base_rate"}


def test_bad_input():
    with pytest.raises(BadInput):
        capscope.brief("2024-07-16", pair="RUT")
    with pytest.raises(BadInput):
        capscope.brief("2024-07-16", pair="RUT:RUT")
    with pytest.raises(BadInput):
        capscope.brief("2024-07-16", words=5)


def _cli(*args: str) -> subprocess.CompletedProcess:
    exe = shutil.which("capscope")
    cmd = [exe] if exe else [sys.executable, "-c", "from capscope.cli import main; main()"]
    return subprocess.run([*cmd, "brief", *args],
                          capture_output=True, text=True, timeout=120)


def test_cli():
    ok = _cli("--on", "Jul 16 2024", "--format", "md")
    assert ok.returncode == 0 and "[^1]: `capscope" in ok.stdout
    js = json.loads(_cli("--on", "2024-07-16", "--json").stdout)
    assert js["pair"] == "RUT:SPX" and js["sentences"]
    for bad in (["--on", "1900-01-01"], ["--pair", "RUT"], ["--format", "pdf"],
                ["--words", "3"], ["--on", "not a date"]):
        got = _cli(*bad)
        assert got.returncode == 2, (bad, got.stderr)
        assert got.stderr.count("\n") == 1 and "Traceback" not in got.stderr


def test_the_readme_quotes_the_real_note():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"The real note for 2024-07-16:\n\n((?:> .*\n)+)", readme)
    assert block is not None
    quoted = " ".join(line[2:] for line in block.group(1).splitlines())
    assert quoted == capscope.brief("2024-07-16").text
