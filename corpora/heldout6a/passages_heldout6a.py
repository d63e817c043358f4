"""Passages, claims and hand-written verdicts of the heldout6a corpus (read by build_heldout6a.py)."""

IMP = ("; imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures "
       "(<= 1% for index levels, <= 20% for point changes and counts); otherwise contradicted")
R = {
    "INT": "unhedged integer: |true-claim| <= 0.5",
    "D1": "unhedged 1-dp figure: |true-claim| <= 0.05 + 0.02 slack",
    "D2": "unhedged 2-dp figure: |true-claim| <= 0.005 + 0.02 slack (index and ETF levels: 0.025)",
    "NEARLY": "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit",
    "ABOUT": "about/around/roughly: within one unit of the last stated digit (+0.02)",
    "MORE": "more than/over/above: true > claim",
    "LESS": "less than/within: true < claim",
    "ATLEAST": "at least: true >= claim",
    "SINCE": ("highest/lowest since X: X must be the last session with a value at least as extreme, or the first "
              "session after it; a later X is imprecise (understated), an earlier X contradicted"),
    "BEST": "best/worst since X: X must be the last period with a move at least as large",
    "RECORD": "record: above every earlier close in the file (intraday record: every earlier high)",
    "FACT": "date, level-date or policy fact: must match the files",
    "COUNT": "count or ordinal: must match the files exactly",
    "REL": "comparison or ordering claim: must hold in the files",
    "MID": "mid-session figure: unverifiable unless outside the session's low-high range",
    "U_SER": "unverifiable: series or fact not in the files",
    "U_TR": "unverifiable: total-return figure; the files hold only the price index",
    "U_HIST": "unverifiable: needs history before the file starts",
    "U_WIN": "unverifiable: window or session not identifiable",
    "U_YLD": "unverifiable: intraday yield; the files hold end-of-day yields",
    "F": "forecast: a projection, never judged against what happened",
    "N": "not_checkable: conditional or hypothetical statement, opinion or generic statement",
}


def C(ticker, metric, value, unit, anchor, expr, verdict, rule, note, ref_date=None, qualifier=None,
      window=None, comparison=None, basis="close", detail="", dec=2):
    r = R.get(rule, rule)
    if verdict in ("imprecise", "contradicted") and rule in ("INT", "D1", "D2", "NEARLY", "ABOUT"):
        r += IMP
    return {"index_or_ticker": ticker, "metric": metric, "value": value, "unit": unit, "qualifier": qualifier,
            "ref_date": ref_date, "window": window, "comparison": comparison, "basis": basis,
            "anchor": anchor, "expr": expr, "dec": dec, "verdict": verdict, "rule": r, "note": note,
            "detail": detail}


PASSAGES = []

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "sunsentinel_19980831_small_caps_bear_market",
    "source": {"site": "sun-sentinel.com", "url": "https://www.sun-sentinel.com/1998/08/31/small-cap-stocks-are-hurting-most/",
               "original_outlet": "South Florida Sun-Sentinel"},
    "published": "1998-08-31", "published_confidence": "exact",
    "published_note": ("date in the URL (Monday paper). The figures describe the market as of the last close before "
                       "publication, Friday 1998-08-28; on Monday 1998-08-31 itself the Russell 2000 fell another 5.7%."),
    "text": ("As small stocks sink deeper into a bear market, even their supporters say a return to full health is several "
             "months away. \"I don't see a recovery before the end of the year,\" said Thomas Madden, chief investment officer "
             "at Federated Investors in Pittsburgh, who favors small-capitalization stocks as a long-term holding. The Russell "
             "2000, whose companies have an average market value of about $400 million, is down nearly 30 percent from its April "
             "record. In its past three bear markets, the Russell 2000 dropped 34 percent from October 1989 to October 1990, "
             "39 percent in August-October 1987, and 26 percent from June 1983 to July 1984. Small stocks, which have lagged "
             "large stocks since 1993, are now at the front of the overall market's decline: the Russell 2000 has fallen more "
             "than three times as much as the S&P 500, in percentage terms, since April. Uncertainty has pushed investors toward "
             "the most liquid stocks, the large caps, said portfolio manager Jim Oberweis Jr., and the popularity of index funds "
             "that track the S&P 500 has drawn money away from small caps. Even while trailing the big stocks, small company "
             "shares still beat historical averages in recent years: the Russell rose 26 percent in 1995, 15 percent in 1996, and "
             "21 percent in 1997. In the 1980s and early 1990s, small stocks typically outperformed the S&P 500, beating the "
             "larger-company index about two-thirds of the time."),
    "claims": [
        C("GENERIC", "average_market_cap", 400, "usd_millions", "about $400 million", None, "unverifiable", "U_SER",
          "Constituent market values are not in the files.", ref_date="1998-08-28", qualifier="about"),
        C("RUT", "pct_from_ath", 30, "percent", "nearly 30 percent", "below_max_pct('RUT','1998-08-28')", "contradicted", "NEARLY",
          ("Record close 491.41 on 1998-04-21 (the April record); Friday 1998-08-28 close 358.54 is 27.04% below it. 'Nearly 30' "
           "allows 29-30.5; the error of 2.96 pp exceeds max(2 pp, 10% of 27.04 = 2.70). Other readings: Thursday 08-27 close "
           "366.10 is 25.50% below; Monday 08-31 (publication day) close 337.95 is 31.23% below, which would be imprecise."),
          ref_date="1998-08-28", qualifier="nearly",
          detail="RUT 1998-04-21 close 491.41 (record), 1998-08-28 close 358.54"),
        C("RUT", "drawdown", 34, "percent", "34 percent", "(1 - closes('RUT')['1990-10'].min() / closes('RUT')['1989-10'].max()) * 100",
          "supported", "INT", "October 1989 high close 180.78 (1989-10-09) to October 1990 low close 118.82 (1990-10-30): -34.27%.",
          ref_date="1990-10-30", window="1989-10..1990-10", detail="RUT 1989-10-09 close 180.78, 1990-10-30 close 118.82"),
        C("RUT", "drawdown", 39, "percent", "39 percent", None, "unverifiable", "U_HIST",
          ("RUT.csv starts 1987-09-10, so the August 1987 peak is missing. From the highest close in the file (172.54 on "
           "1987-10-05) to the October low (106.08 on 1987-10-28) the fall is 38.5%, a lower bound only."),
          ref_date="1987-10-28", window="1987-08..1987-10",
          detail="partial: RUT 1987-10-05 close 172.54, 1987-10-28 close 106.08 (-38.52%)"),
        C("RUT", "drawdown", 26, "percent", "26 percent from June 1983 to July 1984", None, "unverifiable", "U_HIST",
          "1983-84 is before RUT.csv starts (1987-09-10).", ref_date="1984-07-31", window="1983-06..1984-07"),
        C("RUT", "relative_performance_vs_SPX", "lagged since 1993", "flag", "since 1993",
          "all(year_pct('GSPC', y) > year_pct('RUT', y) for y in range(1994, 1998))", "supported", "REL",
          ("Calendar-year price returns, S&P 500 vs Russell 2000: 1994 -1.54 vs -3.18, 1995 34.11 vs 26.21, 1996 20.26 vs 14.76, "
           "1997 31.01 vs 20.52; 1998 to date also behind. In 1993 the Russell led (17.0 vs 7.1)."),
          ref_date="1998-08-28", window="1994..1998", comparison="SPX"),
        C("RUT", "relative_decline_ratio_vs_SPX", 3, "ratio", "more than three times as much",
          "pct('RUT','1998-04-21','1998-08-28') / pct('GSPC','1998-04-21','1998-08-28')", "supported", "MORE",
          ("From the Russell's April record (1998-04-21) to 1998-08-28: RUT -27.04%, S&P 500 -8.83%, ratio 3.06. Other "
           "readings: from the end of March, -25.41% vs -6.77% (3.75); against the S&P's own April peak (1998-04-22, 1130.54, "
           "-9.15%) the ratio is 2.96, just under three."),
          ref_date="1998-08-28", qualifier="more than", window="since April", comparison="SPX"),
        C("RUT", "annual_return", 26, "percent", "rose 26 percent in 1995", "year_pct('RUT', 1995)", "supported", "INT",
          "1995 price return 26.21%.", ref_date="1995-12-29", window="1995"),
        C("RUT", "annual_return", 15, "percent", "15 percent in 1996", "year_pct('RUT', 1996)", "supported", "INT",
          "1996 price return 14.76%, which rounds to 15.", ref_date="1996-12-31", window="1996"),
        C("RUT", "annual_return", 21, "percent", "21 percent in 1997", "year_pct('RUT', 1997)", "supported", "INT",
          "1997 price return 20.52%, which rounds to 21.", ref_date="1997-12-31", window="1997"),
        C("RUT", "share_of_years_beating_SPX", "about two-thirds", "fraction", "about two-thirds of the time", None,
          "unverifiable", "U_HIST", "Needs Russell 2000 history for the early 1980s; RUT.csv starts 1987-09-10.",
          window="1980s..early 1990s", comparison="SPX", qualifier="about"),
    ],
})

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "tacomadailyindex_200001_small_caps_win_1999",
    "source": {"site": "tacomadailyindex.com", "url": "https://tacomadailyindex.com/?p=5913",
               "original_outlet": "Tacoma Daily Index (Frank Russell Company release)"},
    "published": "2000-01", "published_confidence": "medium",
    "published_note": ("inferred: the page carries no date; the text reports final 1999 returns 'lost in the year-end new "
                       "millennium celebrations', so early January 2000. The claims are about calendar 1999 and the "
                       "1999-12-31 close."),
    "text": ("Lost amid the year-end new millennium celebrations, small-cap stocks in the Frank Russell Company's Russell 2000 "
             "Index quietly beat large-cap stocks in annual performance for 1999. For the first time in six years, the small-cap "
             "Russell 2000 Index outperformed the two major large-cap indexes, the Standard & Poor's 500 and the Russell 1000 "
             "Index. The small-cap index returned 21.3 percent for the year, while the Russell 1000 rose 20.9 percent and the "
             "S&P 500 increased 21.0 percent. While everyone seemed focused on technology's amazing run in 1999, small caps began "
             "to crank in the fourth quarter and particularly in the last few weeks of December, said David Hintz, a senior "
             "research analyst at the Tacoma-based firm; investor enthusiasm for technology stocks moved down into the small-cap "
             "arena. During the fourth quarter, the technology sector's weighting within the Russell 2000 surpassed that of every "
             "other sector for the first time in the 21-year history of the index, company officials said. Technology stocks now "
             "make up 23.6 percent of the index, ahead of financial services at 17.5 percent. The rally in technology-related "
             "growth stocks carried all segments of the U.S. equity market to new highs for 1999: the broad-market Russell 3000 "
             "Index, the large-cap Russell 1000 and the small-cap Russell 2000 each set all-time records on the final day of "
             "trading for the year."),
    "claims": [
        C("RUT", "years_since_last_outperformance_vs_SPX", 6, "years", "For the first time in six years",
          "[y for y in range(1993, 2000) if year_pct('RUT', y) > year_pct('GSPC', y)]", "supported", "COUNT",
          ("Price returns: the Russell 2000 beat the S&P 500 in 1993 (17.00 vs 7.06) and in 1999 (19.62 vs 19.53) and trailed it "
           "in 1994-1998, so 1999 was the first time in six years. The Russell 1000 part is not in the files."),
          ref_date="1999-12-31", window="1993..1999", comparison="SPX"),
        C("RUT", "annual_total_return", 21.3, "percent", "21.3 percent", None, "unverifiable", "U_TR",
          "1999 total return; the file's price return for 1999 is 19.62%.", ref_date="1999-12-31", window="1999",
          basis="total return", detail="price return year_pct('RUT', 1999) = 19.62"),
        C("RUSSELL1000", "annual_total_return", 20.9, "percent", "20.9 percent", None, "unverifiable", "U_SER",
          "Russell 1000 is not in the files.", ref_date="1999-12-31", window="1999", basis="total return"),
        C("SPX", "annual_total_return", 21.0, "percent", "21.0 percent", None, "unverifiable", "U_TR",
          "This is the S&P 500's 1999 total return; GSPC.csv is the price index (1999 price return 19.53%).",
          ref_date="1999-12-31", window="1999", basis="total return", detail="price return year_pct('GSPC', 1999) = 19.53"),
        C("RUT", "relative_performance_vs_SPX", "outperformed in Q4 1999", "flag", "crank in the fourth quarter",
          "pct('RUT','1999-09-30','1999-12-31') - pct('GSPC','1999-09-30','1999-12-31')", "supported", "REL",
          "Q4 1999: Russell 2000 +18.13% vs S&P 500 +14.54%, a lead of 3.58 pp.", ref_date="1999-12-31", window="1999Q4",
          comparison="SPX"),
        C("RUT", "index_history_years", 21, "years", "21-year history", None, "unverifiable", "U_HIST",
          "Sector weights and the index's pre-1987 history are not in the files (the index is calculated back to 1979).",
          ref_date="1999-12-31"),
        C("RUT", "sector_weight_technology", 23.6, "percent", "23.6 percent", None, "unverifiable", "U_SER",
          "Sector weights are not in the files.", ref_date="1999-12-31"),
        C("RUT", "sector_weight_financials", 17.5, "percent", "17.5 percent", None, "unverifiable", "U_SER",
          "Sector weights are not in the files.", ref_date="1999-12-31"),
        C("RUT", "record_close", True, "flag", "each set all-time records", "is_record('RUT', '1999-12-31')", "supported",
          "RECORD", "1999-12-31 close 504.75 is above every earlier close (previous record 497.01 on 1999-12-29).",
          ref_date="1999-12-31"),
        C("RUSSELL1000", "record_close", True, "flag", "the large-cap Russell 1000", None, "unverifiable", "U_SER",
          "Russell 3000 and Russell 1000 are not in the files.", ref_date="1999-12-31"),
    ],
})

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "cnnfn_20000201_russell_best_index_2000",
    "source": {"site": "cnnfn.cnn.com", "url": "http://cnnfn.cnn.com/2000/02/01/investing/q_russell/",
               "original_outlet": "CNNfn"},
    "published": "2000-02-01", "published_confidence": "exact",
    "published_note": ("dated February 1, 2000, 8:11 a.m. ET on the page. The figures stop at Jan. 24 (year to date) and the "
                       "week ended Friday 2000-01-21, not at the last close before publication (2000-01-31)."),
    "text": ("NEW YORK (CNNfn) - Amid all the noise about the Nasdaq ripping through performance records last year, you may have "
             "missed a trend that had not happened for years: small-cap stocks, as measured by the Russell 2000 index, "
             "outperformed their larger brethren in the S&P 500 last year. A year-end burst that started in October did it, and "
             "the pattern has spilled over into the new year. Up 3.7 percent year to date, including dividends, the Russell 2000 "
             "is, fittingly, the best-performing major index of 2000, at least through Jan. 24. Choppy markets have made it look "
             "especially good. In the week ended Jan. 21 it beat the S&P 500 by 6.8 percentage points, its largest margin of "
             "outperformance since the Russell's inception in 1979. The Russell 2000 even beat the high-flying Nasdaq composite "
             "for the week, and its gains were steady, at least a percentage point a day. Other small-cap gauges such as the S&P "
             "600 Small Cap also did well. The run is a welcome break after an extremely difficult second half of the '90s for "
             "small-cap stocks, when the market yawned at small companies and fawned over techs and large-cap growth names. "
             "Doctrine holds that over time small and large caps post similar returns; the idea of a small-cap revival catches "
             "on now and then, and it gathered some momentum last summer. Now the numbers are backing the theory up. \"I "
             "absolutely think it will continue,\" said Howard Penney, an analyst who breaks down the Russell 2000's weekly "
             "performance."),
    "claims": [
        C("RUT", "annual_return_vs_SPX", "outperformed in 1999", "flag", "outperformed their larger brethren",
          "year_pct('RUT', 1999) - year_pct('GSPC', 1999)", "supported", "REL",
          "1999 price returns: Russell 2000 19.62% vs S&P 500 19.53% (a 0.09 pp lead).", ref_date="1999-12-31",
          window="1999", comparison="SPX"),
        C("RUT", "relative_performance_vs_SPX", "burst started in October", "flag", "started in October",
          "pct('RUT','1999-09-30','1999-12-31') - pct('GSPC','1999-09-30','1999-12-31')", "supported", "REL",
          "Q4 1999 (from the September close): Russell 2000 +18.13% vs S&P 500 +14.54%.", ref_date="1999-12-31",
          window="1999Q4", comparison="SPX"),
        C("RUT", "ytd_total_return", 3.7, "percent", "Up 3.7 percent", None, "unverifiable", "U_TR",
          "A total-return figure ('including dividends'); the price change year to date through 2000-01-24 is 3.61%.",
          ref_date="2000-01-24", window="YTD", basis="total return", detail="price: ytd_pct('RUT','2000-01-24') = 3.61"),
        C("RUT", "ytd_rank_among_major_indexes", 1, "rank", "best-performing major index",
          "max(['RUT','GSPC','DJI','IXIC','NDX'], key=lambda t: ytd_pct(t, '2000-01-24'))", "supported", "REL",
          ("Price change year to date through 2000-01-24: RUT +3.61%, Nasdaq +0.66%, Nasdaq-100 -1.26%, Dow -4.25%, S&P 500 -4.61%."),
          ref_date="2000-01-24", window="YTD"),
        C("RUT", "weekly_return_minus_SPX", 6.8, "percentage_points", "6.8 percentage points",
          "wk_pct('RUT','2000-01-21') - wk_pct('GSPC','2000-01-21')", "supported", "D1",
          "Week ended 2000-01-21: RUT +5.20%, S&P 500 -1.62%, difference 6.82 pp.", ref_date="2000-01-21", window="1w",
          comparison="SPX"),
        C("RUT", "weekly_outperformance_rank_since_inception", 1, "rank", "since the Russell's inception in 1979",
          "int((lambda w: (w[w.index <= D('2000-01-21')] >= w.loc[D('2000-01-21')]).sum())(closes('RUT').resample('W-FRI').last().pct_change() * 100 - closes('GSPC').resample('W-FRI').last().pct_change() * 100))",
          "unverifiable", "U_HIST",
          ("It is the largest weekly margin over the S&P 500 in RUT.csv up to that week (rank 1 since 1987-09), but the "
           "claim reaches back to 1979 and the file starts 1987-09-10."),
          ref_date="2000-01-21", window="1979..2000-01-21", comparison="SPX", dec=0),
        C("RUT", "weekly_return_vs_IXIC", "beat Nasdaq", "flag", "beat the high-flying Nasdaq composite",
          "wk_pct('RUT','2000-01-21') > wk_pct('IXIC','2000-01-21')", "supported", "REL",
          "Week ended 2000-01-21: RUT +5.20% vs Nasdaq +4.21%.", ref_date="2000-01-21", window="1w", comparison="IXIC"),
        C("RUT", "min_daily_gain_in_week", 1, "percent", "at least a percentage point a day",
          "min(pchg('RUT', d) for d in ['2000-01-18','2000-01-19','2000-01-20','2000-01-21'])", "supported", "ATLEAST",
          ("Daily changes Tue-Fri (Monday 2000-01-17 was a holiday): +1.16, +1.28, +1.40, +1.26%; 'at least' needs true >= 1."),
          ref_date="2000-01-21", window="1w", qualifier="at least"),
        C("RUT", "relative_performance_vs_SPX", "lagged in second half of the 1990s", "flag", "second half of the '90s",
          "[y for y in range(1995, 2000) if year_pct('GSPC', y) > year_pct('RUT', y)]", "supported", "REL",
          "The S&P 500 beat the Russell 2000 in 1995, 1996, 1997 and 1998 (price returns); 1999 was nearly even.",
          window="1995..1999", comparison="SPX"),
    ],
})

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "latimes_20000201_dow_rallies_around_fed_hikes",
    "source": {"site": "latimes.com", "url": "https://www.latimes.com/archives/la-xpm-2000-feb-02-fi-60243-story.html",
               "original_outlet": "Los Angeles Times"},
    "published": "2000-02-02", "published_confidence": "exact",
    "published_note": ("date in the URL (Wednesday paper, the FOMC decision day). 'Tuesday' is the session of 2000-02-01; "
                       "the back-story covers the 1999 rate increases of June 30, Aug. 24 and Nov. 16."),
    "text": ("Federal Reserve policymakers wrap up their two-day meeting today, and Wall Street is virtually certain the central "
             "bank will raise its key short-term interest rate for the fourth time since June. So how will stocks react if an "
             "increase is already \"in the market\"? The Dow Jones industrial average rallied Tuesday, gaining 100.52 points to "
             "11,041.05, and that fits the market's behavior the last three times the Fed raised rates. Measuring the Dow's net "
             "change on the day of each of those hikes together with the day before and the day after, the blue-chip index "
             "gained ground each time. On June 30, for example, the central bank lifted the federal funds rate, the key "
             "short-term rate among banks, from 4.75% to 5%. The Dow rallied 160 points on June 29, 155 points the day of the "
             "increase and 96 points the day after, to 11,066, for a net gain of 411 points. The three-day net Dow gain around "
             "the Aug. 24 Fed increase was 226 points, and around the Nov. 16 increase it was 115 points. But each of those "
             "quarter-point increases had been well telegraphed by the Fed; this time it is a tossup whether the central bank will "
             "move by a quarter-point or by a half-point. It is also worth noting that the gains have not stuck: as the Fed has "
             "kept tightening credit, the blue-chip index today is 25 points below its close of 11,066 on July 1, the day after "
             "the central bank's first rate increase."),
    "claims": [
        C("FEDFUNDS", "rate_hike_count_forecast", 4, "count", "for the fourth time since June", None, "forecast", "F",
          ("A projection of the Feb. 2 decision. (It happened: DFEDTAR rose to 5.75 on 2000-02-02, the fourth increase "
           "since June 1999.)"), ref_date="2000-02-02", window="since 1999-06"),
        C("DJI", "daily_point_change", 100.52, "index_points", "100.52 points", "chg('DJI','2000-02-01')", "supported", "D2",
          "Tuesday 2000-02-01: 11041.05 vs 10940.53.", ref_date="2000-02-01"),
        C("DJI", "close_level", 11041.05, "index_points", "11,041.05", "val('DJI','2000-02-01')", "supported", "D2",
          "Close 11041.05 on 2000-02-01.", ref_date="2000-02-01"),
        C("FEDFUNDS", "rate_hike_count", 3, "count", "the last three times the Fed raised rates",
          "len(target_changes('1999-06-01', '2000-02-01'))", "supported", "COUNT",
          "DFEDTAR rose on 1999-06-30, 1999-08-24 and 1999-11-16 before the Feb. 2000 meeting.", ref_date="2000-02-01",
          window="1999-06..2000-02-01"),
        C("DJI", "three_day_net_change_all_positive", True, "flag", "gained ground each time",
          "all(sum(chg('DJI', x) for x in w) > 0 for w in [('1999-06-29','1999-06-30','1999-07-01'), ('1999-08-23','1999-08-24','1999-08-25'), ('1999-11-15','1999-11-16','1999-11-17')])",
          "supported", "REL", "Three-day net changes: +411.27, +225.43 and +113.77 points.", window="day before..day after"),
        C("FEDFUNDS", "target_rate_change", [4.75, 5.0], "percent", "from 4.75% to 5%",
          "[fed_target('1999-06-29'), fed_target('1999-06-30')]", "supported", "FACT",
          "DFEDTAR 4.75 on 1999-06-29 and 5.00 from 1999-06-30.", ref_date="1999-06-30"),
        C("DJI", "daily_point_change", 160, "index_points", "160 points on June 29", "chg('DJI','1999-06-29')", "supported", "INT",
          "1999-06-29: +160.20.", ref_date="1999-06-29"),
        C("DJI", "daily_point_change", 155, "index_points", "155 points the day of the increase", "chg('DJI','1999-06-30')",
          "supported", "INT", "1999-06-30: +155.45.", ref_date="1999-06-30"),
        C("DJI", "daily_point_change", 96, "index_points", "96 points the day after", "chg('DJI','1999-07-01')", "supported",
          "INT", "1999-07-01: +95.62, which rounds to 96.", ref_date="1999-07-01"),
        C("DJI", "close_level", 11066, "index_points", "to 11,066", "val('DJI','1999-07-01')", "supported", "INT",
          "1999-07-01 close 11066.42.", ref_date="1999-07-01"),
        C("DJI", "three_day_point_change", 411, "index_points", "net gain of 411 points",
          "sum(chg('DJI', x) for x in ['1999-06-29','1999-06-30','1999-07-01'])", "supported", "INT",
          "160.20 + 155.45 + 95.62 = 411.27.", ref_date="1999-07-01", window="3d"),
        C("DJI", "three_day_point_change", 226, "index_points", "226 points",
          "sum(chg('DJI', x) for x in ['1999-08-23','1999-08-24','1999-08-25'])", "imprecise", "INT",
          ("1999-08-23 +199.15, 08-24 -16.46, 08-25 +42.74: net +225.43, which rounds to 225 (the text's 226 is what the "
           "rounded daily figures 199 - 16 + 43 give). Off by 0.57 points."),
          ref_date="1999-08-25", window="3d", detail="DJI closes 1999-08-20 11100.61, 1999-08-25 11326.04"),
        C("DJI", "three_day_point_change", 115, "index_points", "115 points",
          "sum(chg('DJI', x) for x in ['1999-11-15','1999-11-16','1999-11-17'])", "imprecise", "INT",
          "1999-11-15 -8.57, 11-16 +171.58, 11-17 -49.24: net +113.77 points, 1.23 below the text (1.1%).",
          ref_date="1999-11-17", window="3d", detail="DJI closes 1999-11-12 10769.32, 1999-11-17 10883.09"),
        C("FEDFUNDS", "hike_size_bp_each", 25, "basis_points", "quarter-point increases",
          "[bp for _, _, bp in target_changes('1999-06-01', '2000-02-01')]", "supported", "FACT",
          "Each of the three 1999 increases was +25 bp (5.00, 5.25, 5.50).", window="1999-06..2000-02-01", dec=0),
        C("FEDFUNDS", "hike_size_bp_forecast", "25 or 50", "basis_points", "by a quarter-point or by a half-point", None,
          "not_checkable", "N", "Speculation about the pending decision (the Fed moved 25 bp on 2000-02-02).",
          ref_date="2000-02-02"),
        C("DJI", "points_below_prior_close", 25, "index_points", "25 points below its close of 11,066",
          "val('DJI','1999-07-01') - val('DJI','2000-02-01')", "supported", "INT",
          "11066.42 (1999-07-01) - 11041.05 (2000-02-01) = 25.37.", ref_date="2000-02-01"),
        C("FEDFUNDS", "first_hike_of_cycle", "1999-06-30", "date", "first rate increase",
          "[d for d, _, bp in target_changes('1998-06-01', '1999-12-31') if bp > 0][0]", "supported", "FACT",
          ("The changes before it were cuts (1998-09-29, 10-15, 11-17); the first increase of the cycle was 1999-06-30, the day "
           "before July 1."), ref_date="1999-06-30"),
    ],
})

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "starbulletin_20000321_fed_fifth_hike_dow_227",
    "source": {"site": "archives.starbulletin.com", "url": "http://archives.starbulletin.com/2000/03/21/business/market.html",
               "original_outlet": "Associated Press (Honolulu Star-Bulletin closing market report)"},
    "published": "2000-03-21", "published_confidence": "exact",
    "published_note": "dated Tuesday, March 21, 2000 on the page and in the URL; the session is 2000-03-21 (FOMC decision day).",
    "text": ("Fed hikes rates 1/4 point; Dow soars 227. The Nasdaq recovers from a 143-point hole to finish up 102 points. "
             "WASHINGTON -- The Federal Reserve raised a key interest rate by a quarter-point today, the fifth increase since June, "
             "in an effort to slow the speeding economy and keep inflation from picking up. The announcement followed a "
             "closed-door meeting of the Federal Open Market Committee, the officials who set interest rate policy. Stock prices "
             "bounded higher amid growing confidence that the Fed is just about done raising rates. The Fed said it was raising "
             "its target for the federal funds rate, the interest banks charge each other on overnight loans, to 6 percent, its "
             "highest level in almost five years, from 5.75 percent. It also raised its mostly symbolic discount rate by a "
             "quarter-point to 5.50 percent from 5.25 percent. The increase lifts borrowing costs for American consumers and "
             "businesses. Right after the announcement Bank of America Corp., the biggest U.S. bank, raised its prime lending "
             "rate by 25 basis points to 9 percent, and most other banks were expected to follow. On Wall Street, the Dow Jones "
             "industrial average rose 227.10 points, or 2.13%, to close at 10,907.34. The technology stocks that dominate the "
             "Nasdaq composite index benefited most from the Fed's early-afternoon announcement."),
    "claims": [
        C("DJI", "daily_point_change", 227, "index_points", "Dow soars 227", "chg('DJI','2000-03-21')", "supported", "INT",
          "Headline figure; +227.10 on 2000-03-21.", ref_date="2000-03-21"),
        C("FEDFUNDS", "target_change_bp", 25, "basis_points", "Fed hikes rates 1/4 point",
          "(fed_target('2000-03-21') - fed_target('2000-03-20')) * 100", "supported", "FACT",
          "Headline figure; DFEDTAR 5.75 on 2000-03-20, 6.00 on 2000-03-21.", ref_date="2000-03-21", dec=0),
        C("IXIC", "intraday_point_change_min", -143, "index_points", "143-point hole", "lo_chg('IXIC','2000-03-21')",
          "imprecise", "INT",
          ("Session low 4467.53 vs the previous close 4610.00: -142.47, which rounds to 142; off by 0.53 points (0.4%). "
           "Lows in the file are Yahoo's."),
          ref_date="2000-03-21", basis="intraday low", detail="IXIC 2000-03-20 close 4610.00; 2000-03-21 low 4467.53"),
        C("IXIC", "daily_point_change", 102, "index_points", "finish up 102 points", "chg('IXIC','2000-03-21')", "supported",
          "INT", "Close 4711.68 vs 4610.00: +101.68, which rounds to 102.", ref_date="2000-03-21"),
        C("FEDFUNDS", "target_change_bp", 25, "basis_points", "by a quarter-point today",
          "(fed_target('2000-03-21') - fed_target('2000-03-20')) * 100", "supported", "FACT",
          "DFEDTAR 5.75 on 2000-03-20, 6.00 on 2000-03-21.", ref_date="2000-03-21", dec=0),
        C("FEDFUNDS", "hike_count_since", 5, "count", "the fifth increase since June",
          "len(target_changes('1999-06-01', '2000-03-21'))", "supported", "COUNT",
          "Increases on 1999-06-30, 08-24, 11-16, 2000-02-02 and 2000-03-21.", ref_date="2000-03-21", window="1999-06..2000-03-21"),
        C("FEDFUNDS", "target_rate", [5.75, 6.0], "percent", "to 6 percent",
          "[fed_target('2000-03-20'), fed_target('2000-03-21')]", "supported", "FACT",
          "From 5.75% to 6%.", ref_date="2000-03-21"),
        C("FEDFUNDS", "highest_since", "almost five years", "duration", "highest level in almost five years",
          "rate_last_level('DFEDTAR', '2000-03-21', 6.0)", "supported", "SINCE",
          ("The target was last at 6.00% or higher on 1995-07-05 (cut to 5.75% on 1995-07-06), 4.7 years before."),
          ref_date="2000-03-21"),
        C("DISCOUNT_RATE", "rate_change", [5.25, 5.5], "percent", "5.50 percent from 5.25 percent", None, "unverifiable",
          "U_SER", "The discount rate is not in the files.", ref_date="2000-03-21"),
        C("PRIME_RATE", "rate_change", 9, "percent", "25 basis points to 9 percent", None, "unverifiable", "U_SER",
          "Bank prime rates are not in the files.", ref_date="2000-03-21"),
        C("DJI", "daily_point_change", 227.10, "index_points", "227.10 points", "chg('DJI','2000-03-21')", "supported", "D2",
          "10907.34 vs 10680.24.", ref_date="2000-03-21"),
        C("DJI", "daily_pct_change", 2.13, "percent", "2.13%", "pchg('DJI','2000-03-21')", "supported", "D2",
          "+2.126%.", ref_date="2000-03-21"),
        C("DJI", "close_level", 10907.34, "index_points", "10,907.34", "val('DJI','2000-03-21')", "supported", "D2",
          "Close 10907.34.", ref_date="2000-03-21"),
    ],
})

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "theledger_20070612_bond_yields_send_stocks_tumbling",
    "source": {"site": "theledger.com",
               "url": "https://www.theledger.com/story/news/2007/06/13/higher-bond-yields-send-stocks-tumbling/25839183007/",
               "original_outlet": "Associated Press"},
    "published": "2007-06-13", "published_confidence": "exact",
    "published_note": "date in the URL (Wednesday paper); 'Tuesday' is the session of 2007-06-12.",
    "text": ("NEW YORK -- Wall Street plunged Tuesday as investors, driving the Dow Jones industrial average down nearly 130 "
             "points, grappled with a seemingly relentless rise in bond yields. It was a fitful session in which stocks "
             "tumbled, clawed their way back and then fell again when the yield on the 10-year Treasury note soared to a "
             "five-year high of 5.295 percent. Climbing yields worsened jitters that mortgage rates will rise, which could hurt "
             "an already sluggish housing market, and that the Federal Reserve will raise interest rates, which would slow "
             "corporate dealmaking. Surging takeover activity had helped lift stocks to record levels until a week ago, when the "
             "benchmark 10-year Treasury note's yield passed 5 percent, unnerving stock investors and triggering a selloff. "
             "Tuesday's rise in yields was stoked by a tepid reception for the government's auction of $8 billion in new 10-year "
             "notes, and made worse by puzzling remarks from former Fed Chairman Alan Greenspan, who said he is not worried about "
             "foreign governments selling their U.S. Treasury holdings but added that yields will likely rise in the future. "
             "The Dow Jones industrial average fell 129.95, or 0.97 percent, to 13,295.01. The blue chip index is 381 points, "
             "or 2.8 percent, below its record close of 13,676.32, reached June 4. The broader stock indexes also declined: the "
             "Standard & Poor's 500 index fell 16.12, or 1.07 percent, to 1,493.00."),
    "claims": [
        C("DJI", "daily_point_change", -130, "index_points", "nearly 130", "chg('DJI','2007-06-12')", "supported", "NEARLY",
          "-129.95; 'nearly 130' allows 129-130.5 points.", ref_date="2007-06-12", qualifier="nearly"),
        C("US10Y", "yield_level", 5.295, "percent", "5.295 percent", None, "unverifiable", "U_YLD",
          ("An intraday peak; DGS10 has only the end-of-day 5.26% for 2007-06-12."), ref_date="2007-06-12",
          basis="intraday high", detail="DGS10 2007-06-12 = 5.26"),
        C("US10Y", "highest_since", "five-year high", "duration", "five-year high",
          "rate_last_level('DGS10', '2007-06-12', rate('DGS10', '2007-06-12'))", "supported", "SINCE",
          ("End-of-day 5.26% on 2007-06-12 is the highest since 2002-05-17 (5.27%), about five years earlier."),
          ref_date="2007-06-12", basis="end of day"),
        C("US10Y", "first_close_above_level", "a week ago", "date", "passed 5 percent",
          "series('DGS10')['2007-06-01':'2007-06-12'].gt(5.0).idxmax().date().isoformat()", "supported", "FACT",
          ("The end-of-day yield was 4.98% on 2007-06-05, 4.97% on 06-06 and 5.11% on 2007-06-07, its first close above 5% in "
           "this run, three sessions before the article's Tuesday (the text's 'a week ago' is loose). The Dow's record close "
           "was 2007-06-04."),
          ref_date="2007-06-07", basis="end of day"),
        C("GENERIC", "auction_size", 8, "usd_billions", "$8 billion", None, "unverifiable", "U_SER",
          "Treasury auction sizes are not in the files.", ref_date="2007-06-12"),
        C("DJI", "daily_point_change", -129.95, "index_points", "129.95", "chg('DJI','2007-06-12')", "supported", "D2",
          "13295.01 vs 13424.96.", ref_date="2007-06-12"),
        C("DJI", "daily_pct_change", -0.97, "percent", "0.97 percent", "pchg('DJI','2007-06-12')", "supported", "D2",
          "-0.968%.", ref_date="2007-06-12"),
        C("DJI", "close_level", 13295.01, "index_points", "13,295.01", "val('DJI','2007-06-12')", "supported", "D2",
          "Close 13295.01.", ref_date="2007-06-12"),
        C("DJI", "points_from_record", 381, "index_points", "381 points", "prior_max('DJI','2007-06-12')[1] - val('DJI','2007-06-12')",
          "supported", "INT", "13676.32 - 13295.01 = 381.31.", ref_date="2007-06-12"),
        C("DJI", "pct_from_ath", 2.8, "percent", "2.8 percent", "below_max_pct('DJI','2007-06-12')", "supported", "D1",
          "2.79% below the record close.", ref_date="2007-06-12"),
        C("DJI", "record_close_level", 13676.32, "index_points", "13,676.32", "prior_max('DJI','2007-06-12')[1]", "supported",
          "D2", "Highest close before 2007-06-12.", ref_date="2007-06-12"),
        C("DJI", "record_close_date", "2007-06-04", "date", "reached June 4", "prior_max('DJI','2007-06-12')[0]", "supported",
          "FACT", "The record close was set on 2007-06-04.", ref_date="2007-06-12"),
        C("SPX", "daily_point_change", -16.12, "index_points", "16.12", "chg('GSPC','2007-06-12')", "supported", "D2",
          "1493.00 vs 1509.12.", ref_date="2007-06-12"),
        C("SPX", "daily_pct_change", -1.07, "percent", "1.07 percent", "pchg('GSPC','2007-06-12')", "supported", "D2",
          "-1.068%.", ref_date="2007-06-12"),
        C("SPX", "close_level", 1493.00, "index_points", "1,493.00", "val('GSPC','2007-06-12')", "supported", "D2",
          "Close 1493.00.", ref_date="2007-06-12"),
    ],
})

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "timesleader_20090527_treasury_slump_dow_175",
    "source": {"site": "archives.timesleader.com",
               "url": "http://archives.timesleader.com/2009_54/2009_05_28_Slumping_Treasury_bond_prices_send_stocks_downward_-business.html",
               "original_outlet": "Associated Press (The Times Leader, Wilkes-Barre)"},
    "published": "2009-05-28", "published_confidence": "exact",
    "published_note": "date in the URL (Thursday paper); 'Wednesday' is the session of 2009-05-27 and 'late Tuesday' 2009-05-26.",
    "text": ("NEW YORK — The Dow Jones industrial average fell nearly 175 points Wednesday, erasing most of a rally from the day "
             "before, as a jump in government bond yields fanned worries that higher interest rates will sap strength from the "
             "economy before it has a chance to recover. A steep drop in the price of the benchmark 10-year Treasury note pushed "
             "its yield up to 3.72 percent, from 3.55 percent late Tuesday and the highest level since last November. That "
             "touched off fears that the government will not be able to hold rates down long enough for the economy to heal. "
             "Besides raising the government's own borrowing costs, rising yields on Treasury debt could hamper a recovery, "
             "because they serve as benchmarks for home mortgages and other kinds of loans; higher mortgage rates could delay a "
             "turnaround in the battered housing market. The drop in bond prices followed a well-received auction of $35 billion "
             "in five-year notes, part of the $101 billion in debt the government is issuing this week. Some traders worry that "
             "demand could weaken as the government sells massive amounts of debt to pay for its financial and economic rescue "
             "programs."),
    "claims": [
        C("DJI", "daily_point_change", -175, "index_points", "nearly 175 points", "chg('DJI','2009-05-27')", "imprecise",
          "NEARLY", ("-173.47 (8300.02 vs 8473.49); 'nearly 175' allows 174-175.5, so the figure is 1.53 points (0.9%) too "
                     "high."), ref_date="2009-05-27", qualifier="nearly",
          detail="DJI 2009-05-26 close 8473.49, 2009-05-27 close 8300.02"),
        C("DJI", "share_of_prior_day_gain_erased", "most", "fraction", "erasing most of a rally",
          "-chg('DJI','2009-05-27') / chg('DJI','2009-05-26')", "supported", "REL",
          "Tuesday +196.17, Wednesday -173.47: 88% of the rally erased.", ref_date="2009-05-27", window="2d"),
        C("US10Y", "yield_level", 3.72, "percent", "3.72 percent", "rate('DGS10','2009-05-27')", "supported", "D2",
          "DGS10 3.71 on 2009-05-27; within 0.025.", ref_date="2009-05-27", basis="end of day"),
        C("US10Y", "yield_level_prior", 3.55, "percent", "3.55 percent late Tuesday", "rate('DGS10','2009-05-26')", "imprecise",
          "D2", ("DGS10 end of day 2009-05-26 is 3.50%; the text's 'late Tuesday' quote is 5 bp higher (1.4% of the value). "
                 "A late-session dealer quote can differ from the constant-maturity close."),
          ref_date="2009-05-26", basis="end of day", detail="DGS10 2009-05-26 = 3.50, 2009-05-27 = 3.71"),
        C("US10Y", "highest_since", "last November", "date", "highest level since last November",
          "rate_last_level('DGS10', '2009-05-27', rate('DGS10', '2009-05-27'))", "supported", "SINCE",
          "3.71% is the highest end-of-day yield since 2008-11-14 (3.72%).", ref_date="2009-05-27", basis="end of day"),
        C("GENERIC", "auction_size", 35, "usd_billions", "$35 billion", None, "unverifiable", "U_SER",
          "Treasury auction sizes are not in the files.", ref_date="2009-05-27"),
        C("GENERIC", "weekly_issuance", 101, "usd_billions", "$101 billion", None, "unverifiable", "U_SER",
          "Treasury issuance is not in the files.", ref_date="2009-05-27"),
    ],
})

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "latimesblogs_20100317_dow_17_month_high",
    "source": {"site": "latimesblogs.latimes.com", "url": "http://latimesblogs.latimes.com/money_co/2010/03/new-high-for-dow.html",
               "original_outlet": "Los Angeles Times (Money & Co. blog)"},
    "published": "2010-03-17", "published_confidence": "high",
    "published_note": ("inferred: the URL gives March 2010 and the post a Wednesday; its closing update (10,733.67, +47.69) and "
                       "the prior 2010 high of Jan. 19 match only Wednesday 2010-03-17. The first figures are from about "
                       "11:20 a.m. PDT, the update from the close."),
    "text": ("Rally on: Dow hits highest level since October 2008. Better late than never, if you're a bull: the Dow Jones "
             "industrial average, playing catch-up, is finally following the rest of the market to a new 17-month high. The "
             "30-stock Dow was up 78.75 points, or 0.7%, to 10,764.73 at about 11:20 a.m. PDT on Wednesday, surpassing its "
             "previous 2010 closing high of 10,725.43 reached on Jan. 19. If the rally holds, the Dow will close at its best "
             "level since Oct. 1, 2008, when it finished at 10,831. [UPDATE at 1:30 p.m.: The Dow finished at 10,733.67, up "
             "47.69 points, eking out a new 17-month high amid another broad advance on Wall Street.] Stocks slumped from Jan. "
             "20 to Feb. 8 on renewed worries about the U.S. economy and fears that Europe's sovereign-debt mess would trigger a "
             "new credit crisis. But since Feb. 9, markets here and abroad have been off to the races again, to the enormous "
             "frustration of the bears. Many broader U.S. indexes, including the Standard & Poor's 500, the Russell 2,000 and "
             "the Nasdaq composite, reached new 17-month highs in the last two weeks and have kept going. The Dow, however, has "
             "struggled. As a price-weighted index, its trend depends heavily on the moves of its highest-priced stocks, and those "
             "shares have been laggards this year. IBM, at $128.77 on Wednesday, is the Dow's highest-priced issue; it's down "
             "1.6% for the year, while the S&P 500 is up about 4.8%."),
    "claims": [
        C("DJI", "highest_since", "2008-10", "date", "highest level since October 2008", "last_ge('DJI','2010-03-17')",
          "supported", "SINCE", "Close 10733.67 on 2010-03-17; the last close at least as high was 2008-10-01 (10831.07).",
          ref_date="2010-03-17"),
        C("DJI", "n_month_high", 17, "months", "following the rest of the market to a new 17-month high",
          "last_ge('DJI','2010-03-17','high')", "supported", "SINCE",
          ("Written at midday: the session high 10767.98 was the highest intraday level since 2008-10-03 (17.5 months "
           "earlier), and the close, 10733.67, the highest close since 2008-10-01."),
          ref_date="2010-03-17", basis="midday", detail="DJI 2010-03-17 high 10767.98; 2008-10-01 close 10831.07"),
        C("DJI", "intraday_point_change", 78.75, "index_points", "78.75 points", "chg('DJI','2010-03-17')", "unverifiable",
          "MID", ("Mid-session (about 11:20 a.m. PDT): +78.75 means 10,764.73, inside the session's range 10686.36-10767.98, "
                  "so it cannot be judged. Close-basis change +47.69."),
          ref_date="2010-03-17", basis="midday", detail="session low 10686.36, high 10767.98, previous close 10685.98"),
        C("DJI", "intraday_pct_change", 0.7, "percent", "0.7%", "pchg('DJI','2010-03-17')", "unverifiable", "MID",
          "Mid-session figure inside the session's range (high = +0.77%); close-basis change +0.45%.", ref_date="2010-03-17",
          basis="midday"),
        C("DJI", "intraday_level", 10764.73, "index_points", "10,764.73", "val('DJI','2010-03-17')", "unverifiable", "MID",
          "Mid-session level inside the session range 10686.36-10767.98; close 10733.67.", ref_date="2010-03-17",
          basis="midday"),
        C("DJI", "prior_ytd_closing_high", 10725.43, "index_points", "10,725.43",
          "closes('DJI')['2010-01-01':'2010-03-16'].max()", "supported", "D2", "Highest 2010 close before 03-17.",
          ref_date="2010-03-16"),
        C("DJI", "prior_ytd_closing_high_date", "2010-01-19", "date", "Jan. 19",
          "closes('DJI')['2010-01-01':'2010-03-16'].idxmax().date().isoformat()", "supported", "FACT",
          "The 2010 closing high before March 17 was set on 2010-01-19.", ref_date="2010-03-16"),
        C("DJI", "highest_since_conditional", "2008-10-01", "date", "If the rally holds", None, "not_checkable", "N",
          ("Conditional on the rally holding. (It closed lower, at 10,733.67, which was still the highest close since "
           "2008-10-01.)"), ref_date="2010-03-17"),
        C("DJI", "close_level", 10831, "index_points", "10,831", "val('DJI','2008-10-01')", "supported", "INT",
          "2008-10-01 close 10831.07.", ref_date="2008-10-01"),
        C("DJI", "close_level", 10733.67, "index_points", "10,733.67", "val('DJI','2010-03-17')", "supported", "D2",
          "Close 10733.67.", ref_date="2010-03-17"),
        C("DJI", "daily_point_change", 47.69, "index_points", "47.69 points", "chg('DJI','2010-03-17')", "supported", "D2",
          "10733.67 vs 10685.98.", ref_date="2010-03-17"),
        C("DJI", "n_month_high", 17, "months", "eking out a new 17-month high",
          "round((D('2010-03-17') - D(last_ge('DJI','2010-03-17'))).days / 30.44, 1)", "supported", "SINCE",
          "Highest close since 2008-10-01, 17.5 months earlier.", ref_date="2010-03-17"),
        C("DJI", "decline_window", ["2010-01-20", "2010-02-08"], "dates", "Jan. 20 to Feb. 8",
          "[closes('DJI')['2010-01-01':'2010-03-16'].idxmax().date().isoformat(), closes('DJI')['2010-01-19':'2010-03-16'].idxmin().date().isoformat()]",
          "supported", "FACT", "The slide ran from the 2010-01-19 peak close to the 2010-02-08 low close (-7.6%).",
          window="2010-01-20..2010-02-08"),
        C("DJI", "return_since", "rally since Feb. 9", "flag", "since Feb. 9", "pct('DJI','2010-02-08','2010-03-17')",
          "supported", "REL", "From the 2010-02-08 close to 2010-03-17: +8.33%.", ref_date="2010-03-17",
          window="2010-02-09..2010-03-17"),
        C("SPX", "n_month_high_within_two_weeks", 17, "months", "Standard & Poor's 500",
          "[last_ge('GSPC', d) for d in ['2010-03-11','2010-03-17']]", "supported", "SINCE",
          ("On 2010-03-11 the S&P 500 closed at its highest since 2008-10-01 (17.3 months) and kept rising (by 03-17 highest "
           "since 2008-09-30)."), ref_date="2010-03-17", window="2010-03-03..2010-03-17"),
        C("RUT", "n_month_high_within_two_weeks", 17, "months", "Russell 2,000",
          "[last_ge('RUT', d) for d in ['2010-03-03','2010-03-17']]", "supported", "SINCE",
          ("On 2010-03-03 the Russell 2000 closed at its highest since 2008-10-01 (17 months); by 03-17 highest since "
           "2008-09-26."), ref_date="2010-03-17", window="2010-03-03..2010-03-17"),
        C("IXIC", "n_month_high_within_two_weeks", 17, "months", "Nasdaq composite",
          "[last_ge('IXIC', d) for d in ['2010-03-05','2010-03-17']]", "imprecise", "SINCE",
          ("Understated: the Nasdaq's new highs in the two weeks were 18-month highs or more (on 2010-03-05 the highest close "
           "since 2008-09-03; by 03-17 since 2008-08-28, 18.6 months). True but understated 'since' = imprecise."),
          ref_date="2010-03-17", window="2010-03-03..2010-03-17",
          detail="IXIC 2010-03-05 close 2326.35; 2008-09-03 close 2333.73"),
        C("IBM", "price", 128.77, "usd", "$128.77", None, "unverifiable", "U_SER", "Single-stock prices are not in the files.",
          ref_date="2010-03-17", basis="midday"),
        C("IBM", "ytd_return", -1.6, "percent", "1.6% for the year", None, "unverifiable", "U_SER",
          "Single-stock prices are not in the files.", ref_date="2010-03-17", window="YTD", basis="midday"),
        C("SPX", "ytd_return", 4.8, "percent", "about 4.8%", "ytd_pct('GSPC','2010-03-17')", "unverifiable", "MID",
          ("Written at midday. Year to date the S&P 500 ranged from +4.02% (session low) to +4.91% (session high), so 4.8 lies "
           "inside the range; at the close it was +4.58% (which 'about 4.8' would miss)."),
          ref_date="2010-03-17", window="YTD", qualifier="about", basis="midday",
          detail="GSPC 2009-12-31 close 1115.10; 2010-03-17 low 1159.94, high 1169.84, close 1166.21"),
    ],
})

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "cbsnews_20091105_dow_10000_small_caps_lag",
    "source": {"site": "cbsnews.com", "url": "http://www.cbsnews.com/news/the-dow-hits-10000-again-but-the-small-have-gotten-smaller/",
               "original_outlet": "CBS News (MoneyWatch column)"},
    "published": "2009-11-06", "published_confidence": "medium",
    "published_note": ("inferred: the page shows no date; the column describes 'a late rally on Thursday' that lifted the Dow "
                       "back above 10,000 by less than six points, which matches Thursday 2009-11-05 (10,005.96, +203.82); "
                       "it was published that evening or the next day. All figures are as of the 2009-11-05 close."),
    "text": ("A late rally on Thursday took the Dow Jones "
             "industrial average back above 10,000. It may be churlish to point out that the index made it over the line with "
             "less than six points to spare, given that they were the last six points of a 204-point gain, but there is still "
             "less to the crossing of the five-digit barrier than there may seem. The Dow has been more or less alone among the "
             "major indexes in trying to surpass the interim highs set in mid-October. At the close on Thursday it sat a mere 0.9 "
             "percent below the Oct. 19 high, but the Standard & Poor's 500-stock index remained 2.9 percent lower than its high "
             "on the same day. The shortfalls were greater for the Nasdaq Composite Index (3.3 percent) and especially the "
             "Russell 2000 index of smaller companies (6.6 percent). Buyers are narrowing their focus to what they see as the "
             "safest issues, the bluest of chips, a development that often precedes a downturn. An advance is more likely to "
             "have legs when smaller companies are outperforming, in part because their fortunes are more leveraged to economic "
             "growth. Sure enough, the Russell 2000 led the way during most of the rally this year, rising nearly 80 percent from "
             "the March low through the October high, compared with just over a 50 percent gain for the Dow. The reverse is often "
             "true at tops: the Russell suffered greater falls in the early stages of the severe bear markets that began in 2000 "
             "and 2007. It is far too early to say its recent weakness heralds something similar, but it can't be a good sign."),
    "claims": [
        C("DJI", "close_above_level", 10000, "index_points", "back above 10,000", "val('DJI','2009-11-05') >= 10000",
          "supported", "FACT", "Close 10005.96 on 2009-11-05.", ref_date="2009-11-05"),
        C("DJI", "points_above_level", 6, "index_points", "less than six points to spare", "val('DJI','2009-11-05') - 10000",
          "supported", "LESS", "10005.96 - 10000 = 5.96.", ref_date="2009-11-05", qualifier="less than"),
        C("DJI", "daily_point_change", 204, "index_points", "204-point gain", "chg('DJI','2009-11-05')", "supported", "INT",
          "+203.82, which rounds to 204.", ref_date="2009-11-05"),
        C("DJI", "interim_high_dates", "mid-October", "date", "interim highs set in mid-October",
          "[closes(t)['2009-10-01':'2009-11-04'].idxmax().date().isoformat() for t in ['DJI','GSPC','IXIC','RUT']]",
          "supported", "FACT", "Closing highs of Oct-early Nov 2009: Dow, S&P 500 and Nasdaq on 10-19, Russell 2000 on 10-14.",
          ref_date="2009-11-05"),
        C("DJI", "pct_from_high", 0.9, "percent", "0.9 percent", "below_max_pct('DJI','2009-11-05','2009-10-19','2009-10-19')",
          "supported", "D1", "Oct. 19 close 10092.19; 10005.96 is 0.85% below.", ref_date="2009-11-05"),
        C("SPX", "pct_from_high", 2.9, "percent", "2.9 percent", "below_max_pct('GSPC','2009-11-05','2009-10-19','2009-10-19')",
          "supported", "D1", "Oct. 19 close 1097.91; 2.85% below.", ref_date="2009-11-05"),
        C("IXIC", "pct_from_high", 3.3, "percent", "3.3 percent", "below_max_pct('IXIC','2009-11-05','2009-10-19','2009-10-19')",
          "supported", "D1", "Oct. 19 close 2176.32; 3.26% below.", ref_date="2009-11-05"),
        C("RUT", "pct_from_high", 6.6, "percent", "6.6 percent", "below_max_pct('RUT','2009-11-05','2009-10-19','2009-10-19')",
          "supported", "D1",
          ("Against the Oct. 19 close (the text's reference day) the Russell 2000 is 6.62% lower. Its own mid-October closing "
           "high was 623.94 on 10-14, from which it is 6.86% lower (imprecise under that reading)."),
          ref_date="2009-11-05"),
        C("RUT", "rally_pct", 80, "percent", "nearly 80 percent",
          "(closes('RUT')['2009-10'].max() / closes('RUT')['2009-03'].min() - 1) * 100", "imprecise", "NEARLY",
          ("March low close 343.26 (2009-03-09) to October high close 623.94 (2009-10-14): +81.77%. 'Nearly 80' allows 79-80.5, "
           "so the text understates by 1.77 pp."),
          ref_date="2009-10-14", window="2009-03-09..2009-10-14", qualifier="nearly",
          detail="RUT 2009-03-09 close 343.26, 2009-10-14 close 623.94"),
        C("DJI", "rally_pct", 50, "percent", "just over a 50 percent gain",
          "(closes('DJI')['2009-10'].max() / closes('DJI')['2009-03'].min() - 1) * 100", "supported", "MORE",
          ("March low close 6547.05 (2009-03-09) to October high close 10092.19 (2009-10-19): +54.15%, over 50 (the 'just' "
           "understates it by about 4 pp)."), ref_date="2009-10-19", window="2009-03-09..2009-10-19", qualifier="just over"),
        C("RUT", "relative_drawdown_early_bear", "greater falls", "flag", "bear markets that began in 2000 and 2007", None,
          "unverifiable", "U_WIN", "'The early stages' are not defined, so no window can be computed.", comparison="DJI"),
    ],
})

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "fool_20110223_small_caps_killing_it",
    "source": {"site": "fool.com",
               "url": "http://www.fool.com/server/printarticle.aspx?file=/investing/general/2011/02/23/small-caps-are-killing-it.aspx",
               "original_outlet": "The Motley Fool"},
    "published": "2011-02-23", "published_confidence": "exact",
    "published_note": ("dated February 23, 2011 on the page (Wednesday). 'Friday' is 2011-02-18 and the tweet came 'late last "
                       "week' (2011-02-17/18)."),
    "text": ("Small Caps Are Killing It. Late last week a tweet caught my eye from Christopher Whalen, co-founder of "
             "Institutional Risk Analytics. It read: \"Hye Kosover: 'The Russell 2000 is within 2.5% of the highest level it has "
             "'ever' been.'\" Very simple, with no link, but it touched on one of my favorite topics of the past year: the way "
             "small caps have outperformed over the past decade. First, let me confirm that the tweet is factually dead on. On "
             "July 13, 2007, the Russell 2000 closed at 855.77. On Friday, the index hit an intraday high of 838, which is just "
             "2.1% below that 2007 peak. The strength of small- and mid-cap stocks over the decade means that investors who "
             "steered clear of the market's very largest stocks have done quite well. Since I always keep an eye on valuations, "
             "when I see that kind of outperformance I figure it must have had a serious impact on relative valuations, and it "
             "certainly has. To get a view of this, I looked at the average and median price-to-earnings multiples of the Russell "
             "2000 and of the S&P 500, which I split into quartiles based on size."),
    "claims": [
        C("RUT", "pct_from_ath", 2.5, "percent", "within 2.5%", "below_max_pct('RUT','2011-02-18')", "supported", "LESS",
          ("Friday 2011-02-18 close 834.82 is 2.45% below the record close 855.77 (Thursday's close was 2.54% below, its high "
           "2.37% below)."), ref_date="2011-02-18", qualifier="within"),
        C("RUT", "close_level", 855.77, "index_points", "855.77", "val('RUT','2007-07-13')", "supported", "D2",
          "2007-07-13 close 855.77.", ref_date="2007-07-13"),
        C("RUT", "record_close_date", "2007-07-13", "date", "that 2007 peak", "prior_max('RUT','2011-02-18')[0]", "supported",
          "FACT", "855.77 on 2007-07-13 was still the record close in Feb. 2011.", ref_date="2011-02-18"),
        C("RUT", "intraday_high", 838, "index_points", "intraday high of 838", "val('RUT','2011-02-18','high')", "supported",
          "INT", "2011-02-18 high 838.00.", ref_date="2011-02-18", basis="intraday high"),
        C("RUT", "pct_from_ath", 2.1, "percent", "2.1% below", "(1 - val('RUT','2011-02-18','high') / val('RUT','2007-07-13')) * 100",
          "supported", "D1", "838.00 vs 855.77: 2.08% below.", ref_date="2011-02-18", basis="intraday high"),
        C("RUT", "decade_return_vs_SPX", "outperformed", "flag", "over the past decade",
          "pct('RUT','2001-02-16','2011-02-18') - pct('GSPC','2001-02-16','2011-02-18')", "supported", "REL",
          "2001-02-16 to 2011-02-18: Russell 2000 +67.20% vs S&P 500 +3.19%.", ref_date="2011-02-18", window="10y",
          comparison="SPX"),
    ],
})

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "covnews_20120914_stocks_soaring_bad_economy",
    "source": {"site": "covnews.com", "url": "https://www.covnews.com/nationworld/why-are-stocks-soaring-in-bad-economy/",
               "original_outlet": "Associated Press"},
    "published": "2012-09-14", "published_confidence": "medium",
    "published_note": ("inferred: the page shows no date; the AP story says Bernanke 'this week' announced QE3 (FOMC decision "
                       "Thursday 2012-09-13) and that the announcement 'set off a two-day rally', so it was written after the "
                       "close of Friday 2012-09-14 (a later AP version of 2012-09-16 says 'last week'). Levels are as of the "
                       "2012-09-14 close."),
    "text": ("WASHINGTON (AP) - Economic growth is pitiful. Unemployment has topped 8 percent for an exhausting 43 months. The "
             "nation is careering toward a so-called fiscal cliff, and maybe a recession. So why is the Dow Jones industrial "
             "average, that trusty gauge of corporate America's strength, just 4 percent shy of an all-time record? And why are "
             "the smaller public companies measured by the Russell 2000 index almost there already? Start with two words: Ben "
             "Bernanke. The Federal Reserve chairman this week announced unprecedented steps to lift the sagging economy and to "
             "push up the prices of assets like stocks and houses; the market had rallied all summer in anticipation. The Fed "
             "made an open-ended promise to buy $40 billion a month in mortgage bonds and said it will keep interest rates low "
             "through 2015, even if the economy starts to improve. The announcement set off a two-day rally that drove the Dow up "
             "260 points, leaving it less than 600 points shy of its record high - 14,164, reached on Oct. 9, 2007, two months "
             "before the Great Recession. The Standard & Poor's 500 index, a broader measure of the market's strength, would need "
             "to gain less than 7 percent to surpass its own record, reached on the same day. The earlier rounds of easing were "
             "rocket boosters for stocks. The first was announced in its full $1.2 trillion form in March 2009, at the depths of "
             "the recession. From there, the Dow gained 45 percent over the following year. The S&P 500 rose even more."),
    "claims": [
        C("US_UNEMPLOYMENT", "months_above_level", 43, "months", "43 months", None, "unverifiable", "U_SER",
          "Unemployment data are not in the files.", ref_date="2012-09-14"),
        C("DJI", "pct_from_ath", 4, "percent", "just 4 percent shy", "below_max_pct('DJI','2012-09-14')", "supported", "INT",
          "Record close 14164.53 (2007-10-09); 2012-09-14 close 13593.37 is 4.03% below.", ref_date="2012-09-14"),
        C("RUT", "pct_from_ath", "almost at record", "flag", "almost there already", "below_max_pct('RUT','2012-09-14')",
          "supported", "REL", ("2012-09-14 close 864.70 is 0.07% below the record close 865.29 (2011-04-29) and 0.45% below "
                               "the intraday record 868.57 (2011-05-02)."), ref_date="2012-09-14"),
        C("FEDFUNDS", "mbs_purchases_per_month", 40, "usd_billions", "$40 billion a month", None, "unverifiable", "U_SER",
          "Asset-purchase amounts are not in the files (the FOMC decision day 2012-09-13 is).", ref_date="2012-09-13"),
        C("FEDFUNDS", "low_rates_guidance", "through 2015", "date", "through 2015", None, "forecast", "F",
          "Forward guidance about future policy (target range 0-0.25% at the time).", ref_date="2012-09-13"),
        C("FEDFUNDS", "decision_date", "this week", "date", "this week announced",
          "fomc_days('2012-09-10', '2012-09-14')", "supported", "FACT", "FOMC decision on Thursday 2012-09-13.",
          ref_date="2012-09-13"),
        C("DJI", "two_day_point_change", 260, "index_points", "260 points", "pts('DJI','2012-09-12','2012-09-14')", "supported",
          "INT", "13333.35 (2012-09-12) to 13593.37 (2012-09-14): +260.02.", ref_date="2012-09-14", window="2d"),
        C("DJI", "points_from_record", 600, "index_points", "less than 600 points shy",
          "prior_max('DJI','2012-09-14')[1] - val('DJI','2012-09-14')", "supported", "LESS", "14164.53 - 13593.37 = 571.16.",
          ref_date="2012-09-14", qualifier="less than"),
        C("DJI", "record_close_level", 14164, "index_points", "14,164", "prior_max('DJI','2012-09-14')[1]", "imprecise", "INT",
          "The record close is 14164.53, which rounds to 14,165; the text truncates (off by 0.53 points).",
          ref_date="2007-10-09", detail="DJI 2007-10-09 close 14164.53"),
        C("DJI", "record_close_date", "2007-10-09", "date", "reached on Oct. 9, 2007", "prior_max('DJI','2012-09-14')[0]",
          "supported", "FACT", "Record close set 2007-10-09.", ref_date="2007-10-09"),
        C("US_GDP", "recession_start_gap", "two months", "duration", "two months before the Great Recession", None,
          "unverifiable", "U_SER", "Recession dating (NBER peak December 2007) is not in the files.", ref_date="2007-10-09"),
        C("SPX", "gain_needed_to_record", 7, "percent", "less than 7 percent",
          "(prior_max('GSPC','2012-09-14')[1] / val('GSPC','2012-09-14') - 1) * 100", "supported", "LESS",
          "Record close 1565.15 vs 1465.77: a 6.78% gain needed.", ref_date="2012-09-14", qualifier="less than"),
        C("SPX", "record_close_date", "2007-10-09", "date", "reached on the same day", "prior_max('GSPC','2012-09-14')[0]",
          "supported", "FACT", "The S&P 500's record close was also set on 2007-10-09.", ref_date="2007-10-09"),
        C("FEDFUNDS", "qe1_size", 1.2, "usd_trillions", "$1.2 trillion", None, "unverifiable", "U_SER",
          "Asset-purchase programmes are not in the files (an FOMC decision day on 2009-03-18 is).", ref_date="2009-03-18"),
        C("DJI", "one_year_return", 45, "percent", "gained 45 percent",
          "pct('DJI','2009-03-18','2010-03-18')", "imprecise", "INT",
          ("From the close of the announcement day 2009-03-18 (7486.58) to 2010-03-18 (10779.17): +43.98%, 1.02 pp short of 45. "
           "Measured from the close before the announcement (2009-03-17, 7395.70) to 2010-03-17 it is +45.13%, which would be "
           "supported."), ref_date="2010-03-18", window="2009-03-18..2010-03-18",
          detail="DJI 2009-03-18 close 7486.58, 2010-03-18 close 10779.17"),
        C("SPX", "one_year_return_vs_DJI", "rose even more", "flag", "The S&P 500 rose even more",
          "pct('GSPC','2009-03-18','2010-03-18') > pct('DJI','2009-03-18','2010-03-18')", "supported", "REL",
          "Same window: S&P 500 +46.77% vs Dow +43.98% (from 03-17: +49.88% vs +45.13%).", ref_date="2010-03-18",
          window="2009-03-18..2010-03-18", comparison="DJI"),
    ],
})

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "vindicator_20130514_small_business_record_territory",
    "source": {"site": "vindyarchives.com", "url": "http://vindyarchives.com/news/2013/may/15/stock-market-back-into-record-territory/",
               "original_outlet": "Associated Press (The Vindicator)"},
    "published": "2013-05-15", "published_confidence": "exact",
    "published_note": "date in the URL (Wednesday paper); 'Tuesday' is the session of 2013-05-14.",
    "text": ("NEW YORK — The stock market marched back into record territory Tuesday as investors seized on the latest "
             "encouraging news about the economy, this time a report on the health of small businesses. Small-business owners "
             "were slightly more optimistic in April, according to a National Federation of Independent Business survey released "
             "before the market opened. That helped push the Russell 2000, an index of small-company stocks, up 1.3 percent, "
             "ahead of other major indexes. \"Small businesses are in many ways the backbone of the economy,\" said Quincy Krosby, "
             "market strategist for Prudential Financial, who called the move a positive surprise. The Russell index is 16.1 "
             "percent higher since the start of the year, and is up more than the Standard & Poor's 500 index, which includes "
             "larger, global companies. Small stocks are doing well partly because they are more focused on the U.S., which is "
             "recovering, and get less of their revenue from recession-plagued Europe than larger companies do. Their advance is "
             "another sign of how optimistic investors have become, since smaller stocks are riskier than large ones but offer "
             "the prospect of greater returns in a rising market. Another closely watched indicator has also been on a tear: "
             "transportation stocks. The Dow Jones transportation average rose 1.9 percent Tuesday and is up 21.8 percent this "
             "year, far more than other major indexes."),
    "claims": [
        C("DJI", "record_close", True, "flag", "stock market marched back", "is_record('DJI','2013-05-14')", "supported",
          "RECORD", "Dow close 15215.25 on 2013-05-14, above every earlier close.", ref_date="2013-05-14"),
        C("SPX", "record_close", True, "flag", "record territory Tuesday", "is_record('GSPC','2013-05-14')", "supported",
          "RECORD", "S&P 500 close 1650.34 on 2013-05-14, above every earlier close.", ref_date="2013-05-14"),
        C("RUT", "daily_pct_change", 1.3, "percent", "up 1.3 percent", "pchg('RUT','2013-05-14')", "supported", "D1",
          "+1.25%.", ref_date="2013-05-14"),
        C("RUT", "daily_rank_vs_majors", 1, "rank", "ahead of other major indexes",
          "max(['RUT','GSPC','DJI','IXIC'], key=lambda t: pchg(t, '2013-05-14'))", "supported", "REL",
          "2013-05-14: RUT +1.25%, S&P 500 +1.01%, Dow +0.82%, Nasdaq +0.69%.", ref_date="2013-05-14"),
        C("RUT", "ytd_return", 16.1, "percent", "16.1 percent", "ytd_pct('RUT','2013-05-14')", "supported", "D1", "+16.08%.",
          ref_date="2013-05-14", window="YTD"),
        C("RUT", "ytd_return_vs_SPX", "up more", "flag", "is up more than the Standard & Poor's 500",
          "ytd_pct('RUT','2013-05-14') > ytd_pct('GSPC','2013-05-14')", "supported", "REL",
          "Year to date: RUT +16.08% vs S&P 500 +15.72%.", ref_date="2013-05-14", window="YTD", comparison="SPX"),
        C("DJT", "daily_pct_change", 1.9, "percent", "rose 1.9 percent", None, "unverifiable", "U_SER",
          "The Dow Jones transportation average is not in the files.", ref_date="2013-05-14"),
        C("DJT", "ytd_return", 21.8, "percent", "21.8 percent", None, "unverifiable", "U_SER",
          "The Dow Jones transportation average is not in the files.", ref_date="2013-05-14", window="YTD"),
        C("DJT", "ytd_return_vs_majors", "far more", "flag", "far more than other major indexes", None, "unverifiable", "U_SER",
          ("The transports are not in the files (the other majors were up 14.7-16.1% year to date)."), ref_date="2013-05-14",
          window="YTD"),
    ],
})

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "marketwired_20121012_russell_october_mtd",
    "source": {"site": "marketwired.com",
               "url": "http://www.marketwired.com/press-release/us-small-cap-stocks-showed-negative-returns-october-month-date-as-10-11-as-reflected-1712937.htm",
               "original_outlet": "Russell Investments (press release via Marketwire)"},
    "published": "2012-10-12", "published_confidence": "exact",
    "published_note": "dated October 12, 2012 14:39 ET on the page; the figures run to the close of Thursday 2012-10-11.",
    "text": ("SEATTLE (Marketwire, Oct 12, 2012) - The Russell 2000 Index of small cap U.S. stocks returned "
             "(-0.9%) in October month-to-date as of October 11th, versus a (-0.4%) return for the Russell 1000 Index of large "
             "cap U.S. stocks. This follows a September in which small caps outperformed large caps, with a 3.3% return for the "
             "Russell 2000 Index versus a 2.6% return for the Russell 1000 Index. Year-to-date as of October 11th, large cap U.S. "
             "stocks have outperformed small cap U.S. stocks, with a 15.8% return for the Russell 1000 Index relative to a 13.2% "
             "return for the Russell 2000 Index. \"Small cap U.S. stocks have been somewhat overshadowed this year, with investors "
             "gravitating toward U.S. large caps in a flight to perceived safety and quality. And this is despite the Russell 2000 "
             "Index continuing to test an all-time high reached in May of last year,\" said Russell Investments chief markets "
             "strategist Stephen Wood. A number of uncertainties loom in the U.S. and abroad, including quarterly earnings, the "
             "coming U.S. election and the Chinese political transition, he said, but an accommodative Fed and more policy "
             "clarity globally could lead investors to take on more risk and look at smaller companies."),
    "claims": [
        C("RUT", "mtd_total_return", -0.9, "percent", "(-0.9%)", None, "unverifiable", "U_TR",
          "Russell reports total returns; the price change from 2012-09-28 to 2012-10-11 is -0.92% (IWM with dividends -0.80%).",
          ref_date="2012-10-11", window="MTD", basis="total return", detail="price: pct('RUT','2012-09-28','2012-10-11') = -0.92"),
        C("RUSSELL1000", "mtd_total_return", -0.4, "percent", "(-0.4%)", None, "unverifiable", "U_SER",
          "Russell 1000 is not in the files.", ref_date="2012-10-11", window="MTD", basis="total return"),
        C("RUT", "monthly_total_return", 3.3, "percent", "3.3% return", None, "unverifiable", "U_TR",
          "September 2012 total return; the price change was +3.12% (IWM with dividends +3.26%).", ref_date="2012-09-28",
          window="2012-09", basis="total return", detail="price: pct('RUT','2012-08-31','2012-09-28') = 3.12"),
        C("RUSSELL1000", "monthly_total_return", 2.6, "percent", "2.6% return", None, "unverifiable", "U_SER",
          "Russell 1000 is not in the files (S&P 500 price change in September +2.42%).", ref_date="2012-09-28",
          window="2012-09", basis="total return"),
        C("RUT", "relative_performance_vs_large_caps", "outperformed in September", "flag", "small caps outperformed large caps",
          None, "unverifiable", "U_SER",
          "Measured against the Russell 1000, which is not in the files (against the S&P 500 price index: +3.12% vs +2.42%).",
          window="2012-09", comparison="RUSSELL1000"),
        C("RUSSELL1000", "ytd_total_return", 15.8, "percent", "15.8% return", None, "unverifiable", "U_SER",
          "Russell 1000 is not in the files.", ref_date="2012-10-11", window="YTD", basis="total return"),
        C("RUT", "ytd_total_return", 13.2, "percent", "13.2% return", None, "unverifiable", "U_TR",
          "Total return; the price change year to date is +11.99% (IWM with dividends +13.57%).", ref_date="2012-10-11",
          window="YTD", basis="total return", detail="price: ytd_pct('RUT','2012-10-11') = 11.99"),
        C("RUSSELL1000", "relative_performance_vs_small_caps", "large caps ahead YTD", "flag", "large cap U.S. stocks have outperformed",
          None, "unverifiable", "U_SER", "Russell 1000 is not in the files (S&P 500 price YTD +13.93% vs RUT +11.99%).",
          ref_date="2012-10-11", window="YTD", comparison="RUT"),
        C("RUT", "intraday_record_date", "2011-05", "date", "an all-time high reached in May of last year",
          "prior_max('RUT','2012-10-11','high')[0]", "supported", "FACT",
          ("The all-time intraday high before Oct. 2012 is 868.57 on 2011-05-02. The record close, 865.29, was set on "
           "2011-04-29, so a closing-record reading would put it in April."), ref_date="2012-10-11", basis="intraday high"),
    ],
})

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "mondovisione_20060601_russell_small_caps_may_slump",
    "source": {"site": "mondovisione.com",
               "url": "https://mondovisione.com/media-and-resources/news/russell-indexes-smallcap-growth-stocks-wilt-in-may",
               "original_outlet": "Russell Investment Group (press release via Mondo Visione)"},
    "published": "2006-06-01", "published_confidence": "high",
    "published_note": ("the page is dated 01/06/2006 (day/month, Mondo Visione is a UK site), i.e. Thursday 2006-06-01; the "
                       "figures are for May 2006 and the year through the 2006-05-31 close."),
    "text": ("Russell Indexes: Small-Cap Growth Stocks Wilt In May. The small-cap Russell 2000 Growth Index posted a 7% loss in "
             "May and underperformed all the others in Russell's family of 24 U.S. equity indexes for the month. \"May was tough "
             "on every market segment,\" said Dennis Jensen, portfolio manager. \"The widespread downturn in May was particularly "
             "painful for small caps as the Russell 2000 posted its worst monthly return in the past calendar year.\" Despite two "
             "consecutive months of negative returns, the Russell 2000 (7.5%) still shows a relatively strong return for 2006 and "
             "continues to lead the large-cap Russell 1000 Index (2.6%) for the year. Finding winners in the May performance "
             "figures isn't easy, Jensen said. Among the 12 sectors in Russell "
             "indexes, technology suffered the most at every market capitalization tier: the sector lost 7.2% in the broad-market "
             "Russell 3000 Index and 9.9% in the Russell 2000."),
    "claims": [
        C("RUSSELL2000GROWTH", "monthly_total_return", -7, "percent", "7% loss", None, "unverifiable", "U_SER",
          "Russell 2000 Growth is not in the files.", ref_date="2006-05-31", window="2006-05", basis="total return"),
        C("RUSSELL2000GROWTH", "monthly_rank_among_24", 24, "rank", "underperformed all the others", None, "unverifiable",
          "U_SER", "Most of Russell's 24 U.S. indexes are not in the files.", ref_date="2006-05-31", window="2006-05"),
        C("RUT", "worst_month_in_12", "2006-05", "date", "worst monthly return in the past calendar year",
          "monthly_min_date('RUT', '2005-06-30', '2006-05-31')", "supported", "BEST",
          ("May 2006 -5.69% (price) is the worst month from June 2005 to May 2006 (next worst October 2005, -3.17%); IWM with "
           "dividends agrees (-5.68%)."), ref_date="2006-05-31", window="2005-06..2006-05"),
        C("RUT", "consecutive_negative_months", 2, "count", "two consecutive months of negative returns",
          "[round(pct('RUT', a, b), 2) for a, b in [('2006-03-31','2006-04-28'), ('2006-04-28','2006-05-31')]]", "supported",
          "COUNT", ("Price changes: April 2006 -0.08%, May 2006 -5.69%, after +4.72% in March. With dividends April is about "
                    "zero (Russell's own total return for April was slightly negative; IWM +0.30%)."),
          ref_date="2006-05-31", window="2006-04..2006-05"),
        C("RUT", "ytd_total_return", 7.5, "percent", "(7.5%)", None, "unverifiable", "U_TR",
          "Total return; the price change year to date through 2006-05-31 is +7.10% (IWM with dividends +7.96%).",
          ref_date="2006-05-31", window="YTD", basis="total return", detail="price: ytd_pct('RUT','2006-05-31') = 7.10"),
        C("RUSSELL1000", "ytd_total_return", 2.6, "percent", "(2.6%)", None, "unverifiable", "U_SER",
          "Russell 1000 is not in the files.", ref_date="2006-05-31", window="YTD", basis="total return"),
        C("RUT", "ytd_return_vs_large_caps", "leads", "flag", "continues to lead the large-cap Russell 1000", None,
          "unverifiable", "U_SER", "Russell 1000 is not in the files (S&P 500 price YTD +1.75% vs RUT +7.10%).",
          ref_date="2006-05-31", window="YTD", comparison="RUSSELL1000"),
        C("RUSSELL3000_TECH", "monthly_total_return", -7.2, "percent", "lost 7.2%", None, "unverifiable", "U_SER",
          "Russell sector indexes are not in the files.", ref_date="2006-05-31", window="2006-05"),
        C("RUT_TECH", "monthly_total_return", -9.9, "percent", "9.9% in the Russell 2000", None, "unverifiable", "U_SER",
          "Russell sector indexes are not in the files.", ref_date="2006-05-31", window="2006-05"),
    ],
})

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "estinaspen_20120228_dow_closes_above_13000",
    "source": {"site": "estinaspen.com", "url": "https://www.estinaspen.com/dow-closes-above-13000-first-time-since-crisis-dp/",
               "original_outlet": "Associated Press (Daniel Wagner, via The Denver Post)"},
    "published": "2012-02-28", "published_confidence": "high",
    "published_note": ("the repost credits 'Daniel Wagner, Feb. 28, 2012, AP Business Writer, Denver Post'; 'Tuesday' is the "
                       "session of 2012-02-28 and the year-to-date figures run to that close."),
    "text": ("The Dow Jones industrial average rode a surge of confidence in the economy Tuesday to close above 13,000, a "
             "threshold it last crossed before the financial crisis of 2008 and the darkest days of the Great Recession. The "
             "milestone extended a strong rally since the start of the year, and it came after a fitful week in which the Dow "
             "repeatedly floated above 13,000 only to fall back by the end of the trading day. The Dow closed at 13,005.12, a "
             "close enough call that the gain of a single stock, Johnson & Johnson, made the difference. The Dow last closed "
             "above 13,000 in May 2008, four months before the fall of the Lehman Brothers investment bank and the worst of the "
             "crisis. The Dow started with its best January since 1997 and has added to that gain; the index is up 6.5 percent for "
             "the young year. Other averages have fared even better: the Standard & Poor's 500 is up 9 percent, the Russell 2000 "
             "index of smaller stocks is up 11 percent, and the Nasdaq composite index, dominated by technology stocks, is up 14 "
             "percent. The other major indexes sit at multi-year highs as well. The S&P closed Tuesday at its highest level since "
             "June 2008, and the Nasdaq has not traded so high since December 2000, during the bursting of the bubble in "
             "technology stocks."),
    "claims": [
        C("DJI", "close_above_level", 13000, "index_points", "to close above 13,000", "val('DJI','2012-02-28') >= 13000",
          "supported", "FACT", "Close 13005.12 on 2012-02-28.", ref_date="2012-02-28"),
        C("DJI", "intraday_above_close_below_count", "repeatedly", "count", "repeatedly floated above 13,000",
          "[d.date().isoformat() for d, r in px('DJI')['2012-02-17':'2012-02-27'].iterrows() if r.high > 13000 and r.close < 13000]",
          "supported", "COUNT", "Highs above 13,000 with closes below it on 2012-02-21, 02-24 and 02-27.",
          ref_date="2012-02-27", window="2012-02-21..2012-02-27", basis="intraday high"),
        C("DJI", "close_level", 13005.12, "index_points", "13,005.12", "val('DJI','2012-02-28')", "supported", "D2",
          "Close 13005.12.", ref_date="2012-02-28"),
        C("DJI", "last_close_above_level", "2008-05", "date", "last closed above 13,000 in May 2008",
          "last_level('DJI', '2012-02-28', 13000)", "supported", "FACT",
          "The last earlier close at or above 13,000 was 2008-05-19 (13028.16).", ref_date="2012-02-28"),
        C("DJI", "months_before_event", 4, "months", "four months before the fall of the Lehman Brothers", None, "unverifiable",
          "U_SER", "Lehman's collapse (2008-09-15) is an event, not a series in the files; the May 19 close is in the files.",
          ref_date="2008-05-19"),
        C("DJI", "best_january_since", 1997, "year", "best January since 1997",
          "(lambda m: m[(m.index.month == 1) & (m.index < D('2012-01-01')) & (m >= m.loc['2012-01-31'])].index[-1].year)(closes('DJI').resample('ME').last().pct_change() * 100)",
          "supported", "BEST", "January 2012 +3.40%; the last earlier January at least as strong was 1997 (+5.66%).",
          ref_date="2012-01-31", window="2012-01", dec=0),
        C("DJI", "ytd_return", 6.5, "percent", "up 6.5 percent", "ytd_pct('DJI','2012-02-28')", "supported", "D1", "+6.45%.",
          ref_date="2012-02-28", window="YTD"),
        C("SPX", "ytd_return", 9, "percent", "up 9 percent", "ytd_pct('GSPC','2012-02-28')", "supported", "INT", "+9.11%.",
          ref_date="2012-02-28", window="YTD"),
        C("RUT", "ytd_return", 11, "percent", "up 11 percent", "ytd_pct('RUT','2012-02-28')", "supported", "INT", "+11.19%.",
          ref_date="2012-02-28", window="YTD"),
        C("IXIC", "ytd_return", 14, "percent", "up 14", "ytd_pct('IXIC','2012-02-28')", "imprecise", "INT",
          "+14.65% (2986.76 vs 2605.15), which rounds to 15; the text truncates.", ref_date="2012-02-28", window="YTD",
          detail="IXIC 2011-12-30 close 2605.15, 2012-02-28 close 2986.76"),
        C("SPX", "highest_since", "2008-06", "date", "highest level since June 2008", "last_ge('GSPC','2012-02-28')",
          "supported", "SINCE", "Close 1372.18; the last close at least as high was 2008-06-05.", ref_date="2012-02-28"),
        C("IXIC", "highest_since", "2000-12", "date", "since December 2000", "[last_ge('IXIC','2012-02-28'), last_ge('IXIC','2012-02-28','high')]",
          "supported", "SINCE", "Last higher close 2000-12-11; last higher intraday high 2000-12-13.", ref_date="2012-02-28"),
    ],
})

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "ibtimes_20120327_overnight_report_prodigal_qe3",
    "source": {"site": "ibtimes.com.au", "url": "https://ibtimes.com.au/overnight-report-prodigal-qe3-1295149",
               "original_outlet": "FNArena (Greg Peel) via International Business Times Australia"},
    "published": "2012-03-27", "published_confidence": "high",
    "published_note": ("inferred: an Australian morning report on Wall Street's previous session; Bernanke's Washington speech "
                       "and the figures (Dow +160.90, S&P 500 1416.51) match Monday 2012-03-26, so the report is from Tuesday "
                       "2012-03-27 Sydney time."),
    "text": ("Overnight Report: Prodigal QE3. By Greg Peel. The Dow rose 160 points or 1.2% while the S&P gained 1.4% to 1416 and "
             "the Nasdaq added 1.8%. There's nothing like bad news to get a stock market fired up, is there? That seems to have "
             "been the way of things since the GFC first ushered in QE1 in March 2009: the worse things get, the better, because "
             "Uncle Ben will just keep handing out the lollies. Last night Fed chairman Ben Bernanke gave a speech in Washington "
             "which was wrapping up as the opening bell rang on Wall Street. He questioned the recent improvement in US "
             "employment, suggesting that the fall from double-digit recession unemployment rates to 8.3% now likely reflects "
             "little more than the reversal of recession lay-offs; further significant improvement, he said, will likely require "
             "faster growth in production and demand, a process that can be supported by continued accommodative policies. If "
             "you took that to mean fresh quantitative easing, you are among those on Wall Street last night who thought QE3 was "
             "gone but now see it back on the table. When Bernanke left QE3 talk out of his rhetoric for the first time a couple "
             "of weeks ago, the Dow fell 200 points, so last night's 160 point gain might be seen as simply a prodigal reversal. "
             "But the Wall Street indices are all well above those psychological levels once more, and if the quarter closed "
             "today, it would be the best March quarter since 1998."),
    "claims": [
        C("DJI", "daily_point_change", 160, "index_points", "rose 160 points", "chg('DJI','2012-03-26')", "imprecise", "INT",
          "+160.90 (13241.63 vs 13080.73), which rounds to 161; the text truncates.", ref_date="2012-03-26",
          detail="DJI 2012-03-23 close 13080.73, 2012-03-26 close 13241.63"),
        C("DJI", "daily_pct_change", 1.2, "percent", "1.2%", "pchg('DJI','2012-03-26')", "supported", "D1", "+1.23%.",
          ref_date="2012-03-26"),
        C("SPX", "daily_pct_change", 1.4, "percent", "gained 1.4%", "pchg('GSPC','2012-03-26')", "supported", "D1", "+1.39%.",
          ref_date="2012-03-26"),
        C("SPX", "close_level", 1416, "index_points", "to 1416", "val('GSPC','2012-03-26')", "imprecise", "INT",
          "Close 1416.51, which rounds to 1417; the text truncates (0.51 points, 0.04%).", ref_date="2012-03-26",
          detail="GSPC 2012-03-26 close 1416.51"),
        C("IXIC", "daily_pct_change", 1.8, "percent", "added 1.8%", "pchg('IXIC','2012-03-26')", "supported", "D1", "+1.78%.",
          ref_date="2012-03-26"),
        C("FEDFUNDS", "qe1_start", "2009-03", "date", "QE1 in March 2009", None, "unverifiable", "U_SER",
          ("Asset-purchase programmes are not in the files (QE1 purchases were announced in Nov. 2008 and expanded at the "
           "2009-03-18 meeting, which the FOMC file lists)."), ref_date="2009-03-18"),
        C("US_UNEMPLOYMENT", "rate", 8.3, "percent", "8.3%", None, "unverifiable", "U_SER",
          "Unemployment data are not in the files.", ref_date="2012-03-26"),
        C("DJI", "daily_point_change", -200, "index_points", "the Dow fell 200 points", None, "unverifiable", "U_WIN",
          ("The session is not identifiable: Bernanke's semiannual testimony of 2012-02-29 coincided with a Dow change of "
           "-53.05; the nearest 200-point fall was 2012-03-06 (-203.66), a Greece-driven selloff."),
          window="a couple of weeks ago"),
        C("DJI", "daily_point_change", 160, "index_points", "160 point gain", "chg('DJI','2012-03-26')", "imprecise", "INT",
          "Second mention of the +160.90 move (truncated).", ref_date="2012-03-26"),
        C("SPX", "best_q1_since_conditional", 1998, "year", "if the quarter closed", None, "not_checkable", "N",
          ("Conditional on the quarter ending at that day's level. For the record: Q1-to-date through 2012-03-26 the S&P 500 "
           "was +12.64% and the Dow +8.38%, each the best first quarter since 1998 (13.53% and 11.27%); the Nasdaq's +19.86% "
           "would have been its best since 1991."), ref_date="2012-03-26", window="2012Q1"),
    ],
})

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "ajc_20131121_dow_closes_above_16000",
    "source": {"site": "ajc.com", "url": "https://www.ajc.com/business/dow-average-closes-above-000-for-the-first-time/IQ6NZbjcCz7Pkx1TDQb8tO/",
               "original_outlet": "Associated Press (via The Atlanta Journal-Constitution)"},
    "published": "2013-11-21", "published_confidence": "high",
    "published_note": ("inferred: the AP closing story of Thursday 2013-11-21, the day the Dow first closed above 16,000; the "
                       "page carries the day's closing table."),
    "text": ("The Dow Jones industrial average closed above 16,000 for the "
             "first time Thursday as encouraging news on the job market pushed stocks higher. The Dow has been on fire lately, "
             "propelled by a combination of solid corporate earnings, a steadily strengthening economy and easy-money policies "
             "from the Federal Reserve. Since the start of the year, the blue-chip index is up 22 percent. If it holds onto those "
             "gains, the Dow will have its best year since 2003. The Dow topped 14,000 in February and 15,000 in May. \"People are "
             "getting out of bonds into stocks,\" said Steven Ricchiuto, chief economist at Mizuho Securities. The Dow rose "
             "109.17 points, or 0.7 percent, to close at 16,009.99, after trading between a high of 16,016.04 and a low of "
             "15,908.07. The Standard & Poor's 500 index rose 14.48 points, or 0.8 percent, to 1,795.85. The Nasdaq composite "
             "rose 47.88 points, or 1.2 percent, to 3,969.15. In a sign that investors are taking on more risk, small-company "
             "stocks rose at a much faster pace than the rest of the market: the Russell 2000 index jumped 19.83 points, or 1.8 "
             "percent, to 1,119.62. Before the market opened, the Labor Department reported that applications for unemployment "
             "benefits dropped last week to the lowest level since September, close to where they were before the Great "
             "Recession."),
    "claims": [
        C("DJI", "first_close_above_level", "2013-11-21", "date", "closed above 16,000 for the first time Thursday",
          "closes('DJI')[closes('DJI') >= 16000].index[0].date().isoformat()", "supported", "FACT",
          "First close at or above 16,000: 2013-11-21 (16009.99).", ref_date="2013-11-21"),
        C("DJI", "ytd_return", 22, "percent", "up 22 percent", "ytd_pct('DJI','2013-11-21')", "supported", "INT", "+22.18%.",
          ref_date="2013-11-21", window="YTD"),
        C("DJI", "best_year_since_conditional", 2003, "year", "best year since 2003", None, "not_checkable", "N",
          ("Conditional ('if it holds onto those gains'). For the record: +22.18% would top every calendar year 2004-2012 "
           "(best 2009, +18.82%); 2003 was +25.32%."), ref_date="2013-11-21", window="2013"),
        C("DJI", "first_close_above_level_2013", "2013-02", "date", "topped 14,000 in February",
          "closes('DJI')['2013'][closes('DJI')['2013'] >= 14000].index[0].date().isoformat()", "supported", "FACT",
          "First 2013 close above 14,000: 2013-02-01 (the Dow had first topped 14,000 in July 2007).", ref_date="2013-02-01"),
        C("DJI", "first_close_above_level", "2013-05", "date", "15,000 in May",
          "closes('DJI')[closes('DJI') >= 15000].index[0].date().isoformat()", "supported", "FACT",
          "First close above 15,000: 2013-05-07.", ref_date="2013-05-07"),
        C("DJI", "daily_point_change", 109.17, "index_points", "109.17 points", "chg('DJI','2013-11-21')", "supported", "D2",
          "16009.99 vs 15900.82.", ref_date="2013-11-21"),
        C("DJI", "daily_pct_change", 0.7, "percent", "0.7 percent", "pchg('DJI','2013-11-21')", "supported", "D1", "+0.69%.",
          ref_date="2013-11-21"),
        C("DJI", "close_level", 16009.99, "index_points", "16,009.99", "val('DJI','2013-11-21')", "supported", "D2",
          "Close 16009.99.", ref_date="2013-11-21"),
        C("DJI", "intraday_high", 16016.04, "index_points", "16,016.04", "val('DJI','2013-11-21','high')", "supported", "D2",
          "Session high 16016.04.", ref_date="2013-11-21", basis="intraday high"),
        C("DJI", "intraday_low", 15908.07, "index_points", "15,908.07", "val('DJI','2013-11-21','low')", "supported", "D2",
          "Session low 15908.07.", ref_date="2013-11-21", basis="intraday low"),
        C("SPX", "daily_point_change", 14.48, "index_points", "14.48 points", "chg('GSPC','2013-11-21')", "supported", "D2",
          "1795.85 vs 1781.37.", ref_date="2013-11-21"),
        C("SPX", "daily_pct_change", 0.8, "percent", "0.8 percent", "pchg('GSPC','2013-11-21')", "supported", "D1", "+0.81%.",
          ref_date="2013-11-21"),
        C("SPX", "close_level", 1795.85, "index_points", "1,795.85", "val('GSPC','2013-11-21')", "supported", "D2",
          "Close 1795.85.", ref_date="2013-11-21"),
        C("IXIC", "daily_point_change", 47.88, "index_points", "47.88 points", "chg('IXIC','2013-11-21')", "supported", "D2",
          "+47.89 in the file (3969.16 vs 3921.27); within 0.025.", ref_date="2013-11-21"),
        C("IXIC", "daily_pct_change", 1.2, "percent", "1.2 percent", "pchg('IXIC','2013-11-21')", "supported", "D1", "+1.22%.",
          ref_date="2013-11-21"),
        C("IXIC", "close_level", 3969.15, "index_points", "3,969.15", "val('IXIC','2013-11-21')", "supported", "D2",
          "3969.16 in the file; within 0.025.", ref_date="2013-11-21"),
        C("RUT", "daily_pct_vs_others", "much faster", "flag", "at a much faster pace than the rest of the market",
          "[round(pchg(t, '2013-11-21'), 2) for t in ['RUT','IXIC','GSPC','DJI']]", "supported", "REL",
          "RUT +1.80% vs Nasdaq +1.22%, S&P 500 +0.81%, Dow +0.69%.", ref_date="2013-11-21"),
        C("RUT", "daily_point_change", 19.83, "index_points", "19.83 points", "chg('RUT','2013-11-21')", "supported", "D2",
          "1119.62 vs 1099.79.", ref_date="2013-11-21"),
        C("RUT", "daily_pct_change", 1.8, "percent", "1.8", "pchg('RUT','2013-11-21')", "supported", "D1", "+1.80%.",
          ref_date="2013-11-21"),
        C("RUT", "close_level", 1119.62, "index_points", "1,119.62", "val('RUT','2013-11-21')", "supported", "D2",
          "Close 1119.62.", ref_date="2013-11-21"),
        C("US_JOBLESS_CLAIMS", "lowest_since", "September", "date", "lowest level since September", None, "unverifiable",
          "U_SER", "Jobless claims are not in the files.", ref_date="2013-11-21"),
    ],
})

# ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "pionline_20060105_midcaps_lead_large_beat_small_2005",
    "source": {"site": "pionline.com", "url": "https://www.pionline.com/article/20060105/ONLINE/601050714/midcap-stocks-earn-highest-returns-in-2005",
               "original_outlet": "Pensions & Investments"},
    "published": "2006-01-05", "published_confidence": "exact",
    "published_note": "date in the URL (Thursday 2006-01-05); the returns are for calendar 2005 (to the 2005-12-30 close).",
    "text": ("Midcap stocks led the pack in 2005, returning 12.65% as measured by the "
             "Russell Midcap index. \"The midcaps have been the major story,\" said Lori Richards, director of Russell Index "
             "Client Services. \"They've led the last two years consecutively.\" Large-cap stocks also broke a six-year losing "
             "streak by beating small caps, with a one-year return of 6.27% for the Russell 1000 index against 4.55% for the "
             "Russell 2000. \"Energy has been a big driver,\" Ms. Richards said of the turnaround. \"That sector has been doing "
             "really well, especially in large cap.\" Larger stocks in the Russell Midcap index are also members of the Russell "
             "1000, she added. Russell's quarterly survey of investment managers showed that 80% of respondents were bullish on "
             "large-cap growth stocks going into 2006, and the recently released minutes of the Federal Open Market Committee, "
             "which indicated that the 18-month cycle of higher interest rates is ending, \"confirms that bullishness,\" she said. "
             "All 12 sectors in the Russell Midcap index rose in 2005, ranging from 3.2% for autos and transportation to 61% for "
             "other energy."),
    "claims": [
        C("RUSSELL_MIDCAP", "annual_total_return", 12.65, "percent", "12.65%", None, "unverifiable", "U_SER",
          "The Russell Midcap index is not in the files.", ref_date="2005-12-30", window="2005", basis="total return"),
        C("RUSSELL_MIDCAP", "years_leading", 2, "years", "led the last two years consecutively", None, "unverifiable", "U_SER",
          "Quoted claim about the Russell Midcap index, which is not in the files.", window="2004..2005"),
        C("RUSSELL1000", "streak_broken_vs_small_caps", 6, "years", "broke a six-year losing streak", None, "unverifiable",
          "U_SER",
          ("Stated for the Russell 1000, which is not in the files. Proxies disagree: on price indexes the Russell 2000 beat the "
           "S&P 500 in each year 1999-2004 and again in 2005 (+3.32% vs +3.00%), while with dividends (IWM +4.46% vs SPY "
           "+4.83%) large caps won 2005."), ref_date="2005-12-30", window="1999..2005", comparison="RUT",
          detail="price: year_pct('RUT', 2005) = 3.32, year_pct('GSPC', 2005) = 3.00"),
        C("RUSSELL1000", "annual_total_return", 6.27, "percent", "6.27%", None, "unverifiable", "U_SER",
          "Russell 1000 is not in the files.", ref_date="2005-12-30", window="2005", basis="total return"),
        C("RUT", "annual_total_return", 4.55, "percent", "4.55%", None, "unverifiable", "U_TR",
          "Total return; the 2005 price return in the file is +3.32% (IWM with dividends +4.46%).", ref_date="2005-12-30",
          window="2005", basis="total return", detail="price: year_pct('RUT', 2005) = 3.32"),
        C("GENERIC", "survey_share_bullish", 80, "percent", "80% of respondents", None, "unverifiable", "U_SER",
          "Survey results are not in the files.", ref_date="2006-01-05"),
        C("FEDFUNDS", "hiking_cycle_length", 18, "months", "18-month cycle",
          "(lambda ch: round((D(ch[-1][0]) - D(ch[0][0])).days / 30.44, 1))(target_changes('2004-01-01', '2006-01-05'))",
          "supported", "INT",
          ("Thirteen 25-bp increases in DFEDTAR from 2004-06-30 (1.25%) to 2005-12-13 (4.25%): 17.5 months, about 18 (18.2 "
           "months to the minutes' release in early January 2006)."), ref_date="2005-12-13", window="2004-06-30..2005-12-13"),
        C("FEDFUNDS", "hiking_cycle_end", "ending", "flag", "is ending", None, "forecast", "F",
          "A reading of the Fed's outlook, i.e. a projection (the Fed in fact raised rates four more times in 2006).",
          ref_date="2006-01-05"),
        C("RUSSELL_MIDCAP_SECTORS", "annual_return_range", [3.2, 61], "percent", "ranging from 3.2%", None, "unverifiable",
          "U_SER", "Russell sector indexes are not in the files.", ref_date="2005-12-30", window="2005"),
    ],
})
