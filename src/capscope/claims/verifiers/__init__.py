"""One verifier per claim kind; each calls a statistic and returns a CheckedClaim."""

from __future__ import annotations

from capscope.claims.model import ClaimKind
from capscope.claims.verifiers._base import Verifier
from capscope.claims.verifiers.closures import verify_market_closed
from capscope.claims.verifiers.distances import verify_distance_from_record
from capscope.claims.verifiers.fed import verify_fed_decision, verify_rate_probability
from capscope.claims.verifiers.levels import verify_price_level
from capscope.claims.verifiers.moves import (
    verify_close_level,
    verify_day_move,
    verify_streak,
)
from capscope.claims.verifiers.patterns import (
    verify_event_pattern,
    verify_figure,
    verify_forecast,
    verify_milestone_span,
)
from capscope.claims.verifiers.record_moves import verify_record_move
from capscope.claims.verifiers.returns import verify_period_return, verify_relative_return
from capscope.claims.verifiers.since import verify_extreme_since
from capscope.claims.verifiers.streaks import verify_calendar_streak, verify_streak_rarity
from capscope.claims.verifiers.tallies import verify_tally

VERIFIERS: dict[ClaimKind, Verifier] = {
    ClaimKind.DAY_MOVE: verify_day_move,
    ClaimKind.CLOSE_LEVEL: verify_close_level,
    ClaimKind.HIGHEST_SINCE: verify_extreme_since,
    ClaimKind.LOWEST_SINCE: verify_extreme_since,
    ClaimKind.RECORD: verify_record_move,
    ClaimKind.DISTANCE_FROM_RECORD: verify_distance_from_record,
    ClaimKind.STREAK: verify_streak,
    ClaimKind.STREAK_RARITY: verify_streak_rarity,
    ClaimKind.PERIOD_RETURN: verify_period_return,
    ClaimKind.RELATIVE_RETURN: verify_relative_return,
    ClaimKind.MONTHLY_STREAK: verify_calendar_streak,
    ClaimKind.FED_DECISION: verify_fed_decision,
    ClaimKind.RATE_PROBABILITY: verify_rate_probability,
    ClaimKind.PRICE_LEVEL: verify_price_level,
    ClaimKind.EVENT_PATTERN: verify_event_pattern,
    ClaimKind.FORECAST: verify_forecast,
    ClaimKind.FIGURE: verify_figure,
    ClaimKind.MILESTONE_SPAN: verify_milestone_span,
    ClaimKind.TALLY: verify_tally,
    ClaimKind.MARKET_CLOSED: verify_market_closed,
}

__all__ = ["VERIFIERS"]
