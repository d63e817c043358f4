"""Fed policy: the target rate across eras, decisions, easing/tightening cycles, event studies."""

from capscope.fed.cycles import (
    Cycle,
    CycleHistory,
    current_cycle,
    cycle_history,
    cycles,
)
from capscope.fed.policy import PolicyHistory, decisions, history, policy_rates, target_range
from capscope.fed.study import EventStudy, cycle_events, cycle_study, event_study, read_dates

__all__ = ["Cycle", "CycleHistory", "EventStudy", "PolicyHistory", "current_cycle",
           "cycle_events", "cycle_history", "cycle_study", "cycles", "decisions", "event_study",
           "history", "policy_rates", "read_dates", "target_range"]
