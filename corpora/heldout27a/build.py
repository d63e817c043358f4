"""Build passages.jsonl and key.jsonl of the heldout27a corpus.

usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
computed_value comes from the RECIPES of reference.py (same helpers); verdicts, rules and notes are
written here by hand after reading the computed figures against the dev README's tolerances.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as ref  # noqa: E402

P = []  # passages


def passage(pid, site, url, outlet, published, conf, note, text, claims):
    P.append(dict(id=pid, site=site, url=url, outlet=outlet, published=published, conf=conf, note=note,
                  text=text, claims=claims))


def c(tk, metric, value, unit, qualifier, ref_date, window, comparison, basis, verdict, rule, note, anchor):
    return dict(index_or_ticker=tk, metric=metric, value=value, unit=unit, qualifier=qualifier, ref_date=ref_date,
                window=window, comparison=comparison, basis=basis, verdict=verdict, rule=rule, note=note,
                anchor_text=anchor)


# 1 -----------------------------------------------------------------------------
passage(
    "ibkram_201703_small_caps_stumble", "investing.ibkram.com",
    "https://investing.ibkram.com/2017/03/small-caps-stumble",
    "Interactive Brokers Asset Management (Xavier Brenner)", "2017-03", "medium",
    "The URL gives March 2017 and the text says 'through March 20', so it was written on or after the close of "
    "Monday 2017-03-20 (most likely 2017-03-21). Every figure is about the 2017-03-20 close.",
    "Small caps stumble. After a roaring rally late last year, small-cap stocks have hit a wall in 2017. "
    "The Russell 2000, the benchmark small-cap index, is up about just under 2% through March 20. By comparison, "
    "the S&P 500 Index of blue chips has advanced 6%. One possible issue is the widening valuation gap between "
    "small and large caps: the forward price-to-earnings ratio of the Russell 2000 is 25.4, according to Zacks "
    "Investment Research, the highest level since 2009 and well above a 10-year average of 20.7. A Bespoke "
    "Investment Group chart that splits the Russell 3000 into market-cap deciles shows large caps outperforming "
    "their smaller peers. The takeaway: the small-cap rally has cooled, and the still-robust market is being "
    "driven by blue chips.",
    [
        c("RUT", "ytd_return", 2, "pct", "about just under", "2017-03-20", "YTD", None, "close", "supported",
          "hedged (just under / about): true below 2 and within one unit",
          "1384.10 against the 2016 close 1357.13 = +1.99%: just under 2%.", "up about just under 2%"),
        c("SPX", "ytd_return", 6, "pct", None, "2017-03-20", "YTD", None, "close", "supported",
          "integer within 0.5", "2373.47 against 2238.83 = +6.01%.", "has advanced 6%"),
        c("RUT", "forward_pe", 25.4, "ratio", None, "2017-03-20", None, None, None, "unverifiable",
          "series not in the files", "Forward P/E (Zacks) is not in the price files.", "25.4"),
        c("RUT", "forward_pe_highest_since", "2009", "year", None, "2017-03-20", None, None, None, "unverifiable",
          "series not in the files", "Valuation history is not in the files.", "the highest level since 2009"),
        c("RUT", "forward_pe_10y_average", 20.7, "ratio", None, "2017-03-20", "10 years", None, None,
          "unverifiable", "series not in the files", "Valuation history is not in the files.", "20.7"),
    ])

# 2 -----------------------------------------------------------------------------
passage(
    "marketscreener_20140110_global_small_caps", "in.marketscreener.com",
    "https://in.marketscreener.com/news/latest/Global-Small-Cap-Stocks-Mostly-Outran-Their-Large-Cap-Equivalents-in-2013-Continued-Strong-Relativ-17781232",
    "Russell Investments (Marketwired press release)", "2014-01-10", "exact",
    "Dateline 'SEATTLE, WA--(Marketwired - Jan 10, 2014)'. Year-to-date figures are 'as of January 7' (the "
    "2014-01-07 close); 2013 figures are calendar-year returns (Russell publishes total returns).",
    "SEATTLE, WA--(Marketwired - Jan 10, 2014) - Small cap stocks in a range of global regions beat their large "
    "cap counterparts in 2013, and many have kept that lead in 2014 as of January 7. In Europe, the Russell "
    "Developed Europe Small Cap Index outpaced the Russell Developed Europe Large Cap Index by more than 10% in "
    "2013, with a 1.5% difference in 2014 as of Jan 7. In the U.S., the small-cap Russell 2000 Index outpaced the "
    "large-cap Russell 1000 Index by more than 5% in 2013, and the indexes were even year-to-date as of Jan 7. "
    "The release's table (2014 YTD as of Jan 7; 2013) lists the Russell 1000 Index at 0.8% and 27.4%, and the "
    "Russell 2000 Index: 0.8% and 32.8%.",
    [
        c("RUT", "return_gap_vs_R1000", 5, "pp", "more than", "2013-12-31", "calendar 2013", "Russell 1000", "close",
          "unverifiable", "series not in the files",
          "The Russell 1000 is not in the files. With the S&P 500 as a large-cap proxy (price), 2013 gives RUT "
          "+37.00% against SPX +29.60%, a gap of 7.40 pp, which would satisfy 'more than 5%'; the proxy does not "
          "decide.", "by more than 5% in 2013"),
        c("RUT", "ytd_return", 0.8, "pct", None, "2014-01-07", "YTD", None, "close", "contradicted",
          "outside tolerance and sign wrong",
          "RUT closed 1157.63 on 2014-01-07 against 1163.64 at the end of 2013: -0.52%. IWM total return "
          "(adj_close) over the same days is -0.56%, so no basis gives +0.8%; the table figure looks like a "
          "transcription error.", "Russell 2000 Index: 0.8%"),
        c("RUT", "ytd_return_equal_to_R1000", None, "flag", None, "2014-01-07", "YTD", "Russell 1000", "close",
          "unverifiable", "series not in the files",
          "The Russell 1000 is not in the files; with the S&P 500 as proxy both were down about 0.5% "
          "(gap +0.05 pp), consistent with 'even'.", "the indexes were even year-to-date"),
        c("RUT", "annual_return", 32.8, "pct", None, "2013-12-31", "calendar 2013", None, "close", "contradicted",
          "no basis reproduces the figure",
          "RUT price return for 2013 is +37.00% (1163.64 against 849.35); IWM total return is about +38.7%. "
          "32.8% is off by more than 4 pp on either basis, so it is judged wrong (the table's 32.8% against "
          "27.4% is consistent with the release's 'more than 5%' lead, but not with the index data).", "32.8%"),
        c("R1000", "annual_return", 27.4, "pct", None, "2013-12-31", "calendar 2013", None, "close", "unverifiable",
          "series not in the files",
          "The Russell 1000 is not in the files. The S&P 500 rose 29.60% in 2013 (price).", "27.4%"),
    ])

# 3 -----------------------------------------------------------------------------
passage(
    "marketwired_20150319_small_caps_ytd", "marketwired.com",
    "http://www.marketwired.com/press-release/leadership-change-midcap-small-cap-us-stocks-lead-large-caps-2015-ytd-according-russell-2002141.htm",
    "Russell Investments (Marketwired press release)", "2015-03-19", "exact",
    "Dateline 'SEATTLE, WA--(Marketwired - Mar 19, 2015)'. The table is labelled total returns in US dollars, "
    "as of 2015-03-17 (one midcap figure is as of March 16).",
    "SEATTLE, WA--(Marketwired - Mar 19, 2015) - In 2014 U.S. large- and midcap stocks led the other major cap "
    "tiers with matching 13.2% returns, as measured by the Russell Top 200 and the Russell Midcap Index. In 2015 "
    "midcaps have pulled away from large caps, returning 3.6% year-to-date as of March 16th on the Russell Midcap "
    "Index. U.S. small caps, as reflected by the Russell 2000 Index, have also been strong in 2015, up 3.4% "
    "year-to-date as of March 17. Large caps measured by the Russell Top 200 Index, the 200 largest U.S. stocks, "
    "have lagged so far in 2015 with a 1% return. In the release's table of total returns (YTD as of 3/17/15; "
    "2014) the Russell 2000 Index shows 3.4% and 4.9%.",
    [
        c("RUT", "ytd_total_return", 3.4, "pct", None, "2015-03-17", "YTD", None, "total return", "unverifiable",
          "total-return figure, only a price index in the files",
          "RUT price return to the 2015-03-17 close is +3.12% (1242.23 against 1204.70). IWM total return "
          "(adj_close) is +3.38%, close to the stated total-return figure; the ETF proxy does not decide.",
          "up 3.4%"),
        c("RUT", "annual_total_return", 4.9, "pct", None, "2014-12-31", "calendar 2014", None, "total return",
          "unverifiable", "total-return figure, only a price index in the files",
          "RUT price return for 2014 is +3.53%; IWM total return is +5.04%.", "4.9%"),
        c("RMID", "ytd_total_return", 3.6, "pct", None, "2015-03-16", "YTD", None, "total return", "unverifiable",
          "series not in the files", "The Russell Midcap Index is not in the files.", "3.6%"),
        c("RTOP200", "ytd_total_return", 1, "pct", None, "2015-03-17", "YTD", None, "total return", "unverifiable",
          "series not in the files", "The Russell Top 200 is not in the files.", "with a 1% return"),
        c("RTOP200", "annual_total_return", 13.2, "pct", None, "2014-12-31", "calendar 2014", "Russell Midcap",
          "total return", "unverifiable", "series not in the files",
          "Neither the Russell Top 200 nor the Russell Midcap is in the files.", "13.2%"),
    ])

# 4 -----------------------------------------------------------------------------
passage(
    "benzinga_202005_cme_large_vs_small", "benzinga.com",
    "https://www.benzinga.com/general/education/20/05/16032621/user/password",
    "CME Group (Erik Norland), reposted by Benzinga", "2020-05", "high",
    "The URL path carries 20/05 (May 2020) and the text speaks of 'the first four months of 2020' as past, so "
    "the piece dates from May 2020; the day is not shown.",
    "Why Large Caps Have Done Better Than Small Caps. Since its debut in 1979, the Russell 2000 index of small-cap "
    "companies has broadly kept pace with both the Russell 1000 and the S&P 500. Yet while small and large caps "
    "have delivered similar overall results over four decades, there have been periods of big divergence, "
    "including the first four months of 2020, when small-caps stocks underperformed large-cap companies by "
    "nearly 15%. Before 2020, small caps often did better during economic distress. In 1979-82, a period of high "
    "inflation, swinging interest rates and a double-dip recession that took unemployment from 5.5% to 10.8%, "
    "the Russell 2000 fared better than the S&P 500 by 76%. In 1990-93, through a recession and slow recovery "
    "tied to the Savings & Loan crisis and the Persian Gulf War, the Russell 2000 did better than S&P 500 by 48%. "
    "And in 1999-2013, a span that included the 'tech wreck' recession of 2001, 9/11, two wars and the global "
    "financial crisis, the Russell 2000 rose by 114% with respect to S&P 500, with interruptions, especially "
    "from 2005 to 2007.",
    [
        c("RUT", "return_gap_vs_large_caps", -15, "pp", "nearly", "2020-04-30", "2020-01-01 to 2020-04-30",
          "S&P 500 / Russell 1000", "close", "contradicted", "outside the 'nearly' band and beyond 20%",
          "Through the 2020-04-30 close RUT was -21.45% and the S&P 500 -9.85% year to date: a gap of 11.60 pp "
          "(ratio basis: RUT/SPX -12.9%). 'Nearly 15' needs 14 to 15.5; the error (3.4 pp) is more than 20% of "
          "the true gap. The Russell 1000 is not in the files; it tracked the S&P 500 closely.",
          "by nearly 15%"),
        c("RUT", "return_gap_vs_SPX", 76, "pct", None, "1982-12-31", "1979-82", "S&P 500", "close",
          "unverifiable", "history before the file starts",
          "RUT.csv starts 1987-09-10.", "by 76%"),
        c("RUT", "return_gap_vs_SPX", 48, "pct", None, "1993-12-31", "1990-93", "S&P 500", "close",
          "unverifiable", "window not stated precisely",
          "Calendar reading (1989 close to 1993 close): RUT +53.64% against SPX +31.99%, gap 21.65 pp, relative "
          "outperformance 16.4%. From the October 1990 low the gap is 57.6 pp (relative 36.5%). The start and "
          "end points and the measure (gap or ratio) are not given, so the files cannot decide.", "by 48%"),
        c("RUT", "return_gap_vs_SPX", 114, "pct", None, "2013-12-31", "1999-2013", "S&P 500", "close",
          "unverifiable", "window not stated precisely",
          "From the 1998 close to the 2013 close RUT rose 175.8% and SPX 50.4%: gap 125.4 pp, ratio 83.4%. From "
          "the 1999 close the gap is 104.7 pp. The window and measure are not given.", "rose by 114%"),
        c("US_UNEMPLOYMENT", "level_change", [5.5, 10.8], "pct", None, "1982-12-31", "1979-82", None, None,
          "unverifiable", "series not in the files", "Unemployment is not in the files.", "from 5.5% to 10.8%"),
        c("GENERIC", "long_run_parity", None, None, None, None, "since 1979", None, None, "not_checkable",
          "generic statement", "A loose long-run characterisation with no figure.", "has broadly kept pace"),
    ])

# 5 -----------------------------------------------------------------------------
passage(
    "bespoke_20190725_rut_gets_in_on_act", "bespokepremium.com",
    "https://www.bespokepremium.com/think-big-blog/russell-2000-gets-in-on-the-act/",
    "Bespoke Investment Group", "2019-07-25", "medium",
    "The page shows no date. 'Yesterday's 1.6% rally' to a fifteen-day high while the S&P 500 and Nasdaq were "
    "testing records, with the index more than 9% below its August 2018 record, fits one session in 2019-2020 "
    "in the files: Wednesday 2019-07-24 (RUT +1.64%, SPX and Nasdaq record closes). Published the next day.",
    "Russell 2000 Gets In On The Act. While the S&P 500 and Nasdaq have both been rallying and testing their "
    "record highs, small caps had been trailing. In yesterday's trading, though, even the Russell 2000 joined "
    "in: as an intraday chart of the last three weeks shows, yesterday's 1.6% rally broke what had been a fairly "
    "steady short-term funk for the group. A fifteen-day high for the Russell 2000 is a start, but the index has "
    "a ways to go before catching up with the large-cap S&P 500 or Nasdaq: it is still more than 9% from its "
    "all-time high made back in August 2018.",
    [
        c("RUT", "daily_change", 1.6, "pct", None, "2019-07-24", "1 day", None, "close", "supported",
          "1 decimal within 0.07", "1580.42 against 1554.96 = +1.64%.", "1.6% rally"),
        c("RUT", "highest_in_n_sessions", 15, "sessions", None, "2019-07-24", "15 sessions", None, "close",
          "imprecise", "highest since X with X later than the true date (understated)",
          "The 2019-07-24 close 1580.42 was the highest since 2019-05-07 (last close at least as high), about 54 "
          "sessions, so 'fifteen-day high' is true but understates it.", "A fifteen-day high"),
        c("RUT", "pct_from_ath", 9, "pct", "more than", "2019-07-24", None, "record close", "close", "supported",
          "more than: true > claim", "1580.42 against the record close 1740.75 (2018-08-31): 9.21% below.",
          "more than 9%"),
        c("RUT", "ath_date", "2018-08", "month", None, "2019-07-24", None, None, "close", "supported",
          "record date matches", "Record close 1740.75 on 2018-08-31, still the record on 2019-07-24.",
          "August 2018"),
        c("SPX", "record_close", None, "flag", None, "2019-07-24", None, None, "close", "supported",
          "record: above every earlier close", "The S&P 500 closed at a record 3019.56 on 2019-07-24.",
          "testing their record highs"),
        c("IXIC", "record_close", None, "flag", None, "2019-07-24", None, None, "close", "supported",
          "record: above every earlier close", "The Nasdaq Composite closed at a record on 2019-07-24; the same "
          "phrase covers both indexes (anchor shared with the S&P 500 claim would not be unique, so this claim "
          "is anchored on 'S&P 500 and Nasdaq').", "S&P 500 and Nasdaq have both"),
    ])

# 6 -----------------------------------------------------------------------------
passage(
    "thechartreport_20201116_rut_best_11day", "thechartreport.com",
    "https://thechartreport.com/2020-11-16/chart-day-monday-november-16th-2020",
    "The Chart Report (citing Bloomberg's Sarah Ponczek)", "2020-11-16", "exact",
    "Dated Monday 2020-11-16 in the URL and title. 'On Friday' is 2020-11-13. The 11-day rally is keyed on the "
    "2020-11-16 close (the note gives the Friday reading).",
    "Chart of the Day - Monday, November 16th, 2020. Today's chart, shared on Twitter by Bloomberg's Sarah "
    "Ponczek, shows the Russell 2000 over the past decade. On Election Day we discussed the chance of a "
    "post-election surge in small caps, and that is what seems to be happening: as Ponczek points out, the "
    "Russell 2000 is having it's best 11-day rally since 2011. Perhaps more importantly, the index closed at an "
    "all-time high for the first time in more than two years on Friday, more evidence of broadening "
    "participation and risk appetite. Seasonally, the Russell 2000 has historically outperformed the S&P 500 "
    "from November-March.",
    [
        c("RUT", "best_nday_gain_since", "2011", "year", None, "2020-11-16", "11 sessions", None, "close",
          "supported", "biggest since X: X is the last period with a gain at least as large",
          "11-session gain to the 2020-11-16 close: 1785.34 against 1538.48 (2020-10-30) = +16.05%. The last "
          "11-session gain at least as large ended 2011-10-18 (+16.38%). On the Friday 2020-11-13 close the "
          "11-session gain was +11.68%, exceeded as recently as 2020-10-12, so the claim holds only on Monday's "
          "close.", "best 11-day rally since 2011"),
        c("RUT", "record_close", None, "flag", None, "2020-11-13", None, None, "close", "supported",
          "record: above every earlier close", "1744.04 on 2020-11-13 above the previous record 1740.75.",
          "closed at an all-time high"),
        c("RUT", "first_record_since", "more than two years", "duration", None, "2020-11-13", None, None, "close",
          "supported", "previous record date", "Previous record close 1740.75 on 2018-08-31, 2 years 2.5 "
          "months earlier.", "for the first time in more than two years"),
        c("RUT", "seasonal_outperformance", None, None, None, None, "November-March", "S&P 500", None,
          "not_checkable", "rule of thumb", "A seasonal tendency, not a statement about a session.",
          "from November-March"),
    ])

# 7 -----------------------------------------------------------------------------
passage(
    "investing_20220127_rut_topping_out", "m.ng.investing.com",
    "https://m.ng.investing.com/analysis/chart-of-the-day-russell-2000-topping-out-102773?ampMode=1",
    "Investing.com", "2022-01-27", "exact",
    "Stamped 'Jan 27, 2022 15:35' (time zone not shown; Investing.com stamps are usually GMT, i.e. before the "
    "U.S. open). The figures fit the 2022-01-26 close; 'early this month' is January 2022.",
    "Chart of the Day: Russell 2000 Topping Out? Jan 27, 2022. Ever since Federal Reserve chair Jerome Powell "
    "jolted markets at the end of November 2021 with a suddenly hawkish turn, investors have been selling stocks, "
    "tech shares and small caps above all. The small cap Russell 2000 Index lost almost 12% of value, about 1% "
    "less than the tech-heavy NASDAQ 100. The broader S&P 500 fell 8.75% while the mega cap, value-laden Dow "
    "Jones retreated less than 6%. Both the Russell 2000 and the NASDAQ 100 outperformed from the March 2020 "
    "bottom to their November peaks, the Russell 2000 gaining 146.5% in that period and the NASDAQ 100 climbing "
    "137%. The S&P gained 84% till it fell early this month, while the Dow increased just 65.8% before it "
    "slumped in early January. Some now suggest the small cap index could be bottoming, as it's down almost 19% "
    "from its November peak. We're more pessimistic: we see it crossing the 20% threshold into bear market "
    "territory next.",
    [
        c("RUT", "change_since", -12, "pct", "almost", "2022-01-26", "since 2021-11-30", None, "close", "imprecise",
          "outside the 'almost' band, error <= 2 pp and <= 20%",
          "From the 2021-11-30 close (Powell's hawkish testimony) to the 2022-01-26 close: -10.12%. 'Almost 12' "
          "needs 11 to 12.5. The error (1.9 pp) is under 2 pp and 19% of the true value. From the 2021-11-29 "
          "close the fall is larger only by the 11-30 move; on the 2022-01-27 close (after publication) it was "
          "-12.17%.", "lost almost 12% of value"),
        c("SPX", "change_since", -8.75, "pct", None, "2022-01-26", "since 2021-11-30", None, "close",
          "contradicted", "outside tolerance, beyond 2 pp",
          "2021-11-30 to 2022-01-26: -4.75%. Other reading: from the 2022-01-03 record close to 2022-01-26 the "
          "S&P 500 fell 9.31%, still not 8.75%.", "fell 8.75%"),
        c("DJI", "change_since", -6, "pct", "less than", "2022-01-26", "since 2021-11-30", None, "close",
          "supported", "less than: |true| < claim",
          "2021-11-30 to 2022-01-26: -0.92%, a fall of less than 6%. From its 2022-01-04 record the Dow was "
          "7.15% lower, which would not fit.", "retreated less than 6%"),
        c("RUT", "gain_low_to_peak", 146.5, "pct", None, "2021-11-08", "March 2020 low to November 2021 peak",
          None, "close", "supported", "1 decimal within 0.07",
          "Closing low 991.16 (2020-03-18) to record close 2442.74 (2021-11-08): +146.45%.", "146.5%"),
        c("NDX", "gain_low_to_peak", 137, "pct", None, "2021-11-19", "March 2020 low to November 2021 peak",
          None, "close", "supported", "integer within 0.5",
          "Closing low 6994.29 (2020-03-20) to 16573.34 (2021-11-19): +136.96%.", "climbing 137%"),
        c("SPX", "gain_low_to_peak", 84, "pct", None, "2022-01-03", "March 2020 low to January 2022 peak", None,
          "close", "contradicted", "far outside tolerance",
          "Closing low 2237.40 (2020-03-23) to the record close 4796.56 (2022-01-03): +114.38%.", "gained 84%"),
        c("DJI", "gain_low_to_peak", 65.8, "pct", None, "2022-01-04", "March 2020 low to January 2022 peak", None,
          "close", "contradicted", "far outside tolerance",
          "Closing low 18591.93 (2020-03-23) to the record close 36799.65 (2022-01-04): +97.93%.",
          "increased just 65.8%"),
        c("RUT", "pct_from_high", 19, "pct", "almost", "2022-01-26", None, "November 2021 peak", "close",
          "supported", "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit",
          "2022-01-26 close 1976.46 against the 2021-11-08 record close 2442.74: 19.09% below.",
          "down almost 19%"),
        c("RUT", "pct_from_high", 20, "pct", None, None, "next", "November 2021 peak", "close", "forecast",
          "projection", "A projection. (It closed 20.94% below the record on 2022-01-27.)",
          "crossing the 20% threshold"),
    ])

# 8 -----------------------------------------------------------------------------
passage(
    "wral_20181217_rut_bear_market", "wral.com",
    "https://www.wral.com/growth-fears-send-the-russell-2000-into-a-bear-market/18071046/",
    "CNN Business (Matt Egan), syndicated by WRAL", "2018-12-17", "high",
    "The text is about 'Monday' and says 'if the index closes in a bear market', so it was written during the "
    "session of Monday 2018-12-17 (the Russell 2000's record was 2018-08-31, the Dow's 2018-10-03).",
    "Growth fears send the Russell 2000 into a bear market. By Matt Egan, CNN Business. Small American stocks "
    "have tumbled into a big hole as slowdown fears mount on Wall Street. The Russell 2000 index of small-cap "
    "stocks plunged into a bear market on Monday, a 20% decline since hitting a record high in late August. If "
    "the index closes in a bear market, it would be its first since the downturn that spanned June 2015 to "
    "February 2016, according to Bespoke Investment Group. The broader markets are down sharply too but have so "
    "far avoided bear territory: the Dow declined nearly 600 points on Monday, leaving it down about 12% from the "
    "record set in early October. Bespoke's Paul Hickey noted that this would be the Russell 2000's third bear "
    "market since US stocks bottomed during the Great Recession in March 2009, and that the S&P 500 avoided a "
    "bear market during those other two downturns for small cap stocks. About 40% of the debt held by Russell "
    "2000 companies is floating-rate, according to Peter Boockvar of Bleakley Advisory Group.",
    [
        c("RUT", "pct_from_ath", 20, "pct", None, "2018-12-17", None, "record close", "mid-session",
          "unverifiable", "mid-session figure inside the session's range",
          "Against the record close 1740.75 the session ran from 18.59% below (high 1417.10) to 21.14% below "
          "(low 1372.73); the close 1378.14 was 20.83% below (computed value, close basis).",
          "a 20% decline"),
        c("RUT", "ath_date", "late August", "date", None, "2018-12-17", None, None, "close", "supported",
          "record date matches", "Record close 1740.75 on 2018-08-31.", "record high in late August"),
        c("RUT", "previous_bear_market", "June 2015 to February 2016", "period", None, "2018-12-17", None, None,
          "close", "supported", "episode dates match",
          "Closing peak 1295.80 on 2015-06-23 to closing trough 953.72 on 2016-02-11, 26.40% down; no other "
          "20% closing decline between that one and the August 2018 peak.",
          "the downturn that spanned June 2015 to February 2016"),
        c("DJI", "daily_change_points", -600, "points", "nearly", "2018-12-17", "1 day", None, "mid-session",
          "unverifiable", "mid-session figure inside the session's range",
          "Against the previous close 24100.51 the Dow traded between -643.63 (low) and -12.43 (high) points; "
          "it closed -507.53 (computed value). A written-during-the-session figure inside that range cannot be "
          "judged.", "declined nearly 600 points"),
        c("DJI", "pct_from_ath", 12, "pct", "about", "2018-12-17", None, "record close", "close", "supported",
          "about: within one unit", "23592.98 against the record close 26828.39 (2018-10-03): 12.06% below "
          "(the whole session stayed within about 10.2% to 12.6% below).", "down about 12%"),
        c("RUT", "bear_market_count", 3, "count", None, "2018-12-17", "since 2009-03-09", None, "close",
          "contradicted", "wrong count",
          "Closing declines of at least 20% since the March 2009 low: 2010-04-23 to 2010-07-06 (20.47%), "
          "2011-04-29 to 2011-10-03 (29.56%), 2015-06-23 to 2016-02-11 (26.40%) and the 2018 one: the fourth, "
          "not the third. The 2010 episode is shallow (20.5%) and is often left out; on closes it counts.",
          "third bear market"),
        c("SPX", "bear_market_avoided", None, "flag", None, "2018-12-17", "since 2009-03-09", None, "close",
          "supported", "no 20% closing decline",
          "The S&P 500 had no 20% closing decline from any peak between 2009-03-09 and 2018-12-17 (deepest: "
          "19.39% in 2011).", "the S&P 500 avoided a bear market"),
        c("RUT", "floating_rate_debt_share", 40, "pct", "about", None, None, None, None, "unverifiable",
          "series not in the files", "Corporate debt data are not in the files.", "About 40%"),
    ])

# 9 -----------------------------------------------------------------------------
passage(
    "stockwave_202401_small_cap_resurgence", "stockwaveinsights.com", "https://stockwaveinsights.com/?p=8985",
    "StockWave Insights", "2024-01", "medium",
    "No date on the page. It reviews the fourth quarter and the full year 2023 and periods 'concluding on "
    "December 31, 2023', so it was written in early 2024 (month assumed).",
    "The Resurgence of Small-Cap Equities: A Look at the Russell 2000 Index's Performance. As the final quarter "
    "of 2023 unfolded, small-cap stocks came out of the shadows with a robust rally: the Russell 2000 Index "
    "recorded a 14.0% gain, exiting bear market territory with confidence after the Federal Reserve's pause on "
    "interest rate hikes lifted domestic equities. The picture is nuanced, though: the Russell 2000's annual gain "
    "of 16.9% still trailed the larger indices, which rose 26.5% over the same period, and the underperformance "
    "extended over the 3-, 5- and 10-year periods ending on December 31, 2023. In the fourth quarter the Russell "
    "2000 Value Index beat the Growth Index, something that has happened only 35% of the time since the index's "
    "inception.",
    [
        c("RUT", "quarter_return", 14.0, "pct", None, "2023-12-29", "Q4 2023", None, "total return?",
          "unverifiable", "total-return figure, only a price index in the files",
          "RUT price return for Q4 2023: +13.55% (2027.07 against 1785.10), outside the 0.07 tolerance; the "
          "figure matches FTSE Russell's total return (IWM adj_close: +13.98%). Read as price it would be "
          "imprecise.", "recorded a 14.0% gain"),
        c("RUT", "annual_return", 16.9, "pct", None, "2023-12-29", "calendar 2023", None, "total return?",
          "unverifiable", "total-return figure, only a price index in the files",
          "RUT price return for 2023: +15.09%; IWM total return +16.83%. The figure is the total return.",
          "16.9%"),
        c("R1000", "annual_return", 26.5, "pct", None, "2023-12-29", "calendar 2023", None, "total return?",
          "unverifiable", "series not in the files",
          "'The larger indices' at 26.5% is the Russell 1000 total return, not in the files. S&P 500: +24.23% "
          "price, SPY total return +26.18%.", "26.5%"),
        c("RUT", "exited_bear_market", None, "flag", None, "2023-12-29", "Q4 2023", "record close", "close",
          "supported", "drawdown moved from above 20% to below 20%",
          "On 2023-10-27 the index closed 1636.94, 33.0% below the 2021-11-08 record 2442.74; at the 2023-12-29 "
          "close it was 17.02% below (computed value), no longer in bear-market territory.",
          "exiting bear market territory"),
        c("RUT", "underperformed_large_caps", None, "flag", None, "2023-12-29", "3, 5 and 10 years", "S&P 500",
          "close", "supported", "sign of each return gap",
          "Price-return gaps RUT minus S&P 500 to the 2023-12-29 close: 3 years -24.35 pp, 5 years -39.96 pp, "
          "10 years -83.86 pp; all negative.", "3-, 5- and 10-year periods"),
        c("FEDFUNDS", "no_rate_change", None, "flag", None, "2023-12-31", "Q4 2023", None, None, "supported",
          "no change of the target range in the window",
          "No DFEDTARU change between 2023-10-01 and 2023-12-31 (last hike effective 2023-07-27); the FOMC held "
          "on 2023-11-01 and 2023-12-13.", "pause on interest rate hikes"),
        c("RUT_VALUE_GROWTH", "frequency", 35, "pct", "only", None, "since inception", None, None, "unverifiable",
          "series not in the files", "Russell 2000 Value and Growth are not in the files.",
          "only 35% of the time"),
        c("GENERIC", "fed_effect", None, None, None, None, None, None, None, "not_checkable", "causal claim",
          "Attribution of the rally to the Fed pause is an interpretation.", "lifted domestic equities"),
    ])

# 10 ----------------------------------------------------------------------------
passage(
    "ts2tech_20251207_rut_near_record", "ts2.tech",
    "https://ts2.tech/en/russell-2000-near-record-highs-as-fed-cut-bets-grow-small-cap-outlook-after-5-7-december-2025",
    "TS2 Space (ts2.tech)", "2025-12-07", "high",
    "Title says 'after 5-7 December 2025'; the last session described is Friday 2025-12-05; 'next week's "
    "meeting' is the FOMC decision of 2025-12-10.",
    "Russell 2000 near record highs as Fed cut bets grow. The Russell 2000 small-cap index has entered December "
    "2025 within touching distance of record territory, even after a brief pullback to close last week, as "
    "investors price in a high probability of a Federal Reserve rate cut at next week's meeting. On Friday, "
    "5 December 2025, the Russell 2000 slipped 0.4% to 2,521.48, breaking a short run of daily gains. That left "
    "the small-cap benchmark up about 0.8% for the week, following a 5.5% surge the previous week, its "
    "strongest weekly advance in more than a year. Even after Friday's decline the index remains not far from "
    "its all-time high around 2,540 set in mid-October, according to several market recap services. Year to "
    "date, the Nasdaq Composite is up more than 20% in 2025, the S&P 500 up around the mid-teens and the Russell "
    "2000 up roughly low-teens, lagging large-cap tech but still posting double-digit gains. Friday's session "
    "was dominated by delayed U.S. data released after the long government shutdown: core PCE inflation rose "
    "0.3% month-on-month and 2.8% year-on-year in September.",
    [
        c("RUT", "daily_change", -0.4, "pct", None, "2025-12-05", "1 day", None, "close", "supported",
          "1 decimal within 0.07", "2521.48 against 2531.16 = -0.38%.", "slipped 0.4%"),
        c("RUT", "close", 2521.48, "index", None, "2025-12-05", None, None, "close", "supported",
          "2 decimals within 0.025", "Close 2521.48.", "2,521.48"),
        c("RUT", "up_streak_broken", None, "sessions", None, "2025-12-05", None, None, "close", "supported",
          "streak on daily closes", "Gains on 2025-12-03 and 2025-12-04 (two sessions) before the Friday dip: a "
          "short run of daily gains.", "breaking a short run of daily gains"),
        c("RUT", "week_change", 0.8, "pct", "about", "2025-12-05", "week", None, "close", "supported",
          "about: within one unit", "2521.48 against the 2025-11-28 close 2500.43: +0.84%.",
          "up about 0.8% for the week"),
        c("RUT", "week_change", 5.5, "pct", None, "2025-11-28", "week", None, "close", "supported",
          "1 decimal within 0.07", "2500.43 against the 2025-11-21 close 2369.59: +5.52%.", "a 5.5% surge"),
        c("RUT", "best_week_since", "more than a year", "duration", None, "2025-11-28", "week", None, "close",
          "supported", "biggest since X: last week at least as large",
          "The last week with a gain of at least 5.52% ended 2024-11-08 (+8.57%), more than a year earlier.",
          "strongest weekly advance in more than a year"),
        c("RUT", "ath_level", 2540, "index", "around", "2025-10-15", None, None, "intraday high", "supported",
          "about: within one unit of the last stated digit (10 points); intraday record",
          "The intraday record up to 2025-12-05 was 2541.67 on 2025-10-15 (mid-October). On closes the record "
          "was 2531.16 set on 2025-12-04, the day before Friday, so the text's level and date fit only the "
          "intraday reading.", "all-time high around 2,540"),
        c("IXIC", "ytd_return", 20, "pct", "more than", "2025-12-05", "YTD", None, "close", "supported",
          "more than: true > claim", "23578.13 against 19310.79: +22.10%.", "up more than 20%"),
        c("SPX", "ytd_return", 15, "pct", "around the mid-teens", "2025-12-05", "YTD", None, "close", "imprecise",
          "about: outside one unit, error <= 2 pp",
          "6870.40 against 5881.63: +16.81%. 'Around the mid-teens' read as about 15 (14 to 16); 16.81 is "
          "1.81 pp from 15.", "around the mid-teens"),
        c("RUT", "ytd_return", [10, 13], "pct", "roughly low-teens", "2025-12-05", "YTD", None, "close", "supported",
          "roughly: low teens read as 10 to 13, plus one unit",
          "2521.48 against 2230.16: +13.06%.", "roughly low-teens"),
        c("FEDFUNDS", "meeting_next_week", None, "date", None, "2025-12-10", None, None, None, "supported",
          "FOMC calendar", "FOMC decision day 2025-12-10 in the week after 2025-12-05. The 'high probability' "
          "itself is futures-implied and not judged.", "next week's meeting"),
        c("US_PCE", "core_pce_inflation", [0.3, 2.8], "pct", None, "2025-09-30", "September 2025", None, None,
          "unverifiable", "series not in the files", "PCE inflation is not in the files.",
          "2.8% year-on-year"),
    ])

# 11 ----------------------------------------------------------------------------
passage(
    "ts2tech_20251207_iwm_near_highs", "ts2.tech", "https://ts2.tech/?p=20546094",
    "TS2 Space (ts2.tech)", "2025-12-07", "exact",
    "The text opens 'As of December 7, 2025' (a Sunday) and gives figures 'as of the close on December 5, 2025'.",
    "As of December 7, 2025, the iShares Russell 2000 ETF (ticker: IWM) is back near its highs after a strong "
    "rebound in U.S. small-cap stocks, investors have poured billions into it and strategists have turned "
    "bullish on small caps for 2026. As of the close on December 5, 2025, IWM closed at $250.77 (−0.42% on the "
    "day), with a day range of roughly $250.28–$252.66 and a 52-week range of about $171.73–$252.77. Assets "
    "under management are around $70–72 billion. Data providers put its year-to-date total return at about "
    "13–15% and its 1-year return in the mid single digits, roughly 4–6%. The fund charges a 0.19% expense "
    "ratio.",
    [
        c("IWM", "close", 250.77, "usd", None, "2025-12-05", None, None, "close", "supported",
          "2 decimals within 0.025", "IWM close 250.77.", "closed at $250.77"),
        c("IWM", "daily_change", -0.42, "pct", None, "2025-12-05", "1 day", None, "close", "supported",
          "2 decimals within 0.025", "250.77 against 251.82 = -0.417%.", "−0.42% on the day"),
        c("IWM", "day_range", [250.28, 252.66], "usd", "roughly", "2025-12-05", "1 day", None, "intraday",
          "supported", "both ends within tolerance", "Low 250.28, high 252.66.", "$250.28–$252.66"),
        c("IWM", "range_52w", [171.73, 252.77], "usd", "about", "2025-12-05", "52 weeks", None, "intraday",
          "supported", "both ends within tolerance",
          "Lowest low 171.73 (2025-04-07), highest high 252.77 (2025-10-15) in the 52 weeks to 2025-12-05.",
          "$171.73–$252.77"),
        c("IWM", "ytd_total_return", [13, 15], "pct", "about", "2025-12-05", "YTD", None, "total return",
          "supported", "range claim: true inside",
          "adj_close total return since the 2024 close: +14.38% (price +13.49%).", "13–15%"),
        c("IWM", "one_year_return", [4, 6], "pct", "roughly", "2025-12-05", "1 year", None, "total return",
          "supported", "range claim with 'roughly': ends widened by one unit",
          "Total return from the 2024-12-05 close: +6.47%; price return +5.33%. Inside 4-6 on price, and within "
          "'roughly 4-6' on total return.", "roughly 4–6%"),
        c("IWM", "assets_under_management", [70, 72], "usd_bn", "around", "2025-12-05", None, None, None,
          "unverifiable", "series not in the files", "Fund assets are not in the files.", "$70–72 billion"),
        c("IWM", "expense_ratio", 0.19, "pct", None, None, None, None, None, "unverifiable",
          "series not in the files", "Fees are not in the files.", "0.19%"),
    ])

# 12 ----------------------------------------------------------------------------
passage(
    "xuqssq_20251205_rut_record_close", "template.xuqssq.com",
    "https://template.xuqssq.com/blogs/russell-2000-breakout-rate-cut-hopes-2025-12-5",
    "unattributed market blog", "2025-12-05", "high",
    "The URL ends 2025-12-5; the text describes the close of Thursday 2025-12-04 and 'the meeting the following "
    "week' (FOMC decision 2025-12-10).",
    "The Russell 2000 Index (RUT), the benchmark for US small-cap stocks, broke out decisively on Thursday, "
    "December 4, 2025, closing at a new all-time high. The index finished the day at 2,531.16, a daily gain of "
    "+0.8%, clearly above the previous close of 2,512.14. The main force behind the move was the expectation of "
    "imminent Fed easing: futures traders using the CME FedWatch tool put an 87% probability on a 25 basis point "
    "cut at the meeting the following week. While the small-cap index surged by nearly a full percentage point, "
    "the S&P 500 managed only +0.1% at 6,857.12 and the Nasdaq Composite rose just +0.2% to 23,505. Analysts "
    "caution that the breakout came on relatively low trading volume.",
    [
        c("RUT", "record_close", None, "flag", None, "2025-12-04", None, None, "close", "supported",
          "record: above every earlier close", "2531.16 above the previous record close 2520.44 (2025-10-27).",
          "closing at a new all-time high"),
        c("RUT", "close", 2531.16, "index", None, "2025-12-04", None, None, "close", "supported",
          "2 decimals within 0.025", "Close 2531.16.", "2,531.16"),
        c("RUT", "daily_change", 0.8, "pct", None, "2025-12-04", "1 day", None, "close", "supported",
          "1 decimal within 0.07", "2531.16 against 2512.14 = +0.76%.", "+0.8%"),
        c("RUT", "previous_close", 2512.14, "index", None, "2025-12-03", None, None, "close", "supported",
          "2 decimals within 0.025", "2025-12-03 close 2512.14.", "2,512.14"),
        c("FEDFUNDS", "implied_cut_probability", 87, "pct", None, "2025-12-04", None, "2025-12-10 meeting", None,
          "unverifiable", "futures odds for a meeting without futures in the files",
          "ZQ_futures.csv starts with July 2026 contracts; odds are never judged against the outcome.",
          "87% probability"),
        c("FEDFUNDS", "meeting_next_week", None, "date", None, "2025-12-10", None, None, None, "supported",
          "FOMC calendar", "FOMC decision day 2025-12-10, the week after 2025-12-04.",
          "the meeting the following week"),
        c("SPX", "daily_change", 0.1, "pct", None, "2025-12-04", "1 day", None, "close", "supported",
          "1 decimal within 0.07", "6857.12 against 6849.72 = +0.11%.", "+0.1%"),
        c("SPX", "close", 6857.12, "index", None, "2025-12-04", None, None, "close", "supported",
          "2 decimals within 0.025", "Close 6857.12.", "6,857.12"),
        c("IXIC", "daily_change", 0.2, "pct", None, "2025-12-04", "1 day", None, "close", "supported",
          "1 decimal within 0.07", "23505.14 against 23454.09 = +0.22%.", "+0.2%"),
        c("IXIC", "close", 23505, "index", None, "2025-12-04", None, None, "close", "supported",
          "integer within 0.5", "Close 23505.14.", "23,505"),
    ])

# 13 ----------------------------------------------------------------------------
passage(
    "ainvest_20251212_small_cap_resilience", "ainvest.com",
    "https://www.ainvest.com/news/small-cap-resilience-russell-2000-setbacks-buying-opportunity-2512",
    "AInvest", "2025-12-12", "medium",
    "The URL suffix 2512 gives December 2025 and the text says 'as of December 12, 2025'; written on or just "
    "after that day. 'In November' is the month ended 2025-11-28.",
    "The Russell 2000, a bellwether for small-cap U.S. stocks, has gone through a corrective pullback in late "
    "2025 after a strong November rally; a closer look at technical and fundamental signals suggests the dip is "
    "a chance to re-enter. As of December 12, 2025, the index is holding at the 2,500 psychological level after "
    "entering correction territory following a November surge. History offers some comfort: in November the "
    "Russell 2000 recovered to close the month with a 1.0% gain, outperforming broader market indices. Beyond "
    "technicals, the index's valuation remains appealing: small caps are near their lowest relative valuation "
    "in 25 years.",
    [
        c("RUT", "in_correction", None, "flag", None, "2025-12-12", "52 weeks", None, "close", "contradicted",
          "correction: close at least 10% below the 52-week closing high",
          "The 2025-12-12 close 2551.46 was 1.51% below the 52-week closing high 2590.61, itself a record set "
          "the day before (2025-12-11). The index was not in correction territory on any close in "
          "November-December 2025 (deepest: 8.54% below on 2025-11-20).", "entering correction territory"),
        c("RUT", "month_change", 1.0, "pct", None, "2025-11-28", "November 2025", None, "close", "imprecise",
          "outside 0.07, error <= 2 pp and <= 20%",
          "2500.43 against the 2025-10-31 close 2479.38: +0.85%.", "a 1.0% gain"),
        c("RUT", "outperformed_in_month", None, "flag", None, "2025-11-28", "November 2025",
          "S&P 500, Nasdaq, Dow", "close", "supported", "ordering of monthly returns",
          "November 2025: RUT +0.85% against S&P 500 +0.13%, Nasdaq -1.51%, Dow +0.32%.",
          "outperforming broader market indices"),
        c("RUT", "relative_valuation_low_since", "25 years", "duration", "near", None, None, None, None,
          "unverifiable", "series not in the files", "Valuation data are not in the files.",
          "lowest relative valuation in 25 years"),
    ])

# 14 ----------------------------------------------------------------------------
passage(
    "sknfinance_202512_holiday_week", "skn-finance.com",
    "https://skn-finance.com/skn-can-the-russell-2000-sustain-its-momentum-following-a-volatile-holiday-week",
    "SKN Finance", "2025-12", "medium",
    "No date on the page. 'The final full trading week of December 2025', a holiday-shortened week with a Monday "
    "high near 2,570 and a Friday close of 2,534.35, is the week of 2025-12-22 to 2025-12-26; written after the "
    "2025-12-26 close (day of publication not known).",
    "The Russell 2000 Index (^RUT) ended the holiday-shortened week at 2,534.35, a minor decline of 0.54% on "
    "Friday, while keeping a positive trajectory for the month. Small caps briefly outperformed large caps "
    "earlier in the week as domestic growth data lifted sentiment. In the final full trading week of December "
    "2025 the pattern was a sharp early surge and a slow retreat: the index reached intra-week highs near the "
    "2,570 level on Monday, helped by an upbeat Q3 GDP advance estimate of 3.3% and firmer consumer confidence, "
    "then came under pressure into Friday. This 13.74-point slide on the final session suggests small caps are "
    "meeting technical resistance after a robust 14.7% year-to-date climb.",
    [
        c("RUT", "close", 2534.35, "index", None, "2025-12-26", None, None, "close", "supported",
          "2 decimals within 0.025", "Close 2534.35 on 2025-12-26.", "2,534.35"),
        c("RUT", "daily_change", -0.54, "pct", None, "2025-12-26", "1 day", None, "close", "supported",
          "2 decimals within 0.025", "2534.35 against 2548.08 = -0.54%.", "0.54%"),
        c("RUT", "daily_change_points", -13.74, "points", None, "2025-12-26", "1 day", None, "close", "supported",
          "2 decimals within 0.025", "2534.35 - 2548.08 = -13.73 points.", "13.74-point slide"),
        c("RUT", "mtd_positive", None, "flag", None, "2025-12-26", "MTD", None, "close", "supported", "sign",
          "2534.35 against the 2025-11-28 close 2500.43: +1.36% for the month so far.",
          "positive trajectory for the month"),
        c("RUT", "intraweek_high", 2570, "index", "near", "2025-12-22", "week", None, "intraday high",
          "supported", "about: within one unit (10 points)", "Monday 2025-12-22 high 2572.90.",
          "near the 2,570 level"),
        c("RUT", "ytd_return", 14.7, "pct", None, "2025-12-26", "YTD", None, "close", "imprecise",
          "outside 0.07, error <= 2 pp and <= 20%",
          "2534.35 against the 2024 close 2230.16: +13.64%. (14.7% was the year-to-date gain around "
          "2025-12-10; IWM total return to 2025-12-26 was +15.06%, so no basis gives 14.7% for that day.)", "14.7%"),
        c("US_GDP", "q3_growth_advance", 3.3, "pct", None, "2025-09-30", "Q3 2025", None, None, "unverifiable",
          "series not in the files", "GDP is not in the files.", "3.3%"),
    ])


# ---- write ------------------------------------------------------------------
def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python build.py PATH/TO/data")
    ref.DATA = data
    pout, kout = [], []
    for p in P:
        claims = []
        for i, cl in enumerate(p["claims"]):
            k = "%s#%d" % (p["id"], i)
            expr = ref.RECIPES[k]
            val = ref.compute(expr)
            assert p["text"].count(cl["anchor_text"]) == 1, (k, cl["anchor_text"])
            claims.append({f: cl[f] for f in ("index_or_ticker", "metric", "value", "unit", "qualifier", "ref_date",
                                                 "window", "comparison", "basis")})
            kout.append(dict(passage_id=p["id"], claim_index=i, index_or_ticker=cl["index_or_ticker"],
                             metric=cl["metric"], claimed_value=cl["value"], qualifier=cl["qualifier"],
                             ref_date_used=cl["ref_date"], computed_value=val,
                             computed_detail=cl["note"].split(". ")[0] + ". reference.py: " + expr,
                             verdict=cl["verdict"], rule=cl["rule"], note=cl["note"], anchor_text=cl["anchor_text"]))
        rec = dict(id=p["id"], source=dict(site=p["site"], url=p["url"], original_outlet=p["outlet"]),
                   published=p["published"], published_confidence=p["conf"], published_note=p["note"],
                   text_kind="condensed_close_paraphrase", text=p["text"], claims=claims)
        pout.append(rec)
    with open(os.path.join(HERE, "passages.jsonl"), "w") as f:
        for r in pout:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w") as f:
        for r in kout:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(pout), "passages,", len(kout), "claims", dict(Counter(r["verdict"] for r in kout)))


if __name__ == "__main__":
    main()
