"""Build passages.jsonl and key.jsonl of the held-back corpus heldout9b.

Usage:  python build_heldout9b.py DATA_DIR      (or set CAPSCOPE_DATA_DIR)

The passages, claims and verdicts are written out below by hand; every computed_value is produced
by evaluating the claim's expression with the helpers of reference.py on the CSV files of
DATA_DIR. The script also writes the RECIPES table into reference.py, checks that each anchor_text
occurs exactly once in its passage, and prints a verdict count.
"""
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ------------------------------------------------------------------ rule texts
IMP = ("; imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures "
       "(<= 1% for index levels, <= 20% for point changes and counts); otherwise contradicted")
R_INT = "unhedged integer: |true-claim| <= 0.5" + IMP
R_1DP = "unhedged 1-decimal figure: |true-claim| <= 0.05 + 0.02 slack" + IMP
R_2DP = "unhedged 2-dp figure: |true-claim| <= 0.005 + 0.02 slack" + IMP
R_LVL = "index/ETF level to 2 dp: |true-claim| <= 0.025" + IMP
R_LVL0 = "index level as a whole number: |true-claim| <= 0.5; a truncated figure is imprecise" + IMP
R_ABOUT = "about/around/roughly/approximately: within one unit of the last stated digit (+0.02)" + IMP
R_NEARLY = "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit" + IMP
R_MORE = "more than/over/above: true > claim" + IMP
R_LESS = "less than/within: true < claim" + IMP
R_REC = "record: above every earlier close in the file"
R_IREC = "intraday record: session high above every earlier high in the file"
R_SINCE = "highest/worst since X: X must be the last session at least as extreme, or the first session after it; a later X is imprecise, an earlier X contradicted"
R_FIRST = "first/only occurrence: no earlier occurrence in the file"
R_DIR = "direction, ordering or sign of moves on close-to-close basis"
R_COUNT = "streaks and counts use daily closes; sessions counted as the index difference" + IMP
R_CORR = "correction: close at least 10% below the highest close of the previous 52 weeks"
R_MID = "mid-session figure: unverifiable unless the value lies outside the session's low-high range"
R_BOUND = "bound claim made mid-session: supported when both the close and the session extremes satisfy it"
R_ARITH = "a difference computed from figures the passage itself states is judged on that arithmetic"
R_TR = "total-return figure where only a price index exists in the files: unverifiable"
R_NA = "series not in the files: unverifiable"
R_UNSTATED = "window or criterion not stated precisely enough to compute: unverifiable"
R_FC = "forecast / projection / expectation: never judged against what happened"
R_NC = "conditional, 'on track', rule of thumb, quoted opinion or generic statement: not_checkable"
R_FED = "Fed: DFEDTARU/DFEDTARL change on the effective date (day after the decision); FOMC_meetings.csv gives decision days"
R_FUT = "futures-implied odds for a meeting without futures in the files: unverifiable"
R_Y = "Treasury yields: FRED end-of-day constant-maturity (DGS10)"


def C(t, metric, value, unit, rd, expr, dec, verdict, rule, note, anchor, q=None, window=None, cmp=None,
      basis="close", detail=""):
    return dict(index_or_ticker=t, metric=metric, value=value, unit=unit, qualifier=q, ref_date=rd,
                window=window, comparison=cmp, basis=basis, expr=expr, dec=dec, verdict=verdict, rule=rule,
                note=note, anchor=anchor, detail=detail)


P = []  # passages

# ================================================================== 1
P.append(dict(
    id="malaymail_20260203_sp500_chips_small_caps_2026",
    source=dict(site="malaymail.com",
                url="https://www.malaymail.com/news/money/2026/02/03/sp-500-brushes-record-high-on-tech-strength-small-caps-extend-2026-surge/207797",
                original_outlet="Reuters"),
    published="2026-02-03", published_confidence="exact",
    published_note="Dated in the URL and the dateline (NEW YORK, Feb 3); the text reports 'yesterday', Monday 2026-02-02, the session every claim is about.",
    text=("NEW YORK, Feb 3 — Chipmakers and other artificial-intelligence names carried the S&P 500 to a higher close "
          "yesterday, and shares of smaller companies rose sharply as well. The Russell 2000 index jumped about 1 per "
          "cent, with the small-cap index significantly outperforming the S&P 500 and Nasdaq so far in 2026. Alphabet "
          "and Amazon both gained ahead of their quarterly reports this week, giving investors another look at the race "
          "for AI dominance, and makers of AI-related chips rallied. It was the S&P 500's first gain in three sessions, "
          "after recent worries about the pricey valuations of technology companies whose shares have soared on AI "
          "optimism. The S&P 500 is up about 2 per cent in 2026, lagging the Russell 2000's more than 6 per cent rally; "
          "investors often read gains in small caps as a sign of confidence in the economy. \"The fundamentals are good "
          "and earnings are strong,\" said Tim Ghriskey, senior portfolio strategist at Ingalls & Snyder, pointing to "
          "positive surprises on revenue and earnings pretty much across the board. Analysts now expect S&P 500 "
          "companies to have grown their earnings nearly 11 per cent in the December quarter, up from an estimate of "
          "about 9 per cent at the start of January, according to LSEG, with technology-related companies driving most "
          "of that growth. The S&P 500 climbed 0.54 per cent to end the session at 6,976.44."),
    claims=[
        C("RUT", "daily_pct_change", 1, "percent", "2026-02-02", "pct('RUT','2026-02-02')", 2, "supported", R_ABOUT,
          "Monday 2026-02-02: 2640.28 vs 2613.74, +1.02%.", "jumped about 1 per", q="about"),
        C("RUT", "ytd_outperformance", None, "flag", "2026-02-02",
          "[round(ytd(t,'2026-02-02'),2) for t in ('RUT','GSPC','IXIC')]", 2, "supported", R_DIR,
          "Year-to-date on 2026-02-02: Russell 2000 +6.38%, S&P 500 +1.91%, Nasdaq +1.51%.",
          "significantly outperforming the S&P 500 and Nasdaq so far in 2026", window="ytd", cmp="GSPC, IXIC"),
        C("SPX", "first_gain_in_n_sessions", 3, "sessions", "2026-02-02", "down_streak('GSPC','2026-01-30') + 1", 0,
          "imprecise", R_COUNT,
          "Monday's +0.54% followed three straight declines (Jan 28 -0.57 pt to 6978.03, Jan 29 -0.13%, Jan 30 -0.43%), "
          "so it was the first gain in four sessions; 'in three sessions' is true but understated (the Jan 28 loss is only "
          "0.008%).", "first gain in three sessions"),
        C("SPX", "ytd_pct_change", 2, "percent", "2026-02-02", "ytd('GSPC','2026-02-02')", 2, "supported", R_ABOUT,
          "6976.44 vs 6845.50 at the end of 2025: +1.91%.", "up about 2 per cent in 2026", q="about", window="ytd"),
        C("RUT", "ytd_pct_change", 6, "percent", "2026-02-02", "ytd('RUT','2026-02-02')", 2, "supported", R_MORE,
          "2640.28 vs 2481.91: +6.38%.", "more than 6 per cent rally", q="more than", window="ytd"),
        C("SPX_EARNINGS", "q4_earnings_growth_estimate", 11, "percent", "2026-02-02", None, 2, "unverifiable", R_NA,
          "LSEG earnings estimates are not in the files.", "nearly 11 per cent", q="nearly"),
        C("SPX_EARNINGS", "q4_earnings_growth_estimate_prior", 9, "percent", "2026-01-02", None, 2, "unverifiable",
          R_NA, "LSEG earnings estimates are not in the files.", "about 9 per cent", q="about"),
        C("SPX", "daily_pct_change", 0.54, "percent", "2026-02-02", "pct('GSPC','2026-02-02')", 2, "supported", R_2DP,
          "6976.44 vs 6939.03: +0.539%.", "climbed 0.54 per cent"),
        C("SPX", "close_level", 6976.44, "index_points", "2026-02-02", "val('GSPC','2026-02-02')", 2, "supported",
          R_LVL, "Close 6976.44.", "6,976.44"),
    ]))

# ================================================================== 3
P.append(dict(
    id="seekingalpha_20180827_stifel_small_caps_ytd",
    source=dict(site="seekingalpha.com", url="https://seekingalpha.com/news/3385925-stifel-sees-small-caps-rising-year-end",
                original_outlet="Seeking Alpha (news item citing CNBC and a Stifel note)"),
    published="2018-08-27", published_confidence="exact",
    published_note="Page dated 2018-08-27 (Monday); the index levels are intraday Monday figures.",
    text=("Small-cap stocks will keep building on this year's gains through the rest of the year, helped by strong "
          "financial performance and the benefits of tax reform, CNBC reports, citing a note from Stifel to its "
          "investors. Last December, the U.S. corporate tax rate was permanently cut to 21% from 35%. \"As we move into "
          "the second half of the year, the market environment is positioned well for U.S. small cap equities to remain "
          "one of the preferred markets,\" Michael O'Keeffe, Stifel's global head of investment strategy, wrote to "
          "clients. Small business owners expect higher sales and even better business conditions for the remainder of "
          "the year, which should lift investment spending and help fuel GDP growth, he wrote. And because small "
          "companies are generally less exposed to international markets than members of the S&P 500, they should fare "
          "better if the trade environment worsens. The Russell 200 has risen 12.8% YTD, compared with the S&P 500 "
          "Index, which is up 8.3% in the same period. On Monday the Russell 200 Index is up 0.35% to 1,731.69, while "
          "the S&P is up 0.7% to 2,895.57 after President Trump announced a trade pact with Mexico."),
    claims=[
        C("GENERIC", "corporate_tax_rate_change", [35, 21], "percent", "2017-12-22", None, 2, "unverifiable", R_NA,
          "Tax law, not in the files.", "to 21% from 35%"),
        C("RUT", "ytd_pct_change", 12.8, "percent", "2018-08-27", "ytd_range('RUT','2018-08-27')", 2, "unverifiable",
          R_MID, "'Russell 200' is the text's typo for the Russell 2000 (kept as written). Written during Monday's "
          "session: the year-to-date change ran from +12.49% (session low) to +13.16% (high) and the quoted level "
          "1,731.69 gives +12.78%; the close gives +12.56% (which would be imprecise).", "risen 12.8% YTD",
          window="ytd", basis="intraday"),
        C("SPX", "ytd_pct_change", 8.3, "percent", "2018-08-27", "ytd_range('GSPC','2018-08-27')", 2, "unverifiable",
          R_MID, "Mid-session: year-to-date from +7.89% (low) to +8.40% (high); 2,895.57 gives +8.30% and the close "
          "+8.35% (within tolerance).", "up 8.3% in the same period", window="ytd", basis="intraday"),
        C("RUT", "intraday_pct_change", 0.35, "percent", "2018-08-27", "session_move_range('RUT','2018-08-27')", 2,
          "unverifiable", R_MID, "Session range +0.10%..+0.69% vs Friday's 1725.67 ([low, high] printed); 0.35% lies "
          "inside. Close +0.16%.", "up 0.35%", basis="intraday"),
        C("RUT", "intraday_level", 1731.69, "index_points", "2018-08-27", "session_range('RUT','2018-08-27')", 2,
          "unverifiable", R_MID, "Session low 1727.33, high 1737.63; 1,731.69 lies inside. Close 1728.41.",
          "1,731.69", basis="intraday"),
        C("SPX", "intraday_pct_change", 0.7, "percent", "2018-08-27", "session_move_range('GSPC','2018-08-27')", 2,
          "unverifiable", R_MID, "Session range +0.35%..+0.82% vs 2874.69; 0.7% inside. Close +0.77%.",
          "up 0.7% to 2,895.57", basis="intraday"),
        C("SPX", "intraday_level", 2895.57, "index_points", "2018-08-27", "session_range('GSPC','2018-08-27')", 2,
          "unverifiable", R_MID, "Session low 2884.69, high 2898.25; inside. Close 2896.74.", "2,895.57",
          basis="intraday"),
    ]))

# ================================================================== 4
P.append(dict(
    id="briefing_20250225_small_caps_under_pressure",
    source=dict(site="briefing.com", url="https://www.briefing.com/stock-market-update/archive/2025/2/25/small-cap-stocks-under-pressure",
                original_outlet="Briefing.com"),
    published="2025-02-25", published_confidence="exact",
    published_note="Timestamped 25-Feb-25 11:55 ET (Tuesday): every index figure is a midday print of that session; 'last week' is the S&P 500 record close of Wednesday 2025-02-19.",
    text=("Stock Market Update, 25-Feb-25 11:55 ET — Small cap stocks under pressure. Dow -32.46 at 43428.75, Nasdaq "
          "-269.66 at 19017.27, S&P -42.99 at 5940.26. [BRIEFING.COM] The Nasdaq Composite, the Russell 2000 and the "
          "S&P Midcap 400 Index have all given back their early 2025 gains and are now negative on a year-to-date "
          "basis. The Russell 2000 (-3.4%), with its heavy weighting in financial and industrial stocks, is the biggest "
          "year-to-date loser. Counting today's 1.1% decline, the Russell 2000 is down 12.6% from its November 25 high, "
          "which puts it squarely in correction territory — generally defined as a pullback of between 10% and 20% "
          "from a prior peak, while anything beyond 20% counts as a bear market. By comparison, the S&P 500, which has "
          "suffered three straight losing sessions and is on track for a fourth, sits just 3.4% below the all-time high "
          "it reached last week. Small-cap companies tend to earn most, if not all, of their revenue in the U.S., which "
          "is why the Russell 2000 will be watched closely as a proxy for worries about domestic growth."),
    claims=[
        C("DJI", "midday_point_change", -32.46, "index_points", "2025-02-25",
          "session_move_range('DJI','2025-02-25','pts')", 2, "unverifiable", R_MID,
          "11:55 ET print. Session range -178.23..+306.53 points vs 43461.21; inside. Close +159.95.", "-32.46",
          basis="midday"),
        C("DJI", "midday_level", 43428.75, "index_points", "2025-02-25", "session_range('DJI','2025-02-25')", 2,
          "unverifiable", R_MID, "Session 43282.98-43767.74; inside. Close 43621.16.", "43428.75", basis="midday"),
        C("IXIC", "midday_point_change", -269.66, "index_points", "2025-02-25",
          "session_move_range('IXIC','2025-02-25','pts')", 2, "unverifiable", R_MID,
          "Session range -415.41..-30.58 vs 19286.93; inside. Close -260.54.", "-269.66", basis="midday"),
        C("IXIC", "midday_level", 19017.27, "index_points", "2025-02-25", "session_range('IXIC','2025-02-25')", 2,
          "unverifiable", R_MID, "Session 18871.52-19256.35; inside. Close 19026.39.", "19017.27", basis="midday"),
        C("SPX", "midday_point_change", -42.99, "index_points", "2025-02-25",
          "session_move_range('GSPC','2025-02-25','pts')", 2, "unverifiable", R_MID,
          "Session range -74.76..+9.40 vs 5983.25; inside. Close -28.00.", "-42.99", basis="midday"),
        C("SPX", "midday_level", 5940.26, "index_points", "2025-02-25", "session_range('GSPC','2025-02-25')", 2,
          "unverifiable", R_MID, "Session 5908.49-5992.65; inside. Close 5955.25.", "5940.26", basis="midday"),
        C("IXIC", "ytd_negative", None, "flag", "2025-02-25", "ytd_range('IXIC','2025-02-25')", 2, "supported",
          R_BOUND, "Year-to-date at the session low -2.27%, at the high -0.28%, close -1.47%: negative all session.",
          "Nasdaq Composite, the Russell 2000 and the S&P Midcap 400 Index have all given back", window="ytd",
          basis="midday"),
        C("RUT", "ytd_negative", None, "flag", "2025-02-25", "ytd_range('RUT','2025-02-25')", 2, "supported", R_BOUND,
          "Year-to-date -3.40% (low) to -2.04% (high), close -2.69%: negative all session.",
          "negative on a year-to-date basis", window="ytd", basis="midday"),
        C("SP400", "ytd_negative", None, "flag", "2025-02-25", None, 2, "unverifiable", R_NA,
          "S&P MidCap 400 is not in the files.", "S&P Midcap 400 Index", window="ytd", basis="midday"),
        C("RUT", "ytd_pct_change", -3.4, "percent", "2025-02-25", "ytd_range('RUT','2025-02-25')", 2, "unverifiable",
          R_MID, "Midday figure. Year-to-date ran from -3.40% (session low) to -2.04%; -3.4 lies at the low end of the "
          "range. Close -2.69%.", "(-3.4%)", window="ytd", basis="midday"),
        C("RUT", "worst_ytd_among_group", None, "flag", "2025-02-25",
          "[round(ytd(t,'2025-02-25'),2) for t in ('RUT','IXIC','GSPC','DJI')]", 2, "unverifiable", R_NA,
          "Among the series in the files the Russell 2000 is the worst year-to-date (close -2.69% vs Nasdaq -1.47%, S&P "
          "+1.25%, Dow +2.53%, and lower all session), but the S&P MidCap 400, part of the comparison, is not in the "
          "files.", "biggest year-to-date loser", basis="midday"),
        C("RUT", "midday_pct_change", -1.1, "percent", "2025-02-25", "session_move_range('RUT','2025-02-25')", 2,
          "unverifiable", R_MID, "Session range -1.10%..+0.30% vs 2178.27; -1.1 is the session low. Close -0.38%.",
          "today's 1.1% decline", basis="midday"),
        C("RUT", "peak_date", "2024-11-25", "date", "2025-02-25", "peak_between('RUT','2024-11-06','2025-02-24')", 2,
          "supported", R_DIR, "Highest close since the election: 2442.03 on 2024-11-25 (also the intraday high "
          "2466.49).", "November 25 high"),
        C("RUT", "pct_below_high", 12.6, "percent", "2025-02-25", "pct_below_range('RUT','2025-02-25',2442.03)", 2,
          "imprecise", R_MID + IMP,
          "Against the Nov 25 closing high 2442.03 the session ran 10.54% (high) to 11.78% (low) below, so 12.6 lies "
          "outside the session's range by 0.82 pp (imprecise). Against the Nov 25 intraday high 2466.49 it ran "
          "11.42%-12.66%, which contains 12.6 (the figure was evidently measured from the intraday high); the key "
          "follows the closing-high convention.", "down 12.6% from", basis="midday"),
        C("RUT", "in_correction", True, "flag", "2025-02-25",
          "[in_correction('RUT','2025-02-25'), in_correction('RUT','2025-02-25', val('RUT','2025-02-25','high'))]", 2,
          "supported", R_CORR + "; " + R_BOUND, "Highest close of the prior 52 weeks 2442.03; close 2170.08 is 11.14% "
          "below and even the session high 2184.76 is 10.54% below.", "squarely in correction territory"),
        C("SPX", "losing_streak", 3, "sessions", "2025-02-24", "down_streak('GSPC','2025-02-24')", 0, "supported",
          R_COUNT, "Feb 20 -26.63, Feb 21 -104.39, Feb 24 -29.88: three straight declines before Tuesday.",
          "three straight losing sessions"),
        C("SPX", "on_track_fourth_loss", None, "flag", "2025-02-25", "chg('GSPC','2025-02-25') < 0", 2,
          "not_checkable", R_NC, "'On track' is not an assertion about a close; for reference the S&P 500 did close "
          "lower (-28.00), a fourth straight loss.", "on track for a fourth", basis="midday"),
        C("SPX", "pct_below_record", 3.4, "percent", "2025-02-25", "pct_below_range('GSPC','2025-02-25',6144.15)", 2,
          "unverifiable", R_MID, "Record close 6144.15 (2025-02-19). During the session the index was 2.47% (high) "
          "to 3.84% (low) below it; 3.4 lies inside. Close 3.07% below.", "3.4% below the all-time high",
          basis="midday"),
        C("SPX", "record_date", "last week", "date", "2025-02-25", "prior_record('GSPC','2025-02-25')", 2, "supported",
          R_REC, "Record close 6144.15 on Wednesday 2025-02-19, the previous calendar week.", "reached last week"),
    ]))

# ================================================================== 6
P.append(dict(
    id="etfcom_20141020_small_cap_underperformance_gap",
    source=dict(site="etf.com", url="https://www.etf.com/sections/index-investor-corner/what-small-cap-underperformance-tells-us",
                original_outlet="ETF.com (Index Investor Corner)"),
    published="2014-10-20", published_confidence="exact",
    published_note="Dated October 20, 2014 on the page; the index figures are year-to-date 'as of Oct. 2' (Thursday 2014-10-02).",
    text=("What Small-Cap Underperformance Tells Us — October 20, 2014. History suggests there is not much to worry about "
          "in the lag of small stocks. True to the reputation of September and October as volatile months, the start of "
          "fall has brought renewed turbulence to financial markets, and much has been said about the wide gap between "
          "large-cap and small-cap returns. The Russell 1000 Index of large-cap stocks, for example, was up 6.5 percent "
          "year-to-date as of Oct. 2, while the Russell 2000 Index of small-cap stocks was down 4.8 percent for the "
          "period — a performance difference of 11.3 percentage points. The picture is similar elsewhere: the S&P 500 "
          "Index of large-cap stocks was up 6.9 percent while the S&P SmallCap 600 Index was down 4.2 percent, a "
          "performance difference of 11.1 percentage points. The performance chart of the SPDR S&P 500 against the "
          "iShares Russell 2000 ETF tells the same story. The volatility has come despite continued signs of economic "
          "strengthening and solid corporate earnings: growth stumbled early in the year but strengthened as it went "
          "on, with GDP increasing at an annual rate of 4.6 percent in the second quarter, according to the Bureau of "
          "Economic Analysis, while unemployment kept falling, to 5.9 percent in September. So what should we make of "
          "the gap between large and small caps? Every expansion and market cycle is somewhat different, but history "
          "can show whether the recent gap is truly unusual."),
    claims=[
        C("R1000", "ytd_pct_change", 6.5, "percent", "2014-10-02", None, 2, "unverifiable", R_NA,
          "The Russell 1000 is not in the files.", "up 6.5 percent", window="ytd"),
        C("RUT", "ytd_pct_change", -4.8, "percent", "2014-10-02", "ytd('RUT','2014-10-02')", 2, "unverifiable", R_TR,
          "Price basis: 1083.80 on 2014-10-02 vs 1163.64 = -5.78% (0.98 pp off, which would be imprecise). ETF.com "
          "quotes total returns (the S&P 500 figure below matches only a total-return reading), and the files hold "
          "only the price index.", "down 4.8 percent", window="ytd"),
        C("RUT", "ytd_gap_vs_r1000", 11.3, "percentage_points", "2014-10-02", "round(6.5 - (-4.8), 2)", 2,
          "supported", R_ARITH, "6.5 - (-4.8) = 11.3 from the passage's own figures.",
          "performance difference of 11.3 percentage points", window="ytd"),
        C("SPX", "ytd_pct_change", 6.9, "percent", "2014-10-02", "ytd('GSPC','2014-10-02')", 2, "unverifiable", R_TR,
          "Price basis: 1946.17 vs 1848.36 = +5.29% (1.6 pp off). About 1.6 pp of dividends over nine months gives the "
          "quoted 6.9% total return; the files hold only the price index.", "up 6.9 percent", window="ytd"),
        C("SP600", "ytd_pct_change", -4.2, "percent", "2014-10-02", None, 2, "unverifiable", R_NA,
          "S&P SmallCap 600 is not in the files.", "down 4.2 percent", window="ytd"),
        C("SPX", "ytd_gap_vs_sp600", 11.1, "percentage_points", "2014-10-02", "round(6.9 - (-4.2), 2)", 2,
          "supported", R_ARITH, "6.9 - (-4.2) = 11.1 from the passage's own figures.",
          "performance difference of 11.1 percentage points", window="ytd"),
        C("US_GDP", "q2_annualized_growth", 4.6, "percent", "2014-06-30", None, 2, "unverifiable", R_NA,
          "GDP is not in the files.", "4.6 percent"),
        C("US_UNEMPLOYMENT", "unemployment_rate", 5.9, "percent", "2014-09-30", None, 2, "unverifiable", R_NA,
          "The unemployment rate is not in the files.", "5.9 percent"),
    ]))

# ================================================================== 7
P.append(dict(
    id="trickyprofit_20260126_rut_january_effect",
    source=dict(site="trickyprofit.com", url="https://trickyprofit.com/?p=86734", original_outlet="Tricky Profit (republished markets column)"),
    published="2026-01-26", published_confidence="exact",
    published_note="Byline dated January 26, 2026 (Monday); the latest close before it is Friday 2026-01-23, the session the year-to-date figure is checked on.",
    text=("Russell 2000 rally: sustainable or 'January effect' only? Investors have been loading up on small-cap stocks "
          "while taking a breather from the larger, possibly overvalued artificial-intelligence names of recent weeks. "
          "The shift in sentiment that experts have dubbed the \"Great Rotation\" has pushed the Russell 2000, the "
          "benchmark for U.S. small-cap stocks, up some 8% since the start of this year. Still, Jeffrey Hirsch, senior "
          "editor of the \"Stock Trader's Almanac\", believes the index will push meaningfully higher in the months "
          "ahead. The small-cap gauge has been printing new highs and leaving the S&P 500 trailing far behind, as "
          "large-cap names wrestle with keeping pace. Hirsch sees several forces behind the surge. Investors expect the "
          "Federal Reserve to lower interest rates further at its upcoming meetings, a move that tends to help smaller "
          "companies most because they rely more heavily on borrowing. Seasonality also plays a part: Hirsch points to "
          "the so-called \"January Effect\", when investors scoop up smaller names at the start of the year, especially "
          "ones beaten down by tax-loss selling in the final quarter. In his latest report he projected further upside "
          "for the index. Historical data suggest small caps often outperform in February, with the index averaging a "
          "modest gain while the SPX tends to tread water, and in midterm election years like 2026 the advantage is even "
          "more pronounced."),
    claims=[
        C("RUT", "ytd_pct_change", 8, "percent", "2026-01-23", "ytd('RUT','2026-01-23')", 2, "supported", R_ABOUT,
          "2669.16 on Friday 2026-01-23 vs 2481.91: +7.54%, within 'some 8%' (7 to 9). On the record close of "
          "2026-01-22 it was +9.54%, which would be outside.", "up some 8% since the start of this year", q="about",
          window="ytd"),
        C("RUT", "record_closes", None, "flag", "2026-01-23", "record_days('RUT','2026-01-02','2026-01-23')", 2,
          "supported", R_REC, "Record closes on Jan 8, 9, 12, 14, 15, 16, 21 and 22, 2026.", "printing new highs"),
        C("RUT", "ytd_outperformance", None, "flag", "2026-01-23",
          "[round(ytd(t,'2026-01-23'),2) for t in ('RUT','GSPC')]", 2, "supported", R_DIR,
          "Year-to-date on 2026-01-23: Russell 2000 +7.54% against S&P 500 +1.02%.",
          "leaving the S&P 500 trailing far behind", window="ytd", cmp="GSPC"),
        C("FEDFUNDS", "expected_cuts", None, "flag", "2026-01-26", None, 2, "forecast", R_FC,
          "Market expectation for future meetings.", "lower interest rates further at its upcoming meetings"),
        C("RUT", "february_seasonality", None, "flag", "2026-01-26", None, 2, "not_checkable", R_NC,
          "Seasonal rule of thumb from the Almanac ('often', 'tends to'); no window or statistic given.",
          "small caps often outperform in February"),
        C("GENERIC", "midterm_year_effect", 2026, "year", "2026-01-26", None, 2, "not_checkable", R_NC,
          "Rule of thumb about midterm election years.", "midterm election years like 2026"),
    ]))

# ================================================================== 8
P.append(dict(
    id="bloomberg_20160307_small_caps_inconvenient_truth",
    source=dict(site="bloomberg.com", url="https://www.bloomberg.com/news/articles/2016-03-07/stock-naysayers-can-t-disregard-inconvenient-truth-of-small-caps?cmpid=yhoo.headline",
                original_outlet="Bloomberg"),
    published="2016-03-07", published_confidence="exact",
    published_note="Dated in the URL (Monday 2016-03-07, 'updated on'); the surge from the February low is checked on the Monday close and on Friday 2016-03-04, the last close before publication.",
    text=("Stock Naysayers Can't Skirt Inconvenient Truth of Small Caps. A return to risk-on trading sets up a longer run "
          "for small caps, and weaker balance sheets are no longer shunned now that credit is easing. From tepid volume "
          "to an earnings recession, investors have had no shortage of reasons to question the rebound that has "
          "restored $1.7 trillion to U.S. stocks after a January selloff. Yet one corner of the market is sending a "
          "bullish signal that is hard to deny. The Russell 2000 Index has surged more than 13 percent from its "
          "February low, and past resurgences in risky shares have proven a boon for the market as a whole. In the "
          "three instances since 2009 that the gauge has jumped at least that much so fast, it has rallied another 31 "
          "percent on average over the following year, 16 percentage points more than in any 12-month period during "
          "the bull market. The Standard & Poor's 500 Index has always followed, rising 24 percent."),
    claims=[
        C("US_MARKET_CAP", "value_restored", 1.7, "usd_trillion", "2016-03-07", None, 2, "unverifiable", R_NA,
          "Market capitalisation is not in the files.", "$1.7 trillion"),
        C("RUT", "pct_from_february_low", 13, "percent", "2016-03-07",
          "[round(ret('RUT','2016-02-11',d),2) for d in ('2016-03-04','2016-03-07')]", 2, "supported", R_MORE,
          "February low close 953.72 on 2016-02-11; +13.44% at Friday's close (1081.93) and +14.72% at Monday's "
          "(1094.15): above 13 on either reading.", "more than 13 percent from its February low", q="more than",
          window="since 2016-02-11"),
        C("RUT", "count_fast_rebounds_since_2009", 3, "count", "2016-03-07", None, 0, "unverifiable", R_UNSTATED,
          "'At least that much so fast' gives no window, so the instances cannot be identified.",
          "three instances since 2009"),
        C("RUT", "avg_next_year_gain", 31, "percent", "2016-03-07", None, 2, "unverifiable", R_UNSTATED,
          "Depends on the unidentified instances.", "another 31 percent on average"),
        C("RUT", "excess_vs_any_12m", 16, "percentage_points", "2016-03-07", None, 2, "unverifiable", R_UNSTATED,
          "Depends on the unidentified instances; the comparison is not defined precisely.",
          "16 percentage points more"),
        C("SPX", "avg_next_year_gain", 24, "percent", "2016-03-07", None, 2, "unverifiable", R_UNSTATED,
          "Depends on the unidentified instances.", "rising 24 percent"),
    ]))

# ================================================================== 9
P.append(dict(
    id="stockmarketmedia_20250908_rut_959_days",
    source=dict(site="stockmarketmedia.com", url="https://www.stockmarketmedia.com/daily-number/2025-09-08/959-days-desert",
                original_outlet="All Star Charts (The Daily Number)"),
    published="2025-09-08", published_confidence="exact",
    published_note="Dated in the URL (Monday 2025-09-08); the count of 959 sessions runs to the close of Friday 2025-09-05 (960 through Monday's close).",
    text=("959 Days in the Desert. Today's number is 959: that is how many trading days the Russell 2000 has now gone "
          "without making a new all-time high. The chart has three panels — the index itself in black, with horizontal "
          "lines marking earlier all-time highs; its drawdown from those highs in red; and, in blue, the count of "
          "consecutive days since the last record. The takeaway: this is one of the longest bear markets small caps "
          "have ever been through, not because they fell the hardest but because they have taken the longest to "
          "recover. At 959 days without a new high, the drought matches the post-GFC record. The max drawdown during "
          "this stretch was –33%, which is deep but not unprecedented. What sets this one apart is the time spent "
          "below the highs: almost four full years of chop, failed breakouts and underperformance, while the S&P 500 "
          "and Nasdaq are already printing all-time highs. If the Russell 2000 finally clears that 242 ceiling, it is "
          "not just a breakout but a structural shift — the end of a historic drought and a sign that risk is "
          "broadening out across the market. As the old saying goes, the bigger the base, the higher in space."),
    claims=[
        C("RUT", "sessions_without_record", 959, "sessions", "2025-09-05",
          "sessions_between('RUT','2021-11-08','2025-09-05')", 0, "supported", R_COUNT,
          "Record close 2442.74 on 2021-11-08; 959 sessions to 2025-09-05 (index difference), 960 to Monday's close.",
          "Today's number is 959"),
        C("RUT", "drought_vs_post_gfc", None, "flag", "2025-09-05", "drought('RUT','2007-07-13')", 2, "supported",
          R_COUNT, "Post-GFC drought in the file: record close 855.77 on 2007-07-13, first higher close 2011-04-27, "
          "955 sessions; 959 matches (slightly exceeds) it. Dow Jones Market Data counts the 2007-2011 spell as 982 "
          "days from a June 2007 high, which would not be matched; the key uses the close-based count.",
          "matches the post-GFC record"),
        C("RUT", "max_drawdown", 33, "percent", "2025-09-05", "-max_drawdown('RUT','2021-11-08','2025-09-05')", 2,
          "supported", R_INT, "Lowest close 1636.94 on 2023-10-27, 32.99% under 2442.74.", "–33%"),
        C("RUT", "drought_years", 4, "years", "2025-09-05", "years_between('2021-11-08','2025-09-05')", 2,
          "supported", R_NEARLY, "2021-11-08 to 2025-09-05 is 3.82 years ('almost four full years').",
          "almost four full years", q="almost"),
        C("SPX", "recent_records", None, "flag", "2025-09-05",
          "[record_days('GSPC','2025-08-01','2025-09-05'), record_days('IXIC','2025-08-01','2025-09-05')]", 2,
          "supported", R_REC, "S&P 500 record closes on Aug 12-14, 27, 28 and Sep 4, 2025; Nasdaq record closes on "
          "Aug 7, 8, 12 and 13, 2025.", "S&P 500 and Nasdaq are already printing all-time highs"),
        C("IWM", "record_close_level", 242, "usd", "2025-09-05", "prior_record('IWM','2025-09-06')", 2, "supported",
          R_INT, "Read as the iShares Russell 2000 ETF's record close, 242.56 on 2021-11-08 (the index's own record is "
          "2,442.74; '242' may be shorthand for either).", "242 ceiling"),
    ]))

# ================================================================== 10
P.append(dict(
    id="sentimentrader_20210929_rut_135_days_no_correction",
    source=dict(site="sentimentrader.com", url="https://sentimentrader.com/blog/small-cap-stocks-have-only-done-this-once-in-40-years/",
                original_outlet="SentimenTrader (Jason Goepfert)"),
    published="2021-09-29", published_confidence="exact",
    published_note="Dated 2021-09-29 on the page (Wednesday); counts are checked to the close of Tuesday 2021-09-28.",
    text=("Small Cap Stocks Have Only Done This Once in 40 Years. Jason Goepfert, 2021-09-29. The small-cap Russell 2000 "
          "has gone more than 135 days without setting a new high, yet it has not suffered a correction either. The "
          "index has gone nowhere for six months; on Monday we noted that these stocks peaked when options traders' "
          "speculative fervour did, and they have been trying to shake off the hangover ever since. The Russell has now "
          "gone more than 135 days without a 52-week high, but at its worst point it was down less than 10%, so even "
          "after all this time it has not met the standard definition of a correction. In time, this is one of the "
          "longer stretches between 52-week highs, though by no means the longest: the index went more than two years "
          "without one during the last two protracted bear markets. What is unusual is going so long without a new "
          "high while avoiding even a 10% pullback along the way. Only one other stretch in the history of the Russell "
          "2000 can claim this, and that was almost exactly seven years ago — after which small caps quickly lost a lot "
          "more in the weeks ahead before popping back up again."),
    claims=[
        C("RUT", "sessions_since_52w_high", 135, "sessions", "2021-09-28", "sessions_since_52w_high('RUT','2021-09-28')",
          0, "supported", R_MORE, "Last 52-week (and record) closing high 2360.17 on 2021-03-15; 137 sessions to "
          "2021-09-28.", "more than 135 days without setting", q="more than"),
        C("RUT", "max_drawdown", 10, "percent", "2021-09-28", "-max_drawdown('RUT','2021-03-15','2021-09-28')", 2,
          "supported", R_LESS, "Deepest close 9.72% under 2360.17 (2130.68 on 2021-05-12). On intraday figures the "
          "pullback reached about 11% (session lows against the March intraday high).", "down less than 10%",
          q="less than"),
        C("RUT", "months_without_progress", 6, "months", "2021-09-28", "months_between('2021-03-15','2021-09-28')", 2,
          "supported", R_INT, "2021-03-15 to 2021-09-28 = 6.47 months.", "gone nowhere for six months"),
        C("RUT", "long_gaps_in_bear_markets", 2, "years", "2021-09-28", "long_52w_gaps('RUT','2021-09-28',500)", 2,
          "supported", R_MORE, "Gaps between 52-week closing highs of 500+ sessions: 2000-03-09 to 2002-04-16 (525 "
          "sessions, 2.1 years) and 2007-07-13 to 2009-10-14 (569 sessions, 2.3 years) — the two protracted bear "
          "markets.", "more than two years", q="more than"),
        C("RUT", "unique_precedent", "2014", "date", "2021-09-28", "long_52w_gaps('RUT','2014-12-31',135)[-1]", 2,
          "unverifiable", R_UNSTATED, "The test (how the 52-week high and the 10% pullback are measured, and over "
          "which part of the stretch) is not stated. The 2014 stretch (52-week high 2014-03-04, next 2014-12-26, 207 "
          "sessions) fell 13.2% on closes over its full length, so the claim holds only under a partial-window or "
          "other definition.", "almost exactly seven years ago"),
    ]))

# ================================================================== 11
P.append(dict(
    id="rthk_20251024_wall_street_advances_small_caps_lead",
    source=dict(site="news.rthk.hk", url="https://news.rthk.hk/rthk/en/component/k2/1828503-20251024.htm",
                original_outlet="Reuters (via RTHK)"),
    published="2025-10-24", published_confidence="exact",
    published_note="Dated 2025-10-24 in the URL (Hong Kong time); the story is about Thursday 2025-10-23 in New York.",
    text=("Wall Street advanced on Thursday as investors weighed a mixed batch of corporate earnings and shifting "
          "geopolitical worries. All three major U.S. stock indexes closed higher, with tech strength nudging the "
          "Nasdaq into the lead, but the small-cap Russell 2000 was the clear outperformer. The indexes picked up "
          "momentum after the White House confirmed that President Donald Trump will meet President Xi Jinping next "
          "week during his trip through Asia, which appeared to ease trade tensions that had been escalating with "
          "tit-for-tat measures. Trump also announced sanctions against Russian oil companies, a sharp shift in policy "
          "that sent world oil prices jumping. \"The Trump-Xi confirmation is clearly positive,\" said Zachary Hill, "
          "head of portfolio management at Horizon Investments in Charlotte, North Carolina, adding that earnings "
          "\"have been really strong in general.\" The Dow Jones rose 0.3 percent, to 46,734, the S&P 500 gained 0.6 "
          "percent, to 6,738, and the Nasdaq put on 0.9 percent, to 22,941. Energy companies, lifted by spiking crude "
          "prices after the sanctions, enjoyed the biggest percentage gain among the 11 main sectors of the S&P 500, "
          "rising 1.3 percent. (Reuters)"),
    claims=[
        C("DJI", "all_majors_up", None, "flag", "2025-10-23",
          "[round(pct(t,'2025-10-23'),2) for t in ('DJI','GSPC','IXIC')]", 2, "supported", R_DIR,
          "Dow +0.31%, S&P 500 +0.58%, Nasdaq +0.89%.", "All three major U.S. stock indexes closed higher"),
        C("IXIC", "leads_majors", None, "flag", "2025-10-23",
          "[round(pct(t,'2025-10-23'),2) for t in ('IXIC','GSPC','DJI')]", 2, "supported", R_DIR,
          "Nasdaq +0.89% ahead of the S&P 500 (+0.58%) and the Dow (+0.31%).", "nudging the Nasdaq into the lead"),
        C("RUT", "outperformer", None, "flag", "2025-10-23", "[round(pct(t,'2025-10-23'),2) for t in ('RUT','IXIC')]",
          2, "supported", R_DIR, "Russell 2000 +1.27% against the Nasdaq's +0.89%.", "the clear outperformer"),
        C("DJI", "daily_pct_change", 0.3, "percent", "2025-10-23", "pct('DJI','2025-10-23')", 2, "supported", R_1DP,
          "46734.61 vs 46590.41: +0.31%.", "rose 0.3 percent"),
        C("DJI", "close_level", 46734, "index_points", "2025-10-23", "val('DJI','2025-10-23')", 2, "imprecise", R_LVL0,
          "Close 46734.61, which rounds to 46,735; the text truncates (0.61 point, 0.001%).", "46,734"),
        C("SPX", "daily_pct_change", 0.6, "percent", "2025-10-23", "pct('GSPC','2025-10-23')", 2, "supported", R_1DP,
          "6738.44 vs 6699.40: +0.58%.", "gained 0.6"),
        C("SPX", "close_level", 6738, "index_points", "2025-10-23", "val('GSPC','2025-10-23')", 2, "supported",
          R_LVL0, "Close 6738.44.", "6,738"),
        C("IXIC", "daily_pct_change", 0.9, "percent", "2025-10-23", "pct('IXIC','2025-10-23')", 2, "supported", R_1DP,
          "22941.80 vs 22740.40: +0.89%.", "put on 0.9 percent"),
        C("IXIC", "close_level", 22941, "index_points", "2025-10-23", "val('IXIC','2025-10-23')", 2, "imprecise",
          R_LVL0, "Close 22941.80, which rounds to 22,942; the text truncates (0.80 point).", "22,941"),
        C("SPX_ENERGY", "daily_pct_change", 1.3, "percent", "2025-10-23", None, 2, "unverifiable", R_NA,
          "S&P 500 sector indexes are not in the files (XLE, the energy SPDR, is only a proxy and never decides).",
          "rising 1.3 percent"),
        C("SPX_SECTORS", "sector_count", 11, "count", "2025-10-23", None, 0, "unverifiable", R_NA,
          "Sector definitions are not in the files.", "11 main sectors"),
    ]))

# ================================================================== 12
P.append(dict(
    id="cnbc_20171101_fed_hold_december_door_open",
    source=dict(site="cnbc.com", url="https://www.cnbc.com/2017/11/01/us-stocks-record-highs-fed-decision.html",
                original_outlet="CNBC"),
    published="2017-11-01", published_confidence="exact",
    published_note="Dated in the URL; Wednesday 2017-11-01 was an FOMC decision day.",
    text=("S&P 500 and Dow close higher after Fed leaves door open for December rate hike. U.S. equities closed mostly "
          "higher on Wednesday after the Federal Reserve kept interest rates unchanged, as had been widely expected. "
          "The S&P 500 finished 0.16 percent higher at 2,579.36, with energy leading the advancers. The Dow Jones "
          "industrial average closed 57 points higher at 23,435.01 after rising 140 points at its session highs. The "
          "Nasdaq composite underperformed, sliding 0.2 percent to 6,716.53 as Apple declined. The major indexes hit "
          "record highs earlier in the session — helped by strong gains in overseas markets and rising commodity "
          "prices — before fading from those levels. Ahead of the announcement, market expectations for a rate hike on "
          "Wednesday stood at just 1.5 percent, according to the CME Group's FedWatch tool. The central bank did, "
          "however, leave the door open for a December hike, and little in its post-meeting statement suggested it "
          "would hold off on raising rates again soon."),
    claims=[
        C("FEDFUNDS", "rate_decision", "unchanged", "flag", "2017-11-01",
          "[fed_range('2017-11-01'), fed_range('2017-11-02')]", 2, "supported", R_FED,
          "Target range 1.00-1.25% before and after the 2017-11-01 decision.", "kept interest rates unchanged"),
        C("SPX", "daily_pct_change", 0.16, "percent", "2017-11-01", "pct('GSPC','2017-11-01')", 2, "supported", R_2DP,
          "2579.36 vs 2575.26: +0.159%.", "0.16 percent higher"),
        C("SPX", "close_level", 2579.36, "index_points", "2017-11-01", "val('GSPC','2017-11-01')", 2, "supported",
          R_LVL, "Close 2579.36.", "2,579.36"),
        C("DJI", "daily_point_change", 57, "index_points", "2017-11-01", "chg('DJI','2017-11-01')", 2, "imprecise",
          R_INT, "23435.01 vs 23377.24: +57.77, which rounds to 58; the text truncates.", "57 points higher"),
        C("DJI", "close_level", 23435.01, "index_points", "2017-11-01", "val('DJI','2017-11-01')", 2, "supported",
          R_LVL, "Close 23435.01.", "23,435.01"),
        C("DJI", "intraday_point_change_max", 140, "index_points", "2017-11-01",
          "move_from_prev('DJI','2017-11-01','high')", 2, "supported", R_INT,
          "Session high 23517.71 vs 23377.24: +140.47.", "rising 140 points at its session highs",
          basis="intraday high"),
        C("IXIC", "daily_pct_change", -0.2, "percent", "2017-11-01", "pct('IXIC','2017-11-01')", 2, "supported", R_1DP,
          "6716.53 vs 6727.67: -0.17%.", "sliding 0.2 percent"),
        C("IXIC", "close_level", 6716.53, "index_points", "2017-11-01", "val('IXIC','2017-11-01')", 2, "supported",
          R_LVL, "Close 6716.53.", "6,716.53"),
        C("SPX", "intraday_records", None, "flag", "2017-11-01",
          "[is_record(t,'2017-11-01','high') for t in ('GSPC','DJI','IXIC')]", 2, "supported", R_IREC,
          "Session highs above every earlier high: S&P 2588.40 (prior 2582.98), Dow 23517.71 (prior 23485.25), "
          "Nasdaq 6759.66 (prior 6737.75).", "hit record highs earlier in the session", basis="intraday high"),
        C("FEDFUNDS", "implied_hike_odds", 1.5, "percent", "2017-11-01", None, 2, "unverifiable", R_FUT,
          "ZQ_futures.csv has no 2017 contracts.", "just 1.5 percent"),
        C("FEDFUNDS", "december_hike_possible", None, "flag", "2017-11-01", "next_fomc('2017-11-02')", 2, "forecast",
          R_FC, "A possible future move. For reference the next meeting, 2017-12-13, did raise the range to "
          "1.25-1.50%.", "open for a December hike"),
    ]))

# ================================================================== 13
P.append(dict(
    id="epochtimes_20220919_indexes_fared_fed_week",
    source=dict(site="theepochtimes.com", url="https://theepochtimes.com/bright/how-major-us-stock-indexes-fared-monday-sept-19-2022-4741337",
                original_outlet="Associated Press"),
    published="2022-09-19", published_confidence="exact",
    published_note="Headline and text name Monday Sept. 19 (2022 in the URL).",
    text=("How major U.S. stock indexes fared on Monday, Sept. 19, 2022. Stocks closed higher on Wall Street after "
          "swaying between small gains and losses for much of the day, as investors braced for another big interest "
          "rate increase from the Federal Reserve this week. The S&P 500 rose 0.7 percent on Monday; the Dow Jones "
          "Industrial Average and the Nasdaq also gained ground, and Treasury yields moved higher. Markets were "
          "looking ahead to Wednesday, when the Fed will announce its latest decision on rates. It is expected to raise "
          "its benchmark rate, which influences interest rates throughout the economy, by another three-quarters of a "
          "percentage point in its fight against inflation. On Monday: the S&P 500 rose 26.56 points, or 0.7 percent, "
          "to 3,899.89; the Dow Jones Industrial Average rose 197.26 points, or 0.6 percent, to 31,019.68; the Nasdaq "
          "rose 86.62 points, or 0.8 percent, to 11,535.02; and the Russell 2000 index of smaller companies rose 14.65 "
          "points, or 0.8 percent, to 1,812.84. For the year: the S&P 500 is down 866.29 points, or 18.2 percent; the "
          "Dow is down 5,318.62 points, or 14.6 percent; the Nasdaq is down 4,109.95 points, or 26.3 percent; and the "
          "Russell 2000 is down 432.47 points, or 19.3 percent."),
    claims=[
        C("SPX", "daily_pct_change", 0.7, "percent", "2022-09-19", "pct('GSPC','2022-09-19')", 2, "supported", R_1DP,
          "3899.89 vs 3873.33: +0.69%.", "rose 0.7 percent on Monday"),
        C("US10Y", "yield_change_bp", None, "basis_points", "2022-09-19", "rate_change_bp('DGS10','2022-09-16','2022-09-19')",
          1, "supported", R_Y, "DGS10 3.45% -> 3.49% (+4 bp).", "Treasury yields moved higher", basis="end of day"),
        C("FEDFUNDS", "decision_day", "Wednesday", "date", "2022-09-19", "next_fomc('2022-09-20')", 2, "supported",
          R_FED, "Next FOMC decision 2022-09-21, a Wednesday.", "looking ahead to Wednesday"),
        C("FEDFUNDS", "expected_hike_bp", 75, "basis_points", "2022-09-21", None, 2, "forecast", R_FC,
          "Expectation; for reference the Fed raised the range by 75 bp to 3.00-3.25% on 2022-09-21.",
          "another three-quarters of a percentage point"),
        C("SPX", "daily_point_change", 26.56, "index_points", "2022-09-19", "chg('GSPC','2022-09-19')", 2, "supported",
          R_2DP, "+26.56.", "26.56 points"),
        C("SPX", "daily_pct_change", 0.7, "percent", "2022-09-19", "pct('GSPC','2022-09-19')", 2, "supported", R_1DP,
          "+0.69%.", "26.56 points, or 0.7 percent"),
        C("SPX", "close_level", 3899.89, "index_points", "2022-09-19", "val('GSPC','2022-09-19')", 2, "supported", R_LVL,
          "Close 3899.89.", "3,899.89"),
        C("DJI", "daily_point_change", 197.26, "index_points", "2022-09-19", "chg('DJI','2022-09-19')", 2, "supported",
          R_2DP, "+197.26.", "197.26 points"),
        C("DJI", "daily_pct_change", 0.6, "percent", "2022-09-19", "pct('DJI','2022-09-19')", 2, "supported", R_1DP,
          "+0.64%.", "197.26 points, or 0.6 percent"),
        C("DJI", "close_level", 31019.68, "index_points", "2022-09-19", "val('DJI','2022-09-19')", 2, "supported", R_LVL,
          "Close 31019.68.", "31,019.68"),
        C("IXIC", "daily_point_change", 86.62, "index_points", "2022-09-19", "chg('IXIC','2022-09-19')", 2, "supported",
          R_2DP, "+86.62.", "86.62 points"),
        C("IXIC", "daily_pct_change", 0.8, "percent", "2022-09-19", "pct('IXIC','2022-09-19')", 2, "supported", R_1DP,
          "+0.76%.", "86.62 points, or 0.8 percent"),
        C("IXIC", "close_level", 11535.02, "index_points", "2022-09-19", "val('IXIC','2022-09-19')", 2, "supported",
          R_LVL, "Close 11535.02.", "11,535.02"),
        C("RUT", "daily_point_change", 14.65, "index_points", "2022-09-19", "chg('RUT','2022-09-19')", 2, "supported",
          R_2DP, "+14.65.", "14.65"),
        C("RUT", "daily_pct_change", 0.8, "percent", "2022-09-19", "pct('RUT','2022-09-19')", 2, "supported", R_1DP,
          "+0.81%.", "14.65 points, or 0.8 percent"),
        C("RUT", "close_level", 1812.84, "index_points", "2022-09-19", "val('RUT','2022-09-19')", 2, "supported", R_LVL,
          "Close 1812.84.", "1,812.84"),
        C("SPX", "ytd_point_change", -866.29, "index_points", "2022-09-19", "ytd_pts('GSPC','2022-09-19')", 2,
          "supported", R_2DP, "3899.89 - 4766.18 = -866.29.", "866.29", window="ytd"),
        C("SPX", "ytd_pct_change", -18.2, "percent", "2022-09-19", "ytd('GSPC','2022-09-19')", 2, "supported", R_1DP,
          "-18.18%.", "18.2 percent", window="ytd"),
        C("DJI", "ytd_point_change", -5318.62, "index_points", "2022-09-19", "ytd_pts('DJI','2022-09-19')", 2,
          "supported", R_2DP, "31019.68 - 36338.30 = -5318.62.", "5,318.62", window="ytd"),
        C("DJI", "ytd_pct_change", -14.6, "percent", "2022-09-19", "ytd('DJI','2022-09-19')", 2, "supported", R_1DP,
          "-14.64%.", "14.6 percent", window="ytd"),
        C("IXIC", "ytd_point_change", -4109.95, "index_points", "2022-09-19", "ytd_pts('IXIC','2022-09-19')", 2,
          "supported", R_2DP, "11535.02 - 15644.97 = -4109.95.", "4,109.95", window="ytd"),
        C("IXIC", "ytd_pct_change", -26.3, "percent", "2022-09-19", "ytd('IXIC','2022-09-19')", 2, "supported", R_1DP,
          "-26.27%.", "26.3 percent", window="ytd"),
        C("RUT", "ytd_point_change", -432.47, "index_points", "2022-09-19", "ytd_pts('RUT','2022-09-19')", 2,
          "supported", R_2DP, "1812.84 - 2245.31 = -432.47.", "432.47", window="ytd"),
        C("RUT", "ytd_pct_change", -19.3, "percent", "2022-09-19", "ytd('RUT','2022-09-19')", 2, "supported", R_1DP,
          "-19.26%.", "19.3 percent", window="ytd"),
    ]))

# ================================================================== 14
P.append(dict(
    id="baystreet_20200225_dow_800_plunge_record_low_yield",
    source=dict(site="baystreet.ca", url="http://www.baystreet.ca/articles/market_updates_us.aspx?id=8998",
                original_outlet="Baystreet.ca"),
    published="2020-02-25", published_confidence="high",
    published_note="inferred: undated page; the closing figures (Dow -879.44 to 27,081.36, S&P 3,128.21, Nasdaq 8,965.61) are those of Tuesday 2020-02-25, the day after Monday's 1,031-point fall.",
    text=("Dow Takes 800+ Plunge. The stock rout carried on Tuesday as tumbling bond yields deepened fears that the "
          "spreading coronavirus is slowing the global economy significantly. The 10-year Treasury yield hit a record "
          "low as the Dow Jones Industrial Average added to Monday's heavy losses. The Dow Jones Industrials sank 879.44 "
          "points, or 3.2%, to end a disastrous Tuesday at 27,081.36. The 30-stock index notched its worst two-session "
          "stretch since February 2018 and posted back-to-back losses of at least 800 points for the first time ever. "
          "The S&P 500 fell 97.68 points, or 3%, to 3,128.21, and the NASDAQ cratered 255.67 points, or 2.8%, to "
          "8,965.61. The declines also left the Dow and the S&P 500 more than 7.8% below the record highs reached "
          "earlier this month, while the Nasdaq closed 8.9% below its all-time high from Feb. 19. The slide in yields "
          "dragged bank stocks lower, since lower rates could squeeze their profit margins. Investors had fled stocks "
          "on Monday as a surge in coronavirus cases outside China intensified fears of a prolonged global slowdown, and "
          "U.S. equities fell again as health officials briefed the country on how to get ready if the outbreak "
          "worsened at home."),
    claims=[
        C("US10Y", "record_low", True, "flag", "2020-02-25", "[rate('DGS10','2020-02-25')] + min_before('DGS10','2020-02-25')",
          2, "supported", R_Y, "End-of-day DGS10 1.33% on 2020-02-25, below the previous low of 1.37% (2016-07-05); "
          "the intraday low is not in the files but the end-of-day figure is a record too.",
          "10-year Treasury yield hit a record low", basis="end of day"),
        C("DJI", "daily_point_change", -879.44, "index_points", "2020-02-25", "chg('DJI','2020-02-25')", 2, "supported",
          R_2DP, "27081.36 vs 27960.80.", "879.44"),
        C("DJI", "daily_pct_change", -3.2, "percent", "2020-02-25", "pct('DJI','2020-02-25')", 2, "supported", R_1DP,
          "-3.145%.", "879.44 points, or 3.2%"),
        C("DJI", "close_level", 27081.36, "index_points", "2020-02-25", "val('DJI','2020-02-25')", 2, "supported", R_LVL,
          "Close 27081.36.", "27,081.36"),
        C("DJI", "worst_two_sessions_since", "2018-02", "date", "2020-02-25", "last_n_day_as_bad('DJI','2020-02-25',2)",
          2, "supported", R_SINCE, "Two-session change -6.59% (Feb 24-25); the last two-session drop at least as bad "
          "ended 2018-02-05 (-7.03%).", "worst two-session stretch since February 2018", window="2 sessions"),
        C("DJI", "first_back_to_back_800", True, "flag", "2020-02-25", "consecutive_800_drops('2020-02-25')", 2,
          "supported", R_FIRST, "Feb 24 -1031.61 and Feb 25 -879.44; no earlier pair of consecutive 800-point losses "
          "in the file (from 1992; the Dow had never fallen 800 points in a day before 2018).",
          "back-to-back losses of at least 800 points for the first time ever"),
        C("SPX", "daily_point_change", -97.68, "index_points", "2020-02-25", "chg('GSPC','2020-02-25')", 2, "supported",
          R_2DP, "3128.21 vs 3225.89.", "97.68"),
        C("SPX", "daily_pct_change", -3, "percent", "2020-02-25", "pct('GSPC','2020-02-25')", 2, "supported", R_INT,
          "-3.03%.", "97.68 points, or 3%"),
        C("SPX", "close_level", 3128.21, "index_points", "2020-02-25", "val('GSPC','2020-02-25')", 2, "supported", R_LVL,
          "Close 3128.21.", "3,128.21"),
        C("IXIC", "daily_point_change", -255.67, "index_points", "2020-02-25", "chg('IXIC','2020-02-25')", 2,
          "supported", R_2DP, "8965.61 vs 9221.28.", "255.67"),
        C("IXIC", "daily_pct_change", -2.8, "percent", "2020-02-25", "pct('IXIC','2020-02-25')", 2, "supported", R_1DP,
          "-2.77%.", "255.67 points, or 2.8%"),
        C("IXIC", "close_level", 8965.61, "index_points", "2020-02-25", "val('IXIC','2020-02-25')", 2, "supported",
          R_LVL, "Close 8965.61.", "8,965.61"),
        C("DJI", "pct_below_record", 7.8, "percent", "2020-02-25",
          "[round(pct_below_record('DJI','2020-02-25'),2)] + prior_record('DJI','2020-02-25')", 2, "supported", R_MORE,
          "Record close 29551.42 on 2020-02-12 ('earlier this month'); 8.36% below.",
          "the Dow and the S&P 500 more than 7.8% below", q="more than"),
        C("SPX", "pct_below_record", 7.8, "percent", "2020-02-25",
          "[round(pct_below_record('GSPC','2020-02-25'),2), round(pct_below_record('GSPC','2020-02-25','high'),2)]", 2,
          "imprecise", R_MORE, "Record close 3386.15 (2020-02-19): 7.62% below, so 'more than 7.8%' fails by 0.18 pp. "
          "Against the intraday record 3393.52 the distance is 7.82%, which would satisfy it; the key uses the record "
          "close.", "record highs reached earlier this month", q="more than"),
        C("IXIC", "pct_below_record", 8.9, "percent", "2020-02-25",
          "[round(pct_below_record('IXIC','2020-02-25'),2), round(pct_below_record('IXIC','2020-02-25','high'),2)]", 2,
          "imprecise", R_1DP, "Record close 9817.18 (2020-02-19): 8.67% below, 0.23 pp from 8.9. Against the intraday "
          "record 9838.37 it is 8.87%, which would be supported; the key uses the record close.",
          "Nasdaq closed 8.9% below"),
        C("IXIC", "record_date", "2020-02-19", "date", "2020-02-25", "prior_record('IXIC','2020-02-25')", 2,
          "supported", R_REC, "Record close 9817.18 on 2020-02-19 (the intraday record is the same day).",
          "all-time high from Feb. 19"),
    ]))

# ================================================================== 15
P.append(dict(
    id="exbulletin_20211230_sp500_70th_record_2021",
    source=dict(site="exbulletin.com", url="https://exbulletin.com/business/1374215/",
                original_outlet="Associated Press (machine-rewritten repost)"),
    published="2021-12-30", published_confidence="high",
    published_note="Page dated 2021-12-30; the session described ('Wednesday', S&P 500 +6.71 to 4,793.06) is 2021-12-29.",
    text=("A wobbly day of trading on Wall Street ended with most stock indexes managing small gains, enough to carry the "
          "S&P 500 and the Dow Jones Industrial Average to all-time highs. The S&P 500 rose 0.1% after falling 0.2% at "
          "the start. The Dow Jones Industrial Average rose 0.2% and the Nasdaq slipped 0.1%. The benchmark S&P 500, "
          "which also set a record Monday and Thursday, has now posted 70 records for the year. In the post-WWII era, "
          "this is the index's highest record since the 77 it set in 1954. The Dow last set a record in early "
          "November. The major indexes are set to end the year with strong gains: with two trading days remaining, the "
          "S&P 500 is heading for a gain of over 27% for 2021, which would be its best performance since 2019, another "
          "record year for the market. Better-than-expected growth in corporate earnings has fuelled the climb and kept "
          "indexes at new highs, said Rob Haworth, senior investment strategist at U.S. Bank Wealth Management. The S&P "
          "500 gained 6.71 points to 4,793.06. The Dow Jones added 90.42 points to 36,488.63. The Nasdaq lost 15.51 "
          "points to 15,766.22. Small-company shares also rose: the Russell 2000 Index gained 2.74 points, or 0.1%, to "
          "2,249.24. Gains in health care and technology stocks helped push the S&P 500 higher on Wednesday, and "
          "retailers were among the top performers as the Christmas shopping season wound down."),
    claims=[
        C("SPX", "record_close", True, "flag", "2021-12-29", "[is_record('GSPC','2021-12-29')] + prior_record('GSPC','2021-12-29')",
          2, "supported", R_REC, "4793.06 tops the 2021-12-27 record 4791.19.", "S&P 500 and the Dow Jones Industrial Average to all-time highs"),
        C("DJI", "record_close", True, "flag", "2021-12-29", "[is_record('DJI','2021-12-29')] + prior_record('DJI','2021-12-29')",
          2, "supported", R_REC, "36488.63 tops the 2021-11-08 record 36432.22.", "to all-time highs"),
        C("SPX", "daily_pct_change", 0.1, "percent", "2021-12-29", "pct('GSPC','2021-12-29')", 2, "supported", R_1DP,
          "+0.14%.", "The S&P 500 rose 0.1%"),
        C("SPX", "early_pct_change", -0.2, "percent", "2021-12-29", "session_move_range('GSPC','2021-12-29')", 2,
          "unverifiable", R_MID, "Early-trading figure. The session ran from -0.17% (low) to +0.37% (high) vs "
          "4786.35; -0.2 is the low rounded to one decimal, i.e. within the session's range given rounding.",
          "falling 0.2% at the start", basis="early trading"),
        C("DJI", "daily_pct_change", 0.2, "percent", "2021-12-29", "pct('DJI','2021-12-29')", 2, "supported", R_1DP,
          "+0.25%.", "Dow Jones Industrial Average rose 0.2%"),
        C("IXIC", "daily_pct_change", -0.1, "percent", "2021-12-29", "pct('IXIC','2021-12-29')", 2, "supported", R_1DP,
          "-0.10%.", "Nasdaq slipped 0.1%"),
        C("SPX", "records_monday_thursday", None, "flag", "2021-12-29",
          "[is_record('GSPC','2021-12-27'), is_record('GSPC','2021-12-23')]", 2, "supported", R_REC,
          "Record closes on Monday 2021-12-27 (4791.19) and on the previous Thursday 2021-12-23 (4725.79).",
          "also set a record Monday and Thursday"),
        C("SPX", "records_count_ytd", 70, "count", "2021-12-29", "count_records('GSPC','2021-01-01','2021-12-29')", 0,
          "supported", R_COUNT, "70 record closes from 2021-01-04 through 2021-12-29.", "70 records for the year"),
        C("SPX", "most_records_since", [77, 1954], "count", "2021-12-29", "top_record_years('GSPC',1946,2020)", 0,
          "contradicted", R_SINCE, "The 77-record year was 1995, not 1954: in the file 1995 has 77 record closes, and "
          "1954 has 22 (GSPC before 1957 is the S&P 90); 2021 has 70 through Dec 29, so the most since 1995 (the next highest years after 1954 are 1964 and 2017 with 62). The rewrite garbled the original comparison; the year is "
          "wrong.", "the 77 it set in 1954"),
        C("DJI", "last_record_month", "2021-11", "date", "2021-12-28", "prior_record('DJI','2021-12-29')", 2,
          "supported", R_REC, "Last record close before Dec 29: 36432.22 on 2021-11-08.",
          "last set a record in early November"),
        C("SPX", "sessions_left_in_year", 2, "sessions", "2021-12-29", "sessions_left_in_year('GSPC','2021-12-29')", 0,
          "supported", R_COUNT, "Dec 30 and Dec 31 remained.", "two trading days remaining"),
        C("SPX", "year_gain_heading_for", 27, "percent", "2021-12-29", "[round(ytd('GSPC','2021-12-29'),2), round(yearly('GSPC',2021),2)]",
          2, "not_checkable", R_NC, "'Heading for' is a projection. For reference the year-to-date gain was 27.61% on "
          "Dec 29, but the year ended at +26.89%.", "heading for a gain of over 27%", q="over", window="2021"),
        C("SPX", "best_year_since", 2019, "date", "2021-12-29", "[round(yearly('GSPC',y),2) for y in (2019, 2020)]", 2,
          "not_checkable", R_NC, "Conditional ('would be'). For reference: 2019 +28.88%, 2020 +16.26%, so a 27% year "
          "would indeed be the best since 2019.", "best performance since 2019"),
        C("SPX", "daily_point_change", 6.71, "index_points", "2021-12-29", "chg('GSPC','2021-12-29')", 2, "supported",
          R_2DP, "+6.71.", "6.71 points"),
        C("SPX", "close_level", 4793.06, "index_points", "2021-12-29", "val('GSPC','2021-12-29')", 2, "supported", R_LVL,
          "Close 4793.06.", "4,793.06"),
        C("DJI", "daily_point_change", 90.42, "index_points", "2021-12-29", "chg('DJI','2021-12-29')", 2, "supported",
          R_2DP, "+90.42.", "90.42 points"),
        C("DJI", "close_level", 36488.63, "index_points", "2021-12-29", "val('DJI','2021-12-29')", 2, "supported", R_LVL,
          "Close 36488.63.", "36,488.63"),
        C("IXIC", "daily_point_change", -15.51, "index_points", "2021-12-29", "chg('IXIC','2021-12-29')", 2, "supported",
          R_2DP, "15766.22 vs 15781.72 = -15.50 in the file (official -15.51; rounding of the closes).", "15.51 points"),
        C("IXIC", "close_level", 15766.22, "index_points", "2021-12-29", "val('IXIC','2021-12-29')", 2, "supported",
          R_LVL, "Close 15766.22.", "15,766.22"),
        C("RUT", "daily_point_change", 2.74, "index_points", "2021-12-29", "chg('RUT','2021-12-29')", 2, "supported",
          R_2DP, "2249.24 vs 2246.51 = +2.73 in the file (within the 0.025 slack).", "2.74 points"),
        C("RUT", "daily_pct_change", 0.1, "percent", "2021-12-29", "pct('RUT','2021-12-29')", 2, "supported", R_1DP,
          "+0.12%.", "2.74 points, or 0.1%"),
        C("RUT", "close_level", 2249.24, "index_points", "2021-12-29", "val('RUT','2021-12-29')", 2, "supported", R_LVL,
          "Close 2249.24.", "2,249.24"),
    ]))

# ================================================================== 16
P.append(dict(
    id="tradinggods_20220125_stocks_retreat_vix_30",
    source=dict(site="tradinggods.net", url="https://tradinggods.net/trading-gods-blog/stocks-retreat-vix-hits-30/",
                original_outlet="Trading Gods (blog)"),
    published="2022-01-25", published_confidence="high",
    published_note="inferred: undated page; 'Tuesday', the Dow close 34,297.67 (file 34,297.73), the VIX intraday high 35.85 and a Fed statement due 'Wednesday afternoon' fit only Tuesday 2022-01-25 (FOMC 2022-01-26).",
    text=("Stocks Retreat as VIX Hits 30. The Dow Jones, the S&P 500 and the Nasdaq Composite all declined on Tuesday, "
          "with the broad U.S. market back on the defensive as investors awaited new policy direction from the Federal "
          "Reserve. Wall Street's major indices were lower at the close: the Dow Jones Industrial Average (DIA) fell "
          "66.83 points, or 0.2%, to 34,297.67, and the broad S&P 500 Index (SPY) of large-cap stocks declined 1.2% to "
          "settle at 4,356.41, with most sectors finishing in negative territory. The technology-focused Nasdaq "
          "Composite Index (QQQ), meanwhile, declined 2.3% to close at 13,538,29. A measure of implied volatility, the "
          "CBOE VIX, rose on Tuesday; the so-called \"investor fear index\" reached an intraday high of 35.85 before "
          "eventually settling up 2.8% at 30.75. The Final Word: equity markets stayed under pressure in anticipation "
          "of the Federal Reserve's policy decision and of fourth-quarter earnings reports, and markets are expected to "
          "remain volatile until the Fed releases its official policy statement Wednesday afternoon."),
    claims=[
        C("DJI", "daily_point_change", -66.83, "index_points", "2022-01-25", "chg('DJI','2022-01-25')", 2, "imprecise",
          R_2DP, "File: 34297.73 vs 34364.50 = -66.77; off by 0.06 (0.1%).", "66.83 points"),
        C("DJI", "daily_pct_change", -0.2, "percent", "2022-01-25", "pct('DJI','2022-01-25')", 2, "supported", R_1DP,
          "-0.19%.", "66.83 points, or 0.2%"),
        C("DJI", "close_level", 34297.67, "index_points", "2022-01-25", "val('DJI','2022-01-25')", 2, "imprecise", R_LVL,
          "File close 34297.73; off by 0.06 points (0.0002%), outside the 0.025 slack.", "34,297.67"),
        C("SPX", "daily_pct_change", -1.2, "percent", "2022-01-25", "pct('GSPC','2022-01-25')", 2, "supported", R_1DP,
          "4356.45 vs 4410.13: -1.22%.", "declined 1.2%"),
        C("SPX", "close_level", 4356.41, "index_points", "2022-01-25", "val('GSPC','2022-01-25')", 2, "imprecise", R_LVL,
          "File close 4356.45 (the official close); off by 0.04.", "4,356.41"),
        C("IXIC", "daily_pct_change", -2.3, "percent", "2022-01-25", "pct('IXIC','2022-01-25')", 2, "supported", R_1DP,
          "13539.29 vs 13855.13: -2.28%.", "declined 2.3%"),
        C("IXIC", "close_level", 13538.29, "index_points", "2022-01-25", "val('IXIC','2022-01-25')", 2, "imprecise",
          R_LVL, "Written '13,538,29' (comma for the decimal point, kept as written); the close is 13539.29, one point "
          "higher (0.007%).", "13,538,29"),
        C("VIX", "intraday_high", 35.85, "index_points", "2022-01-25", "val('VIX','2022-01-25','high')", 2, "supported",
          R_LVL, "Session high 35.85.", "intraday high of 35.85", basis="intraday high"),
        C("VIX", "daily_pct_change", 2.8, "percent", "2022-01-25", "pct('VIX','2022-01-25')", 2, "contradicted", R_1DP,
          "VIX closed 31.16 vs 29.90: +4.21%. The error, 1.41 pp, exceeds 20% of the true change (0.84), so the figure "
          "is contradicted. (30.75 against 29.90 would be +2.8%: the blog used an earlier print, not the official "
          "close.)", "settling up 2.8%"),
        C("VIX", "close_level", 30.75, "index_points", "2022-01-25", "val('VIX','2022-01-25')", 2, "contradicted",
          R_LVL, "Official close 31.16 (file row 2022-01-25: open 32.29, high 35.85, low 29.13, close 31.16); 30.75 is "
          "1.3% off, beyond the 1% band for index levels.", "at 30.75"),
        C("VIX", "level_reached", 30, "index_points", "2022-01-25", "[val('VIX','2022-01-25'), val('VIX','2022-01-25','high')]",
          2, "supported", R_DIR, "Close 31.16 and high 35.85, both above 30.", "VIX Hits 30"),
        C("FEDFUNDS", "statement_day", "Wednesday", "date", "2022-01-25", "next_fomc('2022-01-26')", 2, "supported",
          R_FED, "FOMC decision 2022-01-26, a Wednesday.", "official policy statement Wednesday afternoon"),
    ]))

# ================================================================== 17
P.append(dict(
    id="thetandd_20201208_steady_gains_more_records",
    source=dict(site="thetandd.com", url="https://thetandd.com/steady-gains-for-stocks-deliver-more-records-on-wall-street/article_054a0aea-5def-5c61-9072-d8cb1c163579.html",
                original_outlet="Associated Press (The Times and Democrat)"),
    published="2020-12-08", published_confidence="high",
    published_note="inferred: the Russell 2000 figures (+26.53 to 1,917.78) are those of Tuesday 2020-12-08, and the FDA vaccine meeting 'Thursday' was 2020-12-10.",
    text=("Steady gains for stocks deliver more records on Wall Street. Small-company stocks rose much more than the rest "
          "of the market, a sign that investors are feeling more optimistic about the economy: the Russell 2000 index "
          "climbed 26.53 points, or 1.4%, to 1,917.78. Nearly 60% of the companies in the benchmark S&P 500 closed "
          "higher, with energy stocks notching the biggest gain. Stocks had been down in the early going on worries "
          "about rising coronavirus cases but turned higher around midday. Traders are looking ahead to Thursday, when "
          "U.S. regulators will meet to decide whether to green-light distribution of a COVID-19 vaccine developed by "
          "U.S. drugmaker Pfizer and Germany's BioNTech. The need for a vaccine has grown in recent weeks as the "
          "coronavirus has surged across much of the world; the virus has claimed more than 1.5 million lives, "
          "including over 284,000 in the U.S., the highest toll of any country. Governments worldwide have been "
          "tightening restrictions on businesses to stem the latest surge, raising worries about the economic "
          "fallout."),
    claims=[
        C("SPX", "record_closes", True, "flag", "2020-12-08",
          "[is_record(t,'2020-12-08') for t in ('GSPC','IXIC','RUT')]", 2, "supported", R_REC,
          "S&P 500 3702.25 (prior record 3699.12), Nasdaq 12582.77 (prior 12519.95) and Russell 2000 1917.78 (prior "
          "1892.45) all closed at records.", "deliver more records on Wall Street"),
        C("RUT", "daily_point_change", 26.53, "index_points", "2020-12-08", "chg('RUT','2020-12-08')", 2, "supported",
          R_2DP, "1917.78 vs 1891.25.", "26.53 points"),
        C("RUT", "daily_pct_change", 1.4, "percent", "2020-12-08", "pct('RUT','2020-12-08')", 2, "supported", R_1DP,
          "+1.40%.", "26.53 points, or 1.4%"),
        C("RUT", "close_level", 1917.78, "index_points", "2020-12-08", "val('RUT','2020-12-08')", 2, "supported", R_LVL,
          "Close 1917.78.", "1,917.78"),
        C("NYSE", "spx_breadth", 60, "percent", "2020-12-08", None, 2, "unverifiable", R_NA,
          "Constituent breadth is not in the files.", "Nearly 60%", q="nearly"),
        C("GENERIC", "covid_deaths_world", 1.5, "million", "2020-12-08", None, 2, "unverifiable", R_NA,
          "Not market data.", "more than 1.5 million lives", q="more than"),
        C("GENERIC", "covid_deaths_us", 284000, "count", "2020-12-08", None, 0, "unverifiable", R_NA,
          "Not market data.", "over 284,000", q="over"),
    ]))

# ================================================================== 18
P.append(dict(
    id="gurufocus_20201127_black_friday_indexes",
    source=dict(site="gurufocus.com", url="https://www.gurufocus.com/news/1297888/us-indexes-close-higher-on-black-friday",
                original_outlet="GuruFocus"),
    published="2020-11-27", published_confidence="exact",
    published_note="Dated November 27, 2020 (Friday after Thanksgiving, a shortened session); 'for the week' runs from Friday 2020-11-20.",
    text=("US Indexes Close Higher on Black Friday — Nasdaq up 34.79% for the year. The Dow Jones Industrial Average "
          "finished Friday at 29,910.37, a gain of 37.90 points or 0.13%. The S&P 500 closed at 3,638.35, up 8.70 "
          "points or 0.24%, and the Nasdaq Composite ended at 12,205.85, up 111.44 points or 0.92%. The VIX Volatility "
          "Index was lower at 20.84, down 0.41 points or -1.93%. For the week, the Nasdaq gained 2.4%, the S&P 500 "
          "gained 1.7% and the Dow Jones gained 1.6%. For the year, the Nasdaq has a gain of 34.79%, the S&P 500 is up "
          "12.6% and the Dow Jones has a gain of 4.8%. U.S. indexes ended higher in the shortened Black Friday session, "
          "and the Nasdaq reported a new closing high. Investors were watching retail stocks ahead of the biggest "
          "holiday shopping weekend, while coronavirus cases in the U.S. kept climbing and hospitalizations reached a "
          "record level over 90,000; next week's November employment report will give key data on the economy's "
          "health in the middle of the second virus wave. Among small caps, the Russell 2000 closed at 1,855.27 for a "
          "gain of 10.25 points or 0.56%, and the S&P 600 closed at 1,059.67. Among other notable indexes, the Nasdaq "
          "100 ended at 12,258.21, up 106.00 points."),
    claims=[
        C("DJI", "close_level", 29910.37, "index_points", "2020-11-27", "val('DJI','2020-11-27')", 2, "supported", R_LVL,
          "Close 29910.37.", "29,910.37"),
        C("DJI", "daily_point_change", 37.90, "index_points", "2020-11-27", "chg('DJI','2020-11-27')", 2, "supported",
          R_2DP, "+37.90.", "37.90 points"),
        C("DJI", "daily_pct_change", 0.13, "percent", "2020-11-27", "pct('DJI','2020-11-27')", 2, "supported", R_2DP,
          "+0.127%.", "0.13%"),
        C("SPX", "close_level", 3638.35, "index_points", "2020-11-27", "val('GSPC','2020-11-27')", 2, "supported", R_LVL,
          "Close 3638.35.", "3,638.35"),
        C("SPX", "daily_point_change", 8.70, "index_points", "2020-11-27", "chg('GSPC','2020-11-27')", 2, "supported",
          R_2DP, "+8.70.", "8.70"),
        C("SPX", "daily_pct_change", 0.24, "percent", "2020-11-27", "pct('GSPC','2020-11-27')", 2, "supported", R_2DP,
          "+0.240%.", "0.24%"),
        C("IXIC", "close_level", 12205.85, "index_points", "2020-11-27", "val('IXIC','2020-11-27')", 2, "supported",
          R_LVL, "Close 12205.85.", "12,205.85"),
        C("IXIC", "daily_point_change", 111.44, "index_points", "2020-11-27", "chg('IXIC','2020-11-27')", 2, "supported",
          R_2DP, "+111.45 in the file (within the slack).", "111.44"),
        C("IXIC", "daily_pct_change", 0.92, "percent", "2020-11-27", "pct('IXIC','2020-11-27')", 2, "supported", R_2DP,
          "+0.922%.", "0.92%"),
        C("VIX", "close_level", 20.84, "index_points", "2020-11-27", "val('VIX','2020-11-27')", 2, "supported", R_LVL,
          "Close 20.84.", "20.84"),
        C("VIX", "daily_point_change", -0.41, "index_points", "2020-11-27", "chg('VIX','2020-11-27')", 2, "supported",
          R_2DP, "20.84 vs 21.25.", "0.41 points"),
        C("VIX", "daily_pct_change", -1.93, "percent", "2020-11-27", "pct('VIX','2020-11-27')", 2, "supported", R_2DP,
          "-1.929%.", "-1.93%"),
        C("IXIC", "weekly_pct_change", 2.4, "percent", "2020-11-27", "wtd('IXIC','2020-11-27')", 2, "imprecise", R_1DP,
          "Friday 2020-11-20 close 11854.97 to 12205.85: +2.96%; 0.56 pp off (within 20% of the true value).",
          "the Nasdaq gained 2.4%", window="week"),
        C("SPX", "weekly_pct_change", 1.7, "percent", "2020-11-27", "wtd('GSPC','2020-11-27')", 2, "contradicted",
          R_1DP, "Friday 2020-11-20 close 3557.54 to 3638.35: +2.27%; 0.57 pp off, more than 20% of the true value "
          "(0.45).", "the S&P 500 gained 1.7%", window="week"),
        C("DJI", "weekly_pct_change", 1.6, "percent", "2020-11-27", "wtd('DJI','2020-11-27')", 2, "contradicted", R_1DP,
          "Friday 2020-11-20 close 29263.48 to 29910.37: +2.21%; 0.61 pp off, more than 20% of the true value (0.44). "
          "(On Monday 2020-11-23's close as base the week would be +1.08%, which does not fit either.)",
          "the Dow Jones gained 1.6%", window="week"),
        C("IXIC", "ytd_pct_change", 34.79, "percent", "2020-11-27", "ytd('IXIC','2020-11-27')", 2, "imprecise", R_2DP,
          "12205.85 vs 8972.60 at the end of 2019: +36.03%; 1.24 pp off (within 10% and 20% of the true value).",
          "has a gain of 34.79%", window="ytd"),
        C("SPX", "ytd_pct_change", 12.6, "percent", "2020-11-27", "ytd('GSPC','2020-11-27')", 2, "supported", R_1DP,
          "3638.35 vs 3230.78: +12.62%.", "is up 12.6%", window="ytd"),
        C("DJI", "ytd_pct_change", 4.8, "percent", "2020-11-27", "ytd('DJI','2020-11-27')", 2, "supported", R_1DP,
          "29910.37 vs 28538.44: +4.81%.", "a gain of 4.8%", window="ytd"),
        C("IXIC", "record_close", True, "flag", "2020-11-27", "[is_record('IXIC','2020-11-27')] + prior_record('IXIC','2020-11-27')",
          2, "supported", R_REC, "12205.85 tops the 2020-11-25 record 12094.40.", "new closing high"),
        C("GENERIC", "covid_hospitalizations", 90000, "count", "2020-11-27", None, 0, "unverifiable", R_NA,
          "Not market data.", "over 90,000", q="over"),
        C("RUT", "close_level", 1855.27, "index_points", "2020-11-27", "val('RUT','2020-11-27')", 2, "supported", R_LVL,
          "Close 1855.27 (also a record close, which the text does not say).", "1,855.27"),
        C("RUT", "daily_point_change", 10.25, "index_points", "2020-11-27", "chg('RUT','2020-11-27')", 2, "supported",
          R_2DP, "1855.27 vs 1845.02.", "10.25 points"),
        C("RUT", "daily_pct_change", 0.56, "percent", "2020-11-27", "pct('RUT','2020-11-27')", 2, "supported", R_2DP,
          "+0.556%.", "0.56%"),
        C("SP600", "close_level", 1059.67, "index_points", "2020-11-27", None, 2, "unverifiable", R_NA,
          "S&P SmallCap 600 is not in the files.", "1,059.67"),
        C("NDX", "close_level", 12258.21, "index_points", "2020-11-27", "val('NDX','2020-11-27')", 2, "supported", R_LVL,
          "Close 12258.21.", "12,258.21"),
        C("NDX", "daily_point_change", 106.00, "index_points", "2020-11-27", "chg('NDX','2020-11-27')", 2, "supported",
          R_2DP, "+105.99 in the file (within the slack).", "106.00 points"),
    ]))

# ================================================================== 19
P.append(dict(
    id="yahoo_20220222_sp500_correction_ukraine",
    source=dict(site="news.yahoo.com", url="https://news.yahoo.com/major-us-stock-indexes-fared-212326804.html?src=rss",
                original_outlet="Associated Press"),
    published="2022-02-22", published_confidence="exact",
    published_note="Page dated 2022-02-22 (Tuesday), the session described.",
    text=("How major US stock indexes fared Tuesday. Stocks closed lower on Wall Street on Tuesday after Russia sent "
          "forces into eastern regions of Ukraine, escalating tensions. The benchmark S&P 500 index fell and now sits "
          "more than 10% below the all-time high it set in January, what is known as a \"correction.\" The Dow Jones "
          "Industrial Average and the Nasdaq also lost more than 1%. On Tuesday, the S&P 500 fell 44.11 points, or 1%, "
          "to 4,304.76; the Dow Jones Industrial Average fell 482.57 points, or 1.4%, to 33,596.61; the Nasdaq fell "
          "166.55 points, or 1.2%, to 13,381.52; and the Russell 2000 index of smaller companies fell 29.16 points, or "
          "1.5%, to 1,980.17. For the year, the S&P 500 is down 461.42 points, or 9.7%; the Dow is down 2,741.69 "
          "points, or 7.5%; the Nasdaq is down 2,263.45 points, or 14.5%; and the Russell 2000 is down 265.14 points, "
          "or 11.8%."),
    claims=[
        C("SPX", "pct_below_record", 10, "percent", "2022-02-22", "pct_below_record('GSPC','2022-02-22')", 2,
          "supported", R_MORE + "; " + R_CORR, "Record close 4796.56 (2022-01-03); 4304.76 is 10.25% below.",
          "more than 10% below the all-time high", q="more than"),
        C("SPX", "record_month", "2022-01", "date", "2022-02-22", "prior_record('GSPC','2022-02-22')", 2, "supported",
          R_REC, "Record close on 2022-01-03.", "set in January"),
        C("DJI", "daily_pct_change", 1, "percent", "2022-02-22", "[round(pct(t,'2022-02-22'),2) for t in ('DJI','IXIC')]",
          2, "supported", R_MORE, "Dow -1.42%, Nasdaq -1.23%: both lost more than 1%.", "also lost more than 1%",
          q="more than"),
        C("SPX", "daily_point_change", -44.11, "index_points", "2022-02-22", "chg('GSPC','2022-02-22')", 2, "supported",
          R_2DP, "4304.76 vs 4348.87.", "44.11 points"),
        C("SPX", "daily_pct_change", -1, "percent", "2022-02-22", "pct('GSPC','2022-02-22')", 2, "supported", R_INT,
          "-1.01%.", "44.11 points, or 1%"),
        C("SPX", "close_level", 4304.76, "index_points", "2022-02-22", "val('GSPC','2022-02-22')", 2, "supported", R_LVL,
          "Close 4304.76.", "4,304.76"),
        C("DJI", "daily_point_change", -482.57, "index_points", "2022-02-22", "chg('DJI','2022-02-22')", 2, "supported",
          R_2DP, "33596.61 vs 34079.18.", "482.57 points"),
        C("DJI", "daily_pct_change", -1.4, "percent", "2022-02-22", "pct('DJI','2022-02-22')", 2, "supported", R_1DP,
          "-1.42%.", "482.57 points, or 1.4%"),
        C("DJI", "close_level", 33596.61, "index_points", "2022-02-22", "val('DJI','2022-02-22')", 2, "supported", R_LVL,
          "Close 33596.61.", "33,596.61"),
        C("IXIC", "daily_point_change", -166.55, "index_points", "2022-02-22", "chg('IXIC','2022-02-22')", 2,
          "supported", R_2DP, "13381.52 vs 13548.07.", "166.55 points"),
        C("IXIC", "daily_pct_change", -1.2, "percent", "2022-02-22", "pct('IXIC','2022-02-22')", 2, "supported", R_1DP,
          "-1.23%.", "166.55 points, or 1.2%"),
        C("IXIC", "close_level", 13381.52, "index_points", "2022-02-22", "val('IXIC','2022-02-22')", 2, "supported",
          R_LVL, "Close 13381.52.", "13,381.52"),
        C("RUT", "daily_point_change", -29.16, "index_points", "2022-02-22", "chg('RUT','2022-02-22')", 2, "supported",
          R_2DP, "1980.17 vs 2009.33.", "29.16 points"),
        C("RUT", "daily_pct_change", -1.5, "percent", "2022-02-22", "pct('RUT','2022-02-22')", 2, "supported", R_1DP,
          "-1.45%.", "29.16 points, or"),
        C("RUT", "close_level", 1980.17, "index_points", "2022-02-22", "val('RUT','2022-02-22')", 2, "supported", R_LVL,
          "Close 1980.17.", "1,980.17"),
        C("SPX", "ytd_point_change", -461.42, "index_points", "2022-02-22", "ytd_pts('GSPC','2022-02-22')", 2,
          "supported", R_2DP, "4304.76 - 4766.18.", "461.42 points", window="ytd"),
        C("SPX", "ytd_pct_change", -9.7, "percent", "2022-02-22", "ytd('GSPC','2022-02-22')", 2, "supported", R_1DP,
          "-9.68%.", "9.7%", window="ytd"),
        C("DJI", "ytd_point_change", -2741.69, "index_points", "2022-02-22", "ytd_pts('DJI','2022-02-22')", 2,
          "supported", R_2DP, "33596.61 - 36338.30.", "2,741.69", window="ytd"),
        C("DJI", "ytd_pct_change", -7.5, "percent", "2022-02-22", "ytd('DJI','2022-02-22')", 2, "supported", R_1DP,
          "-7.54%.", "7.5%", window="ytd"),
        C("IXIC", "ytd_point_change", -2263.45, "index_points", "2022-02-22", "ytd_pts('IXIC','2022-02-22')", 2,
          "supported", R_2DP, "13381.52 - 15644.97.", "2,263.45", window="ytd"),
        C("IXIC", "ytd_pct_change", -14.5, "percent", "2022-02-22", "ytd('IXIC','2022-02-22')", 2, "supported", R_1DP,
          "-14.47%.", "14.5%", window="ytd"),
        C("RUT", "ytd_point_change", -265.14, "index_points", "2022-02-22", "ytd_pts('RUT','2022-02-22')", 2,
          "supported", R_2DP, "1980.17 - 2245.31.", "265.14", window="ytd"),
        C("RUT", "ytd_pct_change", -11.8, "percent", "2022-02-22", "ytd('RUT','2022-02-22')", 2, "supported", R_1DP,
          "-11.81%.", "11.8%", window="ytd"),
    ]))


# ================================================================== 20
P.append(dict(
    id="execinsiders_20240812_small_cap_rotation_fizzles",
    source=dict(site="execinsiders.com", url="https://execinsiders.com/stock-market-rotation-is-fizzling-as-quickly-as-it-started/",
                original_outlet="Bloomberg (rewritten by Exec Insiders)"),
    published="2024-08-12", published_confidence="medium",
    published_note="inferred: undated rewrite of a Bloomberg story; it places the post-jobs-report selloff (Monday 2024-08-05) at 'the beginning of last week', so it was posted in the week of 2024-08-12. The August-to-date figure is checked on the 2024-08-12 close; it is 'approximately 8%' on every close from 2024-08-06 to 2024-08-14 (-7.5% to -8.5%).",
    text=("The stock market rotation is fizzling as quickly as it started. Wall Street's much-anticipated shift toward "
          "smaller firms, which had been gathering momentum, has abruptly stalled, and stocks that had drawn heavy "
          "investor interest are now seeing a sudden exodus as traders rethink their expectations for U.S. growth. In a "
          "turbulent week for equities, investors pulled $2.6 billion from the iShares Russell 2000 ETF (ticker IWM) in "
          "a span of five days, the largest outflow in nearly three years, according to Bloomberg data. Many suspect the "
          "worst of the selloff is yet to come: short interest as a percentage of the fund's shares outstanding has "
          "jumped to its highest level since December, according to IHS Markit. The retreat follows a stretch in which "
          "traders poured money into long-neglected strategies, propelling the Russell 2000 – the index underlying IWM – "
          "to a 10% gain in July, its largest monthly increase since the end of last year. The index is now down by "
          "approximately 8% for August, amid growing concern about the health of the U.S. economy and the Federal "
          "Reserve's ability to head off a recession. \"The trading crowd is abandoning small caps quickly. It was "
          "enjoyable while it lasted (for about two weeks),\" said Eric Balchunas of Bloomberg Intelligence. Investors "
          "had briefly embraced small caps in July, betting that lower interest rates would help them after tech giants "
          "such as Nvidia led the market for most of the year. Then everything was repriced after a disappointing July "
          "jobs report revived worries about the economy, and selloffs at the start of last week hit equities, gold and "
          "cryptocurrencies alike."),
    claims=[
        C("IWM", "weekly_fund_flow", -2.6, "usd_billion", "2024-08-09", None, 2, "unverifiable", R_NA,
          "ETF fund flows are not in the files.", "$2.6 billion", window="5 sessions"),
        C("IWM", "largest_outflow_since", "nearly three years", "date", "2024-08-09", None, 2, "unverifiable", R_NA,
          "ETF fund flows are not in the files.", "largest outflow in nearly three years"),
        C("IWM", "short_interest_high_since", "December", "date", "2024-08-09", None, 2, "unverifiable", R_NA,
          "Short interest is not in the files.", "highest level since December"),
        C("RUT", "monthly_pct_change", 10, "percent", "2024-07-31", "ret('RUT','2024-06-28','2024-07-31')", 2,
          "supported", R_INT, "June 28 close 2047.69 to July 31 close 2254.48: +10.10%.", "10% gain in July",
          window="2024-07"),
        C("RUT", "best_month_since", "2023-12", "date", "2024-07-31", "last_month_at_least('RUT','2024-07-31')", 2,
          "supported", R_SINCE, "Last earlier month with a gain at least as large: December 2023 (+12.05%).",
          "largest monthly increase since the end of last year", window="month"),
        C("RUT", "mtd_pct_change", -8, "percent", "2024-08-12", "ret('RUT','2024-07-31','2024-08-12')", 2,
          "supported", R_ABOUT, "August to date on 2024-08-12: -8.53% (within 7-9); -7.5% to -9.7% on the closes of "
          "Aug 5-14.", "down by approximately 8% for August", q="approximately", window="mtd"),
        C("QUOTE", "rotation_duration", 2, "weeks", "2024-08-12", None, 2, "not_checkable", R_NC,
          "Quoted quip.", "for about two weeks", q="about"),
    ]))

# ------------------------------------------------------------------ build
def main(argv):
    data_dir = argv[1] if len(argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data_dir:
        sys.exit("usage: python build_heldout9b.py DATA_DIR  (or set CAPSCOPE_DATA_DIR)")
    # 1. write the RECIPES table into reference.py
    ref_path = HERE / "reference.py"
    src = ref_path.read_text()
    lines = ["RECIPES = ["]
    for p in P:
        for i, c in enumerate(p["claims"]):
            lines.append(f"    ({p['id']!r}, {i}, {c['dec']}, {c['expr']!r}),")
    lines.append("]")
    block = "\n".join(lines)
    src = re.sub(r"(# RECIPES-BEGIN[^\n]*\n).*?(\n# RECIPES-END)", lambda m: m.group(1) + block + m.group(2), src,
                 flags=re.S)
    ref_path.write_text(src)
    # 2. evaluate with the helpers of reference.py
    sys.path.insert(0, str(HERE))
    import reference as ref
    ref.DATA = Path(data_dir)
    problems = []
    ids = set()
    with open(HERE / "passages.jsonl", "w") as fp, open(HERE / "key.jsonl", "w") as fk:
        for p in P:
            assert p["id"] not in ids, p["id"]
            ids.add(p["id"])
            words = len(p["text"].split())
            if not 120 <= words <= 400:
                problems.append(f"{p['id']}: {words} words")
            claims_out = []
            for i, c in enumerate(p["claims"]):
                n = p["text"].count(c["anchor"])
                if n != 1:
                    problems.append(f"{p['id']} #{i}: anchor {c['anchor']!r} occurs {n} times")
                value = ref.evaluate(c["expr"], c["dec"])
                detail = (c["detail"] + "; " if c["detail"] else "") + "reference.py: " + (c["expr"] or "None")
                claims_out.append({k: c[k] for k in ("index_or_ticker", "metric", "value", "unit", "qualifier",
                                                     "ref_date", "window", "comparison", "basis")})
                rec = dict(passage_id=p["id"], claim_index=i, index_or_ticker=c["index_or_ticker"],
                           metric=c["metric"], claimed_value=c["value"], qualifier=c["qualifier"],
                           ref_date_used=c["ref_date"], computed_value=value, computed_detail=detail,
                           verdict=c["verdict"], rule=c["rule"], note=c["note"], anchor_text=c["anchor"])
                fk.write(json.dumps(rec, ensure_ascii=False) + "\n")
            out = dict(id=p["id"], source=p["source"], published=p["published"],
                       published_confidence=p["published_confidence"], published_note=p["published_note"],
                       text_kind="condensed_close_paraphrase", text=p["text"], claims=claims_out)
            fp.write(json.dumps(out, ensure_ascii=False) + "\n")
    counts = Counter(c["verdict"] for p in P for c in p["claims"])
    print(len(P), "passages,", sum(counts.values()), "claims", dict(counts))
    for p in P:
        cc = Counter(c["verdict"] for c in p["claims"])
        print(f"  {p['id']}: {len(p['claims'])} claims, {len(p['text'].split())} words, {dict(cc)}")
    if problems:
        print("PROBLEMS:")
        print("\n".join(problems))
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv)
