"""Claims of a session's standing against its past: highest/lowest/best/worst since ("its biggest
drop since March", "a 52-week high"), and ranks ("its third-best day ever"). Distances from a
record are grammar.distances', records grammar.records'."""

from __future__ import annotations

import re

from capscope.claims.grammar.base import DAY_KINDS, NUMWORD, ORDWORD, SentenceContext, gated
from capscope.claims.grammar.records import (
    CLOSES_OUT,
    DAY_WORD,
    SPREAD_SUBJECT,
    first_record_since_at,
)
from capscope.claims.grammar.superlatives import (
    N_SESSIONS,
    month_of_year,
    quarter_of_year,
    superlative_measure,
)
from capscope.claims.lexicon import count_value
from capscope.claims.model import (
    ClaimKind,
    Direction,
    Mention,
    TimeKind,
    Unit,
)

_I = re.IGNORECASE

# ---------------------------------------------------------------- highest / lowest since

_SUPER = re.compile(
    r"\b(?P<w>highest|lowest|best|worst|strongest|weakest|biggest|largest|sharpest|steepest|"
    r"smallest|deepest|top|bottom)\b(?P<mid>(?:\s+[\w-]+){0,4}?)"
    # "the worst day for the S&P 500 and the Nasdaq Composite since 2022": whose it is
    r"(?P<for>\s+for\s+(?:the\s+)?(?:[\w&.'-]+\s+){0,6}?[\w&.'-]+)?"
    r"\s+(?:since|in\s+(?:more\s+than|nearly|over|about|almost)?\s*"
    r"(?P<n>\d+\.\d+|" + NUMWORD + r"|a)\s+(?P<u>years?|months?|weeks?|decades?)|"
    r"(?P<ever>ever|in\s+(?:its\s+|their\s+|the\s+index's\s+)?(?:[\w-]+\s+)?history|on\s+record|of\s+all\s+time)|"
    r"(?P<within>(?:of|in)\s+(?:the\s+year(?:\s+so\s+far)?|(?P<year>(?:19|20)\d\d))|(?:so\s+far\s+)?this\s+year|"
    r"year[\s-]to[\s-]date))\b", _I)
_NOT_SEEN = re.compile(r"\b(?:levels?|highs?|lows?|prices?)\s+(?:not|last|un)\s*seen\s+since\b|"
                       r"\bfor\s+the\s+first\s+time\s+since\b|"
                       # "its first close below 10,000 since 2004": the level inside, the time after
                       r"\b(?:its|their|a|the)\s+first\s+(?:close|finish)\s+(?:above|over|below|under)\s+[\d,.]+(?![\d,.])"
                       r"(?:\s+points)?\s+since\b|"
                       # (also the infinitive: "managed to close above 23,000 for the first time", "to top 17,000")
                       # (the side word alone: "the Dow ending above 27,000 points for the first time", "pushed
                       # it past the 24,000 mark"; the day between: "closed over 22,000 on Wednesday for the
                       # first time ever")
                       r"\b(?P<ever>(?:(?:closed|close|closes|closing|ended|end|ending|finished|finish|finishing|settled|"
                       r"settle|settling|rose|rising|climbed|climbing|topped|topping|top|tops|crossed|crossing|cross|broke|"
                       r"breaking|break|eclipsed|eclipsing|surpassed|surpassing|cleared|clearing)\s+"
                       r"(?:above|over|through|past)?|above|over|past)\s*(?:the\s+)?[\d,.]+(?![\d,.])"
                       r"(?:[\s-]+(?:points?|point\s+mark|mark|level|barrier|threshold|milestone))?"
                       r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri)day|\s+today|\s+yesterday)?"
                       r"\s+for\s+the\s+first\s+time(?:\s+ever)?|"
                       # "its first close above 26,000 points": ever, when no span follows
                       r"(?:its|their|a|the)\s+first\s+(?:close|finish)\s+(?:above|over|below|under)\s+[\d,.]+(?![\d,.])(?:\s+points)?)"
                       # ("for the first time in 18 months" is a span, the crossings rule's; "in history", "in
                       # its 120-year history" is ever)
                       r"(?!\s+(?:since|in)\b(?!\s+(?:its\s+)?(?:[\d,]+-year\s+)?history\b))", _I)
# a bare move verb right before "for the first time since": "fell for the first time since Jan. 12"
_BARE_MOVE = re.compile(r"\b(?:(?P<down>fell|declined|dropped|slipped|retreated|slid|lost\s+ground)|"
                        r"rose|gained|climbed|advanced|rallied)\s+$", _I)
# a move of a stated size before "for the first time since": "closed up 6.5% or greater",
# "fell more than 5%"
_SIZED_MOVE = re.compile(r"\b(?:(?:closed|ended|finished)\s+)?(?:(?P<down>down|fell|dropped|lost|sank|plunged|tumbled)|"
                         r"up|rose|gained|jumped|surged|soared|climbed|rallied)\s+(?:(?:more\s+than|over|at\s+least)\s+)?"
                         r"(?P<x>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)(?:\s+or\s+(?:more|greater|better|worse))?"
                         r"[^.;%]{0,40}$", _I)
# a crossing that did not happen
_NEAR_MISS = re.compile(r"\b(?:within\s+[^,;]{0,25}?\s+of|shy\s+of|short\s+of|close\s+to|nearly|almost|"
                        r"fail(?:ed|ing|s)?\s+to|fell\s+short\s+of)\s+(?:(?:crossing|reaching|topping|hitting|breaking|"
                        r"closing\s+above|clearing|posting|recording|notching|making|logging)\s+)?(?:[\d,.]+\s+(?:points\s+)?)?$", _I)
_SIDE_WORD = re.compile(r"\b(?:(?P<down>below|under|fell|dropped|sank|slid|lower|lows?)|"
                        r"above|over|topped|topping|rose|climbed|crossed|broke|higher|highs?)\b", _I)
_AVERAGE_LINE = re.compile(r"\bmoving\s+average|\b\d{1,3}-(?:day|week|month)\s+(?:average|line|MA)\b", _I)
_LOOKBACK = re.compile(r"\b(?P<n>" + NUMWORD + r")[\s-](?P<u>day|week|month|year)[\s-](?P<hl>high|low)s?\b", _I)


_IN_POINTS = re.compile(r"\b(?:in|by|measured\s+in)\s+(?:point\s+terms|points)\b", _I)


def _possessor(ctx: SentenceContext, pos: int) -> Mention | None:
    """"It was the Dow's fourth-largest decline ever": the name owning the superlative."""
    for n in ctx.names:
        if n.symbol and n.span is not None:
            s, e = ctx.rel(n.span)
            if 0 <= pos - e <= 3 and ctx.text[e:pos].strip() in ("'s", "\u2019s"):
                return n
    return None


_ONE_OF = re.compile(r"\bone\s+of\s+(?:the|its|their)\s+$", _I)
# an ordinal right before a superlative makes it a rank: "17th-worst", "second-biggest", "third largest"
_RANK_BEFORE = re.compile(r"\b(?P<ord>\d{1,3}(?:st|nd|rd|th)|" + ORDWORD + r")[\s-]+$", _I)


_AHEAD_OF_IT = re.compile(r"\b(?:behind(?:\s+only)?|second\s+only\s+to|trailing\s+only|after\s+only)\b", _I)
_RANKED_MOVE = re.compile(
    r"\b(?P<ord>\d{1,3}(?:st|nd|rd|th)|" + ORDWORD + r")[\s-]+(?P<w>biggest|largest|worst|best|steepest|sharpest)"
    r"(?:\s+(?:one-day|single-day|daily|percentage|percent|point))*\s+(?:drop|decline|loss|fall|slide|plunge|gain|"
    r"rise|advance|jump|rally)s?\b(?!\s+(?:since|in|of\s+(?:the|20\d\d|19\d\d)|this|last|for\s+the))", _I)







@gated(_SUPER, _NOT_SEEN, _RANKED_MOVE, _LOOKBACK)
def highest_since(ctx: SentenceContext) -> None:
    day_kinds = DAY_KINDS
    for m in _SUPER.finditer(ctx.text):
        if ctx.is_consumed(*m.span()) or re.search(r"\bstreak|run\b", m.group("mid"), _I):
            continue
        if SPREAD_SUBJECT.search(ctx.text, ctx.clause(m.start())[0], m.start()):
            continue  # "The gap between the 10-year and 2-year yields ..., its highest level since early 2017"
        w, mid = m.group("w").lower(), m.group("mid")
        subject_override = None
        measure = superlative_measure(mid, w)
        closed_out = CLOSES_OUT.search(ctx.text, ctx.clause(m.start())[0], m.start())
        if measure == "day_move" and closed_out is not None and not DAY_WORD.search(mid):
            # "S&P 500 closes out dismal year with worst loss since 2008": the period the verb closes
            measure = f"{closed_out.group('p').lower()}_move"
        losing = re.search(r"\b(?:drop|decline|loss|fall|selloff|sell-off|slide|plunge|rout|tumble|dive|"
                           r"slump|retreat|losse)s?\b", mid, _I)
        if w in ("lowest", "worst", "weakest", "bottom", "deepest") or (losing and w in (
                "biggest", "largest", "sharpest", "steepest")):
            kind = ClaimKind.LOWEST_SINCE
        else:
            kind = ClaimKind.HIGHEST_SINCE
        if measure != "close" and w in ("biggest", "largest", "sharpest", "steepest") and not losing:
            kind = ClaimKind.HIGHEST_SINCE
        since = None
        details: dict = {"measure": measure, "superlative": w}
        if measure == "sessions_move":
            details["sessions"] = count_value(N_SESSIONS.search(mid).group("n"))
        month = month_of_year(mid) if measure == "month_move" else None
        if month:
            details["month_of_year"] = month  # "its biggest December decline": Decembers only
        quarter = quarter_of_year(mid) if measure == "quarter_move" else None
        if quarter:
            details["quarter_of_year"] = quarter  # "its best first quarter since 1998": first quarters only
        if measure in ("day_move", "sessions_move", "week_move", "month_move", "quarter_move") and \
                re.search(r"\bpoints?\b", mid, _I):
            # "its biggest one-day point jump in nearly five years", "its biggest weekly point gain"
            details["unit"] = "points"
        if _ONE_OF.search(ctx.text[max(0, m.start() - 20):m.start()]):
            details["one_of"] = True  # "one of their biggest gains since World War II": a top rank
        if m.group("ever"):
            if measure != "day_move":
                continue  # "the highest close ever" is the record rule's
            details["ever"] = True  # "its worst one-day point decline ever": a record move
            details["unit"] = "points" if re.search(r"\bpoints?\b", mid, _I) or _IN_POINTS.search(
                ctx.text[:m.start()]) else "pct"
            rank = _RANK_BEFORE.search(ctx.text, 0, m.start())
            if rank is not None:  # "the 17th-worst percentage loss in its history"
                details["rank"] = count_value(rank.group("ord"))
            owner = _possessor(ctx, rank.start() if rank is not None else m.start())
            if owner is not None:
                subject_override = owner
        elif m.group("within"):
            rank = _RANK_BEFORE.search(ctx.text, 0, m.start())
            if measure not in ("day_move", "close", "week_move", "month_move") or (
                    rank is not None and measure != "day_move"):
                continue  # "its 4th worst week of the year": no period rank yet; left to no claim
            # "its worst day of 2019", "the highest close of the year", "their best week of the
            # year": nothing earlier in that calendar year beyond it (the year the words name,
            # else the day's own)
            year = m.group("year")
            details["within"] = {"unit": "year", "year": int(year) if year else None}
            if rank is not None:  # "its second-worst loss of the year"
                details["rank"] = count_value(rank.group("ord"))
            ctx.used_t |= {i for i, t in enumerate(ctx.times)
                           if t.span is not None and m.start("within") <= ctx.rel(t.span)[0] < m.end()}
        elif m.group("u"):
            n = 1 if m.group("n").lower() == "a" else (
                float(m.group("n")) if "." in m.group("n") else count_value(m.group("n")))
            details["lookback"] = {"count": n, "unit": m.group("u").lower().rstrip("s"),
                                   "hedge": "more_than" if re.search(r"more than|over", m.group(0), _I) else "exact"}
        else:
            found = ctx.since_after(m.end() - 6, within=8)
            if found is None:
                continue
            ctx.used_t.add(found[0])
            since = found[1]
            rank = _RANK_BEFORE.search(ctx.text, 0, m.start())
            if rank is not None:  # "its third best week since World War II": a rank, not the best
                details["rank"] = count_value(rank.group("ord"))
        end = since.span.end - ctx.offset if since and since.span else m.end()
        time = ctx.time_for(m.start(), kinds=(*day_kinds, TimeKind.WEEK, TimeKind.MONTH), allow_since=False)
        owners = [n for n in (*ctx.names, *ctx.refs) if n.symbol and n.span is not None and m.group("for")
                  and m.start("for") <= ctx.rel(n.span)[0] < m.end("for")]
        for subject in owners or [subject_override or ctx.subject_for(m.start())]:
            ctx.make(kind, m.start(), end, subject=subject, since=since, time=time,
                     direction=Direction.UP if kind is ClaimKind.HIGHEST_SINCE else Direction.DOWN,
                     details=details)
        ctx.consumed.append((m.start(), end))
    for m in _NOT_SEEN.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        if m.group(0).lower().startswith("for") and _AVERAGE_LINE.search(ctx.text):
            continue  # "above its 200-day average for the first time since March": the average's side, not a high
        if m.group(0).lower().startswith("for") and first_record_since_at(ctx, m.start()):
            continue  # "closed at a record high for the first time since August 2018": the records rule's
        if _NEAR_MISS.search(ctx.text, max(0, m.start() - 60), m.start()):
            continue  # "came within 82 points of crossing 10,000 for the first time since October"
        ever = m.group("ever") is not None  # "closed above 50,000 for the first time": ever
        found = None if ever else ctx.since_after(m.end() - 6, within=8)
        if found is None and not ever:
            continue
        if found is not None:
            ctx.used_t.add(found[0])
        cs, _ = ctx.clause(m.start())
        before = ctx.text[max(cs, m.start() - 60):m.start()]
        level = (ctx.quantity_near(m.start(), within=len(m.group(0)), units=(Unit.NUMBER, Unit.USD, Unit.POINTS))
                 if ever or m.group(0)[-5:].lower() == "since" and any(ch.isdigit() for ch in m.group(0)) else
                 ctx.quantity_near(m.start(), after=False, within=40, units=(Unit.NUMBER, Unit.USD)))
        # the side is the last direction word before the level ("soared 22% from its Oct. 27 low
        # and topped 2,000 ... for the first time since": above)
        sides = list(_SIDE_WORD.finditer(before + m.group(0)))
        down = bool(sides) and sides[-1].group("down") is not None
        kind = ClaimKind.LOWEST_SINCE if down else ClaimKind.HIGHEST_SINCE
        qs = [ctx.use(level[0], "level")] if level else []
        start = min([m.start()] + [q.span.start - ctx.offset for q in qs])
        end = found[1].span.end - ctx.offset if found is not None else m.end()
        details = {"measure": "level" if qs else "close", **({"ever": True} if ever else {})}
        sized = None if qs or ever else _SIZED_MOVE.search(ctx.text, cs, m.start())
        bare = None if qs or ever or sized is not None else _BARE_MOVE.search(ctx.text, max(cs, m.start() - 20), m.start())
        if bare is not None:
            # "the Russell 2000 fell for the first time since Jan. 12": its first down session
            # since then (a move of any size that way), not its lowest close since
            details = {"measure": "day_move", "superlative": "most", "threshold_pct": 1e-4}
            down = bare.group("down") is not None
            kind = ClaimKind.LOWEST_SINCE if down else ClaimKind.HIGHEST_SINCE
        if sized is not None:
            # "all closed up 6.5% or greater on the same day for the first time since November
            # 13, 2008": the first move of that size since, not the highest close since
            details = {"measure": "day_move", "superlative": "most",
                       "threshold_pct": float(sized.group("x"))}
            down = sized.group("down") is not None
            kind = ClaimKind.LOWEST_SINCE if down else ClaimKind.HIGHEST_SINCE
        ctx.make(kind, start, end, subject=ctx.subject_for(start),
                 since=found[1] if found is not None else None, quantities=qs,
                 time=ctx.time_for(start, kinds=(*day_kinds, TimeKind.MONTH), allow_since=False),
                 direction=Direction.DOWN if down else Direction.UP, details=details)
        ctx.consumed.append((start, end))
    for m in _RANKED_MOVE.finditer(ctx.text):
        # "its second-biggest percentage drop, behind only ... Oct. 19, 1987": a rank with no
        # window is a rank in the index's history
        if ctx.is_consumed(*m.span()):
            continue
        losing = re.search(r"worst|weakest|drop|decline|loss|fall|slide|plunge", m.group(0), _I)
        # "behind only the 11.35 percent loss of Oct. 19, 1987": that date is the one ahead of it
        behind = _AHEAD_OF_IT.search(ctx.text, m.end())
        hidden = {i for i, t in enumerate(ctx.times) if behind is not None and t.span is not None
                  and ctx.rel(t.span)[0] >= behind.start()} - ctx.used_t
        ctx.used_t |= hidden
        time = ctx.time_for(m.start(), kinds=day_kinds, allow_since=False)
        ctx.used_t -= hidden
        ctx.make(ClaimKind.LOWEST_SINCE if losing else ClaimKind.HIGHEST_SINCE, m.start(), m.end(),
                 subject=ctx.subject_for(m.start()), time=time,
                 direction=Direction.DOWN if losing else Direction.UP,
                 details={"measure": "day_move", "superlative": m.group("w").lower(), "ever": True,
                          "rank": count_value(m.group("ord")),
                          "unit": "points" if re.search(r"\bpoints?\b", m.group(0), _I) else "pct"})
        ctx.consumed.append(m.span())
    for m in _LOOKBACK.finditer(ctx.text):
        if ctx.is_consumed(*m.span()) or ctx.text[m.end():m.end() + 3].lstrip().startswith(":"):
            continue  # ("52 Week High: 18,351.40": a field's label, not a high the day reached)
        low = m.group("hl").lower() == "low"
        ctx.make(ClaimKind.LOWEST_SINCE if low else ClaimKind.HIGHEST_SINCE, m.start(), m.end(),
                 subject=ctx.subject_for(m.start()),
                 # ("falling to 15-month lows in April": one of that month's sessions)
                 time=ctx.time_for(m.start(), kinds=(*day_kinds, TimeKind.MONTH), allow_since=False),
                 direction=Direction.DOWN if low else Direction.UP,
                 details={"measure": "close", "lookback": {"count": count_value(m.group("n")),
                                                           "unit": m.group("u").lower(), "hedge": "exact"}})
        ctx.consumed.append(m.span())


__all__ = ["highest_since"]
