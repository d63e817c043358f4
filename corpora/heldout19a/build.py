"""Build passages.jsonl and key.jsonl of this corpus.

Usage: python build.py PATH/TO/data   (or CAPSCOPE_DATA_DIR). Outputs are written beside this script.
Verdicts were set by hand from the recomputed values under the dev README's rules; the recipes live in
reference.py, so the key and the reference check share one table.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R

P = []  # passages


def passage(pid, site, url, outlet, published, conf, note, text, claims):
    P.append(dict(pid=pid, site=site, url=url, outlet=outlet, published=published, conf=conf, note=note,
                  text=text, claims=claims))


# claim tuple: (ticker, metric, value, unit, qualifier, ref_date, window, comparison, basis, verdict, rule, note, anchor)
passage(
    "latimes_19981018_fed_week_small_caps", "latimes.com",
    "https://www.latimes.com/archives/la-xpm-1998-oct-18-fi-33663-story.html", "Los Angeles Times",
    "1998-10-18", "exact",
    "Sunday column on the week ending Friday 1998-10-16, after the unscheduled Fed cut of 1998-10-15.",
    "Wall Street Cheers the Fed. So far the market's verdict on the Fed's change of mind on rates is that it "
    "might just save the day. The Dow Jones industrial average shot up 6.6% last week, or 517.24 points, to end "
    "Friday at 8,416.76. That put the blue-chip index back about where it was on Aug. 14 and cut the Dow's loss "
    "from its 1998 record high to 9.9%. The broader market is still well off its highs: the Standard & Poor's 500 "
    "index, although up 7.3% last week, still is down 11% from its 1998 peak, the New York Stock Exchange "
    "composite is down 13.1% from its peak, and the Russell 2,000 index of smaller stocks, up 7.7% last week, "
    "remains down 30% from its record high. Tax-loss selling, a weaker dollar and slowing earnings are "
    "challenges for the rally, but an accommodative Fed has always been the stock market's best friend.",
    [
        ("DJI", "pct_change", 6.6, "%", None, "1998-10-16", "week", None, "close", "supported", "tolerance_1dp",
         "Friday 1998-10-09 close 7899.52 to Friday 1998-10-16 close 8416.76 = +6.548%.", "shot up 6.6% last week"),
        ("DJI", "point_change", 517.24, "points", None, "1998-10-16", "week", None, "close", "supported", "tolerance_2dp",
         "8416.76 - 7899.52 = 517.24.", "517.24 points"),
        ("DJI", "close", 8416.76, "index", None, "1998-10-16", None, None, "close", "supported", "tolerance_2dp",
         "Close 1998-10-16 = 8416.76.", "8,416.76"),
        ("DJI", "level_vs_date", "1998-08-14", "date", "about", "1998-10-16", None, "1998-08-14 close", "close",
         "supported", "about",
         "1998-08-14 close 8425.00 against 8416.76 on 1998-10-16, 0.1% apart: 'about where it was'.", "about where it was on Aug. 14"),
        ("DJI", "pct_from_high", 9.9, "%", None, "1998-10-16", "1998 record high", None, "close", "supported",
         "tolerance_1dp", "1998 record close before 1998-10-16 was 9337.97 (1998-07-17); 8416.76 is 9.865% below.",
         "to 9.9%"),
        ("SPX", "pct_change", 7.3, "%", None, "1998-10-16", "week", None, "close", "supported", "tolerance_1dp",
         "984.39 -> 1056.42 = +7.317%.", "up 7.3% last week"),
        ("SPX", "pct_from_high", 11, "%", None, "1998-10-16", "1998 peak", None, "close", "supported", "tolerance_int",
         "1998 peak close before 1998-10-16 was 1186.75 (1998-07-17); 10.98% below.", "down 11% from its 1998 peak"),
        ("NYSE", "pct_from_high", 13.1, "%", None, "1998-10-16", None, None, "close", "unverifiable",
         "series_not_in_files", "NYSE composite is not in the files.", "down 13.1% from its peak"),
        ("RUT", "pct_change", 7.7, "%", None, "1998-10-16", "week", None, "close", "supported", "tolerance_1dp",
         "318.40 -> 342.87 = +7.685%.", "up 7.7% last week"),
        ("RUT", "pct_from_ath", 30, "%", None, "1998-10-16", None, None, "close", "supported", "tolerance_int",
         "Record close 491.41 (1998-04-21); 342.87 is 30.23% below.", "remains down 30% from its record high"),
    ])

passage(
    "ap_20000307_nasdaq_5000_intraday", "apnews.com", "https://www.apnews.com/90305aa5bc891e3a6c398f86e81a7c57",
    "Associated Press", "2000-03-07", "exact",
    "Intraday AP item of Tuesday 2000-03-07 (date on the page); the Nasdaq closed that day at 4847.84, below 5,000.",
    "Nasdaq Hits 5,000 for First Time. March 7, 2000. NEW YORK (AP) _ Riding enthusiasm for high-tech and "
    "Internet stocks, the Nasdaq composite index passed 5,000 today for the first time in its 29-year history. "
    "It spurted 95.28 higher to 5,000.13 within the first half-hour of trading, edged up to a high of 5,006.78 "
    "and then slipped back below the milestone. Just two months ago the Nasdaq passed 4,000, and four months "
    "ago it crossed 3,000. Other gauges were looking for direction after last week's big rally: the Dow, which "
    "gained more than 500 points last week, was down about 51 points at the 10,119 level in early trading.",
    [
        ("IXIC", "intraday_level", 5000.13, "index", None, "2000-03-07", None, None, "first half-hour",
         "unverifiable", "mid_session_inside_range",
         "Session range 4829.88-5006.78; 5000.13 lies inside it, so the half-hour print cannot be checked.", "5,000.13"),
        ("IXIC", "intraday_point_change", 95.28, "points", None, "2000-03-07", None, "vs 2000-03-06 close", "first half-hour",
         "supported", "stated_arithmetic",
         "Previous close 4904.85 + 95.28 = 5000.13, the level the passage gives; the move is consistent with its own level.",
         "spurted 95.28 higher"),
        ("IXIC", "intraday_high", 5006.78, "index", None, "2000-03-07", None, None, "intraday high", "supported",
         "tolerance_2dp", "File high 2000-03-07 = 5006.78 (also the day's final high).", "a high of 5,006.78"),
        ("IXIC", "milestone_date", "1999-12", "date", None, "1999-12-29", "two months ago", None, "close", "supported",
         "since_date", "First close above 4,000: 1999-12-29, about 2.3 months before; 'just two months ago' holds.",
         "two months ago the Nasdaq passed 4,000"),
        ("IXIC", "milestone_date", "1999-11", "date", None, "1999-11-03", "four months ago", None, "close", "supported",
         "since_date", "First close above 3,000: 1999-11-03, about four months before.", "four months ago it crossed 3,000"),
        ("DJI", "point_change", 500, "points", "more than", "2000-03-03", "week", None, "close", "supported", "bound",
         "Week 2000-02-25 close 9862.12 to 2000-03-03 close 10367.20 = +505.08 > 500.", "gained more than 500 points last week"),
        ("DJI", "intraday_level", 10119, "index", "about", "2000-03-07", None, None, "early trading", "unverifiable",
         "mid_session_inside_range",
         "Session range 9752.68-10229.14 contains 10,119; previous close 10170.50 - 51 = 10119.5 fits the passage's own figures. The Dow closed -374.47 at 9796.03.",
         "the 10,119 level"),
    ])

passage(
    "starbulletin_20031125_nasdaq_best_gain", "archives.starbulletin.com",
    "https://archives.starbulletin.com/2003/11/25/business/market.html", "Associated Press (Honolulu Star-Bulletin)",
    "2003-11-25", "exact",
    "Next-morning paper: 'yesterday' is Monday 2003-11-24; 'last week' is the week ending 2003-11-21.",
    "Stronger dollar ignites Nasdaq in holiday rally. By Hope Yen, Associated Press. NEW YORK >> A rebound in the "
    "dollar sent the Nasdaq composite index to its best advance in nearly five months yesterday, as investors "
    "picked up shares after two weeks of declines; the Dow Jones industrials climbed 119 points, their best gain "
    "in a month. The Nasdaq gained 53.26, or 2.8 percent, to 1,947.14, following a weekly loss of 1.9 percent. "
    "It was the largest advance since July 7, when the tech-focused average surged 57.25 points. The Dow closed "
    "up 119.26, or 1.2 percent, at 9,747.79, having fallen 1.4 percent in the previous week; it was the biggest "
    "point gain for the blue-chip average since Oct. 28, when the Dow rose 140.15. The S&P 500 index rose 16.80, "
    "or 1.6 percent, to 1,052.08 following a decline of 1.4 percent, its best gain since Oct. 1, when the average "
    "rose 22.25. The Russell 2000 index, a barometer of smaller company stocks, rose 13.58, or 2.6 percent, to "
    "539.51. The New York Stock Exchange composite index rose 73.77, or 1.2 percent, to 6,016.09.",
    [
        ("IXIC", "point_change", 53.26, "points", None, "2003-11-24", "day", None, "close", "supported", "tolerance_2dp", "1947.14 - 1893.88.", "gained 53.26"),
        ("IXIC", "pct_change", 2.8, "%", None, "2003-11-24", "day", None, "close", "supported", "tolerance_1dp", "+2.812%.", "2.8 percent, to 1,947.14"),
        ("IXIC", "close", 1947.14, "index", None, "2003-11-24", None, None, "close", "supported", "tolerance_2dp", "Close 1947.14.", "1,947.14"),
        ("IXIC", "pct_change", -1.9, "%", None, "2003-11-21", "week", None, "close", "supported", "tolerance_1dp", "Week 2003-11-14 -> 2003-11-21: -1.885%.", "weekly loss of 1.9 percent"),
        ("IXIC", "largest_gain_since", "2003-07-07", "date", None, "2003-11-24", None, "57.25 points", "close", "supported", "biggest_since",
         "Last point gain at least 53.26 before 2003-11-24 was 2003-07-07 (+57.25), as stated. 'Best advance in nearly five months' agrees.", "largest advance since July 7"),
        ("DJI", "point_change", 119.26, "points", None, "2003-11-24", "day", None, "close", "supported", "tolerance_2dp", "9747.79 - 9628.53.", "up 119.26"),
        ("DJI", "pct_change", 1.2, "%", None, "2003-11-24", "day", None, "close", "supported", "tolerance_1dp", "+1.239%.", "1.2 percent, at 9,747.79"),
        ("DJI", "close", 9747.79, "index", None, "2003-11-24", None, None, "close", "supported", "tolerance_2dp", "Close 9747.79.", "at 9,747.79"),
        ("DJI", "pct_change", -1.4, "%", None, "2003-11-21", "week", None, "close", "supported", "tolerance_1dp", "Week to 2003-11-21: -1.435%.", "having fallen 1.4 percent"),
        ("DJI", "largest_gain_since", "2003-10-28", "date", None, "2003-11-24", None, "140.15 points", "close", "supported", "biggest_since",
         "Last point gain at least 119.26 before 2003-11-24: 2003-10-28 (+140.15).", "since Oct. 28, when the Dow rose 140.15"),
        ("SPX", "point_change", 16.80, "points", None, "2003-11-24", "day", None, "close", "supported", "tolerance_2dp", "1052.08 - 1035.28.", "rose 16.80"),
        ("SPX", "pct_change", 1.6, "%", None, "2003-11-24", "day", None, "close", "supported", "tolerance_1dp", "+1.623%.", "1.6 percent, to 1,052.08"),
        ("SPX", "close", 1052.08, "index", None, "2003-11-24", None, None, "close", "supported", "tolerance_2dp", "Close 1052.08.", "to 1,052.08"),
        ("SPX", "pct_change", -1.4, "%", None, "2003-11-21", "week", None, "close", "supported", "tolerance_1dp", "Week to 2003-11-21: -1.435%.", "following a decline of 1.4 percent"),
        ("SPX", "largest_gain_since", "2003-10-01", "date", None, "2003-11-24", None, "22.25 points", "close", "supported", "biggest_since",
         "Last point gain at least 16.80 before 2003-11-24: 2003-10-01 (+22.25).", "since Oct. 1, when the average rose 22.25"),
        ("RUT", "point_change", 13.58, "points", None, "2003-11-24", "day", None, "close", "supported", "tolerance_2dp", "539.51 - 525.93.", "rose 13.58"),
        ("RUT", "pct_change", 2.6, "%", None, "2003-11-24", "day", None, "close", "supported", "tolerance_1dp", "+2.582%.", "2.6 percent, to 539.51"),
        ("RUT", "close", 539.51, "index", None, "2003-11-24", None, None, "close", "supported", "tolerance_2dp", "Close 539.51.", "to 539.51"),
        ("NYSE", "close", 6016.09, "index", None, "2003-11-24", None, None, "close", "unverifiable", "series_not_in_files", "NYSE composite is not in the files.", "6,016.09"),
    ])

passage(
    "latimes_20031104_dow_nasdaq_thresholds", "latimes.com",
    "https://www.latimes.com/archives/la-xpm-2003-nov-04-fi-markets4-story.html", "Los Angeles Times",
    "2003-11-04", "exact", "Next-morning paper about Monday 2003-11-03.",
    "Dow, Nasdaq Rally Closer to Thresholds. From Times Staff and Wire Reports. Dow 10,000 and Nasdaq 2,000 drew "
    "nearer Monday as upbeat manufacturing and construction data lifted stocks. The Dow Jones industrial average "
    "rose 57.34 points, or 0.6%, to 9,858.46, the best close since May 2002. The Nasdaq composite index gained "
    "35.49 points, or 1.8%, to 1,967.70, its highest close in nearly 22 months; another session like Monday's "
    "would put it above 2,000 for the first time since January 2002. The Dow is up 18.2% year to date and Nasdaq "
    "has shot up 47.3%. The Standard & Poor's 500 jumped 8.30 points, or 0.8%, to 1,059.02. S&P's index of 600 "
    "smaller stocks hit a record high, rising 5.02 points, or 2%, to 261.43.",
    [
        ("DJI", "point_change", 57.34, "points", None, "2003-11-03", "day", None, "close", "supported", "tolerance_2dp", "9858.46 - 9801.12.", "57.34 points"),
        ("DJI", "pct_change", 0.6, "%", None, "2003-11-03", "day", None, "close", "supported", "tolerance_1dp", "+0.585%.", "or 0.6%"),
        ("DJI", "close", 9858.46, "index", None, "2003-11-03", None, None, "close", "supported", "tolerance_2dp", "Close 9858.46.", "9,858.46"),
        ("DJI", "highest_since", "2002-05", "date", None, "2003-11-03", None, None, "close", "supported", "highest_since",
         "Last close at least 9858.46 before 2003-11-03: 2002-05-31, in May 2002.", "best close since May 2002"),
        ("IXIC", "point_change", 35.49, "points", None, "2003-11-03", "day", None, "close", "supported", "tolerance_2dp", "1967.70 - 1932.21.", "35.49 points"),
        ("IXIC", "pct_change", 1.8, "%", None, "2003-11-03", "day", None, "close", "supported", "tolerance_1dp", "+1.837%.", "or 1.8%"),
        ("IXIC", "close", 1967.70, "index", None, "2003-11-03", None, None, "close", "supported", "tolerance_2dp", "Close 1967.70.", "1,967.70"),
        ("IXIC", "highest_since", "nearly 22 months", "duration", "nearly", "2003-11-03", None, None, "close", "supported", "highest_since",
         "Last close at least 1967.70: 2002-01-17, about 21.5 months earlier; 'nearly 22 months' holds.", "highest close in nearly 22 months"),
        ("DJI", "ytd_pct", 18.2, "%", None, "2003-11-03", "YTD", None, "close", "supported", "tolerance_1dp", "2002 close 8341.63 -> 9858.46 = +18.184%.", "up 18.2% year to date"),
        ("IXIC", "ytd_pct", 47.3, "%", None, "2003-11-03", "YTD", None, "close", "supported", "tolerance_1dp", "2002 close 1335.51 -> 1967.70 = +47.337%.", "shot up 47.3%"),
        ("SPX", "point_change", 8.30, "points", None, "2003-11-03", "day", None, "close", "supported", "tolerance_2dp", "1059.02 - 1050.71 = 8.31 (0.01 off).", "8.30 points"),
        ("SPX", "pct_change", 0.8, "%", None, "2003-11-03", "day", None, "close", "supported", "tolerance_1dp", "+0.791%.", "or 0.8%"),
        ("SPX", "close", 1059.02, "index", None, "2003-11-03", None, None, "close", "supported", "tolerance_2dp", "Close 1059.02.", "1,059.02"),
        ("SP600", "record_close", 261.43, "index", None, "2003-11-03", None, None, "close", "unverifiable", "series_not_in_files",
         "S&P SmallCap 600 is not in the files (RUT rose 1.82% the same day but is not a proxy for a record claim).", "261.43"),
    ])

passage(
    "irishexaminer_20060928_dow_touches_record", "irishexaminer.com", "https://www.irishexaminer.com/business/arid-30278767.html",
    "Irish Examiner (wire copy)", "2006-09-28", "high",
    "No date on the stored page; every closing figure matches Thursday 2006-09-28 (Dow +29.21 to 11718.45), the day the Dow first traded above its 2000 record close.",
    "Dow recovery continues. Today the Dow Jones industrial average reached a milestone in Wall Street's near "
    "seven-year recovery, briefly trading above its record high close of 11,722.98 set on January 14, 2000: it "
    "rose to 11,724.86 in early morning trading. Stocks closed only modestly higher. The Dow rose 29.21, or "
    "0.25%, to 11,718.45 and has yet to reach its all-time trading high of 11,750.28, also set on January 14, "
    "2000. The S&P, which gained 2.56, or 0.19%, to close at 1,339.15, is still about 188 points below its "
    "closing high of 1,527.46, but is at a 5-year high. The Nasdaq, which rose 6.63, or 0.29%, to 2,270.02, is "
    "not expected to approach its high close of 5,048.62 soon.",
    [
        ("DJI", "record_close", 11722.98, "index", None, "2000-01-14", None, None, "close", "supported", "record",
         "Highest close before 2006-09-28: 11722.98 on 2000-01-14.", "record high close of 11,722.98"),
        ("DJI", "intraday_level", 11724.86, "index", None, "2006-09-28", None, None, "early trading", "unverifiable", "mid_session_inside_range",
         "Session range 11660.42-11728.46 contains 11,724.86; the file's high confirms the Dow did trade above 11,722.98.", "11,724.86"),
        ("DJI", "point_change", 29.21, "points", None, "2006-09-28", "day", None, "close", "supported", "tolerance_2dp", "11718.45 - 11689.24.", "rose 29.21"),
        ("DJI", "pct_change", 0.25, "%", None, "2006-09-28", "day", None, "close", "supported", "tolerance_2dp", "+0.250%.", "0.25%"),
        ("DJI", "close", 11718.45, "index", None, "2006-09-28", None, None, "close", "supported", "tolerance_2dp", "Close 11718.45.", "11,718.45"),
        ("DJI", "record_intraday", 11750.28, "index", None, "2000-01-14", None, None, "intraday high", "supported", "record",
         "Highest high before 2006-09-28: 11750.28 on 2000-01-14.", "11,750.28"),
        ("SPX", "point_change", 2.56, "points", None, "2006-09-28", "day", None, "close", "imprecise", "point_change_within_20pct",
         "File: 1338.88 - 1336.59 = +2.29; 2.56 is 11.8% off (a level 0.27 higher than the final close, probably an early print).", "gained 2.56"),
        ("SPX", "pct_change", 0.19, "%", None, "2006-09-28", "day", None, "close", "supported", "tolerance_2dp", "+0.171%, within 0.025.", "0.19%"),
        ("SPX", "close", 1339.15, "index", None, "2006-09-28", None, None, "close", "imprecise", "level_within_1pct",
         "File close 1338.88; 0.27 off, outside 0.025 but within 1%.", "1,339.15"),
        ("SPX", "distance_from_record", 188, "points", "about", "2006-09-28", None, "1527.46", "close", "supported", "stated_arithmetic",
         "Judged on the passage's own levels: 1527.46 - 1339.15 = 188.31 (with the file close, 188.58).", "about 188 points"),
        ("SPX", "record_close", 1527.46, "index", None, "2000-03-24", None, None, "close", "supported", "record",
         "Highest close before 2006-09-28: 1527.46 on 2000-03-24.", "closing high of 1,527.46"),
        ("SPX", "highest_since", "5 years", "duration", None, "2006-09-28", None, None, "close", "supported", "highest_since",
         "Last close at least 1338.88: 2001-02-07, 5.6 years earlier; a 5-year high holds.", "at a 5-year high"),
        ("IXIC", "point_change", 6.63, "points", None, "2006-09-28", "day", None, "close", "supported", "tolerance_2dp", "2270.02 - 2263.39.", "rose 6.63"),
        ("IXIC", "pct_change", 0.29, "%", None, "2006-09-28", "day", None, "close", "supported", "tolerance_2dp", "+0.293%.", "0.29%"),
        ("IXIC", "close", 2270.02, "index", None, "2006-09-28", None, None, "close", "supported", "tolerance_2dp", "Close 2270.02.", "2,270.02"),
        ("IXIC", "record_close", 5048.62, "index", None, "2000-03-10", None, None, "close", "supported", "record",
         "Highest close before 2006-09-28: 5048.62 on 2000-03-10.", "5,048.62"),
    ])

passage(
    "thestar_20070717_dow_passes_14000", "thestar.com",
    "https://www.thestar.com/business/2007/07/17/dow_jones_passes_record_14000_mark.html", "Associated Press (Toronto Star)",
    "2007-07-17", "exact", "Late-morning AP story of Tuesday 2007-07-17; the Dow closed that day at 13971.55, below 14,000.",
    "Dow Jones passes record 14,000 mark. NEW YORK - After a relatively tame inflation report, the Dow Jones "
    "industrial average swept past 14,000 for the first time Tuesday. It crossed 14,000 in the first half-hour of "
    "trading and rose as high as 14,011.79, having taken just 57 trading days to make the trip from 13,000. A week "
    "ago the average tumbled nearly 150 points after gloomy forecasts from Home Depot, Sears and D.R. Horton, but "
    "only two days later the Dow barreled 283 points higher on a lacklustre batch of retail sales reports. In late "
    "morning trading, the Dow rose 41.87, or 0.30 percent, to 13,992.85, slipping back from its high.",
    [
        ("DJI", "intraday_high", 14011.79, "index", "as high as", "2007-07-17", None, None, "intraday high so far", "unverifiable",
         "mid_session_inside_range",
         "Written in late morning; the session's final high was 14021.95, so 14,011.79 is a high-so-far inside the range.", "as high as 14,011.79"),
        ("DJI", "first_time_above", 14000, "index", None, "2007-07-17", None, None, "intraday", "supported", "record",
         "Highest high before 2007-07-17 was 13989.11 (2007-07-16), below 14,000; the 2007-07-17 high 14021.95 is the first above it.", "swept past 14,000 for the first time"),
        ("DJI", "session_count", 57, "sessions", None, "2007-07-17", "from 13,000", None, "close", "supported", "count",
         "First close above 13,000: 2007-04-25; 57 sessions from then to 2007-07-17 (index difference).", "57 trading days"),
        ("DJI", "point_change", -150, "points", "nearly", "2007-07-10", "day", None, "close", "supported", "nearly",
         "2007-07-10: -148.27; 'nearly 150' (unit 2% of 150 = 3) covers 147-151.5.", "tumbled nearly 150 points"),
        ("DJI", "point_change", 283, "points", None, "2007-07-12", "day", None, "close", "imprecise", "truncated_figure",
         "2007-07-12: +283.86; 283 is a truncated figure.", "283 points higher"),
        ("DJI", "intraday_level", 13992.85, "index", None, "2007-07-17", None, None, "late morning", "unverifiable", "mid_session_inside_range",
         "Session range 13942.85-14021.95 contains 13,992.85.", "13,992.85"),
        ("DJI", "intraday_point_change", 41.87, "points", None, "2007-07-17", None, "vs 2007-07-16 close", "late morning", "supported", "stated_arithmetic",
         "Previous close 13950.98 + 41.87 = 13992.85, the passage's own level; close-basis change was +20.57.", "rose 41.87"),
    ])

passage(
    "latimes_20101105_small_caps_trounce", "latimesblogs.latimes.com",
    "http://latimesblogs.latimes.com/money_co/2010/11/stocks-rally-mutual-funds-double-digit-returns-wall-street.html",
    "Los Angeles Times (Money & Co. blog)", "2010-11-05", "medium",
    "URL gives November 2010; the S&P 500 level 1,225.85 is the close of Friday 2010-11-05 and 'this week' is 2010-11-01..05.",
    "Double-digit stock returns in 2010? We're there. This week's hot rally lifted the Standard & Poor's 500 index to "
    "1,225.85, a two-year high and up 9.9% since Dec. 31; with dividends, the index's total return is 11.8% for "
    "the year. Smaller stocks have done even better: the Russell 2,000 small-stock index is up 19% year to date "
    "with dividends and the S&P 400 index of mid-capitalization stocks is up 19.9%. After the Republicans' "
    "election win and the Fed's promise of $600 billion more, the Russell 2000 index surged 4.7% just for the week, "
    "the S&P mid-cap index jumped 3.8% and the S&P 500 rallied 3.6%.",
    [
        ("SPX", "close", 1225.85, "index", None, "2010-11-05", None, None, "close", "supported", "tolerance_2dp", "Close 2010-11-05 = 1225.85.", "1,225.85"),
        ("SPX", "highest_since", "two years", "duration", None, "2010-11-05", None, None, "close", "supported", "highest_since",
         "Last close at least 1225.85: 2008-09-19, about 2.1 years earlier.", "a two-year high"),
        ("SPX", "ytd_pct", 9.9, "%", None, "2010-11-05", "since Dec. 31", None, "close", "supported", "tolerance_1dp", "2009 close 1115.10 -> 1225.85 = +9.932%.", "up 9.9% since Dec. 31"),
        ("SPX", "ytd_total_return", 11.8, "%", None, "2010-11-05", "YTD", None, "total return", "unverifiable", "total_return_not_in_files",
         "Only the price index is in the files (price YTD 9.93%).", "11.8%"),
        ("RUT", "ytd_total_return", 19, "%", None, "2010-11-05", "YTD", None, "total return", "unverifiable", "total_return_not_in_files",
         "Total-return figure; the price index is up 17.78% YTD, which does not decide a with-dividends claim.", "up 19% year to date"),
        ("SP400", "ytd_total_return", 19.9, "%", None, "2010-11-05", "YTD", None, "total return", "unverifiable", "series_not_in_files",
         "S&P 400 is not in the files.", "up 19.9%"),
        ("RUT", "pct_change", 4.7, "%", None, "2010-11-05", "week", None, "close", "supported", "tolerance_1dp", "703.35 -> 736.59 = +4.726%.", "surged 4.7%"),
        ("SP400", "pct_change", 3.8, "%", None, "2010-11-05", "week", None, "close", "unverifiable", "series_not_in_files", "S&P 400 is not in the files.", "jumped 3.8%"),
        ("SPX", "pct_change", 3.6, "%", None, "2010-11-05", "week", None, "close", "supported", "tolerance_1dp", "1183.26 -> 1225.85 = +3.599%.", "rallied 3.6%"),
    ])

passage(
    "gaeatimes_20100603_yields_rise_stocks_gain", "breakingnews.gaeatimes.com",
    "https://breakingnews.gaeatimes.com/2010/06/03/interest-rates-rise-in-bond-market-after-stocks-post-back-to-back-gains-31968",
    "Associated Press", "2010-06-03", "exact", "AP bond-market item of Thursday 2010-06-03 ('By AP, Thursday, June 3, 2010').",
    "Interest rates rise in bond market after stocks post back-to-back gains. NEW YORK - Treasury prices fell "
    "Thursday as a second day of stock gains cut demand for safe investments. The yield on the 10-year Treasury "
    "note rose to 3.37 percent from 3.35 percent late Wednesday. Stocks rose for a second day on reports of growth "
    "in services businesses and fewer first-time jobless claims: the Dow Jones industrial average rose about 6 "
    "points a day after gaining 226. The 30-year bond's yield rose to 4.27 percent from 4.24 percent, the "
    "two-year note's yield rose to 0.83 percent from 0.82 percent, and the three-month bill's yield fell to 0.13 "
    "percent from 0.14 percent.",
    [
        ("US10Y", "yield", 3.37, "%", None, "2010-06-03", None, None, "late afternoon", "supported", "tolerance_2dp",
         "FRED DGS10 end of day 3.39; |3.39 - 3.37| = 0.02 within 0.025 (the AP quote is a late-afternoon market print).", "rose to 3.37 percent"),
        ("US10Y", "yield", 3.35, "%", None, "2010-06-02", None, None, "end of day", "supported", "tolerance_2dp", "DGS10 2010-06-02 = 3.35.", "from 3.35 percent late Wednesday"),
        ("DJI", "point_change", 6, "points", "about", "2010-06-03", "day", None, "close", "supported", "about", "2010-06-03: +5.74.", "rose about 6 points"),
        ("DJI", "point_change", 226, "points", None, "2010-06-02", "day", None, "close", "supported", "tolerance_int", "2010-06-02: +225.52, rounds to 226.", "after gaining 226"),
        ("US30Y", "yield", 4.27, "%", None, "2010-06-03", None, None, "late afternoon", "unverifiable", "series_not_in_files", "30-year yield (DGS30) is not in the files.", "4.27 percent"),
        ("US2Y", "yield", 0.83, "%", None, "2010-06-03", None, None, "late afternoon", "supported", "tolerance_2dp",
         "DGS2 end of day 0.82; 0.01 off, within 0.025.", "rose to 0.83 percent"),
        ("US2Y", "yield", 0.82, "%", None, "2010-06-02", None, None, "end of day", "supported", "tolerance_2dp", "DGS2 2010-06-02 = 0.82.", "from 0.82 percent, and"),
        ("US3M", "yield", 0.13, "%", None, "2010-06-03", None, None, "late afternoon", "unverifiable", "series_not_in_files", "Three-month bill yield is not in the files.", "0.13"),
    ])


def main():
    R.DATA = R.data_dir()
    pl, kl = [], []
    for p in P:
        claims = []
        for i, c in enumerate(p["claims"]):
            (t, metric, value, unit, qual, ref, window, comp, basis, verdict, rule, note, anchor) = c
            n = p["text"].count(anchor)
            if n != 1:
                raise SystemExit(f"anchor {anchor!r} occurs {n} times in {p['pid']}")
            claims.append(dict(index_or_ticker=t, metric=metric, value=value, unit=unit, qualifier=qual,
                               ref_date=ref, window=window, comparison=comp, basis=basis))
            cv = R.compute(p["pid"], i)
            kl.append(dict(passage_id=p["pid"], claim_index=i, index_or_ticker=t, metric=metric, claimed_value=value,
                           qualifier=qual, ref_date_used=ref, computed_value=cv,
                           computed_detail=f"{note} reference.py: {R.RECIPES[(p['pid'], i)]}",
                           verdict=verdict, rule=rule, note=note, anchor_text=anchor))
        pl.append(dict(id=p["pid"], source=dict(site=p["site"], url=p["url"], original_outlet=p["outlet"]),
                       published=p["published"], published_confidence=p["conf"], published_note=p["note"],
                       text_kind="condensed_close_paraphrase", text=p["text"], claims=claims))
    with open(os.path.join(HERE, "passages.jsonl"), "w") as f:
        for r in pl:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w") as f:
        for r in kl:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(pl), "passages", len(kl), "claims", Counter(r["verdict"] for r in kl))


if __name__ == "__main__":
    main()
