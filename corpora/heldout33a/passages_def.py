"""Passage texts (condensed close paraphrases) and their atomic claims, with the recipe of each claim.
Read by build_corpus.py."""

U = ("fixed", "unverifiable")
NC = ("fixed", "not_checkable")
FC = ("fixed", "forecast")


def C(t, metric, value, anchor, expr=None, judge=None, claimed_str=None, unit=None, qualifier=None,
      ref_date=None, window=None, comparison=None, basis="close", note="", detail=""):
    if claimed_str is None:
        claimed_str = anchor
    return dict(t=t, metric=metric, value=value, anchor=anchor, expr=expr, judge=judge, claimed_str=claimed_str,
                unit=unit, qualifier=qualifier, ref_date=ref_date, window=window, comparison=comparison,
                basis=basis, note=note, detail=detail)


def day3(t, d, pts, pts_s, pct, pct_s, lvl, lvl_s, a_pts, a_pct, a_lvl, note_lvl="", note_pts="", note_pct=""):
    """points, percent and level of a daily close"""
    return [
        C(t, "daily_change_points", pts, a_pts, "chg_pts('%s','%s')" % (t, d), ("num", "points"), pts_s,
          "points", ref_date=d, window="1d", note=note_pts or "Close against the previous close."),
        C(t, "daily_change_pct", pct, a_pct, "chg_pct('%s','%s')" % (t, d), ("num", "pct"), pct_s,
          "percent", ref_date=d, window="1d", note=note_pct or "Close against the previous close."),
        C(t, "close_level", lvl, a_lvl, "close('%s','%s')" % (t, d), ("num", "level"), lvl_s, "index points",
          ref_date=d, note=note_lvl or "Closing level."),
    ]


PASSAGES = []

# ---------------------------------------------------------------------------------------------------------
d = "2022-12-29"
t1 = ("How major US stock indexes fared Thursday 12/29/2022 (The Associated Press, December 29, 2022). "
      "Wall Street finished higher in a broad rally after new figures on applications for jobless benefits "
      "pointed to a labor market that remains strong. The major indexes are headed for monthly losses that "
      "cap the worst year for stock investors since 2008. "
      "Thursday's closes: the S&P 500 gained 66.06 points, or 1.7%, to end at 3,849.28; the Dow Jones "
      "Industrial Average added 345.09 points, or 1%, to 33,220.80; the Nasdaq climbed 264.80 points, or "
      "2.6%, to 10,478.09; and the Russell 2000 index of smaller companies rose 44.23 points, or 2.6% as "
      "well, to 1,766.25. "
      "Week so far: S&P 500 up 4.46 points, or 0.1%; Dow up 16.87 points, or 0.1% too; Nasdaq down 19.78 "
      "points, or 0.2%; Russell 2000 up 5.32 points, or 0.3%. "
      "Year to date: S&P 500 down 916.90 points, or 19.2%; Dow down 3,117.50 points, or 8.6%; Nasdaq down "
      "5,166.88 points, or 33%; Russell 2000 down 479.06 points, or 21.3%.")
c1 = [
    C("SPX", "mtd_direction", "monthly losses", "headed for monthly losses", "mtd_pct('SPX','%s')" % d, NC + (
        "'headed for' a monthly loss is an on-pace statement (not_checkable)",), None, "percent", ref_date=d,
      window="MTD", note="On-pace statement. At the 2022-12-29 close the S&P 500 was down for December "
      "(computed value); the Dow and Nasdaq were also lower month to date, and all three ended December lower."),
    C("SPX", "worst_year_since", 2008, "worst year for stock investors since 2008",
      "last_year_as_bad('SPX','%s')" % d, ("eq", 2008, "worst since X: X must be the last year with a return at "
      "least as bad"), "2008", None, ref_date=d, window="YTD vs calendar years",
      note="Year-to-date S&P 500 return at the 2022-12-29 close against calendar-year price returns: the last "
      "year at or below it is 2008 (the year was not over, the final 2022 return of -19.4% leaves it unchanged)."),
]
c1 += day3("SPX", d, 66.06, "66.06", 1.7, "1.7", 3849.28, "3,849.28", "66.06 points", "or 1.7%, to end",
           "3,849.28")
c1 += day3("DJI", d, 345.09, "345.09", 1, "1", 33220.80, "33,220.80", "345.09 points", "or 1%, to",
           "33,220.80")
c1 += day3("IXIC", d, 264.80, "264.80", 2.6, "2.6", 10478.09, "10,478.09", "264.80 points", "2.6%, to 10,478",
           "10,478.09")
c1 += day3("RUT", d, 44.23, "44.23", 2.6, "2.6", 1766.25, "1,766.25", "44.23 points", "2.6% as well",
           "1,766.25")
for t, pts, ps, pct, pcs, ap, ac in [("SPX", 4.46, "4.46", 0.1, "0.1", "4.46 points", "4.46 points, or 0.1%"),
                                     ("DJI", 16.87, "16.87", 0.1, "0.1", "16.87 points", "0.1% too"),
                                     ("IXIC", -19.78, "19.78", -0.2, "0.2", "19.78", "0.2%"),
                                     ("RUT", 5.32, "5.32", 0.3, "0.3", "5.32 points", "0.3%")]:
    c1.append(C(t, "wtd_change_points", pts, ap, "wtd_pts('%s','%s')" % (t, d), ("num", "points"), ps, "points",
                ref_date=d, window="WTD", note="Week to date: Thursday close against the last close of the "
                "previous week (Friday 2022-12-23; Monday 2022-12-26 was a holiday)."))
    c1.append(C(t, "wtd_change_pct", pct, ac, "wtd_pct('%s','%s')" % (t, d), ("num", "pct"), pcs, "percent",
                ref_date=d, window="WTD", note="Week to date from the 2022-12-23 close."))
for t, pts, ps, pct, pcs, ap, ac in [("SPX", -916.90, "916.90", -19.2, "19.2", "916.90 points", "19.2%"),
                                     ("DJI", -3117.50, "3,117.50", -8.6, "8.6", "3,117.50 points", "8.6%"),
                                     ("IXIC", -5166.88, "5,166.88", -33, "33", "5,166.88 points", "or 33%"),
                                     ("RUT", -479.06, "479.06", -21.3, "21.3", "479.06 points", "21.3%")]:
    c1.append(C(t, "ytd_change_points", pts, ap, "ytd_pts('%s','%s')" % (t, d), ("num", "points"), ps, "points",
                ref_date=d, window="YTD", note="Year to date from the 2021-12-31 close."))
    c1.append(C(t, "ytd_change_pct", pct, ac, "ytd_pct('%s','%s')" % (t, d), ("num", "pct"), pcs, "percent",
                ref_date=d, window="YTD", note="Year to date from the 2021-12-31 close."))
PASSAGES.append(dict(
    id="fnn_20221229_indexes_fared_thursday",
    source={"site": "federalnewsnetwork.com",
            "url": "https://federalnewsnetwork.com/business-news/2022/12/how-major-us-stock-indexes-fared-thursday-12-29-2022/",
            "original_outlet": "Associated Press"},
    published="2022-12-29", published_confidence="exact",
    published_note="Date in the headline, URL and byline; the session is Thursday 2022-12-29.",
    text=t1, claims=c1))

# ---------------------------------------------------------------------------------------------------------
d = "2020-11-03"
t2 = ("US Indexes Continue Gains for a Higher Close Tuesday (GuruFocus, Julie Young). The Dow Jones Industrial "
      "Average ended Tuesday at 27,480.03, up 554.98 points or 2.06%. The S&P 500 finished at 3,369.02, a gain of "
      "58.78 points or 1.78%, and the Nasdaq Composite settled at 11,160.57, ahead 202.96 points or 1.85%. The "
      "VIX Volatility Index eased to 35.55, a loss of 1.58 points or -4.26%. U.S. indexes extended their advance "
      "for a second day as Americans went to the polls, with tech stocks in front. Among the day's economic "
      "reports, factory orders increased 1.1% in September. In small caps, the Russell 2000 closed at 1,614.30, "
      "gaining 45.70 points or 2.91%, while the S&P 600 ended at 918.90, up 23.51 points or 2.63%.")
c2 = []
c2 += day3("DJI", d, 554.98, "554.98", 2.06, "2.06", 27480.03, "27,480.03", "554.98 points", "2.06%", "27,480.03")
c2 += day3("SPX", d, 58.78, "58.78", 1.78, "1.78", 3369.02, "3,369.02", "58.78 points", "1.78%", "3,369.02",
           note_lvl="The file's close is 3,369.16: the article's 3,369.02 is 0.14 off (imprecise; a preliminary "
           "print, probably).",
           note_pts="58.92 in the file; the article's point gain follows its own level 3,369.02 (imprecise).",
           note_pct="1.7796% in the file, so 1.78% holds despite the level difference.")
c2 += day3("IXIC", d, 202.96, "202.96", 1.85, "1.85", 11160.57, "11,160.57", "202.96 points", "1.85%",
           "11,160.57")
c2 += day3("VIX", d, -1.58, "1.58", -4.26, "4.26", 35.55, "35.55", "1.58 points", "-4.26%", "35.55")
c2.append(C("US_FACTORY_ORDERS", "mom_change_pct", 1.1, "factory orders increased 1.1%", None, U + (
    "series not in the files",), "1.1", "percent", ref_date="2020-09", note="Economic statistic, not in the files."))
c2 += day3("RUT", d, 45.70, "45.70", 2.91, "2.91", 1614.30, "1,614.30", "45.70 points", "2.91%", "1,614.30")
c2.append(C("SP600", "close_level", 918.90, "918.90", None, U + ("series not in the files",), "918.90",
            "index points", ref_date=d, note="S&P SmallCap 600 is not in the files."))
c2.append(C("SP600", "daily_change_points", 23.51, "23.51 points", None, U + ("series not in the files",), "23.51",
            "points", ref_date=d, note="S&P SmallCap 600 is not in the files."))
c2.append(C("SP600", "daily_change_pct", 2.63, "2.63%", None, U + ("series not in the files",), "2.63",
            "percent", ref_date=d, note="S&P SmallCap 600 is not in the files."))
PASSAGES.append(dict(
    id="gurufocus_20201104_indexes_higher_tuesday",
    source={"site": "gurufocus.com", "url": "https://www.gurufocus.com/news/1275859/us-indexes-continue-gains-for-a-higher-close-tuesday",
            "original_outlet": "GuruFocus"},
    published="2020-11-04", published_confidence="high",
    published_note="The page is dated 2020-11-04; it describes Tuesday 2020-11-03 (US election day), whose "
    "closes match the file.",
    text=t2, claims=c2))

# ---------------------------------------------------------------------------------------------------------
d = "2025-09-18"
t3 = ("Russell 2000 Surges to Record Levels as Fed Rate Cut Fuels Small-Cap Rally (Channelchek). U.S. stocks "
      "added to their gains on Thursday, and the Russell 2000 index of small-cap stocks led the way as investors "
      "cheered the Federal Reserve's shift, a day after the central bank announced its first interest-rate cut "
      "of 2025. The Russell 2000 soared more than 2% to an intraday record, putting it in position for its first "
      "all-time closing high since November 2021. Large caps trailed: the S&P 500 was climbing 0.5%, the Nasdaq "
      "Composite adding 1.1%, and the Dow Jones Industrial Average up 120 points, or 0.3%. Sentiment has "
      "improved too: the AAII survey showed 41.7% of respondents bullish this week, up sharply from 28% the "
      "week before.")
c3 = [
    C("RUT", "daily_change_pct", 2, "more than 2%", "chg_pct('RUT','%s')" % d, ("bound", "session_pct('RUT','%s','high')" % d),
      "2", "percent", "more than", ref_date=d, window="1d", basis="mid-session",
      note="Mid-session bound: the close (+2.51%) and the session high (+2.61%) both exceed 2%."),
    C("RUT", "intraday_record", True, "an intraday record", "is_intraday_record('RUT','%s')" % d,
      ("bool", "intraday record: the session high above every earlier high in the file"), "", None, ref_date=d,
      basis="intraday high", note="High 2,470.07 against the earlier intraday record 2,466.49 of 2024-11-25."),
    C("RUT", "record_close_pending", "first all-time closing high since November 2021",
      "first all-time closing high since November 2021", "is_record_close('RUT','%s')" % d,
      NC + ("'in position for' is an on-pace statement (not_checkable)",), "", None, ref_date=d,
      note="On-pace statement. The index did close at a record 2,467.70 that day, the first since the "
      "2,442.74 close of 2021-11-08 (computed value: record close true)."),
    C("SPX", "daily_change_pct", 0.5, "climbing 0.5%", "chg_pct('SPX','%s')" % d,
      ("mid", "session_pct('SPX','%s','low')" % d, "session_pct('SPX','%s','high')" % d, "pct"), "0.5",
      "percent", ref_date=d, window="1d", basis="mid-session", note="Mid-session figure; close +0.48%."),
    C("IXIC", "daily_change_pct", 1.1, "adding 1.1%", "chg_pct('IXIC','%s')" % d,
      ("mid", "session_pct('IXIC','%s','low')" % d, "session_pct('IXIC','%s','high')" % d, "pct"), "1.1",
      "percent", ref_date=d, window="1d", basis="mid-session", note="Mid-session figure; close +0.94%."),
    C("DJI", "daily_change_points", 120, "120 points", "chg_pts('DJI','%s')" % d,
      ("mid", "session_pts('DJI','%s','low')" % d, "session_pts('DJI','%s','high')" % d, "points"), "120",
      "points", ref_date=d, window="1d", basis="mid-session", note="Mid-session figure; close +124.10."),
    C("DJI", "daily_change_pct", 0.3, "or 0.3%", "chg_pct('DJI','%s')" % d,
      ("mid", "session_pct('DJI','%s','low')" % d, "session_pct('DJI','%s','high')" % d, "pct"), "0.3",
      "percent", ref_date=d, window="1d", basis="mid-session", note="Mid-session figure; close +0.27%."),
    C("FEDFUNDS", "first_cut_of_year", "2025-09-17", "first interest-rate cut of 2025",
      "fomc_cuts_in_year(2025)[0]", ("eq", "2025-09-17", "FOMC decision day of the first 2025 cut (DFEDTARU, "
      "FOMC_meetings.csv)"), "", None, ref_date="2025-09-17",
      note="DFEDTARU fell 4.50 -> 4.25 effective 2025-09-18 after the 2025-09-17 decision, the first 2025 cut; "
      "'a day after' the Wednesday announcement is Thursday 2025-09-18."),
    C("AAII", "bullish_pct", 41.7, "41.7%", None, U + ("series not in the files",), "41.7", "percent",
      ref_date=d, note="AAII sentiment survey not in the files."),
    C("AAII", "bullish_pct_prev_week", 28, "28%", None, U + ("series not in the files",), "28", "percent",
      ref_date=d, note="AAII sentiment survey not in the files."),
]
PASSAGES.append(dict(
    id="channelchek_20250918_rut_intraday_record_rate_cut",
    source={"site": "channelchek.com",
            "url": "https://www.channelchek.com/news-channel/russell-2000-surges-to-record-levels-as-fed-rate-cut-fuels-small-cap-rally",
            "original_outlet": "Channelchek (Noble Capital Markets)"},
    published="2025-09-18", published_confidence="high",
    published_note="Live piece written during Thursday 2025-09-18 ('a day after' the 2025-09-17 cut; "
    "'putting it in position' for a record close that came at that day's close). The session is also covered "
    "by an earlier corpus from another outlet.",
    text=t3, claims=c3))

# ---------------------------------------------------------------------------------------------------------
d = "2024-02-07"
t4 = ("SPY and IWM's Unprecedented Divergence Explained (etf.com). Stocks stand at a record, yet holders of the "
      "iShares Russell 2000 ETF (IWM) would hardly notice: the small-cap fund is stuck in a bear market while "
      "the SPDR S&P 500 ETF Trust (SPY) is hitting all-time highs. On Wednesday, the S&P 500 rocketed to fresh "
      "highs just under 5,000, but the Russell 2000 was slightly lower on the day. The large-cap index has "
      "recovered all of its bear-market losses and more; the small-cap index has not and remains more than 20% "
      "below its all-time high from 2021. There has never been an instance when the large-cap index was hitting "
      "records while the small-cap index was down 20% or more from its high. The equal-weight RSP is still 4% "
      "below its all-time high.")
c4 = [
    C("SPY", "record_close", True, "hitting all-time highs", "is_record_close('SPY','%s')" % d,
      ("bool", "record: close above every earlier close in the file"), "", None, ref_date=d,
      note="SPY closed at 498.10 on 2024-02-07, above its earlier record close 494.35."),
    C("SPX", "record_close", True, "rocketed to fresh highs", "is_record_close('SPX','%s')" % d,
      ("bool", "record: close above every earlier close in the file"), "", None, ref_date=d,
      note="S&P 500 close 4,995.06 on Wednesday 2024-02-07 against the earlier record 4,958.61."),
    C("SPX", "level_below", 5000, "just under 5,000", "close('SPX','%s','high')" % d,
      ("bool", "'just under 5,000': session high and close below 5,000 and within 1% of it"), "5,000",
      "index points", "less than", ref_date=d, basis="close and intraday high",
      note="Close 4,995.06, high 4,999.89: both just under 5,000 (computed value: the check)."),
    C("RUT", "daily_change_direction", "slightly lower", "slightly lower on the day",
      "-0.5 < chg_pct('RUT','%s') < 0" % d, ("bool", "direction: small negative move"), "", "percent", ref_date=d,
      window="1d", note="Russell 2000 -0.17% on 2024-02-07."),
    C("RUT", "pct_from_ath", 20, "more than 20%", "pct_from_max_close('RUT','%s')" % d, ("num", "pct"), "20",
      "percent", "more than", ref_date=d, note="20.16% below the 2,442.74 record close of 2021-11-08; below the "
      "intraday record 2,458.86 it is 20.6%."),
    C("RUT", "ath_year", "2021", "all-time high from 2021", "max_close_date('RUT','%s')" % d,
      ("eq", "2021-11-08", "record date"), "", None, ref_date=d, note="Record close 2021-11-08."),
    C("SPX_RUT", "first_divergence", "never before", "There has never been an instance",
      "first_day_spx_record_rut_bear('%s')" % d, ("eq", "2024-01-19", "record/first: no earlier instance in "
      "the files"), "", None, ref_date=d,
      note="In the files (RUT from 1987) the first session with an S&P 500 record close while the Russell 2000 "
      "sat 20% or more below its record close is 2024-01-19, the start of this same episode; nothing earlier, so "
      "the claim holds for the history before the current stretch."),
    C("RSP", "pct_from_ath", 4, "4%", None, U + ("series not in the files",), "4", "percent", ref_date=d,
      note="Equal-weight ETF RSP is not in the files."),
]
PASSAGES.append(dict(
    id="etfcom_20240208_spy_iwm_divergence",
    source={"site": "etf.com", "url": "https://www.etf.com/sections/news/spy-and-iwms-unprecedented-divergence-explained",
            "original_outlet": "etf.com"},
    published="2024-02-08", published_confidence="medium",
    published_note="No date on the stored page. 'On Wednesday, the S&P 500 rocketed to fresh highs just under "
    "5,000' fits only Wednesday 2024-02-07 (record close 4,995.06, high 4,999.89); the S&P 500 closed above 5,000 "
    "on 2024-02-09, so the piece is from 2024-02-08 or the morning of 02-09.",
    text=t4, claims=c4))
# fix the 'just under' claim: computed value is the high; bool judged in build via expression below
c4[2]["expr"] = "close('SPX','%s','high') < 5000 and close('SPX','%s') > 4950" % (d, d)

# ---------------------------------------------------------------------------------------------------------
d = "2024-11-25"
t5 = ("Small-cap stocks make a strong comeback (Futu News, from MarketWatch). Small caps rallied on Monday and "
      "were set for their biggest monthly advance of the year, with trading hours shortened this week for "
      "Thanksgiving. According to FactSet, the Russell 2000 has risen 11.2% so far in November, on course for its "
      "largest one-month gain since last December and far ahead of the 4.9% rise in the S&P 500 over the same "
      "month. Investors expect President-elect Trump's policies, including anticipated tax cuts, to boost "
      "growth. Bond yields dropped on Monday: according to Dow Jones Market Data, as of 3 p.m. Eastern the "
      "10-year Treasury yield had fallen 14.7 basis points to 4.262%, its biggest one-day decline since August 2.")
c5 = [
    C("RUT", "mtd_change_pct", 11.2, "11.2%", "mtd_pct('RUT','%s')" % d,
      ("mid", "mtd_pct('RUT','%s','low')" % d, "mtd_pct('RUT','%s','high')" % d, "pct"), "11.2", "percent",
      ref_date=d, window="MTD", basis="mid-session (about 3 p.m.)",
      note="Month to date from the 2024-10-31 close; the close-basis value +11.17% rounds to 11.2 as well."),
    C("RUT", "best_month_since", "2023-12", "largest one-month gain since last December",
      "best_month_since('RUT','2024-11-30')", NC + ("'on course for' a monthly record is an on-pace statement",),
      "", None, ref_date=d, window="November 2024",
      note="On-pace statement. November 2024 finished +10.84%, the best month since December 2023 (+12.05%) "
      "(computed value: last month with a gain at least as large)."),
    C("RUT", "best_month_of_year", "biggest monthly advance of the year", "biggest monthly advance of the year",
      None, NC + ("'set for' is an on-pace statement",), "", None, ref_date=d,
      note="On-pace statement; the final November gain (+10.84%) beat July 2024 (+10.10%), the best earlier "
      "month of 2024."),
    C("SPX", "mtd_change_pct", 4.9, "4.9%", "mtd_pct('SPX','%s')" % d,
      ("mid", "mtd_pct('SPX','%s','low')" % d, "mtd_pct('SPX','%s','high')" % d, "pct"), "4.9", "percent",
      ref_date=d, window="MTD", basis="mid-session (about 3 p.m.)", note="Close-basis month to date +4.94%."),
    C("US10Y", "daily_change_bp", -14.7, "14.7 basis points", "dgs10_chg_bp('%s')" % d, U + (
        "intraday yield (3 p.m.) not in the files",), "14.7", "basis points", ref_date=d, basis="3 p.m.",
      note="FRED DGS10 is end of day: 4.41 -> 4.27, -14 bp (computed value); the 3 p.m. figure cannot be checked."),
    C("US10Y", "yield_level", 4.262, "4.262%", "dgs10('%s')" % d, U + ("intraday yield (3 p.m.) not in the files",),
      "4.262", "percent", ref_date=d, basis="3 p.m.", note="End-of-day DGS10 4.27 (computed value)."),
    C("US10Y", "biggest_drop_since", "2024-08-02", "biggest one-day decline since August 2",
      "dgs10_last_drop_as_big('%s', 14.7)" % d, U + ("intraday yield basis; end-of-day series only",), "", None,
      ref_date=d, basis="3 p.m.",
      note="On the end-of-day series the last daily drop of at least 14.7 bp before 2024-11-25 is 2024-08-02 "
      "(-19 bp), which fits the claim, but the 14.7 bp move itself is an intraday figure."),
]
PASSAGES.append(dict(
    id="futunn_20241125_small_caps_november_surge",
    source={"site": "news.futunn.com", "url": "https://news.futunn.com/en/post/50450299/small-cap-stocks-make-a-strong-comeback-with-the-russell",
            "original_outlet": "MarketWatch (Dow Jones), via Futu News"},
    published="2024-11-25", published_confidence="high",
    published_note="Monday of Thanksgiving week 2024 ('as of 3 p.m. ET' Monday; election on November 5). The "
    "session is also covered by an earlier corpus from another outlet.",
    text=t5, claims=c5))

# ---------------------------------------------------------------------------------------------------------
d = "2026-01-29"
t6 = ("IWM Underperforms: Small-Cap Struggles Highlight Market Divergence (news-articles.net). The iShares "
      "Russell 2000 ETF (IWM), built to track the smallest 2,000 companies of the Russell 3000, shows how far "
      "small caps trail. As of Thursday, January 29th, 2026, IWM's record looks poor beside large caps: since its "
      "inception, IWM has provided a return of roughly 30%, while the S&P 500 has posted a gain of over 60% "
      "during the same period. The article blames several headwinds, first the Federal Reserve's aggressive "
      "policy of repeated interest rate hikes to fight persistent inflation, which it says hurts smaller, "
      "borrowing-dependent companies most.")
c6 = [
    C("DATE", "weekday", "Thursday", "Thursday, January 29th, 2026", "weekday('%s')" % d,
      ("eq", "Thursday", "weekday of the stated date"), "", None, ref_date=d, note="2026-01-29 is a Thursday."),
    C("IWM", "since_inception_pct", 30, "roughly 30%", "since_inception_pct('IWM','%s')" % d, ("num", "pct"), "30",
      "percent", "roughly", ref_date=d, window="since 2000-05-26",
      note="IWM's first row is 2000-05-26 (close 45.72 split-adjusted); 263.37 on 2026-01-29 is +476.1% in price "
      "(total return with adj_close: +704.8%). No basis comes near 30%."),
    C("SPX", "since_date_pct", 60, "over 60%", "since_date_pct('SPX','2000-05-26','%s')" % d, ("num", "pct"), "60",
      "percent", "over", ref_date=d, window="since 2000-05-26",
      note="S&P 500 +405.7% from the IWM inception day: 'over 60%' is true but badly understated, and the "
      "passage's conclusion (small caps trailing since inception) does not hold: IWM outgained the index."),
    C("FEDFUNDS", "policy_direction", "repeated interest rate hikes", "repeated interest rate hikes",
      "fomc_cuts_in_year(2025)", U + ("no window stated",), "", None, ref_date=d,
      note="No window is stated. The last hike in the files took effect 2023-07-27; the Fed then cut on "
      "2024-09-18, 2024-11-07, 2024-12-18 and 2025-09-17, 2025-10-29, 2025-12-10 (computed value: the 2025 "
      "cuts), so as a description of current policy it is stale."),
]
PASSAGES.append(dict(
    id="newsarticles_20260129_iwm_underperforms",
    source={"site": "stocks-investing.news-articles.net",
            "url": "https://stocks-investing.news-articles.net/content/2026/01/29/iwm-underperforms-small-cap-struggles-highlight-market-divergence.html",
            "original_outlet": "news-articles.net"},
    published="2026-01-29", published_confidence="exact",
    published_note="Date in the URL and the text. The session is also covered by the dev corpus from another "
    "outlet.",
    text=t6, claims=c6))

# ---------------------------------------------------------------------------------------------------------
d = "2014-08-01"
t7 = ("Far from 10% correction, investor pain mounts (USA TODAY, Americas Markets). Investors need not wait for "
      "a 10% slide, the usual definition of a correction, to feel a pullback, and many individual stocks are "
      "down much more than the broad gauges. After last week's drubbing, the worst for the Standard & Poor's "
      "500-stock index in more than two years, the major U.S. indexes are still well short of a 10% drop from "
      "their recent highs. The tech-heavy Nasdaq composite has held up best, down just 3% from its July 3 high. "
      "The worst hit is the small-cap Russell 2000, down almost 8% from its March 4 record close. USA TODAY "
      "research, % drop from recent closing high: Nasdaq -3.0%; S&P 500 -3.2%; Russell 3000 -3.5%; "
      "Dow -3.8%; Russell 2000 -7.8%.")
c7 = [
    C("SPX", "worst_week_since", "more than two years", "in more than two years",
      "last_week_as_bad('SPX','%s') < '2012-08-01'" % d, ("bool", "worst since: the last week at least as bad lies more than two "
      "years back"), "", None, ref_date=d, window="week ended 2014-08-01",
      note="Week ended 2014-08-01: -2.69%. The last Friday-to-Friday week at least as bad ended 2012-06-01 "
      "(-3.02%), 26 months earlier (reference.py: last_week_as_bad gives 2012-06-01)."),
    C("IXIC", "pct_from_high", 3, "down just 3%", "pct_from_max_close('IXIC','%s','2014-01-01')" % d,
      ("num", "pct"), "3", "percent", ref_date=d, window="from the 2014 high",
      note="2.97% below the 2014 closing high; the all-time high (2000) is much further away."),
    C("IXIC", "high_date", "2014-07-03", "its July 3 high", "max_close_date('IXIC','%s','2014-01-01')" % d,
      ("eq", "2014-07-03", "date of the recent closing high"), "", None, ref_date=d,
      note="Highest 2014 close: 2014-07-03."),
    C("RUT", "pct_from_ath", 8, "down almost 8%", "pct_from_max_close('RUT','%s')" % d, ("num", "pct"), "8",
      "percent", "almost", ref_date=d, note="7.76% below the record close."),
    C("RUT", "record_close_date", "2014-03-04", "March 4 record close", "max_close_date('RUT','%s')" % d,
      ("eq", "2014-03-04", "record date"), "", None, ref_date=d, note="Record close 1,208.65 on 2014-03-04."),
    C("RUT", "worst_hit_rank", "Russell 2000", "The worst hit",
      "max_among([('IXIC', pct_from_max_close('IXIC','%s','2014-01-01')), ('SPX', pct_from_max_close('SPX','%s')), ('DJI', pct_from_max_close('DJI','%s')), ('RUT', pct_from_max_close('RUT','%s'))])" % (d, d, d, d),
      ("eq", "RUT", "ordering of the drops from recent closing highs"), "", None, ref_date=d,
      note="Largest drop among the indexes in the files (the Russell 3000 is not in them)."),
    C("IXIC", "pct_from_high", -3.0, "Nasdaq -3.0%", "-pct_from_max_close('IXIC','%s','2014-01-01')" % d,
      ("num", "pct"), "3.0", "percent", ref_date=d, note="-2.97% from the 2014-07-03 close."),
    C("SPX", "pct_from_high", -3.2, "-3.2%", "-pct_from_max_close('SPX','%s')" % d, ("num", "pct"), "3.2",
      "percent", ref_date=d, note="-3.16% from the record close of 2014-07-24."),
    C("RUSSELL3000", "pct_from_high", -3.5, "-3.5%", None, U + ("series not in the files",), "3.5", "percent",
      ref_date=d, note="Russell 3000 is not in the files."),
    C("DJI", "pct_from_high", -3.8, "-3.8%", "-pct_from_max_close('DJI','%s')" % d, ("num", "pct"), "3.8",
      "percent", ref_date=d, note="-3.76% from the record close of 2014-07-16."),
    C("RUT", "pct_from_high", -7.8, "-7.8%", "-pct_from_max_close('RUT','%s')" % d, ("num", "pct"), "7.8",
      "percent", ref_date=d, note="-7.76% from the 2014-03-04 record close."),
]
PASSAGES.append(dict(
    id="usatoday_20140804_far_from_correction",
    source={"site": "americasmarkets.usatoday.com",
            "url": "http://americasmarkets.usatoday.com/2014/08/04/far-from-10-correction-investor-pain-mounts/?utm_source=feedblitz&utm_medium=FeedBlitzRss&utm_campaign=usatodaycommoney-topstories",
            "original_outlet": "USA TODAY"},
    published="2014-08-04", published_confidence="exact",
    published_note="Date in the URL (Monday). The figures are as of the Friday 2014-08-01 close ('last week's "
    "drubbing').",
    text=t7, claims=c7))

# ---------------------------------------------------------------------------------------------------------
d = "2017-03-16"
t8 = ("What's going on with the iShares Russell 2000 Index ETF (IWM)? (InvestorPlace). The small-cap iShares "
      "Russell 2000 Index (ETF) (IWM) is higher by about 2% for the year but keeps drifting sideways and "
      "lagging the S&P 500. Bears read the small-cap weakness as a warning, since small caps often lead; bulls "
      "point to large-cap tech as the engine of the rally in the SPDR S&P 500 ETF Trust (SPY). A ratio chart of "
      "IWM divided by SPY shows small caps widely outperformed large caps out of the election last November and "
      "into December, but in 2017 that outperformance has pulled back to support.")
c8 = [
    C("IWM", "ytd_change_pct", 2, "higher by about 2%", "ytd_pct('IWM','%s')" % d, ("num", "pct"), "2",
      "percent", "about", ref_date=d, window="YTD",
      note="+2.27% at the 2017-03-16 close (+2.68% at the 2017-03-17 close): both within 'about 2%'."),
    C("IWM", "relative_ytd", "lagging the S&P 500", "lagging the S&P 500", "rel_pp('IWM','SPY','2016-12-30','%s')" % d,
      ("bool", "ordering: IWM year-to-date return below SPY's"), "", None, ref_date=d, window="YTD",
      comparison="SPY", note="IWM +2.27% vs SPY +6.69% year to date (computed value: the gap in pp, negative)."),
    C("IWM", "relative_post_election", "widely outperformed", "widely outperformed large caps",
      "ratio_chg('IWM','SPY','2016-11-08','2016-12-30')", ("bool", "ordering: IWM/SPY ratio up over the window"),
      "", None, ref_date="2016-12-30", window="2016-11-08 to 2016-12-30", comparison="SPY",
      note="From the election-day close to the year-end close IWM gained 13.4% against SPY's 4.4% (ratio +8.6%)."),
    C("IWM", "relative_2017", "pulled back", "in 2017 that outperformance has pulled back",
      "ratio_chg('IWM','SPY','2016-12-30','%s')" % d, ("bool", "ordering: IWM/SPY ratio down in 2017"), "", None,
      ref_date=d, window="YTD", comparison="SPY", note="IWM/SPY ratio -4.1% year to date."),
]
PASSAGES.append(dict(
    id="investorplace_20170317_iwm_sideways",
    source={"site": "investorplace.com",
            "url": "http://investorplace.com/2017/03/ishares-russell-2000-index-etf-iwm-what/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+InvestorPlace+%28InvestorPlace%29",
            "original_outlet": "InvestorPlace"},
    published="2017-03-17", published_confidence="high",
    published_note="The stored page is dated 2017-03-17; the year-to-date figure is keyed on the last close "
    "before publication (2017-03-16), with the 03-17 close in the note. The session is also covered by an earlier "
    "corpus from another outlet.",
    text=t8, claims=c8))
c8[1]["expr"] = "rel_pp('IWM','SPY','2016-12-30','%s') < 0" % d
c8[2]["expr"] = "ratio_chg('IWM','SPY','2016-11-08','2016-12-30') > 0"
c8[3]["expr"] = "ratio_chg('IWM','SPY','2016-12-30','%s') < 0" % d

# ---------------------------------------------------------------------------------------------------------
d = "2025-09-25"
t9 = ("I think the Russell 2000 gets stuck here, says Worth Charting's Carter Worth (Reportify summary of a "
      "video, 2025-09-25). The Russell 2000, made up of 1,956 small-cap stocks, recently reached a record high, "
      "but Worth doubts it can hold the momentum. The whole index has a market capitalization of about $3.43 "
      "trillion, less than single companies such as Apple, Nvidia or Microsoft. Adjusted for inflation, the "
      "Russell 2000 is down 15% from its level four years ago. Worth calls it a chronic underperformer against "
      "the S&P 500 since its start in January 1984, above all when the broad market is rising.")
c9 = [
    C("RUT", "forecast", "gets stuck here", "I think the Russell 2000 gets stuck here", None,
      FC + ("projection",), "", None, ref_date=d, note="Projection; never judged against what followed."),
    C("RUT", "constituents", 1956, "1,956", None, U + ("constituent counts not in the files",), "1,956", "stocks",
      ref_date=d, note="Membership is not in the files."),
    C("RUT", "recent_record", True, "recently reached a record high", "last_record_close_date('RUT','%s')" % d,
      ("eq", "2025-09-18", "record: last record close before the piece"), "", None, ref_date=d,
      note="Record close 2,467.70 on 2025-09-18 (computed value), the first since 2021; intraday record "
      "2,488.84 on 2025-09-23."),
    C("RUT", "market_cap_usd", 3.43e12, "$3.43", None, U + ("market capitalisation not in the files",), "3.43",
      "USD trillion", "about", ref_date=d, note="Index market value is not in the files."),
    C("RUT", "real_change_4y_pct", -15, "down 15%", "window_pct('RUT','2021-09-24','%s')" % d,
      U + ("inflation-adjusted figure; no price index in the files",), "15", "percent", ref_date=d,
      window="four years", note="Nominal change from 2021-09-24 to 2025-09-25 is +7.25% (computed value); the "
      "CPI deflator needed for the real figure is not in the files."),
    C("RUT", "relative_since_1984", "chronic underperformer", "since its start in January 1984",
      "rel_pp('RUT','SPX','1987-09-10','%s')" % d, U + ("history before the RUT file starts (1987-09-10)",), "",
      None, ref_date=d, window="since January 1984", comparison="SPX",
      note="The files start in September 1987; from then the Russell 2000 price index trails the S&P 500 by "
      "about 656 pp (computed value), consistent with the claim, but 1984-1987 is missing."),
]
PASSAGES.append(dict(
    id="reportify_20250925_carter_worth_rut_stuck",
    source={"site": "reportify.ai", "url": "https://reportify.ai/news/1168843875687862272",
            "original_outlet": "YouTube video (Worth Charting), summarised by Reportify"},
    published="2025-09-25", published_confidence="exact",
    published_note="The page gives the source item as 'Youtube 2025-09-25 22:24'.",
    text=t9, claims=c9))

# ---------------------------------------------------------------------------------------------------------
d = "2022-01-27"
t10 = ("The stock market is in much worse shape than you think (Palace Intrigue, January 28, 2022). Everyone can "
       "see stocks are in a rough patch: the S&P 500 is down about 10% from its all-time high, the Dow is down "
       "7.5%, and the Nasdaq is down 17.6%. That is not the whole story. The S&P 500 is skewed toward its "
       "biggest members, with Apple, Microsoft, Amazon, Google, Tesla and Facebook together behind about 25% "
       "of its movement, and the Dow holds only 30 stocks. The Nasdaq spans over 3,500 companies, yet 90% of "
       "its movement comes from its top 100 names. To see the rest of the market, look at indexes such as the "
       "Russell 2000, made up mainly of small-cap companies: the median market cap of a Russell 2000 company "
       "is just $922 million, while Apple alone is worth $2.6 trillion.")
c10 = [
    C("SPX", "pct_from_ath", 10, "about 10%", "pct_from_max_close('SPX','%s')" % d, ("num", "pct"), "10", "percent",
      "about", ref_date=d, note="9.80% below the 2022-01-03 record close at the 2022-01-27 close, the last close "
      "before the post; at the 2022-01-28 close it was 7.60% (outside 'about 10%'). From the intraday record 4,818.62 the 01-27 close is 10.21% below."),
    C("DJI", "pct_from_ath", 7.5, "7.5%", "pct_from_max_close('DJI','%s')" % d, ("num", "pct"), "7.5", "percent",
      ref_date=d, note="7.17% below the 2022-01-04 record close on 2022-01-27 (5.64% on 01-28). Against the "
      "intraday record 36,952.65 (2022-01-05) the 01-27 close is 7.56% below, which fits 7.5%: the figure "
      "seems to use intraday records, but the close-basis rule makes it imprecise."),
    C("IXIC", "pct_from_ath", 17.6, "17.6%", "pct_from_max_close('IXIC','%s')" % d, ("num", "pct"), "17.6",
      "percent", ref_date=d, note="16.84% below the 2021-11-19 record close on 2022-01-27 (14.24% on 01-28); "
      "from the intraday record 16,212.23 (2021-11-22) the 01-27 close is 17.64% below, which fits 17.6%: "
      "intraday-record basis, imprecise on the close basis the rules use."),
    C("SPX_WEIGHTS", "top6_share", 25, "about 25%", None, U + ("index weights not in the files",), "25", "percent",
      "about", ref_date=d, note="Constituent weights are not in the files."),
    C("DJI", "constituents", 30, "only 30 stocks", None, U + ("membership not in the files",), "30", "stocks",
      ref_date=d, note="Membership is not in the files (the Dow has 30 members)."),
    C("IXIC", "constituents", 3500, "over 3,500 companies", None, U + ("membership not in the files",), "3,500",
      "companies", "over", ref_date=d, note="Membership is not in the files."),
    C("IXIC", "top100_share", 90, "90%", None, U + ("index weights not in the files",), "90", "percent", ref_date=d,
      note="Constituent weights are not in the files."),
    C("RUT", "median_market_cap_usd", 922e6, "$922 million", None, U + ("market capitalisation not in the files",),
      "922", "USD million", ref_date=d, note="Index fundamentals are not in the files."),
    C("QUOTE", "apple_market_cap_usd", 2.6e12, "$2.6 trillion", None, U + ("company data not in the files",),
      "2.6", "USD trillion", ref_date=d, note="Single-company market value is not in the files."),
]
PASSAGES.append(dict(
    id="palaceintrigue_20220128_market_worse_than_it_looks",
    source={"site": "palaceintrigueblog.com",
            "url": "https://palaceintrigueblog.com/2022/01/28/the-stock-market-is-in-much-worse-shape-than-you-think/",
            "original_outlet": "Palace Intrigue"},
    published="2022-01-28", published_confidence="exact",
    published_note="Date in the URL (Friday). The distances are keyed on the last close before the post, "
    "Thursday 2022-01-27, a session an earlier corpus also covers from another outlet; the note gives the "
    "01-28 close reading.",
    text=t10, claims=c10))
