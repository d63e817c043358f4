"""Build passages.jsonl, key.jsonl and recipes.json of corpus heldout39b.

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
TRUNC = 'truncated figure: imprecise'
LVL = 'index level off by <= 1%: imprecise'
PTS_I = 'point change off by <= 20%: imprecise'
PCT_I = 'percent figure off by <= max(2 pp, 10%) and <= 20%: imprecise'
PCT_X = 'percent figure off by more than 20% of the true value: contradicted'
MID = 'mid-session figure inside the session range: unverifiable'
EXT = 'session extreme (as much as): within one unit of the last stated digit'
NOFILE = 'series or history not in the files: unverifiable'
SINCE = 'highest/lowest since X: X is the last session at least as extreme'
SINCE_MOVE = 'biggest/worst since X: X is the last day with a move at least as large'
SINCE_X = 'since X: an earlier X than the last day with a move at least as large is contradicted'
DATE = 'date matches'
CMP = 'comparison holds'
ABOUT = 'about / around: within one unit of the last stated digit'
NEARLY = 'nearly / almost: claim - 1 unit <= true <= claim + 0.5 unit'
MORE = 'more than / over: true > claim'
LESS = 'less than / within: true < claim'
REC = 'record: above every earlier close'
STREAK = 'streaks and counts use daily (or weekly) closes'
FED = 'Fed target change on the effective date (DFEDTAR / DFEDTARU)'
FORE = 'projection or consensus expectation: forecast'
STOCK = 'single-stock prices are not in the files: unverifiable'

# ---------------------------------------------------------------- 1  1998
add('cnet_19981016_fed_cut_record_week', 'cnet.com',
    'https://www.cnet.com/tech/tech-industry/markets-up-on-interest-rate-cut/',
    'CNET News.com', '1998-10-16', 'high',
    'Undated page. "Today" closes the Dow at 8,416.76, the close of Friday 1998-10-16 in the file, and "yesterday" is the Fed\'s unscheduled cut of Thursday 1998-10-15 (FOMC_meetings.csv); both are sessions in the file.',
    "Markets up on interest rate cut. U.S. stocks closed on a high note today, carried by the Federal Reserve's surprise quarter-percent cut "
    "in interest rates yesterday, which fueled hope that the U.S. economy may not succumb to spreading global economic turmoil. The Dow "
    "Industrial Average jumped up 117.4 points or 1.41 percent, to 8,416.76. With today's gain, the blue chip index posted the strongest "
    "one-week point gain in its history: the Dow was up 6.5 percent or 517.2 points for the week, and is at its highest point since August 26, "
    "when it had reached 8,523.35. Yesterday, the Dow rose 330 points, marking the third largest one-day gain in its history. The "
    "technology-heavy Nasdaq Composite Index also climbed higher today, rising 9.94 points or .62 percent to 1,620.95, though technology "
    "stocks were unable to capitalize on the optimism.",
    [
        C('FEDFUNDS', 'rate_cut', 0.25, 'percentage points', "surprise quarter-percent cut", "fed_target_change('1998-10-15')", S, FED,
          'DFEDTAR 5.25 -> 5.00 effective 1998-10-15; FOMC_meetings.csv lists 1998-10-15 as an unscheduled conference call (-25bp), the day before the article.', ref='1998-10-15', basis='decision'),
        C('DJI', 'day_change_pts', 117.4, 'points', '117.4 points', "day_pts('DJI','1998-10-16')", S, D1, '+117.40.', ref='1998-10-16'),
        C('DJI', 'day_change_pct', 1.41, 'percent', '1.41 percent', "day_pct('DJI','1998-10-16')", S, D2, '+1.41%.', ref='1998-10-16'),
        C('DJI', 'close', 8416.76, 'points', '8,416.76', "close('DJI','1998-10-16')", S, D2, '8,416.76.', ref='1998-10-16'),
        C('DJI', 'rank_week_pts_gain', 1, 'rank', 'strongest one-week point gain in its history', "week_pts_gain_rank('DJI','1998-10-16')", S,
          'rank counts all weekly moves in the file up to that week',
          'Largest Friday-to-Friday point gain in the file (+517.24; previous largest +346.20, week to 1997-06-13). The Dow file starts 1992-01-02 near 3,170; before that the index stood lower still, so 517 points would have been a weekly rise of more than 16%, and the total market (FF_factors_daily) never rose more than 14.43% in a week after 1934 (reference.py: ff_max_mkt_week). Supported with that caveat.',
          ref='1998-10-16', window='week to 1998-10-16'),
        C('DJI', 'week_change_pct', 6.5, 'percent', 'up 6.5 percent', "week_return('DJI','1998-10-16')", S, D1, '7,899.52 (1998-10-09) -> 8,416.76 = +6.55%.', ref='1998-10-16', window='1998-10-09..1998-10-16'),
        C('DJI', 'week_change_pts', 517.2, 'points', '517.2 points', "week_pts('DJI','1998-10-16')", S, D1, '+517.24 points for the week.', ref='1998-10-16', window='1998-10-09..1998-10-16'),
        C('DJI', 'highest_since', '1998-08-26', 'date', 'highest point since August 26', "last_close_at_or_above_value('DJI','1998-10-16')", S, SINCE,
          'The last close at or above 8,416.76 was 8,523.35 on 1998-08-26.', ref='1998-10-16'),
        C('DJI', 'close', 8523.35, 'points', '8,523.35', "close('DJI','1998-08-26')", S, D2, '8,523.35 on 1998-08-26.', ref='1998-08-26'),
        C('DJI', 'day_change_pts', 330, 'points', 'rose 330 points', "day_pts('DJI','1998-10-15')", I, TRUNC,
          'Thursday 1998-10-15: +330.58, written as 330 (truncated; 0.58 off an integer figure).', ref='1998-10-15'),
        C('DJI', 'rank_day_pts_gain', 3, 'rank', 'third largest one-day gain in its history', "day_pts_rank('DJI','1998-10-15',1)", S,
          'rank counts all daily moves in the file up to that day',
          'Third-largest daily point gain in the file up to 1998-10-15, after +380.53 (1998-09-08) and +337.10 (1997-10-28). The file starts in 1992; a 330-point day before then (index below about 3,200) would have needed a rise above 10%, larger than any daily rise of the total market after 1934 in FF_factors_daily (8.79%, reference.py: ff_max_mkt_day). Supported with that caveat.',
          ref='1998-10-15'),
        C('IXIC', 'day_change_pts', 9.94, 'points', '9.94 points', "day_pts('IXIC','1998-10-16')", S, D2, '+9.94.', ref='1998-10-16'),
        C('IXIC', 'day_change_pct', 0.62, 'percent', '.62 percent', "day_pct('IXIC','1998-10-16')", S, D2, '+0.62%.', ref='1998-10-16'),
        C('IXIC', 'close', 1620.95, 'points', '1,620.95', "close('IXIC','1998-10-16')", S, D2, '1,620.95.', ref='1998-10-16'),
    ])

# ---------------------------------------------------------------- 2  1999
add('deseret_19990330_dow_10000_not_for_long', 'deseret.com',
    'https://www.deseret.com/1999/3/30/19437266/monday-s-close-parks-dow-at-over-10-000-but-not-for-long/',
    'Deseret News', '1999-03-30', 'exact',
    'Dated 1999-03-30 in the URL; the text reports Monday 1999-03-29 (the first close above 10,000) and Tuesday 1999-03-30 at 11 a.m. MDT (1 p.m. ET), both sessions in the file.',
    "Monday's close parks Dow at over 10,000 - but not for long. The fourth time was the charm for the Dow Jones industrial average Monday, as "
    "that most venerated of all stock market indexes closed above 10,000 for the first time. The Dow had passed 10K three times before earlier "
    "this month but had always retreated before the close of trading. This time, it reached 10,006.78 and stayed there. But not for long. At "
    "11 a.m. (MDT) Tuesday, Dow 10K was once again receding in traders' rearview mirrors, as the Dow was down 73.82 at 9,932.96, up from an "
    "earlier 132-point loss. The market turned south after Coca-Cola, one of the Dow 30, announced its worldwide soft-drink sales declined in the "
    "first quarter; Coke shares promptly fell $3 on the news, trimming more than 10 points off the Dow. The Dow first broke through 10K on "
    "March 16. But the real news was probably that the S&P and Nasdaq handily bested the Dow on Monday: while the Dow gained 1.08 percent, the "
    "S&P increased 2.13 percent and Nasdaq 3 percent.",
    [
        C('DJI', 'first_close_above', '1999-03-29', 'date', 'closed above 10,000 for the first time', "first_close_at_or_above('DJI',10000)", S, DATE,
          'First close at or above 10,000 in the file: 1999-03-29 (10,006.78).', ref='1999-03-29'),
        C('DJI', 'intraday_crossings', 3, 'count', 'passed 10K three times before', "intraday_crossings('DJI','1999-03-01','1999-03-26',10000)", S, STREAK,
          'Sessions in March 1999 before the 29th whose high reached 10,000 but whose close stayed below: 1999-03-16 (high 10,001.78), 03-18 (10,001.51), 03-19 (10,085.31); hence "the fourth time".',
          ref='1999-03-26', window='1999-03-01..1999-03-26', basis='intraday high'),
        C('DJI', 'close', 10006.78, 'points', '10,006.78', "close('DJI','1999-03-29')", S, D2, '10,006.78.', ref='1999-03-29'),
        C('DJI', 'midday_change_pts', -73.82, 'points', 'down 73.82', "day_pts('DJI','1999-03-30')", U, MID,
          'Tuesday 1999-03-30 at 1 p.m. ET. The session ran from -132.37 to -2.94 points against the previous close; -73.82 lies inside it. The close was -93.52.',
          ref='1999-03-30', basis='11 a.m. MDT', detail='Session range [-132.37, -2.94] points.'),
        C('DJI', 'midday_level', 9932.96, 'points', '9,932.96', "close('DJI','1999-03-30')", U, MID,
          'Session low 9,874.41, high 10,003.84; 9,932.96 lies inside. Close 9,913.26.', ref='1999-03-30', basis='11 a.m. MDT',
          detail='Session range [9,874.41, 10,003.84].'),
        C('DJI', 'intraday_low_pts', -132, 'points', '132-point loss', "session_low_pts('DJI','1999-03-30')", S, EXT,
          'The session low 9,874.41 was 132.37 points below Monday\'s close.', ref='1999-03-30', basis='intraday low'),
        C('STOCKS', 'price_change', -3, 'dollars', 'fell $3', None, U, STOCK, 'Coca-Cola share prices are not in the files.', ref='1999-03-30', basis='intraday'),
        C('STOCKS', 'index_points_contribution', 10, 'points', 'more than 10 points', None, U, STOCK,
          'Needs the Coca-Cola price and the Dow divisor, neither in the files.', q='more than', ref='1999-03-30', basis='intraday'),
        C('DJI', 'first_intraday_above', '1999-03-16', 'date', 'first broke through 10K on March 16', "first_high_at_or_above('DJI',10000)", S, DATE,
          'First intraday high at or above 10,000 in the file: 1999-03-16 (10,001.78).', ref='1999-03-16', basis='intraday high'),
        C('DJI', 'day_change_pct', 1.08, 'percent', 'Dow gained 1.08 percent', "day_pct('DJI','1999-03-29')", X, PCT_X,
          'Monday 1999-03-29: +184.54 points, +1.88%. 1.08 is 0.80 pp (43%) off; the Dow still trailed the S&P and Nasdaq, so the comparison stands.', ref='1999-03-29'),
        C('SPX', 'day_change_pct', 2.13, 'percent', '2.13 percent', "day_pct('SPX','1999-03-29')", S, D2, '+2.13% to 1,310.17.', ref='1999-03-29'),
        C('IXIC', 'day_change_pct', 3, 'percent', 'Nasdaq 3 percent', "day_pct('IXIC','1999-03-29')", S, INT, '+3.05% to 2,492.84.', ref='1999-03-29'),
    ])

# ---------------------------------------------------------------- 3  1999
add('cnet_19991229_nasdaq_closes_above_4000', 'cnet.com',
    'https://www.cnet.com/tech/services-and-software/nasdaq-closes-above-4000/',
    'CNET News.com', '1999-12-29', 'high',
    'Undated page. "Today" is the Nasdaq\'s first close above 4,000, 4,041.46 on Wednesday 1999-12-29 in the file; "last month" is November 1999.',
    "Nasdaq closes above 4,000. The tech-heavy index, which is up 83 percent this year, closes above the symbolic threshold for the first time. "
    "The tech-dominated Nasdaq composite index closed above 4,000 today, capping an astounding year in which it gained a record-breaking "
    "84 percent. In relatively light trading, the Nasdaq composite gained 69.35 to close at 4,041.46. It has set 60 records this year. Its gain "
    "for the year nearly matches the performance of the Dow Jones industrial average in 1915 and far outstrips the Dow and Standard & Poor's 500 "
    "index, which have gained 25 percent and 19 percent, respectively. The Dow closed at 11,484.6 today, up 7.89; the S&P 500 finished at "
    "1,463.46, up 5.8. \"This is only the second time it's gained in excess of 40 percent year-over-year. The second-best gain was 56.8 percent "
    "in 1991,\" said Walter Murphy, senior international market analyst with Merrill Lynch. Created in 1971, the index took 24 years to pass "
    "the 1,000 mark, when it closed at 1,005.89 in July 1995. Another three years passed before it reached 2,000, in July 1998. But in 1999 "
    "alone, the Nasdaq has hit two major records: the 3,000 mark last month and its latest milestone today.",
    [
        C('IXIC', 'ytd_pct', 83, 'percent', 'up 83 percent this year', "ytd('IXIC','1999-12-29')", I, PCT_I,
          'Subheading. Year to date at the 1999-12-29 close: 2,192.69 -> 4,041.46 = +84.32%; 83 is 1.32 pp off (at the 1999-12-28 close the gain was 81.15%).', ref='1999-12-29', window='1998-12-31..1999-12-29'),
        C('IXIC', 'first_close_above', '1999-12-29', 'date', 'closed above 4,000 today', "first_close_at_or_above('IXIC',4000)", S, DATE,
          'First close at or above 4,000 in the file: 1999-12-29.', ref='1999-12-29'),
        C('IXIC', 'ytd_pct', 84, 'percent', '84 percent', "ytd('IXIC','1999-12-29')", S, INT, '+84.32% year to date (the full year ended at +85.59%).', ref='1999-12-29', window='1998-12-31..1999-12-29'),
        C('IXIC', 'record_year_gain', True, 'flag', 'record-breaking', "[ytd('IXIC','1999-12-29'), best_year_before('IXIC',1972,1998)]", S, REC,
          'Best previous calendar year in the file 1972-1998: 1991, +56.86%; 1999 is already +84.32% (1971, from the 1971-02-05 base, was +14.12%).', ref='1999-12-29'),
        C('IXIC', 'day_change_pts', 69.35, 'points', 'gained 69.35', "day_pts('IXIC','1999-12-29')", S, D2, '+69.35.', ref='1999-12-29'),
        C('IXIC', 'close', 4041.46, 'points', '4,041.46', "close('IXIC','1999-12-29')", S, D2, '4,041.46.', ref='1999-12-29'),
        C('IXIC', 'record_closes_count', 60, 'count', '60 records this year', "record_closes_between('IXIC','1999-01-01','1999-12-29')", S, INT,
          '60 record closes from 1999-01-04 to 1999-12-29 (61 by year end).', ref='1999-12-29', window='1999-01-01..1999-12-29'),
        C('DJI', 'year_return', 84, 'percent', 'Dow Jones industrial average in 1915', None, U, NOFILE,
          'The Dow\'s 1915 return needs history the files lack (the Dow file starts 1992).', q='nearly', ref='1915-12-31'),
        C('DJI', 'ytd_pct', 25, 'percent', '25 percent', "ytd('DJI','1999-12-29')", S, INT, '+25.09% year to date.', ref='1999-12-29', window='1998-12-31..1999-12-29'),
        C('SPX', 'ytd_pct', 19, 'percent', '19 percent', "ytd('SPX','1999-12-29')", S, INT, '+19.06% year to date.', ref='1999-12-29', window='1998-12-31..1999-12-29'),
        C('DJI', 'close', 11484.6, 'points', '11,484.6', "close('DJI','1999-12-29')", S, D1, '11,484.66 (the figure is cut, not rounded, but lies within 0.07).', ref='1999-12-29'),
        C('DJI', 'day_change_pts', 7.89, 'points', 'up 7.89', "day_pts('DJI','1999-12-29')", I, PTS_I,
          '+7.95 in the file; 7.89 is 0.06 off (0.8%), outside the 2-decimal tolerance. Probably a preliminary figure.', ref='1999-12-29'),
        C('SPX', 'close', 1463.46, 'points', '1,463.46', "close('SPX','1999-12-29')", S, D2, '1,463.46.', ref='1999-12-29'),
        C('SPX', 'day_change_pts', 5.8, 'points', 'up 5.8', "day_pts('SPX','1999-12-29')", S, D1, '+5.80.', ref='1999-12-29'),
        C('IXIC', 'count_years_above_40pct', 2, 'count', 'only the second time', "years_return_above('IXIC',1972,1999,40)", S, INT,
          'Calendar years above +40% in the file: 1991 (+56.86%) and 1999 (+84.32% at this date). Quoted analyst, but a checkable statistic.', ref='1999-12-29', window='1972..1999'),
        C('IXIC', 'year_return', 56.8, 'percent', '56.8 percent', "year_return('IXIC',1991)", S, D1, '1991: +56.86%.', ref='1991-12-31'),
        C('IXIC', 'years_to_level', 24, 'years', '24 years', "years_between('1971-02-05', first_close_at_or_above('IXIC',1000))", S, INT,
          'From the 1971-02-05 base of 100 to the first close above 1,000 on 1995-07-17: 24.4 years.', ref='1995-07-17'),
        C('IXIC', 'first_close_above_1000', 1005.89, 'points', '1,005.89 in July 1995', "[first_close_at_or_above('IXIC',1000), close('IXIC', first_close_at_or_above('IXIC',1000))]", S, D2,
          'First close above 1,000: 1,005.89 on 1995-07-17.', ref='1995-07-17'),
        C('IXIC', 'first_close_above', '1998-07', 'month', '2,000, in July 1998', "first_month_at_or_above('IXIC',2000)", S, DATE,
          'First close above 2,000: 1998-07-16.', ref='1998-07'),
        C('IXIC', 'first_close_above', '1999-11', 'month', 'the 3,000 mark last month', "first_month_at_or_above('IXIC',3000)", S, DATE,
          'First close above 3,000: 1999-11-03.', ref='1999-11'),
    ])

# ---------------------------------------------------------------- 4  2001
add('kitsapsun_20010908_jobs_report_selloff', 'kitsapsun.com',
    'https://products.kitsapsun.com/archive/2001/09-08/0030_sell__sell__sell___dow_ends_week_.html',
    'Kitsap Sun (wire report)', '2001-09-08', 'exact',
    'Archive path dated 2001-09-08 (Saturday paper). The session described is Friday 2001-09-07; "the week" is 2001-08-31..09-07 (Monday 09-03 was Labor Day, no row in the file) and "the last two weeks" 2001-08-24..09-07.',
    "SELL! SELL! SELL!: Dow ends week in the dumps. NEW YORK - A worse-than-expected unemployment report ignited another dizzying selloff "
    "Friday, sending the Dow Jones industrials and the Standard & Poor's 500 index sharply lower. The Dow closed down 234.99, or 2.4 percent, at "
    "9,605.85, its lowest close since April 4, but still 216 points above its weakest finish for the year. The Standard & Poor's 500 index fell "
    "20.62, or 1.9 percent, to 1,085.78, its lowest close since October 1998. The Nasdaq composite index recorded its worst close since "
    "April 4, down 17.94, or nearly 1.1 percent, at 1,687.70, about 49 points from its 2001 "
    "low point. For the week, the Dow lost nearly 3.5 percent, the Nasdaq fell 6.5 percent and the S&P dropped 4.2 percent. In the last two "
    "weeks, the Dow has tumbled nearly 8 percent, the Nasdaq composite has lost nearly 12 percent and the S&P has fallen 8 percent.",
    [
        C('DJI', 'day_change_pts', -234.99, 'points', '234.99', "day_pts('DJI','2001-09-07')", S, D2, '-234.99.', ref='2001-09-07'),
        C('DJI', 'day_change_pct', -2.4, 'percent', '2.4 percent', "day_pct('DJI','2001-09-07')", S, D1, '-2.39%.', ref='2001-09-07'),
        C('DJI', 'close', 9605.85, 'points', '9,605.85', "close('DJI','2001-09-07')", S, D2, '9,605.85.', ref='2001-09-07'),
        C('DJI', 'lowest_since', '2001-04-04', 'date', 'its lowest close since April 4', "last_close_at_or_below('DJI', close('DJI','2001-09-07'), '2001-09-06')", S, SINCE,
          'Last close at or below 9,605.85 before 2001-09-07: 2001-04-04 (9,515.42).', ref='2001-09-07'),
        C('DJI', 'points_above_year_low', 216, 'points', '216 points above', "r2(close('DJI','2001-09-07') - min_close('DJI','2001-01-01','2001-09-06'))", S, INT,
          'The 2001 low close was 9,389.48 (2001-03-22): 9,605.85 - 9,389.48 = 216.37.', ref='2001-09-07', window='2001-01-01..2001-09-06'),
        C('SPX', 'day_change_pts', -20.62, 'points', '20.62', "day_pts('SPX','2001-09-07')", S, D2, '-20.62.', ref='2001-09-07'),
        C('SPX', 'day_change_pct', -1.9, 'percent', '1.9 percent', "day_pct('SPX','2001-09-07')", S, D1, '-1.86%.', ref='2001-09-07'),
        C('SPX', 'close', 1085.78, 'points', '1,085.78', "close('SPX','2001-09-07')", S, D2, '1,085.78.', ref='2001-09-07'),
        C('SPX', 'lowest_since', '1998-10', 'month', 'lowest close since October 1998', "last_close_at_or_below('SPX', close('SPX','2001-09-07'), '2001-09-06')", S, SINCE,
          'Last close at or below 1,085.78: 1998-10-28 (1,068.98). It was also the lowest close of 2001 (previous low 1,103.25 on 2001-04-04).', ref='2001-09-07'),
        C('IXIC', 'lowest_since', '2001-04-04', 'date', 'worst close since April 4', "last_close_at_or_below('IXIC', close('IXIC','2001-09-07'), '2001-09-06')", S, SINCE,
          'Last close at or below 1,687.70: 2001-04-04 (1,638.80).', ref='2001-09-07'),
        C('IXIC', 'day_change_pts', -17.94, 'points', '17.94', "day_pts('IXIC','2001-09-07')", S, D2, '-17.94.', ref='2001-09-07'),
        C('IXIC', 'day_change_pct', -1.1, 'percent', 'nearly 1.1 percent', "day_pct('IXIC','2001-09-07')", S, NEARLY, '-1.05%: 1.0 <= 1.05 <= 1.15.', q='nearly', ref='2001-09-07'),
        C('IXIC', 'close', 1687.70, 'points', '1,687.70', "close('IXIC','2001-09-07')", S, D2, '1,687.70.', ref='2001-09-07'),
        C('IXIC', 'points_above_year_low', 49, 'points', 'about 49 points', "r2(close('IXIC','2001-09-07') - min_close('IXIC','2001-01-01','2001-09-06'))", S, ABOUT,
          '2001 low close 1,638.80 (2001-04-04): 48.90 points below Friday\'s close.', q='about', ref='2001-09-07'),
        C('DJI', 'week_change_pct', -3.5, 'percent', 'nearly 3.5 percent', "week_return('DJI','2001-09-07')", S, NEARLY, '9,949.75 -> 9,605.85 = -3.46%.', q='nearly', ref='2001-09-07', window='2001-08-31..2001-09-07'),
        C('IXIC', 'week_change_pct', -6.5, 'percent', 'Nasdaq fell 6.5 percent', "week_return('IXIC','2001-09-07')", S, D1, '-6.52%.', ref='2001-09-07', window='2001-08-31..2001-09-07'),
        C('SPX', 'week_change_pct', -4.2, 'percent', 'S&P dropped 4.2 percent', "week_return('SPX','2001-09-07')", S, D1, '-4.22%.', ref='2001-09-07', window='2001-08-31..2001-09-07'),
        C('DJI', 'two_week_change_pct', -8, 'percent', 'nearly 8 percent', "pct('DJI','2001-08-24','2001-09-07')", S, NEARLY, '10,423.17 -> 9,605.85 = -7.84%.', q='nearly', ref='2001-09-07', window='2001-08-24..2001-09-07'),
        C('IXIC', 'two_week_change_pct', -12, 'percent', 'nearly 12 percent', "pct('IXIC','2001-08-24','2001-09-07')", S, NEARLY, '-11.95%.', q='nearly', ref='2001-09-07', window='2001-08-24..2001-09-07'),
        C('SPX', 'two_week_change_pct', -8, 'percent', 'S&P has fallen 8 percent', "pct('SPX','2001-08-24','2001-09-07')", S, INT, '-8.37%.', ref='2001-09-07', window='2001-08-24..2001-09-07'),
    ])

# ---------------------------------------------------------------- 5  2001
add('honoluluadvertiser_20011003_dow_back_above_9000', 'honoluluadvertiser.com',
    'http://the.honoluluadvertiser.com/article/2001/Oct/03/br/br04p.html',
    'Associated Press (Honolulu Advertiser)', '2001-10-03', 'exact',
    'Posted at 11 a.m. (Hawaii, 5 p.m. ET), Wednesday, October 3, 2001, with preliminary closing figures. "Yesterday" is Tuesday 2001-10-02, the Fed\'s cut; "the first week of trading after the attacks" is 2001-09-17..09-21 (markets closed 09-11..09-14).',
    "Dow surges back to level before attack. Associated Press. NEW YORK - The Dow Jones industrials closed above 9,000 today for the first "
    "time since the terrorist attacks three weeks ago, as investors heartened by President Bush's push for an economic stimulus plan sent "
    "stocks barreling higher. The upturn added to a rally triggered yesterday by the ninth interest rate cut so far this year. The Dow surged "
    "173.19, closing at 9,123.78, according to preliminary calculations. Blue chips rose 113 yesterday after the Federal Reserve cut rates by "
    "half a percentage point. It was the first time the Dow broke the 9,000 level since Sept. 18. The blue chips have regained nearly 900, or "
    "65 percent, of the 1,369 points they tumbled in the first week of trading after the attacks. The Nasdaq composite index rose 88.44 to "
    "1,580.77, recording its biggest point gain since the attacks. The Standard & Poor's 500 index advanced 20.94 to 1,072.27.",
    [
        C('DJI', 'first_close_above_since', '2001-09-11', 'date', 'closed above 9,000 today for the first', "last_close_at_or_above('DJI',9000,'2001-10-02')", S, SINCE,
          'The last close at or above 9,000 before 2001-10-03 was 9,605.51 on 2001-09-10, the eve of the attacks; the market then stayed shut until 2001-09-17 and no close reached 9,000 after that.', ref='2001-10-03'),
        C('FEDFUNDS', 'cuts_this_year', 9, 'count', 'ninth interest rate cut so far this year', "fed_cuts_between('2001-01-01','2001-10-02')", S, FED,
          'DFEDTAR cuts in 2001: 01-03, 01-31, 03-20, 04-18, 05-15, 06-27, 08-21, 09-17, 10-02 = 9.', ref='2001-10-02', window='2001-01-01..2001-10-02'),
        C('DJI', 'day_change_pts', 173.19, 'points', '173.19', "day_pts('DJI','2001-10-03')", S, D2, '+173.19.', ref='2001-10-03'),
        C('DJI', 'close', 9123.78, 'points', '9,123.78', "close('DJI','2001-10-03')", S, D2, '9,123.78 (preliminary figure confirmed).', q='preliminary', ref='2001-10-03'),
        C('DJI', 'day_change_pts', 113, 'points', 'rose 113 yesterday', "day_pts('DJI','2001-10-02')", I, TRUNC, 'Tuesday 2001-10-02: +113.76, written as 113.', ref='2001-10-02'),
        C('FEDFUNDS', 'rate_cut', 0.5, 'percentage points', 'half a percentage point', "fed_target_change('2001-10-02')", S, FED,
          'DFEDTAR 3.00 -> 2.50 effective 2001-10-02 (scheduled meeting that day).', ref='2001-10-02', basis='decision'),
        C('DJI', 'first_intraday_above_since', '2001-09-18', 'date', 'broke the 9,000 level since Sept. 18', "last_high_at_or_above('DJI',9000,'2001-10-03')", S, SINCE,
          'The last session before 2001-10-03 whose high reached 9,000 was 2001-09-18 (high 9,022.06).', ref='2001-10-03', basis='intraday high'),
        C('DJI', 'points_regained', 900, 'points', 'regained nearly 900', "pts('DJI','2001-09-21','2001-10-03')", S, NEARLY,
          'From the 2001-09-21 close 8,235.81 to 9,123.78: +887.97 (for round figures of 100 or more the unit is 2% of the value: 882 <= 887.97 <= 909).', q='nearly', ref='2001-10-03', window='2001-09-21..2001-10-03'),
        C('DJI', 'share_regained', 65, 'percent', '65 percent', "r2(100 * pts('DJI','2001-09-21','2001-10-03') / -pts('DJI','2001-09-10','2001-09-21'))", S, INT,
          '887.97 / 1,369.70 = 64.83%.', ref='2001-10-03', window='2001-09-10..2001-10-03'),
        C('DJI', 'week_change_pts', -1369, 'points', '1,369 points', "pts('DJI','2001-09-10','2001-09-21')", I, TRUNC,
          '9,605.51 (2001-09-10) -> 8,235.81 (2001-09-21) = -1,369.70, written as 1,369 (truncated).', ref='2001-09-21', window='2001-09-10..2001-09-21'),
        C('IXIC', 'day_change_pts', 88.44, 'points', '88.44', "day_pts('IXIC','2001-10-03')", I, PTS_I,
          '+88.48 in the file; 88.44 is 0.04 off (preliminary figure).', q='preliminary', ref='2001-10-03'),
        C('IXIC', 'close', 1580.77, 'points', '1,580.77', "close('IXIC','2001-10-03')", I, LVL, '1,580.81 in the file (0.04 off; preliminary).', q='preliminary', ref='2001-10-03'),
        C('IXIC', 'biggest_gain_since', '2001-09-11', 'date', 'biggest point gain since the attacks', "last_gain_as_big_pts('IXIC','2001-10-03')", I,
          'since X later than the last day with a move at least as large: understated, imprecise',
          'True as far as it goes (no larger gain after 2001-09-11), but the last daily point gain at least as large as +88.48 was +103.70 on 2001-07-12, so it was the biggest since July 12, not only since the attacks.', ref='2001-10-03'),
        C('SPX', 'day_change_pts', 20.94, 'points', '20.94', "day_pts('SPX','2001-10-03')", S, D2, '+20.95.', ref='2001-10-03'),
        C('SPX', 'close', 1072.27, 'points', '1,072.27', "close('SPX','2001-10-03')", S, D2, '1,072.28.', ref='2001-10-03'),
    ])

# ---------------------------------------------------------------- 6  2001
add('csmonitor_20011210_dow_10000_history', 'csmonitor.com',
    'https://www.csmonitor.com/2001/1210/p14s5-wmpi.html',
    'The Christian Science Monitor', '2001-12-10', 'exact',
    'Dated 2001-12-10 in the URL (a Monday). "Last Wednesday" is 2001-12-05; the other dates are named in the text and are sessions in the file.',
    "Crossing 10000: A little Dow history. A few digits can carry a lot of weight. When the Dow Jones Industrial Average closed at 10114 last "
    "Wednesday, many traders breathed a sigh of relief: it marked the first time in three months that the index closed above 10000. A quick "
    "look at the Dow and that magic number: March 16, 1999 - the Dow first touches 10000. March 29, 1999 - the Dow closes above 10000 (at "
    "10007) for the first time. Jan. 14, 2000 - the Dow reaches its highest point, closing at 11723. Sept. 5, 2001 - the last day the Dow "
    "closed above 10000 (at 10033) before last week. Sept. 21, 2001 - the Dow's lowest close (8236) since Sept. 5. Dec. 5, 2001 - the Dow "
    "breaks 10000 once again.",
    [
        C('DJI', 'close', 10114, 'points', 'closed at 10114 last', "close('DJI','2001-12-05')", S, INT, '10,114.29 on Wednesday 2001-12-05.', ref='2001-12-05'),
        C('DJI', 'first_close_above_since_months', 3, 'months', 'first time in three months', "months_between(last_close_at_or_above('DJI',10000,'2001-12-04'),'2001-12-05')", S, INT,
          'Previous close above 10,000: 2001-09-05, 3.0 months earlier.', ref='2001-12-05'),
        C('DJI', 'first_intraday_above', '1999-03-16', 'date', 'first touches 10000', "first_high_at_or_above('DJI',10000)", S, DATE,
          'First intraday high at or above 10,000: 1999-03-16 (10,001.78).', ref='1999-03-16', basis='intraday high'),
        C('DJI', 'first_close_above', '1999-03-29', 'date', 'closes above 10000', "first_close_at_or_above('DJI',10000)", S, DATE, 'First close above 10,000: 1999-03-29.', ref='1999-03-29'),
        C('DJI', 'close', 10007, 'points', '(at 10007)', "close('DJI','1999-03-29')", S, INT, '10,006.78.', ref='1999-03-29'),
        C('DJI', 'record_date', '2000-01-14', 'date', 'reaches its highest point', "record_close_upto('DJI','2001-12-05')[0]", S, DATE,
          'Highest close in the file up to 2001-12-05: 2000-01-14.', ref='2000-01-14'),
        C('DJI', 'record_close', 11723, 'points', 'closing at 11723', "record_close_upto('DJI','2001-12-05')[1]", S, INT, '11,722.98.', ref='2000-01-14'),
        C('DJI', 'last_close_above', '2001-09-05', 'date', 'the last day the Dow closed above 10000', "last_close_at_or_above('DJI',10000,'2001-12-04')", S, DATE,
          'Last close at or above 10,000 before December 2001: 2001-09-05.', ref='2001-09-05'),
        C('DJI', 'close', 10033, 'points', '(at 10033)', "close('DJI','2001-09-05')", S, INT, '10,033.27.', ref='2001-09-05'),
        C('DJI', 'lowest_close_date', '2001-09-21', 'date', "the Dow's lowest close", "argmin_close('DJI','2001-09-06','2001-12-05')", S, DATE,
          'Lowest close between 2001-09-06 and 2001-12-05: 8,235.81 on 2001-09-21.', ref='2001-09-21', window='2001-09-06..2001-12-05'),
        C('DJI', 'close', 8236, 'points', '(8236)', "close('DJI','2001-09-21')", S, INT, '8,235.81.', ref='2001-09-21'),
        C('DJI', 'first_close_above_again', '2001-12-05', 'date', 'breaks 10000 once again', "first_close_at_or_above('DJI',10000,'2001-09-06')", S, DATE,
          'First close at or above 10,000 after 2001-09-05: 2001-12-05.', ref='2001-12-05'),
    ])

# ---------------------------------------------------------------- 7  2002
add('recordonline_20021228_dow_fourth_straight_loss', 'recordonline.com',
    'https://www.recordonline.com/story/business/2002/12/28/dow-jones-posts-fourth-straight/51168586007/',
    'Times Herald-Record (wire report)', '2002-12-28', 'exact',
    'Dated 2002-12-28 in the URL (Saturday paper). "Yesterday" is Friday 2002-12-27; the week runs from Friday 2002-12-20 (Wednesday 12-25 had no session).',
    "Dow Jones posts fourth straight loss. New York - Wall Street pulled back yesterday in light, uneventful trading as investors extended their "
    "Christmas holidays. The Dow Jones industrials fell more than 100 points, but analysts were unconcerned, noting that the lack of trading "
    "volume made the market's indexes more susceptible to fluctuations. The Dow closed down 128.83, or 1.5 percent, at 8,303.78, its fourth "
    "straight losing session. Broader indexes also retreated. The Nasdaq composite index lost 19.58, or 1.4 percent, to 1,348.31, while the "
    "Standard & Poor's 500 index fell 14.26, or 1.6 percent, to 875.40. For the week, the Dow fell 2.4 percent, the Nasdaq lost 1.1 percent and "
    "the S&P declined 2.3 percent, giving the markets their third losing week out of the past four. Investors sent shares of Lockheed Martin up "
    "80 cents to $57.70 on news of a Polish fighter-jet order.",
    [
        C('DJI', 'day_change_pts', -100, 'points', 'more than 100 points', "day_pts('DJI','2002-12-27')", S, MORE, '-128.83.', q='more than', ref='2002-12-27'),
        C('DJI', 'day_change_pts', -128.83, 'points', '128.83', "day_pts('DJI','2002-12-27')", S, D2, '-128.83.', ref='2002-12-27'),
        C('DJI', 'day_change_pct', -1.5, 'percent', '1.5 percent', "day_pct('DJI','2002-12-27')", S, D1, '-1.53%.', ref='2002-12-27'),
        C('DJI', 'close', 8303.78, 'points', '8,303.78', "close('DJI','2002-12-27')", S, D2, '8,303.78.', ref='2002-12-27'),
        C('DJI', 'down_streak', 4, 'sessions', 'fourth straight losing session', "down_streak('DJI','2002-12-27')", S, STREAK,
          'Down closes on 12-23, 12-24, 12-26 and 12-27 (12-20 was up).', ref='2002-12-27'),
        C('IXIC', 'day_change_pts', -19.58, 'points', '19.58', "day_pts('IXIC','2002-12-27')", S, D2, '-19.58.', ref='2002-12-27'),
        C('IXIC', 'day_change_pct', -1.4, 'percent', '1.4 percent', "day_pct('IXIC','2002-12-27')", S, D1, '-1.43%.', ref='2002-12-27'),
        C('IXIC', 'close', 1348.31, 'points', '1,348.31', "close('IXIC','2002-12-27')", S, D2, '1,348.31.', ref='2002-12-27'),
        C('SPX', 'day_change_pts', -14.26, 'points', '14.26', "day_pts('SPX','2002-12-27')", S, D2, '-14.26.', ref='2002-12-27'),
        C('SPX', 'day_change_pct', -1.6, 'percent', '1.6 percent', "day_pct('SPX','2002-12-27')", S, D1, '-1.60%.', ref='2002-12-27'),
        C('SPX', 'close', 875.40, 'points', '875.40', "close('SPX','2002-12-27')", S, D2, '875.40.', ref='2002-12-27'),
        C('DJI', 'week_change_pct', -2.4, 'percent', 'Dow fell 2.4 percent', "week_return('DJI','2002-12-27')", S, D1, '8,511.32 -> 8,303.78 = -2.44%.', ref='2002-12-27', window='2002-12-20..2002-12-27'),
        C('IXIC', 'week_change_pct', -1.1, 'percent', 'Nasdaq lost 1.1 percent', "week_return('IXIC','2002-12-27')", S, D1, '-1.08%.', ref='2002-12-27', window='2002-12-20..2002-12-27'),
        C('SPX', 'week_change_pct', -2.3, 'percent', 'S&P declined 2.3 percent', "week_return('SPX','2002-12-27')", S, D1, '-2.27%.', ref='2002-12-27', window='2002-12-20..2002-12-27'),
        C('DJI,IXIC,SPX', 'losing_weeks_of_four', 3, 'count', 'third losing week out of the past four',
          "[weekly_returns(t, ['2002-12-06','2002-12-13','2002-12-20','2002-12-27']) for t in ('DJI','IXIC','SPX')]", S, STREAK,
          'Weeks to 12-06, 12-13, 12-20, 12-27: Dow -2.81, -2.45, +0.92, -2.44; Nasdaq -3.81, -4.22, +0.05, -1.08; S&P -2.57, -2.49, +0.71, -2.27: three down weeks of four for each.',
          ref='2002-12-27', window='2002-11-29..2002-12-27'),
        C('STOCKS', 'price', 57.70, 'dollars', 'up 80 cents to $57.70', None, U, STOCK, 'Lockheed Martin share prices (+80 cents to $57.70) are not in the files.', ref='2002-12-27'),
    ])

# ---------------------------------------------------------------- 8  2003
add('cnnmoney_20030304_dow_new_lows', 'money.cnn.com',
    'https://money.cnn.com/2003/03/04/markets/markets_newyork/index.htm',
    'CNN/Money', '2003-03-04', 'exact',
    'Dated "March 4, 2003: 5:25 PM EST" on the page; the session is Tuesday 2003-03-04; "Wednesday" is the next day\'s data release.',
    "Dow hits new lows. By Alexandra Twin, CNN/Money Staff Writer. NEW YORK (CNN/Money) - The Dow industrials fell to their worst levels in "
    "nearly five months Tuesday on persistent war fears and weak corporate news. The Dow Jones industrial average lost 132.99 points, or 1.7 "
    "percent, closing at 7,704.87, its lowest level since Oct. 10, 2002, when it closed at 7,533.95. The S&P 500 index fell 12.82 to 821.99, "
    "around 1.5 percent, while the Nasdaq composite lost 12.52 to 1,307.77, closing a little less than one percent lower. Wednesday brings the "
    "Institute for Supply Management's February report on the services sector, which is expected to show a reading of 53, down from 54.5 in the "
    "previous month.",
    [
        C('DJI', 'lowest_in_months', 5, 'months', 'nearly five months', "months_between(last_close_at_or_below('DJI', close('DJI','2003-03-04'), '2003-03-03'), '2003-03-04')", S, NEARLY,
          'Last close at or below 7,704.87: 2002-10-10, 4.8 months earlier.', q='nearly', ref='2003-03-04'),
        C('DJI', 'day_change_pts', -132.99, 'points', '132.99', "day_pts('DJI','2003-03-04')", S, D2, '-132.99.', ref='2003-03-04'),
        C('DJI', 'day_change_pct', -1.7, 'percent', '1.7 percent', "day_pct('DJI','2003-03-04')", S, D1, '-1.70%.', ref='2003-03-04'),
        C('DJI', 'close', 7704.87, 'points', '7,704.87', "close('DJI','2003-03-04')", S, D2, '7,704.87.', ref='2003-03-04'),
        C('DJI', 'lowest_since', '2002-10-10', 'date', 'lowest level since Oct. 10, 2002', "last_close_at_or_below('DJI', close('DJI','2003-03-04'), '2003-03-03')", S, SINCE,
          'Last close at or below 7,704.87: 2002-10-10.', ref='2003-03-04'),
        C('DJI', 'close', 7533.95, 'points', '7,533.95', "close('DJI','2002-10-10')", S, D2, '7,533.95 on 2002-10-10.', ref='2002-10-10'),
        C('SPX', 'day_change_pts', -12.82, 'points', '12.82', "day_pts('SPX','2003-03-04')", S, D2, '-12.82.', ref='2003-03-04'),
        C('SPX', 'close', 821.99, 'points', '821.99', "close('SPX','2003-03-04')", S, D2, '821.99.', ref='2003-03-04'),
        C('SPX', 'day_change_pct', -1.5, 'percent', 'around 1.5 percent', "day_pct('SPX','2003-03-04')", S, ABOUT, '-1.54%.', q='around', ref='2003-03-04'),
        C('IXIC', 'day_change_pts', -12.52, 'points', '12.52', "day_pts('IXIC','2003-03-04')", S, D2, '-12.52.', ref='2003-03-04'),
        C('IXIC', 'close', 1307.77, 'points', '1,307.77', "close('IXIC','2003-03-04')", S, D2, '1,307.77.', ref='2003-03-04'),
        C('IXIC', 'day_change_pct', -1, 'percent', 'a little less than one percent', "day_pct('IXIC','2003-03-04')", S, LESS, '-0.95%.', q='less than', ref='2003-03-04'),
        C('US_ISM_SERVICES', 'expected_reading', 53, 'index', 'reading of 53', None, F, FORE, 'Consensus expectation for a release due the next day.', ref='2003-03-05'),
        C('US_ISM_SERVICES', 'reading', 54.5, 'index', '54.5', None, U, NOFILE, 'ISM survey readings are not in the files.', ref='2003-01'),
    ])

# ---------------------------------------------------------------- 9  2003
add('standard_20031201_dow_shadow_of_10000', 'standard.co.uk',
    'https://streaming.standard.co.uk/hp/front/wall-street-monday-close-6953463.html',
    'Evening Standard (wire report)', '2003-12-01', 'medium',
    'Undated page titled "Wall Street: Monday close". Every figure is that of Monday 2003-12-01 (Dow 9,899.05 in the file) and "last week" the Thanksgiving week to Friday 2003-11-28; the London paper posted its Wall Street close that evening or the next morning, so 2003-12-01 is used.',
    "Wall Street: Monday close. Investors propelled the Dow Jones Industrial Average into the shadow of 10,000 after a pair of reports showed "
    "better-than-expected growth in the nation's manufacturing sector and construction spending. The Dow closed up 116.59, or 1.2%, at 9899.05, "
    "following a gain last week of 1.6%. The last time the index of 30 actively traded blue-chip stocks closed higher was 31 May, 2002, when it "
    "ended the day at 9925.30. It last closed above 10,000 on 24 May, 2002. The Nasdaq composite index closed up 29.56, or 1.5%, at 1989.82, "
    "following a weekly gain of 3.5%. The tech-dominated index last closed higher on 15 January, 2002, at 2000.91. The Standard & Poor's 500 "
    "index also reached a significant high, rising 11.92, or 1.1%, to close at 1070.12, after gaining 1.5% last week. The S&P last closed "
    "higher on 28 May, 2002, when it stood at 1074.55.",
    [
        C('DJI', 'day_change_pts', 116.59, 'points', '116.59', "day_pts('DJI','2003-12-01')", S, D2, '+116.59.', ref='2003-12-01'),
        C('DJI', 'day_change_pct', 1.2, 'percent', '1.2%', "day_pct('DJI','2003-12-01')", S, D1, '+1.19%.', ref='2003-12-01'),
        C('DJI', 'close', 9899.05, 'points', '9899.05', "close('DJI','2003-12-01')", S, D2, '9,899.05.', ref='2003-12-01'),
        C('DJI', 'week_change_pct', 1.6, 'percent', 'gain last week of 1.6%', "week_return('DJI','2003-11-28')", S, D1, '9,628.53 -> 9,782.46 = +1.60%.', ref='2003-11-28', window='2003-11-21..2003-11-28'),
        C('DJI', 'highest_since', '2002-05-31', 'date', 'closed higher was 31 May, 2002', "last_close_at_or_above_value('DJI','2003-12-01')", S, SINCE,
          'Last close above 9,899.05: 2002-05-31.', ref='2003-12-01'),
        C('DJI', 'close', 9925.30, 'points', '9925.30', "close('DJI','2002-05-31')", I, LVL, '9,925.25 in the file; 0.05 off, outside the 2-decimal tolerance.', ref='2002-05-31'),
        C('DJI', 'last_close_above', '2002-05-24', 'date', 'last closed above 10,000 on 24 May, 2002', "last_close_at_or_above('DJI',10000,'2003-12-01')", S, DATE,
          'Last close at or above 10,000: 2002-05-24 (10,104.26).', ref='2002-05-24'),
        C('IXIC', 'day_change_pts', 29.56, 'points', '29.56', "day_pts('IXIC','2003-12-01')", S, D2, '+29.56.', ref='2003-12-01'),
        C('IXIC', 'day_change_pct', 1.5, 'percent', '1.5%, at 1989.82', "day_pct('IXIC','2003-12-01')", S, D1, '+1.51%.', ref='2003-12-01'),
        C('IXIC', 'close', 1989.82, 'points', 'at 1989.82', "close('IXIC','2003-12-01')", S, D2, '1,989.82.', ref='2003-12-01'),
        C('IXIC', 'week_change_pct', 3.5, 'percent', 'weekly gain of 3.5%', "week_return('IXIC','2003-11-28')", S, D1, '1,893.88 -> 1,960.26 = +3.50%.', ref='2003-11-28', window='2003-11-21..2003-11-28'),
        C('IXIC', 'highest_since', '2002-01-15', 'date', 'last closed higher on 15 January, 2002', "last_close_at_or_above_value('IXIC','2003-12-01')", S, SINCE,
          'Last close above 1,989.82: 2002-01-15.', ref='2003-12-01'),
        C('IXIC', 'close', 2000.91, 'points', '2000.91', "close('IXIC','2002-01-15')", S, D2, '2,000.91.', ref='2002-01-15'),
        C('SPX', 'day_change_pts', 11.92, 'points', '11.92', "day_pts('SPX','2003-12-01')", S, D2, '+11.92.', ref='2003-12-01'),
        C('SPX', 'day_change_pct', 1.1, 'percent', '1.1%', "day_pct('SPX','2003-12-01')", S, D1, '+1.13%.', ref='2003-12-01'),
        C('SPX', 'close', 1070.12, 'points', '1070.12', "close('SPX','2003-12-01')", S, D2, '1,070.12.', ref='2003-12-01'),
        C('SPX', 'week_change_pct', 1.5, 'percent', 'after gaining 1.5% last week', "week_return('SPX','2003-11-28')", X, PCT_X,
          'Week to 2003-11-28: 1,035.28 -> 1,058.20 = +2.21%. 1.5 is 0.71 pp (32%) off; no weekly window reproduces it (the Dow\'s +1.6% and the Nasdaq\'s +3.5% are right).', ref='2003-11-28', window='2003-11-21..2003-11-28'),
        C('SPX', 'highest_since', '2002-05-28', 'date', 'last closed higher on 28 May, 2002', "last_close_at_or_above_value('SPX','2003-12-01')", S, SINCE,
          'Last close above 1,070.12: 2002-05-28.', ref='2003-12-01'),
        C('SPX', 'close', 1074.55, 'points', '1074.55', "close('SPX','2002-05-28')", S, D2, '1,074.55.', ref='2002-05-28'),
    ])

# ---------------------------------------------------------------- 10  2004
add('seattletimes_20041224_short_week_multiyear_highs', 'seattletimes.com',
    'http://www.seattletimes.com/business/short-week-ends-with-multiyear-highs/',
    'The Seattle Times (wire report)', '2004-12-24', 'medium',
    'Undated page. "Yesterday" closes the Dow at 10,827.12, Thursday 2004-12-23 in the file; Friday 2004-12-24 had no session (Christmas observed), so the holiday week ended on Thursday and the paper is that of 2004-12-24.',
    "Short week ends with multiyear highs. NEW YORK - Investors filled with holiday cheer sent Wall Street's major indexes to new multiyear highs "
    "yesterday, extending the stock market's winning streak despite a plummeting dollar and signs of weaker consumer spending. The Dow Jones "
    "industrial average rose 11.23 to 10,827.12, its highest close since June 13, 2001. Broader stock indicators were modestly higher. The "
    "Standard & Poor's 500 index was up 0.56 at 1,210.13, the best close for the index since Aug. 3, 2001. The Nasdaq composite index gained "
    "3.59 to 2,160.62. For the week, the Dow rose 1.66 percent, the S&P gained 1.33 percent, and the Nasdaq climbed 1.19 percent. It was the "
    "second week of gains for the major indexes, which have risen in five of the last seven weeks. Investors looked past the dollar's all-time "
    "low against the euro, which rose to $1.3483, surpassing its record high set Dec. 7, and a Commerce Department report that consumer spending "
    "for November rose 0.2 percent, slightly less than the 0.3 percent Wall Street expected and far less than the 0.8 percent jump in October.",
    [
        C('IXIC', 'multiyear_high', True, 'flag', 'new multiyear highs', "[close('IXIC','2004-12-23'), last_close_at_or_above_value('IXIC','2004-12-23'), close('IXIC','2004-12-15')]", X,
          'record / highest-close claim: false for one of the indexes named',
          'The Dow and the S&P 500 did close at multiyear highs (see the next claims), but the Nasdaq\'s 2,160.62 was below its 2,162.55 of 2004-12-15, a week earlier: not a new high.', ref='2004-12-23'),
        C('DJI', 'day_change_pts', 11.23, 'points', '11.23', "day_pts('DJI','2004-12-23')", S, D2, '+11.23.', ref='2004-12-23'),
        C('DJI', 'close', 10827.12, 'points', '10,827.12', "close('DJI','2004-12-23')", S, D2, '10,827.12.', ref='2004-12-23'),
        C('DJI', 'highest_since', '2001-06-13', 'date', 'highest close since June 13, 2001', "last_close_at_or_above_value('DJI','2004-12-23')", S, SINCE,
          'Last close at or above 10,827.12: 2001-06-13 (10,871.62).', ref='2004-12-23'),
        C('SPX', 'day_change_pts', 0.56, 'points', 'up 0.56', "day_pts('SPX','2004-12-23')", S, D2, '+0.56.', ref='2004-12-23'),
        C('SPX', 'close', 1210.13, 'points', '1,210.13', "close('SPX','2004-12-23')", S, D2, '1,210.13.', ref='2004-12-23'),
        C('SPX', 'highest_since', '2001-08-03', 'date', 'best close for the index since Aug. 3, 2001', "last_close_at_or_above_value('SPX','2004-12-23')", S, SINCE,
          'Last close at or above 1,210.13: 2001-08-03 (1,214.35).', ref='2004-12-23'),
        C('IXIC', 'day_change_pts', 3.59, 'points', 'gained 3.59', "day_pts('IXIC','2004-12-23')", S, D2, '+3.59.', ref='2004-12-23'),
        C('IXIC', 'close', 2160.62, 'points', '2,160.62', "close('IXIC','2004-12-23')", S, D2, '2,160.62.', ref='2004-12-23'),
        C('DJI', 'week_change_pct', 1.66, 'percent', '1.66 percent', "week_return('DJI','2004-12-24')", S, D2, '10,649.92 (2004-12-17) -> 10,827.12 (Thursday 12-23) = +1.66%.', ref='2004-12-23', window='2004-12-17..2004-12-23'),
        C('SPX', 'week_change_pct', 1.33, 'percent', '1.33 percent', "week_return('SPX','2004-12-24')", S, D2, '+1.33%.', ref='2004-12-23', window='2004-12-17..2004-12-23'),
        C('IXIC', 'week_change_pct', 1.19, 'percent', '1.19 percent', "week_return('IXIC','2004-12-24')", S, D2, '+1.19%.', ref='2004-12-23', window='2004-12-17..2004-12-23'),
        C('DJI,IXIC,SPX', 'up_week_streak', 2, 'weeks', 'second week of gains', "[up_week_streak(t,'2004-12-24') for t in ('DJI','IXIC','SPX')]", S, STREAK,
          'Each index rose in the weeks to 12-17 and 12-23 after falling in the week to 12-10.', ref='2004-12-23'),
        C('DJI,IXIC,SPX', 'up_weeks_of_seven', 5, 'count', 'five of the last seven weeks',
          "[sum(1 for v in weekly_returns(t, ['2004-11-12','2004-11-19','2004-11-26','2004-12-03','2004-12-10','2004-12-17','2004-12-24']) if v > 0) for t in ('DJI','IXIC','SPX')]", S, STREAK,
          'Weeks to 11-12 .. 12-23: five up weeks for each index (down weeks to 11-19 and 12-10).', ref='2004-12-23', window='2004-11-05..2004-12-23'),
        C('EURUSD', 'level', 1.3483, 'dollars', '$1.3483', None, U, NOFILE, 'Exchange rates are not in the files.', ref='2004-12-23'),
        C('EURUSD', 'record_date', '2004-12-07', 'date', 'record high set Dec. 7', None, U, NOFILE, 'Exchange rates are not in the files.', ref='2004-12-07'),
        C('US_CONSUMER_SPENDING', 'monthly_change', 0.2, 'percent', 'rose 0.2 percent', None, U, NOFILE, 'Consumer spending data are not in the files.', ref='2004-11'),
        C('US_CONSUMER_SPENDING', 'expected_change', 0.3, 'percent', '0.3 percent Wall Street expected', None, F, FORE, 'Consensus expectation for the release.', ref='2004-11'),
        C('US_CONSUMER_SPENDING', 'monthly_change', 0.8, 'percent', '0.8 percent jump in October', None, U, NOFILE, 'Consumer spending data are not in the files.', ref='2004-10'),
    ])

# ---------------------------------------------------------------- 11  2005
add('foxnews_20051125_shopping_season_rally', 'foxnews.com',
    'https://www.foxnews.com/story/stocks-rise-as-shopping-season-begins.amp',
    'Fox News (wire report)', '2005-11-25', 'high',
    'Undated page. The closes are those of Friday 2005-11-25, the day after Thanksgiving (no session on Thursday 2005-11-24 in the file); "for the week" runs from Friday 2005-11-18.',
    "Stocks Rise as Shopping Season Begins. Stocks rose on Friday, extending November's rally and giving the three major indexes their fifth "
    "straight week of gains, as the start of the holiday shopping period put visions of profits in investors' heads. The Dow Jones industrial "
    "average was up 15.53 points, or 0.14 percent, to end at 10,931.62. The Standard & Poor's 500 Index was up 2.64 points, or 0.21 percent, at "
    "1,268.25. The technology-laced Nasdaq Composite Index was up 3.03 points, or 0.13 percent, at 2,263.01. For the week, the Dow added 1.5 "
    "percent, while the S&P 500 and the Nasdaq each gained 1.6 percent. For the Nasdaq, Friday's session marked its sixth straight week of "
    "gains. For the month of November so far, the Dow is up 4.7 percent, while the S&P 500 is up 5.1 percent, and the Nasdaq is up 6.7 percent. "
    "U.S. financial markets were closed on Thursday for Thanksgiving Day. Both the Standard & Poor's 500 Index and the Nasdaq Composite Index hit "
    "fresh 4-1/2-year closing highs, while the blue-chip Dow Jones industrial average ended at its highest level since March.",
    [
        C('DJI,SPX,IXIC', 'up_week_streak', 5, 'weeks', 'fifth straight week of gains', "[up_week_streak(t,'2005-11-25') for t in ('DJI','SPX','IXIC')]", S, STREAK,
          'Weekly gains to 10-28, 11-04, 11-11, 11-18 and 11-25 for the Dow and the S&P 500 (both fell in the week to 10-21); the Nasdaq\'s run had reached six weeks, as the passage says next.', ref='2005-11-25'),
        C('DJI', 'day_change_pts', 15.53, 'points', '15.53 points', "day_pts('DJI','2005-11-25')", S, D2, '+15.53.', ref='2005-11-25'),
        C('DJI', 'day_change_pct', 0.14, 'percent', '0.14 percent', "day_pct('DJI','2005-11-25')", S, D2, '+0.14%.', ref='2005-11-25'),
        C('DJI', 'close', 10931.62, 'points', '10,931.62', "close('DJI','2005-11-25')", S, D2, '10,931.62.', ref='2005-11-25'),
        C('SPX', 'day_change_pts', 2.64, 'points', '2.64 points', "day_pts('SPX','2005-11-25')", S, D2, '+2.64.', ref='2005-11-25'),
        C('SPX', 'day_change_pct', 0.21, 'percent', '0.21 percent', "day_pct('SPX','2005-11-25')", S, D2, '+0.21%.', ref='2005-11-25'),
        C('SPX', 'close', 1268.25, 'points', '1,268.25', "close('SPX','2005-11-25')", S, D2, '1,268.25.', ref='2005-11-25'),
        C('IXIC', 'day_change_pts', 3.03, 'points', '3.03 points', "day_pts('IXIC','2005-11-25')", S, D2, '+3.03.', ref='2005-11-25'),
        C('IXIC', 'day_change_pct', 0.13, 'percent', '0.13 percent', "day_pct('IXIC','2005-11-25')", S, D2, '+0.13%.', ref='2005-11-25'),
        C('IXIC', 'close', 2263.01, 'points', '2,263.01', "close('IXIC','2005-11-25')", S, D2, '2,263.01.', ref='2005-11-25'),
        C('DJI', 'week_change_pct', 1.5, 'percent', 'Dow added 1.5', "week_return('DJI','2005-11-25')", S, D1, '+1.54%.', ref='2005-11-25', window='2005-11-18..2005-11-25'),
        C('SPX,IXIC', 'week_change_pct', 1.6, 'percent', 'each gained 1.6 percent', "[week_return('SPX','2005-11-25'), week_return('IXIC','2005-11-25')]", S, D1, 'S&P +1.60%, Nasdaq +1.61%.', ref='2005-11-25', window='2005-11-18..2005-11-25'),
        C('IXIC', 'up_week_streak', 6, 'weeks', 'sixth straight week', "up_week_streak('IXIC','2005-11-25')", S, STREAK, 'Nasdaq weekly gains from the week to 10-21 through 11-25 (the week to 10-14 fell 1.22%).', ref='2005-11-25'),
        C('DJI', 'mtd_pct', 4.7, 'percent', 'Dow is up 4.7 percent', "mtd('DJI','2005-11-25')", S, D1, '+4.71% since 2005-10-31.', ref='2005-11-25', window='2005-10-31..2005-11-25'),
        C('SPX', 'mtd_pct', 5.1, 'percent', 'S&P 500 is up 5.1 percent', "mtd('SPX','2005-11-25')", S, D1, '+5.07%.', ref='2005-11-25', window='2005-10-31..2005-11-25'),
        C('IXIC', 'mtd_pct', 6.7, 'percent', 'Nasdaq is up 6.7 percent', "mtd('IXIC','2005-11-25')", S, D1, '+6.73%.', ref='2005-11-25', window='2005-10-31..2005-11-25'),
        C('DJI', 'market_closed', '2005-11-24', 'date', 'closed on Thursday for Thanksgiving Day', "not has_session('DJI','2005-11-24')", S, DATE,
          'No row for Thursday 2005-11-24 in any index file.', ref='2005-11-24'),
        C('SPX', 'highest_in_years', 4.5, 'years', 'fresh 4-1/2-year closing highs', "years_between(last_close_at_or_above_value('SPX','2005-11-25'),'2005-11-25')", S, ABOUT,
          'S&P 500: last close above 1,268.25 was 1,276.96 on 2001-06-07, 4.5 years earlier.', ref='2005-11-25'),
        C('IXIC', 'highest_in_years', 4.5, 'years', 'Nasdaq Composite Index hit', "years_between(last_close_at_or_above_value('IXIC','2005-11-25'),'2005-11-25')", S, ABOUT,
          'Nasdaq: last close above 2,263.01 was 2,264.00 on 2001-06-07, 4.5 years earlier.', ref='2005-11-25'),
        C('DJI', 'highest_since', '2005-03', 'month', 'highest level since March', "last_close_at_or_above_value('DJI','2005-11-25')", S, SINCE,
          'Last close above 10,931.62: 10,936.86 on 2005-03-07.', ref='2005-11-25'),
    ])

# ---------------------------------------------------------------- 12  2006
add('latimes_20060518_dow_biggest_drop_since_2003', 'latimes.com',
    'https://www.latimes.com/archives/la-xpm-2006-may-18-fi-markets18-story.html',
    'Los Angeles Times (Times staff and wire reports)', '2006-05-18', 'exact',
    'Dated 2006-05-18 in the URL (next-morning paper). The session is Wednesday 2006-05-17; "May 10" is Wednesday 2006-05-10.',
    "From Times Staff and Wire Reports. Wednesday's stock market plunge came as some investors bailed out over worries the Federal Reserve "
    "would need to keep raising interest rates to fight inflation. On Wall Street, the Dow slid 214.28 points, or 1.9%, to 11,205.61 -- its "
    "biggest decline since March 2003. The index has fallen 437 points, or 3.8%, since reaching a six-year high May 10. The Standard & Poor's "
    "500 index fell 21.76 points, or 1.7%, to 1,270.32. The Nasdaq composite tumbled 33.33 points, or 1.5%, to 2,195.80. The Russell 2,000 "
    "small-stock index fell 1.6%. Losers swamped winners by nearly 5 to 1 on the New York Stock Exchange. The Nasdaq now is down 0.4% for the "
    "year, although most U.S. and foreign market indexes still are in the black. The Dow is up 4.6% year to date; the S&P 500 is up 1.8%. Wall "
    "Street got the inflation chills before the opening bell, when the Labor Department said the consumer price index rose 0.6% in April, "
    "above economists' forecast for an increase of 0.5%.",
    [
        C('DJI', 'day_change_pts', -214.28, 'points', '214.28 points', "day_pts('DJI','2006-05-17')", S, D2, '-214.28.', ref='2006-05-17'),
        C('DJI', 'day_change_pct', -1.9, 'percent', '1.9%', "day_pct('DJI','2006-05-17')", S, D1, '-1.88%.', ref='2006-05-17'),
        C('DJI', 'close', 11205.61, 'points', '11,205.61', "close('DJI','2006-05-17')", S, D2, '11,205.61.', ref='2006-05-17'),
        C('DJI', 'biggest_drop_since', '2003-03', 'month', 'biggest decline since March 2003', "last_drop_as_big_pts('DJI','2006-05-17')", S, SINCE_MOVE,
          'In points: the last daily drop at least as large as -214.28 was -307.29 on 2003-03-24. In percent the claim would fail: -2.05% on 2006-01-20 was larger than -1.88%.', ref='2006-05-17'),
        C('DJI', 'change_since_high_pts', -437, 'points', 'fallen 437 points', "pts('DJI','2006-05-10','2006-05-17')", S, INT, '11,642.65 (2006-05-10) -> 11,205.61 = -437.04.', ref='2006-05-17', window='2006-05-10..2006-05-17'),
        C('DJI', 'change_since_high_pct', -3.8, 'percent', '3.8%', "pct('DJI','2006-05-10','2006-05-17')", S, D1, '-3.75%.', ref='2006-05-17', window='2006-05-10..2006-05-17'),
        C('DJI', 'highest_in_years', 6, 'years', 'six-year high May 10', "years_between(last_close_at_or_above_value('DJI','2006-05-10'),'2006-05-10')", S, INT,
          'The 2006-05-10 close 11,642.65 was the highest since the record 11,722.98 of 2000-01-14, 6.3 years earlier.', ref='2006-05-10'),
        C('SPX', 'day_change_pts', -21.76, 'points', '21.76 points', "day_pts('SPX','2006-05-17')", S, D2, '-21.76.', ref='2006-05-17'),
        C('SPX', 'day_change_pct', -1.7, 'percent', '1.7%', "day_pct('SPX','2006-05-17')", S, D1, '-1.68%.', ref='2006-05-17'),
        C('SPX', 'close', 1270.32, 'points', '1,270.32', "close('SPX','2006-05-17')", S, D2, '1,270.32.', ref='2006-05-17'),
        C('IXIC', 'day_change_pts', -33.33, 'points', '33.33 points', "day_pts('IXIC','2006-05-17')", S, D2, '-33.33.', ref='2006-05-17'),
        C('IXIC', 'day_change_pct', -1.5, 'percent', '1.5%', "day_pct('IXIC','2006-05-17')", S, D1, '-1.50%.', ref='2006-05-17'),
        C('IXIC', 'close', 2195.80, 'points', '2,195.80', "close('IXIC','2006-05-17')", S, D2, '2,195.80.', ref='2006-05-17'),
        C('RUT', 'day_change_pct', -1.6, 'percent', 'fell 1.6%', "day_pct('RUT','2006-05-17')", S, D1, '-1.58% to 725.85.', ref='2006-05-17'),
        C('NYSE', 'breadth_ratio', 5, 'ratio', 'nearly 5 to 1', None, U, NOFILE, 'NYSE advance/decline counts are not in the files.', q='nearly', ref='2006-05-17'),
        C('IXIC', 'ytd_pct', -0.4, 'percent', 'down 0.4% for the', "ytd('IXIC','2006-05-17')", S, D1, '2,205.32 -> 2,195.80 = -0.43%.', ref='2006-05-17', window='2005-12-30..2006-05-17'),
        C('DJI', 'ytd_pct', 4.6, 'percent', 'up 4.6% year to date', "ytd('DJI','2006-05-17')", S, D1, '+4.55%.', ref='2006-05-17', window='2005-12-30..2006-05-17'),
        C('SPX', 'ytd_pct', 1.8, 'percent', 'S&P 500 is up 1.8%', "ytd('SPX','2006-05-17')", S, D1, '+1.76%.', ref='2006-05-17', window='2005-12-30..2006-05-17'),
        C('US_CPI', 'monthly_change', 0.6, 'percent', 'rose 0.6% in April', None, U, NOFILE, 'CPI data are not in the files.', ref='2006-04'),
        C('US_CPI', 'expected_change', 0.5, 'percent', 'increase of 0.5%', None, F, FORE, 'Economists\' forecast for the release.', ref='2006-04'),
    ])

# ---------------------------------------------------------------- 13  2007
add('dailyillini_20071002_dow_record_close', 'dailyillini.com',
    'https://dailyillini.com/news-stories/2007/10/02/dow-jones-achieves-record-high-spurred-by-newfound-optimism',
    'Associated Press (The Daily Illini)', '2007-10-02', 'exact',
    'Dated October 2, 2007 on the page and in the URL. The session is Monday 2007-10-01, the first of the fourth quarter; "mid-July" and "July 17" are 2007 sessions.',
    "Dow Jones achieves record high spurred by newfound optimism. October 2, 2007. NEW YORK - Wall Street began the fourth quarter with a huge "
    "rally Monday, sending the Dow Jones industrial average to a record close. Stocks were buoyed by a growing belief that the worst of the "
    "credit crisis has passed. The Dow rose 191.92, or 1.38 percent, to 14,087.55, surpassing its closing record of 14,000.41 set in mid-July. "
    "The blue chip index rose as high as 14,115.51 to eclipse its previous intraday high of 14,021.95 set July 17. The market was optimistic "
    "that new economic data might nudge the Federal Reserve toward another interest rate cut at its Oct. 30-31 meeting. The Institute for "
    "Supply Management said the manufacturing sector grew in September at the slowest pace in six months; the trade group said its index of "
    "manufacturing activity registered at 52.0 in September, below forecasts for a reading of at least 52.5.",
    [
        C('DJI', 'record_close', True, 'flag', 'to a record close', "is_record_close('DJI','2007-10-01')", S, REC, 'Above every earlier close; previous record 14,000.41 (2007-07-19).', ref='2007-10-01'),
        C('DJI', 'day_change_pts', 191.92, 'points', '191.92', "day_pts('DJI','2007-10-01')", S, D2, '+191.92.', ref='2007-10-01'),
        C('DJI', 'day_change_pct', 1.38, 'percent', '1.38 percent', "day_pct('DJI','2007-10-01')", S, D2, '+1.38%.', ref='2007-10-01'),
        C('DJI', 'close', 14087.55, 'points', '14,087.55', "close('DJI','2007-10-01')", S, D2, '14,087.55.', ref='2007-10-01'),
        C('DJI', 'previous_record_close', 14000.41, 'points', '14,000.41 set in mid-July', "record_close_upto('DJI','2007-09-28')", S, D2,
          'Previous record close 14,000.41 on 2007-07-19.', ref='2007-07-19'),
        C('DJI', 'intraday_high', 14115.51, 'points', 'as high as 14,115.51', "high('DJI','2007-10-01')", S, D2, 'Session high 14,115.51.', ref='2007-10-01', basis='intraday high'),
        C('DJI', 'previous_intraday_record', 14021.95, 'points', '14,021.95 set July 17', "record_high_upto('DJI','2007-09-28')", S, D2,
          'Highest intraday high before 2007-10-01: 14,021.95 on 2007-07-17.', ref='2007-07-17', basis='intraday high'),
        C('FEDFUNDS', 'meeting_date', '2007-10-31', 'date', 'Oct. 30-31 meeting', "[fomc_decision('2007-10-31'), fed_target_change('2007-09-18')]", S, DATE,
          'FOMC_meetings.csv: scheduled decision on 2007-10-31; "another" cut: the target had been cut 5.25 -> 4.75 on 2007-09-18. Whether the Fed would cut is not judged (it did, to 4.50).', ref='2007-10-31', basis='calendar'),
        C('US_ISM_MFG', 'reading', 52.0, 'index', 'registered at 52.0', None, U, NOFILE, 'ISM survey readings are not in the files.', ref='2007-09'),
        C('US_ISM_MFG', 'slowest_in_months', 6, 'months', 'slowest pace in six months', None, U, NOFILE, 'ISM survey readings are not in the files.', ref='2007-09'),
        C('US_ISM_MFG', 'expected_reading', 52.5, 'index', 'at least 52.5', None, F, FORE, 'Consensus forecast for the release.', q='at least', ref='2007-09'),
    ])

# ---------------------------------------------------------------- 14  2008
add('abcnews_20080915_lehman_504_point_drop', 'abcnews.go.com',
    'http://abcnews.go.com/Business/story?id=5809052&page=1',
    'ABC News', '2008-09-15', 'exact',
    'Dated September 15, 2008, 5:54 PM on the page. The session is Monday 2008-09-15; "Sept. 17, 2001" is the first session after the 9/11 closure.',
    "Stocks plunge as big shake-up on Wall Street rattles investors. Stock prices fell sharply Monday as jittery investors struggled to digest "
    "one of the biggest and most sudden upheavals in the financial system in decades: the collapse of Lehman Brothers and the agreement by Bank "
    "of America to buy troubled investment bank Merrill Lynch. The Dow Jones industrial average tumbled 504.48 points, or 4.4%, to 10,917.51, in "
    "the worst day for stocks since Sept. 17, 2001, when trading resumed following the terrorist attacks. That day, the Dow fell 513.76 points, "
    "or 5.1%. The Dow's drop Monday was its sixth-biggest point drop in history. The Standard & Poor's 500 index fell 59.01 points, or 4.7%, to "
    "1192.70. That, too, was the biggest sell-off since Sept. 17, 2001. The decline took the S&P 500 below 1200 for the first time since Oct. "
    "28, 2005 and knocked out the bear market low investors hoped would hold: the index had traded at or above its closing low this year of "
    "1214.91, set July 15, in futures trading Sunday and early Monday. The stock sales represented a loss of more than $700 billion in "
    "shareholder wealth. Insurer AIG fell 61%.",
    [
        C('DJI', 'day_change_pts', -504.48, 'points', '504.48 points', "day_pts('DJI','2008-09-15')", S, D2, '-504.48.', ref='2008-09-15'),
        C('DJI', 'day_change_pct', -4.4, 'percent', '4.4%', "day_pct('DJI','2008-09-15')", S, D1, '-4.42%.', ref='2008-09-15'),
        C('DJI', 'close', 10917.51, 'points', '10,917.51', "close('DJI','2008-09-15')", S, D2, '10,917.51.', ref='2008-09-15'),
        C('DJI', 'worst_since', '2001-09-17', 'date', 'worst day for stocks since Sept. 17, 2001', "last_drop_as_big_pts('DJI','2008-09-15')", S, SINCE_MOVE,
          'In points: the last Dow drop at least as large as -504.48 was -684.81 on 2001-09-17. In percent the Dow\'s -4.42% was last exceeded on 2002-07-19 (-4.64%); the S&P 500 reading is the next claim.', ref='2008-09-15'),
        C('DJI', 'day_change_pts', -513.76, 'points', '513.76 points', "day_pts('DJI','2001-09-17')", X,
          'point change off by more than 20%: contradicted', 'The file gives -684.81 (-7.13%) for 2001-09-17, the Dow\'s record point drop at the time; 513.76 is 25% short.', ref='2001-09-17'),
        C('DJI', 'day_change_pct', -5.1, 'percent', 'or 5.1%', "day_pct('DJI','2001-09-17')", X, PCT_X,
          '-7.13% in the file; 5.1 is 2.03 pp (28%) off. (The S&P 500 fell 4.92% that day.)', ref='2001-09-17'),
        C('DJI', 'rank_day_pts_drop', 6, 'rank', 'sixth-biggest point drop in history', "day_pts_rank('DJI','2008-09-15',-1)", U, NOFILE,
          'Fifth-largest point drop in the file (from 1992), after 2001-09-17, 2000-04-14, 1997-10-27 and 1998-08-31. Sixth holds only if the 508-point fall of 1987-10-19, which is not in the files, is counted.', ref='2008-09-15'),
        C('SPX', 'day_change_pts', -59.01, 'points', '59.01 points', "day_pts('SPX','2008-09-15')", S, D2, '-59.00 in the file.', ref='2008-09-15'),
        C('SPX', 'day_change_pct', -4.7, 'percent', '4.7%', "day_pct('SPX','2008-09-15')", S, D1, '-4.71%.', ref='2008-09-15'),
        C('SPX', 'close', 1192.70, 'points', '1192.70', "close('SPX','2008-09-15')", S, D2, '1,192.70.', ref='2008-09-15'),
        C('SPX', 'worst_since', '2001-09-17', 'date', 'biggest sell-off since Sept. 17, 2001', "last_drop_as_big('SPX','2008-09-15')", S, SINCE_MOVE,
          'In percent: the last S&P 500 drop at least as large as -4.71% was -4.92% on 2001-09-17. (In points the S&P fell more on 2008-09-15 than on 2001-09-17; the last larger point drop was 2000-04-14.)', ref='2008-09-15'),
        C('SPX', 'below_level_first_since', '2005-10-28', 'date', 'below 1200 for the first time since Oct. 28, 2005', "last_close_at_or_below('SPX',1199.99,'2008-09-12')", S, DATE,
          'Last close below 1,200 before 2008-09-15: 1,198.41 on 2005-10-28.', ref='2008-09-15'),
        C('SPX', 'year_low_close', 1214.91, 'points', '1214.91, set July 15', "[argmin_close('SPX','2008-01-01','2008-09-12'), min_close('SPX','2008-01-01','2008-09-12')]", S, D2,
          'Lowest close of 2008 before 2008-09-15: 1,214.91 on 2008-07-15.', ref='2008-07-15'),
        C('SPX_FUTURES', 'level_at_or_above', 1214.91, 'points', 'in futures trading Sunday', None, U, NOFILE, 'Index futures are not in the files.', q='at or above', ref='2008-09-14', basis='futures'),
        C('MARKET_CAP', 'loss', 700, 'billion dollars', 'more than $700 billion', None, U, NOFILE, 'Aggregate market values are not in the files.', q='more than', ref='2008-09-15'),
        C('STOCKS', 'day_change_pct', -61, 'percent', 'AIG fell 61%', None, U, STOCK, 'AIG share prices are not in the files.', ref='2008-09-15'),
    ])

# ---------------------------------------------------------------- 15  2009
add('abcnews_20091014_dow_closes_above_10000', 'abcnews.go.com',
    'http://abcnews.go.com/Business/dow-index-closes-10000-investor-confidence-booms/story?id=8830871',
    'ABC News', '2009-10-14', 'exact',
    'Dateline "Oct. 14, 2009"; the session is Wednesday 2009-10-14. "March 9" is 2009-03-09.',
    "Investors Rally as Dow Closes Above 10,000. Since bottoming out in March of this year, the Dow has soared 53 percent. Oct. 14, 2009 -- The "
    "Dow Jones industrial average crossed the 10,000 threshold on Wall Street today, a promising sign the economy is recovering from the worst "
    "recession in recent memory. Closing at 10,015.90, the first close above 10,000 in a year, the comeback is a symbol of how much things have "
    "improved, at least on Wall Street. The first time the Dow crossed the 10,000 mark was on March 29, 1999, a time when the nation was "
    "enjoying an era of record prosperity. A year ago, Wall Street was imploding. On March 9, the Dow sunk to 6,547.05, and investor outlook on "
    "the economy was so dire that many feared it might crater even more. Since bottoming last March, the Dow has soared almost 3,500 points, "
    "and mutual fund investors have recouped almost $1.5 trillion of losses since then.",
    [
        C('DJI', 'change_since_low_pct', 53, 'percent', 'soared 53 percent', "pct('DJI','2009-03-09','2009-10-14')", S, INT, '6,547.05 -> 10,015.86 = +52.98%.', ref='2009-10-14', window='2009-03-09..2009-10-14'),
        C('DJI', 'close', 10015.90, 'points', '10,015.90', "close('DJI','2009-10-14')", I, LVL, '10,015.86 in the file (0.04 off).', ref='2009-10-14'),
        C('DJI', 'first_close_above_since', 12, 'months', 'first close above 10,000 in a year', "months_between(last_close_at_or_above('DJI',10000,'2009-10-13'),'2009-10-14')", S, ABOUT,
          'Previous close above 10,000: 2008-10-03, 12.4 months earlier.', q='about', ref='2009-10-14'),
        C('DJI', 'first_close_above', '1999-03-29', 'date', 'first time the Dow crossed the 10,000 mark', "first_close_at_or_above('DJI',10000)", S, DATE,
          'First close above 10,000: 1999-03-29, the sense the passage gives "crossed" for today\'s close. Intraday the Dow first touched 10,000 on 1999-03-16 (reference.py: first_high_at_or_above), which would contradict an intraday reading.', ref='1999-03-29'),
        C('DJI', 'bear_market_low', 6547.05, 'points', '6,547.05', "[argmin_close('DJI','2009-01-01','2009-10-13'), min_close('DJI','2009-01-01','2009-10-13')]", S, D2,
          '6,547.05 on 2009-03-09, the low close of 2009.', ref='2009-03-09'),
        C('DJI', 'change_since_low_pts', 3500, 'points', 'almost 3,500 points', "pts('DJI','2009-03-09','2009-10-14')", S, NEARLY,
          '+3,468.81; for round figures of 100 or more the unit is 2% of the value (70): 3,430 <= 3,468.81 <= 3,535.', q='almost', ref='2009-10-14', window='2009-03-09..2009-10-14'),
        C('FUND_FLOWS', 'losses_recouped', 1.5, 'trillion dollars', 'almost $1.5 trillion', None, U, NOFILE, 'Mutual fund assets are not in the files.', q='almost', ref='2009-10-14'),
    ])

# ---------------------------------------------------------------- 16  2010
add('cnbc_20100324_dow_just_shy_of_11000', 'cnbc.com',
    'https://www.cnbc.com/2010/03/24/dow-just-shy-of-sept-08-levels.html',
    'CNBC', '2010-03-24', 'exact',
    'Dated 2010-03-24 in the URL; "yesterday" is Tuesday 2010-03-23. "This month" is March 2010 to the 23rd; "the summer rally last year (July 11-August 4)" is read as the close of Friday 2009-07-10 to the close of Tuesday 2009-08-04 (July 11 was a Saturday).',
    "Dow Just Shy of Sept '08 Levels. The stock market continued its rally yesterday as the Dow rose for the 10th time over the past 11 trading "
    "sessions. The index is now just over 100 points shy of 11,000, a level it hasn't closed above since late September 2008. Yesterday's final "
    "hour boost gave the Dow its best gain in about 2.5 weeks. Since the last triple-digit gain on March 5, little volatility has been evident: "
    "in the eleven sessions prior to yesterday's trading, the Dow never closed up or down by more than 48 points. So far, the Dow has only "
    "fallen on 3 trading sessions this month. The Dow has never finished any month with fewer than 3 down days; the last time the Dow was down "
    "for just 3 days in any given month was way back in April 2007. The consistency of the Dow this month during its \"melt up\" has been "
    "reminiscent of the summer rally last year (July 11-August 4), when the Dow rose 14.4% and was up 14 of 17 sessions; in the March 2010 "
    "rally the Dow is up 5.5%, also up on 14 of 17 sessions. Biotechs led both rallies, up 39% last summer and 20% this month.",
    [
        C('DJI', 'up_days', 10, 'sessions', '10th time over the past 11 trading', "[up_days('DJI','2010-03-08','2010-03-23'), count_sessions('DJI','2010-03-08','2010-03-23')]", S, STREAK,
          'Sessions 2010-03-09..03-23: 10 up closes of 11 (only 03-19 fell).', ref='2010-03-23', window='2010-03-09..2010-03-23'),
        C('DJI', 'points_below_level', 100, 'points', 'just over 100 points shy of 11,000', "r2(11000 - close('DJI','2010-03-23'))", S, MORE,
          'Close 10,888.83: 111.17 points below 11,000.', q='just over', ref='2010-03-23'),
        C('DJI', 'last_close_above', '2008-09', 'month', "hasn't closed above since late September 2008", "last_close_at_or_above('DJI',11000,'2010-03-23')", S, DATE,
          'Last close at or above 11,000: 11,143.13 on 2008-09-26.', ref='2008-09-26'),
        C('DJI', 'best_gain_in_weeks', 2.5, 'weeks', 'best gain in about 2.5 weeks', "r2(days_between(last_gain_as_big_pts('DJI','2010-03-23'),'2010-03-23') / 7.0)", S, ABOUT,
          '+102.94 on 03-23; the last larger gain was +122.06 on 2010-03-05, 18 days (2.57 weeks) earlier. In percent (+0.95% against +1.17%) the same.', q='about', ref='2010-03-23'),
        C('DJI', 'last_triple_digit_gain', '2010-03-05', 'date', 'last triple-digit gain on March 5', "last_move_at_least_pts('DJI','2010-03-23',100)", S, DATE,
          'Last daily gain of 100 points or more before 03-23: +122.06 on 2010-03-05.', ref='2010-03-05'),
        C('DJI', 'max_abs_move_pts', 48, 'points', 'more than 48 points', "max_abs_move_pts('DJI','2010-03-08','2010-03-22')", S, 'never more than: true max <= claim',
          'Sessions 2010-03-08..03-22 (eleven): largest close-to-close move 47.69 points (03-17).', q='not more than', ref='2010-03-22', window='2010-03-08..2010-03-22'),
        C('DJI', 'down_days_month', 3, 'sessions', 'fallen on 3 trading sessions this month', "down_days('DJI','2010-02-26','2010-03-23')", S, STREAK,
          'Down closes in March 2010 to the 23rd: 03-03, 03-08, 03-19.', ref='2010-03-23', window='2010-03-01..2010-03-23'),
        C('DJI', 'min_down_days_any_month', 3, 'sessions', 'never finished any month with fewer than 3 down days', "months_with_down_days_at_most('DJI',2,'2010-03-23')", U, NOFILE,
          'No complete month in the file (1992 on) had fewer than 3 down days, but "never" covers the Dow\'s history since 1896, which the files lack.', ref='2010-03-23', window='1992-02..2010-02'),
        C('DJI', 'last_month_with_3_down_days', '2007-04', 'month', 'April 2007', "months_with_down_days_at_most('DJI',3,'2010-03-23')", S, DATE,
          'The only complete month in the file with as few as 3 down days: April 2007.', ref='2007-04'),
        C('DJI', 'rally_change_pct', 14.4, 'percent', 'rose 14.4%', "pct('DJI','2009-07-10','2009-08-04')", S, D1, '8,146.52 (2009-07-10) -> 9,320.19 (2009-08-04) = +14.41%.', ref='2009-08-04', window='2009-07-10..2009-08-04'),
        C('DJI', 'rally_up_days', 14, 'sessions', 'was up 14 of 17 sessions', "[up_days('DJI','2009-07-10','2009-08-04'), count_sessions('DJI','2009-07-10','2009-08-04')]", S, STREAK,
          '17 sessions from 07-13 to 08-04, 14 of them up.', ref='2009-08-04', window='2009-07-13..2009-08-04'),
        C('DJI', 'mtd_pct', 5.5, 'percent', 'Dow is up 5.5%', "mtd('DJI','2010-03-23')", S, D1, '10,325.26 (2010-02-26) -> 10,888.83 = +5.46%.', ref='2010-03-23', window='2010-02-26..2010-03-23'),
        C('DJI', 'rally_up_days', 14, 'sessions', 'also up on 14 of 17 sessions', "[up_days('DJI','2010-02-26','2010-03-23'), count_sessions('DJI','2010-02-26','2010-03-23')]", S, STREAK,
          'March 2010 to the 23rd: 17 sessions, 14 up.', ref='2010-03-23', window='2010-03-01..2010-03-23'),
        C('BIOTECH', 'rally_change_pct', 39, 'percent', 'up 39% last summer', None, U, NOFILE, 'Biotech indexes are not in the files.', ref='2009-08-04'),
        C('BIOTECH', 'rally_change_pct', 20, 'percent', '20% this month', None, U, NOFILE, 'Biotech indexes are not in the files.', ref='2010-03-23'),
    ])

# ---------------------------------------------------------------- 17  2011
add('latimes_20110208_bull_market_100pct_club', 'latimesblogs.latimes.com',
    'https://latimesblogs.latimes.com/money_co/2011/02/bull-market-milestone-100-gain-nyse-index-sp-500-.html',
    'Los Angeles Times (Money & Company blog)', '2011-02-08', 'high',
    'Blog post of February 2011 (URL). Its "Tuesday" closes (S&P 500 1,324.57, Dow 12,233.15) are those of Tuesday 2011-02-08, so the post is dated that day. "Last March" and "November" are 2010.',
    "NYSE index, S&P 500 near 100% gains from bear-market lows. As the bull market rolls on, two major U.S. stock indexes are on the verge of "
    "joining the 100% Club, up 100% from their lows set at the bottom of the bear market in March 2009. The New York Stock Exchange composite "
    "index, which tracks all common shares on the Big Board, rose 0.5% to 8,379.85 on Tuesday. That left it up 98.3% from its nadir of "
    "4,226.31 on March 9, 2009. The Standard & Poor's 500 index gained 0.4% to 1,324.57 on Tuesday. It's now up 95.8% from its bear-market low "
    "of 676.53. The Dow Jones industrial average is bringing up the rear: at 12,233.15 on Tuesday it was up 86.8% from its 2009 low of 6,547. "
    "The Dow will have to reach 13,094 to double from its low. The Russell 2,000 small-stock index, which bottomed at 343.26 in 2009, doubled "
    "that by last March and at Tuesday's close was up 137% from its bear-market low. The Nasdaq composite index, at 2,797.05 now, is up 120.5% "
    "from its 2009 low. It topped the 100%-gain level in November. Of the six bull markets since 1942 that saw the S&P rise at least 100%, the "
    "average gain from the bear market low to the next market peak was 244%, according to Bespoke Investment Group. But the last bull market, "
    "which ran from October 2002 to October 2007, peaked just past the 100%-gain threshold: the S&P 500 rose 101.5% from its 2002 low to its "
    "all-time high of 1,565.15 on Oct. 9, 2007.",
    [
        C('NYSE_COMPOSITE', 'day_change_pct', 0.5, 'percent', 'rose 0.5%', None, U, NOFILE, 'The NYSE Composite is not in the files.', ref='2011-02-08'),
        C('NYSE_COMPOSITE', 'close', 8379.85, 'points', '8,379.85', None, U, NOFILE, 'The NYSE Composite is not in the files.', ref='2011-02-08'),
        C('NYSE_COMPOSITE', 'change_since_low_pct', 98.3, 'percent', '98.3% from its nadir of 4,226.31', None, U, NOFILE, 'The NYSE Composite (and its 4,226.31 low) is not in the files.', ref='2011-02-08', window='2009-03-09..2011-02-08'),
        C('SPX', 'day_change_pct', 0.4, 'percent', 'gained 0.4%', "day_pct('SPX','2011-02-08')", S, D1, '+0.42%.', ref='2011-02-08'),
        C('SPX', 'close', 1324.57, 'points', '1,324.57', "close('SPX','2011-02-08')", S, D2, '1,324.57.', ref='2011-02-08'),
        C('SPX', 'change_since_low_pct', 95.8, 'percent', 'up 95.8%', "pct('SPX','2009-03-09','2011-02-08')", S, D1, '676.53 -> 1,324.57 = +95.79%.', ref='2011-02-08', window='2009-03-09..2011-02-08'),
        C('SPX', 'bear_market_low', 676.53, 'points', '676.53', "[argmin_close('SPX','2009-01-01','2009-12-31'), min_close('SPX','2009-01-01','2009-12-31')]", S, D2, '676.53 on 2009-03-09.', ref='2009-03-09'),
        C('DJI', 'close', 12233.15, 'points', '12,233.15', "close('DJI','2011-02-08')", S, D2, '12,233.15.', ref='2011-02-08'),
        C('DJI', 'change_since_low_pct', 86.8, 'percent', 'up 86.8%', "pct('DJI','2009-03-09','2011-02-08')", S, D1, '+86.85%.', ref='2011-02-08', window='2009-03-09..2011-02-08'),
        C('DJI', 'bear_market_low', 6547, 'points', 'low of 6,547', "min_close('DJI','2009-01-01','2009-12-31')", S, INT, '6,547.05 on 2009-03-09.', ref='2009-03-09'),
        C('DJI', 'double_level', 13094, 'points', '13,094', "r2(2 * min_close('DJI','2009-01-01','2009-12-31'))", S, INT, '2 x 6,547.05 = 13,094.10.', ref='2011-02-08'),
        C('RUT', 'bear_market_low', 343.26, 'points', '343.26', "[argmin_close('RUT','2009-01-01','2009-12-31'), min_close('RUT','2009-01-01','2009-12-31')]", S, D2, '343.26 on 2009-03-09.', ref='2009-03-09'),
        C('RUT', 'doubled_by', '2010-03', 'month', 'doubled that by last March', "first_close_at_or_above('RUT', 2 * min_close('RUT','2009-01-01','2009-12-31'), '2009-03-10')", S, DATE,
          'First close at or above 686.52: 2010-03-23.', ref='2010-03-23'),
        C('RUT', 'change_since_low_pct', 137, 'percent', 'up 137%', "pct('RUT','2009-03-09','2011-02-08')", S, INT, '343.26 -> 813.69 = +137.05%.', ref='2011-02-08', window='2009-03-09..2011-02-08'),
        C('IXIC', 'close', 2797.05, 'points', '2,797.05', "close('IXIC','2011-02-08')", S, D2, '2,797.05.', ref='2011-02-08'),
        C('IXIC', 'change_since_low_pct', 120.5, 'percent', 'up 120.5%', "pct('IXIC','2009-03-09','2011-02-08')", S, D1, '1,268.64 -> 2,797.05 = +120.48%.', ref='2011-02-08', window='2009-03-09..2011-02-08'),
        C('IXIC', 'doubled_by', '2010-11', 'month', 'topped the 100%-gain level in November', "first_close_at_or_above('IXIC', 2 * min_close('IXIC','2009-01-01','2009-12-31'), '2009-03-10')", S, DATE,
          'First close at or above 2,537.28: 2010-11-03.', ref='2010-11-03'),
        C('SPX', 'avg_bull_gain', 244, 'percent', '244%', None, U, NOFILE,
          'Bespoke\'s count of bull markets since 1942 and their peaks rests on definitions the passage does not give; not computed from the files.', ref='2011-02-08', window='1942..2007'),
        C('SPX', 'bull_gain_pct', 101.5, 'percent', '101.5%', "pct('SPX', argmin_close('SPX','2002-01-01','2002-12-31'), '2007-10-09')", S, D1, '776.76 (2002-10-09) -> 1,565.15 (2007-10-09) = +101.50%.', ref='2007-10-09', window='2002-10-09..2007-10-09'),
        C('SPX', 'record_close', 1565.15, 'points', '1,565.15 on Oct. 9, 2007', "record_close_upto('SPX','2011-02-08')", S, D2, 'Record close 1,565.15 on 2007-10-09, still the record at this date.', ref='2007-10-09'),
    ])

# ---------------------------------------------------------------- 18  2011
add('usatoday_20110804_dow_513_correction', 'usatoday30.usatoday.com',
    'http://usatoday30.usatoday.com/money/markets/2011-08-04-stocks-thursday-august-4_n.htm',
    'USA Today', '2011-08-04', 'exact',
    'Dated 2011-08-04 in the URL; the session is Thursday 2011-08-04, the eve of the July jobs report. "April 29" is the 2011 closing peak of the Dow and the S&P 500.',
    "Dow Jones index plunges 513; all eyes on jobs report. Just how worried investors are about the economy became clear in dramatic fashion "
    "Thursday when stocks suffered their biggest hit since early 2009 in a drop reminiscent of the financial crisis. It was a vicious day of "
    "selling that pushed the Dow Jones industrial average down 513 points, or 4.3%, to 11,384, leaving it 11.1% from its bull market peak just "
    "three months ago. The day's action was notable because of the correction of all three major indexes: the Dow, broad Standard & Poor's 500 "
    "and tech-heavy Nasdaq composite all are down at least 10% from their recent highs, which is the unofficial definition of a correction. The "
    "S&P 500 and Nasdaq are down 12.0% and 10.6% respectively, and the S&P is at its lowest level in more than eight months. The S&P 500's 4.8% "
    "decline was its biggest percentage since Jan. 20, 2009. It is now down 4.6% for the year, which puts investors in the red even after "
    "counting dividends. And the selling comes on top of a downdraft that started April 29 and now has chewed up 1,426 Dow points.",
    [
        C('DJI', 'biggest_drop_since', 'early 2009', 'period', 'biggest hit since early 2009', "last_drop_as_big('DJI','2011-08-04')", S, SINCE_MOVE,
          'In percent: the last Dow drop at least as large as -4.31% was -4.62% on 2009-02-10 (early 2009). In points the last larger drop was 2008-12-01.', ref='2011-08-04'),
        C('DJI', 'day_change_pts', -513, 'points', 'down 513 points', "day_pts('DJI','2011-08-04')", S, INT, '-512.76.', ref='2011-08-04'),
        C('DJI', 'day_change_pct', -4.3, 'percent', '4.3%', "day_pct('DJI','2011-08-04')", S, D1, '-4.31%.', ref='2011-08-04'),
        C('DJI', 'close', 11384, 'points', '11,384', "close('DJI','2011-08-04')", S, INT, '11,383.68.', ref='2011-08-04'),
        C('DJI', 'pct_from_high', 11.1, 'percent', '11.1% from its bull market peak', "pct_below_52w_high('DJI','2011-08-04')", S, D1,
          'Peak close 12,810.54 on 2011-04-29: 11.14% below.', ref='2011-08-04'),
        C('DJI', 'months_since_peak', 3, 'months', 'just three months ago', "months_between(argmax_close('DJI','2011-01-01','2011-08-04'),'2011-08-04')", S, INT, '2011-04-29, 3.2 months earlier.', ref='2011-04-29'),
        C('DJI,SPX,IXIC', 'correction', True, 'flag', 'all are down at least 10%', "[pct_below_52w_high(t,'2011-08-04') for t in ('DJI','SPX','IXIC')]", S,
          'correction: close >= 10% below the 52-week high close', 'Dow 11.14%, S&P 500 11.99%, Nasdaq 11.04% below their 52-week high closes (all 2011-04-29).', q='at least', ref='2011-08-04'),
        C('GENERIC', 'correction_definition', 10, 'percent', 'the unofficial definition of a correction', None, N, 'definition / rule of thumb: not checkable',
          'A convention (10% below a recent high), not a market fact; the index figures it is applied to are the previous claim.', q='at least'),
        C('SPX', 'pct_from_high', 12.0, 'percent', '12.0%', "pct_below_52w_high('SPX','2011-08-04')", S, D1, '1,363.61 (2011-04-29) -> 1,200.07: 11.99% below.', ref='2011-08-04'),
        C('IXIC', 'pct_from_high', 10.6, 'percent', '10.6%', "pct_below_52w_high('IXIC','2011-08-04')", I, PCT_I,
          '2,873.54 (2011-04-29) -> 2,556.39: 11.04% below; 10.6 is 0.44 pp off (against the intraday high 2,887.75 it is 11.47%, further still).', ref='2011-08-04'),
        C('SPX', 'lowest_in_months', 8, 'months', 'lowest level in more than eight months', "months_between(last_close_at_or_below('SPX', close('SPX','2011-08-04'), '2011-08-03'), '2011-08-04')", S, MORE,
          'Last close at or below 1,200.07: 1,180.55 on 2010-11-30, 8.1 months earlier.', q='more than', ref='2011-08-04'),
        C('SPX', 'day_change_pct', -4.8, 'percent', "4.8%", "day_pct('SPX','2011-08-04')", S, D1, '-4.78% to 1,200.07.', ref='2011-08-04'),
        C('SPX', 'biggest_drop_since', '2009-01-20', 'date', 'biggest percentage since Jan. 20, 2009', "last_drop_as_big('SPX','2011-08-04')", X, SINCE_X,
          'The S&P 500 fell 4.91% on 2009-02-10, more than the 4.78% of 2011-08-04; the last drop at least as large was therefore 2009-02-10, not 2009-01-20 (-5.28%).', ref='2011-08-04'),
        C('SPX', 'ytd_pct', -4.6, 'percent', 'down 4.6% for the year', "ytd('SPX','2011-08-04')", S, D1, '1,257.64 -> 1,200.07 = -4.58%.', ref='2011-08-04', window='2010-12-31..2011-08-04'),
        C('SPX', 'total_return_ytd_negative', True, 'flag', 'even after counting dividends', "total_return_ytd('SPY','2011-08-04')", U,
          'total-return figure where only a price index exists: unverifiable',
          'The S&P 500 total-return index is not in the files; SPY\'s adjusted close (a fund, net of fees) was -3.47% year to date, which agrees.', ref='2011-08-04'),
        C('DJI', 'change_since_peak_pts', -1426, 'points', '1,426 Dow points', "pts('DJI','2011-04-29','2011-08-04')", I, TRUNC,
          '12,810.54 (2011-04-29) -> 11,383.68 = -1,426.86, written as 1,426 (truncated).', ref='2011-08-04', window='2011-04-29..2011-08-04'),
    ])

# ---------------------------------------------------------------- 19  2012
add('augustachronicle_20120224_sp500_highest_since_2008', 'augustachronicle.com',
    'https://www.augustachronicle.com/story/business/2012/02/24/sp-500-index-closest-highest-level-2008/14506432007/',
    'Associated Press (The Augusta Chronicle)', '2012-02-24', 'exact',
    'Dated 2012-02-24 in the URL; the session is Friday 2012-02-24. "This week" is Tuesday 02-21 to Friday 02-24 (Monday 02-20 was Presidents Day, no row).',
    "S&P 500 index closes at highest level since 2008. NEW YORK - A two-point gain was enough to push the Standard & Poor's 500 index to its "
    "highest level since June 2008, three months before the collapse of Lehman Brothers and the darkest days of the financial crisis. The S&P "
    "500 index closed at 1,365.74, beating its 2011 closing high by two points. For the second day this week, the Dow Jones industrial average "
    "nudged above 13,000 then pulled back. It rose 29 points in the morning but wavered in the afternoon. The Dow dropped 1.74 points to close "
    "at 12,982.95. American Express was the leading stock among the 30 that make up the average, gaining 1.2 percent. The average hasn't closed "
    "above 13,000 since May 19, 2008. A consumer sentiment index taken by the University of Michigan and Reuters edged up in February to its "
    "highest level in a year. In other trading, the Nasdaq composite index rose 6.77 points to 2,963.75. Oil prices hit a nine-month high of "
    "$109.77 a barrel; the price of oil has jumped 10 percent this month.",
    [
        C('SPX', 'day_change_pts', 2, 'points', 'A two-point gain', "day_pts('SPX','2012-02-24')", S, INT, '+2.28.', ref='2012-02-24'),
        C('SPX', 'highest_since', '2008-06', 'month', 'highest level since June 2008', "last_close_at_or_above_value('SPX','2012-02-24')", S, SINCE,
          'Last close above 1,365.74: 1,404.05 on 2008-06-05.', ref='2012-02-24'),
        C('SPX', 'months_before_event', 3, 'months', 'three months before the collapse of Lehman Brothers', "months_between(last_close_at_or_above_value('SPX','2012-02-24'),'2008-09-15')", S, INT,
          'From 2008-06-05 to the Lehman bankruptcy filing on 2008-09-15 (a Monday in the file): 3.3 months.', ref='2008-09-15'),
        C('SPX', 'close', 1365.74, 'points', '1,365.74', "close('SPX','2012-02-24')", S, D2, '1,365.74.', ref='2012-02-24'),
        C('SPX', 'points_above_prior_high', 2, 'points', 'beating its 2011 closing high by two points', "r2(close('SPX','2012-02-24') - max_close('SPX','2011-01-01','2011-12-31'))", S, INT,
          '2011 closing high 1,363.61 (2011-04-29): 2.13 points below Friday\'s close.', ref='2012-02-24'),
        C('DJI', 'intraday_above_level_days', 2, 'sessions', 'For the second day this week', "sessions_high_at_or_above('DJI','2012-02-21','2012-02-24',13000)", S, STREAK,
          'Intraday highs at or above 13,000 this week: Tuesday 02-21 (13,005.04) and Friday 02-24 (13,013.82); both closes stayed below.', ref='2012-02-24', basis='intraday high'),
        C('DJI', 'intraday_gain_pts', 29, 'points', 'rose 29 points in the morning', "session_high_pts('DJI','2012-02-24')", S, EXT,
          'Session high 13,013.82, 29.13 points above Thursday\'s close; the file does not give the hour, but no higher point was reached that day.', ref='2012-02-24', basis='morning (session high)'),
        C('DJI', 'day_change_pts', -1.74, 'points', 'dropped 1.74 points', "day_pts('DJI','2012-02-24')", S, D2, '-1.74.', ref='2012-02-24'),
        C('DJI', 'close', 12982.95, 'points', '12,982.95', "close('DJI','2012-02-24')", S, D2, '12,982.95.', ref='2012-02-24'),
        C('STOCKS', 'day_change_pct', 1.2, 'percent', 'gaining 1.2 percent', None, U, STOCK, 'American Express share prices are not in the files.', ref='2012-02-24'),
        C('DJI', 'last_close_above', '2008-05-19', 'date', "hasn't closed above 13,000 since May 19, 2008", "last_close_at_or_above('DJI',13000,'2012-02-24')", S, DATE,
          'Last close at or above 13,000: 13,028.16 on 2008-05-19.', ref='2008-05-19'),
        C('US_CONSUMER_SENTIMENT', 'highest_in_months', 12, 'months', 'highest level in a year', None, U, NOFILE, 'Consumer sentiment data are not in the files.', ref='2012-02'),
        C('IXIC', 'day_change_pts', 6.77, 'points', '6.77 points', "day_pts('IXIC','2012-02-24')", S, D2, '+6.77.', ref='2012-02-24'),
        C('IXIC', 'close', 2963.75, 'points', '2,963.75', "close('IXIC','2012-02-24')", S, D2, '2,963.75.', ref='2012-02-24'),
        C('OIL', 'price', 109.77, 'dollars', '$109.77', None, U, NOFILE, 'Oil prices are not in the files.', ref='2012-02-24'),
        C('OIL', 'mtd_pct', 10, 'percent', 'jumped 10 percent this month', None, U, NOFILE, 'Oil prices are not in the files.', ref='2012-02-24'),
    ])

# ---------------------------------------------------------------- 20  2012
add('usatoday_20120501_dow_highest_since_2007', 'usatoday30.usatoday.com',
    'http://usatoday30.usatoday.com/money/markets/story/2012-05-01/stocks-tuesday-5-1/54659466/1',
    'USA Today', '2012-05-01', 'exact',
    'Dated 2012-05-01 in the URL; the session is Tuesday 2012-05-01. "April 2" is Monday 2012-04-02; "Dec. 28, 2007" and "Dec. 11, 2007" are sessions in the file.',
    "Stocks rally: Dow closes at highest mark since late 2007. NEW YORK - The Dow Jones industrial average continued its long road back from the "
    "depths of the financial crisis on Tuesday, catapulting to a new bull market high. The Dow was turbocharged by a better-than-expected April "
    "reading on U.S. manufacturing, its best level in 10 months. The Dow rallied 65.69 points to 13,279.32, topping its April 2 peak and posting "
    "its highest close since Dec. 28, 2007. A look back four years ago illustrates just how far the Dow has come since hitting a bear market "
    "low of 6547.05 in March 2009. In December 2007, George W. Bush was still president. The 18-month-long recession was just beginning. And "
    "the Federal Reserve was in the early stages of slashing short-term interest rates to roughly 0% to help stimulate the economy; on Dec. 11, "
    "2007, the Fed cut rates to 4.25%.",
    [
        C('DJI', 'bull_market_high', True, 'flag', 'new bull market high', "[close('DJI','2012-05-01'), max_close('DJI','2009-03-09','2012-04-30')]", S, REC,
          'Highest close since the 2009-03-09 low: 13,279.32 against the previous best of 13,264.49 (2012-04-02).', ref='2012-05-01', window='2009-03-09..2012-05-01'),
        C('US_ISM_MFG', 'highest_in_months', 10, 'months', 'best level in 10 months', None, U, NOFILE, 'ISM survey readings are not in the files.', ref='2012-04'),
        C('DJI', 'day_change_pts', 65.69, 'points', '65.69 points', "day_pts('DJI','2012-05-01')", S, D2, '+65.69.', ref='2012-05-01'),
        C('DJI', 'close', 13279.32, 'points', '13,279.32', "close('DJI','2012-05-01')", S, D2, '13,279.32.', ref='2012-05-01'),
        C('DJI', 'prior_peak', '2012-04-02', 'date', 'topping its April 2 peak', "[argmax_close('DJI','2012-01-01','2012-04-30'), max_close('DJI','2012-01-01','2012-04-30')]", S, DATE,
          'The 2012 high close before May 1 was 13,264.49 on 2012-04-02.', ref='2012-04-02'),
        C('DJI', 'highest_since', '2007-12-28', 'date', 'highest close since Dec. 28, 2007', "last_close_at_or_above_value('DJI','2012-05-01')", S, SINCE,
          'Last close above 13,279.32: 13,365.87 on 2007-12-28.', ref='2012-05-01'),
        C('DJI', 'bear_market_low', 6547.05, 'points', 'low of 6547.05 in March 2009', "[argmin_close('DJI','2009-01-01','2009-12-31'), min_close('DJI','2009-01-01','2009-12-31')]", S, D2,
          '6,547.05 on 2009-03-09.', ref='2009-03-09'),
        C('US_GDP', 'recession_length', 18, 'months', '18-month-long recession', None, U, NOFILE, 'Recession dating (NBER) is not in the files.', ref='2007-12'),
        C('FEDFUNDS', 'target_floor', 0, 'percent', 'roughly 0%', "fed_target_change('2008-12-16')", S, ABOUT,
          'The target range was cut to 0-0.25% (DFEDTARU 1.00 -> 0.25) effective 2008-12-16.', q='roughly', ref='2008-12-16'),
        C('FEDFUNDS', 'rate_cut_to', 4.25, 'percent', 'cut rates to 4.25%', "fed_target_change('2007-12-11')", S, FED,
          'DFEDTAR 4.50 -> 4.25 effective 2007-12-11 (scheduled meeting that day).', ref='2007-12-11', basis='decision'),
    ])


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('give the data directory as the first argument or in CAPSCOPE_DATA_DIR')
    R.DATA = data
    recipes, keys, problems = {}, [], []
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as fp:
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
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as fk:
        for k in keys:
            fk.write(json.dumps(k, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'recipes.json'), 'w') as fr:
        json.dump(recipes, fr, indent=1, ensure_ascii=False)
    for pr in problems:
        print('PROBLEM', pr)
    print('%d passages, %d claims, %d recipes' % (len(P), len(keys), len(recipes)))


if __name__ == '__main__':
    main()
