"""A DuckDB error that wraps a Python traceback (Ctrl+C inside a callback DuckDB was running)
is read as the interrupt it is, and never shown as a traceback."""

from __future__ import annotations

from pathlib import Path

from capscope.data._faults import is_interrupt, store_error

WRAPPED = ("Traceback (most recent call last):\n  File \"<frozen>\", line 1, in scan\n"
           "KeyboardInterrupt\n")


def test_a_wrapped_keyboard_interrupt_is_an_interrupt():
    assert is_interrupt(RuntimeError(WRAPPED))
    assert not is_interrupt(RuntimeError("Catalog Error: table bars does not exist"))


def test_a_wrapped_traceback_is_named_by_its_last_line(tmp_path: Path):
    err = store_error(RuntimeError("Traceback (most recent call last):\n  File x\nValueError: bad"),
                      tmp_path / "capscope.duckdb")
    assert "Traceback" not in str(err) and "ValueError: bad" in str(err)
