"""Facts into newsroom sentences: several wordings per fact type, journalist rounding, dates as
a reader says them.

Why the choices here:

* **Rounding** is a journalist's: one decimal for percentages and percentage points (two when
  one would print 0.0), closes to the cent, counts as words up to nine (AP style). Each figure
  is printed at a precision the claim checker reads as its tolerance ("3.5%" covers 3.45-3.55).
* **Dates** as a reader says them: the session is "on Tuesday"; an earlier day is "since March 4"
  within the past ten months, "since Jan. 4, 2022" before that (AP month abbreviations).
* **Variety**: each fact type has several wordings, chosen by a generator seeded from the
  session's date (or ``seed``) and the fact type, so the same date always reads the same and a
  month of notes does not read like one template.
* **Honesty**: nothing here says what will happen; base rates are history with their N,
  counted from the day the data begin ("since Sept. 10, 1987", not "since 1987").

Every figure in a sentence is recorded as a :class:`Figure` (its text, where it is, and the
command that reproduces it), for the footnotes and for the perturbation tests.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field

import pandas as pd

from capscope.brief.facts import Fact

_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
           "Nov.", "Dec."]
_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_WINDOW_WORDS = {"1W": "over the past week", "1M": "over the past month",
                 "3M": "over the past three months"}


@dataclass(frozen=True)
class Figure:
    """One figure as printed in a sentence, with the command that reproduces it."""

    text: str
    start: int  # offset in the sentence
    kind: str  # pct, pp, close, date, count
    command: str


@dataclass
class Sentence:
    """One sentence of the note: its text, the facts it states and their figures."""

    text: str
    kinds: tuple[str, ...]
    score: float
    figures: list[Figure] = field(default_factory=list)
    subject: str = ""

    @property
    def words(self) -> int:
        return len(self.text.split())


class _Builder:
    """Appends text pieces and records where each figure lands."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.figures: list[Figure] = []
        self.length = 0

    def add(self, text: str) -> _Builder:
        self.parts.append(text)
        self.length += len(text)
        return self

    def fig(self, text: str, kind: str, command: str) -> _Builder:
        self.figures.append(Figure(text, self.length, kind, command))
        return self.add(text)

    def sentence(self, kinds: tuple[str, ...], score: float, subject: str = "") -> Sentence:
        text = "".join(self.parts)
        return Sentence(text[0].upper() + text[1:], kinds, score, self.figures, subject)


def chooser(session: pd.Timestamp, seed: int | None, kind: str) -> random.Random:
    """The deterministic generator for one fact type on one date (or seed)."""
    base = seed if seed is not None else session.toordinal()
    return random.Random(zlib.crc32(f"{base}:{kind}".encode()))


def pct(x: float) -> str:
    """A percentage as a journalist rounds it: "3.5", "0.04" (never "0.0"), no sign.

    A value on a rounding boundary (0.25 give or take float noise) gets two decimals: one
    decimal would be a coin toss that another computation of the same figure may call the
    other way."""
    a = abs(x)
    one = f"{a:.1f}"
    tenths = a * 10
    if one == "0.0" or abs(tenths - int(tenths) - 0.5) < 1e-6:
        return f"{a:.2f}"
    return one


def close(x: float) -> str:
    return f"{x:,.2f}"


def count(n: int) -> str:
    return _WORDS[n] if 0 <= n < len(_WORDS) else f"{n:,}"


def weekday(day: pd.Timestamp) -> str:
    return day.day_name()


def since_date(day: pd.Timestamp, session: pd.Timestamp) -> str:
    """ "March 4" within the past ten months, else "Jan. 4, 2022"."""
    text = f"{_MONTHS[day.month - 1]} {day.day}"
    return text if (session - day).days < 300 else f"{text}, {day.year}"


def _verb(change: float, rng: random.Random) -> str:
    a = abs(change)
    if change > 0:
        pool = ["jumped", "surged", "climbed"] if a >= 2 else ["rose", "gained", "advanced",
                                                              "climbed"]
    else:
        pool = ["tumbled", "sank", "dropped"] if a >= 2 else ["fell", "declined", "dropped",
                                                             "slipped"]
    return rng.choice(pool)


def phrase_move(f: Fact, name: str, session: pd.Timestamp, rng: random.Random,
                clauses: list[Fact]) -> Sentence:
    """The session's move (and, for the lead, its highest/lowest-since or record clause)."""
    change, level = float(f.values["change_pct"]), float(f.values["close"])  # type: ignore[arg-type]
    cmd = f.commands[0]
    b = _Builder()
    verb = _verb(change, rng)
    day = weekday(session)
    form = rng.randrange(3)
    if form == 2:
        b.add(f"On {day}, {name} {verb} ").fig(pct(change) + "%", "pct", cmd).add(" to ")
        b.fig(close(level), "close", cmd)
    elif form == 1:
        b.add(f"{name} {verb} ").fig(pct(change) + "%", "pct", cmd)
        b.add(f" on {day} to close at ").fig(close(level), "close", cmd)
    else:
        b.add(f"{name} {verb} ").fig(pct(change) + "%", "pct", cmd).add(" to ")
        b.fig(close(level), "close", cmd).add(f" on {day}")
    kinds = [f.kind]
    score = f.score
    for c in clauses:
        kinds.append(c.kind)
        score = max(score, c.score)
        if c.kind == "record":
            b.add(", a record close")
        else:
            word = "highest" if c.kind == "high_since" else "lowest"
            b.add(f", its {word} close since ")
            b.fig(since_date(c.values["since"], session), "date", c.commands[0])  # type: ignore[arg-type]
    return b.add(".").sentence(tuple(kinds), score, f.subject)


def phrase_streak(f: Fact, name: str, session: pd.Timestamp, rng: random.Random) -> Sentence:
    """The run ending on the session, dated at the claim ("through Tuesday"): a run without
    its day could be read at another day the note names."""
    n, up = int(f.values["length"]), f.values["direction"] == "up"  # type: ignore[call-overload]
    verb = rng.choice(["has risen for", "has gained in", "has now risen for"] if up else
                      ["has fallen for", "has declined in", "has now fallen for"])
    day = weekday(session)
    b = _Builder()
    if rng.random() < 0.5:
        b.add(f"Through {day}, {name} {verb} ").fig(count(n), "count", f.commands[0])
        b.add(" straight sessions.")
    else:
        b.add(f"{name} {verb} ").fig(count(n), "count", f.commands[0])
        b.add(f" straight sessions through {day}.")
    return b.sentence((f.kind,), f.score, f.subject)


def phrase_relative(f: Fact, name: str, other: str, rng: random.Random) -> Sentence:
    d = float(f.values["difference_pp"])  # type: ignore[arg-type]
    when = _WINDOW_WORDS[str(f.values["window"])]
    verb = rng.choice(["has outperformed", "has beaten"] if d > 0 else
                      ["has lagged", "has trailed", "has underperformed"])
    b = _Builder()
    if rng.random() < 0.5:
        b.add(f"{when}, {name} {verb} {other} by ")
        b.fig(pct(d), "pp", f.commands[0]).add(" percentage points.")
    else:
        b.add(f"{name} {verb} {other} by ").fig(pct(d), "pp", f.commands[0])
        b.add(f" percentage points {when}.")
    return b.sentence((f.kind,), f.score, f.subject)


def phrase_ytd(f: Fact, name: str, rng: random.Random) -> Sentence:
    r = float(f.values["return_pct"])  # type: ignore[arg-type]
    b = _Builder()
    if rng.random() < 0.5:
        b.add(f"{name} is {'up' if r > 0 else 'down'} ").fig(pct(r) + "%", "pct", f.commands[0])
        b.add(" so far this year.")
    else:
        b.add(f"{name} has {'gained' if r > 0 else 'lost'} ")
        b.fig(pct(r) + "%", "pct", f.commands[0]).add(" this year.")
    return b.sentence((f.kind,), f.score, f.subject)


def phrase_below_record(f: Fact, name: str, session: pd.Timestamp,
                        rng: random.Random) -> Sentence:
    """The distance below the record close, with the record's level (the checker reads the
    level; it does not read a record's date, so the note names none)."""
    p = float(f.values["pct"])  # type: ignore[arg-type]
    level = float(f.values["record_close"])  # type: ignore[arg-type]
    wd = weekday(session)
    b = _Builder().add(rng.choice([f"{name} ended {wd} ", f"At {wd}'s close, {name} stood ",
                                   f"On {wd}, {name} closed "]))
    b.fig(pct(p) + "%", "pct", f.commands[0]).add(" below its record close of ")
    b.fig(close(level), "close", f.commands[0])
    return b.add(".").sentence((f.kind,), f.score, f.subject)


def phrase_base_rate(f: Fact, name: str, rng: random.Random) -> Sentence:
    n, k = int(f.values["cases"]), int(f.values["higher"])  # type: ignore[call-overload]
    length, up = int(f.values["length"]), f.values["direction"] == "up"  # type: ignore[call-overload]
    begins: pd.Timestamp = f.values["begins"]  # type: ignore[assignment]
    # the exact first day: "since 1987" would count streaks before the data begin
    year = f"{_MONTHS[begins.month - 1]} {begins.day}, {begins.year}"
    runs = f"{count(length)} or more straight {'gains' if up else 'losses'}"
    cmd = f.commands[0]
    b = _Builder()
    if rng.random() < 0.5:
        b.add("In the ").fig(f"{n:,}", "count", cmd).add(f" earlier runs of {runs} since {year}, ")
        b.add(f"{name} was higher a month later ").fig(f"{k:,}", "count", cmd).add(" times.")
    else:
        b.add("After the ").fig(f"{n:,}", "count", cmd)
        b.add(f" earlier runs of {runs} since {year}, {name} was higher a month later in ")
        b.fig(f"{k:,}", "count", cmd).add(" of them.")
    return b.sentence((f.kind,), f.score, f.subject)


def phrase_month_streak(f: Fact, name: str, rng: random.Random) -> Sentence:
    n, up = int(f.values["length"]), f.values["direction"] == "up"  # type: ignore[call-overload]
    verb = rng.choice(["has risen for", "has gained in"] if up else
                      ["has fallen for", "has declined in"])
    b = _Builder().add(f"{name} {verb} ").fig(count(n), "count", f.commands[0])
    return b.add(" straight months.").sentence((f.kind,), f.score, f.subject)


def phrase_moving_average(f: Fact, name: str, session: pd.Timestamp,
                          rng: random.Random) -> Sentence:
    """The close against its 200-day average: a cross on the day, or the side it holds (its
    start date is not said: the checker does not read when a run on one side began)."""
    side = "above" if f.values["above"] else "below"
    b = _Builder()
    if f.values["crossed"]:
        b.add(f"{name} closed {side} its 200-day moving average on {weekday(session)}.")
    else:
        b.add(f"{name} {rng.choice(['remains', 'is still', 'stays'])} {side} its 200-day "
              "moving average.")
    return b.sentence((f.kind,), f.score, f.subject)


def phrase_fed(f: Fact, session: pd.Timestamp, rng: random.Random) -> Sentence:
    """The Fed's last change of its target: this week's news, or context with its date."""
    day: pd.Timestamp = f.values["announced"]  # type: ignore[assignment]
    verb = "cut" if f.values["action"] == "cut" else "raised"
    bp = abs(float(f.values["change_bp"]))  # type: ignore[arg-type]
    b = _Builder()
    cmd = f.commands[0]
    if f.values["fresh"]:
        when = weekday(day) if day == session else since_date(day, session)
        size = f" by {bp:.0f} basis points" if bp and bp % 25 == 0 else ""
        if rng.random() < 0.5:
            b.add("On ").fig(when, "date", cmd).add(f", the Federal Reserve {verb} interest rates")
            b.add(size + ".")
        else:
            b.add(f"The Federal Reserve {verb} interest rates{size} on ").fig(when, "date", cmd)
            b.add(".")
    else:
        text = f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
        b.add(f"The Federal Reserve last {verb} interest rates on ").fig(text, "date", cmd)
        b.add(".")
    return b.sentence((f.kind,), f.score, f.subject)


__all__ = ["Figure", "Sentence", "chooser", "close", "count", "pct", "phrase_base_rate",
           "phrase_below_record", "phrase_fed", "phrase_month_streak", "phrase_move",
           "phrase_moving_average", "phrase_relative", "phrase_streak",
           "phrase_ytd", "since_date", "weekday"]
