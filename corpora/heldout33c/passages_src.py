# Passage texts (condensed close paraphrases) and claims. Claim tuple:
# (ticker, metric, value, unit, qualifier, ref_date, window, comparison, basis, reference.py expression, judge spec, anchor_text, note)
N = None
def src(site, url, outlet): return dict(site=site, url=url, original_outlet=outlet)
PASSAGES = [
dict(id='cbsnews_19980227_dow_tops_8500', source=src('cbsnews.com', 'https://www.cbsnews.com/news/going-up-dow-tops-8500/', 'Associated Press (via CBS News)'),
 published='1998-02-27', published_confidence='high', published_note='Page carries no date; the figures and "Friday" match the 1998-02-27 session.',
 text=("The Dow Jones industrial average closed above 8,500 for the first time ever Friday, only four months after a panicky selloff briefly pulled "
       "the famed gauge below 7,000. The Standard & Poor's 500 and the New York Stock Exchange composite eked out marginal gains to close at record "
       "highs for the fourth time this week, but the Nasdaq composite index pulled back. The Dow rose 55.05 to 8,545.72, a record finish for the third "
       "day in a row, stretching its 1998 gain to more than 8 percent. The 30-stock barometer, which gained 131.78 for the week, has bounced back nearly "
       "1,000 points from an early January slide and more than 1,500 points from late October's tumble."),
 claims=[
  ('DJI', 'first_close_above', 8500, 'points', N, '1998-02-27', N, 'first time ever', 'close', "first_close_above('DJI','1998-02-27',8500)", ('flag',), 'closed above 8,500 for the first time ever', 'First Dow close above 8,500 in the file (file starts 1992, the level was never reached before).'),
  ('DJI', 'intraday_low', 7000, 'points', 'below', '1997-10-28', 'late October 1997', 'briefly below', 'intraday low', "min(R_low for R_low in [low('DJI','1997-10-27'), low('DJI','1997-10-28')])", ('lt',), 'briefly pulled the famed gauge below 7,000', 'Lowest intraday low of the 1997-10-27/28 selloff.'),
  ('SPX', 'record_close_count_week', 4, 'sessions', N, '1998-02-27', 'week of 1998-02-23', N, 'close', "records_in_last('SPX','1998-02-27',5)", ('eq',), 'record highs for the fourth time this week', 'Record closes of the S&P 500 Monday-Friday of that week.'),
  ('IXIC', 'change_points', -6.60, 'points', N, '1998-02-27', N, 'pulled back', 'close', "chg('IXIC','1998-02-27')", ('manual', 'supported', 'direction claim: the file shows a decline'), 'the Nasdaq composite index pulled back', 'Claimed value is the file decline; only the direction is stated.'),
  ('DJI', 'change_points', 55.05, 'points', N, '1998-02-27', N, N, 'close', "chg('DJI','1998-02-27')", ('pts', 2), '55.05', ''),
  ('DJI', 'close', 8545.72, 'points', N, '1998-02-27', N, N, 'close', "close('DJI','1998-02-27')", ('lvl', 2), '8,545.72', ''),
  ('DJI', 'record_close_streak', 3, 'sessions', N, '1998-02-27', N, N, 'close', "record_run('DJI','1998-02-27')", ('eq',), 'a record finish for the third day in a row', ''),
  ('DJI', 'ytd_pct', 8, '%', 'more than', '1998-02-27', 'YTD', N, 'close', "ytd('DJI','1998-02-27')", ('gt',), 'more than 8 percent', ''),
  ('DJI', 'week_change_points', 131.78, 'points', N, '1998-02-27', 'week', N, 'close', "week_chg('DJI','1998-02-27')", ('pts', 2), '131.78', ''),
  ('DJI', 'gain_from_low_points', 1000, 'points', 'nearly', '1998-02-27', 'from early January 1998 low close', N, 'close', "round(close('DJI','1998-02-27') - min_close('DJI','1998-01-02','1998-01-16')[1], 2)", ('nearly', 20, 'pts'), 'nearly \n1,000 points'.replace(' \n', ' '), 'Low close of early January 1998 (Jan 9). "Nearly" a round figure >= 100: unit = 2% of the value (20).'),
  ('DJI', 'gain_from_low_points', 1500, 'points', 'more than', '1998-02-27', 'from the late October 1997 low close', N, 'close', "round(close('DJI','1998-02-27') - min_close('DJI','1997-10-20','1997-10-31')[1], 2)", ('gt',), 'more than 1,500 points', 'Close basis: low close 1997-10-27 (7,161.15) gives 1,384.52, so contradicted; from the 1997-10-28 intraday low (6,971.07) the rebound is 1,574.65, which would fit.'),
 ]),
dict(id='latimes_19980324_dow_up_88_broad_records', source=src('latimes.com', 'https://www.latimes.com/archives/la-xpm-1998-mar-25-fi-32432-story.html', 'Los Angeles Times (Times wire reports)'),
 published='1998-03-25', published_confidence='exact', published_note='Date in the URL; the story is about Tuesday 1998-03-24.',
 text=("Dow Up 88; Broader Indexes Hit Records. Stocks bounced back Tuesday from the prior day's losses as the market quickly got past an inflation "
       "scare tied to a sharp rise in oil prices. The Dow Jones industrial average gained 88.19 points to 8,904.44, recouping almost all of the 90.18 "
       "points it gave up on Monday. The blue-chip index remains just shy of the record it set on Friday, when it capped a weeklong, 300-point climb "
       "to close at 8,906.43. In the broad market, the Nasdaq composite index had its first close above 1,800, and the Standard & Poor's index of 500 "
       "stocks finished above 1,100 for the first time. The benchmark 30-year Treasury bond rose 0.03, leaving its yield at 5.88%."),
 claims=[
  ('DJI', 'change_points', 88.19, 'points', N, '1998-03-24', N, N, 'close', "chg('DJI','1998-03-24')", ('pts', 2), '88.19', ''),
  ('DJI', 'close', 8904.44, 'points', N, '1998-03-24', N, N, 'close', "close('DJI','1998-03-24')", ('lvl', 2), '8,904.44', ''),
  ('DJI', 'change_points', -90.18, 'points', N, '1998-03-23', N, N, 'close', "chg('DJI','1998-03-23')", ('pts', 2), '90.18', 'Monday 1998-03-23.'),
  ('DJI', 'record_close', 8906.43, 'points', N, '1998-03-20', N, 'record set on Friday', 'close', "record_before('DJI','1998-03-24')", ('manual', 'supported', 'record close before the session: date and level match'), '8,906.43', 'computed_value = [date, level] of the highest close before 1998-03-24.'),
  ('DJI', 'week_change_points', 300, 'points', N, '1998-03-20', 'week to 1998-03-20', N, 'close', "week_chg('DJI','1998-03-20')", ('about', 100, 'pts'), '300-point climb', 'Round figure read as approximate (one unit of the hundreds digit); convention added in this corpus.'),
  ('IXIC', 'first_close_above', 1800, 'points', N, '1998-03-24', N, 'first time', 'close', "first_close_above('IXIC','1998-03-24',1800)", ('flag',), 'first close above 1,800', ''),
  ('SPX', 'first_close_above', 1100, 'points', N, '1998-03-24', N, 'first time', 'close', "first_close_above('SPX','1998-03-24',1100)", ('flag',), 'above 1,100 for the first time', ''),
  ('US30Y', 'yield', 5.88, '%', N, '1998-03-24', N, N, 'end of day', N, ('manual', 'unverifiable', 'series not in the files (30-year yield)'), '5.88%', 'Only the 10-year (DGS10) and 2-year yields are in the files.'),
 ]),
dict(id='cbsnews_19980629_dow_flirts_9000', source=src('cbsnews.com', 'https://www.cbsnews.com/news/dow-flirts-with-9000-mark/', 'Associated Press (via CBS News)'),
 published='1998-06-29', published_confidence='high', published_note='Page undated; "Monday", "a day left to the second quarter" and the figures match 1998-06-29.',
 text=("The S&P 500 set another new high and the Dow industrials rose to just shy of 9,000 on Monday as a late-quarter push into the most popular "
       "blue chips went on. The Dow rose 52.82 to 8,997.36, nearly posting its first close above 9,000 since June 9. An early afternoon gain of 108 "
       "points had put the blue-chip barometer within 160 points of May 13's record close of 9,211.84. The Standard & Poor's 500 closed at a new high "
       "for the third time in four sessions, rising 5.29 to 1,138.49. The Nasdaq composite index rose 21.55 to 1,891.08. With just a day left in the "
       "first half of 1998, the Dow is up 13.8 percent for the year, the S&P 500 is up 17.3 percent and the Nasdaq composite is up 20.4 percent."),
 claims=[
  ('DJI', 'change_points', 52.82, 'points', N, '1998-06-29', N, N, 'close', "chg('DJI','1998-06-29')", ('pts', 2), '52.82', ''),
  ('DJI', 'close', 8997.36, 'points', N, '1998-06-29', N, N, 'close', "close('DJI','1998-06-29')", ('lvl', 2), '8,997.36', ''),
  ('DJI', 'last_close_above', '1998-06-09', 'date', N, '1998-06-29', N, 'since June 9', 'close', "last_close_at_or_above('DJI','1998-06-29',9000)", ('eq',), 'since June 9', 'Last earlier close at or above 9,000.'),
  ('DJI', 'intraday_gain_points', 108, 'points', N, '1998-06-29', N, 'early afternoon', 'afternoon', "round(high('DJI','1998-06-29') - prev_close('DJI','1998-06-29'), 2)", ('manual', 'unverifiable', 'mid-session figure inside the session range'), 'An early afternoon gain of 108', 'computed_value is the session high minus the previous close; 108 lies inside the range.'),
  ('DJI', 'record_close', 9211.84, 'points', N, '1998-05-13', N, "May 13's record close", 'close', "record_before('DJI','1998-06-29')", ('manual', 'supported', 'record close before the session: date and level match'), '9,211.84', ''),
  ('SPX', 'record_close', N, N, N, '1998-06-29', N, 'new high', 'close', "is_record('SPX','1998-06-29')", ('flag',), 'closed at a new high', ''),
  ('SPX', 'record_close_count', 3, 'sessions', N, '1998-06-29', 'last four sessions', N, 'close', "records_in_last('SPX','1998-06-29',4)", ('eq',), 'third time in four sessions', ''),
  ('SPX', 'change_points', 5.29, 'points', N, '1998-06-29', N, N, 'close', "chg('SPX','1998-06-29')", ('pts', 2), '5.29', ''),
  ('SPX', 'close', 1138.49, 'points', N, '1998-06-29', N, N, 'close', "close('SPX','1998-06-29')", ('lvl', 2), '1,138.49', ''),
  ('IXIC', 'change_points', 21.55, 'points', N, '1998-06-29', N, N, 'close', "chg('IXIC','1998-06-29')", ('pts', 2), '21.55', ''),
  ('IXIC', 'close', 1891.08, 'points', N, '1998-06-29', N, N, 'close', "close('IXIC','1998-06-29')", ('lvl', 2), '1,891.08', ''),
  ('DJI', 'ytd_pct', 13.8, '%', N, '1998-06-29', 'YTD', N, 'close', "ytd('DJI','1998-06-29')", ('pct', 1), '13.8 percent', ''),
  ('SPX', 'ytd_pct', 17.3, '%', N, '1998-06-29', 'YTD', N, 'close', "ytd('SPX','1998-06-29')", ('pct', 1), '17.3 percent', ''),
  ('IXIC', 'ytd_pct', 20.4, '%', N, '1998-06-29', 'YTD', N, 'close', "ytd('IXIC','1998-06-29')", ('pct', 1), '20.4 percent', ''),
 ]),
dict(id='washpost_19980804_dow_falls_299', source=src('tech.mit.edu', 'http://tech.mit.edu/V118/N30/dow.30w.html', 'The Washington Post (via The Tech)'),
 published='1998-08-05', published_confidence='medium', published_note='Reprint in a student paper issue of early August 1998; "Tuesday" and the figures match 1998-08-04.',
 text=("Dow Falls 299 Points; Off 9.1 Percentage Points Since July. Stocks fell sharply Tuesday in the second-busiest trading day ever, capping a run "
       "of losses that in just 13 trading days has sent the Dow Jones industrial average from a record high to its lowest level since March. Tuesday, "
       "the Nasdaq composite index fell 65.44, the second-biggest point drop after Oct. 27's 115-point plunge, closing at 1,785.66. The S&P 500 fell "
       "40.32, to 1,072.12. With the Dow down 9.1 percent from its high, \"we have the making of a correction,\" said a Lehman Brothers strategist."),
 claims=[
  ('DJI', 'change_points', -299, 'points', N, '1998-08-04', N, N, 'close', "chg('DJI','1998-08-04')", ('pts', 0), 'Dow Falls 299 Points', ''),
  ('DJI', 'sessions_from_record', 13, 'sessions', N, '1998-08-04', 'from the record close', N, 'close', "sessions_between('DJI', record_before('DJI','1998-08-04')[0], '1998-08-04')", ('manual', 'supported', 'session count: index difference 12, inclusive count 13 (conventions differ by one)'), '13 trading days', 'Record close 1998-07-17; the index difference is 12 sessions, counting the record day gives 13.'),
  ('DJI', 'lowest_since', '1998-03', 'month', N, '1998-08-04', N, 'since March', 'close', "lowest_since('DJI','1998-08-04')[:7]", ('eq',), 'lowest level since March', 'Last earlier close at or below the day\'s close, as a month.'),
  ('IXIC', 'change_points', -65.44, 'points', N, '1998-08-04', N, N, 'close', "chg('IXIC','1998-08-04')", ('pts', 2), '65.44', 'The file has -65.46 (rounding of the data).'),
  ('IXIC', 'point_drop_rank', 2, 'rank', N, '1998-08-04', 'all history in the file', 'second-biggest', 'close', "drop_rank('IXIC','1998-08-04')", ('eq',), 'second-biggest point drop', ''),
  ('IXIC', 'change_points', -115, 'points', N, '1997-10-27', N, N, 'close', "chg('IXIC','1997-10-27')", ('pts', 0), "Oct. 27's 115-point plunge", 'The file has -118.17 for 1997-10-27; a truncated or differently sourced figure, outside the integer tolerance.'),
  ('IXIC', 'close', 1785.66, 'points', N, '1998-08-04', N, N, 'close', "close('IXIC','1998-08-04')", ('lvl', 2), '1,785.66', 'The file has 1,785.64.'),
  ('SPX', 'change_points', -40.32, 'points', N, '1998-08-04', N, N, 'close', "chg('SPX','1998-08-04')", ('pts', 2), '40.32', ''),
  ('SPX', 'close', 1072.12, 'points', N, '1998-08-04', N, N, 'close', "close('SPX','1998-08-04')", ('lvl', 2), '1,072.12', ''),
  ('DJI', 'pct_from_ath', 9.1, '%', N, '1998-08-04', N, N, 'close', "pct_below_record('DJI','1998-08-04')", ('pct', 1), 'down 9.1 percent from its high', ''),
  ('QUOTE', 'opinion', N, N, N, '1998-08-04', N, N, N, N, ('manual', 'not_checkable', 'quoted opinion'), 'the making of a correction', ''),
 ]),
dict(id='deseret_19991116_fed_hike_bulls', source=src('deseret.com', 'https://www.deseret.com/1999/11/17/19476009/fed-hike-inspires-the-bulls/', 'Deseret News'),
 published='1999-11-17', published_confidence='exact', published_note='Date in the URL; about the Tuesday 1999-11-16 session and early trading on Wednesday 1999-11-17.',
 text=("The Federal Reserve raised interest rates for the third time this year on Tuesday, normally thought a kiss of death for the markets. Instead "
       "Wall Street threw a party, sending the Dow Jones industrial average up 171.58 points to 10,932, its highest close since its record high of "
       "11,030 on Sept. 13. Likewise, the NASDAQ added 73.51 to a record 3,293, and the S&P 500 rose 25.64, also a record at 1,420. Wall Street had "
       "expected the Fed to lift its federal funds rate from 5.25 percent to 5.50 percent. In early trading Wednesday, the Dow was down 12 points, but "
       "the NASDAQ was charging ahead again, up 20 points to 3,313."),
 claims=[
  ('FEDFUNDS', 'rate_hikes_count', 3, 'hikes', N, '1999-11-16', 'calendar 1999', N, N, "fed_changes('1999-01-01','1999-11-17',1)", ('eq',), 'third time this year', 'Target increases effective in 1999 up to the day after the decision.'),
  ('DJI', 'change_points', 171.58, 'points', N, '1999-11-16', N, N, 'close', "chg('DJI','1999-11-16')", ('pts', 2), '171.58', ''),
  ('DJI', 'close', 10932, 'points', N, '1999-11-16', N, N, 'close', "close('DJI','1999-11-16')", ('lvl', 0), '10,932', ''),
  ('DJI', 'highest_since', '1999-09-13', 'date', N, '1999-11-16', N, 'since Sept. 13', 'close', "highest_since('DJI','1999-11-16')", ('eq',), 'on Sept. 13', 'Also called a record high of 11,030 on that day; the record close of the file is 11,326.04 on 1999-08-25, so "record high" is wrong even if the since-date fits.'),
  ('DJI', 'record_close', 11030, 'points', N, '1999-09-13', N, 'record high', 'close', "record_before('DJI','1999-11-16')[1]", ('lvl', 0), '11,030', 'The file record close before 1999-11-16 is 11,326.04 (1999-08-25); 11,030 is the 1999-09-13 close level at most, not a record.'),
  ('IXIC', 'change_points', 73.51, 'points', N, '1999-11-16', N, N, 'close', "chg('IXIC','1999-11-16')", ('pts', 2), '73.51', ''),
  ('IXIC', 'close', 3293, 'points', N, '1999-11-16', N, N, 'close', "close('IXIC','1999-11-16')", ('lvl', 0), '3,293', ''),
  ('IXIC', 'record_close', N, N, N, '1999-11-16', N, 'record', 'close', "is_record('IXIC','1999-11-16')", ('flag',), 'to a record 3,293', ''),
  ('SPX', 'change_points', 25.64, 'points', N, '1999-11-16', N, N, 'close', "chg('SPX','1999-11-16')", ('pts', 2), '25.64', ''),
  ('SPX', 'record_close', N, N, N, '1999-11-16', N, 'record', 'close', "is_record('SPX','1999-11-16')", ('flag',), 'also a record at 1,420', ''),
  ('FEDFUNDS', 'target_after', 5.50, '%', N, '1999-11-17', N, 'from 5.25 percent', N, "fed('1999-11-17')", ('pct', 2), '5.50 percent', 'DFEDTAR on the effective date.'),
  ('IXIC', 'intraday_level', 3313, 'points', N, '1999-11-17', N, 'early trading', 'early trading', "[low('IXIC','1999-11-17'), high('IXIC','1999-11-17')]", ('manual', 'unverifiable', 'mid-session figure: see note'), 'up 20 points to 3,313', 'computed_value is the session [low, high]; a level inside it cannot be checked.'),
 ]),
dict(id='cnet_20010724_nasdaq_below_2000', source=src('cnet.com', 'https://www.cnet.com/news/nasdaq-closes-below-2000-mark/', 'CNET News.com'),
 published='2001-07-24', published_confidence='high', published_note='Page date not shown; the Lucent layoff news, "Tuesday" and the closing figures match 2001-07-24.',
 text=("Nasdaq closes below 2,000 mark. Bad news from Lucent Technologies and Amazon.com pushed the Nasdaq further below 2,000 Tuesday, after the "
       "index closed below the psychologically important level Monday. The Nasdaq composite lost 29.32 points to close at 1,959.24, and the Dow Jones "
       "industrial average fell 183.30 to 10,241.12. Remarks from Federal Reserve Chairman Alan Greenspan to a Senate committee had little effect."),
 claims=[
  ('IXIC', 'close_below', 2000, 'points', 'below', '2001-07-23', N, 'closed below Monday', 'close', "close('IXIC','2001-07-23')", ('lt',), 'closed below the psychologically important level Monday', ''),
  ('IXIC', 'change_points', -29.32, 'points', N, '2001-07-24', N, N, 'close', "chg('IXIC','2001-07-24')", ('pts', 2), '29.32', ''),
  ('IXIC', 'close', 1959.24, 'points', N, '2001-07-24', N, N, 'close', "close('IXIC','2001-07-24')", ('lvl', 2), '1,959.24', ''),
  ('DJI', 'change_points', -183.30, 'points', N, '2001-07-24', N, N, 'close', "chg('DJI','2001-07-24')", ('pts', 2), '183.30', ''),
  ('DJI', 'close', 10241.12, 'points', N, '2001-07-24', N, N, 'close', "close('DJI','2001-07-24')", ('lvl', 2), '10,241.12', ''),
 ]),
dict(id='ft_20050204_best_week_of_2005', source=src('ft.com', 'https://www.ft.com/content/ad16e9ee-76b2-11d9-b897-00000e2511c8', 'Financial Times'),
 published='2005-02-04', published_confidence='medium', published_note='Weekly wrap written at Friday\'s close; figures match Friday 2005-02-04.',
 text=("Wall St cruises to best week of 2005. Wall Street put a disappointing January behind it this week. By Friday's close the Dow Jones Industrial "
       "Average was 1.1 per cent higher at 10,716.13, the S&P 500 index gained 1.1 per cent to 1,203.03 and the Nasdaq Composite advanced 1.4 per cent "
       "to 2,086.66. All three reached new highs for the year. For the week the Dow was up 2.8 per cent, the S&P 500 added 2.7 per cent and the Nasdaq "
       "gained 2.5 per cent, stretching the winning streak to two weeks and posting the best weekly showing since the US elections last November. A "
       "widely expected quarter-point rise in benchmark rates by the Federal Reserve on Wednesday failed to stir traders."),
 claims=[
  ('DJI', 'change_pct', 1.1, '%', N, '2005-02-04', N, N, 'close', "pct('DJI','2005-02-04')", ('pct', 1), 'Average was 1.1 per cent higher', ''),
  ('DJI', 'close', 10716.13, 'points', N, '2005-02-04', N, N, 'close', "close('DJI','2005-02-04')", ('lvl', 2), '10,716.13', ''),
  ('SPX', 'change_pct', 1.1, '%', N, '2005-02-04', N, N, 'close', "pct('SPX','2005-02-04')", ('pct', 1), 'gained 1.1 per cent', ''),
  ('SPX', 'close', 1203.03, 'points', N, '2005-02-04', N, N, 'close', "close('SPX','2005-02-04')", ('lvl', 2), '1,203.03', ''),
  ('IXIC', 'change_pct', 1.4, '%', N, '2005-02-04', N, N, 'close', "pct('IXIC','2005-02-04')", ('pct', 1), 'advanced 1.4 per cent', ''),
  ('IXIC', 'close', 2086.66, 'points', N, '2005-02-04', N, N, 'close', "close('IXIC','2005-02-04')", ('lvl', 2), '2,086.66', ''),
  ('DJI,SPX,IXIC', 'year_high_close', 3, 'indexes', N, '2005-02-04', '2005', N, 'close', "is_year_high('DJI','2005-02-04') + is_year_high('SPX','2005-02-04') + is_year_high('IXIC','2005-02-04')", ('eq',), 'All three reached new highs for the year', 'Sum of three 0/1 flags (close above every earlier 2005 close): only the S&P 500 qualifies; the Dow (10,729.43 on 2005-01-03) and the Nasdaq (2,152.15 on 2005-01-03) closed higher on the first day of the year.'),
  ('DJI', 'week_pct', 2.8, '%', N, '2005-02-04', 'week', N, 'close', "week_pct('DJI','2005-02-04')", ('pct', 1), 'the Dow was up 2.8 per cent', ''),
  ('SPX', 'week_pct', 2.7, '%', N, '2005-02-04', 'week', N, 'close', "week_pct('SPX','2005-02-04')", ('pct', 1), 'added 2.7 per cent', ''),
  ('IXIC', 'week_pct', 2.5, '%', N, '2005-02-04', 'week', N, 'close', "week_pct('IXIC','2005-02-04')", ('pct', 1), 'gained 2.5 per cent', ''),
  ('DJI', 'weekly_win_streak', 2, 'weeks', N, '2005-02-04', N, N, 'close', "up_weeks_run('DJI','2005-02-04')", ('eq',), 'winning streak to two weeks', 'Checked on the Dow; the S&P 500 and Nasdaq give the same count (see README).'),
  ('DJI', 'best_week_since', '2004-11', 'month', N, '2005-02-04', N, 'since the US elections last November', 'close', "last_week_as_good('DJI','2005-02-04')[:7]", ('eq',), 'best weekly showing since the US elections last November', 'Last earlier week with a gain at least as large, as a month (week ending 2004-11-05 holds the election).'),
  ('FEDFUNDS', 'rate_hikes_count', 1, 'hikes', N, '2005-02-02', 'that week', 'quarter-point rise Wednesday', N, "fed_changes('2005-02-02','2005-02-04',1)", ('eq',), 'quarter-point rise in benchmark rates', 'Decision 2005-02-02 (target 2.25% -> 2.50%).'),
 ]),
dict(id='bbc_20061003_dow_closes_at_record', source=src('news.bbc.co.uk', 'http://news.bbc.co.uk/1/hi/business/5404440.stm', 'BBC News'),
 published='2006-10-03', published_confidence='exact', published_note='"Last Updated: Tuesday, 3 October 2006" on the page.',
 text=("Dow Jones closes at record high. The Dow Jones index of major US shares closed at an all-time record high, beating the previous record set in "
       "2000, as oil prices kept falling. The Dow ended the day up 56.99 points at 11,727.34, having earlier also set a new intra-day record of "
       "11,758.95. The index had lately hovered around its previous record close of 11,722.98, set in January 2000. Investors have welcomed the "
       "Federal Reserve's decision to freeze interest rates at 5.25% for two successive months. When the index last peaked, the internet boom was in "
       "full swing, but it later fell to 7,286.27 in October 2002 before recovering."),
 claims=[
  ('DJI', 'record_close', N, N, N, '2006-10-03', N, 'all-time record high', 'close', "is_record('DJI','2006-10-03')", ('flag',), 'closed at an all-time record high', ''),
  ('DJI', 'change_points', 56.99, 'points', N, '2006-10-03', N, N, 'close', "chg('DJI','2006-10-03')", ('pts', 2), '56.99', ''),
  ('DJI', 'close', 11727.34, 'points', N, '2006-10-03', N, N, 'close', "close('DJI','2006-10-03')", ('lvl', 2), '11,727.34', ''),
  ('DJI', 'intraday_high', 11758.95, 'points', N, '2006-10-03', N, 'new intra-day record', 'intraday high', "high('DJI','2006-10-03')", ('lvl', 2), '11,758.95', 'is_intraday_record is also 1 for this day.'),
  ('DJI', 'record_close', 11722.98, 'points', N, '2000-01-14', N, 'previous record close, January 2000', 'close', "record_before('DJI','2006-10-03')", ('manual', 'supported', 'previous record close: 2000-01-14 at 11,722.98'), '11,722.98', ''),
  ('FEDFUNDS', 'target', 5.25, '%', N, '2006-10-03', N, N, N, "fed('2006-10-03')", ('pct', 2), 'at 5.25%', ''),
  ('FEDFUNDS', 'unchanged_meetings', 2, 'meetings', N, '2006-10-03', N, 'two successive months', N, "fomc_count('2006-07-01','2006-10-03') if fed_changes('2006-07-01','2006-10-03',1) + fed_changes('2006-07-01','2006-10-03',-1) == 0 else -1", ('eq',), 'two successive months', 'Scheduled decisions of 2006-08-08 and 2006-09-20 left the target unchanged.'),
  ('DJI', 'low_close', 7286.27, 'points', N, '2002-10-09', 'October 2002', N, 'close', "min_close('DJI','2002-10-01','2002-10-31')[1]", ('lvl', 2), '7,286.27', ''),
 ]),
dict(id='tampabay_20081027_dow_5yr_low', source=src('tampabay.com', 'https://www.tampabay.com/archive/2008/10/28/dow-drops-to-5-1-2-year-low/', 'Associated Press (via Tampa Bay Times)'),
 published='2008-10-28', published_confidence='exact', published_note='Date in the URL; about Monday 2008-10-27.',
 text=("DOW DROPS TO 5-1/2-YEAR LOW. Wall Street ended another volatile session with a big last-minute loss as worries about a long downturn "
       "erased budding optimism about housing. The Dow Jones industrial average skidded 203 points to its lowest close in 51/2 years, with almost all "
       "the decline in the final 10 minutes. If the Dow were to finish the month at Monday's levels, it would be the worst month since September 1931. "
       "The blue-chip index is now 42.28 percent below its peak of 14,164.53, reached Oct. 9, 2007, and at its lowest closing level since April 1, 2003. "
       "The Standard & Poor's 500 index fell 27.85, or 3.18 percent, to 848.92, and the Nasdaq composite index fell 46.13, or 2.97 percent, to 1,505.90."),
 claims=[
  ('DJI', 'change_points', -203, 'points', N, '2008-10-27', N, N, 'close', "chg('DJI','2008-10-27')", ('pts', 0), 'skidded 203 points', ''),
  ('GENERIC', 'conditional', N, N, 'if', '2008-10-27', 'October 2008', N, N, N, ('manual', 'not_checkable', 'conditional statement'), 'worst month since September 1931', 'Also needs pre-1992 Dow history.'),
  ('DJI', 'pct_from_ath', 42.28, '%', N, '2008-10-27', N, N, 'close', "pct_below_record('DJI','2008-10-27')", ('pct', 2), '42.28 percent', ''),
  ('DJI', 'record_close', 14164.53, 'points', N, '2007-10-09', N, 'peak', 'close', "record_before('DJI','2008-10-27')", ('manual', 'supported', 'record close 2007-10-09 at 14,164.53'), '14,164.53', ''),
  ('DJI', 'lowest_since', '2003-04-01', 'date', N, '2008-10-27', N, 'since April 1, 2003', 'close', "lowest_since('DJI','2008-10-27')", ('eq',), 'since April 1, 2003', 'Last earlier close at or below the day\'s close.'),
  ('SPX', 'change_points', -27.85, 'points', N, '2008-10-27', N, N, 'close', "chg('SPX','2008-10-27')", ('pts', 2), '27.85', ''),
  ('SPX', 'change_pct', -3.18, '%', N, '2008-10-27', N, N, 'close', "pct('SPX','2008-10-27')", ('pct', 2), '3.18 percent', ''),
  ('SPX', 'close', 848.92, 'points', N, '2008-10-27', N, N, 'close', "close('SPX','2008-10-27')", ('lvl', 2), '848.92', ''),
  ('IXIC', 'change_points', -46.13, 'points', N, '2008-10-27', N, N, 'close', "chg('IXIC','2008-10-27')", ('pts', 2), '46.13', ''),
  ('IXIC', 'change_pct', -2.97, '%', N, '2008-10-27', N, N, 'close', "pct('IXIC','2008-10-27')", ('pct', 2), '2.97 percent', ''),
  ('IXIC', 'close', 1505.90, 'points', N, '2008-10-27', N, N, 'close', "close('IXIC','2008-10-27')", ('lvl', 2), '1,505.90', ''),
 ]),
dict(id='gothamist_20081216_fed_cuts_to_zero', source=src('gothamist.com', 'https://gothamist.com/news/fed-cuts-rate-to-record-low-range-of-0-025', 'Gothamist'),
 published='2008-12-16', published_confidence='high', published_note='Page undated here; the Fed decision of Tuesday 2008-12-16 is the subject.',
 text=("Stocks soared after the Federal Reserve cut interest rates to the lowest level ever: 0% to 0.25%. The Dow closed just under 9,000 points, at "
       "8,924 (gaining 350 points/4.3%) while the Nasdaq was up 5.4% and S&P 500 rose 4.5%. Bloomberg News noted that nine rate cuts in the prior 14 "
       "months and $1.4 trillion in emergency lending had failed to reverse the downturn."),
 claims=[
  ('FEDFUNDS', 'target_upper', 0.25, '%', N, '2008-12-16', N, 'lowest level ever', N, "fed('2008-12-16','DFEDTARU')", ('pct', 2), '0% to 0.25%', 'DFEDTARU on its first day; lower bound DFEDTARL 0.'),
  ('DJI', 'close', 8924, 'points', N, '2008-12-16', N, N, 'close', "close('DJI','2008-12-16')", ('lvl', 0), 'at \n8,924'.replace(' \n', ' '), ''),
  ('DJI', 'change_points', 350, 'points', N, '2008-12-16', N, N, 'close', "chg('DJI','2008-12-16')", ('pts', 0), 'gaining 350 points', ''),
  ('DJI', 'change_pct', 4.3, '%', N, '2008-12-16', N, N, 'close', "pct('DJI','2008-12-16')", ('pct', 1), '4.3%', ''),
  ('IXIC', 'change_pct', 5.4, '%', N, '2008-12-16', N, N, 'close', "pct('IXIC','2008-12-16')", ('pct', 1), '5.4%', ''),
  ('SPX', 'change_pct', 4.5, '%', N, '2008-12-16', N, N, 'close', "pct('SPX','2008-12-16')", ('pct', 1), '4.5%', 'File: +5.14%.'),
  ('FEDFUNDS', 'rate_cuts_count', 9, 'cuts', N, '2008-12-16', 'prior 14 months', N, N, "fed_changes('2007-10-16','2008-12-15',-1)", ('pts', 0), 'nine rate cuts in the prior 14', 'Strict 14-month window (2007-10-16 to 2008-12-15) holds 8 cuts; counting from the first cut of the cycle (2007-09-18, 15 months before) gives 9. Judged as a count (imprecise band 20%).'),
 ]),
dict(id='housingwire_20100604_dow_below_10000', source=src('housingwire.com', 'https://www.housingwire.com/articles/day-swings-puts-dow-below-10000-close/', 'HousingWire'),
 published='2010-06-04', published_confidence='high', published_note='May payrolls report ("published this morning") came out Friday 2010-06-04; figures match that session.',
 text=("Day of Swings Puts Dow Below 10,000 at Close. The Dow Jones Industrial Average lost around 324 points on the day to close below 10,000, one of "
       "the worst daily declines of the year, after disappointing jobs data from the Labor Department this morning. The DJIA, which closed yesterday at "
       "10,258, fell to 10,046 shortly after the private-sector hiring figures came out. The Dow dipped below 10,000 during the day before recovering "
       "some ground and ultimately closing just under 9,932."),
 claims=[
  ('DJI', 'change_points', -324, 'points', 'around', '2010-06-04', N, N, 'close', "chg('DJI','2010-06-04')", ('about', 1, 'pts'), 'around 324 points', ''),
  ('DJI', 'close_below', 10000, 'points', 'below', '2010-06-04', N, N, 'close', "close('DJI','2010-06-04')", ('lt',), 'close below 10,000', ''),
  ('DJI', 'decline_rank_year', 5, 'rank', 'one of the worst', '2010-06-04', '2010 to date', N, 'close', "int((S('DJI').close.diff()[(S('DJI').index.year == 2010) & (S('DJI').index <= T('2010-06-04'))] <= chg('DJI','2010-06-04') + 1e-9).sum())", ('manual', 'supported', 'rank among 2010 daily point declines so far is small (see computed_value)'), 'one of \nthe worst daily declines'.replace(' \n', ' '), 'Vague rank read as within the five worst point drops of 2010 to date.'),
  ('DJI', 'prev_close', 10258, 'points', N, '2010-06-03', N, N, 'close', "close('DJI','2010-06-03')", ('lvl', 0), '10,258', 'File 10,255.28.'),
  ('DJI', 'intraday_level', 10046, 'points', N, '2010-06-04', N, 'shortly after the data', 'morning', "[low('DJI','2010-06-04'), high('DJI','2010-06-04')]", ('manual', 'unverifiable', 'mid-session figure inside the session range'), '10,046', 'computed_value is the session [low, high].'),
  ('DJI', 'close', 9932, 'points', 'just under', '2010-06-04', N, N, 'close', "close('DJI','2010-06-04')", ('lt',), 'just under 9,932', 'File 9,931.97.'),
 ]),
dict(id='latimes_20111101_dow_falls_nearly_300', source=src('latimes.com', 'https://www.latimes.com/archives/blogs/money-company/story/2011-11-01/dow-falls-nearly-300-points-on-fear-of-europe-debt-deal-blow-up', 'Los Angeles Times (Money & Company blog)'),
 published='2011-11-01', published_confidence='exact', published_note='Date in the URL; about Tuesday 2011-11-01.',
 text=("Dow falls nearly 300 points on fear of Europe debt deal blow-up. U.S. stocks were pounded for a second day after the Greek prime minister's "
       "surprise call for a referendum, leaving the Dow Jones industrial average down 297.05 points, or 2.5%, to 11,657.96 at the closing bell. After "
       "Monday's 2.3% slump, the Dow has now given back all of last week's 3.6% surge, and then some. The index is at its lowest level since Oct. 20. The "
       "Nasdaq composite dived 2.9%; the Standard & Poor's 500 sank 2.8%. Investors ran to Treasury bonds, driving the 10-year T-note yield to 1.98%, "
       "down from 2.11% on Monday and the lowest since Oct. 5."),
 claims=[
  ('DJI', 'change_points', -300, 'points', 'nearly', '2011-11-01', N, N, 'close', "chg('DJI','2011-11-01')", ('manual', 'supported', 'nearly 300: 297.05 lies within [294, 303] (unit 2% of the value)'), 'Dow falls nearly 300 points', 'Signed comparison on the absolute move.'),
  ('DJI', 'change_points', -297.05, 'points', N, '2011-11-01', N, N, 'close', "chg('DJI','2011-11-01')", ('pts', 2), '297.05', ''),
  ('DJI', 'change_pct', -2.5, '%', N, '2011-11-01', N, N, 'close', "pct('DJI','2011-11-01')", ('pct', 1), '2.5%', ''),
  ('DJI', 'close', 11657.96, 'points', N, '2011-11-01', N, N, 'close', "close('DJI','2011-11-01')", ('lvl', 2), '11,657.96', ''),
  ('DJI', 'change_pct', -2.3, '%', N, '2011-10-31', N, N, 'close', "pct('DJI','2011-10-31')", ('pct', 1), '2.3% slump', ''),
  ('DJI', 'week_pct', 3.6, '%', N, '2011-10-28', 'week', N, 'close', "week_pct('DJI','2011-10-28')", ('pct', 1), '3.6% surge', ''),
  ('DJI', 'below_prior_week_start', N, N, 'and then some', '2011-11-01', 'since 2011-10-21 close', N, 'close', "win_chg('DJI','2011-10-21','2011-11-01')", ('manual', 'supported', 'the close is below the 2011-10-21 close (negative change)'), 'and then some', ''),
  ('DJI', 'lowest_since', '2011-10-20', 'date', N, '2011-11-01', N, 'since Oct. 20', 'close', "lowest_since('DJI','2011-11-01')", ('eq',), 'lowest level since Oct. 20', ''),
  ('IXIC', 'change_pct', -2.9, '%', N, '2011-11-01', N, N, 'close', "pct('IXIC','2011-11-01')", ('pct', 1), 'dived 2.9%', ''),
  ('SPX', 'change_pct', -2.8, '%', N, '2011-11-01', N, N, 'close', "pct('SPX','2011-11-01')", ('pct', 1), 'sank 2.8%', ''),
  ('US10Y', 'yield', 1.98, '%', N, '2011-11-01', N, N, 'end of day', "yld('2011-11-01')", ('pct', 2), '1.98%', ''),
  ('US10Y', 'yield', 2.11, '%', N, '2011-10-31', N, N, 'end of day', "yld('2011-10-31')", ('pct', 2), '2.11%', ''),
  ('US10Y', 'lowest_since', '2011-10-05', 'date', N, '2011-11-01', N, 'since Oct. 5', 'end of day', "lowest_since('US10Y','2011-11-01')", ('eq',), 'lowest since Oct. 5', 'End-of-day DGS10 is 2.01 on 2011-11-01, last matched on 2011-10-06; the article\'s intraday 1.98 may reach back to Oct. 5, but intraday yields are not in the files.'),
 ]),
dict(id='vindicator_20111123_europe_debt_stocks_lower', source=src('vindyarchives.com', 'https://vindyarchives.com/news/2011/nov/24/growing-european-debt-crisis-pushes-stoc/', 'Associated Press (via The Vindicator)'),
 published='2011-11-24', published_confidence='exact', published_note='Date in the URL; about Wednesday 2011-11-23.',
 text=("Growing European debt crisis pushes stocks lower. Europe's widening debt crisis and a weak reading on Chinese manufacturers drove stocks "
       "sharply lower Wednesday, after a German debt auction drew too few bids. The Dow fell 236.17 points, or 2.1 percent, to close at 11,257.55. It "
       "has slumped 4.6 percent over the past three days. The Dow has now given back more than half of its big October rally. It jumped 9.5 percent "
       "last month, the biggest gain since 2002."),
 claims=[
  ('DJI', 'change_points', -236.17, 'points', N, '2011-11-23', N, N, 'close', "chg('DJI','2011-11-23')", ('pts', 2), '236.17', ''),
  ('DJI', 'change_pct', -2.1, '%', N, '2011-11-23', N, N, 'close', "pct('DJI','2011-11-23')", ('pct', 1), '2.1 percent', ''),
  ('DJI', 'close', 11257.55, 'points', N, '2011-11-23', N, N, 'close', "close('DJI','2011-11-23')", ('lvl', 2), '11,257.55', ''),
  ('DJI', 'window_pct', -4.6, '%', N, '2011-11-23', 'past three days', N, 'close', "win_pct('DJI','2011-11-18','2011-11-23')", ('pct', 1), '4.6 percent', 'Close 2011-11-18 to close 2011-11-23.'),
  ('DJI', 'share_of_rally_given_back', 0.5, 'fraction', 'more than', '2011-11-23', 'October 2011 rally', N, 'close', "round(win_chg('DJI','2011-11-23','2011-10-31') / win_chg('DJI','2011-09-30','2011-10-31'), 4)", ('gt',), 'more than half of its big October rally', 'Loss since the October close divided by the October gain.'),
  ('DJI', 'month_pct', 9.5, '%', N, '2011-10-31', 'October 2011', N, 'close', "month_pct('DJI',2011,10)", ('pct', 1), '9.5 percent', ''),
  ('DJI', 'best_month_since', '2002', 'year', N, '2011-10-31', N, 'biggest gain since 2002', 'close', "last_month_as_good('DJI',2011,10)[:4]", ('eq',), 'the biggest gain since 2002', 'Last earlier month with a gain at least as large (October 2002).'),
 ]),
dict(id='cnbc_20121231_sp_best_gain_in_3_years', source=src('cnbc.com', 'http://www.cnbc.com/id/100346272', 'CNBC'),
 published='2012-12-31', published_confidence='high', published_note='Last trading day of 2012 named in the text.',
 text=("S&P 500 Soars 13% in 2012, Logs Best Gain in 3 Years. Stocks ended the last trading day of 2012 with a sharp rally, snapping a five-day losing "
       "streak, as upbeat remarks from Washington outweighed the chance of going over the fiscal cliff at midnight. The Dow Jones Industrial Average "
       "soared 166.03 points, or 1.28 percent, to close at 13104.14. The S&P 500 rallied 23.76 points, or 1.69 percent, to finish at 1,426.19. The Nasdaq "
       "surged 59.20 points, or 2 percent, to end at 3,019.51. The CBOE Volatility Index (VIX) plunged below 18 after closing above 22 last week for the "
       "first time since June. For 2012 the Dow jumped 7.26 percent, the S&P 500 bounced 13.41 percent, and the Nasdaq advanced 15.91 percent."),
 claims=[
  ('DJI', 'losing_streak_snapped', 5, 'sessions', N, '2012-12-31', N, N, 'close', "down_streak_before('DJI','2012-12-31')", ('eq',), 'five-day losing', 'Checked on the Dow (the streak the source names for the Dow).'),
  ('DJI', 'change_points', 166.03, 'points', N, '2012-12-31', N, N, 'close', "chg('DJI','2012-12-31')", ('pts', 2), '166.03', ''),
  ('DJI', 'change_pct', 1.28, '%', N, '2012-12-31', N, N, 'close', "pct('DJI','2012-12-31')", ('pct', 2), '1.28 percent', ''),
  ('DJI', 'close', 13104.14, 'points', N, '2012-12-31', N, N, 'close', "close('DJI','2012-12-31')", ('lvl', 2), '13104.14', ''),
  ('SPX', 'change_points', 23.76, 'points', N, '2012-12-31', N, N, 'close', "chg('SPX','2012-12-31')", ('pts', 2), '23.76', ''),
  ('SPX', 'change_pct', 1.69, '%', N, '2012-12-31', N, N, 'close', "pct('SPX','2012-12-31')", ('pct', 2), '1.69 percent', ''),
  ('SPX', 'close', 1426.19, 'points', N, '2012-12-31', N, N, 'close', "close('SPX','2012-12-31')", ('lvl', 2), '1,426.19', ''),
  ('IXIC', 'change_points', 59.20, 'points', N, '2012-12-31', N, N, 'close', "chg('IXIC','2012-12-31')", ('pts', 2), '59.20', ''),
  ('IXIC', 'change_pct', 2, '%', N, '2012-12-31', N, N, 'close', "pct('IXIC','2012-12-31')", ('pct', 0), 'or 2 percent', ''),
  ('IXIC', 'close', 3019.51, 'points', N, '2012-12-31', N, N, 'close', "close('IXIC','2012-12-31')", ('lvl', 2), '3,019.51', ''),
  ('VIX', 'close', 18, 'points', 'below', '2012-12-31', N, N, 'close', "close('VIX','2012-12-31')", ('lt',), 'plunged below 18', 'The VIX closed at 18.02; its session low was below 18, so only an intraday reading fits. Bound claims need the close.'),
  ('VIX', 'last_close_above_22', '2012-06', 'month', N, '2012-12-28', N, 'first time since June', 'close', "last_close_at_or_above('VIX','2012-12-24',22.0)[:7]", ('eq',), 'first time since June', 'Last close at or above 22 before the week of 2012-12-24 (the week closed above 22 on 2012-12-28).'),
  ('DJI', 'year_pct', 7.26, '%', N, '2012-12-31', '2012', N, 'close', "year_pct('DJI',2012)", ('pct', 2), '7.26 percent', ''),
  ('SPX', 'year_pct', 13.41, '%', N, '2012-12-31', '2012', N, 'close', "year_pct('SPX',2012)", ('pct', 2), '13.41 percent', ''),
  ('IXIC', 'year_pct', 15.91, '%', N, '2012-12-31', '2012', N, 'close', "year_pct('IXIC',2012)", ('pct', 2), '15.91 percent', ''),
  ('SPX', 'best_year_since', 2009, 'year', N, '2012-12-31', 'calendar years', 'best gain in 3 years', 'close', "last_year_as_good('SPX',2012)", ('eq',), 'Best Gain in 3 Years', 'Last earlier calendar year with a gain at least as large.'),
 ]),
]
