"""Passage texts and claim specifications (see build_corpus.py)."""


def C(t, m, v, anchor, expr=None, cs=None, q=None, d=None, kind="pct", dec=2, verdict="auto", rule=None, n="", u="pct", w=None, b="close", cmp=None, det=""):
    return dict(t=t, m=m, v=v, anchor=anchor, expr=expr, cs=cs if cs is not None else str(v), q=q, d=d, kind=kind, dec=dec,
                verdict=verdict, rule=rule, n=n, u=u, w=w, b=b, cmp=cmp, det=det)


PASSAGES = []

# 1 ------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="bloomberg_20180322_small_caps_trade_war",
    source={"site": "ndtvprofit.com", "url": "https://www.ndtvprofit.com/amp/markets/small-caps-outshine-major-indexes-as-trade-war-anxiety-builds", "original_outlet": "Bloomberg"},
    published="2018-03-22", published_confidence="high",
    published_note="inferred: (c)2018 Bloomberg; the text is written during the Thursday session on which the administration prepared China tariffs (Thu 2018-03-22); its day moves are mid-session figures.",
    text=("Small Caps Outshine Major Indexes as Trade-War Anxiety Builds. (Bloomberg) -- In President Donald Trump's "
          "protectionist economy, small is the new big. For American companies that sell mostly at home, March has been "
          "a good month to be small: since Trump stepped up his protectionist talk on March 1, the Russell 2000 Index has "
          "beaten the other major equity benchmarks by at least 4 percentage points. That gap was on display Thursday, as "
          "the administration got ready to announce tens of billions of dollars of new tariffs aimed at China. The "
          "small-cap index fell 1.3 percent, while the Dow Jones Industrial Average, S&P 500 Index and Nasdaq Composite "
          "Index each lost at least 1.7 percent, as traders weighed what a fight over trade with Beijing would mean for "
          "the biggest exporters."),
    claims=[
        C("RUT", "relative_return_vs_DJI", 4, "by at least 4 percentage points", "spread(ret('RUT','2018-03-01','2018-03-22'), ret('DJI','2018-03-01','2018-03-22'))", cs="4", q="least", d="2018-03-22", w="2018-03-01..2018-03-22", u="pp",
          b="mid-session", det="closes: RUT 2018-03-01 1507.39, 03-22 1543.87; DJI 24608.98, 23957.89",
          n="Bound written mid-session. From the March 1 close (README convention) to the Mar 22 close: RUT +2.42% vs Dow -2.65% = 5.07 pp; from the Feb 28 close the gap stays above 4 pp across the whole Mar 22 range (4.09-8.60). Other readings also clear 4 pp: from the Feb 28 close 6.36 pp (to Mar 22) or 5.81 pp (to Mar 21)."),
        C("RUT", "relative_return_vs_SPX", 4, "by at least 4 percentage points", "spread(ret('RUT','2018-03-01','2018-03-22'), ret('GSPC','2018-03-01','2018-03-22'))", cs="4", q="least", d="2018-03-22", w="2018-03-01..2018-03-22", u="pp", verdict="unverifiable", rule="mid", b="mid-session",
          det="closes: RUT 2018-03-01 1507.39, 03-21 1579.30, 03-22 1543.87 (high 1576.59, low 1543.87); GSPC 2677.67, 2711.93, 2643.69; Feb 28: RUT 1512.45, GSPC 2713.83",
          n="Written mid-session on Mar 22. Close basis from the March 1 close: RUT +2.42% vs S&P -1.27% = 3.69 pp (short of 4); from the Feb 28 close 4.66 pp. Across the session's high-low range the gap spans 1.75-5.94 pp (Mar 1 base), so the mid-session figure cannot be decided."),
        C("RUT", "relative_return_vs_IXIC", 4, "by at least 4 percentage points", "spread(ret('RUT','2018-03-01','2018-03-22'), ret('IXIC','2018-03-01','2018-03-22'))", cs="4", q="least", d="2018-03-22", w="2018-03-01..2018-03-22", u="pp", verdict="unverifiable", rule="mid", b="mid-session",
          det="closes: IXIC 2018-02-28 7273.01, 03-01 7180.56, 03-21 7345.29, 03-22 7166.68",
          n="Written mid-session on Mar 22. On closes the Russell never leads the Nasdaq by 4 pp: from the March 1 close 2.61 pp (to Mar 22), from the Feb 28 close 3.54 pp (to Mar 22) or 3.43 pp (to Mar 21). But across Mar 22's high-low ranges the gap spans 0.71-4.82 pp (Mar 1 base) or 1.66-5.73 pp (Feb 28 base), so the mid-session statement cannot be decided; at the close it would fail."),
        C("RUT", "intraday_pct_change", -1.3, "small-cap index fell 1.3 percent", "pct('RUT','2018-03-22')", d="2018-03-22", verdict="unverifiable", rule="mid", b="mid-session",
          det="RUT 2018-03-22 prev close 1579.30, high 1576.59 (-0.17%), low 1543.87 (-2.24%), close 1543.87",
          n="Written during the session: -1.3% (about 1558.8) lies inside the day's range (-0.17% to -2.24%); the close was -2.24%."),
        C("DJI", "intraday_pct_change_bound", -1.7, "each lost at least 1.7 percent", "pct('DJI','2018-03-22')", cs="1.7", q="least", d="2018-03-22", b="mid-session",
          n="Bound claim written mid-session: the close (-2.93%) and the session low both satisfy 'at least 1.7 percent'."),
        C("SPX", "intraday_pct_change_bound", -1.7, "each lost at least 1.7 percent", "pct('GSPC','2018-03-22')", cs="1.7", q="least", d="2018-03-22", b="mid-session",
          n="Bound claim written mid-session: close -2.52%; the session low is lower still."),
        C("IXIC", "intraday_pct_change_bound", -1.7, "each lost at least 1.7 percent", "pct('IXIC','2018-03-22')", cs="1.7", q="least", d="2018-03-22", b="mid-session",
          n="Bound claim written mid-session: close -2.43%; the session low is lower still."),
    ]))

# 2 ------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="cmegroup_201906_russell_lagged_trade_selloff",
    source={"site": "openmarkets.cmegroup.com", "url": "https://openmarkets.cmegroup.com/15192/it-may-be-time-to-show-some-love-to-the-russell-2000", "original_outlet": "CME Group OpenMarkets"},
    published="2019-06", published_confidence="medium",
    published_note="inferred: the piece describes the first month of Micro E-mini trading (launched 2019-05-06) and the NFIB survey released 2019-06-11; it looks back at April 2019 and the week after 2019-05-03.",
    text=("It May Be Time to Show Some Love to The Russell 2000. In brief: the volatility from trade tensions hit the "
          "Nasdaq, S&P 500 and Dow harder than the small cap Russell index, and the latest small business optimism index "
          "reached its highest point in 7 months, which could be good news for the Russell. On May 6, CME Group launched "
          "a set of products giving smaller, active traders cheaper access to its heavily traded index futures. The Micro "
          "E-mini contracts, one-tenth the size and margin of the mini contracts, were an instant hit, trading well over "
          "11 million contracts in the first month. The timing was good: the weekend of May 3 brought a complete collapse "
          "of U.S./China trade talks and an 81 percent spike in the VIX. The jump in cash-index volume spilled into the "
          "four new micro contracts, but one index lagged on volume: the Russell 2000. The reason is in the indices' "
          "performance over the prior four months. The Russell's price gains over that stretch had lagged, so when the "
          "bearish trade news hit there was more need to hedge and short the three larger cap indices than the Russell "
          "2000. In April, the NASDAQ and the S&P had both moved to new all-time highs, with the Dow only falling around "
          "250 points short of the same accomplishment. The Russell was still almost 8 percent away from its all-time high."),
    claims=[
        C("US_SMALLBIZ", "nfib_optimism_high_since", 7, "highest point in 7 months", None, u="months", verdict="unverifiable", rule="unver", d="2019-06-11",
          n="NFIB small business optimism index: not in the files."),
        C("GENERIC", "micro_emini_volume", 11, "well over 11 million contracts", None, u="million contracts", verdict="unverifiable", rule="unver", q="more",
          n="Futures volume: not in the files."),
        C("VIX", "pct_spike", 81, "81 percent spike in the VIX", "spread(c('VIX','2019-05-09','high')/c('VIX','2019-05-03')*100, 100)", d="2019-05-03", w="after 2019-05-03", verdict="unverifiable", rule="unver",
          det="VIX close 2019-05-03 12.87; intraday highs May 7 21.84, May 9 23.38; closes May 7 19.32, May 13 20.55",
          n="Window not stated. From the May 3 close to the May 9 intraday high the VIX rose 81.7% (truncated to 81 it would be imprecise); close to close the biggest rise was 59.7% (to May 13). The files cannot tell which span the writer meant."),
        C("RUT", "relative_performance_lagged", "lagged the three large-cap indexes", "prior four months", "[round(ret('RUT','2018-12-31','2019-04-30'),2), round(ret('GSPC','2018-12-31','2019-04-30'),2), round(ret('DJI','2018-12-31','2019-04-30'),2), round(ret('IXIC','2018-12-31','2019-04-30'),2)]",
          u="comparison", d="2019-04-30", w="2019-01..2019-04", verdict="contradicted", rule="compare",
          det="Jan-Apr 2019 price returns: RUT 17.99, SPX 17.51, DJI 14.00, IXIC 22.01",
          n="Over January-April 2019 the Russell (+17.99%) beat the S&P 500 (+17.51%) and the Dow (+14.00%); only the Nasdaq (+22.01%) did better. Other four-month windows give the same picture against the Dow (Jan 4-May 3: RUT 16.89 vs Dow 13.11). The lag holds against the Nasdaq only."),
        C("IXIC", "record_close_in_month", True, "the NASDAQ and the S&P had both moved to new all-time highs", "is_record('IXIC','2019-04-23')", u="flag", d="2019-04-23", verdict="supported", rule="record",
          det="previous record close 8109.69 (2018-08-29); 2019-04-23 close 8120.82; April max close 8161.85 (2019-04-29)",
          n="The Nasdaq closed at records in late April 2019, first on Apr 23 (8120.82)."),
        C("SPX", "record_close_in_month", True, "the NASDAQ and the S&P had both moved to new all-time highs", "is_record('GSPC','2019-04-23')", u="flag", d="2019-04-23", verdict="supported", rule="record",
          n="S&P 500 closed at a record 2933.68 on Apr 23, 2019 (previous record 2930.75 on 2018-09-20) and again later in April (2945.83 on Apr 30)."),
        C("DJI", "points_below_record", 250, "around 250 points short", "spread(rec_before('DJI','2019-04-23')[1], peak_in('DJI','2019-04-01','2019-04-30')[1])", cs="250", q="about", kind="pts", d="2019-04-23",
          det="Dow record close 26828.39 (2018-10-03); best April close 26656.39 (Apr 23); record intraday 26951.81 vs April intraday high 26695.96 = 255.85",
          n="Record-close convention: the Dow's best April close was 172.00 points under the record close, outside 'around 250' (contradicted). On the intraday reading (record high 26951.81 vs April high 26695.96) the gap is 255.85, which fits."),
        C("RUT", "pct_from_ath", 8, "almost 8 percent away", "below_peak('RUT','2019-04-29')", cs="8", q="nearly", d="2019-04-29",
          det="RUT record close 1740.75 (2018-08-31); best April close 1598.36 (Apr 29); Apr 30 close 1591.21 (8.59% below)",
          n="At the Russell's best April close it was 8.18% below the record close: within 'almost 8' (7 to 8.5). At the April 30 close it was 8.59% below, just outside."),
    ]))

# 3 ------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="bloomberg_20171003_small_caps_finally_rallying",
    source={"site": "bloomberg.com", "url": "https://www.bloomberg.com/opinion/articles/2017-10-03/why-small-cap-stocks-are-finally-rallying", "original_outlet": "Bloomberg Opinion (Ben Carlson)"},
    published="2017-10-03", published_confidence="exact",
    published_note="date in the URL; the year-to-date figures are read at the last close before publication (Mon 2017-10-02).",
    text=("Why Small-Cap Stocks Are Finally Rallying. Caution: these shares swing more than large caps because the "
          "businesses are riskier. Make room for the little guy. In the month after the U.S. presidential election, "
          "small-cap stocks rallied hard, gaining more than 16 percent from early November to early December. Then they "
          "went nowhere for the next nine months: the Russell 2000 Index was actually lower by the end of August than it "
          "was on Dec. 9, 2016. After that stretch of consolidation, while nearly every other equity market around the "
          "world posted big gains, small caps have at last decided to join the party, breaking out to a number of "
          "all-time highs in recent weeks. After a slow start to the year, the Russell 2000 is up more than 10 percent, "
          "compared with a gain of almost 14 percent gain for the S&P 500."),
    claims=[
        C("RUT", "period_return", 16, "more than 16 percent", "ret('RUT','2016-11-04','2016-12-09')", cs="16", q="more", d="2016-12-09", w="early Nov 2016..early Dec 2016",
          det="RUT close 2016-11-04 1163.44 (early-November low), 2016-11-08 1195.14, 2016-12-09 1388.07; 2016-11-01 1177.94, 2016-12-01 1313.80",
          n="From the early-November low (Nov 4) to Dec 9: +19.3%; from Election Day (Nov 8) to Dec 9: +16.1%. Fixed calendar points (Nov 1 to Dec 1) would give only 11.5%; the text's own reference to Dec. 9 suggests the peak reading."),
        C("RUT", "close_below_reference", "lower at end of August than on 2016-12-09", "lower by the end of August than it was on Dec. 9, 2016", "[c('RUT','2017-08-31'), c('RUT','2016-12-09')]",
          u="comparison", d="2017-08-31", verdict="contradicted", rule="compare",
          det="RUT 2017-08-31 close 1405.28 vs 2016-12-09 close 1388.07; Aug 30 1391.32, Aug 29 1383.68",
          n="The end-of-August close (Aug 31: 1405.28) was above the Dec 9, 2016 close (1388.07). The index was below that level on Aug 29 (1383.68) and through most of August, but not at the month's end."),
        C("RUT", "record_closes_recent_weeks", "a number of all-time highs", "a number of all-time highs in recent weeks", "count_records('RUT','2017-09-01','2017-10-02')", dec=0, u="count", d="2017-10-02", verdict="supported", rule="record",
          n="Seven record closes between Sep 1 and Oct 2, 2017."),
        C("RUT", "ytd_return", 10, "the Russell 2000 is up more than 10 percent", "ytd('RUT','2017-10-02')", cs="10", q="more", d="2017-10-02",
          n="Price YTD through Oct 2, 2017: +11.23%."),
        C("SPX", "ytd_return", 14, "almost 14 percent gain", "ytd('GSPC','2017-10-02')", cs="14", q="nearly", d="2017-10-02",
          n="Price YTD through Oct 2: +12.97%, just under the 'almost 14' floor of 13 (imprecise). A total-return figure (about 14.2%) would fit; the files hold only the price index for the S&P 500 (SPY adj_close gives about 14.2% as a proxy)."),
    ]))

# 4 ------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="ftserussell_202012_best_month_november",
    source={"site": "hub.ipe.com", "url": "https://hub.ipe.com/asset-manager/ftse-russell/russell-2000-makes-history-as-risk-rally-broadens/10049373.supplierarticle", "original_outlet": "FTSE Russell (supplier article on IPE Hub)"},
    published="2020-12", published_confidence="medium",
    published_note="inferred: a month-end note on November 2020 (the session it describes is the 2020-11-30 close); the page shows no day.",
    text=("Russell 2000 makes history as risk rally broadens. In a banner month for global stock markets, with the "
          "appetite for risk spreading well beyond the largest companies, the Russell "
          "2000 reached a historic milestone of its own: the US small-cap index climbed more than 18% in November, its "
          "best monthly gain since its inception in 1984. The advance beat the previous record, set in February 2000 "
          "as the dot-com bubble was collapsing and large-cap dominance was fading. The small-cap index also outran the "
          "Russell 1000's 11.8% increase in November, narrowing its performance gap with its large-cap counterpart for "
          "the year (up 10.4% versus 16.1%, respectively). FTSE Russell's full blog post has the chart and more detail "
          "on what drove the month's gains."),
    claims=[
        C("RUT", "monthly_return", 18, "climbed more than 18% in November", "month_ret('RUT','2020-11')", cs="18", q="more", d="2020-11-30", w="2020-11",
          n="Price return for November 2020: +18.29% (Oct 30 close 1538.48 to Nov 30 close 1819.82)."),
        C("RUT", "best_month_rank", 1, "best monthly gain since its inception in 1984", "best_month_rank('RUT','2020-11')", dec=0, u="rank", d="2020-11-30", verdict="supported", rule="record",
          n="Best month in the file, which starts in September 1987; 1984-1987 months are not in the file, but the next-best month in the file (Feb 2000, +16.42%) is the record the text itself names."),
        C("RUT", "previous_record_month", "2000-02", "previous record, set in February 2000", "month_ret('RUT','2000-02')", u="month", d="2000-02-29", verdict="supported", rule="record",
          n="February 2000 (+16.42%) is the largest monthly gain in the file before November 2020 (next: Apr 2009 15.33%, Oct 2011 15.04%)."),
        C("RUSSELL1000", "monthly_return", 11.8, "Russell 1000's 11.8% increase", None, d="2020-11-30", verdict="unverifiable", rule="unver",
          n="Russell 1000: not in the files."),
        C("RUT", "ytd_return", 10.4, "up 10.4% versus 16.1%", "ytd('RUT','2020-11-30')", d="2020-11-30", verdict="unverifiable", rule="tr",
          n="FTSE Russell reports total returns. The price index is up 9.07% through Nov 30; the total return (about 10.4%) is not in the files, so the figure cannot be decided (as a price figure it would be imprecise)."),
        C("RUSSELL1000", "ytd_return", 16.1, "versus 16.1%", None, d="2020-11-30", verdict="unverifiable", rule="unver",
          n="Russell 1000: not in the files."),
    ]))

# 5 ------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="baystreet_20231002_small_caps_negative_for_year",
    source={"site": "baystreet.ca", "url": "http://baystreet.ca/amp/articles/stockstowatch.aspx?articleid=91240", "original_outlet": "Baystreet.ca"},
    published="2023-10-02", published_confidence="medium",
    published_note="inferred: written just after the third quarter ended; the Russell 2000's year-to-date change was -0.25% at the Mon 2023-10-02 close (it was positive on Sep 29 and -1.94% on Oct 3). Figures read at the Oct 2 close; the piece may have been written during that session.",
    text=("U.S. Small-Cap Stocks Turn Negative For The Year. The Russell 2000, the benchmark for U.S. small-cap stocks, "
          "has slipped into negative territory for the year, a sign of broad weakness in equity markets. The small-cap "
          "index is now down 0.2% on the year and sits 12.5% below its 52-week high. By comparison, the large-cap S&P 500 "
          "is up 11% this year, and the technology heavy Nasdaq Composite has gained 26% since January. Analysts say the "
          "slide in small capitalization stocks reveals broad weakness that a handful of large-cap technology names, such "
          "as Nvidia (NVDA) and Meta Platforms (META), have been hiding. The Russell 2000 is often seen as a bellwether "
          "for the U.S. economy because its smaller companies depend on macroeconomic conditions, and small caps are more "
          "sensitive to higher interest rates and to decisions by the U.S. Federal Reserve. Analysts expect falling "
          "interest rates in the coming year to help the sector recover. While they remain up on the year, all three major "
          "U.S. indices, the S&P 500, Nasdaq, and Dow Jones Industrial Average, ended the recent third quarter in the red, "
          "as stocks have slumped across the board since the start of August."),
    claims=[
        C("RUT", "ytd_return", -0.2, "down 0.2% on the year", "ytd('RUT','2023-10-02')", d="2023-10-02",
          n="Close 1756.82 vs 2022 close 1761.25: -0.25%."),
        C("RUT", "pct_from_52w_high", 12.5, "12.5% below its 52-week high", "spread(100, c('RUT','2023-10-02')/peak_in('RUT','2022-10-03','2023-10-02','high')[1]*100)", d="2023-10-02",
          det="52-week intraday high 2007.31 (2023-02-02); 52-week closing high 2003.18 (2023-07-31)",
          n="Against the 52-week intraday high (2007.31, Feb 2) the Oct 2 close is 12.48% lower. Against the 52-week closing high (2003.18, Jul 31) it is 12.30% lower, which would be imprecise."),
        C("SPX", "ytd_return", 11, "S&P 500 is up 11% this year", "ytd('GSPC','2023-10-02')", cs="11", d="2023-10-02",
          n="Close basis +11.69%: rounds to 12, imprecise. If the piece was written during the session, an intraday value nearer 11% is possible (the S&P traded as low as 4260.21, +10.96%)."),
        C("IXIC", "ytd_return", 26, "gained 26% since January", "ytd('IXIC','2023-10-02')", cs="26", d="2023-10-02",
          n="Close basis +27.15%: imprecise. The Sep 29 close (+26.30%) or an intraday value on Oct 2 (low 13204.08 = +26.16%) would fit, if the piece was written earlier."),
        C("GENERIC", "rate_outlook", "falling rates in the coming year", "falling interest rates in the coming year", None, u="text", verdict="forecast", rule="forecast",
          n="Analysts' expectation."),
        C("SPX", "quarterly_return", "negative", "ended the recent third quarter in the red", "ret('GSPC','2023-06-30','2023-09-29')", d="2023-09-29", w="2023Q3", verdict="supported", rule="compare",
          n="S&P 500 Q3 2023: -3.65%."),
        C("IXIC", "quarterly_return", "negative", "all three major U.S. indices, the S&P 500, Nasdaq, and Dow", "ret('IXIC','2023-06-30','2023-09-29')", d="2023-09-29", w="2023Q3", verdict="supported", rule="compare",
          n="Nasdaq Q3 2023: -4.12%."),
        C("DJI", "quarterly_return", "negative", "Dow Jones Industrial Average, ended", "ret('DJI','2023-06-30','2023-09-29')", d="2023-09-29", w="2023Q3", verdict="supported", rule="compare",
          n="Dow Q3 2023: -2.62%."),
        C("DJI", "ytd_return_sign", "positive", "remain up on the year", "ytd('DJI','2023-10-02')", d="2023-10-02", verdict="supported", rule="compare",
          n="Dow YTD at the Oct 2 close: +0.86%; S&P +11.69%, Nasdaq +27.15%: all three up on the year."),
        C("SPX", "return_since", "negative", "since the start of August", "ret('GSPC','2023-07-31','2023-10-02')", d="2023-10-02", w="2023-07-31..2023-10-02", verdict="supported", rule="compare",
          n="From the July 31 close to Oct 2: S&P -6.55%, Nasdaq -7.24%, Dow -5.98% (RUT -12.30%)."),
    ]))

# 6 ------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="royce_20220701_worst_first_half",
    source={"site": "royceinvest.com", "url": "https://origin-prod-www.royceinvest.com/insights/small-cap-recap", "original_outlet": "Royce Investment Partners"},
    published="2022-07-01", published_confidence="exact",
    published_note="article date 07-01-2022 on the page; it reviews the half-year ended Thu 2022-06-30.",
    text=("2Q22 Small-Cap Recap: nowhere to run and nowhere to hide in a bearish second quarter. Small-cap's worst-ever "
          "first half: the small-cap Russell 2000 Index fell 23.4% for the year-to-date period ended 6/30/22, the worst "
          "first-half performance in its more than 40-year history by a wide margin. The depth of the decline was "
          "surprising; a negative result was not, given restrictive Fed policy, rising recession fears and persistent "
          "inflation. The roll of negative first halves since the index's inception includes 2020 at -13%, 1982 at "
          "-10.6% and 2008 at -9.4%. With the same forces joined by higher energy prices, the second quarter offered no "
          "safe havens. The Russell 2000 lost 17.2% for 2Q22, slightly lagging the large-cap Russell 1000 Index, which "
          "fell 16.7%. For historical context, 2Q22 ranked eleventh worst out of the 59 down quarters for the Russell "
          "2000 since its inception (12/31/78)."),
    claims=[
        C("RUT", "ytd_return", -23.4, "fell 23.4% for the year-to-date period", "ytd('RUT','2022-06-30')", d="2022-06-30", verdict="unverifiable", rule="tr",
          det="price: RUT 2021-12-31 2245.31, 2022-06-30 1707.99; IWM adj_close (total-return proxy, after fees) -23.52%",
          n="Royce quotes total returns. The price index fell 23.93%; the total-return index (about -23.4%) is not in the files. As a price figure it would be imprecise."),
        C("RUT", "first_half_rank_worst", 1, "worst first-half performance", "first_half_rank('RUT',2022,1988)", dec=0, u="rank", d="2022-06-30", verdict="supported", rule="record",
          n="Worst first half among 1988-2022 in the file on a price basis (-23.93%; next worst 2020 -13.61%, 2008 -9.97%). 1979-1987 are not in the file, but those first halves (1982 -10.6%, 1984 -9.5% per the text) are far smaller."),
        C("RUT", "first_half_return", -13, "2020 at -13%", "ret('RUT','2019-12-31','2020-06-30')", cs="-13", d="2020-06-30", w="2020H1", verdict="unverifiable", rule="tr",
          n="Total return (Royce's basis, about -13.0%) is not in the files; the price index fell 13.61% (as a price figure: imprecise)."),
        C("RUT", "first_half_return", -10.6, "1982 at -10.6%", None, d="1982-06-30", w="1982H1", verdict="unverifiable", rule="unver",
          n="RUT.csv starts 1987-09-10."),
        C("RUT", "first_half_return", -9.4, "2008 at -9.4%", "ret('RUT','2007-12-31','2008-06-30')", d="2008-06-30", w="2008H1", verdict="unverifiable", rule="tr",
          n="Total-return figure; the price index fell 9.97% in the first half of 2008."),
        C("RUT", "quarterly_return", -17.2, "lost 17.2% for 2Q22", "ret('RUT','2022-03-31','2022-06-30')", d="2022-06-30", w="2022Q2", verdict="unverifiable", rule="tr",
          n="Total-return figure; the price index fell 17.49% in Q2 2022."),
        C("RUSSELL1000", "quarterly_return", -16.7, "fell 16.7%", None, d="2022-06-30", w="2022Q2", verdict="unverifiable", rule="unver",
          n="Russell 1000: not in the files."),
        C("RUT", "down_quarter_rank", 11, "eleventh worst out of the 59 down quarters", None, dec=0, u="rank", d="2022-06-30", verdict="unverifiable", rule="unver",
          n="Needs quarters from 1979; the file starts in late 1987 (on price closes from 1988 it holds 48 down quarters up to 2Q22, and 2Q22 ranks 10th worst among them)."),
    ]))

# 7 ------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="forexclub_20251002_russell_record_shutdown",
    source={"site": "en.forexclub.pl", "url": "https://en.forexclub.pl/powrot-russell-2000-rywalizacja-mniejszych-firm-z-gigantami-sp-500-i-nasdaq/", "original_outlet": "Forex Club"},
    published="2025-10-02", published_confidence="high",
    published_note="inferred: 'yesterday' is the first day of the US government shutdown (Wed 2025-10-01); the piece also recalls Thu 2025-09-18.",
    text=("The Return of the Russell 2000: smaller companies take on the giants of the S&P 500 and Nasdaq. The Russell "
          "2000, seen as a barometer of the real US economy, set its first record high in four years in September, a "
          "contrast with the S&P 500 and Nasdaq, where a few tech giants decide the fate of the whole market. US stock "
          "indexes climbed to new records yesterday even as the US government entered its first shutdown in seven "
          "years. The S&P 500 topped 6,700 points for the first time in history, and the Nasdaq 100 also finished the "
          "day at a high. The Russell 2000 set its record of 2,467.70 points on September 18 and has stayed below that "
          "level since. Yesterday it gained 0.24%, ending the session at 2,442.35. The September peak, the first since "
          "November 2021, matters psychologically. On the same day, all five major Wall Street indexes (the S&P 500, "
          "Nasdaq 100, Nasdaq Composite, Dow Jones and Russell 2000) set records together, something last seen in 2021. "
          "Recent years were hard for small caps: in 2022 the Russell 2000 fell 21%, then it rebounded 15.1% in 2023 and "
          "10% in 2024, still far behind the S&P 500 and Nasdaq 100. This year it has gained 9.5% year-to-date."),
    claims=[
        C("GENERIC", "government_shutdown_gap", 7, "first shutdown in seven years", None, u="years", verdict="unverifiable", rule="unver", d="2025-10-01",
          n="Not a market series."),
        C("SPX", "first_close_above", 6700, "topped 6,700 points for the first time", "[c('GSPC','2025-10-01'), rec_before('GSPC','2025-10-01')[1]]", u="index_points", d="2025-10-01", verdict="supported", rule="record",
          n="Oct 1 close 6711.20; no earlier close (max 6693.75) or intraday high (max 6699.52) reached 6,700."),
        C("NDX", "record_close", True, "Nasdaq 100 also finished the day at a high", "is_record('NDX','2025-10-01')", u="flag", d="2025-10-01", verdict="supported", rule="record",
          n="Record close 24800.86 on Oct 1."),
        C("RUT", "record_close_level", 2467.70, "record of 2,467.70 points on September 18", "c('RUT','2025-09-18')", cs="2467.70", kind="lvl", u="index_points", d="2025-09-18",
          n="Record close 2467.70 on Thu 2025-09-18 (above every earlier close)."),
        C("RUT", "stayed_below_record_since", True, "stayed below that level since", "peak_in('RUT','2025-09-19','2025-10-01')", u="flag", d="2025-10-01", verdict="supported", rule="record",
          n="Highest close Sep 19-Oct 1: 2463.34 (Sep 22), below 2467.70."),
        C("RUT", "daily_pct_change", 0.24, "gained 0.24%", "pct('RUT','2025-10-01')", d="2025-10-01"),
        C("RUT", "close_level", 2442.35, "2,442.35", "c('RUT','2025-10-01')", kind="lvl", u="index_points", d="2025-10-01"),
        C("RUT", "first_record_since", "2021-11", "the first since November 2021", "rec_before('RUT','2025-09-18')", u="month", d="2025-09-18", verdict="supported", rule="since",
          n="Previous record close 2442.74 on 2021-11-08; no close in between exceeded it."),
        C("GENERIC", "all_five_records_same_day", True, "set records together", "[is_record('GSPC','2025-09-18'), is_record('NDX','2025-09-18'), is_record('IXIC','2025-09-18'), is_record('DJI','2025-09-18'), is_record('RUT','2025-09-18')]",
          u="flag", d="2025-09-18", verdict="supported", rule="record", n="All five closed at records on 2025-09-18."),
        C("GENERIC", "all_five_records_last_seen", "2021", "last seen in 2021", "last_all_records('2025-09-18')", u="year", d="2025-09-18", verdict="supported", rule="since",
          det="last earlier session with record closes in all five (GSPC, NDX, IXIC, DJI, RUT): 2021-11-05",
          n="Before 2025-09-18 the last day with record closes in all five indexes was 2021-11-05."),
        C("RUT", "annual_return", -21, "in 2022 the Russell 2000 fell 21%", "year_ret('RUT',2022)", cs="-21", d="2022-12-30", w="2022",
          n="Price return 2022: -21.56% (rounds to 22): imprecise."),
        C("RUT", "annual_return", 15.1, "rebounded 15.1% in 2023", "year_ret('RUT',2023)", d="2023-12-29", w="2023"),
        C("RUT", "annual_return", 10, "10% in 2024", "year_ret('RUT',2024)", cs="10", d="2024-12-31", w="2024"),
        C("RUT", "ytd_return", 9.5, "gained 9.5% year-to-date", "ytd('RUT','2025-10-01')", d="2025-10-01"),
    ]))

# 8 ------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="marketdash_20251209_small_cap_record_pre_fed",
    source={"site": "marketdash.io", "url": "https://www.marketdash.io/news/56178/small-caps-hit-record-highs-as-silver-surges-to-60-on-rate-cut-bets", "original_outlet": "MarketDash"},
    published="2025-12-09", published_confidence="high",
    published_note="inferred: a midday Tuesday report before 'Wednesday's policy meeting'; FOMC_meetings.csv has a decision on Wed 2025-12-10, so the session is Tue 2025-12-09. All index figures are midday.",
    text=("Small caps hit record highs as silver surges to $60 on rate-cut bets. Small-cap stocks are having a moment. "
          "The Russell 2000 climbed 0.6% to 2,540 by midday Tuesday, notching fresh record highs as investors piled into "
          "bets on what looks like an inevitable Federal Reserve rate cut at Wednesday's policy meeting. The CME FedWatch "
          "tool showed a 90% probability of a 25-basis-point cut, and Polymarket odds climbed even higher to 95%. Small "
          "caps, which tend to gain more from lower borrowing costs than their large-cap cousins, led the charge. The real "
          "star, though, was silver, which jumped nearly 4% to $60.39 per ounce, an all-time high, extending a run of "
          "gains approaching 110% year-to-date that makes it the world's best-performing major asset in 2024. Gold "
          "climbed 0.4% to around $4,210 per ounce. The broader market joined in with less enthusiasm: the S&P 500 added "
          "0.3% to 6,865, less than a percentage point from its own record highs, the Dow Jones Industrial Average gained "
          "0.3%, and the Nasdaq 100 inched 0.2% higher to 25,700. Job openings jumped to 7.67 million in October, above "
          "expectations."),
    claims=[
        C("RUT", "midday_pct_change", 0.6, "climbed 0.6% to 2,540", "pct('RUT','2025-12-09')", d="2025-12-09", b="midday", verdict="unverifiable", rule="mid",
          det="RUT prev close 2520.98; 2025-12-09 low 2514.09 (-0.27%), high 2541.77 (+0.82%), close 2526.24 (+0.21%)",
          n="Midday figure inside the session's range (-0.27% to +0.82%)."),
        C("RUT", "midday_level", 2540, "to 2,540 by midday", "c('RUT','2025-12-09')", kind="lvl", u="index_points", d="2025-12-09", b="midday", verdict="unverifiable", rule="mid",
          n="2,540 lies inside the session's range 2514.09-2541.77."),
        C("RUT", "intraday_record", True, "notching fresh record highs", "[c('RUT','2025-12-09','high'), rec_before('RUT','2025-12-09','high')[1]]", u="flag", d="2025-12-09", b="intraday high", verdict="supported", rule="record",
          n="Intraday high 2541.77 tops the previous intraday record 2541.67 (2025-10-15) by 0.10 point; the close (2526.24) was not a record (record close 2531.16 on 2025-12-04)."),
        C("FEDFUNDS", "fomc_meeting_day", "2025-12-10", "Wednesday's policy meeting", "fomc_day('2025-12-10')", u="date", d="2025-12-10", verdict="supported", rule="date",
          n="FOMC_meetings.csv lists a decision on Wed 2025-12-10."),
        C("FEDFUNDS", "futures_implied_odds", 90, "90% probability of a 25-basis-point cut", None, d="2025-12-09", verdict="unverifiable", rule="unver",
          n="Futures-implied odds: ZQ_futures.csv has contracts only from July 2026."),
        C("FEDFUNDS", "prediction_market_odds", 95, "Polymarket odds climbed even higher to 95%", None, d="2025-12-09", verdict="unverifiable", rule="unver",
          n="Prediction-market odds: not in the files."),
        C("SILVER", "price_level", 60.39, "$60.39 per ounce", None, u="usd", d="2025-12-09", verdict="unverifiable", rule="unver", n="Silver: not in the files."),
        C("SILVER", "ytd_return", 110, "approaching 110% year-to-date", None, d="2025-12-09", verdict="unverifiable", rule="unver",
          n="Silver: not in the files. The 'best-performing major asset in 2024' clause names the wrong year for a 2025 run; the files cannot judge it."),
        C("GOLD", "price_level", 4210, "around $4,210 per ounce", None, u="usd", d="2025-12-09", verdict="unverifiable", rule="unver", n="Gold: not in the files."),
        C("SPX", "midday_pct_change", 0.3, "S&P 500 added 0.3% to 6,865", "pct('GSPC','2025-12-09')", d="2025-12-09", b="midday", verdict="unverifiable", rule="mid",
          det="SPX prev close 6846.51; 2025-12-09 low 6837.43 (-0.13%), high 6864.92 (+0.27%), close 6840.51",
          n="+0.3% is within rounding of the session high (+0.27%)."),
        C("SPX", "midday_level", 6865, "to 6,865, less", "c('GSPC','2025-12-09')", kind="lvl", u="index_points", d="2025-12-09", b="midday", verdict="unverifiable", rule="mid",
          n="6,865 is the session high (6864.92) to the nearest point."),
        C("SPX", "pct_from_record", 1, "less than a percentage point from its own record highs", "below_peak('GSPC','2025-12-09')", cs="1", q="less", d="2025-12-09", b="midday",
          det="record close 6890.89 (2025-10-28); record intraday 6920.34 (2025-10-29)",
          n="At 6,865 the index was 0.38% under the record close (0.80% under the intraday record); at the close, 0.73% under. Supported on every reading."),
        C("DJI", "midday_pct_change", 0.3, "the Dow Jones Industrial Average gained 0.3%", "pct('DJI','2025-12-09')", d="2025-12-09", b="midday", verdict="unverifiable", rule="mid",
          n="Session range -0.43% to +0.46%; the close was -0.38%."),
        C("NDX", "midday_pct_change", 0.2, "inched 0.2% higher", "pct('NDX','2025-12-09')", d="2025-12-09", b="midday", verdict="unverifiable", rule="mid",
          n="Session range -0.37% to +0.27%."),
        C("NDX", "midday_level", 25700, "higher to 25,700", "c('NDX','2025-12-09')", kind="lvl", u="index_points", d="2025-12-09", b="midday", verdict="unverifiable", rule="mid",
          n="Rounded to the hundred; the session high was 25698.26."),
        C("US_JOLTS", "job_openings", 7.67, "7.67 million", None, u="million", d="2025-12-09", verdict="unverifiable", rule="unver", n="JOLTS: not in the files."),
    ]))

# 9 ------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="sknfinance_20250920_russell_week_record",
    source={"site": "skn-finance.com", "url": "https://skn-finance.com/russell-2000-new-high-investor-hesitation", "original_outlet": "SKN Finance"},
    published="2025-09-20", published_confidence="medium",
    published_note="inferred: a weekly wrap of the week ended Fri 2025-09-19 (Wednesday close 2407.34, Thursday 2467.70, Friday 2448.77 match Sep 17-19); no date on the page.",
    text=("Russell 2000 Hits a New High, So Why Are Investors Suddenly Hesitant? The Russell 2000 finished a volatile "
          "week with a solid gain of approximately 1.81%, reaching a new 52-week high. Yet a sharp Friday sell-off, at odds "
          "with the cheer in large-cap indices, has raised questions about the conviction behind the small-cap rally. The "
          "week started quietly, with the index roughly flat through the first three sessions and hovering just above the "
          "2400 level. An explosive Thursday rally then defined the week: the index surged by over 2.5%, jumping from a "
          "close of 2407.34 on Wednesday to 2467.70 and pushing into record territory. The momentum carried into Friday "
          "morning, when the Russell 2000 touched its new 52-week high of 2472.27. Then the mood turned. Despite the fresh "
          "peak, the index sold off through Friday and closed down -0.77% at 2448.77, a drop that stood out because it came "
          "while the rest of the market rose."),
    claims=[
        C("RUT", "weekly_return", 1.81, "approximately 1.81%", "wtd('RUT','2025-09-19')", q="about", d="2025-09-19", w="2025-09-15..2025-09-19",
          det="RUT closes: Fri 2025-09-12 2397.06, Mon 09-15 2405.13, Fri 09-19 2448.77",
          n="Week = previous Friday close to Friday close: +2.16%, outside 'approximately 1.81%' (imprecise). The 1.81% matches a week measured from Monday's close (2405.13 -> 2448.77)."),
        C("RUT", "first_three_sessions_level", 2400, "hovering just above the 2400 level", "[c('RUT','2025-09-15'), c('RUT','2025-09-16'), c('RUT','2025-09-17')]", u="index_points", d="2025-09-17", verdict="supported", rule="compare",
          n="Mon-Wed closes all just above 2400."),
        C("RUT", "daily_pct_change", 2.5, "surged by over 2.5%", "pct('RUT','2025-09-18')", cs="2.5", q="more", d="2025-09-18"),
        C("RUT", "close_level", 2407.34, "close of 2407.34 on Wednesday", "c('RUT','2025-09-17')", kind="lvl", u="index_points", d="2025-09-17"),
        C("RUT", "close_level", 2467.70, "to 2467.70", "c('RUT','2025-09-18')", cs="2467.70", kind="lvl", u="index_points", d="2025-09-18"),
        C("RUT", "record_close", True, "pushing into record territory", "is_record('RUT','2025-09-18')", u="flag", d="2025-09-18", verdict="supported", rule="record",
          n="First record close since 2021-11-08 (2442.74)."),
        C("RUT", "intraday_high_52w", 2472.27, "new 52-week high of 2472.27", "c('RUT','2025-09-19','high')", kind="lvl", u="index_points", d="2025-09-19", b="intraday high",
          n="Friday's intraday high; above every earlier high in the file (also an intraday record)."),
        C("RUT", "daily_pct_change", -0.77, "closed down -0.77%", "pct('RUT','2025-09-19')", d="2025-09-19"),
        C("RUT", "close_level", 2448.77, "at 2448.77", "c('RUT','2025-09-19')", kind="lvl", u="index_points", d="2025-09-19"),
        C("SPX", "daily_direction", "up", "while the rest of the market rose", "[round(pct('GSPC','2025-09-19'),2), round(pct('DJI','2025-09-19'),2), round(pct('IXIC','2025-09-19'),2)]", u="direction", d="2025-09-19", verdict="supported", rule="compare",
          n="S&P 500, Dow and Nasdaq all closed higher on Friday."),
    ]))

# 10 -----------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="ap_20220922_central_banks_hike",
    source={"site": "dtnpf.com", "url": "https://www.dtnpf.com/agriculture/web/ag/news/world-policy/article/2022/09/22/wall-street-closes-lower-thursday", "original_outlet": "Associated Press"},
    published="2022-09-22", published_confidence="exact",
    published_note="date in the URL; Thursday session 2022-09-22; the Fed decision it mentions was Wed 2022-09-21.",
    text=("Wall Street Closes Lower Thursday. (AP) -- Stocks slid again Thursday, deepening Wall Street's losses for the "
          "week, as central banks around the world raised interest rates to fight inflation. The S&P 500 fell 0.8%, its "
          "third straight drop, and the benchmark is down about 3% so far this week. The Dow Jones Industrial Average fell "
          "0.4% and the Nasdaq composite lost 1.4%. The Russell 2000 index of smaller company stocks fell 2.3%, a sign "
          "investors are worried about the economy. The major indexes are on pace for their fifth weekly loss in six weeks. "
          "Bond yields mostly rose. The yield on the 2-year Treasury, which tends to follow expectations for Federal "
          "Reserve action, rose to 4.11% from 4.02% late Wednesday and is at its highest level since 2007. The 10-year "
          "yield, which influences mortgage rates, jumped to 3.70% from 3.51% late Wednesday. Investors fear the Fed may "
          "have to get more aggressive than it has signaled, said Stifel strategist Barry Bannister, and prices could take "
          "more than a year to stabilize. Central banks in Europe and Asia moved a day after the Federal Reserve made "
          "another big rate hike: Britain's central bank raised its key rate by another half-percentage point, and "
          "Switzerland's raised its benchmark by its biggest margin to date, 0.75 percentage points."),
    claims=[
        C("SPX", "daily_pct_change", -0.8, "The S&P 500 fell 0.8%", "pct('GSPC','2022-09-22')", d="2022-09-22"),
        C("SPX", "losing_streak", 3, "third straight drop", "down_streak('GSPC','2022-09-22')", dec=0, u="sessions", d="2022-09-22", verdict="supported", rule="streak"),
        C("SPX", "wtd_return", -3, "down about 3% so far this week", "wtd('GSPC','2022-09-22')", cs="-3", q="about", d="2022-09-22"),
        C("DJI", "daily_pct_change", -0.4, "Dow Jones Industrial Average fell 0.4%", "pct('DJI','2022-09-22')", d="2022-09-22"),
        C("IXIC", "daily_pct_change", -1.4, "Nasdaq composite lost 1.4%", "pct('IXIC','2022-09-22')", d="2022-09-22"),
        C("RUT", "daily_pct_change", -2.3, "fell 2.3%", "pct('RUT','2022-09-22')", d="2022-09-22"),
        C("SPX", "weekly_losses_count", 5, "fifth weekly loss in six weeks", "[round(wtd('GSPC',d),2) for d in ['2022-08-19','2022-08-26','2022-09-02','2022-09-09','2022-09-16']]", u="count", d="2022-09-22", verdict="not_checkable", rule="nc",
          n="'On pace': depends on Friday's close. The four prior weeks' figures make it possible: S&P weeks ending Aug 19 -1.21%, Aug 26 -4.04%, Sep 2 -3.29%, Sep 9 +3.65%, Sep 16 -4.77% (four losses in five)."),
        C("US2Y", "yield_level", 4.11, "rose to 4.11%", "yval('DGS2','2022-09-22')", d="2022-09-22", b="end of day"),
        C("US2Y", "yield_prev_level", 4.02, "from 4.02% late Wednesday", "yval('DGS2','2022-09-21')", d="2022-09-21", b="end of day"),
        C("US2Y", "highest_since", "2007", "highest level since 2007", "y_highest_since('DGS2','2022-09-22')", u="year", d="2022-09-22", verdict="supported", rule="since",
          n="Last DGS2 value at or above 4.11 was on 2007-10-16."),
        C("US10Y", "yield_level", 3.70, "jumped to 3.70%", "yval('DGS10','2022-09-22')", cs="3.70", d="2022-09-22", b="end of day"),
        C("US10Y", "yield_prev_level", 3.51, "from 3.51% late Wednesday", "yval('DGS10','2022-09-21')", d="2022-09-21", b="end of day"),
        C("QUOTE", "stabilization_horizon", "more than a year", "more than a year to stabilize", None, u="text", verdict="not_checkable", rule="nc", n="Quoted opinion."),
        C("FEDFUNDS", "fomc_decision_day", "2022-09-21", "a day after the Federal Reserve made another big rate hike", "[fomc_day('2022-09-21'), fed_range('2022-09-21'), fed_range('2022-09-22')]", u="date", d="2022-09-21", verdict="supported", rule="date",
          n="FOMC decision Wed 2022-09-21; the target range went from 2.25-2.50% to 3.00-3.25% (effective Sep 22): a 0.75-point hike."),
        C("BOE", "rate_hike", 0.5, "another half-percentage point", None, u="pp", d="2022-09-22", verdict="unverifiable", rule="unver", n="Bank of England rate: not in the files."),
        C("SNB", "rate_hike", 0.75, "0.75 percentage points", None, u="pp", d="2022-09-22", verdict="unverifiable", rule="unver", n="Swiss National Bank rate: not in the files."),
    ]))

# 11 -----------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="benzinga_20221214_fed_half_point_vix",
    source={"site": "alternativestockinvesting.com", "url": "https://alternativestockinvesting.com/volatility-in-markets-drops-further-after-fed-raises-interest-rate-by-0-5-tesla-nasdaqtsla-charter-communications-nasdaqchtr/", "original_outlet": "Benzinga"},
    published="2022-12-14", published_confidence="high",
    published_note="inferred: the Fed's move to 4.25%-4.5% was decided Wed 2022-12-14 (FOMC_meetings.csv; DFEDTARU/L change on Dec 15); the index figures match that session.",
    text=("Volatility in markets drops further after Fed raises interest rate by 0.5%. US stocks closed lower on Wednesday "
          "after the Federal Reserve announced its rate decision. The Fed raised its target fed funds rate by 0.5% to a new "
          "range of between 4.25% and 4.5%, in line with Wall Street's expectations, but the central bank also expected "
          "rate increases through next year with no cuts until 2024. Charter Communications shares dropped more than 16% "
          "after the company outlined, at its Tuesday investor event, a plan to spend $5.5 billion on its network. Most "
          "S&P 500 sectors ended lower, with financials and materials falling the most, while health care edged up. The "
          "Nasdaq 100 dropped 0.79% to close at 11,740.92 on Wednesday, despite gains in Apple and Tesla. The S&P 500 fell "
          "0.61%, while the Dow Jones lost 0.42% to 33,966.35 in the previous session. The Chicago Board Options "
          "Exchange's CBOE Volatility Index (VIX) dipped 6.3% to 21.14 points on Wednesday."),
    claims=[
        C("FEDFUNDS", "rate_change", 0.5, "raised its target fed funds rate by 0.5%", "spread(fed_range('2022-12-15')[1], fed_range('2022-12-14')[1])", d="2022-12-14", u="pp",
          n="Upper bound 4.00 -> 4.50 (effective Dec 15, the day after the decision)."),
        C("FEDFUNDS", "target_range", [4.25, 4.5], "between 4.25% and 4.5%", "fed_range('2022-12-15')", d="2022-12-15", verdict="supported", rule="date",
          n="DFEDTARL/DFEDTARU 4.25/4.50 from 2022-12-15; decision on 2022-12-14 (FOMC_meetings.csv)."),
        C("FEDFUNDS", "projection_no_cuts", 2024, "no cuts until 2024", None, u="year", verdict="forecast", rule="forecast", n="Fed projection."),
        C("CHTR", "daily_pct_change", -16, "dropped more than 16%", None, q="more", d="2022-12-14", verdict="unverifiable", rule="unver", n="Single stock: not in the files."),
        C("CHTR", "capex_plan", 5.5, "$5.5 billion", None, u="usd_bn", verdict="unverifiable", rule="unver", n="Company plan: not in the files."),
        C("NDX", "daily_pct_change", -0.79, "dropped 0.79%", "pct('NDX','2022-12-14')", d="2022-12-14"),
        C("NDX", "close_level", 11740.92, "11,740.92", "c('NDX','2022-12-14')", kind="lvl", u="index_points", d="2022-12-14"),
        C("SPX", "daily_pct_change", -0.61, "S&P 500 fell 0.61%", "pct('GSPC','2022-12-14')", d="2022-12-14"),
        C("DJI", "daily_pct_change", -0.42, "lost 0.42%", "pct('DJI','2022-12-14')", d="2022-12-14",
          n="The text says 'in the previous session', but -0.42% and 33,966.35 are Wednesday's (Dec 14) figures; Tuesday Dec 13 was +0.30% to 34,108.64."),
        C("DJI", "close_level", 33966.35, "33,966.35", "c('DJI','2022-12-14')", kind="lvl", u="index_points", d="2022-12-14"),
        C("VIX", "daily_pct_change", -6.3, "dipped 6.3%", "pct('VIX','2022-12-14')", d="2022-12-14"),
        C("VIX", "close_level", 21.14, "to 21.14 points", "c('VIX','2022-12-14')", kind="lvl", u="index_points", d="2022-12-14"),
    ]))

# 12 -----------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="briefing_20240102_nine_week_streak",
    source={"site": "notebook-butter.squarespace.com", "url": "https://notebook-butter.squarespace.com/news/2024/1/2/market-recap-market-closes-2023-with-nine-week-win-streak", "original_outlet": "Briefing.com-style weekly market recap (republished by an adviser's blog)"},
    published="2024-01-02", published_confidence="exact",
    published_note="date in the URL (Tue 2024-01-02); the recap covers the week and year ended Fri 2023-12-29 (Thursday = 2023-12-28).",
    text=("Market Recap: market closes 2023 with nine-week win streak. The three major indices finished 2023 with a "
          "nine-week winning streak. Trading was light for most of the holiday week as investors looked ahead to another "
          "long weekend, with markets closed on Monday for New Year's Day. Stocks had also made big moves higher since "
          "October, which left the S&P 500 near its all-time high close (4,796.56) this week. The S&P 500 reached 4,793.30 "
          "at its high on Thursday, but backed off by the close and logged a slim decline on Friday. Small cap stocks "
          "lagged this week, leaving the Russell 2000 down 0.3%. That loss leaves the index up 12.1% in December and "
          "15.1% this year. The S&P 500 and Nasdaq Composite posted December gains of 4.4% and 5.5%, respectively, which "
          "leaves them up 24.2% and 43.4%, respectively, for the year. Among sectors, energy (-1.4%) was the week's "
          "worst performer. Notably, the 10-yr note yield closed the year unchanged at 3.88% after reaching an intraday "
          "high of 5.02% in mid-October. The 2-yr note yield fell 17 basis points this year to 4.25%. Scorecard: Nasdaq "
          "Composite +0.1% for the week / +43.4% YTD; S&P 500 +0.3% for the week / +24.2% YTD; Russell 2000 -0.3% for "
          "the week / +15.1% YTD; S&P Midcap 400 -0.2% for the week / +14.5% YTD."),
    claims=[
        C("DJI", "weekly_win_streak", 9, "nine-week winning streak", "win_weeks('DJI','2023-12-29')", dec=0, u="weeks", d="2023-12-29", kind="cnt",
          n="Friday-to-Friday closes; nine straight weekly gains for the Dow."),
        C("SPX", "weekly_win_streak", 9, "nine-week winning streak", "win_weeks('GSPC','2023-12-29')", dec=0, u="weeks", d="2023-12-29", kind="cnt"),
        C("IXIC", "weekly_win_streak", 9, "nine-week winning streak", "win_weeks('IXIC','2023-12-29')", dec=0, u="weeks", d="2023-12-29", kind="cnt"),
        C("SPX", "record_close_level", 4796.56, "(4,796.56)", "rec_before('GSPC','2023-12-29')[1]", kind="lvl", u="index_points", d="2022-01-03",
          n="Record close 4796.56 on 2022-01-03, still the record at the end of 2023."),
        C("SPX", "intraday_high", 4793.30, "reached 4,793.30 at its high on Thursday", "c('GSPC','2023-12-28','high')", cs="4793.30", kind="lvl", u="index_points", d="2023-12-28", b="intraday high"),
        C("SPX", "daily_pct_change_sign", "slim decline", "slim decline on Friday", "pct('GSPC','2023-12-29')", u="direction", d="2023-12-29", verdict="supported", rule="compare",
          n="Friday Dec 29: -0.28%."),
        C("RUT", "weekly_return", -0.3, "leaving the Russell 2000 down 0.3%", "wtd('RUT','2023-12-29')", d="2023-12-29", w="2023-12-26..2023-12-29"),
        C("RUT", "monthly_return", 12.1, "up 12.1% in December", "mtd('RUT','2023-12-29')", d="2023-12-29", w="2023-12"),
        C("RUT", "annual_return", 15.1, "15.1% this year", "ytd('RUT','2023-12-29')", d="2023-12-29", w="2023"),
        C("SPX", "monthly_return", 4.4, "December gains of 4.4%", "mtd('GSPC','2023-12-29')", d="2023-12-29", w="2023-12"),
        C("IXIC", "monthly_return", 5.5, "and 5.5%, respectively", "mtd('IXIC','2023-12-29')", d="2023-12-29", w="2023-12"),
        C("SPX", "annual_return", 24.2, "up 24.2% and 43.4%", "ytd('GSPC','2023-12-29')", d="2023-12-29", w="2023"),
        C("IXIC", "annual_return", 43.4, "and 43.4%, respectively, for the year", "ytd('IXIC','2023-12-29')", d="2023-12-29", w="2023"),
        C("SPX_ENERGY", "weekly_return", -1.4, "energy (-1.4%)", None, d="2023-12-29", verdict="unverifiable", rule="unver",
          n="S&P 500 energy sector index: not in the files (XLE is only a proxy and never decides a verdict)."),
        C("US10Y", "yield_level", 3.88, "unchanged at 3.88%", "yval('DGS10','2023-12-29')", d="2023-12-29", b="end of day"),
        C("US10Y", "annual_change", 0, "closed the year unchanged", "spread(yval('DGS10','2023-12-29'), yval('DGS10','2022-12-30'))", cs="0.00", u="pp", d="2023-12-29", b="end of day",
          n="DGS10 3.88 on 2022-12-30 and on 2023-12-29."),
        C("US10Y", "intraday_high", 5.02, "intraday high of 5.02%", "fred('DGS10')['2023-10-01':'2023-10-31'].max()", d="2023-10", b="intraday", verdict="unverifiable", rule="unver",
          n="Intraday yields are not in the files; the highest end-of-day DGS10 in October 2023 was 4.98 (Oct 19)."),
        C("US2Y", "annual_change_bp", -17, "fell 17 basis points this year", "spread(yval('DGS2','2023-12-29'), yval('DGS2','2022-12-30'))*100", cs="-17", u="bp", d="2023-12-29", b="end of day", kind="pts",
          n="DGS2 4.41 (2022-12-30) -> 4.23 (2023-12-29) = -18 bp on FRED end-of-day values."),
        C("US2Y", "yield_level", 4.25, "to 4.25%", "yval('DGS2','2023-12-29')", d="2023-12-29", b="end of day"),
        C("IXIC", "weekly_return", 0.1, "+0.1% for the week", "wtd('IXIC','2023-12-29')", d="2023-12-29"),
        C("IXIC", "annual_return", 43.4, "+43.4% YTD", "ytd('IXIC','2023-12-29')", d="2023-12-29", w="2023"),
        C("SPX", "weekly_return", 0.3, "+0.3% for the week", "wtd('GSPC','2023-12-29')", d="2023-12-29"),
        C("SPX", "annual_return", 24.2, "+24.2% YTD", "ytd('GSPC','2023-12-29')", d="2023-12-29", w="2023"),
        C("RUT", "weekly_return", -0.3, "Russell 2000 -0.3% for", "wtd('RUT','2023-12-29')", d="2023-12-29"),
        C("RUT", "annual_return", 15.1, "+15.1% YTD", "ytd('RUT','2023-12-29')", d="2023-12-29", w="2023"),
        C("SP400", "annual_return", 14.5, "+14.5% YTD", None, d="2023-12-29", verdict="unverifiable", rule="unver", n="S&P MidCap 400: not in the files."),
    ]))

# 13 -----------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="ap_20201230_dow_record_modest_gains",
    source={"site": "latimes.com", "url": "https://www.latimes.com/business/story/2020-12-30/stocks-hold-on-to-modest-gains-marking-another-dow-record", "original_outlet": "Associated Press (Los Angeles Times)"},
    published="2020-12-30", published_confidence="exact",
    published_note="date in the URL; Wednesday session 2020-12-30; 'Monday' is 2020-12-28.",
    text=("Stocks hold on to modest gains, marking another Dow record. Stocks eked out modest gains Wednesday, keeping "
          "Wall Street's major indexes at or near record highs. The Standard & Poor's 500 index inched up 0.1%, recovering "
          "some of a day-earlier loss, and is hovering within 0.1% of the record high it set on Monday. The Dow Jones "
          "industrial average closed just above its own all-time high from Monday. Energy and materials companies led, "
          "industrial and financial stocks were also strong, and communication services stocks fell the most. Roughly 73% "
          "of stocks in the S&P 500 rose, and Treasury yields mostly fell. Small-company stocks again outpaced their "
          "larger rivals, a sign investors feel more upbeat about the economy. The S&P 500 rose 5 points to 3,732.04. The "
          "Dow gained 73.89 points, or 0.2%, to 30,409.56. The Nasdaq composite picked up 19.78 points, or 0.2%, to "
          "12,870. The Russell 2000 index of smaller companies climbed 20.63 points, or 1.1%, to 1,979.99. Ahead of the "
          "final day of trading in 2020, the S&P 500 is up 15.5% this year, while the Nasdaq is up 43.4%."),
    claims=[
        C("SPX", "daily_pct_change", 0.1, "inched up 0.1%", "pct('GSPC','2020-12-30')", d="2020-12-30"),
        C("SPX", "prev_day_direction", "down", "a day-earlier loss", "pct('GSPC','2020-12-29')", u="direction", d="2020-12-29", verdict="supported", rule="compare",
          n="Tuesday Dec 29: -0.22%."),
        C("SPX", "pct_from_record", 0.1, "within 0.1% of the record high it set on Monday", "below_peak('GSPC','2020-12-30')", cs="0.1", q="less", d="2020-12-30",
          det="record close 3735.36 on Mon 2020-12-28",
          n="3732.04 is 0.089% under Monday's record close 3735.36 (Monday's intraday high 3740.51 would put it 0.23% under)."),
        C("SPX", "record_date", "2020-12-28", "the record high it set on Monday", "rec_before('GSPC','2020-12-30')", u="date", d="2020-12-28", verdict="supported", rule="record",
          n="Record close on Mon 2020-12-28."),
        C("DJI", "record_close", True, "closed just above its own all-time high from Monday", "[is_record('DJI','2020-12-30'), rec_before('DJI','2020-12-30')]", u="flag", d="2020-12-30", verdict="supported", rule="record",
          n="30409.56 tops Monday's record close 30403.97."),
        C("NYSE", "breadth_pct_up", 73, "Roughly 73%", None, q="about", d="2020-12-30", verdict="unverifiable", rule="unver", n="Breadth: not in the files."),
        C("SPX", "daily_point_change", 5, "rose 5 points to 3,732.04", "chg('GSPC','2020-12-30')", cs="5", kind="pts", u="index_points", d="2020-12-30"),
        C("SPX", "close_level", 3732.04, "to 3,732.04", "c('GSPC','2020-12-30')", kind="lvl", u="index_points", d="2020-12-30"),
        C("DJI", "daily_point_change", 73.89, "gained 73.89 points", "chg('DJI','2020-12-30')", kind="pts", u="index_points", d="2020-12-30"),
        C("DJI", "daily_pct_change", 0.2, "73.89 points, or 0.2%", "pct('DJI','2020-12-30')", d="2020-12-30"),
        C("DJI", "close_level", 30409.56, "to 30,409.56", "c('DJI','2020-12-30')", kind="lvl", u="index_points", d="2020-12-30"),
        C("IXIC", "daily_point_change", 19.78, "picked up 19.78 points", "chg('IXIC','2020-12-30')", kind="pts", u="index_points", d="2020-12-30"),
        C("IXIC", "daily_pct_change", 0.2, "19.78 points, or 0.2%", "pct('IXIC','2020-12-30')", d="2020-12-30"),
        C("IXIC", "close_level", 12870, "to 12,870", "c('IXIC','2020-12-30')", cs="12870.00", kind="lvl", u="index_points", d="2020-12-30",
          n="Close 12870.00."),
        C("RUT", "daily_point_change", 20.63, "climbed 20.63 points", "chg('RUT','2020-12-30')", kind="pts", u="index_points", d="2020-12-30"),
        C("RUT", "daily_pct_change", 1.1, "or 1.1%", "pct('RUT','2020-12-30')", d="2020-12-30"),
        C("RUT", "close_level", 1979.99, "to 1,979.99", "c('RUT','2020-12-30')", kind="lvl", u="index_points", d="2020-12-30"),
        C("SPX", "ytd_return", 15.5, "S&P 500 is up 15.5% this year", "ytd('GSPC','2020-12-30')", d="2020-12-30"),
        C("IXIC", "ytd_return", 43.4, "Nasdaq is up 43.4%", "ytd('IXIC','2020-12-30')", d="2020-12-30"),
        C("GENERIC", "sessions_left_in_year", 1, "final day of trading in 2020", "sessions_left_in_year('GSPC','2020-12-30')", dec=0, u="sessions", d="2020-12-30", verdict="supported", rule="date",
          n="One session (Thu Dec 31) remained."),
    ]))

# 14 -----------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="investingcom_20160622_brexit_polls_vix",
    source={"site": "investing.com", "url": "https://www.investing.com/news/stock-market-news/u.s.-stocks-tick-down-as-vix-soars,-after-brexit-leave-camp-gains-steam-409992", "original_outlet": "Investing.com"},
    published="2016-06-22", published_confidence="exact",
    published_note="'Published 06/22/2016, 04:29 PM' on the page; Wednesday session 2016-06-22, the day before the UK referendum.",
    text=("U.S. stocks tick down as Vix soars, after Brexit leave camp gains steam. Investing.com -- U.S. stocks gave up "
          "earlier gains on Wednesday and closed slightly lower, as the Leave campaign pulled ahead in two closely watched "
          "Brexit polls, weighing on oil and global equities. The Dow Jones Industrial Average fell 48.90 or 0.27% to "
          "17,780.83, while the S&P 500 Composite index lost 3.45 or 0.17% to 2,085.45, with investors cautious before "
          "Thursday's historic referendum in the U.K. The NASDAQ Composite index dropped 10.44 or 0.22% to 4,833.32, in "
          "spite of a surge in biotech stocks. Seven of 10 S&P 500 sectors finished in the red. Stocks on Wall Street "
          "slipped even as the FTSE 100 rose 57 points or 0.9% to 6,284, a two-week high. With investors jittery ahead "
          "of the vote, the CBOE's VIX Volatility Index surged above 21.00 at one point during Wednesday's session before "
          "closing at 20.96, near three-month highs. The VIX gained more than three points on the day."),
    claims=[
        C("DJI", "daily_point_change", -48.90, "fell 48.90", "chg('DJI','2016-06-22')", cs="-48.90", kind="pts", u="index_points", d="2016-06-22"),
        C("DJI", "daily_pct_change", -0.27, "48.90 or 0.27%", "pct('DJI','2016-06-22')", d="2016-06-22"),
        C("DJI", "close_level", 17780.83, "17,780.83", "c('DJI','2016-06-22')", kind="lvl", u="index_points", d="2016-06-22"),
        C("SPX", "daily_point_change", -3.45, "lost 3.45", "chg('GSPC','2016-06-22')", kind="pts", u="index_points", d="2016-06-22"),
        C("SPX", "daily_pct_change", -0.17, "3.45 or 0.17%", "pct('GSPC','2016-06-22')", d="2016-06-22"),
        C("SPX", "close_level", 2085.45, "2,085.45", "c('GSPC','2016-06-22')", kind="lvl", u="index_points", d="2016-06-22"),
        C("IXIC", "daily_point_change", -10.44, "dropped 10.44", "chg('IXIC','2016-06-22')", kind="pts", u="index_points", d="2016-06-22"),
        C("IXIC", "daily_pct_change", -0.22, "10.44 or 0.22%", "pct('IXIC','2016-06-22')", d="2016-06-22"),
        C("IXIC", "close_level", 4833.32, "4,833.32", "c('IXIC','2016-06-22')", kind="lvl", u="index_points", d="2016-06-22"),
        C("SPX_SECTORS", "sectors_down", 7, "Seven of 10 S&P 500 sectors", None, u="count", d="2016-06-22", verdict="unverifiable", rule="unver", n="Sector indexes: not in the files."),
        C("FTSE100", "daily_point_change", 57, "rose 57 points or 0.9% to 6,284", None, u="index_points", d="2016-06-22", verdict="unverifiable", rule="unver", n="FTSE 100: not in the files."),
        C("VIX", "intraday_high_above", 21.00, "surged above 21.00 at one point", "c('VIX','2016-06-22','high')", cs="21.00", q="more", kind="lvl", u="index_points", d="2016-06-22", b="intraday high",
          n="Session high 21.22."),
        C("VIX", "close_level", 20.96, "closing at 20.96", "c('VIX','2016-06-22')", kind="lvl", u="index_points", d="2016-06-22",
          det="VIX 2016-06-21 close 18.48; 2016-06-22 high 21.22, low 17.83, close 21.17 (CBOE official)",
          n="The official close was 21.17; 20.96 (probably a 4:00 p.m. print) is 1.0% lower: imprecise."),
        C("VIX", "highest_close_since", "near three-month highs", "near three-month highs", "highest_since('VIX','2016-06-22')", u="date", d="2016-06-22", verdict="supported", rule="since",
          n="21.17 was the highest close since 2016-02-18 (21.64); the highest close from Mar 22 to Jun 21 was 20.97, so the VIX was at (not just near) a three-month high. At 20.96 it would also be within 0.01 of the three-month high."),
        C("VIX", "daily_point_change", 3, "gained more than three points", "chg('VIX','2016-06-22')", cs="3", q="more", kind="pts", u="index_points", d="2016-06-22",
          n="Official close 21.17 vs 18.48: +2.69 points (with the text's 20.96: +2.48); not more than three: imprecise."),
    ]))

# 15 -----------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="zacks_20160628_brexit_second_day",
    source={"site": "zacks.com", "url": "https://www.zacks.com/stock/news/221810/stock-market-news-for-june-28-2016?cid=CS-STREETAUTHRTY-FT-221810", "original_outlet": "Zacks Equity Research"},
    published="2016-06-28", published_confidence="exact",
    published_note="title 'Stock Market News for June 28, 2016'; it describes Monday 2016-06-27 ('yesterday'), the second session after the Brexit vote.",
    text=("Stock Market News for June 28, 2016. Britain's decision to leave the European Union kept the benchmarks in the "
          "red for a second straight session. All three key U.S. indexes declined more than 1.5% yesterday, their worst "
          "two-session declines in nearly 10 months. Most key S&P 500 sectors tumbled, with energy, materials and "
          "financials the weakest, and only the safe havens, utilities and telecom, ended higher. The Dow Jones Industrial "
          "Average (DJI) decreased 1.5%, or 260.51 points, to close at 17,140.24. The S&P 500 fell 1.8% to close at "
          "2,000.54. The tech-laden Nasdaq Composite Index closed at 4,594.44, losing 2.4%. The fear gauge, the CBOE "
          "Volatility Index (VIX), however decreased 7.4% to settle at 23.85. Around 10.5 billion shares changed hands on "
          "Monday, above the 20-session average of 7.3 billion. Both the Dow and S&P 500 ended at their lowest level since "
          "mid-March and also closed below their 200 day average for the first time in three months. Meanwhile, the pound "
          "hit a 31-year low of $1.3197 late Monday."),
    claims=[
        C("DJI", "daily_pct_change_bound", -1.5, "declined more than 1.5% yesterday", "pct('DJI','2016-06-27')", cs="1.5", q="more", d="2016-06-27",
          n="Dow -1.497% (260.51 on 17400.75): just under 1.5, so 'more than 1.5%' fails by 0.003 pp (imprecise)."),
        C("SPX", "daily_pct_change_bound", -1.5, "declined more than 1.5% yesterday", "pct('GSPC','2016-06-27')", cs="1.5", q="more", d="2016-06-27"),
        C("IXIC", "daily_pct_change_bound", -1.5, "declined more than 1.5% yesterday", "pct('IXIC','2016-06-27')", cs="1.5", q="more", d="2016-06-27"),
        C("SPX", "worst_two_session_since", "nearly 10 months", "worst two-session declines in nearly 10 months", "worse_2day_since('GSPC','2016-06-27')", u="date", d="2016-06-27", verdict="supported", rule="since",
          det="two-session changes to 2016-06-27: S&P -5.34%, Dow -4.83%, Nasdaq -6.43%",
          n="For all three indexes the last two-session drop at least as large ended on 2015-08-24, ten months earlier (worse_2day_since gives 2015-08-24 for the Dow and the Nasdaq too)."),
        C("DJI", "daily_pct_change", -1.5, "decreased 1.5%", "pct('DJI','2016-06-27')", d="2016-06-27"),
        C("DJI", "daily_point_change", -260.51, "260.51 points", "chg('DJI','2016-06-27')", kind="pts", u="index_points", d="2016-06-27"),
        C("DJI", "close_level", 17140.24, "17,140.24", "c('DJI','2016-06-27')", kind="lvl", u="index_points", d="2016-06-27"),
        C("SPX", "daily_pct_change", -1.8, "fell 1.8%", "pct('GSPC','2016-06-27')", d="2016-06-27"),
        C("SPX", "close_level", 2000.54, "2,000.54", "c('GSPC','2016-06-27')", kind="lvl", u="index_points", d="2016-06-27"),
        C("IXIC", "close_level", 4594.44, "4,594.44", "c('IXIC','2016-06-27')", kind="lvl", u="index_points", d="2016-06-27"),
        C("IXIC", "daily_pct_change", -2.4, "losing 2.4%", "pct('IXIC','2016-06-27')", d="2016-06-27"),
        C("VIX", "daily_pct_change", -7.4, "decreased 7.4%", "pct('VIX','2016-06-27')", d="2016-06-27"),
        C("VIX", "close_level", 23.85, "settle at 23.85", "c('VIX','2016-06-27')", kind="lvl", u="index_points", d="2016-06-27"),
        C("NYSE", "volume", 10.5, "10.5 billion shares", None, u="bn_shares", d="2016-06-27", verdict="unverifiable", rule="unver", n="Consolidated volume: not in the files."),
        C("DJI", "lowest_close_since", "mid-March", "lowest level since mid-March", "lowest_since('DJI','2016-06-27')", u="date", d="2016-06-27", verdict="supported", rule="since",
          n="Last lower close 2016-03-10; 'mid-March' read as the loose span around it (Mar 10-11)."),
        C("SPX", "lowest_close_since", "mid-March", "Both the Dow and S&P 500 ended at their lowest", "lowest_since('GSPC','2016-06-27')", u="date", d="2016-06-27", verdict="supported", rule="since",
          n="Last lower close 2016-03-10 (S&P 1989.57); 'mid-March' read loosely."),
        C("SPX", "below_200dma_first_since", "three months", "below their 200 day average for the first time in three months", "last_below_ma('GSPC','2016-06-27')", u="date", d="2016-06-27", verdict="supported", rule="since",
          det="S&P 2016-06-24 close 2037.41 vs 200-day mean 2020.80 (above); 06-27 2000.54 vs 2021.05 (below)",
          n="First close under the 200-day average since 2016-03-15."),
        C("DJI", "below_200dma_first_since", "three months", "200 day average", "last_below_ma('DJI','2016-06-27')", u="date", d="2016-06-27", verdict="supported", rule="since",
          det="Dow 2016-06-24 close 17400.75 vs 200-day mean 17235.48 (above); 06-27 17140.24 vs 17239.53 (below)",
          n="First Dow close under the 200-day average since 2016-03-10."),
        C("GBPUSD", "low_since", 31, "31-year low of $1.3197", None, u="years", d="2016-06-27", verdict="unverifiable", rule="unver", n="Sterling: not in the files."),
    ]))

# 16 -----------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="nypost_20161230_dow_wild_year",
    source={"site": "24hbongdda.site", "url": "https://24hbongdda.site/2016/12/30/wall-street-closes-out-wild-year-on-a-high", "original_outlet": "New York Post (repost)"},
    published="2016-12-30", published_confidence="high",
    published_note="date in the repost's URL; the text describes Friday 2016-12-30, the last session of 2016, and the year 2016.",
    text=("Wall Street closes out wild year with Dow up 13.5%. Wall Street's whiplash year is finally over. Stocks ended "
          "2016 with a whimper on Friday, a muted close to the most dramatic year for investors since the financial crisis. "
          "The Dow Jones industrial average broke record after record, with at least 20 sessions ending at all-time highs, "
          "before finishing the year up 13.4 percent. More than half of this year's Dow gains came after Nov. 8, when "
          "Donald Trump was elected president. \"Since Election Day, the returns have been parabolic,\" CFRA's Sam Stovall "
          "said. On Friday, the last trading day of the year, the index slipped 0.3 percent to 19,762.60. The Dow still "
          "posted its third-highest annual gain in the last eight years, and it rose more than 25 percent from its low "
          "point in February to its all-time high. The S&P 500 rose 9.4 percent to 2238.83, and the Nasdaq Composite ended "
          "the year up 7.5 percent at 5383.12. The year had started badly: the Dow lost 1,078.58 points in the first five "
          "days, the worst start to a year ever. By Feb. 11, the Dow had fallen to a low of 15,660.18."),
    claims=[
        C("DJI", "annual_return", 13.5, "Dow up 13.5%", "year_ret('DJI',2016)", d="2016-12-30", w="2016",
          n="Headline figure; the file gives +13.42% (the body's 13.4 fits)."),
        C("DJI", "record_closes_count", 20, "at least 20 sessions ending at all-time highs", "n_records_in_year('DJI',2016)", cs="20", q="least", dec=0, kind="cnt", u="count", d="2016-12-30"),
        C("DJI", "annual_return", 13.4, "up 13.4 percent", "year_ret('DJI',2016)", d="2016-12-30", w="2016"),
        C("DJI", "share_of_gain_since", 0.5, "More than half of this year's Dow gains came after Nov. 8", "pts('DJI','2016-11-08','2016-12-30')/ytd_pts('DJI','2016-12-30')", cs="0.5", q="more", kind="cnt", u="fraction", d="2016-12-30", w="2016-11-08..2016-12-30",
          n="From the Nov 8 close (18332.74) to year-end: +1429.86 of the year's +2337.57 points (61%)."),
        C("QUOTE", "returns_parabolic", "parabolic", "the returns have been parabolic", None, u="text", verdict="not_checkable", rule="nc", n="Quoted opinion."),
        C("DJI", "daily_pct_change", -0.3, "slipped 0.3 percent", "pct('DJI','2016-12-30')", d="2016-12-30"),
        C("DJI", "close_level", 19762.60, "to 19,762.60", "c('DJI','2016-12-30')", cs="19762.60", kind="lvl", u="index_points", d="2016-12-30"),
        C("DJI", "annual_gain_rank", 3, "third-highest annual gain in the last eight years", "rank_annual_gain('DJI',2016,2009)", dec=0, u="rank", d="2016-12-30", w="2009..2016", verdict="supported", rule="compare",
          n="2009-2016 Dow price returns: 2013 +26.50%, 2009 +18.82%, 2016 +13.42% (third)."),
        C("DJI", "low_to_record_gain", 25, "rose more than 25 percent from its low point in February", "ret('DJI','2016-02-11', peak_in('DJI','2016-02-11','2016-12-30')[0])", cs="25", q="more", d="2016-12-30", w="2016-02-11..record"),
        C("SPX", "annual_return", 9.4, "S&P 500 rose 9.4 percent", "year_ret('GSPC',2016)", d="2016-12-30", w="2016"),
        C("SPX", "close_level", 2238.83, "to 2238.83", "c('GSPC','2016-12-30')", kind="lvl", u="index_points", d="2016-12-30"),
        C("IXIC", "annual_return", 7.5, "up 7.5 percent", "year_ret('IXIC',2016)", d="2016-12-30", w="2016"),
        C("IXIC", "close_level", 5383.12, "at 5383.12", "c('IXIC','2016-12-30')", kind="lvl", u="index_points", d="2016-12-30"),
        C("DJI", "period_point_change", -1078.58, "lost 1,078.58 points in the first five days", "pts('DJI','2015-12-31','2016-01-08')", kind="pts", u="index_points", d="2016-01-08", w="2016-01-04..2016-01-08"),
        C("DJI", "worst_start_ever", True, "the worst start to a year ever", "ret('DJI','2015-12-31','2016-01-08')", u="flag", d="2016-01-08", verdict="unverifiable", rule="unver",
          n="The Dow file starts in 1992; in points the 1,078.58 drop is the worst five-day start in the file, but 'ever' needs the index's full history (in percent, -6.19%)."),
        C("DJI", "close_level", 15660.18, "a low of 15,660.18", "c('DJI','2016-02-11')", kind="lvl", u="index_points", d="2016-02-11"),
    ]))
