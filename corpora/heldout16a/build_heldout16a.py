#!/usr/bin/env python
"""Build corpora/heldout16a: passages.jsonl, key.jsonl and the RECIPES table of reference.py.

usage: python build_heldout16a.py DATA_DIR
Every computed_value is evaluated with the helpers of reference.py (never with the checker).
Verdicts were decided by hand from the dev README rules and are written here next to each claim;
the script checks anchors (exact, unique substrings) and writes the files.
"""
import json, os, sys, re

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R


def C(ticker, metric, value, unit, anchor, recipe, verdict, rule, note, qualifier=None, ref_date=None,
      window=None, comparison=None, basis='close', detail=''):
    return dict(index_or_ticker=ticker, metric=metric, value=value, unit=unit, qualifier=qualifier,
                ref_date=ref_date, window=window, comparison=comparison, basis=basis, anchor=anchor,
                recipe=recipe, verdict=verdict, rule=rule, note=note, detail=detail)


P = []

# ---------------------------------------------------------------------------------------------
P.append(dict(
    id='baltimoresun_19980814_dow_falls_93_day_low',
    site='articles.baltimoresun.com',
    url='http://articles.baltimoresun.com/1998-08-14/business/1998226014_1_composite-index-stock-exchange-rose',
    outlet='The Baltimore Sun (Bloomberg News)',
    published='1998-08-14', conf='exact',
    pnote='Dated August 14, 1998 on the page and in the URL; "yesterday" is Thursday 1998-08-13, the session every figure matches.',
    text=("Wall Street, August 14, 1998, Bloomberg News. Dow falls 93 points, ending at day's low. NEW YORK -- "
          "Worry that Asia's weak economies would dent U.S. earnings, and that Russia's cash crunch could reach U.S. "
          "banks, pushed stocks lower yesterday. The Dow Jones industrial average fell 93.46 to 8,459.50, closing "
          "at its lowest level of the day. The Standard & Poor's 500 index dropped 9.31 to 1,074.91, while the "
          "computer-heavy Nasdaq composite index declined 22.99 to 1,802.54. Elsewhere, the Russell 2,000 index of "
          "small capitalization stocks slid 4.72 to 403.83, the Wilshire 5,000 index fell 84.49 to 10,003.82 and "
          "the S&P 400 midcap index slipped 3.34 to 331.74. Across U.S. exchanges 72 issues hit 52-week highs and "
          "544 set lows."),
    claims=[
        C('DJI', 'daily_change_points', -93, 'points', 'Dow falls 93 points', "chg('DJI','1998-08-13')",
          'supported', 'integer within 0.5', 'Headline figure; -93.46 rounds to 93.', ref_date='1998-08-13'),
        C('DJI', 'daily_change_points', -93.46, 'points', '93.46', "chg('DJI','1998-08-13')",
          'supported', '2 decimals within 0.025', 'Close 8459.50 vs 8552.96 on 1998-08-12.', ref_date='1998-08-13'),
        C('DJI', 'close', 8459.50, 'index points', '8,459.50', "close('DJI','1998-08-13')",
          'supported', 'index level to 2 dp within 0.025', '', ref_date='1998-08-13'),
        C('DJI', 'close_at_session_low', True, 'flag', 'closing at its lowest level of the day',
          "close_is_low('DJI','1998-08-13')", 'supported', 'flag', 'Session low 8459.50 equals the close.',
          ref_date='1998-08-13'),
        C('SPX', 'daily_change_points', -9.31, 'points', '9.31', "chg('SPX','1998-08-13')", 'supported',
          '2 decimals within 0.025', '', ref_date='1998-08-13'),
        C('SPX', 'close', 1074.91, 'index points', '1,074.91', "close('SPX','1998-08-13')", 'supported',
          'index level to 2 dp within 0.025', '', ref_date='1998-08-13'),
        C('IXIC', 'daily_change_points', -22.99, 'points', '22.99', "chg('IXIC','1998-08-13')", 'supported',
          '2 decimals within 0.025', '', ref_date='1998-08-13'),
        C('IXIC', 'close', 1802.54, 'index points', '1,802.54', "close('IXIC','1998-08-13')", 'supported',
          'index level to 2 dp within 0.025', '', ref_date='1998-08-13'),
        C('RUT', 'daily_change_points', -4.72, 'points', '4.72', "chg('RUT','1998-08-13')", 'supported',
          '2 decimals within 0.025', 'Russell 2000 close 403.83 vs 408.55.', ref_date='1998-08-13'),
        C('RUT', 'close', 403.83, 'index points', '403.83', "close('RUT','1998-08-13')", 'supported',
          'index level to 2 dp within 0.025', '', ref_date='1998-08-13'),
        C('W5000', 'close', 10003.82, 'index points', '10,003.82', None, 'unverifiable',
          'series not in the files', 'Wilshire 5000 is not in the data.', ref_date='1998-08-13'),
        C('SP400', 'close', 331.74, 'index points', '331.74', None, 'unverifiable', 'series not in the files',
          'S&P 400 midcap is not in the data.', ref_date='1998-08-13'),
        C('NYSE', 'new_lows_count', 544, 'stocks', '544 set lows', None, 'unverifiable',
          'series not in the files', 'Breadth (52-week highs/lows) is not in the data.', ref_date='1998-08-13'),
    ]))

# ---------------------------------------------------------------------------------------------
P.append(dict(
    id='cnet_20001219_fed_no_rate_gift',
    site='www.cnet.com', url='https://www.cnet.com/news/fed-to-wall-street-no-interest-rate-gift-this-year/',
    outlet='CNET News.com',
    published='2000-12-19', conf='high',
    pnote='No date on the page; "on Tuesday" with the Fed holding at 6.5 percent and the Dow closing at 10,584.37 fixes Tuesday 2000-12-19, an FOMC decision day. The mid-session figures describe the moment of the 2:15 p.m. announcement.',
    text=("Fed to Wall Street: No interest-rate gift this year. The Federal Reserve chose on Tuesday to hold rates "
          "steady, and early gains in the Dow Jones industrial average and the Nasdaq vanished. To the dismay of "
          "investors and economists who wanted a cut, the policy committee's short statement kept the federal "
          "funds rate, what banks charge each other, unchanged at 6.5 percent. When the decision came out, the Dow "
          "Jones industrial average was up about 129 points; the 30-stock gauge has remained almost unchanged since "
          "the last Fed meeting on Oct. 3. The Nasdaq composite index, which has fallen about 7 percent since the "
          "October meeting, was up 59 points. Then stocks slid: by the close the Dow was down 61.05 at 10,584.37 "
          "and the Nasdaq had lost 112.81 to finish at 2,511.71. Since June 1999, the Fed has raised rates six times "
          "for a total increase of 1.75 percentage points. After its latest move, an aggressive half-point increase "
          "on May 16, it has stood pat through its past five meetings. The committee meets again Jan. 30 and 31."),
    claims=[
        C('FEDFUNDS', 'target_rate_decision', 6.5, 'percent', 'unchanged at 6.5 percent',
          "[fomc_on('2000-12-19'), fed_target('2000-12-19'), fed_changes('2000-12-19','2000-12-20')]",
          'supported', 'Fed target and FOMC calendar', '2000-12-19 is a scheduled FOMC day; DFEDTAR stays 6.5.',
          ref_date='2000-12-19', comparison='unchanged'),
        C('DJI', 'intraday_change_points', 129, 'points', 'about 129 points', "chg('DJI','2000-12-19')",
          'unverifiable', 'mid-session figure inside the session range',
          'At the 2:15 p.m. announcement. Session: high 10784.58 (+139.16), low 10582.85 (-62.57) vs 10645.42; +129 lies inside, so the files cannot decide it. Close-basis value given.',
          qualifier='about', ref_date='2000-12-19', basis='at the 2:15 p.m. announcement',
          detail='session range [10582.85, 10784.58], previous close 10645.42'),
        C('DJI', 'pct_change_window', 0, 'percent', 'almost unchanged since the last Fed meeting',
          "pct_between('DJI','2000-10-03','2000-12-18')", 'supported', 'vague "almost unchanged", |change| < 1%',
          'From the Oct. 3 close to the Dec. 18 close (the last close before the statement): -0.69%. The date of the last meeting is a separate claim.',
          qualifier='almost', ref_date='2000-12-18', window='since Oct. 3'),
        C('FEDFUNDS', 'previous_fomc_date', '2000-10-03', 'date', 'Oct. 3', "prev_fomc('2000-12-19')",
          'contradicted', 'wrong date',
          'The last FOMC meeting before Dec. 19 was 2000-11-15, not Oct. 3 (Oct. 3 was the one before). The text itself counts five meetings since May, which includes Nov. 15.',
          ref_date='2000-12-19'),
        C('IXIC', 'pct_change_window', -7, 'percent', 'fallen about 7 percent',
          "pct_between('IXIC','2000-10-03','2000-12-18')", 'contradicted', 'about: one unit of the last digit',
          'Oct. 3 close 3455.83 to Dec. 18 close 2624.52: -24.1%. From the Nov. 15 meeting it is -17.1% (pct_between 2000-11-15..2000-12-18); no reading gives about 7%.',
          qualifier='about', ref_date='2000-12-18', window='since Oct. 3'),
        C('IXIC', 'intraday_change_points', 59, 'points', 'was up 59 points', "chg('IXIC','2000-12-19')",
          'unverifiable', 'mid-session figure inside the session range',
          'Session: high 2696.61 (+72.09), low 2509.76 (-114.76) vs 2624.52; +59 lies inside. Close-basis value given.',
          ref_date='2000-12-19', basis='at the 2:15 p.m. announcement',
          detail='session range [2509.76, 2696.61], previous close 2624.52'),
        C('DJI', 'daily_change_points', -61.05, 'points', '61.05', "chg('DJI','2000-12-19')", 'supported',
          '2 decimals within 0.025', '', ref_date='2000-12-19'),
        C('DJI', 'close', 10584.37, 'index points', '10,584.37', "close('DJI','2000-12-19')", 'supported',
          'index level to 2 dp within 0.025', '', ref_date='2000-12-19'),
        C('IXIC', 'daily_change_points', -112.81, 'points', '112.81', "chg('IXIC','2000-12-19')", 'supported',
          '2 decimals within 0.025', '', ref_date='2000-12-19'),
        C('IXIC', 'close', 2511.71, 'index points', '2,511.71', "close('IXIC','2000-12-19')", 'supported',
          'index level to 2 dp within 0.025', '', ref_date='2000-12-19'),
        C('FEDFUNDS', 'rate_change_count', 6, 'moves', 'raised rates six times',
          "len(fed_changes('1999-06-01','2000-12-19'))", 'supported', 'count exact',
          'DFEDTAR rises on 1999-06-30, 08-24, 11-16, 2000-02-02, 03-21, 05-16.', window='since June 1999'),
        C('FEDFUNDS', 'rate_change_total', 1.75, 'percentage points', '1.75 percentage points',
          "r2(sum(c[2] for c in fed_changes('1999-06-01','2000-12-19')))", 'supported', '2 decimals within 0.025',
          '4.75% to 6.5%.', window='since June 1999'),
        C('FEDFUNDS', 'rate_change', 0.5, 'percentage points', 'half-point increase on May 16',
          "fed_changes('2000-05-16','2000-05-16')", 'supported', 'date and size exact',
          'DFEDTAR 6.0 -> 6.5 on 2000-05-16.', ref_date='2000-05-16'),
        C('FEDFUNDS', 'meetings_without_change', 5, 'meetings', 'past five meetings',
          "[len(fomc_between('2000-05-17','2000-12-19')), fed_changes('2000-05-17','2000-12-19')]", 'supported',
          'count exact', 'Meetings 2000-06-28, 08-22, 10-03, 11-15 and 12-19, no change in DFEDTAR.',
          window='since May 16'),
        C('FEDFUNDS', 'next_fomc_date', '2001-01-31', 'date', 'meets again Jan. 30', "next_scheduled_fomc('2000-12-19')",
          'supported', 'FOMC calendar',
          'Next scheduled decision day 2001-01-31 (two-day meeting Jan. 30-31). An unscheduled cut came on 2001-01-03, but the sentence states the schedule.',
          ref_date='2001-01-31'),
    ]))

# ---------------------------------------------------------------------------------------------
P.append(dict(
    id='usatoday_20010226_nasdaq_second_worst_bear',
    site='usatoday30.usatoday.com', url='http://usatoday30.usatoday.com/life/cyber/invest/2001-02-26-optimism.htm',
    outlet='USA Today',
    published='2001-02-26', conf='high',
    pnote='Date from the URL (2001-02-26); the page banner "02/06/2002 - Updated" is a later archive stamp. "Late Friday" and the close 2262.51 are Friday 2001-02-23.',
    text=("Nasdaq in second-worst bear market ever. By Adam Shell and Matt Krantz, USA TODAY. NEW YORK - The "
          "Nasdaq's eye-popping 86% gain in 1999 has now been almost entirely erased by the bear market that began "
          "in March 2000. Even after an explosive rally late Friday on rumors that the Federal Reserve could "
          "surprise with a half-point interest-rate cut as early as Wednesday, the Nasdaq closed at 2262.51, a level "
          "last seen in January 1999. The tech-heavy index is down 55% from its March 2000 high and nearing its "
          "worst-ever bear market, a 60% plunge in 1973-74. Going beyond that would make it the worst bear market "
          "for a major index since the Dow Jones industrials plunged 89% during the Great Depression, according to "
          "InvesTech Research. Onetime favorites AT&T, WorldCom and Cisco are each down more than 65% from their "
          "52-week highs."),
    claims=[
        C('IXIC', 'year_pct_change', 86, 'percent', '86% gain in 1999', "year_pct('IXIC',1999)", 'supported',
          'integer within 0.5', '2192.69 to 4069.31: +85.6%.', window='1999'),
        C('IXIC', 'close', 2262.51, 'index points', 'closed at 2262.51', "close('IXIC','2001-02-23')", 'supported',
          'index level to 2 dp within 0.025', 'Friday 2001-02-23.', ref_date='2001-02-23'),
        C('IXIC', 'lowest_since', '1999-01', 'month', 'a level last seen in January 1999',
          "[last_close_at_most('IXIC','2001-02-23',2262.51), last_close_at_most('IXIC','2001-02-22',2262.51)]",
          'contradicted', 'lowest since X: earlier X is contradicted',
          'The day before (2001-02-22) closed lower, at 2244.96. Even leaving out this week, the last close at or below 2262.51 was 1999-03-02, so "January 1999" is too early under either reading.',
          ref_date='2001-02-23', comparison='since January 1999'),
        C('IXIC', 'pct_from_high', 55, 'percent', 'down 55% from its March 2000 high',
          "[record_close_before('IXIC','2001-02-23'), pct_vs(close('IXIC','2001-02-23'), record_close_before('IXIC','2001-02-23')[1])]",
          'supported', 'integer within 0.5', 'Record close 5048.62 on 2000-03-10; 2262.51 is 55.2% below.',
          ref_date='2001-02-23'),
        C('IXIC', 'drawdown', 60, 'percent', 'a 60% plunge in 1973-74', "max_drawdown_pct('IXIC','1973-01-01','1974-12-31')",
          'supported', 'integer within 0.5', 'Largest peak-to-trough close decline inside 1973-74: -59.9%.',
          window='1973-74'),
        C('DJI', 'drawdown', 89, 'percent', 'plunged 89%', None, 'unverifiable', 'history before the file starts',
          'The Dow file starts in 1992; the 1929-32 decline cannot be computed.', window='Great Depression'),
        C('FEDFUNDS', 'rumored_rate_cut', 0.5, 'percentage points', 'half-point interest-rate cut', None,
          'not_checkable', 'rumor, not an assertion of fact',
          'Reports a market rumor of an inter-meeting cut. For the record, DFEDTAR did not move on 2001-02-28; the next cut came on 2001-03-20.',
          ref_date='2001-02-28'),
        C('STOCKS', 'pct_from_52w_high', 65, 'percent', 'down more than 65%', None, 'unverifiable',
          'series not in the files', 'Single stocks are not in the data.', qualifier='more than'),
    ]))

# ---------------------------------------------------------------------------------------------
P.append(dict(
    id='heraldnet_20011003_dow_reclaims_9000_midafternoon',
    site='www.heraldnet.com',
    url='https://www.heraldnet.com/business/stocks-rise-wednesday-as-investors-are-optimistic-for-economic-recovery/',
    outlet='The Daily Herald (Associated Press)',
    published='2001-10-03', conf='high',
    pnote='No date on the page; Wednesday after the Oct. 2 half-point cut (the ninth of 2001) is 2001-10-03. The index figures are midafternoon values, not closes.',
    text=("Stocks rise Wednesday as investors are optimistic for economic recovery. By Amy Baldwin, Associated "
          "Press. NEW YORK - Buoyed by President Bush's call for an economic stimulus package, investors lifted "
          "stocks Wednesday and the Dow Jones industrials reclaimed the 9,000 level for the first time in two weeks, "
          "extending a rally that the ninth interest rate cut so far this year set off on Tuesday. In midafternoon "
          "trading, the Dow was up 89.88 at 9,040.47, having risen 113 Tuesday once the Federal Reserve cut rates by "
          "half a percentage point. The blue-chip average had not broken the 9,000 level since Sept. 18, and it "
          "hasn't closed above 9,000 since the Sept. 11 terrorist attacks. It has now regained more than 800, or 59 "
          "percent, of the 1,369 points lost in the first week of trading after the attacks. Broader gauges rose "
          "too: the Nasdaq composite index was up 77.39 at 1,569.72 and the Standard & Poor's 500 index was ahead "
          "13.26 at 1,064.59."),
    claims=[
        C('DJI', 'first_above_since', '2001-09-18', 'date', 'since Sept. 18', "last_high_at_least('DJI','2001-10-03',9000)",
          'supported', 'since X: last session with a value at least as extreme',
          'Intraday crossing: the last session whose high reached 9,000 was 2001-09-18 (two weeks earlier).',
          ref_date='2001-10-03', basis='intraday high'),
        C('FEDFUNDS', 'rate_change_count_ytd', 9, 'cuts', 'ninth interest rate cut',
          "len([c for c in fed_changes('2001-01-01','2001-10-02') if c[2] < 0])", 'supported', 'count exact',
          'DFEDTAR cuts in 2001 through Oct. 2: Jan 3, Jan 31, Mar 20, Apr 18, May 15, Jun 27, Aug 21, Sep 17, Oct 2.',
          window='2001 YTD'),
        C('DJI', 'intraday_level', 9040.47, 'index points', '9,040.47', "close('DJI','2001-10-03')", 'unverifiable',
          'mid-session figure inside the session range',
          'Midafternoon; session range 8860.84-9148.35 contains 9,040.47 (and +89.88 is consistent with the 8950.59 Tuesday close). Close-basis value given.',
          ref_date='2001-10-03', basis='midafternoon', detail='session range [8860.84, 9148.35]'),
        C('DJI', 'daily_change_points', 113, 'points', 'risen 113 Tuesday', "chg('DJI','2001-10-02')", 'imprecise',
          'truncated figure', 'Tuesday 2001-10-02 rose 113.76; "113" truncates it (rounds to 114).',
          ref_date='2001-10-02'),
        C('FEDFUNDS', 'rate_change', -0.5, 'percentage points', 'half a percentage point',
          "[fomc_on('2001-10-02'), fed_changes('2001-10-02','2001-10-02')]", 'supported', 'Fed target and FOMC calendar',
          'DFEDTAR 3.0 -> 2.5 on 2001-10-02, a scheduled decision day.', ref_date='2001-10-02'),
        C('DJI', 'last_close_above', '2001-09-10', 'date', "hasn't closed above 9,000",
          "last_close_at_least('DJI','2001-10-03',9000)", 'supported', 'since X',
          'Last close at or above 9,000 before Oct. 3: 2001-09-10 (9605.51), the last session before the attacks.',
          ref_date='2001-10-02'),
        C('DJI', 'points_regained', 800, 'points', 'more than 800',
          "r2(9040.47 - close('DJI','2001-09-21'))", 'supported', 'more than: true > claim',
          'Judged on the stated midafternoon level 9,040.47 against the 2001-09-21 close 8235.81: 804.66.',
          qualifier='more than', ref_date='2001-10-03', basis='midafternoon'),
        C('DJI', 'share_regained', 59, 'percent', '59 percent',
          "r2((9040.47 - close('DJI','2001-09-21')) / -pts_between('DJI','2001-09-10','2001-09-21') * 100, 2)",
          'supported', 'integer within 0.5', '804.66 / 1369.70 = 58.75%.', ref_date='2001-10-03',
          basis='midafternoon'),
        C('DJI', 'points_change_window', -1369, 'points', '1,369 points', "pts_between('DJI','2001-09-10','2001-09-21')",
          'imprecise', 'truncated figure', 'Sept. 10 close 9605.51 to Sept. 21 close 8235.81: -1369.70; "1,369" truncates it.',
          window='2001-09-10..2001-09-21'),
        C('IXIC', 'intraday_level', 1569.72, 'index points', '1,569.72', "close('IXIC','2001-10-03')", 'unverifiable',
          'mid-session figure inside the session range', 'Session range 1473.22-1595.48 contains it. Close-basis value given.',
          ref_date='2001-10-03', basis='midafternoon', detail='session range [1473.22, 1595.48]'),
        C('SPX', 'intraday_level', 1064.59, 'index points', '1,064.59', "close('SPX','2001-10-03')", 'unverifiable',
          'mid-session figure inside the session range', 'Session range 1041.48-1075.38 contains it. Close-basis value given.',
          ref_date='2001-10-03', basis='midafternoon', detail='session range [1041.48, 1075.38]'),
    ]))

# ---------------------------------------------------------------------------------------------
P.append(dict(
    id='irishexaminer_20020822_dow_back_past_9000',
    site='www.irishexaminer.com', url='https://www.irishexaminer.com/business/arid-30065131.html',
    outlet='Irish Examiner (Associated Press)',
    published='2002-08-22', conf='high',
    pnote='No date on the page; "today" with a preliminary Dow close of 9,053.64 and a 96.41 gain is Thursday 2002-08-22. "Last week" is the week ending 2002-08-16.',
    text=("Dow climbs back past 9,000 barrier. The Dow Jones industrials topped 9,000 today for the first time in six "
          "weeks, another marker in Wall Street's tentative recovery, as a second straight advance came on a day "
          "free of bad news. The Dow closed up 96.41, or 1.1%, at 9,053.64, according to preliminary calculations. Adding to "
          "Wednesday's 85-point gain, that was the Dow's first close above 9,000 since July 9, when it finished at "
          "9,096.09, and it has recovered 1,351.30 points since its July 23 low of 7,702.34. Other indexes rose "
          "as well: the Nasdaq composite index rose 13.69, or 1%, to 1,422.94, after closing above 1,400 on "
          "Wednesday for the first time since July 8, and the Standard & Poor's 500 index advanced 13.34, or 1.4%, "
          "to 962.70. Confidence showed last week too, when all the indexes scored their second straight weekly "
          "gains, a feat last seen in the two-week period ending March 8."),
    claims=[
        C('DJI', 'up_streak_days', 2, 'sessions', 'second straight advance', "consecutive_up_days('DJI','2002-08-22')",
          'supported', 'streak exact', 'Up on 08-21 and 08-22 after a fall on 08-20.', ref_date='2002-08-22'),
        C('DJI', 'daily_change_points', 96.41, 'points', '96.41', "chg('DJI','2002-08-22')", 'supported',
          '2 decimals within 0.025', 'Preliminary figure; matches the final close.', qualifier='preliminary',
          ref_date='2002-08-22'),
        C('DJI', 'daily_change_pct', 1.1, 'percent', 'or 1.1%', "pct('DJI','2002-08-22')", 'supported',
          '1 decimal within 0.07', '+1.08%.', ref_date='2002-08-22'),
        C('DJI', 'close', 9053.64, 'index points', '9,053.64', "close('DJI','2002-08-22')", 'supported',
          'index level to 2 dp within 0.025', '', qualifier='preliminary', ref_date='2002-08-22'),
        C('DJI', 'daily_change_points', 85, 'points', "Wednesday's 85-point gain", "chg('DJI','2002-08-21')",
          'supported', 'integer within 0.5', '2002-08-21: +85.16.', ref_date='2002-08-21'),
        C('DJI', 'first_close_above_since', '2002-07-09', 'date', 'since July 9', "last_close_at_least('DJI','2002-08-22',9000)",
          'supported', 'since X', 'Last close at or above 9,000 before Aug. 22 was 2002-07-09, about six weeks earlier.',
          ref_date='2002-08-22'),
        C('DJI', 'close', 9096.09, 'index points', '9,096.09', "close('DJI','2002-07-09')", 'supported',
          'index level to 2 dp within 0.025', 'The July 9 close.', ref_date='2002-07-09'),
        C('DJI', 'points_change_window', 1351.30, 'points', '1,351.30', "pts_between('DJI','2002-07-23','2002-08-22')",
          'supported', '2 decimals within 0.025', '7702.34 to 9053.64.', window='since July 23'),
        C('DJI', 'close', 7702.34, 'index points', '7,702.34',
          "[close('DJI','2002-07-23'), last_close_at_most('DJI','2002-08-22',7702.34)]", 'supported',
          'index level to 2 dp within 0.025', 'July 23 close 7702.34, the lowest close of the period (no lower close since).',
          ref_date='2002-07-23'),
        C('IXIC', 'daily_change_points', 13.69, 'points', '13.69', "chg('IXIC','2002-08-22')", 'supported',
          '2 decimals within 0.025', 'File: +13.70.', ref_date='2002-08-22'),
        C('IXIC', 'daily_change_pct', 1, 'percent', 'or 1%', "pct('IXIC','2002-08-22')", 'supported',
          'integer within 0.5', '+0.97%.', ref_date='2002-08-22'),
        C('IXIC', 'close', 1422.94, 'index points', '1,422.94', "close('IXIC','2002-08-22')", 'supported',
          'index level to 2 dp within 0.025', 'File: 1422.95.', ref_date='2002-08-22'),
        C('IXIC', 'first_close_above_since', '2002-07-08', 'date', 'since July 8',
          "[close('IXIC','2002-08-21'), last_close_at_least('IXIC','2002-08-21',1400)]", 'supported', 'since X',
          'Wednesday 08-21 closed at 1409.25; the last earlier close at or above 1,400 was 2002-07-08.',
          ref_date='2002-08-21'),
        C('SPX', 'daily_change_points', 13.34, 'points', '13.34', "chg('SPX','2002-08-22')", 'supported',
          '2 decimals within 0.025', '', ref_date='2002-08-22'),
        C('SPX', 'daily_change_pct', 1.4, 'percent', 'or 1.4%', "pct('SPX','2002-08-22')", 'supported',
          '1 decimal within 0.07', '+1.41%.', ref_date='2002-08-22'),
        C('SPX', 'close', 962.70, 'index points', '962.70', "close('SPX','2002-08-22')", 'supported',
          'index level to 2 dp within 0.025', '', ref_date='2002-08-22'),
        C('DJI,SPX,IXIC', 'weekly_up_streak', 2, 'weeks', 'second straight weekly gains',
          "[weekly_up_streak(t,'2002-08-16') for t in ('DJI','SPX','IXIC')]", 'contradicted', 'count exact',
          'Through the week ending 2002-08-16 the Dow and the S&P 500 had risen four straight weeks (from the week ending 07-26); only the Nasdaq was on its second.',
          ref_date='2002-08-16', window='weeks ending 2002-08-09 and 2002-08-16'),
        C('DJI,SPX,IXIC', 'previous_two_week_gain_end', '2002-03-08', 'date', 'ending March 8',
          "[last_two_week_gain_end(t,'2002-08-16') for t in ('DJI','SPX','IXIC')]", 'contradicted', 'wrong date',
          'Holds for the Nasdaq (previous two-week run ended 2002-03-08); for the Dow and the S&P 500 the previous two-week run before their current streak ended 2002-03-15, and their current streak was already four weeks long.',
          ref_date='2002-08-16'),
    ]))

# ---------------------------------------------------------------------------------------------
P.append(dict(
    id='crains_20040921_fed_quarter_point_hike',
    site='www.crainsnewyork.com',
    url='https://www.crainsnewyork.com/article/20040921/FREE/409210708/fed-raises-interest-rates-by-a-quarter-point',
    outlet="Crain's New York Business",
    published='2004-09-21', conf='exact',
    pnote='Date in the URL (20040921), an FOMC decision day. The index figures are a 2:50 p.m. snapshot.',
    text=("Fed raises interest rates by a quarter point. Citing productivity gains, the Fed lifted its key rate "
          "by a quarter-point to a two-year high of 1.75% and said further increases would come at a \"measured\" "
          "pace. Policymakers judged that output growth had regained some traction after the drag of higher energy "
          "prices, that the job market had improved \"modestly\" and that inflation had eased. At 2:50 p.m., the "
          "Dow was up 19.3 to 10224.21; the Nasdaq was up 7.43, to 1915.50; and the Standard & Poor's 500 was up "
          "4.64, to 1126.84. J.P. Morgan Chase led the Dow's New York-based members, up 1.2%, while Altria was down "
          "2.1%."),
    claims=[
        C('FEDFUNDS', 'rate_change', 0.25, 'percentage points', 'by a quarter-point to',
          "[fomc_on('2004-09-21'), fed_changes('2004-09-21','2004-09-21')]", 'supported', 'Fed target and FOMC calendar',
          'DFEDTAR 1.5 -> 1.75 on 2004-09-21, a scheduled decision day.', ref_date='2004-09-21'),
        C('FEDFUNDS', 'highest_since', '2002', 'years', 'two-year high', "fed_target_last_at_least('2004-09-21',1.75)",
          'supported', 'since X (approximate span)', 'The target was last at 1.75% on 2002-11-05 (cut on 2002-11-06), about 22 months earlier.',
          ref_date='2004-09-21'),
        C('FEDFUNDS', 'policy_path', None, 'text', '"measured" pace', None, 'forecast', 'projection',
          'Signal about future increases; not judged (the Fed did raise at every meeting through mid-2006).'),
        C('DJI', 'intraday_level', 10224.21, 'index points', '10224.21', "close('DJI','2004-09-21')", 'unverifiable',
          'mid-session figure inside the session range', '2:50 p.m.; session range 10200.25-10270.52 contains it (and +19.3 matches the 10204.89 previous close). Close-basis value given.',
          ref_date='2004-09-21', basis='2:50 p.m.', detail='session range [10200.25, 10270.52]'),
        C('IXIC', 'intraday_level', 1915.50, 'index points', '1915.50', "close('IXIC','2004-09-21')", 'unverifiable',
          'mid-session figure inside the session range', 'Session range 1909.43-1925.85 contains it. Close-basis value given.',
          ref_date='2004-09-21', basis='2:50 p.m.', detail='session range [1909.43, 1925.85]'),
        C('SPX', 'intraday_level', 1126.84, 'index points', '1126.84', "close('SPX','2004-09-21')", 'unverifiable',
          'mid-session figure inside the session range', 'Session range 1122.20-1131.54 contains it. Close-basis value given.',
          ref_date='2004-09-21', basis='2:50 p.m.', detail='session range [1122.20, 1131.54]'),
        C('STOCKS', 'intraday_pct_change', 1.2, 'percent', 'up 1.2%', None, 'unverifiable', 'series not in the files',
          'Single stock (J.P. Morgan Chase).', ref_date='2004-09-21', basis='2:50 p.m.'),
    ]))

# ---------------------------------------------------------------------------------------------
P.append(dict(
    id='latimes_20050324_sp500_five_years_after_peak',
    site='ukobiw.net', url='https://ukobiw.net/archives/la-xpm-2005-mar-24-fi-sppeak24-story.html',
    outlet='Los Angeles Times',
    published='2005-03-24', conf='exact',
    pnote='Repost of a Los Angeles Times archive story dated 2005-03-24 in its path; "Wednesday" is 2005-03-23 and "five years ago today" is 2000-03-24.',
    text=("5 Years After Peak, S&P Down 23.2%. The Standard & Poor's 500 index hit its record-high price five years "
          "ago today, at 1,527.46, coming after the bull-market tops of the Dow Jones industrial average (on Jan. 14, "
          "2000) and the Nasdaq composite index (on March 10 of that year). Having ended at 1,172.53 on Wednesday, "
          "the S&P is down 23.2% from its 2000 peak; with five years of dividends included, a buy-and-hold investor "
          "is down about 17% from the high. Tech shares have weighed most, as they have on the Nasdaq: Standard & "
          "Poor's reported two weeks ago that 67 of 78 tech stocks in the index sat below their March 24, 2000, "
          "prices, whereas 75% of the non-tech stocks in the index were above their levels on that date."),
    claims=[
        C('SPX', 'record_close', 1527.46, 'index points', '1,527.46', "record_close_before('SPX','2005-03-24')",
          'supported', 'record date and level exact',
          'Highest close before 2005 is 1527.46 on 2000-03-24. "Record-high price" is the close; the intraday record that day was higher (high 1552.87).',
          ref_date='2000-03-24'),
        C('DJI', 'record_close_date', '2000-01-14', 'date', 'Jan. 14, 2000', "record_close_before('DJI','2005-03-24')",
          'supported', 'record date exact', 'Dow record close 11722.98 on 2000-01-14, not surpassed by 2005.'),
        C('IXIC', 'record_close_date', '2000-03-10', 'date', 'March 10 of that year', "record_close_before('IXIC','2005-03-24')",
          'supported', 'record date exact', 'Nasdaq record close 5048.62 on 2000-03-10.'),
        C('SPX', 'close', 1172.53, 'index points', '1,172.53', "close('SPX','2005-03-23')", 'supported',
          'index level to 2 dp within 0.025', 'Wednesday 2005-03-23.', ref_date='2005-03-23'),
        C('SPX', 'pct_from_ath', 23.2, 'percent', 'is down 23.2%', "pct_vs(close('SPX','2005-03-23'), 1527.46)",
          'supported', '1 decimal within 0.07', '1172.53 vs 1527.46: -23.24%.', ref_date='2005-03-23'),
        C('SPX', 'total_return_from_peak', -17, 'percent', 'about 17%', None, 'unverifiable',
          'total-return figure where only a price index exists', 'GSPC has no dividend series.', qualifier='about',
          ref_date='2005-03-23'),
        C('SPX_TECH', 'count_below_level', 67, 'stocks', '67 of 78', None, 'unverifiable', 'series not in the files',
          'Constituent-level counts are not in the data.'),
        C('SPX', 'share_above_level', 75, 'percent', '75% of the non-tech stocks', None, 'unverifiable',
          'series not in the files', 'Constituent-level breadth is not in the data.'),
    ]))

# ---------------------------------------------------------------------------------------------
P.append(dict(
    id='enterprisenews_20081007_dow_down_500_sp_below_1000',
    site='www.enterprisenews.com',
    url='https://www.enterprisenews.com/story/business/2008/10/07/stocks-tumble-again-dow-down/40326006007/',
    outlet='The Enterprise (Associated Press, Tim Paradis)',
    published='2008-10-07', conf='exact',
    pnote='Date in the URL; Tuesday 2008-10-07. "A year ago Thursday" refers to 2007-10-09, the anniversary falling on Thursday 2008-10-09.',
    text=("Stocks tumble again: Dow down 500 points. By Tim Paradis. Late selling on Tuesday deepened Wall Street's "
          "misery as fears over credit markets and banks grew, taking the Dow Jones industrials' two-day slide to "
          "more than 875 points. The Dow lost more than 500 points and all the major indexes slid more than 5 "
          "percent, while the Standard & Poor's 500 index recorded its first close below 1,000 in five years. By "
          "the numbers, the Dow has fallen 33.3 percent since its record close of 14,164.53, a year ago Thursday; "
          "Tuesday brought its lowest close in five years, since Sept. 30, 2003; and five sessions into the month "
          "and the fourth quarter it is down about 1,400 points, or 13 percent. In percentage terms the Dow's 5.11 "
          "percent loss was milder than the 5.74 percent drop in the S&P, and the Nasdaq composite gave up 5.8 "
          "percent."),
    claims=[
        C('DJI', 'daily_change_points', -500, 'points', 'Dow down 500 points', "chg('DJI','2008-10-07')", 'imprecise',
          'truncated figure', 'Headline; the drop was 508.39 (the body says "more than 500 points").',
          ref_date='2008-10-07'),
        C('DJI', 'points_change_window', -875, 'points', 'more than 875 points', "pts_between('DJI','2008-10-03','2008-10-07')",
          'supported', 'more than', 'Two-day drop from the Oct. 3 close: -878.27.', qualifier='more than',
          window='2008-10-06..2008-10-07'),
        C('DJI', 'daily_change_points', -500, 'points', 'lost more than 500 points', "chg('DJI','2008-10-07')",
          'supported', 'more than', '-508.39.', qualifier='more than', ref_date='2008-10-07'),
        C('DJI,SPX,IXIC', 'daily_change_pct', -5, 'percent', 'slid more than 5 percent',
          "[pct(t,'2008-10-07') for t in ('DJI','SPX','IXIC')]", 'supported', 'more than',
          'Dow -5.11%, S&P 500 -5.74%, Nasdaq -5.80% (Russell 2000 -6.20% too).', qualifier='more than',
          ref_date='2008-10-07'),
        C('SPX', 'first_close_below_since', '2003', 'years', 'first close below 1,000 in five years',
          "[close('SPX','2008-10-07'), last_close_below('SPX','2008-10-07',1000)]", 'supported', 'since X',
          'Close 996.23; the last earlier close below 1,000 was 2003-09-30.', ref_date='2008-10-07'),
        C('DJI', 'pct_from_ath', 33.3, 'percent', '33.3 percent',
          "pct_vs(close('DJI','2008-10-07'), record_close_before('DJI','2008-10-07')[1])", 'supported',
          '1 decimal within 0.07', '9447.11 vs 14164.53: -33.30%.', ref_date='2008-10-07'),
        C('DJI', 'record_close', 14164.53, 'index points', '14,164.53', "record_close_before('DJI','2008-10-07')",
          'supported', 'record date and level exact', 'Record close on 2007-10-09, "a year ago Thursday".',
          ref_date='2007-10-09'),
        C('DJI', 'lowest_since', '2003-09-30', 'date', 'since Sept. 30, 2003', "last_close_at_most('DJI','2008-10-07',9447.11)",
          'supported', 'lowest since X', 'Last close at or below 9447.11 before Oct. 7 was 2003-09-30.',
          ref_date='2008-10-07'),
        C('DJI', 'points_change_window', -1400, 'points', 'about 1,400 points', "pts_between('DJI','2008-09-30','2008-10-07')",
          'supported', 'about: one unit of the last digit', 'MTD from the Sept. 30 close 10850.66: -1403.55.',
          qualifier='about', window='October MTD'),
        C('DJI', 'pct_change_window', -13, 'percent', 'or 13 percent', "pct_between('DJI','2008-09-30','2008-10-07')",
          'supported', 'integer within 0.5', '-12.94%.', qualifier='about', window='October MTD'),
        C('DJI', 'daily_change_pct', -5.11, 'percent', '5.11 percent', "pct('DJI','2008-10-07')", 'supported',
          '2 decimals within 0.025', '', ref_date='2008-10-07'),
        C('SPX', 'daily_change_pct', -5.74, 'percent', '5.74 percent', "pct('SPX','2008-10-07')", 'supported',
          '2 decimals within 0.025', '', ref_date='2008-10-07'),
        C('IXIC', 'daily_change_pct', -5.8, 'percent', '5.8 percent', "pct('IXIC','2008-10-07')", 'supported',
          '1 decimal within 0.07', '', ref_date='2008-10-07'),
    ]))

# ---------------------------------------------------------------------------------------------
P.append(dict(
    id='dailybeast_20081119_dow_below_8000',
    site='blog.thedailybeast.com', url='http://blog.thedailybeast.com/dow-plummets-below-8000',
    outlet='The Daily Beast',
    published='2008-11-19', conf='high',
    pnote='No date on the page; "today", a 427.47-point drop to below 8,000 and the Detroit bailout doubts fix Wednesday 2008-11-19.',
    text=("Dow Plummets Below 8,000. A gloomy milestone today: the Dow Jones Industrial Average slid 427.47 points "
          "and closed below 8,000 for the first time since 2003, at 7,990. Other gauges sank late in the day as "
          "well, with the S&P 500 down 6.1 percent and the Nasdaq composite index off 6.5 percent, as hopes for a "
          "federal rescue of Detroit's automakers faded; GM and Ford shares fell to $2.78 and $1.27. Financial "
          "stocks did little better, losing a full 9 percent on the day."),
    claims=[
        C('DJI', 'daily_change_points', -427.47, 'points', '427.47', "chg('DJI','2008-11-19')", 'supported',
          '2 decimals within 0.025', '', ref_date='2008-11-19'),
        C('DJI', 'first_close_below_since', '2003', 'year', 'first time since 2003', "last_close_below('DJI','2008-11-19',8000)",
          'supported', 'since X', 'Last close below 8,000 before this was 2003-03-31.', ref_date='2008-11-19'),
        C('DJI', 'close', 7990, 'index points', 'at 7,990', "close('DJI','2008-11-19')", 'imprecise',
          'index level within 1%', 'The close was 7997.28; 7,990 is 0.09% off (looks like a rounding-down of 7,997).',
          ref_date='2008-11-19'),
        C('SPX', 'daily_change_pct', -6.1, 'percent', '6.1 percent', "pct('SPX','2008-11-19')", 'supported',
          '1 decimal within 0.07', '-6.12%.', ref_date='2008-11-19'),
        C('IXIC', 'daily_change_pct', -6.5, 'percent', '6.5 percent', "pct('IXIC','2008-11-19')", 'supported',
          '1 decimal within 0.07', '-6.53%.', ref_date='2008-11-19'),
        C('STOCKS', 'close', 2.78, 'USD', '$2.78', None, 'unverifiable', 'series not in the files',
          'Single stock (GM).', ref_date='2008-11-19'),
        C('SPX_FINANCIALS', 'daily_change_pct', -9, 'percent', 'a full 9 percent', None, 'unverifiable',
          'series not in the files', 'S&P 500 financials sector index is not in the data; XLF is only a proxy and has adj_close only.',
          ref_date='2008-11-19'),
    ]))

# ---------------------------------------------------------------------------------------------
P.append(dict(
    id='washingtonpost_20090808_dow_sp_new_09_highs',
    site='www.washingtonpost.com',
    url='http://www.washingtonpost.com/wp-dyn/content/article/2009/08/07/AR2009080701547.html?hpid=topnews',
    outlet='The Washington Post',
    published='2009-08-08', conf='exact',
    pnote='Dated Saturday, August 8, 2009 on the page (URL 2009/08/07); every figure is Friday 2009-08-07.',
    text=("Dow and S&P Close at New '09 Highs. By Renae Merle, Washington Post Staff Writer, Saturday, August 8, "
          "2009. A jobs report read as a sign that the recession may be ending sent Wall Street to a new high for the "
          "year Friday: the Dow Jones industrial average reached its highest level since November and the Standard "
          "& Poor's 500-stock index its highest level since October. Breaking two days of losses, the Dow rose "
          "113.81, or 1.2 percent, to 9370.07; the S&P added 13.40, or 1.3 percent, ending at 1010.48; and the "
          "Nasdaq advanced 27.09, or about 1.4 percent, to 2000.25. Each of the three finished up for the fourth "
          "week in a row. Payrolls shrank by 247,000 in July, the Labor Department said, and the jobless rate "
          "eased to 9.4 percent from 9.5 percent."),
    claims=[
        C('DJI,SPX', 'year_high_close', True, 'flag', 'new high for the year', "[is_year_high_close(t,'2009-08-07') for t in ('DJI','SPX')]",
          'supported', 'flag', 'Both closed at their 2009 highs.', ref_date='2009-08-07'),
        C('DJI', 'highest_since', '2008-11', 'month', 'highest level since November',
          "last_close_at_least('DJI','2009-08-07',9370.07)", 'supported', 'highest since X',
          'Last close at or above 9370.07: 2008-11-04.', ref_date='2009-08-07'),
        C('SPX', 'highest_since', '2008-10', 'month', 'highest level since October',
          "last_close_at_least('SPX','2009-08-07',1010.48)", 'supported', 'highest since X',
          'Last close at or above 1010.48: 2008-10-06 (Nov. 4, 2008 closed at 1005.75).', ref_date='2009-08-07'),
        C('DJI', 'down_streak_days_before', 2, 'sessions', 'Breaking two days of losses', "consecutive_down_days('DJI','2009-08-06')",
          'supported', 'streak exact', 'Down on 08-05 and 08-06.', ref_date='2009-08-06'),
        C('DJI', 'daily_change_points', 113.81, 'points', '113.81', "chg('DJI','2009-08-07')", 'supported',
          '2 decimals within 0.025', '', ref_date='2009-08-07'),
        C('DJI', 'daily_change_pct', 1.2, 'percent', '1.2 percent', "pct('DJI','2009-08-07')", 'supported',
          '1 decimal within 0.07', '+1.23%.', ref_date='2009-08-07'),
        C('DJI', 'close', 9370.07, 'index points', '9370.07', "close('DJI','2009-08-07')", 'supported',
          'index level to 2 dp within 0.025', '', ref_date='2009-08-07'),
        C('SPX', 'daily_change_points', 13.40, 'points', '13.40', "chg('SPX','2009-08-07')", 'supported',
          '2 decimals within 0.025', '', ref_date='2009-08-07'),
        C('SPX', 'daily_change_pct', 1.3, 'percent', '1.3 percent', "pct('SPX','2009-08-07')", 'supported',
          '1 decimal within 0.07', '+1.34%.', ref_date='2009-08-07'),
        C('SPX', 'close', 1010.48, 'index points', '1010.48', "close('SPX','2009-08-07')", 'supported',
          'index level to 2 dp within 0.025', '', ref_date='2009-08-07'),
        C('IXIC', 'daily_change_points', 27.09, 'points', '27.09', "chg('IXIC','2009-08-07')", 'supported',
          '2 decimals within 0.025', '', ref_date='2009-08-07'),
        C('IXIC', 'daily_change_pct', 1.4, 'percent', 'about 1.4 percent', "pct('IXIC','2009-08-07')", 'supported',
          'about: one unit of the last digit', '+1.37%.', qualifier='about', ref_date='2009-08-07'),
        C('IXIC', 'close', 2000.25, 'index points', '2000.25', "close('IXIC','2009-08-07')", 'supported',
          'index level to 2 dp within 0.025', '', ref_date='2009-08-07'),
        C('DJI,SPX,IXIC', 'weekly_up_streak', 4, 'weeks', 'fourth week in a row',
          "[weekly_up_streak(t,'2009-08-07') for t in ('DJI','SPX','IXIC')]", 'supported', 'streak exact',
          'Weeks ending 07-17, 07-24, 07-31 and 08-07 all up for all three.', ref_date='2009-08-07'),
        C('US_UNEMPLOYMENT', 'rate', 9.4, 'percent', '9.4 percent', None, 'unverifiable', 'series not in the files',
          'Labor data are not in the files.', ref_date='2009-07'),
    ]))

# ---------------------------------------------------------------------------------------------
P.append(dict(
    id='ibj_20091014_dow_closes_above_10000',
    site='ibj.com', url='https://ibj.com/articles/7546-dow-jones-industrials-close-above-10-000',
    outlet='Indianapolis Business Journal (Associated Press)',
    published='2009-10-14', conf='high',
    pnote='No date on the page; Wednesday close of 10,015.86 is 2009-10-14.',
    text=("Dow Jones industrials close above 10,000. For the first time in a year the Dow Jones industrial average "
          "is above 10,000, having crossed into five figures Wednesday afternoon, seven months after its 12-year "
          "low of 6,547.05 on March 9. Strong results from Intel Corp. and JPMorgan Chase & Co. supplied the last "
          "push. The Dow finished at 10,015.86, up 144.80, or 1.5 percent; the Standard & Poor's 500 index gained "
          "18.83, or 1.8 percent, to 1,092.02; and the Nasdaq composite index added 32.34, or 1.5 percent, to "
          "2,172.23. The Dow hasn't exceeded 10,000 since Oct. 7, 2008, and hasn't closed above 10,000 since Oct. "
          "3, 2008. The 10,000 mark stands 29.4 percent under the record close of 14164.53 set on Oct. 9, 2007; the "
          "average first finished above 10,000 on March 29, 1999."),
    claims=[
        C('DJI', 'lowest_since', '1997', 'years', '12-year low of 6,547.05',
          "[close('DJI','2009-03-09'), last_close_at_most('DJI','2009-03-09',6547.05)]", 'supported',
          'lowest since X (approximate span)', 'Close 6547.05 on 2009-03-09; the last lower close was 1997-04-14, just under 12 years earlier.',
          ref_date='2009-03-09'),
        C('DJI', 'close', 10015.86, 'index points', '10,015.86', "close('DJI','2009-10-14')", 'supported',
          'index level to 2 dp within 0.025', '', ref_date='2009-10-14'),
        C('DJI', 'daily_change_points', 144.80, 'points', '144.80', "chg('DJI','2009-10-14')", 'supported',
          '2 decimals within 0.025', '', ref_date='2009-10-14'),
        C('DJI', 'daily_change_pct', 1.5, 'percent', '144.80, or 1.5 percent', "pct('DJI','2009-10-14')", 'supported',
          '1 decimal within 0.07', '+1.47%.', ref_date='2009-10-14'),
        C('SPX', 'daily_change_points', 18.83, 'points', '18.83', "chg('SPX','2009-10-14')", 'supported',
          '2 decimals within 0.025', '', ref_date='2009-10-14'),
        C('SPX', 'daily_change_pct', 1.8, 'percent', '1.8 percent', "pct('SPX','2009-10-14')", 'supported',
          '1 decimal within 0.07', '+1.75%.', ref_date='2009-10-14'),
        C('SPX', 'close', 1092.02, 'index points', '1,092.02', "close('SPX','2009-10-14')", 'supported',
          'index level to 2 dp within 0.025', '', ref_date='2009-10-14'),
        C('IXIC', 'daily_change_points', 32.34, 'points', '32.34', "chg('IXIC','2009-10-14')", 'supported',
          '2 decimals within 0.025', '', ref_date='2009-10-14'),
        C('IXIC', 'daily_change_pct', 1.5, 'percent', '32.34, or 1.5 percent', "pct('IXIC','2009-10-14')", 'supported',
          '1 decimal within 0.07', '+1.51%.', ref_date='2009-10-14'),
        C('IXIC', 'close', 2172.23, 'index points', '2,172.23', "close('IXIC','2009-10-14')", 'supported',
          'index level to 2 dp within 0.025', '', ref_date='2009-10-14'),
        C('DJI', 'last_intraday_above', '2008-10-07', 'date', "hasn't exceeded 10,000 since Oct. 7, 2008",
          "last_high_at_least('DJI','2009-10-14',10000)", 'supported', 'since X', 'Last session with a high at or above 10,000: 2008-10-07 (high 10124.03).',
          ref_date='2009-10-14', basis='intraday high'),
        C('DJI', 'last_close_above', '2008-10-03', 'date', "hasn't closed above 10,000 since Oct. 3, 2008",
          "last_close_at_least('DJI','2009-10-14',10000)", 'supported', 'since X', 'Last close at or above 10,000: 2008-10-03 (10325.38).',
          ref_date='2009-10-14'),
        C('DJI', 'pct_from_ath', 29.4, 'percent', '29.4 percent',
          "pct_vs(10000, record_close_before('DJI','2009-10-14')[1])", 'supported', '1 decimal within 0.07',
          'Judged on the stated 10,000 level: 29.40% below 14164.53.', ref_date='2009-10-14'),
        C('DJI', 'record_close', 14164.53, 'index points', 'Oct. 9, 2007', "record_close_before('DJI','2009-10-14')",
          'supported', 'record date and level exact', '', ref_date='2007-10-09'),
        C('DJI', 'first_close_above', '1999-03-29', 'date', 'March 29, 1999', "first_close_at_least('DJI',10000)",
          'supported', 'date exact', 'First close at or above 10,000 in the file (which starts 1992).'),
    ]))

# ---------------------------------------------------------------------------------------------
P.append(dict(
    id='inquirer_20101215_yields_jump_fed_sticks_to_stimulus',
    site='www.inquirer.com',
    url='https://www.inquirer.com/philly/business/20101215_Stocks__bond_yields_up_as_Fed_sticks_to_stimulus.html',
    outlet='Philadelphia Inquirer (Associated Press)',
    published='2010-12-15', conf='exact',
    pnote='Date in the URL; "Tuesday" and "the day before" are 2010-12-14 and 2010-12-13. The yields quoted are late-afternoon market quotes; FRED end-of-day values are 3.49 and 3.29.',
    text=("Stocks, bond yields up as Fed sticks to stimulus. NEW YORK - A sharp drop in bond prices Tuesday lifted "
          "long-term interest rates to their highest level in seven months, after the Federal Reserve said it would "
          "keep working to support the economy, including its $600 billion stimulus program. Stocks inched up as "
          "retail sales gained for the fifth straight month in November, and the Dow Jones industrial average closed "
          "at its highest level of the year. The benchmark 10-year Treasury yield climbed to its highest level since "
          "May 17, rising to 3.45 percent from 3.28 percent the day before. That jump of 17 basis points means the "
          "yield increased 5.2 percent in one day - a move comparable to the Dow Jones industrial average rising "
          "almost 600 points in a day."),
    claims=[
        C('US10Y', 'highest_since_span', 7, 'months', 'highest level in seven months',
          "y_last_at_least('US10Y','2010-12-14',y('US10Y','2010-12-14'))", 'supported', 'since X (approximate span)',
          'FRED 3.49 on 2010-12-14; last value at least as high: 2010-05-13, seven months earlier.',
          ref_date='2010-12-14', basis='end of day'),
        C('FEDFUNDS', 'fomc_decision', None, 'text', 'the Federal Reserve said',
          "[fomc_on('2010-12-14'), fed_target('2010-12-14')]", 'supported', 'FOMC calendar',
          'Scheduled FOMC decision on 2010-12-14; target range 0-0.25% unchanged.', ref_date='2010-12-14'),
        C('US_RETAIL_SALES', 'up_streak_months', 5, 'months', 'fifth straight month', None, 'unverifiable',
          'series not in the files', 'Retail sales are not in the data.', ref_date='2010-11'),
        C('DJI', 'year_high_close', True, 'flag', 'highest level of the year', "is_year_high_close('DJI','2010-12-14')",
          'supported', 'flag', 'Close 11476.54 is the highest of 2010 so far.', ref_date='2010-12-14'),
        C('US_FED_BALANCE_SHEET', 'program_size', 600, 'USD billions', '$600 billion', None, 'unverifiable',
          'series not in the files', 'Asset-purchase size is not a series in the files.'),
        C('US10Y', 'highest_since', '2010-05-17', 'date', 'since May 17', "y_last_at_least('US10Y','2010-12-14',y('US10Y','2010-12-14'))",
          'imprecise', 'since X later than the true date (understated)',
          'On the FRED end-of-day 3.49 the last value at least as high was 2010-05-13, so "May 17" understates slightly. With the article\'s own 3.45 the date would be 2010-05-17 (y_last_at_least at 3.45).',
          ref_date='2010-12-14', basis='end of day'),
        C('US10Y', 'yield_level', 3.45, 'percent', '3.45 percent', "y('US10Y','2010-12-14')", 'imprecise',
          '2 decimals: outside 0.025 but within 20%', 'FRED end-of-day 3.49; the 3.45 is a late-afternoon quote.',
          ref_date='2010-12-14', basis='end of day'),
        C('US10Y', 'yield_level', 3.28, 'percent', '3.28 percent', "y('US10Y','2010-12-13')", 'supported',
          '2 decimals within 0.025', 'FRED 3.29 on 2010-12-13.', ref_date='2010-12-13', basis='end of day'),
        C('US10Y', 'yield_change_bp', 17, 'basis points', 'jump of 17 basis points',
          "[r2((3.45 - 3.28) * 100, 1), y_chg_bp('US10Y','2010-12-14')]", 'supported',
          'distance from levels the passage states',
          'Judged on the stated 3.45 and 3.28: 17 bp. FRED end-of-day gives +20 bp.', ref_date='2010-12-14'),
        C('US10Y', 'yield_change_pct', 5.2, 'percent', 'increased 5.2', "[pct_vs(3.45, 3.28), pct_vs(y('US10Y','2010-12-14'), y('US10Y','2010-12-13'))]",
          'supported', 'distance from levels the passage states',
          '3.45/3.28 - 1 = 5.18%. On FRED values it is 6.08%.', ref_date='2010-12-14'),
        C('DJI', 'equivalent_points', 600, 'points', 'almost 600 points', "r2(close('DJI','2010-12-13') * 0.052)",
          'supported', 'nearly: unit is 2% of a round value of 100+',
          '5.2% of the 2010-12-13 Dow close 11428.56 is 594.29, within 588-606.', qualifier='almost',
          ref_date='2010-12-13'),
    ]))

# ---------------------------------------------------------------------------------------------
P.append(dict(
    id='dailycaller_20110921_fed_twist_selloff',
    site='dailycaller.com', url='https://dailycaller.com/2011/09/21/equities-plunge-treasurys-surge-on-fed-announcement/',
    outlet='The Daily Caller',
    published='2011-09-21', conf='exact',
    pnote='Date in the URL; Wednesday 2011-09-21, a scheduled FOMC decision day. The "before 2 p.m." figures are mid-session.',
    text=("Equities plunge, Treasurys surge on Fed announcement. By Michael Watson. Stocks fell hard Wednesday and "
          "10-year Treasury yields dropped after the Federal Open Market Committee said it would swap $400 billion "
          "of short-term Treasury holdings for 10-year Treasurys. By the close the Dow had lost over 250 points, the "
          "NASDAQ slipped 50 and the S&P 500 plunged 35. Until the statement came out shortly after 2:00 p.m., the "
          "Dow had been virtually unchanged, the NASDAQ was up about 15 points and the S&P 500 index was down just 2 "
          "points. The 10-year Treasury yield fell by 7 basis points, while two-year Treasury yields rose by nearly "
          "5 basis points."),
    claims=[
        C('FEDFUNDS', 'fomc_decision', None, 'text', 'Federal Open Market Committee', "fomc_on('2011-09-21')",
          'supported', 'FOMC calendar', 'Scheduled FOMC decision on 2011-09-21.', ref_date='2011-09-21'),
        C('DJI', 'daily_change_points', -250, 'points', 'over 250 points', "chg('DJI','2011-09-21')", 'supported',
          'more than', '-283.82.', qualifier='more than', ref_date='2011-09-21'),
        C('IXIC', 'daily_change_points', -50, 'points', 'slipped 50', "chg('IXIC','2011-09-21')", 'imprecise',
          'integer outside 0.5 but within 20%', '-52.05.', ref_date='2011-09-21'),
        C('SPX', 'daily_change_points', -35, 'points', 'plunged 35', "chg('SPX','2011-09-21')", 'supported',
          'integer within 0.5', '-35.33.', ref_date='2011-09-21'),
        C('DJI', 'intraday_change_points', 0, 'points', 'virtually unchanged', "chg('DJI','2011-09-21')", 'unverifiable',
          'mid-session figure inside the session range',
          'Before 2 p.m.; the previous close 11408.66 lies inside the session range 11117.28-11447.86. Close-basis value given.',
          qualifier='virtually', ref_date='2011-09-21', basis='before 2 p.m.', detail='session range [11117.28, 11447.86]'),
        C('IXIC', 'intraday_change_points', 15, 'points', 'up about 15 points', "chg('IXIC','2011-09-21')", 'unverifiable',
          'mid-session figure inside the session range',
          'Session high 2613.29 is +23.05 on 2590.24, so +15 lies inside the range. Close-basis value given.',
          qualifier='about', ref_date='2011-09-21', basis='before 2 p.m.', detail='session range [2537.46, 2613.29]'),
        C('SPX', 'intraday_change_points', -2, 'points', 'down just 2 points', "chg('SPX','2011-09-21')", 'unverifiable',
          'mid-session figure inside the session range', 'Session range 1166.21-1206.30 contains 1200.09. Close-basis value given.',
          ref_date='2011-09-21', basis='before 2 p.m.', detail='session range [1166.21, 1206.30]'),
        C('US10Y', 'yield_change_bp', -7, 'basis points', 'fell by 7 basis points', "y_chg_bp('US10Y','2011-09-21')",
          'supported', 'integer within 0.5', 'FRED 1.95 -> 1.88.', ref_date='2011-09-21', basis='end of day'),
        C('US2Y', 'yield_change_bp', 5, 'basis points', 'nearly 5 basis points', "y_chg_bp('US2Y','2011-09-21')",
          'contradicted', 'nearly: claim - 1 unit <= true <= claim + 0.5 unit; off by more than 20%',
          'FRED end-of-day 2-year change is +3 bp; an intraday move may have been larger, but the files record end-of-day only.',
          qualifier='nearly', ref_date='2011-09-21', basis='end of day'),
    ]))

# ---------------------------------------------------------------------------------------------
P.append(dict(
    id='usatoday_20121212_fed_thresholds_stocks_flat',
    site='www.usatoday.com', url='http://www.usatoday.com/story/money/markets/2012/12/11/stocks-wednesday-12-12/1762089/',
    outlet='USA Today',
    published='2012-12-12', conf='high',
    pnote='The URL path carries 2012/12/11 (creation of the live story) and the slug "stocks-wednesday-12-12"; the text is the Wednesday 2012-12-12 close after the FOMC decision.',
    text=("Most stocks closed lower after the Federal Reserve caught investors off guard by pledging to hold its key "
          "short-term rate near zero until the 7.7% unemployment rate falls to 6.5% and the 2.2% inflation pace rises "
          "to 2.5%. Major indexes at first rose about 0.5% on the news, then faded while Fed chief Ben "
          "Bernanke spoke to reporters less than two hours later. The Nasdaq lost 0.3%, off 8 points to 3,014, while "
          "the Dow Jones industrial average and the S&P 500 ended basically flat, down 0.03% and up 0.01%, "
          "respectively. The Fed, ending a two-day meeting, will also keep buying $45 billion a month of Treasury "
          "bonds and $40 billion a month of mortgage bonds. The yield on the 10-year U.S. Treasury jumped to 1.7%. "
          "Gold settled at $1,711.40 an ounce, up 0.2%, or $3.20, and Britain's FTSE 100 finished 0.4% higher at "
          "5,945.85."),
    claims=[
        C('FEDFUNDS', 'target_range', [0.0, 0.25], 'percent', 'near zero', "[fomc_on('2012-12-12'), fed_target('2012-12-12')]",
          'supported', 'Fed target and FOMC calendar', 'Scheduled FOMC decision on 2012-12-12; range 0-0.25%.',
          ref_date='2012-12-12'),
        C('US_UNEMPLOYMENT', 'rate', 7.7, 'percent', '7.7%', None, 'unverifiable', 'series not in the files',
          'Labor data are not in the files.'),
        C('FEDFUNDS', 'policy_threshold', 6.5, 'percent', 'falls to 6.5%', None, 'forecast', 'projection / conditional guidance',
          'Forward guidance tied to future unemployment; not judged.'),
        C('DJI,SPX,IXIC', 'intraday_change_pct', 0.5, 'percent', 'about 0.5%',
          "[pct(t,'2012-12-12') for t in ('DJI','SPX','IXIC')]", 'unverifiable', 'mid-session figure inside the session range',
          'After the 12:30 p.m. statement. Session highs were +0.61% (Dow), +0.75% (S&P 500), +0.43% (Nasdaq) on the previous closes, so about 0.5% lies inside each range. Close-basis values given.',
          qualifier='about', ref_date='2012-12-12', basis='after the statement',
          detail='highs 13329.44 / 1438.59 / 3035.19 vs previous closes 13248.44 / 1427.84 / 3022.30'),
        C('IXIC', 'daily_change_pct', -0.3, 'percent', 'lost 0.3%', "pct('IXIC','2012-12-12')", 'supported',
          '1 decimal within 0.07', '-0.28%.', ref_date='2012-12-12'),
        C('IXIC', 'daily_change_points', -8, 'points', 'off 8 points', "chg('IXIC','2012-12-12')", 'supported',
          'integer within 0.5', '-8.49.', ref_date='2012-12-12'),
        C('IXIC', 'close', 3014, 'index points', '3,014', "close('IXIC','2012-12-12')", 'supported', 'integer within 0.5',
          '3013.81.', ref_date='2012-12-12'),
        C('DJI', 'daily_change_pct', -0.03, 'percent', 'down 0.03%', "pct('DJI','2012-12-12')", 'supported',
          '2 decimals within 0.025', '-0.023%.', ref_date='2012-12-12'),
        C('SPX', 'daily_change_pct', 0.01, 'percent', 'up 0.01%', "pct('SPX','2012-12-12')", 'contradicted',
          '2 decimals: error beyond 0.025 and beyond 20% of the true value',
          'The S&P 500 rose 0.64 to 1428.48, +0.045%; "basically flat" holds but the figure does not.', ref_date='2012-12-12'),
        C('US10Y', 'yield_level', 1.7, 'percent', 'jumped to 1.7%', "y('US10Y','2012-12-12')", 'supported',
          '1 decimal within 0.07', 'FRED 1.72 (1.66 the day before).', ref_date='2012-12-12', basis='end of day'),
        C('GOLD', 'settle', 1711.40, 'USD per ounce', '$1,711.40', None, 'unverifiable', 'series not in the files',
          'Gold is not in the data.', ref_date='2012-12-12'),
        C('FTSE100', 'close', 5945.85, 'index points', '5,945.85', None, 'unverifiable', 'series not in the files',
          'FTSE 100 is not in the data.', ref_date='2012-12-12'),
    ]))

# ---------------------------------------------------------------------------------------------
P.append(dict(
    id='wusa9_20130514_dow_sp_records_russell_up',
    site='archive.wusa9.com',
    url='http://archive.wusa9.com/(X(1)A(4C27-hC5zAEkAAAAYzA5YjQ2YzktOTk1Zi00MzVhLTgwMmMtMWUyMTdlZDlkNWY0Q9A_ppj6SQLTPxGfD-rRYaxNP5k1))/news/nation-world/article/259257/381/Dow-SP-500-close-at-new-record-highs',
    outlet='WUSA9 (USA Today)',
    published='2013-05-14', conf='exact',
    pnote='Stamped 3:23 PM, May 14, 2013 (a page time stamp that precedes the 4 p.m. close in New York, yet the text reports preliminary closes); Tuesday 2013-05-14.',
    text=("Dow, S&P 500 close at new record highs. 3:23 PM, May 14, 2013. (USA TODAY) Tuesday put stocks back in "
          "record territory: the Dow Jones industrial average and the Standard & Poor's 500 index closed at new "
          "record highs. The S&P 500 jumped 1.0% to 1,650, according to preliminary calculations; the Dow gained 0.8% to 15,215 and "
          "the Nasdaq composite index rose 0.7% to 3,463. Banks and insurers rose 1.4%, the best of the 10 industry "
          "groups in the S&P 500. A small-business survey showing owners a bit more upbeat in April helped lift the "
          "Russell 2000, the index of small-company stocks, up 1.3%. June oil fell 96 cents to settle at $94.21 a "
          "barrel, and the 10-year Treasury note's yield rose to 1.95%."),
    claims=[
        C('DJI,SPX', 'record_close', True, 'flag', 'closed at new record highs', "[is_record_close(t,'2013-05-14') for t in ('DJI','SPX')]",
          'supported', 'record: above every earlier close', 'Dow 15215.25 and S&P 500 1650.34 both above all earlier closes.',
          ref_date='2013-05-14'),
        C('SPX', 'daily_change_pct', 1.0, 'percent', 'jumped 1.0%', "pct('SPX','2013-05-14')", 'supported',
          '1 decimal within 0.07', '+1.01%.', qualifier='preliminary', ref_date='2013-05-14'),
        C('SPX', 'close', 1650, 'index points', 'to 1,650', "close('SPX','2013-05-14')", 'supported', 'integer within 0.5',
          '1650.34.', qualifier='preliminary', ref_date='2013-05-14'),
        C('DJI', 'daily_change_pct', 0.8, 'percent', 'gained 0.8%', "pct('DJI','2013-05-14')", 'supported',
          '1 decimal within 0.07', '+0.82%.', ref_date='2013-05-14'),
        C('DJI', 'close', 15215, 'index points', '15,215', "close('DJI','2013-05-14')", 'supported', 'integer within 0.5',
          '15215.25.', ref_date='2013-05-14'),
        C('IXIC', 'daily_change_pct', 0.7, 'percent', 'rose 0.7%', "pct('IXIC','2013-05-14')", 'supported',
          '1 decimal within 0.07', '+0.69%.', ref_date='2013-05-14'),
        C('IXIC', 'close', 3463, 'index points', '3,463', "close('IXIC','2013-05-14')", 'supported', 'integer within 0.5',
          '3462.61.', ref_date='2013-05-14'),
        C('SPX_FINANCIALS', 'daily_change_pct', 1.4, 'percent', 'rose 1.4%', None, 'unverifiable', 'series not in the files',
          'Sector index not in the data; XLF (adj_close only) is just a proxy.', ref_date='2013-05-14'),
        C('RUT', 'daily_change_pct', 1.3, 'percent', 'up 1.3%', "pct('RUT','2013-05-14')", 'supported',
          '1 decimal within 0.07', 'Russell 2000 +1.25% (973.79 -> 985.96), a record close as well.', ref_date='2013-05-14'),
        C('OIL', 'settle', 94.21, 'USD per barrel', '$94.21', None, 'unverifiable', 'series not in the files',
          'Oil is not in the data.', ref_date='2013-05-14'),
        C('US10Y', 'yield_level', 1.95, 'percent', 'rose to 1.95%', "y('US10Y','2013-05-14')", 'supported',
          '2 decimals within 0.025', 'FRED 1.96.', ref_date='2013-05-14', basis='end of day'),
    ]))

# ---------------------------------------------------------------------------------------------
P.append(dict(
    id='businessday_20131231_us_stocks_end_2013_records',
    site='businessday.ng', url='https://businessday.ng/amp/world/article/us-stocks-end-at-record-highs/',
    outlet='BusinessDay (Nigeria)',
    published='2013-12-31', conf='medium',
    pnote='The page shows only a later access date; "ended a record-setting year on Tuesday" with the Dow at 16,576.66 is Tuesday 2013-12-31. The piece may have been posted on 2014-01-01.',
    text=("US stocks end at record highs. Wall Street wrapped up a record-setting year on Tuesday, all three major "
          "indexes showing annual gains of over 26% in 2013. On the last day the Dow Jones Industrial Average rose "
          "72.37 points to 16,576.66, leaving it up 26.5% for the year, its biggest annual gain in 18 years. The "
          "S&P 500, ahead close to 30% for the year, added 7.29 to 1,848.36, and the Nasdaq rose 22.39 to 4,176.59. "
          "Gold, a former refuge from Europe's debt crisis and US budget fights, ended the year down 28.82% at "
          "$1,202.30, its lowest level in 32 years, while Netflix led 2013's gainers with a 297% rise."),
    claims=[
        C('DJI,SPX', 'record_close', True, 'flag', 'end at record highs',
          "[is_record_close(t,'2013-12-31') for t in ('DJI','SPX','IXIC')]", 'supported', 'record: above every earlier close',
          'Headline: the Dow and the S&P 500 closed at records; the Nasdaq (4176.59) was far below its 2000 record and the text does not claim otherwise.',
          ref_date='2013-12-31'),
        C('DJI,SPX,IXIC', 'year_pct_change', 26, 'percent', 'over 26%', "[year_pct(t,2013) for t in ('DJI','SPX','IXIC')]",
          'supported', 'more than', 'Dow +26.5%, S&P 500 +29.6%, Nasdaq +38.3%.', qualifier='more than', window='2013'),
        C('DJI', 'year_pct_change', 26.5, 'percent', '26.5%', "year_pct('DJI',2013)", 'supported', '1 decimal within 0.07',
          '13104.14 to 16576.66.', window='2013'),
        C('DJI', 'daily_change_points', 72.37, 'points', '72.37', "chg('DJI','2013-12-31')", 'supported',
          '2 decimals within 0.025', '', ref_date='2013-12-31'),
        C('DJI', 'close', 16576.66, 'index points', '16,576.66', "close('DJI','2013-12-31')", 'supported',
          'index level to 2 dp within 0.025', '', ref_date='2013-12-31'),
        C('DJI', 'biggest_since', 1995, 'year', 'biggest annual gain in 18 years', "biggest_year_gain_since('DJI',2013)",
          'supported', 'biggest since X', 'Last year with a larger gain: 1995 (+33.5%), 18 years earlier.', window='2013'),
        C('SPX', 'year_pct_change', 30, 'percent', 'close to 30%', "year_pct('SPX',2013)", 'supported',
          'nearly: claim - 1 unit <= true <= claim + 0.5 unit', '+29.6%.', qualifier='close to', window='2013'),
        C('SPX', 'daily_change_points', 7.29, 'points', '7.29', "chg('SPX','2013-12-31')", 'supported',
          '2 decimals within 0.025', '', ref_date='2013-12-31'),
        C('SPX', 'close', 1848.36, 'index points', '1,848.36', "close('SPX','2013-12-31')", 'supported',
          'index level to 2 dp within 0.025', '', ref_date='2013-12-31'),
        C('IXIC', 'daily_change_points', 22.39, 'points', '22.39', "chg('IXIC','2013-12-31')", 'supported',
          '2 decimals within 0.025', '', ref_date='2013-12-31'),
        C('IXIC', 'close', 4176.59, 'index points', '4,176.59', "close('IXIC','2013-12-31')", 'supported',
          'index level to 2 dp within 0.025', '', ref_date='2013-12-31'),
        C('GOLD', 'year_pct_change', -28.82, 'percent', '28.82%', None, 'unverifiable', 'series not in the files',
          'Gold is not in the data.', window='2013'),
        C('STOCKS', 'year_pct_change', 297, 'percent', '297%', None, 'unverifiable', 'series not in the files',
          'Single stock (Netflix).', window='2013'),
    ]))

# ---------------------------------------------------------------------------------------------
P.append(dict(
    id='abcnews_20080122_surprise_cut_dow_swings_noon',
    site='abcnews.go.com', url='http://abcnews.go.com/Business/story?id=4171417&page=1',
    outlet='ABC News',
    published='2008-01-22', conf='exact',
    pnote='Stamped January 22, 2008, 1:04 PM; a live noon update of Tuesday 2008-01-22, the day of the unscheduled 75 bp cut. No closing figures are given.',
    text=("Dow plunges, then rebounds, after Fed rate cut. ABC News, January 22, 2008, 1:04 PM. NEW YORK -- The Dow "
          "Jones industrial average lurched Tuesday, recovering part of its steep early losses after the central bank "
          "surprised with a rate cut. By noon ET the Dow was down about 180 points, hovering in the 11,900 range. "
          "It fell more than 450 points within minutes of the New York Stock Exchange's opening, came back to a drop "
          "in the 55-point range, then started slipping again late in the morning. Responding to further signs of a "
          "weakening economy, the Federal Reserve announced a surprise three-quarters of a percentage point cut in "
          "short-term rates before Wall Street opened, ahead of its meeting later this month. The cut took the fed funds "
          "rate to 3.5% from 4.25%."),
    claims=[
        C('DJI', 'intraday_change_points', -180, 'points', 'about 180 points', "chg('DJI','2008-01-22')", 'unverifiable',
          'mid-session figure inside the session range',
          'At noon; the session ran from -464.48 (low 11634.82) to -6.58 (high 12092.72) on the 12099.30 previous close. Close-basis value given.',
          qualifier='about', ref_date='2008-01-22', basis='noon', detail='session range [11634.82, 12092.72], previous close 12099.30'),
        C('DJI', 'intraday_level', 11900, 'index points', '11,900 range', "close('DJI','2008-01-22')", 'unverifiable',
          'mid-session figure inside the session range', 'Noon level; inside the session range. Close-basis value given.',
          ref_date='2008-01-22', basis='noon', detail='session range [11634.82, 12092.72]'),
        C('DJI', 'intraday_low_change_points', -450, 'points', 'more than 450 points', "intraday_low_move('DJI','2008-01-22')",
          'supported', 'more than (session extreme)', 'Session low 11634.82 is 464.48 below the previous close; the timing ("within minutes") is not in the files.',
          qualifier='more than', ref_date='2008-01-22', basis='intraday low'),
        C('DJI', 'intraday_change_points', -55, 'points', '55-point range', "chg('DJI','2008-01-22')", 'unverifiable',
          'mid-session figure inside the session range', 'Morning rebound level (about 12,044) lies inside the session range. Close-basis value given.',
          ref_date='2008-01-22', basis='morning', detail='session range [11634.82, 12092.72]'),
        C('FEDFUNDS', 'unscheduled_cut', 0.75, 'percentage points', 'surprise three-quarters',
          "[fomc_on('2008-01-22'), fed_changes('2008-01-22','2008-01-22')]", 'supported', 'Fed target and FOMC calendar',
          'Unscheduled action on 2008-01-22 (scheduled=false); DFEDTAR 4.25 -> 3.5.', ref_date='2008-01-22'),
        C('FEDFUNDS', 'target_rate', 3.5, 'percent', '3.5% from 4.25%', "[fed_target('2008-01-21'), fed_target('2008-01-22')]",
          'supported', 'Fed target', '', ref_date='2008-01-22'),
        C('FEDFUNDS', 'next_fomc_date', '2008-01-30', 'date', 'meeting later this month', "next_scheduled_fomc('2008-01-22')",
          'supported', 'FOMC calendar', 'Scheduled decision on 2008-01-30.', ref_date='2008-01-30'),
    ]))


# =============================================================================================
def main(data_dir):
    R.DATA_DIR = data_dir
    out_p, out_k, recipes = [], [], {}
    for p in P:
        text = p['text']
        claims_out = []
        for i, c in enumerate(p['claims']):
            a = c['anchor']
            n = text.count(a)
            if n != 1:
                raise SystemExit('anchor %r occurs %d times in %s' % (a, n, p['id']))
            val = R.evaluate(c['recipe'])
            key = '%s#%d' % (p['id'], i)
            recipes[key] = c['recipe']
            detail = (c['detail'] + '; ' if c['detail'] else '') + 'reference.py: ' + (c['recipe'] or 'none (not computable from the files)')
            out_k.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=c['index_or_ticker'],
                              metric=c['metric'], claimed_value=c['value'], qualifier=c['qualifier'],
                              ref_date_used=c['ref_date'], computed_value=val, computed_detail=detail,
                              verdict=c['verdict'], rule=c['rule'], note=c['note'], anchor_text=a))
            claims_out.append({k: c[k] for k in ('index_or_ticker', 'metric', 'value', 'unit', 'qualifier',
                                                 'ref_date', 'window', 'comparison', 'basis')})
        out_p.append(dict(id=p['id'], source=dict(site=p['site'], url=p['url'], original_outlet=p['outlet']),
                          published=p['published'], published_confidence=p['conf'], published_note=p['pnote'],
                          text_kind='condensed_close_paraphrase', text=text, claims=claims_out))
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
        for r in out_p:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
        for r in out_k:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    # write the RECIPES table into reference.py
    ref = os.path.join(HERE, 'reference.py')
    s = open(ref).read()
    body = 'RECIPES = {\n' + ''.join('    %r: %r,\n' % (k, v) for k, v in recipes.items()) + '}\n'
    s = re.sub(r'(# @@RECIPES-BEGIN[^\n]*\n).*?(# @@RECIPES-END)', lambda m: m.group(1) + body + m.group(2), s,
               flags=re.S)
    open(ref, 'w').write(s)
    print('%d passages, %d claims' % (len(out_p), len(out_k)))


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else os.environ['CAPSCOPE_DATA_DIR'])
