"""The sentence context every grammar rule works on, and the helpers they share.

A rule sees one sentence with its numbers, time phrases and mentions already found, claims a
number by marking it used (so "92%" is a probability, not also a move), and builds claims through
:meth:`SentenceContext.make`, which fills in spans and the sentence. Subjects come from
:meth:`SentenceContext.subject_for`: the first name in the clause before the trigger, skipping
"which tracks ..." asides, else the article's last subject ("it" with no antecedent in view).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import ClassVar, TypeVar

from capscope.claims._needs import Vocabulary, WordGate, word_gate
from capscope.claims._spans import ascii_lower, enclosing
from capscope.claims.entities import EntityTracker
from capscope.claims.lexicon import MOVE_DOWN_WORDS, MOVE_UP_WORDS, gap_after
from capscope.claims.model import (
    NO_INSTRUMENT_KINDS,
    Claim,
    ClaimKind,
    Direction,
    Mention,
    Quantity,
    Span,
    TimeExpr,
    TimeKind,
    Unit,
)
from capscope.claims.timewindows import resolve_time
from capscope.claims.timexpr import find_times

NUMWORD = (r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
           r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?|thirty)")
ORDWORD = (r"(?:\d{1,4}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
           r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
           r"eighteenth|nineteenth|twentieth|twenty-\w+)")

UP_WORDS = re.compile(r"\b(?:gains?|gained|higher|rose|rise[sn]?|rising|rall(?:y|ied|ies)|advance[sd]?|"
                      r"winning|up|green|climb(?:ed|s)?|jump(?:ed|s)?|surge[sd]?|positive|increases?|"
                      r"outperform\w*)\b", re.IGNORECASE)
DOWN_WORDS = re.compile(r"\b(?:loss(?:es)?|lost|lower|fell|fall(?:s|en)?|declin(?:e[sd]?|ing)|losing|down|red|"
                        r"drops?|dropped|slid|slump(?:ed|s)?|negative|decreases?|underperform\w*|sell-?offs?)\b",
                        re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|and|compared with|compared to|versus|vs\.?)\s|"
                           r"\s(?:while|whereas)\s|\s(?:compared with|compared to|versus|vs\.?)\s|:\s")
# a verb that gives a later figure a clause of its own ("... was the worst since the index fell")
_OWN_VERB = re.compile(r"\b(?:fell|rose|dropped|gained|lost|slid|climbed|jumped|declined|advanced|plunged|"
                       r"surged|tumbled|sank|soared|rallied|lifted|pushed|sent|added|shed|was|were|had)\b",
                       re.IGNORECASE)
_WORD_AT = re.compile(r"\w*")
# (and "as", "while", "even as", "after": "Nasdaq falls 2.6% as 10-year yield rises to 2-year high")
# (or a verb of its own: "The Nasdaq and the S&P 500 soared to records Friday and the Dow industrials
# closed in on a new high")
_FIGURE_THEN_AND = re.compile(r"(?:\d|\b(?:" + MOVE_UP_WORDS + "|" + MOVE_DOWN_WORDS + r"|closed|ended|finished|settled|"
                              r"records?)\b)[^;:]*\b(?:and|as|while|whereas|even\s+as|after|but)\s+(?:the\s+)?$")
# a comparison with another time after the claim: "as they did in June", "as it had in 2008"
# a later reference point with the verb that dates it: "the four-year low it hit on"
_LATER_REFERENCE = re.compile(r"\b(?:the|its|their)\s+(?:[\w-]+\s+){0,3}(?:highs?|lows?|records?|peaks?|bottoms?|tops?)"
                              r"\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:hit|set|reached|touched|made|posted)"
                              r"\s+(?:on\s+)?$", re.I)
# another event named after the trigger, with its own day: "rose 101.32, ..., rebounding from a drop
# Tuesday", "finish 157 points off a 412-point loss Thursday", "identical to the Fed's Nov. 10 statement"
_EVENT_BEFORE_TIME = re.compile(
    r"\b(?:from|after|following|than|of|off|to|on\s+the\s+heels\s+of)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:drop|decline|loss|slide|sell-?off|plunge|dive|tumble|fall|gain|rally|rise|advance|jump|surge|rebound|"
    r"statement|meeting|decision|announcement|report|speech|testimony)\s+(?:on\s+)?$|"
    # "even after a closely watched inflation gauge firmed in January": a clause of its own about
    # a data release, whose verb the time dates
    r"\b(?:after|as|when|while|though|although)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}(?:gauge|report|data|reading|"
    r"figure|measure|survey|numbers?|print|inflation|prices|sales|payrolls|jobs|claims)\s+(?:had\s+|has\s+)?"
    r"(?:[a-z]+ed|showed|rose|fell|grew|slowed|came\s+in)\s+(?:in\s+|on\s+|for\s+|during\s+)?$", re.I)
# (not "its 1/19 high", "its July 31 close": a reference point a change is measured from)
_TIME_BEFORE_EVENT = re.compile(r"(?:['\u2019]s)?\s+(?:[\w-]+\s+)?(?:statement|meeting|decision|announcement|report|"
                                r"speech|testimony|minutes)\b", re.I)
_POSSESSIVE_BEFORE_TIME = re.compile(r"['\u2019]s\s+$|\b(?:its|their|the)\s+$", re.I)
# a name right before "its" and the trigger: "gave the Dow its fourth-biggest point jump ever"
_POSSESSIVE_GAP = re.compile(r"['\u2019]s?\s+")
# a capitalised name right before ", which" ("Nike", "General Electric"), and the capitalised words
# that are no company: days, months, the market's own names
_PROPER_BEFORE = re.compile(r"(?<![\w&.'-])[A-Z][a-z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2}\s*$")
_NOT_A_NAME = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                         r"May|June|July|August|September|October|November|December|Wall\s+Street|Street|Fed|"
                         r"Federal\s+Reserve|Treasury|Treasuries|Washington|Congress|Christmas|Thanksgiving)\s*", re.I)
# a clause fronted by a time word ("After rallying ...", "Weeks after it slipped ...", "Since hitting
# ...") and the words between its comma and the main clause's subject ("the small-cap ")
_FRONTED = re.compile(r"\s*(?:(?:just|only|shortly|soon|weeks|days|months|a\s+week|a\s+day|a\s+month)\s+)?"
                      r"(?:after|since|following|despite|before|having|once)\b", re.IGNORECASE)
_FRONTED_GAP = re.compile(r"\s*(?:the\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)
_FRONTED_REACH = 30
# a verb that puts an index somewhere, and the words between its object and the state it names
_PUT_VERB = re.compile(r"\b(?:left|leaving|leaves|put|puts|putting|sent|sends|sending|pushed|pushing|pushes|"
                       r"drove|driving|drives|took|taking|takes|brought|bringing|dragged|dragging|lifted|lifting|"
                       # "the Federal Reserve slashed borrowing costs to a record low": a rate set somewhere
                       r"slashed|slashing|cut|cutting|lowered|lowering|raised|raising|hiked|hiking|reduced|reducing)\s+$",
                       re.IGNORECASE)
_PUT_GAP = re.compile(r"\s+(?:at|to|near)\s+(?:(?:a|an|its|their|the)\s+)?(?:(?:new|fresh)\s+)?", re.IGNORECASE)
_AT_LEVEL_GAP = re.compile(r"\s+(?:at|to)\s+\$?\d[\d,]*(?:\.\d+)?\s*(?:points?\s*)?,\s*", re.IGNORECASE)
# the name's head noun between it and its ", which": "the Russell 2000 small cap index, which rose 4.5%"
_HEAD_NOUN_GAP = re.compile(r"\s+(?:(?:small|large|mid)[\s-]?cap\s+|tech-heavy\s+|blue-chip\s+|broad(?:er)?\s+)?"
                            r"(?:index|benchmark|gauge|average|composite)\s*", re.IGNORECASE)
_OWNER_OF_ITS = re.compile(r"\s+its\s+[\w\s-]{0,30}$", re.I)
_AS_BEFORE = re.compile(r"\bas\s+(?:it|they|he|she|we|the\s+[\w-]+)\s+(?:did|had|was|were|does|do)\s+"
                        r"(?:(?:back\s+)?(?:in|on|at|during)\s+)?$", re.IGNORECASE)
# a clause whose subject is a group ("all three", "both", "each of them", "the others")
_GROUP_SUBJECT = re.compile(r"\s*(?:and\s+|but\s+|while\s+)?(?:all|both|each|the\s+(?:two|three|four|others|rest))"
                            r"(?:\s+(?:three|four|two|of\s+them|of\s+the\s+\w+))?\b", re.IGNORECASE)
_ASIDE = re.compile(r",\s*(?:which|that|who)\b[^,]*,|\([^)]*\)")


_T = TypeVar("_T")
# the times a lead clause gives the list after its colon
_LEAD_KINDS = (TimeKind.DAY, TimeKind.WEEKDAY, TimeKind.WEEK, TimeKind.MONTH, TimeKind.QUARTER, TimeKind.YEAR,
               TimeKind.TO_DATE)
# the kinds of a time phrase that name one session ("on Tuesday", "Oct. 9, 2007")
DAY_KINDS = (TimeKind.DAY, TimeKind.WEEKDAY)


# ", its highest close since its": an appositive on the figure before the comma
_ITS_APPOSITIVE = re.compile(r"(?<=\d),\s+(?:its|their)\s+(?:[\w-]+\s+){0,6}(?:its|their)?\s*$", re.IGNORECASE)

# "big weekly gains:", "monthly losses:": a change noun whose adjective names the list's period
_PERIOD_NOUN_LEAD = re.compile(r"\b(?P<adj>weekly|monthly|quarterly|annual|yearly)\s+(?:gains?|loss(?:es)?|advances?|"
                               r"declines?|performance|changes?|moves?|returns?)(?=[^:.;]*$)", re.IGNORECASE)
_PERIOD_ADJECTIVE = {"weekly": "week", "monthly": "month", "quarterly": "quarter", "annual": "year", "yearly": "year"}


class GatedRule:
    """A rule that acts only on matches of its patterns, with the word gate derived from them
    (:func:`capscope.claims._needs.word_gate`) on first use, so importing the grammar stays
    cheap; ``gate`` shows the words. Called like the rule it wraps."""

    made: ClassVar[list[GatedRule]] = []  # every gated rule, for the shared vocabulary

    def __init__(self, rule: Callable[[SentenceContext], None], patterns: tuple[re.Pattern[str], ...]):
        functools.update_wrapper(self, rule)
        self.rule, self.patterns = rule, patterns
        GatedRule.made.append(self)

    @functools.cached_property
    def gate(self) -> WordGate:
        return word_gate(*self.patterns)

    @functools.cached_property
    def _shared(self) -> bool:
        """Whether the sentence's shared word scan (:attr:`SentenceContext.present`) looks for all
        of this gate's words: true of every rule defined before the first sentence was read."""
        return rule_vocabulary().covers(self.gate)

    def __call__(self, ctx: SentenceContext) -> None:
        if self._shared:
            present = ctx.present
            if present is None or self.gate.admits(present):
                self.rule(ctx)
        elif not self.gate.rules_out_lowered(ctx.lowered):
            self.rule(ctx)


@functools.cache
def rule_vocabulary() -> Vocabulary:
    """The words of every gated rule defined so far, looked for once per sentence."""
    return Vocabulary(rule.gate for rule in GatedRule.made)


def gated(*patterns: re.Pattern[str]) -> Callable[[Callable[[SentenceContext], None]], GatedRule]:
    """A rule that acts only on matches of ``patterns`` skips a sentence none of them can match.

    The words tested are derived from the patterns (:func:`capscope.claims._needs.word_gate`),
    so a new alternative in a pattern widens its gate by itself. Most sentences lack the words
    of most rules, and the substring tests cost a fraction of a scan.
    """
    return lambda rule: GatedRule(rule, patterns)


def lacks_all(text: str, words: tuple[str, ...]) -> bool:
    """True only when the sentence is ASCII and none of ``words`` (lower case) occurs in it."""
    low = ascii_lower(text)
    return low is not None and not any(map(low.__contains__, words))


def _copy(obj: _T) -> _T:
    """``copy.copy`` of a plain (unslotted) dataclass without the pickle-protocol round trip it
    takes: the same new object with the same attribute dict, about five times faster."""
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    return new


@dataclasses.dataclass
class ArticleState:
    """What carries over between sentences: entities, the last period named, the odds source."""

    tracker: EntityTracker = dataclasses.field(default_factory=EntityTracker)
    published: dt.date | None = None
    last_time: TimeExpr | None = None
    last_source: str = ""
    # a time set by a section header line ("For the week:", "On Friday:") for the lines under it,
    # as in wire-service tables; cleared by the next header or a paragraph of prose without numbers
    section_time: TimeExpr | None = None
    # the last calendar month the article named ("the month of November"): "for the month" in a
    # piece written days after that month ended means that month, not the days of the new one
    last_month: TimeExpr | None = None
    # the last week the article named by its end ("in the week ended Jan. 21"): a later bare "for
    # the week" in a story about that week means it, not the week of publication
    last_week: TimeExpr | None = None
    prev_day: dt.date | None = None  # the latest single day named so far, for "since then"
    # the article reports a session in progress ("in morning trading", "was dropping"): its later
    # day moves without a closing verb are mid-session figures too
    live: bool = False
    # the percent changes of named instruments the last sentence with figures stated: the legs
    # of a gap the next sentence names ("That 10-percentage-point beating of the S&P ...")
    last_changes: tuple[Claim, ...] = ()


@dataclasses.dataclass
class SentenceContext:
    text: str
    offset: int
    quantities: list[Quantity]
    times: list[TimeExpr]
    names: list[Mention]
    refs: list[Mention]
    state: ArticleState
    claims: list[Claim] = dataclasses.field(default_factory=list)
    used_q: set[int] = dataclasses.field(default_factory=set)
    used_t: set[int] = dataclasses.field(default_factory=set)
    consumed: list[tuple[int, int]] = dataclasses.field(default_factory=list)  # sentence-relative

    @functools.cached_property
    def lowered(self) -> str | None:
        """The sentence lower-cased once for every rule's word gate (None when not ASCII)."""
        return ascii_lower(self.text)

    @functools.cached_property
    def present(self) -> frozenset[str] | None:
        """The rules' gate words found in the sentence, one scan for all (None when not ASCII)."""
        low = self.lowered
        return None if low is None else rule_vocabulary().present(low)

    # -- positions are sentence-relative unless said otherwise
    def rel(self, span: Span) -> tuple[int, int]:
        return span.start - self.offset, span.end - self.offset

    def is_consumed(self, s: int, e: int) -> bool:
        return any(s < b and a < e for a, b in self.consumed)

    def free_quantities(self, units: tuple[Unit, ...] | None = None) -> list[tuple[int, Quantity]]:
        return [(i, q) for i, q in enumerate(self.quantities)
                if i not in self.used_q and (units is None or q.unit in units)
                and not self.is_consumed(*self.rel(q.span))]

    def hedge_start(self, q: Quantity) -> int:
        """Where a quantity's words begin, its hedge included ("nearly 3%", "below the 10,000
        mark"): the hedge where it stands in the sentence, not a fixed distance before the number."""
        s = q.span.start - self.offset
        if not q.hedge_text:
            return s
        at = self.text.rfind(q.hedge_text, max(0, s - 40), s)
        return s if at < 0 else at

    def quantity_near(self, pos: int, *, after: bool = True, within: int = 30,
                      units: tuple[Unit, ...] | None = None) -> tuple[int, Quantity] | None:
        """The first free number starting within ``within`` characters after (or before) pos."""
        best = None
        for i, q in self.free_quantities(units):
            s, e = self.rel(q.span)
            d = s - pos if after else pos - e
            if 0 <= d <= within and (best is None or d < best[0]):
                best = (d, i, q)
        return (best[1], best[2]) if best else None

    def use(self, i: int, role: str, sign: int = 0) -> Quantity:
        self.used_q.add(i)
        q = _copy(self.quantities[i])
        q.role = role
        if sign and not q.sign:
            q.sign = sign
        return q

    @property
    def masked(self) -> str:
        """The sentence with names blanked out, so cue words inside a name ("Dow Jones Industrial
        Average") are not read as cues ("on average")."""
        cached = getattr(self, "_masked", None)
        if cached is None:
            chars = list(self.text)
            for m in self.names:
                if m.span is not None:
                    s, e = self.rel(m.span)
                    chars[max(0, s):max(0, e)] = " " * (max(0, e) - max(0, s))
            cached = "".join(chars)
            self._masked = cached
        return cached

    def _spans_of(self, rx: re.Pattern[str]) -> list[tuple[int, int]]:
        """Spans of ``rx``'s matches in the sentence, found once: rules ask for clauses and
        asides many times per sentence, and the text does not change."""
        cache = self.__dict__.setdefault("_span_cache", {})
        found = cache.get(id(rx))  # by id: hashing a compiled pattern hashes its whole program
        if found is None:
            found = cache[id(rx)] = [m.span() for m in rx.finditer(self.text)]
        return found

    def clause(self, pos: int) -> tuple[int, int]:
        return enclosing(self._spans_of(_CLAUSE_BREAK), pos, 0, len(self.text))

    def _mentions(self) -> list[Mention]:
        return sorted(self.names + self.refs, key=lambda m: m.span.start if m.span else 0)

    def _fronted_subject(self, pos: int) -> Mention | None:
        """"Weeks after it slipped into correction territory in March, the small-cap Russell 2000
        has staged a rally", "After rallying to fresh record highs following last week's election,
        the Dow has stalled": a clause fronted by a time word takes the subject of the main clause
        after its comma (an "it" in it points forward), when the clause names no instrument."""
        lead = _FRONTED.match(self.text)
        if lead is None or lead.end() > pos or "," in self.text[:pos]:
            return None
        comma = self.text.find(",", pos)
        if comma < 0 or any(m.symbol and self.rel(m.span)[1] <= pos for m in self.names if m.span is not None):
            return None
        return next((m for m in self.names if m.symbol and m.span is not None
                     and 0 <= self.rel(m.span)[0] - comma <= _FRONTED_REACH
                     and _FRONTED_GAP.fullmatch(self.text, comma + 1, self.rel(m.span)[0])), None)

    def subject_for(self, pos: int) -> Mention | None:
        """The grammatical subject of a trigger at ``pos``: see the module docstring."""
        cs, _ = self.clause(pos)
        appositive = _ITS_APPOSITIVE.search(self.text, max(0, pos - 70), pos)
        if appositive is not None:
            # "sending the Dow ... up 171.58 points to 10,932, its highest close since its record high
            # of 11,030": the appositive after a figure is the last named instrument's, not the
            # sentence's fronted "Wall Street"
            last = max((m for m in self.names if m.symbol and m.span is not None
                        and self.rel(m.span)[1] <= appositive.start()), key=lambda m: m.span.start, default=None)
            if last is not None and re.search(r"\d", self.text[self.rel(last.span)[1]:appositive.start()]):
                return last
        owner = _OWNER_OF_ITS.search(self.text, max(0, pos - 40), pos)
        if owner is not None:
            # "gave the Dow its fourth-biggest point jump ever": the name the "its" follows
            for m in self.names:
                if m.symbol and self.rel(m.span)[1] == owner.start():
                    return m
        for m in self.names:
            # "outran the Russell 1000's 11.8% increase": a figure right after a possessive name
            # is that name's, known to capscope or not; "followed by the S&P500 at 6,944, up by 43
            # points": a move right after a name and its level is that name's
            if (m.symbol or m.via == "unknown instrument") and (_POSSESSIVE_GAP.fullmatch(
                    self.text, self.rel(m.span)[1], pos) or _AT_LEVEL_GAP.fullmatch(self.text, self.rel(m.span)[1], pos)):
                return m
        for m in self.names:
            # "pulled the Dow down nearly 100 points and left the Nasdaq composite index at a
            # seven-month low": the object of a verb that puts it somewhere is the state's subject
            if (m.symbol or m.via == "unknown instrument") and m.span is not None \
                    and _PUT_GAP.fullmatch(self.text, self.rel(m.span)[1], pos) \
                    and _PUT_VERB.search(self.text, max(0, self.rel(m.span)[0] - 16), self.rel(m.span)[0]):
                return m
        rel = list(re.finditer(r",\s*(?:which|who)\b", self.text[cs:pos]))
        if rel and "," not in self.text[cs + rel[-1].end():pos] and not any(
                m.symbol and m.span is not None and cs + rel[-1].end() < self.rel(m.span)[0] < pos for m in self.names):
            # (not when the relative clause names its own subject: "said Art Hogan, ..., who pointed
            # out that while the Dow has closed at a record high nine times in 2014")
            # "lagging the S&P 500, which has gained about 13%": the name the 'which' follows
            a = cs + rel[-1].start()
            for m in self.names:
                s, e = self.rel(m.span)
                if (m.symbol or m.via == "unknown instrument") and (
                        0 <= a - e <= 2 or self._only_time_between(e, a) or _HEAD_NOUN_GAP.fullmatch(self.text, e, a)):
                    return m  # (also "the S&P 500 in 2024, which surged 23%"; "markets abroad, which had plunged")
            # "helped by Nike, which hit a record": a proper name no rule knows is the 'which''s,
            # and it is no instrument capscope has
            proper = _PROPER_BEFORE.search(self.text, cs, a)
            if proper is not None and proper.start() > cs and not _NOT_A_NAME.fullmatch(proper.group(0)) \
                    and not any(self.rel(m.span)[1] > proper.start() for m in self.names if m.span is not None
                                and self.rel(m.span)[0] < a):
                return Mention(raw=proper.group(0), span=Span(self.offset + proper.start(), self.offset + proper.end()),
                               symbol=None, via="unknown instrument")
        fronted = self._fronted_subject(pos)
        if fronted is not None:
            return fronted
        asides = self._spans_of(_ASIDE)
        cands = []
        for m in self._mentions():
            s, e = self.rel(m.span)
            if e > pos or any(a <= s < b and not a <= pos < b for a, b in asides):
                continue  # (a name in an aside is not the subject outside it; inside it, it may be)
            cands.append((s, m))
        in_clause = [m for s, m in cands if s >= cs]
        # a name in the comma-segment of the trigger itself beats the head of a list before it:
        # "Of the four indexes, the Dow, the S&P 500 and the Nasdaq, only the small-cap index fell"
        seg = self.text.rfind(",", cs, pos) + 1
        in_segment = [m for s, m in cands if seg > cs and s >= seg and m in self.names
                      and (m.symbol or m.via == "unknown instrument")]
        if in_segment:
            in_clause = in_segment
        if len(in_clause) > 1:
            in_clause = self._coordinated(in_clause)
        if not in_clause and _GROUP_SUBJECT.match(self.text, cs, pos):
            return None  # "...; all three also closed in the red": the list's, not one index's
        pick = in_clause[0] if in_clause else (cands[0][1] if cands else None)
        if pick is not None and pick.symbol is None and pick.via != "unknown instrument":
            pick = None
            # "the Russell 2000 has lost 25%, and year to date it is down 18%": the sentence's
            # own earlier subject, before the article's
            earlier = next((c.subject for c in reversed(self.claims) if c.subject is not None
                            and c.subject.symbol and c.span.start - self.offset < pos), None)
            if earlier is not None:
                return Mention(raw=earlier.raw, span=None, symbol=earlier.symbol,
                               via=f"context: earlier subject '{earlier.raw.strip()}'", generic=earlier.generic)
        if pick is None and self.state.tracker.last_subject is not None:
            last = self.state.tracker.last_subject
            return Mention(raw=last.raw, span=None, symbol=last.symbol,
                           via=f"context: last subject '{last.raw.strip()}'", generic=last.generic)
        return pick

    def _only_time_between(self, a: int, b: int) -> bool:
        """Whether the text between ``a`` and ``b`` is one time phrase and spaces."""
        if not 0 < b - a <= 40:
            return False
        for t in self.times:
            s, e = self.rel(t.span)
            if a <= s and e <= b and not (self.text[a:s] + self.text[e:b]).strip():
                return True
        return False

    def _coordinated(self, in_clause: list[Mention]) -> list[Mention]:
        """"The Dow soared 900 points and the S&P 500 had its best day": a name after "and" that
        follows the first name's own figure opens a second clause, and a trigger after it is that
        name's. Without a figure between them ("the Dow and the S&P 500 rose 1%") the names are a
        list and the first still leads."""
        prev_end = self.rel(in_clause[0].span)[1] if in_clause[0].span else 0
        out = in_clause
        for m in in_clause[1:]:
            if m.span is None:
                continue
            s, e = self.rel(m.span)
            gap = self.text[prev_end:s]
            if m in self.names and (m.symbol or m.via == "unknown instrument") and _FIGURE_THEN_AND.search(gap):
                out = [m]
            prev_end = e
        return out

    def mention_after(self, pos: int, within: int = 60) -> Mention | None:
        _, ce = self.clause(pos)
        for pool in (self.names, self.refs):  # a name beats a reference ("the gains in the S&P 500")
            for m in sorted(pool, key=lambda m: m.span.start if m.span else 0):
                s, _ = self.rel(m.span)
                if pos <= s <= min(ce, pos + within) and (m.symbol or m.via == "unknown instrument"):
                    return m
        return None

    def time_for(self, pos: int, *, kinds: tuple[TimeKind, ...] | None = None,
                 allow_since: bool = True, prefer: str = "past") -> TimeExpr | None:
        """The time phrase of a trigger: nearest in the same clause, after it first, resolved."""
        cs, ce = self.clause(pos)
        best = None
        for i, t in enumerate(self.times):
            if i in self.used_t:
                continue
            if kinds is not None and t.kind not in kinds:
                continue
            if not allow_since and t.anchor == "since":
                continue
            if t.kind is TimeKind.SAME_AS_BEFORE and self.state.last_time is None and len(self.times) > 1:
                continue  # "during that period" with no period before it: another phrase may date it
            s, e = self.rel(t.span)
            if not (cs <= s < ce):
                continue
            if t.part == "closing" and s > pos and any(ch.isdigit() for ch in self.text[pos:s]):
                continue  # "slipped 0.6% but still ended the week 1.7% higher": the later verb's period
            if _AS_BEFORE.search(self.text, max(0, s - 30), s):
                continue  # "raised rates by 0.75 point, as they did in June": June dates the comparison
            if s > pos and _LATER_REFERENCE.search(self.text, pos + 1, s):
                continue  # "at its lowest close since September 1996 and pushed the Dow back
                # toward the four-year low it hit on July 23": July 23 is that low's day
            if self.dates_other_event(pos, s, e):
                continue
            if s > pos and self._figure_between(pos, s):
                continue  # "... 52 percent decline ... fell 54.5 percent from March 1937 to
                # March 1938": a time after another figure is that figure's
            if e <= pos and self.in_aside(s, e, pos):
                continue  # "The S&P 500, ahead close to 30% for the year, added 7.29": the
                # aside's year is its own figure's
            d = s - pos if s >= pos else (pos - e) + 1000  # prefer phrases after the trigger
            if best is None or d < best[0]:
                best = (d, i, t)
        if best is None:
            lead = self._colon_lead_time(cs, kinds)
            if lead is not None:
                return lead
            sec = self.state.section_time
            if sec is not None and (kinds is None or sec.kind in kinds):
                sec = _copy(sec)
                sec.note = f"from the section heading '{sec.raw}'"
                return sec
            return None
        return self.resolve(best[2], prefer=prefer)

    def dates_other_event(self, pos: int, s: int, e: int) -> bool:
        """Whether the time phrase at ``s:e``, after a trigger at ``pos``, is the day of another
        event the sentence names: "rebounding from a drop Tuesday", "the Fed's Nov. 10 statement"."""
        return s > pos and bool(_EVENT_BEFORE_TIME.search(self.text, max(pos, s - 60), s) or (
            _POSSESSIVE_BEFORE_TIME.search(self.text, max(pos, s - 12), s) and _TIME_BEFORE_EVENT.match(self.text, e)))

    def _colon_lead_time(self, cs: int, kinds: tuple[TimeKind, ...] | None) -> TimeExpr | None:
        """The period that the words before a colon give the list after it: "... their steepest
        weekly losses in more than a year last week: the Nasdaq lost nearly 6%, the S&P 500 fell
        more than 4% ...". Only a clause after the sentence's colon, only a period or a day."""
        colon = self.text.rfind(":", 0, cs + 1)
        if colon < 0 or ";" in self.text[colon + 1:cs]:
            return None  # (every clause of the list after the colon: "..., and the Dow fell below 11000")
        lead = [t for t in self.times if t.span is not None and self.rel(t.span)[1] <= colon
                and t.kind in _LEAD_KINDS and t.anchor != "since" and (kinds is None or t.kind in kinds)]
        if all(t.kind in DAY_KINDS for t in lead):
            # "Yesterday's buying also gave the market big weekly gains: ...": the noun's period (a
            # period the words name, "weekly losses ... last week:", says which one: below)
            noun = self._period_noun_before_colon(colon, kinds)
            if noun is not None:
                return noun
        if not lead:
            return None
        # a time that opens the sentence ("On Monday, stocks reacted to S&P's decision the
        # previous Friday: ...") dates it; one inside a noun phrase before the colon dates that
        opening = next((t for t in lead if self.rel(t.span)[0] <= 3), None)
        pick = opening or lead[-1]
        found = self.resolve(pick)
        found.note = f"from the words before the colon ('{pick.raw.strip()}')"
        return found

    def _period_noun_before_colon(self, colon: int, kinds: tuple[TimeKind, ...] | None) -> TimeExpr | None:
        """The period a change noun before the colon names by its adjective: "gave the market big
        weekly gains: the Dow rose 400.71, or 4.0 percent, the Nasdaq 78.21, ...": for the week."""
        m = _PERIOD_NOUN_LEAD.search(self.text, 0, colon)
        if m is None:
            return None
        found = self.time_named(f"for the {_PERIOD_ADJECTIVE[m.group('adj').lower()]}", m.start(), m.end())
        if found is None or (kinds is not None and found.kind not in kinds):
            return None
        found.note = f"from the words before the colon ('{m.group(0).strip()}')"
        return found

    def time_named(self, phrase: str, s: int, e: int) -> TimeExpr | None:
        """The time phrase ``phrase`` stands for the sentence's words ``text[s:e]``, resolved (None
        when the parser reads no phrase in it). Rules that know what words mean without their being
        a time phrase ("a week earlier" after a yield's "from" figure is last week's close, "from 52
        weeks ago" the past 52 weeks) say it as one, and the claim still quotes the words."""
        t = next(iter(find_times(phrase)), None)
        if t is None:
            return None
        words = self.text[s:e]
        s += len(words) - len(words.lstrip())
        e -= len(words) - len(words.rstrip())
        t.raw, t.span = self.text[s:e], Span(self.offset + s, self.offset + e)
        return self.resolve(t)

    def in_aside(self, s: int, e: int, pos: int) -> bool:
        """Whether the words ``s:e`` (a time phrase, a claim) sit in an aside between commas right
        after a name ("The S&P 500, ahead close to 30% for the year, added 7.29") that holds a
        figure and closes before the trigger at ``pos``: the aside's period is its own figure's."""
        open_ = self.text.rfind(",", 0, s)
        close = self.text.find(",", e)
        if open_ < 0 or close < 0 or close >= pos:
            return False
        named = any(m.symbol and m.span is not None and 0 <= open_ - self.rel(m.span)[1] <= 1 for m in self.names)
        inside = any(m.span is not None and open_ < self.rel(m.span)[0] < close for m in self.names)
        figure = any(q.span is not None and q.unit in (Unit.PCT, Unit.POINTS) and open_ < self.rel(q.span)[0] < close
                     for q in self.quantities)
        return named and not inside and figure

    def _figure_between(self, pos: int, s: int) -> bool:
        """Whether a move figure (a percent or points) other than the trigger's own stands
        between a trigger at ``pos`` and a later time phrase at ``s``, past a verb of its own."""
        after = pos + len(_WORD_AT.match(self.text, pos).group(0))  # past the trigger's own word
        for q in self.quantities:
            if q.span is None or q.unit not in (Unit.PCT, Unit.POINTS):
                continue
            qs, qe = self.rel(q.span)
            if pos < qs and qe <= s and _OWN_VERB.search(self.text, after, qs):
                return True
        return False

    def resolve(self, t: TimeExpr, *, prefer: str = "past") -> TimeExpr:
        """``t`` resolved against the publication date and the article so far, as a new object.

        Rules ask for the same phrase many times per sentence; the answer depends only on the
        phrase, ``prefer`` and the article state it reads (``last_time``, ``last_month``), so it
        is computed once per such key and handed out as a fresh shallow copy each time. The
        cache holds ``t`` itself, so its id cannot be reused by another object meanwhile.
        """
        key = (id(t), prefer, id(self.state.last_time), id(self.state.last_month), id(self.state.last_week))
        cache = self.__dict__.setdefault("_resolved", {})
        hit = cache.get(key)
        if hit is None:
            hit = cache[key] = (t, self._resolve(t, prefer))
        return _copy(hit[1])

    def _resolve(self, t: TimeExpr, prefer: str) -> TimeExpr:
        t = _copy(t)
        if t.kind is TimeKind.SAME_AS_BEFORE and self.state.last_time is not None:
            prev = _copy(self.state.last_time)
            prev.raw, prev.span = t.raw, t.span
            prev.note = f"same period as '{self.state.last_time.raw}'"
            return prev
        resolve_time(t, self.state.published, prefer=prefer)
        lm, pub = self.state.last_month, self.state.published
        lw = self.state.last_week
        if (t.kind is TimeKind.WEEK and t.part == "this" and lw is not None and lw.end is not None
                and t.start is not None and lw.end < t.start and (t.start - lw.end).days <= 45
                and re.fullmatch(r"(?:for|in|during|over|on) the week", t.raw.strip(), re.IGNORECASE)):
            week = _copy(lw)
            week.raw, week.span, week.anchor = t.raw, t.span, t.anchor
            week.note = f"the week the article is about ('{lw.raw.strip()}')"
            return week
        if (t.kind is TimeKind.TO_DATE and t.unit == "month" and t.anchor in ("for", "in", "during", "over")
                and re.fullmatch(r"(?:for|in|during|over) the month", t.raw.strip(), re.IGNORECASE)
                and lm is not None and pub is not None and lm.end is not None and lm.end < pub
                and (pub - lm.end).days <= 45):
            month = _copy(lm)
            month.raw, month.span, month.anchor = t.raw, t.span, t.anchor
            month.note = f"the month the article is about ('{lm.raw}')"
            return month
        if (t.kind is TimeKind.TO_DATE and t.unit == "year" and t.anchor in ("for", "in", "during", "over")
                and re.fullmatch(r"(?:for|in|during|over) the year", t.raw.strip(), re.IGNORECASE)
                and lm is not None and pub is not None and lm.end is not None and lm.end < pub
                and lm.end.month == 12 and lm.end.year == pub.year - 1 and (pub - lm.end).days <= 45):
            # "posted December gains of 4.4%, which leaves them up 24.2% for the year" on Jan. 2:
            # the year that December ended, not the two days of the new one
            y = lm.end.year
            return TimeExpr(t.raw, TimeKind.YEAR, span=t.span, anchor=t.anchor, year=y, start=dt.date(y, 1, 1),
                            end=dt.date(y, 12, 31), resolved=True,
                            note=f"the year the article's month ends ('{lm.raw}')")
        if (t.kind is TimeKind.DAY and not re.search(r"\b(?:19|20)\d\d\b", t.raw) and t.month is not None and t.day is not None
                and lm is not None and lm.month == t.month and lm.start is not None
                and re.search(r"\b(?:19|20)\d\d\b", lm.raw) and t.start is not None and lm.start.year != t.start.year):
            # "In February 2007 the Dow ...: after closing at a record high of 12,767 on Feb. 16": the
            # year the month was named with, not the publication's
            with contextlib.suppress(ValueError):
                day = dt.date(lm.start.year, t.month, t.day)
                t.start = t.end = day
                t.year = day.year
                t.note = f"the year of '{lm.raw.strip()}'"
        if (t.kind is TimeKind.YEAR and self.state.published is not None and t.year == self.state.published.year
                and t.anchor != "since"):
            t.end = self.state.published
            t.note = "the year so far (ends on the publication date)"
        return t

    def first_since_time(self, m: re.Match[str], group: str) -> tuple[TimeExpr | None, dict, int] | None:
        """What a "first ... since X" or "first ... in N years" match dates the previous time by:
        (the "since" phrase, resolved, that starts at ``group``, marked used; or None and the gap's
        details, ``gap_years`` and ``gap_hedge``), with where its words end; None when neither is
        there."""
        if m.group(group).lower() == "since":
            found = next(((i, t) for i, t in enumerate(self.times) if i not in self.used_t and t.span is not None
                          and self.rel(t.span)[0] == m.start(group)), None)
            if found is None:
                return None
            self.used_t.add(found[0])
            return self.resolve(found[1]), {}, self.rel(found[1].span)[1]
        gap = gap_after(self.text, m.end())
        if gap is None:
            return None
        return None, {"gap_years": gap[0], "gap_hedge": gap[1]}, gap[2]

    def since_after(self, pos: int, within: int = 60) -> tuple[int, TimeExpr] | None:
        for i, t in enumerate(self.times):
            s, _ = self.rel(t.span)
            if t.anchor == "since" and pos <= s <= pos + within:
                return i, self.resolve(t)
        return None

    def direction_in(self, s: int, e: int, default: Direction = Direction.UNKNOWN) -> Direction:
        chunk = self.text[s:e]
        up, down = len(UP_WORDS.findall(chunk)), len(DOWN_WORDS.findall(chunk))
        if up > down:
            return Direction.UP
        if down > up:
            return Direction.DOWN
        return default

    def make(self, kind: ClaimKind, s: int, e: int, **fields) -> Claim:
        """A claim whose words are text[s:e] of this sentence."""
        s, e = max(0, s), min(len(self.text), e)
        claim = Claim(kind=kind, text=self.text[s:e].strip(),
                      span=Span(self.offset + s, self.offset + e), sentence=self.text,
                      sentence_span=Span(self.offset, self.offset + len(self.text)), **fields)
        if claim.time is not None and claim.time.relative and not claim.time.resolved:
            claim.flags.append(f"unresolved time '{claim.time.raw}': {claim.time.note or 'needs the publication date'}")
        if claim.subject is None and kind not in NO_INSTRUMENT_KINDS:
            claim.flags.append("subject not found")
        self.claims.append(claim)
        return claim


# "in three days", "in five sessions" read as a look back: a forecast's horizon in other copy
_IN_N_UNITS = re.compile(r"^in\s+(?:just\s+|only\s+|a\s+mere\s+)?(?:\d+|" + NUMWORD[3:-1] +
                         r")\s+(?:trading\s+)?(?:days?|sessions?|weeks?)$", re.IGNORECASE)


def looking_back(time: TimeExpr | None) -> TimeExpr | None:
    """``time`` as the last N days (sessions, weeks) to the article's day when it is "in N days"
    after a past move or a count ("has lost 11 percent in three days", "the fourth closing high
    in five sessions"); any other time as it is."""
    if time is None or time.kind is not TimeKind.HORIZON or not _IN_N_UNITS.match(time.raw):
        return time
    return TimeExpr(time.raw, TimeKind.TRAILING, span=time.span, anchor="over", count=time.count,
                    unit=time.unit, relative=True,
                    note=f"'{time.raw}': the {time.count:g} {time.unit}s to the article's day")


__all__ = ["DOWN_WORDS", "NUMWORD", "ORDWORD", "UP_WORDS", "ArticleState", "SentenceContext", "looking_back"]
