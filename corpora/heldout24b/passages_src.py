# Passage texts and claims (executed by build.py; helper c() and passage() come from there).

passage('bostonglobe_20130210_sp500_sixth_weekly_gain', 'bostonglobe.com',
 'https://www.bostonglobe.com/business/2013/02/10/straight-week-gains-for/BasIZp1swaoD0cki6qI2cJ/story.html',
 'The Boston Globe', '2013-02-10', 'exact', 'Date in the URL; the text is about Friday 2013-02-08.',
 "6th week of gains for S&P index. The S&P 500 touched a five-year high on Friday, carrying on a rally that began in January. "
 "The index is at its highest since November 2007 and has advanced for six weeks. The Dow closed above 14,000 on Feb. 1 for the "
 "first time since 2007. The index is up 6.8 percent this year; the S&P 500 is up 6.4 percent. The S&P ended the week higher even "
 "though it took a big drop Monday on worrying news out of Europe. Analysts forecast fourth-quarter earnings to rise 6.5 percent for S&P 500 companies.")
c('SPX', 'highest_since', 'November 2007', 'date', '2013-02-08', 'its highest since November 2007', "highest_since('SPX','2013-02-08')",
  verdict='supported', rule='highest since X: X must be the last session with a close at least as high', note='Last close at least as high: 2007-11-06 (1520.27 vs 1517.93); the text says "five-year high", consistent.')
c('SPX', 'weekly_win_streak', '6', 'weeks', '2013-02-08', 'advanced for six weeks', "wk_streak('SPX','2013-02-08')", kind='eq', expect=6,
  note='Weekly closes Friday to Friday; the week to 2013-02-08 was the sixth straight weekly gain.')
c('DJI', 'first_close_above_since', '14,000 / 2007', 'level', '2013-02-01', 'first time since 2007', "[close('DJI','2013-02-01'), highest_since('DJI','2013-02-01')]",
  verdict='supported', rule='first close above level since X', note='2013-02-01 close 14009.79; the last close at least that high was 2007-10-12.')
c('DJI', 'ytd_pct', '6.8', '%', '2013-02-08', 'up 6.8 percent this year', "ytd_pct('DJI','2013-02-08')", kind='pct', window='YTD',
  note='"The index" follows the Dow sentence and is read as the Dow (6.78%); the S&P 500 figure is given separately.')
c('SPX', 'ytd_pct', '6.4', '%', '2013-02-08', 'the S&P 500 is up 6.4 percent', "ytd_pct('SPX','2013-02-08')", kind='pct', window='YTD')
c('SPX', 'week_direction', 'higher', 'sign', '2013-02-08', 'ended the week higher', "wk_pct('SPX','2013-02-08') > 0", kind='eq', expect=True,
  note='Week +0.31%. The Monday drop (2013-02-04) has no figure in the text.')
c('SPX_EARNINGS', 'forecast_growth', '6.5', '%', '2013-02-08', 'rise 6.5 percent', None, verdict='forecast', rule='forecast: never judged',
  note='Analysts\' earnings forecast; earnings are not in the files.')

passage('ibtimes_20141219_sp500_biggest_weekly_gain', 'ibtimes.com',
 'http://www.ibtimes.com/sp-500-index-soars-within-mere-5-points-all-time-record-1763797',
 'International Business Times (with Reuters)', '2014-12-19', 'high', 'The page describes Friday after a Wednesday Fed meeting with oil at five-year lows; the closing figures match 2014-12-19 exactly.',
 "U.S. stocks ended higher Friday, a third straight day of gains, as the S&P 500 Index jumped to its biggest weekly gain in nearly two years. "
 "The S&P 500 came within a mere 5 points of its record closing high, set on Dec. 5. The Dow rose 26.65 points, or 0.15 percent, to finish "
 "at 17,804.80; the S&P 500 climbed 9.42 points, or 0.46 percent, to end at 2,070.65; the tech-heavy Nasdaq Composite gained 16.98 points, "
 "or 0.36 percent, to finish at 4,765.38. On Thursday the Dow posted its best one-day point gain since Nov. 30, 2011, which was also the "
 "best one-day gain of the year for the S&P 500. On Dec. 5, the blue-chip Dow came within just 10 points of the 18,000 milestone.")
D = '2014-12-19'
c('SPX', 'win_streak', '3', 'sessions', D, 'a third straight day of gains', "streak('SPX','2014-12-19')", kind='eq', expect=3)
c('SPX', 'biggest_weekly_gain_since', 'nearly two years', 'window', D, 'biggest weekly gain in nearly two years', "last_week_as_big('SPX','2014-12-19')",
  verdict='contradicted', rule='biggest since X: X must be the last week with a gain at least as large',
  note='Week +3.41%; the week to 2014-10-24 gained more (+4.12%), only two months earlier.')
c('SPX', 'pts_below_record_close', '5', 'points', D, 'within a mere 5 points', "pts_below_record('SPX','2014-12-19')", qual='less than', kind='pts', comparison='record close',
  verdict='supported', rule='less than / within: true < claim', note='4.72 points below the 2014-12-05 record close 2075.37.')
c('SPX', 'record_close_date', 'Dec. 5', 'date', D, 'set on Dec. 5', "record_close_date('SPX','2014-12-19')", kind='eq', expect='2014-12-05')
c('DJI', 'pts_change', '26.65', 'points', D, 'rose 26.65 points', "chg('DJI','2014-12-19')", kind='pts')
c('DJI', 'pct_change', '0.15', '%', D, 'or 0.15 percent', "pct('DJI','2014-12-19')", kind='pct')
c('DJI', 'close', '17,804.80', 'level', D, '17,804.80', "close('DJI','2014-12-19')", kind='level')
c('SPX', 'pts_change', '9.42', 'points', D, 'climbed 9.42 points', "chg('SPX','2014-12-19')", kind='pts')
c('SPX', 'pct_change', '0.46', '%', D, 'or 0.46 percent', "pct('SPX','2014-12-19')", kind='pct')
c('SPX', 'close', '2,070.65', 'level', D, '2,070.65', "close('SPX','2014-12-19')", kind='level')
c('IXIC', 'pts_change', '16.98', 'points', D, 'gained 16.98 points', "chg('IXIC','2014-12-19')", kind='pts')
c('IXIC', 'pct_change', '0.36', '%', D, 'or 0.36 percent', "pct('IXIC','2014-12-19')", kind='pct')
c('IXIC', 'close', '4,765.38', 'level', D, '4,765.38', "close('IXIC','2014-12-19')", kind='level')
c('DJI', 'best_point_gain_since', 'Nov. 30, 2011', 'date', '2014-12-18', 'since Nov. 30, 2011', "last_move_as_big('DJI','2014-12-18','pts')", kind='eq', expect='2011-11-30',
  note='Thursday 2014-12-18 Dow +421.28 points.')
c('SPX', 'best_day_of_year_rank', '1', 'rank', '2014-12-18', 'best one-day gain of the year', "rank_pct_move('SPX','2014-12-18','2014-01-01')", kind='eq', expect=1,
  note='Ranked by percent move among 2014 sessions up to that day (+2.40%).')
c('DJI', 'pts_short_of_level_intraday', '10', 'points', '2014-12-05', 'within just 10 points', "round(18000-high('DJI','2014-12-05'),2)", qual='within', basis='intraday high',
  verdict='supported', rule='less than / within: true < claim', note='Intraday high 17991.19, 8.81 points short of 18,000; the close (17958.79) was 41 points short.')

passage('courierjournal_20151224_christmas_eve_weekly_gains', 'courier-journal.com',
 'https://www.courier-journal.com/story/money/2015/12/24/stocks-close-mostly-lower-but-post-strong-gains-week/77884476/',
 'The Courier-Journal (USA TODAY network)', '2015-12-24', 'exact', 'Date in the URL; the holiday-shortened session of Thursday 2015-12-24.',
 "Stocks close mostly lower but post strong gains for the week. Stocks ended mostly lower in a holiday-shortened Thursday session, breaking a "
 "three-day rally. Even so, the major indexes all posted strong weekly gains. After a two-day drop of more than 600 points for the Dow Jones "
 "industrial average to end last week, the Dow bounced back this week with three consecutive days of triple-digit gains totaling nearly 500 points. "
 "But the Dow slipped back Thursday, falling 50.44 points, or 0.3%, to close at 17,552.17. The blue-chip index is now down 1.5% for the year. "
 "The Standard & Poor's 500 index, which jumped back into the black Wednesday, fell 3.30 points, or 0.2%, to 2060.99, staying above its 2014 close "
 "of 2058.90. The Nasdaq composite index gained 2.56 points to close at 5048.49. For the week, the S&P 500 jumped 2.8% and the Dow and Nasdaq gained 2.5%. "
 "Markets will be closed Friday for Christmas.")
D = '2015-12-24'
c('DJI', 'two_day_pts_change', '600', 'points', '2015-12-18', 'more than 600 points', "round(chg('DJI','2015-12-17')+chg('DJI','2015-12-18'),2)", qual='more than', kind='pts', window='2015-12-17..2015-12-18',
  note='Thursday -253.25 and Friday -367.29.')
c('DJI', 'three_day_streak_triple_digit', '3', 'sessions', '2015-12-23', 'three consecutive days of triple-digit gains', "[chg('DJI',x) for x in ['2015-12-21','2015-12-22','2015-12-23']]",
  verdict='supported', rule='streaks use daily closes', note='+123.07, +165.65, +185.34.')
c('DJI', 'three_day_pts_change', '500', 'points', '2015-12-23', 'nearly 500 points', "round(chg('DJI','2015-12-21')+chg('DJI','2015-12-22')+chg('DJI','2015-12-23'),2)", qual='nearly', kind='pts',
  note='Total 474.06. For a round 500 the "nearly" unit is 2% (10 points): 490-505 needed; within 20% so imprecise.')
c('DJI', 'pts_change', '-50.44', 'points', D, 'falling 50.44 points', "chg('DJI','2015-12-24')", kind='pts')
c('DJI', 'pct_change', '-0.3', '%', D, 'or 0.3%, to close at 17,552.17', "pct('DJI','2015-12-24')", kind='pct')
c('DJI', 'close', '17,552.17', 'level', D, '17,552.17', "close('DJI','2015-12-24')", kind='level')
c('DJI', 'ytd_pct', '-1.5', '%', D, 'down 1.5% for the year', "ytd_pct('DJI','2015-12-24')", kind='pct', window='YTD')
c('SPX', 'above_prior_year_close', 'Wednesday', 'flag', '2015-12-23', 'jumped back into the black Wednesday', "[close('SPX','2015-12-22') < year_end_close('SPX',2014), close('SPX','2015-12-23') > year_end_close('SPX',2014)]",
  verdict='supported', rule='computed flags', note='2015-12-22 close 2038.97 below, 2015-12-23 close 2064.29 above the 2014 close 2058.90.')
c('SPX', 'pts_change', '-3.30', 'points', D, 'fell 3.30 points', "chg('SPX','2015-12-24')", kind='pts')
c('SPX', 'pct_change', '-0.2', '%', D, 'or 0.2%, to 2060.99', "pct('SPX','2015-12-24')", kind='pct')
c('SPX', 'close', '2060.99', 'level', D, 'to 2060.99', "close('SPX','2015-12-24')", kind='level')
c('SPX', 'prior_year_close', '2058.90', 'level', '2014-12-31', '2058.90', "year_end_close('SPX',2014)", kind='level')
c('IXIC', 'pts_change', '2.56', 'points', D, 'gained 2.56 points', "chg('IXIC','2015-12-24')", kind='pts')
c('IXIC', 'close', '5048.49', 'level', D, '5048.49', "close('IXIC','2015-12-24')", kind='level')
c('SPX', 'week_pct', '2.8', '%', D, 'the S&P 500 jumped 2.8%', "wk_pct('SPX','2015-12-24')", kind='pct', window='week to Thursday 2015-12-24')
c('DJI', 'week_pct', '2.5', '%', D, 'the Dow and Nasdaq gained 2.5%', "wk_pct('DJI','2015-12-24')", kind='pct', window='week to Thursday 2015-12-24', note='2.47%.')
c('IXIC', 'week_pct', '2.5', '%', D, 'Nasdaq gained 2.5%', "wk_pct('IXIC','2015-12-24')", kind='pct', window='week to Thursday 2015-12-24', note='2.55%.')

passage('arkansasonline_20161222_health_stocks_drag', 'arkansasonline.com',
 'http://www.arkansasonline.com/news/2016/dec/22/health-stocks-drag-indexes-lower-201612/',
 'Arkansas Democrat-Gazette (Associated Press)', '2016-12-22', 'exact', 'Date in the URL; the text describes Wednesday 2016-12-21.',
 "NEW YORK -- Stocks finished lower Wednesday as health care companies kept struggling, while energy shares rose with natural gas prices. "
 "The Dow Jones industrial average dipped 32.66 points, or 0.2 percent, to 19,941.96. The Standard & Poor's 500 index fell 5.58 points, or 0.3 percent, "
 "to 2,265.18. The Nasdaq composite fell 12.51 points, or 0.2 percent, to 5,471.43. Some traders are not waiting to see whether the Dow reaches 20,000: "
 "volume has dropped sharply this week as Christmas nears. After a mixed open, stocks finished at their lowest prices of the day. "
 "The S&P 500 health care index is down 4.4 percent this year. The S&P 500 itself is up almost 11 percent.")
D = '2016-12-21'
c('DJI', 'pts_change', '-32.66', 'points', D, 'dipped 32.66 points', "chg('DJI','2016-12-21')", kind='pts')
c('DJI', 'pct_change', '-0.2', '%', D, 'or 0.2 percent, to 19,941.96', "pct('DJI','2016-12-21')", kind='pct')
c('DJI', 'close', '19,941.96', 'level', D, '19,941.96', "close('DJI','2016-12-21')", kind='level')
c('SPX', 'pts_change', '-5.58', 'points', D, 'fell 5.58 points', "chg('SPX','2016-12-21')", kind='pts')
c('SPX', 'pct_change', '-0.3', '%', D, 'or 0.3 percent', "pct('SPX','2016-12-21')", kind='pct', note='-0.25%, rounds to 0.3 (within tolerance).')
c('SPX', 'close', '2,265.18', 'level', D, '2,265.18', "close('SPX','2016-12-21')", kind='level')
c('IXIC', 'pts_change', '-12.51', 'points', D, 'fell 12.51 points', "chg('IXIC','2016-12-21')", kind='pts')
c('IXIC', 'pct_change', '-0.2', '%', D, 'or 0.2 percent, to 5,471.43', "pct('IXIC','2016-12-21')", kind='pct')
c('IXIC', 'close', '5,471.43', 'level', D, '5,471.43', "close('IXIC','2016-12-21')", kind='level')
c('GENERIC', 'close_at_session_low', 'lowest prices of the day', 'flag', D, 'finished at their lowest prices of the day',
  "[round(close(t,'2016-12-21')-low(t,'2016-12-21'),2) for t in ['DJI','SPX','IXIC']]",
  verdict='supported', rule='computed flags (close minus session low)', note='Dow closed at its low, S&P 500 0.03 above its low; the Nasdaq closed 6.12 points above its low. Keyed supported on the two broad benchmarks; the Nasdaq reading is weaker.')
c('SPX_HEALTH', 'ytd_pct', '-4.4', '%', D, 'down 4.4 percent this year', None, verdict='unverifiable', rule='series not in the files', note='S&P 500 health care index not in the files; XLV has only adj_close before 2026-03 (proxy only).')
c('SPX', 'ytd_pct', '11', '%', D, 'up almost 11 percent', "ytd_pct('SPX','2016-12-21')", kind='pct', qual='almost', window='YTD', note='10.82%.')

passage('gephardtdaily_20161230_stocks_end_2016', 'gephardtdaily.com',
 'https://gephardtdaily.com/national-international/u-s-stocks-end-2016-with-strong-gains-from-last-year/amp',
 'UPI', '2016-12-30', 'exact', 'Dateline "NEW YORK, Dec. 30 (UPI)"; last session of 2016. Another corpus has a page on this session from a different outlet.',
 "NEW YORK, Dec. 30 (UPI) -- The top U.S. stock indices ended 2016 with strong gains despite slipping on the last trading day, Friday. "
 "For the year, the Dow Jones Industrial Average closed up 13.5 percent, the highest increase since 2013. The Dow finished just below the 20,000 milestone "
 "at 19,763 after hitting a record high of 19,988 on Dec. 20. On Friday the 30-stock index fell 57.18 points. The S&P 500 ended with a 9.4 percent gain "
 "for the year at 2,238.83, a 10.43 points drop from Thursday's close. The Nasdaq finished the year up 7.5 percent at 5,383.12, a decline of 48.97. "
 "The top sector this year was energy, up 23.4 percent. The Dow industrials have nearly tripled since the financial crisis low of 6547.05 in March 2009.")
D = '2016-12-30'
c('DJI', 'year_pct', '13.5', '%', D, 'closed up 13.5 percent', "year_pct('DJI',2016)", kind='pct', window='2016', note='13.42%; 1-decimal tolerance 0.07 missed by 0.01.')
c('DJI', 'best_year_since', '2013', 'year', D, 'the highest increase since 2013', "[year_pct('DJI',y) for y in [2013,2014,2015]]",
  verdict='supported', rule='best since X: X the last year with a gain at least as large', note='2013 +26.50%, 2014 +7.52%, 2015 -2.23%.')
c('DJI', 'close', '19,763', 'level', D, 'at 19,763', "close('DJI','2016-12-30')", kind='level')
c('DJI', 'record_high_intraday', '19,988', 'level', '2016-12-20', 'record high of 19,988', "high('DJI','2016-12-20')", kind='level', basis='intraday high',
  note='Intraday high 19987.63 on 2016-12-20, an intraday record; the record close that day was 19974.62.')
c('DJI', 'pts_change', '-57.18', 'points', D, 'fell 57.18 points', "chg('DJI','2016-12-30')", kind='pts')
c('SPX', 'year_pct', '9.4', '%', D, '9.4 percent gain', "year_pct('SPX',2016)", kind='pct', window='2016', note='9.54% price change; 9.4 is outside tolerance but close.')
c('SPX', 'close', '2,238.83', 'level', D, '2,238.83', "close('SPX','2016-12-30')", kind='level')
c('SPX', 'pts_change', '-10.43', 'points', D, '10.43 points drop', "chg('SPX','2016-12-30')", kind='pts')
c('IXIC', 'year_pct', '7.5', '%', D, 'up 7.5 percent', "year_pct('IXIC',2016)", kind='pct', window='2016')
c('IXIC', 'close', '5,383.12', 'level', D, '5,383.12', "close('IXIC','2016-12-30')", kind='level')
c('IXIC', 'pts_change', '-48.97', 'points', D, 'a decline of 48.97', "chg('IXIC','2016-12-30')", kind='pts')
c('SPX_ENERGY', 'year_pct', '23.4', '%', D, 'up 23.4 percent', None, verdict='unverifiable', rule='series not in the files', note='S&P 500 energy sector index not in the files (XLE is a proxy only).')
c('DJI', 'bear_low_close', '6547.05', 'level', '2009-03-09', '6547.05', "close('DJI','2009-03-09')", kind='level', note='Close on 2009-03-09, lowest close since 1997-04-14.')
c('DJI', 'multiple_since_low', '3', 'x', D, 'nearly tripled', "round(close('DJI','2016-12-30')/close('DJI','2009-03-09'),3)", qual='nearly',
  verdict='supported', rule='hedge nearly, read as a multiple (2-3.5x)', note='19762.60 / 6547.05 = 3.02: slightly more than tripled, within "nearly" (claim + half a unit).')

passage('rodeorealty_20170916_week_record_highs', 'rodeorealty.blog',
 'https://rodeorealty.blog/2017/09/16/economic-update-for-the-week-ending-september-16-2017/',
 'Rodeo Realty (weekly economic update)', '2017-09-16', 'exact', 'Date in the URL (Saturday); the figures are the closes of Friday 2017-09-15 and Friday 2017-09-08.',
 "Economic update for the week ending September 16, 2017. Stock market indexes hit record highs: markets closed the week at record highs on news that an outline "
 "of a tax reform plan would come later this month. The Dow Jones Industrial Average ended the week at 22,268.34, up from 21,797.79 last week, and is up 12.7% "
 "year-to-date. The S&P 500 finished the week at 2,500.23, up from last week's close of 2,461.43; the S&P is up 11.7% YTD. The NASDAQ closed the week at 6,448.37, "
 "up from 6,360.19 last week, and is up 19.8% year-to-date. Bond yields rose this week: the 10-year Treasury closed the week at 2.20%, up from 2.06% last week. "
 "The 30-year Treasury yield ended the week at 2.77%, up from 2.67%.")
D = '2017-09-15'
c('DJI', 'record_close', 'record', 'flag', D, 'closed the week at record highs', "[is_record(t,'2017-09-15') for t in ['DJI','SPX','IXIC']]",
  verdict='supported', rule='record: above every earlier close', note='Dow and S&P 500 closed at records; the Nasdaq Composite (6448.47) did not, so the generic plural holds for the two broad benchmarks only.')
c('DJI', 'close', '22,268.34', 'level', D, '22,268.34', "close('DJI','2017-09-15')", kind='level')
c('DJI', 'prior_week_close', '21,797.79', 'level', '2017-09-08', '21,797.79', "close('DJI','2017-09-08')", kind='level')
c('DJI', 'ytd_pct', '12.7', '%', D, 'up 12.7%', "ytd_pct('DJI','2017-09-15')", kind='pct', window='YTD')
c('SPX', 'close', '2,500.23', 'level', D, '2,500.23', "close('SPX','2017-09-15')", kind='level')
c('SPX', 'prior_week_close', '2,461.43', 'level', '2017-09-08', '2,461.43', "close('SPX','2017-09-08')", kind='level')
c('SPX', 'ytd_pct', '11.7', '%', D, 'up 11.7% YTD', "ytd_pct('SPX','2017-09-15')", kind='pct', window='YTD')
c('IXIC', 'close', '6,448.37', 'level', D, '6,448.37', "close('IXIC','2017-09-15')", kind='level', note='File close 6448.47: a 0.10 slip, within 1% so imprecise.')
c('IXIC', 'prior_week_close', '6,360.19', 'level', '2017-09-08', '6,360.19', "close('IXIC','2017-09-08')", kind='level')
c('IXIC', 'ytd_pct', '19.8', '%', D, 'up 19.8% year-to-date', "ytd_pct('IXIC','2017-09-15')", kind='pct', window='YTD')
c('US10Y', 'yield_level', '2.20', '%', D, '2.20%', "rate('US10Y','2017-09-15')", kind='pct', basis='end of day')
c('US10Y', 'prior_week_yield', '2.06', '%', '2017-09-08', '2.06%', "rate('US10Y','2017-09-08')", kind='pct', basis='end of day')
c('US30Y', 'yield_level', '2.77', '%', D, '2.77%', None, verdict='unverifiable', rule='series not in the files', note='No 30-year yield in the files (nor the 2.67% prior week).')

passage('dallasnews_20171130_dow_tops_24000', 'dallasnews.com',
 'https://www.dallasnews.com/business/stock-market/2017/11/30/24k-goal-dow-jones-industrials-top-24000-broad-market-rally',
 'The Dallas Morning News (Associated Press)', '2017-11-30', 'exact', 'Date in the URL; Thursday 2017-11-30, last session of November.',
 "Dow Jones tops 24,000 as the market reaches another milestone in a surging 2017. Wall Street ended November with a broad rally that gave the Dow Jones industrial "
 "average its biggest gain since March and pushed it past the 24,000 mark for the first time. The Standard & Poor's 500 index, widely followed by professional "
 "investors, had its biggest monthly gain since February. The S&P 500 index climbed 21.51 points, or 0.8 percent, to 2,647.58. The Dow jumped 331.67 points, "
 "or 1.4 percent, to 24,272.35; the average was briefly up more than 387 points. The Nasdaq added 49.58 points, or 0.7 percent, to 6,873.97. The Russell 2000 "
 "index of smaller-company stocks picked up 1.84 points, or 0.1 percent, to 1,544.14. The major stock indexes all ended November with gains.")
D = '2017-11-30'
c('DJI', 'biggest_gain_since', 'March', 'month', D, 'biggest gain since March', "[last_move_as_big('DJI','2017-11-30','pct'), last_move_as_big('DJI','2017-11-30','pts')]",
  verdict='supported', rule='biggest since X: X the last day with a move at least as large',
  note='Percent reading: +1.39%, last larger gain 2017-03-01 (+1.46%), supported. Points reading: +331.67, last larger 2016-11-07 (+371.32), which would make "since March" understated (imprecise). Keyed on percent.')
c('DJI', 'first_close_above', '24,000', 'level', D, 'past the 24,000 mark for the first time', "[is_record('DJI','2017-11-30'), round(float(s('DJI')[:'2017-11-29'].max()),2)]",
  verdict='supported', rule='first close above a level: no earlier close at or above it', note='Previous highest close 23940.68.')
c('SPX', 'biggest_month_since', 'February', 'month', D, 'biggest monthly gain since February', "[mo_pct('SPX','2017-11'), mo_pct('SPX','2017-02')]",
  verdict='supported', rule='biggest since X: X the last month with a gain at least as large', note='November 2017 +2.81%; February 2017 +3.72%; no month in between as large.')
c('SPX', 'pts_change', '21.51', 'points', D, 'climbed 21.51 points', "chg('SPX','2017-11-30')", kind='pts')
c('SPX', 'pct_change', '0.8', '%', D, 'or 0.8 percent', "pct('SPX','2017-11-30')", kind='pct')
c('SPX', 'close', '2,647.58', 'level', D, '2,647.58', "close('SPX','2017-11-30')", kind='level')
c('DJI', 'pts_change', '331.67', 'points', D, 'jumped 331.67 points', "chg('DJI','2017-11-30')", kind='pts')
c('DJI', 'pct_change', '1.4', '%', D, 'or 1.4 percent', "pct('DJI','2017-11-30')", kind='pct')
c('DJI', 'close', '24,272.35', 'level', D, '24,272.35', "close('DJI','2017-11-30')", kind='level')
c('DJI', 'intraday_pts_change', '387', 'points', D, 'briefly up more than 387 points', "round(high('DJI','2017-11-30')-float(prev('DJI','2017-11-30')),2)", qual='more than', kind='pts', basis='intraday high',
  note='Session high 24327.82 against the previous close 23940.68: +387.14.')
c('IXIC', 'pts_change', '49.58', 'points', D, 'added 49.58 points', "chg('IXIC','2017-11-30')", kind='pts')
c('IXIC', 'pct_change', '0.7', '%', D, 'or 0.7 percent', "pct('IXIC','2017-11-30')", kind='pct')
c('IXIC', 'close', '6,873.97', 'level', D, '6,873.97', "close('IXIC','2017-11-30')", kind='level')
c('RUT', 'pts_change', '1.84', 'points', D, 'picked up 1.84 points', "chg('RUT','2017-11-30')", kind='pts')
c('RUT', 'pct_change', '0.1', '%', D, 'or 0.1 percent', "pct('RUT','2017-11-30')", kind='pct')
c('RUT', 'close', '1,544.14', 'level', D, '1,544.14', "close('RUT','2017-11-30')", kind='level')
c('SPX', 'month_direction', 'gains', 'flag', D, 'all ended November with gains', "[mo_pct(t,'2017-11') for t in ['DJI','SPX','IXIC','RUT']]",
  verdict='supported', rule='signs of monthly changes', note='November 2017: Dow +3.83%, S&P 500 +2.81%, Nasdaq +2.17%, Russell 2000 +2.77%.')

passage('foxbusiness_20180131_dow_january_streak', 'foxbusiness.com',
 'http://foxbusiness.com/markets/2018/01/31/dow-ends-january-with-rally-extends-winning-streak.html',
 'Fox Business', '2018-01-31', 'exact', 'Date in the URL; Wednesday 2018-01-31, an FOMC decision day.',
 "Dow ends January with a rally, extends winning streak. Wall Street moved higher Wednesday, capping a strong January and clinching the Dow's best "
 "winning streak since 1959. The Dow Jones Industrial Average jumped 72 points to 26,149. The S&P 500 advanced 1.4 points to 2,823. The Nasdaq Composite "
 "was up 9 points at 7,411. Despite a pullback early in the week, the Dow and S&P 500 completed their best January performances since 2016. The indexes "
 "also posted their 10th consecutive monthly gains, the strongest run in nearly 60 years. The Nasdaq has seven straight monthly gains. Stocks eased later "
 "after the Federal Reserve signaled a possible rate hike in March. The yield on the benchmark 10-year Treasury dipped slightly to 2.722% from 2.725%.")
D = '2018-01-31'
c('DJI', 'monthly_win_streak_record_since', '1959', 'year', D, 'best winning streak since 1959', None, verdict='unverifiable', rule='history before the file starts',
  note='The Dow file starts 1992; the 10-month streak to January 2018 is the longest in the file, but 1959 cannot be checked.')
c('DJI', 'pts_change', '72', 'points', D, 'jumped 72 points', "chg('DJI','2018-01-31')", kind='pts', note='+72.50; at the edge of the integer tolerance.')
c('DJI', 'close', '26,149', 'level', D, 'to 26,149', "close('DJI','2018-01-31')", kind='level')
c('SPX', 'pts_change', '1.4', 'points', D, 'advanced 1.4 points', "chg('SPX','2018-01-31')", kind='pts')
c('SPX', 'close', '2,823', 'level', D, 'to 2,823', "close('SPX','2018-01-31')", kind='level', note='2823.81: a truncated figure, within 1% so imprecise.')
c('IXIC', 'pts_change', '9', 'points', D, 'up 9 points', "chg('IXIC','2018-01-31')", kind='pts')
c('IXIC', 'close', '7,411', 'level', D, 'at 7,411', "close('IXIC','2018-01-31')", kind='level')
c('DJI', 'best_january_since', '2016', 'year', D, 'best January performances since 2016', "[best_same_month_since('DJI','2018-01'), best_same_month_since('SPX','2018-01')]",
  verdict='contradicted', rule='best since X: X must be the last year with a January at least as good',
  note='January 2018: Dow +5.79% (best since 1994 in the file), S&P 500 +5.62% (best since 1997). January 2016 was a loss for both, so "since 2016" is wrong for both indexes.')
c('DJI', 'monthly_win_streak', '10', 'months', D, '10th consecutive monthly gains', "[mo_streak('DJI','2018-01'), mo_streak('SPX','2018-01')]",
  verdict='supported', rule='streaks use monthly closes', note='Dow 10 and S&P 500 10 straight monthly gains (April 2017 - January 2018).')
c('IXIC', 'monthly_win_streak', '7', 'months', D, 'seven straight monthly gains', "mo_streak('IXIC','2018-01')", kind='eq', expect=7)
c('US10Y', 'yield_level', '2.722', '%', D, 'to 2.722% from 2.725%', "[rate('US10Y','2018-01-30'), rate('US10Y','2018-01-31')]", basis='end of day',
  verdict='supported', rule='yields: FRED end of day, 2 dp', note='DGS10 2.73 -> 2.72: a slight dip consistent with 2.725 -> 2.722 at FRED precision.')

passage('centerpoint_20180423_market_week', 'centerpointadvisory.com',
 'https://centerpointadvisory.com/market-week-april-23-2018/',
 'CenterPoint Advisory (client newsletter, Broadridge "Market Week" text)', '2018-04-23', 'exact', 'Dated in the URL; the figures are "as of market close April 20, 2018". Another corpus has a page on this week from a different outlet.',
 "The Markets (as of market close April 20, 2018). Upbeat first-quarter earnings pushed stocks higher for the second consecutive week. Led by the small caps "
 "of the Russell 2000, each of the benchmark indexes listed here posted gains. Treasury yields climbed as bond prices fell. "
 "Table (2017 close / prior week / as of 4/20 / weekly change / YTD change): DJIA 24719.22 / 24360.14 / 24462.94 / 0.42% / -1.04%; "
 "Nasdaq 6903.39 / 7106.65 / 7146.13 / 0.56% / 3.52%; S&P 500 2673.61 / 2656.30 / 2670.14 / 0.52% / -0.13%; "
 "Russell 2000 1535.51 / 1549.51 / 1564.12 / 0.94% / 1.86%; Global Dow 3085.41 / 3057.98 / 3083.28 / 0.83% / -0.07%; "
 "Fed. Funds target rate 1.25%-1.50% / 1.50%-1.75% / 1.50%-1.75% / 0 bps / 25 bps; 10-year Treasuries 2.41% / 2.82% / 2.96% / 14 bps / 55 bps. "
 "Chart reflects price changes, not total return.")
D = '2018-04-20'
for t, nm, yc, pw, lv, wk, yt in [('DJI', 'DJIA', '24719.22', '24360.14', '24462.94', '0.42', '-1.04'), ('IXIC', 'Nasdaq', '6903.39', '7106.65', '7146.13', '0.56', '3.52'),
                                  ('SPX', 'S&P 500', '2673.61', '2656.30', '2670.14', '0.52', '-0.13'), ('RUT', 'Russell 2000', '1535.51', '1549.51', '1564.12', '0.94', '1.86')]:
    c(t, 'prior_year_close', yc, 'level', '2017-12-29', nm + ' ' + yc, "year_end_close('%s',2017)" % t, kind='level')
    c(t, 'close', lv, 'level', D, ' / ' + lv, "close('%s','%s')" % (t, D), kind='level')
    c(t, 'week_pct', wk, '%', D, ' / ' + wk + '%', "wk_pct('%s','%s')" % (t, D), kind='pct', window='week to 2018-04-20')
    c(t, 'ytd_pct', yt, '%', D, yt + '%;', "ytd_pct('%s','%s')" % (t, D), kind='pct', window='YTD')
c('SPX', 'weekly_win_streak', '2', 'weeks', D, 'second consecutive week', "wk_streak('SPX','2018-04-20')", kind='eq', expect=2, note='All four indexes rose two straight weeks.')
c('RUT', 'led_weekly_gain', 'Russell 2000', 'rank', D, 'Led by the small caps', "max(['DJI','IXIC','SPX','RUT'], key=lambda t: wk_pct(t,'2018-04-20'))", kind='eq', expect='RUT',
  note='Among the four checkable indexes; the Global Dow (0.83%) is not in the files but is below 0.94% as stated.')
c('GLOBAL_DOW', 'week_pct', '0.83', '%', D, '0.83%', None, verdict='unverifiable', rule='series not in the files')
c('FEDFUNDS', 'target_range', '1.50%-1.75%', '%', D, '1.50%-1.75% / 0 bps', "fed_range('2018-04-20')", verdict=None, kind='eq', expect=[1.5, 1.75])
c('US10Y', 'yield_level', '2.96', '%', D, '2.96%', "rate('US10Y','2018-04-20')", kind='pct', basis='end of day')
c('US10Y', 'prior_year_yield', '2.41', '%', '2017-12-29', '2.41%', "rate('US10Y','2017-12-29')", kind='pct', basis='end of day', note='DGS10 2.40 on 2017-12-29; within the 2-dp tolerance.')

passage('mountainmail_20190920_stocks_fall_friday', 'themountainmail.com',
 'http://www.themountainmail.com/news/business/article_92c59bb0-de05-11e9-8e30-e3afc01b8e25.html',
 'The Mountain Mail (Salida, Colo.) market column', '2019-09-23', 'high', 'The page is dated 2019-09-23 (Monday); it describes "Friday", 2019-09-20, which matches the Dow weekly loss.',
 "U.S. stocks fell Friday on renewed worries about the prospects for a U.S.-China trade deal. Consumer discretionary, technology and industrial shares "
 "were hit hardest. Treasury bond prices rose as interest rates fell. The Dow Jones Industrial Average fell 285 points, or 1 percent, for the week. "
 "Gold rose $17.27 to $1,516.37 and crude oil slipped 4 cents to $58.09 a barrel. The 30-year Treasury yield closed higher at 2.15 percent, and the "
 "10-year Treasury yield finished higher at 1.72 percent.")
D = '2019-09-20'
c('SPX', 'direction', 'fell', 'sign', D, 'U.S. stocks fell Friday', "pct('SPX','2019-09-20') < 0", kind='eq', expect=True, note='S&P 500 -0.49%, Dow -0.59%.')
c('DJI', 'week_pts_change', '-285', 'points', D, 'fell 285 points', "wk_pts('DJI','2019-09-20')", kind='pts', note='-284.45: a rounded-up figure 0.55 off, outside the integer tolerance.')
c('DJI', 'week_pct', '-1', '%', D, 'or 1 percent, for the week', "wk_pct('DJI','2019-09-20')", kind='pct')
c('US10Y', 'yield_direction', 'higher', 'sign', D, 'finished higher at 1.72 percent', "[rate('US10Y','2019-09-19'), rate('US10Y','2019-09-20')]", basis='end of day',
  verdict='contradicted', rule='direction must match', note='DGS10 fell from 1.79 to 1.74; the text itself also says interest rates fell.')
c('US10Y', 'yield_level', '1.72', '%', D, '1.72 percent', "rate('US10Y','2019-09-20')", kind='pct', basis='end of day', note='DGS10 1.74; within the 2-dp tolerance (0.025).')
c('US30Y', 'yield_level', '2.15', '%', D, '2.15 percent', None, verdict='unverifiable', rule='series not in the files', note='No 30-year yield in the files.')

passage('thestreet_20201231_records_last_day_2020', 'thestreet.com',
 'https://www.thestreet.com/investing/stocks-waver-on-last-trading-day-of-2020',
 'TheStreet', '2020-12-31', 'high', 'No date on the page; the text is about the last trading day of 2020 (Thursday 2020-12-31). Another corpus has a page on this session from a different outlet.',
 "Dow and S&P 500 close at records on last trading day of 2020. For 2020, the Dow 30 rose 7.2%, the S&P 500 added 16.3% and the Nasdaq leaped 44%. "
 "The Dow Jones Industrial Average and the S&P 500 posted record closes on Thursday, the last session of 2020. The Dow finished up 196 points, or 0.65%, "
 "at 30,606.48, while the S&P 500 rose 0.64% to 3,756.07 and the Nasdaq ticked up 0.14% to 12,888.28. Both the Dow and the S&P reached intraday highs "
 "as well. For the year, the Dow closed up 7.2%; it finished 2019 at 28,538.44. The S&P 500 rose 16.3% in 2020 after finishing 2019 at 3,230.78. "
 "The Nasdaq Composite advanced 43.6% this year; it closed 2019 at 8,972.60. On Wednesday stocks had ended modestly higher and the Dow closed at a record.")
D = '2020-12-31'
c('DJI', 'year_pct', '7.2', '%', D, 'the Dow 30 rose 7.2%', "year_pct('DJI',2020)", kind='pct', window='2020')
c('SPX', 'year_pct', '16.3', '%', D, 'the S&P 500 added 16.3%', "year_pct('SPX',2020)", kind='pct', window='2020')
c('IXIC', 'year_pct', '44', '%', D, 'leaped 44%', "year_pct('IXIC',2020)", kind='pct', window='2020')
c('DJI', 'record_close', 'record', 'flag', D, 'posted record closes', "[is_record('DJI','2020-12-31'), is_record('SPX','2020-12-31')]",
  verdict='supported', rule='record: above every earlier close', note='Both the Dow and the S&P 500 closed at records.')
c('DJI', 'pts_change', '196', 'points', D, 'up 196 points', "chg('DJI','2020-12-31')", kind='pts', note='+196.92: truncated figure.')
c('DJI', 'pct_change', '0.65', '%', D, 'or 0.65%', "pct('DJI','2020-12-31')", kind='pct')
c('DJI', 'close', '30,606.48', 'level', D, '30,606.48', "close('DJI','2020-12-31')", kind='level')
c('SPX', 'pct_change', '0.64', '%', D, 'rose 0.64%', "pct('SPX','2020-12-31')", kind='pct')
c('SPX', 'close', '3,756.07', 'level', D, '3,756.07', "close('SPX','2020-12-31')", kind='level')
c('IXIC', 'pct_change', '0.14', '%', D, 'ticked up 0.14%', "pct('IXIC','2020-12-31')", kind='pct')
c('IXIC', 'close', '12,888.28', 'level', D, '12,888.28', "close('IXIC','2020-12-31')", kind='level')
c('DJI', 'intraday_record', 'record', 'flag', D, 'reached intraday highs', "[is_record('DJI','2020-12-31','high'), is_record('SPX','2020-12-31','high')]", basis='intraday high',
  verdict='supported', rule='intraday record: above every earlier high')
c('DJI', 'year_pct', '7.2', '%', D, 'the Dow closed up 7.2%', "year_pct('DJI',2020)", kind='pct', window='2020', note='Second statement of the same figure (7.25%).')
c('DJI', 'prior_year_close', '28,538.44', 'level', '2019-12-31', '28,538.44', "year_end_close('DJI',2019)", kind='level')
c('SPX', 'year_pct', '16.3', '%', D, 'rose 16.3% in 2020', "year_pct('SPX',2020)", kind='pct', window='2020')
c('SPX', 'prior_year_close', '3,230.78', 'level', '2019-12-31', '3,230.78', "year_end_close('SPX',2019)", kind='level')
c('IXIC', 'year_pct', '43.6', '%', D, 'advanced 43.6%', "year_pct('IXIC',2020)", kind='pct', window='2020')
c('IXIC', 'prior_year_close', '8,972.60', 'level', '2019-12-31', '8,972.60', "year_end_close('IXIC',2019)", kind='level')
c('DJI', 'record_close', 'record', 'flag', '2020-12-30', 'the Dow closed at a record', "is_record('DJI','2020-12-30')", kind='eq', expect=True)

passage('smh_20211017_sp500_best_week_since_july', 'smh.com.au',
 'https://www.smh.com.au/business/markets/asx-set-for-bright-start-as-earnings-boost-wall-street-20211018-p590r1.html?ref=rss&utm_medium=rss&utm_source=rss_business',
 'The Sydney Morning Herald (with AP)', '2021-10-17', 'high', 'Page dated 2021-10-17 (URL 20211018); it describes Friday 2021-10-15 US time.',
 "Wall Street added to its recent gains on Friday (US time), driving the S&P 500 to its best week since July. The S&P 500 rose 0.7 per cent for its "
 "third straight gain and ended the week 1.8 per cent higher. The Dow Jones Industrial Average rose 1.1 per cent and the Nasdaq composite gained 0.5 per cent. "
 "The Australian sharemarket looks set for a positive start, with futures pointing to a rise of 31 points, or 0.4 per cent, at the open.")
D = '2021-10-15'
c('SPX', 'best_week_since', 'July', 'month', D, 'best week since July', "last_week_as_big('SPX','2021-10-15')", kind='eq', expect='2021-07-23', note='Week +1.82%; the last week at least as good ended 2021-07-23.')
c('SPX', 'pct_change', '0.7', '%', D, 'rose 0.7 per cent', "pct('SPX','2021-10-15')", kind='pct', note='0.75%; within 0.07.')
c('SPX', 'win_streak', '3', 'sessions', D, 'third straight gain', "streak('SPX','2021-10-15')", kind='eq', expect=3)
c('SPX', 'week_pct', '1.8', '%', D, '1.8 per cent higher', "wk_pct('SPX','2021-10-15')", kind='pct', window='week to 2021-10-15')
c('DJI', 'pct_change', '1.1', '%', D, 'rose 1.1 per cent', "pct('DJI','2021-10-15')", kind='pct')
c('IXIC', 'pct_change', '0.5', '%', D, 'gained 0.5 per cent', "pct('IXIC','2021-10-15')", kind='pct')
c('ASX_FUTURES', 'pts_change', '31', 'points', D, 'a rise of 31 points', None, verdict='unverifiable', rule='series not in the files', note='Australian futures not in the files.')

passage('marketbeat_20220426_nasdaq_worst_since_2020', 'marketbeat.com',
 'https://www.marketbeat.com/articles/how-major-us-stock-indexes-fared-tuesday-2022-04-26/',
 'MarketBeat (Associated Press)', '2022-04-26', 'exact', 'Date in the URL; Tuesday 2022-04-26.',
 "Steep declines in Big Tech stocks sent the Nasdaq composite down 4% Tuesday, the tech-heavy index's worst drop since September 2020. The Nasdaq is now "
 "down 20% so far this year as investors shun the pricey tech sector. On Tuesday: The S&P 500 fell 120.92 points, or 2.8%, to 4,175.20. The Dow Jones "
 "Industrial Average fell 809.28 points, or 2.4%, to 33,240.18. The Nasdaq fell 514.11 points, or 4%, to 12,490.74. The Russell 2000 index of smaller "
 "companies fell 63.73 points, or 3.3%, to 1,890.47. For the week: The S&P 500 is down 2.3%. The Dow is down 1.7%. The Nasdaq is down 2.7%. "
 "The Russell 2000 is down 2.6%. For the year: The S&P 500 is down 12.4%. The Dow is down 8.5%. The Nasdaq is down 20.2%. The Russell 2000 is down 15.8%.")
D = '2022-04-26'
c('IXIC', 'worst_day_since', 'September 2020', 'month', D, 'worst drop since September 2020', "last_move_as_big('IXIC','2022-04-26','pct',-1)", kind='eq', expect='2020-09-08', note='-3.95%; the last larger drop was 2020-09-08 (-4.11%).')
c('IXIC', 'ytd_pct', '-20', '%', D, 'down 20% so far this year', "ytd_pct('IXIC','2022-04-26')", kind='pct', window='YTD')
for t, pts, pc, lv in [('SPX', '120.92', '2.8', '4,175.20'), ('DJI', '809.28', '2.4', '33,240.18'), ('IXIC', '514.11', '4', '12,490.74'), ('RUT', '63.73', '3.3', '1,890.47')]:
    c(t, 'pts_change', '-' + pts, 'points', D, 'fell %s points' % pts, "chg('%s','%s')" % (t, D), kind='pts')
    c(t, 'pct_change', '-' + pc, '%', D, 'or %s%%, to %s' % (pc, lv), "pct('%s','%s')" % (t, D), kind='pct')
    c(t, 'close', lv, 'level', D, 'to ' + lv, "close('%s','%s')" % (t, D), kind='level')
for t, nm, wk, yt in [('SPX', 'The S&P 500', '2.3', '12.4'), ('DJI', 'The Dow', '1.7', '8.5'), ('IXIC', 'The Nasdaq', '2.7', '20.2'), ('RUT', 'The Russell 2000', '2.6', '15.8')]:
    c(t, 'week_pct', '-' + wk, '%', D, '%s is down %s%%' % (nm, wk), "wk_pct('%s','%s')" % (t, D), kind='pct', window='WTD (Monday-Tuesday)')
    c(t, 'ytd_pct', '-' + yt, '%', D, '%s is down %s%%' % (nm, yt), "ytd_pct('%s','%s')" % (t, D), kind='pct', window='YTD')

passage('burtwealth_20230630_sp500_q2', 'burtwealth.com', 'https://www.burtwealth.com/weekly-update/5153',
 'Burt Wealth Advisors (weekly update)', '2023-06-30', 'exact', 'Stated on the page: Friday, June 30, 2023.',
 "Standard & Poor's 500 Gained 9.9% In Q2 2023. The second quarter of 2023 ended with a third straight strong quarter for American stocks. After a 7.6% gain "
 "in 4Q 2022, stocks gained 7.5% in the first quarter of 2023, and another 9.9% in the quarter that ended Friday, June 30, 2023. Those three quarters followed "
 "three quarters of losses in the first, second and third quarters of 2022. After hitting an all-time high on Jan. 3, 2022, the S&P 500 entered a bear market "
 "on June 23, 2022, when it dropped more than 20% from its record high. The bear market ended on June 10, 2023, when the S&P 500 closed more than 20% higher "
 "than its bear-market low. The Fed began its tightening campaign in March 2022 and hiked rates 10 times in 15 months. A 2.2% GDPNow growth rate for the "
 "second quarter would be a terrific outcome; the official figure is due July 27.")
c('SPX', 'qtr_pct', '9.9', '%', '2023-06-30', '9.9% in the quarter', "qtr_pct('SPX','2023-04-01','2023-06-30')", kind='pct', window='Q2 2023',
  note='Price change 8.30%; the total-return figure (about 8.7%) does not reach 9.9 either. Headline repeats the figure.')
c('SPX', 'qtr_pct', '7.6', '%', '2022-12-30', '7.6% gain', "qtr_pct('SPX','2022-10-01','2022-12-31')", kind='pct', window='Q4 2022', note='7.08%.')
c('SPX', 'qtr_pct', '7.5', '%', '2023-03-31', 'gained 7.5%', "qtr_pct('SPX','2023-01-01','2023-03-31')", kind='pct', window='Q1 2023', note='7.03%.')
c('SPX', 'qtr_losses', 'Q1-Q3 2022', 'flag', '2022-09-30', 'three quarters of losses', "[qtr_pct('SPX','2022-01-01','2022-03-31'), qtr_pct('SPX','2022-04-01','2022-06-30'), qtr_pct('SPX','2022-07-01','2022-09-30')]",
  verdict='supported', rule='signs of quarterly changes', note='-4.95%, -16.45%, -5.28%.')
c('SPX', 'record_close_date', 'Jan. 3, 2022', 'date', '2022-01-03', 'all-time high on Jan. 3, 2022', "record_close_date('SPX','2022-12-30')", kind='eq', expect='2022-01-03')
c('SPX', 'bear_market_start', 'June 23, 2022', 'date', '2022-06-23', 'June 23, 2022', "first_close_below('SPX',0.2,'2022-01-01','2022-12-31')",
  verdict='contradicted', rule='wrong date', note='The first close more than 20% below the record was 2022-06-13 (3749.63, -21.8%); the S&P 500 closed only 18.4% below on 2022-06-23.')
c('SPX', 'bear_market_end', 'June 10, 2023', 'date', '2023-06-10', 'June 10, 2023', "first_close_above_low('SPX',0.2,'2022-10-12','2023-06-30')",
  verdict='contradicted', rule='wrong date', note='The first close 20% above the 2022-10-12 low (3577.03) was 2023-06-08 (4293.93); June 10, 2023 was a Saturday.')
c('FEDFUNDS', 'first_hike_month', 'March 2022', 'month', '2022-03-16', 'March 2022', "str(s('DFEDTARU')[s('DFEDTARU').diff()>0]['2022'].index[0].date())",
  kind='eq', expect='2022-03-17', note='First increase effective 2022-03-17 (decision 2022-03-16).')
c('FEDFUNDS', 'hike_count', '10', 'hikes', '2023-05-03', '10 times in 15 months', "fed_hikes('2022-03-01','2023-06-30')", kind='eq', expect=10, note='March 2022 to May 2023.')
c('US_GDP', 'nowcast', '2.2', '%', '2023-06-30', 'A 2.2% GDPNow growth rate', None, verdict='unverifiable', rule='series not in the files')
c('US_GDP', 'release_date', 'July 27', 'date', '2023-07-27', 'due July 27', None, verdict='not_checkable', rule='calendar statement, not a market figure')

passage('schaeffers_20240403_back_to_back_double_digit_quarters', 'schaeffersresearch.com',
 'https://www.schaeffersresearch.com/content/analysis/2024/04/03/do-fast-starts-mean-strong-years-for-the-spx',
 "Schaeffer's Investment Research", '2024-04-03', 'exact', 'Stated on the page (Apr 3, 2024, 8:45 AM).',
 "Do fast starts mean strong years for the SPX? The first quarter of 2024 is done, with the S&P 500 Index (SPX) logging a notable gain of 10.2%. It also "
 "rose more than 10% in the last quarter of 2023, so these are consecutive double-digit quarters. After an 11.2% gain in the fourth quarter of 2023, the SPX "
 "added 10.2% in the first quarter of 2024. Since 1950 there have been seven prior instances of back-to-back double-digit gains. Looking at years whose first "
 "quarter gained 10% or more, there have been 11 other instances since 1950.")
c('SPX', 'qtr_pct', '10.2', '%', '2024-03-28', 'notable gain of 10.2%', "qtr_pct('SPX','2024-01-01','2024-03-31')", kind='pct', window='Q1 2024')
c('SPX', 'qtr_pct_bound', '10', '%', '2023-12-29', 'more than 10% in the last quarter of 2023', "qtr_pct('SPX','2023-10-01','2023-12-31')", qual='more than', kind='pct', window='Q4 2023')
c('SPX', 'qtr_pct', '11.2', '%', '2023-12-29', '11.2% gain', "qtr_pct('SPX','2023-10-01','2023-12-31')", kind='pct', window='Q4 2023')
c('SPX', 'qtr_pct', '10.2', '%', '2024-03-28', 'added 10.2%', "qtr_pct('SPX','2024-01-01','2024-03-31')", kind='pct', window='Q1 2024')
c('SPX', 'count_b2b_double_digit_quarters', '7', 'count', '2023-12-29', 'seven prior instances', "count_b2b_ge('SPX',10,1950,'2023Q4')", kind='eq', expect=7,
  note='Pairs ending 1954Q4, 1958Q4, 1975Q2, 1986Q1, 2009Q3, 2010Q4, 2012Q1 (price index, quarter-end closes).')
c('SPX', 'count_q1_ge_10', '11', 'count', '2023-12-29', '11 other instances since 1950', "count_q1_ge('SPX',10,1950,2023)", kind='eq', expect=11)

passage('mondovisione_20250409_tariff_pause_rally', 'mondovisione.com',
 'https://mondovisione.com/media-and-resources/news/historic-market-rally-stocks-soar-after-trump-pauses-tariffs-202549',
 'Mondo Visione (CNBC-based)', '2025-04-09', 'high', 'The slug ends 202549 (2025-4-9); the text describes the 90-day tariff pause session of Wednesday 2025-04-09. Another corpus has a page on this session from a different outlet.',
 "The U.S. stock market staged one of its largest rallies in history after President Trump announced a temporary pause on some reciprocal tariffs. The S&P 500 "
 "surged 9.52%, closing at 5,456.90, its largest single-day gain since 2008 and the third-biggest increase in the post World War 2 era. The Dow Jones Industrial "
 "Average jumped 2,962.86 points, or 7.87%, to finish at 40,608.45, its sharpest percentage gain since March 2020. The Nasdaq Composite soared 12.16% to settle "
 "at 17,124.97, its largest one-day rise since January 2001 and the second-best performance in its history. About 30 billion shares changed hands.")
D = '2025-04-09'
c('SPX', 'pct_change', '9.52', '%', D, 'surged 9.52%', "pct('SPX','2025-04-09')", kind='pct')
c('SPX', 'close', '5,456.90', 'level', D, '5,456.90', "close('SPX','2025-04-09')", kind='level')
c('SPX', 'best_day_since', '2008', 'year', D, 'largest single-day gain since 2008', "last_move_as_big('SPX','2025-04-09')", kind='eq', expect='2008-10-28')
c('SPX', 'rank_post_ww2', '3', 'rank', D, 'third-biggest increase', "rank_pct_move('SPX','2025-04-09','1946-01-01')", kind='eq', expect=3, note='Daily percent gains since 1946-01-01 in the file (S&P 90 before 1957).')
c('DJI', 'pts_change', '2,962.86', 'points', D, '2,962.86 points', "chg('DJI','2025-04-09')", kind='pts')
c('DJI', 'pct_change', '7.87', '%', D, 'or 7.87%', "pct('DJI','2025-04-09')", kind='pct')
c('DJI', 'close', '40,608.45', 'level', D, '40,608.45', "close('DJI','2025-04-09')", kind='level')
c('DJI', 'best_pct_day_since', 'March 2020', 'month', D, 'sharpest percentage gain since March 2020', "last_move_as_big('DJI','2025-04-09')", kind='eq', expect='2020-03-24')
c('IXIC', 'pct_change', '12.16', '%', D, 'soared 12.16%', "pct('IXIC','2025-04-09')", kind='pct')
c('IXIC', 'close', '17,124.97', 'level', D, '17,124.97', "close('IXIC','2025-04-09')", kind='level')
c('IXIC', 'best_day_since', 'January 2001', 'month', D, 'since January 2001', "last_move_as_big('IXIC','2025-04-09')", kind='eq', expect='2001-01-03')
c('IXIC', 'rank_all_time', '2', 'rank', D, 'second-best performance in its history', "rank_pct_move('IXIC','2025-04-09')", kind='eq', expect=2)
c('NYSE', 'volume', '30 billion', 'shares', D, 'About 30 billion shares', None, verdict='unverifiable', rule='series not in the files', note='Consolidated volume not in the files.')

passage('upstox_20260107_dow_sp500_records', 'upstox.com',
 'https://upstox.com/news/market-news/us-stocks/us-markets-wrap-dow-jones-s-and-p500-continue-the-record-run-nasdaq-advances-1-all-you-need-to-know/article-187304',
 'Upstox', '2026-01-07', 'exact', 'Updated January 07, 2026, 11:39 IST; it describes the US session of Tuesday 2026-01-06.',
 "US markets wrap: Dow Jones, S&P500 continue the record run, Nasdaq advances 1%. The key U.S. benchmarks closed at record-high levels, gaining for the third "
 "consecutive session. The Nasdaq also ended with nearly 1% gains as big chip stocks rose by up to 10%. The Dow Jones closed at 49,462, up by 484 points or 0.9%, "
 "followed by the S&P500 at 6,944, up by 43 points or 0.62%. Lastly, the Nasdaq closed 238 points higher at 25,639, just shy of previous record high levels.")
D = '2026-01-06'
c('DJI', 'record_close', 'record', 'flag', D, 'closed at record-high levels', "[is_record('DJI','2026-01-06'), is_record('SPX','2026-01-06')]", verdict='supported', rule='record: above every earlier close')
c('DJI', 'win_streak', '3', 'sessions', D, 'third consecutive session', "[streak('DJI','2026-01-06'), streak('SPX','2026-01-06')]", verdict='supported', rule='streaks use daily closes', note='Dow and S&P 500 both up three straight sessions; the Nasdaq Composite only two.')
c('IXIC', 'pct_change', '1', '%', D, 'nearly 1% gains', "pct('IXIC','2026-01-06')", qual='nearly', kind='pct', note='Composite +0.65% (Nasdaq-100 +0.94%); both inside "nearly 1" (0 to 1.5).')
c('DJI', 'close', '49,462', 'level', D, 'closed at 49,462', "close('DJI','2026-01-06')", kind='level')
c('DJI', 'pts_change', '484', 'points', D, 'up by 484 points', "chg('DJI','2026-01-06')", kind='pts', note='+484.90: truncated.')
c('DJI', 'pct_change', '0.9', '%', D, 'or 0.9%', "pct('DJI','2026-01-06')", kind='pct', note='+0.99%: truncated, outside the 1-dp tolerance.')
c('SPX', 'close', '6,944', 'level', D, 'at 6,944', "close('SPX','2026-01-06')", kind='level', note='6944.82: truncated.')
c('SPX', 'pts_change', '43', 'points', D, 'up by 43 points', "chg('SPX','2026-01-06')", kind='pts')
c('SPX', 'pct_change', '0.62', '%', D, 'or 0.62%', "pct('SPX','2026-01-06')", kind='pct')
c('IXIC', 'pts_change', '238', 'points', D, 'closed 238 points higher', "chg('IXIC','2026-01-06')", kind='pts',
  note='Composite +151.35 to 23547.17. The 238 points and 25,639 are the Nasdaq-100 (+238.39 to 25639.71); keyed on the Composite, which "the Nasdaq" names by convention.')
c('IXIC', 'close', '25,639', 'level', D, 'at 25,639', "close('IXIC','2026-01-06')", kind='level', note='Composite 23547.17; Nasdaq-100 25639.71 matches.')
