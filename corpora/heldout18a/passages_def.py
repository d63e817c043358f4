# Passage texts (condensed close paraphrases) and claim definitions for heldout18a.
# Claim tuple: (ticker, metric, value_as_written, unit, qualifier, ref_date, window, comparison, basis,
#               recipe_expr, mode, anchor, manual_verdict, note)
# mode: pct | level | pts | count | months | yield -> numeric judging; since | nyear | flag -> special;
#       manual -> verdict given explicitly.
P = []

def add(pid, site, url, outlet, published, conf, pnote, text, claims):
    P.append(dict(id=pid, site=site, url=url, outlet=outlet, published=published, conf=conf,
                  pnote=pnote, text=text, claims=claims))

# 1 ---------------------------------------------------------------------------------------------
add('baltimoresun_19980808_small_stocks_lead_rally', 'articles.baltimoresun.com',
    'http://articles.baltimoresun.com/1998-08-08/business/1998220080_1_york-stock-exchange-composite-index-stocks-rose',
    'Bloomberg News (via The Baltimore Sun)', '1998-08-08', 'exact',
    'Saturday paper dated August 08, 1998 (in the URL and byline); "yesterday" is Friday 1998-08-07, the session described.',
    "Smaller stocks lead rally: Russell 2,000 leaps 2.3% while Dow industrials saunter 20 points higher. "
    "August 08, 1998, Bloomberg News. NEW YORK -- U.S. stocks rose yesterday as investors who had sold richly valued "
    "big stocks this week moved money into small and midsize companies. The small-stock Russell 2,000 index extended "
    "Thursday's rise, soaring 9.18, or 2.3 percent, to 415.80. The Standard & Poor's 400 midcap index rose 5.85, or "
    "1.8 percent, to 340.84. The Dow Jones industrial average eked out a gain of 20.34 to 8,598.02. The S&P 500 index "
    "fell 0.18 to 1,089.45, pulled down by its three biggest stocks. The Nasdaq composite index rose 17.26 to 1,846.77. "
    "In the three sessions since Tuesday's decline, the Russell gained 4.3 percent, the S&P 500 1.6 percent, the Dow "
    "industrial average 1.3 percent and the Nasdaq 3.4 percent. Still, it was a losing week: the Dow industrials lost "
    "3.2 percent, failing in three days of gains to make up all the ground lost in their 299-point plunge Tuesday.",
    [
     ('RUT', 'daily_change_pct', '2.3', '%', '', '1998-08-07', '1d', '', 'close', "pct('RUT','1998-08-07')", 'pct', 'leaps 2.3%', None, 'Headline figure.'),
     ('DJI', 'daily_change_points', '20', 'points', '', '1998-08-07', '1d', '', 'close', "chg('DJI','1998-08-07')", 'pts', '20 points higher', None, 'Headline rounding of 20.34.'),
     ('RUT', 'flag_up_prior_day', 'true', 'flag', '', '1998-08-06', '1d', '', 'close', "is_up('RUT','1998-08-06')", 'flag', "extended Thursday's rise", None, 'Thursday 1998-08-06 must be an up day.'),
     ('RUT', 'daily_change_points', '9.18', 'points', '', '1998-08-07', '1d', '', 'close', "chg('RUT','1998-08-07')", 'pts', 'soaring 9.18', None, ''),
     ('RUT', 'daily_change_pct', '2.3', '%', '', '1998-08-07', '1d', '', 'close', "pct('RUT','1998-08-07')", 'pct', 'or 2.3 percent', None, ''),
     ('RUT', 'close', '415.80', 'index points', '', '1998-08-07', '', '', 'close', "close('RUT','1998-08-07')", 'level', 'to 415.80', None, ''),
     ('SP400', 'daily_change_points', '5.85', 'points', '', '1998-08-07', '1d', '', 'close', None, 'manual', 'rose 5.85', 'unverifiable', 'S&P 400 midcap index is not in the files.'),
     ('SP400', 'daily_change_pct', '1.8', '%', '', '1998-08-07', '1d', '', 'close', None, 'manual', '1.8 percent', 'unverifiable', 'S&P 400 midcap index is not in the files.'),
     ('SP400', 'close', '340.84', 'index points', '', '1998-08-07', '', '', 'close', None, 'manual', 'to 340.84', 'unverifiable', 'S&P 400 midcap index is not in the files.'),
     ('DJI', 'daily_change_points', '20.34', 'points', '', '1998-08-07', '1d', '', 'close', "chg('DJI','1998-08-07')", 'pts', 'gain of 20.34', None, ''),
     ('DJI', 'close', '8,598.02', 'index points', '', '1998-08-07', '', '', 'close', "close('DJI','1998-08-07')", 'level', '8,598.02', None, ''),
     ('SPX', 'daily_change_points', '-0.18', 'points', '', '1998-08-07', '1d', '', 'close', "chg('SPX','1998-08-07')", 'pts', 'fell 0.18', None, ''),
     ('SPX', 'close', '1,089.45', 'index points', '', '1998-08-07', '', '', 'close', "close('SPX','1998-08-07')", 'level', '1,089.45', None, ''),
     ('IXIC', 'daily_change_points', '17.26', 'points', '', '1998-08-07', '1d', '', 'close', "chg('IXIC','1998-08-07')", 'pts', 'rose 17.26', None, ''),
     ('IXIC', 'close', '1,846.77', 'index points', '', '1998-08-07', '', '', 'close', "close('IXIC','1998-08-07')", 'level', '1,846.77', None, ''),
     ('RUT', 'window_change_pct', '4.3', '%', '', '1998-08-07', '1998-08-04 close to 1998-08-07 close', '', 'close', "pct_between('RUT','1998-08-04','1998-08-07')", 'pct', 'the Russell gained 4.3 percent', None, 'Three sessions since the Tuesday 1998-08-04 close: +3.53%. The Russell fell again on Wednesday (398.69); 4.3% is the gain from the Wednesday close (+4.29%), two sessions, while the S&P 500, Dow and Nasdaq figures fit the three-session window.'),
     ('SPX', 'window_change_pct', '1.6', '%', '', '1998-08-07', '1998-08-04 close to 1998-08-07 close', '', 'close', "pct_between('SPX','1998-08-04','1998-08-07')", 'pct', 'the S&P 500 1.6 percent', None, ''),
     ('DJI', 'window_change_pct', '1.3', '%', '', '1998-08-07', '1998-08-04 close to 1998-08-07 close', '', 'close', "pct_between('DJI','1998-08-04','1998-08-07')", 'pct', 'average 1.3 percent', None, ''),
     ('IXIC', 'window_change_pct', '3.4', '%', '', '1998-08-07', '1998-08-04 close to 1998-08-07 close', '', 'close', "pct_between('IXIC','1998-08-04','1998-08-07')", 'pct', 'the Nasdaq 3.4 percent', None, ''),
     ('DJI', 'weekly_change_pct', '-3.2', '%', '', '1998-08-07', 'week', '', 'close', "wtd('DJI','1998-08-07')", 'pct', 'lost 3.2 percent', None, 'Friday 1998-07-31 close to Friday 1998-08-07 close.'),
     ('DJI', 'daily_change_points', '-299', 'points', '', '1998-08-04', '1d', '', 'close', "chg('DJI','1998-08-04')", 'pts', '299-point plunge', None, 'Tuesday 1998-08-04.'),
    ])

# 2 ---------------------------------------------------------------------------------------------
add('ap_20010322_dow_joins_bear_market', 'lubbockonline.com',
    'http://lubbockonline.com/stories/032201/upd_075-8338.shtml', 'Associated Press (via Lubbock Avalanche-Journal)',
    '2001-03-22', 'exact',
    'Dated Thursday, March 22, 2001 on the page; a midafternoon update on the 2001-03-22 session, written before the close.',
    "Dow joins Nasdaq, S&P 500 in bear market territory. Thursday, March 22, 2001. NEW YORK (AP) -- The Dow Jones "
    "industrial average sped up its slide Thursday, falling 300 points and joining the other major gauges in bear market "
    "territory. The blue-chip index, down by triple digits in six of the past nine trading sessions, sank to the 9,379 "
    "level in the first minutes of trading, leaving it more than 20 percent below the closing high of 11,722.98 it "
    "reached on Jan. 14, 2000. In heavy midafternoon trading the Dow was off 283.23 at 9,203.77, a small recovery from "
    "an earlier drop of nearly 330 points. The Nasdaq composite index, down more than 64 percent from its own high of "
    "5,048.62 reached March 10, 2000, slipped 11.88 to 1,818.35. The Standard & Poor's 500 was down 30.06 at 1,092.08; "
    "it has lost more than a quarter of its value since peaking at 1,527.46 a year ago. A drop of 20 percent is "
    "considered a bear market; the S&P 500 officially entered one on March 12.",
    [
     ('DJI', 'intraday_change_points', '-300', 'points', '', '2001-03-22', '1d', '', 'midafternoon', "chg('DJI','2001-03-22')", 'manual', 'falling 300 points', 'unverifiable', 'Mid-session figure; a 300-point loss (level 9,187.00) lies inside the session range 9,106.54-9,497.78. The close was down 97.52.'),
     ('DJI', 'count_triple_digit_drops', '6', 'sessions', '', '2001-03-21', 'past nine sessions', '', 'close', "count_drops_le('DJI','2001-03-22',9,100)", 'count', 'six of the past nine trading sessions', None, 'Sessions 2001-03-09..2001-03-21 (the nine before the story day) with a close-to-close loss of 100 points or more.'),
     ('DJI', 'intraday_level', '9,379', 'index points', '', '2001-03-22', '', '', 'opening minutes', "close('DJI','2001-03-22')", 'manual', 'the 9,379 level', 'unverifiable', 'Early-trading level inside the session range 9,106.54-9,497.78.'),
     ('DJI', 'record_close', '11,722.98', 'index points', '', '2000-01-14', '', '', 'close', "record_close_before('DJI','2001-03-22')", 'level', '11,722.98', None, 'Highest close in the file before 2001-03-22.'),
     ('DJI', 'record_close_date', '2000-01-14', 'date', '', '2000-01-14', '', '', 'close', "record_close_date_before('DJI','2001-03-22')", 'date', 'Jan. 14, 2000', None, ''),
     ('DJI', 'pct_from_ath', '20', '%', 'more than', '2001-03-22', '', '', 'stated level 9,379', "pct_below(9379,11722.98)", 'pct', 'more than 20 percent below', None, 'Judged on the passage\'s own arithmetic: 9,379 is 19.995% below 11,722.98, a hair short of "more than 20". At the session low (9,106.54) the Dow was 22.3% below; at the close (9,389.48) 19.9%.'),
     ('DJI', 'intraday_change_points', '-283.23', 'points', '', '2001-03-22', '1d', '', 'midafternoon', "chg('DJI','2001-03-22')", 'manual', 'off 283.23', 'unverifiable', 'Midafternoon; 9,487.00 - 283.23 = 9,203.77 lies inside the session range 9,106.54-9,497.78.'),
     ('DJI', 'intraday_level', '9,203.77', 'index points', '', '2001-03-22', '', '', 'midafternoon', "close('DJI','2001-03-22')", 'manual', '9,203.77', 'unverifiable', 'Inside the session range.'),
     ('DJI', 'intraday_change_points', '-330', 'points', 'nearly', '2001-03-22', '1d', '', 'intraday', "_r(low('DJI','2001-03-22')-prev_close('DJI','2001-03-22'))", 'manual', 'nearly 330 points', 'unverifiable', 'An earlier intraday drop; the session low was 380.46 points below the previous close, so a drop of about 330 points at some moment is inside the range and cannot be timed.'),
     ('IXIC', 'pct_from_ath', '64', '%', 'more than', '2001-03-22', '', '', 'stated level 1,818.35', "pct_below(1818.35,5048.62)", 'pct', 'down more than 64 percent', None, 'Judged on the stated levels: 1,818.35 is 63.98% below 5,048.62. At the session low 1,794.21 it was 64.46% below; at the close 1,897.70, 62.41%.'),
     ('IXIC', 'record_close', '5,048.62', 'index points', '', '2000-03-10', '', '', 'close', "record_close_before('IXIC','2001-03-22')", 'level', '5,048.62', None, ''),
     ('IXIC', 'record_close_date', '2000-03-10', 'date', '', '2000-03-10', '', '', 'close', "record_close_date_before('IXIC','2001-03-22')", 'date', 'March 10, 2000', None, ''),
     ('IXIC', 'intraday_change_points', '-11.88', 'points', '', '2001-03-22', '1d', '', 'midafternoon', "chg('IXIC','2001-03-22')", 'manual', 'slipped 11.88', 'unverifiable', 'Midafternoon; 1,818.35 lies inside the session range 1,794.21-1,898.10. The Nasdaq closed up 67.47.'),
     ('SPX', 'intraday_change_points', '-30.06', 'points', '', '2001-03-22', '1d', '', 'midafternoon', "chg('SPX','2001-03-22')", 'manual', 'down 30.06', 'unverifiable', 'Midafternoon; 1,092.08 lies inside the session range 1,081.19-1,124.27.'),
     ('SPX', 'pct_from_ath', '25', '%', 'more than', '2001-03-22', '', '', 'stated levels', "pct_below(1092.08,1527.46)", 'pct', 'more than a quarter', None, 'Stated levels give 28.5%; at the close (1,117.58) 26.8%: both above a quarter.'),
     ('SPX', 'record_close', '1,527.46', 'index points', '', '2000-03-24', '', '', 'close', "record_close_before('SPX','2001-03-22')", 'level', '1,527.46', None, 'Record close of 2000-03-24, "a year ago".'),
     ('SPX', 'bear_market_date', '2001-03-12', 'date', '', '2001-03-12', '', '', 'close', "first_bear_close('SPX','2000-03-24','2001-03-22')", 'date', 'March 12', None, 'First close at least 20% below the record close.'),
    ])

# 3 ---------------------------------------------------------------------------------------------
add('crains_20011029_markets_fall_midday', 'crainsnewyork.com',
    'https://www.crainsnewyork.com/article/20011029/FREE/110290738/markets-fall-ahead-of-bad-economic-news',
    "Crain's New York Business", '2001-10-29', 'exact',
    'Date in the URL; a midday report on Monday 2001-10-29.',
    "Markets fall ahead of bad economic news. Sellers swamped the major indexes Monday ahead of a week of government "
    "reports on unemployment, manufacturing and growth that many expect to be bad, and amid the belief that the economy "
    "is heading for its first recession in a decade. At midday, the Dow Jones Industrial Average lost 189.38 points, or "
    "2%, to 9,355.79; the Nasdaq Composite Index yielded 32.36, or 1.8%, to 1,736.60; and the Standard & Poor's 500 Index "
    "climbed 16.13, or 1.5%, to 1,08848. All six New York stocks in the Dow were lower.",
    [
     ('DJI', 'intraday_change_points', '-189.38', 'points', '', '2001-10-29', '1d', '', 'midday', "chg('DJI','2001-10-29')", 'manual', 'lost 189.38 points', 'unverifiable', 'Midday; 9,545.17 - 189.38 = 9,355.79 lies inside the session range 9,269.50-9,543.37. The close was down 275.67.'),
     ('DJI', 'intraday_change_pct', '-2', '%', '', '2001-10-29', '1d', '', 'midday', "pct('DJI','2001-10-29')", 'manual', 'or 2%', 'unverifiable', 'Midday, inside the range.'),
     ('DJI', 'intraday_level', '9,355.79', 'index points', '', '2001-10-29', '', '', 'midday', "close('DJI','2001-10-29')", 'manual', '9,355.79', 'unverifiable', 'Inside the session range.'),
     ('IXIC', 'intraday_change_points', '-32.36', 'points', '', '2001-10-29', '1d', '', 'midday', "chg('IXIC','2001-10-29')", 'manual', 'yielded 32.36', 'unverifiable', 'Midday; 1,736.60 lies inside the session range 1,699.40-1,767.97.'),
     ('IXIC', 'intraday_change_pct', '-1.8', '%', '', '2001-10-29', '1d', '', 'midday', "pct('IXIC','2001-10-29')", 'manual', 'or 1.8%', 'unverifiable', 'Midday, inside the range.'),
     ('IXIC', 'intraday_level', '1,736.60', 'index points', '', '2001-10-29', '', '', 'midday', "close('IXIC','2001-10-29')", 'manual', '1,736.60', 'unverifiable', 'Inside the session range.'),
     ('SPX', 'intraday_direction_up', 'true', 'flag', '', '2001-10-29', '1d', '', 'midday', "not never_above_prev_close('SPX','2001-10-29')", 'flag', 'climbed 16.13', None, 'The S&P 500 never traded above the previous close (1,104.61 = session high), so "climbed" is wrong; the stated level 1,088.48 equals 1,104.61 - 16.13, i.e. a 16.13-point (1.5%) fall.'),
     ('SPX', 'intraday_change_pct', '1.5', '%', '', '2001-10-29', '1d', '', 'midday', "pct('SPX','2001-10-29')", 'manual', 'or 1.5%', 'contradicted', 'Signed +1.5% (with "climbed") is impossible: the session high equalled the previous close. As a 1.5% decline it would fit the midday level; the close was -2.38%.'),
     ('SPX', 'intraday_level', '1,088.48', 'index points', '', '2001-10-29', '', '', 'midday', "close('SPX','2001-10-29')", 'manual', '1,08848', 'unverifiable', 'Printed "1,08848" (a garbled 1,088.48); inside the session range 1,078.30-1,104.61.'),
    ])

# 4 ---------------------------------------------------------------------------------------------
add('cnnmoney_20030604_dow_reclaims_9000', 'money.cnn.com',
    'http://money.cnn.com/2003/06/04/markets/markets_newyork/index.htm', 'CNN/Money', '2003-06-04', 'exact',
    'Timestamped June 4, 2003, 6:01 PM EDT; about the 2003-06-04 close.',
    "Dow reclaims 9,000. The blue-chip average closes above the key level for the first time in 9-1/2 months; Nasdaq at "
    "a new 1-year high. June 4, 2003: 6:01 PM EDT. NEW YORK (CNN/Money) - The Dow closed above 9,000 for the first time in "
    "more than nine months Wednesday, while the S&P 500 saw its best close in 11 months and the Nasdaq its best close in a "
    "year, as investors seized on signs of strength in the services economy. Year-to-date, the Dow is up 8.4 percent, the "
    "S&P 500 is up 12.1 percent and the Nasdaq is up 22.4 percent.",
    [
     ('DJI', 'close_above', '9000', 'flag', '', '2003-06-04', '', '', 'close', "close('DJI','2003-06-04') > 9000", 'flag', 'closed above 9,000', None, 'Close 9,038.98.'),
     ('DJI', 'months_since_close_at_or_above', '9', 'months', 'more than', '2003-06-04', '', '', 'close', "months_since_close_ge('DJI','2003-06-04',9000)", 'months', 'more than nine months', None, 'Months since the last earlier close at or above 9,000.'),
     ('DJI', 'months_since_close_at_or_above', '9.5', 'months', '', '2003-06-04', '', '', 'close', "months_since_close_ge('DJI','2003-06-04',9000)", 'months', '9-1/2 months', None, 'Headline "9-1/2 months".'),
     ('SPX', 'months_since_higher_close', '11', 'months', '', '2003-06-04', '', '', 'close', "months_since_close_ge('SPX','2003-06-04')", 'months', 'best close in 11 months', None, 'Months since the last close at least as high.'),
     ('IXIC', 'months_since_higher_close', '12', 'months', '', '2003-06-04', '', '', 'close', "months_since_close_ge('IXIC','2003-06-04')", 'months', 'best close in a year', None, '"a year" read as 12 months.'),
     ('DJI', 'ytd_pct', '8.4', '%', '', '2003-06-04', 'YTD', '', 'close', "ytd('DJI','2003-06-04')", 'pct', 'the Dow is up 8.4 percent', None, ''),
     ('SPX', 'ytd_pct', '12.1', '%', '', '2003-06-04', 'YTD', '', 'close', "ytd('SPX','2003-06-04')", 'pct', 'up 12.1 percent', None, ''),
     ('IXIC', 'ytd_pct', '22.4', '%', '', '2003-06-04', 'YTD', '', 'close', "ytd('IXIC','2003-06-04')", 'pct', 'up 22.4 percent', None, ''),
    ])

# 5 ---------------------------------------------------------------------------------------------
add('ap_20031010_stocks_rise_on_jobless_claims', 'the.honoluluadvertiser.com',
    'http://the.honoluluadvertiser.com/article/2003/Oct/10/bz/bz16a.html', 'Associated Press (via The Honolulu Advertiser)',
    '2003-10-10', 'exact',
    'Posted Friday, October 10, 2003; "yesterday" is Thursday 2003-10-09, the session described.',
    "Good economic news catalyst for stocks' rise. Posted Friday, October 10, 2003. By Meg Richards, Associated Press. As "
    "of yesterday's close, the Nasdaq composite index had recovered an impressive 71.6 percent of its value since Oct. 9, "
    "2002, while the Dow Jones industrials were up 32.9 percent and the Standard & Poor's 500 index had regained 33.7 "
    "percent. A Labor Department report suggesting layoffs are slowing fed the good mood. The Nasdaq rose 18.12, or 1 "
    "percent, to close at 1,911.90. The most battered of the major indexes during the three-year slump, the Nasdaq last "
    "closed higher 19 months ago, on March 11, 2002, when it stood at 1,929.49. A year ago, on Oct. 9, 2002, the Nasdaq "
    "was at a six-year low of 1,114.11. The Dow advanced 49.11 yesterday, or 0.5 percent, to 9,680.01, its highest close "
    "since June 18, 2002, when the average was at 9,706.12. On Oct. 9 of last year, the Dow stood at a five-year low of "
    "7,286.27. The Russell 2000 index, a barometer of smaller company stocks, rose 5.66, or 1.1 percent, to 521.34.",
    [
     ('IXIC', 'window_change_pct', '71.6', '%', '', '2003-10-09', '2002-10-09 close to 2003-10-09 close', '', 'close', "pct_between('IXIC','2002-10-09','2003-10-09')", 'pct', '71.6 percent', None, ''),
     ('DJI', 'window_change_pct', '32.9', '%', '', '2003-10-09', '2002-10-09 close to 2003-10-09 close', '', 'close', "pct_between('DJI','2002-10-09','2003-10-09')", 'pct', 'up 32.9 percent', None, ''),
     ('SPX', 'window_change_pct', '33.7', '%', '', '2003-10-09', '2002-10-09 close to 2003-10-09 close', '', 'close', "pct_between('SPX','2002-10-09','2003-10-09')", 'pct', 'regained 33.7', None, ''),
     ('IXIC', 'daily_change_points', '18.12', 'points', '', '2003-10-09', '1d', '', 'close', "chg('IXIC','2003-10-09')", 'pts', 'rose 18.12', None, ''),
     ('IXIC', 'daily_change_pct', '1', '%', '', '2003-10-09', '1d', '', 'close', "pct('IXIC','2003-10-09')", 'pct', 'or 1 percent', None, ''),
     ('IXIC', 'close', '1,911.90', 'index points', '', '2003-10-09', '', '', 'close', "close('IXIC','2003-10-09')", 'level', '1,911.90', None, ''),
     ('IXIC', 'highest_close_since', '2002-03-11', 'date', '', '2003-10-09', '', '', 'close', "last_close_ge('IXIC','2003-10-09')", 'since', 'March 11, 2002', None, 'Last earlier close at least as high.'),
     ('IXIC', 'close', '1,929.49', 'index points', '', '2002-03-11', '', '', 'close', "close('IXIC','2002-03-11')", 'level', '1,929.49', None, ''),
     ('IXIC', 'months_since_higher_close', '19', 'months', '', '2003-10-09', '', '', 'close', "months_since_close_ge('IXIC','2003-10-09')", 'months', '19 months ago', None, ''),
     ('IXIC', 'close', '1,114.11', 'index points', '', '2002-10-09', '', '', 'close', "close('IXIC','2002-10-09')", 'level', '1,114.11', None, ''),
     ('IXIC', 'n_year_low', '6', 'years', '', '2002-10-09', '', '', 'close', "years_since_close_le('IXIC','2002-10-09')", 'nyear', 'six-year low', None, 'Years since the last earlier close at or below 1,114.11.'),
     ('DJI', 'daily_change_points', '49.11', 'points', '', '2003-10-09', '1d', '', 'close', "chg('DJI','2003-10-09')", 'pts', 'advanced 49.11', None, ''),
     ('DJI', 'daily_change_pct', '0.5', '%', '', '2003-10-09', '1d', '', 'close', "pct('DJI','2003-10-09')", 'pct', 'or 0.5 percent', None, ''),
     ('DJI', 'close', '9,680.01', 'index points', '', '2003-10-09', '', '', 'close', "close('DJI','2003-10-09')", 'level', '9,680.01', None, ''),
     ('DJI', 'highest_close_since', '2002-06-18', 'date', '', '2003-10-09', '', '', 'close', "last_close_ge('DJI','2003-10-09')", 'since', 'June 18, 2002', None, ''),
     ('DJI', 'close', '9,706.12', 'index points', '', '2002-06-18', '', '', 'close', "close('DJI','2002-06-18')", 'level', '9,706.12', None, ''),
     ('DJI', 'close', '7,286.27', 'index points', '', '2002-10-09', '', '', 'close', "close('DJI','2002-10-09')", 'level', '7,286.27', None, ''),
     ('DJI', 'n_year_low', '5', 'years', '', '2002-10-09', '', '', 'close', "years_since_close_le('DJI','2002-10-09')", 'nyear', 'five-year low', None, 'Years since the last earlier close at or below 7,286.27.'),
     ('RUT', 'daily_change_points', '5.66', 'points', '', '2003-10-09', '1d', '', 'close', "chg('RUT','2003-10-09')", 'pts', 'rose 5.66', None, ''),
     ('RUT', 'daily_change_pct', '1.1', '%', '', '2003-10-09', '1d', '', 'close', "pct('RUT','2003-10-09')", 'pct', 'or 1.1 percent', None, ''),
     ('RUT', 'close', '521.34', 'index points', '', '2003-10-09', '', '', 'close', "close('RUT','2003-10-09')", 'level', 'to 521.34', None, ''),
    ])

# 6 ---------------------------------------------------------------------------------------------
add('irishexaminer_20031229_nasdaq_past_2000', 'irishexaminer.com',
    'https://www.irishexaminer.com/business/arid-30127403.html', 'Associated Press (via Irish Examiner)', '2003-12-29', 'high',
    'Wire story written on the day ("today") with preliminary closing figures; the session is Monday 2003-12-29. The page date is not shown in the stored text; the content fixes it.',
    "Dow ending year on high. The Nasdaq composite index burst past the 2,000 milestone today and the Dow Jones "
    "industrials surged more than 120 points as investors shrugged off worries about mad cow disease and looked hopefully "
    "toward 2004. According to preliminary calculations, the Nasdaq composite index closed up 33.34, or 1.7%, at 2,006.48, "
    "its highest point in nearly two years, following a 1.1% advance last week. The tech-dominated Nasdaq had climbed above "
    "2,000 for all of a minute on December 3 before falling back, and had not closed above 2,000 since January 15, 2002, "
    "when it stood at 2,000.91. The Dow rose 125.33, or 1.2%, to 10,450.00, after gaining 0.5% last week; it was the "
    "index's highest close since March 21, 2002, when it ended the day at 10,479.84. The Dow closed above 10,000 for the "
    "first time in 18 months on December 11. And the Standard & Poor's 500 index closed up 13.59, or 1.2%, at 1,109.48, "
    "after rising 0.2% last week.",
    [
     ('DJI', 'daily_change_points', '120', 'points', 'more than', '2003-12-29', '1d', '', 'close', "chg('DJI','2003-12-29')", 'pts', 'more than 120 points', None, ''),
     ('IXIC', 'daily_change_points', '33.34', 'points', 'preliminary', '2003-12-29', '1d', '', 'close', "chg('IXIC','2003-12-29')", 'pts', 'closed up 33.34', None, ''),
     ('IXIC', 'daily_change_pct', '1.7', '%', 'preliminary', '2003-12-29', '1d', '', 'close', "pct('IXIC','2003-12-29')", 'pct', 'or 1.7%', None, ''),
     ('IXIC', 'close', '2,006.48', 'index points', 'preliminary', '2003-12-29', '', '', 'close', "close('IXIC','2003-12-29')", 'level', '2,006.48', None, ''),
     ('IXIC', 'years_since_higher_close', '2', 'years', 'nearly', '2003-12-29', '', '', 'close', "years_since_close_ge('IXIC','2003-12-29')", 'years', 'nearly two years', None, 'Years since the last close at least as high (2002-01-15).'),
     ('IXIC', 'weekly_change_pct', '1.1', '%', '', '2003-12-26', 'week', '', 'close', "wtd('IXIC','2003-12-26')", 'pct', 'following a 1.1% advance', None, 'Week ended Friday 2003-12-26.'),
     ('IXIC', 'intraday_above_2000', 'true', 'flag', '', '2003-12-03', '', '', 'intraday high', "intraday_ge('IXIC','2003-12-03',2000) and close('IXIC','2003-12-03') < 2000", 'flag', 'December 3', None, 'High at or above 2,000 and close below it on 2003-12-03.'),
     ('IXIC', 'last_close_above_level', '2002-01-15', 'date', '', '2003-12-29', '', '', 'close', "last_close_ge('IXIC','2003-12-29',2000)", 'since', 'January 15, 2002', None, 'Last close at or above 2,000 before 2003-12-29.'),
     ('IXIC', 'close', '2,000.91', 'index points', '', '2002-01-15', '', '', 'close', "close('IXIC','2002-01-15')", 'level', 'at 2,000.91', None, ''),
     ('DJI', 'daily_change_points', '125.33', 'points', 'preliminary', '2003-12-29', '1d', '', 'close', "chg('DJI','2003-12-29')", 'pts', 'rose 125.33', None, ''),
     ('DJI', 'daily_change_pct', '1.2', '%', 'preliminary', '2003-12-29', '1d', '', 'close', "pct('DJI','2003-12-29')", 'pct', 'or 1.2%, to 10,450.00', None, ''),
     ('DJI', 'close', '10,450.00', 'index points', 'preliminary', '2003-12-29', '', '', 'close', "close('DJI','2003-12-29')", 'level', 'to 10,450.00', None, ''),
     ('DJI', 'weekly_change_pct', '0.5', '%', '', '2003-12-26', 'week', '', 'close', "wtd('DJI','2003-12-26')", 'pct', 'gaining 0.5% last week', None, ''),
     ('DJI', 'highest_close_since', '2002-03-21', 'date', '', '2003-12-29', '', '', 'close', "last_close_ge('DJI','2003-12-29')", 'since', 'March 21, 2002', None, ''),
     ('DJI', 'close', '10,479.84', 'index points', '', '2002-03-21', '', '', 'close', "close('DJI','2002-03-21')", 'level', '10,479.84', None, ''),
     ('DJI', 'months_since_close_at_or_above', '18', 'months', '', '2003-12-11', '', '', 'close', "months_since_close_ge('DJI','2003-12-11',10000)", 'months', 'first time in 18 months', None, 'Close of 2003-12-11 above 10,000; months since the previous close at or above 10,000.'),
     ('SPX', 'daily_change_points', '13.59', 'points', 'preliminary', '2003-12-29', '1d', '', 'close', "chg('SPX','2003-12-29')", 'pts', 'closed up 13.59', None, ''),
     ('SPX', 'daily_change_pct', '1.2', '%', 'preliminary', '2003-12-29', '1d', '', 'close', "pct('SPX','2003-12-29')", 'pct', 'or 1.2%, at 1,109.48', None, ''),
     ('SPX', 'close', '1,109.48', 'index points', 'preliminary', '2003-12-29', '', '', 'close', "close('SPX','2003-12-29')", 'level', 'at 1,109.48', None, ''),
     ('SPX', 'weekly_change_pct', '0.2', '%', '', '2003-12-26', 'week', '', 'close', "wtd('SPX','2003-12-26')", 'pct', 'rising 0.2% last week', None, ''),
    ])

# 7 ---------------------------------------------------------------------------------------------
add('cnnmoney_20031230_post_santa_rally', 'money.cnn.com',
    'http://money.cnn.com/2003/12/29/markets/markets_newyork/index.htm?cnn=yes', 'CNN/Money', '2003-12-30', 'exact',
    'Timestamped December 30, 2003, 8:52 AM EST (URL date 2003/12/29); about the Monday 2003-12-29 close. Same session as irishexaminer_20031229 (another outlet, different claims and hedges).',
    "A post-Santa Claus rally. Nasdaq closes above 2,000 for first time in 2 years, Dow hits 21-month high in broad "
    "year-end rally. December 30, 2003: 8:52 AM EST. NEW YORK (CNN/Money) - A strong year-end rally Monday pushed the "
    "Nasdaq composite above 2,000 for the first time in nearly two years and the Dow Jones industrial average to its best "
    "close in more than 21 months. The last five sessions of the year are traditionally winning ones for stocks. The "
    "Nasdaq composite (up 33.34 to 2006.48) jumped 1.7 percent, closing above 2,000 for the first time since Jan. 15, "
    "2002, when the index ended at 2,000.91. The Dow Jones industrial average (up 125.33 to 10450.00) and the S&P 500 (up "
    "13.59 to 1109.48) each rose around 1.2 percent. Financial markets are closed Thursday for New Year's Day. The Nasdaq "
    "had breached 2,000 some 3-1/2 weeks ago, on Dec. 3, but failed to close above it. Monday's gains brought the Dow to "
    "its highest close since March 21, 2002, and the S&P 500 to its best finish since April 19, 2002. So far this year "
    "through Monday's close, the Dow is up more than 25 percent, the Nasdaq is up nearly 50 percent and the S&P 500 is up "
    "about 26 percent.",
    [
     ('DJI', 'months_since_higher_close', '21', 'months', 'more than', '2003-12-29', '', '', 'close', "months_since_close_ge('DJI','2003-12-29')", 'months', 'more than 21 months', None, ''),
     ('GENERIC', 'seasonality', None, '', '', '', 'last five sessions', '', '', None, 'manual', 'traditionally winning ones', 'not_checkable', 'Generic seasonal rule of thumb.'),
     ('IXIC', 'daily_change_points', '33.34', 'points', '', '2003-12-29', '1d', '', 'close', "chg('IXIC','2003-12-29')", 'pts', 'up 33.34', None, ''),
     ('IXIC', 'close', '2006.48', 'index points', '', '2003-12-29', '', '', 'close', "close('IXIC','2003-12-29')", 'level', 'to 2006.48', None, ''),
     ('IXIC', 'daily_change_pct', '1.7', '%', '', '2003-12-29', '1d', '', 'close', "pct('IXIC','2003-12-29')", 'pct', 'jumped 1.7 percent', None, ''),
     ('IXIC', 'last_close_above_level', '2002-01-15', 'date', '', '2003-12-29', '', '', 'close', "last_close_ge('IXIC','2003-12-29',2000)", 'since', 'Jan. 15,\n2002', None, ''),
     ('IXIC', 'close', '2,000.91', 'index points', '', '2002-01-15', '', '', 'close', "close('IXIC','2002-01-15')", 'level', '2,000.91', None, ''),
     ('DJI', 'daily_change_points', '125.33', 'points', '', '2003-12-29', '1d', '', 'close', "chg('DJI','2003-12-29')", 'pts', 'up 125.33', None, ''),
     ('DJI', 'close', '10450.00', 'index points', '', '2003-12-29', '', '', 'close', "close('DJI','2003-12-29')", 'level', 'to 10450.00', None, ''),
     ('SPX', 'daily_change_points', '13.59', 'points', '', '2003-12-29', '1d', '', 'close', "chg('SPX','2003-12-29')", 'pts', 'up\n13.59', None, ''),
     ('SPX', 'close', '1109.48', 'index points', '', '2003-12-29', '', '', 'close', "close('SPX','2003-12-29')", 'level', 'to 1109.48', None, ''),
     ('DJI', 'daily_change_pct', '1.2', '%', 'around', '2003-12-29', '1d', '', 'close', "pct('DJI','2003-12-29')", 'pct', 'each rose around 1.2 percent', None, 'One phrase, two indexes: Dow 1.214%.'),
     ('SPX', 'daily_change_pct', '1.2', '%', 'around', '2003-12-29', '1d', '', 'close', "pct('SPX','2003-12-29')", 'pct', 'around 1.2', None, 'Same phrase: S&P 500 1.240%. Anchor shared with the Dow claim (the phrase covers both).'),
     ('CALENDAR', 'market_closed', 'true', 'flag', '', '2004-01-01', '', '', '', "not has_session('DJI','2004-01-01')", 'flag', "closed Thursday for New Year's Day", None, 'No session on 2004-01-01 (a Thursday) in any index file.'),
     ('IXIC', 'intraday_above_2000', 'true', 'flag', '', '2003-12-03', '', '', 'intraday high', "intraday_ge('IXIC','2003-12-03',2000) and close('IXIC','2003-12-03') < 2000", 'flag', 'on Dec. 3', None, '3-1/2 weeks before 2003-12-29 is about 2003-12-04; Dec. 3 fits.'),
     ('DJI', 'highest_close_since', '2002-03-21', 'date', '', '2003-12-29', '', '', 'close', "last_close_ge('DJI','2003-12-29')", 'since', 'March 21, 2002', None, ''),
     ('SPX', 'highest_close_since', '2002-04-19', 'date', '', '2003-12-29', '', '', 'close', "last_close_ge('SPX','2003-12-29')", 'since', 'April 19, 2002', None, ''),
     ('DJI', 'ytd_pct', '25', '%', 'more than', '2003-12-29', 'YTD', '', 'close', "ytd('DJI','2003-12-29')", 'pct', 'up more than 25 percent', None, ''),
     ('IXIC', 'ytd_pct', '50', '%', 'nearly', '2003-12-29', 'YTD', '', 'close', "ytd('IXIC','2003-12-29')", 'pct', 'up nearly 50 percent', None, ''),
     ('SPX', 'ytd_pct', '26', '%', 'about', '2003-12-29', 'YTD', '', 'close', "ytd('SPX','2003-12-29')", 'pct', 'about 26 percent', None, ''),
    ])

# 8 ---------------------------------------------------------------------------------------------
add('ap_20050630_investors_await_fed', 'spokesman.com',
    'https://www.spokesman.com/stories/2005/jun/30/investors-await-todays-fed-decision/', 'Associated Press (via The Spokesman-Review)',
    '2005-06-30', 'exact',
    'Paper of June 30, 2005 (URL); the session is Wednesday 2005-06-29, the Fed decision "today" is 2005-06-30.',
    "Investors await today's Fed decision. Nervous investors sent stocks lower Wednesday as they waited for the Federal "
    "Reserve's interest-rate decision, looking past a rise in U.S. oil inventories and a solid gain in gross domestic "
    "product. The Dow Jones industrial average fell 31.15, or 0.30 percent, to 10,374.48. The Dow gained 114.85 Tuesday. "
    "The Standard & Poor's 500 index was down 1.72, or 0.14 percent, at 1,199.85 and the Nasdaq composite index fell "
    "1.00, or 0.05 percent, to 2,068.89. Bonds were barely changed, with the yield on the 10-year Treasury note at 3.98 "
    "percent, up from 3.97 percent late Tuesday. Most investors expect the Fed to raise rates today, the ninth rate hike "
    "in a year.",
    [
     ('DJI', 'daily_change_points', '-31.15', 'points', '', '2005-06-29', '1d', '', 'close', "chg('DJI','2005-06-29')", 'pts', 'fell 31.15', None, ''),
     ('DJI', 'daily_change_pct', '-0.30', '%', '', '2005-06-29', '1d', '', 'close', "pct('DJI','2005-06-29')", 'pct', '0.30 percent', None, ''),
     ('DJI', 'close', '10,374.48', 'index points', '', '2005-06-29', '', '', 'close', "close('DJI','2005-06-29')", 'level', '10,374.48', None, ''),
     ('DJI', 'daily_change_points', '114.85', 'points', '', '2005-06-28', '1d', '', 'close', "chg('DJI','2005-06-28')", 'pts', 'gained 114.85 Tuesday', None, 'Tuesday 2005-06-28.'),
     ('SPX', 'daily_change_points', '-1.72', 'points', '', '2005-06-29', '1d', '', 'close', "chg('SPX','2005-06-29')", 'pts', 'down 1.72', None, ''),
     ('SPX', 'daily_change_pct', '-0.14', '%', '', '2005-06-29', '1d', '', 'close', "pct('SPX','2005-06-29')", 'pct', '0.14 percent', None, ''),
     ('SPX', 'close', '1,199.85', 'index points', '', '2005-06-29', '', '', 'close', "close('SPX','2005-06-29')", 'level', '1,199.85', None, ''),
     ('IXIC', 'daily_change_points', '-1.00', 'points', '', '2005-06-29', '1d', '', 'close', "chg('IXIC','2005-06-29')", 'pts', 'fell\n1.00', None, ''),
     ('IXIC', 'daily_change_pct', '-0.05', '%', '', '2005-06-29', '1d', '', 'close', "pct('IXIC','2005-06-29')", 'pct', '0.05 percent', None, ''),
     ('IXIC', 'close', '2,068.89', 'index points', '', '2005-06-29', '', '', 'close', "close('IXIC','2005-06-29')", 'level', '2,068.89', None, ''),
     ('US10Y', 'yield', '3.98', '%', '', '2005-06-29', '', '', 'late trading vs end of day', "rate('US10Y','2005-06-29')", 'pct', '3.98\npercent', None, 'FRED end-of-day DGS10 3.99; within the 2-decimal tolerance.'),
     ('US10Y', 'yield', '3.97', '%', '', '2005-06-28', '', '', 'late Tuesday vs end of day', "rate('US10Y','2005-06-28')", 'pct', 'up from 3.97 percent', None, ''),
     ('FEDFUNDS', 'expected_hike_count', '9', 'hikes', '', '2005-06-30', 'in a year', '', '', "fed_hikes_between('2004-06-01','2005-06-30')", 'manual', 'the ninth rate hike', 'forecast', 'An expectation for the 2005-06-30 meeting, not judged on the outcome. (The file shows a hike effective 2005-06-30, the ninth DFEDTAR increase since June 2004; the eighth before it came on 2005-05-03.)'),
    ])

# 9 ---------------------------------------------------------------------------------------------
add('ap_20050920_market_drops_ahead_of_fed', 'archives.starbulletin.com',
    'https://archives.starbulletin.com/2005/09/20/business/market.html', 'Associated Press (via Honolulu Star-Bulletin)',
    '2005-09-20', 'exact',
    'Paper of 2005-09-20 (URL); "yesterday" is Monday 2005-09-19; the Fed decision "today" is 2005-09-20.',
    "Market drops ahead of Fed rate decision. By Christopher Wang, Associated Press. NEW YORK - Stocks plummeted "
    "yesterday as fears of another hurricane hitting the Gulf Coast sent oil racing past $67 a barrel and investors grew "
    "anxious about the Federal Reserve's interest-rate meeting. Investors awaited the Fed's decision today on whether to "
    "raise rates again or halt its string of increases. Crude oil made its biggest one-day gain ever: light crude jumped "
    "$4.39 to $67.39 a barrel. At the close of trading, the Dow Jones industrial average dropped 84.31, or 0.79 percent, to "
    "10,557.63. The Standard & Poor's 500 index fell 6.89, or 0.56 percent, to 1,231.02, and the Nasdaq composite index "
    "sank 15.09, or 0.7 percent, to 2,145.26. Bonds rose, with the yield on the 10-year Treasury note sliding to 4.25 "
    "percent from 4.27 percent on Friday.",
    [
     ('FEDFUNDS', 'fomc_decision_day', '2005-09-20', 'date', '', '2005-09-20', '', '', '', "fomc_day('2005-09-20')", 'flag', "the Fed's decision today", None, 'FOMC_meetings.csv lists 2005-09-20.'),
     ('CRUDE', 'daily_change', '4.39', 'USD', '', '2005-09-19', '1d', '', 'settle', None, 'manual', 'jumped\n$4.39', 'unverifiable', 'Oil prices are not in the files.'),
     ('CRUDE', 'record_daily_gain', None, '', '', '2005-09-19', '', '', 'settle', None, 'manual', 'biggest one-day gain ever', 'unverifiable', 'Oil prices are not in the files.'),
     ('DJI', 'daily_change_points', '-84.31', 'points', '', '2005-09-19', '1d', '', 'close', "chg('DJI','2005-09-19')", 'pts', 'dropped 84.31', None, ''),
     ('DJI', 'daily_change_pct', '-0.79', '%', '', '2005-09-19', '1d', '', 'close', "pct('DJI','2005-09-19')", 'pct', '0.79 percent', None, ''),
     ('DJI', 'close', '10,557.63', 'index points', '', '2005-09-19', '', '', 'close', "close('DJI','2005-09-19')", 'level', '10,557.63', None, ''),
     ('SPX', 'daily_change_points', '-6.89', 'points', '', '2005-09-19', '1d', '', 'close', "chg('SPX','2005-09-19')", 'pts', 'fell 6.89', None, ''),
     ('SPX', 'daily_change_pct', '-0.56', '%', '', '2005-09-19', '1d', '', 'close', "pct('SPX','2005-09-19')", 'pct', '0.56 percent', None, ''),
     ('SPX', 'close', '1,231.02', 'index points', '', '2005-09-19', '', '', 'close', "close('SPX','2005-09-19')", 'level', '1,231.02', None, ''),
     ('IXIC', 'daily_change_points', '-15.09', 'points', '', '2005-09-19', '1d', '', 'close', "chg('IXIC','2005-09-19')", 'pts', 'sank 15.09', None, ''),
     ('IXIC', 'daily_change_pct', '-0.7', '%', '', '2005-09-19', '1d', '', 'close', "pct('IXIC','2005-09-19')", 'pct', 'or 0.7 percent', None, ''),
     ('IXIC', 'close', '2,145.26', 'index points', '', '2005-09-19', '', '', 'close', "close('IXIC','2005-09-19')", 'level', '2,145.26', None, ''),
     ('US10Y', 'yield', '4.25', '%', '', '2005-09-19', '', '', 'end of day', "rate('US10Y','2005-09-19')", 'pct', 'sliding to 4.25', None, ''),
     ('US10Y', 'yield', '4.27', '%', '', '2005-09-16', '', '', 'late Friday vs end of day', "rate('US10Y','2005-09-16')", 'pct', 'from 4.27 percent', None, 'FRED DGS10 for Friday 2005-09-16 is 4.26; within the 2-decimal tolerance.'),
    ])

# 10 --------------------------------------------------------------------------------------------
add('answers_20090102_dow_above_9000', 'answers.com',
    'https://www.answers.com/finance/Dow_Jones_average_January_1_1980', 'answers.com (citing a CNNMoney.com market report)',
    '2009-01-02', 'medium',
    'A Q&A page quoting "CNNMoney.com Market Report 02-01-09" (day-month-year, i.e. 2 January 2009); the page itself carries no date. The session is 2009-01-02.',
    "The Dow Jones Industrial Average closed at 9,034.69 on January 2, 2009. It was above 9000 for the first time since "
    "November 2008. (Source given: CNNMoney.com Market Report, 02-01-09.)",
    [
     ('DJI', 'close', '9,034.69', 'index points', '', '2009-01-02', '', '', 'close', "close('DJI','2009-01-02')", 'level', '9,034.69', None, ''),
     ('DJI', 'last_close_above_level', '2008-11', 'month', '', '2009-01-02', '', '', 'close', "last_close_ge('DJI','2009-01-02',9000)", 'since', 'November 2008', None, 'Last earlier close at or above 9,000.'),
    ])

# 11 --------------------------------------------------------------------------------------------
add('businessinsider_20100903_third_big_win', 'businessinsider.com.au',
    'https://www.businessinsider.com.au/third-big-win-for-the-bulls-heres-what-you-need-to-know-2010-9', 'Business Insider',
    '2010-09-03', 'high',
    'URL gives 2010-9; the text is the closing wrap of the day of the August jobs report (Friday 2010-09-03: 54K jobs lost, unemployment 9.6%, Hurricane Earl).',
    "Third big win for the bulls. The market surged on better-than-expected jobs data, capping a 5% rally from Tuesday "
    "lows. The scoreboard: Dow: +128, S&P 500: +14.4, NASDAQ: +33.7. The jobs report pushed futures up around 100 points "
    "before the open. Although 54K jobs were lost and unemployment rose to 9.6%, the report was taken as a good one.",
    [
     ('SPX', 'three_big_gains', 'true', 'flag', '', '2010-09-03', '2010-09-01..2010-09-03', '', 'close', "is_up('SPX','2010-09-01') and is_up('SPX','2010-09-02') and is_up('SPX','2010-09-03')", 'flag', 'Third big win', None, 'Up closes on Wednesday (+2.95%), Thursday (+0.91%) and Friday (+1.32%). The plain up-day streak is four (Tuesday +0.04%), which is not a "big" win; the claim is read as three straight sizeable gains.'),
     ('DJI', 'pct_from_intraday_low', '5', '%', '', '2010-09-03', 'Tuesday 2010-08-31 low to 2010-09-03 close', '', 'intraday low to close', "pct_from_intraday_low('DJI','2010-08-31','2010-09-03')", 'pct', 'a 5% rally from Tuesday', None, 'Index not named ("the market"). Read on the Dow (first on the scoreboard): Tuesday 2010-08-31 intraday low 9,941.84 to the Friday close, +5.09%. Other readings: S&P 500 from the Tuesday low +6.11% (imprecise), from the Tuesday close +5.26% (supported).'),
     ('DJI', 'daily_change_points', '128', 'points', '', '2010-09-03', '1d', '', 'close', "chg('DJI','2010-09-03')", 'pts', 'Dow: +128', None, ''),
     ('SPX', 'daily_change_points', '14.4', 'points', '', '2010-09-03', '1d', '', 'close', "chg('SPX','2010-09-03')", 'pts', 'S&P 500: +14.4', None, ''),
     ('IXIC', 'daily_change_points', '33.7', 'points', '', '2010-09-03', '1d', '', 'close', "chg('IXIC','2010-09-03')", 'pts', 'NASDAQ: +33.7', None, ''),
     ('US_JOBS', 'payrolls_change', '-54000', 'jobs', '', '2010-08', 'month', '', '', None, 'manual', '54K jobs', 'unverifiable', 'Payroll data are not in the files.'),
     ('US_UNEMPLOYMENT', 'rate', '9.6', '%', '', '2010-08', 'month', '', '', None, 'manual', '9.6%', 'unverifiable', 'Unemployment data are not in the files.'),
    ])

# 12 --------------------------------------------------------------------------------------------
add('worldpeoplenews_20110923_recession_fears_selloff', 'en.worldpeoplenews.com',
    'http://en.worldpeoplenews.com/news/business/2011-09/2130', 'worldpeoplenews (Associated Press text)', '2011-09-23', 'exact',
    'Page dated 2011-09-23; the session described is Thursday 2011-09-22; the Fed announcement "a day" earlier is the 2011-09-21 FOMC decision.',
    "Stocks close sharply down amid recession fears. 2011-09-23. Stocks closed sharply lower Thursday after investors "
    "sold with abandon, convinced that the U.S. and the world are heading for a new recession. The Dow Jones industrial "
    "average fell as much as 527 points, its second consecutive plunge since the Federal Reserve announced a change in "
    "strategy for fighting the slowdown. At the close, the Dow was down 391.01 points, or 3.5 percent, at 10,733.83. The "
    "Standard & Poor's 500 index fell 37.18, or 3.2 percent, to 1,129.58. The Nasdaq composite fell 82.52, or 3.3 "
    "percent, to 2,455.67. Nineteen stocks fell for every one that rose. Thursday's plunge came a day after the Fed "
    "announced its new strategy but warned of significant downside risks. An economist at Wells Fargo put his odds of a "
    "recession at 35 percent, the highest yet.",
    [
     ('DJI', 'intraday_max_loss_points', '-527', 'points', 'as much as', '2011-09-22', '1d', '', 'session low', "_r(low('DJI','2011-09-22')-prev_close('DJI','2011-09-22'),2)", 'pts', 'as much as 527 points', None, 'Session low 10,597.14 against the previous close 11,124.84: -527.70, within one unit.'),
     ('DJI', 'flag_down_prior_day', 'true', 'flag', '', '2011-09-21', '1d', '', 'close', "chg('DJI','2011-09-21') < -200", 'flag', 'second consecutive plunge', None, 'The Dow lost 283.82 on 2011-09-21 (FOMC day) and 391.01 on 2011-09-22.'),
     ('DJI', 'daily_change_points', '-391.01', 'points', '', '2011-09-22', '1d', '', 'close', "chg('DJI','2011-09-22')", 'pts', 'down 391.01', None, ''),
     ('DJI', 'daily_change_pct', '-3.5', '%', '', '2011-09-22', '1d', '', 'close', "pct('DJI','2011-09-22')", 'pct', 'or 3.5 percent', None, ''),
     ('DJI', 'close', '10,733.83', 'index points', '', '2011-09-22', '', '', 'close', "close('DJI','2011-09-22')", 'level', '10,733.83', None, ''),
     ('SPX', 'daily_change_points', '-37.18', 'points', '', '2011-09-22', '1d', '', 'close', "chg('SPX','2011-09-22')", 'pts', 'fell 37.18', None, 'File: -37.20 (close 1,129.56); 0.02 off, inside the 2-decimal tolerance.'),
     ('SPX', 'daily_change_pct', '-3.2', '%', '', '2011-09-22', '1d', '', 'close', "pct('SPX','2011-09-22')", 'pct', 'or 3.2 percent', None, ''),
     ('SPX', 'close', '1,129.58', 'index points', '', '2011-09-22', '', '', 'close', "close('SPX','2011-09-22')", 'level', '1,129.58', None, 'File close 1,129.56.'),
     ('IXIC', 'daily_change_points', '-82.52', 'points', '', '2011-09-22', '1d', '', 'close', "chg('IXIC','2011-09-22')", 'pts', 'fell 82.52', None, ''),
     ('IXIC', 'daily_change_pct', '-3.3', '%', '', '2011-09-22', '1d', '', 'close', "pct('IXIC','2011-09-22')", 'pct', '3.3\npercent', None, ''),
     ('IXIC', 'close', '2,455.67', 'index points', '', '2011-09-22', '', '', 'close', "close('IXIC','2011-09-22')", 'level', '2,455.67', None, ''),
     ('NYSE', 'breadth_ratio', '19', 'ratio', '', '2011-09-22', '', '', 'close', None, 'manual', 'Nineteen stocks fell for every one', 'unverifiable', 'Breadth is not in the files.'),
     ('FEDFUNDS', 'fomc_decision_day', '2011-09-21', 'date', '', '2011-09-21', '', '', '', "fomc_day('2011-09-21')", 'flag', 'a day after the Fed', None, 'FOMC_meetings.csv lists 2011-09-21.'),
     ('QUOTE', 'recession_odds', '35', '%', '', '2011-09-22', '', '', '', None, 'manual', 'odds of a\nrecession at 35 percent', 'forecast', "An economist's probability of a future recession."),
    ])

# 13 --------------------------------------------------------------------------------------------
add('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 'americanbanker.com',
    'https://www.americanbanker.com/news/us-stocks-rally-on-jobs-report-nasdaq-notches-best-close-in-11-years',
    'Dow Jones Newswires (via American Banker)', '2012-02-03', 'high',
    'No date in the stored text; the session is Friday 2012-02-03 (January jobs report: +243,000, unemployment 8.3%), checked against the files.',
    "U.S. Stocks Rally on Jobs Report; Nasdaq Notches Best Close in 11 Years. NEW YORK - Stocks rose after the economy "
    "added more jobs than expected last month, driving the Nasdaq Composite to an 11-year high and the Dow to its highest "
    "close in nearly four years. The Dow Jones Industrial Average advanced 156.82 points, or 1.2%, to 12862.23, ending "
    "the week with its best finish since May 19, 2008. The Standard & Poor's 500-stock index tacked on 19.36 points, or "
    "1.5%, to 1344.90, capping a fifth-straight weekly gain. The Nasdaq Composite gained 45.98 points, or 1.6%, to "
    "2905.66, its highest close since December 2000. All three major indexes are officially in a bull market as of "
    "Friday, defined as 20% or more above October's closing lows. The S&P 500, up 6.9% so far this year, and the Nasdaq, "
    "up 12%, are each off to their best starts to a year in over two decades. All 10 of the S&P 500's sectors rose "
    "Friday. Nonfarm payrolls rose 243,000 in January and the jobless rate fell from 8.5% to 8.3%.",
    [
     ('DJI', 'daily_change_points', '156.82', 'points', '', '2012-02-03', '1d', '', 'close', "chg('DJI','2012-02-03')", 'pts', 'advanced 156.82', None, ''),
     ('DJI', 'daily_change_pct', '1.2', '%', '', '2012-02-03', '1d', '', 'close', "pct('DJI','2012-02-03')", 'pct', 'or 1.2%', None, ''),
     ('DJI', 'close', '12862.23', 'index points', '', '2012-02-03', '', '', 'close', "close('DJI','2012-02-03')", 'level', 'to 12862.23', None, ''),
     ('DJI', 'highest_close_since', '2008-05-19', 'date', '', '2012-02-03', '', '', 'close', "last_close_ge('DJI','2012-02-03')", 'since', 'May 19, 2008', None, ''),
     ('DJI', 'years_since_higher_close', '4', 'years', 'nearly', '2012-02-03', '', '', 'close', "years_since_close_ge('DJI','2012-02-03')", 'years', 'nearly four years', None, 'Years since the last close at least as high (2008-05-19): 3.7 years; "nearly" allows one unit (a year) below.'),
     ('SPX', 'daily_change_points', '19.36', 'points', '', '2012-02-03', '1d', '', 'close', "chg('SPX','2012-02-03')", 'pts', 'tacked on 19.36', None, ''),
     ('SPX', 'daily_change_pct', '1.5', '%', '', '2012-02-03', '1d', '', 'close', "pct('SPX','2012-02-03')", 'pct', 'or\n1.5%', None, ''),
     ('SPX', 'close', '1344.90', 'index points', '', '2012-02-03', '', '', 'close', "close('SPX','2012-02-03')", 'level', 'to 1344.90', None, ''),
     ('SPX', 'weekly_up_streak', '5', 'weeks', '', '2012-02-03', 'weeks', '', 'close', "weekly_up_streak('SPX','2012-02-03')", 'count', 'fifth-straight weekly gain', None, ''),
     ('IXIC', 'daily_change_points', '45.98', 'points', '', '2012-02-03', '1d', '', 'close', "chg('IXIC','2012-02-03')", 'pts', 'gained 45.98', None, ''),
     ('IXIC', 'daily_change_pct', '1.6', '%', '', '2012-02-03', '1d', '', 'close', "pct('IXIC','2012-02-03')", 'pct', 'or 1.6%', None, ''),
     ('IXIC', 'close', '2905.66', 'index points', '', '2012-02-03', '', '', 'close', "close('IXIC','2012-02-03')", 'level', 'to\n2905.66', None, ''),
     ('IXIC', 'highest_close_since', '2000-12', 'month', '', '2012-02-03', '', '', 'close', "last_close_ge('IXIC','2012-02-03')", 'since', 'since December 2000', None, ''),
     ('DJI', 'pct_above_low', '20', '%', 'at least', '2012-02-03', 'October 2011 closing low to 2012-02-03', '', 'close', "pct_above_min_close('DJI','2012-02-03','2011-10-01','2011-10-31')", 'pct', 'All three major indexes are officially in a bull market', None, 'Dow against its lowest October 2011 close (2011-10-03).'),
     ('SPX', 'pct_above_low', '20', '%', 'at least', '2012-02-03', 'October 2011 closing low to 2012-02-03', '', 'close', "pct_above_min_close('SPX','2012-02-03','2011-10-01','2011-10-31')", 'pct', "20% or more above October's closing lows", None, 'S&P 500 against its lowest October 2011 close; same sentence as the Dow and Nasdaq claims (anchors split across the sentence).'),
     ('IXIC', 'pct_above_low', '20', '%', 'at least', '2012-02-03', 'October 2011 closing low to 2012-02-03', '', 'close', "pct_above_min_close('IXIC','2012-02-03','2011-10-01','2011-10-31')", 'pct', 'as of\nFriday', None, 'Nasdaq against its lowest October 2011 close.'),
     ('SPX', 'ytd_pct', '6.9', '%', '', '2012-02-03', 'YTD', '', 'close', "ytd('SPX','2012-02-03')", 'pct', 'up 6.9% so far this year', None, ''),
     ('IXIC', 'ytd_pct', '12', '%', '', '2012-02-03', 'YTD', '', 'close', "ytd('IXIC','2012-02-03')", 'pct', 'up 12%', None, ''),
     ('SPX', 'years_since_better_ytd_start', '20', 'years', 'more than', '2012-02-03', 'YTD to Feb 3', '', 'close', "2012 - ytd_rank_since('SPX','2012-02-03')", 'count', 'best starts to a year in over two decades', None, 'Years back to the last year whose YTD change to February 3 was at least as large as 2012\'s 6.94% (1987: 25 years). Applies to the S&P 500 and Nasdaq jointly; checked on the S&P 500 only.'),
     ('SPX_SECTORS', 'all_sectors_up', 'true', 'flag', '', '2012-02-03', '1d', '', 'close', None, 'manual', "All 10 of the S&P 500's sectors", 'unverifiable', 'S&P 500 sector indexes are not in the files.'),
     ('US_JOBS', 'payrolls_change', '243000', 'jobs', '', '2012-01', 'month', '', '', None, 'manual', '243,000', 'unverifiable', 'Payroll data are not in the files.'),
     ('US_UNEMPLOYMENT', 'rate', '8.3', '%', '', '2012-01', 'month', '', '', None, 'manual', 'from 8.5% to 8.3%', 'unverifiable', 'Unemployment data are not in the files.'),
    ])

# 14 --------------------------------------------------------------------------------------------
add('afp_20120203_stocks_cheer_jobs_data', 'd4ht0z304q9sr.cloudfront.net',
    'http://d4ht0z304q9sr.cloudfront.net/article/US-stocks-cheer-strong-jobs-data', 'AFP (syndicated copy)', '2012-02-03', 'high',
    'No date in the stored text; a Friday closing story on the January jobs report, i.e. 2012-02-03. Same session as americanbanker_20120203 (different outlet, a typo in the Dow close, yields).',
    "US stocks cheer strong jobs data. A strong January jobs report on Friday sent US stocks soaring and pushed the Dow "
    "to pre-crisis levels. The Dow Jones Industrial Average jumped 156.82 points (1.23 per cent) to finish at 12,860.23, "
    "its highest closing level since May 2008. The Nasdaq Composite added 45.98 (1.61 per cent) to 2,905.66, its best "
    "close since December 2000 and the dot.com collapse. The broad-based S&P 500 rose 19.36 (1.46 per cent) to 1,344.90. "
    "'The S&P 500 Index extended its best start to a year since 1989,' Wells Fargo Advisors analysts said. Bond prices "
    "slumped: the yield on the 10-year Treasury jumped to 1.95 per cent from 1.83 per cent on Thursday, while the 30-year "
    "surged to 3.15 from 3.01 per cent.",
    [
     ('DJI', 'daily_change_points', '156.82', 'points', '', '2012-02-03', '1d', '', 'close', "chg('DJI','2012-02-03')", 'pts', 'jumped 156.82 points', None, ''),
     ('DJI', 'daily_change_pct', '1.23', '%', '', '2012-02-03', '1d', '', 'close', "pct('DJI','2012-02-03')", 'pct', '1.23 per cent', None, ''),
     ('DJI', 'close', '12,860.23', 'index points', '', '2012-02-03', '', '', 'close', "close('DJI','2012-02-03')", 'level', '12,860.23', None, 'The close was 12,862.23 (and 12,705.41 + 156.82 = 12,862.23): a 2-point typo, inside 1% of the level.'),
     ('DJI', 'highest_close_since', '2008-05', 'month', '', '2012-02-03', '', '', 'close', "last_close_ge('DJI','2012-02-03')", 'since', 'since May 2008', None, ''),
     ('IXIC', 'daily_change_points', '45.98', 'points', '', '2012-02-03', '1d', '', 'close', "chg('IXIC','2012-02-03')", 'pts', 'added 45.98', None, ''),
     ('IXIC', 'daily_change_pct', '1.61', '%', '', '2012-02-03', '1d', '', 'close', "pct('IXIC','2012-02-03')", 'pct', '1.61 per cent', None, ''),
     ('IXIC', 'close', '2,905.66', 'index points', '', '2012-02-03', '', '', 'close', "close('IXIC','2012-02-03')", 'level', '2,905.66', None, ''),
     ('IXIC', 'highest_close_since', '2000-12', 'month', '', '2012-02-03', '', '', 'close', "last_close_ge('IXIC','2012-02-03')", 'since', 'best\nclose since December 2000', None, ''),
     ('SPX', 'daily_change_points', '19.36', 'points', '', '2012-02-03', '1d', '', 'close', "chg('SPX','2012-02-03')", 'pts', 'rose 19.36', None, ''),
     ('SPX', 'daily_change_pct', '1.46', '%', '', '2012-02-03', '1d', '', 'close', "pct('SPX','2012-02-03')", 'pct', '1.46 per cent', None, ''),
     ('SPX', 'close', '1,344.90', 'index points', '', '2012-02-03', '', '', 'close', "close('SPX','2012-02-03')", 'level', '1,344.90', None, ''),
     ('QUOTE', 'best_ytd_start_since_year', '1989', 'year', '', '2012-02-03', 'YTD', '', 'close', "ytd_rank_since('SPX','2012-02-03')", 'manual', 'best start to a year since 1989', 'not_checkable', 'Quoted analysts; the window ("start to a year") is not stated. For the record, the last year with a YTD gain to February 3 at least as large on the file is the computed value.'),
     ('US10Y', 'yield', '1.95', '%', '', '2012-02-03', '', '', 'late trading vs end of day', "rate('US10Y','2012-02-03')", 'pct', 'jumped to 1.95 per cent', None, 'FRED end-of-day DGS10 1.97; within the 2-decimal tolerance.'),
     ('US10Y', 'yield', '1.83', '%', '', '2012-02-02', '', '', 'late Thursday vs end of day', "rate('US10Y','2012-02-02')", 'pct', 'from 1.83 per cent on Thursday', None, 'FRED DGS10 for 2012-02-02 is 1.86; 0.03 off.'),
     ('US30Y', 'yield', '3.15', '%', '', '2012-02-03', '', '', '', None, 'manual', 'surged to 3.15', 'unverifiable', 'The 30-year yield is not in the files.'),
     ('US30Y', 'yield', '3.01', '%', '', '2012-02-02', '', '', '', None, 'manual', 'from 3.01 per cent', 'unverifiable', 'The 30-year yield is not in the files.'),
    ])

# 15 --------------------------------------------------------------------------------------------
add('marketwire_20120801_russell_qe_performance', 'marketwired.com',
    'http://www.marketwired.com/press-release/russell-indexes-us-equity-markets-have-had-mixed-performance-after-fomc-announcements-1686220.htm',
    'Russell Investments (press release via Marketwire)', '2012-08-01', 'exact',
    'Release dated August 01, 2012 11:17 ET; it looks back at windows after 2008-11-25 and 2010-11-03. Russell index returns in such releases are total returns.',
    "Russell Indexes: U.S. Equity Markets Have Had Mixed Performance After FOMC Announcements on Quantitative Easing. "
    "SEATTLE, WA (Marketwire - Aug 1, 2012) - U.S. equity markets have had mixed performance after the first two rounds "
    "of quantitative easing were announced. The first round, QE1, was announced by the Federal Reserve on November 25th, "
    "2008, and the second, QE2, on November 3rd, 2010. After QE1 was announced, the Russell 1000 Index of U.S. large cap "
    "stocks was initially positive, returning 2.7% for the month after the announcement, before turning negative, with "
    "a (-10.4%) return for the three months after it. The pattern was sharper among small caps: the Russell 2000 Index "
    "was up 7.8% in the month after the QE1 announcement but down (-10.9%) for the three months after it. After QE2 was "
    "announced, the Russell 1000 returned 2.8% for the month and 10.0% for the three months after the announcement.",
    [
     ('FEDFUNDS', 'fomc_decision_day', '2010-11-03', 'date', '', '2010-11-03', '', '', '', "fomc_day('2010-11-03')", 'flag', 'November 3rd, 2010', None, 'FOMC_meetings.csv lists 2010-11-03 (QE2 decision).'),
     ('FEDFUNDS', 'fed_announcement_day', '2008-11-25', 'date', '', '2008-11-25', '', '', '', "fomc_day('2008-11-25')", 'manual', 'November 25th,\n2008', 'unverifiable', 'The 2008-11-25 MBS/agency purchase announcement was not an FOMC rate decision; FOMC_meetings.csv has no entry for it (computed False), and balance-sheet programmes are not in the files. The headline calls both "FOMC announcements".'),
     ('R1000', 'window_total_return', '2.7', '%', '', '2008-12-25', '1 month after 2008-11-25', '', 'total return', None, 'manual', 'returning 2.7%', 'unverifiable', 'Russell 1000 is not in the files. Proxy only, not deciding: S&P 500 price change 2008-11-25 close to 2008-12-24 close +1.26%.'),
     ('R1000', 'window_total_return', '-10.4', '%', '', '2009-02-25', '3 months after 2008-11-25', '', 'total return', None, 'manual', '(-10.4%)', 'unverifiable', 'Russell 1000 is not in the files. Proxy only: S&P 500 price change 2008-11-25 to 2009-02-25 -10.79%.'),
     ('RUT', 'window_total_return', '7.8', '%', '', '2008-12-25', '1 month after 2008-11-25', '', 'total return', "pct_between('RUT','2008-11-25','2008-12-25')", 'manual', 'up 7.8%', 'unverifiable', 'Total return where only the price index is in the files, and the window start (announcement-day close or the prior close) is not stated. The computed value is the price change from the 2008-11-25 close to the last close on or before 2008-12-25; the dividend yield adds only a few tenths, so 7.8% is not reproduced by the price index from that start.'),
     ('RUT', 'window_total_return', '-10.9', '%', '', '2009-02-25', '3 months after 2008-11-25', '', 'total return', "pct_between('RUT','2008-11-25','2009-02-25')", 'manual', '(-10.9%)', 'unverifiable', 'Total return, window start not stated; the price change 2008-11-25 to 2009-02-25 close is the computed value.'),
     ('R1000', 'window_total_return', '2.8', '%', '', '2010-12-03', '1 month after 2010-11-03', '', 'total return', None, 'manual', 'returned 2.8%', 'unverifiable', 'Russell 1000 is not in the files. Proxy only: S&P 500 price change 2010-11-03 to 2010-12-03 +2.23%.'),
     ('R1000', 'window_total_return', '10.0', '%', '', '2011-02-03', '3 months after 2010-11-03', '', 'total return', None, 'manual', '10.0%', 'unverifiable', 'Russell 1000 is not in the files. Proxy only: S&P 500 price change 2010-11-03 to 2011-02-03 +9.11%.'),
    ])

# 16 --------------------------------------------------------------------------------------------
add('ap_20130511_small_stocks_week_beats_dow', 'heraldnet.com',
    'https://www.heraldnet.com/business/small-stocks-week-even-better-than-the-dows/', 'Associated Press (via The Daily Herald, Everett)',
    '2013-05-11', 'high',
    'Weekend paper story on the week ended Friday 2013-05-10 (Dow first above 15,000 on Tuesday 2013-05-07); the stored text carries no date.',
    "Small stocks' week even better than the Dow's. NEW YORK - Small was beautiful this week. The Dow Jones industrial "
    "average closed above 15,000 for the first time on Tuesday, then stayed above that milestone for the next three days. "
    "But an index of small-company stocks put the blue-chip gauge to shame: on Friday, the Russell 2000 closed the week up "
    "2.2 percent, more than double the Dow's gain. Investors like small stocks because they stand to gain more than large "
    "global companies if the U.S. economy keeps faring better than Europe and Asia. \"GDP growth was 2.5 percent in the "
    "first quarter,\" said a JPMorgan Funds strategist. On Friday, the Dow rose 35.87 points to close at 15,118.49 after "
    "flitting between gains and losses most of the day. Its meager gain of 0.2 percent was trumped by the 0.9 percent "
    "advance in the Russell 2000, which rose 8.90 points to 975.16. Both indexes, as well as the Standard & Poor's 500, "
    "closed at record highs. All three rose for a third straight week.",
    [
     ('DJI', 'first_close_above_level', '2013-05-07', 'date', '', '2013-05-07', '', '', 'close', "first_close_ge('DJI',15000)", 'date', 'closed above 15,000 for the first time on Tuesday', None, ''),
     ('DJI', 'held_above_level', 'true', 'flag', '', '2013-05-10', '2013-05-08..2013-05-10', '', 'close', "all_closes_gt('DJI','2013-05-08','2013-05-10',15000)", 'flag', 'next three days', None, ''),
     ('RUT', 'weekly_change_pct', '2.2', '%', '', '2013-05-10', 'week', '', 'close', "wtd('RUT','2013-05-10')", 'pct', 'closed the week up\n2.2 percent', None, 'Friday 2013-05-03 close to Friday 2013-05-10 close.'),
     ('RUT', 'weekly_outperformance_ratio', '2', 'ratio', 'more than', '2013-05-10', 'week', 'RUT vs DJI', 'close', "_r(wtd('RUT','2013-05-10')/wtd('DJI','2013-05-10'),4)", 'count', "more than double the Dow's gain", None, 'Ratio of the weekly percentage gains.'),
     ('US_GDP', 'q1_growth', '2.5', '%', '', '2013-03-31', 'quarter', '', '', None, 'manual', 'GDP growth was 2.5 percent', 'unverifiable', 'GDP is not in the files (quoted figure).'),
     ('DJI', 'daily_change_points', '35.87', 'points', '', '2013-05-10', '1d', '', 'close', "chg('DJI','2013-05-10')", 'pts', 'rose 35.87', None, ''),
     ('DJI', 'close', '15,118.49', 'index points', '', '2013-05-10', '', '', 'close', "close('DJI','2013-05-10')", 'level', '15,118.49', None, ''),
     ('DJI', 'daily_change_pct', '0.2', '%', '', '2013-05-10', '1d', '', 'close', "pct('DJI','2013-05-10')", 'pct', 'meager gain of 0.2 percent', None, ''),
     ('RUT', 'daily_change_pct', '0.9', '%', '', '2013-05-10', '1d', '', 'close', "pct('RUT','2013-05-10')", 'pct', '0.9 percent', None, ''),
     ('RUT', 'daily_change_points', '8.90', 'points', '', '2013-05-10', '1d', '', 'close', "chg('RUT','2013-05-10')", 'pts', 'rose 8.90', None, ''),
     ('RUT', 'close', '975.16', 'index points', '', '2013-05-10', '', '', 'close', "close('RUT','2013-05-10')", 'level', '975.16', None, ''),
     ('RUT', 'record_close', 'true', 'flag', '', '2013-05-10', '', '', 'close', "is_record_close('RUT','2013-05-10')", 'flag', 'Both indexes', None, ''),
     ('DJI', 'record_close', 'true', 'flag', '', '2013-05-10', '', '', 'close', "is_record_close('DJI','2013-05-10')", 'flag', 'closed at record highs', None, ''),
     ('SPX', 'record_close', 'true', 'flag', '', '2013-05-10', '', '', 'close', "is_record_close('SPX','2013-05-10')", 'flag', "as well as the Standard & Poor's 500", None, ''),
     ('DJI', 'weekly_up_streak', '3', 'weeks', '', '2013-05-10', 'weeks', '', 'close', "weekly_up_streak('DJI','2013-05-10')", 'count', 'All three rose', None, 'Dow weekly gains ending 2013-05-10.'),
     ('RUT', 'weekly_up_streak', '3', 'weeks', '', '2013-05-10', 'weeks', '', 'close', "weekly_up_streak('RUT','2013-05-10')", 'count', 'third straight week', None, 'Russell 2000 weekly gains ending 2013-05-10.'),
     ('SPX', 'weekly_up_streak', '3', 'weeks', '', '2013-05-10', 'weeks', '', 'close', "weekly_up_streak('SPX','2013-05-10')", 'count', 'for a third', None, 'S&P 500 weekly gains ending 2013-05-10 (same sentence as the Dow and Russell claims).'),
    ])
