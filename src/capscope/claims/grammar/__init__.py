"""The extraction grammar: rules per family of claims, run in a fixed order over each sentence.

Order matters because a number belongs to one claim: the most specific readings go first
("the fifth time since 1979" before "five-day streak", "92% probability" before "92%" as a move,
"could rise 40%" before "rise 40%").
"""

from __future__ import annotations

from collections.abc import Callable

from capscope.claims.grammar.averages import average_levels
from capscope.claims.grammar.base import ArticleState, SentenceContext
from capscope.claims.grammar.bracketed_periods import bracketed_months
from capscope.claims.grammar.closes import close_levels
from capscope.claims.grammar.closures import market_closures
from capscope.claims.grammar.crossings import crossings
from capscope.claims.grammar.distances import distance
from capscope.claims.grammar.extremes import highest_since
from capscope.claims.grammar.gaps import gaps
from capscope.claims.grammar.groups import major_indexes, named_together
from capscope.claims.grammar.history import what_followed
from capscope.claims.grammar.leftovers import leftovers
from capscope.claims.grammar.milestones import milestones
from capscope.claims.grammar.multiples import multiples
from capscope.claims.grammar.outlook import outlook
from capscope.claims.grammar.policy import decisions, probabilities
from capscope.claims.grammar.price_moves import moves
from capscope.claims.grammar.quotes import signed_figures, ticker_quotes
from capscope.claims.grammar.record_counts import record_counts
from capscope.claims.grammar.record_moves import record_moves
from capscope.claims.grammar.records import records
from capscope.claims.grammar.recoveries import recoveries
from capscope.claims.grammar.references import reference_levels
from capscope.claims.grammar.relative import relative
from capscope.claims.grammar.respectively import respectively
from capscope.claims.grammar.running_totals import running_totals
from capscope.claims.grammar.runs import rarity, streaks
from capscope.claims.grammar.signs import day_signs, group_signs, period_signs
from capscope.claims.grammar.tallies import tallies
from capscope.claims.grammar.views import event_patterns, forecasts, opinions, price_levels
from capscope.claims.grammar.window_extremes import window_extremes
from capscope.claims.grammar.yields import yield_levels

RULES: tuple[Callable[[SentenceContext], None], ...] = (
    market_closures, what_followed, rarity, probabilities, decisions, outlook, milestones, record_moves, record_counts, tallies, distance, average_levels, streaks,
    crossings, window_extremes, highest_since, reference_levels, records, event_patterns, yield_levels,
    ticker_quotes, price_levels, recoveries, running_totals, moves, gaps, relative, multiples, close_levels, signed_figures, bracketed_months, period_signs, group_signs, day_signs, major_indexes, named_together, respectively, forecasts, opinions, leftovers,
)

__all__ = ["RULES", "ArticleState", "SentenceContext"]
