"""Passage texts and claim specifications for the heldout12a corpus (input of build.py).

Each claim: dict(t=ticker, m=metric, v=value, u=unit, q=qualifier, d=ref_date, w=window,
b=basis, x=reference.py expression or None, k=kind, a=anchor_text, n=note, c=comparison,
verdict=explicit verdict for date/flag claims decided by hand from the printed rows).
Kinds: pct, pts, level, int (counts), date, flag, U (unverifiable), F (forecast), N (not_checkable).
"""

P = []


def C(t, m, v, u, d, x, k, a, n="", q=None, w=None, b="close", c=None, verdict=None, dec=None):
    return dict(t=t, m=m, v=v, u=u, q=q, d=d, w=w, b=b, x=x, k=k, a=a, n=n, c=c, verdict=verdict, dec=dec)


# 1 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="kitsapsun_19980807_small_midcaps_lead",
    source=dict(site="products.kitsapsun.com",
                url="https://products.kitsapsun.com/archive/1998/08-08/0011_u_s__stocks_rise__led_by_small__m.html",
                original_outlet="Bloomberg News (via Kitsap Sun)"),
    published="1998-08-08", published_confidence="high",
    published_note="The archive path carries 1998/08-08 (a Saturday paper). The text describes a Friday session after a week with a 299-point Dow plunge on Tuesday: the files match Fri 1998-08-07 (RUT +9.18 to 415.80, Dow +20.34 to 8598.02). 'Yesterday' in the original (the Thursday rise) is 1998-08-06.",
    text=("New York - U.S. stocks rose on Friday as investors who had dumped richly valued big stocks earlier in the week "
          "shifted money into small and midsize companies. The small-stock Russell 2000 Index built on the previous day's "
          "advance, soaring 9.18, or 2.3 percent, to 415.80. The Dow Jones Industrial Average managed a gain of just 20.34, "
          "or 0.2 percent, to 8598.02. The blue-chip average lost 3.2 percent this week, as three days of gains could not "
          "make up everything it gave away in Tuesday's 299-point plunge.\n\n"
          "A money manager at New Amsterdam Partners described the moves as \"the revenge of the mid-caps and small-caps,\" "
          "saying earnings estimates are getting better for many of those companies. Obscure names such as network-chip "
          "maker PMC-Sierra led the Russell.\n\n"
          "Big stocks were another story. The S&P 500 Index slipped 0.18 to 1089.45, held back by BellSouth and other "
          "regional phone companies, and its heaviest members, General Electric, Microsoft and Coca-Cola, all fell. "
          "The Nasdaq Composite Index added 17.26, or 0.9 percent, to 1846.77, with Costco and networking and telecom "
          "equipment makers such as 3Com and Tellabs among the gainers, even as Microsoft, Intel and Cisco, its biggest "
          "stocks, declined."),
    claims=[
        C("RUT", "daily_pct_change_sign", "up", "flag", "1998-08-06", "pct_change('RUT','1998-08-06') > 0", "flag", "built on the previous day's advance",
          "Thursday 1998-08-06: RUT 398.69 -> 406.62 close (+1.99%).", verdict="supported"),
        C("RUT", "daily_point_change", 9.18, "index_points", "1998-08-07", "point_change('RUT','1998-08-07')", "pts", "9.18"),
        C("RUT", "daily_pct_change", 2.3, "percent", "1998-08-07", "pct_change('RUT','1998-08-07')", "pct", "2.3 percent"),
        C("RUT", "close_level", 415.80, "index_points", "1998-08-07", "close('RUT','1998-08-07')", "level", "415.80"),
        C("DJI", "daily_point_change", 20.34, "index_points", "1998-08-07", "point_change('DJI','1998-08-07')", "pts", "20.34"),
        C("DJI", "daily_pct_change", 0.2, "percent", "1998-08-07", "pct_change('DJI','1998-08-07')", "pct", "or 0.2 percent"),
        C("DJI", "close_level", 8598.02, "index_points", "1998-08-07", "close('DJI','1998-08-07')", "level", "8598.02"),
        C("DJI", "weekly_pct_change", -3.2, "percent", "1998-08-07", "week_return('DJI','1998-08-07')", "pct", "3.2 percent this week",
          "Friday 1998-07-31 close 8883.29 to Friday 1998-08-07 close 8598.02.", w="week"),
        C("DJI", "up_streak_sessions", 3, "sessions", "1998-08-07", "streak('DJI','1998-08-07')", "int", "three days of gains",
          "Wed 08-05 +59.47, Thu 08-06 +30.90, Fri 08-07 +20.34 after Tuesday's drop."),
        C("DJI", "daily_point_change", -299, "index_points", "1998-08-04", "point_change('DJI','1998-08-04')", "pts", "299-point plunge",
          "Tuesday 1998-08-04: -299.43 (8786.74 -> 8487.31)."),
        C("SPX", "daily_point_change", -0.18, "index_points", "1998-08-07", "point_change('GSPC','1998-08-07')", "pts", "0.18"),
        C("SPX", "close_level", 1089.45, "index_points", "1998-08-07", "close('GSPC','1998-08-07')", "level", "1089.45"),
        C("IXIC", "daily_point_change", 17.26, "index_points", "1998-08-07", "point_change('IXIC','1998-08-07')", "pts", "17.26"),
        C("IXIC", "daily_pct_change", 0.9, "percent", "1998-08-07", "pct_change('IXIC','1998-08-07')", "pct", "or 0.9 percent"),
        C("IXIC", "close_level", 1846.77, "index_points", "1998-08-07", "close('IXIC','1998-08-07')", "level", "1846.77"),
    ]))

# 2 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="toledoblade_20110427_rut_record_fed_presser",
    source=dict(site="toledoblade.com",
                url="http://www.toledoblade.com/Stock-Market/2011/04/27/Stocks-hit-new-11-highs-on-Fed-s-optimism-about-the-recovery.print",
                original_outlet="Associated Press (via The Blade, Toledo)"),
    published="2011-04-27", published_confidence="exact",
    published_note="Dated 4/27/2011 on the page and in the URL; describes that Wednesday's session (first Bernanke press conference after the 2011-04-26/27 FOMC meeting).",
    text=("NEW YORK - Stocks climbed to another high for the year Wednesday after Federal Reserve Chairman Ben Bernanke "
          "told reporters the central bank expects the recovery to continue as hiring improves. An index of small stocks "
          "set a record.\n\n"
          "The Fed now sees the economy growing as much as 3.3 percent this year, less than it projected in January, but "
          "it is more upbeat on jobs and expects unemployment to drop as low as 8.4 percent by year-end, from a two-year "
          "low of 8.8 percent now. Bernanke took questions from reporters after the Fed's policy meeting. The Fed "
          "said its $600 billion bond-buying program would end on schedule in June and again promised to keep rates low "
          "for \"an extended period.\"\n\n"
          "The Dow Jones industrial average gained 95.59 points, or 0.8 percent, to close at 12,690.96; it was already "
          "higher before Bernanke appeared and added another 50 points afterwards. The Dow had not been this high since "
          "May 2008.\n\n"
          "The Standard & Poor's 500 added 8.42, or 0.6 percent, to 1,355.66, its highest price since June 2008. The index "
          "remains 13 percent below the record high of 1,565 it reached in October 2007. The Nasdaq composite index rose "
          "22.34, or 0.8 percent, to 2,869.88.\n\n"
          "The Russell 2000 index, the benchmark for small stocks, moved past its record high of 855.77 from July 2007, "
          "closing up 5.27, or 0.6 percent, at 858.31. Small stocks have soared since the rally began because they are seen "
          "as having the best growth prospects in a recovering economy."),
    claims=[
        C("US_GDP", "growth_projection_2011", 3.3, "percent", "2011-04-27", None, "F", "as much as 3.3 percent", "Fed projection (central tendency top) for 2011 growth.", q="as much as"),
        C("US_UNEMPLOYMENT", "rate_projection_2011", 8.4, "percent", "2011-04-27", None, "F", "as low as 8.4 percent", "Fed projection for the year-end unemployment rate.", q="as low as"),
        C("US_UNEMPLOYMENT", "rate", 8.8, "percent", "2011-04-27", None, "U", "8.8 percent", "Unemployment rate is not in the files."),
        C("FEDFUNDS", "asset_purchase_program_size", 600, "usd_billion", "2011-04-27", None, "U", "$600 billion", "Size of the bond-buying programme: not a series in the files."),
        C("DJI", "daily_point_change", 95.59, "index_points", "2011-04-27", "point_change('DJI','2011-04-27')", "pts", "95.59"),
        C("DJI", "daily_pct_change", 0.8, "percent", "2011-04-27", "pct_change('DJI','2011-04-27')", "pct", "or 0.8 percent, to close", "+0.76% rounds to 0.8."),
        C("DJI", "close_level", 12690.96, "index_points", "2011-04-27", "close('DJI','2011-04-27')", "level", "12,690.96"),
        C("DJI", "intraday_gain_after_event", 50, "index_points", "2011-04-27", None, "U", "another 50 points", "A move within the session timed to Bernanke's remarks: only daily OHLC in the files."),
        C("DJI", "highest_since", "2008-05", "date", "2011-04-27", "highest_since('DJI','2011-04-27')", "date", "May 2008",
          "Last close at or above 12,690.96 before 2011-04-27 is 2008-05-20 (12,828.68); May 2008 is right.", verdict="supported"),
        C("SPX", "daily_point_change", 8.42, "index_points", "2011-04-27", "point_change('GSPC','2011-04-27')", "pts", "8.42"),
        C("SPX", "daily_pct_change", 0.6, "percent", "2011-04-27", "pct_change('GSPC','2011-04-27')", "pct", "or 0.6 percent, to 1,355.66"),
        C("SPX", "close_level", 1355.66, "index_points", "2011-04-27", "close('GSPC','2011-04-27')", "level", "1,355.66"),
        C("SPX", "highest_since", "2008-06", "date", "2011-04-27", "highest_since('GSPC','2011-04-27')", "date", "highest price since June 2008",
          "Last close at or above 1,355.66 is 2008-06-16 (1,360.14).", verdict="supported"),
        C("SPX", "pct_from_ath", 13, "percent", "2011-04-27", "pct_below_record('GSPC','2011-04-27')", "pct", "13 percent below", "1 - 1355.66/1565.15 = 13.38%."),
        C("SPX", "record_close_level", 1565, "index_points", "2011-04-27", "record_before('GSPC','2011-04-27')[1]", "level", "1,565", "Record close 1,565.15 on 2007-10-09; the text gives the whole number.", dec=0),
        C("SPX", "record_close_date", "2007-10", "date", "2011-04-27", "record_before('GSPC','2011-04-27')[0]", "date", "October 2007", "Record close 2007-10-09.", verdict="supported"),
        C("IXIC", "daily_point_change", 22.34, "index_points", "2011-04-27", "point_change('IXIC','2011-04-27')", "pts", "22.34"),
        C("IXIC", "daily_pct_change", 0.8, "percent", "2011-04-27", "pct_change('IXIC','2011-04-27')", "pct", "or 0.8 percent, to 2,869.88"),
        C("IXIC", "close_level", 2869.88, "index_points", "2011-04-27", "close('IXIC','2011-04-27')", "level", "2,869.88"),
        C("RUT", "prior_record_close_level", 855.77, "index_points", "2011-04-27", "record_before('RUT','2011-04-27')[1]", "level", "855.77"),
        C("RUT", "prior_record_close_date", "2007-07", "date", "2011-04-27", "record_before('RUT','2011-04-27')[0]", "date", "July 2007", "Prior record close 2007-07-13.", verdict="supported"),
        C("RUT", "record_close", True, "flag", "2011-04-27", "close('RUT','2011-04-27') > record_before('RUT','2011-04-27')[1]", "flag", "set a record",
          "858.31 > 855.77 (2007-07-13): a record close.", verdict="supported"),
        C("RUT", "daily_point_change", 5.27, "index_points", "2011-04-27", "point_change('RUT','2011-04-27')", "pts", "5.27"),
        C("RUT", "daily_pct_change", 0.6, "percent", "2011-04-27", "pct_change('RUT','2011-04-27')", "pct", "or 0.6 percent, at 858.31"),
        C("RUT", "close_level", 858.31, "index_points", "2011-04-27", "close('RUT','2011-04-27')", "level", "at 858.31"),
    ]))

# 3 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="semissourian_20020903_dow_355_september_start",
    source=dict(site="semissourian.com", url="https://www.semissourian.com/news/dow-jones-average-falls-355-points-87063",
                original_outlet="Associated Press (via Southeast Missourian)"),
    published="2002-09-04", published_confidence="exact",
    published_note="Page dated September 4, 2002; the AP story is about Tuesday 2002-09-03, the first session after Labor Day.",
    text=("NEW YORK -- Stocks slid Tuesday as investors grew nervous over a run of bad news, from weaker-than-expected "
          "factory activity to brokerage downgrades of Citigroup and Ford, and the Dow Jones industrials gave up 355 "
          "points.\n\n"
          "\"We're back to work from a not-so-good August,\" said an analyst at Jefferies & Co., citing the downgrades and "
          "a sense that the economy has not picked up as hoped.\n\n"
          "The Dow Jones industrial average ended down 355.45, or 4.1 percent, at 8,308.05. That was its biggest one-day "
          "loss since July 19, when the Dow gave up 390.23, and it followed a 2.4 percent decline last week that snapped a "
          "five-week winning streak.\n\n"
          "The broader market was also sharply lower. The Nasdaq composite index fell 51.01, or 3.9 percent, to 1,263.84, "
          "after losing 4.8 percent in the previous week and ending three weeks of gains. The Standard & Poor's 500 index "
          "dropped 38.05, or 4.2 percent, to 878.02, after a 2.6 percent drop that ended a five-week run higher.\n\n"
          "The Institute for Supply Management said its index of business activity held at 50.5 in August, short of the "
          "51.8 economists had expected. Analysts said investors are watching this "
          "week's economic reports for evidence that the recovery is continuing now that the accounting scandals seem to "
          "be fading."),
    claims=[
        C("DJI", "daily_point_change", -355, "index_points", "2002-09-03", "point_change('DJI','2002-09-03')", "pts", "gave up 355", "Lead figure; -355.45 (the text truncates to 355, within 0.5)."),
        C("DJI", "daily_point_change", -355.45, "index_points", "2002-09-03", "point_change('DJI','2002-09-03')", "pts", "355.45"),
        C("DJI", "daily_pct_change", -4.1, "percent", "2002-09-03", "pct_change('DJI','2002-09-03')", "pct", "or 4.1 percent"),
        C("DJI", "close_level", 8308.05, "index_points", "2002-09-03", "close('DJI','2002-09-03')", "level", "8,308.05"),
        C("DJI", "biggest_point_loss_since", "2002-07-19", "date", "2002-09-03", "last_move_as_big('DJI','2002-09-03','pts')", "date", "since July 19",
          "Last day with a point loss at least as large as -355.45: 2002-07-19 (-390.23).", verdict="supported"),
        C("DJI", "daily_point_change", -390.23, "index_points", "2002-07-19", "point_change('DJI','2002-07-19')", "pts", "390.23"),
        C("DJI", "weekly_pct_change", -2.4, "percent", "2002-08-30", "week_return('DJI','2002-08-30')", "pct", "2.4 percent decline last week", w="week"),
        C("DJI", "weekly_up_streak_ended", 5, "weeks", "2002-08-23", "weekly_streak('DJI','2002-08-23')", "int", "five-week winning streak",
          "Weeks ending 07-26 (+3.06%), 08-02 (+0.59%), 08-09 (+5.20%), 08-16 (+0.37%), 08-23 (+1.08%)."),
        C("IXIC", "daily_point_change", -51.01, "index_points", "2002-09-03", "point_change('IXIC','2002-09-03')", "pts", "51.01"),
        C("IXIC", "daily_pct_change", -3.9, "percent", "2002-09-03", "pct_change('IXIC','2002-09-03')", "pct", "or 3.9 percent"),
        C("IXIC", "close_level", 1263.84, "index_points", "2002-09-03", "close('IXIC','2002-09-03')", "level", "1,263.84"),
        C("IXIC", "weekly_pct_change", -4.8, "percent", "2002-08-30", "week_return('IXIC','2002-08-30')", "pct", "4.8 percent", w="week"),
        C("IXIC", "weekly_up_streak_ended", 3, "weeks", "2002-08-23", "weekly_streak('IXIC','2002-08-23')", "int", "three weeks of gains",
          "Weeks ending 08-09 (+4.66%), 08-16 (+4.20%), 08-23 (+1.44%); 08-02 was -1.13%."),
        C("SPX", "daily_point_change", -38.05, "index_points", "2002-09-03", "point_change('GSPC','2002-09-03')", "pts", "38.05"),
        C("SPX", "daily_pct_change", -4.2, "percent", "2002-09-03", "pct_change('GSPC','2002-09-03')", "pct", "or 4.2 percent"),
        C("SPX", "close_level", 878.02, "index_points", "2002-09-03", "close('GSPC','2002-09-03')", "level", "878.02"),
        C("SPX", "weekly_pct_change", -2.6, "percent", "2002-08-30", "week_return('GSPC','2002-08-30')", "pct", "2.6 percent drop", w="week"),
        C("SPX", "weekly_up_streak_ended", 5, "weeks", "2002-08-23", "weekly_streak('GSPC','2002-08-23')", "int", "five-week run higher",
          "Weeks ending 07-26 (+0.60%), 08-02 (+1.34%), 08-09 (+5.14%), 08-16 (+2.22%), 08-23 (+1.30%)."),
        C("ISM", "index_level", 50.5, "index", "2002-08", None, "U", "50.5", "ISM manufacturing index is not in the files."),
        C("ISM", "consensus_forecast", 51.8, "index", "2002-08", None, "U", "51.8", "Economists' consensus: not in the files."),
    ]))

# 4 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="staugustine_20020923_nasdaq_six_year_low",
    source=dict(site="staugustine.com", url="http://staugustine.com/stories/092402/nat_1007296.shtml",
                original_outlet="Associated Press (via The St. Augustine Record)"),
    published="2002-09-24", published_confidence="exact",
    published_note="Page says 'Published Tuesday, September 24, 2002'; the story describes Monday 2002-09-23. 'Last week' is the week ending Friday 2002-09-20.",
    text=("NEW YORK (AP) -- The Nasdaq composite index sank to a six-year low Monday, and the rest of Wall Street fell just "
          "as hard as the economic outlook darkened. The Dow Jones industrials lost more than 100 points.\n\n"
          "With a scattering of bad news and no upbeat data to offset it, investors sold across the board, from Microsoft "
          "to Wal-Mart. The slide left the Nasdaq at its lowest close since September 1996 and pushed the Dow back toward "
          "the four-year low it hit on July 23. A strategist at Victory SBSF Capital Management said talk of a retest of "
          "the July lows was becoming something of a self-fulfilling prophecy.\n\n"
          "The Nasdaq dropped 36.16, or 3.0 percent, to 1,184.93, its lowest close since it stood at 1,165.81 on Sept. 12, "
          "1996.\n\n"
          "The Dow declined 113.87, or 1.4 percent, to 7,872.15, after a 3.9 percent loss last week. It was the index's "
          "third triple-digit drop in five sessions, and it left the average just 169 points above its July 23 low of "
          "7,702.34. The Standard & Poor's 500 index fell 11.69, or 1.4 percent, to 833.70, following a weekly drop of 5 "
          "percent.\n\n"
          "The selling has gone on for weeks. Since Aug. 22, the Dow has lost nearly 1,200 points, as mixed "
          "economic news, profit warnings and worries about a war with Iraq wore down investors' confidence."),
    claims=[
        C("IXIC", "lowest_close_since_year", "1996-09", "date", "2002-09-23", "lowest_since('IXIC','2002-09-23')", "date", "six-year low",
          "Last close at or below 1,184.93 is 1996-09-12 (1,165.81): six years.", verdict="supported"),
        C("DJI", "daily_point_change", -100, "index_points", "2002-09-23", "point_change('DJI','2002-09-23')", "pts", "more than 100 points", q="more than"),
        C("DJI", "low_is_multi_year", 4, "years", "2002-09-23", "lowest_since('DJI','2002-07-23')", "date", "four-year low it hit on July 23",
          "2002-07-23 close 7,702.34; the last earlier close at or below it was 1998-10-01 (7,632.53): a low not seen for almost four years.", verdict="supported"),
        C("IXIC", "daily_point_change", -36.16, "index_points", "2002-09-23", "point_change('IXIC','2002-09-23')", "pts", "36.16"),
        C("IXIC", "daily_pct_change", -3.0, "percent", "2002-09-23", "pct_change('IXIC','2002-09-23')", "pct", "or 3.0 percent"),
        C("IXIC", "close_level", 1184.93, "index_points", "2002-09-23", "close('IXIC','2002-09-23')", "level", "1,184.93"),
        C("IXIC", "lowest_close_since", "1996-09-12", "date", "2002-09-23", "lowest_since('IXIC','2002-09-23')", "date", "on Sept. 12,", "Last close at or below 1,184.93: 1996-09-12.", verdict="supported"),
        C("IXIC", "close_level", 1165.81, "index_points", "1996-09-12", "close('IXIC','1996-09-12')", "level", "1,165.81"),
        C("DJI", "daily_point_change", -113.87, "index_points", "2002-09-23", "point_change('DJI','2002-09-23')", "pts", "113.87"),
        C("DJI", "daily_pct_change", -1.4, "percent", "2002-09-23", "pct_change('DJI','2002-09-23')", "pct", "or 1.4 percent, to 7,872.15"),
        C("DJI", "close_level", 7872.15, "index_points", "2002-09-23", "close('DJI','2002-09-23')", "level", "7,872.15"),
        C("DJI", "weekly_pct_change", -3.9, "percent", "2002-09-20", "week_return('DJI','2002-09-20')", "pct", "3.9 percent loss last week", w="week"),
        C("DJI", "count_100pt_declines_5_sessions", 3, "sessions", "2002-09-23", "count_moves('DJI','2002-09-23',5,-100)", "int", "third triple-digit drop in five sessions",
          "09-17 -172.63, 09-19 -230.06, 09-23 -113.87 (09-18 -35.10, 09-20 +43.63)."),
        C("DJI", "points_above_low", 169, "index_points", "2002-09-23", "close('DJI','2002-09-23') - close('DJI','2002-07-23')", "pts", "169 points above",
          "7,872.15 - 7,702.34 = 169.81; the text truncates (170 when rounded)."),
        C("DJI", "close_level", 7702.34, "index_points", "2002-07-23", "close('DJI','2002-07-23')", "level", "7,702.34"),
        C("SPX", "daily_point_change", -11.69, "index_points", "2002-09-23", "point_change('GSPC','2002-09-23')", "pts", "11.69"),
        C("SPX", "daily_pct_change", -1.4, "percent", "2002-09-23", "pct_change('GSPC','2002-09-23')", "pct", "or 1.4 percent, to 833.70"),
        C("SPX", "close_level", 833.70, "index_points", "2002-09-23", "close('GSPC','2002-09-23')", "level", "833.70"),
        C("SPX", "weekly_pct_change", -5, "percent", "2002-09-20", "week_return('GSPC','2002-09-20')", "pct", "weekly drop of 5", w="week"),
        C("DJI", "points_change_since", -1200, "index_points", "2002-09-23", "points('DJI','2002-08-22','2002-09-23')", "pts", "nearly 1,200 points",
          "From the 2002-08-22 close 9,053.64 to 7,872.15: -1,181.49. 'Nearly' with a round 1,200: unit 2% (24 points), accepted range 1,176-1,212.", q="nearly", w="since 2002-08-22"),
    ]))

# 5 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="baltimoresun_20020805_dow_269_three_sessions",
    source=dict(site="articles.baltimoresun.com", url="http://articles.baltimoresun.com/2002-08-06/business/0208060164_1_market-rally-index-dow",
                original_outlet="The Baltimore Sun"),
    published="2002-08-06", published_confidence="exact",
    published_note="Dated August 06, 2002 on the page; 'yesterday' is Monday 2002-08-05.",
    text=("U.S. stocks dropped yesterday for a third straight session, with the Dow Jones industrial average giving up a "
          "combined 700 points over that stretch, as worries about another economic slump intensified.\n\n"
          "The 30-stock Dow fell 269.50 points, or 3.24 percent, to end at 8,043.63. The broader Standard & Poor's 500 "
          "index slid 29.64 points, or 3.43 percent, to 834.60. The Nasdaq composite index took another heavy hit, "
          "dropping 41.91 points, or 3.36 percent, to 1,206.01; that wiped out the gains of a powerful late-July rally and "
          "left the technology bellwether at its lowest point since April 1997.\n\n"
          "\"This is just more of what has been happening,\" said the chief executive of Legg Mason Trust Co. in "
          "Baltimore, pointing to a lack of confidence in corporate numbers.\n\n"
          "Fears of a renewed downturn were stoked by signs that the service sector, the biggest part of the economy, is "
          "slowing. The Institute for Supply Management's index of nonmanufacturing activity fell to 53.1 in July from 57.2 "
          "in June, a weaker figure than economists had expected.\n\n"
          "The International Monetary Fund added to the gloom, warning that the bear market is undermining the recovery "
          "and signaling that its forecast last month of 2.5 percent growth this year and 3.25 percent next year may be "
          "too high."),
    claims=[
        C("DJI", "down_streak_sessions", 3, "sessions", "2002-08-05", "streak('DJI','2002-08-05', up=False)", "int", "third straight session",
          "08-01 -229.97, 08-02 -193.49, 08-05 -269.50; 07-31 was +56.56."),
        C("DJI", "points_change_3_sessions", -700, "index_points", "2002-08-05", "points('DJI','2002-07-31','2002-08-05')", "pts", "combined 700 points",
          "2002-07-31 close 8,736.59 to 2002-08-05 close 8,043.63: -692.96. An unhedged round 700 is outside 0.5 but within 20%.", w="3 sessions"),
        C("DJI", "daily_point_change", -269.50, "index_points", "2002-08-05", "point_change('DJI','2002-08-05')", "pts", "269.50"),
        C("DJI", "daily_pct_change", -3.24, "percent", "2002-08-05", "pct_change('DJI','2002-08-05')", "pct", "3.24 percent"),
        C("DJI", "close_level", 8043.63, "index_points", "2002-08-05", "close('DJI','2002-08-05')", "level", "8,043.63"),
        C("SPX", "daily_point_change", -29.64, "index_points", "2002-08-05", "point_change('GSPC','2002-08-05')", "pts", "29.64"),
        C("SPX", "daily_pct_change", -3.43, "percent", "2002-08-05", "pct_change('GSPC','2002-08-05')", "pct", "3.43 percent"),
        C("SPX", "close_level", 834.60, "index_points", "2002-08-05", "close('GSPC','2002-08-05')", "level", "834.60"),
        C("IXIC", "daily_point_change", -41.91, "index_points", "2002-08-05", "point_change('IXIC','2002-08-05')", "pts", "41.91"),
        C("IXIC", "daily_pct_change", -3.36, "percent", "2002-08-05", "pct_change('IXIC','2002-08-05')", "pct", "3.36 percent"),
        C("IXIC", "close_level", 1206.01, "index_points", "2002-08-05", "close('IXIC','2002-08-05')", "level", "1,206.01"),
        C("IXIC", "lowest_since", "1997-04", "date", "2002-08-05", "lowest_since('IXIC','2002-08-05')", "date", "lowest point since April 1997",
          "Last close at or below 1,206.01 before 2002-08-05: 1997-04-21.", verdict="supported"),
        C("ISM_SERVICES", "index_level", 53.1, "index", "2002-07", None, "U", "53.1", "ISM nonmanufacturing index is not in the files."),
        C("ISM_SERVICES", "index_level_prior", 57.2, "index", "2002-06", None, "U", "57.2", "ISM nonmanufacturing index is not in the files."),
        C("US_GDP", "imf_growth_forecast_2002", 2.5, "percent", "2002-08-05", None, "F", "2.5 percent growth", "IMF projection."),
        C("US_GDP", "imf_growth_forecast_2003", 3.25, "percent", "2002-08-05", None, "F", "3.25 percent next year", "IMF projection."),
    ]))

# 6 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="spokesman_20090219_dow_lowest_since_2002",
    source=dict(site="spokesman.com", url="http://www.spokesman.com/stories/2009/feb/20/dow-close-is-lowest-since-2002/?print-friendly",
                original_outlet="Los Angeles Times (via The Spokesman-Review)"),
    published="2009-02-20", published_confidence="exact",
    published_note="URL dated 2009/feb/20; the story describes Thursday 2009-02-19.",
    text=("NEW YORK - Months after the stock market seemed to have found its floor, the Dow Jones industrial average "
          "sank Thursday to a six-year low.\n\n"
          "The Dow lost 89.68 points, or 1.2 percent, to 7,465.95, slipping beneath the 7,552.29 level it reached during "
          "the November 2008 sell-off and stoking fears that prices could fall a lot further. Losses in financial stocks "
          "led the way. The best-known market gauge has dropped 15 percent in the seven weeks since New Year's Day 2009 and "
          "stands at its lowest point since October 2002.\n\n"
          "\"It doesn't mean that we're going to see a huge downward movement and fall to 6,000,\" said the managing "
          "editor of the Dow Theory Forecasts newsletter, but it does mean the market has not yet built a bottom.\n\n"
          "Analysts said the likeliest next step is a retest of the October 2002 low of 7,286.27, reached at the depth of "
          "the bear market that followed the Internet bubble. That would be a further 2.4 percent drop from Thursday's "
          "close.\n\n"
          "The Dow's slide also raised fears that the Standard & Poor's 500 index, which matters much more to Wall Street "
          "professionals, could be next to sink below its November low. The S&P 500 gave up 9.48 points, or 1.2 percent, to "
          "778.94, which leaves it 3.5 percent above its Nov. 20 low."),
    claims=[
        C("DJI", "lowest_since_years", "2002-10", "date", "2009-02-19", "lowest_since('DJI','2009-02-19')", "date", "six-year low",
          "Last close at or below 7,465.95 before 2009-02-19: 2002-10-09 (7,286.27), six years and four months earlier.", verdict="supported"),
        C("DJI", "daily_point_change", -89.68, "index_points", "2009-02-19", "point_change('DJI','2009-02-19')", "pts", "89.68"),
        C("DJI", "daily_pct_change", -1.2, "percent", "2009-02-19", "pct_change('DJI','2009-02-19')", "pct", "or 1.2 percent, to 7,465.95"),
        C("DJI", "close_level", 7465.95, "index_points", "2009-02-19", "close('DJI','2009-02-19')", "level", "7,465.95"),
        C("DJI", "close_level", 7552.29, "index_points", "2008-11-20", "close('DJI','2008-11-20')", "level", "7,552.29", "The November 2008 closing low was 2008-11-20."),
        C("DJI", "ytd_pct_change", -15, "percent", "2009-02-19", "ytd('DJI','2009-02-19')", "pct", "dropped 15 percent", "8,776.39 (2008-12-31) to 7,465.95: -14.93%.", w="YTD"),
        C("DJI", "lowest_since", "2002-10", "date", "2009-02-19", "lowest_since('DJI','2009-02-19')", "date", "lowest point since October 2002", "2002-10-09.", verdict="supported"),
        C("QUOTE", "level_target", 6000, "index_points", "2009-02-19", None, "N", "fall to 6,000", "Quoted hypothetical from a newsletter editor."),
        C("DJI", "close_level", 7286.27, "index_points", "2002-10-09", "close('DJI','2002-10-09')", "level", "7,286.27"),
        C("DJI", "pct_to_prior_low", 2.4, "percent", "2009-02-19", "(1 - close('DJI','2002-10-09') / close('DJI','2009-02-19')) * 100", "pct", "2.4 percent drop",
          "1 - 7,286.27/7,465.95 = 2.41%."),
        C("SPX", "daily_point_change", -9.48, "index_points", "2009-02-19", "point_change('GSPC','2009-02-19')", "pts", "9.48"),
        C("SPX", "daily_pct_change", -1.2, "percent", "2009-02-19", "pct_change('GSPC','2009-02-19')", "pct", "or 1.2 percent, to 778.94"),
        C("SPX", "close_level", 778.94, "index_points", "2009-02-19", "close('GSPC','2009-02-19')", "level", "778.94"),
        C("SPX", "pct_above_low", 3.5, "percent", "2009-02-19", "ret('GSPC','2008-11-20','2009-02-19')", "pct", "3.5 percent above", "752.44 (2008-11-20) to 778.94: +3.52%."),
    ]))

# 7 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="washingtontimes_20031203_nasdaq_flirts_2000",
    source=dict(site="washingtontimes.com", url="https://www.washingtontimes.com/news/2003/dec/3/20031203-093002-9758r/",
                original_outlet="Associated Press (via The Washington Times)"),
    published="2003-12-04", published_confidence="medium",
    published_note="The page is labelled Wednesday, December 3, 2003 and the URL carries 2003/dec/3, but the AP text calls the session 'yesterday' and its figures (Dow +19.78 to 9,873.42, Nasdaq -19.82 to 1,960.25, the 9.4% productivity revision) match Wednesday 2003-12-03, not Tuesday 12-02 (Dow -45.41). The print edition is taken to be Thursday 2003-12-04; the session is 2003-12-03.",
    text=("NEW YORK (AP) - The Nasdaq composite index flirted with 2,000 yesterday for the first time in almost two years, "
          "and the Dow Jones industrial average edged toward 10,000, as investors bought stocks and then turned cautious "
          "after a strong productivity report.\n\n"
          "In the early afternoon the technology-heavy Nasdaq touched 2,000 and the Dow got within 58 points of 10,000, "
          "but both retreated and the indexes closed mixed.\n\n"
          "The Nasdaq rose as high as 2,000.92 before falling back to 1,960.25, down 19.82, or 1 percent. The index, hit "
          "hardest in the bear market of recent years, had not traded above 2,000 since Jan. 15, 2002.\n\n"
          "The Dow closed up 19.78, or 0.2 percent, at 9,873.42, after rising as much as 88 points to 9,942.01 earlier in "
          "the day. The last time the Dow traded above 10,000 was May 31, 2002. The Standard & Poor's 500 index slipped "
          "1.89, or 0.2 percent, to 1,064.73.\n\n"
          "Getting back to 2,000 marks a real step in the recovery from the dot-com bust, the recession and the "
          "corporate scandals, but the Nasdaq remains far below its record close of 5,048.62 of March 10, 2000.\n\n"
          "The gains followed a Labor Department report that productivity rose at a 9.4 percent annual rate in the third "
          "quarter, the best reading in 20 years."),
    claims=[
        C("IXIC", "intraday_reached_level", 2000, "index_points", "2003-12-03", "close('IXIC','2003-12-03','high') >= 2000", "flag", "touched 2,000",
          "Session high 2,000.92 >= 2,000.", b="intraday high", verdict="supported"),
        C("IXIC", "last_traded_above_level_since_years", "2002-01", "date", "2003-12-03", "last_high_at_or_above('IXIC','2003-12-03',2000)", "date", "first time in almost two years",
          "Last earlier session with a high at or above 2,000: 2002-01-15, 22.5 months before.", verdict="supported", b="intraday high"),
        C("DJI", "intraday_distance_to_level", 58, "index_points", "2003-12-03", "10000 - close('DJI','2003-12-03','high')", "pts", "within 58 points",
          "10,000 - session high 9,942.01 = 57.99.", b="intraday high", q="within"),
        C("IXIC", "intraday_high_level", 2000.92, "index_points", "2003-12-03", "close('IXIC','2003-12-03','high')", "level", "2,000.92", b="intraday high", q="as high as"),
        C("IXIC", "close_level", 1960.25, "index_points", "2003-12-03", "close('IXIC','2003-12-03')", "level", "1,960.25"),
        C("IXIC", "daily_point_change", -19.82, "index_points", "2003-12-03", "point_change('IXIC','2003-12-03')", "pts", "19.82"),
        C("IXIC", "daily_pct_change", -1, "percent", "2003-12-03", "pct_change('IXIC','2003-12-03')", "pct", "or 1 percent"),
        C("IXIC", "last_traded_above_date", "2002-01-15", "date", "2003-12-03", "last_high_at_or_above('IXIC','2003-12-03',2000)", "date", "since Jan. 15, 2002",
          "High 2,000.0+ on 2002-01-15 (close 2,000.91).", verdict="supported", b="intraday high"),
        C("DJI", "daily_point_change", 19.78, "index_points", "2003-12-03", "point_change('DJI','2003-12-03')", "pts", "19.78"),
        C("DJI", "daily_pct_change", 0.2, "percent", "2003-12-03", "pct_change('DJI','2003-12-03')", "pct", "or 0.2 percent, at 9,873.42"),
        C("DJI", "close_level", 9873.42, "index_points", "2003-12-03", "close('DJI','2003-12-03')", "level", "9,873.42"),
        C("DJI", "intraday_point_change_max", 88, "index_points", "2003-12-03", "intraday_change('DJI','2003-12-03','high')", "pts", "as much as 88 points",
          "High 9,942.01 vs previous close 9,853.64: +88.37.", q="as much as", b="intraday high"),
        C("DJI", "intraday_high_level", 9942.01, "index_points", "2003-12-03", "close('DJI','2003-12-03','high')", "level", "9,942.01", b="intraday high"),
        C("DJI", "last_traded_above_date", "2002-05-31", "date", "2003-12-03", "last_high_at_or_above('DJI','2003-12-03',10000)", "date", "May 31, 2002",
          "Last earlier session with a high at or above 10,000: 2002-05-31.", verdict="supported", b="intraday high"),
        C("SPX", "daily_point_change", -1.89, "index_points", "2003-12-03", "point_change('GSPC','2003-12-03')", "pts", "1.89"),
        C("SPX", "daily_pct_change", -0.2, "percent", "2003-12-03", "pct_change('GSPC','2003-12-03')", "pct", "or 0.2 percent, to 1,064.73"),
        C("SPX", "close_level", 1064.73, "index_points", "2003-12-03", "close('GSPC','2003-12-03')", "level", "1,064.73"),
        C("IXIC", "record_close_level", 5048.62, "index_points", "2003-12-03", "record_before('IXIC','2003-12-03')[1]", "level", "5,048.62"),
        C("IXIC", "record_close_date", "2000-03-10", "date", "2003-12-03", "record_before('IXIC','2003-12-03')[0]", "date", "March 10, 2000", verdict="supported"),
        C("US_PRODUCTIVITY", "q3_growth_rate", 9.4, "percent", "2003-12-03", None, "U", "9.4 percent", "Productivity data are not in the files."),
    ]))

# 8 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="vindy_20110201_dow_closes_above_12000",
    source=dict(site="vindyarchives.com", url="https://vindyarchives.com/news/2011/feb/02/dow-closes-above-12000",
                original_outlet="Associated Press (via The Vindicator, Youngstown)"),
    published="2011-02-02", published_confidence="exact",
    published_note="URL dated 2011/feb/02; the story describes Tuesday 2011-02-01.",
    text=("NEW YORK - Not long ago the stock market lay in ruins. Now one of the great bull runs in history keeps rolling, "
          "perhaps enough to win back the attention of ordinary investors.\n\n"
          "The Dow Jones industrial average finished above 12,000 on Tuesday for the first time in 2 1/2 years, pushing "
          "the Great Recession further into the past and repairing most of the damage done to millions of retirement "
          "accounts. The broader Standard & Poor's 500 index closed above 1,300 for the first time since Aug. 28, 2008.\n\n"
          "The run began on March 9, 2009, when the Dow stood at 6,547, its lowest point in 12 years. In the fastest climb "
          "since the Great Depression, it has since risen 84 percent, helped by surging corporate profits, resilient "
          "consumer spending and Federal Reserve bond purchases. Counting reinvested dividends, the Dow's total return is "
          "92 percent, and anyone who bought an S&P 500 index fund that March day has doubled his money.\n\n"
          "The Dow closed at 12,040.16, advancing 148 points on strong earnings and signs that factories had a good "
          "January. The S&P 500 ended at 1,307.59, up 21 points."),
    claims=[
        C("DJI", "close_above_level_first_since", "2008-06", "date", "2011-02-01", "level_since(col('DJI'), '2011-02-01', 12000)", "date", "first time in 2 1/2 years",
          "Last earlier close at or above 12,000: 2008-06-19 (2 years 7 months before).", verdict="supported"),
        C("SPX", "close_above_level_first_since", "2008-08-28", "date", "2011-02-01", "level_since(col('GSPC'), '2011-02-01', 1300)", "date", "since Aug. 28, 2008",
          "Last earlier close at or above 1,300: 2008-08-28 (1,300.68).", verdict="supported"),
        C("DJI", "close_level", 6547, "index_points", "2009-03-09", "close('DJI','2009-03-09')", "level", "stood at 6,547", "6,547.05.", dec=0),
        C("DJI", "lowest_since_years", 12, "years", "2009-03-09", "lowest_since('DJI','2009-03-09')", "date", "lowest point in 12 years",
          "Last earlier close at or below 6,547.05: 1997-04-14, 11.9 years before.", verdict="supported"),
        C("DJI", "pct_change_since", 84, "percent", "2011-02-01", "ret('DJI','2009-03-09','2011-02-01')", "pct", "risen 84 percent", "6,547.05 to 12,040.16: +83.90%.", w="since 2009-03-09"),
        C("DJI", "total_return_since", 92, "percent", "2011-02-01", None, "U", "92 percent", "Total return with dividends: the files hold only the price index."),
        C("SPX", "total_return_doubled", 100, "percent", "2011-02-01", None, "U", "doubled his money", "Total return of an S&P 500 fund: price index only in the files (price change 676.53 -> 1,307.59 is +93.3%)."),
        C("DJI", "close_level", 12040.16, "index_points", "2011-02-01", "close('DJI','2011-02-01')", "level", "12,040.16"),
        C("DJI", "daily_point_change", 148, "index_points", "2011-02-01", "point_change('DJI','2011-02-01')", "pts", "148 points", "+148.23."),
        C("SPX", "close_level", 1307.59, "index_points", "2011-02-01", "close('GSPC','2011-02-01')", "level", "1,307.59"),
        C("SPX", "daily_point_change", 21, "index_points", "2011-02-01", "point_change('GSPC','2011-02-01')", "pts", "up 21 points", "+21.47."),
    ]))

# 9 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="latimes_20110426_dow_best_close_since_2008",
    source=dict(site="feeds.latimes.com", url="http://feeds.latimes.com/~r/MoneyCompany/~3/yLuAPojM5Kg/dow-high-stocks-rally-fed-bernanke-economy.html",
                original_outlet="Los Angeles Times (Money & Company blog)"),
    published="2011-04-26", published_confidence="high",
    published_note="Inferred: the post describes Tuesday's rally ahead of the Fed meeting and Bernanke's first press conference 'on Wednesday' (2011-04-27); the closes (Dow 12,595.37, S&P 1,347.24, Nasdaq 2,847.54) match Tuesday 2011-04-26.",
    text=("Wall Street appears to expect nothing but reassurance from Federal Reserve Chairman Ben S. Bernanke on "
          "Wednesday.\n\n"
          "Stocks rallied broadly on Tuesday, lifting blue-chip indexes to their highest levels in almost three years ahead "
          "of the Fed's policy meeting and Bernanke's news conference. The Dow Jones industrial average climbed 115.49 "
          "points, or 0.9%, to 12,595.37, its best close since June 5, 2008. The Dow is now up 8.8% year to date; with "
          "dividends included, its return is close to 10%.\n\n"
          "Chart-watchers took heart as the Standard & Poor's 500 and the Nasdaq composite moved above the 2011 highs they "
          "set on Feb. 18, just before soaring oil prices tripped up the market. The Dow had already topped its Feb. 18 "
          "high in early April. The S&P 500 gained 0.9% to 1,347.24, above its Feb. 18 high of 1,343.01. The Nasdaq rose "
          "0.8% to 2,847.54, beyond its Feb. 18 high of 2,833.95. The S&P is now at its highest since June 2008 and the "
          "Nasdaq at its highest since Oct. 2007.\n\n"
          "The Fed is expected to stick with its easy-money stance, including near-zero short-term rates. Its bond-buying "
          "program is due to wrap up on June 30."),
    claims=[
        C("DJI", "highest_since_years", 3, "years", "2011-04-26", "highest_since('DJI','2011-04-26')", "date", "highest levels in almost three years",
          "Dow: last earlier close at or above 12,595.37 is 2008-06-05, 2 years 10.7 months before; S&P 500: 2008-06-17.", q="almost", verdict="supported"),
        C("DJI", "daily_point_change", 115.49, "index_points", "2011-04-26", "point_change('DJI','2011-04-26')", "pts", "115.49"),
        C("DJI", "daily_pct_change", 0.9, "percent", "2011-04-26", "pct_change('DJI','2011-04-26')", "pct", "or 0.9%, to 12,595.37"),
        C("DJI", "close_level", 12595.37, "index_points", "2011-04-26", "close('DJI','2011-04-26')", "level", "to 12,595.37"),
        C("DJI", "highest_close_since", "2008-06-05", "date", "2011-04-26", "highest_since('DJI','2011-04-26')", "date", "since June 5, 2008",
          "Last earlier close at or above 12,595.37: 2008-06-05 (12,604.45).", verdict="supported"),
        C("DJI", "ytd_pct_change", 8.8, "percent", "2011-04-26", "ytd('DJI','2011-04-26')", "pct", "up 8.8% year to date", "11,577.51 (2010-12-31) to 12,595.37: +8.79%.", w="YTD"),
        C("DJI", "ytd_total_return", 10, "percent", "2011-04-26", None, "U", "close to 10%", "Return with dividends: price index only in the files.", q="nearly"),
        C("DJI", "topped_prior_high_date", "2011-04", "date", "2011-04-26", "first_close_at_or_above('DJI', close('DJI','2011-02-18') + 0.01, after='2011-02-18')", "date", "in early April",
          "Feb. 18 close 12,391.25; first close above it: 2011-04-04.", verdict="supported"),
        C("SPX", "daily_pct_change", 0.9, "percent", "2011-04-26", "pct_change('GSPC','2011-04-26')", "pct", "gained 0.9%"),
        C("SPX", "close_level", 1347.24, "index_points", "2011-04-26", "close('GSPC','2011-04-26')", "level", "1,347.24"),
        C("SPX", "prior_high_close", 1343.01, "index_points", "2011-02-18", "close('GSPC','2011-02-18')", "level", "1,343.01"),
        C("IXIC", "daily_pct_change", 0.8, "percent", "2011-04-26", "pct_change('IXIC','2011-04-26')", "pct", "rose 0.8%"),
        C("IXIC", "close_level", 2847.54, "index_points", "2011-04-26", "close('IXIC','2011-04-26')", "level", "2,847.54"),
        C("IXIC", "prior_high_close", 2833.95, "index_points", "2011-02-18", "close('IXIC','2011-02-18')", "level", "2,833.95"),
        C("SPX", "highest_since", "2008-06", "date", "2011-04-26", "highest_since('GSPC','2011-04-26')", "date", "highest since June 2008", "2008-06-17 (1,350.93).", verdict="supported"),
        C("IXIC", "highest_since", "2007-10", "date", "2011-04-26", "highest_since('IXIC','2011-04-26')", "date", "highest since Oct. 2007", "2007-10-31.", verdict="supported"),
        C("FEDFUNDS", "asset_purchase_end_date", "2011-06-30", "date", "2011-04-26", None, "U", "June 30", "Scheduled end of the bond programme: not in the files."),
    ]))

# 10 --------------------------------------------------------------------------------------------
P.append(dict(
    id="starbulletin_20040805_record_oil_dow_163",
    source=dict(site="archives.starbulletin.com", url="https://archives.starbulletin.com/2004/08/06/business/market.html",
                original_outlet="Associated Press (via Honolulu Star-Bulletin)"),
    published="2004-08-06", published_confidence="exact",
    published_note="Archive path 2004/08/06; 'yesterday' is Thursday 2004-08-05.",
    text=("NEW YORK >> A fresh jump in oil prices sent stocks tumbling yesterday, with the Dow Jones industrial average "
          "losing more than 160 points and the Nasdaq composite index and the Standard & Poor's 500 closing at new lows for "
          "the year.\n\n"
          "Selling picked up through the afternoon as light crude settled at a record $44.41 a barrel, up $1.58, on new "
          "trouble for Russian oil company Yukos. Lately, stock declines have tracked rising oil prices almost one for "
          "one.\n\n"
          "The Dow fell 163.48, or 1.6 percent, to 9,963.03, finishing below 10,000 for the third time in the last 10 "
          "sessions. It was the blue-chip average's second-largest drop of 2004, after a 168-point loss on March 11, when "
          "the market turned sharply lower to end the rally that had begun a year earlier.\n\n"
          "The broader market also fell hard. The S&P 500 lost 17.93, or 1.6 percent, to 1,080.70, and the Nasdaq gave up "
          "33.43, or 1.8 percent, to 1,821.63. That was the Nasdaq's lowest close since Sept. 30 and the S&P's lowest since "
          "Dec. 17.\n\n"
          "\"With the high price of oil and the terror alert, there's a lot of pressure on the market on a short-term "
          "basis,\" said the chief investment officer of Ryan Beck & Co."),
    claims=[
        C("DJI", "daily_point_change", -160, "index_points", "2004-08-05", "point_change('DJI','2004-08-05')", "pts", "more than 160 points", q="more than"),
        C("SPX", "lowest_close_of_year", True, "flag", "2004-08-05", "lowest_since('GSPC','2004-08-05') < '2004-01-01'", "flag", "new lows for the year",
          "S&P 500 and Nasdaq closes were the lowest of 2004 (last lower closes 2003-12-17 and 2003-09-30).", verdict="supported"),
        C("OIL", "settle_price", 44.41, "usd", "2004-08-05", None, "U", "$44.41", "Oil prices are not in the files."),
        C("OIL", "daily_change", 1.58, "usd", "2004-08-05", None, "U", "$1.58", "Oil prices are not in the files."),
        C("DJI", "daily_point_change", -163.48, "index_points", "2004-08-05", "point_change('DJI','2004-08-05')", "pts", "163.48"),
        C("DJI", "daily_pct_change", -1.6, "percent", "2004-08-05", "pct_change('DJI','2004-08-05')", "pct", "or 1.6 percent, to 9,963.03"),
        C("DJI", "close_level", 9963.03, "index_points", "2004-08-05", "close('DJI','2004-08-05')", "level", "9,963.03"),
        C("DJI", "closes_below_level_in_10_sessions", 3, "sessions", "2004-08-05", "int((col('DJI')[:'2004-08-05'].iloc[-10:] < 10000).sum())", "int", "third time in the last 10",
          "Closes below 10,000 among the last 10 sessions: 07-23 (9,962.22), 07-26 (9,961.92), 08-05 (9,963.03)."),
        C("DJI", "point_drop_rank_ytd", 2, "rank", "2004-08-05", "move_rank('DJI','2004-08-05','pts',since='2004-01-01')", "int", "second-largest drop of 2004",
          "2004 point losses: 03-11 -168.51, 08-05 -163.48, 03-10 -160.07."),
        C("DJI", "daily_point_change", -168, "index_points", "2004-03-11", "point_change('DJI','2004-03-11')", "pts", "168-point loss",
          "-168.51: the text truncates (169 when rounded); 0.51 outside the 0.5 tolerance."),
        C("SPX", "daily_point_change", -17.93, "index_points", "2004-08-05", "point_change('GSPC','2004-08-05')", "pts", "17.93"),
        C("SPX", "daily_pct_change", -1.6, "percent", "2004-08-05", "pct_change('GSPC','2004-08-05')", "pct", "or 1.6 percent, to 1,080.70"),
        C("SPX", "close_level", 1080.70, "index_points", "2004-08-05", "close('GSPC','2004-08-05')", "level", "1,080.70"),
        C("IXIC", "daily_point_change", -33.43, "index_points", "2004-08-05", "point_change('IXIC','2004-08-05')", "pts", "33.43"),
        C("IXIC", "daily_pct_change", -1.8, "percent", "2004-08-05", "pct_change('IXIC','2004-08-05')", "pct", "or 1.8 percent"),
        C("IXIC", "close_level", 1821.63, "index_points", "2004-08-05", "close('IXIC','2004-08-05')", "level", "1,821.63"),
        C("IXIC", "lowest_close_since", "2003-09-30", "date", "2004-08-05", "lowest_since('IXIC','2004-08-05')", "date", "since Sept. 30", verdict="supported"),
        C("SPX", "lowest_close_since", "2003-12-17", "date", "2004-08-05", "lowest_since('GSPC','2004-08-05')", "date", "lowest since Dec. 17", verdict="supported"),
    ]))

# 11 --------------------------------------------------------------------------------------------
P.append(dict(
    id="chicagotribune_20040927_dow_below_10000_fifth_time",
    source=dict(site="articles.chicagotribune.com", url="http://articles.chicagotribune.com/2004-09-28/business/0409280201_1_dow-jones-industrials-index-of-investor-optimism",
                original_outlet="Chicago Tribune (Market report)"),
    published="2004-09-28", published_confidence="exact",
    published_note="Dated September 28, 2004; the column describes Monday 2004-09-27 and recalls earlier 2004 sessions (May 10, May 17, July 23, Aug. 5).",
    text=("Market report. On Monday the Dow Jones industrial average slipped under 10,000 for the fifth time this year, "
          "losing 58.70 points to 9988.54. Just four of the 30 Dow stocks--McDonald's, Exxon Mobil, Merck and Alcoa--rose.\n\n"
          "The market has struggled all year to build on its 2003 rally, and nothing in the latest slide is news to "
          "investors; it feels like deja vu.\n\n"
          "On May 10 the Dow dropped 127 points, to 9990.02, the first close under 10,000 since the average climbed back "
          "above that level after the bottom of October 2002. Oil weighed on sentiment even though futures eased that day "
          "to $38.93 a barrel, and investors feared the Fed would begin raising rates, which it did in June.\n\n"
          "The Dow bounced for a few days but fell under 10,000 again on May 17. On July 23 it dropped below the mark once "
          "more after disappointing results from Microsoft and Amazon.com. The most recent dip below 10,000 came on Aug. 5, "
          "as traders braced for a weak July jobs report and oil hit a then-record $44.41 a barrel.\n\n"
          "What stands out is that each trip below 10,000 this year has brought a lower low on the way down and a lower "
          "high on the rebound, an analyst said: \"This is more of an ongoing correction of the bullish move in 2003.\""),
    claims=[
        C("DJI", "count_closes_below_level_ytd", 5, "count", "2004-09-27", "len(down_crossings('DJI','2004-01-01','2004-09-27',10000))", "int", "fifth time this year",
          "Closes below 10,000 after a close at or above it in 2004: 05-10, 05-17, 07-23, 08-05, 09-27."),
        C("DJI", "daily_point_change", -58.70, "index_points", "2004-09-27", "point_change('DJI','2004-09-27')", "pts", "58.70"),
        C("DJI", "close_level", 9988.54, "index_points", "2004-09-27", "close('DJI','2004-09-27')", "level", "9988.54"),
        C("DJI", "advancing_components", 4, "count", "2004-09-27", None, "U", "Just four of the 30", "Component prices are not in the files."),
        C("DJI", "daily_point_change", -127, "index_points", "2004-05-10", "point_change('DJI','2004-05-10')", "pts", "dropped 127 points", "-127.32."),
        C("DJI", "close_level", 9990.02, "index_points", "2004-05-10", "close('DJI','2004-05-10')", "level", "9990.02"),
        C("DJI", "first_close_below_level_since_recovery", True, "flag", "2004-05-10", "down_crossings('DJI','2003-12-12','2004-05-10',10000) == ['2004-05-10']", "flag", "the first close under 10,000",
          "The Dow closed back above 10,000 on 2003-12-11 (10,008.16, first since 2002-05-24) and every close from then until 2004-05-07 stayed at or above 10,000.", verdict="supported"),
        C("OIL", "futures_price", 38.93, "usd", "2004-05-10", None, "U", "$38.93", "Oil prices are not in the files."),
        C("FEDFUNDS", "first_hike_month", "2004-06", "date", "2004-06-30", "first_target_hike('2004-01-01','2004-12-31')", "date", "which it did in June",
          "DFEDTAR rose from 1.00 to 1.25 on 2004-06-30, the day of the FOMC decision (FOMC_meetings.csv lists 2004-06-30).", verdict="supported"),
        C("DJI", "close_below_level", True, "flag", "2004-05-17", "close('DJI','2004-05-17') < 10000 and close('DJI','2004-05-14') >= 10000", "flag", "again on May 17",
          "2004-05-14 close 10,012.87, 2004-05-17 close 9,906.91.", verdict="supported"),
        C("DJI", "close_below_level", True, "flag", "2004-07-23", "close('DJI','2004-07-23') < 10000 and close('DJI','2004-07-22') >= 10000", "flag", "On July 23",
          "2004-07-22 close 10,050.33, 2004-07-23 close 9,962.22.", verdict="supported"),
        C("DJI", "last_close_below_level_date", "2004-08-05", "date", "2004-09-27", "down_crossings('DJI','2004-01-01','2004-09-26',10000)[-1]", "date", "came on Aug. 5", verdict="supported"),
        C("OIL", "record_price", 44.41, "usd", "2004-08-05", None, "U", "$44.41", "Oil prices are not in the files."),
    ]))

# 12 --------------------------------------------------------------------------------------------
P.append(dict(
    id="chicagotribune_20040407_rut_gains_as_dow_slides",
    source=dict(site="articles.chicagotribune.com", url="http://articles.chicagotribune.com/2004-04-08/business/0404080350_1_dow-stocks-dow-jones-index-of-small-company-stocks",
                original_outlet="Chicago Tribune (Market report)"),
    published="2004-04-08", published_confidence="exact",
    published_note="Dated April 08, 2004; the column describes Wednesday 2004-04-07 and previews Thursday 2004-04-08 before the Good Friday holiday.",
    text=("Market report. Traders hoping to slip away early for the three-day Easter weekend face several hurdles "
          "Thursday, from more violence in Iraq to testimony by national security adviser Condoleezza Rice, General "
          "Electric's quarterly report and the weekly jobless claims.\n\n"
          "Stocks ended lower Wednesday on disappointment with early first-quarter reports and worries about Iraq. The Dow "
          "Jones industrial average gave up 90.66 points, to 10,480.15, and all but two of its 30 stocks--Coca-Cola and "
          "United Technologies--declined. Alcoa, the first Dow company to report, dropped 5 percent; its profit "
          "rose sharply from a year earlier but missed forecasts.\n\n"
          "The Standard & Poor's 500 index eased 7.63, to 1140.53, and the Nasdaq composite index lost 9.66, to 2050.24. "
          "Small companies bucked the trend: the Russell 2000 index of small-company stocks rose 2.31, to 601.64.\n\n"
          "After the regular session, Yahoo shares jumped on quarterly results that beat analysts' estimates, and "
          "Genentech also rose in late trading."),
    claims=[
        C("CALENDAR", "holiday_weekend_days", 3, "days", "2004-04-09", None, "N", "three-day Easter weekend", "Calendar statement (Good Friday market holiday), not a market figure."),
        C("DJI", "daily_point_change", -90.66, "index_points", "2004-04-07", "point_change('DJI','2004-04-07')", "pts", "90.66"),
        C("DJI", "close_level", 10480.15, "index_points", "2004-04-07", "close('DJI','2004-04-07')", "level", "10,480.15"),
        C("DJI", "declining_components", 28, "count", "2004-04-07", None, "U", "all but two of its 30 stocks", "Component prices are not in the files."),
        C("STOCK", "alcoa_pct_change", -5, "percent", "2004-04-07", None, "U", "dropped 5 percent", "Single-stock price: not in the files."),
        C("SPX", "daily_point_change", -7.63, "index_points", "2004-04-07", "point_change('GSPC','2004-04-07')", "pts", "7.63"),
        C("SPX", "close_level", 1140.53, "index_points", "2004-04-07", "close('GSPC','2004-04-07')", "level", "1140.53"),
        C("IXIC", "daily_point_change", -9.66, "index_points", "2004-04-07", "point_change('IXIC','2004-04-07')", "pts", "9.66"),
        C("IXIC", "close_level", 2050.24, "index_points", "2004-04-07", "close('IXIC','2004-04-07')", "level", "2050.24"),
        C("RUT", "daily_point_change", 2.31, "index_points", "2004-04-07", "point_change('RUT','2004-04-07')", "pts", "2.31"),
        C("RUT", "close_level", 601.64, "index_points", "2004-04-07", "close('RUT','2004-04-07')", "level", "601.64"),
    ]))

# 13 --------------------------------------------------------------------------------------------
P.append(dict(
    id="honoluluadvertiser_20041008_jobs_oil_week_loss",
    source=dict(site="the.honoluluadvertiser.com", url="http://the.honoluluadvertiser.com/article/2004/Oct/08/br/br10p.html",
                original_outlet="Associated Press (via The Honolulu Advertiser)"),
    published="2004-10-08", published_confidence="exact",
    published_note="Posted 11:47 a.m. (Hawaii time), Friday, October 8, 2004, after the New York close; preliminary figures for Friday 2004-10-08; week = 2004-10-01 to 2004-10-08 closes.",
    text=("Investors read the Labor Department's latest report as a sign the economy is still stuck in a stretch of slow "
          "growth: employers added only 96,000 jobs in September, far fewer than Wall Street expected. Oil, "
          "meanwhile, settled at a record $53.31 a barrel, raising doubts about the usual "
          "fourth-quarter rally.\n\n"
          "\"The jobs figure was clearly disappointing, and energy prices are still hanging in there,\" a Raymond James "
          "economist said. \"It's not a disaster.\"\n\n"
          "Preliminary figures showed the Dow Jones industrial average down 70.20, or 0.7 percent, at 10,055.20. Broader "
          "indexes slipped as well: the Standard & Poor's 500 index lost 8.51, or 0.8 percent, to 1,122.14, and the Nasdaq "
          "composite index fell 28.55, or 1.5 percent, to 1,919.97.\n\n"
          "Stocks finished the week lower as rising oil, weak September retail sales and nerves about the jobs data led "
          "investors to take the modest profits of the previous weeks. For the week, the Dow dropped 1.35 percent, the S&P "
          "fell 0.83 percent and the Nasdaq was down 1.14 percent.\n\n"
          "The unemployment rate held at 5.4 percent in September."),
    claims=[
        C("US_PAYROLLS", "monthly_change", 96000, "jobs", "2004-09", None, "U", "96,000 jobs", "Payroll data are not in the files."),
        C("OIL", "settle_price", 53.31, "usd", "2004-10-08", None, "U", "$53.31", "Oil prices are not in the files."),
        C("DJI", "daily_point_change", -70.20, "index_points", "2004-10-08", "point_change('DJI','2004-10-08')", "pts", "70.20", q="preliminary"),
        C("DJI", "daily_pct_change", -0.7, "percent", "2004-10-08", "pct_change('DJI','2004-10-08')", "pct", "or 0.7 percent", q="preliminary"),
        C("DJI", "close_level", 10055.20, "index_points", "2004-10-08", "close('DJI','2004-10-08')", "level", "10,055.20", q="preliminary"),
        C("SPX", "daily_point_change", -8.51, "index_points", "2004-10-08", "point_change('GSPC','2004-10-08')", "pts", "8.51", q="preliminary"),
        C("SPX", "daily_pct_change", -0.8, "percent", "2004-10-08", "pct_change('GSPC','2004-10-08')", "pct", "or 0.8 percent", q="preliminary"),
        C("SPX", "close_level", 1122.14, "index_points", "2004-10-08", "close('GSPC','2004-10-08')", "level", "1,122.14", q="preliminary"),
        C("IXIC", "daily_point_change", -28.55, "index_points", "2004-10-08", "point_change('IXIC','2004-10-08')", "pts", "28.55", q="preliminary"),
        C("IXIC", "daily_pct_change", -1.5, "percent", "2004-10-08", "pct_change('IXIC','2004-10-08')", "pct", "or 1.5 percent", q="preliminary"),
        C("IXIC", "close_level", 1919.97, "index_points", "2004-10-08", "close('IXIC','2004-10-08')", "level", "1,919.97", q="preliminary"),
        C("DJI", "weekly_pct_change", -1.35, "percent", "2004-10-08", "week_return('DJI','2004-10-08')", "pct", "1.35 percent", w="week"),
        C("SPX", "weekly_pct_change", -0.83, "percent", "2004-10-08", "week_return('GSPC','2004-10-08')", "pct", "0.83 percent", w="week"),
        C("IXIC", "weekly_pct_change", -1.14, "percent", "2004-10-08", "week_return('IXIC','2004-10-08')", "pct", "1.14 percent", w="week"),
        C("US_UNEMPLOYMENT", "rate", 5.4, "percent", "2004-09", None, "U", "5.4 percent", "Unemployment rate is not in the files."),
    ]))

# 14 --------------------------------------------------------------------------------------------
P.append(dict(
    id="nysun_20061003_dow_intraday_record",
    source=dict(site="nysun.com", url="https://www.nysun.com/article/business-dow-reaches-new-high-as-oil-prices-fall",
                original_outlet="Associated Press (via The New York Sun)"),
    published="2006-10-03", published_confidence="high",
    published_note="Inferred: the AP text says the Dow passed its intraday record of 11,750.28 'Tuesday' after briefly topping the 11,722.98 record close 'on Thursday and Monday'; the files match Tue 2006-10-03 (high 11,758.95), Thu 2006-09-28 (high 11,728.46) and Mon 2006-10-02 (high 11,726.94). Written during the session (no closing figures).",
    text=("NEW YORK (AP) - The Dow Jones industrial average pushed past its all-time trading high of 11,750.28 on Tuesday, "
          "one more step in its comeback from seven years of market turmoil.\n\n"
          "The blue-chip index moved into uncharted territory after briefly topping its record close of 11,722.98 on "
          "Thursday and again on Monday. Both records date from Jan. 14, 2000, before the dot-com bust, the recession, "
          "the aftermath of terrorism and the corporate scandals dragged the market down.\n\n"
          "Investors cheered the milestone, but today's market is more cautious and more muted than the Wall Street of "
          "early 2000, when money poured into high-tech stocks; gains now come only after careful parsing of economic data "
          "and earnings.\n\n"
          "Tuesday's advance came on a second straight day of sharply lower oil prices, which eased worries about "
          "inflation and higher interest rates. Defensive groups such as drug makers and utilities have led the market "
          "since its May and June slide, said a trader at Adams Harkness in Boston, who added: \"I think we break out to "
          "the all-time high, then we could get a blow-off correction off of that.\""),
    claims=[
        C("DJI", "intraday_record", True, "flag", "2006-10-03", "close('DJI','2006-10-03','high') > record_before('DJI','2006-10-03','high')[1]", "flag", "pushed past its all-time trading high",
          "Session high 11,758.95 > prior intraday record 11,750.28 (2000-01-14).", b="intraday high", verdict="supported"),
        C("DJI", "prior_intraday_record_level", 11750.28, "index_points", "2006-10-03", "record_before('DJI','2006-10-03','high')[1]", "level", "11,750.28", b="intraday high"),
        C("GENERIC", "years_of_turmoil", 7, "years", "2006-10-03", None, "N", "seven years of market turmoil", "Loose characterisation (January 2000 to October 2006 is 6 years 9 months); not a checkable market figure."),
        C("DJI", "intraday_above_record_close", True, "flag", "2006-09-28", "close('DJI','2006-09-28','high') > record_before('DJI','2006-09-28')[1]", "flag", "Thursday and again",
          "Thu 2006-09-28 high 11,728.46 > record close 11,722.98; close 11,718.45 stayed below.", b="intraday high", verdict="supported"),
        C("DJI", "intraday_above_record_close", True, "flag", "2006-10-02", "close('DJI','2006-10-02','high') > record_before('DJI','2006-10-02')[1]", "flag", "again on Monday",
          "Mon 2006-10-02 high 11,726.94 > 11,722.98; close 11,670.35.", b="intraday high", verdict="supported"),
        C("DJI", "record_close_level", 11722.98, "index_points", "2006-09-28", "record_before('DJI','2006-09-28')[1]", "level", "11,722.98"),
        C("DJI", "record_close_date", "2000-01-14", "date", "2006-09-28", "record_before('DJI','2006-09-28')[0]", "date", "Jan. 14, 2000", "Both the record close and the intraday record are dated 2000-01-14 in the file.", verdict="supported"),
        C("OIL", "down_streak_days", 2, "days", "2006-10-03", None, "U", "second straight day", "Oil prices are not in the files."),
    ]))

# 15 --------------------------------------------------------------------------------------------
P.append(dict(
    id="etftrends_20120918_iwm_record_rut_not",
    source=dict(site="etftrends.com", url="https://www.etftrends.com/2012/09/keep-a-close-eye-on-this-small-cap-etf-after-all-time-high/",
                original_outlet="ETF Trends"),
    published="2012-09-18", published_confidence="medium",
    published_note="Inferred: URL month 2012/09; the text gives performance 'as of Sept. 17', cites a Piper Jaffray note 'this week' and yields 'in the wake of QE3' (FOMC 2012-09-13). The record it describes is IWM's close of 2012-09-14 (86.40 vs 86.39 on 2011-04-29); publication taken as Tuesday 2012-09-18.",
    text=("A small-cap ETF tied to the Russell 2000 has climbed to a fresh record high, while funds that follow blue-chip "
          "benchmarks such as the S&P 500 and the Dow are still a few percentage points below their all-time peaks.\n\n"
          "On performance, iShares Russell 2000 (NYSEArca: IWM) is running slightly behind large-cap U.S. stocks in 2012, "
          "although it has been catching up lately. According to Morningstar, the small-cap fund was up 17.5% year to date "
          "as of Sept. 17, against an 18% total return for the S&P 500.\n\n"
          "Piper Jaffray technical analyst Craig Johnson wrote this week that the Russell 2000 has broken out to all-time "
          "highs while the Dow and S&P 500 are within 6% of making new highs. \"However, sentiment toward stocks remains "
          "unusually depressed,\" he added.\n\n"
          "\"In the wake of QE3, U.S. 10-year bond yields actually rose, making a higher high after recently making a higher "
          "low,\" Johnson wrote, which suggests rates may be headed higher and money may be starting to leave fixed income. "
          "\"Given the broader market's recent topside breakout to new highs for the year, we suspect more upside lies "
          "ahead.\"\n\n"
          "A trader at Street One Financial says the recent relative strength in small caps, together with sizable inflows "
          "into long ETFs linked to the Russell 2000, is a bullish sign for the overall market."),
    claims=[
        C("IWM", "record_close", True, "flag", "2012-09-14", "close('IWM','2012-09-14') > record_before('IWM','2012-09-14')[1]", "flag", "fresh record high",
          "IWM close 86.40 on 2012-09-14 vs prior record close 86.39 on 2011-04-29 (also a record in adj_close); by 09-17 it was 86.00.", verdict="supported"),
        C("DJI", "pct_from_ath_range", "few percentage points", "percent", "2012-09-17", "round(pct_below_record('DJI','2012-09-17'), 2)", "U", "a few percentage points below",
          "Dow 4.32% and S&P 500 6.64% below their record closes; 'a few' has no stated bound.", q="few"),
        C("IWM", "ytd_total_return", 17.5, "percent", "2012-09-17", "ytd('IWM','2012-09-17','adj_close')", "pct", "up 17.5% year to date",
          "Total return (adj_close) 17.55%; the price return is 16.61% (imprecise on that reading)."),
        C("SPX", "ytd_total_return", 18, "percent", "2012-09-17", "ytd('SPY','2012-09-17','adj_close')", "U", "an 18% total return",
          "S&P 500 total return is not in the files (GSPC is a price index, +16.5% YTD); SPY adj_close gives +18.05%, consistent, but ETFs never decide index verdicts."),
        C("RUT", "record_close", True, "flag", "2012-09-17", "close('RUT','2012-09-14') > record_before('RUT','2012-09-14')[1]", "flag", "broken out to all-time highs",
          "RUT's best close of the week, 864.70 on 2012-09-14, stayed below the 865.29 record close of 2011-04-29, and no session high beat the 868.57 intraday record of 2011-05-02 (09-14 high 868.50, 0.07 short); only the ETF set a record. Rows: RUT 2011-04-29 close 865.29; 2011-05-02 high 868.57; 2012-09-13 close 856.12; 2012-09-14 high 868.50 close 864.70; 2012-09-17 close 858.90.", verdict="contradicted"),
        C("DJI", "pct_from_ath", 6, "percent", "2012-09-17", "pct_below_record('DJI','2012-09-17')", "pct", "within 6% of making new highs",
          "Dow 13,553.10 vs record close 14,164.53 (2007-10-09): 4.32% below, within 6%.", q="within"),
        C("SPX", "pct_from_ath", 6, "percent", "2012-09-17", "pct_below_record('GSPC','2012-09-17')", "pct", "S&P 500 are within",
          "S&P 500 1,461.19 vs record close 1,565.15 (2007-10-09): 6.64% below, not within 6% (also 6.35% on 09-14).", q="within"),
        C("US10Y", "higher_high_after_qe3", True, "flag", "2012-09-14", "rate_on('DGS10','2012-09-14') > rate('DGS10')['2012-08-01':'2012-09-13'].max()", "flag", "10-year bond yields actually rose",
          "DGS10 1.75 on 2012-09-13 (QE3 day), 1.88 on 09-14, above the 1.83 high of 2012-08-16; the prior low was 1.43 on 2012-07-25.", b="end of day", verdict="supported"),
        C("QUOTE", "market_outlook", None, "none", "2012-09-17", None, "N", "we suspect more upside", "Analyst's forecast-like opinion."),
    ]))

# 16 --------------------------------------------------------------------------------------------
P.append(dict(
    id="globeandmail_20110330_small_caps_rule",
    source=dict(site="theglobeandmail.com", url="https://www.theglobeandmail.com/globe-investor/inside-the-market/small-cap-stocks-rule/article612963/",
                original_outlet="The Globe and Mail (Inside the Market blog)"),
    published="2011-03-30", published_confidence="medium",
    published_note="Inferred: the page carries no date. 'On Wednesday, the Russell 2000 index touched its highest level since October 2007' after a dip 'that began in February', with about 2% left to its record: the files match Wednesday 2011-03-30 (high 840.76, the highest since 2007-10-15; 1.8% under the 855.77 record close). Could have appeared on 2011-03-31; figures are judged on the 2011-03-30 close.",
    text=("Here's a big win for small U.S. stocks: on Wednesday, the Russell 2000 index touched its highest level since "
          "October 2007.\n\n"
          "Think about what that means. The index has fully recovered from the 6.3 per cent dip that began in February, "
          "and also from the crushing bear market that followed the financial crisis and recession. (It has another 2 per "
          "cent to go before it reaches a record.)\n\n"
          "The index holds the 2,000 smallest stocks in the Russell 3000 and is the benchmark for small caps, with an "
          "average market capitalization of just $1.4-billion (U.S.), against $27-billion for the S&P 500.\n\n"
          "Its remarkable climb - up 144 per cent from its 2009 low - shows how smaller companies have benefited from the "
          "recovery and from stimulus, including ultra-low interest rates from the Federal Reserve. The S&P 500 has risen "
          "97 per cent from its 2009 low; that is a lot, but it trails the Russell 2000 by 47 percentage points. The S&P "
          "500 is also still working off that February dip and has to climb another 15 per cent before it is back in 2007 "
          "territory.\n\n"
          "Some observers note that large caps look cheaper now, which may matter as interest rates rise. The S&P 500 trades "
          "at just 15.6 times earnings, while the Russell 2000's P/E is about double that, and the S&P 500 yields 1.8 per "
          "cent against 1.3 per cent for the Russell 2000."),
    claims=[
        C("RUT", "highest_since", "2007-10", "date", "2011-03-30", "highest_since('RUT','2011-03-30','high')", "date", "highest level since",
          "Session high 840.76; last earlier high at or above it: 2007-10-15 (close basis: last close at or above 840.37 was 2007-10-31).", b="intraday high", verdict="supported"),
        C("RUT", "dip_pct", 6.3, "percent", "2011-03-16", "(1 - close('RUT','2011-03-16') / close('RUT','2011-02-18')) * 100", "pct", "6.3 per cent dip",
          "Close 834.82 on 2011-02-18 to 781.90 on 2011-03-16: -6.34%.", w="2011-02-18 to 2011-03-16"),
        C("RUT", "pct_to_record", 2, "percent", "2011-03-30", "(record_before('RUT','2011-03-30')[1] / close('RUT','2011-03-30') - 1) * 100", "pct", "another 2 per",
          "855.77 (2007-07-13) / 840.37 - 1 = 1.83%."),
        C("RUT", "avg_market_cap", 1.4, "usd_billion", "2011-03-30", None, "U", "$1.4-billion", "Constituent market caps are not in the files."),
        C("SPX", "avg_market_cap", 27, "usd_billion", "2011-03-30", None, "U", "$27-billion", "Constituent market caps are not in the files."),
        C("RUT", "pct_change_since_low", 144, "percent", "2011-03-30", "ret('RUT','2009-03-09','2011-03-30')", "pct", "up 144 per cent",
          "343.26 (2009-03-09) to 840.37: +144.82%; the figure is truncated (145 when rounded; 144.93 on the session high)."),
        C("SPX", "pct_change_since_low", 97, "percent", "2011-03-30", "ret('GSPC','2009-03-09','2011-03-30')", "pct", "97 per cent",
          "676.53 (2009-03-09) to 1,328.26: +96.33%; 96.85 on the session high, 95.97 at the next day's close."),
        C("RUT", "relative_performance_pp", 47, "percentage_points", "2011-03-30", "144 - 97", "pts", "47 percentage points",
          "Judged on the arithmetic of the two figures the passage states (144 - 97 = 47); from the files the gap is 48.49 pp."),
        C("SPX", "pct_to_2007_territory", 15, "percent", "2011-03-30", "(record_before('GSPC','2011-03-30')[1] / close('GSPC','2011-03-30') - 1) * 100", "U", "another 15 per cent",
          "'2007 territory' names no level: 2007 closes ranged 1,374.12-1,565.15, i.e. 3.5%-17.8% above 1,328.26 (the computed value is the distance to the 2007 record close)."),
        C("SPX", "pe_ratio", 15.6, "ratio", "2011-03-30", None, "U", "15.6 times", "Valuation figures are not in the files."),
        C("RUT", "pe_ratio_relative", 2, "ratio", "2011-03-30", None, "U", "about double", "Valuation figures are not in the files.", q="about"),
        C("SPX", "dividend_yield", 1.8, "percent", "2011-03-30", None, "U", "1.8 per", "Dividend yields are not in the files."),
        C("RUT", "dividend_yield", 1.3, "percent", "2011-03-30", None, "U", "1.3 per cent", "Dividend yields are not in the files."),
    ]))

# 17 --------------------------------------------------------------------------------------------
P.append(dict(
    id="sunsentinel_19990611_glassman_small_caps_rise",
    source=dict(site="articles.sun-sentinel.com", url="http://articles.sun-sentinel.com/1999-06-14/business/9906110853_1_small-cap-stocks-large-caps-small-cap-funds",
                original_outlet="The Washington Post (James K. Glassman column, via the Sun-Sentinel)"),
    published="1999-06-14", published_confidence="exact",
    published_note="Dated June 14, 1999 (a Monday); 'through Friday' is taken as Friday 1999-06-11 (the page id 9906110853 suggests the column was filed on June 11). Windows are judged close to close.",
    text=("Something odd is going on with small-cap stocks: they are coming back to life.\n\n"
          "From March 23 through Friday, the Russell 2000 index, the most widely used gauge of small-company stocks, has "
          "jumped 10 percent -- nearly four times the increase in the large-cap Standard & Poor's 500-stock index.\n\n"
          "In fact, small caps have been in a sort of stealth bull market since last fall. The Russell has returned 44 "
          "percent in eight months, while the large-cap S&P has returned 39 percent.\n\n"
          "Yet if you look at how small-cap funds have done, and talk to the people who manage them, you would think small "
          "caps are still in deep trouble. In a way, they are. Six of the 10 worst-performing general equity funds since "
          "the start of 1999 specialize in small-cap stocks.\n\n"
          "So how do we explain the Russell's numbers? Internet stocks are part of the answer. But the truth is that "
          "conventional small caps -- the real small caps -- are doing much better too, even if they still have a long way "
          "to go before their valuations catch up with those of the large caps."),
    claims=[
        C("RUT", "pct_change_since", 10, "percent", "1999-06-11", "ret('RUT','1999-03-23','1999-06-11')", "pct", "jumped 10 percent",
          "Rows: RUT 1999-03-22 close 393.20, 1999-03-23 close 383.37 (the 1999 low), 1999-06-11 close 438.01: +14.25% from the 03-23 close. Other reading: from the 03-22 close 393.20, +11.40% (imprecise). No end date between 05-28 and 06-11 gives less than +14%.",
          w="1999-03-23 to 1999-06-11"),
        C("RUT_VS_SPX", "ratio_of_gains", 4, "ratio", "1999-06-11", "ret('RUT','1999-03-23','1999-06-11') / ret('GSPC','1999-03-23','1999-06-11')", "pct", "nearly four times",
          "RUT +14.25% vs S&P 500 +2.50% (1,262.14 to 1,293.64): 5.7 times; from the 03-22 closes the S&P 500 fell 0.26%, so no reading gives about four times.", q="nearly"),
        C("RUT", "total_return_since_fall", 44, "percent", "1999-06-11", "ret('RUT','1998-10-08','1999-06-11')", "U", "returned 44",
          "'Returned' is a total return over an unstated start ('last fall', 'eight months'); the files hold the price index only. Price change from the 1998-10-08 low 310.28: +41.17%."),
        C("SPX", "total_return_since_fall", 39, "percent", "1999-06-11", "ret('GSPC','1998-10-08','1999-06-11')", "U", "returned 39 percent",
          "Total return over an unstated window; S&P 500 price change from 1998-10-08: +34.83% (from its 1998-08-31 low 957.28: +35.1%)."),
        C("FUNDS", "worst_funds_small_cap_count", 6, "count", "1999-06-11", None, "U", "Six of the 10", "Fund rankings are not in the files."),
    ]))
