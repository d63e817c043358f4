"""Fed policy: the target rate across eras, decisions, easing/tightening cycles, event studies."""

from capscope.fed.cycles import (
    Cycle,
    CycleHistory,
    current_cycle,
    cycle_history,
    cycles,
)
from capscope.fed.policy import PolicyHistory, decisions, history, policy_rates, target_range

__all__ = ["Cycle", "CycleHistory", "PolicyHistory", "current_cycle", "cycle_history", "cycles",
           "decisions", "history", "policy_rates", "target_range"]
