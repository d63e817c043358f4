"""Passages and claims of heldout26b. Claim tuple:
(ticker, metric, value, unit, qualifier, ref_date, window, comparison, basis, anchor_text, recipe, verdict, rule, note)
verdict 'auto:<kind>' is decided by build.judge() with the dev README tolerances."""
S, I, C, U, F, N = 'supported', 'imprecise', 'contradicted', 'unverifiable', 'forecast', 'not_checkable'
A = lambda k: 'auto:' + k

def src(site, url, outlet): return {'site': site, 'url': url, 'original_outlet': outlet}

PASSAGES = [
dict(id='nbcnews_20141223_dow_18000_first_close', published='2014-12-23', conf='high',
 pnote='Page undated in the stored copy; the text describes the Tuesday session when the Dow first closed above 18,000, checked in the files as 2014-12-23.',
 source=src('nbcnews.com', 'https://www.nbcnews.com/business/markets/dow-tops-18-000-first-time-upbeat-gdp-report-n273651', 'NBC News'),
 text=("The Dow Jones Industrial Average closed above 18,000 for the first time on Tuesday, capping a run in which the index managed to "
       "tack on 1,000 points in only six months. It was the fifth straight session of gains for the Dow, a merry Christmas for investors as 2014 ends. "
       "Spirits were lifted after the government raised its estimate of third-quarter growth to a 5.0 percent rate, the fastest in 11 years. "
       "The Dow unofficially closed at 18024.11, up 64.67 or 0.36 percent. The benchmark S&P 500 gained 0.17 percent to 2082.17, its 51st record close of the year. "
       "The tech-heavy Nasdaq slid 0.33 percent to 4765.42. Volume was thin before the holiday: Wednesday, Christmas Eve, is a shortened session and markets are shut Thursday."),
 claims=[
  ('DJI', 'first_close_above', 18000, 'points', None, '2014-12-23', None, None, 'close', 'closed above 18,000 for the first time', "first_close_above('DJI', 18000)", S, 'record: first close above the level', 'First close above 18,000 in the file is 2014-12-23.'),
  ('DJI', 'points_gain_window', 1000, 'points', None, '2014-12-23', 'six months', None, 'close', 'tack on 1,000 points in only six months', "first_close_above('DJI', 17000)", S, 'window as written', 'The Dow first closed above 17,000 on 2014-07-03, five and a half months earlier; "six months" is a round description.'),
  ('DJI', 'up_streak', 5, 'sessions', None, '2014-12-23', None, None, 'close', 'fifth straight session of gains', "up_streak('DJI', '2014-12-23')", S, 'streaks use daily closes', ''),
  ('US_GDP', 'growth_rate', 5.0, 'pct', None, '2014-12-23', 'Q3 2014', None, None, '5.0 percent rate', None, U, 'series not in the files', 'GDP is not in the files.'),
  ('DJI', 'level', '18024.11', 'points', 'preliminary', '2014-12-23', None, None, 'close', '18024.11', "close('DJI', '2014-12-23')", A('level'), None, 'Stated as an unofficial close; the file has 18,024.17, 0.06 away (outside the 2-dp tolerance, within 1%).'),
  ('DJI', 'change_points', '64.67', 'points', 'preliminary', '2014-12-23', '1d', None, 'close', 'up 64.67', "chg('DJI', '2014-12-23')", A('points'), None, 'Unofficial figure; the file gives +64.73.'),
  ('DJI', 'change_pct', '0.36', 'pct', None, '2014-12-23', '1d', None, 'close', '0.36 percent', "pct('DJI', '2014-12-23')", A('pct'), None, ''),
  ('SPX', 'change_pct', '0.17', 'pct', None, '2014-12-23', '1d', None, 'close', 'gained 0.17 percent', "pct('SPX', '2014-12-23')", A('pct'), None, ''),
  ('SPX', 'level', '2082.17', 'points', None, '2014-12-23', None, None, 'close', '2082.17', "close('SPX', '2014-12-23')", A('level'), None, ''),
  ('SPX', 'record_count_ytd', 51, 'count', None, '2014-12-23', '2014', None, 'close', '51st record close of the year', "record_count('SPX', '2014-01-01', '2014-12-23')", S, 'records: above every earlier close', ''),
  ('IXIC', 'change_pct', '-0.33', 'pct', None, '2014-12-23', '1d', None, 'close', 'slid 0.33 percent', "pct('IXIC', '2014-12-23')", A('pct'), None, ''),
  ('IXIC', 'level', '4765.42', 'points', None, '2014-12-23', None, None, 'close', '4765.42', "close('IXIC', '2014-12-23')", A('level'), None, ''),
 ]),

dict(id='usatoday_20141224_christmas_eve_dow_record', published='2014-12-24', conf='high',
 pnote='Stored page (a redirect copy of a USA TODAY story) gives no date; the abbreviated Christmas Eve session is 2014-12-24 in the files.',
 source=src('macsurfer.com (redirect to USA TODAY)', 'http://www.macsurfer.com/redir.php?u=895549', 'USA TODAY'),
 text=("The Dow notched another all-time closing high -- barely -- in the shortened Christmas Eve session on Wednesday. "
       "At the 1 p.m. ET close the Dow Jones industrial average was fractionally higher, up 0.03% or 6 points, enough to top Tuesday's record close -- its first above 18,000 -- and settle at 18,030.21. "
       "The S&P 500 edged the other way, losing a scant 0.01% to 2081.88, less than a point below its all-time closing high of 2082.17, set Tuesday. "
       "The Nasdaq composite climbed 0.2% to 4773.47, an 8-point gain. Before the open, the Labor Department said applications for jobless benefits dropped 9,000 last week to a seasonally adjusted 280,000."),
 claims=[
  ('DJI', 'record_close', True, 'flag', None, '2014-12-24', None, None, 'close', 'another all-time closing high', "is_record_close('DJI', '2014-12-24')", S, 'records: above every earlier close', ''),
  ('DJI', 'change_pct', '0.03', 'pct', None, '2014-12-24', '1d', None, 'close', 'up 0.03%', "pct('DJI', '2014-12-24')", A('pct'), None, ''),
  ('DJI', 'change_points', '6', 'points', None, '2014-12-24', '1d', None, 'close', 'or 6 points', "chg('DJI', '2014-12-24')", A('points'), None, ''),
  ('DJI', 'first_close_above', 18000, 'points', None, '2014-12-23', None, None, 'close', 'its first above 18,000', "first_close_above('DJI', 18000)", S, 'record: first close above the level', ''),
  ('DJI', 'level', '18030.21', 'points', None, '2014-12-24', None, None, 'close', '18,030.21', "close('DJI', '2014-12-24')", A('level'), None, ''),
  ('SPX', 'change_pct', '-0.01', 'pct', None, '2014-12-24', '1d', None, 'close', 'a scant 0.01%', "pct('SPX', '2014-12-24')", A('pct'), None, ''),
  ('SPX', 'level', '2081.88', 'points', None, '2014-12-24', None, None, 'close', '2081.88', "close('SPX', '2014-12-24')", A('level'), None, ''),
  ('SPX', 'points_from_record', 1, 'points', 'less than', '2014-12-24', None, 'record close 2082.17 set 2014-12-23', 'close', 'less than a point below its all-time closing high of 2082.17, set Tuesday', "record_close_before('SPX', '2014-12-24')", S, 'records; less than: true < claim', 'Record close before the day: 2082.17 on Tuesday 2014-12-23; 2082.17 - 2081.88 = 0.29 points.'),
  ('IXIC', 'change_pct', '0.2', 'pct', None, '2014-12-24', '1d', None, 'close', 'climbed 0.2%', "pct('IXIC', '2014-12-24')", A('pct'), None, ''),
  ('IXIC', 'level', '4773.47', 'points', None, '2014-12-24', None, None, 'close', '4773.47', "close('IXIC', '2014-12-24')", A('level'), None, ''),
  ('IXIC', 'change_points', '8', 'points', None, '2014-12-24', '1d', None, 'close', 'an 8-point gain', "chg('IXIC', '2014-12-24')", A('points'), None, ''),
  ('US_JOBLESS', 'initial_claims', 280000, 'count', None, '2014-12-24', 'week', None, None, '280,000', None, U, 'series not in the files', 'Jobless claims are not in the files.'),
 ]),

dict(id='indexology_20151001_dow_q3_report_card', published='2015-10-01', conf='exact',
 source=src('indexologyblog.com', 'https://www.indexologyblog.com/2015/10/01/dow-jones-industrial-average-q3-2015-performance-report-card/', 'S&P Dow Jones Indices (Indexology blog)'),
 text=("Dow Jones Industrial Average, Q3 2015 report card. The Dow Jones Industrial Average finished September at 16,284.70, down 1,538.37 points year to date, a -8.63% return. "
       "Q3 2015 was the worst calendar quarter since Q3 2011. Worst day, in points and in percent: down 588.40 points or -3.57% on August 24th, the worst one-day loss since August 2011 "
       "-- and it could have been worse, since the DJIA was down over 1,000 points in early trading before it recovered. Best day: just two days later, on August 26th, the DJIA finished up 619.07 points or 3.95%. "
       "No new highs: the quarter brought none, the last having been struck on May 19, 2015."),
 claims=[
  ('DJI', 'level', '16284.70', 'points', None, '2015-09-30', None, None, 'close', '16,284.70', "close('DJI', '2015-09-30')", A('level'), None, ''),
  ('DJI', 'ytd_points', '-1538.37', 'points', None, '2015-09-30', 'YTD', None, 'close', 'down 1,538.37 points year to date', "ytd_pts('DJI', '2015-09-30')", A('points'), None, ''),
  ('DJI', 'ytd_pct', '-8.63', 'pct', None, '2015-09-30', 'YTD', None, 'close', '-8.63%', "ytd_pct('DJI', '2015-09-30')", A('pct'), None, ''),
  ('DJI', 'worst_quarter_since', '2011Q3', 'quarter', None, '2015-09-30', 'Q3 2015', None, 'close', 'worst calendar quarter since Q3 2011', "quarters_since_as_bad('DJI', 2015, 3)", S, 'worst since X: X is the last quarter at least as bad', 'Q3 2015 -7.58%; Q3 2011 -12.09% is the last quarter at least as bad.'),
  ('DJI', 'change_points', '-588.40', 'points', None, '2015-08-24', '1d', None, 'close', 'down 588.40 points', "chg('DJI', '2015-08-24')", A('points'), None, ''),
  ('DJI', 'change_pct', '-3.57', 'pct', None, '2015-08-24', '1d', None, 'close', '-3.57%', "pct('DJI', '2015-08-24')", A('pct'), None, ''),
  ('DJI', 'worst_day_since', 'August 2011', 'month', None, '2015-08-24', None, None, 'close', 'worst one-day loss since August 2011', "last_move_as_big('DJI', '2015-08-24')", S, 'biggest/worst since X: X is the last day with a move at least as large', 'Last drop at least as large in percent: 2011-08-18 (-3.68%).'),
  ('DJI', 'intraday_change_points', 1000, 'points', 'more than', '2015-08-24', '1d', None, 'early trading', 'down over 1,000 points in early trading', "intraday_low_pts('DJI', '2015-08-24')", U, 'mid-session figure inside the session range', 'The session low was 1,089.42 points under the previous close, so the figure fits the range; the file has no time stamps to place it in early trading.'),
  ('DJI', 'change_points', '619.07', 'points', None, '2015-08-26', '1d', None, 'close', 'up 619.07 points', "chg('DJI', '2015-08-26')", A('points'), None, ''),
  ('DJI', 'change_pct', '3.95', 'pct', None, '2015-08-26', '1d', None, 'close', '3.95%', "pct('DJI', '2015-08-26')", A('pct'), None, ''),
  ('DJI', 'no_record_in_window', None, 'flag', None, '2015-09-30', 'Q3 2015', None, 'close', 'the quarter brought none', "last_record_close_in('DJI', '2015-07-01', '2015-09-30')", S, 'records: above every earlier close', 'No record close between 2015-07-01 and 2015-09-30.'),
  ('DJI', 'last_record_date', '2015-05-19', 'date', None, '2015-09-30', None, None, 'close', 'May 19, 2015', "last_record_close_in('DJI', '2015-01-01', '2015-09-30')", S, 'records: above every earlier close', 'Record close 18,312.39 on 2015-05-19.'),
 ]),

dict(id='milligazete_20180326_biggest_gain_since_2015', published='2018-03-26', conf='high',
 pnote='Page undated; Monday after the tariff-driven week ending 2018-03-23, with the Dow at 24,202 — 2018-03-26 in the files.',
 source=src('en.milligazete.com.tr', 'http://en.milligazete.com.tr/wall_street_posts_biggest_daily_gains_since_august_2015/6304', 'Milli Gazete (English edition)'),
 text=("U.S. stocks posted their biggest daily percentage gains since August 2015 on Monday as fears of a U.S.-China trade war eased. "
       "The rebound came after the indexes lost more than 6 percent last week -- their worst weekly decline in two years -- once the two countries imposed tariffs on each other. "
       "Treasury Secretary Steven Mnuchin said Sunday he was \"cautiously hopeful\" about an agreement. "
       "The Dow Jones surged 669 points, or 2.8 percent, to end the day at 24,202. The S&P 500 rose 70 points, or 2.7 percent, to close at 2,658. "
       "The Nasdaq increased 227 points, or 3.2 percent, to finish at 7,220. Microsoft gained 7.8 percent."),
 claims=[
  ('SPX', 'best_day_since', 'August 2015', 'month', None, '2018-03-26', None, None, 'close', 'biggest daily percentage gains since August 2015', "last_move_as_big('SPX', '2018-03-26')", S, 'biggest since X: X is the last day with a move at least as large', 'S&P 500 +2.72%: last gain at least as large 2015-08-26. The Dow (+2.84%) and Nasdaq (+3.26%) also last matched it on 2015-08-26.'),
  ('SPX', 'week_pct', -6, 'pct', 'more than', '2018-03-23', 'week', None, 'close', 'lost more than 6 percent last week', "week_pct('SPX', '2018-03-23')", C, 'more than: true > claim (a loss larger than 6%)', 'S&P 500 -5.95% for the week; "more than 6 percent" fails for it and for the Dow (-5.67%); only the Nasdaq (-6.54%) lost more than 6%. Judged on the S&P 500 as the benchmark of "the indexes".'),
  ('DJI', 'week_pct', -6, 'pct', 'more than', '2018-03-23', 'week', None, 'close', 'the indexes lost', "week_pct('DJI', '2018-03-23')", C, 'more than: true > claim (a loss larger than 6%)', 'Dow -5.67% for the week.'),
  ('IXIC', 'week_pct', -6, 'pct', 'more than', '2018-03-23', 'week', None, 'close', 'once the two countries imposed tariffs', "week_pct('IXIC', '2018-03-23')", S, 'more than: true > claim (a loss larger than 6%)', 'Nasdaq -6.54% for the week. Anchor is the sentence tail, since the claim shares its figure with the two above.'),
  ('SPX', 'worst_week_since', 'two years', 'window', None, '2018-03-23', None, None, 'close', 'worst weekly decline in two years', "week_pct_last_as_big('SPX', '2018-03-23')", S, 'worst since X: X is the last week at least as bad', 'Last week at least as bad for the S&P 500 (and the Dow): the week ending 2016-01-08, about 2 years 2.5 months earlier.'),
  ('DJI', 'change_points', '669', 'points', None, '2018-03-26', '1d', None, 'close', 'surged 669 points', "chg('DJI', '2018-03-26')", A('points'), None, ''),
  ('DJI', 'change_pct', '2.8', 'pct', None, '2018-03-26', '1d', None, 'close', '2.8 percent', "pct('DJI', '2018-03-26')", A('pct'), None, ''),
  ('DJI', 'level', '24202', 'points', None, '2018-03-26', None, None, 'close', '24,202', "close('DJI', '2018-03-26')", A('level'), None, 'Truncated: the close is 24,202.60.'),
  ('SPX', 'change_points', '70', 'points', None, '2018-03-26', '1d', None, 'close', 'rose 70 points', "chg('SPX', '2018-03-26')", A('points'), None, ''),
  ('SPX', 'change_pct', '2.7', 'pct', None, '2018-03-26', '1d', None, 'close', '2.7 percent', "pct('SPX', '2018-03-26')", A('pct'), None, ''),
  ('SPX', 'level', '2658', 'points', None, '2018-03-26', None, None, 'close', '2,658', "close('SPX', '2018-03-26')", A('level'), None, 'Truncated: the close is 2,658.55.'),
  ('IXIC', 'change_points', '227', 'points', None, '2018-03-26', '1d', None, 'close', '227 points', "chg('IXIC', '2018-03-26')", A('points'), None, 'Truncated: +227.87.'),
  ('IXIC', 'change_pct', '3.2', 'pct', None, '2018-03-26', '1d', None, 'close', '3.2 percent', "pct('IXIC', '2018-03-26')", A('pct'), None, 'True +3.26%: truncated, but within the 1-dp tolerance.'),
  ('IXIC', 'level', '7220', 'points', None, '2018-03-26', None, None, 'close', '7,220', "close('IXIC', '2018-03-26')", A('level'), None, 'Truncated: the close is 7,220.54.'),
  ('MSFT', 'change_pct', 7.8, 'pct', None, '2018-03-26', '1d', None, 'close', '7.8 percent', None, U, 'series not in the files', 'Single stocks are not in the files.'),
 ]),

dict(id='foxbusiness_20170814_spx_best_day_in_4_months', published='2017-08-14', conf='exact',
 pnote='Date in the URL; an afternoon item written before the close.',
 source=src('foxbusiness.com', 'http://www.foxbusiness.com/markets/2017/08/14/sp-500-on-track-for-best-daily-gain-in-about-4-months.html', 'Fox Business'),
 text=("Stocks were rallying sharply on Monday afternoon, putting the S&P 500 in position for its best daily gain in about four months. "
       "The S&P 500 was most recently up more than 1% at 2,466, which would be the broad benchmark's best daily gain since April 24, according to FactSet. "
       "The index has seen a gain of at least 1% on only two other occasions so far in 2017 (March 1 among them), so a rally of that size today would be the third this year. "
       "The Dow Jones Industrial Average was up 0.7%, and the Nasdaq Composite Index was on pace for a 1.3% one-day rise, both their best daily advances since June 28."),
 claims=[
  ('SPX', 'change_pct', 1, 'pct', 'more than', '2017-08-14', '1d', None, 'afternoon', 'up more than 1%', "round(100 * (ser('SPX')[T('2017-08-14')] / ser('SPX')[prev_close_date('SPX', '2017-08-14')] - 1), 3)", S, 'bound claim: supported when both the close and the session extreme satisfy it', 'Close +1.004% (24.52 points), session high +1.10% over the previous close.'),
  ('SPX', 'level', 2466, 'points', None, '2017-08-14', None, None, 'afternoon', 'at 2,466', "close('SPX', '2017-08-14')", U, 'mid-session figure inside the session range', 'Session range 2,454.96-2,468.22; close 2,465.84.'),
  ('SPX', 'best_day_since', '2017-04-24', 'date', None, '2017-08-14', None, None, 'afternoon', 'best daily gain since April 24', "last_move_as_big('SPX', '2017-08-14')", N, 'conditional ("would be")', 'Stated as what the gain would be if it held; on the close (+1.00%) the last gain at least as large was indeed 2017-04-24.'),
  ('SPX', 'count_moves_ytd', 2, 'count', None, '2017-08-11', '2017 to date', 'gains of at least 1%', 'close', 'on only two other occasions so far in 2017', "count_moves_at_least('SPX', '2017-01-01', '2017-08-11', 1.0)", S, 'counts use daily closes', 'The two are 2017-03-01 (+1.37%) and 2017-04-24.'),
  ('DJI', 'change_pct', '0.7', 'pct', None, '2017-08-14', '1d', None, 'afternoon', 'was up 0.7%', "pct('DJI', '2017-08-14')", U, 'mid-session figure inside the session range', 'Session range +0.40% to +0.74% against the previous close; close +0.62%.'),
  ('IXIC', 'change_pct', '1.3', 'pct', None, '2017-08-14', '1d', None, 'afternoon', 'a 1.3% one-day rise', "pct('IXIC', '2017-08-14')", U, 'mid-session figure inside the session range', 'Session high +1.44%; close +1.34%.'),
  ('DJI', 'best_day_since', '2017-06-28', 'date', None, '2017-08-14', None, None, 'close', 'best daily advances since June 28', "last_move_as_big('DJI', '2017-08-14')", S, 'biggest since X: X is the last day with a move at least as large', 'On the close the Dow (+0.62%) and the Nasdaq (+1.34%) last gained as much on 2017-06-28.'),
  ('IXIC', 'best_day_since', '2017-06-28', 'date', None, '2017-08-14', None, None, 'close', 'both their best', "last_move_as_big('IXIC', '2017-08-14')", S, 'biggest since X: X is the last day with a move at least as large', ''),
 ]),

dict(id='usatoday_20131127_milestone_trifecta', published='2013-11-27', conf='exact',
 pnote='Byline time stamp "4:16 p.m. EST November 27, 2013" on a forum repost of the USA TODAY story.',
 source=src('alipac.us (forum repost of USA TODAY)', 'https://www.alipac.us/f19/masking-totalitarianism-292975-prev/', 'USA TODAY'),
 text=("The Dow Jones industrial average and the S&P 500 closed at all-time highs again on Wednesday, and the Nasdaq composite closed at a 13-year high, with U.S. markets shut Thursday for Thanksgiving. "
       "The Dow and S&P 500 closed up about 0.2%. The Nasdaq finished about 0.7% higher, more than 40 points above the 4000 mark it had cleared at Tuesday's close "
       "-- the first time in 13 years the tech-heavy index had ended a day above that level. The other two keep climbing past their own recent milestones, "
       "the Dow about 97 points above 16,000 and the S&P 500 about 7 over 1800. The number of Americans filing for unemployment benefits fell 10,000 last week to a seasonally adjusted 316,000. "
       "In the prior session, the Nasdaq jumped 0.6% to 4,017.75; the Dow rose less than a point to 16,072.80 and the S&P 500 nudged up less than a point to 1,802.75."),
 claims=[
  ('DJI', 'record_close', True, 'flag', None, '2013-11-27', None, None, 'close', 'closed at all-time highs again', "is_record_close('DJI', '2013-11-27')", S, 'records: above every earlier close', ''),
  ('SPX', 'record_close', True, 'flag', None, '2013-11-27', None, None, 'close', 'and the S&P 500 closed', "is_record_close('SPX', '2013-11-27')", S, 'records: above every earlier close', ''),
  ('IXIC', 'highest_since', '13 years', 'window', None, '2013-11-27', None, None, 'close', 'a 13-year high', "highest_since('IXIC', '2013-11-27')", S, 'highest since X', 'Last close at least as high: 2000-09-07.'),
  ('DJI', 'change_pct', '0.2', 'pct', 'about', '2013-11-27', '1d', None, 'close', 'closed up about 0.2%', "pct('DJI', '2013-11-27')", A('pct'), None, 'Dow +0.15%.'),
  ('SPX', 'change_pct', '0.2', 'pct', 'about', '2013-11-27', '1d', None, 'close', 'The Dow and S&P 500', "pct('SPX', '2013-11-27')", A('pct'), None, 'S&P 500 +0.25%.'),
  ('IXIC', 'change_pct', '0.7', 'pct', 'about', '2013-11-27', '1d', None, 'close', 'about 0.7% higher', "pct('IXIC', '2013-11-27')", A('pct'), None, ''),
  ('IXIC', 'points_above_level', 40, 'points', 'more than', '2013-11-27', None, 'above 4000', 'close', 'more than 40 points above the 4000 mark', "close_minus('IXIC', '2013-11-27', 4000)", A('points'), None, ''),
  ('IXIC', 'first_close_above_since', '13 years', 'window', None, '2013-11-26', None, 'above 4000', 'close', 'the first time in 13 years', "last_close_above_before('IXIC', '2013-11-26', 4000)", S, 'highest since X', 'Previous close above 4,000: 2000-09-07.'),
  ('DJI', 'points_above_level', 97, 'points', 'about', '2013-11-27', None, 'above 16,000', 'close', 'about 97 points above 16,000', "close_minus('DJI', '2013-11-27', 16000)", A('points'), None, ''),
  ('SPX', 'points_above_level', 7, 'points', 'about', '2013-11-27', None, 'above 1800', 'close', 'about 7 over 1800', "close_minus('SPX', '2013-11-27', 1800)", A('points'), None, ''),
  ('US_JOBLESS', 'initial_claims', 316000, 'count', None, '2013-11-27', 'week', None, None, '316,000', None, U, 'series not in the files', ''),
  ('IXIC', 'change_pct', '0.6', 'pct', None, '2013-11-26', '1d', None, 'close', 'jumped 0.6%', "pct('IXIC', '2013-11-26')", A('pct'), None, ''),
  ('IXIC', 'level', '4017.75', 'points', None, '2013-11-26', None, None, 'close', '4,017.75', "close('IXIC', '2013-11-26')", A('level'), None, ''),
  ('DJI', 'change_points', 1, 'points', 'less than', '2013-11-26', '1d', None, 'close', 'the Dow rose less than a point', "chg('DJI', '2013-11-26')", A('points'), None, ''),
  ('DJI', 'level', '16072.80', 'points', None, '2013-11-26', None, None, 'close', '16,072.80', "close('DJI', '2013-11-26')", A('level'), None, ''),
  ('SPX', 'change_points', 1, 'points', 'less than', '2013-11-26', '1d', None, 'close', 'nudged up less than a point', "chg('SPX', '2013-11-26')", A('points'), None, ''),
  ('SPX', 'level', '1802.75', 'points', None, '2013-11-26', None, None, 'close', '1,802.75', "close('SPX', '2013-11-26')", A('level'), None, ''),
 ]),

dict(id='taipeitimes_20211121_nasdaq_tops_16000', published='2021-11-21', conf='exact',
 pnote='Date in the URL and on the page; the text is a wire story (Reuters style) about Friday 2021-11-19.',
 source=src('taipeitimes.com', 'https://www.taipeitimes.com/News/biz/archives/2021/11/21/2003768206', 'Taipei Times (wire copy, apparently Reuters)'),
 text=("The NASDAQ Composite Index on Friday closed above 16,000 points for the first time, its second-straight record finish, powered by technology shares, "
       "while COVID-19 jitters sent the Dow to its fourth losing session in the last five. The NASDAQ and the S&P 500 ended the week up 1.24 percent and 0.32 percent respectively, "
       "after last week's declines had snapped a five-week run of higher finishes. The Dow Jones Industrial Average's second weekly loss in a row -- this one of 1.38 percent -- wiped out the last of its gains for the month, "
       "stretching the index's drop from a record high on Monday last week to 2.3 percent. The S&P energy index dropped 3.9 percent, the worst performing sector."),
 claims=[
  ('IXIC', 'first_close_above', 16000, 'points', None, '2021-11-19', None, None, 'close', 'closed above 16,000 points for the first time', "first_close_above('IXIC', 16000)", S, 'record: first close above the level', ''),
  ('IXIC', 'record_streak', 2, 'sessions', None, '2021-11-19', None, None, 'close', 'second-straight record finish', "record_count('IXIC', '2021-11-17', '2021-11-19')", S, 'records: above every earlier close', 'Records on 2021-11-18 and 2021-11-19 only (2021-11-17 was not one), so two in a row.'),
  ('DJI', 'down_days_in_window', 4, 'sessions', None, '2021-11-19', 'last five sessions', None, 'close', 'fourth losing session in the last five', "count_down_days('DJI', '2021-11-15', '2021-11-19')", S, 'counts use daily closes', ''),
  ('IXIC', 'week_pct', '1.24', 'pct', None, '2021-11-19', 'week', None, 'close', '1.24 percent', "week_pct('IXIC', '2021-11-19')", A('pct'), None, ''),
  ('SPX', 'week_pct', '0.32', 'pct', None, '2021-11-19', 'week', None, 'close', '0.32 percent', "week_pct('SPX', '2021-11-19')", A('pct'), None, ''),
  ('SPX', 'weekly_up_streak_ended', 5, 'weeks', None, '2021-11-12', None, None, 'close', 'snapped a five-week run of higher finishes', "week_up_streak('SPX', '2021-11-12')", S, 'streaks use weekly closes', 'Five up weeks to 2021-11-05, then -0.31% in the week to 2021-11-12; the Nasdaq also had five (then -0.69%).'),
  ('DJI', 'week_pct', '-1.38', 'pct', None, '2021-11-19', 'week', None, 'close', '1.38 percent', "week_pct('DJI', '2021-11-19')", A('pct'), None, 'Previous week -0.63%, so the second weekly loss in a row.'),
  ('DJI', 'mtd_below_zero', True, 'flag', None, '2021-11-19', 'MTD', None, 'close', 'wiped out the last of its gains for the month', "pct_window('DJI', '2021-10-31', '2021-11-19')", S, 'MTD from the last close of October', 'Month to date -0.61%.'),
  ('DJI', 'record_date', '2021-11-08', 'date', None, '2021-11-19', None, None, 'close', 'a record high on Monday last week', "record_close_before('DJI', '2021-11-19')", S, 'records: above every earlier close', 'Record close 36,432.22 on Monday 2021-11-08.'),
  ('DJI', 'pct_from_ath', '2.3', 'pct', None, '2021-11-19', None, None, 'close', 'to 2.3 percent', "pct_below_record('DJI', '2021-11-19')", A('pct'), None, ''),
  ('SPX_ENERGY', 'change_pct', -3.9, 'pct', None, '2021-11-19', '1d', None, 'close', 'dropped 3.9 percent', None, U, 'series not in the files', 'S&P 500 sector indexes are not in the files.'),
 ]),

dict(id='weeklyrecap_20240223_nasdaq_near_record', published='2024-02-23', conf='exact',
 pnote='Dated in the title; a syndicated advisor newsletter recap of the week ending Friday 2024-02-23 (Thursday 2024-02-22 was the rally day).',
 source=src('worldcupchampionships.com (advisor newsletter repost)', 'https://www.worldcupchampionships.com/weekly-market-recap-february-23-2024', 'syndicated weekly market recap (advisor newsletter)'),
 text=("Weekly market recap, February 23, 2024. A jump in stocks on Thursday let U.S. indexes recover from the mostly negative week before. "
       "The NASDAQ's rise of over 1% left it just four-tenths of a percentage point below its record closing high from November 19, 2021. "
       "The S&P 500 and the Dow both extended the record highs they had set 11 days earlier. "
       "A stronger-than-expected report from a big chipmaker on Thursday produced the largest daily gains for U.S. indexes in a year: the NASDAQ had its biggest surge in 12 months, climbing nearly 3.0%, "
       "and the S&P 500 its largest increase in 13 months, rising 2.1%. The yield-curve inversion deepened on Friday to its most extreme level so far this year, "
       "with the 2-year note closing at 4.68% and the 10-year at 4.26%. Despite a generally positive week, an index of U.S. small-cap stocks slipped slightly, the Russell 2000 Index falling for the week."),
 claims=[
  ('IXIC', 'week_pct', 1, 'pct', 'more than', '2024-02-23', 'week', None, 'close', 'rise of over 1%', "week_pct('IXIC', '2024-02-23')", A('pct'), None, 'Week +1.40%.'),
  ('IXIC', 'pct_from_ath', '0.4', 'pct', None, '2024-02-23', None, None, 'close', 'four-tenths of a percentage point', "pct_below_record('IXIC', '2024-02-23')", A('pct'), None, 'Friday close 0.38% below the record close; on Thursday it was 0.10% below.'),
  ('IXIC', 'record_date', '2021-11-19', 'date', None, '2024-02-23', None, None, 'close', 'November 19, 2021', "record_close_before('IXIC', '2024-02-23')", S, 'records: above every earlier close', 'Record close 16,057.44 on 2021-11-19.'),
  ('DJI', 'prior_record_date', '11 days earlier', 'date', None, '2024-02-23', None, None, 'close', 'set 11 days earlier', "last_record_close_in('DJI', '2024-02-01', '2024-02-16')", S, 'records: above every earlier close', 'The Dow\'s previous record close was Monday 2024-02-12, 11 days before 2024-02-23.'),
  ('SPX', 'prior_record_date', '11 days earlier', 'date', None, '2024-02-23', None, None, 'close', 'The S&P 500 and the Dow both extended', "last_record_close_in('SPX', '2024-02-01', '2024-02-16')", C, 'wrong date', 'The S&P 500\'s previous record close was 2024-02-15, eight days earlier; 2024-02-12 was not a record for it. The date fits the Dow only.'),
  ('SPX', 'record_close', True, 'flag', None, '2024-02-22', None, None, 'close', 'extended the record highs', "records_on('2024-02-22', 'SPX', 'DJI')", S, 'records: above every earlier close', 'Both closed at records on Thursday 2024-02-22.'),
  ('IXIC', 'change_pct', '3.0', 'pct', 'nearly', '2024-02-22', '1d', None, 'close', 'climbing nearly 3.0%', "pct('IXIC', '2024-02-22')", A('pct'), None, ''),
  ('IXIC', 'best_day_since', '12 months', 'window', None, '2024-02-22', None, None, 'close', 'biggest surge in 12 months', "last_move_as_big('IXIC', '2024-02-22')", S, 'biggest since X', 'Last gain at least as large: 2023-02-02, about 12.7 months earlier.'),
  ('SPX', 'change_pct', '2.1', 'pct', None, '2024-02-22', '1d', None, 'close', 'rising 2.1%', "pct('SPX', '2024-02-22')", A('pct'), None, ''),
  ('SPX', 'best_day_since', '13 months', 'window', None, '2024-02-22', None, None, 'close', 'largest increase in 13 months', "last_move_as_big('SPX', '2024-02-22')", S, 'biggest since X', 'Last gain at least as large: 2023-01-06, about 13.5 months earlier.'),
  ('US2s10s', 'most_inverted_ytd', True, 'flag', None, '2024-02-23', 'YTD', None, 'end of day', 'most extreme level so far this year', "spread_min_ytd('2024-02-23')", C, 'wrong record', 'FRED: 10-year 4.26 - 2-year 4.67 = -0.41 on 2024-02-23, while 2024-01-03 was -0.42. On the text\'s own 4.68 the spread is -0.42, a tie; the 2-dp rounding makes this a close call.'),
  ('US2Y', 'yield', '4.68', 'pct', None, '2024-02-23', None, None, 'end of day', '4.68%', "yld('2024-02-23', 'DGS2')", A('yield'), None, 'FRED DGS2 4.67.'),
  ('US10Y', 'yield', '4.26', 'pct', None, '2024-02-23', None, None, 'end of day', '4.26%', "yld('2024-02-23')", A('yield'), None, ''),
  ('RUT', 'week_pct', 'negative', 'pct', None, '2024-02-23', 'week', None, 'close', 'slipped slightly', "week_pct('RUT', '2024-02-23')", S, 'direction', 'Week -1.39%.'),
 ]),

dict(id='weeklyrecap_20240524_dow_streak_ends', published='2024-05-24', conf='exact',
 pnote='Dated in the title; week ending Friday 2024-05-24.',
 source=src('worldcupchampionships.com (advisor newsletter repost)', 'https://www.worldcupchampionships.com/weekly-market-recap-may-24-2024', 'syndicated weekly market recap (advisor newsletter)'),
 text=("Weekly market recap, May 24, 2024. The major U.S. indexes went separate ways this week: the Dow Jones Industrial Average fell by over 2%, the NASDAQ rose more than 1%, "
       "and the S&P 500 edged up slightly. The week ended a five-week winning streak for the Dow, which finished over 900 points below the record-high 40,000-point mark it had reached the week before. "
       "Oil prices slid around 2% for the week to their lowest in more than three months."),
 claims=[
  ('DJI', 'week_pct', -2, 'pct', 'more than', '2024-05-24', 'week', None, 'close', 'fell by over 2%', "week_pct('DJI', '2024-05-24')", S, 'more than: a loss larger than 2%', 'Week -2.33%.'),
  ('IXIC', 'week_pct', 1, 'pct', 'more than', '2024-05-24', 'week', None, 'close', 'rose more than 1%', "week_pct('IXIC', '2024-05-24')", A('pct'), None, ''),
  ('SPX', 'week_pct', 'slight gain', 'pct', None, '2024-05-24', 'week', None, 'close', 'edged up slightly', "week_pct('SPX', '2024-05-24')", S, 'direction', 'Week +0.03%.'),
  ('DJI', 'weekly_up_streak_ended', 5, 'weeks', None, '2024-05-24', None, None, 'close', 'five-week winning streak', "week_up_streak('DJI', '2024-05-24')", S, 'streaks use weekly closes', ''),
  ('DJI', 'points_below_level', 900, 'points', 'more than', '2024-05-24', None, 'below 40,000', 'close', 'over 900 points below', "close_minus('DJI', '2024-05-24', 40000)", S, 'more than: true > claim', 'Close 39,069.59, 930.41 points under 40,000.'),
  ('DJI', 'first_close_above', 40000, 'points', None, '2024-05-17', 'previous week', None, 'close', 'the week before', "first_close_above('DJI', 40000)", S, 'record: first close above the level', 'First close above 40,000 on Friday 2024-05-17 (the first intraday touch was 2024-05-16), both in the previous week.'),
  ('OIL', 'week_pct', -2, 'pct', 'around', '2024-05-24', 'week', None, None, 'around 2%', None, U, 'series not in the files', 'Oil prices are not in the files.'),
 ]),

dict(id='weeklyrecap_20240719_nasdaq_streak_ends', published='2024-07-19', conf='exact',
 pnote='Dated in the title; week ending Friday 2024-07-19.',
 source=src('worldcupchampionships.com (advisor newsletter repost)', 'https://www.worldcupchampionships.com/weekly-market-recap-july-19-2024', 'syndicated weekly market recap (advisor newsletter)'),
 text=("Weekly market recap, July 19, 2024. The NASDAQ dropped nearly 4%, ending a six-week winning streak as several mega-cap technology stocks fell for a second week. "
       "The S&P 500 slipped less, around 2%, while the Dow stood out with a nearly 1% gain. For a second week a small-cap benchmark clearly beat its large-cap counterpart: "
       "the Russell 2000 Index's surge of 7.7% over two weeks pointed to a rotation into parts of the market expected to benefit from rate cuts. "
       "In a volatile week, the Cboe Volatility Index (VIX) climbed 32% for the week, reaching its highest level since April 22."),
 claims=[
  ('IXIC', 'week_pct', '-4', 'pct', 'nearly', '2024-07-19', 'week', None, 'close', 'dropped nearly 4%', "week_pct('IXIC', '2024-07-19')", A('pct'), None, 'Week -3.65%.'),
  ('IXIC', 'weekly_up_streak_ended', 6, 'weeks', None, '2024-07-19', None, None, 'close', 'six-week winning streak', "week_up_streak('IXIC', '2024-07-19')", S, 'streaks use weekly closes', ''),
  ('SPX', 'week_pct', '-2', 'pct', 'around', '2024-07-19', 'week', None, 'close', 'around 2%', "week_pct('SPX', '2024-07-19')", A('pct'), None, ''),
  ('DJI', 'week_pct', '1', 'pct', 'nearly', '2024-07-19', 'week', None, 'close', 'nearly 1% gain', "week_pct('DJI', '2024-07-19')", A('pct'), None, 'Week +0.72%.'),
  ('RUT', 'window_pct', '7.7', 'pct', None, '2024-07-19', 'two weeks', None, 'close', 'surge of 7.7% over two weeks', "pct_window('RUT', '2024-07-05', '2024-07-19')", A('pct'), None, 'Price index +7.78% from the 2024-07-05 close: 0.08 off, just outside the 1-dp tolerance. A total-return reading would be a little higher still.'),
  ('VIX', 'week_pct', '32', 'pct', None, '2024-07-19', 'week', None, 'close', 'climbed 32%', "week_pct('VIX', '2024-07-19')", A('pct'), None, 'Week +32.58%; 32 is a truncation.'),
  ('VIX', 'highest_since', '2024-04-22', 'date', None, '2024-07-19', None, None, 'close', 'highest level since April 22', "highest_since('VIX', '2024-07-19')", S, 'highest since X', ''),
 ]),

dict(id='weeklyrecap_20240906_steep_weekly_declines', published='2024-09-06', conf='exact',
 pnote='Dated in the title; week ending Friday 2024-09-06.',
 source=src('worldcupchampionships.com (advisor newsletter repost)', 'https://www.worldcupchampionships.com/weekly-market-recap-september-6-2024', 'syndicated weekly market recap (advisor newsletter)'),
 text=("Weekly market recap, September 6, 2024. U.S. indexes suffered some of their steepest weekly declines in over a year, the NASDAQ dropping nearly 6%, the S&P 500 losing over 4% and the Dow falling almost 3%, "
       "as tech shares were hit by new doubts about near-term profits from artificial intelligence. Friday's report showed the economy added 142,000 jobs in August. "
       "Bond yields fell sharply on bets on a rate cut at the Fed's September 18 meeting: the 10-year Treasury yield finished the week at 3.72%, its lowest since June 2023, down from 3.92% a week earlier. "
       "Volatility jumped, the Cboe Volatility Index rising 49% for the week, though Friday's close around 22 was well below its August 5 peak of nearly 39. "
       "Small caps were especially volatile: the Russell 2000 Index dropped nearly 6%, reaching its lowest point since mid-August."),
 claims=[
  ('SPX', 'worst_week_since', 'over a year', 'window', None, '2024-09-06', None, None, 'close', 'steepest weekly declines in over a year', "week_pct_last_as_big('SPX', '2024-09-06')", S, 'worst since X', 'S&P 500 -4.25%: last week at least as bad ended 2023-03-10, 18 months earlier.'),
  ('IXIC', 'week_pct', '-6', 'pct', 'nearly', '2024-09-06', 'week', None, 'close', 'the NASDAQ dropping nearly 6%', "week_pct('IXIC', '2024-09-06')", A('pct'), None, ''),
  ('SPX', 'week_pct', -4, 'pct', 'more than', '2024-09-06', 'week', None, 'close', 'losing over 4%', "week_pct('SPX', '2024-09-06')", S, 'more than: a loss larger than 4%', 'Week -4.25%.'),
  ('DJI', 'week_pct', '-3', 'pct', 'almost', '2024-09-06', 'week', None, 'close', 'falling almost 3%', "week_pct('DJI', '2024-09-06')", A('pct'), None, ''),
  ('US_JOBS', 'payrolls', 142000, 'count', None, '2024-09-06', 'August', None, None, '142,000', None, U, 'series not in the files', ''),
  ('FEDFUNDS', 'meeting_date', '2024-09-18', 'date', None, '2024-09-06', None, None, None, 'September 18 meeting', "fomc_meetings('2024-09-01', '2024-09-30')", S, 'FOMC calendar', ''),
  ('US10Y', 'yield', '3.72', 'pct', None, '2024-09-06', None, None, 'end of day', '3.72%', "yld('2024-09-06')", A('yield'), None, ''),
  ('US10Y', 'lowest_since', 'June 2023', 'month', None, '2024-09-06', None, None, 'end of day', 'its lowest since June 2023', "yld_lowest_since('2024-09-06')", S, 'lowest since X', 'Last end-of-day yield at or below 3.72: 2023-06-28.'),
  ('US10Y', 'yield', '3.92', 'pct', None, '2024-08-30', None, None, 'end of day', '3.92%', "yld('2024-08-30')", A('yield'), None, 'FRED 3.91.'),
  ('VIX', 'week_pct', '49', 'pct', None, '2024-09-06', 'week', None, 'close', 'rising 49%', "week_pct('VIX', '2024-09-06')", A('pct'), None, ''),
  ('VIX', 'level', '22', 'points', 'around', '2024-09-06', None, None, 'close', 'close around 22', "close('VIX', '2024-09-06')", A('level'), None, ''),
  ('VIX', 'level', '39', 'points', 'nearly', '2024-08-05', None, None, 'close', 'peak of nearly 39', "close('VIX', '2024-08-05')", A('level'), None, 'Close basis 38.57; the intraday high that day was 65.73, so the figure is a closing peak.'),
  ('RUT', 'week_pct', '-6', 'pct', 'nearly', '2024-09-06', 'week', None, 'close', 'Russell 2000 Index dropped nearly 6%', "week_pct('RUT', '2024-09-06')", A('pct'), None, ''),
  ('RUT', 'lowest_since', 'mid-August', 'month', None, '2024-09-06', None, None, 'close', 'lowest point since mid-August', "lowest_since('RUT', '2024-09-06')", S, 'lowest since X', 'Last close at or below: 2024-08-14.'),
 ]),

dict(id='seekingalpha_20240624_spx_looking_for_direction', published='2024-06-24', conf='exact',
 pnote='Date shown on the page; describes the week ending Friday 2024-06-21.',
 source=src('seekingalpha.com', 'https://seekingalpha.com/article/4700736-sp500-investors-looking-for-direction?source=feed_all_articles', 'Seeking Alpha (contributor column)'),
 text=("The Juneteenth-shortened trading week effectively closed the second quarter of 2024 for forward-looking S&P 500 investors, because 2024-Q2 dividend futures expired on Friday, 21 June 2024. "
       "After two consecutive new record highs on Monday, 17 June and Tuesday, 18 June 2024, the S&P 500 (SPX) pulled back from its new peak of 5,487.03 after the mid-week holiday. "
       "The index dropped 0.4% from that high to end the week at 5,464.62, still about a 0.6% increase over where it closed the week before. "
       "CME Group's FedWatch Tool expects the Fed to keep the Federal Funds Rate in a target range of 5.25-5.50% until 18 September (2024-Q3), when it projects the first of a series of 0.25% cuts."),
 claims=[
  ('SPX', 'record_count', 2, 'count', None, '2024-06-18', '2024-06-17 to 2024-06-18', None, 'close', 'two consecutive new record highs', "record_count('SPX', '2024-06-17', '2024-06-18')", S, 'records: above every earlier close', ''),
  ('SPX', 'level', '5487.03', 'points', None, '2024-06-18', None, None, 'close', '5,487.03', "close('SPX', '2024-06-18')", A('level'), None, ''),
  ('SPX', 'pct_from_high', '-0.4', 'pct', None, '2024-06-21', 'since 2024-06-18', None, 'close', 'dropped 0.4% from that high', "pct_window('SPX', '2024-06-18', '2024-06-21')", A('pct'), None, ''),
  ('SPX', 'level', '5464.62', 'points', None, '2024-06-21', None, None, 'close', '5,464.62', "close('SPX', '2024-06-21')", A('level'), None, ''),
  ('SPX', 'week_pct', '0.6', 'pct', 'about', '2024-06-21', 'week', None, 'close', 'about a 0.6% increase', "week_pct('SPX', '2024-06-21')", A('pct'), None, ''),
  ('FEDFUNDS', 'target_range', [5.25, 5.5], 'pct', None, '2024-06-21', None, None, None, '5.25-5.50%', "fed_range('2024-06-21')", S, 'Fed target range', ''),
  ('FEDFUNDS', 'projected_cuts', 'from 2024-09-18', 'date', None, '2024-06-21', None, None, None, 'a series of 0.25% cuts', None, F, 'forecast', 'Futures-based projection; not judged.'),
 ]),

dict(id='ap_20160615_stocks_hold_gains_fed', published='2016-06-15', conf='high',
 pnote='Page undated; the Fed hold at 0.25-0.50% before the June 23 Brexit vote and the 2:45 p.m. snapshot place it on Wednesday 2016-06-15.',
 source=src('madison-press.com (AP wire)', 'http://www.madison-press.com/wire/national-wire/129761/stocks-hold-gains-after-fed-votes-to-keep-interest-rates-low-2', 'Associated Press'),
 text=("NEW YORK (AP) — Stocks were holding their gains Wednesday afternoon after the Federal Reserve said it would keep interest rates low, with the market bouncing back from a four-day losing streak. "
       "KEEPING SCORE: The Dow Jones industrial average rose 60 points, or 0.3 percent, to 17,736 as of 2:45 p.m. The Standard & Poor's 500 index rose eight points, or 0.4 percent, to 2,083 "
       "and the Nasdaq composite rose 19 points, or 0.4 percent, to 4,862. ON HOLD: As expected, Fed policymakers voted to leave rates at their current 0.25 percent to 0.50 percent, "
       "noting that labor-market improvement had slowed. Investors are also watching Britain's June 23 vote on leaving the European Union."),
 claims=[
  ('SPX', 'down_streak_before', 4, 'sessions', None, '2016-06-14', None, None, 'close', 'four-day losing streak', "down_streak('SPX', '2016-06-14')", S, 'streaks use daily closes', 'Dow also four (recipe for the S&P 500).'),
  ('DJI', 'change_points', 60, 'points', None, '2016-06-15', '1d', None, '2:45 p.m.', 'rose 60 points', "chg('DJI', '2016-06-15')", U, 'mid-session figure inside the session range', 'Session range -45.8 to +88.3 points against the previous close; the Dow closed down 34.65.'),
  ('DJI', 'level', 17736, 'points', None, '2016-06-15', None, None, '2:45 p.m.', '17,736', "close('DJI', '2016-06-15')", U, 'mid-session figure inside the session range', 'Range 17,629.01-17,762.96.'),
  ('SPX', 'level', 2083, 'points', None, '2016-06-15', None, None, '2:45 p.m.', '2,083', "close('SPX', '2016-06-15')", U, 'mid-session figure inside the session range', 'Range 2,069.80-2,085.65; close 2,071.50.'),
  ('IXIC', 'level', 4862, 'points', None, '2016-06-15', None, None, '2:45 p.m.', '4,862', "close('IXIC', '2016-06-15')", U, 'mid-session figure inside the session range', 'Range 4,830.33-4,868.16; close 4,834.93.'),
  ('FEDFUNDS', 'target_range', [0.25, 0.5], 'pct', None, '2016-06-15', None, None, None, '0.25 percent to 0.50 percent', "fed_range('2016-06-16')", S, 'Fed target range', 'Unchanged after the 2016-06-15 decision.'),
 ]),

dict(id='yahoo_20190329_spx_best_first_quarter_since_1998', published='2019-03-29', conf='exact',
 pnote='Dated in the reposted URL (stock-market-news-march-29-2019).',
 source=src('goldberglawma.com (repost of Yahoo Finance)', 'http://goldberglawma.com/?id=news%2Fstock-market-news-march-29-2019-124211144.html', 'Yahoo Finance'),
 text=("The S&P 500 locked in its best first quarter in more than two decades. At the close the S&P 500 (^GSPC) was up 0.67%, or 18.96 points; the Dow (^DJI) rose 0.82%, or 211.22 points, "
       "and the Nasdaq (^IXIC) gained 0.78%, or 60.16 points. As of Friday's close, the last trading day of March, the S&P 500 had its largest first-quarter advance since the first quarter of 1998. "
       "The S&P 500 is up 13% for the year-to-date in 2019. The last time the index rose more in the first three months was 1998, when it advanced 13.53% in the first quarter. "
       "The S&P 500's 7.9% rally this January was one full standard deviation above January's average return of 1.2% since 1958, Datatrek co-founder Jessica Rabe noted. "
       "The yield on the 10-year note rose 2.1 basis points to 2.41% as of 4:25 p.m. ET."),
 claims=[
  ('SPX', 'change_pct', '0.67', 'pct', None, '2019-03-29', '1d', None, 'close', '0.67%', "pct('SPX', '2019-03-29')", A('pct'), None, ''),
  ('SPX', 'change_points', '18.96', 'points', None, '2019-03-29', '1d', None, 'close', '18.96 points', "chg('SPX', '2019-03-29')", A('points'), None, ''),
  ('DJI', 'change_pct', '0.82', 'pct', None, '2019-03-29', '1d', None, 'close', '0.82%', "pct('DJI', '2019-03-29')", A('pct'), None, ''),
  ('DJI', 'change_points', '211.22', 'points', None, '2019-03-29', '1d', None, 'close', '211.22 points', "chg('DJI', '2019-03-29')", A('points'), None, ''),
  ('IXIC', 'change_pct', '0.78', 'pct', None, '2019-03-29', '1d', None, 'close', '0.78%', "pct('IXIC', '2019-03-29')", A('pct'), None, ''),
  ('IXIC', 'change_points', '60.16', 'points', None, '2019-03-29', '1d', None, 'close', '60.16 points', "chg('IXIC', '2019-03-29')", A('points'), None, 'File +60.15.'),
  ('SPX', 'best_q1_since', 1998, 'year', None, '2019-03-29', 'Q1 2019', None, 'close', 'since the first quarter of 1998', "first_quarter_best_since('SPX', 2019)", S, 'best since X', 'Q1 2019 +13.07%; the last larger first quarter was 1998.'),
  ('SPX', 'ytd_pct', '13', 'pct', None, '2019-03-29', 'YTD', None, 'close', 'up 13% for the year-to-date', "ytd_pct('SPX', '2019-03-29')", A('pct'), None, ''),
  ('SPX', 'quarter_pct', '13.53', 'pct', None, '1998-03-31', 'Q1 1998', None, 'close', '13.53%', "quarter_pct('SPX', 1998, 1)", A('pct'), None, ''),
  ('SPX', 'month_pct', '7.9', 'pct', None, '2019-01-31', 'January 2019', None, 'close', '7.9% rally this January', "pct_window('SPX', '2018-12-31', '2019-01-31')", A('pct'), None, 'Price +7.87%.'),
  ('SPX', 'avg_month_pct', '1.2', 'pct', None, '2018-12-31', 'Januaries 1958-2018', None, 'close', 'average return of 1.2% since 1958', "avg_month_return('SPX', 1, 1958, 2018)", A('pct'), None, 'Mean January price return 1958-2018 is 1.03%; the quoted 1.2% may include dividends or a different span, which the files cannot reproduce.'),
  ('US10Y', 'yield', '2.41', 'pct', None, '2019-03-29', None, None, '4:25 p.m.', 'to 2.41%', "yld('2019-03-29')", A('yield'), None, 'FRED end of day 2.41, matching the late print.'),
  ('US10Y', 'change_bp', 2.1, 'bp', None, '2019-03-29', '1d', None, '4:25 p.m.', '2.1 basis points', "yld_chg_bp('2019-03-29')", U, 'intraday yield event; FRED resolution', 'FRED moves in whole basis points (2.39 to 2.41, +2); a 0.1 bp figure at a 4:25 p.m. print cannot be checked.'),
 ]),

dict(id='cnbc_20250303_spx_worst_day_since_december', published='2025-03-03', conf='exact',
 pnote='Dated in the URL of the repost; CNBC closing story for Monday 2025-03-03.',
 source=src('thebuffalopost.com (repost of CNBC)', 'https://thebuffalopost.com/stock-market-news-for-march-3-2025', 'CNBC'),
 text=("The S&P 500 fell Monday, extending February's slide and turning negative for the year after President Donald Trump confirmed coming tariffs. "
       "The broad index dropped 1.76% to end at 5,849.72, its worst day since December, leaving it down about 0.5% year to date. "
       "The Dow Jones Industrial Average lost 649.67 points, or 1.48%, to 43,191.24. The Nasdaq Composite slid 2.64% to close at 18,350.19, pulled down by Nvidia's drop of more than 8%. "
       "Stocks fell hard in the afternoon after Trump repeated that 25% levies on Mexico and Canada would take effect Tuesday. All three indexes had traded in positive territory earlier, "
       "with the Dow rising nearly 200 points at session highs. The small cap-focused Russell 2000 dropped close to 3%."),
 claims=[
  ('SPX', 'change_pct', '-1.76', 'pct', None, '2025-03-03', '1d', None, 'close', 'dropped 1.76%', "pct('SPX', '2025-03-03')", A('pct'), None, ''),
  ('SPX', 'level', '5849.72', 'points', None, '2025-03-03', None, None, 'close', '5,849.72', "close('SPX', '2025-03-03')", A('level'), None, ''),
  ('SPX', 'worst_day_since', 'December', 'month', None, '2025-03-03', None, None, 'close', 'worst day since December', "last_move_as_big('SPX', '2025-03-03')", S, 'worst since X', 'Last drop at least as large: 2024-12-18 (Fed day).'),
  ('SPX', 'ytd_pct', '-0.5', 'pct', 'about', '2025-03-03', 'YTD', None, 'close', 'down about 0.5% year to date', "ytd_pct('SPX', '2025-03-03')", A('pct'), None, ''),
  ('DJI', 'change_points', '-649.67', 'points', None, '2025-03-03', '1d', None, 'close', '649.67 points', "chg('DJI', '2025-03-03')", A('points'), None, ''),
  ('DJI', 'change_pct', '-1.48', 'pct', None, '2025-03-03', '1d', None, 'close', '1.48%', "pct('DJI', '2025-03-03')", A('pct'), None, ''),
  ('DJI', 'level', '43191.24', 'points', None, '2025-03-03', None, None, 'close', '43,191.24', "close('DJI', '2025-03-03')", A('level'), None, ''),
  ('IXIC', 'change_pct', '-2.64', 'pct', None, '2025-03-03', '1d', None, 'close', 'slid 2.64%', "pct('IXIC', '2025-03-03')", A('pct'), None, ''),
  ('IXIC', 'level', '18350.19', 'points', None, '2025-03-03', None, None, 'close', '18,350.19', "close('IXIC', '2025-03-03')", A('level'), None, ''),
  ('NVDA', 'change_pct', -8, 'pct', 'more than', '2025-03-03', '1d', None, 'close', 'more than 8%', None, U, 'series not in the files', ''),
  ('SPX', 'intraday_positive', True, 'flag', None, '2025-03-03', '1d', None, 'intraday high', 'All three indexes had traded in positive territory earlier', "[intraday_high_pct(t, '2025-03-03') for t in ('SPX', 'DJI', 'IXIC')]", S, 'session extreme', 'Session highs +0.53% (S&P 500), +0.44% (Dow), +0.77% (Nasdaq) above the previous closes.'),
  ('DJI', 'intraday_change_points', '200', 'points', 'nearly', '2025-03-03', '1d', None, 'intraday high', 'nearly 200 points at session highs', "intraday_high_pts('DJI', '2025-03-03')", A('points'), None, 'Session high 44,033.78, 192.87 points over the previous close; for a round figure of 200 the "nearly" band is 196-202, so this is just outside.'),
  ('RUT', 'change_pct', '-3', 'pct', 'close to', '2025-03-03', '1d', None, 'close', 'dropped close to 3%', "pct('RUT', '2025-03-03')", A('pct'), None, 'Russell 2000 -2.81%.'),
 ]),

dict(id='bloomberg_20220509_nasdaq100_rout', published='2022-05-09', conf='exact',
 pnote='Dated in the repost URL; Bloomberg story on Monday 2022-05-09.',
 source=src('articles.traderspro.com (repost of Bloomberg)', 'https://articles.traderspro.com/index.php/2022/05/09/nasdaq-100-rout-erases-1-5-trillion-in-market-value-in-3-days', 'Bloomberg'),
 text=("(Bloomberg) — Three days of heavy selling in technology shares wiped about $1.5 trillion off the market value of the Nasdaq 100 Index. "
       "The tech-heavy gauge sank 4% on Monday, taking its decline to 10% since the Federal Reserve raised rates half a percentage point last week, the index's biggest three-day drop since September 2020, per Bloomberg data. "
       "The S&P 500 tumbled 3.2% and closed at 3,991, under the psychologically key 4,000 level, in its worst three-day stretch since its March 20, 2020, pandemic low. "
       "The Nasdaq 100 is down 25% this year, its largest drawdown since the start of the Covid-19 pandemic, when the index dropped 28% in the span of about a month."),
 claims=[
  ('NDX', 'market_value_loss', 1.5, 'usd_trillion', 'about', '2022-05-09', '3 days', None, 'close', 'about $1.5 trillion', None, U, 'series not in the files', 'Market values are not in the files.'),
  ('NDX', 'change_pct', '-4', 'pct', None, '2022-05-09', '1d', None, 'close', 'sank 4% on Monday', "pct('NDX', '2022-05-09')", A('pct'), None, ''),
  ('NDX', 'window_pct', '-10', 'pct', None, '2022-05-09', 'since 2022-05-04', None, 'close', 'its decline to 10%', "pct_window('NDX', '2022-05-04', '2022-05-09')", A('pct'), None, 'From the close of the Fed day 2022-05-04: -9.96%.'),
  ('FEDFUNDS', 'change_bp', 50, 'bp', None, '2022-05-04', None, None, None, 'half a percentage point last week', "fomc_change_bp('2022-05-04')", S, 'Fed decisions', ''),
  ('NDX', 'worst_3day_since', 'September 2020', 'month', None, '2022-05-09', '3 days', None, 'close', 'biggest three-day drop since September 2020', "last_move_as_big('NDX', '2022-05-09', 3)", S, 'worst since X', 'Last three-day fall at least as large: to 2020-09-08.'),
  ('SPX', 'change_pct', '-3.2', 'pct', None, '2022-05-09', '1d', None, 'close', 'tumbled 3.2%', "pct('SPX', '2022-05-09')", A('pct'), None, ''),
  ('SPX', 'level', '3991', 'points', None, '2022-05-09', None, None, 'close', 'closed at 3,991', "close('SPX', '2022-05-09')", A('level'), None, ''),
  ('SPX', 'worst_3day_since', '2020-03-20', 'date', None, '2022-05-09', '3 days', None, 'close', 'worst three-day stretch since its March 20, 2020', "last_move_as_big('SPX', '2022-05-09', 3)", S, 'worst since X', 'Last three-day fall at least as large ends 2020-03-20.'),
  ('NDX', 'ytd_pct', '-25', 'pct', None, '2022-05-09', 'YTD', None, 'close', 'down 25% this year', "ytd_pct('NDX', '2022-05-09')", A('pct'), None, ''),
  ('NDX', 'drawdown', '28', 'pct', None, '2020-03-16', 'about a month, early 2020', None, 'close', 'dropped 28%', "drawdown_window('NDX', '2020-02-01', '2020-04-30')", A('pct'), None, 'Close 2020-02-19 to close 2020-03-16: -28.03%.'),
 ]),

dict(id='cnbc_20221227_treasury_yields_climb', published='2022-12-27', conf='high',
 pnote='Page undated; "markets reopened after Monday\'s Christmas holiday" with a 10-year near 3.85% fixes Tuesday 2022-12-27.',
 source=src('nbcwashington.com (CNBC content)', 'https://www.nbcwashington.com/news/business/money-report/treasury-yields-rise-as-investors-consider-u-s-economic-outlook/3241836/', 'CNBC'),
 text=("U.S. Treasury yields rose on Tuesday as markets reopened after Monday's Christmas holiday and investors looked toward 2023. "
       "The 10-year Treasury yield was up by around 10 basis points, trading at 3.851%, and the 2-year yield rose 7 basis points to 4.391%. "
       "The move in yields weighed on growth names, pulling down tech shares and the tech-heavy Nasdaq Composite, which fell almost 1.4%. "
       "The central bank lifted rates by another 50 basis points earlier this month after 75 basis point hikes at each of its previous four meetings."),
 claims=[
  ('US10Y', 'change_bp', '10', 'bp', 'around', '2022-12-27', '1d', None, 'intraday', 'around 10 basis points', "yld_chg_bp('2022-12-27')", U, 'intraday yield event', 'A trading-time quote; FRED end of day was 3.84, +9 bp, consistent with it.'),
  ('US10Y', 'yield', 3.851, 'pct', None, '2022-12-27', None, None, 'intraday', '3.851%', "yld('2022-12-27')", U, 'intraday yield event', 'FRED end of day 3.84.'),
  ('US2Y', 'yield', 4.391, 'pct', None, '2022-12-27', None, None, 'intraday', '4.391%', "yld('2022-12-27', 'DGS2')", U, 'intraday yield event', 'FRED end of day 4.32 (4.31 the session before, +1 bp); the 7 bp rise and 4.391% are a trading-time quote that the end-of-day series cannot confirm or refute.'),
  ('IXIC', 'change_pct', '-1.4', 'pct', 'almost', '2022-12-27', '1d', None, 'close', 'fell almost 1.4%', "pct('IXIC', '2022-12-27')", A('pct'), None, 'Close -1.38%.'),
  ('FEDFUNDS', 'change_bp', 50, 'bp', None, '2022-12-14', None, None, None, 'another 50 basis points earlier this month', "fomc_change_bp('2022-12-14')", S, 'Fed decisions', ''),
  ('FEDFUNDS', 'previous_changes_bp', [75, 75, 75, 75], 'bp', None, '2022-11-02', 'previous four meetings', None, None, 'at each of its previous four meetings', "fomc_changes_between('2022-06-01', '2022-11-30')", S, 'Fed decisions', 'June 15, July 27, September 21 and November 2, 2022.'),
 ]),

dict(id='upi_20220316_fed_first_hike_since_2018', published='2022-03-16', conf='exact',
 pnote='Dateline "March 16 (UPI)" and date in the URL. Another outlet covers this session in an earlier corpus.',
 source=src('upi.com', 'https://www.upi.com/Top_News/US/2022/03/16/Dow-rises-518-points-Federal-Reserve-announces-interest-rate-hike/3641647461396/', 'UPI'),
 text=("March 16 (UPI) -- U.S. markets rose Wednesday after the Federal Reserve announced the first of seven planned interest rate hikes. The Dow Jones Industrial Average gained 518.76 points, or 1.55%, "
       "the S&P 500 rose 2.24% and the Nasdaq Composite finished up 3.77%. At the end of its two-day meeting, the Fed raised short-term rates by a quarter of a percentage point -- its first hike since 2018 -- "
       "and also scheduled further increases for its six remaining meetings this year. Markets dipped right after the announcement but rallied in the last 30 minutes of trading. "
       "The 10-year treasury note rose 2.8 basis points to about 2.18, its highest level since 2019, after the statement. West Texas Intermediate crude slipped below $95 a barrel."),
 claims=[
  ('DJI', 'change_points', '518.76', 'points', None, '2022-03-16', '1d', None, 'close', '518.76 points', "chg('DJI', '2022-03-16')", A('points'), None, ''),
  ('DJI', 'change_pct', '1.55', 'pct', None, '2022-03-16', '1d', None, 'close', '1.55%', "pct('DJI', '2022-03-16')", A('pct'), None, ''),
  ('SPX', 'change_pct', '2.24', 'pct', None, '2022-03-16', '1d', None, 'close', '2.24%', "pct('SPX', '2022-03-16')", A('pct'), None, ''),
  ('IXIC', 'change_pct', '3.77', 'pct', None, '2022-03-16', '1d', None, 'close', '3.77%', "pct('IXIC', '2022-03-16')", A('pct'), None, ''),
  ('FEDFUNDS', 'change_bp', 25, 'bp', None, '2022-03-16', None, None, None, 'a quarter of a percentage point', "fomc_change_bp('2022-03-16')", S, 'Fed decisions', ''),
  ('FEDFUNDS', 'first_hike_since', 2018, 'year', None, '2022-03-16', None, None, None, 'its first hike since 2018', "last_hike_before('2022-03-17')", S, 'Fed decisions', 'Previous increase effective 2018-12-20 (decision 2018-12-19).'),
  ('FEDFUNDS', 'remaining_meetings', 6, 'count', None, '2022-03-16', 'rest of 2022', None, None, 'six remaining meetings this year', "fomc_meetings('2022-03-17', '2022-12-31')", S, 'FOMC calendar', 'Six meetings after March in 2022; the planned increases themselves are a projection (next claim).'),
  ('FEDFUNDS', 'planned_hikes', 7, 'count', None, '2022-03-16', '2022', None, None, 'the first of seven planned interest rate hikes', None, F, 'forecast', 'Projection from the Fed\'s dot plot; not judged against outcomes.'),
  ('US10Y', 'change_bp', 2.8, 'bp', None, '2022-03-16', '1d', None, 'intraday', '2.8 basis points', "yld_chg_bp('2022-03-16')", U, 'intraday yield event', 'A print taken after the statement; FRED end of day +4 bp (2.15 to 2.19).'),
  ('US10Y', 'yield', '2.18', 'pct', 'about', '2022-03-16', None, None, 'intraday', 'about 2.18', "yld('2022-03-16')", U, 'intraday yield event', 'FRED end of day 2.19, within "about" of the figure, but the quote is a post-statement print.'),
  ('US10Y', 'highest_since', 2019, 'year', None, '2022-03-16', None, None, 'end of day', 'its highest level since 2019', "yld_highest_since('2022-03-16')", S, 'highest since X', 'End-of-day 2.19: last yield at least as high 2019-05-30.'),
  ('WTI', 'price', 95, 'usd', 'less than', '2022-03-16', None, None, None, 'below $95 a barrel', None, U, 'series not in the files', ''),
 ]),

dict(id='cnbc_20200522_dow_best_week_since_april', published='2020-05-22', conf='exact',
 pnote='Date in the URL. Another outlet covers this session in an earlier corpus.',
 source=src('cnbc.com', 'https://www.cnbc.com/2020/05/22/what-happened-to-the-stock-market-friday-best-week-for-dow-since-april.html', 'CNBC'),
 text=("For the week, the Dow jumped 3.29% for its best weekly performance since April 9, and the S&P 500 and Nasdaq also posted strong weekly gains. "
       "Hopes for a coronavirus vaccine and the reopening of the U.S. economy lifted Wall Street this week; on Friday Dr. Anthony Fauci called Moderna's vaccine data \"promising.\" "
       "Chevron slid 1.91% on Friday, among the weakest Dow stocks. U.S. markets are closed Monday for Memorial Day."),
 claims=[
  ('DJI', 'week_pct', '3.29', 'pct', None, '2020-05-22', 'week', None, 'close', 'jumped 3.29%', "week_pct('DJI', '2020-05-22')", A('pct'), None, ''),
  ('DJI', 'best_week_since', '2020-04-09', 'date', None, '2020-05-22', None, None, 'close', 'best weekly performance since April 9', "week_pct_last_as_big('DJI', '2020-05-22')", S, 'best since X', 'The last better week is the holiday week that ended Thursday 2020-04-09 (Good Friday); the recipe labels weeks by their Friday, 2020-04-10.'),
  ('SPX', 'week_pct', 'strong gain', 'pct', None, '2020-05-22', 'week', None, 'close', 'strong weekly gains', "[week_pct(t, '2020-05-22') for t in ('SPX', 'IXIC')]", S, 'direction', 'S&P 500 +3.20%, Nasdaq +3.44% for the week.'),
  ('CVX', 'change_pct', -1.91, 'pct', None, '2020-05-22', '1d', None, 'close', 'Chevron slid 1.91%', None, U, 'series not in the files', ''),
 ]),

dict(id='cnbc_20260128_spx_tops_7000_fed_hold', published='2026-01-28', conf='exact',
 pnote='Dated in the repost title; CNBC closing story for the Fed decision day 2026-01-28. Another outlet covers this session in an earlier corpus.',
 source=src('whistlebuzz.com (repost of CNBC)', 'https://whistlebuzz.com/stock-market-news-for-january-28-2026', 'CNBC'),
 text=("The S&P 500 hit a milestone on Wednesday, reaching 7,000 for the first time, but slipped back below that level after the Federal Reserve left rates unchanged and upgraded its view of growth. "
       "The broad index ended the day down 0.01% at 6,978.03, having earlier gained as much as 0.3% to an intraday high of 7,002.28. "
       "The Dow Jones Industrial Average added 12.19 points, or 0.02%, to close at 49,015.60. The Nasdaq Composite outperformed, rising 0.17% to settle at 23,857.45. "
       "The Fed kept its policy rate in a target range of 3.5% to 3.75%. Argent Capital's Jed Ellerbrook expects the central bank to stay on hold until the end of Powell's term in May."),
 claims=[
  ('SPX', 'first_intraday_above', 7000, 'points', None, '2026-01-28', None, None, 'intraday high', 'reaching 7,000 for the first time', "first_high_above('SPX', 7000)", S, 'intraday record: above every earlier high', ''),
  ('SPX', 'change_pct', '-0.01', 'pct', None, '2026-01-28', '1d', None, 'close', 'down 0.01%', "pct('SPX', '2026-01-28')", A('pct'), None, ''),
  ('SPX', 'level', '6978.03', 'points', None, '2026-01-28', None, None, 'close', '6,978.03', "close('SPX', '2026-01-28')", A('level'), None, ''),
  ('SPX', 'intraday_change_pct', '0.3', 'pct', 'as much as', '2026-01-28', '1d', None, 'intraday high', 'as much as 0.3%', "intraday_high_pct('SPX', '2026-01-28')", S, 'as much as: within one unit of the last stated digit', 'Session high +0.34% over the previous close.'),
  ('SPX', 'intraday_high', '7002.28', 'points', None, '2026-01-28', None, None, 'intraday high', '7,002.28', "high('SPX', '2026-01-28')", A('level'), None, ''),
  ('DJI', 'change_points', '12.19', 'points', None, '2026-01-28', '1d', None, 'close', '12.19 points', "chg('DJI', '2026-01-28')", A('points'), None, ''),
  ('DJI', 'change_pct', '0.02', 'pct', None, '2026-01-28', '1d', None, 'close', '0.02%', "pct('DJI', '2026-01-28')", A('pct'), None, ''),
  ('DJI', 'level', '49015.60', 'points', None, '2026-01-28', None, None, 'close', '49,015.60', "close('DJI', '2026-01-28')", A('level'), None, 'Dow rows after 2025-07-11 come from a single source.'),
  ('IXIC', 'change_pct', '0.17', 'pct', None, '2026-01-28', '1d', None, 'close', 'rising 0.17%', "pct('IXIC', '2026-01-28')", A('pct'), None, ''),
  ('IXIC', 'level', '23857.45', 'points', None, '2026-01-28', None, None, 'close', '23,857.45', "close('IXIC', '2026-01-28')", A('level'), None, ''),
  ('FEDFUNDS', 'target_range', [3.5, 3.75], 'pct', None, '2026-01-28', None, None, None, '3.5% to 3.75%', "fed_range('2026-01-29')", S, 'Fed target range', 'Unchanged after the 2026-01-28 decision.'),
  ('FEDFUNDS', 'hold_until', 'May 2026', 'month', None, '2026-01-28', None, None, None, 'stay on hold until the end of Powell', None, F, 'forecast', 'A strategist\'s expectation; not judged.'),
 ]),
]
