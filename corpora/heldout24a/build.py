#!/usr/bin/env python3
"""Build passages.jsonl and key.jsonl of this corpus.

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
computed_value comes from the RECIPES of reference.py; verdicts, rules and notes are written here by hand
after applying the dev README's rules to the printed values.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as ref

P = []  # passages


def passage(pid, site, url, outlet, published, conf, note, text, claims):
    P.append(dict(id=pid, site=site, url=url, outlet=outlet, published=published, conf=conf, note=note,
                  text=text, claims=claims))


def C(tk, metric, value, unit, qualifier, ref_date, window, comparison, basis, verdict, rule, note, anchor):
    return dict(index_or_ticker=tk, metric=metric, value=value, unit=unit, qualifier=qualifier, ref_date=ref_date,
                window=window, comparison=comparison, basis=basis, verdict=verdict, rule=rule, note=note,
                anchor_text=anchor)


# ---------------------------------------------------------------- 1999
passage("businesswire_19990705_russell_2q_small_caps_rebound", "thefreelibrary.com",
 "https://www.thefreelibrary.com/Russell+Indexes%3A+2Q+1999+Report%3B+Small+Caps+and+Value+Stocks+Rebound...-a055064132",
 "Business Wire (Frank Russell Company press release)", "1999-07-05", "exact", "Dateline of the release; the quarter ended 1999-06-30.",
 "TACOMA, Wash.--(BUSINESS WIRE)--July 5, 1999--Small-cap stocks beat large-cap stocks in the second quarter for the first "
 "time in seven quarters, Frank Russell Company's performance data show. The small-cap Russell 2000(R) Index gained 15.55% "
 "for the quarter, ahead of a 7.12% increase for the large-cap Russell 1000. Russell analyst David Hintz said that though the "
 "Russell 2000 beat the Russell 1000 by more than 800 basis points in the second quarter, it still lags on a year-to-date "
 "basis, with a wide gulf left over from the past three years.",
 [C("RUT", "quarter_return", 15.55, "pct", None, "1999-06-30", "1999Q2", None, "close", "unverifiable", "total return where only a price index exists",
    "Russell's quarterly figures are total returns; the price index in the files gained 15.10% (397.63 -> 457.68). The 0.45 pp gap fits reinvested dividends, so the claim cannot be judged on a price series.", "15.55%"),
  C("RUSSELL1000", "quarter_return", 7.12, "pct", None, "1999-06-30", "1999Q2", None, "close", "unverifiable", "series not in the files",
    "The Russell 1000 is not in the files; the S&P 500 price index gained 6.71% in the quarter (proxy only).", "7.12%"),
  C("RUT", "relative_return_vs_RUSSELL1000", 800, "bp", "more than", "1999-06-30", "1999Q2", "RUSSELL1000", "close", "unverifiable", "series not in the files",
    "Russell 1000 not in the files. Against the S&P 500 price index the gap is 15.10 - 6.71 = 8.39 pp, consistent with the claim, but the S&P 500 does not decide it.", "more than 800 basis points"),
  C("RUT", "first_quarter_outperformance_since", 7, "quarters", None, "1999-06-30", "seven quarters", "RUSSELL1000", "close", "unverifiable", "series not in the files",
    "Needs Russell 1000 quarterly returns, not in the files.", "first time in seven quarters"),
  C("RUT", "ytd_lag", None, "flag", None, "1999-06-30", "YTD", "RUSSELL1000", "close", "unverifiable", "series not in the files",
    "RUT price YTD +8.47% against S&P 500 +11.67% (computed_value [RUT, SPX]); consistent with a lag, but the comparison index (Russell 1000) is not in the files.", "still lags on a year-to-date"),
 ])

# ---------------------------------------------------------------- 2011-09
passage("etftrends_20110930_iwm_inflows_small_caps_lag", "etftrends.com",
 "https://www.etftrends.com/2011/09/etf-chart-of-the-day-u-s-small-caps/", "ETF Trends", "2011-09-30", "medium",
 "URL gives September 2011; the year-to-date and one-year IWM figures match the 2011-09-29 (Thursday) close exactly, and the text speaks of flows 'this week' so far, so the piece is dated 2011-09-30 and its figures are keyed to the 2011-09-29 close.",
 "ETF Chart of the Day: so far this week the top ETF for inflows is iShares Russell 2000 (NYSEArca: IWM), which has taken in "
 "over $1.4 billion of new assets, while the large cap iShares Russell 1000 (NYSEArca: IWB) has seen outflows of about $300 "
 "million. Small caps have lagged badly this year: IWM is down 15.22% year to date against a loss of 8.19% for IWB. Over the "
 "trailing one year period IWM is down 1.98% while IWB is up 1.31%, and over a trailing five year period IWM is down 35.96% "
 "versus IWB falling 34.43%. Fund managers apparently expect small caps to gain ground on large caps.",
 [C("IWM", "weekly_inflows", 1.4, "USD_bn", "over", "2011-09-29", "week to date", None, None, "unverifiable", "fund flows not in the files", "Creation/redemption flows are not in the files.", "over $1.4 billion"),
  C("IWB", "weekly_outflows", 300, "USD_mn", "about", "2011-09-29", "week to date", None, None, "unverifiable", "fund flows not in the files", "IWB and fund flows are not in the files.", "about $300"),
  C("IWM", "ytd_return", -15.22, "pct", None, "2011-09-29", "YTD", None, "close", "supported", "2 decimals: |true - claim| <= 0.025",
    "IWM price 2010-12-31 -> 2011-09-29: -15.222%. The total-return (adj_close) reading is -14.46%.", "15.22%"),
  C("IWB", "ytd_return", -8.19, "pct", None, "2011-09-29", "YTD", None, "close", "unverifiable", "series not in the files", "IWB is not in the files (SPY is, but it tracks a different index).", "8.19%"),
  C("IWM", "trailing_1y_return", -1.98, "pct", None, "2011-09-29", "1 year", None, "close", "supported", "2 decimals: |true - claim| <= 0.025",
    "IWM price 2010-09-29 -> 2011-09-29: -1.98%.", "1.98%"),
  C("IWB", "trailing_1y_return", 1.31, "pct", None, "2011-09-29", "1 year", None, "close", "unverifiable", "series not in the files", "IWB not in the files.", "1.31%"),
  C("IWM", "trailing_5y_return", -35.96, "pct", None, "2011-09-29", "5 years", None, "close", "contradicted", "further off than the imprecise band",
    "IWM price 2006-09-29 -> 2011-09-29: -7.88%; the total-return reading is higher still. No basis in the files reproduces -35.96%; the figure may be a cumulative-return typo or a trough-based number.", "35.96%"),
  C("IWB", "trailing_5y_return", -34.43, "pct", None, "2011-09-29", "5 years", None, "close", "unverifiable", "series not in the files", "IWB not in the files.", "34.43%"),
 ])

# ---------------------------------------------------------------- 2011-11
passage("etftrends_20111104_iwm_october_inflows", "etftrends.com", "http://www.etftrends.com/?p=68835", "ETF Trends", "2011-11-04", "medium",
 "The page refers back to a late-September post 'about a month ago' and to the past two sessions of resilience; the IWM year-to-date figure matches the 2011-11-03 (Thursday) close, so the piece is dated 2011-11-04 with figures keyed to 2011-11-03.",
 "ETF Chart of the Day, small caps: about a month ago, in late September, with equity markets toiling near their lows, we noted "
 "how far U.S. small caps tied to the Russell 2000 Index had lagged large caps in 2011, while iShares Russell 2000 (NYSEArca: IWM) "
 "took in $1.4 billion in a week. The small-cap ETF went on to post $2.9 billion of inflows for October. Year to date, IWM is "
 "down 4.19% versus the S&P 500 Index up 0.39%. This week, with equity markets showing resiliency the past two sessions, "
 "Direxion Daily Small Cap Bull 3X (NYSEArca: TNA) took in nearly $200 million via creations, roughly 20% of the fund's assets.",
 [C("IWM", "monthly_inflows", 2.9, "USD_bn", None, "2011-10-31", "October 2011", None, None, "unverifiable", "fund flows not in the files", "Flows are not in the files.", "$2.9 billion"),
  C("IWM", "ytd_return", -4.19, "pct", None, "2011-11-03", "YTD", None, "close", "supported", "2 decimals: |true - claim| <= 0.025",
    "IWM price 2010-12-31 -> 2011-11-03: -4.179%. Total-return reading -3.32%.", "4.19%"),
  C("SPX", "ytd_return", 0.39, "pct", None, "2011-11-03", "YTD", None, "close", "imprecise", "2 decimals outside 0.025 but within 2 pp",
    "S&P 500 price 2010-12-31 (1257.64) -> 2011-11-03: +0.279%, 0.11 pp below the claim. No other session that week gives +0.39% (Nov 7 also +0.28%).", "0.39%"),
  C("SPX", "two_session_resilience", None, "flag", None, "2011-11-03", "past two sessions", None, "close", "supported", "direction of daily closes",
    "computed_value: [SPX 11-02, SPX 11-03, RUT 11-02, RUT 11-03] daily changes, all positive (+1.61%, +1.88%, +2.71%, +2.49%).", "resiliency the past two sessions"),
  C("TNA", "weekly_inflows", 200, "USD_mn", "nearly", "2011-11-03", "week to date", None, None, "unverifiable", "fund flows not in the files", "TNA and flows are not in the files.", "nearly $200 million"),
 ])

# ---------------------------------------------------------------- 2013-01
passage("philstockworld_20130103_rut_record_wednesday", "en.paperblog.com",
 "https://en.paperblog.com/thrilling-thursday-what-does-the-russell-at-an-all-time-high-tell-us-392360/amp",
 "Phil's Stock World (repost on Paperblog; quotes a wire report)", "2013-01-03", "high",
 "Headed 'Thrilling Thursday'; the session described ('Wednesday', the first session of 2013) is 2013-01-02 and the finishing levels match its closes. The same session is covered by an existing passage from another outlet (ETF Trends); this page is one of the allowed overlaps.",
 "Thrilling Thursday: U.S. small-cap stocks surged to a record Wednesday as investors focused on the improving U.S. economy and "
 "on nimble smaller companies. Russell Investments' index of 2000 small-capitalization stocks rose 2.6% to 871.13 Wednesday "
 "afternoon, after hitting an all-time intraday high of 872.28 earlier in the session. The RUT has gained 13% since touching a "
 "recent low Nov 15th, while the S&P, which tracks larger companies, has added 7.3% over the same period. Phil adds that the S&P "
 "finished the day at 1,452, close to his 1,450 target for the end of 2012, one trading session off. The 4 and 5% lines set in "
 "the Morning Alert were Dow 13,319 & 13,447 (finished 13,412), Nas 3,028 & 3,056 (3,112) and RUT 858 & 866 (873).",
 [C("RUT", "record_close", None, "flag", None, "2013-01-02", None, None, "close", "supported", "record: above every earlier close",
    "Close 873.42 above the earlier record close 865.29 (2011-04-29).", "surged to a record Wednesday"),
  C("RUT", "daily_change_pct", 2.6, "pct", None, "2013-01-02", "1 day", None, "afternoon", "unverifiable", "mid-session figure inside the session's range",
    "Close-basis change +2.83%; the session ran from 849.35 (0.0%) to 873.99 (+2.90%), so an afternoon +2.6% cannot be judged.", "rose 2.6%"),
  C("RUT", "level", 871.13, "index_points", None, "2013-01-02", None, None, "afternoon", "unverifiable", "mid-session figure inside the session's range",
    "Close 873.42; session range 849.35-873.99 contains 871.13.", "871.13"),
  C("RUT", "intraday_record_high", 872.28, "index_points", None, "2013-01-02", None, None, "intraday high", "supported", "intraday record: above every earlier high",
    "Earlier intraday record 868.57 (2011-05-02); 872.28 exceeds it and lies inside the session's range (high 873.99, reached later). computed_value: [earlier max high, session high].", "872.28"),
  C("RUT", "pct_change_since", 13, "pct", None, "2013-01-02", "since 2012-11-15", None, "afternoon", "supported", "distance computed from a level the passage states; integer <= 0.5",
    "Nov 15 close 769.48 is the lowest close of Oct-Dec 2012; 871.13 / 769.48 = +13.21%. On the close basis (873.42) the gain is 13.51%, just outside an integer tolerance.", "13% since"),
  C("SPX", "pct_change_since", 7.3, "pct", None, "2013-01-02", "since 2012-11-15", None, "afternoon", "unverifiable", "mid-session figure inside the session's range",
    "Close basis +8.06% (1353.33 -> 1462.42); with the session range 1426.19-1462.43 the change runs from +5.38% to +8.06%, which contains 7.3%.", "7.3%"),
  C("SPX", "level", 1452, "index_points", None, "2013-01-02", None, None, "close", "imprecise", "index level within 1%",
    "S&P 500 closed 1462.42 on 2013-01-02 (and 1426.19 on 2012-12-31); 1,452 is 0.7% off the Wednesday close.", "finished the day at 1,452"),
  C("DJI", "level", 13412, "index_points", None, "2013-01-02", None, None, "close", "imprecise", "truncated figure",
    "Dow close 13412.55; '13,412' truncates it (|error| 0.55 > 0.5).", "finished 13,412"),
  C("IXIC", "level", 3112, "index_points", None, "2013-01-02", None, None, "close", "supported", "integer: |true - claim| <= 0.5", "Nasdaq close 3112.26.", "(3,112)"),
  C("RUT", "level", 873, "index_points", None, "2013-01-02", None, None, "close", "supported", "integer: |true - claim| <= 0.5", "RUT close 873.42.", "(873)"),
  C("RUT", "target_lines", "858 & 866", "index_points", None, "2013-01-02", None, None, None, "forecast", "projection or target",
    "Expected test levels set before the session; not judged.", "RUT 858 & 866"),
 ])

# ---------------------------------------------------------------- 2014-05
passage("etftrends_20140528_small_cap_departure", "etftrends.com",
 "https://www.etftrends.com/2014/05/etf-chart-of-the-day-small-cap-departure/", "ETF Trends", "2014-05-28", "medium",
 "URL gives May 2014; the text describes a >5% rally 'over the last six trading sessions or so' after the mid-May low (2014-05-15) and redemptions 'last week', which fits Wednesday 2014-05-28; figures are keyed to the 2014-05-27 close.",
 "Departing Small Caps: despite a recent short-term spike in prices, ETF flows look bearish for U.S. small cap stocks. Last week "
 "IWM (iShares Russell 2000) and UWM saw heavy redemptions, and this week TZA took in more than $200 million while TNA lost more "
 "than $300 million. Despite the recent run up in small caps, the Russell 2000 Index itself is still nearly 6% below its intraday "
 "high reached in early March, and without the >5% rally lately the picture would look worse. Year to date more than $3.6 "
 "billion has left IWM via redemptions, though the fund still holds >$24 billion in AUM.",
 [C("RUT", "pct_below_intraday_high", 6, "pct", "nearly", "2014-05-27", "since early March 2014", None, "close vs intraday high", "supported", "nearly: claim - 1 <= true <= claim + 0.5",
    "Early-March intraday high 1212.82 (2014-03-04); 2014-05-27 close 1142.20 is 5.82% below it (2014-05-28 close: 6.28%). computed_value: [high, distance].", "nearly 6% below"),
  C("RUT", "rally_pct", 5, "pct", "more than", "2014-05-27", "since mid-May low", None, "close", "imprecise", "bound claim missed by less than 2 pp",
    "Lowest close of May 1095.99 (2014-05-15) -> 1142.20 on 2014-05-27: +4.22%, short of 'more than 5%'. From the 2014-05-15 intraday low (1082.53) the rally is +5.51%. computed_value: [low-close date, close-to-close, low-to-close].", ">5% rally"),
  C("IWM", "ytd_outflows", 3.6, "USD_bn", "more than", "2014-05-27", "YTD", None, None, "unverifiable", "fund flows not in the files", "Flows are not in the files.", "$3.6"),
  C("IWM", "aum", 24, "USD_bn", "more than", "2014-05-27", None, None, None, "unverifiable", "assets not in the files", "Fund assets are not in the files.", ">$24 billion"),
 ])

# ---------------------------------------------------------------- 2016-01
passage("cginv_201601_rut_bear_threshold", "cg-inv.com", "https://www.cg-inv.com/2016/01/morning-market-commentary-charts-7",
 "CG Investments (morning market commentary)", "2016-01", "medium",
 "URL gives January 2016 (seventh commentary of the month). The -20.4% figure matches the 2016-01-11 intraday low against the 2015-06-23 record close (closes did not reach -20% until 2016-01-13), so the claims are keyed to the 2016-01-11 session (commentary probably of 2016-01-12).",
 "Morning market commentary: the Russell 2000 Small Cap index was down -20.4% from its June 23rd 2015 peak, crossing the -20% "
 "bear market threshold. The $RUT already sits below the neckline of its head-and-shoulders top, and the downside potential is "
 "to the 2007 and 2011 highs around 860. The breakdown falls within the seasonal strength period for small caps that runs to "
 "early March. The $RUT has been underperforming the $SPX since early 2014, as a kind of leading indicator.",
 [C("RUT", "peak_date", "2015-06-23", "date", None, "2016-01-11", None, None, "close", "supported", "record date", "Highest close before 2016: 1295.80 on 2015-06-23.", "June 23rd 2015"),
  C("RUT", "drawdown", 20.4, "pct", None, "2016-01-11", "from 2015-06-23", None, "intraday low", "supported", "1 decimal: |true - claim| <= 0.07",
    "2016-01-11 low 1032.71 is 20.38% below the 1295.80 record close. On the close (1041.89) the drawdown was 19.59%; the first close at least 20% down came 2016-01-13 (22.04%).", "-20.4%"),
  C("RUT", "bear_market_threshold", None, "flag", None, "2016-01-11", None, None, "intraday low", "supported", "bear market: at least 20% below the record",
    "True on the intraday low of 2016-01-11 (20.38%); false on the close (19.59%) until 2016-01-13. computed_value: [intraday, close] drawdowns.", "crossing the -20% bear market threshold"),
  C("RUT", "prior_highs_level", 860, "index_points", "around", "2016-01-11", "2007 and 2011", None, "intraday high", "supported", "around: within one unit of the last stated digit (10 points)",
    "2007 intraday high 856.48, 2011 intraday high 868.57 (closing highs 855.77 and 865.29); all within 860 +/- 10.", "around 860"),
  C("RUT", "relative_return_vs_SPX", None, "flag", None, "2016-01-11", "since early 2014", "SPX", "close", "supported", "ordering of returns",
    "From the 2013-12-31 close to 2016-01-11: RUT -10.46%, S&P 500 +4.07%. The window is loose ('early 2014'), but any start in Q1 2014 gives the same ordering.", "underperforming the $SPX since early 2014"),
  C("GENERIC", "seasonality", None, None, None, "2016-01-11", "to early March", None, None, "not_checkable", "rule of thumb", "Seasonal-strength rule of thumb.", "seasonal strength period"),
 ])

# ---------------------------------------------------------------- 2017-05
passage("etftrends_20170524_iwm_outflows_selloff", "etftrends.com",
 "https://www.etftrends.com/2017/05/investors-dash-out-of-small-cap-etfs-spooked-by-selloff/2/", "ETF Trends (quoting Bloomberg)", "2017-05-24", "medium",
 "URL gives May 2017; flows are given 'for the week ended May 23rd', so the page is dated the next day and the S&P 500 distance is keyed to the 2017-05-23 close.",
 "Small caps lean on the domestic economy and have less direct exposure to geopolitical and currency risks than large multinationals. "
 "Citing Bloomberg: the small-cap index reacts to nerves more than the S&P 500 Index; while the S&P 500 hovers just 0.2 percent "
 "below its record, the Russell 2000 is on track for its worst four-week stretch in seven months. For the week ended May 23rd, "
 "IWM bled $2.4 billion in assets, more than any other ETF, and year-to-date investors have pulled $3.9 billion from IWM.",
 [C("SPX", "pct_below_record", 0.2, "pct", "just", "2017-05-23", None, None, "close", "supported", "1 decimal: |true - claim| <= 0.07",
    "Record close 2402.32 (2017-05-15); 2017-05-23 close 2398.42 is 0.16% below (0.35% on 05-22, 0.86% on 05-19).", "0.2 percent"),
  C("RUT", "worst_four_weeks_since", 7, "months", "on track", "2017-05-23", "four weeks", None, "close", "not_checkable", "on pace / on track",
    "An 'on track' statement. For reference, the four weeks to 2017-05-23 show RUT -2.13%.", "worst four-week stretch"),
  C("IWM", "weekly_outflows", 2.4, "USD_bn", None, "2017-05-23", "week ended May 23", None, None, "unverifiable", "fund flows not in the files", "Flows are not in the files.", "$2.4 billion"),
  C("IWM", "ytd_outflows", 3.9, "USD_bn", None, "2017-05-23", "YTD", None, None, "unverifiable", "fund flows not in the files", "Flows are not in the files.", "$3.9 billion"),
 ])

# ---------------------------------------------------------------- 2018-11
passage("schaeffers_20181106_iwm_ugly_october", "schaeffersresearch.com",
 "https://schaeffersresearch.com/content/bgs/2018/11/06/whats-next-for-iwm-after-an-ugly-october", "Schaeffer's Investment Research", "2018-11-06", "exact",
 "Date in the URL; the piece reviews October 2018.",
 "October left many broken support levels behind, and no moving average fared worse than the 200-day trendline of the iShares "
 "Russell 2000 ETF (IWM), which ended the month with a steep loss just shy of 11%. That compares with a 6.9% October decline for "
 "the SPDR S&P 500 ETF Trust (SPY) and an 8.6% monthly deficit for the Invesco QQQ Trust (QQQ). After a three-day balancing act "
 "above the trendline early in the month, the small-cap tracker opened below its 200-day on Oct. 10, and never looked back. Just "
 "one day later, IWM tumbled through its 320-day moving average. In October SPY registered nearly $2.91 billion in net outflows.",
 [C("IWM", "monthly_return", -11, "pct", "just shy of", "2018-10-31", "October 2018", None, "close", "supported", "nearly: claim - 1 <= |true| <= claim + 0.5 (magnitude)",
    "IWM 2018-09-28 -> 2018-10-31: -10.99% (price).", "just shy of 11%"),
  C("SPY", "monthly_return", -6.9, "pct", None, "2018-10-31", "October 2018", None, "close", "supported", "1 decimal: |true - claim| <= 0.07", "SPY price -6.91%.", "6.9%"),
  C("QQQ", "monthly_return", -8.6, "pct", None, "2018-10-31", "October 2018", None, "close", "supported", "1 decimal: |true - claim| <= 0.07", "QQQ price -8.60%.", "8.6%"),
  C("IWM", "open_below_200d_sma", "2018-10-10", "date", None, "2018-10-10", None, None, "open vs 200-day SMA of closes", "supported", "first open below the trendline",
    "200-day SMA of closes through the prior session: Oct 9 open 161.62 above 160.99; Oct 10 open 160.82 below 161.03. computed_value: [open 10-09, SMA to 10-08, open 10-10, SMA to 10-09].", "opened below its 200-day on Oct. 10"),
  C("IWM", "closes_below_200d_sma", None, "count", None, "2018-10-31", "2018-10-10 to 2018-10-31", None, "close", "supported", "streak of daily closes",
    "All 16 closes from Oct 10 to Oct 31 were below the 200-day SMA ('never looked back'). computed_value: [closes below, sessions].", "never looked back"),
  C("IWM", "close_below_320d_sma", "2018-10-11", "date", None, "2018-10-11", None, None, "close vs 320-day SMA", "supported", "first close below the trendline",
    "Oct 10 close 156.56 above the 320-day SMA 155.13; Oct 11 close 153.57 below 155.17.", "320-day moving average"),
  C("SPY", "monthly_outflows", 2.91, "USD_bn", "nearly", "2018-10-31", "October 2018", None, None, "unverifiable", "fund flows not in the files", "Flows are not in the files.", "$2.91 billion"),
 ])

# ---------------------------------------------------------------- 2025-04-03
passage("cnbc_20250403_rut_first_bear_market", "emol.democraticunderground.org",
 "https://emol.democraticunderground.org/?com=view_post&forum=1116&pid=100095", "CNBC (excerpt posted on Democratic Underground)", "2025-04-03", "high",
 "The post quotes and links a CNBC article whose URL carries 2025/04/03; 'Thursday' is 2025-04-03. An existing passage covers this session from another outlet; this page is one of the allowed overlaps.",
 "Small-cap stocks, once seen as the main winners of President Donald Trump's policies, entered bear market territory on Thursday "
 "after a massive rout that followed the sweeping tariff rollout. The Russell 2000 Index was down more than 5% on Thursday, "
 "bringing its losses from its November 25 record close to about 21%. On Wall Street a 10% pullback is a correction and a 20% "
 "decline a bear market. The S&P 500 and Nasdaq Composite are both in correction territory, while the Dow Jones Industrial Average "
 "is just below that mark. Jefferies strategist Steven DeSanctis told CNBC small caps are usually down 13% in the first half of a "
 "recession and down 26% in the average bear market.",
 [C("RUT", "daily_change_pct", -5, "pct", "more than", "2025-04-03", "1 day", None, "close", "supported", "more than: |true| > claim", "RUT 2025-04-03 -6.59%.", "down more than 5%"),
  C("RUT", "record_close_date", "2024-11-25", "date", None, "2025-04-03", None, None, "close", "contradicted", "wrong record",
    "The 2024-11-25 close 2442.03 was not a record: the record close is 2442.74 of 2021-11-08 (not surpassed until 2025-09-18). 2024-11-25 was an intraday record (2466.49).", "November 25 record close"),
  C("RUT", "pct_below_close", 21, "pct", "about", "2025-04-03", "from 2024-11-25", None, "close", "supported", "about: within one unit of the last stated digit",
    "The 1910.55 close is 21.76% below the 2024-11-25 close (21.79% below the true record close).", "about 21%"),
  C("RUT", "bear_market", None, "flag", None, "2025-04-03", None, None, "close", "supported", "bear market: at least 20% below the record close", "21.79% below the record close.", "entered bear market territory"),
  C("SPX", "correction", None, "flag", None, "2025-04-03", "52 weeks", None, "close", "supported", "correction: close at least 10% below the 52-week high close", "12.17% below the 2025-02-19 record close.", "The S&P 500 and Nasdaq Composite are both in correction"),
  C("IXIC", "correction", None, "flag", None, "2025-04-03", "52 weeks", None, "close", "supported", "correction: close at least 10% below the 52-week high close", "17.96% below the 2024-12-16 close.", "Nasdaq Composite"),
  C("DJI", "near_correction", None, "flag", "just below that mark", "2025-04-03", "52 weeks", None, "close", "supported", "just short of the 10% line",
    "Dow 9.93% below its 2024-12-04 record close: just short of a correction.", "just below that mark"),
  C("QUOTE", "recession_first_half_return", -13, "pct", "usually", None, None, None, None, "not_checkable", "quoted opinion / rule of thumb", "Analyst's historical average; not a market figure of the files.", "down 13%"),
  C("QUOTE", "average_bear_market_return", -26, "pct", None, None, None, None, None, "not_checkable", "quoted opinion / rule of thumb", "Analyst's historical average.", "down 26%"),
 ])

# ---------------------------------------------------------------- 2025-05-17
passage("moneynews_20250517_rut_verge_of_bear", "moneynews.today", "https://moneynews.today/russell-2000-small-cap-index-on-the-verge-of-a-bear-market",
 "Money News Today", "2025-05-17", "exact",
 "Date shown on the page (Saturday); 'currently' is keyed to the 2025-05-16 close. The text looks written weeks earlier (the 16% figure fits mid-April to early May closes), so this is counted as a possible overlap with an existing 2025-05-16 passage.",
 "May 17, 2025 - The Russell 2000 (RUT) index of small-cap stocks is on the cusp of a bear market, a decline of 20% or more from "
 "recent highs. Several times in March the index, mostly stocks with market capitalizations of $10 billion U.S. or less, has been "
 "down 19% from its 52-week high of 2,449.86 reached last November. Each time it has rallied back, and it is currently down 16% "
 "from its most recent peak. The year-to-date decline in the Russell 2000 is double the falloff in the benchmark S&P 500 index "
 "since it hit an all-time high in February of this year.",
 [C("RUT", "52w_high", 2449.86, "index_points", None, "2025-05-16", "52 weeks", None, "intraday high", "imprecise", "index level within 1%",
    "52-week intraday high 2466.49 and closing high 2442.03, both on 2024-11-25 ('last November' is right). 2,449.86 matches neither (0.67% and 0.32% off).", "2,449.86"),
  C("RUT", "pct_below_52w_high", 19, "pct", "several times", "2025-03-31", "March 2025", None, "close", "imprecise", "count or date part off",
    "Judged on the passage's level 2,449.86: the lowest March close (1993.69, 2025-03-13) is 18.62% below it, the only March close at least 18.5% down; the March intraday low 1973.08 was 19.46% below it. 'Several times' holds only intraday. computed_value: [max close distance, closes >= 18.5%].", "down 19%"),
  C("RUT", "pct_below_peak", 16, "pct", "currently", "2025-05-16", None, None, "close", "contradicted", "further off than 2 pp",
    "2025-05-16 close 2113.25 is 13.74% below 2,449.86 (13.49% below the 2442.03 closing high). 16% fits closes of mid-April to early May, so the text is probably stale.", "currently down 16%"),
  C("RUT", "ytd_vs_spx_drawdown_ratio", 2, "ratio", None, "2025-05-16", "YTD vs from February record", "SPX", "close", "imprecise", "ratio within 20%",
    "RUT YTD -5.24%; S&P 500 3.02% below its 2025-02-19 record close; ratio 1.73, not 2. computed_value: [RUT YTD, SPX drawdown, ratio].", "double the falloff"),
  C("SPX", "record_month", "2025-02", "month", None, "2025-05-16", None, None, "close", "supported", "record date", "S&P 500 record close 6144.15 on 2025-02-19.", "all-time high in February"),
 ])

# ---------------------------------------------------------------- 2025-08
passage("marketindexhistory_202508_rut_july_2025", "marketindexhistory.com",
 "https://www.marketindexhistory.com/historical-insights/2025/russell-2000-index-july-2025-performance.html", "Market Index History", "2025-08", "medium",
 "Written 'as we closed the month of July' 2025; the day of publication is not shown.",
 "With July closed, we placed the Russell 2000's month in historical context. The Russell 2000 index gained 1.68% in July 2025, "
 "its third consecutive month of positive returns. From January 1995 to July 2025 the index has averaged a return of +0.40% in "
 "July. Unlike the S&P 500 and Nasdaq Composite, which set multiple all-time highs in July 2025, the Russell 2000 did not; it has "
 "not had a new all-time high since November 8, 2021 (2,442.74). Even after three up months, its year-to-date return at the end "
 "of July 2025 remains negative (-0.83%).",
 [C("RUT", "monthly_return", 1.68, "pct", None, "2025-07-31", "July 2025", None, "close", "supported", "2 decimals: |true - claim| <= 0.025", "2025-06-30 -> 2025-07-31: +1.683%.", "1.68%"),
  C("RUT", "consecutive_up_months", 3, "count", None, "2025-07-31", "May-July 2025", None, "close", "supported", "count", "May +5.20%, June +5.26%, July +1.68%; April -2.37%.", "third consecutive month"),
  C("RUT", "avg_july_return", 0.40, "pct", None, "2025-07-31", "July, 1995-2025", None, "close", "supported", "2 decimals: |true - claim| <= 0.025",
    "Mean of the 31 July price returns 1995-2025 from month-end closes: +0.401%.", "+0.40%"),
  C("SPX", "record_closes_in_month", None, "count", "multiple", "2025-07-31", "July 2025", None, "close", "supported", "count",
    "S&P 500 set 10 record closes and the Nasdaq Composite 14 in July 2025. computed_value: [SPX, IXIC].", "multiple all-time highs"),
  C("RUT", "last_record_close", "2021-11-08", "date", None, "2025-07-31", None, None, "close", "supported", "record date and level", "Record close 2442.74 on 2021-11-08, unbroken through July 2025.", "November 8, 2021 (2,442.74)"),
  C("RUT", "ytd_return", -0.83, "pct", None, "2025-07-31", "YTD", None, "close", "supported", "2 decimals: |true - claim| <= 0.025", "2024-12-31 -> 2025-07-31: -0.830%.", "-0.83%"),
 ])

# ---------------------------------------------------------------- 2025-09-18
passage("barrons_20250918_rut_first_record_since_2021", "reportify.ai", "https://reportify.ai/news/1166719969107644416",
 "Barron's (summary on Reportify)", "2025-09-18", "exact",
 "Page dated 2025-09-18 20:17; the session is Thursday 2025-09-18. Existing passages cover this session from other outlets; this page is one of the allowed overlaps.",
 "Barron's: the Russell 2000 index closed at a record high for the first time since 2021, rising 2.5%. It was the first closing high "
 "since November 8, 2021, and the index also set its first intraday record since November 25, 2024. The record close ended a "
 "stretch of 967 trading days without a record, the second-longest such streak and the longest since a 1,022 trading-day streak "
 "that ended in April 2004.",
 [C("RUT", "daily_change_pct", 2.5, "pct", None, "2025-09-18", "1 day", None, "close", "supported", "1 decimal: |true - claim| <= 0.07", "+2.507% to 2467.70.", "rising 2.5%"),
  C("RUT", "record_close", None, "flag", None, "2025-09-18", None, None, "close", "supported", "record: above every earlier close", "2467.70 above 2442.74.", "closed at a record high"),
  C("RUT", "previous_record_close", "2021-11-08", "date", None, "2025-09-18", None, None, "close", "supported", "since X: the last earlier record", "Previous record close 2442.74 on 2021-11-08.", "November 8, 2021"),
  C("RUT", "previous_intraday_record", "2024-11-25", "date", None, "2025-09-18", None, None, "intraday high", "supported", "intraday record: above every earlier high",
    "High 2470.07 tops 2466.49 of 2024-11-25, itself an intraday record (above 2458.86 of 2021-11-08).", "November 25, 2024"),
  C("RUT", "sessions_without_record", 967, "sessions", None, "2025-09-18", "2021-11-08 to 2025-09-18", None, "close", "supported", "index difference (conventions differ by one)",
    "Index difference 968; 967 sessions lie strictly between the two records.", "967 trading days"),
  C("RUT", "record_drought_rank", 2, "rank", None, "2025-09-18", None, None, "close", "supported", "rank among gaps between record closes in the file",
    "Longest gaps between record closes in the file (from 1987): 1,022 sessions (2000-03-09 to 2004-04-05), then 968 (this one), then 955 (2007-07-13 to 2011-04-27). The 1,022 figure and 'ended in April 2004' match exactly.", "second-longest"),
 ])
# extra claims on the same passage, in order
P[-1]["claims"] += [
  C("RUT", "previous_longest_drought", 1022, "sessions", None, "2004-04-05", "2000-03-09 to 2004-04-05", None, "close", "supported", "index difference", "Gap of 1,022 sessions ending 2004-04-05 (see claim 5).", "1,022 trading-day"),
]

# ---------------------------------------------------------------- 2023-04
passage("forbes_20230420_rut_banks_drag", "bitcoinethereumnews.com", "https://bitcoinethereumnews.com/finance/russell-2000-index-weakens-as-bank-components-take-it-down",
 "Forbes (repost)", "2023-04-21", "medium",
 "Undated repost; the March banking turmoil, the mid-April SPY high and IWM at $177 fit 2023-04-20 (close 177.33); the later 177.44 of 2023-04-24 is an alternative. Figures keyed to 2023-04-20.",
 "The Russell 2000 is showing the least strength of the major stock indexes and has not kept up with the S&P 500 or the "
 "Nasdaq-100; the financial sector makes up 16% of the index's members. The iShares Russell 2000 ETF reached a high of $198 in the "
 "early February rally, and its current price of $177 represents a 10.6% loss in about 2 1/2 months. The SPDR S&P 500 ETF, by "
 "contrast, got back in mid-April to its early February high of $415 after a March dip to $380.",
 [C("RUT_SECTORS", "financials_share", 16, "pct", None, "2023-04-20", None, None, None, "unverifiable", "series not in the files", "Index composition is not in the files.", "16%"),
  C("IWM", "high", 198, "USD", None, "2023-02-02", "early February 2023", None, "close", "supported", "integer: |true - claim| <= 0.5",
    "Highest close 198.32 (2023-02-02); intraday high 199.26 would be imprecise.", "$198"),
  C("IWM", "price", 177, "USD", "current", "2023-04-20", None, None, "close", "supported", "integer: |true - claim| <= 0.5", "Close 177.33 on 2023-04-20.", "$177"),
  C("IWM", "pct_change", -10.6, "pct", None, "2023-04-20", "from February high", None, "close", "supported", "arithmetic from levels the passage states",
    "177 / 198 - 1 = -10.61%. From the file's closes 198.32 -> 177.33 it is -10.58%.", "10.6%"),
  C("SPY", "high", 415, "USD", None, "2023-02-02", "early February 2023", None, "close", "imprecise", "level within 1%",
    "Highest early-February close 416.78 (intraday high 418.31), 0.4% above the claim.", "$415"),
  C("SPY", "low", 380, "USD", None, "2023-03-13", "March 2023", None, "intraday low", "imprecise", "truncated / level within 1%",
    "March intraday low 380.65 (2023-03-13), lowest close 385.36; '380' truncates the intraday low.", "$380"),
  C("SPY", "regained_level", 415, "USD", None, "2023-04-18", "mid-April 2023", None, "intraday high", "supported", "at least the stated level",
    "Mid-April intraday high 415.72 (2023-04-18) reaches $415; the highest close 414.21 falls just short.", "got back in mid-April"),
 ])


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python build.py PATH/TO/data")
    ref.DATA = data
    pl, kl = [], []
    for p in P:
        claims = []
        for i, c in enumerate(p["claims"]):
            assert p["text"].count(c["anchor_text"]) == 1, (p["id"], i, c["anchor_text"])
            expr = ref.RECIPES[(p["id"], i)]
            v = ref.compute(expr)
            claims.append({k: c[k] for k in ["index_or_ticker", "metric", "value", "unit", "qualifier", "ref_date", "window", "comparison", "basis"]})
            kl.append(dict(passage_id=p["id"], claim_index=i, index_or_ticker=c["index_or_ticker"], metric=c["metric"],
                           claimed_value=c["value"], qualifier=c["qualifier"], ref_date_used=c["ref_date"], computed_value=v,
                           computed_detail=f"{c['note'].split('.')[0]}. reference.py: {expr}", verdict=c["verdict"], rule=c["rule"],
                           note=c["note"], anchor_text=c["anchor_text"]))
        assert len(claims) == len([k for k in ref.RECIPES if k[0] == p["id"]]), p["id"]
        pl.append(dict(id=p["id"], source=dict(site=p["site"], url=p["url"], original_outlet=p["outlet"]), published=p["published"],
                       published_confidence=p["conf"], published_note=p["note"], text_kind="condensed_close_paraphrase",
                       text=p["text"], claims=claims))
    with open(os.path.join(HERE, "passages.jsonl"), "w") as f:
        for r in pl:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w") as f:
        for r in kl:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(pl), "passages", len(kl), "claims")


if __name__ == "__main__":
    main()
