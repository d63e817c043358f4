"""Passage texts, claims, expressions and hand-written verdicts of the heldout7a corpus (used by build_corpus.py)."""

INT = "unhedged integer: |true-claim| <= 0.5"
D1 = "unhedged 1-decimal figure: |true-claim| <= 0.05 + 0.02"
D2 = "unhedged 2-decimal figure: |true-claim| <= 0.005 + 0.02"
D3 = "unhedged 3-decimal figure: |true-claim| <= 0.0005 + 0.02"
LVL = "index/ETF level to 2 dp: |true-claim| <= 0.025"
IMP = "; imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures (<= 1% for index levels and yields, <= 20% for point changes and counts); otherwise contradicted"
ABOUT = "about/roughly: within one unit of the last stated digit (+0.02)"
NEARLY = "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit"
MORE = "more than/above: true > claim"
SINCE = "highest/lowest since X: X must be the last session with a value at least as extreme, or the first session after it; a later X is imprecise, an earlier X contradicted"
BIG = "biggest/worst since X: X must be the last day with a move at least as large"
REC = "record: above every earlier close (intraday record: every earlier high) in the file"
RANK = "rank of the move among all daily moves in the file up to that day"
STREAK = "streaks and counts use daily closes"
WIN = "windows run close to close; YTD/MTD/QTD start at the last close of the previous year, month or quarter"
CMP = "comparison or ordering of values computed from the files"
MID = "mid-session figures: unverifiable inside the session's low-high range, imprecise or contradicted outside it; a bound claim is supported when both the close and the session extreme satisfy it"
FED = "Fed: DFEDTAR (to 2008-12-15) changes on the effective date; FOMC_meetings.csv gives decision days, scheduled and unscheduled"
YLD = "yields: FRED end-of-day constant-maturity values (DGS10, DGS2); 2 dp tolerance 0.025, basis points as integers"
UNV = "unverifiable: the files cannot decide it"
FC = "forecast: a projection or expectation, never judged against what happened"
NC = "not_checkable: quoted opinion, rule of thumb, conditional or generic statement"


def C(ticker, metric, value, unit, anchor, expr, verdict, rule, note, ref_date=None, qualifier=None,
      window=None, comparison=None, basis="close", dec=2, tol=None, detail=""):
    return dict(index_or_ticker=ticker, metric=metric, value=value, unit=unit, anchor=anchor, expr=expr,
                verdict=verdict, rule=rule, note=note, ref_date=ref_date, qualifier=qualifier, window=window,
                comparison=comparison, basis=basis, dec=dec, tol=tol, detail=detail)


PASSAGES = []

# 1 ---------------------------------------------------------------------------------------------
d = "1999-12-29"
PASSAGES.append(dict(
    id="chicagotribune_19991230_rut_record_nasdaq_4000",
    source={"site": "articles.chicagotribune.com", "url": "http://articles.chicagotribune.com/1999-12-30/business/9912300024_1_russell-index-small-company-stocks-nasdaq-composite-index", "original_outlet": "Chicago Tribune"},
    published="1999-12-30", published_confidence="exact",
    published_note="Dated December 30, 1999 on the page and in the URL; the text is about Wednesday's session, 1999-12-29 (the day before publication).",
    text=("Market report. Russell 2000 gets a taste of glory as small stocks shine and the Nasdaq tops 4000. "
          "By Bill Barnhart, December 30, 1999. A bumper sticker for the new year: R2K in Y2K. The quiet year-end "
          "rally in the Russell 2000 index of small-company stocks has put life back into many long-suffering money "
          "managers who watched a market rally centred almost entirely on a few giant companies leave them behind. "
          "On Wednesday the Russell 2000, which holds the smallest companies in the universe tracked by Tacoma-based "
          "Frank Russell Co., finally joined other major stock indexes at a record-high close. It climbed 8.53 points, "
          "or 1.7 percent, one of its best moves of the year, and ended at 497.01, topping the previous record-high of "
          "April 21, 1998. The move was overshadowed by the Nasdaq composite index, home of the technology stocks that "
          "fueled the long rally, which finished above the 4000 mark for the first time ever. The Nasdaq, which first "
          "closed above 3000 less than two months ago, gained 69.35 points, or 1.7 percent, to 4041.46. \"What people "
          "have not noticed is that the small stocks in the Russell index have been outperforming the large stocks "
          "since April of this year,\" said Robert Mohn, manager of the Acorn USA Fund in Chicago. \"Before April of "
          "this year, small stocks underperformed large stocks for almost five years.\" William Dutton of the Skyline "
          "Special Equities Fund said the rally masks weakness underneath: the index mirrors a technology boom, not "
          "a revival of small companies in general. \"Technology is absolutely on fire,\" he said."),
    claims=[
        C("RUT", "daily_point_change", 8.53, "index_points", "8.53 points", f"point_change('RUT','{d}')", "supported", INT.replace("integer: |true-claim| <= 0.5", "2-decimal figure: |true-claim| <= 0.025"), "Wednesday 1999-12-29: 488.48 -> 497.01.", ref_date=d, tol="2dp"),
        C("RUT", "daily_pct_change", 1.7, "percent", "or 1.7 percent, one of", f"pct_change('RUT','{d}')", "supported", D1, "+1.75%, within 0.07 of 1.7.", ref_date=d, tol="1dp"),
        C("RUT", "daily_gain_rank_in_year", "one of its best moves of the year", "rank", "one of its best moves of the year", f"int((daily_moves('RUT').loc['1999-01-01':'{d}'] > daily_moves('RUT').loc['{d}']).sum() + 1)", "supported", RANK, "The 1.75% gain ranks 6th among the 1999 daily gains of the Russell 2000 up to that day; 'one of its best' holds.", ref_date=d, dec=0),
        C("RUT", "close_level", 497.01, "index_points", "ended at 497.01", f"val('RUT','{d}')", "supported", LVL, "Close 497.01 in the file.", ref_date=d, tol="lvl"),
        C("RUT", "record_close", True, "flag", "finally joined other major stock indexes at a record-high close", f"is_record('RUT','{d}')", "supported", REC, "497.01 is above every earlier close (prior best 491.41).", ref_date=d),
        C("DJI,SPX,IXIC", "record_close_same_day", True, "flag", "joined other major stock indexes", f"[is_record('DJI','{d}'), is_record('GSPC','{d}'), is_record('IXIC','{d}')]", "supported", REC, "The Dow (11484.66 over 11476.71 of Dec 28), the S&P 500 (1463.46 over 1458.34 of Dec 23) and the Nasdaq all closed at records the same day, so the other major indexes were at record closes too.", ref_date=d),
        C("RUT", "previous_record_date", "1998-04-21", "date", "April 21, 1998", f"record_before('RUT','{d}')", "supported", REC, "Highest close before 1999-12-29 is 491.41 on 1998-04-21.", ref_date=d),
        C("IXIC", "first_close_above", 4000, "index_points", "above the 4000 mark for the first time ever", "first_close_above('IXIC',4000)", "supported", REC, "First Nasdaq close above 4000 is 1999-12-29.", ref_date=d),
        C("IXIC", "first_close_above_date", "less than two months ago", "date", "less than two months ago", "first_close_above('IXIC',3000)", "supported", REC, "First close above 3000 was 1999-11-03, 56 days before 1999-12-29: less than two months.", ref_date=d),
        C("IXIC", "daily_point_change", 69.35, "index_points", "69.35 points", f"point_change('IXIC','{d}')", "supported", LVL.replace("index/ETF level to 2 dp", "2-decimal point change"), "3972.11 -> 4041.46.", ref_date=d, tol="2dp"),
        C("IXIC", "daily_pct_change", 1.7, "percent", "or 1.7 percent, to 4041.46", f"pct_change('IXIC','{d}')", "supported", D1, "+1.75%.", ref_date=d, tol="1dp"),
        C("IXIC", "close_level", 4041.46, "index_points", "4041.46", f"val('IXIC','{d}')", "supported", LVL, "Close 4041.46.", ref_date=d, tol="lvl"),
        C("RUT,SPX", "relative_return_since", "small outperformed large since April 1999", "comparison", "outperforming the large stocks since April of this year", f"[ret('RUT','1999-03-31','{d}'), ret('GSPC','1999-03-31','{d}')]", "supported", CMP, "Quoted factual statement, checked with the S&P 500 as the large-stock gauge: from the March 31 close to Dec 29 the Russell 2000 rose 25.0% against 13.8% (quarter by quarter the third quarter was a near tie, -6.64% vs -6.56%).", ref_date=d, window="1999-03-31..1999-12-29"),
        C("RUT,SPX", "relative_return_window", "small underperformed large for almost five years before April 1999", "comparison", "underperformed large stocks for almost five years", "[ret('RUT','1994-03-31','1999-03-31'), ret('GSPC','1994-03-31','1999-03-31')]", "supported", CMP, "Five years to 1999-03-31: Russell 2000 +58.4% against S&P 500 +188.6%.", ref_date="1999-03-31", window="1994-03-31..1999-03-31"),
    ]))

# 2 ---------------------------------------------------------------------------------------------
d = "1998-08-04"
PASSAGES.append(dict(
    id="cbsnews_19980804_dow_300_small_caps",
    source={"site": "cbsnews.com", "url": "https://www.cbsnews.com/news/dow-plunges-nearly-300-points/", "original_outlet": "CBS News (wire copy)"},
    published="1998-08-04", published_confidence="high",
    published_note="The page carries no date in the URL; the closing figures (Dow -299.43 to 8,487.31, 'Tuesday') match Tuesday 1998-08-04 in the files, and the story reads as same-day coverage.",
    text=("Dow plunges nearly 300 points. A sweeping sell-off swept Wall Street on Tuesday, knocking down big and small "
          "shares alike on mounting worries about fading earnings growth and rich valuations. The Dow Jones Industrial "
          "Average tanked 299.43 points, or 3.4 percent, to 8,487.31. It was the third-biggest point loss ever and the "
          "key gauge's worst percentage loss since the Oct. 27, 1997, freefall of 7.2 percent. Since peaking at 9,367.84 "
          "on July 20, the Dow has stumbled 880.53 points, or 9.4 percent. Ralph Acampora of Prudential Securities told "
          "clients he expects a correction of 15 percent to 20 percent in the blue-chip averages. Volume was the "
          "second-heaviest in New York Stock Exchange history, and 563 Big Board stocks made new 52-week lows, the most "
          "since the 637 of April 4, 1994, while losers swamped winners by 5 to 1. The Russell 2000 Index, a benchmark "
          "for smaller stocks, lost less than the blue-chip averages. But at the Russell's low point of the session, it "
          "had lost 18.5 percent from its intraday high of April 22, exceeding the big corrections suffered in 1992 and "
          "1996. \"This is the unhealthiest market we've had since 1994,\" said Tim Hayes of Ned Davis Research."),
    claims=[
        C("DJI", "daily_point_change", -299.43, "index_points", "299.43 points", f"point_change('DJI','{d}')", "supported", D2, "8786.74 -> 8487.31 = -299.43.", ref_date=d, tol="2dp"),
        C("DJI", "daily_pct_change", -3.4, "percent", "or 3.4 percent", f"pct_change('DJI','{d}')", "supported", D1, "-3.41%.", ref_date=d, tol="1dp"),
        C("DJI", "close_level", 8487.31, "index_points", "to 8,487.31", f"val('DJI','{d}')", "supported", LVL, "Close 8487.31.", ref_date=d, tol="lvl"),
        C("DJI", "point_drop_rank", 3, "rank", "third-biggest point loss ever", f"move_rank('DJI','{d}','pts')", "unverifiable", RANK, "The Dow file starts in 1992: inside it the drop ranks 2nd (after -554.20 on 1997-10-27). The 508-point crash of 1987-10-19 that makes it third 'ever' is before the file starts, so the files cannot decide the rank.", ref_date=d, dec=0),
        C("DJI", "worst_pct_since", "1997-10-27", "date", "worst percentage loss since the Oct. 27, 1997", f"last_move_as_big('DJI','{d}','pct')", "supported", BIG, "Last earlier day with a percentage loss at least as large is 1997-10-27.", ref_date=d),
        C("DJI", "daily_pct_change", -7.2, "percent", "freefall of 7.2 percent", "pct_change('DJI','1997-10-27')", "supported", D1, "1997-10-27: -7.18%.", ref_date="1997-10-27", tol="1dp"),
        C("DJI", "intraday_peak", 9367.84, "index_points", "peaking at 9,367.84 on July 20", f"record_before('DJI','{d}','high')", "supported", REC, "The all-time intraday high before Aug 4 is 9367.84 on 1998-07-20 (the record close was 9337.97 on July 17).", ref_date="1998-07-20", basis="intraday high"),
        C("DJI", "points_from_peak", -880.53, "index_points", "880.53 points", f"val('DJI','{d}') - val('DJI','1998-07-20','high')", "supported", D2, "From the July 20 intraday high 9367.84 to the Aug 4 close.", ref_date=d, window="1998-07-20 high..1998-08-04 close", tol="2dp"),
        C("DJI", "pct_from_peak", 9.4, "percent", "or 9.4 percent. Ralph", f"drawdown_from_peak('DJI','1998-07-20','{d}','high')", "supported", D1, "9.40% below the intraday peak (9.1% below the record close of July 17).", ref_date=d, tol="1dp"),
        C("QUOTE", "correction_forecast", "15-20", "percent", "15 percent to 20 percent", None, "forecast", FC, "Acampora's expected correction; not judged.", ref_date=d),
        C("NYSE", "volume_rank", 2, "rank", "second-heaviest in New York Stock Exchange history", None, "unverifiable", UNV, "NYSE volume is not in the files.", ref_date=d),
        C("NYSE", "new_lows", 563, "count", "563 Big Board stocks", None, "unverifiable", UNV, "NYSE new-low counts (and the 637 of April 4, 1994) are not in the files.", ref_date=d),
        C("NYSE", "breadth_ratio", "5 to 1", "ratio", "by 5 to 1", None, "unverifiable", UNV, "NYSE breadth is not in the files.", ref_date=d),
        C("RUT,DJI,SPX", "relative_daily_loss", "RUT lost less than the blue-chip averages", "comparison", "lost less than the blue-chip averages", f"[pct_change('RUT','{d}'), pct_change('DJI','{d}'), pct_change('GSPC','{d}')]", "supported", CMP, "Russell 2000 -2.84% against Dow -3.41% and S&P 500 -3.62%.", ref_date=d),
        C("RUT", "intraday_drawdown", 18.5, "percent", "lost 18.5 percent", f"(1 - val('RUT','{d}','low') / val('RUT','1998-04-22','high')) * 100", "supported", D1, "Session low 401.32 against the April 22 intraday high 492.28 (the highest high of the year): 18.48%.", ref_date=d, basis="intraday low vs intraday high", tol="1dp"),
        C("RUT", "intraday_high_date", "1998-04-22", "date", "intraday high of April 22", "max_high_between('RUT','1998-01-01','1998-08-04')", "supported", REC, "The highest intraday level of 1998 before Aug 4 is 492.28 on 1998-04-22.", ref_date="1998-04-22", basis="intraday high"),
        C("RUT", "drawdown_vs_past_corrections", "exceeds 1992 and 1996 corrections", "comparison", "exceeding the big corrections suffered in 1992 and", "[rolling_peak_drawdown('RUT','1992-01-01','1992-12-31'), rolling_peak_drawdown('RUT','1996-01-01','1996-12-31')]", "supported", CMP, "Largest intraday peak-to-trough falls inside 1992 (-13.9%) and 1996 (-17.0%) are both smaller than the 18.5% of Aug 4, 1998 (same intraday basis).", ref_date=d),
        C("QUOTE", "market_health_since", 1994, "year", "unhealthiest market we've had since 1994", None, "not_checkable", NC, "Quoted judgement based on breadth indicators.", ref_date=d),
    ]))

# 3 ---------------------------------------------------------------------------------------------
d = "2000-05-04"
PASSAGES.append(dict(
    id="starbulletin_20000504_ap_mixed_close_yields",
    source={"site": "archives.starbulletin.com", "url": "https://archives.starbulletin.com/2000/05/04/business/market.html", "original_outlet": "Associated Press (Honolulu Star-Bulletin closing market report)"},
    published="2000-05-04", published_confidence="exact",
    published_note="The URL carries 2000/05/04 and the report says 'today'; the figures match Thursday 2000-05-04.",
    text=("Associated Press. NEW YORK - Stocks drifted to a mixed finish today after a report of slowing productivity "
          "growth sharpened worries that the Federal Reserve will lift interest rates by as much as a half-percentage "
          "point later this month. Blue chips led the way down. The Dow Jones industrial average was down 67.64 at "
          "10,412.49, while the Nasdaq composite index was up 12.93 at 3,720.24. The Standard & Poor's 500 fell 5.72 to "
          "1,409.38. Advancers beat decliners by a 5-to-4 margin on the New York Stock Exchange. Among smaller "
          "companies, the Russell 2000 index climbed 6.35, or 1.3 percent, to end at 501.91. In the bond market the "
          "30-year Treasury bond lost ground and its yield rose 5 basis points to 6.16 percent. The 10-year note's yield "
          "rose 5 basis points to 6.45 percent, the highest level since Feb. 21. The two-year note dropped less than "
          "other Treasuries as investors saw value when its yield touched a five-year high of 6.78 percent in early "
          "trading. The stock market was hurt by fears that the Fed will raise rates by as much as a half-percentage "
          "point at its May 16 meeting as it works to keep inflation in check."),
    claims=[
        C("FEDFUNDS", "expected_hike_size", 0.5, "percentage_points", "as much as a half-percentage point later this month", None, "forecast", FC, "Market expectation of the next move; the Fed did raise by 50 bp on 2000-05-16, but expectations are not judged.", ref_date=d),
        C("DJI", "daily_point_change", -67.64, "index_points", "down 67.64", f"point_change('DJI','{d}')", "supported", D2, "10480.13 -> 10412.49.", ref_date=d, tol="2dp"),
        C("DJI", "close_level", 10412.49, "index_points", "10,412.49", f"val('DJI','{d}')", "supported", LVL, "Close 10412.49.", ref_date=d, tol="lvl"),
        C("IXIC", "daily_point_change", 12.93, "index_points", "up 12.93", f"point_change('IXIC','{d}')", "supported", D2, "3707.31 -> 3720.24.", ref_date=d, tol="2dp"),
        C("IXIC", "close_level", 3720.24, "index_points", "3,720.24", f"val('IXIC','{d}')", "supported", LVL, "Close 3720.24.", ref_date=d, tol="lvl"),
        C("SPX", "daily_point_change", -5.72, "index_points", "fell 5.72", f"point_change('GSPC','{d}')", "imprecise", D2 + IMP, "The file has -5.53 (1415.10 -> 1409.57): off by 0.19 points, 3.4% of the move. An early (unofficial) closing figure.", ref_date=d, tol="2dp"),
        C("SPX", "close_level", 1409.38, "index_points", "1,409.38", f"val('GSPC','{d}')", "imprecise", LVL + IMP, "File close 1409.57: off by 0.19 (0.01%).", ref_date=d, tol="lvl"),
        C("NYSE", "breadth_ratio", "5-to-4", "ratio", "5-to-4 margin", None, "unverifiable", UNV, "NYSE breadth is not in the files.", ref_date=d),
        C("RUT", "daily_point_change", 6.35, "index_points", "climbed 6.35", f"point_change('RUT','{d}')", "supported", D2, "495.56 -> 501.91.", ref_date=d, tol="2dp"),
        C("RUT", "daily_pct_change", 1.3, "percent", "or 1.3 percent", f"pct_change('RUT','{d}')", "supported", D1, "+1.28%.", ref_date=d, tol="1dp"),
        C("RUT", "close_level", 501.91, "index_points", "501.91", f"val('RUT','{d}')", "supported", LVL, "Close 501.91.", ref_date=d, tol="lvl"),
        C("US30Y", "yield_change_bp", 5, "basis_points", "rose 5 basis points to 6.16 percent", None, "unverifiable", UNV, "The 30-year yield (and its 6.16% level) is not in the files (only DGS2 and DGS10).", ref_date=d, basis="end of day"),
        C("US10Y", "yield_change_bp", 5, "basis_points", "note's yield rose 5 basis points", "rate_change_bp('DGS10','2000-05-03','2000-05-04')", "imprecise", YLD + "; unhedged integer: |true-claim| <= 0.5" + IMP, "FRED DGS10: 6.40 -> 6.46, +6 bp; off by 1 bp (AP uses late-afternoon dealer quotes).", ref_date=d, basis="end of day", dec=1, tol="int"),
        C("US10Y", "yield_level", 6.45, "percent", "to 6.45 percent", "rate_on('DGS10','2000-05-04')", "supported", YLD, "FRED 6.46, within 0.025 of 6.45.", ref_date=d, basis="end of day", tol="2dp"),
        C("US10Y", "highest_since", "2000-02-21", "date", "the highest level since Feb. 21", "rate_highest_since('DGS10','2000-05-04')", "supported", SINCE, "Last earlier end-of-day yield at least 6.46 is 6.49 on Friday 2000-02-18; Monday Feb. 21 (Presidents' Day, no FRED value) is the first day after it, so 'since Feb. 21' is allowed.", ref_date=d, basis="end of day"),
        C("US2Y", "intraday_yield_high", 6.78, "percent", "five-year high of 6.78 percent in early trading", "[rate_on('DGS2','2000-05-04'), rate_highest_since('DGS2','2000-05-04')]", "unverifiable", YLD + "; intraday yield events are unverifiable", "Intraday yield; FRED has only end-of-day values. For context, the end-of-day 2-year yield of 6.77% was the highest since 1995-03-31, about five years earlier, consistent with the claim.", ref_date=d, basis="early trading"),
        C("FEDFUNDS", "fomc_meeting_date", "2000-05-16", "date", "May 16 meeting", "next_fomc('2000-05-04')", "supported", FED, "Next FOMC decision day after 2000-05-04 is 2000-05-16.", ref_date=d),
    ]))

# 4 ---------------------------------------------------------------------------------------------
d = "2003-06-12"
PASSAGES.append(dict(
    id="chicagotribune_20030613_cautious_advance",
    source={"site": "articles.chicagotribune.com", "url": "http://articles.chicagotribune.com/2003-06-13/business/0306130207_1_stock-indexes-john-b-sanfilippo-russell", "original_outlet": "Chicago Tribune"},
    published="2003-06-13", published_confidence="exact",
    published_note="Dated June 13, 2003 (page and URL); the text is about Thursday's session, 2003-06-12.",
    text=("Market report: A cautiously optimistic advance. By Bill Barnhart, June 13, 2003. Stocks crept higher in "
          "moderate trading Thursday, in keeping with the recent cautious optimism about the economy. Treasury "
          "securities, which usually move the opposite way from stocks, gained as well: a weekly report on jobless "
          "claims showed the number of workers still collecting benefits at a 20-year high, which is good news for "
          "bond prices. The Dow Jones industrial average added 13.33, to 9196.55, as gains by AT&T and Coca-Cola offset "
          "losses by Altria Group and Caterpillar. The broader Standard & Poor's 500 index rose 1.03, to 998.51. Earlier "
          "in the session, the Dow traded above 9230 and the S&P index broke above the 1000 mark. The Nasdaq composite "
          "index rose 7.60, to 1653.62, helped by a good day for Cisco Systems, Dell Computer and Intel. The Russell "
          "2000 index of small-company stocks added 1.24, to 456.74. Oil prices ended lower in New York futures trading "
          "after Iraq resumed oil exports. Small-cap chase: each year about now the Frank Russell Co. of Tacoma, Wash., "
          "rebuilds its stock indexes, and the first look at the reconstituted lists is due late Friday. Guessing right "
          "that a stock will be added to a popular benchmark such as the Russell 2000 can bring a short-term gain, "
          "because funds that mimic the index have to buy it."),
    claims=[
        C("US10Y", "yield_direction", "Treasuries advanced (yields fell)", "direction", "gained as well", "rate_change_bp('DGS10','2003-06-11','2003-06-12')", "supported", YLD, "FRED 10-year yield fell 3 bp (3.21 -> 3.18), i.e. Treasury prices rose.", ref_date=d, basis="end of day", dec=1),
        C("US_LABOR", "continuing_claims_high", "20-year high", "years", "20-year high", None, "unverifiable", UNV, "Jobless-claims data are not in the files.", ref_date=d),
        C("DJI", "daily_point_change", 13.33, "index_points", "added 13.33", f"point_change('DJI','{d}')", "supported", D2, "9183.22 -> 9196.55.", ref_date=d, tol="2dp"),
        C("DJI", "close_level", 9196.55, "index_points", "9196.55", f"val('DJI','{d}')", "supported", LVL, "Close 9196.55.", ref_date=d, tol="lvl"),
        C("SPX", "daily_point_change", 1.03, "index_points", "rose 1.03", f"point_change('GSPC','{d}')", "supported", D2, "997.48 -> 998.51.", ref_date=d, tol="2dp"),
        C("SPX", "close_level", 998.51, "index_points", "998.51", f"val('GSPC','{d}')", "supported", LVL, "Close 998.51.", ref_date=d, tol="lvl"),
        C("DJI", "intraday_above", 9230, "index_points", "traded above 9230", f"val('DJI','{d}','high')", "supported", MORE + "; session high", "Session high 9236.11 > 9230.", ref_date=d, basis="intraday high"),
        C("SPX", "intraday_above", 1000, "index_points", "broke above the 1000 mark", f"val('GSPC','{d}','high')", "supported", MORE + "; session high", "Session high 1002.74 > 1000.", ref_date=d, basis="intraday high"),
        C("IXIC", "daily_point_change", 7.60, "index_points", "rose 7.60", f"point_change('IXIC','{d}')", "supported", D2, "1646.02 -> 1653.62.", ref_date=d, tol="2dp"),
        C("IXIC", "close_level", 1653.62, "index_points", "1653.62", f"val('IXIC','{d}')", "supported", LVL, "Close 1653.62.", ref_date=d, tol="lvl"),
        C("RUT", "daily_point_change", 1.24, "index_points", "added 1.24", f"point_change('RUT','{d}')", "supported", D2, "455.50 -> 456.74.", ref_date=d, tol="2dp"),
        C("RUT", "close_level", 456.74, "index_points", "456.74", f"val('RUT','{d}')", "supported", LVL, "Close 456.74.", ref_date=d, tol="lvl"),
    ]))

# 5 ---------------------------------------------------------------------------------------------
d = "2004-06-30"
PASSAGES.append(dict(
    id="foxnews_20040630_fed_first_hike",
    source={"site": "foxnews.com", "url": "http://www.foxnews.com/story/2004/06/30/stocks-rise-as-fed-statement-reassures-investors.html", "original_outlet": "Fox News (wire-based market story)"},
    published="2004-06-30", published_confidence="exact",
    published_note="URL dated 2004/06/30; the text is about Wednesday's session, 2004-06-30, the day of the FOMC decision.",
    text=("Stocks rise as Fed statement reassures investors. Stocks finished the first half of 2004 with moderate gains "
          "Wednesday, as the Federal Reserve's widely expected rate increase and its reassuring statement eased worries "
          "about rising interest rates. The Dow Jones industrial average gained 22.05 points, or 0.21 percent, to "
          "10,435.48, after a day in which it swung 95.57 points, rising as high as 10,471.24 and as low as 10,375.67. "
          "The Standard & Poor's 500 Index gained 4.55 points, or 0.40 percent, to 1,140.75. The technology-laced "
          "Nasdaq Composite Index gained 12.86 points, or 0.63 percent, to 2,047.79. For the month of June, the Dow "
          "added 2.4 percent, the S&P 500 advanced 1.8 percent and the Nasdaq climbed 3.1 percent. For the second "
          "quarter, the Dow ticked up 0.8 percent, the S&P 500 gained 1.3 percent and the Nasdaq shot up 2.7 percent. "
          "The Fed's first rate hike in four years moves the benchmark federal funds rate up to 1.25 percent from "
          "1 percent, a 46-year low. \"This has certainly been a very well telegraphed change in direction,\" said "
          "Jack Caffrey, equities strategist at J.P. Morgan Private Bank. Most investors and analysts think the hike is "
          "the first of many, with another 0.25 percentage point increase possibly coming as early as the next Fed "
          "meeting in August."),
    claims=[
        C("DJI", "daily_point_change", 22.05, "index_points", "gained 22.05 points", f"point_change('DJI','{d}')", "supported", D2, "10413.43 -> 10435.48.", ref_date=d, tol="2dp"),
        C("DJI", "daily_pct_change", 0.21, "percent", "or 0.21 percent", f"pct_change('DJI','{d}')", "supported", D2, "+0.212%.", ref_date=d, tol="2dp"),
        C("DJI", "close_level", 10435.48, "index_points", "to \n10,435.48".replace(" \n", " "), f"val('DJI','{d}')", "supported", LVL, "Close 10435.48.", ref_date=d, tol="lvl"),
        C("DJI", "intraday_range_points", 95.57, "index_points", "swung 95.57 points", f"session_range('DJI','{d}')", "supported", D2, "High 10471.24 - low 10375.67 = 95.57.", ref_date=d, basis="intraday", tol="2dp"),
        C("DJI", "intraday_high", 10471.24, "index_points", "as high as 10,471.24", f"val('DJI','{d}','high')", "supported", LVL, "Session high 10471.24.", ref_date=d, basis="intraday high", tol="lvl"),
        C("DJI", "intraday_low", 10375.67, "index_points", "as low as 10,375.67", f"val('DJI','{d}','low')", "supported", LVL, "Session low 10375.67.", ref_date=d, basis="intraday low", tol="lvl"),
        C("SPX", "daily_point_change", 4.55, "index_points", "gained 4.55 points", f"point_change('GSPC','{d}')", "imprecise", D2 + IMP, "File: +4.64 (1136.20 -> 1140.84); off by 0.09 (2% of the move). Other same-day reports give 4.64 and 1140.84; 4.55/1,140.75 is an early tally.", ref_date=d, tol="2dp"),
        C("SPX", "daily_pct_change", 0.40, "percent", "or 0.40 percent", f"pct_change('GSPC','{d}')", "supported", D2, "+0.408%, within 0.025 of 0.40.", ref_date=d, tol="2dp"),
        C("SPX", "close_level", 1140.75, "index_points", "to 1,140.75", f"val('GSPC','{d}')", "imprecise", LVL + IMP, "File close 1140.84: off by 0.09 (0.008%).", ref_date=d, tol="lvl"),
        C("IXIC", "daily_point_change", 12.86, "index_points", "gained 12.86 points", f"point_change('IXIC','{d}')", "supported", D2, "2034.93 -> 2047.79.", ref_date=d, tol="2dp"),
        C("IXIC", "daily_pct_change", 0.63, "percent", "or 0.63 percent", f"pct_change('IXIC','{d}')", "supported", D2, "+0.632%.", ref_date=d, tol="2dp"),
        C("IXIC", "close_level", 2047.79, "index_points", "to 2,047.79", f"val('IXIC','{d}')", "supported", LVL, "Close 2047.79.", ref_date=d, tol="lvl"),
        C("DJI", "mtd_return", 2.4, "percent", "added 2.4 percent", f"mtd('DJI','{d}')", "supported", D1 + "; " + WIN, "May 28 close 10188.45 -> June 30: +2.42%.", ref_date=d, window="June 2004", tol="1dp"),
        C("SPX", "mtd_return", 1.8, "percent", "advanced 1.8 percent", f"mtd('GSPC','{d}')", "supported", D1 + "; " + WIN, "+1.80% for June.", ref_date=d, window="June 2004", tol="1dp"),
        C("IXIC", "mtd_return", 3.1, "percent", "climbed 3.1 percent", f"mtd('IXIC','{d}')", "supported", D1 + "; " + WIN, "+3.07% for June.", ref_date=d, window="June 2004", tol="1dp"),
        C("DJI", "qtd_return", 0.8, "percent", "ticked up 0.8 percent", f"qtd('DJI','{d}')", "supported", D1 + "; " + WIN, "March 31 close -> June 30: +0.75%, within 0.07 of 0.8.", ref_date=d, window="2004Q2", tol="1dp"),
        C("SPX", "qtd_return", 1.3, "percent", "gained 1.3 percent", f"qtd('GSPC','{d}')", "supported", D1 + "; " + WIN, "+1.30% for the quarter.", ref_date=d, window="2004Q2", tol="1dp"),
        C("IXIC", "qtd_return", 2.7, "percent", "shot up 2.7 percent", f"qtd('IXIC','{d}')", "supported", D1 + "; " + WIN, "+2.69% for the quarter.", ref_date=d, window="2004Q2", tol="1dp"),
        C("FEDFUNDS", "first_hike_since", "four years", "years", "first rate hike in four years", f"fed_last_change('{d}', up=True)", "supported", FED, "The previous increase of the target took effect 2000-05-16, a little over four years earlier.", ref_date=d),
        C("FEDFUNDS", "target_rate", 1.25, "percent", "up to 1.25 percent", "fed_target('2004-07-01')", "supported", FED, "DFEDTAR is 1.25 after the June 30 decision.", ref_date=d, tol="2dp"),
        C("FEDFUNDS", "previous_target_rate", 1.0, "percent", "from \n1 percent".replace(" \n", " "), "fed_target('2004-06-29')", "supported", FED, "DFEDTAR 1.00 before the decision.", ref_date="2004-06-29", tol="2dp"),
        C("FEDFUNDS", "lowest_since_years", 46, "years", "a 46-year low", "fed_lowest_since('2004-06-29')", "unverifiable", UNV + " (history before the file starts)", "DFEDTAR starts in 1982; 1% is the lowest target in the file, but a 46-year comparison (back to 1958) needs history the files do not hold.", ref_date="2004-06-29"),
        C("FEDFUNDS", "expected_next_hike", 0.25, "percentage_points", "another 0.25 percentage point increase", None, "forecast", FC, "Expectation of a further increase; not judged (the Fed did raise again on 2004-08-10).", ref_date=d),
        C("FEDFUNDS", "next_meeting_month", "August", "month", "next Fed \nmeeting in August".replace(" \n", " "), f"next_fomc('{d}')", "supported", FED, "Next FOMC decision day after June 30, 2004 is 2004-08-10.", ref_date=d),
    ]))

# 6 ---------------------------------------------------------------------------------------------
d = "2005-06-29"
PASSAGES.append(dict(
    id="honoluluadvertiser_20050630_traders_wait_fed",
    source={"site": "the.honoluluadvertiser.com", "url": "http://the.honoluluadvertiser.com/article/2005/Jun/30/bz/bz20p.html", "original_outlet": "Associated Press (Ellen Simon) in The Honolulu Advertiser"},
    published="2005-06-30", published_confidence="exact",
    published_note="Page dated Thursday, June 30, 2005; the market figures are 'yesterday', Wednesday 2005-06-29, the first day of the June 29-30 FOMC meeting.",
    text=("Traders wait for Fed decision on rate hike. By Ellen Simon, AP Business Writer. NEW YORK - Nervous investors "
          "pushed stocks lower yesterday as they waited anxiously for the Federal Reserve's interest-rate decision, "
          "looking past a rise in U.S. oil inventories and a solid upward revision to gross domestic product. Stocks "
          "rose early on falling oil prices and a Commerce Department report that the economy grew at an annual rate of "
          "3.8 percent in the first quarter of 2005, a clear improvement on the 3.5 percent estimated a month ago and a "
          "match for growth in the final quarter of 2004. But the two-day meeting of the Fed's Open Market Committee, "
          "which sets interest rate policy, ended up weighing on the market; its decision and the statement that comes "
          "with it are expected today. The Dow Jones industrial average fell 31.15, or 0.30 percent, to 10,374.48, and "
          "broader stock indicators slipped. Wall Street has had two fixations in recent weeks: interest rates and oil "
          "prices. Most investors expect the Fed to raise rates today, the ninth rate hike in a year, and hope its "
          "statement will signal that the increases will soon end. Advancers led decliners roughly 9 to 6 on the New "
          "York Stock Exchange, where consolidated volume came to 1.82 billion shares, up from 1.81 billion Tuesday."),
    claims=[
        C("US_GDP", "gdp_growth_annualized", 3.8, "percent", "3.8 percent", None, "unverifiable", UNV, "GDP data are not in the files.", ref_date=d),
        C("US_GDP", "gdp_prior_estimate", 3.5, "percent", "3.5 percent estimated", None, "unverifiable", UNV, "GDP data are not in the files.", ref_date=d),
        C("US_GDP", "gdp_q4_2004_match", "Q4 2004 growth equal to 3.8", "comparison", "final quarter of 2004", None, "unverifiable", UNV, "GDP data are not in the files.", ref_date=d),
        C("FEDFUNDS", "meeting_length_days", 2, "days", "two-day meeting", None, "unverifiable", UNV, "FOMC_meetings.csv lists decision days only, not the first day of a meeting.", ref_date=d),
        C("FEDFUNDS", "decision_day", "2005-06-30", "date", "expected today", f"next_fomc('{d}')", "supported", FED, "The page is dated June 30; the next FOMC decision day after June 29 is 2005-06-30.", ref_date="2005-06-30"),
        C("DJI", "daily_point_change", -31.15, "index_points", "fell 31.15", f"point_change('DJI','{d}')", "supported", D2, "10405.63 -> 10374.48 = -31.15.", ref_date=d, tol="2dp"),
        C("DJI", "daily_pct_change", -0.30, "percent", "or 0.30 percent", f"pct_change('DJI','{d}')", "supported", D2, "-0.299%.", ref_date=d, tol="2dp"),
        C("DJI", "close_level", 10374.48, "index_points", "10,374.48", f"val('DJI','{d}')", "supported", LVL, "Close 10374.48.", ref_date=d, tol="lvl"),
        C("FEDFUNDS", "hike_count_expected", 9, "count", "the ninth rate hike in a year", None, "forecast", FC, "Expected hike not judged. For context DFEDTAR shows eight quarter-point increases from 2004-06-30 to 2005-05-03, so a June 30 move would be the ninth.", ref_date="2005-06-30"),
        C("NYSE", "breadth_ratio", "9 to 6", "ratio", "roughly 9 to 6", None, "unverifiable", UNV, "NYSE breadth is not in the files.", ref_date=d, qualifier="roughly"),
        C("NYSE", "consolidated_volume", 1.82, "billion_shares", "1.82 billion shares", None, "unverifiable", UNV, "NYSE consolidated volume is not in the files (nor Tuesday's 1.81 billion).", ref_date=d),
    ]))

# 7 ---------------------------------------------------------------------------------------------
d = "2007-05-30"
PASSAGES.append(dict(
    id="mjperry_20070531_sp500_record_nasdaq",
    source={"site": "mjperry.blogspot.com", "url": "https://mjperry.blogspot.com/2007/05/s-sets-record-not-yet-for-nasdaq.html", "original_outlet": "Carpe Diem blog (Mark J. Perry) quoting The Wall Street Journal"},
    published="2007-05-31", published_confidence="exact",
    published_note="Blog post dated Thursday, May 31, 2007; it describes Wednesday's close, 2007-05-30.",
    text=("S&P500 breaks 7-year record, not yet for NASDAQ. The blogger quotes the Wall Street Journal: the S&P 500 rallied "
          "to a new record close on Wednesday, a long seven years after its prior record close of 1527.46, on March 24, "
          "2000. To put that lag in perspective, the paper noted, the last time the index set a record Bill Clinton was "
          "still in the White House and the iPod did not yet exist. The Nasdaq Composite Index, by contrast, closed at "
          "2592.59, its highest close since Feb. 7, 2001. The tech-heavy gauge is up 7.3% on the year, but it remains "
          "a long way (2,456 points) from its record close of 5048.62, set on March 10, 2000, as a chart of the index "
          "since that peak makes plain. In percentage terms, the Nasdaq would still have to climb by almost 95% to break "
          "the 2000 record close. So while one of the two broad benchmarks has finally erased the losses of the "
          "dot-com bust, the other, the post shows, is still nowhere near its old peak."),
    claims=[
        C("SPX", "record_close", True, "flag", "new record close on Wednesday", f"is_record('GSPC','{d}')", "supported", REC, "1530.23 is above every earlier close (1527.46 of 2000-03-24).", ref_date=d),
        C("SPX", "years_since_previous_record", 7, "years", "a long seven years", f"round((ts('{d}') - ts(record_before('GSPC','{d}')[0])).days / 365.25, 2)", "supported", CMP, "2000-03-24 to 2007-05-30 is 7.2 years.", ref_date=d),
        C("SPX", "previous_record_close", 1527.46, "index_points", "1527.46", f"record_before('GSPC','{d}')", "supported", REC, "Previous record close 1527.46.", ref_date=d),
        C("SPX", "previous_record_date", "2000-03-24", "date", "March 24, \n2000".replace(" \n", " "), f"record_before('GSPC','{d}')", "supported", REC, "Set on 2000-03-24.", ref_date=d),
        C("IXIC", "close_level", 2592.59, "index_points", "2592.59", f"val('IXIC','{d}')", "supported", LVL, "Close 2592.59.", ref_date=d, tol="lvl"),
        C("IXIC", "highest_close_since", "2001-02-07", "date", "highest close since Feb. 7, 2001", f"highest_since('IXIC','{d}')", "supported", SINCE, "Last earlier close at or above 2592.59 is 2001-02-07.", ref_date=d),
        C("IXIC", "ytd_return", 7.3, "percent", "up 7.3% on the year", f"ytd('IXIC','{d}')", "supported", D1 + "; " + WIN, "2415.29 -> 2592.59: +7.34%.", ref_date=d, tol="1dp"),
        C("IXIC", "points_below_record", 2456, "index_points", "2,456 points", f"record_before('IXIC','{d}')[1] - val('IXIC','{d}')", "supported", INT, "5048.62 - 2592.59 = 2456.03.", ref_date=d, tol="int"),
        C("IXIC", "record_close", 5048.62, "index_points", "5048.62", f"record_before('IXIC','{d}')", "supported", REC, "Record close 5048.62 on 2000-03-10.", ref_date=d),
        C("IXIC", "record_close_date", "2000-03-10", "date", "March 10, 2000", f"record_before('IXIC','{d}')", "supported", REC, "2000-03-10.", ref_date=d),
        C("IXIC", "gain_needed_to_record", 95, "percent", "almost 95%", f"(record_before('IXIC','{d}')[1] / val('IXIC','{d}') - 1) * 100", "supported", NEARLY, "5048.62 / 2592.59 - 1 = 94.73%: 94 <= 94.73 <= 95.5.", ref_date=d, qualifier="almost"),
    ]))

# 8 ---------------------------------------------------------------------------------------------
d = "2008-01-22"
PASSAGES.append(dict(
    id="timesleader_20080123_emergency_cut",
    source={"site": "archives.timesleader.com", "url": "http://archives.timesleader.com/2008_26/2008_01_23_Unusual_emergency_interest_rate_cut_slows_dive_in_stock_prices_-business.html", "original_outlet": "Associated Press in The Times Leader (Wilkes-Barre)"},
    published="2008-01-23", published_confidence="exact",
    published_note="URL dated 2008_01_23; the story is about Tuesday's session, 2008-01-22, the day of the unscheduled 75 bp cut.",
    text=("Unusual emergency interest rate cut slows dive in stock prices. NEW YORK - An unusual emergency rate cut by the "
          "Federal Reserve gave Wall Street a partial rebound Tuesday from a steep early slide, and perhaps the first "
          "steps toward a longer recovery. The Dow Jones industrial average, down 465 points shortly after trading "
          "began, bounced around through the session before closing with a milder drop of 128.11, or 1.06 percent. "
          "U.S. stocks opened by following markets abroad, which had plunged for two straight days, and extended their "
          "own heavy losses of last week as fears of a U.S. recession spreading to other economies drove investors out "
          "of stocks around the world. The Fed moved before the opening bell, cutting its benchmark federal funds rate "
          "by 0.75 percentage point to 3.50 percent and the discount rate, the rate it charges banks directly, to "
          "4 percent. What was unusual was that the cut came between regularly scheduled meetings of the central bank's "
          "Open Market Committee; the next one is in a week. The reduction was also the widest in the target fed funds "
          "rate on records going back to 1990. Consumers, who normally account for two-thirds of the economy, are in no "
          "position to spend the country back to solid growth, one economist warned; another called the cut a cure "
          "for the wrong disease."),
    claims=[
        C("DJI", "intraday_point_change", -465, "index_points", "down 465 points", f"intraday_vs_prev('DJI','{d}','low')", "imprecise", MID + "; unhedged integer: |true-claim| <= 0.5" + IMP, "Session low 11634.82 against the previous close 12099.30 is -464.48; 465 lies 0.52 points outside the session's range (just outside: imprecise).", ref_date=d, basis="early trading", tol="int"),
        C("DJI", "daily_point_change", -128.11, "index_points", "drop of 128.11", f"point_change('DJI','{d}')", "supported", D2, "12099.30 -> 11971.19 = -128.11.", ref_date=d, tol="2dp"),
        C("DJI", "daily_pct_change", -1.06, "percent", "or 1.06 percent", f"pct_change('DJI','{d}')", "supported", D2, "-1.059%.", ref_date=d, tol="2dp"),
        C("FOREIGN", "consecutive_down_days", 2, "sessions", "plunged for two straight days", None, "unverifiable", UNV, "Foreign stock indexes are not in the files.", ref_date=d),
        C("FEDFUNDS", "target_change", -0.75, "percentage_points", "by 0.75 percentage point", "fed_target('2008-01-22') - fed_target('2008-01-21')", "supported", FED, "DFEDTAR 4.25 -> 3.50 effective 2008-01-22.", ref_date=d, tol="2dp"),
        C("FEDFUNDS", "target_rate", 3.50, "percent", "to 3.50 percent", "fed_target('2008-01-22')", "supported", FED, "DFEDTAR 3.50.", ref_date=d, tol="2dp"),
        C("DISCOUNT_RATE", "discount_rate", 4, "percent", "4 percent", None, "unverifiable", UNV, "The discount rate is not in the files.", ref_date=d),
        C("FEDFUNDS", "unscheduled_move", True, "flag", "between regularly scheduled meetings", f"fomc_unscheduled('{d}','{d}')", "supported", FED, "FOMC_meetings.csv marks 2008-01-22 as unscheduled.", ref_date=d),
        C("FEDFUNDS", "next_meeting_in", "a week", "days", "the next one is in a week", f"next_fomc('{d}')", "supported", FED, "Next decision day is 2008-01-30 (meeting of Jan 29-30), a week later.", ref_date=d),
        C("FEDFUNDS", "widest_cut_since", 1990, "year", "on records going back to 1990", "float(rate('DFEDTAR').diff().loc['1990-01-01':'2008-01-21'].min())", "supported", FED + "; " + CMP, "Largest single cut of the target from 1990 up to the day before is -0.50 (several times); the -0.75 of Jan 22 is wider. (The file back to 1982 also has no cut of 0.75 or more after 1990.)", ref_date=d),
        C("US_GDP", "consumer_share", "two-thirds", "fraction", "two-thirds of the economy", None, "unverifiable", UNV, "National-accounts shares are not in the files.", ref_date=d),
    ]))

# 9 ---------------------------------------------------------------------------------------------
d = "2009-10-22"
PASSAGES.append(dict(
    id="einpresswire_20091023_iwm_vs_spy",
    source={"site": "einpresswire.com", "url": "https://www.einpresswire.com/article/56675069/russell-small-micro-cap-vs-spdr-trust-etf-thursday", "original_outlet": "FinancialWire"},
    published="2009-10-23", published_confidence="exact",
    published_note="Dateline October 23, 2009; the figures are 'yesterday's session', Thursday 2009-10-22.",
    text=("Russell small & micro cap vs. SPDR Trust ETF Thursday. October 23, 2009 (FinancialWire) - The iShares Russell "
          "Microcap ETF (NYSE: IWC), the iShares Russell 2000 ETF (NYSE: IWM) and the SPDR Trust ETF (NYSE: SPY) all ended "
          "yesterday's session with gains, and in overall performance the Russell Microcap and Russell 2000 funds came "
          "out slightly ahead of the SPDR Trust. The iShares Russell Microcap closed up $0.53 per share (+1.362%) at $39.45. "
          "The iShares Russell 2000 closed up $0.84 per share (+1.388%) at $61.34 per share. Its intra-day range was "
          "$1.84, with an intra-day high of +$1.11 per share and an intra-day low of -$0.73 per share. The SPDR Trust "
          "closed up $1.10 per share (+1.016%) at $109.33 per share, after an intra-day range of $2.18 that ran from a "
          "high of +$1.45 per share to a low of -$0.73 a share. Setting the SPDR Trust beside the two Russell funds gives "
          "a fair picture of how small- and micro-cap stocks are doing against their bigger counterparts, the service "
          "says. The Russell 2000 fund tracks the smallest companies of the Russell 3000 index through a representative "
          "sampling strategy, while the microcap fund follows an index of even smaller firms."),
    claims=[
        C("IWM,SPY", "all_closed_higher", True, "flag", "all ended yesterday's session with gains", f"[pct_change('IWM','{d}') > 0, pct_change('SPY','{d}') > 0]", "supported", CMP, "IWM +1.39% and SPY +1.02%; the IWC part is not in the files (its figures are keyed separately as unverifiable).", ref_date=d),
        C("IWM,SPY", "relative_daily_return", "IWM slightly ahead of SPY", "comparison", "came out slightly ahead of the SPDR Trust", f"[pct_change('IWM','{d}'), pct_change('SPY','{d}')]", "supported", CMP, "IWM +1.388% vs SPY +1.016%; the microcap fund (IWC) is not in the files.", ref_date=d),
        C("IWC", "daily_point_change", 0.53, "usd", "up $0.53", None, "unverifiable", UNV, "IWC is not in the files.", ref_date=d),
        C("IWC", "daily_pct_change", 1.362, "percent", "+1.362%", None, "unverifiable", UNV, "IWC is not in the files.", ref_date=d),
        C("IWC", "close_price", 39.45, "usd", "$39.45", None, "unverifiable", UNV, "IWC is not in the files.", ref_date=d),
        C("IWM", "daily_point_change", 0.84, "usd", "up $0.84", f"point_change('IWM','{d}')", "supported", D2, "60.50 -> 61.34.", ref_date=d, tol="2dp"),
        C("IWM", "daily_pct_change", 1.388, "percent", "+1.388%", f"pct_change('IWM','{d}')", "supported", D3, "+1.3884%.", ref_date=d, dec=3, tol="3dp"),
        C("IWM", "close_price", 61.34, "usd", "$61.34", f"val('IWM','{d}')", "supported", LVL, "Close 61.34.", ref_date=d, tol="lvl"),
        C("IWM", "intraday_range", 1.84, "usd", "range was \n$1.84".replace(" \n", " "), f"session_range('IWM','{d}')", "supported", D2, "High 61.61 - low 59.77.", ref_date=d, basis="intraday", tol="2dp"),
        C("IWM", "intraday_high_vs_prev", 1.11, "usd", "+$1.11", f"intraday_vs_prev('IWM','{d}','high')", "supported", D2, "61.61 - 60.50.", ref_date=d, basis="intraday high", tol="2dp"),
        C("IWM", "intraday_low_vs_prev", -0.73, "usd", "low of -$0.73 per share", f"intraday_vs_prev('IWM','{d}','low')", "supported", D2, "59.77 - 60.50.", ref_date=d, basis="intraday low", tol="2dp"),
        C("SPY", "daily_point_change", 1.10, "usd", "up $1.10", f"point_change('SPY','{d}')", "supported", D2, "108.23 -> 109.33.", ref_date=d, tol="2dp"),
        C("SPY", "daily_pct_change", 1.016, "percent", "+1.016%", f"pct_change('SPY','{d}')", "supported", D3, "+1.0164%.", ref_date=d, dec=3, tol="3dp"),
        C("SPY", "close_price", 109.33, "usd", "$109.33", f"val('SPY','{d}')", "supported", LVL, "Close 109.33.", ref_date=d, tol="lvl"),
        C("SPY", "intraday_range", 2.18, "usd", "$2.18", f"session_range('SPY','{d}')", "supported", D2, "High 109.68 - low 107.50.", ref_date=d, basis="intraday", tol="2dp"),
        C("SPY", "intraday_high_vs_prev", 1.45, "usd", "+$1.45", f"intraday_vs_prev('SPY','{d}','high')", "supported", D2, "109.68 - 108.23.", ref_date=d, basis="intraday high", tol="2dp"),
        C("SPY", "intraday_low_vs_prev", -0.73, "usd", "low of -$0.73 a share", f"intraday_vs_prev('SPY','{d}','low')", "supported", D2, "107.50 - 108.23.", ref_date=d, basis="intraday low", tol="2dp"),
        C("GENERIC", "index_membership", "Russell 3000 subset", "description", "Russell 3000 index", None, "not_checkable", NC, "Description of the fund's index.", ref_date=d),
    ]))

# 10 --------------------------------------------------------------------------------------------
d = "2011-01-28"
PASSAGES.append(dict(
    id="hedgecore_20110128_small_cap_etfs_lag",
    source={"site": "hedge-core.blogspot.com", "url": "http://hedge-core.blogspot.com/2011/01/etf-investing-small-cap-etfs-tax.html", "original_outlet": "MarketWatch (John Spence), reposted on a blog"},
    published="2011-01-28", published_confidence="medium",
    published_note="The blog URL gives only 2011/01. The embedded quote boxes (IWM 77.41, -1.94, -2.44%; SPY 127.72, -2.27, -1.75%) match the close of Friday 2011-01-28 exactly, so the repost was captured that evening; 'last week's pause' is then the week ending Friday 2011-01-21 (IWM -4.2%), which fits the text.",
    text=("ETF Investing: Small-cap ETFs tax investors with big losses. By John Spence, MarketWatch. BOSTON - So far this "
          "year, small-cap stocks are no longer the market's big winners. Exchange-traded funds aimed at U.S. "
          "small-capitalization stocks fared much worse than big blue chips during last week's pause, after leading the "
          "market through the rally. The iShares Russell 2000 Index Fund (IWM 77.41, -1.94, -2.44%), which follows a "
          "popular small-cap index, closed the week with a roughly 4% loss, lagging the SPDR S&P 500 ETF (SPY 127.72, "
          "-2.27, -1.75%). That is a sharp turnabout from past performance: the $16.7 billion small-cap ETF rallied 26.9% "
          "in 2010, nearly doubling the 14.4% gain turned in by the S&P 500 fund. \"Small-cap stocks had enormous "
          "outperformance against large caps that was way out of whack with historical norms,\" said Michael Gayed, "
          "chief investment strategist at Pension Partners. A bigger correction could unwind some of that froth, he "
          "added. Small-cap growth portfolios in particular, such as the Vanguard Small Cap Growth ETF, have been "
          "showing signs of fatigue, and weakness in small-cap indexes also hurts breadth measures because they hold "
          "more stocks, Gayed said, which would be a bad sign for market sentiment overall."),
    claims=[
        C("IWM", "close_price", 77.41, "usd", "IWM 77.41", f"val('IWM','{d}')", "supported", LVL, "Quote box: IWM close on Friday 2011-01-28 is 77.41.", ref_date=d, tol="lvl"),
        C("IWM", "daily_point_change", -1.94, "usd", "-1.94", f"point_change('IWM','{d}')", "supported", D2, "79.35 -> 77.41.", ref_date=d, tol="2dp"),
        C("IWM", "daily_pct_change", -2.44, "percent", "-2.44%", f"pct_change('IWM','{d}')", "supported", D2, "-2.445%.", ref_date=d, tol="2dp"),
        C("IWM", "weekly_return", -4, "percent", "roughly 4% loss", "ret('IWM','2011-01-14','2011-01-21')", "supported", ABOUT + "; week = Friday close to Friday close", "Week ending 2011-01-21 ('last week' for a Jan 28 posting): 80.54 -> 77.19 = -4.16%. (The week ending Jan 28 was +0.3%, so the story's week is the earlier one.)", ref_date="2011-01-21", qualifier="roughly", window="2011-01-14..2011-01-21"),
        C("IWM,SPY", "relative_weekly_return", "IWM lagged SPY", "comparison", "lagging the SPDR S&P 500 ETF", "[ret('IWM','2011-01-14','2011-01-21'), ret('SPY','2011-01-14','2011-01-21')]", "supported", CMP, "Same week: IWM -4.16% vs SPY -0.72%.", ref_date="2011-01-21", window="2011-01-14..2011-01-21"),
        C("SPY", "close_price", 127.72, "usd", "SPY 127.72", f"val('SPY','{d}')", "supported", LVL, "SPY close 2011-01-28: 127.72.", ref_date=d, tol="lvl"),
        C("SPY", "daily_point_change", -2.27, "usd", "-2.27", f"point_change('SPY','{d}')", "supported", D2, "129.99 -> 127.72.", ref_date=d, tol="2dp"),
        C("SPY", "daily_pct_change", -1.75, "percent", "-1.75%", f"pct_change('SPY','{d}')", "supported", D2, "-1.746%.", ref_date=d, tol="2dp"),
        C("IWM", "assets_usd", 16.7, "usd_billion", "$16.7 billion", None, "unverifiable", UNV, "Fund assets are not in the files.", ref_date=d),
        C("IWM", "calendar_year_return", 26.9, "percent", "rallied 26.9%", "year_return('IWM',2010,'adj_close')", "supported", D1, "Total return (adj_close) for 2010: +26.92% (price only +25.30%).", ref_date="2010-12-31", window="2010", tol="1dp"),
        C("SPY", "calendar_year_return", 14.4, "percent", "14.4% gain", "year_return('SPY',2010,'adj_close')", "imprecise", D1 + IMP, "SPY's 2010 total return in the file is +15.06% (price only +12.84%); 14.4 matches neither basis, off by 0.66 pp on the total-return basis (within 2 pp).", ref_date="2010-12-31", window="2010", tol="1dp"),
        C("IWM,SPY", "return_ratio", "nearly double", "ratio", "nearly doubling", "year_return('IWM',2010,'adj_close') / year_return('SPY',2010,'adj_close')", "supported", NEARLY, "26.92 / 15.06 = 1.79 (1.87 with the stated 14.4): 'nearly double' holds on either.", ref_date="2010-12-31", window="2010", qualifier="nearly"),
    ]))

# 11 --------------------------------------------------------------------------------------------
d = "2012-01-06"
PASSAGES.append(dict(
    id="etftrends_20120106_small_caps_200_day",
    source={"site": "etftrends.com", "url": "https://www.etftrends.com/2012/01/underperforming-small-cap-etfs-eye-200-day-average/", "original_outlet": "ETF Trends"},
    published="2012-01-06", published_confidence="high",
    published_note="The URL gives 2012/01; 'Friday' after the Labor Department reported a December payroll gain of 200,000 identifies Friday 2012-01-06 (the December 2011 jobs report). Written during that session.",
    text=("Underperforming small-cap ETFs eye 200-day average. The Russell 2000, a popular benchmark for U.S. small-cap "
          "stocks, is making a move above the 200-day moving average, but it has been trailing the broader market since "
          "mid-December. The iShares Russell 2000 (NYSEArca: IWM) was in negative territory Friday after the Labor "
          "Department said nonfarm payrolls rose by 200,000 in December, more than expected. Bulls do not want to see "
          "small-cap stocks lagging the S&P 500, because when smaller stocks lead the market it shows that investors "
          "have a bigger appetite for risk. Small-cap stocks tend to swing more than blue chips, but investors can be "
          "rewarded for the extra risk over longer periods, the newsletter notes. The iShares Russell 2000 lost 4.4% last "
          "year, compared with a 2.1% advance for the S&P 500, including dividends, according to investment researcher "
          "Morningstar. Street One's chart of the day looked at how the various small-cap funds fared."),
    claims=[
        C("RUT", "above_200_day_ma", True, "flag", "making a move above the 200-day moving average", f"[val('RUT','{d}','high'), float(col('RUT').rolling(200).mean().loc['{d}']), float(col('RUT').ewm(span=200, adjust=False).mean().loc['{d}'])]", "unverifiable", UNV + " (type of average not stated)", "On Jan 6 the Russell 2000 (high 754.75, close 749.71) was above its 200-day exponential average (738.8) but below its 200-day simple average (761.4) even at the session high; the claim depends on which average is meant.", ref_date=d, basis="mid-session"),
        C("RUT,SPX", "relative_return_since", "RUT trailing since mid-December", "comparison", "trailing the broader market since \nmid-December".replace(" \n", " "), "[ret('RUT','2011-12-15','2012-01-05'), ret('GSPC','2011-12-15','2012-01-05')]", "supported", CMP + "; " + WIN, "From the Dec 15 close to the Jan 5 close: Russell 2000 +5.07% vs S&P 500 +5.37% (from Dec 16: +4.19% vs +5.03%).", ref_date="2012-01-05", window="2011-12-15..2012-01-05"),
        C("IWM", "intraday_sign", "negative", "direction", "in negative territory Friday", f"[pct_change('IWM','{d}'), intraday_vs_prev('IWM','{d}','high'), intraday_vs_prev('IWM','{d}','low')]", "unverifiable", MID, "Mid-session statement: IWM traded between -0.71 and +0.40 dollars against the previous close and closed -0.25%; being negative at some point is inside the range, and the close alone does not decide a mid-session figure.", ref_date=d, basis="mid-session"),
        C("US_LABOR", "nonfarm_payrolls", 200000, "jobs", "rose by 200,000", None, "unverifiable", UNV, "Payroll data are not in the files.", ref_date=d),
        C("IWM", "calendar_year_return", -4.4, "percent", "lost 4.4%", "year_return('IWM',2011,'adj_close')", "supported", D1, "Morningstar figures are total returns: IWM adj_close 2011 -4.43% (price only -5.74%).", ref_date="2011-12-30", window="2011", tol="1dp"),
        C("SPX", "calendar_year_total_return", 2.1, "percent", "2.1% advance", "[year_return('SPY',2011,'adj_close'), year_return('GSPC',2011)]", "unverifiable", UNV + " (total-return figure where only a price index exists)", "The S&P 500 total-return index is not in the files: GSPC price return for 2011 is -0.00%, and the SPY proxy's total return is +1.89% (fund costs); neither decides a 2.1% index total return.", ref_date="2011-12-30", window="2011"),
    ]))

# 12 --------------------------------------------------------------------------------------------
d = "2012-04-10"
PASSAGES.append(dict(
    id="etftrends_20120411_small_cap_etfs_underperform",
    source={"site": "etftrends.com", "url": "https://www.etftrends.com/2012/04/small-cap-etfs-underperforming-in-2012/amp/", "original_outlet": "ETF Trends"},
    published="2012-04-11", published_confidence="medium",
    published_note="The URL gives 2012/04 only. 'Up 6.6% year to date as of Tuesday's close' fits only Tuesday 2012-04-10 (IWM total return YTD: Apr 3 13.3%, Apr 10 6.6%, Apr 17 9.9%, Apr 24 8.4%), right after the early-April sell-off; the piece is dated the next day, 2012-04-11.",
    text=("Small-cap ETFs underperforming in 2012. Small-cap exchange traded funds are now behind the S&P 500 after falling "
          "harder than the blue-chip index in the recent sell-off. The small-cap iShares Russell 2000 (NYSEArca: IWM) was "
          "up 6.6% year to date as of Tuesday's close, compared with a gain of 8.7% for the S&P 500, according to "
          "Morningstar. Smaller stocks often lead market rallies, although the group is more volatile than larger, more "
          "established names, Morningstar analyst Michael Rawson says in a report on the fund. IWM has an expense ratio "
          "of 0.26%, and the average market cap of a stock in it is about $1 billion, compared with $50 billion for the "
          "S&P 500. Part of the reason small caps lag so far in 2012 is the strength of Apple and big banks such as "
          "JPMorgan Chase, writes Brendan Conway at Barron's, who argues that if stocks can keep rising, that is a "
          "recipe for small caps to start beating the S&P 500 again. IWM has not dropped below its 200-day exponential "
          "moving average in 2012."),
    claims=[
        C("IWM,SPY", "relative_drawdown", "IWM fell harder in the recent sell-off", "comparison", "falling \nharder than the blue-chip index in the recent sell-off".replace(" \n", " "), "[ret('IWM','2012-04-02','2012-04-10','adj_close'), ret('SPY','2012-04-02','2012-04-10','adj_close')]", "supported", CMP + "; " + WIN, "From the April 2 high close to April 10: IWM -6.54% vs SPY -4.19% (same on price: the Russell 2000 also fell 2.40% vs 1.71% on April 10 alone).", ref_date=d, window="2012-04-02..2012-04-10"),
        C("IWM", "ytd_total_return", 6.6, "percent", "up 6.6% year to date", f"ytd('IWM','{d}','adj_close')", "supported", D1 + "; " + WIN, "Morningstar uses total returns: IWM adj_close YTD +6.56% (price only +6.24%, which would be imprecise).", ref_date=d, tol="1dp"),
        C("SPX", "ytd_total_return", 8.7, "percent", "gain of 8.7% for the S&P 500", f"[ytd('SPY','{d}','adj_close'), ytd('GSPC','{d}')]", "unverifiable", UNV + " (total-return figure where only a price index exists)", "The S&P 500's price return YTD is +8.03%; the SPY proxy's total return is +8.76%, which matches, but an index total return is not in the files and a proxy does not decide the verdict.", ref_date=d),
        C("IWM", "expense_ratio", 0.26, "percent", "0.26%", None, "unverifiable", UNV, "Fund expense ratios are not in the files.", ref_date=d),
        C("IWM,SPX", "average_market_cap", "1 vs 50 billion", "usd_billion", "about $1 billion", None, "unverifiable", UNV, "Constituent market caps are not in the files.", ref_date=d, qualifier="about"),
        C("QUOTE", "conditional_outlook", "small caps could lead again if stocks rise", "conditional", "that is a \nrecipe for small caps".replace(" \n", " "), None, "not_checkable", NC, "Conditional opinion of a columnist.", ref_date=d),
        C("IWM", "closes_below_200_ema_ytd", 0, "count", "has not dropped below its 200-day exponential", "ema_break('IWM','2012-01-03','2012-04-10')", "supported", STREAK, "No IWM close below its 200-session exponential moving average between Jan 3 and Apr 10, 2012 (closing basis).", ref_date=d, window="2012-01-03..2012-04-10", dec=0),
    ]))

# 13 --------------------------------------------------------------------------------------------
d = "2013-01-09"
PASSAGES.append(dict(
    id="yahoo_etftrends_20130110_iwm_doubles_spy",
    source={"site": "finance.yahoo.com", "url": "http://finance.yahoo.com/news/small-cap-etf-nearly-doubles-183857344.html", "original_outlet": "ETF Trends (John Spence) on Yahoo Finance"},
    published="2013-01-10", published_confidence="medium",
    published_note="No date on the stored page. The figures fit the close of Wednesday 2013-01-09 only (IWM +14.63% and SPY +8.33% from their Nov. 16 intraday lows; Jan 8 gives 14.08/8.05, Jan 10 14.90/9.19), and IWM's record closes of Jan 2 and Jan 4 are 'last week'; dated the next day.",
    text=("Small-cap ETF nearly doubles S&P 500 gain since November. ETF Trends. The iShares Russell 2000 (IWM) has paused "
          "to digest its recent gains after the small-cap ETF broke out to record price levels last week. Smaller stocks "
          "have led the market higher since the November bottom: IWM is up 14.6% since its Nov. 16 intraday low, while "
          "SPDR S&P 500 (SPY) has gained 8.3%. \"Since mid-2011, the Russell 2000 has traded in a rather choppy fashion "
          "which has helped define its current wedge-shaped trading range,\" according to chartoftheday.com. \"More "
          "recently, the Russell 2000 has started the new year in a positive fashion by both breaking above resistance "
          "and making a new record high.\" When small-cap ETFs are outperforming it is generally a good sign for the "
          "overall market, because investors are taking on more risk in the more volatile segment. Morningstar, in a "
          "profile of IWM, says small-cap stocks tend to be more volatile because of narrower economic moats and greater "
          "sensitivity to macroeconomic risks, but with that comes the expectation of higher returns: small-cap stocks "
          "have earned a return premium of about 2.0% over large-cap stocks since 1926."),
    claims=[
        C("IWM,SPY", "gain_ratio", "nearly double", "ratio", "nearly doubles S&P 500 gain", f"(val('IWM','{d}') / val('IWM','2012-11-16','low') - 1) / (val('SPY','{d}') / val('SPY','2012-11-16','low') - 1)", "supported", NEARLY, "14.63% / 8.33% = 1.76: 'nearly double' holds.", ref_date=d, qualifier="nearly", window="2012-11-16 low..2013-01-09"),
        C("IWM", "record_closes_last_week", True, "flag", "broke out to record price levels last week", "[d for d in ['2012-12-31','2013-01-02','2013-01-03','2013-01-04'] if is_record('IWM', d)]", "supported", REC, "IWM closed at records on 2013-01-02 and 2013-01-04, the week before the Jan 9-10 writing.", ref_date="2013-01-04"),
        C("IWM", "gain_since_intraday_low", 14.6, "percent", "up 14.6%", f"(val('IWM','{d}') / val('IWM','2012-11-16','low') - 1) * 100", "supported", D1, "76.13 (Nov 16 low) -> 87.27 (Jan 9 close): +14.63%.", ref_date=d, window="2012-11-16 low..2013-01-09", tol="1dp"),
        C("IWM", "intraday_low_date", "2012-11-16", "date", "Nov. 16 intraday low", "col('IWM','low').loc['2012-10-01':'2012-12-31'].idxmin().date().isoformat()", "supported", SINCE, "IWM's lowest intraday level of the autumn 2012 decline is 76.13 on 2012-11-16.", ref_date="2012-11-16", basis="intraday low"),
        C("SPY", "gain_since_intraday_low", 8.3, "percent", "has gained 8.3%", f"(val('SPY','{d}') / val('SPY','2012-11-16','low') - 1) * 100", "supported", D1, "SPY 134.70 (Nov 16 low) -> 145.92: +8.33%.", ref_date=d, window="2012-11-16 low..2013-01-09", tol="1dp"),
        C("QUOTE", "trading_range_since", "mid-2011", "date", "Since mid-2011", None, "not_checkable", NC, "Chart-pattern description in a quoted newsletter.", ref_date=d),
        C("RUT", "new_record_high_new_year", True, "flag", "making a new record high", "[d.date().isoformat() for d in col('RUT').loc['2013-01-01':'2013-01-09'].index if is_record('RUT', d)]", "supported", REC, "The Russell 2000 closed at records on 2013-01-02, 01-04 and 01-09.", ref_date=d),
        C("SMALL_VS_LARGE", "size_premium_since_1926", 2.0, "percent", "about 2.0%", "float(pd.read_csv(DATA / 'FF_factors_monthly.csv').query('month <= \"2012-12\"').smb.mean() * 12)", "unverifiable", UNV + " (different series)", "Morningstar's premium rests on Ibbotson small-stock data not in the files. The French SMB factor in the files averages 2.60% a year from 1926-07 to 2012-12 (arithmetic, monthly x 12), a differently built small-minus-big spread, so it cannot decide 'about 2.0%'.", ref_date=d, qualifier="about", window="1926..2012"),
    ]))

# 14 --------------------------------------------------------------------------------------------
d = "2013-06-19"
PASSAGES.append(dict(
    id="reuters_20130620_bernanke_blueprint",
    source={"site": "business-standard.com", "url": "https://business-standard.com/article/reuters/world-stocks-bond-prices-drop-as-fed-points-to-reduced-bond-buying-113062000078_1.html", "original_outlet": "Reuters (Leah Schnurr)"},
    published="2013-06-20", published_confidence="high",
    published_note="The syndicated page's id (113062000078) encodes 2013-06-20 (India time); the Reuters story is datelined New York and describes Wednesday 2013-06-19, the FOMC day.",
    text=("Stocks, bond prices drop as Fed points to reduced bond buying. By Leah Schnurr. NEW YORK (Reuters) - Stocks "
          "tumbled and benchmark Treasury yields jumped on Wednesday after Ben Bernanke set out a blueprint for winding "
          "down the Federal Reserve's bond-buying program, which has propped up risky assets. Bernanke said the Fed's "
          "policy-setting committee will begin to pull back on purchases later this year if the economy grows as "
          "expected, with the goal of ending the program by the middle of 2014. He was careful to say the Fed could "
          "hold off on trimming its purchases of $85 billion in bonds per month should conditions change, but his tone, "
          "along with more optimistic official forecasts, sent investors to the exits. Bond prices were hit hardest, "
          "with both 10-year and 30-year Treasury bonds falling more than 1 point in price. The 10-year's yield rose to "
          "2.33 percent, the highest since March 2012. Equity markets lost more than 1 percent after the comments, "
          "while the dollar rallied: it was up 1.2 percent at 96.44 yen, and the euro last traded at $1.3280, down "
          "0.8 percent. The MSCI world equity index lost 1.1 percent. The Fed's quantitative easing program has been "
          "key to the rally this year, helping push the benchmark S&P 500 up about 15 percent."),
    claims=[
        C("FEDFUNDS", "qe_end_target", "mid-2014", "date", "by the middle of 2014", None, "forecast", FC, "Policy plan conditional on the economy; not judged.", ref_date=d),
        C("FED_QE", "monthly_purchases", 85, "usd_billion", "$85 billion", None, "unverifiable", UNV, "Fed balance-sheet purchases are not in the files.", ref_date=d),
        C("US10Y", "bond_price_drop_points", 1, "price_points", "falling more than 1 point in price", f"rate_change_bp('DGS10','2013-06-18','{d}')", "unverifiable", UNV + " (bond prices not in the files)", "Prices are not in the files; the 10-year yield rose 13 bp (2.20 -> 2.33), consistent with a price fall of about 1.2 points, but the 30-year is not in the files either.", ref_date=d, dec=1),
        C("US10Y", "yield_level", 2.33, "percent", "rose to \n2.33 percent".replace(" \n", " "), f"rate_on('DGS10','{d}')", "supported", YLD, "FRED DGS10 2.33.", ref_date=d, basis="end of day", tol="2dp"),
        C("US10Y", "highest_since", "2012-03", "month", "the highest since March 2012", f"rate_highest_since('DGS10','{d}')", "supported", SINCE, "Last earlier end-of-day yield at least 2.33 is 2012-03-20 (2.38; 2.39 on March 19).", ref_date=d, basis="end of day"),
        C("DJI,SPX,IXIC", "daily_pct_change", -1, "percent", "Equity markets lost more than 1 percent", f"[pct_change('DJI','{d}'), pct_change('GSPC','{d}'), pct_change('IXIC','{d}')]", "supported", MORE, "Dow -1.35%, S&P 500 -1.39%, Nasdaq -1.12%: all lost more than 1%.", ref_date=d, qualifier="more than"),
        C("USDJPY", "fx_move", 1.2, "percent", "up 1.2 percent at 96.44 yen", None, "unverifiable", UNV, "Currencies are not in the files.", ref_date=d),
        C("EURUSD", "fx_level", 1.3280, "usd", "$1.3280", None, "unverifiable", UNV, "Currencies are not in the files (nor the 0.8 percent drop).", ref_date=d),
        C("MSCI_WORLD", "daily_pct_change", -1.1, "percent", "lost 1.1 percent", None, "unverifiable", UNV, "MSCI indexes are not in the files.", ref_date=d),
        C("SPX", "ytd_return", 15, "percent", "up about 15 percent", f"ytd('GSPC','{d}')", "supported", ABOUT + "; " + WIN, "Dec 31, 2012 close 1426.19 -> 1628.93: +14.22%, within one unit of 15.", ref_date=d, qualifier="about"),
    ]))

# 15 --------------------------------------------------------------------------------------------
d = "2013-06-20"
PASSAGES.append(dict(
    id="seattletimes_20130620_dow_shudders",
    source={"site": "seattletimes.com", "url": "http://seattletimes.com/html/businesstechnology/2021235318_bernankestockdumpxml.html", "original_outlet": "Associated Press in The Seattle Times"},
    published="2013-06-20", published_confidence="exact",
    published_note="'Originally published June 20, 2013 at 5:29 PM'; about Thursday 2013-06-20, with Wednesday's session (2013-06-19) named inside.",
    text=("Dow shudders a second day over Fed exit plan. WASHINGTON - Wall Street wanted clarity from Federal Reserve "
          "Chairman Ben Bernanke, and it did not like what it got. On Wednesday Bernanke set the record straight on the "
          "Fed's bond buying: it expects to scale back purchases later this year and stop them by mid-2014 if the "
          "economy keeps improving. Investors dumped stocks and bonds in response, on Wednesday and even more on "
          "Thursday. After dropping 1.4 percent Wednesday, the Dow Jones industrial average was knocked down 2.3 percent "
          "more on Thursday to 14,758.32, its biggest decline since November 2011. That comes just three weeks after "
          "the blue-chip index reached an all-time high of 15,409. The index's 560-point decline in the past two days "
          "wiped out its gains from May and June. The Standard & Poor's 500 lost 40.74 points Thursday, or 2.5 percent, "
          "to 1,588.19. It also reached a record high last month, peaking at 1,669. The Nasdaq composite fell 78.57 "
          "points, or 2.3 percent, to 3,364.63. The damage was not limited to stocks. Bond prices fell, and the yield on "
          "the benchmark 10-year Treasury note rose to 2.42 percent Thursday, its highest level since August 2011, "
          "although still low by historical standards. Oil and gold slid as well."),
    claims=[
        C("FEDFUNDS", "qe_end_target", "mid-2014", "date", "stop them by mid-2014", None, "forecast", FC, "Stated plan, conditional on the economy; not judged.", ref_date="2013-06-19"),
        C("DJI", "daily_pct_change", -1.4, "percent", "After dropping 1.4 percent Wednesday", "pct_change('DJI','2013-06-19')", "supported", D1, "Wednesday 2013-06-19: -1.35%, within 0.07 of 1.4.", ref_date="2013-06-19", tol="1dp"),
        C("DJI", "daily_pct_change", -2.3, "percent", "knocked down 2.3 percent", f"pct_change('DJI','{d}')", "supported", D1, "Thursday: -2.34%.", ref_date=d, tol="1dp"),
        C("DJI", "close_level", 14758.32, "index_points", "14,758.32", f"val('DJI','{d}')", "supported", LVL, "Close 14758.32.", ref_date=d, tol="lvl"),
        C("DJI", "biggest_decline_since", "2011-11", "month", "its biggest decline since November 2011", f"[last_move_as_big('DJI','{d}','pts'), last_move_as_big('DJI','{d}','pct')]", "supported", BIG, "In points (-353.87) the last drop at least as large is 2011-11-09 (-389.24): supported on the point reading, the usual AP convention. In percent (-2.34%) the last larger drop is 2012-11-07 (-2.36%), so the percent reading would make 'November 2011' too early.", ref_date=d),
        C("DJI", "record_close", 15409, "index_points", "all-time high of 15,409", f"record_before('DJI','{d}')", "supported", REC + "; unhedged integer for the truncated level", "Record close 15409.39 on 2013-05-28 (the intraday record was 15542.40 on May 22).", ref_date="2013-05-28"),
        C("DJI", "days_since_record", "three weeks", "days", "just three weeks after", f"(ts('{d}') - ts(record_before('DJI','{d}')[0])).days", "supported", CMP, "2013-05-28 to 2013-06-20 is 23 days, about three weeks.", ref_date=d, dec=0),
        C("DJI", "two_day_point_change", -560, "index_points", "560-point decline", f"points('DJI','2013-06-18','{d}')", "supported", INT, "15318.23 -> 14758.32 = -559.91.", ref_date=d, window="2013-06-18..2013-06-20", tol="int"),
        C("DJI", "erased_gains_since", "2013-04-30", "date", "wiped out its gains from May and June", f"[val('DJI','2013-04-30'), val('DJI','{d}')]", "supported", CMP, "Close 14758.32 is below the April 30 close 14839.80, so May-June gains are gone.", ref_date=d),
        C("SPX", "daily_point_change", -40.74, "index_points", "lost 40.74 points", f"point_change('GSPC','{d}')", "supported", D2, "1628.93 -> 1588.19.", ref_date=d, tol="2dp"),
        C("SPX", "daily_pct_change", -2.5, "percent", "or 2.5 percent", f"pct_change('GSPC','{d}')", "supported", D1, "-2.50%.", ref_date=d, tol="1dp"),
        C("SPX", "close_level", 1588.19, "index_points", "1,588.19", f"val('GSPC','{d}')", "supported", LVL, "Close 1588.19.", ref_date=d, tol="lvl"),
        C("SPX", "record_close", 1669, "index_points", "peaking at 1,669", f"record_before('GSPC','{d}')", "supported", REC, "Record close 1669.16 on 2013-05-21 ('last month'); the intraday peak was 1687.18 on May 22.", ref_date="2013-05-21"),
        C("IXIC", "daily_point_change", -78.57, "index_points", "fell 78.57", f"point_change('IXIC','{d}')", "supported", D2, "File: -78.56 (3443.20 -> 3364.64), within 0.025.", ref_date=d, tol="2dp"),
        C("IXIC", "daily_pct_change", -2.3, "percent", "or 2.3 percent, to 3,364.63", f"pct_change('IXIC','{d}')", "supported", D1, "-2.28%.", ref_date=d, tol="1dp"),
        C("IXIC", "close_level", 3364.63, "index_points", "3,364.63", f"val('IXIC','{d}')", "supported", LVL, "File 3364.64, within 0.025.", ref_date=d, tol="lvl"),
        C("US10Y", "yield_level", 2.42, "percent", "rose to 2.42 percent Thursday", f"rate_on('DGS10','{d}')", "supported", YLD, "FRED 2.41, within 0.025.", ref_date=d, basis="end of day", tol="2dp"),
        C("US10Y", "highest_since", "2011-08", "month", "its highest level since August 2011", f"rate_highest_since('DGS10','{d}')", "contradicted", SINCE, "End-of-day DGS10 rows: 2011-08-05 2.58, 2011-08-08 2.40, then below 2.41 until 2011-10-27 2.42, 2011-10-28 2.34, and no value above 2.39 from then until 2013-06-19 (2.33); 2013-06-20 2.41. The last earlier yield at least as high is 2011-10-27 (2.42; also at least the stated 2.42), so the highest level since October 2011; 'since August 2011' names an earlier month than the true one. (Intraday highs could differ; the files hold end-of-day yields only.)", ref_date=d, basis="end of day"),
    ]))

# 16 --------------------------------------------------------------------------------------------
d = "2013-08-19"
PASSAGES.append(dict(
    id="newsday_20130819_small_caps_bond_yields",
    source={"site": "newsday.com", "url": "http://www.newsday.com/business/stocks-close-down-as-investors-eye-bond-yields-1.5916023", "original_outlet": "Associated Press in Newsday"},
    published="2013-08-19", published_confidence="high",
    published_note="No date on the stored page; 'Monday' with the Dow at 15,010.74 and the Russell 2000 at 1,013.25 matches Monday 2013-08-19 in the files; AP same-day close story.",
    text=("Stocks close down as investors eye bond yields. U.S. stocks fell for a fourth day in a row Monday as investors "
          "kept worrying about the recent rise in bond yields, and banking shares dragged on the broader market. The "
          "Dow Jones industrial average dropped 70.73 points to 15,010.74. The Standard & Poor's 500 index fell 0.59 "
          "percent to 1,646.05, and the technology-heavy Nasdaq composite index fell 0.38 percent to 3,589.09. The "
          "Russell 2000 index, which is made up mostly of riskier small-company stocks, fell nearly twice as much as the "
          "S&P 500: it lost 11.05 points, or 1.08 percent, to 1,013.25. With little data to digest, investors kept their "
          "eyes on bonds. The yield on the benchmark 10-year Treasury note rose to 2.88 percent from 2.83 percent Friday, "
          "and yields are at their highest level since July 2011. The 10-year yield has climbed sharply from a recent "
          "low of 1.63 percent reached in early May, as the economy has improved and as investors anticipate an end to "
          "the Federal Reserve's huge bond-buying program as early as next month. That program has been keeping "
          "interest rates low to encourage borrowing and hiring."),
    claims=[
        C("DJI,SPX", "losing_streak", 4, "sessions", "fell for a fourth day in a row", f"[streak('DJI','{d}', up=False), streak('GSPC','{d}', up=False)]", "supported", STREAK, "Dow and S&P 500 both closed lower on Aug 14, 15, 16 and 19 (the Nasdaq too).", ref_date=d, dec=0),
        C("DJI", "daily_point_change", -70.73, "index_points", "dropped 70.73 points", f"point_change('DJI','{d}')", "supported", D2, "15081.47 -> 15010.74.", ref_date=d, tol="2dp"),
        C("DJI", "close_level", 15010.74, "index_points", "15,010.74", f"val('DJI','{d}')", "supported", LVL, "Close 15010.74.", ref_date=d, tol="lvl"),
        C("SPX", "daily_pct_change", -0.59, "percent", "fell 0.59 \npercent".replace(" \n", " "), f"pct_change('GSPC','{d}')", "supported", D2, "-0.590%.", ref_date=d, tol="2dp"),
        C("SPX", "close_level", 1646.05, "index_points", "1,646.05", f"val('GSPC','{d}')", "supported", LVL, "File 1646.06, within 0.025.", ref_date=d, tol="lvl"),
        C("IXIC", "daily_pct_change", -0.38, "percent", "fell 0.38 percent", f"pct_change('IXIC','{d}')", "supported", D2, "-0.380%.", ref_date=d, tol="2dp"),
        C("IXIC", "close_level", 3589.09, "index_points", "3,589.09", f"val('IXIC','{d}')", "supported", LVL, "Close 3589.09.", ref_date=d, tol="lvl"),
        C("RUT,SPX", "relative_daily_loss", 2, "ratio", "fell nearly twice as much as the \nS&P 500".replace(" \n", " "), f"pct_change('RUT','{d}') / pct_change('GSPC','{d}')", "supported", NEARLY, "-1.079% / -0.590% = 1.83 times: 'nearly twice'.", ref_date=d, qualifier="nearly"),
        C("RUT", "daily_point_change", -11.05, "index_points", "lost 11.05 points", f"point_change('RUT','{d}')", "supported", D2, "1024.30 -> 1013.25.", ref_date=d, tol="2dp"),
        C("RUT", "daily_pct_change", -1.08, "percent", "or 1.08 percent", f"pct_change('RUT','{d}')", "supported", D2, "-1.079%.", ref_date=d, tol="2dp"),
        C("RUT", "close_level", 1013.25, "index_points", "1,013.25", f"val('RUT','{d}')", "supported", LVL, "Close 1013.25.", ref_date=d, tol="lvl"),
        C("US10Y", "yield_level", 2.88, "percent", "rose to 2.88 percent", f"rate_on('DGS10','{d}')", "supported", YLD, "FRED 2.88.", ref_date=d, basis="end of day", tol="2dp"),
        C("US10Y", "previous_yield_level", 2.83, "percent", "from 2.83 percent Friday", "rate_on('DGS10','2013-08-16')", "supported", YLD, "FRED Friday 2013-08-16: 2.84, within 0.025 of 2.83.", ref_date="2013-08-16", basis="end of day", tol="2dp"),
        C("US10Y", "highest_since", "2011-07", "month", "highest level since July 2011", f"rate_highest_since('DGS10','{d}')", "supported", SINCE, "Last earlier end-of-day yield at least 2.88 is 2011-07-28.", ref_date=d, basis="end of day"),
        C("US10Y", "recent_low", 1.63, "percent", "low of 1.63 percent", "[float(rate('DGS10').loc['2013-04-15':'2013-05-31'].min()), rate('DGS10').loc['2013-04-15':'2013-05-31'].idxmin().date().isoformat()]", "imprecise", YLD + IMP, "The end-of-day low was 1.66 on 2013-05-01 (and May 2), i.e. in early May as stated, but the level is 0.03 above 1.63 (1.8%): outside the 0.025 tolerance. 1.63 looks like an intraday low, which the files do not hold.", ref_date="2013-05-01", basis="end of day", tol="2dp"),
        C("FED_QE", "taper_start_expected", "as early as next month", "date", "as early as next month", None, "forecast", FC, "Market expectation about the September 2013 FOMC meeting; not judged.", ref_date=d),
    ]))
