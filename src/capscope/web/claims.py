"""The dashboard's "check an article" box: a thin bridge to the claim checker.

The verdicts come from ``capscope.claims``; this module only finds its entry point and shapes
the answer for the page (the text the spans refer to, one item per claim). When the checker is
not part of this build, the answer says so plainly (HTTP 501) instead of inventing verdicts.
"""

from __future__ import annotations

from typing import Any

from capscope.errors import CapscopeError


class CheckerMissing(CapscopeError):
    """The claim checker is not in this build."""

    exit_code = 1
    http_status = 501


def _entry() -> Any:
    """The checker's public function, or None when this build has none yet."""
    try:
        from capscope.claims.check import check_text
    except ImportError:
        return None
    return check_text


def check_article(text: str, published: str | None) -> dict[str, Any]:
    """Claims in ``text`` with verdicts and spans, as JSON for the dashboard."""
    fn = _entry()
    if fn is None:
        raise CheckerMissing("the claim checker is not in this build yet",
                             "use 'capscope check' once it is available; the report and "
                             "statistics above work without it")
    result = fn(text, published=published, name="dashboard")
    out = result.to_dict()
    # the page highlights the user's own text (source spans), or the normalised text
    out["source"] = result.source
    out["text"] = result.text
    return out


__all__ = ["CheckerMissing", "check_article"]
