"""A long input stays bounded: repeated claims are checked once, statistics are asked once per
run, and past MAX_CLAIMS the rest are reported, not checked."""

from __future__ import annotations

from pathlib import Path

from capscope.claims import check_text
from capscope.claims.model import Verdict

ARTICLE = (Path(__file__).parent / "examples" / "iwm-highest-since-2021.txt").read_text(
    encoding="utf-8")


def test_repeated_article_same_verdicts_and_one_call_per_statistic(monkeypatch):
    import capscope.stats.moves as moves

    calls = []
    real = moves.move

    def counting(*args, **kwargs):
        calls.append((args, tuple(sorted(kwargs.items()))))
        return real(*args, **kwargs)

    monkeypatch.setattr(moves, "move", counting)
    one = check_text(ARTICLE, "2024-10-17")
    n_single = len(calls)
    calls.clear()
    many = check_text((ARTICLE + "\n\n") * 12, "2024-10-17")
    assert len(many.items) == 12 * len(one.items)
    verdicts = [i.verdict for i in one.items]
    for k in range(12):
        chunk = many.items[k * len(one.items):(k + 1) * len(one.items)]
        assert [i.verdict for i in chunk] == verdicts
    # every claim about IWM on 2024-10-16 shares one move() call, however often it repeats
    assert len(calls) == len(set(calls)) <= n_single


def test_claim_cap(monkeypatch):
    import capscope.claims.verify as verify

    monkeypatch.setattr(verify, "MAX_CLAIMS", 4)
    r = check_text(ARTICLE, "2024-10-17")
    assert len(r.items) == 16  # (the IWM example's claims, its rate outlook included)
    rest = r.items[4:]
    assert all(i.verdict is Verdict.UNVERIFIABLE for i in rest)
    assert "more than 4 claims" in rest[0].checked.explanation
