"""Minimum levels of extraction recall and verdict accuracy on the labelled corpora.

The rates are computed by ``corpus_eval.evaluate`` (run that file for the full table). The floors
sit under today's figures (recall 97.9%, accuracy 96% end to end, 100% given extraction on 195
labelled claims and 103 verdicts) so a regression in the grammar or in a verifier shows up here.
"""

from __future__ import annotations

from corpus_eval import evaluate, load


def test_corpus_levels():
    r = evaluate()
    assert r["labelled"] >= 190 and r["verdicts"] >= 100
    assert r["recall"] >= 0.95, r["misses"]
    assert r["accuracy_given_extraction"] >= 0.97, r["wrong"]
    assert r["accuracy"] >= 0.93, r["wrong"]


def test_verdict_corpus_covers_every_verdict_and_many_kinds():
    entries = load("verdicts.jsonl")
    assert {e["verdict"] for e in entries} >= {"supported", "contradicted", "imprecise",
                                                "unverifiable", "forecast", "not_checkable"}
    assert len({e["kind"] for e in entries}) >= 14
    assert all(e.get("why") for e in entries)
