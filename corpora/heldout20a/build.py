"""Build passages.jsonl and key.jsonl of the held-back corpus heldout20a, and write the RECIPES table of
reference.py. Usage: python build.py PATH/TO/data (or set CAPSCOPE_DATA_DIR). Outputs go beside this file.
Verdicts are set by hand from the recomputed values and cross-checked by the tolerance rules below."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import reference as ref  # noqa: E402

PASSAGES = []


def C(t, metric, value, unit, q, ref_date, window, comparison, basis, expr, verdict, rule, note, anchor,
      chk=None, cat=None):
    return dict(index_or_ticker=t, metric=metric, value=value, unit=unit, qualifier=q, ref_date=ref_date,
                window=window, comparison=comparison, basis=basis, expr=expr, verdict=verdict, rule=rule,
                note=note, anchor=anchor, chk=chk, cat=cat)


def passage(pid, site, url, outlet, published, conf, pnote, text, claims):
    PASSAGES.append(dict(id=pid, source=dict(site=site, url=url, original_outlet=outlet), published=published,
                         published_confidence=conf, published_note=pnote, text=text, claims=claims))


U2 = ('u', 2)
U1 = ('u', 1)
U0 = ('u', 0)
R_U2 = 'unhedged 2 dp: |true - claim| <= 0.025'
R_U1 = 'unhedged 1 dp: |true - claim| <= 0.07'
R_U0 = 'unhedged integer: |true - claim| <= 0.5'
R_SINCE = 'highest/lowest since X: X is the last session at least as extreme, or the first session after it'
R_NA = 'not in the files'

# ---------------------------------------------------------------- 1. The Tech (Newsday), Nasdaq 5,000
D = '2000-03-09'
passage(
    'thetech_20000310_nasdaq_5000', 'tech.mit.edu (The Tech, MIT)', 'http://tech.mit.edu/V120/N12/nasdaq.12w.html',
    'Newsday (reprinted by The Tech)', '2000-03-10', 'medium',
    'No date on the page; The Tech volume 120 issue 12 is the Friday 2000-03-10 issue, and the story reports '
    'Thursday 2000-03-09 (first Nasdaq close above 5,000 in the file). Tuesday is 2000-03-07.',
    "NEWSDAY -- The NASDAQ needed almost a quarter of a century to top the 1,000 level, but only a mere 10 weeks "
    "to race from 4,000 to 5,000, the mark it crossed Thursday, one more sign that technology now rules Wall "
    "Street. The NASDAQ composite index rose 149.69 points, or 3.1 percent, to 5,046.86, after crossing the "
    "5,000 mark during trading Tuesday before falling off. The gap with the Dow Jones industrial average now "
    "looks like a gulf: so far this year the NASDAQ is up about 24 percent, while the Dow is down about 13 "
    "percent. For all of 1999 the NASDAQ was up a stunning 86 percent. On Thursday the Dow, the 30 blue chips "
    "said to stand for the \"Old Economy,\" also had a good day, rising 154.20 points, or 1.6 percent, to "
    "10,010.73, and the broader Standard & Poor's 500 index gained 34.99, or 2.6 percent, to 1,401.69. The "
    "NASDAQ, created Feb. 8, 1971, and set at 100, reached 5000 two days after the Dow plummeted 374 points.",
    [
        C('IXIC', 'change_points', 149.69, 'points', None, D, '1d', None, 'close', "chg('IXIC','%s')" % D,
          'imprecise', 'unhedged 2 dp: |true - claim| <= 0.025; within 20% of the true change',
          'The file gives +149.60 (4897.26 -> 5046.86); the printed 149.69 is 0.09 off, although the close '
          'matches.', '149.69 points', U2, 'pts'),
        C('IXIC', 'change_pct', 3.1, 'percent', None, D, '1d', None, 'close', "pct('IXIC','%s')" % D,
          'supported', R_U1, '+3.055%.', '3.1 percent', U1, 'pct'),
        C('IXIC', 'close', 5046.86, 'index_points', None, D, None, None, 'close', "close('IXIC','%s')" % D,
          'supported', R_U2, 'Close 5046.86, the first close above 5,000.', '5,046.86', U2, 'level'),
        C('IXIC', 'intraday_cross_then_close_below', 5000, 'index_points', None, '2000-03-07', None, 'high > level > close',
          'intraday high', "[high('IXIC','2000-03-07'), close('IXIC','2000-03-07')]", 'supported',
          'intraday level: session high above the level, close below it',
          'Tuesday 2000-03-07: high 5006.78, close 4847.84.',
          'crossing the 5,000 mark during trading Tuesday before falling off'),
        C('IXIC', 'weeks_between_milestones', 10, 'weeks', None, D, 'first close >= 4,000 to first close >= 5,000',
          None, 'close', "weeks_between(first_close_at_or_above('IXIC',4000), first_close_at_or_above('IXIC',5000))",
          'supported', R_U0, 'First close above 4,000 on 1999-12-29, above 5,000 on 2000-03-09: 71 days, 10.14 '
          'weeks ("a mere" is emphasis, not a hedge).', 'a mere 10 weeks', U0, 'count'),
        C('IXIC', 'years_to_milestone', 25, 'years', 'almost', '1995-07-17', 'series start to first close >= 1,000',
          None, 'close', "years_between(first_date('IXIC'), first_close_at_or_above('IXIC',1000))", 'supported',
          'nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit',
          'File starts 1971-02-05; first close above 1,000 on 1995-07-17: 24.44 years, "almost a quarter of a '
          'century".', 'almost a quarter of a century', ('nearly', 0), 'count'),
        C('IXIC', 'ytd_pct', 24, 'percent', 'about', D, 'YTD', None, 'close', "ytd('IXIC','%s')" % D, 'supported',
          'about: within one unit of the last digit', '4069.31 -> 5046.86: +24.02%.', 'up about 24 percent',
          ('about', 0), 'pct'),
        C('DJI', 'ytd_pct', -13, 'percent', 'about', D, 'YTD', None, 'close', "ytd('DJI','%s')" % D, 'supported',
          'about: within one unit of the last digit', '11497.12 -> 10010.73: -12.93%.', 'down about 13',
          ('about', 0), 'pct'),
        C('IXIC', 'year_pct', 86, 'percent', None, '1999-12-31', 'calendar 1999', None, 'close', "year_pct('IXIC',1999)",
          'supported', R_U0, '2192.69 -> 4069.31: +85.59% ("a stunning" is emphasis).', 'up a stunning 86 percent',
          U0, 'pct'),
        C('DJI', 'change_points', 154.20, 'points', None, D, '1d', None, 'close', "chg('DJI','%s')" % D, 'supported',
          R_U2, '+154.20.', '154.20 points', U2, 'pts'),
        C('DJI', 'change_pct', 1.6, 'percent', None, D, '1d', None, 'close', "pct('DJI','%s')" % D, 'supported',
          R_U1, '+1.564%.', '1.6 percent', U1, 'pct'),
        C('DJI', 'close', 10010.73, 'index_points', None, D, None, None, 'close', "close('DJI','%s')" % D, 'supported',
          R_U2, '10010.73.', '10,010.73', U2, 'level'),
        C('SPX', 'change_points', 34.99, 'points', None, D, '1d', None, 'close', "chg('SPX','%s')" % D, 'supported',
          R_U2, '+34.99.', '34.99', U2, 'pts'),
        C('SPX', 'change_pct', 2.6, 'percent', None, D, '1d', None, 'close', "pct('SPX','%s')" % D, 'supported',
          R_U1, '+2.560%.', '2.6 percent', U1, 'pct'),
        C('SPX', 'close', 1401.69, 'index_points', None, D, None, None, 'close', "close('SPX','%s')" % D, 'supported',
          R_U2, '1401.69.', '1,401.69', U2, 'level'),
        C('IXIC', 'base_date_and_value', '1971-02-08 = 100', None, None, '1971-02-08', None, None, None,
          "[first_date('IXIC'), close('IXIC', first_date('IXIC'))]", 'unverifiable',
          'creation date not in the files',
          'The file starts on 1971-02-05 at 100.00; when the index was created is not a market figure in the '
          'files. The base value 100 agrees with the file.', 'created Feb. 8, 1971, and set at 100'),
        C('DJI', 'change_points', -374, 'points', None, '2000-03-07', '1d', None, 'close', "chg('DJI','2000-03-07')",
          'supported', R_U0, 'Tuesday 2000-03-07, two sessions earlier: -374.47.', 'plummeted 374 points', U0, 'pts'),
    ])

# ---------------------------------------------------------------- 2. Morning Journal (AP), 2002-03-01
D = '2002-03-01'
passage(
    'morningjournal_20020302_dow_best_since_august', 'morningjournal.com (The Morning Journal)',
    'https://www.morningjournal.com/2002/03/02/cheerful-investors-send-dow-soaring/', 'Associated Press',
    '2002-03-02', 'exact',
    'Date in the URL; "yesterday" is Friday 2002-03-01, the week of 2002-02-25..03-01.',
    "The Nasdaq composite index, meanwhile, scored its best one-day point gain in nearly three months as "
    "cheerful investors sent the Dow soaring. \"The message is very clear: The outlook for the economy is getting "
    "better,\" said Hugh Johnson, chief investment officer at First Albany Corp. The Dow Jones industrial "
    "average closed up 262.73, or 2.6 percent, at 10,368.86, its highest close since Aug. 27, when it stood at "
    "10,382.35. The Dow last racked up more points in a day on Sept. 24, when it rose 368.05. The Nasdaq soared "
    "71.25, or 4.1 percent, to 1,802.74, its biggest point win of the year; its last larger daily point gain came "
    "on Dec. 5, when it climbed 83.74. The Standard & Poor's 500 index rose 25.05, or 2.3 percent, to 1,131.78. "
    "Yesterday's buying also gave the market big weekly gains: the Dow rose 400.71, or 4.0 percent, the Nasdaq "
    "78.21, or 4.5 percent, and the S&P 41.84, or 3.8 percent. Among the day's data, the Commerce Department "
    "said consumer spending rose 0.4 percent in January after being flat in December.",
    [
        C('IXIC', 'best_point_gain_since_months', 3, 'months', 'nearly', D, None, None, 'close',
          "months_between(last_move_as_big('IXIC','%s','pts'), '%s')" % (D, D), 'supported',
          'nearly: claim - 1 unit <= true <= claim + 0.5 unit',
          'Last larger point gain 2001-12-05 (+83.74): 2.83 months earlier.',
          'best one-day point gain in nearly three months', ('nearly', 0), 'count'),
        C('QUOTE', 'opinion', None, None, None, D, None, None, None, 'None', 'not_checkable',
          'quoted opinion', 'Outlook statement by a strategist.', 'said Hugh Johnson'),
        C('DJI', 'change_points', 262.73, 'points', None, D, '1d', None, 'close', "chg('DJI','%s')" % D,
          'supported', R_U2, '+262.73.', '262.73', U2, 'pts'),
        C('DJI', 'change_pct', 2.6, 'percent', None, D, '1d', None, 'close', "pct('DJI','%s')" % D, 'supported',
          R_U1, '+2.600%.', '2.6 percent', U1, 'pct'),
        C('DJI', 'close', 10368.86, 'index_points', None, D, None, None, 'close', "close('DJI','%s')" % D,
          'supported', R_U2, '10368.86.', '10,368.86', U2, 'level'),
        C('DJI', 'highest_close_since', '2001-08-27', 'date', None, D, None, None, 'close',
          "highest_since('DJI','%s')" % D, 'supported', R_SINCE, 'Last close at least as high: 2001-08-27.',
          'Aug. 27', ('eq',)),
        C('DJI', 'close', 10382.35, 'index_points', None, '2001-08-27', None, None, 'close',
          "close('DJI','2001-08-27')", 'supported', R_U2, 'Close on 2001-08-27: 10382.35.', '10,382.35', U2, 'level'),
        C('DJI', 'last_bigger_point_gain', '2001-09-24', 'date', None, D, None, None, 'close',
          "last_move_as_big('DJI','%s','pts')" % D, 'supported', 'biggest since X: X is the last day with a move at '
          'least as large', 'Last larger point gain: 2001-09-24.', 'Sept. 24', ('eq',)),
        C('DJI', 'change_points', 368.05, 'points', None, '2001-09-24', '1d', None, 'close', "chg('DJI','2001-09-24')",
          'supported', R_U2, '+368.05 on 2001-09-24.', '368.05', U2, 'pts'),
        C('IXIC', 'change_points', 71.25, 'points', None, D, '1d', None, 'close', "chg('IXIC','%s')" % D,
          'supported', R_U2, '+71.25.', '71.25', U2, 'pts'),
        C('IXIC', 'change_pct', 4.1, 'percent', None, D, '1d', None, 'close', "pct('IXIC','%s')" % D, 'supported',
          R_U1, '+4.115%.', '4.1 percent', U1, 'pct'),
        C('IXIC', 'close', 1802.74, 'index_points', None, D, None, None, 'close', "close('IXIC','%s')" % D,
          'supported', R_U2, '1802.74.', '1,802.74', U2, 'level'),
        C('IXIC', 'rank_point_gain_ytd', 1, 'rank', None, D, 'YTD 2002', None, 'close',
          "rank_move('IXIC','%s','2002-01-01','pts')" % D, 'supported', 'ranks count all daily moves in the window',
          'Largest point gain of 2002 so far.', 'biggest point win of the year', ('eq',)),
        C('IXIC', 'last_bigger_point_gain', '2001-12-05', 'date', None, D, None, None, 'close',
          "last_move_as_big('IXIC','%s','pts')" % D, 'supported', 'biggest since X: X is the last day with a move '
          'at least as large', 'Last larger point gain: 2001-12-05.', 'Dec. 5', ('eq',)),
        C('IXIC', 'change_points', 83.74, 'points', None, '2001-12-05', '1d', None, 'close',
          "chg('IXIC','2001-12-05')", 'supported', R_U2, '+83.74 on 2001-12-05.', '83.74', U2, 'pts'),
        C('SPX', 'change_points', 25.05, 'points', None, D, '1d', None, 'close', "chg('SPX','%s')" % D, 'supported',
          R_U2, '+25.05.', '25.05', U2, 'pts'),
        C('SPX', 'change_pct', 2.3, 'percent', None, D, '1d', None, 'close', "pct('SPX','%s')" % D, 'supported',
          R_U1, '+2.263%.', '2.3 percent', U1, 'pct'),
        C('SPX', 'close', 1131.78, 'index_points', None, D, None, None, 'close', "close('SPX','%s')" % D,
          'supported', R_U2, '1131.78.', '1,131.78', U2, 'level'),
        C('DJI', 'week_change_points', 400.71, 'points', None, D, 'week', None, 'close', "wtd_pts('DJI','%s')" % D,
          'supported', R_U2, 'Friday 2002-02-22 -> 2002-03-01: +400.71.', '400.71', U2, 'pts'),
        C('DJI', 'week_change_pct', 4.0, 'percent', None, D, 'week', None, 'close', "wtd('DJI','%s')" % D,
          'supported', R_U1, '+4.020%.', '4.0 percent', U1, 'pct'),
        C('IXIC', 'week_change_points', 78.21, 'points', None, D, 'week', None, 'close', "wtd_pts('IXIC','%s')" % D,
          'supported', R_U2, '+78.20 (0.01 off).', '78.21', U2, 'pts'),
        C('IXIC', 'week_change_pct', 4.5, 'percent', None, D, 'week', None, 'close', "wtd('IXIC','%s')" % D,
          'supported', R_U1, '+4.535%.', '4.5 percent', U1, 'pct'),
        C('SPX', 'week_change_points', 41.84, 'points', None, D, 'week', None, 'close', "wtd_pts('SPX','%s')" % D,
          'imprecise', 'unhedged 2 dp: |true - claim| <= 0.025; within 20% of the true change',
          'Friday 2002-02-22 close 1089.84 -> 1131.78: +41.94; the printed 41.84 is 0.10 off (the percent '
          'matches).', '41.84', U2, 'pts'),
        C('SPX', 'week_change_pct', 3.8, 'percent', None, D, 'week', None, 'close', "wtd('SPX','%s')" % D,
          'supported', R_U1, '+3.848%.', '3.8 percent', U1, 'pct'),
        C('US_CONSUMER_SPENDING', 'monthly_change_pct', 0.4, 'percent', None, '2002-01', 'January 2002', None, None,
          'None', 'unverifiable', R_NA, 'Personal consumption is not a series in the files.', '0.4 percent'),
    ])

# ---------------------------------------------------------------- 3. CNN/Money, 2002-11-27
D = '2002-11-27'
passage(
    'cnnmoney_20021127_thanksgiving_eve_rally', 'money.cnn.com (CNN/Money)',
    'https://money.cnn.com/2002/11/27/markets/markets_newyork/index.htm', 'CNN/Money', '2002-11-27', 'exact',
    'Dated "November 27, 2002: 5:45 PM EST" on the page; Wednesday 2002-11-27 before Thanksgiving.',
    "NEW YORK (CNN/Money) - The Dow industrials rocketed to their highest point in three months Wednesday, and tech "
    "investors lifted the Nasdaq to a five-month high. Surging ahead 2.9 percent, the Dow Jones industrial "
    "average (up 255.26 to 8931.68) notched the largest one-day bounce on the day before Thanksgiving, with gains "
    "for all of the Dow 30 stocks. The Nasdaq composite (up 43.51 to 1487.94) jumped more than 3 percent, and the "
    "Standard & Poor's 500 index (up 25.56 to 938.87) rose more than 2.8 percent. It was the Dow's highest close "
    "since Aug. 22, when the index ended at 9,053.64. The last time the Nasdaq finished higher was June 19, when "
    "it ended at 1,497.18. With the rally, the three major indexes are on track for two consecutive monthly gains "
    "and the Dow for an eighth straight weekly winning streak. \"There's a good shot that we'll pierce the 9,000 "
    "mark on Friday,\" Kenneth Polcari of Polcari/Weicker told CNNfn.",
    [
        C('DJI', 'highest_since_months', 3, 'months', None, D, None, None, 'close',
          "months_between(highest_since('DJI','%s'), '%s')" % (D, D), 'supported', R_U0,
          'Last close at least as high: 2002-08-22, 3.19 months earlier.', 'highest point in three months', U0,
          'count'),
        C('IXIC', 'highest_since_months', 5, 'months', None, D, None, None, 'close',
          "months_between(highest_since('IXIC','%s'), '%s')" % (D, D), 'supported', R_U0,
          'Last close at least as high: 2002-06-19, 5.29 months earlier.', 'five-month high', U0, 'count'),
        C('DJI', 'change_pct', 2.9, 'percent', None, D, '1d', None, 'close', "pct('DJI','%s')" % D, 'supported',
          R_U1, '+2.942%.', '2.9 percent', U1, 'pct'),
        C('DJI', 'change_points', 255.26, 'points', None, D, '1d', None, 'close', "chg('DJI','%s')" % D,
          'supported', R_U2, '+255.26.', '255.26', U2, 'pts'),
        C('DJI', 'close', 8931.68, 'index_points', None, D, None, None, 'close', "close('DJI','%s')" % D,
          'supported', R_U2, '8931.68.', '8931.68', U2, 'level'),
        C('DJI', 'record_thanksgiving_eve_gain', None, None, None, D, 'all Thanksgiving eves', None, 'close', 'None',
          'unverifiable', 'history before the file starts',
          'The Dow file starts in 1992; a record over all Thanksgiving eves needs the full history.',
          'largest one-day bounce on the day before Thanksgiving'),
        C('DJI', 'components_all_up', None, None, None, D, None, None, 'close', 'None', 'unverifiable', R_NA,
          'Dow components are not in the files.', 'all of the Dow 30 stocks'),
        C('IXIC', 'change_points', 43.51, 'points', None, D, '1d', None, 'close', "chg('IXIC','%s')" % D,
          'supported', R_U2, '+43.51.', '43.51', U2, 'pts'),
        C('IXIC', 'close', 1487.94, 'index_points', None, D, None, None, 'close', "close('IXIC','%s')" % D,
          'supported', R_U2, '1487.94.', '1487.94', U2, 'level'),
        C('IXIC', 'change_pct', 3, 'percent', 'more than', D, '1d', None, 'close', "pct('IXIC','%s')" % D,
          'supported', 'more than: true > claim', '+3.012%.', 'more than 3 percent', ('gt',), 'pct'),
        C('SPX', 'change_points', 25.56, 'points', None, D, '1d', None, 'close', "chg('SPX','%s')" % D,
          'supported', R_U2, '+25.56.', '25.56', U2, 'pts'),
        C('SPX', 'close', 938.87, 'index_points', None, D, None, None, 'close', "close('SPX','%s')" % D,
          'supported', R_U2, '938.87.', '938.87', U2, 'level'),
        C('SPX', 'change_pct', 2.8, 'percent', 'more than', D, '1d', None, 'close', "pct('SPX','%s')" % D,
          'imprecise', 'more than: true > claim; just short',
          '913.31 -> 938.87 is +2.7986%, a hair under 2.8: the bound fails by 0.001 pp.', 'more than 2.8 percent',
          ('gt',), 'pct'),
        C('DJI', 'highest_close_since', '2002-08-22', 'date', None, D, None, None, 'close',
          "highest_since('DJI','%s')" % D, 'supported', R_SINCE, 'Last close at least as high: 2002-08-22.',
          'Aug. 22', ('eq',)),
        C('DJI', 'close', 9053.64, 'index_points', None, '2002-08-22', None, None, 'close', "close('DJI','2002-08-22')",
          'supported', R_U2, '9053.64 on 2002-08-22.', '9,053.64', U2, 'level'),
        C('IXIC', 'highest_close_since', '2002-06-19', 'date', None, D, None, None, 'close',
          "highest_since('IXIC','%s')" % D, 'supported', R_SINCE, 'Last higher close: 2002-06-19.', 'June 19',
          ('eq',)),
        C('IXIC', 'close', 1497.18, 'index_points', None, '2002-06-19', None, None, 'close',
          "close('IXIC','2002-06-19')", 'imprecise', 'index level: off by more than 0.025 but within 1%',
          'The file has 1496.83 for 2002-06-19 (0.35 lower); the date is right.', '1,497.18', U2, 'level'),
        C('DJI', 'weekly_streak', 8, 'weeks', None, '2002-11-29', None, None, 'close', 'None', 'not_checkable',
          'on track for: not an assertion of a present fact',
          '"On track for" an eighth weekly gain depends on Friday\'s close.', 'eighth straight weekly winning streak'),
        C('DJI', 'level_target', 9000, 'index_points', None, '2002-11-29', None, None, None, 'None', 'forecast',
          'projection', 'A trader\'s expectation for Friday; not judged.', 'pierce the 9,000 mark on Friday'),
    ])

# ---------------------------------------------------------------- 4. New York Sun (Bloomberg), 2004-11-03
D = '2004-11-03'
passage(
    'nysun_20041104_bush_reelection_rally', 'nysun.com (The New York Sun archive)',
    'https://www.nysun.com/article/business-stock-market-rallies-on-re-election-of-president', 'The New York Sun',
    '2004-11-04', 'medium',
    'No date on the archived page; the story reports the Wednesday after the 2004 election (2004-11-03, with '
    '"a drop Tuesday" = 2004-11-02) and ran in the next morning\'s paper.',
    "American stocks rallied as President Bush defeated Senator Kerry, with drugmakers, oil companies and "
    "dividend-paying shares in the lead, and the Standard & Poor's 500 Index climbed to a four-month high. The "
    "index added 12.66, or 1.1%, to 1,143.20, a level not seen since June 23, and gained for a seventh day, its "
    "longest streak since September 2003. The Dow Jones industrial average rose 101.32, or 1%, to 10,137.05, "
    "rebounding from a drop Tuesday that came on speculation Mr. Kerry led in some battleground states. The "
    "Nasdaq Composite Index climbed 19.54, or 1%, to 2,004.33, its highest since July 2. About 1.77 billion shares "
    "changed hands on the Big Board, the busiest trading since June 25.",
    [
        C('SPX', 'highest_since_months', 4, 'months', None, D, None, None, 'close',
          "months_between(highest_since('SPX','%s'), '%s')" % (D, D), 'supported', R_U0,
          'Last close at least as high: 2004-06-23, 4.37 months earlier.', 'four-month high', U0, 'count'),
        C('SPX', 'change_points', 12.66, 'points', None, D, '1d', None, 'close', "chg('SPX','%s')" % D, 'supported',
          R_U2, '+12.64 in the file, 0.02 off: inside the tolerance.', '12.66', U2, 'pts'),
        C('SPX', 'change_pct', 1.1, 'percent', None, D, '1d', None, 'close', "pct('SPX','%s')" % D, 'supported',
          R_U1, '+1.118%.', '1.1%', U1, 'pct'),
        C('SPX', 'close', 1143.20, 'index_points', None, D, None, None, 'close', "close('SPX','%s')" % D,
          'supported', R_U2, '1143.20.', '1,143.20', U2, 'level'),
        C('SPX', 'highest_close_since', '2004-06-23', 'date', None, D, None, None, 'close',
          "highest_since('SPX','%s')" % D, 'supported', R_SINCE, 'Last close at least as high: 2004-06-23.',
          'June 23', ('eq',)),
        C('SPX', 'up_streak', 7, 'sessions', None, D, None, None, 'close', "up_streak('SPX','%s')" % D, 'supported',
          'streaks use daily closes', 'Seven straight higher closes through 2004-11-03.', 'seventh day', ('eq',)),
        C('SPX', 'longest_streak_since', '2003-09', 'month', None, D, None, None, 'close',
          "longest_streak_since('SPX','%s')" % D, 'supported',
          'longest since X: X is the last time a streak at least as long ended',
          'A seven-day or longer run last ended on 2003-09-04.', 'September 2003'),
        C('DJI', 'change_points', 101.32, 'points', None, D, '1d', None, 'close', "chg('DJI','%s')" % D, 'supported',
          R_U2, '+101.32.', '101.32', U2, 'pts'),
        C('DJI', 'change_pct', 1, 'percent', None, D, '1d', None, 'close', "pct('DJI','%s')" % D, 'supported', R_U0,
          '+1.010%.', 'or 1%, to 10,137.05', U0, 'pct'),
        C('DJI', 'close', 10137.05, 'index_points', None, D, None, None, 'close', "close('DJI','%s')" % D,
          'supported', R_U2, '10137.05.', '10,137.05', U2, 'level'),
        C('DJI', 'prior_day_change_sign', 'down', None, None, '2004-11-02', '1d', None, 'close',
          "chg('DJI','2004-11-02')", 'supported', 'direction of the move', 'Tuesday 2004-11-02: -18.66.',
          'a drop Tuesday'),
        C('IXIC', 'change_points', 19.54, 'points', None, D, '1d', None, 'close', "chg('IXIC','%s')" % D, 'supported',
          R_U2, '+19.54.', '19.54', U2, 'pts'),
        C('IXIC', 'change_pct', 1, 'percent', None, D, '1d', None, 'close', "pct('IXIC','%s')" % D, 'supported', R_U0,
          '+0.984%.', 'or 1%, to 2,004.33', U0, 'pct'),
        C('IXIC', 'close', 2004.33, 'index_points', None, D, None, None, 'close', "close('IXIC','%s')" % D,
          'supported', R_U2, '2004.33.', '2,004.33', U2, 'level'),
        C('IXIC', 'highest_close_since', '2004-07-02', 'date', None, D, None, None, 'close',
          "highest_since('IXIC','%s')" % D, 'supported', R_SINCE, 'Last close at least as high: 2004-07-02.',
          'July 2', ('eq',)),
        C('NYSE', 'volume', 1.77, 'billion shares', 'about', D, None, None, None, 'None', 'unverifiable', R_NA,
          'NYSE share volume is not in the files.', '1.77 billion shares'),
        C('NYSE', 'busiest_volume_since', 'June 25', 'date', None, D, None, None, None, 'None', 'unverifiable', R_NA,
          'NYSE share volume is not in the files.', 'busiest trading since June 25'),
    ])

# ---------------------------------------------------------------- 5. Star-Bulletin (AP), 2004-12-14
D = '2004-12-14'
passage(
    'starbulletin_20041215_fed_hike_three_year_highs', 'archives.starbulletin.com (Honolulu Star-Bulletin)',
    'https://archives.starbulletin.com/2004/12/15/business/market.html', 'Associated Press', '2004-12-15', 'exact',
    'Date in the URL; "yesterday" is Tuesday 2004-12-14, an FOMC decision day.',
    "NEW YORK >> The Standard & Poor's 500 and the Nasdaq composite index stretched to new three-year highs "
    "yesterday as investors welcomed a possible software merger and a widely expected interest rate hike from "
    "the Federal Reserve. The Fed's Open Market Committee raised the benchmark rate by a quarter percentage point "
    "to 2.25 percent, in language nearly identical to the Fed's Nov. 10 statement. Earlier in the day the trade "
    "deficit had surged to a record $55.5 billion in October. Hans F. Olsen of Bingham Legg Advisers thinks the "
    "markets already expect gradual hikes to at least 3 percent next year. The Dow Jones industrial average closed "
    "up 38.13, or 0.36 percent, at 10,676.45, extending Monday's 95-point gain for its best close since March. 1. "
    "The S&P 500 gained 4.70, or 0.39 percent, to 1,203.38, a level it hasn't finished at since Aug. 8, 2001. The "
    "Nasdaq rose 11.34, or 0.53 percent, to 2,159.84.",
    [
        C('SPX', 'highest_since_years', 3, 'years', None, D, None, None, 'close',
          "years_between(highest_since('SPX','%s'), '%s')" % (D, D), 'supported', R_U0,
          'Last close at least as high: 2001-08-07, 3.35 years earlier.', "Standard & Poor's 500 and the Nasdaq",
          U0, 'count'),
        C('IXIC', 'highest_since_years', 3, 'years', None, D, None, None, 'close',
          "years_between(highest_since('IXIC','%s'), '%s')" % (D, D), 'supported', R_U0,
          'Last close at least as high: 2001-06-29, 3.46 years earlier.', 'new three-year highs', U0, 'count'),
        C('FEDFUNDS', 'target_change', 2.25, 'percent', None, D, None, 'from 2.00', None,
          "[fed_target('2004-12-13'), fed_target('%s')]" % D, 'supported', 'Fed target from DFEDTAR',
          'DFEDTAR 2.00 -> 2.25 on 2004-12-14, a quarter point.', '2.25 percent'),
        C('FEDFUNDS', 'fomc_meeting_date', '2004-11-10', 'date', None, '2004-11-10', None, None, None,
          "fomc_day('2004-11-10')", 'supported', 'FOMC_meetings.csv decision days',
          'The Nov. 10 meeting is in the calendar.', 'Nov. 10 statement'),
        C('US_TRADE_BALANCE', 'monthly_deficit', 55.5, 'billion USD', None, '2004-10', 'October 2004', None, None,
          'None', 'unverifiable', R_NA, 'Trade data are not in the files.', '$55.5 billion'),
        C('FEDFUNDS', 'rate_path_2005', 3, 'percent', 'at least', '2005-12', None, None, None, 'None', 'forecast',
          'projection', 'An analyst\'s expectation; not judged.', 'at least 3 percent next year'),
        C('DJI', 'change_points', 38.13, 'points', None, D, '1d', None, 'close', "chg('DJI','%s')" % D, 'supported',
          R_U2, '+38.13.', '38.13', U2, 'pts'),
        C('DJI', 'change_pct', 0.36, 'percent', None, D, '1d', None, 'close', "pct('DJI','%s')" % D, 'supported',
          R_U2, '+0.358%.', '0.36 percent', U2, 'pct'),
        C('DJI', 'close', 10676.45, 'index_points', None, D, None, None, 'close', "close('DJI','%s')" % D,
          'supported', R_U2, '10676.45.', '10,676.45', U2, 'level'),
        C('DJI', 'change_points', 95, 'points', None, '2004-12-13', '1d', None, 'close', "chg('DJI','2004-12-13')",
          'supported', R_U0, 'Monday 2004-12-13: +95.10.', '95-point gain', U0, 'pts'),
        C('DJI', 'highest_close_since', '2004-03-01', 'date', None, D, None, None, 'close',
          "highest_since('DJI','%s')" % D, 'supported', R_SINCE,
          'Last close at least as high: 2004-03-01 (written "March. 1" on the page).', 'March. 1', ('eq',)),
        C('SPX', 'change_points', 4.70, 'points', None, D, '1d', None, 'close', "chg('SPX','%s')" % D, 'supported',
          R_U2, '+4.70.', '4.70', U2, 'pts'),
        C('SPX', 'change_pct', 0.39, 'percent', None, D, '1d', None, 'close', "pct('SPX','%s')" % D, 'supported',
          R_U2, '+0.392%.', '0.39 percent', U2, 'pct'),
        C('SPX', 'close', 1203.38, 'index_points', None, D, None, None, 'close', "close('SPX','%s')" % D,
          'supported', R_U2, '1203.38.', '1,203.38', U2, 'level'),
        C('SPX', 'highest_close_since', '2001-08-08', 'date', None, D, None, None, 'close',
          "highest_since('SPX','%s')" % D, 'supported', R_SINCE,
          'Last close at least as high: 2001-08-07; Aug. 8, 2001 is the first session after it, allowed by the '
          'rule.', 'Aug. 8, 2001'),
        C('IXIC', 'change_points', 11.34, 'points', None, D, '1d', None, 'close', "chg('IXIC','%s')" % D,
          'supported', R_U2, '+11.34.', '11.34', U2, 'pts'),
        C('IXIC', 'change_pct', 0.53, 'percent', None, D, '1d', None, 'close', "pct('IXIC','%s')" % D, 'supported',
          R_U2, '+0.528%.', '0.53 percent', U2, 'pct'),
        C('IXIC', 'close', 2159.84, 'index_points', None, D, None, None, 'close', "close('IXIC','%s')" % D,
          'supported', R_U2, '2159.84.', '2,159.84', U2, 'level'),
    ])

# ---------------------------------------------------------------- 6. moszer.us blog, 2007-11-02
D = '2007-11-02'
passage(
    'moszer_20071103_second_day_after_fed_cut', 'moszer.us (blog)',
    'http://moszer.us/2007/11/03/stocks-manage-small-increase/trackback', None, '2007-11-03', 'exact',
    'Post headed "November 2, 2007", posted November 3; Friday 2007-11-02 is the second session after the '
    '2007-10-31 FOMC cut; Thursday is 2007-11-01.',
    "Stocks Manage Small Increase (November 2, 2007). Friday, the second day following a Fed Fund rate cut, the "
    "indices eked out small gains: the S&P500 closed up .08 percent, the DJIA rose .20 percent and the NASDAQ led "
    "with a plus .56 percent. Coming after Thursday's steeper than minus two percent losses, that small recovery "
    "may disappoint, but it is in line with the record of the thirteen previous Fed Fund cuts, after which "
    "negative closes two trading days later were the more common outcome.",
    [
        C('SPX', 'change_pct', 0.08, 'percent', None, D, '1d', None, 'close', "pct('SPX','%s')" % D, 'supported',
          R_U2, '+0.080%.', '.08 percent', U2, 'pct'),
        C('DJI', 'change_pct', 0.20, 'percent', None, D, '1d', None, 'close', "pct('DJI','%s')" % D, 'supported',
          R_U2, '+0.201%.', '.20 percent', U2, 'pct'),
        C('IXIC', 'change_pct', 0.56, 'percent', None, D, '1d', None, 'close', "pct('IXIC','%s')" % D, 'supported',
          R_U2, '+0.556%.', '.56 percent', U2, 'pct'),
        C('FEDFUNDS', 'rate_cut_two_sessions_earlier', '2007-10-31', 'date', None, '2007-10-31', None, None, None,
          "[fomc_day('2007-10-31'), fed_target('2007-10-30'), fed_target('2007-10-31')]", 'supported',
          'FOMC_meetings.csv and DFEDTAR',
          'Decision on Wednesday 2007-10-31 (4.75 -> 4.50); Friday is the second session after it.',
          'second day following a Fed Fund rate cut'),
        C('SPX', 'change_pct', -2, 'percent', 'more than', '2007-11-01', '1d', None, 'close',
          "pct('SPX','2007-11-01')", 'supported', 'more than (a loss): true below the bound',
          'Thursday 2007-11-01: -2.64% (the three indexes share this phrase).', 'steeper than minus two percent losses',
          ('lt',), 'pct'),
        C('DJI', 'change_pct', -2, 'percent', 'more than', '2007-11-01', '1d', None, 'close',
          "pct('DJI','2007-11-01')", 'supported', 'more than (a loss): true below the bound',
          'Thursday 2007-11-01: -2.60% (the three indexes share this phrase).', 'steeper than minus two percent losses',
          ('lt',), 'pct'),
        C('IXIC', 'change_pct', -2, 'percent', 'more than', '2007-11-01', '1d', None, 'close',
          "pct('IXIC','2007-11-01')", 'supported', 'more than (a loss): true below the bound',
          'Thursday 2007-11-01: -2.25% (the three indexes share this phrase).', 'steeper than minus two percent losses',
          ('lt',), 'pct'),
        C('FEDFUNDS', 'count_previous_cuts', 13, 'cuts', None, '2007-10-30', '2001-01-01..2007-10-30', None, None,
          "fed_cuts_between('2001-01-01','2007-10-30')", 'imprecise', 'counts: within 20% of the true count',
          'DFEDTAR shows 14 cuts from January 2001 to the 2007-10-31 meeting (11 in 2001, one each in 2002 and '
          '2003, and 2007-09-18). Thirteen fits only if one cut (for example 2007-09-18) is left out.',
          'thirteen previous Fed Fund cuts', U0, 'count'),
    ])

# ---------------------------------------------------------------- 7. 11bolabonanza (repost), 2008-07-29
D = '2008-07-29'
passage(
    '11bolabonanza_20080730_bank_rally', '11bolabonanza.com (repost)',
    'https://11bolabonanza.com/2008/07/30/bank-rally-ignites-rest-of-market', None, '2008-07-30', 'medium',
    'Date in the URL; the text names no day. The figures match Tuesday 2008-07-29 (Merrill Lynch write-down day); '
    'the prior day is 2008-07-28.',
    "BANK RALLY IGNITES REST OF MARKET. Wall Street and its battered banks finally had a hopeful day that broke "
    "the slump, helped by banks purging toxic paper, sliding oil and a stronger dollar. The Dow Jones industrial "
    "average recovered all of its losses from the prior day, surging 266.48, or 2.39 percent, to 11,397.56, "
    "technically breaking free by a hair's breadth of bear territory. The Standard & Poor's 500 index jumped "
    "28.83, or 2.34 percent, to 1,263.20, and the Nasdaq gained 55.40, or 2.45 percent, to 2,319.62. Crude oil "
    "tumbled $2.54 a barrel to $122.19, relief after a summer of oil costing more than $147-a-barrel.",
    [
        C('DJI', 'recovered_prior_day_loss', None, None, None, D, '2d', None, 'close',
          "[chg('DJI','%s'), chg('DJI','2008-07-28')]" % D, 'supported', 'gain at least as large as the prior loss',
          '+266.48 after -239.61 on 2008-07-28.', 'recovered all of its losses from the prior day'),
        C('DJI', 'change_points', 266.48, 'points', None, D, '1d', None, 'close', "chg('DJI','%s')" % D, 'supported',
          R_U2, '+266.48.', '266.48', U2, 'pts'),
        C('DJI', 'change_pct', 2.39, 'percent', None, D, '1d', None, 'close', "pct('DJI','%s')" % D, 'supported',
          R_U2, '+2.394%.', '2.39 percent', U2, 'pct'),
        C('DJI', 'close', 11397.56, 'index_points', None, D, None, None, 'close', "close('DJI','%s')" % D,
          'supported', R_U2, '11397.56.', '11,397.56', U2, 'level'),
        C('DJI', 'exit_bear_market', 20, 'percent', None, D, 'from record close', 'below 20% after, above before',
          'close', "[pct_below_record('DJI','2008-07-28'), pct_below_record('DJI','%s')]" % D, 'supported',
          'bear territory: close at least 20% below the record close',
          'Record close 14164.53 (2007-10-09): 21.42% below on 07-28, 19.54% below on 07-29, "by a hair\'s '
          'breadth".', "breaking free by a hair's breadth of bear territory"),
        C('SPX', 'change_points', 28.83, 'points', None, D, '1d', None, 'close', "chg('SPX','%s')" % D, 'supported',
          R_U2, '+28.83.', '28.83', U2, 'pts'),
        C('SPX', 'change_pct', 2.34, 'percent', None, D, '1d', None, 'close', "pct('SPX','%s')" % D, 'supported',
          R_U2, '+2.336%.', '2.34 percent', U2, 'pct'),
        C('SPX', 'close', 1263.20, 'index_points', None, D, None, None, 'close', "close('SPX','%s')" % D,
          'supported', R_U2, '1263.20.', '1,263.20', U2, 'level'),
        C('IXIC', 'change_points', 55.40, 'points', None, D, '1d', None, 'close', "chg('IXIC','%s')" % D,
          'supported', R_U2, '+55.40.', '55.40', U2, 'pts'),
        C('IXIC', 'change_pct', 2.45, 'percent', None, D, '1d', None, 'close', "pct('IXIC','%s')" % D, 'supported',
          R_U2, '+2.447%.', '2.45 percent', U2, 'pct'),
        C('IXIC', 'close', 2319.62, 'index_points', None, D, None, None, 'close', "close('IXIC','%s')" % D,
          'supported', R_U2, '2319.62.', '2,319.62', U2, 'level'),
        C('WTI', 'settle', 122.19, 'USD/bbl', None, D, None, None, None, 'None', 'unverifiable', R_NA,
          'Oil prices are not in the files.', '$122.19'),
    ])

# ---------------------------------------------------------------- 8. Chicago Tribune (LA Times), 2008-11-04
D = '2008-11-04'
passage(
    'chicagotribune_20081105_election_day_rally', 'articles.chicagotribune.com (Chicago Tribune)',
    'http://articles.chicagotribune.com/2008-11-05/news/0811040254_1_election-day-wall-street-dow-jones',
    'Los Angeles Times', '2008-11-05', 'exact',
    'Dated November 05, 2008 on the page; the session is Election Day, Tuesday 2008-11-04.',
    "Wall Street enjoyed its biggest Election Day rally Tuesday, as stock prices mirrored hopes for better days. "
    "The Dow Jones industrial average soared more than 300 points; its 3.3 percent gain topped the voting-day "
    "record set in 1984, a 1.2 percent advance when Ronald Reagan trounced Walter Mondale. \"We're finally going to "
    "remove one key element of uncertainty,\" said Stuart Schweitzer of JPMorgan Private Bank. The Dow finished at "
    "9625.28. The Standard & Poor's 500 climbed back above 1000, advancing 39.45 points, or 4.1 percent, to "
    "1005.72. The Nasdaq composite index rose 53.79 points, or 3.1 percent, to 1780.12. Some experts think the "
    "market is bottoming and won't fall under last month's lows unless the economy weakens dramatically.",
    [
        C('DJI', 'record_election_day_gain', None, None, None, D, 'all Election Days', None, 'close', 'None',
          'unverifiable', 'history before the file starts',
          'The Dow file starts in 1992; the Election Day record since 1980 cannot be checked (2008-11-04 is '
          '+3.28%).', 'biggest Election Day rally'),
        C('DJI', 'change_points', 300, 'points', 'more than', D, '1d', None, 'close', "chg('DJI','%s')" % D,
          'supported', 'more than: true > claim', '+305.45.', 'more than 300 points', ('gt',), 'pts'),
        C('DJI', 'change_pct', 3.3, 'percent', None, D, '1d', None, 'close', "pct('DJI','%s')" % D, 'supported',
          R_U1, '+3.277%.', '3.3 percent', U1, 'pct'),
        C('DJI', 'change_pct', 1.2, 'percent', None, '1984-11-06', '1d', None, 'close', 'None', 'unverifiable',
          'history before the file starts', 'Election Day 1984 is before the Dow file starts (1992).',
          '1.2 percent advance'),
        C('QUOTE', 'opinion', None, None, None, D, None, None, None, 'None', 'not_checkable', 'quoted opinion',
          'Strategist\'s view.', 'one key element of uncertainty'),
        C('DJI', 'close', 9625.28, 'index_points', None, D, None, None, 'close', "close('DJI','%s')" % D, 'supported',
          R_U2, '9625.28.', '9625.28', U2, 'level'),
        C('SPX', 'cross_above_level', 1000, 'index_points', None, D, None, 'prior close below, close above', 'close',
          "[close('SPX','2008-11-03'), close('SPX','%s')]" % D, 'supported', 'level crossing on closes',
          '966.30 on 2008-11-03, 1005.75 on 2008-11-04.', 'climbed back above 1000'),
        C('SPX', 'change_points', 39.45, 'points', None, D, '1d', None, 'close', "chg('SPX','%s')" % D, 'supported',
          R_U2, '+39.45.', '39.45 points', U2, 'pts'),
        C('SPX', 'change_pct', 4.1, 'percent', None, D, '1d', None, 'close', "pct('SPX','%s')" % D, 'supported',
          R_U1, '+4.083%.', '4.1 percent', U1, 'pct'),
        C('SPX', 'close', 1005.72, 'index_points', None, D, None, None, 'close', "close('SPX','%s')" % D,
          'imprecise', 'index level: off by more than 0.025 but within 1%',
          'The file closes at 1005.75 (966.30 + 39.45), 0.03 above the printed level.', '1005.72', U2, 'level'),
        C('IXIC', 'change_points', 53.79, 'points', None, D, '1d', None, 'close', "chg('IXIC','%s')" % D,
          'supported', R_U2, '+53.79.', '53.79 points', U2, 'pts'),
        C('IXIC', 'change_pct', 3.1, 'percent', None, D, '1d', None, 'close', "pct('IXIC','%s')" % D, 'supported',
          R_U1, '+3.116%.', '3.1 percent', U1, 'pct'),
        C('IXIC', 'close', 1780.12, 'index_points', None, D, None, None, 'close', "close('IXIC','%s')" % D,
          'supported', R_U2, '1780.12.', '1780.12', U2, 'level'),
        C('GENERIC', 'market_outlook', None, None, None, D, None, None, None, 'None', 'forecast', 'projection',
          'Experts\' view of the coming weeks; not judged.', "won't fall under last month's lows"),
    ])

# ---------------------------------------------------------------- 9. Newser, 2009-04-09
D = '2009-04-09'
passage(
    'newser_20090409_dow_rises_246', 'newser.com (Newser)', 'https://amp.newser.com/story/55784/dow-rises-246-on-rosy-bank-news.html',
    'Newser (citing The Wall Street Journal)', '2009-04-09', 'exact',
    'Posted Apr 9, 2009 3:23 PM CDT, after the close of Thursday 2009-04-09; Friday 2009-04-10 was Good Friday. '
    'The week runs from Friday 2009-04-03.',
    "Dow Rises 246 on Rosy Bank News. Surging financial stocks drove a broader rally today, the Wall Street "
    "Journal reports, after a New York Times report that all 19 banks facing Treasury stress tests will pass and "
    "a strong Wells Fargo earnings forecast. The Dow rose 246.27 to close at a two-month high of 8,083.38. The "
    "Nasdaq gained 61.88, closing at 1,652.54, and the S&P 500 added 31.40 to settle at 856.56. The trading week "
    "ends today because of Good Friday. For the week, the Dow rose 0.8%, the Nasdaq gained 1.9%, and the S&P 500 "
    "rose 1.7%.",
    [
        C('BANKS', 'stress_test_count', 19, 'banks', None, D, None, None, None, 'None', 'unverifiable', R_NA,
          'Bank supervision data are not in the files.', 'all 19 banks'),
        C('DJI', 'change_points', 246.27, 'points', None, D, '1d', None, 'close', "chg('DJI','%s')" % D, 'supported',
          R_U2, '+246.27.', '246.27', U2, 'pts'),
        C('DJI', 'highest_since_months', 2, 'months', None, D, None, None, 'close',
          "months_between(highest_since('DJI','%s'), '%s')" % (D, D), 'supported', R_U0,
          'Last close at least as high: 2009-02-09, 1.94 months earlier.', 'two-month high', U0, 'count'),
        C('DJI', 'close', 8083.38, 'index_points', None, D, None, None, 'close', "close('DJI','%s')" % D, 'supported',
          R_U2, '8083.38.', '8,083.38', U2, 'level'),
        C('IXIC', 'change_points', 61.88, 'points', None, D, '1d', None, 'close', "chg('IXIC','%s')" % D,
          'supported', R_U2, '+61.88.', '61.88', U2, 'pts'),
        C('IXIC', 'close', 1652.54, 'index_points', None, D, None, None, 'close', "close('IXIC','%s')" % D,
          'supported', R_U2, '1652.54.', '1,652.54', U2, 'level'),
        C('SPX', 'change_points', 31.40, 'points', None, D, '1d', None, 'close', "chg('SPX','%s')" % D, 'supported',
          R_U2, '+31.40.', '31.40', U2, 'pts'),
        C('SPX', 'close', 856.56, 'index_points', None, D, None, None, 'close', "close('SPX','%s')" % D, 'supported',
          R_U2, '856.56.', '856.56', U2, 'level'),
        C('SPX', 'market_closed', '2009-04-10', 'date', None, '2009-04-10', None, None, None,
          "is_session('SPX','2009-04-10')", 'supported', 'no session in the files on that day',
          'No row for Good Friday 2009-04-10 in the index files.', 'because of Good Friday'),
        C('DJI', 'week_change_pct', 0.8, 'percent', None, D, 'week (4 sessions)', None, 'close',
          "wtd('DJI','%s')" % D, 'supported', R_U1, '2009-04-03 -> 2009-04-09: +0.821%.', 'the Dow rose 0.8%', U1,
          'pct'),
        C('IXIC', 'week_change_pct', 1.9, 'percent', None, D, 'week (4 sessions)', None, 'close',
          "wtd('IXIC','%s')" % D, 'supported', R_U1, '+1.891%.', 'the Nasdaq gained 1.9%', U1, 'pct'),
        C('SPX', 'week_change_pct', 1.7, 'percent', None, D, 'week (4 sessions)', None, 'close',
          "wtd('SPX','%s')" % D, 'supported', R_U1, '+1.669%.', 'S&P 500 rose 1.7%', U1, 'pct'),
    ])

# ---------------------------------------------------------------- 10. American Banker, 2009-12-31
D = '2009-12-31'
passage(
    'americanbanker_20091231_year_end_wrap', 'americanbanker.com (American Banker)',
    'https://www.americanbanker.com/news/another-losing-day-but-all-things-considered', 'American Banker',
    '2009-12-31', 'medium',
    'No date on the page; the wrap reports "Thursday", the final session of 2009 (2009-12-31), and was written '
    'that evening or the next business day.',
    "Bank stocks ended 2009 on a slightly sour note: the KBW Bank Index closed Thursday at 42.71, down 0.21%. U.S. "
    "stocks fell broadly in the final session of a strong year. The Dow Jones industrial average fell 120.46 points, "
    "or 1.14%, to 10,428 on Thursday. It rose 1651.66 points, or 18.82%, for the year, its biggest yearly point "
    "gain since 2006 and its best year on a percentage basis since 2003. The measure is up 59.28% from its "
    "12-year closing low of 6547.05 on March 9, but still 26.38% below its record close of 14,164 hit on Oct. 9, "
    "2007. For the month of December the Dow climbed 0.8%. The technology-heavy Nasdaq composite fell 22.13, or "
    "0.97%, to 2269.15; it surged 43.89% this year and rose 5.81% this month, its biggest yearly point gain since "
    "1999 and, in percentage terms, its best year since 2003. The Standard & Poor's 500 index slipped 11.32, or "
    "1%, to 1115.10.",
    [
        C('KBW_BANK', 'close', 42.71, 'index_points', None, D, None, None, 'close', 'None', 'unverifiable', R_NA,
          'The KBW Bank Index is not in the files.', '42.71'),
        C('DJI', 'change_points', -120.46, 'points', None, D, '1d', None, 'close', "chg('DJI','%s')" % D,
          'supported', R_U2, '-120.46.', '120.46 points', U2, 'pts'),
        C('DJI', 'change_pct', -1.14, 'percent', None, D, '1d', None, 'close', "pct('DJI','%s')" % D, 'supported',
          R_U2, '-1.142%.', '1.14%', U2, 'pct'),
        C('DJI', 'close', 10428, 'index_points', None, D, None, None, 'close', "close('DJI','%s')" % D, 'supported',
          R_U0, '10428.05, rounded.', '10,428', U0, 'level'),
        C('DJI', 'year_change_points', 1651.66, 'points', None, D, 'calendar 2009', None, 'close',
          "year_pts('DJI',2009)", 'supported', R_U2, '8776.39 -> 10428.05: +1651.66.', '1651.66 points', U2, 'pts'),
        C('DJI', 'year_change_pct', 18.82, 'percent', None, D, 'calendar 2009', None, 'close', "year_pct('DJI',2009)",
          'supported', R_U2, '+18.819%.', '18.82%', U2, 'pct'),
        C('DJI', 'biggest_year_point_gain_since', 2006, 'year', None, D, None, None, 'close',
          "biggest_year_pts_since('DJI',2009)", 'supported', 'biggest since X: X is the last year at least as large',
          '2006 gained 1745.65 points; 2007 and 2008 less.', 'biggest yearly point gain since 2006', ('eq',)),
        C('DJI', 'best_year_pct_since', 2003, 'year', None, D, None, None, 'close', "best_year_pct_since('DJI',2009)",
          'supported', 'best since X: X is the last year at least as large', '2003: +25.3%.',
          'best year on a percentage basis since 2003', ('eq',)),
        C('DJI', 'pct_from_low', 59.28, 'percent', None, D, 'from 2009-03-09 close', None, 'close',
          "pct_from('DJI','2009-03-09','%s')" % D, 'supported', R_U2, '6547.05 -> 10428.05: +59.279%.', '59.28%',
          U2, 'pct'),
        C('DJI', 'close', 6547.05, 'index_points', None, '2009-03-09', None, None, 'close', "close('DJI','2009-03-09')",
          'supported', R_U2, 'Close on 2009-03-09.', '6547.05', U2, 'level'),
        C('DJI', 'lowest_since_years', 12, 'years', None, '2009-03-09', None, None, 'close',
          "years_between(lowest_since('DJI','2009-03-09'), '2009-03-09')", 'supported', R_U0,
          'Last close at least as low: 1997-04-14, 11.9 years earlier.', '12-year closing low', U0, 'count'),
        C('DJI', 'pct_from_ath', 26.38, 'percent', None, D, None, None, 'close', "pct_below_record('DJI','%s')" % D,
          'supported', R_U2, '26.379% below 14164.53.', '26.38%', U2, 'pct'),
        C('DJI', 'record_close', 14164, 'index_points', None, '2007-10-09', None, None, 'close',
          "record_close('DJI','%s')" % D, 'imprecise', 'a truncated figure is imprecise',
          'Record close 14164.53 on 2007-10-09: the date is right, but 14,164 truncates 14164.53 (rounds to '
          '14,165).', '14,164'),
        C('DJI', 'mtd_pct', 0.8, 'percent', None, D, 'December 2009', None, 'close', "mtd('DJI','%s')" % D,
          'supported', R_U1, '+0.804%.', 'climbed 0.8%', U1, 'pct'),
        C('IXIC', 'change_points', -22.13, 'points', None, D, '1d', None, 'close', "chg('IXIC','%s')" % D,
          'supported', R_U2, '-22.13.', '22.13', U2, 'pts'),
        C('IXIC', 'change_pct', -0.97, 'percent', None, D, '1d', None, 'close', "pct('IXIC','%s')" % D, 'supported',
          R_U2, '-0.966%.', '0.97%', U2, 'pct'),
        C('IXIC', 'close', 2269.15, 'index_points', None, D, None, None, 'close', "close('IXIC','%s')" % D,
          'supported', R_U2, '2269.15.', '2269.15', U2, 'level'),
        C('IXIC', 'year_change_pct', 43.89, 'percent', None, D, 'calendar 2009', None, 'close',
          "year_pct('IXIC',2009)", 'supported', R_U2, '+43.888%.', '43.89%', U2, 'pct'),
        C('IXIC', 'mtd_pct', 5.81, 'percent', None, D, 'December 2009', None, 'close', "mtd('IXIC','%s')" % D,
          'supported', R_U2, '+5.808%.', '5.81%', U2, 'pct'),
        C('IXIC', 'biggest_year_point_gain_since', 1999, 'year', None, D, None, None, 'close',
          "biggest_year_pts_since('IXIC',2009)", 'supported', 'biggest since X: X is the last year at least as large',
          '1999 gained 1876.62 points.', 'biggest yearly point gain since 1999', ('eq',)),
        C('IXIC', 'best_year_pct_since', 2003, 'year', None, D, None, None, 'close', "best_year_pct_since('IXIC',2009)",
          'supported', 'best since X: X is the last year at least as large', '2003: +50.0%.',
          'its best year since 2003', ('eq',)),
        C('SPX', 'change_points', -11.32, 'points', None, D, '1d', None, 'close', "chg('SPX','%s')" % D, 'supported',
          R_U2, '-11.32.', '11.32', U2, 'pts'),
        C('SPX', 'change_pct', -1, 'percent', None, D, '1d', None, 'close', "pct('SPX','%s')" % D, 'supported', R_U0,
          '-1.005%.', 'or\n1%, to 1115.10'.replace('\n', ' '), U0, 'pct'),
        C('SPX', 'close', 1115.10, 'index_points', None, D, None, None, 'close', "close('SPX','%s')" % D,
          'supported', R_U2, '1115.10.', '1115.10', U2, 'level'),
    ])

# ---------------------------------------------------------------- 11. FrumForum (WSJ), 2010-11-04
D = '2010-11-04'
passage(
    'frumforum_20101104_dow_pre_lehman_levels', 'frumforum.com (FrumForum)', 'http://frumforum.com/entry/dow-surpasses-pre-lehman-levels',
    'The Wall Street Journal (quoted by FrumForum)', '2010-11-04', 'medium',
    'No date on the page; the quoted story reports Thursday 2010-11-04, the day after the 2010-11-03 QE2 '
    'announcement.',
    "Dow Surpasses Pre-Lehman Levels. The Wall Street Journal reports: NEW YORK-Stocks rallied Thursday to their "
    "highest level since September 2008 as investors cheered the Federal Reserve's latest stimulus effort. The Dow "
    "Jones Industrial Average closed up 219.71 points, or 1.96%, at 11434.84, its highest closing level since just "
    "before Lehman Brothers collapsed. Bank of America, J.P. Morgan Chase and Caterpillar powered the blue chips "
    "to their fifth gain in a row and their biggest climb since Sept. 1. The Standard & Poor's 500-stock index "
    "rose 23.10 points, or 1.93%, to 1221.06. The Nasdaq Composite gained 37.07 points, or 1.46%, to 2577.34, its "
    "highest close since January 2008; it has risen in 18 of the last 21 sessions. On Wednesday the Fed said it "
    "would buy an additional $600 billion of longer-term Treasury securities by June.",
    [
        C('SPX', 'highest_since', '2008-09', 'month', None, D, None, None, 'close', "highest_since('SPX','%s')" % D,
          'supported', R_SINCE,
          '"Stocks" read as the S&P 500: last close at least as high 2008-09-19; the Dow\'s is 2008-09-08, also '
          'September 2008.', 'highest level since September 2008'),
        C('DJI', 'change_points', 219.71, 'points', None, D, '1d', None, 'close', "chg('DJI','%s')" % D, 'supported',
          R_U2, '+219.71.', '219.71', U2, 'pts'),
        C('DJI', 'change_pct', 1.96, 'percent', None, D, '1d', None, 'close', "pct('DJI','%s')" % D, 'supported',
          R_U2, '+1.959%.', '1.96%', U2, 'pct'),
        C('DJI', 'close', 11434.84, 'index_points', None, D, None, None, 'close', "close('DJI','%s')" % D,
          'supported', R_U2, '11434.84.', '11434.84', U2, 'level'),
        C('DJI', 'highest_since', 'just before 2008-09-15', 'date', None, D, None, None, 'close',
          "highest_since('DJI','%s')" % D, 'supported', R_SINCE,
          'Last close at least as high: 2008-09-08, a week before the Lehman filing of 2008-09-15 (the 2008-09-12 '
          'close, 11421.99, is lower).', 'just before Lehman Brothers collapsed'),
        C('DJI', 'up_streak', 5, 'sessions', None, D, None, None, 'close', "up_streak('DJI','%s')" % D, 'supported',
          'streaks use daily closes', 'Five straight gains.', 'fifth gain in a row', ('eq',)),
        C('DJI', 'biggest_gain_since', '2010-09-01', 'date', None, D, None, None, 'close',
          "last_move_as_big('DJI','%s','pts')" % D, 'supported', 'biggest since X: X is the last day with a move '
          'at least as large', 'Last larger gain: 2010-09-01 (same date in points and percent).', 'Sept. 1',
          ('eq',)),
        C('SPX', 'change_points', 23.10, 'points', None, D, '1d', None, 'close', "chg('SPX','%s')" % D, 'supported',
          R_U2, '+23.10.', '23.10', U2, 'pts'),
        C('SPX', 'change_pct', 1.93, 'percent', None, D, '1d', None, 'close', "pct('SPX','%s')" % D, 'supported',
          R_U2, '+1.928%.', '1.93%', U2, 'pct'),
        C('SPX', 'close', 1221.06, 'index_points', None, D, None, None, 'close', "close('SPX','%s')" % D,
          'supported', R_U2, '1221.06.', '1221.06', U2, 'level'),
        C('IXIC', 'change_points', 37.07, 'points', None, D, '1d', None, 'close', "chg('IXIC','%s')" % D,
          'supported', R_U2, '+37.07.', '37.07', U2, 'pts'),
        C('IXIC', 'change_pct', 1.46, 'percent', None, D, '1d', None, 'close', "pct('IXIC','%s')" % D, 'supported',
          R_U2, '+1.459%.', '1.46%', U2, 'pct'),
        C('IXIC', 'close', 2577.34, 'index_points', None, D, None, None, 'close', "close('IXIC','%s')" % D,
          'supported', R_U2, '2577.34.', '2577.34', U2, 'level'),
        C('IXIC', 'highest_since', '2008-01', 'month', None, D, None, None, 'close', "highest_since('IXIC','%s')" % D,
          'supported', R_SINCE, 'Last close at least as high: 2008-01-03.', 'highest close since January 2008'),
        C('IXIC', 'up_sessions_in_last', 18, 'sessions of 21', None, D, 'last 21 sessions', None, 'close',
          "ups_in_last('IXIC','%s',21)" % D, 'supported', 'counts use daily closes', '18 higher closes in the last 21.',
          '18 of the last 21 sessions', ('eq',)),
        C('FED_BALANCE_SHEET', 'asset_purchases', 600, 'billion USD', None, '2010-11-03', None, None, None, 'None',
          'unverifiable', R_NA, 'Fed asset purchases are not in the files.', '$600 billion'),
    ])

# ---------------------------------------------------------------- 12. Calculated Risk (WSJ), 2011-08-10
D = '2011-08-10'
passage(
    'calculatedrisk_20110810_dow_down_500', 'calculatedriskblog.com (Calculated Risk)',
    'https://www.calculatedriskblog.com/2011/08/dow-down-500-s-500-down-44.html',
    'Calculated Risk (quoting The Wall Street Journal)', '2011-08-10', 'exact',
    'Posted Wednesday, August 10, 2011, 04:14 PM, a few minutes after the close: the WSJ figures are early '
    'closing prints.',
    "Dow Down 500+, S&P 500 down 4.4% (Wednesday, August 10, 2011, 04:14 PM). This was the third big down day this "
    "month. From the WSJ: the Dow Jones Industrial Average fell 520.29 points, or 4.6%, to 10719.48, while the "
    "Standard & Poor's 500-stock index slid 51.83 points, or 4.4%, to 1120.70 and the Nasdaq Composite lost 101.47 "
    "points, or 4.1%, to 2381.05. In a reflection of investor concern, the VIX \"fear gauge\" surged 18%. The table "
    "of the largest S&P 500 one-day percentage declines since 1950 lists 10/15/2008 second at -9.0% (close 907.84), "
    "8/8/2011 twelfth at -6.7% (close 1,119.47), 8/4/2011 twenty-eighth at -4.8%, and 8/10/2011 thirty-third at "
    "-4.4%, with a close of 1,120.75.",
    [
        C('DJI', 'count_big_down_days_mtd', 3, 'sessions', None, D, '2011-08-01..2011-08-10', None, 'close',
          "count_drops_at_least('DJI','2011-08-01','%s',500)" % D, 'supported', 'counts use daily closes',
          'Read with the headline as Dow drops of 500+ points: 08-04 (-512.76), 08-08 (-634.76), 08-10 (-519.83). '
          'S&P 500 drops of 4% or more give the same three days.', 'third big down day this month', ('eq',)),
        C('DJI', 'change_points', -520.29, 'points', None, D, '1d', None, 'close', "chg('DJI','%s')" % D,
          'imprecise', 'unhedged 2 dp: |true - claim| <= 0.025; within 20% of the true change',
          'Final close 10719.94, change -519.83: the WSJ early print is 0.46 off.', '520.29 points', U2, 'pts'),
        C('DJI', 'change_pct', -4.6, 'percent', None, D, '1d', None, 'close', "pct('DJI','%s')" % D, 'supported',
          R_U1, '-4.625%.', 'or 4.6%', U1, 'pct'),
        C('DJI', 'close', 10719.48, 'index_points', None, D, None, None, 'close', "close('DJI','%s')" % D,
          'imprecise', 'index level: off by more than 0.025 but within 1%',
          'Final close 10719.94 (early print 0.46 lower).', '10719.48', U2, 'level'),
        C('SPX', 'change_points', -51.83, 'points', None, D, '1d', None, 'close', "chg('SPX','%s')" % D,
          'imprecise', 'unhedged 2 dp: |true - claim| <= 0.025; within 20% of the true change',
          'Final -51.77 (1172.53 -> 1120.76).', '51.83 points', U2, 'pts'),
        C('SPX', 'change_pct', -4.4, 'percent', None, D, '1d', None, 'close', "pct('SPX','%s')" % D, 'supported',
          R_U1, '-4.415%.', '51.83 points, or 4.4%', U1, 'pct'),
        C('SPX', 'close', 1120.70, 'index_points', None, D, None, None, 'close', "close('SPX','%s')" % D,
          'imprecise', 'index level: off by more than 0.025 but within 1%',
          'Final close 1120.76; the table further down prints 1,120.75.', '1120.70', U2, 'level'),
        C('IXIC', 'change_points', -101.47, 'points', None, D, '1d', None, 'close', "chg('IXIC','%s')" % D,
          'supported', R_U2, '-101.47.', '101.47', U2, 'pts'),
        C('IXIC', 'change_pct', -4.1, 'percent', None, D, '1d', None, 'close', "pct('IXIC','%s')" % D, 'supported',
          R_U1, '-4.087%.', '4.1%', U1, 'pct'),
        C('IXIC', 'close', 2381.05, 'index_points', None, D, None, None, 'close', "close('IXIC','%s')" % D,
          'supported', R_U2, '2381.05.', '2381.05', U2, 'level'),
        C('VIX', 'change_pct', 18, 'percent', None, D, '1d', None, 'close', "pct('VIX','%s')" % D, 'contradicted',
          'unhedged integer; off by more than max(2 pp, 10%)',
          'VIX closed 42.99 from 35.06, +22.6%. An 18% rise (41.37) lies inside the session range 37.34-44.41, '
          'so as an intraday reading it would be unverifiable; the text gives no time.', 'surged 18%', U0, 'pct'),
        C('SPX', 'rank_decline_since_1950', 2, 'rank', None, '2008-10-15', '1950-01-01..2011-08-10', None, 'close',
          "rank_move_asof('SPX','2008-10-15','1950-01-01','2011-08-10')", 'supported', 'ranks count all daily moves in the file',
          'Behind 1987-10-19 only, ranked among declines from 1950 to 2011-08-10.', 'second at -9.0%', ('eq',)),
        C('SPX', 'change_pct', -9.0, 'percent', None, '2008-10-15', '1d', None, 'close', "pct('SPX','2008-10-15')",
          'supported', R_U1, '-9.035%.', '-9.0%', U1, 'pct'),
        C('SPX', 'close', 907.84, 'index_points', None, '2008-10-15', None, None, 'close', "close('SPX','2008-10-15')",
          'supported', R_U2, '907.84.', '907.84', U2, 'level'),
        C('SPX', 'rank_decline_since_1950', 12, 'rank', None, '2011-08-08', '1950-01-01..2011-08-08', None, 'close',
          "rank_move_asof('SPX','2011-08-08','1950-01-01','2011-08-10')", 'supported', 'ranks count all daily moves in the file',
          '-6.66% is the 12th largest decline from 1950 to 2011-08-10.', 'twelfth at -6.7%', ('eq',)),
        C('SPX', 'change_pct', -6.7, 'percent', None, '2011-08-08', '1d', None, 'close', "pct('SPX','2011-08-08')",
          'supported', R_U1, '-6.663%.', '-6.7%', U1, 'pct'),
        C('SPX', 'close', 1119.47, 'index_points', None, '2011-08-08', None, None, 'close',
          "close('SPX','2011-08-08')", 'supported', R_U2, '1119.46 (0.01 off).', '1,119.47', U2, 'level'),
        C('SPX', 'rank_decline_since_1950', 28, 'rank', None, '2011-08-04', '1950-01-01..2011-08-10', None, 'close',
          "rank_move_asof('SPX','2011-08-04','1950-01-01','2011-08-10')", 'supported',
          'ranks count all daily moves in the file up to the table date',
          'Ranked among declines from 1950 to the table date 2011-08-10, -4.78% is 28th; ranked only up to '
          '2011-08-04 it would be 27th, before the larger 2011-08-08 drop.',
          'twenty-eighth at -4.8%', ('eq',)),
        C('SPX', 'change_pct', -4.8, 'percent', None, '2011-08-04', '1d', None, 'close', "pct('SPX','2011-08-04')",
          'supported', R_U1, '-4.782%.', '-4.8%', U1, 'pct'),
        C('SPX', 'rank_decline_since_1950', 33, 'rank', None, D, '1950-01-01..2011-08-10', None, 'close',
          "rank_move_asof('SPX','%s','1950-01-01','%s')" % (D, D), 'supported', 'ranks count all daily moves in the file',
          '-4.415% is the 33rd largest decline since 1950.', 'thirty-third at', ('eq',)),
        C('SPX', 'close', 1120.75, 'index_points', None, D, None, None, 'close', "close('SPX','%s')" % D, 'supported',
          R_U2, '1120.76 (0.01 off).', '1,120.75', U2, 'level'),
    ])

# ---------------------------------------------------------------- 13. Boise Weekly blog, 2011-11-30
D = '2011-11-30'
passage(
    'boiseweekly_20111130_coordinated_rally', 'boiseweekly.com (Boise Weekly, Citydesk blog)',
    'https://m.boiseweekly.com/boise/blogs/Post?id=CityDesk&year=2011&month=11&day=30&basename=wall-street-occupied-with-stock-rally',
    'Boise Weekly', '2011-11-30', 'exact', 'Date in the URL; the post reports Wednesday 2011-11-30.',
    "Wall Street Occupied With Stock Rally. Christmas arrived a little early on Wall Street: market indexes gained "
    "more than 4 percent and the Dow Jones Industrial Average ended up 490 points. The Nasdaq composite index rose "
    "4.2 percent. Shares of banks, energy companies and materials providers all climbed by more than 4 percent. "
    "The Dow posted its best day since March 2009, and the Standard and Poors 500 Index scored its best daily "
    "percentage gain since August. Hewlett-Packard jumped a full 3.9 percent, closing at $27.95.",
    [
        C('DJI', 'change_pct', 4, 'percent', 'more than', D, '1d', None, 'close', "pct('DJI','%s')" % D, 'supported',
          'more than: true > claim', 'Dow +4.241% (the S&P 500 +4.332% and Nasdaq +4.167% are separate claims).',
          'market indexes gained more than 4 percent', ('gt',), 'pct'),
        C('SPX', 'change_pct', 4, 'percent', 'more than', D, '1d', None, 'close', "pct('SPX','%s')" % D, 'supported',
          'more than: true > claim', 'S&P 500 +4.332%.', 'market indexes gained more than 4 percent', ('gt',), 'pct'),
        C('IXIC', 'change_pct', 4, 'percent', 'more than', D, '1d', None, 'close', "pct('IXIC','%s')" % D,
          'supported', 'more than: true > claim', 'Nasdaq +4.167%.', 'market indexes gained more than 4 percent',
          ('gt',), 'pct'),
        C('DJI', 'change_points', 490, 'points', None, D, '1d', None, 'close', "chg('DJI','%s')" % D, 'supported',
          R_U0, '+490.05.', 'ended up 490 points', U0, 'pts'),
        C('IXIC', 'change_pct', 4.2, 'percent', None, D, '1d', None, 'close', "pct('IXIC','%s')" % D, 'supported',
          R_U1, '+4.167%.', 'rose 4.2 percent', U1, 'pct'),
        C('SPX_SECTORS', 'change_pct', 4, 'percent', 'more than', D, '1d', None, 'close', 'None', 'unverifiable', R_NA,
          'S&P 500 sector indexes are not in the files (sector SPDRs would be proxies only).',
          'all climbed by more than 4 percent'),
        C('DJI', 'best_day_since', '2009-03', 'month', None, D, None, None, 'close',
          "last_move_as_big('DJI','%s','pct')" % D, 'supported', 'best since X: X is the last day with a move at '
          'least as large', 'Last larger percentage gain: 2009-03-23 (+6.84%); points give the same day.',
          'best day since March 2009'),
        C('SPX', 'best_pct_gain_since', '2011-08', 'month', None, D, None, None, 'close',
          "last_move_as_big('SPX','%s','pct')" % D, 'supported', 'best since X: X is the last day with a move at '
          'least as large', 'Last larger gain: 2011-08-11 (+4.63%).', 'best daily percentage gain since August'),
        C('HPQ', 'change_pct', 3.9, 'percent', None, D, '1d', None, 'close', 'None', 'unverifiable', R_NA,
          'Single stocks are not in the files.', 'jumped a full 3.9 percent'),
    ])

# ---------------------------------------------------------------- 14. Newsday (AP), 2012-09-13
D = '2012-09-13'
passage(
    'newsday_20120913_qe3_dow_highest_since_2007', 'newsday.com (Newsday)',
    'http://www.newsday.com/business/dow-closes-at-13-540-highest-since-07-1.3998688?firstfree=yes', 'Associated Press',
    '2012-09-13', 'high', 'The page carries the AP video dated Sept. 13; the story is the Thursday 2012-09-13 close '
    '(FOMC day of QE3).',
    "Dow closes at 13,540, highest since '07. The stock market staged a huge rally Thursday after investors got the "
    "aggressive economic help they wanted from the Federal Reserve. The Dow Jones industrial average spiked more "
    "than 200 points and cleared 13,500 for the first time since the beginning of the Great Recession; the average "
    "is within 625 points of its all-time high. The Fed said it would buy $40 billion of mortgage securities a "
    "month until the economy improves. The Dow closed up 206.51 points, the seventh-biggest gain this year, at "
    "13,539.86, its highest close since the last days of December 2007, the first month of the recession. The "
    "broader Standard & Poor's 500 index was up 1.63 percent at 1,459.99, also its highest since December 2007. "
    "The Nasdaq composite index, which has been trading at its highest levels since 2000, was up 1.33 percent at "
    "3,155.83. -- AP",
    [
        C('DJI', 'close', 13540, 'index_points', None, D, None, None, 'close', "close('DJI','%s')" % D, 'supported',
          R_U0, '13539.86, rounded.', 'Dow closes at 13,540', U0, 'level'),
        C('DJI', 'highest_since', '2007', 'year', None, D, None, None, 'close', "highest_since('DJI','%s')" % D,
          'supported', R_SINCE, 'Last close at least as high: 2007-12-26.', "highest since '07"),
        C('DJI', 'change_points', 200, 'points', 'more than', D, '1d', None, 'close', "chg('DJI','%s')" % D,
          'supported', 'more than: true > claim', '+206.51.', 'spiked more than 200 points', ('gt',), 'pts'),
        C('DJI', 'first_close_above_since', 13500, 'index_points', None, D, None, 'since December 2007', 'close',
          "[last_close_at_or_above('DJI',13500,'%s'), close('DJI','%s')]" % (D, D), 'supported',
          'level crossing on closes', 'Last close at or above 13,500 before: 2007-12-26; the recession began in '
          'December 2007.', 'cleared 13,500 for the first time since the beginning of the Great Recession'),
        C('DJI', 'points_below_record', 625, 'points', 'within', D, None, None, 'close',
          "pts_below('DJI',14164.53,'%s')" % D, 'supported', 'within: true < claim',
          'Record close 14164.53 (2007-10-09); 624.67 points above 13539.86.', 'within 625 points', ('lt',), 'pts'),
        C('FED_BALANCE_SHEET', 'asset_purchases', 40, 'billion USD per month', None, D, None, None, None, 'None',
          'unverifiable', R_NA, 'Fed asset purchases are not in the files.', '$40 billion'),
        C('DJI', 'change_points', 206.51, 'points', None, D, '1d', None, 'close', "chg('DJI','%s')" % D, 'supported',
          R_U2, '+206.51.', '206.51 points', U2, 'pts'),
        C('DJI', 'rank_point_gain_ytd', 7, 'rank', None, D, 'YTD 2012', None, 'close',
          "rank_gain_pts_in_year('DJI','%s')" % D, 'supported', 'ranks count all daily moves in the window',
          'Seventh largest point gain of 2012 so far.', 'seventh-biggest gain this year', ('eq',)),
        C('DJI', 'close', 13539.86, 'index_points', None, D, None, None, 'close', "close('DJI','%s')" % D,
          'supported', R_U2, '13539.86.', '13,539.86', U2, 'level'),
        C('DJI', 'highest_since', '2007-12 (last days)', 'date', None, D, None, None, 'close',
          "highest_since('DJI','%s')" % D, 'supported', R_SINCE, 'Last close at least as high: 2007-12-26.',
          'the last days of December 2007'),
        C('SPX', 'change_pct', 1.63, 'percent', None, D, '1d', None, 'close', "pct('SPX','%s')" % D, 'supported',
          R_U2, '+1.631%.', '1.63 percent', U2, 'pct'),
        C('SPX', 'close', 1459.99, 'index_points', None, D, None, None, 'close', "close('SPX','%s')" % D,
          'supported', R_U2, '1459.99.', '1,459.99', U2, 'level'),
        C('SPX', 'highest_since', '2007-12', 'month', None, D, None, None, 'close', "highest_since('SPX','%s')" % D,
          'supported', R_SINCE, 'Last close at least as high: 2007-12-31.', 'also its highest since December 2007'),
        C('IXIC', 'highest_since', '2000', 'year', None, D, None, None, 'close', "highest_since('IXIC','%s')" % D,
          'supported', R_SINCE, 'Last close at least as high: 2000-11-15.', 'highest levels since 2000'),
        C('IXIC', 'change_pct', 1.33, 'percent', None, D, '1d', None, 'close', "pct('IXIC','%s')" % D, 'supported',
          R_U2, '+1.333%.', '1.33 percent', U2, 'pct'),
        C('IXIC', 'close', 3155.83, 'index_points', None, D, None, None, 'close', "close('IXIC','%s')" % D,
          'supported', R_U2, '3155.83.', '3,155.83', U2, 'level'),
    ])

# ---------------------------------------------------------------- 15. The Motley Fool, 2013-06-19
D = '2013-06-19'
passage(
    'fool_20130619_fed_speaks_dow_crumbles', 'fool.com (The Motley Fool)',
    'http://www.fool.com/server/printarticle.aspx?file=/investing/general/2013/06/19/fed-speaks-dow-crumbles.aspx',
    'The Motley Fool', '2013-06-19', 'exact', 'Dated June 19, 2013 (FOMC day, Wednesday).',
    "Fed Speaks, Dow Crumbles (Jeremy Bowman, June 19, 2013). After several volatile sessions driven by hunches "
    "about the Fed, the Dow Jones Industrial Average hovered near breakeven for most of the day but tumbled once "
    "Fed Chairman Ben Bernanke spoke, finishing down 206 points, or 1.4%. Bernanke said the Fed planned to begin "
    "reducing the $85 billion monthly stimulus program and fully taper it by the middle of next year if the job "
    "market keeps improving as projected, ending the bond buying once the unemployment rate hits 7%. The rate is "
    "currently at 7.6%.",
    [
        C('DJI', 'change_points', -206, 'points', None, D, '1d', None, 'close', "chg('DJI','%s')" % D, 'supported',
          R_U0, '-206.04.', 'down 206 points', U0, 'pts'),
        C('DJI', 'change_pct', -1.4, 'percent', None, D, '1d', None, 'close', "pct('DJI','%s')" % D, 'supported',
          R_U1, '-1.345%: 0.055 from the claim, inside the 0.07 tolerance.', 'or 1.4%', U1, 'pct'),
        C('FED_BALANCE_SHEET', 'asset_purchases', 85, 'billion USD per month', None, D, None, None, None, 'None',
          'unverifiable', R_NA, 'Fed asset purchases are not in the files.', '$85 billion'),
        C('FED_BALANCE_SHEET', 'taper_plan', None, None, None, '2014-06', None, None, None, 'None', 'forecast',
          'projection', 'Fed plan conditional on the economy; not judged.', 'by the middle of next year'),
        C('US_UNEMPLOYMENT', 'rate', 7.6, 'percent', None, '2013-05', None, None, None, 'None', 'unverifiable', R_NA,
          'The unemployment rate is not in the files.', '7.6%'),
    ])

# ---------------------------------------------------------------- 16. Russell Investments via Marketwired, 2013-05-08
D = '2013-05-03'
passage(
    'marketwired_20130508_russell2000_since_reconstitution', 'marketwired.com (press release)',
    'http://www.marketwired.com/press-release/ahead-2013-russell-indexes-reconstitution-look-back-shows-dynamic-stocks-helped-drive-1788159.htm',
    'Russell Investments', '2013-05-08', 'exact',
    'Dated May 8, 2013 in the release; figures run to Friday 2013-05-03, the week 2013-04-29..05-03.',
    "SEATTLE, WA -- (Marketwired - May 8, 2013) - The U.S. small-cap equity market, as reflected by the Russell "
    "2000 Index, returned 24.7% from the completion of the 2012 annual reconstitution on June 25, 2012 through May "
    "3, 2013, with the dynamic stocks of the Russell 2000 Dynamic Index beating the defensive ones. Technology "
    "(+3.8%) and Energy (+3.7%) posted the strongest sector returns in the week ended May 3, a week in which the "
    "Russell 2000 Index reached a new historical all-time high. Year-to-date as of May 3, Consumer Discretionary "
    "(+17.4%) and Consumer Staples (+15.7%) have led the index.",
    [
        C('RUT', 'total_return', 24.7, 'percent', None, D, '2012-06-25..2013-05-03', None, 'total return',
          "pct_window('RUT','2012-06-25','%s')" % D, 'unverifiable', 'total return where only a price index exists',
          'RUT price change from the 2012-06-25 close is +25.27% (from the 2012-06-22 close, before the '
          'reconstitution took effect, +23.13%); dividends are not in the index file.', '24.7%'),
        C('RUT_SECTORS', 'week_return', 3.8, 'percent', None, D, 'week to 2013-05-03', None, 'total return', 'None',
          'unverifiable', R_NA, 'Russell sector indexes are not in the files.', '+3.8%'),
        C('RUT_SECTORS', 'week_return', 3.7, 'percent', None, D, 'week to 2013-05-03', None, 'total return', 'None',
          'unverifiable', R_NA, 'Russell sector indexes are not in the files.', '+3.7%'),
        C('RUT', 'record_close_in_week', None, None, None, D, '2013-04-29..2013-05-03', None, 'close',
          "any_record_between('RUT','2013-04-29','%s')" % D, 'supported', 'records: above every earlier close',
          'Record close 954.42 on 2013-05-03, above the 2013-03-14 record of 953.07.',
          'reached a new historical all-time high'),
        C('RUT_SECTORS', 'ytd_return', 17.4, 'percent', None, D, 'YTD', None, 'total return', 'None', 'unverifiable',
          R_NA, 'Russell sector indexes are not in the files.', '+17.4%'),
        C('RUT_SECTORS', 'ytd_return', 15.7, 'percent', None, D, 'YTD', None, 'total return', 'None', 'unverifiable',
          R_NA, 'Russell sector indexes are not in the files.', '+15.7%'),
        C('RUT_STYLE', 'relative_return', None, None, None, D, '2012-06-25..2013-05-03', None, 'total return', 'None',
          'unverifiable', R_NA, 'The Russell 2000 Dynamic and Defensive indexes are not in the files.',
          'dynamic stocks of the Russell 2000 Dynamic Index beating the defensive ones'),
    ])


# ---------------------------------------------------------------- checks and output
def expected_verdict(chk, claimed, comp, cat):
    kind = chk[0]
    if kind == 'eq':
        return 'supported' if comp == claimed else 'contradicted'
    if isinstance(comp, list):
        return None
    comp = float(comp)
    claimed = float(claimed)
    if kind == 'u':
        dp = chk[1]
        tol = 0.5 if dp == 0 else (0.07 if dp == 1 else 0.025)
        ok = abs(comp - claimed) <= tol + 1e-9
    elif kind == 'about':
        ok = abs(comp - claimed) <= 10 ** -chk[1] + 0.02 + 1e-9
    elif kind == 'nearly':
        unit = 10 ** -chk[1]
        ok = claimed - unit <= comp <= claimed + 0.5 * unit
    elif kind == 'gt':
        ok = comp > claimed
    elif kind == 'lt':
        ok = comp < claimed
    else:
        raise ValueError(kind)
    if ok:
        return 'supported'
    err = abs(comp - claimed)
    if cat == 'pct':
        close_ = err <= 0.2 * abs(comp) and err <= max(2.0, 0.1 * abs(comp))
    elif cat == 'level':
        close_ = err <= 0.01 * abs(comp)
    else:
        close_ = err <= 0.2 * abs(comp)
    return 'imprecise' if close_ else 'contradicted'


def main(argv):
    data = argv[1] if len(argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('usage: python build.py PATH/TO/data')
    ref.set_data(data)
    recipes, passages, keys, problems = [], [], [], []
    for p in PASSAGES:
        text = p['text']
        claims_out = []
        for i, c in enumerate(p['claims']):
            n = text.count(c['anchor'])
            if n != 1:
                problems.append('%s #%d anchor occurs %d times: %r' % (p['id'], i, n, c['anchor']))
            val = None if c['expr'] == 'None' else ref.evaluate(c['expr'])
            val = json.loads(json.dumps(val))
            if c['chk'] is not None and val is not None:
                ev = expected_verdict(c['chk'], c['value'], val, c['cat'])
                if ev is not None and ev != c['verdict']:
                    problems.append('%s #%d verdict %s but rules give %s (claim %r, computed %r)'
                                    % (p['id'], i, c['verdict'], ev, c['value'], val))
            if c['expr'] == 'None' and c['verdict'] in ('supported', 'imprecise', 'contradicted'):
                problems.append('%s #%d judged without a computation' % (p['id'], i))
            recipes.append((p['id'], i, c['expr']))
            claims_out.append({k: c[k] for k in ('index_or_ticker', 'metric', 'value', 'unit', 'qualifier',
                                                 'ref_date', 'window', 'comparison', 'basis')})
            keys.append(dict(
                passage_id=p['id'], claim_index=i, index_or_ticker=c['index_or_ticker'], metric=c['metric'],
                claimed_value=c['value'], qualifier=c['qualifier'], ref_date_used=c['ref_date'],
                computed_value=val,
                computed_detail=('%s reference.py: %s' % (c['note'], c['expr'])) if c['expr'] != 'None'
                else 'Nothing in the files computes it. reference.py: None',
                verdict=c['verdict'], rule=c['rule'], note=c['note'], anchor_text=c['anchor']))
        passages.append(dict(id=p['id'], source=p['source'], published=p['published'],
                             published_confidence=p['published_confidence'], published_note=p['published_note'],
                             text_kind='condensed_close_paraphrase', text=text, claims=claims_out))
    ids = [p['id'] for p in passages]
    if len(ids) != len(set(ids)):
        problems.append('duplicate passage ids')
    for line in problems:
        print('PROBLEM', line)
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
        for p in passages:
            f.write(json.dumps(p, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
        for k in keys:
            f.write(json.dumps(k, ensure_ascii=False) + '\n')
    src = open(os.path.join(HERE, 'reference.py')).read()
    a = src.index('# BEGIN RECIPES\n') + len('# BEGIN RECIPES\n')
    b = src.index('# END RECIPES')
    table = 'RECIPES = [\n' + ''.join('    (%r, %d, %r),\n' % r for r in recipes) + ']\n'
    with open(os.path.join(HERE, 'reference.py'), 'w') as f:
        f.write(src[:a] + table + src[b:])
    from collections import Counter
    print(len(passages), 'passages,', len(keys), 'claims,', dict(Counter(k['verdict'] for k in keys)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
