"""Passage and claim specifications, part 3 (daily market wraps)."""
from build_part1 import *  # noqa: F401,F403

PASSAGES3 = []

D = '2022-12-19'
ap = []
for t, name, pts, pct, lvl, a_pts, a_pct, a_lvl in [
        ("GSPC", "SPX", -34.70, -0.9, 3817.66, "34.70 points", "or 0.9%", "3,817.66"),
        ("DJI", "DJI", -162.92, -0.5, 32757.54, "162.92 points", "or 0.5%", "32,757.54"),
        ("IXIC", "IXIC", -159.38, -1.5, 10546.03, "159.38 points", "or 1.5%", "10,546.03"),
        ("RUT", "RUT", -24.84, -1.4, 1738.58, "24.84 points", "or 1.4%", "1,738.58")]:
    ap.append(C(name, "daily_point_change", pts, "index_points", D, f"point_change('{t}','{D}')", 2,
                "supported", R_2DP, f"{name} point change on {D}.", a_pts))
    ap.append(C(name, "daily_pct_change", pct, "percent", D, f"pct_change('{t}','{D}')", 2,
                "supported", R_1DP, f"{name} % change on {D}.", a_pct))
    ap.append(C(name, "close_level", lvl, "index_points", D, f"close('{t}','{D}')", 2,
                "supported", R_LVL, f"{name} close on {D}.", a_lvl))
for t, name, pts, pct, a_pts, a_pct in [
        ("GSPC", "SPX", -948.52, -19.9, "948.52 points", "or 19.9%"),
        ("DJI", "DJI", -3580.76, -9.9, "3,580.76 points", "or 9.9%"),
        ("IXIC", "IXIC", -5098.94, -32.6, "5,098.94 points", "or 32.6%"),
        ("RUT", "RUT", -506.73, -22.6, "506.73 points", "or 22.6%")]:
    ap.append(C(name, "ytd_point_change", pts, "index_points", D, f"points('{t}','2021-12-31','{D}')", 2,
                "supported", R_2DP, f"{name} from the 2021-12-31 close to {D}.", a_pts, window="YTD"))
    ap.append(C(name, "ytd_return", pct, "percent", D, f"ytd('{t}','{D}')", 2,
                "supported", R_1DP, f"{name} year to date to {D}.", a_pct, window="YTD"))
ap.insert(0, C("SPX", "weekly_losing_streak", 2, "count", "2022-12-16",
               "[round(weekly_returns(t).loc[w],2) for t in ('GSPC','DJI','IXIC') for w in ('2022-12-09','2022-12-16')]", 2,
               "supported", R_STREAK,
               "Weeks ending Dec 9 and Dec 16, 2022: S&P 500 -3.37%, -2.08%; Dow -2.77%, -1.66%; Nasdaq -3.99%, -2.72%. All three fell in both weeks.",
               "coming off two weeks of losses", window="weeks to 2022-12-09 and 2022-12-16", comparison="DJI,IXIC"))
ap.insert(1, C("US10Y", "yield_change_direction", 1, "direction", D, "rate_change_bp('DGS10','2022-12-16','2022-12-19')", 1,
               "supported", R_YLD, "10-year yield 3.48% on Dec 16 and 3.57% on Dec 19 (+9 bp): yields moved higher.",
               "Treasury yields moved higher", basis="end of day"))

PASSAGES3.append(dict(
    id="ap_20221219_indexes_fared_monday",
    source=dict(site="federalnewsnetwork.com",
                url="https://federalnewsnetwork.com/business-news/2022/12/how-major-us-stock-indexes-fared-monday-12-19-2022/",
                original_outlet="Associated Press"),
    published="2022-12-19", published_confidence="exact",
    published_note="Headline and page date: Monday 12/19/2022.",
    text=("How major US stock indexes fared Monday 12/19/2022\n\n"
          "Wall Street closed lower as investors braced for central banks to keep raising interest rates in their fight against inflation. "
          "All three of the big benchmarks slipped, with the tech-heavy Nasdaq composite taking the worst of it, and the major indexes are "
          "coming off two weeks of losses.\n\n"
          "Facebook's parent company fell after the European Union accused it of breaching antitrust rules by distorting competition in "
          "online classified ads. Treasury yields moved higher and crude oil prices rose.\n\n"
          "On the day, the S&P 500 gave up 34.70 points, or 0.9%, to 3,817.66. The Dow Jones Industrial Average lost 162.92 points, or "
          "0.5%, to 32,757.54. The Nasdaq dropped 159.38 points, or 1.5%, to 10,546.03. The Russell 2000 index of smaller companies shed "
          "24.84 points, or 1.4%, to 1,738.58.\n\n"
          "For the year, the S&P 500 is down 948.52 points, or 19.9%. The Dow is down 3,580.76 points, or 9.9%. The Nasdaq is down "
          "5,098.94 points, or 32.6%, and the Russell 2000 is down 506.73 points, or 22.6%."),
    claims=ap))

PASSAGES3.append(dict(
    id="wealth365_20191030_fed_cut_final_hour",
    source=dict(site="news.wealth365.com", url="https://news.wealth365.com/bulls-rally-in-final-hour-as-fed-cuts-rates/",
                original_outlet="Wealth365 News"),
    published="2019-10-30", published_confidence="high",
    published_note="inferred: a quarter-point Fed cut announced during the session, Dow at 27,204, S&P 500 intraday record 3,050 and a Russell 2000 low of 1,562; the files match the FOMC decision day Wed 2019-10-30 (DFEDTARU 2.00 -> 1.75 effective Oct 31).",
    text=("Bulls Rally in Final Hour as Fed Cuts Rates\n\n"
          "US markets were tepid ahead of the Fed's rate decision, with the major averages weak at the open but firming before the news. "
          "As expected, a quarter-point reduction was announced, and the first reaction was muted while Wall Street waited for more.\n\n"
          "Chairman Jay Powell's remarks afterwards were once again picked apart, but this time they helped sentiment, and the major indexes "
          "pushed to session highs in the final hour of trading. Volatility also closed below another key support level, which supports a "
          "continued breakout to fresh all-time highs.\n\n"
          "The Dow added 0.4% following the late day push to 27,204. Resistance at 27,200-27,400 held for a third straight session; a close "
          "above that zone and the all-time high at 27,398 would signal blue-sky territory toward 27,600-27,800.\n\n"
          "The Nasdaq climbed 0.3% after testing a 2nd half high of 8,315. Resistance at 8,300-8,350 held, and a close above it and the "
          "all-time high at 8,339 would bring 8,450-8,500 into play.\n\n"
          "The S&P 500 was also up 0.3% after trading in a 25-point range while tapping a fresh all-time high of 3,050 ahead of the closing "
          "bell.\n\n"
          "The Russell 2000 lost 0.3% while trading in negative territory throughout the session, with the low reaching 1,562, a slightly "
          "bearish break that could open the way toward 1,540-1,525 and the 200-day moving average.\n\n"
          "Utilities and Real Estate led the sectors with gains of 0.9% and 0.7%, while Energy and Financials lagged, falling 2% and 0.1%."),
    claims=[
        C("FEDFUNDS", "rate_change_bp", -25, "bp", "2019-10-30", "(fed_upper('2019-10-31') - fed_upper('2019-10-30')) * 100", 0,
          "supported", R_FED, "Decision 2019-10-30 (FOMC_meetings.csv); DFEDTARU 2.00 -> 1.75 effective 2019-10-31.",
          "a quarter-point reduction"),
        C("DJI", "daily_pct_change", 0.4, "percent", "2019-10-30", "pct_change('DJI','2019-10-30')", 2,
          "supported", R_1DP, "Dow +0.43% on 2019-10-30.", "The Dow added 0.4%"),
        C("DJI", "session_high", 27204, "index_points", "2019-10-30", "close('DJI','2019-10-30','high')", 2,
          "supported", R_INT, "The 'late day push' reached the session high 27204.36; the close was 27186.69 (which would be 17.7 points, 0.07%, off).",
          "late day push to 27,204", basis="intraday high"),
        C("DJI", "intraday_record_level", 27398, "index_points", "2019-10-30", "record_before('DJI','2019-10-30','high')[1]", 2,
          "imprecise", R_INT + IMP, "The Dow's intraday record was 27398.68 (2019-07-16); 27,398 truncates it (rounds to 27,399). The record close was 27359.16.",
          "all-time high at 27,398", basis="intraday high"),
        C("IXIC", "daily_pct_change", 0.3, "percent", "2019-10-30", "pct_change('IXIC','2019-10-30')", 2,
          "supported", R_1DP, "Nasdaq +0.33%.", "The Nasdaq climbed 0.3%"),
        C("IXIC", "session_high", 8315, "index_points", "2019-10-30", "close('IXIC','2019-10-30','high')", 2,
          "supported", R_INT, "Session high 8315.50 (within 0.5).", "2nd half high of 8,315", basis="intraday high"),
        C("IXIC", "intraday_record_level", 8339, "index_points", "2019-10-30", "record_before('IXIC','2019-10-30','high')[1]", 2,
          "imprecise", R_INT + IMP, "Nasdaq intraday record 8339.64 (2019-07-26); 8,339 truncates it. The record close was 8330.21.",
          "all-time high at 8,339", basis="intraday high"),
        C("SPX", "daily_pct_change", 0.3, "percent", "2019-10-30", "pct_change('GSPC','2019-10-30')", 2,
          "supported", R_1DP, "S&P 500 +0.33%.", "was also up 0.3%"),
        C("SPX", "session_range_points", 25, "index_points", "2019-10-30",
          "close('GSPC','2019-10-30','high') - close('GSPC','2019-10-30','low')", 2,
          "imprecise", R_INT + IMP, "High 3050.10 minus low 3025.96 = 24.14 points; 25 is 0.86 off (3.6%).", "a 25-point range",
          basis="intraday"),
        C("SPX", "session_high", 3050, "index_points", "2019-10-30", "close('GSPC','2019-10-30','high')", 2,
          "supported", R_INT, "Session high 3050.10.", "fresh all-time high of 3,050", basis="intraday high"),
        C("SPX", "intraday_record", True, "flag", "2019-10-30",
          "close('GSPC','2019-10-30','high') > record_before('GSPC','2019-10-30','high')[1]", 2,
          "supported", R_REC, "3050.10 tops the previous intraday record 3047.87 (2019-10-29).", "tapping a fresh all-time high",
          basis="intraday high"),
        C("RUT", "daily_pct_change", -0.3, "percent", "2019-10-30", "pct_change('RUT','2019-10-30')", 2,
          "supported", R_1DP, "Russell 2000 -0.27%.", "The Russell 2000 lost 0.3%"),
        C("RUT", "negative_all_session", True, "flag", "2019-10-30",
          "close('RUT','2019-10-30','high') < close('RUT', prev_session('RUT','2019-10-30'))", 2,
          "supported", R_ORDER, "Session high 1575.61 stayed below the previous close 1577.07, so the index was down all session.",
          "in negative territory throughout the session", basis="intraday"),
        C("RUT", "session_low", 1562, "index_points", "2019-10-30", "close('RUT','2019-10-30','low')", 2,
          "supported", R_INT, "Session low 1562.05.", "the low reaching 1,562", basis="intraday low"),
        C("DJI", "resistance_held_sessions", 3, "count", "2019-10-30", None, 2,
          "not_checkable", R_NC, "A technical-analysis reading of 'resistance' zones, not a market figure the files define.",
          "held for a third straight session"),
        C("DJI", "technical_target", "27,600-27,800", "index_points", "2019-10-30", None, 2,
          "forecast", R_FC, "Conditional technical target.", "27,600-27,800"),
        C("IXIC", "technical_target", "8,450-8,500", "index_points", "2019-10-30", None, 2,
          "forecast", R_FC, "Conditional technical target.", "8,450-8,500"),
        C("RUT", "technical_target", "1,540-1,525", "index_points", "2019-10-30", None, 2,
          "forecast", R_FC, "Possible downside target; a projection.", "1,540-1,525"),
        C("SPX_SECTORS", "daily_pct_change", 0.9, "percent", "2019-10-30", None, 2,
          "unverifiable", R_UNV_SERIES, "S&P 500 sector indexes are not in the files (sector SPDRs are proxies only).",
          "gains of 0.9% and 0.7%"),
        C("SPX_ENERGY", "daily_pct_change", -2, "percent", "2019-10-30", None, 2,
          "unverifiable", R_UNV_SERIES, "The S&P 500 energy sector index is not in the files; as a proxy, XLE's adjusted close fell 2.04% that day.",
          "falling 2% and 0.1%"),
    ]))
