# Claims and key decisions for heldout4b. expr is evaluated by reference.py (None = nothing in the files computes it).
IMP = ("; imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures "
       "(<= 1% for index levels, <= 20% for point changes and counts); otherwise contradicted")
R = dict(
 INT="unhedged integer: |true-claim| <= 0.5",
 D1="unhedged 1-decimal figure: |true-claim| <= 0.05 + 0.02",
 D2="unhedged 2-dp figure: |true-claim| <= 0.005 + 0.02",
 LVL="index/ETF level to 2 dp: |true-claim| <= 0.025",
 ABOUT="about/around/roughly: within one unit of the last stated digit (+0.02)",
 NEARLY="nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit (for whole numbers >= 100 ending in 0 the unit is 2% of the value)",
 MORE="more than/over/above: true > claim",
 LESS="less than/within: true < claim",
 SINCE="highest/lowest since X: X must be the last session with a value at least as extreme, or the first session after it; a later X is imprecise, an earlier X contradicted",
 BIG="biggest/worst since X: X must be the last day with a move at least as large",
 REC="records: above every earlier close (intraday record: every earlier high) in the file",
 CORR="a correction is a close at least 10% below the highest close of the previous 52 weeks",
 MID="mid-session figure: unverifiable unless the value lies outside the session's low-high range",
 U="unverifiable: the files cannot decide it",
 F="forecast: a projection or target, never judged against what happened",
 N="not_checkable: conditional, on-pace, rule of thumb, quoted opinion or generic statement",
 FED="Fed: DFEDTARU/DFEDTARL change on the effective date, the day after the decision; FOMC_meetings.csv gives decision days",
 DATE="dates, counts and orderings must match the files exactly",
 ARITH="a distance computed from figures the passage itself states is judged on that arithmetic",
 MOVE="daily change = close vs previous close",
 WIN="windows run close to close; YTD starts at the last close of the previous year",
 Y="yields: FRED end-of-day constant-maturity yields; intraday yield events are unverifiable",
)
for k in ("INT", "D1", "D2", "LVL"):
    R[k] = R[k] + IMP

CL = []


def C(pid, tk, metric, value, unit, ref, expr, dec, verdict, rule, note, anchor, detail="", qual=None, window=None,
      comp=None, basis="close"):
    CL.append(dict(pid=pid, tk=tk, metric=metric, value=value, unit=unit, qual=qual, ref=ref, window=window, comp=comp,
                   basis=basis, expr=expr, dec=dec, verdict=verdict, rule=R[rule] if rule in R else rule, note=note,
                   anchor=anchor, detail=detail))


# ---------------- reuters_20250110_rut_confirms_correction
p = 'reuters_20250110_rut_confirms_correction'
C(p, 'RUT', 'pct_from_high', 10, 'percent', '2025-01-10', "below_peak('RUT','2025-01-10','2024-11-25')", 2, 'supported', 'MORE',
  "10.35% below the 2024-11-25 close of 2,442.03, which is the highest close of the prior 52 weeks: a correction under the dev definition.", 'more than 10% below', qual='more than', comp='2024-11-25 closing high')
C(p, 'RUT', 'daily_pct_change', -2.22, 'percent', '2025-01-10', "pchg('RUT','2025-01-10')", 2, 'supported', 'D2',
  "2,189.23 vs 2,238.96 on 2025-01-08 (2025-01-09 was a market holiday for the Carter funeral): -2.221%.", 'dropped 2.22%')
C(p, 'RUT', 'close_level', 2189.23, 'index_points', '2025-01-10', "px('RUT','2025-01-10')", 2, 'supported', 'LVL', "Exact.", '2,189.23 points')
C(p, 'RUT', 'pct_from_high', 10.35, 'percent', '2025-01-10', "below_peak('RUT','2025-01-10','2024-11-25')", 2, 'supported', 'D2',
  "1 - 2189.23/2442.03 = 10.352%. (From the 2021 record close 2,442.74 it is 10.378%.)", 'a drop of 10.35%', comp='2024-11-25 closing high')
C(p, 'RUT', 'recent_closing_high', 2442.03, 'index_points', '2024-11-25', "prior_max('RUT','2025-01-10',window=252)", 2, 'supported', 'LVL',
  "Highest close of the 252 sessions before 2025-01-10 is 2,442.03 on 2024-11-25, matching value and date.", '2,442.03', basis='close')
C(p, 'RUT', 'record_close', 2442.74, 'index_points', '2021-11-08', "prior_max('RUT','2025-01-10')", 2, 'supported', 'REC',
  "Record close before 2025-01-10 is 2,442.74 on 2021-11-08 (November 2021).", '2,442.74 points hit in November 2021')
C(p, 'RUT', 'no_close_above_record_since', '2021-11', 'flag', '2025-01-10', "float(s('RUT')['2021-11-09':'2025-01-10'].max()) < 2442.74", 2, 'supported', 'REC',
  "Highest close after 2021-11-08 up to 2025-01-10 is 2,442.03 (2024-11-25), below 2,442.74.", 'has yet to finish a session above its record', detail="max close 2021-11-09..2025-01-10 = 2442.03")
C(p, 'US_UNEMP', 'unemployment_rate', 4.1, 'percent', '2025-01-10', None, 2, 'unverifiable', 'U',
  "Labor-market data are not in the files.", 'fell to 4.1%')
C(p, 'FEDFUNDS', 'futures_implied_odds', 50, 'percent', '2025-01-10', None, 2, 'unverifiable', 'U',
  "Futures-implied odds for 2025 meetings: ZQ_futures.csv holds only contracts from July 2026.", 'about a 50% chance', qual='about')

# ---------------- cnbc_20250108_rut_nears_correction
p = 'cnbc_20250108_rut_nears_correction'
C(p, 'RUT', 'intraday_pct_change', -1, 'percent', '2025-01-08', "rng('RUT','2025-01-08','2025-01-07')", 2, 'unverifiable', 'MID',
  "Mid-session figure ('in Wednesday's trading'): the session ran from -1.69% (low 2,211.71) to -0.35% (high 2,241.89) vs 2,249.80; a loss of 'nearly 1%' (0 to 1.5% by the nearly rule; 0.9-1.0% in ordinary reading) lies inside it. Close -0.48%.", 'slid nearly 1%', qual='nearly', basis='mid-session')
C(p, 'RUT', 'pct_from_high', '<10 (approaching correction)', 'percent', '2025-01-08', "below_peak('RUT','2025-01-08','2024-11-25')", 2, 'supported', 'CORR',
  "8.32% below the 2024-11-25 closing high of 2,442.03 at the close (9.43% at the session low): near but not yet at the 10% line, as stated.", 'approached correction territory', comp='2024-11-25 closing high')
C(p, 'RUT', 'calendar_year_return', 10, 'percent', '2024-12-31', "year_ret('RUT',2024)", 2, 'supported', 'INT',
  "2024 price return +10.02% (2,027.07 -> 2,230.16).", 'a 2024 gain of 10%', window='2024')
C(p, 'QUOTE', 'forecast_outperformance', 100, 'percent', '2024-11', None, 2, 'forecast', 'F',
  "Tom Lee's multi-year expectation; not judged.", 'outperform by 100%')
C(p, 'RUT', 'monthly_return', 11, 'percent', '2024-11-29', "month_ret('RUT','2024-11')", 2, 'supported', 'NEARLY',
  "November 2024 +10.84%: 'nearly 11%' allows 10 to 11.5.", 'nearly 11% in November', qual='nearly', window='2024-11')
C(p, 'RUT', 'best_month_of_year', '2024-11', 'month', '2024-12-31', "best_month_of_year('RUT',2024)", 2, 'supported', 'DATE',
  "Best 2024 month is November (+10.84%), ahead of July (+10.10%).", 'its best month of 2024', window='2024')
C(p, 'RUT', 'monthly_return', -8, 'percent', '2024-12-31', "month_ret('RUT','2024-12')", 2, 'supported', 'MORE',
  "December 2024 -8.40%: a loss of more than 8%.", 'lost more than 8% in December', qual='more than', window='2024-12')
C(p, 'SPX', 'calendar_year_return', 23, 'percent', '2024-12-31', "year_ret('GSPC',2024)", 2, 'supported', 'INT',
  "S&P 500 2024 price return +23.31%.", 'surged 23%', window='2024')
C(p, 'FEDFUNDS', 'futures_implied_odds', 95, 'percent', '2025-01-08', None, 2, 'unverifiable', 'U',
  "FedWatch odds for the January 2025 meeting: ZQ_futures.csv holds only contracts from July 2026.", 'more than a 95% likelihood', qual='more than')
C(p, 'FEDFUNDS', 'next_meeting', 'later this month (2025-01)', 'date', '2025-01-08', "next_fomc('2025-01-09')", 2, 'supported', 'FED',
  "Next FOMC decision after 2025-01-08 is 2025-01-29, later in January.", 'its meeting later this month')

# ---------------- marketwatch_20231228_rut_best_december
p = 'marketwatch_20231228_rut_best_december'
C(p, 'RUT', 'on_pace_best_december', 'on pace', 'flag', '2023-12-28', None, 2, 'not_checkable', 'N',
  "'On pace' mid-month statement. (December 2023 finished +12.05%, above the previous best December in the file, +11.16% in 1999.)", 'on pace for its best December on record')
C(p, 'RUT', 'mtd_return', 13.7, 'percent', '2023-12-28', "mtd('RUT','2023-12-28')", 2, 'unverifiable', 'MID',
  "Quoted Thursday afternoon; the session's MTD range was +13.52% to +14.36% (close +13.78%; +14.22% at the 12-27 close), so 13.7% lies inside.", 'soared 13.7%', basis='afternoon', window='MTD', detail="session MTD range rng('RUT','2023-12-28','2023-11-30') = [13.52, 14.36]")
C(p, 'SPX', 'mtd_return', 4.9, 'percent', '2023-12-28', "mtd('GSPC','2023-12-28')", 2, 'unverifiable', 'MID',
  "Session MTD range +4.66% to +4.94% (close +4.72%): 4.9% lies inside.", 'a 4.9% rise', basis='afternoon', window='MTD', detail="rng('GSPC','2023-12-28','2023-11-30') = [4.66, 4.94]")
C(p, 'RUT', 'mtd_relative_return_vs_SPX', 8.8, 'percentage_points', '2023-12-28', "mtd('RUT','2023-12-28') - mtd('GSPC','2023-12-28')", 2, 'unverifiable', 'MID',
  "Mid-session gap; 13.7 - 4.9 = 8.8 from the stated figures; at the close the gap was 9.06 pp (9.54 at the 12-27 close).", 'by 8.8%', basis='afternoon', window='MTD', comp='SPX')
C(p, 'RUT', 'largest_monthly_outperformance_since', '2000-02', 'month', '2023-12-28', "month_gaps_since('RUT','GSPC','2023-12-28',8.8)", 2, 'supported', 'SINCE',
  "Last earlier calendar month with a Russell-minus-S&P gap of at least 8.8 pp is 2000-02; no month from 2000-03 to 2023-11 reached it (also true at the 9.06 close gap).", 'the largest margin since February 2000', window='MTD', comp='SPX')
C(p, 'RUT', 'ytd_return', 16.7, 'percent', '2023-12-28', "ytd('RUT','2023-12-28')", 2, 'unverifiable', 'MID',
  "Session YTD range +16.60% to +17.46% (close +16.87%): inside.", 'gains of 16.7%', basis='afternoon', window='YTD', detail="rng('RUT','2023-12-28','2022-12-30') = [16.6, 17.46]")
C(p, 'SPX', 'ytd_return', 24.8, 'percent', '2023-12-28', "ytd('GSPC','2023-12-28')", 2, 'unverifiable', 'MID',
  "Session YTD range +24.52% to +24.84% (close +24.58%): inside.", 'a 24.8% rise', basis='afternoon', window='YTD', detail="rng('GSPC','2023-12-28','2022-12-30') = [24.52, 24.84]")
C(p, 'IXIC', 'ytd_return', 44.5, 'percent', '2023-12-28', "ytd('IXIC','2023-12-28')", 2, 'unverifiable', 'MID',
  "Session YTD range +44.15% to +44.75% (close +44.22%): inside.", 'a 44.5% increase', basis='afternoon', window='YTD', detail="rng('IXIC','2023-12-28','2022-12-30') = [44.15, 44.75]")
C(p, 'RUT', 'intraday_pct_change', -0.5, 'percent', '2023-12-28', "pchg('RUT','2023-12-28')", 2, 'unverifiable', 'MID',
  "Thursday-afternoon figure; session range -0.61% to +0.13% vs the 12-27 close; close -0.38%.", 'down 0.5% on Thursday afternoon', basis='afternoon', detail="rng('RUT','2023-12-28','2023-12-27') = [-0.61, 0.13]")
C(p, 'SPX', 'intraday_pct_change', 0.1, 'percent', '2023-12-28', "pchg('GSPC','2023-12-28')", 2, 'unverifiable', 'MID',
  "Afternoon figure inside the session range -0.01% to +0.25%; close +0.04%.", 'risen around 0.1%', qual='around', basis='afternoon', detail="rng('GSPC','2023-12-28','2023-12-27') = [-0.01, 0.25]")
C(p, 'IXIC', 'intraday_pct_change', '<0.1 (up)', 'percent', '2023-12-28', "pchg('IXIC','2023-12-28')", 2, 'unverifiable', 'MID',
  "Afternoon 'up less than 0.1%' is inside the session range -0.08% to +0.34%; the close was -0.03%.", 'up less than 0.1%', qual='less than', basis='afternoon', detail="rng('IXIC','2023-12-28','2023-12-27') = [-0.08, 0.34]")

# ---------------- fortune_20191203_rut_52_week_high
p = 'fortune_20191203_rut_52_week_high'
C(p, 'RUT', 'session_date', 'two days before Thanksgiving (2019-11-26)', 'date', '2019-11-26', "pchg('RUT','2019-11-26')", 2, 'contradicted', 'DATE',
  "Thanksgiving was 2019-11-28, so 'two days before' is Tue 2019-11-26, when the index rose only 0.14%. The +2% close at a new 52-week high was Mon 2019-11-25 (+2.07%), three days before Thanksgiving. Rows: 2019-11-22 close 1,588.94; 11-25 1,621.90; 11-26 1,624.23.", 'Two days before Thanksgiving')
C(p, 'RUT', '52_week_high_gap', 15, 'months', '2019-11-25', "months_between(last_52w_high_before('RUT','2019-11-25'), '2019-11-25')", 2, 'supported', 'NEARLY',
  "Previous close at a 52-week high was 2018-08-31 (the then record 1,740.75): 14.8 months before 2019-11-25.", 'nearly 15 months', qual='nearly', detail="last_52w_high_before('RUT','2019-11-25') = 2018-08-31")
C(p, 'RUT', 'daily_pct_change', 2, 'percent', '2019-11-25', "pchg('RUT','2019-11-25')", 2, 'supported', 'MORE',
  "2019-11-25: 1,621.90 vs 1,588.94 = +2.07% (read on the +2% session, not the date the text gives).", 'closing up over 2%', qual='over')
C(p, 'RUT', 'highest_since', '2018-10-09', 'date', '2019-11-25', "hi_since('RUT','2019-11-25')", 2, 'supported', 'SINCE',
  "Last close at least 1,621.90 before 2019-11-25 is 2018-10-08 (1,629.52); 2018-10-09 (1,621.87) is the first session after it, so 'since October 9, 2018' fits. (Same result for the 11-26 close.)", 'highest level since October 9, 2018')
C(p, 'IWM', 'pct_from_ath', 7, 'percent', '2019-12-02', "below_peak('IWM','2019-12-02')", 2, 'supported', 'ABOUT',
  "IWM close 2019-12-02 (last close before publication) is 7.42% below its record close of 173.02 (2018-08-31); 6.55% at the 11-26 close, 6.61% at 11-25. All within 'about 7%'.", 'still off about 7%', qual='about')

# ---------------- thestreet_20220408_spx_rut_ytd_divergence
p = 'thestreet_20220408_spx_rut_ytd_divergence'
C(p, 'SPX', 'ytd_gap_vs_RUT', 5, 'percentage_points', '2022-04-07', "ytd_gap('GSPC','RUT','2022-04-07')", 2, 'imprecise', 'MORE',
  "On price indexes the S&P-minus-Russell YTD gap at the 2022-04-07 close is 4.91 pp (-5.58% vs -10.49%); on the SPY/IWM total-return proxies it is 4.94 pp; the author's own figures (-5.21, -10.21) give exactly 5.00. None is 'more than 5%'; close to the bound, so imprecise.", 'more than 5% apart', qual='more than', window='YTD', comp='RUT')
C(p, 'SPX', 'last_date_gap_over_5', '2022-02-04', 'date', '2022-04-07', "last_gap_over('RUT','GSPC','2022-04-07',5,'2022-01-01')", 2, 'supported', 'DATE',
  "Last session before 2022-04-07 with the price YTD gap above 5 pp is 2022-02-04 (5.25 pp); from 02-07 to 04-06 it stayed below 5.", 'The last time that happened was on Feb. 4')
C(p, 'SPX', 'ytd_return', -5.47, 'percent', '2022-02-04', "ytd('GSPC','2022-02-04')", 2, 'unverifiable', 'U',
  "Total-return basis: the price index was -5.57% YTD at the 2022-02-04 close (a price-based check would call it imprecise, 0.10 off); dividends add about 0.1 pp, which gives -5.47%. The files have no S&P 500 total-return index (SPY adj_close -5.53% includes fund costs).", 'the S&P was down 5.47%', window='YTD')
C(p, 'RUT', 'ytd_return', -10.82, 'percent', '2022-02-04', "ytd('RUT','2022-02-04')", 2, 'supported', 'D2',
  "Price YTD at the 2022-02-04 close: -10.82% (2,245.31 -> 2,002.36).", 'off 10.82%', window='YTD')
C(p, 'SPX', 'ytd_gap_vs_RUT', 535, 'basis_points', '2022-02-04', "round((10.82 - 5.47) * 100, 1)", 1, 'supported', 'ARITH',
  "10.82 - 5.47 = 5.35 pp from the figures the passage states; on price indexes the gap was 5.25 pp.", 'difference of 535 basis points', window='YTD', comp='RUT', detail="price gap ytd_gap('GSPC','RUT','2022-02-04') = 5.25")
C(p, 'SPX', 'ytd_return', -10, 'percent', '2022-03-09', "ytd('GSPC','2022-03-09')", 2, 'supported', 'ABOUT',
  "S&P 500 price YTD at the 2022-03-09 close: -10.25%.", 'by March 9 both were down about 10%', qual='about', window='YTD')
C(p, 'RUT', 'ytd_return', -10, 'percent', '2022-03-09', "ytd('RUT','2022-03-09')", 2, 'supported', 'ABOUT',
  "Russell 2000 price YTD at the 2022-03-09 close: -10.20%.", 'both were down about 10%', qual='about', window='YTD')
C(p, 'SPX', 'ytd_return', -5.21, 'percent', '2022-04-07', "ytd('GSPC','2022-04-07')", 2, 'unverifiable', 'U',
  "Total-return basis: SPY adj_close YTD is -5.22% at the 2022-04-07 close, while the price index is -5.58% (a price-based check would call it imprecise). No S&P 500 total-return index in the files.", 'the S&P was down 5.21%', window='YTD', detail="adj_ytd('SPY','2022-04-07') = -5.22")
C(p, 'RUT', 'ytd_return', -10.21, 'percent', '2022-04-07', "ytd('RUT','2022-04-07')", 2, 'unverifiable', 'U',
  "Total-return basis: IWM adj_close YTD is -10.16% at the 2022-04-07 close; the price index is -10.49%. No Russell total-return index in the files.", 'off by 10.21%', window='YTD', detail="adj_ytd('IWM','2022-04-07') = -10.16")

# ---------------- plus500_20230607_rut_outperforms_spx
p = 'plus500_20230607_rut_outperforms_spx'
C(p, 'RUT', 'mtd_return_ratio_vs_SPX', 2, 'ratio', '2023-06-06', "mtd('RUT','2023-06-06') / mtd('GSPC','2023-06-06')", 2, 'supported', 'ABOUT',
  "June-to-date at the 2023-06-06 close: Russell +6.04% vs S&P +2.49%, 2.43 times (3.8 times at the 06-07 close). Read as 'about twice as much'.", 'outperformed the S&P 500 by two times', window='MTD', comp='SPX')
C(p, 'RUT', 'days_beating_NDX_by_2.5pp', 2, 'count', '2023-06-07', "len(gap_days('RUT','NDX','2023-06-05','2023-06-07',2.5))", 0, 'supported', 'DATE',
  "RUT minus Nasdaq-100 daily change: 06-05 -1.39, 06-06 +2.68, 06-07 +3.53 pp. Two sessions over 2.5 pp (the 06-07 one only at the close). Against the Nasdaq Composite only 06-07 qualifies (+3.07; 06-06 +2.34).", 'by over 2.5% twice this week', qual='over', comp='NDX', detail="gap_days = ['2023-06-06', '2023-06-07']")
C(p, 'RUT', 'last_week_two_such_days', '2020-11', 'month', '2023-06-07', "last_week_with('RUT','NDX','2023-06-03',2.5)", 2, 'supported', 'SINCE',
  "Last earlier week with two sessions of Russell beating the Nasdaq-100 by more than 2.5 pp ends 2020-11-13 (the vaccine week).", 'since November 2020', comp='NDX')
C(p, 'RUT', 'daily_pct_change', 3.2, 'percent', '2023-06-02', "pchg('RUT','2023-06-02')", 2, 'imprecise', 'D1',
  "Session of the June 2 jobs report: Russell 2000 +3.56% (1,830.91 vs 1,767.94). Off 0.36 pp: within 2 pp and 10% of the true value.", 'rose 3.2%')
C(p, 'SPX', 'daily_pct_change', 1.5, 'percent', '2023-06-02', "pchg('GSPC','2023-06-02')", 2, 'supported', 'D1',
  "S&P 500 +1.45% on 2023-06-02.", 'just 1.5%')
C(p, 'US_JOBS', 'release_date', '2023-06-02 (Friday)', 'date', '2023-06-02', None, 2, 'unverifiable', 'U',
  "The jobs-report calendar is not in the files (2023-06-02 was a Friday and a trading session).", 'last Friday, June 2')
C(p, 'SPX', 'return_since_low', 19.7, 'percent', '2023-06-06', "ret('GSPC','2022-10-12','2023-06-06')", 2, 'supported', 'ABOUT',
  "From the 2022-10-12 closing low 3,577.03 to the 2023-06-06 close 4,283.85: +19.76% (+19.30% at the 06-07 close, also within 'about').", 'about 19.7%', qual='about', window='since 2022-10-12')
C(p, 'SPX', 'bear_market_low_month', '2022-10', 'month', '2022-10-12', "s('GSPC')['2022-01-01':'2023-06-06'].idxmin().date().isoformat()", 2, 'supported', 'DATE',
  "Lowest S&P 500 close of the 2022 bear market: 2022-10-12.", 'bottom back in October')
C(p, 'IXIC', 'return_since_low', 29.90, 'percent', '2023-06-06', "ret('IXIC','2022-12-28','2023-06-06')", 2, 'imprecise', 'D2',
  "From the 2022-12-28 closing low 10,213.29 to the 2023-06-06 close: +29.99% (+28.31% at the 06-07 close). Off 0.09 pp at the nearest close.", 'up 29.90%', window='since 2022-12-28')
C(p, 'IXIC', 'bear_market_low_month', '2022-12', 'month', '2022-12-28', "s('IXIC')['2022-01-01':'2023-06-06'].idxmin().date().isoformat()", 2, 'supported', 'DATE',
  "Lowest Nasdaq Composite close of 2022-23: 2022-12-28 (below the October 2022 lows).", 'its bottom in December')

# ---------------- deepnewz_20241219_spx_rut_fed_day_rout
p = 'deepnewz_20241219_spx_rut_fed_day_rout'
C(p, 'SPX', 'daily_pct_change', -2.95, 'percent', '2024-12-18', "pchg('GSPC','2024-12-18')", 2, 'supported', 'D2',
  "Headline figure; the fall was on 2024-12-18: -2.949%.", 'S&P 500 falls 2.95%')
C(p, 'RUT', 'daily_pct_change', -4.4, 'percent', '2024-12-18', "pchg('RUT','2024-12-18')", 2, 'supported', 'D1',
  "Headline figure: Russell 2000 -4.39% on 2024-12-18.", 'Russell 2000 drops 4.4%')
C(p, 'NDX', 'daily_pct_change', -3.5, 'percent', '2024-12-18', "pchg('NDX','2024-12-18')", 2, 'imprecise', 'D1',
  "Headline figure: Nasdaq-100 -3.60% on 2024-12-18 (the body says 3.60%); the headline's 3.5 is 0.10 off.", 'Nasdaq 100 down 3.5%')
C(p, 'SPX', 'session_date', '2024-12-19', 'date', '2024-12-19', "worst_day('GSPC','2024-12-16','2024-12-20')", 2, 'contradicted', 'DATE',
  "The losses happened on Wed 2024-12-18, the Fed decision day: S&P 500 6,050.61 -> 5,872.16 (-2.95%), Russell 2000 2,334.08 -> 2,231.51 (-4.39%). On 2024-12-19 the S&P 500 closed at 5,867.08 (-0.09%) and the Russell at 2,221.50 (-0.45%). The post the summary quotes says 'yesterday'. Worst S&P day of 2024-12-16..20 is 12-18.", 'On December 19, 2024', detail="rows GSPC 2024-12-17 6050.61, 12-18 5872.16, 12-19 5867.08; RUT 2334.08, 2231.51, 2221.50")
C(p, 'SPX', 'daily_pct_change', -2.95, 'percent', '2024-12-18', "pchg('GSPC','2024-12-18')", 2, 'supported', 'D2',
  "-2.949% on 2024-12-18.", 'The S&P 500 lost 2.95%')
C(p, 'SPX', 'worst_since', '2024-08-05', 'date', '2024-12-18', "big_since('GSPC','2024-12-18',up=False)", 2, 'supported', 'BIG',
  "Last earlier day with a fall at least as deep: 2024-08-05 (-3.00%).", 'its worst showing since August 5')
C(p, 'RUT', 'daily_pct_change', -4.4, 'percent', '2024-12-18', "pchg('RUT','2024-12-18')", 2, 'supported', 'D1',
  "-4.39% on 2024-12-18.", 'the Russell 2000 dropped 4.4%')
C(p, 'RUT', 'worst_since', '2022-06', 'month', '2024-12-18', "big_since('RUT','2024-12-18',up=False)", 2, 'supported', 'BIG',
  "Last earlier day with a Russell fall at least as deep: 2022-06-16 (-4.70%).", 'its steepest decline since June 2022')
C(p, 'NDX', 'daily_pct_change', -3.60, 'percent', '2024-12-18', "pchg('NDX','2024-12-18')", 2, 'supported', 'D2',
  "Nasdaq-100 -3.60% on 2024-12-18.", 'gave up 3.60%')
C(p, 'NYSE', 'pct_large_caps_declining', 96, 'percent', '2024-12-18', None, 2, 'unverifiable', 'U',
  "Breadth data are not in the files.", '96% of large-cap stocks')
C(p, 'SPX_EQUAL_WEIGHT', 'drawdown', 6.9, 'percent', '2024-12-18', None, 2, 'unverifiable', 'U',
  "The equal-weighted S&P 500 is not in the files.", '-6.9%')
C(p, 'NYSE', 'pct_above_50dma', 19, 'percent', '2024-12-18', None, 2, 'unverifiable', 'U',
  "Constituent breadth is not in the files.", 'Only 19% of S&P 500 members')
C(p, 'IWM', 'pct_from_intraday_high', 9.5, 'percent', '2024-12-18', "(1 - px('IWM','2024-12-18') / px('IWM','2024-11-25','high')) * 100", 2, 'imprecise', 'D1',
  "IWM close 2024-12-18 is 220.84 vs the 2024-11-25 intraday high 244.98: 9.85% below. Off 0.35 pp.", 'down 9.5% from its intraday high', comp='2024-11-25 intraday high', detail="IWM 2024-11-25 high 244.98, 2024-12-18 close 220.84")
C(p, 'RTY_FUTURES', 'correction', '>=10', 'percent', '2024-12-18', None, 2, 'unverifiable', 'U',
  "Russell 2000 futures are not in the files (the cash index closed 2024-12-18 at 2,231.51, 8.62% below its 2024-11-25 closing high).", 'futures have entered correction territory')
C(p, 'SPX', 'daily_pct_change', -2.97, 'percent', '2024-12-18', "pchg('GSPC','2024-12-18')", 2, 'supported', 'D2',
  "'Yesterday' in a post of 2024-12-19 = 2024-12-18: -2.949%; |2.949 - 2.97| = 0.021 is within 0.025.", 'fell 2.97% yesterday')
C(p, 'SPX', 'worst_since', '2024-08-05', 'date', '2024-12-18', "big_since('GSPC','2024-12-18',up=False)", 2, 'supported', 'BIG',
  "As above: 2024-08-05.", 'the worst day for stocks since August 5')
C(p, 'SPX', 'count_declines_1pct_ytd', 17, 'count', '2024-12-18', "n_moves_le('GSPC','2024-01-01','2024-12-18',-1)", 0, 'supported', 'INT',
  "S&P 500 sessions in 2024 with a loss of 1% or more, up to and including 2024-12-18: 17 (still 17 after 12-19).", 'only 17 declines of 1% or more')
C(p, 'SPX', 'avg_declines_1pct_per_year', 29, 'count', '2024-12-18', None, 2, 'unverifiable', 'U',
  "'The average year' is not defined (period unstated), so the files cannot decide it.", '29 in the average year')

# ---------------- dailyupside_20250918_rut_rate_cut_near_record
p = 'dailyupside_20250918_rut_rate_cut_near_record'
C(p, 'FEDFUNDS', 'rate_change', -25, 'bp', '2025-09-17', "fed_hikes('2025-09-01','2025-09-30')", 2, 'supported', 'FED',
  "DFEDTARU falls 4.50 -> 4.25 effective 2025-09-18, the day after the 2025-09-17 decision.", 'by 25 basis points')
C(p, 'FEDFUNDS', 'target_range', '4.00-4.25', 'percent', '2025-09-17', "fed_range('2025-09-18')", 2, 'supported', 'FED',
  "New range effective 2025-09-18: 4.00-4.25.", 'a range of 4% to 4.25%')
C(p, 'FEDFUNDS', 'projected_cuts_2025', 2, 'count', '2025-09-17', None, 2, 'forecast', 'F',
  "Dot-plot projection; not judged (the Fed did cut again in October and December 2025).", 'two more cuts by the end of 2025')
C(p, 'RUT', 'years_since_record_close', 4, 'years', '2025-09-17', "years_between(prior_max('RUT','2025-09-17')[0], '2025-09-17')", 2, 'supported', 'NEARLY',
  "Last record close 2021-11-08 -> 2025-09-17 = 3.86 years: 'nearly four' allows 3 to 4.5.", 'nearly four-year drought', qual='nearly')
C(p, 'SPX', 'record_closes_in_month', 5, 'count', '2025-09-17', "len(record_closes('GSPC','2025-09-01','2025-09-17'))", 0, 'supported', 'REC',
  "S&P 500 record closes in September 2025 up to 09-17: 09-04, 09-09, 09-10, 09-11, 09-15 = 5.", 'setting five records this month alone')
C(p, 'SPX', 'target_level', 7000, 'index_points', '2025-12-31', None, 2, 'forecast', 'F',
  "Year-end target; not judged.", 'hit 7,000 by the end of the year')
C(p, 'RUT', 'ytd_return_end_june', '<0', 'percent', '2025-06-30', "ytd('RUT','2025-06-30')", 2, 'supported', 'WIN',
  "Russell 2000 YTD at the 2025-06-30 close: -2.47% (it first closed above the 2024 close on 2025-07-03).", 'underwater through the end of June', window='YTD')
C(p, 'SPX', 'recovery_date', 'mid-May 2025', 'date', '2025-05-15', "first_close_at_or_above('GSPC', px('GSPC','2025-04-02'), '2025-04-02')", 2, 'supported', 'DATE',
  "First close back above the 2025-04-02 ('Liberation Day') close of 5,670.97: 2025-05-02; the S&P also turned positive for the year by 2025-05-13. Both by mid-May.", 'by mid-May')
C(p, 'RUT', 'return_since_end_july', 10, 'percent', '2025-09-17', "ret('RUT','2025-07-31','2025-09-17')", 2, 'imprecise', 'INT',
  "2025-07-31 close 2,211.65 -> 2025-09-17 close 2,407.34: +8.85% (to the 09-17 intraday high 2,453.36: +10.93%). Off 1.15 pp at the close, within 20% of the true value.", 'jumped 10%', window='since 2025-07-31')
C(p, 'RUT', 'relative_to_SPX_since_end_july', 2, 'ratio', '2025-09-17', "ret('RUT','2025-07-31','2025-09-17') / ret('GSPC','2025-07-31','2025-09-17')", 2, 'supported', 'ABOUT',
  "S&P 500 +4.12% over the same span; Russell/S&P = 2.15, i.e. about double.", 'double the S&P', window='since 2025-07-31', comp='SPX')
C(p, 'RUT', 'intraday_pct_change_max', 2, 'percent', '2025-09-17', "(px('RUT','2025-09-17','high') / px('RUT','2025-09-16') - 1) * 100", 2, 'supported', 'MORE',
  "Session high 2,453.36 vs the 09-16 close 2,403.03: +2.09%.", 'rose more than 2%', qual='more than', basis='intraday high')
C(p, 'RUT', 'intraday_above_record_close', True, 'flag', '2025-09-17', "px('RUT','2025-09-17','high') > prior_max('RUT','2025-09-17')[1]", 2, 'supported', 'REC',
  "Intraday high 2,453.36 above the record close 2,442.74.", 'at one point advanced past', basis='intraday high')
C(p, 'RUT', 'record_close', 2442.74, 'index_points', '2021-11-08', "prior_max('RUT','2025-09-17')", 2, 'supported', 'REC',
  "Record close before 2025-09-17: 2,442.74 on 2021-11-08.", 'all-time closing high of 2,442.74')
C(p, 'RUT', 'daily_pct_change', 0.2, 'percent', '2025-09-17', "pchg('RUT','2025-09-17')", 2, 'supported', 'D1',
  "+0.18% (2,407.34 vs 2,403.03).", 'finished up 0.2%')
C(p, 'RUT', 'record_close_month', '2021-11', 'month', '2021-11-08', "prior_max('RUT','2025-09-17')[0]", 2, 'supported', 'REC',
  "The record close was set 2021-11-08.", 'the one set in November 2021')

# ---------------- usatoday_20161214_dow_20000_fed_hike
p = 'usatoday_20161214_dow_20000_fed_hike'
C(p, 'FEDFUNDS', 'rate_change', 25, 'bp', '2016-12-14', "fed_hikes('2016-12-01','2016-12-31')", 2, 'supported', 'FED',
  "Decision 2016-12-14; in the file DFEDTARU steps 0.50 -> 0.75 on 2016-12-14 itself (FRED dates this change on the decision day), so the recipe returns that date.", 'a quarter-point hike')
C(p, 'DJI', 'daily_pct_change', -0.6, 'percent', '2016-12-14', "pchg('DJI','2016-12-14')", 2, 'supported', 'D1',
  "19,792.53 vs 19,911.21: -0.596%.", 'The Dow slid 0.6%')
C(p, 'DJI', 'daily_point_change', -119, 'index_points', '2016-12-14', "chg('DJI','2016-12-14')", 2, 'supported', 'INT',
  "-118.68 points, which rounds to 119.", 'down 119 points')
C(p, 'DJI', 'points_to_level', 207, 'index_points', '2016-12-14', "20000 - px('DJI','2016-12-14')", 2, 'supported', 'ABOUT',
  "20,000 - 19,792.53 = 207.47.", 'about 207 shy', qual='about', comp='20,000')
C(p, 'SPX', 'daily_pct_change', -0.8, 'percent', '2016-12-14', "pchg('GSPC','2016-12-14')", 2, 'supported', 'D1',
  "2,253.28 vs 2,271.72: -0.81%, a larger fall than the Dow's, as stated.", 'shed 0.8%')
C(p, 'IXIC', 'daily_pct_change', -0.5, 'percent', '2016-12-14', "pchg('IXIC','2016-12-14')", 2, 'supported', 'D1',
  "5,436.67 vs 5,463.83: -0.50%.", 'lost 0.5%')
C(p, 'DJI', 'inception_year', 1896, 'year', '1896-05-26', None, 2, 'unverifiable', 'U',
  "DJI.csv starts in 1992.", 'since 1896')
C(p, 'DJI', 'intraday_high', 19953.75, 'index_points', '2016-12-13', "px('DJI','2016-12-13','high')", 2, 'supported', 'LVL',
  "Tuesday = 2016-12-13: session high 19,953.75.", '19,953.75', basis='intraday high')
C(p, 'DJI', 'daily_point_change', 114.78, 'index_points', '2016-12-13', "chg('DJI','2016-12-13')", 2, 'supported', 'D2',
  "2016-12-13: 19,911.21 vs 19,796.43 = +114.78.", '114.78 points')
C(p, 'DJI', 'close_level', 19911.21, 'index_points', '2016-12-13', "px('DJI','2016-12-13')", 2, 'supported', 'LVL',
  "2016-12-13 close 19,911.21 (a record close).", '19,911.21')

# ---------------- afp_20171213_dow_record_fed_hike
p = 'afp_20171213_dow_record_fed_hike'
C(p, 'DJI', 'record_close', True, 'flag', '2017-12-13', "is_record('DJI','2017-12-13')", 2, 'supported', 'REC',
  "24,585.43 is above every earlier Dow close (previous record 24,504.80 on 2017-12-12).", 'another record')
C(p, 'DJI', 'daily_pct_change', 0.3, 'percent', '2017-12-13', "pchg('DJI','2017-12-13')", 2, 'supported', 'D1',
  "+0.33%.", 'up 0.3 percent')
C(p, 'DJI', 'close_level', 24585.43, 'index_points', '2017-12-13', "px('DJI','2017-12-13')", 2, 'supported', 'LVL', "Exact.", '24,585.43')
C(p, 'SPX', 'daily_pct_change', -0.1, 'percent', '2017-12-13', "pchg('GSPC','2017-12-13')", 2, 'supported', 'D1',
  "-0.047%: |-0.047 + 0.1| = 0.053, within 0.07 (the move rounds to -0.05%).", 'slipped 0.1 percent')
C(p, 'SPX', 'close_level', 2662.85, 'index_points', '2017-12-13', "px('GSPC','2017-12-13')", 2, 'supported', 'LVL', "Exact.", '2,662.85')
C(p, 'IXIC', 'daily_pct_change', 0.2, 'percent', '2017-12-13', "pchg('IXIC','2017-12-13')", 2, 'supported', 'D1',
  "+0.20% (6,875.80 vs 6,862.32).", 'rose 0.2 percent')
C(p, 'IXIC', 'close_level', 6878.80, 'index_points', '2017-12-13', "px('IXIC','2017-12-13')", 2, 'imprecise', 'LVL',
  "The file has 6,875.80 for 2017-12-13 (3.00 points, 0.04%, below the stated level); the 0.2% move fits 6,875.80, so the text's level looks mistyped.", '6,878.80')
C(p, 'FEDFUNDS', 'rate_change', 25, 'bp', '2017-12-13', "fed_hikes('2017-12-01','2017-12-31')", 2, 'supported', 'FED',
  "DFEDTARU 1.25 -> 1.50 effective 2017-12-14.", 'by a quarter point')
C(p, 'FEDFUNDS', 'target_range', '1.25-1.5', 'percent', '2017-12-13', "fed_range('2017-12-14')", 2, 'supported', 'FED',
  "Range effective 2017-12-14: 1.25-1.50.", '1.25-1.5 percent')
C(p, 'CAT', 'daily_pct_change', 3.6, 'percent', '2017-12-13', None, 2, 'unverifiable', 'U',
  "Single-stock prices are not in the files.", 'jumped 3.6 percent')
C(p, 'CAT', 'sales_growth_yoy', 26, 'percent', '2017-11', None, 2, 'unverifiable', 'U',
  "Company sales data are not in the files.", 'rose 26 percent')

# ---------------- yahoo_20220615_fed_75bp_stocks_snap_streak
p = 'yahoo_20220615_fed_75bp_stocks_snap_streak'
C(p, 'SPX', 'losing_streak_ended', 5, 'sessions', '2022-06-14', "run('GSPC','2022-06-14',up=False)", 0, 'supported', 'DATE',
  "Headline: S&P 500 fell five straight sessions 2022-06-08..06-14 and rose on 06-15.", 'Stocks snap 5-day losing streak')
C(p, 'FEDFUNDS', 'largest_hike_since', 1994, 'year', '2022-06-15', "largest_hike_since('2022-06-16')", 2, 'supported', 'BIG',
  "Headline: last target increase of at least 75 bp before 2022-06-16 took effect 1994-11-15 (DFEDTAR 4.75 -> 5.50).", 'Fed raises rates by most since 1994')
C(p, 'FEDFUNDS', 'rate_change', 75, 'bp', '2022-06-15', "fed_hikes('2022-06-01','2022-06-30')", 2, 'supported', 'FED',
  "DFEDTARU 1.00 -> 1.75 effective 2022-06-16.", 'hiked interest rates by 75 basis points')
C(p, 'FEDFUNDS', 'largest_hike_since', 1994, 'year', '2022-06-15', "largest_hike_since('2022-06-16')", 2, 'supported', 'BIG',
  "As the headline: 1994-11-15.", 'the most since 1994')
C(p, 'FEDFUNDS', 'next_move', 'similar move next month', 'text', '2022-07', None, 2, 'forecast', 'F',
  "Guidance; not judged.", 'a similar move could come next month')
C(p, 'SPX', 'daily_pct_change', 1.5, 'percent', '2022-06-15', "pchg('GSPC','2022-06-15')", 2, 'supported', 'ABOUT',
  "+1.46%.", 'rose about 1.5%', qual='about')
C(p, 'SPX', 'losing_streak_ended', 5, 'sessions', '2022-06-14', "run('GSPC','2022-06-14',up=False)", 0, 'supported', 'DATE',
  "Five straight down closes 06-08..06-14.", 'ending a five-day losing streak')
C(p, 'SPX', 'close_level', 3789.91, 'index_points', '2022-06-15', "px('GSPC','2022-06-15')", 2, 'imprecise', 'LVL',
  "The file has 3,789.99 (0.08 points, 0.002%, off): outside the 0.025 tolerance, within 1%.", '3,789.91')
C(p, 'IXIC', 'daily_pct_change', 2.5, 'percent', '2022-06-15', "pchg('IXIC','2022-06-15')", 2, 'supported', 'D1', "+2.50%.", 'gained 2.5%')
C(p, 'IXIC', 'close_level', 11099.15, 'index_points', '2022-06-15', "px('IXIC','2022-06-15')", 2, 'supported', 'LVL', "Exact.", '11,099.15')
C(p, 'DJI', 'daily_point_change', 300, 'index_points', '2022-06-15', "chg('DJI','2022-06-15')", 2, 'supported', 'ABOUT',
  "+303.70 points.", 'added about 300 points', qual='about')
C(p, 'DJI', 'daily_pct_change', 1, 'percent', '2022-06-15', "pchg('DJI','2022-06-15')", 2, 'supported', 'ABOUT',
  "+1.00% (the 'about' carries over).", 'or 1%', qual='about')
C(p, 'DJI', 'close_level', 30668.27, 'index_points', '2022-06-15', "px('DJI','2022-06-15')", 2, 'imprecise', 'LVL',
  "The file has 30,668.53 (0.26 points off).", '30,668.27')
C(p, 'US10Y', 'yield_level', 3.4, 'percent', '2022-06-15', "rate_on('DGS10','2022-06-15')", 2, 'unverifiable', 'Y',
  "A 4 p.m. market quote; FRED's end-of-day constant-maturity yield is 3.33% (3.49% the day before), so an end-of-day check would call it wrong, but the time of the quote is not end of day.", 'just above 3.4%', qual='just above', basis='stock-market close')
C(p, 'US10Y', 'highest_since', 'more than a decade', 'date', '2022-06-14', "rate_hi_since('DGS10','2022-06-14')", 2, 'supported', 'SINCE',
  "The 2022-06-14 end-of-day 3.49% was the highest since 2011-04-14: more than ten years.", 'a more than decade-high')
C(p, 'US2Y', 'highest_since', '15-year high', 'date', '2022-06-14', "rate_hi_since('DGS2','2022-06-14')", 2, 'supported', 'SINCE',
  "The 2022-06-14 end-of-day 3.45% was the highest since 2007-11-14 (14.6 years): a 15-year high.", 'a 15-year high')
C(p, 'BTC', 'price_low', 20000, 'usd', '2022-06-15', None, 2, 'unverifiable', 'U',
  "Bitcoin is not in the files.", 'just over $20,000', qual='just over')
C(p, 'FEDFUNDS', 'rate_change', 50, 'bp', '2022-05-04', "fed_hikes('2022-05-01','2022-05-31')", 2, 'supported', 'FED',
  "DFEDTARU 0.50 -> 1.00 effective 2022-05-05 (decision 2022-05-04).", 'a 50 basis point rate hike in May')
C(p, 'QUOTE', 'next_move', '50 or 75 bp in July', 'bp', '2022-07-27', None, 2, 'forecast', 'F',
  "Powell's guidance; not judged (the July move was 75 bp).", 'a 50 or 75 basis point hike')
C(p, 'US_CPI', 'inflation_high', '40-year high', 'text', '2022-05', None, 2, 'unverifiable', 'U',
  "Consumer prices are not in the files.", 'a fresh 40-year high in May')
C(p, 'FEDFUNDS', 'core_pce_projection', 4.3, 'percent', '2022-12-31', None, 2, 'forecast', 'F',
  "FOMC projection; not judged.", 'core PCE inflation at 4.3%')
C(p, 'FEDFUNDS', 'core_pce_projection_march', 4.1, 'percent', '2022-03-16', None, 2, 'unverifiable', 'U',
  "Earlier FOMC projections are not in the files.", 'an estimate of 4.1% in March')

# ---------------- zixu_20220727_fed_75bp_nasdaq_best_day
p = 'zixu_20220727_fed_75bp_nasdaq_best_day'
C(p, 'IXIC', 'daily_pct_change', 4, 'percent', '2022-07-27', "pchg('IXIC','2022-07-27')", 2, 'supported', 'INT', "Headline: +4.06%.", 'the Nasdaq rose 4%')
C(p, 'DJI', 'daily_point_change', 436.05, 'index_points', '2022-07-27', "chg('DJI','2022-07-27')", 2, 'supported', 'D2', "Exact.", '436.05 points')
C(p, 'DJI', 'daily_pct_change', 1.37, 'percent', '2022-07-27', "pchg('DJI','2022-07-27')", 2, 'supported', 'D2', "+1.373%.", '1.37%')
C(p, 'DJI', 'close_level', 32197.59, 'index_points', '2022-07-27', "px('DJI','2022-07-27')", 2, 'supported', 'LVL', "Exact.", '32197.59')
C(p, 'SPX', 'daily_point_change', 102.56, 'index_points', '2022-07-27', "chg('GSPC','2022-07-27')", 2, 'supported', 'D2', "Exact.", '102.56 points')
C(p, 'SPX', 'daily_pct_change', 2.62, 'percent', '2022-07-27', "pchg('GSPC','2022-07-27')", 2, 'supported', 'D2', "+2.616%.", '2.62%')
C(p, 'SPX', 'close_level', 4023.61, 'index_points', '2022-07-27', "px('GSPC','2022-07-27')", 2, 'supported', 'LVL', "Exact.", '4,023.61')
C(p, 'IXIC', 'daily_point_change', 469.85, 'index_points', '2022-07-27', "chg('IXIC','2022-07-27')", 2, 'supported', 'D2', "Exact.", '469.85 points')
C(p, 'IXIC', 'daily_pct_change', 4.06, 'percent', '2022-07-27', "pchg('IXIC','2022-07-27')", 2, 'supported', 'D2', "+4.064%.", '4.06%')
C(p, 'IXIC', 'close_level', 12032.42, 'index_points', '2022-07-27', "px('IXIC','2022-07-27')", 2, 'supported', 'LVL', "Exact.", '12,032.42')
C(p, 'IXIC', 'biggest_gain_since', '2020-04', 'month', '2022-07-27', "big_since('IXIC','2022-07-27')", 2, 'supported', 'BIG',
  "Last earlier day with a Nasdaq gain of at least 4.06%: 2020-04-06 (+7.33%).", 'biggest one-day gain since April 2020')
C(p, 'SPX', 'highest_since', '2022-06-08', 'date', '2022-07-27', "hi_since('GSPC','2022-07-27')", 2, 'supported', 'SINCE',
  "Last earlier close at least 4,023.61: 2022-06-08 (4,115.77).", 'highest point since June 8')
C(p, 'US_CPI', 'inflation_high', '40-year high', 'text', '2022-07', None, 2, 'unverifiable', 'U',
  "Consumer prices are not in the files.", 'inflation at a 40-year high')
C(p, 'FEDFUNDS', 'rate_change', 75, 'bp', '2022-07-27', "fed_hikes('2022-07-01','2022-07-31')", 2, 'supported', 'FED',
  "DFEDTARU 1.75 -> 2.50 effective 2022-07-28.", 'by 0.75 percentage point')
C(p, 'FEDFUNDS', 'rate_change', 75, 'bp', '2022-06-15', "fed_hikes('2022-06-01','2022-06-30')", 2, 'supported', 'FED',
  "June 2022 hike was also 75 bp (effective 2022-06-16).", 'as they did in June')
C(p, 'FEDFUNDS', 'target_range', '2.25-2.5', 'percent', '2022-07-27', "fed_range('2022-07-28')", 2, 'supported', 'FED',
  "Range effective 2022-07-28: 2.25-2.50.", '2.25% to 2.5%')
C(p, 'FEDFUNDS', 'consecutive_hikes', 4, 'count', '2022-07-27', "hike_run('2022-07-27')", 0, 'supported', 'DATE',
  "Hikes at the March, May, June and July 2022 scheduled meetings; the January 2022 meeting held.", 'four times in a row')
C(p, 'QUOTE', 'next_move', 0.75, 'percentage_points', '2022-09-21', None, 2, 'forecast', 'F',
  "Powell's hint about September; not judged (September 2022 was another 75 bp).", 'another 0.75 point in September')
C(p, 'US_JOBS', 'jobs_added_h1', 2.7, 'million', '2022-06-30', None, 2, 'unverifiable', 'U',
  "Payroll data are not in the files.", '2.7 million jobs')

# ---------------- tradinggods_20220119_nasdaq_correction_vix
p = 'tradinggods_20220119_nasdaq_correction_vix'
C(p, 'IXIC', 'correction', True, 'flag', '2022-01-19', "below_peak('IXIC','2022-01-19')", 2, 'supported', 'CORR',
  "14,340.26 is 10.69% below the record close 16,057.44 of 2021-11-19 (within the prior 52 weeks).", 'officially entered correction territory')
C(p, 'DJI', 'daily_point_change', -339.82, 'index_points', '2022-01-19', "chg('DJI','2022-01-19')", 2, 'supported', 'D2', "Exact.", '339.82 points')
C(p, 'DJI', 'daily_pct_change', -1, 'percent', '2022-01-19', "pchg('DJI','2022-01-19')", 2, 'supported', 'INT', "-0.96%.", 'or 1%, at')
C(p, 'DJI', 'close_level', 35028.65, 'index_points', '2022-01-19', "px('DJI','2022-01-19')", 2, 'supported', 'LVL', "Exact.", '35,028.65')
C(p, 'SPX', 'daily_pct_change', -1, 'percent', '2022-01-19', "pchg('GSPC','2022-01-19')", 2, 'supported', 'INT', "-0.97%.", 'declined 1%')
C(p, 'SPX', 'close_level', 4532.76, 'index_points', '2022-01-19', "px('GSPC','2022-01-19')", 2, 'supported', 'LVL', "Exact.", '4,532.76')
C(p, 'IXIC', 'daily_pct_change', -1.2, 'percent', '2022-01-19', "pchg('IXIC','2022-01-19')", 2, 'supported', 'D1', "-1.15%: within 0.07.", 'fell 1.2%')
C(p, 'IXIC', 'close_level', 14340.25, 'index_points', '2022-01-19', "px('IXIC','2022-01-19')", 2, 'supported', 'LVL',
  "The file has 14,340.26 (0.01 off, within 0.025).", '14,340.25')
C(p, 'VIX', 'intraday_high', 23.99, 'index_points', '2022-01-19', "px('VIX','2022-01-19','high')", 2, 'supported', 'LVL', "Session high 23.99.", 'intraday high of 23.99', basis='intraday high')
C(p, 'VIX', 'long_run_average', 20, 'index_points', '2022-01-19', "float(s('VIX')[:'2022-01-19'].mean())", 2, 'not_checkable', 'N',
  "Rule-of-thumb description of the VIX scale (the file's average close from 1990 to that day is about 19.5).", 'where 20 represents the historical average')
C(p, 'VIX', 'daily_pct_change', 4.7, 'percent', '2022-01-19', "pchg('VIX','2022-01-19')", 2, 'supported', 'D1', "+4.65% (23.85 vs 22.79).", 'settled up 4.7%')
C(p, 'VIX', 'close_level', 23.85, 'index_points', '2022-01-19', "px('VIX','2022-01-19')", 2, 'supported', 'LVL', "CBOE close 23.85.", 'at 23.85')
C(p, 'WTI', 'close_level', 86.58, 'usd', '2022-01-19', None, 2, 'unverifiable', 'U', "Oil prices are not in the files.", '$86.58 a barrel')
C(p, 'GOLD', 'close_level', 1841.30, 'usd', '2022-01-19', None, 2, 'unverifiable', 'U', "Gold prices are not in the files.", '$1,841.30')
C(p, 'US_HOUSING', 'housing_starts', 1.702, 'million', '2021-12', None, 2, 'unverifiable', 'U', "Housing data are not in the files.", '1.702 million')

# ---------------- marketwatch_20230926_vix_highest_since_may
p = 'marketwatch_20230926_vix_highest_since_may'
C(p, 'VIX', 'highest_since', '2023-05', 'month', '2023-09-26', "hi_since('VIX','2023-09-26')", 2, 'supported', 'SINCE',
  "VIX close 18.94; last earlier close at least that high: 2023-05-25 (19.14). Intraday, the 19.50 high was also last exceeded in May.", 'its highest reading since May')
C(p, 'SPX', 'lowest_since', 'early June', 'date', '2023-09-26', "lo_since('GSPC','2023-09-26')", 2, 'supported', 'SINCE',
  "Close 4,273.53; last earlier close at or below it: 2023-06-07 (4,267.52).", 'ended at its lowest level since early June')
C(p, 'VIX', 'horizon_days', 30, 'days', '2023-09-26', None, 2, 'not_checkable', 'N', "Definition of the index.", 'the coming 30 days')
C(p, 'VIX', 'long_run_average', 20, 'index_points', '2023-09-26', "float(s('VIX')[:'2023-09-26'].mean())", 2, 'not_checkable', 'N',
  "Rule of thumb (the file's 1990-2023 average close is about 19.5).", 'long-term average near 20', qual='near')
C(p, 'SPX', 'pct_from_high', 5, 'percent', '2023-09-26', "below_peak('GSPC','2023-09-26','2023-07-31')", 2, 'supported', 'MORE',
  "6.87% below the 2023-07-31 close 4,588.96.", 'down more than 5% from its 2023 high', qual='more than', comp='2023 high')
C(p, 'SPX', 'year_high_date', '2023-07-31', 'date', '2023-09-26', "prior_max('GSPC','2023-09-26',window=180)", 2, 'supported', 'DATE',
  "Highest 2023 close up to 09-26: 4,588.96 on 2023-07-31.", 'set on July 31')
C(p, 'SPX', 'daily_pct_change', -1.5, 'percent', '2023-09-26', "pchg('GSPC','2023-09-26')", 2, 'supported', 'D1', "-1.47%.", 'dropped 1.5%')
C(p, 'SPX', 'lowest_since', 'early June', 'date', '2023-09-26', "lo_since('GSPC','2023-09-26')", 2, 'supported', 'SINCE',
  "As above: 2023-06-07.", 'close at its lowest since early June')
C(p, 'DJI', 'daily_point_change', -388, 'index_points', '2023-09-26', "chg('DJI','2023-09-26')", 2, 'supported', 'ABOUT', "-388.00.", 'around 388 points', qual='around')
C(p, 'DJI', 'daily_pct_change', -1.1, 'percent', '2023-09-26', "pchg('DJI','2023-09-26')", 2, 'supported', 'D1', "-1.14%.", 'or 1.1%')
C(p, 'DJI', 'below_200dma_first_since', '2023-03', 'month', '2023-09-26', "last_below_ma('DJI','2023-09-26',200)", 2, 'contradicted', 'SINCE',
  "The Dow closed below its 200-day moving average on 2023-05-25: close 32,764.65 vs a 200-day average of 32,774.96 (32,774.96 also if the average excludes that day). Rows: 2023-05-24 close 32,799.92, 05-25 32,764.65, 05-26 33,093.34. The last close below before that was 2023-03-24. So 'first time since March' names an earlier month than the files show, although by a narrow margin (10 points). Other data vendors' averages could differ slightly.", 'for the first time since March', detail="200-day SMA of DJI closes; 2023-09-26 close 33,618.88 vs SMA 33,810.20")

# ---------------- businessinsider_20231003_vix_four_month_high
p = 'businessinsider_20231003_vix_four_month_high'
C(p, 'VIX', 'intraday_highest_since', '4-month high', 'date', '2023-10-03', "hi_since('VIX','2023-10-03','high')", 2, 'supported', 'SINCE',
  "Intraday high 20.48; last earlier session with a high at least that: 2023-05-24 (4.3 months earlier).", 'spikes to a 4-month high', basis='intraday high')
C(p, 'FEDFUNDS', 'rates_high_until', 2024, 'year', '2023-10-03', None, 2, 'not_checkable', 'N',
  "Traders' expectation; not a present fact.", 'well into 2024')
C(p, 'VIX', 'intraday_high_above', 20, 'index_points', '2023-10-03', "px('VIX','2023-10-03','high')", 2, 'supported', 'MORE',
  "Session high 20.48 (close 19.78).", 'intraday peak of over 20', qual='over', basis='intraday high')
C(p, 'VIX', 'first_above_20_since', '2023-05-24', 'date', '2023-10-03', "level_since(s('VIX','high'), '2023-10-03', 20)", 2, 'supported', 'SINCE',
  "Last earlier session with an intraday high of 20 or more: 2023-05-24.", 'first time since May 24', basis='intraday high')
C(p, 'SPX', 'return_since_end_july', -8, 'percent', '2023-10-03', "ret('GSPC','2023-07-31','2023-10-03')", 2, 'supported', 'INT',
  "2023-07-31 close 4,588.96 -> 2023-10-03 close 4,229.45: -7.83%.", 'tumbled 8% since the end of July', window='since 2023-07-31')
C(p, 'IXIC', 'return_since_end_july', -9, 'percent', '2023-10-03', "ret('IXIC','2023-07-31','2023-10-03')", 2, 'supported', 'INT',
  "-8.97% over the same span.", 'down 9% over the same period', window='since 2023-07-31')
C(p, 'DJI', 'points_since_end_july', -2600, 'index_points', '2023-10-03', "pts('DJI','2023-07-31','2023-10-03')", 2, 'supported', 'NEARLY',
  "-2,557.15 points (35,559.53 -> 33,002.38); for 'nearly 2,600' the unit is 52, so 2,548 to 2,626 fits.", 'shed nearly 2,600 points', qual='nearly', window='since 2023-07-31')
C(p, 'DJI', 'ytd_return', '<=0', 'percent', '2023-10-03', "ytd('DJI','2023-10-03')", 2, 'supported', 'WIN',
  "YTD -0.44% at the 2023-10-03 close: the 2023 gain is gone.", 'erasing all its 2023 gains', window='YTD')
C(p, 'US10Y', 'yield_change_bp', 80, 'bp', '2023-10-03', "bp('DGS10','2023-07-31','2023-10-03')", 1, 'supported', 'NEARLY',
  "DGS10 3.97% (2023-07-31) -> 4.81% (2023-10-03) = +84 bp; from 2023-08-01 (4.05%) +76 bp. 'Nearly 80' allows 70 to 85.", 'nearly 80 basis points', qual='nearly', window='since 2023-07-31')
C(p, 'US10Y', 'highest_since', 'before 2008', 'date', '2023-10-03', "rate_hi_since('DGS10','2023-10-03')", 2, 'supported', 'SINCE',
  "4.81% end of day on 2023-10-03; last earlier day at or above it: 2007-08-10, before the 2008 crisis.", 'not seen since before the 2008 financial crisis')
C(p, 'VIX', 'year_high_date', '2023-03 (mid-March)', 'date', '2023-10-03', "s('VIX')['2023-01-01':'2023-10-03'].idxmax().date().isoformat()", 2, 'supported', 'DATE',
  "Highest 2023 VIX close up to 10-03: 26.52 on 2023-03-13 (the intraday high was also on 03-13).", 'came in mid-March')

# ---------------- ap_20190826_how_indexes_fared
p = 'ap_20190826_how_indexes_fared'
for tk, f, ptsv, pct, lvl, a_pts, a_pct, a_lvl in [
    ('SPX', 'GSPC', 31.27, 1.1, 2878.38, '31.27 points', 'or 1.1%, closing', '2,878.38'),
    ('DJI', 'DJI', 269.93, 1.1, 25898.83, '269.93 points', 'or 1.1%, to end', '25,898.83'),
    ('IXIC', 'IXIC', 101.97, 1.3, 7853.74, '101.97 points', 'or 1.3%', '7,853.74'),
    ('RUT', 'RUT', 16.52, 1.1, 1476, '16.52 points', 'or 1.1%, to 1,476', 'to 1,476.')]:
    C(p, tk, 'daily_point_change', ptsv, 'index_points', '2019-08-26', f"chg('{f}','2019-08-26')", 2, 'supported', 'D2',
      "Close 2019-08-26 vs 2019-08-23." + (" File +16.51 (1,476.00 vs 1,459.49): 0.01 off, within 0.025." if tk == 'RUT' else ""), a_pts)
    C(p, tk, 'daily_pct_change', pct, 'percent', '2019-08-26', f"pchg('{f}','2019-08-26')", 2, 'supported', 'D1', "Close vs previous close.", a_pct)
    C(p, tk, 'close_level', lvl, 'index_points', '2019-08-26', f"px('{f}','2019-08-26')", 2, 'supported', 'LVL' if tk != 'RUT' else 'INT',
      "Exact." if tk != 'RUT' else "1,476.00 (stated as a whole number).", a_lvl)
for tk, f, ptsv, pct, a_pts, a_pct in [
    ('SPX', 'GSPC', 371.53, 14.8, '371.53 points', 'or 14.8%'),
    ('DJI', 'DJI', 2571.37, 11, '2,571.37 points', 'or 11%'),
    ('IXIC', 'IXIC', 1218.46, 18.4, '1,218.46 points', 'or 18.4%'),
    ('RUT', 'RUT', 127.44, 9.5, '127.44 points', 'or 9.5%')]:
    C(p, tk, 'ytd_point_change', ptsv, 'index_points', '2019-08-26', f"ytd_pts('{f}','2019-08-26')", 2, 'supported', 'D2',
      "From the 2018-12-31 close.", a_pts, window='YTD')
    C(p, tk, 'ytd_return', pct, 'percent', '2019-08-26', f"ytd('{f}','2019-08-26')", 2, 'supported', 'INT' if pct == 11 else 'D1',
      "From the 2018-12-31 close.", a_pct, window='YTD')
