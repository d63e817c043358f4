# Passage sources, condensed close paraphrases, and claims with their recipes.
# Each claim: (ticker, metric, value, unit, qualifier, ref_date, window, comparison, basis, anchor, recipe, judge, note)
# judge: 'num' (tolerance rules, qualifier from the claim), 'le'/'ge'... or a fixed verdict string with rule text.

P = []

def add(pid, site, url, outlet, published, conf, pnote, text, claims):
    P.append(dict(id=pid, site=site, url=url, outlet=outlet, published=published, conf=conf, pnote=pnote, text=text, claims=claims))

def C(t, metric, value, unit, anchor, recipe, judge='num', qualifier=None, ref_date=None, window=None, comparison=None, basis='close', note='', rule=None):
    return dict(index_or_ticker=t, metric=metric, value=value, unit=unit, qualifier=qualifier, ref_date=ref_date, window=window,
                comparison=comparison, basis=basis, anchor=anchor, recipe=recipe, judge=judge, note=note, rule=rule)

# 1 ---------------------------------------------------------------------------------------------
d = '1998-08-31'
add('irishtimes_19980901_russian_showdown', 'irishtimes.com',
    'https://irishtimes.com/business/russian-showdown-hits-index-1.188707', 'The Irish Times', '1998-09-01', 'high',
    'No date on the page; "yesterday" plus the figures match Monday 1998-08-31 in the files, so the piece ran on Tuesday 1998-09-01.',
    "Russian showdown hits index. The Dow Jones industrials in New York suffered their second-biggest point loss ever yesterday, as a parliamentary "
    "standoff in Russia and North Korea's apparent missile launch over part of Japan rattled investors. The blue-chip index shed 512.61 points - or "
    "6.4 per cent - to close at 7,539.07, erasing all of its gains for the year and leaving it nearly 20 per cent below its all-time closing high on "
    "July 17th of 9,337.97. The Dow ended 1997 at 7,908.25. Selling was broad and deep: the Standard and Poor's 500 fell 68.23 to 958.91 and the "
    "Nasdaq composite index dropped 140.53 to 1,499.15. Investors fled to bonds, pushing the 30-year Treasury bond yield down to 5.26 per cent.",
    [
     C('DJI', 'point_change_rank', 2, 'rank', 'second-biggest point loss ever', f"rank_move('DJI', '{d}', 'points')", 'U', ref_date=d, comparison='all-time',
       note='Second-largest point drop in the Dow file (after -554.20 on 1997-10-27), but the file starts in 1992, so "ever" needs history the files do not hold (the 1987-10-19 drop of 508 points is outside the file).',
       rule='history before a file starts'),
     C('DJI', 'point_change', -512.61, 'points', '512.61', f"chg('DJI', '{d}')", ref_date=d),
     C('DJI', 'pct_change', -6.4, '%', '6.4 per cent', f"pct('DJI', '{d}')", ref_date=d),
     C('DJI', 'close', 7539.07, 'index points', '7,539.07', f"close('DJI', '{d}')", ref_date=d),
     C('DJI', 'ytd_change_sign', 'below 1997 close', 'flag', 'erasing all of its gains for the year', f"to_date_pct('DJI', '{d}', 'Y') < 0", 'flagTrue', ref_date=d, window='YTD',
       note='Close 7,539.07 is below the 1997 year-end close (YTD about -4.7%).'),
     C('DJI', 'pct_from_ath', 20, '%', 'nearly 20 per cent', f"pct_below(max_close('DJI', '1992-01-01', '1998-08-28')[1], close('DJI', '{d}'))", qualifier='nearly', ref_date=d, comparison='record close 1998-07-17'),
     C('DJI', 'record_close', ['1998-07-17', 9337.97], 'date, level', "July 17th of 9,337.97", f"max_close('DJI', '1992-01-01', '1998-08-28')", 'list', ref_date=d,
       note='Highest close in the file before the session; the file starts 1992 and the Dow was far lower before that.'),
     C('DJI', 'close', 7908.25, 'index points', '7,908.25', "close('DJI', '1997-12-31')", 'S', ref_date='1997-12-31',
       note='The file has 7,908.30 (Yahoo rounded close); the official close is 7,908.25. Treated, like the dev corpus treats the 1997-10-27 drop, as a rounding difference of the data; a strict 0.025 tolerance would make it imprecise.',
       rule='within tolerance (rounding difference of the data)'),
     C('SPX', 'point_change', -68.23, 'points', '68.23', f"chg('SPX', '{d}')", ref_date=d, note='Probably an early figure; the final drop was 69.86.'),
     C('SPX', 'close', 958.91, 'index points', '958.91', f"close('SPX', '{d}')", ref_date=d, note='Final close 957.28.'),
     C('IXIC', 'point_change', -140.53, 'points', '140.53', f"chg('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'close', 1499.15, 'index points', '1,499.15', f"close('IXIC', '{d}')", ref_date=d),
     C('US30Y', 'yield', 5.26, '%', '5.26 per cent', 'None', 'U', ref_date=d, basis='end of day', note='No 30-year Treasury series in the files (only DGS10 and DGS2).', rule='series not in the files'),
    ])

# 2 ---------------------------------------------------------------------------------------------
d = '2000-05-15'
add('starbulletin_20000515_dow_soars_198', 'archives.starbulletin.com',
    'https://archives.starbulletin.com/2000/05/15/business/market.html', 'Associated Press (Honolulu Star-Bulletin)', '2000-05-15', 'exact',
    'Date in the URL; "today" is Monday 2000-05-15, the Fed meeting "tomorrow" is 2000-05-16.',
    "Dow soars 198. NEW YORK -- Stocks posted an unexpected advance today as investors bet that the Federal Reserve's meeting tomorrow will bring the "
    "central bank near the end of a year-long run of rate increases. The Dow Jones industrial average rose 198.41, or 1.9 percent, to close at 10,807.78. "
    "The Nasdaq composite index gained 78.59, or 2.2 percent, to 3,607.65, and the Standard & Poor's 500 rose 31.40 to 1,452.36. The Russell 2000 index "
    "climbed 6.87 points to 497.81. The 30-year Treasury bond's yield fell to 6.16 percent from 6.20 percent Friday. Volume was very light. The Fed's Open "
    "Market Committee is widely expected to raise rates for the sixth time since last June.",
    [
     C('DJI', 'point_change', 198.41, 'points', '198.41', f"chg('DJI', '{d}')", ref_date=d),
     C('DJI', 'pct_change', 1.9, '%', '1.9 percent', f"pct('DJI', '{d}')", ref_date=d),
     C('DJI', 'close', 10807.78, 'index points', '10,807.78', f"close('DJI', '{d}')", ref_date=d),
     C('IXIC', 'point_change', 78.59, 'points', '78.59', f"chg('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'pct_change', 2.2, '%', '2.2 percent', f"pct('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'close', 3607.65, 'index points', '3,607.65', f"close('IXIC', '{d}')", ref_date=d),
     C('SPX', 'point_change', 31.40, 'points', '31.40', f"chg('SPX', '{d}')", ref_date=d),
     C('SPX', 'close', 1452.36, 'index points', '1,452.36', f"close('SPX', '{d}')", ref_date=d),
     C('RUT', 'point_change', 6.87, 'points', '6.87', f"chg('RUT', '{d}')", ref_date=d),
     C('RUT', 'close', 497.81, 'index points', '497.81', f"close('RUT', '{d}')", ref_date=d),
     C('FEDFUNDS', 'fomc_meeting_date', '2000-05-16', 'date', 'meeting tomorrow', "fomc_meetings('2000-05-16', '2000-05-16')", 'listnonempty', ref_date='2000-05-16',
       note='FOMC_meetings.csv lists a decision on 2000-05-16, the day after the story.'),
     C('US30Y', 'yield', 6.16, '%', '6.16 percent', 'None', 'U', ref_date=d, basis='end of day', note='No 30-year Treasury series in the files.', rule='series not in the files'),
     C('FEDFUNDS', 'rate_hike_expected', 'sixth since June 1999', 'text', 'sixth time since last June', "target_changes('1999-06-01', '2000-05-16')", 'F', ref_date='2000-05-16',
       note='An expectation, not judged. The files show the Fed did raise the target on 2000-05-16, its sixth increase since June 1999 (to 6.5%).', rule='projection'),
    ])

# 3 ---------------------------------------------------------------------------------------------
d = '2000-11-30'
add('kitsapsun_20001201_nasdaq_leads_dive', 'products.kitsapsun.com',
    'https://products.kitsapsun.com/archive/2000/12-01/0072_markets__nasdaq_leads_wall_street.html', 'Kitsap Sun (wire report)', '2000-12-01', 'exact',
    'Date in the URL; the story covers Thursday 2000-11-30.',
    "MARKETS: Nasdaq leads Wall Street dive. NEW YORK - Wall Street recoiled Thursday on fears that earnings and the economy could get worse, and at one "
    "point the battered Nasdaq composite index sank to more than 50 percent off its record high close. A holiday-sales warning from Gateway set off the "
    "tech selloff, which also pulled the Dow Jones industrials down more than 300 points before a final-hour rebound trimmed the losses. The Nasdaq closed "
    "down 109.00 at 2,597.93, a 4 percent loss. Early in the afternoon the index fell as low as 2,523.04 - about half its March 10 closing record of "
    "5,048.62. The Nasdaq, which has fallen in nine out the last 10 sessions, is trading at its lowest levels since early August 1999. It also lost 23 "
    "percent of its value during November. The Dow closed down 2 percent.",
    [
     C('IXIC', 'pct_from_ath_intraday', 50, '%', 'more than 50 percent off', f"pct_below(max_close('IXIC', '1971-01-01', '{d}')[1], low('IXIC', '{d}'))", qualifier='more than', ref_date=d, basis='intraday low',
       note='Session low 2,523.04 against the 5,048.62 record close: 50.02% below.'),
     C('DJI', 'intraday_point_change', -300, 'points', 'down more than 300 points', f"intraday_vs_prev('DJI', '{d}', 'low')", 'lt', qualifier='more than', ref_date=d, basis='intraday low',
       note='Session low 336.72 points under the previous close.'),
     C('IXIC', 'point_change', -109.00, 'points', '109.00', f"chg('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'close', 2597.93, 'index points', '2,597.93', f"close('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'pct_change', -4, '%', 'a 4 percent loss', f"pct('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'intraday_low', 2523.04, 'index points', '2,523.04', f"low('IXIC', '{d}')", ref_date=d, basis='intraday low'),
     C('IXIC', 'record_close', ['2000-03-10', 5048.62], 'date, level', 'March 10 closing record of', f"max_close('IXIC', '1971-01-01', '{d}')", 'list', ref_date=d),
     C('IXIC', 'pct_of_record_intraday', 50, '%', 'about half', f"r2(low('IXIC', '{d}') / max_close('IXIC', '1971-01-01', '{d}')[1] * 100, 3)", qualifier='about', ref_date=d, basis='intraday low',
       note='The low is 49.98% of the record close ("about half").'),
     C('IXIC', 'down_sessions_count', 9, 'sessions', 'nine out the last 10 sessions', f"count_moves('IXIC', '{d}', 10, -1)", ref_date=d, window='last 10 sessions'),
     C('IXIC', 'lowest_since', 'early August 1999', 'date', 'lowest levels since early August 1999', f"last_close_at_most('IXIC', '{d}')", 'S', ref_date=d,
       note='Last lower close: 1999-08-12 (2,549.49); the session low 2,523.04 was last undercut on 1999-08-11 (intraday low 2,490.11). August 12 is in the first half of the month; a strict reading of "early August" as Aug 1-10 would put the claimed date before the true one (contradicted by the dev rule).',
       rule='lowest since X: X is the month of the last lower close'),
     C('IXIC', 'mtd_change', -23, '%', 'lost 23', f"to_date_pct('IXIC', '{d}', 'M')", ref_date=d, window='November 2000 (MTD from Oct 31 close)'),
     C('DJI', 'pct_change', -2, '%', 'The Dow closed down 2 percent', f"pct('DJI', '{d}')", ref_date=d),
    ])

# 4 ---------------------------------------------------------------------------------------------
d = '2002-06-26'
add('semissourian_20020626_worldcom_dow_below_9000', 'semissourian.com',
    'https://semissourian.com/news/dow-drops-below-9000-as-worldcom-scandal-sends-stocks-tumbling-79296', 'Associated Press (Southeast Missourian)', '2002-06-26', 'exact',
    'Page dated June 26, 2002; the session is Wednesday 2002-06-26 (closing figures "according to preliminary calculations").',
    "AP Business Writer. NEW YORK (AP) -- Shaken by another accounting scandal, this time at WorldCom, investors dumped stocks Wednesday, with the Dow "
    "Jones industrials dropping as much as 200 points and below 9,000 for the first time since October, before the indexes clawed back most of their "
    "losses in the final hour. After falling as much as 200.25, the Dow closed down just 6.71, or 0.1 percent, at 9,120.11, according to preliminary "
    "calculations. The Dow sank 155 Tuesday, its fourth triple-digit loss in the past five sessions. The Dow hadn't traded below 9,000 since Oct. 10, and "
    "last closed below that milestone on Oct. 2, when it reached 8,946.56. The Nasdaq rose 5.34, or 0.4 percent, to 1,429.33, after trading for much of "
    "the day below its post-Sept. 11 closing low of 1,423.19, reached Sept. 21. The Standard & Poor's 500 index fell 2.60, or 0.3 percent, to 973.54, "
    "also spending much of the session below its Sept. 21 low close of 960.63.",
    [
     C('DJI', 'intraday_point_change', -200.25, 'points', 'After falling as much as 200.25', f"intraday_vs_prev('DJI', '{d}', 'low')", qualifier='as much as', ref_date=d, basis='intraday low'),
     C('DJI', 'lowest_intraday_since', 'October 2001', 'date', 'below 9,000 for the first time since October', f"last_low_below('DJI', '{d}', 9000)", 'S', ref_date=d, basis='intraday low',
       note='Session low 8,926.57; the last earlier session low under 9,000 was 2001-10-05 (October).', rule='since X: X is the month of the last session below the level'),
     C('DJI', 'point_change', -6.71, 'points', 'closed down just 6.71', f"chg('DJI', '{d}')", ref_date=d),
     C('DJI', 'pct_change', -0.1, '%', '0.1 percent', f"pct('DJI', '{d}')", ref_date=d),
     C('DJI', 'close', 9120.11, 'index points', '9,120.11', f"close('DJI', '{d}')", ref_date=d),
     C('DJI', 'point_change', -155, 'points', 'The Dow sank 155 Tuesday', "chg('DJI', '2002-06-25')", ref_date='2002-06-25'),
     C('DJI', 'count_triple_digit_losses', 4, 'sessions', 'fourth triple-digit loss', "count_moves('DJI', '2002-06-25', 5, -1, 100)", ref_date='2002-06-25', window='five sessions to Tuesday 2002-06-25',
       note='2002-06-19 -144.55, 06-20 -129.80, 06-21 -177.98, 06-25 -155.00 (06-24 was a gain). Counting the five sessions to Wednesday instead gives 3.'),
     C('DJI', 'last_intraday_below', '2001-10-10', 'date', "hadn't traded below 9,000 since Oct. 10", f"last_low_below('DJI', '{d}', 9000)", 'sinceLater', ref_date=d, basis='intraday low',
       note='The file (Yahoo intraday lows) last shows a low under 9,000 on 2001-10-05; Oct. 10 is later than that, so the "since" is understated.'),
     C('DJI', 'last_close_below', '2001-10-02', 'date', 'last closed below that milestone on Oct. 2', f"last_close_at_most('DJI', '{d}', 9000)", 'dateEq', ref_date=d),
     C('DJI', 'close', 8946.56, 'index points', '8,946.56', "close('DJI', '2001-10-02')", ref_date='2001-10-02', note='The file has 8,950.59 for 2001-10-02.'),
     C('IXIC', 'point_change', 5.34, 'points', '5.34', f"chg('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'pct_change', 0.4, '%', '0.4 percent', f"pct('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'close', 1429.33, 'index points', '1,429.33', f"close('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'lowest_close_since_event', ['2001-09-21', 1423.19], 'date, level', 'closing low of 1,423.19, reached Sept. 21', "min_close('IXIC', '2001-09-11', '2002-06-25')", 'list', ref_date='2001-09-21'),
     C('SPX', 'point_change', -2.60, 'points', 'fell 2.60', f"chg('SPX', '{d}')", ref_date=d),
     C('SPX', 'pct_change', -0.3, '%', '0.3 percent', f"pct('SPX', '{d}')", ref_date=d),
     C('SPX', 'close', 973.54, 'index points', '973.54', f"close('SPX', '{d}')", ref_date=d),
     C('SPX', 'close', 960.63, 'index points', '960.63', "close('SPX', '2001-09-21')", ref_date='2001-09-21',
       note='The S&P 500 closed at 965.80 on 2001-09-21, its post-attack closing low; 960.63 is not a close in the file.'),
    ])

# 5 ---------------------------------------------------------------------------------------------
d = '2003-06-30'
add('informationweek_20030630_inauspicious_quarter_end', 'dreamspp.online',
    'https://dreamspp.online/it-leadership/tech-stocks-inauspicious-end-of-glorious-quarter', 'InformationWeek (repost)', '2003-06-30', 'exact',
    'Dated June 30, 2003 on the page; the session is Monday 2003-06-30, the last day of the second quarter.',
    "TECH STOCKS: Inauspicious End Of Glorious Quarter. Monday struck a sour note to close the markets' best quarter in more than four years, with the "
    "indexes ending slightly lower in volatile, thin trading. Chip stocks bucked the tech slide. The Nasdaq-100 tracking stock (QQQ) closed at $29.90, "
    "up 7 cents, or 0.2%. The Nasdaq fell 2.45 points, or 0.2%, to 1,622.81. The Dow fell 3.61 points, or 0.04%, to close at 8,985.44, while the S&P 500 "
    "fell 1.72 points, or 0.2%, to 974.5.",
    [
     C('SPX', 'best_quarter_since', 'more than four years', 'period', "best quarter in more than four years", f"best_quarter_since('SPX', '{d}')", 'S', ref_date=d, window='2003 Q2',
       note='S&P 500 Q2 2003 +14.89%, best since Q4 1998 (+20.87%), four and a half years earlier. Decided on the S&P 500; the Dow (+12.43%) and Nasdaq (+21.00%) both had a better quarter in Q4 2001.',
       rule='best since X: X is the last quarter with a gain at least as large'),
     C('QQQ', 'close', 29.90, 'USD', '$29.90', f"close('QQQ', '{d}')", ref_date=d, note='The file has 29.95 for QQQ on 2003-06-30.'),
     C('QQQ', 'price_change', 7, 'cents', 'up 7 cents', f"r2(chg('QQQ', '{d}') * 100)", ref_date=d, note='The file has +12 cents (29.83 to 29.95); the figures may come from an earlier print.'),
     C('QQQ', 'pct_change', 0.2, '%', 'or 0.2%. The Nasdaq', f"pct('QQQ', '{d}')", ref_date=d, note='File: +0.40%.'),
     C('IXIC', 'point_change', -2.45, 'points', '2.45 points', f"chg('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'pct_change', -0.2, '%', 'or 0.2%, to 1,622.81', f"pct('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'close', 1622.81, 'index points', '1,622.81', f"close('IXIC', '{d}')", ref_date=d),
     C('DJI', 'point_change', -3.61, 'points', '3.61 points', f"chg('DJI', '{d}')", ref_date=d),
     C('DJI', 'pct_change', -0.04, '%', '0.04%', f"pct('DJI', '{d}')", ref_date=d),
     C('DJI', 'close', 8985.44, 'index points', '8,985.44', f"close('DJI', '{d}')", ref_date=d),
     C('SPX', 'point_change', -1.72, 'points', '1.72 points', f"chg('SPX', '{d}')", ref_date=d),
     C('SPX', 'pct_change', -0.2, '%', 'or 0.2%, to 974.5', f"pct('SPX', '{d}')", ref_date=d),
     C('SPX', 'close', 974.5, 'index points', '974.5', f"close('SPX', '{d}')", ref_date=d),
    ])

# 6 ---------------------------------------------------------------------------------------------
d = '2004-01-07'
add('brecorder_20040109_nasdaq_two_half_year_high', 'brecorder.com',
    'https://brecorder.com/news/amp/3002873', 'Business Recorder (Reuters)', '2004-01-09', 'exact',
    'Page dated 09 Jan 2004; the story is about Wednesday 2004-01-07.',
    "Nasdaq at new 2-1/2-year high; Dow slips. The technology-laden Nasdaq rose for the fourth straight session to its highest close in 2-1/2 years on "
    "Wednesday, helped by a bullish brokerage call on Intel Corp. Blue chips ended slightly lower as investors stayed cautious ahead of earnings and "
    "economic data. The Nasdaq Composite Index added 20.31 points, or 0.99 percent, to 2,077.68, its highest close since August 2, 2001. The Dow Jones "
    "industrial average ended down 9.63 points, or 0.09 percent, at 10,529.03, according to the latest available data. The broader Standard & Poor's 500 "
    "Index rose 2.66 points, or 0.24 percent, to 1,126.33.",
    [
     C('IXIC', 'up_streak', 4, 'sessions', 'fourth straight session', f"streak('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'highest_since', '2-1/2 years', 'period', 'highest close in 2-1/2 years', f"last_close_at_least('IXIC', '{d}')", 'S', ref_date=d,
       note='Last higher close 2001-08-02, about 2 years 5 months earlier.', rule='highest since X: period matches the last higher close'),
     C('IXIC', 'point_change', 20.31, 'points', '20.31', f"chg('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'pct_change', 0.99, '%', '0.99 percent', f"pct('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'close', 2077.68, 'index points', '2,077.68', f"close('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'highest_since_date', '2001-08-02', 'date', 'highest close since August 2, 2001', f"last_close_at_least('IXIC', '{d}')", 'dateEq', ref_date=d),
     C('DJI', 'point_change', -9.63, 'points', '9.63', f"chg('DJI', '{d}')", ref_date=d),
     C('DJI', 'pct_change', -0.09, '%', '0.09 percent', f"pct('DJI', '{d}')", ref_date=d),
     C('DJI', 'close', 10529.03, 'index points', '10,529.03', f"close('DJI', '{d}')", ref_date=d),
     C('SPX', 'point_change', 2.66, 'points', '2.66', f"chg('SPX', '{d}')", ref_date=d),
     C('SPX', 'pct_change', 0.24, '%', '0.24 percent', f"pct('SPX', '{d}')", ref_date=d),
     C('SPX', 'close', 1126.33, 'index points', '1,126.33', f"close('SPX', '{d}')", ref_date=d),
    ])

# 7 ---------------------------------------------------------------------------------------------
d = '2004-04-30'
add('irishexaminer_20040430_tech_drags_wall_street', 'irishexaminer.com',
    'https://www.irishexaminer.com/business/arid-30145413.html', 'Irish Examiner (AP)', '2004-04-30', 'medium',
    'No date on the page. The closing figures (Nasdaq 1,920.15, Dow 10,225.57, S&P 500 1,107.30) match only Friday 2004-04-30 in the files; ChevronTexaco and Procter & Gamble reported that day.',
    "Tech stocks pull Wall Street down. Sliding technology shares dragged the rest of Wall Street lower today, closing a difficult week on a dismal note "
    "and handing the Nasdaq composite index its biggest weekly decline in two-and-a-half years. Blue chips gave up moderate gains as interest-rate fears "
    "again overshadowed solid earnings from ChevronTexaco Corp and Procter & Gamble Co. The Nasdaq suffered its fifth consecutive loss, tumbling 38.63, "
    "or 2%, to 1,920.15, according to preliminary calculations. That left the Nasdaq with a 6.4% decline for the week, its worst performance since a "
    "nearly 6.5% slide in the week ended October 18, near the lowest point in the bear market. The Dow Jones industrials closed down 46.70, or 0.5%, at "
    "10,225.57, while the Standard & Poor's 500 index finished down 6.59, or 0.6%, at 1,107.30. For the week, the Dow lost 2.4% and the S&P slipped 2.9%.",
    [
     C('IXIC', 'worst_week_since', 'two-and-a-half years', 'period', 'biggest weekly decline in two-and-a-half years', f"worst_week_since('IXIC', '{d}')", 'C', ref_date=d, window='week to 2004-04-30',
       note='Weekly loss -6.32% (Friday to Friday); the last week with a larger loss ended 2002-04-26 (-7.40%), two years earlier, so "two-and-a-half years" overstates the span.',
       rule='biggest since X: X earlier than the last week as large'),
     C('IXIC', 'down_streak', -5, 'sessions', 'fifth consecutive loss', f"streak('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'point_change', -38.63, 'points', '38.63', f"chg('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'pct_change', -2, '%', 'or 2%', f"pct('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'close', 1920.15, 'index points', '1,920.15', f"close('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'week_change', -6.4, '%', '6.4% decline', f"to_date_pct('IXIC', '{d}', 'W')", ref_date=d, window='week (Friday 2004-04-23 close to 2004-04-30)'),
     C('IXIC', 'worst_week_since_date', 'week ended October 18 (2002)', 'date', 'week ended October 18', f"worst_week_since('IXIC', '{d}')", 'C', ref_date=d,
       note='The week ended 2002-10-18 was a Nasdaq gain (+6.39%); the last weekly loss at least as large as this week\'s ended 2002-04-26 (-7.40%). No week ended October 18 inside the two-and-a-half-year span was a decline of nearly 6.5%.',
       rule='biggest since X: wrong date'),
     C('IXIC', 'week_change', -6.5, '%', 'nearly 6.5% slide', "to_date_pct('IXIC', '2002-10-18', 'W')", 'C', qualifier='nearly', ref_date='2002-10-18', window='week ended 2002-10-18',
       note='That week the Nasdaq rose 6.39%; the sign is wrong.', rule='further off (wrong sign)'),
     C('DJI', 'point_change', -46.70, 'points', '46.70', f"chg('DJI', '{d}')", ref_date=d),
     C('DJI', 'pct_change', -0.5, '%', 'or 0.5%', f"pct('DJI', '{d}')", ref_date=d),
     C('DJI', 'close', 10225.57, 'index points', '10,225.57', f"close('DJI', '{d}')", ref_date=d),
     C('SPX', 'point_change', -6.59, 'points', '6.59', f"chg('SPX', '{d}')", ref_date=d),
     C('SPX', 'pct_change', -0.6, '%', 'or 0.6%', f"pct('SPX', '{d}')", ref_date=d),
     C('SPX', 'close', 1107.30, 'index points', '1,107.30', f"close('SPX', '{d}')", ref_date=d),
     C('DJI', 'week_change', -2.4, '%', 'the Dow lost 2.4%', f"to_date_pct('DJI', '{d}', 'W')", ref_date=d, window='week'),
     C('SPX', 'week_change', -2.9, '%', 'the S&P slipped 2.9%', f"to_date_pct('SPX', '{d}', 'W')", ref_date=d, window='week'),
    ])

# 8 ---------------------------------------------------------------------------------------------
d = '2006-01-09'
add('sunsentinel_20060110_dow_tops_11000', 'articles.orlandosentinel.com',
    'http://articles.orlandosentinel.com/2006-01-10/news/MARKETS10_1_1_dow-industrial-average-stock-market', 'South Florida Sun-Sentinel (Orlando Sentinel)', '2006-01-10', 'exact',
    'Dated January 10, 2006; the session is Monday 2006-01-09; "last week" is 2006-01-03..01-06.',
    "Dow industrial average tops 11,000. The Dow Jones industrial average finished above 11,000 on Monday, something it had not done since the summer of "
    "2001. The close at 11,011.90, up 52.59 points, extended a strong start to 2006. The Dow surged 241 points last week alone. The index peaked during the "
    "technology boom at 11,722.98 in January 2000, then slid as tech stocks crashed, and after the Sept. 11 attacks it reached its post-9-11 low of "
    "7,286.27 on Oct. 9, 2002.",
    [
     C('DJI', 'last_close_above', 'summer of 2001', 'date', 'since the summer of', f"last_close_at_least('DJI', '{d}', 11000)", 'S', ref_date=d,
       note='Last earlier close above 11,000: 2001-06-07 (11,090.74). Early June counts as summer in the ordinary sense; on the astronomical calendar it would be late spring.',
       rule='since X: X matches the last close above the level'),
     C('DJI', 'close', 11011.90, 'index points', '11,011.90', f"close('DJI', '{d}')", ref_date=d),
     C('DJI', 'point_change', 52.59, 'points', '52.59', f"chg('DJI', '{d}')", ref_date=d),
     C('DJI', 'week_change_points', 241, 'points', 'surged 241 points', "to_date_chg('DJI', '2006-01-06', 'W')", 'I', ref_date='2006-01-06', window='week to 2006-01-06',
       note='The week gain was 241.81 points; "241" truncates it (dev rule: a truncated figure is imprecise).', rule='truncated figure'),
     C('DJI', 'record_close', ['2000-01-14', 11722.98], 'date, level', '11,722.98 in January 2000', f"max_close('DJI', '1992-01-01', '{d}')", 'list', ref_date=d),
     C('DJI', 'post_911_low', ['2002-10-09', 7286.27], 'date, level', '7,286.27 on Oct. 9, 2002', f"min_close('DJI', '2001-09-11', '{d}')", 'list', ref_date='2002-10-09'),
    ])

# 9 ---------------------------------------------------------------------------------------------
d = '2007-08-09'
add('newser_20070809_dow_tumbles_387', 'newser.com',
    'https://img2-azcdn.newser.com/story/5588/dow-tumbles-over-380-points.html', 'Newser', '2007-08-09', 'high',
    'No date in the text; the figures (Dow -387.18 to 13,270.68, BNP Paribas fund freeze) match Thursday 2007-08-09.',
    "Dow tumbles over 380 points. The Dow Jones lost nearly 3% of its value today, falling 387.18 points to 13,270.68 in the second-worst drumming of the "
    "calendar year. BNP Paribas froze funds hit by the US credit market and Chinese exchanges slumped overnight, and liquidity fears did the rest. The S&P "
    "sank 44.40 to 1,453.09 and the Nasdaq dropped 56.49 to end at 2,556.49. A measure of stock market volatility hit a four-year high.",
    [
     C('DJI', 'pct_change', -3, '%', 'nearly 3%', f"pct('DJI', '{d}')", qualifier='nearly', ref_date=d),
     C('DJI', 'point_change', -387.18, 'points', '387.18', f"chg('DJI', '{d}')", ref_date=d),
     C('DJI', 'close', 13270.68, 'index points', '13,270.68', f"close('DJI', '{d}')", ref_date=d),
     C('DJI', 'point_drop_rank_ytd', 2, 'rank', 'second-worst drumming of the calendar year', f"rank_move('DJI', '{d}', 'points', '2007-01-01')", ref_date=d, window='2007',
       note='Only 2007-02-27 (-416.02) was a bigger point drop in 2007.'),
     C('SPX', 'point_change', -44.40, 'points', '44.40', f"chg('SPX', '{d}')", ref_date=d),
     C('SPX', 'close', 1453.09, 'index points', '1,453.09', f"close('SPX', '{d}')", ref_date=d),
     C('IXIC', 'point_change', -56.49, 'points', 'dropped 56.49', f"chg('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'close', 2556.49, 'index points', 'end at 2,556.49', f"close('IXIC', '{d}')", ref_date=d),
     C('VIX', 'highest_since', 'four years', 'period', 'four-year high', f"last_close_at_least('VIX', '{d}')", 'S', ref_date=d,
       note='VIX closed at 26.48; the last higher close was 2003-04-09 (about four years and four months). The session high 26.90 was last exceeded in April 2003 as well.',
       rule='highest since X: period matches the last higher close'),
    ])

# 10 --------------------------------------------------------------------------------------------
d = '2007-08-03'
add('volokh_20070803_sp500_second_worst_day', 'volokh.com',
    'https://volokh.com/2007/08/03/sp-500-has-second-worst-day-since-early-2003', 'The Volokh Conspiracy (blog)', '2007-08-03', 'exact',
    'Date in the URL; the session is Friday 2007-08-03; "last Thursday" is 2007-07-26.',
    "S&P 500 has second-worst day since early 2003. By Friday's final figures the S&P 500 ended down 2.66%, just edging out last Thursday's 2.64% drop for "
    "the second worst day in the S&P 500 since early 2003. The NASDAQ fell 2.51%; the Dow was down \"only\" 2.09%. That leaves the S&P 500 up only 1% for "
    "the year, while the NASDAQ is up 4% and the Dow is up 5.7%. Some TV commentators urged Fed Chair Bernanke to repeat Greenspan's 1998 response.",
    [
     C('SPX', 'pct_change', -2.66, '%', 'ended down 2.66%', f"pct('SPX', '{d}')", ref_date=d),
     C('SPX', 'pct_change', -2.64, '%', "last Thursday's 2.64% drop", "pct('SPX', '2007-07-26')", ref_date='2007-07-26',
       note='The S&P 500 fell 2.33% on 2007-07-26 (1,518.09 to 1,482.66).'),
     C('SPX', 'worst_day_rank_since', 'second worst since early 2003', 'rank', 'second worst day in the S&P 500 since early 2003', f"drops_at_least('SPX', '2003-01-01', '{d}', pct('SPX', '{d}'))", 'S', ref_date=d,
       note='Daily drops at least as large since 2003: 2003-01-24, 2003-03-24 (early 2003), 2007-02-27 and this one, so it is the second worst after early 2003. The ordering claim against July 26 ("edging out") also holds, since that drop was smaller.',
       rule='rank among moves since X'),
     C('IXIC', 'pct_change', -2.51, '%', '2.51%', f"pct('IXIC', '{d}')", ref_date=d),
     C('DJI', 'pct_change', -2.09, '%', '2.09%', f"pct('DJI', '{d}')", ref_date=d),
     C('SPX', 'ytd_change', 1, '%', 'up only 1%', f"to_date_pct('SPX', '{d}', 'Y')", ref_date=d, window='YTD'),
     C('IXIC', 'ytd_change', 4, '%', 'NASDAQ is up 4%', f"to_date_pct('IXIC', '{d}', 'Y')", ref_date=d, window='YTD'),
     C('DJI', 'ytd_change', 5.7, '%', 'Dow is up 5.7%', f"to_date_pct('DJI', '{d}', 'Y')", ref_date=d, window='YTD'),
    ])

# 11 --------------------------------------------------------------------------------------------
d = '2008-06-25'
add('seattletimes_20080625_fed_holds_boeing', 'seattletimes.com',
    'https://www.seattletimes.com/business/stocks-close-up-slightly-after-fed-decision-boeing-downgrade/', 'Associated Press (The Seattle Times)', '2008-06-25', 'high',
    'No date in the text; the Fed decision holding the target at 2 percent and the closing figures match Wednesday 2008-06-25.',
    "NEW YORK - Wall Street finished an erratic day with a small gain today after the Federal Reserve kept interest rates unchanged and gave a mixed reading "
    "of the economy. The Dow Jones industrial average closed up 4.40 at 11,811.83 after initially rising more than 100 points after the Fed announcement. "
    "A steep drop in Boeing weighed on the Dow. The Standard & Poor's 500 index rose 7.68 to 1,321.97, and the Nasdaq composite index rose 32.98 to "
    "2,401.26. After a two-day meeting the central bank kept its target for the federal funds rate at 2 percent. It was the first time in 10 months that the "
    "central bank did not cut rates - last summer, the key rate was above 5 percent.",
    [
     C('DJI', 'point_change', 4.40, 'points', '4.40', f"chg('DJI', '{d}')", ref_date=d),
     C('DJI', 'close', 11811.83, 'index points', '11,811.83', f"close('DJI', '{d}')", ref_date=d),
     C('DJI', 'intraday_point_change', 100, 'points', 'initially rising more than 100 points', f"intraday_vs_prev('DJI', '{d}', 'high')", 'gt', qualifier='more than', ref_date=d, basis='intraday high',
       note='Session high 116.76 points above the previous close.'),
     C('SPX', 'point_change', 7.68, 'points', '7.68', f"chg('SPX', '{d}')", ref_date=d),
     C('SPX', 'close', 1321.97, 'index points', '1,321.97', f"close('SPX', '{d}')", ref_date=d),
     C('IXIC', 'point_change', 32.98, 'points', '32.98', f"chg('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'close', 2401.26, 'index points', '2,401.26', f"close('IXIC', '{d}')", ref_date=d),
     C('FEDFUNDS', 'target_rate', 2, '%', 'at 2 percent', "rate('DFEDTAR', '2008-06-26')", ref_date=d, basis='target'),
     C('FEDFUNDS', 'months_since_last_hold', 10, 'months', 'first time in 10 months', "[fomc_meetings('2007-08-01', '2008-06-25'), target_changes('2007-08-01', '2008-06-26')]", 'S', ref_date=d,
       note='Decisions 2007-08-07 (hold) and 2007-08-17 (unscheduled, target unchanged), then cuts at every decision from 2007-09-18 to 2008-04-30; 2008-06-25 is the first hold since August 2007, about 10 months earlier.',
       rule='count of months between decisions'),
     C('FEDFUNDS', 'target_rate', 5, '%', 'above 5 percent', "rate('DFEDTAR', '2007-07-15')", 'gt', qualifier='more than', ref_date='2007-07-15', basis='target',
       note='DFEDTAR was 5.25% through the summer of 2007 (until 2007-09-18).'),
    ])

# 12 --------------------------------------------------------------------------------------------
d = '2010-01-27'
add('cityam_20100128_wall_st_rises_fed_hold', 'cityam.com',
    'https://www.cityam.com/wall-st-rises-after-fed-rates-held-again/', 'City A.M.', '2010-01-28', 'high',
    'No date on the page; "yesterday", the iPad launch, the Fed hold and the State of the Union "tonight" put the session on Wednesday 2010-01-27 and the paper on Thursday 2010-01-28 (the speech was on the 27th, so "tonight" is carried over from a same-day wire).',
    "Wall St rises after Fed rates held again. US stocks rose yesterday after the Federal Reserve said it will keep interest rates near zero, ahead of "
    "President Barack Obama's State of the Union address. A late surge of almost one per cent in Apple after the iPad's debut lifted the Nasdaq. The Dow "
    "Jones industrial average gained 41.87 points, or 0.41 per cent, to end at 10,236.16. The Standard & Poor's 500 Index rose 5.33 points, or 0.49 per "
    "cent, to 1,097.50. The Nasdaq Composite Index climbed 17.68 points, or 0.80 per cent, to 2,221.41.",
    [
     C('FEDFUNDS', 'target_range_upper', 0.25, '%', 'keep interest rates near zero', "[rate('DFEDTARL', '2010-01-28'), rate('DFEDTARU', '2010-01-28')]", 'S', ref_date=d, basis='target',
       note='Target range 0-0.25% (DFEDTARL/DFEDTARU), unchanged at the 2010-01-27 decision.', rule='qualitative level matches the files'),
     C('DJI', 'point_change', 41.87, 'points', '41.87', f"chg('DJI', '{d}')", ref_date=d),
     C('DJI', 'pct_change', 0.41, '%', '0.41 per cent', f"pct('DJI', '{d}')", ref_date=d),
     C('DJI', 'close', 10236.16, 'index points', '10,236.16', f"close('DJI', '{d}')", ref_date=d),
     C('SPX', 'point_change', 5.33, 'points', '5.33', f"chg('SPX', '{d}')", ref_date=d),
     C('SPX', 'pct_change', 0.49, '%', '0.49 per', f"pct('SPX', '{d}')", ref_date=d),
     C('SPX', 'close', 1097.50, 'index points', '1,097.50', f"close('SPX', '{d}')", ref_date=d),
     C('IXIC', 'point_change', 17.68, 'points', '17.68', f"chg('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'pct_change', 0.80, '%', '0.80 per cent', f"pct('IXIC', '{d}')", ref_date=d),
     C('IXIC', 'close', 2221.41, 'index points', '2,221.41', f"close('IXIC', '{d}')", ref_date=d),
    ])

# 13 --------------------------------------------------------------------------------------------
d = '2009-10-14'
add('ndtv_20091015_dow_reclaims_10000', 'ndtv.com',
    'http://www.ndtv.com/world-news/dow-closes-over-10-000-first-time-in-a-year-403180', 'NDTV (AP)', '2009-10-15', 'exact',
    'Page says "This Article is From Oct 15, 2009" (India time); the story covers Wednesday 2009-10-14 and its index figures are mid-afternoon, not closing, figures.',
    "Dow closes over 10,000 first time in a year. New York: The Dow Jones industrial average has reclaimed 10,000 for the first time in a year, crossing "
    "five figures in afternoon trading on Wednesday, seven months after it hit a 12-year low of 6,547.05 on March 9. Strong results from Intel and J P "
    "Morgan Chase gave the final push. The average has slipped back several points since crossing the mark. The Dow rose 117.07, or 1.2 per cent, to "
    "9,988.13 after trading as high as 10,001.58. The Standard & Poor's 500 index rose 14.07, or 1.3 per cent, to 1,087.26, and the Nasdaq composite index "
    "rose 25.12, or 1.2 per cent, to 2,165.01. The Dow is now up 53 per cent from its March low.",
    [
     C('DJI', 'first_above_since', 'a year', 'period', 'for the first time in a year', f"[last_close_at_least('DJI', '{d}', 10000), last_high_above('DJI', '{d}', 10000)]", 'S', ref_date=d,
       note='The Dow closed at 10,015.86; the last close above 10,000 was 2008-10-03 and the last session high above it 2008-10-07, a year earlier.', rule='since X: period matches'),
     C('DJI', 'low_close', ['2009-03-09', 6547.05], 'date, level', '6,547.05 on March 9', "min_close('DJI', '2008-01-01', '2009-10-14')", 'list', ref_date='2009-03-09'),
     C('DJI', 'lowest_since', '12-year low', 'period', '12-year low', "last_close_at_most('DJI', '2009-03-09')", 'S', ref_date='2009-03-09',
       note='Last lower close before 2009-03-09: 1997-04-14 (about 11.9 years).', rule='lowest since X: period matches'),
     C('DJI', 'point_change', 117.07, 'points', '117.07', f"chg('DJI', '{d}')", 'U', ref_date=d, basis='afternoon',
       note='Mid-session figure; previous close + 117.07 = 9,988.13 lies inside the session range 9,873.48-10,027.73. The close was +144.80.', rule='mid-session figure inside the range'),
     C('DJI', 'pct_change', 1.2, '%', '1.2 per cent, to 9,988.13', f"pct('DJI', '{d}')", 'U', ref_date=d, basis='afternoon',
       note='Mid-session; the close was +1.47%.', rule='mid-session figure inside the range'),
     C('DJI', 'level', 9988.13, 'index points', '9,988.13', f"close('DJI', '{d}')", 'U', ref_date=d, basis='afternoon',
       note='Inside the session range 9,873.48-10,027.73; close 10,015.86.', rule='mid-session figure inside the range'),
     C('DJI', 'intraday_high_so_far', 10001.58, 'index points', '10,001.58', f"high('DJI', '{d}')", 'U', ref_date=d, basis='afternoon',
       note='High of the session so far at the time of writing; the final session high was 10,027.73, and 10,001.58 lies inside the range.', rule='mid-session figure inside the range'),
     C('SPX', 'point_change', 14.07, 'points', '14.07', f"chg('SPX', '{d}')", 'U', ref_date=d, basis='afternoon',
       note='Level 1,087.26 inside the session range 1,078.68-1,093.17; close +18.83.', rule='mid-session figure inside the range'),
     C('SPX', 'level', 1087.26, 'index points', '1,087.26', f"close('SPX', '{d}')", 'U', ref_date=d, basis='afternoon',
       note='Inside the session range; close 1,092.02.', rule='mid-session figure inside the range'),
     C('IXIC', 'level', 2165.01, 'index points', '2,165.01', f"close('IXIC', '{d}')", 'U', ref_date=d, basis='afternoon',
       note='Inside the session range 2,157.48-2,173.95; close 2,172.23 (+32.34).', rule='mid-session figure inside the range'),
     C('DJI', 'pct_from_low', 53, '%', 'up 53 per cent from its March low', f"window_pct('DJI', '2009-03-09', '{d}')", ref_date=d, window='since 2009-03-09 close',
       note='52.98% at the close; 52.56% at the quoted 9,988.13.'),
    ])

# 14 --------------------------------------------------------------------------------------------
d = '2011-12-08'
add('heraldtribune_20111209_shares_slide_europe', 'heraldtribune.com',
    'https://www.heraldtribune.com/news/20111209/shares-slide-as-europe-disappoints', 'Sarasota Herald-Tribune (AP)', '2011-12-09', 'exact',
    'Date in the URL; the story covers Thursday 2011-12-08.',
    "Financial markets slumped Thursday after the European Central Bank's president dashed hopes that the bank would step up to help end the region's "
    "debt crisis. The Dow Jones Industrial Average dropped nearly 200 points as investors reacted to every word and rumor from a summit of European Union "
    "leaders. Bank stocks led the way down. The Dow fell 198.67 points, or 1.6 percent, to close at 11,997.70. The drop was the worst since Nov. 23 and ended "
    "a three-day run of modest gains. The last time the Dow closed below 12,000 was Nov. 29. The yield on the benchmark 10-year Treasury note dipped to 1.97 "
    "percent from 2.03 percent late Tuesday. The last time the yield was below 2 percent was Nov. 29. The 30-year bond's yield dropped to 2.99 percent "
    "from 3.06 percent.",
    [
     C('DJI', 'point_change', -200, 'points', 'dropped nearly 200 points', f"chg('DJI', '{d}')", qualifier='nearly', ref_date=d),
     C('DJI', 'point_change', -198.67, 'points', '198.67', f"chg('DJI', '{d}')", ref_date=d),
     C('DJI', 'pct_change', -1.6, '%', '1.6 percent', f"pct('DJI', '{d}')", ref_date=d),
     C('DJI', 'close', 11997.70, 'index points', '11,997.70', f"close('DJI', '{d}')", ref_date=d),
     C('DJI', 'worst_since', '2011-11-23', 'date', 'worst since Nov. 23', f"last_move_as_big('DJI', '{d}', 'points')", 'dateEq', ref_date=d,
       note='Points basis; the percent basis also gives 2011-11-23 (-2.05%).'),
     C('DJI', 'prior_up_streak', 3, 'sessions', 'three-day run of modest gains', "streak('DJI', '2011-12-07')", ref_date='2011-12-07'),
     C('DJI', 'last_close_below', '2011-11-29', 'date', 'closed below 12,000 was Nov. 29', f"last_close_at_most('DJI', '{d}', 12000)", 'dateEq', ref_date=d),
     C('US10Y', 'yield', 1.97, '%', '1.97', "rate('DGS10', '2011-12-08')", ref_date=d, basis='end of day', note='FRED end-of-day 1.99%.'),
     C('US10Y', 'yield', 2.03, '%', '2.03 percent late Tuesday', "rate('DGS10', '2011-12-06')", ref_date='2011-12-06', basis='end of day',
       note='Tuesday 2011-12-06 ended at 2.08%; Wednesday 2011-12-07 ended at 2.02%, which would fit the figure, so "Tuesday" may be a slip for the previous day.'),
     C('US10Y', 'last_below_2pct', '2011-11-29', 'date', 'below 2 percent was Nov. 29', "last_rate_below('DGS10', '2011-12-08', 2.0)", 'sinceLater', ref_date=d, basis='end of day',
       note='FRED end-of-day: 2.00% on 2011-11-29 (not below 2), 1.97% on 2011-11-28. Intraday the yield may have dipped below 2% on Nov. 29, which the files cannot show.'),
     C('US30Y', 'yield', 2.99, '%', '2.99 percent', 'None', 'U', ref_date=d, basis='end of day', note='No 30-year Treasury series in the files.', rule='series not in the files'),
    ])

