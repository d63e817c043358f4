"""Claims from pipe tables of daily returns, as scraped articles print them.

A table such as::

    | Date | Russell 2000 Return | S&P 500 Return | Outperformance |
    |---|---|---|---|
    | 1/2/2026 | 1.06% | 0.19% | 0.87 |

states one day's move per cell: the row gives the session, the column header the instrument.
Read as prose these rows are noise (a date, then bare numbers), so they get their own reader:
each percent cell under a header that names one known instrument becomes a day-move claim.
Columns that name two instruments or a difference ("Outperformance", "vs", "spread") are left
out: a difference is not a statistic of one series. Lines of a table are then skipped by the
sentence grammar, so no cell is read twice or as a level.
"""

from __future__ import annotations

import re

from capscope.claims.entities import find_mentions
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

_SEPARATOR = re.compile(r"^[\s|:-]+$")
_DIFFERENCE = re.compile(r"\b(?:outperform\w*|underperform\w*|difference|spread|gap|vs\.?|versus|relative)\b",
                         re.IGNORECASE)
_MOVE_HEADER = re.compile(r"\b(?:return|change|chg|move|gain|loss|%|performance|perf)\b|%", re.IGNORECASE)
_DATE_CELL = re.compile(r"^\s*(?:\d{1,2}/\d{1,2}/(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|"
                        r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)\s*$")


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _cells(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The cells of one row with their start offsets (leading/trailing pipes dropped)."""
    line = text[start:end]
    out, pos = [], 0
    for part in line.split("|"):
        out.append((part, start + pos))
        pos += len(part) + 1
    if out and not out[0][0].strip():
        out = out[1:]
    if out and not out[-1][0].strip():
        out = out[:-1]
    return out


def _columns(header: str) -> list[str | None]:
    """The symbol each header cell names, None where it names none, two, or a difference."""
    cols: list[str | None] = []
    for cell in (c.strip() for c in header.strip().strip("|").split("|")):
        known = {m.symbol for m in find_mentions(cell) if m.symbol}
        unknown = any(m.symbol is None for m in find_mentions(cell))
        ok = len(known) == 1 and not unknown and not _DIFFERENCE.search(cell)
        cols.append(known.pop() if ok else None)
    return cols


def table_claims(text: str) -> tuple[list[Claim], list[Span]]:
    """Day-move claims from every pipe table of dated rows, and the spans the tables cover."""
    if text.count("|") < 6:
        return [], []
    lines = _lines(text)
    claims: list[Claim] = []
    covered: list[Span] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        if text[s:e].count("|") < 2:
            i += 1
            continue
        block = [i]
        j = i + 1
        while j < len(lines) and "|" in text[lines[j][0]:lines[j][1]]:
            block.append(j)
            j += 1
        found = _block_claims(text, [lines[k] for k in block])
        if found:  # a line of prose that happens to hold pipes stays with the grammar
            claims.extend(found)
            covered.append(Span(lines[block[0]][0], lines[block[-1]][1]))
        i = j
    return claims, covered


def _block_claims(text: str, rows: list[tuple[int, int]]) -> list[Claim]:
    header_parts: list[str] = []
    body: list[tuple[int, int]] = []
    for s, e in rows:
        line = text[s:e]
        if _SEPARATOR.match(line):
            continue
        cells = _cells(text, s, e)
        if cells and _DATE_CELL.match(cells[0][0]):
            body.append((s, e))
        elif not body:
            header_parts.append(line.strip())
    if not body or not header_parts:
        return []
    header = " ".join(header_parts).replace("| |", "|")
    cols = _columns(header)
    if not any(cols) or not (_MOVE_HEADER.search(header) or "%" in text[body[0][0]:body[0][1]]):
        return []
    out: list[Claim] = []
    for s, e in body:
        cells = _cells(text, s, e)
        day = parse_loose_date(cells[0][0].strip())
        if day is None:
            continue
        first = cells[0][1] + len(cells[0][0]) - len(cells[0][0].lstrip())
        time = one_day(cells[0][0].strip(), day, "the row's date", Span(first, first + len(cells[0][0].strip())))
        for k, (cell, at) in enumerate(cells[1:], start=1):
            sym = cols[k] if k < len(cols) else None
            if sym is None:
                continue
            qs = [q for q in find_quantities(cell, at) if q.unit is Unit.PCT]
            if len(qs) != 1:
                continue
            q = qs[0]
            q.role = "move"
            sign = q.sign or (-1 if q.value < 0 else 1)
            q.sign = sign
            name = header.strip().strip("|").split("|")[k].strip() if k < len(header.split("|")) else sym
            out.append(Claim(
                kind=ClaimKind.DAY_MOVE, text=q.raw, span=q.span, sentence=text[s:e],
                sentence_span=Span(s, e),
                subject=Mention(raw=name, span=None, symbol=sym, via="table column"),
                quantities=[q], direction=Direction.UP if sign > 0 else Direction.DOWN, time=time,
                details={"measure": "pct", "source": "table"}))
    return out


__all__ = ["table_claims"]
