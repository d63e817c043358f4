"""Passage texts, sources and claim specifications of the heldout8a corpus.

Imported by build_key.py, which evaluates the reference.py recipes and writes
passages.jsonl and key.jsonl. This file holds no machine paths and reads no data.
"""

# ------------------------------------------------------------------ rule strings
IMP = ("; imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures "
       "(<= 1% for index levels, <= 20% for point changes, distances and counts); otherwise contradicted")
R_INT = "unhedged integer: |true-claim| <= 0.5" + IMP
R_1DP = "unhedged 1-decimal figure: |true-claim| <= 0.05 + 0.02" + IMP
R_2DP = "unhedged 2-decimal figure: |true-claim| <= 0.005 + 0.02" + IMP
R_LVL = "index level to 2 dp: |true-claim| <= 0.025" + IMP
R_YLD = "yield to 2 dp (FRED end-of-day): |true-claim| <= 0.025" + IMP
R_ABOUT = "about/around: within one unit of the last stated digit (+0.02)"
R_NEARLY = "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit (whole numbers >= 100 ending in 0: unit = 2% of the value)"
R_MORE = "more than/over/above: true > claim"
R_LOWSINCE = ("highest/lowest since X: X must be the last session with a value at least as extreme, or the first "
              "session after it; a later X is imprecise, an earlier X contradicted")
R_BIGSINCE = "biggest/best since X: X must be the last day with a move at least as large"
R_RANK = "rank of the move among all daily moves in the file up to that day"
R_REC = "records: above every earlier close in the file; distances from a record use the record close"
R_MID = "mid-session figure: unverifiable unless the value lies outside the session's low-high range"
R_STATED = "a distance computed from a level that the passage itself states is judged on that arithmetic; 1-decimal tolerance 0.07" + IMP
R_WEEK = "week = Friday close to Friday close"
R_FED = "Fed: DFEDTAR changes on the effective date; FOMC_meetings.csv gives decision days, scheduled and unscheduled"
R_CMP = "comparison or ordering computed from daily closes"
R_U_SER = "unverifiable: series not in the files"
R_U_TR = "unverifiable: total-return figure where only a price index exists"
R_U_WIN = "unverifiable: window or basis not stated"
R_U_YLD = "unverifiable: intraday yield event (files hold end-of-day yields only)"
R_FC = "forecast: a projection, never judged against what happened"
R_NC = "not_checkable: expectation, opinion or generic statement"


def C(t, metric, value, unit, anchor, verdict, rule, note, *, qualifier=None, ref=None, window=None,
      comparison=None, basis="close", detail=""):
    return dict(index_or_ticker=t, metric=metric, value=value, unit=unit, qualifier=qualifier, ref_date=ref,
                window=window, comparison=comparison, basis=basis, anchor=anchor, verdict=verdict, rule=rule,
                note=note, detail=detail)


PASSAGES = []

# =========================================================================== 1
d = "1998-10-15"
PASSAGES.append(dict(
    id="cnet_19981015_fed_cut_dow_third_biggest_gain",
    source=dict(site="cnet.com", url="https://www.cnet.com/tech/tech-industry/interest-rate-cuts-boost-market/",
                original_outlet="CNET News.com"),
    published=d, published_confidence="high",
    published_note=("inferred: the page carries no date in its text, but it describes the Fed's surprise quarter-point cut "
                    "between meetings and a Dow close of 8,299.36 after a 330.58-point gain; FOMC_meetings.csv lists an "
                    "unscheduled action on Thu 1998-10-15 and DJI closed at 8299.36 that day."),
    text=("The Dow Jones Industrial Average soared today to the third largest gain in its history after the Federal "
          "Reserve unexpectedly lowered short-term interest rates by a quarter percent. The blue-chip index rocketed "
          "nearly 380 points before settling up 330.58 points, or 4.15 percent, at 8,299.36. The technology-heavy Nasdaq "
          "Composite Index posted an even greater percentage gain, rising 4.55 percent, or 70.08 points, to 1,611.05.\n\n"
          "The biggest gain in the Dow's history came only last month, when the average shot up 380.53 points on "
          "September 8. The second-largest was recorded on October 28, 1997, when it climbed 337.17 points.\n\n"
          "Earlier in the session the Dow had slipped as much as 48.66 points, then held a gain of around 100 "
          "points on the strength of upbeat earnings news before the Fed acted.\n\n"
          "In a surprise move between its regularly scheduled meetings, the Fed's Board of Governors approved a "
          "quarter-percent reduction in the discount rate, to 4.75 percent from 5 percent. The central bank said it "
          "expects the federal funds rate to fall a quarter percent to around 5 percent from its current 5.25 percent.\n\n"
          "Technology shares led the rally, with Dell Computer, Cisco Systems, Intel and Microsoft among the most "
          "actively traded stocks on the Nasdaq."),
    claims=[
        C("DJI", "daily_point_change_rank", 3, "rank", "third largest gain", "supported", R_RANK,
          "The 330.58-point gain ranks 3rd among all daily point gains in the file up to 1998-10-15, after 1998-09-08 "
          "(+380.53) and 1997-10-28 (+337.10). The Dow file starts 1992-01-02; no pre-1992 session gained more than "
          "about 187 points, so the file's ranking equals the all-time ranking.", ref=d, comparison="all daily point gains"),
        C("DJI", "intraday_point_change_max", 380, "index_points", "nearly 380 points", "supported", R_NEARLY,
          "Session high 8347.76 vs the previous close 7968.78: +378.98. For a whole number of 100 or more ending in 0 the "
          "unit is 2% (7.6 points), so 372.4 <= 378.98 <= 383.8.", qualifier="nearly", ref=d, basis="intraday high"),
        C("DJI", "daily_point_change", 330.58, "index_points", "330.58", "supported", R_2DP, "Exact.", ref=d, window="1d"),
        C("DJI", "daily_pct_change", 4.15, "percent", "4.15 percent", "supported", R_2DP, "4.148% rounds to 4.15.",
          ref=d, window="1d"),
        C("DJI", "close_level", 8299.36, "index_points", "8,299.36", "supported", R_LVL, "Exact.", ref=d),
        C("IXIC", "daily_pct_change", 4.55, "percent", "4.55 percent", "supported", R_2DP, "4.545% (file).", ref=d,
          window="1d"),
        C("IXIC", "daily_point_change", 70.08, "index_points", "70.08 points", "imprecise", R_2DP,
          "The file has +70.04 (1540.97 -> 1611.01): off by 0.04, a late or preliminary print.", ref=d, window="1d"),
        C("IXIC", "close_level", 1611.05, "index_points", "1,611.05", "imprecise", R_LVL,
          "The file closes the Nasdaq at 1611.01; off by 0.04 (0.002%).", ref=d),
        C("IXIC", "relative_daily_pct_change", "IXIC > DJI", "comparison", "even greater percentage gain", "supported",
          R_CMP, "Nasdaq +4.545% vs Dow +4.148%.", ref=d, comparison="DJI"),
        C("DJI", "biggest_point_gain_date", "1998-09-08", "date", "September 8", "supported", R_RANK,
          "Largest daily point gain in the file before 1998-10-15: 1998-09-08 (+380.53).", ref=d),
        C("DJI", "daily_point_change", 380.53, "index_points", "380.53 points", "supported", R_2DP,
          "1998-09-08: 7640.25 -> 8020.78, +380.53.", ref="1998-09-08", window="1d"),
        C("DJI", "second_biggest_point_gain_date", "1997-10-28", "date", "October 28, 1997", "supported", R_RANK,
          "Second-largest daily point gain before 1998-10-15: 1997-10-28.", ref=d),
        C("DJI", "daily_point_change", 337.17, "index_points", "337.17 points", "supported", R_2DP,
          "The file shows +337.10 (7161.20 -> 7498.30, Yahoo's rounded 1997 closes); the official figure is +337.17, so "
          "the difference is a rounding of the data, not of the claim (same treatment as the dev corpus gives the "
          "1997-10-27 drop). Strict arithmetic on the file would call it imprecise.", ref="1997-10-28", window="1d"),
        C("DJI", "intraday_point_change_min", -48.66, "index_points", "48.66 points", "supported", R_2DP,
          "Session low 7920.12 vs the previous close 7968.78: -48.66.", ref=d, basis="intraday low"),
        C("DJI", "intraday_point_change", 100, "index_points", "around 100 points", "unverifiable", R_MID,
          "A mid-session gain of about 100 points lies inside the session's range (-48.66 to +378.98 points); the "
          "file cannot say when the Dow stood there.", qualifier="around", ref=d, basis="mid-session"),
        C("FEDFUNDS", "target_rate_change", [5.25, 5.0], "percent", "around 5 percent", "supported", R_FED,
          "DFEDTAR: 5.25 on 1998-10-14, 5.00 from 1998-10-15 (the unscheduled cut took effect the same day).",
          qualifier="around", ref=d),
        C("DISCOUNT_RATE", "discount_rate", 4.75, "percent", "4.75 percent", "unverifiable", R_U_SER,
          "The discount rate is not in the files.", ref=d),
        C("FEDFUNDS", "unscheduled_action", True, "flag", "between its regularly scheduled meetings", "supported", R_FED,
          "FOMC_meetings.csv: 1998-10-15, scheduled = false (conference call, target -25 bp).", ref=d),
    ]))

# =========================================================================== 2
d = "2001-03-20"
PASSAGES.append(dict(
    id="berkeley_20010321_fed_cut_dow_two_year_low",
    source=dict(site="berkeleydailyplanet.com",
                url="http://www.berkeleydailyplanet.com/issue/2001-03-21/article/3990?headline=Stocks-fall-sharply-after-Fed-rate-cut--The-Associated-Press",
                original_outlet="Associated Press"),
    published="2001-03-21", published_confidence="exact",
    published_note="Issue date Wednesday 2001-03-21 in the URL and on the page; the text is about Tuesday's session, 2001-03-20.",
    text=("NEW YORK — Disappointed by the Federal Reserve's latest interest rate cut, investors turned on Wall Street "
          "yet again Tuesday, knocking prices lower and leaving the Dow Jones industrials at their lowest level in two "
          "years.\n\n"
          "Many had hoped the Fed would slash rates by an aggressive 0.75 percentage point, and when the central bank "
          "said in mid-afternoon that it was lowering rates by 0.50 for the third time this year, stocks began to slide. "
          "The drop extended the heavy selling that last week handed the Dow its biggest one-week point drop ever.\n\n"
          "\"Negative psychology is increasing and confidence is eroding,\" said Alan Ackerman, executive vice president "
          "of Fahnestock & Co.\n\n"
          "The Dow ended a heavily traded session down 238.35 at 9,720.76. The last time the average closed lower was "
          "March 24, 1999, when it dropped 154.90 to 9,666.84.\n\n"
          "Tuesday's decline left the Dow, which has given up 1,137.49 over the past eight sessions, down 17 percent from "
          "its high close of 11,722.98, reached Jan. 14, 2000. The Nasdaq, meanwhile, is off more than 63 percent from "
          "its own high close of 5,048.62, reached March 10, 2000, and the S&P 500 has lost more than a quarter of its "
          "value since peaking at 1,527.46 a year ago."),
    claims=[
        C("DJI", "lowest_since", "2 years", "duration", "lowest level in two years", "supported", R_LOWSINCE,
          "Last close at or below 9720.76 before 2001-03-20: 1999-03-24 (9666.84), almost exactly two years earlier.",
          ref=d),
        C("FEDFUNDS", "target_rate_change_bp", -50, "basis_points", "lowering rates by 0.50", "supported", R_FED,
          "DFEDTAR 5.5 on 2001-03-19, 5.0 from 2001-03-20 (scheduled meeting of 2001-03-20).", ref=d),
        C("FEDFUNDS", "rate_cut_count_ytd", 3, "count", "third time this year", "supported", R_FED,
          "DFEDTAR changes in 2001 up to 2001-03-20: 01-03 (-50, unscheduled), 01-31 (-50), 03-20 (-50).", ref=d,
          window="2001 to date"),
        C("DJI", "weekly_point_change_record", "biggest one-week point drop ever", "flag",
          "biggest one-week point drop ever", "supported", R_WEEK,
          "Week ending 2001-03-16: -821.21 points (10644.62 -> 9823.41), the most negative Friday-to-Friday point change "
          "in the file (next: week of 2000-04-14, -805.71). The file starts in 1992, but no earlier week could lose 821 "
          "points with the Dow below 3,200.", ref="2001-03-16", window="week"),
        C("DJI", "daily_point_change", -238.35, "index_points", "238.35", "supported", R_2DP, "Exact.", ref=d, window="1d"),
        C("DJI", "close_level", 9720.76, "index_points", "9,720.76", "supported", R_LVL, "Exact.", ref=d),
        C("DJI", "lower_close_date", "1999-03-24", "date", "March 24, 1999", "supported", R_LOWSINCE,
          "Last close at or below 9720.76 before 2001-03-20: 1999-03-24 (9666.84).", ref=d),
        C("DJI", "daily_point_change", -154.90, "index_points", "154.90", "contradicted", R_2DP,
          "CSV rows: 1999-03-23 close 9671.830078; 1999-03-24 close 9666.839844 (change -4.99). The close of 9,666.84 "
          "is right, but the Dow fell only 4.99 points that day (the big drop, -218.68, came on 1999-03-23). 154.90 is "
          "far outside 20% of the true move.", ref="1999-03-24", window="1d"),
        C("DJI", "close_level", 9666.84, "index_points", "9,666.84", "supported", R_LVL, "1999-03-24 close 9666.84.",
          ref="1999-03-24"),
        C("DJI", "n_session_point_change", -1137.49, "index_points", "1,137.49", "supported", R_2DP,
          "8 sessions back: 2001-03-08 close 10858.25 -> 2001-03-20 9720.76 = -1137.49.", ref=d, window="8 sessions"),
        C("DJI", "pct_from_ath", 17, "percent", "down 17 percent", "supported", R_INT,
          "9720.76 vs the record close 11722.98 (2000-01-14): 17.08% below.", ref=d),
        C("DJI", "record_close_level", 11722.98, "index_points", "11,722.98", "supported", R_LVL,
          "Highest close before 2001-03-20: 11722.98.", ref=d),
        C("DJI", "record_close_date", "2000-01-14", "date", "Jan. 14, 2000", "supported", R_REC,
          "Highest close before 2001-03-20 is on 2000-01-14.", ref=d),
        C("IXIC", "pct_from_ath", 63, "percent", "more than 63 percent", "supported", R_MORE,
          "1857.44 vs the record close 5048.62 (2000-03-10): 63.21% below, more than 63.", qualifier="more than", ref=d),
        C("IXIC", "record_close_level", 5048.62, "index_points", "5,048.62", "supported", R_REC,
          "Highest Nasdaq close before 2001-03-20: 5048.62 on 2000-03-10, as stated.", ref=d),
        C("SPX", "pct_from_ath", 25, "percent", "more than a quarter of its value", "supported", R_MORE,
          "1142.62 vs the record close 1527.46: 25.19% below, more than a quarter.", qualifier="more than", ref=d),
        C("SPX", "record_close_level", 1527.46, "index_points", "1,527.46", "supported", R_REC,
          "Highest S&P 500 close before 2001-03-20: 1527.46 on 2000-03-24, about a year earlier.", ref=d),
        C("FEDFUNDS", "expected_cut", 0.75, "percentage_points", "0.75 percentage point", "not_checkable", R_NC,
          "What investors had hoped for, not a market fact.", ref=d),
    ]))

# =========================================================================== 3
d = "2002-07-05"
PASSAGES.append(dict(
    id="washtimes_20020706_dow_fifth_of_july_rally",
    source=dict(site="washingtontimes.com", url="https://www.washingtontimes.com/news/2002/jul/6/20020706-033322-2418r/",
                original_outlet="The Washington Times"),
    published="2002-07-06", published_confidence="exact",
    published_note="Dated Saturday 2002-07-06 on the page and in the URL; 'yesterday' is the shortened session of Friday 2002-07-05.",
    text=("NEW YORK — Back from the Fourth of July break, investors sent share prices soaring yesterday, handing the Dow "
          "Jones Industrial Average its strongest gain since September.\n\n"
          "By the end of the shortened session the Dow had climbed 324.53, or 3.58 percent, to 9,379.50. The last time "
          "the average posted a bigger one-day point gain was Sept. 24, when it jumped 368.05 while recovering from the "
          "plunge that followed the September 11 attacks. Measured in points, it was the Dow's 10th-best day in history. "
          "For the week the blue chips were up 136.24, or 1.5 percent.\n\n"
          "The broader indexes also advanced, though the gains did not make up for losses earlier in the week. The Nasdaq "
          "Composite Index rose 68.19, or 4.94 percent, to 1,448.36, while the S&P 500 added 35.04, or 3.67 percent, to "
          "989.03. For the week the Nasdaq was down 14.85, or 1 percent, and the S&P ended a shade below last week's "
          "989.82 close.\n\n"
          "Alan Ackerman of Fahnestock & Co. called it \"a relief rally,\" fed by the absence of a terrorist act on the "
          "holiday and by bargain hunters. Advancing shares led decliners by more than 15 to 1, and consolidated volume "
          "on the New York Stock Exchange in a session that ended at 1 p.m. was 833.8 million shares."),
    claims=[
        C("DJI", "biggest_gain_since", "September", "month", "strongest gain since September", "supported", R_BIGSINCE,
          "Last session with a point gain of at least 324.53 before 2002-07-05: 2001-09-24 (+368.05).", ref=d),
        C("DJI", "daily_point_change", 324.53, "index_points", "324.53", "supported", R_2DP, "Exact.", ref=d, window="1d"),
        C("DJI", "daily_pct_change", 3.58, "percent", "3.58 percent", "supported", R_2DP, "3.584%.", ref=d, window="1d"),
        C("DJI", "close_level", 9379.50, "index_points", "9,379.50", "supported", R_LVL, "Exact.", ref=d),
        C("DJI", "last_bigger_point_gain_date", "2001-09-24", "date", "Sept. 24", "supported", R_BIGSINCE,
          "2001-09-24 is the last session with a larger point gain.", ref=d),
        C("DJI", "daily_point_change", 368.05, "index_points", "368.05", "supported", R_2DP,
          "2001-09-24: 8235.81 -> 8603.86, +368.05.", ref="2001-09-24", window="1d"),
        C("DJI", "daily_point_change_rank", 10, "rank", "10th-best day in history", "supported", R_RANK,
          "Rank 10 among daily point gains in the file up to 2002-07-05 (the file starts 1992; no earlier day gained "
          "more than about 187 points).", ref=d),
        C("DJI", "weekly_point_change", 136.24, "index_points", "136.24", "supported", R_2DP,
          "2002-06-28 close 9243.26 -> 2002-07-05 9379.50: +136.24.", ref=d, window="week"),
        C("DJI", "weekly_pct_change", 1.5, "percent", "1.5 percent", "supported", R_1DP, "+1.47%.", ref=d, window="week"),
        C("IXIC", "daily_point_change", 68.19, "index_points", "68.19", "supported", R_2DP, "Exact.", ref=d, window="1d"),
        C("IXIC", "daily_pct_change", 4.94, "percent", "4.94 percent", "supported", R_2DP, "4.941%.", ref=d, window="1d"),
        C("IXIC", "close_level", 1448.36, "index_points", "1,448.36", "supported", R_LVL, "Exact.", ref=d),
        C("SPX", "daily_point_change", 35.04, "index_points", "35.04", "supported", R_2DP, "Exact.", ref=d, window="1d"),
        C("SPX", "daily_pct_change", 3.67, "percent", "3.67 percent", "supported", R_2DP, "3.673%.", ref=d, window="1d"),
        C("SPX", "close_level", 989.03, "index_points", "989.03", "supported", R_LVL, "Exact.", ref=d),
        C("IXIC", "weekly_point_change", -14.85, "index_points", "14.85", "supported", R_2DP,
          "1463.21 -> 1448.36: -14.85.", ref=d, window="week"),
        C("IXIC", "weekly_pct_change", -1, "percent", "or 1 percent", "supported", R_INT, "-1.01%.", ref=d, window="week"),
        C("SPX", "close_level", 989.82, "index_points", "989.82", "supported", R_LVL, "2002-06-28 close 989.82.",
          ref="2002-06-28"),
        C("SPX", "weekly_point_change_sign", "negative", "sign", "a shade below", "supported", R_WEEK,
          "989.03 vs 989.82: -0.79 points (-0.08%).", ref=d, window="week"),
        C("NYSE", "advance_decline_ratio", 15, "ratio", "more than 15 to 1", "unverifiable", R_U_SER,
          "NYSE breadth is not in the files.", qualifier="more than", ref=d),
        C("NYSE", "volume", 833.8, "million_shares", "833.8 million shares", "unverifiable", R_U_SER,
          "NYSE consolidated volume is not in the files.", ref=d),
    ]))

# =========================================================================== 4
d = "2002-07-24"
PASSAGES.append(dict(
    id="starbulletin_20020724_dow_489_second_biggest",
    source=dict(site="archives.starbulletin.com", url="http://archives.starbulletin.com/2002/07/24/business/market.html",
                original_outlet="Associated Press (Star-Bulletin closing market report)"),
    published=d, published_confidence="exact",
    published_note="Dated 2002-07-24 in the URL; a same-day closing market report with preliminary figures.",
    text=("NEW YORK >> Wall Street stormed higher today, sending the Dow Jones industrials up more than 480 points as the "
          "arrest of Adelphia Communications' founder and a deal in Congress on a corporate-fraud bill lifted investors "
          "worn down by scandal. It was the Dow's second-largest point gain ever, and it took the average back above "
          "8,000.\n\n"
          "According to preliminary calculations the Dow closed up 488.95 at 8,191.29, second only to the 499.19-point "
          "gain it posted on March 16, 2000.\n\n"
          "The swing was remarkable: the Dow finished 658 points above the intraday low of 7,532.73 it hit shortly after "
          "the opening, briefly topped 8,200 late in the session and covered a range of 688.46 points. Volume on the New "
          "York Stock Exchange topped 2.7 billion shares, the heaviest ever.\n\n"
          "In the bond market the yield on the Treasury's 10-year note rose to 4.49 percent from 4.41 percent late "
          "yesterday, and two-year notes yielded 2.34 percent, up from 2.24 percent.\n\n"
          "Broader indicators also rose. The tech-heavy Nasdaq composite index advanced 61.17 to 1,290.22, and the "
          "Standard & Poor's 500 index gained 45.69 to 843.39.\n\n"
          "The rally was a sharp break from the selling that has gripped Wall Street since mid-May, as pessimism over "
          "accounting and ethics problems overshadowed an improving economy."),
    claims=[
        C("DJI", "daily_point_change", 480, "index_points", "more than 480 points", "supported", R_MORE,
          "+488.95 > 480.", qualifier="more than", ref=d, window="1d"),
        C("DJI", "daily_point_change_rank", 2, "rank", "second-largest point gain ever", "supported", R_RANK,
          "Rank 2 among daily point gains in the file up to 2002-07-24, after 2000-03-16 (+499.19).", ref=d),
        C("DJI", "level_crossing", 8000, "index_points", "back above 8,000", "supported", R_CMP,
          "Previous close 7702.34 (< 8000), close 8191.29 (> 8000).", ref=d),
        C("DJI", "daily_point_change", 488.95, "index_points", "488.95", "supported", R_2DP,
          "Preliminary figure matches the file exactly.", qualifier="preliminary", ref=d, window="1d"),
        C("DJI", "close_level", 8191.29, "index_points", "8,191.29", "supported", R_LVL, "Exact.", qualifier="preliminary",
          ref=d),
        C("DJI", "daily_point_change", 499.19, "index_points", "499.19-point", "supported", R_2DP,
          "2000-03-16: 10131.41 -> 10630.60, +499.19.", ref="2000-03-16", window="1d"),
        C("DJI", "biggest_point_gain_date", "2000-03-16", "date", "March 16, 2000", "supported", R_RANK,
          "Largest daily point gain in the file before 2002-07-24.", ref=d),
        C("DJI", "close_minus_intraday_low", 658, "index_points", "658 points", "imprecise", R_INT,
          "Close 8191.29 minus the file's low 7532.66 = 658.63 (658.56 from the stated low 7,532.73); the text truncates "
          "a figure that rounds to 659.", ref=d, basis="intraday low"),
        C("DJI", "intraday_low_level", 7532.73, "index_points", "7,532.73", "imprecise", R_LVL,
          "The file's session low is 7532.66 (off by 0.07, 0.001%).", ref=d, basis="intraday low"),
        C("DJI", "intraday_high_level", 8200, "index_points", "briefly topped 8,200", "supported", R_MORE,
          "Session high 8202.02 > 8200.", qualifier="above", ref=d, basis="intraday high"),
        C("DJI", "intraday_range", 688.46, "index_points", "688.46 points", "imprecise", R_2DP,
          "The file's session range is 8202.02 - 7532.66 = 669.36; 688.46 is 19.10 points (2.9%) too wide. No reading of "
          "the file's high/low gives 688.46.", ref=d, basis="intraday range"),
        C("NYSE", "volume", 2.7, "billion_shares", "2.7 billion shares", "unverifiable", R_U_SER,
          "NYSE volume (and its record) is not in the files.", qualifier="more than", ref=d),
        C("US10Y", "yield_level", 4.49, "percent", "4.49 percent", "supported", R_YLD, "DGS10 2002-07-24: 4.49.", ref=d,
          basis="end of day"),
        C("US10Y", "yield_level", 4.41, "percent", "4.41 percent", "imprecise", R_YLD,
          "DGS10 2002-07-23: 4.47. The text quotes a late-afternoon trading yield; the end-of-day series differs by 0.06.",
          ref="2002-07-23", basis="end of day"),
        C("US2Y", "yield_level", 2.34, "percent", "2.34 percent", "imprecise", R_YLD,
          "DGS2 2002-07-24: 2.38 (off by 0.04). Series DGS2.", ref=d, basis="end of day"),
        C("US2Y", "yield_level", 2.24, "percent", "2.24 percent", "imprecise", R_YLD,
          "DGS2 2002-07-23: 2.34 (off by 0.10, 4%).", ref="2002-07-23", basis="end of day"),
        C("IXIC", "daily_point_change", 61.17, "index_points", "61.17", "supported", R_2DP,
          "File +61.18 (off 0.01).", ref=d, window="1d"),
        C("IXIC", "close_level", 1290.22, "index_points", "1,290.22", "supported", R_LVL, "File 1290.23 (off 0.01).",
          ref=d),
        C("SPX", "daily_point_change", 45.69, "index_points", "45.69", "imprecise", R_2DP,
          "File +45.73 (797.70 -> 843.43): off by 0.04, a preliminary figure.", ref=d, window="1d"),
        C("SPX", "close_level", 843.39, "index_points", "843.39", "imprecise", R_LVL,
          "File close 843.43: off by 0.04.", ref=d),
        C("SPX", "decline_since", "mid-May", "month", "since mid-May", "supported", R_CMP,
          "The S&P 500's May 2002 peak close was on 2002-05-17 (1106.59); from there to the 2002-07-23 close it fell 27.9%.",
          ref=d),
    ]))

# =========================================================================== 5
d = "2008-03-18"
PASSAGES.append(dict(
    id="shareyogi_20080319_fed_cut_225_dow_fourth_biggest",
    source=dict(site="shareyogi.blogspot.com", url="http://shareyogi.blogspot.com/2008/03/us-stocks-surge-to-five-year-high-after.html",
                original_outlet="wire copy reposted on a blog (dateline WASHINGTON)"),
    published="2008-03-19", published_confidence="exact",
    published_note="Blog post dated Wednesday 2008-03-19; the text describes Tuesday's session and Fed decision, 2008-03-18.",
    text=("WASHINGTON: Hoping to head off a recession, the US central bank on Tuesday cut short-term interest rates by "
          "another three-quarters of a point, to 2.25 percent, and American stocks rocketed to their biggest gains in "
          "almost five and a half years.\n\n"
          "With Tuesday's move the Federal Reserve has lowered rates by a full three points since September, bringing "
          "them to the lowest point since late 2004. Economists had been expecting a cut of between half a point and a "
          "full point, because the economy has sagged so badly in the wake of the housing meltdown.\n\n"
          "Better-than-expected earnings from investment banks Goldman Sachs and Lehman Bros. also eased fears that "
          "another big Wall Street firm would go the way of Bear Stearns.\n\n"
          "A day after a feared market meltdown, the Dow Jones industrial average jumped 420.41 points, or 3.51 percent, "
          "to 12,392.66, the Dow's fourth-biggest point gain ever. The Standard & Poor's 500 index posted its biggest "
          "percentage gain since October 2002, soaring 54.14 points, or 4.24 percent, to 1330.74. The Nasdaq composite "
          "rallied 91.25 points, or 4.19 percent, to 2268.26.\n\n"
          "The rally trimmed the losses of the Dow and the S&P 500 from their October highs to 12.5 percent and 14.9 "
          "percent. In its statement the Fed made clear that it sees weakness, rather than inflation, as the bigger "
          "threat to the economy."),
    claims=[
        C("FEDFUNDS", "target_rate_change_bp", -75, "basis_points", "three-quarters of a point", "supported", R_FED,
          "DFEDTAR 3.00 on 2008-03-17, 2.25 from 2008-03-18 (scheduled meeting).", ref=d),
        C("FEDFUNDS", "target_rate_level", 2.25, "percent", "to 2.25 percent", "supported", R_FED, "DFEDTAR 2.25.",
          ref=d),
        C("SPX", "years_since_bigger_gain", 5.5, "years", "almost five and a half years", "supported", R_NEARLY,
          "The S&P 500's last percentage gain at least as large (+4.24%) was on 2002-10-15, 5.42 years earlier: "
          "5.4 <= 5.42 <= 5.55.", qualifier="almost", ref=d),
        C("FEDFUNDS", "target_rate_change_bp", -300, "basis_points", "a full three points since September", "supported",
          R_FED, "DFEDTAR 5.25 on 2007-09-17, 2.25 on 2008-03-18: -300 bp (six cuts from 2007-09-18).", ref=d,
          window="since 2007-09"),
        C("FEDFUNDS", "lowest_since", "late 2004", "period", "lowest point since late 2004", "contradicted", R_LOWSINCE,
          "CSV rows (DFEDTAR): 2004-12-13 2.00, 2004-12-14 2.25, ..., 2005-02-01 2.25, 2005-02-02 2.50. The last day the "
          "target stood at or below 2.25 was 2005-02-01, so the correct 'since' is early February 2005; 'late 2004' (when "
          "the 2.25 level was first set) is earlier than that, which the rules treat as a wrong 'since'. Reading it as "
          "'since the level set in late 2004' would make it true.", ref=d),
        C("FEDFUNDS", "expected_cut", [0.5, 1.0], "percentage_points", "between half a point and a full point",
          "not_checkable", R_NC, "Economists' expectations.", ref=d),
        C("DJI", "daily_point_change", 420.41, "index_points", "420.41", "supported", R_2DP, "Exact.", ref=d, window="1d"),
        C("DJI", "daily_pct_change", 3.51, "percent", "3.51 percent", "supported", R_2DP, "3.512%.", ref=d, window="1d"),
        C("DJI", "close_level", 12392.66, "index_points", "12,392.66", "supported", R_LVL, "Exact.", ref=d),
        C("DJI", "daily_point_change_rank", 4, "rank", "fourth-biggest point gain ever", "supported", R_RANK,
          "Rank 4 in the file up to 2008-03-18, after 2000-03-16 (+499.19), 2002-07-24 (+488.95), 2002-07-29 (+447.49).",
          ref=d),
        C("SPX", "biggest_pct_gain_since", "2002-10", "month", "since October 2002", "supported", R_BIGSINCE,
          "Last S&P 500 daily gain of at least 4.24% before 2008-03-18: 2002-10-15 (+4.73%).", ref=d),
        C("SPX", "daily_point_change", 54.14, "index_points", "54.14 points", "supported", R_2DP, "Exact.", ref=d,
          window="1d"),
        C("SPX", "daily_pct_change", 4.24, "percent", "4.24 percent", "supported", R_2DP, "4.241%.", ref=d, window="1d"),
        C("SPX", "close_level", 1330.74, "index_points", "1330.74", "supported", R_LVL, "Exact.", ref=d),
        C("IXIC", "daily_point_change", 91.25, "index_points", "91.25 points", "supported", R_2DP, "Exact.", ref=d,
          window="1d"),
        C("IXIC", "daily_pct_change", 4.19, "percent", "4.19 percent", "supported", R_2DP, "4.192%.", ref=d, window="1d"),
        C("IXIC", "close_level", 2268.26, "index_points", "2268.26", "supported", R_LVL, "Exact.", ref=d),
        C("DJI", "pct_from_ath", 12.5, "percent", "12.5 percent", "supported", R_1DP,
          "12392.66 vs the 2007-10-09 record close 14164.53: 12.51% below.", ref=d),
        C("SPX", "pct_from_ath", 14.9, "percent", "14.9 percent", "imprecise", R_1DP,
          "1330.74 vs the 2007-10-09 record close 1565.15: 14.98% below; |14.98 - 14.9| = 0.08 > 0.07.", ref=d),
    ]))

# =========================================================================== 6
d = "2008-11-19"
PASSAGES.append(dict(
    id="washpost_20081120_dow_below_8000",
    source=dict(site="washingtonpost.com", url="http://www.washingtonpost.com/wp-dyn/content/article/2008/11/19/AR2008111901342_pf.html",
                original_outlet="The Washington Post"),
    published="2008-11-20", published_confidence="exact",
    published_note="Print edition of Thursday 2008-11-20 (stated on the page); 'yesterday' is Wednesday 2008-11-19.",
    text=("Stocks plummeted yesterday, sending the Dow Jones industrial average to a five-year low after poor economic "
          "data were compounded by gloomy pronouncements from the Federal Reserve.\n\n"
          "The Dow fell 427.47 points, or 5.07 percent, to finish the session at 7997.28, closing below 8000 for the "
          "first time since 2003 and breaking a technical barrier that dashed hopes the worst of the sell-offs was over. "
          "The Standard & Poor's 500-stock index also hit a five-year low, dropping 52.54 points, or 6.12 percent, to "
          "806.58.\n\n"
          "The tech-heavy Nasdaq composite index plunged 96.85 points, or 6.53 percent, to close at 1386.42 after reports "
          "that Microsoft is no longer interested in buying Yahoo, whose shares fell 20.9 percent.\n\n"
          "The market was weak all day, but, as has become common, it slid hardest in the last hour of trading, after the "
          "release of minutes from the Fed's last meeting showed its leaders expect economic conditions to worsen sharply "
          "next year.\n\n"
          "Other reports added to the gloom: consumer prices fell by 1 percent last month, the largest one-month decline "
          "on record, and construction of new homes dropped 4.5 percent to an annual rate of 791,000 units."),
    claims=[
        C("DJI", "lowest_since", "5 years", "duration", "to a five-year low", "supported", R_LOWSINCE,
          "Last Dow close at or below 7997.28 before 2008-11-19: 2003-03-31 (7992.13), 5.6 years earlier.", ref=d),
        C("DJI", "daily_point_change", -427.47, "index_points", "427.47 points", "supported", R_2DP, "Exact.", ref=d,
          window="1d"),
        C("DJI", "daily_pct_change", -5.07, "percent", "5.07 percent", "supported", R_2DP, "-5.074%.", ref=d, window="1d"),
        C("DJI", "close_level", 7997.28, "index_points", "7997.28", "supported", R_LVL, "Exact.", ref=d),
        C("DJI", "first_close_below_since", "2003", "year", "for the first time since 2003", "supported", R_LOWSINCE,
          "Last close below 8000 before 2008-11-19: 2003-03-31.", ref=d),
        C("SPX", "lowest_since", "5 years", "duration", "also hit a five-year low", "supported", R_LOWSINCE,
          "Last S&P 500 close at or below 806.58 before 2008-11-19: 2003-03-12 (804.19).", ref=d),
        C("SPX", "daily_point_change", -52.54, "index_points", "52.54 points", "supported", R_2DP, "Exact.", ref=d,
          window="1d"),
        C("SPX", "daily_pct_change", -6.12, "percent", "6.12 percent", "supported", R_2DP, "-6.116%.", ref=d, window="1d"),
        C("SPX", "close_level", 806.58, "index_points", "806.58", "supported", R_LVL, "Exact.", ref=d),
        C("IXIC", "daily_point_change", -96.85, "index_points", "96.85 points", "supported", R_2DP, "Exact.", ref=d,
          window="1d"),
        C("IXIC", "daily_pct_change", -6.53, "percent", "6.53 percent", "supported", R_2DP, "-6.529%.", ref=d,
          window="1d"),
        C("IXIC", "close_level", 1386.42, "index_points", "1386.42", "supported", R_LVL, "Exact.", ref=d),
        C("YHOO", "daily_pct_change", -20.9, "percent", "20.9 percent", "unverifiable", R_U_SER,
          "Single-stock prices are not in the files.", ref=d, window="1d"),
        C("US_CPI", "monthly_change", -1, "percent", "fell by 1 percent", "unverifiable", R_U_SER,
          "Consumer prices are not in the files.", ref="2008-10"),
        C("US_HOUSING_STARTS", "monthly_change", -4.5, "percent", "4.5 percent", "unverifiable", R_U_SER,
          "Housing starts (and the 791,000 annual rate) are not in the files.", ref="2008-10"),
    ]))

# =========================================================================== 7
d = "2010-09-21"
PASSAGES.append(dict(
    id="asiams_20100921_fed_ready_to_act_afternoon",
    source=dict(site="gs.asiams.net", url="http://gs.asiams.net/public/index.php/article_details/stocks-tilt-back-up-after-fed-announcement",
                original_outlet="Associated Press"),
    published=d, published_confidence="high",
    published_note=("inferred: the AP story (byline Stephen Bernard) describes Tuesday afternoon trading right after the "
                    "Fed statement of the FOMC meeting of Tue 2010-09-21 (FOMC_meetings.csv); the figures are "
                    "afternoon levels, not closes."),
    text=("NEW YORK — Stocks and bonds rose Tuesday after the Federal Reserve said it stood ready to give the economy "
          "more help if necessary.\n\n"
          "The Fed announced no new purchases of government debt, but it left the door open to such steps, saying "
          "inflation remained below levels consistent with a healthy economy and that it was prepared to provide "
          "\"additional accommodation\" if needed. Stocks, which had traded lower ahead of the statement, turned higher "
          "in afternoon trading shortly after it was released.\n\n"
          "The Dow Jones industrial average rose 44.50 points, or 0.4 percent, to 10,798.12 in afternoon trading. "
          "Broader indexes had more modest advances: the Standard & Poor's 500 index rose 1.27, or 0.1 percent, to "
          "1,143.98, and the Nasdaq composite gained 1.97, or 0.1 percent, to 2,357.80.\n\n"
          "The gains extended a three-week rally that has defied expectations of a slump in September, historically a "
          "weak month for stocks. The Dow is up 7.9 percent so far this month, and broader indexes are up even more: the "
          "S&P by 9.1 percent and the Nasdaq by 11.6 percent.\n\n"
          "Treasurys rallied after the announcement, pushing interest rates down. The yield on the 10-year note fell "
          "sharply to 2.60 percent from 2.70 percent the day before."),
    claims=[
        C("DJI", "intraday_point_change", 44.50, "index_points", "44.50 points", "unverifiable", R_MID,
          "Afternoon figure inside the session's range (-35.88 to +79.77 points vs the 10753.62 previous close); the Dow "
          "closed +7.41 at 10761.03.", ref=d, basis="afternoon"),
        C("DJI", "intraday_pct_change", 0.4, "percent", "or 0.4 percent", "unverifiable", R_MID,
          "Inside the session's range (-0.33% to +0.74%); close +0.07%.", ref=d, basis="afternoon"),
        C("DJI", "intraday_level", 10798.12, "index_points", "10,798.12", "unverifiable", R_MID,
          "Inside the session's low-high range 10717.74-10833.39.", ref=d, basis="afternoon"),
        C("SPX", "intraday_point_change", 1.27, "index_points", "rose 1.27", "unverifiable", R_MID,
          "Inside the session's range (-6.49 to +5.88 points); close -2.93 at 1139.78.", ref=d, basis="afternoon"),
        C("SPX", "intraday_pct_change", 0.1, "percent", "1.27, or 0.1 percent", "unverifiable", R_MID,
          "Inside the session's range (-0.57% to +0.51%).", ref=d, basis="afternoon"),
        C("SPX", "intraday_level", 1143.98, "index_points", "1,143.98", "unverifiable", R_MID,
          "Inside the session's low-high range 1136.22-1148.59.", ref=d, basis="afternoon"),
        C("IXIC", "intraday_point_change", 1.97, "index_points", "gained 1.97", "unverifiable", R_MID,
          "Inside the session's range (-14.01 to +10.93 points); close -6.48 at 2349.35.", ref=d, basis="afternoon"),
        C("IXIC", "intraday_pct_change", 0.1, "percent", "1.97, or 0.1 percent", "unverifiable", R_MID,
          "Inside the session's range (-0.59% to +0.46%).", ref=d, basis="afternoon"),
        C("IXIC", "intraday_level", 2357.80, "index_points", "2,357.80", "unverifiable", R_MID,
          "Inside the session's low-high range 2341.82-2366.76.", ref=d, basis="afternoon"),
        C("SPX", "weekly_win_streak", 3, "weeks", "three-week rally", "supported", R_WEEK,
          "S&P 500 weekly changes: week to 2010-09-03 +3.75%, to 09-10 +0.46%, to 09-17 +1.45% (three up weeks, after "
          "two down weeks in August).", ref=d, window="3 weeks"),
        C("GENERIC", "seasonality", "September weak", "statement", "historically a weak month for stocks",
          "not_checkable", R_NC, "A rule of thumb about seasonality.", ref=d),
        C("DJI", "mtd_pct_change", 7.9, "percent", "up 7.9 percent so far this month", "imprecise", R_STATED,
          "From the stated afternoon level: 10798.12 / 10014.72 (2010-08-31 close) = +7.82%, 0.08 short. At the close "
          "the Dow was up 7.45% for the month; over the session the month-to-date figure ranged 7.02%-8.17%.",
          ref=d, window="MTD", basis="afternoon"),
        C("SPX", "mtd_pct_change", 9.1, "percent", "9.1 percent", "imprecise", R_STATED,
          "From the stated level: 1143.98 / 1049.33 = +9.02%, 0.08 off. Close basis +8.62%; session range 8.28%-9.46%.",
          ref=d, window="MTD", basis="afternoon"),
        C("IXIC", "mtd_pct_change", 11.6, "percent", "11.6 percent", "supported", R_STATED,
          "From the stated level: 2357.80 / 2114.03 = +11.53% (within 0.07). Close basis +11.13%; session range "
          "10.78%-11.95%.", ref=d, window="MTD", basis="afternoon"),
        C("US10Y", "yield_level", 2.60, "percent", "to 2.60 percent", "supported", R_YLD,
          "DGS10 2010-09-21: 2.61 (within 0.025). The text's afternoon yield and the end-of-day value agree.", ref=d,
          basis="end of day"),
        C("US10Y", "yield_level", 2.70, "percent", "2.70 percent the day before", "supported", R_YLD,
          "DGS10 2010-09-20: 2.72 (within 0.025).", ref="2010-09-20", basis="end of day"),
    ]))

# =========================================================================== 8
d = "2013-09-18"
PASSAGES.append(dict(
    id="crains_20130918_fed_no_taper_records",
    source=dict(site="crainsnewyork.com",
                url="https://www.crainsnewyork.com/article/20130918/ECONOMY/130919878/stocks-surge-to-record-levels-as-fed-keeps-stimulus",
                original_outlet="Crain's New York Business"),
    published=d, published_confidence="exact",
    published_note="Dated 2013-09-18 in the URL; the market figures are quoted at 3:50 p.m., ten minutes before the close.",
    text=("Financial markets rallied Wednesday afternoon on the bittersweet news that the economy is not yet strong "
          "enough for the Federal Reserve to start tapering its five-year quantitative easing program.\n\n"
          "Fed Chairman Ben Bernanke surprised most market watchers by keeping the $85 billion-per-month Treasury buying "
          "program running uninterrupted for now. \"The Committee decided to await more evidence that progress will be "
          "sustained before adjusting the pace of its purchases,\" the Federal Open Market Committee said at the end of "
          "its two-day meeting.\n\n"
          "Policy makers held back from paring record accommodation as rising borrowing costs show signs of slowing the "
          "four-year expansion. Treasury yields have jumped since May, when Mr. Bernanke first outlined a possible "
          "timetable for reducing the asset purchases that have swelled the Fed's balance sheet to $3.66 trillion.\n\n"
          "Stocks and Treasuries soared after the statement. At 3:50 p.m. the S&P 500 was up 19 points, or 1.1%, at "
          "1,724, having sliced through its previous all-time high of 1,709.67 set on Aug. 2. The Dow Jones industrial "
          "average was up 147 points, or 1%, at 15,673, above its previous record high of 15,658, also set Aug. 2. The "
          "yield on the 10-year Treasury note dropped eight basis points to 2.77%."),
    claims=[
        C("FED_QE", "asset_purchases_monthly", 85, "billion_usd", "$85 billion-per-month", "unverifiable", R_U_SER,
          "The Fed's purchase programme is not in the files.", ref=d),
        C("FED_QE", "program_age", 5, "years", "five-year quantitative easing program", "unverifiable", R_U_SER,
          "Not in the files (purchases began in late 2008).", ref=d),
        C("US_GDP", "expansion_age", 4, "years", "four-year expansion", "unverifiable", R_U_SER,
          "Business-cycle dates are not in the files.", ref=d),
        C("US10Y", "yield_change_since", "May", "month", "Treasury yields have jumped since May", "supported", R_CMP,
          "DGS10 1.66 on 2013-05-01 vs 2.86 on 2013-09-17, the day before the statement.", ref=d, window="since May"),
        C("FED_BALANCE_SHEET", "level", 3.66, "trillion_usd", "$3.66 trillion", "unverifiable", R_U_SER,
          "The Fed's balance sheet is not in the files.", ref=d),
        C("SPX", "intraday_point_change", 19, "index_points", "up 19 points", "unverifiable", R_MID,
          "3:50 p.m. figure inside the session's range (-4.41 to +24.68 points); the S&P 500 closed +20.76.", ref=d,
          basis="3:50 p.m."),
        C("SPX", "intraday_pct_change", 1.1, "percent", "or 1.1%", "unverifiable", R_MID,
          "Inside the session's range (-0.26% to +1.45%); close +1.22%.", ref=d, basis="3:50 p.m."),
        C("SPX", "intraday_level", 1724, "index_points", "at 1,724", "unverifiable", R_MID,
          "Inside the session's low-high range 1700.35-1729.44; close 1725.52.", ref=d, basis="3:50 p.m."),
        C("SPX", "previous_record_close", 1709.67, "index_points", "1,709.67", "supported", R_REC,
          "Highest S&P 500 close before 2013-09-18: 1709.67.", ref=d),
        C("SPX", "previous_record_date", "2013-08-02", "date", "set on Aug. 2", "supported", R_REC,
          "The 1709.67 record close is dated 2013-08-02.", ref=d),
        C("SPX", "record_close", True, "flag", "sliced through", "supported", R_REC,
          "The S&P 500 closed at 1725.52, above every earlier close (the 3:50 p.m. level 1,724 was also above 1709.67).",
          ref=d),
        C("DJI", "intraday_point_change", 147, "index_points", "up 147 points", "unverifiable", R_MID,
          "Inside the session's range (-59.57 to +179.85 points); the Dow closed +147.21.", ref=d, basis="3:50 p.m."),
        C("DJI", "intraday_pct_change", 1, "percent", "or 1%", "unverifiable", R_MID,
          "Inside the session's range (-0.38% to +1.16%); close +0.95%.", ref=d, basis="3:50 p.m."),
        C("DJI", "intraday_level", 15673, "index_points", "at 15,673", "unverifiable", R_MID,
          "Inside the session's low-high range 15470.16-15709.58; close 15676.94.", ref=d, basis="3:50 p.m."),
        C("DJI", "previous_record_close", 15658, "index_points", "15,658", "supported", R_REC,
          "Highest Dow close before 2013-09-18: 15658.36 (rounded as stated).", ref=d),
        C("DJI", "previous_record_date", "2013-08-02", "date", "also set Aug. 2", "supported", R_REC,
          "The 15658.36 record close is dated 2013-08-02.", ref=d),
        C("US10Y", "yield_change_bp", -8, "basis_points", "eight basis points", "unverifiable", R_U_YLD,
          "An intraday yield move; end of day DGS10 fell 17 bp, from 2.86 to 2.69.", ref=d, basis="3:50 p.m."),
        C("US10Y", "yield_level", 2.77, "percent", "to 2.77%", "unverifiable", R_U_YLD,
          "Intraday yield; DGS10 closed the day at 2.69.", ref=d, basis="3:50 p.m."),
    ]))

# =========================================================================== 9 (small caps)
d = "2012-02-13"
PASSAGES.append(dict(
    id="mediaboss_20120214_small_caps_stars_of_rally",
    source=dict(site="mediaboss.net", url="https://www.mediaboss.net/category/uncategorized/page/819",
                original_outlet="Reuters (repost on an aggregator listing page)"),
    published="2012-02-14", published_confidence="medium",
    published_note=("inferred: the aggregator page carries no date. The story cites the Lipper week 'that ended Feb. 8, the "
                    "last tally' (so it appeared before the next tally of Feb. 15) and a year-to-date Russell 2000 gain of "
                    "about 11 percent, which fits the closes of Mon 2012-02-13 (+11.32%) and Tue 2012-02-14 (+10.76%) but "
                    "not 02-10 (+9.77%) or 02-15 (+9.86%). The key uses the 2012-02-13 close (either day gives the same "
                    "verdicts)."),
    text=("In a Wall Street universe populated by marquee names, the lesser-known companies have been the stars of this "
          "year's rally.\n\n"
          "The Russell 2000 index, which tracks stocks with a small market capitalization, is nearing its record high "
          "after a rise of about 11 percent in the year to date. That outstrips both the Russell 1000 index of Wall "
          "Street's large-capitalization stocks and the Standard & Poor's 500-stock index, which measures the broader "
          "market.\n\n"
          "The surge in so-called small-cap stocks, companies whose total share value is $3 billion or less, shows that "
          "investors' appetite for risk is growing as signs of recovery persist in the United States and euro zone "
          "leaders make progress in containing the debt crisis, market participants say.\n\n"
          "After draining more than $15 billion from small-cap stocks last year, the largest amount since 2007, "
          "investors have put about $2.4 billion back into them so far this year, according to Lipper, a Thomson Reuters "
          "company. \"It is a decent confidence barometer,\" said Scott Wren, senior equity strategist at Wells Fargo "
          "Advisors.\n\n"
          "Most of that money arrived in the seven days that ended Feb. 8, the latest Lipper tally. In that week the "
          "Labor Department reported a gain of 243,000 jobs in January and the lowest unemployment rate since early 2009, "
          "and the Institute for Supply Management said activity in the nonmanufacturing sector grew in January for the "
          "25th consecutive month."),
    claims=[
        C("RUT", "ytd_pct_change", 11, "percent", "about 11 percent", "supported", R_ABOUT,
          "2011-12-30 close 740.92 -> 2012-02-13 824.81: +11.32% (2012-02-14: +10.76%), within 10-12.",
          qualifier="about", ref=d, window="YTD"),
        C("RUT", "near_record", "nearing its record high", "statement", "nearing its record high", "supported", R_REC,
          "824.81 vs the record close 865.29 (2011-04-29): 4.68% below, the closest since the summer of 2011.", ref=d),
        C("SPX", "relative_ytd_pct_change", "RUT > SPX", "comparison", "That outstrips", "supported", R_CMP,
          "Year to date on 2012-02-13: Russell 2000 +11.32% vs S&P 500 +7.49%. (The Russell 1000 half of the comparison "
          "is keyed separately.)", ref=d, window="YTD", comparison="RUT"),
        C("RUI", "relative_ytd_pct_change", "RUT > RUI", "comparison", "Russell 1000 index", "unverifiable", R_U_SER,
          "The Russell 1000 is not in the files.", ref=d, window="YTD", comparison="RUT"),
        C("GENERIC", "definition", 3, "billion_usd", "$3 billion or less", "not_checkable", R_NC,
          "A working definition of small caps, not a market fact.", qualifier="or less", ref=d),
        C("FUND_FLOWS", "outflow_prior_year", 15, "billion_usd", "more than $15 billion", "unverifiable", R_U_SER,
          "Fund flows (and 'the largest amount since 2007') are not in the files.", qualifier="more than", ref="2011"),
        C("FUND_FLOWS", "inflow_ytd", 2.4, "billion_usd", "about $2.4 billion", "unverifiable", R_U_SER,
          "Fund flows are not in the files.", qualifier="about", ref=d, window="YTD"),
        C("US_PAYROLLS", "monthly_change", 243000, "jobs", "243,000 jobs", "unverifiable", R_U_SER,
          "Labour data are not in the files.", ref="2012-01"),
        C("US_UNEMPLOYMENT", "lowest_since", "early 2009", "period", "lowest unemployment rate since early 2009",
          "unverifiable", R_U_SER, "Labour data are not in the files.", ref="2012-01"),
        C("ISM_SERVICES", "growth_streak_months", 25, "months", "25th consecutive month", "unverifiable", R_U_SER,
          "ISM data are not in the files.", ref="2012-01"),
        C("FUND_FLOWS", "tally_week_end", "2012-02-08", "date", "seven days that ended Feb. 8", "unverifiable", R_U_SER,
          "Lipper's weekly tally is not in the files.", ref="2012-02-08", window="7 days"),
    ]))

# =========================================================================== 10 (small caps)
d = "2010-04-22"
PASSAGES.append(dict(
    id="echoes_20100423_small_caps_vs_large_caps",
    source=dict(site="echoesfromthepit.blogspot.com", url="http://echoesfromthepit.blogspot.com/2010/04/small-caps-vs-large-caps.html",
                original_outlet="Echoes from the Pit (brokerage blog)"),
    published="2010-04-23", published_confidence="exact",
    published_note=("Post dated Friday 2010-04-23. The key reads the figures as of the last close before the post, "
                    "2010-04-22; the note gives the 2010-04-23 close as well."),
    text=("Small-Caps vs. Large-Caps\n\n"
          "Small-cap stocks have been very strong to start the year: the Russell 2000 Index of small-cap stocks is up by "
          "18% already, against a 9% gain for the large-cap S&P 500 Index. The chart below plots both; its top panel shows "
          "the total return of the Russell 2000 (in red) and the S&P 500 (in blue) over the past 10 years.\n\n"
          "The dark green line in the lower panel measures relative strength between the two. When it rises, small caps "
          "are outperforming on a relative basis; when it falls, large caps are doing better.\n\n"
          "As the chart shows, small caps have generally beaten their larger counterparts over the past decade. What we "
          "have noticed lately, though, is that after the strong move of the past year the relative strength line is "
          "back near the previous highs it reached in 2006 and 2008.\n\n"
          "It will be interesting to see whether small caps can break through those highs, which would be a bullish "
          "development and would probably mean further gains against large caps. On the other hand, after a decade of "
          "outperformance, small caps may be in some sort of topping process, on a relative basis. Trends do not last "
          "forever, and ten years is a long time. If small caps cannot break through, it would imply that large caps "
          "are finally due to take the lead, perhaps for a while."),
    claims=[
        C("RUT", "ytd_pct_change", 18, "percent", "up by 18% already", "unverifiable", R_U_TR,
          "The post's chart is a total-return chart. Price index: +17.42% to the 2010-04-22 close (+18.63% to 04-23); IWM "
          "total return (adj_close) +17.77% to 04-22. On price alone 18 would be imprecise on either day; on the ETF "
          "total-return proxy it would be supported for 04-22.", ref=d, window="YTD", basis="total return (chart)"),
        C("SPX", "ytd_pct_change", 9, "percent", "9% gain", "unverifiable", R_U_TR,
          "Total-return basis. Price index: +8.39% to 2010-04-22 (+9.16% to 04-23); SPY total return +9.04% to 04-22.",
          ref=d, window="YTD", basis="total return (chart)"),
        C("RUT", "relative_return", "RUT > SPX over 10 years", "comparison", "over the past decade", "supported", R_CMP,
          "2000-04-24 -> 2010-04-22 price change: Russell 2000 +56.72%, S&P 500 -15.47%.", ref=d, window="10 years",
          comparison="SPX"),
        C("RUT", "relative_strength_vs_prior_highs", "near 2006 and 2008 highs", "comparison",
          "previous highs it reached in 2006 and 2008", "supported", R_CMP,
          "Russell 2000 / S&P 500 close ratio: 0.6075 on 2010-04-22 vs its 2006 high 0.5942 and 2008 high 0.6006, i.e. "
          "within about 1-2% of both (on price closes it is marginally above them; the post's total-return line, which "
          "credits the S&P 500's higher dividends, sits lower).", ref=d, comparison="SPX"),
    ]))

# =========================================================================== 11 (small caps)
d = "2012-02-24"
PASSAGES.append(dict(
    id="cnbc_20120224_rut_next_record",
    source=dict(site="cnbc.com", url="http://www.cnbc.com/id/46511881", original_outlet="CNBC"),
    published=d, published_confidence="exact",
    published_note="Timestamped Friday 24 Feb 2012, 3:57 PM ET; the Russell 2000 distance is an afternoon figure.",
    text=("10 Small-Cap Stocks up Over 150% in the Past 5 Months\n\n"
          "The Russell 2000, an index of 2,000 small-capitalization stocks, could be the next index to post a record "
          "high.\n\n"
          "The small-cap benchmark is currently trading within 4.2 percent of its closing high of 865.29, set back in "
          "April. It has climbed 36 percent since its lows in early October. By comparison, the Dow Jones Industrial "
          "Average hit 13,000 earlier this week for the first time since 2008 but remains 8.3 percent from its record "
          "high of October 2007.\n\n"
          "Driving the Russell 2000's recent surge is a handful of stocks that have gained more than 150 percent since "
          "October.\n\n"
          "One reason for the index's ascent may be that small-cap stocks tend to be less affected by the global macro "
          "environment; many of these companies generate their revenue in the U.S., and international investors may be "
          "buying them as a haven. Small-cap prices also tend to move more sharply because the companies are smaller, "
          "less liquid and more sensitive to U.S. economic activity.\n\n"
          "Will the rally last? Since the index's late April/early May highs, individual investors have pulled money from "
          "U.S. small-cap equity funds in 37 of the past 41 weeks, according to EPFR Global."),
    claims=[
        C("RUT", "record_close_forecast", "next record", "statement", "could be the next index to post a record",
          "forecast", R_FC, "A projection. (The Russell 2000 did not close above 865.29 until January 2013.)", ref=d),
        C("RUT", "pct_from_ath", 4.2, "percent", "within 4.2 percent", "unverifiable", R_MID,
          "Afternoon figure. Distance from the 865.29 record: 3.98% at the session high (830.87), 4.48% at the low "
          "(826.56), 4.43% at the close (826.92). 4.2 lies inside that range, so the file cannot decide the 3:57 p.m. "
          "claim; on the close it would not hold.", qualifier="within", ref=d, basis="afternoon"),
        C("RUT", "record_close_level", 865.29, "index_points", "closing high of 865.29", "supported", R_REC,
          "Highest close before 2012-02-24: 865.29 on 2011-04-29 ('back in April').", ref=d),
        C("RUT", "pct_change_since_low", 36, "percent", "climbed 36 percent", "supported", R_INT,
          "October 2011 low close 609.49 on 2011-10-03 -> 826.92 on 2012-02-24: +35.67%.", ref=d,
          window="since 2011-10-03"),
        C("DJI", "intraday_level_crossing", 13000, "index_points", "hit 13,000 earlier this week", "supported", R_CMP,
          "Session high 13005.04 on Tue 2012-02-21 (the Dow did not close above 13,000 that week).", ref="2012-02-21",
          basis="intraday high"),
        C("DJI", "first_time_since", "2008", "year", "for the first time since 2008", "supported", R_LOWSINCE,
          "Last session with a high at or above 13,000 before 2012-02-21: 2008-05-20.", ref="2012-02-21",
          basis="intraday high"),
        C("DJI", "pct_from_ath", 8.3, "percent", "8.3 percent from its record", "supported", R_1DP,
          "12982.95 vs the record close 14164.53: 8.34% below.", ref=d),
        C("DJI", "record_close_date", "2007-10", "month", "record high of October 2007", "supported", R_REC,
          "Record close 14164.53 on 2007-10-09.", ref=d),
        C("RUT_CONSTITUENTS", "gain_since_october", 150, "percent", "more than 150 percent", "unverifiable", R_U_SER,
          "Single-stock prices are not in the files.", qualifier="more than", ref=d),
        C("FUND_FLOWS", "outflow_weeks", "37 of 41", "count", "37 of the past 41 weeks", "unverifiable", R_U_SER,
          "EPFR fund-flow data are not in the files.", ref=d, window="41 weeks"),
        C("RUT", "peak_date", "late April/early May 2011", "period", "late April/early May highs", "supported", R_REC,
          "The Russell 2000's 2011 closing high was 865.29 on 2011-04-29.", ref=d),
    ]))

# =========================================================================== 12 (small caps)
d = "2012-10-12"
PASSAGES.append(dict(
    id="advisoranalyst_20121015_bespoke_small_caps_lag",
    source=dict(site="advisoranalyst.com", url="https://advisoranalyst.com/2012/10/15/small-caps-lag-bespoke.html/",
                original_outlet="Bespoke Investment Group (republished by AdvisorAnalyst.com)"),
    published="2012-10-15", published_confidence="exact",
    published_note="Dated Monday 2012-10-15 in the URL; the chart runs to the previous close, Friday 2012-10-12.",
    text=("Small Caps Lag — a note from Bespoke Investment Group, republished by AdvisorAnalyst.com\n\n"
          "Anyone who follows small-cap stocks at all knows that they have been underperforming for quite a while now. "
          "Our chart plots the relative strength of the Russell 2000 against the S&P 500 over the last 12 months; when "
          "the line climbs, small caps are beating the S&P 500, and when it falls, the reverse is true.\n\n"
          "As the chart shows, small caps have been putting in a series of lower highs relative to the S&P 500 over the "
          "last several months. Interestingly, the most recent peak in the line came on 9/14, which was the exact day "
          "the S&P 500 itself peaked.\n\n"
          "For those who argue that the market needs small caps to lead any rally, this chart would be exhibit one."),
    claims=[
        C("RUT", "relative_return", "RUT < SPX over 12 months", "comparison", "underperforming for quite a while",
          "supported", R_CMP,
          "Over the chart's 12 months (2011-10-12 -> 2012-10-12): Russell 2000 +17.52% vs S&P 500 +18.33%; the ratio fell "
          "0.7%, and more steeply from its 2012-02-03 high.", ref=d, window="12 months", comparison="SPX"),
        C("RUT", "relative_strength_peak_date", "2012-09-14", "date", "came on 9/14", "supported", R_CMP,
          "Latest local maximum (21-session centred window) of the Russell 2000 / S&P 500 close ratio before 2012-10-12: "
          "2012-09-14 (0.5899, below the 2012-07-05 peak 0.5977).", ref=d),
        C("SPX", "peak_date", "2012-09-14", "date", "the exact day the S&P 500 itself peaked", "supported", R_REC,
          "Highest S&P 500 close of 2012 up to 2012-10-12: 1465.77 on 2012-09-14.", ref=d),
    ]))

# =========================================================================== 13 (small caps)
d = "2013-04-01"
PASSAGES.append(dict(
    id="advfn_zacks_20130401_time_for_large_caps",
    source=dict(site="fr.advfn.com", url="https://fr.advfn.com/bourses/AMEX/IWM/actualites/56977570/time-for-large-caps-real-time-insight",
                original_outlet="Zacks Investment Research (republished by ADVFN)"),
    published=d, published_confidence="exact",
    published_note="The text dates itself 'today (April 1, 2013)', a Monday session.",
    text=("Time for Large Caps? (Real-Time Insight, Zacks)\n\n"
          "For the bulk of 2011 and early 2012, large caps were the best game in town. Then, in mid-November 2012, there "
          "was a changing of the guard, and from there small caps clearly carried the torch for the stock market.\n\n"
          "The chart below sets the returns of the small-cap-laden Russell 2000 (^RUT) against those of the "
          "large-cap-oriented S&P 500 (^GSPC).\n\n"
          "Flash forward to today, April 1, 2013. The S&P 500 is nearly a full 1% ahead of the Russell 2000, and the Dow "
          "looks even better than that.\n\n"
          "So is this a genuine change in trend that makes large caps the place to be? Or is it just a brief rotation "
          "that will not last? Share your viewpoint in the comments section below.\n\n"
          "Research reports on the SPDR Dow Jones Industrial Average (DIA), the iShares Russell 2000 (IWM) and the SPDR "
          "S&P 500 (SPY) accompany the piece."),
    claims=[
        C("SPX", "relative_return", "SPX > RUT in 2011", "comparison", "bulk of 2011 and early 2012", "supported", R_CMP,
          "Calendar 2011: S&P 500 0.00% vs Russell 2000 -5.45%; from the end of 2010 to 2012-11-15 the S&P 500 was "
          "+7.61% and the Russell 2000 -1.81%.", ref="2012-11-15", window="2011 to mid-Nov 2012", comparison="RUT"),
        C("RUT", "relative_return_since", "2012-11-15", "date", "mid-November 2012", "supported", R_CMP,
          "Both indexes bottomed on 2012-11-15; from that close to 2013-03-28 the Russell 2000 rose 23.66% vs 15.95% for "
          "the S&P 500.", ref="2013-03-28", window="since 2012-11-15", comparison="SPX"),
        C("SPX", "relative_return", 1, "percentage_points", "nearly a full 1% ahead", "unverifiable", R_U_WIN,
          "No window is stated. On the day (2013-04-01) the S&P 500 (-0.45%) beat the Russell 2000 (-1.34%) by 0.89 pp, "
          "which would fit 'nearly 1%'; year to date the Russell 2000 (+10.53%) was still 1.00 pp ahead of the S&P 500 "
          "(+9.53%), which would contradict it.", qualifier="nearly", ref=d, comparison="RUT"),
        C("DJI", "relative_return", "DJI > SPX", "comparison", "looks even better", "supported", R_CMP,
          "On either reading the Dow beat the S&P 500: on the day -0.04% vs -0.45%; year to date +11.21% vs +9.53%.",
          ref=d, comparison="SPX"),
    ]))

# =========================================================================== 14 (small caps)
d = "2006-12-29"
PASSAGES.append(dict(
    id="thinkadvisor_20070104_small_caps_2006",
    source=dict(site="thinkadvisor.com", url="https://thinkadvisor.com/2007/01/04/in-06-small-cap-outperformed-large-cap-again",
                original_outlet="Investment Advisor / ThinkAdvisor (Russell Investment Group release)"),
    published="2007-01-04", published_confidence="exact",
    published_note="Dated Thursday 2007-01-04 in the URL; the figures are full-year 2006 returns through 2006-12-29.",
    text=("In '06, Small Cap Outperformed Large-Cap Again\n\n"
          "The small-cap Russell 2000 Index made a comeback in 2006 with a gain of 18.4%, outperforming the large-cap "
          "Russell 1000 Index (15.5%) for the seventh year out of the past eight. \"The Russell 1000 and Russell 2000 each "
          "outperformed the other for six separate months through the year, but in the end the Russell 2000 proved more "
          "resilient in their back-and-forth struggle,\" David Hintz, senior manager and research analyst, said in a "
          "statement announcing the final numbers.\n\n"
          "Each of Russell's U.S. equity indexes posted a positive return for the year. A slightly positive December for "
          "equities pushed the broad Russell 3000 Index to a 15.7% gain for 2006 and the Russell 2000 Value Index to a "
          "23.5% gain, and value stocks at every capitalization tier beat their growth counterparts by notable margins.\n\n"
          "Within the Russell 2000, technology and health care fared well, but consumer staples (32.2%) and materials & "
          "processing (31.2%) did better still. According to Hintz, the best-performing sectors in the Russell 3000 were "
          "integrated oils (34.6%) and utilities (30.5%)."),
    claims=[
        C("RUT", "annual_total_return", 18.4, "percent", "gain of 18.4%", "unverifiable", R_U_TR,
          "Russell's figure is a total return. The price index rose 17.00% in 2006; IWM's total return (adj_close) was "
          "+18.27%.", ref=d, window="2006", basis="total return"),
        C("RUI", "annual_total_return", 15.5, "percent", "(15.5%)", "unverifiable", R_U_SER,
          "The Russell 1000 is not in the files (S&P 500 price return for reference: +13.62%).", ref=d, window="2006"),
        C("RUT", "years_outperforming", "7 of 8", "count", "seventh year out of the past eight", "unverifiable", R_U_SER,
          "The comparison is with the Russell 1000, which is not in the files. Against the S&P 500 on price, the Russell "
          "2000 did better in all eight years 1999-2006.", ref=d, window="1999-2006", comparison="RUI"),
        C("RUT", "months_outperforming", 6, "count", "six separate months", "unverifiable", R_U_SER,
          "Monthly comparison with the Russell 1000, not in the files.", ref=d, window="2006", comparison="RUI"),
        C("RUA", "monthly_return_sign", "slightly positive", "sign", "slightly positive December", "unverifiable",
          R_U_SER, "Said of equities / the Russell 3000, not in the files. For reference: Russell 2000 +0.20% and S&P 500 "
          "+1.26% (price) in December 2006.", ref=d, window="2006-12"),
        C("RUA", "annual_total_return", 15.7, "percent", "15.7% gain", "unverifiable", R_U_SER,
          "The Russell 3000 is not in the files.", ref=d, window="2006"),
        C("RUT_VALUE", "annual_total_return", 23.5, "percent", "23.5% gain", "unverifiable", R_U_SER,
          "The Russell 2000 Value Index is not in the files.", ref=d, window="2006"),
        C("RUT_SECTORS", "annual_total_return", [32.2, 31.2], "percent", "consumer staples (32.2%)", "unverifiable",
          R_U_SER, "Russell 2000 sector returns are not in the files.", ref=d, window="2006"),
        C("RUA_SECTORS", "annual_total_return", [34.6, 30.5], "percent", "integrated oils (34.6%)", "unverifiable",
          R_U_SER, "Russell 3000 sector returns are not in the files.", ref=d, window="2006"),
    ]))

# =========================================================================== 15 (small caps)
d = "2013-08-15"
PASSAGES.append(dict(
    id="hispanicbusiness_20130816_summer_of_small_caps",
    source=dict(site="hispanicbusiness.com", url="http://www.hispanicbusiness.com/2013/8/16/the_summer_of_us_small_caps.htm",
                original_outlet="Russell Investments release (Marketwired), reposted by HispanicBusiness.com"),
    published="2013-08-16", published_confidence="exact",
    published_note="Dated Friday 2013-08-16 in the URL; the table is 'as of 8.15.13', the Thursday close.",
    text=("The Summer of U.S. Small Caps — U.S. Mega-Caps Underperform Last 3 Months\n\n"
          "SEATTLE, WA (Marketwired) — \"The U.S. economy continues to improve while Europe is becoming 'less bad' — and "
          "verging on getting 'better.' But as broader global growth has slowed and become less even in 2013, the United "
          "States has taken a lead role in the global growth story,\" said Stephen Wood, chief market strategist for "
          "Russell Investments.\n\n"
          "The table that accompanied his remarks, with figures as of Aug. 15, 2013, showed the Russell 2000 Index up "
          "22.0% year to date and 4.6% over the last three months, while the Russell Top 50 Mega Cap Index was up 15.3% "
          "year to date and just 0.8% over the last three months.\n\n"
          "The largest holdings of the mega-cap index include Apple, Exxon Mobil, Microsoft, Johnson & Johnson, General "
          "Electric, Chevron, Google and Procter & Gamble; among the biggest Russell 2000 holdings are CoStar Group, "
          "athenahealth, CommVault Systems, Ultimate Software, FirstMerit, Acuity Brands, Prosperity Bancshares and "
          "Questcor Pharmaceuticals."),
    claims=[
        C("RUT", "ytd_total_return", 22.0, "percent", "22.0% year to date", "unverifiable", R_U_TR,
          "Russell's table gives total returns. Price index +20.99% to 2013-08-15; IWM total return +21.97% (matches).",
          ref=d, window="YTD", basis="total return"),
        C("RUT", "three_month_total_return", 4.6, "percent", "4.6% over the last three months", "unverifiable", R_U_TR,
          "Total return over an unstated exact window. Price index 2013-05-15 -> 08-15: +3.95%; IWM total return +4.44%.",
          ref=d, window="3 months", basis="total return"),
        C("RUSSELL_TOP50", "ytd_total_return", 15.3, "percent", "up 15.3%", "unverifiable", R_U_SER,
          "The Russell Top 50 is not in the files (S&P 500 price +16.49% year to date, for reference).", ref=d,
          window="YTD"),
        C("RUSSELL_TOP50", "three_month_total_return", 0.8, "percent", "just 0.8%", "unverifiable", R_U_SER,
          "Not in the files (S&P 500 price +0.15% 2013-05-15 -> 08-15, for reference).", ref=d, window="3 months"),
        C("RUSSELL_TOP50", "relative_return", "Top 50 < RUT over 3 months", "comparison", "Mega-Caps Underperform Last 3 Months",
          "unverifiable", R_U_SER, "One side of the comparison is not in the files.", ref=d, window="3 months",
          comparison="RUT"),
    ]))

# =========================================================================== 16 (small caps)
d = "2013-09-30"
PASSAGES.append(dict(
    id="marketwired_20131002_small_caps_first_three_quarters",
    source=dict(site="marketwired.com",
                url="http://www.marketwired.com/press-release/us-small-cap-stocks-close-first-three-quarters-2013-up-277-have-been-positive-4q-three-1837280.htm",
                original_outlet="Russell Investments (press release)"),
    published="2013-10-02", published_confidence="exact",
    published_note="Release dated Wednesday 2013-10-02; the returns run to 2013-09-30.",
    text=("SEATTLE, WA (Marketwired, Oct 2, 2013) — The U.S. small-cap Russell 2000 Index returned 27.7% year-to-date as "
          "of September 30, placing it among the top two first-three-quarter returns for the U.S. small-cap index since "
          "1995, according to Russell Indexes. That compares with a 20.8% return for the U.S. large-cap Russell 1000 "
          "Index over the same period.\n\n"
          "Russell looked at fourth-quarter returns in the four years since 1995 in which the Russell 2000 returned more "
          "than 20% over the first three quarters: 1995 (25.7%), 1997 (26.6%), 2003 (28.6%) and 2009 (22.4%). In three "
          "of those four years the index kept its positive momentum; 1997 was the only one in which it turned negative "
          "in the fourth quarter, with a (-3.4%) return. In 2003 the final quarter added 14.5%, for a full-year return of "
          "47.3%, and in 2009 it added 3.9%, for a full year of 27.2%.\n\n"
          "\"The U.S. economy and markets have held their own in the face of fiscal austerity (fiscal cliff tax hikes, "
          "sequestration, government shutdown) and the uncertainty emanating from Fed taper policy,\" said Stephen Wood, "
          "chief market strategist for Russell Investments."),
    claims=[
        C("RUT", "ytd_total_return", 27.7, "percent", "returned 27.7%", "unverifiable", R_U_TR,
          "Total return. Price index 2012-12-31 -> 2013-09-30: +26.42%; IWM total return +27.68% (matches).", ref=d,
          window="YTD", basis="total return"),
        C("RUT", "first_three_quarters_rank", 2, "rank", "among the top two", "supported", R_RANK,
          "Price returns for January-September, 1995-2013: 2003 +27.30%, 2013 +26.42%, 1997 +25.15%, 1995 +23.97%; 2013 "
          "ranks second (also on Russell's total-return figures, 28.6% vs 27.7%).", ref=d, window="Jan-Sep"),
        C("RUI", "ytd_total_return", 20.8, "percent", "20.8% return", "unverifiable", R_U_SER,
          "The Russell 1000 is not in the files.", ref=d, window="YTD"),
        C("RUT", "years_first_three_quarters_above_20", [1995, 1997, 2003, 2009], "years", "the four years since 1995",
          "supported", R_CMP,
          "On price, the January-September change exceeded 20% in exactly 1995 (23.97), 1997 (25.15), 2003 (27.30) and "
          "2009 (20.99) among 1995-2012.", ref=d, window="Jan-Sep"),
        C("RUT", "first_three_quarters_total_return", 25.7, "percent", "1995 (25.7%)", "unverifiable", R_U_TR,
          "Total return; price +23.97% (IWM did not exist).", ref="1995-09-29", window="Jan-Sep 1995",
          basis="total return"),
        C("RUT", "first_three_quarters_total_return", 26.6, "percent", "1997 (26.6%)", "unverifiable", R_U_TR,
          "Total return; price +25.15%.", ref="1997-09-30", window="Jan-Sep 1997", basis="total return"),
        C("RUT", "first_three_quarters_total_return", 28.6, "percent", "2003 (28.6%)", "unverifiable", R_U_TR,
          "Total return; price +27.30%, IWM total return +28.82%.", ref="2003-09-30", window="Jan-Sep 2003",
          basis="total return"),
        C("RUT", "first_three_quarters_total_return", 22.4, "percent", "2009 (22.4%)", "unverifiable", R_U_TR,
          "Total return; price +20.99%, IWM total return +23.46%.", ref="2009-09-30", window="Jan-Sep 2009",
          basis="total return"),
        C("RUT", "q4_positive_count", 3, "count", "In three of those four years", "supported", R_CMP,
          "Fourth-quarter price changes: 1995 +1.80%, 1997 -3.70%, 2003 +14.20%, 2009 +3.49%: three positive.", ref=d,
          window="Q4"),
        C("RUT", "only_negative_q4", 1997, "year", "1997 was the only one", "supported", R_CMP,
          "Only 1997's fourth quarter was negative (-3.70% on price).", ref=d, window="Q4"),
        C("RUT", "q4_total_return", -3.4, "percent", "(-3.4%)", "unverifiable", R_U_TR,
          "Total return; price -3.70% (1997-09-30 -> 1997-12-31).", ref="1997-12-31", window="Q4 1997",
          basis="total return"),
        C("RUT", "q4_total_return", 14.5, "percent", "added 14.5%", "unverifiable", R_U_TR,
          "Total return; price +14.20%, IWM total return +14.81%.", ref="2003-12-31", window="Q4 2003",
          basis="total return"),
        C("RUT", "annual_total_return", 47.3, "percent", "47.3%", "unverifiable", R_U_TR,
          "Total return; price +45.37%, IWM total return +47.90%.", ref="2003-12-31", window="2003",
          basis="total return"),
        C("RUT", "q4_total_return", 3.9, "percent", "added 3.9%", "unverifiable", R_U_TR,
          "Total return; price +3.49%, IWM total return +4.07%.", ref="2009-12-31", window="Q4 2009",
          basis="total return"),
        C("RUT", "annual_total_return", 27.2, "percent", "27.2%", "unverifiable", R_U_TR,
          "Total return; price +25.22%, IWM total return +28.49%.", ref="2009-12-31", window="2009",
          basis="total return"),
    ]))

SMALL_CAP_IDS = {
    "mediaboss_20120214_small_caps_stars_of_rally", "echoes_20100423_small_caps_vs_large_caps",
    "cnbc_20120224_rut_next_record", "advisoranalyst_20121015_bespoke_small_caps_lag",
    "advfn_zacks_20130401_time_for_large_caps", "thinkadvisor_20070104_small_caps_2006",
    "hispanicbusiness_20130816_summer_of_small_caps", "marketwired_20131002_small_caps_first_three_quarters",
}
