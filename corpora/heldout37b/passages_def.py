# Passage definitions, executed by build.py (which supplies passage() and C()).
# C(anchor, ticker, metric, value, unit, ref_date, expr=..., kind=..., dec=..., q=..., verdict=..., rule=..., note=...)

# ---------------------------------------------------------------- 1
passage("marketwatch_20181029_dow_blown_lead_reversal", "worldbusiness.life",
        "https://worldbusiness.life/posts/market-extra-dow-stages-biggest-intraday-reversal-in-more-than-8-months-nasdaq-sees-biggest-u-turn-in-3-years",
        "MarketWatch (Market Extra, reposted)", "2018-10-29", "high",
        "Repost without a date; the Monday close of 24,442.92 and the 566.08-point intraday loss match the 2018-10-29 session, and the text says 'Monday'.",
        "Talk about a blown lead. The Dow Jones Industrial Average gave away a 352-point gain and ended lower Monday, in a "
        "market made increasingly uneasy by worries about global growth and escalating tariff clashes between the U.S. and "
        "China. It was the biggest U-turn for the Dow industrials since Feb. 7, when the average erased a roughly 382-point "
        "gain and finished with losses. On Monday the Dow closed down 245 points, or 1%, at 24,442.92. The day was rougher "
        "than the close implies: earlier the blue-chip gauge had been down by as many as 566.08 points, to an intra-session "
        "low of 24,122.23, a level that would have put the Dow in correction territory for the second time in 2018. (The "
        "S&P 500 already is in correction territory after last week's ugly action.) The Nasdaq Composite finished the "
        "session off 1.6% at 7,050.29, a loss of 117 points, its biggest reversal from an opening gain since Aug. 25, 2015, "
        "when it ended lower after boasting a 163-point advance.")
C("352-point gain", "DJI", "intraday_gain_given_up", 352, "points", "2018-10-29", "high_chg('DJI','2018-10-29')", "points", 0, basis="intraday high vs previous close",
  note="Session high 25,040.58 against the previous close 24,688.31.")
C("biggest U-turn for the Dow industrials since Feb. 7", "DJI", "biggest_reversal_since", "2018-02-07", "date", "2018-10-29",
  "last_reversal_as_big('DJI','2018-10-29')", verdict="supported", rule="biggest since X: X is the last session with a reversal at least as large",
  note="Reversal measured as the intraday gain over the previous close on a day that closed lower (352.27 points); 2018-02-07 (381.19) is the last such day. Measured as the high-to-close swing the answer could differ.")
C("roughly 382-point", "DJI", "intraday_gain_given_up", 382, "points", "2018-02-07", "high_chg('DJI','2018-02-07')", "points", 0, q="roughly", basis="intraday high vs previous close",
  note="2018-02-07 high minus 2018-02-06 close = 381.19; the Dow then closed down 19.42.")
C("closed down 245 points", "DJI", "change", -245, "points", "2018-10-29", "chg('DJI','2018-10-29')", "points", 0)
C("or 1%, at 24,442.92", "DJI", "pct_change", -1, "%", "2018-10-29", "pct('DJI','2018-10-29')", "pct", 0)
C("24,442.92", "DJI", "close", 24442.92, "index points", "2018-10-29", "close('DJI','2018-10-29')", "level", 2)
C("566.08 points", "DJI", "intraday_change_at_low", -566.08, "points", "2018-10-29", "low_chg('DJI','2018-10-29')", "points", 2, q="as many as", basis="intraday low vs previous close")
C("24,122.23", "DJI", "intraday_low", 24122.23, "index points", "2018-10-29", "low('DJI','2018-10-29')", "level", 2, basis="intraday low")
C("correction territory for the second time in 2018", "DJI", "correction_flag", True, "flag", "2018-10-29",
  "[_r((low('DJI','2018-10-29')/max_close('DJI','2017-10-30','2018-10-26')-1)*100), pct_from_record('DJI','2018-02-08')]",
  verdict="supported", rule="correction: at least 10% below the highest close of the previous 52 weeks",
  note="The intraday low was 10.09% below the 2018-10-03 record close 26,828.39 (a hypothetical: 'would have put'); the first 2018 correction was the 2018-02-08 close, 10.36% below the January record.")
C("S&P 500 already is in correction territory", "SPX", "correction_flag", True, "flag", "2018-10-26",
  "[pct_from_record('SPX','2018-10-26'), pct_from_record('SPX','2018-10-29'), _r((low('SPX','2018-10-26')/record_close_before('SPX','2018-10-26')-1)*100)]",
  verdict="imprecise", rule="correction defined on closes; the claim holds only on an intraday basis",
  note="Closing basis: 9.28% below the 2018-09-20 record close 2,930.75 after last Friday (2018-10-26) and 9.88% after Monday, so not yet a 10% closing correction; the 2018-10-26 intraday low 2,628.16 was 10.32% below the record close, which is the reading the text uses.")
C("7,050.29", "IXIC", "close", 7050.29, "index points", "2018-10-29", "close('IXIC','2018-10-29')", "level", 2)
C("off 1.6%", "IXIC", "pct_change", -1.6, "%", "2018-10-29", "pct('IXIC','2018-10-29')", "pct", 1)
C("a loss of 117 points", "IXIC", "change", -117, "points", "2018-10-29", "chg('IXIC','2018-10-29')", "points", 0)
C("since Aug. 25, 2015", "IXIC", "biggest_reversal_since", "2015-08-25", "date", "2018-10-29",
  "last_reversal_as_big('IXIC','2018-10-29')", verdict="supported", rule="biggest since X: X is the last session with a reversal at least as large",
  note="Intraday gain over the previous close on a down day: 128.40 points on 2018-10-29; the last down day with a larger gain is 2015-08-25 (163.29). The opening gain itself (open 7,272.42 vs 7,167.21) was 105 points.")
C("163-point advance", "IXIC", "intraday_gain_given_up", 163, "points", "2015-08-25", "high_chg('IXIC','2015-08-25')", "points", 0, basis="intraday high vs previous close")

# ---------------------------------------------------------------- 2
passage("ap_20211015_sp500_best_week_since_july", "cheddar.com", "https://cheddar.com/media/stocks-stock-markets-10-15-2021",
        "Associated Press (Stan Choe, Alex Veiga)", "2021-10-15", "exact", "Date in the URL; the text is about the Friday session.",
        "By Stan Choe and Alex Veiga. Wall Street extended its recent gains Friday, with stocks closing higher and the S&P 500 "
        "logging its best week since July. The S&P 500 rose 0.7% for its third straight gain and finished the week 1.8% "
        "higher. The Dow Jones Industrial Average rose 1.1% and the Nasdaq composite gained 0.5%. Investors cheered "
        "encouraging quarterly reports from several companies and a retail sales report that beat forecasts. The S&P 500 "
        "rose 33.11 points to 4,471.37. The Dow gained 382.20 points to 35,294.76, and the Nasdaq rose 73.91 points to "
        "14,897.34. Friday's advance came on top of a 1.7% jump for the S&P 500 Thursday, its best day since March. It is a "
        "turnaround from a shaky few weeks, when the benchmark index fell as much as 5.2% from its record set on Sept. 2. "
        "The S&P 500 is back within 1.5% of its all-time high.")
C("best week since July", "SPX", "best_week_since", "2021-07", "month", "2021-10-15", "last_week_as_big('SPX','2021-10-15')",
  verdict="supported", rule="best since X: X is the last week with a gain at least as large", window="week",
  note="Week +1.82% (Friday close to Friday close); the last week with a larger gain ended 2021-07-23.")
C("rose 0.7% for its third straight gain", "SPX", "pct_change", 0.7, "%", "2021-10-15", "pct('SPX','2021-10-15')", "pct", 1)
C("third straight gain", "SPX", "up_streak", 3, "sessions", "2021-10-15", "streak('SPX','2021-10-15')", "count", 0)
C("1.8% higher", "SPX", "week_pct_change", 1.8, "%", "2021-10-15", "wk_pct('SPX','2021-10-15')", "pct", 1, window="week")
C("rose 1.1%", "DJI", "pct_change", 1.1, "%", "2021-10-15", "pct('DJI','2021-10-15')", "pct", 1)
C("gained 0.5%", "IXIC", "pct_change", 0.5, "%", "2021-10-15", "pct('IXIC','2021-10-15')", "pct", 1)
C("33.11 points", "SPX", "change", 33.11, "points", "2021-10-15", "chg('SPX','2021-10-15')", "points", 2)
C("4,471.37", "SPX", "close", 4471.37, "index points", "2021-10-15", "close('SPX','2021-10-15')", "level", 2)
C("382.20 points", "DJI", "change", 382.20, "points", "2021-10-15", "chg('DJI','2021-10-15')", "points", 2)
C("35,294.76", "DJI", "close", 35294.76, "index points", "2021-10-15", "close('DJI','2021-10-15')", "level", 2)
C("73.91 points", "IXIC", "change", 73.91, "points", "2021-10-15", "chg('IXIC','2021-10-15')", "points", 2)
C("14,897.34", "IXIC", "close", 14897.34, "index points", "2021-10-15", "close('IXIC','2021-10-15')", "level", 2)
C("1.7% jump", "SPX", "pct_change", 1.7, "%", "2021-10-14", "pct('SPX','2021-10-14')", "pct", 1)
C("best day since March", "SPX", "best_day_since", "2021-03", "month", "2021-10-14", "last_pct_move_as_big('SPX','2021-10-14')",
  verdict="supported", rule="best since X: X is the last day with a gain at least as large", note="Thursday +1.71%; last larger gain 2021-03-05.")
C("as much as 5.2%", "SPX", "drawdown", 5.2, "%", "2021-10-04", "-pct_from_max_between('SPX','2021-09-02','2021-10-15')", "pct", 1, q="as much as",
  window="2021-09-02 to 2021-10-15", note="Lowest close 4,300.46 on 2021-10-04 against the 4,536.95 record close; the intraday low that day was 5.69% below the record close.")
C("record set on Sept. 2", "SPX", "record_close_date", "2021-09-02", "date", "2021-10-15", "record_close_date('SPX','2021-10-15')",
  verdict="supported", rule="records: highest close before the session")
C("within 1.5% of its all-time high", "SPX", "pct_from_ath", 1.5, "%", "2021-10-15", "-pct_from_record('SPX','2021-10-15')", "pct", 1, q="within",
  note="1.45% below the 2021-09-02 record close.")

# ---------------------------------------------------------------- 3
passage("centerpoint_20191028_market_week_oct25", "centerpointadvisory.com", "https://centerpointadvisory.com/?p=837",
        "Centerpoint Advisory (syndicated 'Market Week' client newsletter)", "2019-10-28", "medium",
        "The page gives only 'as of market close October 25, 2019'; such weekly letters go out the following Monday. Table columns: 2018-12-31, 2019-10-18 and 2019-10-25 closes.",
        "The Markets (as of market close October 25, 2019). Solid third-quarter earnings and encouraging signs on the trade "
        "front pushed stocks higher last week. The S&P 500 reached its second highest closing value by last Friday, while the "
        "Dow is nearing a record high. Of the indexes listed here, the technology-heavy Nasdaq led the way, gaining almost "
        "2.0%, followed by the small caps of the Russell 2000, which surged over 1.5%. The large caps of the S&P 500 and the "
        "Dow also fared well. Investors may also be anticipating the Fed dropping interest rates this week following its "
        "October meeting.\n"
        "Market/Index | 2018 Close | Prior Week | As of 10/25 | Weekly Change | YTD Change\n"
        "DJIA | 23327.46 | 26770.20 | 26958.06 | 0.70% | 15.56%\n"
        "NASDAQ | 6635.28 | 8089.54 | 8243.12 | 1.90% | 24.23%\n"
        "S&P 500 | 2506.85 | 2986.20 | 3022.55 | 1.22% | 20.57%\n"
        "Russell 2000 | 1348.56 | 1535.48 | 1558.71 | 1.51% | 15.58%\n"
        "Fed. Funds | 2.25%-2.50% | 1.75%-2.00% | 1.75%-2.00% | 0 bps | -50 bps\n"
        "10-year Treasuries | 2.68% | 1.74% | 1.80% | 6 bps | -88 bps\n"
        "Chart reflects price changes, not total return.")
C("second highest closing value", "SPX", "close_rank", 2, "rank", "2019-10-25", "close_rank('SPX','2019-10-25')", "count", 0,
  note="3,022.55 is below only the 2019-07-26 record close 3,025.86.")
C("Dow is nearing a record high", "DJI", "pct_from_ath", None, "%", "2019-10-25", "-pct_from_record('DJI','2019-10-25')",
  verdict="not_checkable", rule="generic statement without a threshold", note="For reference: 1.47% below the 2019-07-15 record close 27,359.16.")
C("gaining almost 2.0%", "IXIC", "week_pct_change", 2.0, "%", "2019-10-25", "wk_pct('IXIC','2019-10-25')", "pct", 1, q="almost", window="week",
  note="True +1.8985%, a hair under the 1.90 floor of 'almost 2.0' (claim - one unit of 0.1); the table's own 1.90% rounds the same figure. Borderline.")
C("surged over 1.5%", "RUT", "week_pct_change", 1.5, "%", "2019-10-25", "wk_pct('RUT','2019-10-25')", "pct", 1, q="over", window="week")
C("Fed dropping interest rates this week", "FEDFUNDS", "rate_cut_expected", None, "event", "2019-10-30", "fed_change_dates('2019-10-28','2019-11-01')",
  verdict="forecast", rule="forecast: an expectation, never judged", note="For reference: the range fell 25 bp, effective 2019-10-31 (decision 2019-10-30).")
for tk, row in (("DJI", ("23327.46", "26770.20", "26958.06", "0.70%", "15.56%")),
                ("IXIC", ("6635.28", "8089.54", "8243.12", "1.90%", "24.23%")),
                ("SPX", ("2506.85", "2986.20", "3022.55", "1.22%", "20.57%")),
                ("RUT", ("1348.56", "1535.48", "1558.71", "1.51%", "15.58%"))):
    C(row[0], tk, "close", float(row[0]), "index points", "2018-12-31", "close('%s','2018-12-31')" % tk, "level", 2, comparison="2018 close")
    C(row[1], tk, "close", float(row[1]), "index points", "2019-10-18", "close('%s','2019-10-18')" % tk, "level", 2, comparison="prior week")
    C(row[2], tk, "close", float(row[2]), "index points", "2019-10-25", "close('%s','2019-10-25')" % tk, "level", 2)
    C(row[3], tk, "week_pct_change", float(row[3][:-1]), "%", "2019-10-25", "wk_pct('%s','2019-10-25')" % tk, "pct", 2, window="week")
    C(row[4], tk, "ytd_pct_change", float(row[4][:-1]), "%", "2019-10-25", "ytd_pct('%s','2019-10-25')" % tk, "pct", 2, window="YTD")
C("2.25%-2.50%", "FEDFUNDS", "target_range", "2.25-2.50", "%", "2018-12-31", "fed_range('2018-12-31')", verdict="supported", rule="target range on the date (DFEDTARL/DFEDTARU)")
C("2.50% | 1.75%-2.00%", "FEDFUNDS", "target_range", "1.75-2.00", "%", "2019-10-18", "fed_range('2019-10-18')", verdict="supported", rule="target range on the date (DFEDTARL/DFEDTARU)")
C("1.75%-2.00% | 0 bps", "FEDFUNDS", "target_range", "1.75-2.00", "%", "2019-10-25", "fed_range('2019-10-25')", verdict="supported", rule="target range on the date (DFEDTARL/DFEDTARU)")
C("| 0 bps |", "FEDFUNDS", "week_change", 0, "bp", "2019-10-25", "bps('FEDU','2019-10-18','2019-10-25')", "bps", 0, window="week")
C("-50 bps", "FEDFUNDS", "ytd_change", -50, "bp", "2019-10-25", "bps('FEDU','2018-12-31','2019-10-25')", "bps", 0, window="YTD")
C("2.68%", "US10Y", "yield", 2.68, "%", "2018-12-31", "value('US10Y','2018-12-31')", "yield", 2, basis="end of day", note="FRED DGS10 2.69.")
C("1.74%", "US10Y", "yield", 1.74, "%", "2019-10-18", "value('US10Y','2019-10-18')", "yield", 2, basis="end of day", note="FRED DGS10 1.76.")
C("1.80%", "US10Y", "yield", 1.80, "%", "2019-10-25", "value('US10Y','2019-10-25')", "yield", 2, basis="end of day")
C("6 bps", "US10Y", "week_change", 6, "bp", "2019-10-25", "bps('US10Y','2019-10-18','2019-10-25')", verdict="supported",
  rule="a distance computed from levels the passage states is judged on that arithmetic",
  note="1.80 - 1.74 = 6 bp from the table's own levels (both within tolerance of FRED); FRED DGS10 gives +4 bp, which would be contradicted.")
C("-88 bps", "US10Y", "ytd_change", -88, "bp", "2019-10-25", "bps('US10Y','2018-12-31','2019-10-25')", verdict="supported",
  rule="a distance computed from levels the passage states is judged on that arithmetic",
  note="1.80 - 2.68 = -88 bp from the table's levels; FRED DGS10 gives -89 bp (imprecise on that basis).")

# ---------------------------------------------------------------- 4
passage("fbfs_20200113_market_summary_jan10", "fbfs.com", "https://www.fbfs.com/learning-center/market-summary",
        "Farm Bureau Financial Services (syndicated weekly market summary)", "2020-01-13", "medium",
        "Undated page headed 'as of market close January 10, 2020'; weekly letters of this kind are published the next Monday. Columns: 2019-12-31, 2020-01-03 and 2020-01-10.",
        "The Markets (as of market close January 10, 2020). Friday's jobs report was a mixed bag, and with the Senate set to "
        "receive the articles of impeachment, an otherwise strong week for stocks was trimmed. The Dow passed 29000 earlier "
        "last week only to pull back by week's end. Most of the indexes listed here posted gains last week, except the small "
        "caps of the Russell 2000, which has gotten off to a relatively slow start in 2020. The tech-heavy Nasdaq keeps "
        "posting strong returns, climbing 1.75% last week and sitting 2.30% ahead of its 2019 closing value.\n"
        "Market/Index | 2019 Close | Prior Week | As of 1/10 | Weekly Change | YTD Change\n"
        "DJIA | 28538.44 | 28634.88 | 28823.77 | 0.66% | 1.00%\n"
        "Nasdaq | 8972.60 | 9020.77 | 9178.86 | 1.75% | 2.30%\n"
        "S&P 500 | 3230.78 | 3234.85 | 3265.35 | 0.94% | 1.07%\n"
        "Russell 2000 | 3251.24 | 1660.87 | 1657.64 | -0.19% | -0.65%\n"
        "Fed. Funds target rate | 1.25%-1.75% | 1.50%-1.75% | 1.50%-1.75% | 0 bps | 0 bps\n"
        "10-year Treasuries | 1.91% | 1.78% | 1.82% | 4 bps | -9 bps")
C("The Dow passed 29000 earlier last week", "DJI", "intraday_level_crossed", 29000, "index points", "2020-01-10",
  "[high('DJI','2020-01-08'), high('DJI','2020-01-09'), high('DJI','2020-01-10'), close('DJI','2020-01-10')]",
  verdict="contradicted", rule="wrong date: the crossing happened on the last day of the week",
  note="In the file the Dow's highs were 28,988.01 on Thursday and 29,009.07 on Friday 2020-01-10, so it first traded above 29,000 on Friday (closing at 28,823.77), not earlier in the week. 'Pull back by week's end' holds for the close.")
C("except the small caps of the Russell 2000", "RUT", "only_index_down_on_week", True, "flag", "2020-01-10",
  "[wk_pct('RUT','2020-01-10'), wk_pct('DJI','2020-01-10'), wk_pct('IXIC','2020-01-10'), wk_pct('SPX','2020-01-10')]",
  verdict="supported", rule="ordering: RUT the only weekly decline among the four indexes in the files", window="week",
  note="The Global Dow, also in the original table, is not in the files.")
C("climbing 1.75% last week", "IXIC", "week_pct_change", 1.75, "%", "2020-01-10", "wk_pct('IXIC','2020-01-10')", "pct", 2, window="week")
C("2.30% ahead", "IXIC", "ytd_pct_change", 2.30, "%", "2020-01-10", "ytd_pct('IXIC','2020-01-10')", "pct", 2, window="YTD")
for tk, row, wa, ya in (("DJI", ("28538.44", "28634.88", "28823.77", "0.66%", "1.00%"), "0.66%", "1.00%"),
                        ("IXIC", ("8972.60", "9020.77", "9178.86", "1.75%", "2.30%"), "9178.86 | 1.75%", "1.75% | 2.30%"),
                        ("SPX", ("3230.78", "3234.85", "3265.35", "0.94%", "1.07%"), "0.94%", "1.07%"),
                        ("RUT", ("3251.24", "1660.87", "1657.64", "-0.19%", "-0.65%"), "-0.19%", "-0.65%")):
    note0 = ""
    v0 = None
    if tk == "RUT":
        note0 = "The Russell 2000 closed 2019 at 1,668.47; 3251.24 is far off (it is not any index in the files), while the table's own YTD figure of -0.65% matches the true 2019 close."
    C(row[0], tk, "close", float(row[0]), "index points", "2019-12-31", "close('%s','2019-12-31')" % tk, "level", 2, comparison="2019 close", note=note0)
    C(row[1], tk, "close", float(row[1]), "index points", "2020-01-03", "close('%s','2020-01-03')" % tk, "level", 2, comparison="prior week")
    C(row[2], tk, "close", float(row[2]), "index points", "2020-01-10", "close('%s','2020-01-10')" % tk, "level", 2)
    C(wa, tk, "week_pct_change", float(row[3][:-1]), "%", "2020-01-10", "wk_pct('%s','2020-01-10')" % tk, "pct", 2, window="week")
    C(ya, tk, "ytd_pct_change", float(row[4][:-1]), "%", "2020-01-10", "ytd_pct('%s','2020-01-10')" % tk, "pct", 2, window="YTD")
C("1.25%-1.75%", "FEDFUNDS", "target_range", "1.25-1.75", "%", "2019-12-31", "fed_range('2019-12-31')", verdict="contradicted",
  rule="wrong range", note="The range at the end of 2019 was 1.50%-1.75% (set 2019-10-30, effective 2019-10-31); 1.25% is the lower bound the Fed did not reach. The table's own 0 bps YTD change contradicts it too.")
C("1.75% | 1.50%-1.75%", "FEDFUNDS", "target_range", "1.50-1.75", "%", "2020-01-03", "fed_range('2020-01-03')", verdict="supported", rule="target range on the date (DFEDTARL/DFEDTARU)")
C("1.50%-1.75% | 0 bps", "FEDFUNDS", "target_range", "1.50-1.75", "%", "2020-01-10", "fed_range('2020-01-10')", verdict="supported", rule="target range on the date (DFEDTARL/DFEDTARU)")
C("0 bps | 0 bps", "FEDFUNDS", "ytd_change", 0, "bp", "2020-01-10", "bps('FEDU','2019-12-31','2020-01-10')", "bps", 0, window="YTD",
  note="The anchor also covers the weekly 0 bps, which is the same (true) figure; the YTD 0 bps conflicts with the table's own 1.25%-1.75% starting range.")
C("1.91%", "US10Y", "yield", 1.91, "%", "2019-12-31", "value('US10Y','2019-12-31')", "yield", 2, basis="end of day", note="FRED DGS10 1.92.")
C("1.78%", "US10Y", "yield", 1.78, "%", "2020-01-03", "value('US10Y','2020-01-03')", "yield", 2, basis="end of day", note="FRED DGS10 1.80.")
C("1.82%", "US10Y", "yield", 1.82, "%", "2020-01-10", "value('US10Y','2020-01-10')", "yield", 2, basis="end of day", note="FRED DGS10 1.83.")
C("4 bps", "US10Y", "week_change", 4, "bp", "2020-01-10", "bps('US10Y','2020-01-03','2020-01-10')", verdict="supported",
  rule="a distance computed from levels the passage states is judged on that arithmetic", note="1.82 - 1.78 = 4 bp; FRED gives +3 bp (imprecise on that basis).")
C("-9 bps", "US10Y", "ytd_change", -9, "bp", "2020-01-10", "bps('US10Y','2019-12-31','2020-01-10')", "bps", 0, window="YTD", note="Also 1.82 - 1.91 = -9 on the table's own levels.")

# ---------------------------------------------------------------- 5
passage("usatoday_20150105_dow_plummets_331", "usat.ly", "http://usat.ly/1rYDtod", "USA Today (John Waggoner, Matt Krantz)",
        "2015-01-05", "high", "Short link without a date; 'Monday' with a Dow close of 17,501.65 and a 331.34-point loss is 2015-01-05.",
        "Dow plummets 331 as crude slides. By John Waggoner and Matt Krantz, USA TODAY. Stocks suffered their biggest drop in "
        "months Monday, with the Dow diving about 330 points as crude oil kept sliding and the euro weakened. The Dow and "
        "S&P 500 ended down 1.9% and 1.8% respectively, a crushing 331.34-point loss for the Dow. Monday marked the S&P "
        "500's first four-day losing run since 2013. The Nasdaq composite finished 1.6% lower. The S&P 500 shed nearly 38 "
        "points to 2020.58 while the Nasdaq lost 74 points to 4652.57. The Dow ended the day at 17,501.65.")
C("Dow plummets 331", "DJI", "change", -331, "points", "2015-01-05", "chg('DJI','2015-01-05')", "points", 0)
C("biggest drop in months", "DJI", "biggest_drop_since", "months", "text", "2015-01-05", "last_pct_move_as_big('DJI','2015-01-05')",
  verdict="supported", rule="biggest since X: the last larger drop is about three months earlier",
  note="Dow -1.86%; the last larger percentage drop was 2014-10-09 (-1.97%); S&P 500 likewise. 'Months' is vague but consistent.")
C("about 330 points", "DJI", "change", -330, "points", "2015-01-05", "chg('DJI','2015-01-05')", "points", 0, q="about", unitsize=10,
  note="Unit taken as 10 (the last significant digit of a round 330); with a unit of 1 the 1.34-point gap would be imprecise.")
C("down 1.9%", "DJI", "pct_change", -1.9, "%", "2015-01-05", "pct('DJI','2015-01-05')", "pct", 1)
C("1.8% respectively", "SPX", "pct_change", -1.8, "%", "2015-01-05", "pct('SPX','2015-01-05')", "pct", 1)
C("331.34-point loss", "DJI", "change", -331.34, "points", "2015-01-05", "chg('DJI','2015-01-05')", "points", 2)
C("first four-day losing run since 2013", "SPX", "losing_streak_first_since", "2013", "year", "2015-01-05",
  "[streak('SPX','2015-01-05'), last_streak_as_long('SPX','2015-01-05')]", verdict="supported",
  rule="streaks use daily closes; 'since X': the last streak at least as long ended in 2013", note="Four straight declines (2014-12-30 to 2015-01-05); the previous run of four or more ended 2013-12-13.")
C("finished 1.6% lower", "IXIC", "pct_change", -1.6, "%", "2015-01-05", "pct('IXIC','2015-01-05')", "pct", 1)
C("nearly 38 points", "SPX", "change", -38, "points", "2015-01-05", "chg('SPX','2015-01-05')", "points", 0, q="nearly")
C("2020.58", "SPX", "close", 2020.58, "index points", "2015-01-05", "close('SPX','2015-01-05')", "level", 2)
C("lost 74 points", "IXIC", "change", -74, "points", "2015-01-05", "chg('IXIC','2015-01-05')", "points", 0)
C("4652.57", "IXIC", "close", 4652.57, "index points", "2015-01-05", "close('IXIC','2015-01-05')", "level", 2)
C("17,501.65", "DJI", "close", 17501.65, "index points", "2015-01-05", "close('DJI','2015-01-05')", "level", 2)

# ---------------------------------------------------------------- 6
passage("ap_20150112_how_indexes_fared_monday", "archive.canadianbusiness.com",
        "https://archive.canadianbusiness.com/business-news/how-the-dow-jones-industrial-average-and-other-major-indexes-fared-on-monday-16/",
        "Associated Press (via Canadian Business)", "2015-01-12", "high",
        "Undated AP box; the Monday levels (Dow 17,640.84) and the year-to-date losses match 2015-01-12.",
        "How the Dow Jones industrial average and other major indexes fared on Monday. Energy companies led a decline on the "
        "stock market as crude oil kept falling; the slump cuts deeply into energy producers' profits even as consumers "
        "pay less for gas.\n"
        "On Monday: The Dow Jones industrial average fell 96.53 points, or 0.5 per cent, to 17,640.84. The Standard & Poor's "
        "500 index shed 16.55 points, or 0.8 per cent, to 2,028.26. The Nasdaq composite lost 39.36 points, or 0.8 per cent, "
        "to 4,664.71.\n"
        "For the year: The Dow is down 182.23 points, or 1 per cent. The S&P 500 index is down 30.64 points, or 1.5 per "
        "cent. The Nasdaq is down 71.35 points, or 1.5 per cent.")
C("96.53 points", "DJI", "change", -96.53, "points", "2015-01-12", "chg('DJI','2015-01-12')", "points", 2)
C("96.53 points, or 0.5 per cent", "DJI", "pct_change", -0.5, "%", "2015-01-12", "pct('DJI','2015-01-12')", "pct", 1)
C("17,640.84", "DJI", "close", 17640.84, "index points", "2015-01-12", "close('DJI','2015-01-12')", "level", 2)
C("16.55 points", "SPX", "change", -16.55, "points", "2015-01-12", "chg('SPX','2015-01-12')", "points", 2)
C("16.55 points, or 0.8 per cent", "SPX", "pct_change", -0.8, "%", "2015-01-12", "pct('SPX','2015-01-12')", "pct", 1)
C("2,028.26", "SPX", "close", 2028.26, "index points", "2015-01-12", "close('SPX','2015-01-12')", "level", 2)
C("39.36 points", "IXIC", "change", -39.36, "points", "2015-01-12", "chg('IXIC','2015-01-12')", "points", 2)
C("39.36 points, or 0.8 per cent", "IXIC", "pct_change", -0.8, "%", "2015-01-12", "pct('IXIC','2015-01-12')", "pct", 1)
C("4,664.71", "IXIC", "close", 4664.71, "index points", "2015-01-12", "close('IXIC','2015-01-12')", "level", 2)
C("182.23 points", "DJI", "ytd_change", -182.23, "points", "2015-01-12", "ytd_chg('DJI','2015-01-12')", "points", 2, window="YTD")
C("182.23 points, or 1 per cent", "DJI", "ytd_pct_change", -1, "%", "2015-01-12", "ytd_pct('DJI','2015-01-12')", "pct", 0, window="YTD")
C("30.64 points", "SPX", "ytd_change", -30.64, "points", "2015-01-12", "ytd_chg('SPX','2015-01-12')", "points", 2, window="YTD")
C("30.64 points, or 1.5 per", "SPX", "ytd_pct_change", -1.5, "%", "2015-01-12", "ytd_pct('SPX','2015-01-12')", "pct", 1, window="YTD")
C("71.35 points", "IXIC", "ytd_change", -71.35, "points", "2015-01-12", "ytd_chg('IXIC','2015-01-12')", "points", 2, window="YTD")
C("71.35 points, or 1.5 per cent", "IXIC", "ytd_pct_change", -1.5, "%", "2015-01-12", "ytd_pct('IXIC','2015-01-12')", "pct", 1, window="YTD")

# ---------------------------------------------------------------- 7
passage("djmarketdata_20240229_nasdaq_first_record_since_2021", "oklahomaminerals.com", "https://www.oklahomaminerals.com/page/271?snippet=557",
        "Dow Jones Market Data figures via a MarketWatch-style wrap (reposted on an energy-news aggregator)", "2024-02-29", "high",
        "Aggregator snippet without a date; the Thursday closes (S&P 500 5,096.27, Nasdaq 16,091.92) and the January PCE release are 2024-02-29.",
        "Nasdaq hits record close for first time since 2021 as U.S. stocks end higher. U.S. stocks finished higher on "
        "Thursday, with the S&P 500 and the Nasdaq Composite each logging a record-high close even after a closely watched "
        "inflation gauge firmed in January. The Dow Jones Industrial Average rose 47.37 points, or 0.1%, to end at 38996.39, "
        "according to Dow Jones Market Data. It gained 846.09 points, or 2.2%, this month, its fourth consecutive monthly "
        "gain. The S&P 500 went up 26.51 points, or 0.5%, to 5096.27, a record close. The index rose 250.62 points, or "
        "5.2%, this month, and it was up 902.47 points, or 21.5%, over the last four months, its largest four-month point "
        "gain on record. The Nasdaq advanced 144.18 points, or 0.9%, to 16,091.92, its first record close since November "
        "19, 2021. That snaps a 569-trading-day stretch without a record, the longest since the 3,801-trading-day stretch "
        "from March 2000 to April 2015, according to Dow Jones Market Data.")
C("each logging a record-high close", "SPX, IXIC", "record_close", True, "flag", "2024-02-29",
  "[is_record_close('SPX','2024-02-29'), is_record_close('IXIC','2024-02-29')]", verdict="supported", rule="records: above every earlier close")
C("47.37 points", "DJI", "change", 47.37, "points", "2024-02-29", "chg('DJI','2024-02-29')", "points", 2)
C("or 0.1%, to end", "DJI", "pct_change", 0.1, "%", "2024-02-29", "pct('DJI','2024-02-29')", "pct", 1)
C("38996.39", "DJI", "close", 38996.39, "index points", "2024-02-29", "close('DJI','2024-02-29')", "level", 2)
C("846.09 points", "DJI", "mtd_change", 846.09, "points", "2024-02-29", "mtd_chg('DJI','2024-02-29')", "points", 2, window="MTD")
C("or 2.2%, this month", "DJI", "mtd_pct_change", 2.2, "%", "2024-02-29", "mtd_pct('DJI','2024-02-29')", "pct", 1, window="MTD")
C("fourth consecutive monthly gain", "DJI", "monthly_up_streak", 4, "months", "2024-02-29", "month_streak('DJI','2024-02-29')", "count", 0,
  note="November 2023 to February 2024 (February through its last session, 2024-02-29).")
C("26.51 points", "SPX", "change", 26.51, "points", "2024-02-29", "chg('SPX','2024-02-29')", "points", 2)
C("or 0.5%, to 5096.27", "SPX", "pct_change", 0.5, "%", "2024-02-29", "pct('SPX','2024-02-29')", "pct", 1)
C("5096.27", "SPX", "close", 5096.27, "index points", "2024-02-29", "close('SPX','2024-02-29')", "level", 2)
C("a record close", "SPX", "record_close", True, "flag", "2024-02-29", "is_record_close('SPX','2024-02-29')", verdict="supported", rule="records: above every earlier close")
C("250.62 points", "SPX", "mtd_change", 250.62, "points", "2024-02-29", "mtd_chg('SPX','2024-02-29')", "points", 2, window="MTD")
C("5.2%, this month", "SPX", "mtd_pct_change", 5.2, "%", "2024-02-29", "mtd_pct('SPX','2024-02-29')", "pct", 1, window="MTD")
C("902.47 points", "SPX", "window_change", 902.47, "points", "2024-02-29", "win_chg('SPX','2023-10-31','2024-02-29')", "points", 2, window="2023-10-31 to 2024-02-29")
C("or 21.5%, over", "SPX", "window_pct_change", 21.5, "%", "2024-02-29", "win_pct('SPX','2023-10-31','2024-02-29')", "pct", 1, window="2023-10-31 to 2024-02-29")
C("largest four-month point gain on record", "SPX", "record_window_point_gain", True, "flag", "2024-02-29",
  "window_point_change_rank('SPX','2024-02-29',4)", verdict="supported", rule="ranks count all windows in the file up to that day",
  note="Compared over all four-calendar-month windows (month-end to month-end) in GSPC.csv since 1927; in percent it is nowhere near a record.")
C("144.18 points", "IXIC", "change", 144.18, "points", "2024-02-29", "chg('IXIC','2024-02-29')", "points", 2)
C("or 0.9%, to 16,091.92", "IXIC", "pct_change", 0.9, "%", "2024-02-29", "pct('IXIC','2024-02-29')", "pct", 1)
C("16,091.92", "IXIC", "close", 16091.92, "index points", "2024-02-29", "close('IXIC','2024-02-29')", "level", 2)
C("first record close since November", "IXIC", "previous_record_close_date", "2021-11-19", "date", "2024-02-29",
  "record_close_date('IXIC','2024-02-29')", verdict="supported", rule="records: previous record close date")
C("569-trading-day stretch", "IXIC", "sessions_without_record", 569, "sessions", "2024-02-29", "sessions_since_record('IXIC','2024-02-29')", "count", 0,
  note="Sessions strictly between the 2021-11-19 record and 2024-02-29.")
C("the longest since", "IXIC", "longest_recordless_run_since", "2000-03-10/2015-04-23", "dates", "2024-02-29",
  "record_runs_longer('IXIC','2024-02-29',569)[-1][:2]", verdict="supported", rule="longest since X: the last run at least as long",
  note="Runs of 569 or more sessions without a record close: 1973-1978, 1983-1986 and 2000-03-10 to 2015-04-23, the last before this one.")
C("3,801-trading-day stretch", "IXIC", "sessions_without_record", 3801, "sessions", "2015-04-23",
  "record_runs_longer('IXIC','2024-02-29',569)[-1][2]", "count", 0, note="From the 2000-03-10 record close to the 2015-04-23 record close, same convention as the 569.")
C("from March 2000 to April 2015", "IXIC", "recordless_run_dates", "2000-03/2015-04", "months", "2015-04-23",
  "record_runs_longer('IXIC','2024-02-29',569)[-1][:2]", verdict="supported", rule="dates of the run")

# ---------------------------------------------------------------- 8
passage("djnewswires_20230117_djia_falls_data_talk", "marketscreener.com",
        "https://www.marketscreener.com/quote/index/DOW-JONES-INDUSTRIAL-4945/news/DJIA-Falls-1-14-to-33910-85-Data-Talk-42752888/?utm_medium=RSS&utm_content=20230117",
        "Dow Jones Newswires (Data Talk)", "2023-01-17", "exact", "Stamped 01-17-23 1634ET; figures are preliminary closing values of that Tuesday.",
        "DJIA Falls 1.14% to 33910.85 -- Data Talk. The Dow Jones Industrial Average lost 391.76 points, or 1.14%, today to "
        "33910.85. That is its largest one-day point and percentage decline since Thursday, Dec. 15, 2022, and it ends a "
        "four-trading-day winning streak. The average stands 7.85% under its record close of 36799.65 from Tuesday, Jan. 4, "
        "2022; 23.40% above the Election Day close of 27480.03 on Tuesday, Nov. 3, 2020; and 8.73% above the Inauguration "
        "Day close of 31188.38 on Wednesday, Jan. 20, 2021. It is 5.19% below its 52-week high of 35768.06, hit Wednesday, "
        "Feb. 9, 2022, 18.05% above its 52-week low of 28725.51, hit Friday, Sept. 30, 2022, and down 4.12% from 52 weeks "
        "ago. It is off 1.14% from its 2023 closing high of 34302.61, set Friday, Jan. 13, 2023, and 2.98% above its 2023 "
        "closing low of 32930.08 from Thursday, Jan. 5, 2023. Month-to-date it is up 2.30%; year-to-date it is up 763.60 "
        "points, or 2.30%. Data based on preliminary market closing values. Source: Dow Jones Market Data, FactSet.")
D = "2023-01-17"
C("391.76 points", "DJI", "change", -391.76, "points", D, "chg('DJI','2023-01-17')", "points", 2)
C("or 1.14%, today", "DJI", "pct_change", -1.14, "%", D, "pct('DJI','2023-01-17')", "pct", 2)
C("Falls 1.14% to 33910.85", "DJI", "close", 33910.85, "index points", D, "close('DJI','2023-01-17')", "level", 2,
  note="The anchor is the headline; the same close is repeated in the first sentence.")
C("largest one-day point and percentage decline since Thursday, Dec. 15, 2022", "DJI", "largest_decline_since", "2022-12-15", "date", D,
  "[last_point_move_as_big('DJI','2023-01-17'), last_pct_move_as_big('DJI','2023-01-17'), weekday('2022-12-15')]", verdict="supported",
  rule="biggest since X: X is the last day with a move at least as large (points and percent)")
C("four-trading-day winning streak", "DJI", "up_streak_ended", 4, "sessions", "2023-01-13", "streak('DJI','2023-01-13')", "count", 0)
C("7.85% under", "DJI", "pct_from_ath", 7.85, "%", D, "-pct_from_record('DJI','2023-01-17')", "pct", 2)
C("record close of 36799.65", "DJI", "record_close", 36799.65, "index points", "2022-01-04", "record_close_before('DJI','2023-01-17')", "level", 2)
C("from Tuesday, Jan. 4, 2022", "DJI", "record_close_date", "2022-01-04", "date", D, "[record_close_date('DJI','2023-01-17'), weekday('2022-01-04')]",
  verdict="supported", rule="records: date and weekday of the record close")
C("23.40% above", "DJI", "pct_change_since", 23.40, "%", D, "win_pct('DJI','2020-11-03','2023-01-17')", "pct", 2, window="2020-11-03 to 2023-01-17")
C("27480.03", "DJI", "close", 27480.03, "index points", "2020-11-03", "close('DJI','2020-11-03')", "level", 2)
C("8.73% above", "DJI", "pct_change_since", 8.73, "%", D, "win_pct('DJI','2021-01-20','2023-01-17')", "pct", 2, window="2021-01-20 to 2023-01-17")
C("31188.38", "DJI", "close", 31188.38, "index points", "2021-01-20", "close('DJI','2021-01-20')", "level", 2)
C("5.19% below", "DJI", "pct_from_high", 5.19, "%", D, "_r((1-close('DJI','2023-01-17')/max_close('DJI','2022-01-18','2023-01-17'))*100)", "pct", 2, window="52 weeks")
C("52-week high of 35768.06", "DJI", "high_52w", 35768.06, "index points", D, "max_close('DJI','2022-01-18','2023-01-17')", "level", 2, window="52 weeks")
C("Feb. 9, 2022", "DJI", "high_52w_date", "2022-02-09", "date", D, "[max_close_date('DJI','2022-01-18','2023-01-17'), weekday('2022-02-09')]",
  verdict="supported", rule="date of the 52-week closing high")
C("18.05% above", "DJI", "pct_from_low", 18.05, "%", D, "_r((close('DJI','2023-01-17')/min_close('DJI','2022-01-18','2023-01-17')-1)*100)", "pct", 2, window="52 weeks")
C("52-week low of 28725.51", "DJI", "low_52w", 28725.51, "index points", D, "min_close('DJI','2022-01-18','2023-01-17')", "level", 2, window="52 weeks")
C("Sept. 30, 2022", "DJI", "low_52w_date", "2022-09-30", "date", D, "[min_close_date('DJI','2022-01-18','2023-01-17'), weekday('2022-09-30')]",
  verdict="supported", rule="date of the 52-week closing low")
C("down 4.12% from 52 weeks", "DJI", "pct_change_52w", -4.12, "%", D, "win_pct('DJI','2022-01-18','2023-01-17')", "pct", 2, window="52 weeks",
  note="Against 2022-01-18, the first session 52 weeks back (2022-01-17 was a holiday).")
C("off 1.14% from its 2023", "DJI", "pct_from_ytd_high", 1.14, "%", D, "_r((1-close('DJI','2023-01-17')/max_close('DJI','2023-01-03','2023-01-16'))*100)", "pct", 2)
C("34302.61", "DJI", "ytd_closing_high", 34302.61, "index points", "2023-01-13", "max_close('DJI','2023-01-03','2023-01-16')", "level", 2)
C("Friday, Jan. 13, 2023", "DJI", "ytd_closing_high_date", "2023-01-13", "date", D, "[max_close_date('DJI','2023-01-03','2023-01-16'), weekday('2023-01-13')]",
  verdict="supported", rule="date of the 2023 closing high")
C("2.98% above", "DJI", "pct_from_ytd_low", 2.98, "%", D, "_r((close('DJI','2023-01-17')/min_close('DJI','2023-01-03','2023-01-17')-1)*100)", "pct", 2)
C("32930.08", "DJI", "ytd_closing_low", 32930.08, "index points", "2023-01-05", "min_close('DJI','2023-01-03','2023-01-17')", "level", 2)
C("Thursday, Jan. 5, 2023", "DJI", "ytd_closing_low_date", "2023-01-05", "date", D, "[min_close_date('DJI','2023-01-03','2023-01-17'), weekday('2023-01-05')]",
  verdict="supported", rule="date of the 2023 closing low")
C("Month-to-date it is up 2.30%", "DJI", "mtd_pct_change", 2.30, "%", D, "mtd_pct('DJI','2023-01-17')", "pct", 2, window="MTD")
C("763.60", "DJI", "ytd_change", 763.60, "points", D, "ytd_chg('DJI','2023-01-17')", "points", 2, window="YTD")
C("points, or 2.30%", "DJI", "ytd_pct_change", 2.30, "%", D, "ytd_pct('DJI','2023-01-17')", "pct", 2, window="YTD")

# ---------------------------------------------------------------- 9
passage("djnewswires_20221006_djia_falls_data_talk", "marketscreener.com",
        "https://www.marketscreener.com/quote/index/DOW-JONES-INDUSTRIAL-4945/news/DJIA-Falls-1-15-to-29926-94-Data-Talk-41945449/?utm_medium=RSS&utm_content=20221006",
        "Dow Jones Newswires (Data Talk)", "2022-10-06", "exact", "Stamped 10-06-22 1633ET; preliminary closing values of that Thursday.",
        "DJIA Falls 1.15% to 29926.94 -- Data Talk. The Dow Jones Industrial Average dropped 346.93 points, or 1.15%, today, "
        "to 29926.94, its largest one-day point and percentage decline since Friday, Sept. 30, 2022. The average is down for "
        "two straight trading days, losing 389.38 points, or 1.28%, over that span, which is its largest two-day point and "
        "percentage decline since the same Friday. It has fallen on 12 of the past 16 trading days. It stands 18.68% below "
        "its record close of 36799.65, hit Tuesday, Jan. 4, 2022, which is also its 52-week high and its 2022 closing high; "
        "8.90% above the Election Day close of 27480.03 on Tuesday, Nov. 3, 2020; and 4.04% below the Inauguration Day close "
        "of 31188.38 on Wednesday, Jan. 20, 2021. It is 4.18% above its 52-week low of 28725.51, hit Friday, Sept. 30, 2022, "
        "also its 2022 closing low, and down 13.89% from 52 weeks ago. Year-to-date it is down 6411.36 points, or 17.64%. "
        "Data based on preliminary market closing values. Source: Dow Jones Market Data, FactSet.")
D = "2022-10-06"
C("346.93 points", "DJI", "change", -346.93, "points", D, "chg('DJI','2022-10-06')", "points", 2)
C("or 1.15%, today", "DJI", "pct_change", -1.15, "%", D, "pct('DJI','2022-10-06')", "pct", 2)
C("to 29926.94, its", "DJI", "close", 29926.94, "index points", D, "close('DJI','2022-10-06')", "level", 2)
C("largest one-day point and percentage decline since Friday, Sept. 30, 2022", "DJI", "largest_decline_since", "2022-09-30", "date", D,
  "[last_point_move_as_big('DJI','2022-10-06'), last_pct_move_as_big('DJI','2022-10-06'), weekday('2022-09-30')]",
  verdict="supported", rule="biggest since X: X is the last day with a move at least as large")
C("down for two straight trading days", "DJI", "down_streak", -2, "sessions", D, "streak('DJI','2022-10-06')", "count", 0)
C("389.38 points", "DJI", "window_change", -389.38, "points", D, "win_chg('DJI','2022-10-04','2022-10-06')", "points", 2, window="2 sessions")
C("or 1.28%, over", "DJI", "window_pct_change", -1.28, "%", D, "win_pct('DJI','2022-10-04','2022-10-06')", "pct", 2, window="2 sessions")
C("largest two-day point and percentage decline since the same Friday", "DJI", "largest_2day_decline_since", "2022-09-30", "date", D,
  "last_window_move_as_big('DJI','2022-10-06',2)", verdict="supported", rule="biggest since X over two-session windows")
C("12 of the past 16 trading days", "DJI", "down_days", 12, "sessions", D, "down_days('DJI','2022-10-06',16)", "count", 0, window="16 sessions")
C("18.68% below", "DJI", "pct_from_ath", 18.68, "%", D, "-pct_from_record('DJI','2022-10-06')", "pct", 2)
C("record close of 36799.65", "DJI", "record_close", 36799.65, "index points", "2022-01-04", "record_close_before('DJI','2022-10-06')", "level", 2)
C("hit Tuesday, Jan. 4, 2022", "DJI", "record_close_date", "2022-01-04", "date", D, "[record_close_date('DJI','2022-10-06'), weekday('2022-01-04')]",
  verdict="supported", rule="records: date and weekday of the record close")
C("also its 52-week high and its 2022 closing high", "DJI", "high_52w_and_ytd_date", "2022-01-04", "date", D,
  "[max_close_date('DJI','2021-10-07','2022-10-06'), max_close_date('DJI','2022-01-03','2022-10-06')]", verdict="supported", rule="date of the closing highs")
C("8.90% above", "DJI", "pct_change_since", 8.90, "%", D, "win_pct('DJI','2020-11-03','2022-10-06')", "pct", 2, window="2020-11-03 to 2022-10-06")
C("close of 27480.03", "DJI", "close", 27480.03, "index points", "2020-11-03", "close('DJI','2020-11-03')", "level", 2)
C("4.04% below", "DJI", "pct_change_since", -4.04, "%", D, "win_pct('DJI','2021-01-20','2022-10-06')", "pct", 2, window="2021-01-20 to 2022-10-06")
C("of 31188.38", "DJI", "close", 31188.38, "index points", "2021-01-20", "close('DJI','2021-01-20')", "level", 2)
C("4.18% above", "DJI", "pct_from_low", 4.18, "%", D, "_r((close('DJI','2022-10-06')/min_close('DJI','2021-10-07','2022-10-06')-1)*100)", "pct", 2, window="52 weeks")
C("52-week low of 28725.51", "DJI", "low_52w", 28725.51, "index points", "2022-09-30", "min_close('DJI','2021-10-07','2022-10-06')", "level", 2, window="52 weeks")
C("hit Friday, Sept. 30, 2022, also its 2022 closing low", "DJI", "low_52w_and_ytd_date", "2022-09-30", "date", D,
  "[min_close_date('DJI','2021-10-07','2022-10-06'), min_close_date('DJI','2022-01-03','2022-10-06'), weekday('2022-09-30')]",
  verdict="supported", rule="date of the closing lows")
C("down 13.89% from 52 weeks ago", "DJI", "pct_change_52w", -13.89, "%", D, "win_pct('DJI','2021-10-07','2022-10-06')", "pct", 2, window="52 weeks",
  note="Against 2021-10-07 (exactly 52 weeks earlier); against 2021-10-06 it is -13.05%.")
C("6411.36 points", "DJI", "ytd_change", -6411.36, "points", D, "ytd_chg('DJI','2022-10-06')", "points", 2, window="YTD")
C("or 17.64%", "DJI", "ytd_pct_change", -17.64, "%", D, "ytd_pct('DJI','2022-10-06')", "pct", 2, window="YTD")

# ---------------------------------------------------------------- 10
passage("mtnewswires_20251029_dow_falls_from_record_fed_cut", "fixedincome.fidelity.com",
        "https://fixedincome.fidelity.com/ftgw/fi/FINewsArticle?id=202510291716MIDNIGHTUSEQUITY_A3488959",
        "MT Newswires (via Fidelity)", "2025-10-29", "exact", "Stamped 05:16 PM EDT, 10/29/2025; the text is about that Wednesday's close and FOMC decision.",
        "Dow Falls From Record Level as Powell Dampens December Rate Cut Bets. MT Newswires, 10/29/2025. The Dow Jones "
        "Industrial Average slipped from Tuesday's record high after Federal Reserve Chair Jerome Powell signaled doubt "
        "about a rate cut in December. The Dow dropped 0.2% to 47,632, while the S&P 500 ended just below the flatline at "
        "6,890.6. Both snapped a four-day run of gains that had pushed the indexes to fresh closing records on Tuesday. The "
        "Nasdaq Composite rose 0.6% to 23,958.5, notching its fourth consecutive all-time high. Real estate fell the most "
        "among sectors while technology led the gainers. The Fed lowered its benchmark lending rate by 25 basis points "
        "Wednesday, a second consecutive quarter-percentage-point cut. Two officials dissented: Governor Stephen Miran "
        "wanted a 50-basis-point cut and Kansas City Fed President Jeffrey Schmid preferred no change. Powell said a further "
        "reduction at the December meeting is \"not a foregone conclusion -- far from it.\"")
D = "2025-10-29"
C("dropped 0.2%", "DJI", "pct_change", -0.2, "%", D, "pct('DJI','2025-10-29')", "pct", 1)
C("47,632", "DJI", "close", 47632, "index points", D, "close('DJI','2025-10-29')", "level", 0, note="Dow rows after 2025-07-11 come from a single source.")
C("just below the flatline", "SPX", "pct_change", "<0 (small)", "%", D, "pct('SPX','2025-10-29')", verdict="supported",
  rule="qualitative: a decline of a few hundredths of a percent", note="S&P 500 -0.00% (6,890.59 against 6,890.89).")
C("6,890.6", "SPX", "close", 6890.6, "index points", D, "close('SPX','2025-10-29')", "level", 1)
C("four-day run of gains", "DJI, SPX", "up_streak_ended", 4, "sessions", "2025-10-28", "[streak('DJI','2025-10-28'), streak('SPX','2025-10-28')]",
  verdict="supported", rule="streaks use daily closes")
C("fresh closing records on Tuesday", "DJI, SPX", "record_close", True, "flag", "2025-10-28",
  "[is_record_close('DJI','2025-10-28'), is_record_close('SPX','2025-10-28')]", verdict="supported", rule="records: above every earlier close")
C("rose 0.6%", "IXIC", "pct_change", 0.6, "%", D, "pct('IXIC','2025-10-29')", "pct", 1)
C("23,958.5", "IXIC", "close", 23958.5, "index points", D, "close('IXIC','2025-10-29')", "level", 1)
C("fourth consecutive all-time high", "IXIC", "record_close_streak", 4, "sessions", D, "record_streak('IXIC','2025-10-29')", "count", 0)
C("lowered its benchmark lending rate by 25 basis points", "FEDFUNDS", "rate_change", -25, "bp", D, "fed_change_dates('2025-10-29','2025-10-31')",
  verdict="supported", rule="Fed: DFEDTARU/DFEDTARL change on the effective date, the day after the decision", note="Upper bound 4.25 to 4.00 effective 2025-10-30.")
C("second consecutive quarter-percentage-point cut", "FEDFUNDS", "consecutive_cuts", 2, "meetings", D, "fed_change_dates('2025-07-01','2025-10-31')",
  verdict="supported", rule="Fed: consecutive changes in the target range", note="-25 bp effective 2025-09-18 and 2025-10-30; no change at the July meeting.")
C("Two officials dissented", "FEDFUNDS", "dissents", 2, "votes", D, None, verdict="unverifiable", rule="FOMC votes are not in the files")
C("\"not a foregone conclusion -- far from it.\"", "QUOTE", "quote", None, "text", D, None, verdict="not_checkable", rule="quoted opinion")

# ---------------------------------------------------------------- 11
passage("dailydigest360_20251028_three_indexes_record_before_fed", "dailydigest360.com",
        "https://dailydigest360.com/article/6452905/dow-sp-500-hit-records-before-fed-tech-surge-fuels-market-rally-anticipating-interest-rate-moves",
        "Daily Digest 360 (rewrite of wire coverage)", "2025-10-28", "high",
        "Undated page; the Tuesday closes (Dow 47,706.37, S&P 500 6,890.89) and the start of the two-day FOMC meeting are 2025-10-28.",
        "Dow, S&P 500 hit records before Fed. Wall Street climbed to new heights on Tuesday, with the Dow Jones Industrial "
        "Average, the S&P 500 and the Nasdaq Composite all closing at record highs, lifted by technology stocks and by "
        "anticipation of the Federal Reserve's policy decision. The Dow rose 0.34% to close at 47,706.37, its 15th record "
        "close of 2025. The S&P 500 gained 0.23% to finish at 6,890.89, while the Nasdaq Composite advanced 0.80% to "
        "23,827.49. Markets widely expect the central bank to announce a 0.25 percentage point cut on Wednesday, which would "
        "be the second rate cut this year and would bring the federal funds rate to a range of 3.75% to 4%.")
D = "2025-10-28"
C("all closing at record highs", "DJI, SPX, IXIC", "record_close", True, "flag", D,
  "[is_record_close('DJI','2025-10-28'), is_record_close('SPX','2025-10-28'), is_record_close('IXIC','2025-10-28')]", verdict="supported", rule="records: above every earlier close")
C("rose 0.34%", "DJI", "pct_change", 0.34, "%", D, "pct('DJI','2025-10-28')", "pct", 2)
C("47,706.37", "DJI", "close", 47706.37, "index points", D, "close('DJI','2025-10-28')", "level", 2)
C("15th record close of 2025", "DJI", "records_in_year", 15, "count", D, "records_in_year('DJI','2025-10-28')", "count", 0,
  note="Record closes counted in DJI.csv (single source after 2025-07-11).")
C("gained 0.23%", "SPX", "pct_change", 0.23, "%", D, "pct('SPX','2025-10-28')", "pct", 2)
C("6,890.89", "SPX", "close", 6890.89, "index points", D, "close('SPX','2025-10-28')", "level", 2)
C("advanced 0.80%", "IXIC", "pct_change", 0.80, "%", D, "pct('IXIC','2025-10-28')", "pct", 2)
C("23,827.49", "IXIC", "close", 23827.49, "index points", D, "close('IXIC','2025-10-28')", "level", 2)
C("0.25 percentage point cut", "FEDFUNDS", "expected_cut", -25, "bp", "2025-10-29", "fed_change_dates('2025-10-29','2025-10-31')",
  verdict="forecast", rule="forecast: market expectation, never judged", note="For reference: the cut came, effective 2025-10-30.")
C("second rate cut this year", "FEDFUNDS", "cuts_so_far_this_year", 1, "count", D, "fed_change_dates('2025-01-01','2025-10-28')",
  verdict="supported", rule="Fed: one cut so far in 2025 (effective 2025-09-18), so a cut would be the second")
C("range of 3.75% to 4%", "FEDFUNDS", "expected_target_range", "3.75-4.00", "%", "2025-10-30", "fed_range('2025-10-30')",
  verdict="forecast", rule="forecast: conditional on the expected cut", note="For reference: 3.75-4.00 from 2025-10-30.")

# ---------------------------------------------------------------- 12
passage("baystreet_20240301_nasdaq_intraday_record_midday", "investingchannel.com", "https://investingchannel.com/article/607927/nasdaq-achieves-intraday-record",
        "Baystreet.ca midday market update (via InvestingChannel)", "2024-03-01", "high",
        "Undated midday ('pause for lunch Friday') item; Thursday record closes for the S&P 500 and Nasdaq and the levels place it on 2024-03-01.",
        "Nasdaq achieves intraday record. The Dow Jones Industrials jumped 73.51 points to pause for lunch Friday at "
        "39,069.90. The S&P 500 surged 23.38 points to 5,124.65, and the NASDAQ captured 134.96 points to 16,226.88. The "
        "tech-heavy index was the last of the major U.S. stock benchmarks to reach a record close this year, a milestone it "
        "hit Thursday. On a weekly basis, the S&P 500, which also popped to a record close on Thursday, is tracking for a "
        "roughly 0.6% advance, while the Nasdaq is up 1.3%, which puts the two on pace for their seventh positive week in "
        "the last eight. The 30-stock Dow is the laggard, down 0.2%. Treasury prices inched forward, lowering the 10-year "
        "yield to 4.20% from Thursday's 4.24%.")
D = "2024-03-01"
C("Nasdaq achieves intraday record", "IXIC", "intraday_record", True, "flag", D, "is_intraday_record('IXIC','2024-03-01')", verdict="supported",
  rule="intraday record: above every earlier high in the file", note="High 16,302.24 (the day also ended at a record close, 16,274.94).")
C("73.51 points", "DJI", "midday_change", 73.51, "points", D, "[low_chg('DJI','2024-03-01'), high_chg('DJI','2024-03-01')]", verdict="unverifiable",
  rule="mid-session figure inside the session's range", basis="midday", note="Session range -145.89 to +123.97 points against Thursday's 38,996.39; 38,996.39 + 73.51 = 39,069.90 matches the stated level.")
C("39,069.90", "DJI", "midday_level", 39069.90, "index points", D, "mid_in_range('DJI','2024-03-01',39069.90)", verdict="unverifiable",
  rule="mid-session figure inside the session's range", basis="midday", note="Range 38,850.50-39,120.36; close 39,087.38.")
C("23.38 points", "SPX", "midday_change", 23.38, "points", D, "[low_chg('SPX','2024-03-01'), high_chg('SPX','2024-03-01')]", verdict="unverifiable",
  rule="mid-session figure inside the session's range", basis="midday", note="5,096.27 + 23.38 = 5,119.65, not the stated 5,124.65 (a 5-point inconsistency in the text); both inside the range.")
C("5,124.65", "SPX", "midday_level", 5124.65, "index points", D, "mid_in_range('SPX','2024-03-01',5124.65)", verdict="unverifiable",
  rule="mid-session figure inside the session's range", basis="midday", note="Range 5,094.16-5,140.33; close 5,137.08.")
C("134.96 points", "IXIC", "midday_change", 134.96, "points", D, "[low_chg('IXIC','2024-03-01'), high_chg('IXIC','2024-03-01')]", verdict="unverifiable",
  rule="mid-session figure inside the session's range", basis="midday", note="16,091.92 + 134.96 = 16,226.88, consistent.")
C("16,226.88", "IXIC", "midday_level", 16226.88, "index points", D, "mid_in_range('IXIC','2024-03-01',16226.88)", verdict="unverifiable",
  rule="mid-session figure inside the session's range", basis="midday", note="Range 16,096.60-16,302.24; close 16,274.94.")
C("last of the major U.S. stock benchmarks to reach a record close this year", "IXIC", "last_to_record", "2024-02-29", "date", D,
  "[first_record_in_year('DJI','2024-02-29'), first_record_in_year('SPX','2024-02-29'), first_record_in_year('IXIC','2024-02-29')]",
  verdict="supported", rule="ordering of first record closes in 2024", note="Dow 2024-01-02, S&P 500 2024-01-19, Nasdaq 2024-02-29 (Thursday).")
C("also popped to a record close on Thursday", "SPX", "record_close", True, "flag", "2024-02-29", "is_record_close('SPX','2024-02-29')",
  verdict="supported", rule="records: above every earlier close")
C("roughly 0.6% advance", "SPX", "week_pct_change_midday", 0.6, "%", D,
  "[_r((low('SPX','2024-03-01')/close('SPX','2024-02-23')-1)*100), _r((high('SPX','2024-03-01')/close('SPX','2024-02-23')-1)*100)]",
  verdict="unverifiable", rule="mid-session figure inside the session's range", basis="midday", window="week",
  note="Week-to-date range over the session +0.10% to +1.01%; at the close +0.95%.")
C("the Nasdaq is up 1.3%", "IXIC", "week_pct_change_midday", 1.3, "%", D,
  "[_r((low('IXIC','2024-03-01')/close('IXIC','2024-02-23')-1)*100), _r((high('IXIC','2024-03-01')/close('IXIC','2024-02-23')-1)*100)]",
  verdict="unverifiable", rule="mid-session figure inside the session's range", basis="midday", window="week",
  note="Week-to-date range over the session; at the close +1.74%.")
C("on pace for their seventh positive week", "SPX, IXIC", "weekly_gains_count", 7, "weeks", D, None, verdict="not_checkable",
  rule="'on pace' statement", note="For reference both indexes did finish the week higher.")
C("down 0.2%", "DJI", "week_pct_change_midday", -0.2, "%", D,
  "[_r((low('DJI','2024-03-01')/close('DJI','2024-02-23')-1)*100), _r((high('DJI','2024-03-01')/close('DJI','2024-02-23')-1)*100)]",
  verdict="unverifiable", rule="mid-session figure inside the session's range", basis="midday", window="week",
  note="Week-to-date range over the session; at the close -0.11%.")
C("4.20%", "US10Y", "yield_intraday", 4.20, "%", D, "value('US10Y','2024-03-01')", verdict="unverifiable", rule="intraday yields are unverifiable",
  basis="midday", note="FRED end-of-day 4.19.")
C("Thursday's 4.24%", "US10Y", "yield", 4.24, "%", "2024-02-29", "value('US10Y','2024-02-29')", "yield", 2, basis="end of day")

# ---------------------------------------------------------------- 13
passage("ap_20130817_dow_worst_week_of_2013", "spokesman.com", "http://www.spokesman.com/stories/2013/aug/17/dow-slips-to-worst-week-of-2013/",
        "Associated Press (Ken Sweet), in The Spokesman-Review", "2013-08-17", "exact",
        "Date in the URL (Saturday paper); the text is about Friday 2013-08-16 and the week ending that day.",
        "Dow slips to worst week of 2013. By Ken Sweet, Associated Press. NEW YORK - Stocks fell Friday, closing out the "
        "worst week of the year for the Dow Jones industrial average. Retailers and companies sensitive to higher interest "
        "rates pulled the market down, while homebuilders and banks were among the better performers. The chance that the "
        "Federal Reserve scales back its bond purchases in September has rattled the bond market. The yield on the "
        "benchmark 10-year Treasury note rose to 2.83 percent, its highest level since July 2011; a week ago it was 2.58 "
        "percent. The Dow has fallen 3.7 percent from its all-time high of 15,658.36 two weeks ago. Even so, the blue-chip "
        "index is up 15 percent this year, while the S&P 500 has climbed 16 percent.")
D = "2013-08-16"
C("Stocks fell Friday", "DJI, SPX", "pct_change_sign", "<0", "%", D, "[pct('DJI','2013-08-16'), pct('SPX','2013-08-16'), pct('IXIC','2013-08-16')]",
  verdict="supported", rule="direction of the daily change", note="Dow -0.20%, S&P 500 -0.33%, Nasdaq -0.08%.")
C("worst week of the year", "DJI", "worst_week_rank_ytd", 1, "rank", D, "worst_week_rank_in_year('DJI','2013-08-16')", "count", 0,
  window="week", note="Week -2.23% (Friday close to Friday close), the worst of the 2013 weeks to date.")
C("rose to 2.83 percent", "US10Y", "yield", 2.83, "%", D, "value('US10Y','2013-08-16')", "yield", 2, basis="end of day", note="FRED DGS10 2.84.")
C("highest level since July 2011", "US10Y", "highest_since", "2011-07", "month", D, "last_close_as_high('US10Y','2013-08-16')",
  verdict="supported", rule="highest since X: X is the last day with a value at least as high", basis="end of day")
C("2.58", "US10Y", "yield", 2.58, "%", "2013-08-09", "value('US10Y','2013-08-09')", "yield", 2, basis="end of day", note="FRED DGS10 2.57.")
C("fallen 3.7 percent", "DJI", "pct_from_ath", 3.7, "%", D, "-pct_from_record('DJI','2013-08-16')", "pct", 1)
C("15,658.36", "DJI", "record_close", 15658.36, "index points", "2013-08-02", "record_close_before('DJI','2013-08-16')", "level", 2)
C("two weeks ago", "DJI", "record_close_date", "2013-08-02", "date", D, "record_close_date('DJI','2013-08-16')", verdict="supported",
  rule="records: the record close was two weeks earlier (Friday 2013-08-02)")
C("up 15 percent this year", "DJI", "ytd_pct_change", 15, "%", D, "ytd_pct('DJI','2013-08-16')", "pct", 0, window="YTD")
C("climbed 16 percent", "SPX", "ytd_pct_change", 16, "%", D, "ytd_pct('SPX','2013-08-16')", "pct", 0, window="YTD")

# ---------------------------------------------------------------- 14
passage("buzzline_20260216_presidents_day_friday_close", "buzzline.in", "https://buzzline.in/stock-market-holiday-is-the-us-market-open-or-closed-today-on-presidents-day",
        "Buzzline (figures from Reuters)", "2026-02-16", "high",
        "Undated holiday explainer for Monday, February 16 (Presidents' Day 2026); the 'Friday' figures are the 2026-02-13 session.",
        "Stock market holiday: U.S. stock markets are shut on Monday, February 16, for Presidents' Day, so the S&P 500, the "
        "Dow Jones Industrial Average and the Nasdaq Composite will not trade; regular trading resumes Tuesday, February 17. "
        "On Friday, the S&P 500 ended marginally higher, supported by softer inflation data, while the Nasdaq closed lower "
        "as big technology and communication services stocks weakened on worries about disruption from artificial "
        "intelligence. All three major indices posted weekly declines. The Dow Jones Industrial Average rose 48.95 points, "
        "or 0.10%, to 49,500.93. The S&P 500 gained 3.41 points, or 0.05%, to 6,836.17, while the Nasdaq Composite fell "
        "50.48 points, or 0.22%, to 22,546.67. For the week, the S&P 500 dropped 1.39% and the Nasdaq slid 2.1%.")
D = "2026-02-13"
C("shut on Monday, February 16", "SPX, DJI, IXIC", "market_closed", True, "flag", "2026-02-16",
  "[has_row('SPX','2026-02-16'), has_row('DJI','2026-02-16'), has_row('IXIC','2026-02-16'), weekday('2026-02-16')]",
  verdict="supported", rule="no session in the files on that date", note="No rows on 2026-02-16 in any index file; it was a Monday.")
C("resumes Tuesday, February 17", "SPX", "next_session", "2026-02-17", "date", "2026-02-17", "[has_row('SPX','2026-02-17'), weekday('2026-02-17')]",
  verdict="supported", rule="next session in the files")
C("All three major indices posted weekly declines", "DJI, SPX, IXIC", "week_pct_change_sign", "<0", "%", D,
  "[wk_pct('DJI','2026-02-13'), wk_pct('SPX','2026-02-13'), wk_pct('IXIC','2026-02-13')]", verdict="supported", rule="direction of weekly changes", window="week",
  note="Dow -1.23%, S&P 500 -1.39%, Nasdaq -2.10% (Dow rows from a single source after 2025-07-11).")
C("48.95 points", "DJI", "change", 48.95, "points", D, "chg('DJI','2026-02-13')", "points", 2)
C("or 0.10%, to", "DJI", "pct_change", 0.10, "%", D, "pct('DJI','2026-02-13')", "pct", 2)
C("49,500.93", "DJI", "close", 49500.93, "index points", D, "close('DJI','2026-02-13')", "level", 2)
C("3.41 points", "SPX", "change", 3.41, "points", D, "chg('SPX','2026-02-13')", "points", 2)
C("or 0.05%", "SPX", "pct_change", 0.05, "%", D, "pct('SPX','2026-02-13')", "pct", 2)
C("6,836.17", "SPX", "close", 6836.17, "index points", D, "close('SPX','2026-02-13')", "level", 2)
C("50.48 points", "IXIC", "change", -50.48, "points", D, "chg('IXIC','2026-02-13')", "points", 2)
C("or 0.22%", "IXIC", "pct_change", -0.22, "%", D, "pct('IXIC','2026-02-13')", "pct", 2)
C("22,546.67", "IXIC", "close", 22546.67, "index points", D, "close('IXIC','2026-02-13')", "level", 2)
C("dropped 1.39%", "SPX", "week_pct_change", -1.39, "%", D, "wk_pct('SPX','2026-02-13')", "pct", 2, window="week")
C("slid 2.1%", "IXIC", "week_pct_change", -2.1, "%", D, "wk_pct('IXIC','2026-02-13')", "pct", 1, window="week")

# ---------------------------------------------------------------- 15
passage("centerpoint_20160328_market_week_good_friday", "centerpointadvisory.com", "https://centerpointadvisory.com/market-week-march-28-2016-2",
        "Centerpoint Advisory (syndicated 'Market Week' client newsletter)", "2016-03-28", "exact",
        "Date in the URL. 'As of 3/25' is Good Friday 2016, when U.S. stock markets were closed: the 'As of' column holds the 2016-03-24 closes and the prior-week column the 2016-03-18 closes.",
        "The Markets (as of market close March 25, 2016). After five consecutive weeks of gains, stocks cooled, with each of "
        "the major indexes listed here sliding into negative territory by the close of last week. With the latest downturn, "
        "only the Dow is ahead of its 2015 year-end closing value. Several of the markets were closed for Good Friday.\n"
        "Market/Index | 2015 Close | Prior Week | As of 3/25 | Weekly Change | YTD Change\n"
        "DJIA | 17425.03 | 17602.30 | 17515.73 | -0.49% | 0.52%\n"
        "Nasdaq | 5007.41 | 4795.65 | 4773.50 | -0.46% | -4.67%\n"
        "S&P 500 | 2043.94 | 2049.58 | 2035.94 | -0.67% | -0.39%\n"
        "Russell 2000 | 1135.89 | 1101.67 | 1079.54 | -2.01% | -4.96%\n"
        "10-year Treasuries | 2.26% | 1.98% | 1.90% | -8 bps | -36 bps\n"
        "Chart reflects price changes, not total return.")
D = "2016-03-24"
C("After five consecutive weeks of gains", "DJI, IXIC, SPX, RUT", "weekly_up_streak_before", 5, "weeks", "2016-03-18",
  "[week_streak(t,'2016-03-18') for t in ['DJI','IXIC','SPX','RUT']]", verdict="supported", rule="streaks of weekly closes",
  note="All four indexes rose in each of the five weeks ending 2016-03-18.")
C("each of the major indexes listed here sliding into negative territory", "DJI, IXIC, SPX, RUT", "week_pct_change_sign", "<0", "%", D,
  "[wk_pct(t,'2016-03-24') for t in ['DJI','IXIC','SPX','RUT']]", verdict="supported", rule="direction of weekly changes", window="week",
  note="Week of 2016-03-21 to 2016-03-24 (four sessions); 'negative territory' read as the weekly change. The Global Dow is not in the files.")
C("only the Dow is ahead of its 2015 year-end closing value", "DJI", "only_index_up_ytd", True, "flag", D,
  "[ytd_pct(t,'2016-03-24') for t in ['DJI','IXIC','SPX','RUT']]", verdict="supported", rule="ordering of YTD changes", window="YTD")
C("closed for Good Friday", "SPX", "market_closed", True, "flag", "2016-03-25", "[has_row('SPX','2016-03-25'), has_row('DJI','2016-03-25'), has_row('US10Y','2016-03-25')]",
  verdict="supported", rule="no session in the files on that date", note="No index or DGS10 row on 2016-03-25.")
for tk, row in (("DJI", ("17425.03", "17602.30", "17515.73", "-0.49%", "0.52%")),
                ("IXIC", ("5007.41", "4795.65", "4773.50", "-0.46%", "-4.67%")),
                ("SPX", ("2043.94", "2049.58", "2035.94", "-0.67%", "-0.39%")),
                ("RUT", ("1135.89", "1101.67", "1079.54", "-2.01%", "-4.96%"))):
    C(row[0], tk, "close", float(row[0]), "index points", "2015-12-31", "close('%s','2015-12-31')" % tk, "level", 2, comparison="2015 close")
    C(row[1], tk, "close", float(row[1]), "index points", "2016-03-18", "close('%s','2016-03-18')" % tk, "level", 2, comparison="prior week")
    C(row[2], tk, "close", float(row[2]), "index points", D, "close('%s','2016-03-24')" % tk, "level", 2,
      note="Labelled 'As of 3/25' (Good Friday, no session); this is the 2016-03-24 close.")
    C(row[3], tk, "week_pct_change", float(row[3][:-1]), "%", D, "wk_pct('%s','2016-03-24')" % tk, "pct", 2, window="week")
    C(row[4], tk, "ytd_pct_change", float(row[4][:-1]), "%", D, "ytd_pct('%s','2016-03-24')" % tk, "pct", 2, window="YTD")
C("2.26%", "US10Y", "yield", 2.26, "%", "2015-12-31", "value('US10Y','2015-12-31')", "yield", 2, basis="end of day", note="FRED DGS10 2.27.")
C("1.98%", "US10Y", "yield", 1.98, "%", "2016-03-18", "value('US10Y','2016-03-18')", "yield", 2, basis="end of day",
  note="FRED DGS10 was 1.88 on 2016-03-18; 1.98 matches no nearby day (1.94 on 2016-03-21, 1.95 on 2016-03-22).")
C("-8 bps", "US10Y", "week_change", -8, "bp", D, "bps('US10Y','2016-03-18','2016-03-24')", verdict="contradicted",
  rule="wrong direction: FRED gives a weekly rise",
  note="1.90 - 1.98 = -8 on the table's own levels, but the 1.98 starting level is itself off (1.88); FRED DGS10 rose 3 bp (1.88 to 1.91). The arithmetic rule is applied only when the stated levels are within tolerance.")
C("-36 bps", "US10Y", "ytd_change", -36, "bp", D, "bps('US10Y','2015-12-31','2016-03-24')", "bps", 0, window="YTD")
C("1.90%", "US10Y", "yield", 1.90, "%", D, "value('US10Y','2016-03-24')", "yield", 2, basis="end of day", note="FRED DGS10 1.91 on 2016-03-24.")
