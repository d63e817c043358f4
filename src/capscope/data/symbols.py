"""Canonical symbols, their kinds and the names a reader would use for them.

Aliases are matched after :func:`normalise_name` (case, "the", "S & P", punctuation), so the
claim checker and the CLI share one table. An ETF and its index stay different symbols: "IWM" or
"the iShares Russell 2000 ETF" is never the Russell 2000 index (RUT), because price levels,
dividends and even daily moves differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from capscope.errors import UnknownSymbol


class Kind(StrEnum):
    """What a symbol is; statistics use it to decide what makes sense (no total return on a rate)."""

    INDEX = "index"
    ETF = "etf"
    RATE = "rate"
    FUTURES = "futures"
    DATASET = "dataset"


@dataclass(frozen=True)
class SymbolInfo:
    """One canonical symbol."""

    symbol: str
    name: str
    kind: Kind
    aliases: tuple[str, ...] = ()
    tracks: str | None = None  # the index an ETF tracks
    frequency: str = "daily"  # daily (sessions), calendar-daily (FRED), monthly
    note: str = ""
    extra: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    # the index's own first value when it is older than the data ("the Dow's worst day in its
    # history" reaches back to 1896; the bundled Dow begins in 1992): a rank "in its history"
    # can be refuted by the data but not confirmed
    history_from: str = ""

    @property
    def has_ohlc(self) -> bool:
        return self.kind in (Kind.INDEX, Kind.ETF)

    @property
    def has_total_return(self) -> bool:
        """ETFs carry a dividend-adjusted close; indices here are price indices."""
        return self.kind is Kind.ETF


SECTOR_FUNDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "XLB": ("Materials Select Sector SPDR", ("materials", "materials sector")),
    "XLC": ("Communication Services Select Sector SPDR", ("communication services", "communications")),
    "XLE": ("Energy Select Sector SPDR", ("energy", "energy sector", "energy stocks")),
    "XLF": ("Financial Select Sector SPDR", ("financials", "financial sector", "banks", "financial stocks")),
    "XLI": ("Industrial Select Sector SPDR", ("industrials", "industrial sector")),
    "XLK": ("Technology Select Sector SPDR", ("technology", "technology sector", "tech sector", "tech stocks")),
    "XLP": ("Consumer Staples Select Sector SPDR", ("consumer staples", "staples")),
    "XLRE": ("Real Estate Select Sector SPDR", ("real estate", "real estate sector")),
    "XLU": ("Utilities Select Sector SPDR", ("utilities", "utilities sector")),
    "XLV": ("Health Care Select Sector SPDR", ("health care", "healthcare", "health care sector")),
    "XLY": ("Consumer Discretionary Select Sector SPDR", ("consumer discretionary", "discretionary")),
}

_SECTOR_NOTE = (
    "raw open/high/low/close only from 2026-03-20 (XLE: full history); use adj_close for "
    "performance; adj_close ends 2026-07-02 (XLI, XLP: 2025-07-11)"
)

_TABLE: tuple[SymbolInfo, ...] = (
    SymbolInfo(
        "RUT", "Russell 2000", Kind.INDEX,
        ("russell 2000", "russell 2000 index", "russell", "the russell", "small caps", "small-caps",
         "small cap", "small-cap", "small-cap stocks", "small caps stocks", "small-cap index",
         "small-cap benchmark", "small cap benchmark", "small-cap russell 2000", "^rut", "rut",
         "rty", "r2k", "russell2000"),
        note="price index from 1987-09-10 (the index began in 1979; no public daily data before); "
        "volume is not meaningful",
        history_from="1978-12-29",
    ),
    SymbolInfo(
        "SPX", "S&P 500", Kind.INDEX,
        ("s&p 500", "s&p500", "s&p 500 index", "s&p", "spx", "^gspc", "gspc", "^spx",
         "standard & poor's 500", "standard and poor's 500", "large caps", "large-caps",
         "large-cap stocks", "large-cap index", "large-cap benchmark", "broader market",
         "the broader market", "broad market", "benchmark s&p 500"),
        note="price index from 1927-12-30; before 1962 open/high/low equal close",
    ),
    SymbolInfo(
        "IXIC", "Nasdaq Composite", Kind.INDEX,
        ("nasdaq", "nasdaq composite", "nasdaq composite index", "tech-heavy nasdaq",
         "tech-heavy nasdaq composite", "^ixic", "ixic", "comp", "the nasdaq"),
        note="from 1971-02-05 (base 100)",
    ),
    SymbolInfo(
        "NDX", "Nasdaq-100", Kind.INDEX,
        ("nasdaq 100", "nasdaq-100", "nasdaq100", "^ndx", "ndx", "tech-heavy nasdaq 100"),
        note="from 1985-10-01; close only from 2026-07-13",
        history_from="1985-01-31",
    ),
    SymbolInfo(
        "DJI", "Dow Jones Industrial Average", Kind.INDEX,
        ("dow", "the dow", "dow jones", "dow jones industrial average", "dow jones average", "djia", "^dji", "dji",
         "blue-chip dow", "blue chip dow", "dow industrials", "blue-chip index", "blue chip index",
         "blue-chip average", "blue chip average",
         # the wire's second reference: "the 30-stock average", "the 30-company average"
         "30-stock average", "30-company average", "30-stock index", "30-company index",
         # "The index of 30 blue chip stocks ended the session at 11,727.34"
         "index of 30 blue chip stocks", "index of 30 blue-chip stocks", "average of 30 blue chip stocks",
         "average of 30 blue-chip stocks"),
        note="1992-01-02 to 2026-02-23 only (no later public source)",
        history_from="1896-05-26",
    ),
    SymbolInfo(
        "VIX", "CBOE Volatility Index", Kind.INDEX,
        ("vix", "^vix", "fear gauge", "wall street's fear gauge", "volatility index",
         "cboe volatility index", "cboe vix",
         # the wire services' descriptions: "Wall Street's main volatility gauge", "the gauge of
         # investor anxiety", "a closely watched gauge of expected stock-market volatility"
         "fear index", "volatility gauge", "anxiety gauge", "gauge of investor anxiety",
         "gauge of investor fear", "gauge of expected volatility",
         "gauge of expected stock-market volatility", "gauge of expected stock market volatility",
         "gauge of stock-market volatility", "gauge of market volatility"),
        note="close is CBOE's official close; open/high/low blank after 2026-08-03",
    ),
    SymbolInfo(
        "IWM", "iShares Russell 2000 ETF", Kind.ETF,
        ("iwm", "ishares russell 2000 etf", "ishares russell 2000", "russell 2000 etf",
         "small-cap etf", "small cap etf"),
        tracks="RUT",
    ),
    SymbolInfo(
        "SPY", "SPDR S&P 500 ETF Trust", Kind.ETF,
        ("spy", "spdr s&p 500", "spdr s&p 500 etf", "spdr s&p 500 etf trust", "s&p 500 etf",
         # its name until 2010 ("SPDR Trust, Series 1"), still the wires' name for it then
         "spdr trust", "spdr trust etf"),
        tracks="SPX",
    ),
    SymbolInfo(
        "QQQ", "Invesco QQQ Trust", Kind.ETF,
        ("qqq", "invesco qqq", "invesco qqq trust", "nasdaq 100 etf", "nasdaq-100 etf"),
        tracks="NDX",
    ),
    *(
        SymbolInfo(sym, name, Kind.ETF, (sym.lower(), *aliases), note=_SECTOR_NOTE)
        for sym, (name, aliases) in SECTOR_FUNDS.items()
    ),
    SymbolInfo(
        "DFF", "Effective federal funds rate", Kind.RATE,
        ("effective fed funds rate", "effective federal funds rate", "fed funds effective",
         "dff", "effr"),
        frequency="calendar-daily",
    ),
    SymbolInfo(
        "DFEDTAR", "Federal funds target rate (to 2008-12-15)", Kind.RATE, ("dfedtar",),
        frequency="calendar-daily",
        note="FRED dates a change on the day it took effect (usually the announcement day here)",
    ),
    SymbolInfo(
        "DFEDTARU", "Federal funds target range, upper limit", Kind.RATE,
        ("dfedtaru", "fed funds upper bound", "upper bound of the target range"),
        frequency="calendar-daily",
        note="FRED dates a change on the day it took effect, the day AFTER the FOMC announcement",
    ),
    SymbolInfo(
        "DFEDTARL", "Federal funds target range, lower limit", Kind.RATE,
        ("dfedtarl", "fed funds lower bound", "lower bound of the target range"),
        frequency="calendar-daily",
        note="FRED dates a change on the day it took effect, the day AFTER the FOMC announcement",
    ),
    SymbolInfo(
        "FEDFUNDS", "Federal funds rate, monthly average", Kind.RATE,
        ("fedfunds", "monthly fed funds rate"), frequency="monthly",
    ),
    SymbolInfo(
        "DGS2", "2-year Treasury yield", Kind.RATE,
        ("dgs2", "2-year yield", "two-year yield", "2-year treasury yield", "2-year treasury",
         "two-year treasury yield", "two-year treasury", "2-year note", "two-year note",
         "2-year's yield", "two-year's yield", "2-yr note", "2-yr yield", "2-year yields", "two-year yields",
         "2-year notes", "two-year notes", "2 year yield", "2-year treasuries", "two-year treasuries",
         # the country or the note's short name inside the maturity's words: "the 2-year U.S. Treasury",
         # "the US 2-Year Treasury", "the 2-year T-note"
         "2-year u.s. treasury", "2-year us treasury", "two-year u.s. treasury", "u.s. 2-year treasury",
         "us 2-year treasury", "2-year t-note", "two-year t-note",
         # the wire's plain name: "yields for 2-year U.S. government bonds"
         "2-year government bond", "2-year government bonds", "2-year u.s. government bond",
         "2-year u.s. government bonds", "two-year government bond", "two-year government bonds"),
    ),
    SymbolInfo(
        "DGS10", "10-year Treasury yield", Kind.RATE,
        ("dgs10", "10-year yield", "ten-year yield", "10-year treasury yield", "10-year treasury",
         "ten-year treasury yield", "benchmark 10-year yield", "ten-year treasury", "10-year note",
         "ten-year note", "10-year's yield", "ten-year's yield", "10-yr note", "10-yr yield", "10-year yields",
         "ten-year yields", "10-year notes", "10 year yield", "10-year t-note", "10-year treasuries",
         "ten-year treasuries", "10-year u.s. treasury", "10-year us treasury", "ten-year u.s. treasury",
         "u.s. 10-year treasury", "us 10-year treasury", "ten-year t-note",
         # the wire's plain name: "yields for 10-year U.S. government bonds rose 10 basis points"
         "10-year government bond", "10-year government bonds", "10-year u.s. government bond",
         "10-year u.s. government bonds", "ten-year government bond", "ten-year government bonds"),
    ),
    SymbolInfo(
        "ZQ", "30-day fed funds futures (CME)", Kind.FUTURES,
        ("zq", "fed funds futures", "30-day fed funds futures", "federal funds futures"),
        note="contracts ZQN26..ZQN31 from 2024-07-31; no 2024-2025 delivery months",
    ),
    SymbolInfo("FF_FACTORS_DAILY", "Fama-French factors, daily (percent)", Kind.DATASET,
               ("ff factors daily", "fama-french daily"), frequency="daily"),
    SymbolInfo("FF_FACTORS_MONTHLY", "Fama-French factors, monthly (percent)", Kind.DATASET,
               ("ff factors monthly", "fama-french monthly"), frequency="monthly"),
    SymbolInfo("FF_SIZE_MONTHLY", "Fama-French portfolios formed on size, monthly, value-weighted (percent)",
               Kind.DATASET, ("ff size portfolios", "fama-french size portfolios"), frequency="monthly"),
    SymbolInfo("FOMC_MEETINGS", "FOMC decision days 1982-2027 and unscheduled actions", Kind.DATASET,
               ("fomc meetings", "fomc calendar"), frequency="event"),
    SymbolInfo("FOMC_PROBABILITIES_ZQ", "Meeting probabilities derived from ZQ by another implementation",
               Kind.DATASET, ("fomc probabilities",), frequency="daily",
               note="a comparison, not a truth: 2026-07-29..2026-08-21 only"),
)

SYMBOLS: dict[str, SymbolInfo] = {info.symbol: info for info in _TABLE}
# The symbols capscope ships (SYMBOLS also gains the ones users import, via register).
BUILT_IN: frozenset[str] = frozenset(SYMBOLS)

_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 12)  # pure; every statistic call and mention folds the same few names
def normalise_name(text: str) -> str:
    """Fold a name the way readers vary it: case, curly quotes, "S & P", "the", "index"."""
    t = text.strip().lower().replace("\u2019", "'").replace("\u00a0", " ")
    t = re.sub(r"s\s*&\s*p", "s&p", t)
    t = re.sub(r"s\s+and\s+p\b", "s&p", t)
    t = t.replace("\u2013", "-").replace("\u2014", "-")
    t = _SPACES.sub(" ", t).strip(" .,;:'\"")
    if t.startswith("the "):
        t = t[4:]
    if t.endswith("'s"):
        t = t[:-2]
    return t


def _build_alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for info in _TABLE:
        for alias in (info.symbol, info.name, *info.aliases):
            key = normalise_name(alias)
            if key in index and index[key] != info.symbol:
                raise AssertionError(f"alias {alias!r} maps to {index[key]} and {info.symbol}")
            index[key] = info.symbol
    return index


ALIASES: dict[str, str] = _build_alias_index()


def lookup(name: str) -> SymbolInfo | None:
    """The symbol a name stands for, or None; accepts canonical symbols and every alias."""
    key = normalise_name(name)
    sym = ALIASES.get(key)
    if sym is None and key.endswith(" index"):
        sym = ALIASES.get(key[: -len(" index")])
    return SYMBOLS.get(sym) if sym else None


def resolve(name: str) -> SymbolInfo:
    """Like :func:`lookup` but raises :class:`UnknownSymbol` with the list of what exists."""
    info = lookup(name)
    if info is None:
        known = ", ".join(s for s, i in SYMBOLS.items() if i.kind is not Kind.DATASET)
        raise UnknownSymbol(
            f"unknown symbol {name!r}",
            f"known symbols: {known}; import your own with 'capscope data import FILE --symbol X'",
        )
    return info


def register(info: SymbolInfo) -> None:
    """Add a user-imported symbol (from the store's metadata) so it resolves like the built-ins."""
    SYMBOLS.setdefault(info.symbol, info)
    ALIASES.setdefault(normalise_name(info.symbol), info.symbol)


__all__ = ["ALIASES", "BUILT_IN", "SECTOR_FUNDS", "SYMBOLS", "Kind", "SymbolInfo", "lookup", "normalise_name",
           "register", "resolve"]
