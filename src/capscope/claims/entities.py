"""Who a sentence is about: symbol mentions and the references ("the ETF", "it") that point back.

Names resolve through :func:`capscope.data.symbols.lookup`, so the checker and the CLI share one
alias table. References resolve against what was mentioned before, by kind: "the ETF"/"the fund"
to the last ETF, "the index"/"the benchmark" to the last index (or the index the last ETF tracks),
"the group"/"this cohort"/"they" to the last class of stocks ("small caps"), "it"/"its" to the
last subject. An ETF (IWM) and its index (RUT) are never merged.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from capscope.claims._needs import WordGate, word_gate
from capscope.claims._spans import for_text
from capscope.claims.model import Mention, Span
from capscope.data.symbols import ALIASES, SECTOR_FUNDS, SYMBOLS, Kind, lookup

# aliases that are ordinary words unless written as a ticker or a capitalised name
_TICKER_LIKE = re.compile(r"^[a-z^]{2,5}$")
_SECTOR_SINGLE = {a for _, (_, aliases) in SECTOR_FUNDS.items() for a in aliases if " " not in a}
_NEEDS_CAPITAL = {"russell", "dow", "nasdaq", "s&p", "comp"}
# class phrases not in the alias table, mapped to an alias that is (each starts with a literal
# letter: the alias pattern is grouped by first character)
_GENERIC = {
    r"small(?:er)?[- ]cap(?:italization)?s?(?: stocks| shares| companies| names| equities)?": "small caps",
    r"small(?:er|est)? (?:companies|firms|stocks)": "small caps",
    # "small-company stocks", "smaller company stocks", "smaller-company shares"
    r"small(?:er)?[- ]company (?:stocks|shares)": "small caps",
    r"(?:the )?small[- ]cap (?:index|benchmark|gauge)": "small-cap index",
    r"large[- ]caps?(?: stocks| shares| companies| names| counterparts| peers| equities)?": "large caps",
    r"larger (?:companies|stocks|peers|counterparts)": "large caps",
    r"big[- ]caps?(?: stocks)?": "large caps",
    # "big stocks", "the largest companies", "bigger peers", "larger-cap stocks"
    r"big(?:ger|gest)? (?:companies|stocks|peers|counterparts)": "large caps",
    r"large(?:st)? (?:companies|stocks|peers|counterparts)": "large caps",
    r"larger[- ]cap (?:stocks|companies)": "large caps",
    r"R2K|RTY": "russell 2000",  # shorthand tickers of the Russell 2000 index
}
_REF = re.compile(
    r"\b(?P<etf>the (?:small-cap |exchange-traded )?(?:ETF|fund)|this (?:ETF|fund))\b|"
    r"\b(?P<index>the (?:index|benchmark|gauge|average|barometer|blue-chip index)|this (?:index|benchmark))\b|"
    r"\b(?P<group>the (?:group|cohort|asset class|segment|space|category)|this (?:group|cohort|segment))\b|"
    r"\b(?P<it>[Ii]t|[Ii]ts|[Tt]hey|[Tt]heir|[Tt]hem)\b|"
    r"\b(?P<move>(?:this|the) (?:move|rally|surge|rebound|advance|run|trade|selloff|sell-off|decline|gain)s?)\b"
)


def _alias_regex() -> re.Pattern[str]:
    keys = sorted((k for k in ALIASES if k and k not in _SECTOR_SINGLE), key=len, reverse=True)
    # literal aliases longest first, then the class patterns (alternation takes the first match)
    parts = [(re.escape(k).replace(r"\ ", r"[\s-]+"), {k[0].lower()}) for k in keys]
    # "the Russell 2,000" before the literal "russell" would take only its first word
    parts.insert(0, (r"russell[\s-]+2,000(?:\s+index)?", {"r"}))
    for k in _GENERIC:
        parts.append((k, {"t", k[len("(?:the )?")].lower()} if k.startswith("(?:the )?") else {k[0].lower()}))
    # Grouped by first character, each group behind a one-character lookahead: the engine no
    # longer tries every alias at every word start. Within a group the order above is kept, and
    # branches of different groups cannot match at the same place, so the first match is the same.
    firsts = sorted({c for _, cs in parts for c in cs})
    groups = []
    for c in firsts:
        alts = "|".join(rx for rx, cs in parts if c in cs)
        groups.append(f"(?={re.escape(c)})(?:{alts})")
    return re.compile(r"(?<![\w&^-])(?:the\s+)?(?:" + "|".join(groups) + r")(?![\w&]|-\w)", re.IGNORECASE)


_ALIAS_RE = _alias_regex()
_GENERIC_RE = [(re.compile(rf"^(?:the\s+)?{k}$", re.IGNORECASE), v) for k, v in _GENERIC.items()]


@functools.lru_cache(maxsize=4096)
def _resolve_name(raw: str) -> tuple[str | None, bool]:
    info = lookup(raw) or (lookup(raw.replace(",", "")) if "," in raw else None)  # "Russell 2,000"
    if info is not None:
        low = raw.lower()
        generic = ("cap" in low and "index" not in low and "benchmark" not in low
                   and "etf" not in low and "russell" not in low)
        return info.symbol, generic
    for rx, alias in _GENERIC_RE:
        if rx.match(raw.strip()):
            info = lookup(alias)
            return (info.symbol if info else None), "index" not in alias
    return None, False


# instruments capscope has no data for, named so a claim about them is not pinned on a neighbour
# ("gains of 3.9% for the Russell 1000" is not a Russell 2000 claim; "Russell 2000 Value" is not RUT)
_UNKNOWN_RE = re.compile(
    r"(?<![\w&-])(?:the\s+)?(?:(?:large-cap\s+|small-cap\s+|mid-cap\s+)?Russell\s+(?:1000|3000|2500|Midcap|Mid-cap|Microcap|Top\s+(?:200|50)(?:\s+Mega\s+Cap)?)"
    r"(?:\s+(?:Value|Growth))?(?:\s+[Ii]ndex(?:es)?)?|Russell\s+2000\s+(?:Value|Growth)(?:\s+[Ii]ndex)?|"
    r"S\s?&\s?P\s+(?:MidCap\s+|SmallCap\s+|Mid-?cap\s+|Small-?cap\s+)?(?:400|600|1500)"
    r"(?:\s+(?:SmallCap|MidCap|Small-?[Cc]ap|Mid-?[Cc]ap))?(?:\s+[Ii]ndex)?|"
    r"S\s?&\s?P\s+500\s+(?:Equal[- ]Weight(?:ed)?|Value|Growth)(?:\s+[Ii]ndex)?|"
    # any other gauge under the benchmark's name: "the S&P 500 High Beta Index", "the Russell 2000
    # Dynamic Index", "the S&P 500 Low Volatility Index" (capitalised words, then "Index")
    r"(?:S\s?&\s?P\s+500|Russell\s+2000)\s+(?!Index\b)(?:[A-Z][\w-]*\s+){1,3}Index|"
    r"MSCI\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}|Stoxx\s+(?:Europe\s+)?(?:600|50)|Euro\s+Stoxx\s+50|FTSE\s+(?:100|250|All-World)|"
    r"Nikkei(?:\s+225)?|Hang\s+Seng|DAX|CAC\s+40|Kospi|Topix|Nifty(?:\s+50)?|Sensex|Wilshire\s+5000|"
    # sector and sub-indexes under a gauge's name: "the Nasdaq Biotechnology index" is not the
    # Nasdaq Composite, "the Dow Jones Transportation Average" not the Dow
    r"Nasdaq\s+(?:Biotechnology|Bank|Financial(?:\s+100)?|Industrial|Insurance|Transportation|Computer|"
    r"Telecommunications|Internet|Golden\s+Dragon|Clean\s+Edge)(?:\s+[Ii]ndex)?|"
    r"Dow\s+Jones\s+(?:[Tt]ransportation|[Uu]tility|[Uu]tilities|U\.S\.\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})(?:\s+(?:Average|[Ii]ndex))?|"
    # "The Dow Jones Wilshire 5000 Composite Index": the Wilshire, not the Dow
    r"Dow\s+Jones\s+Wilshire\s+5000(?:\s+(?:Composite|Total\s+Market))?(?:\s+[Ii]ndex)?|"
    # the Dow Jones family abroad: "the Dow Jones STOXX 50 Index", "the Dow Jones Euro Stoxx 50",
    # "the Dow Jones Global Titans 50", "the Dow Jones World Index"
    r"Dow\s+Jones\s+(?:Euro\s+)?(?:STOXX|Stoxx)(?:\s+(?:[A-Z][\w-]*|\d+)){0,3}(?:\s+[Ii]ndex)?|"
    r"Dow\s+Jones\s+(?:Global|World|Asian|Europe(?:an)?|Islamic|Sustainability|Select)(?:\s+(?:[A-Z][\w-]*|\d+)){0,3}(?:\s+[Ii]ndex)?|"
    # "Treasury yields touched their highest since mid-November": yields of no maturity named
    r"(?:the\s+)?(?:U\.S\.\s+|US\s+)?Treasury\s+yields(?!\s+(?:on|of)\s+the\s+(?:\d+|two|ten|thirty)-year)|"
    # Treasuries of the maturities capscope has no series for: "that on the 30-year bond climbed to
    # 4.33%", "the 30-year T-bond", "the 5-year note", "the three-month bill"
    r"(?<![\w-])(?:the\s+)?(?:U\.S\.\s+|US\s+)?(?:30|thirty|20|twenty|7|seven|5|five|3|three|6|six|1|one)[\s-](?:year|month)\s+"
    r"(?:U\.S\.\s+|US\s+)?(?:Treasury\s+|T-)?(?:bonds?|notes?|bills?|yields?|Treasur(?:y|ies))\b(?:\s+yields?)?|"
    # "Global Dow 3085.41": the Dow Jones Global Dow, 150 stocks worldwide
    r"(?:The\s+)?Global\s+Dow(?:\s+[Ii]ndex)?|"
    # "The Dow transports also edged up to an all-time high": the wire's short names
    r"Dow\s+(?:Jones\s+)?(?:[Tt]ransports|[Uu]tilities|[Tt]ransportation\s+[Aa]verage|[Uu]tility\s+[Aa]verage)|"
    r"(?:KBW|Philadelphia|PHLX)\s+(?:[A-Z][\w-]*\s+){0,2}(?:[Ii]ndex|Sector)|"
    # other volatility gauges under the VIX's name: "the nine-day CBOE Short-Term Volatility Index"
    r"(?:(?:nine|9|three|3)-(?:day|month)\s+)?(?:CBOE\s+|Cboe\s+)?(?:Short-Term|Mid-Term|Nasdaq-100|Russell\s+2000|"
    r"3-Month|9-Day)\s+Volatility\s+Index|VIX9D|VIX3M|VXV|VXN|RVX|VXD|"
    # consumer rates capscope has no series for: "mortgage rates ... at their highest since 2009"
    r"(?:(?:average\s+)?(?:30|15)-year\s+(?:fixed\s+)?)?mortgage\s+rates?|"
    # the Russell 1000, 3000 and Midcap by their tickers ("RUT rose 0.11% last week while RUI was down
    # 0.67%"); the NYSE's own composite ("the New York Stock Exchange composite is down 13.1%")
    r"(?-i:RUI|RUA|RMC)(?![\w&])|"
    # "S&P's index of 600 smaller stocks hit a record high": the S&P SmallCap 600
    r"S\s?&\s?P['\u2019]s\s+(?:index|gauge)\s+of\s+(?:400|600)\s+(?:smaller|small|mid-?sized?|midsize|medium-sized)\s+"
    r"(?:stocks|companies)|(?:New\s+York\s+Stock\s+Exchange|NYSE)\s+[Cc]omposite(?:\s+[Ii]ndex)?|"
    # an industry as the sentence's subject: "Banks, on a four-week winning streak since the election,
    # are trading at their highest levels since early 2008"
    r"(?-i:Banks|Bank\s+stocks|Regional\s+banks|Financials|Insurers|Homebuilders|Retailers|Airlines|Miners|"
    r"Chipmakers|Semiconductors|Biotechs|Utilities|Energy\s+stocks|Tech\s+stocks)(?=,|\s+(?:were|are|have|had|rose|"
    r"fell|gained|lost|jumped|slid|led|climbed|dropped|surged|tumbled|rallied|trade|traded|trading))|"
    # "markets abroad, which had plunged for two straight days": other countries' markets
    r"(?:[Mm]arkets|[Bb]ourses|[Ee]xchanges)\s+(?:abroad|overseas)|(?:[Oo]verseas|[Ff]oreign|[Gg]lobal|[Ww]orld)\s+"
    r"(?:markets|bourses|stock\s+markets|indexes|indices)|"
    r"bitcoin|Bitcoin|gold\s+(?:prices?|futures)|[Cc]rude\s+(?:oil\s+)?(?:prices?|futures)|Brent(?:\s+crude)?|"
    r"(?:U\.S\.\s+)?dollar\s+index|ICE\s+Dollar\s+Index|VVIX(?:\s+index)?|VIX\s+(?:options|futures|calls|puts)|"
    r"(?:[Ss]mall|[Mm]id|[Ll]arge)[- ]?[Cc]ap\s+(?:[Vv]alue|[Gg]rowth)(?:\s+(?:stocks|shares|index|indexes|names))?|"
    r"(?:E-mini\s+)?[Ff]utures\s+(?:on|tied\s+to|linked\s+to|tracking)\s+(?:the\s+)?(?:small-cap\s+|blue-chip\s+|"
    r"tech-heavy\s+)?(?:Russell\s+2000|S&P\s+500|Nasdaq(?:\s+100|\s+Composite)?|Dow(?:\s+Jones)?)(?:\s+index)?|"
    r"(?:E-mini\s+)?(?:Russell\s+2000|S&P\s+500|Nasdaq(?:\s+100)?|Dow(?:\s+Jones)?)\s+(?:index\s+)?futures)(?![\w&])")


# single stocks and index members: "Carnival shares", "shares of Apple", "Walmart stock", "United
# Airlines", "the only Dow stock", "the best-performing S&P stock"
_NOT_A_COMPANY = (r"(?!(?:The|A|An|U\.S\.|US|Small|Large|Mid|Big|Tech|Bank|Energy|Growth|Value|Many|Most|All|Some|"
                  r"Its|Their|These|Those|Chinese|European|Japanese|Global|American|Index|Fund|ETF)\b)")
_STOCK_RE = re.compile(
    r"\b(?:(?:Dow|S\s?&\s?P(?:\s500)?|Nasdaq|Russell(?:\s2000)?)\s+(?:stocks?|components?|members?|constituents?)|"
    r"shares\s+of\s+" + _NOT_A_COMPANY + r"[A-Z][\w&.'-]+(?:\s+[A-Z][\w&.'-]+){0,2}|"
    + _NOT_A_COMPANY + r"[A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+){0,2}\s+(?:shares|stock)\b(?!\s+(?:index|market|indexes))|"
    + _NOT_A_COMPANY + r"[A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+){0,2}\s+(?:Inc|Corp|Co|Ltd|Plc|Holdings|Airlines|Mining|"
    r"Bancshares|Bancorp|Technologies|Pharmaceuticals|Motors|Group)\b\.?)")


# Words without which the stock pattern above cannot match (case-sensitive). Every sentence pays
# these patterns, and most sentences name no such instrument: a substring test skips the scan.
_STOCK_NEEDS = ("stock", "component", "member", "constituent", "shares", "Inc", "Corp", "Ltd", "Plc",
                "Holdings", "Airlines", "Mining", "Banc", "Technologies", "Pharmaceuticals", "Motors", "Group")
_COMPANY_CO = re.compile(r"\sCo\b")


@functools.cache
def _unknown_gate() -> WordGate:
    """The words an unknown instrument's name cannot do without, derived from its pattern (a new
    alternative widens the gate by itself)."""
    return word_gate(_UNKNOWN_RE)


def _may_name_unknown(sentence: str) -> bool:
    return not _unknown_gate().rules_out(sentence)


# currencies and commodities as the subject of their own move: "The pound plunged to $1.3638",
# "oil fell 4%", "the yen strengthened", "gold rose to a record": capscope has no data for them
_ASSET_RE = re.compile(
    r"(?<![\w&-])(?:[Tt]he\s+)?(?:(?:British\s+)?pound(?:\s+sterling)?|[Ss]terling|euro|[Jj]apanese\s+yen|yen|"
    r"(?:Chinese\s+)?yuan|peso|rupee|[Cc]anadian\s+dollar|[Aa]ussie|(?:U\.S\.\s+)?dollar|"
    r"(?:U\.S\.\s+)?(?:crude\s+)?oil(?:\s+prices?)?|[Gg]old|[Ss]ilver|[Cc]opper|[Nn]atural\s+gas|[Ee]ther(?:eum)?)"
    r"(?=\s+(?:plunged|plummeted|tumbled|fell|dropped|slid|sank|rose|climbed|jumped|surged|gained|lost|"
    r"rallied|strengthened|weakened|hit|touched|traded|was|is|has|had|ended|settled|closed|down|up)\b)")
_ASSET_NEEDS = ("pound", "terling", "euro", "yen", "yuan", "peso", "rupee", "dollar", "ussie", "oil", "old",
                "ilver", "opper", "gas", "ther")

# a futures contract named by its delivery month or as the front month: "the December contract,
# with only a few days left to trade, finished at 19.10", "the February futures contract up $28.90":
# capscope has the cash indexes, not their futures
_CONTRACT_RE = re.compile(r"\b[Tt]he\s+(?:(?:front|next|nearest|near)[\s-]month|January|February|March|April|May|June|"
                          r"July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
                          r"Nov|Dec)\.)\s+(?:(?:VIX|gold|oil|crude|index)\s+)?(?:futures\s+)?contracts?\b")

# a company's own move in a list of movers: "Banks led the declines, with Citigroup down 9.4
# percent", "and Apple fell 3%": a capitalised name right before its move is its subject
# "IBM, at $128.77 on Wednesday, is the Dow's highest-priced issue": a sentence's subject that
# the words make a member of an index (a company capscope has no prices for)
_MEMBER_OF_RE = re.compile(
    r"^\s*" + _NOT_A_COMPANY + r"(?P<name>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})(?:\s*,[^,;]{0,50},)?\s+"
    r"(?:is|was|remains|became|has\s+been)\s+(?:now\s+|also\s+|still\s+)?(?:the|a|one\s+of\s+the)\s+"
    r"(?:Dow|S&P(?:\s+500)?|Nasdaq(?:\s+100)?|Russell\s+2000|index|average|benchmark)['\u2019]s\s+"
    r"(?:[\w-]+\s+){0,3}(?:issues?|stocks?|components?|members?|constituents?|compan(?:y|ies)|holdings?|names?)\b")
_NOT_A_DATE_OR_MARKET = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                         r"April|May|June|July|August|September|October|November|December|Wall|Treasury|Stocks|"
                         r"Shares|Markets?|Equities|Investors|Traders|Yields?|Futures|Indexes|Indices)\b)")
_COMPANY_NAME = r"[A-Z][A-Za-z][\w&.'-]*(?:\s+(?:of\s+)?[A-Z][\w&.'-]+){0,2}"
# the verbs and side words of a company's move, shared by the two company patterns below
_COMPANY_MOVES = (r"(?:down|up|off|higher|lower)|fell|rose|dropped|slid|sank|jumped|surged|climbed|gained|lost|"
                  r"tumbled|plunged|soared|rallied|added|shed")
_COMPANY_MOVE_RE = re.compile(
    # (also after a semicolon, and before a closing verb: "...; Alphabet ended 0.4% lower")
    r"(?:\b(?:with|as|while|and|led\s+by)\s+|[,;]\s+)" + _NOT_A_COMPANY + _NOT_A_DATE_OR_MARKET
    + r"(?P<name>[A-Z][a-z][\w&.'-]*(?:\s+[A-Z][\w&.'-]+){0,2})"
    r"(?=\s+(?:(?:shares\s+)?" + _COMPANY_MOVES + r"|"
    r"(?:ended|closed|finished|settled)(?:\s+(?:up|down|higher|lower))?)\s+(?:by\s+)?(?:about\s+|nearly\s+|"
    r"almost\s+|more\s+than\s+)?\$?\d)")

# a list of companies as one subject: "AT&T, WorldCom and Cisco are each down more than 65%", "JP
# Morgan Chase, Bank of America and Morgan Stanley all gained more than 2%", "names such as Crocs,
# Open Table and Quiksilver have more than doubled": every name capitalised, none an index capscope
# knows, then a group word ("all", "each") or, after "such as", the move itself
_COMPANY_LIST_RE = re.compile(
    r"(?:^(?:[\w-]+\s+){0,2}?|[;:]\s+|(?P<such>\bsuch\s+as\s+))(?P<names>" + _NOT_A_COMPANY + _NOT_A_DATE_OR_MARKET + _COMPANY_NAME
    + r"(?:,\s+" + _NOT_A_DATE_OR_MARKET + _COMPANY_NAME + r")*,?\s+and\s+" + _NOT_A_DATE_OR_MARKET + _COMPANY_NAME + r")"
    r"(?=\s+(?:(?:are|were|have|had|has)\s+)?(?P<group>(?:all|each|both)\s+)?"
    r"(?:" + _COMPANY_MOVES + r"|more\s+than\s+doubled|doubled|tripled|ended|closed|finished)\b)")


# a fund capscope has no data for: "the iShares Micro-Cap ETF lost 3.4%" (a known fund's name, such
# as "the iShares Russell 2000 ETF", is matched by the alias table first and kept)
_FUND_RE = re.compile(r"(?<![\w&-])(?:the\s+)?(?P<brand>iShares|SPDR|Vanguard|Invesco|ProShares|Direxion|Schwab|Global\s+X|"
                      r"WisdomTree|First\s+Trust|VanEck|Fidelity)\s+(?:[\w&.-]+\s+){0,4}(?:ETF|Fund|Trust)\b")

# an industry's shares as a group ("sent biotechnology shares to their worst rout since 2011",
# "bank stocks fell 3%"): a subject of its own, for which capscope has no series
_GROUP_RE = re.compile(r"(?<![\w&-])(?<!blue\s)(?:(?:the|its|their)\s+)?(?:biotech(?:nology)?|bank(?:ing)?|regional[\s-]bank|chip(?:maker)?|"
                       r"semiconductor|airline|retail(?:er)?|homebuilder|health[\s-]?care|pharmaceutical|pharma|drug|"
                       r"insurance|insurer|defense|media|telecom|transport(?:ation)?|crypto|mining|miner|gold[\s-]miner|"
                       r"utility|energy|oil|real[\s-]estate)\s+(?:shares|stocks|companies|names)\b", re.IGNORECASE)
_GROUP_GATE = word_gate(_GROUP_RE)  # (derived from the pattern: it ignores case, as the pattern does)


# the Fed's policy rate as the subject of a level claim ("lifted its benchmark rate ... to 0.75
# percent to 1 percent, the highest since the pandemic"): the rate, not an index named nearby
_POLICY_RATE_RE = re.compile(r"\b(?:the\s+Fed's|its|the|their)\s+(?:benchmark|key|policy|main|overnight)\s+"
                             r"(?:short-term\s+)?(?:federal\s+funds\s+|fed\s+funds\s+|interest\s+|lending\s+|"
                             r"borrowing\s+)?rates?\b|\b(?:the\s+)?(?:federal|fed)\s+funds\s+(?:target\s+)?rate\b|"
                             # "the Federal Reserve slashed borrowing costs to a record low": the rates' record
                             r"\b(?:borrowing\s+costs|interest\s+rates)(?=\s+to\s+(?:a\s+|an\s+|its\s+|their\s+)?"
                             r"(?:new\s+|fresh\s+)?(?:record|all-time|historic|lowest|highest))", re.I)


def _is_fund(symbol: str | None) -> bool:
    """Whether ``symbol`` is a fund capscope has (an ETF), not an index."""
    info = SYMBOLS.get(symbol) if symbol else None
    return info is not None and info.kind is Kind.ETF


def _may_name_asset(sentence: str) -> bool:
    return any(map(sentence.__contains__, _ASSET_NEEDS))


def _may_name_stock(sentence: str) -> bool:
    return any(map(sentence.__contains__, _STOCK_NEEDS)) or _COMPANY_CO.search(sentence) is not None


def _unknown_mentions(sentence: str, offset: int, known: list[Mention] | None = None) -> list[Mention]:
    out = [Mention(raw=m.group(0), span=Span(offset + m.start(), offset + m.end()), symbol=None,
                   via="unknown instrument") for m in _UNKNOWN_RE.finditer(sentence)] \
        if _may_name_unknown(sentence) else []
    def free(s: int, e: int) -> bool:
        return not any(u.span.start < e and s < u.span.end for u in out) and \
            not any(k.span.start < e and s < k.span.end for k in known or [])

    if _may_name_asset(sentence):
        for m in _ASSET_RE.finditer(sentence):
            s, e = offset + m.start(), offset + m.end()
            if free(s, e):
                out.append(Mention(raw=m.group(0), span=Span(s, e), symbol=None, via="unknown instrument"))
    if "ETF" in sentence or "Fund" in sentence or "Trust" in sentence:
        for m in _FUND_RE.finditer(sentence):
            s, e = offset + m.start(), offset + m.end()
            inside = [k for k in known or [] if k.span.start < e and s < k.span.end]
            # (an index's name or a size word inside a fund's, "the Vanguard Small-Cap ETF", "the
            # Vanguard S&P 500 ETF", is that fund's: a fund capscope has is matched whole, its
            # brand included, by its alias)
            brand = s + m.start("brand") - m.start()
            if free(s, e) or inside and all(s <= k.span.start and k.span.end <= e
                                            and (not _is_fund(k.symbol) or k.span.start > brand) for k in inside):
                out = [u for u in out if not (s <= u.span.start and u.span.end <= e)]  # ("S&P 600" in it)
                out.append(Mention(raw=m.group(0), span=Span(s, e), symbol=None, via="unknown instrument"))
    if not _GROUP_GATE.rules_out(sentence):
        for m in _GROUP_RE.finditer(sentence):
            s, e = offset + m.start(), offset + m.end()
            if free(s, e):
                out.append(Mention(raw=m.group(0), span=Span(s, e), symbol=None, via="unknown instrument"))
    if " rate" in sentence or "borrowing cost" in sentence:
        for m in _POLICY_RATE_RE.finditer(sentence):
            s, e = offset + m.start(), offset + m.end()
            if free(s, e):
                out.append(Mention(raw=m.group(0), span=Span(s, e), symbol=None, via="unknown instrument"))
    if "'s" in sentence or "\u2019s" in sentence:
        m = _MEMBER_OF_RE.match(sentence)
        if m is not None and free(offset + m.start("name"), offset + m.end("name")) \
                and _resolve_name(m.group("name"))[0] is None:
            out.append(Mention(raw=m.group("name"), span=Span(offset + m.start("name"), offset + m.end("name")),
                               symbol=None, via="unknown instrument"))
    if "contract" in sentence:
        for m in _CONTRACT_RE.finditer(sentence):
            s, e = offset + m.start(), offset + m.end()
            if free(s, e):
                out.append(Mention(raw=m.group(0), span=Span(s, e), symbol=None, via="unknown instrument"))
    for m in _COMPANY_LIST_RE.finditer(sentence):
        s, e = offset + m.start("names"), offset + m.end("names")
        names = re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group("names"))
        if (m.group("group") or m.group("such")) and free(s, e) and all(_resolve_name(n)[0] is None for n in names):
            out.append(Mention(raw=m.group("names"), span=Span(s, e), symbol=None, via="unknown instrument"))
    for m in _COMPANY_MOVE_RE.finditer(sentence):
        s, e = offset + m.start("name"), offset + m.end("name")
        if free(s, e) and _resolve_name(m.group("name"))[0] is None:
            out.append(Mention(raw=m.group("name"), span=Span(s, e), symbol=None, via="unknown instrument"))
    if not _may_name_stock(sentence):
        return sorted(out, key=lambda m: m.span.start)
    for m in _STOCK_RE.finditer(sentence):
        s, e = offset + m.start(), offset + m.end()
        member = re.search(r"(?:stocks?|components?|members?|constituents?)$", m.group(0)) and \
            re.match(r"(?:Dow|S|Nasdaq|Russell)", m.group(0))
        if not member and any(k.span.start < e and s < k.span.end for k in known or []):
            continue  # "Russell 2000 shares" is the index's, not a company's
        if any(u.span.start < e and s < u.span.end for u in out):
            continue
        out.append(Mention(raw=m.group(0), span=Span(s, e), symbol=None, via="unknown instrument"))
    return sorted(out, key=lambda m: m.span.start)


# "Stocks plunged Monday", "U.S. stocks posted one of their biggest gains", "Wall Street's worst
# day": the market as a whole, read as the S&P 500 (the broad gauge wire copy means), with the
# Dow and the Nasdaq as further readings (capscope.claims.readings)
_MARKET_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=--\s)|(?<=-\s)|(?<=\)\s))(?:U\.S\.\s+|US\s+|American\s+)?[Ss]tocks\b"
                        r"(?!\s+(?:of|in|that|which|like|such))|\b(?:U\.S\.|US|American)\s+stocks\b|"
                        r"\bWall\s+Street\b(?!['\u2019]s|\s+(?:Journal|analysts?|banks?|firms?|strategists?|economists?|rescue|bailout))|"
                        r"\b[Tt]he\s+(?:U\.S\.\s+|broader\s+|overall\s+)?stock\s+market\b|"
                        # "Stocks in the United States posted their best day in four months", "U.S. equities"
                        r"\b[Ss]tocks\s+in\s+the\s+(?:United\s+States|U\.S\.)|\b(?:U\.S\.|US)\s+(?:equities|shares)\b")
MARKET_VIA = "the market as a whole: read as the S&P 500"
GROUP_VIA = "group:"  # a subject that is one of "the three major indexes" (grammar.groups)
_PEOPLE_ON = re.compile(r"\b(?:many|some|most|few|people|everyone|anyone|those|traders|investors|analysts|"
                        r"strategists|others|observers|veterans|bulls|bears)\s+(?:\w+\s+)?on\s+$", re.IGNORECASE)


def _market_mentions(sentence: str, offset: int, known: list[Mention]) -> list[Mention]:
    if "tock" not in sentence and "Wall Street" not in sentence and "quities" not in sentence and "shares" not in sentence:
        return []
    out = []
    for m in _MARKET_RE.finditer(sentence):
        s, e = offset + m.start(), offset + m.end()
        if any(k.span.start < e and s < k.span.end for k in known):
            continue
        if _PEOPLE_ON.search(sentence, max(0, m.start() - 30), m.start()):
            continue  # "Many on Wall Street call a decline of 10% a correction": people, not the market
        out.append(Mention(raw=m.group(0), span=Span(s, e), symbol="SPX", via=MARKET_VIA, generic=True))
    return out


def first_mention(sentence: str, offset: int = 0, *, sole: bool = False) -> Mention | None:
    """``find_mentions(sentence, offset)[:1]`` as one mention or None, for prose sentences whose
    only use is who they are about: a sentence that names no known instrument and not the market
    is not scanned for the unknown ones (they carry no symbol, so nothing would be noted).

    With ``sole``, None too when the sentence names more than one known instrument: "more pain
    for the S&P 500, the Dow or the Nasdaq, but worse for the Russell 2000" has no one subject."""
    known = _known_mentions(sentence, offset)
    if sole and len({m.symbol for m in known if m.symbol}) > 1:
        return None
    if not known and not _market_mentions(sentence, offset, known):
        return None
    found = find_mentions(sentence, offset)
    return found[0] if found else None


def find_mentions(sentence: str, offset: int = 0) -> list[Mention]:
    """Names of symbols in a sentence, in order; a ticker in brackets after its name is merged.

    Names of instruments capscope has no data for come back with ``symbol=None`` (via "unknown
    instrument"), so a claim about them says so instead of borrowing a neighbouring subject.
    """
    out = _descriptors_dropped(_known_mentions(sentence, offset))
    market = _market_mentions(sentence, offset, out)
    if market:
        out = sorted(out + market, key=lambda m: m.span.start)
    unknown = _unknown_mentions(sentence, offset, out)
    if not unknown:
        return out
    out = [k for k in out if not any(u.span.start <= k.span.start < u.span.end
                                     or k.span.start <= u.span.start < k.span.end
                                     # "The broad market Russell 3000 Index": a descriptor before a name
                                     or (k.generic or k.via == "alias") and 0 <= u.span.start - k.span.end <= 1
                                     and k.raw.lower().lstrip().startswith(("the broad", "broad"))
                                     for u in unknown)]
    return sorted(out + unknown, key=lambda m: m.span.start)


def _descriptors_dropped(found: list[Mention]) -> list[Mention]:
    """"The large-cap Nasdaq 100 Index", "the tech-heavy Nasdaq": a generic descriptor right
    before a name describes that name; it is not a second instrument (the S&P 500 for "large-cap")."""
    return [m for k, m in enumerate(found)
            if not (m.generic and k + 1 < len(found) and not found[k + 1].generic and found[k + 1].symbol
                    and 0 <= found[k + 1].span.start - m.span.end <= 1)]


_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_OPEN_BRACKET = re.compile(r"\s*\(\s*")


# an index's name inside a company's: the data vendor or index provider, not the index
_ORG_AFTER = re.compile(r"\s+(?:Market\s+Data|Indices|Newswires?|Investments|Ratings|Global|&\s*Co\b|Co\.|"
                        r"Company|Dow\s+Jones\s+Indices)\b")
_ORG_BEFORE = re.compile(r"\bFTSE\s+$")


def _known_mentions(sentence: str, offset: int = 0) -> list[Mention]:
    out: list[Mention] = []
    for m in for_text(_ALIAS_RE, sentence).finditer(sentence):
        raw = m.group(0)
        core = _LEADING_THE.sub("", raw)
        key = core.lower()
        if (_TICKER_LIKE.match(key) and core != core.upper()
                and (key not in _NEEDS_CAPITAL or not core[0].isupper())):
            continue  # "spy", "rut", "comp" in lower case are words, not tickers
        if key in _NEEDS_CAPITAL and not core[0].isupper():
            continue
        symbol, generic = _resolve_name(core)
        if symbol is None:
            continue
        s, e = m.span()
        if _ORG_AFTER.match(sentence, e) or _ORG_BEFORE.search(sentence, max(0, s - 6), s):
            continue  # "Dow Jones Market Data", "Russell Investments", "FTSE Russell": who said it
        if out and out[-1].symbol == symbol and _OPEN_BRACKET.fullmatch(sentence[out[-1].span.end - offset:s]):
            out[-1].span = Span(out[-1].span.start, offset + e + (1 if sentence[e:e + 1] == ")" else 0))
            continue
        out.append(Mention(raw=raw, span=Span(offset + s, offset + e), symbol=symbol, via="alias",
                           generic=generic))
    return out


@dataclasses.dataclass
class EntityTracker:
    """Remembers what the article has talked about, to resolve "the ETF", "the index", "it"."""

    last_subject: Mention | None = None
    last_etf: Mention | None = None
    last_index: Mention | None = None
    last_generic: Mention | None = None

    def observe(self, mention: Mention, *, subject: bool = False) -> None:
        if mention.symbol is None:
            return
        info = SYMBOLS.get(mention.symbol)
        if info is not None and info.kind is Kind.ETF:
            self.last_etf = mention
        elif info is not None and info.kind is Kind.INDEX:
            self.last_index = mention
        if mention.generic:
            self.last_generic = mention
        if subject:
            self.last_subject = mention

    def references(self, sentence: str, offset: int = 0) -> list[Mention]:
        """References in a sentence, resolved against what was seen before (unresolved kept)."""
        out = []
        for m in _REF.finditer(sentence):
            kind = m.lastgroup or ""
            target = self._target(kind)
            raw = m.group(0)
            span = Span(offset + m.start(), offset + m.end())
            if target is None:
                out.append(Mention(raw=raw, span=span, symbol=None, via=f"unresolved {kind} reference"))
            else:
                out.append(Mention(raw=raw, span=span, symbol=target.symbol,
                                   via=f"reference: {raw} -> {target.raw.strip()}",
                                   generic=target.generic if kind in ("group", "it", "move") else False))
        return out

    def _target(self, kind: str) -> Mention | None:
        if kind == "etf":
            return self.last_etf
        if kind == "index":
            if self.last_index is not None:
                return self.last_index
            if self.last_etf is not None and SYMBOLS[self.last_etf.symbol].tracks:
                sym = SYMBOLS[self.last_etf.symbol].tracks
                return Mention(raw=SYMBOLS[sym].name, span=None, symbol=sym, via="index tracked by the ETF")
            return None
        if kind == "group":
            return self.last_generic or self.last_subject
        if kind in ("it", "move"):
            return self.last_subject
        return None


__all__ = ["EntityTracker", "find_mentions", "first_mention"]
