"""Build passages.jsonl, key.jsonl and recipes.json of this corpus (heldout42a: small caps in strategist and market commentary).

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
RECH = 'intraday record: above every earlier high in the file'
YLD = 'yield: FRED end-of-day constant maturity, 2 decimals'
INTRA = 'intraday yield, futures or odds figure: unverifiable'
QUOTE = 'quoted opinion or generic statement: not_checkable'

IMP = 'figure just outside the tolerance: imprecise'
CNT = 'count off by no more than 20%: imprecise'
WRONG = 'wrong statement of fact: contradicted'
CMP = 'comparison matches'
TR = 'total-return figure checked against the ETF adj_close (total return)'
UNST = 'window or method not stated: unverifiable'

# ---------------------------------------------------------------- 1
add('lplresearch_20200123_small_caps_record_high_drought', 'lplresearch.com',
    'https://lplresearch.com/2020/01/23/small-caps-struggle-in-record-high-drought/',
    'LPL Research (LPL Financial market blog)', '2020-01-23', 'exact',
    'Date in the URL (2020/01/23), a Thursday. The counts of record highs and "this week" are judged through the last close before publication, 2020-01-22 (the 2020-01-23 close added no record for the S&P 500 or the Dow either).',
    "Small Caps Struggle in Record-High Drought (LPL Research market blog, January 23, 2020). Stock markets around the world have hit new record highs this year, but U.S. small cap stocks have yet to join the party. "
    "As the LPL Chart of the Day shows, the S&P 500 Index has outpaced the Russell 2000 Index, its small cap counterpart, over the past year. That divergence has become especially apparent lately as the Russell 2000 has struggled "
    "to notch its first record high since August 2018. For context, the S&P 500 has posted 42 record highs since then, and the Dow Jones Industrial Average has reached 32 record highs. Small caps were within 2% of an all-time "
    "high on January 16, but the recent worries around a dangerous viral outbreak in China have weighed on risk assets this week. Small cap revenue has been more exposed to domestic factors, so small caps have historically "
    "benefited from a rising U.S. dollar. \"Small caps may eventually reach that coveted record-high status, but we think it's unlikely they'll pull ahead meaningfully this year,\" said LPL Financial Chief Investment Strategist "
    "John Lynch. LPL emphasizes large cap stocks over small cap stocks as the business cycle moves into its latter stages.",
    [
        C('SPX', 'record_this_year', True, 'flag', 'have hit new record highs this year', "record_close_dates('SPX','2020-01-01','2020-01-22')", S, REC,
          'The S&P 500 closed at records on 2020-01-02, 01-09, 01-13, 01-15, 01-16 and 01-17 (other world markets are not in the files).', ref='2020-01-22', window='2020'),
        C('SPX,RUT', 'outpaced_past_year', True, 'comparison', 'has outpaced the Russell 2000 Index', "[n_day_pct('SPX','2020-01-22',252), n_day_pct('RUT','2020-01-22',252)]", S, CMP,
          'Over the 252 sessions to 2020-01-22 the S&P 500 rose 26.16% against 15.58% for the Russell 2000.', ref='2020-01-22', window='252 sessions'),
        C('RUT', 'last_record', '2018-08', 'month', 'its first record high since August 2018', "[record_close_upto('RUT','2020-01-22'), prior_record_high('RUT','2020-01-23')]", S, REC,
          'The record close is 1,740.75 on 2018-08-31 (intraday record 1,742.09 the same day); no higher close or high through 2020-01-22.', ref='2020-01-22'),
        C('SPX', 'record_count_since', 42, 'count', 'the S&P 500 has posted 42 record highs', "count_record_closes_between('SPX','2018-09-01','2020-01-22')", S, COUNT,
          '42 record closes from 2018-09-01 through 2020-01-22.', ref='2020-01-22', window='2018-09-01..2020-01-22'),
        C('DJI', 'record_count_since', 32, 'count', 'has reached 32 record highs', "[count_record_closes_between('DJI','2018-09-01','2020-01-22'), count_record_closes_between('DJI','2018-09-01','2020-01-23')]", I, CNT,
          'The Dow file has 31 record closes from 2018-09-01 to 2020-01-22 (and to 2020-01-23), one fewer than stated; the count is within 20%.', ref='2020-01-22', window='2018-09-01..2020-01-22'),
        C('RUT', 'pct_from_ath', 2, 'percent', 'within 2% of an all-time high on January 16', "[pct_below_record('RUT','2020-01-16'), r2(100 * (1 - high('RUT','2020-01-16') / prior_record_high('RUT','2020-01-16')[1]))]", I, 'within: true < claim; just outside: imprecise',
          'On 2020-01-16 the Russell 2000 closed 2.04% below its 1,740.75 record close and its intraday high (1,706.17) was 2.06% below the intraday record: just outside "within 2%".', q='within', ref='2020-01-16'),
        C('RUT', 'week_change', 'down', 'direction', 'weighed on risk assets this week', "[pct('RUT','2020-01-17','2020-01-22'), pct('SPX','2020-01-17','2020-01-22')]", S, 'sign matches',
          'Week to date (2020-01-17 close to 2020-01-22) the Russell 2000 fell 0.89% and the S&P 500 0.24%.', ref='2020-01-22', window='2020-01-21..2020-01-22'),
        C('DXY', 'small_caps_benefit_rising_dollar', True, 'flag', 'historically benefited from a rising U.S. dollar', None, U, NOFILE, 'The dollar is not in the files.', ref='2020-01-23'),
        C('QUOTE', 'small_caps_unlikely_to_pull_ahead', True, 'flag', "unlikely they'll pull ahead meaningfully this year", None, F, FC, 'A strategist\'s view of the rest of 2020.', ref='2020-12-31'),
    ])

# ---------------------------------------------------------------- 2
add('lpl_isg_201911_small_caps_join_the_party', 'isgadvisor.com',
    'https://isgadvisor.com/2019/11/small-caps-join-the-party/',
    'LPL Financial commentary (Chart of the Day), reposted by ISG Advisor', '2019-11', 'medium',
    'The URL gives November 2019; the note reports the close of Monday 2019-11-25 as "On November 25", so it was written on or after 2019-11-26 (probably that day). All claims are judged at the 2019-11-25 close.',
    "Small Caps Join the Party (LPL Financial). It took nearly 15 months, but the Russell 2000 Index finally broke out to a new 52-week high. On November 25, the Russell 2000 gained an impressive 2.1% to close at its highest "
    "level since October 2018. Small caps have lagged their larger counterparts for much of this year, and the Russell 2000 is still nearly 7% away from new highs, but this development is a major step in the right direction. "
    "\"Seeing small caps at 52-week highs is further confirmation to the overall health of this bull market,\" said LPL Financial Senior Market Strategist Ryan Detrick. \"We've already seen large caps and various countries around "
    "the world break out, and now we have participation from a once-lagging group.\" As the LPL Chart of the Day shows, forward returns have historically been impressive when the Russell 2000 goes more than a year without "
    "making new 52-week highs. In those instances, the Russell 2000 has risen 10 of 11 times over the next 12 months.",
    [
        C('RUT', 'new_52w_high', True, 'flag', 'broke out to a new 52-week high', "is_52w_high('RUT','2019-11-25')", S, 'close above every close of the previous 52 weeks',
          'The 1,621.90 close of 2019-11-25 was above every close of the previous 252 sessions (highest 1,614.98 on 2019-05-06).', ref='2019-11-25'),
        C('RUT', 'months_since_52w_high', 15, 'months', 'It took nearly 15 months', "[last_52w_high_before('RUT','2019-11-25'), months_between('2018-08-31','2019-11-25')]", S, NEARLY,
          'The previous 52-week closing high was 2018-08-31 (the record close), 14.8 months earlier.', q='nearly', ref='2019-11-25', window='2018-08-31..2019-11-25'),
        C('RUT', 'day_change_pct', 2.1, 'percent', 'gained an impressive 2.1%', "day_pct('RUT','2019-11-25')", S, D1, '+2.07% on 2019-11-25 (1,621.90 from 1,588.94).', ref='2019-11-25'),
        C('RUT', 'highest_since', '2018-10', 'month', 'its highest level since October 2018', "last_close_at_or_above('RUT', close('RUT','2019-11-25'), '2019-11-22')", S, SINCE,
          'The last higher close was 2018-10-08.', ref='2019-11-25'),
        C('RUT,SPX', 'lagged_this_year', True, 'comparison', 'Small caps have lagged their larger counterparts', "[ytd('RUT','2019-11-25'), ytd('SPX','2019-11-25'), ytd('IXIC','2019-11-25'), ytd('DJI','2019-11-25')]", S, CMP,
          'Year to date on 2019-11-25: Russell 2000 +20.27%, S&P 500 +25.00%, Nasdaq +30.10%; the Dow (+20.32%) was level with it.', ref='2019-11-25', window='2019 to date'),
        C('RUT', 'pct_from_ath', 7, 'percent', 'still nearly 7% away from new highs', "[pct_below_record('RUT','2019-11-25'), gain_needed('RUT','2019-11-25')]", S, NEARLY,
          '6.83% below the 1,740.75 record close of 2018-08-31 (a 7.33% gain would be needed to regain it; "nearly 7" fits the distance below).', q='nearly', ref='2019-11-25'),
        C('SPX', 'large_caps_broke_out', True, 'flag', 'We\'ve already seen large caps', "record_close_dates('SPX','2019-10-01','2019-11-25')", S, REC,
          'The S&P 500 set record closes from 2019-10-28 on, including 2019-11-25 (other countries are not in the files).', ref='2019-11-25'),
        C('RUT', 'rose_10_of_11', '10 of 11', 'count', 'risen 10 of 11 times over the next 12 months', None, U, METHOD,
          'The episodes (the Russell 2000 going more than a year without a 52-week high, since 1979) are not listed and start before the file (1987-09-10).', ref='2019-11-25'),
        C('QUOTE', 'bull_market_health', True, 'flag', 'further confirmation to the overall health of this bull market', None, N, QUOTE, 'A strategist\'s opinion.', ref='2019-11-25'),
    ])

# ---------------------------------------------------------------- 3
add('schaeffers_20180613_small_cap_leadership', 'schaeffersresearch.com',
    'https://www.schaeffersresearch.com/content/analysis/2018/06/13/what-small-cap-leadership-really-means-for-stocks',
    "Schaeffer's Investment Research (Senior Quantitative Analyst)", '2018-06-13', 'exact',
    'Dated "Jun 13, 2018 at 6:00 AM" on the page, a Wednesday before the open: current-state claims are judged at the 2018-06-12 close. Relative strength is the three-month (63-session) ratio of the RUT change to the SPX change; a calendar three-month window gives the same dates.',
    "What Small-Cap Leadership Really Means for Stocks (Schaeffer's Investment Research, Jun 13, 2018 at 6:00 AM). When the RUT outpaces the SPX, short-term gains are just the tip of the iceberg. The Russell 2000 Index (RUT) has been "
    "making new highs for a few weeks now, but the S&P 500 Index (SPX) is still more than 3% off its previous peak. In fact, by one measurement, we recently saw the biggest small-cap outperformance since 2010. On May 30, the "
    "three-month relative strength of the RUT reached its highest level since March 2010. That previous instance coincided with a tough time for stocks: the SPX fell 6% over the following six months, while the RUT fell 7%. "
    "Going back to 1979 (as far back as we have RUT data), I looked at each time the three-month relative strength of the small-cap index reached 1.08. It has occurred 33 other times. In the short term, this has been a bullish "
    "sign: the SPX's average one-month return of 1.52% after a signal easily beats the anytime return of 0.80%. When you get to three months after a signal, the average SPX return drops to 0.82%, significantly worse than the "
    "typical 2.41% return. At six months, the average SPX return of 1.97% is less than half the anytime six-month return of 4.93%.",
    [
        C('RUT', 'record_closes_recent_weeks', True, 'flag', 'making new highs for a few weeks now', "record_close_dates('RUT','2018-05-01','2018-06-12')", S, REC,
          'Record closes on 2018-05-16, 05-17, 05-18, 05-21, 05-30, 06-04, 06-05, 06-06 and 06-12.', ref='2018-06-12', window='2018-05-16..2018-06-12'),
        C('SPX', 'pct_from_ath', 3, 'percent', 'still more than 3% off its previous peak', "[pct_below_record('SPX','2018-06-12'), pct_below_record('SPX','2018-06-11'), record_close_upto('SPX','2018-06-12')]", I, 'more than: true > claim; just short: imprecise',
          'At the 2018-06-12 close the S&P 500 was 2.99% below its 2,872.87 record close of 2018-01-26 (3.16% at the 2018-06-11 close): a hair short of "more than 3%" on the last close before publication.', q='more than', ref='2018-06-12'),
        C('RUT,SPX', 'biggest_outperformance_since', '2010', 'year', 'the biggest small-cap outperformance since 2010', "[rs_n('RUT','SPX','2018-05-30',63), last_rs_at_or_above('RUT','SPX','2018-05-30',63)]", S, SINCE,
          'The 63-session relative strength of 1.0855 on 2018-05-30 was last matched on 2010-12-22: since 2010 holds.', ref='2018-05-30'),
        C('RUT,SPX', 'rs_highest_since', '2010-03', 'month', 'its highest level since March 2010', "[rs_n('RUT','SPX','2018-05-30',63), last_rs_at_or_above('RUT','SPX','2018-05-30',63)]", X, SINCEX,
          'The 1.0855 reading of 2018-05-30 was last matched or exceeded on 2010-12-22 (December 2010 peak 1.0888), not in March 2010 (peak 1.0968); the same holds for 60- to 66-session windows. A "since" date nine months too early.', ref='2018-05-30'),
        C('SPX', 'six_month_change_after_2010_signal', -6, 'percent', 'the SPX fell 6% over the following six months', "[rs_n('RUT','SPX','2010-03-03',63), n_after('SPX','2010-03-03',126), n_after_range('SPX','2010-03-01','2010-03-31',126)]", S, INT,
          'The March 2010 readings peaked at 1.0968 on 2010-03-03; over the next 126 sessions the S&P 500 fell 6.21% (after other March days: -6.21% to -1.54%).', ref='2010-09-01', window='six months after March 2010'),
        C('RUT', 'six_month_change_after_2010_signal', -7, 'percent', 'while the RUT fell 7%', "[n_after('RUT','2010-03-03',126), n_after_range('RUT','2010-03-01','2010-03-31',126)]", S, INT,
          'Over the 126 sessions after the 2010-03-03 peak reading the Russell 2000 fell 7.27% (after other March days: -7.27% to -0.15%).', ref='2010-09-01', window='six months after March 2010'),
        C('RUT,SPX', 'signal_count', 33, 'count', 'It has occurred 33 other times', None, U, METHOD,
          'The count starts in 1979, before the RUT file (1987-09-10), and the rule that separates signals is not stated.', ref='2018-05-29', window='1979..2018'),
        C('SPX', 'avg_1m_after_signal', 1.52, 'percent', 'average one-month return of 1.52%', None, U, METHOD, 'Signals since 1979, before the RUT file; method not given.', ref='2018-05-30'),
        C('SPX', 'anytime_1m', 0.80, 'percent', 'the anytime return of 0.80%', None, U, METHOD, 'Average over 1979-2018 with an unstated method; the S&P 500 file could compute it but the window and overlap rule are not given.', ref='2018-05-30'),
        C('SPX', 'avg_3m_after_signal', 0.82, 'percent', 'drops to 0.82%', None, U, METHOD, 'Signals since 1979, before the RUT file.', ref='2018-05-30'),
        C('SPX', 'anytime_3m', 2.41, 'percent', 'typical 2.41% return', None, U, METHOD, 'Unstated method.', ref='2018-05-30'),
        C('SPX', 'avg_6m_after_signal', 1.97, 'percent', 'average SPX return of 1.97%', None, U, METHOD, 'Signals since 1979, before the RUT file.', ref='2018-05-30'),
        C('SPX', 'anytime_6m', 4.93, 'percent', 'anytime six-month return of 4.93%', None, U, METHOD, 'Unstated method.', ref='2018-05-30'),
    ])

# ---------------------------------------------------------------- 4
add('schaeffers_20190731_rare_small_cap_signal', 'schaeffersresearch.com',
    'https://schaeffersresearch.com/content/analysis/2019/07/31/what-this-rare-small-cap-signal-might-mean-for-stocks',
    "Schaeffer's Investment Research (Senior Quantitative Analyst)", '2019-07-31', 'exact',
    'Dated "Jul 31, 2019 at 6:50 AM", a Wednesday before the open; the chart is labelled 7.30, so the figures are judged at the 2019-07-29 close (the last close before the note was prepared). At the 2019-07-30 close the one-year RUT change was -4.67%, so the session matters. Relative strength is the 252-session ratio.',
    "What This Rare Small-Cap Signal Might Mean for Stocks (Schaeffer's Investment Research, Jul 31, 2019 at 6:50 AM). Over the past year, the Russell 2000 Index (RUT) -- a barometer of small-cap stocks -- is down over 7%, while "
    "the large-cap S&P 500 Index (SPX) is up over 6%. A popular notion is that when there is a divergence between small-cap and large-cap stocks, the direction of the small-caps predicts the future direction of the market. "
    "The year-over-year relative strength of the Russell 2000 versus the S&P 500 fell below 0.85 last month. A reading of 1.0 means they returned the same exact percentage, while a reading below 1.0 means the Russell 2000 "
    "underperformed. The 0.85 level had only been reached five other times since 1980 (only one reading over a year period). Note that the last time this occurred was way back in 1998. Looking at the subsequent S&P 500 "
    "returns, the results seem bullish, with the 12-month returns all in the double-digits.",
    [
        C('RUT', 'one_year_change', -7, 'percent', 'is down over 7%', "[n_day_pct('RUT','2019-07-29',252), n_day_pct('RUT','2019-07-30',252)]", S, MORE,
          'Over the 252 sessions to 2019-07-29 the Russell 2000 fell 7.45% (to 2019-07-30: -4.67%, because the base day a year earlier moved).', q='more than', ref='2019-07-29', window='252 sessions'),
        C('SPX', 'one_year_change', 6, 'percent', 'is up over 6%', "[n_day_pct('SPX','2019-07-29',252), n_day_pct('SPX','2019-07-30',252)]", S, MORE, '+6.47% over the 252 sessions to 2019-07-29 (+6.90% to 07-30).', q='more than', ref='2019-07-29', window='252 sessions'),
        C('GENERIC', 'small_caps_lead_market', True, 'flag', 'the direction of the small-caps predicts the future direction of the market', None, N, RULE, 'A market adage the article goes on to test.', ref='2019-07-29'),
        C('RUT,SPX', 'yoy_rs_below', 0.85, 'ratio', 'fell below 0.85 last month', "[rs_months_below('RUT','SPX',252,0.85,'2019-06-01','2019-07-29'), rs_min_in('RUT','SPX',252,'2019-06-01','2019-06-30')]", S, 'threshold crossed in the month stated',
          'The 252-session relative strength fell below 0.85 in June 2019 only (low 0.8458 on 2019-06-24).', q='less than', ref='2019-06-24'),
        C('RUT,SPX', 'prior_signal_count', 5, 'count', 'only been reached five other times since 1980', "rs_signal_days('RUT','SPX',252,0.85,'1988-09-01','2019-07-29')", U, NOFILE,
          'With one signal a year, the files show three earlier signals (1990-09-04, 1997-04-18, 1998-08-03); the 1980-1988 part is before the RUT file, so "five" cannot be decided.', ref='2019-06-24', window='1980..2019'),
        C('RUT,SPX', 'last_signal_year', 1998, 'year', 'the last time this occurred was way back in 1998', "rs_signal_days('RUT','SPX',252,0.85,'1988-09-01','2019-07-29')", S, DATE,
          'Under the stated one-reading-per-year rule the last earlier signal was 1998-08-03 (readings stayed below 0.85 until 1999-07-21, inside that signal\'s year).', ref='1998-08-03'),
        C('SPX', 'twelve_month_after_all_double_digit', True, 'flag', 'with the 12-month returns all in the double-digits', "[pct_after('SPX','1990-09-04',12), pct_after('SPX','1997-04-18',12), pct_after('SPX','1998-08-03',12)]", U, NOFILE,
          'The three signals in the files were followed by +20.70%, +46.50% and +18.85% over 12 months, all double-digit; the two 1980s signals cannot be located without RUT history before 1987.', ref='1999-08-03'),
    ])
# ---------------------------------------------------------------- 5
add('schaeffers_20230503_small_cap_underperformance', 'schaeffersresearch.com',
    'https://schaeffersresearch.com/content/analysis/2023/05/03/what-small-cap-underperformance-could-mean-for-stocks',
    "Schaeffer's Investment Research (Senior Quantitative Analyst)", '2023-05-03', 'exact',
    'Dated "May 3, 2023 at 8:00 AM", a Wednesday before the open: current figures are judged at the 2023-05-02 close, "since the end of January" from the 2023-01-31 close. Relative strength is the 63-session ratio.',
    "What Small-Cap Underperformance Could Mean for Stocks (Schaeffer's Investment Research, May 3, 2023 at 8:00 AM). Small-cap stocks have been underperforming substantially compared to big-caps over the past few months. "
    "The large-cap S&P 500 Index (SPX) has been around breakeven since the end of January, while the small-cap Russell 2000 Index (RUT) is down just over 10%. The last time the RUT was down double-digits over a three-year period "
    "while the SPX was positive was May of 2000, just before the tech bubble burst leading to a two-year bear market. The chart shows the SPX along with the three-month relative strength of the RUT, which has collapsed to below "
    "0.9. This suggests investors are becoming more risk-averse. Going back to 1990, I found how the S&P 500 performed going forward based on the three-month relative strength of RUT to the SPX; the current situation is a "
    "reading between 0.79 and 0.96. The S&P 500 had the highest average return going forward when big caps were outperforming over the prior three months. The index has averaged double-digit returns over the next year when "
    "small caps underperformed the big caps. When small caps have outperformed the most, the S&P 500 has averaged 5.5% over the next year.",
    [
        C('SPX', 'change_since', 0, 'percent', 'around breakeven since the end of January', "pct('SPX','2023-01-31','2023-05-02')", S, 'sign and size match',
          '+1.05% from the 2023-01-31 close to 2023-05-02: near breakeven.', q='about', ref='2023-05-02', window='2023-01-31..2023-05-02'),
        C('RUT', 'change_since', -10, 'percent', 'is down just over 10%', "pct('RUT','2023-01-31','2023-05-02')", S, MORE, '-10.34% over the same window.', q='more than', ref='2023-05-02', window='2023-01-31..2023-05-02'),
        C('RUT,SPX', 'three_year_condition_now', True, 'flag', 'down double-digits over a three-year period', "[n_day_pct('RUT','2023-05-02',756), n_day_pct('SPX','2023-05-02',756), n_day_pct('RUT','2023-05-02',63), n_day_pct('SPX','2023-05-02',63)]", X, WRONG,
          'As written the sentence implies the RUT is now down double digits over three years: over the 756 sessions to 2023-05-02 it rose 32.16% (S&P 500 +41.45%). The condition holds over three months (RUT -10.34%, SPX +1.05% over 63 sessions), which the context suggests was meant.', ref='2023-05-02', window='three years'),
        C('RUT,SPX', 'last_time', '2000-05', 'month', 'while the SPX was positive was May of 2000', "[down_while_up_last('RUT','SPX',756,-10,'2023-01-01'), down_while_up_last('RUT','SPX',63,-10,'2023-01-01')]", X, 'wrong date for the stated window: contradicted',
          'For three-year windows (as written) the last sessions with the RUT down 10% or more over 756 sessions while the S&P 500 was up were in March-May 2020 (last 2020-05-14), not May 2000. For three-month (63-session) windows the last episode before 2023 ran from April to 2000-06-15, which would fit "May of 2000".', ref='2020-05-14'),
        C('SPX', 'bear_market_length', 2, 'years', 'leading to a two-year bear market', "[record_close_upto('SPX','2000-12-31'), argmin_close('SPX','2000-03-24','2003-03-31'), years_between('2000-03-24','2002-10-09')]", I, 'duration close to the stated round figure: imprecise',
          'The S&P 500 fell from its 2000-03-24 record close to its 2002-10-09 low: about 2.5 years (31 months), longer than "two-year".', ref='2002-10-09', window='2000-03-24..2002-10-09'),
        C('RUT,SPX', 'three_month_rs', 0.9, 'ratio', 'has collapsed to below 0.9', "rs_n('RUT','SPX','2023-05-02',63)", S, LESS, '63-session relative strength 0.8872 at the 2023-05-02 close.', q='less than', ref='2023-05-02'),
        C('SPX', 'avg_next_year_when_small_lag', 'double-digit', 'percent', 'averaged double-digit returns over the next year', None, U, METHOD,
          'Average forward returns over all days in a relative-strength bin since 1990; the bins beyond the first and the treatment of overlapping days are not given.', ref='2023-05-02'),
        C('SPX', 'avg_next_year_when_small_lead', 5.5, 'percent', 'the S&P 500 has averaged 5.5% over the next year', None, U, METHOD, 'Bin bounds not stated.', ref='2023-05-02'),
    ])

# ---------------------------------------------------------------- 6
add('schaeffers_20231025_struggling_small_caps', 'schaeffersresearch.com',
    'https://www.schaeffersresearch.com/content/analysis/2023/10/25/struggling-small-caps-could-signal-spx-strength',
    "Schaeffer's Investment Research (Senior Quantitative Analyst)", '2023-10-25', 'exact',
    'Dated "Oct 25, 2023 at 8:28 AM", a Wednesday. The RUT closed at a 252-session low on 2023-10-19, 10-20 and 10-23 but not on 10-24, so the current-state claims are judged at the 2023-10-23 close (the note was prepared before the 10-24 close; at that close the RUT sat 4% of its range above the low). "Closer to its high than low" is the position in the 52-week closing range; returns are from the first signal day of each episode.',
    "Struggling Small Caps Could Signal SPX Strength (Schaeffer's Investment Research, Oct 25, 2023 at 8:28 AM). The chart shows the large-cap S&P 500 Index (SPX) alongside the small-cap Russell 2000 Index (RUT), going back to 2021. "
    "The RUT has vastly underperformed the SPX, sitting at a 52-week low, while the SPX is closer to its 52-week high than its low. We have data on both indexes since 1980. There have only been three other times that the RUT "
    "was at a 52-week low while the SPX was closer to its high than low. The last occurrence was in January of 2022. Stocks struggled over the next year. There was another signal in October of 2014, in which stocks initially "
    "moved higher, gaining over 5% over the next month, but then struggled going forward so that a year after that signal the SPX was up only 4.5%. The first time it happened was in August of 1998. The index gained over 20% "
    "over the next year but the tech bubble popped not long after that. The RUT performed better than the SPX after the 2014 signal but significantly worse after the 1998 signal. The returns after the most recent signal in "
    "2022 were like those of the SPX. Here's another way I looked at it: the one-year relative strength of the RUT to the SPX is 0.85. We get nine prior occurrences when we look at it this way.",
    [
        C('RUT,SPX', 'underperformed_since_2021', True, 'comparison', 'The RUT has vastly underperformed the SPX', "[pct('RUT','2020-12-31','2023-10-23'), pct('SPX','2020-12-31','2023-10-23')]", S, CMP,
          'From the 2020 year-end close to 2023-10-23 the Russell 2000 fell 15.65% while the S&P 500 rose 12.27%.', ref='2023-10-23', window='2021-01..2023-10'),
        C('RUT', 'at_52w_low', True, 'flag', 'sitting at a 52-week low', "[is_52w_low('RUT','2023-10-23'), is_52w_low('RUT','2023-10-24'), pos_in_52w_range('RUT','2023-10-24')]", S, 'close at or below every close of the previous 52 weeks',
          'The 2023-10-23 close was the lowest of the previous 252 sessions (as were 10-19 and 10-20); on 10-24 the RUT closed just above that low.', ref='2023-10-23'),
        C('SPX', 'closer_to_52w_high', True, 'flag', 'the SPX is closer to its 52-week high than its low', "[pos_in_52w_range('SPX','2023-10-23'), pos_in_52w_range('SPX','2023-10-24')]", S, CMP,
          'The S&P 500 sat at 60% (2023-10-23) and 61% (10-24) of its 52-week closing range.', ref='2023-10-23'),
        C('GENERIC', 'data_since', 1980, 'year', 'We have data on both indexes since 1980', None, N, QUOTE, 'A statement about the author\'s data set.', ref='2023-10-23'),
        C('RUT,SPX', 'prior_occurrences', 3, 'count', 'only been three other times', "low_rut_high_spx_months('RUT','SPX','1988-09-01','2023-10-23')", S, COUNT,
          'From 1988-09 (the first full 52-week window of the RUT file) the condition occurred in exactly three earlier episodes, August 1998, October 2014 and January 2022, the three the article names; the 1980-1988 years are not in the file.', ref='2023-10-23', window='1988-09..2023-10'),
        C('RUT,SPX', 'last_occurrence', '2022-01', 'month', 'The last occurrence was in January of 2022', "low_high_signal_days('RUT','SPX','2022-01-01','2022-12-31')", S, DATE, 'Signal days 2022-01-19 to 2022-01-27.', ref='2022-01-19'),
        C('SPX', 'next_year_after_2022_signal', 'down', 'direction', 'Stocks struggled over the next year', "[pct_after('SPX','2022-01-19',12), pct_after('RUT','2022-01-19',12)]", S, 'sign matches',
          'From the first signal day (2022-01-19) the S&P 500 fell 13.99% over 12 months.', ref='2023-01-19', window='2022-01-19..2023-01-19'),
        C('RUT,SPX', 'occurrence_2014', '2014-10', 'month', 'another signal in October of 2014', "low_high_signal_days('RUT','SPX','2014-01-01','2014-12-31')", S, DATE, 'Signal days 2014-10-10 and 2014-10-13.', ref='2014-10-10'),
        C('SPX', 'one_month_after_2014_signal', 5, 'percent', 'gaining over 5% over the next month', "[pct_after('SPX','2014-10-10',1), pct_after('SPX','2014-10-13',1)]", S, MORE, '+6.93% from 2014-10-10 (+8.78% from 10-13) over one month.', q='more than', ref='2014-11-10', window='one month'),
        C('SPX', 'one_year_after_2014_signal', 4.5, 'percent', 'a year after that signal the SPX was up only 4.5%', "[pct_after('SPX','2014-10-10',12), pct_after('SPX','2014-10-13',12), n_after('SPX','2014-10-10',252)]", X, PCTX,
          'The S&P 500 rose 5.71% in the 12 months from 2014-10-10 (6.88% from 10-13; 5.84% over 252 sessions): 1.2 points or more above 4.5, beyond the 20% band.', ref='2015-10-09', window='2014-10-10..2015-10-09'),
        C('RUT,SPX', 'first_occurrence', '1998-08', 'month', 'The first time it happened was in August of 1998', "low_high_signal_days('RUT','SPX','1988-09-01','1998-12-31')", S, DATE,
          'The earliest episode in the files (from 1988-09) starts on 1998-08-04; earlier history is not in the file.', ref='1998-08-04'),
        C('SPX', 'one_year_after_1998_signal', 20, 'percent', 'The index gained over 20% over the next year', "[pct_after('SPX','1998-08-04',12), pct_after('SPX','1998-08-27',12)]", S, MORE, '+21.75% in the 12 months from 1998-08-04 (+29.32% from the last August signal day).', q='more than', ref='1999-08-04', window='1998-08-04..1999-08-04'),
        C('RUT,SPX', 'rut_vs_spx_after_2014_1998', True, 'comparison', 'The RUT performed better than the SPX after the 2014 signal', "[pct_after('RUT','2014-10-10',12), pct_after('SPX','2014-10-10',12), pct_after('RUT','1998-08-04',12), pct_after('SPX','1998-08-04',12)]", S, CMP,
          'Twelve months after 2014-10-10: RUT +10.64% vs SPX +5.71%; after 1998-08-04: RUT +6.99% vs SPX +21.75%.', ref='2015-10-09'),
        C('RUT,SPX', 'after_2022_alike', True, 'comparison', 'The returns after the most recent signal', "[pct_after('RUT','2022-01-19',12), pct_after('SPX','2022-01-19',12)]", S, CMP, 'RUT -10.98% vs SPX -13.99% over the 12 months from 2022-01-19.', ref='2023-01-19'),
        C('RUT,SPX', 'one_year_rs', 0.85, 'ratio', 'the one-year relative strength of the RUT to the SPX is 0.85', "[rs_n('RUT','SPX','2023-10-23',252), rs_n('RUT','SPX','2023-10-24',252)]", S, D2, '252-session relative strength 0.8496 on 2023-10-23 (0.8517 on 10-24).', ref='2023-10-23'),
        C('RUT,SPX', 'rs_prior_occurrences', 9, 'count', 'We get nine prior occurrences', None, U, METHOD, 'The rule separating occurrences is not stated and the count reaches back to 1980, before the RUT file.', ref='2023-10-23'),
    ])
# ---------------------------------------------------------------- 7
add('datatrek_20220412_whats_wrong_with_us_small_caps', 'datatrekresearch.com',
    'https://datatrekresearch.com/whats-wrong-with-us-small-caps-2/',
    'DataTrek Research (blog)', '2022-04-12', 'medium',
    'The page carries no date. The year is 2022 ("so far in 2022"); the S&P 500 year-to-date figure (-7.4%) matches only the close of Monday 2022-04-11 (-7.42%) among 2022 sessions where the Russell 2000 was near -11.7%, so the note is taken as the DataTrek daily of Tuesday 2022-04-12 with data through 2022-04-11. Rolling one-year returns are 253-session price-return spreads (Russell 2000 minus S&P 500, percentage points); "back to 2002" is read as windows starting in 2002 (ending 2003-01 onward), which reproduces the 1.6 and 9.9 figures.',
    "What's Wrong With US Small Caps? (DataTrek Research). We are dedicating today's \"Data\" section to US small caps because year-to-date returns here are, for lack of a better word, awful. The Russell 2000 is down 11.7 percent so "
    "far in 2022. That's far worse than the S&P 500 (-7.4 pct) or non-US equities (MSCI All-World ex-US Index -7.8 pct). Has the Russell gotten cheap enough to buy? #1: The Russell has underperformed the S&P 500 over the last year "
    "by a statistically unusual amount. On average, the Russell 2000 has outperformed the S&P 500 by 1.6 percentage points on a 1-year (253 trading days) rolling return basis back to 2002. If the S&P 500 is up 10.0 percent over a "
    "year, the Russell will on average be up 11.6 pct. The standard deviation of that performance is 9.9 points, making the 2-sigma range positive 21 percent to negative 18 pct. On a rolling 1-year price return basis since 2001, "
    "relative returns fit comfortably in the 2-sigma range, with four exceptions: Q4 2003 (peak of 30 percentage point Russell outperformance), when US small caps staged a strong comeback from the lows of late 2002; the March - May "
    "2020 pandemic-related selloff, with the Russell underperforming the S&P 500 by as much as 20 percentage points; the remarkable snapback in small caps in the year after the pandemic lows, with the Russell beating the S&P by as "
    "much as 64 percentage points; and right now, with the Russell lagging the S&P by 19 points over the last 12 months. Takeaway: yes, US small caps have underperformed large caps over the last year by 2 standard deviations, but "
    "that comes hard on the heels of a +5-standard deviation (51 points) upside move.",
    [
        C('RUT', 'ytd_change', -11.7, 'percent', 'down 11.7 percent so far in 2022', "[ytd('RUT','2022-04-11'), ytd('RUT','2022-04-12')]", I, IMP,
          '-11.80% at the 2022-04-11 close (-11.51% at 04-12): 0.10 from the figure, outside the 0.07 tolerance.', ref='2022-04-11', window='2022 to date'),
        C('SPX', 'ytd_change', -7.4, 'percent', 'S&P 500 (-7.4 pct)', "[ytd('SPX','2022-04-11'), ytd('SPX','2022-04-12')]", S, D1, '-7.42% at the 2022-04-11 close.', ref='2022-04-11', window='2022 to date'),
        C('MSCI_ACWI_EXUS', 'ytd_change', -7.8, 'percent', 'MSCI All-World ex-US Index -7.8 pct', None, U, NOFILE, 'Not in the files.', ref='2022-04-11'),
        C('RUT,SPX', 'avg_one_year_spread', 1.6, 'percentage points', 'by 1.6 percentage points', "[n_spread_stats('RUT','SPX',253,'2003-01-01','2022-04-11'), n_spread_stats('RUT','SPX',253,'2002-01-01','2022-04-11')]", S, D1,
          'Mean 253-session spread 1.55 points for windows starting in 2002 or later (ending 2003-01-02 to 2022-04-11); counting windows that end in 2002 gives 1.96.', ref='2022-04-11', window='2002..2022'),
        C('RUT,SPX', 'example_11_6', 11.6, 'percent', 'on average be up 11.6 pct', "r2(10.0 + 1.6, 1)", S, ARITH, '10.0 + 1.6 = 11.6.', ref='2022-04-11'),
        C('RUT,SPX', 'spread_std', 9.9, 'percentage points', 'standard deviation of that performance is 9.9 points', "[n_spread_stats('RUT','SPX',253,'2003-01-01','2022-04-11'), n_spread_stats('RUT','SPX',253,'2002-01-01','2022-04-11')]", S, D1, 'Standard deviation 9.95 (9.93 counting 2002 ends).', ref='2022-04-11'),
        C('RUT,SPX', 'two_sigma_range', [21, -18], 'percent', 'positive 21 percent to negative 18 pct', "[r2(1.6 + 2 * 9.9, 1), r2(1.6 - 2 * 9.9, 1)]", S, ARITH, '1.6 +/- 2 x 9.9 = +21.4 / -18.2.', ref='2022-04-11'),
        C('RUT,SPX', 'exceptions', 4, 'count', 'with four exceptions', "spread_band_months('RUT','SPX',253,1.6 - 19.8,1.6 + 19.8,'2002-01-01','2022-04-11')", I, CNT,
          'Spreads outside +21.4/-18.2 occurred in 2003-10 to 2004-04, 2020-03 to 2020-05, 2021-03 to 2021-07 and 2022-01 to 2022-04 (the four named), but also briefly in 2002-04 and 2010-03: five or six episodes rather than four.', ref='2022-04-11', window='2002..2022'),
        C('RUT,SPX', 'peak_spread_q4_2003', 30, 'percentage points', 'peak of 30 percentage point Russell outperformance', "[n_spread_extreme('RUT','SPX',253,'2003-10-01','2003-12-31','max'), n_spread_extreme('RUT','SPX',253,'2003-01-01','2004-06-30','max')]", I, PCTI,
          'The highest spread in Q4 2003 was 28.55 points (2003-10-14); the episode peaked at 30.75 points on 2004-04-02, after Q4 2003.', ref='2003-10-14', window='Q4 2003'),
        C('RUT,SPX', 'min_spread_2020', -20, 'percentage points', 'by as much as 20 percentage points', "n_spread_extreme('RUT','SPX',253,'2020-03-01','2020-05-31','min')", I, 'as much as: within one unit; just outside: imprecise',
          'The spread bottomed at -21.75 points on 2020-04-16, 1.75 beyond "as much as 20".', q='as much as', ref='2020-04-16', window='2020-03..2020-05'),
        C('RUT,SPX', 'max_spread_post_pandemic', 64, 'percentage points', 'by as much as 64 percentage points', "n_spread_extreme('RUT','SPX',253,'2020-06-01','2021-12-31','max')", I, PCTI,
          'The spread peaked at 67.62 points on 2021-03-19, 3.6 above the figure (within 10% of the true value).', q='as much as', ref='2021-03-19', window='2020-06..2021-12'),
        C('RUT,SPX', 'spread_now', -19, 'percentage points', 'lagging the S&P by 19 points over the last 12 months', "[n_spread_at('RUT','SPX','2022-04-11',253), n_spread_at('RUT','SPX','2022-04-08',253)]", I, IMP,
          '-18.24 points over the 253 sessions to 2022-04-11 (-19.80 to 04-08): 0.76 from the figure on the session the year-to-date figures fit.', ref='2022-04-11', window='253 sessions'),
        C('RUT,SPX', 'z_now', -2, 'standard deviations', 'underperformed large caps over the last year by 2 standard deviations', "spread_z('RUT','SPX',253,'2022-04-11','2003-01-01')", S, INT, 'z = -1.99 against the 2003-2022 mean and standard deviation (-2.03 counting windows ending in 2002).', ref='2022-04-11'),
        C('RUT,SPX', 'five_sigma_51', 51, 'percentage points', '+5-standard deviation (51 points)', "r2(1.6 + 5 * 9.9, 1)", S, ARITH,
          '1.6 + 5 x 9.9 = 51.1, the five-sigma level; the actual 2021 peak (67.62 points) exceeded it.', ref='2021-03-19'),
    ])

# ---------------------------------------------------------------- 8
add('cmegroup_20201026_comparing_russell_2000_sp_500', 'cmegroup.com',
    'https://cmegroup.com/education/featured-reports/equities-comparing-russell-2000-vs-sandp-500.html',
    'CME Group (Erik Norland, featured report)', '2020-10-26', 'exact',
    'The page shows "26 Oct 2020 By Erik Norland" (an update of a 2017 report whose figure still says "38 Years"). The period figures are relative performance, read as the change of the Russell 2000 / S&P 500 price ratio between its extremes in each period (the CME chart is of that ratio); the files start in 1987 for the Russell 2000.',
    "Russell 2000 Versus S&P 500: Compare Performance (CME Group, 26 Oct 2020, by Erik Norland). Since the Russell 2000 began tracking the performance of small-cap stocks in 1979, the index has broadly matched, if not slightly exceeded, "
    "the performance of the venerable S&P 500 index of large-cap stocks. While the two indexes' overall performance has been similar and their correlation generally high (0.8 on average; ranging from 0.6 to 0.96 on a one-year "
    "rolling basis), they have diverged significantly at times. The Russell 2000 is a subset of the Russell 3000, representing approximately 10% of the total market capitalization of that index. Historical performance: 1979-1983: "
    "the Russell 2000 outperformed the S&P 500 by 80% during a period of double-digit inflation, double-digit interest rates and back-to-back recessions in January-June 1980 and August 1981-December 1982. 1983-1990: during the "
    "long economic expansion of the 1980s, large caps rebounded; the S&P 500 outperformed the Russell 2000 by 91%, more than recovering its 1979-83 underperformance. 1990-1994: during the 1990-91 recession and its immediate "
    "aftermath, small caps again outperformed the S&P 500 by nearly 50%. 1994-1999: during the strongest phase of the 1990s expansion, the S&P 500 outperformed the Russell 2000 by 93% over five years. 1999-2014: in a new era of "
    "turbulence, small caps swiftly outperformed large caps once again, with the Russell 2000 drubbing the S&P 500 by 114%.",
    [
        C('RUT,SPX', 'matched_since_1979', True, 'comparison', 'broadly matched, if not slightly exceeded', None, U, NOFILE, 'Needs Russell 2000 history from 1979; the file starts 1987-09-10.', ref='2020-10-26', window='1979..2020'),
        C('RUT,SPX', 'correlation', [0.8, 0.6, 0.96], 'correlation', '0.8 on average; ranging from 0.6 to 0.96', None, U, NOFILE, 'Rolling correlations since 1979; history before the file and the return interval are not given.', ref='2020-10-26'),
        C('RUSSELL3000', 'rut_share_of_cap', 10, 'percent', 'approximately 10% of the total market capitalization', None, U, NOFILE, 'Index weights are not in the files.', q='approximately', ref='2020-10-26'),
        C('RUT,SPX', 'relative_1979_1983', 80, 'percent', 'outperformed the S&P 500 by 80%', None, U, NOFILE, 'Before the RUT file.', ref='1983-06-30', window='1979..1983'),
        C('US_GDP', 'recession_dates', ['1980-01..1980-06', '1981-08..1982-12'], 'months', 'back-to-back recessions in January-June 1980 and August 1981-December 1982', None, U, NOFILE,
          'Recession dates are not in the files (NBER dates them January-July 1980 and July 1981-November 1982).', ref='1982-12-31'),
        C('SPX,RUT', 'relative_1983_1990', 91, 'percent', 'the S&P 500 outperformed the Russell 2000 by 91%', None, U, NOFILE, 'Most of the period is before the RUT file (1987-09-10).', ref='1990-10-31', window='1983..1990'),
        C('RUT,SPX', 'relative_1990_1994', 50, 'percent', 'small caps again outperformed the S&P 500 by nearly 50%', "ratio_extreme_change('RUT','SPX','1990-10-01','1994-12-31')", S, NEARLY,
          'The RUT/SPX ratio rose 50.05% from its 1990-11-05 low to its 1994-03-25 high ("nearly 50" allows 49 to 50.5).', q='nearly', ref='1994-03-25', window='1990-11-05..1994-03-25'),
        C('SPX,RUT', 'relative_1994_1999', 93, 'percent', 'the S&P 500 outperformed the Russell 2000 by 93%', "ratio_extreme_change('RUT','SPX','1994-01-01','1999-12-31')", I, PCTI,
          'From the 1994-03-25 ratio high to the 1999-04-08 low the S&P 500 outperformed by 94.43% (SPX/RUT ratio), 1.4 points above 93.', ref='1999-04-08', window='1994-03-25..1999-04-08'),
        C('SPX,RUT', 'period_length', 5, 'years', 'over five years', "years_between('1994-03-25','1999-04-08')", S, INT, '1994-03-25 to 1999-04-08: 5.0 years.', ref='1999-04-08'),
        C('RUT,SPX', 'relative_1999_2014', 114, 'percent', 'drubbing the S&P 500 by 114%', "ratio_extreme_change('RUT','SPX','1999-01-01','2014-12-31')", I, PCTI,
          'The RUT/SPX ratio rose 116.77% from its 1999-04-08 low to its 2014-03-04 high, 2.8 points above 114.', ref='2014-03-04', window='1999-04-08..2014-03-04'),
    ])
# ---------------------------------------------------------------- 9
add('fool_20251231_spy_vs_iwm', 'fool.com',
    'https://www.fool.com/coverage/etfs/2025/12/31/spy-vs-iwm-is-large-cap-stability-or-small-cap-growth-the-better-choice-for-investors-right-now',
    'The Motley Fool (ETF coverage)', '2025-12-31', 'exact',
    'Date in the URL (2025/12/31), a Wednesday; the table states "1-yr return (as of Dec. 31, 2025)", judged from the 2024-12-31 close to the 2025-12-31 close with the ETFs\' adj_close (total return, as the article says). The five-year figures have no stated end date; the drawdowns match the adj_close series from the 2020-12-31 close exactly. Live quotes in the page header are left out.',
    "SPY vs. IWM: Is Large-Cap Stability or Small-Cap Growth the Better Choice for Investors Right Now? (The Motley Fool, December 31, 2025). Both the SPDR S&P 500 ETF Trust (SPY) and the iShares Russell 2000 ETF (IWM) rank among "
    "the most widely traded exchange-traded funds in the United States, but each serves a distinct purpose: SPY offers broad exposure to the large-cap S&P 500, while IWM tracks the Russell 2000, representing small-cap domestic "
    "stocks. Snapshot: expense ratio, IWM 0.19% and SPY 0.09%; 1-yr return (as of Dec. 31, 2025), IWM 12.04% and SPY 16.57%; dividend yield, IWM 0.97% and SPY 1.06%; beta (5Y monthly), IWM 1.30 and SPY 1.00; AUM, IWM $72 "
    "billion and SPY $701 billion. The 1-yr return represents total return over the trailing 12 months. Performance and risk: max drawdown (5 y), IWM -31.91% and SPY -24.50%; growth of $1,000 over 5 years, IWM $1,259 and SPY "
    "$1,843. Over the past five years, SPY has delivered stronger cumulative growth and shallower losses during downturns. SPY holds 503 large-cap U.S. stocks with a tilt toward technology (35% of assets), financial services (13%) "
    "and communication services (11%); its top three positions -- Nvidia, Apple, and Microsoft -- combined make up just over 20% of assets. With nearly 33 years in operation, SPY is the longest-running U.S. ETF. IWM spreads its "
    "assets across 1,961 holdings.",
    [
        C('IWM', 'expense_ratio', 0.19, 'percent', 'IWM 0.19% and SPY 0.09%', None, U, NOFILE, 'Fund fees are not in the files.', ref='2025-12-31'),
        C('IWM', 'one_year_total_return', 12.04, 'percent', 'IWM 12.04%', "[tr_pct('IWM','2024-12-31','2025-12-31'), pct('IWM','2024-12-31','2025-12-31'), tr_pct('IWM','2024-12-30','2025-12-30')]", I, PCTI,
          'Total return (adj_close) from 2024-12-31 to 2025-12-31: +12.66% (price +11.40%; +13.66% for the window ending 12-30): 0.62 points from the figure.', ref='2025-12-31', window='2024-12-31..2025-12-31', basis='total return'),
        C('SPY', 'one_year_total_return', 16.57, 'percent', 'SPY 16.57%', "[tr_pct('SPY','2024-12-31','2025-12-31'), pct('SPY','2024-12-31','2025-12-31'), tr_pct('SPY','2024-12-30','2025-12-30')]", I, PCTI,
          'Total return +17.72% (price +16.35%; +18.17% for the window ending 12-30): 1.15 points from the figure.', ref='2025-12-31', window='2024-12-31..2025-12-31', basis='total return'),
        C('IWM,SPY', 'dividend_yield', [0.97, 1.06], 'percent', 'IWM 0.97% and SPY 1.06%', None, U, NOFILE, 'Yields are not in the files.', ref='2025-12-31'),
        C('IWM', 'beta_5y_monthly', 1.30, 'beta', 'IWM 1.30 and SPY 1.00', "[monthly_beta('IWM','SPY','2021-01','2025-12'), monthly_beta('IWM','SPY','2021-01','2025-12','close','close')]", U, UNST,
          'The provider\'s beta (window end, benchmark, price or total return) is not stated; 60 monthly total returns of IWM against SPY to December 2025 give 1.08.', ref='2025-12-31'),
        C('IWM,SPY', 'aum', [72, 701], 'billion dollars', 'AUM, IWM $72 billion and SPY $701 billion', None, U, NOFILE, 'Assets are not in the files.', ref='2025-12-31'),
        C('IWM', 'max_drawdown_5y', 31.91, 'percent', 'IWM -31.91%', "tr_max_drawdown('IWM','2020-12-31','2025-12-31')", S, D2, '31.91% (adj_close, 2021-11-08 peak to 2022-06-16 trough).', ref='2025-12-31', window='2020-12-31..2025-12-31', basis='total return'),
        C('SPY', 'max_drawdown_5y', 24.50, 'percent', 'SPY -24.50%', "tr_max_drawdown('SPY','2020-12-31','2025-12-31')", S, D2, '24.50% (adj_close, 2022-01-03 peak to 2022-10-12 trough).', ref='2025-12-31', window='2020-12-31..2025-12-31', basis='total return'),
        C('IWM', 'growth_of_1000_5y', 1259, 'dollars', 'IWM $1,259', "[growth_of('IWM','2020-12-31','2025-12-31',1000,'close'), growth_of('IWM','2020-12-30','2025-12-30',1000,'close'), growth_of('IWM','2020-12-31','2025-12-31')]", U, UNST,
          'The window is not stated: on price $1,255.53 (12-31 to 12-31) or $1,262.82 (12-30 to 12-30), which bracket the figure; with dividends $1,335.13.', ref='2025-12-31', window='five years'),
        C('SPY', 'growth_of_1000_5y', 1843, 'dollars', 'SPY $1,843', "[growth_of('SPY','2020-12-31','2025-12-31',1000,'close'), growth_of('SPY','2020-12-30','2025-12-30',1000,'close'), growth_of('SPY','2020-12-31','2025-12-31')]", U, UNST,
          'On price $1,823.90 (12-31 to 12-31) or $1,846.85 (12-30 to 12-30), which bracket the figure; with dividends $1,953.88.', ref='2025-12-31', window='five years'),
        C('SPY,IWM', 'stronger_growth_shallower_losses', True, 'comparison', 'SPY has delivered stronger cumulative growth and shallower losses', "[tr_pct('SPY','2020-12-31','2025-12-31'), tr_pct('IWM','2020-12-31','2025-12-31'), tr_max_drawdown('SPY','2020-12-31','2025-12-31'), tr_max_drawdown('IWM','2020-12-31','2025-12-31')]", S, CMP,
          'Five-year total return SPY +95.39% vs IWM +33.51%; maximum drawdown 24.50% vs 31.91%.', ref='2025-12-31', window='2020-12-31..2025-12-31'),
        C('SPY', 'holdings', 503, 'count', 'SPY holds 503 large-cap U.S. stocks', None, U, NOFILE, 'Holdings are not in the files.', ref='2025-12-31'),
        C('SPY', 'sector_weights', [35, 13, 11], 'percent', 'technology (35% of assets)', None, U, NOFILE, 'Sector weights are not in the files.', ref='2025-12-31'),
        C('SPY', 'top_three_weight', 20, 'percent', 'combined make up just over 20% of assets', None, U, NOFILE, 'Holdings weights are not in the files.', q='more than', ref='2025-12-31'),
        C('SPY', 'years_in_operation', 33, 'years', 'With nearly 33 years in operation', "[ds(ser('SPY').index[0]), years_between('1993-01-22','2025-12-31')]", S, NEARLY,
          'SPY launched on 1993-01-22 (first row in the file 1993-01-29): 32.9 years to 2025-12-31.', q='nearly', ref='2025-12-31'),
        C('SPY', 'longest_running_us_etf', True, 'flag', 'SPY is the longest-running U.S. ETF', None, U, NOFILE, 'ETF launch histories are not in the files.', ref='2025-12-31'),
        C('IWM', 'holdings', 1961, 'count', 'across 1,961 holdings', None, U, NOFILE, 'Holdings are not in the files.', ref='2025-12-31'),
    ])

# ---------------------------------------------------------------- 10
add('jacksoncreek_202307_time_for_small_caps_to_shine', 'jacksoncreekinvest.com',
    'https://www.jacksoncreekinvest.com/post/is-it-time-for-small-caps-to-shine',
    'Jackson Creek Investment Advisors (blog, John Riddle)', '2023-07', 'medium',
    'The post is undated; it measures the two years "from July 2021 to June 2023" ("as of June"), so it was written in July 2023 or soon after. Two-year returns are from the 2021-06-30 close to the 2023-06-30 close (price, "excludes dividends"); "rolling 2-year periods" are month-end to month-end.',
    "Is it Time for Small Caps to Shine? (Jackson Creek Investment Advisors). Historical analysis provides compelling insight into where small cap stocks are headed. John Riddle, our Chief Investment Officer, compiled Russell 2000 data "
    "to analyze historical market trends; the results indicate a possible inflection point for the small cap index. The chart plots the 2-year annualized returns on a rolling monthly basis for the Russell 2000. The negative 9.6% "
    "return as of June is the annualized two-year period from July 2021 to June 2023, where the absolute return was -18.3%. This analysis excludes dividends. \"Out of 500 rolling 2-year periods, there have only been 28 where the "
    "Russell 2000 has produced a return equal to or worse than the value we measured for this past June.\" Since the Federal Reserve initiated its rate hiking schedule, the Russell 2000 has not kept pace with the larger stock "
    "S&P 500 and tech-heavy Nasdaq 100. Riddle also looked at subsequent 1-, 2-, and 3-year returns. Of the 28 periods with trailing 2-year returns at or below the level reached in June, 27 of the following 12-months were positive. "
    "Additionally, in every instance the subsequent 2-year and 3-year returns were positive. The average return in the twelve months following those 28 periods is 34.1%. That includes the single negative period in 2002, with a "
    "-23.2% forward 1-year return.",
    [
        C('RUT', 'two_year_annualized', -9.6, 'percent', 'The negative 9.6% return as of June', "annualized('RUT','2021-06-30','2023-06-30')", S, D1, '-9.59% a year from the 2021-06-30 close to the 2023-06-30 close.', ref='2023-06-30', window='2021-06-30..2023-06-30'),
        C('RUT', 'two_year_change', -18.3, 'percent', 'the absolute return was -18.3%', "pct('RUT','2021-06-30','2023-06-30')", S, D1, '-18.26% (price).', ref='2023-06-30', window='2021-06-30..2023-06-30'),
        C('RUT', 'rolling_periods', 500, 'count', 'Out of 500 rolling 2-year periods', None, U, NOFILE, 'Monthly two-year windows back to about 1979-81; the RUT file starts 1987-09-10.', ref='2023-06-30'),
        C('RUT', 'periods_at_or_below', 28, 'count', 'there have only been 28', "rolling_months_at_or_below('RUT',24,-18.26,'1989-09-01','2023-05-31')", U, NOFILE,
          'From 1989 (the first two-year window in the file) month ends with a trailing two-year change at or below -18.26% number 29 before June 2023 (1990-10, 2002, 2003, 2008-10, 2009, 2010-08, 2020-03, 2023-03 to 05); windows before 1989 are not in the file, so the count cannot be decided.', ref='2023-06-30', window='1979..2023'),
        C('RUT,SPX,NDX', 'lagged_since_hikes', True, 'comparison', 'the Russell 2000 has not kept pace', "[fomc_meetings('2022-03-01','2022-03-31'), pct('RUT','2022-03-16','2023-06-30'), pct('SPX','2022-03-16','2023-06-30'), pct('NDX','2022-03-16','2023-06-30')]", S, CMP,
          'From the first hike (decided 2022-03-16) to 2023-06-30: Russell 2000 -6.99%, S&P 500 +2.12%, Nasdaq-100 +8.76%.', ref='2023-06-30', window='2022-03-16..2023-06-30'),
        C('RUT', 'positive_next_12m', '27 of 28', 'count', '27 of the following 12-months were positive', None, U, NOFILE, 'Depends on the 28 periods, partly before the file; in the file every forward year but 2002-02\'s was positive.', ref='2023-06-30'),
        C('RUT', 'positive_next_2y_3y', True, 'flag', 'in every instance the subsequent 2-year and 3-year returns were positive', None, U, NOFILE, 'Same set of periods, partly before the file.', ref='2023-06-30'),
        C('RUT', 'avg_next_12m', 34.1, 'percent', 'The average return in the twelve months following those 28 periods is 34.1%', None, U, NOFILE, 'Same set of periods, partly before the file.', ref='2023-06-30'),
        C('RUT', 'negative_2002_forward', -23.2, 'percent', 'the single negative period in 2002, with a -23.2% forward 1-year return', "rolling_months_at_or_below('RUT',24,-18.26,'2002-01-01','2002-12-31')", S, D1,
          'The February 2002 month end (trailing two years -18.76%) was followed by -23.19% over twelve months; every other month end in the file at or below the June 2023 level was followed by a gain.', ref='2003-02-28', window='2002-02-28..2003-02-28'),
    ])

# ---------------------------------------------------------------- 11
add('daytradetowin_202401_sp500_vs_russell_2000_saga', 'daytradetowin.com',
    'https://daytradetowin.com/blog/the-sp-500-vs-russell-2000-saga-why-the-former-holds-the-winning-hand/',
    'Day Trade to Win blog (rewrite of a MarketWatch column by Mark Hulbert)', '2024-01', 'medium',
    'Undated blog rewrite; it speaks of "a 17% gain in 2023" and of 2023 as the past year, so it was written in early 2024. 2023 returns run from the 2022-12-30 to the 2023-12-29 close; "the last five years" is read as 2019-2023 (2018-12-31 to 2023-12-29).',
    "The S&P 500 vs. Russell 2000 Saga: Why the Former Holds the Winning Hand (Day Trade to Win blog). The prevailing trend towards a \"winner-take-all\" economy is tilting the scales in favor of large-cap stocks over small-caps and "
    "midcaps, despite the Russell 2000 index showing a 17% gain in 2023. Surprisingly, small-cap and midcap stocks appear even more undervalued today compared to a year ago. However, appearances can be misleading for two reasons. "
    "Firstly, the iShares P/E calculation only considers profitable companies, understating the true P/E ratio. Factoring in unprofitable companies, the Russell 2000's P/E, as per Birinyi Associates, stands at 27.1, more than double "
    "the reported 11.8 by iShares. Secondly, despite a robust economy in 2023, the average company in the Russell 2000 reported lower earnings than the previous year, with almost 800 companies experiencing losses over the past "
    "12 months. Research by Kathleen Kahle and Rene Stulz reveals a growing concentration of income among the top 100 most-profitable U.S. publicly-traded firms, rising from 48.5% in 1975 to 84.2% in 2015. Over the last five years, "
    "the Russell 2000 has lagged behind the S&P 500 by 5.9 annualized percentage points, indicating a consistent trend.",
    [
        C('RUT', 'year_return_2023', 17, 'percent', 'showing a 17% gain in 2023', "[year_return('RUT',2023), tr_pct('IWM','2022-12-30','2023-12-29')]", S, INT,
          'With dividends (IWM total return) +16.83%, about +16.9% for the index: 17% rounds it. The price index gained 15.09%, which would be contradicted on a price reading.', ref='2023-12-29', window='2023', basis='total return'),
        C('RUT_FUNDAMENTALS', 'more_undervalued_than_year_ago', True, 'flag', 'appear even more undervalued today compared to a year ago', None, U, NOFILE, 'Valuations are not in the files.', ref='2023-12-29'),
        C('RUT_FUNDAMENTALS', 'pe_all_companies', 27.1, 'ratio', 'stands at 27.1', None, U, NOFILE, 'Valuations are not in the files.', ref='2023-12-29'),
        C('RUT_FUNDAMENTALS', 'pe_ishares', 11.8, 'ratio', 'the reported 11.8 by iShares', None, U, NOFILE, 'Valuations are not in the files.', ref='2023-12-29'),
        C('RUT_FUNDAMENTALS', 'more_than_double', True, 'comparison', 'more than double', "r2(27.1 / 11.8)", S, ARITH, '27.1 / 11.8 = 2.30.', ref='2023-12-29'),
        C('RUT_EARNINGS', 'loss_makers', 800, 'count', 'almost 800 companies experiencing losses', None, U, NOFILE, 'Company earnings are not in the files.', q='nearly', ref='2023-12-29'),
        C('EARNINGS', 'top100_share', [48.5, 84.2], 'percent', 'rising from 48.5% in 1975 to 84.2% in 2015', None, U, NOFILE, 'Academic earnings data, not in the files.', ref='2015-12-31'),
        C('RUT,SPX', 'five_year_annualized_lag', 5.9, 'percentage points', 'lagged behind the S&P 500 by 5.9 annualized percentage points', "[annualized('IWM','2018-12-31','2023-12-29','adj_close'), annualized('SPY','2018-12-31','2023-12-29','adj_close'), annualized('RUT','2018-12-31','2023-12-29'), annualized('SPX','2018-12-31','2023-12-29')]", I, PCTI,
          'Total return (ETFs) 9.89% vs 15.61% a year, a 5.72-point gap (5.82 after adding back the fee difference); price 8.50% vs 13.75%, 5.25 points: close to 5.9 but outside the tolerance.', ref='2023-12-29', window='2019-2023'),
    ])
# ---------------------------------------------------------------- 12
add('bespoke_20190911_small_cap_surge', 'bespokepremium.com',
    'https://www.bespokepremium.com/think-big-blog/small-cap-surge/',
    'Bespoke Investment Group (Think B.I.G. blog)', '2019-09-11', 'high',
    'The post is undated. Its figures fit one week only: the Russell 2000 rose more than 1% and beat the S&P 500 by more than a point on each of the first three days of the week, in September ("at the start of September"), only in the week of 2019-09-09 (Mon +1.27%, Tue +1.14%, Wed +2.21%; S&P -0.01%, +0.03%, +0.72%). It is taken as written after the close of Wednesday 2019-09-11. The ratio is S&P 500 / Russell 2000 over the 15 years from 2004-09-11.',
    "Small Cap Surge (Bespoke Investment Group). Small caps have been serial underperformers versus the large-cap S&P 500 over the last 12+ months, but they're having their day in the sun this week. Not only has the small-cap Russell "
    "2,000 risen more than 1% for three consecutive trading days to start the week, but the index has also outperformed the S&P 500 by more than one percentage point on each of the last three days. If this is the start of a "
    "longer-term small cap resurgence, there is certainly a lot of runway left. The chart shows the ratio between the S&P 500 and the Russell 2,000 over the last 15 years; when the line is rising, the S&P is outperforming the "
    "Russell. The S&P has been outperforming the Russell for the last year, and the ratio got extended to the very top of its 15-year range at the start of September. Since peaking earlier this month, however, the ratio has "
    "fallen dramatically as small caps have started to outperform. Even after the recent small-cap outperformance, the ratio remains well above its long-term average.",
    [
        C('RUT,SPX', 'underperformed_12m', True, 'comparison', 'serial underperformers versus the large-cap S&P 500 over the last 12+ months', "[n_day_pct('RUT','2019-09-06',252), n_day_pct('SPX','2019-09-06',252), n_day_pct('RUT','2019-09-11',252), n_day_pct('SPX','2019-09-11',252)]", S, CMP,
          'Over the 252 sessions to 2019-09-06 the Russell 2000 fell 12.88% while the S&P 500 rose 3.12% (to 09-11: -8.25% vs +4.30%).', ref='2019-09-11', window='252 sessions'),
        C('RUT', 'three_days_over_1pct', True, 'flag', 'risen more than 1% for three consecutive trading days to start the week', "[day_pct('RUT','2019-09-09'), day_pct('RUT','2019-09-10'), day_pct('RUT','2019-09-11')]", S, MORE, '+1.27%, +1.14% and +2.21% on 2019-09-09 to 09-11.', q='more than', ref='2019-09-11', window='2019-09-09..2019-09-11'),
        C('RUT,SPX', 'beat_by_over_1pt_3_days', True, 'flag', 'outperformed the S&P 500 by more than one percentage point on each of the last three days', "[day_pct('SPX','2019-09-09'), day_pct('SPX','2019-09-10'), day_pct('SPX','2019-09-11')]", S, MORE,
          'S&P 500 -0.01%, +0.03% and +0.72%: margins of 1.28, 1.11 and 1.49 points.', q='more than', ref='2019-09-11', window='2019-09-09..2019-09-11'),
        C('RUT', 'runway_left', True, 'flag', 'there is certainly a lot of runway left', None, N, 'conditional statement: not_checkable', 'Conditional on a resurgence that has not happened yet.', ref='2019-09-11'),
        C('SPX,RUT', 'ratio_top_of_15y_range', True, 'flag', 'the very top of its 15-year range at the start of September', "[ratio_pos_in_range('SPX','RUT','2019-09-06','2004-09-11'), last_ratio_at_or_above('SPX','RUT','2019-09-06')]", S, 'position in range matches',
          'On 2019-09-06 the ratio (1.979) stood at 96% of its 15-year closing range (1.550 to 1.997, the high on 2005-04-29) and was the highest since 2008-01-15.', ref='2019-09-06', window='2004-09..2019-09'),
        C('SPX,RUT', 'ratio_peak_this_month', '2019-09', 'month', 'Since peaking earlier this month', "[ratio('SPX','RUT','2019-09-06'), ratio('SPX','RUT','2019-09-11'), ratio_pct('SPX','RUT','2019-09-06','2019-09-11')]", S, DATE,
          'The ratio peaked at 1.9790 on 2019-09-06 and fell 3.76% to 1.9045 by 2019-09-11.', ref='2019-09-11'),
        C('SPX,RUT', 'ratio_above_average', True, 'comparison', 'remains well above its long-term average', "ratio_pos_in_range('SPX','RUT','2019-09-11','2004-09-11')", S, CMP,
          'The 1.9045 ratio on 2019-09-11 was well above its 15-year mean of 1.759.', ref='2019-09-11'),
    ])

# ---------------------------------------------------------------- 13
add('longbridge_20260115_small_caps_outshine_tech', 'longbridge.com',
    'https://longbridge.com/en/news/272748312',
    'Longbridge news (syndicated market story)', '2026-01-15', 'medium',
    'The story states its figures "as of Jan. 15" (2026); it is taken as written on 2026-01-15 and judged at that close. The ten-session run of Russell 2000 outperformance ran 2026-01-02 to 01-15.',
    "Small caps outshine tech elite in 2026; Russell 2000 hits record highs, up 7% YTD. Small caps beat S&P for 10 days. In 2026, the Russell 2000 index started the year strong by reaching new highs, overshadowing the tech giants on "
    "Wall Street. The small-cap benchmark, monitored through the iShares Russell 2000 ETF (IWM), has achieved record highs during the last 10 trading sessions as of Jan. 15. Throughout this period, small-cap stocks have outperformed "
    "large caps consistently, surpassing the benchmarks of the SPDR S&P 500 ETF Trust (SPY). This unbroken streak is reminiscent of June 2008. Year-to-date, the Russell 2000 has surged over 7%, significantly surpassing the S&P 500's "
    "meager 1.5% growth. On the contrary, the Roundhill Magnificent Seven ETF (MAGS) has seen no growth, remaining flat for the year. Small caps have stolen the spotlight in early 2026 by outperforming the S&P 500 for the longest "
    "stretch since 2008. The driving force behind this rally has been the improving macroeconomic conditions, leading to a more positive earnings outlook for smaller companies.",
    [
        C('RUT', 'records_2026', True, 'flag', 'Russell 2000 hits record highs', "record_close_dates('RUT','2026-01-01','2026-01-15')", S, REC, 'Record closes on 2026-01-08, 01-09, 01-12, 01-14 and 01-15.', ref='2026-01-15'),
        C('RUT', 'ytd_change_headline', 7, 'percent', 'up 7% YTD', "ytd('RUT','2026-01-15')", I, IMP, '+7.76% year to date at the 2026-01-15 close: the headline\'s unhedged 7 is 0.76 short (the body\'s "over 7%" holds).', ref='2026-01-15', window='2026 to date'),
        C('RUT,SPX', 'beat_days', 10, 'count', 'Small caps beat S&P for 10 days', "rel_streak('RUT','SPX','2026-01-15')", S, COUNT, 'The Russell 2000 beat the S&P 500 on each of the ten sessions 2026-01-02 to 01-15.', ref='2026-01-15', window='2026-01-02..2026-01-15'),
        C('RUT', 'records_last_10_sessions', True, 'flag', 'has achieved record highs during the last 10 trading sessions', "[record_close_dates('RUT','2026-01-01','2026-01-15'), record_close_dates('IWM','2026-01-01','2026-01-15')]", S, REC,
          'Records were set on five of the ten sessions (index and IWM alike); read as "on each of the last ten sessions" the claim would fail.', ref='2026-01-15', window='2026-01-02..2026-01-15'),
        C('IWM,SPY', 'outperformed_consistently', True, 'comparison', 'small-cap stocks have outperformed large caps consistently', "[rel_streak('IWM','SPY','2026-01-15'), rel_streak('RUT','SPX','2026-01-15')]", S, CMP, 'IWM beat SPY on each of the same ten sessions.', ref='2026-01-15'),
        C('RUT,SPX', 'streak_reminiscent_of', '2008-06', 'month', 'reminiscent of June 2008', "last_rel_streak_at_least('RUT','SPX','2026-01-15')", S, SINCE, 'The last run of ten or more was 13 sessions ending 2008-06-06.', ref='2026-01-15'),
        C('RUT', 'ytd_change', 7, 'percent', 'the Russell 2000 has surged over 7%', "ytd('RUT','2026-01-15')", S, MORE, '+7.76%.', q='more than', ref='2026-01-15', window='2026 to date'),
        C('SPX', 'ytd_change', 1.5, 'percent', "the S&P 500's meager 1.5% growth", "ytd('SPX','2026-01-15')", S, D1, '+1.45%.', ref='2026-01-15', window='2026 to date'),
        C('MAGS', 'ytd_change', 0, 'percent', 'remaining flat for the year', None, U, NOFILE, 'MAGS is not in the files.', ref='2026-01-15'),
        C('RUT,SPX', 'longest_since', 2008, 'year', 'for the longest stretch since 2008', "last_rel_streak_at_least('RUT','SPX','2026-01-15')", S, SINCE, 'Last streak at least as long: 13 sessions to 2008-06-06.', ref='2026-01-15'),
    ])

# ---------------------------------------------------------------- 14
add('financier_20260115_rut_10_day_streak', 'financier.news',
    'https://financier.news/russell-2000-surpasses-sp-500-in-10-day-winning-streak',
    'Financier.news (citing Nasdaq Dorsey Wright)', '2026-01-15', 'medium',
    'Undated; it reports the ten-day streak that Nasdaq Dorsey Wright described on 2026-01-15 and is taken as written that day. Its "as of mid-January" year-to-date figures (5.8% for the Russell 2000, about 2.0% for the Nasdaq 100) match the 2026-01-09 close instead (5.73%, 2.05%); at any session from January 12 to 16 the Russell 2000 figure was 6.09-7.89%.',
    "Russell 2000 Surpasses S&P 500 in 10-Day Winning Streak (Financier.news). The Russell 2000 index has outperformed the S&P 500 for ten consecutive trading days, marking the longest streak since June 2008. The small-cap index's "
    "performance has increased its year-to-date lead over large caps by more than 5%, according to Nasdaq Dorsey Wright. On January 8, the Russell 2000, tracked via the iShares Russell 2000 ETF (IWM), reached a record high of "
    "2,603.90, part of what analysts call the 'Great Rotation'. As of mid-January, the index has gained 5.8% year-to-date, significantly outpacing the approximately 2.0% gain in the Nasdaq 100. The Russell 2000, the equal-weighted "
    "S&P 500 and the Semiconductor Index have all been pushing new all-time highs. A more accommodative Federal Reserve, with recent rate cuts bringing the federal funds rate down to 3.50%-3.75%, has provided a supportive "
    "environment; the July 2025 'OBBBA' legislation reinstated 100% bonus depreciation. By the end of 2025, the Russell 2000 was trading at a forward P/E of around 18x, compared to the S&P 500's approximately 27x.",
    [
        C('RUT,SPX', 'beat_days', 10, 'count', 'outperformed the S&P 500 for ten consecutive trading days', "rel_streak('RUT','SPX','2026-01-15')", S, COUNT, 'Ten sessions, 2026-01-02 to 01-15.', ref='2026-01-15'),
        C('RUT,SPX', 'longest_since', '2008-06', 'month', 'the longest streak since June 2008', "last_rel_streak_at_least('RUT','SPX','2026-01-15')", S, SINCE, 'Last run of ten or more: 13 sessions ending 2008-06-06.', ref='2026-01-15'),
        C('RUT,SPX', 'ytd_lead', 5, 'percentage points', 'its year-to-date lead over large caps by more than 5%', "[ytd('RUT','2026-01-15'), ytd('SPX','2026-01-15')]", S, MORE, 'Lead of 6.31 points (7.76% vs 1.45%) on 2026-01-15.', q='more than', ref='2026-01-15'),
        C('RUT', 'record_level', 2603.90, 'index points', 'reached a record high of 2,603.90', "[close('RUT','2026-01-08'), is_record_close('RUT','2026-01-08'), high('RUT','2026-01-08')]", S, D2, 'Record close of 2,603.91 on 2026-01-08 (intraday high 2,608.58).', ref='2026-01-08'),
        C('RUT', 'ytd_change', 5.8, 'percent', 'the index has gained 5.8% year-to-date', "[ytd('RUT','2026-01-09'), ytd('RUT','2026-01-12'), ytd('RUT','2026-01-15')]", X, PCTX,
          '"As of mid-January" the gain was 6.20% (01-12) to 7.76% (01-15); 5.8% fits only the 2026-01-09 close (5.73%), a week earlier. At the streak date it is off by almost two points (25%).', ref='2026-01-15', window='2026 to date'),
        C('NDX', 'ytd_change', 2.0, 'percent', 'the approximately 2.0% gain in the Nasdaq 100', "[ytd('NDX','2026-01-09'), ytd('NDX','2026-01-12'), ytd('NDX','2026-01-15')]", X, PCTX,
          'Nasdaq-100 +1.18% at 2026-01-15 (+2.13% on 01-12, 0.86-1.18% from 01-13 to 01-16); the figure fits 2026-01-09 (+2.05%) and 01-12, but not the date of the streak it reports.', q='approximately', ref='2026-01-15', window='2026 to date'),
        C('SPX_EW,SOX', 'all_time_highs', True, 'flag', 'the equal-weighted S&P 500 and the Semiconductor Index', None, U, NOFILE, 'Neither index is in the files (the Russell 2000 part is true: record closes through 2026-01-15).', ref='2026-01-15'),
        C('FEDFUNDS', 'target_range', '3.50-3.75', 'percent', 'bringing the federal funds rate down to 3.50%-3.75%', "[fed_range('2026-01-15'), fed_changes('2025-09-01','2026-01-15')]", S, FED, 'Range 3.50%-3.75% after cuts effective 2025-09-18, 10-30 and 12-11.', ref='2026-01-15'),
        C('US_TAX_LAW', 'bonus_depreciation', 'July 2025', 'month', "the July 2025 'OBBBA' legislation", None, U, NOFILE, 'Legislation is not in the files.', ref='2025-07-04'),
        C('RUT_FUNDAMENTALS', 'forward_pe', 18, 'ratio', 'a forward P/E of around 18x', None, U, NOFILE, 'Valuations are not in the files.', q='about', ref='2025-12-31'),
        C('SPX_FUNDAMENTALS', 'forward_pe', 27, 'ratio', "the S&P 500's approximately 27x", None, U, NOFILE, 'Valuations are not in the files.', q='approximately', ref='2025-12-31'),
    ])

# ---------------------------------------------------------------- 15
add('everything3_202012_small_caps_catch_up_2020', 'everything3.com',
    'http://www.everything3.com/view/article/3913',
    'everything3.com (investor note citing BofA)', '2020-12', 'medium',
    'Undated note. It cites valuations "at the end of November" and says the Russell 2000 "now has caught up with the S&P 500 at about +13% YTD": the Russell 2000 first closed the year ahead of the S&P 500 on 2020-12-08 (14.94% vs 14.59%) and on 2020-12-09 both were near 13-14% (14.01% vs 13.68%); the note is taken as written around 2020-12-09 and judged at that close. The March low and November 9 are judged on the session ranges.',
    "Small caps catch up with large for 2020. Russell 2000 low was -42% YTD in March, was lagging large cap. But on Nov 9th hit 0% growth YTD. Now has caught up with the S&P 500 at about +13% YTD. That's even though stocks overall "
    "have grown pricier relative to their earnings. The Russell 2000 traded at the end of November at 18.1 times its projected earnings over the next 12 months, above an average since 1985 of 15.3, according to BofA. But the "
    "relative discount for small-caps in recent months was the largest since 2001.",
    [
        C('RUT', 'ytd_low_march', -42, 'percent', 'Russell 2000 low was -42% YTD in March', "[min_low('RUT','2020-03-01','2020-03-31'), r2(100 * (min_low('RUT','2020-03-01','2020-03-31') / close('RUT','2019-12-31') - 1)), r2(100 * (min_close('RUT','2020-03-01','2020-03-31') / close('RUT','2019-12-31') - 1))]", S, INT,
          'The intraday low of 966.22 on 2020-03-18 was 42.09% below the 2019 close (the lowest close, 991.16 the same day, was 40.59% below).', ref='2020-03-18', basis='intraday low'),
        C('RUT,SPX', 'lagging_in_march', True, 'comparison', 'was lagging large cap', "[ytd('RUT','2020-03-18'), ytd('SPX','2020-03-18')]", S, CMP, 'On 2020-03-18: Russell 2000 -40.59% vs S&P 500 -25.77% year to date.', ref='2020-03-18'),
        C('RUT', 'ytd_zero_nov9', 0, 'percent', 'on Nov 9th hit 0% growth YTD', "[ytd('RUT','2020-11-06'), r2(100 * (low('RUT','2020-11-09') / close('RUT','2019-12-31') - 1)), r2(100 * (high('RUT','2020-11-09') / close('RUT','2019-12-31') - 1)), ytd('RUT','2020-11-09')]", S, 'level crossed during the session',
          'The index entered 2020-11-09 at -1.21% for the year; the session ranged from -0.98% to +4.63% and closed at +2.19%, crossing zero.', ref='2020-11-09', basis='intraday'),
        C('RUT,SPX', 'caught_up', True, 'comparison', 'Now has caught up with the S&P 500', "[ytd('RUT','2020-12-09'), ytd('SPX','2020-12-09'), ytd('RUT','2020-12-07'), ytd('SPX','2020-12-07')]", S, CMP,
          'Russell 2000 +14.01% vs S&P 500 +13.68% on 2020-12-09 (it had still trailed, 13.35% vs 14.27%, on 12-07).', ref='2020-12-09', window='2020 to date'),
        C('RUT', 'ytd_change', 13, 'percent', 'at about +13% YTD', "ytd('RUT','2020-12-09')", S, ABOUT, '+14.01% (within one point of 13).', q='about', ref='2020-12-09', window='2020 to date'),
        C('SPX', 'ytd_change', 13, 'percent', 'caught up with the S&P 500 at about', "ytd('SPX','2020-12-09')", S, ABOUT, '+13.68%.', q='about', ref='2020-12-09', window='2020 to date'),
        C('RUT_FUNDAMENTALS', 'forward_pe', 18.1, 'ratio', 'at 18.1 times its projected earnings', None, U, NOFILE, 'Valuations are not in the files.', ref='2020-11-30'),
        C('RUT_FUNDAMENTALS', 'forward_pe_avg_since_1985', 15.3, 'ratio', 'an average since 1985 of 15.3', None, U, NOFILE, 'Valuations are not in the files.', ref='2020-11-30'),
        C('RUT_FUNDAMENTALS', 'relative_discount_largest_since', 2001, 'year', 'the largest since 2001', None, U, NOFILE, 'Valuations are not in the files.', ref='2020-11-30'),
    ])

# ---------------------------------------------------------------- 16
add('macrohive_202101_small_caps_market_performer', 'pantalking.com',
    'https://pantalking.com/index5be4.html?add-to-cart=23643',
    'Macro Hive (subscriber article teaser, copied on pantalking.com)', '2021-01-11', 'medium',
    'Undated copy. "In early November" is read as the 2020-11-02 close, the day the Russell 2000 stood about six points below its 2019 close (-5.99%) with the S&P 500 up for the year (+2.46%); the gains "since then" (33%, 15.5%, 18.2%) match the 2021-01-08 close exactly (33.35%, 15.54%, 18.23%), so the piece is taken as written on Monday 2021-01-11 with data through Friday 2021-01-08.',
    "US small caps (Macro Hive). In early November, we argued that US small caps as expressed through the Russell 2000 index (RTY) should start to outperform. The index was still six points underwater compared with the start of 2020, "
    "while the S&P 500 (SPX) was up on the year. We thought, with the economy reopening and the prospect of vaccines on the horizon, small caps should perform well. Indeed, they have. The RTY index has surged 33% since then, far "
    "outperforming the SPX (+15.5%) and NASDAQ 100 (+18.2%). But going forward, if history is a guide, the RTY index will no longer outperform and will be much closer to a market performer. Over the last 35 years, the RTY index has "
    "tracked the large-cap SPX index closely. It tends to underperform in recessions and big market selloffs, then recover sharply. After the initial rally, it tends to track or modestly outperform the SPX. Summary: the Russell 2000 "
    "index has been on a hot streak since the election, far outperforming the SPX and NASDAQ 100 indices; we expect it to be a market performer relative to the SPX index for now.",
    [
        C('RUT', 'ytd_early_november', -6, 'percent', 'still six points underwater compared with the start of 2020', "[ytd('RUT','2020-11-02'), ytd('RUT','2020-10-30'), ytd('RUT','2020-11-03')]", S, INT,
          '-5.99% for the year at the 2020-11-02 close (-7.79% on 10-30, -3.25% on 11-03).', ref='2020-11-02', window='2020 to date'),
        C('SPX', 'ytd_early_november', 'up', 'direction', 'while the S&P 500 (SPX) was up on the year', "[ytd('SPX','2020-11-02'), ytd('SPX','2020-10-30')]", S, 'sign matches', '+2.46% on 2020-11-02 (+1.21% on 10-30).', ref='2020-11-02'),
        C('RUT', 'change_since', 33, 'percent', 'The RTY index has surged 33% since then', "pct('RUT','2020-11-02','2021-01-08')", S, INT, '+33.35% from the 2020-11-02 close to 2021-01-08.', ref='2021-01-08', window='2020-11-02..2021-01-08'),
        C('SPX', 'change_since', 15.5, 'percent', 'the SPX (+15.5%)', "pct('SPX','2020-11-02','2021-01-08')", S, D1, '+15.54%.', ref='2021-01-08', window='2020-11-02..2021-01-08'),
        C('NDX', 'change_since', 18.2, 'percent', 'NASDAQ 100 (+18.2%)', "pct('NDX','2020-11-02','2021-01-08')", S, D1, '+18.23%.', ref='2021-01-08', window='2020-11-02..2021-01-08'),
        C('RUT', 'no_longer_outperform', True, 'flag', 'the RTY index will no longer outperform', None, F, FC, 'A projection.', ref='2021-01-11'),
        C('RUT,SPX', 'tracked_35_years', True, 'comparison', 'Over the last 35 years, the RTY index has tracked the large-cap SPX index closely', None, U, NOFILE, 'Thirty-five years reach back to 1986, before the RUT file (1987-09-10); "closely" is not quantified.', ref='2021-01-08', window='1986..2021'),
        C('GENERIC', 'recession_pattern', True, 'flag', 'It tends to underperform in recessions and big market selloffs', None, N, RULE, 'A general tendency, not a dated claim.', ref='2021-01-08'),
        C('RUT,SPX,NDX', 'hot_streak_since_election', True, 'comparison', 'on a hot streak since the election', "[pct('RUT','2020-11-03','2021-01-08'), pct('SPX','2020-11-03','2021-01-08'), pct('NDX','2020-11-03','2021-01-08')]", S, CMP,
          'From the Election Day close (2020-11-03) to 2021-01-08: Russell 2000 +29.57%, S&P 500 +13.52%, Nasdaq-100 +16.18%.', ref='2021-01-08', window='2020-11-03..2021-01-08'),
        C('RUT', 'market_performer_expected', True, 'flag', 'we expect it to be a market performer relative to the SPX index for now', None, F, FC, 'A projection.', ref='2021-01-11'),
    ])

# ---------------------------------------------------------------- 18
add('sentimentrader_202407_thrust_favorable_small_caps', 'sentimentrader.com',
    'https://sentimentrader.com/blog/the-recent-thrust-is-favorable-for-small-caps',
    'SentimenTrader (blog)', '2024-07', 'medium',
    'Undated blog post about the 5-day rate of change that "on 2024-07-16 ... crossed above +10%"; it mentions data "into July 2024", so it was written in the second half of July 2024. "Several years" of underperformance is judged over the three years to 2024-07-16.',
    "The recent thrust is favorable for small-caps (SentimenTrader). Key points: small caps have underperformed large caps for several years; a recent thrust in the Russell 2000 Index suggests good potential for more upside for "
    "small-caps; whether there will be a sea change in small-caps relative to large-caps remains to be seen. The chart displays the 5-day percentage rate-of-change for the Russell 2000 (ticker RUT) since 1979; at the far right, "
    "on 2024-07-16, the RUT 5-day change crossed above +10%. The table summarizes RUT performance following previous readings of +10% or more since 1979, including overlapping signals: the most notable results are the 12-month Win "
    "Rate of 91% and the Median gain of +23.1%. As an illustration, a system that buys the RUT when its 5-day rate of change crosses above +10% and holds it for 12 months is followed from 1979 into July 2024.",
    [
        C('RUT,SPX', 'underperformed_several_years', True, 'comparison', 'small caps have underperformed large caps for several years', "[pct('RUT','2021-07-16','2024-07-16'), pct('SPX','2021-07-16','2024-07-16'), year_return('RUT',2023), year_return('SPX',2023)]", S, CMP,
          'Over the three years to 2024-07-16 the Russell 2000 rose 4.64% against 30.97% for the S&P 500 (and it trailed in 2021, 2022 and 2023).', ref='2024-07-16', window='2021-07-16..2024-07-16'),
        C('RUT', 'five_day_roc_cross', 10, 'percent', 'the RUT 5-day change crossed above +10%', "[n_day_pct('RUT','2024-07-15',5), n_day_pct('RUT','2024-07-16',5), last_n_day_at_least('RUT','2024-07-15',5,10)]", S, MORE,
          'The 5-session change rose from 7.28% on 2024-07-15 to 11.54% on 2024-07-16; the previous reading of +10% or more was in 2020.', q='more than', ref='2024-07-16'),
        C('RUT', 'signals_since_1979', True, 'flag', 'following previous readings of +10% or more since 1979', None, U, NOFILE, 'The signal list starts in 1979, before the RUT file (1987-09-10).', ref='2024-07-16'),
        C('RUT', 'win_rate_12m', 91, 'percent', '12-month Win Rate of 91%', None, U, NOFILE, 'Overlapping signals since 1979; history before the file.', ref='2024-07-16'),
        C('RUT', 'median_gain_12m', 23.1, 'percent', 'the Median gain of +23.1%', None, U, NOFILE, 'Overlapping signals since 1979; history before the file.', ref='2024-07-16'),
        C('RUT', 'upside_potential', True, 'flag', 'suggests good potential for more upside', None, F, FC, 'A projection.', ref='2024-07-16'),
    ])

# ---------------------------------------------------------------- 19
add('darkstone_20260122_great_rotation', 'darkstonecapital.ai',
    'https://www.darkstonecapital.ai/the-great-rotation-is-here-and-most-investors-will-miss-it',
    'Darkstone Capital (blog)', '2026-01-22', 'medium',
    'Undated post. It reports "13 consecutive sessions of outperformance", which the Russell 2000 reached at the 2026-01-21 close (the run became 14 on 01-22 and ended 01-23), so it is taken as written on 2026-01-22 with data through 2026-01-21. "The first three weeks of 2026" are judged at the 2026-01-21 close (the 01-16 and 01-22 closes are in the notes).',
    "The Great Rotation Is Here, and Most Investors Will Miss It (Darkstone Capital). The Russell 2000 just posted 13 consecutive sessions of outperformance against the S&P 500. That's not a typo. The last time that happened? June 2008. "
    "In 2008 that streak was fear-driven; in 2026 it's a proactive pursuit of value. By the end of 2025, the valuation gap between small and large caps had reached a 25-year extreme: the Russell 2000 was trading at roughly 18x forward "
    "earnings, the S&P 500 at 26x. The Russell 2000 has surged nearly 8% in the first three weeks of 2026 alone. The iShares Russell 2000 ETF (IWM) hit all-time highs above 2,650. Meanwhile, the Nasdaq 100 has managed a meager 2% "
    "gain. Why now? The Fed pivot is finally real: after three consecutive 25-basis-point cuts in late 2025, the federal funds rate now sits at 3.50%-3.75%. Fiscal policy is supercharging domestic investment: the \"One Big Beautiful "
    "Act\" (OBBBA), passed in July 2025, stabilized the corporate tax rate at 21% and reintroduced 100% bonus depreciation for capital expenditures.",
    [
        C('RUT,SPX', 'beat_days', 13, 'count', 'just posted 13 consecutive sessions of outperformance', "[rel_streak('RUT','SPX','2026-01-21'), rel_streak('RUT','SPX','2026-01-22')]", S, COUNT, 'Thirteen sessions, 2026-01-02 to 01-21 (fourteen with 01-22).', ref='2026-01-21', window='2026-01-02..2026-01-21'),
        C('RUT,SPX', 'last_time', '2008-06', 'month', 'The last time that happened? June 2008', "last_rel_streak_at_least('RUT','SPX','2026-01-21')", S, SINCE, 'The last run of 13 or more: 13 sessions ending 2008-06-06.', ref='2026-01-21'),
        C('RUT_FUNDAMENTALS', 'valuation_gap_extreme', 25, 'years', 'reached a 25-year extreme', None, U, NOFILE, 'Valuations are not in the files.', ref='2025-12-31'),
        C('RUT_FUNDAMENTALS', 'forward_pe', 18, 'ratio', 'roughly 18x forward earnings', None, U, NOFILE, 'Valuations are not in the files.', q='roughly', ref='2025-12-31'),
        C('SPX_FUNDAMENTALS', 'forward_pe', 26, 'ratio', 'the S&P 500 at 26x', None, U, NOFILE, 'Valuations are not in the files.', ref='2025-12-31'),
        C('RUT', 'ytd_change', 8, 'percent', 'surged nearly 8% in the first three weeks of 2026', "[ytd('RUT','2026-01-21'), ytd('RUT','2026-01-16'), ytd('RUT','2026-01-22')]", I, 'nearly: just above claim + 0.5 unit: imprecise',
          '+8.71% at the 2026-01-21 close, above "nearly 8" (which allows 7 to 8.5); it was +7.89% at the 01-16 close (within) and +9.54% on 01-22.', q='nearly', ref='2026-01-21', window='2026 to date'),
        C('IWM', 'record_level', 2650, 'dollars', 'hit all-time highs above 2,650', "[max_close('IWM','2026-01-01','2026-01-21'), max_high('IWM','2026-01-01','2026-01-21'), max_close('RUT','2026-01-01','2026-01-21')]", X, WRONG,
          'IWM traded near $268 (record close $267.79 and high $268.59 by 2026-01-21): 2,650 is the Russell 2000 index level, which did close above 2,650 (record 2,698.17 by 01-21). As written for the ETF the figure is wrong by a factor of ten.', q='more than', ref='2026-01-21'),
        C('NDX', 'ytd_change', 2, 'percent', 'the Nasdaq 100 has managed a meager 2%', "[ytd('NDX','2026-01-21'), ytd('NDX','2026-01-16'), ytd('NDX','2026-01-22')]", X, PCTX,
          'Nasdaq-100 +0.30% year to date at the 2026-01-21 close (+1.11% on 01-16, +1.06% on 01-22): far from 2%.', ref='2026-01-21', window='2026 to date'),
        C('FEDFUNDS', 'three_cuts_late_2025', 3, 'count', 'three consecutive 25-basis-point cuts in late 2025', "fed_changes('2025-01-01','2026-01-21')", S, FED, 'Cuts of 25 basis points effective 2025-09-18, 10-30 and 12-11 (decided at three consecutive meetings).', ref='2025-12-11'),
        C('FEDFUNDS', 'target_range', '3.50-3.75', 'percent', 'the federal funds rate now sits at 3.50%-3.75%', "fed_range('2026-01-21')", S, FED, 'Range 3.50%-3.75% on 2026-01-21.', ref='2026-01-21'),
        C('US_TAX_LAW', 'obbba_passed', '2025-07', 'month', 'passed in July 2025', None, U, NOFILE, 'Legislation is not in the files.', ref='2025-07-04'),
        C('US_TAX_LAW', 'corporate_rate', 21, 'percent', 'the corporate tax rate at 21%', None, U, NOFILE, 'Tax law is not in the files.', ref='2025-07-04'),
        C('US_TAX_LAW', 'bonus_depreciation', 100, 'percent', 'reintroduced 100% bonus depreciation', None, U, NOFILE, 'Tax law is not in the files.', ref='2025-07-04'),
    ])

# ---------------------------------------------------------------- 20
add('oneil_201805_strategy_view_small_caps', 'williamoneil.com',
    'https://origin.williamoneil.com/post/strategy-view-22',
    "William O'Neil + Co. (Strategy View)", '2018-05-21', 'medium',
    'Undated post. "A break to all-time highs late last week" fits the Russell 2000 record closes of Wednesday to Friday 2018-05-16/17/18 (its first records since January), so the note is taken as written on Monday 2018-05-21 with data through 2018-05-18. "2011-2017" runs from the 2010 to the 2017 year-end close.',
    "Strategy View (William O'Neil + Co.). Key points: We think the Russell 2000 may be due for a catch-up period after underperforming the S&P 500 by 1,700bps from 2011-2017 (it lagged the NDQC by 6,400bps). Prior outperformance "
    "cycles lasted 2-3 years. YTD, the Russell 2000 has taken the clear lead, highlighted by a break to all-time highs late last week. Further, both the Russell 2000 Growth and Value indices are at highs. Fundamentals seem to back the "
    "move. Russell 2000 earnings stagnated from 2012-2016. After a pickup to double digits in 2017 EPS growth, 2018 EPS growth is set to accelerate sharply, likely outpacing S&P 500 growth this year and next: median tax rates of 29% "
    "for Russell 2000 companies are set to drop to around ~20%, a bigger drop than for S&P 500 companies, and a much higher proportion of Russell 2000 companies are turning from negative EPS to positive.",
    [
        C('RUT,SPX', 'underperformance_2011_2017', 1700, 'basis points', 'underperforming the S&P 500 by 1,700bps from 2011-2017', "[pct('RUT','2010-12-31','2017-12-29'), pct('SPX','2010-12-31','2017-12-29')]", S, 'difference of cumulative changes rounds to the figure',
          'Russell 2000 +95.94% vs S&P 500 +112.59% from the 2010 close to the 2017 close: 1,665 basis points, about 1,700.', ref='2017-12-29', window='2011-2017'),
        C('RUT,IXIC', 'lag_vs_nasdaq_2011_2017', 6400, 'basis points', 'it lagged the NDQC by 6,400bps', "[pct('RUT','2010-12-31','2017-12-29'), pct('IXIC','2010-12-31','2017-12-29')]", S, 'difference of cumulative changes rounds to the figure',
          'Nasdaq Composite +160.22%: a gap of 6,428 basis points.', ref='2017-12-29', window='2011-2017'),
        C('RUT', 'prior_cycles_length', '2-3 years', 'years', 'Prior outperformance cycles lasted 2-3 years', None, U, METHOD, 'The cycles are not listed and the measure is not given.', ref='2018-05-18'),
        C('RUT,SPX', 'ytd_lead', True, 'comparison', 'YTD, the Russell 2000 has taken the clear lead', "[ytd('RUT','2018-05-18'), ytd('SPX','2018-05-18'), ytd('IXIC','2018-05-18'), ytd('DJI','2018-05-18')]", S, CMP,
          'At the 2018-05-18 close: Russell 2000 +5.93% vs S&P 500 +1.47% and Dow -0.02%; the Nasdaq Composite (+6.53%) was slightly ahead, so the lead is over the S&P 500 named in the note.', ref='2018-05-18', window='2018 to date'),
        C('RUT', 'record_late_last_week', True, 'flag', 'a break to all-time highs late last week', "record_close_dates('RUT','2018-01-24','2018-05-18')", S, REC, 'Record closes on 2018-05-16, 05-17 and 05-18, the first since 2018-01-23.', ref='2018-05-18'),
        C('RUT_STYLE', 'growth_value_at_highs', True, 'flag', 'both the Russell 2000 Growth and Value indices are at highs', None, U, NOFILE, 'Style indexes are not in the files.', ref='2018-05-18'),
        C('RUT_EARNINGS', 'stagnated_2012_2016', True, 'flag', 'Russell 2000 earnings stagnated from 2012-2016', None, U, NOFILE, 'Earnings are not in the files.', ref='2016-12-31'),
        C('RUT_EARNINGS', 'eps_growth_2017', 'double digits', 'percent', 'a pickup to double digits in 2017 EPS growth', None, U, NOFILE, 'Earnings are not in the files.', ref='2017-12-31'),
        C('RUT_EARNINGS', 'eps_growth_2018', 'accelerate', 'flag', '2018 EPS growth is set to accelerate sharply', None, F, FC, 'A projection.', ref='2018-12-31'),
        C('RUT_FUNDAMENTALS', 'median_tax_rate', [29, 20], 'percent', 'median tax rates of 29%', None, U, NOFILE, 'Tax rates of index members are not in the files.', ref='2018-05-18'),
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
