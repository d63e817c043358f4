"""The words a pattern cannot match without, read off the pattern itself.

Most sentences of an article have none of the words a given rule looks for, and a substring test
on the lower-cased sentence is ten to a hundred times cheaper than the rule's scan. The rules
used to keep those words by hand, next to each pattern, which drifts the day someone adds an
alternative to the pattern and forgets the list. :func:`needs` derives them instead: it walks the
parsed pattern (``re._parser``, the parser the ``re`` compiler itself uses) and returns
lower-case strings such that every match of the pattern, in any text, leaves one of them in the
text. A rule then skips a sentence with :func:`capscope.claims.grammar.base.lacks_all`.

How it reads a pattern (the classic "required literals" prefilter of code-search engines):

* a literal, a small character class, a group or a branch of such pieces matches one of a few
  known strings ("exact" sets); a sequence of exact pieces joins them by cross product, up to a
  cap;
* every piece also carries what it requires: an exact set requires itself, a branch requires one
  of its alternatives' requirements (when each has one), a repeat at least once requires its
  body's, an optional piece requires nothing;
* a sequence requires the best requirement among its pieces and its runs of exact pieces (the
  longest shortest string, then the fewest strings);
* lookaheads and lookbehinds constrain the text, not the match, so a positive one counts too.

Letters are lower-cased (the test runs on the lower-cased sentence, and a case-sensitive "A" in
the text is an "a" there too), so the answer is a necessary condition for any flags. ``None``
means the pattern can match without any fixed word ("\\d+%"): such a rule is never skipped.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import re._constants as _c  # the parser's opcodes (stable across Python 3.11-3.13)
import re._parser as _p
from collections.abc import Iterable

import ahocorasick

from capscope.claims._spans import ascii_lower

_MAX_EXACT = 64  # the most strings an exact set may hold before it is given up
_MAX_CLASS = 12  # the most characters a class may hold and still count as exact
_MAX_SETS = 4  # the most requirements kept per pattern (the most selective ones)

_Words = frozenset[str]
# one piece of a pattern: (the strings it matches when few and known, else None;
#                          requirements, each a set of words one of which every match holds)
_Info = tuple[_Words | None, list[_Words]]
_EMPTY: _Words = frozenset({""})


@dataclasses.dataclass(frozen=True)
class WordGate:
    """For each pattern, the requirements every match meets: each a tuple of lower-case words,
    one of which a text holds if the pattern matches it (all of a pattern's requirements hold)."""

    patterns: tuple[tuple[tuple[str, ...], ...], ...]

    def rules_out(self, text: str) -> bool:
        """True only when ``text`` is ASCII and no pattern can match it: each pattern has a
        requirement none of whose words is in the lower-cased text."""
        return self.rules_out_lowered(ascii_lower(text))

    def rules_out_lowered(self, low: str | None) -> bool:
        """:meth:`rules_out` for a text already lower-cased by ``ascii_lower`` (None: not ASCII),
        so the rules of one sentence share one lower-casing."""
        if low is None:
            return False
        contains = low.__contains__
        for reqs in self.patterns:  # noqa: SIM110 - the loop says which way the answer goes
            if all(any(map(contains, words)) for words in reqs):
                return False  # this pattern may match
        return True

    def admits(self, present: frozenset[str]) -> bool:
        """The converse of :meth:`rules_out` from the words already found in the text
        (:meth:`Vocabulary.present`, which must hold all of :attr:`words`): some pattern has each
        of its requirements met by one of them."""
        for reqs in self._sets:
            for words in reqs:
                if present.isdisjoint(words):
                    break
            else:
                return True  # this pattern may match
        return False

    @functools.cached_property
    def _sets(self) -> tuple[tuple[frozenset[str], ...], ...]:
        return tuple(tuple(frozenset(words) for words in reqs) for reqs in self.patterns)

    @functools.cached_property
    def words(self) -> tuple[str, ...]:
        """Every word the gate tests (for documentation and tests)."""
        return tuple(sorted({w for reqs in self.patterns for words in reqs for w in words}))


class Vocabulary:
    """The words of many gates, looked for in a sentence once.

    Thirty rules each testing their own words against the same sentence repeat the common ones
    ("rose", "since", "close") thirty times and pay a generator per requirement; one pass over
    the union, then a set intersection per rule (:meth:`WordGate.admits`), does the same test
    for a fraction of the cost.
    """

    def __init__(self, gates: Iterable[WordGate]):
        self.words = tuple(sorted({w for gate in gates for w in gate.words}))
        self._known = frozenset(self.words)
        # Aho-Corasick: every occurrence of every word in one pass over the sentence (a
        # substring test per word costs five times as much for the rules' ~300 words)
        self._automaton = ahocorasick.Automaton()
        for word in self.words:
            self._automaton.add_word(word, word)
        if self.words:
            self._automaton.make_automaton()

    def covers(self, gate: WordGate) -> bool:
        """Whether every word ``gate`` tests is looked for (else that gate must test for itself)."""
        return self._known.issuperset(gate.words)

    def present(self, low: str) -> frozenset[str]:
        """The words of the vocabulary found in ``low``, a lower-cased sentence."""
        if not self.words:
            return frozenset()
        return frozenset(word for _, word in self._automaton.iter(low))


def word_gate(*patterns: re.Pattern[str] | str) -> WordGate:
    """The gate of a rule that only acts on matches of ``patterns``: it rules a sentence out
    when none of them can match it. A pattern that needs no fixed word keeps every sentence."""
    out = []
    for rx in patterns:
        text, flags = (rx.pattern, rx.flags) if isinstance(rx, re.Pattern) else (rx, 0)
        out.append(_requirements(text, flags))
    return WordGate(tuple(out))


def needs(*patterns: re.Pattern[str] | str) -> tuple[str, ...] | None:
    """The most selective single requirement of each pattern, joined: lower-case words one of
    which every match of any of ``patterns`` leaves in the text; None when a pattern has none."""
    out: set[str] = set()
    for rx in patterns:
        text, flags = (rx.pattern, rx.flags) if isinstance(rx, re.Pattern) else (rx, 0)
        reqs = _requirements(text, flags)
        if not reqs:
            return None
        out.update(reqs[0])
    return tuple(sorted(_minimal(out)))


@functools.lru_cache(maxsize=512)
def _requirements(pattern: str, flags: int) -> tuple[tuple[str, ...], ...]:
    """A pattern's requirements, most selective first (at most ``_MAX_SETS``), from the disk
    cache when an earlier run derived them (see :mod:`capscope.claims._needs_cache`)."""
    from capscope.claims import _needs_cache

    key = f"{flags}:{pattern}"
    hit = _needs_cache.get(key)
    if hit is not None:
        return hit
    found = _derive(pattern, flags)
    _needs_cache.put(key, found)
    return found


def _derive(pattern: str, flags: int) -> tuple[tuple[str, ...], ...]:
    """:func:`_requirements` worked out from the parsed pattern."""
    exact, reqs = _sequence(list(_p.parse(pattern, flags & ~re.ASCII & ~re.UNICODE)))
    sets = {frozenset(_minimal(set(r))) for r in [*reqs, *([exact] if exact else [])] if _useful(r)}
    ranked = sorted(sets, key=_score, reverse=True)[:_MAX_SETS]
    return tuple(tuple(sorted(r)) for r in ranked)


def _useful(words: _Words | None) -> bool:
    return bool(words) and "" not in words  # type: ignore[operator]


# words in most sentences of market news: a requirement holding one of them filters little
_COMMON = frozenset({"the", "of", "in", "on", "to", "for", "and", "a", "an", "is", "was", "as", "at", "by",
                     "with", "from", "this", "that", "since", "its", "their", "it", "be", "has", "have", "are",
                     "were", "or", "but", "not"})


def _score(words: _Words) -> tuple[bool, int, int]:
    """How selective a requirement is: free of the commonest words and of one- or two-letter ones,
    then the longer its shortest word, then the fewer words."""
    shortest = min(map(len, words))
    return (shortest >= 3 and not (words & _COMMON), shortest, -len(words))


def _best(reqs: list[_Words]) -> _Words | None:
    """The most selective of one alternative's requirements (see :func:`_score`)."""
    useful = [r for r in reqs if _useful(r)]
    return max(useful, key=_score) if useful else None


def _minimal(words: set[str]) -> set[str]:
    """Drop a word that contains another word of the set (the shorter one already fires)."""
    return {w for w in words if not any(o != w and o in w for o in words)}


def _join(a: _Words, b: _Words) -> _Words | None:
    if len(a) * len(b) > _MAX_EXACT:
        return None
    return frozenset(x + y for x in a for y in b)


def _sequence(items: list[tuple[object, object]]) -> _Info:
    """A concatenation: exact when every piece is; its requirements are every piece's and every
    run of exact pieces joined."""
    exact: _Words | None = _EMPTY
    run: _Words = _EMPTY
    reqs: list[_Words] = []
    for op, av in items:
        e, r = _piece(op, av)
        reqs.extend(r)
        if e is None:
            reqs.append(run)
            run, exact = _EMPTY, None
            continue
        joined = _join(run, e)
        if joined is None:  # too many strings: keep what the run had, start again from this piece
            reqs.append(run)
            joined = e
        run = joined
        exact = _join(exact, e) if exact is not None else None
    reqs.append(run)
    return exact, [r for r in reqs if _useful(r)]


def _piece(op: object, av: object) -> _Info:  # noqa: PLR0911 - one branch per opcode
    if op is _c.LITERAL:
        s = frozenset({chr(av).lower()})  # type: ignore[arg-type]
        return s, [s]
    if op is _c.IN:
        chars = _class(av)  # type: ignore[arg-type]
        return chars, [chars] if chars else []
    if op is _c.SUBPATTERN:
        return _sequence(list(av[-1]))  # type: ignore[index]
    if op is _c.BRANCH:
        alts = [_sequence(list(alt)) for alt in av[1]]  # type: ignore[index]
        exacts = [e for e, _ in alts]
        exact = None
        if all(e is not None for e in exacts):
            union = frozenset().union(*exacts)  # type: ignore[arg-type]
            exact = union if len(union) <= _MAX_EXACT else None
        bests = [_best([*r, *([e] if e else [])]) for e, r in alts]
        if any(b is None for b in bests):
            return exact, []
        return exact, [frozenset().union(*bests)]  # type: ignore[arg-type]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, hi, body = av  # type: ignore[misc]
        e, r = _sequence(list(body))
        if lo == 0:
            return None, []
        if lo == hi == 1:
            return e, r
        return None, [*r, *([e] if e else [])]
    if op in (_c.AT, _c.ASSERT_NOT):
        return _EMPTY, []  # zero width, no word
    if op is _c.ASSERT:
        _, r = _sequence(list(av[1]))  # type: ignore[index]
        return _EMPTY, r  # what a lookaround sees is in the text too
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av))  # type: ignore[arg-type]
    return None, []  # any character, a negated class or literal, a back reference


def _class(items: list[tuple[object, object]]) -> _Words | None:
    """The characters a class matches, lower-cased, when they are few and listed."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av).lower())  # type: ignore[arg-type]
        elif op is _c.RANGE and av[1] - av[0] < _MAX_CLASS:  # type: ignore[index,operator]
            out.update(chr(x).lower() for x in range(av[0], av[1] + 1))  # type: ignore[index,operator]
        else:
            return None  # a category (\d, \w), a negation, a wide range
    return frozenset(out) if len(out) <= _MAX_CLASS else None


__all__ = ["Vocabulary", "WordGate", "needs", "word_gate"]
