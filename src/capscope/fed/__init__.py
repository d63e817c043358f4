"""Fed policy: the target rate across eras, decisions, easing/tightening cycles, event studies."""

from capscope.fed.policy import PolicyHistory, decisions, history, policy_rates, target_range

__all__ = ["PolicyHistory", "decisions", "history", "policy_rates", "target_range"]
