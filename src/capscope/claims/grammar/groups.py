"""A claim made of several indexes at once: one claim for each of them.

"All three major stock indexes posted their biggest gains of the year", "the three major U.S.
stock indices eked out modest gains to set fresh record highs": in American market news the
phrase means the Dow Jones Industrial Average, the S&P 500 and the Nasdaq Composite, and the
claim holds (or fails) for each. Left alone, such a claim names no instrument (unverifiable) or
borrows the article's last subject (one index checked for three). So each claim whose clause
opens with the phrase, and names no instrument before its words, becomes three claims, one per
index, with the same words, time and figures.

Only statements that can hold of several indexes at once are split: a move's direction or size,
a record, a "highest since", a streak, a superlative. A level ("closed at 5,500") belongs to one
index, so a level stated of the three is left as it was read.

The same holds for a record said of indexes the sentence lists by name ("The Dow Jones industrial
average and the Standard & Poor's 500 index again finished at record highs", "more record highs
for the S&P 500 and the Dow Jones Industrial Average"): the rules read it for one name; each name
of the list is checked (:func:`named_together`).
"""

from __future__ import annotations

import dataclasses
import re

from capscope.claims.entities import GROUP_VIA
from capscope.claims.grammar.base import SentenceContext, gated
from capscope.claims.grammar.name_lists import name_chains
from capscope.claims.model import ClaimKind, Mention, Span

# "all three major stock indexes", "the three major U.S. stock indices", "the 3 main averages"
# (or, with "all" before it, no adjective: "all three averages", "all three indexes")
MAJOR_THREE = re.compile(r"\b(?:all\s+)?(?:the\s+|of\s+the\s+)?(?:three|3)\s+(?:major|main|big|key|primary)\s+"
                         r"(?:U\.?S\.?\s+)?(?:stock\s+)?(?:market\s+)?(?:indexes|indices|averages|benchmarks|gauges)\b|"
                         r"\ball\s+(?:three|3)\s+(?:U\.?S\.?\s+)?(?:stock\s+)?(?:indexes|indices|averages)\b",
                         re.IGNORECASE)
THE_THREE = ("DJI", "SPX", "IXIC")
_WITH_BEFORE = re.compile(r"\bwith\s+$", re.IGNORECASE)
_SHARED_KINDS = frozenset({ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN, ClaimKind.RECORD, ClaimKind.HIGHEST_SINCE,
                           ClaimKind.LOWEST_SINCE, ClaimKind.STREAK, ClaimKind.MONTHLY_STREAK})


def group_mention(ctx: SentenceContext, pos: int, end: int | None = None) -> Mention | None:
    """The phrase "the three major indexes" opening the clause of sentence position ``pos``, with
    no instrument named between it and ``pos``, or right after the claim's words (sentence
    position ``end``) as their owner ("the fourth winning week in a row for all three
    averages"); as a mention without a symbol, which :func:`major_indexes` splits into the three."""
    if "three" not in ctx.text and "3" not in ctx.text:
        return None
    cs, _ = ctx.clause(pos)
    group = None
    for m in MAJOR_THREE.finditer(ctx.text, cs, pos):
        group = m
    if group is None and end is not None:
        owner = _FOR_THE.match(ctx.text, end)
        after = MAJOR_THREE.match(ctx.text, owner.end()) if owner is not None else None
        if after is not None and owner.group(0).strip():
            group = after
    elif group is not None and any(n.symbol and group.end() <= ctx.rel(n.span)[0] < pos for n in ctx.names):
        return None
    if group is None:
        return None
    return Mention(raw=group.group(0), span=Span(ctx.offset + group.start(), ctx.offset + group.end()),
                   symbol=None, via=f"{GROUP_VIA} '{group.group(0).strip()}' (the Dow, the S&P 500 and the Nasdaq)")


@gated(MAJOR_THREE)
def major_indexes(ctx: SentenceContext) -> None:
    """Each claim of "the three major indexes" as three claims, one per index (see the module)."""
    for c in list(ctx.claims):
        if c.kind not in _SHARED_KINDS:
            continue
        group = group_mention(ctx, c.span.start - ctx.offset, c.span.end - ctx.offset)
        if group is None:
            continue
        if group.span is not None and group.span.start >= c.span.end:
            # the owner named after the words ("... in a row for all three averages"): the words'
            # subject was only a guess ("it", the story's market) unless the clause names one
            named = c.subject is not None and c.subject.via == "alias" and c.subject.span is not None \
                and ctx.clause(c.span.start - ctx.offset)[0] <= ctx.rel(c.subject.span)[0]
            if named:
                continue
        elif c.subject is not None and c.subject.span is not None and not c.subject.via.startswith(GROUP_VIA) \
                and (c.subject.span.start >= group.span.end or not _WITH_BEFORE.search(
                    ctx.text, 0, group.span.start - ctx.offset)):
            continue  # a name of its own: that index's claim ("outpacing the gains of all three
            # major indexes and closing at a 52-week high" is the Russell's), unless the phrase
            # opens its own "with" clause: "Stocks rallied, with all three major indexes posting ..."
        ctx.claims.remove(c)
        for symbol in THE_THREE:
            who = dataclasses.replace(group, symbol=symbol)
            ctx.claims.append(dataclasses.replace(c, subject=who, flags=[*c.flags, f"one of the three major "
                                                                       f"indexes: {symbol}"]))


# the flag of a claim split out of a list of names: its subject is the list's, not a guess
LISTED = "one of the names listed together"
_RECORD_WORDS = re.compile(r"\b(?:records?|all-time|closing\s+highs?|new\s+highs?|peaks?)\b", re.IGNORECASE)
_FOR_THE = re.compile(r"\s*(?:for|by|in)\s+(?:both\s+)?(?:the\s+)?", re.IGNORECASE)


@gated(_RECORD_WORDS)
def named_together(ctx: SentenceContext) -> None:
    """A record said of a list of names, before its words or after "for", as one claim per name."""
    for c in list(ctx.claims):
        if c.kind is not ClaimKind.RECORD:
            continue
        cs, ce = c.span.start - ctx.offset, c.span.end - ctx.offset
        clause = ctx.clause(cs)[0]
        own = c.subject.span if c.subject is not None else None
        for chain in name_chains(ctx, 0, len(ctx.text)):
            if len(chain) < 2:
                continue
            first, last = ctx.rel(chain[0].span)[0], ctx.rel(chain[-1].span)[1]
            # the list before the words, the claim's subject one of them; or right after them,
            # "record highs for the S&P 500 and the Dow", whoever the rules took for the subject
            before = own is not None and any(m.span == own for m in chain) and clause <= first and last <= cs \
                and not any(n.span is not None and last <= ctx.rel(n.span)[0] < cs for n in ctx.names)
            after = ce <= first and _FOR_THE.fullmatch(ctx.text, ce, first) is not None
            if before or after:
                ctx.claims.remove(c)
                for m in chain:
                    ctx.claims.append(dataclasses.replace(c, subject=m, flags=[
                        *(f for f in c.flags if f != "subject not found"),
                        f"{LISTED}: {m.raw.strip()}"]))
                break


__all__ = ["LISTED", "MAJOR_THREE", "THE_THREE", "group_mention", "major_indexes", "named_together"]
