"""Extraction's speed shortcuts change nothing: with every shortcut switched off the same claims.

The shortcuts are keyword tests that let a rule or a pattern skip a sentence (entities' alias
pattern grouped by first character, timexpr's and quantities' prefilters, the grammar's keyword
gates, the gates derived from the rules' patterns) and a faster shallow copy. Each is compared here with the plain path: the alias pattern
built as one flat alternation, the prefilters emptied, the gates forced open. Sentences are drawn
from words that make and break claims, including non-ASCII look-alikes (the long s, the Kelvin
sign, a dotted capital I, full-width digits) for which str.lower and re.IGNORECASE disagree.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from capscope.claims import _needs, entities, extract, quantities, timexpr
from capscope.claims.extract import extract_claims
from capscope.claims.grammar import base, live, policy, runs

WORDS = ["The", "the", "Russell", "2000", "S&P", "500", "small", "caps", "small-cap", "IWM", "Dow", "Nasdaq",
         "rose", "fell", "jumped", "3.5%", "1.2", "percent", "per", "cent", "points", "basis", "bps", "$240",
         "twice", "triple", "factor", "of", "three", "x", "times", "on", "Tuesday", "Monday", "Jan.", "May",
         "2024", "since", "1979", "its", "highest", "lowest", "best", "record", "all-time", "high", "new",
         "five-day", "winning", "streak", "straight", "sessions", "third", "consecutive", "in", "a", "row",
         "could", "will", "expects", "Fed", "cut", "rates", "25", "year-to-date", "week", "month", "quarter",
         "Q3", "half", "first", "time", "seen", ",", ".", "and", "while", "ſtreak", "ſince", "\u212aelvin",
         "İn", "\uff12\uff10\uff12\uff14", "RECORD", "HIGHEST", "PERCENT", "Percent", "Streak", "STRAIGHT",
         "shares", "stock", "Apple", "Co", "Inc.", "Corp", "1000", "Value", "Nikkei", "bitcoin", "gold", "prices",
         "crude", "Dollar", "dollar", "index", "components", "Carnival", "Airlines", "United", "outpaced", "lagged",
         "trailed", "behind", "fell behind", "odds", "probability", "FedWatch", "traders", "priced", "bets", "chance"]
CORPUS = Path(__file__).parent / "corpus"


def _flat_alias_regex() -> re.Pattern[str]:
    """The alias pattern as it was first written: one alternation, longest alias first."""
    keys = sorted((k for k in entities.ALIASES if k and k not in entities._SECTOR_SINGLE), key=len, reverse=True)
    parts = [re.escape(k).replace(r"\ ", r"[\s-]+") for k in keys]
    parts.extend(entities._GENERIC)
    return re.compile(r"(?<![\w&^-])(?:the\s+)?(?:" + "|".join(parts) + r")(?![\w&]|-\w)", re.IGNORECASE)


FLAT_ALIAS = _flat_alias_regex()


@contextlib.contextmanager
def _no_shortcuts():
    saved = (entities._ALIAS_RE, timexpr._PREFILTER, quantities._NEEDS, quantities._UNIT_NEEDS,
             runs._STREAKS_NEED, runs._may_have_streak, _needs.WordGate.rules_out,
             extract.has_signal, entities._may_name_unknown, entities._may_name_stock, policy.lacks_all)
    always = re.compile("")
    entities._may_name_unknown = entities._may_name_stock = lambda sentence: True
    extract.has_signal = extract.signal_by_patterns
    entities._ALIAS_RE = FLAT_ALIAS
    timexpr._PREFILTER = {}
    quantities._NEEDS = {}
    quantities._UNIT_NEEDS = {}
    policy.lacks_all = lambda text, words: False
    runs._STREAKS_NEED = always
    _needs.WordGate.rules_out = lambda self, text: False  # every derived gate open
    runs._may_have_streak = lambda text: True
    entities._resolve_name.cache_clear()
    try:
        yield
    finally:
        (entities._ALIAS_RE, timexpr._PREFILTER, quantities._NEEDS, quantities._UNIT_NEEDS,
         runs._STREAKS_NEED, runs._may_have_streak, _needs.WordGate.rules_out,
         extract.has_signal, entities._may_name_unknown, entities._may_name_stock, policy.lacks_all) = saved


def _both(text: str, published: dt.date) -> tuple[list, list]:
    fast = [c.to_dict() for c in extract_claims(text, published)]
    with _no_shortcuts():
        slow = [c.to_dict() for c in extract_claims(text, published)]
    return fast, slow


@settings(max_examples=250, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=16), min_size=1, max_size=3))
def test_shortcuts_change_nothing_on_generated_text(sentences):
    text = " ".join(" ".join(words) + "." for words in sentences)
    fast, slow = _both(text, dt.date(2024, 7, 17))
    assert fast == slow


def test_shortcuts_change_nothing_on_the_corpus():
    n = 0
    for name in ("sentences.jsonl", "verdicts.jsonl"):
        for line in (CORPUS / name).read_text().splitlines():
            if line.strip():
                e = json.loads(line)
                fast, slow = _both(e["text"], dt.date.fromisoformat(e["published"]))
                assert fast == slow, e["text"]
                n += len(fast)
    assert n > 100  # the corpus yields claims: the comparison is not between two empty lists


def test_shortcuts_are_really_switched_off():
    # the ASCII gate says "no keyword" only for ASCII text; the flat alias pattern finds the same names
    assert base.lacks_all("The index rose.", ("record",))
    assert not base.lacks_all("The index set a ſtreak.", ("streak",))  # not ASCII: no shortcut
    text = "the small-cap Russell 2000 index and the S&P 500 (SPX) beat the Dow"
    assert [m.span() for m in FLAT_ALIAS.finditer(text)] == [m.span() for m in entities._ALIAS_RE.finditer(text)]


def test_copy_is_a_shallow_copy():
    q = quantities.find_quantities("The index rose 3.5% on Tuesday.")[0]
    c = base._copy(q)
    assert c == q and c is not q and type(c) is type(q)
    c.role = "changed"
    assert q.role != "changed"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["FED", "fed", "Rate", "rates", "federal", "Reserve", "Central", "bank",
                                         "LAGGED", "view", "Bearish", "tends", "ratess", "fedora", "\u017fhould"]),
                max_size=12))
def test_signal_gate_agrees_with_one_case_insensitive_pattern(words):
    sentence = " ".join(words)
    assert extract.has_signal(sentence) == (extract._SIGNAL_RE.search(sentence) is not None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["was", "trading", "in", "afternoon", "Thursday", "morning", "midday",
                                         "headed", "for", "is", "on", "pace", "at", "last", "check", "dropping",
                                         "TRADING", "Advancing", "were", "declining", "so", "far", "today"]),
                max_size=14))
def test_live_coverage_gate_agrees_with_its_pattern(words):
    text = " ".join(words)
    assert live.looks_live(text) == (live.SNAPSHOT.search(text) is not None)
