"""Lists of index names in a sentence: "The Dow, S&P and Nasdaq", "the S&P 500 Index (IVV) and
the Russell 2000 Index (IWM)", "the Dow Jones industrial average and the Standard & Poor's 500".

A figure list paired by "respectively" and a record said of several indexes at once both need the
names the sentence lists together, in order; a ticker in brackets after a name is that name.
"""

from __future__ import annotations

import re

from capscope.claims.entities import MARKET_VIA
from capscope.claims.grammar.base import SentenceContext
from capscope.claims.model import Mention

_I = re.IGNORECASE
# the gauge word a name may end with that the name's own words leave out ("the S&P 500 index")
INDEX_WORD = r"(?:\s+(?:index|indexes|indices|composite|average))?"
# between two names of one list: ", ", " and ", ", and the ", "as well as", with an index word or
# a ticker in brackets after the first
# (and a describing word before the next name: "and the benchmark Standard & Poor's 500")
NAME_JOINT = re.compile(INDEX_WORD + r"(?:\s*\([A-Z$^.]{1,8}\))?"
                        r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|,?\s+as\s+well\s+as\s+)(?:the\s+)?"
                        r"(?:(?:benchmark|broad|broader|broad-based|tech-heavy|technology-heavy|blue-chip|small-cap|"
                        r"large-cap|widely\s+followed)\s+)?", _I)
_TICKER_AFTER = re.compile(INDEX_WORD + r"\s*\(\s*", _I)


def listed_names(ctx: SentenceContext, s: int, e: int) -> list[Mention]:
    """The names in the sentence's ``s:e`` in order (capscope's instruments and the ones it lacks,
    not "stocks" or "Wall Street"), a ticker in brackets after a name folded into it."""
    found = sorted((m for m in ctx.names if m.span is not None and (m.symbol or m.via == "unknown instrument")
                    and m.via != MARKET_VIA and s <= ctx.rel(m.span)[0] and ctx.rel(m.span)[1] <= e),
                   key=lambda m: m.span.start)
    out: list[Mention] = []
    for m in found:
        if out and _TICKER_AFTER.fullmatch(ctx.text, ctx.rel(out[-1].span)[1], ctx.rel(m.span)[0]):
            continue  # "the Russell 2000 Index (IWM)": one name
        out.append(m)
    return out


def name_chains(ctx: SentenceContext, s: int, e: int) -> list[list[Mention]]:
    """The names of ``s:e`` grouped into lists: consecutive names joined only by commas and "and",
    the last two by "and" ("on Wall Street, the Russell 2000" is no list: a comma alone may set
    off an aside or a new clause's subject)."""
    chains: list[list[Mention]] = []
    for m in listed_names(ctx, s, e):
        if chains and NAME_JOINT.fullmatch(ctx.text, ctx.rel(chains[-1][-1].span)[1], ctx.rel(m.span)[0]):
            chains[-1].append(m)
        else:
            chains.append([m])
    out: list[list[Mention]] = []
    for chain in chains:
        if len(chain) > 1 and not _AND.search(ctx.text, ctx.rel(chain[-2].span)[1], ctx.rel(chain[-1].span)[0]):
            out.extend([m] for m in chain)
        else:
            out.append(chain)
    return out


_AND = re.compile(r"\band\b|&|\bas\s+well\s+as\b", _I)


__all__ = ["INDEX_WORD", "NAME_JOINT", "listed_names", "name_chains"]
