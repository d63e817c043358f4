"""A month's change printed in brackets after the month's name: "continuing September's downward
trend (-4.87%), which started in August (-1.77%)", "behind only October 1987 (-21.8%) and October
2008 (-16.9%)", "with July being the best (3.60%)".

Index providers' snapshots and strategists' notes give a month's return this way, with no verb:
the month is named a few words before the bracket, and the bracket holds the change (its sign,
when it has one, is the direction). The claim is the sentence subject's change over that
calendar month. Not read: a bracket after a year ("beaten the Nasdaq 100 in a calendar year only
three times: 2013 (+1.3%), 2016 (+13%)", where the figure is as often a gap between two indexes as
the year's own change) and any bracket in a sentence that compares two series.
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import SentenceContext, gated
from capscope.claims.model import ClaimKind, Direction, TimeKind, Unit

_I = re.IGNORECASE

# the bracket: a percent alone, signed or not ("(-4.87%)", "(3.60%)", "(\u22121.2%)")
_BRACKET = re.compile(r"\(\s*(?P<pct>[-+\u2212]?\d{1,3}(?:\.\d{1,2})?\s?%)\s*\)")
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
           r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)")
_NEEDS_A_MONTH = re.compile(r"\b" + _MONTHS + r"\b", _I)
# a comparison between two series: its bracketed figure may be the gap
_COMPARED = re.compile(r"\b(?:beat(?:s|en|ing)?|outperform\w*|underperform\w*|outpac\w*|lag(?:s|ged|ging)?|"
                       r"trail(?:s|ed|ing)?|versus|vs\.?|relative\s+to|compared\s+(?:with|to))\b", _I)
# the month's name, possessive or with its year: "September's", "in August", "October 1987"
_MONTH_NAMED = re.compile(r"\b(?P<mon>" + _MONTHS + r")\.?(?:['\u2019]s)?(?:\s+(?P<y>(?:19|20)\d\d))?\b", _I)
_REACH = 40  # how far before the bracket the month's name may end ("September's downward trend (")


@gated(_BRACKET, _NEEDS_A_MONTH)
def bracketed_months(ctx: SentenceContext) -> None:
    """Each bracketed percent a month's name leads up to, as that month's change."""
    if _COMPARED.search(ctx.text):
        return
    for m in _BRACKET.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        named = [n for n in _MONTH_NAMED.finditer(ctx.text, max(0, m.start() - _REACH), m.start())
                 if not re.search(r"[\d%(),;]", ctx.text[n.end():m.start()])]
        if not named:
            continue
        n = named[-1]
        # (said as a phrase the parser reads: "September's downward trend" is September's)
        month = ctx.time_named(f"in {n.group('mon')} {n.group('y') or ''}".strip(), n.start(), n.end())
        if month is None or month.kind is not TimeKind.MONTH:
            continue
        found = next(((i, q) for i, q in ctx.free_quantities((Unit.PCT,))
                      if ctx.rel(q.span)[0] == m.start("pct")), None)
        if found is None:
            continue
        i, q = found
        down = q.sign < 0 or q.value < 0
        qq = ctx.use(i, "return")
        start = n.start()
        ctx.make(ClaimKind.PERIOD_RETURN, start, m.end(), subject=ctx.subject_for(start), quantities=[qq],
                 time=ctx.resolve(month), direction=Direction.DOWN if down else Direction.UP,
                 details={"measure": "pct"})
        ctx.consumed.append((start, m.end()))


__all__ = ["bracketed_months"]
