"""Passage texts, claims and hand-made judgements of the heldout34c corpus (read by build_corpus.py)."""


def C(t, metric, value, unit, anchor, expr, verdict, rule, note, ref_date, qualifier=None, window=None,
      comparison=None, basis="close", detail=""):
    return dict(index_or_ticker=t, metric=metric, value=value, unit=unit, anchor=anchor, expr=expr,
                verdict=verdict, rule=rule, note=note, ref_date=ref_date, qualifier=qualifier, window=window,
                comparison=comparison, basis=basis, detail=detail)


S, I, X, U, F, N = "supported", "imprecise", "contradicted", "unverifiable", "forecast", "not_checkable"
TOL = "tolerance: unhedged figure"
PASSAGES = []

# 1 ------------------------------------------------------------------------------------------
d = "1998-03-20"
PASSAGES.append(dict(
    id="bloomberg_19980321_dow_8900_eighth_week",
    source=dict(site="articles.baltimoresun.com",
                url="http://articles.baltimoresun.com/1998-03-21/business/1998080078_1_composite-index-stocks-rose-stock-exchange",
                original_outlet="Bloomberg News (in The Baltimore Sun)"),
    published="1998-03-21", published_confidence="exact",
    published_note="Dated March 21, 1998 on the page; 'yesterday' is Friday 1998-03-20, the session described.",
    text=("Stocks climb through 8,900 -- Dow industrials surge 103 points, to 8,906, but Nasdaq falters. "
          "March 21, 1998 | By BLOOMBERG NEWS. NEW YORK -- U.S. stocks kept rising yesterday and carried the Dow Jones "
          "industrial average above 8,900 for the first time, as money managers hurried to buy before the quarter ends. "
          "The Dow rose 103.38 to 8,906.43. The Standard & Poor's 500 index rose 9.42 to a record 1,099.16. The Nasdaq "
          "composite index fell 10.82 to 1,789.16, as the computer-related shares that dominate it slipped on signs that "
          "Asia's slowdown is hurting sales. Individual investors keep turning to mutual funds, which report to clients "
          "at quarter's end. This is the eighth straight week of gains for stocks. This week alone, the S&P 500 rose 2.9 "
          "percent and the Dow climbed 3.5 percent. The Nasdaq composite rose 1 percent. The Dow passed three milestones "
          "this week -- 8,700, 8,800 and 8,900 points -- with late surges on almost every day. Both the Dow and the S&P 500 "
          "set records every day this week. Among other broad gauges, the Wilshire 5,000 index climbed 70.80 to a record "
          "10,455.88. The Russell 2,000 index of small capitalization stocks slid .05 to 474.25 and the S&P 400 mid-cap "
          "index slipped .32 to 365.51."),
    claims=[
        C("DJI", "close_level", 8906.43, "points", "8,906.43", f"close('DJI','{d}')", S, TOL, "Close 8906.43 in the file.", d),
        C("DJI", "point_change", 103.38, "points", "The Dow rose 103.38", f"chg('DJI','{d}')", S, TOL, "Daily change +103.38.", d),
        C("DJI", "first_close_above", 8900, "level", "above 8,900 for the first time", f"first_close_above('DJI',8900,'{d}')", S, "record / first time",
          "First close above 8,900 in the file is this session (the intraday high was 8913.41 the same day).", d),
        C("SPX", "point_change", 9.42, "points", "rose 9.42", f"chg('SPX','{d}')", S, TOL, "Daily change +9.42.", d),
        C("SPX", "close_level", 1099.16, "points", "1,099.16", f"close('SPX','{d}')", S, TOL, "Close 1099.16.", d),
        C("SPX", "record_close", True, "flag", "a record 1,099.16", f"is_record_close('SPX','{d}')", S, "records",
          "Above every earlier close in the file.", d),
        C("IXIC", "point_change", -10.82, "points", "fell 10.82", f"chg('IXIC','{d}')", S, TOL, "Daily change -10.82.", d),
        C("IXIC", "close_level", 1789.16, "points", "1,789.16", f"close('IXIC','{d}')", S, TOL, "Close 1789.16.", d),
        C("SPX", "weekly_win_streak", 8, "weeks", "eighth straight week of gains", f"week_streak('SPX','{d}')", S, "streaks",
          "S&P 500 up eight weeks in a row (Friday-to-Friday closes); the Dow also has 8 (week_streak('DJI') = 8), the Nasdaq only 2.", d,
          window="weeks to 1998-03-20"),
        C("SPX", "week_return", 2.9, "percent", "the S&P 500 rose 2.9 percent", f"week_pct('SPX','{d}')", S, TOL,
          "Friday 1998-03-13 close to Friday close: +2.859%.", d, window="week"),
        C("DJI", "week_return", 3.5, "percent", "the Dow climbed 3.5 percent", f"week_pct('DJI','{d}')", S, TOL, "+3.533% for the week.", d, window="week"),
        C("IXIC", "week_return", 1, "percent", "The Nasdaq composite rose 1 percent", f"week_pct('IXIC','{d}')", S, TOL,
          "+0.988% for the week; integer tolerance 0.5.", d, window="week"),
        C("DJI", "milestones_this_week", [8700, 8800, 8900], "levels", "8,700, 8,800 and 8,900 points",
          f"[first_close_above('DJI',x,'{d}') for x in (8700, 8800, 8900)]", S, "record / first time",
          "First closes above 8,700 (Mon 03-16), 8,800 (Thu 03-19) and 8,900 (Fri 03-20) all fall in the week of 1998-03-16.", d, window="week"),
        C("DJI", "record_every_day", True, "flag", "set records every day this week", f"record_closes_in_week('DJI','{d}')", S, "records",
          "Five record closes out of five sessions.", d, window="week"),
        C("SPX", "record_every_day", True, "flag", "Both the Dow and the S&P 500", f"record_closes_in_week('SPX','{d}')", S, "records",
          "Five record closes out of five sessions.", d, window="week"),
        C("WILSHIRE5000", "close_level", 10455.88, "points", "10,455.88", None, U, "series not in the files",
          "Wilshire 5000 (and its record) is not in the files.", d),
        C("RUT", "point_change", -0.05, "points", "slid .05", f"chg('RUT','{d}')", S, TOL, "Daily change -0.05.", d),
        C("RUT", "close_level", 474.25, "points", "474.25", f"close('RUT','{d}')", S, TOL, "Close 474.25.", d),
        C("SP400", "close_level", 365.51, "points", "365.51", None, U, "series not in the files", "S&P 400 mid-cap index is not in the files.", d),
    ]))

# 2 ------------------------------------------------------------------------------------------
d = "1999-07-23"
PASSAGES.append(dict(
    id="ap_19990724_dow_week_loss_greenspan",
    source=dict(site="amarillo.com", url="http://amarillo.com/stories/1999/07/24/usn_LD0647.001.shtml",
                original_outlet="Associated Press (in the Amarillo Globe-News)"),
    published="1999-07-24", published_confidence="exact",
    published_note="Posted Saturday, July 24, 1999; the story is about Friday 1999-07-23 and the week ending that day.",
    text=("Dow down 300 points for week. Posted: Saturday, July 24, 1999. NEW YORK (AP) - Blue-chip stocks added to their "
          "losses Friday as the renewed threat of higher interest rates persuaded investors that strong second-quarter "
          "profits might be at risk. After dropping as much as 100 points in early trading, the Dow Jones industrial average "
          "closed down 58.26 at 10,910.96. For the week, the Dow lost 298.88 points, or 2.7 percent. Broader indicators were "
          "mixed: the Nasdaq composite index, which fell steeply earlier this week, scraped out a last-minute gain of 7.96 "
          "to close at 2,692.40. For the week, the Nasdaq lost 6.1 percent. Banks and brokerages led the Dow lower as "
          "Federal Reserve Chairman Alan Greenspan's Thursday testimony, that the central bank would \"act promptly and "
          "forcefully\" at the first hint of inflation, echoed on Wall Street. The threat of higher rates sent bond prices "
          "plummeting for a second straight session, pushing the yield on the 30-year Treasury bond up to 6.02 percent "
          "from 5.96 percent late Thursday."),
    claims=[
        C("DJI", "week_point_change", -300, "points", "Dow down 300 points for week", f"week_pts('DJI','{d}')", I,
          "imprecise: point change within 20%", "Headline figure; the week's loss is 298.88 points (the body gives it exactly). A rounded 300 is off by 1.12 > 0.5.", d, window="week"),
        C("DJI", "intraday_low_change", -100, "points", "as much as 100 points in early trading", f"low_chg('DJI','{d}')", I,
          "as much as: within one unit of the last stated digit", "Session low 10861.89 vs previous close 10969.22 = -107.33 points. Off by 7.3% (beyond one unit and beyond the 2% unit used for round numbers); if 100 is read as a one-significant-figure figure it would be supported.", d,
          qualifier="as much as", basis="intraday low", detail="session range [10861.89, 11006.58]"),
        C("DJI", "point_change", -58.26, "points", "closed down 58.26", f"chg('DJI','{d}')", S, TOL, "Daily change -58.26.", d),
        C("DJI", "close_level", 10910.96, "points", "10,910.96", f"close('DJI','{d}')", S, TOL, "Close 10910.96.", d),
        C("DJI", "week_point_change", -298.88, "points", "lost 298.88 points", f"week_pts('DJI','{d}')", S, TOL, "Friday-to-Friday -298.88.", d, window="week"),
        C("DJI", "week_return", -2.7, "percent", "or 2.7 percent", f"week_pct('DJI','{d}')", S, TOL, "-2.666% for the week.", d, window="week"),
        C("IXIC", "point_change", 7.96, "points", "gain of 7.96", f"chg('IXIC','{d}')", S, TOL, "Daily change +7.96.", d),
        C("IXIC", "close_level", 2692.40, "points", "2,692.40", f"close('IXIC','{d}')", S, TOL, "Close 2692.40.", d),
        C("IXIC", "week_return", -6.1, "percent", "the Nasdaq lost 6.1 percent", f"week_pct('IXIC','{d}')", I,
          "imprecise: % figure outside tolerance, within 2 pp and 20%", "Friday-to-Friday -6.007%: 0.09 pp off (tolerance 0.07).", d, window="week"),
        C("US30Y", "yield", 6.02, "percent", "up to 6.02 percent", None, U, "series not in the files",
          "30-year Treasury yield is not in the files (DGS10 rose 5.78 -> 5.84 that day).", d, basis="late trading"),
        C("US30Y", "yield", 5.96, "percent", "from 5.96 percent late Thursday", None, U, "series not in the files",
          "30-year Treasury yield is not in the files (DGS10 was 5.78 on 1999-07-22).", "1999-07-22", basis="late trading"),
    ]))

# 3 ------------------------------------------------------------------------------------------
d = "2000-05-16"
PASSAGES.append(dict(
    id="latimes_20000517_fed_hike_rally",
    source=dict(site="latimes.com", url="https://www.latimes.com/archives/la-xpm-2000-may-17-fi-31009-story.html",
                original_outlet="Los Angeles Times (Times staff and wire reports)"),
    published="2000-05-17", published_confidence="exact",
    published_note="Archive URL dated 2000-05-17; 'Tuesday' is the FOMC day 2000-05-16.",
    text=("Stocks Get Back Up After Fed Move. From Times Staff and Wire Reports. Another Fed rate increase--and another "
          "stock market rally. Stocks closed broadly higher Tuesday as the Federal Reserve, as expected, raised its key "
          "short-term rate to 6.5% from 6%. Some analysts read the rally as plain relief that the Fed was not more "
          "aggressive. The Nasdaq composite index ended up 109.92 points, or 3.1%, at 3,717.57. The Dow Jones industrials "
          "rose 126.79 points, or 1.2%, to 10,934.57. A brief sell-off followed the Fed's decision at about 11:15 a.m. "
          "Pacific time, but the market soon regained its footing: the Nasdaq index, up as much as 122 points, to 3,729, "
          "before the Fed acted, tumbled to 3,625 after the announcement, then shot back up almost as fast as it had fallen. "
          "Tuesday's rally marked the fourth consecutive day of gains, as some investors decided the Fed is near the end of "
          "its credit-tightening cycle. Whether it can last is open: the last time the Fed raised rates, on March 21, the "
          "Standard & Poor's 500 index rallied to a record high, yet by early April the market was plummeting. In the bond "
          "market, the 2-year Treasury note yield rose to 6.91% from 6.85% on Monday, though the 10-year T-note yield "
          "eased to 6.42% from 6.45%."),
    claims=[
        C("FEDFUNDS", "target_change", [6.0, 6.5], "percent", "to 6.5% from 6%", "[fed_target('2000-05-15'), fed_target('2000-05-16')]", S,
          "Fed: DFEDTAR", "DFEDTAR 6.0 on 05-15 and 6.5 from 05-16 (FOMC_meetings: target change 6->6.5 on 2000-05-16).", d),
        C("FEDFUNDS", "decision_day", True, "flag", "as expected, raised its key", f"fomc_day('{d}')", S, "Fed: FOMC calendar",
          "2000-05-16 is a scheduled FOMC decision day.", d),
        C("IXIC", "point_change", 109.92, "points", "109.92 points", f"chg('IXIC','{d}')", S, TOL, "Daily change +109.92.", d),
        C("IXIC", "pct_change", 3.1, "percent", "or 3.1%", f"pct('IXIC','{d}')", S, TOL, "+3.047%.", d),
        C("IXIC", "close_level", 3717.57, "points", "3,717.57", f"close('IXIC','{d}')", S, TOL, "Close 3717.57.", d),
        C("DJI", "point_change", 126.79, "points", "126.79 points", f"chg('DJI','{d}')", S, TOL, "Daily change +126.79.", d),
        C("DJI", "pct_change", 1.2, "percent", "or 1.2%", f"pct('DJI','{d}')", S, TOL, "+1.173%.", d),
        C("DJI", "close_level", 10934.57, "points", "10,934.57", f"close('DJI','{d}')", S, TOL, "Close 10934.57.", d),
        C("IXIC", "intraday_high_change", 122, "points", "up as much as 122 points", f"high_chg('IXIC','{d}')", S,
          "as much as: within one unit", "Session high 3729.12 vs previous close 3607.65 = +121.47.", d, qualifier="as much as", basis="intraday high"),
        C("IXIC", "intraday_high", 3729, "points", "to 3,729,", f"high('IXIC','{d}')", S, "as much as: within one unit",
          "Session high 3729.12.", d, qualifier="as much as", basis="intraday high (before the 11:15 a.m. PT announcement)"),
        C("IXIC", "midsession_level", 3625, "points", "tumbled to 3,625", f"low('IXIC','{d}')", I,
          "mid-session figure just outside the session's range",
          "The session low in the file is 3626.99; 3,625 lies 1.99 points below it (0.05%), so the figure is just outside the low-high range.", d,
          basis="after the announcement", detail="session range [3626.99, 3729.12]"),
        C("IXIC", "win_streak", 4, "sessions", "fourth consecutive day of gains", f"[streak(t,'{d}') for t in ('IXIC','DJI','SPX')]", S, "streaks",
          "Nasdaq, Dow and S&P 500 each rose four sessions in a row (05-11 to 05-16).", d),
        C("FEDFUNDS", "previous_hike_date", "2000-03-21", "date", "on March 21", f"last_target_rise_before('{d}')", S, "Fed: DFEDTAR",
          "The previous target increase before 05-16 took effect 2000-03-21 (FOMC day 2000-03-21).", d),
        C("SPX", "record_close", True, "flag", "rallied to a record high", "is_record_close('SPX','2000-03-21')", S, "records",
          "On 2000-03-21 the S&P 500 closed at 1493.87, +2.56%, above every earlier close (previous record 1469.25 on 1999-12-31).", "2000-03-21"),
        C("US2Y", "yield", 6.91, "percent", "rose to 6.91%", f"yld('US2Y','{d}')", S, "yields: end of day",
          "DGS2 6.89 on 05-16 (|diff| 0.02 <= 0.025).", d, basis="end of day"),
        C("US2Y", "yield", 6.85, "percent", "from 6.85%", "yld('US2Y','2000-05-15')", I, "yields: end of day",
          "DGS2 6.88 on Monday 05-15: 0.03 off (tolerance 0.025); so the file shows +0.01 rather than +0.06.", "2000-05-15", basis="end of day"),
        C("US10Y", "yield", 6.42, "percent", "eased to 6.42%", f"yld('US10Y','{d}')", S, "yields: end of day", "DGS10 6.43.", d, basis="end of day"),
        C("US10Y", "yield", 6.45, "percent", "from 6.45%", "yld('US10Y','2000-05-15')", S, "yields: end of day",
          "DGS10 6.47 on 05-15 (|diff| 0.02).", "2000-05-15", basis="end of day"),
    ]))

# 4 ------------------------------------------------------------------------------------------
d = "2001-10-19"
PASSAGES.append(dict(
    id="crains_20011019_midday_earnings_worries",
    source=dict(site="crainsnewyork.com", url="https://www.crainsnewyork.com/article/20011019/FREE/110190704/earnings-forecasts-lower-markets",
                original_outlet="Crain's New York Business"),
    published="2001-10-19", published_confidence="exact",
    published_note="Date in the URL (20011019), a Friday; the figures are midday figures of that session.",
    text=("Earnings forecasts push markets lower. Investors gave stocks the thumbs-down Friday as more reports of reduced "
          "fourth-quarter profit projections weighed on the markets. At midday, the Nasdaq was down 18.78 points, or 1.14%, "
          "to 1,633.94; the Standard & Poor's 500 Index was off 9.06, or 0.9%, to 1,059.55; and the Dow Jones Industrial "
          "Average lost 67.33, or 0.7%, to 9,095.89. Every local sector was lower, with financials hit hardest. Five of the "
          "six New York companies in the Dow fell, with American Express retreating the most ($1.20, or 4%, to $28.99). Amex "
          "is the biggest loser among New York firms on the Dow this year, falling more than 47%."),
    claims=[
        C("IXIC", "midday_level", 1633.94, "points", "to 1,633.94", f"close('IXIC','{d}')", U, "mid-session figure inside the session's range",
          "Midday level inside the session range; the close was 1671.31 (+18.59).", d, basis="midday", detail="session range [1628.24, 1675.2]"),
        C("IXIC", "midday_point_change", -18.78, "points", "down 18.78 points", f"chg('IXIC','{d}')", U, "mid-session figure inside the session's range",
          "Consistent with the stated level (1652.72 - 18.78 = 1633.94) and inside the range of changes (-24.48 to +22.48); the session closed +18.59.", d,
          basis="midday", detail="previous close 1652.72"),
        C("SPX", "midday_level", 1059.55, "points", "to 1,059.55", f"close('SPX','{d}')", U, "mid-session figure inside the session's range",
          "Inside the range; close 1073.48 (+4.87).", d, basis="midday", detail="session range [1057.24, 1075.52]"),
        C("SPX", "midday_point_change", -9.06, "points", "off 9.06", f"chg('SPX','{d}')", U, "mid-session figure inside the session's range",
          "1068.61 - 9.06 = 1059.55, inside the range; closed +4.87.", d, basis="midday", detail="previous close 1068.61"),
        C("DJI", "midday_level", 9095.89, "points", "to 9,095.89", f"close('DJI','{d}')", U, "mid-session figure inside the session's range",
          "Inside the range; close 9204.11 (+40.89).", d, basis="midday", detail="session range [9080.81, 9218.02]"),
        C("DJI", "midday_point_change", -67.33, "points", "lost 67.33", f"chg('DJI','{d}')", U, "mid-session figure inside the session's range",
          "9163.22 - 67.33 = 9095.89, inside the range; closed +40.89.", d, basis="midday", detail="previous close 9163.22"),
        C("AXP", "ytd_return", -47, "percent", "falling more than 47%", None, U, "series not in the files",
          "Single stocks are not in the files.", d, qualifier="more than", window="YTD"),
    ]))

# 5 ------------------------------------------------------------------------------------------
d = "2002-07-24"
PASSAGES.append(dict(
    id="nyt_20020725_dow_second_biggest_point_gain",
    source=dict(site="gainesville.com", url="https://www.gainesville.com/story/news/2002/07/25/wall-street-snaps-back-from-slide/31610599007/",
                original_outlet="The New York Times (in The Gainesville Sun)"),
    published="2002-07-25", published_confidence="exact",
    published_note="Date in the URL; 'Wednesday' is 2002-07-24. The sidebar line about point gains is kept.",
    text=("Wall Street snaps back from slide. The New York Times. NEW YORK - Stocks broke their losing streak on Wednesday, "
          "pushing the Dow Jones industrial average up 6.4 percent in its biggest one-day rally since the rebound after the "
          "1987 market crash. (Sidebar: The Dow recorded its second-biggest daily point gain in history Wednesday, but it was "
          "not a record percentage gain.) After punishing weeks, investors seemed to take comfort in a congressional deal on "
          "accounting legislation, in companies pledging to buy back their own stock and even in the arrest of former "
          "Adelphia executives. By the end of the day, the Dow and the Standard & Poor's 500-stock index had turned in their "
          "second best performances since World War II. The S&P 500 gained 5.7 percent, and the Nasdaq composite index rose "
          "5 percent. It was only the second time in 13 days that the Dow had posted a gain and only the third gain for the "
          "S&P in 13 sessions. But in this bear market, the major indexes remain down 18 percent or more for the year."),
    claims=[
        C("DJI", "pct_change", 6.4, "percent", "up 6.4 percent", f"pct('DJI','{d}')", S, TOL, "+6.348% (|diff| 0.052).", d),
        C("DJI", "biggest_gain_since", "1987", "date", "biggest one-day rally since the rebound after the 1987 market crash",
          f"last_pct_gain_as_big('DJI','{d}')", U, "history before the file starts",
          "No larger percentage gain in the Dow file (which starts 1992-01-02: computed value None); the 1987-1991 part cannot be checked.", d),
        C("DJI", "point_gain_rank", 2, "rank", "second-biggest daily point gain in history", f"rank_pts_gain('DJI','{d}')", S, "ranks",
          "+488.95 is the second-largest point gain in the file, after +499.19 on 2000-03-16. Caveat: the file starts in 1992, but the Dow stood near 3,150 then, so no earlier session can have gained as many points.", d),
        C("DJI", "not_record_pct_gain", True, "flag", "not a record percentage gain", None, U, "history before the file starts",
          "In the file (from 1992) +6.35% is the largest percentage gain; the record percentage gains are from 1929-1933 and 1987, before the file.", d),
        C("SPX", "pct_gain_rank_since_ww2", 2, "rank", "second best performances since World War II", f"rank_pct_gain('SPX','{d}','1945-09-02')", S, "ranks",
          "Since 1945-09-02 only 1987-10-21 (+9.10%) beats +5.73%; third is 1987-10-20 (+5.33%).", d),
        C("DJI", "pct_gain_rank_since_ww2", 2, "rank", "By the end of the day, the Dow", f"rank_pct_gain('DJI','{d}','1992-01-01')", U, "history before the file starts",
          "Rank 1 within the Dow file (1992 on); ranking since 1945 needs pre-1992 data (1987-10-21 was larger).", d),
        C("SPX", "pct_change", 5.7, "percent", "The S&P 500 gained 5.7 percent", f"pct('SPX','{d}')", S, TOL, "+5.733%.", d),
        C("IXIC", "pct_change", 5, "percent", "rose 5 percent", f"pct('IXIC','{d}')", S, TOL, "+4.978%.", d),
        C("DJI", "up_days_in_13", 2, "sessions", "only the second time in 13 days", f"ups_in_last('DJI','{d}',13)", S, "counts",
          "Two up closes in the 13 sessions ending 07-24 (this one included).", d, window="13 sessions"),
        C("SPX", "up_days_in_13", 3, "sessions", "only the third gain for the S&P in 13 sessions", f"ups_in_last('SPX','{d}',13)", S, "counts",
          "Three up closes in the 13 sessions ending 07-24.", d, window="13 sessions"),
        C("DJI", "ytd_return_bound", -18, "percent", "down 18 percent or more for the year",
          f"[ytd_pct(t,'{d}') for t in ('DJI','SPX','IXIC')]", S, "at least",
          "YTD at the close: Dow -18.26%, S&P 500 -26.54%, Nasdaq -33.85%; all at least 18% down (the Dow only just).", d, qualifier="or more", window="YTD"),
    ]))

# 6 ------------------------------------------------------------------------------------------
d = "2003-09-30"
PASSAGES.append(dict(
    id="ap_20031001_stocks_end_quarter_slide",
    source=dict(site="theledger.com", url="http://www.theledger.com/article/20031001/NEWS/310010334?Title=Stocks-End-Quarter-in-A-Slide-Dow-Drops-105",
                original_outlet="Associated Press (in The Ledger)"),
    published="2003-10-01", published_confidence="exact",
    published_note="Published Wednesday, October 1, 2003 (page); 'Tuesday' is 2003-09-30, the quarter's last session.",
    text=("Stocks End Quarter in A Slide; Dow Drops 105. Published: Wednesday, October 1, 2003. NEW YORK -- Weak reports on "
          "consumer confidence and Midwest business activity sent stocks back into a downward slide Tuesday, leaving Wall "
          "Street with a loss for the month of September. The market nevertheless closed a solid third quarter, with the "
          "Nasdaq composite index rising 10 percent for its fourth straight quarterly gain. The Dow Jones industrials and "
          "Standard & Poor's 500 index each scored a second consecutive quarterly advance. Still, Tuesday was the fourth down "
          "day for the market out of the last five. The Dow closed Tuesday down 105.18, or 1.1 percent, at 9,275.06. The loss "
          "more than erased Monday's gain of 67.16. The other gauges also fell sharply: the Nasdaq dropped 37.62, or 2.1 "
          "percent, to 1,786.94, and the S&P fell 10.61, or 1.1 percent, to 995.97. Analysts blamed end-of-quarter selling "
          "in part. The Conference Board's consumer confidence index fell to 76.8 in September."),
    claims=[
        C("DJI", "month_return_sign", "loss", "sign", "a loss for the month of September", f"[mtd_pct(t,'{d}') for t in ('DJI','SPX','IXIC')]", S, "moves: MTD",
          "September: Dow -1.50%, S&P 500 -1.19%, Nasdaq -1.30%.", d, window="September 2003"),
        C("IXIC", "quarter_return", 10, "percent", "rising 10 percent", f"qtd_pct('IXIC','{d}')", S, TOL, "Q3 2003: +10.115%.", d, window="Q3 2003"),
        C("IXIC", "quarterly_win_streak", 4, "quarters", "fourth straight quarterly gain", f"quarter_returns('IXIC','{d}',5)", S, "streaks",
          "Quarterly returns Q3 2002..Q3 2003: -19.90, +13.95, +0.42, +21.00, +10.12: four gains in a row.", d),
        C("DJI", "quarterly_win_streak", 2, "quarters", "second consecutive quarterly advance",
          f"[quarter_returns('DJI','{d}',3), quarter_returns('SPX','{d}',3)]", S, "streaks",
          "Dow Q1-Q3 2003: -4.19, +12.43, +3.22; S&P 500: -3.60, +14.89, +2.20; two gains in a row each.", d),
        C("DJI", "down_days_in_5", 4, "sessions", "fourth down day for the market out of the last five",
          f"[downs_in_last(t,'{d}',5) for t in ('DJI','SPX','IXIC')]", S, "counts", "Four down closes in five for all three indexes.", d, window="5 sessions"),
        C("DJI", "point_change", -105.18, "points", "down 105.18", f"chg('DJI','{d}')", S, TOL, "-105.18.", d),
        C("DJI", "pct_change", -1.1, "percent", "or 1.1 percent, at", f"pct('DJI','{d}')", S, TOL, "-1.121%.", d),
        C("DJI", "close_level", 9275.06, "points", "9,275.06", f"close('DJI','{d}')", S, TOL, "Close 9275.06.", d),
        C("DJI", "point_change", 67.16, "points", "Monday's gain of 67.16", "chg('DJI','2003-09-29')", S, TOL, "Monday 09-29: +67.16.", "2003-09-29"),
        C("DJI", "two_day_change_sign", "more than erased", "sign", "more than erased", "round(chg('DJI','2003-09-29') + chg('DJI','2003-09-30'), 2)", S, "moves",
          "Two-day change -38.02: Tuesday's loss exceeds Monday's gain.", d, window="2 sessions"),
        C("IXIC", "point_change", -37.62, "points", "dropped 37.62", f"chg('IXIC','{d}')", S, TOL, "-37.62.", d),
        C("IXIC", "pct_change", -2.1, "percent", "or 2.1", f"pct('IXIC','{d}')", S, TOL, "-2.062%.", d),
        C("IXIC", "close_level", 1786.94, "points", "1,786.94", f"close('IXIC','{d}')", S, TOL, "Close 1786.94.", d),
        C("SPX", "point_change", -10.61, "points", "fell 10.61", f"chg('SPX','{d}')", S, TOL, "-10.61.", d),
        C("SPX", "pct_change", -1.1, "percent", "or 1.1 percent, to", f"pct('SPX','{d}')", S, TOL, "-1.054% (|diff| 0.046).", d),
        C("SPX", "close_level", 995.97, "points", "995.97", f"close('SPX','{d}')", S, TOL, "Close 995.97.", d),
        C("US_CONFIDENCE", "index_level", 76.8, "index", "fell to 76.8", None, U, "series not in the files",
          "Conference Board consumer confidence is not in the files.", d),
    ]))

# 7 ------------------------------------------------------------------------------------------
d = "2004-06-30"
PASSAGES.append(dict(
    id="chicagotribune_20040701_fed_hike_yawn",
    source=dict(site="articles.chicagotribune.com", url="http://articles.chicagotribune.com/2004-07-01/business/0407010268_1_rate-hike-fed-meeting-rate-increase",
                original_outlet="Chicago Tribune (Tribune news services)"),
    published="2004-07-01", published_confidence="exact",
    published_note="Dated July 01, 2004; 'Wednesday' is the FOMC day 2004-06-30. Another corpus has a different outlet's page dated 2004-06-30 that may cover the same session.",
    text=("Fed rate increase draws little interest from investors -- Further hikes considered likely. July 01, 2004 | From "
          "Tribune news services. NEW YORK -- The stock market met an interest rate hike with a stifled yawn Wednesday, "
          "posting slight gains after the expected move by Federal Reserve policymakers, who increased their target rate to "
          "1.25 percent from 1.00 percent. \"Stocks did not rally more because this was so well communicated,\" said one "
          "Minneapolis money manager. All three major indexes closed up after losing ground before the Fed's announcement. "
          "The Dow Jones industrial average added 22.05 points, to 10,435.48. The Standard & Poor's 500 index rose 4.64, to "
          "1140.84. The Nasdaq composite index gained 12.86, to 2047.79. The market had fretted over the size of the "
          "increase--the first since May 2000--and over the accompanying statement, but there were few surprises; the Fed "
          "promised to keep raising rates at a \"measured pace\". History shows a rally need not end when the central bank "
          "starts tightening: since 1946, the S&P 500 has gained an average of 9.9 percent in the first year after the "
          "Fed's initial rate increase, according to Leuthold Group. The S&P 500 gained 2.6 percent in the first half of the "
          "year and 1.3 percent in the second quarter, its fifth straight quarterly advance."),
    claims=[
        C("FEDFUNDS", "target_change", [1.0, 1.25], "percent", "1.25 percent from 1.00 percent", "[fed_target('2004-06-29'), fed_target('2004-06-30')]", S,
          "Fed: DFEDTAR", "DFEDTAR 1.0 -> 1.25 effective 2004-06-30 (FOMC day).", d),
        C("DJI", "closed_up_all_three", True, "flag", "All three major indexes closed up", f"[chg(t,'{d}') for t in ('DJI','SPX','IXIC')]", S, "moves",
          "+22.05, +4.64, +12.86.", d),
        C("DJI", "pre_announcement_losses", True, "flag", "after losing ground before the Fed's announcement",
          f"[low_chg(t,'{d}') for t in ('DJI','SPX','IXIC')]", U, "mid-session, timing not in the files",
          "Each index traded below the previous close at some point (session lows -37.76, -2.58, -3.05 points), but the files cannot tell whether that was before the 2:15 p.m. announcement.", d, basis="intraday"),
        C("DJI", "point_change", 22.05, "points", "added 22.05 points", f"chg('DJI','{d}')", S, TOL, "+22.05.", d),
        C("DJI", "close_level", 10435.48, "points", "10,435.48", f"close('DJI','{d}')", S, TOL, "Close 10435.48.", d),
        C("SPX", "point_change", 4.64, "points", "rose 4.64", f"chg('SPX','{d}')", S, TOL, "+4.64.", d),
        C("SPX", "close_level", 1140.84, "points", "1140.84", f"close('SPX','{d}')", S, TOL, "Close 1140.84.", d),
        C("IXIC", "point_change", 12.86, "points", "gained 12.86", f"chg('IXIC','{d}')", S, TOL, "+12.86.", d),
        C("IXIC", "close_level", 2047.79, "points", "2047.79", f"close('IXIC','{d}')", S, TOL, "Close 2047.79.", d),
        C("FEDFUNDS", "previous_hike", "2000-05", "month", "the first since May 2000", f"last_target_rise_before('{d}')", S, "Fed: DFEDTAR",
          "Previous target increase took effect 2000-05-16.", d),
        C("FEDFUNDS", "guidance", "measured pace", "text", "measured pace", None, F, "forecast",
          "Policy guidance about future increases; not judged (the target did rise at every meeting into 2006).", d),
        C("SPX", "avg_return_after_first_hike", 9.9, "percent", "an average of 9.9 percent", None, U, "method not stated",
          "Leuthold's set of 'initial rate increases' since 1946 and its measurement are not given; DFEDTAR starts only in 1982.", d, window="first year after initial hikes since 1946"),
        C("SPX", "half_year_return", 2.6, "percent", "2.6 percent in the first half", f"half_pct('SPX','{d}')", S, TOL, "+2.601% (2003-12-31 to 2004-06-30).", d, window="H1 2004"),
        C("SPX", "quarter_return", 1.3, "percent", "1.3 percent in the second quarter", f"qtd_pct('SPX','{d}')", S, TOL, "+1.299%.", d, window="Q2 2004"),
        C("SPX", "quarterly_win_streak", 5, "quarters", "fifth straight quarterly advance", f"quarter_returns('SPX','{d}',6)", S, "streaks",
          "Q1 2003 -3.60, then +14.89, +2.20, +11.64, +1.29, +1.30: five gains in a row.", d),
    ]))

# 8 ------------------------------------------------------------------------------------------
d = "2005-01-21"
PASSAGES.append(dict(
    id="adweek_200501_same_old_story",
    source=dict(site="adweek.com", url="https://www.adweek.com/brand-marketing/same-old-story-77314/", original_outlet="Adweek"),
    published="2005-01", published_confidence="medium",
    published_note="No date on the page. The Dow close 10,392.99 and Nasdaq 2034.27 match Friday 2005-01-21 only, and 'Tuesday, the first day of trading in the holiday-shortened week' fits the Martin Luther King Day week; a weekly column about 'last week' so published in late January 2005 (probably 2005-01-24).",
    text=("Same Old Story. Stocks fell again last week, a decline partly blamed on a University of Michigan study released "
          "on Friday that showed its consumer-confidence index dropping well over a point. Oil prices climbed again, and the "
          "bad news outweighed solid earnings from blue chippers General Electric and United Technologies. For the week, "
          "the Dow Jones industrial average fell 1.7 percent to 10,392.99, the third consecutive week its arrow has pointed "
          "south. The Nasdaq was down 2.6 percent for the week to close at 2034.27. Among the big three holding companies, "
          "only IPG closed up for the week, at $13.15, a gain of 2.3 percent. All of that gain came on Tuesday, the first day "
          "of trading in the holiday-shortened week. Omnicom finished at $84.06, down 2.9 percent."),
    claims=[
        C("DJI", "week_return", -1.7, "percent", "fell 1.7 percent", f"week_pct('DJI','{d}')", I, "imprecise: % figure outside tolerance, within 2 pp and 20%",
          "Friday 01-14 close 10558.00 to Friday 01-21 close: -1.563%; 0.14 pp off.", d, window="week"),
        C("DJI", "close_level", 10392.99, "points", "10,392.99", f"close('DJI','{d}')", S, TOL, "Close 10392.99.", d),
        C("DJI", "weekly_loss_streak", 3, "weeks", "the third consecutive week its arrow has pointed south", f"week_streak('DJI','{d}')", X,
          "streaks: wrong count", "It was the fourth losing week in a row (weeks to 12-31 -0.41%, 01-07 -1.66%, 01-14 -0.43%, 01-21 -1.56%).", d),
        C("IXIC", "week_return", -2.6, "percent", "down 2.6 percent for the week", f"week_pct('IXIC','{d}')", S, TOL, "-2.569%.", d, window="week"),
        C("IXIC", "close_level", 2034.27, "points", "2034.27", f"close('IXIC','{d}')", S, TOL, "Close 2034.27.", d),
        C("GENERIC", "holiday_shortened_week", True, "flag", "the first day of trading in the holiday-shortened week",
          "not is_trading_day('DJI','2005-01-17')", S, "calendar", "No session on Monday 2005-01-17 (Martin Luther King Day), so Tuesday was the week's first session.", "2005-01-18"),
        C("IPG", "week_return", 2.3, "percent", "a gain of 2.3 percent", None, U, "series not in the files", "Single stocks are not in the files.", d, window="week"),
    ]))

# 9 ------------------------------------------------------------------------------------------
d = "2005-03-09"
PASSAGES.append(dict(
    id="latimes_20050310_nasdaq_music_died",
    source=dict(site="latimes.com", url="https://www.latimes.com/archives/la-xpm-2005-mar-10-ed-crash10-story.html",
                original_outlet="Los Angeles Times (editorial)"),
    published="2005-03-10", published_confidence="exact",
    published_note="Archive URL dated 2005-03-10; 'Wednesday' is 2005-03-09.",
    text=("The Day Nasdaq's Music Died. Remember when you could not go to a gym or a party without hearing someone praise a "
          "Cisco, a JDS Uniphase or an Ariba, and a stock split was taken as a sign of divine favor? Five years ago, the "
          "music died on the Nasdaq. The tech-laden stock index reached its all-time high on March 10, 2000, closing at "
          "5,049. The dot-com bubble burst over the next year, wiping out $3.5 trillion of wealth. Wednesday, the Nasdaq "
          "closed at 2,061, still nearly 60% off its high. Looking back it all seems obvious. We were partying like it was "
          "1999, which is why the Nasdaq could soar 2,000 points -- nearly its total value now -- in only four months. Then "
          "came the crash."),
    claims=[
        C("IXIC", "record_close_date", "2000-03-10", "date", "reached its all-time high on March 10, 2000",
          "max_close('IXIC','1971-01-01','2005-03-09')", S, "records", "Highest close in the file up to 2005-03-09: 5048.62 on 2000-03-10.", "2000-03-10"),
        C("IXIC", "record_close_level", 5049, "points", "closing at 5,049", "close('IXIC','2000-03-10')", S, TOL, "5048.62 rounds to 5,049.", "2000-03-10"),
        C("US_MKTCAP", "wealth_lost", 3.5, "trillion USD", "$3.5 trillion", None, U, "series not in the files", "Market value is not in the files.", "2001"),
        C("IXIC", "close_level", 2061, "points", "closed at 2,061", f"close('IXIC','{d}')", S, TOL, "2061.29.", d),
        C("IXIC", "pct_from_ath", 60, "percent", "nearly 60% off its high", "pct_below('IXIC','2005-03-09',5048.62)", S, "nearly: claim - 1 <= true <= claim + 0.5",
          "59.17% below the 5048.62 record close.", d, qualifier="nearly"),
        C("IXIC", "four_month_point_gain", 2000, "points", "soar 2,000 points", "round(close('IXIC','2000-03-10') - min_close('IXIC','1999-11-10','2000-03-10')[1], 2)", I,
          "imprecise: point change within 20%",
          "The window is read as the four months to the 2000-03-10 peak: the lowest close in it is 3155.96 (1999-11-10), a gain of 1892.66 points to the record close (5.4% short of 2,000). On an intraday basis (high 5132.52 on 2000-03-10) the gain is about 1,977.", "2000-03-10", window="four months to the peak"),
    ]))

# 10 -----------------------------------------------------------------------------------------
d = "2006-07-21"
PASSAGES.append(dict(
    id="latimes_20060722_nasdaq_closer_to_bear",
    source=dict(site="latimes.com", url="https://www.latimes.com/archives/la-xpm-2006-jul-22-fi-markets22-story.html",
                original_outlet="Los Angeles Times (Times staff and wire reports)"),
    published="2006-07-22", published_confidence="exact",
    published_note="Archive URL dated 2006-07-22; 'Friday' is 2006-07-21.",
    text=("Nasdaq Closer to Bear Market. From Times Staff and Wire Reports. Stocks fell for a second straight session Friday, "
          "pushing the Nasdaq composite index and key indexes of smaller stocks closer to bear-market territory. A "
          "disappointing forecast from Dell cut its shares nearly 10%, and its slide helped drag the Nasdaq composite down "
          "19.03 points, or 0.9%, to 2,020.39 -- its lowest close since May 2005. Nasdaq now is down 14.8% from its five-year "
          "high of 2,370.88 reached on April 19. A classic definition of a bear market is a drop of 20% or more. Blue-chip "
          "indexes lost only modestly: the Dow Jones industrial average gave back 59.72 points, or 0.6%, to 10,868.38, and "
          "the Standard & Poor's 500 index gave up 8.84 points, or 0.7%, to 1,240.29. But gauges of small and mid-size stocks "
          "fell below their mid-June lows. The Russell 2,000 small-stock index sank 11.67 points, or 1.7%, to 671.94. That "
          "left it below the mid-June low of 672.72, and down 14.1% from its record high reached May 5. The Russell index now "
          "is negative for the year to date, off 0.2%. Near-term oil futures edged up 16 cents to $74.43 a barrel."),
    claims=[
        C("DJI", "loss_streak", 2, "sessions", "second straight session", f"[streak(t,'{d}') for t in ('DJI','SPX','IXIC')]", S, "streaks",
          "All three down on 07-20 and 07-21.", d),
        C("IXIC", "point_change", -19.03, "points", "19.03 points", f"chg('IXIC','{d}')", S, TOL, "-19.03.", d),
        C("IXIC", "pct_change", -0.9, "percent", "or 0.9%", f"pct('IXIC','{d}')", S, TOL, "-0.933%.", d),
        C("IXIC", "close_level", 2020.39, "points", "2,020.39", f"close('IXIC','{d}')", S, TOL, "Close 2020.39.", d),
        C("IXIC", "lowest_close_since", "2005-05", "month", "its lowest close since May 2005", f"lowest_close_since('IXIC','{d}')", S, "highest/lowest since",
          "Last lower close: 2005-05-17.", d),
        C("IXIC", "pct_from_high", 14.8, "percent", "down 14.8% from its five-year high", "pct_below_max('IXIC','2006-07-21','2001-07-21')", S, TOL,
          "14.78% below 2370.88.", d),
        C("IXIC", "five_year_high", ["2006-04-19", 2370.88], "date, points", "2,370.88 reached on April 19", "max_close('IXIC','2001-07-21','2006-07-21')", S, "records",
          "Highest close of the five years to 07-21 is 2370.88 on 2006-04-19.", "2006-04-19"),
        C("DJI", "point_change", -59.72, "points", "59.72 points", f"chg('DJI','{d}')", S, TOL, "-59.72.", d),
        C("DJI", "pct_change", -0.6, "percent", "or 0.6%", f"pct('DJI','{d}')", S, TOL, "-0.546% (|diff| 0.054).", d),
        C("DJI", "close_level", 10868.38, "points", "10,868.38", f"close('DJI','{d}')", S, TOL, "Close 10868.38.", d),
        C("SPX", "point_change", -8.84, "points", "8.84 points", f"chg('SPX','{d}')", S, TOL, "-8.84.", d),
        C("SPX", "pct_change", -0.7, "percent", "or 0.7%", f"pct('SPX','{d}')", S, TOL, "-0.708%.", d),
        C("SPX", "close_level", 1240.29, "points", "1,240.29", f"close('SPX','{d}')", S, TOL, "Close 1240.29.", d),
        C("RUT", "point_change", -11.67, "points", "11.67 points", f"chg('RUT','{d}')", S, TOL, "-11.67.", d),
        C("RUT", "pct_change", -1.7, "percent", "or 1.7%", f"pct('RUT','{d}')", S, TOL, "-1.707%.", d),
        C("RUT", "close_level", 671.94, "points", "671.94", f"close('RUT','{d}')", S, TOL, "Close 671.94.", d),
        C("RUT", "mid_june_low", ["2006-06-13", 672.72], "date, points", "the mid-June low of 672.72", "min_close('RUT','2006-06-01','2006-06-30')", S, TOL,
          "Lowest June close 672.72 on 2006-06-13; 671.94 is below it.", "2006-06-13"),
        C("RUT", "pct_from_ath", 14.1, "percent", "down 14.1% from its record high", "pct_below_max('RUT','2006-07-21','1987-09-10')", S, TOL,
          "14.06% below the 781.83 record close.", d),
        C("RUT", "record_close_date", "2006-05-05", "date", "reached May 5", "max_close('RUT','1987-09-10','2006-07-21')", S, "records",
          "Record close 781.83 on 2006-05-05.", "2006-05-05"),
        C("RUT", "ytd_return", -0.2, "percent", "off 0.2%", f"ytd_pct('RUT','{d}')", S, TOL, "-0.19% year to date.", d, window="YTD"),
        C("CRUDE", "price", 74.43, "USD", "$74.43", None, U, "series not in the files", "Oil futures are not in the files.", d),
    ]))

# 11 -----------------------------------------------------------------------------------------
d = "2007-03-26"
PASSAGES.append(dict(
    id="crossingwallstreet_20070327_nasdaq100_seven_years",
    source=dict(site="crossingwallstreet.com", url="http://www.crossingwallstreet.com/archives/2007/03/the-nasdaq-100-seven-years-on.html",
                original_outlet="Crossing Wall Street (investment blog)"),
    published="2007-03-27", published_confidence="exact",
    published_note="Posted March 27th, 2007 at 8:36 am, before the open: 'in those seven years' is measured to the 2007-03-26 close.",
    text=("The Nasdaq 100 Seven Years On. The Nasdaq Composite (^IXIC) peaked on March 10, 2000 at 5,048.62, but the Nasdaq "
          "100 (^NDX) reached its peak seven years ago today, March 27, 2000, at 4,704.73. That index and its ETF (QQQQ) best "
          "stood for the dream of limitless tech profits. In those seven years, the Nasdaq 100 has lost 61.7%. Worse, at one "
          "point, in October 2002, the index was 82.9% below its 2000 high. Odd as it sounds, going from an 82.9% loss to a "
          "61.7% loss is a great move--a 124% profit. Five stocks, Microsoft, Intel, Cisco, Dell and Oracle, dominated the "
          "index and still make up over 30% of the Nasdaq 100's total market value, against just 5.4% of the S&P 500. Since "
          "the Nasdaq 100 peaked seven years ago, Microsoft is down 45.8% and Intel is down 73%. Posted on March 27th, 2007 "
          "at 8:36 am."),
    claims=[
        C("IXIC", "record_close", ["2000-03-10", 5048.62], "date, points", "peaked on March 10, 2000 at 5,048.62", f"max_close('IXIC','1971-01-01','{d}')", S, "records",
          "Record close 5048.62 on 2000-03-10 (intraday peak 5132.52 the same day).", "2000-03-10"),
        C("NDX", "record_close", ["2000-03-27", 4704.73], "date, points", "March 27, 2000, at 4,704.73", f"max_close('NDX','1985-10-01','{d}')", S, "records",
          "Record close 4704.73 on 2000-03-27 (intraday high that day 4781.19).", "2000-03-27"),
        C("NDX", "pct_from_ath", 61.7, "percent", "has lost 61.7%", f"pct_below('NDX','{d}',4704.73)", S, TOL,
          "2007-03-26 close 1802.95 is 61.68% below 4704.73.", d, window="2000-03-27 to 2007-03-26"),
        C("NDX", "max_drawdown_oct_2002", 82.9, "percent", "82.9% below its 2000 high",
          "round(100 * (1 - min_close('NDX','2002-10-01','2002-10-31')[1] / 4704.73), 3)", S, TOL,
          "Lowest October 2002 close 804.64 (2002-10-07): 82.90% below the record close (intraday low 795.25 would give 83.1%).", "2002-10-07"),
        C("NDX", "gain_from_low", 124, "percent", "a 124% profit", f"pct_between('NDX','2002-10-07','{d}')", S, TOL,
          "804.64 -> 1802.95 = +124.07%; also the arithmetic of the stated figures, 38.3/17.1 - 1 = 124%.", d, window="2002-10-07 to 2007-03-26"),
        C("NDX_WEIGHTS", "weight_top5", 30, "percent", "over 30%", None, U, "series not in the files", "Index weights are not in the files.", d, qualifier="over"),
        C("MSFT", "return_since_peak", -45.8, "percent", "Microsoft is down 45.8%", None, U, "series not in the files", "Single stocks are not in the files.", d),
    ]))

# 12 -----------------------------------------------------------------------------------------
d = "2008-06-27"
PASSAGES.append(dict(
    id="moszer_20080629_fourth_losing_week",
    source=dict(site="moszer.us", url="http://moszer.us/2008/06/29/nasdaq-sp500-endure-fourth-losing-week/trackback",
                original_outlet="moszer.us (market blog)"),
    published="2008-06-29", published_confidence="exact",
    published_note="Headed June 27, 2008 (the Friday session described) and 'Posted June 29, 10:00 AM'.",
    text=("NASDAQ, S&P500 Endure Fourth Losing Week. June 27, 2008. Another bad week, the only difference being that prices "
          "tumbled from the opening bell on Thursday rather than on the Friday before. Today the losses were moderate: by "
          "the close the NASDAQ was off -.25 percent, the S&P500 by -.37 percent, while the DJIA was the worst performer, "
          "losing -.93 percent. The DJIA dropped -4.19 percent this week, its fourth loss in the past six weeks. The size of "
          "the loss drew notice, but frequency matters more: this is the fourth time this year that the index plunged more "
          "than minus four percent in a week. Indeed, the DJIA lost -4.23 percent in the opening week of 2008. In the past six "
          "weeks, the NASDAQ and the S&P500 have been down five times, and those losses dwarf the lone gain. The S&P500 lost "
          "more than minus four percent per week some 21 times since January 2000, yet only two of these occurred during the "
          "long upswing from 2003 that ended only last year. DJIA -.93 percent / NASDAQ -.25 percent / S&P500 -37 percent. "
          "Posted June 29, 10:00 AM."),
    claims=[
        C("IXIC", "weekly_loss_streak", 4, "weeks", "NASDAQ, S&P500 Endure", f"week_streak('IXIC','{d}')", S, "streaks",
          "Four losing weeks in a row (-1.91, -0.81, -1.97, -3.76%).", d),
        C("SPX", "weekly_loss_streak", 4, "weeks", "Fourth Losing Week", f"week_streak('SPX','{d}')", S, "streaks",
          "Four losing weeks in a row (-2.84, -0.05, -3.10, -3.00%).", d),
        C("IXIC", "pct_change", -0.25, "percent", "the NASDAQ was off -.25 percent", f"pct('IXIC','{d}')", S, TOL, "-0.247%.", d),
        C("SPX", "pct_change", -0.37, "percent", "the S&P500 by -.37 percent", f"pct('SPX','{d}')", S, TOL, "-0.372%.", d),
        C("DJI", "pct_change", -0.93, "percent", "losing -.93 percent", f"pct('DJI','{d}')", S, TOL, "-0.933%.", d),
        C("DJI", "worst_performer", True, "flag", "the DJIA was the worst performer", f"[pct(t,'{d}') for t in ('DJI','SPX','IXIC')]", S, "ordering",
          "Dow -0.93% against S&P 500 -0.37% and Nasdaq -0.25%.", d),
        C("DJI", "week_return", -4.19, "percent", "dropped -4.19 percent this week", f"week_pct('DJI','{d}')", S, TOL, "-4.190%.", d, window="week"),
        C("DJI", "losing_weeks_in_6", 4, "weeks", "its fourth loss in the past six weeks", f"sum(1 for x in weekly_returns('DJI','{d}',6) if x < 0)", S, "counts",
          "Last six weeks: -3.91, +1.27, -3.39, +0.80, -3.78, -4.19.", d, window="6 weeks"),
        C("DJI", "weeks_below_minus4_ytd", 4, "weeks", "the fourth time this year", f"len(weeks_le_list('DJI','2008-01-01','{d}',-4))", S, "counts",
          "Weeks to 01-04, 01-18, 02-08 and 06-27 each lost more than 4%.", d, window="2008 YTD"),
        C("DJI", "week_return", -4.23, "percent", "lost -4.23 percent in the opening week of 2008", "weekly_returns('DJI','2008-01-04',1)[0]", S, TOL,
          "Week to 2008-01-04: -4.232%.", "2008-01-04", window="week"),
        C("IXIC", "losing_weeks_in_6", 5, "weeks", "the NASDAQ and the S&P500 have been down five times", f"sum(1 for x in weekly_returns('IXIC','{d}',6) if x < 0)", S, "counts",
          "Nasdaq: -3.33, +3.19, -1.91, -0.81, -1.97, -3.76.", d, window="6 weeks"),
        C("SPX", "losing_weeks_in_6", 5, "weeks", "have been down five times, and", f"sum(1 for x in weekly_returns('SPX','{d}',6) if x < 0)", S, "counts",
          "S&P 500: -3.47, +1.78, -2.84, -0.05, -3.10, -3.00.", d, window="6 weeks"),
        C("SPX", "weeks_below_minus4_since_2000", 21, "weeks", "some 21 times since January 2000", f"count_weeks_le('SPX','2000-01-01','{d}',-4)", S, "about: within one unit",
          "Exactly 21 Friday-to-Friday losses beyond 4% from January 2000 to June 2008.", d, qualifier="some", window="2000-01 to 2008-06-27"),
        C("SPX", "weeks_below_minus4_in_upswing", 2, "weeks", "only two of these occurred during the long upswing", "len(weeks_le_list('SPX','2003-03-11','2007-10-09',-4))", S, "counts",
          "Between the March 2003 low and the October 2007 peak only the weeks to 2007-03-02 and 2007-07-27 lost more than 4%.", d, window="2003-03-11 to 2007-10-09"),
        C("SPX", "pct_change", -37, "percent", "S&P500 -37 percent", f"pct('SPX','{d}')", X, "contradicted: far off",
          "Summary line: the S&P 500 fell 0.372%, not 37%; a dropped decimal point (the body says -.37).", d),
    ]))

# 13 -----------------------------------------------------------------------------------------
d = "2008-10-03"
PASSAGES.append(dict(
    id="marketrewind_20081004_week40_rewind",
    source=dict(site="marketrewind.blogspot.com", url="http://marketrewind.blogspot.com/2008/10/weekly-rewind-week-40-100308.html",
                original_outlet="Market Rewind (investor newsletter blog)"),
    published="2008-10-04", published_confidence="exact",
    published_note="Saturday, October 4, 2008 on the page; the week described ends Friday 2008-10-03.",
    text=("Weekly Rewind - Week 40 (10/03/08). Saturday, October 4, 2008. The red that fills the table speaks for itself -- "
          "res ipsa loquitur. Nothing was green except some surprising US Dollar strength (UUP +4.8%), as the S&P 500 (SPY) "
          "recorded a staggering -8.7% decline in extremely whippy trade. The VIX options volatility index topped 48 on "
          "Monday, and remained in the 40's throughout the week (now +22.7% stretched above its 15-day moving average). "
          "Emerging Market (EEM) losses made the S&P's look mild, down -14.2%. Only Consumer Staples and Healthcare stayed "
          "on relatively high ground (XLP -1.7%; XLV -3.9%). In the last decade, only two other weeks matched or exceeded "
          "this one in magnitude of loss for the S&P 500 (September '01 & April '00, both -10.2%). In each case, the following "
          "week the index saw gains of +5% or more."),
    claims=[
        C("SPY", "week_return", -8.7, "percent", "a staggering -8.7% decline", f"week_pct('SPY','{d}')", S, TOL,
          "SPY price 120.85 -> 110.34 = -8.697%. The S&P 500 index itself fell 9.40%, which would be imprecise.", d, window="week"),
        C("VIX", "intraday_high", 48, "points", "topped 48 on Monday", "high('VIX','2008-09-29')", S, "more than",
          "Monday 09-29 high 48.40 (close 46.72).", "2008-09-29", qualifier="above", basis="intraday high"),
        C("VIX", "range_all_week", "40s", "band", "in the 40's throughout the week",
          "[close('VIX',x) for x in ('2008-09-29','2008-09-30','2008-10-01','2008-10-02','2008-10-03')]", X, "contradicted: bound not met",
          "Closes 46.72, 39.39, 39.81, 45.26, 45.14: Tuesday and Wednesday closed below 40 (and intraday lows went down to 36.92), a near miss.", d, window="week"),
        C("VIX", "pct_above_15d_ma", 22.7, "percent", "+22.7% stretched", "vix_ma_stretch('2008-10-03',15)", S, TOL,
          "Close 45.14 against the mean of the last 15 closes (this one included): +22.66%.", d),
        C("UUP", "week_return", 4.8, "percent", "UUP +4.8%", None, U, "series not in the files", "UUP is not in the files.", d, window="week"),
        C("EEM", "week_return", -14.2, "percent", "down -14.2%", None, U, "series not in the files", "EEM is not in the files.", d, window="week"),
        C("XLP", "week_return", -1.7, "percent", "XLP -1.7%", None, U, "sector SPDR price figures not checkable",
          "XLP has only adj_close before 2026-03; price figures cannot be checked.", d, window="week"),
        C("SPY", "weeks_as_bad_in_decade", 2, "weeks", "only two other weeks matched or exceeded", "len(weeks_le_list('SPY','1998-10-01','2008-09-30',-8.697))", S, "ranks",
          "From October 1998 only the weeks to 2000-04-14 and 2001-09-21 lost at least 8.7% (same two for the S&P 500 index).", d, window="1998-10 to 2008-09"),
        C("SPY", "week_return", -10.2, "percent", "April '00", "weekly_returns('SPY','2000-04-14',1)[0]", S, TOL, "Week to 2000-04-14: SPY -10.19% (the index -10.54%).", "2000-04-14", window="week"),
        C("SPY", "week_return", -10.2, "percent", "September '01", "weekly_returns('SPY','2001-09-21',1)[0]", I, "imprecise: % figure outside tolerance, within 2 pp and 20%",
          "Week to 2001-09-21: SPY -11.60% (index -11.60%); 'both -10.2%' is 1.4 pp too small for September 2001.", "2001-09-21", window="week"),
        C("SPY", "following_week_gain", 5, "percent", "gains of +5% or more", "[weekly_returns('SPY','2000-04-21',1)[0], weekly_returns('SPY','2001-09-28',1)[0]]", S, "at least",
          "Next weeks: +5.74% (to 2000-04-21) and +7.36% (to 2001-09-28).", d, qualifier="or more"),
    ]))

# 14 -----------------------------------------------------------------------------------------
d = "2009-03-31"
PASSAGES.append(dict(
    id="tnj_20090331_quarter_end_rebound",
    source=dict(site="tnj.com", url="https://tnj.com/wall-street-rebounds-on-last-day-of-the-quarter/", original_outlet="The Network Journal (wire story)"),
    published="2009-03-31", published_confidence="high",
    published_note="No date on the page; 'Tuesday', 'the last day of the quarter' and 'the first three-month reporting period of 2009, which ends on Tuesday' fix the session as 2009-03-31, written during the afternoon.",
    text=("Wall Street rebounds on last day of the quarter. Wall Street resumed its advance Tuesday as investors bought "
          "technology and financial stocks to beef up their portfolios on the last day of the quarter. The Dow Jones "
          "industrial average, which added more than 180 points in afternoon trading, was on track for its biggest monthly "
          "gain in nearly nine years. Analysts credited large investors loading up on rising stocks to report strong "
          "holdings at the end of the first three-month reporting period of 2009, which ends on Tuesday. The market is coming "
          "off a two-day pullback as stocks took a breather following a three-week rally that brought the Dow Jones "
          "industrial average up 21 percent since early March, driven by hopes that U.S. banks may be emerging from the worst "
          "of a lending crisis."),
    claims=[
        C("DJI", "afternoon_gain", 180, "points", "added more than 180 points in afternoon trading", f"chg('DJI','{d}')", U,
          "mid-session bound: the session extreme satisfies it, the close does not",
          "The session high was +203.34 points above the previous close, so 'more than 180' fits the afternoon, but the Dow closed only +86.90.", d,
          qualifier="more than", basis="afternoon", detail="session range [7523.45, 7725.36], previous close 7522.02"),
        C("DJI", "monthly_gain_on_track", "biggest in nearly nine years", "rank", "on track for its biggest monthly gain", f"mtd_pct('DJI','{d}')", N,
          "on track / on pace", "A projection from mid-session ('on track'); March 2009 ended +7.73% at the close.", d, window="March 2009"),
        C("DJI", "loss_streak", 2, "sessions", "a two-day pullback", "streak('DJI','2009-03-30')", S, "streaks", "Down on 03-27 and 03-30.", "2009-03-30"),
        C("DJI", "rally_return", 21, "percent", "up 21 percent since early March", "pct_between('DJI','2009-03-09','2009-03-26')", S, TOL,
          "From the 2009-03-09 low close 6547.05 to the 2009-03-26 close 7924.56 (the rally's top, before the pullback): +21.04%. From the 03-06 close the figure would be 19.6%.", "2009-03-26", window="2009-03-09 to 2009-03-26"),
    ]))

# 15 -----------------------------------------------------------------------------------------
d = "2010-01-19"
PASSAGES.append(dict(
    id="cnnmoney_20100119_rally_recharges",
    source=dict(site="money.cnn.com", url="https://money.cnn.com/2010/01/19/markets/markets_newyork/index.htm", original_outlet="CNNMoney.com"),
    published="2010-01-19", published_confidence="exact",
    published_note="Date in the URL; closing story of Tuesday 2010-01-19.",
    text=("Wall Street recharges the rally. By Alexandra Twin, CNNMoney.com senior writer. NEW YORK (CNNMoney.com) -- Stocks "
          "rallied Tuesday, with IBM leading a tech charge ahead of its quarterly results, released after the close. Health "
          "care and consumer product companies joined in, while Citigroup's quarterly loss, a stronger dollar and Kraft's "
          "buyout of Cadbury were also in the mix. The Dow Jones industrial average (INDU) gained 115 points, or 1.1%. The S&P "
          "500 index (SPX) added 14 points, or 1.3%. The Nasdaq composite (COMP) rose 32 points, or 1.4%. The Dow and the S&P "
          "500 ended at fresh 15-month highs and the Nasdaq ended at a new 16-month high. Stocks opened weaker after "
          "Citigroup's results but soon turned higher as investors came back after Monday's holiday. Gains were broad based, "
          "with 26 of 30 Dow components rising."),
    claims=[
        C("DJI", "point_change", 115, "points", "gained 115 points", f"chg('DJI','{d}')", I, "truncated figure",
          "+115.78: truncated rather than rounded (116).", d),
        C("DJI", "pct_change", 1.1, "percent", "or 1.1%", f"pct('DJI','{d}')", S, TOL, "+1.091%.", d),
        C("SPX", "point_change", 14, "points", "added 14 points", f"chg('SPX','{d}')", S, TOL, "+14.20.", d),
        C("SPX", "pct_change", 1.3, "percent", "or 1.3%", f"pct('SPX','{d}')", S, TOL, "+1.250% (|diff| 0.05).", d),
        C("IXIC", "point_change", 32, "points", "rose 32 points", f"chg('IXIC','{d}')", S, TOL, "+32.41.", d),
        C("IXIC", "pct_change", 1.4, "percent", "or 1.4%", f"pct('IXIC','{d}')", S, TOL, "+1.417%.", d),
        C("DJI", "highest_since", "15 months", "window", "ended at fresh 15-month highs", f"highest_close_since('DJI','{d}')", S, "highest/lowest since",
          "Last higher close 2008-10-01, 15.5 months earlier.", d),
        C("SPX", "highest_since", "15 months", "window", "The Dow and the S&P", f"highest_close_since('SPX','{d}')", S, "highest/lowest since",
          "Last higher close 2008-10-01.", d),
        C("IXIC", "highest_since", "16 months", "window", "a new 16-month high", f"highest_close_since('IXIC','{d}')", S, "highest/lowest since",
          "Last higher close 2008-09-03, 16.5 months earlier.", d),
        C("GENERIC", "holiday", True, "flag", "after Monday's holiday", "not is_trading_day('DJI','2010-01-18')", S, "calendar",
          "No session on Monday 2010-01-18 (Martin Luther King Day).", "2010-01-18"),
        C("DJI_COMPONENTS", "advancers", 26, "stocks", "26 of 30 Dow components", None, U, "series not in the files", "Index components are not in the files.", d),
    ]))

# 16 -----------------------------------------------------------------------------------------
d = "2011-06-24"
PASSAGES.append(dict(
    id="ap_20110624_treasury_yields_2011_low",
    source=dict(site="townhall.com", url="https://townhall.com/news/business/2011/06/24/treasury-yields-at-2011-low-on-worries-over-europe-n1065294",
                original_outlet="Associated Press (on Townhall)"),
    published="2011-06-24", published_confidence="exact",
    published_note="Posted Jun 24, 2011 5:43 PM; 'late Friday' quotes are end-of-day market quotes of 2011-06-24.",
    text=("Treasury yields at 2011 low on worries over Europe. AP News, posted Jun 24, 2011 5:43 PM. Spooked by a spreading "
          "European debt crisis, traders again flocked to the safety of U.S. Treasury bonds, sending the yield on the "
          "benchmark 10-year note to its lowest point this year. Yields declined Friday on fears that European banks are "
          "exposed to the crisis engulfing Greece and other countries, after Moody's warned it might downgrade some Italian "
          "banks. The yield on the 10-year Treasury note fell as low as 2.86 percent and was trading at 2.87 percent late "
          "Friday, down from 2.90 late Thursday. The 30-year bond's price fell, sending its yield up to 4.18 percent from 4.17 "
          "percent Thursday. The yield on the two-year Treasury note fell to 0.32 percent from 0.35 percent."),
    claims=[
        C("US10Y", "lowest_this_year", True, "flag", "its lowest point this year", "min_yield('US10Y','2011-01-01','2011-06-24')", S, "yields: end of day",
          "On FRED end-of-day yields 2.88 on 06-24 is the lowest of 2011 to date.", d, window="2011 YTD", basis="end of day"),
        C("US10Y", "intraday_low", 2.86, "percent", "as low as 2.86 percent", f"yld('US10Y','{d}')", U, "intraday yields unverifiable",
          "Intraday yield events are not in the files (end-of-day 2.88).", d, basis="intraday"),
        C("US10Y", "yield", 2.87, "percent", "2.87 percent late Friday", f"yld('US10Y','{d}')", S, "yields: end of day", "DGS10 2.88 (|diff| 0.01).", d, basis="late trading"),
        C("US10Y", "yield", 2.90, "percent", "down from 2.90 late Thursday", "yld('US10Y','2011-06-23')", I, "yields: end of day",
          "DGS10 2.93 on Thursday 06-23: 0.03 off (tolerance 0.025); late-trading quotes and FRED constant-maturity yields can differ by a few basis points.", "2011-06-23", basis="late trading"),
        C("US30Y", "yield", 4.18, "percent", "up to 4.18 percent", None, U, "series not in the files", "30-year yields are not in the files.", d),
        C("US30Y", "yield", 4.17, "percent", "from 4.17", None, U, "series not in the files", "30-year yields are not in the files.", "2011-06-23"),
        C("US2Y", "yield", 0.32, "percent", "fell to 0.32 percent", f"yld('US2Y','{d}')", I, "yields: end of day",
          "DGS2 0.35 on 06-24 (unchanged from 06-23): 0.03 off, and the file shows no fall.", d, basis="late trading"),
        C("US2Y", "yield", 0.35, "percent", "from 0.35 percent", "yld('US2Y','2011-06-23')", S, "yields: end of day", "DGS2 0.35 on 06-23.", "2011-06-23", basis="late trading"),
    ]))

# 17 -----------------------------------------------------------------------------------------
d = "2012-04-05"
PASSAGES.append(dict(
    id="ap_20120406_worst_week_of_2012",
    source=dict(site="westhawaiitoday.com", url="https://westhawaiitoday.com/2012/04/06/nation-world-news/u-s-stocks-close-mostly-down-worst-week-of-2012/amp/{{link}}",
                original_outlet="Associated Press (in West Hawaii Today)"),
    published="2012-04-06", published_confidence="exact",
    published_note="Date in the URL (Good Friday 2012-04-06, markets closed); the session described is Thursday 2012-04-05, last of the shortened week.",
    text=("NEW YORK -- Stocks just had their worst week of the new year. The Standard & Poor's 500 ended a shortened trading "
          "week down 0.7 percent. Modest next to last year's scary drops, it is still the worst since the week ended Dec. 16, "
          "2011. Stock trading will be closed for the Good Friday holiday. Investors sold stocks Thursday on fears that Spain "
          "may have trouble repaying its debt after a key Spanish bond yield rose to its highest point since November. The S&P "
          "500 fell 0.88 point Thursday to close at 1,398.08. The Dow Jones industrial average fell 14.61 points to 13,060.14. "
          "The Nasdaq composite rose 12.41 points to 3,080.50. A report that jobless claims fell to a four-year low tempered the "
          "selling. The selling came after the Dow had dropped nearly 125 points a day earlier, its worst decline in a month, "
          "after Fed minutes suggested no further steps to push interest rates lower. For the first three months of the year, "
          "the three major indexes were up 8 percent or more, the best start to a year since the great bull market of the "
          "1990s."),
    claims=[
        C("SPX", "worst_week_ytd", True, "flag", "worst week of the new year", f"last_week_as_bad('SPX','{d}')", S, "ranks",
          "No 2012 week was as bad: the last week at least as bad ended 2011-12-16.", d, window="2012 YTD"),
        C("SPX", "week_return", -0.7, "percent", "down 0.7 percent", f"week_pct('SPX','{d}')", S, TOL, "Friday 03-30 close to Thursday 04-05: -0.738%.", d, window="week"),
        C("SPX", "worst_week_since", "2011-12-16", "date", "the week ended Dec. 16, 2011", f"last_week_as_bad('SPX','{d}')", S, "biggest/worst since",
          "Week to 2011-12-16: -2.83%; no week between was worse than -0.738%.", d),
        C("GENERIC", "market_closed", True, "flag", "closed for the Good Friday holiday", "not is_trading_day('SPX','2012-04-06')", S, "calendar",
          "No session on 2012-04-06.", "2012-04-06"),
        C("SPX", "point_change", -0.88, "points", "fell 0.88 point", f"chg('SPX','{d}')", S, TOL, "-0.88.", d),
        C("SPX", "close_level", 1398.08, "points", "1,398.08", f"close('SPX','{d}')", S, TOL, "Close 1398.08.", d),
        C("DJI", "point_change", -14.61, "points", "fell 14.61 points", f"chg('DJI','{d}')", S, TOL, "-14.61.", d),
        C("DJI", "close_level", 13060.14, "points", "13,060.14", f"close('DJI','{d}')", S, TOL, "Close 13060.14.", d),
        C("IXIC", "point_change", 12.41, "points", "rose 12.41 points", f"chg('IXIC','{d}')", S, TOL, "+12.41.", d),
        C("IXIC", "close_level", 3080.50, "points", "3,080.50", f"close('IXIC','{d}')", S, TOL, "Close 3080.50.", d),
        C("DJI", "point_change", -125, "points", "dropped nearly 125 points", "chg('DJI','2012-04-04')", S, "nearly: claim - 1 <= true <= claim + 0.5",
          "Wednesday 04-04: -124.80.", "2012-04-04", qualifier="nearly"),
        C("DJI", "worst_decline_since", "a month", "window", "its worst decline in a month", "last_pts_loss_as_big('DJI','2012-04-04')", S, "biggest/worst since",
          "The last larger point loss was 2012-03-06, four weeks earlier.", "2012-04-04"),
        C("DJI", "q1_return_bound", 8, "percent", "up 8 percent or more", "[quarter_returns(t,'2012-03-30',1)[0] for t in ('DJI','SPX','IXIC')]", S, "at least",
          "Q1 2012: Dow +8.14%, S&P 500 +12.00%, Nasdaq +18.67%.", "2012-03-30", qualifier="or more", window="Q1 2012"),
        C("SPX", "best_q1_since", "1990s", "period", "the best start to a year since the great bull market",
          "[last_q1_as_strong(t, 2012) for t in ('SPX','DJI','IXIC')]", S, "biggest/best since",
          "Last first quarter at least as strong: S&P 500 1998, Dow 1998 (file from 1992), Nasdaq 1991 -- all in the 1990s.", "2012-03-30", window="Q1"),
    ]))

# 18 -----------------------------------------------------------------------------------------
d = "2012-10-24"
PASSAGES.append(dict(
    id="cityindex_20121025_fomc_mixed",
    source=dict(site="cityindex.com", url="https://www.cityindex.com/en-uk/news-and-analysis/wall-street-mixed-following-open-market-committee-meeting/",
                original_outlet="City Index (broker commentary)"),
    published="2012-10-25", published_confidence="exact",
    published_note="October 25, 2012 10:15 AM on the page; the session described is 'yesterday's (October 24th) trading'.",
    text=("Wall Street mixed following Open Market Committee meeting. October 25, 2012 10:15 AM. Wall Street closed "
          "yesterday's (October 24th) trading with mixed results after the end of a two-day Federal Open Market Committee "
          "meeting in Washington DC. The Fed said the economy keeps expanding at a modest pace while unemployment remains "
          "elevated, and it is keeping its $40 billion (£25 billion) of monthly mortgage-backed securities purchases aimed at "
          "driving growth. Chairman Ben Bernanke is leading a third round of bond-buying to create jobs for the 12.1 million "
          "US citizens currently out of work. This week's meeting was the last before the presidential election, and the "
          "committee repeated that the open-ended purchases will go on until the labour market improves significantly. It "
          "also repeated that it will keep interest rates at near zero at least until 2015. At close of play last night, the "
          "Nasdaq index was lower by 0.2 per cent to 2981.7 points and the Dow Jones rose by 0.1 per cent to 13077.3 points."),
    claims=[
        C("DJI", "mixed_close", True, "flag", "with mixed results", f"[pct(t,'{d}') for t in ('DJI','SPX','IXIC')]", X, "contradicted: wrong direction",
          "All three indexes fell on 10-24 (Dow -0.19%, S&P 500 -0.31%, Nasdaq -0.29%): not a mixed close. The passage's own 'Dow rose' is the error behind it.", d),
        C("FEDFUNDS", "decision_day", True, "flag", "two-day Federal Open Market Committee meeting", f"fomc_day('{d}')", S, "Fed: FOMC calendar",
          "2012-10-24 is a scheduled FOMC decision day.", d),
        C("FED_BALANCE_SHEET", "mbs_purchases", 40, "billion USD per month", "$40 billion", None, U, "series not in the files", "Asset purchases are not in the files.", d),
        C("US_LABOR", "unemployed", 12.1, "million", "12.1 million", None, U, "series not in the files", "Labour statistics are not in the files.", d),
        C("FEDFUNDS", "last_meeting_before_election", True, "flag", "the last before the presidential election", f"next_fomc_after('{d}')", S, "Fed: FOMC calendar",
          "The next decision day is 2012-12-12, after the 2012-11-06 election.", d),
        C("FEDFUNDS", "guidance_near_zero_until_2015", "2015", "year", "at least until 2015", "fed_range('2012-10-25')", F, "forecast",
          "Forward guidance; not judged. The range in force was 0-0.25%.", d),
        C("IXIC", "pct_change", -0.2, "percent", "lower by 0.2 per cent", f"pct('IXIC','{d}')", I, "truncated figure",
          "-0.293%: 0.2 is the truncation of 0.29 (rounding gives 0.3).", d),
        C("IXIC", "close_level", 2981.7, "points", "2981.7 points", f"close('IXIC','{d}')", S, TOL, "Close 2981.70.", d),
        C("DJI", "pct_change", 0.1, "percent", "the Dow Jones rose by 0.1 per cent", f"pct('DJI','{d}')", X, "contradicted: wrong sign",
          "The Dow fell 25.19 points (-0.192%) on 10-24; the quoted level 13077.3 is the true close.", d),
        C("DJI", "close_level", 13077.3, "points", "13077.3 points", f"close('DJI','{d}')", S, TOL, "Close 13077.34.", d),
    ]))
