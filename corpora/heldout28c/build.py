"""Build passages.jsonl and key.jsonl of this corpus.

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
computed_value comes from the RECIPES table of reference.py; verdicts, rules and notes are written here by hand
after reading the computed values. Outputs are written beside this file.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R  # noqa: E402


def C(t, metric, value, anchor, verdict, rule, note, unit="points", qualifier=None, ref_date=None,
      window=None, comparison=None, basis="close", detail=""):
    return dict(index_or_ticker=t, metric=metric, value=value, unit=unit, qualifier=qualifier, ref_date=ref_date,
                window=window, comparison=comparison, basis=basis, anchor=anchor, verdict=verdict, rule=rule,
                note=note, detail=detail)


S, I, CO, U, F, N = "supported", "imprecise", "contradicted", "unverifiable", "forecast", "not_checkable"
P = []

# ---------------------------------------------------------------- 1
d = "1999-02-01"
P.append(dict(
    id="starbulletin_19990201_nasdaq_third_record",
    source=dict(site="archives.starbulletin.com", url="https://archives.starbulletin.com/1999/02/01/business/market.html",
                original_outlet="Associated Press via Honolulu Star-Bulletin"),
    published=d, published_confidence="exact",
    published_note="Date in the URL; the figures are the closes of Monday 1999-02-01 (Friday = 1999-01-29).",
    text=("NEW YORK -- Blue chips surrendered modest gains in the last minutes of trading and finished lower, while the "
          "Nasdaq index edged up to close at a record level for the third straight session. Dow slips 13\n"
          "The Dow Jones industrial average finished 13.13 lower at 9,345.70, breaking two days of gains. The index had "
          "climbed as high as 9430.66, up nearly 72 points from Friday's close, before retreating in the last 20 minutes.\n"
          "The Standard & Poor's 500 fell 6.64 at 1,273.00, but the technology-heavy Nasdaq composite index rose 4.20 to "
          "2,510.09, a record. The Russell 2000 index of smaller companies slipped 1.14 to 426.08.\n"
          "The Treasury's main 30-year bond lost 1 7/16 points by late afternoon, and its yield rose to 5.18 percent from "
          "5.08 percent late Friday."),
    claims=[
        C("DJI", "daily_change", -13.13, "13.13 lower", S, "tolerance_2dp", "Close-to-close change matches.", ref_date=d),
        C("DJI", "close", 9345.70, "9,345.70", S, "tolerance_2dp", "Close matches.", ref_date=d),
        C("DJI", "prior_up_streak", 2, "breaking two days of gains", S, "streak", "The Dow rose on 1999-01-28 and 1999-01-29 (percent moves listed), so Monday's loss ended a two-day gain.", unit="sessions", ref_date=d, window="1999-01-28..1999-01-29"),
        C("DJI", "intraday_high", 9430.66, "as high as 9430.66", S, "tolerance_2dp", "Session high matches.", ref_date=d, basis="intraday high"),
        C("DJI", "high_vs_prev_close", 72, "nearly 72 points", S, "hedge_nearly", "High minus Friday's close = 71.83; 'nearly 72' allows 71 to 72.5.", qualifier="nearly", ref_date=d, basis="intraday high"),
        C("SPX", "daily_change", -6.64, "6.64", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "close", 1273.00, "1,273.00", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "daily_change", 4.20, "4.20", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "close", 2510.09, "2,510.09", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "record_close_streak", 3, "record level for the third straight session", S, "record", "The highest close in the file up to each day is that day's close on 1999-01-28, 01-29 and 02-01: three record closes in a row.", unit="sessions", ref_date=d),
        C("RUT", "daily_change", -1.14, "slipped 1.14", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("RUT", "close", 426.08, "426.08", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("US30Y", "yield", 5.18, "5.18 percent", U, "series_not_in_files", "The 30-year Treasury yield is not in the files (only DGS2 and DGS10); 'late afternoon' is also an intraday reading.", unit="percent", ref_date=d, comparison="from 5.08 late Friday", basis="late afternoon"),
    ]))

# ---------------------------------------------------------------- 2
d = "2000-01-28"
P.append(dict(
    id="kitsapsun_20000129_inflation_fears_year_lows",
    source=dict(site="products.kitsapsun.com", url="https://products.kitsapsun.com/archive/2000/01-29/0021_wall_street__inflation_concerns_d.html",
                original_outlet="Associated Press via Kitsap Sun"),
    published="2000-01-29", published_confidence="exact",
    published_note="Archive date in the URL (Saturday paper); the story is about Friday 2000-01-28.",
    text=("WALL STREET: Inflation concerns drop Dow, Nasdaq to new year's lows\n"
          "NEW YORK (AP) - Stocks fell sharply Friday as new inflation news set off selling on Wall Street, with banks, "
          "manufacturers and technology companies hit hardest.\n"
          "The Dow Jones industrial average tumbled 289.15 points, or 2.6 percent, to 10,738.87. The slide brought the "
          "week's loss to 512.84 points and left the Dow at its lowest level since Nov. 11.\n"
          "Many investors expect the Federal Reserve to raise interest rates when it meets next week, and again later in the year.\n"
          "The Nasdaq composite index swooned 152.49 points, or 3.8 percent, to 3,887.07, its second-biggest point drop "
          "ever. The Nasdaq, which ended last week at a record high, has lost 348.33 points since then.\n"
          "The Standard & Poor's 500, a broad blue-chip barometer, fell 38.40 to 1,360.16.\n"
          "The economy keeps growing despite three increases in lending rates by the Fed since June. The central bank's "
          "policy-makers meet again Tuesday and Wednesday."),
    claims=[
        C("DJI", "daily_change", -289.15, "289.15", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "daily_pct_change", -2.6, "2.6 percent", S, "tolerance_1dp", "-2.622%.", unit="percent", ref_date=d),
        C("DJI", "close", 10738.87, "10,738.87", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "week_change", -512.84, "512.84", S, "tolerance_2dp", "Friday 2000-01-21 close to Friday 2000-01-28 close.", ref_date=d, window="week"),
        C("DJI", "lowest_since", "1999-11-11", "lowest level since Nov. 11", S, "highest_lowest_since", "Last earlier close at or below 10,738.87 is 1999-11-11.", unit="date", ref_date=d),
        C("IXIC", "daily_change", -152.49, "152.49", S, "tolerance_2dp", "Matches (-152.489991 in the file).", ref_date=d),
        C("IXIC", "daily_pct_change", -3.8, "3.8 percent", S, "tolerance_1dp", "-3.775%.", unit="percent", ref_date=d),
        C("IXIC", "close", 3887.07, "3,887.07", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "point_drop_rank", 2, "second-biggest point drop", S, "rank", "Only 2000-01-04 (-229.46) was a bigger point drop in the file (from 1971); the third is 2000-01-06 (-150.41).", unit="rank", ref_date=d),
        C("IXIC", "record_close", "2000-01-21", "ended last week at a record high", S, "record", "Friday 2000-01-21 close 4,235.40 was the highest close in the file to that day.", unit="date", ref_date="2000-01-21"),
        C("IXIC", "change_since", -348.33, "348.33", S, "tolerance_2dp", "2000-01-21 close to 2000-01-28 close.", ref_date=d, window="2000-01-21..2000-01-28"),
        C("SPX", "daily_change", -38.40, "38.40", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "close", 1360.16, "1,360.16", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("FEDFUNDS", "hike_count", 3, "three increases", S, "fed", "DFEDTAR rose on 1999-06-30, 1999-08-24 and 1999-11-16.", unit="count", ref_date=d, window="since June 1999"),
        C("FEDFUNDS", "meeting_dates", "2000-02-01..2000-02-02", "meet again Tuesday and Wednesday", S, "fed", "FOMC_meetings.csv has a decision day on Wednesday 2000-02-02, so a Tuesday-Wednesday meeting the next week.", unit="date", ref_date=d),
        C("FEDFUNDS", "expected_hike", None, "expect the Federal Reserve to raise interest rates", F, "forecast", "Investors' expectation of a hike; not judged (the Fed raised the target on 2000-02-02).", unit=None, ref_date=d, basis=None),
    ]))

# ---------------------------------------------------------------- 3
d = "2000-09-19"
P.append(dict(
    id="cnet_20000919_nasdaq_blasts_off",
    source=dict(site="www.cnet.com", url="https://www.cnet.com/news/nasdaq-blasts-off-as-dow-sinks/", original_outlet="CNET News.com"),
    published=d, published_confidence="high",
    published_note="No date on the stored page; every closing figure matches 2000-09-19 and 'as of yesterday's close' matches 2000-09-18, so a same-day story.",
    text=("Nasdaq blasts off as Dow sinks\n"
          "Bouncing back slightly after several losing days, investors sent tech stocks soaring but grounded old economy shares.\n"
          "The Nasdaq composite index rose 139.12, or nearly 4 percent, to 3,865.64, and the Standard & Poor's 500 index "
          "climbed 15.39 to 1,459.90.\n"
          "The Dow Jones industrial average fell 19.23 to close at 10,789.29, led lower by International Paper.\n"
          "As of yesterday's close, the Nasdaq had lost 11 percent this month, and the Dow was down nearly 4 percent.\n"
          "A strategist at Dain Rauscher Wessels said the markets will trade in a tight range for the next few weeks until "
          "third-quarter earnings bring some certainty.\n"
          "The Philadelphia semiconductor index surged 77.22, or 8 percent, to 1,028.58."),
    claims=[
        C("IXIC", "daily_change", 139.12, "139.12", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "daily_pct_change", 4, "or nearly 4 percent", S, "hedge_nearly", "+3.733%; 'nearly 4' allows 3 to 4.5.", unit="percent", qualifier="nearly", ref_date=d),
        C("IXIC", "close", 3865.64, "3,865.64", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "daily_change", 15.39, "15.39", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "close", 1459.90, "1,459.90", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "daily_change", -19.23, "19.23", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "close", 10789.29, "10,789.29", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "mtd_pct_change", -11, "lost 11 percent this month", S, "tolerance_integer", "August 31 close to September 18 close: -11.407%.", unit="percent", ref_date="2000-09-18", window="MTD"),
        C("DJI", "mtd_pct_change", -4, "down nearly 4 percent", S, "hedge_nearly", "August 31 close to September 18 close: -3.625%; 'nearly 4' allows 3 to 4.5.", unit="percent", qualifier="nearly", ref_date="2000-09-18", window="MTD"),
        C("QUOTE", "range_forecast", None, "trade in a tight range", F, "forecast", "A strategist's projection for the next few weeks; not judged.", unit=None, ref_date=d, basis=None),
        C("SOX", "daily_change", 77.22, "77.22", U, "series_not_in_files", "The Philadelphia semiconductor index is not in the files.", ref_date=d),
    ]))

# ---------------------------------------------------------------- 4
d = "2000-10-31"
P.append(dict(
    id="heraldnet_20001031_tech_rally_tax_year_end",
    source=dict(site="www.heraldnet.com", url="https://www.heraldnet.com/news/tech-stocks-help-markets-surge/", original_outlet="Associated Press via The Daily Herald (Everett)"),
    published=d, published_confidence="medium",
    published_note="No date on the stored page; 'today', the closes (preliminary Nasdaq figures aside) and 'the last day of the tax year for mutual funds' (October 31) point to Tuesday 2000-10-31; 'since Friday' is 2000-10-27.",
    text=("Associated Press\n"
          "NEW YORK - Bargain hunters lifted technology stocks today to one of their best showings this month, and the "
          "buying quickly spread to blue chips.\n"
          "The tech-focused Nasdaq composite index gained nearly 5.6 percent. The Dow Jones industrial average, which has "
          "climbed 580 points since Friday, failed to break 11,000 but closed up 1.3 percent.\n"
          "The Nasdaq shot up 178.15 to 3,369.55, according to preliminary calculations. The Standard & Poor's 500 index "
          "rose 30.73 to 1,429.39.\n"
          "The Dow closed up 135.37 at 10,971.14, after trading in negative territory early following a mixed earnings "
          "report from Procter & Gamble.\n"
          "The rally fell on the last day of the tax year for mutual funds, a day that has historically set off selling "
          "by fund managers trying to limit their capital gains taxes."),
    claims=[
        C("IXIC", "daily_pct_change", 5.6, "nearly 5.6 percent", S, "hedge_nearly", "+5.585%; 'nearly 5.6' allows 5.5 to 5.65.", unit="percent", qualifier="nearly", ref_date=d),
        C("DJI", "change_since", 580, "580 points since Friday", CO, "window_close_to_close", "From Friday 2000-10-27's close (10,590.62) the Dow is up 380.52, a third less than claimed. Other readings: from Thursday 2000-10-26's close (10,380.12) it is +591.02, which would be imprecise; from Friday's intraday low the gain is about 580, which may be what the writer meant.", ref_date=d, window="2000-10-27..2000-10-31"),
        C("DJI", "intraday_high_below", 11000, "failed to break 11,000", S, "bound", "Session high 10,995.41 stayed below 11,000.", unit="level", ref_date=d, comparison="below", basis="intraday high"),
        C("DJI", "daily_pct_change", 1.3, "closed up 1.3 percent", S, "tolerance_1dp", "+1.249%.", unit="percent", ref_date=d),
        C("IXIC", "daily_change", 178.15, "178.15", I, "tolerance_2dp", "Final close-to-close change is 178.23; the text flags the figure as preliminary, 0.08 off.", qualifier="preliminary", ref_date=d),
        C("IXIC", "close", 3369.55, "3,369.55", I, "tolerance_2dp", "Final close 3,369.63; preliminary figure 0.08 off (within 1%).", qualifier="preliminary", ref_date=d),
        C("SPX", "daily_change", 30.73, "30.73", S, "tolerance_2dp", "File 30.74.", ref_date=d),
        C("SPX", "close", 1429.39, "1,429.39", S, "tolerance_2dp", "File 1,429.40.", ref_date=d),
        C("DJI", "daily_change", 135.37, "135.37", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "close", 10971.14, "10,971.14", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("GENERIC", "seasonal_pattern", None, "historically set off selling", N, "not_checkable", "A generic statement about mutual-fund tax selling, not a market figure.", unit=None, ref_date=d, basis=None),
    ]))

# ---------------------------------------------------------------- 5
d = "2001-03-22"
P.append(dict(
    id="washtimes_20010323_dow_bear_territory_intraday",
    source=dict(site="www.washingtontimes.com", url="https://www.washingtontimes.com/news/2001/mar/23/20010323-021723-3671r/", original_outlet="Associated Press via The Washington Times"),
    published="2001-03-23", published_confidence="exact",
    published_note="Dated Friday, March 23, 2001 on the page; 'yesterday' is Thursday 2001-03-22; 'last week' is the week ending 2001-03-16.",
    text=("The Washington Times - Friday, March 23, 2001\n"
          "NEW YORK (AP) Dejected investors stepped up their selling of blue chips yesterday, deepening the Dow Jones "
          "Industrial Average's slide and pushing the best-known market gauge into bear market territory for much of the session.\n"
          "A rally in the final hour let the Dow recover somewhat, but the index still closed with a loss of nearly 100 points.\n"
          "The Dow, which has dropped by triple digits in six of the past nine trading sessions, sank to the 9,379 level in "
          "the first minutes of trading, leaving it down more than 20 percent from the closing high of 11,723 it reached on "
          "Jan. 14, 2000. A 20 percent decline is considered a bear market.\n"
          "The slide continued in heavy late-afternoon trading, with the Dow falling more than 380 points. It won back some "
          "ground in the last hour and closed down a more moderate 98 at 9,389.\n"
          "Yesterday's loss means the Dow, which last week suffered its worst-ever weekly point drop, has fallen 1,469 points, "
          "or 13.5 percent, over the past 10 trading sessions.\n"
          "Broader indicators were mixed. The Nasdaq Composite Index, down more than 62 percent from its high of 5,049 "
          "reached March 10, 2000, advanced 67 to 1,898.\n"
          "The S&P 500 finished down five points at 1,118 after a last-minute recovery of its own. It has lost more than a "
          "quarter of its value since peaking at 1,527 a year ago."),
    claims=[
        C("DJI", "daily_change", -100, "nearly 100 points", I, "hedge_nearly", "-97.52. For whole numbers of 100 or more ending in 0 the unit is 2% of the value (2 points), so 'nearly 100' allows 98 to 101; 97.52 is just outside. The same text later gives 98.", qualifier="nearly", ref_date=d),
        C("DJI", "count_triple_digit_moves", 6, "six of the past nine", S, "count", "Moves of 100 points or more in the nine sessions ending 2001-03-22: 6 (all declines); the same count whether or not the 97.52 loss of the day is included.", unit="count", ref_date=d, window="9 sessions"),
        C("DJI", "intraday_level", 9379, "9,379 level", U, "mid_session", "A level in the opening minutes; the session ran from 9,106.54 to 9,497.78, so 9,379 lies inside the range and cannot be checked. computed_value lists close, low and high.", unit="level", ref_date=d, basis="opening minutes", detail="session low 9,106.54, high 9,497.78; "),
        C("DJI", "pct_from_record", 20, "more than 20 percent", I, "arithmetic_on_stated_level", "Judged on the passage's own figures: 9,379 is 19.995% below 11,722.98, not more than 20%. (The session low 9,106.54 was 22.3% below the record, so the Dow did go more than 20% below during the day.)", unit="percent", qualifier="more than", ref_date=d, basis="opening minutes"),
        C("DJI", "record_close", 11723, "11,723", S, "record", "Record close 11,722.98 on 2000-01-14 (rounded to 11,723), the highest close in the file before 2001-03-22.", unit="level", ref_date="2000-01-14"),
        C("DJI", "intraday_drop", 380, "more than 380 points", S, "session_extreme", "Session low 9,106.54 is 380.46 below the prior close 9,487.00: more than 380.", qualifier="more than", ref_date=d, basis="late afternoon (session low)"),
        C("DJI", "daily_change", -98, "down a more moderate 98", S, "tolerance_integer", "-97.52.", ref_date=d),
        C("DJI", "close", 9389, "at 9,389", S, "tolerance_integer", "9,389.48.", unit="level", ref_date=d),
        C("DJI", "weekly_point_drop_rank", 1, "worst-ever weekly point drop", S, "record", "Week ending 2001-03-16: -821.21 points, the largest Friday-to-Friday point drop in the file (from 1992). Caveat: the file starts in 1992, but Dow levels before 1992 were too low for a weekly drop of that size.", unit="rank", ref_date="2001-03-16", window="week"),
        C("DJI", "change_10_sessions", -1469, "1,469 points", S, "tolerance_integer", "2001-03-08 close to 2001-03-22 close: -1,468.77.", ref_date=d, window="10 sessions"),
        C("DJI", "pct_change_10_sessions", -13.5, "13.5 percent", S, "tolerance_1dp", "-13.527% over the same window.", unit="percent", ref_date=d, window="10 sessions"),
        C("IXIC", "pct_from_record", 62, "more than 62 percent", S, "bound", "1,897.70 is 62.41% below the record close 5,048.62.", unit="percent", qualifier="more than", ref_date=d),
        C("IXIC", "record_close", 5049, "5,049", S, "record", "Record close 5,048.62 on 2000-03-10.", unit="level", ref_date="2000-03-10"),
        C("IXIC", "daily_change", 67, "advanced 67", S, "tolerance_integer", "+67.47.", ref_date=d),
        C("IXIC", "close", 1898, "1,898", S, "tolerance_integer", "1,897.70.", unit="level", ref_date=d),
        C("SPX", "daily_change", -5, "down five points", S, "tolerance_integer", "-4.56.", ref_date=d),
        C("SPX", "close", 1118, "1,118", S, "tolerance_integer", "1,117.58.", unit="level", ref_date=d),
        C("SPX", "pct_from_record", 25, "more than a quarter", S, "bound", "Record close 1,527.46 on 2000-03-24 ('1,527 a year ago'); 1,117.58 is 26.83% below it.", unit="percent", qualifier="more than", ref_date=d),
    ]))

# ---------------------------------------------------------------- 6
P.append(dict(
    id="businessweek_20021008_september_selloffs",
    source=dict(site="www.businessweek.com", url="http://www.businessweek.com/stories/2002-10-08/the-history-of-september-sell-offs", original_outlet="BusinessWeek (Sam Stovall, Standard & Poor's)"),
    published="2002-10-08", published_confidence="exact",
    published_note="Date in the URL; the figures are about 2002-Q3 and September 2002 (last close 2002-09-30).",
    text=("Markets & Finance - The History of September Sell-Offs\n"
          "By Sam Stovall. The 17.6% price decline for the Standard & Poor's 500-stock index in 2002's third quarter was one "
          "for the record books. It was the second-worst third-quarter showing for the benchmark in the past 50 years, and "
          "among the five worst of any quarters over that stretch.\n"
          "September was no box of chocolates either. The S&P 500 posted an 11% decline, the worst showing for the month in "
          "more than 25 years. The drop was another example of September's standing as the toughest month for the S&P 500, "
          "and the only one in which the overall market posted an average decline in the past 30 years.\n"
          "Behind the carnage is a long list of worries: weakening consumer confidence, lagging business spending, doubts "
          "about a second-half earnings recovery, and war jitters over Iraq."),
    claims=[
        C("SPX", "quarter_pct_change", -17.6, "17.6%", S, "tolerance_1dp", "2002-06-28 close 989.82 to 2002-09-30 close 815.28: -17.634%.", unit="percent", ref_date="2002-09-30", window="2002-Q3"),
        C("SPX", "q3_rank_50y", 2, "second-worst third-quarter", S, "rank", "Among the third quarters of 1953-2002, only 1974-Q3 was worse.", unit="rank", ref_date="2002-09-30", window="past 50 years"),
        C("SPX", "quarter_rank_50y", 5, "among the five worst of any quarters", S, "rank", "2002-Q3 ranks 5th worst of all quarters 1953-2002 in the file.", unit="rank", qualifier="among", ref_date="2002-09-30", window="past 50 years"),
        C("SPX", "month_pct_change", -11, "11% decline", S, "tolerance_integer", "September 2002: -11.002%.", unit="percent", ref_date="2002-09-30", window="2002-09"),
        C("SPX", "worst_september_since", "more than 25 years", "more than 25 years", S, "highest_lowest_since", "The last September at least as bad is September 1974 (28 years earlier).", unit="years", qualifier="more than", ref_date="2002-09-30"),
        C("SPX", "only_month_negative_average", 9, "the only one in which the overall market posted an average decline", CO, "ordering", "Average monthly S&P 500 price change 1972-2001 is negative for both August and September (also for 1973-2002 and 1972-2002), so September is not the only one.", unit="month", ref_date="2002-09-30", window="past 30 years"),
        C("SPX", "worst_average_month", 9, "toughest month", S, "ordering", "September has the lowest average monthly price change over 1972-2001 (-0.945%).", unit="month", ref_date="2002-09-30", window="past 30 years"),
    ]))

# ---------------------------------------------------------------- 7
d = "2003-02-18"
P.append(dict(
    id="latimes_20030219_nasdaq_back_in_black",
    source=dict(site="www.latimes.com", url="https://www.latimes.com/archives/la-xpm-2003-feb-19-fi-markets19-story.html", original_outlet="Los Angeles Times (Times wire services, Reuters)"),
    published="2003-02-19", published_confidence="exact",
    published_note="Date in the URL; the story is about Tuesday 2003-02-18, after the Presidents' Day weekend; 'Friday' is 2003-02-14.",
    text=("Rally Continues; Nasdaq Is Back in Black for Year\n"
          "From Times Wire Services\n"
          "Stocks rallied for a second straight session Tuesday as investors kept playing down worries about a possible "
          "U.S.-led war against Iraq.\n"
          "Coming back from the three-day holiday weekend, the technology-heavy Nasdaq composite index returned to positive "
          "territory for the year for the first time this month, carrying over the upbeat mood from Friday, when the three "
          "major U.S. indexes ended higher for the first week in five.\n"
          "The blue-chip Dow Jones industrial average climbed 132.35 points, or 1.7%, to 8,041.15. The broader Standard & "
          "Poor's 500 index advanced 16.28 points, or 2%, to 851.17.\n"
          "Nasdaq jumped 36.37 points, or 2.8%, to 1,346.54, leaving it up 0.8% for the year, against losses of 3.6% and "
          "3.2%, respectively, for the Dow and the S&P.\n"
          "Trading volume was modest as investors struggled back to work after a winter storm buried much of the Northeast."),
    claims=[
        C("SPX", "up_streak", 2, "second straight session", S, "streak", "S&P 500 rose on 2003-02-14 and 2003-02-18 (also true for the Dow and Nasdaq).", unit="sessions", ref_date=d),
        C("DJI,SPX,IXIC", "first_weekly_gain_in", 5, "first week in five", S, "streak", "Week ending 2003-02-14: Dow +0.57%, S&P +0.63%, Nasdaq +2.16%; each of the four weeks before (ending 01-17, 01-24, 01-31, 02-07) was down for all three.", unit="weeks", ref_date="2003-02-14", window="week"),
        C("DJI", "daily_change", 132.35, "132.35", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "daily_pct_change", 1.7, "1.7%", S, "tolerance_1dp", "+1.673%.", unit="percent", ref_date=d),
        C("DJI", "close", 8041.15, "8,041.15", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "daily_change", 16.28, "16.28", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "daily_pct_change", 2, "or 2%", S, "tolerance_integer", "+1.950%.", unit="percent", ref_date=d),
        C("SPX", "close", 851.17, "851.17", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "daily_change", 36.37, "36.37", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "daily_pct_change", 2.8, "2.8%", S, "tolerance_1dp", "+2.776%.", unit="percent", ref_date=d),
        C("IXIC", "close", 1346.54, "1,346.54", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "ytd_pct_change", 0.8, "up 0.8%", S, "tolerance_1dp", "2002-12-31 close 1,335.51 to 1,346.54: +0.826%.", unit="percent", ref_date=d, window="YTD"),
        C("DJI", "ytd_pct_change", -3.6, "3.6%", S, "tolerance_1dp", "-3.602%.", unit="percent", ref_date=d, window="YTD"),
        C("SPX", "ytd_pct_change", -3.2, "3.2%", S, "tolerance_1dp", "-3.256%, within 0.07 of 3.2.", unit="percent", ref_date=d, window="YTD"),
        C("IXIC", "first_positive_ytd_in_month", True, "for the first time this month", S, "streak", "The highest Nasdaq close of 2003-02-03..02-14 (1,323.79) is below the 2002 close 1,335.51, so 2003-02-18 is the first February close above it.", unit="flag", ref_date=d, window="February 2003"),
    ]))

# ---------------------------------------------------------------- 8
d = "2004-04-19"
P.append(dict(
    id="thestreet_20040419_nasdaq_best_in_two_weeks",
    source=dict(site="www.thestreet.com", url="https://www.thestreet.com/story/10154638/1/tech-stocks-finish-strong.html", original_outlet="TheStreet.com"),
    published=d, published_confidence="high",
    published_note="No date on the stored page ('Updated from 4:05 p.m. EDT', Monday). The closes match Monday 2004-04-19 and Greenspan testified on 2004-04-20/21.",
    text=("Updated from 4:05 p.m. EDT\n"
          "Stocks finished mixed Monday: caution ahead of Federal Reserve Chairman Alan Greenspan's testimony to Congress "
          "could not hold back the Nasdaq, which posted its best single-day gain in two weeks.\n"
          "The Nasdaq ended up 24.67 points, or 1.24%, at 2020.41; the Dow Jones Industrial Average closed down 14.12 points, "
          "or 0.14%, to 10,437.85; and the S&P 500 turned positive in the last hour to finish up 1.23 points, or 0.11%, at "
          "1135.84. The 10-year Treasury note was trading down 8/32 in price, lifting the yield to 4.37%.\n"
          "Telecommunications and biotechnology stocks powered the Nasdaq; the Amex Biotech Index closed up 2.8%.\n"
          "With Monday's surge, the Nasdaq finished above its 50-day simple moving average and returned to positive territory "
          "for the year."),
    claims=[
        C("IXIC", "biggest_gain_since", "two weeks", "best single-day gain in two weeks", S, "biggest_since", "The last bigger point gain was 2004-04-02 (Friday); the first session after it is Monday 2004-04-05, exactly two weeks before. Same date on a percent basis.", unit="window", ref_date=d),
        C("IXIC", "daily_change", 24.67, "24.67", S, "tolerance_2dp", "File 24.69.", ref_date=d),
        C("IXIC", "daily_pct_change", 1.24, "1.24%", S, "tolerance_2dp", "+1.237%.", unit="percent", ref_date=d),
        C("IXIC", "close", 2020.41, "2020.41", S, "tolerance_2dp", "File 2,020.43.", ref_date=d),
        C("DJI", "daily_change", -14.12, "14.12", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "daily_pct_change", -0.14, "0.14%", S, "tolerance_2dp", "-0.135%.", unit="percent", ref_date=d),
        C("DJI", "close", 10437.85, "10,437.85", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "daily_change", 1.23, "1.23", S, "tolerance_2dp", "File 1.21.", ref_date=d),
        C("SPX", "daily_pct_change", 0.11, "0.11%", S, "tolerance_2dp", "+0.107%.", unit="percent", ref_date=d),
        C("SPX", "close", 1135.84, "1135.84", S, "tolerance_2dp", "File 1,135.82.", ref_date=d),
        C("US10Y", "yield", 4.37, "4.37%", U, "yield_intraday", "A yield 'trading' during the session; intraday yields are unverifiable. FRED's end-of-day DGS10 for the day is 4.39.", unit="percent", ref_date=d, basis="intraday"),
        C("IXIC", "above_sma50", True, "above its 50-day simple moving average", S, "bound", "50-session average of closes to 2004-04-19 = 2,014.74, below the close 2,020.43.", unit="flag", ref_date=d),
        C("IXIC", "ytd_positive", True, "positive territory", S, "bound", "2003-12-31 close 2,003.37; YTD +0.852%.", unit="flag", ref_date=d, window="YTD"),
        C("AMEX_BIOTECH", "daily_pct_change", 2.8, "closed up 2.8%", U, "series_not_in_files", "The Amex Biotech Index is not in the files.", unit="percent", ref_date=d),
    ]))

# ---------------------------------------------------------------- 9
d = "2005-07-12"
P.append(dict(
    id="foxnews_20050712_nasdaq_six_month_high",
    source=dict(site="www.foxnews.com", url="https://www.foxnews.com/story/stocks-pare-losses-amid-merger-earnings-news", original_outlet="Fox News (wire copy)"),
    published=d, published_confidence="high",
    published_note="No date on the stored page; the closes match Tuesday 2005-07-12, the day TD Banknorth's purchase of Hudson United was announced.",
    text=("NEW YORK - The Nasdaq closed at a fresh six-month high Tuesday, and the rest of the market finished near unchanged "
          "as better-than-expected earnings and tech gains offset surging crude prices.\n"
          "The Nasdaq Composite Index rose 7.72 points, or 0.36 percent, to 2,143.15, its highest close since Jan. 3. The "
          "broader Standard & Poor's 500 Index advanced 2.77 points, or 0.23 percent, to 1,222.21. The Dow Jones industrial "
          "average edged down 5.83 points, or 0.06 percent, to 10,513.89, ending a three-day rally.\n"
          "Microsoft, up 1.3 percent, gave the biggest lift to both the Nasdaq and the S&P 500, while IBM, up 1.4 percent, "
          "limited the Dow's decline.\n"
          "Banks were helped by news that TD Banknorth agreed to buy Hudson United Bancorp in a $1.9 billion cash-and-stock deal."),
    claims=[
        C("IXIC", "highest_since", "2005-01-03", "highest close since Jan. 3", S, "highest_lowest_since", "Last earlier close at or above 2,143.15 is 2005-01-03 (a six-month high).", unit="date", ref_date=d),
        C("IXIC", "daily_change", 7.72, "7.72", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "daily_pct_change", 0.36, "0.36 percent", S, "tolerance_2dp", "+0.362%.", unit="percent", ref_date=d),
        C("IXIC", "close", 2143.15, "2,143.15", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "daily_change", 2.77, "2.77", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "daily_pct_change", 0.23, "0.23 percent", S, "tolerance_2dp", "+0.227%.", unit="percent", ref_date=d),
        C("SPX", "close", 1222.21, "1,222.21", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "daily_change", -5.83, "5.83", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "daily_pct_change", -0.06, "0.06 percent", S, "tolerance_2dp", "-0.055%.", unit="percent", ref_date=d),
        C("DJI", "close", 10513.89, "10,513.89", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "prior_up_streak", 3, "ending a three-day rally", S, "streak", "The Dow rose on 2005-07-07, 07-08 and 07-11 before falling on 07-12.", unit="sessions", ref_date=d),
    ]))

# ---------------------------------------------------------------- 10
d = "2005-09-06"
P.append(dict(
    id="spokesman_20050907_oil_relief_rally",
    source=dict(site="www.spokesman.com", url="https://www.spokesman.com/stories/2005/sep/07/stocks-surge-on-declining-oil-prices", original_outlet="Associated Press via The Spokesman-Review"),
    published="2005-09-07", published_confidence="exact",
    published_note="Date in the URL; the story is about Tuesday 2005-09-06 (after Labor Day); 'late Friday' is 2005-09-02.",
    text=("Stocks surge on declining oil prices - Associated Press\n"
          "Wall Street rallied Tuesday as oil prices fell, the service sector reported strong growth and investors bought "
          "large caps such as Wal-Mart, Coca-Cola and Home Depot. The Dow Jones industrial average gained more than 141 points.\n"
          "Crude and gasoline futures slid after industrialized nations decided to release 60 million barrels from strategic "
          "stockpiles following Hurricane Katrina.\n"
          "The Dow rose 141.87, or 1.36 percent, to 10,589.24, its best one-day gain since July 8.\n"
          "The Standard & Poor's 500 index gained 15.37, or 1.26 percent, to 1,233.39, its best session since April 21. The "
          "Nasdaq composite index added 25.79, or 1.2 percent, to 2,166.86 for its best point gain since July 19.\n"
          "Bonds fell as stocks rose, with the yield on the 10-year Treasury note climbing to 4.09 percent from 4.02 percent "
          "late Friday."),
    claims=[
        C("DJI", "daily_change", 141.87, "141.87", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "daily_pct_change", 1.36, "1.36 percent", S, "tolerance_2dp", "+1.358%.", unit="percent", ref_date=d),
        C("DJI", "close", 10589.24, "10,589.24", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "biggest_gain_since", "2005-07-08", "best one-day gain since July 8", S, "biggest_since", "Last earlier point gain at least as big: 2005-07-08 (same date in percent).", unit="date", ref_date=d),
        C("SPX", "daily_change", 15.37, "15.37", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "daily_pct_change", 1.26, "1.26 percent", S, "tolerance_2dp", "+1.262%.", unit="percent", ref_date=d),
        C("SPX", "close", 1233.39, "1,233.39", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "biggest_gain_since", "2005-04-21", "best session since April 21", S, "biggest_since", "Last earlier percent gain at least as big: 2005-04-21.", unit="date", ref_date=d),
        C("IXIC", "daily_change", 25.79, "25.79", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "daily_pct_change", 1.2, "1.2 percent", S, "tolerance_1dp", "+1.205%.", unit="percent", ref_date=d),
        C("IXIC", "close", 2166.86, "2,166.86", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "biggest_gain_since", "2005-07-19", "best point gain since July 19", S, "biggest_since", "Last earlier point gain at least as big: 2005-07-19.", unit="date", ref_date=d),
        C("US10Y", "yield", 4.09, "4.09 percent", S, "yield_eod", "DGS10 2005-09-06 = 4.09; prior value (2005-09-02, 'late Friday') = 4.03 against 4.02 in the text, within 0.025.", unit="percent", ref_date=d, comparison="from 4.02 late Friday", basis="end of day"),
        C("DJI", "daily_change_bound", 141, "more than 141 points", S, "bound", "+141.87 > 141.", qualifier="more than", ref_date=d),
    ]))

# ---------------------------------------------------------------- 11
d = "2006-06-06"
P.append(dict(
    id="washingtonpost_20060606_dow_worst_close_since_march",
    source=dict(site="www.washingtonpost.com", url="http://www.washingtonpost.com/wp-dyn/content/article/2006/06/06/AR2006060600337.html", original_outlet="Associated Press via The Washington Post"),
    published=d, published_confidence="exact",
    published_note="Dated Tuesday, June 6, 2006; 7:53 PM on the page; 'Monday' is 2006-06-05.",
    text=("Dow Falls to Worst Close Since March\n"
          "By Ellen Simon, The Associated Press, Tuesday, June 6, 2006; 7:53 PM\n"
          "NEW YORK -- Stocks fell for the second straight session Tuesday, and the Dow Jones industrial average slid to its "
          "worst close since March 9 as inflation fears spread through global markets.\n"
          "The Dow lost more than 110 points in midday trading before trimming its loss. On Monday the index dropped nearly "
          "200 points after Federal Reserve Chairman Ben Bernanke rattled Wall Street by vowing the central bank would stay "
          "vigilant against inflation.\n"
          "Investors had hoped the Fed would stop raising short-term rates after 16 hikes; the benchmark rate now stands at 5 percent.\n"
          "The Dow fell 46.58, or 0.42 percent, to 11,002.14. It had tumbled 199.15 points, or 1.77 percent, on Monday.\n"
          "The Standard & Poor's 500 index fell 1.44, or 0.11 percent, to 1,263.85, and the Nasdaq composite fell 6.84, or "
          "0.32 percent, to 2,162.78.\n"
          "Bonds rose, with the 10-year Treasury yield slipping to 5.01 percent from 5.02 percent late Monday."),
    claims=[
        C("SPX", "down_streak", 2, "second straight session", S, "streak", "'Stocks' read as the S&P 500: down on 2006-06-05 and 06-06 after a gain on 06-02. The Dow had fallen three sessions in a row (06-02 too), which would make 'second' an undercount for the Dow.", unit="sessions", ref_date=d),
        C("DJI", "lowest_since", "2006-03-09", "worst close since March 9", S, "highest_lowest_since", "Last earlier close at or below 11,002.14: 2006-03-09.", unit="date", ref_date=d),
        C("DJI", "intraday_change", -110, "more than 110 points in midday", U, "mid_session", "Midday figure. The close-basis loss was 46.58 and the session low was 122.30 below Monday's close, so a loss of more than 110 at midday is possible but cannot be checked (the close does not satisfy the bound).", qualifier="more than", ref_date=d, basis="midday", detail="session low 10,926.42, high 11,094.26; "),
        C("DJI", "daily_change", -200, "nearly 200 points", S, "hedge_nearly", "Monday 2006-06-05: -199.15; for 200 the unit is 2% (4 points), allowing 196 to 202.", qualifier="nearly", ref_date="2006-06-05"),
        C("FEDFUNDS", "hike_count", 16, "16 hikes", S, "fed", "DFEDTAR increases from 2004-06-30 through 2006-05-10: 16.", unit="count", ref_date=d, window="since June 2004"),
        C("FEDFUNDS", "target_rate", 5, "stands at 5 percent", S, "fed", "DFEDTAR on 2006-06-06 = 5.00.", unit="percent", ref_date=d),
        C("DJI", "daily_change", -46.58, "46.58", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "daily_pct_change", -0.42, "0.42 percent", S, "tolerance_2dp", "-0.422%.", unit="percent", ref_date=d),
        C("DJI", "close", 11002.14, "11,002.14", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "daily_pct_change", -1.77, "1.77 percent", S, "tolerance_2dp", "Monday: -1.771%.", unit="percent", ref_date="2006-06-05"),
        C("SPX", "daily_change", -1.44, "1.44", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "close", 1263.85, "1,263.85", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "daily_change", -6.84, "6.84", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "close", 2162.78, "2,162.78", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("US10Y", "yield", 5.01, "5.01 percent", S, "yield_eod", "DGS10 2006-06-06 = 5.01, 2006-06-05 = 5.02.", unit="percent", ref_date=d, comparison="from 5.02 late Monday", basis="end of day"),
        C("DJI", "daily_change", -199.15, "199.15", S, "tolerance_2dp", "Monday 2006-06-05 matches.", ref_date="2006-06-05"),
        C("SPX", "daily_pct_change", -0.11, "0.11 percent", S, "tolerance_2dp", "-0.114%.", unit="percent", ref_date=d),
        C("IXIC", "daily_pct_change", -0.32, "0.32 percent", S, "tolerance_2dp", "-0.315%.", unit="percent", ref_date=d),
    ]))

# ---------------------------------------------------------------- 12
d = "2007-09-18"
P.append(dict(
    id="ibtimes_20070918_fed_half_point_cut_rally",
    source=dict(site="www.ibtimes.com", url="https://www.ibtimes.com/stocks-gold-rally-interest-rate-cut-200530", original_outlet="International Business Times"),
    published=d, published_confidence="high",
    published_note="No date on the stored page; the closes and the half-point cut are Tuesday 2007-09-18 (FOMC decision day). Earlier corpora already cover this session from other outlets.",
    text=("Stocks, gold rally on interest rate cut\n"
          "Stocks posted their biggest rally in four years and gold climbed to a 27-year high after the Fed slashed interest "
          "rates, lifting hopes amid a long housing slump and credit turmoil.\n"
          "Lehman Brothers, Cummins and Moody's led gains in the Standard & Poor's 500 Index after the Fed lowered rates by "
          "half a point to 4.75 percent on Tuesday, the first cut in nearly four years.\n"
          "The market answered by handing the S&P 500 its biggest percentage gain since March 2003, and 490 stocks in the "
          "index gained, the broadest advance since at least 1996, according to Bloomberg data.\n"
          "The Dow Jones industrial average jumped 335.97 points, or 2.51 percent, to end at 13,739.39 on Tuesday. The "
          "Standard & Poor's 500 Index surged 43.13 points, or 2.92 percent, to finish at 1,519.78, while the Nasdaq Composite "
          "Index gained 70.00 points, or 2.71 percent, to close at 2,651.66.\n"
          "The benchmark federal funds rate now stands at 4.75 percent, its lowest level since May of last year."),
    claims=[
        C("FEDFUNDS", "rate_cut", -0.5, "half a point to 4.75 percent", S, "fed", "DFEDTAR 5.25 on 2007-09-17, 4.75 on 2007-09-18 (decision and effective day).", unit="percentage points", ref_date=d),
        C("FEDFUNDS", "first_cut_since", "nearly four years", "first cut in nearly four years", S, "hedge_nearly", "Previous cut took effect 2003-06-25, 4.23 years earlier; 'nearly four' allows 3 to 4.5 years.", unit="years", qualifier="nearly", ref_date=d),
        C("SPX", "biggest_gain_since", "2003-03", "biggest percentage gain since March 2003", S, "biggest_since", "Last earlier percent gain at least as big (+2.921%): 2003-03-17.", unit="month", ref_date=d),
        C("DJI", "daily_change", 335.97, "335.97", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "daily_pct_change", 2.51, "2.51 percent", S, "tolerance_2dp", "+2.507%.", unit="percent", ref_date=d),
        C("DJI", "close", 13739.39, "13,739.39", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "daily_change", 43.13, "43.13", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "daily_pct_change", 2.92, "2.92 percent", S, "tolerance_2dp", "+2.921%.", unit="percent", ref_date=d),
        C("SPX", "close", 1519.78, "1,519.78", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "daily_change", 70.00, "70.00", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "daily_pct_change", 2.71, "2.71 percent", S, "tolerance_2dp", "+2.711%.", unit="percent", ref_date=d),
        C("IXIC", "close", 2651.66, "2,651.66", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("FEDFUNDS", "lowest_since", "2006-05", "lowest level since May of last year", S, "highest_lowest_since", "The target was last at or below 4.75 on 2006-05-09 (raised to 5.00 on 2006-05-10).", unit="month", ref_date=d),
        C("SPX_BREADTH", "advancers", 490, "490 stocks", U, "series_not_in_files", "Constituent moves of the S&P 500 are not in the files.", unit="count", ref_date=d),
    ]))

# ---------------------------------------------------------------- 13
d = "2007-11-28"
P.append(dict(
    id="bizjournals_20071128_rate_cut_hopes_rally",
    source=dict(site="upstart.bizjournals.com", url="http://upstart.bizjournals.com/news-markets/top-5/2007/11/28/Rate-Cut-Hopes-Fuel-Rally.html", original_outlet="Portfolio.com / American City Business Journals (citing MarketWatch)"),
    published=d, published_confidence="exact",
    published_note="Stamped November 28, 2007, 2:30pm EST and dated in the URL. The S&P 500 and Nasdaq figures are the final closes, so the figures are treated as close-basis; the Dow figures match neither the close nor a reported final tally.",
    text=("November 28, 2007, 2:30pm EST - Rate-Cut Hopes Fuel Rally\n"
          "What does Wall Street want for Christmas? More interest-rate cuts.\n"
          "The prospect of rate cuts and hope that the worst of the credit crunch may be over stoked a powerful stock market rally.\n"
          "After rising 1.5 percent on Tuesday, the Standard & Poor's 500 stock index rose 2.8 percent today. The two-day gain "
          "of 4.3 percent was the best rally since October 2002. The Dow Jones industrial average climbed 344.46 points, or "
          "2.7 percent, to 13,302.46, while the Nasdaq composite index jumped 82.11 points, or 3.2 percent, to 2,662.91.\n"
          "Blogger Barry Ritholtz noted that until today's rally the S&P 500 had gone 19 consecutive days without "
          "back-to-back daily gains.\n"
          "Even so, the S&P 500 is still down sharply for November.\n"
          "The rally began after Fed vice chairman Donald Kohn said the Fed could be \"nimble\" if needed, raising expectations "
          "that the Fed will cut rates again, starting at its December 11 policy meeting. At the last Fed meeting, when rates "
          "were cut by a quarter point, the central bank signaled it was done easing for a while."),
    claims=[
        C("SPX", "daily_pct_change", 1.5, "rising 1.5 percent on Tuesday", S, "tolerance_1dp", "Tuesday 2007-11-27: +1.493%.", unit="percent", ref_date="2007-11-27"),
        C("SPX", "daily_pct_change", 2.8, "rose 2.8 percent today", S, "tolerance_1dp", "+2.856%, within 0.07 of 2.8.", unit="percent", ref_date=d),
        C("SPX", "two_day_pct_change", 4.3, "4.3 percent", I, "tolerance_1dp", "2007-11-26 close to 2007-11-28 close: +4.392%, 0.09 off (the sum of the two stated daily figures is 4.3).", unit="percent", ref_date=d, window="2 sessions"),
        C("SPX", "best_two_day_since", "2002-10", "best rally since October 2002", S, "biggest_since", "Last earlier two-session gain at least as big: the two days ending 2002-10-15.", unit="month", ref_date=d, window="2 sessions"),
        C("DJI", "daily_change", 344.46, "344.46", I, "tolerance_2dp", "Close-to-close change is +331.01; 344.46 is 4.1% too high (within 20%). It may be a late intraday reading (session high 13,325.87), but the other figures of the sentence are final closes.", ref_date=d),
        C("DJI", "daily_pct_change", 2.7, "or 2.7 percent", I, "tolerance_1dp", "+2.554%; 0.15 off, within max(2 pp, 10%).", unit="percent", ref_date=d),
        C("DJI", "close", 13302.46, "13,302.46", I, "tolerance_2dp", "Close 13,289.45; 13,302.46 is 0.10% off (within 1%), and inside the session range 12,958.04-13,325.87.", unit="level", ref_date=d),
        C("IXIC", "daily_change", 82.11, "82.11", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "daily_pct_change", 3.2, "3.2 percent", S, "tolerance_1dp", "+3.182%.", unit="percent", ref_date=d),
        C("IXIC", "close", 2662.91, "2,662.91", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "sessions_without_back_to_back_gains", 19, "19 consecutive days", I, "count", "The last back-to-back gain before 2007-11-28 was completed 20 sessions before Tuesday 2007-11-27 (index difference 20); 19 is one short, which an inclusive/exclusive convention or the quoted source's own count may explain. Within 20% of the count.", unit="sessions", ref_date="2007-11-27"),
        C("SPX", "mtd_pct_change", None, "still down sharply for November", S, "sign", "2007-10-31 close to 2007-11-28 close: -5.187%.", unit="percent", ref_date=d, window="MTD", comparison="negative"),
        C("FEDFUNDS", "meeting_date", "2007-12-11", "December 11 policy meeting", S, "fed", "FOMC_meetings.csv lists decision days 2007-10-31 and 2007-12-11.", unit="date", ref_date=d),
        C("FEDFUNDS", "last_change", -0.25, "cut by a quarter point", S, "fed", "At the last meeting (2007-10-31) DFEDTAR fell from 4.75 to 4.50.", unit="percentage points", ref_date="2007-10-31"),
        C("FEDFUNDS", "expected_cut", None, "cut rates again", F, "forecast", "Market expectation of a further cut; not judged (the Fed cut on 2007-12-11).", unit=None, ref_date=d, basis=None),
    ]))

# ---------------------------------------------------------------- 14
d = "2008-12-08"
P.append(dict(
    id="starbulletin_20081209_obama_infrastructure_rally",
    source=dict(site="archives.starbulletin.com", url="https://archives.starbulletin.com/content/20081209_Wall_Street_rallies_for_second_session.html", original_outlet="Associated Press via Honolulu Star-Bulletin"),
    published="2008-12-09", published_confidence="exact",
    published_note="Posted Tuesday, December 09, 2008; 'yesterday' is Monday 2008-12-08; 'Friday' is 2008-12-05.",
    text=("Wall Street rallies for second session - POSTED: Tuesday, December 09, 2008\n"
          "NEW YORK - The stock market showed renewed confidence yesterday, extending its rally and lifting the Dow Jones "
          "industrials to their highest level in a month after President-elect Barack Obama promised more infrastructure "
          "spending to lift the economy.\n"
          "The Dow advanced nearly 300 points, gaining 560 points in the last two sessions. The Dow and the Standard & Poor's "
          "500 have risen in nine out of 11 sessions as investors absorb bad economic news without the panic that shook the "
          "market through much of the fall.\n"
          "The Dow rose 298.76, or 3.46 percent, to 8,934.18, its highest close since it finished at 8,943.81 on Nov. 7. The "
          "blue-chip index, which added 259 points on Friday, is now up for December.\n"
          "The Standard & Poor's 500 index advanced 33.63, or 3.84 percent, to 909.70; and the Nasdaq composite index jumped "
          "62.43, or 4.14 percent, to 1,571.74.\n"
          "The Russell 2000 index of smaller stocks rose 20.29, or 4.40 percent, to 481.38."),
    claims=[
        C("DJI", "daily_change", 300, "nearly 300 points", S, "hedge_nearly", "+298.76; for 300 the unit is 2% (6 points), allowing 294 to 303.", qualifier="nearly", ref_date=d),
        C("DJI", "change_2_sessions", 560, "560 points", I, "tolerance_integer", "2008-12-04 close to 2008-12-08 close: +557.94 (259.18 + 298.76); 560 is rounded up, 0.4% off.", ref_date=d, window="2 sessions"),
        C("DJI,SPX", "up_days_count", 9, "nine out of 11 sessions", S, "count", "Up closes in the 11 sessions ending 2008-12-08: Dow 9, S&P 500 9.", unit="count", ref_date=d, window="11 sessions"),
        C("DJI", "daily_pct_change", 3.46, "3.46 percent", S, "tolerance_2dp", "+3.460%.", unit="percent", ref_date=d),
        C("DJI", "close", 8934.18, "8,934.18", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "highest_since", "2008-11-07", "8,943.81 on Nov. 7", S, "highest_lowest_since", "Last earlier close at or above 8,934.18: 2008-11-07 at 8,943.81.", unit="date", ref_date=d),
        C("DJI", "daily_change", 259, "added 259 points on Friday", S, "tolerance_integer", "Friday 2008-12-05: +259.18.", ref_date="2008-12-05"),
        C("DJI", "mtd_positive", True, "now up for December", S, "sign", "2008-11-28 close to 2008-12-08 close: +1.191%.", unit="flag", ref_date=d, window="MTD"),
        C("SPX", "daily_change", 33.63, "33.63", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "daily_pct_change", 3.84, "3.84 percent", S, "tolerance_2dp", "+3.839%.", unit="percent", ref_date=d),
        C("SPX", "close", 909.70, "909.70", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "daily_change", 62.43, "62.43", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "daily_pct_change", 4.14, "4.14 percent", S, "tolerance_2dp", "+4.136%.", unit="percent", ref_date=d),
        C("IXIC", "close", 1571.74, "1,571.74", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("RUT", "daily_change", 20.29, "20.29", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("RUT", "daily_pct_change", 4.40, "4.40 percent", S, "tolerance_2dp", "+4.400%.", unit="percent", ref_date=d),
        C("RUT", "close", 481.38, "481.38", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "daily_change", 298.76, "298.76", S, "tolerance_2dp", "Matches.", ref_date=d),
    ]))

# ---------------------------------------------------------------- 15
d = "2012-10-26"
P.append(dict(
    id="cnbc_20121026_indexes_fared_friday",
    source=dict(site="www.cnbc.com", url="https://www.cnbc.com/id/100053882", original_outlet="Associated Press via CNBC"),
    published=d, published_confidence="high",
    published_note="No date on the stored page; the closes, weekly and year-to-date figures all match Friday 2012-10-26.",
    text=("How the major stock indexes fared on Friday\n"
          "Stocks ended mixed on Friday after investors gave a lukewarm welcome to economic data and third-quarter earnings "
          "that offered little excitement.\n"
          "The Dow Jones industrial average and the Nasdaq eked out tiny gains, but the Standard & Poor's 500 index slipped, "
          "and more stocks fell than rose on the New York Stock Exchange.\n"
          "The Dow Jones industrial average rose 3.53 points, or 0.03 percent, to close at 13,107.21.\n"
          "The Standard & Poor's 500 index fell 1.03 points, or 0.07 percent, to 1,411.94.\n"
          "The Nasdaq composite rose 1.83 points, or 0.06 percent, to 2,987.95.\n"
          "For the week: The Dow was down 236.30 points, or 1.8 percent. The S&P 500 was down 21.25 points, or 1.5 percent. "
          "The Nasdaq was down 17.67 points, or 0.6 percent.\n"
          "For the year so far: The Dow is up 889.65 points, or 7.3 percent. The S&P 500 is up 154.34 points, or 12.3 "
          "percent. The Nasdaq is up 382.80 points, or 14.7 percent."),
    claims=[
        C("DJI", "daily_change", 3.53, "3.53", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "daily_pct_change", 0.03, "0.03 percent", S, "tolerance_2dp", "+0.027%.", unit="percent", ref_date=d),
        C("DJI", "close", 13107.21, "13,107.21", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "daily_change", -1.03, "1.03", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "daily_pct_change", -0.07, "0.07 percent", S, "tolerance_2dp", "-0.073%.", unit="percent", ref_date=d),
        C("SPX", "close", 1411.94, "1,411.94", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "daily_change", 1.83, "1.83", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "daily_pct_change", 0.06, "0.06 percent", S, "tolerance_2dp", "+0.061%.", unit="percent", ref_date=d),
        C("IXIC", "close", 2987.95, "2,987.95", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "week_change", -236.30, "236.30", S, "tolerance_2dp", "Friday 2012-10-19 close to 2012-10-26 close.", ref_date=d, window="week"),
        C("DJI", "week_pct_change", -1.8, "1.8 percent", S, "tolerance_1dp", "-1.771%.", unit="percent", ref_date=d, window="week"),
        C("SPX", "week_change", -21.25, "21.25", S, "tolerance_2dp", "Matches.", ref_date=d, window="week"),
        C("SPX", "week_pct_change", -1.5, "1.5 percent", S, "tolerance_1dp", "-1.483%.", unit="percent", ref_date=d, window="week"),
        C("IXIC", "week_change", -17.67, "17.67", S, "tolerance_2dp", "Matches.", ref_date=d, window="week"),
        C("IXIC", "week_pct_change", -0.6, "0.6 percent", S, "tolerance_1dp", "-0.588%.", unit="percent", ref_date=d, window="week"),
        C("DJI", "ytd_change", 889.65, "889.65", S, "tolerance_2dp", "2011-12-30 close to 2012-10-26 close.", ref_date=d, window="YTD"),
        C("DJI", "ytd_pct_change", 7.3, "7.3 percent", S, "tolerance_1dp", "+7.282%.", unit="percent", ref_date=d, window="YTD"),
        C("SPX", "ytd_change", 154.34, "154.34", S, "tolerance_2dp", "Matches.", ref_date=d, window="YTD"),
        C("SPX", "ytd_pct_change", 12.3, "12.3", S, "tolerance_1dp", "+12.273%.", unit="percent", ref_date=d, window="YTD"),
        C("IXIC", "ytd_change", 382.80, "382.80", S, "tolerance_2dp", "Matches.", ref_date=d, window="YTD"),
        C("IXIC", "ytd_pct_change", 14.7, "14.7 percent", S, "tolerance_1dp", "+14.694%.", unit="percent", ref_date=d, window="YTD"),
        C("NYSE", "breadth", None, "more stocks fell than rose", U, "series_not_in_files", "NYSE advance/decline counts are not in the files.", unit=None, ref_date=d),
    ]))

# ---------------------------------------------------------------- 16
d = "1998-09-30"
P.append(dict(
    id="baltimoresun_19981001_worst_quarter_in_eight_years",
    source=dict(site="articles.baltimoresun.com", url="http://articles.baltimoresun.com/1998-10-01/business/1998274156_1_composite-index-dow-average-slumped", original_outlet="Bloomberg News via The Baltimore Sun"),
    published="1998-10-01", published_confidence="exact",
    published_note="Dated October 01, 1998 on the page and in the URL; 'yesterday' is Wednesday 1998-09-30, the last session of the quarter. Earlier corpora may cover this session from other outlets.",
    text=("Stocks tumble, Dow falls 237 points; Worst quarter in 8 years leaves blue-chip index down 0.8% for the year\n"
          "October 01, 1998 | By BLOOMBERG NEWS\n"
          "NEW YORK -- U.S. stocks fell yesterday, ending the worst quarter in eight years. Lucent Technologies and other "
          "telecom equipment makers led the decline.\n"
          "The Dow Jones industrial average slumped 237.90, or 2.9 percent, to 7,842.62. The Standard & Poor's 500 index lost "
          "32.01, or 3.1 percent, to 1,017.01. The Nasdaq composite index declined 40.21, or 2.3 percent, to 1,693.84.\n"
          "In the past three months, the Dow average has lost 1,105 points, or 12 percent. The S&P 500 dropped 10 percent, and "
          "the Nasdaq declined 11 percent.\n"
          "On July 17, the Dow average was up 18 percent for the year. By the end of August, that had turned into a 5 percent "
          "decline. The blue-chip average is now down 0.8 percent for 1998.\n"
          "Among other broad indexes, the Russell 2,000 index of small-capitalization stocks lost 2.21, to 363.59."),
    claims=[
        C("SPX", "worst_quarter_since", "1990-Q3", "worst quarter in eight years", S, "biggest_since", "Decided on the S&P 500 (the Dow file starts in 1992): the last quarter at least as bad as 1998-Q3 is 1990-Q3, eight years earlier; the Nasdaq gives the same quarter.", unit="quarter", ref_date=d, window="1998-Q3"),
        C("DJI", "daily_change", -237.90, "237.90", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "daily_pct_change", -2.9, "2.9 percent", S, "tolerance_1dp", "-2.944%.", unit="percent", ref_date=d),
        C("DJI", "close", 7842.62, "7,842.62", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "daily_change", -32.01, "32.01", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("SPX", "daily_pct_change", -3.1, "3.1 percent", S, "tolerance_1dp", "-3.051%.", unit="percent", ref_date=d),
        C("SPX", "close", 1017.01, "1,017.01", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "daily_change", -40.21, "40.21", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("IXIC", "daily_pct_change", -2.3, "2.3 percent", S, "tolerance_1dp", "-2.319%.", unit="percent", ref_date=d),
        C("IXIC", "close", 1693.84, "1,693.84", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "quarter_change", -1105, "1,105 points", I, "tolerance_integer", "1998-06-30 close 8,952.02 to 7,842.62: -1,109.40; 4.4 points (0.4%) off.", ref_date=d, window="1998-Q3"),
        C("DJI", "quarter_pct_change", -12, "or 12 percent", S, "tolerance_integer", "-12.393%.", unit="percent", ref_date=d, window="1998-Q3"),
        C("SPX", "quarter_pct_change", -10, "dropped 10 percent", S, "tolerance_integer", "-10.304%.", unit="percent", ref_date=d, window="1998-Q3"),
        C("IXIC", "quarter_pct_change", -11, "declined 11 percent", S, "tolerance_integer", "-10.603%.", unit="percent", ref_date=d, window="1998-Q3"),
        C("DJI", "ytd_pct_change", 18, "up 18 percent for the year", S, "tolerance_integer", "1997-12-31 close 7,908.25 to 1998-07-17 close: +18.078%.", unit="percent", ref_date="1998-07-17", window="YTD"),
        C("DJI", "ytd_pct_change", -5, "5 percent", S, "tolerance_integer", "YTD to 1998-08-31: -4.669%.", unit="percent", ref_date="1998-08-31", window="YTD"),
        C("DJI", "ytd_pct_change", -0.8, "down 0.8 percent for 1998", S, "tolerance_1dp", "YTD to 1998-09-30: -0.831% (also in the headline as 0.8%).", unit="percent", ref_date=d, window="YTD"),
        C("RUT", "daily_change", -2.21, "2.21", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("RUT", "close", 363.59, "363.59", S, "tolerance_2dp", "Matches.", ref_date=d),
        C("DJI", "daily_change", -237, "Dow falls 237 points", I, "tolerance_integer", "Headline figure truncates -237.90 (would round to 238); a truncated figure is imprecise.", ref_date=d),
    ]))


def main():
    R.DATA_DIR = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not R.DATA_DIR:
        sys.exit("give the data directory as argv[1] or CAPSCOPE_DATA_DIR")
    passages, keys = [], []
    for p in P:
        claims = []
        for i, c in enumerate(p["claims"]):
            assert p["text"].count(c["anchor"]) == 1, (p["id"], i, c["anchor"], p["text"].count(c["anchor"]))
            expr = R.RECIPES[(p["id"], i)]
            val = json.loads(json.dumps(R.compute(expr)))
            claims.append({k: c[k] for k in ("index_or_ticker", "metric", "value", "unit", "qualifier", "ref_date",
                                              "window", "comparison", "basis")})
            keys.append(dict(passage_id=p["id"], claim_index=i, index_or_ticker=c["index_or_ticker"], metric=c["metric"],
                             claimed_value=c["value"], qualifier=c["qualifier"], ref_date_used=c["ref_date"],
                             computed_value=val,
                             computed_detail=c["detail"] + ("reference.py: " + expr if expr else "nothing in the files computes it"),
                             verdict=c["verdict"], rule=c["rule"], note=c["note"], anchor_text=c["anchor"]))
        missing = [k for k in R.RECIPES if k[0] == p["id"] and k[1] >= len(p["claims"])]
        assert not missing, missing
        passages.append(dict(id=p["id"], source=p["source"], published=p["published"],
                             published_confidence=p["published_confidence"], published_note=p["published_note"],
                             text_kind="condensed_close_paraphrase", text=p["text"], claims=claims))
    with open(os.path.join(HERE, "passages.jsonl"), "w") as f:
        for x in passages:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w") as f:
        for x in keys:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(len(passages), "passages,", len(keys), "claims")


if __name__ == "__main__":
    main()
