"""Passages 1-7 of the heldout10b corpus (small caps / Russell 2000 vs large caps).
Each claim: (ticker, metric, value, unit, qualifier, ref_date, window, comparison, basis,
             anchor, expression-or-None, decimals, verdict, rule, note).
Expressions use the helpers of reference.py and are evaluated by build_key.py."""

INT = "unhedged integer: |true-claim| <= 0.5"
D1 = "unhedged 1-decimal figure: |true-claim| <= 0.05 + 0.02"
D2 = "unhedged 2-decimal figure: |true-claim| <= 0.005 + 0.02"
LVL = "index/ETF level to 2 dp: |true-claim| <= 0.025"
IMP = "; imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures (<= 1% for index levels, <= 20% for point changes and counts); otherwise contradicted"
MID = "mid-session figure: unverifiable unless the value lies outside the session's low-high range"
REC = "records: above every earlier close (intraday record: every earlier high) in the file"
SINCE = "highest/lowest since X: X must be the last session with a value at least as extreme, or the first session after it; a later X is imprecise (understated), an earlier X contradicted"
UNV = "unverifiable: the files cannot decide it"
NC = "not_checkable: conditional, technical level, quote or generic statement"
FC = "forecast: a projection or target; never judged against what happened"
ABOUT = "about/around: within one unit of the last stated digit (+0.02)"
NEARLY = "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit"
DATE = "a stated date must match the date in the files; a wrong date is contradicted"
MOVE = "daily change = close vs previous close"

PASSAGES = []


def P(pid, site, url, outlet, published, conf, note, text, claims):
    PASSAGES.append(dict(id=pid, source=dict(site=site, url=url, original_outlet=outlet), published=published,
                         published_confidence=conf, published_note=note, text_kind="condensed_close_paraphrase",
                         text=text, claims=claims))


d = "2024-03-28"
P("forexlive_20240328_rut_quarter_end_high", "beforedusk.com",
  "https://beforedusk.com/2024/03/28/russell-2000-looks-to-end-quarter-at-a-new-52-week-high-forexlive",
  "Forexlive (Greg Michalowski)", "2024-03-28", "exact",
  "date in the URL (2024/03/28); an intraday piece written during Thursday's session, the last before Good Friday (2024-03-29, markets closed).",
  "With the U.S. stock market closed tomorrow, today is the end of both the month and the quarter for stocks. "
  "The Russell 2000 of small-cap stocks is the best of the major U.S. indices today, up 0.89%, and in the process it is trading at a new high for 2024. "
  "The price is also at its highest level since March 31, 2022 – 52 weeks ago. "
  "On the daily chart the price reached a high of 2135.45 today. The next target is the 61.8% retracement of the move down from the 2021 high, at 2143.63; "
  "getting above it would also lift the price above the March 2022 high at 2138.82 and take it to the highest level since January 2022. "
  "The Russell 2000's all-time high was reached in the week of November 1, 2021 at 2458.85, and the current price is still 15.45% away from the all-time high closing level.\n\n"
  "Meanwhile, the S&P index is up 2.55 points or 0.05% at 5250.82. It closed at an all-time record level yesterday but is still short of its all-time intraday high of 5261.10. "
  "The NASDAQ index is trading slightly lower; in March it extended to an all-time high of 16538.86. "
  "The Dow industrial average also reached a new all-time high level of 39,889.05; the Dow first moved above the 30,000 level back in November 2020.\n\n"
  "How are the major indices doing in the quarter? The Dow is up 5.51%, the S&P index is up 10.10%, the NASDAQ index is up 9.16% and the Russell 2000 is up 5.17%.",
  [
   ("RUT", "intraday_pct_change", 0.89, "percent", None, d, "1d", None, "midday", "up 0.89%", f"mid_range_pct('RUT','{d}')", 2, "unverifiable", MID,
    "Session range vs the 2024-03-27 close is +0.07% to +1.00%; 0.89% lies inside it. The close was +0.48%."),
   ("RUT", "new_year_high", True, "flag", None, d, "YTD", None, "intraday high", "new high for 2024", f"[val('RUT','{d}','high'), max_in('RUT','2024-01-02','2024-03-27')[1]]", 2, "supported", REC,
    "Session high 2135.46 above every 2024 high before it (2115.95 on 2024-03-08)."),
   ("RUT", "highest_since_date", "2022-03-31", "date", None, d, None, None, "intraday high", "since March 31, 2022", f"highest_since('RUT','{d}','high')", 2, "imprecise", SINCE,
    "The last session with a high at least 2135.45 is 2022-03-29 (high 2138.45); 2022-03-31's high was only 2100.74. The stated date is two sessions later than the true one: understated, so imprecise. On closes the answer is also 2022-03-29."),
   ("RUT", "window_weeks", 52, "weeks", None, d, None, None, None, "52 weeks ago", "(ts('2024-03-28') - ts('2022-03-31')).days / 7", 1, "contradicted", INT + IMP,
    "March 31, 2022 is 104 weeks (728 days, two years) before 2024-03-28, not 52 weeks; the text's own date and its '52 weeks ago' disagree (52 weeks before 2024-03-28 is 2023-03-30)."),
   ("RUT", "intraday_high", 2135.45, "index_points", None, d, None, None, "intraday high", "2135.45", f"val('RUT','{d}','high')", 2, "supported", LVL,
    "File high 2135.46; the text wrote it during the session."),
   ("RUT", "retracement_level", 2143.63, "index_points", None, d, None, None, None, "2143.63", None, 2, "not_checkable", NC,
    "A 61.8% Fibonacci retracement target; it depends on which low the analyst measured from (2021 intraday high 2458.86)."),
   ("RUT", "month_high", 2138.82, "index_points", None, "2022-03-31", "2022-03", None, "intraday high", "2138.82", "max_in('RUT','2022-03-01','2022-03-31')[1]", 2, "imprecise", LVL + IMP,
    "Highest March 2022 intraday high in the file is 2138.45 (2022-03-29); off by 0.37 points (0.02%)."),
   ("RUT", "conditional_highest_since", "2022-01", "date", None, d, None, None, "intraday high", "highest level since January 2022", None, 2, "not_checkable", NC,
    "Conditional: what would happen if the price got above 2143.63."),
   ("RUT", "all_time_high_intraday", 2458.85, "index_points", None, d, None, None, "intraday high", "2458.85", f"record_before('RUT','{d}','high')[1]", 2, "supported", LVL,
    "Record intraday high 2458.86 (2021-11-08)."),
   ("RUT", "all_time_high_date", "2021-11-01/week", "date", None, d, None, None, "intraday high", "week of November 1, 2021", f"record_before('RUT','{d}','high')[0]", 2, "contradicted", DATE,
    "The record intraday high (and record close 2442.74) came on Monday 2021-11-08, the week of November 8, not the week of November 1. Rows: 2021-11-05 high 2449.14 (the highest of the week of November 1), 2021-11-08 high 2458.86 / close 2442.74."),
   ("RUT", "pct_from_ath", 15.45, "percent", None, d, None, None, "midday", "15.45%",
    f"[round((1 - val('RUT','{d}','high') / record_before('RUT','{d}')[1]) * 100, 2), round((1 - val('RUT','{d}','low') / record_before('RUT','{d}')[1]) * 100, 2), round((record_before('RUT','{d}')[1] / val('RUT','{d}','high') - 1) * 100, 2), round((record_before('RUT','{d}')[1] / val('RUT','{d}','low') - 1) * 100, 2)]",
    2, "unverifiable", MID,
    "Mid-session. Measured as the rise needed to regain the record close 2442.74, the session spans 14.39%-15.45% and 15.45% lies at its edge (it fits a price near the session low). Measured the usual way (distance below the record), the session spans 12.58%-13.39% and 15.45% would be contradicted; the close was 13.03% below. The wording 'away from' does not say which."),
   ("SPX", "intraday_point_change", 2.55, "index_points", None, d, "1d", None, "midday", "2.55 points", f"mid_range_pts('GSPC','{d}')", 2, "unverifiable", MID,
    "Session range vs previous close -2.67 to +16.36 points."),
   ("SPX", "intraday_pct_change", 0.05, "percent", None, d, "1d", None, "midday", "0.05%", f"mid_range_pct('GSPC','{d}')", 2, "unverifiable", MID,
    "Session range -0.05% to +0.31%."),
   ("SPX", "intraday_level", 5250.82, "index_points", None, d, None, None, "midday", "5250.82", f"lvl_range('GSPC','{d}')", 2, "unverifiable", MID,
    "Session low-high 5245.82-5264.85."),
   ("SPX", "record_close", True, "flag", None, "2024-03-27", None, None, "close", "closed at an all-time record level yesterday", "is_record('GSPC','2024-03-27')", 2, "supported", REC,
    "2024-03-27 close 5248.49 above every earlier close."),
   ("SPX", "all_time_high_intraday", 5261.10, "index_points", None, d, None, None, "intraday high", "5261.10", f"record_before('GSPC','{d}','high')", 2, "supported", LVL + "; " + REC,
    "Record intraday high before the session: 5261.10 on 2024-03-21. (The session itself later reached 5264.85, after the text was written.)"),
   ("IXIC", "all_time_high_intraday", 16538.86, "index_points", None, d, "2024-03", None, "intraday high", "16538.86", f"record_before('IXIC','{d}','high')", 2, "supported", LVL + "; " + REC,
    "Record intraday high 16538.86 on 2024-03-21."),
   ("DJI", "all_time_high_intraday", 39889.05, "index_points", None, d, None, None, "intraday high", "39,889.05", f"record_before('DJI','{d}','high')", 2, "supported", LVL + "; " + REC,
    "The record intraday high is 39,889.05, set 2024-03-21; the 2024-03-28 session high was 39,868.59, so the record is not from the day of the story (the text does not say when)."),
   ("DJI", "first_close_above_level_date", "2020-11", "date", None, d, None, None, "close", "November 2020", "first_close_at_or_above('DJI', 30000)", 2, "supported", DATE,
    "First close at or above 30,000: 2020-11-24."),
   ("DJI", "qtd_return", 5.51, "percent", None, d, "QTD", None, "midday", "Dow is up 5.51%", f"mid_range_pct('DJI','{d}', base='2023-12-29')", 2, "unverifiable", MID,
    "Quarter-to-date at the session low/high: 5.38%-5.78%; close 5.62%."),
   ("SPX", "qtd_return", 10.10, "percent", None, d, "QTD", None, "midday", "10.10%", f"mid_range_pct('GSPC','{d}', base='2023-12-29')", 2, "unverifiable", MID,
    "Session range 9.98%-10.38%; close 10.16%."),
   ("IXIC", "qtd_return", 9.16, "percent", None, d, "QTD", None, "midday", "9.16%", f"mid_range_pct('IXIC','{d}', base='2023-12-29')", 2, "unverifiable", MID,
    "Session range 8.90%-9.39%; close 9.11%."),
   ("RUT", "qtd_return", 5.17, "percent", None, d, "QTD", None, "midday", "5.17%", f"mid_range_pct('RUT','{d}', base='2023-12-29')", 2, "unverifiable", MID,
    "Session range 4.38%-5.35%; close 4.81%."),
  ])

d = "2025-10-08"
P("smebusinessreview_20251008_rut_misses_eighth_gain", "smebusinessreview.com",
  "https://smebusinessreview.com/interest-rates-and-credit/russell-2000-eyes-eighth-consecutive-gain-42-percent-rally-april",
  "SME Business Review", "2025-10-08", "exact",
  "dateline 'NEW YORK, Oct. 8, 2025'; the level and daily change are mid-session figures for Wednesday 2025-10-08; 'Tuesday' is 2025-10-07.",
  "NEW YORK, Oct. 8, 2025 – Back in 2019 the market-weighted Russell 2000 went up by 25.5 per cent; that year the Russell also rose 23.5 per cent on an equal-weighted basis, and the Morningstar Small Blend category tied it.\n\n"
  "While the U.S. stock market trades near all-time highs, the small-cap Russell 2000 is having an eventful month. It is currently trading at 2,487.58, about 0.1 per cent higher on the day. "
  "Because the index did not end higher on Tuesday, the Russell missed out on its eighth consecutive gain.\n\n"
  "Since the market bottomed on April 7, the Russell 2000 has rallied 42 per cent, beating the 36 per cent gain of the S&P 500 by six percentage points.\n\n"
  "Why is the Russell doing so well? Investors have been anticipating Federal Reserve rate cuts, an expectation confirmed when the Fed cut rates by 25bps on September 17, and more cuts could follow. "
  "The market is pricing a 92 per cent probability of another 25bps cut on October 29 and an 80 per cent probability of an additional cut on December 10. "
  "Cuts tend to help smaller companies most, since they carry more variable-rate debt whose rate drops as soon as the Fed eases, lowering interest expense and lifting earnings.",
  [
   ("RUT", "calendar_year_return", 25.5, "percent", None, "2019-12-31", "2019", None, "total return", "25.5 per cent", "[ret('RUT','2018-12-31','2019-12-31'), ret('IWM','2018-12-31','2019-12-31','adj_close')]", 2, "unverifiable", UNV,
    "25.5% is the Russell 2000 total return for 2019 (price return in the file: 23.72%; IWM total return 25.39%). The files hold only the price index, so a total-return figure is unverifiable; on the price basis it would be imprecise."),
   ("RUT", "equal_weight_return", 23.5, "percent", None, "2019-12-31", "2019", None, "equal-weighted", "23.5 per cent", None, 2, "unverifiable", UNV,
    "Equal-weighted Russell 2000 and the Morningstar category are not in the files."),
   ("RUT", "intraday_level", 2487.58, "index_points", None, d, None, None, "midday", "2,487.58", f"lvl_range('RUT','{d}')", 2, "unverifiable", MID,
    "Session low-high 2458.67-2487.64; close 2483.99."),
   ("RUT", "intraday_pct_change", 0.1, "percent", "about", d, "1d", None, "midday", "about 0.1 per cent", f"mid_range_pct('RUT','{d}')", 2, "unverifiable", MID,
    "Session range +0.01% to +1.19% vs the 2025-10-07 close; closed +1.04%."),
   ("RUT", "win_streak_ended", 7, "sessions", None, "2025-10-07", None, None, "close", "eighth consecutive gain", "[streak('RUT','2025-10-06'), pct('RUT','2025-10-07')]", 2, "supported", "streaks use daily closes",
    "Seven straight gains through Monday 2025-10-06; Tuesday 2025-10-07 fell 1.12%, so an eighth gain was missed."),
   ("SPX", "bottom_date", "2025-04-07", "date", None, d, None, None, "intraday low", "bottomed on April 7", "min_in('GSPC','2025-04-01','2025-04-30','low')", 2, "supported", DATE,
    "S&P 500 intraday low of the selloff: 4835.04 on 2025-04-07. The closing low was 2025-04-08 (4982.77); the Russell 2000's closing low was also 04-08 (1760.71) and its intraday low 04-09 (1732.99)."),
   ("RUT", "return_since", 42, "percent", None, d, "2025-04-08..2025-10-08", None, "close", "rallied 42 per cent", "ret('RUT','2025-04-08','2025-10-08')", 2, "imprecise", INT + IMP,
    "From the closing low 2025-04-08 to the 2025-10-08 close: +41.08% (to the 2,487.58 print: +41.28%). From the 2025-04-07 close: +35.81% to 10-07 (contradicted on that reading). From the intraday low (1732.99, 04-09): +43.3%."),
   ("SPX", "return_since", 36, "percent", None, d, "2025-04-08..2025-10-08", None, "close", "36 per cent gain", "ret('GSPC','2025-04-08','2025-10-08')", 2, "supported", INT,
    "From the closing low 2025-04-08 to the 2025-10-08 close: +35.54%. From the 04-07 close: 32.64% to 10-07."),
   ("RUT", "relative_return_gap", 6, "percentage_points", None, d, "2025-04-08..2025-10-08", "SPX", "close", "six percentage points", "ret('RUT','2025-04-08','2025-10-08') - ret('GSPC','2025-04-08','2025-10-08')", 2, "supported", INT,
    "41.08% - 35.54% = 5.54 pp; also the text's own 42 - 36."),
   ("FEDFUNDS", "rate_change", -25, "bp", None, "2025-09-17", None, None, None, "25bps on September 17", "fed_change_bp('2025-09-17')", 0, "supported", "Fed: DFEDTARU changes on the effective date, the day after the decision",
    "Target range 4.25-4.50% -> 4.00-4.25% effective 2025-09-18; 2025-09-17 is an FOMC decision day."),
   ("FEDFUNDS", "implied_probability", 92, "percent", None, d, None, "2025-10-29 meeting", None, "92 per cent", None, 2, "unverifiable", UNV + " (futures odds for a meeting without futures in the files)",
    "ZQ_futures.csv holds no contracts for October 2025."),
   ("FEDFUNDS", "meeting_date", "2025-10-29", "date", None, d, None, None, None, "October 29", "is_fomc_day('2025-10-29')", 2, "supported", DATE,
    "2025-10-29 is in FOMC_meetings.csv."),
   ("FEDFUNDS", "implied_probability", 80, "percent", None, d, None, "2025-12-10 meeting", None, "80 per cent", None, 2, "unverifiable", UNV + " (futures odds for a meeting without futures in the files)",
    "No December 2025 contracts in the files."),
   ("FEDFUNDS", "meeting_date", "2025-12-10", "date", None, d, None, None, None, "December 10", "is_fomc_day('2025-12-10')", 2, "supported", DATE,
    "2025-12-10 is in FOMC_meetings.csv."),
  ])

d = "2025-09-23"
P("schwab_20250926_rut_slides_from_record", "international.schwab.com", "https://international.schwab.com/es/node/9101",
  "Charles Schwab (Looking to the Futures, Jacob Baker)", "2025-09-26", "exact",
  "dated September 26, 2025 (Friday) on the page; 'Tuesday' is 2025-09-23 and 'Thursday' 2025-09-25.",
  "Small Caps Stumble: Russell 2000 Slides from Record Highs\n\n"
  "On Tuesday the Russell 2000 Index reached new heights, touching 2488.84 and closing at 2457.51, surpassing an almost 4-year record close. "
  "These prices had not been seen since the index reached 2466.49 on November 25th, 2024, and its previous record close of 2442.74 was set back on November 18th, 2021. "
  "The highs have been short lived so far, as prices pulled back along with the broader market through the week. The front-month Russell 2000 futures contract (/RTYZ25) peaked at 2510.3 on Tuesday before retreating 2 straight days and closing at 2430 on Thursday.\n\n"
  "Often cited as a gauge of U.S. economic health, the small-cap index has been in a strong uptrend since the April lows as the prospect of Federal Reserve rate cuts lifted traders' spirits. "
  "With the Fed delivering a 25-basis-point cut at its September meeting and signalling that more may come by year end, the index had what it needed to reach new heights. "
  "Because smaller companies carry relatively more floating-rate debt than large caps, further cuts could benefit them disproportionately. "
  "Another draw is revenue: according to FTSE Russell, less than 20% of the Russell 2000 Index's revenues are generated outside the U.S.",
  [
   ("RUT", "intraday_high", 2488.84, "index_points", None, d, None, None, "intraday high", "2488.84", f"val('RUT','{d}','high')", 2, "supported", LVL, "File high 2488.84."),
   ("RUT", "intraday_record", True, "flag", None, d, None, None, "intraday high", "reached new heights", f"[is_record('RUT','{d}','high'), record_before('RUT','{d}','high')]", 2, "supported", REC,
    "2488.84 tops the earlier intraday record 2472.27 (2025-09-19)."),
   ("RUT", "close_level", 2457.51, "index_points", None, d, None, None, "close", "closing at 2457.51", f"val('RUT','{d}')", 2, "supported", LVL, "File close 2457.51."),
   ("RUT", "above_prior_record_close", True, "flag", None, d, None, "2021 record close", "close", "surpassing an almost 4-year record close", f"[val('RUT','{d}') > record_before('RUT','2024-01-01')[1], is_record('RUT','{d}'), record_before('RUT','{d}')]", 2, "supported", REC,
    "2457.51 is above the November 2021 record close 2442.74, so it surpasses that close; it was not itself a new record close (2467.70 on 2025-09-18 and 2463.34 on 09-22 were higher)."),
   ("RUT", "age_of_record_years", 4, "years", "almost", d, None, None, "close", "almost 4-year", f"(ts('{d}') - ts(record_before('RUT','2024-01-01')[0])).days / 365.25", 2, "supported", NEARLY,
    "2021-11-08 to 2025-09-23 is 3.87 years."),
   ("RUT", "intraday_high_on_date", 2466.49, "index_points", None, "2024-11-25", None, None, "intraday high", "2466.49", "val('RUT','2024-11-25','high')", 2, "supported", LVL,
    "High on 2024-11-25 is 2466.49 (close 2442.03)."),
   ("RUT", "previous_record_close", 2442.74, "index_points", None, d, None, None, "close", "2442.74", "record_before('RUT','2024-01-01')[1]", 2, "supported", LVL, "Record close before 2025: 2442.74."),
   ("RUT", "previous_record_close_date", "2021-11-18", "date", None, d, None, None, "close", "November 18th, 2021", "record_before('RUT','2024-01-01')[0]", 2, "contradicted", DATE,
    "The 2442.74 record close was set on 2021-11-08 Rows: 2021-11-08 close 2442.74 (the record); 2021-11-18 close 2363.59, high 2385.99."),
   ("RTY_FUTURES", "intraday_high", 2510.3, "index_points", None, d, None, None, "intraday high", "2510.3", None, 2, "unverifiable", UNV, "Russell 2000 futures are not in the files."),
   ("RTY_FUTURES", "down_streak", 2, "sessions", None, "2025-09-25", None, None, "close", "2 straight days", None, 0, "unverifiable", UNV,
    "Futures not in the files; the cash index also fell on 2025-09-24 and 09-25 (2434.98, 2411.04)."),
   ("RTY_FUTURES", "close_level", 2430, "index_points", None, "2025-09-25", None, None, "close", "closing at 2430", None, 2, "unverifiable", UNV, "Futures settlement not in the files (cash index closed 2411.04)."),
   ("FEDFUNDS", "rate_change", -25, "bp", None, "2025-09-17", None, None, None, "25-basis-point cut", "fed_change_bp('2025-09-17')", 0, "supported", "Fed: DFEDTARU changes on the effective date",
    "4.25-4.50% to 4.00-4.25% after the 2025-09-17 meeting."),
   ("RUT", "foreign_revenue_share", 20, "percent", "less than", None, None, None, None, "less than 20%", None, 2, "unverifiable", UNV, "Revenue data are not in the files."),
  ])

P("lifehealth_20150713_small_caps_summer_heat", "lifehealth.com", "https://www.lifehealth.com/small-caps-feel-the-summer-heat/",
  "Marketwired (FTSE Russell and CBOE release)", "2015-07-13", "exact",
  "dateline 'SEATTLE, WA (Marketwired - Jul 13, 2015)'; the figures are as of Tuesday 2015-07-07 and the window starts with the June 29 drop.",
  "Small Caps Feel the Summer Heat\n\n"
  "SEATTLE, WA (Marketwired – Jul 13, 2015) – U.S. small cap stocks are still up 4.2% year-to-date as of July 7, but they have lost 2.6% since June 29, when Greece shut its banks and imposed capital controls "
  "amid growing uncertainty in China's market – a sign that an index made up mostly of U.S.-oriented companies is not immune to the current global tensions.\n\n"
  "In fact, while all U.S. stocks have been in negative territory in recent weeks, the 2.5% loss for the small-cap Russell 2000 Index during this period is greater than the 0.9% loss for the large-cap Russell 1000 Index.\n\n"
  "The CBOE Russell 2000 Volatility Index (RVX), which gauges implied near-term volatility for small caps from the prices of Russell 2000 options, spiked almost 27% from its June 26 close to its June 29 close, "
  "a level not seen since February 11 of this year.\n\n"
  "FTSE Russell senior research analyst Mat Lystra said market participants had focused on headlines from Greece and China, and that the view that small caps are less exposed to international forces, "
  "because they earn more of their revenue at home, has not been supported by recent index performance: 'This is one of those periods where all boats may rise and fall based on the political tides in far off markets.'",
  [
   ("RUT", "ytd_return", 4.2, "percent", None, "2015-07-07", "YTD", None, "total return", "up 4.2% year-to-date", "[ytd('RUT','2015-07-07'), ytd('IWM','2015-07-07','adj_close')]", 2, "unverifiable", UNV,
    "FTSE Russell's release figure fits the total-return basis (IWM total return YTD 4.32%); the price index in the file is up 3.60%, which would make 4.2 imprecise. A total-return figure where only the price index exists is unverifiable."),
   ("RUT", "return_since", -2.6, "percent", None, "2015-07-07", "2015-06-26..2015-07-07", None, "close", "lost 2.6% since June 29", "[ret('RUT','2015-06-26','2015-07-07'), ret('RUT','2015-06-29','2015-07-07')]", 2, "imprecise", D1 + IMP,
    "The text's window includes the June 29 drop (its RVX move also runs from the June 26 close): June 26 close to July 7 close = -2.48% (IWM total return -2.43%), 0.12 off. Read by the convention that 'since June 29' starts at that day's close, the change is +0.10% and the claim would be contradicted."),
   ("RUT", "return_since", -2.5, "percent", None, "2015-07-07", "2015-06-26..2015-07-07", None, "close", "2.5% loss", "ret('RUT','2015-06-26','2015-07-07')", 2, "supported", D1,
    "-2.48% from the June 26 close to the July 7 close; note that the same passage gives 2.6% for this window."),
   ("RUSSELL1000", "return_since", -0.9, "percent", None, "2015-07-07", "2015-06-26..2015-07-07", None, "close", "0.9% loss", None, 2, "unverifiable", UNV,
    "Russell 1000 not in the files (S&P 500 over the same window: -0.96%)."),
   ("RVX", "pct_change", 27, "percent", "almost", "2015-06-29", "1d", None, "close", "almost 27%", None, 2, "unverifiable", UNV, "RVX is not in the files."),
   ("RVX", "highest_since_date", "2015-02-11", "date", None, "2015-06-29", None, None, "close", "February 11", None, 2, "unverifiable", UNV, "RVX is not in the files."),
  ])

d = "2019-08-27"
P("dailyfx_20190827_rut_tests_support", "dailyfx.com",
  "https://www.dailyfx.com/forex/technical/home/analysis/spx500/2019/08/27/Russell-2000-Forecast-Small-Cap-Stocks-Test-Critical-Support.html",
  "DailyFX", "2019-08-27", "exact",
  "date in the URL (2019/08/27), a Tuesday; written during the session. 'Friday' is 2019-08-23.",
  "Russell 2000 Forecast: Small Cap Stocks Test Critical Support\n\n"
  "The Russell 2000 probed key support on Tuesday as the small-cap index threatened to break down beneath its recent lows of August 15, with the yield curve inverting further and investors piling into the TLT bond ETF. "
  "So far this year the RUT is just 8% higher, against a 14.5% return for the S&P 500 in 2019 – despite trade-war headwinds that some believed would favour smaller domestic companies. "
  "That outperformance has not materialised: the ratio of the RUT to the S&P 500 has slipped to its lowest since the trade war began and is nearing levels not seen since 2009.\n\n"
  "Multinationals in the S&P 500 and Dow Jones carry more international exposure, but larger corporations with stronger balance sheets and institutional backing may also be better placed to ride out a recession. "
  "Recession fears sparked by the inversion of the 3s10s and 2s10s yield curves have probably left investors uneasy about the outlook and valuation of smaller Russell 2000 stocks.\n\n"
  "Demand for Treasuries shows no sign of slowing. Inflows into the TLT ETF spiked above $400 million on Friday as trade-war headlines hit large and small caps alike; since then the S&P 500 has recovered somewhat while the Russell 2000 threatens to break critical support.",
  [
   ("RUT", "break_below_prior_low", "2019-08-15", "date", None, d, None, None, "intraday low", "lows of August 15", f"[val('RUT','{d}','low'), val('RUT','2019-08-15','low'), val('RUT','{d}'), val('RUT','2019-08-15')]", 2, "supported", "levels from the files",
    "Session low 1454.91 below the August 15 low 1456.28, and the close 1456.04 below the August 15 close 1461.65: the index did probe below those lows."),
   ("RUT", "ytd_return", 8, "percent", "just", d, "YTD", None, "close", "just 8% higher", f"ytd('RUT','{d}')", 2, "supported", INT, "+7.97% at the 2019-08-27 close."),
   ("SPX", "ytd_return", 14.5, "percent", None, d, "YTD", None, "close", "14.5% return", f"ytd('GSPC','{d}')", 2, "supported", D1,
    "+14.45% (price) at the close; written during the session."),
   ("RUT/SPX", "ratio_lowest_since", "trade war began (2018)", "date", None, d, None, None, "close", "lowest since the trade war began", "ratio_lowest_since('RUT','GSPC','2019-08-27')", 2, "supported", SINCE,
    "The RUT/S&P 500 close ratio on 2019-08-27 was the lowest since 2009-03-09, so lower than at any time since 2018."),
   ("RUT/SPX", "ratio_near_level_since", "2009", "year", None, d, None, None, "close", "not seen since 2009", "ratio_lowest_since('RUT','GSPC','2019-08-27')", 2, "supported", SINCE,
    "Last lower ratio: 2009-03-09."),
   ("US2s10s", "inverted", True, "flag", None, d, None, None, "end of day", "2s10s", "spread('2019-08-27')", 2, "supported", "yields: FRED end-of-day constant-maturity",
    "DGS10 1.49% vs DGS2 1.53%: -0.04 at the end of the day."),
   ("US3s10s", "inverted", True, "flag", None, d, None, None, "end of day", "3s10s", None, 2, "unverifiable", UNV, "The 3-year yield is not in the files."),
   ("TLT", "fund_flows", 400, "usd_millions", "above", "2019-08-23", None, None, None, "$400 million", None, 2, "unverifiable", UNV, "ETF flows are not in the files."),
  ])

P("spreadex_20230324_russell_erases_2023_gains", "spreadex.com", "http://spreadex.com/financials/news-analysis/financial-trading-blog/240323-120000/",
  "Spreadex financial trading blog", "2023-03-24", "high",
  "inferred: the URL carries 240323-120000 (24/03/23, 12:00 UK time), before the U.S. open on Friday 2023-03-24, so the latest U.S. close is Thursday 2023-03-23; the Fed decision is 2023-03-22.",
  "Russell Erases 2023 Gains, Can it Recover?\n\n"
  "The fallout from the banking chaos and the change in the Fed's outlook has had an outsized impact on the premier gauge of small caps. "
  "Small caps are traditionally seen as attractive when rates are rising, on the view that smaller companies adapt more nimbly, and the Russell 2000 has another factor usually in its favour: many regional banks, which tend to benefit from higher rates through a wider net interest margin – provided they have hedged their interest-rate risk.\n\n"
  "Given this situation it is hardly a surprise that the Russell 2000 is now trading in the red for the year after gaining almost 14% by the start of February. "
  "The initial move mirrored risk appetite across the board, with the Nasdaq the largest beneficiary of expectations that the Fed was reaching the end of its hiking cycle. "
  "When the FDIC took over SVB and it was speculated that rates would not rise as much, the Nasdaq took off again, but the Russell 2000 remained under pressure.\n\n"
  "Following the Fed's announcement that it would hike rates but change its language from an 'ongoing' tightening cycle to a more data-dependent stance, markets are pricing in less tightening. "
  "Risk appetite is still weak because of worries about the banking sector, which also drags on small caps, and investors have hesitated to return to regional banks despite a substantial drop in valuations.",
  [
   ("RUT", "ytd_sign", "negative", "flag", None, "2023-03-23", "YTD", None, "close", "in the red for the year", "ytd('RUT','2023-03-23')", 2, "supported", "YTD from the last close of 2022",
    "-2.33% at the 2023-03-23 close (also -1.49% on 03-24)."),
   ("RUT", "ytd_return_peak", 14, "percent", "almost", "2023-02-02", "YTD", None, "close", "almost 14%", "ytd('RUT','2023-02-02')", 2, "supported", NEARLY,
    "+13.62% at the 2023-02-02 close, the year's high close before the slide."),
   ("IXIC", "relative_ranking", "largest beneficiary", "ordering", None, "2023-02-02", "YTD", "RUT", "close", "the Nasdaq the largest beneficiary", "[ytd('IXIC','2023-02-02'), ytd('RUT','2023-02-02')]", 2, "supported", "ordering from the files",
    "Nasdaq +16.57% YTD vs Russell 2000 +13.62% at 2023-02-02."),
   ("IXIC/RUT", "divergence_since", "2023-03-10", "date", None, "2023-03-23", "2023-03-09..2023-03-23", None, "close", "the Nasdaq took off again", "[ret('IXIC','2023-03-09','2023-03-23'), ret('RUT','2023-03-09','2023-03-23')]", 2, "supported", "window returns close to close",
    "From the close before the SVB takeover (2023-03-09) to 2023-03-23: Nasdaq +3.96%, Russell 2000 -5.82%."),
   ("FEDFUNDS", "rate_change", 25, "bp", None, "2023-03-22", None, None, None, "it would hike rates", "fed_change_bp('2023-03-22')", 0, "supported", "Fed: DFEDTARU changes on the effective date",
    "4.50-4.75% to 4.75-5.00% after the 2023-03-22 decision."),
  ])

d = "2025-07-28"
P("oninvest_20250729_small_caps_outpace_july", "en.oninvest.com",
  "https://en.oninvest.com/article/small-caps-outpacing-the-s-p-500-in-july-what-s-driving-the-rally-and-will-it-last",
  "Oninvest (citing FactSet and MarketWatch)", "2025-07-29", "medium",
  "inferred: the page gives no date; its month-to-date figures (Russell 2000 3.8%, S&P 500 3.0%, Nasdaq 4.0%, Dow 1.7%) match the closes of Monday 2025-07-28 and no other July session, so the piece is dated the next day.",
  "Small caps outpacing the S&P 500 in July: what's driving the rally and will it last?\n\n"
  "In July, investor attention shifted away from the tech giants and AI toward small-cap stocks that had long lingered in Big Tech's shadow. "
  "Since the start of July the Russell 2000 index has climbed 3.8%. By comparison, the S&P 500 has gained 3.0%, the Nasdaq Composite 4.0% and the Dow Jones Industrial Average 1.7%, according to FactSet data. "
  "The outperformance suggests a broader rotation is under way, from richly valued tech names toward more economically sensitive sectors.\n\n"
  "Political factors have also buoyed sentiment, as investors expect the Trump administration to bring tax breaks and less red tape for smaller firms, along with a push to reshore production.\n\n"
  "Optimism may be premature. 'Larger-cap stocks are just able to better absorb the cost increases and the adverse effects of tariffs,' Hartford Funds global investment strategist Nanette Abuhoff Jacobson told MarketWatch, adding that small-cap rallies tend to be quite fleeting. "
  "Tariffs have fuelled worries about inflation and recession, limiting the Fed's room to keep cutting. Still, nearly half of interest-rate traders expect the Fed to deliver two 25-basis-point cuts before the end of 2025, which would bring the fed funds rate to a range of 3.75-4.00%, according to the CME FedWatch Tool.",
  [
   ("RUT", "mtd_return", 3.8, "percent", None, d, "MTD", None, "close", "climbed 3.8%", f"ret('RUT','2025-06-30','{d}')", 2, "supported", D1, "+3.76% from the June 30 close to 2025-07-28."),
   ("SPX", "mtd_return", 3.0, "percent", None, d, "MTD", None, "close", "gained 3.0%", f"ret('GSPC','2025-06-30','{d}')", 2, "supported", D1, "+2.98%."),
   ("IXIC", "mtd_return", 4.0, "percent", None, d, "MTD", None, "close", "Nasdaq Composite 4.0%", f"ret('IXIC','2025-06-30','{d}')", 2, "supported", D1,
    "+3.97%; note the Nasdaq, not the Russell 2000, led for the month so far."),
   ("DJI", "mtd_return", 1.7, "percent", None, d, "MTD", None, "close", "Dow Jones Industrial Average 1.7%", f"ret('DJI','2025-06-30','{d}')", 2, "supported", D1, "+1.68%."),
   ("FEDFUNDS", "implied_probability", 50, "percent", "nearly", d, None, "two cuts by end-2025", None, "nearly half", None, 2, "unverifiable", UNV + " (futures odds for meetings without futures in the files)",
    "ZQ_futures.csv starts with July 2026 contracts."),
   ("FEDFUNDS", "projected_range", "3.75-4.00", "percent", None, "2025-12-31", None, None, None, "3.75-4.00%", f"fed_range('{d}')", 2, "forecast", FC,
    "A projection. The range then was 4.25-4.50%, so two 25 bp cuts would give 3.75-4.00% as stated (the Fed in fact cut three times in 2025, to 3.50-3.75%)."),
  ])
