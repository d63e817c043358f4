"""Passages 10-17 (large-cap wraps, milestones, volatility): texts, claims and key decisions."""
from spec_common import c, src

PASSAGES = []

# 10 ------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "rssing_20141030_dow_visa_gdp",
    "source": src("average759.rssing.com", "https://average759.rssing.com/chan-18077369/article56.html", None),
    "published": "2014-10-30", "published_confidence": "high",
    "published_note": "inferred: an undated feed copy (publisher not named); a Thursday with a 221-point Dow gain to 17,196, Visa and Mastercard earnings and a 3.5% third-quarter GDP estimate fits only 2014-10-30.",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "Strong results from credit-card companies and upbeat economic news pushed the Dow Jones Industrial Average to "
        "within almost 150 points of its all-time high on Thursday. The Dow jumped 221 points, or 1.3%, to close at "
        "17,196. It rode a strong earnings report from Visa, whose shares gained 10.2% and accounted for about 22 points "
        "of the rally. Investors were also encouraged by the Commerce Department's report that gross domestic product "
        "grew at a better-than-expected 3.5% annual rate in the third quarter. The Nasdaq composite and S&P 500 both rose "
        "modestly, by 0.4% and 0.6%, respectively. The Dow has had a volatile month since it hit more than 17,350 points, "
        "an all-time intraday high, on September 19, a little more than two months after the blue-chip index first "
        "crossed the 17,000-point mark. Earlier this month, though, a run of market-wide sell-offs, including a one-day "
        "loss of 335 points for the Dow, erased much of the year's gains. Last week, several strong days left the Dow, "
        "the Nasdaq and the S&P 500 all higher for the week. This week, the Dow is up more than 2% while the Nasdaq and "
        "S&P 500 are each up about 1.5%."),
    "claims": [
        c("DJI", "pct_from_record_points", 150, "index_points", "2014-10-30", "within almost 150 points",
          "record_before('DJI','2014-10-30')[1] - close('DJI','2014-10-30')", "supported", "less",
          "Record close 17,279.74 (2014-09-19) less the 17,195.42 close = 84.32 points, within 150. Against the intraday record (17,350.64) the gap is 155.22 points, which would not be 'within' 150.",
          qualifier="within almost"),
        c("DJI", "daily_point_change", 221, "index_points", "2014-10-30", "221 points", "point_change('DJI','2014-10-30')", "supported", "int", "+221.11."),
        c("DJI", "daily_pct_change", 1.3, "percent", "2014-10-30", "1.3%", "pct_change('DJI','2014-10-30')", "supported", "1dp", "+1.30%."),
        c("DJI", "close_level", 17196, "index_points", "2014-10-30", "17,196", "close('DJI','2014-10-30')",
          "imprecise", "int", "Close 17,195.42, which rounds to 17,195; off by 0.58."),
        c("V", "daily_pct_change", 10.2, "percent", "2014-10-30", "10.2%", None, "unverifiable", "notinfiles", "Single-stock prices are not in the files."),
        c("DJI_V_CONTRIBUTION", "points_contributed", 22, "index_points", "2014-10-30", "about 22 points", None,
          "unverifiable", "notinfiles", "Component prices and the Dow divisor are not in the files.", qualifier="about"),
        c("US_GDP", "q3_annualized_growth", 3.5, "percent", "2014-Q3", "3.5% annual rate", None, "unverifiable", "notinfiles", "GDP data are not in the files."),
        c("IXIC", "daily_pct_change", 0.4, "percent", "2014-10-30", "0.4%", "pct_change('IXIC','2014-10-30')", "supported", "1dp", "+0.37%."),
        c("SPX", "daily_pct_change", 0.6, "percent", "2014-10-30", "0.6%, respectively", "pct_change('GSPC','2014-10-30')", "supported", "1dp", "+0.62%."),
        c("DJI", "intraday_record", 17350, "index_points", "2014-09-19", "more than 17,350 points", "record_before('DJI','2014-10-30','high')",
          "supported", "record", "Record intraday high 17,350.64 on 2014-09-19 (above 17,350, date as stated).", qualifier="more than", basis="intraday high"),
        c("DJI", "months_since_first_17000", 2, "months", "2014-09-19", "a little more than two months",
          "months_between(first_close_at_or_above('DJI',17000), '2014-09-19')", "supported", "about",
          "First close (and first trade) above 17,000 on 2014-07-03; 2.5 months before 2014-09-19.", qualifier="a little more than"),
        c("DJI", "daily_point_change", -335, "index_points", "2014-10-09", "335 points", "point_change('DJI','2014-10-09')",
          "supported", "int", "2014-10-09: -334.97, the month's largest one-day point loss."),
        c("DJI_SPX_IXIC", "weekly_change_sign", "all up", "flag", "2014-10-24", "all higher for the week",
          "[wtd('DJI','2014-10-24'), wtd('GSPC','2014-10-24'), wtd('IXIC','2014-10-24')]", "supported", "window",
          "Week ending 2014-10-24: Dow +2.59%, S&P 500 +4.12%, Nasdaq +5.29%.", window="week"),
        c("DJI", "wtd_change", 2, "percent", "2014-10-30", "up more than 2%", "wtd('DJI','2014-10-30')", "supported", "more", "+2.32% from the 2014-10-24 close.", qualifier="more than", window="week to date"),
        c("IXIC", "wtd_change", 1.5, "percent", "2014-10-30", "each up about 1.5%", "wtd('IXIC','2014-10-30')",
          "imprecise", "about", "+1.84% week to date: outside 1.4-1.6 (+0.02), but within 20% of the true value.", qualifier="about", window="week to date"),
        c("SPX", "wtd_change", 1.5, "percent", "2014-10-30", "each up about 1.5%", "wtd('GSPC','2014-10-30')", "supported", "about", "+1.53% week to date.", qualifier="about", window="week to date"),
    ],
})

# 11 ------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "ap_20170125_dow_20000",
    "source": src("klfy.com", "http://klfy.com/2017/01/25/dow-jones-industrial-average-closes-above-20000-points-for-the-first-time/", "Associated Press"),
    "published": "2017-01-25", "published_confidence": "exact",
    "published_note": "date in the URL and on the page; AP's 4:00 p.m. item of its markets live file for Wednesday 2017-01-25.",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "NEW YORK (AP) - The latest on financial markets, 4:00 p.m.: The Dow Jones industrial average has closed above "
        "20,000 points for the first time, the newest milestone in a record-setting run for the stock market. It has been "
        "two months since the Dow crossed 19,000 points. The other major U.S. indexes also closed at all-time highs on "
        "Wednesday. Banks and other financial companies made the biggest gains, and industrial companies also climbed "
        "sharply, with Boeing the best performer in the Dow. The Dow, which tracks 30 big industrial companies, surged "
        "155 points, or 0.8 percent, to 20,068. The Standard & Poor's 500 index rose 18 points, or 0.8 percent, to 2,298. "
        "The Nasdaq composite climbed 55 points, or 1 percent, to 5,656. Bond prices fell, and the yield on the 10-year "
        "Treasury note rose to 2.52 percent."),
    "claims": [
        c("DJI", "first_close_above", 20000, "index_points", "2017-01-25", "closed above 20,000 points for the first time",
          "first_close_at_or_above('DJI',20000)", "supported", "record", "First close at or above 20,000: 2017-01-25 (20,068.51)."),
        c("DJI", "months_since_first_19000", 2, "months", "2017-01-25", "two months since the Dow crossed 19,000",
          "months_between(first_close_at_or_above('DJI',19000), '2017-01-25')", "supported", "int",
          "First close (and first trade) above 19,000 on 2016-11-22; 2.1 months earlier."),
        c("SPX", "record_close", True, "flag", "2017-01-25", "also closed at all-time highs",
          "close('GSPC','2017-01-25') > record_before('GSPC','2017-01-25')[1]", "supported", "record", "2,298.37 above the previous record close."),
        c("IXIC", "record_close", True, "flag", "2017-01-25", "also closed at all-time highs",
          "close('IXIC','2017-01-25') > record_before('IXIC','2017-01-25')[1]", "supported", "record",
          "5,656.34 above the previous record close. (The Russell 2000, not named, was not at a record.)"),
        c("DJI", "daily_point_change", 155, "index_points", "2017-01-25", "155 points", "point_change('DJI','2017-01-25')",
          "imprecise", "int", "+155.80, which rounds to 156; the live item truncates."),
        c("DJI", "daily_pct_change", 0.8, "percent", "2017-01-25", "0.8 percent, to 20,068", "pct_change('DJI','2017-01-25')", "supported", "1dp", "+0.78%."),
        c("DJI", "close_level", 20068, "index_points", "2017-01-25", "20,068", "close('DJI','2017-01-25')",
          "imprecise", "int", "Close 20,068.51, which rounds to 20,069 (off by 0.51)."),
        c("SPX", "daily_point_change", 18, "index_points", "2017-01-25", "18 points", "point_change('GSPC','2017-01-25')", "supported", "int", "+18.30."),
        c("SPX", "daily_pct_change", 0.8, "percent", "2017-01-25", "0.8 percent, to 2,298", "pct_change('GSPC','2017-01-25')", "supported", "1dp", "+0.80%."),
        c("SPX", "close_level", 2298, "index_points", "2017-01-25", "2,298", "close('GSPC','2017-01-25')", "supported", "int", "2,298.37."),
        c("IXIC", "daily_point_change", 55, "index_points", "2017-01-25", "climbed 55 points", "point_change('IXIC','2017-01-25')", "supported", "int", "+55.38."),
        c("IXIC", "daily_pct_change", 1, "percent", "2017-01-25", "1 percent", "pct_change('IXIC','2017-01-25')", "supported", "int", "+0.99%."),
        c("IXIC", "close_level", 5656, "index_points", "2017-01-25", "5,656", "close('IXIC','2017-01-25')", "supported", "int", "5,656.34."),
        c("US10Y", "yield_level", 2.52, "percent", "2017-01-25", "2.52 percent", "rate_on('DGS10','2017-01-25')",
          "supported", "2dp", "FRED end-of-day 10-year yield 2.53% (2.47% the day before); within 0.025.", basis="end of day"),
    ],
})

# 12 ------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "ap_20170301_dow_21000_four_records",
    "source": src("sltrib.com", "http://www.sltrib.com/home/5002330-155/record-highs-dow-crosses-21000-point-mark", "Associated Press"),
    "published": "2017-03-01", "published_confidence": "exact",
    "published_note": "page dated 2017-03-01; describes Wednesday 2017-03-01, the day after President Trump's address to Congress.",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "Hopes for corporate tax cuts, lighter regulation and other business-friendly proposals that President Donald "
        "Trump repeated in his speech to Congress powered the rally, along with growing talk that the Federal Reserve "
        "could soon raise interest rates again. The Dow jumped 303.31 points, or 1.5 percent, to 21,115.55; at one point "
        "the 30-company average was up more than 356 points. The Dow had not gained more than 300 points in a day since "
        "November. The Standard & Poor's 500 index rose 32.32 points, or 1.4 percent, to 2,395.96, its biggest one-day gain "
        "since early November. The Nasdaq composite index climbed 78.59 points, or 1.4 percent, to 5,904.03. Small-company "
        "stocks kept outpacing the rest of the market, a bullish sign for the economy: the Russell 2000 index rose 26.95 "
        "points, or 1.9 percent, to 1,413.64. All four indexes closed at new all-time highs, and each had set new highs "
        "last month. Bond prices fell and yields climbed after New York Fed President William Dudley said the case for "
        "raising rates had grown stronger. The 10-year Treasury yield rose to 2.46 percent from 2.40 percent late Tuesday."),
    "claims": [
        c("DJI", "daily_point_change", 303.31, "index_points", "2017-03-01", "303.31 points", "point_change('DJI','2017-03-01')", "supported", "2dp", "+303.31."),
        c("DJI", "daily_pct_change", 1.5, "percent", "2017-03-01", "1.5 percent", "pct_change('DJI','2017-03-01')", "supported", "1dp", "+1.46%."),
        c("DJI", "close_level", 21115.55, "index_points", "2017-03-01", "21,115.55", "close('DJI','2017-03-01')", "supported", "2dp", "21,115.55."),
        c("DJI", "intraday_point_change_max", 356, "index_points", "2017-03-01", "more than 356 points", "intraday_change('DJI','2017-03-01','high')",
          "supported", "more", "Session high 21,169.11 vs 20,812.24 previous close: +356.87.", qualifier="more than", basis="intraday high"),
        c("DJI", "last_300pt_gain_since", "2016-11", "month", "2017-03-01", "had not gained more than 300 points in a day since",
          "last_pts_gain_at_least('DJI','2017-03-01',300)", "supported", "worst_since", "Last earlier gain above 300 points: 2016-11-07 (+371.32)."),
        c("SPX", "daily_point_change", 32.32, "index_points", "2017-03-01", "32.32 points", "point_change('GSPC','2017-03-01')", "supported", "2dp", "+32.32."),
        c("SPX", "daily_pct_change", 1.4, "percent", "2017-03-01", "1.4 percent, to 2,395.96", "pct_change('GSPC','2017-03-01')", "supported", "1dp", "+1.37%."),
        c("SPX", "close_level", 2395.96, "index_points", "2017-03-01", "2,395.96", "close('GSPC','2017-03-01')", "supported", "2dp", "2,395.96."),
        c("SPX", "biggest_gain_since", "2016-11 (early)", "period", "2017-03-01", "biggest one-day gain since early November",
          "last_move_as_big('GSPC','2017-03-01','pct',down=False)", "supported", "worst_since", "Last earlier gain of at least 1.37%: 2016-11-07 (+2.22%); the point ranking gives the same day."),
        c("IXIC", "daily_point_change", 78.59, "index_points", "2017-03-01", "78.59 points", "point_change('IXIC','2017-03-01')", "supported", "2dp", "+78.59."),
        c("IXIC", "daily_pct_change", 1.4, "percent", "2017-03-01", "1.4 percent, to 5,904.03", "pct_change('IXIC','2017-03-01')", "supported", "1dp", "+1.349%, within 0.07 of 1.4."),
        c("IXIC", "close_level", 5904.03, "index_points", "2017-03-01", "5,904.03", "close('IXIC','2017-03-01')", "supported", "2dp", "5,904.03."),
        c("RUT", "outperformed_others", True, "comparison", "2017-03-01", "kept outpacing the rest of the market",
          "pct_change('RUT','2017-03-01') > max(pct_change(t,'2017-03-01') for t in ('DJI','GSPC','IXIC'))", "supported", "comparison",
          "Russell +1.94% vs Dow +1.46%, S&P 500 +1.37%, Nasdaq +1.35% on the day."),
        c("RUT", "daily_point_change", 26.95, "index_points", "2017-03-01", "26.95", "point_change('RUT','2017-03-01')", "supported", "2dp", "+26.96 in the file (26.9599), within 0.025."),
        c("RUT", "daily_pct_change", 1.9, "percent", "2017-03-01", "1.9 percent", "pct_change('RUT','2017-03-01')", "supported", "1dp", "+1.94%."),
        c("RUT", "close_level", 1413.64, "index_points", "2017-03-01", "1,413.64", "close('RUT','2017-03-01')", "supported", "2dp", "1,413.64."),
        c("DJI_SPX_IXIC_RUT", "record_close", True, "flag", "2017-03-01", "All four indexes closed at new all-time highs",
          "[close(t,'2017-03-01') > record_before(t,'2017-03-01')[1] for t in ('DJI','GSPC','IXIC','RUT')]", "supported", "record", "All four closed above every earlier close."),
        c("DJI_SPX_IXIC_RUT", "record_close_in_month", "2017-02", "month", "2017-02", "each had set new highs last month",
          "[record_closes(t,'2017-02-01','2017-02-28')[-1] for t in ('DJI','GSPC','IXIC','RUT')]", "supported", "record",
          "Last February record closes: Dow and S&P 500 2017-02-27, Nasdaq and Russell 2017-02-21."),
        c("US10Y", "yield_level", 2.46, "percent", "2017-03-01", "2.46 percent", "rate_on('DGS10','2017-03-01')", "supported", "2dp", "FRED end-of-day 2.46%.", basis="end of day"),
        c("US10Y", "yield_level", 2.40, "percent", "2017-02-28", "2.40 percent", "rate_on('DGS10','2017-02-28')",
          "imprecise", "2dp", "FRED end-of-day 2.36% for Tuesday 2017-02-28; AP's late-Tuesday 2.40% is 0.04 higher (end-of-day constant-maturity vs a late market quote).", basis="late Tuesday"),
    ],
})

# 13 ------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "ap_20180117_dow_26000",
    "source": src("dfw.cbslocal.com", "http://dfw.cbslocal.com/2018/01/17/dow-jones-industrial-average/", "Associated Press"),
    "published": "2018-01-17", "published_confidence": "exact",
    "published_note": "date in the URL and on the page; AP closing item for Wednesday 2018-01-17.",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "Stocks closed higher on Wall Street, carrying the Dow Jones industrial average to its first close above 26,000 "
        "points. The Dow had traded above that mark on Tuesday but ended that day lower. Wednesday's climb was driven in "
        "part by a big gain in Boeing. With the market hitting records so often, 1,000-point moves in the Dow have "
        "become increasingly common: it has been just eight trading days since the Dow first closed above 25,000. "
        "Technology stocks were again among the biggest winners. The Dow rose 332 points, or 1.3 percent, to 26,115. "
        "The Standard & Poor's 500 added 26 points, or 0.9 percent, to 2,802. The Nasdaq composite gained 74 points, "
        "or 1 percent, to 7,298."),
    "claims": [
        c("DJI", "first_close_above", 26000, "index_points", "2018-01-17", "first close above 26,000",
          "first_close_at_or_above('DJI',26000)", "supported", "record", "First close at or above 26,000: 2018-01-17 (26,115.65)."),
        c("DJI", "intraday_above_then_closed_below", True, "flag", "2018-01-16", "traded above that mark on Tuesday",
          "[close('DJI','2018-01-16','high') > 26000, close('DJI','2018-01-16') < 26000]", "supported", "fact",
          "2018-01-16: high 26,086.12, close 25,792.86."),
        c("DJI", "milestone_moves_common", "1,000-point moves", "generic", "2018-01-17", "1,000-point moves in the Dow have", None,
          "not_checkable", "generic", "A loose generic statement about thousand-point milestones; the specific figure that follows is keyed separately."),
        c("DJI", "sessions_between_milestones", 8, "sessions", "2018-01-17", "eight trading days",
          "sessions_between('DJI', first_close_at_or_above('DJI',25000), first_close_at_or_above('DJI',26000))", "supported", "streak",
          "First close above 25,000 on 2018-01-04; 8 sessions to 2018-01-17.", dec=0),
        c("DJI", "daily_point_change", 332, "index_points", "2018-01-17", "332 points", "point_change('DJI','2018-01-17')",
          "imprecise", "int", "The file (and the official close) give +322.79; 332 is 9.2 points (2.9%) too high, probably a transposed digit."),
        c("DJI", "daily_pct_change", 1.3, "percent", "2018-01-17", "1.3 percent", "pct_change('DJI','2018-01-17')", "supported", "1dp", "+1.25%, which rounds to 1.3."),
        c("DJI", "close_level", 26115, "index_points", "2018-01-17", "26,115", "close('DJI','2018-01-17')",
          "imprecise", "int", "Close 26,115.65, which rounds to 26,116; truncated."),
        c("SPX", "daily_point_change", 26, "index_points", "2018-01-17", "26 points", "point_change('GSPC','2018-01-17')", "supported", "int", "+26.14."),
        c("SPX", "daily_pct_change", 0.9, "percent", "2018-01-17", "0.9 percent", "pct_change('GSPC','2018-01-17')", "supported", "1dp", "+0.94%."),
        c("SPX", "close_level", 2802, "index_points", "2018-01-17", "2,802", "close('GSPC','2018-01-17')",
          "imprecise", "int", "Close 2,802.56, which rounds to 2,803; truncated."),
        c("IXIC", "daily_point_change", 74, "index_points", "2018-01-17", "74 points", "point_change('IXIC','2018-01-17')",
          "imprecise", "int", "+74.59, which rounds to 75; truncated."),
        c("IXIC", "daily_pct_change", 1, "percent", "2018-01-17", "or 1 percent", "pct_change('IXIC','2018-01-17')", "supported", "int", "+1.03%."),
        c("IXIC", "close_level", 7298, "index_points", "2018-01-17", "7,298", "close('IXIC','2018-01-17')", "supported", "int", "7,298.28."),
    ],
})

# 14 ------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "marketwatch_20181206_vix_bush_mourning",
    "source": src("elements.vi", "https://elements.vi/en/press-center/news/38213-wall-street-s-fear-index-surges-to-9-month-high-as-dow-drops-nearly-800-points", "MarketWatch"),
    "published": "2018-12-06", "published_confidence": "high",
    "published_note": "inferred: an undated repost of a MarketWatch intraday story; a Thursday after markets closed on Wednesday for the national day of mourning for George H.W. Bush is 2018-12-06. All levels are mid-session readings ('in recent trade').",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "Wall Street's popular measure of volatility, known as the fear index, leapt on Thursday as stocks tanked on "
        "mounting worries about global growth. The CBOE Volatility Index, which uses S&P 500 options to gauge expected "
        "volatility over the coming 30 days, stood at 25.73 in recent trade, up 24%, which would be its highest level on "
        "a closing basis since Feb. 9, according to FactSet data. The VIX tends to move inversely to stock prices, and "
        "the jump came as equities went into free fall. The Dow Jones Industrial Average was down 655 points, or 2.5%, "
        "at 24,407, after the blue-chip benchmark shed 800 points on Tuesday. Markets were closed on Wednesday for a "
        "national day of mourning for George H.W. Bush, the 41st U.S. president, who died at 94. On Thursday the S&P "
        "500 was off 2.3% at 2,639, while the Nasdaq Composite traded 1.7% lower at 7,037."),
    "claims": [
        c("VIX", "intraday_level", 25.73, "index_points", "2018-12-06", "25.73", "close('VIX','2018-12-06')",
          "unverifiable", "mid", "Inside the session range 20.94-25.94; close 21.19.", basis="recent trade"),
        c("VIX", "intraday_pct_change", 24, "percent", "2018-12-06", "up 24%", "pct_change('VIX','2018-12-06')",
          "unverifiable", "mid", "25.73 vs the 20.74 previous close is +24.1%; the session ranged +1.0% to +25.1%; close +2.17%.", basis="recent trade"),
        c("VIX", "highest_close_since", "2018-02-09", "date", "2018-12-06", "highest level on a closing basis since Feb. 9",
          "level_since(col('VIX'), '2018-12-06', 25.73)", "not_checkable", "conditional",
          "'Would be' if the index closed there: a hypothetical. The arithmetic holds (the last close at or above 25.73 was 2018-02-09, 29.06), but the VIX closed at 21.19."),
        c("DJI", "intraday_point_change", -655, "index_points", "2018-12-06", "655 points", "point_change('DJI','2018-12-06')",
          "unverifiable", "mid", "Inside the session range (-784.85 to -76.06 points); close -79.40.", basis="recent trade"),
        c("DJI", "intraday_pct_change", -2.5, "percent", "2018-12-06", "or 2.5%", "pct_change('DJI','2018-12-06')",
          "unverifiable", "mid", "Inside the session range (-3.14% to -0.30%); close -0.32%.", basis="recent trade",
          fig="session_range_pct('DJI','2018-12-06') = {=session_range_pct('DJI','2018-12-06')}"),
        c("DJI", "intraday_level", 24407, "index_points", "2018-12-06", "24,407", "close('DJI','2018-12-06')",
          "unverifiable", "mid", "Inside the session range 24,242.22-24,951.01; close 24,947.67.", basis="recent trade"),
        c("DJI", "daily_point_change", -800, "index_points", "2018-12-04", "shed 800 points", "point_change('DJI','2018-12-04')",
          "imprecise", "int", "Tuesday 2018-12-04: -799.36; the unhedged round 800 is 0.64 off."),
        c("US_MARKETS", "market_closed", "2018-12-05", "date", "2018-12-05", "Markets were closed on Wednesday",
          "[no_session(t,'2018-12-05') for t in ('DJI','GSPC','IXIC')]", "supported", "fact", "No session on 2018-12-05 in the index files."),
        c("SPX", "intraday_pct_change", -2.3, "percent", "2018-12-06", "off 2.3%", "pct_change('GSPC','2018-12-06')",
          "unverifiable", "mid", "Inside the session range (-2.91% to -0.14%); close -0.15%.", basis="recent trade",
          fig="session_range_pct('GSPC','2018-12-06') = {=session_range_pct('GSPC','2018-12-06')}"),
        c("SPX", "intraday_level", 2639, "index_points", "2018-12-06", "2,639", "close('GSPC','2018-12-06')",
          "unverifiable", "mid", "Inside the session range 2,621.53-2,696.15; close 2,695.95.", basis="recent trade"),
        c("IXIC", "intraday_pct_change", -1.7, "percent", "2018-12-06", "1.7% lower", "pct_change('IXIC','2018-12-06')",
          "unverifiable", "mid", "Inside the session range (-2.43% to +0.43%); close +0.42%.", basis="recent trade",
          fig="session_range_pct('IXIC','2018-12-06') = {=session_range_pct('IXIC','2018-12-06')}"),
        c("IXIC", "intraday_level", 7037, "index_points", "2018-12-06", "7,037", "close('IXIC','2018-12-06')",
          "unverifiable", "mid", "Inside the session range 6,984.34-7,189.52; close 7,188.26.", basis="recent trade"),
    ],
})

# 15 ------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "gurufocus_20200522_pre_holiday_wrap",
    "source": src("gurufocus.com", "https://www.gurufocus.com/news/1145271/us-indexes-post-some-small-gains-friday-before-the-holiday-weekend", "GuruFocus"),
    "published": "2020-05-22", "published_confidence": "exact",
    "published_note": "page dated 2020-05-22; Friday before Memorial Day.",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "U.S. indexes post small gains Friday ahead of the holiday weekend. The Dow Jones Industrial Average closed at "
        "24,465.16 on Friday, a loss of 8.96 points or -0.04%. The S&P 500 finished at 2,955.45, up 6.94 points or 0.24%. "
        "The Nasdaq Composite closed at 9,324.59, a gain of 39.71 points or 0.43%. The VIX Volatility Index was lower at "
        "28.15, down 1.38 points or -4.67%. For the week, the Dow Jones gained 3.3%, the S&P 500 gained 3.2% and the "
        "Nasdaq returned 3.4%. For the year, the Nasdaq has a gain of 3.92%, the S&P 500 is down 8.52% and the Dow Jones "
        "has a return of 14.24%. U.S. indexes were mostly flat before the Memorial Day weekend, as retail earnings "
        "reports closed out the first-quarter reporting season and the economic calendar was empty; investors kept an "
        "eye on tensions among the U.S., China and Hong Kong. In small caps, the Russell 2000 closed at 1,355.53, a gain "
        "of 7.97 points or 0.59%. The S&P 600 closed at 775.34, up 3.93 points or 0.51%."),
    "claims": [
        c("DJI", "close_level", 24465.16, "index_points", "2020-05-22", "24,465.16", "close('DJI','2020-05-22')", "supported", "2dp", "24,465.16."),
        c("DJI", "daily_point_change", -8.96, "index_points", "2020-05-22", "8.96 points", "point_change('DJI','2020-05-22')", "supported", "2dp", "-8.96."),
        c("DJI", "daily_pct_change", -0.04, "percent", "2020-05-22", "-0.04%", "pct_change('DJI','2020-05-22')", "supported", "2dp", "-0.037%."),
        c("SPX", "close_level", 2955.45, "index_points", "2020-05-22", "2,955.45", "close('GSPC','2020-05-22')", "supported", "2dp", "2,955.45."),
        c("SPX", "daily_point_change", 6.94, "index_points", "2020-05-22", "6.94 points", "point_change('GSPC','2020-05-22')", "supported", "2dp", "+6.94."),
        c("SPX", "daily_pct_change", 0.24, "percent", "2020-05-22", "0.24%", "pct_change('GSPC','2020-05-22')", "supported", "2dp", "+0.235%."),
        c("IXIC", "close_level", 9324.59, "index_points", "2020-05-22", "9,324.59", "close('IXIC','2020-05-22')", "supported", "2dp", "9,324.59."),
        c("IXIC", "daily_point_change", 39.71, "index_points", "2020-05-22", "39.71 points", "point_change('IXIC','2020-05-22')", "supported", "2dp", "+39.71."),
        c("IXIC", "daily_pct_change", 0.43, "percent", "2020-05-22", "0.43%", "pct_change('IXIC','2020-05-22')", "supported", "2dp", "+0.428%."),
        c("VIX", "close_level", 28.15, "index_points", "2020-05-22", "28.15", "close('VIX','2020-05-22')", "supported", "2dp", "CBOE official close 28.16 (0.01 off)."),
        c("VIX", "daily_point_change", -1.38, "index_points", "2020-05-22", "1.38 points", "point_change('VIX','2020-05-22')", "supported", "2dp", "-1.37 in the file (from 29.53 to 28.16); 0.01 off."),
        c("VIX", "daily_pct_change", -4.67, "percent", "2020-05-22", "-4.67%", "pct_change('VIX','2020-05-22')",
          "imprecise", "2dp", "-4.64% with the official 28.16 close; the page's 28.15 would give -4.67%. Off by 0.03, outside the 0.025 tolerance."),
        c("DJI", "weekly_change", 3.3, "percent", "2020-05-22", "the Dow Jones gained 3.3%", "wtd('DJI','2020-05-22')", "supported", "1dp", "+3.29%.", window="week"),
        c("SPX", "weekly_change", 3.2, "percent", "2020-05-22", "the S&P 500 gained 3.2%", "wtd('GSPC','2020-05-22')", "supported", "1dp", "+3.20%.", window="week"),
        c("IXIC", "weekly_change", 3.4, "percent", "2020-05-22", "returned 3.4%", "wtd('IXIC','2020-05-22')", "supported", "1dp", "+3.44%.", window="week"),
        c("IXIC", "ytd_change", 3.92, "percent", "2020-05-22", "3.92%", "ytd('IXIC','2020-05-22')", "supported", "2dp", "+3.92%."),
        c("SPX", "ytd_change", -8.52, "percent", "2020-05-22", "down 8.52%", "ytd('GSPC','2020-05-22')", "supported", "2dp", "-8.52%."),
        c("DJI", "ytd_change", 14.24, "percent", "2020-05-22", "return of 14.24%", "ytd('DJI','2020-05-22')",
          "contradicted", "2dp", "The Dow was down 14.27% for the year (28,538.44 at the end of 2019 to 24,465.16); the page gives a positive 'return of 14.24%', wrong in sign (and 0.03 off in size)."),
        c("RUT", "close_level", 1355.53, "index_points", "2020-05-22", "1,355.53", "close('RUT','2020-05-22')", "supported", "2dp", "1,355.53."),
        c("RUT", "daily_point_change", 7.97, "index_points", "2020-05-22", "7.97 points", "point_change('RUT','2020-05-22')", "supported", "2dp", "+7.97."),
        c("RUT", "daily_pct_change", 0.59, "percent", "2020-05-22", "0.59%", "pct_change('RUT','2020-05-22')", "supported", "2dp", "+0.591%."),
        c("SP600", "close_level", 775.34, "index_points", "2020-05-22", "775.34", None, "unverifiable", "notinfiles", "The S&P SmallCap 600 is not in the files."),
        c("SP600", "daily_point_change", 3.93, "index_points", "2020-05-22", "3.93 points", None, "unverifiable", "notinfiles", "The S&P SmallCap 600 is not in the files."),
        c("SP600", "daily_pct_change", 0.51, "percent", "2020-05-22", "0.51%", None, "unverifiable", "notinfiles", "The S&P SmallCap 600 is not in the files."),
    ],
})

# 16 ------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "ap_20230519_indexes_fared_best_week",
    "source": src("sandiegouniontribune.com", "https://www.sandiegouniontribune.com/business/nation/story/2023-05-19/how-major-us-stock-indexes-fared-friday-5-19-2023", "Associated Press"),
    "published": "2023-05-19", "published_confidence": "exact",
    "published_note": "date in the URL and on the page; AP's 'How major US stock indexes fared' for Friday 2023-05-19.",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "Wall Street slipped to a slightly lower finish on Friday but still wrapped up its best week since March. Worry "
        "over the Washington negotiations to head off a U.S. government debt default helped pull stocks down. The S&P 500 "
        "broke out of a sluggish stretch in which it had not moved 1%, up or down, for six straight weeks. Traders took "
        "remarks by Federal Reserve Chair Jerome Powell to mean the end of interest-rate increases may come next month. "
        "Friday: S&P 500 down 6.07 points, or 0.1%, at 4,191.98; Dow Jones Industrial Average down 109.28 points, or "
        "0.3%, at 33,426.63; Nasdaq composite down 30.94 points, or 0.2%, at 12,657.90; Russell 2000 index of smaller "
        "companies down 11.14 points, or 0.6%, at 1,773.72. The week: S&P 500 up 67.90 points, or 1.6%; Dow up 126.01 "
        "points, or 0.4%; Nasdaq up 373.15 points, or 3%; Russell 2000 up 32.87 points, or 1.9%. The year: S&P 500 up "
        "352.48 points, or 9.2%; Dow up 279.38 points, or 0.8%; Nasdaq up 2,191.41 points, or 20.9%; Russell 2000 up "
        "12.47 points, or 0.7%."),
    "claims": [
        c("SPX", "best_week_since", "2023-03", "month", "2023-05-19", "best week since March", "last_week_as_big('GSPC','2023-05-19')",
          "supported", "worst_since", "Week +1.65%; the last earlier week with a gain at least that large ended 2023-03-31 (+3.48%).", window="week"),
        c("SPX", "weeks_without_1pct_move", 6, "weeks", "2023-05-12", "six straight weeks", "weekly_abs_below('GSPC','2023-04-07','2023-05-12',1.0)",
          "supported", "streak", "Weeks ending 2023-04-07 to 2023-05-12 all moved less than 1% (-0.10, +0.79, -0.10, +0.87, -0.80, -0.29); the week before (to 03-31) was +3.48%.", dec=0),
        c("SPX", "daily_point_change", -6.07, "index_points", "2023-05-19", "6.07 points", "point_change('GSPC','2023-05-19')", "supported", "2dp", "-6.07."),
        c("SPX", "daily_pct_change", -0.1, "percent", "2023-05-19", "0.1%", "pct_change('GSPC','2023-05-19')", "supported", "1dp", "-0.14%."),
        c("SPX", "close_level", 4191.98, "index_points", "2023-05-19", "4,191.98", "close('GSPC','2023-05-19')", "supported", "2dp", "4,191.98."),
        c("DJI", "daily_point_change", -109.28, "index_points", "2023-05-19", "109.28 points", "point_change('DJI','2023-05-19')", "supported", "2dp", "-109.28."),
        c("DJI", "daily_pct_change", -0.3, "percent", "2023-05-19", "0.3%", "pct_change('DJI','2023-05-19')", "supported", "1dp", "-0.33%."),
        c("DJI", "close_level", 33426.63, "index_points", "2023-05-19", "33,426.63", "close('DJI','2023-05-19')", "supported", "2dp", "33,426.63."),
        c("IXIC", "daily_point_change", -30.94, "index_points", "2023-05-19", "30.94 points", "point_change('IXIC','2023-05-19')", "supported", "2dp", "-30.94."),
        c("IXIC", "daily_pct_change", -0.2, "percent", "2023-05-19", "0.2%", "pct_change('IXIC','2023-05-19')", "supported", "1dp", "-0.24%."),
        c("IXIC", "close_level", 12657.90, "index_points", "2023-05-19", "12,657.90", "close('IXIC','2023-05-19')", "supported", "2dp", "12,657.90."),
        c("RUT", "daily_point_change", -11.14, "index_points", "2023-05-19", "11.14 points", "point_change('RUT','2023-05-19')", "supported", "2dp", "-11.14."),
        c("RUT", "daily_pct_change", -0.6, "percent", "2023-05-19", "0.6%", "pct_change('RUT','2023-05-19')", "supported", "1dp", "-0.62%."),
        c("RUT", "close_level", 1773.72, "index_points", "2023-05-19", "1,773.72", "close('RUT','2023-05-19')", "supported", "2dp", "1,773.72."),
        c("SPX", "weekly_point_change", 67.90, "index_points", "2023-05-19", "67.90 points", "points('GSPC','2023-05-12','2023-05-19')", "supported", "2dp", "+67.90 from the 2023-05-12 close.", window="week"),
        c("SPX", "weekly_change", 1.6, "percent", "2023-05-19", "1.6%", "wtd('GSPC','2023-05-19')", "supported", "1dp", "+1.65%.", window="week"),
        c("DJI", "weekly_point_change", 126.01, "index_points", "2023-05-19", "126.01 points", "points('DJI','2023-05-12','2023-05-19')", "supported", "2dp", "+126.01.", window="week"),
        c("DJI", "weekly_change", 0.4, "percent", "2023-05-19", "0.4%", "wtd('DJI','2023-05-19')", "supported", "1dp", "+0.38%.", window="week"),
        c("IXIC", "weekly_point_change", 373.15, "index_points", "2023-05-19", "373.15 points", "points('IXIC','2023-05-12','2023-05-19')", "supported", "2dp", "+373.16 in the file; 0.01 off.", window="week"),
        c("IXIC", "weekly_change", 3, "percent", "2023-05-19", "373.15 points, or 3%", "wtd('IXIC','2023-05-19')", "supported", "int", "+3.04%.", window="week"),
        c("RUT", "weekly_point_change", 32.87, "index_points", "2023-05-19", "32.87 points", "points('RUT','2023-05-12','2023-05-19')", "supported", "2dp", "+32.87.", window="week"),
        c("RUT", "weekly_change", 1.9, "percent", "2023-05-19", "1.9%", "wtd('RUT','2023-05-19')", "supported", "1dp", "+1.89%.", window="week"),
        c("SPX", "ytd_point_change", 352.48, "index_points", "2023-05-19", "352.48 points", "points('GSPC','2022-12-30','2023-05-19')", "supported", "2dp", "+352.48 from the 2022-12-30 close.", window="ytd"),
        c("SPX", "ytd_change", 9.2, "percent", "2023-05-19", "9.2%", "ytd('GSPC','2023-05-19')", "supported", "1dp", "+9.18%.", window="ytd"),
        c("DJI", "ytd_point_change", 279.38, "index_points", "2023-05-19", "279.38 points", "points('DJI','2022-12-30','2023-05-19')", "supported", "2dp", "+279.38.", window="ytd"),
        c("DJI", "ytd_change", 0.8, "percent", "2023-05-19", "0.8%", "ytd('DJI','2023-05-19')", "supported", "1dp", "+0.84%.", window="ytd"),
        c("IXIC", "ytd_point_change", 2191.41, "index_points", "2023-05-19", "2,191.41 points", "points('IXIC','2022-12-30','2023-05-19')", "supported", "2dp", "+2,191.42 in the file; 0.01 off.", window="ytd"),
        c("IXIC", "ytd_change", 20.9, "percent", "2023-05-19", "20.9%", "ytd('IXIC','2023-05-19')", "supported", "1dp", "+20.94%.", window="ytd"),
        c("RUT", "ytd_point_change", 12.47, "index_points", "2023-05-19", "12.47 points", "points('RUT','2022-12-30','2023-05-19')", "supported", "2dp", "+12.47.", window="ytd"),
        c("RUT", "ytd_change", 0.7, "percent", "2023-05-19", "0.7%", "ytd('RUT','2023-05-19')", "supported", "1dp", "+0.71%.", window="ytd"),
    ],
})

# 17 ------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "reuters_20250407_vix_eight_month_high",
    "source": src("fidelity.com", "https://fidelity.com/news/article/us-markets/202504071112RTRSNEWSCOMBINED_KCN3GF1D2-OUSTP_1", "Reuters"),
    "published": "2025-04-07", "published_confidence": "exact",
    "published_note": "the URL carries 202504071112 (2025-04-07 11:12); a Monday intraday story. 'Friday' is 2025-04-04; 'August' is 2024-08-05/06.",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "NEW YORK (Reuters) - Wall Street's most closely watched gauge of investor anxiety shot to a new eight-month high "
        "on Monday as U.S. stocks extended last week's selloff on fears about the fallout from President Donald Trump's "
        "tariff policy. The Cboe Volatility Index, an options-based measure of investor anxiety, jumped as much as 14.82 "
        "points to 60.13, its highest since August 5. The index, known as Wall Street's 'fear gauge', was last up 4.52 "
        "points at 49.83, after posting its highest closing level in five years on Friday. It rose as the main equity "
        "indexes opened sharply lower, with the S&P 500 close to confirming a bear market, a drop of 20% from a record "
        "high. The benchmark index later recovered to trade up 0.7% in choppy action. 'The tariff episode has definitely "
        "rocketed VIX into panic territory,' said Jim Carroll, portfolio manager at Ballast Rock Private Wealth. The VIX "
        "logged a record jump in August as traders rushed to hedge during a global selloff fueled by U.S. recession "
        "fears, and it then went on to mark a record retreat as investors hurried back into strategies that bet on low "
        "stock volatility."),
    "claims": [
        c("VIX", "highest_since_months", 8, "months", "2025-04-07", "new eight-month high", "highest_since('VIX','2025-04-07','high')",
          "supported", "since", "Intraday high 60.13 is the highest intraday level since 2024-08-05 (65.73), eight months earlier.", basis="intraday high"),
        c("VIX", "intraday_point_change_max", 14.82, "index_points", "2025-04-07", "as much as 14.82", "intraday_jump('VIX','2025-04-07')",
          "supported", "asmuch", "Session high 60.13 vs Friday's 45.31 close: +14.82.", qualifier="as much as", basis="intraday high"),
        c("VIX", "intraday_high", 60.13, "index_points", "2025-04-07", "60.13", "close('VIX','2025-04-07','high')", "supported", "2dp", "Session high 60.13.", basis="intraday high"),
        c("VIX", "highest_since", "2024-08-05", "date", "2025-04-07", "highest since August 5", "highest_since('VIX','2025-04-07','high')",
          "supported", "since", "Last earlier session with a high at or above 60.13: 2024-08-05.", basis="intraday high"),
        c("VIX", "intraday_point_change", 4.52, "index_points", "2025-04-07", "up 4.52", "point_change('VIX','2025-04-07')",
          "unverifiable", "mid", "'Last' reading inside the session's range (-6.73 to +14.82 points); close +1.67.", basis="last trade at time of writing"),
        c("VIX", "intraday_level", 49.83, "index_points", "2025-04-07", "49.83", "close('VIX','2025-04-07')",
          "unverifiable", "mid", "Inside the session range 38.58-60.13; close 46.98.", basis="last trade at time of writing"),
        c("VIX", "highest_close_since_years", 5, "years", "2025-04-04", "highest closing level in five years", "highest_since('VIX','2025-04-04')",
          "supported", "since", "Friday 2025-04-04 close 45.31: highest close since 2020-04-21 (4.96 years)."),
        c("SPX", "near_bear_market", "close to a 20% drop", "flag", "2025-04-07", "close to confirming a bear market",
          "[pct_below_record('GSPC','2025-04-07'), (1 - close('GSPC','2025-04-07','low') / record_before('GSPC','2025-04-07')[1]) * 100]",
          "not_checkable", "generic", "A loose description with the 20% definition: at the open the S&P 500 traded 21.3% below its 2025-02-19 record close (6,144.15), a bear market is confirmed only by a close, and it closed 17.6% below."),
        c("SPX", "intraday_pct_change", 0.7, "percent", "2025-04-07", "up 0.7%", "pct_change('GSPC','2025-04-07')",
          "unverifiable", "mid", "Inside the session range (-4.71% to +3.40%); close -0.23%.", basis="intraday",
          fig="session_range_pct('GSPC','2025-04-07') = {=session_range_pct('GSPC','2025-04-07')}"),
        c("VIX", "record_jump", "2024-08", "month", "2024-08-05", "record jump in August", "intraday_jump_is_record('VIX','2024-08-05')",
          "supported", "record", "On 2024-08-05 the VIX high (65.73) was 42.34 points (+181%) above the previous close, the largest intraday jump in the file in points and percent. Close to close (+15.18 points, +64.9%) it was not a record."),
        c("VIX", "record_retreat", "2024-08", "month", "2024-08-06", "record retreat", "[move_rank('VIX','2024-08-06','pct',down=True), move_rank('VIX','2024-08-06','pts',down=True)]",
          "unverifiable", "ambiguous", "The basis is not stated. Close to close, 2024-08-06 (-28.2%, -10.86 points) ranked only 2nd by percent and 7th by points at the time; the 'record' refers to the speed of the fall from the intraday peak, which the daily files cannot measure."),
    ],
})

# 18 ------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "marketscreener_202512_year_of_small_caps",
    "source": src("marketscreener.com", "https://www.marketscreener.com/news/2026-the-year-of-us-small-caps-ce7d50d9df8df22c", "MarketScreener"),
    "published": "2025-12", "published_confidence": "medium",
    "published_note": "inferred: the page has no date; it counts three Fed cuts in 2025 (the third was decided 2025-12-10), calls the tax plan 'this summer' and looks ahead to 2026, so it was written between 2025-12-10 and 2025-12-31. Ten-year counts use calendar years 2016-2025.",
    "text_kind": "condensed_close_paraphrase",
    "text": (
        "2026: the year of U.S. small caps? For three years the U.S. equity rally has been carried by a handful of large "
        "caps riding the AI theme, while small caps have struggled; the Russell 2000, the U.S. small-cap index, is far less "
        "exposed to technology. Over three years, the Russell 2000 has gained 39%, against 70% for the S&P 500. Large-cap "
        "leadership is nothing new: over the past ten years, the Russell 2000 has beaten the S&P 500 only twice (in 2016 "
        "and 2020). The gap is partly deserved. Small caps have historically outperformed because smaller companies grow "
        "faster than mature large ones, but in the past three years the Magnificent 7 drove earnings growth, while a big "
        "chunk - 40% - of Russell 2000 companies are actually unprofitable. Being more indebted, small caps were hurt by "
        "rising rates. Lately, the prospect of rate cuts and a pullback in AI names have helped the Russell 2000 win back "
        "some ground and nearly match the S&P 500 in 2025. The macro backdrop for next year looks favorable: Fed rate cuts "
        "(three in 2025 and possibly one or two in 2026) should filter through and support companies, and the tax-cut plan "
        "passed by Congress this summer will help. Going by the Fed's economic projections, U.S. growth should pick up from "
        "1.7% in 2025 to 2.3% in 2026. Analysts project 35% earnings growth in each of the next two years for Russell 2000 "
        "companies, against 14% for S&P 500 companies, at a valuation 5% above the S&P 500's, compared with a 15% premium "
        "historically."),
    "claims": [
        c("RUT", "three_year_return", 39, "percent", "2025-12", "has gained 39%", "ret('RUT','2022-12-30','2025-12-10')",
          "unverifiable", "unstated", "The three-year window and its end date are not stated. From the 2022-12-30 close the Russell was up 40.2% at 2025-12-01, 45.3% at 2025-12-10 and 40.9% at year end; other three-year windows ending in December 2025 give other values.", window="three years (unstated dates)"),
        c("SPX", "three_year_return", 70, "percent", "2025-12", "against 70%", "ret('GSPC','2022-12-30','2025-12-10')",
          "unverifiable", "unstated", "Window not stated. From the 2022-12-30 close the S&P 500 was up 77-79% through December 2025 (79.4% at 2025-12-10); a trailing window starting in early December 2022 gives about 67-75%.", window="three years (unstated dates)"),
        c("RUT_VS_SPX", "years_outperformed_in_ten", 2, "years", "2025-12", "only twice",
          "[y for y in range(2016, 2026) if yearly_returns('RUT').loc[str(y) + '-12-31'] > yearly_returns('GSPC').loc[str(y) + '-12-31']]",
          "supported", "streak", "Calendar years 2016-2025 (price returns): the Russell beat the S&P 500 only in 2016 (19.48% vs 9.54%) and 2020 (18.36% vs 16.26%). 2025 is counted to its last close; it was behind all December. The 2015-2024 window gives the same two years.", window="2016-2025"),
        c("RUT", "share_unprofitable", 40, "percent", "2025-12", "40%", None, "unverifiable", "notinfiles", "Company earnings are not in the files."),
        c("RUT_VS_SPX", "ytd_nearly_match", "nearly match", "comparison", "2025-12", "nearly match the S&P 500 in 2025",
          "[ytd('RUT','2025-12-10'), ytd('GSPC','2025-12-10')]", "not_checkable", "generic",
          "Vague comparison without a threshold: at 2025-12-10 the Russell was up 14.77% for the year against 17.09% for the S&P 500 (11.29% vs 16.39% at year end)."),
        c("FEDFUNDS", "rate_cuts_in_year", 3, "count", "2025-12-31", "three in 2025", "len(fomc_rate_changes('2025-01-01','2025-12-31'))",
          "supported", "streak", "Three 25 bp cuts decided 2025-09-17, 2025-10-29 and 2025-12-10 (target-range top 4.50% to 3.75%).", dec=0),
        c("FEDFUNDS", "rate_cuts_next_year", "one or two", "count", "2026", "possibly one or two in 2026", None,
          "forecast", "forecast", "A projection for 2026; not judged against what happened."),
        c("US_GDP", "growth_2025", 1.7, "percent", "2025", "1.7% in 2025", None, "forecast", "forecast", "A Fed projection (the year was not over); GDP is not in the files."),
        c("US_GDP", "growth_2026", 2.3, "percent", "2026", "2.3% in 2026", None, "forecast", "forecast", "A Fed projection for 2026."),
        c("RUT", "eps_growth_forecast", 35, "percent", "2026-2027", "35% earnings growth", None, "forecast", "forecast", "Analysts' earnings projection."),
        c("SPX", "eps_growth_forecast", 14, "percent", "2026-2027", "14%", None, "forecast", "forecast", "Analysts' earnings projection."),
        c("RUT_VS_SPX", "valuation_premium", 5, "percent", "2025-12", "5% above", None, "unverifiable", "notinfiles", "Valuation data are not in the files."),
        c("RUT_VS_SPX", "historical_valuation_premium", 15, "percent", "history", "15% premium", None, "unverifiable", "notinfiles", "Valuation data are not in the files."),
    ],
})
