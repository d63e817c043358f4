"""Passages 1-9 (small-cap centred, plus one weekly wrap): texts, claims and key decisions."""
from spec_common import c, src

PASSAGES = []

# 1 -------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "bloomberg_20150928_rut_year_low",
    "source": src("bloomberg.com", "http://www.bloomberg.com/news/articles/2015-09-28/it-s-august-again-for-small-caps-as-russell-tumbles-to-year-low", "Bloomberg"),
    "published": "2015-09-28", "published_confidence": "exact",
    "published_note": "date in the URL; the story is written at 3 p.m. New York time on Monday 2015-09-28, before the close.",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "For U.S. small-cap stocks, and above all those tied to health care, the vortex has opened again. "
        "Pulled down by selling that also sent biotechnology shares to their worst rout since 2011, the Russell 2000 "
        "Index of smaller companies sank 2.8 percent as of 3 p.m. in New York, poised to break through the August floor "
        "that marked the bottom of its first 10 percent decline in four years. The Russell 2000 was first among "
        "benchmark indexes to make new lows. Health-care companies in the gauge fell 6.4 percent, erasing their 2015 gain. "
        "Smaller companies are taking the brunt of the selling as renewed worry about global growth pushes investors out "
        "of the year's best performers; Russell stocks were favored earlier on the idea that they are insulated from "
        "international markets, but now their valuations are catching up with them. Down seven days in a row, the "
        "Russell 2000 is poised for its longest losing streak since 2011. After falling 7.6 percent over the stretch, "
        "the index has undercut its August low of 1,104.10 and trades at 34.5 times reported earnings. The S&P 500 has "
        "lost 5.4 percent over the same stretch, with a P/E ratio of 16.6. An index of 170 small biotech stocks "
        "compiled by Wells Fargo slumped 7.7 percent."),
    "claims": [
        c("RUT", "daily_pct_change", -2.8, "percent", "2015-09-28", "2.8 percent", "pct_change('RUT','2015-09-28')",
          "unverifiable", "mid", "3 p.m. figure inside the session's range (low -3.15%, high -0.08% vs the 1,122.79 previous close); the close was -2.87%.",
          basis="3 p.m.", fig="session range vs previous close: session_range_pct('RUT','2015-09-28') = {=session_range_pct('RUT','2015-09-28')}"),
        c("BIOTECH", "worst_rout_since", "2011", "year", "2015-09-28", "worst rout since 2011", None,
          "unverifiable", "notinfiles", "Biotechnology indexes are not in the files."),
        c("RUT", "last_correction_before", "2011", "year", "2015-08-24", "first 10 percent decline in four years",
          "last_correction_day('RUT','2015-08-01')", "contradicted", "correction",
          "The August 2015 slide was not the first 10% decline in four years: the Russell closed 13.2% below its 2014-03-04 record (1,208.65) at the 2014-10-13 low (1,049.30) and was in correction territory on closes from 2014-10-01 to 2014-10-17. The previous one before that was in 2011."),
        c("RUT", "new_low_first_among_benchmarks", "RUT at a 2015 low; S&P 500 not", "flag", "2015-09-28",
          "first among benchmark indexes to make new lows",
          "[lowest_close_date('RUT','2015-01-01','2015-09-28'), lowest_close_date('GSPC','2015-01-01','2015-09-28')]",
          "supported", "comparison", "The Russell's 2015-09-28 close (1,090.57) was its lowest of the year; the S&P 500's 2015 low stayed the 2015-08-25 close (1,867.61), above which it closed on 2015-09-28 (1,881.77)."),
        c("RUT_HEALTHCARE", "daily_pct_change", -6.4, "percent", "2015-09-28", "6.4 percent", None,
          "unverifiable", "notinfiles", "Russell 2000 health-care sub-index is not in the files."),
        c("RUT", "losing_streak", 7, "sessions", "2015-09-28", "Down seven days in a row", "streak('RUT','2015-09-28',up=False)",
          "supported", "streak", "Closes down 2015-09-18 through 2015-09-28 (7 sessions); the whole 09-28 session traded below the previous close (high 1,121.87 < 1,122.79), so the seventh down day holds at 3 p.m. and at the close.", dec=0),
        c("RUT", "longest_losing_streak_since", "2011", "year", "2015-09-28", "longest losing streak since 2011",
          "last_streak_at_least('RUT','2015-09-28',7,up=False)", "not_checkable", "conditional",
          "'Poised for' the record streak is an on-track statement. For reference, the last earlier streak of 7+ down closes ended 2011-08-02, so the close did confirm it."),
        c("RUT", "window_pct_change", -7.6, "percent", "2015-09-28", "After falling 7.6 percent", "ret('RUT','2015-09-17','2015-09-28')",
          "unverifiable", "mid", "Seven-session fall measured at 3 p.m.; from the 2015-09-17 close (1,180.69) the session range gives -7.90% to -4.98%, so 7.6 is inside it. The close-basis value is -7.63.",
          window="7 sessions", basis="3 p.m.", fig="range: window_range('RUT','2015-09-17','2015-09-28') = {=window_range('RUT','2015-09-17','2015-09-28')}"),
        c("RUT", "period_low_level", 1104.10, "index_points", "2015-08-25", "August low of 1,104.10", "min_close('RUT','2015-08-01','2015-08-31')",
          "supported", "2dp", "August 2015 closing low 1,104.10 on 2015-08-25 (intraday low 1,102.58 on the same day)."),
        c("RUT", "below_level", "below 1,104.10", "flag", "2015-09-28", "undercut", "close('RUT','2015-09-28') < min_close('RUT','2015-08-01','2015-08-31')",
          "supported", "comparison", "At -2.8% the index stood near 1,091, and it closed at 1,090.57, below the August closing low of 1,104.10."),
        c("RUT", "pe_ratio", 34.5, "ratio", "2015-09-28", "34.5 times", None, "unverifiable", "notinfiles", "Valuation data are not in the files."),
        c("SPX", "window_pct_change", -5.4, "percent", "2015-09-28", "5.4 percent", "ret('GSPC','2015-09-17','2015-09-28')",
          "unverifiable", "mid", "Same seven-session stretch at 3 p.m.; the session range gives -5.58% to -3.07% from the 2015-09-17 close (1,990.20), so 5.4 is inside it. Close basis: -5.45.",
          window="7 sessions", basis="3 p.m.", fig="range: window_range('GSPC','2015-09-17','2015-09-28') = {=window_range('GSPC','2015-09-17','2015-09-28')}"),
        c("SPX", "pe_ratio", 16.6, "ratio", "2015-09-28", "16.6", None, "unverifiable", "notinfiles", "Valuation data are not in the files."),
        c("BIOTECH", "daily_pct_change", -7.7, "percent", "2015-09-28", "slumped 7.7 percent", None, "unverifiable", "notinfiles", "Wells Fargo small-cap biotech index is not in the files."),
    ],
})

# 2 -------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "marketwatch_20150821_rut_correction",
    "source": src("foxbusiness.com", "https://www.foxbusiness.com/markets/russell-2000-falls-into-correction-territory", "MarketWatch"),
    "published": "2015-08-21", "published_confidence": "high",
    "published_note": "inferred: the page carries a 2015 MarketWatch copyright; a Friday on which the Russell traded near 1,158 more than 10% below its June 23 peak fits only 2015-08-21 (close 1,156.79). Written during the session ('is trading').",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "Russell 2000 falls into correction territory. The Russell 2000 dropped 14 points, or 1.2%, to 1,158 on Friday "
        "and is trading more than 10% below its June 23 peak, which meets a widely used definition of a correction. "
        "It is the second such correction since last October, when the small-cap index fell more than 13%. The Russell "
        "2000 is often seen as a leading indicator of where the broader market is heading. The benchmark S&P 500 has "
        "moved mostly sideways since the start of the year, but this week's steep losses pushed it into negative "
        "territory for the year. The S&P 500 is now down more than 5% from its May 21 peak."),
    "claims": [
        c("RUT", "daily_point_change", -14, "index_points", "2015-08-21", "14 points", "point_change('RUT','2015-08-21')",
          "unverifiable", "mid", "Written during the session: the session ranged from -20.15 to +0.24 points vs the 1,172.52 previous close; the close was -15.73.",
          basis="intraday", dec=2, fig="low 1152.37, high 1172.76"),
        c("RUT", "daily_pct_change", -1.2, "percent", "2015-08-21", "1.2%", "pct_change('RUT','2015-08-21')",
          "unverifiable", "mid", "Inside the session range (-1.72% to +0.02%); close -1.34%.", basis="intraday",
          fig="session_range_pct('RUT','2015-08-21') = {=session_range_pct('RUT','2015-08-21')}"),
        c("RUT", "level", 1158, "index_points", "2015-08-21", "to 1,158", "close('RUT','2015-08-21')",
          "unverifiable", "mid", "Inside the session range 1,152.37-1,172.76; close 1,156.79.", basis="intraday"),
        c("RUT", "pct_from_high", 10, "percent", "2015-08-21", "more than 10% below", "pct_below_record('RUT','2015-08-21')",
          "supported", "more", "The June 23 close (1,295.80) was the record; 1,158 is 10.63% below it and the close (1,156.79) 10.73% below.", qualifier="more than"),
        c("RUT", "peak_date", "2015-06-23", "date", "2015-08-21", "June 23 peak", "record_before('RUT','2015-08-21')[0]",
          "supported", "record", "Record close 1,295.80 on 2015-06-23."),
        c("RUT", "in_correction", True, "flag", "2015-08-21", "meets a widely used definition of a correction", "in_correction('RUT','2015-08-21')",
          "supported", "correction", "2015-08-21 was the first close of 2015 at least 10% below the 52-week high close."),
        c("RUT", "previous_correction", "2014-10", "month", "2015-08-21", "second such correction since last October",
          "last_correction_day('RUT','2015-08-21')", "supported", "correction",
          "Before 2015-08-21 the last close in correction territory was 2014-10-17 (closes 2014-10-01 to 2014-10-17), so the August 2015 correction is the next one after October 2014."),
        c("RUT", "drawdown", 13, "percent", "2014-10-13", "fell more than 13%", "-max_drawdown('RUT','2014-03-04','2014-10-13')",
          "supported", "more", "From the 2014-03-04 record close (1,208.65) to the 2014-10-13 low close (1,049.30): -13.18%.", qualifier="more than", window="2014-03-04 to 2014-10-13"),
        c("SPX", "ytd_sign", "negative (turned this week)", "flag", "2015-08-21", "pushed it into negative territory for the year",
          "[ytd('GSPC','2015-08-14'), ytd('GSPC','2015-08-21')]", "supported", "window",
          "YTD +1.59% at the 2015-08-14 close, -4.27% at the 2015-08-21 close (already -1.13% on Thursday 08-20)."),
        c("SPX", "pct_from_high", 5, "percent", "2015-08-21", "down more than 5%", "pct_below_record('GSPC','2015-08-21')",
          "supported", "more", "7.51% below the 2015-05-21 record close at Friday's close (2,131 vs 1,970.89); the session high was also more than 5% below.", qualifier="more than"),
        c("SPX", "peak_date", "2015-05-21", "date", "2015-08-21", "May 21 peak", "record_before('GSPC','2015-08-21')[0]",
          "supported", "record", "Record close 2,130.82 on 2015-05-21."),
    ],
})

# 3 -------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "barrons_20181214_small_caps_fall",
    "source": src("mutualfundobserver.com", "https://mutualfundobserver.com/discuss/discussion/46222/small-cap-stocks-have-big-problems-how-to-pick-winners", "Barron's"),
    "published": "2018-12-14", "published_confidence": "high",
    "published_note": "inferred: the forum post quotes a Barron's article whose URL id (51544810146) encodes the Unix time 1544810146 = 2018-12-14 17:55 UTC, during Friday's session. The figures are taken as of the last close before publication, Thursday 2018-12-13.",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "FYI: Until September, 2018 was shaping up as the year of small caps. A growing economy and resilience to a "
        "stronger dollar and higher tariffs put the spotlight on smaller, U.S.-focused companies. The Russell 2000 index "
        "hit an all-time high on Aug. 31, with a 14.3% year-to-date return versus the S&P 500's 9.9% return. Then it got "
        "ugly. As investors fled stocks more broadly, worries about small caps became especially acute: mounting cost "
        "pressures and fears of slowing growth led many investors to simply lose faith in small-cap profit margins and "
        "earnings expectations, says Lori Calvasina, head of U.S. equity strategy at RBC Capital Markets. The Russell, "
        "which holds 2,000 U.S. companies with a median market value of $964 million, is now off 17.4% from its Aug. 31 "
        "record close and is down 5.6% on the year, against the S&P 500's 0.9% decline."),
    "claims": [
        c("RUT", "record_date", "2018-08-31", "date", "2018-08-31", "hit an all-time high on Aug. 31", "record_before('RUT','2018-12-13')[0]",
          "supported", "record", "Record close 1,740.75 and record intraday high 1,742.09, both on 2018-08-31; no later close above it through December."),
        c("RUT", "ytd_return", 14.3, "percent", "2018-08-31", "14.3%", "ytd('RUT','2018-08-31')",
          "unverifiable", "tr", "The price index was up 13.37% at the 2018-08-31 close; 14.3% matches a total-return figure (the S&P 500's 9.9% beside it is exactly its total return, its price return being 8.52%). On the price basis it would be imprecise."),
        c("SPX", "ytd_return", 9.9, "percent", "2018-08-31", "9.9%", "ytd('GSPC','2018-08-31')",
          "unverifiable", "tr", "Price return to 2018-08-31 is 8.52%; 9.9% is the S&P 500 total return (dividends reinvested), which the files do not hold for the index (SPY adj_close, with fees, gives about 9.9%). On the price basis it would be imprecise."),
        c("RUT", "median_market_cap", 964, "usd_millions", "2018-12-13", "$964 million", None, "unverifiable", "notinfiles", "Constituent market values are not in the files."),
        c("RUT", "pct_from_record", 17.4, "percent", "2018-12-13", "off 17.4%", "pct_below_record('RUT','2018-12-13')",
          "imprecise", "1dp", "Thursday 2018-12-13 close 1,432.70 is 17.70% below the 1,740.75 record (Wednesday's close: 16.40%). During Friday's session (written mid-session) the distance ranged 17.54%-19.17%, so no session fits 17.4 exactly."),
        c("RUT", "ytd_change", -5.6, "percent", "2018-12-13", "down 5.6% on the year", "ytd('RUT','2018-12-13')",
          "imprecise", "1dp", "-6.70% at the 2018-12-13 close (-5.22% on 12-12; Friday's session -6.52% to -8.36%). Error 1.1 pp, inside the imprecise band."),
        c("SPX", "ytd_change", -0.9, "percent", "2018-12-13", "0.9% decline", "ytd('GSPC','2018-12-13')",
          "supported", "1dp", "-0.86% at the 2018-12-13 close (-0.84% on 12-12)."),
    ],
})

# 4 -------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "marketwatch_20180312_rut_near_record",
    "source": src("realestateisideal.com", "http://realestateisideal.com/uncategorized/small-cap-barometer-less-than-1-percentage-point-from-all-time-high-close-as-stock-market-climbs", "MarketWatch"),
    "published": "2018-03-12", "published_confidence": "high",
    "published_note": "inferred: a MarketWatch 'Market Pulse' item reposted without a date; 'on Monday', an intraday peak of 1601.68, a record close of 1610.71 on Jan. 23 and tariffs on steel and aluminum fit Monday 2018-03-12 (session 1,594.11-1,603.79). Written during the session.",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "Small-cap barometer less than 1 percentage point from all-time high close as stock market climbs. The most "
        "popular small-capitalization benchmark came close to a record on Monday, underlining a fairly brisk recovery "
        "for stocks after last month's slide of about 10% from recent peaks. At its intraday peak the small-cap Russell "
        "2000 was up 0.2% at 1601.68, leaving the gauge about 0.6% shy of its all-time closing high of 1610.71 set on "
        "Jan. 23, according to FactSet data. The barometer of smaller stocks is on pace to outstrip its larger peers: "
        "it is up 5.8% so far in March, compared with a gain of 4.3% for the large-cap S&P 500 index and a return of 1.5% "
        "for the Dow Jones Industrial Average for the month. Shares of small companies have been viewed as better "
        "insulated from a possible trade war arising from President Donald Trump's decision to put tariffs on steel and "
        "aluminum imports, as smaller stocks are more exposed to the U.S. than to the global market."),
    "claims": [
        c("RUT", "pct_from_record", 1, "percent", "2018-03-12", "less than 1 percentage point", "pct_below_record('RUT','2018-03-12')",
          "supported", "less", "0.60% below the 1,610.71 record at the close (1,601.06); 0.56% at the stated intraday level; the whole session stayed within 1.03% of it (low 1,594.11).",
          qualifier="less than"),
        c("SPX", "drawdown", 10, "percent", "2018-02-08", "about 10% from recent peaks", "-max_drawdown('GSPC','2018-01-26','2018-02-28')",
          "supported", "about", "S&P 500 fell 10.16% from its 2018-01-26 record close to the 2018-02-08 close. (The Russell 2000 itself fell 9.12% from its 2018-01-23 record, also within 'about 10'.)",
          qualifier="about", window="2018-01-26 to 2018-02-08"),
        c("RUT", "intraday_pct_change", 0.2, "percent", "2018-03-12", "up 0.2%", "pct_change('RUT','2018-03-12')",
          "unverifiable", "mid", "Intraday figure: the stated 1601.68 is +0.28% on the 1,597.14 previous close; the session ranged -0.19% to +0.42%; close +0.25%.", basis="intraday peak at time of writing"),
        c("RUT", "intraday_level", 1601.68, "index_points", "2018-03-12", "1601.68", "close('RUT','2018-03-12','high')",
          "unverifiable", "mid", "The peak at the time of writing; the day's full high was 1,603.79 (low 1,594.11), so 1601.68 is inside the session range.", basis="intraday peak at time of writing"),
        c("RUT", "pct_from_record", 0.6, "percent", "2018-03-12", "about 0.6% shy", "pct_below_record('RUT','2018-03-12',value=1601.68)",
          "supported", "stated", "1 - 1601.68/1610.71 = 0.56%, about 0.6 (close basis 0.60%).", qualifier="about"),
        c("RUT", "record_close", 1610.71, "index_points", "2018-01-23", "1610.71", "record_before('RUT','2018-03-12')[1]",
          "supported", "record", "Record close 1,610.71 on 2018-01-23."),
        c("RUT", "record_date", "2018-01-23", "date", "2018-01-23", "Jan. 23", "record_before('RUT','2018-03-12')[0]",
          "supported", "record", "Record close on 2018-01-23 (the intraday record 1,615.52 came on 2018-01-24)."),
        c("RUT", "mtd_change", 5.8, "percent", "2018-03-12", "up 5.8% so far in March", "mtd('RUT','2018-03-12')",
          "unverifiable", "mid", "Mid-session month-to-date figure: Monday's session gives +5.40% to +6.04% from the 2018-02-28 close; close +5.86%.", basis="intraday",
          fig="range: window_range('RUT','2018-02-28','2018-03-12') = {=window_range('RUT','2018-02-28','2018-03-12')}"),
        c("SPX", "mtd_change", 4.3, "percent", "2018-03-12", "4.3%", "mtd('GSPC','2018-03-12')",
          "contradicted", "mid", "Outside the session's range: the S&P 500 was up only +2.41% to +3.06% for March during Monday's session (close +2.55%, Friday's close +2.68%). Error about 1.7 pp on a true value near 2.6 (more than 20% of it).", basis="intraday",
          fig="range: window_range('GSPC','2018-02-28','2018-03-12') = {=window_range('GSPC','2018-02-28','2018-03-12')}"),
        c("DJI", "mtd_change", 1.5, "percent", "2018-03-12", "1.5%", "mtd('DJI','2018-03-12')",
          "unverifiable", "mid", "Inside the session's range of +0.49% to +1.68% for March; close +0.60% (Friday's close +1.22%).", basis="intraday",
          fig="range: window_range('DJI','2018-02-28','2018-03-12') = {=window_range('DJI','2018-02-28','2018-03-12')}"),
        c("RUT", "on_pace_outperform_month", "on pace", "flag", "2018-03-12", "on pace to outstrip its larger peers", None,
          "not_checkable", "conditional", "An on-pace statement about the month's result. (March 2018 ended with the Russell +1.1% and the S&P 500 -2.7%.)"),
    ],
})

# 5 -------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "bloombergquint_20210819_rut_support",
    "source": src("bloombergquint.com", "https://www.bloombergquint.com/markets/russell-2000-pierces-key-support-level-as-small-cap-rout-deepens?utm_source=bloomberg-menu", "Bloomberg"),
    "published": "2021-08-19", "published_confidence": "high",
    "published_note": "inferred: the page is marked (c)2021 Bloomberg; a Thursday on which the Russell slid 1.2% for a sixth straight loss and more than 4% for the month fits only 2021-08-19.",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "Russell 2000 pierces key support level as small-cap rout deepens. Dip buyers have cushioned the losses in U.S. "
        "equities, but investors keep avoiding the smallest American companies. The Russell 2000 Index, the market's "
        "darling in the first half of 2021 as the economy boomed, slid 1.2% Thursday, taking its drop this month to more "
        "than 4%. It briefly fell more than 10% from its March peak, the generally accepted definition of a correction. "
        "The small-cap gauge is now behind the large-cap Nasdaq 100 Index for the year and is in danger of breaching a "
        "technical level that has provided support in earlier bouts of selling. Markets were rattled this week by "
        "concern about the Covid-19 delta variant and the withdrawal of Federal Reserve stimulus. Down for a sixth straight "
        "session on Thursday, the small-cap measure is headed for its longest losing streak since February 2020 and is "
        "trading below its 200-day moving average for the first time in 11 months. Small caps had beaten the tech-heavy "
        "Nasdaq 100 for most of this year until last month, when they lost that edge as investors moved into growth "
        "stocks and other assets seen as safer in uncertain times."),
    "claims": [
        c("RUT", "daily_pct_change", -1.2, "percent", "2021-08-19", "slid 1.2%", "pct_change('RUT','2021-08-19')",
          "supported", "1dp", "2021-08-19 close 2,132.42 vs 2,158.78: -1.22%."),
        c("RUT", "mtd_change", -4, "percent", "2021-08-19", "more than 4%", "mtd('RUT','2021-08-19')",
          "supported", "more", "-4.21% from the 2021-07-30 close.", qualifier="more than"),
        c("RUT", "intraday_pct_from_high", 10, "percent", "2021-08-19", "briefly fell more than 10% from its March peak",
          "(1 - close('RUT','2021-08-19','low') / close('RUT','2021-03-15')) * 100",
          "supported", "more", "Session low 2,122.24 is 10.08% below the 2021-03-15 peak close (2,360.17); the close (9.65% below) was not.", qualifier="more than", basis="intraday low"),
        c("RUT", "ytd_vs_NDX", "behind", "comparison", "2021-08-19", "behind the large-cap Nasdaq 100 Index for the year",
          "[ytd('RUT','2021-08-19'), ytd('NDX','2021-08-19')]", "supported", "comparison", "YTD +7.98% for the Russell 2000 against +15.87% for the Nasdaq-100."),
        c("RUT", "losing_streak", 6, "sessions", "2021-08-19", "sixth straight", "streak('RUT','2021-08-19',up=False)",
          "supported", "streak", "Down closes 2021-08-12 through 2021-08-19.", dec=0),
        c("RUT", "longest_losing_streak_since", "2020-02", "month", "2021-08-19", "longest losing streak since February 2020",
          "last_streak_at_least('RUT','2021-08-19',6,up=False)", "not_checkable", "conditional",
          "'Headed for' is an on-track statement (the streak was already six at the close). For reference, the last earlier streak of 6+ down closes ended 2020-02-28, so the comparison holds."),
        c("RUT", "below_200dma_first_time_in", 11, "months", "2021-08-19", "first time in 11 months", "ma_status('RUT','2021-08-19',200)",
          "supported", "since", "Close below the 200-day average on 2021-08-19; the last earlier close below it was 2020-09-24 (10.8 months before)."),
        c("RUT", "ytd_vs_NDX_lost_lead", "2021-07", "month", "2021-08-19", "until last month", "first_ytd_lag('RUT','NDX','2021','2021-08-19')",
          "supported", "comparison", "The Russell's YTD gain stayed ahead of the Nasdaq-100's every session from January through June 2021 and first fell behind in July."),
    ],
})

# 6 -------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "marketwatch_20211130_rut_correction_watch",
    "source": src("stascomtech.com", "https://stascomtech.com/russell-2000-in-danger-of-first-official-correction-since-the-covid-19-bear-market-of-early-2020/", "MarketWatch"),
    "published": "2021-11-30", "published_confidence": "high",
    "published_note": "inferred: a MarketWatch 'Market Pulse' item reposted without a date; 'morning trading Tuesday', the Nov. 8 Russell record and the Nov. 18/19 S&P and Nasdaq records fit Tuesday 2021-11-30. Written in the morning; the index closed at 2,198.91, 0.45 points above the correction line.",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "The Russell 2000 Index was falling 2.1% to 2,195.78 in morning trading Tuesday, leaving the small-cap tracker at "
        "risk of its first official correction since the COVID-19-driven bear market of early 2020. Many on Wall Street "
        "call a decline of at least 10% and up to 20% from a significant closing high a correction, and a drop of 20% or "
        "more a bear market. The index has now lost 10.1% since its Nov. 8 record close of 2,442.74, and a correction "
        "would become official with a close at or below 2,198.46. The index's last correction came on Feb. 27, 2020, when "
        "it tumbled 3.5% to close 12.2% below the 17-month closing high of 1,705.21 it reached on Jan. 16, 2020. That slide "
        "turned into a bear market, as the index fell as much as 41.9% from its Jan. 16 close to a four-year closing low "
        "of 991.16 on March 18, 2020. Meanwhile, the S&P 500 was down 1.5% on Tuesday and stood 2.6% below its Nov. 18 "
        "record close of 4,704.54, while the Nasdaq Composite was losing 1.6% and sat 3.2% below its Nov. 19 record of "
        "16,057.44."),
    "claims": [
        c("RUT", "daily_pct_change", -2.1, "percent", "2021-11-30", "falling 2.1%", "pct_change('RUT','2021-11-30')",
          "unverifiable", "mid", "Morning figure inside the session range (-2.96% to -0.04%); close -1.92%.", basis="morning",
          fig="session_range_pct('RUT','2021-11-30') = {=session_range_pct('RUT','2021-11-30')}"),
        c("RUT", "level", 2195.78, "index_points", "2021-11-30", "2,195.78", "close('RUT','2021-11-30')",
          "unverifiable", "mid", "Inside the session range 2,175.68-2,241.05; close 2,198.91.", basis="morning"),
        c("RUT", "last_correction_episode", "early 2020", "period", "2021-11-30", "first official correction since the COVID-19-driven bear market",
          "last_correction_day('RUT','2021-11-30')", "supported", "correction",
          "No close was 10% or more below its 52-week high between the 2020 episode (first such close 2020-02-27, last 2020-10-01, still measured from the January 2020 high) and 2021-11-30. The 2021-11-30 close (2,198.91) itself stayed 9.98% below the record, so the correction was not yet official that day."),
        c("RUT", "pct_from_record", 10.1, "percent", "2021-11-30", "lost 10.1%", "pct_below_record('RUT','2021-11-30',value=2195.78)",
          "supported", "stated", "From the stated 2,195.78: 1 - 2195.78/2442.74 = 10.11%. (The close was 9.98% below.)", basis="morning"),
        c("RUT", "record_close", 2442.74, "index_points", "2021-11-08", "2,442.74", "record_before('RUT','2021-11-30')",
          "supported", "record", "Record close 2,442.74 on 2021-11-08 (date and level as stated)."),
        c("RUT", "correction_threshold", 2198.46, "index_points", "2021-11-30", "2,198.46", "0.9 * record_before('RUT','2021-11-30')[1]",
          "supported", "2dp", "90% of 2,442.74 = 2,198.466; a close at or below 2,198.46 is the first two-decimal level at least 10% below the record.", qualifier="at or below"),
        c("RUT", "correction_start", "2020-02-27", "date", "2020-02-27", "Feb. 27, 2020", "first_correction_day('RUT','2020-01-01')",
          "supported", "correction", "First close of 2020 at least 10% below the 52-week high: 2020-02-27."),
        c("RUT", "daily_pct_change", -3.5, "percent", "2020-02-27", "tumbled 3.5%", "pct_change('RUT','2020-02-27')",
          "supported", "1dp", "2020-02-27: -3.53%."),
        c("RUT", "pct_from_high", 12.2, "percent", "2020-02-27", "12.2% below", "(1 - close('RUT','2020-02-27') / close('RUT','2020-01-16')) * 100",
          "supported", "1dp", "Close 1,497.87 vs the 2020-01-16 close 1,705.22: 12.16% below."),
        c("RUT", "highest_since_months", 17, "months", "2020-01-16", "17-month closing high", "highest_since('RUT','2020-01-16')",
          "contradicted", "since", "The 2020-01-16 close (1,705.22) was the highest only since 2018-09-25 (about 15.7 months); a 17-month high would need no higher close since mid-August 2018, but the 2018-08-31 record (1,740.75) and several September 2018 closes were higher. An earlier X than the true one."),
        c("RUT", "close_level", 1705.21, "index_points", "2020-01-16", "1,705.21", "close('RUT','2020-01-16')",
          "supported", "2dp", "File close 1,705.22 (difference 0.01, within the 2-dp tolerance)."),
        c("RUT", "drawdown", 41.9, "percent", "2020-03-18", "41.9%", "(1 - close('RUT','2020-03-18') / close('RUT','2020-01-16')) * 100",
          "supported", "asmuch", "From the 2020-01-16 close to the 2020-03-18 close: -41.87%.", qualifier="as much as", window="2020-01-16 to 2020-03-18"),
        c("RUT", "close_level", 991.16, "index_points", "2020-03-18", "991.16", "close('RUT','2020-03-18')",
          "supported", "2dp", "2020-03-18 close 991.16."),
        c("RUT", "lowest_since_years", 4, "years", "2020-03-18", "four-year closing low", "lowest_since('RUT','2020-03-18')",
          "supported", "since", "Lowest close since 2016-02-12 (4.1 years earlier)."),
        c("SPX", "daily_pct_change", -1.5, "percent", "2021-11-30", "down 1.5%", "pct_change('GSPC','2021-11-30')",
          "unverifiable", "mid", "Inside the session range (-2.05% to -0.20%); close -1.90%.", basis="morning",
          fig="session_range_pct('GSPC','2021-11-30') = {=session_range_pct('GSPC','2021-11-30')}"),
        c("SPX", "pct_from_record", 2.6, "percent", "2021-11-30", "2.6% below", "pct_below_record('GSPC','2021-11-30')",
          "unverifiable", "mid", "Morning distance: the session spans 1.24% (high 4,646.02) to 3.07% (low 4,560.00) below the record; close 2.92%.", basis="morning"),
        c("SPX", "record_close", 4704.54, "index_points", "2021-11-18", "4,704.54", "record_before('GSPC','2021-11-30')",
          "supported", "record", "Record close 4,704.54 on 2021-11-18."),
        c("IXIC", "daily_pct_change", -1.6, "percent", "2021-11-30", "losing 1.6%", "pct_change('IXIC','2021-11-30')",
          "unverifiable", "mid", "Inside the session range (-2.10% to +0.29%); close -1.55%.", basis="morning",
          fig="session_range_pct('IXIC','2021-11-30') = {=session_range_pct('IXIC','2021-11-30')}"),
        c("IXIC", "pct_from_record", 3.2, "percent", "2021-11-30", "3.2% below", "pct_below_record('IXIC','2021-11-30')",
          "unverifiable", "mid", "Morning distance: the session spans 1.43% to 3.77% below the record; close 3.24%.", basis="morning"),
        c("IXIC", "record_close", 16057.44, "index_points", "2021-11-19", "16,057.44", "record_before('IXIC','2021-11-30')",
          "supported", "record", "Record close 16,057.44 on 2021-11-19."),
    ],
})

# 7 -------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "marketwatch_20220719_rut_biggest_gain",
    "source": src("latestnewsbay.com", "https://latestnewsbay.com/small-caps-lead-stock-market-surge-as-russell-2000-sees-biggest-gain-since-january-2021/9074", "MarketWatch"),
    "published": "2022-07-19", "published_confidence": "high",
    "published_note": "inferred: an undated MarketWatch repost; a Tuesday on which the Russell 2000 rose 3.5% to close at 1,799.33 and the Dow gained 754.44 points fits only 2022-07-19.",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "Small-cap stocks had a big day on Tuesday. The Russell 2000, the small-cap benchmark made up of the 2,000 "
        "smallest names in the broad Russell 3000, jumped 3.5% to close at 1,799.33. That was its biggest one-day rise "
        "since Jan. 6, 2021, and its highest close since June 10. It was part of a broad rally: the large-cap S&P 500 "
        "jumped 2.8%, the blue-chip Dow Jones Industrial Average rallied 754.44 points, or 2.4%, and the Nasdaq Composite "
        "gained 3.1%. All three saw their biggest one-day percentage gains since June 24. It has been a tough year for "
        "stocks, with benchmarks sliding as inflation ran at its hottest in more than four decades and investors braced "
        "for the Federal Reserve and other major central banks to keep tightening aggressively. The Russell 2000 remains "
        "26.3% below its record close of 2,442.74 hit on Nov. 8, 2021, and is down nearly 20% year to date in 2022. The "
        "S&P 500 is 17.9% below its Jan. 3 record close and is off 17.4% so far this year."),
    "claims": [
        c("RUT", "daily_pct_change", 3.5, "percent", "2022-07-19", "jumped 3.5%", "pct_change('RUT','2022-07-19')", "supported", "1dp", "+3.50%."),
        c("RUT", "close_level", 1799.33, "index_points", "2022-07-19", "1,799.33", "close('RUT','2022-07-19')", "supported", "2dp", "File close 1,799.32 (0.01 off, within tolerance)."),
        c("RUT", "biggest_gain_since", "2021-01-06", "date", "2022-07-19", "biggest one-day rise since Jan. 6, 2021",
          "last_move_as_big('RUT','2022-07-19','pct',down=False)", "supported", "worst_since", "Last earlier gain of at least 3.50%: 2021-01-06 (+3.98%)."),
        c("RUT", "highest_close_since", "2022-06-10", "date", "2022-07-19", "highest close since June 10",
          "highest_since('RUT','2022-07-19')", "supported", "since", "2022-06-10 close 1,800.28 is the last close at or above 1,799.32."),
        c("SPX", "daily_pct_change", 2.8, "percent", "2022-07-19", "jumped 2.8%", "pct_change('GSPC','2022-07-19')", "supported", "1dp", "+2.76%."),
        c("DJI", "daily_point_change", 754.44, "index_points", "2022-07-19", "754.44 points", "point_change('DJI','2022-07-19')", "supported", "2dp", "+754.44."),
        c("DJI", "daily_pct_change", 2.4, "percent", "2022-07-19", "or 2.4%", "pct_change('DJI','2022-07-19')", "supported", "1dp", "+2.43%."),
        c("IXIC", "daily_pct_change", 3.1, "percent", "2022-07-19", "gained 3.1%", "pct_change('IXIC','2022-07-19')", "supported", "1dp", "+3.11%."),
        c("SPX", "biggest_gain_since", "2022-06-24", "date", "2022-07-19", "biggest one-day percentage gains since June 24",
          "last_move_as_big('GSPC','2022-07-19','pct',down=False)", "supported", "worst_since", "Last earlier S&P 500 gain of at least 2.76%: 2022-06-24 (+3.06%)."),
        c("DJI", "biggest_gain_since", "2022-06-24", "date", "2022-07-19", "biggest one-day percentage gains since June 24",
          "last_move_as_big('DJI','2022-07-19','pct',down=False)", "supported", "worst_since", "Last earlier Dow gain of at least 2.43%: 2022-06-24 (+2.68%)."),
        c("IXIC", "biggest_gain_since", "2022-06-24", "date", "2022-07-19", "biggest one-day percentage gains since June 24",
          "last_move_as_big('IXIC','2022-07-19','pct',down=False)", "supported", "worst_since", "Last earlier Nasdaq gain of at least 3.11%: 2022-06-24 (+3.34%)."),
        c("US_CPI", "inflation_highest_since", "more than four decades", "period", "2022-06", "more than four decades", None,
          "unverifiable", "notinfiles", "Consumer-price data are not in the files."),
        c("RUT", "pct_from_record", 26.3, "percent", "2022-07-19", "26.3% below", "pct_below_record('RUT','2022-07-19')", "supported", "1dp", "26.34% below the record."),
        c("RUT", "record_close", 2442.74, "index_points", "2021-11-08", "2,442.74", "record_before('RUT','2022-07-19')", "supported", "record", "Record close 2,442.74 on 2021-11-08."),
        c("RUT", "ytd_change", -20, "percent", "2022-07-19", "down nearly 20%", "ytd('RUT','2022-07-19')", "supported", "nearly", "-19.86% (19 <= 19.86 <= 20.5).", qualifier="nearly"),
        c("SPX", "pct_from_record", 17.9, "percent", "2022-07-19", "17.9% below", "pct_below_record('GSPC','2022-07-19')", "supported", "1dp", "17.93% below the 4,796.56 record close."),
        c("SPX", "record_date", "2022-01-03", "date", "2022-01-03", "Jan. 3 record close", "record_before('GSPC','2022-07-19')[0]", "supported", "record", "Record close 4,796.56 on 2022-01-03."),
        c("SPX", "ytd_change", -17.4, "percent", "2022-07-19", "off 17.4%", "ytd('GSPC','2022-07-19')", "supported", "1dp", "-17.40%."),
    ],
})

# 8 -------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "marketwatch_20231114_rut_cpi_surge",
    "source": src("topfxmanagers.com", "https://topfxmanagers.com/small-cap-u-s-stocks-outperform-large-cap-peers-on-flat-inflation-data", "MarketWatch"),
    "published": "2023-11-14", "published_confidence": "high",
    "published_note": "inferred: an undated rewrite of a MarketWatch late-morning story; flat October inflation data, 'Tuesday' and a best day since Nov. 10, 2022 fit Tuesday 2023-11-14 (CPI release day). All intraday figures are late-morning readings.",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "Small-cap U.S. stocks, which have been lagging their large-cap peers this year, put on a strong show Tuesday after "
        "data showed inflation was flat in October. The Russell 2000, made up of the 2,000 smallest companies by market "
        "value in the Russell 3000, surged 81.79 points, or 4.8%, to around 1,787 in late-morning trading, according to "
        "FactSet. Dow Jones Market Data said the index was on track for its best day since Nov. 10, 2022, when it jumped "
        "6.1%. Small caps have struggled this year: the Russell 2000 has gained only 1.6% year to date, against a 17.2% "
        "rise for the S&P 500 and a 34.5% return for the technology-heavy Nasdaq Composite. On Tuesday, though, the "
        "Russell 2000 was beating the Nasdaq Composite by 2.50 percentage points, its largest one-day outperformance "
        "since June 7, when it came out ahead by 3.07 percentage points. In the broader market, the Dow Jones Industrial "
        "Average rose 1.7%, the S&P 500 gained 2.1% and the Nasdaq Composite advanced 2.3%."),
    "claims": [
        c("US_CPI", "monthly_change", 0, "percent", "2023-10", "inflation was flat in October", None, "unverifiable", "notinfiles", "Consumer-price data are not in the files."),
        c("RUT", "intraday_point_change", 81.79, "index_points", "2023-11-14", "81.79 points", "point_change('RUT','2023-11-14')",
          "unverifiable", "mid", "Late-morning figure inside the session range (+36.24 to +92.82 points); close +92.82.", basis="late morning"),
        c("RUT", "intraday_pct_change", 4.8, "percent", "2023-11-14", "or 4.8%", "pct_change('RUT','2023-11-14')",
          "unverifiable", "mid", "Inside the session range (+2.12% to +5.44%); close +5.44%.", basis="late morning",
          fig="session_range_pct('RUT','2023-11-14') = {=session_range_pct('RUT','2023-11-14')}"),
        c("RUT", "intraday_level", 1787, "index_points", "2023-11-14", "around 1,787", "close('RUT','2023-11-14')",
          "unverifiable", "mid", "Inside the session range 1,741.74-1,798.32; close 1,798.32 (the day's high).", qualifier="around", basis="late morning"),
        c("RUT", "best_day_since", "2022-11-10", "date", "2023-11-14", "on track for its best day since Nov. 10, 2022",
          "last_move_as_big('RUT','2023-11-14','pct',down=False)", "not_checkable", "conditional",
          "'On track' statement. For reference, the close (+5.44%) was indeed the best day since 2022-11-10 (+6.11%)."),
        c("RUT", "daily_pct_change", 6.1, "percent", "2022-11-10", "jumped 6.1%", "pct_change('RUT','2022-11-10')", "supported", "1dp", "2022-11-10: +6.11%."),
        c("RUT", "ytd_change", 1.6, "percent", "2023-11-14", "gained only 1.6%", "ytd('RUT','2023-11-14')",
          "unverifiable", "mid", "Intraday YTD: the session spans -1.11% to +2.10% year to date (close +2.10%; Monday's close -3.17%).", basis="late morning",
          fig="range: window_range('RUT','2022-12-30','2023-11-14') = {=window_range('RUT','2022-12-30','2023-11-14')}"),
        c("SPX", "ytd_change", 17.2, "percent", "2023-11-14", "17.2%", "ytd('GSPC','2023-11-14')",
          "unverifiable", "mid", "Intraday YTD: the session spans +16.13% to +17.43% (close +17.09%).", basis="late morning",
          fig="range: window_range('GSPC','2022-12-30','2023-11-14') = {=window_range('GSPC','2022-12-30','2023-11-14')}"),
        c("IXIC", "ytd_change", 34.5, "percent", "2023-11-14", "34.5%", "ytd('IXIC','2023-11-14')",
          "unverifiable", "mid", "Intraday YTD: the session spans +33.79% to +34.95% (close +34.66%).", basis="late morning",
          fig="range: window_range('IXIC','2022-12-30','2023-11-14') = {=window_range('IXIC','2022-12-30','2023-11-14')}"),
        c("RUT_MINUS_IXIC", "daily_pct_diff", 2.50, "percentage_points", "2023-11-14", "2.50 percentage points", "rel_diff('RUT','IXIC','2023-11-14')",
          "unverifiable", "mid", "Late-morning gap between two intraday moves; the files give only the close-basis gap (3.07 pp), not the gap at a given time.", basis="late morning"),
        c("RUT_MINUS_IXIC", "largest_outperformance_since", "2023-06-07", "date", "2023-11-14", "largest one-day outperformance",
          "last_rel_diff_at_least('RUT','IXIC','2023-11-14',2.50)", "supported", "stated",
          "With the stated 2.50-point gap, the last earlier day with a gap of 2.50 points or more was 2023-06-07 (3.07); 2023-06-02 was 2.49. The close-basis gap (3.0699) also leaves 06-07 (3.0732) as the last larger one."),
        c("RUT_MINUS_IXIC", "daily_pct_diff", 3.07, "percentage_points", "2023-06-07", "3.07 percentage points", "rel_diff('RUT','IXIC','2023-06-07')",
          "supported", "2dp", "2023-06-07: Russell +2.69% vs Nasdaq -1.29%, a 3.07-point gap.", fig="[pct_change('RUT','2023-06-07'), pct_change('IXIC','2023-06-07')] = {=[pct_change('RUT','2023-06-07'), pct_change('IXIC','2023-06-07')]}"),
        c("DJI", "intraday_pct_change", 1.7, "percent", "2023-11-14", "rose 1.7%", "pct_change('DJI','2023-11-14')",
          "unverifiable", "mid", "Inside the session range (+0.71% to +1.73%); close +1.43%.", basis="late morning",
          fig="session_range_pct('DJI','2023-11-14') = {=session_range_pct('DJI','2023-11-14')}"),
        c("SPX", "intraday_pct_change", 2.1, "percent", "2023-11-14", "gained 2.1%", "pct_change('GSPC','2023-11-14')",
          "unverifiable", "mid", "Inside the session range (+1.07% to +2.20%); close +1.91%.", basis="late morning",
          fig="session_range_pct('GSPC','2023-11-14') = {=session_range_pct('GSPC','2023-11-14')}"),
        c("IXIC", "intraday_pct_change", 2.3, "percent", "2023-11-14", "advanced 2.3%", "pct_change('IXIC','2023-11-14')",
          "unverifiable", "mid", "Inside the session range (+1.71% to +2.59%); close +2.37%.", basis="late morning",
          fig="session_range_pct('IXIC','2023-11-14') = {=session_range_pct('IXIC','2023-11-14')}"),
    ],
})

# 9 -------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "sputnik_20240720_worst_week_small_caps",
    "source": src("sputnikglobe.com", "https://sputnikglobe.com/amp/20240720/wall-street-suffers-worst-week-in-3-months-as-stock-investors-seek-value-1119439930.html", "Sputnik"),
    "published": "2024-07-20", "published_confidence": "exact",
    "published_note": "date in the URL (Saturday); the daily and weekly figures are for Friday 2024-07-19 and the week ending that day.",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "Wall Street had its worst week in three months as stock investors went looking for value. The technology-heavy "
        "Nasdaq Composite, which includes Amazon, Apple, Netflix and Google, closed at 17,732 on Friday, down 0.8% on the "
        "day. Over the week the Nasdaq lost 3.6%, its largest weekly drop since late April. The S&P 500, which tracks the "
        "500 largest U.S. companies, settled at 5,508, a decline of 0.7% for the day; for the week it shed 2%, also its "
        "steepest weekly loss since late April. The Dow Jones Industrial Average finished at 40,288, a loss of almost 1%. "
        "The Dow was the outlier of the week, rising 0.7% after back-to-back gains of 1.6% and 0.7% in the two weeks "
        "before. 'Through the first half of this year, large caps carried the market,' said Alan Wynne, investment "
        "product specialist at JPMorgan Wealth Management. 'Since the midpoint, however, the tables have turned.' Wynne "
        "said the S&P and Nasdaq beat small-cap stocks by more than 16% and 18%, respectively, in the first half of the "
        "year. In the second half, small-cap shares have rallied over 9%, compared with just over 2% for the S&P and less "
        "than 1% for the Nasdaq."),
    "claims": [
        c("IXIC", "close_level", 17732, "index_points", "2024-07-19", "17,732", "close('IXIC','2024-07-19')",
          "imprecise", "int", "The file close is 17,726.94 (official close); 17,732 is 5 points (0.03%) off."),
        c("IXIC", "daily_pct_change", -0.8, "percent", "2024-07-19", "down 0.8% on the day", "pct_change('IXIC','2024-07-19')", "supported", "1dp", "-0.81%."),
        c("IXIC", "weekly_change", -3.6, "percent", "2024-07-19", "lost 3.6%", "wtd('IXIC','2024-07-19')", "supported", "1dp", "-3.65% for the week ending 2024-07-19.", window="week"),
        c("IXIC", "worst_week_since", "late April", "period", "2024-07-19", "largest weekly drop since late April",
          "last_week_as_bad('IXIC','2024-07-19')",
          "supported", "worst_since", "The last earlier week with a loss of 3.65% or more ended 2024-04-19 (-5.52%), the week of April 15-19.", window="week"),
        c("SPX", "close_level", 5508, "index_points", "2024-07-19", "5,508", "close('GSPC','2024-07-19')",
          "imprecise", "int", "File close 5,505.00; 5,508 is 3 points (0.05%) off."),
        c("SPX", "daily_pct_change", -0.7, "percent", "2024-07-19", "a decline of 0.7%", "pct_change('GSPC','2024-07-19')", "supported", "1dp", "-0.71%."),
        c("SPX", "weekly_change", -2, "percent", "2024-07-19", "shed 2%", "wtd('GSPC','2024-07-19')", "supported", "int", "-1.97% for the week.", window="week"),
        c("SPX", "worst_week_since", "late April", "period", "2024-07-19", "steepest weekly loss since late April",
          "last_week_as_bad('GSPC','2024-07-19')",
          "supported", "worst_since", "The last earlier week with a loss of 1.97% or more ended 2024-04-19 (-3.05%).", window="week"),
        c("DJI", "close_level", 40288, "index_points", "2024-07-19", "40,288", "close('DJI','2024-07-19')", "supported", "int", "File close 40,287.53."),
        c("DJI", "daily_pct_change", -1, "percent", "2024-07-19", "a loss of almost 1%", "pct_change('DJI','2024-07-19')", "supported", "nearly", "-0.93% (0 <= 0.93 <= 1.5).", qualifier="almost"),
        c("DJI", "weekly_change", 0.7, "percent", "2024-07-19", "rising 0.7%", "wtd('DJI','2024-07-19')", "supported", "1dp", "+0.72% for the week.", window="week"),
        c("DJI", "weekly_change", 1.6, "percent", "2024-07-12", "gains of 1.6%", "wtd('DJI','2024-07-12')", "supported", "1dp", "Week ending 2024-07-12: +1.59%.", window="week"),
        c("DJI", "weekly_change", 0.7, "percent", "2024-07-05", "and 0.7% in the two weeks", "wtd('DJI','2024-07-05')", "supported", "1dp", "Week ending 2024-07-05: +0.66%.", window="week"),
        c("SPX_MINUS_RUT", "h1_return_gap", 16, "percentage_points", "2024-06-28", "more than 16%", "ret('GSPC','2023-12-29','2024-06-28') - ret('RUT','2023-12-29','2024-06-28')",
          "contradicted", "more", "First half 2024: S&P 500 +14.48%, Russell 2000 +1.02% (price), a 13.46-point gap; total-return figures give about 13.6. Short of 16 by 2.5 points (more than 2 pp).",
          qualifier="more than", window="2024-01-01 to 2024-06-30"),
        c("IXIC_MINUS_RUT", "h1_return_gap", 18, "percentage_points", "2024-06-28", "18%", "ret('IXIC','2023-12-29','2024-06-28') - ret('RUT','2023-12-29','2024-06-28')",
          "imprecise", "more", "First half 2024: Nasdaq +18.13% vs Russell 2000 +1.02%, a 17.11-point gap: not more than 18, but within 0.9 points.",
          qualifier="more than", window="2024-01-01 to 2024-06-30"),
        c("RUT", "h2_to_date_change", 9, "percent", "2024-07-19", "rallied over 9%", "ret('RUT','2024-06-28','2024-07-19')",
          "unverifiable", "unstated", "The date of the quoted figures is not given. From the 2024-06-28 close: +6.67% to Friday 07-19, +9.12% to Wednesday 07-17, +10.55% to 07-16.", qualifier="over", window="2024-06-28 to quote date"),
        c("SPX", "h2_to_date_change", 2, "percent", "2024-07-19", "just over 2%", "ret('GSPC','2024-06-28','2024-07-19')",
          "unverifiable", "unstated", "Quote date unknown: +0.82% to 07-19, +2.34% to 07-17, +3.79% to 07-16 from the 2024-06-28 close.", qualifier="just over", window="2024-06-28 to quote date"),
        c("IXIC", "h2_to_date_change", 1, "percent", "2024-07-19", "less than 1%", "ret('IXIC','2024-06-28','2024-07-19')",
          "unverifiable", "unstated", "Quote date unknown: -0.03% to 07-19 (true), +1.49% to 07-17 (false), +4.3% to 07-16.", qualifier="less than", window="2024-06-28 to quote date"),
    ],
})
