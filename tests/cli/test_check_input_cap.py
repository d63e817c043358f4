"""Issue 15, finding 4: `capscope check` reads at most its 10 MB cap plus one byte of any input,
so an endless pipe (`yes |`) or /dev/zero is refused at once instead of growing until
MemoryError."""

from __future__ import annotations

import io
import os

import pytest
from typer.testing import CliRunner

from capscope.cli import app

runner = CliRunner()
CAP = 10 * 1024 * 1024  # the documented limit, stated independently of the code


class Endless(io.RawIOBase):
    """`yes`: an input that never ends, counting what was read from it."""

    def __init__(self) -> None:
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        n = len(buf)
        buf[:n] = b"y\n" * (n // 2) + b"y" * (n % 2)
        self.served += n
        if self.served > 4 * CAP:  # the old code would read on; stop the test instead
            raise MemoryError("read far past the cap")
        return n


def test_endless_stdin_is_refused_after_the_cap(monkeypatch):
    from capscope.cli.check import _read_inputs
    from capscope.errors import BadInput

    source = Endless()
    stdin = io.TextIOWrapper(io.BufferedReader(source))
    monkeypatch.setattr("sys.stdin", stdin)
    with pytest.raises(BadInput) as err:
        _read_inputs(["-"])
    assert "10 MB limit" in err.value.one_line()
    assert source.served <= CAP + 1 + io.DEFAULT_BUFFER_SIZE


@pytest.mark.skipif(not os.path.exists("/usr/bin/yes"), reason="needs yes(1)")
def test_yes_piped_into_check_exits_2_at_once(store):
    import subprocess
    import sys

    cmd = f"yes | {sys.executable} -c 'from capscope.cli import main; main()' check -"
    done = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2  # the pipeline's status is capscope's
    assert "10 MB limit" in done.stderr and "Traceback" not in done.stderr
    assert len([ln for ln in done.stderr.splitlines() if ln.strip()]) == 1


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_dev_zero_is_refused_after_the_cap(store):
    res = runner.invoke(app, ["check", "/dev/zero"])
    assert res.exit_code == 2, res.output
    assert "larger than the 10 MB limit" in res.stderr


def test_a_file_one_byte_over_the_cap_is_refused_and_one_at_it_is_read(store, tmp_path):
    over = tmp_path / "over.txt"
    over.write_bytes(b"a" * (CAP + 1))
    res = runner.invoke(app, ["check", str(over)])
    assert res.exit_code == 2 and "10 MB limit" in res.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_check_file_reads_at_most_the_cap(store):
    from capscope.claims.check import check_file
    from capscope.errors import BadInput

    with pytest.raises(BadInput, match="larger than the 10 MB limit"):
        check_file("/dev/zero")
