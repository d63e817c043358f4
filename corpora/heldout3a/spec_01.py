from spec_common import *  # noqa: F401,F403

PASSAGES = []

# 1 ---------------------------------------------------------------------------------------------
D = "2001-04-18"
PASSAGES.append(dict(
    id="kitsapsun_20010419_fed_surprise_cut",
    source={"site": "products.kitsapsun.com", "url": "https://products.kitsapsun.com/archive/2001/04-19/0053_fed_springs_one__wall_street_has_.html", "original_outlet": "Associated Press"},
    published="2001-04-19", published_confidence="exact",
    published_note="archive date 2001/04-19 in the URL (Kitsap Sun, Thursday paper); the story describes Wednesday 2001-04-18, the day of the unscheduled FOMC cut (FOMC_meetings.csv).",
    text=("NEW YORK - A surprise cut in interest rates, on top of a stream of upbeat earnings news, sent stocks sharply higher "
          "Wednesday, with the Dow Jones industrials leaping as much as 470 points and the Nasdaq composite pushing back above 2,000. "
          "Better-than-expected first-quarter profits had already lifted prices by mid-morning when the Federal Reserve said it was "
          "lowering rates by 0.5 percentage point. The Dow industrials soared 399.10, or 3.9 percent, to 10,615.83, the average's "
          "third-largest daily point gain; the blue chips had been up as much as 470 points before settling back before the close. "
          "The Nasdaq rose 156.22, or 8.1 percent, to 2,079.44, reaching the 2,000 level for the first time since March 15 and "
          "posting its fourth-best daily percentage gain. The morning's earnings-driven gains were no surprise: stocks have been "
          "climbing this month, including the Nasdaq's four-day winning streak last week, its first such advance since early "
          "September. Investors had also expected some recovery after the major indexes suffered their worst first quarter in "
          "decades, when even the Dow industrials, considered the safest haven on Wall Street, slipped briefly into bear market "
          "territory. Analysts said the market was especially pleased because the move was bigger and earlier than anticipated."),
    claims=[
        C("DJI", "intraday_point_change_max", 470, "index_points", D, "intraday_change('DJI','2001-04-18','high')", "supported", R_ASMUCH,
          "Session high 10687.14 vs Tuesday's close 10216.73: +470.41. The figure appears twice in the text (lead and body); keyed once.",
          "leaping as much as 470 points", qualifier="as much as", basis="intraday high"),
        C("IXIC", "close_back_above_level", 2000, "index_points", D, "[close('IXIC','2001-04-17') < 2000, close('IXIC','2001-04-18') > 2000]", "supported", R_LEVEL_CROSS,
          "Tuesday close 1923.22, Wednesday close 2079.44.", "pushing back above 2,000", comparison="above"),
        C("FEDFUNDS", "target_rate_change", -0.5, "percentage_points", D, "fed_target_change_bp('2001-04-18')", "supported", R_1DP,
          "DFEDTAR 5.00 -> 4.50 effective 2001-04-18; FOMC_meetings.csv lists 2001-04-18 as an unscheduled conference call. Computed value in bp.",
          "lowering rates by 0.5 percentage point", dec=0),
        C("DJI", "daily_point_change", 399.10, "index_points", D, "point_change('DJI','2001-04-18')", "supported", R_2DP,
          "10615.83 vs 10216.73.", "399.10"),
        C("DJI", "daily_pct_change", 3.9, "percent", D, "pct_change('DJI','2001-04-18')", "supported", R_1DP, "+3.906%.", "3.9 percent"),
        C("DJI", "close_level", 10615.83, "index_points", D, "close('DJI','2001-04-18')", "supported", R_LVL, "", "10,615.83"),
        C("DJI", "point_gain_rank", 3, "rank", D, "move_rank('DJI','2001-04-18','pts',down=False)", "supported", R_RANK,
          "Larger point gains in the file (from 1992): 2000-03-16 +499.19 and 2001-04-05 +402.63. The Dow file starts 1992, but no pre-1992 gain came near 399 points.",
          "third-largest daily point gain", dec=0),
        C("IXIC", "daily_point_change", 156.22, "index_points", D, "point_change('IXIC','2001-04-18')", "supported", R_2DP, "2079.44 vs 1923.22.", "156.22"),
        C("IXIC", "daily_pct_change", 8.1, "percent", D, "pct_change('IXIC','2001-04-18')", "supported", R_1DP, "+8.123%.", "8.1 percent"),
        C("IXIC", "close_level", 2079.44, "index_points", D, "close('IXIC','2001-04-18')", "supported", R_LVL, "", "2,079.44"),
        C("IXIC", "first_at_level_since", "2001-03-15", "date", D, "level_since(col('IXIC','high'), '2001-04-18', 2000)", "supported", R_SINCE,
          "'Reaching the 2,000 level' read on intraday highs: the last session whose high reached 2,000 was 2001-03-15 (high 2030.73). On closes the last close above 2,000 was 2001-03-13 (2014.78), which would make March 15 slightly late (imprecise).",
          "for the first time since March 15", basis="intraday high"),
        C("IXIC", "pct_gain_rank", 4, "rank", D, "move_rank('IXIC','2001-04-18','pct',down=False)", "supported", R_RANK,
          "Larger % gains in the file (from 1971): 2001-01-03 +14.17, 2000-12-05 +10.48, 2001-04-05 +8.92.",
          "fourth-best daily percentage gain", dec=0),
        C("IXIC", "win_streak_days", 4, "sessions", "2001-04-12", "streak('IXIC','2001-04-12')", "supported", R_COUNT,
          "Last week = Mon 2001-04-09 to Thu 2001-04-12 (Good Friday closed): four higher closes.", "four-day winning streak last week", dec=0),
        C("IXIC", "previous_streak_of_same_length", "2000-09", "month", "2001-04-12", "last_streak_at_least('IXIC','2001-04-09',4)", "supported", R_SINCE,
          "The last earlier streak of four or more up days reached four on 2000-08-31 and ended on 2000-09-01 (five days): late August into early September.",
          "its first such advance since early September"),
        C("SPX", "worst_first_quarter_since", "decades", "text", "2001-03-30",
          "[round(quarterly_returns('GSPC').loc['2001-03-31'], 2), [d.date().isoformat() for d, v in quarterly_returns('GSPC').items() if d.month == 3 and d.year < 2001 and v <= quarterly_returns('GSPC').loc['2001-03-31']]]",
          "supported", R_SINCE,
          "S&P 500 Q1 2001 -12.11%; the last worse first quarter in the file was 1939 (-16.44%): worst in six decades. Nasdaq Q1 2001 (-25.51%) was its worst first quarter in the file (from 1971); the Dow's -8.43% was its worst in its file (from 1992).",
          "worst first quarter in decades", window="Q1 2001"),
        C("DJI", "drawdown_from_record", 20, "percent", "2001-03-22", "[round(pct_below('DJI','2001-03-22', record_before('DJI','2001-03-22')[1], 'low'), 2), round(pct_below('DJI','2001-03-22', record_before('DJI','2001-03-22')[1]), 2)]",
          "supported", "bear market = 20% below the record; 'briefly' read intraday",
          "Record close 11722.98 (2000-01-14). On 2001-03-22 the Dow traded as low as 9106.54, 22.3% below it, but closed at 9389.48, 19.9% below: bear territory intraday only, which fits 'slipped briefly'.",
          "slipped briefly into bear market", comparison="at least", basis="intraday low"),
    ]))

# 2 ---------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="cnbc_20080926_small_caps_falling",
    source={"site": "cnbc.com", "url": "https://www.cnbc.com/2008/09/26/small-caps-falling.html", "original_outlet": "CNBC (By the Numbers)"},
    published="2008-09-26", published_confidence="exact",
    published_note="date in the URL; written Friday morning ('as of the open this morning'): year-to-date and weekly figures are read at Thursday's close (2008-09-25) and at Friday's open.",
    text=("By the Numbers: Small Caps Falling. So far this year the Russell 2000 has beaten its large-cap counterparts, the Dow and "
          "the S&P 500. Is the tide turning? This week the small-cap index, whose members have a median market value of less than 5% "
          "of the median S&P 500 company, is down nearly twice as much as the large-cap indexes. Perhaps the market is saying the "
          "financial crisis will hit smaller companies harder. Year to date, the Dow, the S&P and the NASDAQ are all down nearly 20%, "
          "while the Russell 2000 is down less than 10%. As the global economy weakened, some expected small caps, with less exposure "
          "abroad, to be sheltered from softening overseas demand. As of the open this morning, the Russell 2000 is down over 8% for "
          "the week. Among the companies leading the slide: Federal Agricultural Mortgage, down 77% for the week, and Pilgrim's Pride, "
          "down 70%."),
    claims=[
        C("RUT", "ytd_outperformance", True, "flag", "2008-09-25", "[round(ytd('RUT','2008-09-25'), 2), round(ytd('DJI','2008-09-25'), 2), round(ytd('GSPC','2008-09-25'), 2)]",
          "supported", R_ARITH, "YTD to Thursday's close: Russell -7.87% against Dow -16.91% and S&P -17.65%.", "has beaten its large-cap counterparts", window="YTD"),
        C("RUT_VS_LARGE", "weekly_loss_ratio", 2, "ratio", "2008-09-25",
          "[round(wtd('RUT','2008-09-25'), 2), round(wtd('DJI','2008-09-25'), 2), round(wtd('GSPC','2008-09-25'), 2)]",
          "supported", R_NEARLY,
          "Week to Thursday's close (from the 2008-09-19 close): Russell -6.37% vs Dow -3.22% (ratio 1.98) and S&P -3.66% (1.74): nearly twice.",
          "down nearly twice as much as the large-cap indexes", qualifier="nearly", window="WTD"),
        C("SP500_MEDIAN_CAP", "median_market_cap_ratio", 5, "percent", None, None, "unverifiable", R_U_NOFILE,
          "Constituent market values are not in the files.", "less than 5%", qualifier="less than"),
        C("DJI", "ytd_pct_change", -20, "percent", "2008-09-25", "ytd('DJI','2008-09-25')", "contradicted", R_NEARLY + IMP,
          "Dow -16.91% YTD at Thursday's close (the last close before the piece): 'nearly 20%' allows 19 to 20.5; |20 - 16.91| = 3.09 pp, over 2 pp. The figure fits the close of 2008-09-17 (-20.02%), a week earlier, when the chart may have been made.",
          "the Dow, the S&P", qualifier="nearly", window="YTD"),
        C("SPX", "ytd_pct_change", -20, "percent", "2008-09-25", "ytd('GSPC','2008-09-25')", "contradicted", R_NEARLY + IMP,
          "S&P 500 -17.65% YTD at Thursday's close: |20 - 17.65| = 2.35 pp, over 2 pp and over 10% of the true value. It was -21.25% on 2008-09-17.",
          "the S&P and the NASDAQ", qualifier="nearly", window="YTD"),
        C("IXIC", "ytd_pct_change", -20, "percent", "2008-09-25", "ytd('IXIC','2008-09-25')", "contradicted", R_NEARLY + IMP,
          "Nasdaq -17.56% YTD at Thursday's close: |20 - 17.56| = 2.44 pp, over 2 pp. It was -20.87% on 2008-09-17.",
          "NASDAQ are all down nearly 20%", qualifier="nearly", window="YTD"),
        C("RUT", "ytd_pct_change", -10, "percent", "2008-09-25", "ytd('RUT','2008-09-25')", "supported", R_LESS,
          "Russell -7.87% YTD at Thursday's close (705.74 vs 766.03).", "down less than 10%", qualifier="less than", window="YTD"),
        C("RUT", "wtd_pct_change", -8, "percent", "2008-09-26", "[round((close('RUT','2008-09-26','open') / close('RUT','2008-09-19') - 1) * 100, 2), session_range_pct_vs('RUT','2008-09-26','2008-09-19')]",
          "imprecise", R_MORE + "; bound claims at a stated time are judged at that time (the open) and against the session range" + IMP,
          "Against the 2008-09-19 close (753.74): at Friday's open (698.91) the Russell was down 7.27% for the week; Friday's session ran from -8.30% (low) to -6.40% (high) and closed at -6.49%. Down over 8% only near the session low, not at the open or close: close to the claim (0.73 pp short at the open), so imprecise.",
          "down over 8% for the week", qualifier="more than", window="WTD", basis="at the open"),
        C("AGM", "weekly_pct_change", -77, "percent", "2008-09-26", None, "unverifiable", R_U_NOFILE, "Single-stock prices are not in the files.", "down 77% for the week"),
        C("PPC", "weekly_pct_change", -70, "percent", "2008-09-26", None, "unverifiable", R_U_NOFILE, "Single-stock prices are not in the files.", "down 70%"),
    ]))

# 3 ---------------------------------------------------------------------------------------------
D = "2009-03-02"
PASSAGES.append(dict(
    id="washtimes_20090303_dow_below_7000",
    source={"site": "washingtontimes.com", "url": "https://www.washingtontimes.com/news/2009/mar/3/dow-lowest-since-1997/", "original_outlet": "Associated Press (The Washington Times)"},
    published="2009-03-03", published_confidence="exact",
    published_note="page dated Tuesday 2009-03-03; the session described is Monday 2009-03-02.",
    text=("Despair over financial companies and the recession has pushed the Dow Jones Industrial Average past another unwelcome "
          "milestone: its first drop below 7,000 in more than 11 years. Monday's slide, which took the Dow down 300 points, was "
          "nowhere near the largest the market has seen since last fall, but the fall below 7,000 still stung. The credit crisis and "
          "the recession have wiped out more than half of the average's value since it hit a record high over 14,000 in October 2007, "
          "and many investors fear it could take years to win back the lost 7,000. \"As bad as things are, they can still get worse,\" "
          "said Bill Strazzullo of Bell Curve Trading, who sees a significant chance that the S&P 500 and the Dow will fall back to "
          "their 1995 levels of 500 and 5,000. The Dow fell 299.64, or 4.24 percent, to 6,763.29. It last closed below 7,000 on "
          "May 1, 1997, and had not finished this low since April 25, 1997. The descent has been swift: it took only 14 sessions for "
          "the average to go from above 8,000 to below 7,000. So far this year, the Dow is down 22.9 percent."),
    claims=[
        C("DJI", "first_below_level_since", "more than 11 years", "text", D, "[level_since(col('DJI'), '2009-03-02', 7000, above=False), level_since(col('DJI','low'), '2009-03-02', 7000, above=False)]",
          "supported", R_SINCE, "Last close below 7,000: 1997-05-01; last intraday trade below 7,000: 1997-10-28. Both more than 11 years before 2009-03-02.",
          "first drop below 7,000 in more than 11 years", qualifier="more than"),
        C("DJI", "daily_point_change", -300, "index_points", D, "point_change('DJI','2009-03-02')", "supported", R_INT, "-299.64 rounds to 300.", "down 300 points"),
        C("DJI", "not_largest_drop_since", "2008-09", "flag", D, "moves_at_least_as_big_since('DJI','2009-03-02','2008-09-01','pts')", "supported", R_BIG,
          "21 daily point drops at least as large since 2008-09-01 (largest -777.68 on 2008-09-29).", "nowhere near the largest", dec=0),
        C("DJI", "pct_below_record", 50, "percent", D, "pct_below('DJI','2009-03-02', record_before('DJI','2009-03-02')[1])", "supported", R_MORE,
          "52.25% below the 14164.53 record close of 2007-10-09.", "more than half of the average's value", qualifier="more than"),
        C("DJI", "record_high_month", "2007-10", "month", D, "record_before('DJI','2009-03-02')", "supported", R_DATE,
          "Record close 14164.53 on 2007-10-09: over 14,000, October 2007.", "record high over 14,000 in October 2007"),
        C("SPX", "target_level", 500, "index_points", None, None, "forecast", R_F, "A strategist's scenario (S&P back to 1995 levels).", "1995 levels of 500"),
        C("DJI", "target_level", 5000, "index_points", None, None, "forecast", R_F, "A strategist's scenario (Dow back to 1995 levels).", "5,000"),
        C("DJI", "daily_point_change", -299.64, "index_points", D, "point_change('DJI','2009-03-02')", "supported", R_2DP, "6763.29 vs 7062.93.", "299.64"),
        C("DJI", "daily_pct_change", -4.24, "percent", D, "pct_change('DJI','2009-03-02')", "supported", R_2DP, "-4.242%.", "4.24 percent"),
        C("DJI", "close_level", 6763.29, "index_points", D, "close('DJI','2009-03-02')", "supported", R_LVL, "", "6,763.29"),
        C("DJI", "last_close_below_level", "1997-05-01", "date", D, "level_since(col('DJI'), '2009-03-02', 7000, above=False)", "supported", R_SINCE, "1997-05-01 close 6976.50.", "May 1, 1997"),
        C("DJI", "lowest_close_since", "1997-04-25", "date", D, "lowest_since('DJI','2009-03-02')", "supported", R_SINCE, "1997-04-25 close 6738.90 is the last close at or below 6763.29.", "April 25, 1997"),
        C("DJI", "sessions_from_8000_to_7000", 14, "sessions", D, "sessions_between('DJI', level_since(col('DJI'), '2009-03-02', 8000), '2009-03-02')", "supported", R_COUNT,
          "Last close above 8,000: 2009-02-09 (8270.87); 14 sessions to 2009-03-02 counted as the index difference.", "only 14 sessions", dec=0),
        C("DJI", "ytd_pct_change", -22.9, "percent", D, "ytd('DJI','2009-03-02')", "supported", R_1DP, "6763.29 vs 8776.39 (2008-12-31).", "22.9 percent", window="YTD"),
    ]))

# 4 ---------------------------------------------------------------------------------------------
D = "2010-03-22"
PASSAGES.append(dict(
    id="echelonwealth_20100323_small_cap_rally",
    source={"site": "echelonwealthstrategies.blogspot.com", "url": "https://echelonwealthstrategies.blogspot.com/2010/03/small-cap-rally.html", "original_outlet": "Echelon Wealth Strategies (blog)"},
    published="2010-03-23", published_confidence="exact",
    published_note="post dated Tuesday, March 23, 2010; 'closed yesterday' is Monday 2010-03-22.",
    text=("The Small-Cap Rally. When we talk about where stocks are headed we tend to describe the market as one thing, though "
          "different sectors and classes of stocks behave in different ways. We recently passed the first anniversary of the market's "
          "bottom, and the S&P 500 and the Dow Jones have both done very well in the 12 months since then, gaining roughly 72 percent "
          "and 65 percent, respectively. The bigger winner over the same stretch has been small caps. The Russell 2000, a collection "
          "of 2000 stocks with an average market capitalization of around $530 million, also bottomed out on March 9, 2009, at 343; "
          "it closed yesterday at 682. That is a gain of a whopping 99 percent, just about doubling in a little more than a year. "
          "The S&P 600 SmallCap Index, the S&P 500's little brother, tells a similar story: it has more than doubled, up 101 percent "
          "since March 9 of last year. Small caps have not wildly outrun large caps, since there has been plenty of growth to go "
          "around, but they have clearly been the stronger asset class in this rally."),
    claims=[
        C("SPX", "pct_change_since_low", 72, "percent", D, "ret('GSPC','2009-03-09','2010-03-22')", "supported", R_ABOUT,
          "From the 2009-03-09 close (676.53) to 2010-03-22 (1165.81): +72.32%.", "roughly 72 percent", qualifier="roughly", window="2009-03-09 to 2010-03-22"),
        C("DJI", "pct_change_since_low", 65, "percent", D, "ret('DJI','2009-03-09','2010-03-22')", "supported", R_ABOUT,
          "From 6547.05 to 2010-03-22: +64.74%.", "65 percent, respectively", qualifier="roughly", window="2009-03-09 to 2010-03-22"),
        C("RUT", "average_market_cap", 530, "usd_millions", None, None, "unverifiable", R_U_NOFILE, "Constituent data are not in the files.", "$530 million", qualifier="around"),
        C("RUT", "bear_market_low_date", "2009-03-09", "date", "2009-03-09", "low_of('RUT','2007-01-01','2010-03-22')", "supported", R_DATE,
          "Lowest close of the 2007-09 bear market: 343.26 on 2009-03-09.", "bottomed out on March 9, 2009"),
        C("RUT", "close_level", 343, "index_points", "2009-03-09", "close('RUT','2009-03-09')", "supported", R_INT, "343.26.", "at 343"),
        C("RUT", "close_level", 682, "index_points", D, "close('RUT','2010-03-22')", "imprecise", R_INT + IMP,
          "682.91 would round to 683; the text truncates (0.13% off).", "closed yesterday at 682"),
        C("RUT", "pct_change_since_low", 99, "percent", D, "ret('RUT','2009-03-09','2010-03-22')", "supported", R_INT,
          "343.26 -> 682.91: +98.95%.", "whopping 99 percent", window="2009-03-09 to 2010-03-22"),
        C("SP600", "pct_change_since_low", 101, "percent", D, None, "unverifiable", R_U_NOFILE, "The S&P SmallCap 600 is not in the files.", "up 101 percent"),
    ]))

# 5 ---------------------------------------------------------------------------------------------
D = "2010-02-12"
PASSAGES.append(dict(
    id="cnbc_20100212_weekly_stats_second_gain",
    source={"site": "cnbc.com", "url": "https://www.cnbc.com/id/35371644", "original_outlet": "CNBC (By the Numbers)"},
    published="2010-02-12", published_confidence="high",
    published_note="inferred: a Friday weekly wrap; the figures (Dow 626.29 below the 1/19 close of 10,725.43, a close below 10,000 earlier in the week) fit Friday 2010-02-12 exactly.",
    text=("U.S. Stocks Post Second Week of Gains in the Year. U.S. stocks broke a run of four straight weekly losses, with the NASDAQ "
          "Composite leading the way up with a gain of 1.98%. This week the Dow Jones Industrial Average closed below the 10,000 mark, "
          "its lowest level since November 4, 2009, but all three major indexes recovered part of the week's early losses and posted "
          "their second weekly gain of 2010. Twenty of the Dow 30 components finished the week higher. Since the year's peak: the Dow "
          "is off 626.29 points, or 5.8%, from its highest close of the year, a 15-month high of 10,725.43 reached on 1/19; the S&P is "
          "off 74.7 points, or 6.5%, from its 1/19 high of 1150.23; and the NASDAQ is off 136.87 points, or 5.9%, from its 1/19 high "
          "of 2320.4, a 16-month high. Since the March lows, the NASDAQ leads with a gain of 72.12%, followed by the S&P and the Dow, "
          "up 58.97% and 54.25%."),
    claims=[
        C("DJI,SPX,IXIC", "losing_weeks_before", 4, "weeks", "2010-02-05", "[consecutive_weeks(t, '2010-02-05', up=False) for t in ('DJI','GSPC','IXIC')]", "supported", R_COUNT,
          "Weeks ending 1/15, 1/22, 1/29 and 2/5 were all down for the three indexes (the Dow's 1/15 week by only 0.08%).", "four straight weekly losses", dec=0),
        C("IXIC", "weekly_pct_change", 1.98, "percent", D, "weekly_returns('IXIC').loc['2010-02-12']", "supported", R_2DP, "2183.53 vs 2141.12.", "gain of 1.98%", window="week"),
        C("DJI", "lowest_close_since", "2009-11-04", "date", "2010-02-08", "[close('DJI','2010-02-08'), lowest_since('DJI','2010-02-08')]", "supported", R_SINCE,
          "Monday 2010-02-08 close 9908.39; the last close at or below it was 2009-11-04.", "its lowest level since November 4, 2009"),
        C("DJI,SPX,IXIC", "up_weeks_in_year", 2, "weeks", D, "[weeks_up_in_year(t, '2010-02-12') for t in ('DJI','GSPC','IXIC')]", "supported", R_COUNT,
          "Weeks ending 2010-01-08 and 2010-02-12.", "second weekly gain of 2010", dec=0),
        C("DJI", "components_up_week", 20, "count", D, None, "unverifiable", R_U_NOFILE, "Component prices are not in the files.", "Twenty of the Dow 30"),
        C("DJI", "points_below_ytd_high", -626.29, "index_points", D, "close('DJI','2010-02-12') - high_of('DJI','2010-01-01','2010-02-12')[1]", "supported", R_2DP, "10099.14 vs 10725.43.", "626.29 points"),
        C("DJI", "pct_below_ytd_high", -5.8, "percent", D, "ret('DJI','2010-01-19','2010-02-12')", "supported", R_1DP, "-5.84%.", "5.8%, from"),
        C("DJI", "ytd_high_close", 10725.43, "index_points", "2010-01-19", "high_of('DJI','2010-01-01','2010-02-12')", "supported", R_LVL, "2010-01-19 close 10725.43.", "10,725.43"),
        C("DJI", "highest_since_months", 15, "months", "2010-01-19", "highest_since('DJI','2010-01-19')", "supported", R_SINCE, "Highest close since 2008-10-01: about 15.5 months.", "a 15-month high"),
        C("SPX", "points_below_ytd_high", -74.7, "index_points", D, "close('GSPC','2010-02-12') - high_of('GSPC','2010-01-01','2010-02-12')[1]", "supported", R_1DP, "1075.51 vs 1150.23: -74.72.", "74.7 points"),
        C("SPX", "pct_below_ytd_high", -6.5, "percent", D, "ret('GSPC','2010-01-19','2010-02-12')", "supported", R_1DP, "-6.50%.", "6.5%"),
        C("SPX", "ytd_high_close", 1150.23, "index_points", "2010-01-19", "high_of('GSPC','2010-01-01','2010-02-12')", "supported", R_LVL, "", "1150.23"),
        C("IXIC", "points_below_ytd_high", -136.87, "index_points", D, "close('IXIC','2010-02-12') - high_of('IXIC','2010-01-01','2010-02-12')[1]", "supported", R_2DP, "2183.53 vs 2320.40.", "136.87 points"),
        C("IXIC", "pct_below_ytd_high", -5.9, "percent", D, "ret('IXIC','2010-01-19','2010-02-12')", "supported", R_1DP, "-5.90%.", "5.9%"),
        C("IXIC", "ytd_high_close", 2320.4, "index_points", "2010-01-19", "high_of('IXIC','2010-01-01','2010-02-12')", "supported", R_1DP, "2320.40 on 2010-01-19.", "2320.4,"),
        C("IXIC", "highest_since_months", 16, "months", "2010-01-19", "highest_since('IXIC','2010-01-19')", "supported", R_SINCE, "Highest close since 2008-09-03: about 16.5 months.", "a 16-month high"),
        C("IXIC", "pct_change_since_low", 72.12, "percent", D, "ret('IXIC', low_of('IXIC','2009-01-01','2009-12-31')[0], '2010-02-12')", "supported", R_2DP, "From the 2009-03-09 close 1268.64.", "72.12%"),
        C("SPX", "pct_change_since_low", 58.97, "percent", D, "ret('GSPC', low_of('GSPC','2009-01-01','2009-12-31')[0], '2010-02-12')", "supported", R_2DP, "From the 2009-03-09 close 676.53.", "58.97%"),
        C("DJI", "pct_change_since_low", 54.25, "percent", D, "ret('DJI', low_of('DJI','2009-01-01','2009-12-31')[0], '2010-02-12')", "supported", R_2DP, "From the 2009-03-09 close 6547.05.", "54.25%"),
    ]))

# 6 ---------------------------------------------------------------------------------------------
D = "2010-04-12"
PASSAGES.append(dict(
    id="scotsman_20100413_dow_above_11000",
    source={"site": "scotsman.com", "url": "https://www.scotsman.com/business/dow-jones-1725211", "original_outlet": "The Scotsman (wire copy)"},
    published="2010-04-13", published_confidence="medium",
    published_note="inferred: the page carries no date; the closes (Dow 11,005.97, S&P 1,196.48, Nasdaq 2,457.87) are those of Monday 2010-04-12, the day after the Greek loan agreement, so the paper is most likely Tuesday's.",
    text=("The Dow Jones Industrial Average finished above 11,000 for the first time in a year and a half as hopes for the US economy "
          "rose. The Standard & Poor's 500 index came within a point of its own milestone of 1,200 during the session but closed just "
          "short of it. A loan agreement for Greece let US investors turn to domestic economic and corporate news, including two big "
          "deals: Mirant agreed to buy rival Reliant Energy for $1.61 billion, and Cerberus Capital Management is buying DynCorp "
          "International for $1bn. Hopes of a rebound have been pushing stocks higher for 13 months; the gains since February have "
          "been more gradual but have still left the major indexes at their best levels in about 18 months. The Dow rose 8.62, or 0.1 "
          "per cent, to 11,005.97. The S&P 500 rose 2.11, or 0.2 per cent, to 1,196.48. The Nasdaq composite rose 3.82, or 0.2 "
          "percent, to 2,457.87."),
    claims=[
        C("DJI", "first_close_above_level_since", "a year and a half", "text", D, "level_since(col('DJI'), '2010-04-12', 11000)", "supported", R_SINCE,
          "Last close at or above 11,000 before 2010-04-12: 2008-09-26 (11143.13), 18.5 months earlier.", "above 11,000 for the first time in a year and a half"),
        C("SPX", "intraday_high_distance_to_level", 1, "index_points", D, "1200 - close('GSPC','2010-04-12','high')", "supported", "within a point: 0 < 1200 - high < 1",
          "Session high 1199.20.", "within a point of its own milestone of 1,200", qualifier="within", basis="intraday high"),
        C("SPX", "close_below_level", 1200, "index_points", D, "close('GSPC','2010-04-12') < 1200", "supported", R_ARITH, "Close 1196.48.", "closed just short of it"),
        C("MIRANT_RELIANT", "deal_value", 1.61, "usd_billions", None, None, "unverifiable", R_U_NOFILE, "Deal values are not market data in the files.", "$1.61 billion"),
        C("CERBERUS_DYNCORP", "deal_value", 1, "usd_billions", None, None, "unverifiable", R_U_NOFILE, "Deal values are not market data in the files.", "$1bn"),
        C("SPX", "rally_length_months", 13, "months", D, "low_of('GSPC','2008-01-01','2010-04-12')", "supported", R_INT,
          "The S&P 500's bear-market low close was 2009-03-09; 2010-04-12 is 13.1 months later.", "higher for 13 months"),
        C("DJI,SPX,IXIC", "highest_since", "about 18 months", "text", D, "[highest_since(t, '2010-04-12') for t in ('DJI','GSPC','IXIC')]", "supported", R_ABOUT,
          "Dow and S&P: highest closes since 2008-09-26 (18.5 months); Nasdaq: since 2008-06-19 (22 months), also 'about' at the loose end; judged on the Dow and S&P the lead names.",
          "best levels in about 18 months", qualifier="about"),
        C("DJI", "daily_point_change", 8.62, "index_points", D, "point_change('DJI','2010-04-12')", "supported", R_2DP, "", "8.62"),
        C("DJI", "daily_pct_change", 0.1, "percent", D, "pct_change('DJI','2010-04-12')", "supported", R_1DP, "+0.078%.", "0.1 per cent"),
        C("DJI", "close_level", 11005.97, "index_points", D, "close('DJI','2010-04-12')", "supported", R_LVL, "", "11,005.97"),
        C("SPX", "daily_point_change", 2.11, "index_points", D, "point_change('GSPC','2010-04-12')", "supported", R_2DP, "", "2.11"),
        C("SPX", "daily_pct_change", 0.2, "percent", D, "pct_change('GSPC','2010-04-12')", "supported", R_1DP, "+0.177%.", "0.2 per cent"),
        C("SPX", "close_level", 1196.48, "index_points", D, "close('GSPC','2010-04-12')", "supported", R_LVL, "", "1,196.48"),
        C("IXIC", "daily_point_change", 3.82, "index_points", D, "point_change('IXIC','2010-04-12')", "supported", R_2DP, "", "3.82"),
        C("IXIC", "daily_pct_change", 0.2, "percent", D, "pct_change('IXIC','2010-04-12')", "supported", R_1DP, "+0.156%.", "0.2 percent"),
        C("IXIC", "close_level", 2457.87, "index_points", D, "close('IXIC','2010-04-12')", "supported", R_LVL, "", "2,457.87"),
    ]))
