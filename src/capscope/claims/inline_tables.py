"""Claims from index tables written inline, columns named once in a heading and cells split by "/"
or "|".

Advisers' weekly letters print their market table as one run of text::

    Stock market indexes (2025 close / prior week / as of 1/2 / weekly change / YTD change):
    DJIA 48,063.29 / 48,710.97 / 48,382.39 / -0.67% / 0.66%. NASDAQ 23,241.99 / ...

(or the same template with "|" between the cells: "Table (2025 Close | Prior Week | As of 1/2 |
Weekly Change | YTD Change): DJIA 48,063.29 | 48,710.97 | ..."; the many letters that print it
pick one separator or the other), or a page that lost a table's line breaks runs its heading and
rows together: "Market/Index | 2018 Close | Prior Week | As of 10/25 | Weekly Change | YTD Change
DJIA | 23327.46 | ... | 15.56% NASDAQ | 6635.28 | ...".

Read as prose, each row is a name and five bare numbers, none tied to a statistic. The heading
says what each column is: a close (at a year's end, at the end of the week before, on the "as
of" day), the week's change (from the prior week's close to the "as of" close) or the year's
change to date. Each cell under a column it can name becomes that claim; the Fed's target row
("Fed. Funds | 2.25%-2.50% | 1.75%-2.00% | ...") gives the range in force on each dated column; a
column it cannot name (a yield's or the target's change in basis points) and a row naming no
instrument capscope has are left out. The table's text is then skipped by the sentence grammar,
so no cell is read twice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from capscope.claims.entities import find_mentions
from capscope.claims.grammar.price_moves import closes_between
from capscope.claims.grammar.yields import is_rate
from capscope.claims.model import (
    Claim,
    ClaimKind,
    Direction,
    Mention,
    Span,
    Unit,
)
from capscope.claims.quantities import find_quantities
from capscope.claims.timexpr import one_day, parse_loose_date

# "(2025 close / prior week / as of 1/2 / weekly change / YTD change):", or with "|" between them
# (spaced either side: "as of 1/2" holds an unspaced "/")
_SEP = re.compile(r"\s[/|]\s")
_HEADING = re.compile(r"\((?P<cols>[^()]{3,60}?\s[/|]\s[^()]{3,160}?)\)\s*:")
_YEAR_CLOSE = re.compile(r"^(?P<y>(?:19|20)\d\d)\s+(?:year-end\s+)?close$", re.I)
_PRIOR_WEEK = re.compile(r"^(?:prior|previous|last)\s+week(?:'s\s+close)?$", re.I)
_AS_OF = re.compile(r"^as\s+of\s+(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/(?P<y>\d{2}|\d{4}))?$", re.I)
_WEEKLY = re.compile(r"^week(?:ly)?\s+(?:%\s+)?(?:change|chg\.?|return)$", re.I)
_YTD = re.compile(r"^(?:YTD|year[- ]to[- ]date)\s+(?:%\s+)?(?:change|chg\.?|return)$", re.I)
# the letter's own date: "The Markets (as of market close January 2, 2026)"
_MARKET_CLOSE = re.compile(r"\bas\s+of\s+(?:the\s+)?market\s+close\s+(?:on\s+)?(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d)")
# a row: a name, then as many "/"- or "|"-joined cells as the heading has columns
# (a yield's change in basis points: "10-year Treasuries 2.41% / 2.82% / 2.96% / 14 bps / 55 bps")
_CELL = r"[-+]?\$?\d[\d,]*(?:\.\d+)?(?:%|\s*bps?\b)?"
_ROW_GAP = re.compile(r"[\s.;]*")
_ROW = re.compile(r"(?P<name>[A-Za-z0-9][A-Za-z0-9&.' -]{1,40}?)\s*:?\s+(?P<cells>" + _CELL + r"(?:\s*[/|]\s*" + _CELL + r")+)")
# the Fed's target range between the rows ("Fed. Funds target rate 0.50%-0.75% / 1.00%-1.25% / ...",
# "Fed funds target rate: 3.50%-3.75% at each date"): not a row capscope reads, and not the table's end
_TARGET_ROW = re.compile(r"fed\.?\s+funds\s+(?:target\s+)?rate\b.*?(?=[.;](?:\s|$))", re.I)
_CELL_SEP = re.compile(r"[/|]")


@dataclasses.dataclass(frozen=True)
class _Column:
    """What one heading cell names: a close on ``day`` or a change from ``base``'s close to ``day``'s."""

    label: str
    kind: ClaimKind
    day: dt.date
    base: dt.date | None = None


def inline_table_claims(text: str, published: dt.date | None) -> tuple[list[Claim], list[Span]]:
    """Claims from every inline "/" or "|" table with a heading of columns, and the spans they cover."""
    if len(_SEP.findall(text)) < 4:
        return [], []
    claims: list[Claim] = []
    covered: list[Span] = []
    stated = _MARKET_CLOSE.search(text)
    ref = (parse_loose_date(stated.group("date")) if stated else None) or published  # the year of "as of 1/2"
    _pipe_tables(text, ref, claims, covered)
    if "):" not in text:
        return claims, covered
    for heading in _HEADING.finditer(text):
        columns = _columns(heading.group("cols"), ref)
        if columns is None:
            continue
        found, end = _rows(text, heading.end(), columns)
        if found:
            # from the start of the heading's sentence: the grammar skips every sentence in the table
            dot = text.rfind(". ", 0, heading.start())
            start = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, heading.start()) + 1)
            claims.extend(found)
            covered.append(Span(start, end))
    return claims, covered


# the same table with its rows run into one paragraph (the page's line breaks lost): "Market/Index |
# 2018 Close | Prior Week | As of 10/25 | Weekly Change | YTD Change DJIA | 23327.46 | 26770.20 |
# 26958.06 | 0.70% | 15.56% NASDAQ | 6635.28 | ...": the heading's first cell names the rows, the
# last heading cell runs into the first row's name, and each row's last cell into the next name
_PIPE_HEADING = re.compile(r"\b(?:Market|Index|Market\s*/\s*Index|Indexes|Indices)\s*\|", re.I)
_PIPE_CELL = re.compile(r"\s*(?P<cell>" + _CELL + r")(?=\s|\||$)")
_ANY_CELL = re.compile(r"\s*(?P<cell>[^|]+?)\s*\|")
_ROW_NAME = re.compile(r"\s*(?P<name>[A-Za-z0-9][^|]{0,40}?)\s*\|")
_FED_NAME = re.compile(r"fed\.?\s+funds\b", re.I)


def _pipe_tables(text: str, ref: dt.date | None, claims: list[Claim], covered: list[Span]) -> None:
    """The run-together pipe tables (``_PIPE_HEADING``): each row under the columns it names."""
    for heading in _PIPE_HEADING.finditer(text):
        parsed = _pipe_heading(text, heading.end(), ref)
        if parsed is None:
            continue
        columns, pos = parsed
        end = pos
        while True:
            row = _pipe_row(text, pos, len(columns))
            if row is None:
                break
            m, pos = row
            names = [n for n in find_mentions(m.group("name").strip()) if n.symbol]
            symbol = names[0].symbol if len(names) == 1 and not _FED_NAME.search(m.group("name")) else None
            if symbol is not None:
                claims.extend(_row_claims(text, m, symbol, columns))
            elif _FED_NAME.search(m.group("name")):
                claims.extend(_target_claims(text, m.start("cells"), m.end("cells"), columns))
            end = m.end()
        if end > heading.end():
            covered.append(Span(heading.start(), end))


def _pipe_heading(text: str, pos: int, ref: dt.date | None) -> tuple[list[_Column | None], int] | None:
    """The heading's columns, and where the first row's name starts (inside its last cell)."""
    labels: list[str] = []
    while len(labels) < 8:
        cell = _ANY_CELL.match(text, pos)
        if cell is None:
            return None
        words = cell.group("cell").split()
        # the cell that holds the last label and the first row's name: a number cell follows it
        if _PIPE_CELL.match(text, cell.end()) is not None:
            for j in range(len(words) - 1, 0, -1):
                label = " ".join(words[:j])
                if any(rx.match(label) for rx in (_YTD, _WEEKLY, _AS_OF, _PRIOR_WEEK, _YEAR_CLOSE)):
                    columns = _columns(" | ".join([*labels, label]), ref)
                    name_at = text.index(words[j], cell.start("cell") + len(" ".join(words[:j])))
                    return (columns, name_at) if columns is not None else None
            return None
        labels.append(cell.group("cell"))
        pos = cell.end()
    return None


def _pipe_row(text: str, pos: int, n: int) -> tuple[re.Match[str], int] | None:
    """One row at ``pos``: a name, then ``n`` cells joined by "|" (a row capscope cannot read, the
    Fed's target range, keeps its place: its cells are passed over). The match carries the
    groups ``_row_claims`` reads, and the position of the next row's name."""
    name = _ROW_NAME.match(text, pos)
    if name is None:
        return None
    at, cells = name.end(), []
    for k in range(n):
        last = k == n - 1
        cell = _PIPE_CELL.match(text, at) if last else _ANY_CELL.match(text, at)
        if cell is None:
            return None
        cells.append(cell.group("cell"))
        at = cell.end()
    pattern = (r"(?P<name>" + re.escape(name.group("name")) + r")\s*\|\s*(?P<cells>" +
               r"\s*\|\s*".join(re.escape(c) for c in cells) + ")")
    m = re.compile(pattern).match(text, name.start("name"))
    return (m, at) if m is not None else None


def _columns(cols: str, ref: dt.date | None) -> list[_Column | None] | None:
    """The columns the heading names, or None when it names no "as of" day (nothing to date by).
    ``ref`` (the letter's own date, else publication) gives the year an "as of 1/2" leaves out."""
    from capscope.data.calendar import previous_session

    labels = [c.strip() for c in _SEP.split(cols)]  # ("as of 1/2" holds an unspaced one)
    as_of = None
    for label in labels:
        m = _AS_OF.match(label)
        if m is None:
            continue
        month, day = int(m.group("m")), int(m.group("d"))
        year = int(m.group("y")) if m.group("y") else None
        if year is not None and year < 100:
            year += 2000
        if year is None and ref is not None:
            year = ref.year if month <= ref.month else ref.year - 1
        if year is None:
            return None
        try:
            as_of = dt.date(year, month, day)
        except ValueError:
            return None
    if as_of is None:
        return None
    # the week before: its last session, before the Monday of the "as of" week
    prior = previous_session(as_of - dt.timedelta(days=as_of.weekday() + 1)).date()
    year_end = previous_session(dt.date(as_of.year - 1, 12, 31)).date()
    out: list[_Column | None] = []
    for label in labels:
        if _AS_OF.match(label):
            # (an "as of" day the exchange was closed, Good Friday, holds the session before's close)
            out.append(_Column(label, ClaimKind.CLOSE_LEVEL, previous_session(as_of).date()))
        elif (y := _YEAR_CLOSE.match(label)) is not None:
            out.append(_Column(label, ClaimKind.CLOSE_LEVEL, previous_session(dt.date(int(y.group("y")), 12, 31)).date()))
        elif _PRIOR_WEEK.match(label):
            out.append(_Column(label, ClaimKind.CLOSE_LEVEL, prior))
        elif _WEEKLY.match(label):
            out.append(_Column(label, ClaimKind.PERIOD_RETURN, as_of, base=prior))
        elif _YTD.match(label):
            out.append(_Column(label, ClaimKind.PERIOD_RETURN, as_of, base=year_end))
        else:
            out.append(None)
    return out


def _rows(text: str, pos: int, columns: list[_Column | None]) -> tuple[list[Claim], int]:
    """The rows right after the heading, each "Name v / v / ...", up to the first that is not one."""
    out: list[Claim] = []
    end = pos
    # a yield's row may stop after the closes: "10-year Treasuries 4.16% / 4.13% / 4.18%"
    closes = next((k for k, c in enumerate(columns) if c is None or c.kind is not ClaimKind.CLOSE_LEVEL), len(columns))
    while True:
        pos = _ROW_GAP.match(text, pos).end()  # (". " or "; " between rows)
        target = _TARGET_ROW.match(text, pos)
        if target is not None:
            out.extend(_target_claims(text, target.start(), target.end(), columns))
            end = pos = target.end()
            continue
        m = _ROW.match(text, pos)
        if m is None:
            return out, end
        names = [n for n in find_mentions(m.group("name").strip()) if n.symbol]
        symbol = names[0].symbol if len(names) == 1 else None
        cells = len(_CELL_SEP.split(m.group("cells")))
        if cells != len(columns) and not (is_rate(symbol) and cells == closes):
            return out, end
        if symbol is not None:
            out.extend(_row_claims(text, m, symbol, columns[:cells]))
        end = pos = m.end()


# a cell of the Fed's target row: a range ("1.50%-1.75%") or one rate
# a cell of the Fed's target row, whole: a range ("1.50%-1.75%") or one rate ("5.25%")
_TARGET_CELL = re.compile(r"(?P<lo>\d{1,2}(?:\.\d{1,2})?)\s*%?\s*(?:-|\u2013|to)\s*(?P<hi>\d{1,2}(?:\.\d{1,2})?)\s*%|"
                          r"(?P<one>\d{1,2}(?:\.\d{1,2})?)\s*%")
_EACH_DATE = re.compile(r"\s*\bat\s+(?:each|all\s+(?:three\s+)?)\s*dates?\b", re.I)
_FIRST_FIGURE = re.compile(r"\d")


def _target_claims(text: str, start: int, end: int, columns: list[_Column | None]) -> list[Claim]:
    """The Fed's target row ("Fed. Funds | 2.25%-2.50% | 1.75%-2.00% | 1.75%-2.00% | 0 bps | -50 bps",
    "Fed funds target rate: 3.50%-3.75% at each date"): each cell that is a whole range or rate,
    under a dated column in the same place, is the range in force on that day; one cell "at each
    date" stands under every dated column. The changes in basis points are left out."""
    first = _FIRST_FIGURE.search(text, start, end)
    if first is None:
        return []
    each = _EACH_DATE.search(text, first.start(), end)
    cells: list[tuple[int, int]] = []  # each cell's span, in the row's order
    at = first.start()
    for sep in [*_CELL_SEP.finditer(text, at, each.start() if each else end), None]:
        stop = sep.start() if sep is not None else (each.start() if each else end)
        cells.append((at, stop))
        at = sep.end() if sep is not None else stop
    if each is not None:
        if len(cells) != 1:
            return []
        placed = [(cells[0], c) for c in columns if c is not None and c.kind is ClaimKind.CLOSE_LEVEL]
    else:
        placed = list(zip(cells, columns, strict=False))
    out: list[Claim] = []
    row = Span(start, end)
    for (s, e), col in placed:
        raw = text[s:e].strip()
        cell = _TARGET_CELL.fullmatch(raw)
        if col is None or col.kind is not ClaimKind.CLOSE_LEVEL or cell is None:
            continue
        lo = float(cell.group("lo") or cell.group("one"))
        hi = float(cell.group("hi") or cell.group("one"))
        if lo > hi:
            continue
        s += len(text[s:e]) - len(text[s:e].lstrip())
        out.append(Claim(kind=ClaimKind.FED_DECISION, text=raw, span=Span(s, s + len(raw)), sentence=text[start:end],
                         sentence_span=row, subject=Mention(raw="Fed funds target rate", span=row, via="policy maker"),
                         time=one_day(col.label, col.day, f"the table's column '{col.label}'"),
                         direction=Direction.FLAT,
                         details={"action": "hold", "size_bp": None, "first_of_cycle": False, "in_force": True,
                                  "target_low": lo, "target_high": hi, "source": "table"}))
    return out


def _row_claims(text: str, row: re.Match[str], symbol: str, columns: list[_Column | None]) -> list[Claim]:
    out: list[Claim] = []
    at = row.start("cells")
    name = row.group("name").strip()
    for cell, col in zip(_CELL_SEP.split(row.group("cells")), columns, strict=True):
        start = at + len(cell) - len(cell.lstrip())
        at += len(cell) + 1
        if col is None:
            continue
        qs = find_quantities(cell.strip(), start)
        if len(qs) != 1:
            continue
        q = qs[0]
        subject = Mention(raw=name, span=Span(row.start("name"), row.start("name") + len(name)), symbol=symbol,
                          via="table row")
        sentence_span = Span(row.start(), row.end())
        rate = is_rate(symbol)  # a yield's percent is its level
        if col.kind is ClaimKind.CLOSE_LEVEL and (q.unit in (Unit.NUMBER, Unit.USD) if not rate else q.unit is Unit.PCT):
            q.role = "level"
            time = one_day(col.label, col.day, f"the table's column '{col.label}'")
            out.append(Claim(kind=ClaimKind.CLOSE_LEVEL, text=q.raw, span=q.span, sentence=row.group(0),
                             sentence_span=sentence_span, subject=subject, quantities=[q], time=time,
                             details={"level": q.value, "source": "table", **({"rate_level": True} if rate else {})}))
        elif col.kind is ClaimKind.PERIOD_RETURN and q.unit is Unit.PCT and col.base is not None and not rate:
            q.role = "return"
            sign = q.sign or (-1 if q.value < 0 else 1)
            q.sign = sign
            time = closes_between(col.label, None, col.base, col.day, f"the table's column '{col.label}'")
            out.append(Claim(kind=ClaimKind.PERIOD_RETURN, text=q.raw, span=q.span, sentence=row.group(0),
                             sentence_span=sentence_span, subject=subject, quantities=[q],
                             direction=Direction.UP if sign > 0 else Direction.DOWN, time=time,
                             details={"measure": "pct", "source": "table"}))
    return out


__all__ = ["inline_table_claims"]
