"""The summary of a feed's output: claims and verdict shares by outlet and by claim kind.

Computed from the output folder, one part at a time, so it describes exactly what the output
holds (resumed runs included, older versions of re-checked articles excluded) in memory
proportional to the number of outlets and kinds, not to the feed.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path
from typing import Any

VERDICTS = ("supported", "imprecise", "contradicted", "unverifiable", "forecast",
            "not_checkable")


@dataclasses.dataclass
class Summary:
    """Counts behind the two summary tables; shares are derived, never stored."""

    articles: Counter[str] = dataclasses.field(default_factory=Counter)  # outlet -> articles
    failed: Counter[str] = dataclasses.field(default_factory=Counter)  # outlet -> failed ones
    by_outlet: dict[str, Counter[str]] = dataclasses.field(default_factory=dict)
    by_kind: dict[str, Counter[str]] = dataclasses.field(default_factory=dict)

    @property
    def claims(self) -> int:
        return sum(sum(c.values()) for c in self.by_kind.values())

    def add(self, frame: Any) -> None:
        """Count one part's rows (a DataFrame with row_type, outlet, status, kind, verdict)."""
        status = frame[frame["row_type"] == "article"]
        self.articles.update(status["outlet"].tolist())
        self.failed.update(status.loc[status["status"] == "failed", "outlet"].tolist())
        claims = frame[frame["row_type"] == "claim"]
        for key, table in (("outlet", self.by_outlet), ("kind", self.by_kind)):
            for (group, verdict), n in Counter(zip(claims[key], claims["verdict"],
                                                   strict=True)).items():
                table.setdefault(group, Counter())[verdict] += n

    def table(self, by: str) -> Any:
        """'outlet' or 'kind' as a DataFrame: articles (outlet only), claims, % per verdict."""
        import pandas as pd

        counts = self.by_outlet if by == "outlet" else self.by_kind
        groups = sorted(set(counts) | (set(self.articles) if by == "outlet" else set()))
        rows = []
        for g in groups:
            c = counts.get(g, Counter())
            n = sum(c.values())
            row: dict[str, Any] = {by: g or "(none)"}
            if by == "outlet":
                row.update(articles=self.articles.get(g, 0), failed=self.failed.get(g, 0))
            row["claims"] = n
            for v in VERDICTS:
                row[v] = round(100.0 * c.get(v, 0) / n, 1) if n else 0.0
            rows.append(row)
        return pd.DataFrame(rows)

    def to_dict(self) -> dict[str, Any]:
        return {"articles": sum(self.articles.values()), "failed": sum(self.failed.values()),
                "claims": self.claims,
                "by_outlet": {g or "(none)": dict(c) for g, c in sorted(self.by_outlet.items())},
                "by_kind": {g: dict(c) for g, c in sorted(self.by_kind.items())}}


def summarize(output: str | Path) -> Summary:
    """The summary of everything ``output`` holds."""
    from capscope.feed.writer import iter_output

    s = Summary()
    for frame in iter_output(output, ["row_type", "outlet", "status", "kind", "verdict"]):
        s.add(frame)
    return s


__all__ = ["VERDICTS", "Summary", "summarize"]
