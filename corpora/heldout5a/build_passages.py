"""Passage texts and claim specifications of the heldout5a corpus.

Imported by build_key.py; no data access here.  Each claim is a dict:
  t ticker, m metric, v claimed value, w the figure as written (precision), u unit, q qualifier,
  d ref_date, win window, cmp comparison, b basis, a anchor_text, x reference expression (or None),
  k kind for tolerance ('pct', 'level', 'pts', 'count') -> automatic verdict,
  or V explicit verdict with R rule, and optional E expected computed value (checked by build_key.py),
  n note.
"""

P = []


def passage(pid, site, url, outlet, published, conf, pnote, text, claims):
    P.append(dict(id=pid, source=dict(site=site, url=url, original_outlet=outlet), published=published,
                  published_confidence=conf, published_note=pnote, text_kind="condensed_close_paraphrase",
                  text=text, claims=claims))


def c(**kw):
    return kw


SUP_BOOL = "a stated fact (record, ordering, count or date) that the files confirm"
UNV_NOT_IN_FILES = "unverifiable: the series is not in the files"
NC_GENERIC = "not_checkable: generic statement / definition / rule of thumb"
FORECAST = "forecast: a projection or expectation, never judged against what happened"

# ---------------------------------------------------------------- 1
passage(
    "latimes_20110613_rut_correction_threshold", "161.35.110.226 (copy of the latimes.com blog archive)",
    "http://161.35.110.226/archives/blogs/money-company/story/2011-06-13/small-stock-index-drops-10-from-peak-first-market-gauge-to-cross-correction-threshold",
    "Los Angeles Times (Money & Company blog)", "2011-06-13", "exact",
    "date in the URL; the text describes Monday 2011-06-13, matching the files (RUT 777.20, -2.34).",
    "The stock market's spring pullback passed another milestone on Monday, when the Russell 2,000 small-stock index "
    "became the first major market gauge to fall more than 10% from its spring high. On Wall Street a drop of at least "
    "10% marks a \"correction\", a decline that is significant but not serious enough to end a bull market; analysts "
    "typically want a decline of more than 20% before declaring the bull dead. The Russell 2,000 slipped 2.34 points, "
    "or 0.3%, to close at 777.20, which left it down 10.2% from its record closing high of 865.29, reached April 29. "
    "The broader market was mixed. The blue-chip gauges eked out tiny gains: the Dow Jones industrial average inched "
    "up 1.06 points, or 0.01%, to 11,952.97, only its second positive session this month, and the Standard & Poor's "
    "500 added 0.85 of a point, or 0.07%, to 1,271.83. A rally in battered financial stocks offset another slide in "
    "energy issues, as U.S. crude fell to its lowest level since May 17; near-term futures in New York lost $1.99 to "
    "$97.30 a barrel. Fading hopes for economic growth have pulled stocks lower almost across the board since the end "
    "of April. Through last week the Dow had fallen six straight weeks, its longest losing streak since 2002, when "
    "that era's bear market was ending. Still, the slide has been fairly modest for the big-name indexes: the Dow is "
    "down 6.7% from the multiyear high it reached April 29, and the S&P 500 is also down 6.7%.",
    [
        c(t="RUT", m="pct_from_high", v=10, w="10", u="percent", q="more than", d="2011-06-13", win="since 2011 spring high",
          b="close", a="fall more than 10% from its spring high", x="pct_below_peak_since('RUT','2011-04-29','2011-06-13')", k="pct",
          n="Spring high = record close 865.29 on 2011-04-29; 777.20 is 10.18% below it."),
        c(t="RUT", m="first_major_index_in_correction", v=True, u="flag", d="2011-06-13", b="close",
          a="first major market gauge", x="drawdowns_from_peaks(['RUT','DJI','GSPC','IXIC'],'2011-01-01','2011-06-13')",
          V="supported", R=SUP_BOOL, E=None,
          n="Distance below each index's 2011 closing high on 2011-06-13: RUT 10.18%, Dow 6.69%, S&P 500 6.73%, Nasdaq 8.14%; only the Russell is past 10%."),
        c(t="GENERIC", m="correction_definition", v=10, u="percent", q="at least", d=None, b=None, a="a drop of at least 10%",
          x=None, V="not_checkable", R=NC_GENERIC, n="Definition of a correction, not a market fact."),
        c(t="GENERIC", m="bear_market_definition", v=20, u="percent", q="more than", d=None, b=None, a="more than 20%",
          x=None, V="not_checkable", R=NC_GENERIC, n="Rule of thumb for a bear market."),
        c(t="RUT", m="daily_point_change", v=-2.34, w="2.34", u="index_points", d="2011-06-13", win="1d", b="close",
          a="slipped 2.34 points", x="point_change('RUT','2011-06-13')", k="pts", n="779.54 -> 777.20."),
        c(t="RUT", m="daily_pct_change", v=-0.3, w="0.3", u="percent", d="2011-06-13", win="1d", b="close",
          a="or 0.3%", x="pct_change('RUT','2011-06-13')", k="pct"),
        c(t="RUT", m="close_level", v=777.20, w="777.20", u="index_points", d="2011-06-13", b="close",
          a="777.20", x="close('RUT','2011-06-13')", k="level"),
        c(t="RUT", m="pct_from_ath", v=10.2, w="10.2", u="percent", d="2011-06-13", b="close", cmp="record close 2011-04-29",
          a="down 10.2%", x="pct_below_record('RUT','2011-06-13')", k="pct"),
        c(t="RUT", m="record_close_level", v=865.29, w="865.29", u="index_points", d="2011-06-13", b="close",
          a="865.29", x="record_before('RUT','2011-06-13')[1]", k="level", n="Highest close before 2011-06-13 in the file: 865.29 on 2011-04-29."),
        c(t="RUT", m="record_close_date", v="2011-04-29", u="date", d="2011-06-13", b="close", a="865.29, reached April 29",
          x="record_before('RUT','2011-06-13')[0]", V="supported", R="date of the record close as stated", E="2011-04-29"),
        c(t="DJI", m="daily_point_change", v=1.06, w="1.06", u="index_points", d="2011-06-13", win="1d", b="close",
          a="1.06 points", x="point_change('DJI','2011-06-13')", k="pts"),
        c(t="DJI", m="daily_pct_change", v=0.01, w="0.01", u="percent", d="2011-06-13", win="1d", b="close",
          a="0.01%", x="pct_change('DJI','2011-06-13')", k="pct"),
        c(t="DJI", m="close_level", v=11952.97, w="11952.97", u="index_points", d="2011-06-13", b="close",
          a="11,952.97", x="close('DJI','2011-06-13')", k="level"),
        c(t="DJI", m="up_sessions_mtd", v=2, u="count", d="2011-06-13", win="June 2011 to date", b="close",
          a="only its second positive session this month", x="up_days_in_month('DJI','2011-06-13')[0]",
          V="supported", R="count of sessions with a gain in the month, daily closes", E=2,
          n="June 2011 Dow moves: -279.65, -41.59, -97.29, -61.30, -19.15, -21.87, +75.42 (06-09), -172.45, +1.06 (06-13): the 13th is the second gain."),
        c(t="SPX", m="daily_point_change", v=0.85, w="0.85", u="index_points", d="2011-06-13", win="1d", b="close",
          a="0.85 of a point", x="point_change('GSPC','2011-06-13')", k="pts"),
        c(t="SPX", m="daily_pct_change", v=0.07, w="0.07", u="percent", d="2011-06-13", win="1d", b="close",
          a="0.07%", x="pct_change('GSPC','2011-06-13')", k="pct"),
        c(t="SPX", m="close_level", v=1271.83, w="1271.83", u="index_points", d="2011-06-13", b="close",
          a="1,271.83", x="close('GSPC','2011-06-13')", k="level"),
        c(t="CRUDE_OIL", m="lowest_since", v="2011-05-17", u="date", d="2011-06-13", b="settle", a="lowest level since May 17",
          x=None, V="unverifiable", R=UNV_NOT_IN_FILES, n="Crude oil futures are not in the files."),
        c(t="CRUDE_OIL", m="daily_change_usd", v=-1.99, u="usd", d="2011-06-13", b="settle", a="lost $1.99",
          x=None, V="unverifiable", R=UNV_NOT_IN_FILES, n="Crude oil futures are not in the files."),
        c(t="CRUDE_OIL", m="settle_level", v=97.30, u="usd", d="2011-06-13", b="settle", a="$97.30 a barrel",
          x=None, V="unverifiable", R=UNV_NOT_IN_FILES, n="Crude oil futures are not in the files."),
        c(t="DJI, SPX, RUT", m="lower_since", v="end of April 2011", u="date", d="2011-06-13", win="2011-04-29 to 2011-06-13", b="close",
          a="since the end of April", x="{t: round(pct_below_peak_since(t,'2011-04-29','2011-06-13'),2) for t in ['DJI','GSPC','RUT','IXIC']}",
          V="supported", R="all the broad gauges closed below their 2011-04-29 closes", E=None,
          n="Below the April 29 close on June 13: Dow 6.69%, S&P 500 6.73%, RUT 10.18%, Nasdaq 8.14%."),
        c(t="DJI", m="weekly_losing_streak", v=6, u="weeks", d="2011-06-10", win="weeks to Friday 2011-06-10", b="weekly close",
          a="fallen six straight weeks", x="weekly_streak('DJI','2011-06-10')", V="supported",
          R="streak of Friday-to-Friday declines", E=6,
          n="Weekly closes: 12810.54 (04-29), 12638.74, 12595.75, 12512.04, 12441.58, 12151.26, 11951.91 (06-10): six declines."),
        c(t="DJI", m="longest_weekly_losing_streak_since", v="2002", u="year", d="2011-06-10", b="weekly close",
          a="its longest losing streak since 2002", x="last_weekly_streak_at_least('DJI','2011-06-10',6)", V="supported",
          R="longest since X: the last streak at least as long must fall in X", E="2002-10-04",
          n="The last earlier run of at least six weekly declines ended 2002-10-04 (six weeks)."),
        c(t="DJI", m="pct_from_high", v=6.7, w="6.7", u="percent", d="2011-06-13", cmp="2011-04-29 close 12810.54", b="close",
          a="the Dow is down 6.7%", x="pct_below_peak_since('DJI','2011-04-29','2011-06-13')", k="pct",
          n="April 29 close 12810.54 was the highest since 2008-05-20 (a multiyear high)."),
        c(t="SPX", m="pct_from_high", v=6.7, w="6.7", u="percent", d="2011-06-13", cmp="2011-04-29 close 1363.61", b="close",
          a="the S&P 500 is also down 6.7%", x="pct_below_peak_since('GSPC','2011-04-29','2011-06-13')", k="pct",
          n="The S&P 500's 2011 closing high was also on April 29 (1363.61)."),
    ])

# ---------------------------------------------------------------- 2
passage(
    "semissourian_20101103_small_caps_election_day", "semissourian.com",
    "https://www.semissourian.com/news/stocks-rise-on-election-day-dow-near-2010-high-1677865",
    "Associated Press (NEW YORK wire story)", "2010-11-03", "medium",
    "inferred: the story covers Tuesday 2010-11-02 (election day; RUT close 712.89) and calls the Fed decision "
    "(2010-11-03) 'due today', so the page is the next-morning edition of 2010-11-03.",
    "NEW YORK -- Major stock indexes rose Tuesday as investors waited for the results of the Congressional elections, "
    "leaving the Dow Jones industrial average near its highest point of the year. The Dow rose more than 60 points. "
    "Over the past two weeks the average has now traded above its 2010 closing high of 11,205 four times, but it "
    "failed to close above that level each time. Small companies did especially well. The Russell 2000, the index "
    "that follows the performance of smaller corporations, jumped 2 percent to 712.89. The index is up nearly 14 "
    "percent for the year, roughly double the return of the Dow and of the broad Standard and Poor's 500 index. "
    "Uncertainty about how the midterm elections would play out, and about the size of the Federal Reserve's "
    "stimulus program due today, has kept the market from either big gains or big losses in recent days; an "
    "investment adviser at Bryn Mawr Trust said many traders have been using the end of the day to take short-term "
    "profits. An expected Republican win in the House could mean gridlock in Congress. High unemployment remains one "
    "of the largest obstacles to a strong recovery: the government said last week that gross domestic product grew at "
    "a 2 percent annual rate in the third quarter, well short of what is needed to create a significant number of jobs.",
    [
        c(t="DJI", m="near_ytd_high", v=True, u="flag", d="2010-11-02", win="2010 to date", b="close",
          a="near its highest point of the year", x="round((1 - close('DJI','2010-11-02') / float(col('DJI')['2010-01-01':'2010-11-02'].max())) * 100, 2)",
          V="supported", R="close within a fraction of a percent of the year's highest close", E=0.15,
          n="Close 11188.72 vs the 2010 closing high 11205.03 (2010-04-26): 0.15% below."),
        c(t="DJI", m="daily_point_change", v=60, w="60", u="index_points", q="more than", d="2010-11-02", win="1d", b="close",
          a="rose more than 60 points", x="point_change('DJI','2010-11-02')", k="pts", n="11124.62 -> 11188.72 (+64.10)."),
        c(t="DJI", m="ytd_high_close_level", v=11205, w="11,205", u="index_points", d="2010-11-02", win="2010 to date", b="close",
          a="2010 closing high of 11,205", x="float(col('DJI')['2010-01-01':'2010-11-01'].max())", k="level",
          n="Highest 2010 close before Nov. 2: 11205.03 on 2010-04-26."),
        c(t="DJI", m="sessions_trading_above_level", v=4, u="count", d="2010-11-02", win="two weeks to 2010-11-02",
          b="intraday high", a="four times", x="sessions_high_above('DJI','2010-10-20','2010-11-02',11205.03)[0]",
          V="supported", R="count of sessions whose intraday high exceeded the level", E=4,
          n="Highs above 11205.03 on 2010-10-21 (11213.54), 10-25 (11247.60), 11-01 (11244.27) and 11-02 (11219.52): four sessions in the ten to Nov. 2."),
        c(t="DJI", m="failed_to_close_above_level", v=True, u="flag", d="2010-11-02", win="two weeks to 2010-11-02", b="close",
          a="failed to close above that level each time", x="not sessions_high_above('DJI','2010-10-20','2010-11-02',11205.03)[1]",
          V="supported", R=SUP_BOOL, E=True, n="None of those four sessions closed above 11205.03 (Nov. 2 close 11188.72)."),
        c(t="RUT", m="daily_pct_change", v=2, w="2", u="percent", d="2010-11-02", win="1d", b="close",
          a="jumped 2 percent", x="pct_change('RUT','2010-11-02')", k="pct", n="698.56 -> 712.89 (+2.05%)."),
        c(t="RUT", m="close_level", v=712.89, w="712.89", u="index_points", d="2010-11-02", b="close", a="712.89",
          x="close('RUT','2010-11-02')", k="level"),
        c(t="RUT", m="ytd_pct_change", v=14, w="14", u="percent", q="nearly", d="2010-11-02", win="YTD", b="close",
          a="nearly 14", x="ytd('RUT','2010-11-02')", k="pct", n="625.39 (2009-12-31) -> 712.89."),
        c(t="RUT", m="ytd_ratio_vs", v=2, u="ratio", q="roughly", d="2010-11-02", win="YTD", cmp="DJI", b="close",
          a="roughly double the return of the Dow", x="ytd_ratio('RUT','DJI','2010-11-02')", V="supported",
          R="about/roughly: ratio close to 2", E=None, n="YTD: RUT +13.99%, Dow +7.29%: ratio 1.92."),
        c(t="RUT", m="ytd_ratio_vs", v=2, u="ratio", q="roughly", d="2010-11-02", win="YTD", cmp="SPX", b="close",
          a="of the broad Standard and Poor's 500 index", x="ytd_ratio('RUT','GSPC','2010-11-02')", V="supported",
          R="about/roughly: ratio close to 2", E=None, n="YTD: RUT +13.99%, S&P 500 +7.04%: ratio 1.99."),
        c(t="FEDFUNDS", m="fomc_decision_date", v="2010-11-03", u="date", d="2010-11-03", b=None, a="stimulus program due today",
          x="fomc_meetings_between('2010-11-01','2010-11-30')", V="supported", R="FOMC decision day in FOMC_meetings.csv",
          E=["2010-11-03"], n="The FOMC decision (QE2) was on Wednesday 2010-11-03, the day of this edition."),
        c(t="US_GDP", m="q3_annualized_growth", v=2, u="percent", d="2010-10-29", b=None, a="2 percent annual rate",
          x=None, V="unverifiable", R=UNV_NOT_IN_FILES, n="GDP is not in the files."),
    ])

# ---------------------------------------------------------------- 3
passage(
    "cnbc_20101217_small_stocks_double_big_caps", "cnbc.com", "http://www.cnbc.com/id/40718560", "CNBC",
    "2010-12-17", "medium",
    "inferred: undated page; it describes a blowout fourth quarter and cites 'data released Thursday'; its year-to-date "
    "figures fit mid-December 2010 closes, so it is taken as Friday 2010-12-17 (12-16 and 12-20 give the same verdicts).",
    "Small Stocks Double Return of Big Caps in 2010. Shares of smaller companies are on track to double the return of "
    "their bigger peers after a blowout fourth quarter fed by more risk-taking, takeovers and exposure to an improving "
    "domestic economy. The iShares Russell 2000 Index ETF, the benchmark for small caps, is up 25 percent this year, "
    "compared with just an 11 percent return for the S&P 500 SPDR, the large-cap yardstick and the most actively "
    "traded exchange-traded fund. Names such as CROCS, Open Table and Quicksilver have more than doubled year-to-date, "
    "powering the small-cap benchmark, while the S&P 500 has been held back by lumbering giants with negative or meager "
    "returns such as Microsoft, Walmart, Google and Pfizer. Jim Iuorio of TJM Institutional Services said he believes "
    "the trend will continue as excess liquidity and an improving economy embolden investors, and that a revived "
    "merger market helps smaller companies as cash-rich large caps look to put money to work. Smaller companies, seen "
    "as riskier in a domestic recession with tight credit, moved in step with their larger counterparts for most of "
    "the year, until the end of August, when Federal Reserve Chairman Ben Bernanke first signaled at Jackson Hole that "
    "a second round of quantitative easing was likely coming. That was the cue for investors to move out on the risk "
    "curve and buy the smaller companies that stood to gain most from more monetary stimulus.",
    [
        c(t="IWM", m="ytd_pct_change", v=25, w="25", u="percent", d="2010-12-17", win="YTD", b="close",
          a="is up 25 percent this year", x="ytd('IWM','2010-12-17')", k="pct",
          n="IWM price 62.44 (2009-12-31) -> 78.02: +24.95%. Same verdict on 12-16 (+24.57) and 12-20 (+25.45); total return (adj_close) +25.99."),
        c(t="SPY", m="ytd_pct_change", v=11, w="11", u="percent", d="2010-12-17", win="YTD", b="close",
          a="an 11 percent return", x="ytd('SPY','2010-12-17')", k="pct",
          n="SPY price +11.54% to 2010-12-17 (12-16: +12.01, 12-20: +11.81); total return +13.73. Outside 0.5 on every nearby date: imprecise."),
        c(t="IWM", m="ytd_ratio_vs", v=2, u="ratio", d="2010-12-17", win="YTD", cmp="SPY", b="close",
          a="Small Stocks Double Return of Big Caps", x="ytd_ratio('IWM','SPY','2010-12-17')", V="supported",
          R="headline ratio: 'double' read loosely (about 2)", E=None, n="24.95 / 11.54 = 2.16."),
        c(t="IWM", m="on_track_to_double", v=2, u="ratio", d="2010-12-31", win="2010", cmp="SPY", b=None,
          a="on track to double the return", x=None, V="not_checkable", R="not_checkable: 'on track' / on pace statement",
          n="An on-track statement about the full year; for information the full-year price returns were IWM +25.3%, SPY +12.8%."),
        c(t="STOCKS", m="ytd_pct_change", v=100, u="percent", q="more than", d="2010-12-17", win="YTD", b="close",
          a="more than doubled year-to-date", x=None, V="unverifiable", R=UNV_NOT_IN_FILES,
          n="Single stocks (Crocs, OpenTable, Quiksilver) are not in the files."),
        c(t="RUT", m="tracked_large_caps_until", v="end of August", u="period", d="2010-08-31", win="2010 YTD", cmp="SPX", b="close",
          a="until the end of August", x="[round(ytd('RUT','2010-08-31'),2), round(ytd('GSPC','2010-08-31'),2)]",
          V="not_checkable", R="not_checkable: vague qualitative comparison ('moved in step')",
          n="For information YTD at 2010-08-31: RUT -3.73%, S&P 500 -5.90% (IWM -3.62%, SPY -5.50%); the gap widened sharply after."),
    ])

# ---------------------------------------------------------------- 4
passage(
    "usatoday_20140522_rut_drawdowns_normal", "americasmarkets.usatoday.com",
    "http://americasmarkets.usatoday.com/2014/05/22/sizing-up-small-cap-stock-price-shrinkage/", "USA Today",
    "2014-05-22", "exact",
    "date in the URL; written before Thursday's open ('heading into Thursday's trading'), so the latest close is Wednesday 2014-05-21.",
    "Sizing up small-cap stock price shrinkage. There is sizable angst on Wall Street over the shrinking value of "
    "small-company stocks, but one study suggests that 'downdrafts' of 10% or more in the Russell 2000 small-stock index "
    "are quite normal. Nor does a 10%-plus dip mean the year is doomed: the Russell 2000 has posted average total returns "
    "of 9.1% a year since 2004, even though in every year of that stretch except 2013 there was at least one 10% drop "
    "during the year. The closely watched index has taken the worst beating this year of all the major U.S. stock "
    "indexes, faring worse than the blue-chip Dow Jones industrials, the tech-heavy Nasdaq composite and the large-cap "
    "Standard & Poor's 500. At its low point of the year on May 15, the small-cap index closed down 9.3% from its "
    "March 4 record close of 1208.65, close to official correction territory, a drop of 10% or more. Heading into "
    "Thursday's trading the Russell 2000 was still down 8.7% from its peak, while the Dow was off just 1.1% from its "
    "recent high. Such drawdowns are 'the norm', says David Koenig, index investment strategist at Russell Investments: "
    "in the past 10 years the Russell 2000 has on average suffered 10% drops 1.5 times a year, his firm's data show. "
    "Back in 2011 it was hit by three downdrafts of that size, and its biggest drop in the past 10 years was a 48.7% "
    "plunge in 2008 during the financial crisis.",
    [
        c(t="RUT", m="avg_annual_total_return", v=9.1, u="percent", d="2014-05-21", win="2004-2013", b="total return",
          a="average total returns of 9.1%", x="((close('IWM','2013-12-31','adj_close')/close('IWM','2003-12-31','adj_close'))**0.1-1)*100",
          V="unverifiable", R="unverifiable: a total-return figure where only a price index exists",
          n="The files hold the Russell 2000 price index only. For information the IWM total-return proxy gives 9.06% a year (annualized, 2004-2013); the price index averages 9.65% (arithmetic)."),
        c(t="RUT", m="years_with_10pct_drop", v="every year 2004-2013 except 2013", u="list", d="2014-05-21", win="calendar years 2004-2013",
          b="close", a="except 2013", x="years_with_10pct_drawdown('RUT',2004,2013)", V="supported",
          R="in-year peak-to-trough decline of closes >= 10%", E=[2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012],
          n="Largest in-year declines: 2004 14.7%, 2005 10.8%, 2006 14.1%, 2007 14.1%, 2008 49.5%, 2009 33.3%, 2010 20.5%, 2011 29.6%, 2012 12.9%, 2013 5.4%."),
        c(t="RUT", m="worst_ytd_among_majors", v="RUT", u="ticker", d="2014-05-21", win="YTD", b="close",
          a="the worst beating this year", x="worst_ytd(['RUT','DJI','GSPC','IXIC'],'2014-05-21')", V="supported", R=SUP_BOOL, E="RUT",
          n="YTD to 2014-05-21: RUT -5.16%, Nasdaq -1.08%, Dow -0.26%, S&P 500 +2.15%."),
        c(t="RUT", m="ytd_low_close_date", v="2014-05-15", u="date", d="2014-05-15", win="2014 to date", b="close",
          a="At its low point of the year on May 15", x="str(col('RUT')['2014-01-01':'2014-05-21'].idxmin().date())",
          V="contradicted", R="wrong date: the year's lowest close was on another day", E="2014-02-05",
          n="RUT.csv rows: 2014-02-05 close 1093.59; 2014-05-15 close 1095.99. The lowest 2014 close to date was Feb. 5, 2.4 points below May 15. Only on an intraday basis is May 15 the low (low 1082.53 vs 1082.72 on Feb. 5), but the sentence speaks of the close."),
        c(t="RUT", m="pct_from_ath", v=9.3, w="9.3", u="percent", d="2014-05-15", b="close", cmp="record close 2014-03-04",
          a="closed down 9.3%", x="pct_below_record('RUT','2014-05-15')", k="pct", n="1095.99 vs 1208.65."),
        c(t="RUT", m="record_close_date", v="2014-03-04", u="date", d="2014-05-15", b="close", a="March 4 record close",
          x="record_before('RUT','2014-05-15')[0]", V="supported", R="date of the record close as stated", E="2014-03-04"),
        c(t="RUT", m="record_close_level", v=1208.65, w="1208.65", u="index_points", d="2014-05-15", b="close", a="1208.65",
          x="record_before('RUT','2014-05-15')[1]", k="level"),
        c(t="GENERIC", m="correction_definition", v=10, u="percent", q="or more", d=None, b=None, a="a drop of 10% or more",
          x=None, V="not_checkable", R=NC_GENERIC),
        c(t="RUT", m="pct_from_ath", v=8.7, w="8.7", u="percent", d="2014-05-21", b="close", cmp="record close 2014-03-04",
          a="still down 8.7%", x="pct_below_record('RUT','2014-05-21')", k="pct", n="Wednesday 2014-05-21 close 1103.63 vs 1208.65."),
        c(t="DJI", m="pct_from_high", v=1.1, w="1.1", u="percent", d="2014-05-21", b="close", cmp="record close 2014-05-13",
          a="off just 1.1%", x="pct_below_record('DJI','2014-05-21')", k="pct", n="16533.06 vs the 2014-05-13 record 16715.44."),
        c(t="RUT", m="avg_10pct_drops_per_year", v=1.5, u="count", d="2014-05-21", win="past 10 years", b=None,
          a="1.5 times a year", x=None, V="unverifiable",
          R="unverifiable: a count of drawdown episodes whose definition (start, reset) is not stated", n="Russell Investments' own episode count; the files give prices but not the episode definition."),
        c(t="RUT", m="count_10pct_drops_in_year", v=3, u="count", d="2011-12-31", win="2011", b=None, a="three downdrafts",
          x=None, V="unverifiable", R="unverifiable: a count of drawdown episodes whose definition is not stated",
          n="Depends on how episodes are separated; the largest 2011 decline was 29.6%."),
        c(t="RUT", m="largest_drop_past_10y", v=48.7, w="48.7", u="percent", d="2008-12-31", win="2008", b="close",
          a="48.7%", x="max_drawdown('RUT','2008-01-01','2008-12-31')", k="pct",
          n="In-year 2008 decline of closes: 49.52% (IWM total-return proxy 49.14%). Read as the whole 2007-09 peak-to-trough fall it would be 59.9%."),
    ])

# ---------------------------------------------------------------- 5
passage(
    "cboeoptionshub_20130711_rut_new_highs", "cboeoptionshub.com",
    "http://www.cboeoptionshub.com/2013/07/11/whats-the-story-behind-the-russell-2000-making-new-highs/",
    "CBOE Options Hub (blog)", "2013-07-11", "exact",
    "date in the URL; 'yesterday' is Wednesday 2013-07-10 (RUT record close 1020.42).",
    "What's the Story Behind the Russell 2000 Making New Highs? The Russell 2000 closed at an all-time high yesterday "
    "with little fanfare. Most market watchers treat the S&P 500 Index as the barometer for the US stock market, and "
    "many casual observers still think of the Dow Jones Industrial Average as 'the stock market'; had either of those "
    "more widely watched indexes reached an all-time high, it would have been reported far and wide. As of Wednesday "
    "July 10 the Russell 2000 was up just over 20% for 2013 and the S&P 500 was up 15% – both solid performances. "
    "The S&P 500 is made up of 500 of the largest companies in the United States. Its top ten stocks at the end of "
    "the first quarter, among them AAPL, Exxon Mobil, General Electric, Chevron, Johnson & Johnson and IBM, span many "
    "industries but share one trait: they all operate in many countries and feel the global economy as much as the US "
    "economy. The Russell 2000 is a subset of the Russell 3000, which holds the 3000 largest stocks trading in the US; "
    "it is made up of the bottom 2/3rds of those companies by market cap, and a good portion of them are domestic in "
    "both domain and business exposure.",
    [
        c(t="RUT", m="record_close", v=True, u="flag", d="2013-07-10", b="close", a="closed at an all-time high yesterday",
          x="is_record('RUT','2013-07-10')", V="supported", R="record: above every earlier close in the file", E=True,
          n="1020.42 on 2013-07-10 vs the earlier record 1018.05 (2013-07-09)."),
        c(t="SPX", m="record_close", v=False, u="flag", d="2013-07-10", b="close", a="had either of those",
          x="is_record('GSPC','2013-07-10') or is_record('DJI','2013-07-10')", V="supported",
          R="implied fact: neither the S&P 500 nor the Dow closed at a record", E=False,
          n="S&P 500 1652.62 vs record 1669.16 (2013-05-21); Dow 15291.66 vs record 15409.39 (2013-05-28)."),
        c(t="RUT", m="weekday", v="Wednesday", u="weekday", d="2013-07-10", b=None, a="Wednesday", x="weekday('2013-07-10')",
          V="supported", R="calendar fact", E="Wednesday"),
        c(t="RUT", m="ytd_pct_change", v=20, w="20", u="percent", q="just over", d="2013-07-10", win="YTD", b="close",
          a="up just over 20%", x="ytd('RUT','2013-07-10')", k="pct", n="849.35 (2012-12-31) -> 1020.42: +20.14%."),
        c(t="SPX", m="ytd_pct_change", v=15, w="15", u="percent", d="2013-07-10", win="YTD", b="close",
          a="the S&P 500 was up 15%", x="ytd('GSPC','2013-07-10')", k="pct", n="1426.19 -> 1652.62: +15.88%, rounds to 16."),
        c(t="GENERIC", m="index_composition", v="bottom 2/3", u="fraction", d=None, b=None, a="bottom 2/3rds",
          x=None, V="not_checkable", R=NC_GENERIC, n="Index construction, not a market figure."),
        c(t="SPX", m="top_holdings", v=10, u="count", d="2013-03-31", b=None, a="Its top ten stocks",
          x=None, V="unverifiable", R="unverifiable: index constituents and weights are not in the files"),
    ])

# ---------------------------------------------------------------- 6
passage(
    "echelonwealth_20140414_small_caps_fall_short", "echelonwealthstrategies.blogspot.com",
    "http://www.echelonwealthstrategies.blogspot.com/2014/04/small-caps-fall-short.html",
    "Echelon Wealth Strategies (blog)", "2014-04-14", "exact",
    "post dated Monday, April 14, 2014; 'end of last week' is Friday 2014-04-11 and 'last Thursday' 2014-04-10.",
    "Small Caps Fall Short. Monday, April 14, 2014. The market turmoil at the end of last week has now pushed the S&P "
    "500 into negative territory for the year, with a year-to-date loss of 1.77 percent. Oddly enough, it is small-cap "
    "stocks that have been suffering the most. Through last Thursday, the Russell 2000 small-cap index was down 2.8 "
    "percent on the year, while the Russell 1000 large-cap index was nearly even, dropping by just 0.2 percent. Last "
    "year the large-cap index returned an astonishing 33.1 percent, but the small caps did even better, returning 38.8 "
    "percent for the year. That is the norm for these things: the small-cap index has beaten the large-cap index in 10 "
    "of the past 16 years. Over the long haul small-cap stocks have returned slightly more than large caps, although "
    "with much greater volatility.",
    [
        c(t="SPX", m="ytd_pct_change", v=-1.77, w="1.77", u="percent", d="2014-04-11", win="YTD", b="close",
          a="a year-to-date loss of 1.77 percent", x="ytd('GSPC','2014-04-11')", k="pct", n="1848.36 (2013-12-31) -> 1815.69."),
        c(t="RUT", m="relative_ytd_vs", v="worse", u="ordering", d="2014-04-10", win="YTD", cmp="SPX", b="close",
          a="suffering the most", x="ytd_table(['RUT','GSPC'],'2014-04-10')", V="supported", R=SUP_BOOL, E=None,
          n="YTD to Thursday 2014-04-10: RUT -3.09%, S&P 500 -0.83% (Friday: -4.49% vs -1.77%)."),
        c(t="RUT", m="ytd_pct_change", v=-2.8, w="2.8", u="percent", d="2014-04-10", win="YTD", b="close",
          a="down 2.8", x="ytd('RUT','2014-04-10')", k="pct",
          n="Price index 1163.64 -> 1127.66: -3.09% (Friday close -4.49%). The figure probably comes from Russell's total-return data; the IWM total-return proxy gives -2.70%."),
        c(t="RUSSELL1000", m="ytd_pct_change", v=-0.2, u="percent", d="2014-04-10", win="YTD", b="total return",
          a="dropping by just 0.2 percent", x=None, V="unverifiable", R=UNV_NOT_IN_FILES, n="The Russell 1000 is not in the files."),
        c(t="RUSSELL1000", m="annual_return", v=33.1, u="percent", d="2013-12-31", win="2013", b="total return",
          a="33.1 percent", x=None, V="unverifiable", R=UNV_NOT_IN_FILES, n="The Russell 1000 is not in the files (the S&P 500 price index rose 29.6% in 2013)."),
        c(t="RUT", m="annual_return", v=38.8, u="percent", d="2013-12-31", win="2013", b="total return",
          a="38.8", x="year_return('RUT',2013)", V="unverifiable",
          R="unverifiable: a total-return figure where only a price index exists",
          n="'Returned' here is Russell's total return; the price index rose 37.00% in 2013 and the IWM total-return proxy 38.70%."),
        c(t="RUSSELL1000", m="years_small_beat_large", v=10, u="count", d="2013-12-31", win="past 16 years", cmp="RUT vs Russell 1000",
          b="total return", a="10 of the past 16 years", x=None, V="unverifiable", R=UNV_NOT_IN_FILES,
          n="Needs Russell 1000 yearly returns, which are not in the files."),
    ])

# ---------------------------------------------------------------- 7
passage(
    "investorplace_20121115_small_caps_drubbing", "investorplace.com",
    "https://investorplace.com/2012/11/small-caps-drubbing-may-spell-opportunity/print",
    "InvestorPlace", "2012-11-15", "exact",
    "dated November 15, 2012 12:26 pm; the figures are to Wednesday's close (2012-11-14).",
    "Small-Caps' Drubbing May Spell Opportunity. By Daniel Putnam, November 15, 2012. Everyone knows what happens when "
    "investors flip the 'risk off' switch: as the relative safety of more stable companies comes into favor, large-cap "
    "stocks usually open up a performance lead over small caps. That pattern has held in the market downturn of the "
    "past two months. The Russell 2000 Index has slid 10.58% since Sept. 14, trailing both the S&P 500 (-7.52%) and "
    "the S&P MidCap Index (-7.51%) by a wide margin. This may be a normal result of investors de-risking their "
    "portfolios, but it is not entirely justified: three of the four broad drivers of market performance are tilted "
    "more heavily against large-cap stocks right now. The fourth is the fiscal cliff, a uniquely American problem that "
    "would hurt domestically focused small caps if the U.S. economy tips into recession next year, as many expect. On "
    "balance, small caps are starting to look interesting from a trading standpoint. They carry less headline risk and "
    "are extremely oversold: the Russell 2000 is trading with a relative strength index (RSI) in the 20s, and it closed "
    "below its lower Bollinger band on Wednesday, a potentially compelling setup just before the December-January "
    "period that typically favors smaller companies. Longer-term investors should not lose sight of small caps either: "
    "over the past 10 years, the 48.98% cumulative gain for the S&P 500 has been dwarfed by the 100.35% return of the "
    "Russell 2000.",
    [
        c(t="RUT", m="downturn_start", v="two months", u="period", d="2012-11-14", win="2012-09-14 to 2012-11-14", b="close",
          a="the past two months", x="str(col('RUT')['2012-09-01':'2012-11-14'].idxmax().date())", V="supported",
          R="the downturn starts at the highest close about two months earlier", E="2012-09-14",
          n="RUT's highest close of September-November 2012 was on 2012-09-14, two months before Nov. 14; it has fallen since."),
        c(t="RUT", m="pct_change_since", v=-10.58, w="10.58", u="percent", d="2012-11-14", win="since 2012-09-14", b="close",
          a="slid 10.58% since Sept. 14", x="ret('RUT','2012-09-14','2012-11-14')", k="pct", n="864.70 (2012-09-14) -> 773.20."),
        c(t="SPX", m="pct_change_since", v=-7.52, w="7.52", u="percent", d="2012-11-14", win="since 2012-09-14", b="close",
          a="(-7.52%)", x="ret('GSPC','2012-09-14','2012-11-14')", k="pct", n="1465.77 -> 1355.49."),
        c(t="SP400", m="pct_change_since", v=-7.51, u="percent", d="2012-11-14", win="since 2012-09-14", b="close",
          a="(-7.51%)", x=None, V="unverifiable", R=UNV_NOT_IN_FILES, n="The S&P MidCap 400 is not in the files."),
        c(t="QUOTE", m="drivers_against_large_caps", v=3, u="count", d="2012-11-15", b=None, a="three of the four broad drivers",
          x=None, V="not_checkable", R="not_checkable: the author's opinion"),
        c(t="US_GDP", m="recession_expected", v="2013", u="year", d="2012-11-15", b=None, a="as many expect",
          x=None, V="forecast", R=FORECAST, n="An expectation about next year's economy."),
        c(t="RUT", m="rsi_14", v="20-29", u="index", q="in the 20s", d="2012-11-14", b="close", a="in the 20s",
          x="rsi('RUT','2012-11-14')", V="supported", R="value inside the stated band",
          n="Wilder 14-day RSI of RUT closes on 2012-11-14: 27.95 (26.85 on 11-15); other common variants also fall in the 20s."),
        c(t="RUT", m="close_below_lower_bollinger", v=True, u="flag", d="2012-11-14", b="close",
          a="closed below its lower Bollinger band on Wednesday", x="close('RUT','2012-11-14') < bollinger_lower('RUT','2012-11-14')",
          V="supported", R="20-day mean minus 2 standard deviations of closes", E=True,
          n="Close 773.20 vs lower band 779.38 (20 sessions, population s.d.)."),
        c(t="GENERIC", m="seasonal_small_cap_strength", v="December-January", u="period", d=None, b=None,
          a="December-January period", x=None, V="not_checkable", R=NC_GENERIC, n="Seasonal rule of thumb."),
        c(t="SPX", m="pct_change_since", v=48.98, w="48.98", u="percent", d="2012-11-14", win="past 10 years", b="close",
          a="48.98% cumulative gain", x="ret('GSPC','2002-11-15','2012-11-14')", k="pct",
          n="From the 2002-11-15 close (909.83) to 2012-11-14: +48.98% on the price index (from 2002-11-14: +49.90)."),
        c(t="RUT", m="pct_change_since", v=100.35, w="100.35", u="percent", d="2012-11-14", win="past 10 years", b="close",
          a="100.35% return", x="ret('RUT','2002-11-15','2012-11-14')", k="pct",
          n="From the 2002-11-15 close to 2012-11-14: +100.35% on the price index, the same window as the S&P figure."),
    ])

# ---------------------------------------------------------------- 8
passage(
    "myvalueidea_20080904_small_caps_outperform_ytd", "myvalueidea.blogspot.com",
    "http://myvalueidea.blogspot.com/2008/09/small-cap-keeps-outperforming-large.html",
    "My Value Idea (blog)", "2008-09-04", "exact",
    "post dated September 4, 2008. Its year-to-date figures fit no close (Sept. 3 or Sept. 4) but all three fit levels "
    "inside the 2008-09-04 session ranges: the post was written during that session.",
    "Small Cap keeps outperforming Large Caps. September 4, 2008. The Russell 2000 small-cap index has outperformed the "
    "large-cap indexes both year-to-date and on a year-over-year basis. Year-to-date returns: Russell 2000, -5.57%; Dow "
    "Jones, -15.47%; S&P 500, -15.59%; Russell 1000 large-cap index, -14.59%. That is really surprising, because small "
    "caps are typically not international companies, and they ought to be hurt the most in a credit crunch, when banks "
    "would refuse to lend to them because of their higher risk profile. What is even more surprising is that the "
    "small-cap index is weighted more heavily toward out-of-favour sectors such as consumer discretionary and financial "
    "services than its large-cap counterpart. Over the long term small caps typically beat large caps by a good margin, "
    "but in this kind of market I am very surprised to see the outperformance.",
    [
        c(t="RUT", m="ytd_pct_change", v=-5.57, u="percent", d="2008-09-04", win="YTD", b="intraday (post written during the session)",
          a="-5.57%", x="ytd('RUT','2008-09-04')", V="unverifiable",
          R="unverifiable: a mid-session figure inside the session's range",
          n="Implied level 766.03 x 0.9443 = 723.36, inside the 2008-09-04 range 716.40-738.91. Close-based: -6.19% (09-04), -3.15% (09-03)."),
        c(t="DJI", m="ytd_pct_change", v=-15.47, u="percent", d="2008-09-04", win="YTD", b="intraday (post written during the session)",
          a="-15.47%", x="ytd('DJI','2008-09-04')", V="unverifiable",
          R="unverifiable: a mid-session figure inside the session's range",
          n="Implied level 11212.75, inside the range 11176.02-11532.48. Close-based: -15.65% (09-04), -13.06% (09-03)."),
        c(t="SPX", m="ytd_pct_change", v=-15.59, u="percent", d="2008-09-04", win="YTD", b="intraday (post written during the session)",
          a="-15.59%", x="ytd('GSPC','2008-09-04')", V="unverifiable",
          R="unverifiable: a mid-session figure inside the session's range",
          n="Implied level 1239.44, inside the range 1232.83-1271.80. Close-based: -15.77% (09-04), -13.17% (09-03)."),
        c(t="RUSSELL1000", m="ytd_pct_change", v=-14.59, u="percent", d="2008-09-04", win="YTD", b=None,
          a="-14.59%", x=None, V="unverifiable", R=UNV_NOT_IN_FILES, n="The Russell 1000 is not in the files."),
        c(t="RUT", m="relative_ytd_vs", v="better", u="ordering", d="2008-09-04", win="YTD", cmp="DJI, SPX", b="close",
          a="outperformed the large-cap indexes both year-to-date", x="ytd_table(['RUT','DJI','GSPC'],'2008-09-04')",
          V="supported", R=SUP_BOOL, E=None, n="On any basis: close 09-04 RUT -6.19%, Dow -15.65%, S&P -15.77% (09-03: -3.15, -13.06, -13.17)."),
        c(t="RUT", m="relative_1y_vs", v="better", u="ordering", d="2008-09-04", win="1y", cmp="DJI, SPX", b="close",
          a="on a year-over-year basis", x="[round(ret(t,'2007-09-04','2008-09-04'),2) for t in ['RUT','DJI','GSPC']]",
          V="supported", R=SUP_BOOL, E=None, n="2007-09-04 to 2008-09-04: RUT -10.25%, Dow -16.81%, S&P -16.96% (to 09-03: RUT -7.34, S&P -14.40)."),
    ])

# ---------------------------------------------------------------- 9
passage(
    "heraldnet_20120313_biggest_gains_of_year", "heraldnet.com",
    "https://www.heraldnet.com/business/stocks-record-biggest-gains-of-year-dow-up-218/",
    "Associated Press (Matthew Craft)", "2012-03-13", "exact",
    "page dated Tuesday, March 13, 2012 9:44pm; the session is that day. The stored copy of the page breaks off after "
    "'within 1,000'; the words 'points of its record' complete that sentence.",
    "NEW YORK — Bank stocks supercharged a rally across financial "
    "markets on Tuesday, and all three major stock indexes posted their biggest gains of the year. The Dow Jones "
    "industrial average rose 218 points, and the Nasdaq composite closed above 3,000 for the first time since December "
    "2000, when dot-com stocks were collapsing. There was already plenty of good news: February retail sales rose the "
    "most since September, and the Federal Reserve said it expected unemployment to keep falling. Then the market "
    "soared in the final hour after JPMorgan Chase said it plans to buy back as "
    "much as $15 billion of its stock and raise its dividend. \"That's what really made the day,\" said Jeffrey "
    "Kleintop of LPL Financial. JPMorgan stock soared 7 percent, and other banks followed: Citigroup and Goldman Sachs "
    "gained 6 percent, and banks, easily the best-performing stocks in the market, rose almost 4 percent as a group. "
    "After JPMorgan's announcement the Fed surprised the market by releasing the results of its stress tests ahead of "
    "schedule, after the close. The Dow finished at 13,177.68, its highest close since Dec. 31, 2007, a "
    "close that put the blue-chip average within 1,000 points of its record.",
    [
        c(t="DJI", m="biggest_gain_of_year", v=True, u="flag", d="2012-03-13", win="2012 to date", b="close",
          a="all three major stock indexes posted their biggest gains of the year", x="biggest_move_in_year('DJI','2012-03-13','pct')",
          V="supported", R="largest daily move of the calendar year to date", E=True, n="Dow +1.68% (+217.97), the largest 2012 gain in both points and percent."),
        c(t="SPX", m="biggest_gain_of_year", v=True, u="flag", d="2012-03-13", win="2012 to date", b="close",
          a="biggest gains of the year", x="biggest_move_in_year('GSPC','2012-03-13','pct')", V="supported",
          R="largest daily move of the calendar year to date", E=True, n="S&P 500 +1.81% (+24.86), largest of 2012 in points and percent."),
        c(t="IXIC", m="biggest_gain_of_year", v=True, u="flag", d="2012-03-13", win="2012 to date", b="close",
          a="posted their biggest", x="biggest_move_in_year('IXIC','2012-03-13','pct')", V="supported",
          R="largest daily move of the calendar year to date", E=True, n="Nasdaq +1.88% (+56.22), largest of 2012 in points and percent."),
        c(t="DJI", m="daily_point_change", v=218, w="218", u="index_points", d="2012-03-13", win="1d", b="close",
          a="rose 218 points", x="point_change('DJI','2012-03-13')", k="pts", n="12959.71 -> 13177.68 (+217.97)."),
        c(t="IXIC", m="first_close_above_level_since", v="2000-12", u="month", d="2012-03-13", b="close",
          a="closed above 3,000 for the first time since December", x="level_since('IXIC','2012-03-13',3000)",
          V="supported", R="since X: the last earlier close at or above the level falls in X", E="2000-12-11",
          n="Close 3039.88; the last earlier close at or above 3,000 was 2000-12-11."),
        c(t="US_RETAIL_SALES", m="largest_gain_since", v="2011-09", u="month", d="2012-03-13", b=None, a="the most since September",
          x=None, V="unverifiable", R=UNV_NOT_IN_FILES, n="Retail sales are not in the files."),
        c(t="DJI", m="late_session_surge", v="final hour", u="period", d="2012-03-13", b="intraday (last hour)",
          a="soared in the final hour", x="close('DJI','2012-03-13') == close('DJI','2012-03-13','high')", V="unverifiable",
          R="unverifiable: an intraday (last-hour) move; the files hold daily bars only",
          n="For information the Dow closed at 13177.68, a whisker below its session high 13180.40, consistent with a late surge."),
        c(t="JPM", m="buyback_usd", v=15e9, u="usd", q="as much as", d="2012-03-13", b=None, a="$15 billion", x=None,
          V="unverifiable", R=UNV_NOT_IN_FILES, n="Company announcement, not in the files."),
        c(t="JPM", m="daily_pct_change", v=7, u="percent", d="2012-03-13", b="close", a="soared 7 percent", x=None,
          V="unverifiable", R=UNV_NOT_IN_FILES, n="Single stocks are not in the files."),
        c(t="C_GS", m="daily_pct_change", v=6, u="percent", d="2012-03-13", b="close", a="gained 6 percent", x=None,
          V="unverifiable", R=UNV_NOT_IN_FILES, n="Single stocks are not in the files."),
        c(t="SPX_FINANCIALS", m="daily_pct_change", v=4, u="percent", q="almost", d="2012-03-13", b="close",
          a="rose almost 4 percent as a group", x="col('XLF','adj_close').pct_change().loc[ts('2012-03-13')]*100",
          V="unverifiable", R="unverifiable: sector index not in the files (SPDR only as a proxy, never decides)",
          n="Bank-stock group index not in the files; XLF (total-return proxy for all financials) rose 3.84%."),
        c(t="DJI", m="close_level", v=13177.68, w="13177.68", u="index_points", d="2012-03-13", b="close", a="13,177.68",
          x="close('DJI','2012-03-13')", k="level"),
        c(t="DJI", m="highest_close_since", v="2007-12-31", u="date", d="2012-03-13", b="close",
          a="its highest close since Dec. 31, 2007", x="highest_since('DJI','2012-03-13')", V="supported",
          R="highest since X: X is the last session with a close at least as high", E="2007-12-31", n="2007-12-31 close 13264.82."),
        c(t="DJI", m="points_from_record", v=1000, u="index_points", q="within", d="2012-03-13", b="close", cmp="record close 2007-10-09",
          a="within 1,000 points of its record", x="record_before('DJI','2012-03-13')[1] - close('DJI','2012-03-13')",
          V="supported", R="within: true < claim", E=None, n="14164.53 - 13177.68 = 986.85 points."),
    ])

# ---------------------------------------------------------------- 10
passage(
    "tampabay_20120126_dow_eight_month_high_fed", "tampabay.com", "https://www.tampabay.com/archive/2012/01/26/dow-surges-to-8-month-high/",
    "Associated Press", "2012-01-26", "exact",
    "archive date in the URL (Thursday 2012-01-26); the story describes Wednesday 2012-01-25, the FOMC decision day.",
    "DOW SURGES TO 8-MONTH HIGH. Associated Press. NEW YORK - Stocks bounced higher on Wednesday after the Federal Reserve "
    "pledged to keep interest rates near zero for almost three more years. Bond yields dropped sharply, then climbed "
    "back later in the day as investors studied the Fed's deliberations more closely; the yield on the five-year "
    "Treasury note touched an all-time low. The Fed cut rates to near zero in December 2008, during the financial "
    "crisis, and has held them there ever since. Anthony Chan, chief economist with JPMorgan Private Wealth Management, "
    "called the move insurance against the European debt crisis and a recession across the Atlantic, and said stock "
    "buyers liked the prospect of low inflation and a Fed leaning toward promoting growth. The Dow Jones Industrial "
    "Average closed up 83.10 points, or 0.7 percent, at 12,758.85. That's the highest close since May. The Standard & "
    "Poor's 500 index rose 11.41 points, or 0.9 percent, to 1,326.06. The S&P is up 5.4 percent for the year and more "
    "than 14 percent from its Nov. 25 low. Apple stock jumped 6.3 percent, helping lift the Nasdaq composite index by "
    "31.67 points, or 1.1 percent, to close at 2,818.31. The Nasdaq is up 8.2 percent this year.",
    [
        c(t="DJI", m="highest_close_in_months", v=8, u="months", d="2012-01-25", b="close", a="8-MONTH HIGH",
          x="highest_since('DJI','2012-01-25')", V="supported", R="highest since X: X about 8 months earlier", E="2011-05-10",
          n="The last close at least as high was 2011-05-10 (12760.36), 8.5 months earlier."),
        c(t="FEDFUNDS", m="rate_guidance", v="near zero for almost three more years", u="text", d="2012-01-25", b=None,
          a="near zero for almost three more years", x=None, V="forecast", R=FORECAST,
          n="Guidance to late 2014; the target range in fact stayed at 0-0.25% until the December 2015 increase."),
        c(t="US5Y", m="all_time_low_intraday", v=True, u="flag", d="2012-01-25", b="intraday", a="touched an all-time low",
          x=None, V="unverifiable", R="unverifiable: series not in the files (and an intraday yield event)",
          n="Only 2- and 10-year yields are in the files."),
        c(t="FEDFUNDS", m="cut_to_near_zero_date", v="2008-12", u="month", d="2008-12-16", b=None, a="cut rates to near zero in December 2008",
          x="fed_target('2008-12-16')", V="supported", R="Fed target series and FOMC calendar", E=[0.0, 0.25],
          n="DFEDTAR 1.00% on 2008-12-15, then the 0-0.25% range from 2008-12-16 (FOMC decision 2008-12-16)."),
        c(t="FEDFUNDS", m="held_since", v="2008-12", u="month", d="2012-01-25", win="2008-12-16 to 2012-01-25", b=None,
          a="held them there ever since", x="fed_upper_max('2008-12-16','2012-01-25')", V="supported",
          R="Fed target series", E=0.25, n="Upper bound 0.25% on every day from 2008-12-16 to 2012-01-25."),
        c(t="DJI", m="daily_point_change", v=83.10, w="83.10", u="index_points", d="2012-01-25", win="1d", b="close",
          a="83.10 points", x="point_change('DJI','2012-01-25')", k="pts"),
        c(t="DJI", m="daily_pct_change", v=0.7, w="0.7", u="percent", d="2012-01-25", win="1d", b="close",
          a="or 0.7 percent", x="pct_change('DJI','2012-01-25')", k="pct"),
        c(t="DJI", m="close_level", v=12758.85, w="12758.85", u="index_points", d="2012-01-25", b="close", a="12,758.85",
          x="close('DJI','2012-01-25')", k="level"),
        c(t="DJI", m="highest_close_since", v="2011-05", u="month", d="2012-01-25", b="close", a="the highest close since May",
          x="highest_since('DJI','2012-01-25')", V="supported", R="highest since X: X is the last session with a close at least as high",
          E="2011-05-10", n="2011-05-10 close 12760.36 >= 12758.85; nothing as high since."),
        c(t="SPX", m="daily_point_change", v=11.41, w="11.41", u="index_points", d="2012-01-25", win="1d", b="close",
          a="11.41 points", x="point_change('GSPC','2012-01-25')", k="pts"),
        c(t="SPX", m="daily_pct_change", v=0.9, w="0.9", u="percent", d="2012-01-25", win="1d", b="close",
          a="or 0.9 percent", x="pct_change('GSPC','2012-01-25')", k="pct", n="+0.868%."),
        c(t="SPX", m="close_level", v=1326.06, w="1326.06", u="index_points", d="2012-01-25", b="close", a="1,326.06",
          x="close('GSPC','2012-01-25')", k="level"),
        c(t="SPX", m="ytd_pct_change", v=5.4, w="5.4", u="percent", d="2012-01-25", win="YTD", b="close",
          a="up 5.4 percent for the year", x="ytd('GSPC','2012-01-25')", k="pct", n="1257.60 -> 1326.06: +5.44%."),
        c(t="SPX", m="pct_change_since", v=14, w="14", u="percent", q="more than", d="2012-01-25", win="since 2011-11-25", b="close",
          a="more than 14 percent from its Nov. 25 low", x="ret('GSPC','2011-11-25','2012-01-25')", k="pct",
          n="2011-11-25 close 1158.67 (the November low) -> 1326.06: +14.45%."),
        c(t="AAPL", m="daily_pct_change", v=6.3, u="percent", d="2012-01-25", b="close", a="jumped 6.3 percent", x=None,
          V="unverifiable", R=UNV_NOT_IN_FILES, n="Single stocks are not in the files."),
        c(t="IXIC", m="daily_point_change", v=31.67, w="31.67", u="index_points", d="2012-01-25", win="1d", b="close",
          a="31.67 points", x="point_change('IXIC','2012-01-25')", k="pts"),
        c(t="IXIC", m="daily_pct_change", v=1.1, w="1.1", u="percent", d="2012-01-25", win="1d", b="close",
          a="or 1.1 percent", x="pct_change('IXIC','2012-01-25')", k="pct"),
        c(t="IXIC", m="close_level", v=2818.31, w="2818.31", u="index_points", d="2012-01-25", b="close", a="2,818.31",
          x="close('IXIC','2012-01-25')", k="level"),
        c(t="IXIC", m="ytd_pct_change", v=8.2, w="8.2", u="percent", d="2012-01-25", win="YTD", b="close",
          a="up 8.2 percent this year", x="ytd('IXIC','2012-01-25')", k="pct", n="2605.15 -> 2818.31: +8.18%."),
    ])

# ---------------------------------------------------------------- 11
passage(
    "starbulletin_20081014_dow_936_point_record", "archives.starbulletin.com",
    "https://archives.starbulletin.com/content/20081014_Market_skyrockets_on_bank_aid_pledge.html",
    "Associated Press (via Honolulu Star-Bulletin)", "2008-10-14", "exact",
    "page dated Tuesday, October 14, 2008; 'yesterday' is Monday 2008-10-13.",
    "Market skyrockets on bank aid pledge. Tuesday, October 14, 2008. NEW YORK » Wall Street roared back yesterday from "
    "last week's devastating losses, sending the Dow Jones industrials up a nearly inconceivable 936 points after major "
    "governments' plans to prop up the global banking system reassured distraught investors. All the major indexes "
    "rose more than 11 percent. A rebound had been expected after eight days of steep losses that took the Dow down "
    "nearly 2,400 points, but few expected an advance that left the Dow's previous record one-day point gain, 499.19, "
    "far behind. The Standard & Poor's 500 index also set a record for a one-day point gain. Investors took heart when "
    "the Bush administration said it was moving quickly to put its rescue program in place, including buying ownership "
    "stakes in a broad number of banks. The Dow rose 936.42, or 11.08 percent, to 9,387.61. Its previous record "
    "one-day point gain, 499.19, or 4.93 percent, came on March 16, 2000. The S&P 500 index advanced 104.13, or 11.58 "
    "percent, to 1,003.35, eclipsing its 66.33-point, or 4.76 percent, jump "
    "of March 16, 2000. The Nasdaq rose 194.74, or 11.81 percent, to 1,844.25, its 10th biggest point gain; during the "
    "dot-com boom, the index soared as much as 324.83 points in one day. In percentage terms, Monday's Nasdaq gain "
    "was second only to the 14.2 percent it logged in January.",
    [
        c(t="DJI", m="daily_point_change", v=936, w="936", u="index_points", d="2008-10-13", win="1d", b="close",
          a="a nearly inconceivable 936 points", x="point_change('DJI','2008-10-13')", k="pts", n="8451.19 -> 9387.61 (+936.42)."),
        c(t="DJI, SPX, IXIC", m="daily_pct_change", v=11, u="percent", q="more than", d="2008-10-13", win="1d", b="close",
          a="All the major indexes rose more than 11 percent", x="pct_changes(['DJI','GSPC','IXIC','RUT'],'2008-10-13')",
          V="supported", R="more than: true > claim for each index", E=None,
          n="Dow +11.08%, S&P 500 +11.58%, Nasdaq +11.81%. The Russell 2000 rose 9.27%, so the claim holds for the three indexes the story covers, not for the small-cap index."),
        c(t="DJI", m="losing_streak", v=8, u="sessions", d="2008-10-10", win="to 2008-10-10", b="close", a="eight days of steep losses",
          x="streak('DJI','2008-10-10',up=False)", V="supported", R="streak of daily declines", E=8),
        c(t="DJI", m="points_change_over_streak", v=-2400, w="2,400", u="index_points", q="nearly", d="2008-10-10",
          win="2008-09-30 to 2008-10-10", b="close", a="nearly 2,400 points", x="points('DJI','2008-09-30','2008-10-10')", k="pts",
          n="10850.66 (2008-09-30) -> 8451.19: -2399.47. For a round 2,400 the 'nearly' unit is 2% of the value."),
        c(t="DJI", m="previous_record_point_gain", v=499.19, w="499.19", u="index_points", d="2008-10-13", b="close",
          a="previous record one-day point gain, 499.19, far behind", x="biggest_move_before('DJI','2008-10-13','pts',down=False)[1]", k="pts"),
        c(t="SPX", m="record_point_gain", v=True, u="flag", d="2008-10-13", b="close", a="also set a record for a one-day point gain",
          x="move_rank('GSPC','2008-10-13','pts',down=False)", V="supported", R="rank 1 among all daily point moves in the file", E=1),
        c(t="DJI", m="daily_point_change", v=936.42, w="936.42", u="index_points", d="2008-10-13", win="1d", b="close",
          a="The Dow rose 936.42", x="point_change('DJI','2008-10-13')", k="pts"),
        c(t="DJI", m="daily_pct_change", v=11.08, w="11.08", u="percent", d="2008-10-13", win="1d", b="close",
          a="or 11.08 percent", x="pct_change('DJI','2008-10-13')", k="pct"),
        c(t="DJI", m="close_level", v=9387.61, w="9387.61", u="index_points", d="2008-10-13", b="close", a="9,387.61",
          x="close('DJI','2008-10-13')", k="level"),
        c(t="DJI", m="pct_change", v=4.93, w="4.93", u="percent", d="2000-03-16", win="1d", b="close", a="or 4.93 percent",
          x="pct_change('DJI','2000-03-16')", k="pct"),
        c(t="DJI", m="previous_record_point_gain_date", v="2000-03-16", u="date", d="2008-10-13", b="close",
          a="came on March 16, 2000", x="biggest_move_before('DJI','2008-10-13','pts',down=False)[0]", V="supported",
          R="date of the previous record move", E="2000-03-16"),
        c(t="SPX", m="daily_point_change", v=104.13, w="104.13", u="index_points", d="2008-10-13", win="1d", b="close",
          a="advanced 104.13", x="point_change('GSPC','2008-10-13')", k="pts"),
        c(t="SPX", m="daily_pct_change", v=11.58, w="11.58", u="percent", d="2008-10-13", win="1d", b="close",
          a="or 11.58", x="pct_change('GSPC','2008-10-13')", k="pct"),
        c(t="SPX", m="close_level", v=1003.35, w="1003.35", u="index_points", d="2008-10-13", b="close", a="1,003.35",
          x="close('GSPC','2008-10-13')", k="level"),
        c(t="SPX", m="previous_record_point_gain", v=66.33, w="66.33", u="index_points", d="2000-03-16", b="close",
          a="66.33-point", x="biggest_move_before('GSPC','2008-10-13','pts',down=False)[1]", k="pts",
          n="Largest earlier S&P 500 point gain in the file: +66.33 on 2000-03-16."),
        c(t="SPX", m="pct_change", v=4.76, w="4.76", u="percent", d="2000-03-16", win="1d", b="close", a="or 4.76 percent",
          x="pct_change('GSPC','2000-03-16')", k="pct"),
        c(t="IXIC", m="daily_point_change", v=194.74, w="194.74", u="index_points", d="2008-10-13", win="1d", b="close",
          a="194.74", x="point_change('IXIC','2008-10-13')", k="pts"),
        c(t="IXIC", m="daily_pct_change", v=11.81, w="11.81", u="percent", d="2008-10-13", win="1d", b="close",
          a="or 11.81 percent", x="pct_change('IXIC','2008-10-13')", k="pct"),
        c(t="IXIC", m="close_level", v=1844.25, w="1844.25", u="index_points", d="2008-10-13", b="close", a="1,844.25",
          x="close('IXIC','2008-10-13')", k="level"),
        c(t="IXIC", m="point_gain_rank", v=10, u="rank", d="2008-10-13", b="close", a="its 10th biggest point gain",
          x="move_rank('IXIC','2008-10-13','pts',down=False)", V="supported", R="rank among all daily point moves in the file up to that day", E=10),
        c(t="IXIC", m="record_point_gain", v=324.83, w="324.83", u="index_points", q="as much as", d="2008-10-13", b="close",
          a="324.83 points", x="biggest_move_before('IXIC','2008-10-13','pts',down=False)[1]", k="pts",
          n="Largest Nasdaq point gain before 2008-10-13: +324.83 on 2001-01-03 (after the March 2000 peak, so 'during the dot-com boom' is loose; the figure is right)."),
        c(t="IXIC", m="pct_gain_rank", v=2, u="rank", d="2008-10-13", b="close", a="second only to",
          x="move_rank('IXIC','2008-10-13','pct',down=False)", V="supported", R="rank among all daily percentage moves in the file", E=2),
        c(t="IXIC", m="record_pct_gain", v=14.2, w="14.2", u="percent", d="2001-01-03", b="close", a="the 14.2 percent",
          x="biggest_move_before('IXIC','2008-10-13','pct',down=False)[1]", k="pct",
          n="The record is +14.17% on 2001-01-03, a January session as the text says."),
    ])

# ---------------------------------------------------------------- 12
passage(
    "usatoday_20131218_taper_lite_records", "eu.usatoday.com",
    "https://eu.usatoday.com/story/money/markets/2013/12/18/stocks-wednesday-federal-reserve/4097473/",
    "USA Today (Adam Shell, Kim Hjelmgaard)", "2013-12-18", "exact",
    "date in the URL; Wednesday 2013-12-18, the FOMC decision day.",
    "Dow, S&P 500 hit new highs on Fed's 'Taper Lite'. NEW YORK -- U.S. stocks soared to new highs Wednesday even "
    "though the Federal Reserve said it would start gradually dialing back its market-friendly bond-buying program in "
    "January, the first step of a long-awaited shift back toward more normal monetary policy. The Dow Jones industrial "
    "average surged almost 300 points to a record close after the decision, as markets were soothed by the Fed's "
    "generally dovish comments. The Dow rose 292.71 points, or 1.8%, to 16,167.97, blowing past its previous closing "
    "high of 16,097.33, set Nov. 27. The Standard & Poor's 500 index jumped 29.65 points, or 1.7%, to a record close of "
    "1,810.65, beating its previous closing high of 1,807.23 on Dec. 9. The Nasdaq composite index added 46.38 points, "
    "or 1.2%, to a fresh 13-year high of 4,070.06. The Fed said it would trim its current $85 billion in monthly "
    "purchases of Treasury bonds and mortgage-backed bonds slowly, by a total of $10 billion per month. More important, "
    "it said it would keep short-term rates low 'well after' the unemployment rate, now 7%, falls to 6.5%, a change in "
    "guidance that points to a longer period of easy policy. An analyst at Strategas Research Partners dubbed the move "
    "'Taper Lite'.",
    [
        c(t="FED_ASSET_PURCHASES", m="taper_start", v="2014-01", u="month", d="2013-12-18", b=None,
          a="bond-buying program in", x=None, V="forecast", R=FORECAST,
          n="A stated plan for January 2014; asset purchases are not in the files."),
        c(t="DJI", m="daily_point_change", v=300, w="300", u="index_points", q="almost", d="2013-12-18", win="1d", b="close",
          a="surged almost 300 points", x="point_change('DJI','2013-12-18')", k="pts",
          n="+292.71. For a round 300 the 'nearly/almost' unit is 2% of the value (6 points): the band is 294-303, so 292.71 falls just outside."),
        c(t="DJI", m="record_close", v=True, u="flag", d="2013-12-18", b="close", a="to a record close after the decision",
          x="is_record('DJI','2013-12-18')", V="supported", R="record: above every earlier close in the file", E=True),
        c(t="DJI", m="daily_point_change", v=292.71, w="292.71", u="index_points", d="2013-12-18", win="1d", b="close",
          a="292.71 points", x="point_change('DJI','2013-12-18')", k="pts"),
        c(t="DJI", m="daily_pct_change", v=1.8, w="1.8", u="percent", d="2013-12-18", win="1d", b="close", a="or 1.8%",
          x="pct_change('DJI','2013-12-18')", k="pct", n="+1.844%."),
        c(t="DJI", m="close_level", v=16167.97, w="16167.97", u="index_points", d="2013-12-18", b="close", a="16,167.97",
          x="close('DJI','2013-12-18')", k="level"),
        c(t="DJI", m="previous_record_close_level", v=16097.33, w="16097.33", u="index_points", d="2013-12-18", b="close",
          a="16,097.33", x="record_before('DJI','2013-12-18')[1]", k="level"),
        c(t="DJI", m="previous_record_close_date", v="2013-11-27", u="date", d="2013-12-18", b="close", a="set Nov. 27",
          x="record_before('DJI','2013-12-18')[0]", V="supported", R="date of the previous record close", E="2013-11-27"),
        c(t="SPX", m="daily_point_change", v=29.65, w="29.65", u="index_points", d="2013-12-18", win="1d", b="close",
          a="29.65 points", x="point_change('GSPC','2013-12-18')", k="pts"),
        c(t="SPX", m="daily_pct_change", v=1.7, w="1.7", u="percent", d="2013-12-18", win="1d", b="close", a="or 1.7%",
          x="pct_change('GSPC','2013-12-18')", k="pct", n="+1.665%."),
        c(t="SPX", m="record_close", v=True, u="flag", d="2013-12-18", b="close", a="to a record close of",
          x="is_record('GSPC','2013-12-18')", V="supported", R="record: above every earlier close in the file", E=True),
        c(t="SPX", m="close_level", v=1810.65, w="1810.65", u="index_points", d="2013-12-18", b="close", a="1,810.65",
          x="close('GSPC','2013-12-18')", k="level"),
        c(t="SPX", m="previous_record_close_level", v=1807.23, w="1807.23", u="index_points", d="2013-12-18", b="close",
          a="1,807.23", x="record_before('GSPC','2013-12-18')[1]", k="level",
          n="GSPC.csv rows: 2013-11-27 close 1807.23; 2013-12-09 close 1808.37. The previous closing high was 1,808.37 on Dec. 9; 1,807.23 is the Nov. 27 close (the earlier record). Off by 1.14 points (0.06%)."),
        c(t="SPX", m="previous_record_close_date", v="2013-12-09", u="date", d="2013-12-18", b="close", a="on Dec. 9",
          x="record_before('GSPC','2013-12-18')[0]", V="supported", R="date of the previous record close", E="2013-12-09"),
        c(t="IXIC", m="daily_point_change", v=46.38, w="46.38", u="index_points", d="2013-12-18", win="1d", b="close",
          a="46.38 points", x="point_change('IXIC','2013-12-18')", k="pts"),
        c(t="IXIC", m="daily_pct_change", v=1.2, w="1.2", u="percent", d="2013-12-18", win="1d", b="close", a="or 1.2%",
          x="pct_change('IXIC','2013-12-18')", k="pct", n="+1.153%."),
        c(t="IXIC", m="highest_close_in_years", v=13, u="years", d="2013-12-18", b="close", a="a fresh 13-year high",
          x="highest_since('IXIC','2013-12-18')", V="supported", R="highest since X: X about 13 years earlier", E="2000-09-07",
          n="The last close at least as high was 2000-09-07, 13.3 years earlier."),
        c(t="IXIC", m="close_level", v=4070.06, w="4070.06", u="index_points", d="2013-12-18", b="close", a="4,070.06",
          x="close('IXIC','2013-12-18')", k="level"),
        c(t="FED_ASSET_PURCHASES", m="monthly_purchases_usd", v=85e9, u="usd", d="2013-12-18", b=None, a="$85 billion", x=None,
          V="unverifiable", R=UNV_NOT_IN_FILES, n="Fed asset purchases are not in the files."),
        c(t="FED_ASSET_PURCHASES", m="monthly_reduction_usd", v=10e9, u="usd", d="2013-12-18", b=None, a="$10 billion per month",
          x=None, V="unverifiable", R=UNV_NOT_IN_FILES, n="Fed asset purchases are not in the files."),
        c(t="US_UNEMPLOYMENT", m="rate", v=7, u="percent", d="2013-12-06", b=None, a="now 7%", x=None,
          V="unverifiable", R=UNV_NOT_IN_FILES, n="Unemployment is not in the files."),
        c(t="FEDFUNDS", m="guidance_threshold", v=6.5, u="percent", d="2013-12-18", b=None, a="falls to 6.5%", x=None,
          V="not_checkable", R="not_checkable: conditional policy guidance", n="A conditional commitment, not a market fact."),
    ])

# ---------------------------------------------------------------- 13
passage(
    "pbn_20070227_global_plunge_600b", "pbn.com", "https://pbn.com/us-markets-lose-600b-in-global-plunge23286/",
    "Providence Business News, citing Bloomberg News", "2007-02-27", "high",
    "inferred: undated page; the text says 'today' and its closes match Tuesday 2007-02-27 (Dow 12,216.24, -416.02).",
    "The Dow Jones Industrial Average fell as much as 546 points today – the "
    "most since New York's first trading day after the terrorist attacks of Sept. 11, 2001 – before closing at "
    "12,216.24, a drop of 416.02 points or 3.3 percent, Bloomberg News reports. The slide was driven by a Chinese "
    "market crackdown that set off a global selloff. The Dow and the Standard & Poor's 500 Index ended the day with "
    "their biggest declines since March 2003: all but two companies in the S&P 500 lost ground as the index fell 50.33 "
    "points, or 3.5 percent, to 1,399.04. The Nasdaq had its worst day since December 2002, closing down 96.66 points, "
    "or 3.9 percent, at 2,407.86. The U.S. plunge alone erased $600 billion in market value and all of 2007's gains, "
    "and Brazil's Bovespa lost 6.6 percent. The worldwide rout was sparked by China's approval of a special task force "
    "to tackle illegal stock-market investments. Chinese stocks fell the most in a decade; the "
    "Shanghai and Shenzhen 300 Index dropped 9.2 percent. \"Things just got a little overheated in the U.S. investment scene and it needs to "
    "calm down a little bit,\" said John Kattar of Eastern Investment Advisors in Boston.",
    [
        c(t="DJI", m="intraday_point_change_max", v=-546, w="546", u="index_points", q="as much as", d="2007-02-27", b="intraday low",
          a="fell as much as 546 points", x="intraday_change('DJI','2007-02-27','low')", k="pts",
          n="Session low 12086.06 vs previous close 12632.26: -546.20."),
        c(t="DJI", m="largest_intraday_drop_since", v="2001-09-17", u="date", d="2007-02-27", b="intraday low",
          a="the most since New York's first trading day after the terrorist attacks", x="last_intraday_as_big('DJI','2007-02-27','pts',up=False)",
          V="supported", R="since X: X is the last session with an intraday point drop at least as large", E="2001-09-17"),
        c(t="DJI", m="close_level", v=12216.24, w="12216.24", u="index_points", d="2007-02-27", b="close", a="12,216.24",
          x="close('DJI','2007-02-27')", k="level"),
        c(t="DJI", m="daily_point_change", v=-416.02, w="416.02", u="index_points", d="2007-02-27", win="1d", b="close",
          a="416.02 points", x="point_change('DJI','2007-02-27')", k="pts"),
        c(t="DJI", m="daily_pct_change", v=-3.3, w="3.3", u="percent", d="2007-02-27", win="1d", b="close", a="or 3.3 percent",
          x="pct_change('DJI','2007-02-27')", k="pct"),
        c(t="DJI", m="worst_day_since", v="2003-03", u="month", d="2007-02-27", b="close", a="biggest declines since March 2003",
          x="last_move_as_big('DJI','2007-02-27','pct')", V="supported",
          R="biggest since X: X is the last day with a percentage move at least as large", E="2003-03-24",
          n="Percent basis: last drop as large was 2003-03-24 (-3.61%). In points the last drop as large was 2001-09-17."),
        c(t="SPX", m="worst_day_since", v="2003-03", u="month", d="2007-02-27", b="close", a="ended the day with",
          x="last_move_as_big('GSPC','2007-02-27','pct')", V="supported",
          R="biggest since X: X is the last day with a percentage move at least as large", E="2003-03-24"),
        c(t="SPX", m="decliners_count", v=498, u="count", d="2007-02-27", b="close", a="all but two companies", x=None,
          V="unverifiable", R="unverifiable: breadth of index members is not in the files"),
        c(t="SPX", m="daily_point_change", v=-50.33, w="50.33", u="index_points", d="2007-02-27", win="1d", b="close",
          a="fell 50.33", x="point_change('GSPC','2007-02-27')", k="pts"),
        c(t="SPX", m="daily_pct_change", v=-3.5, w="3.5", u="percent", d="2007-02-27", win="1d", b="close", a="or 3.5 percent",
          x="pct_change('GSPC','2007-02-27')", k="pct", n="-3.473%."),
        c(t="SPX", m="close_level", v=1399.04, w="1399.04", u="index_points", d="2007-02-27", b="close", a="1,399.04",
          x="close('GSPC','2007-02-27')", k="level"),
        c(t="IXIC", m="worst_day_since", v="2002-12", u="month", d="2007-02-27", b="close", a="worst day since December 2002",
          x="last_move_as_big('IXIC','2007-02-27','pct')", V="supported",
          R="worst since X: X is the last day with a percentage move at least as large", E="2002-12-09"),
        c(t="IXIC", m="daily_point_change", v=-96.66, w="96.66", u="index_points", d="2007-02-27", win="1d", b="close",
          a="96.66 points", x="point_change('IXIC','2007-02-27')", k="pts"),
        c(t="IXIC", m="daily_pct_change", v=-3.9, w="3.9", u="percent", d="2007-02-27", win="1d", b="close", a="or 3.9 percent",
          x="pct_change('IXIC','2007-02-27')", k="pct", n="-3.859%."),
        c(t="IXIC", m="close_level", v=2407.86, w="2407.86", u="index_points", d="2007-02-27", b="close", a="2,407.86",
          x="close('IXIC','2007-02-27')", k="level"),
        c(t="US_MARKET_CAP", m="value_lost_usd", v=600e9, u="usd", d="2007-02-27", b="close", a="erased $600 billion",
          x=None, V="unverifiable", R=UNV_NOT_IN_FILES, n="Market capitalisation is not in the files."),
        c(t="SPX", m="ytd_sign", v="negative", u="sign", d="2007-02-27", win="YTD", b="close", a="all of 2007's gains",
          x="ytd_table(['GSPC','DJI','IXIC'],'2007-02-27')", V="supported", R="YTD change turned negative", E=None,
          n="YTD to 2007-02-27: S&P 500 -1.36%, Dow -1.98%, Nasdaq -0.31% (all positive on 02-26)."),
        c(t="BOVESPA", m="daily_pct_change", v=-6.6, u="percent", d="2007-02-27", b="close", a="lost 6.6 percent", x=None,
          V="unverifiable", R=UNV_NOT_IN_FILES),
        c(t="CSI300", m="worst_day_since", v="a decade", u="period", d="2007-02-27", b="close", a="fell the most in a decade",
          x=None, V="unverifiable", R=UNV_NOT_IN_FILES),
        c(t="CSI300", m="daily_pct_change", v=-9.2, u="percent", d="2007-02-27", b="close", a="dropped 9.2 percent", x=None,
          V="unverifiable", R=UNV_NOT_IN_FILES),
    ])

# ---------------------------------------------------------------- 14
passage(
    "tuscaloosanews_20081028_dow_second_best_point_gain", "tuscaloosanews.com",
    "http://www.tuscaloosanews.com/article/20081028/NEWS/810280281?Title=Dow-soars-to-second-best-day-ever",
    "Associated Press (via The Tuscaloosa News)", "2008-10-28", "exact",
    "published Tuesday, October 28, 2008 at 3:38 p.m. (page); figures are preliminary closing calculations for that day.",
    "NEW YORK—Wall Street had another astounding advance Tuesday, with the Dow Jones "
    "industrials soaring nearly 900 points in their second-largest point gain ever as late-day bargain hunters stormed "
    "into the market. The Dow and the Standard & Poor's 500 index were each up nearly 11 percent. No single catalyst "
    "stood out for the surge, which saw the Dow nearly double its gain in the last hour of trading. Many analysts said "
    "investors were snapping up stocks on the belief that the market had fallen too far, and some said early buying "
    "came in anticipation of an interest rate cut Wednesday by the Federal Reserve. Given the relentless volatility, "
    "nobody expects the market to be headed higher for good: out of 20 trading days this month, only two have not seen "
    "the Dow close up or down in triple digits. Investors clearly wanted to buy, looking past a sharp drop in consumer "
    "confidence early in the session; the Conference Board said its index fell to 38 in October, well below the 51 "
    "analysts expected. According to preliminary calculations, the Dow rose 889.35, or 10.88 percent, to 9,065.12, behind only "
    "the 936 points the Dow jumped on Oct. 13. Broader indicators also surged: the "
    "Standard & Poor's 500 index rose 91.59, or 10.79 percent, to 940.51, and the Nasdaq composite index rose 143.57, "
    "or 9.53 percent.",
    [
        c(t="DJI", m="daily_point_change", v=900, w="900", u="index_points", q="nearly", d="2008-10-28", win="1d", b="close",
          a="soaring nearly 900 points", x="point_change('DJI','2008-10-28')", k="pts",
          n="+889.35; for a round 900 the 'nearly' unit is 18 points (2%): band 882-909."),
        c(t="DJI", m="point_gain_rank", v=2, u="rank", d="2008-10-28", b="close", a="in their second-largest point gain ever",
          x="move_rank('DJI','2008-10-28','pts',down=False)", V="supported", R="rank among all daily point moves in the file", E=2),
        c(t="DJI", m="daily_pct_change", v=11, w="11", u="percent", q="nearly", d="2008-10-28", win="1d", b="close",
          a="were each up nearly 11 percent", x="pct_change('DJI','2008-10-28')", k="pct", n="+10.88%."),
        c(t="SPX", m="daily_pct_change", v=11, w="11", u="percent", q="nearly", d="2008-10-28", win="1d", b="close",
          a="The Dow and the Standard & Poor's 500 index were each", x="pct_change('GSPC','2008-10-28')", k="pct", n="+10.79%."),
        c(t="DJI", m="last_hour_gain_share", v=2, u="ratio", q="nearly", d="2008-10-28", b="intraday (3 p.m. to close)",
          a="nearly double its gain in the last hour", x=None, V="unverifiable",
          R="unverifiable: an intraday (last-hour) figure; the files hold daily bars only"),
        c(t="FEDFUNDS", m="expected_rate_cut", v="2008-10-29", u="date", d="2008-10-29", b=None, a="interest rate cut Wednesday",
          x="fed_change('2008-10-29')", V="forecast", R=FORECAST,
          n="An anticipated decision. For information the FOMC did cut on Wednesday 2008-10-29 (DFEDTAR 1.50 -> 1.00)."),
        c(t="DJI", m="sessions_in_month", v=20, u="count", d="2008-10-28", win="October 2008 to date", b="close",
          a="out of 20 trading days this month", x="big_point_days_in_month('DJI','2008-10-28')[1]", V="supported",
          R="count of sessions", E=20, n="Oct. 1-28, 2008: 20 sessions."),
        c(t="DJI", m="sessions_without_triple_digit_move", v=2, u="count", d="2008-10-28", win="October 2008 to date", b="close",
          a="only two have not seen", x="big_point_days_in_month('DJI','2008-10-28')[0]", V="supported",
          R="count of sessions with |point change| < 100", E=2, n="Only Oct. 1 (-19.59) and Oct. 14 (-76.62) moved less than 100 points."),
        c(t="US_CONSUMER_CONFIDENCE", m="index_level", v=38, u="index", d="2008-10-28", b=None, a="fell to 38", x=None,
          V="unverifiable", R=UNV_NOT_IN_FILES),
        c(t="US_CONSUMER_CONFIDENCE", m="consensus_forecast", v=51, u="index", d="2008-10-28", b=None, a="the 51 analysts expected",
          x=None, V="unverifiable", R=UNV_NOT_IN_FILES),
        c(t="DJI", m="daily_point_change", v=889.35, w="889.35", u="index_points", q="preliminary", d="2008-10-28", win="1d", b="close",
          a="889.35", x="point_change('DJI','2008-10-28')", k="pts"),
        c(t="DJI", m="daily_pct_change", v=10.88, w="10.88", u="percent", q="preliminary", d="2008-10-28", win="1d", b="close",
          a="or 10.88 percent", x="pct_change('DJI','2008-10-28')", k="pct"),
        c(t="DJI", m="close_level", v=9065.12, w="9065.12", u="index_points", q="preliminary", d="2008-10-28", b="close",
          a="9,065.12", x="close('DJI','2008-10-28')", k="level"),
        c(t="DJI", m="daily_point_change", v=936, w="936", u="index_points", d="2008-10-13", win="1d", b="close",
          a="936 points the Dow jumped on Oct. 13", x="point_change('DJI','2008-10-13')", k="pts", n="+936.42 on 2008-10-13."),
        c(t="SPX", m="daily_point_change", v=91.59, w="91.59", u="index_points", q="preliminary", d="2008-10-28", win="1d", b="close",
          a="rose 91.59", x="point_change('GSPC','2008-10-28')", k="pts"),
        c(t="SPX", m="daily_pct_change", v=10.79, w="10.79", u="percent", q="preliminary", d="2008-10-28", win="1d", b="close",
          a="or 10.79 percent", x="pct_change('GSPC','2008-10-28')", k="pct"),
        c(t="SPX", m="close_level", v=940.51, w="940.51", u="index_points", q="preliminary", d="2008-10-28", b="close",
          a="940.51", x="close('GSPC','2008-10-28')", k="level"),
        c(t="IXIC", m="daily_point_change", v=143.57, w="143.57", u="index_points", q="preliminary", d="2008-10-28", win="1d", b="close",
          a="rose 143.57", x="point_change('IXIC','2008-10-28')", k="pts"),
        c(t="IXIC", m="daily_pct_change", v=9.53, w="9.53", u="percent", q="preliminary", d="2008-10-28", win="1d", b="close",
          a="or 9.53 percent", x="pct_change('IXIC','2008-10-28')", k="pct"),
    ])

# ---------------------------------------------------------------- 15
passage(
    "nbcnews_20060629_fed_hike_relief_rally", "nbcnews.com", "http://www.nbcnews.com/id/13628937/ns/business-stocks_and_economy/",
    "msnbc.com news services", "2006-06-29", "high",
    "inferred: undated page; the text describes a Thursday rate hike to 5.25 percent, which is the FOMC decision of "
    "Thursday 2006-06-29 (Dow +217.24 in the files).",
    "Wall Street surges after Fed raises rates again. A relief rally lifted Wall Street sharply Thursday, pushing the "
    "Dow Jones industrial average up 217 points, after the Federal Reserve said it would weigh the health of the overall "
    "economy as well as the direction of inflation when setting interest rate policy. Investors were reassured by the "
    "statement that came with an expected quarter-point increase in short-term lending rates. In it the Fed noted that "
    "economic growth has moderated but that \"some inflation risks remain\"; the central bank, which has tended to focus "
    "on inflation in past statements, said it would look at both the growth rate and inflation in deciding on future "
    "moves. \"They left the door open that they might pause. That's what it's all about,\" said Jeffrey Saut, chief "
    "investment strategist at Raymond James Financial, who added that the market's first move after such statements is "
    "often a false one. The wording comforted a market worried that Chairman Ben Bernanke might push rates so high in "
    "his fight against inflation that the economy would suffer. Thursday's rate hike to 5.25 percent was a foregone "
    "conclusion on Wall Street, and many traders expect another quarter-point increase when the Fed's Open Market "
    "Committee next meets in August. Stocks have endured weeks of wildly erratic trading while the outlook for rates "
    "remained cloudy.",
    [
        c(t="DJI", m="daily_point_change", v=217, w="217", u="index_points", d="2006-06-29", win="1d", b="close",
          a="up 217 points", x="point_change('DJI','2006-06-29')", k="pts", n="10973.56 -> 11190.80 (+217.24)."),
        c(t="FEDFUNDS", m="rate_change", v=0.25, u="percentage_points", d="2006-06-29", b=None,
          a="an expected quarter-point increase", x="fed_change('2006-06-29')", V="supported", R="Fed target series (DFEDTAR)", E=0.25,
          n="DFEDTAR 5.00 on 2006-06-28, 5.25 from 2006-06-29 (FOMC decision day)."),
        c(t="FEDFUNDS", m="target_level", v=5.25, u="percent", d="2006-06-29", b=None, a="rate hike to 5.25 percent",
          x="fed_target('2006-06-29')", V="supported", R="Fed target series (DFEDTAR)", E=5.25),
        c(t="FEDFUNDS", m="next_meeting_month", v="2006-08", u="month", d="2006-06-29", b=None, a="next meets in August",
          x="fomc_meetings_between('2006-06-30','2006-08-31')", V="supported", R="FOMC decision day in FOMC_meetings.csv",
          E=["2006-08-08"]),
        c(t="FEDFUNDS", m="expected_rate_change", v=0.25, u="percentage_points", d="2006-08-08", b=None,
          a="expect another quarter-point increase", x=None, V="forecast", R=FORECAST,
          n="Expectation; for information the FOMC held at 5.25% on 2006-08-08."),
    ])

# ---------------------------------------------------------------- 17
passage(
    "echelonwealth_20140923_large_vs_small", "echelonwealthstrategies.blogspot.com",
    "http://www.echelonwealthstrategies.blogspot.com/2014/09/large-vs-small.html",
    "Echelon Wealth Strategies (blog)", "2014-09-23", "exact",
    "post dated Tuesday, September 23, 2014. All its year-to-date and since-record figures match the closes of Friday "
    "2014-09-19 (the post calls Thursday 09-18 'last Thursday'); Monday's 09-22 close would give Dow +3.60%, S&P +7.90%, "
    "RUT -2.95%, so the key judges them on Friday's close.",
    "Large vs. Small. Tuesday, September 23, 2014. In many ways this has been a good year for the stock market. The Dow "
    "Jones industrial average is up about 4.5 percent on the year, and the S&P 500 index is up nearly 9 percent. Since "
    "those two are the most widely watched indexes, the general view of the market in 2014 has been a good one. But both "
    "of them focus on large-company stocks. The Russell 2000 index, the main benchmark for small-cap stocks, is down by "
    "1.4 percent on the year, which means smaller stocks are trailing their bigger brethren by roughly 10 percentage "
    "points. The last six months have been especially hard on small caps. The S&P 500 posted its 34th record high of the "
    "year last Thursday, but since posting its last record high on March 4, the Russell 2000 has lost 5.1 percent of its "
    "value.",
    [
        c(t="DJI", m="ytd_pct_change", v=4.5, w="4.5", u="percent", q="about", d="2014-09-19", win="YTD", b="close",
          a="up about 4.5 percent on the year", x="ytd('DJI','2014-09-19')", k="pct",
          n="16576.66 (2013-12-31) -> 17279.74: +4.24%, outside about's 0.12 band (Monday 09-22: +3.60%)."),
        c(t="SPX", m="ytd_pct_change", v=9, w="9", u="percent", q="nearly", d="2014-09-19", win="YTD", b="close",
          a="up nearly 9 percent", x="ytd('GSPC','2014-09-19')", k="pct", n="+8.77% (Monday: +7.90%, outside 'nearly 9')."),
        c(t="RUT", m="ytd_pct_change", v=-1.4, w="1.4", u="percent", d="2014-09-19", win="YTD", b="close",
          a="down by 1.4 percent on the year", x="ytd('RUT','2014-09-19')", k="pct", n="1163.64 -> 1146.92: -1.44% (Monday: -2.95%)."),
        c(t="RUT", m="ytd_gap_vs", v=10, w="10", u="percentage_points", q="roughly", d="2014-09-19", win="YTD", cmp="SPX", b="close",
          a="roughly 10 percentage", x="ytd('GSPC','2014-09-19') - ytd('RUT','2014-09-19')", k="pct", n="8.77 - (-1.44) = 10.20 points."),
        c(t="RUT", m="relative_6m_vs", v="worse", u="ordering", d="2014-09-19", win="6 months", cmp="SPX", b="close",
          a="The last six months have been especially hard on small caps", x="[round(ret(t,'2014-03-19','2014-09-19'),2) for t in ['RUT','GSPC']]",
          V="supported", R=SUP_BOOL, E=None, n="2014-03-19 to 2014-09-19: RUT -4.08%, S&P 500 +8.04%."),
        c(t="SPX", m="record_closes_ytd", v=34, u="count", d="2014-09-18", win="2014 to date", b="close", a="34th record high of the year",
          x="sum(is_record('GSPC',d) for d in col('GSPC')['2014-01-01':'2014-09-18'].index)", V="supported",
          R="count of record closes in the calendar year", E=34, n="The 34th record close of 2014 came on Thursday 2014-09-18."),
        c(t="SPX", m="record_close", v=True, u="flag", d="2014-09-18", b="close", a="last Thursday",
          x="is_record('GSPC','2014-09-18')", V="supported", R="record: above every earlier close in the file", E=True),
        c(t="RUT", m="record_close_date", v="2014-03-04", u="date", d="2014-09-19", b="close", a="last record high on March 4",
          x="record_before('RUT','2014-09-19')[0]", V="supported", R="date of the last record close", E="2014-03-04"),
        c(t="RUT", m="pct_from_ath", v=5.1, w="5.1", u="percent", d="2014-09-19", b="close", cmp="record close 2014-03-04",
          a="lost 5.1 percent of its value", x="pct_below_record('RUT','2014-09-19')", k="pct",
          n="1146.92 vs 1208.65: 5.11% below (Monday 09-22: 6.56%)."),
    ])

# ---------------------------------------------------------------- 18
passage(
    "nbcnews_20070620_treasury_yields_dow_drops", "nbcnews.com", "http://www.nbcnews.com/id/19346430/ns/business-stocks_and_economy/",
    "The Associated Press (via msnbc.com)", "2007-06-20", "high",
    "inferred: undated page; the Wednesday described (Home Depot buyback, Morgan Stanley results, 10-year yield 5.09 "
    "late Tuesday) is 2007-06-20 (Dow -146.00, DGS10 5.09 on 06-19).",
    "Treasury yields rise, Dow drops almost 140. A surge in Treasury yields rattled Wall Street Wednesday, forcing stocks "
    "to give up early gains and driving the Dow Jones industrial average down more than 140 points. The 10-year Treasury "
    "note's yield climbed to 5.15 percent by late afternoon from 5.09 percent late Tuesday, reviving worries among stock "
    "investors that high rates will thwart corporate deal-making and further hurt the limping housing market. Stocks "
    "first began reacting violently to Treasury yields two weeks ago, when the 10-year yield surged past 5 percent for "
    "the first time since last summer. Trading had been calmer in recent days as yields backed off last week's peak of "
    "nearly 5.30 percent, but Wednesday's advance stoked fears that the climb could resume. \"People are watching this "
    "10-year, and it looks like it might want to go back to 5.25,\" said Todd Leone, managing director of equity trading "
    "at Cowen & Co. Until last week, the 10-year yield had not traded consistently above 5.25 percent since 2002. Leone "
    "added that the private equity deal-making wave, a main driver of the market for several weeks, seems to have slowed "
    "compared with last month. Home Depot's $22.5 billion buyback initially lent the market some support, as did "
    "stronger-than-expected quarterly earnings from Morgan Stanley and a retreat in oil prices.",
    [
        c(t="DJI", m="daily_point_change", v=-140, w="140", u="index_points", q="almost", d="2007-06-20", win="1d", b="close",
          a="Dow drops almost 140", x="point_change('DJI','2007-06-20')", k="pts",
          n="DJI.csv: 2007-06-19 close 13635.42, 2007-06-20 close 13489.42: -146.00. For a round 140 the 'almost' unit is 2.8 points (band 137.2-141.4); the headline understates the drop that the body puts at 'more than 140'."),
        c(t="DJI", m="daily_point_change", v=-140, w="140", u="index_points", q="more than", d="2007-06-20", win="1d", b="close",
          a="down more than 140 points", x="point_change('DJI','2007-06-20')", k="pts"),
        c(t="US10Y", m="yield_level", v=5.15, u="percent", d="2007-06-20", b="late afternoon", a="5.15 percent by late afternoon",
          x="yield_on('DGS10','2007-06-20')", V="unverifiable", R="unverifiable: an intraday yield figure (FRED gives end of day only)",
          n="FRED end-of-day 10-year yield on 2007-06-20: 5.14."),
        c(t="US10Y", m="yield_level", v=5.09, w="5.09", u="percent", d="2007-06-19", b="end of day", a="5.09 percent late Tuesday",
          x="yield_on('DGS10','2007-06-19')", k="pct"),
        c(t="US10Y", m="first_above_level_date", v="two weeks ago", u="date", d="2007-06-07", b="end of day",
          a="surged past 5 percent", x="str(rate('DGS10')[(rate('DGS10').index >= ts('2007-05-01')) & (rate('DGS10') >= 5.0)].index[0].date())",
          V="supported", R="first end-of-day close at or above the level, about two weeks before", E="2007-06-07",
          n="DGS10: 4.97 on 06-06, 5.11 on 2007-06-07, 13 days before the story."),
        c(t="US10Y", m="first_above_level_since", v="summer 2006", u="period", d="2007-06-07", b="end of day",
          a="for the first time since last summer", x="str(rate('DGS10')[(rate('DGS10').index < ts('2007-06-07')) & (rate('DGS10') >= 5.0)].index[-1].date())",
          V="supported", R="since X: the last earlier end-of-day value at or above 5% falls in X", E="2006-08-14",
          n="Last earlier end-of-day 10-year yield at 5.00% or more: 2006-08-14."),
        c(t="US10Y", m="peak_level", v=5.30, u="percent", q="nearly", d="2007-06-12", win="week of 2007-06-11", b="intraday",
          a="nearly 5.30 percent", x="float(rate('DGS10')['2007-06-11':'2007-06-15'].max())", V="unverifiable",
          R="unverifiable: an intraday yield peak (FRED gives end of day only)",
          n="End-of-day peak last week: 5.26 on 2007-06-12; the intraday peak (reported as 5.295%) is not in the files."),
        c(t="QUOTE", m="yield_target", v=5.25, u="percent", d="2007-06-20", b=None, a="go back to 5.25", x=None,
          V="not_checkable", R="not_checkable: quoted opinion"),
        c(t="US10Y", m="above_level_since", v="2002", u="year", d="2007-06-11", b="end of day",
          a="not traded consistently above 5.25 percent since 2002",
          x="str(rate('DGS10')[(rate('DGS10').index < ts('2007-06-11')) & (rate('DGS10') > 5.25)].index[-1].date())",
          V="supported", R="since X: the last earlier end-of-day value above the level falls in X", E="2002-05-17",
          n="Last end-of-day 10-year yield above 5.25% before June 2007: 2002-05-17; then 5.26 on 2007-06-12."),
        c(t="HD", m="buyback_usd", v=22.5e9, u="usd", d="2007-06-20", b=None, a="$22.5 billion buyback", x=None,
          V="unverifiable", R=UNV_NOT_IN_FILES),
    ])

# ---------------------------------------------------------------- 19
passage(
    "optionmonster_20141010_vix_surges_rut_one_year_low", "goldberglawma.com (repost)",
    "http://goldberglawma.com/?id=news%2Fvix-surges-24-equities-plummet-081410356.html",
    "optionMONSTER", "2014-10-10", "high",
    "inferred: undated repost; 'yesterday' is Thursday 2014-10-09 (S&P 500 -40.68 to 1928.21, VIX 18.76 in the files), "
    "so the piece is from Friday 2014-10-10.",
    "Stocks fell hard yesterday, erasing the previous session's gains and pushing the "
    "CBOE Volatility Index up more than 24 percent. The S&P 500 sank 40.68 points, or 2.07 percent, to 1928.21, its "
    "worst close since Aug. 7; traders see resistance for the SPX around 1980. The Nasdaq 100 dropped 71.80 points, or "
    "1.78 percent, to 3969.32, but unlike the SPX it stayed above Tuesday's close. The Russell 2000 plummeted 29.13 "
    "points, or 2.66 percent, to 1067.99, the RUT's lowest close in exactly a year. The VIX jumped 3.65 points, or 24.16 "
    "percent, to 18.76, after putting in its high of 19.38 just after the bell. The nine-day CBOE Short-Term Volatility "
    "Index soared 48.18 percent. VIX futures now trade well below the spot index, a relationship known as "
    "'backwardation', and the iPath S&P 500 VIX Short-Term Futures Note (VXX) climbed 9 percent to $32.21.",
    [
        c(t="SPX", m="erased_previous_gain", v=True, u="flag", d="2014-10-09", b="close", a="erasing the previous session's gains",
          x="close('GSPC','2014-10-09') < close('GSPC','2014-10-07')", V="supported", R=SUP_BOOL, E=True,
          n="S&P 500: 1935.10 (10-07), 1968.89 (10-08), 1928.21 (10-09)."),
        c(t="VIX", m="daily_pct_change", v=24, w="24", u="percent", q="more than", d="2014-10-09", win="1d", b="close",
          a="up more than 24 percent", x="pct_change('VIX','2014-10-09')", k="pct"),
        c(t="SPX", m="daily_point_change", v=-40.68, w="40.68", u="index_points", d="2014-10-09", win="1d", b="close",
          a="sank 40.68 points", x="point_change('GSPC','2014-10-09')", k="pts"),
        c(t="SPX", m="daily_pct_change", v=-2.07, w="2.07", u="percent", d="2014-10-09", win="1d", b="close",
          a="or 2.07 percent", x="pct_change('GSPC','2014-10-09')", k="pct"),
        c(t="SPX", m="close_level", v=1928.21, w="1928.21", u="index_points", d="2014-10-09", b="close", a="to 1928.21",
          x="close('GSPC','2014-10-09')", k="level"),
        c(t="SPX", m="lowest_close_since", v="2014-08-07", u="date", d="2014-10-09", b="close", a="worst close since Aug. 7",
          x="lowest_since('GSPC','2014-10-09')", V="supported", R="lowest since X: X is the last session with a close at least as low",
          E="2014-08-07", n="2014-08-07 close 1909.57."),
        c(t="QUOTE", m="technical_level", v=1980, u="index_points", d="2014-10-10", b=None, a="resistance for the SPX around 1980",
          x=None, V="not_checkable", R="not_checkable: technical-analysis opinion"),
        c(t="NDX", m="daily_point_change", v=-71.80, w="71.80", u="index_points", d="2014-10-09", win="1d", b="close",
          a="dropped 71.80 points", x="point_change('NDX','2014-10-09')", k="pts"),
        c(t="NDX", m="daily_pct_change", v=-1.78, w="1.78", u="percent", d="2014-10-09", win="1d", b="close",
          a="1.78 percent", x="pct_change('NDX','2014-10-09')", k="pct"),
        c(t="NDX", m="close_level", v=3969.32, w="3969.32", u="index_points", d="2014-10-09", b="close", a="3969.32",
          x="close('NDX','2014-10-09')", k="level"),
        c(t="NDX", m="above_close_of", v="2014-10-07", u="flag", d="2014-10-09", b="close", a="stayed above Tuesday's close",
          x="close('NDX','2014-10-09') > close('NDX','2014-10-07')", V="supported", R=SUP_BOOL, E=True,
          n="NDX 3969.32 vs Tuesday 2014-10-07 close 3958.59."),
        c(t="RUT", m="daily_point_change", v=-29.13, w="29.13", u="index_points", d="2014-10-09", win="1d", b="close",
          a="plummeted 29.13 points", x="point_change('RUT','2014-10-09')", k="pts"),
        c(t="RUT", m="daily_pct_change", v=-2.66, w="2.66", u="percent", d="2014-10-09", win="1d", b="close",
          a="or 2.66 percent", x="pct_change('RUT','2014-10-09')", k="pct"),
        c(t="RUT", m="close_level", v=1067.99, w="1067.99", u="index_points", d="2014-10-09", b="close", a="1067.99",
          x="close('RUT','2014-10-09')", k="level"),
        c(t="RUT", m="lowest_close_since", v="2013-10-09", u="date", d="2014-10-09", b="close", a="lowest close in exactly a year",
          x="lowest_since('RUT','2014-10-09')", V="supported", R="lowest since X: X is the last session with a close at least as low",
          E="2013-10-09", n="RUT 2013-10-09 close 1043.46, exactly one year earlier."),
        c(t="VIX", m="daily_point_change", v=3.65, w="3.65", u="index_points", d="2014-10-09", win="1d", b="close",
          a="jumped 3.65 points", x="point_change('VIX','2014-10-09')", k="pts"),
        c(t="VIX", m="daily_pct_change", v=24.16, w="24.16", u="percent", d="2014-10-09", win="1d", b="close",
          a="or 24.16", x="pct_change('VIX','2014-10-09')", k="pct"),
        c(t="VIX", m="close_level", v=18.76, w="18.76", u="index_points", d="2014-10-09", b="close", a="to 18.76",
          x="close('VIX','2014-10-09')", k="level"),
        c(t="VIX", m="session_high", v=19.38, w="19.38", u="index_points", d="2014-10-09", b="intraday high", a="its high of 19.38",
          x="close('VIX','2014-10-09','high')", k="level", n="Session high in VIX.csv: 19.38 (the 'just after the bell' timing is not in the files)."),
        c(t="VXST", m="daily_pct_change", v=48.18, u="percent", d="2014-10-09", b="close", a="soared 48.18 percent", x=None,
          V="unverifiable", R=UNV_NOT_IN_FILES),
        c(t="VXX", m="daily_pct_change", v=9, u="percent", d="2014-10-09", b="close", a="climbed 9 percent", x=None,
          V="unverifiable", R=UNV_NOT_IN_FILES),
        c(t="VXX", m="close_level", v=32.21, u="usd", d="2014-10-09", b="close", a="$32.21", x=None,
          V="unverifiable", R=UNV_NOT_IN_FILES),
    ])
