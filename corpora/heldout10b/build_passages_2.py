"""Passages 8-14 of the heldout10b corpus (daily and weekly market wraps). Same claim layout as build_passages_1.py."""
from build_passages_1 import P, PASSAGES, INT, D1, D2, LVL, IMP, MID, REC, SINCE, UNV, NC, FC, ABOUT, NEARLY, DATE, MOVE

d = "2020-11-23"
P("ap_20201123_how_indexes_fared_monday", "wtop.com", "https://wtop.com/business-finance/2020/11/how-major-us-stock-indexes-fared-monday-45/",
  "Associated Press", "2020-11-23", "exact", "dated November 23, 2020, 4:47 PM on the page; Monday's close.",
  "How major US stock indexes fared Monday\n\n"
  "Stocks closed higher on Wall Street Monday as more encouraging news on coronavirus vaccines and treatments helped temper worries over rising virus cases and the damage to businesses. "
  "Banks, industrial companies and other businesses beaten down during the pandemic powered the gains, which erased about three-fourths of the S&P 500's losses from last week. "
  "Technology stocks, big winners through much of this year, fell. Treasury yields mostly rose, another sign of optimism among investors.\n\n"
  "On Monday: The S&P 500 rose 20.05 points, or 0.6%, to 3,577.59. The Dow Jones Industrial Average gained 327.79 points, or 1.1%, to 29,591.27. "
  "The Nasdaq composite added 25.66 points, or 0.2%, to 11,880.63. The Russell 2000 index of smaller stocks picked up 32.96 points, or 1.8%, to 1,818.30.\n\n"
  "For the year: The S&P 500 is up 346.81 points, or 10.7%. The Dow is up 1,052.83 points, or 3.7%. The Nasdaq is up 2,908.03 points, or 32.4%. The Russell 2000 is up 149.83 points, or 9%.",
  [
   ("SPX", "share_of_prior_week_loss_recovered", 0.75, "fraction", "about", d, "1d vs week to 2020-11-20", None, "close", "about three-fourths", f"chg('GSPC','{d}') / -pts('GSPC','2020-11-13','2020-11-20')", 3, "supported", ABOUT,
    "Monday's +20.05 against last week's -27.61 (3585.15 -> 3557.54): 72.6%, about three-fourths."),
   ("US10Y", "yield_change_sign", "up", "flag", "mostly", d, "1d", None, "end of day", "Treasury yields mostly rose", f"[bp('DGS10','2020-11-20','{d}'), bp('DGS2','2020-11-20','{d}')]", 1, "supported", "yields: FRED end-of-day",
    "10-year +3 bp (0.83% -> 0.86%); 2-year unchanged."),
   ("SPX", "daily_point_change", 20.05, "index_points", None, d, "1d", None, "close", "20.05 points", f"chg('GSPC','{d}')", 2, "supported", D2 + "; " + MOVE, ""),
   ("SPX", "daily_pct_change", 0.6, "percent", None, d, "1d", None, "close", "or 0.6%", f"pct('GSPC','{d}')", 2, "supported", D1, "+0.56%."),
   ("SPX", "close_level", 3577.59, "index_points", None, d, None, None, "close", "3,577.59", f"val('GSPC','{d}')", 2, "supported", LVL, ""),
   ("DJI", "daily_point_change", 327.79, "index_points", None, d, "1d", None, "close", "327.79 points", f"chg('DJI','{d}')", 2, "supported", D2, ""),
   ("DJI", "daily_pct_change", 1.1, "percent", None, d, "1d", None, "close", "1.1%", f"pct('DJI','{d}')", 2, "supported", D1, "+1.12%."),
   ("DJI", "close_level", 29591.27, "index_points", None, d, None, None, "close", "29,591.27", f"val('DJI','{d}')", 2, "supported", LVL, ""),
   ("IXIC", "daily_point_change", 25.66, "index_points", None, d, "1d", None, "close", "25.66 points", f"chg('IXIC','{d}')", 2, "supported", D2, ""),
   ("IXIC", "daily_pct_change", 0.2, "percent", None, d, "1d", None, "close", "0.2%", f"pct('IXIC','{d}')", 2, "supported", D1, "+0.22%."),
   ("IXIC", "close_level", 11880.63, "index_points", None, d, None, None, "close", "11,880.63", f"val('IXIC','{d}')", 2, "supported", LVL, ""),
   ("RUT", "daily_point_change", 32.96, "index_points", None, d, "1d", None, "close", "32.96 points", f"chg('RUT','{d}')", 2, "supported", D2, ""),
   ("RUT", "daily_pct_change", 1.8, "percent", None, d, "1d", None, "close", "1.8%", f"pct('RUT','{d}')", 2, "supported", D1, "+1.85%."),
   ("RUT", "close_level", 1818.30, "index_points", None, d, None, None, "close", "1,818.30", f"val('RUT','{d}')", 2, "supported", LVL, ""),
   ("SPX", "ytd_point_change", 346.81, "index_points", None, d, "YTD", None, "close", "346.81 points", f"ytd_pts('GSPC','{d}')", 2, "supported", D2, ""),
   ("SPX", "ytd_return", 10.7, "percent", None, d, "YTD", None, "close", "10.7%", f"ytd('GSPC','{d}')", 2, "supported", D1, "+10.73%."),
   ("DJI", "ytd_point_change", 1052.83, "index_points", None, d, "YTD", None, "close", "1,052.83 points", f"ytd_pts('DJI','{d}')", 2, "supported", D2, ""),
   ("DJI", "ytd_return", 3.7, "percent", None, d, "YTD", None, "close", "3.7%", f"ytd('DJI','{d}')", 2, "supported", D1, "+3.69%."),
   ("IXIC", "ytd_point_change", 2908.03, "index_points", None, d, "YTD", None, "close", "2,908.03 points", f"ytd_pts('IXIC','{d}')", 2, "supported", D2, ""),
   ("IXIC", "ytd_return", 32.4, "percent", None, d, "YTD", None, "close", "32.4%", f"ytd('IXIC','{d}')", 2, "supported", D1, "+32.41%."),
   ("RUT", "ytd_point_change", 149.83, "index_points", None, d, "YTD", None, "close", "149.83 points", f"ytd_pts('RUT','{d}')", 2, "supported", D2, ""),
   ("RUT", "ytd_return", 9, "percent", None, d, "YTD", None, "close", "or 9%", f"ytd('RUT','{d}')", 2, "supported", INT, "+8.98%."),
  ])

d = "2020-05-14"
P("gurufocus_20200514_indexes_close_with_gains", "gurufocus.com", "https://www.gurufocus.com/news/1137168/us-indexes-close-with-gains-thursday",
  "GuruFocus (Julie Young)", "2020-05-14", "exact", "page dated 2020-05-14; Thursday's close.",
  "US Indexes Close With Gains Thursday\n\n"
  "The Dow Jones Industrial Average closed at 23,625.34 on Thursday with a gain of 377.37 points or 1.62%. The S&P 500 closed at 2,852.50 for a gain of 32.50 points or 1.15%. "
  "The Nasdaq Composite closed at 8,943.72 for a gain of 80.55 points or 0.91%. The VIX Volatility Index was lower at 32.39 for a loss of 2.89 points or -8.19%.\n\n"
  "U.S. stocks ended higher Thursday after two down days. Investors were slightly more optimistic about a slowing pace of unemployment claims, though the weekly report still showed 2.98 million people requesting payouts. "
  "First-quarter earnings reports began to slow, with many retailers due to report next week; in the S&P 500, financials and consumer discretionary led the gains.\n\n"
  "In small caps, the Russell 2000 closed at 1,237.56 for a gain of 4.30 points or 0.35%.",
  [
   ("DJI", "close_level", 23625.34, "index_points", None, d, None, None, "close", "23,625.34", f"val('DJI','{d}')", 2, "supported", LVL, ""),
   ("DJI", "daily_point_change", 377.37, "index_points", None, d, "1d", None, "close", "377.37 points", f"chg('DJI','{d}')", 2, "supported", D2, ""),
   ("DJI", "daily_pct_change", 1.62, "percent", None, d, "1d", None, "close", "1.62%", f"pct('DJI','{d}')", 2, "supported", D2, ""),
   ("SPX", "close_level", 2852.50, "index_points", None, d, None, None, "close", "2,852.50", f"val('GSPC','{d}')", 2, "supported", LVL, ""),
   ("SPX", "daily_point_change", 32.50, "index_points", None, d, "1d", None, "close", "32.50 points", f"chg('GSPC','{d}')", 2, "supported", D2, ""),
   ("SPX", "daily_pct_change", 1.15, "percent", None, d, "1d", None, "close", "or 1.15%", f"pct('GSPC','{d}')", 2, "supported", D2, ""),
   ("IXIC", "close_level", 8943.72, "index_points", None, d, None, None, "close", "8,943.72", f"val('IXIC','{d}')", 2, "supported", LVL, ""),
   ("IXIC", "daily_point_change", 80.55, "index_points", None, d, "1d", None, "close", "80.55 points", f"chg('IXIC','{d}')", 2, "supported", D2, ""),
   ("IXIC", "daily_pct_change", 0.91, "percent", None, d, "1d", None, "close", "0.91%", f"pct('IXIC','{d}')", 2, "supported", D2, ""),
   ("VIX", "close_level", 32.39, "index_points", None, d, None, None, "close", "32.39", f"val('VIX','{d}')", 2, "imprecise", LVL + IMP,
    "CBOE official close 32.61 (prev 35.28); 32.39 is 0.7% off, probably a 4:00 p.m. print before the 4:15 settlement."),
   ("VIX", "daily_point_change", -2.89, "index_points", None, d, "1d", None, "close", "2.89 points", f"chg('VIX','{d}')", 2, "imprecise", D2 + IMP,
    "Official change -2.67 (35.28 -> 32.61); -2.89 is 8% off."),
   ("VIX", "daily_pct_change", -8.19, "percent", None, d, "1d", None, "close", "-8.19%", f"pct('VIX','{d}')", 2, "imprecise", D2 + IMP, "Official -7.57%; 0.62 pp off."),
   ("SPX", "prior_down_streak", 2, "sessions", None, "2020-05-13", None, None, "close", "after two down days", "[streak('GSPC','2020-05-13', False), streak('IXIC','2020-05-13', False), streak('DJI','2020-05-13', False)]", 0, "supported", "streaks use daily closes",
    "S&P 500 and Nasdaq fell on 2020-05-12 and 05-13 (two days); the Dow had three straight losses."),
   ("US_JOBLESS_CLAIMS", "weekly_claims", 2.98, "millions", None, d, "1w", None, None, "2.98 million", None, 2, "unverifiable", UNV, "Jobless claims are not in the files."),
   ("RUT", "close_level", 1237.56, "index_points", None, d, None, None, "close", "1,237.56", f"val('RUT','{d}')", 2, "supported", LVL, "File 1237.55."),
   ("RUT", "daily_point_change", 4.30, "index_points", None, d, "1d", None, "close", "4.30 points", f"chg('RUT','{d}')", 2, "supported", D2, ""),
   ("RUT", "daily_pct_change", 0.35, "percent", None, d, "1d", None, "close", "0.35%", f"pct('RUT','{d}')", 2, "supported", D2, ""),
  ])

d = "2014-12-11"
P("optionmonster_20141212_vix_breaks_20", "goldberglawma.com", "http://goldberglawma.com/?id=news%2Fequities-higher-vix-breaks-20-091624238.html",
  "optionMONSTER (republished)", "2014-12-12", "high",
  "inferred: the page carries no date; 'yesterday's session' with the S&P 500 up 9.19 to 2035.33 matches only Thursday 2014-12-11 in the files, so the note is from Friday 2014-12-12 (the December VIX future expired the following week).",
  "Equities higher, VIX breaks 20\n\n"
  "Equity indexes gave up much of their early gains but were still higher at the end of yesterday's session. The CBOE Volatility Index kept climbing and closed above 20 for the first time since the market sold off in mid-October.\n\n"
  "The S&P 500 was up 9.19 points, or 0.45 percent, to 2035.33. It was above 2055 shortly before noon, having regained almost all the ground it lost a day earlier, but then declined. The SPX has resistance at 2060 and support at 2025 then 2000.\n\n"
  "The Nasdaq 100 gained 21.60 points, or 0.51 percent, to 4246.48. The NDX was as high as 4296.81, briefly back above its 10- and 20-day moving averages.\n\n"
  "The Russell 2000 rose 5.09 points, or 0.44 percent, to 1166.96, which leaves the small-cap index in the middle of its recent range, with resistance at 1190 and support at 1140.\n\n"
  "The VIX climbed 1.55 points, or 8.36 percent, to 20.08, just off its high for the day, and the nine-day CBOE Short-Term Volatility Index finished at its session high of 22.08. "
  "Both remain far above the S&P 500's actual volatility, which has a 20-day historical reading of 8.4 percent. The spot VIX also sits at a premium to its futures: the December contract, with only a few days left to trade, finished at 19.10 and the January contract at 19.15.",
  [
   ("SPX", "daily_point_change", 9.19, "index_points", None, d, "1d", None, "close", "9.19 points", f"chg('GSPC','{d}')", 2, "supported", D2, ""),
   ("SPX", "daily_pct_change", 0.45, "percent", None, d, "1d", None, "close", "0.45 percent", f"pct('GSPC','{d}')", 2, "supported", D2, ""),
   ("SPX", "close_level", 2035.33, "index_points", None, d, None, None, "close", "2035.33", f"val('GSPC','{d}')", 2, "supported", LVL, ""),
   ("SPX", "intraday_above_level", 2055, "index_points", "above", d, None, None, "late morning", "above 2055", f"[val('GSPC','{d}','high'), chg('GSPC','2014-12-10')]", 2, "supported", "more than/over: true > claim; a bound claim mid-session is judged on the session extreme",
    "Session high 2055.53 (> 2055); the time of day is not in the files. The previous day's loss was 33.68, so 2055 recovers about 86% of it."),
   ("SPX", "technical_levels", "2060/2025/2000", "index_points", None, d, None, None, None, "resistance at 2060", None, 2, "not_checkable", NC, "Support and resistance levels are the analyst's view."),
   ("NDX", "daily_point_change", 21.60, "index_points", None, d, "1d", None, "close", "21.60 points", f"chg('NDX','{d}')", 2, "supported", D2, "21.61 in the file."),
   ("NDX", "daily_pct_change", 0.51, "percent", None, d, "1d", None, "close", "0.51 percent", f"pct('NDX','{d}')", 2, "supported", D2, ""),
   ("NDX", "close_level", 4246.48, "index_points", None, d, None, None, "close", "4246.48", f"val('NDX','{d}')", 2, "supported", LVL, ""),
   ("NDX", "intraday_high", 4296.81, "index_points", None, d, None, None, "intraday high", "4296.81", f"val('NDX','{d}','high')", 2, "supported", LVL, ""),
   ("NDX", "above_moving_averages", True, "flag", "briefly", d, None, None, "intraday high", "10- and 20-day moving averages", f"[val('NDX','{d}','high'), col('NDX').rolling(10).mean().loc[ts('{d}')], col('NDX').rolling(20).mean().loc[ts('{d}')], val('NDX','{d}')]", 2, "supported", "moving averages of daily closes",
    "High 4296.81 above the 10-day (4291.24) and 20-day (4270.67) averages; the close 4246.48 fell back below both, hence 'briefly'."),
   ("RUT", "daily_point_change", 5.09, "index_points", None, d, "1d", None, "close", "5.09 points", f"chg('RUT','{d}')", 2, "supported", D2, "5.10 in the file."),
   ("RUT", "daily_pct_change", 0.44, "percent", None, d, "1d", None, "close", "0.44 percent", f"pct('RUT','{d}')", 2, "supported", D2, ""),
   ("RUT", "close_level", 1166.96, "index_points", None, d, None, None, "close", "1166.96", f"val('RUT','{d}')", 2, "supported", LVL, ""),
   ("RUT", "technical_levels", "1190/1140", "index_points", None, d, None, None, None, "resistance at 1190", None, 2, "not_checkable", NC, "Analyst's support and resistance levels."),
   ("VIX", "daily_point_change", 1.55, "index_points", None, d, "1d", None, "close", "1.55 points", f"chg('VIX','{d}')", 2, "supported", D2, ""),
   ("VIX", "daily_pct_change", 8.36, "percent", None, d, "1d", None, "close", "8.36 percent", f"pct('VIX','{d}')", 2, "supported", D2, ""),
   ("VIX", "close_level", 20.08, "index_points", None, d, None, None, "close", "to 20.08", f"val('VIX','{d}')", 2, "supported", LVL, ""),
   ("VIX", "first_close_above_since", "2014-10 (mid)", "date", None, d, None, None, "close", "for the first time since the market sold off in mid-October", f"highest_since('VIX','{d}')", 2, "supported", SINCE,
    "Last close at least 20.08: 21.99 on 2014-10-17; no close above 20 from 2014-10-20 to 2014-12-10."),
   ("VXST", "close_level", 22.08, "index_points", None, d, None, None, "close", "22.08", None, 2, "unverifiable", UNV, "VXST is not in the files."),
   ("SPX", "realized_vol_20d", 8.4, "percent", None, d, "20d", None, "close", "8.4 percent", f"hv('GSPC','{d}', 20)", 2, "supported", D1,
    "Annualised standard deviation of the last 20 daily log returns to 2014-12-11: 8.43% (simple returns: 8.39%)."),
   ("VIX_FUTURES", "settle", 19.10, "index_points", None, d, None, "Dec 2014 contract", "close", "19.10", None, 2, "unverifiable", UNV, "VIX futures are not in the files."),
   ("VIX_FUTURES", "settle", 19.15, "index_points", None, d, None, "Jan 2015 contract", "close", "19.15", None, 2, "unverifiable", UNV, "VIX futures are not in the files."),
  ])

d = "2024-10-18"
P("parkwood_20241018_choppy_market_week", "parkwoodcapitalllc.com", "https://www.parkwoodcapitalllc.com/blog-sp-1111434780/1987-choppy-market-this-week",
  "Parkwood Capital (adviser blog)", "2024-10-18", "high",
  "inferred: the post has no date; an S&P 500 record close near 5,865 up 23 points, IWM near 226 and the Nasdaq near 18,490 up 116 fit only Friday 2024-10-18 (the election mention fits October 2024). 'Monday' is 2024-10-14; the week runs 10-14 to 10-18.",
  "Choppy Market This Week\n\n"
  "The Standard and Poor's 500 index (SPX) closed today at 5,865, up 23 points or +0.4%. SPX opened the week at 5,830, gaining 0.6% for the week, and closed today at an all-time high, while trading volume slowly declined.\n\n"
  "VIX, the volatility index for S&P 500 options, declined steadily this week, opening Monday at 20.8% and closing today at 18.0%. Historically that level is moderately high for a bullish market. Is the election creating some anxiety?\n\n"
  "I track the Russell 2000 index with the IWM ETF, which closed today at 226, down a half point or -0.2% on the day. IWM opened the week at 221 for a weekly gain of 2.2%. Unlike the S&P 500 and NASDAQ, this index is not yet up to its all-time high from 2021.\n\n"
  "The NASDAQ Composite index closed today at 18,490, up 116 points or +0.6%. NASDAQ opened the week at 18,427, setting up a small weekly gain of 0.3%. NASDAQ closed at an all-time high on Monday and almost reached that level today.\n\n"
  "The markets are essentially bullish, with both the S&P 500 index and NASDAQ hitting all-time highs this week, but volatility remains moderately elevated and the Russell 2000 has not yet matched its previous all-time high. "
  "Trading was largely sideways and choppy: the S&P 500 traded within the channel formed by 5800 and 5875. The Russell 2000 traded strongly higher since October 10th but pulled back a bit over the past two days. "
  "IBD's market assessment is 'all in', with recommended stock exposure of 80-100%.",
  [
   ("SPX", "close_level", 5865, "index_points", None, d, None, None, "close", "5,865", f"val('GSPC','{d}')", 2, "supported", INT, "5864.67."),
   ("SPX", "daily_point_change", 23, "index_points", None, d, "1d", None, "close", "up 23 points", f"chg('GSPC','{d}')", 2, "supported", INT, "+23.20."),
   ("SPX", "daily_pct_change", 0.4, "percent", None, d, "1d", None, "close", "+0.4%", f"pct('GSPC','{d}')", 2, "supported", D1, "+0.40%."),
   ("SPX", "week_open_level", 5830, "index_points", None, "2024-10-14", None, None, "open", "5,830", "val('GSPC','2024-10-14','open')", 2, "supported", INT, "Monday open 5829.81."),
   ("SPX", "weekly_return", 0.6, "percent", None, d, "open 2024-10-14 to close 2024-10-18", None, "close", "gaining 0.6% for the week", f"(val('GSPC','{d}') / val('GSPC','2024-10-14','open') - 1) * 100", 2, "supported", D1 + "; a change computed from a level the passage states is judged on that arithmetic",
    "Measured, as the text does, from Monday's open (5,830) to Friday's close: +0.60%. The usual Friday-to-Friday week (2024-10-11 close 5815.03 to 5864.67) is +0.85%, which would make 0.6 imprecise."),
   ("SPX", "record_close", True, "flag", None, d, None, None, "close", "closed today at an all-time high", f"is_record('GSPC','{d}')", 2, "supported", REC, "5864.67 above every earlier close."),
   ("VIX", "open_level", 20.8, "index_points", None, "2024-10-14", None, None, "open", "20.8%", "val('VIX','2024-10-14','open')", 2, "supported", D1, "Monday open 20.86."),
   ("VIX", "close_level", 18.0, "index_points", None, d, None, None, "close", "18.0%", f"val('VIX','{d}')", 2, "supported", D1, "18.03."),
   ("IWM", "close_level", 226, "usd", None, d, None, None, "close", "closed today at 226", f"val('IWM','{d}')", 2, "supported", INT, "225.65."),
   ("IWM", "daily_point_change", -0.5, "usd", "about", d, "1d", None, "close", "down a half point", f"chg('IWM','{d}')", 2, "supported", ABOUT, "-0.47."),
   ("IWM", "daily_pct_change", -0.2, "percent", None, d, "1d", None, "close", "-0.2% on the day", f"pct('IWM','{d}')", 2, "supported", D1, "-0.21%."),
   ("IWM", "week_open_level", 221, "usd", None, "2024-10-14", None, None, "open", "opened the week at 221", "val('IWM','2024-10-14','open')", 2, "supported", INT, "Monday open 221.45."),
   ("IWM", "weekly_return", 2.2, "percent", None, d, "open 2024-10-14 to close 2024-10-18", None, "close", "weekly gain of 2.2%", "(226 / 221 - 1) * 100", 2, "supported", D1 + "; a change computed from a level the passage states is judged on that arithmetic",
    "From the text's own rounded levels, 221 -> 226: +2.26%. From the file's open 221.45 to close 225.65: +1.90%; Friday-to-Friday: +1.98% (both imprecise readings)."),
   ("IWM", "below_2021_record", True, "flag", None, d, None, None, "close", "not yet up to its all-time high from 2021", f"[val('IWM','{d}'), record_before('IWM','{d}')]", 2, "supported", REC,
    "IWM record close 242.56 on 2021-11-08; 225.65 is below it (so is the Russell 2000: 2276.09 vs 2442.74)."),
   ("IXIC", "close_level", 18490, "index_points", None, d, None, None, "close", "18,490", f"val('IXIC','{d}')", 2, "supported", INT, "18489.55."),
   ("IXIC", "daily_point_change", 116, "index_points", None, d, "1d", None, "close", "up 116 points", f"chg('IXIC','{d}')", 2, "supported", INT, "+115.94."),
   ("IXIC", "daily_pct_change", 0.6, "percent", None, d, "1d", None, "close", "+0.6%", f"pct('IXIC','{d}')", 2, "supported", D1, "+0.63%."),
   ("IXIC", "week_open_level", 18427, "index_points", None, "2024-10-14", None, None, "open", "18,427", "val('IXIC','2024-10-14','open')", 2, "supported", INT, "Monday open 18426.66."),
   ("IXIC", "weekly_return", 0.3, "percent", None, d, "open 2024-10-14 to close 2024-10-18", None, "close", "small weekly gain of 0.3%", f"(val('IXIC','{d}') / val('IXIC','2024-10-14','open') - 1) * 100", 2, "supported", D1 + "; a change computed from a level the passage states is judged on that arithmetic",
    "Monday open to Friday close: +0.34%. Friday-to-Friday: +0.80%."),
   ("IXIC", "record_close", True, "flag", None, "2024-10-14", None, None, "close", "NASDAQ closed at an all-time high on Monday", "[is_record('IXIC','2024-10-14'), val('IXIC','2024-10-14'), record_before('IXIC','2024-10-14')]", 2, "contradicted", REC,
    "Monday 2024-10-14 close 18502.69 is below the record close 18647.45 of 2024-07-10 (rows: 2024-07-10 close 18647.45; 2024-10-14 close 18502.69)."),
   ("IXIC", "record_this_week", True, "flag", None, d, "2024-10-14..2024-10-18", None, "intraday high", "both the S&P 500 index and NASDAQ hitting all-time highs this week", "[max_in('IXIC','2024-10-14','2024-10-18'), record_before('IXIC','2024-10-14','high'), max_in('IXIC','2024-10-14','2024-10-18','close'), record_before('IXIC','2024-10-14')]", 2, "contradicted", REC,
    "True for the S&P 500 (record closes 10-14 and 10-18) but not for the Nasdaq: its highest high of the week, 18564.25 (10-15), is below the intraday record 18671.07 (2024-07-11), and its best close, 18502.69, below the record close 18647.45."),
   ("SPX", "weekly_range_channel", "5800-5875", "index_points", "within", d, "2024-10-14..2024-10-18", None, "intraday", "channel formed by 5800 and 5875", f"[min_in('GSPC','2024-10-14','{d}')[1], max_in('GSPC','2024-10-14','{d}')[1]]", 2, "imprecise", "less than/within: true inside the bounds; a bound breached by a small margin is imprecise",
    "Week's intraday range 5804.48-5878.46: the top of the channel was exceeded by 3.46 points (0.06%) on 2024-10-17; all closes (5815.26-5864.67) lay inside."),
   ("RUT", "return_since", "higher since 2024-10-10", "flag", "strongly", d, "2024-10-10..2024-10-18", None, "close", "since October 10th", f"ret('RUT','2024-10-10','{d}')", 2, "supported", "window returns close to close",
    "+4.01% from the 2024-10-10 close (2188.42) to 2276.09."),
   ("RUT", "down_streak", 2, "sessions", None, d, None, None, "close", "past two days", f"streak('RUT','{d}', False)", 0, "supported", "streaks use daily closes",
    "2286.68 (10-16) -> 2280.85 -> 2276.09."),
   ("IBD", "recommended_exposure", "80-100", "percent", None, d, None, None, None, "80-100%", None, 2, "unverifiable", UNV, "Investor's Business Daily exposure guidance is not in the files."),
  ])

d = "2026-01-02"
P("dredheadz_20260105_markets_week_to_jan2", "dredheadz.net", "https://dredheadz.net/tag/stock-market",
  "Broadridge-style 'Market Week' client newsletter (repost)", "2026-01-05", "exact",
  "headed 'What I'm Watching This Week - 5 January 2026' (a Monday); the figures are as of the close of Friday 2026-01-02; 'prior week' is Friday 2025-12-26.",
  "What I'm Watching This Week – 5 January 2026\n\n"
  "The Markets (as of market close January 2, 2026). Wall Street began 2026 in rather lackluster style, with each of the major benchmark indexes listed here closing the week lower, with the exception of the Global Dow. "
  "A brief tech rally on Friday was not enough to keep stocks out of the red for the week, and the common year-end 'Santa Claus rally' never materialised, as the market notched four straight losing sessions to close out December. "
  "Investors appear cautious as they await the Federal Reserve's next move amid sticky inflation and a cooling labor market, and ten-year Treasury yields edged slightly higher.\n\n"
  "Stock market indexes (2025 close / prior week / as of 1/2 / weekly change / YTD change): "
  "DJIA 48,063.29 / 48,710.97 / 48,382.39 / -0.67% / 0.66%. "
  "NASDAQ 23,241.99 / 23,593.10 / 23,235.63 / -1.52% / -0.03%. "
  "S&P 500 6,845.50 / 6,929.94 / 6,858.47 / -1.03% / 0.19%. "
  "Russell 2000 2,481.91 / 2,534.35 / 2,508.22 / -1.03% / 1.06%. "
  "Fed funds target rate: 3.50%-3.75% at each date. 10-year Treasuries: 4.16% / 4.13% / 4.18%.\n\n"
  "The chart reflects price changes, not total return; because it does not include dividends or splits, it should not be used to benchmark specific investments.",
  [
   ("US_INDEXES", "weekly_change_sign", "all lower", "flag", None, d, "week to 2026-01-02", None, "close", "closing the week lower", f"[round(wtd(t,'{d}'), 2) for t in ('DJI','IXIC','GSPC','RUT')]", 2, "supported", "Week = Friday close to Friday close",
    "Dow -0.67%, Nasdaq -1.52%, S&P 500 -1.03%, Russell 2000 -1.03%."),
   ("GLOBAL_DOW", "weekly_change_sign", "up", "flag", None, d, "week to 2026-01-02", None, "close", "with the exception of the Global Dow", None, 2, "unverifiable", UNV, "The Global Dow is not in the files."),
   ("SPX", "down_streak", 4, "sessions", None, "2025-12-31", None, None, "close", "four straight losing sessions", "[streak('GSPC','2025-12-31', False), streak('DJI','2025-12-31', False), streak('IXIC','2025-12-31', False)]", 0, "supported", "streaks use daily closes",
    "S&P 500 fell on 2025-12-26, 12-29, 12-30 and 12-31 (6932.05 -> 6929.94 -> 6905.74 -> 6896.24 -> 6845.50); see the recipe for the Dow and Nasdaq counts."),
   ("US10Y", "yield_change_sign", "up", "flag", "slightly", d, "week to 2026-01-02", None, "end of day", "ten-year Treasury yields edged slightly higher", "bp('DGS10','2025-12-26','2026-01-02')", 1, "supported", "yields: FRED end-of-day", "4.14% -> 4.19%: +5 bp on the week."),
   ("DJI", "close_level", 48063.29, "index_points", None, "2025-12-31", None, None, "close", "48,063.29", "val('DJI','2025-12-31')", 2, "supported", LVL, ""),
   ("DJI", "close_level", 48710.97, "index_points", None, "2025-12-26", None, None, "close", "48,710.97", "val('DJI','2025-12-26')", 2, "supported", LVL, "48710.97 (48710.96875)."),
   ("DJI", "close_level", 48382.39, "index_points", None, d, None, None, "close", "48,382.39", f"val('DJI','{d}')", 2, "supported", LVL, ""),
   ("DJI", "weekly_return", -0.67, "percent", None, d, "1w", None, "close", "-0.67%", f"wtd('DJI','{d}')", 2, "supported", D2, ""),
   ("DJI", "ytd_return", 0.66, "percent", None, d, "YTD", None, "close", "0.66%", f"ytd('DJI','{d}')", 2, "supported", D2, ""),
   ("IXIC", "close_level", 23241.99, "index_points", None, "2025-12-31", None, None, "close", "23,241.99", "val('IXIC','2025-12-31')", 2, "supported", LVL, ""),
   ("IXIC", "close_level", 23593.10, "index_points", None, "2025-12-26", None, None, "close", "23,593.10", "val('IXIC','2025-12-26')", 2, "supported", LVL, ""),
   ("IXIC", "close_level", 23235.63, "index_points", None, d, None, None, "close", "23,235.63", f"val('IXIC','{d}')", 2, "supported", LVL, ""),
   ("IXIC", "weekly_return", -1.52, "percent", None, d, "1w", None, "close", "-1.52%", f"wtd('IXIC','{d}')", 2, "supported", D2, ""),
   ("IXIC", "ytd_return", -0.03, "percent", None, d, "YTD", None, "close", "-0.03%", f"ytd('IXIC','{d}')", 2, "supported", D2, ""),
   ("SPX", "close_level", 6845.50, "index_points", None, "2025-12-31", None, None, "close", "6,845.50", "val('GSPC','2025-12-31')", 2, "supported", LVL, ""),
   ("SPX", "close_level", 6929.94, "index_points", None, "2025-12-26", None, None, "close", "6,929.94", "val('GSPC','2025-12-26')", 2, "supported", LVL, ""),
   ("SPX", "close_level", 6858.47, "index_points", None, d, None, None, "close", "6,858.47", f"val('GSPC','{d}')", 2, "supported", LVL, ""),
   ("SPX", "weekly_return", -1.03, "percent", None, d, "1w", None, "close", "6,858.47 / -1.03%", f"wtd('GSPC','{d}')", 2, "supported", D2, ""),
   ("SPX", "ytd_return", 0.19, "percent", None, d, "YTD", None, "close", "0.19%", f"ytd('GSPC','{d}')", 2, "supported", D2, ""),
   ("RUT", "close_level", 2481.91, "index_points", None, "2025-12-31", None, None, "close", "2,481.91", "val('RUT','2025-12-31')", 2, "supported", LVL, ""),
   ("RUT", "close_level", 2534.35, "index_points", None, "2025-12-26", None, None, "close", "2,534.35", "val('RUT','2025-12-26')", 2, "supported", LVL, ""),
   ("RUT", "close_level", 2508.22, "index_points", None, d, None, None, "close", "2,508.22", f"val('RUT','{d}')", 2, "supported", LVL, ""),
   ("RUT", "weekly_return", -1.03, "percent", None, d, "1w", None, "close", "2,508.22 / -1.03%", f"wtd('RUT','{d}')", 2, "supported", D2, ""),
   ("RUT", "ytd_return", 1.06, "percent", None, d, "YTD", None, "close", "1.06%", f"ytd('RUT','{d}')", 2, "supported", D2, ""),
   ("FEDFUNDS", "target_range", "3.50-3.75", "percent", None, d, None, None, None, "3.50%-3.75%", "[fed_range('2025-12-31'), fed_range('2025-12-26'), fed_range('2026-01-02')]", 2, "supported", "target range from DFEDTARL/DFEDTARU", "3.50-3.75% on all three dates."),
   ("US10Y", "yield_level", 4.16, "percent", None, "2025-12-31", None, None, "end of day", "4.16%", "rate('DGS10','2025-12-31')", 2, "supported", D2, "DGS10 4.18% on 2025-12-31: 0.02 off, inside the 0.025 tolerance (the newsletter's source differs slightly from FRED)."),
   ("US10Y", "yield_level", 4.13, "percent", None, "2025-12-26", None, None, "end of day", "4.13%", "rate('DGS10','2025-12-26')", 2, "supported", D2, "DGS10 4.14%."),
   ("US10Y", "yield_level", 4.18, "percent", None, d, None, None, "end of day", "4.18%.", f"rate('DGS10','{d}')", 2, "supported", D2, "DGS10 4.19%."),
  ])

d = "2018-02-08"
P("msbusiness_20180208_dow_sheds_on_rates", "msbusiness.com", "http://msbusiness.com/2018/02/go-dow-sheds-450-points-higher-rates-keep-wall-street-edge/",
  "CNBC (via Mississippi Business Journal)", "2018-02-08", "exact",
  "page dated 2018-02-08 (Thursday); an intraday story. 'Wednesday' is 2018-02-07, 'Monday' 2018-02-05, 'last week' the week to Friday 2018-02-02.",
  "Dow sheds hundreds of points as higher rates keep Wall Street on edge\n\n"
  "The Dow Jones industrial average traded 650 points lower on Thursday after opening just above the flatline, and the 30-stock index approached 23,778.74, its low for the week. "
  "The S&P 500 pulled back 2.4 percent after a higher open, with financials the worst-performing sector, and broke below its 100-day moving average, a key technical level. The Nasdaq composite fell 2.7 percent.\n\n"
  "'The market is focused on higher interest rates right now,' said Kate Warne, investment strategist at Edward Jones, adding that the path higher will be more volatile than in the past few years as rates rise.\n\n"
  "The benchmark 10-year U.S. note yield rose to 2.88 percent before slipping to 2.82 percent Thursday, holding around multi-year highs. The initial move higher followed strong data: weekly jobless claims hit a 45-year low. "
  "A rise in yields Wednesday led to the Dow posting its biggest one-day reversal since August 2015. Mark Newton of Newton Advisors said 3.05 percent is a key level to watch on the 10-year; getting above it would break the 30-year downtrend.\n\n"
  "The Dow and S&P 500 capped off their worst weekly performance in two years last week after a stronger-than-expected jobs report sent interest rates higher, and the decline picked up steam on Monday, with the Dow plummeting 1,175 points.",
  [
   ("DJI", "intraday_point_change", -650, "index_points", None, d, "1d", None, "midday", "650 points lower", f"mid_range_pts('DJI','{d}')", 2, "unverifiable", MID,
    "Session range vs previous close: -1044.12 to +10.33; the Dow closed -1032.89 (-4.15%)."),
   ("DJI", "week_low", 23778.74, "index_points", None, "2018-02-06", "2018-02-05..2018-02-07", None, "intraday low", "23,778.74", "min_in('DJI','2018-02-05','2018-02-07','low')", 2, "supported", LVL, "Lowest low of the week before Thursday: 23778.74 on 2018-02-06."),
   ("SPX", "intraday_pct_change", -2.4, "percent", None, d, "1d", None, "midday", "pulled back 2.4 percent", f"mid_range_pct('GSPC','{d}')", 2, "unverifiable", MID, "Session range -3.77% to +0.13%; closed -3.75%."),
   ("SPX", "below_moving_average", True, "flag", None, d, None, None, "midday", "100-day moving average", f"[val('GSPC','{d}'), col('GSPC').rolling(100).mean().loc[ts('{d}')]]", 2, "supported", "moving averages of daily closes",
    "The S&P 500 closed at 2581.00 against a 100-day average of 2638.35 (it had closed above it, 2681.66 vs 2637.54, on 2018-02-07)."),
   ("IXIC", "intraday_pct_change", -2.7, "percent", None, d, "1d", None, "midday", "fell 2.7 percent", f"mid_range_pct('IXIC','{d}')", 2, "unverifiable", MID, "Session range -3.90% to +0.31%; closed -3.90%."),
   ("US10Y", "intraday_yield_high", 2.88, "percent", None, d, None, None, "intraday", "2.88 percent", f"rate('DGS10','{d}')", 2, "unverifiable", "yields: FRED end-of-day constant-maturity; intraday yield events are unverifiable",
    "FRED end-of-day 10-year: 2.85% (2.84% on 02-07)."),
   ("US10Y", "intraday_yield", 2.82, "percent", None, d, None, None, "intraday", "2.82 percent", f"rate('DGS10','{d}')", 2, "unverifiable", "yields: FRED end-of-day constant-maturity; intraday yield events are unverifiable", "FRED end-of-day 2.85%."),
   ("US_JOBLESS_CLAIMS", "lowest_since", "45-year low", "years", None, d, None, None, None, "45-year low", None, 2, "unverifiable", UNV, "Jobless claims are not in the files."),
   ("DJI", "biggest_reversal_since", "2015-08", "date", None, "2018-02-07", None, None, "intraday", "biggest one-day reversal since August 2015", None, 2, "unverifiable", UNV + " (the measure of a 'reversal' is not stated)",
    "On 2018-02-07 the Dow stood about 381 points above the previous close at its high and closed down 19.42; depending on how a reversal is measured (high-to-close swing, gain turned to loss), the answer differs, and some of the larger 2015-2018 swings were the other way."),
   ("US10Y", "technical_level", 3.05, "percent", None, d, None, None, None, "3.05 percent", None, 2, "not_checkable", NC, "An analyst's level to watch."),
   ("DJI", "worst_week_since", "two years", "years", None, "2018-02-02", "1w", None, "close", "worst weekly performance in two years", "[wtd('DJI','2018-02-02'), last_week_as_bad('DJI','2018-02-02')]", 2, "supported", SINCE,
    "Week to 2018-02-02: -4.12%; the last worse week was the one to 2016-01-08 (-6.19%), about two years earlier."),
   ("SPX", "worst_week_since", "two years", "years", None, "2018-02-02", "1w", None, "close", "Dow and S&P 500 capped off", "[wtd('GSPC','2018-02-02'), last_week_as_bad('GSPC','2018-02-02')]", 2, "supported", SINCE,
    "Week to 2018-02-02: -3.85%; last worse week to 2016-01-08 (-5.96%)."),
   ("DJI", "daily_point_change", -1175, "index_points", None, "2018-02-05", "1d", None, "close", "1,175 points", "chg('DJI','2018-02-05')", 2, "supported", INT, "-1175.21."),
  ])

d = "2025-09-02"
P("mtnewswires_20250902_equities_decline_yields", "fixedincome.fidelity.com", "https://fixedincome.fidelity.com/ftgw/fi/FINewsArticle?id=202509021552MIDNIGHTUSEQUITY_A3451422",
  "MT Newswires (via Fidelity)", "2025-09-02", "exact",
  "stamped 03:52 PM EDT, 09/02/2025 (Tuesday, the first session after Labor Day); all index figures are an 'ahead of the close' print.",
  "US Equity Indexes Decline Amid Gains in Treasury Yields\n\n"
  "03:52 PM EDT, 09/02/2025 (MT Newswires) – US equity indexes declined ahead of the close on Tuesday, following gains in government bond yields, gold and the dollar. "
  "The Nasdaq Composite slumped 0.9% to 21,256.1, with the S&P 500 down 0.8% to 6,407.3 and the Dow Jones Industrial Average 0.7% lower at 45,246.5. "
  "All sectors except energy, consumer staples and health care fell intraday, with real estate and industrials leading the decliners.\n\n"
  "The CBOE Volatility Index jumped 9.6% to 17.67.\n\n"
  "Most Treasury yields rose, with the 10-year yield up 4.9 basis points to 4.28% and the two-year rate 2.6 basis points higher at 3.65%.\n\n"
  "Gold futures surged after scaling a new peak earlier in the session, while West Texas Intermediate crude also jumped. The Institute for Supply Management's manufacturing index improved in August but marked a sixth consecutive month below the breakeven level of 50, according to a Jefferies note. "
  "In company news, Kraft Heinz said its board approved a plan to split into two publicly traded companies.",
  [
   ("IXIC", "intraday_pct_change", -0.9, "percent", None, d, "1d", None, "3:52 p.m.", "slumped 0.9%", f"mid_range_pct('IXIC','{d}')", 2, "unverifiable", MID, "Session range -1.97% to -0.75%; closed -0.82%."),
   ("IXIC", "intraday_level", 21256.1, "index_points", None, d, None, None, "3:52 p.m.", "21,256.1", f"lvl_range('IXIC','{d}')", 2, "unverifiable", MID, "Session low-high 21033.05-21293.69; close 21279.63."),
   ("SPX", "intraday_pct_change", -0.8, "percent", None, d, "1d", None, "3:52 p.m.", "down 0.8%", f"mid_range_pct('GSPC','{d}')", 2, "unverifiable", MID, "Session range -1.54% to -0.68%; closed -0.69%."),
   ("SPX", "intraday_level", 6407.3, "index_points", None, d, None, None, "3:52 p.m.", "6,407.3", f"lvl_range('GSPC','{d}')", 2, "unverifiable", MID, "Session 6360.58-6416.54; close 6415.54."),
   ("DJI", "intraday_pct_change", -0.7, "percent", None, d, "1d", None, "3:52 p.m.", "0.7% lower", f"mid_range_pct('DJI','{d}')", 2, "unverifiable", MID, "Session range -1.31% to -0.55%; closed -0.55%."),
   ("DJI", "intraday_level", 45246.5, "index_points", None, d, None, None, "3:52 p.m.", "45,246.5", f"lvl_range('DJI','{d}')", 2, "unverifiable", MID, "Session 44948.16-45295.81."),
   ("VIX", "intraday_pct_change", 9.6, "percent", None, d, "1d", None, "3:52 p.m.", "jumped 9.6%", f"mid_range_pct('VIX','{d}')", 2, "unverifiable", MID, "Session range +2.67% to +20.22%; official close 17.17 (+6.51%)."),
   ("VIX", "intraday_level", 17.67, "index_points", None, d, None, None, "3:52 p.m.", "17.67", f"lvl_range('VIX','{d}')", 2, "unverifiable", MID, "Session 16.55-19.38."),
   ("US10Y", "intraday_yield_change", 4.9, "bp", None, d, "1d", None, "intraday", "4.9 basis points", f"bp('DGS10','2025-08-29','{d}')", 1, "unverifiable", "yields: FRED end-of-day; intraday yield events are unverifiable",
    "FRED end of day: +5 bp (4.23% -> 4.28%), consistent with the print."),
   ("US10Y", "intraday_yield", 4.28, "percent", None, d, None, None, "intraday", "to 4.28%", f"rate('DGS10','{d}')", 2, "unverifiable", "yields: FRED end-of-day; intraday yield events are unverifiable", "FRED end of day 4.28%."),
   ("US2Y", "intraday_yield_change", 2.6, "bp", None, d, "1d", None, "intraday", "2.6 basis points", f"bp('DGS2','2025-08-29','{d}')", 1, "unverifiable", "yields: FRED end-of-day; intraday yield events are unverifiable",
    "FRED end of day: +7 bp (3.59% -> 3.66%); the 3:52 p.m. figure cannot be checked."),
   ("US2Y", "intraday_yield", 3.65, "percent", None, d, None, None, "intraday", "3.65%", f"rate('DGS2','{d}')", 2, "unverifiable", "yields: FRED end-of-day; intraday yield events are unverifiable", "FRED end of day 3.66%."),
   ("ISM", "months_below_50", 6, "months", None, "2025-08-31", None, None, None, "sixth consecutive month", None, 0, "unverifiable", UNV, "ISM data are not in the files."),
  ])
