#!/usr/bin/env python3
"""Build passages.jsonl and key.jsonl of this corpus.

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
Every computed_value comes from the RECIPES table of reference.py, evaluated on the CSV files;
the verdicts, rules and notes below were written from those values under the dev README's rules.
Outputs are written beside this script.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as ref  # noqa: E402


def C(ticker, metric, value, unit, anchor, verdict, rule, note, qualifier=None, ref_date=None,
      window=None, comparison=None, basis="close", detail=""):
    return dict(index_or_ticker=ticker, metric=metric, value=value, unit=unit, qualifier=qualifier,
                ref_date=ref_date, window=window, comparison=comparison, basis=basis,
                anchor=anchor, verdict=verdict, rule=rule, note=note, detail=detail)


U_TR = "unverifiable: total-return figure, only the price index is in the files"
U_NF = "unverifiable: series not in the files"

P = []

# 1 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="thinkadvisor_20070201_small_caps_on_top_2006",
    source=dict(site="thinkadvisor.com", url="https://www.thinkadvisor.com/2007/02/01/small-caps-on-top-again/",
                original_outlet="Investment Advisor / ThinkAdvisor (citing Russell Investment Group)"),
    published="2007-02-01", published_confidence="exact",
    published_note="Date in the URL. The piece reports calendar-2006 returns (2005-12-30 to 2006-12-29 closes).",
    text=("Small Caps On Top Again. The small-cap Russell 2000 Index staged a comeback in 2006 with a gain of 18.4%, "
          "beating the large-cap Russell 1000 Index (15.5%) for the seventh year out of the past eight, according to "
          "Russell Investment Group's David Hintz, who announced the final numbers for the year. A slightly positive "
          "December for equities carried the Russell 3000 Index to a year-to-date increase of 15.7%, and the Russell "
          "2000 Value Index finished the year up 23.5%."),
    claims=[
        C("RUT", "annual_return", 18.4, "pct", "gain of 18.4%", "unverifiable", U_TR,
          "Russell's year-end announcements are total returns; the price index in RUT.csv rose 17.00% in 2006 "
          "(the official total return was 18.37%). On a price reading the figure would be imprecise (error 1.4 pp).",
          ref_date="2006-12-29", window="2006"),
        C("R1000", "annual_return", 15.5, "pct", "(15.5%)", "unverifiable", U_NF,
          "Russell 1000 is not in the files (S&P 500 price return in 2006 was 13.62%, only as a proxy).",
          ref_date="2006-12-29", window="2006"),
        C("RUT", "outperformance_count", "7 of 8 years", "count", "seventh year out of the past eight", "unverifiable", U_NF,
          "Needs Russell 1000 annual returns 1999-2006, not in the files.", window="1999-2006", comparison="R1000"),
        C("R3000", "annual_return", 15.7, "pct", "15.7%", "unverifiable", U_NF, "Russell 3000 is not in the files.",
          ref_date="2006-12-29", window="2006"),
        C("R2000_VALUE", "annual_return", 23.5, "pct", "23.5%", "unverifiable", U_NF,
          "Russell 2000 Value is not in the files.", ref_date="2006-12-29", window="2006"),
    ]))

# 2 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="morningstar_20071128_small_cap_funds_since_july",
    source=dict(site="morningstar.com", url="https://www.morningstar.com/articles/214684/buck-the-trend-and-stick-with-strong-small-cap-funds",
                original_outlet="Morningstar (Fund Spy)"),
    published="2007-11-28", published_confidence="medium",
    published_note=("No date on the page. The Russell 2000 figure (-12.75% since July 19) matches the 2007-11-27 close "
                    "exactly and no other close of 2007-08..2008-01; 'second half of 2007' flows fit late November. "
                    "Taken as written on 2007-11-28 with data through the 2007-11-27 close."),
    text=("Buck the Trend and Stick with Strong Small-Cap Funds. It's been rough going for the markets since mid-July, "
          "and many indexes have lately reached 'correction' status, down 10% from their peaks. Financial stocks have "
          "been hit hardest, but U.S. small caps have hardly had it easy: while the S&P 500 has fallen 8.36% since July 19, "
          "the Russell 2000 has dropped 12.75%. Investors have reacted, pulling more than $5 billion out of small-cap "
          "funds in the second half of 2007."),
    claims=[
        C("SPX", "pct_change", -8.36, "pct", "fallen 8.36% since July 19", "imprecise",
          "imprecise: % figure off by more than the 2-decimal tolerance, within max(2 pp, 10%)",
          "Close 2007-07-19 (1553.08, the S&P record close) to close 2007-11-27: -8.04%. To 2007-11-26 it was -9.39%; "
          "no close between 2007-11-21 and 2007-11-28 gives -8.36%. Error 0.32 pp.",
          ref_date="2007-11-27", window="since 2007-07-19"),
        C("RUT", "pct_change", -12.75, "pct", "dropped 12.75%", "supported", "supported: within 2-decimal tolerance",
          "Close 2007-07-19 (851.85) to close 2007-11-27: -12.75%. The Russell's own peak close was 855.77 on 2007-07-13.",
          ref_date="2007-11-27", window="since 2007-07-19"),
        C("FUND_FLOWS", "outflows", 5, "usd_bn", "more than $5 billion", "unverifiable", U_NF,
          "Fund flows are not in the files.", qualifier="more than", window="2007H2"),
    ]))

# 3 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="etftrends_20120306_iwm_outflows",
    source=dict(site="etftrends.com", url="https://www.etftrends.com/2012/03/etf-chart-of-the-day-u-s-small-cap-stocks/",
                original_outlet="ETF Trends"),
    published="2012-03-06", published_confidence="high",
    published_note=("Month in the URL. 'Yesterday' is 2012-03-05: the IWM 50-day average of closes through 2012-03-05 "
                    "is 78.96 (the text's $78.95), the trailing-year Russell 2000 change to 2012-03-05 is -2.59% "
                    "(text -2.58%), and the index's 2012-03-05 low was its lowest since 2012-01-31. Taken as written "
                    "the next morning with closes through 2012-03-05."),
    text=("ETF Chart of the Day: U.S. Small-Cap Stocks. Outflows from equity ETFs tied to the Russell 2000 Index have "
          "sped up in recent sessions: iShares Russell 2000 (IWM) has lost nearly 8% of its total assets outstanding "
          "(approximately $1.2 billion) to redemptions. The Russell 2000 Index has given back some ground from highs touched "
          "several weeks ago, and yesterday, earlier in the session, the index touched its lowest point since the beginning "
          "of February before recovering somewhat. IWM nearly touched its 50 day moving average (currently $78.95) intraday "
          "yesterday, an average that has not been violated since mid-December of last year. Small caps have lagged large "
          "caps: in the trailing one year period the Russell 2000 Index is down 2.58% versus the S&P 500 Index up 3.23%, "
          "and year to date the Russell 2000 is only narrowly outpacing the S&P 500, up 9.01% versus the S&P 500 up 8.96%."),
    claims=[
        C("IWM", "outflows", 1.2, "usd_bn", "approximately $1.2 billion", "unverifiable", U_NF,
          "Fund flows and assets outstanding are not in the files.", qualifier="approximately"),
        C("RUT", "lowest_since", "beginning of February", "date", "lowest point since the beginning of February", "supported",
          "supported: lowest since X where X is the first session after the last session at least as low",
          "Intraday low 2012-03-05: 795.99. The last lower low was 788.02 on 2012-01-31, so the first session after it is "
          "2012-02-01 = 'the beginning of February'.", ref_date="2012-03-05", basis="intraday low"),
        C("IWM", "moving_average_50d", 78.95, "usd", "$78.95", "supported", "supported: within 2-decimal tolerance (0.025)",
          "Mean of the 50 IWM closes through 2012-03-05: 78.96. IWM's low that day was 79.42 ('nearly touched').",
          qualifier="currently", ref_date="2012-03-05"),
        C("IWM", "last_close_below_ma50", "mid-December", "date", "not been violated since mid-December", "supported",
          "supported: last close below the average falls in mid-December 2011",
          "Last IWM close below its 50-day average before 2012-03-05: 2011-12-19 (lows also last below it on 2011-12-19).",
          ref_date="2012-03-05"),
        C("RUT", "trailing_1y_return", -2.58, "pct", "down 2.58%", "supported", "supported: within 2-decimal tolerance",
          "Close 2011-03-04 (last session on or before 2012-03-05 minus one year) to 2012-03-05: -2.59%.",
          ref_date="2012-03-05", window="trailing one year"),
        C("SPX", "trailing_1y_return", 3.23, "pct", "up 3.23%", "imprecise",
          "imprecise: % figure outside 2-decimal tolerance, within max(2 pp, 10%)",
          "Close 2011-03-04 to 2012-03-05: +3.27% (error 0.04 pp).", ref_date="2012-03-05", window="trailing one year"),
        C("RUT", "ytd_return", 9.01, "pct", "up 9.01%", "imprecise",
          "imprecise: % figure outside tolerance, within max(2 pp, 10%)",
          "YTD to the 2012-03-05 close: +8.47% (2012-03-02: +8.30%; 2012-03-01: +10.03%). No total-return reading is "
          "checkable; a dividend-adjusted figure would be about 0.2 pp higher, still not 9.01.",
          ref_date="2012-03-05", window="YTD"),
        C("SPX", "ytd_return", 8.96, "pct", "up 8.96%", "imprecise",
          "imprecise: % figure outside tolerance, within max(2 pp, 10%)",
          "YTD to the 2012-03-05 close: +8.49% (2012-03-02: +8.91%).", ref_date="2012-03-05", window="YTD"),
        C("RUT", "ytd_vs_SPX", "narrowly outpacing", "ordering", "only narrowly outpacing the S&P 500", "contradicted",
          "contradicted: wrong ordering",
          "On the 2012-03-05 close the Russell 2000 was up 8.47% YTD against 8.49% for the S&P 500, i.e. slightly behind; "
          "on 2012-03-02 it was also behind (8.30% vs 8.91%). It led on 2012-03-01.",
          ref_date="2012-03-05", window="YTD", comparison="SPX"),
    ]))

# 4 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="marketwired_20141010_small_cap_smart_beta",
    source=dict(site="marketwired.com",
                url="http://www.marketwired.com/press-release/small-cap-divergence-smart-beta-indexes-reflecting-us-small-large-cap-stocks-held-up-1956558.htm",
                original_outlet="Russell Investments press release (Marketwired)"),
    published="2014-10-10", published_confidence="exact",
    published_note="Dateline 'SEATTLE, WA (Marketwired - Oct 10, 2014)'. Figures are year-to-date as of October 7 (2014-10-07 close).",
    text=("SEATTLE, WA (Marketwired - Oct 10, 2014) - Small Cap Divergence: smart beta indexes of U.S. small and large caps "
          "held up well despite the Russell 2000 Index downturn year-to-date as of October 7, according to Russell Indexes. "
          "The Russell Fundamental U.S. Small Company Index returned (-2.4%) year-to-date as of October 7, against a (-6.6%) "
          "return for the Russell 2000 Index, and the Russell 2000 Low Volatility Index returned (-0.8%). Among large caps, "
          "the Russell Fundamental U.S. Large Company Index returned 5.8% year-to-date, compared with 5.9% for the Russell "
          "1000 Index."),
    claims=[
        C("RUT", "ytd_return", -6.6, "pct", "(-6.6%)", "unverifiable", U_TR,
          "Russell Indexes quote total returns. The price index fell 7.51% from the 2013-12-31 close to the 2014-10-07 close; "
          "on a price reading the figure would be imprecise (error 0.9 pp).", ref_date="2014-10-07", window="YTD"),
        C("RUSSELL_FUNDAMENTAL_SMALL", "ytd_return", -2.4, "pct", "(-2.4%)", "unverifiable", U_NF, "Index not in the files.",
          ref_date="2014-10-07", window="YTD"),
        C("R2000_LOWVOL", "ytd_return", -0.8, "pct", "(-0.8%)", "unverifiable", U_NF, "Index not in the files.",
          ref_date="2014-10-07", window="YTD"),
        C("RUSSELL_FUNDAMENTAL_LARGE", "ytd_return", 5.8, "pct", "5.8%", "unverifiable", U_NF, "Index not in the files.",
          ref_date="2014-10-07", window="YTD"),
        C("R1000", "ytd_return", 5.9, "pct", "5.9%", "unverifiable", U_NF,
          "Russell 1000 is not in the files (S&P 500 price YTD to 2014-10-07: +4.69%, proxy only).",
          ref_date="2014-10-07", window="YTD"),
    ]))

# 5 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="russell_201501_q4_2014_small_cap_perspectives",
    source=dict(site="esdocs.com", url="https://esdocs.com/doc/503325/small-cap-perspectives--pdf-",
                original_outlet="Russell Investments (Russell Indexes), Small Cap Perspectives, December 2014"),
    published="2015-01", published_confidence="medium",
    published_note=("A repost of Russell's quarterly PDF titled December 2014; it reviews the whole fourth quarter, so it "
                    "was written after the 2014-12-31 close, taken as January 2015."),
    text=("Small Cap Perspectives: Russell 2000 Index quarterly analysis, December 2014. Market recap, Q4 2014: after trailing "
          "large caps for much of 2014, small cap stocks sprinted ahead in the fourth quarter. The Russell 2000 Index posted "
          "its strongest quarter since the third quarter of 2013, recovering from negative territory and making all of its "
          "gains for the year and more during the period. The smallest stocks led: the Russell Microcap Index surged 11.2%, "
          "followed by the Russell 2000 at 9.7%, while the Russell Top 200 Index returned 4.4% and the Russell 1000 4.9%. "
          "The small-cap index's advance came after a pullback of more than 11% during September and early October, and it "
          "saw positive returns during every month of the quarter for the first time since the fourth quarter of 2013. For "
          "the full year, large caps led with a total return of 13.2% vs. 4.9% for small caps."),
    claims=[
        C("RUT", "quarter_return", 9.7, "pct", "Russell 2000 at 9.7%", "unverifiable", U_TR,
          "Russell quotes total returns. Price index Q4 2014 (2014-09-30 to 2014-12-31 closes): +9.35%; on a price reading "
          "the figure would be imprecise (error 0.35 pp).", ref_date="2014-12-31", window="2014Q4"),
        C("RUT", "best_quarter_since", "2013Q3", "quarter", "strongest quarter since the third quarter of 2013", "supported",
          "supported: the last quarter with a return at least as large is the one named",
          "Price returns: Q4 2014 +9.35%; Q4 2013 +8.37%, Q3 2013 +9.85%. The last earlier quarter at least as strong is "
          "2013Q3. (Total returns give the same ordering per Russell.)", ref_date="2014-12-31", window="2014Q4"),
        C("RUT", "q4_vs_full_year", "all of its gains for the year and more", "flag", "making all of its gains for the year and more",
          "supported", "supported: the quarter's gain exceeds the full-year gain (index negative YTD at end of Q3)",
          "Price basis: 2014 full year +3.53%, Q4 +9.35% (difference +5.82 pp); YTD at the 2014-09-30 close was -5.32%.",
          ref_date="2014-12-31", window="2014"),
        C("RUT", "drawdown", 11, "pct", "pullback of more than 11%", "supported", "supported: 'more than' bound holds",
          "Close 2014-09-02 (1179.47, the September high) to close 2014-10-13 (1049.30, the low): 11.04% lower.",
          qualifier="more than", ref_date="2014-10-13", window="September and early October 2014"),
        C("RUT", "positive_every_month", "first time since 2013Q4", "flag", "every month of the quarter", "unverifiable",
          "unverifiable: total-return monthly figures, the price index does not decide them",
          "Price index monthly changes: October +6.52%, November -0.02%, December +2.68%. The price index was fractionally "
          "down in November, so the statement holds only on the total-return basis Russell uses, which the files lack.",
          window="2014Q4"),
        C("RUSSELL_MICROCAP", "quarter_return", 11.2, "pct", "surged 11.2%", "unverifiable", U_NF, "Index not in the files.",
          window="2014Q4"),
        C("RUSSELL_TOP200", "quarter_return", 4.4, "pct", "returned 4.4%", "unverifiable", U_NF, "Index not in the files.",
          window="2014Q4"),
        C("R1000", "quarter_return", 4.9, "pct", "Russell 1000 4.9%", "unverifiable", U_NF,
          "Russell 1000 is not in the files.", window="2014Q4"),
        C("R1000", "annual_return", 13.2, "pct", "13.2%", "unverifiable", U_NF,
          "Large caps (Russell 1000) not in the files; total return.", window="2014"),
        C("RUT", "annual_return", 4.9, "pct", "vs. 4.9% for small caps", "unverifiable", U_TR,
          "Stated as total return; the price index rose 3.53% in 2014.", window="2014"),
    ]))

# 6 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="lpl_20161119_small_caps_up_10_days",
    source=dict(site="advisorperspectives.com",
                url="https://www.advisorperspectives.com/commentaries/2016/11/19/small-caps-up-10-days-in-a-row-too-late-to-buy",
                original_outlet="LPL Research (via Advisor Perspectives)"),
    published="2016-11-19", published_confidence="exact",
    published_note=("Date in the URL (a repost). The text counts 10 straight gains, which ended with the 2016-11-17 close "
                    "(the streak began 2016-11-04; on 2016-11-18 it reached 11), so it was written after the 2016-11-17 close."),
    text=("Small Caps Up 10 Days in a Row—Too Late To Buy? Small caps have been on fire, with the Russell 2000 up 10 "
          "consecutive days for the first time since March 2013, and they could be among the groups to benefit from a "
          "Trump presidency. Going back in history, the Russell 2000 has been higher 10 consecutive days 19 other times, "
          "and the median return a month later has been 2.8%, twice the average median monthly return of 1.4%. Another way "
          "to look at it: the Russell 2000 is up more than 13% the past 10 days, the best 10-day rally since July 2009. "
          "After big 10-day surges the index has been up another 6.0% on average a month later."),
    claims=[
        C("RUT", "up_streak", 10, "sessions", "up 10 consecutive days", "supported", "supported: streak of daily closes",
          "Closes rose every session 2016-11-04..2016-11-17 (10 sessions); the streak went on to 14 sessions through 2016-11-23.",
          ref_date="2016-11-17"),
        C("RUT", "first_since", "March 2013", "month", "first time since March 2013", "supported",
          "supported: the last earlier 10-session streak falls in the month named",
          "Last earlier streak of at least 10 up closes: ended 2013-03-11 (reached 10 that day).", ref_date="2016-11-17"),
        C("RUT", "streak_count", 19, "count", "19 other times", "unverifiable",
          "unverifiable: needs 1979-1987 history that the file lacks",
          "The file (from 1987-09-10) holds exactly 19 earlier streaks that reached 10 up closes (1988..2013), which matches; "
          "streaks in 1979-1987 cannot be checked.", comparison="since 1979"),
        C("RUT", "median_forward_1m_return", 2.8, "pct", "median return a month later has been 2.8%", "unverifiable",
          "unverifiable: statistic over episodes that include pre-1987 history and an unstated convention", ""),
        C("RUT", "median_monthly_return", 1.4, "pct", "average median monthly return of 1.4%", "unverifiable",
          "unverifiable: needs 1979-1987 history; convention not stated", ""),
        C("RUT", "window_return_10d", 13, "pct", "up more than 13% the past 10 days", "supported",
          "supported: 'more than' bound holds", "Close 2016-11-03 to close 2016-11-17: +13.19%.",
          qualifier="more than", ref_date="2016-11-17", window="10 sessions"),
        C("RUT", "best_10d_since", "July 2009", "month", "best 10-day rally since July 2009", "supported",
          "supported: biggest since X, X is the last period with a move at least as large",
          "Last earlier 10-session return at least +13.19%: the window ending 2009-07-24 (+14.03%).", ref_date="2016-11-17"),
        C("RUT", "avg_forward_1m_return", 6.0, "pct", "up another 6.0% on average", "unverifiable",
          "unverifiable: selection of 'big 10-day surges' not stated", ""),
    ]))

# 7 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="irmagazine_201611_small_caps_trump_boost",
    source=dict(site="irmagazine.com", url="https://irmagazine.com/articles/small-cap/21733/us-small-caps-get-boost-after-trump-election",
                original_outlet="IR Magazine"),
    published="2016-11-21", published_confidence="medium",
    published_note=("No date on the page. The figures fit the 2016-11-18 close: an 11-session up streak (2016-11-04..18), "
                    "+10.08% since the 2016-11-08 close, S&P 500 +1.98%. On 2016-11-21 the streak would be 12. Taken as "
                    "published on the next business day with closes through Friday 2016-11-18."),
    text=("Russell 2000 Index rises by 10 percent. Small US companies have gained the most since Donald Trump won the "
          "presidency. Since the election the Russell 2000 Index of small-cap stocks has put together 11 straight sessions of "
          "gains, its longest winning streak since 2003; it has risen 10 percent since election day, far ahead of the S&P 500 "
          "and its 2 percent climb. PTC Therapeutics shares are up 141 percent since November 8, and the shipper Scorpio "
          "Bulkers has had a 50 percent boost since the vote."),
    claims=[
        C("RUT", "up_streak", 11, "sessions", "11 straight sessions of gains", "supported", "supported: streak of daily closes",
          "Closes rose every session 2016-11-04..2016-11-18 = 11 sessions. 'Since the election' is loose: the streak began "
          "two sessions before election day (only 8 of the 11 gains came after it).", ref_date="2016-11-18"),
        C("RUT", "longest_streak_since", 2003, "year", "longest winning streak since 2003", "supported",
          "supported: the last streak at least as long falls in the year named",
          "Last earlier streak of at least 11 up closes: 2003-06-04/05 (reached 12).", ref_date="2016-11-18"),
        C("RUT", "pct_change", 10, "pct", "risen 10 percent since election day", "supported", "supported: integer within 0.5",
          "Close 2016-11-08 (election day) to close 2016-11-18: +10.08%.", ref_date="2016-11-18", window="since 2016-11-08"),
        C("SPX", "pct_change", 2, "pct", "2 percent climb", "supported", "supported: integer within 0.5",
          "Close 2016-11-08 to close 2016-11-18: +1.98%.", ref_date="2016-11-18", window="since 2016-11-08"),
        C("STOCK", "pct_change", 141, "pct", "141 percent", "unverifiable", U_NF, "Single stock (PTC Therapeutics) not in the files.",
          window="since 2016-11-08"),
        C("STOCK", "pct_change", 50, "pct", "50 percent boost", "unverifiable", U_NF, "Single stock (Scorpio Bulkers) not in the files.",
          window="since the election"),
    ]))

# 8 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="benzinga_20170818_small_cap_etfs_wobble",
    source=dict(site="benzinga.com", url="https://www.benzinga.com/news/17/08/9947600/small-cap-etfs-continue-to-wobble",
                original_outlet="Benzinga"),
    published="2017-08-18", published_confidence="exact",
    published_note=("Date shown on the page. It quotes a 'Thursday note' (2017-08-17); year-to-date figures are judged on "
                    "the 2017-08-17 closes (2017-08-18 gives the same verdicts)."),
    text=("Small-Cap ETFs Continue To Wobble. U.S. small caps and the related exchange traded funds keep lagging their "
          "large-cap counterparts. Year-to-date, the iShares Russell 2000 ETF (IWM), the largest small-cap ETF, is up just "
          "2.7 percent while the S&P 500 is higher by more than 11 percent, and options traders are souring on the fund. "
          "In a Thursday note Street One Financial's Paul Weisbruch pointed to September puts being bought and to IWM "
          "threatening its 200 day MA for the second time in the past five sessions; he added that more than $700 million "
          "had left IWM through redemptions in a couple of sessions, taking year-to-date outflows to over $3.8 billion. "
          "Leveraged funds show the opposite preference: over the past month the bullish Direxion TNA drew average daily "
          "inflows of almost $5.2 million, while the bearish TZA lost just over $1.5 million a day. IWM puts over 32 percent "
          "of its weight in technology and healthcare stocks."),
    claims=[
        C("IWM", "ytd_return", 2.7, "pct", "up just 2.7 percent", "contradicted", "contradicted: far outside tolerance",
          "IWM close 2016-12-30: 134.85; 2017-08-17: 134.93 (+0.06%); total return (adj_close) +0.78%; 2017-08-18: +0.05%. "
          "No basis gives 2.7%.", ref_date="2017-08-17", window="YTD"),
        C("SPX", "ytd_return", 11, "pct", "higher by more than 11 percent", "contradicted", "contradicted: 'more than' bound fails",
          "S&P 500 price YTD to 2017-08-17: +8.54%; SPY total return +9.76%; 2017-08-18: +8.34%.",
          qualifier="more than", ref_date="2017-08-17", window="YTD"),
        C("QUOTE", "moving_average_test", "second time in five sessions", "text", "for the second time in the past five sessions",
          "not_checkable", "not_checkable: quoted opinion about intraday trading",
          "For the record: IWM's 200-day average of closes was 136.65 on 2017-08-17 and IWM closed at 134.93, below it; its "
          "low had dipped below the average on 2017-08-11 (135.77 vs 136.28).", ref_date="2017-08-17"),
        C("IWM", "outflows", 700, "usd_mn", "more than $700 million", "unverifiable", U_NF, "Fund flows are not in the files.",
          qualifier="more than"),
        C("IWM", "outflows_ytd", 3.8, "usd_bn", "over $3.8 billion", "unverifiable", U_NF, "Fund flows are not in the files.",
          qualifier="over"),
        C("TNA", "avg_daily_inflows", 5.2, "usd_mn", "almost $5.2 million", "unverifiable", U_NF, "Fund flows are not in the files.",
          qualifier="almost"),
        C("TZA", "avg_daily_outflows", 1.5, "usd_mn", "just over $1.5 million a day", "unverifiable", U_NF, "Fund flows are not in the files.",
          qualifier="just over"),
        C("IWM", "sector_weight", 32, "pct", "over 32 percent", "unverifiable", U_NF, "Holdings weights are not in the files.",
          qualifier="over"),
    ]))

# 9 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="practicalstockinvesting_20200109_russell_two_years",
    source=dict(site="practicalstockinvesting.com", url="https://practicalstockinvesting.com/2020/01/09/a-ps-to-todays-post/",
                original_outlet="Practical Stock Investing (blog)"),
    published="2020-01-09", published_confidence="exact",
    published_note="Date in the URL. 'Over the past two years' is judged close 2018-01-08 to close 2020-01-08 (the last close before the post).",
    text=("A PS to today's post. The Russell 2000, made up of medium-sized US-based firms serving mostly US customers, is up "
          "by 4.5% over the past two years. That compares with +16.5% for the S&P 500 and +25.5% for the NASDAQ, which are far "
          "more globally oriented. (These are capital changes figures, plucked off Yahoo Finance.) The latter two are 3.7x "
          "and 5.7x the return on the Russell 2000, attention-grabbing but not the right way to sum things up; what matters "
          "more is that ex dividends the Russell has returned pretty close to zero."),
    claims=[
        C("RUT", "pct_change", 4.5, "pct", "up by 4.5%", "contradicted", "contradicted: error above max(2 pp, 10%)",
          "Close 2018-01-08 to 2020-01-08: +6.52% (error 2.02 pp); other anchors (2018-01-05..09 to 2020-01-07..09) give "
          "+6.2% to +6.7%, none within 2 pp of 4.5.", ref_date="2020-01-08", window="past two years"),
        C("SPX", "pct_change", 16.5, "pct", "+16.5%", "imprecise", "imprecise: error within max(2 pp, 10%) and 20%",
          "Close 2018-01-08 to 2020-01-08: +18.39% (error 1.89 pp); other anchors give +17.7% to +19.4%.",
          ref_date="2020-01-08", window="past two years"),
        C("IXIC", "pct_change", 25.5, "pct", "+25.5%", "imprecise", "imprecise: error within max(2 pp, 10%) and 20%",
          "Close 2018-01-08 to 2020-01-08: +27.55% (error 2.05 pp, inside 10% of the true value).",
          ref_date="2020-01-08", window="past two years"),
        C("SPX_VS_RUT", "ratio", 3.7, "x", "3.7x", "supported", "supported: arithmetic on the figures the passage states",
          "16.5 / 4.5 = 3.67. On the file's figures the ratio would be 18.39 / 6.52 = 2.82.", comparison="RUT"),
        C("IXIC_VS_RUT", "ratio", 5.7, "x", "5.7x", "supported", "supported: arithmetic on the figures the passage states",
          "25.5 / 4.5 = 5.67. On the file's figures: 27.55 / 6.52 = 4.23.", comparison="RUT"),
        C("GENERIC", "statement", "pretty close to zero", "text", "pretty close to zero", "not_checkable",
          "not_checkable: vague statement", "'Ex dividends ... pretty close to zero' has no stated window or threshold; the "
          "price index itself rose 6.5% over the two years."),
    ]))

# 10 --------------------------------------------------------------------------------------------
P.append(dict(
    id="morningstar_202012_small_value_comes_back",
    source=dict(site="morningstar.com", url="https://www.morningstar.com/articles/1015875/small-cap-value-comes-back-but-not-all-the-way",
                original_outlet="Morningstar (Fund Spy)"),
    published="2020-12", published_confidence="medium",
    published_note="No day on the page; it reports November 2020 returns 'through month's end', so written in early December 2020.",
    text=("Small-Cap Value Comes Back--But Not All the Way. Small-cap value has surged back in the fourth quarter, but it "
          "still has a long way to go. The Russell 2000 and Russell 2000 Value indexes rose 18.4% and 19.3%, respectively, in "
          "November, their best absolute gains since their December 1978 inceptions. The Russell 2000 Growth Index posted a "
          "strong 17.6% rise itself and stayed far ahead of both its sibling benchmarks for the year and over longer trailing "
          "periods. The Russell 2000 Value's paltry 0.8% annualized trailing three-year gain through month's end trailed the "
          "growth index's advance by 12 percentage points."),
    claims=[
        C("RUT", "month_return", 18.4, "pct", "18.4%", "unverifiable", U_TR,
          "Morningstar quotes total returns. Price index November 2020 (2020-10-30 to 2020-11-30 closes): +18.29%; on a "
          "price reading the figure would be imprecise (error 0.11 pp).", ref_date="2020-11-30", window="2020-11"),
        C("R2000_VALUE", "month_return", 19.3, "pct", "19.3%", "unverifiable", U_NF, "Index not in the files.", window="2020-11"),
        C("RUT", "best_month_since", "December 1978 inception", "record", "best absolute gains since their December 1978 inceptions",
          "unverifiable", "unverifiable: needs 1979-1987 history that the file lacks",
          "Within the file (1987-09 on) November 2020 is the best month (+18.29%; next best 2000-02 +16.42%), consistent "
          "with the claim, but 1979-1987 months cannot be checked.", window="2020-11"),
        C("R2000_GROWTH", "month_return", 17.6, "pct", "17.6%", "unverifiable", U_NF, "Index not in the files.", window="2020-11"),
        C("R2000_VALUE", "annualized_3y_return", 0.8, "pct", "0.8%", "unverifiable", U_NF, "Index not in the files.",
          window="3 years to 2020-11-30"),
        C("R2000_VALUE_VS_GROWTH", "spread", 12, "pp", "12 percentage points", "unverifiable", U_NF, "Indexes not in the files.",
          window="3 years to 2020-11-30"),
    ]))

# 11 --------------------------------------------------------------------------------------------
P.append(dict(
    id="almanac_20220126_rut_second_worst_start",
    source=dict(site="electioninsider.net", url="https://electioninsider.net/2nd-worst-start-for-russell-2000-since-1979/",
                original_outlet="Stock Trader's Almanac (repost)"),
    published="2022-01-26", published_confidence="medium",
    published_note=("No date on the repost. The figures are 'as of the 5th to last trading day of January' 2022, which is "
                    "2022-01-25 (YTD -10.75%); taken as written the next day."),
    text=("2nd Worst Start for Russell 2000 Since 1979. So much for the 'January Effect' this year, as small caps measured by "
          "the Russell 2000 have underperformed so far in 2022. As the Almanac notes, most of the so-called January Effect "
          "takes place in the last half of December, and that did occur this time around: the Russell 2000 gained 2.3% from "
          "December 15, 2021 through December 31 vs. 1.3% for the Russell 1000. Still, this is the second worst start to the "
          "year for the Russell 2000 since inception in 1979: based on year-to-date performance as of the 5th to last trading "
          "day of January, 2022's YTD loss of -10.7% is the second worst. Of the 18 years listed January was down in all but "
          "one year, 2007. The DJIA and S&P 500 finished these years in the black 66.7% of the time and NASDAQ 72.2% of the "
          "time, but the R2K was up only 55.6% of the time."),
    claims=[
        C("RUT", "pct_change", 2.3, "pct", "gained 2.3%", "supported", "supported: within 1-decimal tolerance",
          "Close 2021-12-15 to close 2021-12-31: +2.28%.", ref_date="2021-12-31", window="2021-12-15..2021-12-31"),
        C("R1000", "pct_change", 1.3, "pct", "1.3% for the Russell 1000", "unverifiable", U_NF,
          "Russell 1000 is not in the files.", window="2021-12-15..2021-12-31"),
        C("RUT", "ytd_return", -10.7, "pct", "-10.7%", "supported", "supported: within 1-decimal tolerance",
          "YTD to the 2022-01-25 close (5th-to-last January session): -10.75%.", ref_date="2022-01-25", window="YTD"),
        C("RUT", "rank_worst_start", 2, "rank", "second worst start to the year", "unverifiable",
          "unverifiable: needs 1979-1987 history that the file lacks",
          "Among 1988-2022 in the file, 2022 (-10.75%) ranks 2nd worst behind 2016 (-12.20%) on the same convention, "
          "consistent with the claim; years 1979-1987 cannot be checked.", ref_date="2022-01-25"),
        C("RUT", "month_return_sign", "January 2007 up", "flag", "all but one year, 2007", "supported",
          "supported: the sign of the month's close-to-close change",
          "January 2007 (2006-12-29 to 2007-01-31 closes): +1.61%, the one up January among the listed years (the other 17 "
          "years of the list are not named, so only 2007 is checked).", window="2007-01"),
        C("DJI_SPX", "share_of_up_years", 66.7, "pct", "66.7%", "unverifiable",
          "unverifiable: the list of 18 years is not given and reaches back before the Dow file", ""),
        C("IXIC", "share_of_up_years", 72.2, "pct", "72.2%", "unverifiable",
          "unverifiable: the list of 18 years is not given", ""),
        C("RUT", "share_of_up_years", 55.6, "pct", "55.6%", "unverifiable",
          "unverifiable: the list of 18 years is not given and includes pre-1987 years", ""),
    ]))

# 12 --------------------------------------------------------------------------------------------
P.append(dict(
    id="govcapital_202503_small_caps_on_the_brink",
    source=dict(site="gov.capital",
                url="https://gov.capital/small-caps-on-the-brink-how-trade-turmoil-and-economic-uncertainty-are-driving-the-russell-2000-downturn",
                original_outlet="Gov Capital (rewrite of a CBS News report)"),
    published="2025-03-14", published_confidence="medium",
    published_note=("No date on the page. 'Down more than 18% since its peak in November' holds for one close only before the "
                    "April 2025 crash: 2025-03-13 (18.36% below the 2024-11-25 record close); the consumer-sentiment two-year "
                    "low was reported on 2025-03-14. Taken as 2025-03-14 with closes through 2025-03-13."),
    text=("Small-Caps on the Brink: How Trade Turmoil and Economic Uncertainty Are Driving the Russell 2000 Downturn. According "
          "to a CBS News report, the U.S. economy is showing clear signs of a downward trend: consumer sentiment has dropped to a "
          "two-year low, U.S. stocks are falling, and trade policy is generating uncertainty among businesses. The Russell 2000, "
          "an index of small companies, is down more than 18% since its peak in November when Mr. Trump was elected. With the "
          "index on the verge of entering bear market territory, a decline of 20% or more from its recent high, concerns are "
          "mounting. The report explains that the earnings hit for small caps could be three times larger than for large caps "
          "given current tariffs and the potential for retaliation."),
    claims=[
        C("RUT", "pct_from_high", 18, "pct", "down more than 18% since its peak in November", "supported",
          "supported: 'more than' bound holds on the record close",
          "Record close 2434.73 on 2024-11-25 to close 2025-03-13: 18.36% below (intraday reading: 19.4% below the "
          "2024-11-25 high of 2466.49). On every other close before 2025-04-03 the gap was under 18%.",
          qualifier="more than", ref_date="2025-03-13", window="since the November 2024 peak"),
        C("GENERIC", "statement", "on the verge of entering bear market territory", "text", "on the verge of entering bear market territory",
          "not_checkable", "not_checkable: generic characterisation", "18.4% down is short of the 20% threshold; 'on the verge' is not a figure."),
        C("UMICH_SENTIMENT", "level_low_since", "two-year low", "text", "two-year low", "unverifiable", U_NF,
          "Consumer sentiment is not in the files."),
        C("GENERIC", "earnings_impact_ratio", 3, "x", "three times larger", "forecast", "forecast: projection",
          "'Could be three times larger' is a projection of an earnings hit, never judged.", qualifier="could be"),
    ]))

# 13 --------------------------------------------------------------------------------------------
P.append(dict(
    id="sknfinance_202510_rut_risk_on_breakout",
    source=dict(site="skn-finance.com", url="https://skn-finance.com/russell-2000-risk-on-breakout-small-caps-rebound",
                original_outlet="SKN Finance"),
    published="2025-10-25", published_confidence="medium",
    published_note=("No date on the page. Every level it gives matches the week 2025-10-20..2025-10-24 (Monday close 2499.91, "
                    "Wednesday low 2426.53 and close 2451.55, Friday open 2502.11, high 2526.84, close 2513.47 +1.24%); the "
                    "52-week high 2541.67 was set 2025-10-15. Taken as a weekend recap published 2025-10-25."),
    text=("Russell 2000 risk-on breakout: small caps rebound. The Russell 2000 index finished a week of intense volatility with a "
          "powerful 1.24% rally on Friday, closing at 2513.47 and outperforming its large-cap peers after erasing a dramatic "
          "mid-week sell-off. The week began with the index closing at 2499.91 on Monday, flirting with the 2500 level. After a "
          "slight pullback on Tuesday, sentiment soured on Wednesday: the index plunged to a low at 2426.53 before closing at "
          "2451.55. Thursday's session saw a methodical recovery, reclaiming the 2480 level. On Friday the index gapped open at "
          "2502.11 and rallied throughout the day to an intraday high of 2526.84, within striking distance of the 52-week high "
          "of 2541.67."),
    claims=[
        C("RUT", "daily_change_pct", 1.24, "pct", "1.24% rally", "supported", "supported: within 2-decimal tolerance",
          "2025-10-24 close 2513.47 vs 2482.66: +1.241%.", ref_date="2025-10-24"),
        C("RUT", "close", 2513.47, "points", "closing at 2513.47", "supported", "supported: within 0.025", "", ref_date="2025-10-24"),
        C("RUT", "outperformed", ["SPX", "IXIC", "DJI"], "ordering", "outperforming its large-cap peers", "supported",
          "supported: ordering of the day's moves",
          "2025-10-24: RUT +1.24% vs S&P 500 +0.79%, Nasdaq Composite +1.15%, Dow +1.01%; computed value = RUT minus the best "
          "of the three (pp).", ref_date="2025-10-24", comparison="SPX, IXIC, DJI"),
        C("RUT", "close", 2499.91, "points", "2499.91", "supported", "supported: within 0.025", "File close 2499.9099.",
          ref_date="2025-10-20"),
        C("RUT", "daily_change_sign", "pullback", "flag", "slight pullback on Tuesday", "supported", "supported: sign and size of the move",
          "2025-10-21: -0.49%.", ref_date="2025-10-21"),
        C("RUT", "intraday_low", 2426.53, "points", "2426.53", "supported", "supported: within 0.025", "", ref_date="2025-10-22",
          basis="intraday low"),
        C("RUT", "close", 2451.55, "points", "2451.55", "supported", "supported: within 0.025", "", ref_date="2025-10-22"),
        C("RUT", "close_above", 2480, "points", "reclaiming the 2480 level", "supported", "supported: close above the level",
          "2025-10-23 close 2482.66.", ref_date="2025-10-23"),
        C("RUT", "open", 2502.11, "points", "2502.11", "supported", "supported: within 0.025", "File open 2502.1101.",
          ref_date="2025-10-24", basis="open"),
        C("RUT", "intraday_high", 2526.84, "points", "2526.84", "supported", "supported: within 0.025", "File high 2526.8401.",
          ref_date="2025-10-24", basis="intraday high"),
        C("RUT", "52w_high", 2541.67, "points", "2541.67", "supported", "supported: within 0.025",
          "Highest intraday high 2024-10-24..2025-10-23: 2541.67 on 2025-10-15 (the 52-week closing high was 2519.75).",
          ref_date="2025-10-24", basis="intraday high"),
    ]))

# 14 --------------------------------------------------------------------------------------------
P.append(dict(
    id="ebc_20260206_russell_2000_hoy_cae",
    source=dict(site="ebc.com", url="https://www.ebc.com/es/forex/indice-russell-2000-hoy-cae-y-aumenta-la-tension-en-wall-street",
                original_outlet="EBC Financial Group (Spanish)"),
    published="2026-02-06", published_confidence="exact",
    published_note=("'Publicado el: 2026-02-06' on the page. The session described ('la sesión más reciente') is Thursday "
                    "2026-02-05: close 2577.65, -1.79%, range 2569.23-2629.83. On 2026-02-06 itself the index rose 3.60%."),
    text=("Publicado el: 2026-02-06. El índice Russell 2000 hoy amaneció con presión bajista y terminó la jornada con una caída "
          "marcada, reflejo del nerviosismo que vuelve a instalarse en los mercados estadounidenses. En la sesión más reciente el "
          "mensaje fue claro: los operadores reducen riesgo. El Russell 2000 cerró cerca de los 2.578 puntos, con un retroceso "
          "aproximado del 1.8%. En términos concretos: variación diaria de -1.7% a -1.8%, con un rango intradía entre 2.569 y "
          "2.635 puntos. Entre los detonantes figuraron señales mixtas del mercado laboral de Estados Unidos."),
    claims=[
        C("RUT", "close", 2578, "points", "cerca de los 2.578 puntos", "supported", "supported: 'about' within one unit",
          "2026-02-05 close: 2577.65.", qualifier="cerca de (about)", ref_date="2026-02-05"),
        C("RUT", "daily_change_pct", -1.8, "pct", "retroceso aproximado del 1.8%", "supported", "supported: 'about' within one unit of the last digit",
          "2026-02-05: -1.79% (2624.55 to 2577.65).", qualifier="aproximado (approximately)", ref_date="2026-02-05"),
        C("RUT", "daily_change_pct_range", [-1.8, -1.7], "pct", "-1.7% a -1.8%", "supported", "supported: value inside the stated range",
          "2026-02-05: -1.787%.", ref_date="2026-02-05"),
        C("RUT", "intraday_low", 2569, "points", "entre 2.569", "supported", "supported: integer within 0.5",
          "2026-02-05 low: 2569.23.", ref_date="2026-02-05", basis="intraday low"),
        C("RUT", "intraday_high", 2635, "points", "2.635 puntos", "imprecise", "imprecise: index level within 1%",
          "2026-02-05 high: 2629.83 (error 5.2 points, 0.2%). The 2026-02-06 range was 2611.29-2676.22, so no reading fits.",
          ref_date="2026-02-05", basis="intraday high"),
    ]))


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python build.py PATH/TO/data  (or set CAPSCOPE_DATA_DIR)")
    ref.DATA_DIR = data
    passages, keys = [], []
    for p in P:
        claims = []
        for i, c in enumerate(p["claims"]):
            if c["anchor"] and p["text"].count(c["anchor"]) != 1:
                raise SystemExit(f"anchor not unique in {p['id']} #{i}: {c['anchor']!r} x{p['text'].count(c['anchor'])}")
            expr = ref.RECIPES[(p["id"], i)]
            val = ref.evaluate(expr)
            claims.append({k: c[k] for k in ("index_or_ticker", "metric", "value", "unit", "qualifier", "ref_date",
                                             "window", "comparison", "basis")})
            det = (c["detail"] + " " if c["detail"] else "") + f"reference.py: {expr}"
            keys.append(dict(passage_id=p["id"], claim_index=i, index_or_ticker=c["index_or_ticker"], metric=c["metric"],
                             claimed_value=c["value"], qualifier=c["qualifier"], ref_date_used=c["ref_date"],
                             computed_value=val, computed_detail=det, verdict=c["verdict"], rule=c["rule"],
                             note=c["note"], anchor_text=c["anchor"]))
        passages.append(dict(id=p["id"], source=p["source"], published=p["published"],
                             published_confidence=p["published_confidence"], published_note=p["published_note"],
                             text_kind="condensed_close_paraphrase", text=p["text"], claims=claims))
    with open(os.path.join(HERE, "passages.jsonl"), "w", encoding="utf-8") as f:
        for x in passages:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w", encoding="utf-8") as f:
        for x in keys:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(passages), "passages,", len(keys), "claims", dict(Counter(k["verdict"] for k in keys)))


if __name__ == "__main__":
    main()
