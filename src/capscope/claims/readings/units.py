"""Readings of the unit a superlative ranks a move in.

"The Dow lost 2,231 points, or 5.5%, its worst day since March 2020": in percent the last day as
bad came in June 2020, in points in March 2020. A sentence that states its move both ways leaves
both ranks open, and the claim holds when either does.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from capscope.claims.model import ClaimKind
from capscope.claims.readings.context import Reading
from capscope.claims.resolve import ResolvedClaim

_POINTS_MOVE = re.compile(r"\b\d[\d,]*(?:\.\d+)?\s*points?\b", re.IGNORECASE)


def unit_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """The rank in points of a day's move the sentence also states in points."""
    c = rc.claim
    if (c.kind not in (ClaimKind.HIGHEST_SINCE, ClaimKind.LOWEST_SINCE) or c.details.get("measure") != "day_move"
            or c.details.get("unit") == "points"):
        return
    before = c.sentence[:max(0, c.span.start - c.sentence_span.start)]
    if not _POINTS_MOVE.search(before):
        return
    claim = dataclasses.replace(c, details={**c.details, "unit": "points"})
    yield Reading("the move ranked in points", "the sentence states the move in points as well as "
                  "in percent", dataclasses.replace(rc, claim=claim))
