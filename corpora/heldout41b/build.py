"""Build passages.jsonl, key.jsonl and recipes.json of this corpus (heldout41b: the daily market close, 2013-2026).

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

# ---------------------------------------------------------------- 1
add('wapo_20130507_dow_15000_first_close', 'washingtonpost.com',
    'https://www.washingtonpost.com/business/economy/dow-closes-above-15000-for-first-time/2013/05/07/421431b2-b761-11e2-b94c-b684dda07add_story.html',
    'The Washington Post', '2013-05-07', 'exact',
    'Date in the URL (2013/05/07), a Tuesday; every figure is the 2013-05-07 close. The page excerpt stops after the sector sentence, so the passage stops there.',
    "Dow closes above 15,000 for first time (The Washington Post). The Dow Jones industrial average punched through another milestone Tuesday, closing above 15,000 for the first time just two months after recovering the last of its losses from the 2008 financial crisis. "
    "Good economic reports, strong corporate earnings and fresh support from central banks eased worries about another spring swoon. The Dow continued its epic ascent of 2013, which has seen it climb 1,952 points — almost 15 percent — since Jan. 1. "
    "The Dow closed at 15,056.20, up 87.31 points. The Standard & Poor's 500 index added 8.46 points to hit a record 1625.96. The S&P has jumped 199 points this year. The record close extends the stock market's comeback from the depths of the financial crisis: "
    "both indexes reached all-time highs earlier this year and then kept rising. The Russell 2000 index of small companies gained eight points to close at 967.82. It has risen 14 percent this year. "
    "The S&P has climbed higher for six straight months — the longest stretch of gains since a seven-month run that started in March 2009. All 10 industries in the S&P 500 have joined in the rally.",
    [
        C('DJI', 'first_close_above', 15000, 'index points', 'closing above 15,000 for the first time', "[first_close_at_or_above('DJI',15000), close('DJI','2013-05-07')]", S, 'milestone: first close at or above the level in the file',
          'The Dow closed at 15,056.20 on 2013-05-07, its first close above 15,000 (it had touched the level intraday on 2013-05-03).', ref='2013-05-07'),
        C('DJI', 'months_since_recovery', 2, 'months', 'just two months after recovering the last of its losses', "[record_close_dates('DJI','2007-10-10','2013-05-07')[0], record_close_upto('DJI','2013-03-04'), months_between('2013-03-05','2013-05-07')]", S, INT,
          'The first close above the 2007-10-09 record (14,164.53) came on 2013-03-05 (14,253.77): 2.1 months before 2013-05-07.', ref='2013-03-05', window='2013-03-05..2013-05-07'),
        C('DJI', 'ytd_change_pts', 1952, 'points', 'climb 1,952 points', "pts('DJI','2012-12-31','2013-05-07')", S, INT, 'From the 2012-12-31 close (13,104.14) to 15,056.20: +1,952.06 points.', ref='2013-05-07', window='2013 to date'),
        C('DJI', 'ytd_change', 15, 'percent', 'almost 15 percent', "ytd('DJI','2013-05-07')", S, NEARLY, '+14.90% year to date; "almost 15" allows 14 to 15.5.', q='nearly', ref='2013-05-07', window='2013 to date'),
        C('DJI', 'close', 15056.20, 'index points', 'The Dow closed at 15,056.20', "close('DJI','2013-05-07')", S, D2, 'Close 15,056.20.', ref='2013-05-07'),
        C('DJI', 'day_change_pts', 87.31, 'points', 'up 87.31 points', "day_pts('DJI','2013-05-07')", S, D2, '+87.31 from 14,968.89.', ref='2013-05-07'),
        C('SPX', 'day_change_pts', 8.46, 'points', 'added 8.46 points', "day_pts('SPX','2013-05-07')", S, D2, '+8.46 from 1,617.50.', ref='2013-05-07'),
        C('SPX', 'record_close', 1625.96, 'index points', 'hit a record 1625.96', "[close('SPX','2013-05-07'), is_record_close('SPX','2013-05-07')]", S, REC, 'Close 1,625.96, above every earlier close.', ref='2013-05-07'),
        C('SPX', 'ytd_change_pts', 199, 'points', 'jumped 199 points this year', "pts('SPX','2012-12-31','2013-05-07')", I, 'truncated figure: imprecise',
          'From 1,426.19 on 2012-12-31 the S&P 500 was up 199.77 points; 199 is the truncated figure (200 when rounded), 0.77 point outside the integer tolerance.', ref='2013-05-07', window='2013 to date'),
        C('DJI,SPX', 'records_earlier_this_year', True, 'flag', 'both indexes reached all-time highs earlier this year', "[record_close_dates('DJI','2013-01-01','2013-05-06')[0], record_close_dates('SPX','2013-01-01','2013-05-06')[0]]", S, REC,
          'First record closes of 2013: Dow 2013-03-05, S&P 500 2013-03-28; both set further records afterwards.', ref='2013-05-06', window='2013'),
        C('RUT', 'day_change_pts', 8, 'points', 'gained eight points', "day_pts('RUT','2013-05-07')", S, INT, '+8.02.', ref='2013-05-07'),
        C('RUT', 'close', 967.82, 'index points', 'to close at 967.82', "close('RUT','2013-05-07')", S, D2, 'Close 967.82.', ref='2013-05-07'),
        C('RUT', 'ytd_change', 14, 'percent', 'It has risen 14 percent this year', "ytd('RUT','2013-05-07')", S, INT, '+13.95% from the 2012-12-31 close (849.35).', ref='2013-05-07', window='2013 to date'),
        C('SPX', 'monthly_up_streak', 6, 'months', 'climbed higher for six straight months', "month_up_streaks('SPX','2009-01','2013-04',6)", S, STREAK,
          'Month-end closes rose from November 2012 through April 2013 (six months; May was also up to date).', ref='2013-04-30', window='2012-11..2013-04'),
        C('SPX', 'longest_monthly_streak_since', '2009-03', 'month', 'the longest stretch of gains since a seven-month run that started in March 2009', "month_up_streaks('SPX','2009-01','2013-04',6)", S, SINCE,
          'The only earlier run of six or more rising months since 2009 is March-September 2009 (seven months; June 2009 was +0.02%).', ref='2013-04-30', window='2009-03..2013-04'),
        C('SPX_SECTORS', 'all_sectors_up_ytd', True, 'flag', 'All 10 industries in the S&P 500 have joined in the rally', None, U, NOFILE, 'S&P 500 sector indexes are not in the files.', ref='2013-05-07', window='2013 to date'),
    ])
# ---------------------------------------------------------------- 2
add('nbcnews_20140610_dow_record_sp500_run_halts', 'nbcnews.com',
    'http://www.nbcnews.com/business/markets/dow-ends-record-high-s-p-500-slips-back-winning-n127251',
    'NBC News (CNBC/Reuters market report)', '2014-06-10', 'high',
    'The page shows no date. "On Tuesday", the Dow\'s 16,945.92 close "eclipsing Monday\'s record close", the S&P 500 at 1,950.79 and April job openings and wholesale inventories released that day fix the session as Tuesday 2014-06-10. "Last week" is the week ending Friday 2014-06-06.',
    "Dow Ends at Record High, but S&P 500 Slips Back From Winning Run (NBC News). The Dow hit a new high on Tuesday although stocks edged mostly lower, halting the S&P 500's record-smashing run on a lackluster day of trading. "
    "The Dow Jones Industrial Average closed unofficially 2.8 points higher at 16,945.92, eclipsing Monday's record close. But the S&P 500, which also closed at a record on Monday, fell about half a point to 1,950.79 and the Nasdaq added just 1 point. "
    "\"It's a catalyst-light day, but we've been up 11 out of the last 13 days,\" said Art Hogan, chief market strategist at Wunderlich Securities, who pointed out that while the Dow has closed at a record high nine times in 2014, it's up a less-dramatic 2.1 percent for the year. "
    "The CBOE Volatility Index, or VIX, rose 0.4 percent to 11.19, after last week's drop of nearly 6 percent to 10.73, its lowest in more than seven years. "
    "A separate release had small businesses more optimistic in May, with the NFIB Optimism Index at its highest since September 2007. The 10-year Treasury yield rose 3 basis points to 2.636 percent.",
    [
        C('DJI', 'record_close', True, 'flag', 'The Dow hit a new high on Tuesday', "[is_record_close('DJI','2014-06-10'), record_close_dates('DJI','2014-06-01','2014-06-10')]", S, REC,
          'Record closes on 2014-06-09 (16,943.10) and 2014-06-10 (16,945.92).', ref='2014-06-10'),
        C('DJI', 'day_change_pts', 2.8, 'points', 'closed unofficially 2.8 points higher', "day_pts('DJI','2014-06-10')", S, D1, '+2.82 points.', ref='2014-06-10', basis='close (unofficial)'),
        C('DJI', 'close', 16945.92, 'index points', 'at 16,945.92', "close('DJI','2014-06-10')", S, D2, 'Close 16,945.92 (the final figure).', ref='2014-06-10', basis='close (unofficial)'),
        C('DJI', 'record_close_prev_day', True, 'flag', "eclipsing Monday's record close", "[weekday('2014-06-09'), is_record_close('DJI','2014-06-09')]", S, REC, 'Monday 2014-06-09 close 16,943.10 was a record.', ref='2014-06-09'),
        C('SPX', 'record_close_prev_day', True, 'flag', 'which also closed at a record on Monday', "is_record_close('SPX','2014-06-09')", S, REC, 'S&P 500 record close 1,951.27 on 2014-06-09.', ref='2014-06-09'),
        C('SPX', 'record_run_halted', True, 'flag', "halting the S&P 500's record-smashing run", "[record_close_dates('SPX','2014-05-20','2014-06-10'), is_record_close('SPX','2014-06-10')]", S, REC,
          'Record closes on 2014-06-04, 06-05, 06-06 and 06-09 (nine since 2014-05-23); no record on 2014-06-10.', ref='2014-06-10'),
        C('SPX', 'day_change_pts', -0.5, 'points', 'fell about half a point', "day_pts('SPX','2014-06-10')", S, ABOUT, '-0.48 point.', q='about', ref='2014-06-10'),
        C('SPX', 'close', 1950.79, 'index points', 'to 1,950.79', "close('SPX','2014-06-10')", S, D2, 'Close 1,950.79.', ref='2014-06-10'),
        C('IXIC', 'day_change_pts', 1, 'points', 'the Nasdaq added just 1 point', "day_pts('IXIC','2014-06-10')", I, 'truncated figure: imprecise',
          '+1.76 points (to 4,338.00); "1 point" truncates a figure that rounds to 2.', ref='2014-06-10'),
        C('SPX', 'up_days_of_last_13', 11, 'count', "we've been up 11 out of the last 13 days", "[up_days('SPX','2014-06-09',13), up_days('DJI','2014-06-09',13), up_days('SPX','2014-06-10',13)]", S, COUNT,
          'The quote names no index and was made during the session: the S&P 500 and the Dow each rose on 11 of the 13 sessions to Monday 2014-06-09 (10 of 13 for the S&P 500 once Tuesday\'s small loss is counted).', ref='2014-06-09', window='2014-05-21..2014-06-09'),
        C('DJI', 'record_closes_ytd', 9, 'count', 'the Dow has closed at a record high nine times in 2014', "[count_record_closes_between('DJI','2014-01-01','2014-06-09'), count_record_closes_between('DJI','2014-01-01','2014-06-10')]", I, 'count off by one (<= 20%): imprecise',
          'Nine record closes in 2014 through Monday 2014-06-09, ten including the record of the day the article reports (2014-06-10).', ref='2014-06-10', window='2014 to date'),
        C('DJI', 'ytd_change', 2.1, 'percent', 'it\'s up a less-dramatic 2.1 percent for the year', "[ytd('DJI','2014-06-10'), ytd('DJI','2014-06-09')]", I, PCTI,
          '+2.23% year to date at the 2014-06-10 close (+2.21% at Monday\'s): 0.13 point off, outside the one-decimal tolerance.', ref='2014-06-10', window='2014 to date'),
        C('VIX', 'day_change_pct', 0.4, 'percent', 'rose 0.4 percent to 11.19', "[day_pct('VIX','2014-06-10'), session_range_pct('VIX','2014-06-10')]", X, 'wrong direction at the close: contradicted',
          'The VIX closed at 10.99, down 1.43% from 11.15. A +0.4% reading (11.19) lies inside the session range (-1.97% to +4.57%) and looks like a print taken before the 4:15 p.m. VIX close; the passage presents it as the day\'s result.', ref='2014-06-10'),
        C('VIX', 'level', 11.19, 'index points', 'to 11.19', "[close('VIX','2014-06-10'), session_range('VIX','2014-06-10')]", X, 'level more than 1% from the close: contradicted',
          'Close 10.99 (1.8% below 11.19); the session range was 10.93 to 11.66, so 11.19 was touched during the day.', ref='2014-06-10'),
        C('VIX', 'week_change', -6, 'percent', "last week's drop of nearly 6 percent", "week_return('VIX','2014-06-06')", S, NEARLY, 'Week to Friday 2014-06-06: -5.88% (11.40 to 10.73).', q='nearly', ref='2014-06-06', window='week to 2014-06-06'),
        C('VIX', 'close', 10.73, 'index points', 'to 10.73', "close('VIX','2014-06-06')", S, D2, 'Friday 2014-06-06 close 10.73.', ref='2014-06-06'),
        C('VIX', 'lowest_since', 'more than seven years', 'period', 'its lowest in more than seven years', "[lowest_since('VIX','2014-06-06'), years_between('2007-02-23','2014-06-06')]", S, SINCE,
          'The last close at or below 10.73 was on 2007-02-23, 7.3 years earlier.', q='more than', ref='2014-06-06'),
        C('NFIB', 'highest_since', '2007-09', 'month', 'its highest since September 2007', None, U, NOFILE, 'The NFIB small-business optimism index is not in the files.', ref='2014-06-10'),
        C('US10Y', 'change_bp', 3, 'basis points', 'rose 3 basis points', "[rate('DGS10','2014-06-09'), rate('DGS10','2014-06-10'), rate_change_bp('DGS10','2014-06-09','2014-06-10')]", U, 'intraday yield change beyond FRED precision: unverifiable',
          'FRED DGS10 2.62 on 2014-06-09 and 2.64 on 2014-06-10: +2 basis points at two decimals, a change of anywhere from 1 to 3 basis points once rounding is allowed; the afternoon three-decimal move cannot be decided.', ref='2014-06-10', basis='afternoon'),
        C('US10Y', 'yield', 2.636, 'percent', 'to 2.636 percent', "rate('DGS10','2014-06-10')", S, YLD, 'FRED DGS10 2.64 on 2014-06-10 (a three-decimal print within 0.025 of FRED\'s value).', ref='2014-06-10', basis='afternoon'),
    ])
# ---------------------------------------------------------------- 3
add('rssing_20150824_dow_588_point_loss_ranks', 'average759.rssing.com',
    'https://average759.rssing.com/chan-18077369/article89.html',
    'unnamed US business outlet (article reproduced on an rssing.com feed page)', '2015-08-24', 'high',
    'The feed page gives no date or outlet. "Monday", "On Friday" and "last week" with a Dow loss of "about 588 points" after a fall of more than 1,000 points at the open fix the session as Monday 2015-08-24, "Friday" as 2015-08-21 and "last week" as the week ending 2015-08-21; the piece was written after the close. Point-loss ranks count the Dow file, which starts in 1992; no earlier daily point loss was larger than 508 points (1987), so the file decides them.',
    "U.S. stocks opened trading Monday with a precipitous tumble that saw the Dow fall more than 1,000 points at its lowest point. The selloff eventually gave way to something of a rebound, but still left the market with one of the biggest one-day declines in recent memory. "
    "The Dow Jones Industrial Average plunged about 5% shortly after U.S. markets opened, clawed back much of those losses, but still ended the day down about 588 points. That was the eighth-worst single-day loss in the index's history, in terms of the number of points lost. "
    "It was the second straight trading day of landmark losses for the Dow. On Friday, it dropped 531 points, or 3.1%, its tenth-worst one-day point loss. The index lost more than 1,000 points over the course of last week, fueled by worries about China's economy and the prospect of Federal Reserve rate hikes; "
    "the Dow, Nasdaq composite and S&P 500 each dropped by roughly 6% last week. For perspective, the infamous \"Black Monday\" crash of 1987 saw a smaller loss by points, but a much larger percentage decline of more than 22%. "
    "The largest single-day point decline for the Dow remains September 29, 2008, when the index fell nearly 778 points, or almost 7%, on a day when Congress rejected an early bank bailout plan. On October 15, 2008, the Dow tumbled another 733 points, a nearly 8% decline that marked the highest percentage drop since 1987; "
    "the Nasdaq and the S&P 500 each dropped by about 9% that day. The third-largest single day decline for the Dow came on September 17, 2001, the first day of trading after the September 11 attacks, which saw a 685-point drop, or 7.1%.",
    [
        C('DJI', 'intraday_low_change_pts', -1000, 'points', 'fall more than 1,000 points at its lowest point', "session_range_pts('DJI','2015-08-24')", S, 'session extreme: true beyond the bound',
          'Session low 15,370.33, 1,089.42 points below the 16,459.75 close of 2015-08-21.', q='more than', ref='2015-08-24', basis='intraday low'),
        C('DJI', 'early_change_pct', -5, 'percent', 'plunged about 5% shortly after U.S. markets opened', "session_range_pct('DJI','2015-08-24')", U, MID,
          'Session range -6.62% to 0.00%; a 5% loss lies inside it, so the early-trading reading cannot be checked.', q='about', ref='2015-08-24', basis='just after the open'),
        C('DJI', 'day_change_pts', -588, 'points', 'ended the day down about 588 points', "day_pts('DJI','2015-08-24')", S, ABOUT, '-588.40 points to 15,871.35.', q='about', ref='2015-08-24'),
        C('DJI', 'point_loss_rank', 8, 'rank', 'the eighth-worst single-day loss in the index\'s history', "[point_drop_rank('DJI','2015-08-24'), largest_point_drops('DJI','2015-08-24',10)]", S, RANK,
          'Eighth-largest point loss in the file: after 2008-09-29, 2008-10-15, 2001-09-17, 2008-12-01, 2008-10-09, 2011-08-08 and 2000-04-14. Losses before 1992 were all smaller than 508 points, so the 1992 start of the file does not change the rank.', ref='2015-08-24'),
        C('DJI', 'day_change_pts_prev', -531, 'points', 'On Friday, it dropped 531 points', "day_pts('DJI','2015-08-21')", S, INT, 'Friday 2015-08-21: -530.94 points.', ref='2015-08-21'),
        C('DJI', 'day_change_pct_prev', -3.1, 'percent', 'or 3.1%', "day_pct('DJI','2015-08-21')", S, D1, '-3.12% (3.125%).', ref='2015-08-21'),
        C('DJI', 'point_loss_rank_prev', 10, 'rank', 'its tenth-worst one-day point loss', "[point_drop_rank('DJI','2015-08-21','2015-08-24'), point_drop_rank('DJI','2015-08-21')]", S, RANK,
          'Tenth-largest once Monday\'s 588-point loss is counted (ninth as of the Friday close); 1997-10-27 (-554.20) ranks ninth.', ref='2015-08-24'),
        C('DJI', 'week_change_pts', -1000, 'points', 'The index lost more than 1,000 points over the course of last week', "pts('DJI','2015-08-14','2015-08-21')", S, MORE, 'Week to 2015-08-21: -1,017.65 points (17,477.40 to 16,459.75).', q='more than', ref='2015-08-21', window='week to 2015-08-21'),
        C('DJI,SPX,IXIC', 'week_change', -6, 'percent', 'each dropped by roughly 6% last week', "[week_return(t,'2015-08-21') for t in ('DJI','IXIC','SPX')]", S, ABOUT, 'Week to 2015-08-21: Dow -5.82%, Nasdaq -6.78%, S&P 500 -5.77%; all within 5% to 7%.', q='about', ref='2015-08-21', window='week to 2015-08-21'),
        C('DJI', 'black_monday_1987', 22, 'percent', 'a much larger percentage decline of more than 22%', None, U, 'Dow history before 1992 not in the files: unverifiable',
          'The Dow file starts on 1992-01-02; the 1987-10-19 loss (and its smaller point size) cannot be computed from it. The S&P 500 fell 20.47% that day.', q='more than', ref='1987-10-19'),
        C('DJI', 'largest_point_loss', '2008-09-29', 'date', 'The largest single-day point decline for the Dow remains September 29, 2008', "largest_point_drops('DJI','2015-08-24',1)", S, RANK, '-777.68 points on 2008-09-29 is the largest point loss in the file up to 2015-08-24.', ref='2008-09-29'),
        C('DJI', 'day_change_pts_20080929', -778, 'points', 'fell nearly 778 points', "day_pts('DJI','2008-09-29')", S, NEARLY, '-777.68 points.', q='nearly', ref='2008-09-29'),
        C('DJI', 'day_change_pct_20080929', -7, 'percent', 'or almost 7%', "day_pct('DJI','2008-09-29')", S, NEARLY, '-6.98%.', q='nearly', ref='2008-09-29'),
        C('DJI', 'day_change_pts_20081015', -733, 'points', 'tumbled another 733 points', "day_pts('DJI','2008-10-15')", S, INT, '-733.08 points on 2008-10-15.', ref='2008-10-15'),
        C('DJI', 'day_change_pct_20081015', -8, 'percent', 'a nearly 8% decline', "day_pct('DJI','2008-10-15')", S, NEARLY, '-7.87%.', q='nearly', ref='2008-10-15'),
        C('DJI', 'worst_pct_since', '1987', 'year', 'the highest percentage drop since 1987', "[day_pct('DJI','2008-10-15'), worst_day_pct('DJI','2008-10-14')]", U, 'Dow history before 1992 not in the files: unverifiable',
          'No loss of 7.87% or more appears in the file between 1992 and 2008-10-14 (the worst was -7.33% on 2008-10-09), but the years 1987-1991 are not in the Dow file, so "since 1987" cannot be confirmed.', ref='2008-10-15'),
        C('SPX,IXIC', 'day_change_pct_20081015', -9, 'percent', 'each dropped by about 9% that day', "[day_pct('IXIC','2008-10-15'), day_pct('SPX','2008-10-15')]", S, ABOUT, 'Nasdaq -8.47%, S&P 500 -9.03% on 2008-10-15; both within 8% to 10%.', q='about', ref='2008-10-15'),
        C('DJI', 'point_loss_rank_20010917', 3, 'rank', 'The third-largest single day decline for the Dow came on September 17, 2001', "[point_drop_rank('DJI','2001-09-17','2015-08-24'), largest_point_drops('DJI','2015-08-24',3)]", S, RANK,
          'As of 2015-08-24 the 2001-09-17 loss (-684.81) is the third-largest in points, after 2008-09-29 and 2008-10-15.', ref='2001-09-17'),
        C('DJI', 'day_change_pts_20010917', -685, 'points', 'a 685-point drop', "day_pts('DJI','2001-09-17')", S, INT, '-684.81 points.', ref='2001-09-17'),
        C('DJI', 'day_change_pct_20010917', -7.1, 'percent', 'or 7.1%', "day_pct('DJI','2001-09-17')", S, D1, '-7.13%.', ref='2001-09-17'),
    ])
# ---------------------------------------------------------------- 4
add('cbs_20161207_dow_sp500_records_best_day_since_november', 'cbsnews.com',
    'https://cbsnews.com/news/dow-s-p-500-close-at-record-highs',
    'Associated Press (via CBS News)', '2016-12-07', 'high',
    'The page shows no date. "On Wednesday", the Dow at 19,549 and the S&P 500 at 2,241, the Tuesday records and President-elect Trump\'s drug-price remarks to Time place it on Wednesday 2016-12-07; "Tuesday" is 2016-12-06. The sentence on the Russell 2000\'s gain follows the one on Tuesday\'s records and is judged against Wednesday\'s close, with Tuesday\'s figures in the note.',
    "Dow, S&P 500 close at record highs (Associated Press). NEW YORK - U.S. indexes surged to all-time highs on Wednesday, notching the market's biggest gain since early November. Investors are buying stocks that do well in times of faster economic growth, like technology and industrial companies, "
    "while drug companies took steep losses after President-elect Donald Trump said he wants to reduce drug prices. The Dow surged 298 points, or 1.6 percent, to close at 19,549. The Standard & Poor's 500 index climbed 29 points, or 1.3 percent, to 2,241. "
    "The Nasdaq composite gained 61 points, or 1.1 percent, to 5,395. Those were record high closes for the Dow and S&P 500. Transportation stocks reached all-time highs, which hasn't happened in two years. "
    "The Dow also closed at a record high on Tuesday, as did the Russell 2000, an index of smaller companies. The Russell recovered from an early loss to gain 9 points, or 0.7 percent. The S&P 500 set its latest record on Nov. 25.",
    [
        C('DJI,SPX', 'record_close', True, 'flag', 'Those were record high closes for the Dow and S&P 500', "[is_record_close('DJI','2016-12-07'), is_record_close('SPX','2016-12-07'), is_record_close('IXIC','2016-12-07')]", S, REC,
          'Both closed at records on 2016-12-07 (the Nasdaq did not: 5,393.76 against its 5,398.92 record of 2016-11-25).', ref='2016-12-07'),
        C('SPX', 'best_day_since', 'early November', 'period', "the market's biggest gain since early November", "[day_pct('SPX','2016-12-07'), last_gain_as_big('SPX','2016-12-07'), last_gain_as_big('DJI','2016-12-07')]", S, SINCE,
          'S&P 500 +1.32%; the last larger gain was +2.22% on 2016-11-07 (the Dow\'s too).', ref='2016-12-07'),
        C('DJI', 'day_change_pts', 298, 'points', 'The Dow surged 298 points', "day_pts('DJI','2016-12-07')", S, INT, '+297.84 points.', ref='2016-12-07'),
        C('DJI', 'day_change_pct', 1.6, 'percent', 'or 1.6 percent', "day_pct('DJI','2016-12-07')", S, D1, '+1.55% (1.547): within the one-decimal tolerance.', ref='2016-12-07'),
        C('DJI', 'close', 19549, 'index points', 'to close at 19,549', "close('DJI','2016-12-07')", I, 'truncated figure: imprecise', 'Close 19,549.62, which rounds to 19,550; the figure is truncated (0.62 point off).', ref='2016-12-07'),
        C('SPX', 'day_change_pts', 29, 'points', 'climbed 29 points', "day_pts('SPX','2016-12-07')", S, INT, '+29.12 points.', ref='2016-12-07'),
        C('SPX', 'day_change_pct', 1.3, 'percent', 'or 1.3 percent', "day_pct('SPX','2016-12-07')", S, D1, '+1.32%.', ref='2016-12-07'),
        C('SPX', 'close', 2241, 'index points', 'to 2,241', "close('SPX','2016-12-07')", S, INT, 'Close 2,241.35.', ref='2016-12-07'),
        C('IXIC', 'day_change_pts', 61, 'points', 'gained 61 points', "day_pts('IXIC','2016-12-07')", S, INT, '+60.76 points.', ref='2016-12-07'),
        C('IXIC', 'day_change_pct', 1.1, 'percent', 'or 1.1 percent', "day_pct('IXIC','2016-12-07')", S, D1, '+1.14%.', ref='2016-12-07'),
        C('IXIC', 'close', 5395, 'index points', 'to 5,395', "close('IXIC','2016-12-07')", I, 'index level off by more than the tolerance but within 1%: imprecise',
          'Close 5,393.76 (5,394 rounded); 1.24 points off, probably a preliminary figure.', ref='2016-12-07'),
        C('DJT', 'record_first_in_two_years', True, 'flag', "Transportation stocks reached all-time highs, which hasn't happened in two years", None, U, NOFILE, 'The Dow Jones Transportation Average is not in the files.', ref='2016-12-07'),
        C('DJI', 'record_close_tuesday', True, 'flag', 'The Dow also closed at a record high on Tuesday', "[weekday('2016-12-06'), is_record_close('DJI','2016-12-06')]", S, REC, 'Tuesday 2016-12-06 close 19,251.78 was a record.', ref='2016-12-06'),
        C('RUT', 'record_close_tuesday', True, 'flag', 'as did the Russell 2000', "[is_record_close('RUT','2016-12-06'), is_record_close('RUT','2016-12-07')]", S, REC, 'RUT record closes on 2016-12-06 (1,352.67) and again on 2016-12-07 (1,364.51).', ref='2016-12-06'),
        C('RUT', 'day_change_pts', 9, 'points', 'to gain 9 points', "[day_pts('RUT','2016-12-07'), session_range_pts('RUT','2016-12-07'), day_pts('RUT','2016-12-06')]", X, 'point change off by more than 20%: contradicted',
          'The RUT closed +11.84 points on Wednesday 2016-12-07 (it did recover from an early loss; session range -4.83 to +13.94), +14.88 on Tuesday; 9 points is 24% below Wednesday\'s gain and looks like an earlier intraday reading.', ref='2016-12-07'),
        C('RUT', 'day_change_pct', 0.7, 'percent', 'or 0.7 percent', "[day_pct('RUT','2016-12-07'), session_range_pct('RUT','2016-12-07'), day_pct('RUT','2016-12-06')]", X, PCTX,
          'Wednesday close +0.88% (0.875%); 0.7 is 0.18 point (20.0%) below it, just beyond the imprecise band; Tuesday\'s gain was 1.11%.', ref='2016-12-07'),
        C('SPX', 'previous_record_date', '2016-11-25', 'date', 'The S&P 500 set its latest record on Nov. 25', "record_close_dates('SPX','2016-11-01','2016-12-06')", S, DATE, 'Before 2016-12-07 the last S&P 500 record close was 2,213.35 on 2016-11-25.', ref='2016-11-25'),
    ])
# ---------------------------------------------------------------- 5
add('usatoday_20170223_dow_ten_straight_gains', 'usatoday.com',
    'http://www.usatoday.com/story/money/markets/2017/02/23/dow-jones-sets-sights-10th-up-day-row/98271534/',
    'USA Today (with a TheStreet video caption)', '2017-02-23', 'exact',
    'Date in the URL (2017/02/23), a Thursday; the story reports the 2017-02-23 close and its video caption the Wednesday 2017-02-22 close. Streak history before 1992 (1897, 1987, the streak that ended in January 1992) is not in the Dow file.',
    "The Dow Jones closed Wednesday at 20,775, notching its ninth straight day with a record finish, its longest record-making streak in 30 years (video caption, TheStreet). The streaky Dow on Thursday did what it hasn't done in nearly four years: finish higher for 10 consecutive trading days (USA Today). "
    "The Dow Jones industrial average hasn't finished in the red since Feb. 8, the day before President Trump promised a tax cut plan within weeks. On Thursday the Dow finished in the black for the 10th day in a row. That hasn't happened since March 2013. "
    "The blue chips climbed 0.2%, up 35 points to yet another all-time closing high of 20,810.32. Other major indexes: S&P 500, up less than 0.1% to 2363.81; Nasdaq composite, down 0.4% to 5835.51. It snapped a 15-day winning streak. "
    "The Dow will have to finish higher four more sessions to tie its record 14-session winning streak that dates to 1897, according to data compiled by Bespoke Investment Group. Next up is 11 up days in a row, which hasn't occurred since January 1992. "
    "The Dow would then have to match a 13-session winning streak notched 30 years ago in January 1987, nine months before the Black Monday crash.",
    [
        C('DJI', 'close_wednesday', 20775, 'index points', 'The Dow Jones closed Wednesday at 20,775', "[weekday('2017-02-22'), close('DJI','2017-02-22')]", I, 'truncated figure: imprecise', 'Wednesday 2017-02-22 close 20,775.60 (20,776 rounded).', ref='2017-02-22'),
        C('DJI', 'record_close_streak', 9, 'sessions', 'its ninth straight day with a record finish', "record_streak('DJI','2017-02-22')", S, STREAK, 'Record closes on every session from 2017-02-09 to 2017-02-22: nine.', ref='2017-02-22'),
        C('DJI', 'longest_record_streak_since', '1987', 'year', 'its longest record-making streak in 30 years', "record_streaks('DJI','1992-01-01','2017-02-21',8)", U, 'Dow history before 1992 not in the files: unverifiable',
          'No run of nine or more record closes appears in the file from 1992 to 2017-02-21 (the longest were eight, ending 1996-11-15 and 2013-03-14), but the years 1987-1991 are not in the Dow file.', ref='2017-02-22'),
        C('DJI', 'up_streak', 10, 'sessions', 'finish higher for 10 consecutive trading days', "up_streak('DJI','2017-02-23')", S, STREAK, 'Ten rising closes from 2017-02-09 to 2017-02-23.', ref='2017-02-23', window='2017-02-09..2017-02-23'),
        C('DJI', 'up_streak_first_since', 'nearly four years', 'period', "what it hasn't done in nearly four years", "[last_up_streak_at_least('DJI','2017-02-23'), years_between('2013-03-14','2017-02-23')]", S, NEARLY,
          'The last run of ten rising closes ended on 2013-03-14, 3.9 years earlier.', q='nearly', ref='2017-02-23'),
        C('DJI', 'last_down_day', '2017-02-08', 'date', "hasn't finished in the red since Feb. 8", "[day_pts('DJI','2017-02-08'), up_streak('DJI','2017-02-23')]", S, DATE, 'The Dow fell 35.95 points on 2017-02-08 and rose on every session after it.', ref='2017-02-08'),
        C('DJI', 'up_streak_last_time', '2013-03', 'month', "That hasn't happened since March 2013", "last_up_streak_at_least('DJI','2017-02-23')", S, SINCE, 'The previous ten-session winning streak ended on 2013-03-14.', ref='2013-03-14'),
        C('DJI', 'day_change_pct', 0.2, 'percent', 'The blue chips climbed 0.2%', "day_pct('DJI','2017-02-23')", S, D1, '+0.17%.', ref='2017-02-23'),
        C('DJI', 'day_change_pts', 35, 'points', 'up 35 points', "day_pts('DJI','2017-02-23')", S, INT, '+34.72 points.', ref='2017-02-23'),
        C('DJI', 'record_close', 20810.32, 'index points', 'yet another all-time closing high of 20,810.32', "[close('DJI','2017-02-23'), is_record_close('DJI','2017-02-23')]", S, REC, 'Record close 20,810.32.', ref='2017-02-23'),
        C('SPX', 'day_change_pct', 0.1, 'percent', 'up less than 0.1%', "day_pct('SPX','2017-02-23')", S, LESS, '+0.04%.', q='less than', ref='2017-02-23'),
        C('SPX', 'close', 2363.81, 'index points', 'to 2363.81', "close('SPX','2017-02-23')", S, D2, 'Close 2,363.81.', ref='2017-02-23'),
        C('IXIC', 'day_change_pct', -0.4, 'percent', 'down 0.4%', "day_pct('IXIC','2017-02-23')", S, D1, '-0.43%.', ref='2017-02-23'),
        C('IXIC', 'close', 5835.51, 'index points', 'to 5835.51', "close('IXIC','2017-02-23')", S, D2, 'Close 5,835.51.', ref='2017-02-23'),
        C('IXIC', 'up_streak_snapped', 15, 'sessions', 'It snapped a 15-day winning streak', "[up_streak('IXIC','2017-02-22'), day_pct('IXIC','2017-02-22'), up_streaks('IXIC','2017-01-01','2017-02-23',5)]", X, 'wrong streak: contradicted',
          'The Nasdaq had already fallen on Wednesday 2017-02-22 (-0.09%), so no winning streak was running; its longest run of 2017 was seven rising closes ending 2017-02-15.', ref='2017-02-23'),
        C('DJI', 'record_up_streak', 14, 'sessions', 'its record 14-session winning streak that dates to 1897', None, U, 'Dow history before 1992 not in the files: unverifiable', 'The Dow file starts in 1992.', ref='1897'),
        C('DJI', 'up_streak_11_last', '1992-01', 'month', "11 up days in a row, which hasn't occurred since January 1992", "up_streaks('DJI','1992-01-01','2017-02-23',10)", U, 'Dow history before 1992 not in the files: unverifiable',
          'The file has no run of 11 rising closes from 1992 to 2017-02-23 (the longest are 10, ending 1996-11-15, 2013-03-14 and 2017-02-23), which fits the claim; but a streak ending in January 1992 began in December 1991, before the file starts.', ref='1992-01'),
        C('DJI', 'up_streak_13_1987', 13, 'sessions', 'a 13-session winning streak notched 30 years ago in January 1987', None, U, 'Dow history before 1992 not in the files: unverifiable', 'The Dow file starts in 1992.', ref='1987-01'),
    ])
# ---------------------------------------------------------------- 6
add('foxbusiness_20170808_dow_record_number_of_records', 'foxbusiness.com',
    'https://www.foxbusiness.com/features/market-snapshot-the-dow-is-halfway-toward-having-a-record-number-of-records',
    'Fox Business (MarketWatch "Market Snapshot", citing Bespoke Investment Group)', '2017-08-08', 'high',
    'The page shows no date. "Aug. 7, the date of the most recent Dow record" and "ending each of the past nine sessions at closing highs" (record closes 2017-07-26 to 2017-08-07) place it on Tuesday 2017-08-08, before that day\'s close (the Dow fell 0.15% on 2017-08-08, ending the streak). Counts use the Dow file from 1992; the first session of the file cannot count as a record.',
    "MARKET SNAPSHOT: The Dow Is Halfway Toward Having A Record Number Of Records (Fox Business). The Dow Jones Industrial Average has been hitting a lot of records lately, including ending each of the past nine sessions at closing highs. But it is only about halfway to hitting a record number of records. "
    "The blue-chip average has registered 35 record closes thus far in 2017, according to data from Bespoke Investment Group, in a bull market in which the Dow has posted new records in every calendar year since 2013. The records in 2017 have largely come in two chunks: a 12-day stretch of records in February, and the current streak of nine. "
    "While 35 record closes may sound like a lot, it would only make for the 16th-highest annual number, according to data going back to 1900. The total was topped as recently as 2014, which featured 38 record-high closes, a number that was itself down from the recent peak of 52 hit in 2013. "
    "The all-time-records record occurred in 1995, when the Dow saw 70 all-time-high closes, during the run-up to the dot-com-era peak. Looking solely at records registered between Jan. 1 and Aug. 7, the date of the most recent Dow record, 2017's total looks more impressive: "
    "the last time the blue-chip average had this many records over that stretch was in 1997, when 39 highs were notched over the comparable period.",
    [
        C('DJI', 'record_close_streak', 9, 'sessions', 'ending each of the past nine sessions at closing highs', "[record_streak('DJI','2017-08-07'), record_close_dates('DJI','2017-07-20','2017-08-07')]", S, STREAK, 'Nine consecutive record closes, 2017-07-26 to 2017-08-07.', ref='2017-08-07'),
        C('DJI', 'record_closes_ytd', 35, 'count', 'has registered 35 record closes thus far in 2017', "count_record_closes_between('DJI','2017-01-01','2017-08-07')", S, COUNT, '35 record closes from 2017-01-03 to 2017-08-07.', ref='2017-08-07', window='2017 to date'),
        C('DJI', 'share_of_record_year', 0.5, 'ratio', 'only about halfway to hitting a record number of records', "[count_record_closes_between('DJI','2017-01-01','2017-08-07'), max_record_closes_year('DJI',1993,2016)]", S, ABOUT, '35 of the 69 record closes of 1995 (the most in the file): 51%.', q='about', ref='2017-08-07'),
        C('DJI', 'records_every_year_since', 2013, 'year', 'the Dow has posted new records in every calendar year since 2013', "[count_record_closes(t,y) for t in ['DJI'] for y in (2012, 2013, 2014, 2015, 2016)] + [count_record_closes_between('DJI','2017-01-01','2017-08-07')]", S, COUNT,
          'Record closes: 2012 none, 2013 52, 2014 38, 2015 6, 2016 26, 2017 35 to date.', ref='2017-08-07', window='2013..2017'),
        C('DJI', 'february_record_streak', 12, 'sessions', 'a 12-day stretch of records in February', "record_streaks('DJI','2017-01-01','2017-08-07',5)", S, STREAK, 'Twelve consecutive record closes, 2017-02-09 to 2017-02-27.', ref='2017-02-27', window='2017-02-09..2017-02-27'),
        C('DJI', 'current_record_streak', 9, 'sessions', 'the current streak of nine', "record_streaks('DJI','2017-01-01','2017-08-07',5)", S, STREAK, 'The run ending 2017-08-07 was nine sessions long.', ref='2017-08-07'),
        C('DJI', 'annual_rank', 16, 'rank', "the 16th-highest annual number, according to data going back to 1900", None, U, 'Dow history before 1992 not in the files: unverifiable',
          'Ranking a year against every year since 1900 needs Dow data the file lacks (it starts in 1992). Within 1993-2016 a 35-record year would tie 1999 for sixth (after 1995, 2013, 1996, 1997 and 2014).', ref='2017-08-07'),
        C('DJI', 'record_closes_2014', 38, 'count', 'which featured 38 record-high closes', "count_record_closes('DJI',2014)", S, COUNT, '38 record closes in 2014.', ref='2014-12-31', window='2014'),
        C('DJI', 'record_closes_2013', 52, 'count', 'the recent peak of 52 hit in 2013', "[count_record_closes('DJI',2013), [count_record_closes('DJI',y) for y in range(2000,2013)]]", S, COUNT, '52 record closes in 2013, more than any year since 1999 (2007 had 34).', ref='2013-12-31', window='2013'),
        C('DJI', 'record_closes_1995', 70, 'count', 'when the Dow saw 70 all-time-high closes', "[count_record_closes('DJI',1995), max_record_closes_year('DJI',1993,2016)]", I, 'count off by one (<= 20%): imprecise',
          'The file has 69 record closes in 1995, still the most of any year in it; 70 is one too many.', ref='1995-12-31', window='1995'),
        C('DJI', 'most_records_jan1_aug7_since', 1997, 'year', "the last time the blue-chip average had this many records over that stretch was in 1997", "[(y, count_record_closes_between('DJI','%d-01-01' % y,'%d-08-07' % y)) for y in range(1997, 2017)]", S, SINCE,
          'Record closes from January 1 to August 7: 1997 39, then no year with 35 or more until 2017 (1998 and 1999 29, 2007 32, 2013 30).', ref='2017-08-07', window='Jan 1..Aug 7'),
        C('DJI', 'records_jan1_aug7_1997', 39, 'count', 'when 39 highs were notched over the comparable period', "count_record_closes_between('DJI','1997-01-01','1997-08-07')", S, COUNT, '39 record closes from 1997-01-02 to 1997-08-07 (the 1997 total was also 39).', ref='1997-08-07', window='1997-01-01..1997-08-07'),
    ])
# ---------------------------------------------------------------- 7
add('schwab_20181008_columbus_day_yields_highest_since', 'pacsunfinancial.com',
    'https://pacsunfinancial.com/2018/10/08/october-8-2018/',
    'Charles Schwab (Schwab Center for Financial Research daily close), reposted by an adviser site', '2018-10-08', 'exact',
    'Date in the URL (2018/10/08), Monday, Columbus Day: stocks traded, the Treasury market was closed, so the yields quoted are Friday 2018-10-05 levels ("sits at") and are judged against FRED\'s 2018-10-05 values.',
    "The U.S. equity markets finished mixed in choppy action, with the continued rise in global bond yields again making market participants nervous, despite policy easing measures from China's central bank. Treasury markets were closed in observance of Columbus Day (Charles Schwab). "
    "The Dow Jones Industrial Average (DJIA) rose 39 points (0.2%) to 26,487, the S&P 500 Index was down 1 point to 2,885, and the NASDAQ Composite fell 53 points (0.7%) to 7,734. WTI crude oil inched $0.05 lower to $74.29 per barrel, and the Bloomberg gold spot price tumbled $15.44 to $1,188.19 per ounce. "
    "Following last week's surge in interest rates, the yield on the 2-year note sits at 2.89%—the highest since 2008—the yield on the 10-year note jumped to 3.23%—a level not seen since 2011—and the 30-year bond rallied to 3.40%—the strongest rate since 2014. "
    "The markets continue to grapple with signals the Fed is likely to continue to tighten monetary policy following hawkish commentary from Chairman Jerome Powell and Friday's September nonfarm payroll report.",
    [
        C('CALENDAR', 'bond_market_closed', True, 'flag', 'Treasury markets were closed in observance of Columbus Day', "[weekday('2018-10-08'), is_trading_day('SPX','2018-10-08'), rate_has_value('DGS10','2018-10-08'), rate_has_value('DGS2','2018-10-08')]", S, DATE,
          'Monday 2018-10-08 is a stock-market session but FRED has no DGS10 or DGS2 value for it (Columbus Day); the last value before it is Friday\'s.', ref='2018-10-08'),
        C('DJI', 'day_change_pts', 39, 'points', 'rose 39 points', "day_pts('DJI','2018-10-08')", I, 'truncated figure: imprecise', '+39.73 points (40 rounded).', ref='2018-10-08'),
        C('DJI', 'day_change_pct', 0.2, 'percent', '(0.2%)', "day_pct('DJI','2018-10-08')", S, D1, '+0.15%, within the one-decimal tolerance.', ref='2018-10-08'),
        C('DJI', 'close', 26487, 'index points', 'to 26,487', "close('DJI','2018-10-08')", S, INT, 'Close 26,486.78.', ref='2018-10-08'),
        C('SPX', 'day_change_pts', -1, 'points', 'was down 1 point', "day_pts('SPX','2018-10-08')", S, INT, '-1.14 points.', ref='2018-10-08'),
        C('SPX', 'close', 2885, 'index points', 'to 2,885', "close('SPX','2018-10-08')", I, 'index level off by more than the tolerance but within 1%: imprecise', 'Close 2,884.43 (2,884 rounded); 0.57 point off, perhaps a preliminary figure.', ref='2018-10-08'),
        C('IXIC', 'day_change_pts', -53, 'points', 'fell 53 points', "day_pts('IXIC','2018-10-08')", S, INT, '-52.50 points exactly (7,788.45 to 7,735.95): 53 is at the edge of the integer tolerance.', ref='2018-10-08'),
        C('IXIC', 'day_change_pct', -0.7, 'percent', '(0.7%)', "day_pct('IXIC','2018-10-08')", S, D1, '-0.67%.', ref='2018-10-08'),
        C('IXIC', 'close', 7734, 'index points', 'to 7,734', "close('IXIC','2018-10-08')", I, 'index level off by more than the tolerance but within 1%: imprecise', 'Close 7,735.95; 1.95 points off.', ref='2018-10-08'),
        C('WTI', 'price', 74.29, 'dollars', 'inched $0.05 lower to $74.29 per barrel', None, U, NOFILE, 'Oil prices are not in the files.', ref='2018-10-08'),
        C('GOLD', 'price', 1188.19, 'dollars', 'tumbled $15.44 to $1,188.19 per ounce', None, U, NOFILE, 'Gold prices are not in the files.', ref='2018-10-08'),
        C('US2Y', 'yield', 2.89, 'percent', 'the yield on the 2-year note sits at 2.89%', "[rate('DGS2','2018-10-05'), rate('DGS2','2018-10-09')]", S, YLD, 'FRED DGS2 2.88 on 2018-10-05 (and 2018-10-09): within 0.025.', ref='2018-10-05', basis='end of day (Friday)'),
        C('US2Y', 'highest_since', '2008', 'year', 'the highest since 2008', "rate_last_at_or_above('DGS2','2018-10-05')", S, SINCE, 'The last FRED close at or above 2.88 was on 2008-06-23.', ref='2018-10-05'),
        C('US10Y', 'yield', 3.23, 'percent', 'the yield on the 10-year note jumped to 3.23%', "rate('DGS10','2018-10-05')", S, YLD, 'FRED DGS10 3.23 on 2018-10-05 (3.05 a week earlier).', ref='2018-10-05', basis='end of day (Friday)'),
        C('US10Y', 'highest_since', '2011', 'year', 'a level not seen since 2011', "rate_last_at_or_above('DGS10','2018-10-05')", S, SINCE, 'The last FRED close at or above 3.23 was on 2011-05-10.', ref='2018-10-05'),
        C('US30Y', 'yield_highest_since', '2014', 'year', 'the 30-year bond rallied to 3.40%—the strongest rate since 2014', None, U, NOFILE, 'The 30-year yield is not in the files.', ref='2018-10-05'),
    ])
# ---------------------------------------------------------------- 8
add('wapo_20181226_dow_1086_biggest_point_gain', 'washingtonpost.com',
    'https://www.washingtonpost.com/business/economy/us-stocks-volatile-as-markets-try-to-recover-from-christmas-eve-freefall/2018/12/26/29f8905e-0928-11e9-85b6-41c0fe0c5b8f_story.html',
    'The Washington Post', '2018-12-26', 'exact',
    'Date in the URL (2018/12/26), a Wednesday, the first session after Christmas; "Monday" is the Christmas Eve session of 2018-12-24. The S&P 500 file before 1957 is the S&P 90, so "the best Dec. 26 on record" is checked on the whole GSPC file.',
    "Dow soars more than 1,050 points, its biggest point gain in history, recovering from days of losses (The Washington Post). Stocks on Wednesday climbed back from their epic Christmas Eve plunge as all three indexes posted big gains. "
    "The Dow Jones industrial average roared 1,086 points, or 4.98 percent — its biggest point gain in history — as stocks snapped a four-day losing streak that had placed the 10-year bull market on the edge of death Monday. "
    "Wednesday's 4.96 percent climb of nearly 117 points in the S&P 500 is the best Dec. 26 on record, surpassing the 3.06 percent gain set in 1973, according to S&P Dow Jones Indices. It was the largest daily percentage gain for markets since March 2009. "
    "The Nasdaq composite rose 361 points, 5.8 percent, to close at 6,554. Both the S&P and the Nasdaq enjoyed their best day in three years. But despite the big gains, all three indexes are still in the loss column as the year's end approaches.",
    [
        C('DJI', 'day_change_pts', 1050, 'points', 'Dow soars more than 1,050 points', "day_pts('DJI','2018-12-26')", S, MORE, '+1,086.25 points.', q='more than', ref='2018-12-26'),
        C('DJI', 'day_change_pts_exact', 1086, 'points', 'roared 1,086 points', "day_pts('DJI','2018-12-26')", S, INT, '+1,086.25 points to 22,878.45.', ref='2018-12-26'),
        C('DJI', 'day_change_pct', 4.98, 'percent', 'or 4.98 percent', "day_pct('DJI','2018-12-26')", S, D2, '+4.985% (4.98 or 4.99 depending on rounding; within 0.025).', ref='2018-12-26'),
        C('DJI', 'largest_point_gain', True, 'flag', '— its biggest point gain in history —', "largest_point_gains('DJI','2018-12-26',2)", S, RANK, 'Largest daily point gain in the file; the previous largest was +936.42 on 2008-10-13 (earlier Dow history had no gains near that size).', ref='2018-12-26'),
        C('DJI,SPX,IXIC', 'losing_streak_snapped', 4, 'sessions', 'snapped a four-day losing streak', "[down_streak(t,'2018-12-24') for t in ('DJI','SPX','IXIC')]", S, STREAK, 'All three fell on 2018-12-19, 12-20, 12-21 and 12-24 and rose on 12-26.', ref='2018-12-24', window='2018-12-19..2018-12-24'),
        C('SPX', 'day_change_pct', 4.96, 'percent', "Wednesday's 4.96 percent climb", "day_pct('SPX','2018-12-26')", S, D2, '+4.96%.', ref='2018-12-26'),
        C('SPX', 'day_change_pts', 117, 'points', 'nearly 117 points', "day_pts('SPX','2018-12-26')", S, NEARLY, '+116.60 points.', q='nearly', ref='2018-12-26'),
        C('SPX', 'best_dec26', True, 'flag', 'the best Dec. 26 on record', "best_calendar_day('SPX',12,26,'2018-12-26',3)", S, RANK, 'Best December 26 in the GSPC file (from 1928): 2018 +4.96%, then 1973 +3.06%, 1945 +2.53%.', ref='2018-12-26'),
        C('SPX', 'previous_best_dec26', 3.06, 'percent', 'surpassing the 3.06 percent gain set in 1973', "best_calendar_day('SPX',12,26,'2018-12-26',3)[1]", S, D2, '1973-12-26: +3.06%.', ref='1973-12-26'),
        C('DJI,SPX,IXIC', 'best_day_since', '2009-03', 'month', 'the largest daily percentage gain for markets since March 2009', "[last_gain_as_big(t,'2018-12-26') for t in ('DJI','SPX','IXIC')]", S, SINCE, 'For each index the last larger daily gain was on 2009-03-23.', ref='2018-12-26'),
        C('IXIC', 'day_change_pts', 361, 'points', 'The Nasdaq composite rose 361 points', "day_pts('IXIC','2018-12-26')", S, INT, '+361.44 points.', ref='2018-12-26'),
        C('IXIC', 'day_change_pct', 5.8, 'percent', '5.8 percent, to close at 6,554', "day_pct('IXIC','2018-12-26')", S, D1, '+5.84%.', ref='2018-12-26'),
        C('IXIC', 'close', 6554, 'index points', 'to close at 6,554', "close('IXIC','2018-12-26')", S, INT, 'Close 6,554.36.', ref='2018-12-26'),
        C('SPX,IXIC', 'best_day_in', 'three years', 'period', 'Both the S&P and the Nasdaq enjoyed their best day in three years', "[last_gain_as_big('SPX','2018-12-26'), last_gain_as_big('IXIC','2018-12-26')]", I, SINCEU,
          'Understated: neither index had a gain as large since 2009-03-23, nearly ten years earlier (as the article itself says a sentence before).', ref='2018-12-26'),
        C('DJI,SPX,IXIC', 'ytd_negative', True, 'flag', "all three indexes are still in the loss column as the year's end approaches", "[ytd(t,'2018-12-26') for t in ('DJI','SPX','IXIC')]", S, 'sign matches', 'Year to date at the 2018-12-26 close: Dow -7.45%, S&P 500 -7.70%, Nasdaq -5.06%.', ref='2018-12-26', window='2018 to date'),
    ])
# ---------------------------------------------------------------- 9
add('cnbc_20190805_worst_day_of_2019_losing_streaks', 'cnbc.com',
    'https://www.cnbc.com/2019/08/05/us-futures-amid-trade-turmoil-between-beijing-and-washington.html',
    'CNBC', '2019-08-05', 'exact',
    'Date in the URL (2019/08/05), a Monday; the figures are the 2019-08-05 close, the intraday drop is that session\'s low, and "last month" is July 2019.',
    "Dow plunges 760 points in worst day of 2019 as trade war intensifies (CNBC). Stocks fell sharply Monday as a trade war between the world's largest economies intensified, with China retaliating against President Donald Trump's latest move. "
    "The Dow Jones Industrial Average plunged 767.27 points, or 2.9%, to close at 25,717.74 and dropped as much as 961.63 points at one point. The S&P 500 dropped nearly 3% to 2,844.74. The Nasdaq Composite lagged, falling 3.5% to 7,726.04. "
    "It was the worst percentage drop for all three indexes this year. The S&P 500 is now more than 6% below its record hit only last month. The Nasdaq fell for a sixth straight session, its longest losing streak since late 2016. "
    "The S&P 500 also posted a six-day losing streak. The Dow declined for a fifth straight day. The move continues a sell-off that began last week when Trump ordered new tariffs on the rest of Chinese goods and the Federal Reserve failed to signal it would be as aggressive as the market hoped.",
    [
        C('DJI', 'day_change_pts', -760, 'points', 'Dow plunges 760 points', "day_pts('DJI','2019-08-05')", I, 'point change off by more than the tolerance but within 20%: imprecise',
          '-767.27 points; the headline figure is 7.27 points (1%) short (the body gives the exact figure).', ref='2019-08-05'),
        C('DJI', 'worst_day_of_year', True, 'flag', 'in worst day of 2019', "pct_drop_rank('DJI','2019-08-05','2019-01-01')", S, RANK, '-2.90%, the largest daily percent loss of 2019 to date.', ref='2019-08-05', window='2019'),
        C('DJI', 'day_change_pts_exact', -767.27, 'points', 'plunged 767.27 points', "day_pts('DJI','2019-08-05')", S, D2, '-767.27.', ref='2019-08-05'),
        C('DJI', 'day_change_pct', -2.9, 'percent', 'or 2.9%, to close at 25,717.74', "day_pct('DJI','2019-08-05')", S, D1, '-2.90%.', ref='2019-08-05'),
        C('DJI', 'close', 25717.74, 'index points', 'to close at 25,717.74', "close('DJI','2019-08-05')", S, D2, 'Close 25,717.74.', ref='2019-08-05'),
        C('DJI', 'intraday_drop_pts', -961.63, 'points', 'dropped as much as 961.63 points at one point', "session_range_pts('DJI','2019-08-05')", S, 'as much as (session extreme): within one unit of the last digit', 'Session low 25,523.38, 961.63 points below the 26,485.01 close of 2019-08-02.', q='as much as', ref='2019-08-05', basis='intraday low'),
        C('SPX', 'day_change_pct', -3, 'percent', 'The S&P 500 dropped nearly 3%', "day_pct('SPX','2019-08-05')", S, NEARLY, '-2.98%.', q='nearly', ref='2019-08-05'),
        C('SPX', 'close', 2844.74, 'index points', 'to 2,844.74', "close('SPX','2019-08-05')", S, D2, 'Close 2,844.74.', ref='2019-08-05'),
        C('IXIC', 'day_change_pct', -3.5, 'percent', 'falling 3.5%', "day_pct('IXIC','2019-08-05')", S, D1, '-3.47%.', ref='2019-08-05'),
        C('IXIC', 'close', 7726.04, 'index points', 'to 7,726.04', "close('IXIC','2019-08-05')", S, D2, 'Close 7,726.04.', ref='2019-08-05'),
        C('DJI,SPX,IXIC', 'worst_day_of_year', True, 'flag', 'the worst percentage drop for all three indexes this year', "[pct_drop_rank(t,'2019-08-05','2019-01-01') for t in ('DJI','SPX','IXIC')]", S, RANK, 'For each index 2019-08-05 was the largest daily percent loss of 2019 to date.', ref='2019-08-05', window='2019'),
        C('SPX', 'pct_from_ath', 6, 'percent', 'now more than 6% below its record', "[pct_below_record('SPX','2019-08-05'), record_close_upto('SPX','2019-08-05'), drawdown_range('SPX','2019-08-05')]", I, 'bound missed by a hair (percent figure within the imprecise band): imprecise',
          'At the close 2,844.74 was 5.99% (5.986%) below the 3,025.86 record of 2019-07-26, just short of "more than 6%"; at the session low (2,822.12) the gap was 6.73%.', q='more than', ref='2019-08-05'),
        C('SPX', 'record_date', '2019-07', 'month', 'its record hit only last month', "record_close_upto('SPX','2019-08-05')", S, DATE, 'Record close 3,025.86 on 2019-07-26.', ref='2019-07-26'),
        C('IXIC', 'down_streak', 6, 'sessions', 'The Nasdaq fell for a sixth straight session', "down_streak('IXIC','2019-08-05')", S, STREAK, 'Six falling closes, 2019-07-29 to 2019-08-05.', ref='2019-08-05'),
        C('IXIC', 'longest_losing_streak_since', 'late 2016', 'period', 'its longest losing streak since late 2016', "down_streaks('IXIC','2016-01-01','2019-08-05',6)", S, SINCE, 'The last run of six or more falling closes ended on 2016-11-04 (nine sessions).', ref='2019-08-05'),
        C('SPX', 'down_streak', 6, 'sessions', 'The S&P 500 also posted a six-day losing streak', "down_streak('SPX','2019-08-05')", S, STREAK, 'Six falling closes, 2019-07-29 to 2019-08-05.', ref='2019-08-05'),
        C('DJI', 'down_streak', 5, 'sessions', 'The Dow declined for a fifth straight day', "down_streak('DJI','2019-08-05')", S, STREAK, 'Five falling closes, 2019-07-30 to 2019-08-05.', ref='2019-08-05'),
    ])
# ---------------------------------------------------------------- 10
add('nydailynews_20200312_worst_day_since_1987', 'nydailynews.com',
    'https://www.nydailynews.com/news/national/ny-stock-market-crash-not-stonks-20200312-l3pe7jw3dbgdbanzj2cyshk2ly-story.html',
    'New York Daily News', '2020-03-12', 'exact',
    'Date in the URL (20200312) and on the page, a Thursday; "Monday and Wednesday" are 2020-03-09 and 2020-03-11. Dow ranks that reach back to 1929 and 1987 need history the Dow file (from 1992) lacks; the S&P 500 file reaches back to 1928 (S&P 90 before 1957).',
    "U.S. stocks had their fourth-worst day on record and worst since 1987 on Thursday, continuing a week-long sell-off as the coronavirus pandemic spreads across the country (New York Daily News). "
    "The Dow Jones industrial average dropped 2,352.60 points, the largest raw point drop in its history, beating out Monday and Wednesday from earlier this week. By percentage, 10%, it was the market-defining metric's fourth-worst day ever, behind the 1987 plunge and the first two days of the Great Depression-opening 1929 crash. "
    "The S&P 500 dropped 9.5%, and the Nasdaq fell 9.4%. Just after the opening bell Thursday, the S&P dropped so sharply that it triggered a market-wide emergency trading halt. That procedure, put in place after the 1987 collapse, had only been used once prior to this week, in 1997. It has now been used twice in four days. "
    "Midway through the day, the Federal Reserve offered $1.5 trillion in loans to banks in an effort to stop the market's free-fall, but it proved to be only temporary relief.",
    [
        C('DJI', 'pct_loss_rank', 4, 'rank', 'fourth-worst day on record', "[pct_drop_rank('DJI','2020-03-12'), pct_drop_rank('SPX','2020-03-12')]", U, 'Dow history before 1992 not in the files: unverifiable',
          'The article ranks the Dow (see the next paragraph); its earlier history is not in the file, where 2020-03-12 (-9.99%) is the worst day since 1992. The S&P 500\'s -9.51% ranks seventh in the GSPC file.', ref='2020-03-12'),
        C('SPX', 'worst_since', '1987', 'year', 'worst since 1987', "[last_drop_as_big('SPX','2020-03-12'), pct_drop_rank('DJI','2020-03-12')]", S, SINCE,
          'The last S&P 500 loss at least as large as -9.51% was 1987-10-19 (-20.47%); in the Dow file (from 1992) no day was worse than -9.99%, consistent with the claim.', ref='2020-03-12'),
        C('DJI', 'day_change_pts', -2352.60, 'points', 'dropped 2,352.60 points', "day_pts('DJI','2020-03-12')", S, D2, '-2,352.60 to 21,200.62.', ref='2020-03-12'),
        C('DJI', 'largest_point_loss', True, 'flag', 'the largest raw point drop in its history', "largest_point_drops('DJI','2020-03-12',3)", S, RANK, 'Largest daily point loss in the file (earlier Dow history had no point losses near this size).', ref='2020-03-12'),
        C('DJI', 'beats_monday_wednesday', True, 'comparison', 'beating out Monday and Wednesday from earlier this week', "[largest_point_drops('DJI','2020-03-11',2), weekday('2020-03-09'), weekday('2020-03-11')]", S, RANK,
          'Before Thursday the two largest point losses were Monday 2020-03-09 (-2,013.76) and Wednesday 2020-03-11 (-1,464.94).', ref='2020-03-12'),
        C('DJI', 'day_change_pct', -10, 'percent', 'By percentage, 10%', "day_pct('DJI','2020-03-12')", S, INT, '-9.99%.', ref='2020-03-12'),
        C('DJI', 'pct_loss_rank_history', 4, 'rank', "fourth-worst day ever, behind the 1987 plunge and the first two days of the Great Depression-opening 1929 crash", "pct_drop_rank('DJI','2020-03-12')", U, 'Dow history before 1992 not in the files: unverifiable',
          'The 1929 and 1987 sessions are not in the Dow file; in the file 2020-03-12 ranks first.', ref='2020-03-12'),
        C('SPX', 'day_change_pct', -9.5, 'percent', 'The S&P 500 dropped 9.5%', "day_pct('SPX','2020-03-12')", S, D1, '-9.51%.', ref='2020-03-12'),
        C('IXIC', 'day_change_pct', -9.4, 'percent', 'the Nasdaq fell 9.4%', "day_pct('IXIC','2020-03-12')", S, D1, '-9.43%.', ref='2020-03-12'),
        C('SPX', 'circuit_breaker_at_open', True, 'flag', 'triggered a market-wide emergency trading halt', "session_range_pct('SPX','2020-03-12')", U, 'trading halts are not in the files: unverifiable',
          'Market-wide halts are not recorded in the files; the S&P 500 did fall far enough for the 7% level (session low -9.58%), but the timing cannot be seen.', ref='2020-03-12', basis='just after the open'),
        C('NYSE', 'circuit_breaker_history', '1997', 'year', 'had only been used once prior to this week, in 1997', None, U, NOFILE, 'Market-wide circuit-breaker events are not in the files.', ref='2020-03-12'),
        C('FED_OPERATIONS', 'repo_offer', 1.5, 'trillion dollars', 'offered $1.5 trillion in loans to banks', None, U, NOFILE, 'Fed repo operations are not in the files.', ref='2020-03-12'),
    ])
# ---------------------------------------------------------------- 11
add('investingplanner_20201124_dow_30000_bull_market_stats', 'investingplanner.com',
    'https://investingplanner.com/2020/11/dow-closes-above-30000-at-a-new-record-high/',
    'Investing Planner ("The Market Sum" newsletter)', '2020-11-24', 'high',
    'The URL gives 2020/11; "Tuesday\'s gains" and the first close above 30,000 fix the day as Tuesday 2020-11-24. Month-to-date figures run from the 2020-10-30 close; the bear-market low is the 2020-03-23 close.',
    "Dow Closes Above 30,000 at a New Record High (Investing Planner, The Market Sum). It was a day for the record books as the Dow Jones Industrial Average crossed and closed above 30,000 for the first time in history, as positive vaccine news, the start of the presidential transition and the naming of Janet Yellen as Treasury secretary sent the 135-year-old index to an all-time high. "
    "Tuesday's gains put the Dow up more than 13% for the month, which would be its biggest monthly gain since 1987. The S&P 500 and Nasdaq are up 11.2% and 10.1%, respectively, in November. The Nasdaq and S&P 500 are headed to their best monthly performances since April. "
    "The Russell 2000 also set an all-time high today as small cap stocks are in full bloom. This new bull market for the S&P 500, which started in March after the indexes collapsed, has gained 62.1%. Although the average bull market has seen larger gains over time, the 109.8% annualized return for the S&P 500 is far and away the largest on record. "
    "Since the lows of March 24, the Dow has rallied more than 60%, climbing from nearly 19,000, all the way through 30,000 in just eight months.",
    [
        C('DJI', 'first_close_above', 30000, 'index points', 'crossed and closed above 30,000 for the first time in history', "[first_close_at_or_above('DJI',30000), close('DJI','2020-11-24')]", S, 'milestone: first close at or above the level in the file', 'Close 30,046.24 on 2020-11-24, the first above 30,000.', ref='2020-11-24'),
        C('DJI', 'record_close', True, 'flag', 'sent the 135-year-old index to an all-time high', "is_record_close('DJI','2020-11-24')", S, REC, 'Record close 30,046.24.', ref='2020-11-24'),
        C('DJI', 'age_years', 135, 'years', '135-year-old index', None, U, 'index history not in the files: unverifiable', 'The age of the index (counted from the 1885 average or the 1896 launch) is not in the files.', ref='2020-11-24'),
        C('DJI', 'mtd_change', 13, 'percent', 'put the Dow up more than 13% for the month', "mtd('DJI','2020-11-24')", S, MORE, 'November to date: +13.38% from the 2020-10-30 close.', q='more than', ref='2020-11-24', window='2020-11 to date'),
        C('DJI', 'best_month_since', '1987', 'year', 'which would be its biggest monthly gain since 1987', "[mtd('DJI','2020-11-24'), month_returns('DJI','2020-04','2020-04')]", N, 'conditional ("would be", month unfinished): not_checkable',
          'A statement about where the month would end; the files also lack the Dow before 1992 (within the file, no month beat +13.38%; April 2020 was +11.08%).', ref='2020-11-24', window='2020-11'),
        C('SPX', 'mtd_change', 11.2, 'percent', 'up 11.2%', "mtd('SPX','2020-11-24')", S, D1, 'November to date: +11.18%.', ref='2020-11-24', window='2020-11 to date'),
        C('IXIC', 'mtd_change', 10.1, 'percent', 'and 10.1%, respectively, in November', "mtd('IXIC','2020-11-24')", I, PCTI, 'November to date: +10.31% (0.21 point above the figure; CNBC\'s version of the sentence gave 10.3%).', ref='2020-11-24', window='2020-11 to date'),
        C('SPX,IXIC', 'best_month_since_april', True, 'flag', 'are headed to their best monthly performances since April', "[month_returns('SPX','2020-04','2020-10'), month_returns('IXIC','2020-04','2020-10')]", N, ONPACE,
          'On pace, month unfinished. (To date the November gains exceeded every month since April 2020: S&P 500 April +12.68%, Nasdaq April +15.45%, later months smaller.)', ref='2020-11-24', window='2020-11'),
        C('RUT', 'record_close', True, 'flag', 'The Russell 2000 also set an all-time high today', "is_record_close('RUT','2020-11-24')", S, REC, 'Record close 1,853.53.', ref='2020-11-24'),
        C('SPX', 'bull_market_start', '2020-03', 'month', 'which started in March after the indexes collapsed', "[argmin_close('SPX','2020-02-19','2020-11-24'), min_close('SPX','2020-02-19','2020-11-24')]", S, DATE, 'The bear-market low close was 2,237.40 on 2020-03-23.', ref='2020-03-23'),
        C('SPX', 'bull_market_gain', 62.1, 'percent', 'has gained 62.1%', "[pct('SPX','2020-03-23','2020-11-24'), min_close('SPX','2020-02-19','2020-11-24')]", I, PCTI,
          'From the 2020-03-23 close to the 2020-11-24 close the S&P 500 rose 62.48%; 62.1 is 0.38 point short.', ref='2020-11-24', window='2020-03-23..2020-11-24'),
        C('SPX', 'bull_market_annualized', 109.8, 'percent', 'the 109.8% annualized return', "pct('SPX','2020-03-23','2020-11-24')", U, METHOD,
          'The annualizing method is not stated; compounding the 62.48% gain over 246 calendar days gives about 105%, over 171 sessions about 104%.', ref='2020-11-24', window='2020-03-23..2020-11-24'),
        C('SPX', 'bull_market_annualized_rank', 1, 'rank', 'far and away the largest on record', None, U, METHOD, 'Needs a dated list of past bull markets and a method, neither given.', ref='2020-11-24'),
        C('DJI', 'low_date', '2020-03-24', 'date', 'Since the lows of March 24', "[argmin_close('DJI','2020-02-12','2020-11-24'), min_close('DJI','2020-02-12','2020-11-24'), close('DJI','2020-03-24')]", X, 'wrong date: contradicted',
          'The Dow\'s low close (18,591.93) and intraday low were on 2020-03-23; March 24 was the day of its 2,112-point rebound (close 20,704.91).', ref='2020-03-23'),
        C('DJI', 'gain_since_low', 60, 'percent', 'the Dow has rallied more than 60%', "[pct('DJI','2020-03-23','2020-11-24'), pct('DJI','2020-03-24','2020-11-24')]", S, MORE,
          '+61.61% from the 2020-03-23 low close (from the 2020-03-24 close it would be +45.12%).', q='more than', ref='2020-11-24', window='2020-03-23..2020-11-24'),
        C('DJI', 'low_level', 19000, 'index points', 'climbing from nearly 19,000', "min_close('DJI','2020-02-12','2020-11-24')", I, 'nearly (unit 2% for a round figure): just outside the band, within 1% of it: imprecise',
          'The low close was 18,591.93, 2.1% below 19,000; "nearly 19,000" allows 18,620 to 19,190, so the figure misses the band by 28 points (0.15%).', q='nearly', ref='2020-03-23'),
        C('DJI', 'months_to_30000', 8, 'months', 'all the way through 30,000 in just eight months', "months_between('2020-03-23','2020-11-24')", S, INT, '2020-03-23 to 2020-11-24: 8.0 months.', ref='2020-11-24', window='2020-03-23..2020-11-24'),
    ])
# ---------------------------------------------------------------- 12
add('upi_20211229_sp500_70th_record_close', 'gephardtdaily.com',
    'https://gephardtdaily.com/national-international/dow-jones-s-tech-stocks-drag-nasdaq-down/amp',
    'United Press International (UPI), on Gephardt Daily', '2021-12-29', 'high',
    'Dateline "Dec. 29 (UPI)"; the year (2021) follows from the Dow\'s 36,488.63 and the S&P 500\'s 70th record close of the year; Wednesday 2021-12-29. Record counts use the GSPC file from 1928 (S&P 90 before 1957).',
    "Dec. 29 (UPI) — The Dow Jones Industrial Average and S&P 500 both hit new records Wednesday as investors hope to end the year strong. The blue-chip Dow gained for the sixth straight day, closing up 90.42 points, or 0.25%, to rise to a record 36,488.63, "
    "while the S&P 500 climbed 0.14% to eke out its 70th record close of the year at 4,793.06. The Nasdaq Composite, however, fell 0.098%, amid a broader decline in tech stocks. "
    "So far in 2021 the S&P 500 has closed at a record 28% of the time, notching its second-highest number of record closes after 77 closing highs in 1995. "
    "\"The seasonals favor further gains in the market. The trading is a little thinner than it would otherwise be,\" said Gary Schlossberg of Wells Fargo Investment Institute. Technology stocks fell after the U.S. 10-year Treasury yield rose above 1.5%.",
    [
        C('DJI,SPX', 'record_close', True, 'flag', 'both hit new records Wednesday', "[weekday('2021-12-29'), is_record_close('DJI','2021-12-29'), is_record_close('SPX','2021-12-29')]", S, REC, 'Both closed at records on Wednesday 2021-12-29 (the Dow\'s first since 2021-11-08).', ref='2021-12-29'),
        C('DJI', 'up_streak', 6, 'sessions', 'gained for the sixth straight day', "up_streak('DJI','2021-12-29')", S, STREAK, 'Six rising closes ending 2021-12-29 (from 2021-12-21).', ref='2021-12-29'),
        C('DJI', 'day_change_pts', 90.42, 'points', 'closing up 90.42 points', "day_pts('DJI','2021-12-29')", S, D2, '+90.42.', ref='2021-12-29'),
        C('DJI', 'day_change_pct', 0.25, 'percent', 'or 0.25%', "day_pct('DJI','2021-12-29')", S, D2, '+0.248%.', ref='2021-12-29'),
        C('DJI', 'record_close_level', 36488.63, 'index points', 'to rise to a record 36,488.63', "[close('DJI','2021-12-29'), record_close_upto('DJI','2021-12-28')]", S, REC, 'Close 36,488.63, above the 36,432.22 record of 2021-11-08.', ref='2021-12-29'),
        C('SPX', 'day_change_pct', 0.14, 'percent', 'the S&P 500 climbed 0.14%', "day_pct('SPX','2021-12-29')", S, D2, '+0.14%.', ref='2021-12-29'),
        C('SPX', 'record_closes_ytd', 70, 'count', 'its 70th record close of the year', "count_record_closes_between('SPX','2021-01-01','2021-12-29')", S, COUNT, '70 record closes in 2021 through 2021-12-29.', ref='2021-12-29', window='2021 to date'),
        C('SPX', 'close', 4793.06, 'index points', 'at 4,793.06', "close('SPX','2021-12-29')", S, D2, 'Close 4,793.06.', ref='2021-12-29'),
        C('IXIC', 'day_change_pct', -0.098, 'percent', 'fell 0.098%', "r2(10000*(ser('IXIC').loc['2021-12-29']/ser('IXIC').loc['2021-12-28']-1))", S, 'three-decimal figure matches', '-9.82 basis points, i.e. -0.098% (15,781.72 to 15,766.22).', ref='2021-12-29'),
        C('SPX', 'record_share_ytd', 28, 'percent', 'closed at a record 28% of the time', "[count_record_closes_between('SPX','2021-01-01','2021-12-29'), count_sessions('SPX','2020-12-31','2021-12-29'), r2(100*70/250)]", S, INT, '70 record closes in 250 sessions of 2021 to date: 28.0%.', ref='2021-12-29', window='2021 to date'),
        C('SPX', 'record_count_rank', 2, 'rank', 'its second-highest number of record closes', "[(y, count_record_closes('SPX', y)) for y in (1964, 1995, 2014, 2017)]", S, RANK,
          'Record closes per year in the GSPC file: 1995 77, then 2021\'s 70, ahead of 1964 and 2017 (62 each) and 2014 (53).', ref='2021-12-29'),
        C('SPX', 'record_closes_1995', 77, 'count', 'after 77 closing highs in 1995', "count_record_closes('SPX',1995)", S, COUNT, '77 record closes in 1995.', ref='1995-12-31', window='1995'),
        C('US10Y', 'yield_above', 1.5, 'percent', 'the U.S. 10-year Treasury yield rose above 1.5%', "[rate('DGS10','2021-12-28'), rate('DGS10','2021-12-29')]", S, MORE, 'FRED DGS10 1.49 on 2021-12-28 and 1.55 on 2021-12-29.', q='more than', ref='2021-12-29', basis='end of day'),
    ])
# ---------------------------------------------------------------- 13
add('forexlive_20220104_dow_record_close_nasdaq_laggard', 'forexlive.com',
    'https://www.forexlive.com/technical-analysis/dow-closes-at-a-another-record-20220104/',
    'ForexLive (Greg Michalowski)', '2022-01-04', 'exact',
    'Date in the URL (20220104) and on the page, a Tuesday; written at the close. "Yesterday" is Monday 2022-01-03. Yield directions are judged on FRED\'s end-of-day values for 2022-01-03 and 2022-01-04; the intraday yield levels cannot be checked.',
    "Dow closes at another record (ForexLive). The US major stock indices are closing mixed: the Dow industrial average is closing up 214.57 points or 0.59% at 36799.64. That is a new record close. Intraday, the price reached a new all-time record high 36934.84. The index has 2 record closes in 2022. "
    "The S&P index closed down -3.04 points or -0.06% at 4793.53. It closed at a record level yesterday; intraday, a new high was reached at 4818.62. The NASDAQ index was the laggard of the day with a sharp decline of -210.07 points or -1.33% at 15622.73. "
    "The move lower in the NASDAQ was helped by higher yields along the longer end of the curve. However, yields did come off their highs for the day, and the two and 10 year yields were actually lower. The 10 year yield reached a day high of 1.686%; there is resistance at 1.705%. The 30 year yield reached 2.103% and is trading at 2.061% currently.",
    [
        C('DJI', 'day_change_pts', 214.57, 'points', 'closing up 214.57 points', "day_pts('DJI','2022-01-04')", S, D2, '+214.59 in the file (0.02 off).', ref='2022-01-04'),
        C('DJI', 'day_change_pct', 0.59, 'percent', 'or 0.59%', "day_pct('DJI','2022-01-04')", S, D2, '+0.59%.', ref='2022-01-04'),
        C('DJI', 'close', 36799.64, 'index points', 'at 36799.64', "close('DJI','2022-01-04')", S, D2, 'Close 36,799.65 in the file (0.01 off).', ref='2022-01-04'),
        C('DJI', 'record_close', True, 'flag', 'That is a new record close', "is_record_close('DJI','2022-01-04')", S, REC, 'Above the 36,585.06 record of 2022-01-03.', ref='2022-01-04'),
        C('DJI', 'record_intraday_high', 36934.84, 'index points', 'a new all-time record high 36934.84', "[high('DJI','2022-01-04'), is_record_high('DJI','2022-01-04')]", S, RECH, 'Session high 36,934.84, above every earlier high.', ref='2022-01-04', basis='intraday high'),
        C('DJI', 'record_closes_ytd', 2, 'count', 'The index has 2 record closes in 2022', "count_record_closes_between('DJI','2022-01-01','2022-01-04')", S, COUNT, 'Record closes on 2022-01-03 and 2022-01-04.', ref='2022-01-04', window='2022 to date'),
        C('SPX', 'day_change_pts', -3.04, 'points', 'closed down -3.04 points', "day_pts('SPX','2022-01-04')", S, D2, '-3.02 in the file (0.02 off).', ref='2022-01-04'),
        C('SPX', 'day_change_pct', -0.06, 'percent', 'or -0.06%', "day_pct('SPX','2022-01-04')", S, D2, '-0.06%.', ref='2022-01-04'),
        C('SPX', 'close', 4793.53, 'index points', 'at 4793.53', "close('SPX','2022-01-04')", S, D2, 'Close 4,793.54 in the file.', ref='2022-01-04'),
        C('SPX', 'record_close_yesterday', True, 'flag', 'It closed at a record level yesterday', "[weekday('2022-01-03'), is_record_close('SPX','2022-01-03')]", S, REC, 'Record close 4,796.56 on Monday 2022-01-03.', ref='2022-01-03'),
        C('SPX', 'record_intraday_high', 4818.62, 'index points', 'a new high was reached at 4818.62', "[high('SPX','2022-01-04'), is_record_high('SPX','2022-01-04'), prior_record_high('SPX','2022-01-04')]", S, RECH, 'Session high 4,818.62, above the previous intraday record of 4,808.93 (2021-12-30).', ref='2022-01-04', basis='intraday high'),
        C('IXIC', 'day_change_pts', -210.07, 'points', 'a sharp decline of -210.07 points', "day_pts('IXIC','2022-01-04')", S, D2, '-210.08 in the file.', ref='2022-01-04'),
        C('IXIC', 'day_change_pct', -1.33, 'percent', 'or -1.33%', "day_pct('IXIC','2022-01-04')", S, D2, '-1.33%.', ref='2022-01-04'),
        C('IXIC', 'close', 15622.73, 'index points', 'at 15622.73', "close('IXIC','2022-01-04')", S, D2, 'Close 15,622.72 in the file.', ref='2022-01-04'),
        C('US2Y', 'day_direction', 'lower', 'direction', 'the two and 10 year yields', "[rate('DGS2','2022-01-03'), rate('DGS2','2022-01-04')]", S, 'direction matches (FRED end of day)', 'FRED DGS2 0.78 on 2022-01-03 and 0.77 on 2022-01-04: lower.', ref='2022-01-04', basis='end of day'),
        C('US10Y', 'day_direction', 'lower', 'direction', 'yields were actually lower', "[rate('DGS10','2022-01-03'), rate('DGS10','2022-01-04')]", X, 'wrong direction (FRED end of day): contradicted',
          'FRED DGS10 rose from 1.63 on 2022-01-03 to 1.66 on 2022-01-04; the 10-year yield ended the day higher, not lower.', ref='2022-01-04', basis='end of day'),
        C('US10Y', 'intraday_high', 1.686, 'percent', 'The 10 year yield reached a day high of 1.686%', "rate('DGS10','2022-01-04')", U, INTRA, 'Intraday yield levels are not in the files (FRED end of day 1.66).', ref='2022-01-04', basis='intraday high'),
        C('US10Y', 'resistance', 1.705, 'percent', 'there is resistance at 1.705%', None, N, 'technical level (opinion): not_checkable', 'A chart level, not a market fact.', ref='2022-01-04'),
        C('US30Y', 'intraday', 2.103, 'percent', 'The 30 year yield reached 2.103%', None, U, NOFILE, 'The 30-year yield is not in the files (neither the 2.103% high nor the 2.061% current level).', ref='2022-01-04', basis='intraday'),
    ])
# ---------------------------------------------------------------- 14
add('opoyi_20220614_sp500_bear_market_yields', 'opoyi.com',
    'https://opoyi.com/world/us-stock-market-djia-sp500-nasdaq-and-russell-entered-bear-market-on-monday-143200/',
    'Associated Press story, rewritten with a headline by Opoyi (India)', '2022-06-14', 'medium',
    'The page shows no date. The text reports Monday 2022-06-13 (S&P 500 -3.9%, Dow -876 points, yields "late Friday" = 2022-06-10), and its "Also Read" links point to a trade setup "before market opens on June 14, 2022", so the page was posted in India on 2022-06-14 (local time), after the US close of 2022-06-13. Bear-market entries are first closes 20% below the prior record close.',
    "US Stock Market: DJIA, S&P500, Nasdaq and Russell entered bear market on Monday (Opoyi). Wall Street entered a bear market Monday, as concerns about the economy and increasing interest rates dropped the S&P 500 more than 20% below its early-year high. "
    "The index fell 3.9% in the first opportunity for traders to invest after taking the weekend to contemplate the shocking news that inflation is worsening. The Dow Jones Industrial Average fell more than 1,000 points before concluding with an 876-point loss. "
    "Wall Street's sobering realization that inflation is accelerating, not peaking, is also sending U.S. bond yields to their highest levels in more than a decade. The two-year Treasury yield shot to 3.36% from 3.06% late Friday in its second straight major move. It earlier touched its highest level since 2007, according to Tradeweb. "
    "The 10-year yield jumped to 3.37% from 3.15%, and the higher level will make mortgages and many other kinds of loans more expensive. It touched its highest level since 2011.",
    [
        C('SPX', 'bear_market_entry', '2022-06-13', 'date', 'Wall Street entered a bear market Monday', "[weekday('2022-06-13'), first_close_below_peak('SPX','2022-01-03','2022-06-13',20)]", S, 'bear market: first close 20% below the record close',
          'Monday 2022-06-13 was the S&P 500\'s first close 20% or more below its 2022-01-03 record (4,796.56).', ref='2022-06-13'),
        C('DJI', 'bear_market_entry', '2022-06-13', 'date', 'DJIA, S&P500, Nasdaq and Russell entered bear market on Monday', "[pct_below_record('DJI','2022-06-13'), record_close_upto('DJI','2022-06-13')]", X, 'bear market: no close 20% below the record: contradicted',
          'The headline\'s Dow was 17.07% below its 2022-01-04 record close (36,799.65) on 2022-06-13: not in a bear market.', ref='2022-06-13'),
        C('IXIC,RUT', 'bear_market_entry', '2022-06-13', 'date', 'Nasdaq and Russell entered bear market', "[first_close_below_peak('IXIC','2021-11-19','2022-06-13',20), first_close_below_peak('RUT','2021-11-08','2022-06-13',20), pct_below_record('IXIC','2022-06-13'), pct_below_record('RUT','2022-06-13')]", X, 'wrong date: contradicted',
          'Both were deep in bear markets already (32.68% and 29.81% below their records on 2022-06-13): the Nasdaq first closed 20% below its 2021-11-19 record on 2022-03-07, the Russell 2000 below its 2021-11-08 record on 2022-01-27; neither entered one on Monday.', ref='2022-06-13'),
        C('SPX', 'pct_from_ath', 20, 'percent', 'dropped the S&P 500 more than 20% below its early-year high', "[pct_below_record('SPX','2022-06-13'), record_close_upto('SPX','2022-06-13')]", S, MORE, '21.83% below the 2022-01-03 record close of 4,796.56.', q='more than', ref='2022-06-13'),
        C('SPX', 'day_change_pct', -3.9, 'percent', 'The index fell 3.9%', "day_pct('SPX','2022-06-13')", S, D1, '-3.88%.', ref='2022-06-13'),
        C('DJI', 'intraday_drop_pts', -1000, 'points', 'fell more than 1,000 points before concluding', "session_range_pts('DJI','2022-06-13')", S, 'session extreme: true beyond the bound', 'Session low 30,373.72, 1,019.07 points below the previous close.', q='more than', ref='2022-06-13', basis='intraday low'),
        C('DJI', 'day_change_pts', -876, 'points', 'an 876-point loss', "day_pts('DJI','2022-06-13')", S, INT, '-876.05 points.', ref='2022-06-13'),
        C('US2Y', 'yield', 3.36, 'percent', 'The two-year Treasury yield shot to 3.36%', "rate('DGS2','2022-06-13')", I, 'yield off by more than 0.025 but within the imprecise band: imprecise',
          'FRED DGS2 3.40 on 2022-06-13; the late-afternoon 3.36% is 0.04 below FRED\'s end-of-day value.', ref='2022-06-13', basis='late afternoon'),
        C('US2Y', 'yield_prev', 3.06, 'percent', 'from 3.06% late Friday', "[weekday('2022-06-10'), rate('DGS2','2022-06-10')]", S, YLD, 'FRED DGS2 3.06 on Friday 2022-06-10.', ref='2022-06-10', basis='end of day'),
        C('US2Y', 'highest_since_intraday', '2007', 'year', 'It earlier touched its highest level since 2007', "rate_last_at_or_above('DGS2','2022-06-13')", U, INTRA,
          'An intraday level (Tradeweb); FRED\'s end-of-day 3.40 was also the highest since 2007-11-14, consistent with it.', ref='2022-06-13', basis='intraday'),
        C('US10Y', 'yield', 3.37, 'percent', 'The 10-year yield jumped to 3.37%', "rate('DGS10','2022-06-13')", I, 'yield off by more than 0.025 but within the imprecise band: imprecise',
          'FRED DGS10 3.43 on 2022-06-13; 3.37 is 0.06 below it.', ref='2022-06-13', basis='late afternoon'),
        C('US10Y', 'yield_prev', 3.15, 'percent', 'from 3.15%', "rate('DGS10','2022-06-10')", S, YLD, 'FRED DGS10 3.15 on 2022-06-10.', ref='2022-06-10', basis='end of day'),
        C('US10Y', 'highest_since_intraday', '2011', 'year', 'It touched its highest level since 2011', "rate_last_at_or_above('DGS10','2022-06-13')", U, INTRA,
          'An intraday level; FRED\'s end-of-day 3.43 was the highest since 2011-04-20, consistent with it.', ref='2022-06-13', basis='intraday'),
    ])
# ---------------------------------------------------------------- 15
add('cnbc_20231003_dow_drops_yields_16_year_high_live', 'proinvestnews.com',
    'https://proinvestnews.com/2023/10/03/dow-drops-400-points-tuesday-as-rising-treasury-yields-rattle-wall-street-live-updates-2',
    'CNBC live updates, reposted by Pro Invest News', '2023-10-03', 'exact',
    'Date in the URL (2023/10/03), a Tuesday. The index moves are a live-updates snapshot taken during the 2023-10-03 session (the Dow closed -430.97, -1.29%) and are judged against the session range; the 10-year "last traded" level is an afternoon print compared with FRED\'s 2023-10-03 value.',
    "Dow drops 400 points Tuesday as rising Treasury yields rattle Wall Street: Live updates (CNBC). Stocks fell Tuesday as traders kept an eye on rising Treasury yields, which hit a 16-year high. The Dow Jones Industrial Average lost 446 points, or 1.5%. The S&P 500 slid 1.4%, and the Nasdaq Composite declined 1.3%. "
    "Stocks moved to their lows of the session as yields spiked further following the release of the August job openings survey, which showed 9.6 million open roles in the month; economists polled by Dow Jones had anticipated 8.8 million. The S&P 500 fell to its lowest level since the start of June. "
    "The 10-year Treasury yield last traded at 4.787%, reaching its highest level since 2007. The benchmark yield has surged in the past month as traders assess the possibility of a tighter Federal Reserve for longer. The 30-year Treasury yield climbed to 4.891%, the highest level since Oct. 17, 2007.",
    [
        C('DJI', 'day_change_pts', -400, 'points', 'Dow drops 400 points Tuesday', "[session_range_pts('DJI','2023-10-03'), day_pts('DJI','2023-10-03')]", U, MID, 'Session range -517.15 to -34.81 points; the Dow closed -430.97.', ref='2023-10-03', basis='live update'),
        C('US10Y', 'highest_since', '16 years', 'period', 'which hit a 16-year high', "[rate('DGS10','2023-10-03'), rate_last_at_or_above('DGS10','2023-10-03')]", S, SINCE, 'FRED DGS10 4.81 on 2023-10-03, the highest since 2007-08-10 (16 years).', ref='2023-10-03'),
        C('DJI', 'day_change_pts_live', -446, 'points', 'lost 446 points', "session_range_pts('DJI','2023-10-03')", U, MID, 'Inside the session range (-517.15 to -34.81); close -430.97.', ref='2023-10-03', basis='live update'),
        C('DJI', 'day_change_pct_live', -1.5, 'percent', 'or 1.5%', "[session_range_pct('DJI','2023-10-03'), day_pct('DJI','2023-10-03')]", U, MID, 'Session range -1.55% to -0.10%; close -1.29%.', ref='2023-10-03', basis='live update'),
        C('SPX', 'day_change_pct_live', -1.4, 'percent', 'The S&P 500 slid 1.4%', "[session_range_pct('SPX','2023-10-03'), day_pct('SPX','2023-10-03')]", U, MID, 'Session range -1.68% to -0.17%; close -1.37%.', ref='2023-10-03', basis='live update'),
        C('IXIC', 'day_change_pct_live', -1.3, 'percent', 'the Nasdaq Composite declined 1.3%', "[session_range_pct('IXIC','2023-10-03'), day_pct('IXIC','2023-10-03')]", U, MID, 'Session range -2.25% to -0.21%; close -1.87%.', ref='2023-10-03', basis='live update'),
        C('US_JOLTS', 'job_openings', 9.6, 'million', '9.6 million open roles', None, U, NOFILE, 'Job openings data are not in the files.', ref='2023-10-03'),
        C('US_JOLTS', 'consensus', 8.8, 'million', 'had anticipated 8.8 million', None, U, NOFILE, 'Economists\' forecasts are not in the files.', ref='2023-10-03'),
        C('SPX', 'lowest_since', 'start of June', 'period', 'its lowest level since the start of June', "[lowest_since('SPX','2023-10-03'), last_close_at_or_below('SPX',low('SPX','2023-10-03'),'2023-10-02')]", S, SINCE,
          'At the close (4,229.45) the S&P 500 was at its lowest since 2023-06-01; at the session low (4,216.45) the last close as low was 2023-05-31, so the first session after it is June 1 either way.', ref='2023-10-03'),
        C('US10Y', 'yield', 4.787, 'percent', 'last traded at 4.787%', "rate('DGS10','2023-10-03')", S, YLD, 'FRED DGS10 4.81 on 2023-10-03 (an afternoon three-decimal print within 0.025 of it).', ref='2023-10-03', basis='afternoon'),
        C('US10Y', 'highest_since_year', '2007', 'year', 'reaching its highest level since 2007', "rate_last_at_or_above('DGS10','2023-10-03')", S, SINCE, 'Last FRED close at or above 4.81: 2007-08-10.', ref='2023-10-03'),
        C('US30Y', 'highest_since', '2007-10-17', 'date', 'the highest level since Oct. 17, 2007', None, U, NOFILE, 'The 30-year yield (4.891%) is not in the files.', ref='2023-10-03', basis='afternoon'),
    ])
# ---------------------------------------------------------------- 16
add('baystreet_20240209_sp500_trades_above_5000', 'baystreet.ca',
    'http://baystreet.ca/globalmarkets/3491/SP-500-Index-Trades-Above-5000-Level-For-First-Time',
    'Baystreet.ca', '2024-02-09', 'medium',
    'The page shows no date. It reports the 2024-02-08 session ("on Feb. 8", "the latest close") and not the first close above 5,000 on 2024-02-09, so it was written after the close of Thursday 2024-02-08 and before the close of Friday 2024-02-09; the year-to-date figure is taken at the 2024-02-08 close.',
    "S&P 500 Index Trades Above 5,000 Level For First Time (Baystreet.ca). The S&P 500 in the U.S. has traded above 5,000 for the first time ever, marking a new all-time high for the benchmark stock market index. "
    "The S&P 500 hit an intraday high of 5,000.40 in the last minute of trading on Feb. 8 before closing just shy of the high-water mark at 4,997.91. However, the latest close marked the S&P 500's ninth record finish so far in 2024 as U.S. equities continue to rally. "
    "While the 5,000 level has no technical significance, it can serve as a psychological threshold. Rising above a 1,000-point milestone is a big feat for the S&P 500 index, which was launched in 1957. "
    "Moving from the 38,000-point level to 39,000 points for the Dow Jones Industrial Average requires a gain of 2.6%. However, an increase from 4,000 to 5,000 for the S&P 500 represents a 25% gain. "
    "It has been more than two-and-a-half years since the S&P 500 cleared the 4,000 level on April 1, 2021. Year-to-date, the S&P 500 has increased 5%.",
    [
        C('SPX', 'first_trade_above', 5000, 'index points', 'has traded above 5,000 for the first time ever', "[first_high_at_or_above('SPX',5000), is_record_high('SPX','2024-02-08')]", S, RECH, 'The first session whose high reached 5,000 was 2024-02-08, an intraday record.', ref='2024-02-08', basis='intraday high'),
        C('SPX', 'intraday_high', 5000.40, 'index points', 'hit an intraday high of 5,000.40', "[high('SPX','2024-02-08'), weekday('2024-02-08')]", S, D2, 'Session high 5,000.40 on Thursday 2024-02-08.', ref='2024-02-08', basis='intraday high'),
        C('SPX', 'intraday_high_timing', 'last minute', 'time', 'in the last minute of trading on Feb. 8', None, U, 'intraday timing not in the files: unverifiable', 'The files hold daily bars only; when in the session the high was reached cannot be seen.', ref='2024-02-08', basis='intraday'),
        C('SPX', 'close', 4997.91, 'index points', 'closing just shy of the high-water mark at 4,997.91', "close('SPX','2024-02-08')", S, D2, 'Close 4,997.91.', ref='2024-02-08'),
        C('SPX', 'record_closes_ytd', 9, 'count', "the S&P 500's ninth record finish so far in 2024", "[is_record_close('SPX','2024-02-08'), count_record_closes_between('SPX','2024-01-01','2024-02-08')]", S, COUNT, 'Record close on 2024-02-08, the ninth of 2024 (the first was 2024-01-19).', ref='2024-02-08', window='2024 to date'),
        C('SPX', 'launch_year', 1957, 'year', 'which was launched in 1957', None, U, 'index history not in the files: unverifiable', 'The GSPC file runs back to 1928 (the S&P 90 before 1957); the launch date of the 500-stock index is not a value in the files.', ref='1957'),
        C('DJI', 'gain_needed_38000_39000', 2.6, 'percent', 'requires a gain of 2.6%', "arith('100*(39000/38000-1)')", S, ARITH, '39,000 / 38,000 - 1 = 2.63%.', ref='2024-02-08'),
        C('SPX', 'gain_4000_5000', 25, 'percent', 'represents a 25% gain', "arith('100*(5000/4000-1)')", S, ARITH, '5,000 / 4,000 - 1 = 25%.', ref='2024-02-08'),
        C('SPX', 'first_close_above_4000', '2021-04-01', 'date', 'cleared the 4,000 level on April 1, 2021', "first_close_at_or_above('SPX',4000)", S, DATE, 'First close above 4,000: 4,019.87 on 2021-04-01.', ref='2021-04-01'),
        C('SPX', 'years_since_4000', 2.5, 'years', 'more than two-and-a-half years since', "years_between('2021-04-01','2024-02-08')", S, MORE, '2021-04-01 to 2024-02-08: 2.9 years.', q='more than', ref='2024-02-08'),
        C('SPX', 'ytd_change', 5, 'percent', 'Year-to-date, the S&P 500 has increased 5%', "ytd('SPX','2024-02-08')", S, INT, '+4.78% from the 2023-12-29 close to 2024-02-08.', ref='2024-02-08', window='2024 to date'),
    ])
# ---------------------------------------------------------------- 17
add('cnbc_20240517_dow_40000_five_week_streak', 'cnnaus.com',
    'https://cnnaus.com/business/dow-closes-at-record-high-above-40000-to-cinch-a-five-week-winning-streak',
    'CNBC (reposted on cnnaus.com)', '2024-05-17', 'high',
    'The page shows no date. The Dow\'s first close above 40,000 ("closed Friday") fixes the session as Friday 2024-05-17; "Thursday" is 2024-05-16. Week-to-date figures run from the 2024-05-10 close, the second quarter from the 2024-03-28 close (Good Friday 2024-03-29 was a holiday).',
    "The Dow Jones Industrial Average closed Friday above the key 40,000 level for the first time in history (CNBC). The 30-stock average rose 134.21 points, or 0.34%, to 40,003.59. The S&P 500 inched up 6.17 points, or 0.12%, to 5,303.27, while the Nasdaq Composite ended down 12.35 points, or 0.07%, at 16,685.97. "
    "Stocks finished the week strong, with the Dow up 1.2% to notch its fifth straight weekly gain. The S&P 500 and Nasdaq climbed 1.5% and 2.1% week to date, cinching their longest winning streak since February. "
    "On Thursday, the Dow reached an intraday high of 40,051.05, above the psychologically important 40,000 level, before pulling back to end the day down 0.1%. This week's ascent has helped propel the three indexes into positive territory for the second quarter despite a tough start. "
    "The S&P 500 and Nasdaq are now each up more than 11% in 2024, while the Dow has climbed more than 6% this year.",
    [
        C('DJI', 'first_close_above', 40000, 'index points', 'closed Friday above the key 40,000 level for the first time in history', "[weekday('2024-05-17'), first_close_at_or_above('DJI',40000)]", S, 'milestone: first close at or above the level in the file', 'First close above 40,000: Friday 2024-05-17 (40,003.59).', ref='2024-05-17'),
        C('DJI', 'day_change_pts', 134.21, 'points', 'rose 134.21 points', "day_pts('DJI','2024-05-17')", S, D2, '+134.21.', ref='2024-05-17'),
        C('DJI', 'day_change_pct', 0.34, 'percent', 'or 0.34%', "day_pct('DJI','2024-05-17')", S, D2, '+0.34%.', ref='2024-05-17'),
        C('DJI', 'record_close', 40003.59, 'index points', 'to 40,003.59', "[close('DJI','2024-05-17'), is_record_close('DJI','2024-05-17')]", S, D2, 'Close 40,003.59, a record.', ref='2024-05-17'),
        C('SPX', 'day_change_pts', 6.17, 'points', 'inched up 6.17 points', "day_pts('SPX','2024-05-17')", S, D2, '+6.17.', ref='2024-05-17'),
        C('SPX', 'day_change_pct', 0.12, 'percent', 'or 0.12%', "day_pct('SPX','2024-05-17')", S, D2, '+0.12%.', ref='2024-05-17'),
        C('SPX', 'close', 5303.27, 'index points', 'to 5,303.27', "close('SPX','2024-05-17')", S, D2, 'Close 5,303.27.', ref='2024-05-17'),
        C('IXIC', 'day_change_pts', -12.35, 'points', 'ended down 12.35 points', "day_pts('IXIC','2024-05-17')", S, D2, '-12.35.', ref='2024-05-17'),
        C('IXIC', 'day_change_pct', -0.07, 'percent', 'or 0.07%', "day_pct('IXIC','2024-05-17')", S, D2, '-0.07%.', ref='2024-05-17'),
        C('IXIC', 'close', 16685.97, 'index points', 'at 16,685.97', "close('IXIC','2024-05-17')", S, D2, 'Close 16,685.97.', ref='2024-05-17'),
        C('DJI', 'week_change', 1.2, 'percent', 'with the Dow up 1.2%', "week_return('DJI','2024-05-17')", S, D1, 'Week to 2024-05-17: +1.24%.', ref='2024-05-17', window='week to 2024-05-17'),
        C('DJI', 'weekly_up_streak', 5, 'weeks', 'its fifth straight weekly gain', "week_up_streak('DJI','2024-05-17')", S, STREAK, 'Five rising weeks, to 2024-05-17.', ref='2024-05-17'),
        C('SPX', 'week_change', 1.5, 'percent', 'climbed 1.5%', "week_return('SPX','2024-05-17')", S, D1, 'Week: +1.54%.', ref='2024-05-17', window='week to 2024-05-17'),
        C('IXIC', 'week_change', 2.1, 'percent', 'and 2.1% week to date', "week_return('IXIC','2024-05-17')", S, D1, 'Week: +2.11%.', ref='2024-05-17', window='week to 2024-05-17'),
        C('SPX,IXIC', 'longest_weekly_streak_since', '2024-02', 'month', 'cinching their longest winning streak since February', "[week_up_streak('SPX','2024-05-17'), week_streaks('SPX','2023-10-01','2024-05-17',3), week_up_streak('IXIC','2024-05-17'), week_streaks('IXIC','2023-10-01','2024-05-17',3)]", S, SINCE,
          'Both now had four straight rising weeks; the last run at least as long ended on 2024-02-09 (five weeks) for each.', ref='2024-05-17'),
        C('DJI', 'intraday_high_thursday', 40051.05, 'index points', 'reached an intraday high of 40,051.05', "[weekday('2024-05-16'), high('DJI','2024-05-16')]", S, D2, 'Thursday 2024-05-16 session high 40,051.05.', ref='2024-05-16', basis='intraday high'),
        C('DJI', 'day_change_pct_thursday', -0.1, 'percent', 'end the day down 0.1%', "day_pct('DJI','2024-05-16')", S, D1, '-0.10% on 2024-05-16.', ref='2024-05-16'),
        C('DJI,SPX,IXIC', 'qtd_positive', True, 'flag', 'into positive territory for the second quarter', "[pct(t,'2024-03-28','2024-05-17') for t in ('DJI','SPX','IXIC')]", S, 'sign matches', 'Second quarter to date: Dow +0.49%, S&P 500 +0.93%, Nasdaq +1.87%.', ref='2024-05-17', window='2024-Q2 to date'),
        C('SPX,IXIC', 'ytd_change', 11, 'percent', 'each up more than 11% in 2024', "[ytd('SPX','2024-05-17'), ytd('IXIC','2024-05-17')]", S, MORE, 'Year to date: S&P 500 +11.18%, Nasdaq +11.16%.', q='more than', ref='2024-05-17', window='2024 to date'),
        C('DJI', 'ytd_change', 6, 'percent', 'the Dow has climbed more than 6% this year', "ytd('DJI','2024-05-17')", S, MORE, 'Year to date +6.14%.', q='more than', ref='2024-05-17', window='2024 to date'),
    ])
# ---------------------------------------------------------------- 18
add('toledotribune_20250409_dow_greatest_day_in_points', 'brusterenterprisellc.com',
    'https://brusterenterprisellc.com/?p=372',
    '"Toledo Tribune" column (as credited on the page), on a small business blog', '2025-04-09', 'exact',
    'The text dates itself ("at the close of trading on this ninth day of April in the year 2025"), a Wednesday. "Since 1940" ranks use the GSPC file from 1940-01-01.',
    "Breaking news: This... Is the Sound of a Surge: Wall Street's Greatest Day in Points (by the Toledo Tribune). At the close of trading on this ninth day of April in the year 2025, the Dow Jones Industrial Average had leapt 2,962.86 points, landing at 40,608.45, a jump so unprecedented that it stands now as the largest single-day point gain in the Dow's history. "
    "The broad-based rally pulled with it the S&P 500, which rose a staggering 474.13 points (9.5%) to 5,456.90, marking its third-largest percentage gain since 1940. And the Nasdaq Composite, that high-flying tech barometer, soared 1,857.06 points (12.2%), settling at 17,124.97, its best performance in twenty-four years. "
    "The spark? President Donald J. Trump announced a 90-day pause on most tariffs. The catch: Chinese imports will remain under the weight of a 125% tariff. "
    "The SPDR S&P 500 ETF Trust (SPY), a barometer in its own right, leapt from an open of $493.50 to a closing price of $548.62.",
    [
        C('DJI', 'day_change_pts', 2962.86, 'points', 'had leapt 2,962.86 points', "day_pts('DJI','2025-04-09')", S, D2, '+2,962.86.', ref='2025-04-09'),
        C('DJI', 'close', 40608.45, 'index points', 'landing at 40,608.45', "close('DJI','2025-04-09')", S, D2, 'Close 40,608.45.', ref='2025-04-09'),
        C('DJI', 'largest_point_gain', True, 'flag', "the largest single-day point gain in the Dow's history", "largest_point_gains('DJI','2025-04-09',2)", S, RANK, 'Largest daily point gain in the file; the previous largest was +2,112.98 on 2020-03-24.', ref='2025-04-09'),
        C('SPX', 'day_change_pts', 474.13, 'points', 'rose a staggering 474.13 points', "day_pts('SPX','2025-04-09')", S, D2, '+474.13.', ref='2025-04-09'),
        C('SPX', 'day_change_pct', 9.5, 'percent', '(9.5%)', "day_pct('SPX','2025-04-09')", S, D1, '+9.52%.', ref='2025-04-09'),
        C('SPX', 'close', 5456.90, 'index points', 'to 5,456.90', "close('SPX','2025-04-09')", S, D2, 'Close 5,456.90.', ref='2025-04-09'),
        C('SPX', 'pct_gain_rank_since_1940', 3, 'rank', 'its third-largest percentage gain since 1940', "[pct_gain_rank('SPX','2025-04-09','1940-01-01'), largest_pct_gains('SPX','1940-01-01','2025-04-09',4)]", S, RANK,
          'Daily gains since 1940 in the GSPC file: 2008-10-13 +11.58%, 2008-10-28 +10.79%, then 2025-04-09 +9.52% (ahead of 2020-03-24 +9.38%).', ref='2025-04-09'),
        C('IXIC', 'day_change_pts', 1857.06, 'points', 'soared 1,857.06 points', "day_pts('IXIC','2025-04-09')", S, D2, '+1,857.06.', ref='2025-04-09'),
        C('IXIC', 'day_change_pct', 12.2, 'percent', '(12.2%)', "day_pct('IXIC','2025-04-09')", S, D1, '+12.16%.', ref='2025-04-09'),
        C('IXIC', 'close', 17124.97, 'index points', 'settling at 17,124.97', "close('IXIC','2025-04-09')", S, D2, 'Close 17,124.97.', ref='2025-04-09'),
        C('IXIC', 'best_day_in', 'twenty-four years', 'period', 'its best performance in twenty-four years', "[last_gain_as_big('IXIC','2025-04-09'), years_between('2001-01-03','2025-04-09')]", S, SINCE, 'The last larger Nasdaq gain was +14.17% on 2001-01-03, 24.3 years earlier.', ref='2025-04-09'),
        C('TARIFFS', 'pause_days', 90, 'days', 'a 90-day pause on most tariffs', None, U, NOFILE, 'Trade policy is not in the files.', ref='2025-04-09'),
        C('TARIFFS', 'china_rate', 125, 'percent', 'a 125% tariff', None, U, NOFILE, 'Trade policy is not in the files.', ref='2025-04-09'),
        C('SPY', 'open', 493.50, 'dollars', 'leapt from an open of $493.50', "open_price('SPY','2025-04-09')", I, 'ETF price off by more than 0.025 but within 1%: imprecise', 'SPY opened at 493.44 on 2025-04-09 (0.06 off).', ref='2025-04-09', basis='open'),
        C('SPY', 'close', 548.62, 'dollars', 'to a closing price of $548.62', "close('SPY','2025-04-09')", S, D2, 'SPY close 548.62.', ref='2025-04-09'),
    ])
# ---------------------------------------------------------------- 19
add('marketweek_20251020_weekly_table_oct17', 'jackbiedebach.com',
    'https://jackbiedebach.com/market-week-october-20-2025',
    'Broadridge "Market Week" adviser newsletter, posted by a financial adviser\'s site', '2025-10-20', 'exact',
    'Dated "Market Week: October 20, 2025" (a Monday), with figures "as of market close October 17, 2025" (Friday). Weekly changes run from the 2025-10-10 close, year-to-date changes from the 2024-12-31 close; the table\'s yields are compared with FRED, and its basis-point changes with the levels it states. The newsletter says its figures are price changes, not total returns.',
    "Market Week: October 20, 2025. The Markets (as of market close October 17, 2025): last week saw another period of volatility, largely driven by U.S.-China trade tensions, the ongoing government shutdown and concerns over the health of the banking sector. "
    "The 10-year Treasury yield dipped below 4.00% midweek before climbing later in the week. Index table (price changes): the DJIA closed at 46,190.61, up 1.56% for the week and 8.57% year to date; the NASDAQ at 22,679.97, up 2.14% for the week and 17.45% year to date; "
    "the S&P 500 at 6,664.01, up 1.70% for the week and 13.30% year to date; the Russell 2000 at 2,452.17, up 2.40% for the week and 9.95% year to date. "
    "The fed funds target rate stood at 4.00%-4.25%, 25 bps below its 4.25%-4.50% at the end of 2024. The 10-year Treasury yield was 4.00%, against 4.05% a week earlier and 4.57% at the 2024 close: -5 bps for the week and -57 bps year to date.",
    [
        C('US10Y', 'dipped_below', 4.00, 'percent', 'dipped below 4.00% midweek', "[rate('DGS10','2025-10-15'), rate('DGS10','2025-10-16'), rate('DGS10','2025-10-17')]", S, LESS, 'FRED DGS10 closed at 3.99 on Thursday 2025-10-16 (4.05 on Wednesday, 4.02 on Friday).', q='less than', ref='2025-10-16', basis='end of day'),
        C('DJI', 'close', 46190.61, 'index points', 'the DJIA closed at 46,190.61', "close('DJI','2025-10-17')", S, D2, 'Close 46,190.61 on 2025-10-17.', ref='2025-10-17'),
        C('DJI', 'week_change', 1.56, 'percent', 'up 1.56% for the week and 8.57% year to date', "week_return('DJI','2025-10-17')", S, D2, 'Week: +1.56% (45,479.60 to 46,190.61).', ref='2025-10-17', window='week to 2025-10-17'),
        C('DJI', 'ytd_change', 8.57, 'percent', '8.57% year to date', "ytd('DJI','2025-10-17')", S, D2, 'From 42,544.22 on 2024-12-31: +8.57%.', ref='2025-10-17', window='2025 to date'),
        C('IXIC', 'close', 22679.97, 'index points', 'the NASDAQ at 22,679.97', "close('IXIC','2025-10-17')", S, D2, 'Close 22,679.97.', ref='2025-10-17'),
        C('IXIC', 'week_change', 2.14, 'percent', 'up 2.14% for the week', "week_return('IXIC','2025-10-17')", S, D2, 'Week: +2.14%.', ref='2025-10-17', window='week to 2025-10-17'),
        C('IXIC', 'ytd_change', 17.45, 'percent', '17.45% year to date', "ytd('IXIC','2025-10-17')", S, D2, 'From 19,310.79: +17.45%.', ref='2025-10-17', window='2025 to date'),
        C('SPX', 'close', 6664.01, 'index points', 'the S&P 500 at 6,664.01', "close('SPX','2025-10-17')", S, D2, 'Close 6,664.01.', ref='2025-10-17'),
        C('SPX', 'week_change', 1.70, 'percent', 'up 1.70% for the week', "week_return('SPX','2025-10-17')", S, D2, 'Week: +1.70%.', ref='2025-10-17', window='week to 2025-10-17'),
        C('SPX', 'ytd_change', 13.30, 'percent', '13.30% year to date', "ytd('SPX','2025-10-17')", S, D2, 'From 5,881.63: +13.30%.', ref='2025-10-17', window='2025 to date'),
        C('RUT', 'close', 2452.17, 'index points', 'the Russell 2000 at 2,452.17', "close('RUT','2025-10-17')", S, D2, 'Close 2,452.17.', ref='2025-10-17'),
        C('RUT', 'week_change', 2.40, 'percent', 'up 2.40% for the week', "week_return('RUT','2025-10-17')", S, D2, 'Week: +2.40%.', ref='2025-10-17', window='week to 2025-10-17'),
        C('RUT', 'ytd_change', 9.95, 'percent', '9.95% year to date', "ytd('RUT','2025-10-17')", S, D2, 'From 2,230.16: +9.95%.', ref='2025-10-17', window='2025 to date'),
        C('FEDFUNDS', 'target_range', '4.00-4.25', 'percent', 'The fed funds target rate stood at 4.00%-4.25%', "fed_range('2025-10-17')", S, FED, 'Range 4.00%-4.25% on 2025-10-17 (since the cut effective 2025-09-18).', ref='2025-10-17'),
        C('FEDFUNDS', 'ytd_change_bp', -25, 'basis points', '25 bps below its 4.25%-4.50% at the end of 2024', "[fed_range('2024-12-31'), fed_changes('2025-01-01','2025-10-17')]", S, FED, 'Range 4.25%-4.50% on 2024-12-31; one 25 bp cut in 2025 to date (effective 2025-09-18).', ref='2025-10-17', window='2025 to date'),
        C('US10Y', 'yield', 4.00, 'percent', 'The 10-year Treasury yield was 4.00%', "rate('DGS10','2025-10-17')", S, YLD, 'FRED DGS10 4.02 on 2025-10-17: within 0.025.', ref='2025-10-17', basis='end of day'),
        C('US10Y', 'yield_prev_week', 4.05, 'percent', 'against 4.05% a week earlier', "rate('DGS10','2025-10-10')", S, YLD, 'FRED DGS10 4.05 on 2025-10-10.', ref='2025-10-10', basis='end of day'),
        C('US10Y', 'yield_2024_close', 4.57, 'percent', '4.57% at the 2024 close', "rate('DGS10','2024-12-31')", S, YLD, 'FRED DGS10 4.58 on 2024-12-31: within 0.025.', ref='2024-12-31', basis='end of day'),
        C('US10Y', 'week_change_bp', -5, 'basis points', '-5 bps for the week', "[arith('100*(4.00-4.05)'), rate_change_bp('DGS10','2025-10-10','2025-10-17')]", S, ARITH,
          'From the levels the table states (4.05% to 4.00%): -5 bp. FRED gives -3 bp (4.05 to 4.02), the gap coming from the table\'s 4.00% end level.', ref='2025-10-17', window='week to 2025-10-17'),
        C('US10Y', 'ytd_change_bp', -57, 'basis points', '-57 bps year to date', "[arith('100*(4.00-4.57)'), rate_change_bp('DGS10','2024-12-31','2025-10-17')]", S, ARITH,
          'From the stated levels (4.57% to 4.00%): -57 bp. FRED gives -56 bp (4.58 to 4.02).', ref='2025-10-17', window='2025 to date'),
    ])
# ---------------------------------------------------------------- 20
add('washtimes_20260206_dow_closes_above_50000', 'twt-assets.washtimes.com',
    'https://twt-assets.washtimes.com/news/2026/feb/6/dow-closes-record-high-crossing-50000-first-time',
    'The Washington Times', '2026-02-06', 'exact',
    'Dated "Friday, February 6, 2026" on the page and in the URL; the Dow figures are the 2026-02-06 close. The "bleak couple of days" are 2026-02-03 to 2026-02-05; "on pace" and "on track" statements describe the week before Friday\'s rebound.',
    "The Dow Jones Industrial Average closed above 50,000 for the first time on Friday, soaring more than 1,200 points to end the day at a record-high 50,137 (The Washington Times). The blue-chip stock index jumped 2.47% to reach the historic number, fueled by a diverse mix of stocks led by Nvidia, Caterpillar, 3M, Goldman Sachs and JPMorgan Chase. "
    "Wall Street ended the week on a positive note after a bleak couple of days that saw the S&P 500 on pace for its worst week since October and the Nasdaq Composite on track for its worst week since the April market plunge caused by President Trump's tariffs. "
    "Friday's white-hot rally follows the Nasdaq's worst three-day slide in more than a year, after the index lost more than $1.5 trillion in market value before rebounding. "
    "U.S. consumer confidence has declined sharply since January, reaching its lowest level since 2014, according to the Conference Board: it cratered 9.7 points to 84.5 in January.",
    [
        C('DJI', 'first_close_above', 50000, 'index points', 'closed above 50,000 for the first time on Friday', "[weekday('2026-02-06'), first_close_at_or_above('DJI',50000)]", S, 'milestone: first close at or above the level in the file', 'First close above 50,000: Friday 2026-02-06.', ref='2026-02-06'),
        C('DJI', 'day_change_pts', 1200, 'points', 'soaring more than 1,200 points', "day_pts('DJI','2026-02-06')", S, MORE, '+1,206.95 points.', q='more than', ref='2026-02-06'),
        C('DJI', 'record_close', 50137, 'index points', 'a record-high 50,137', "[close('DJI','2026-02-06'), is_record_close('DJI','2026-02-06'), high('DJI','2026-02-06')]", I, 'index level off by more than the tolerance but within 1%: imprecise',
          'A record close, but at 50,115.67, 21 points (0.04%) below the figure (the session high was 50,169.65, so 50,137 may be a late-session print).', ref='2026-02-06'),
        C('DJI', 'day_change_pct', 2.47, 'percent', 'jumped 2.47%', "day_pct('DJI','2026-02-06')", S, D2, '+2.47%.', ref='2026-02-06'),
        C('SPX', 'worst_week_since_pace', '2025-10', 'month', 'the S&P 500 on pace for its worst week since October', "[pct('SPX','2026-01-30','2026-02-05'), week_return('SPX','2025-10-10'), week_return('SPX','2026-02-06')]", N, ONPACE,
          'On pace, week unfinished. (Through Thursday the S&P 500 was down 2.03% on the week; the last weekly loss as large was -2.43% in the week to 2025-10-10, so the statement was consistent at the time; the week finished -0.10%.)', ref='2026-02-05', window='week to 2026-02-06'),
        C('IXIC', 'worst_week_since_pace', '2025-04', 'month', 'the Nasdaq Composite on track for its worst week since the April market plunge', "[pct('IXIC','2026-01-30','2026-02-05'), week_return('IXIC','2026-02-06')]", N, ONPACE,
          'On track, week unfinished: through Thursday the Nasdaq was down 3.93% on the week, more than any week since the one to 2025-04-04 (-10.02%), so the statement was consistent at the time; the week finished -1.84%.', ref='2026-02-05', window='week to 2026-02-06'),
        C('IXIC', 'worst_3day_since', 'more than a year', 'period', "the Nasdaq's worst three-day slide in more than a year", "[n_day_pct('IXIC','2026-02-05',3), last_n_day_at_most('IXIC','2026-02-05',3), n_day_pct('IXIC','2025-04-21',3)]", X, SINCEX,
          'The Nasdaq fell 4.46% over 2026-02-03 to 02-05, but it had a worse three-session fall as recently as the three sessions to 2025-04-21 (-5.66%), under ten months earlier; "in more than a year" overstates it.', ref='2026-02-05', window='2026-02-03..2026-02-05'),
        C('IXIC', 'market_value_lost', 1.5, 'trillion dollars', 'lost more than $1.5 trillion in market value', None, U, NOFILE, 'Market capitalization is not in the files.', q='more than', ref='2026-02-05'),
        C('US_CONSUMER_CONFIDENCE', 'lowest_since', '2014', 'year', 'reaching its lowest level since 2014', None, U, NOFILE, 'The Conference Board index is not in the files.', ref='2026-01'),
        C('US_CONSUMER_CONFIDENCE', 'change_and_level', 84.5, 'index points', 'it cratered 9.7 points to 84.5 in January', None, U, NOFILE, 'The Conference Board index is not in the files.', ref='2026-01'),
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
