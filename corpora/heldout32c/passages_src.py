"""Passage texts and claim specs for heldout32c. Each claim:
(ticker, metric, value, unit, qualifier, ref_date, window, comparison, basis, recipe, judge, anchor, note)
judge: ("num", kind, dp) | ("eq",) | ("fixed", verdict, rule)."""

def C(t, metric, value, unit, qual, ref, window, comp, basis, recipe, judge, anchor, note=""):
    return dict(index_or_ticker=t, metric=metric, value=value, unit=unit, qualifier=qual,
                ref_date=ref, window=window, comparison=comp, basis=basis,
                recipe=recipe, judge=judge, anchor=anchor, note=note)

U_SERIES = ("fixed", "unverifiable", "series not in the files")
U_MID = ("fixed", "unverifiable", "mid-session figure inside the session's low-high range")
N_GEN = ("fixed", "not_checkable", "generic statement / on pace / quoted opinion")
F_FC = ("fixed", "forecast", "projection or target; not judged")

P = []

# 1 -------------------------------------------------------------------------
P.append(dict(
    id="csmonitor_19990927_market_monitor",
    source=dict(site="csmonitor.com", url="https://www.csmonitor.com/layout/set/amphtml/1999/0927/p12s3.html",
                original_outlet="The Christian Science Monitor"),
    published="1999-09-27", published_confidence="exact",
    published_note="Dated September 27, 1999 on the page (a Monday); the table gives Friday's closes, i.e. 1999-09-24.",
    text=("Market Monitor, September 27, 1999. Stock indexes at Friday's close, with the percent change since Jan. 1: "
          "Dow Jones Industrial Average (30 giant companies) 10279.33, 12.0%; Standard & Poor's 500 (500 large companies) "
          "1277.36, 4.0; Nasdaq Composite (mostly tech and small companies) 2740.41, 2.5; Russell 2000 (2,000 small "
          "companies) 417.09, -0.01. Interest rates on Friday against the start of the year: 30-Year Treasury bond 5.98% "
          "against 5.04%."),
    claims=[
        C("DJI", "close", 10279.33, "points", None, "1999-09-24", "1d", None, "close", "close('DJI','1999-09-24')", ("num", "level", 2), "10279.33"),
        C("DJI", "ytd_return", 12.0, "pct", None, "1999-09-24", "YTD", None, "close", "ytd_pct('DJI','1999-09-24')", ("num", "pct", 1), "12.0%"),
        C("SPX", "close", 1277.36, "points", None, "1999-09-24", "1d", None, "close", "close('SPX','1999-09-24')", ("num", "level", 2), "1277.36"),
        C("SPX", "ytd_return", 4.0, "pct", None, "1999-09-24", "YTD", None, "close", "ytd_pct('SPX','1999-09-24')", ("num", "pct", 1), "1277.36, 4.0",
          "True 3.92%: 0.08 off a one-decimal figure, just outside the tolerance."),
        C("IXIC", "close", 2740.41, "points", None, "1999-09-24", "1d", None, "close", "close('IXIC','1999-09-24')", ("num", "level", 2), "2740.41"),
        C("IXIC", "ytd_return", 2.5, "pct", None, "1999-09-24", "YTD", None, "close", "ytd_pct('IXIC','1999-09-24')", ("num", "pct", 1), "2740.41, 2.5",
          "The Nasdaq was up 24.98% for 1999 by then; the stored table shows 2.5, probably a lost digit of 25.0, but the figure is judged as written."),
        C("RUT", "close", 417.09, "points", None, "1999-09-24", "1d", None, "close", "close('RUT','1999-09-24')", ("num", "level", 2), "417.09"),
        C("RUT", "ytd_return", -0.01, "pct", None, "1999-09-24", "YTD", None, "close", "ytd_pct('RUT','1999-09-24')", ("num", "pct", 2), "417.09, -0.01",
          "True -1.15% (RUT 1998 close 421.96). The sign agrees but the size does not; perhaps a mangled -1.0 in the stored table."),
        C("US30Y", "yield", 5.98, "pct", None, "1999-09-24", "1d", None, "end of day", "None", U_SERIES, "5.98%",
          "No 30-year series in the files (DGS10 on 1999-09-24 was 5.75, for reference only)."),
        C("US30Y", "yield", 5.04, "pct", None, "1998-12-31", "start of year", None, "end of day", "None", U_SERIES, "5.04%",
          "No 30-year series in the files."),
    ]))

# 2 -------------------------------------------------------------------------
P.append(dict(
    id="deseret_20010324_bonds_fall_stocks_rise",
    source=dict(site="deseret.com", url="https://www.deseret.com/2001/3/24/19576728/bonds-fall-as-prices-of-stocks-rise/",
                original_outlet="Associated Press via Deseret News"),
    published="2001-03-24", published_confidence="exact",
    published_note="Date in the URL (Saturday 2001-03-24); the text is about Friday 2001-03-23.",
    text=("NEW YORK — Bond prices slid on Friday while stocks climbed on Wall Street. The benchmark 10-year Treasury note "
          "lost 1/2 point, and its yield rose to 4.80 percent from 4.73 percent late Thursday. The 30-year Treasury bond "
          "gave up 5/8 point to yield 5.31 percent, against 5.26 percent a day earlier, according to Bridge Telerate. The "
          "bond selloff came as the Dow Jones industrial average gained 115.30 to close at 9,504.78. The NASDAQ composite "
          "index rose 30.98 to 1,928.68, and Wall Street's broadest measure, the Standard & Poor's 500, added 22.25 to "
          "1,139.83. The federal funds rate, the interest on overnight loans between banks, held steady at 5.06 percent."),
    claims=[
        C("US10Y", "yield", 4.80, "pct", None, "2001-03-23", "1d", None, "end of day", "yield_on('DGS10','2001-03-23')", ("num", "pct", 2), "4.80 percent"),
        C("US10Y", "yield", 4.73, "pct", None, "2001-03-22", "1d", "late Thursday", "end of day", "yield_on('DGS10','2001-03-22')", ("num", "pct", 2), "4.73 percent"),
        C("US30Y", "yield", 5.31, "pct", None, "2001-03-23", "1d", None, "end of day", "None", U_SERIES, "5.31 percent", "No 30-year series in the files."),
        C("US30Y", "yield", 5.26, "pct", None, "2001-03-22", "1d", None, "end of day", "None", U_SERIES, "5.26 percent", "No 30-year series in the files."),
        C("DJI", "change_points", 115.30, "points", None, "2001-03-23", "1d", None, "close", "chg('DJI','2001-03-23')", ("num", "points", 2), "115.30"),
        C("DJI", "close", 9504.78, "points", None, "2001-03-23", "1d", None, "close", "close('DJI','2001-03-23')", ("num", "level", 2), "9,504.78"),
        C("IXIC", "change_points", 30.98, "points", None, "2001-03-23", "1d", None, "close", "chg('IXIC','2001-03-23')", ("num", "points", 2), "30.98"),
        C("IXIC", "close", 1928.68, "points", None, "2001-03-23", "1d", None, "close", "close('IXIC','2001-03-23')", ("num", "level", 2), "1,928.68"),
        C("SPX", "change_points", 22.25, "points", None, "2001-03-23", "1d", None, "close", "chg('SPX','2001-03-23')", ("num", "points", 2), "22.25"),
        C("SPX", "close", 1139.83, "points", None, "2001-03-23", "1d", None, "close", "close('SPX','2001-03-23')", ("num", "level", 2), "1,139.83"),
        C("FEDFUNDS", "fed_funds_market_rate", 5.06, "pct", None, "2001-03-23", "1d", "steady", "intraday quote", "dff('2001-03-23')",
          ("fixed", "unverifiable", "intraday rate quote; the files hold only the daily effective average"), "5.06 percent",
          "A broker quote of the overnight rate during the day. DFF (daily effective average) was 4.94 on 2001-03-23 and 5.04 on 2001-03-22; the target had been cut to 5.00 on 2001-03-20. The files cannot give the intraday quote."),
    ]))

# 3 -------------------------------------------------------------------------
P.append(dict(
    id="standard_20031128_wall_street_friday_close",
    source=dict(site="standard.co.uk", url="https://article-swipe.standard.co.uk/hp/front/wall-street-friday-close-6941710.html",
                original_outlet="Evening Standard (wire copy)"),
    published="2003-11-28", published_confidence="high",
    published_note="No date on the stored page; the Dow close 9,782.46 and the Nasdaq close 1,960.26 match Friday 2003-11-28 (the day after Thanksgiving) in the files, and the text gives November's monthly changes.",
    text=("Wall Street: Friday close. Technology shares rose after figures showed a strong jump in semiconductor sales last "
          "month, while blue chips barely moved on worries about a weak dollar, in a thinly staffed, shortened session the "
          "day after the Thanksgiving holiday. At the close, the Nasdaq Composite Index was up 6.95 points, or 0.36% at "
          "1,960.26. The Dow Jones industrial average notched up its fifth straight winning session, up 2.89 points, or "
          "0.03% at 9,782.46. The major indexes all rose for the week, reversing two previous weeks of losses: the Dow "
          "rose 1.6% for the week, Nasdaq rose 3.5% while the S&P 500 was up 2.2%. For the month of November, the Dow fell "
          "0.2%, Nasdaq was up 1.5% and the S&P 500 added 0.7%. The Dow has risen in seven of the past nine months, while "
          "the S&P 500 has gained in eight of the last nine months. November's gain for the Nasdaq marked the ninth "
          "monthly gain in the last 10 months."),
    claims=[
        C("IXIC", "change_points", 6.95, "points", None, "2003-11-28", "1d", None, "close", "chg('IXIC','2003-11-28')", ("num", "points", 2), "6.95 points"),
        C("IXIC", "change_pct", 0.36, "pct", None, "2003-11-28", "1d", None, "close", "pct('IXIC','2003-11-28')", ("num", "pct", 2), "0.36%"),
        C("IXIC", "close", 1960.26, "points", None, "2003-11-28", "1d", None, "close", "close('IXIC','2003-11-28')", ("num", "level", 2), "1,960.26"),
        C("DJI", "win_streak", 5, "sessions", None, "2003-11-28", "streak", None, "close", "streak('DJI','2003-11-28')", ("num", "count", 0), "fifth straight winning session"),
        C("DJI", "change_points", 2.89, "points", None, "2003-11-28", "1d", None, "close", "chg('DJI','2003-11-28')", ("num", "points", 2), "2.89 points"),
        C("DJI", "change_pct", 0.03, "pct", None, "2003-11-28", "1d", None, "close", "pct('DJI','2003-11-28')", ("num", "pct", 2), "0.03%"),
        C("DJI", "close", 9782.46, "points", None, "2003-11-28", "1d", None, "close", "close('DJI','2003-11-28')", ("num", "level", 2), "9,782.46"),
        C("DJI", "prior_down_weeks", 2, "weeks", None, "2003-11-28", "weeks before 2003-11-24", None, "close", "weeks_down_before('DJI','2003-11-28')", ("num", "count", 0), "two previous weeks of losses",
          "Checked on the Dow; the S&P 500 and Nasdaq give the same count (weeks_down_before('SPX'/'IXIC', ...) = 2)."),
        C("DJI", "week_return", 1.6, "pct", None, "2003-11-28", "week", None, "close", "week_pct('DJI','2003-11-28')", ("num", "pct", 1), "the Dow rose 1.6%"),
        C("IXIC", "week_return", 3.5, "pct", None, "2003-11-28", "week", None, "close", "week_pct('IXIC','2003-11-28')", ("num", "pct", 1), "Nasdaq rose 3.5%"),
        C("SPX", "week_return", 2.2, "pct", None, "2003-11-28", "week", None, "close", "week_pct('SPX','2003-11-28')", ("num", "pct", 1), "up 2.2%"),
        C("DJI", "month_return", -0.2, "pct", None, "2003-11-28", "2003-11", None, "close", "month_pct('DJI','2003-11')", ("num", "pct", 1), "Dow fell 0.2%"),
        C("IXIC", "month_return", 1.5, "pct", None, "2003-11-28", "2003-11", None, "close", "month_pct('IXIC','2003-11')", ("num", "pct", 1), "Nasdaq was up 1.5%"),
        C("SPX", "month_return", 0.7, "pct", None, "2003-11-28", "2003-11", None, "close", "month_pct('SPX','2003-11')", ("num", "pct", 1), "added 0.7%"),
        C("DJI", "up_months", 7, "months", None, "2003-11-28", "9 months to 2003-11", None, "month-end close", "up_months('DJI','2003-11',9)", ("num", "count", 0), "seven of the past nine months"),
        C("SPX", "up_months", 8, "months", None, "2003-11-28", "9 months to 2003-11", None, "month-end close", "up_months('SPX','2003-11',9)", ("num", "count", 0), "eight of the last nine months"),
        C("IXIC", "up_months", 9, "months", None, "2003-11-28", "10 months to 2003-11", None, "month-end close", "up_months('IXIC','2003-11',10)", ("num", "count", 0), "ninth monthly gain in the last 10 months"),
    ]))

# 4 -------------------------------------------------------------------------
P.append(dict(
    id="cnnmoney_20061214_dow_guns_for_record",
    source=dict(site="money.cnn.com", url="http://money.cnn.com/2006/12/14/markets/markets_300/",
                original_outlet="CNNMoney.com"),
    published="2006-12-14", published_confidence="exact",
    published_note="Date in the URL; an afternoon update written 'with about an hour left in trading' on Thursday 2006-12-14.",
    text=("Dow guns for new closing record. NEW YORK (CNNMoney.com) -- Stocks surged Thursday, with the Dow looking to set a "
          "new closing record, as investors cheered strong bank earnings, a drop in jobless claims and a tech rebound. With "
          "about an hour left in trading, the Dow Jones industrial average was up 99.42 to 12,416.92, having added 0.9 "
          "percent. The broader S&P 500 index (up 13.08 to 1,426.29) and the tech-fueled Nasdaq (up 25.72 to 2,458.13) "
          "each jumped about 1 percent. Year-to-date, the Dow is up nearly 15 percent, the S&P 500 is up over 13 percent "
          "and the Nasdaq is up more than 10 percent. The Russell 2000 small-cap index (up 7.40 to 796.15) has risen more "
          "than 17 percent this year. Citigroup raised its targets and now expects the Dow to top 14,000 and the S&P to "
          "hit 1,600, implying double-digit gains by the end of 2007."),
    claims=[
        C("DJI", "record_close", None, "flag", None, "2006-12-14", "1d", "looking to set", "afternoon", "highest_since('DJI','2006-12-14')", N_GEN, "looking to set a new closing record",
          "An intention, not a fact. For reference the Dow did close at 12,416.76, above every earlier close in the file (highest_since returns None)."),
        C("DJI", "level", 12416.92, "points", None, "2006-12-14", "1d", None, "afternoon", "close('DJI','2006-12-14')", U_MID, "12,416.92",
          "Session range 12,307.01-12,431.26; close 12,416.76. The prior close implied by 12,416.92-99.42 is 12,317.50, exactly the file's 2006-12-13 close."),
        C("DJI", "change_pct", 0.9, "pct", None, "2006-12-14", "1d", None, "afternoon", "pct_at_level('DJI','2006-12-14',12416.92)", ("num", "pct", 1), "added 0.9",
          "Judged on the passage's own arithmetic: 99.42 points on 12,317.50 is 0.81%, not 0.9% (the close-basis change was also 0.81%)."),
        C("SPX", "level", 1426.29, "points", None, "2006-12-14", "1d", None, "afternoon", "close('SPX','2006-12-14')", U_MID, "1,426.29",
          "Session range 1,413.16-1,427.23; close 1,425.49."),
        C("SPX", "change_pct", 1, "pct", "about", "2006-12-14", "1d", None, "afternoon", "pct_at_level('SPX','2006-12-14',1426.29)", ("num", "pct", 0), "(up 13.08 to 1,426.29)",
          "13.08 points on the 1,413.21 prior close is 0.93%; the close-basis change was 0.87%. Both fit 'about 1 percent'."),
        C("IXIC", "level", 2458.13, "points", None, "2006-12-14", "1d", None, "afternoon", "close('IXIC','2006-12-14')", U_MID, "2,458.13",
          "Session range 2,435.75-2,461.31; close 2,453.85."),
        C("IXIC", "change_pct", 1, "pct", "about", "2006-12-14", "1d", None, "afternoon", "pct_at_level('IXIC','2006-12-14',2458.13)", ("num", "pct", 0), "each jumped about 1 percent",
          "25.72 points on 2,432.41 is 1.06%; close basis 0.88%. Both fit."),
        C("DJI", "ytd_return", 15, "pct", "nearly", "2006-12-14", "YTD", None, "afternoon", "ytd_pct('DJI','2006-12-14')", ("num", "pct", 0), "the Dow is up nearly 15 percent",
          "The Dow was up 15.86% YTD at the close (15.86% at the quoted level, 14.83% even at the session low): above 15, so 'nearly 15' understates it by more than half a point. Close to the truth: imprecise."),
        C("SPX", "ytd_return", 13, "pct", "over", "2006-12-14", "YTD", None, "afternoon", "ytd_pct('SPX','2006-12-14')", ("num", "pct", 0), "up over 13 percent",
          "Close basis 14.20%; at the session low ytd_at('SPX','2006-12-14','low') = 13.21%: both above 13."),
        C("IXIC", "ytd_return", 10, "pct", "more than", "2006-12-14", "YTD", None, "afternoon", "ytd_pct('IXIC','2006-12-14')", ("num", "pct", 0), "up more than 10 percent",
          "Close basis 11.27%; at the session low 10.45%."),
        C("RUT", "level", 796.15, "points", None, "2006-12-14", "1d", None, "afternoon", "close('RUT','2006-12-14')", U_MID, "796.15",
          "Session range 789.31-798.62; close 794.22. The quoted +7.40 implies a prior close of 788.75, the file's 2006-12-13 close."),
        C("RUT", "ytd_return", 17, "pct", "more than", "2006-12-14", "YTD", None, "afternoon", "ytd_pct('RUT','2006-12-14')", ("num", "pct", 0), "more than 17 percent",
          "Close basis 17.97%; at the session low 17.24%."),
        C("DJI", "target_level", 14000, "points", None, "2007-12-31", "end of 2007", "top", "forecast", "None", F_FC, "top 14,000",
          "Citigroup target. (The Dow did close above 14,000 in July and October 2007 but ended 2007 at 13,264.82; not judged.)"),
        C("SPX", "target_level", 1600, "points", None, "2007-12-31", "end of 2007", None, "forecast", "None", F_FC, "hit 1,600",
          "Citigroup target; not judged."),
    ]))

# 5 -------------------------------------------------------------------------
P.append(dict(
    id="msnbc_20071119_dow_below_13000",
    source=dict(site="nbcnews.com", url="http://www.nbcnews.com/id/21896229/ns/business-stocks_and_economy/",
                original_outlet="The Associated Press via msnbc.com"),
    published="2007-11-19", published_confidence="high",
    published_note="The stored page shows no date; the story is about a Monday on which the Dow closed below 13,000 after Goldman's bank downgrade and the NAHB November survey: Monday 2007-11-19 (close 12,958.44, -218.35).",
    text=("Dow closes below 13,000 amid credit worries. Wall Street resumed its slide Monday as investors absorbed a gloomy "
          "outlook for banks and bleak housing news. The major stock market indexes each fell more than 1.5 percent, with "
          "the Dow Jones industrial average giving up more than 200 points. Goldman Sachs' downgrade of large banks, and "
          "its estimate that Citigroup would have to write down $15 billion over the next two quarters, unnerved Wall "
          "Street. The National Association of Home Builders' November housing index stayed at its lowest-ever level; the "
          "survey began in 1985."),
    claims=[
        C("DJI", "close_below", 13000, "points", "below", "2007-11-19", "1d", None, "close", "close('DJI','2007-11-19')", ("num", "less", 0), "Dow closes below 13,000"),
        C("DJI", "change_points", -200, "points", "more than", "2007-11-19", "1d", None, "close", "chg('DJI','2007-11-19')", ("num", "points", 0), "more than 200 points"),
        C("DJI", "change_pct", -1.5, "pct", "more than", "2007-11-19", "1d", None, "close", "pct('DJI','2007-11-19')", ("num", "pct", 1), "each fell more than 1.5 percent",
          "One sentence, three indexes: this record is the Dow (-1.66%)."),
        C("SPX", "change_pct", -1.5, "pct", "more than", "2007-11-19", "1d", None, "close", "pct('SPX','2007-11-19')", ("num", "pct", 1), "The major stock market indexes",
          "Same sentence, S&P 500 (-1.75%)."),
        C("IXIC", "change_pct", -1.5, "pct", "more than", "2007-11-19", "1d", None, "close", "pct('IXIC','2007-11-19')", ("num", "pct", 1), "Wall Street resumed its slide Monday",
          "Same sentence, Nasdaq (-1.66%); 'resumed its slide' fits the previous Friday's small loss being followed by a larger one."),
        C("US_HOUSING", "nahb_index", None, "index", None, "2007-11-19", "November 2007", "lowest-ever", "survey", "None", U_SERIES, "lowest-ever level",
          "Builder sentiment survey, not in the files."),
    ]))

# 6 -------------------------------------------------------------------------
P.append(dict(
    id="pasadenastarnews_20081128_short_session_gains",
    source=dict(site="pasadenastarnews.com", url="https://www.pasadenastarnews.com/2008/11/28/wall-street-ends-short-session-with-gains/",
                original_outlet="Associated Press via Pasadena Star-News"),
    published="2008-11-28", published_confidence="exact",
    published_note="Date in the URL; the session is Friday 2008-11-28, the half-day after Thanksgiving.",
    text=("NEW YORK – Wall Street kept a broad winning streak going Friday, handing blue chip stocks their fifth straight "
          "advance as investors looked for clues about the holiday shopping season. The market closed three hours early "
          "the day after Thanksgiving and locked in gains of 9.7 percent for the week for the Dow Jones industrial average "
          "and 12 percent for the broader Standard & Poor's 500 index. The Nasdaq, which had moderate losses earlier in "
          "the week, still logged a weekly advance of 10.9 percent. Analysts largely discounted Friday's moves as coming "
          "on light volume. Only last week, the S&P 500 posted its lowest close since 1997."),
    claims=[
        C("DJI", "win_streak", 5, "sessions", None, "2008-11-28", "streak", None, "close", "streak('DJI','2008-11-28')", ("num", "count", 0), "fifth straight"),
        C("DJI", "week_return", 9.7, "pct", None, "2008-11-28", "week", None, "close", "week_pct('DJI','2008-11-28')", ("num", "pct", 1), "9.7 percent"),
        C("SPX", "week_return", 12, "pct", None, "2008-11-28", "week", None, "close", "week_pct('SPX','2008-11-28')", ("num", "pct", 0), "12 percent"),
        C("IXIC", "week_return", 10.9, "pct", None, "2008-11-28", "week", None, "close", "week_pct('IXIC','2008-11-28')", ("num", "pct", 1), "10.9 percent"),
        C("SPX", "lowest_since_year", 1997, "year", None, "2008-11-20", "since", "lowest close since", "close", "lowest_since('SPX','2008-11-20')", ("year",), "lowest close since 1997",
          "Thursday 2008-11-20 close 752.44, the lowest since 1997-04-14 (737.65)."),
    ]))

# 7 -------------------------------------------------------------------------
P.append(dict(
    id="forbes_20081201_fourth_worst_point_drop",
    source=dict(site="zzpat.tripod.com", url="https://zzpat.tripod.com/cvb/dec_2008/fourth_worst_drop_for_dow.html",
                original_outlet="Associated Press (Sara Lepro and Tim Paradis) via Forbes, reposted"),
    published="2008-12-01", published_confidence="exact",
    published_note="The repost gives 'Forbes, December 1, 2008'; the session is Monday 2008-12-01.",
    text=("Fourth-worst drop ever for Dow. Forbes, December 1, 2008. The stock market had one of its worst days since the "
          "financial meltdown on Monday, slicing 680 points off the Dow Jones industrial average as Wall Street woke from "
          "its rally daydream to face a recession. Stocks not only ended their five-day winning streak, they erased more "
          "than half the gains. The Standard & Poor's 500 stock index lost nearly 9 percent. The National Bureau of "
          "Economic Research finally declared a recession, in progress since December 2007. All 30 of the stocks in the "
          "Dow finished lower. The Dow lost 679.95 points to close at about 8,149. Only three days in market history have "
          "seen bigger point losses for the Dow - the Monday after the Sept. 11 attacks, and Sept. 29 and Oct. 15 of this "
          "year. The yield on the three-month Treasury bill slipped to a very slim 0.03 percent."),
    claims=[
        C("DJI", "change_points", -680, "points", None, "2008-12-01", "1d", None, "close", "chg('DJI','2008-12-01')", ("num", "points", 0), "680 points"),
        C("DJI", "prior_win_streak", 5, "sessions", None, "2008-11-28", "streak", "ended", "close", "streak('DJI','2008-11-28')", ("num", "count", 0), "five-day winning streak",
          "Dow and S&P 500 both had five straight gains to 2008-11-28 (the Nasdaq only two)."),
        C("DJI", "loss_share_of_streak_gain", 0.5, "ratio", "more than", "2008-12-01", "5-day run", None, "close", "loss_share_of_run('DJI','2008-12-01')", ("num", "ratio", 1), "more than half the gains",
          "The 679.95-point loss against the 1,276.75-point run from 7,552.29 (2008-11-20) to 8,829.04: 53%. S&P 500: 80.03 of 143.80, 56%."),
        C("SPX", "change_pct", -9, "pct", "nearly", "2008-12-01", "1d", None, "close", "pct('SPX','2008-12-01')", ("num", "pct", 0), "nearly 9 percent"),
        C("US_GDP", "recession_start", "2007-12", "month", None, "2008-12-01", None, None, "NBER", "None", U_SERIES, "since December 2007",
          "NBER business-cycle dating; not a market series in the files."),
        C("DJI", "components_down", 30, "stocks", None, "2008-12-01", "1d", None, "close", "None", U_SERIES, "All 30 of the stocks",
          "Component prices are not in the files."),
        C("DJI", "change_points", -679.95, "points", None, "2008-12-01", "1d", None, "close", "chg('DJI','2008-12-01')", ("num", "points", 2), "679.95"),
        C("DJI", "close", 8149, "points", "about", "2008-12-01", "1d", None, "close", "close('DJI','2008-12-01')", ("num", "level", 0), "about 8,149"),
        C("DJI", "bigger_point_drops", 3, "sessions", None, "2008-12-01", "file history", None, "close", "bigger_point_drops('DJI','2008-12-01')", ("num", "count", 0), "Only three days",
          "The three bigger drops in the file are 2008-09-29 (-777.68), 2008-10-15 (-733.08) and 2001-09-17 (-684.81), the days the text names. The file starts in 1992; no pre-1992 drop came near 680 points (1987-10-19 was 508)."),
        C("US3M", "yield", 0.03, "pct", None, "2008-12-01", "1d", None, "end of day", "None", U_SERIES, "0.03 percent", "No T-bill series in the files."),
    ]))

# 8 -------------------------------------------------------------------------
P.append(dict(
    id="cnbc_20081119_dow_below_8000",
    source=dict(site="cnbc.com", url="http://www.cnbc.com/id/27808036", original_outlet="CNBC"),
    published="2008-11-19", published_confidence="high",
    published_note="No date on the stored page; the closes (Dow 7,997.28, S&P 806.58, Nasdaq 1,386.42) match Wednesday 2008-11-19 in the files.",
    text=("Dow Ends Below 8,000, More Than 5-Year Low. Stocks plunged to a more than five-year low amid worries about the "
          "fate of the auto industry, and of the economy, as a bailout for the sector looked less and less likely. The "
          "Dow Jones Industrial Average tumbled 427.47, or 5.1 percent, to close at 7997.28. The last time the Dow ended "
          "below 8,000 was in March 2003. The S&P 500 index shed 6.1 percent to close at 806.58, while the Nasdaq lost "
          "6.5 percent to close at 1386.42. Financials were the hardest hit, down a whopping 12 percent."),
    claims=[
        C("DJI", "change_points", -427.47, "points", None, "2008-11-19", "1d", None, "close", "chg('DJI','2008-11-19')", ("num", "points", 2), "427.47"),
        C("DJI", "change_pct", -5.1, "pct", None, "2008-11-19", "1d", None, "close", "pct('DJI','2008-11-19')", ("num", "pct", 1), "5.1 percent"),
        C("DJI", "close", 7997.28, "points", None, "2008-11-19", "1d", None, "close", "close('DJI','2008-11-19')", ("num", "level", 2), "7997.28"),
        C("DJI", "last_close_below", "2003-03", "month", None, "2008-11-19", "since", "last close below 8,000", "close", "last_below('DJI','2008-11-19',8000)", ("month",), "in March 2003",
          "Last earlier close below 8,000: 2003-03-31 (7,992.13)."),
        C("DJI", "lowest_in_years", 5, "years", "more than", "2008-11-19", "since", "lowest since", "close", "years_between(lowest_since('DJI','2008-11-19'),'2008-11-19')", ("num", "more", 0), "More Than 5-Year Low",
          "Lowest close since 2003-03-31, 5.6 years earlier."),
        C("SPX", "change_pct", -6.1, "pct", None, "2008-11-19", "1d", None, "close", "pct('SPX','2008-11-19')", ("num", "pct", 1), "6.1 percent"),
        C("SPX", "close", 806.58, "points", None, "2008-11-19", "1d", None, "close", "close('SPX','2008-11-19')", ("num", "level", 2), "806.58"),
        C("IXIC", "change_pct", -6.5, "pct", None, "2008-11-19", "1d", None, "close", "pct('IXIC','2008-11-19')", ("num", "pct", 1), "6.5 percent"),
        C("IXIC", "close", 1386.42, "points", None, "2008-11-19", "1d", None, "close", "close('IXIC','2008-11-19')", ("num", "level", 2), "1386.42"),
        C("SPX_FINANCIALS", "change_pct", -12, "pct", None, "2008-11-19", "1d", None, "close", "None", U_SERIES, "12 percent",
          "S&P 500 financial sector index not in the files (XLF adj_close is a proxy only)."),
    ]))

# 9 -------------------------------------------------------------------------
P.append(dict(
    id="wikinews_20090220_dow_six_year_low",
    source=dict(site="en.m.wikinews.org", url="https://en.m.wikinews.org/wiki/Dow_Jones_Industrial_Average_closes_at_lowest_level_in_six_years",
                original_outlet="Wikinews"),
    published="2009-02-20", published_confidence="exact",
    published_note="Dated Friday, February 20, 2009 on the page; the session described is Thursday 2009-02-19.",
    text=("Dow Jones Industrial Average closes at lowest level in six years. Friday, February 20, 2009. The Dow Jones "
          "Industrial Average ended Thursday at its lowest level in over six years, having lost 1.16%, or 89.68 points, to "
          "close at 7,465.95. At one point it set an intraday bear market low of 7,447.55. It was the index's lowest "
          "finish since October 9, 2002. The Dow has fallen almost fifteen percent since the start of this year. The "
          "Standard & Poor's 500 (S&P) fell by 9.48 points, or 1.20 percent, to 778.94, and the Nasdaq Composite lost "
          "1.71% or 25.15 points, closing at 1,442.82. Thursday was the S&P's fourth consecutive loss, its longest losing "
          "streak since last October. The S&P has lost almost fourteen percent since the start of 2009."),
    claims=[
        C("DJI", "lowest_in_years", 6, "years", "over", "2009-02-19", "since", "lowest since", "close", "years_between(lowest_since('DJI','2009-02-19'),'2009-02-19')", ("num", "more", 0), "lowest level in over six years"),
        C("DJI", "change_pct", -1.16, "pct", None, "2009-02-19", "1d", None, "close", "pct('DJI','2009-02-19')", ("num", "pct", 2), "1.16%",
          "True -1.187%: 89.68/7,555.63. 0.027 off a two-decimal figure, just outside the 0.025 tolerance."),
        C("DJI", "change_points", -89.68, "points", None, "2009-02-19", "1d", None, "close", "chg('DJI','2009-02-19')", ("num", "points", 2), "89.68 points"),
        C("DJI", "close", 7465.95, "points", None, "2009-02-19", "1d", None, "close", "close('DJI','2009-02-19')", ("num", "level", 2), "7,465.95"),
        C("DJI", "intraday_low", 7447.55, "points", None, "2009-02-19", "1d", None, "intraday low", "low('DJI','2009-02-19')", ("num", "level", 2), "7,447.55"),
        C("DJI", "lowest_since", "2002-10-09", "date", None, "2009-02-19", "since", "lowest close since", "close", "lowest_since('DJI','2009-02-19')", ("eq",), "October 9, 2002"),
        C("DJI", "ytd_return", -15, "pct", "almost", "2009-02-19", "YTD", None, "close", "ytd_pct('DJI','2009-02-19')", ("num", "pct", 0), "almost fifteen percent"),
        C("SPX", "change_points", -9.48, "points", None, "2009-02-19", "1d", None, "close", "chg('SPX','2009-02-19')", ("num", "points", 2), "9.48 points"),
        C("SPX", "change_pct", -1.20, "pct", None, "2009-02-19", "1d", None, "close", "pct('SPX','2009-02-19')", ("num", "pct", 2), "1.20 percent"),
        C("SPX", "close", 778.94, "points", None, "2009-02-19", "1d", None, "close", "close('SPX','2009-02-19')", ("num", "level", 2), "778.94"),
        C("IXIC", "change_pct", -1.71, "pct", None, "2009-02-19", "1d", None, "close", "pct('IXIC','2009-02-19')", ("num", "pct", 2), "1.71%"),
        C("IXIC", "change_points", -25.15, "points", None, "2009-02-19", "1d", None, "close", "chg('IXIC','2009-02-19')", ("num", "points", 2), "25.15 points"),
        C("IXIC", "close", 1442.82, "points", None, "2009-02-19", "1d", None, "close", "close('IXIC','2009-02-19')", ("num", "level", 2), "1,442.82"),
        C("SPX", "losing_streak", -4, "sessions", None, "2009-02-19", "streak", None, "close", "streak('SPX','2009-02-19')", ("num", "count", 0), "fourth consecutive loss"),
        C("SPX", "longest_streak_since", "2008-10", "month", None, "2009-02-19", "since", "longest losing streak since", "close", "last_streak_as_long('SPX','2009-02-19')", ("month",), "since last October",
          "Last run of four or more down closes ended 2008-10-10."),
        C("SPX", "ytd_return", -14, "pct", "almost", "2009-02-19", "YTD", None, "close", "ytd_pct('SPX','2009-02-19')", ("num", "pct", 0), "almost fourteen percent"),
    ]))

# 10 ------------------------------------------------------------------------
P.append(dict(
    id="cnbc_20091009_stocks_gain_for_week",
    source=dict(site="cnbc.com", url="https://www.cnbc.com/id/33243460", original_outlet="CNBC"),
    published="2009-10-09", published_confidence="high",
    published_note="No date on the stored page; the Dow close 9,864.94 (+78.07) matches Friday 2009-10-09, and the text mentions the coming Columbus Day holiday.",
    text=("Stocks Gain 4% for Week Amid Earnings Optimism. After a two-week slide, stocks came back this week as a run of "
          "events revived hopes for the recovery and the earnings season started well. On Friday the Dow Jones Industrial "
          "Average gained 78.07, or 0.8 percent, to close at 9,864.94 — a new high for the year. The S&P 500 rose 0.5 "
          "percent and the Nasdaq advanced 0.7 percent. For the week, the Dow jumped 4 percent, while the S&P and Nasdaq "
          "gained 4.5 percent. The CBOE Volatility Index, widely seen as the best gauge of fear in the market, dropped 20 "
          "percent, ending the week at 23.09."),
    claims=[
        C("DJI", "prior_down_weeks", 2, "weeks", None, "2009-10-09", "weeks before 2009-10-05", None, "close", "weeks_down_before('DJI','2009-10-09')", ("num", "count", 0), "After a two-week slide",
          "Checked on the Dow; S&P 500 and Nasdaq also fell in the two weeks to 2009-10-02."),
        C("DJI", "change_points", 78.07, "points", None, "2009-10-09", "1d", None, "close", "chg('DJI','2009-10-09')", ("num", "points", 2), "78.07"),
        C("DJI", "change_pct", 0.8, "pct", None, "2009-10-09", "1d", None, "close", "pct('DJI','2009-10-09')", ("num", "pct", 1), "0.8 percent"),
        C("DJI", "close", 9864.94, "points", None, "2009-10-09", "1d", None, "close", "close('DJI','2009-10-09')", ("num", "level", 2), "9,864.94"),
        C("DJI", "year_high", 9864.94, "points", "above", "2009-10-09", "2009", "new high for the year", "close", "ytd_high_before('DJI','2009-10-09')", ("num", "exceeds", 2), "a new high for the year",
          "Highest earlier 2009 close was 9,829.87; 9,864.94 is above it. computed_value is that earlier high."),
        C("SPX", "change_pct", 0.5, "pct", None, "2009-10-09", "1d", None, "close", "pct('SPX','2009-10-09')", ("num", "pct", 1), "rose 0.5"),
        C("IXIC", "change_pct", 0.7, "pct", None, "2009-10-09", "1d", None, "close", "pct('IXIC','2009-10-09')", ("num", "pct", 1), "advanced 0.7 percent"),
        C("DJI", "week_return", 4, "pct", None, "2009-10-09", "week", None, "close", "week_pct('DJI','2009-10-09')", ("num", "pct", 0), "jumped 4 percent"),
        C("SPX", "week_return", 4.5, "pct", None, "2009-10-09", "week", None, "close", "week_pct('SPX','2009-10-09')", ("num", "pct", 1), "the S&P and Nasdaq gained 4.5 percent",
          "One figure for two indexes; this record is the S&P 500."),
        C("IXIC", "week_return", 4.5, "pct", None, "2009-10-09", "week", None, "close", "week_pct('IXIC','2009-10-09')", ("num", "pct", 1), "gained 4.5 percent",
          "Same figure, Nasdaq: 4.45%, inside the 0.07 tolerance."),
        C("VIX", "week_change_pct", -20, "pct", None, "2009-10-09", "week", None, "close", "week_pct('VIX','2009-10-09')", ("num", "pct", 0), "dropped 20",
          "VIX 28.68 -> 23.12: -19.39%, outside the half-point tolerance of a whole number."),
        C("VIX", "close", 23.09, "points", None, "2009-10-09", "1d", None, "close", "close('VIX','2009-10-09')", ("num", "level", 2), "23.09",
          "CBOE official close 23.12; 0.03 off."),
    ]))

# 11 ------------------------------------------------------------------------
P.append(dict(
    id="cnbc_20100319_third_straight_weekly_gain",
    source=dict(site="cnbc.com", url="http://www.cnbc.com/id/35953730", original_outlet="CNBC"),
    published="2010-03-19", published_confidence="high",
    published_note="No date on the stored page; the Thursday Dow close 10,779.17 is 2010-03-18 and the Wednesday S&P close 1,166.21 is 2010-03-17, so this weekly wrap is from Friday 2010-03-19.",
    text=("US Stocks Finish Higher for Third Consecutive Week. US stocks rose for a third straight week, with the Dow "
          "halting its eight-session winning streak on Friday. On Thursday, the Dow closed at a fresh 18-month high of "
          "10,779.17, its highest settle since 10/1/08, and closed up for the eighth consecutive day, its longest winning "
          "streak since 8/27/2009. On Wednesday, the S&P closed at a new 18-month high of 1,166.21, its highest closing "
          "price since 9/30/08. On Thursday, the NASDAQ settled at 2,391.28, its highest closing level since 8/28/2008. "
          "The Dow is up 4.04% month-to-date, on track for its best monthly percent gain since November 2009; the S&P is "
          "up 5.02% month-to-date and the NASDAQ is up 6.08% month-to-date. 22 of the Dow 30 components finished up for "
          "the week."),
    claims=[
        C("SPX", "weekly_win_streak", 3, "weeks", None, "2010-03-19", "weeks", None, "close", "weeks_up_run('SPX','2010-03-19')", ("num", "count", 0), "third straight week",
          "The Dow (weeks_up_run('DJI', ...)) and the Nasdaq also rose three weeks running."),
        C("DJI", "streak_end", -1, "sessions", None, "2010-03-19", "1d", "halting its winning streak", "close", "streak('DJI','2010-03-19')", ("num", "count", 0), "halting its eight-session winning streak",
          "Friday was a down close (-37.19), ending the run."),
        C("DJI", "close", 10779.17, "points", None, "2010-03-18", "1d", None, "close", "close('DJI','2010-03-18')", ("num", "level", 2), "10,779.17"),
        C("DJI", "highest_since", "2008-10-01", "date", None, "2010-03-18", "since", "highest close since", "close", "highest_since('DJI','2010-03-18')", ("eq",), "since 10/1/08"),
        C("DJI", "win_streak", 8, "sessions", None, "2010-03-18", "streak", None, "close", "streak('DJI','2010-03-18')", ("num", "count", 0), "eighth consecutive day"),
        C("DJI", "longest_streak_since", "2009-08-27", "date", None, "2010-03-18", "since", "longest winning streak since", "close", "last_streak_as_long('DJI','2010-03-18')", ("eq",), "since 8/27/2009"),
        C("SPX", "close", 1166.21, "points", None, "2010-03-17", "1d", None, "close", "close('SPX','2010-03-17')", ("num", "level", 2), "1,166.21"),
        C("SPX", "highest_since", "2008-09-30", "date", None, "2010-03-17", "since", "highest close since", "close", "highest_since('SPX','2010-03-17')", ("eq",), "since 9/30/08"),
        C("IXIC", "close", 2391.28, "points", None, "2010-03-18", "1d", None, "close", "close('IXIC','2010-03-18')", ("num", "level", 2), "2,391.28"),
        C("IXIC", "highest_since", "2008-08-28", "date", None, "2010-03-18", "since", "highest close since", "close", "highest_since('IXIC','2010-03-18')", ("eq",), "since 8/28/2008"),
        C("DJI", "mtd_return", 4.04, "pct", None, "2010-03-19", "MTD", None, "close", "mtd_pct('DJI','2010-03-19')", ("num", "pct", 2), "4.04%"),
        C("DJI", "best_month_since", "2009-11", "month", None, "2010-03-19", "MTD", "on track", "close", "None", N_GEN, "on track for its best monthly percent gain",
          "'On track': not an assertion of a present fact."),
        C("SPX", "mtd_return", 5.02, "pct", None, "2010-03-19", "MTD", None, "close", "mtd_pct('SPX','2010-03-19')", ("num", "pct", 2), "5.02%"),
        C("IXIC", "mtd_return", 6.08, "pct", None, "2010-03-19", "MTD", None, "close", "mtd_pct('IXIC','2010-03-19')", ("num", "pct", 2), "6.08%"),
        C("DJI", "components_up_week", 22, "stocks", None, "2010-03-19", "week", None, "close", "None", U_SERIES, "22 of the Dow 30",
          "Component prices are not in the files."),
    ]))

# 12 ------------------------------------------------------------------------
P.append(dict(
    id="theledger_20110818_dow_down_yet_again",
    source=dict(site="theledger.com", url="http://www.theledger.com/article/20110818/NEWS/110819428?Title=Dow-Down-Yet-Again-on-Fears",
                original_outlet="The Ledger (Lakeland, Fla.), New York Times wire"),
    published="2011-08-18", published_confidence="exact",
    published_note="Published Thursday, August 18, 2011 at 4:31 p.m. per the page; the session is 2011-08-18.",
    text=("Dow Down Yet Again on Fears. Thursday, August 18, 2011. Stocks on Wall Street fell steeply Thursday, with the "
          "broader market shaving off more than 4 percent, amid worries about the euro zone debt crisis reaching the "
          "financial sector and about the wavering United States economy. The Standard & Poor's 500-stock index closed "
          "53.24 points, or 4.5 percent, lower at 1,140.65. The Dow Jones industrial average fell 419.63 points, or 3,68 "
          "percent, to 10,990.58, and the Nasdaq composite was down 131.05 points, or 5.2 percent, at 2,380.43. The yield "
          "on the Treasury's 10-year note fell to 2.08 percent after dipping below 2 percent, the lowest rate on record, "
          "during the day. The Vix, a measure of stock market volatility, jumped sharply, rising to 44.78 by the end of "
          "the day; it had eased over the last few days to just above 30 points."),
    claims=[
        C("SPX", "change_pct", -4, "pct", "more than", "2011-08-18", "1d", None, "close", "pct('SPX','2011-08-18')", ("num", "pct", 0), "more than 4 percent"),
        C("SPX", "change_points", -53.24, "points", None, "2011-08-18", "1d", None, "close", "chg('SPX','2011-08-18')", ("num", "points", 2), "53.24 points"),
        C("SPX", "change_pct", -4.5, "pct", None, "2011-08-18", "1d", None, "close", "pct('SPX','2011-08-18')", ("num", "pct", 1), "4.5 percent"),
        C("SPX", "close", 1140.65, "points", None, "2011-08-18", "1d", None, "close", "close('SPX','2011-08-18')", ("num", "level", 2), "1,140.65"),
        C("DJI", "change_points", -419.63, "points", None, "2011-08-18", "1d", None, "close", "chg('DJI','2011-08-18')", ("num", "points", 2), "419.63 points"),
        C("DJI", "change_pct", -3.68, "pct", None, "2011-08-18", "1d", None, "close", "pct('DJI','2011-08-18')", ("num", "pct", 2), "3,68",
          "Written with a decimal comma ('3,68') on the page; read as 3.68."),
        C("DJI", "close", 10990.58, "points", None, "2011-08-18", "1d", None, "close", "close('DJI','2011-08-18')", ("num", "level", 2), "10,990.58"),
        C("IXIC", "change_points", -131.05, "points", None, "2011-08-18", "1d", None, "close", "chg('IXIC','2011-08-18')", ("num", "points", 2), "131.05 points"),
        C("IXIC", "change_pct", -5.2, "pct", None, "2011-08-18", "1d", None, "close", "pct('IXIC','2011-08-18')", ("num", "pct", 1), "5.2 percent"),
        C("IXIC", "close", 2380.43, "points", None, "2011-08-18", "1d", None, "close", "close('IXIC','2011-08-18')", ("num", "level", 2), "2,380.43"),
        C("US10Y", "yield", 2.08, "pct", None, "2011-08-18", "1d", None, "end of day", "yield_on('DGS10','2011-08-18')", ("num", "pct", 2), "2.08 percent"),
        C("US10Y", "intraday_record_low", 2, "pct", "below", "2011-08-18", "intraday", "lowest on record", "intraday", "None",
          ("fixed", "unverifiable", "intraday yield event; the files hold end-of-day yields"), "below 2 percent",
          "FRED end-of-day yields cannot show an intraday dip below 2 percent; the end-of-day figure that day was 2.08."),
        C("VIX", "close", 44.78, "points", None, "2011-08-18", "1d", "by the end of the day", "close", "close('VIX','2011-08-18')", ("num", "level", 2), "44.78",
          "CBOE official close 42.67 (session high 45.28): 44.78 is a late-session print, 4.9% above the close. Judged as a closing level."),
        C("VIX", "close", 30, "points", "just above", "2011-08-17", "1d", None, "close", "close('VIX','2011-08-17')", ("fixed", "supported", "vague bound 'just above 30'; close 31.58 fits"), "just above 30 points",
          "2011-08-17 close 31.58, after 32.85 on 08-16 and 36.36 on 08-15."),
    ]))

# 13 ------------------------------------------------------------------------
P.append(dict(
    id="pri_20120105_first_dow_drop_of_2012",
    source=dict(site="pri.org", url="https://www.pri.org/stories/2012-01-05/wall-street-sees-1st-drop-2012",
                original_outlet="GlobalPost via PRI"),
    published="2012-01-05", published_confidence="exact",
    published_note="Date in the URL; the session is Thursday 2012-01-05.",
    text=("Wall Street sees 1st drop of 2012. Ending three days of optimism and gains, Wall Street closed slightly lower on "
          "Thursday, marking 2012's first drop in the benchmark Dow Jones Industrial Average, according to The Wall Street "
          "Journal. After falling as much as 134 points in volatile swings, the 30-stock blue-chip index closed down 0.02 "
          "percent at 12415.70, with banks leading gains and Boeing the biggest loser. In Europe the Stoxx Europe 600 "
          "dropped 0.9 percent. The Labor Department said first-time jobless claims fell 4 percent to a seasonally "
          "adjusted 372,000 last week."),
    claims=[
        C("DJI", "prior_win_streak", 3, "sessions", None, "2012-01-04", "streak", None, "close", "streak('DJI','2012-01-04')", ("num", "count", 0), "three days of optimism and gains",
          "The Dow rose only on 2012-01-03 and 2012-01-04 (two sessions); it fell on 2011-12-30. Off by one day of two."),
        C("DJI", "first_drop_of_year", True, "flag", None, "2012-01-05", "YTD", None, "close", "streak('DJI','2012-01-04')", ("fixed", "supported", "both earlier 2012 sessions were up closes"), "2012's first drop",
          "computed_value is the up run before the day (2 = every 2012 session so far)."),
        C("DJI", "intraday_drop", -134, "points", "as much as", "2012-01-05", "1d", None, "intraday low", "_r(low('DJI','2012-01-05')-close('DJI','2012-01-04'))", ("num", "points", 0), "as much as 134 points",
          "Session low 12,283.90 against the 12,418.42 prior close: -134.52."),
        C("DJI", "change_pct", -0.02, "pct", None, "2012-01-05", "1d", None, "close", "pct('DJI','2012-01-05')", ("num", "pct", 2), "0.02"),
        C("DJI", "close", 12415.70, "points", None, "2012-01-05", "1d", None, "close", "close('DJI','2012-01-05')", ("num", "level", 2), "12415.70"),
        C("STOXX600", "change_pct", -0.9, "pct", None, "2012-01-05", "1d", None, "close", "None", U_SERIES, "0.9 percent", "European index not in the files."),
        C("US_JOBLESS", "claims", 372000, "claims", None, "2011-12-31", "week", None, "release", "None", U_SERIES, "372,000", "Labor statistic, not in the files."),
    ]))

# 14 ------------------------------------------------------------------------
P.append(dict(
    id="lincolndailynews_20120315_dow_streak_glum_day",
    source=dict(site="archives.lincolndailynews.com", url="https://archives.lincolndailynews.com/2012/Mar/15/News/business031512_A.shtml",
                original_outlet="Associated Press via Lincoln Daily News (Illinois)"),
    published="2012-03-15", published_confidence="exact",
    published_note="Date in the URL (Thursday 2012-03-15); the session described is Wednesday 2012-03-14, with Tuesday 2012-03-13 as the earlier day.",
    text=("Wednesday gave the Dow its longest winning stretch since February 2011, but that was one of the few bright "
          "spots on an otherwise glum day in the stock market. The Standard & Poor's 500 edged down 1.67 points to "
          "1,394.28. The Nasdaq composite inched up 0.85 point to end at 3,040.73; the Nasdaq had closed above 3,000 on "
          "Tuesday for the first time since December 2000. Other gauges were weak: the Russell 2000 index of small-company "
          "stocks fell 1 percent, and only two of the 10 industry groups in the S&P 500 rose, technology and banks. On "
          "Tuesday, a powerful rally in bank stocks pushed the Dow to its highest close since the last day of 2007. The "
          "yield on the 10-year Treasury note rose sharply, to 2.27 percent from 2.11 percent late Tuesday. The "
          "benchmark yield has risen for five days straight."),
    claims=[
        C("DJI", "longest_streak_since", "2011-02", "month", None, "2012-03-14", "since", "longest winning stretch since", "close", "last_streak_as_long('DJI','2012-03-14')", ("month",), "since February 2011",
          "Six straight gains to 2012-03-14 (streak('DJI','2012-03-14') = 6); the last run at least that long ended 2011-02-09."),
        C("SPX", "change_points", -1.67, "points", None, "2012-03-14", "1d", None, "close", "chg('SPX','2012-03-14')", ("num", "points", 2), "1.67 points"),
        C("SPX", "close", 1394.28, "points", None, "2012-03-14", "1d", None, "close", "close('SPX','2012-03-14')", ("num", "level", 2), "1,394.28"),
        C("IXIC", "change_points", 0.85, "points", None, "2012-03-14", "1d", None, "close", "chg('IXIC','2012-03-14')", ("num", "points", 2), "0.85 point"),
        C("IXIC", "close", 3040.73, "points", None, "2012-03-14", "1d", None, "close", "close('IXIC','2012-03-14')", ("num", "level", 2), "3,040.73"),
        C("IXIC", "first_close_above_since", "2000-12", "month", None, "2012-03-13", "since", "first close above 3,000 since", "close", "_last_above('IXIC','2012-03-13',3000)", ("month",), "for the first time since December 2000",
          "2012-03-13 close 3,039.88; the previous close at or above 3,000 was 2000-12-11 (3,015.10)."),
        C("RUT", "change_pct", -1, "pct", None, "2012-03-14", "1d", None, "close", "pct('RUT','2012-03-14')", ("num", "pct", 0), "fell 1 percent"),
        C("SPX_SECTORS", "sectors_up", 2, "sectors", None, "2012-03-14", "1d", None, "close", "None", U_SERIES, "only two of the 10 industry groups",
          "S&P 500 sector indexes not in the files."),
        C("DJI", "highest_since", "2007-12-31", "date", None, "2012-03-13", "since", "highest close since", "close", "highest_since('DJI','2012-03-13')", ("eq",), "since the last day of 2007"),
        C("US10Y", "yield", 2.27, "pct", None, "2012-03-14", "1d", None, "end of day", "yield_on('DGS10','2012-03-14')", ("num", "pct", 2), "2.27 percent",
          "FRED 2.29 against AP's late 2.27: 0.02, inside the 0.025 tolerance."),
        C("US10Y", "yield", 2.11, "pct", None, "2012-03-13", "1d", "late Tuesday", "end of day", "yield_on('DGS10','2012-03-13')", ("num", "pct", 2), "2.11 percent",
          "FRED 2.14 for 2012-03-13: 0.03 off."),
        C("US10Y", "rise_streak", 5, "sessions", None, "2012-03-14", "5 sessions", None, "end of day", "yields('DGS10','2012-03-06','2012-03-14')",
          ("fixed", "unverifiable", "FRED two-decimal yields cannot decide a flat day"), "five days straight",
          "DGS10 2012-03-06..03-14: 1.96, 1.98, 2.03, 2.04, 2.04, 2.14, 2.29 - up on five of the last six days with 03-12 unchanged at two decimals; AP's own late quotes may have shown a small rise that day."),
    ]))
