# Passage texts and claims for corpora/heldout16b (read by build.py via exec).
# c(ticker, metric, value, unit, qualifier, ref_date, window, comparison, basis, recipe, verdict, rule, note, anchor)

# ---------------------------------------------------------------- 1
D = '2014-07-03'
P('pfadvice_20140704_dow_tops_17000', 'pfadvice.com', 'http://www.pfadvice.com/2014/07/04/dow-tops-17000-stock-market-record-high/',
  'PFAdvice', '2014-07-04', 'exact',
  'Date in the URL (Friday July 4, markets closed). The session described is Thursday 2014-07-03, the last trading day of the week.',
  "Dow Tops 17,000 and S&P 500 Hits Record High in Short Week of Trading. In the holiday-shortened week before the "
  "Fourth of July the Dow Jones industrial average and S&P 500 index both set new all-time highs. With markets shut on "
  "Friday for Independence Day, the Dow managed to top 17,000 for the first time ever on the week's last trading day, "
  "lifted by a June jobs report that beat expectations. Stocks added an extra $200 billion to their worth during the week. "
  "The Dow ended the day up 22.02 points for a 0.54% gain, leaving it at a record 17,068.26 when trading ended, a 1.3% gain "
  "from 16,851.84 points where it ended last week. It took it less than a year (227 days) to reach the milestone from when "
  "it sat at 16,000 points. It was the third day in the row the Dow managed to reach a record high. Even past 17,000 the Dow "
  "is under-performing both the S&P 500 and NASDAQ for the year: it is up 3% since January, while both the S&P 500 and NASDAQ "
  "have managed gains of over 7% over the same period. The S&P 500 rose 10.82 points for a 0.55% gain. Closing in on the "
  "2,000 mark, it ended the week at 1,985.44, a 1.25% gain for the week and also the third straight record high for the index. "
  "The NASDAQ Composite didn't reach an all-time high, which is unlikely for some time given its dot-com bubble peak above "
  "5,000. It was up 28.19 points for the day, a 0.63% increase, for the highest level it's been in 14 years, leaving it at "
  "4485.93 at the close and 2% up for the week. The NASDAQ has posted a gain for seven out of the last eight weeks.",
  [
   c('DJI', 'record_close', True, 'flag', None, D, 'week', None, 'close', "is_record_close('DJI','2014-07-03')", S, 'record',
     'Record closes on July 1, 2 and 3; the S&P 500 half of the sentence is claim 17.', 'both set new all-time highs'),
   c('DJI', 'first_close_above', 17000, 'points', None, D, None, None, 'close', "first_close_above('DJI',17000)", S, 'record',
     'First close above 17,000 in the file is 2014-07-03 (17,068.26).', 'top 17,000 for the first time ever'),
   c('GENERIC', 'market_value_added', 200, 'USD bn', None, D, 'week', None, None, None, U, 'nofile',
     'Market capitalisation is not in the files.', '$200 billion'),
   c('DJI', 'daily_change_pts', 22.02, 'points', None, D, '1d', None, 'close', "chg('DJI','2014-07-03')", C, 'contra',
     'The Dow rose 92.02 points (16,976.24 to 17,068.26); 22.02 is off by 70 points, while the 0.54% beside it is right.', '22.02 points'),
   c('DJI', 'daily_change_pct', 0.54, '%', None, D, '1d', None, 'close', "pct('DJI','2014-07-03')", S, 'tol', '+0.542%.', '0.54% gain'),
   c('DJI', 'close', 17068.26, 'points', None, D, None, None, 'close', "close('DJI','2014-07-03')", S, 'tol', '', '17,068.26'),
   c('DJI', 'close', 16851.84, 'points', None, '2014-06-27', None, 'prior week close', 'close', "close('DJI','2014-06-27')", S, 'tol',
     'Friday 2014-06-27 close.', '16,851.84'),
   c('DJI', 'week_change_pct', 1.3, '%', None, D, 'week (4 sessions)', None, 'close', "wtd('DJI','2014-07-03')", S, 'week',
     '16,851.84 to 17,068.26 = +1.284%.', '1.3% gain'),
   c('DJI', 'days_between_milestones', 227, 'days', 'less than a year', D, '16,000 to 17,000', None, 'close',
     "days_between(first_close_above('DJI',16000),'2014-07-03')", I, 'imp_pts',
     'First close above 16,000 was 2013-11-21 (16,009.99): 224 calendar days (153 sessions). 227 days fits the first intraday '
     'trade above 16,000 on 2013-11-18 (high 16,030.28, close 15,976.02). "Less than a year" holds either way.', '227 days'),
   c('DJI', 'record_streak', 3, 'sessions', None, D, None, None, 'close', "record_streak('DJI','2014-07-03')", S, 'streak',
     'Record closes on July 1, 2 and 3.', 'third day in the row'),
   c('DJI', 'ytd_pct', 3, '%', None, D, 'YTD', None, 'close', "ytd('DJI','2014-07-03')", S, 'week', '+2.966% from 16,576.66.', 'up 3% since January'),
   c('SPX', 'ytd_pct', 7, '%', 'over', D, 'YTD', None, 'close', "ytd('SPX','2014-07-03')", S, 'more', '+7.416%.', 'gains of over 7%'),
   c('IXIC', 'ytd_pct', 7, '%', 'over', D, 'YTD', None, 'close', "ytd('IXIC','2014-07-03')", S, 'more',
     '+7.407%; the one phrase covers both indexes (claim 12 for the S&P 500).', 'same period'),
   c('SPX', 'daily_change_pts', 10.82, 'points', None, D, '1d', None, 'close', "chg('SPX','2014-07-03')", S, 'tol', '', '10.82 points'),
   c('SPX', 'daily_change_pct', 0.55, '%', None, D, '1d', None, 'close', "pct('SPX','2014-07-03')", S, 'tol', '+0.548%.', '0.55% gain'),
   c('SPX', 'close', 1985.44, 'points', None, D, None, None, 'close', "close('SPX','2014-07-03')", S, 'tol', '', '1,985.44'),
   c('SPX', 'week_change_pct', 1.25, '%', None, D, 'week (4 sessions)', None, 'close', "wtd('SPX','2014-07-03')", S, 'week', '+1.248%.', '1.25% gain for the week'),
   c('SPX', 'record_streak', 3, 'sessions', None, D, None, None, 'close', "record_streak('SPX','2014-07-03')", S, 'streak',
     'Record closes on July 1, 2 and 3.', 'third straight record high'),
   c('IXIC', 'record_close', False, 'flag', None, D, None, None, 'close', "is_record_close('IXIC','2014-07-03')", S, 'record',
     'Record close remains 5,048.62 (2000-03-10).', "didn't reach an all-time high"),
   c('IXIC', 'daily_change_pts', 28.19, 'points', None, D, '1d', None, 'close', "chg('IXIC','2014-07-03')", S, 'tol',
     'File: +28.20 (4,457.73 to 4,485.93); within 0.025.', '28.19 points'),
   c('IXIC', 'daily_change_pct', 0.63, '%', None, D, '1d', None, 'close', "pct('IXIC','2014-07-03')", S, 'tol', '+0.633%.', '0.63% increase'),
   c('IXIC', 'highest_since', '14 years', 'years', None, D, None, None, 'close', "highest_since('IXIC','2014-07-03')", S, 'since',
     'Last close at least as high: 2000-03-31, 14 years earlier.', "highest level it's been in 14 years"),
   c('IXIC', 'close', 4485.93, 'points', None, D, None, None, 'close', "close('IXIC','2014-07-03')", S, 'tol', '', '4485.93'),
   c('IXIC', 'week_change_pct', 2, '%', None, D, 'week (4 sessions)', None, 'close', "wtd('IXIC','2014-07-03')", S, 'week', '+2.001%.', '2% up for the week'),
   c('IXIC', 'weeks_up', 7, 'weeks', None, D, 'last 8 weeks', None, 'close', "weeks_up('IXIC','2014-07-03',8)", S, 'streak',
     'Weekly closes: only the week to 2014-06-13 fell among the last eight.', 'seven out of the last eight weeks'),
  ])

# ---------------------------------------------------------------- 2
D = '2015-01-06'
P('fortune_20150106_dow_triple_digit_drop_oil', 'fortune.com', 'https://fortune.com/2015/01/06/stocks-decline-oil-europe/',
  'Fortune', '2015-01-06', 'exact', 'Date in the URL; the session is Tuesday 2015-01-06.',
  "Another triple-digit drop for the Dow as oil's slide continues. The selling that opened the week carried into Tuesday. "
  "Global stocks stayed under pressure from ever-lower oil prices and worries over Europe, where a tight presidential vote in "
  "Greece has pushed the euro to near nine-year lows. In the U.S., the Dow Jones Industrial Average fell 130 points at the "
  "close, or .7%, to 17,307. The blue-chip index plummeted 331 points on Monday and has dropped over 4% since posting a string "
  "of record closes at the end of 2014, shortly after crossing the 18,000-point mark for the first time ever. The broader S&P "
  "500 tumbled for the fifth straight day, the longest such streak for the benchmark in over a year, falling 18 points, or "
  "0.9%, to just above 2,000. The Nasdaq composite dropped 60 points, or about 1.3%, to close at 4,593. The sell-off pushed "
  "the yield on the 10-year U.S. Treasury below 2% for the first time since October, while the CBOE Volatility Index (VIX), the "
  "'fear index,' jumped more than 10% Tuesday afternoon. U.S. crude settled at $47.93 per barrel Tuesday, the lowest level since "
  "April 2009, having dropped more than 55% since last summer.",
  [
   c('DJI', 'daily_change_pts', -130, 'points', None, D, '1d', None, 'close', "chg('DJI','2015-01-06')", S, 'tol', '-130.01.', '130 points at the'),
   c('DJI', 'daily_change_pct', -0.7, '%', None, D, '1d', None, 'close', "pct('DJI','2015-01-06')", S, 'tol', '-0.743%.', '.7%'),
   c('DJI', 'close', 17307, 'points', None, D, None, None, 'close', "close('DJI','2015-01-06')", I, 'imp_lvl',
     'The close was 17,371.64; 17,307 is 64.6 points (0.37%) low. It sits inside the session range (low 17,262.37), so it may be '
     'an intraday print reported as the close.', '17,307'),
   c('DJI', 'daily_change_pts', -331, 'points', None, '2015-01-05', '1d', None, 'close', "chg('DJI','2015-01-05')", S, 'tol',
     'Monday 2015-01-05: -331.34.', '331 points on Monday'),
   c('DJI', 'pct_from_ath', 4, '%', 'over', D, None, 'record close 18,053.71 (2014-12-26)', 'close',
     "level_below_record('DJI',17307,'2015-01-06')", S, 'stated',
     'From the level the passage states (17,307) the drop from the 18,053.71 record is 4.14%, over 4%. On the actual close '
     '(17,371.64) it is 3.78% (pct_from_ath), which would be imprecise.', 'dropped over 4%'),
   c('DJI', 'record_close_period', 'end of 2014', 'date', None, D, None, None, 'close', "record_before('DJI','2015-01-06')", S, 'record',
     'Record closes on Dec 22, 23, 24 and 26, 2014; the last (18,053.71) on 2014-12-26.', 'string of record closes'),
   c('DJI', 'first_close_above', 18000, 'points', None, D, None, None, 'close', "first_close_above('DJI',18000)", S, 'record',
     'First close above 18,000: 2014-12-23.', 'crossing the 18,000-point mark'),
   c('SPX', 'down_streak', 5, 'sessions', None, D, None, None, 'close', "streak('SPX','2015-01-06',up=False)", S, 'streak',
     'Dec 30, Dec 31, Jan 2, Jan 5, Jan 6.', 'fifth straight day'),
   c('SPX', 'longest_streak_since', 'over a year', 'years', 'over', D, None, None, 'close',
     "last_streak_as_long('SPX','2015-01-06',5,up=False)", S, 'since',
     'The last down streak of five sessions or more reached five on 2013-12-05, more than a year earlier.', 'longest such streak'),
   c('SPX', 'daily_change_pts', -18, 'points', None, D, '1d', None, 'close', "chg('SPX','2015-01-06')", S, 'tol', '-17.97.', '18 points'),
   c('SPX', 'daily_change_pct', -0.9, '%', None, D, '1d', None, 'close', "pct('SPX','2015-01-06')", S, 'tol', '-0.889%.', '0.9%'),
   c('SPX', 'close', 'just above 2,000', 'points', 'just above', D, None, None, 'close', "close('SPX','2015-01-06')", S, 'generic',
     'Close 2,002.61.', 'just above 2,000'),
   c('IXIC', 'daily_change_pts', -60, 'points', None, D, '1d', None, 'close', "chg('IXIC','2015-01-06')", S, 'tol', '-59.83.', '60 points'),
   c('IXIC', 'daily_change_pct', -1.3, '%', 'about', D, '1d', None, 'close', "pct('IXIC','2015-01-06')", S, 'about', '-1.286%.', 'about 1.3%'),
   c('IXIC', 'close', 4593, 'points', None, D, None, None, 'close', "close('IXIC','2015-01-06')", S, 'tol', '4,592.74.', '4,593'),
   c('US10Y', 'level', 2.0, '%', 'below', D, None, None, 'end of day', "rate('US10Y','2015-01-06')", S, 'yield',
     'DGS10 1.97 on 2015-01-06 (2.04 the day before).', 'below 2%'),
   c('US10Y', 'first_time_since', 'October', 'date', None, D, None, None, 'end of day',
     "last_rate_below('US10Y','2015-01-06',2.0)", I, 'since',
     'End-of-day DGS10 had not been below 2% since 2013-05-21; "since October" (2014) understates the span. October 2014 '
     'refers to the intraday dip of Oct. 15, 2014, which the end-of-day series does not show (2.13 that day).', 'first time since October'),
   c('VIX', 'intraday_change_pct', 10, '%', 'more than', D, '1d', None, 'afternoon', "pct('VIX','2015-01-06')", U, 'mid',
     'Close +6.02% (21.12); session high 22.90 = +14.96%. A +10% level (21.91) lies inside the 19.52-22.90 range, so the '
     'afternoon figure cannot be decided; the close alone does not satisfy it.', 'jumped more than 10%'),
   c('WTI', 'price', 47.93, 'USD/bbl', None, D, None, 'lowest since April 2009', 'settle', None, U, 'nofile', 'Crude oil is not in the files.', '$47.93'),
   c('WTI', 'change_pct', -55, '%', 'more than', D, 'since last summer', None, 'settle', None, U, 'nofile', 'Crude oil is not in the files.', 'more than 55%'),
  ])

# ---------------------------------------------------------------- 3
D = '2016-01-29'
P('dailyvoicenews_20160131_january_correction_numbers', 'thedailyvoicenews.com',
  'http://thedailyvoicenews.com/2016/01/31/january-2016-stock-market-bear-market-the-numbers/', 'The Daily Voice', '2016-01-31', 'exact',
  'Date in the URL (Sunday). The "Jan. 31, 2016" figures are the closes of Friday 2016-01-29, the last session of January.',
  "January 2016 Stock Market Bear Market - The Numbers. One month into the new year, most analysts believe the January 2016 "
  "stock market has been in an official correction, with most valuations ending the month 10 percent or more below their highs "
  "of last year. Dow Jones Industrial Averages: End of 2015: 17,425.03; Jan. 31, 2016: 16,466.30 (-5.5 percent since Jan. 1); "
  "52 Week High: 18,351.40 (now -10.3 percent below its 52 week high). S & P 500: End of 2015: 2,043.94; Jan. 31, 2016: "
  "1,940.24 (-5.1 percent since Jan. 1); 52 Week High: 2,134.72 (now -9.1 percent below its 52 week high). NASDAQ: End of "
  "2015: 5,007.41; Jan 31, 2016: 4,613.95 (-7.9 percent per CNN since Jan. 1); 52 Week High: 5,231.94 (now -11.8 percent below "
  "its 52 week high). Despite the nearly 2.5 percent rise in equity prices on the last day of January, 2016, both the Dow and "
  "the Nasdaq remained in official correction territory. The S&P 500 pulled itself out of an official correction, but it "
  "wouldn't take much for it to settle lower again. Oil rose to $33.62 a barrel on rumors that Russia and OPEC were willing to "
  "cut production.",
  [
   c('DJI', 'close', 17425.03, 'points', None, '2015-12-31', None, None, 'close', "close('DJI','2015-12-31')", S, 'tol', '', '17,425.03'),
   c('DJI', 'close', 16466.30, 'points', None, D, None, None, 'close', "close('DJI','2016-01-29')", S, 'tol',
     'Labelled Jan. 31 (a Sunday); it is the 2016-01-29 close.', '16,466.30'),
   c('DJI', 'ytd_pct', -5.5, '%', None, D, 'YTD', None, 'close', "ytd('DJI','2016-01-29')", S, 'week', '-5.502%.', '-5.5 percent'),
   c('DJI', 'high_52w', 18351.40, 'points', None, D, '52 weeks', None, 'intraday high', "record_high_before('DJI','2016-01-29')", I, 'imp_lvl',
     'The 52-week (and all-time) intraday high is 18,351.36 (2015-05-19), 0.04 off, just outside the 0.025 tolerance; the '
     '52-week closing high is 18,312.39.', '18,351.40'),
   c('DJI', 'pct_from_high', 10.3, '%', None, D, '52 weeks', 'stated 52-week high 18,351.40', 'close',
     "pct_below_level('DJI','2016-01-29',18351.40)", S, 'stated',
     '16,466.30 is 10.27% below the stated 18,351.40; below the 52-week closing high it is 10.08%.', '-10.3 percent'),
   c('SPX', 'close', 2043.94, 'points', None, '2015-12-31', None, None, 'close', "close('SPX','2015-12-31')", S, 'tol', '', '2,043.94'),
   c('SPX', 'close', 1940.24, 'points', None, D, None, None, 'close', "close('SPX','2016-01-29')", S, 'tol', 'The 2016-01-29 close.', '1,940.24'),
   c('SPX', 'ytd_pct', -5.1, '%', None, D, 'YTD', None, 'close', "ytd('SPX','2016-01-29')", S, 'week', '-5.074%.', '-5.1 percent'),
   c('SPX', 'high_52w', 2134.72, 'points', None, D, '52 weeks', None, 'intraday high', "record_high_before('SPX','2016-01-29')", S, 'tol',
     'Intraday high 2,134.72 on 2015-05-20; the closing high is 2,130.82 (2015-05-21).', '2,134.72'),
   c('SPX', 'pct_from_high', 9.1, '%', None, D, '52 weeks', 'stated 52-week high 2,134.72', 'close',
     "pct_below_level('SPX','2016-01-29',2134.72)", S, 'stated', '9.11% below the stated high (8.94% below the closing high).', '-9.1 percent'),
   c('IXIC', 'close', 5007.41, 'points', None, '2015-12-31', None, None, 'close', "close('IXIC','2015-12-31')", S, 'tol', '', '5,007.41'),
   c('IXIC', 'close', 4613.95, 'points', None, D, None, None, 'close', "close('IXIC','2016-01-29')", S, 'tol', 'The 2016-01-29 close.', '4,613.95'),
   c('IXIC', 'ytd_pct', -7.9, '%', None, D, 'YTD', None, 'close', "ytd('IXIC','2016-01-29')", S, 'week', '-7.858%.', '-7.9 percent'),
   c('IXIC', 'high_52w', 5231.94, 'points', None, D, '52 weeks', None, 'intraday high', "record_high_before('IXIC','2016-01-29')", S, 'tol',
     'Intraday high 5,231.94 on 2015-07-20 (closing high 5,218.86).', '5,231.94'),
   c('IXIC', 'pct_from_high', 11.8, '%', None, D, '52 weeks', 'stated 52-week high 5,231.94', 'close',
     "pct_below_level('IXIC','2016-01-29',5231.94)", S, 'stated', '11.81% below the stated high (11.59% below the closing high).', '-11.8 percent'),
   c('SPX', 'daily_change_pct', 2.5, '%', 'nearly', D, '1d', None, 'close', "pct('SPX','2016-01-29')", S, 'nearly',
     '"Equity prices": S&P 500 +2.476%, Dow +2.468%, Nasdaq +2.380%; all within 2.4-2.55.', 'nearly 2.5 percent'),
   c('DJI', 'correction', True, 'flag', None, D, '52 weeks', None, 'close', "drawdown_52w('DJI','2016-01-29')", S, 'correction',
     '10.08% below the 52-week closing high 18,312.39.', 'both the Dow'),
   c('IXIC', 'correction', True, 'flag', None, D, '52 weeks', None, 'close', "drawdown_52w('IXIC','2016-01-29')", S, 'correction',
     '11.59% below the 52-week closing high 5,218.86.', 'the Nasdaq remained in official correction territory'),
   c('SPX', 'correction_exit', True, 'flag', None, D, '52 weeks', None, 'close',
     "[drawdown_52w('SPX','2016-01-28'), drawdown_52w('SPX','2016-01-29')]", S, 'correction',
     '11.14% below the 52-week closing high on Jan 28, 8.94% on Jan 29: out of correction territory.',
     'pulled itself out of an official correction'),
   c('WTI', 'price', 33.62, 'USD/bbl', None, D, None, None, 'settle', None, U, 'nofile', 'Crude oil is not in the files.', '$33.62'),
  ])

# ---------------------------------------------------------------- 4
D = '2017-10-18'
P('reuters_20171018_dow_23000_factbox', 'reuters.com',
  'https://www.reuters.com/article/usa-stocks-dow/factbox-dow-closes-above-23000-mark-in-54-day-run-up-idUSL2N1MT2AE',
  'Reuters', '2017-10-18', 'exact', 'Dateline "Oct 18 (Reuters)"; the session is Wednesday 2017-10-18.',
  "FACTBOX-Dow closes above 23,000 mark in 54-day run-up. Oct 18 (Reuters) - The Dow Jones Industrial Average rallied on "
  "Wednesday to close above 23,000 for the first time, one of the shortest runs between thousand-point milestones in a history "
  "of more than 100 years. It took the index 54 trading days to climb from 22,000 to above 23,000. That followed the 107 "
  "trading days it took to close above the 21,000 milestone earlier this year. Only 24 sessions were needed for the Dow to move "
  "from 20,000 to 21,000, also in 2017. The 30-stock index ended 2016 at 19,762.60. With a gain of more than 3 percent so far in "
  "October, it is on track for a seventh consecutive month of gains. Some recent facts: the Dow closed above 22,000 for the first "
  "time on Aug. 2. Since then Caterpillar has been the biggest percentage gainer in the index, up more than 16 percent.",
  [
   c('DJI', 'first_close_above', 23000, 'points', None, D, None, None, 'close', "first_close_above('DJI',23000)", S, 'record',
     'Close 23,157.60 on 2017-10-18, the first above 23,000.', 'close above 23,000 for the first time'),
   c('DJI', 'sessions_between_milestones', 54, 'sessions', None, D, '22,000 to 23,000', None, 'close',
     "sessions_between('DJI','2017-08-02','2017-10-18')", S, 'streak', 'First closes above 22,000 (2017-08-02) and 23,000: index difference 54.',
     '54 trading days'),
   c('DJI', 'sessions_between_milestones', 107, 'sessions', None, '2017-08-02', '21,000 to 22,000', None, 'close',
     "sessions_between('DJI','2017-03-01','2017-08-02')", S, 'streak',
     'First close above 21,000 (2017-03-01) to first above 22,000 (2017-08-02): 107 sessions. The sentence is loosely worded '
     '(read literally, reaching 21,000 took 24 sessions from 20,000, claim 4); the 107 fits only the 21,000-22,000 leg.',
     '107 trading days'),
   c('DJI', 'sessions_between_milestones', 24, 'sessions', None, '2017-03-01', '20,000 to 21,000', None, 'close',
     "sessions_between('DJI','2017-01-25','2017-03-01')", S, 'streak', '2017-01-25 to 2017-03-01: 24 sessions.', 'Only 24 sessions'),
   c('DJI', 'close', 19762.60, 'points', None, '2016-12-30', None, None, 'close', "close('DJI','2016-12-30')", S, 'tol', '', '19,762.60'),
   c('DJI', 'mtd_pct', 3, '%', 'more than', D, 'MTD', None, 'close', "mtd('DJI','2017-10-18')", S, 'more', '+3.359% from 22,405.09.', 'more than 3 percent'),
   c('DJI', 'monthly_streak', 7, 'months', 'on track', D, 'monthly', None, 'close', None, N, 'ontrack',
     '"On track" for October; April to September 2017 were six monthly gains.', 'on track for a seventh consecutive month'),
   c('DJI', 'first_close_above', 22000, 'points', None, '2017-08-02', None, None, 'close', "first_close_above('DJI',22000)", S, 'record',
     '', 'Aug. 2'),
   c('DJI', 'milestone_pace_rank', 'one of the shortest', 'rank', None, D, 'history of more than 100 years', None, 'close', None, U, 'nofile',
     'Needs Dow history before 1992, which the file lacks.', 'one of the shortest runs'),
   c('CAT', 'change_pct', 16, '%', 'more than', D, 'since 2017-08-02', None, 'close', None, U, 'nofile',
     'Single stocks are not in the files.', 'more than 16 percent'),
  ])

# ---------------------------------------------------------------- 5
D = '2017-12-29'
P('peoplespunditdaily_20171229_dow_71_records_2017', 'peoplespunditdaily.com',
  'https://peoplespunditdaily.com/news/markets/2017/12/29/dow-jones-71-record-closes-soars-25-percent-2017',
  "People's Pundit Daily", '2017-12-29', 'exact', 'Date in the URL; the session is Friday 2017-12-29, with Thursday 2017-12-28 also cited.',
  "The Dow Jones Industrial Average finished the last trading day of 2017 lower, but it notched its 71st record close on "
  "Thursday and soared 25.08% this year. The blue-chip index closed down 118.29 points, or 0.48%, to 24,719.22 on Friday. On "
  "Thursday the Dow ended the session at 24,833.62, the 71st record close of a year that opened at 19,881.75. Had it finished "
  "the week higher, it would have been the first time since 1954 that the index ended the final six weeks of the year with "
  "gains. The Nasdaq Composite closed down 46.77 (.67%) to 6903.39 but rallied 28.24% this year. The S&P 500 fell 13.93, or "
  "0.52%, to 2673.61, ending the year 19.42% higher. Forecast models project fourth-quarter growth of 3% or more, and the New "
  "York Federal Reserve's estimate puts fourth-quarter GDP at nearly 4%.",
  [
   c('DJI', 'record_close', True, 'flag', None, '2017-12-28', None, None, 'close', "is_record_close('DJI','2017-12-28')", S, 'record',
     'Record close on 2017-12-28.', '71st record close on'),
   c('DJI', 'record_count', 71, 'closes', None, '2017-12-28', '2017', None, 'close', "record_count('DJI',2017,'2017-12-28')", S, 'streak',
     '71 record closes in 2017 in the file, the last on Dec 28.', 'the 71st record close of a year'),
   c('DJI', 'year_change_pct', 25.08, '%', None, D, '2017', None, 'close', "year_return('DJI',2017)", S, 'tol', '+25.081%.', '25.08%'),
   c('DJI', 'daily_change_pts', -118.29, 'points', None, D, '1d', None, 'close', "chg('DJI','2017-12-29')", S, 'tol', '', '118.29'),
   c('DJI', 'daily_change_pct', -0.48, '%', None, D, '1d', None, 'close', "pct('DJI','2017-12-29')", S, 'tol', '-0.476%.', '0.48%'),
   c('DJI', 'close', 24719.22, 'points', None, D, None, None, 'close', "close('DJI','2017-12-29')", S, 'tol', '', '24,719.22'),
   c('DJI', 'close', 24833.62, 'points', None, '2017-12-28', None, None, 'close', "close('DJI','2017-12-28')", I, 'imp_lvl',
     'The 2017-12-28 close was 24,837.51; 3.89 points (0.02%) off.', '24,833.62'),
   c('DJI', 'year_open', 19881.75, 'points', None, '2017-01-03', '2017', None, 'open', "open_('DJI','2017-01-03')", I, 'imp_lvl',
     'The first session of 2017 opened at 19,872.86 (0.05% off); 19,881.75 is that day\'s close (19,881.76).', '19,881.75'),
   c('DJI', 'six_week_streak_since', 1954, 'year', 'conditional', D, 'final six weeks of 2017', None, 'close', "wtd('DJI','2017-12-29')", N, 'ontrack',
     'Counterfactual ("had it finished the week higher"); the week did end lower (-0.14%) and the 1954 comparison needs pre-1992 data.',
     'first time since 1954'),
   c('IXIC', 'daily_change_pts', -46.77, 'points', None, D, '1d', None, 'close', "chg('IXIC','2017-12-29')", S, 'tol', '', '46.77'),
   c('IXIC', 'daily_change_pct', -0.67, '%', None, D, '1d', None, 'close', "pct('IXIC','2017-12-29')", S, 'tol', '-0.673%.', '.67%'),
   c('IXIC', 'close', 6903.39, 'points', None, D, None, None, 'close', "close('IXIC','2017-12-29')", S, 'tol', '', '6903.39'),
   c('IXIC', 'year_change_pct', 28.24, '%', None, D, '2017', None, 'close', "year_return('IXIC',2017)", S, 'tol', '+28.241%.', '28.24%'),
   c('SPX', 'daily_change_pts', -13.93, 'points', None, D, '1d', None, 'close', "chg('SPX','2017-12-29')", S, 'tol', '', '13.93'),
   c('SPX', 'daily_change_pct', -0.52, '%', None, D, '1d', None, 'close', "pct('SPX','2017-12-29')", S, 'tol', '-0.518%.', '0.52%'),
   c('SPX', 'close', 2673.61, 'points', None, D, None, None, 'close', "close('SPX','2017-12-29')", S, 'tol', '', '2673.61'),
   c('SPX', 'year_change_pct', 19.42, '%', None, D, '2017', None, 'close', "year_return('SPX',2017)", S, 'tol', '+19.420%.', '19.42%'),
   c('US_GDP', 'q4_growth_estimate', 4, '%', 'nearly', D, '2017Q4', None, None, None, U, 'nofile', 'GDP nowcasts are not in the files.', 'nearly 4%'),
  ])

# ---------------------------------------------------------------- 6
D = '2018-09-26'
P('latimes_20180926_stocks_slip_fed_third_hike', 'latimes.com', 'http://www.latimes.com/business/la-fi-markets-20180926-story.html',
  'Los Angeles Times', '2018-09-26', 'exact', 'Date in the URL; FOMC decision day Wednesday 2018-09-26.',
  "Stocks slip after Federal Reserve raises interest rates. U.S. stock indexes slipped Wednesday after the Federal Reserve "
  "took the latest step in its campaign to pull interest rates gradually higher. The decision to raise the federal funds rate "
  "for a third time this year was widely expected, and stocks initially climbed after the announcement, but the gains faded in "
  "the last 30 minutes of trading after Fed Chairman Jerome Powell finished his news conference. Financial stocks fell hardest, "
  "hurt by a drop in Treasury yields. The Standard & Poor's 500 index ended the day down 9.59 points, or 0.3%, at 2,905.97; "
  "earlier in the day, it was up as much as 0.5%. The Dow Jones industrial average fell 106.93 points, or 0.4%, to 26,385.28. "
  "The Nasdaq composite slipped 17.11 points, or 0.2%, to 7,990.37. Powell said the U.S. economy is in a \"particularly bright "
  "moment\".",
  [
   c('FEDFUNDS', 'target_range_change', 'raise', 'range', None, D, None, None, 'effective date',
     "[fed_range('2018-09-26'), fed_range('2018-09-27')]", S, 'fed',
     '1.75-2.00% to 2.00-2.25%, effective 2018-09-27 after the 2018-09-26 decision.', 'raises interest rates'),
   c('FEDFUNDS', 'hikes_this_year', 3, 'hikes', None, D, '2018', None, 'effective date', "fomc_changes(2018,'up','2018-09-27')", S, 'fed',
     'Increases effective 2018-03-22, 2018-06-14 and 2018-09-27.', 'for a third time this year'),
   c('GENERIC', 'intraday_path', 'climbed, faded in last 30 minutes', None, None, D, None, None, 'intraday', None, U, 'mid',
     'Intraday timing is not in the files (the S&P 500 high was +0.5%, claim 7).', 'gains faded in the last 30 minutes'),
   c('US10Y', 'daily_change', 'drop', 'bp', None, D, '1d', None, 'end of day', "rate_chg_bp('US10Y','2018-09-26')", S, 'yield',
     'DGS10 3.10 to 3.06 (-4 bp).', 'drop in Treasury yields'),
   c('SPX', 'daily_change_pts', -9.59, 'points', None, D, '1d', None, 'close', "chg('SPX','2018-09-26')", S, 'tol', '', '9.59 points'),
   c('SPX', 'daily_change_pct', -0.3, '%', None, D, '1d', None, 'close', "pct('SPX','2018-09-26')", S, 'tol', '-0.329%.', 'or 0.3%'),
   c('SPX', 'close', 2905.97, 'points', None, D, None, None, 'close', "close('SPX','2018-09-26')", S, 'tol', '', '2,905.97'),
   c('SPX', 'intraday_high_pct', 0.5, '%', 'as much as', D, '1d', None, 'intraday high', "high_vs_prev('SPX','2018-09-26')", S, 'asmuch',
     'Session high 2,931.15 = +0.535% on the previous close.', 'up as much as 0.5%'),
   c('DJI', 'daily_change_pts', -106.93, 'points', None, D, '1d', None, 'close', "chg('DJI','2018-09-26')", S, 'tol', '', '106.93 points'),
   c('DJI', 'daily_change_pct', -0.4, '%', None, D, '1d', None, 'close', "pct('DJI','2018-09-26')", S, 'tol', '-0.404%.', 'or 0.4%'),
   c('DJI', 'close', 26385.28, 'points', None, D, None, None, 'close', "close('DJI','2018-09-26')", S, 'tol', '', '26,385.28'),
   c('IXIC', 'daily_change_pts', -17.11, 'points', None, D, '1d', None, 'close', "chg('IXIC','2018-09-26')", S, 'tol', 'File -17.10.', '17.11 points'),
   c('IXIC', 'daily_change_pct', -0.2, '%', None, D, '1d', None, 'close', "pct('IXIC','2018-09-26')", S, 'tol', '-0.214%.', 'or 0.2%'),
   c('IXIC', 'close', 7990.37, 'points', None, D, None, None, 'close', "close('IXIC','2018-09-26')", S, 'tol', '', '7,990.37'),
   c('QUOTE', 'opinion', None, None, None, D, None, None, None, None, N, 'quote', 'Quoted opinion.', 'particularly bright'),
  ])

# ---------------------------------------------------------------- 7
D = '2018-12-17'
P('cnbc_20181217_rut_official_bear_market', 'cnbc.com',
  'https://www.cnbc.com/2018/12/17/small-cap-stocks-enter-official-bear-market-with-russell-2000-benchmark-down-20percent-from-highs.html',
  'CNBC', '2018-12-17', 'exact', 'Date in the URL; the session is Monday 2018-12-17.',
  "Small-cap stocks enter official bear market. \"The sell-off comes from the risk-off sentiment. Small caps are riskier than "
  "large caps, and there are some concerns about the end of a cycle in the U.S. and that we are entering a recession,\" said "
  "Tobias Levkovich, chief U.S. equity strategist at Citi. The Russell 2000 index fell 2.3 percent Monday, bringing its loss "
  "from a record in late August to more than 20 percent. The benchmark hit its lowest level since August 2017 on Monday, "
  "extending a sell-off driven by worries about a slowing U.S. economy. The slide reverses the small caps' outperformance "
  "earlier this year, when investors bet that small, domestically focused companies would be shielded from U.S.-China trade "
  "tensions and gain most from the tax cut. Levkovich said S&P 500 companies get about 72 percent of sales in North America, "
  "while Russell 2000 companies have 77 percent domestic sales.",
  [
   c('QUOTE', 'opinion', None, None, None, D, None, None, None, None, N, 'quote', 'Quoted opinion.', 'risk-off sentiment'),
   c('RUT', 'daily_change_pct', -2.3, '%', None, D, '1d', None, 'close', "pct('RUT','2018-12-17')", S, 'tol', '-2.316% to 1,378.14.', 'fell 2.3 percent'),
   c('RUT', 'record_date', 'late August', 'date', None, D, None, None, 'close', "record_before('RUT','2018-12-17')", S, 'record',
     'Record close 1,740.75 on 2018-08-31.', 'record in late August'),
   c('RUT', 'pct_from_ath', 20, '%', 'more than', D, None, 'record close 1,740.75', 'close', "pct_from_ath('RUT','2018-12-17')", S, 'more',
     '20.83% below the record close.', 'more than 20 percent'),
   c('RUT', 'bear_market', True, 'flag', None, D, None, None, 'close', "pct_from_ath('RUT','2018-12-17')", S, 'generic',
     'At least 20% below the record close (20.83%).', 'official bear market'),
   c('RUT', 'lowest_since', 'August 2017', 'date', None, D, None, None, 'close', "lowest_since('RUT','2018-12-17')", S, 'since',
     'Last close at least as low: 2017-08-25 (1,377.45, below 1,378.14).', 'lowest level since August 2017'),
   c('SPX', 'north_american_sales_share', 72, '%', 'about', D, None, None, None, None, U, 'nofile', 'Revenue mix is not in the files.', '72 percent'),
   c('RUT', 'domestic_sales_share', 77, '%', None, D, None, None, None, None, U, 'nofile', 'Revenue mix is not in the files.', '77 percent'),
  ])

# ---------------------------------------------------------------- 8
D = '2023-06-06'
P('marketwatch_20230606_small_caps_surge_market_stalls', 'wealthcreationinvesting.com',
  'https://wealthcreationinvesting.com/uncategorized/small-cap-stocks-surge-as-broader-u-s-market-stalls-heres-why',
  'MarketWatch', '2023-06-06', 'high',
  'Repost of a MarketWatch story without a date; "Tuesday", the +2.69% Russell 2000 move, the "highest close since March 8" '
  'and the ticker quotes match only Tuesday 2023-06-06.',
  "Small-cap stocks surge as broader U.S. market stalls. The broader U.S. stock market looked sleepy Tuesday, but small-cap "
  "investors were in no mood for a nap. The small-cap Russell 2000 index (RUT, +2.69%), made up of the smallest 2,000 companies "
  "in the broader Russell 3000 (RUA, +0.46%) by market capitalization, jumped 2.7% for its highest close since March 8. The "
  "small-cap gauge has been left behind in 2023, gaining around just 5.4% so far in 2023 versus an 11.6% rise for the large-cap "
  "benchmark S&P 500 (SPX, +0.24%) and a 26.9% jump for the tech-heavy Nasdaq Composite (COMP, +0.36%). Those gains mean the "
  "eight biggest megacap tech stocks made up nearly 28% of the market-cap-weighted S&P 500 and nearly 55% of the "
  "tech-concentrated Nasdaq-100 (NDX, +0.01%), said Louis Navellier. Small caps flipped the script as June got under way, with "
  "the Russell 2000 gapping higher Friday after a much stronger than expected May nonfarm payrolls rise. Tuesday's rally "
  "looked like \"a continuation of the market reaction we saw from last Friday,\" said Greg Czarnecki of William Blair.",
  [
   c('RUT', 'daily_change_pct', 2.69, '%', None, D, '1d', None, 'close', "pct('RUT','2023-06-06')", S, 'tol', '+2.695%.', '+2.69%'),
   c('RUA', 'daily_change_pct', 0.46, '%', None, D, '1d', None, 'close', None, U, 'nofile', 'The Russell 3000 is not in the files.', '+0.46%'),
   c('RUT', 'daily_change_pct', 2.7, '%', None, D, '1d', None, 'close', "pct('RUT','2023-06-06')", S, 'tol', '+2.695%.', 'jumped 2.7%'),
   c('RUT', 'highest_close_since', '2023-03-08', 'date', None, D, None, None, 'close', "highest_since('RUT','2023-06-06')", S, 'since',
     'Last close at least as high: 2023-03-08.', 'highest close since March 8'),
   c('RUT', 'ytd_pct', 5.4, '%', 'around', D, 'YTD', None, 'close', "ytd('RUT','2023-06-06')", S, 'about', '+5.346%.', 'around just 5.4%'),
   c('SPX', 'ytd_pct', 11.6, '%', None, D, 'YTD', None, 'close', "ytd('SPX','2023-06-06')", S, 'tol', '+11.573%.', '11.6% rise'),
   c('SPX', 'daily_change_pct', 0.24, '%', None, D, '1d', None, 'close', "pct('SPX','2023-06-06')", S, 'tol', '+0.235%.', '+0.24%'),
   c('IXIC', 'ytd_pct', 26.9, '%', None, D, 'YTD', None, 'close', "ytd('IXIC','2023-06-06')", S, 'tol', '+26.847%.', '26.9% jump'),
   c('IXIC', 'daily_change_pct', 0.36, '%', None, D, '1d', None, 'close', "pct('IXIC','2023-06-06')", S, 'tol', '+0.355%.', '+0.36%'),
   c('SPX', 'megacap_weight', 28, '%', 'nearly', D, None, None, None, None, U, 'nofile', 'Index weights are not in the files.', 'nearly 28%'),
   c('NDX', 'megacap_weight', 55, '%', 'nearly', D, None, None, None, None, U, 'nofile', 'Index weights are not in the files.', 'nearly 55%'),
   c('NDX', 'daily_change_pct', 0.01, '%', None, D, '1d', None, 'close', "pct('NDX','2023-06-06')", S, 'tol', '+0.011%.', '+0.01%'),
   c('RUT', 'gap_up', True, 'flag', None, '2023-06-02', '1d', None, 'intraday', "gap_up('RUT','2023-06-02')", S, 'generic',
     'Friday 2023-06-02 low 1,782.34 above the 2023-06-01 high 1,773.01.', 'gapping higher Friday'),
   c('QUOTE', 'opinion', None, None, None, D, None, None, None, None, N, 'quote', 'Quoted opinion.', 'continuation of the market reaction'),
  ])

# ---------------------------------------------------------------- 9
D = '2024-02-13'
P('analyzingmarket_20240213_small_caps_bear_brunt', 'analyzingmarket.com', 'https://analyzingmarket.com/small-cap-stocks-bear-the-brunt-of-sell-off',
  None, '2024-02-13', 'medium',
  'Undated page. "Tuesday", a Russell 2000 drop of over 3% against about 1.3% for the S&P 500 and a return to negative '
  'year-to-date territory in 2024 fit only Tuesday 2024-02-13 (CPI day).',
  "Small-cap stocks bear the brunt of sell-off. Small caps came under heavy pressure as the market stumbled on Tuesday, pulling "
  "a closely watched index back into negative territory for the year. The small cap-centric Russell 2000 saw a decline of over "
  "3% in Tuesday's session, while the broader S&P 500 lost approximately 1.3%. After the drop the Russell 2000 was down roughly "
  "3% for the year, back below zero after a brief surge had momentarily lifted it into positive territory against the start of "
  "2024. The S&P 500, meanwhile, is still up by 4% year to date.",
  [
   c('RUT', 'daily_change_pct', -3, '%', 'over', D, '1d', None, 'close', "pct('RUT','2024-02-13')", S, 'more', '-3.965%.', 'decline of over 3%'),
   c('SPX', 'daily_change_pct', -1.3, '%', 'approximately', D, '1d', None, 'close', "pct('SPX','2024-02-13')", S, 'about', '-1.367%.', 'approximately 1.3%'),
   c('RUT', 'ytd_pct', -3, '%', 'roughly', D, 'YTD', None, 'close', "ytd('RUT','2024-02-13')", S, 'about', '-3.103%.', 'down roughly'),
   c('RUT', 'ytd_positive_before', True, 'flag', None, '2024-02-12', 'YTD', None, 'close', "ytd('RUT','2024-02-12')", S, 'generic',
     'Year-to-date +0.90% at the 2024-02-12 close (and -0.84% on 2024-02-09): a brief positive spell.', 'momentarily lifted it into positive territory'),
   c('SPX', 'ytd_pct', 4, '%', None, D, 'YTD', None, 'close', "ytd('SPX','2024-02-13')", S, 'tol', '+3.844%.', 'up by 4% year to date'),
  ])

# ---------------------------------------------------------------- 10
P('sherwood_20240721_russell_rally_rate_cuts', 'sherwood.news',
  'https://sherwood.news/snacks/markets/rising-expectations-of-rate-cuts-and-a-trump-victory-boost-smaller-us-stocks',
  'Sherwood Snacks', '2024-07-21', 'medium',
  'Undated newsletter item. "Five trading sessions through Wednesday", "five days through July 12" and "late last week" place it '
  'after the week of 2024-07-15..19 (Wednesday = 2024-07-17); the weekly figures are for the week ending Friday 2024-07-19.',
  "Move over, Nasdaq... The big three U.S. stock indexes get the attention, but a smaller index has taken the spotlight. In the "
  "five trading sessions through Wednesday, the Russell 2000 rallied 11.5%, outperforming the S&P 500 by nearly 10% - the "
  "biggest lead on record. Unlike its mega-cap peers, the Russell tracks about 2K of America's smallest listed companies. After "
  "months of Big Tech rallies, investors sold heavyweight names and cozied up to smaller firms. In the five days through July "
  "12, investors poured billions into Russell 2000 exchange-traded funds. The Russell rally faltered late last week but still "
  "did better than its larger peers: while the techy Nasdaq plunged 3.7% for the week, the Russell gained 1.7%. Rate-cut "
  "expectations have spiked after a cool June inflation report showed U.S. consumer prices fell on a monthly basis for the "
  "first time in four years, and as of Friday traders seemed certain that the Fed would trim rates in September.",
  [
   c('RUT', 'change_pct', 11.5, '%', None, '2024-07-17', '5 sessions through Wednesday', None, 'close',
     "pct_between('RUT','2024-07-10','2024-07-17')", C, 'contra',
     'Five sessions through Wednesday 2024-07-17 (from the 2024-07-10 close): +9.16%. The 11.5% fits the five sessions through '
     'Tuesday 2024-07-16 (+11.54% from 2024-07-09), a different window from the one stated.', 'rallied 11.5%'),
   c('RUT', 'relative_change_pp', 10, 'pp', 'nearly', '2024-07-17', '5 sessions through Wednesday', 'vs S&P 500', 'close',
     "rel_spread('RUT','SPX','2024-07-10','2024-07-17')", S, 'nearly',
     'Russell +9.16% vs S&P 500 -0.81%: 9.97 points (through Tuesday: 11.54% vs 1.62%, 9.92 points).', 'nearly 10%'),
   c('RUT', 'relative_change_rank', 'biggest lead on record', 'rank', None, '2024-07-17', '5 sessions', 'vs S&P 500', 'close',
     "max_rel_spread_n('RUT','SPX',5,'2024-07-17')", U, 'nofile',
     'It is the largest five-session lead over the S&P 500 in the file (RUT from 1987-09-10); the Russell record quoted by such '
     'sources starts in 1979, so the claim needs 1979-1987 history the file lacks.', 'biggest lead on record'),
   c('IWM', 'fund_flows', 'billions', 'USD', None, '2024-07-12', '5 days through July 12', None, None, None, U, 'nofile',
     'ETF flows are not in the files.', 'poured billions'),
   c('IXIC', 'week_change_pct', -3.7, '%', None, '2024-07-19', 'week', None, 'close', "wtd('IXIC','2024-07-19')", S, 'week',
     '-3.650%.', 'plunged 3.7%'),
   c('RUT', 'week_change_pct', 1.7, '%', None, '2024-07-19', 'week', None, 'close', "wtd('RUT','2024-07-19')", S, 'week',
     '+1.679%.', 'the Russell gained 1.7%'),
   c('US_CPI', 'monthly_change', 'first fall in four years', None, None, '2024-07-11', 'June 2024', None, None, None, U, 'nofile',
     'CPI is not in the files.', 'first time in four years'),
   c('FEDFUNDS', 'cut_odds', 'certain', 'probability', None, '2024-07-19', 'September 2024 meeting', None, None, None, U, 'futures',
     'Futures for the September 2024 meeting are not in the files (the Fed did cut on 2024-09-18, which does not decide odds).',
     'traders seemed certain'),
  ])

# ---------------------------------------------------------------- 11
D = '2025-09-17'
P('gmteight_20250918_fed_cut_small_caps_break_record', 'gmteight.com', 'https://gmteight.com/content/detail/310138',
  'GMTEight', '2025-09-18', 'medium',
  'Undated translated item; the Wednesday it describes is FOMC decision day 2025-09-17 (2,453.36 intraday, +0.2% close); '
  'published the following day at the earliest.',
  "The Fed finally cut rates - are small caps about to take off? Rate cuts revived risk appetite, and the Russell 2000 briefly "
  "broke through its record closing high. During most of the U.S. market's record run, small caps looked on from the sidelines, "
  "especially as the benchmark S&P 500 repeatedly hit new highs this year while the Russell 2000 could not keep setting them. "
  "In Wednesday's U.S. session the Russell 2000 rose as much as 2.1% to 2453.36 points, crossing its historical closing high "
  "since November 2021 for the first time, before giving back some gains. The index eventually closed up 0.2%. Although it "
  "has not yet surpassed the historical high set in November 2021, the brief surge after the Fed announced a 25 basis point "
  "interest rate cut shows the market increasingly favouring small caps as rates come down. The cut, already 100% priced in by "
  "the market, pushed the Russell 2000 higher despite a lower close for the broader US stock market that day.",
  [
   c('SPX', 'record_closes_ytd', 'repeatedly', 'count', None, '2025-09-16', '2025', None, 'close', "record_count('SPX',2025,'2025-09-16')", S, 'generic',
     '25 record closes in 2025 before the decision day.', 'repeatedly hit new highs this year'),
   c('RUT', 'intraday_high_pct', 2.1, '%', 'as much as', D, '1d', None, 'intraday high', "high_vs_prev('RUT','2025-09-17')", S, 'asmuch',
     'High 2,453.36 = +2.094% on the previous close.', 'as much as 2.1%'),
   c('RUT', 'intraday_high', 2453.36, 'points', None, D, '1d', None, 'intraday high', "high('RUT','2025-09-17')", S, 'tol', '', '2453.36'),
   c('RUT', 'first_cross_of_record_close_since', 'November 2021', 'date', 'for the first time', D, None, 'record close 2,442.74 (2021-11-08)',
     'intraday high', "last_high_above('RUT',2442.74,'2025-09-17')", C, 'contra',
     'The session high did clear the 2,442.74 record close, but not for the first time since November 2021: intraday highs were '
     'above it in November 2024 (record high 2,466.49 on 2024-11-25; last such session 2024-11-29).', 'for the first time'),
   c('RUT', 'daily_change_pct', 0.2, '%', None, D, '1d', None, 'close', "pct('RUT','2025-09-17')", S, 'tol', '+0.179%.', 'closed up 0.2%'),
   c('RUT', 'record_close', False, 'flag', 'not yet', D, None, 'record close 2,442.74 (2021-11-08)', 'close', "is_record_close('RUT','2025-09-17')", S, 'record',
     'Close 2,407.34 stays below the 2021-11-08 record close. The intraday record (2,466.49) dates from 2024-11-25, so '
     '"high set in November 2021" holds on the closing basis only.', 'not yet surpassed'),
   c('FEDFUNDS', 'target_range_change_bp', -25, 'bp', None, D, None, None, 'effective date',
     "[fed_range('2025-09-17'), fed_range('2025-09-18')]", S, 'fed', '4.25-4.50% to 4.00-4.25%, effective 2025-09-18.', '25 basis point'),
   c('FEDFUNDS', 'cut_odds', 100, '%', None, D, 'September 2025 meeting', None, None, None, U, 'futures',
     'Futures for the September 2025 meeting are not in the files.', '100% priced in'),
   c('SPX', 'daily_change_direction', 'lower', None, None, D, '1d', None, 'close', "pct('SPX','2025-09-17')", S, 'generic',
     'S&P 500 -0.10% and Nasdaq -0.33%; the Dow rose 0.57%.', 'lower close for the broader US stock market'),
  ])

# ---------------------------------------------------------------- 12
P('sknfinance_20251011_rut_52_week_high_reversal', 'skn-finance.com', 'https://skn-finance.com/russell-2000-small-caps-under-pressure-economic-trouble',
  None, '2025-10-11', 'medium',
  'Undated page with blank figures in the body (kept out of the passage). The 52-week high of 2,501.92 on Monday and the '
  '-3.01% Friday identify the week of 2025-10-06..10; published after the Friday close.',
  "Small-Caps Under Pressure: Is the Russell 2000 Signaling Broader Economic Trouble? Key points: The Russell 2000 Index hit a "
  "new 52-week high of 2501.92 at the start of the week before reversing sharply. A broad-based sell-off on Friday caused the "
  "small-cap index to plunge -3.01%, wiping out all weekly gains. The index underperformed the Dow Jones and S&P 500, pointing "
  "to heightened investor anxiety about domestic growth. The week opened on an exceptionally bullish note: on Monday the "
  "Russell 2000 made a record-setting surge to a new 52-week peak. The index then held fairly steady through midweek, "
  "consolidating near its recent highs. Friday opened lower and selling accelerated through the day, pushing the index down "
  "nearly 100 points from its session high to its low.",
  [
   c('RUT', 'intraday_high', 2501.92, 'points', None, '2025-10-06', '1d', None, 'intraday high', "high('RUT','2025-10-06')", S, 'tol',
     'Monday 2025-10-06 high.', '2501.92'),
   c('RUT', 'high_52w', True, 'flag', None, '2025-10-06', '52 weeks', None, 'intraday high', "is_record_high('RUT','2025-10-06')", S, 'record',
     'Above every earlier intraday high in the file (previous 2,497.36 on 2025-10-03), so also a 52-week high.', 'new 52-week peak'),
   c('RUT', 'record', True, 'flag', None, '2025-10-06', '1d', None, 'close', "is_record_close('RUT','2025-10-06')", S, 'record',
     'Record close 2,486.35 and record intraday high on Monday.', 'record-setting surge'),
   c('RUT', 'daily_change_pct', -3.01, '%', None, '2025-10-10', '1d', None, 'close', "pct('RUT','2025-10-10')", S, 'tol', '-3.008% to 2,394.59.', '-3.01%'),
   c('RUT', 'week_change_sign', 'negative', None, None, '2025-10-10', 'week', None, 'close', "wtd('RUT','2025-10-10')", S, 'week',
     'Week -3.30% (2,476.18 to 2,394.59): the weekly gain was wiped out.', 'wiping out all weekly gains'),
   c('RUT', 'relative_performance', 'underperformed', None, None, '2025-10-10', '1d', 'vs Dow, S&P 500', 'close',
     "[pct('RUT','2025-10-10'), pct('DJI','2025-10-10'), pct('SPX','2025-10-10')]", S, 'generic',
     'Friday: Russell 2000 -3.01%, Dow -1.90%, S&P 500 -2.71%.', 'underperformed the Dow Jones and S&P 500'),
   c('RUT', 'intraday_range_pts', 100, 'points', 'nearly', '2025-10-10', '1d', None, 'intraday',
     "round(high('RUT','2025-10-10')-low('RUT','2025-10-10'),2)", I, 'imp_pts',
     'Session high 2,484.35 to low 2,393.85 = 90.5 points; "nearly 100" allows 98-100.5 (unit 2% of 100), so 90.5 is short but within 20%.',
     'nearly 100 points'),
  ])

# ---------------------------------------------------------------- 13
D = '2025-11-21'
P('feedzop_20251123_small_caps_lag_major_indexes', 'feedzop.com',
  'https://www.feedzop.com/en-us/news/business-and-economy/us-stocks-diverge-big-caps-soar-small-caps-lag?int-nav=1&session-start-screen=blog-reading-page',
  None, '2025-11-23', 'medium',
  'The page shows only "23 Nov" (a Sunday in 2025); the year-to-date figures (6.3/12.3/8.7/15.3) match the Friday 2025-11-21 closes exactly.',
  "Small Caps Lag as Major US Stocks Soar. Summary: major US stock indexes like the S&P 500 and Nasdaq show strong gains; the "
  "small-cap Russell 2000 index struggles, down YTD and weekly; US small-cap stocks lag well behind international markets. The "
  "U.S. market is a tale of two halves, with the S&P 500, Dow Jones and Nasdaq celebrating robust gains this year while small "
  "caps face considerable headwinds. The Russell 2000 has posted a modest year-to-date increase of 6.3 percent, against the 12.3 "
  "percent, 8.7 percent and 15.3 percent gains in the S&P 500, Dow Jones and Nasdaq, respectively. Such severe small-cap "
  "underperformance is historically rare, drawing parallels to the late 1990s. Despite a decade of growth, the Russell 2000's "
  "total return trails that of the S&P 500 by a wide margin. Year-to-date, U.S. small-cap stocks have managed only a 6 percent "
  "rise, placing them among the world's worst-performing regions, far behind South Korea, Spain and Brazil.",
  [
   c('RUT', 'ytd_sign', 'negative', None, None, D, 'YTD', None, 'close', "ytd('RUT','2025-11-21')", C, 'contra',
     'The Russell 2000 was up 6.25% for the year on 2025-11-21; the summary contradicts the article body (6.3 percent increase).', 'down YTD'),
   c('RUT', 'week_change_sign', 'negative', None, None, D, 'week', None, 'close', "wtd('RUT','2025-11-21')", S, 'week',
     'Week -0.78% (S&P 500 -1.95%).', 'and weekly'),
   c('RUT', 'ytd_pct', 6.3, '%', None, D, 'YTD', None, 'close', "ytd('RUT','2025-11-21')", S, 'tol', '+6.252%.', '6.3 percent'),
   c('SPX', 'ytd_pct', 12.3, '%', None, D, 'YTD', None, 'close', "ytd('SPX','2025-11-21')", S, 'tol', '+12.265%.', '12.3'),
   c('DJI', 'ytd_pct', 8.7, '%', None, D, 'YTD', None, 'close', "ytd('DJI','2025-11-21')", S, 'tol', '+8.700%.', '8.7 percent'),
   c('IXIC', 'ytd_pct', 15.3, '%', None, D, 'YTD', None, 'close', "ytd('IXIC','2025-11-21')", S, 'tol', '+15.340%.', '15.3 percent'),
   c('RUT', 'total_return_gap', 'trails by a wide margin', None, None, D, 'decade', 'vs S&P 500', 'total return', None, U, 'nofile',
     'Total-return index levels are not in the files (RUT and GSPC are price indexes); ETF adjusted closes are only proxies.',
     'total return trails'),
   c('RUT', 'ytd_pct', 6, '%', 'only', D, 'YTD', None, 'close', "ytd('RUT','2025-11-21')", S, 'tol', '+6.252%.', 'only a 6 percent'),
   c('GENERIC', 'regional_rank', 'among the worst-performing regions', 'rank', None, D, 'YTD', 'vs South Korea, Spain, Brazil', None, None, U, 'nofile',
     'Foreign markets are not in the files.', "world's worst-performing regions"),
  ])

# ---------------------------------------------------------------- 14
D = '2026-01-12'
P('feedzop_20260113_russell_record_small_cap_streak', 'feedzop.com',
  'https://www.feedzop.com/en-us/news/business-and-economy/small-caps-hit-record-high-longest-streak-7-years?int-nav=1&session-start-screen=fortunecookie-intro-page',
  'CNBC-TV18 (rewrite)', '2026-01-13', 'medium',
  'Page shows "13 Jan"; "Monday", the Russell 2000 record close and the S&P 500 near 7,000 fit Monday 2026-01-12.',
  "Small Caps Soar: Russell 2000 Hits Record High. Summary: small-cap stocks achieved their longest winning streak against larger "
  "peers in seven years; the Russell 2000 index closed at a record high, outperforming peers; interest rate expectations and "
  "economic data fuel the rise. U.S. markets proved resilient on Monday, with the major indices closing in the green despite "
  "early futures declines. Anticipation of lower rates, which tends to help smaller companies more than large ones, and "
  "resilient economic data have driven the small-cap sector; the pattern echoes a similar move in January 2019. On Monday the "
  "Dow Jones recovered substantially from intraday lows, and the S&P 500 neared the 7,000 mark. Alphabet crossing $4 trillion "
  "in market value also helped the Nasdaq.",
  [
   c('RUT', 'relative_streak_since', 'seven years', 'years', 'longest', D, None, 'vs S&P 500', 'close',
     "rel_streak_last_as_long('RUT','SPX','2026-01-12',rel_streak('RUT','SPX','2026-01-12'))", C, 'since',
     'The Russell 2000 beat the S&P 500 for 7 straight sessions to 2026-01-12 (rel_streak). A run at least as long ended on '
     '2022-09-15, so it is not the longest in seven years (the source compared with January 2019).', 'longest winning streak'),
   c('RUT', 'record_close', True, 'flag', None, D, None, None, 'close', "is_record_close('RUT','2026-01-12')", S, 'record', '', 'closed at a record high'),
   c('RUT', 'relative_performance', 'outperforming peers', None, None, D, '1d', 'vs Dow, S&P 500, Nasdaq', 'close',
     "[pct('RUT','2026-01-12'), pct('DJI','2026-01-12'), pct('SPX','2026-01-12'), pct('IXIC','2026-01-12')]", S, 'generic',
     'Russell +0.44% vs Dow +0.17%, S&P 500 +0.16%, Nasdaq +0.26%.', 'outperforming peers'),
   c('DJI, SPX, IXIC', 'daily_change_sign', 'positive', None, None, D, '1d', None, 'close',
     "[pct('DJI','2026-01-12'), pct('SPX','2026-01-12'), pct('IXIC','2026-01-12')]", S, 'generic', 'All three closed higher.', 'closing in the green'),
   c('ES_FUTURES', 'early_decline', 'futures declines', None, None, D, 'pre-market', None, None, None, U, 'nofile',
     'Index futures are not in the files.', 'early futures declines'),
   c('DJI', 'recovery_from_low_pts', 'substantially', 'points', None, D, '1d', None, 'intraday', "round(close('DJI','2026-01-12')-low('DJI','2026-01-12'),2)", S, 'generic',
     'Low 49,011.31 (below the 49,504.07 prior close) to close 49,590.20: +578.89 points.', 'recovered substantially from intraday lows'),
   c('SPX', 'close', 'near 7,000', 'points', 'neared', D, None, None, 'close', "close('SPX','2026-01-12')", S, 'generic', 'Close 6,977.27.', 'neared the 7,000 mark'),
   c('GOOGL', 'market_cap', 4, 'USD tn', None, D, None, None, None, None, U, 'nofile', 'Single-stock market values are not in the files.', '$4 trillion'),
  ])

# ---------------------------------------------------------------- 15
D = '2025-09-04'
P('fxleaders_20250904_dow_nears_record_sp500_record', 'fxleaders.com',
  'https://www.fxleaders.com/news/2025/09/04/dow-jones-djia-well-supported-nears-record-high-as-late-buying-wave-lifts-wall-street',
  'FX Leaders', '2025-09-04', 'exact', 'Date in the URL; the session is Thursday 2025-09-04.',
  "Dow Jones DJIA well supported, nears record high as a late buying wave lifts Wall Street. The Dow Jones surged nearly 1%, "
  "closing just below its all-time peak, as strong late-session buying fed momentum across U.S. markets. S&P 500: the index "
  "finished at 6,502, its highest daily close ever and just shy of its previous intraday record of 6,207 set on August 25. "
  "After trading lower early in the session, steady bids and a third consecutive late-session surge pushed the benchmark into "
  "new territory. Dow: rebounding after two indecisive candlestick sessions, the blue-chip average now sits just below its "
  "record peak of 45,637 points from late August and could set a new all-time high as early as tomorrow. Daily performance - "
  "Dow Jones Industrial Average: finished at 45,621.29 points, added +350.06 points (+0.77%). S&P 500: closed at 6,502.08 "
  "points, gained +53.82 points (+0.83%). Nasdaq Composite: ended at 21,707.69 points, rose by +209.97 points.",
  [
   c('DJI', 'daily_change_pct', 1, '%', 'nearly', D, '1d', None, 'close', "pct('DJI','2025-09-04')", S, 'nearly',
     '+0.773%; "nearly 1%" allows 0 to 1.5 (one unit of the last stated digit).', 'surged nearly 1%'),
   c('DJI', 'pct_from_ath', 'just below', None, None, D, None, 'record close', 'close', "[close('DJI','2025-09-04'), record_before('DJI','2025-09-04')]", S, 'record',
     '45,621.29 against the 45,636.90 record close of 2025-08-28.', 'closing just below its all-time peak'),
   c('SPX', 'close', 6502, 'points', None, D, None, None, 'close', "close('SPX','2025-09-04')", S, 'tol', '6,502.08.', 'finished at 6,502'),
   c('SPX', 'record_close', True, 'flag', None, D, None, None, 'close', "is_record_close('SPX','2025-09-04')", S, 'record', '', 'highest daily close ever'),
   c('SPX', 'previous_intraday_record', 6207, 'points', None, D, None, None, 'intraday high', "record_high_before('SPX','2025-09-04')", C, 'contra',
     'The previous intraday record was 6,508.23 (2025-08-28); 6,207 is 4.6% off.', '6,207'),
   c('SPX', 'previous_intraday_record_date', '2025-08-25', 'date', None, D, None, None, 'intraday high', "record_high_before('SPX','2025-09-04')[1]", C, 'contra',
     'The previous intraday record was set on 2025-08-28, not August 25.', 'August 25'),
   c('SPX', 'early_session_direction', 'lower', None, None, D, '1d', None, 'early trading', "[low('SPX','2025-09-04'), prev_close('SPX','2025-09-04')]", U, 'mid',
     'Session low 6,445.98 is below the 6,448.26 prior close, so an early dip is inside the session range; its timing cannot be checked.',
     'trading lower early in the session'),
   c('SPX', 'late_session_surge_streak', 3, 'sessions', None, D, None, None, 'intraday', None, U, 'mid', 'Intraday timing is not in the files.',
     'third consecutive late-session surge'),
   c('DJI', 'record_close', 45637, 'points', None, '2025-08-28', None, None, 'close', "record_before('DJI','2025-09-04')", S, 'record',
     'Record close 45,636.90 on 2025-08-28 (late August). The intraday record is 45,757.84 (2025-08-22).', '45,637'),
   c('DJI', 'close', 45621.29, 'points', None, D, None, None, 'close', "close('DJI','2025-09-04')", S, 'tol', '', '45,621.29'),
   c('DJI', 'daily_change_pts', 350.06, 'points', None, D, '1d', None, 'close', "chg('DJI','2025-09-04')", S, 'tol', '', '+350.06'),
   c('DJI', 'daily_change_pct', 0.77, '%', None, D, '1d', None, 'close', "pct('DJI','2025-09-04')", S, 'tol', '+0.773%.', '+0.77%'),
   c('SPX', 'close', 6502.08, 'points', None, D, None, None, 'close', "close('SPX','2025-09-04')", S, 'tol', '', '6,502.08'),
   c('SPX', 'daily_change_pts', 53.82, 'points', None, D, '1d', None, 'close', "chg('SPX','2025-09-04')", S, 'tol', '', '+53.82'),
   c('SPX', 'daily_change_pct', 0.83, '%', None, D, '1d', None, 'close', "pct('SPX','2025-09-04')", S, 'tol', '+0.835%.', '+0.83%'),
   c('IXIC', 'close', 21707.69, 'points', None, D, None, None, 'close', "close('IXIC','2025-09-04')", S, 'tol', '', '21,707.69'),
   c('IXIC', 'daily_change_pts', 209.97, 'points', None, D, '1d', None, 'close', "chg('IXIC','2025-09-04')", S, 'tol', 'File +209.96.', '+209.97'),
  ])

# ---------------------------------------------------------------- 16
D = '2022-01-03'
P('ap_20220103_records_first_day_of_2022', 'jrbdt8wd.asia (repost of a Memphis/Nashville Ledger page)',
  'https://574503.jrbdt8wd.asia/editorial/Article.aspx?id=149064', 'Associated Press', '2022-01-03', 'medium',
  'The page header reads "VOL. 45 | NO. 53 | Friday, December 31, 2021" (the weekly issue date), but the AP item describes the '
  'first trading day of 2022, Monday 2022-01-03.',
  "More record highs for S&P 500, Dow on first day of 2022. The Associated Press. Wall Street got 2022 off to a solid start with "
  "more record highs for the S&P 500 and the Dow Jones Industrial Average. The S&P 500 rose 0.6%, a day after closing out 2021 "
  "with big gains for the third year in a row. The Dow rose 0.7% and the Nasdaq rose 1.2%. Apple rose 2.5%, closing just below "
  "a market value of $3 trillion. Technology companies and banks were among the biggest winners, and Tesla rose sharply after "
  "reporting strong delivery numbers for 2021. The yield on the 10-year Treasury note rose to 1.64%.",
  [
   c('SPX', 'record_close', True, 'flag', None, D, None, None, 'close', "is_record_close('SPX','2022-01-03')", S, 'record', '', 'more record highs'),
   c('DJI', 'record_close', True, 'flag', None, D, None, None, 'close', "is_record_close('DJI','2022-01-03')", S, 'record', '', 'and the Dow Jones Industrial Average'),
   c('SPX', 'daily_change_pct', 0.6, '%', None, D, '1d', None, 'close', "pct('SPX','2022-01-03')", S, 'tol', '+0.637%.', 'rose 0.6%'),
   c('SPX', 'annual_gain_streak', 3, 'years', None, '2021-12-31', '2019-2021', None, 'close',
     "[year_return('SPX',2019), year_return('SPX',2020), year_return('SPX',2021)]", S, 'streak',
     '+28.9%, +16.3%, +26.9% in 2019-2021 (2018 was -6.2%).', 'third year in a row'),
   c('DJI', 'daily_change_pct', 0.7, '%', None, D, '1d', None, 'close', "pct('DJI','2022-01-03')", S, 'tol', '+0.679%.', 'Dow rose 0.7%'),
   c('IXIC', 'daily_change_pct', 1.2, '%', None, D, '1d', None, 'close', "pct('IXIC','2022-01-03')", S, 'tol', '+1.201%.', 'Nasdaq rose 1.2%'),
   c('AAPL', 'daily_change_pct', 2.5, '%', None, D, '1d', None, 'close', None, U, 'nofile', 'Single stocks are not in the files.', 'Apple rose 2.5%'),
   c('AAPL', 'market_cap', 3, 'USD tn', 'just below', D, None, None, 'close', None, U, 'nofile', 'Single-stock market values are not in the files.', '$3 trillion'),
   c('US10Y', 'level', 1.64, '%', None, D, None, None, 'end of day', "[rate('US10Y','2021-12-31'), rate('US10Y','2022-01-03')]", S, 'yield',
     'DGS10 1.52 to 1.63 (end of day); 1.64 is within 0.025 and the rise holds.', 'rose to 1.64%'),
  ])
