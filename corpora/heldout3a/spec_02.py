from spec_common import *  # noqa: F401,F403
PASSAGES = []

# 7 ---------------------------------------------------------------------------------------------
D = "2010-07-09"
PASSAGES.append(dict(
    id="cnbc_20100709_best_week_since_july_2009",
    source={"site": "cnbc.com", "url": "https://www.cnbc.com/id/38172737", "original_outlet": "CNBC (By the Numbers)"},
    published="2010-07-09", published_confidence="high",
    published_note="inferred: Friday weekly wrap of the holiday-shortened week after July 4; Wednesday's Dow close 10,018.28 and S&P 1060.27 are those of 2010-07-07.",
    text=("US Stocks Post Biggest Weekly Gain of 2010. The Dow ended the week up 511.24, or 5.28%, its best weekly percentage gain since "
          "July 17, 2009, and its biggest gain for a four-day week since January 2, 2009, when it rose 6.1% in that short week. On "
          "Wednesday the Dow closed up 274.66 points, or 2.82%, at 10,018.28, its biggest one-day percentage gain since May 27, when it "
          "rose 2.85%. The Dow has closed above 10K after a close below 10K only 32 times since inception, and only 4 times in 2010 "
          "(2/9, 5/27, 6/10 and 7/7). This year the Dow has settled above 10K about 92% of the time, or 119 trading days out of 130. "
          "On Friday it rose for a 4th straight day to settle at 10197.72; it has had winning streaks of 4 days or more 8 times this "
          "year. The Dow is now 1007.31 points, or 9%, below its 2010 closing high of 11,205.03 from April 26. The S&P 500 ended the "
          "week up 55.35, or 5.41%, its best week since July 17, 2009, when it rose 6.97%."),
    claims=[
        C("DJI", "weekly_point_change", 511.24, "index_points", D, "points('DJI','2010-07-02','2010-07-09')", "imprecise", R_2DP + IMP,
          "File: 10198.03 - 9686.48 = 511.55; the text's figure uses a Friday close of 10197.72 (0.31 lower, a preliminary print).", "511.24", window="week"),
        C("DJI", "weekly_pct_change", 5.28, "percent", D, "weekly_returns('DJI').loc['2010-07-09']", "supported", R_2DP, "+5.281%.", "5.28%, its", window="week"),
        C("DJI", "best_week_since", "2009-07-17", "date", D, "last_week_as_big('DJI','2010-07-09')", "supported", R_BIG, "", "best weekly percentage gain since July 17, 2009"),
        C("DJI", "best_short_week_since", "2009-01-02", "date", D, "last_week_as_big('DJI','2010-07-09', sessions=4)", "supported", R_BIG, "Among four-session weeks.", "January 2, 2009"),
        C("DJI", "weekly_pct_change", 6.1, "percent", "2009-01-02", "weekly_returns('DJI').loc['2009-01-02']", "supported", R_1DP, "+6.10%.", "6.1%"),
        C("DJI", "daily_point_change", 274.66, "index_points", "2010-07-07", "point_change('DJI','2010-07-07')", "supported", R_2DP, "", "274.66"),
        C("DJI", "daily_pct_change", 2.82, "percent", "2010-07-07", "pct_change('DJI','2010-07-07')", "supported", R_2DP, "+2.819%.", "2.82%"),
        C("DJI", "close_level", 10018.28, "index_points", "2010-07-07", "close('DJI','2010-07-07')", "supported", R_LVL, "", "10,018.28"),
        C("DJI", "biggest_gain_since", "2010-05-27", "date", "2010-07-07", "last_move_as_big('DJI','2010-07-07', down=False)", "supported", R_BIG, "", "since May 27"),
        C("DJI", "daily_pct_change", 2.85, "percent", "2010-05-27", "pct_change('DJI','2010-05-27')", "supported", R_2DP, "+2.853%.", "2.85%"),
        C("DJI", "crossings_above_10000", 32, "count", D, "crossings_above('DJI', 10000, '2010-07-09')", "imprecise", R_COUNT + IMP,
          "The file (which covers every Dow close above 10,000, first reached in 1999) has 33 closes above 10,000 after a close below it up to 2010-07-09, including 7/7.", "only 32 times since inception", dec=0),
        C("DJI", "crossings_above_10000_ytd", 4, "count", D, "crossings_above('DJI', 10000, '2010-07-09', start='2010-01-01')", "supported", R_COUNT, "2/9, 5/27, 6/10, 7/7.", "only 4 times in 2010", dec=0),
        C("DJI", "share_of_days_above_10000", 92, "percent", D, "days_above('DJI', 10000, '2010-01-01', '2010-07-09')[0] / days_above('DJI', 10000, '2010-01-01', '2010-07-09')[1] * 100", "supported", R_ABOUT, "119/130 = 91.5%.", "about 92%", qualifier="about"),
        C("DJI", "days_above_10000", [119, 130], "count", D, "days_above('DJI', 10000, '2010-01-01', '2010-07-09')", "supported", R_COUNT, "", "119 trading days out of 130"),
        C("DJI", "win_streak_days", 4, "sessions", D, "streak('DJI','2010-07-09')", "supported", R_COUNT, "", "4th straight day", dec=0),
        C("DJI", "close_level", 10197.72, "index_points", D, "close('DJI','2010-07-09')", "imprecise", R_LVL + IMP, "File close 10198.03 (0.31 higher; 0.003%).", "10197.72"),
        C("DJI", "streaks_of_4_days_ytd", 8, "count", D, "streaks_reaching('DJI','2010-01-01','2010-07-09',4)", "supported", R_COUNT, "", "8 times this year", dec=0),
        C("DJI", "points_below_ytd_high", -1007.31, "index_points", D, "close('DJI','2010-07-09') - high_of('DJI','2010-01-01','2010-07-09')[1]", "imprecise", R_2DP + IMP,
          "File: 10198.03 - 11205.03 = -1007.00; the text uses 10197.72.", "1007.31 points"),
        C("DJI", "pct_below_ytd_high", -9, "percent", D, "ret('DJI','2010-04-26','2010-07-09')", "supported", R_INT, "-8.99%.", "or 9%, below"),
        C("DJI", "ytd_high_close", 11205.03, "index_points", "2010-04-26", "high_of('DJI','2010-01-01','2010-07-09')", "supported", R_LVL, "", "11,205.03"),
        C("SPX", "weekly_point_change", 55.35, "index_points", D, "points('GSPC','2010-07-02','2010-07-09')", "imprecise", R_2DP + IMP, "File: 1077.96 - 1022.58 = 55.38 (0.03 off).", "55.35"),
        C("SPX", "weekly_pct_change", 5.41, "percent", D, "weekly_returns('GSPC').loc['2010-07-09']", "supported", R_2DP, "+5.416%.", "5.41%"),
        C("SPX", "best_week_since", "2009-07-17", "date", D, "last_week_as_big('GSPC','2010-07-09')", "supported", R_BIG, "", "best week since July 17, 2009"),
        C("SPX", "weekly_pct_change", 6.97, "percent", "2009-07-17", "weekly_returns('GSPC').loc['2009-07-17']", "supported", R_2DP, "+6.967%.", "6.97%"),
    ]))

# 8 ---------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="marketwire_20100928_russell_decade_small_caps",
    source={"site": "marketwired.com", "url": "http://www.marketwired.com/press-release/russell-indexes-small-caps-greatly-outperformed-large-caps-in-past-decade-1326520.htm", "original_outlet": "Russell Investments (press release via Marketwire)"},
    published="2010-09-28", published_confidence="exact",
    published_note="dateline TACOMA, WA, September 28, 2010; figures run from 2000-09-22 to 2010-09-24.",
    text=("TACOMA, Wash., Sept. 28, 2010 - Small-cap stocks have beaten large-cap stocks by 50 percentage points over the 10 years "
          "through September 24, 2010, according to Russell Investments. The small-cap Russell 2000 Index shows a cumulative return of "
          "47.6% for the period, against -2.2% for the large-cap Russell 1000 Index, and the broad Russell 3000 Index shows a slightly "
          "positive 10-year cumulative total return of 0.84% from September 22, 2000 through September 24, 2010. The release lists "
          "the Russell 2000's closing value as 2026 on September 22, 2000 and 2986 on September 24, 2010. Small-cap investments are "
          "subject to considerable price swings and are more volatile than large company stocks."),
    claims=[
        C("RUT_VS_RUSSELL1000", "return_gap", 50, "percentage_points", "2010-09-24", None, "unverifiable", R_U_TR,
          "Total returns of the Russell 1000 are not in the files. For reference, the price Russell 2000 rose 29.3% and the S&P 500 fell 20.7% from 2000-09-22 to 2010-09-24.", "50 percentage points", window="2000-09-22 to 2010-09-24"),
        C("RUT", "cumulative_total_return", 47.6, "percent", "2010-09-24", "ret('RUT','2000-09-22','2010-09-24')", "unverifiable", R_U_TR,
          "Russell's figure is a total return; the file's price index gives +29.33% (518.82 -> 671.01), the difference being ten years of dividends. Not judged.", "47.6%", window="2000-09-22 to 2010-09-24"),
        C("RUSSELL1000", "cumulative_total_return", -2.2, "percent", "2010-09-24", None, "unverifiable", R_U_TR, "The Russell 1000 is not in the files.", "-2.2%"),
        C("RUSSELL3000", "cumulative_total_return", 0.84, "percent", "2010-09-24", None, "unverifiable", R_U_TR, "The Russell 3000 is not in the files.", "0.84%"),
        C("RUT_TR", "index_value", [2026, 2986], "index_points", "2010-09-24", "[close('RUT','2000-09-22'), close('RUT','2010-09-24')]", "unverifiable", R_U_TR,
          "These are total-return index values (ratio 1.474, i.e. +47.4%, close to the stated 47.6%); the price index closed at 518.82 and 671.01.", "2986"),
    ]))

# 9 ---------------------------------------------------------------------------------------------
D = "2011-08-04"
PASSAGES.append(dict(
    id="bloombergview_20110804_vix_highest_in_a_year",
    source={"site": "bloombergview.com", "url": "http://www.bloombergview.com/articles/2011-08-04/volatility-index-forewarned-market-turmoil-the-ticker", "original_outlet": "Bloomberg View (The Ticker)"},
    published="2011-08-04", published_confidence="exact", published_note="date in the URL; written after Thursday's close.",
    text=("By James Greiff. Signs of panic were everywhere today. Stock markets plunged in the U.S. and in Europe, and the flight to "
          "safety sent cash pouring into U.S. Treasuries, pushing yields to levels last seen in the 1950s on worry that the two-year "
          "recovery in the world's largest economy is stalling. Italian and Spanish bond yields, by contrast, climbed to record levels "
          "as Europe's two-week-old deal to contain the Greek debt crisis seemed to unravel. One of the best gauges of fear, the "
          "Chicago Board Options Exchange Volatility Index, or VIX, soared to its highest in at least a year, closing at 31.66, a 35 "
          "percent gain. The last time the index reached this level was in early July 2010, when the first phase of the Greek crisis "
          "was still rattling markets."),
    claims=[
        C("US_TREASURY", "yield_lowest_since", "1950s", "text", D, "level_since(rate('DGS10'), '2011-08-04', rate_on('DGS10','2011-08-04'), above=False)", "unverifiable", R_U_NOFILE,
          "Maturity not stated. The 10-year yield (2.47% on 2011-08-04) was last that low on 2010-10-13, so the claim cannot be about it; short-dated bills and the 2-year history in the files start too late (DGS2 from 1976) to test a 1950s comparison.", "levels last seen in the 1950s"),
        C("ITALY_SPAIN_10Y", "record_yield", True, "flag", D, None, "unverifiable", R_U_NOFILE, "European bond yields are not in the files.", "climbed to record levels"),
        C("VIX", "highest_since", "at least a year", "text", D, "highest_since('VIX','2011-08-04')", "supported", R_SINCE, "Last close at or above 31.66: 2010-07-01 (32.86), 13 months earlier.", "highest in at least a year", qualifier="at least"),
        C("VIX", "close_level", 31.66, "index_points", D, "close('VIX','2011-08-04')", "supported", R_LVL, "", "closing at 31.66"),
        C("VIX", "daily_pct_change", 35, "percent", D, "pct_change('VIX','2011-08-04')", "supported", R_INT, "23.38 -> 31.66: +35.42%.", "a 35 percent gain"),
        C("VIX", "last_at_level", "2010-07", "month", D, "highest_since('VIX','2011-08-04')", "supported", R_SINCE, "2010-07-01.", "early July 2010"),
    ]))

# 10 --------------------------------------------------------------------------------------------
D = "2012-05-01"
PASSAGES.append(dict(
    id="alipac_20120501_bloomberg_dow_highest_since_2007",
    source={"site": "alipac.us", "url": "https://www.alipac.us/f19/dow-average-rallies-highest-since-2007-manufacturing-data-256503/", "original_outlet": "Bloomberg News"},
    published="2012-05-01", published_confidence="exact", published_note="forum repost of a Bloomberg wrap dated Tuesday, May 1, 2012.",
    text=("May 1 (Bloomberg) -- U.S. stocks rose, lifting the Dow Jones Industrial Average to its highest level since December 2007, "
          "after a better-than-forecast manufacturing report bolstered optimism about the world's largest economy. JPMorgan Chase, "
          "Intel and Alcoa climbed at least 1.8 percent. Stocks pared gains after Apple reversed an earlier advance. The Standard & "
          "Poor's 500 Index advanced 0.6 percent to 1,405.82 at 4 p.m. New York time, its highest level since April 3. The Dow added "
          "65.69 points, or 0.5 percent, to 13,279.32. The Russell 2000 Index of small companies slipped 0.1 percent to 815.89. About "
          "6.7 billion shares changed hands on U.S. exchanges, roughly in line with the three-month average. Manufacturing "
          "unexpectedly expanded in April at the fastest pace in 10 months."),
    claims=[
        C("DJI", "highest_since", "2007-12", "month", D, "highest_since('DJI','2012-05-01')", "supported", R_SINCE, "Last close at or above 13279.32: 2007-12-28 (13365.87).", "highest level since December 2007"),
        C("STOCKS", "pct_change_min", 1.8, "percent", D, None, "unverifiable", R_U_NOFILE, "Single-stock prices are not in the files.", "at least 1.8 percent", qualifier="at least"),
        C("SPX", "daily_pct_change", 0.6, "percent", D, "pct_change('GSPC','2012-05-01')", "supported", R_1DP, "+0.566%.", "0.6 percent to"),
        C("SPX", "close_level", 1405.82, "index_points", D, "close('GSPC','2012-05-01')", "supported", R_LVL, "The 4 p.m. print equals the file's close.", "1,405.82", basis="4 p.m. print"),
        C("SPX", "highest_since", "2012-04-03", "date", D, "highest_since('GSPC','2012-05-01')", "supported", R_SINCE, "", "highest level since April 3"),
        C("DJI", "daily_point_change", 65.69, "index_points", D, "point_change('DJI','2012-05-01')", "supported", R_2DP, "", "65.69"),
        C("DJI", "daily_pct_change", 0.5, "percent", D, "pct_change('DJI','2012-05-01')", "supported", R_1DP, "+0.497%.", "0.5 percent"),
        C("DJI", "close_level", 13279.32, "index_points", D, "close('DJI','2012-05-01')", "supported", R_LVL, "", "13,279.32"),
        C("RUT", "daily_pct_change", -0.1, "percent", D, "pct_change('RUT','2012-05-01')", "supported", R_1DP, "-0.121%.", "0.1 percent to 815.89"),
        C("RUT", "close_level", 815.89, "index_points", D, "close('RUT','2012-05-01')", "supported", R_LVL, "", "815.89"),
        C("US_VOLUME", "shares_traded", 6.7, "billions", D, None, "unverifiable", R_U_NOFILE, "Consolidated volume is not in the files.", "6.7 billion shares"),
        C("US_ISM", "fastest_growth_months", 10, "months", D, None, "unverifiable", R_U_NOFILE, "ISM data are not in the files.", "fastest pace in 10 months"),
    ]))

# 11 --------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="seekingalpha_20121221_small_caps_catch_up",
    source={"site": "seekingalpha.com", "url": "http://seekingalpha.com/article/1077671-small-caps-catch-up", "original_outlet": "Seeking Alpha (contributor repost)"},
    published="2012-12-21", published_confidence="medium",
    published_note="inferred: the page has no date. The Russell 2000 closed ahead of the S&P 500 year to date from 2012-12-19; the quoted YTD figures (14.20% vs 13.75%) match no close but lie inside both indexes' ranges on Friday 2012-12-21, and the since-2009 figures fit that day. The as-of time is not stated.",
    text=("Small Caps Catch Up. For much of 2012 small-cap stocks trailed large caps, but a surge over the last few days has lifted the "
          "Russell 2,000 above the S&P 500 on a year-to-date basis. At the market's post-election low on November 15th, the Russell "
          "2,000 was up just half as much as the S&P 500. The rally over the last month now has the Russell 2,000 up 14.20% versus a "
          "13.75% gain for the S&P 500. Since the bull market began on March 9th, 2009, the Russell 2,000 is up 146% versus the S&P "
          "500's gain of 111%."),
    claims=[
        C("RUT_VS_SPX", "ytd_lead", True, "flag", "2012-12-21", "[round(ytd('RUT','2012-12-21'), 2), round(ytd('GSPC','2012-12-21'), 2)]", "supported", R_ARITH,
          "Russell ahead of the S&P 500 YTD at every close from 2012-12-19 on (12/21: 14.44% vs 13.72%).", "above the S&P 500 on a year-to-date basis"),
        C("SPX", "post_election_low_date", "2012-11-15", "date", "2012-11-15", "low_of('GSPC','2012-11-07','2012-12-21')", "supported", R_DATE, "Lowest close after the 2012-11-06 election: 1353.33 on 2012-11-15.", "post-election low on November 15th"),
        C("RUT_VS_SPX", "ytd_ratio", 0.5, "ratio", "2012-11-15", "ytd('RUT','2012-11-15') / ytd('GSPC','2012-11-15')", "supported", R_ABOUT, "YTD on 2012-11-15: Russell +3.85%, S&P +7.61%: ratio 0.51.", "up just half as much"),
        C("RUT", "ytd_pct_change", 14.20, "percent", "2012-12-21", "session_range_pct_vs('RUT','2012-12-21','2011-12-30')", "unverifiable", R_U_WIN,
          "No close reproduces it (12/20 15.06, 12/21 14.44, 12/24 14.01); it lies inside the 2012-12-21 session range (13.68 to 14.53).", "14.20%", window="YTD", basis="unstated (mid-session)"),
        C("SPX", "ytd_pct_change", 13.75, "percent", "2012-12-21", "session_range_pct_vs('GSPC','2012-12-21','2011-12-30')", "unverifiable", R_U_WIN,
          "Closes 12/20 14.80, 12/21 13.72, 12/24 13.44; inside the 2012-12-21 range (13.12 to 14.80).", "13.75%", window="YTD", basis="unstated (mid-session)"),
        C("RUT", "pct_change_since_low", 146, "percent", "2012-12-21", "ret('RUT','2009-03-09','2012-12-21')", "unverifiable", R_U_WIN,
          "+147.02% at the 12/21 close, +146.1% at 12/24; with the as-of time unstated this cannot be pinned to a close.", "up 146%", window="since 2009-03-09"),
        C("SPX", "pct_change_since_low", 111, "percent", "2012-12-21", "ret('GSPC','2009-03-09','2012-12-21')", "unverifiable", R_U_WIN,
          "+111.39% at the 12/21 close (110.9% at 12/24): consistent, but the as-of time is unstated.", "gain of 111%", window="since 2009-03-09"),
    ]))

# 12 --------------------------------------------------------------------------------------------
D = "2013-02-01"
PASSAGES.append(dict(
    id="inquisitr_20130201_dow_closes_over_14000",
    source={"site": "inquisitr.com", "url": "https://www.inquisitr.com/505814/the-dow-jones-closes-over-14000-for-first-time-since-2007/", "original_outlet": "Inquisitr (citing USA Today and NPR)"},
    published="2013-02-01", published_confidence="high", published_note="inferred: a Friday piece on the January jobs report, released 2013-02-01; the close 14,009.79 is that day's.",
    text=("The Dow Jones closed above 14,000 points for the first time since 2007 after the January jobs report showed 157,000 jobs "
          "added last month, helping the market reach a big milestone. Traders on the floor cheered as the Dow finished at 14,009.79, "
          "up 149.21 points from when it opened Friday morning. That close is just 150 points from the Dow's all-time closing high, "
          "set on October 9, 2007, before the financial meltdown and the recession pushed stocks much lower. The Nasdaq composite and "
          "the S&P 500 also closed higher, and all three indexes posted their largest gain since January 2. The Dow touched the 14,000 "
          "mark several times on Friday morning and picked up steam in the afternoon. Economists had expected about 160,000 jobs."),
    claims=[
        C("DJI", "first_close_above_level_since", "2007", "year", D, "level_since(col('DJI'), '2013-02-01', 14000)", "supported", R_SINCE, "Last close at or above 14,000: 2007-10-12.", "for the first time since 2007"),
        C("US_PAYROLLS", "jobs_added", 157000, "jobs", None, None, "unverifiable", R_U_NOFILE, "Payroll data are not in the files.", "157,000 jobs"),
        C("DJI", "close_level", 14009.79, "index_points", D, "close('DJI','2013-02-01')", "supported", R_LVL, "", "14,009.79"),
        C("DJI", "daily_point_change", 149.21, "index_points", D, "[round(point_change('DJI','2013-02-01'), 2), round(close('DJI','2013-02-01') - close('DJI','2013-02-01','open'), 2)]", "supported", R_2DP,
          "'From when it opened' is loose wording for the daily change (+149.21 vs Thursday's close 13860.58); the file's open equals that close, so both readings give 149.21.", "up 149.21 points"),
        C("DJI", "points_below_record", 150, "index_points", D, "record_before('DJI','2013-02-01')[1] - close('DJI','2013-02-01')", "imprecise", R_INT + IMP,
          "14164.53 - 14009.79 = 154.74; 'just 150' understates it by 4.74 points (3%).", "just 150 points"),
        C("DJI", "record_close_date", "2007-10-09", "date", D, "record_before('DJI','2013-02-01')", "supported", R_DATE, "", "October 9, 2007"),
        C("DJI,SPX,IXIC", "biggest_gain_since", "2013-01-02", "date", D, "[last_move_as_big(t, '2013-02-01', down=False) for t in ('DJI','GSPC','IXIC')]", "supported", R_BIG, "Dow +1.08%, S&P +1.01%, Nasdaq +1.18%.", "largest gain since January 2"),
        C("DJI", "intraday_touch_level", 14000, "index_points", D, "close('DJI','2013-02-01','high')", "supported", "session high >= level", "High 14019.78; the times of day are not checkable.", "touched the 14,000", basis="intraday high"),
        C("US_PAYROLLS", "jobs_expected", 160000, "jobs", None, None, "unverifiable", R_U_NOFILE, "Forecast surveys are not in the files.", "about 160,000 jobs", qualifier="about"),
    ]))

# 13 --------------------------------------------------------------------------------------------
D = "2013-05-10"
PASSAGES.append(dict(
    id="inquirer_20130511_small_was_beautiful",
    source={"site": "inquirer.com", "url": "https://www.inquirer.com/philly/business/20130511_Stocks_end_week_of_overall_gains.html", "original_outlet": "Associated Press (Philadelphia Inquirer)"},
    published="2013-05-11", published_confidence="exact", published_note="date in the URL (Saturday paper); the session is Friday 2013-05-10 and the week 5/6-5/10.",
    text=("NEW YORK - Small was beautiful this week. The Dow Jones industrial average closed above 15,000 for the first time Tuesday and "
          "stayed above that milestone for the next three days, but an index of small-company stocks put the blue-chip gauge to shame. "
          "The Russell 2000 finished the week up 2.2 percent, more than double the Dow's gain. Small stocks stand a better chance of "
          "surging than global companies if the U.S. economy keeps outpacing Europe and Asia. \"GDP growth was 2.5 percent in the "
          "first quarter - not spectacular, but better than Europe,\" said a JPMorgan Funds strategist. On Friday the Dow rose 35.87 "
          "points to 15,118.49 after swinging between gains and losses most of the day. That gain of 0.2 percent was topped by the 0.9 "
          "percent advance in the Russell 2000, which rose 8.90 points to 975.16. Both indexes, and the Standard & Poor's 500, closed "
          "at record highs. All three rose for a third straight week."),
    claims=[
        C("DJI", "first_close_above_level", "2013-05-07", "date", D, "first_at_or_above(col('DJI'), 15000)", "supported", R_DATE, "Tuesday 2013-05-07 close 15056.20.", "closed above 15,000 for the first time Tuesday"),
        C("DJI", "closes_above_level_after", 3, "sessions", D, "days_above('DJI', 15000, '2013-05-08', '2013-05-10')", "supported", R_COUNT, "5/8 15105.12, 5/9 15082.62, 5/10 15118.49.", "stayed above that milestone for the next three days"),
        C("RUT", "weekly_pct_change", 2.2, "percent", D, "weekly_returns('RUT').loc['2013-05-10']", "supported", R_1DP, "+2.17%.", "up 2.2 percent", window="week"),
        C("RUT_VS_DJI", "weekly_gain_ratio", 2, "ratio", D, "weekly_returns('RUT').loc['2013-05-10'] / weekly_returns('DJI').loc['2013-05-10']", "supported", R_MORE, "2.17% vs Dow 0.97%: 2.25 times.", "more than double the Dow's gain", qualifier="more than", window="week"),
        C("US_GDP", "q1_growth", 2.5, "percent", None, None, "unverifiable", R_U_NOFILE, "GDP is not in the files (quoted figure).", "GDP growth was 2.5 percent"),
        C("DJI", "daily_point_change", 35.87, "index_points", D, "point_change('DJI','2013-05-10')", "supported", R_2DP, "", "35.87"),
        C("DJI", "close_level", 15118.49, "index_points", D, "close('DJI','2013-05-10')", "supported", R_LVL, "", "15,118.49"),
        C("DJI", "daily_pct_change", 0.2, "percent", D, "pct_change('DJI','2013-05-10')", "supported", R_1DP, "+0.238%.", "0.2 percent"),
        C("RUT", "daily_pct_change", 0.9, "percent", D, "pct_change('RUT','2013-05-10')", "supported", R_1DP, "+0.921%.", "0.9\npercent".replace("\n", " ")),
        C("RUT", "daily_point_change", 8.90, "index_points", D, "point_change('RUT','2013-05-10')", "supported", R_2DP, "", "8.90 points"),
        C("RUT", "close_level", 975.16, "index_points", D, "close('RUT','2013-05-10')", "supported", R_LVL, "", "975.16"),
        C("DJI,RUT,SPX", "record_close", True, "flag", D, "[is_record(t, '2013-05-10') for t in ('DJI','RUT','GSPC')]", "supported", R_REC, "", "closed at record highs"),
        C("DJI,RUT,SPX", "weekly_win_streak", 3, "weeks", D, "[consecutive_weeks(t, '2013-05-10') for t in ('DJI','RUT','GSPC')]", "supported", R_COUNT, "", "third straight week", dec=0),
    ]))

# 14 --------------------------------------------------------------------------------------------
D = "2013-05-20"
PASSAGES.append(dict(
    id="denverpost_20130520_russell_tops_1000",
    source={"site": "denverpost.com", "url": "http://www.denverpost.com/business/ci_23286233/small-company-stocks-climb-major-indexes-slip", "original_outlet": "Associated Press (The Denver Post)"},
    published="2013-05-20", published_confidence="high", published_note="inferred: a Monday close story; the figures are those of Monday 2013-05-20, the first session the Russell 2000 traded above 1,000.",
    text=("NEW YORK - Small-company stocks brightened a quiet start to the week on Wall Street. The Russell 2000 climbed above 1,000 "
          "points for the first time and finished higher Monday, even as the Dow Jones industrial average, the Standard & Poor's 500 "
          "and the Nasdaq composite all edged lower. \"Having smaller stocks hit new highs means that the rally is broad,\" a money "
          "manager said. The Dow and the S&P 500 wavered between small gains and losses and ended slightly below the record levels they "
          "reached Friday. The Russell 2000 rose 1.70 points, or 0.2 percent, to 997.98, after climbing as high as 1,001.50 at midday. "
          "The Dow closed down 19.12 points, or 0.1 percent, at 15,335.28, trimming its gain for the year to 17 percent. The S&P 500 "
          "slipped 1.18 points, or 0.1 percent, to 1,666.29, leaving it up 16.8 percent for the year. The Nasdaq fell 2.53 points, or "
          "0.1 percent, to 3,496.43."),
    claims=[
        C("RUT", "first_trade_above_level", "2013-05-20", "date", D, "first_at_or_above(col('RUT','high'), 1000)", "supported", R_LEVEL_CROSS, "First session whose high reached 1,000.", "climbed above 1,000 points for the first time", basis="intraday high"),
        C("RUT", "daily_direction", "up", "flag", D, "point_change('RUT','2013-05-20') > 0", "supported", R_ARITH, "", "finished higher Monday"),
        C("DJI,SPX,IXIC", "daily_direction", "down", "flag", D, "[point_change(t, '2013-05-20') < 0 for t in ('DJI','GSPC','IXIC')]", "supported", R_ARITH, "", "all edged lower"),
        C("QUOTE", "opinion", None, None, None, None, "not_checkable", R_N, "Quoted opinion.", "the rally is broad"),
        C("DJI,SPX", "record_close", True, "flag", "2013-05-17", "[is_record(t, '2013-05-17') for t in ('DJI','GSPC')]", "supported", R_REC, "Both closed at records on Friday 2013-05-17.", "record levels they reached Friday"),
        C("RUT", "daily_point_change", 1.70, "index_points", D, "point_change('RUT','2013-05-20')", "supported", R_2DP, "", "1.70 points"),
        C("RUT", "daily_pct_change", 0.2, "percent", D, "pct_change('RUT','2013-05-20')", "supported", R_1DP, "+0.171%.", "0.2 percent, to"),
        C("RUT", "close_level", 997.98, "index_points", D, "close('RUT','2013-05-20')", "supported", R_LVL, "", "997.98"),
        C("RUT", "session_high", 1001.50, "index_points", D, "close('RUT','2013-05-20','high')", "supported", R_ASMUCH, "Session high 1001.50; the time of day is not checkable.", "as high as 1,001.50", qualifier="as much as", basis="intraday high"),
        C("DJI", "daily_point_change", -19.12, "index_points", D, "point_change('DJI','2013-05-20')", "supported", R_2DP, "", "19.12 points"),
        C("DJI", "daily_pct_change", -0.1, "percent", D, "pct_change('DJI','2013-05-20')", "supported", R_1DP, "-0.125%.", "0.1 percent, at"),
        C("DJI", "close_level", 15335.28, "index_points", D, "close('DJI','2013-05-20')", "supported", R_LVL, "", "15,335.28"),
        C("DJI", "ytd_pct_change", 17, "percent", D, "ytd('DJI','2013-05-20')", "supported", R_INT, "+17.03%.", "17 percent"),
        C("SPX", "daily_point_change", -1.18, "index_points", D, "point_change('GSPC','2013-05-20')", "supported", R_2DP, "", "1.18 points"),
        C("SPX", "daily_pct_change", -0.1, "percent", D, "pct_change('GSPC','2013-05-20')", "supported", R_1DP, "-0.071%.", "0.1 percent, to 1,666.29"),
        C("SPX", "close_level", 1666.29, "index_points", D, "close('GSPC','2013-05-20')", "supported", R_LVL, "", "1,666.29"),
        C("SPX", "ytd_pct_change", 16.8, "percent", D, "ytd('GSPC','2013-05-20')", "supported", R_1DP, "+16.84%.", "16.8 percent"),
        C("IXIC", "daily_point_change", -2.53, "index_points", D, "point_change('IXIC','2013-05-20')", "supported", R_2DP, "File -2.54 (0.01 off, within tolerance).", "2.53 points"),
        C("IXIC", "daily_pct_change", -0.1, "percent", D, "pct_change('IXIC','2013-05-20')", "supported", R_1DP, "-0.073%.", "0.1 percent, to 3,496.43"),
        C("IXIC", "close_level", 3496.43, "index_points", D, "close('IXIC','2013-05-20')", "supported", R_LVL, "", "3,496.43"),
    ]))

# 15 --------------------------------------------------------------------------------------------
D = "2013-07-12"
PASSAGES.append(dict(
    id="businessinsider_20130716_russell_ytd_returns",
    source={"site": "businessinsider.com.au", "url": "https://www.businessinsider.com.au/15-russell-index-year-to-date-returns-2013-7", "original_outlet": "Business Insider (citing Oppenheimer)"},
    published="2013-07-16", published_confidence="exact",
    published_note="page dated 2013-07-16; the Oppenheimer table ('sixth week in a row') is weekly, so the figures are read at the close of Friday 2013-07-12 (the note gives 7/15).",
    text=("In the U.S., the S&P 500 has been doing great: the index of large-cap stocks is up 19% since the start of the year. The "
          "Russell 2000, the small-cap benchmark, has done even better, rising 22%. But neither compares with the Russell Microcap "
          "Growth Index, up 28%. That index holds tiny companies with a weighted average market cap of $543 million; its average "
          "price-to-book value is a high 3.65, justified by a lofty 10% long-term expected earnings-per-share growth rate. \"The "
          "Russell Microcap Growth Index maintains its number one spot for the sixth week in a row amongst the Russell-style indices "
          "with a gain of 28.29%,\" said Oppenheimer's John Stoltzfus. Higher risk, higher reward."),
    claims=[
        C("SPX", "ytd_pct_change", 19, "percent", D, "[round(ytd('GSPC','2013-07-12'), 2), round(ytd('GSPC','2013-07-15'), 2)]", "imprecise", R_INT + IMP,
          "Price YTD +17.81% at the 7/12 close (+17.97% at 7/15): 1.2 pp short of 19. A total-return reading (dividends added, about +19.3%) would fit, but the text does not say total return.", "up 19%", window="YTD"),
        C("RUT", "ytd_pct_change", 22, "percent", D, "[round(ytd('RUT','2013-07-12'), 2), round(ytd('RUT','2013-07-15'), 2)]", "supported", R_INT,
          "+22.04% at the 7/12 close (at 7/15 +22.84%, which would be imprecise).", "rising 22%", window="YTD"),
        C("RUSSELL_MICROCAP_GROWTH", "ytd_pct_change", 28, "percent", D, None, "unverifiable", R_U_TR, "Not in the files.", "up 28%"),
        C("RUSSELL_MICROCAP_GROWTH", "weighted_avg_market_cap", 543, "usd_millions", None, None, "unverifiable", R_U_NOFILE, "Constituent data are not in the files.", "$543 million"),
        C("RUSSELL_MICROCAP_GROWTH", "price_to_book", 3.65, "ratio", None, None, "unverifiable", R_U_NOFILE, "Valuation data are not in the files.", "3.65"),
        C("RUSSELL_MICROCAP_GROWTH", "expected_eps_growth", 10, "percent", None, None, "forecast", R_F, "An expected growth rate.", "10% long-term expected"),
        C("QUOTE", "rank_weeks", 6, "weeks", None, None, "unverifiable", R_U_NOFILE, "Russell style-index rankings are not in the files.", "sixth week in a row"),
        C("RUSSELL_MICROCAP_GROWTH", "ytd_pct_change", 28.29, "percent", D, None, "unverifiable", R_U_TR, "Not in the files.", "28.29%"),
    ]))

# 16 --------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="famag_200907_small_caps_q2_surge",
    source={"site": "fa-mag.com", "url": "https://www.fa-mag.com/news/small-caps-zoomed-21-in-q2-4254.html?section=3", "original_outlet": "Financial Advisor magazine (Russell Investments figures)"},
    published="2009-07", published_confidence="medium",
    published_note="inferred: a second-quarter 2009 wrap with first-half figures, published in early July 2009; the day is not shown.",
    text=("Small-cap stocks, as measured by the Russell 2000 index, leaped 20.7% in the second quarter, ending a three-quarter losing "
          "streak. That is encouraging, since small caps often lead the way out of a downturn. Technology led the way (31%). Thanks "
          "to the strong quarter, the Russell 2000 was up 2.6% for the first half of the year. Still, the index was down 25% for the "
          "one-year period and down nearly 10% for the three-year period. Russell's chief market strategist for North America said "
          "the gap in first-half returns favoring growth over value widened during the quarter to 14.3% among large caps and 16.5% "
          "among small caps."),
    claims=[
        C("RUT", "quarterly_total_return", 20.7, "percent", "2009-06-30", "quarterly_returns('RUT').loc['2009-06-30']", "unverifiable", R_U_TR,
          "Russell's published index returns are total returns; the price index rose 20.23% (422.75 -> 508.28). Not judged.", "leaped 20.7%", window="Q2 2009"),
        C("RUT", "quarterly_losing_streak", 3, "quarters", "2009-03-31", "[round(v, 2) for v in quarterly_returns('RUT')['2008-06-30':'2009-03-31']]", "supported", R_COUNT,
          "Price quarters: Q2 2008 +0.25%, then Q3 2008 -1.46%, Q4 2008 -26.51%, Q1 2009 -15.36%: three losing quarters before Q2 2009 (total returns give the same signs).", "ending a three-quarter losing", dec=2),
        C("RUT_TECH", "quarterly_return", 31, "percent", "2009-06-30", None, "unverifiable", R_U_NOFILE, "Sector returns are not in the files.", "(31%)"),
        C("RUT", "h1_total_return", 2.6, "percent", "2009-06-30", "ret('RUT','2008-12-31','2009-06-30')", "unverifiable", R_U_TR, "Total return; the price index rose 1.77%.", "up 2.6%", window="H1 2009"),
        C("RUT", "one_year_total_return", -25, "percent", "2009-06-30", "ret('RUT','2008-06-30','2009-06-30')", "unverifiable", R_U_TR, "Total return; price -26.30%.", "down 25%", window="1 year"),
        C("RUT", "three_year_return", -10, "percent", "2009-06-30", "((1 + ret('RUT','2006-06-30','2009-06-30') / 100) ** (1 / 3) - 1) * 100", "unverifiable", R_U_TR,
          "Probably an annualized total return; the price index fell 29.86% over three years, -11.15% a year.", "down nearly 10%", qualifier="nearly", window="3 years"),
        C("RUSSELL_STYLE", "growth_value_gap", 14.3, "percentage_points", None, None, "unverifiable", R_U_NOFILE, "Style indexes are not in the files.", "14.3%"),
        C("RUSSELL_STYLE", "growth_value_gap", 16.5, "percentage_points", None, None, "unverifiable", R_U_NOFILE, "Style indexes are not in the files.", "16.5%"),
    ]))
