"""Rules for monetary-policy claims: FOMC decisions and market-implied odds of the next move.

"began a rate-cutting cycle with a half-point reduction" is a cut of 50 bp, first of a cycle;
"FedWatch shows a 92% probability for a quarter-point cut in November" is a probability of a
25 bp cut at the November meeting (the next November after publication). Sizes in percentage
points become basis points here, so the verifier compares like with like.
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import NUMWORD, ORDWORD, SentenceContext, gated, lacks_all
from capscope.claims.grammar.yields import is_rate
from capscope.claims.lexicon import count_value
from capscope.claims.model import (
    ClaimKind,
    Direction,
    Hedge,
    Mention,
    Quantity,
    Span,
    TimeKind,
    Unit,
)

_I = re.IGNORECASE
# who decides for the Fed, as news names it (also the outlook rule's)
FED_ACTOR = (r"(?:Fed|Federal\s+Reserve|FOMC|Federal\s+Open\s+Market\s+Committee|central\s+bank|policymakers|Powell|"
             # "the policy committee's short statement kept the federal funds rate ... unchanged"
             r"(?:Fed's\s+)?(?:policy|rate-setting|policy-setting)\s+committee)")
_ACTOR = re.compile(r"\b(?:the\s+)?" + FED_ACTOR + r"\b")
_CUT = r"cut(?:s|ting)?|lower(?:ed|ing|s)?|reduc(?:ed|tion|ing|es)|trim(?:med|s|ming)?|eas(?:ed|ing)|slash(?:ed)?"
_HIKE = (r"hike[sd]?|hiking|rais(?:ed|es|ing)|increase[sd]?|tighten(?:ed|ing)|lift(?:ed|ing)?|"
         r"(?:ratchet|bump|jack)(?:ed|ing|s)?\s+up")  # "ratcheted up its key interest rate by 75 basis points"
_HOLD = r"held|hold(?:s|ing)?|kept|keep(?:s|ing)?|left|leav(?:es|ing)|paus(?:ed|e|es|ing)|on\s+hold|unchanged|steady"
_ACTION = re.compile(r"\b(?:(?P<cut>" + _CUT + r")|(?P<hike>" + _HIKE + r")|(?P<hold>" + _HOLD + r"))\b", _I)
# a move named as the object of a worry, a hope or a bet: "worries about further rate increases",
# "hopes for a rate cut", "speculation of more hikes"
_WORRIED = re.compile(r"\b(?:worries|worry|worried|fears?|feared|concerns?|concerned|anxiety|jitters|nervousness|"
                      r"expectations?|bets?|hopes?|talk|speculation|prospects?|possibility|risk|threat)\s+"
                      r"(?:about|over|of|for|on|regarding|that)\s+(?:\w+\s+){0,3}$", _I)
_PROB = re.compile(r"\b(?:probability|chance|odds|likelihood|priced\s+in|pricing\s+in|bets?|implied)\b", _I)
_FIRST = re.compile(r"\b(?:began|begin|begins|beginning|kicked\s+off|kick(?:ed|s)?\s+off|start(?:ed|s|ing)?|"
                    r"launch(?:ed|es)?|first)\b[^.;]{0,40}\b(?:cycle|cut|hike|easing|tightening)|"
                    r"\bfirst\s+(?:rate\s+)?(?:cut|hike|reduction|increase)", _I)
# "its first rate reduction of the year": the first in a calendar period, not of a cycle
_FIRST_OF_PERIOD = re.compile(r"\bfirst\s+(?:\w+\s+){0,2}(?:of|in|this|since)\s+(?:the\s+|this\s+)?"
                              r"(?:year|month|quarter|20\d\d|19\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))", _I)
_SOURCE = re.compile(r"FedWatch|fed\s+funds\s+futures|futures\s+market|swaps?\s+market|CME|traders", _I)
_SOURCE_RANK = ["fedwatch", "fed", "futures", "swaps", "swap", "cme", "traders"]
_FUTURE = (TimeKind.MONTH, TimeKind.DAY, TimeKind.WEEKDAY, TimeKind.WEEK, TimeKind.FUZZY)


# the month in a date ("on May 28, 2008"), not the modal "may" of a vague decision
_MAY_DATE = re.compile(r"\bMay(?=\s+\d)")


def _size_bp(q: Quantity) -> float | None:
    if q.unit is Unit.BP:
        return q.value
    if q.unit is Unit.PP or (q.unit is Unit.PCT and q.value <= 1.0):
        return round(q.value * 100, 6)
    return None


def _action(text: str) -> str:
    m = _ACTION.search(text)
    if not m:
        return ""
    return "cut" if m.group("cut") else "hike" if m.group("hike") else "hold"


_PROB_BEFORE = re.compile(r"(?:probability|chance|odds|likelihood)\s+(?:of|at|is|was)?\s*$", _I)
_PROB_LEADIN = re.compile(r"\b(?:probability|chance|odds|likelihood)\b[^.;%]{0,60}\b(?:at|to|stood\s+at|was|is)\s+$", _I)


# one of these is in every _SOURCE match, and one in every match of _PROB, _PROB_BEFORE, _PROB_LEADIN
_SOURCE_WORDS = ("fedwatch", "fed", "futures", "swap", "cme", "traders")
_PROB_WORDS = ("probability", "chance", "odds", "likelihood", "priced", "pricing", "bet", "implied")


def probabilities(ctx: SentenceContext) -> None:
    if lacks_all(ctx.text, _SOURCE_WORDS + _PROB_WORDS):
        return
    src = min(_SOURCE.finditer(ctx.text), key=lambda m: _SOURCE_RANK.index(m.group(0).split()[0].lower())
              if m.group(0).split()[0].lower() in _SOURCE_RANK else 9, default=None)
    if src:
        ctx.state.last_source = src.group(0)
    if lacks_all(ctx.text, _PROB_WORDS):
        return
    for i, q in ctx.free_quantities((Unit.PCT,)):
        s, e = ctx.rel(q.span)
        after = ctx.text[e:e + 25]
        before = ctx.text[max(0, s - 40):s]
        if not (_PROB.search(after.split(",")[0]) or _PROB_BEFORE.search(before)
                or _PROB_LEADIN.search(ctx.text[max(0, s - 90):s])):
            continue
        rest = ctx.text[e:e + 90]
        # "the odds of a cut ... at 60%": the action named last before the figure ("raised the odds of a cut")
        action = _action(rest) or next((_action(m.group(0)) for m in reversed(list(
            _ACTION.finditer(ctx.text[max(0, s - 90):s])))), "")
        if not action and not re.search(r"\b(?:rate|fed|fomc|meeting)\b", ctx.text, _I):
            continue
        qq = ctx.use(i, "probability")
        qs = [qq]
        size = (ctx.quantity_near(e, within=60, units=(Unit.BP, Unit.PP))
                or ctx.quantity_near(s, after=False, within=70, units=(Unit.BP, Unit.PP)))
        size_bp = None
        if size:
            sq = ctx.use(size[0], "size")
            size_bp = _size_bp(sq)
            qs.append(sq)
        end = max(e, *(ctx.rel(x.span)[1] for x in qs))
        time = ctx.time_for(end, kinds=_FUTURE, allow_since=False, prefer="future")
        start = s - (len(q.hedge_text) + 1 if q.hedge_text else 0)
        if size and ctx.rel(qs[-1].span)[0] < start:
            start = ctx.rel(qs[-1].span)[0]
        if time is not None and time.span is not None:
            end = max(end, time.span.end - ctx.offset)
        ctx.make(ClaimKind.RATE_PROBABILITY, start, end,
                 quantities=qs, hedge=q.hedge, time=time,
                 direction=Direction.DOWN if action == "cut" else Direction.UP if action == "hike" else Direction.FLAT,
                 details={"action": action or "cut", "size_bp": size_bp,
                          "source": (src.group(0) if src else ctx.state.last_source)})
        ctx.consumed.append((s, end))


# "to a range of 3.50%-3.75%", "at 4.25%", "in the 3.50% to 3.75% target range", "to 6 percent"
# a change's noun before "to": the figure is the change's size, not the Fed's rate
_MOVE_NOUN_TO = re.compile(r"\b(?:decline|drop|loss|losses|slide|fall|gain|gains|rise|advance|rally|rebound|"
                           r"surge|plunge|slump|retreat|selloff|sell-off)\s+(?:\w+\s+){0,2}to\s+$", _I)
# (also "on hold at the current level of 5.25%", "at its current rate of 5.25 percent")
# the range's lower bound written as a word: "a target range of zero to 0.25%"
_ZERO_TO = re.compile(r"\bzero(?:\s+percent)?\s*(?:to|-|and)\s*$", re.I)
_RANGE = re.compile(r"\b(?:to|at|in|within)\s+(?:the\s+|a\s+|its\s+)?(?:(?:target\s+)?range\s+of\s+|between\s+|"
                    r"(?:current\s+|present\s+)?(?:level|rate)\s+of\s+)?$", _I)


# the target before a decision, after the new one ("to 5 percent from 5.25 percent", "to 3.5% from
# 4.25%") or before it ("from 4.75% to 5%")
_FROM_AFTER = re.compile(r"\s+from\s+(?:(?:a|the|its)\s+(?:previous\s+|prior\s+|old\s+)?(?:target\s+)?(?:range\s+of\s+|"
                         r"level\s+of\s+|rate\s+of\s+))?$", _I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", _I)
# "keep rates near zero into 2023", "near zero for almost three more years", "until mid-2015": a
# pledge about the rate's future, not a decision to check
_PLEDGED = re.compile(r"\s*(?:,\s*)?(?:into|until|till|through|thru|for\s+(?:at\s+least\s+|almost\s+|about\s+|another\s+|"
                      r"(?:\w+\s+){0,2}(?:more|longer|years?|months?)\b)|at\s+least\s+(?:until|through)|as\s+long\s+as)",
                      _I)
_NEAR_ZERO = re.compile(r"\b(?:at|to)\s+(?:near|nearly|close\s+to|around|about|essentially|virtually)[\s-]+zero\b|"
                        r"\bnear[\s-]+zero\b|\b(?:at|to)\s+zero\b(?!\s*(?:to|-|and)\b)", _I)
_RATE_FROM = re.compile(r"\b(?:rates?|target(?:\s+rate)?)(?:\s+among\s+banks)?,?\s+from\s+$", _I)
_BOUNDS_JOINED = re.compile(r"^\s*(?:to|-|and|\u2013)\s*$", _I)


def _previous_target(ctx: SentenceContext, start: int, end: int) -> tuple[list[int], float, float] | None:
    """The range in force before a decision, stated beside the new target that spans ``start`` to
    ``end``: its quantities' indices and its bounds (one figure: both)."""
    after = ctx.quantity_near(end, within=32, units=(Unit.PCT,))
    if after is not None and _FROM_AFTER.match(" " + ctx.text[end:ctx.rel(after[1].span)[0]]):
        found = [after]
        nxt = ctx.quantity_near(ctx.rel(after[1].span)[1], within=8, units=(Unit.PCT,))
        if nxt is not None and _BOUNDS_JOINED.match(ctx.text[ctx.rel(after[1].span)[1]:ctx.rel(nxt[1].span)[0]]):
            found.append(nxt)
    else:
        prior = ctx.quantity_near(start, after=False, within=8, units=(Unit.PCT,))
        if prior is None or not re.fullmatch(r"\s+to\s+", ctx.text[ctx.rel(prior[1].span)[1]:start]) \
                or not _FROM_BEFORE.search(ctx.text, max(0, ctx.rel(prior[1].span)[0] - 6), ctx.rel(prior[1].span)[0]):
            return None
        found = [prior]
    values = [v for _, q in found for v in ((q.value,) if q.high is None else (q.value, q.high))]
    return [i for i, _ in found], min(values), max(values)


# a word of monetary policy beyond a size ("basis points" alone is any small move)
_POLICY_WORD = re.compile(r"\b(?:rates?|rate-cutting|rate-hiking|easing|tightening|policy|hike|hikes|hiked|cuts?|"
                          r"funds\s+rate|FOMC|Fed|Federal\s+Reserve|central\s+bank|Powell|Yellen|Bernanke)\b", _I)
_RATE_WORD = re.compile(r"\b(?:rates?|rate-cutting|rate-hiking|easing|tightening|policy|basis[- ]points?)\b", _I)


def _about_rates(text: str, act: re.Match[str]) -> bool:
    """Whether an action word is about rates: a rate word or a size within a few words of it
    ("cut rates", "a quarter-point hike"), not "analysts raising their estimates"."""
    near = text[max(0, act.start() - 30):act.end() + 40]
    return _RATE_WORD.search(near) is not None or re.search(r"\bpoint\b|\bbp\b", near, _I) is not None


# a count of moves: "three consecutive 25-basis-point cuts", "two rate hikes", "cut rates three
# times"; an ordinal: "its fifth rate increase of the year", "the third straight cut"
_MOVES = r"(?:(?:quarter|half)[- ]point\s+|\d{2,3}[- ]basis[- ]point\s+)?(?:interest[- ]rate\s+|rate\s+)?"
_COUNT_OF_MOVES = re.compile(
    r"\b(?P<n>" + NUMWORD + r")\s+(?P<run>(?:consecutive|straight|successive|back-to-back)\s+)?" + _MOVES +
    r"(?P<act>cuts|reductions|hikes|increases)\b|"
    r"\b(?P<act2>cut|lowered|reduced|raised|hiked|lifted)\s+(?:interest\s+|its\s+(?:benchmark\s+|key\s+)?)?rates?\s+"
    r"(?P<n2>twice|" + NUMWORD + r"\s+times)\b", _I)
_ORDINAL_MOVE = re.compile(
    r"\b(?:its|the\s+Fed's|the|a)\s+(?P<ord>" + ORDWORD + r")\s+(?P<run>(?:consecutive|straight|successive)\s+)?"
    + _MOVES + r"(?P<act>cut|reduction|hike|increase)\b(?:\s+(?P<year>of\s+(?:the\s+year|20\d\d)|this\s+year|"
    r"in\s+20\d\d))?|"
    # "raised interest rates for the fourth time this year"
    r"\b(?P<act2>cut|lowered|reduced|raised|hiked|lifted)\s+(?:interest\s+|its\s+(?:benchmark\s+|key\s+)?)?rates?\s+"
    r"for\s+the\s+(?P<ord2>" + ORDWORD + r")\s+(?P<run2>(?:consecutive|straight|successive)\s+)?time\b"
    r"(?:\s+(?P<year2>this\s+year|in\s+20\d\d|of\s+the\s+year))?", _I)


# words that make a move a prospect, not a decision ("could cut", "signaled as many as seven hikes")
# a decision not yet taken: sizes given as alternatives, the next meeting, a likelihood
_NOT_YET_DECIDED = re.compile(r"\b\d{2,3}\s+or\s+\d{2,3}[\s-]+basis[\s-]+points?\b|\bnext\s+(?:fomc\s+|policy\s+)?meeting\b|"
                              r"\bat\s+(?:its|their)\s+next\b|\b(?:seems?|looks?)\s+(?:most\s+|more\s+|very\s+)?likely\b",
                              re.IGNORECASE)
_DONE = re.compile(r"\b(?:raised|cut|lowered|hiked|lifted|trimmed|reduced|slashed|increased|delivered|"
                   r"decided|voted|left|held|kept|approved|announced)\b", re.IGNORECASE)
_UNDECIDED = re.compile(r"\b(?:could|(?-i:may)(?!\s+\d)|might|will|would|should|expected|expects?|betting|bets|pricing|"
                        r"(?:are|is)\s+coming|soon|time\s+has\s+come|signal(?:s|ed|ing)?|hint(?:s|ed|ing)?|"
                        r"plans?|ready|prepared|open\s+to|likely|appropriate|calls?\s+for|urg(?:e|es|ed|ing)|"
                        # "he said lower interest rates were on the table": possible, not decided
                        r"on\s+the\s+table|"
                        r"projects?|projected|projections?|forecasts?|sees?|seeing|foresees?|as\s+many\s+as|"
                        r"bet|wagers?|anticipat\w+|priced?\s+in|penc[i]?l+ed|dots?|median|outlook|"
                        r"estimates?|predict\w*|want\w*|hope\w*)\b", _I)


def _counted(ctx: SentenceContext, subject: Mention | None) -> None:
    """Counts and ordinals of the Fed's moves (see ``_COUNT_OF_MOVES``): a claim about how many
    cuts (hikes) a window holds, or which one a decision was."""
    for m in _COUNT_OF_MOVES.finditer(ctx.text):
        if ctx.is_consumed(*m.span()) or _UNDECIDED.search(_MAY_DATE.sub("", ctx.text[:m.start()])):
            continue
        word = (m.group("n2") or m.group("n") or "").lower().replace(" times", "")
        n = 2 if word == "twice" else count_value(word)
        act = (m.group("act") or m.group("act2") or "").lower()
        if n is None or n < 2 or n > 30:
            continue
        action = "cut" if act.startswith(("cut", "reduc", "lower")) else "hike"
        time = ctx.time_for(m.start(), kinds=(TimeKind.YEAR, TimeKind.MONTH, TimeKind.TO_DATE, TimeKind.FUZZY,
                                              TimeKind.TRAILING), allow_since=True)
        since = None
        if time is not None and time.anchor == "since":
            # "Since June 1999, the Fed has raised rates six times": counted from then to the day
            since, time = time, None
        ctx.make(ClaimKind.FED_DECISION, m.start(), m.end(), subject=subject, time=time, since=since,
                 direction=Direction.DOWN if action == "cut" else Direction.UP,
                 details={"action": action, "size_bp": None, "first_of_cycle": False, "count": n,
                          "consecutive": bool(m.group("run"))})
        ctx.consumed.append(m.span())
    for m in _ORDINAL_MOVE.finditer(ctx.text):
        if ctx.is_consumed(*m.span()) or _UNDECIDED.search(_MAY_DATE.sub("", ctx.text[:m.start()])):
            continue
        k = count_value(m.group("ord") or m.group("ord2"))
        if k is None or k < 2:
            continue  # "first cut" is the first-of-cycle reading
        act = (m.group("act") or m.group("act2")).lower()
        action = "cut" if act in ("cut", "reduction", "lowered", "reduced") else "hike"
        time = ctx.time_for(m.start(), kinds=(TimeKind.DAY, TimeKind.WEEKDAY, TimeKind.MONTH), allow_since=False)
        since = ctx.since_after(m.end(), within=2)  # "the fifth increase since June": counted from then
        end = m.end()
        if since is not None:
            ctx.used_t.add(since[0])
            end = ctx.rel(since[1].span)[1]
        ctx.make(ClaimKind.FED_DECISION, m.start(), end, subject=subject, time=time,
                 since=since[1] if since is not None else None,
                 direction=Direction.DOWN if action == "cut" else Direction.UP,
                 details={"action": action, "size_bp": None, "first_of_cycle": False, "ordinal": k,
                          "of_year": bool(m.group("year") or m.group("year2")),
                          "consecutive": bool(m.group("run") or m.group("run2"))})
        ctx.consumed.append((m.start(), end))


def _actor_mention(ctx: SentenceContext, actor: re.Match[str] | None) -> Mention | None:
    """The policy maker a sentence names ("the Fed", "the FOMC") as a claim's subject."""
    return None if actor is None else Mention(
        raw=actor.group(0), span=Span(ctx.offset + actor.start(), ctx.offset + actor.end()), via="policy maker")


# a size the market wanted, not the one decided: "trimmed a key rate Tuesday, but many had been
# looking for a cut of a half percentage point", "cut by a quarter point; traders had expected 50"
_HOPED_FOR = re.compile(r"\b(?:looking\s+for|hoping\s+for|hoped|(?<!the\s)(?<!an\s)expect\w*|anticipat\w+|wanted|wanting|"
                        r"called\s+for|calling\s+for|bet(?:ting)?\s+on|priced?\s+in|rather\s+than|instead\s+of)\b", _I)
# a figure of the economy the Fed watches, named just before a level: "until the unemployment rate
# falls to 6.5% and the 2.2% inflation pace rises to 2.5%"
_ECONOMY_FIGURE = re.compile(r"\b(?:unemployment|jobless|inflation|cpi|pce|gdp|growth|payrolls?)\b(?:\s+(?:rate|pace|"
                             r"reading|gauge|figure))?\s+(?:\w+\s+){0,2}$", _I)
_EVENT_CLAUSE = re.compile(r"\b(?:after|before|since|until|once|when|whenever)\s+(?:the\s+)?$", _I)
_SIZE_BEFORE = 30  # "a 25-basis-point rate cut", "the half-point hike": the size before it


_ANOTHER_CLAUSE = re.compile(r"(?:,\s*(?:and|but|while)|;)\s+(?:\w+\s+){0,6}?(?:the\s+(?:Fed|central\s+bank|Federal\s+Reserve)|"
                             r"it|policymakers|officials)\b", re.I)


def _own_size(ctx: SentenceContext, sizes: list[tuple[int, Quantity]],
              act: re.Match[str]) -> list[tuple[int, Quantity]]:
    """The size of the action ``act`` names: the first after it ("cut its benchmark rate by a
    quarter point", "opened its easing cycle with ... a cut of 50 basis points"), else the one
    right before it ("a 25-basis-point rate cut"). A spread earlier in the sentence ("That
    outperformance of almost 4 percentage points came as the Fed cut by a quarter point") is not
    the decision's size."""
    done = _DONE.fullmatch(act.group(0).strip()) is not None  # "trimmed", not "an increase"
    after = [(i, q) for i, q in sizes if ctx.rel(q.span)[0] >= act.end()
             and not (done and _HOPED_FOR.search(ctx.text, act.end(), ctx.rel(q.span)[0]))
             # ("to hike rates in March ..., and earlier this month the central bank turned more
             # aggressive with a half-percentage-point increase": the later clause's own move)
             and not _ANOTHER_CLAUSE.search(ctx.text, act.end(), ctx.rel(q.span)[0])]
    if after:
        return after[:1]
    before = [(i, q) for i, q in sizes if 0 <= act.start() - ctx.rel(q.span)[1] <= _SIZE_BEFORE]
    return before[-1:]


@gated(_ACTION)
def decisions(ctx: SentenceContext) -> None:
    actor = _ACTOR.search(ctx.text)
    policy_word = _POLICY_WORD.search(ctx.text)
    if actor or policy_word:
        _counted(ctx, _actor_mention(ctx, actor))
    sizes = ctx.free_quantities((Unit.BP, Unit.PP))
    if not sizes and not actor:
        return
    rate_word = _RATE_WORD.search(ctx.text)
    if not sizes and not rate_word:
        return
    if not actor and not policy_word:
        return  # "finished down 7 basis points on Monday": an index's move, not the Fed's
    act = _ACTION.search(ctx.text, actor.end() if actor else 0)
    if act is None or act.group("hold"):
        # "the 0.5 point reduction signals the Fed's commitment ... while keeping inflation in
        # check": a cut or hike named anywhere beats a later 'keep'
        moved = next((a for a in _ACTION.finditer(ctx.text) if not a.group("hold")
                      and _about_rates(ctx.text, a)
                      # ("economists who wanted a cut, the committee kept the rate unchanged")
                      and not _HOPED_FOR.search(ctx.text, max(0, a.start() - 20), a.start())), None)
        act = moved or act
    if act is None:
        return
    action = "cut" if act.group("cut") else "hike" if act.group("hike") else "hold"
    qs = []
    size_bp = None
    for i, q in _own_size(ctx, sizes, act):
        qs.append(ctx.use(i, "size"))
        size_bp = _size_bp(q)
    details: dict = {"action": action, "size_bp": size_bp,
                     "first_of_cycle": bool(_FIRST.search(ctx.text)) and not _FIRST_OF_PERIOD.search(ctx.text)}
    for i, q in ctx.free_quantities((Unit.PCT,)):
        s, e = ctx.rel(q.span)
        if (q.high is not None and action != "hold" and _RATE_FROM.search(ctx.text, max(0, s - 30), s)
                and re.search(r"\bto\b", q.raw) and act.end() <= s <= act.end() + 90
                and not re.search(r"\d", ctx.text[act.end():s])):
            # "raised interest rates from 5.5% to 5.75%": the range before, then the new target
            # (the rate's own: not "estimates ranging from 80% to 89%")
            qs.append(ctx.use(i, "target"))
            details.update(target_low=q.high, target_high=q.high, previous_low=q.value, previous_high=q.value)
            break
        if not _RANGE.search(ctx.text[max(0, s - 30):s]):
            continue
        if _MOVE_NOUN_TO.search(ctx.text[max(0, s - 40):s]):
            continue  # "taking its decline to 10% since the Fed raised rates": an index's change
        owner = ctx.subject_for(s)
        if owner is not None and is_rate(owner.symbol):
            continue  # "the yield on the two-year Treasury note fell to 4.49% on hopes that the Fed ...": a yield's level
        if _ECONOMY_FIGURE.search(ctx.text, max(0, s - 40), s):
            continue  # "until the 7.7% unemployment rate falls to 6.5%": the economy's threshold, not the rate
        # a range ("3.50%-3.75%", "0.75 percent to 1 percent"), or a single target (before
        # December 2008 the Fed set one rate)
        qs.append(ctx.use(i, "target"))
        high, low = q.high, q.value
        if high is None and _ZERO_TO.search(ctx.text, max(0, s - 24), s):
            low, high = 0.0, q.value  # "to a target range of zero to 0.25%"
        if high is None:
            nxt = ctx.quantity_near(e, within=8, units=(Unit.PCT,))
            if nxt is not None and re.match(r"^\s*(?:to|-|and)\s*$", ctx.text[e:ctx.rel(nxt[1].span)[0]], _I):
                qs.append(ctx.use(nxt[0], "target"))
                high = nxt[1].value
        details["target_low"] = low
        details["target_high"] = high if high is not None else q.value
        before = _previous_target(ctx, s, ctx.rel(qs[-1].span)[1])
        if before is not None:
            # "cut its target ... to 5 percent from 5.25 percent", "from 4.75% to 5%": the range
            # before the decision is a second figure of the claim
            used, details["previous_low"], details["previous_high"] = before
            qs.extend(ctx.use(k, "previous_target") for k in used)
        break
    zero = None if "target_low" in details else _NEAR_ZERO.search(ctx.text, act.start(), ctx.clause(act.start())[1])
    if zero is not None and zero.start() - act.end() <= 60 and not _PLEDGED.match(ctx.text, zero.end()):
        # "kept its key short-term interest rate near zero", "cut interest rates to near zero",
        # "pinned at nearly zero": the range at the zero bound, 0-0.25%
        details.update(target_low=0.0, target_high=0.25, target_words=zero.group(0).strip())
    else:
        zero = None
    if size_bp is None and "target_low" not in details and _WORRIED.search(ctx.text, max(0, act.start() - 50), act.start()):
        return  # "a Fed governor revived worries about further rate increases": no decision reported
    vague = (not re.search(r"\b(?:" + _CUT + "|" + _HIKE + r")\b", ctx.text[act.start():act.end()], _I)
             or _UNDECIDED.search(_MAY_DATE.sub("", ctx.text)))
    if size_bp is None and "target_low" not in details and action != "hold" and vague:
        return  # "the Fed could cut soon": no decision to check
    cs, ce = ctx.clause(act.start())
    ahead = _NOT_YET_DECIDED.search(ctx.text, cs, ce)
    if ahead is not None and not _DONE.search(ctx.text[act.start():act.end()]):
        # "Powell said a 50 or 75 basis point hike seems most likely at the next meeting": a
        # decision still to come, read as a forecast, never against a past meeting
        start, end = act.start(), act.end()
        ctx.make(ClaimKind.FORECAST, start, end, subject=_actor_mention(ctx, actor), quantities=qs,
                 time=ctx.time_for(act.start(), allow_since=False, prefer="future"),
                 details={"source": ahead.group(0)})
        ctx.consumed.append((start, end))
        return
    time = ctx.time_for(act.start(), kinds=(TimeKind.MONTH, TimeKind.DAY, TimeKind.WEEKDAY, TimeKind.WEEK,
                                            TimeKind.YEAR, TimeKind.FUZZY), allow_since=False)
    if time is not None and time.span is not None and actor is not None:
        ts = time.span.start - ctx.offset
        if ts < actor.start() and re.search(r"\b(?:following|after|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of)\b",
                                            ctx.text[ts:actor.start()], _I):
            time = None  # "stocks surged on September 19 following the Fed's cut": the surge's date
    if (time is None and not qs and actor is not None and action != "hold"
            and _EVENT_CLAUSE.search(ctx.text, max(0, actor.start() - 12), actor.start())
            and not re.search(r"\bsince\b|\d", ctx.text[act.end():ctx.clause(act.start())[1]])):
        return  # "in the 65 days after the Fed first started cutting rates": an undated event the
        # sentence measures from, not a decision it reports
    start = min(([actor.start(), act.start()] if actor else [act.start()])
                + [ctx.rel(q.span)[0] for q in qs])
    end = max([act.end()] + [ctx.rel(q.span)[1] for q in qs] + ([zero.end()] if zero is not None else []))
    subject = _actor_mention(ctx, actor)
    ctx.make(ClaimKind.FED_DECISION, start, end, subject=subject, quantities=qs, time=time, hedge=qs[0].hedge if qs else Hedge.EXACT,
             direction=Direction.DOWN if action == "cut" else Direction.UP if action == "hike" else Direction.FLAT,
             details=details)
    ctx.consumed.append((start, end))
    _first_since(ctx, subject, action, time)


# "its first cut since December 2008", "raised rates for the first time in nearly a decade", "it
# had not lowered the rate since 2003": the move of the same kind before the decision
_FIRST_SINCE = re.compile(
    r"\b(?:(?:its|the|their|a)\s+)?first\s+" + _MOVES + r"(?P<act>cut|reduction|hike|increase|rise)\s+(?P<how>since|in)\b|"
    r"\bfor\s+the\s+first\s+time\s+(?P<how2>since|in)\b|"
    r"\b(?:had|has)\s+not\s+(?P<act3>lowered|raised|cut|hiked|increased|reduced)\s+(?:interest\s+)?(?:the\s+|its\s+)?"
    r"(?:benchmark\s+|key\s+)?(?:(?:federal|fed)\s+funds\s+)?(?:rates?|target)?\s*(?P<how3>since)\b", _I)
def _first_since(ctx: SentenceContext, subject: Mention | None, action: str, time) -> None:  # noqa: ANN001
    """A decision's "first ... since X" (or "in N years"): a claim of its own about the previous
    move of that kind, dated like the decision (``time``)."""
    if "first" not in ctx.text and "not" not in ctx.text:
        return
    for m in _FIRST_SINCE.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        word = (m.group("act") or m.group("act3") or "").lower()
        act = ("cut" if word.startswith(("cut", "reduc", "lower")) else "hike") if word else action
        if act not in ("cut", "hike"):
            continue
        dated = ctx.first_since_time(m, next(g for g in ("how", "how2", "how3") if m.group(g)))
        if dated is None:
            continue
        since, gap, end = dated
        details: dict = {"action": act, "size_bp": None, "first_of_cycle": False, "first_since": True, **gap}
        ctx.make(ClaimKind.FED_DECISION, m.start(), end, subject=subject, time=time, since=since,
                 direction=Direction.DOWN if act == "cut" else Direction.UP, details=details)
        ctx.consumed.append((m.start(), end))


__all__ = ["FED_ACTOR", "decisions", "probabilities"]
