"""Build passages.jsonl, key.jsonl and recipes.json of this corpus (heldout39a: small caps against large caps).

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
Writes its outputs beside itself. Verdicts are set here by hand from the recomputed values.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R  # noqa: E402

P = []


def C(t, metric, value, unit, anchor, recipe, verdict, rule, note, ref=None, q=None, window=None, comp=None, basis='close', detail=''):
    return dict(index_or_ticker=t, metric=metric, value=value, unit=unit, qualifier=q, ref_date=ref, window=window,
                comparison=comp, basis=basis, anchor=anchor, recipe=recipe, verdict=verdict, rule=rule, note=note, detail=detail)


def add(pid, site, url, outlet, published, conf, pnote, text, claims):
    P.append(dict(id=pid, site=site, url=url, outlet=outlet, published=published, conf=conf, pnote=pnote, text=text, claims=claims))


S, I, X, U, F, N = 'supported', 'imprecise', 'contradicted', 'unverifiable', 'forecast', 'not_checkable'
INT = 'unhedged integer: |true - claim| <= 0.5'
D1 = 'unhedged 1 decimal: |true - claim| <= 0.07'
D2 = 'unhedged 2 decimals: |true - claim| <= 0.025'
PCTI = 'percent figure off by <= max(2 pp, 10%) and <= 20% of the true value: imprecise'
PCTX = 'percent figure off by more than the imprecise band: contradicted'
ABOUT = 'about/around/approximately: within one unit of the last stated digit'
NEARLY = 'nearly: claim - 1 unit <= true <= claim + 0.5 unit'
MORE = 'more than/over: true > claim'
LESS = 'less than/within: true < claim'
MID = 'mid-session figure inside the session range: unverifiable'
NOFILE = 'series or history not in the files: unverifiable'
METHOD = 'method or event set not stated: unverifiable'
ONPACE = 'on pace/on track: not_checkable'
RULE = 'rule of thumb or quoted opinion: not_checkable'
FC = 'projection or target: forecast'
REC = 'record: above every earlier close in the file'
SINCE = 'highest/lowest/best since X: X must be the last session at least as extreme'
SINCEU = 'since X later than the true date (understated): imprecise'
SINCEX = 'since X earlier than the true date: contradicted'
STREAK = 'streaks and counts use daily closes'
COUNT = 'count: exact'
RANK = 'rank or ordering: exact'
DATE = 'date matches'
FED = 'Fed target range (DFEDTARU/DFEDTARL, FOMC_meetings.csv)'
ARITH = 'arithmetic on levels the passage states'

# ---------------------------------------------------------------- 1
add('reuters_20260122_small_caps_standing_tall', 'tradingkey.com',
    'https://www.tradingkey.com/news/stocks/261501389-reuters',
    'Reuters (Live Markets, Terence Gabriel)', '2026-01-22', 'medium',
    'The excerpt carries no date. "The Russell 2000 .RUT ended Wednesday at a record closing high" and "On Wednesday, the RUT/SPX ratio rose for a 13th straight day" fit Wednesday 2026-01-21 (record close 2,698.17; 13th straight session of RUT beating SPX); the Live Markets item reads as the next morning\'s post (Thursday 2026-01-22). All figures are judged at the 2026-01-21 close.',
    "LIVE MARKETS-Small caps standing tall (Reuters). Small caps have kicked off the year demanding some attention. Whether it's just the \"January Effect,\" "
    "where small caps benefit from new year optimism after December tax-loss selling, remains to be seen, but their strength so far this year has been noticeable. "
    "The Russell 2000 .RUT ended Wednesday at a record closing high. Although early in 2026, the small cap index has now posted seven record closing highs so far this year "
    "vs. nine for all of last year. The S&P 500 .SPX has notched three record closes so far this year, while the Dow .DJI has scored four. The Nasdaq Composite .IXIC has zero "
    "record closes so far this year. To kick off the year, the RUT is now up 8.7% in January. This compares to a 2.1% rise for the Dow, a 0.4% gain for the S&P 500, and a 0.1% drop "
    "for the Nasdaq. The RUT's monthly gain so far has it on pace for its best start to a year since 2023 when it rallied 9.7% in January. With the current 8.7% rise, the index is on "
    "track for its eighth-best start to a year since 1979, and its fourth-best since 2000. Meanwhile, the RUT's relative performance this year has been eye-catching. On Wednesday, "
    "the RUT/SPX ratio rose for a 13th straight day, matching a 13-day stretch of small-cap outperformance that ended in June 2008. Using LSEG data back to 1979, the longest such "
    "streak of small-cap outperformance in history was a 16-day run that ended in May 1996. (Terence Gabriel)",
    [
        C('RUT', 'record_close', True, 'flag', 'ended Wednesday at a record closing high', "is_record_close('RUT','2026-01-21')", S, REC, '2,698.17 on 2026-01-21, above the previous record close of 2,677.74 (2026-01-16).', ref='2026-01-21'),
        C('RUT', 'record_close_count', 7, 'count', 'seven record closing highs', "count_record_closes_between('RUT','2026-01-01','2026-01-21')", S, COUNT, 'Record closes on 2026-01-08, 01-09, 01-12, 01-14, 01-15, 01-16 and 01-21: seven.', ref='2026-01-21', window='2026-01-02..2026-01-21'),
        C('RUT', 'record_close_count', 9, 'count', 'nine for all of last year', "count_record_closes_between('RUT','2025-01-01','2025-12-31')", S, COUNT, 'Nine record closes in 2025 (the first on 2025-09-18).', ref='2025-12-31', window='2025'),
        C('SPX', 'record_close_count', 3, 'count', 'notched three record closes', "count_record_closes_between('SPX','2026-01-01','2026-01-21')", S, COUNT, 'Three S&P 500 record closes in 2026 through 2026-01-21.', ref='2026-01-21', window='2026-01-02..2026-01-21'),
        C('DJI', 'record_close_count', 4, 'count', 'the Dow .DJI has scored four', "count_record_closes_between('DJI','2026-01-01','2026-01-21')", S, COUNT, 'Four Dow record closes in 2026 through 2026-01-21.', ref='2026-01-21', window='2026-01-02..2026-01-21'),
        C('IXIC', 'record_close_count', 0, 'count', 'has zero', "count_record_closes_between('IXIC','2026-01-01','2026-01-21')", S, COUNT, 'No Nasdaq Composite record close in 2026 through 2026-01-21.', ref='2026-01-21', window='2026-01-02..2026-01-21'),
        C('RUT', 'mtd_change', 8.7, 'percent', 'is now up 8.7% in January', "mtd('RUT','2026-01-21')", S, D1, '2,481.91 (2025-12-31) -> 2,698.17 = +8.71%.', ref='2026-01-21', window='2026-01 to date'),
        C('DJI', 'mtd_change', 2.1, 'percent', 'a 2.1% rise for the Dow', "mtd('DJI','2026-01-21')", S, D1, '+2.11% month to date.', ref='2026-01-21', window='2026-01 to date'),
        C('SPX', 'mtd_change', 0.4, 'percent', 'a 0.4% gain for the S&P 500', "mtd('SPX','2026-01-21')", S, D1, '+0.44% month to date.', ref='2026-01-21', window='2026-01 to date'),
        C('IXIC', 'mtd_change', -0.1, 'percent', 'a 0.1% drop', "mtd('IXIC','2026-01-21')", S, D1, '-0.07% month to date.', ref='2026-01-21', window='2026-01 to date'),
        C('RUT', 'best_january_since', 2023, 'year', 'best start to a year since 2023', "last_month_at_least('RUT',2026,1,'2026-01-21')", N, ONPACE,
          'A projection for the full month ("on pace"). For the record: the last January with a gain at least as large as the 8.71% so far was 2023 (+9.69%); January 2024 and 2025 were smaller.', ref='2026-01-21'),
        C('RUT', 'month_change', 9.7, 'percent', 'rallied 9.7% in January', "month_return('RUT',2023,1)", S, D1, 'January 2023: 1,761.25 -> 1,931.94 = +9.69%.', ref='2023-01-31', window='2023-01'),
        C('RUT', 'rank_january_since', 8, 'rank', 'eighth-best start to a year since 1979', "month_rank_since('RUT',2026,1,'2026-01-21',1988)", N, ONPACE,
          'A projection ("on track"). The file starts in 1987-09, so Januaries 1979-1987 are missing; among 1988-2026 the 8.71% so far ranks 5th (behind 2019, 2023, 1991, 2006). With nine earlier Januaries unknown, 8th since 1979 is possible.', ref='2026-01-21', window='1979..2026'),
        C('RUT', 'rank_january_since', 4, 'rank', 'fourth-best since 2000', "month_rank_since('RUT',2026,1,'2026-01-21',2000)", N, ONPACE,
          'A projection ("on track"). On the month-to-date figure the rank since 2000 is indeed 4th (2019 +11.19%, 2023 +9.69%, 2006 +8.91%, then 2026 +8.71%).', ref='2026-01-21', window='2000..2026'),
        C('RUT', 'relative_streak', 13, 'sessions', 'rose for a 13th straight day', "rel_streak('RUT','SPX','2026-01-21')", S, STREAK, 'The RUT beat the S&P 500 on every session from 2026-01-02 to 2026-01-21: 13 sessions (the RUT/SPX close ratio rose 13 days in a row).', ref='2026-01-21', window='2026-01-02..2026-01-21'),
        C('RUT', 'relative_streak_match', [13, '2008-06'], 'sessions', 'ended in June 2008', "rel_streaks('RUT','SPX','2008-06-01','2008-06-30',10)", S, STREAK, 'A 13-session RUT-over-SPX streak ended on 2008-06-06; it was the last streak of 13 or more before 2026.', ref='2008-06-06'),
        C('RUT', 'longest_relative_streak', [16, '1996-05'], 'sessions', '16-day run that ended in May 1996', "longest_rel_streak('RUT','SPX','1900-01-01','2025-12-31')", S, STREAK, 'The longest RUT-over-SPX streak in the file (1987-09 to 2025) is 16 sessions ending 1996-05-07.', ref='1996-05-07'),
        C('RUT', 'longest_relative_streak_since', 1979, 'year', 'Using LSEG data back to 1979', "longest_rel_streak('RUT','SPX','1900-01-01','2025-12-31')", U, NOFILE,
          '"Longest in history" back to 1979 needs 1979-1987 Russell data, which the file lacks; within the file (from 1987-09) the 16-session run ending May 1996 is the longest.', ref='1996-05-07', window='1979..2026'),
    ])

# ---------------------------------------------------------------- 2
add('reuters_20250806_small_caps_mirror_mirror', 'itiger.com',
    'https://www.itiger.com/hans/news/2557377655',
    'Reuters (Live Markets)', '2025-08-06', 'medium',
    'Undated excerpt. The quoted figures match the close of Tuesday 2025-08-05 exactly (RUT -0.20% and SPX +7.10% year to date; RUT +2.33% and SPX +1.52% quarter to date) and the morning bullets (mortgage market index released on Wednesdays, 10-year yield ~4.22%) fit Wednesday 2025-08-06 before the open.',
    "LIVE MARKETS (Reuters). Main US equity index futures slightly green, with Dow futures up ~0.4%; the Euro STOXX 600 index edges down ~0.1%; the US 10-Year Treasury yield rises to ~4.22%. "
    "MIRROR, MIRROR ON THE WALL, WILL SMALL CAPS EVER BE THE FAIREST OF THEM ALL? Small caps have been underachievers vs large caps for quite some time. That said, so far this quarter, "
    "the little guys have packed a punch, and the theory of mirror image foldback forecasting offers the potential for a much more significant turn in favor of small caps. "
    "So far in 2025, the small-cap Russell 2000 .RUT is posting a 0.2% decline vs a 7.1% advance for the S&P 500 index .SPX. With this, the RUT is on pace to underperform the SPX "
    "for a fifth-straight year. Quarter-to-date (QTD), however, the RUT is gaining 2.3% vs a 1.5% rise for the S&P 500. On a monthly chart of the RUT/SPX ratio, after the ratio bottomed in 1999, "
    "small caps trended up relative to large caps for more than a decade. The ratio ultimately put in a double top with highs in 2011 and 2013. Small caps have trended down vs large caps since. "
    "Using July 2012 as the mirror image foldback point, the writer sees an inverse symmetry between the pattern before and after that pivot.",
    [
        C('DJI_FUTURES', 'premarket_change', 0.4, 'percent', 'Dow futures up ~0.4%', None, U, NOFILE, 'Index futures are not in the files.', q='about', ref='2025-08-06', basis='pre-market'),
        C('STOXX600', 'intraday_change', -0.1, 'percent', 'edges down ~0.1%', None, U, NOFILE, 'European index not in the files.', q='about', ref='2025-08-06', basis='morning'),
        C('US10Y', 'yield', 4.22, 'percent', 'rises to ~4.22%', "rate('DGS10','2025-08-06')", U, 'intraday yield: unverifiable',
          'A morning yield quote; FRED end-of-day yields cannot decide intraday levels. The 2025-08-06 end-of-day DGS10 was 4.22%, consistent with it.', q='about', ref='2025-08-06', basis='morning'),
        C('RUT', 'ytd_change', -0.2, 'percent', 'posting a 0.2% decline', "ytd('RUT','2025-08-05')", S, D1, '2,230.16 (2024-12-31) -> 2,225.67 on 2025-08-05 = -0.20%.', ref='2025-08-05', window='2025 to date'),
        C('SPX', 'ytd_change', 7.1, 'percent', 'a 7.1% advance', "ytd('SPX','2025-08-05')", S, D1, '+7.10% on 2025-08-05.', ref='2025-08-05', window='2025 to date'),
        C('RUT', 'underperform_year', 2025, 'year', 'on pace to underperform the SPX', None, N, ONPACE, 'A projection for the full year 2025.', ref='2025-12-31'),
        C('RUT', 'years_underperformed', [2021, 2022, 2023, 2024], 'list', 'for a fifth-straight year', "years_underperformed('RUT','SPX',2021,2024)", S, 'ordering: RUT price return below SPX in each year',
          'A fifth straight year implies the RUT lagged in 2021-2024: it did (13.69 vs 26.89, -21.56 vs -19.44, 15.09 vs 24.23, 10.02 vs 23.31).', ref='2024-12-31', window='2021..2024'),
        C('RUT', 'qtd_change', 2.3, 'percent', 'the RUT is gaining 2.3%', "pct('RUT','2025-06-30','2025-08-05')", S, D1, '+2.33% from the 2025-06-30 close.', ref='2025-08-05', window='2025-Q3 to date'),
        C('SPX', 'qtd_change', 1.5, 'percent', 'a 1.5% rise for the S&P 500', "pct('SPX','2025-06-30','2025-08-05')", S, D1, '+1.52% from the 2025-06-30 close.', ref='2025-08-05', window='2025-Q3 to date'),
        C('RUT/SPX', 'ratio_low_year', 1999, 'year', 'bottomed in 1999', "ratio_extreme_month('RUT','SPX','1987-09-01','2025-07-31','min')", S, DATE,
          'Lowest month-end RUT/SPX ratio in the file: March 1999 (0.3091); the daily low was 1999-04-08.', ref='1999-03-31', basis='month-end ratio'),
        C('RUT/SPX', 'ratio_highs', [2011, 2013], 'list', 'double top with highs in 2011 and 2013', "[ratio_extreme_month('RUT','SPX','2010-01-01','2012-12-31','max'), ratio_extreme_month('RUT','SPX','2013-01-01','2013-12-31','max')]", S, DATE,
          'Month-end ratio peaks of 0.6362 (March 2011) and 0.6386 (September 2013), two nearly equal highs. On daily closes the highest ratio came on 2014-03-04 (0.6450), just after the second peak.', ref='2013-09-30', basis='month-end ratio'),
        C('RUT/SPX', 'pct_below_high', None, 'trend', 'Small caps have trended down vs large caps since', "ratio_pct_below_max('RUT','SPX','2025-08-05','2013-01-01','2013-12-31')", S, 'direction matches',
          'The ratio on 2025-08-05 (0.3533) was 44.93% below its highest 2013 close ratio (0.6416 on 2013-10-01).', ref='2025-08-05'),
    ])

# ---------------------------------------------------------------- 3
add('zacks_20191111_small_caps_lag_record_run', 'news.yahoo.com',
    'https://news.yahoo.com/5-small-cap-stocks-outpacing-120312827.html',
    'Zacks Investment Research (on Yahoo Finance)', '2019-11-11', 'exact',
    'Dated 2019-11-11 on the page (a Monday). Year-to-date figures and the weekly streaks refer to the week ended Friday 2019-11-08.',
    "5 Small-Cap Stocks Outpacing the Market (Zacks, Nov 11, 2019). Wall Street is maintaining its dream run in 2019, wherein three major stock indexes have already set fresh all-time highs in November. "
    "These indexes predominantly consist of large-cap stocks; the small-cap-centric Russell 2000 Index is still lagging its large-cap peers. The bull run is likely to continue in the near term, supported by "
    "a dovish Fed, which already cut the benchmark rate by 75 basis points, expectation of a partial trade deal between the United States and China this year and a firmly north-bound government bond yield "
    "curve reversing the inversion in August. Year to date, the three major stock indexes of Wall Street, the Dow, the S&P 500 and the Nasdaq Composite have rallied 18.7%, 23.4% and 27.7%, respectively. "
    "All three indexes have set new all-time highs in November, surpassing their previous highs posted in July. For the week ended Nov 8, the Dow completed the winning streak of three-straight weeks, while the "
    "S&P 500 and the Nasdaq Composite finished in positive territory for the fifth and sixth consecutive week, respectively. Meanwhile, the Russell 2000 has gained 17.9% so far in 2019. More importantly, "
    "the index is still 5.4% away from its all-time high recorded on Aug 31, 2018. This indicates that the small-cap-centric index has failed to achieve a new high so far this year, while its large-cap peers "
    "have established new highs several times in 2019.",
    [
        C('DJI, SPX, IXIC', 'record_close_in_month', True, 'flag', 'set fresh all-time highs in November', "[record_close_dates('DJI','2019-11-01','2019-11-08'), record_close_dates('SPX','2019-11-01','2019-11-08'), record_close_dates('IXIC','2019-11-01','2019-11-08')]", S, REC,
          'Record closes in November 2019 by the 8th: Dow 11-04, 11-05, 11-07, 11-08; S&P 500 11-01, 11-04, 11-07, 11-08; Nasdaq 11-01, 11-04, 11-05, 11-08.', ref='2019-11-08', window='2019-11-01..2019-11-08'),
        C('RUT', 'lagging', True, 'flag', 'is still lagging its large-cap peers', "[ytd('RUT','2019-11-08'), ytd('DJI','2019-11-08'), ytd('SPX','2019-11-08'), ytd('IXIC','2019-11-08')]", S, 'ordering matches',
          'Year to date on 2019-11-08: RUT +18.56% against Dow +18.66%, S&P 500 +23.39%, Nasdaq +27.73% (the Dow lead is marginal).', ref='2019-11-08', window='2019 to date'),
        C('FEDFUNDS', 'cumulative_cut_bp', 75, 'basis points', 'cut the benchmark rate by 75 basis points', "r2(100*(fed_upper('2019-07-30')-fed_upper('2019-11-08')))", S, FED,
          'Upper bound 2.50% -> 1.75% after the cuts of 2019-07-31, 09-18 and 10-30 (effective 08-01, 09-19, 10-31).', ref='2019-11-08', window='2019'),
        C('US2s10s', 'inversion_month', '2019-08', 'month', 'reversing the inversion in August', "curve_inverted_days('2019-08-01','2019-08-31')", S, 'end-of-day yields (FRED)',
          'DGS10 - DGS2 closed below zero on 2019-08-27, 08-28 and 08-29.', ref='2019-08-27'),
        C('US2s10s', 'spread_positive', True, 'flag', 'firmly north-bound government bond yield', "r2(rate('DGS10','2019-11-08')-rate('DGS2','2019-11-08'))", S, 'end-of-day yields (FRED)',
          'The 2s10s spread was back to +0.26 point on 2019-11-08.', ref='2019-11-08'),
        C('DJI', 'ytd_change', 18.7, 'percent', 'rallied 18.7%', "ytd('DJI','2019-11-08')", S, D1, '23,327.46 -> 27,681.24 = +18.66%.', ref='2019-11-08', window='2019 to date'),
        C('SPX', 'ytd_change', 23.4, 'percent', '23.4% and 27.7%, respectively', "ytd('SPX','2019-11-08')", S, D1, '+23.39%.', ref='2019-11-08', window='2019 to date'),
        C('IXIC', 'ytd_change', 27.7, 'percent', '27.7%, respectively', "ytd('IXIC','2019-11-08')", S, D1, '+27.73%.', ref='2019-11-08', window='2019 to date'),
        C('DJI, IXIC', 'previous_record_month', '2019-07', 'month', 'surpassing their previous highs posted in July', "[record_close_upto('DJI','2019-10-31')[0], record_close_upto('IXIC','2019-10-31')[0]]", S, DATE,
          'Record closes before November: Dow 2019-07-15, Nasdaq 2019-07-26.', ref='2019-07-26'),
        C('SPX', 'previous_record_month', '2019-07', 'month', 'posted in July', "[record_close_upto('SPX','2019-10-31'), record_close_dates('SPX','2019-10-01','2019-10-31')]", X, 'wrong date of a record: contradicted',
          'The S&P 500 had already set new records in October (2019-10-28 and 2019-10-30, 3,046.77), so its November highs surpassed October highs, not July ones (July record 2019-07-26).', ref='2019-10-30'),
        C('DJI', 'weekly_win_streak', 3, 'weeks', 'winning streak of three-straight weeks', "week_up_streak('DJI','2019-11-08')", S, STREAK, 'Weekly gains for the weeks ended 10-25, 11-01 and 11-08; the week ended 10-18 was down.', ref='2019-11-08'),
        C('SPX', 'weekly_win_streak', 5, 'weeks', 'fifth and sixth consecutive week', "week_up_streak('SPX','2019-11-08')", S, STREAK, 'Five weekly gains (weeks ended 10-11 to 11-08).', ref='2019-11-08'),
        C('IXIC', 'weekly_win_streak', 6, 'weeks', 'sixth consecutive week, respectively', "week_up_streak('IXIC','2019-11-08')", S, STREAK, 'Six weekly gains (weeks ended 10-04 to 11-08).', ref='2019-11-08'),
        C('RUT', 'ytd_change', 17.9, 'percent', 'gained 17.9% so far in 2019', "ytd('RUT','2019-11-08')", I, PCTI, '1,348.56 -> 1,598.86 = +18.56%; 17.9 is 0.66 point low.', ref='2019-11-08', window='2019 to date'),
        C('RUT', 'pct_from_ath', 5.4, 'percent', 'still 5.4% away from its all-time high', "pct_below_record('RUT','2019-11-08')", X, PCTX,
          'On 2019-11-08 the RUT closed 8.15% below its record close of 1,740.75 (a gain of 8.87% was needed to regain it); 5.4% fits neither reading.', ref='2019-11-08'),
        C('RUT', 'record_close_date', '2018-08-31', 'date', 'recorded on Aug 31, 2018', "record_close_upto('RUT','2019-11-08')", S, DATE, 'Record close 1,740.75 on 2018-08-31.', ref='2018-08-31'),
        C('RUT', 'record_close_count', 0, 'count', 'failed to achieve a new high so far this year', "count_record_closes_between('RUT','2019-01-01','2019-11-08')", S, COUNT, 'No RUT record close in 2019 through 2019-11-08.', ref='2019-11-08', window='2019 to date'),
        C('DJI, SPX, IXIC', 'record_close_count', 'several', 'count', 'established new highs several times in 2019', "[count_record_closes_between('DJI','2019-01-01','2019-11-08'), count_record_closes_between('SPX','2019-01-01','2019-11-08'), count_record_closes_between('IXIC','2019-01-01','2019-11-08')]", S, COUNT,
          'Record closes in 2019 through 2019-11-08: Dow 8, S&P 500 19, Nasdaq 14.', ref='2019-11-08', window='2019 to date'),
    ])

# ---------------------------------------------------------------- 4
add('nasdaqcom_202401_russell_overbought_underappreciated', 'nasdaq.com',
    'https://www.nasdaq.com/articles/russell-2000-overbought-is-underappreciated',
    'Nasdaq.com (contributed column)', '2024-01', 'medium',
    'Undated excerpt. It reviews "the first week of 2024" (ended Friday 2024-01-05) and the S&P 500 streak that ended that week, so it was written in the following days of January 2024. The "final nine weeks" of 2023 run from the 2023-10-27 close to the 2023-12-29 close.',
    "Russell 2000: Overbought Is Underappreciated. Last year was a remarkable year for U.S. equities, concluding with a historic two-month uptrend and a meaningful change in character. Unlike the prior ten months, "
    "where the majority of benchmark gains were driven by a small number of mega-cap technology stocks, the explosive move higher over the final nine weeks was broad-based and led by a healthy rotation into "
    "smaller caps, equal weight indices, and the REITs, Financials, and Healthcare sectors. The catalysts included liquidity-friendly measures from the Treasury, two FOMC meetings that reversed the \"higher for longer\" "
    "interest rate mantra, softening inflation and employment data, and a dramatic decline in rates. By year-end, the flagship S&P 500 (SPX) cemented a string of nine consecutive weekly gains for only the third time "
    "(2004 and 1989) in 38 years. Since 1970, the only time the SPX exceeded this streak was in 1985, when it strung together twelve consecutive weekly gains. Ironically, the SPX was one of the worst-performing "
    "broad-based benchmarks, with a relatively weak total return of 16.2%. The top performers were the Russell Microcap and Russell 2000 indices, which had total returns of 28.3% and 24.2%, respectively. "
    "In the first week of 2024, broad U.S. equity benchmarks finished lower across the board, led by the small Russell 2000 and Microcap indices, each of which declined 3.7%. For the S&P 500, this ended its streak "
    "of weekly gains.",
    [
        C('FEDFUNDS', 'fomc_meetings_count', 2, 'count', 'two FOMC meetings', "fomc_meetings('2023-10-28','2023-12-29')", S, FED,
          'Two scheduled FOMC decisions fell inside the nine weeks (2023-11-01 and 2023-12-13), both holds at 5.25-5.50%.', ref='2023-12-13', window='2023-10-27..2023-12-29'),
        C('SPX', 'weekly_win_streak', 9, 'weeks', 'nine consecutive weekly gains', "week_up_streak('SPX','2023-12-29')", S, STREAK, 'Nine weekly gains, weeks ended 2023-11-03 to 2023-12-29.', ref='2023-12-29'),
        C('SPX', 'count_nine_week_streaks', 3, 'count', 'for only the third time', "week_streaks('SPX','1985-01-01','2023-12-31',9)", S, COUNT,
          'Weekly winning streaks of nine or more since 1985: 12 weeks ending 1985-12-20, then exactly nine ending 1989-09-01, 2004-01-23 and 2023-12-29. Counting nine-week streaks, 2023 is the third after 1989 and 2004 (the 1985 run was longer).', ref='2023-12-29', window='1985..2023'),
        C('SPX', 'only_longer_streak_since', 1985, 'year', 'the only time the SPX exceeded this streak was in 1985', "week_streaks('SPX','1970-01-01','2023-12-31',10)", S, COUNT,
          'The only weekly winning streak longer than nine weeks since 1970 is the one ending 1985-12-20.', ref='1985-12-20', window='1970..2023'),
        C('SPX', 'weekly_win_streak', 12, 'weeks', 'twelve consecutive weekly gains', "week_streaks('SPX','1985-01-01','1985-12-31',9)", S, STREAK, 'Twelve weekly gains ending 1985-12-20.', ref='1985-12-20'),
        C('SPX', 'total_return', 16.2, 'percent', 'total return of 16.2%', "pct('SPX','2023-10-27','2023-12-29')", U, 'total-return figure where only a price index exists: unverifiable',
          'Over the nine weeks the S&P 500 price index rose 15.85% (4,117.37 -> 4,769.83); the total return cannot be computed from the files but is consistent with it.', ref='2023-12-29', window='2023-10-27..2023-12-29'),
        C('MICROCAP', 'total_return', 28.3, 'percent', '28.3% and 24.2%', None, U, NOFILE, 'Russell Microcap index not in the files.', ref='2023-12-29', window='2023-10-27..2023-12-29'),
        C('RUT', 'total_return', 24.2, 'percent', '24.2%, respectively', "pct('RUT','2023-10-27','2023-12-29')", U, 'total-return figure where only a price index exists: unverifiable',
          'Price return 1,636.94 -> 2,027.07 = +23.83%; the total return is not in the files (consistent, a bit above the price gain).', ref='2023-12-29', window='2023-10-27..2023-12-29'),
        C('SPX, DJI, IXIC, RUT', 'week_change_sign', 'all lower', 'flag', 'finished lower across the board', "[week_return('SPX','2024-01-05'), week_return('DJI','2024-01-05'), week_return('IXIC','2024-01-05'), week_return('RUT','2024-01-05')]", S, 'signs match',
          'Week ended 2024-01-05: S&P 500 -1.52%, Dow -0.59%, Nasdaq -3.25%, RUT -3.75%.', ref='2024-01-05', window='week ended 2024-01-05'),
        C('RUT', 'week_change', -3.7, 'percent', 'each of which declined 3.7%', "week_return('RUT','2024-01-05')", S, D1, '2,027.07 -> 1,951.14 = -3.75%, the worst of the four benchmarks.', ref='2024-01-05', window='week ended 2024-01-05'),
        C('MICROCAP', 'week_change', -3.7, 'percent', 'Microcap indices', None, U, NOFILE, 'Russell Microcap index not in the files.', ref='2024-01-05'),
        C('SPX', 'weekly_win_streak_ended', True, 'flag', 'this ended its streak', "week_return('SPX','2024-01-05')", S, STREAK, 'The S&P 500 fell 1.52% in the week ended 2024-01-05.', ref='2024-01-05'),
    ])

# ---------------------------------------------------------------- 5
add('schaeffers_20260128_rut_streak_history', 'beyondlink.live',
    'https://beyondlink.live/will-the-russell-2000-continue-to-outperform-the-sp-500',
    "Schaeffer's Investment Research", '2026-01-28', 'high',
    "Repost of a Schaeffer's Investment Research analysis that a news aggregator dates 2026-01-28 (Wednesday). \"Last Friday, Jan. 23\" fixes the writing week; the year-to-date figures are judged at the last close before publication, Tuesday 2026-01-27.",
    "Will the Russell 2000 Continue to Outperform the S&P 500? AI spending and advancements have given rise to the \"Magnificent Seven\" (Nvidia, Microsoft, Apple, Alphabet, Amazon.com, Meta Platforms and Tesla), "
    "megacap stocks that have accounted for a disproportionate share of market returns. It's a major reason the large cap S&P 500 Index (SPX) has outperformed the small cap Russell 2000 Index (RUT) for each of the past five years. "
    "The start of this year, however, has been different. The RUT has gained over 7% so far, compared to just over 2% for the SPX. Even more notably, the RUT outperformed the SPX for each of the first 14 trading days of the year. "
    "Last Friday, Jan. 23 was the first day of 2026 that the SPX had a better day than the RUT. We have RUT data going back to 1988, and the recent 14-day win streak for the RUT vs. the SPX is the second longest on record. "
    "The longest streak lasted 16 days and ended in May of 1996. Looking at subsequent RUT returns beginning on the first day the SPX outperformed the RUT after a RUT win streak of at least eight consecutive trading days, "
    "the RUT outperformance tends to continue in the short term: in the month following the RUT win streaks, the index averaged a 2.72% return with 79% of the returns positive and, most importantly, outperforming the SPX "
    "74% of the time. By six months, the outperformance isn't present, with the RUT basically flat on average and beating the SPX just under half the time. The SPX, like the RUT, outperformed its typical returns in the "
    "short term, averaging a one-month gain of 1.49% vs. 0.83% any time.",
    [
        C('SPX', 'years_outperformed', 5, 'years', 'for each of the past five years', "years_underperformed('RUT','SPX',2021,2025)", S, 'ordering: RUT price return below SPX in each year',
          'The RUT lagged the S&P 500 in 2021 (13.69 vs 26.89), 2022 (-21.56 vs -19.44), 2023 (15.09 vs 24.23), 2024 (10.02 vs 23.31) and 2025 (11.29 vs 16.39).', ref='2025-12-31', window='2021..2025'),
        C('RUT', 'ytd_change', 7, 'percent', 'gained over 7% so far', "ytd('RUT','2026-01-27')", S, MORE, '+7.45% year to date at the 2026-01-27 close.', q='more than', ref='2026-01-27', window='2026 to date'),
        C('SPX', 'ytd_change', 2, 'percent', 'just over 2% for the SPX', "ytd('SPX','2026-01-27')", I, 'more than: true > claim; narrowly missed: imprecise',
          '+1.94% at the 2026-01-27 close, just under 2% (the 2026-01-26 close gives +1.53%, 2026-01-22 +0.99%).', q='more than', ref='2026-01-27', window='2026 to date'),
        C('RUT', 'relative_streak', 14, 'sessions', 'each of the first 14 trading days', "rel_streak('RUT','SPX','2026-01-22')", S, STREAK, 'The RUT beat the S&P 500 on all 14 sessions from 2026-01-02 to 2026-01-22.', ref='2026-01-22', window='2026-01-02..2026-01-22'),
        C('SPX', 'first_day_outperformed', '2026-01-23', 'date', 'Jan. 23 was the first day of 2026', "[day_pct('SPX','2026-01-23'), day_pct('RUT','2026-01-23')]", S, DATE, 'On 2026-01-23 the S&P 500 rose 0.03% while the RUT fell 1.82%.', ref='2026-01-23'),
        C('RUT', 'rank_relative_streak', 2, 'rank', 'is the second longest on record', "rel_streak_rank('RUT','SPX','2026-01-22')", S, RANK,
          'Only one earlier RUT-over-SPX streak was longer: 16 sessions ending 1996-05-07 (the file starts 1987-09, which covers the stated data from 1988).', ref='2026-01-22'),
        C('RUT', 'longest_relative_streak', [16, '1996-05'], 'sessions', 'lasted 16 days and ended in May of 1996', "longest_rel_streak('RUT','SPX','1900-01-01','2025-12-31')", S, STREAK, '16 sessions ending 1996-05-07.', ref='1996-05-07'),
        C('RUT', 'post_streak_avg_21d', 2.72, 'percent', 'averaged a 2.72% return', "post_streak_stat('RUT','SPX',8,'2026-01-01',21,'avg1')", U, METHOD,
          'Replication (19 streaks of 8+ sessions from 1988 to 2019; return over the 21 sessions after the close of the day the SPX did better): +2.50%. The event set and horizon used in the piece are not stated.', ref='2025-12-31'),
        C('RUT', 'post_streak_pct_positive', 79, 'percent', "79% of the returns positive", "post_streak_stat('RUT','SPX',8,'2026-01-01',21,'pos1')", U, METHOD, 'Replication: 73.68% positive (14 of 19).', ref='2025-12-31'),
        C('RUT', 'post_streak_pct_beat_spx', 74, 'percent', 'outperforming the SPX 74% of the time', "post_streak_stat('RUT','SPX',8,'2026-01-01',21,'beat')", U, METHOD, 'Replication: 73.68% (14 of 19), matching; the method is still not stated.', ref='2025-12-31'),
        C('RUT', 'post_streak_avg_126d', 0, 'percent', 'basically flat on average', "post_streak_stat('RUT','SPX',8,'2026-01-01',126,'avg1')", U, METHOD, 'Replication over 126 sessions: -0.10% (flat).', q='about', ref='2025-12-31'),
        C('RUT', 'post_streak_pct_beat_spx_126d', 50, 'percent', 'just under half the time', "post_streak_stat('RUT','SPX',8,'2026-01-01',126,'beat')", U, METHOD, 'Replication: 47.37% (9 of 19).', q='less than', ref='2025-12-31'),
        C('SPX', 'post_streak_avg_21d', 1.49, 'percent', 'one-month gain of 1.49%', "post_streak_stat('RUT','SPX',8,'2026-01-01',21,'avg2')", U, METHOD, 'Replication: +1.33% for the S&P 500 over the same 21-session windows.', ref='2025-12-31'),
        C('SPX', 'anytime_avg_21d', 0.83, 'percent', 'vs. 0.83% any time', "anytime_avg('SPX',21,'1988-01-01','2025-12-31')", S, D2, 'Average 21-session S&P 500 change over all start days from 1988 to 2025: 0.83%.', ref='2025-12-31', window='1988..2025'),
    ])

# ---------------------------------------------------------------- 6
add('tradingview_20240710_rut_spx_ratio_support', 'amazon-us-03-00-feo.std.metric.edgekey.net (TradingView mirror)',
    'https://amazon-us-03-00-feo.std.metric.edgekey.net/chart/RUT/I4eOt84A-MidCap-vs-LargeCap-Technical-Fundamental-Levels-to-Watch',
    'TradingView (user idea)', '2024-07-10', 'high',
    'The idea states "As of July 10, 2024" and carries updates marked July 16 and July 25, 2024. Its year-to-date figures fall between the 2024-07-09 and 2024-07-10 closes, i.e. a snapshot taken during the 2024-07-10 session.',
    "TradingView idea on the Russell 2000 (RUT), July 10, 2024. The Russell 2000 trailed the S&P 500 significantly in 2023, gaining about 17% compared to a gain of about 24% for the large cap index. "
    "That underperformance has spilled over into 2024: as of July 10, 2024 the Russell 2000 YTD is about zero compared to a 17.75% gain in the S&P 500 (SPX) and a 23.50 gain in the Nasdaq Composite Index (IXIC). "
    "Valuation measures make the small cap index much more compelling: as of June 30, 2024 small caps' price-to-book (P/B) ratio is 2.10, as described on the FTSE Russell 2000 factsheet, while the Total US Market "
    "(Russell 3000) P/B ratio is 4.42. The main technical graph is the ratio between the RUT and the S&P 500, and it is back to support that was never seen over the past 25 years, since March 1999. What happened at "
    "those times? The Nasdaq Composite Index doubled in price over the next 12 months (March, 1999 - March, 2000); the S&P 500 printed +20 per cents (March, 1999 - March, 2000); and March 1999 was "
    "the absolute low and the launch point of 12 years of outperformance for small caps vs large caps. Update, July 25, 2024: the RUT/SPX ratio prints +9.65% in July, 2024 to this time. This is the biggest monthly gain "
    "since February, 2000, with just 4 days left until the end of the month to cast this record gain in bronze. For newbies: in March, 2000 the major indices - SPX, DJI, NDX and IXIC - hit record highs, then all of them "
    "turned from 2x (SPX, DJI) to 4x (NDX, IXIC) down over the next 30 months.",
    [
        C('RUT', 'year_change', 17, 'percent', 'gaining about 17%', "year_return('RUT',2023)", I, 'about: within one unit; outside but within max(2 pp, 10%): imprecise',
          'Price return 2023: +15.09% (1,761.25 -> 2,027.07), 1.9 points short of 17. A total-return figure might fit, but the files hold only the price index.', q='about', ref='2023-12-29', window='2023'),
        C('SPX', 'year_change', 24, 'percent', 'a gain of about 24%', "year_return('SPX',2023)", S, ABOUT, '+24.23% in 2023.', q='about', ref='2023-12-29', window='2023'),
        C('RUT', 'ytd_change', 0, 'percent', 'YTD is about zero', "ytd_range('RUT','2024-07-10')", U, MID,
          'A snapshot during the 2024-07-10 session: the RUT year-to-date change ran from +0.25% to +1.22% in that session (close +1.22%; the previous close gave +0.12%).', q='about', ref='2024-07-10', basis='intraday'),
        C('SPX', 'ytd_change', 17.75, 'percent', 'a 17.75% gain in the S&P 500', "ytd_range('SPX','2024-07-10')", U, MID,
          'Session range of the year-to-date change on 2024-07-10: +17.12% to +18.15% (close +18.12%, previous close +16.92%).', ref='2024-07-10', basis='intraday'),
        C('IXIC', 'ytd_change', 23.5, 'percent', 'a 23.50 gain in the Nasdaq', "ytd_range('IXIC','2024-07-10')", U, MID,
          'Session range on 2024-07-10: +23.02% to +24.27% (close +24.22%, previous close +22.77%).', ref='2024-07-10', basis='intraday'),
        C('RUT_VALUATION, RUSSELL3000_VALUATION', 'price_to_book', [2.10, 4.42], 'ratio', 'ratio is 2.10', None, U, NOFILE, 'Valuation data (2.10 for the Russell 2000, 4.42 for the Russell 3000) are not in the files.', ref='2024-06-30'),
        C('RUT/SPX', 'lowest_since', '1999-03', 'month', 'never seen over the past 25 years, since March 1999', "last_ratio_at_or_below('RUT','SPX','2024-07-09')", X, SINCEX,
          'The ratio\'s 2024 low (0.3639 on 2024-07-09) was last matched on 2001-01-19, not in 1999; on month-end closes, June 2024 (0.3750) was last matched in January 2001.', ref='2024-07-09'),
        C('IXIC', 'pct_change', 100, 'percent', 'doubled in price over the next 12 months', "pct('IXIC','1999-03-31','2000-03-10')", S, 'doubled: about +100%',
          'From the 1999-03-31 close to the 2000-03-10 peak: +105.11%. Month-end to month-end (1999-03-31 to 2000-03-31) gives +85.78%.', q='about', ref='2000-03-10', window='1999-03..2000-03'),
        C('SPX', 'pct_change', 20, 'percent', 'printed +20 per cents', "pct('SPX','1999-03-31','2000-03-24')", I, PCTI,
          'From the 1999-03-31 close to the 2000-03-24 record: +18.74%; month-end to month-end +16.50%. Both are short of 20%.', ref='2000-03-24', window='1999-03..2000-03'),
        C('RUT/SPX', 'ratio_low', '1999-03', 'month', 'March 1999 was the absolute low', "ratio_extreme_month('RUT','SPX','1987-09-01','2024-06-30','min')", S, DATE,
          'Lowest month-end ratio in the file: March 1999 (0.3091). The lowest daily close ratio came a little later, on 1999-04-08.', ref='1999-03-31', basis='month-end ratio'),
        C('RUT/SPX', 'outperformance_years', 12, 'years', 'launch point of 12 years of outperformance', "ratio_extreme_month('RUT','SPX','1999-04-01','2012-12-31','max')", S, 'duration matches',
          'The month-end ratio rose from March 1999 to a peak in March 2011 (0.6362), 12 years; it made a marginally higher month-end peak in September 2013.', ref='2011-03-31', basis='month-end ratio'),
        C('RUT/SPX', 'mtd_change', 9.65, 'percent', 'prints +9.65% in July', "ratio_pct('RUT','SPX','2024-06-28','2024-07-25')", I, PCTI,
          'RUT/SPX ratio from the 2024-06-28 close to the 2024-07-25 close: +9.79% (0.14 point above 9.65).', ref='2024-07-25', window='2024-07-01..2024-07-25'),
        C('RUT/SPX', 'biggest_month_since', '2000-02', 'month', 'biggest monthly gain since February, 2000', "[ratio_month_changes_at_least('RUT','SPX',9.79,'2000-03-01','2024-06-30'), ratio_month_changes_at_least('RUT','SPX',9.79,'1987-10-01','2000-02-29')]", S, SINCE,
          'No month from March 2000 to June 2024 raised the month-end ratio by 9.79% or more; February 2000 (+18.8%) and January 1992 did. The full month of July 2024 ended at +8.87%, still the largest since February 2000.', ref='2024-07-25'),
        C('RUT', 'sessions_left_in_month', 4, 'count', 'just 4 days left', "count_sessions('RUT','2024-07-25','2024-07-31')", S, COUNT, 'Sessions after 2024-07-25 in July: 07-26, 07-29, 07-30, 07-31.', ref='2024-07-25'),
        C('DJI', 'record_month', '2000-03', 'month', 'SPX, DJI, NDX and IXIC - hit record highs', "record_close_upto('DJI','2002-12-31')", X, 'wrong date of a record: contradicted',
          'The Dow\'s record close of that era came on 2000-01-14 (11,722.98), not in March 2000.', ref='2000-01-14'),
        C('SPX, NDX, IXIC', 'record_month', '2000-03', 'month', 'in March, 2000 the major indices', "[record_close_upto('SPX','2002-12-31')[0], record_close_upto('NDX','2002-12-31')[0], record_close_upto('IXIC','2002-12-31')[0]]", S, DATE,
          'Record closes: S&P 500 2000-03-24, Nasdaq-100 2000-03-27, Nasdaq Composite 2000-03-10.', ref='2000-03-24'),
        C('SPX', 'drawdown', 50, 'percent', '2x (SPX, DJI)', "r2(-pct('SPX','2000-03-24','2002-10-09'))", S, 'halved: about 50%', 'Record 1,527.46 to the 2002-10-09 low of 776.76: -49.15%.', q='about', ref='2002-10-09', window='2000-03-24..2002-10-09'),
        C('DJI', 'drawdown', 50, 'percent', 'turned from 2x', "r2(-pct('DJI','2000-01-14','2002-10-09'))", X, PCTX, 'Record 11,722.98 to the 2002-10-09 low of 7,286.27: -37.85%, not a halving.', q='about', ref='2002-10-09', window='2000-01-14..2002-10-09'),
        C('IXIC', 'fall_multiple', 4, 'times', '4x (NDX, IXIC) down', "r2(close('IXIC','2000-03-10')/close('IXIC','2002-10-09'))", S, 'about: within one unit (1x) of 4x',
          'Record 5,048.62 to the 2002-10-09 low of 1,114.11: a 4.53-fold fall (-77.93%).', q='about', ref='2002-10-09', window='2000-03-10..2002-10-09'),
        C('NDX', 'fall_multiple', 4, 'times', 'to 4x (NDX', "r2(close('NDX','2000-03-27')/close('NDX','2002-10-07'))", I, 'about: outside one unit; as a percentage loss within max(2 pp, 10%): imprecise',
          'Record 4,704.73 to the 2002-10-07 low of 804.64: a 5.85-fold fall (-82.90%), worse than "4x down"; as a percentage loss (-82.9% against -75%) the gap is 7.9 points, within 10% of the true value.', q='about', ref='2002-10-07', window='2000-03-27..2002-10-07'),
    ])

# ---------------------------------------------------------------- 7
add('gate_20260115_small_caps_ten_session_streak', 'm.bxjddjt.com (Gate Square mirror)',
    'https://m.bxjddjt.com/tr/post/status/18041190',
    'Gate Square (user post)', '2026-01-15', 'medium',
    'Undated post. "Outperformed the S&P 500 for 10 consecutive sessions" fits the streak that began on 2026-01-02 and reached ten sessions on Thursday 2026-01-15 (it ran to 14); the ratio "to 0.39" matches the 2026-01-15 close (0.3851). All figures are judged at that close; the window is 2025-12-31 to 2026-01-15.',
    "Small caps are on a historic winning streak: The Russell 2000 has outperformed the S&P 500 for 10 consecutive sessions, the longest run since 1990. Over this period, small caps have rallied +7.5%, "
    "while large caps have gained +1.3%. As a result, the ratio of the Russell 2000 to the S&P 500 has surged +6.7%, to 0.39, the highest since December 2024. This comes despite 2-year Treasury yields "
    "rising for 9 straight days, as investors are pricing in fewer Fed rate cuts in 2026. Historically, small caps underperform large caps when yields rise, as they rely more heavily on debt financing. "
    "That said, despite this shift, the ratio remains -35% below the 2021 peak. Investors are rotating back into small caps.",
    [
        C('RUT', 'relative_streak', 10, 'sessions', 'for 10 consecutive sessions', "rel_streak('RUT','SPX','2026-01-15')", S, STREAK, 'RUT beat the S&P 500 on each of the ten sessions 2026-01-02 to 2026-01-15.', ref='2026-01-15', window='2026-01-02..2026-01-15'),
        C('RUT', 'longest_relative_streak_since', 1990, 'year', 'the longest run since 1990', "last_rel_streak_at_least('RUT','SPX','2026-01-15')", X, SINCEX,
          'The last RUT-over-SPX streak at least ten sessions long ended on 2008-06-06 (13 sessions); streaks of 10-12 sessions also ended in 2000, 2001, 2002 and 2003. "Since 1990" is far too early.', ref='2026-01-15'),
        C('RUT', 'pct_change', 7.5, 'percent', 'rallied +7.5%', "pct('RUT','2025-12-31','2026-01-15')", I, PCTI, '2,481.91 -> 2,674.56 = +7.76% over the ten sessions (0.26 point off).', ref='2026-01-15', window='2025-12-31..2026-01-15'),
        C('SPX', 'pct_change', 1.3, 'percent', 'gained +1.3%', "pct('SPX','2025-12-31','2026-01-15')", I, PCTI, '6,845.50 -> 6,944.47 = +1.45% (0.15 point off).', ref='2026-01-15', window='2025-12-31..2026-01-15'),
        C('RUT/SPX', 'ratio_change', 6.7, 'percent', 'surged +6.7%', "ratio_pct('RUT','SPX','2025-12-31','2026-01-15')", I, PCTI, 'Ratio 0.3626 -> 0.3851 = +6.23% (0.47 point off).', ref='2026-01-15', window='2025-12-31..2026-01-15'),
        C('RUT/SPX', 'ratio', 0.39, 'ratio', 'to 0.39', "ratio('RUT','SPX','2026-01-15')", S, D2, 'RUT/SPX on 2026-01-15: 2,674.56 / 6,944.47 = 0.3851.', ref='2026-01-15'),
        C('RUT/SPX', 'highest_since', '2024-12', 'month', 'the highest since December 2024', "last_ratio_at_or_above('RUT','SPX','2026-01-15')", S, SINCE, 'The ratio was last at least as high on 2024-12-17.', ref='2026-01-15'),
        C('US2Y', 'up_streak', 9, 'days', 'rising for 9 straight days', "rate_up_streak('DGS2','2026-01-15')", X, 'streak count wrong: contradicted',
          'FRED end-of-day 2-year yields: 3.46 (01-05), 3.47, 3.47, 3.49, 3.54, 3.54, 3.53 (01-13), 3.51 (01-14), 3.56 (01-15). The yield fell on 01-13 and 01-14, so the streak on 01-15 was one day; no nine-day rising run occurred in the window.', ref='2026-01-15', basis='end of day'),
        C('GENERIC', 'rule_of_thumb', None, 'text', 'Historically, small caps underperform large caps when yields rise', None, N, RULE, 'A generalization, not a dated market figure.'),
        C('RUT/SPX', 'pct_below_peak', 35, 'percent', 'remains -35% below the 2021 peak', "ratio_pct_below_max('RUT','SPX','2026-01-15','2021-01-01','2021-12-31')", S, INT,
          'The 2021 peak of the ratio was 0.5966 (2021-03-12); 0.3851 is 35.45% below it.', ref='2026-01-15'),
    ])

# ---------------------------------------------------------------- 8
add('themoneyunlock_20260113_small_cap_renaissance', 'themoneyunlock.com',
    'https://themoneyunlock.com/small-cap-renaissance-russell-2000-record-breaking-start-market-rotation-january-13-2026',
    'The Money Unlock (blog)', '2026-01-13', 'exact',
    'The date is in the URL (January 13, 2026). "The first week of 2026" is read as the week ended Friday 2026-01-09 (Friday-to-Friday, from the 2026-01-02 close); Monday, January 12 is 2026-01-12.',
    "Small-Cap Renaissance: Russell 2000's Record-Breaking Start. The small-cap revolution that Wall Street has been predicting for years may finally be arriving: the Russell 2000 index surged to fresh record highs "
    "in the first week of 2026, signaling a potential market rotation. After years of watching the \"Magnificent Seven\" mega-cap tech stocks dominate market returns, investors are finding renewed opportunity in smaller "
    "companies that trade at significant discounts. The Numbers Tell the Story: the Russell 2000 gained 4.69% in the first week of 2026, decisively outpacing both the S&P 500 and Nasdaq-100. On January 8, the index "
    "reached 2,603.90, clearing the psychological 2,500 barrier with room to spare and hitting its highest level in three years. On Monday, January 12, the Russell 2000 rose 11.47 points, or 0.4%, to close at 2,635.69, "
    "continuing its momentum into the second week of the new year. The Fed Factor: three consecutive 25-basis-point rate cuts brought the federal funds rate down to a range of 3.50% to 3.75%, substantially easing the "
    "cost of capital for smaller firms that rely more heavily on debt financing. Valuation Gap: as of early January 2026, the Russell 2000 trades at a price-to-earnings ratio of approximately 18.11, still substantially "
    "below the S&P 500's valuation near 22x. In their 2026 investment outlooks, Vanguard forecast significantly more potential upside for small caps.",
    [
        C('RUT', 'record_close', True, 'flag', 'surged to fresh record highs', "record_close_dates('RUT','2026-01-02','2026-01-09')", S, REC, 'Record closes on 2026-01-08 (2,603.91) and 2026-01-09 (2,624.22).', ref='2026-01-09', window='2026-01-02..2026-01-09'),
        C('RUT', 'week_change', 4.69, 'percent', 'gained 4.69% in the first week', "week_return('RUT','2026-01-09')", I, PCTI,
          'Week ended 2026-01-09: 2,508.22 -> 2,624.22 = +4.62%. From the 2025-12-31 close to 2026-01-09 the gain was +5.73%; no reading gives 4.69%.', ref='2026-01-09', window='week ended 2026-01-09'),
        C('RUT', 'outperformed', True, 'flag', 'outpacing both the S&P 500 and Nasdaq-100', "[week_return('SPX','2026-01-09'), week_return('NDX','2026-01-09')]", S, 'ordering matches', 'Same week: S&P 500 +1.57%, Nasdaq-100 +2.22%.', ref='2026-01-09'),
        C('RUT', 'close', 2603.90, 'points', 'reached 2,603.90', "close('RUT','2026-01-08')", S, D2, '2,603.91 on 2026-01-08.', ref='2026-01-08'),
        C('RUT', 'above_level', 2500, 'points', 'clearing the psychological 2,500 barrier', "[close('RUT','2026-01-08'), first_close_at_or_above('RUT',2500)]", S, 'level above threshold',
          'Above 2,500 on 2026-01-08; the index had first closed above 2,500 on 2025-10-15, so the barrier had been cleared earlier.', ref='2026-01-08'),
        C('RUT', 'highest_since', '2023-01', 'period', 'its highest level in three years', "is_record_close('RUT','2026-01-08')", I, SINCEU,
          'It was an all-time record close (no earlier close as high in the file), so "highest in three years" understates it.', ref='2026-01-08'),
        C('RUT', 'day_change_pts', 11.47, 'points', 'rose 11.47 points', "day_pts('RUT','2026-01-12')", S, D2, '2,624.22 -> 2,635.69 = +11.47.', ref='2026-01-12'),
        C('RUT', 'day_change_pct', 0.4, 'percent', 'or 0.4%', "day_pct('RUT','2026-01-12')", S, D1, '+0.44%.', ref='2026-01-12'),
        C('RUT', 'close', 2635.69, 'points', 'to close at 2,635.69', "close('RUT','2026-01-12')", S, D2, '2,635.69.', ref='2026-01-12'),
        C('FEDFUNDS', 'consecutive_cuts', 3, 'count', 'three consecutive 25-basis-point rate cuts', "fed_changes('2025-09-01','2026-01-12')", S, FED,
          'Upper bound 4.50 -> 4.25 -> 4.00 -> 3.75 (effective 2025-09-18, 10-30, 12-11), three quarter-point cuts at consecutive meetings.', ref='2025-12-10'),
        C('FEDFUNDS', 'target_range', [3.5, 3.75], 'percent', 'a range of 3.50% to 3.75%', "fed_range('2026-01-12')", S, FED, 'Target range 3.50-3.75% on 2026-01-12.', ref='2026-01-12'),
        C('RUT_VALUATION', 'pe_ratio', 18.11, 'ratio', 'approximately 18.11', None, U, NOFILE, 'Valuation data not in the files.', q='approximately', ref='2026-01'),
        C('SPX_VALUATION', 'pe_ratio', 22, 'ratio', 'valuation near 22x', None, U, NOFILE, 'Valuation data not in the files.', q='about', ref='2026-01'),
        C('QUOTE', 'outlook', None, 'text', 'Vanguard forecast significantly more potential upside', None, F, FC, 'An institution\'s outlook for 2026.'),
    ])

# ---------------------------------------------------------------- 9
add('benzinga_20240716_rut_best_five_day_rally', 'benzinga.com',
    'https://benzinga.com/z/39797464',
    'Benzinga', '2024-07-16', 'high',
    'A Tuesday session story: a repost of the same article is dated 2024/07/16 in its URL, and the text ("eyeing their fifth consecutive day of gains on Tuesday", "On Monday, ... Powell") places it during the 2024-07-16 session. Its ETF and five-day figures are mid-session.',
    "Small Cap Stocks Are Having A Moment: Russell 2000 Notches Best 5-Day Rally In Over 4 Years. The Russell 2000 is posting its best five-day performance since June 2020, as investors rotate from large-cap tech "
    "to small caps and cyclical stocks, anticipating them to benefit more from impending rate cuts. Small-cap stocks are on a tear, eyeing their fifth consecutive day of gains on Tuesday. The iShares Russell 2000 ETF IWM "
    "surged 1.9%, propelling the index to a cumulative gain of over 9% across the last five sessions. The rally kicked off last week, driven by June inflation data coming in below expectations. According to the CME "
    "Group's FedWatch Tool, fed funds futures now indicate a full 100% probability of an interest rate cut at the September meeting, which would mark the first reduction in borrowing costs since 2020. On Monday, Fed Chair "
    "Jerome Powell struck a dovish tone, acknowledging that recent inflation reports bolster confidence in returning to the 2% target.",
    [
        C('RUT', 'best_five_day_since', '2020-06', 'month', 'best five-day performance since June 2020', "[n_day_range('RUT','2024-07-16',5), last_n_day_at_least('RUT','2024-07-16',5), last_n_day_at_least('RUT','2024-07-16',5,9.81)]", U, MID,
          'Mid-session: the five-day gain ran from +8.33% to +11.62% during 2024-07-16. At the level implied by IWM +1.9% (about +9.8%) the last larger five-day gain was on 2020-05-27; at the close (+11.54%) it was 2020-04-29 (then "June 2020" would be understated); at the session low it was 2021-03-11.', ref='2024-07-16', basis='intraday'),
        C('RUT', 'up_streak', 5, 'sessions', 'fifth consecutive day of gains', "up_streak('RUT','2024-07-16')", S, STREAK, 'Gains on 07-10, 07-11, 07-12, 07-15 and 07-16 (close +3.50%).', ref='2024-07-16'),
        C('IWM', 'intraday_change', 1.9, 'percent', 'surged 1.9%', "[session_range_pct('IWM','2024-07-16'), day_pct('IWM','2024-07-16')]", U, MID, 'IWM traded between +0.84% and +3.53% on 2024-07-16 and closed +3.41%.', ref='2024-07-16', basis='intraday'),
        C('RUT', 'five_day_change', 9, 'percent', 'a cumulative gain of over 9%', "[n_day_range('RUT','2024-07-16',5), n_day_pct('RUT','2024-07-16',5)]", U, 'mid-session bound claim: holds at the close but not at the session low: unverifiable',
          'Five-day change at the close +11.54%, but only +8.33% at the session low; the mid-session figure cannot be pinned down.', q='more than', ref='2024-07-16', basis='intraday'),
        C('FEDFUNDS', 'cut_probability', 100, 'percent', 'a full 100% probability', None, U, 'futures-implied odds for a meeting without futures in the files: unverifiable', 'ZQ_futures.csv holds no 2024 contracts; never judged against the outcome.', ref='2024-07-16'),
        C('FEDFUNDS', 'last_cut_year', 2020, 'year', 'first reduction in borrowing costs since 2020', "last_fed_cut_before('2024-07-16')", S, FED, 'The last cut before July 2024 took effect on 2020-03-16 (the 2020-03-15 emergency cut to 0-0.25%).', ref='2020-03-15'),
        C('GENERIC', 'inflation_target', 2, 'percent', 'the 2% target', None, N, 'policy target, not a market figure: not_checkable', 'The Fed\'s inflation objective.'),
    ])

# ---------------------------------------------------------------- 10
add('cnbc_20201124_rut_best_month_pace', 'theyosemitepost.com (spun repost)',
    'https://theyosemitepost.com/the-russell-2000-is-on-track-for-its-best-month-ever-as-vaccine-hopes-fuel-small-stock-boom/',
    'CNBC', '2020-11-24', 'high',
    'A reworded ("spun") repost of a CNBC story; other copies are dated 2020-11-24 and the text refers to "another intraday record high Tuesday", i.e. during the session of Tuesday 2020-11-24. The month-to-date figure is mid-session.',
    "The Russell 2000 is on track for its best month ever as vaccine hopes fuel a small stock boom. The Russell 2000 index is on pace for its best month in history as a rotation into stocks with the most to gain "
    "from a vaccine reopening the economy has vaulted the small cap benchmark to a record. The index hit another intraday record high Tuesday and has ripped 20% higher in November, as positive vaccine news has fed optimism "
    "about an economic recovery in 2021. That puts the index on pace for its best monthly performance since its inception in 1984, according to YCharts. Small cap shares are often seen as riskier and tend to trade like "
    "cyclical stocks. In recent weeks, positive data from several vaccine trials has spurred hope for a strong economic recovery in 2021, leading to a spike for cyclical stocks. On Nov. 9, when Pfizer announced that its "
    "vaccine candidate appeared to be effective against Covid-19 in its phase three trials, the small cap index jumped 3.7% for its best day since June. \"You want to own the laggards, that is small cap,\" said Steven "
    "DeSanctis, small and mid-cap equity strategist at Jefferies. The leadership for small caps is a reversal of the pattern that held for much of the year, when Big Tech stocks surged.",
    [
        C('RUT', 'best_month_pace', None, 'rank', 'on pace for its best month in history', "month_return('RUT',2000,2)", N, ONPACE,
          'A projection for the full month. The best month in the file before November 2020 was February 2000 (+16.42%); November 2020 finished at +18.29%.', ref='2020-11-30'),
        C('RUT', 'record_close', True, 'flag', 'vaulted the small cap benchmark to a record', "[is_record_close('RUT','2020-11-23'), close('RUT','2020-11-23')]", S, REC, 'Record close of 1,818.30 on Monday 2020-11-23 (previous record 1,791.91 on 2020-11-17).', ref='2020-11-23'),
        C('RUT', 'intraday_record', True, 'flag', 'hit another intraday record high Tuesday', "is_record_high('RUT','2020-11-24')", S, 'intraday record: above every earlier high', 'Session high 1,862.17 on 2020-11-24, above every earlier high (1,827.60).', ref='2020-11-24', basis='intraday high'),
        C('RUT', 'mtd_change', 20, 'percent', 'has ripped 20% higher in November', "mtd_range('RUT','2020-11-24')", U, MID,
          'Mid-session: the November change ran from +18.27% to +21.04% during 2020-11-24 (close +20.48%).', ref='2020-11-24', basis='intraday'),
        C('RUT', 'best_month_since_inception', 1984, 'year', 'best monthly performance since its inception in 1984', None, N, ONPACE,
          'Part of the same "on pace" projection; the file starts in 1987-09, so months before that are not checkable either.', ref='2020-11-30'),
        C('RUT', 'day_change_pct', 3.7, 'percent', 'jumped 3.7%', "day_pct('RUT','2020-11-09')", I, PCTI, '1,648.26 -> 1,705.04 = +3.44% on 2020-11-09 (0.26 point below 3.7).', ref='2020-11-09'),
        C('RUT', 'best_day_since', '2020-06', 'month', 'for its best day since June', "[last_gain_as_big('RUT','2020-11-09'), last_gain_as_big('RUT','2020-11-09',3.7)]", X, SINCEX,
          'The 3.44% gain was last matched on 2020-07-15 (+3.50%), so "since June" is too early. Only the article\'s own 3.7% figure would lead back to June (2020-06-05, +3.79%).', ref='2020-11-09'),
    ])

# ---------------------------------------------------------------- 11
add('marketwatch_20230711_rut_golden_cross', 'ifintechworld.com (repost)',
    'https://ifintechworld.com/?p=34360',
    'MarketWatch (Dow Jones)', '2023-07-11', 'medium',
    'Repost of a MarketWatch item that ends "Read the full article here". The golden cross "on Tuesday" happened at the 2023-07-11 close, the first since 2023-01-25; the piece is dated to that Tuesday. Year-to-date figures are judged at the 2023-07-11 close; they match the 2023-07-10 close exactly, suggesting they were taken before Tuesday\'s close.',
    "The small-cap Russell 2000 index, which is made up of the smallest 2,000 companies in the broader Russell 3000 by market capitalization, on Tuesday achieved what technicians call a \"golden cross,\" with the 50-day "
    "moving average above the index's 200-day moving average. The 50-day moving average is seen as a representation of an asset's short-term price trend, while the 200-day average measures the long-term trend; a golden "
    "cross is usually viewed as a bullish signal. The small-cap gauge's 50-day average hasn't closed above the 200-day average since January 25, according to Dow Jones Market Data. The last time Russell 2000 saw two "
    "golden crosses in a year was in 2019. Based on data dating back to 1987, Russell 2000 gained an average 2% and 4.3%, respectively, in three and six months after a golden cross, according to Dow Jones market data. "
    "Russell's performance has been lackluster compared to its peers, rising just 8% so far this year, versus a 15% gain for the large-cap index S&P 500, and a 31% rally for the tech-heavy Nasdaq Composite.",
    [
        C('RUT', 'golden_cross', '2023-07-11', 'date', 'on Tuesday achieved what technicians call a "golden cross,"', "ma_crosses('RUT',50,200,'2023-07-01','2023-07-14')", S, DATE,
          'On closes, the 50-day average moved above the 200-day on 2023-07-11.', ref='2023-07-11'),
        C('RUT', 'ma_above_since', '2023-01-25', 'date', "hasn't closed above the 200-day average since January 25", "[last_ma_above_before('RUT',50,200,'2023-07-11'), ma_crosses('RUT',50,200,'2023-01-01','2023-07-10')]", X, SINCEX,
          'The 50-day closed above the 200-day every session from 2023-01-25 to 2023-04-20 (death cross on 2023-04-21), so "since January 25" is wrong as written; January 25 was the date of the previous golden cross, which is probably what was meant.', ref='2023-04-20'),
        C('RUT', 'two_golden_crosses_year', 2019, 'year', 'two golden crosses in a year was in 2019', "[ma_crosses('RUT',50,200,'2019-01-01','2019-12-31'), ma_crosses('RUT',50,200,'2020-01-01','2022-12-31')]", S, DATE,
          'Golden crosses on 2019-05-07 and 2019-11-12; only one (2020-08-14) in 2020-2022.', ref='2019-11-12'),
        C('RUT', 'avg_return_after_cross_3m', 2, 'percent', 'an average 2% and 4.3%', "golden_cross_avg_return('RUT',50,200,'2023-07-11',63)", S, INT,
          'Average 63-session change after the 26 golden crosses from 1988-06-23 to 2023-01-25: +1.53% (three months taken as 63 sessions).', ref='2023-07-11', window='1987..2023'),
        C('RUT', 'avg_return_after_cross_6m', 4.3, 'percent', '4.3%, respectively', "golden_cross_avg_return('RUT',50,200,'2023-07-11',126)", I, PCTI,
          'Average 126-session change after the same crosses: +4.07% (0.23 point below).', ref='2023-07-11', window='1987..2023'),
        C('RUT', 'ytd_change', 8, 'percent', 'rising just 8% so far this year', "ytd('RUT','2023-07-11')", I, PCTI, '+8.64% at the 2023-07-11 close (the 2023-07-10 close gives +7.61%, which would round to 8).', ref='2023-07-11', window='2023 to date'),
        C('SPX', 'ytd_change', 15, 'percent', 'a 15% gain for the large-cap index S&P 500', "ytd('SPX','2023-07-11')", I, PCTI, '+15.62% at the 2023-07-11 close (+14.85% on 2023-07-10).', ref='2023-07-11', window='2023 to date'),
        C('IXIC', 'ytd_change', 31, 'percent', 'a 31% rally', "ytd('IXIC','2023-07-11')", S, INT, '+31.47% at the 2023-07-11 close (+30.76% on 2023-07-10).', ref='2023-07-11', window='2023 to date'),
    ])

# ---------------------------------------------------------------- 12
add('zacks_20201007_small_cap_etfs_new_highs', 'zacks.com',
    'https://www.zacks.com/stock/news/1072174/heres-why-small-cap-etfs-are-hitting-new-highs',
    'Zacks Investment Research', '2020-10-07', 'medium',
    'Undated excerpt. The four three-month changes match the window from the 2020-07-07 close to the 2020-10-06 close to within 0.05 point (RUT +11.39%, S&P 500 +6.86%, Nasdaq +7.84%, Dow +7.27%), so the piece was written on 2020-10-07; the Fed meeting referred to is 2020-09-16.',
    "Here's Why Small-Cap ETFs Are Hitting New Highs. Wall Street has been experiencing a roller-coaster ride over the past few weeks as election uncertainty and lack of additional stimulus continue to weigh on investor "
    "sentiments. Against this backdrop, small caps are clearly outperforming. This is especially true, as the Russell 2000 Index has risen 11.4% over the past three months compared to gains of 6.9% for the S&P 500, "
    "7.8% for the Nasdaq Composite Index and 7.3% for the Dow Jones. Among the reasons: vaccine hopes, with AstraZeneca and Moderna leading the way in phase 3 trials; super-easy Fed policies, as in its latest policy "
    "meeting Chairman Jerome Powell kept U.S. interest rates near zero and pledged to keep rates at lower levels until the end of 2023; and an improving economy, as Americans have become optimistic about the economy with "
    "their confidence rising to the highest level in September since the coronavirus pandemic began.",
    [
        C('RUT', 'pct_change', 11.4, 'percent', 'has risen 11.4% over the past three months', "pct('RUT','2020-07-07','2020-10-06')", S, D1, '+11.39% from 2020-07-07 to 2020-10-06.', ref='2020-10-06', window='2020-07-07..2020-10-06'),
        C('SPX', 'pct_change', 6.9, 'percent', 'gains of 6.9% for the S&P 500', "pct('SPX','2020-07-07','2020-10-06')", S, D1, '+6.86%.', ref='2020-10-06', window='2020-07-07..2020-10-06'),
        C('IXIC', 'pct_change', 7.8, 'percent', '7.8% for the Nasdaq Composite Index', "pct('IXIC','2020-07-07','2020-10-06')", S, D1, '+7.84%.', ref='2020-10-06', window='2020-07-07..2020-10-06'),
        C('DJI', 'pct_change', 7.3, 'percent', '7.3% for the Dow Jones', "pct('DJI','2020-07-07','2020-10-06')", S, D1, '+7.27%.', ref='2020-10-06', window='2020-07-07..2020-10-06'),
        C('FEDFUNDS', 'target_range', [0, 0.25], 'percent', 'kept U.S. interest rates near zero', "fed_range('2020-10-06')", S, FED, 'Target range 0-0.25% since 2020-03-16; unchanged at the 2020-09-16 meeting.', ref='2020-09-16'),
        C('FEDFUNDS', 'guidance', 2023, 'year', 'pledged to keep rates at lower levels until the end of 2023', None, F, FC, 'Forward guidance and projections for future policy; not judged against later events.'),
        C('CONSUMER_CONFIDENCE', 'highest_since', '2020-03', 'month', 'highest level in September since the coronavirus pandemic began', None, U, NOFILE, 'Consumer confidence data are not in the files.', ref='2020-09-29'),
    ])

# ---------------------------------------------------------------- 13
add('zacks_20201016_small_caps_outperform_oct15', 'zacks.com',
    'https://www.zacks.com/stock/news/1077350/small-cap-etfs-outperforming-bigger-peers-heres-why',
    'Zacks Investment Research (quoting MarketWatch / Dow Jones Market Data)', '2020-10-16', 'medium',
    'Undated excerpt about the session of Thursday 2020-10-15 ("On Oct 15"); written the following day, 2020-10-16.',
    "Small-Cap ETFs Outperforming Bigger Peers: Here's Why. On Oct 15, the Russell 2000 Index outperformed its peer equity gauges by the widest margin since late April. This was only the sixth time that has happened "
    "since 1986, according to Dow Jones Market Data, as quoted on MarketWatch. The last time the Russell 2000 outperformed its peers by greater than 1% was Apr 28, the article noted. The small-capitalization focused "
    "iShares Russell 2000 ETF (IWM) was up 1.03% on Oct 15 versus 0.11% losses in SPDR S&P 500 ETF Trust (SPY), 0.04% decline in SPDR Dow Jones Industrial Average ETF Trust (DIA) and 0.67% slump in the Nasdaq-100 ETF "
    "Invesco QQQ Trust (QQQ). Since small-cap stocks are more closely tied to the domestic economy, a resurgence in coronavirus cases in Europe pushed investors to the domestic land; small caps also gained on stimulus hopes.",
    [
        C('RUT', 'outperformance_since', '2020-04', 'month', 'by the widest margin since late April', "up_while_others_down('RUT',['SPX','DJI','IXIC'],1,'2020-01-01','2020-10-15')", S, SINCE,
          'Read as in the source statistic: the RUT rose more than 1% (+1.06%) while the S&P 500 (-0.15%), Dow (-0.07%) and Nasdaq (-0.47%) all fell; the previous such day was 2020-04-28. Measured instead as the RUT\'s lead over the best of the three (1.13 points), larger leads occurred as late as 2020-08-07, which would make "since late April" wrong.', ref='2020-10-15'),
        C('RUT', 'count_since', 6, 'count', 'only the sixth time that has happened since 1986', "up_while_others_down('RUT',['SPX','DJI','IXIC'],1,'1992-01-01','2020-10-15')", S, COUNT,
          'Days with the RUT up more than 1% while the S&P 500, Dow and Nasdaq all fell: 2002-06-07, 2006-06-30, 2014-10-15, 2019-07-30, 2020-04-28, 2020-10-15 (sixth). The Dow file starts in 1992, but no day from 1987-09 to 1991 had the RUT up over 1% with both the S&P 500 and Nasdaq down, so the count holds.', ref='2020-10-15', window='1987..2020'),
        C('RUT', 'previous_occurrence', '2020-04-28', 'date', 'greater than 1% was Apr 28', "up_while_others_down('RUT',['SPX','DJI','IXIC'],1,'2020-01-01','2020-10-14')", S, DATE, 'Previous occurrence 2020-04-28 (RUT +1.26%, S&P 500 -0.52%, Dow -0.13%, Nasdaq -1.40%).', ref='2020-04-28'),
        C('IWM', 'day_change_pct', 1.03, 'percent', 'was up 1.03% on Oct 15', "day_pct('IWM','2020-10-15')", S, D2, '+1.03%.', ref='2020-10-15'),
        C('SPY', 'day_change_pct', -0.11, 'percent', '0.11% losses', "day_pct('SPY','2020-10-15')", S, D2, '-0.12%.', ref='2020-10-15'),
        C('DIA', 'day_change_pct', -0.04, 'percent', '0.04% decline', "day_pct('DJI','2020-10-15')", U, NOFILE, 'DIA is not in the files; the Dow index itself fell 0.07%.', ref='2020-10-15'),
        C('QQQ', 'day_change_pct', -0.67, 'percent', '0.67% slump', "day_pct('QQQ','2020-10-15')", S, D2, '-0.67%.', ref='2020-10-15'),
    ])

# ---------------------------------------------------------------- 14
add('zacks_20201216_rut_tops_sp500_ytd', 'nasdaq.com',
    'https://www.nasdaq.com/articles/5-best-small-cap-etfs-as-russell-2000-tops-sp-500-ytd-2020-12-16',
    'Zacks Investment Research (on Nasdaq.com)', '2020-12-16', 'exact',
    'Dated 2020-12-16 in the URL (a Wednesday). Year-to-date figures are judged at the last close before publication, 2020-12-15; the S&P 500 and Dow figures match the 2020-12-14 close instead.',
    "5 Best Small-Cap ETFs as Russell 2000 Tops S&P 500 YTD. Wall Street bulls are flexing their muscles to close out the year 2020 with the key large-cap U.S. indexes hovering around record highs. The S&P 500 Index "
    "is up 12.9% despite the coronavirus fear. However, the small-cap Russell 2000 Index (up 17.5%) outperformed its peer equity gauges S&P 500 and the Dow Jones (up 4.6%). Here's why small caps are rallying: the United States "
    "administered its first shots of the COVID-19 vaccine on Dec 14; U.S. lawmakers set forth another economic relief package; the Fed has indicated that it will not hike rates until 2023; and with U.S. third-quarter GDP "
    "growth coming in at 33.1%, small-size stocks should get another reason to outperform, although growth estimates for the fourth quarter are below a 5% annualized rate.",
    [
        C('SPX, DJI', 'pct_from_ath', 'near record', 'flag', 'hovering around record highs', "[pct_below_record('SPX','2020-12-15'), pct_below_record('DJI','2020-12-15')]", S, 'near the record close',
          'On 2020-12-15 the S&P 500 was 0.21% and the Dow 0.06% below their record closes (2020-12-08 and 2020-12-04).', ref='2020-12-15'),
        C('SPX', 'ytd_change', 12.9, 'percent', 'is up 12.9%', "ytd('SPX','2020-12-15')", I, PCTI,
          '+14.36% at the 2020-12-15 close; 12.9% is the 2020-12-14 figure (+12.90%), a day stale.', ref='2020-12-15', window='2020 to date'),
        C('RUT', 'ytd_change', 17.5, 'percent', 'up 17.5%', "ytd('RUT','2020-12-15')", S, D1, '+17.46% at the 2020-12-15 close (the 2020-12-14 close gave +14.71%).', ref='2020-12-15', window='2020 to date'),
        C('RUT', 'outperformed', True, 'flag', 'outperformed its peer equity gauges', "[ytd('RUT','2020-12-15'), ytd('SPX','2020-12-15'), ytd('DJI','2020-12-15')]", S, 'ordering matches', 'RUT ahead of both the S&P 500 and the Dow year to date on either close.', ref='2020-12-15'),
        C('DJI', 'ytd_change', 4.6, 'percent', 'the Dow Jones (up 4.6%)', "ytd('DJI','2020-12-15')", X, PCTX,
          '+5.82% at the 2020-12-15 close: 1.22 points off, just over 20% of the true value. It matches the 2020-12-14 close (+4.64%), which would make the article\'s RUT figure (+14.71% then) wrong instead.', ref='2020-12-15', window='2020 to date'),
        C('FEDFUNDS', 'guidance', 2023, 'year', 'will not hike rates until 2023', None, F, FC, 'Fed projections of future policy; not judged.'),
        C('US_GDP', 'growth', 33.1, 'percent', 'growth coming in at 33.1%', None, U, NOFILE, 'GDP data are not in the files.', ref='2020-09-30'),
        C('US_GDP', 'growth_estimate', 5, 'percent', 'below a 5% annualized rate', None, F, FC, 'Estimates for the fourth quarter.', q='less than'),
    ])

# ---------------------------------------------------------------- 15
add('cnbc_20241017_iwm_highest_since_2021', 'usaeverydaylife.com (repost)',
    'https://usaeverydaylife.com/2024/10/17/small-caps-just-hit-levels-not-seen-in-nearly-three-years/?amp=1',
    'CNBC', '2024-10-17', 'high',
    'Repost dated 2024-10-17 in its URL; the text describes the close of Wednesday 2024-10-16 ("closed at its highest level since November 2021 on Wednesday", "a Wednesday note"). Figures are judged at the 2024-10-16 close.',
    "Small caps just hit levels not seen in nearly three years. Small-cap stocks are looking very good right now. The iShares Russell 2000 ETF (IWM), which tracks the small-cap benchmark, closed at its highest level since "
    "November 2021 on Wednesday after rising 1.7%. The ETF is now on a four-session winning streak and is less than 8% away from reaching its all-time high. The key catalyst for this recent strength has been the Federal "
    "Reserve, which last month began a rate-cutting cycle with a half-point reduction. Wall Street traders are also pricing in further rate cuts: the CME Group's FedWatch tool shows a 92% probability for a quarter-point cut "
    "in November, and fed funds futures indicate an 86% chance of another 25 basis point trim in December. Despite this recently strong performance, small caps are still lagging their large-cap counterparts for the year: "
    "IWM is up nearly 13% in 2024, while the S & P 500 has soared 22% in that time. But JC O'Hara of Roth MKM thinks there could be a \"catch-up trade into year-end which would benefit smaller cap growth companies.\"",
    [
        C('IWM', 'highest_since_years', 3, 'years', 'levels not seen in nearly three years', "[last_close_at_or_above_value('IWM','2024-10-16'), years_between('2021-11-24','2024-10-16')]", S, NEARLY,
          'The last close at least as high was 2021-11-24, 2.9 years earlier.', q='nearly', ref='2024-10-16'),
        C('IWM', 'highest_since', '2021-11', 'month', 'highest level since November 2021', "last_close_at_or_above_value('IWM','2024-10-16')", S, SINCE, 'IWM closed at 226.74 on 2024-10-16; last close at least as high: 2021-11-24.', ref='2024-10-16'),
        C('IWM', 'day_change_pct', 1.7, 'percent', 'after rising 1.7%', "day_pct('IWM','2024-10-16')", S, D1, '+1.65%.', ref='2024-10-16'),
        C('IWM', 'up_streak', 4, 'sessions', 'four-session winning streak', "up_streak('IWM','2024-10-16')", S, STREAK, 'Up on 10-11, 10-14, 10-15 and 10-16.', ref='2024-10-16'),
        C('IWM', 'pct_from_ath', 8, 'percent', 'less than 8% away from reaching its all-time high', "[pct_below_record('IWM','2024-10-16'), gain_needed('IWM','2024-10-16')]", S, LESS,
          'Record close 242.56 on 2021-11-08: IWM was 6.52% below it (a 6.98% gain needed).', q='less than', ref='2024-10-16'),
        C('FEDFUNDS', 'cut_bp', 50, 'basis points', 'began a rate-cutting cycle with a half-point reduction', "fed_changes('2024-09-01','2024-09-30')", S, FED, 'Upper bound 5.50 -> 5.00 effective 2024-09-19 (decision 2024-09-18), the first cut of the cycle.', ref='2024-09-18'),
        C('FEDFUNDS', 'cut_probability', 92, 'percent', 'a 92% probability', None, U, 'futures-implied odds for a meeting without futures in the files: unverifiable', 'No 2024 fed funds futures in the files.', ref='2024-10-16'),
        C('FEDFUNDS', 'cut_probability', 86, 'percent', 'an 86% chance', None, U, 'futures-implied odds for a meeting without futures in the files: unverifiable', 'No 2024 fed funds futures in the files.', ref='2024-10-16'),
        C('IWM', 'ytd_change', 13, 'percent', 'IWM is up nearly 13% in 2024', "ytd('IWM','2024-10-16')", S, NEARLY, 'Price change 200.71 -> 226.74 = +12.97%.', q='nearly', ref='2024-10-16', window='2024 to date'),
        C('SPX', 'ytd_change', 22, 'percent', 'has soared 22%', "ytd('SPX','2024-10-16')", S, INT, '+22.49%.', ref='2024-10-16', window='2024 to date'),
        C('QUOTE', 'outlook', None, 'text', 'catch-up trade into year-end', None, F, FC, 'An analyst\'s expectation.'),
    ])

# ---------------------------------------------------------------- 16
add('stratxai_20230314_bank_storm_market_review', 'stratxai.com',
    'https://www.stratxai.com/topics/9-market-review/market-review-march-14-2023',
    'StratxAI (market review blog)', '2023-03-14', 'exact',
    'Titled "Market Review - March 14, 2023". The index moves are those of the week ended Friday 2023-03-10 ("By market close on Friday").',
    "Market Review - March 14, 2023. In this market review, we'll examine one of the most significant weeks in finance since the Great Financial Crisis in 2008: three US banks failed, the Fed stepped in to backstop US "
    "bank deposits, and USDC depegged from the dollar. Silvergate (SI), Silicon Valley Bank (SIVB) and Signature Bank (SBNY) all failed, causing widespread concern about financial contagion. By market close on Friday, "
    "SI, SIVB and SBNY had drawn down 99%, 95% and 80% from their respective all-time highs. The banking crisis sparked fear within the broader market. The Russell-2000 index suffered a severe drop of -8%, while both the "
    "Dow Jones Industrial Average and the S&P 500 gave up most of their gains from 2023, experiencing a decline of approximately -4.5%. In contrast, the Nasdaq-100 experienced a smaller reversal of -3.7%. It remains in "
    "positive territory for the year. In 2020-2021, Silicon Valley Bank purchased US Treasuries when interest rates were almost zero. The interest rates have surged to 5%, causing a significant decrease in the market value of "
    "these bonds. The market is expecting rate cuts by the year end, with a probability of 92.8% by December 13.",
    [
        C('SI, SIVB, SBNY', 'drawdown', [99, 95, 80], 'percent', '99%, 95% and 80%', None, U, NOFILE, 'Single-stock prices are not in the files.', ref='2023-03-10'),
        C('RUT', 'week_change', -8, 'percent', 'a severe drop of -8%', "week_return('RUT','2023-03-10')", S, INT, '1,928.26 (2023-03-03) -> 1,772.70 (2023-03-10) = -8.07%.', ref='2023-03-10', window='week ended 2023-03-10'),
        C('DJI', 'week_change', -4.5, 'percent', 'a decline of approximately -4.5%', "week_return('DJI','2023-03-10')", S, ABOUT, '-4.44% for the week.', q='approximately', ref='2023-03-10', window='week ended 2023-03-10'),
        C('SPX', 'week_change', -4.5, 'percent', 'experiencing a decline of', "week_return('SPX','2023-03-10')", S, ABOUT, '-4.55% for the week.', q='approximately', ref='2023-03-10', window='week ended 2023-03-10'),
        C('DJI', 'gains_given_up', 'most', 'share', 'gave up most of their gains from 2023', "[ytd('DJI','2023-03-03'), ytd('DJI','2023-03-10')]", X, 'direction wrong for the Dow: contradicted',
          'The Dow had only +0.74% for 2023 before the week and ended it at -3.73%: it gave up all of its 2023 gain and more.', ref='2023-03-10'),
        C('SPX', 'gains_given_up', 'most', 'share', 'S&P 500 gave up most', "[ytd('SPX','2023-03-03'), ytd('SPX','2023-03-10')]", S, 'share of the gain erased', 'S&P 500 year to date: +5.37% before the week, +0.58% after it (about 89% of the gain given up).', ref='2023-03-10'),
        C('NDX', 'week_change', -3.7, 'percent', 'a smaller reversal of -3.7%', "week_return('NDX','2023-03-10')", S, D1, '-3.75% for the week.', ref='2023-03-10', window='week ended 2023-03-10'),
        C('NDX', 'ytd_positive', True, 'flag', 'It remains in positive territory for the year', "ytd('NDX','2023-03-10')", S, 'sign matches', '+8.14% year to date on 2023-03-10.', ref='2023-03-10'),
        C('FEDFUNDS', 'level', 0, 'percent', 'when interest rates were almost zero', "[fed_upper('2020-06-30'), fed_upper('2021-12-31')]", S, FED, 'Target range 0-0.25% from 2020-03-16 to 2022-03-16.', q='nearly', ref='2021-12-31', window='2020..2021'),
        C('RATES', 'level', 5, 'percent', 'have surged to 5%', "[rate('DGS2','2023-03-08'), fed_upper('2023-03-10')]", U, 'series not stated: unverifiable',
          'No series is named: the 2-year Treasury yield closed at 5.05% on 2023-03-08, while the fed funds target was 4.50-4.75%.', ref='2023-03-10'),
        C('FEDFUNDS', 'cut_probability', 92.8, 'percent', 'a probability of 92.8%', None, U, 'futures-implied odds for a meeting without futures in the files: unverifiable', 'No 2023 fed funds futures in the files.', ref='2023-03-13'),
    ])

# ---------------------------------------------------------------- 17
add('usatoday_20140107_small_stocks_won_2013', 'usatoday.com',
    'http://www.usatoday.com/story/money/markets/2014/01/07/small-stocks-large-stocks/4361073/',
    'USA Today', '2014-01-07', 'exact',
    'Dated 2014-01-07 in the URL; it reviews calendar 2013.',
    "NEW YORK -- In 2013 small stocks whupped their large-company counterparts in the annual Wall Street performance derby. The Russell 2000, an index of small-company stocks, rose 37%, topping the big-cap Standard & Poor's "
    "500 by nearly 8 percentage points. But the wide gap in relative performance is likely to shrink in 2014, say market strategists at Russell Investments. Stephen Wood, Russell's chief market strategist, expects single-digit "
    "gains for stocks of all sizes. One reason small stocks' edge is likely to shrink is their pricier valuations: the Russell 2000's P-E ratio, based on trailing 12-month earnings, rose to 22 by year's end, a bit above the "
    "10-year average of 18.5, says David Koenig, index investment strategist at Russell. It's also higher than the roughly 17 times earnings the S&P 500 is trading at. Small stocks have historically posted better returns than "
    "large stocks when economic growth has been below 3%, but with 3% growth a possibility in 2014, the handoff of the performance baton to later-stage large-caps is possible. Large stocks will also benefit more from a global "
    "recovery, as 84% of Russell 2000 companies' revenue is generated in the U.S.",
    [
        C('RUT', 'year_change', 37, 'percent', 'rose 37%', "year_return('RUT',2013)", S, INT, '849.35 -> 1,163.64 = +37.00% (price).', ref='2013-12-31', window='2013'),
        C('RUT', 'lead_over_spx_pts', 8, 'points', 'by nearly 8 percentage points', "r2(year_return('RUT',2013)-year_return('SPX',2013))", S, NEARLY, 'RUT +37.00% vs S&P 500 +29.60%: 7.40 points.', q='nearly', ref='2013-12-31', window='2013'),
        C('QUOTE', 'outlook', None, 'text', 'expects single-digit gains', None, F, FC, 'A strategist\'s forecast for 2014.'),
        C('RUT_VALUATION', 'pe_ratio', 22, 'ratio', 'rose to 22 by year', None, U, NOFILE, 'Valuation data not in the files.', ref='2013-12-31'),
        C('RUT_VALUATION', 'pe_ratio_10y_avg', 18.5, 'ratio', '10-year average of 18.5', None, U, NOFILE, 'Valuation data not in the files.', ref='2013-12-31'),
        C('SPX_VALUATION', 'pe_ratio', 17, 'ratio', 'roughly 17 times earnings', None, U, NOFILE, 'Valuation data not in the files.', q='roughly', ref='2013-12-31'),
        C('GENERIC', 'rule_of_thumb', 3, 'percent', 'economic growth has been below 3%', None, N, RULE, 'A historical generalization attributed to Russell.'),
        C('US_GDP', 'growth_2014', 3, 'percent', 'with 3% growth a possibility in 2014', None, F, FC, 'An economic projection.'),
        C('RUT_FUNDAMENTALS', 'domestic_revenue_share', 84, 'percent', "84% of Russell 2000 companies' revenue", None, U, NOFILE, 'Revenue data not in the files.', ref='2013-12-31'),
    ])

# ---------------------------------------------------------------- 18
add('yahoofinance_20240731_small_caps_nearly_caught_up', 'pwshub.com (repost)',
    'https://pwshub.com/a/small-caps-have-nearly-caught-up-to-the-sp-500-morning-brief',
    'Yahoo Finance (Morning Brief)', '2024-07-31', 'medium',
    'Undated repost of a Yahoo Finance Morning Brief. "Tech stocks led the S&P 500 lower Tuesday as the Nasdaq 100 closed at the lowest level since early June" fits Tuesday 2024-07-30 (NDX -1.38%, lowest close since 2024-06-04); the brief is the next morning\'s, 2024-07-31. Month and year figures are judged at the 2024-07-30 close.',
    "Small caps have nearly caught up to the S&P 500: Morning Brief. Tech stocks led the S&P 500 (^GSPC) lower Tuesday as the Nasdaq 100 (^NDX) closed at the lowest level since early June. It was the fourth day the "
    "tech-heavy index lost 1.5% or more in the month of July, especially notable as there had not been any losses of that magnitude in the two prior months. Ahead of June's Consumer Price Index reading on July 11, the "
    "Nasdaq 100 had been up 23% year to date. But after the CPI registered its first monthly drop in inflation since 2020, investors kicked off a stomach-churning rotation from large stocks into small. Since then, the Nasdaq "
    "has surrendered half those gains, sending many investors into relative shock upon learning that the laggard Russell 2000 index (^RUT) has nearly caught up to the volatile index known as home to the largest tech players. "
    "The Russell 2000 is now sporting a better return this year than the S&P Select Tech SPDR Fund (XLK), and it's only a few points away from catching the S&P 500. In the month of June alone, the Nasdaq outperformed the "
    "Russell 2000 by over 7 percentage points. Then, in July, the relationship violently inverted such that the Russell outperformed the Nasdaq by nearly 14 percentage points. It's the biggest month-to-month flip in leadership "
    "that we have data for, going back to 1988.",
    [
        C('SPX', 'day_change_pct', None, 'direction', 'led the S&P 500 (^GSPC) lower Tuesday', "day_pct('SPX','2024-07-30')", S, 'sign matches', 'S&P 500 -0.50% on 2024-07-30.', ref='2024-07-30'),
        C('NDX', 'lowest_since', '2024-06', 'month', 'closed at the lowest level since early June', "last_close_at_or_below('NDX',close('NDX','2024-07-30'),'2024-07-29')", S, SINCE, 'NDX closed at 18,796.27 on 2024-07-30; the last close at or below it was 2024-06-04 (18,654.84).', ref='2024-07-30'),
        C('NDX', 'count_drops_1_5', 4, 'count', 'the fourth day the tech-heavy index lost 1.5% or more', "[count_moves('NDX','2024-06-28','2024-07-30',1.5,-1), day_pct('NDX','2024-07-30')]", X, 'count off by more than 20%: contradicted',
          'July 2024 Nasdaq-100 closes down 1.5% or more: 07-11 (-2.24%), 07-17 (-2.94%), 07-24 (-3.65%), three days; Tuesday 07-30 closed -1.38%.', ref='2024-07-30', window='2024-07-01..2024-07-30'),
        C('NDX', 'count_drops_1_5', 0, 'count', 'had not been any losses of that magnitude in the two prior months', "count_moves('NDX','2024-04-30','2024-06-28',1.5,-1)", S, COUNT, 'No Nasdaq-100 close down 1.5% or more in May or June 2024.', ref='2024-06-28', window='2024-05..2024-06'),
        C('NDX', 'ytd_change', 23, 'percent', 'had been up 23% year to date', "ytd('NDX','2024-07-10')", S, INT, '+22.88% at the 2024-07-10 close, the day before the July 11 CPI report.', ref='2024-07-10', window='2024 to 07-10'),
        C('US_CPI', 'first_monthly_drop_since', 2020, 'year', 'its first monthly drop in inflation since 2020', None, U, NOFILE, 'CPI data are not in the files.', ref='2024-07-11'),
        C('NDX', 'share_of_gain_surrendered', 50, 'percent', 'surrendered half those gains', "[ytd('NDX','2024-07-10'), ytd('NDX','2024-07-30')]", S, 'about half', 'Year-to-date gain down from +22.88% to +11.71% (49% of it given back).', q='about', ref='2024-07-30'),
        C('RUT', 'ytd_vs_ndx', None, 'comparison', 'has nearly caught up to the volatile index', "[ytd('RUT','2024-07-30'), ytd('NDX','2024-07-30')]", S, 'comparison matches', 'RUT +10.66% against Nasdaq-100 +11.71% year to date.', ref='2024-07-30'),
        C('RUT', 'ytd_vs_xlk', None, 'comparison', 'a better return this year than the S&P Select Tech SPDR Fund', "[ytd('RUT','2024-07-30'), tr_pct('XLK','2023-12-29','2024-07-30')]", S, 'comparison decided by the total return bound',
          'XLK has only adjusted (total-return) closes here: +9.43% for 2024 to date, so its price return was at most that, below the RUT\'s +10.66%.', ref='2024-07-30'),
        C('RUT', 'ytd_gap_to_spx', None, 'points', 'only a few points away from catching the S&P 500', "r2(ytd('SPX','2024-07-30')-ytd('RUT','2024-07-30'))", S, 'comparison matches', 'S&P 500 +13.98% vs RUT +10.66%: 3.32 points.', ref='2024-07-30'),
        C('IXIC', 'month_lead_over_rut', 7, 'points', 'by over 7 percentage points', "month_spread('IXIC','RUT',2024,6)", S, MORE, 'June 2024: Nasdaq +5.96% vs RUT -1.08%, a 7.04-point lead.', q='more than', ref='2024-06-28', window='2024-06'),
        C('RUT', 'month_lead_over_ixic', 14, 'points', 'by nearly 14 percentage points', "r2(mtd('RUT','2024-07-30')-mtd('IXIC','2024-07-30'))", I, 'nearly: outside the band but within max(2 pp, 10%): imprecise',
          'July to date (2024-07-30): RUT +9.54% vs Nasdaq -3.30%, a 12.84-point lead (the full month ended at 10.85 points).', q='nearly', ref='2024-07-30', window='2024-07-01..2024-07-30'),
        C('RUT', 'biggest_flip_since', 1988, 'year', 'the biggest month-to-month flip in leadership', "month_spread_flips_at_least('RUT','IXIC',19.89,'2024-06-30')", X, 'record claim wrong: contradicted',
          'The swing from June (-7.04 points) to July to date (+12.84) is 19.89 points; February 2001 saw a larger swing (22.8 points, after January 2001). The full month of July (17.89 points) was also smaller.', ref='2024-07-30', window='1988..2024'),
    ])

# ---------------------------------------------------------------- 19
add('wsj_20240722_rotation_historic_proportions', 'discussion.fool.com (quotation)',
    'https://discussion.fool.com/t/is-rotation-giving-the-market-legs/107319',
    'The Wall Street Journal (Karen Langley), quoted on a Motley Fool discussion board', '2024-07-22', 'medium',
    'The board post quotes the WSJ article "A Stock-Market Rotation of Historic Proportions Is Taking Shape", "Updated July 22, 2024" (a Monday). "This past week" is the week ended Friday 2024-07-19; "the seven days through Wednesday" end on 2024-07-17.',
    "A Stock-Market Rotation of Historic Proportions Is Taking Shape (The Wall Street Journal, updated July 22, 2024, as quoted by a Motley Fool board member). The Russell 2000 index of smaller stocks beat the S&P 500 over the "
    "seven days through Wednesday by the largest margin during a period of that length in data going back to 1986, according to Dow Jones Market Data. The Russell 1000 Value index, meanwhile, notched its biggest lead over its "
    "growth-stock counterpart since April 2001, after the dot-com bubble burst. The small-cap index rose 1.7% this past week, extending its 2024 advance to 7.8%, while the S&P 500 dropped 2%, trimming its gains to 15%. "
    "Together, the Magnificent Seven reported a 52% increase in profits for the first quarter of this year, compared with a decline of 8.7% by the remaining 493 companies in the S&P 500. Russell 2000 companies, meanwhile, "
    "are expected to report a nearly 18% rise in second-quarter profits, snapping a five-quarter streak of year-over-year declines. The poster adds that the Magnificent Seven stocks accounted for well over half of the "
    "S&P 500 index's return in the first half of 2024.",
    [
        C('RUT', 'record_seven_day_margin', True, 'flag', 'by the largest margin during a period of that length', "[n_day_margin('RUT','SPX','2024-07-17',7), max_n_day_margin('RUT','SPX','1987-10-01','2024-07-16',7)]", X, 'record claim wrong: contradicted',
          'The RUT led the S&P 500 by 9.58 points over the seven sessions to 2024-07-17, but the window ending the day before (2024-07-16) had a 9.89-point lead; on the ratio the seven days to 1987-10-19 were larger still. Not a record on either reading.', ref='2024-07-17', window='2024-07-08..2024-07-17'),
        C('RUSSELL1000_VALUE_GROWTH', 'biggest_lead_since', '2001-04', 'month', 'biggest lead over its growth-stock counterpart since April 2001', None, U, NOFILE, 'Russell 1000 style indexes are not in the files.', ref='2024-07-17'),
        C('RUT', 'week_change', 1.7, 'percent', 'rose 1.7% this past week', "week_return('RUT','2024-07-19')", S, D1, '+1.68% for the week ended 2024-07-19.', ref='2024-07-19', window='week ended 2024-07-19'),
        C('RUT', 'ytd_change', 7.8, 'percent', 'its 2024 advance to 7.8%', "ytd('RUT','2024-07-19')", S, D1, '+7.76%.', ref='2024-07-19', window='2024 to date'),
        C('SPX', 'week_change', -2, 'percent', 'the S&P 500 dropped 2%', "week_return('SPX','2024-07-19')", S, INT, '-1.97%.', ref='2024-07-19', window='week ended 2024-07-19'),
        C('SPX', 'ytd_change', 15, 'percent', 'trimming its gains to 15%', "ytd('SPX','2024-07-19')", S, INT, '+15.41%.', ref='2024-07-19', window='2024 to date'),
        C('MAG7', 'earnings_growth', 52, 'percent', 'a 52% increase in profits', None, U, NOFILE, 'Earnings data not in the files.', ref='2024-03-31'),
        C('SPX_EX_MAG7', 'earnings_growth', -8.7, 'percent', 'a decline of 8.7%', None, U, NOFILE, 'Earnings data not in the files.', ref='2024-03-31'),
        C('RUT_EARNINGS', 'expected_growth', 18, 'percent', 'a nearly 18% rise in second-quarter profits', None, F, FC, 'Analysts\' expectations.', q='nearly'),
        C('RUT_EARNINGS', 'decline_streak', 5, 'quarters', 'a five-quarter streak', None, U, NOFILE, 'Earnings data not in the files.'),
        C('MAG7', 'share_of_return', 50, 'percent', 'well over half of the', None, U, NOFILE, 'Single-stock contributions are not in the files.', q='more than', ref='2024-06-28'),
    ])

# ---------------------------------------------------------------- 20
add('zacks_202602_small_caps_beat_sp500_start_2026', 'nasdaq.com',
    'https://www.nasdaq.com/articles/small-caps-beat-sp-500-start-2026-winning-etfs-focus',
    'Zacks Investment Research (on Nasdaq.com)', '2026-02', 'medium',
    'Undated excerpt; its figures are stated "as of Feb. 6, 2026" (a Friday), so it was published in February 2026. The figures are judged at the 2026-02-06 close; only the Nasdaq figure matches it, and the others fall inside that day\'s trading ranges, as if taken during the session.',
    "Small Caps Beat S&P 500 to Start 2026: Winning ETFs in Focus. Wall Street has delivered a moderate performance so far this year (as of Feb. 6, 2026). The S&P 500 has gained 1.1%, the Dow Jones has added 3.6%, and "
    "the Nasdaq Composite has lost 0.9%. However, the small-cap index Russell 2000 has jumped 6.5% and State Street SPDR Portfolio S&P 600 Small Cap ETF SPSM surged 8.7% so far this year. This shows that small caps are "
    "outdoing their larger peers to start 2026. Events that shaped the year-to-date performance include heightened geopolitical tensions, the rebound in the U.S. dollar, a roller-coaster ride of precious metals, winter storm "
    "Fern and President Trump's announcement of former Fed governor Kevin Warsh's nomination as the next Fed chair.",
    [
        C('SPX', 'ytd_change', 1.1, 'percent', 'The S&P 500 has gained 1.1%', "[ytd('SPX','2026-02-06'), ytd_range('SPX','2026-02-06')]", I, PCTI, '+1.27% at the 2026-02-06 close (0.17 point off); the session range ran from -0.42% to +1.45%.', ref='2026-02-06', window='2026 to date'),
        C('DJI', 'ytd_change', 3.6, 'percent', 'the Dow Jones has added 3.6%', "[ytd('DJI','2026-02-06'), ytd_range('DJI','2026-02-06')]", I, PCTI, '+4.27% at the 2026-02-06 close (0.67 point off).', ref='2026-02-06', window='2026 to date'),
        C('IXIC', 'ytd_change', -0.9, 'percent', 'the Nasdaq Composite has lost 0.9%', "ytd('IXIC','2026-02-06')", S, D1, '-0.91% at the 2026-02-06 close.', ref='2026-02-06', window='2026 to date'),
        C('RUT', 'ytd_change', 6.5, 'percent', 'Russell 2000 has jumped 6.5%', "[ytd('RUT','2026-02-06'), ytd_range('RUT','2026-02-06')]", I, PCTI, '+7.59% at the 2026-02-06 close (1.09 points off); the session range ran from +5.21% to +7.83%.', ref='2026-02-06', window='2026 to date'),
        C('SPSM', 'ytd_change', 8.7, 'percent', 'surged 8.7% so far this year', None, U, NOFILE, 'SPSM is not in the files (nor the S&P 600).', ref='2026-02-06', window='2026 to date'),
        C('RUT', 'outperformed', True, 'flag', 'small caps are outdoing their larger peers', "[ytd('RUT','2026-02-06'), ytd('SPX','2026-02-06'), ytd('DJI','2026-02-06'), ytd('IXIC','2026-02-06')]", S, 'ordering matches', 'RUT ahead of the S&P 500, the Dow and the Nasdaq year to date.', ref='2026-02-06'),
    ])

# ---------------------------------------------------------------- 21
add('forbes_20240712_mag7_breather_small_caps', 'fast-gamers.netlify.app (Forbes mirror)',
    'https://fast-gamers.netlify.app/host-https-www.forbes.com/sites/dereksaul/2024/07/12/why-a-magnificent-7-breather-could-be-a-good-thing-for-the-stock-market',
    'Forbes (Derek Saul)', '2024-07-12', 'exact',
    'Mirror of a Forbes article dated 2024/07/12 in its path (a Friday). "Thursday" is 2024-07-11; the Friday figures are from the 2024-07-12 session, which was still under way when the piece ran.',
    "Why A Magnificent 7 Breather Could Be A Good Thing For The Stock Market (Forbes). David just trounced Goliath on Wall Street, a potentially worrisome occurrence considering the concentration of the recent rally in the "
    "world's largest stocks, but research suggests that smaller stocks outperforming the giants can be a healthy development, at least in the short term. Thursday was the best relative day for smaller stocks in several years "
    "by numerous metrics. The Russell 2000 index, which tracks 2,000 smaller public American firms with a median market capitalization of $900 million, gained 3.6%, while the tech-leaning Nasdaq 100 declined 2.2%, the "
    "second-largest spread between the indexes' daily performances of the last decade, according to FactSet data, while the 10 largest stocks on the S&P 500 index underperformed the other 490 constituent stocks by the "
    "fourth-largest margin of the last 20 years, according to UBS research. Notably, it was the worst performance by the \"magnificent seven\" since Oct. 2022, according to Deutsche Bank strategist Jim Reid, as the septet fell "
    "a collective 4.3%. The trend of small-cap outperformance continued Friday, as the Russell 2000 gained 1.8% and the Russell 1000, which encompasses the 1,000 largest American stocks, rose 0.7%, and the magnificent seven "
    "stocks rose an average of 1.1%. UBS strategist Patrick Palfrey wrote to clients Friday that during the five other most comparable times that the 490 smaller S&P stocks outgained the leading 10 stocks during a day like "
    "Thursday, the S&P rallied a further 4.5% over the next month.",
    [
        C('RUT', 'best_relative_day_since', 'several years', 'period', 'best relative day for smaller stocks in several years', "last_spread_at_least('RUT','SPX','2024-07-11')", S, SINCE,
          'The RUT beat the S&P 500 by 4.45 points on 2024-07-11 (+3.57% vs -0.88%); the last day with a lead at least that large was 2020-03-19, four years earlier.', ref='2024-07-11'),
        C('RUT_FUNDAMENTALS', 'median_market_cap', 900, 'million dollars', 'a median market capitalization of $900 million', None, U, NOFILE, 'Constituent data not in the files.'),
        C('RUT', 'day_change_pct', 3.6, 'percent', 'gained 3.6%', "day_pct('RUT','2024-07-11')", S, D1, '+3.57% on 2024-07-11.', ref='2024-07-11'),
        C('NDX', 'day_change_pct', -2.2, 'percent', 'declined 2.2%', "day_pct('NDX','2024-07-11')", S, D1, '-2.24%.', ref='2024-07-11'),
        C('RUT-NDX', 'rank_spread_decade', 2, 'rank', 'the second-largest spread', "abs_spread_rank('RUT','NDX','2024-07-11','2014-07-11')", S, RANK,
          'A 5.82-point spread; in the decade before, only 2020-03-18 had a wider gap between the two daily changes (6.43 points, the Nasdaq-100 ahead).', ref='2024-07-11', window='2014-07-11..2024-07-11'),
        C('SPX_CONSTITUENTS', 'rank_top10_underperformance', 4, 'rank', 'fourth-largest margin of the last 20 years', None, U, NOFILE, 'Constituent-level data not in the files.', ref='2024-07-11'),
        C('MAG7', 'worst_day_since', '2022-10', 'month', 'since Oct. 2022', None, U, NOFILE, 'No Magnificent Seven index in the files.', ref='2024-07-11'),
        C('MAG7', 'day_change_pct', -4.3, 'percent', 'fell a collective 4.3%', None, U, NOFILE, 'No Magnificent Seven index in the files.', ref='2024-07-11'),
        C('RUT', 'day_change_pct', 1.8, 'percent', 'the Russell 2000 gained 1.8%', "[session_range_pct('RUT','2024-07-12'), day_pct('RUT','2024-07-12')]", U, MID,
          'During the 2024-07-12 session the RUT was up between 0.67% and 1.81%; it closed up 1.09%.', ref='2024-07-12', basis='intraday'),
        C('RUSSELL1000', 'day_change_pct', 0.7, 'percent', 'rose 0.7%', None, U, NOFILE, 'Russell 1000 not in the files.', ref='2024-07-12', basis='intraday'),
        C('MAG7', 'day_change_pct', 1.1, 'percent', 'rose an average of 1.1%', None, U, NOFILE, 'No Magnificent Seven index in the files.', ref='2024-07-12', basis='intraday'),
        C('SPX', 'post_event_avg', 4.5, 'percent', 'rallied a further 4.5% over the next month', None, U, METHOD, 'Depends on UBS\'s constituent-level event set, which the files cannot rebuild.'),
    ])


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    preview = '--preview' in sys.argv
    data = args[0] if args else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('give the data directory as the first argument or in CAPSCOPE_DATA_DIR')
    R.DATA = data
    out_dir = HERE if not preview else os.path.join(HERE, '_preview')
    os.makedirs(out_dir, exist_ok=True)
    recipes, keys, problems = {}, [], []
    with open(os.path.join(out_dir, 'passages.jsonl'), 'w') as fp:
        for p in P:
            claims_out = []
            for i, c in enumerate(p['claims']):
                n = p['text'].count(c['anchor'])
                if n != 1:
                    problems.append('%s#%d anchor occurs %d times: %r' % (p['id'], i, n, c['anchor']))
                rid = '%s#%d' % (p['id'], i)
                val = None
                if c['recipe']:
                    recipes[rid] = c['recipe']
                    val = R.canon(eval(c['recipe'], vars(R)))
                if preview:
                    print('%-62s %-4s %-12s claim=%-22s got=%s' % (rid, c['verdict'][:4], c['index_or_ticker'][:12], json.dumps(c['value'])[:22], json.dumps(val)[:120]))
                claims_out.append({k: c[k] for k in ('index_or_ticker', 'metric', 'value', 'unit', 'qualifier')} |
                                  {'ref_date': c['ref_date'], 'window': c['window'], 'comparison': c['comparison'], 'basis': c['basis']})
                detail = (c['detail'] + ' ' if c['detail'] else '') + c['note'].split('. ')[0].rstrip('.') + '.'
                detail += ' reference.py: ' + (c['recipe'] if c['recipe'] else 'none (nothing in the files computes it)')
                keys.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=c['index_or_ticker'], metric=c['metric'],
                                 claimed_value=c['value'], qualifier=c['qualifier'], ref_date_used=c['ref_date'], computed_value=val,
                                 computed_detail=detail, verdict=c['verdict'], rule=c['rule'], note=c['note'], anchor_text=c['anchor']))
            rec = dict(id=p['id'], source=dict(site=p['site'], url=p['url'], original_outlet=p['outlet']), published=p['published'],
                       published_confidence=p['conf'], published_note=p['pnote'], text_kind='condensed_close_paraphrase', text=p['text'],
                       claims=claims_out)
            fp.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(os.path.join(out_dir, 'key.jsonl'), 'w') as fk:
        for k in keys:
            fk.write(json.dumps(k, ensure_ascii=False) + '\n')
    with open(os.path.join(out_dir, 'recipes.json'), 'w') as fr:
        json.dump(recipes, fr, indent=1, ensure_ascii=False)
    for pr in problems:
        print('PROBLEM', pr)
    print('%d passages, %d claims, %d recipes' % (len(P), len(keys), len(recipes)))


if __name__ == '__main__':
    main()
