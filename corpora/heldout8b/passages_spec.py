"""Passages and claims of the held-back corpus (input of build_corpus.py).

Claim tuple: (index_or_ticker, metric, value, unit, qualifier, ref_date, window, basis, anchor_text,
expression or None, decimals, verdict, rule key, supporting figures, note).
"""

S, I, C, U, F, N = "supported", "imprecise", "contradicted", "unverifiable", "forecast", "not_checkable"

PASSAGES = []


def P(**kw):
    PASSAGES.append(kw)


# ---------------------------------------------------------------- 1
P(id="startribune_20150302_nasdaq_5000_first_since_2000",
  source={"site": "startribune.com", "url": "https://www.startribune.com/how-the-dow-jones-industrial-average-fared-on-monday/294722851/", "original_outlet": "Associated Press"},
  published="2015-03-02", published_confidence="high",
  published_note="inferred: the page gives no date in the stored text; every closing level (Dow 18,288.63, S&P 500 2,117.39, Nasdaq 5,008.10) matches Monday 2015-03-02 in the files.",
  text=("How the Dow Jones industrial average fared on Monday. The Nasdaq composite ended Monday above 5,000 for "
        "the first time since the dot-com bubble peaked 15 years ago. That makes only the third close above 5,000 "
        "in the index's 44-year history; the other two came on March 10, 2000, when it set a record close of 5,048, "
        "and the day before. On Monday: The Dow Jones industrial average rose 155.93 points, or 0.9 percent, to "
        "18,288.63. The Standard & Poor's 500 index added 12.89 points, or 0.6 percent, to 2,117.39. The Nasdaq "
        "composite increased 44.57 points, or 0.9 percent, to 5,008.10. For the year: The Dow is up 465.56 points, "
        "or 2.6 percent. The S&P 500 index is up 58.49 points, or 2.8 percent. The Nasdaq is up 272.04 points, or "
        "5.7 percent."),
  claims=[
    ("IXIC", "first_close_above_level_since", "2000", "year", None, "2015-03-02", None, "close", "the first time since the dot-com bubble peaked", "level_last('IXIC', 5000, '2015-03-02')", 2, S, "since", "", "Last earlier close >= 5,000: 2000-03-10, the dot-com peak."),
    ("IXIC", "years_since_peak", 15, "years", None, "2015-03-02", None, "close", "15 years ago", "(ts('2015-03-02') - ts(record_before('IXIC', '2015-03-02')[0])).days / 365.25", 2, S, "int", "", "Record close 2000-03-10; 14.98 years before 2015-03-02."),
    ("IXIC", "count_closes_above_level", 3, "count", None, "2015-03-02", "history", "close", "third close above 5,000", "len(closes_at_or_above('IXIC', 5000, '2015-03-03'))", 0, S, "streak", "", "Closes >= 5,000 up to and including 2015-03-02: 2000-03-09, 2000-03-10, 2015-03-02."),
    ("IXIC", "history_length", 44, "years", None, "2015-03-02", None, None, "44-year history", "(ts('2015-03-02') - col('IXIC').index[0]).days / 365.25", 2, S, "int", "IXIC.csv starts 1971-02-05", "The composite began on 1971-02-05: 44.07 years."),
    ("IXIC", "other_closes_above_level", ["2000-03-10", "2000-03-09"], "date", None, "2015-03-02", None, "close", "and the day before", "closes_at_or_above('IXIC', 5000, '2015-03-02')", 2, S, "date", "", "The two earlier closes above 5,000 were 2000-03-09 and 2000-03-10 (the day before March 10)."),
    ("IXIC", "record_close_date", "2000-03-10", "date", None, "2015-03-02", None, "close", "March 10, 2000", "record_before('IXIC', '2015-03-02')", 2, S, "record", "", "Record close before 2015-03-02: 2000-03-10 at 5,048.62."),
    ("IXIC", "record_close_level", 5048, "index_points", None, "2000-03-10", None, "close", "5,048", "record_before('IXIC', '2015-03-02')[1]", 2, I, "lvl", "", "5,048.62 written as 5,048: truncated (|err| 0.62 > 0.5), imprecise by the truncation rule."),
    ("DJI", "daily_point_change", 155.93, "index_points", None, "2015-03-02", "1d", "close", "155.93", "chg('DJI', '2015-03-02')", 2, S, "2dp", "", ""),
    ("DJI", "daily_pct_change", 0.9, "percent", None, "2015-03-02", "1d", "close", "0.9 percent, to 18,288.63", "pct('DJI', '2015-03-02')", 2, S, "1dp", "", ""),
    ("DJI", "close_level", 18288.63, "index_points", None, "2015-03-02", None, "close", "18,288.63", "close('DJI', '2015-03-02')", 2, S, "lvl", "", ""),
    ("SPX", "daily_point_change", 12.89, "index_points", None, "2015-03-02", "1d", "close", "12.89", "chg('GSPC', '2015-03-02')", 2, S, "2dp", "", ""),
    ("SPX", "daily_pct_change", 0.6, "percent", None, "2015-03-02", "1d", "close", "0.6 percent", "pct('GSPC', '2015-03-02')", 2, S, "1dp", "", ""),
    ("SPX", "close_level", 2117.39, "index_points", None, "2015-03-02", None, "close", "2,117.39", "close('GSPC', '2015-03-02')", 2, S, "lvl", "", ""),
    ("IXIC", "daily_point_change", 44.57, "index_points", None, "2015-03-02", "1d", "close", "44.57", "chg('IXIC', '2015-03-02')", 2, S, "2dp", "", ""),
    ("IXIC", "daily_pct_change", 0.9, "percent", None, "2015-03-02", "1d", "close", "0.9 percent, to 5,008.10", "pct('IXIC', '2015-03-02')", 2, S, "1dp", "", ""),
    ("IXIC", "close_level", 5008.10, "index_points", None, "2015-03-02", None, "close", "5,008.10", "close('IXIC', '2015-03-02')", 2, S, "lvl", "", ""),
    ("DJI", "ytd_point_change", 465.56, "index_points", None, "2015-03-02", "ytd", "close", "465.56", "ytd_pts('DJI', '2015-03-02')", 2, S, "2dp", "", "From the 2014-12-31 close."),
    ("DJI", "ytd_pct_change", 2.6, "percent", None, "2015-03-02", "ytd", "close", "2.6 percent", "ytd('DJI', '2015-03-02')", 2, S, "1dp", "", ""),
    ("SPX", "ytd_point_change", 58.49, "index_points", None, "2015-03-02", "ytd", "close", "58.49", "ytd_pts('GSPC', '2015-03-02')", 2, S, "2dp", "", ""),
    ("SPX", "ytd_pct_change", 2.8, "percent", None, "2015-03-02", "ytd", "close", "2.8 percent", "ytd('GSPC', '2015-03-02')", 2, S, "1dp", "", ""),
    ("IXIC", "ytd_point_change", 272.04, "index_points", None, "2015-03-02", "ytd", "close", "272.04", "ytd_pts('IXIC', '2015-03-02')", 2, S, "2dp", "", "272.05 in the file: within 0.025."),
    ("IXIC", "ytd_pct_change", 5.7, "percent", None, "2015-03-02", "ytd", "close", "5.7 percent", "ytd('IXIC', '2015-03-02')", 2, S, "1dp", "", ""),
  ])

# ---------------------------------------------------------------- 2
P(id="usatoday_20150312_dow_sp_back_in_black",
  source={"site": "usatoday.com", "url": "https://www.usatoday.com/story/money/markets/2015/03/12/stocks-thursday/70200540/", "original_outlet": "USA Today"},
  published="2015-03-12", published_confidence="exact",
  published_note="date in the URL (2015/03/12), a Thursday session.",
  text=("Dow, S&P 500 back in the black for 2015. By David Carrig, USA TODAY. Wall Street mounted a strong rally "
        "Thursday, ending a two-day slide and putting the major indexes back into the black for 2015. The Dow Jones "
        "industrial average closed up 260 points, or 1.5%, at 17,895.22. The Standard & Poor's 500 index jumped 26 "
        "points, or 1.3%, to 2065.95, and the Nasdaq composite index gained 43 points, or 0.9%, to 4893.29. "
        "Thursday's advance returned the Dow and S&P to positive territory for the calendar year. All three "
        "benchmarks jumped at the open and kept climbing, registering session highs just before the closing bell. "
        "Banks supplied much of the lift after the Federal Reserve said 29 of the 31 top U.S. lenders passed stress "
        "tests and answered with buybacks and dividend increases. Dow member Intel went the other way, falling 4.7% "
        "after cutting its first-quarter forecast. The recent slide had been fed by fears the Fed will start raising "
        "interest rates as soon as June, a surging dollar and sinking oil. Benchmark U.S. crude tumbled 2.3% to "
        "$47.06 a barrel Thursday, and the yield on the benchmark 10-year Treasury note fell to 2.09% from 2.11% "
        "the day before."),
  claims=[
    ("DJI, SPX, IXIC", "losing_streak_ended", 2, "sessions", None, "2015-03-11", None, "close", "two-day slide", "[streak(t, '2015-03-11', up=False) for t in ('DJI', 'GSPC', 'IXIC')]", 0, S, "streak", "", "All three fell on 2015-03-10 and 2015-03-11 and rose on 2015-03-12."),
    ("DJI, SPX, IXIC", "ytd_positive", True, "flag", None, "2015-03-12", "ytd", "close", "back into the black for 2015", "[ytd(t, '2015-03-12') > 0 for t in ('DJI', 'GSPC', 'IXIC')]", 2, S, "window", "", "After Thursday all three are above their 2014 closes (Dow +0.41%, S&P +0.34%, Nasdaq +3.32%); the Nasdaq had not been below it (2.41% on Wednesday)."),
    ("DJI", "daily_point_change", 260, "index_points", None, "2015-03-12", "1d", "close", "260 points", "chg('DJI', '2015-03-12')", 2, S, "int", "", "259.83."),
    ("DJI", "daily_pct_change", 1.5, "percent", None, "2015-03-12", "1d", "close", "1.5%", "pct('DJI', '2015-03-12')", 2, S, "1dp", "", ""),
    ("DJI", "close_level", 17895.22, "index_points", None, "2015-03-12", None, "close", "17,895.22", "close('DJI', '2015-03-12')", 2, S, "lvl", "", ""),
    ("SPX", "daily_point_change", 26, "index_points", None, "2015-03-12", "1d", "close", "26 points", "chg('GSPC', '2015-03-12')", 2, S, "int", "", "25.71."),
    ("SPX", "daily_pct_change", 1.3, "percent", None, "2015-03-12", "1d", "close", "1.3%", "pct('GSPC', '2015-03-12')", 2, S, "1dp", "", ""),
    ("SPX", "close_level", 2065.95, "index_points", None, "2015-03-12", None, "close", "2065.95", "close('GSPC', '2015-03-12')", 2, S, "lvl", "", ""),
    ("IXIC", "daily_point_change", 43, "index_points", None, "2015-03-12", "1d", "close", "43 points", "chg('IXIC', '2015-03-12')", 2, S, "int", "", "43.35."),
    ("IXIC", "daily_pct_change", 0.9, "percent", None, "2015-03-12", "1d", "close", "0.9%", "pct('IXIC', '2015-03-12')", 2, S, "1dp", "", ""),
    ("IXIC", "close_level", 4893.29, "index_points", None, "2015-03-12", None, "close", "4893.29", "close('IXIC', '2015-03-12')", 2, S, "lvl", "", ""),
    ("DJI, SPX", "ytd_sign_flip", True, "flag", None, "2015-03-12", "ytd", "close", "returned the Dow and S&P to positive territory", "[ytd('DJI', '2015-03-11'), ytd('GSPC', '2015-03-11'), ytd('DJI', '2015-03-12'), ytd('GSPC', '2015-03-12')]", 2, S, "window", "", "Negative for the year at Wednesday's close, positive after Thursday."),
    ("DJI, SPX, IXIC", "session_high_timing", "just before the close", "time", None, "2015-03-12", None, "intraday", "session highs just before the closing bell", "[round(close(t, '2015-03-12', 'high') - close(t, '2015-03-12'), 2) for t in ('DJI', 'GSPC', 'IXIC')]", 2, U, "unv", "points between session high and close", "The files have no intraday times; the closes are within 0.03% of the session highs, which fits the statement but cannot date the highs."),
    ("GENERIC", "stress_tests_passed", "29 of 31", "count", None, "2015-03-11", None, None, "29 of the 31", None, 2, U, "unv", "", "Fed stress-test results are not in the files."),
    ("INTC", "daily_pct_change", -4.7, "percent", None, "2015-03-12", "1d", "close", "4.7%", None, 2, U, "unv", "", "Single stocks are not in the files."),
    ("FEDFUNDS", "first_hike_expected", "June", "date", None, "2015-03-12", None, None, "as soon as June", None, 2, F, "fc", "", "Expectation of a future hike (the first hike came in December 2015); never judged."),
    ("CRUDE", "price_and_change", [47.06, -2.3], "usd, percent", None, "2015-03-12", "1d", "close", "$47.06", None, 2, U, "unv", "", "Crude oil is not in the files."),
    ("US10Y", "yield_level", 2.09, "percent", None, "2015-03-12", None, "end of day", "2.09%", "rate_on('DGS10', '2015-03-12')", 2, S, "yield", "", "DGS10 2.10: |err| 0.01 <= 0.025."),
    ("US10Y", "yield_level_prev_day", 2.11, "percent", None, "2015-03-11", None, "end of day", "2.11%", "rate_on('DGS10', '2015-03-11')", 2, S, "yield", "", ""),
  ])

# ---------------------------------------------------------------- 3
P(id="fxstreet_20180606_nasdaq_record_dow_25000",
  source={"site": "fxstreet.com", "url": "https://www.fxstreet.com/news/wall-street-nasdaq-hit-a-new-all-time-high-dow-jones-closes-above-25-000-201806062120", "original_outlet": "FXStreet"},
  published="2018-06-06", published_confidence="exact",
  published_note="timestamp in the URL (201806062120), the evening of Wednesday 2018-06-06.",
  text=("Wall Street: Dow Jones closes above 25,000. Rising U.S. Treasury yields lifted bank shares, and the Dow "
        "Jones posted its best daily advance in nearly 2 months. The S&P 500 added 0.9% to close at 2,772.35 as "
        "financial stocks climbed 1.9%. The benchmark 10-year Treasury note yield rose to 2.98%, following European "
        "yields higher after the European Central Bank talked about exiting its asset-purchasing program. JP Morgan "
        "Chase, Bank of America and Morgan Stanley all gained more than 2%. The Dow Jones industrial average finished "
        "346.41 points in the green at 25,146.39, with Boeing soaring 3.2% and supplying most of the gain. It was the "
        "first close above 25,000 since mid-March. The Nasdaq Composite Index closed 0.7% higher at 7,689.24 and hit "
        "a new all-time high, even as the Financial Times reported that the European Union was about to reveal a "
        "negative finding from a probe of Google; Alphabet ended 0.4% lower. Tech has behaved like a defensive "
        "sector in recent years, Prudential's Quincy Krosby observed, while overseas data have pointed to moderating "
        "growth outside the U.S. Last week the White House put tariffs on imported steel and aluminum."),
  claims=[
    ("DJI", "best_daily_gain_since", "nearly 2 months", "duration", "nearly", "2018-06-06", None, "close", "best daily advance in nearly 2 months", "last_move_as_big('DJI', '2018-06-06')", 2, S, "move_since", "Dow +1.40% on 2018-06-06", "Last larger daily % gain: 2018-04-10 (+1.79%), 57 days earlier: nearly two months."),
    ("SPX", "daily_pct_change", 0.9, "percent", None, "2018-06-06", "1d", "close", "0.9%", "pct('GSPC', '2018-06-06')", 2, S, "1dp", "", "0.86."),
    ("SPX", "close_level", 2772.35, "index_points", None, "2018-06-06", None, "close", "2,772.35", "close('GSPC', '2018-06-06')", 2, S, "lvl", "", ""),
    ("SPX_FINANCIALS", "daily_pct_change", 1.9, "percent", None, "2018-06-06", "1d", "close", "1.9%", None, 2, U, "unv", "", "S&P 500 sector indexes are not in the files (XLF has only adj_close then)."),
    ("US10Y", "yield_level", 2.98, "percent", None, "2018-06-06", None, "end of day", "2.98%", "rate_on('DGS10', '2018-06-06')", 2, S, "yield", "", "DGS10 2.97 (2.92 the day before): |err| 0.01."),
    ("JPM, BAC, MS", "daily_pct_change", 2, "percent", "more than", "2018-06-06", "1d", "close", "more than 2%", None, 2, U, "unv", "", "Single stocks are not in the files."),
    ("DJI", "daily_point_change", 346.41, "index_points", None, "2018-06-06", "1d", "close", "346.41", "chg('DJI', '2018-06-06')", 2, S, "2dp", "", ""),
    ("DJI", "close_level", 25146.39, "index_points", None, "2018-06-06", None, "close", "25,146.39", "close('DJI', '2018-06-06')", 2, S, "lvl", "", ""),
    ("BA", "daily_pct_change", 3.2, "percent", None, "2018-06-06", "1d", "close", "3.2%", None, 2, U, "unv", "", "Single stocks are not in the files."),
    ("DJI", "first_close_above_level_since", "mid-March", "date", None, "2018-06-06", None, "close", "first close above 25,000 since mid-March", "level_last('DJI', 25000, '2018-06-06')", 2, C, "since", "DJI closes >= 25,000 in 2018-03..06: 03-09 25,335.74, 03-12 25,178.61, 03-13 25,007.03, 05-21 25,013.29, 06-06 25,146.39", "The Dow had closed above 25,000 on Monday 2018-05-21 (25,013.29), so the last such close was in May, not mid-March: an earlier X, contradicted."),
    ("IXIC", "daily_pct_change", 0.7, "percent", None, "2018-06-06", "1d", "close", "0.7%", "pct('IXIC', '2018-06-06')", 2, S, "1dp", "", "0.67."),
    ("IXIC", "close_level", 7689.24, "index_points", None, "2018-06-06", None, "close", "7,689.24", "close('IXIC', '2018-06-06')", 2, S, "lvl", "", ""),
    ("IXIC", "record_high", True, "flag", None, "2018-06-06", None, "close and intraday", "hit a new all-time high", "[is_record('IXIC', '2018-06-06'), is_record('IXIC', '2018-06-06', 'high')]", 2, S, "record", "", "Record close and record intraday high."),
    ("GOOGL", "daily_pct_change", -0.4, "percent", None, "2018-06-06", "1d", "close", "0.4%", None, 2, U, "unv", "", "Single stocks are not in the files."),
  ])

# ---------------------------------------------------------------- 4
P(id="quoteslay_20180515_dow_streak_ends_yields",
  source={"site": "quoteslay.com", "url": "http://quoteslay.com/2018/05/united-states-stocks-close-lower-amid-rising-treasury-yield/", "original_outlet": "Associated Press (rewritten)"},
  published="2018-05-16", published_confidence="exact",
  published_note="page dated Wed, May 16, 2018; the text is about Tuesday 2018-05-15 and mixes a 3:30 p.m. S&P 500 figure with closing Dow and Nasdaq figures.",
  text=("United States stocks close lower amid rising Treasury yield. Stocks ended lower Tuesday, snapping an "
        "eight-day winning streak for the Dow Jones industrial average. The broad retreat followed a slide in bond "
        "prices that sent the 10-year Treasury yield to its highest level in nearly seven years, opening the way to "
        "higher mortgage costs. KEEPING SCORE: The S&P 500 index fell 25 points, or 1 percent, to 2,704 as of "
        "3:30 p.m. The Dow Jones Industrial Average lost 193 points, or 0.78 percent, to 24,706.41. The Nasdaq fell "
        "0.8 percent, to 7,351.63. The Russell 2000 index of smaller-company stocks gave up 1 point, or 0.1 percent, "
        "to 1,598. Banks, which gain when lending rates rise, bucked the trend. The Federal Reserve has signaled it "
        "will raise rates twice more this year, after having done so in March, and most economists expect the next "
        "increase in June. Home builders slumped on expectations of higher mortgage rates. Germany's DAX slipped "
        "0.1 percent after data showed the country's economy slowed in the first quarter."),
  claims=[
    ("DJI", "winning_streak_ended", 8, "sessions", None, "2018-05-15", None, "close", "eight-day winning streak", "[streak('DJI', '2018-05-14'), chg('DJI', '2018-05-15') < 0]", 2, S, "streak", "", "Eight straight gains 2018-05-03..05-14, then -193.00 on 05-15."),
    ("US10Y", "highest_since", "nearly seven years", "duration", "nearly", "2018-05-15", None, "end of day", "highest level in nearly seven years", "rate_since('DGS10', '2018-05-15')", 2, S, "since", "DGS10 3.08 on 2018-05-15", "Last end-of-day DGS10 >= 3.08: 2011-07-07, 6.9 years earlier."),
    ("SPX", "point_change_mid_session", -25, "index_points", None, "2018-05-15", None, "3:30 p.m.", "25 points", "chg('GSPC', '2018-05-15')", 2, U, "mid", "session range vs prior close -28.22..-11.54 points; close -18.68", "A 3:30 p.m. figure inside the session's range."),
    ("SPX", "pct_change_mid_session", -1, "percent", None, "2018-05-15", None, "3:30 p.m.", "1 percent, to 2,704", "pct('GSPC', '2018-05-15')", 2, U, "mid", "session range -1.03%..-0.42%; close -0.68%", "Inside the session's range."),
    ("SPX", "level_mid_session", 2704, "index_points", None, "2018-05-15", None, "3:30 p.m.", "2,704", "close('GSPC', '2018-05-15')", 2, U, "mid", "session low 2,701.91, high 2,718.59", "Inside the session's range; the close was 2,711.45."),
    ("DJI", "daily_point_change", -193, "index_points", None, "2018-05-15", "1d", "close", "193 points", "chg('DJI', '2018-05-15')", 2, S, "int", "", "-193.00 at the close."),
    ("DJI", "daily_pct_change", -0.78, "percent", None, "2018-05-15", "1d", "close", "0.78 percent", "pct('DJI', '2018-05-15')", 2, S, "2dp", "", "-0.775."),
    ("DJI", "close_level", 24706.41, "index_points", None, "2018-05-15", None, "close", "24,706.41", "close('DJI', '2018-05-15')", 2, S, "lvl", "", ""),
    ("IXIC", "daily_pct_change", -0.8, "percent", None, "2018-05-15", "1d", "close", "0.8 percent", "pct('IXIC', '2018-05-15')", 2, S, "1dp", "", ""),
    ("IXIC", "close_level", 7351.63, "index_points", None, "2018-05-15", None, "close", "7,351.63", "close('IXIC', '2018-05-15')", 2, S, "lvl", "", ""),
    ("RUT", "point_change_mid_session", -1, "index_points", None, "2018-05-15", None, "afternoon", "gave up 1 point", "chg('RUT', '2018-05-15')", 2, U, "mid", "session range vs prior close -8.24..+2.82 points", "Reported with the 3:30 p.m. figures; inside the range. The file's 05-15 close equals the 05-14 close (1,600.34), so even the close-basis change is doubtful."),
    ("RUT", "pct_change_mid_session", -0.1, "percent", None, "2018-05-15", None, "afternoon", "0.1 percent, to 1,598", "pct('RUT', '2018-05-15')", 2, U, "mid", "session range -0.51%..+0.18%", "Inside the session's range."),
    ("RUT", "level_mid_session", 1598, "index_points", None, "2018-05-15", None, "afternoon", "1,598", "close('RUT', '2018-05-15')", 2, U, "mid", "session low 1,592.10, high 1,603.16", "Inside the session's range."),
    ("FEDFUNDS", "hike_in_march", True, "flag", None, "2018-03-21", None, None, "after having done so in March", "fed_changes('2018-01-01', '2018-05-15')", 2, S, "fed", "", "One 25 bp increase, effective 2018-03-22 (decided 2018-03-21)."),
    ("FEDFUNDS", "hikes_signaled_rest_of_year", 2, "count", None, "2018-05-15", "rest of 2018", None, "twice more this year", None, 2, F, "fc", "", "Projection (two more hikes did come, in June and September, then a third in December); never judged."),
    ("FEDFUNDS", "next_hike_expected", "June", "date", None, "2018-05-15", None, None, "next increase in June", None, 2, F, "fc", "", "Economists' expectation; never judged."),
    ("DAX", "daily_pct_change", -0.1, "percent", None, "2018-05-15", "1d", "close", "DAX slipped 0.1 percent", None, 2, U, "unv", "", "The DAX is not in the files."),
  ])

# ---------------------------------------------------------------- 5
P(id="anadolu_20210125_nasdaq_intraday_record_vix",
  source={"site": "alaturka.us", "url": "https://www.alaturka.us/us-stocks-close-mixed-in-high-volatile-session/", "original_outlet": "Anadolu Agency"},
  published="2021-01-25", published_confidence="high",
  published_note="inferred: dateline ANKARA (AA), 'Monday'; the closes (Dow 30,960, S&P 500 3,855, Nasdaq 13,635) and the intraday Nasdaq record match Monday 2021-01-25.",
  text=("US stocks close mixed in high volatile session. By Ovunc Kutlu. ANKARA (AA) - The major US stock indexes "
        "ended Monday mixed after a highly volatile session, as rising coronavirus cases and deaths in the US added "
        "to investors' uncertainty. The Nasdaq climbed to a record high level of 13,728 points in an hour after "
        "opening bell, but the tech-heavy index then quickly lost 360 points, plummeting to 13,368. It finished the "
        "day with a 0.69% gain at 13,635 points. The Dow Jones closed with a 0.12% loss at 30,960 points, while the "
        "S&P 500 managed a 0.36% gain at 3,855 points. The S&P 500 VIX index, known as the fear index, was up by "
        "21.5% at 26.63 at one point - a level last seen when former President Donald Trump's supporters stormed "
        "the Capitol building on Jan. 6. Investors moved toward cash in US dollars and toward Treasuries: the US "
        "dollar index was up by 0.2% to $90.38 at closing bell, while demand for 10-year US Treasury notes pushed "
        "their yield down by 5.3% to 1.033% - its lowest since the day of the Capitol riot."),
  claims=[
    ("IXIC", "intraday_high_level", 13728, "index_points", None, "2021-01-25", None, "intraday high", "13,728", "close('IXIC', '2021-01-25', 'high')", 2, I, "lvl", "", "Session high 13,728.98: the figure is truncated (|err| 0.98 > 0.5)."),
    ("IXIC", "intraday_record", True, "flag", None, "2021-01-25", None, "intraday high", "record high level", "is_record('IXIC', '2021-01-25', 'high')", 2, S, "record", "previous intraday record 13,567.14 on 2021-01-22", ""),
    ("IXIC", "time_of_high", "an hour after the open", "time", None, "2021-01-25", None, "intraday", "in an hour after opening bell", None, 2, U, "unv", "", "The files have no intraday times."),
    ("IXIC", "intraday_drop_points", -360, "index_points", None, "2021-01-25", None, "intraday high to low", "360 points", "close('IXIC', '2021-01-25', 'high') - close('IXIC', '2021-01-25', 'low')", 2, S, "int", "", "High 13,728.98 to low 13,368.68: 360.30 points."),
    ("IXIC", "intraday_low_level", 13368, "index_points", None, "2021-01-25", None, "intraday low", "13,368", "close('IXIC', '2021-01-25', 'low')", 2, I, "lvl", "", "13,368.68 truncated."),
    ("IXIC", "daily_pct_change", 0.69, "percent", None, "2021-01-25", "1d", "close", "0.69%", "pct('IXIC', '2021-01-25')", 2, S, "2dp", "", ""),
    ("IXIC", "close_level", 13635, "index_points", None, "2021-01-25", None, "close", "13,635 points", "close('IXIC', '2021-01-25')", 2, I, "lvl", "", "13,635.99 truncated (a rounded figure would be 13,636)."),
    ("DJI", "daily_pct_change", -0.12, "percent", None, "2021-01-25", "1d", "close", "0.12%", "pct('DJI', '2021-01-25')", 2, S, "2dp", "", ""),
    ("DJI", "close_level", 30960, "index_points", None, "2021-01-25", None, "close", "30,960", "close('DJI', '2021-01-25')", 2, S, "lvl", "", "30,960.00."),
    ("SPX", "daily_pct_change", 0.36, "percent", None, "2021-01-25", "1d", "close", "0.36%", "pct('GSPC', '2021-01-25')", 2, S, "2dp", "", ""),
    ("SPX", "close_level", 3855, "index_points", None, "2021-01-25", None, "close", "3,855 points", "close('GSPC', '2021-01-25')", 2, S, "lvl", "", "3,855.36."),
    ("VIX", "intraday_pct_change", 21.5, "percent", None, "2021-01-25", None, "intraday high", "21.5%", "(close('VIX', '2021-01-25', 'high') / close('VIX', '2021-01-22') - 1) * 100", 2, S, "1dp", "VIX high 26.63 vs prior close 21.91", "'At one point' = the session high."),
    ("VIX", "intraday_level", 26.63, "index_points", None, "2021-01-25", None, "intraday high", "26.63", "close('VIX', '2021-01-25', 'high')", 2, S, "lvl", "", ""),
    ("VIX", "level_last_seen", "2021-01-06", "date", None, "2021-01-25", None, "intraday high", "stormed the Capitol building on Jan. 6", "level_last('VIX', 26.63, '2021-01-25', f='high')", 2, S, "since", "", "Last earlier session with a VIX high >= 26.63: 2021-01-06 (on closes: 2021-01-04)."),
    ("DXY", "close_level_and_change", [90.38, 0.2], "index_points, percent", None, "2021-01-25", "1d", "close", "$90.38", None, 2, U, "unv", "", "The dollar index is not in the files."),
    ("US10Y", "yield_pct_change", -5.3, "percent", None, "2021-01-25", "1d", "end of day", "5.3%", "(rate_on('DGS10', '2021-01-25') / rate_on('DGS10', '2021-01-22') - 1) * 100", 2, I, "1dp", "DGS10 1.10 -> 1.05", "A relative change of the yield: -4.55% on FRED's end-of-day yields; |err| 0.75 is within 20% of the true value and 2 pp."),
    ("US10Y", "yield_level", 1.033, "percent", None, "2021-01-25", None, "end of day", "1.033%", "rate_on('DGS10', '2021-01-25')", 2, S, "yield", "", "DGS10 1.05 (FRED rounds to 2 dp): |err| 0.017 <= 0.025."),
    ("US10Y", "lowest_since", "2021-01-06", "date", None, "2021-01-25", None, "end of day", "lowest since the day of the Capitol riot", "rate_since('DGS10', '2021-01-25', above=False)", 2, S, "since", "", "Last end-of-day DGS10 <= 1.05: 2021-01-06."),
  ])

# ---------------------------------------------------------------- 6
P(id="ap_20210823_indexes_fared_monday_rut",
  source={"site": "sandiegouniontribune.com", "url": "https://www.sandiegouniontribune.com/business/nation/story/2021-08-23/how-major-us-stock-indexes-fared-monday", "original_outlet": "Associated Press"},
  published="2021-08-23", published_confidence="exact",
  published_note="date in the URL; Monday 2021-08-23 session.",
  text=("How major US stock indexes fared Monday. By The Associated Press. Major U.S. stock indexes ended higher "
        "Monday, letting the S&P 500 win back the ground it gave up last week and leaving it just shy of another "
        "record high. The tech-heavy Nasdaq closed at a record high. Energy stocks gained the most as crude oil "
        "climbed 5.3%, recovering some of its recent losses. Pfizer rose after the FDA gave full approval to its "
        "COVID-19 vaccine, which had been used under an emergency use authorization since December. On Monday: "
        "The S&P 500 rose 37.86 points, or 0.9%, to 4,479.53. The Dow Jones Industrial Average rose 215.63 points, "
        "or 0.6%, to 35,335.71. The Nasdaq rose 227.99 points, or 1.5%, to 14,942.65. The Russell 2000 index of "
        "smaller companies rose 40.70 points, or 1.9%, to 2,208.30. For the year: The S&P 500 is up 723.46 points, "
        "or 19.3%. The Dow is up 4,729.23 points, or 15.5%. The Nasdaq is up 2,054.37 points, or 15.9%. The Russell "
        "2000 is up 233.44 points, or 11.8%."),
  claims=[
    ("SPX", "regained_last_week_loss", True, "flag", None, "2021-08-23", "prior week", "close", "win back the ground it gave up last week", "[wtd_pts('GSPC', '2021-08-20'), chg('GSPC', '2021-08-23')]", 2, S, "window", "", "Lost 26.33 points in the week to 2021-08-20, gained 37.86 on Monday."),
    ("SPX", "points_below_record", "just shy", "index_points", None, "2021-08-23", None, "close", "just shy of another record high", "record_before('GSPC', '2021-08-23')[1] - close('GSPC', '2021-08-23')", 2, S, "record", "record close 4,479.71 on 2021-08-16", "0.18 points below the record close."),
    ("IXIC", "record_close", True, "flag", None, "2021-08-23", None, "close", "closed at a record high", "is_record('IXIC', '2021-08-23')", 2, S, "record", "", ""),
    ("CRUDE", "daily_pct_change", 5.3, "percent", None, "2021-08-23", "1d", "close", "5.3%", None, 2, U, "unv", "", "Crude oil is not in the files."),
    ("GENERIC", "eua_since", "December", "date", None, "2021-08-23", None, None, "since December", None, 2, U, "unv", "", "Not market data."),
    ("SPX", "daily_point_change", 37.86, "index_points", None, "2021-08-23", "1d", "close", "37.86", "chg('GSPC', '2021-08-23')", 2, S, "2dp", "", ""),
    ("SPX", "daily_pct_change", 0.9, "percent", None, "2021-08-23", "1d", "close", "0.9%", "pct('GSPC', '2021-08-23')", 2, S, "1dp", "", "0.85."),
    ("SPX", "close_level", 4479.53, "index_points", None, "2021-08-23", None, "close", "4,479.53", "close('GSPC', '2021-08-23')", 2, S, "lvl", "", ""),
    ("DJI", "daily_point_change", 215.63, "index_points", None, "2021-08-23", "1d", "close", "215.63", "chg('DJI', '2021-08-23')", 2, S, "2dp", "", ""),
    ("DJI", "daily_pct_change", 0.6, "percent", None, "2021-08-23", "1d", "close", "0.6%", "pct('DJI', '2021-08-23')", 2, S, "1dp", "", ""),
    ("DJI", "close_level", 35335.71, "index_points", None, "2021-08-23", None, "close", "35,335.71", "close('DJI', '2021-08-23')", 2, S, "lvl", "", ""),
    ("IXIC", "daily_point_change", 227.99, "index_points", None, "2021-08-23", "1d", "close", "227.99", "chg('IXIC', '2021-08-23')", 2, S, "2dp", "", ""),
    ("IXIC", "daily_pct_change", 1.5, "percent", None, "2021-08-23", "1d", "close", "1.5%", "pct('IXIC', '2021-08-23')", 2, S, "1dp", "", "1.55."),
    ("IXIC", "close_level", 14942.65, "index_points", None, "2021-08-23", None, "close", "14,942.65", "close('IXIC', '2021-08-23')", 2, S, "lvl", "", ""),
    ("RUT", "daily_point_change", 40.70, "index_points", None, "2021-08-23", "1d", "close", "40.70", "chg('RUT', '2021-08-23')", 2, S, "2dp", "", ""),
    ("RUT", "daily_pct_change", 1.9, "percent", None, "2021-08-23", "1d", "close", "1.9%", "pct('RUT', '2021-08-23')", 2, S, "1dp", "", "1.88."),
    ("RUT", "close_level", 2208.30, "index_points", None, "2021-08-23", None, "close", "2,208.30", "close('RUT', '2021-08-23')", 2, S, "lvl", "", ""),
    ("SPX", "ytd_point_change", 723.46, "index_points", None, "2021-08-23", "ytd", "close", "723.46", "ytd_pts('GSPC', '2021-08-23')", 2, S, "2dp", "", ""),
    ("SPX", "ytd_pct_change", 19.3, "percent", None, "2021-08-23", "ytd", "close", "19.3%", "ytd('GSPC', '2021-08-23')", 2, S, "1dp", "", ""),
    ("DJI", "ytd_point_change", 4729.23, "index_points", None, "2021-08-23", "ytd", "close", "4,729.23", "ytd_pts('DJI', '2021-08-23')", 2, S, "2dp", "", ""),
    ("DJI", "ytd_pct_change", 15.5, "percent", None, "2021-08-23", "ytd", "close", "15.5%", "ytd('DJI', '2021-08-23')", 2, S, "1dp", "", ""),
    ("IXIC", "ytd_point_change", 2054.37, "index_points", None, "2021-08-23", "ytd", "close", "2,054.37", "ytd_pts('IXIC', '2021-08-23')", 2, S, "2dp", "", ""),
    ("IXIC", "ytd_pct_change", 15.9, "percent", None, "2021-08-23", "ytd", "close", "15.9%", "ytd('IXIC', '2021-08-23')", 2, S, "1dp", "", ""),
    ("RUT", "ytd_point_change", 233.44, "index_points", None, "2021-08-23", "ytd", "close", "233.44", "ytd_pts('RUT', '2021-08-23')", 2, S, "2dp", "", ""),
    ("RUT", "ytd_pct_change", 11.8, "percent", None, "2021-08-23", "ytd", "close", "11.8%", "ytd('RUT', '2021-08-23')", 2, S, "1dp", "", ""),
  ])

# ---------------------------------------------------------------- 7
P(id="cnbc_20220118_dow_543_two_year_yield_1pct",
  source={"site": "westvirginia.forums.rivals.com", "url": "https://westvirginia.forums.rivals.com/threads/dow-drops-540-points-nasdaq-falls-2-6-as-10-year-yield-rises-to-2-year-high.267505/latest", "original_outlet": "CNBC (reposted on a forum)"},
  published="2022-01-18", published_confidence="high",
  published_note="inferred: a forum repost of CNBC's closing story for 'Tuesday' after the Martin Luther King Jr. holiday; closes (Dow 35,368.47, S&P 500 4,577.11, Nasdaq 14,506.90) match Tuesday 2022-01-18.",
  text=("Dow drops 540 points, Nasdaq falls 2.6% as 10-year yield rises to 2-year high. The major averages slid "
        "sharply Tuesday as government bond yields hit Covid-era highs and Goldman Sachs reported disappointing "
        "earnings. The Dow Jones Industrial Average lost 543.34 points, or 1.5%, to close at 35,368.47. The S&P 500 "
        "dropped 1.8% to 4,577.11, and the Nasdaq Composite declined 2.6% to 14,506.90, its lowest level in three "
        "months. The technology-focused Nasdaq now sits more than 10% below its most recent high and closed under "
        "its 200-day moving average for the first time since April 2020. The small-cap benchmark Russell 2000 slid "
        "nearly 3.1%. U.S. markets had been closed Monday for the Martin Luther King Jr. holiday. Goldman Sachs "
        "shares fell nearly 7% after the bank missed fourth-quarter expectations, with operating expenses up 23% on "
        "higher pay. Yields rose along the curve. The closely watched 2-year yield broke above 1% for the first time "
        "since February 2020, the month before the pandemic declaration, while the benchmark 10-year note topped "
        "1.87%, its highest since January 2020. The 10-year yield started 2022 around 1.5%."),
  claims=[
    ("DJI", "daily_point_change", -540, "index_points", None, "2022-01-18", "1d", "close", "Dow drops 540 points", "chg('DJI', '2022-01-18')", 2, I, "int", "", "Headline rounding of -543.34: |err| 3.34 > 0.5 but within 20%."),
    ("IXIC", "daily_pct_change", -2.6, "percent", None, "2022-01-18", "1d", "close", "Nasdaq falls 2.6%", "pct('IXIC', '2022-01-18')", 2, S, "1dp", "", "-2.60."),
    ("US10Y", "highest_since", "2 years", "duration", None, "2022-01-18", None, "end of day", "rises to 2-year high", "rate_since('DGS10', '2022-01-18')", 2, S, "since", "DGS10 1.87", "Last end-of-day DGS10 >= 1.87: 2020-01-08 (two years)."),
    ("DJI", "daily_point_change", -543.34, "index_points", None, "2022-01-18", "1d", "close", "543.34", "chg('DJI', '2022-01-18')", 2, S, "2dp", "", ""),
    ("DJI", "daily_pct_change", -1.5, "percent", None, "2022-01-18", "1d", "close", "1.5%, to close", "pct('DJI', '2022-01-18')", 2, S, "1dp", "", ""),
    ("DJI", "close_level", 35368.47, "index_points", None, "2022-01-18", None, "close", "35,368.47", "close('DJI', '2022-01-18')", 2, S, "lvl", "", ""),
    ("SPX", "daily_pct_change", -1.8, "percent", None, "2022-01-18", "1d", "close", "1.8%", "pct('GSPC', '2022-01-18')", 2, S, "1dp", "", "-1.84."),
    ("SPX", "close_level", 4577.11, "index_points", None, "2022-01-18", None, "close", "4,577.11", "close('GSPC', '2022-01-18')", 2, S, "lvl", "", ""),
    ("IXIC", "daily_pct_change", -2.6, "percent", None, "2022-01-18", "1d", "close", "declined 2.6%", "pct('IXIC', '2022-01-18')", 2, S, "1dp", "", ""),
    ("IXIC", "close_level", 14506.90, "index_points", None, "2022-01-18", None, "close", "14,506.90", "close('IXIC', '2022-01-18')", 2, S, "lvl", "", ""),
    ("IXIC", "lowest_since", "three months", "duration", None, "2022-01-18", None, "close", "lowest level in three months", "lowest_since('IXIC', '2022-01-18')", 2, S, "since", "", "Last earlier close <= 14,506.90: 2021-10-12, three months earlier."),
    ("IXIC", "pct_from_high", 10, "percent", "more than", "2022-01-18", None, "close", "more than 10% below its most recent high", "pct_below('IXIC', '2022-01-18', record_before('IXIC', '2022-01-18')[1])", 2, I, "dist", "record close 16,057.44 on 2021-11-19; record intraday high 16,212.23 on 2021-11-22", "On the record close the Nasdaq is 9.66% below (not more than 10%); on the intraday record it is 10.52% below. By the close-basis rule the bound fails narrowly: imprecise."),
    ("IXIC", "below_200dma_first_since", "April 2020", "date", None, "2022-01-18", None, "close", "first time since April 2020", "[close('IXIC', '2022-01-18') < sma('IXIC', '2022-01-18', 200), last_close_below_sma('IXIC', '2022-01-18', 200)]", 2, S, "since", "", "Below its 200-day average on 2022-01-18; the previous close below it was 2020-04-21."),
    ("RUT", "daily_pct_change", -3.1, "percent", "nearly", "2022-01-18", "1d", "close", "nearly 3.1%", "pct('RUT', '2022-01-18')", 2, S, "nearly", "", "-3.06: 3.0 <= 3.06 <= 3.15."),
    ("GENERIC", "market_closed", "2022-01-17", "date", None, "2022-01-17", None, None, "closed Monday", "'2022-01-17' in [i.date().isoformat() for i in col('GSPC').index]", 2, S, "date", "", "No session on Monday 2022-01-17 in the files (MLK Day)."),
    ("GS", "daily_pct_change", -7, "percent", "nearly", "2022-01-18", "1d", "close", "nearly 7%", None, 2, U, "unv", "", "Single stocks are not in the files."),
    ("GS", "opex_growth", 23, "percent", None, "2022-01-18", None, None, "23%", None, 2, U, "unv", "", "Company financials are not in the files."),
    ("US2Y", "first_above_level_since", "February 2020", "date", None, "2022-01-18", None, "end of day", "first time since February 2020", "fred_last('DGS2', 1.0, '2022-01-18')", 2, S, "since", "DGS2 1.06 on 2022-01-18", "Last end-of-day DGS2 above 1%: 2020-02-27."),
    ("US10Y", "yield_level", 1.87, "percent", "more than", "2022-01-18", None, "end of day", "1.87%", "rate_on('DGS10', '2022-01-18')", 2, S, "yield", "", "DGS10 1.87 at the end of the day; 'topped' is an intraday notion, the end-of-day value equals the figure."),
    ("US10Y", "highest_since", "January 2020", "date", None, "2022-01-18", None, "end of day", "highest since January 2020", "rate_since('DGS10', '2022-01-18')", 2, S, "since", "", "Last DGS10 >= 1.87: 2020-01-08."),
    ("US10Y", "start_of_year_level", 1.5, "percent", "around", "2021-12-31", None, "end of day", "around 1.5%", "rate_on('DGS10', '2021-12-31')", 2, S, "about", "", "DGS10 1.52 at the end of 2021 (1.63 on the first session of 2022)."),
  ])

# ---------------------------------------------------------------- 8
P(id="marketwatch_20231023_sp500_fifth_loss_ten_year_5pct",
  source={"site": "topnews.media", "url": "https://topnews.media/finance/dow-jones-closes-190-points-lower-sp-500-books-longest-losing-streak-of-2023", "original_outlet": "MarketWatch (republished)"},
  published="2023-10-23", published_confidence="high",
  published_note="inferred: 'Monday', the 10-year yield briefly above 5%, S&P 500 near 4,216 and Dow near 32,936 match Monday 2023-10-23.",
  text=("Dow Jones closes 190 points lower, S&P 500 books longest losing streak of 2023. U.S. stocks finished "
        "mostly lower Monday after a choppy session in which the 10-year Treasury yield briefly topped 5% for the "
        "first time in 16 years. The S&P 500 ended about 7 points lower, or 0.2%, near 4,216, after swinging "
        "between small gains and losses. It was the index's fifth straight losing session, its longest stretch of "
        "declines since Dec. 7, 2022, according to Dow Jones Market Data. The Dow Jones Industrial Average shed "
        "about 191 points, or 0.6%, to finish near 32,936, while the Nasdaq Composite rose 0.3% after trading "
        "earlier below 12,922.216, the closing level needed to lock in a finish in correction territory. A "
        "correction is widely taken to be a close at least 10% below a prior peak. The 10-year Treasury yield fell "
        "8.8 basis points to 4.836%, after punching above 5% earlier in the session. Microsoft and other tech "
        "giants report third-quarter earnings this week."),
  claims=[
    ("DJI", "daily_point_change", -190, "index_points", None, "2023-10-23", "1d", "close", "190 points lower", "chg('DJI', '2023-10-23')", 2, I, "int", "", "-190.87 (the body says 'about 191'): the headline figure is truncated."),
    ("SPX", "longest_losing_streak_of_year", True, "flag", None, "2023-10-23", "2023", "close", "longest losing streak of 2023", "[streak('GSPC', '2023-10-23', up=False), last_streak_len('GSPC', '2023-10-23', 5)]", 2, S, "streak", "", "Five straight losses; the last earlier run of five ended 2022-12-07, so none in 2023 was as long."),
    ("US10Y", "intraday_above_level_first_in", "16 years", "duration", None, "2023-10-23", None, "intraday", "for the first time in 16 years", "rate_on('DGS10', '2023-10-23')", 2, U, "unv", "DGS10 end-of-day 4.86 (cycle high 4.98 on 2023-10-19)", "An intraday yield event: FRED's end-of-day yields never reached 5% in this period."),
    ("SPX", "daily_point_change", -7, "index_points", "about", "2023-10-23", "1d", "close", "about 7 points", "chg('GSPC', '2023-10-23')", 2, S, "about", "", "-7.12."),
    ("SPX", "daily_pct_change", -0.2, "percent", None, "2023-10-23", "1d", "close", "0.2%", "pct('GSPC', '2023-10-23')", 2, S, "1dp", "", "-0.17."),
    ("SPX", "close_level", 4216, "index_points", "near", "2023-10-23", None, "close", "near 4,216", "close('GSPC', '2023-10-23')", 2, I, "about", "", "Close 4,217.04: 1.04 above the figure, just outside one unit (+0.02); within 1%."),
    ("SPX", "losing_streak", 5, "sessions", None, "2023-10-23", None, "close", "fifth straight losing session", "streak('GSPC', '2023-10-23', up=False)", 0, S, "streak", "", ""),
    ("SPX", "longest_losing_streak_since", "2022-12-07", "date", None, "2023-10-23", None, "close", "Dec. 7, 2022", "last_streak_len('GSPC', '2023-10-23', 5)", 2, S, "since", "", "The previous losing run of at least five sessions ended 2022-12-07."),
    ("DJI", "daily_point_change", -191, "index_points", "about", "2023-10-23", "1d", "close", "about 191 points", "chg('DJI', '2023-10-23')", 2, S, "about", "", "-190.87."),
    ("DJI", "daily_pct_change", -0.6, "percent", None, "2023-10-23", "1d", "close", "0.6%", "pct('DJI', '2023-10-23')", 2, S, "1dp", "", "-0.58."),
    ("DJI", "close_level", 32936, "index_points", "near", "2023-10-23", None, "close", "near 32,936", "close('DJI', '2023-10-23')", 2, S, "about", "", "32,936.41."),
    ("IXIC", "daily_pct_change", 0.3, "percent", None, "2023-10-23", "1d", "close", "0.3%", "pct('IXIC', '2023-10-23')", 2, S, "1dp", "", "0.27."),
    ("IXIC", "intraday_below_level", True, "flag", None, "2023-10-23", None, "intraday low", "trading earlier below", "close('IXIC', '2023-10-23', 'low') < 12922.216", 2, S, "date", "session low 12,848.83", ""),
    ("IXIC", "correction_threshold", 12922.216, "index_points", None, "2023-10-23", None, "close", "12,922.216", "0.9 * high_52w('IXIC', '2023-10-23')[1]", 3, S, "dist", "52-week closing high 14,358.02 on 2023-07-19", "90% of the 2023-07-19 close: 12,922.218 (the files round closes to 2 dp)."),
    ("US10Y", "yield_change_bp", -8.8, "basis_points", None, "2023-10-23", "1d", "end of day", "8.8 basis points", "bp('DGS10', '2023-10-20', '2023-10-23')", 1, C, "yield", "DGS10 4.93 -> 4.86", "FRED's end-of-day yields give -7.0 bp; |err| 1.8 bp is more than 20% of the true change. MarketWatch quotes 3 p.m. Eastern levels, which may explain the gap, but the text does not say so."),
    ("US10Y", "yield_level", 4.836, "percent", None, "2023-10-23", None, "end of day", "4.836%", "rate_on('DGS10', '2023-10-23')", 2, S, "yield", "", "DGS10 4.86: |err| 0.024 <= 0.025."),
    ("US10Y", "intraday_above_level", 5, "percent", "above", "2023-10-23", None, "intraday", "punching above 5%", None, 2, U, "unv", "", "Intraday yield; FRED has end-of-day values only."),
  ])

# ---------------------------------------------------------------- 9
P(id="cnbc_20191125_rut_52_week_high_breakout",
  source={"site": "cnbc.com", "url": "https://www.cnbc.com/2019/11/25/small-caps-break-out-to-new-high-for-the-year-in-positive-sign-for-the-whole-stock-market.html", "original_outlet": "CNBC"},
  published="2019-11-25", published_confidence="exact",
  published_note="date in the URL; Monday 2019-11-25 session.",
  text=("Small caps break out to new high for the year in positive sign for the whole stock market. The small-cap "
        "Russell 2000 index jumped to a fresh 52-week high Monday, a sign that small stocks may be set for a "
        "breakout that could lift the whole market. The Russell 2000 finished at 1,621.90, a 2% gain, and its "
        "highest close since Oct. 9, 2018. The S&P 500, Dow and Nasdaq, which had already regained their highs, "
        "all closed at new record levels Monday. 'The dynamics of this market are changing,' said Ari Wald, "
        "technical strategist at Oppenheimer, arguing that pullbacks should now be shallower and upswings stronger "
        "as global equities break out across the board. The Russell 2000, which had trailed the other indices in "
        "the march to new highs, broke its previous high from May 6 of 1,618.4 early Monday and then climbed "
        "higher into the close; it had come near that level before without getting through. Frank Cappelleri, head "
        "market technician at Instinet, welcomed the move but said the gains need to hold, since small caps have "
        "lagged and 'this still has a while to go to recapture its all time highs from last fall.' Just a third of "
        "the S&P 500 are at or within 3% of all-time highs, he said, so more stocks need to join the rally."),
  claims=[
    ("RUT", "new_52_week_high", True, "flag", None, "2019-11-25", "52 weeks", "close", "fresh 52-week high", "[close('RUT', '2019-11-25'), high_52w('RUT', '2019-11-22')]", 2, S, "since", "", "Close 1,621.90 above the previous 52-week closing high 1,614.98 (2019-05-06)."),
    ("RUT", "close_level", 1621.90, "index_points", None, "2019-11-25", None, "close", "1,621.90", "close('RUT', '2019-11-25')", 2, S, "lvl", "", ""),
    ("RUT", "daily_pct_change", 2, "percent", None, "2019-11-25", "1d", "close", "a 2% gain", "pct('RUT', '2019-11-25')", 2, S, "int", "", "2.07."),
    ("RUT", "highest_close_since", "2018-10-09", "date", None, "2019-11-25", None, "close", "Oct. 9, 2018", "highest_since('RUT', '2019-11-25')", 2, S, "since", "", "Last earlier close >= 1,621.90: 2018-10-08; Oct. 9 is the first session after it, allowed by the rule."),
    ("SPX, DJI, IXIC", "record_close", True, "flag", None, "2019-11-25", None, "close", "all closed at new record levels", "[is_record(t, '2019-11-25') for t in ('GSPC', 'DJI', 'IXIC')]", 2, S, "record", "", "All three closed at records."),
    ("RUT", "previous_high_date", "2019-05-06", "date", None, "2019-11-25", "52 weeks", "intraday high", "May 6", "high_52w('RUT', '2019-11-22', 'high')", 2, S, "date", "", "The 52-week intraday high before Monday was set on 2019-05-06 (1,618.37); the 52-week closing high was also that day (1,614.98)."),
    ("RUT", "previous_high_level", 1618.4, "index_points", None, "2019-05-06", None, "intraday high", "1,618.4", "close('RUT', '2019-05-06', 'high')", 2, S, "lvl", "", "1,618.37 rounds to 1,618.4 (intraday high)."),
    ("RUT", "time_of_breakout", "early Monday", "time", None, "2019-11-25", None, "intraday", "early Monday", "close('RUT', '2019-11-25', 'high')", 2, U, "unv", "session high 1,623.99", "The session high exceeded 1,618.37, but the files have no intraday times."),
    ("QUOTE", "distance_to_record", "a while to go", None, None, "2019-11-25", None, None, "a while to go", "pct_below('RUT', '2019-11-25', record_before('RUT', '2019-11-25')[1])", 2, N, "nc", "record close 1,740.75 on 2018-08-31", "Quoted opinion; the record it refers to was set on 2018-08-31 (late summer rather than fall), 6.8% above Monday's close."),
    ("SPX_BREADTH", "share_within_3pct_of_high", "a third", "share", None, "2019-11-25", None, None, "Just a third", None, 2, U, "unv", "", "Constituent data are not in the files."),
  ])

# ---------------------------------------------------------------- 10
P(id="marketwatch_20200508_small_cap_etfs_best_week",
  source={"site": "forextv.com", "url": "https://forextv.com/market-news/small-cap-etfs-score-best-week-in-a-month-as-investors-bet-on-economic-comeback/", "original_outlet": "MarketWatch (Market Pulse)"},
  published="2020-05-08", published_confidence="exact",
  published_note="page dated 2020-05-08 (a Friday); the figures are midday values of that session.",
  text=("Small-cap ETFs score best week in a month as investors bet on economic comeback. Exchange-traded funds "
        "that follow smaller companies outperformed on Friday, extending a small-cap rally and suggesting the "
        "market's gains may reach segments that had lagged. The iShares Russell 2000 ETF rose 3.3% by midday, "
        "slightly edging its benchmark, the Russell 2000 Index, and was posting its strongest weekly gain in about "
        "a month. The S&P Small Cap 600 was up 3.2%. All three were running ahead of indexes of bigger firms such "
        "as the S&P 500, which gained 1.4%. Over the past month, as the S&P 500 has gained 6.3%, the Russell 2000 "
        "has powered nearly 11% higher, albeit in fits and starts. Because smaller companies are usually seen as "
        "bigger risks, they fall out of favor when economic growth is uncertain; if the small-cap rally holds, it "
        "could signal more confidence in the recovery. Market Pulse stories are rapid-fire news bursts on stocks "
        "and markets as they move."),
  claims=[
    ("IWM", "pct_change_midday", 3.3, "percent", None, "2020-05-08", None, "midday", "3.3%", "pct('IWM', '2020-05-08')", 2, U, "mid", "IWM session range +1.37%..+4.17%; close +3.86%", "Midday figure inside the session's range."),
    ("IWM, RUT", "etf_vs_index_midday", "IWM slightly ahead", "comparison", None, "2020-05-08", None, "midday", "slightly edging its benchmark", "[pct('IWM', '2020-05-08'), pct('RUT', '2020-05-08')]", 2, U, "mid", "at the close IWM +3.86% vs RUT +3.64%", "Midday comparison; true at the close but midday values are not in the files."),
    ("IWM", "best_week_since", "about a month", "duration", "about", "2020-05-08", "week", "close", "strongest weekly gain in about a month", "last_week_as_big('IWM', '2020-05-08')", 2, S, "move_since", "IWM week +5.77% (RUT +5.49%)", "Last larger weekly gain: the week ending Thursday 2020-04-09 (Good Friday), four weeks earlier; judged on the close although the text writes at midday."),
    ("SP600", "pct_change_midday", 3.2, "percent", None, "2020-05-08", None, "midday", "3.2%", None, 2, U, "unv", "", "The S&P SmallCap 600 is not in the files."),
    ("SPX", "pct_change_midday", 1.4, "percent", None, "2020-05-08", None, "midday", "1.4%", "pct('GSPC', '2020-05-08')", 2, U, "mid", "session range +0.75%..+1.77%; close +1.69%", "Midday figure inside the session's range."),
    ("SPX", "past_month_return", 6.3, "percent", None, "2020-05-08", "past month", "close", "6.3%", "ret('GSPC', '2020-04-08', '2020-05-08')", 2, U, "unv", "S&P 500: 4/8->5/8 close +6.54%, 4/8->5/7 +4.77%, 4/7->5/7 +8.34%", "Window not stated (and the end point is mid-session); the readings straddle the figure."),
    ("RUT", "past_month_return", 11, "percent", "nearly", "2020-05-08", "past month", "close", "nearly 11%", "ret('RUT', '2020-04-08', '2020-05-08')", 2, U, "unv", "RUT: 4/8->5/8 close +11.58%, 4/8->5/7 +7.66%, 4/7->5/7 +12.62%", "Window not stated; the readings straddle the figure."),
  ])

# ---------------------------------------------------------------- 11
P(id="echelon_20200603_rut_best_two_months_since_2009",
  source={"site": "echelonwealthstrategies.blogspot.com", "url": "https://echelonwealthstrategies.blogspot.com/2020/06/rise-of-small-caps.html", "original_outlet": "Echelon Wealth Strategies (blog, citing Dow Jones Market Data)"},
  published="2020-06-03", published_confidence="exact",
  published_note="post dated Wednesday, June 3, 2020; figures are through the end of May 2020.",
  text=("Rise of the Small Caps. One of the big success stories of the market's comeback has been small-cap "
        "stocks. After a yearslong bear market for small caps, the Russell 2000 index, which tracks small-cap "
        "performance, rose 20.9 percent during April and May. That stretch was the index's largest two-month "
        "percentage gain since 2009, and it was also its best two-month performance relative to the S&P 500 index "
        "since February of last year, according to Dow Jones Market Data. Keep in mind, though, that one thing "
        "working in small caps' favor is how badly they had lagged over the past two years. While the S&P 500 kept "
        "reaching new heights throughout 2019 and in the first six weeks of 2020, the Russell 2000 still has not "
        "regained the record high it set back in August of 2018."),
  claims=[
    ("RUT", "two_month_return", 20.9, "percent", None, "2020-05-29", "2020-04..2020-05", "close", "20.9 percent", "month_ret('RUT', '2020-04', '2020-05')", 2, S, "window", "", "2020-03-31 close to 2020-05-29 close: +20.90%."),
    ("RUT", "largest_two_month_gain_since", "2009", "year", None, "2020-05-29", "two calendar months", "close", "since 2009", "last_two_month_as_big('RUT', '2020-05')", 2, S, "move_since", "", "The last two-month window with a larger gain ended in April 2009 (March-April 2009)."),
    ("RUT vs SPX", "best_relative_two_months_since", "2019-02", "month", None, "2020-05-29", "two calendar months", "close", "since February of last year", "last_rel_two_month_as_big('RUT', 'GSPC', '2020-05')", 2, S, "move_since", "", "Last two-month window with a larger RUT-minus-SPX return ended February 2019 (January-February 2019)."),
    ("RUT vs SPX", "two_year_relative", "lagged", "comparison", None, "2020-06-02", "past two years", "close", "over the past two years", "[ret('RUT', '2018-06-01', '2020-06-02'), ret('GSPC', '2018-06-01', '2020-06-02')]", 2, S, "window", "", "Two years to the last close before the post (2018-06-01 to 2020-06-02): RUT -13.9% vs S&P 500 +12.7%."),
    ("SPX", "records_through", "first six weeks of 2020", "date", None, "2020-06-02", None, "close", "first six weeks of 2020", "record_before('GSPC', '2020-06-03')", 2, S, "record", "", "S&P 500 record closes ran through 2020-02-19 (the last one before the crash), i.e. through the first seven weeks; 'in the first six weeks' is true."),
    ("RUT", "record_not_regained", "2018-08", "month", None, "2020-06-02", None, "close", "August of 2018", "[record_before('RUT', '2020-06-03'), close('RUT', '2020-06-02')]", 2, S, "record", "", "Record close 1,740.75 on 2018-08-31; 1,418.21 on 2020-06-02."),
  ])

# ---------------------------------------------------------------- 12
P(id="sknfinance_20251018_rut_record_bull_trap",
  source={"site": "skn-finance.com", "url": "https://skn-finance.com/russell-2000-all-time-high-bull-trap-or-brief-pause", "original_outlet": "SKN Finance (weekly small-cap column)"},
  published="2025-10-18", published_confidence="medium",
  published_note="inferred: the page shows no date; a weekly wrap of the week ending Friday 2025-10-17 (intraday record 2,541.67 on Wednesday 2025-10-15, Friday close 2,452.17), dated the day after the last session.",
  text=("Russell 2000's All-Time High: A Bull Trap or a Brief Pause? The Russell 2000 Index (RUT) swung sharply "
        "this past week, setting a new all-time high at 2,541.67 before suffering a sharp 3.5% reversal. The "
        "small-cap benchmark, a key gauge of domestic economic health and risk appetite, hit that intraday record on "
        "Wednesday, only to finish the week nearly 90 points lower at 2,452.17. The index closes the week with a "
        "deceptive 1.2% gain that hides heavy late-week selling, and its 0.60% loss on Friday, while large-cap peers "
        "advanced, flashes a risk-off warning. The week came in two halves. The index opened on Monday at 2,423.00 "
        "and rallied into Wednesday's record before selling pressure appeared that afternoon and intensified on "
        "Thursday. After opening close to its peak at 2,523.06, the index fell through Thursday's session and closed "
        "at 2,467.01, a 71-point trading range that marked a decisive shift of control from buyers to sellers and "
        "erased the week's earlier gains. Because its members are more sensitive to domestic conditions, the Russell "
        "2000 is often watched as a leading indicator for the broader market."),
  claims=[
    ("RUT", "intraday_record_level", 2541.67, "index_points", None, "2025-10-15", None, "intraday high", "2,541.67", "[close('RUT', '2025-10-15', 'high'), is_record('RUT', '2025-10-15', 'high')]", 2, S, "record", "previous intraday record 2,512.68 on 2025-10-14", "Intraday record on Wednesday 2025-10-15 (the close, 2,519.75, was also a record)."),
    ("RUT", "reversal_from_high_pct", -3.5, "percent", None, "2025-10-17", "2025-10-15..2025-10-17", "intraday high to close", "3.5% reversal", "(close('RUT', '2025-10-17') / close('RUT', '2025-10-15', 'high') - 1) * 100", 2, S, "1dp", "", "From the 2,541.67 high to Friday's 2,452.17 close: -3.52%."),
    ("GENERIC", "weekday_of_record", "Wednesday", "date", None, "2025-10-15", None, None, "intraday record on Wednesday", "ts('2025-10-15').day_name()", 2, S, "date", "", "The record high was set on 2025-10-15, a Wednesday."),
    ("RUT", "points_below_high", 90, "index_points", "nearly", "2025-10-17", None, "intraday high to close", "nearly 90 points lower", "close('RUT', '2025-10-15', 'high') - close('RUT', '2025-10-17')", 2, S, "nearly", "", "89.50 points: 89 <= 89.50 <= 90.5."),
    ("RUT", "close_level", 2452.17, "index_points", None, "2025-10-17", None, "close", "2,452.17", "close('RUT', '2025-10-17')", 2, S, "lvl", "", ""),
    ("RUT", "weekly_pct_change", 1.2, "percent", None, "2025-10-17", "week", "close", "deceptive 1.2% gain", "wtd('RUT', '2025-10-17')", 2, C, "window", "RUT 2025-10-10 close 2,394.59, 2025-10-17 close 2,452.17; 2025-10-13 open 2,423.00", "Friday-to-Friday the index gained 2.40%; |err| 1.2 is 50% of the true value: contradicted. The figure matches Monday's open to Friday's close (+1.20%), which is not the weekly convention."),
    ("RUT", "daily_pct_change", -0.60, "percent", None, "2025-10-17", "1d", "close", "0.60% loss on Friday", "pct('RUT', '2025-10-17')", 2, S, "2dp", "", ""),
    ("SPX, DJI, IXIC", "daily_direction", "up", "sign", None, "2025-10-17", "1d", "close", "large-cap peers advanced", "[pct(t, '2025-10-17') for t in ('GSPC', 'DJI', 'IXIC')]", 2, S, "date", "", "All three rose about 0.5% on Friday."),
    ("RUT", "week_open_level", 2423.00, "index_points", None, "2025-10-13", None, "open", "2,423.00", "close('RUT', '2025-10-13', 'open')", 2, S, "lvl", "", ""),
    ("RUT", "open_level", 2523.06, "index_points", None, "2025-10-16", None, "open", "2,523.06", "close('RUT', '2025-10-16', 'open')", 2, S, "lvl", "", "2,523.05 in the file: |err| 0.01."),
    ("RUT", "close_level", 2467.01, "index_points", None, "2025-10-16", None, "close", "2,467.01", "close('RUT', '2025-10-16')", 2, S, "lvl", "", "2,467.02 in the file."),
    ("RUT", "intraday_range_points", 71, "index_points", None, "2025-10-16", None, "intraday", "71-point trading range", "close('RUT', '2025-10-16', 'high') - close('RUT', '2025-10-16', 'low')", 2, S, "int", "high 2,529.29, low 2,458.25", "71.04 points."),
  ])

# ---------------------------------------------------------------- 12b
P(id="sknfinance_20251101_rut_falls_despite_fed_cut",
  source={"site": "skn-finance.com", "url": "https://skn-finance.com/?p=82684", "original_outlet": "SKN Finance (weekly small-cap column)"},
  published="2025-11-01", published_confidence="medium",
  published_note="inferred: the page shows no date; a weekly wrap of the week ending Friday 2025-10-31 (Fed cut decided Wednesday 2025-10-29, Friday close 2,479.38), dated the day after the last session.",
  text=("A troubling divergence for the 'real economy'. The Russell 2000 fell 1.63% for the week, sharply "
        "underperforming large-cap indexes, and broke below the psychological 2,500 level as a midweek Federal "
        "Reserve rate cut failed to lift small caps. While mega-cap indexes flirted with all-time highs, the "
        "small-cap benchmark, a key barometer for the domestic U.S. economy, tumbled to close the week at "
        "2,479.38, a divergence the column reads as a flight to the perceived safety of large multinationals. The "
        "pivot of the week was Wednesday's Federal Open Market Committee meeting, where the Fed delivered a "
        "25-basis-point rate cut. Such a move would usually be a strong tailwind for small companies, which carry "
        "more floating-rate debt, but the reaction was aggressively negative: the Russell 2000, which opened the "
        "week at 2,527.21, sank on the news and sliced through key support. Investors appear to be focusing less on "
        "the stimulus than on the reason for the cut, a cooling labor market and elevated uncertainty. The sell-off "
        "was a technical breakdown as well: the index, which had peaked just two weeks earlier near 2,541, "
        "decisively lost that support."),
  claims=[
    ("RUT", "weekly_pct_change", -1.63, "percent", None, "2025-10-31", "week", "close", "fell 1.63% for the week", "wtd('RUT', '2025-10-31')", 2, C, "window", "RUT 2025-10-24 close 2,513.47, 2025-10-31 close 2,479.38; Monday 2025-10-27 close 2,520.44", "Friday-to-Friday -1.36%; |err| 0.274 is just over 20% of the true value (0.271): contradicted. The figure matches Monday's close to Friday's close (-1.63%), not the weekly convention."),
    ("RUT vs SPX, DJI, IXIC", "weekly_underperformance", True, "flag", None, "2025-10-31", "week", "close", "sharply underperforming large-cap indexes", "[wtd(t, '2025-10-31') for t in ('RUT', 'GSPC', 'DJI', 'IXIC')]", 2, S, "window", "", "RUT -1.36% vs S&P 500 +0.71%, Dow +0.75%, Nasdaq +2.24% for the week."),
    ("RUT", "close_below_level", 2500, "index_points", None, "2025-10-29", None, "close", "broke below the psychological 2,500 level", "[round(close('RUT', d), 2) for d in ('2025-10-27', '2025-10-28', '2025-10-29', '2025-10-30', '2025-10-31')]", 2, S, "date", "", "Closes 2,520.44 and 2,506.65 on Monday-Tuesday, then below 2,500 from Wednesday (2,484.81)."),
    ("SPX", "near_record", True, "flag", None, "2025-10-28", None, "close", "flirted with all-time highs", "[is_record('GSPC', d) for d in ('2025-10-27', '2025-10-28', '2025-10-29')]", 2, S, "record", "", "S&P 500 record closes on 2025-10-27 and 2025-10-28."),
    ("RUT", "close_level", 2479.38, "index_points", None, "2025-10-31", None, "close", "2,479.38", "close('RUT', '2025-10-31')", 2, S, "lvl", "", ""),
    ("FEDFUNDS", "rate_cut_bp", -25, "basis_points", None, "2025-10-29", None, None, "25-basis-point rate cut", "[fed_changes('2025-10-01', '2025-10-31'), fomc_days('2025-10-27', '2025-10-31')]", 2, S, "fed", "", "Decided Wednesday 2025-10-29, effective 2025-10-30: -25 bp."),
    ("RUT", "week_open_level", 2527.21, "index_points", None, "2025-10-27", None, "open", "2,527.21", "close('RUT', '2025-10-27', 'open')", 2, S, "lvl", "", ""),
    ("RUT", "prior_peak_level", 2541, "index_points", "near", "2025-10-15", None, "intraday high", "near 2,541", "high_52w('RUT', '2025-10-30', 'high')", 2, S, "about", "", "Intraday record 2,541.67 on 2025-10-15, two weeks before the Wednesday sell-off."),
  ])

# ---------------------------------------------------------------- 13
P(id="fxblog_20231204_rut_relative_strength",
  source={"site": "forex.weraven.com", "url": "https://forex.weraven.com/russell-2000-continues-to-show-relative-strength/", "original_outlet": "not stated (forex news blog)"},
  published="2023-12-04", published_confidence="medium",
  published_note="inferred: written during a Monday session after a Friday gain of more than 2% to the best level since September; Nasdaq down, S&P 500 down and Russell 2000 up fits Monday 2023-12-04 (after Friday 2023-12-01, RUT +2.96%). The percentages are mid-session.",
  text=("Russell 2000 continues to show relative strength. The Russell 2000 looked to break out on Friday and the "
        "move has carried on today, despite a darker tone across the broader market. The Nasdaq is down 1.2% and "
        "the S&P 500 down 0.6%, but the Russell 2000 is up 0.6%. That comes after a more-than 2% gain on Friday to "
        "the best levels since September. Two things lie behind the sudden outperformance. First, falling bond "
        "yields: the Magnificent Seven could rally despite higher rates thanks to their light debt loads, while the "
        "broader market struggles with borrowing costs, and the steep drop in yields opens the door to a return to "
        "pre-2020 style markets with low growth and low inflation. Second, a broadening rally: the S&P 500 is near "
        "the highs of the year while the Russell 2000 still has a long way to go, and beaten-up European equities "
        "and emerging markets are outperforming too. Some of the year's worst performers were indebted small caps; "
        "with the market sensing a peak in Fed funds and yields, those traders are storming back. On the chart, an "
        "inverted head-and-shoulders pattern points to further gains up to 1926, which was also the August high. "
        "That could be a spot for a pause, perhaps around the 15th or 20th of the month as tax-loss selling hits, "
        "before a Santa Claus rally that could stretch into mid-January."),
  claims=[
    ("IXIC", "pct_change_mid_session", -1.2, "percent", None, "2023-12-04", None, "mid-session", "The Nasdaq is down 1.2%", "pct('IXIC', '2023-12-04')", 2, U, "mid", "session range -1.72%..-0.75%; close -0.84%", "Inside the session's range."),
    ("SPX", "pct_change_mid_session", -0.6, "percent", None, "2023-12-04", None, "mid-session", "S&P 500 down 0.6%", "pct('GSPC', '2023-12-04')", 2, U, "mid", "session range -1.04%..-0.48%; close -0.54%", "Inside the session's range."),
    ("RUT", "pct_change_mid_session", 0.6, "percent", None, "2023-12-04", None, "mid-session", "Russell 2000 is up 0.6%", "pct('RUT', '2023-12-04')", 2, U, "mid", "session range -0.44%..+1.04%; close +1.04%", "Inside the session's range."),
    ("RUT", "daily_pct_change", 2, "percent", "more than", "2023-12-01", "1d", "close", "more-than 2% gain on Friday", "pct('RUT', '2023-12-01')", 2, S, "more", "", "+2.96% on Friday 2023-12-01."),
    ("RUT", "highest_close_since", "September", "month", None, "2023-12-01", None, "close", "best levels since September", "highest_since('RUT', '2023-12-01')", 2, S, "since", "", "Last earlier close >= Friday's 1,862.64: 2023-09-14."),
    ("GENERIC", "era_reference", "pre-2020", None, None, "2023-12-04", None, None, "pre-2020 style markets", None, 2, N, "nc", "", "Generic characterisation."),
    ("SPX", "pct_from_year_high", "near", "percent", "near", "2023-12-04", "ytd", "close", "near the highs of the year", "pct_below('GSPC', '2023-12-04', high_52w('GSPC', '2023-12-01')[1])", 2, S, "dist", "year-to-date closing high 4,594.63 on Friday 2023-12-01", "Monday's close is 0.54% below the year's high close set on Friday."),
    ("RUT", "price_target", 1926, "index_points", None, "2023-12-04", None, None, "further gains up to 1926", None, 2, F, "fc", "", "Chart target (RUT reached it in mid-December); never judged."),
    ("RUT", "august_high", 1926, "index_points", None, "2023-08-31", "2023-08", "close / intraday", "which was also the August high", "[float(col('RUT').loc['2023-08'].max()), float(col('RUT', 'high').loc['2023-08'].max())]", 2, C, "lvl", "RUT 2023-08-01 close 1,994.17, high 1,996.89; the July high close was 2,003.18", "The August 2023 high was about 1,994 (close) / 1,997 (intraday), 3.5-3.7% above 1,926: contradicted (the figure is outside the 1% band for levels)."),
    ("GENERIC", "tax_loss_pause_dates", "15th or 20th", "date", None, "2023-12-04", None, None, "the 15th or 20th", None, 2, F, "fc", "", "Projection."),
    ("GENERIC", "santa_rally_until", "mid-January", "date", None, "2023-12-04", None, None, "mid-January", None, 2, F, "fc", "", "Projection."),
  ])

# ---------------------------------------------------------------- 14
P(id="tipranks_20250116_rut_approaches_correction",
  source={"site": "tipranks.com", "url": "https://tipranks.com/news/russell-2000-iwm-small-cap-index-approaches-a-correction", "original_outlet": "TipRanks"},
  published="2025-01-16", published_confidence="medium",
  published_note="inferred: the text reports the 2% rebound 'on January 15' as the latest move and an index 'close to' its 200-day average; the page shows no date. Figures are judged on the 2025-01-15 close.",
  text=("Russell 2000 (IWM) Small-Cap Index Approaches a Correction. The Russell 2000 index of small-cap stocks is "
        "nearing a correction, defined as a 10% decline from recent highs. In recent days it briefly entered a "
        "correction after dropping 10% from its 52-week high of 2,449.86, reached in late November of last year. "
        "But the index, made up of stocks with market capitalizations under $5 billion, rebounded 2% on January 15 "
        "as equities rallied broadly after U.S. inflation came in lower than expected. Analysts still see worrying "
        "signs. The index is close to falling below its 200-day moving average of 2,166.80, according to market "
        "data, and it has not finished a session below that average since November 30, 2023. It has now closed "
        "above its 200-day moving average for nearly 280 consecutive trading days. A close below it would be a "
        "major breakdown: in the past, whenever the Russell 2000 has dropped below its 200-day moving average, it "
        "has declined 2% in the following month. Small caps keep trailing large caps. The iShares Russell 2000 ETF "
        "has a consensus Hold rating among 3,897 Wall Street analysts, based on 2,515 Buy, 1,276 Hold and 106 Sell "
        "recommendations over the past three months. The average IWM price target of $328.21 implies 47% upside "
        "from current levels."),
  claims=[
    ("RUT", "briefly_in_correction", True, "flag", None, "2025-01-10", "since 2024-11-25", "close", "briefly entered a correction", "round(max(pct_below('RUT', d, high_52w('RUT', '2025-01-15')[1]) for d in col('RUT')['2024-12-01':'2025-01-15'].index), 2)", 2, S, "dist", "52-week closing high 2,442.03 on 2024-11-25; 2025-01-10 close 2,189.23", "Closed 10.35% below the 52-week closing high on 2025-01-10, then recovered: a brief correction on the close basis."),
    ("RUT", "high_52w_level", 2449.86, "index_points", None, "2024-11-25", "52 weeks", "close / intraday", "2,449.86", "[high_52w('RUT', '2025-01-15'), high_52w('RUT', '2025-01-15', 'high')]", 2, I, "lvl", "", "Neither the 52-week closing high (2,442.03) nor the intraday high (2,466.49), both on 2024-11-25, matches; the figure is within 1% of both."),
    ("RUT", "high_52w_date", "late November", "date", None, "2024-11-25", "52 weeks", "close", "late November of last year", "high_52w('RUT', '2025-01-15')[0]", 2, S, "date", "", "2024-11-25."),
    ("RUT", "constituent_cap_limit", 5, "usd_billions", "under", "2025-01-16", None, None, "under $5 billion", None, 2, U, "unv", "", "Constituent data are not in the files."),
    ("RUT", "daily_pct_change", 2, "percent", None, "2025-01-15", "1d", "close", "rebounded 2%", "pct('RUT', '2025-01-15')", 2, S, "int", "", "+1.99%."),
    ("RUT", "sma200_level", 2166.80, "index_points", None, "2025-01-15", None, "close", "2,166.80", "sma('RUT', '2025-01-15', 200)", 2, I, "lvl", "200-day simple average of closes: 2,167.44 on 2025-01-14, 2,168.14 on 2025-01-15", "Off by 1.3 points (0.06%): outside 0.025, within 1%. Vendors' averages differ."),
    ("RUT", "last_close_below_sma200", "2023-11-30", "date", None, "2025-01-16", None, "close", "November 30, 2023", "last_close_below_sma('RUT', '2025-01-16', 200)", 2, S, "since", "", "The last close below the 200-day average was 2023-11-30."),
    ("RUT", "sessions_above_sma200", 280, "sessions", "nearly", "2025-01-15", None, "close", "nearly 280 consecutive trading days", "sessions_above_sma('RUT', '2025-01-15', 200)", 0, S, "nearly", "", "281 consecutive closes above the average; for a whole number ending in 0 the unit is 2% (5.6): 274.4 <= 281 <= 282.8."),
    ("RUT", "avg_return_after_break", -2, "percent", None, "2025-01-16", "next month", "close", "has declined 2% in the following month", None, 2, N, "nc", "", "Historical rule of thumb with no stated sample; not judged."),
    ("IWM", "analyst_ratings", [3897, 2515, 1276, 106], "count", None, "2025-01-16", "three months", None, "3,897", None, 0, U, "unv", "", "Analyst ratings are not in the files."),
    ("IWM", "price_target", 328.21, "usd", None, "2025-01-16", None, None, "$328.21", None, 2, F, "fc", "", "Price target; never judged."),
    ("IWM", "implied_upside", 47, "percent", None, "2025-01-15", None, "close", "47% upside", "(328.21 / close('IWM', '2025-01-15') - 1) * 100", 2, F, "fc", "IWM close 224.04 on 2025-01-15", "Projection derived from the target; the arithmetic (+46.5%) is consistent with the figure, but forecasts are never judged."),
  ])

# ---------------------------------------------------------------- 15
P(id="tipranks_20250123_rut_trump_bump_fades",
  source={"site": "tipranks.com", "url": "https://tipranks.com/news/russell-2000-rut-small-cap-index-stumbles-as-trump-bump-fades", "original_outlet": "TipRanks"},
  published="2025-01-23", published_confidence="medium",
  published_note="inferred: the latest event named is the S&P 500 'all-time high on Jan. 22', and the record close of 2025-01-23 is not mentioned, so the piece was written on 2025-01-23 before the close; present-tense figures are judged on the 2025-01-22 close, with 01-23 readings in the notes.",
  text=("Russell 2000 (RUT) Small-Cap Index Stumbles as 'Trump Bump' Fades. The slide in small-cap stocks goes on as "
        "the 'Trump Bump' that followed last year's U.S. election fades. Shares of smaller American companies remain "
        "under pressure, with the small-cap Russell 2000 index down 5% from a 52-week high it reached on Nov. 25. "
        "Meanwhile the benchmark S&P 500 index has gained 4% to start the year and closed at an all-time high on "
        "Jan. 22. Trump's focus on strengthening the U.S. economy should help smaller companies, yet the group has "
        "run into hurdles in recent weeks, chief among them the prospect of higher interest rates, which raise "
        "borrowing costs for small caps - securities with market capitalizations of less than $10 billion. Tariff "
        "threats and possible trade wars have revived inflation worries that could push the Federal Reserve to "
        "hike. Small caps were first seen as part of the Trump trade last November, analysts say, but that view has "
        "faded. The Russell 2000 surged nearly 6% on the day after Trump's electoral victory on Nov. 5, and by late "
        "November the index had hit its highest closing level in three years. Now, though, the Russell 2000 is flat "
        "since the U.S. election. Small caps still trail large caps by a wide margin: the S&P 500's nearly 50% gain "
        "over the past two years is more than double the growth seen in the Russell 2000 index."),
  claims=[
    ("RUT", "pct_from_52w_high", 5, "percent", None, "2025-01-22", None, "close", "down 5%", "pct_below('RUT', '2025-01-22', high_52w('RUT', '2025-01-22')[1])", 2, I, "dist", "52-week closing high 2,442.03 on 2024-11-25", "5.66% below on the 2025-01-22 close (|err| 0.66 > 0.5, within 20%); on 2025-01-23 it was 5.22% (supported); from the intraday high 2,466.49 it is 6.6%."),
    ("RUT", "high_52w_date", "2024-11-25", "date", None, "2025-01-22", "52 weeks", "close", "Nov. 25", "high_52w('RUT', '2025-01-22')[0]", 2, S, "date", "", "Both the closing and the intraday 52-week highs were on 2024-11-25."),
    ("SPX", "ytd_pct_change", 4, "percent", None, "2025-01-22", "ytd", "close", "gained 4%", "ytd('GSPC', '2025-01-22')", 2, I, "int", "", "+3.48% to the 2025-01-22 close (|err| 0.52 > 0.5); +4.03% after 2025-01-23."),
    ("SPX", "record_close_on", "2025-01-22", "date", None, "2025-01-22", None, "close", "closed at an all-time high on Jan. 22", "[is_record('GSPC', '2025-01-22'), record_before('GSPC', '2025-01-22'), close('GSPC', '2025-01-22'), is_record('GSPC', '2025-01-22', 'high')]", 2, C, "record", "GSPC 2025-01-22 close 6,086.37 < record close 6,090.27 (2024-12-06); high 6,100.81 > prior intraday record 6,099.97", "The S&P 500 set an intraday record on Jan. 22 but closed below its 2024-12-06 record; the next record close came on 2025-01-23 (6,118.71). 'Closed at an all-time high on Jan. 22' is wrong."),
    ("RUT", "constituent_cap_limit", 10, "usd_billions", "less than", "2025-01-23", None, None, "$10 billion", None, 2, U, "unv", "", "Constituent data are not in the files."),
    ("RUT", "daily_pct_change", 6, "percent", "nearly", "2024-11-06", "1d", "close", "nearly 6%", "pct('RUT', '2024-11-06')", 2, S, "nearly", "", "+5.84% on 2024-11-06: 5 <= 5.84 <= 6.5."),
    ("GENERIC", "election_date", "2024-11-05", "date", None, "2024-11-05", None, None, "Nov. 5", None, 2, U, "unv", "", "Election date: not market data (the day after, 2024-11-06, is the session judged above)."),
    ("RUT", "highest_close_since", "three years", "duration", None, "2024-11-25", None, "close", "highest closing level in three years", "highest_since('RUT', '2024-11-25')", 2, S, "since", "2024-11-25 close 2,442.03", "Last earlier close >= 2,442.03: 2021-11-08 (the record), three years earlier."),
    ("RUT", "change_since_election", "flat", "percent", None, "2025-01-22", "since 2024-11-05", "close", "flat since the U.S. election", "[ret('RUT', '2024-11-05', '2025-01-22'), ret('RUT', '2024-11-06', '2025-01-22')]", 2, U, "unv", "", "+1.90% from the election-day close, -3.73% from the close the day after: 'flat' has no numerical tolerance in the rules and the readings differ in sign."),
    ("SPX", "two_year_return", 50, "percent", "nearly", "2025-01-22", "past two years", "close", "nearly 50%", "ret('GSPC', '2023-01-20', '2025-01-22')", 2, I, "nearly", "", "+53.2% over two years to 2025-01-22 (+52.2% to 01-23): above the 'nearly' band (<= 50.5) but |err| within 20% and 10% of the true value."),
    ("SPX vs RUT", "two_year_ratio", 2, "ratio", "more than", "2025-01-22", "past two years", "close", "more than double", "ratio(ret('GSPC', '2023-01-20', '2025-01-22'), ret('RUT', '2023-01-20', '2025-01-22'))", 2, S, "more", "RUT +23.4% over the same two years", "53.2 / 23.4 = 2.28."),
  ])

# ---------------------------------------------------------------- 16
P(id="tipranks_20250314_rut_nears_bear_market",
  source={"site": "fastly.tipranks.com", "url": "https://fastly.tipranks.com/news/russell-2000-rut-small-cap-index-nears-bear-market-territory", "original_outlet": "TipRanks"},
  published="2025-03-14", published_confidence="medium",
  published_note="inferred: the latest move named is the 3% rally 'on March 14' (a Friday) and the 'now down 16%' fits that close; written after the close on 2025-03-14 (the page may carry the next day's date).",
  text=("Russell 2000 (RUT) Small-Cap Index Nears 'Bear Market' Territory. The Russell 2000 index of small-cap "
        "stocks is close to a bear market, defined as a decline of 20% or more from recent highs. On March 13, the "
        "index, made up mostly of stocks with market capitalizations of around $10 billion or less, stood 19% below "
        "the 52-week high of 2,449.86 it reached last November after U.S. President Donald Trump was re-elected. The "
        "index rallied 3% on March 14 and is now down 16% from its most recent peak. Analysts say small caps have "
        "been hit harder than other U.S. indices in recent weeks and that little may be needed to tip the index "
        "into a bear market, since smaller companies are more exposed to economic downturns and market turmoil. "
        "Notable members include Comfort Systems USA, Sprouts Farmers Market, Beyond Meat and Abercrombie & Fitch, "
        "whose thinner margins make them quick to tumble in a downturn. The Russell 2000's decline is nearly double "
        "the falloff in the benchmark S&P 500 since it hit an all-time high in February. Analysts also note that "
        "the Russell 2000 is more domestically focused while international markets are currently outperforming "
        "the U.S., and the National Federation of Independent Business survey showed small-business optimism "
        "dropping for a second consecutive month."),
  claims=[
    ("RUT", "pct_from_52w_high", 19, "percent", None, "2025-03-13", None, "close", "19% below", "pct_below('RUT', '2025-03-13', 2449.86)", 2, S, "dist", "2025-03-13 close 1,993.69", "Judged on the level the passage states (18.62% below 2,449.86); also 19.17% below the intraday high 2,466.49 and 18.36% below the closing high 2,442.03."),
    ("RUT", "high_52w_level", 2449.86, "index_points", None, "2024-11-25", "52 weeks", "close / intraday", "2,449.86", "[high_52w('RUT', '2025-03-13'), high_52w('RUT', '2025-03-13', 'high')]", 2, I, "lvl", "", "Matches neither the closing high 2,442.03 nor the intraday high 2,466.49 (both 2024-11-25); within 1% of both."),
    ("RUT", "high_52w_date", "November", "month", None, "2024-11-25", "52 weeks", "close", "last November", "high_52w('RUT', '2025-03-13')[0]", 2, S, "date", "", "2024-11-25."),
    ("RUT", "constituent_cap_limit", 10, "usd_billions", "around", "2025-03-14", None, None, "$10 billion", None, 2, U, "unv", "", "Constituent data are not in the files."),
    ("RUT", "daily_pct_change", 3, "percent", None, "2025-03-14", "1d", "close", "rallied 3%", "pct('RUT', '2025-03-14')", 2, S, "int", "", "+2.53%: |err| 0.47 <= 0.5."),
    ("RUT", "pct_from_peak", 16, "percent", None, "2025-03-14", None, "close", "down 16%", "pct_below('RUT', '2025-03-14', high_52w('RUT', '2025-03-14')[1])", 2, S, "dist", "closing high 2,442.03 on 2024-11-25", "16.30% below the closing high (17.1% below the intraday high; 16.6% below the stated 2,449.86)."),
    ("RUT vs SPX", "drawdown_ratio", 2, "ratio", "nearly", "2025-03-14", None, "close", "nearly double", "ratio(pct_below('RUT', '2025-03-14', high_52w('RUT', '2025-03-14')[1]), pct_below('GSPC', '2025-03-14', record_before('GSPC', '2025-03-14')[1]))", 2, S, "nearly", "S&P 500 8.22% below its 2025-02-19 record close 6,144.15", "16.30 / 8.22 = 1.98."),
    ("SPX", "record_month", "February", "month", None, "2025-03-14", None, "close", "all-time high in February", "record_before('GSPC', '2025-03-14')[0]", 2, S, "record", "", "Record close 2025-02-19."),
    ("NFIB", "consecutive_declines", 2, "count", None, "2025-03-14", None, None, "second consecutive month", None, 0, U, "unv", "", "Survey data are not in the files."),
  ])

# ---------------------------------------------------------------- 17
P(id="marketminute_20260108_rut_record_2603",
  source={"site": "business.custercountychief.com", "url": "http://business.custercountychief.com/custercountychief/article/marketminute-2026-1-8-small-cap-renaissance-russell-2000-scales-new-heights-while-big-tech-stumbles", "original_outlet": "MarketMinute (FinancialContent syndication)"},
  published="2026-01-08", published_confidence="exact",
  published_note="date in the URL (2026-1-8) and the text (January 8, 2026), a Thursday session.",
  text=("Small-Cap Renaissance: Russell 2000 Scales New Heights While Big Tech Stumbles. In a dramatic shift on Wall "
        "Street, the Russell 2000 index (RUT) surged to a new record high on January 8, 2026, a decisive breakout "
        "for small-cap stocks as investors pulled money out of the stretched technology giants that dominated the "
        "previous three years. While the tech-heavy Nasdaq Composite struggled to find its footing and ended the "
        "day in the red, the Russell 2000 climbed 1.4% to close at an all-time high of 2,603.90. For years the "
        "'Magnificent Seven' and AI-centred mega-caps delivered most of the market's returns; now cooling "
        "inflation, a more accommodative Federal Reserve and a wide valuation gap have created what analysts call a "
        "'Goldilocks' backdrop for small caps, and market breadth is widening. The road to the record began in the "
        "final quarter of 2025. After languishing in a multi-year consolidation range since 2021, the index showed "
        "signs of life in November 2025 as the Fed signaled a shift toward 'equilibrium management'. Three "
        "consecutive 25-basis-point rate cuts brought the federal funds rate down to a range of 3.50%-3.75%, "
        "easing a cost of capital that has long weighed on smaller firms. By mid-December, the index had already "
        "surpassed its previous 2021 highs, setting the stage for the January 2026 breakout. On the fundamental "
        "side, small-cap earnings growth for 2026 is projected to hit an inflection point."),
  claims=[
    ("RUT", "record_close", True, "flag", None, "2026-01-08", None, "close", "new record high on January 8, 2026", "is_record('RUT', '2026-01-08')", 2, S, "record", "", ""),
    ("IXIC vs RUT", "tech_dominance_years", 3, "years", None, "2025-12-31", "2023-2025", "close", "previous three years", "[round(year_ret('IXIC', y) - year_ret('RUT', y), 2) for y in (2023, 2024, 2025)]", 2, S, "window", "Nasdaq minus Russell 2000 calendar-year returns, pp", "The Nasdaq beat the Russell 2000 in each of 2023, 2024 and 2025."),
    ("IXIC", "daily_direction", "down", "sign", None, "2026-01-08", "1d", "close", "ended the day in the red", "pct('IXIC', '2026-01-08')", 2, S, "date", "", "-0.44%."),
    ("RUT", "daily_pct_change", 1.4, "percent", None, "2026-01-08", "1d", "close", "climbed 1.4%", "pct('RUT', '2026-01-08')", 2, C, "1dp", "RUT 2026-01-07 close 2,575.42, 2026-01-08 close 2,603.91", "+1.11%: |err| 0.29 is more than 20% of the true value (0.22), so contradicted rather than imprecise."),
    ("RUT", "close_level", 2603.90, "index_points", None, "2026-01-08", None, "close", "2,603.90", "close('RUT', '2026-01-08')", 2, S, "lvl", "", "2,603.91: |err| 0.01."),
    ("RUT", "range_since", "2021", "year", None, "2026-01-08", None, None, "consolidation range since 2021", None, 2, N, "nc", "", "Generic characterisation."),
    ("GENERIC", "came_to_life", "November 2025", "month", None, "2025-11-30", None, None, "November 2025", None, 2, N, "nc", "", "Narrative, no checkable figure."),
    ("FEDFUNDS", "consecutive_cuts", [3, -25], "count, bp", None, "2025-12-10", "2025-09..2025-12", None, "Three consecutive 25-basis-point rate cuts", "fed_changes('2025-09-01', '2025-12-31')", 2, S, "fed", "", "Cuts effective 2025-09-18, 2025-10-30 and 2025-12-11 (decided 09-17, 10-29, 12-10), 25 bp each."),
    ("FEDFUNDS", "target_range", [3.50, 3.75], "percent", None, "2026-01-08", None, None, "3.50%-3.75%", "fed_range('2026-01-08')", 2, S, "fed", "", ""),
    ("RUT", "surpassed_2021_high_by", "mid-December", "date", None, "2025-12-15", None, "close", "By mid-December", "first_record_after('RUT', 2442.74, '2021-11-08')", 2, S, "record", "2021 record close 2,442.74 (2021-11-08)", "First close above the 2021 record: 2025-09-18, so it had been surpassed by mid-December."),
    ("RUT", "earnings_growth_2026", "inflection point", None, None, "2026-01-08", "2026", None, "projected to hit an inflection point", None, 2, F, "fc", "", "Earnings projection."),
  ])
