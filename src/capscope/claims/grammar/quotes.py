"""Figures printed as a quote beside a name, with no verb: a ticker's bracketed quote, "the S&P 500
(SPX, +0.24%)", "the iShares Russell 2000 Index Fund (IWM 77.41, -1.94, -2.44%)"; and a scoreboard's
signed figures, "Dow: +128, S&P 500: +14.4", "Nasdaq Composite +0.1% for the week / +43.4% YTD".

Market sites print the day's move of every instrument they name this way, as of the moment the
page was written. The bracket holds the ticker, then the price (sometimes), the change in points
or dollars (sometimes) and the change in percent. Each is a claim about the article's session: a
day's move, and a level. The figures are a snapshot (the page may be written mid-session), so
each is also borne out anywhere inside the session's range (``details["snapshot"]``).

A scoreboard writes the sign where prose writes the verb: a figure with an explicit + or - right
after a name (a colon, a level or another figure between them at most) is that name's change, over
the time phrase right after it ("for the week", "YTD") or else the article's session.
"""

from __future__ import annotations

import dataclasses
import re

from capscope.claims.grammar.base import DAY_KINDS, SentenceContext, gated
from capscope.claims.grammar.live import CLOSING_VERB
from capscope.claims.model import ClaimKind, Direction, Mention, TimeExpr, TimeKind, Unit

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


# what may stand between a name and its signed figure: a colon, a level, another signed figure (in
# points too: "Dow Industrials -145 points, -0.29%", "minus 168.72 points or -0.50%"), a slash,
# brackets, a time phrase ("for the week / +43.4% YTD" is checked figure by figure), the name's own
# head word ("S&P index"), and the few words a scoreboard line puts before its sign ("at -3.1% YTD",
# "up +339.86 points", "managed only +0.1%")
_BETWEEN = re.compile(r"^[\s:,/()]*(?:(?:\d[\d,]*(?:\.\d+)?|(?:[-+]|minus\s+)\d[\d,]*(?:\.\d+)?(?:%|\s*points?|\s*pts\.?)?|"
                      r"for\s+the\s+(?:week|month|quarter|year|day|session)|YTD|year[- ]to[- ]date|or|at|up|down|"
                      r"index|industrials?|average|composite|(?:was|is|stood|ended|finished|closed|managed)(?:\s+(?:only|just))?|"
                      # "The Nasdaq was virtually flat: -14 points, -0.07%", "roughly the same: -0.09%"
                      r"(?:virtually|essentially|nearly|almost|roughly|basically|little)|flat|unchanged|changed|the\s+same)"
                      r"[\s:,/()]*)*$", re.I)
_SIGNED_NEED = re.compile(r"[-+]\d|\bminus\s+\d", re.I)
_MINUS = re.compile(r"minus\s", re.I)
# a signed figure restated in the other unit, unsigned ("+73.92 points or 1.26%"): the same change
_ECHO = re.compile(r"^\s*,?\s*or\s+$", re.I)
# a level right after a day's signed move ("-0.25% at 4373.77", "+51.42 points to 4,463.09"): its close
_AT_LEVEL = re.compile(r"^\s*,?\s*(?:at|to)\s+$", re.I)
_HEADING_REACH = 20  # a heading's time phrase opens the sentence: "Year-to-date returns:"


@gated(_SIGNED_NEED)
def signed_figures(ctx: SentenceContext) -> None:
    """A scoreboard's signed figure after a name (see the module docstring), as a change claim."""
    named = sorted((n for n in ctx.names if n.symbol and n.span is not None), key=lambda n: -n.span.start)
    for i, q in ctx.free_quantities((Unit.PCT, Unit.POINTS, Unit.NUMBER)):
        s, e = ctx.rel(q.span)
        if not q.sign or s < 1 or not (ctx.text[s] in "+-" or _MINUS.match(ctx.text, s)) \
                or ctx.is_consumed(s, e):
            continue
        # the nearest name before the figure with only figures, slashes or a time phrase between
        name = next((n for n in named if ctx.rel(n.span)[1] <= s and s - ctx.rel(n.span)[1] <= 60
                     and _BETWEEN.match(ctx.text[ctx.rel(n.span)[1]:s])), None)
        if name is None:
            continue
        # the phrase right after the figure is its own; else a heading's before the first name
        # ("Year-to-date returns: Russell 2000, -5.57%; Dow Jones, -15.47%")
        own = next((t for t in ctx.times if t.span is not None and 0 <= ctx.rel(t.span)[0] - e <= 2), None)
        # (the last of them: "Year-to-date through January 20, 2026," ends where the date says)
        heading = max((t for t in ctx.times if t.span is not None and ctx.rel(t.span)[0] <= _HEADING_REACH
                       and ctx.rel(t.span)[1] <= min(ctx.rel(n.span)[0] for n in ctx.names if n.span is not None)),
                      key=lambda t: t.span.end, default=None)
        time = ctx.resolve(own or heading) if (own or heading) is not None else None
        kind = ClaimKind.DAY_MOVE if time is None or time.kind in DAY_KINDS else ClaimKind.PERIOD_RETURN
        if kind is ClaimKind.DAY_MOVE:  # "Dow: 17,528.2, -23.9": the level before the day's move
            _level_between(ctx, name, ctx.rel(name.span)[1], s, time)
        end = ctx.rel(own.span)[1] if own is not None else e
        # a scoreboard with no closing verb may be printed mid-session, as a quote is
        # (a day's move or a to-date change: a past week's or year's figure is no snapshot)
        live = kind is ClaimKind.DAY_MOVE or time is not None and time.kind is TimeKind.TO_DATE
        change = _Change(name, kind, time, Direction.UP if q.sign > 0 else Direction.DOWN,
                         {"snapshot": True} if live and not CLOSING_VERB.search(ctx.text) else {})
        unit = change.make(ctx, i, s, end)
        end = _echo(ctx, change, end, unit)
        if kind is ClaimKind.DAY_MOVE:
            _level_after(ctx, change, end)


@dataclasses.dataclass(frozen=True)
class _Change:
    """One scoreboard change: whose, which kind (a day's move or a window's), when, which way, and
    whether it may be a mid-session snapshot; its figure and the figure's echo share all of it."""

    name: Mention
    kind: ClaimKind
    time: TimeExpr | None
    direction: Direction
    snapshot: dict

    def make(self, ctx: SentenceContext, i: int, s: int, e: int) -> Unit:
        """Quantity ``i`` as this change's claim over text[s:e]; returns its unit."""
        qq = ctx.use(i, "move")
        if qq.unit is Unit.NUMBER:
            qq.unit = Unit.POINTS
        ctx.make(self.kind, s, e, subject=self.name, quantities=[qq], time=self.time, direction=self.direction,
                 details={"measure": "pct" if qq.unit is Unit.PCT else "points", **self.snapshot})
        ctx.consumed.append((s, e))
        return qq.unit


def _echo(ctx: SentenceContext, change: _Change, after: int, unit: Unit) -> int:
    """The same change restated unsigned in the other unit right after ("-10.87 points or -0.25%" is
    two signed figures; "+73.92 points or 1.26%" one signed and its echo); returns where it ends."""
    for i, q in ctx.free_quantities((Unit.PCT, Unit.POINTS, Unit.NUMBER)):
        s, e = ctx.rel(q.span)
        if s < after or not _ECHO.match(ctx.text[after:s]):
            continue
        if q.sign or (unit is Unit.PCT) == (q.unit is Unit.PCT):
            return after  # a signed one is read in its own right; a same-unit one is another figure
        change.make(ctx, i, s, e)
        return e
    return after


def _level_after(ctx: SentenceContext, change: _Change, after: int) -> None:
    """A level right after a day's signed move, "at" or "to" it: the session's close (or, on a
    scoreboard that may be printed mid-session, the level at that moment, as its move is)."""
    for i, q in ctx.free_quantities((Unit.NUMBER,)):
        s, e = ctx.rel(q.span)
        if s >= after and _AT_LEVEL.match(ctx.text[after:s]) and not q.sign and (q.decimals or "," in q.raw):
            ctx.make(ClaimKind.CLOSE_LEVEL, s, e, subject=change.name, quantities=[ctx.use(i, "level")],
                     time=change.time, details={"level": q.value, **change.snapshot})
            ctx.consumed.append((s, e))
            return


def _level_between(ctx: SentenceContext, name: Mention, a: int, b: int, time: TimeExpr | None) -> None:
    """An unsigned level between a scoreboard's name and its day's move: the session's close."""
    for i, q in ctx.free_quantities((Unit.NUMBER,)):
        s, e = ctx.rel(q.span)
        if a <= s and e <= b and not q.sign and (q.decimals or "," in q.raw):
            ctx.make(ClaimKind.CLOSE_LEVEL, s, e, subject=name, quantities=[ctx.use(i, "level")], time=time,
                     details={"level": q.value})
            ctx.consumed.append((s, e))


__all__ = ["signed_figures", "ticker_quotes"]
