"""The small-cap note written from the data: ``capscope brief`` and ``capscope.brief(...)``.

Four stages, one module each, typed values between them: :mod:`facts` (candidate facts from the
statistics, each with a newsworthiness score), :mod:`phrasing` (newsroom sentences),
:mod:`compose` (the rarest first, nothing unremarkable as padding) and :mod:`render` (text, md,
html, json). Every figure comes from ``capscope.stats`` or ``capscope.fed`` and reads back as
supported through ``capscope check`` (the tests write and check ~420 notes).
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING

from capscope.errors import BadInput

if TYPE_CHECKING:
    from capscope.brief.compose import Brief
    from capscope.data.calendar import DateLike


def parse_pair(pair: str | tuple[str, str] | None) -> tuple[str, str]:
    """``"RUT:SPX"`` -> ``("RUT", "SPX")`` in canonical symbols; one-line BadInput else."""
    from capscope.data.store import get_store

    if pair is None:
        return "RUT", "SPX"
    parts = pair if isinstance(pair, tuple) else tuple(str(pair).replace("/", ":").split(":"))
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise BadInput(f"--pair {pair!r} is not two symbols", "write it as RUT:SPX or IWM:SPY")
    store = get_store()
    a, b = (store.resolve(p.strip()).symbol for p in parts)
    if a == b:
        raise BadInput(f"--pair {pair!r} names one series twice", "e.g. --pair RUT:SPX")
    return a, b


def brief(on: DateLike | None = None, pair: str | tuple[str, str] = "RUT:SPX", *,
          words: int = 250, seed: int | None = None) -> Brief:
    """The note for the session ``on`` (default: the last in the store) about ``pair``.

    >>> import capscope
    >>> capscope.brief("2024-07-16").text.count("Russell 2000") > 2
    True
    """
    from capscope.brief.compose import compose
    from capscope.brief.facts import gather

    if isinstance(words, bool) or not isinstance(words, int):
        raise BadInput(f"words must be a whole number, got {words!r}", "e.g. words=200")
    a, b = parse_pair(pair)
    return compose(gather(a, b, on), words=words, seed=seed)


class _CallableRoom(types.ModuleType):
    """``capscope.brief`` is this room *and* the API function: importing a submodule
    (``capscope.brief.compose``) sets the package attribute ``capscope.brief`` to this module,
    replacing the lazily exported function, so the module itself answers the call."""

    def __call__(self, *args: object, **kwargs: object) -> Brief:
        return brief(*args, **kwargs)  # type: ignore[arg-type]


sys.modules[__name__].__class__ = _CallableRoom

__all__ = ["brief", "parse_pair"]
