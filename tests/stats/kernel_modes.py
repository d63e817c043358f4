"""Run kernel tests twice: compiled (numba, even on tiny inputs) and as the plain Python loops."""

from __future__ import annotations

from capscope.stats import _kernels as K


def apply_mode(mode: str, monkeypatch, loops: list[str]) -> str:
    """Set up ``mode`` ("jit" or "python") for the named loops of ``_kernels``; returns it."""
    if mode == "jit":
        monkeypatch.setattr(K, "JIT_MIN_CELLS", 0)  # compiled code even on tiny inputs
    else:
        for name in loops:
            fn = getattr(K, name)
            monkeypatch.setattr(K, name, getattr(fn, "py_func", fn))
    return mode
