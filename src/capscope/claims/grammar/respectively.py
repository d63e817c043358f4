"""Figures paired with names by "respectively": the k-th figure is the k-th name's.

"The Dow, S&P and Nasdaq were up 8.2, 5.9 and 4.6 percent, respectively", "the S&P 500 Index
(IVV) and the Russell 2000 Index (IWM) were up just over 14% and 11%, respectively", "against the
12.3 percent, 8.7 percent and 15.3 percent gains in the S&P 500, Dow Jones and Nasdaq,
respectively", "ended basically flat, down 0.03% and up 0.01%, respectively".

The figure rules read each figure on its own and give it the nearest name (or none); this pass
runs after them and re-pairs the list. It needs one of the figures to have been read as a change
(a day's move, a period's return or a gap between two indexes): that claim is the template whose
kind, window, time and comparison every figure of the list shares, and whose words tell what the
figures are. A list with no such claim ("On July 11 and 16 ... lurched 3.6% and 3.5%", dates
rather than names) is left to the other rules: nothing here guesses what a bare figure measures.
The names are the ones listed after the figures ("... gains in the S&P 500, Dow Jones and
Nasdaq, respectively") or else the nearest list of exactly as many names before them, joined by
commas and "and"; a ticker in brackets after a name ("(IWM)") is that name, not another.
"""

from __future__ import annotations

import itertools
import re

from capscope.claims.grammar.base import SentenceContext, gated
from capscope.claims.grammar.name_lists import INDEX_WORD, NAME_JOINT, listed_names, name_chains
from capscope.claims.model import Claim, ClaimKind, Direction, Mention, Quantity, Unit

_I = re.IGNORECASE
# the flag of a figure paired with its name here: its subject is the list's, not a guess
PAIRED = "respectively: the figure of the name in the same place of the list"
_RESPECTIVELY = re.compile(r"\brespectively\b", _I)
_CHANGES = (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN, ClaimKind.RELATIVE_RETURN)
# between two figures of the list: "14% and 11%", "12.3 percent, 8.7 percent and", "down 0.03% and
# up 0.01%" (a side word of the figure's own may stand before it)
_FIGURE_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:up|down|a|an|gains?\s+of|losses\s+of|"
                           r"declines?\s+of|rose|fell|gained|lost|plus|minus)\s+)?", _I)
# a number with no unit of its own: "up 8.2, 5.9 and 4.6 percent" shares the last one's
_BARE = re.compile(r"[-+\u2212]?\d[\d,]*(?:\.\d+)?")
# after the last figure, up to "respectively": nothing but a comma ...
_BARE_TAIL = re.compile(r"[\s,]*", _I)
# ... or the names the figures belong to: "gains in the S&P 500, Dow Jones and Nasdaq,"
_NAMED_TAIL_LEAD = re.compile(r"\s*(?:(?:point|percent(?:age)?(?:\s+point)?|per\s+cent)s?\s+)?"
                              r"(?:(?:gains?|loss(?:es)?|declines?|drops?|advances?|increases?|returns?|rises?|"
                              r"moves?|rallies)\s+)?(?:for|in|of|by|at)\s+", _I)
# after the last name of such a list, up to "respectively"
_NAMED_TAIL_END = re.compile(INDEX_WORD + r"\s*,?\s*", _I)


@gated(_RESPECTIVELY)
def respectively(ctx: SentenceContext) -> None:
    """Re-pair every "respectively" list of the sentence (see the module docstring)."""
    for m in _RESPECTIVELY.finditer(ctx.text):
        _pair(ctx, m.start())


def _pair(ctx: SentenceContext, at: int) -> None:
    figures, tail_names = _figures_before(ctx, at)
    if len(figures) < 2:
        return
    names = tail_names if tail_names is not None else _names_before(ctx, ctx.hedge_start(figures[0][1]), len(figures))
    if names is None or len(names) != len(figures):
        return
    spans = {ctx.rel(q.span) for _, q in figures}
    on_list = [c for c in ctx.claims if c.quantities and ctx.rel(c.quantities[0].span) in spans]
    template = next((c for c in on_list if c.kind in _CHANGES), None) or _bare_change_before(ctx, figures[0][1])
    if template is None:
        return
    ctx.claims[:] = [c for c in ctx.claims if c not in on_list and c is not template]
    unit = figures[-1][1].unit
    for (i, q), name in zip(figures, names, strict=True):
        _make(ctx, template, i, q, name, unit, figures[0][0])


def _bare_change_before(ctx: SentenceContext, first: Quantity) -> Claim | None:
    """A change read without its figure right before the list: "beat the Russell 2000 by 13.5 and
    18.1 percentage points" (the gap rule reads "beat the Russell 2000"; the figures' unit comes
    only after the last)."""
    hs = ctx.hedge_start(first)
    return next((c for c in ctx.claims if c.kind in _CHANGES and not c.quantities
                 and _BY.fullmatch(ctx.text, c.span.end - ctx.offset, hs)), None)


_BY = re.compile(r"\s*(?:by\s+)?", _I)


def _figures_before(ctx: SentenceContext, at: int) -> tuple[list[tuple[int, Quantity]], list[Mention] | None]:
    """The figures listed right before "respectively" at ``at`` (with their indexes), and the
    names listed between the last of them and the word, when the list names them there."""
    listed = [(i, q) for i, q in enumerate(ctx.quantities)
              if q.unit in (Unit.PCT, Unit.PP, Unit.POINTS, Unit.NUMBER) and q.span is not None
              and ctx.rel(q.span)[1] <= at]
    if not listed:
        return [], None
    i, last = listed[-1]
    if last.unit is Unit.NUMBER:
        return [], None
    e = ctx.rel(last.span)[1]
    tail_names = None
    if not _BARE_TAIL.fullmatch(ctx.text, e, at):
        tail_names = _names_in_tail(ctx, e, at)
        if tail_names is None:
            return [], None
    figures = [(i, last)]
    for j, q in reversed(listed[:-1]):
        nxt = figures[0][1]
        if not (q.unit is last.unit or _BARE.fullmatch(q.raw)) or \
                not _FIGURE_JOINT.fullmatch(ctx.text, ctx.rel(q.span)[1], ctx.hedge_start(nxt)):
            break
        figures.insert(0, (j, q))
    return figures, tail_names


def _names_in_tail(ctx: SentenceContext, e: int, at: int) -> list[Mention] | None:
    """"... gains in the S&P 500, Dow Jones and Nasdaq, respectively": the names after the last
    figure, or None when the words there are not a list of names."""
    lead = _NAMED_TAIL_LEAD.match(ctx.text, e, at)
    if lead is None:
        return None
    names = listed_names(ctx, lead.end(), at)
    if not names:
        return None
    if not _NAMED_TAIL_END.fullmatch(ctx.text, ctx.rel(names[-1].span)[1], at):
        return None
    if ctx.text[lead.end():ctx.rel(names[0].span)[0]].strip().lower() not in ("", "the"):
        return None  # the first name must open the tail
    for a, b in itertools.pairwise(names):
        if not NAME_JOINT.fullmatch(ctx.text, ctx.rel(a.span)[1], ctx.rel(b.span)[0]):
            return None
    return names


def _names_before(ctx: SentenceContext, first: int, k: int) -> list[Mention] | None:
    """The nearest list of exactly ``k`` names before the figures, joined by commas and "and"
    ("The Dow, S&P and Nasdaq", "the S&P 500 Index (IVV) and the Russell 2000 Index (IWM)")."""
    return next((c for c in reversed(name_chains(ctx, 0, first)) if len(c) == k), None)


def _make(ctx: SentenceContext, template: Claim, i: int, q: Quantity, name: Mention, unit: Unit,
          first: int) -> None:
    hs = ctx.hedge_start(q)
    s, e = ctx.rel(q.span)
    # the figure's own side word ("down 0.03% and up 0.01%"), else its sign, else the template's
    signed = Direction.DOWN if q.sign < 0 else Direction.UP if q.sign > 0 else template.direction
    direction = template.direction if template.kind is ClaimKind.RELATIVE_RETURN else \
        ctx.direction_in(max(0, hs - 8), hs, signed)
    sign = -1 if direction is Direction.DOWN else 1 if direction is Direction.UP else 0
    role = (template.quantities[0].role if template.quantities else "") or "move"
    # the template's own figure keeps the template's words ("were up just over 14%")
    templates_own = (ctx.rel(template.quantities[0].span) == (s, e)) if template.quantities else i == first
    start = template.span.start - ctx.offset if templates_own else hs
    figure = ctx.use(i, role, sign if template.kind is not ClaimKind.RELATIVE_RETURN else 0)
    figure.unit = unit  # ("8.2, 5.9 and 4.6 percent": the list's unit)
    ctx.make(template.kind, start, e, subject=name, comparison=template.comparison, quantities=[figure],
             hedge=q.hedge, direction=direction, time=template.time, since=template.since,
             details={**template.details, "time_from": "list"},
             flags=[f"{PAIRED} ({name.raw.strip()})"])
    ctx.consumed.append((hs, e))


__all__ = ["PAIRED", "respectively"]
