"""The words a pattern needs (capscope.claims._needs): every match leaves one of them in the text.

The property is checked on every compiled pattern of the claims package, on strings Hypothesis
draws from the pattern itself (so they match), and on worked examples whose answer is read off
the pattern by hand.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import capscope.claims as claims_pkg
from capscope.claims._needs import needs, word_gate
from capscope.claims.grammar import RULES


def _patterns() -> dict[str, re.Pattern[str]]:
    out = {}
    for info in pkgutil.walk_packages(claims_pkg.__path__, "capscope.claims."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and word_gate(value).patterns[0]:
                out[f"{info.name}.{name}"] = value
    return out


PATTERNS = _patterns()


def test_most_patterns_of_the_package_have_a_gate():
    assert len(PATTERNS) > 150  # the walk found the grammar's patterns, not an empty list


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_a_match_never_lacks_the_words(name):
    rx = PATTERNS[name]
    gate = word_gate(rx)

    @settings(max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(rx, alphabet=st.characters(codec="ascii")))
    def check(text: str) -> None:
        if rx.search(text) is not None:
            assert not gate.rules_out(text), (text, gate.patterns)

    check()


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"\bstreak\b", 0, ("streak",)),
    (r"(?:best|worst)\s+day", re.I, ("best", "worst")),  # the longer requirement is one of the two words
    (r"on\s+(?:track|pace)", re.I, ("pace", "track")),
    (r"\d+%", 0, ("%",)),  # the percent sign is a literal
    (r"\d+\s*\w+", 0, None),  # no fixed word: never skipped
    (r"(?:record)?\s+high", re.I, ("high",)),  # an optional part requires nothing
    (r"[Ss]ince", 0, ("since",)),  # a small class joins the run, lower-cased
    (r"up(?=\s+\d+%\s+YTD)", 0, ("ytd",)),  # what a lookahead sees is in the text too
    (r"(?!never)ever", re.I, ("ever",)),  # a negative lookahead requires nothing
    (r"ab|c", 0, ("ab", "c")),
])
def test_worked_examples(pattern, flags, expected):
    assert needs(re.compile(pattern, flags)) == expected


def test_a_gate_opens_for_non_ascii_text():
    gate = word_gate(re.compile(r"record", re.I))
    assert gate.rules_out("The index rose 3%.")
    assert not gate.rules_out("The index set a new RECORD.")
    assert not gate.rules_out("The index set a rec\u00f6rd.")  # not ASCII: no shortcut


def test_gated_rules_show_their_words():
    gated = [r for r in RULES if hasattr(r, "gate")]
    assert len(gated) >= 8
    for rule in gated:
        assert rule.gate.words, rule.__name__


def test_the_disk_cache_gives_back_what_was_derived(tmp_path, monkeypatch):
    # a gate derived in one run is read back from the file in the next, equal to a fresh derivation
    import re as _re

    from capscope.claims import _needs, _needs_cache

    monkeypatch.setenv("CAPSCOPE_HOME", str(tmp_path))
    monkeypatch.setattr(_needs_cache, "_entries", None)
    monkeypatch.setattr(_needs_cache, "_dirty", False)
    pattern = r"\b(?:soared|plunged)\s+\d+(?:\.\d+)?%"
    derived = _needs._derive(pattern, _re.I)
    _needs_cache.put(f"{int(_re.I)}:{pattern}", derived)
    _needs_cache.save()
    (stored,) = list((tmp_path / "cache").glob("word-gates-*.json"))
    monkeypatch.setattr(_needs_cache, "_entries", None)  # a new process: nothing in memory
    assert _needs_cache.get(f"{int(_re.I)}:{pattern}") == derived
    assert derived[0] == ("plunged", "soared")  # one of the verbs, whatever else
    # a damaged file is ignored, never an error: the gates are derived again
    stored.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(_needs_cache, "_entries", None)
    assert _needs_cache.get(f"{int(_re.I)}:{pattern}") is None


_GATE_TEXT = st.lists(st.sampled_from(["rose", "fell", "record", "high", "since", "streak", "the",
                                       "russell", "2,000", "%", "closed", "week", "best", "worst",
                                       "x", "e", "on track", "pace", "fed", "ytd", ". ", ", "]),
                      max_size=25).map(" ".join)


@settings(max_examples=200, deadline=None, database=None)
@given(_GATE_TEXT)
def test_one_shared_scan_gates_every_rule_as_its_own_tests_would(text):
    # the vocabulary's single pass, then a set test per rule, opens exactly the rules whose own
    # substring tests open (the brute force over each word is the independent answer)
    from capscope.claims._needs import Vocabulary

    gates = [r.gate for r in RULES if hasattr(r, "gate")]
    vocabulary = Vocabulary(gates)
    low = text.lower()
    present = vocabulary.present(low)
    assert present == {w for w in vocabulary.words if w in low}
    for gate in gates:
        assert gate.admits(present) == (not gate.rules_out_lowered(low))


def test_the_shared_scan_finds_words_inside_words_and_overlapping():
    # Aho-Corasick reports every occurrence: "highest" holds "high", "rose" sits inside "prose"
    from capscope.claims._needs import Vocabulary, word_gate

    vocabulary = Vocabulary([word_gate(re.compile(p)) for p in (r"high", r"highest", r"rose", r"est\b")])
    found = vocabulary.present("its highest prose")
    assert {"high", "highest", "rose", "est"} <= found
    assert found == {w for w in vocabulary.words if w in "its highest prose"}
    assert not {"high", "highest", "rose", "est"} & vocabulary.present("nothing here")
