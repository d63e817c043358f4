"""Score the checker against a keyed corpus of whole articles: every verdict it prints counts.

A keyed corpus is a folder with ``passages.jsonl`` (one article per line: ``id``, ``published``,
``text``) and ``key.jsonl`` (one record per atomic claim: ``passage_id``, ``claim_index``,
``verdict``, ``anchor_text``: a short exact substring that occurs once in its passage and
locates the claim). The key is computed independently of capscope.

Why whole articles and every verdict: scoring "the first claim of the labelled kind" in
one-sentence examples cannot see a false alarm, a wrong subject in a sentence that names three
indexes, or a misreading caused by the rest of the article. So each passage is checked as
``capscope check`` would check it, each key claim is matched to the claim the checker printed at
its anchor, and **every printed claim matched to no key claim is scored too**: the key lists
every atomic claim, so an unkeyed "contradicted" is a false alarm.

The rules, in one place:
* a key claim is *found* when a printed claim's words, numbers, time phrase or subject overlap
  its anchor (in that order of preference; the shortest claim wins);
* *accuracy* is over key claims: right when the matched verdict equals the key's; a key claim
  nothing was printed for is wrong, except a ``not_checkable`` one (an opinion need not be
  flagged);
* per-verdict *precision* counts what was printed, each printed claim once: a printed claim
  several key claims point at is scored against the one it sits on most directly (the same order
  of preference, then the shortest anchor), plus the unkeyed printed claims; *alarm precision* is
  the precision of ``contradicted``. (A key claim shares its printed claim with others for
  accuracy: "1.25%-1.75% | 0 bps" in a table row may key two statements the checker prints as
  one, and an alarm printed once is one alarm, right or wrong.)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from capscope.claims.model import Verdict
from capscope.claims.publication_month import publication_month
from capscope.errors import BadInput

VERDICTS = tuple(v.value for v in Verdict)


@dataclasses.dataclass(frozen=True)
class KeyClaim:
    """One keyed claim: where it sits in its passage and the verdict the data gives."""

    passage_id: str
    index: int
    verdict: str
    anchor: str
    ticker: str = ""
    metric: str = ""
    note: str = ""


@dataclasses.dataclass
class Passage:
    """One article of the corpus with its key claims."""

    id: str
    published: dt.date | str | None  # "YYYY-MM" when the corpus gives only a month
    text: str
    keys: list[KeyClaim]


@dataclasses.dataclass
class Pair:
    """A key claim and what the checker printed for it (None: nothing)."""

    key: KeyClaim
    verdict: str | None
    claim_text: str = ""
    explanation: str = ""
    scores_printed: bool = True  # this pair scores its printed claim for precision (see the module)

    @property
    def right(self) -> bool:
        if self.verdict is None:
            return self.key.verdict == Verdict.NOT_CHECKABLE.value
        return self.verdict == self.key.verdict


@dataclasses.dataclass
class Extra:
    """A printed claim that no key claim points at."""

    passage_id: str
    verdict: str
    claim_text: str
    explanation: str


@dataclasses.dataclass
class Evaluation:
    """Every pair and extra of a corpus, and the figures computed from them."""

    corpus: str
    pairs: list[Pair]
    extras: list[Extra]

    # -- the figures -------------------------------------------------------------------
    @property
    def keyed(self) -> int:
        return len(self.pairs)

    @property
    def found(self) -> int:
        return sum(p.verdict is not None for p in self.pairs)

    @property
    def accuracy(self) -> float:
        return _share(sum(p.right for p in self.pairs), self.keyed)

    def printed(self, verdict: str) -> int:
        """How many times the checker printed ``verdict`` (each printed claim once)."""
        return (sum(p.verdict == verdict and p.scores_printed for p in self.pairs)
                + sum(e.verdict == verdict for e in self.extras))

    def precision(self, verdict: str) -> float | None:
        n = self.printed(verdict)
        if n == 0:
            return None
        return sum(p.verdict == verdict == p.key.verdict and p.scores_printed for p in self.pairs) / n

    def recall(self, verdict: str) -> float | None:
        n = sum(p.key.verdict == verdict for p in self.pairs)
        if n == 0:
            return None
        return sum(p.verdict == verdict == p.key.verdict for p in self.pairs) / n

    @property
    def alarm_precision(self) -> float | None:
        return self.precision(Verdict.CONTRADICTED.value)

    @property
    def false_alarms(self) -> list[Pair | Extra]:
        c = Verdict.CONTRADICTED.value
        return ([p for p in self.pairs if p.verdict == c and p.key.verdict != c and p.scores_printed]
                + [e for e in self.extras if e.verdict == c])

    @property
    def misses(self) -> list[Pair]:
        """Key claims given a wrong verdict or none (false alarms included)."""
        return [p for p in self.pairs if not p.right]

    def confusion(self) -> dict[str, dict[str, int]]:
        """key verdict -> printed verdict ('none' when nothing was printed) -> count."""
        out: dict[str, dict[str, int]] = {}
        for p in self.pairs:
            row = out.setdefault(p.key.verdict, {})
            got = p.verdict or "none"
            row[got] = row.get(got, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "keyed": self.keyed,
            "found": self.found,
            "found_rate": _share(self.found, self.keyed),
            "accuracy": self.accuracy,
            "alarm_precision": self.alarm_precision,
            "printed": {v: self.printed(v) for v in VERDICTS},
            "unkeyed": dict(Counter(e.verdict for e in self.extras)),
            "per_verdict": {v: {"precision": self.precision(v), "recall": self.recall(v),
                                "key": sum(p.key.verdict == v for p in self.pairs)}
                            for v in VERDICTS},
            "confusion": self.confusion(),
            "false_alarms": [_line_dict(x) for x in self.false_alarms],
            "misses": [_line_dict(p) for p in self.misses],
        }


def _share(n: int, d: int) -> float:
    return n / d if d else 0.0


def _line_dict(x: Pair | Extra) -> dict[str, Any]:
    if isinstance(x, Pair):
        return {"passage": x.key.passage_id, "claim_index": x.key.index, "anchor": x.key.anchor,
                "key": x.key.verdict, "printed": x.verdict, "claim": x.claim_text,
                "explanation": x.explanation, "key_note": x.key.note}
    return {"passage": x.passage_id, "claim_index": None, "anchor": None, "key": None,
            "printed": x.verdict, "claim": x.claim_text, "explanation": x.explanation}


# -- reading a corpus -------------------------------------------------------------------------

def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise BadInput(f"{str(path)!r} is missing",
                       "a keyed corpus folder holds passages.jsonl and key.jsonl")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise BadInput(f"{path.name} line {n} is not JSON ({exc.msg})",
                           "fix the line; each line is one JSON object") from None
    return rows


def _published(value: Any) -> dt.date | str | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        # "2025-12": the month only, which the checker takes as such (and the text's own dates)
        return str(value) if publication_month(value) is not None else None


def load_corpus(folder: str | Path) -> list[Passage]:
    """The passages of a keyed corpus with their key claims, checked for a usable anchor."""
    root = Path(folder)
    if not root.is_dir():
        raise BadInput(f"{str(folder)!r} is not a folder",
                       "pass a corpus folder holding passages.jsonl and key.jsonl")
    passages = {p["id"]: Passage(p["id"], _published(p.get("published")), p["text"], [])
                for p in _jsonl(root / "passages.jsonl")}
    for k in _jsonl(root / "key.jsonl"):
        p = passages.get(k.get("passage_id"))
        if p is None:
            raise BadInput(f"key claim for unknown passage {k.get('passage_id')!r}",
                           "every key record names a passage id of passages.jsonl")
        anchor = k.get("anchor_text") or ""
        if p.text.count(anchor) != 1:
            raise BadInput(f"anchor {anchor!r} of {p.id} #{k.get('claim_index')} does not occur "
                           "exactly once in its passage", "make anchor_text a unique substring")
        p.keys.append(KeyClaim(p.id, int(k["claim_index"]), k["verdict"], anchor,
                               k.get("index_or_ticker") or "", k.get("metric") or "",
                               k.get("note") or ""))
    return list(passages.values())


# -- matching ---------------------------------------------------------------------------------

def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _anchor_span(report: Any, passage: Passage, key: KeyClaim) -> tuple[int, int] | None:
    """The anchor's span in the checker's normalised text (where claim spans live)."""
    text = report.text
    if text.count(key.anchor) == 1:
        i = text.index(key.anchor)
        return i, i + len(key.anchor)
    # normalisation changed the surroundings: take the occurrence nearest the source position
    src = passage.text.index(key.anchor)
    hits = [m.start() for m in re.finditer(re.escape(key.anchor), text)]
    if not hits:
        return None
    i = min(hits, key=lambda h: abs(h - src))
    return i, i + len(key.anchor)


def _rank(item: Any, span: tuple[int, int]) -> int | None:
    """How directly a printed claim sits on an anchor: 0 a number, 1 its words, 2 a time phrase,
    3 its subject."""
    c = item.claim
    if any(_overlaps((q.span.start, q.span.end), span) for q in c.quantities):
        return 0
    if _overlaps((c.span.start, c.span.end), span):
        return 1
    for t in (c.time, c.since):
        if t is not None and t.span is not None and _overlaps((t.span.start, t.span.end), span):
            return 2
    m = c.subject
    if m is not None and m.span is not None and _overlaps((m.span.start, m.span.end), span):
        return 3  # "the Nasdaq 100 have both gained 25%": the anchor names the subject
    return None


def _match(report: Any, passage: Passage) -> tuple[list[Pair], list[Extra]]:
    pairs: list[Pair] = []
    # for each printed claim, the pair that scores it: the key it sits on most directly
    owner: dict[int, tuple[tuple[int, int], int]] = {}
    for key in passage.keys:
        span = _anchor_span(report, passage, key)
        best = None
        if span is not None:
            ranked = [(r, len(it.claim.text), n) for n, it in enumerate(report.items)
                      if (r := _rank(it, span)) is not None]
            best = min(ranked) if ranked else None
        if best is None:
            pairs.append(Pair(key, None))
            continue
        rank, _, n = best
        closeness = (rank, len(key.anchor))
        if n not in owner or closeness < owner[n][0]:
            owner[n] = (closeness, len(pairs))
        it = report.items[n]
        pairs.append(Pair(key, it.verdict.value, it.claim.text, it.checked.explanation))
    scoring = {k for _, k in owner.values()}
    for k, pair in enumerate(pairs):
        if pair.verdict is not None and k not in scoring:
            pair.scores_printed = False
    extras = [Extra(passage.id, it.verdict.value, it.claim.text, it.checked.explanation)
              for n, it in enumerate(report.items) if n not in owner]
    return pairs, extras


def evaluate(folder: str | Path) -> Evaluation:
    """Check every passage of a keyed corpus and score every verdict printed."""
    from capscope.claims.check import check_text

    pairs: list[Pair] = []
    extras: list[Extra] = []
    for passage in load_corpus(folder):
        report = check_text(passage.text, passage.published, name=passage.id)
        p, e = _match(report, passage)
        pairs += p
        extras += e
    return Evaluation(str(folder), pairs, extras)


__all__ = ["Evaluation", "Extra", "KeyClaim", "Pair", "Passage", "evaluate", "load_corpus"]
