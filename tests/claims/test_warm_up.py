"""``warm_up`` readies a long-running checker without changing a verdict."""

from __future__ import annotations

from pathlib import Path

from capscope.claims.check import CORE_SYMBOLS, check_file, warm_up
from capscope.stats import _kernels
from capscope.stats._history import SCANS, history

EXAMPLES = Path(__file__).parent / "examples"


def _rows(report):
    return [(i.claim.text, i.verdict.value, i.checked.explanation) for i in report.items]


def test_warm_up_builds_the_scans_and_changes_no_verdict(monkeypatch):
    monkeypatch.setattr(_kernels._Kernel, "numba_loaded", _kernels._Kernel.numba_loaded)  # restored after
    cold = [_rows(check_file(p)) for p in sorted(EXAMPLES.glob("*.txt"))]
    built = warm_up(("RUT", "SPX", "NOT-A-SYMBOL"))
    assert built == ["RUT", "SPX"]  # symbols the store lacks are skipped, not an error
    for sym in built:
        for field, need in (("close", None), ("high", ("high", "low")), ("low", ("high", "low"))):
            h = history(sym, field, require=need)
            assert all(scan in h.__dict__ for scan in SCANS), (sym, field)
    warm = [_rows(check_file(p)) for p in sorted(EXAMPLES.glob("*.txt"))]
    assert warm == cold and any(cold)


def test_core_symbols_are_in_the_bundled_store():
    from capscope.data.store import get_store

    assert set(CORE_SYMBOLS) <= set(get_store().symbols())
