#!/usr/bin/env python3
"""Build corpora/heldout17b: passages.jsonl, key.jsonl, reference.py.
Claim values are keyed with the helpers of reference.py (ref_head.py), evaluated on the CSV files."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ref_head as R
R.DATA = os.environ.get('CAPSCOPE_DATA_DIR', 'data')
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

P = []  # passages


def C(t, m, v, u, q, rd, w, cmp, b, e, vd, rl, nt, a):
    return dict(t=t, m=m, v=v, u=u, q=q, rd=rd, w=w, cmp=cmp, b=b, e=e, vd=vd, rl=rl, nt=nt, a=a)


TOL_I = 'unhedged integer: |true - claim| <= 0.5'
TOL_1 = 'unhedged 1 decimal: |true - claim| <= 0.07'
TOL_2 = 'unhedged 2 decimals: |true - claim| <= 0.025'
MID = 'mid-session figure inside the session range: unverifiable'
NIF = 'series not in the files: unverifiable'
ONPACE = '"on pace / on track / poised": not_checkable'

# ---------------------------------------------------------------- 1
P.append(dict(
    id='stockcommentary_20160117_small_caps_bear_market',
    source=dict(site='stockcommentary.com', url='http://www.stockcommentary.com/2016/01/its-official-small-caps-are-in-bear.html',
                original_outlet='Stock Commentary (blog)'),
    published='2016-01-17', published_confidence='exact',
    published_note='Post dated Sunday, January 17, 2016; it is about Friday 2016-01-15 ("as of Friday\'s close").',
    text=("Sunday, January 17, 2016. It's official: small caps are in a bear market. A bear market means a drop of at "
          "least 20%. At Friday's close the Small Cap index was down 20.9%: its high was $125.51 on June 23, 2015, and "
          "Friday's close of $99.22 leaves it in bear market territory."),
    claims=[
        C('RUT', 'bear_market', True, 'flag', None, '2016-01-15', 'from 2015-06-23 record close', '>= 20% below record close', 'close',
          "pct_below_max_close('RUT','2016-01-15')", 'supported', 'drawdown >= 20% from the record close',
          'Read on the Russell 2000: 22.23% below its 2015-06-23 record close of 1,295.80 (IWM: 22.39% below its 129.01 close of the same day). The generic claim holds on either.',
          'small caps are in a bear market'),
        C('SMALLCAP_FUND', 'pct_from_high', 20.9, 'pct', None, '2016-01-15', 'from 2015-06-23 high', None, 'close',
          'None', 'unverifiable', NIF,
          'The dollar levels are those of an unnamed small-cap fund, not IWM (close 100.12, record close 129.01) or the Russell 2000 (1,007.72 vs 1,295.80); the files give 22.4% (IWM) and 22.2% (RUT), so the 20.9% of this fund cannot be checked. Do not judge it on IWM.',
          'down 20.9%'),
        C('SMALLCAP_FUND', 'high_level', 125.51, 'usd', None, '2015-06-23', None, None, 'close or intraday',
          'None', 'unverifiable', NIF,
          'IWM on 2015-06-23: high 129.09, close 129.01; not the fund quoted. The date matches the record close of both RUT and IWM.',
          '$125.51'),
        C('SMALLCAP_FUND', 'close', 99.22, 'usd', None, '2016-01-15', None, None, 'close',
          'None', 'unverifiable', NIF, 'IWM closed at 100.12 on 2016-01-15; the fund quoted is not in the files.',
          '$99.22'),
    ]))

# ---------------------------------------------------------------- 2
P.append(dict(
    id='usatoday_20160212_dow_snaps_losing_streak_oil',
    source=dict(site='usat.ly', url='http://usat.ly/1Qb9PBU', original_outlet='USA Today'),
    published='2016-02-12', published_confidence='high',
    published_note='Short link to a USA Today story about Friday\'s session; the Dow close of 15,974 after a 314-point gain and the 412-point Thursday swing fix the session as 2016-02-12.',
    text=("Dow jumps 314 as oil has best day in 7 years. U.S. stocks rallied hard Friday, helped by an explosive oil rally "
          "and some relief for battered bank shares. The Dow Jones industrials ended a five-day losing streak, jumping "
          "314 points, or 2.0%, to close at 15,974. The broader Standard & Poor's 500 rose 2.0% and the Nasdaq composite "
          "added 1.7%. The rebound had started Thursday afternoon, when the Dow climbed out of a steep dive to finish 157 "
          "points off a 412-point loss in the last 90 minutes of trading. A barrel of U.S. crude jumped about 12% to more "
          "than $29, its best day since 2009. Earlier, Tokyo's Nikkei 225 sank 4.8% to finish at 14,952.61."),
    claims=[
        C('DJI', 'losing_streak_before', 5, 'sessions', None, '2016-02-11', 'through Thursday', None, 'close',
          "down_streak('DJI','2016-02-11')", 'supported', 'streak on daily closes',
          'Down closes 2016-02-05, 08, 09, 10, 11; up on 2016-02-04; Friday 2016-02-12 up.', 'five-day losing streak'),
        C('DJI', 'change_points', 314, 'points', None, '2016-02-12', 'day', None, 'close',
          "chg('DJI','2016-02-12')", 'supported', TOL_I, '15,973.84 - 15,660.18 = +313.66.', '314 points'),
        C('DJI', 'change_pct', 2.0, 'pct', None, '2016-02-12', 'day', None, 'close',
          "pct('DJI','2016-02-12')", 'supported', TOL_1, '+2.00%.', '2.0%, to close'),
        C('DJI', 'close', 15974, 'index', None, '2016-02-12', None, None, 'close',
          "close('DJI','2016-02-12')", 'supported', TOL_I, 'Close 15,973.84.', '15,974'),
        C('SPX', 'change_pct', 2.0, 'pct', None, '2016-02-12', 'day', None, 'close',
          "pct('SPX','2016-02-12')", 'supported', TOL_1, '+1.95% (1,864.78 from 1,829.08).', "Standard & Poor's 500 rose 2.0%"),
        C('IXIC', 'change_pct', 1.7, 'pct', None, '2016-02-12', 'day', None, 'close',
          "pct('IXIC','2016-02-12')", 'supported', TOL_1, '+1.66%.', 'added 1.7%'),
        C('DJI', 'intraday_loss_points', -412, 'points', None, '2016-02-11', 'session low vs previous close', None, 'intraday low',
          "low_vs_prev_close('DJI','2016-02-11')", 'supported', TOL_I,
          'Thursday low 15,503.01 vs Wednesday close 15,914.74 = -411.73.', '412-point loss'),
        C('DJI', 'close_off_low_points', 157, 'points', None, '2016-02-11', 'close vs session low', None, 'close vs intraday low',
          "points_off_low('DJI','2016-02-11')", 'supported', TOL_I,
          'Close 15,660.18 - low 15,503.01 = 157.17 (the daily loss was -254.56). "In the last 90 minutes" is not checkable with daily bars.',
          '157'),
        C('WTI', 'change_pct', 12, 'pct', 'about', '2016-02-12', 'day', None, 'settle',
          'None', 'unverifiable', NIF, 'Crude oil prices are not in the files; "best day since 2009" likewise.', 'about 12%'),
        C('NIKKEI', 'close', 14952.61, 'index', None, '2016-02-12', None, None, 'close',
          'None', 'unverifiable', NIF, 'Nikkei 225 not in the files.', '14,952.61'),
    ]))

# ---------------------------------------------------------------- 3
P.append(dict(
    id='xinhua_20160222_midday_oil_rebound',
    source=dict(site='en.chinagate.cn', url='http://en.chinagate.cn/2016-02/23/content_37846400.htm', original_outlet='Xinhua'),
    published='2016-02-23', published_confidence='exact',
    published_note='Page reads "Xinhua, February 23, 2016" (URL 2016-02/23); the text is a midday report on Monday 2016-02-22 (Beijing date a day later).',
    text=("U.S. stocks jump as oil rebounds. Xinhua, February 23, 2016. U.S. stocks moved higher in the morning session "
          "Monday as a strong rebound in oil prices lifted Wall Street. By midday, the Dow Jones Industrial Average surged "
          "214.08 points, or 1.31 percent, to 16,606.07. The S&P 500 gained 24.55 points, or 1.28 percent, to 1,942.33. "
          "The Nasdaq Composite Index leapt 61.90 points, or 1.37 percent, to 4,566.33. U.S. oil was up about 7 percent "
          "around midday. In Asia, the benchmark Shanghai Composite Index surged 2.35 percent to close at 2,927.18 points. "
          "On Friday, U.S. stocks closed mixed after wavering in a tight range."),
    claims=[
        C('DJI', 'level', 16606.07, 'index', None, '2016-02-22', None, None, 'midday',
          "close('DJI','2016-02-22')", 'unverifiable', MID,
          'Session 16,417.13-16,664.24 (close 16,620.66); the midday level lies inside it. The figure is arithmetically consistent with Friday\'s close 16,391.99 + 214.08.',
          '16,606.07'),
        C('DJI', 'change_points', 214.08, 'points', None, '2016-02-22', 'day', None, 'midday',
          "chg('DJI','2016-02-22')", 'unverifiable', MID, 'Close-basis change +228.67; midday +214.08 is within the session range (+25.1 to +272.2).',
          '214.08 points'),
        C('SPX', 'level', 1942.33, 'index', None, '2016-02-22', None, None, 'midday',
          "close('SPX','2016-02-22')", 'unverifiable', MID, 'Session 1,924.44-1,946.70, close 1,945.50.', '1,942.33'),
        C('IXIC', 'level', 4566.33, 'index', None, '2016-02-22', None, None, 'midday',
          "close('IXIC','2016-02-22')", 'unverifiable', MID, 'Session 4,546.55-4,576.47, close 4,570.61.', '4,566.33'),
        C('SHCOMP', 'close', 2927.18, 'index', None, '2016-02-22', None, None, 'close',
          'None', 'unverifiable', NIF, 'Shanghai Composite not in the files.', '2,927.18'),
        C('DJI, SPX, IXIC', 'direction_mixed', 'mixed', 'flag', None, '2016-02-19', 'day', None, 'close',
          "signs(['DJI','SPX','IXIC'],'2016-02-19')", 'supported', 'signs of daily moves',
          'Friday 2016-02-19: Dow -21.44, S&P 500 -0.05, Nasdaq +16.89: mixed.', 'closed mixed'),
    ]))

# ---------------------------------------------------------------- 4
P.append(dict(
    id='usatoday_20161122_dow_19000_rut_13_day_streak',
    source=dict(site='buff.ly', url='http://buff.ly/2g1iM7w', original_outlet='USA Today'),
    published='2016-11-22', published_confidence='high',
    published_note='USA Today story (short link) on the Tuesday the Dow first closed above 19,000; the file puts that close on 2016-11-22.',
    text=("Dow closes above 19,000 for first time in its 120-year history. The Dow Jones industrial average closed above "
          "the 19,000 barrier Tuesday for the first time in its 120-year history. For the second straight day, all four "
          "major U.S. stock indexes touched new record-high territory. The Dow jumped 67.18 points, or 0.4%, to close at a "
          "record high of 19,023.87. The Standard & Poor's 500 closed above 2200 for the first time ever, rising 4.76 "
          "points, or 0.2%, to 2202.94. The Nasdaq composite rose 0.3% to an all-time closing high of 5386.35, and the "
          "Russell 2000 gained 0.9% to 1334.34, its thirteenth straight session of gains -- its longest winning streak in "
          "20 years. The push to Dow 19,000 took nearly two years, or 700 calendar days, since the index first topped "
          "18,000 on Dec. 23, 2014, the slowest 1,000-point climb since it needed nearly six years to get from 14,000 in "
          "July 2007 to 15,000 in May 2013."),
    claims=[
        C('DJI', 'first_close_above', 19000, 'level', None, '2016-11-22', 'file history (from 1992)', None, 'close',
          "first_close_above('DJI',19000)", 'supported', 'first close above the level',
          'First close above 19,000 in the file is 2016-11-22. Pre-1992 history is not in the file, but earlier levels were far lower.',
          'closed above the 19,000 barrier Tuesday'),
        C('DJI, SPX, IXIC, RUT', 'intraday_record', True, 'flag', None, '2016-11-22', '2016-11-21 and 2016-11-22', None, 'intraday high',
          "record_highs(['DJI','SPX','IXIC','RUT'],['2016-11-21','2016-11-22'])", 'supported', 'intraday record: above every earlier high',
          'All four indexes set intraday highs above every earlier high on both Monday and Tuesday.', 'touched new record-high territory'),
        C('DJI', 'change_points', 67.18, 'points', None, '2016-11-22', 'day', None, 'close',
          "chg('DJI','2016-11-22')", 'supported', TOL_2, '+67.18.', '67.18 points'),
        C('DJI', 'change_pct', 0.4, 'pct', None, '2016-11-22', 'day', None, 'close',
          "pct('DJI','2016-11-22')", 'supported', TOL_1, '+0.35%.', '0.4%'),
        C('DJI', 'record_close', 19023.87, 'index', None, '2016-11-22', None, None, 'close',
          "[close('DJI','2016-11-22'), is_record_close('DJI','2016-11-22')]", 'supported', TOL_2 + '; record close',
          'Close 19,023.87, above every earlier close (previous record 18,956.69).', '19,023.87'),
        C('SPX', 'first_close_above', 2200, 'level', None, '2016-11-22', None, None, 'close',
          "first_close_above('SPX',2200)", 'supported', 'first close above the level', 'First close above 2,200: 2016-11-22.',
          'closed above 2200 for the first time ever'),
        C('SPX', 'change_points', 4.76, 'points', None, '2016-11-22', 'day', None, 'close',
          "chg('SPX','2016-11-22')", 'supported', TOL_2, '+4.76 (+0.22%).', '4.76'),
        C('SPX', 'close', 2202.94, 'index', None, '2016-11-22', None, None, 'close',
          "close('SPX','2016-11-22')", 'supported', TOL_2, 'Close 2,202.94.', '2202.94'),
        C('IXIC', 'change_pct', 0.3, 'pct', None, '2016-11-22', 'day', None, 'close',
          "pct('IXIC','2016-11-22')", 'supported', TOL_1, '+0.33%.', 'rose 0.3%'),
        C('IXIC', 'record_close', 5386.35, 'index', None, '2016-11-22', None, None, 'close',
          "[close('IXIC','2016-11-22'), is_record_close('IXIC','2016-11-22')]", 'supported', TOL_2 + '; record close',
          'Close 5,386.35, a record close.', '5386.35'),
        C('RUT', 'change_pct', 0.9, 'pct', None, '2016-11-22', 'day', None, 'close',
          "pct('RUT','2016-11-22')", 'supported', TOL_1, '+0.92%.', 'gained 0.9%'),
        C('RUT', 'close', 1334.34, 'index', None, '2016-11-22', None, None, 'close',
          "close('RUT','2016-11-22')", 'supported', TOL_2, 'Close 1,334.34 (also a record close).', '1334.34'),
        C('RUT', 'win_streak', 13, 'sessions', None, '2016-11-22', None, None, 'close',
          "up_streak('RUT','2016-11-22')", 'supported', 'streak on daily closes', '13 straight up closes through 2016-11-22.',
          'thirteenth straight session'),
        C('RUT', 'longest_streak_since', '20 years', 'years', None, '2016-11-22', None, None, 'close',
          "last_up_streak_at_least('RUT','2016-11-22',13)", 'supported', 'longest since X: last streak at least as long',
          'Last up-streak of 13+ sessions before this one reached that length on 1996-02-02 (15 sessions to 1996-02-06): 20.8 years earlier.',
          'longest winning streak in 20 years'),
        C('DJI', 'days_between_milestones', 700, 'calendar days', None, '2016-11-22', '18,000 -> 19,000', None, 'close',
          "milestone_days('DJI',[18000,19000])", 'supported', TOL_I, 'First close above 18,000 on 2014-12-23, above 19,000 on 2016-11-22: 700 days.',
          '700 calendar days'),
        C('DJI', 'first_close_above_date', '2014-12-23', 'date', None, '2014-12-23', None, None, 'close',
          "first_close_above('DJI',18000)", 'supported', 'date match', 'First close above 18,000: 2014-12-23.', 'Dec. 23, 2014'),
        C('DJI', 'milestone_dates', ['2007-07', '2013-05'], 'month', None, '2013-05-07', '14,000 and 15,000', None, 'close',
          "[first_close_above('DJI',14000), first_close_above('DJI',15000)]", 'supported', 'month match',
          'First closes above 14,000 on 2007-07-19 and above 15,000 on 2013-05-07 (5.8 years: "nearly six years").',
          '14,000 in July 2007'),
        C('DJI', 'slowest_milestone_since', '14,000 -> 15,000', 'rank', None, '2016-11-22', '1,000-point milestones 14,000-19,000', None, 'close',
          "milestone_days('DJI',[14000,15000,16000,17000,18000,19000])", 'supported', 'ordering of milestone gaps',
          'Gaps in calendar days: 14k->15k 2,119; 15k->16k 198; 16k->17k 224; 17k->18k 173; 18k->19k 700: slowest since 14k->15k.',
          'the slowest 1,000-point climb'),
    ]))

# ---------------------------------------------------------------- 5
P.append(dict(
    id='bloombergquint_20170804_small_caps_lag_dow',
    source=dict(site='bloombergquint.com', url='https://www.bloombergquint.com/markets/2017/08/04/small-caps-fall-behind-dow-by-most-in-18-months-as-russell-lags',
                original_outlet='Bloomberg'),
    published='2017-08-04', published_confidence='exact',
    published_note='Date in the URL; written during Friday 2017-08-04 ("on track", "poised", "on pace"), the week from the 2017-07-28 close.',
    text=("Small Caps Fall Behind Dow by Most in 18 Months as Russell Lags. (Bloomberg) -- For all the chatter about new "
          "highs and record levels, one corner of the equity market is struggling to keep up. Small-cap stocks, on track "
          "for their second weekly decline with a loss of 1.7 percent, are slipping further behind the benchmark gauges. "
          "The S&P 500 is poised to end roughly flat, while the Dow Jones Industrial Average is on pace to beat small caps "
          "by around 3 percentage points this week, the biggest performance gap since February 2016."),
    claims=[
        C('RUT', 'prior_week_change_sign', 'down', 'flag', None, '2017-07-28', 'week 2017-07-21 -> 2017-07-28', None, 'close',
          "ret('RUT','2017-07-21','2017-07-28')", 'supported', 'sign of a completed weekly move',
          'The previous week was a decline (-0.46%), so a down week would be the second; the week before that was up (+0.49%).',
          'second weekly decline'),
        C('RUT', 'week_change_pct', -1.7, 'pct', None, '2017-08-04', 'week 2017-07-28 -> 2017-08-04', None, 'intraday (on track)',
          "[ret('RUT','2017-07-28','2017-08-04'), week_range_pct('RUT','2017-07-28','2017-08-04')]", 'not_checkable', ONPACE,
          'Close-basis week -1.19%; during Friday the week stood between -1.69% and -1.13%, so -1.7% rounds to the session low. Not judged: a pace figure.',
          'loss of 1.7 percent'),
        C('SPX', 'week_change_pct', 0, 'pct', 'roughly', '2017-08-04', 'week', None, 'intraday (poised)',
          "ret('SPX','2017-07-28','2017-08-04')", 'not_checkable', ONPACE, 'The week closed +0.19%: roughly flat.', 'roughly flat'),
        C('DJI, RUT', 'week_gap_pp', 3, 'pp', 'around', '2017-08-04', 'week', 'DJI minus RUT', 'intraday (on pace)',
          "round(ret('DJI','2017-07-28','2017-08-04') - ret('RUT','2017-07-28','2017-08-04'), 4)", 'not_checkable', ONPACE,
          'Close-basis gap: Dow +1.20% vs Russell -1.19% = 2.39 pp.', 'around 3 percentage points'),
        C('DJI, RUT', 'biggest_gap_since', '2016-02', 'month', None, '2017-08-04', 'weekly gaps', None, 'intraday (on pace)',
          "weekly_gap_last_at_least('DJI','RUT','2017-08-04')", 'not_checkable', ONPACE,
          'Depends on the intraday pace. On closes the 2.39 pp gap was exceeded in the weeks to 2016-10-28 (2.59) and 2016-12-02 (2.54); a 3 pp gap would indeed be the widest since the week to 2016-02-05 (3.22).',
          'since February 2016'),
    ]))

# ---------------------------------------------------------------- 6
P.append(dict(
    id='usatoday_20181226_dow_1086_point_rally',
    source=dict(site='feeds.feedblitz.com', url='https://feeds.feedblitz.com/~/589280394/0/usatoday-newstopstories~Stocks-surge-with-the-Dow-gaining-points-on-oil-rally-and-strong-holiday-sales/',
                original_outlet='USA Today'),
    published='2018-12-26', published_confidence='high',
    published_note='Feed copy of a USA Today story on "Wednesday ... the day after Christmas" with a 1,086-point Dow gain: 2018-12-26.',
    text=("Stocks surge, with the Dow gaining 1,000 points, on oil rally and strong holiday sales. Bear market? What bear "
          "market? Stocks roared back on Wednesday, with the Dow surging more than 1,000 points, as investors shrugged off "
          "a rout two days earlier that had put the Standard & Poor's 500 on the brink of a bear market. The Dow Jones "
          "Industrial Average surged 1,086 points, or 5 percent, to end at 22,878; it is now 14.7 percent off its 26,828.39 "
          "closing record high on Oct. 3. The S&P 500 increased 117 points, or 4.96 percent, to finish at 2,468, 15.8 "
          "percent lower than its 2,930.75 closing record high on Sept. 20. The tech-heavy Nasdaq, which fell into bear "
          "territory on Friday but recovered on Wednesday, jumped 361 points, or 5.84 percent, to close at 6,554. The "
          "Russell 2000, an index of small-company stocks that's still in a bear market, added 63 points, or 4.98 "
          "percent, to close out at 1,330. A bear market is when an index falls 20 percent or more from its most recent "
          "closing high."),
    claims=[
        C('DJI', 'change_points', 1000, 'points', 'more than', '2018-12-26', 'day', '>', 'close',
          "chg('DJI','2018-12-26')", 'supported', 'more than: true > claim', '+1,086.25.', 'more than 1,000 points'),
        C('SPX', 'pct_from_ath', 20, 'pct', 'on the brink', '2018-12-24', 'from record close', 'near 20', 'close',
          "pct_below_max_close('SPX','2018-12-24')", 'supported', 'drawdown just under the 20% threshold',
          'Monday 2018-12-24 close 19.78% below the 2,930.75 record: on the brink, not in, a bear market.', 'on the brink of a bear market'),
        C('DJI', 'change_points', 1086, 'points', None, '2018-12-26', 'day', None, 'close',
          "chg('DJI','2018-12-26')", 'supported', TOL_I, '+1,086.25.', '1,086 points'),
        C('DJI', 'change_pct', 5, 'pct', None, '2018-12-26', 'day', None, 'close',
          "pct('DJI','2018-12-26')", 'supported', TOL_I, '+4.98%.', '5 percent, to end'),
        C('DJI', 'close', 22878, 'index', None, '2018-12-26', None, None, 'close',
          "close('DJI','2018-12-26')", 'supported', TOL_I, 'Close 22,878.45.', '22,878'),
        C('DJI', 'pct_from_ath', 14.7, 'pct', None, '2018-12-26', 'from record close', None, 'close',
          "pct_below_max_close('DJI','2018-12-26')", 'supported', TOL_1, '14.72% below the record close.', '14.7 percent'),
        C('DJI', 'record_close', 26828.39, 'index', None, '2018-10-03', None, None, 'close',
          "max_close('DJI','2018-12-26')", 'supported', TOL_2 + '; date match', 'Record close 26,828.39 on 2018-10-03.', '26,828.39'),
        C('SPX', 'change_points', 117, 'points', None, '2018-12-26', 'day', None, 'close',
          "chg('SPX','2018-12-26')", 'supported', TOL_I, '+116.60.', '117 points'),
        C('SPX', 'change_pct', 4.96, 'pct', None, '2018-12-26', 'day', None, 'close',
          "pct('SPX','2018-12-26')", 'supported', TOL_2, '+4.96%.', '4.96 percent'),
        C('SPX', 'close', 2468, 'index', None, '2018-12-26', None, None, 'close',
          "close('SPX','2018-12-26')", 'supported', TOL_I, 'Close 2,467.70.', '2,468'),
        C('SPX', 'pct_from_ath', 15.8, 'pct', None, '2018-12-26', 'from record close', None, 'close',
          "pct_below_max_close('SPX','2018-12-26')", 'supported', TOL_1, '15.80% below the record close.', '15.8'),
        C('SPX', 'record_close', 2930.75, 'index', None, '2018-09-20', None, None, 'close',
          "max_close('SPX','2018-12-26')", 'supported', TOL_2 + '; date match', 'Record close 2,930.75 on 2018-09-20.', '2,930.75'),
        C('IXIC', 'bear_market', True, 'flag', None, '2018-12-21', 'from record close', '>= 20% below', 'close',
          "pct_below_max_close('IXIC','2018-12-21')", 'supported', 'drawdown >= 20% from the record close',
          'Friday 2018-12-21: 21.91% below the 8,109.69 record close of 2018-08-29.', 'fell into bear territory on Friday'),
        C('IXIC', 'out_of_bear', True, 'flag', None, '2018-12-26', 'from record close', '< 20% below', 'close',
          "pct_below_max_close('IXIC','2018-12-26')", 'supported', 'drawdown back under 20%',
          'Wednesday close 19.18% below the record: back above the bear-market line (after 23.64% on Monday).', 'recovered on Wednesday'),
        C('IXIC', 'change_points', 361, 'points', None, '2018-12-26', 'day', None, 'close',
          "chg('IXIC','2018-12-26')", 'supported', TOL_I, '+361.44.', '361 points'),
        C('IXIC', 'change_pct', 5.84, 'pct', None, '2018-12-26', 'day', None, 'close',
          "pct('IXIC','2018-12-26')", 'supported', TOL_2, '+5.84%.', '5.84 percent'),
        C('IXIC', 'close', 6554, 'index', None, '2018-12-26', None, None, 'close',
          "close('IXIC','2018-12-26')", 'supported', TOL_I, 'Close 6,554.36.', '6,554'),
        C('RUT', 'bear_market', True, 'flag', None, '2018-12-26', 'from record close', '>= 20% below', 'close',
          "pct_below_max_close('RUT','2018-12-26')", 'supported', 'drawdown >= 20% from the record close',
          '23.61% below the 1,740.75 record close of 2018-08-31, even after the rally.', 'still in a bear market'),
        C('RUT', 'change_points', 63, 'points', None, '2018-12-26', 'day', None, 'close',
          "chg('RUT','2018-12-26')", 'supported', TOL_I, '+62.89.', '63 points'),
        C('RUT', 'change_pct', 4.98, 'pct', None, '2018-12-26', 'day', None, 'close',
          "pct('RUT','2018-12-26')", 'supported', TOL_2, '+4.964%: within 0.025 of 4.98.', '4.98'),
        C('RUT', 'close', 1330, 'index', None, '2018-12-26', None, None, 'close',
          "close('RUT','2018-12-26')", 'supported', TOL_I, 'Close 1,329.81.', '1,330'),
    ]))

# ---------------------------------------------------------------- 7
P.append(dict(
    id='seekingalpha_20200402_stocks_bounce_oil_truce',
    source=dict(site='seekingalpha.com', url='https://seekingalpha.com/news/3557856-stocks-bounce-back-from-lower-open', original_outlet='Seeking Alpha'),
    published='2020-04-02', published_confidence='high',
    published_note='Undated news item; Trump\'s remark on a Saudi-Russia truce and the doubled jobless claims are from Thursday 2020-04-02, and the index moves fit that session. Written during the session.',
    text=("Stocks bounce back from lower open. The S&P 500 gains 2.4%, the Nasdaq rises 1.6% and the Dow adds 2.1%, and oil "
          "rallies after President Trump said he expects Saudi Arabia and Russia to reach a truce in their oil price war. "
          "That seems to offset the news that initial jobless claims doubled from a week ago. Crude oil gains 16% to $23.54 "
          "per barrel; gold climbs 2.7% to $1,633.50 per ounce. Treasurys edge down, with the 10-year yield rising 1 basis "
          "point to 0.59%. Energy (+9.6%), materials (+2.7%) and utilities (+2.4%) lead the S&P 500 sectors. The U.S. "
          "Dollar Index advances 0.4% to 100.02."),
    claims=[
        C('SPX', 'change_pct', 2.4, 'pct', None, '2020-04-02', 'day', None, 'mid-session',
          "[pct('SPX','2020-04-02'), session_pct_range('SPX','2020-04-02')]", 'unverifiable', MID,
          'Close +2.28%; the session ran from -0.60% to +2.54%, so +2.4% during the day cannot be judged.', 'gains 2.4%'),
        C('IXIC', 'change_pct', 1.6, 'pct', None, '2020-04-02', 'day', None, 'mid-session',
          "[pct('IXIC','2020-04-02'), session_pct_range('IXIC','2020-04-02')]", 'unverifiable', MID,
          'Close +1.72%; session -0.72% to +1.92%.', 'rises 1.6%'),
        C('DJI', 'change_pct', 2.1, 'pct', None, '2020-04-02', 'day', None, 'mid-session',
          "[pct('DJI','2020-04-02'), session_pct_range('DJI','2020-04-02')]", 'unverifiable', MID,
          'Close +2.24%; session -0.99% to +2.55%.', 'adds 2.1%'),
        C('WTI', 'change_pct', 16, 'pct', None, '2020-04-02', 'day', None, 'mid-session',
          'None', 'unverifiable', NIF, 'Crude oil not in the files.', 'gains 16%'),
        C('US10Y', 'change_bp', 1, 'bp', None, '2020-04-02', 'day', None, 'intraday',
          "yld_chg_bp('DGS10','2020-04-02')", 'unverifiable', 'intraday yield event: unverifiable',
          'FRED end-of-day DGS10 rose 1 bp (0.62 -> 0.63); the intraday move is not in the files (the EOD series agrees on the change).',
          '1 basis'),
        C('US10Y', 'level', 0.59, 'pct', None, '2020-04-02', None, None, 'intraday',
          "yld('DGS10','2020-04-02')", 'unverifiable', 'intraday yield event: unverifiable',
          'End-of-day DGS10 0.63% (constant-maturity basis, not the traded note); the intraday 0.59% cannot be checked.', '0.59%'),
        C('SPX_ENERGY', 'change_pct', 9.6, 'pct', None, '2020-04-02', 'day', None, 'mid-session',
          'None', 'unverifiable', NIF, 'S&P 500 sector index not in the files (XLE would only be a proxy and never decides).', 'Energy (+9.6%)'),
        C('DXY', 'level', 100.02, 'index', None, '2020-04-02', None, None, 'mid-session',
          'None', 'unverifiable', NIF, 'Dollar index not in the files.', '100.02'),
    ]))

# ---------------------------------------------------------------- 8
P.append(dict(
    id='moneyandmarkets_20200422_closing_bell_oil_stimulus',
    source=dict(site='moneyandmarkets.com', url='https://moneyandmarkets.com/closing-bell-l-brands-snap-amazon/', original_outlet='Money & Markets'),
    published='2020-04-22', published_confidence='high',
    published_note='"Today\'s Closing Bell"; WTI settling at $13.78 after the week\'s collapse and the $500 billion small-business aid bill fix Wednesday 2020-04-22.',
    text=("Closing Bell. Wall Street's three major indexes shot higher, lifted by surging oil prices and as Congress moved a "
          "step closer to another $500 billion in aid for small businesses hit by the pandemic. After this week's collapse "
          "in oil, U.S. crude and Brent surged today: West Texas Intermediate rose $2.21, or 19.1%, to settle at $13.78 a "
          "barrel. The Dow Jones Industrial Average rose 456 points, or 2%. The S&P 500 rose 2.3% on the oil rebound and the "
          "new stimulus, but is still about 17% below its record high set Feb. 19 amid shutdowns and layoffs that have pushed "
          "jobless claims above 22 million in a matter of weeks."),
    claims=[
        C('DJI, SPX, IXIC', 'direction_all_up', 'up', 'flag', None, '2020-04-22', 'day', None, 'close',
          "signs(['DJI','SPX','IXIC'],'2020-04-22')", 'supported', 'signs of daily moves', 'Dow +1.99%, S&P 500 +2.29%, Nasdaq +2.81%.',
          'three major indexes shot higher'),
        C('WTI', 'settle', 13.78, 'usd', None, '2020-04-22', None, None, 'settle',
          'None', 'unverifiable', NIF, 'Crude oil not in the files.', '$13.78'),
        C('DJI', 'change_points', 456, 'points', None, '2020-04-22', 'day', None, 'close',
          "chg('DJI','2020-04-22')", 'imprecise', 'truncated figure: imprecise',
          '+456.94: "456" truncates the change (rounds to 457); within 20%.', '456 points'),
        C('DJI', 'change_pct', 2, 'pct', None, '2020-04-22', 'day', None, 'close',
          "pct('DJI','2020-04-22')", 'supported', TOL_I, '+1.99%.', 'or 2%'),
        C('SPX', 'change_pct', 2.3, 'pct', None, '2020-04-22', 'day', None, 'close',
          "pct('SPX','2020-04-22')", 'supported', TOL_1, '+2.29%.', 'rose 2.3%'),
        C('SPX', 'pct_from_ath', 17, 'pct', 'about', '2020-04-22', 'from record close', None, 'close',
          "pct_below_max_close('SPX','2020-04-22')", 'supported', 'about: within one unit of the last digit',
          '17.33% below the 3,386.15 record close.', 'about 17%'),
        C('SPX', 'record_date', '2020-02-19', 'date', None, '2020-02-19', None, None, 'close',
          "max_close('SPX','2020-04-22')", 'supported', 'date match', 'Record close 3,386.15 on 2020-02-19.', 'Feb. 19'),
        C('US_CLAIMS', 'jobless_claims', 22, 'million', 'above', '2020-04-16', 'weeks', '>', 'n/a',
          'None', 'unverifiable', NIF, 'Jobless claims are not market data in the files.', '22 million'),
    ]))

# ---------------------------------------------------------------- 9
P.append(dict(
    id='gurufocus_20201023_us_indexes_close_flat_friday',
    source=dict(site='gurufocus.com', url='https://www.gurufocus.com/news/1265740/us-indexes-close-flat-friday', original_outlet='GuruFocus'),
    published='2020-10-23', published_confidence='exact',
    published_note='Dated 2020-10-23 on the page; Friday\'s close, with week and year-to-date figures.',
    text=("US Indexes Close Flat Friday. The Dow Jones Industrial Average closed at 28,335.57 on Friday, down 28.09 points "
          "or -0.10%. The S&P 500 closed at 3,465.39, up 11.90 points or 0.34%. The Nasdaq Composite closed at 11,548.28, "
          "up 42.28 points or 0.37%. The VIX Volatility Index was lower at 27.50 for a loss of 0.61 points or -2.17%. For "
          "the week, the S&P 500 was down approximately 0.4%, while the Nasdaq and Dow Jones both had a weekly return of "
          "approximately -1.0%. For the year, the Nasdaq is up 28.24%, the S&P 500 is up 7.26% and the Dow Jones has a "
          "return of -0.61%. The Markit Composite PMI rose to 55.5 in October from 54.3."),
    claims=[
        C('DJI', 'close', 28335.57, 'index', None, '2020-10-23', None, None, 'close',
          "close('DJI','2020-10-23')", 'supported', TOL_2, 'Close 28,335.57.', '28,335.57'),
        C('DJI', 'change_points', -28.09, 'points', None, '2020-10-23', 'day', None, 'close',
          "chg('DJI','2020-10-23')", 'supported', TOL_2, '-28.09.', '28.09 points'),
        C('DJI', 'change_pct', -0.10, 'pct', None, '2020-10-23', 'day', None, 'close',
          "pct('DJI','2020-10-23')", 'supported', TOL_2, '-0.099%.', '-0.10%'),
        C('SPX', 'close', 3465.39, 'index', None, '2020-10-23', None, None, 'close',
          "close('SPX','2020-10-23')", 'supported', TOL_2, 'Close 3,465.39.', '3,465.39'),
        C('SPX', 'change_points', 11.90, 'points', None, '2020-10-23', 'day', None, 'close',
          "chg('SPX','2020-10-23')", 'supported', TOL_2, '+11.90.', '11.90 points'),
        C('SPX', 'change_pct', 0.34, 'pct', None, '2020-10-23', 'day', None, 'close',
          "pct('SPX','2020-10-23')", 'supported', TOL_2, '+0.345%.', '0.34%'),
        C('IXIC', 'close', 11548.28, 'index', None, '2020-10-23', None, None, 'close',
          "close('IXIC','2020-10-23')", 'supported', TOL_2, 'Close 11,548.28.', '11,548.28'),
        C('IXIC', 'change_points', 42.28, 'points', None, '2020-10-23', 'day', None, 'close',
          "chg('IXIC','2020-10-23')", 'supported', TOL_2, '+42.27 (file; 0.01 rounding).', '42.28 points'),
        C('IXIC', 'change_pct', 0.37, 'pct', None, '2020-10-23', 'day', None, 'close',
          "pct('IXIC','2020-10-23')", 'supported', TOL_2, '+0.367%.', '0.37%'),
        C('VIX', 'close', 27.50, 'index', None, '2020-10-23', None, None, 'close',
          "close('VIX','2020-10-23')", 'imprecise', TOL_2 + ' failed; level within 1%: imprecise',
          'CBOE official close 27.55 (previous 28.11): 27.50 is 0.05 off, probably a 4 p.m. print rather than the 4:15 official close.', '27.50'),
        C('VIX', 'change_points', -0.61, 'points', None, '2020-10-23', 'day', None, 'close',
          "chg('VIX','2020-10-23')", 'imprecise', 'point change outside 0.025 but within 20%: imprecise',
          'Official change -0.56; -0.61 is 0.05 (9%) off.', '0.61 points'),
        C('VIX', 'change_pct', -2.17, 'pct', None, '2020-10-23', 'day', None, 'close',
          "pct('VIX','2020-10-23')", 'imprecise', '% figure off by <= max(2 pp, 10%): imprecise',
          'Official change -1.99%; -2.17% is 0.18 pp off.', '-2.17%'),
        C('SPX', 'week_change_pct', -0.4, 'pct', 'approximately', '2020-10-23', 'week 2020-10-16 -> 2020-10-23', None, 'close',
          "ret('SPX','2020-10-16','2020-10-23')", 'imprecise', 'approximately: within 0.1 + 0.02 failed; close: imprecise',
          'Week -0.53%: 0.13 from -0.4, just outside the hedge.', 'approximately 0.4%'),
        C('IXIC', 'week_change_pct', -1.0, 'pct', 'approximately', '2020-10-23', 'week', None, 'close',
          "ret('IXIC','2020-10-16','2020-10-23')", 'supported', 'approximately: within 0.12', 'Week -1.06%.', 'Nasdaq and Dow Jones both'),
        C('DJI', 'week_change_pct', -1.0, 'pct', 'approximately', '2020-10-23', 'week', None, 'close',
          "ret('DJI','2020-10-16','2020-10-23')", 'supported', 'approximately: within 0.12', 'Week -0.95%.', 'approximately -1.0%'),
        C('IXIC', 'ytd_pct', 28.24, 'pct', None, '2020-10-23', 'YTD from 2019-12-31', None, 'close',
          "ret('IXIC','2019-12-31','2020-10-23')", 'imprecise', '% figure off by <= max(2 pp, 10%): imprecise',
          'YTD +28.71% from the 2019-12-31 close 8,972.60; 28.24% fits no close in the file as base.', '28.24%'),
        C('SPX', 'ytd_pct', 7.26, 'pct', None, '2020-10-23', 'YTD', None, 'close',
          "ret('SPX','2019-12-31','2020-10-23')", 'supported', TOL_2, 'YTD +7.26%.', '7.26%'),
        C('DJI', 'ytd_pct', -0.61, 'pct', None, '2020-10-23', 'YTD', None, 'close',
          "ret('DJI','2019-12-31','2020-10-23')", 'imprecise', '% figure off by <= max(2 pp, 10%): imprecise',
          'YTD -0.71% from 28,538.44; 0.10 pp off.', '-0.61%'),
        C('US_PMI', 'level', 55.5, 'index', None, '2020-10-23', None, None, 'n/a',
          'None', 'unverifiable', NIF, 'Economic data, not in the files.', '55.5'),
    ]))

# ---------------------------------------------------------------- 10
P.append(dict(
    id='gurufocus_20210322_us_indexes_end_higher_monday',
    source=dict(site='gurufocus.com', url='https://www.gurufocus.com/news/1387817/us-indexes-end-higher-monday', original_outlet='GuruFocus'),
    published='2021-03-23', published_confidence='exact',
    published_note='Page dated 2021-03-23; the text reports Monday 2021-03-22 closes.',
    text=("US Indexes End Higher Monday. The Dow Jones Industrial Average closed at 32,731.20 on Monday, up 103.23 points or "
          "0.32%. The S&P 500 closed at 3,940.59, a gain of 27.49 points or 0.70%. The Nasdaq Composite closed at 13,377.54, "
          "a gain of 162.31 points or 1.23%. The VIX Volatility Index was lower at 18.88, a loss of 2.07 points or -9.88%. "
          "U.S. stocks gained as bond and Treasury yields fell, with technology, semiconductors and biotech in the lead. The "
          "Chicago Fed National Activity Index fell to -1.09 in February from 0.75. The Treasury auctioned three-month bills "
          "at 0.015% and six-month bills at 0.040%. In small caps, the Russell 2000 closed at 2,266.84, a loss of 20.70 points."),
    claims=[
        C('DJI', 'close', 32731.20, 'index', None, '2021-03-22', None, None, 'close',
          "close('DJI','2021-03-22')", 'supported', TOL_2, 'Close 32,731.20.', '32,731.20'),
        C('DJI', 'change_points', 103.23, 'points', None, '2021-03-22', 'day', None, 'close',
          "chg('DJI','2021-03-22')", 'supported', TOL_2, '+103.23.', '103.23 points'),
        C('DJI', 'change_pct', 0.32, 'pct', None, '2021-03-22', 'day', None, 'close',
          "pct('DJI','2021-03-22')", 'supported', TOL_2, '+0.316%.', '0.32%'),
        C('SPX', 'close', 3940.59, 'index', None, '2021-03-22', None, None, 'close',
          "close('SPX','2021-03-22')", 'supported', TOL_2, 'Close 3,940.59.', '3,940.59'),
        C('SPX', 'change_points', 27.49, 'points', None, '2021-03-22', 'day', None, 'close',
          "chg('SPX','2021-03-22')", 'supported', TOL_2, '+27.49.', '27.49 points'),
        C('SPX', 'change_pct', 0.70, 'pct', None, '2021-03-22', 'day', None, 'close',
          "pct('SPX','2021-03-22')", 'supported', TOL_2, '+0.703%.', '0.70%'),
        C('IXIC', 'close', 13377.54, 'index', None, '2021-03-22', None, None, 'close',
          "close('IXIC','2021-03-22')", 'supported', TOL_2, 'Close 13,377.54.', '13,377.54'),
        C('IXIC', 'change_points', 162.31, 'points', None, '2021-03-22', 'day', None, 'close',
          "chg('IXIC','2021-03-22')", 'supported', TOL_2, '+162.30 in the file (0.01 rounding).', '162.31 points'),
        C('IXIC', 'change_pct', 1.23, 'pct', None, '2021-03-22', 'day', None, 'close',
          "pct('IXIC','2021-03-22')", 'supported', TOL_2, '+1.228%.', '1.23%'),
        C('VIX', 'close', 18.88, 'index', None, '2021-03-22', None, None, 'close',
          "close('VIX','2021-03-22')", 'supported', TOL_2, 'Close 18.88.', '18.88'),
        C('VIX', 'change_points', -2.07, 'points', None, '2021-03-22', 'day', None, 'close',
          "chg('VIX','2021-03-22')", 'supported', TOL_2, '-2.07.', '2.07 points'),
        C('VIX', 'change_pct', -9.88, 'pct', None, '2021-03-22', 'day', None, 'close',
          "pct('VIX','2021-03-22')", 'supported', TOL_2, '-9.88%.', '-9.88%'),
        C('US10Y', 'direction', 'down', 'flag', None, '2021-03-22', 'day', None, 'end of day',
          "yld_chg_bp('DGS10','2021-03-22')", 'supported', 'sign of the end-of-day change',
          'DGS10 1.74 -> 1.69 (-5 bp).', 'Treasury yields fell'),
        C('US_CFNAI', 'level', -1.09, 'index', None, '2021-02', 'month', None, 'n/a',
          'None', 'unverifiable', NIF, 'Economic data, not in the files.', '-1.09'),
        C('US3M_BILL', 'auction_rate', 0.015, 'pct', None, '2021-03-22', None, None, 'auction',
          'None', 'unverifiable', NIF, 'T-bill auction rates are not in the files.', '0.015%'),
        C('RUT', 'close', 2266.84, 'index', None, '2021-03-22', None, None, 'close',
          "close('RUT','2021-03-22')", 'supported', TOL_2, 'Close 2,266.84.', '2,266.84'),
        C('RUT', 'change_points', -20.70, 'points', None, '2021-03-22', 'day', None, 'close',
          "chg('RUT','2021-03-22')", 'supported', TOL_2, '-20.71 in the file (-0.90%).', '20.70 points'),
    ]))

# ---------------------------------------------------------------- 11
P.append(dict(
    id='bloomberg_20220510_rut_breaks_below_1800',
    source=dict(site='bloomberg.com', url='https://www.bloomberg.com/news/articles/2022-05-10/small-caps-sinking-below-support-level-is-warning-for-all-stocks',
                original_outlet='Bloomberg'),
    published='2022-05-10', published_confidence='exact',
    published_note='Date in the URL (Tuesday morning); the session described is Monday 2022-05-09.',
    text=("Small caps sinking below a support level is a warning for all stocks. Even with equity futures higher Tuesday "
          "morning, the smallest companies in the market are flashing a danger signal. The small-cap Russell 2000 Index "
          "broke below 1,800 on Monday, a level that could serve as a warning for the broader market. With the index falling "
          "4.2% to 1,762, traders are now watching whether it can hold above 1,740, a prior all-time high hit in 2018, "
          "Bloomberg Intelligence strategist Michael Casper wrote in a note."),
    claims=[
        C('RUT', 'crossed_below', 1800, 'level', None, '2022-05-09', 'day', 'prev close >= 1800 > close', 'close',
          "[close('RUT','2022-05-06'), close('RUT','2022-05-09')]", 'supported', 'level crossing on closes',
          'Friday close 1,839.56, Monday close 1,762.08: first close below 1,800 since 2020-11-20.', 'broke below 1,800 on Monday'),
        C('RUT', 'change_pct', -4.2, 'pct', None, '2022-05-09', 'day', None, 'close',
          "pct('RUT','2022-05-09')", 'supported', TOL_1, '-4.21%.', 'falling 4.2%'),
        C('RUT', 'close', 1762, 'index', None, '2022-05-09', None, None, 'close',
          "close('RUT','2022-05-09')", 'supported', TOL_I, 'Close 1,762.08.', '1,762'),
        C('RUT', 'prior_record_2018', 1740, 'index', None, '2018-08-31', '2018', None, 'close',
          "max_close('RUT','2018-12-31','2018-01-01')", 'imprecise', 'truncated figure: imprecise',
          'The 2018 record close was 1,740.75 on 2018-08-31 (intraday high 1,742.09): a record then, but "1,740" truncates it. The strategist may mean a round chart level.',
          '1,740'),
        C('ES_FUTURES', 'direction', 'up', 'flag', None, '2022-05-10', 'pre-market', None, 'futures',
          'None', 'unverifiable', NIF, 'Index futures are not in the files; the cash session of 2022-05-10 is not what is described.',
          'equity futures higher'),
    ]))

# ---------------------------------------------------------------- 12
P.append(dict(
    id='forexlive_20230711_second_day_of_gains',
    source=dict(site='forexlive.com', url='https://www.forexlive.com/news/us-stocks-close-for-the-2nd-consecutive-day-20230711/', original_outlet='ForexLive'),
    published='2023-07-11', published_confidence='exact',
    published_note='Date in the URL; closing figures for Tuesday 2023-07-11.',
    text=("US stocks close higher for the 2nd consecutive day. The Dow industrial average is leading the way to the upside for "
          "the 2nd consecutive day with a gain of nearly 0.93%. The NASDAQ index did lag, but all 3 major indices closed "
          "higher. The final numbers: the Dow industrial average rose 317 points or 0.93% at 34261.43; the S&P index rose "
          "29.71 points or 0.67% at 4439.25; the NASDAQ index rose 75.21 points or 0.55% at 13760.69. The small-cap Russell "
          "2000 also rose for the 2nd consecutive day with a gain of 18.10 points or 0.96% at 1913.36."),
    claims=[
        C('DJI, SPX, IXIC', 'up_streak', 2, 'sessions', None, '2023-07-11', None, None, 'close',
          "[up_streak('DJI','2023-07-11'), up_streak('SPX','2023-07-11'), up_streak('IXIC','2023-07-11')]", 'supported', 'streak on daily closes',
          'All three rose on 2023-07-10 and 07-11 after falling on 07-07.', 'close higher for the 2nd consecutive day'),
        C('DJI', 'daily_leader_2_days', 'DJI', 'rank', None, '2023-07-11', '2023-07-10 and 2023-07-11', None, 'close',
          "[daily_leader(['DJI','SPX','IXIC'],'2023-07-10'), daily_leader(['DJI','SPX','IXIC'],'2023-07-11')]", 'supported', 'ranking of daily % moves',
          'Dow best of the three on both days (+0.62% and +0.93%).', 'leading the way to the upside'),
        C('DJI', 'change_pct', 0.93, 'pct', 'nearly', '2023-07-11', 'day', None, 'close',
          "pct('DJI','2023-07-11')", 'supported', 'nearly: claim - 1 unit <= true <= claim + 0.5 unit', '+0.934%.', 'nearly 0.93%'),
        C('IXIC', 'daily_laggard', 'IXIC', 'rank', None, '2023-07-11', 'day', None, 'close',
          "daily_laggard(['DJI','SPX','IXIC'],'2023-07-11')", 'supported', 'ranking of daily % moves', 'Nasdaq +0.55% vs S&P +0.67%, Dow +0.93%.',
          'NASDAQ index did lag'),
        C('DJI, SPX, IXIC', 'direction_all_up', 'up', 'flag', None, '2023-07-11', 'day', None, 'close',
          "signs(['DJI','SPX','IXIC'],'2023-07-11')", 'supported', 'signs of daily moves', 'All three up.', 'all 3 major indices closed higher'),
        C('DJI', 'change_points', 317, 'points', None, '2023-07-11', 'day', None, 'close',
          "chg('DJI','2023-07-11')", 'supported', TOL_I, '+317.02.', 'rose 317 points'),
        C('DJI', 'change_pct', 0.93, 'pct', None, '2023-07-11', 'day', None, 'close',
          "pct('DJI','2023-07-11')", 'supported', TOL_2, '+0.934%.', '0.93% at'),
        C('DJI', 'close', 34261.43, 'index', None, '2023-07-11', None, None, 'close',
          "close('DJI','2023-07-11')", 'supported', TOL_2, 'Close 34,261.42 in the file.', '34261.43'),
        C('SPX', 'change_points', 29.71, 'points', None, '2023-07-11', 'day', None, 'close',
          "chg('SPX','2023-07-11')", 'supported', TOL_2, '+29.73 in the file.', '29.71 points'),
        C('SPX', 'change_pct', 0.67, 'pct', None, '2023-07-11', 'day', None, 'close',
          "pct('SPX','2023-07-11')", 'supported', TOL_2, '+0.674%.', '0.67%'),
        C('SPX', 'close', 4439.25, 'index', None, '2023-07-11', None, None, 'close',
          "close('SPX','2023-07-11')", 'supported', TOL_2, 'Close 4,439.26 in the file.', '4439.25'),
        C('IXIC', 'change_points', 75.21, 'points', None, '2023-07-11', 'day', None, 'close',
          "chg('IXIC','2023-07-11')", 'supported', TOL_2, '+75.22 in the file.', '75.21 points'),
        C('IXIC', 'change_pct', 0.55, 'pct', None, '2023-07-11', 'day', None, 'close',
          "pct('IXIC','2023-07-11')", 'supported', TOL_2, '+0.550%.', '0.55%'),
        C('IXIC', 'close', 13760.69, 'index', None, '2023-07-11', None, None, 'close',
          "close('IXIC','2023-07-11')", 'supported', TOL_2, 'Close 13,760.70 in the file.', '13760.69'),
        C('RUT', 'up_streak', 2, 'sessions', None, '2023-07-11', None, None, 'close',
          "up_streak('RUT','2023-07-11')", 'contradicted', 'streak count off by more than 20%',
          'The Russell 2000 also rose on Friday 2023-07-07 (+22.43) while the large-cap indexes fell, so 2023-07-11 was its 3rd straight gain, not the 2nd.',
          'also rose for the 2nd consecutive day'),
        C('RUT', 'change_points', 18.10, 'points', None, '2023-07-11', 'day', None, 'close',
          "chg('RUT','2023-07-11')", 'supported', TOL_2, '+18.11 in the file.', '18.10 points'),
        C('RUT', 'change_pct', 0.96, 'pct', None, '2023-07-11', 'day', None, 'close',
          "pct('RUT','2023-07-11')", 'supported', TOL_2, '+0.956%.', '0.96%'),
        C('RUT', 'close', 1913.36, 'index', None, '2023-07-11', None, None, 'close',
          "close('RUT','2023-07-11')", 'supported', TOL_2, 'Close 1,913.36.', '1913.36'),
    ]))

# ---------------------------------------------------------------- 13
P.append(dict(
    id='investing_20241126_russell_rally_treasury_pick',
    source=dict(site='investing.com', url='https://investing.com/analysis/russell-2000-rally-continues-how-treasury-pick-is-fueling-optimism-in-small-cap-200654581?rand=12354',
                original_outlet='Investing.com'),
    published='2024-11-26', published_confidence='exact',
    published_note='"Published 11/26/2024, 01:00 AM"; the figures are for the week to Friday 2024-11-22 (centre session), plus Monday 2024-11-25.',
    text=("Russell 2000 rally continues: how the Treasury pick is fueling small-cap optimism. Published 11/26/2024. Markets "
          "were up Monday on the choice of Scott Bessent as Treasury Secretary. The stock market rallied last week, led by "
          "the Russell 2000 small cap index, which rose 4.5%. Since the start of November the Russell 2000 has outperformed "
          "its large cap counterparts, rising about 10% to 2,407 as of last Friday, November 22. All of the major indexes "
          "were up last week, bouncing back from a negative run the previous week. The S&P 500 rose 1.7% last week to 5,969, "
          "once again knocking on the door of the 6,000-point barrier, which it reached briefly on November 12 and 13 before "
          "falling back. The Nasdaq Composite also climbed 1.7% last week and breached 19,000 points, ending the week at "
          "19,004; it is nearing its all-time closing high of 19,298 set on November 11. The Dow Jones also had a good week, "
          "up 2% and closing at an all-time high of 44,296 as of November 22. Small Caps Up 18.7% This Year."),
    claims=[
        C('DJI, SPX, IXIC, RUT', 'direction_all_up', 'up', 'flag', None, '2024-11-25', 'day', None, 'close',
          "signs(['DJI','SPX','IXIC','RUT'],'2024-11-25')", 'supported', 'signs of daily moves',
          'Monday 2024-11-25: Dow +0.99%, S&P 500 +0.30%, Nasdaq +0.27%, Russell 2000 +1.47%.', 'Markets were up Monday'),
        C('RUT', 'week_change_pct', 4.5, 'pct', None, '2024-11-22', 'week 2024-11-15 -> 2024-11-22', None, 'close',
          "ret('RUT','2024-11-15','2024-11-22')", 'supported', TOL_1, 'Week +4.46%; the largest of the four indexes (led).', 'which rose 4.5%'),
        C('RUT', 'mtd_pct', 10, 'pct', 'about', '2024-11-22', 'MTD from 2024-10-31', None, 'close',
          "ret('RUT','2024-10-31','2024-11-22')", 'supported', 'about: within one unit of the last digit', 'MTD +9.56%.', 'rising about 10%'),
        C('RUT', 'close', 2407, 'index', None, '2024-11-22', None, None, 'close',
          "close('RUT','2024-11-22')", 'supported', TOL_I, 'Close 2,406.67.', '2,407'),
        C('DJI, SPX, IXIC, RUT', 'week_signs_two_weeks', 'down then up', 'flag', None, '2024-11-22', 'weeks to 2024-11-15 and 2024-11-22', None, 'close',
          "[rets(['DJI','SPX','IXIC','RUT'],'2024-11-08','2024-11-15'), rets(['DJI','SPX','IXIC','RUT'],'2024-11-15','2024-11-22')]",
          'supported', 'signs of weekly moves', 'Week to 11-15: -1.24, -2.08, -3.15, -3.99; week to 11-22: +1.96, +1.68, +1.73, +4.46.',
          'All of the major indexes were up last week'),
        C('SPX', 'week_change_pct', 1.7, 'pct', None, '2024-11-22', 'week', None, 'close',
          "ret('SPX','2024-11-15','2024-11-22')", 'supported', TOL_1, 'Week +1.68%.', 'S&P 500 rose 1.7%'),
        C('SPX', 'close', 5969, 'index', None, '2024-11-22', None, None, 'close',
          "close('SPX','2024-11-22')", 'supported', TOL_I, 'Close 5,969.34.', '5,969'),
        C('SPX', 'reached_level_dates', ['2024-11-12', '2024-11-13'], 'dates', 'briefly', '2024-11-13', 'November 2024', '>= 6000 intraday', 'intraday high',
          "[high('SPX','2024-11-08'), high('SPX','2024-11-11'), close('SPX','2024-11-11'), high('SPX','2024-11-12'), high('SPX','2024-11-13')]",
          'imprecise', 'true for the dates given but incomplete (understated): imprecise',
          'Intraday highs 6,009.92 (Nov 12) and 6,008.19 (Nov 13) did top 6,000, but the index first crossed it intraday on Nov 8 (6,012.45) and closed above it on Nov 11 (6,001.35, record close), so "reached briefly on November 12 and 13" understates it.',
          'reached briefly on November 12 and 13'),
        C('IXIC', 'week_change_pct', 1.7, 'pct', None, '2024-11-22', 'week', None, 'close',
          "ret('IXIC','2024-11-15','2024-11-22')", 'supported', TOL_1, 'Week +1.73%.', 'also climbed 1.7%'),
        C('IXIC', 'close', 19004, 'index', None, '2024-11-22', None, None, 'close',
          "close('IXIC','2024-11-22')", 'supported', TOL_I, 'Close 19,003.65.', '19,004'),
        C('IXIC', 'record_close', 19298, 'index', None, '2024-11-11', None, None, 'close',
          "max_close('IXIC','2024-11-22')", 'imprecise', 'truncated figure: imprecise',
          'Record close 19,298.76 on 2024-11-11: the date is right, but "19,298" truncates it (rounds to 19,299).', '19,298'),
        C('DJI', 'week_change_pct', 2, 'pct', None, '2024-11-22', 'week', None, 'close',
          "ret('DJI','2024-11-15','2024-11-22')", 'supported', TOL_I, 'Week +1.96%.', 'up 2%'),
        C('DJI', 'record_close', 44296, 'index', None, '2024-11-22', None, None, 'close',
          "[close('DJI','2024-11-22'), is_record_close('DJI','2024-11-22')]", 'imprecise', 'truncated figure: imprecise',
          'Close 44,296.51, a record close: the record is right, but "44,296" truncates the level (rounds to 44,297).', '44,296'),
        C('RUT', 'ytd_pct', 18.7, 'pct', None, '2024-11-22', 'YTD from 2023-12-29', None, 'close',
          "ret('RUT','2023-12-29','2024-11-22')", 'supported', TOL_1, 'Price YTD +18.73% through 2024-11-22.', '18.7%'),
    ]))

# ---------------------------------------------------------------- 14
P.append(dict(
    id='marketwatch_20241125_small_caps_near_record',
    source=dict(site='ttm.financial', url='https://ttm.financial/m/news/2486069645', original_outlet='MarketWatch (Dow Jones)'),
    published='2024-11-25', published_confidence='high',
    published_note='Syndicated MarketWatch story (Christine Idzelis) on Monday\'s session; the 14.7 bp yield drop "as of 3 p.m." and the Thanksgiving week fix Monday 2024-11-25.',
    text=("Small-cap stocks on verge of ending 3 years of futility with record run - if it holds. By Christine Idzelis. The "
          "small-cap-focused Russell 2000 has posted a double-digit percentage gain so far in November. Small-cap stocks "
          "jumped Monday to just shy of an all-time high and are on track for their biggest monthly gain of the year, in a "
          "week shortened by Thanksgiving. The Russell 2000 has climbed 11.2% so far in November, putting it on course for "
          "its largest monthly jump since last December, according to FactSet data, and has blown past the 4.9% "
          "month-to-date rise of the S&P 500. Rates fell Monday: the yield on the 10-year Treasury note declined 14.7 basis "
          "points to 4.262% as of 3 p.m. Eastern, its biggest daily drop since Aug. 2, according to Dow Jones Market Data."),
    claims=[
        C('RUT', 'last_record_close', '2021-11', 'month', None, '2024-11-25', 'since last record close', None, 'close',
          "last_record_close('RUT','2024-11-25')", 'supported', 'date of the last record close',
          'Last record close 2,442.74 on 2021-11-08: three years without a record close.', '3 years of futility'),
        C('RUT', 'mtd_pct', 10, 'pct', 'at least', '2024-11-25', 'MTD from 2024-10-31', '>=', 'close',
          "ret('RUT','2024-10-31','2024-11-25')", 'supported', 'double-digit: true >= 10', 'MTD +11.17%.', 'double-digit percentage gain'),
        C('RUT', 'near_record_close', True, 'flag', 'just shy of', '2024-11-25', None, None, 'close',
          "[close('RUT','2024-11-25'), max_close('RUT','2024-11-22'), high('RUT','2024-11-25'), max_high('RUT','2024-11-22')]",
          'supported', 'distance from the record close',
          'Close 2,442.03 vs record close 2,442.74 (0.03% below). Intraday the index hit 2,466.49, above its 2,458.86 intraday record of 2021-11-08: the note gives that reading.',
          'just shy of an all-time high'),
        C('RUT', 'biggest_month_of_year', True, 'flag', 'on track', '2024-11-25', 'November 2024', None, 'close',
          "[ret('RUT','2024-10-31','2024-11-25'), monthly_ret('RUT','2024-07')]", 'not_checkable', ONPACE,
          'MTD +11.17% against July\'s +10.10%, the best month so far; November finished +10.84%.', 'biggest monthly gain of the year'),
        C('RUT', 'mtd_pct', 11.2, 'pct', None, '2024-11-25', 'MTD from 2024-10-31', None, 'close',
          "ret('RUT','2024-10-31','2024-11-25')", 'supported', TOL_1, 'MTD +11.17%.', '11.2%'),
        C('RUT', 'largest_month_since', '2023-12', 'month', 'on course', '2024-11-25', 'monthly', None, 'close',
          "[ret('RUT','2024-10-31','2024-11-25'), monthly_ret('RUT','2023-12')]", 'not_checkable', ONPACE,
          'December 2023 gained 12.05%; no month since reached 11.17%.', 'largest monthly jump since last December'),
        C('SPX', 'mtd_pct', 4.9, 'pct', None, '2024-11-25', 'MTD from 2024-10-31', None, 'close',
          "ret('SPX','2024-10-31','2024-11-25')", 'supported', TOL_1, 'MTD +4.94%.', '4.9%'),
        C('US10Y', 'change_bp', -14.7, 'bp', None, '2024-11-25', 'day', None, '3 p.m.',
          "yld_chg_bp('DGS10','2024-11-25')", 'unverifiable', 'intraday yield event: unverifiable',
          'FRED end-of-day DGS10 fell 14 bp (4.41 -> 4.27); the 3 p.m. tradeweb figure is not in the files.', '14.7 basis'),
        C('US10Y', 'level', 4.262, 'pct', None, '2024-11-25', None, None, '3 p.m.',
          "yld('DGS10','2024-11-25')", 'unverifiable', 'intraday yield event: unverifiable', 'End-of-day DGS10 4.27%.', '4.262%'),
        C('US10Y', 'biggest_drop_since', '2024-08-02', 'date', None, '2024-11-25', 'daily changes', None, 'end of day',
          "last_yld_drop_at_least('DGS10','2024-11-25')", 'supported', 'biggest since X: last day with a move at least as large',
          'On end-of-day data the last daily drop of 14 bp or more was 2024-08-02 (-19 bp), matching the 3 p.m. claim.', 'since Aug. 2'),
    ]))

# ---------------------------------------------------------------- 15
P.append(dict(
    id='yolowire_20250116_rut_nears_correction',
    source=dict(site='yolowire.com', url='https://yolowire.com/latestarticles/14738/Russell-2000-Small-Cap-Index-Nears-Correction-Territory',
                original_outlet='YoloWire'),
    published='2025-01-16', published_confidence='medium',
    published_note='Undated page; it reports the 2% rebound "on January 15" (2025-01-15, the centre session) after a brief correction on 2025-01-10/13, so it was written on 2025-01-15 or 16.',
    text=("Russell 2000 small-cap index nears correction territory. The Russell 2000 index of small-cap stocks is nearing a "
          "correction, defined as a 10% decline from recent highs. It briefly entered a correction in recent days after "
          "dropping 10% from its 52-week high of 2,449.86 reached in late November of last year, following the U.S. "
          "presidential election. However, the index, made up of stocks with market capitalizations below $10 billion U.S., "
          "rebounded 2% on January 15 amid a broader rally after U.S. inflation data came in better than expected. Analysts "
          "still see worrying signs: the index is close to falling below its 200-day moving average of 2,166.80, according "
          "to Dow Jones Market Data. The index hasn't finished trading below its 200-day moving average since Nov. 30, 2023, "
          "and has closed above it for nearly 280 consecutive trading days, the longest such stretch since 2017. In the past, "
          "whenever the Russell 2000 has broken below its 200-day moving average, the index has declined 2% the following month."),
    claims=[
        C('RUT', 'correction', True, 'flag', 'briefly', '2025-01-13', 'closes 2025-01-02..2025-01-14', '>= 10% below 52-week closing high', 'close',
          "max_drawdown_52w('RUT','2025-01-02','2025-01-14')", 'supported', 'correction: close >= 10% below the 52-week closing high',
          'Closes on 2025-01-10 (-10.35%) and 2025-01-13 (-10.14%) were more than 10% below the 2,442.03 closing high of 2024-11-25.',
          'briefly entered a correction'),
        C('RUT', '52w_high', 2449.86, 'index', None, '2024-11-25', '52 weeks', None, 'intraday',
          "[max_high('RUT','2025-01-14','2024-01-15'), max_close('RUT','2025-01-14','2024-01-15'), high('RUT','2024-11-27')]",
          'imprecise', 'index level within 1%: imprecise',
          'The 52-week intraday high is 2,466.49 (2024-11-25) and the closing high 2,442.03 (same day); 2,449.86 is the intraday high of 2024-11-27, 0.67% under the true 52-week high. "Late November" is right.',
          '2,449.86'),
        C('RUT', 'change_pct', 2, 'pct', None, '2025-01-15', 'day', None, 'close',
          "pct('RUT','2025-01-15')", 'supported', TOL_I, '+1.98%.', 'rebounded 2% on January 15'),
        C('RUT', 'sma200', 2166.80, 'index', None, '2025-01-15', '200 sessions', None, 'close',
          "[sma('RUT','2025-01-13'), sma('RUT','2025-01-15')]", 'imprecise', TOL_2 + ' failed; level within 1%: imprecise',
          'Simple 200-day average of closes: 2,166.92 on 2025-01-13, 2,168.14 on 2025-01-15. Dow Jones may compute the average differently; the gap is under 0.1%.',
          '2,166.80'),
        C('RUT', 'last_close_below_sma200', '2023-11-30', 'date', None, '2025-01-15', None, None, 'close',
          "last_close_below_sma('RUT','2025-01-15')", 'supported', 'date match', 'Last close under the 200-day SMA: 2023-11-30.', 'since Nov. 30, 2023'),
        C('RUT', 'sessions_above_sma200', 280, 'sessions', 'nearly', '2025-01-15', 'from 2023-12-01', None, 'close',
          "run_above_sma('RUT','2025-01-15')", 'supported', 'nearly: 280 - 2% <= true <= 280 + 1% (unit 2% of a round number >= 100)',
          '281 sessions from 2023-12-01 to 2025-01-15 (282 through 01-16).', 'nearly 280 consecutive trading days'),
        C('RUT', 'longest_run_since', '2017', 'year', None, '2025-01-15', 'runs above the 200-day SMA', None, 'close',
          "last_run_above_sma_at_least('RUT','2025-01-15')", 'contradicted', 'longest since X: an earlier X than the true one is contradicted',
          'On the file\'s closes the 281-session run was matched by the 282-session run that ended 2018-10-09 (the 2017 run was 286), so it was the longest since 2018, not since 2017; it only passed 282 after 2025-01-16. Conventions on the average can shift a run by a day or two: a doubt noted in the README.',
          'longest such stretch since 2017'),
        C('RUT', 'rule_of_thumb', -2, 'pct', None, None, 'month after breaking below the 200-day SMA', None, 'n/a',
          'None', 'not_checkable', 'rule of thumb / generic statement: not_checkable', 'A historical average with no stated sample.',
          'declined 2% the following month'),
    ]))

# ---------------------------------------------------------------- 16
P.append(dict(
    id='mahoneygps_20250922_fed_cut_week_rut_intraday_record',
    source=dict(site='mahoneygps.com', url='https://mahoneygps.com/?p=11932', original_outlet='Mahoney Global Planning Solutions (weekly market commentary)'),
    published='2025-09-22', published_confidence='medium',
    published_note='Undated weekly commentary on "last week": the Fed cut to 4-4.25% on Wednesday 2025-09-17 fixes the week to Friday 2025-09-19 (centre session); such notes go out the following Monday.',
    text=("Markets. Stocks posted solid gains last week, propelled by the Fed's decision to cut short-term interest rates. "
          "The Standard & Poor's 500 Index rose 1.22 percent, while the Nasdaq Composite Index climbed 2.21 percent. The Dow "
          "Jones Industrial Average advanced 1.05 percent. By contrast, the MSCI EAFE Index, which tracks developed overseas "
          "stock markets, fell 0.27 percent. Third Week of Gains for S&P, Nasdaq. Stocks advanced to start the week after "
          "upbeat comments from the president on trade talks with China, which pushed the S&P 500 to close above 6600 for the "
          "first time. After the Fed announced on Wednesday that it was cutting short-term interest rates by a quarter "
          "percentage point, all three major averages fell before rising again in a choppy, mixed trading session. After "
          "digesting the Fed decision, all three major averages posted solid gains on Thursday, led by tech names, but small "
          "caps stole the headlines, with the Russell 2000 Index gaining more than 2 percent and hitting an intraday record "
          "high. The momentum carried into Friday; this was the second consecutive week of gains for the Dow Industrials, and "
          "the third straight week for the Nasdaq and S&P 500. The Fed decision brought the Federal Funds Rate down to a "
          "4-4.25 percent target range, its lowest level in three years."),
    claims=[
        C('SPX', 'week_change_pct', 1.22, 'pct', None, '2025-09-19', 'week 2025-09-12 -> 2025-09-19', None, 'close',
          "ret('SPX','2025-09-12','2025-09-19')", 'supported', TOL_2, 'Week +1.216%.', '1.22 percent'),
        C('IXIC', 'week_change_pct', 2.21, 'pct', None, '2025-09-19', 'week', None, 'close',
          "ret('IXIC','2025-09-12','2025-09-19')", 'supported', TOL_2, 'Week +2.215%.', '2.21 percent'),
        C('DJI', 'week_change_pct', 1.05, 'pct', None, '2025-09-19', 'week', None, 'close',
          "ret('DJI','2025-09-12','2025-09-19')", 'supported', TOL_2, 'Week +1.050%.', '1.05 percent'),
        C('MSCI_EAFE', 'week_change_pct', -0.27, 'pct', None, '2025-09-19', 'week', None, 'close',
          'None', 'unverifiable', NIF, 'MSCI EAFE not in the files.', '0.27 percent'),
        C('SPX', 'first_close_above', 6600, 'level', None, '2025-09-15', 'Monday', None, 'close',
          "first_close_above('SPX',6600)", 'supported', 'first close above the level', 'First close above 6,600: Monday 2025-09-15 (6,615.28).',
          'close above 6600 for the first time'),
        C('FEDFUNDS', 'rate_change', -0.25, 'pp', None, '2025-09-17', 'FOMC decision', None, 'target range',
          "[fomc_row('2025-09-17'), fed_range('2025-09-17'), fed_range('2025-09-18')]", 'supported', 'FOMC calendar and DFEDTARL/U (effective the next day)',
          'Scheduled decision on Wednesday 2025-09-17; range 4.25-4.50 -> 4.00-4.25 effective 2025-09-18.', 'a quarter percentage point'),
        C('DJI, SPX, IXIC', 'direction_mixed', 'mixed', 'flag', None, '2025-09-17', 'day', None, 'close',
          "signs(['DJI','SPX','IXIC'],'2025-09-17')", 'supported', 'signs of daily moves',
          'Wednesday closes: Dow +0.57%, S&P 500 -0.10%, Nasdaq -0.33%: mixed. The intraday dip-and-rebound is not checked.', 'choppy, mixed trading session'),
        C('DJI, SPX, IXIC', 'direction_all_up', 'up', 'flag', None, '2025-09-18', 'day', None, 'close',
          "signs(['DJI','SPX','IXIC'],'2025-09-18')", 'supported', 'signs of daily moves', 'Thursday: Dow +0.27%, S&P 500 +0.48%, Nasdaq +0.94%.',
          'posted solid gains on Thursday'),
        C('RUT', 'change_pct', 2, 'pct', 'more than', '2025-09-18', 'day', '>', 'close',
          "pct('RUT','2025-09-18')", 'supported', 'more than: true > claim', '+2.51%.', 'gaining more than 2 percent'),
        C('RUT', 'intraday_record', True, 'flag', None, '2025-09-18', 'day', None, 'intraday high',
          "[high('RUT','2025-09-18'), max_high('RUT','2025-09-17'), is_record_high('RUT','2025-09-18')]", 'supported', 'intraday record: above every earlier high',
          'High 2,470.07 vs earlier record high 2,466.49 (2024-11-25). It also closed at a record (2,467.70), not claimed here.', 'intraday record'),
        C('DJI, SPX, IXIC', 'direction_all_up', 'up', 'flag', None, '2025-09-19', 'day', None, 'close',
          "signs(['DJI','SPX','IXIC'],'2025-09-19')", 'supported', 'signs of daily moves',
          'Friday: Dow +0.37%, S&P 500 +0.49%, Nasdaq +0.72% (the Russell 2000 fell 0.77%).', 'momentum carried into Friday'),
        C('DJI', 'weekly_win_streak', 2, 'weeks', None, '2025-09-19', 'weeks', None, 'close',
          "[ret('DJI','2025-08-29','2025-09-05'), ret('DJI','2025-09-05','2025-09-12'), ret('DJI','2025-09-12','2025-09-19')]",
          'supported', 'streak on Friday-to-Friday closes', 'Weeks to 09-05 -0.32%, 09-12 +0.95%, 09-19 +1.05%.', 'second consecutive week'),
        C('SPX, IXIC', 'weekly_win_streak', 3, 'weeks', None, '2025-09-19', 'weeks', None, 'close',
          "[rets(['SPX','IXIC'],'2025-08-22','2025-08-29'), rets(['SPX','IXIC'],'2025-08-29','2025-09-05'), rets(['SPX','IXIC'],'2025-09-05','2025-09-12'), rets(['SPX','IXIC'],'2025-09-12','2025-09-19')]",
          'supported', 'streak on Friday-to-Friday closes', 'Both fell in the week to 08-29 and rose in the three weeks to 09-19.', 'third straight week'),
        C('FEDFUNDS', 'target_range', [4.0, 4.25], 'pct', None, '2025-09-18', None, None, 'target range',
          "fed_range('2025-09-18')", 'supported', 'range match', 'DFEDTARL/U 4.00/4.25 from 2025-09-18.', '4-4.25 percent target range'),
        C('FEDFUNDS', 'lowest_since', '3 years', 'years', None, '2025-09-18', None, None, 'target range',
          "last_upper_at_or_below('2025-09-18', 4.25)", 'contradicted', 'lowest since X: an earlier X than the true one is contradicted',
          'The range was last this low on 2022-12-14 (3.75-4.00, raised to 4.25-4.50 on 2022-12-15): lowest in 2 years 9 months. "Three years" (September 2022) is earlier than the true date; read as a rounded "nearly three years" it would be imprecise.',
          'lowest level in three years'),
    ]))


def main():
    os.makedirs(OUT, exist_ok=True)
    plines, klines, recipes = [], [], []
    for p in P:
        text = p['text']
        claims_out = []
        for i, c in enumerate(p['claims']):
            n = text.count(c['a'])
            assert n == 1, (p['id'], i, c['a'], n)
            val = eval(c['e'], vars(R))
            claims_out.append(dict(index_or_ticker=c['t'], metric=c['m'], value=c['v'], unit=c['u'], qualifier=c['q'],
                                   ref_date=c['rd'], window=c['w'], comparison=c['cmp'], basis=c['b']))
            klines.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=c['t'], metric=c['m'], claimed_value=c['v'],
                               qualifier=c['q'], ref_date_used=c['rd'], computed_value=val,
                               computed_detail=c['nt'].split('.')[0] + '. reference.py: ' + c['e'],
                               verdict=c['vd'], rule=c['rl'], note=c['nt'], anchor_text=c['a']))
            recipes.append((p['id'], i, c['e']))
        plines.append(dict(id=p['id'], source=p['source'], published=p['published'],
                           published_confidence=p['published_confidence'], published_note=p['published_note'],
                           text_kind='condensed_close_paraphrase', text=text, claims=claims_out))
    with open(os.path.join(OUT, 'passages.jsonl'), 'w') as f:
        for x in plines:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'key.jsonl'), 'w') as f:
        for x in klines:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    head = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'ref_head.py')).read()
    body = ['', '# (passage_id, claim_index, expression): one line per key record', 'RECIPES = [']
    for pid, i, e in recipes:
        body.append('    (%r, %d, %r),' % (pid, i, e))
    body.append(']')
    body.append(MAIN_TAIL)
    with open(os.path.join(OUT, 'reference.py'), 'w') as f:
        f.write(head + '\n'.join(body) + '\n')
    from collections import Counter
    print(len(plines), 'passages', len(klines), 'claims', Counter(k['verdict'] for k in klines))


MAIN_TAIL = r'''

def main():
    global DATA
    args = sys.argv[1:]
    DATA = args[0] if args else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('usage: reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)')
    keyp = args[1] if len(args) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'key.jsonl')
    key = {}
    with open(keyp) as f:
        for line in f:
            if line.strip():
                k = json.loads(line)
                key[(k['passage_id'], k['claim_index'])] = k
    env = {n: v for n, v in globals().items() if not n.startswith('__')}
    bad = 0
    for pid, i, expr in RECIPES:
        val = eval(expr, env)
        k = key.get((pid, i))
        ok = k is not None and same(json.loads(json.dumps(val)), k['computed_value'])
        if not ok:
            bad += 1
        print('%s %-55s #%-2d %-60s -> %s' % ('OK ' if ok else 'BAD', pid, i, expr[:60], json.dumps(val)))
    missing = set(key) - {(p, i) for p, i, _ in RECIPES}
    bad += len(missing)
    for m in sorted(missing):
        print('BAD key record without recipe:', m)
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(key), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
'''

if __name__ == '__main__':
    main()
