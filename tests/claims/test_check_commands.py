"""Every "reproduce it" command a verdict carries really runs: exit 0, or for an unverifiable
claim exit 2 with the same message the verdict gives (the data that is missing)."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

from typer.testing import CliRunner

from capscope.claims import check_file, check_text
from capscope.claims.model import Verdict
from capscope.cli import app

HERE = Path(__file__).parent


def _items():
    for name, pub in (("small-caps-on-a-tear.txt", "2024-07-16"),
                      ("iwm-highest-since-2021.txt", "2024-10-17")):
        yield from check_file(HERE / "examples" / name, pub).items
    for line in (HERE / "corpus" / "verdicts.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            e = json.loads(line)
            yield from check_text(e["text"], e["published"]).items


def test_every_command_runs():
    runner = CliRunner()
    seen: dict[str, tuple[int, str]] = {}
    checked = 0
    for item in _items():
        for ev in item.checked.evidence:
            for part in filter(None, (p.strip() for p in ev.command.split(" ; "))):
                args = shlex.split(part)
                assert args[0] == "capscope", part
                if part not in seen:
                    res = runner.invoke(app, args[1:])
                    seen[part] = (res.exit_code, res.output)
                code, output = seen[part]
                checked += 1
                if item.verdict is Verdict.UNVERIFIABLE and code == 2:
                    assert item.checked.missing.split(" (")[0] in output, (part, output)
                else:
                    assert code == 0, (part, output)
    assert checked >= 40 and len(seen) >= 30
