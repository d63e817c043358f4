"""Choose and order the sentences of a note: the rarest first, nothing unremarkable as padding.

Why these rules:

* A fact is **remarkable** when its score (percentile over history) is at least
  :data:`REMARKABLE`: more extreme than three sessions in four. Remarkable facts go in, rarest
  first. The session's own move always goes in (it is what the note is about), placed by its score.
* A note shorter than ``min_words`` is topped up with the best remaining facts, rarest first;
  these are true and checked, only less unusual. Nothing is added past ``words``.
* A base rate follows the streak it is about; it is never cited alone.
* At most two relative-return windows: three would say the same thing three times.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from capscope.brief import phrasing as ph
from capscope.brief.facts import Fact, Facts
from capscope.errors import BadInput

REMARKABLE = 75.0
MIN_WORDS = 120
MAX_RELATIVE = 2


@dataclass
class Brief:
    """A composed note: its sentences (in order) and every candidate fact with its score."""

    session: pd.Timestamp
    a: str
    b: str
    sentences: list[ph.Sentence]
    facts: list[Fact]
    words_limit: int
    seed: int | None
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    @property
    def words(self) -> int:
        return sum(s.words for s in self.sentences)


def _units(fx: Facts, seed: int | None) -> list[list[ph.Sentence]]:
    """Each unit is one or more sentences that stay together, scored by its first."""
    by_kind: dict[str, list[Fact]] = {}
    for f in fx.facts:
        by_kind.setdefault(f"{f.kind}:{f.subject}", []).append(f)
    a, b = fx.a, fx.b
    name_a, name_b = fx.names[a], fx.names[b]
    rng = lambda kind: ph.chooser(fx.session, seed, kind)  # noqa: E731
    units: list[list[ph.Sentence]] = []
    for lead in by_kind.get(f"move:{a}", []):
        clauses = [f for k in ("record", "high_since", "low_since")
                   for f in by_kind.get(f"{k}:{a}", [])]
        units.append([ph.phrase_move(lead, name_a, fx.session, rng("move"), clauses)])
    for sym in fx.names:
        if sym != a:
            units += [[ph.phrase_move(f, fx.names[sym], fx.session, rng(f"move_{sym}"), [])]
                      for f in by_kind.get(f"move:{sym}", []) + by_kind.get(f"fund_move:{sym}", [])]
    for f in by_kind.get(f"streak:{a}", []):
        unit = [ph.phrase_streak(f, name_a, fx.session, rng("streak"))]
        unit += [ph.phrase_base_rate(r, name_a, rng("base_rate"))
                 for r in by_kind.get(f"base_rate:{a}", [])]
        units.append(unit)
    rel = sorted(by_kind.get(f"relative:{a}", []), key=lambda f: -f.score)[:MAX_RELATIVE]
    units += [[ph.phrase_relative(f, name_a, name_b, rng(f"relative{f.values['window']}"))]
              for f in rel if abs(float(f.values["difference_pp"])) >= 0.05]  # type: ignore[arg-type]
    units += [[ph.phrase_ytd(f, name_a, rng("ytd"))] for f in by_kind.get(f"ytd:{a}", [])]
    units += [[ph.phrase_month_streak(f, name_a, rng("months"))]
              for f in by_kind.get(f"month_streak:{a}", [])]
    units += [[ph.phrase_move(f, "the Cboe Volatility Index", fx.session, rng("vix"), [])]
              for f in by_kind.get("vix_move:VIX", [])]
    units += [[ph.phrase_moving_average(f, name_a, fx.session, rng("ma"))]
              for f in by_kind.get(f"moving_average:{a}", [])]
    units += [[ph.phrase_fed(f, fx.session, rng("fed"))] for f in by_kind.get("fed:FED", [])]
    units += [[ph.phrase_below_record(f, name_a, fx.session, rng("record"))]
              for f in by_kind.get(f"below_record:{a}", [])]
    return units


def compose(fx: Facts, words: int = 250, seed: int | None = None) -> Brief:
    """The note for ``fx``: at most ``words`` words, at least :data:`MIN_WORDS` when the facts
    allow (rules in the module docstring)."""
    if not 40 <= words <= 1000:
        raise BadInput(f"--words {words} is outside 40-1000", "e.g. --words 200")
    units = sorted(_units(fx, seed), key=lambda u: -u[0].score)
    chosen: list[list[ph.Sentence]] = []
    total = 0

    def size(u: list[ph.Sentence]) -> int:
        return sum(s.words for s in u)

    lead = units_lead(units, fx)
    for u in units:  # the remarkable ones and the session's own move (a fund's only tops up)
        if (u is lead or u[0].score >= REMARKABLE and u[0].kinds[0] != "fund_move") \
                and total + size(u) <= words:
            chosen.append(u)
            total += size(u)
    for u in units:  # top up a short note with the best of the rest
        if total >= min(MIN_WORDS, words):
            break
        if u not in chosen and total + size(u) <= words:
            chosen.append(u)
            total += size(u)
    chosen.sort(key=lambda u: -u[0].score)
    sentences = [s for u in chosen for s in u]
    return Brief(fx.session, fx.a, fx.b, sentences, fx.facts, words, seed, list(fx.warnings))


def units_lead(units: list[list[ph.Sentence]], fx: Facts) -> list[ph.Sentence] | None:
    """The unit holding the first symbol's own move (the note's news peg)."""
    return next((u for u in units if u[0].subject == fx.a and u[0].kinds[0] == "move"), None)


__all__ = ["MAX_RELATIVE", "MIN_WORDS", "REMARKABLE", "Brief", "compose"]
