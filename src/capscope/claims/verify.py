"""Verification: a resolved claim in, a verdict with evidence out.

"A claim is just a statistic with an expected value" (DESIGN.md): each kind has one verifier in
:mod:`capscope.claims.verifiers` that calls the statistic's function and compares. Opinions are
``not_checkable``. A verifier that fails unexpectedly does not sink the whole article: that one
claim is reported ``unverifiable`` with the error named, so the rest of the report stands.
"""

from __future__ import annotations

from capscope.claims.model import CheckedClaim, Verdict
from capscope.claims.resolve import ResolvedClaim
from capscope.claims.verifiers import VERIFIERS
from capscope.errors import CapscopeError


def verify(rc: ResolvedClaim) -> CheckedClaim:
    """The verdict for one resolved claim."""
    c = rc.claim
    if not c.checkable:
        cue = c.details.get("cue", "")
        return CheckedClaim(claim=c, verdict=Verdict.NOT_CHECKABLE,
                            explanation="an opinion or view: nothing to measure"
                                        + (f" ('{cue}')" if cue else ""))
    fn = VERIFIERS.get(c.kind)
    if fn is None:
        return CheckedClaim(claim=c, verdict=Verdict.UNVERIFIABLE,
                            explanation=f"no verifier for claims of kind {c.kind.value}",
                            missing=f"a statistic for {c.kind.value}")
    try:
        return fn(rc)
    except CapscopeError as exc:
        return CheckedClaim(claim=c, verdict=Verdict.UNVERIFIABLE,
                            explanation=f"cannot check: {exc.one_line()}",
                            missing=exc.one_line())
    except Exception as exc:  # noqa: BLE001 - one broken check must not hide the others
        return CheckedClaim(claim=c, verdict=Verdict.UNVERIFIABLE,
                            explanation=f"internal error while checking: "
                                        f"{type(exc).__name__}: {exc}",
                            missing="a working check (internal error)")


def verify_all(resolved: list[ResolvedClaim]) -> list[CheckedClaim]:
    return [verify(rc) for rc in resolved]


__all__ = ["verify", "verify_all"]
