"""A ticker's quote in brackets after its name: "the S&P 500 (SPX, +0.24%)", "the iShares Russell
2000 Index Fund (IWM 77.41, -1.94, -2.44%)".

Market sites print the day's move of every instrument they name this way, as of the moment the
page was written. The bracket holds the ticker, then the price (sometimes), the change in points
or dollars (sometimes) and the change in percent. Each is a claim about the article's session: a
day's move, and a level. The figures are a snapshot (the page may be written mid-session), so
each is also borne out anywhere inside the session's range (``details["snapshot"]``).
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import DAY_KINDS, SentenceContext, gated
from capscope.claims.model import ClaimKind, Direction, Unit

_QUOTE = re.compile(r"\((?P<tic>[A-Z]{2,5})(?:\s+(?P<px>\$?\d[\d,]*\.\d+))?\s*,\s*"
                    r"(?:(?P<chg>[-+]\$?\d[\d,]*(?:\.\d+)?)\s*,\s*)?(?P<pct>[-+]\d+(?:\.\d+)?%)\s*\)|"
                    # "The S&P 500 Index (SPX - 3,693.23) dropped 64.8 points": the level alone
                    r"\((?P<tic2>[A-Z]{2,5})\s+-\s+(?P<px2>\d[\d,]*\.\d+)\)")


@gated(_QUOTE)
def ticker_quotes(ctx: SentenceContext) -> None:
    """Each bracketed quote's move (percent, and points when given) and price, for its ticker."""
    for m in _QUOTE.finditer(ctx.text):
        tic, px = ("tic", "px") if m.group("tic") else ("tic2", "px2")
        name = next((n for n in ctx.names if n.symbol and n.span is not None
                     and ctx.rel(n.span)[0] <= m.start(tic) and m.end(tic) <= ctx.rel(n.span)[1]), None)
        # (the name may take its bracketed ticker in: "the SPDR S&P 500 ETF (SPY")
        if name is None or ctx.is_consumed(*m.span()):
            continue  # a ticker capscope does not have, or one another rule has read
        time = ctx.time_for(m.start(), kinds=DAY_KINDS, allow_since=False)
        moves = []
        for i, q in ctx.free_quantities():
            s, e = ctx.rel(q.span)
            if m.group("pct") and (s, e) == m.span("pct") and q.unit is Unit.PCT:
                moves.append(ctx.use(i, "move"))
            elif m.group("chg") and (s, e) == m.span("chg"):
                qq = ctx.use(i, "move")
                qq.unit = Unit.POINTS if qq.unit is Unit.NUMBER else qq.unit
                moves.append(qq)
            elif m.group(px) and (s, e) == m.span(px):
                ctx.make(ClaimKind.CLOSE_LEVEL, s, e, subject=name, quantities=[ctx.use(i, "level")], time=time,
                         details={"level": q.value, "snapshot": True})
        for q in moves:
            s, e = ctx.rel(q.span)
            up = q.sign > 0 or q.value > 0
            ctx.make(ClaimKind.DAY_MOVE, s, e, subject=name, quantities=[q], time=time,
                     direction=Direction.UP if up else Direction.DOWN,
                     details={"measure": "pct" if q.unit is Unit.PCT else "points", "snapshot": True})
        ctx.consumed.append(m.span())


__all__ = ["ticker_quotes"]
