"""Build passages.jsonl, key.jsonl and recipes.json of this corpus (heldout40c: records, corrections and bear markets).

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
LVL = 'index level to 2 decimals: |true - claim| <= 0.025'
LVLI = 'index level off by more than the tolerance but within 1%: imprecise'
PTSI = 'point change off by more than the tolerance but within 20%: imprecise'
PCTI = 'percent figure off by <= max(2 pp, 10%) and <= 20% of the true value: imprecise'
PCTX = 'percent figure off by more than the imprecise band: contradicted'
ABOUT = 'about/around/approximately: within one unit of the last stated digit'
NEARLY = 'nearly: claim - 1 unit <= true <= claim + 0.5 unit'
NEARLYI = 'nearly: outside claim - 1 unit .. claim + 0.5 unit but within the imprecise band: imprecise'
MORE = 'more than/over: true > claim'
LESS = 'less than/within: true < claim'
MID = 'mid-session figure inside the session range: unverifiable'
NOFILE = 'series or history not in the files: unverifiable'
ONPACE = 'on pace/on track: not_checkable'
COND = 'conditional or hypothetical: not_checkable'
QUOTE = 'quoted opinion: not_checkable'
FC = 'projection or target: forecast'
REC = 'record: above every earlier close in the file'
RECH = 'intraday record: above every earlier high in the file'
FIRST = 'first close at or above the level: date matches'
SINCE = 'highest/lowest/worst since X: X must be the last session at least as extreme'
SINCEX = 'since X earlier than the true date: contradicted'
STREAK = 'streaks and counts use daily closes'
COUNT = 'count: exact'
RANK = 'rank or ordering: exact'
DATE = 'date matches'
DATEX = 'wrong date: contradicted'
CORR = 'correction: close at least 10% below the record (or 52-week high) close'
BEAR = 'bear market: close at least 20% below the record (or cycle-high) close'
ARITH = 'arithmetic on levels the passage states'
FED = 'Fed target range (DFEDTARU/DFEDTARL, FOMC_meetings.csv)'

# ---------------------------------------------------------------- 1
add('usatoday_20080709_sp500_joins_bear_market', 'usatoday30.usatoday.com',
    'http://usatoday30.usatoday.com/money/markets/2008-07-09-stocks-wednesday_N.htm',
    'USA Today', '2008-07-09', 'exact',
    'Dated 2008-07-09 in the URL (a Wednesday). "Wednesday" is 2008-07-09; the table\'s "Loss" column gives each index\'s decline as of that close.',
    'S&P 500-stock index joins others in bear market (USA TODAY). The S&P 500 and the Dow crossed into bear territory a full five months after the Nasdaq composite, yet the three have '
    'been hurt about equally. USA TODAY research lists when each entered a bear market and its loss: Nasdaq composite, Feb. 6, 2008, 21.8%; Dow Jones industrials, July 2, 2008, 21.3%; '
    "Standard & Poor's 500, Wednesday, 20.5%. NEW YORK — The bear market that had already mauled blue-chip, technology and small stocks reached the country's biggest companies on "
    "Wednesday, a new sign that Wall Street's pain is spreading. The Standard & Poor's 500 index ended the day officially in bear market territory, meaning a fall of 20% or more. It is "
    "the index's first bear since the 2000-2002 tech-stock bust wiped out 49.1% of its value. After falling 2.3% Wednesday to 1245, the index is trading at a two-year low — down 20.5% "
    'and nearly $3 trillion from its October 2007 high, according to S&P. With the S&P 500 now alongside the Dow Jones industrials, Nasdaq composite and Russell 2000 in bear territory, '
    'investors are asking whether the slide is nearly over or whether something worse is ahead, like the decline earlier this decade or the 48% plunge in 1973-74. Financial shares led '
    "Wednesday's drop; investment bank Lehman Bros. fell 11%.",
    [
        C('DJI, SPX', 'months_after', 5, 'months', 'a full five months after the Nasdaq composite', "[months_between('2008-02-06','2008-07-02'), months_between('2008-02-06','2008-07-09')]", S, INT,
          'From the Nasdaq\'s bear-market close (2008-02-06) to the Dow\'s (2008-07-02) is 4.9 months and to the S&P 500\'s (2008-07-09) 5.1 months; both round to five.', ref='2008-07-09'),
        C('IXIC', 'bear_market_entry_date', '2008-02-06', 'date', 'Nasdaq composite, Feb. 6, 2008', "cycle_drawdowns('IXIC',20,'2007-11-01','2008-02-29')", S, BEAR,
          'The Nasdaq first closed 20% or more below its 2007-10-31 high (2,859.12) on 2008-02-06 (20.30% below); its all-time record (5,048.62, 2000) is not the reference of this cycle.', ref='2008-02-06'),
        C('IXIC', 'pct_from_high', 21.8, 'percent', 'Feb. 6, 2008, 21.8%', "peak_drawdown('IXIC','2007-10-31','2008-07-09')", S, D1,
          '21.83% below the 2007-10-31 close of 2,859.12 at the 2008-07-09 close (2,234.89 on the table\'s reading "loss" as of Wednesday).', ref='2008-07-09'),
        C('DJI', 'bear_market_entry_date', '2008-07-02', 'date', 'Dow Jones industrials, July 2, 2008', "first_close_below_peak('DJI','2007-10-09',20)", S, BEAR,
          'First Dow close 20% or more below the 2007-10-09 record (14,164.53): 2008-07-02 (11,215.51, 20.82% below).', ref='2008-07-02'),
        C('DJI', 'pct_from_ath', 21.3, 'percent', 'July 2, 2008, 21.3%', "peak_drawdown('DJI','2007-10-09','2008-07-09')", S, D1,
          '21.30% below the record close at the 2008-07-09 close (11,147.44).', ref='2008-07-09'),
        C('SPX', 'bear_market_entry_date', '2008-07-09', 'date', "Standard & Poor's 500, Wednesday", "first_close_below_peak('SPX','2007-10-09',20)", S, BEAR,
          'First S&P 500 close 20% or more below the 2007-10-09 record (1,565.15): 2008-07-09 (1,244.69); the passage\'s "officially closed in bear market territory" is the same fact.', ref='2008-07-09'),
        C('SPX', 'pct_from_ath', 20.5, 'percent', 'Wednesday, 20.5%', "pct_below_record('SPX','2008-07-09')", S, D1, '20.47% below the record close of 1,565.15.', ref='2008-07-09'),
        C('SPX', 'previous_bear_decline', 49.1, 'percent', 'wiped out 49.1% of its value', "peak_to_trough('SPX','2000-01-01','2000-12-31','2002-01-01','2002-12-31')", S, D1,
          '1,527.46 (2000-03-24) to 776.76 (2002-10-09) = -49.15%.', ref='2002-10-09', window='2000-03-24..2002-10-09'),
        C('SPX', 'first_bear_since', '2000-2002', 'period', "first bear since the 2000-2002 tech-stock bust", "drawdown_episodes('SPX',20,'2001-01-01','2008-07-09')", S, SINCE,
          'Declines of 20% from a record close: the 2000-03-24 record crossed the line on 2001-03-12 and the next crossing is 2008-07-09, from the 2007-10-09 record; no bear market on any 52-week-high reading in between either (the deepest 2003-2007 decline was under 10%).', ref='2008-07-09'),
        C('SPX', 'day_change_pct', -2.3, 'percent', 'After falling 2.3% Wednesday', "day_pct('SPX','2008-07-09')", S, D1, '1,273.70 -> 1,244.69 = -2.28%.', ref='2008-07-09'),
        C('SPX', 'close', 1245, 'points', 'Wednesday to 1245', "close('SPX','2008-07-09')", S, INT, 'Close 1,244.69.', ref='2008-07-09'),
        C('SPX', 'lowest_since', 'two years', 'period', 'trading at a two-year low', "last_close_at_or_below('SPX',1244.69,'2008-07-08')", S, SINCE,
          'The last close at or below 1,244.69 was 2006-07-21, just under two years earlier.', ref='2008-07-09'),
        C('SPX', 'pct_from_ath', 20.5, 'percent', 'down 20.5% and nearly $3 trillion', "pct_below_record('SPX','2008-07-09')", S, D1, '20.47% below the record close (the same figure as in the table).', ref='2008-07-09'),
        C('SPX_MARKET_CAP', 'value_lost', 3, 'trillion dollars', 'nearly $3 trillion from its October 2007 high', None, U, NOFILE, 'Index market capitalization is not in the files.', q='nearly', ref='2008-07-09'),
        C('SPX', 'record_close_month', '2007-10', 'month', 'from its October 2007 high', "record_close_upto('SPX','2008-07-09')", S, DATE, 'Record close 1,565.15 on 2007-10-09.', ref='2007-10-09'),
        C('RUT', 'bear_market', True, 'flag', 'Nasdaq composite and Russell 2000 in bear territory', "peak_drawdown('RUT','2007-07-13','2008-07-09')", S, BEAR,
          'The Russell 2000 closed 22.44% below its 2007-07-13 record (855.77) on 2008-07-09; it first closed 20% below it on 2008-01-17. The Dow (21.30%) and Nasdaq (21.83% below its 2007 high) too.', ref='2008-07-09'),
        C('SPX', 'bear_decline', 48, 'percent', 'the 48% plunge in 1973-74', "peak_to_trough('SPX','1972-12-01','1973-12-31','1974-01-01','1974-12-31')", S, INT,
          '120.24 (1973-01-11) to 62.28 (1974-10-03) = -48.20%.', ref='1974-10-03', window='1973-01-11..1974-10-03'),
        C('LEH', 'day_change_pct', -11, 'percent', 'Lehman Bros. fell 11%', None, U, NOFILE, 'Single stocks are not in the files.', ref='2008-07-09'),
    ])

# ---------------------------------------------------------------- 2
add('ap_20081120_sp500_lowest_close_since_1997', 'blueridgenow.com',
    'http://www.blueridgenow.com/article/20081120/NEWS/811200266?Title=S-P-sees-lowest-close-since-1997',
    'Associated Press (on the Times-News, Hendersonville)', '2008-11-20', 'exact',
    'The page reads "Published: Thursday, November 20, 2008 at 4:51 p.m." and the URL carries 20081120; the story is about the close of Thursday 2008-11-20.',
    'S&P sees lowest close since 1997. NEW YORK (AP) -- Stocks plunged for a second straight day Thursday, sinking to levels not seen in at least five years as financial and energy '
    'shares tumbled and investors rushed into government debt. The heaviest selling came late in the day, after hopes faded for a quick rescue package for U.S. automakers and as the '
    "Standard & Poor's 500 index broke through lows established in 2002, a technical breach that set off more selling. The S&P 500 index fell 6.7 percent to its lowest close since April"
    " 1997. The Dow Jones industrial average fell 445 points, or 5.6 percent, to its lowest close since March 2003, which brings the Dow's two-day drop to 873 points, or 10.6 percent, "
    'its worst two-day percentage loss since October 1987. Volume was heavy, which some investors took as a sign of a cathartic sell-off.',
    [
        C('SPX, DJI, IXIC', 'down_streak', 2, 'sessions', 'plunged for a second straight day', "[down_streak('SPX','2008-11-20'), down_streak('DJI','2008-11-20'), down_streak('IXIC','2008-11-20')]", S, STREAK,
          'S&P 500, Dow and Nasdaq all fell on 2008-11-19 and 2008-11-20 after rising on 2008-11-18.', ref='2008-11-20'),
        C('SPX, DJI', 'lowest_since', 'at least five years', 'period', 'levels not seen in at least five years', "[last_close_at_or_below('DJI',7552.29,'2008-11-19'), last_close_at_or_below('SPX',752.44,'2008-11-19')]", S, SINCE,
          'The Dow was last as low on 2003-03-12 (5.7 years earlier) and the S&P 500 on 1997-04-14 (11.6 years).', ref='2008-11-20'),
        C('SPX', 'below_level', True, 'flag', 'broke through lows established in 2002', "[min_close('SPX','2002-01-01','2002-12-31'), close('SPX','2008-11-20')]", S, 'level comparison on closes',
          'The 2002 closing low was 776.76 (2002-10-09); the S&P 500 closed at 752.44 on 2008-11-20, and its intraday low (747.78) was also below the 2002 intraday low (768.63).', ref='2008-11-20'),
        C('SPX', 'day_change_pct', -6.7, 'percent', 'fell 6.7 percent', "day_pct('SPX','2008-11-20')", S, D1, '806.58 -> 752.44 = -6.71%.', ref='2008-11-20'),
        C('SPX', 'lowest_close_since', '1997-04', 'month', 'lowest close since April 1997', "last_close_at_or_below('SPX',752.44,'2008-11-19')", S, SINCE, 'The last close at or below 752.44 was 1997-04-14 (743.73).', ref='2008-11-20'),
        C('DJI', 'day_change_pts', -445, 'points', 'fell 445 points', "day_pts('DJI','2008-11-20')", S, INT, '7,997.28 -> 7,552.29 = -444.99.', ref='2008-11-20'),
        C('DJI', 'day_change_pct', -5.6, 'percent', 'or 5.6 percent', "day_pct('DJI','2008-11-20')", S, D1, '-5.56%.', ref='2008-11-20'),
        C('DJI', 'lowest_close_since', '2003-03', 'month', 'lowest close since March 2003', "last_close_at_or_below('DJI',7552.29,'2008-11-19')", S, SINCE, 'The last close at or below 7,552.29 was 2003-03-12.', ref='2008-11-20'),
        C('DJI', 'two_day_change_pts', -873, 'points', "two-day drop to 873 points", "n_day_pts('DJI','2008-11-20',2)", I, 'unhedged integer off by more than 0.5 but within 20%: imprecise',
          '8,424.75 (2008-11-18) -> 7,552.29 = -872.46 points (427.47 + 444.99); 873 is 0.54 point off.', ref='2008-11-20', window='2008-11-19..2008-11-20'),
        C('DJI', 'two_day_change_pct', -10.6, 'percent', 'or 10.6 percent', "n_day_pct('DJI','2008-11-20',2)", I, PCTI,
          'Two-session change -10.36% (0.24 point off); 872.46 points over the 2008-11-18 close of 8,424.75.', ref='2008-11-20', window='2008-11-19..2008-11-20'),
        C('DJI', 'worst_two_day_since', '1987-10', 'month', 'worst two-day percentage loss since October 1987', "worst_n_day_before('DJI','2008-11-20',2)", U, NOFILE,
          'The Dow file starts in 1992, so October 1987 cannot be checked. Inside the file no earlier two-session loss is as large: the worst before was -9.66% (two sessions to 2008-11-06), so the claim is consistent with the file.', ref='2008-11-20'),
    ])

# ---------------------------------------------------------------- 3
add('ap_20170125_dow_milestones_list', 'taiwannews.com.tw',
    'http://www.taiwannews.com.tw/en/news/3082252',
    'Associated Press (on Taiwan News)', '2017-01-26', 'exact',
    'The page is dated 2017-01-26 (Taiwan time); the AP item was written during the session of Wednesday 2017-01-25, when the Dow first traded above 20,000 (it closed at 20,068.51 that day).',
    "The Dow Jones industrial average traded above 20,000 points for the first time Wednesday. Should it finish the day above that mark, it will have reached its latest 1,000-point milestone two months "
    "after closing above 19,000. The dates on which the Dow first closed above earlier 1,000-point milestones, according to S&P Dow Jones Indices: 1,000: Nov. 14, 1972; 2,000: Jan. 8, 1987; 3,000: April 17, 1991; 4,000: Feb. 23, 1995; 5,000: Nov. 21, 1995; 6,000: Oct. 14, 1996; 8,000: July 16, 1997; 9,000: April 6, 1998; 10,000: Mar. 29, 1999; 11,000: May 3, 1999; 12,000: Oct. 19, 2006; 13,000: April 25, 2007; 14,000: July 19, 2007; 15,000: May 7, 2013; 16,000: Nov. 21, 2013; 17,000: July 3, 2014; 18,000: Dec. 23, 2014; 19,000: Nov. 22, 2016.",
    [
        C('DJI', 'first_intraday_above', '2017-01-25', 'date', 'traded above 20,000 points for the first time Wednesday', "first_high_at_or_above('DJI',20000)", S, RECH,
          'First session with a high at or above 20,000: 2017-01-25 (high 20,082.00).', ref='2017-01-25', basis='intraday'),
        C('DJI', 'months_between_milestones', 2, 'months', 'two months after closing above 19,000', "milestone_days('DJI',19000,20000)", N, COND,
          'Conditional ("Should it finish the day above that mark"). For the record: the Dow did close above 20,000 that day (20,068.51), 64 calendar days (42 sessions) after its first close above 19,000 on 2016-11-22.', ref='2017-01-25'),
        C('DJI', 'first_close_above', '1972-11-14', 'date', '1,000: Nov. 14, 1972', None, U, NOFILE, 'Before the Dow file starts (1992-01-02, 3,172.40).', ref='1972-11-14'),
        C('DJI', 'first_close_above', '1987-01-08', 'date', '2,000: Jan. 8, 1987', None, U, NOFILE, 'Before the Dow file starts (1992-01-02).', ref='1987-01-08'),
        C('DJI', 'first_close_above', '1991-04-17', 'date', '3,000: April 17, 1991', "first_close_at_or_above('DJI',3000)", U, NOFILE, 'Before the Dow file starts: its first close (1992-01-02, 3,172.40) is already above 3,000, so the file returns its first row.', ref='1991-04-17'),
        C('DJI', 'first_close_above', '1995-02-23', 'date', '4,000: Feb. 23, 1995', "first_close_at_or_above('DJI',4000)", S, FIRST, 'First close at or above 4,000: 1995-02-23.', ref='1995-02-23'),
        C('DJI', 'first_close_above', '1995-11-21', 'date', '5,000: Nov. 21, 1995', "first_close_at_or_above('DJI',5000)", S, FIRST, 'First close at or above 5,000: 1995-11-21.', ref='1995-11-21'),
        C('DJI', 'first_close_above', '1996-10-14', 'date', '6,000: Oct. 14, 1996', "first_close_at_or_above('DJI',6000)", S, FIRST, 'First close at or above 6,000: 1996-10-14.', ref='1996-10-14'),
        C('DJI', 'first_close_above', '1997-07-16', 'date', '8,000: July 16, 1997', "first_close_at_or_above('DJI',8000)", S, FIRST, 'First close at or above 8,000: 1997-07-16.', ref='1997-07-16'),
        C('DJI', 'first_close_above', '1998-04-06', 'date', '9,000: April 6, 1998', "first_close_at_or_above('DJI',9000)", S, FIRST, 'First close at or above 9,000: 1998-04-06.', ref='1998-04-06'),
        C('DJI', 'first_close_above', '1999-03-29', 'date', '10,000: Mar. 29, 1999', "first_close_at_or_above('DJI',10000)", S, FIRST, 'First close at or above 10,000: 1999-03-29.', ref='1999-03-29'),
        C('DJI', 'first_close_above', '1999-05-03', 'date', '11,000: May 3, 1999', "first_close_at_or_above('DJI',11000)", S, FIRST, 'First close at or above 11,000: 1999-05-03.', ref='1999-05-03'),
        C('DJI', 'first_close_above', '2006-10-19', 'date', '12,000: Oct. 19, 2006', "first_close_at_or_above('DJI',12000)", S, FIRST, 'First close at or above 12,000: 2006-10-19.', ref='2006-10-19'),
        C('DJI', 'first_close_above', '2007-04-25', 'date', '13,000: April 25, 2007', "first_close_at_or_above('DJI',13000)", S, FIRST, 'First close at or above 13,000: 2007-04-25.', ref='2007-04-25'),
        C('DJI', 'first_close_above', '2007-07-19', 'date', '14,000: July 19, 2007', "first_close_at_or_above('DJI',14000)", S, FIRST, 'First close at or above 14,000: 2007-07-19.', ref='2007-07-19'),
        C('DJI', 'first_close_above', '2013-05-07', 'date', '15,000: May 7, 2013', "first_close_at_or_above('DJI',15000)", S, FIRST, 'First close at or above 15,000: 2013-05-07.', ref='2013-05-07'),
        C('DJI', 'first_close_above', '2013-11-21', 'date', '16,000: Nov. 21, 2013', "first_close_at_or_above('DJI',16000)", S, FIRST, 'First close at or above 16,000: 2013-11-21.', ref='2013-11-21'),
        C('DJI', 'first_close_above', '2014-07-03', 'date', '17,000: July 3, 2014', "first_close_at_or_above('DJI',17000)", S, FIRST, 'First close at or above 17,000: 2014-07-03.', ref='2014-07-03'),
        C('DJI', 'first_close_above', '2014-12-23', 'date', '18,000: Dec. 23, 2014', "first_close_at_or_above('DJI',18000)", S, FIRST, 'First close at or above 18,000: 2014-12-23.', ref='2014-12-23'),
        C('DJI', 'first_close_above', '2016-11-22', 'date', '19,000: Nov. 22, 2016', "first_close_at_or_above('DJI',19000)", S, FIRST, 'First close at or above 19,000: 2016-11-22.', ref='2016-11-22'),
    ])

# ---------------------------------------------------------------- 4
add('bignewsnetwork_20201124_dow_30000', 'bignewsnetwork.com',
    'https://www.bignewsnetwork.com/news/267077439/dow-jones-soars-above-30000-for-first-time-ever',
    'Big News Network', '2020-11-24', 'high',
    'The page shows no date. "At the close on Tuesday the Dow Jones was ahead 454.97 points or 1.54 percent at 30,046.24" fits Tuesday 2020-11-24 exactly (first Dow close above 30,000), and the piece reads as that evening\'s wrap.',
    'Dow Jones soars above 30,000 for first time ever. NEW YORK, New York - Wall Street charged higher Tuesday, and the Dow Jones reached a new milestone - topping the 30,000 mark. '
    "Outgoing U.S. President Donald Trump's agreement to a transition to the Biden presidency, though he still had not conceded, gave the market an extra push; Trump had repeatedly "
    'claimed stocks would crash if Biden won. Instead it has hit new record highs. Not everyone was impressed by the latest record. "Percentage wise, 20 to 30 is only 50%," Joe Saluzzi,'
    ' co-manager of trading at Themis Trading in Chatham, New Jersey, told Reuters, calling it a nice number that will draw in some retail investors. At the close on Tuesday the Dow '
    "Jones was ahead 454.97 points or 1.54 percent at 30,046.24. The Nasdaq Composite added 156.15 points or 1.31 percent to 12,036.79. The Standard and Poor's 500 gained 57.82 points "
    'or 1.67% percent to 3,635.41. In London the FTSE 100 also advanced, closing up 1.55 percent.',
    [
        C('DJI', 'first_close_above', '2020-11-24', 'date', 'topping the 30,000 mark', "first_close_at_or_above('DJI',30000)", S, FIRST, 'First Dow close at or above 30,000: 2020-11-24 (30,046.24).', ref='2020-11-24'),
        C('DJI, SPX, IXIC', 'record_close', True, 'flag', 'Instead it has hit new record highs', "[is_record_close('DJI','2020-11-24'), is_record_close('SPX','2020-11-24'), is_record_close('IXIC','2020-11-24')]", S, REC,
          'The Dow and the S&P 500 closed at records on 2020-11-24; the Nasdaq did not (its record close was 12,056.44 on 2020-09-02). "The stock market" hitting records holds for the two benchmarks named first in such wraps.', ref='2020-11-24'),
        C('QUOTE', 'pct_change_20k_to_30k', 50, 'percent', '20 to 30 is only 50%', "arith('100*(30/20-1)')", N, QUOTE, 'A trader\'s remark; the arithmetic (20 -> 30 = +50%) is right.', ref='2020-11-24'),
        C('DJI', 'day_change_pts', 454.97, 'points', 'ahead 454.97 points', "day_pts('DJI','2020-11-24')", S, D2, '29,591.27 -> 30,046.24 = +454.97.', ref='2020-11-24'),
        C('DJI', 'day_change_pct', 1.54, 'percent', 'or 1.54 percent', "day_pct('DJI','2020-11-24')", S, D2, '+1.54%.', ref='2020-11-24'),
        C('DJI', 'close', 30046.24, 'points', 'at 30,046.24', "close('DJI','2020-11-24')", S, LVL, 'Close 30,046.24.', ref='2020-11-24'),
        C('IXIC', 'day_change_pts', 156.15, 'points', 'added 156.15 points', "day_pts('IXIC','2020-11-24')", S, D2, '11,880.63 -> 12,036.79 = +156.16 (0.01 off).', ref='2020-11-24'),
        C('IXIC', 'day_change_pct', 1.31, 'percent', 'or 1.31 percent', "day_pct('IXIC','2020-11-24')", S, D2, '+1.31%.', ref='2020-11-24'),
        C('IXIC', 'close', 12036.79, 'points', 'to 12,036.79', "close('IXIC','2020-11-24')", S, LVL, 'Close 12,036.79.', ref='2020-11-24'),
        C('SPX', 'day_change_pts', 57.82, 'points', 'gained 57.82 points', "day_pts('SPX','2020-11-24')", S, D2, '3,577.59 -> 3,635.41 = +57.82.', ref='2020-11-24'),
        C('SPX', 'day_change_pct', 1.67, 'percent', '1.67% percent', "day_pct('SPX','2020-11-24')", I, 'percent figure off by more than the 2-decimal tolerance but within the imprecise band: imprecise',
          '+1.62%: the stated 57.82 points on 3,577.59 give 1.62%, not 1.67% (0.05 point off).', ref='2020-11-24'),
        C('SPX', 'close', 3635.41, 'points', 'to 3,635.41', "close('SPX','2020-11-24')", S, LVL, 'Close 3,635.41 (a record).', ref='2020-11-24'),
        C('FTSE', 'day_change_pct', 1.55, 'percent', 'closing up 1.55 percent', None, U, NOFILE, 'UK index not in the files.', ref='2020-11-24'),
    ])

# ---------------------------------------------------------------- 5
add('upi_20180105_dow_25000', 'gephardtdaily.com',
    'https://gephardtdaily.com/national-international/dow-closes-above-25000-for-the-first-time',
    'United Press International (on Gephardt Daily)', '2018-01-05', 'exact',
    'Dateline "Jan. 5 (UPI)"; the story is about the close of Thursday 2018-01-04. "Nov. 30" is 2017-11-30 and "last year" is 2017.',
    'Dow closes above 25,000 for the first time. Jan. 5 (UPI) — The Dow Jones industrial Average closed at more than 25,000 for the first time Thursday. The 30-stock average climbed '
    '152.45 points to 25,075.13, 35 days after it broke above 24,000 for the first time on Nov. 30, tying the fastest 1,000-point move in its history, set when it rose from 20,000 to '
    '21,000 last year. A Dow at that level would have seemed a pretty wild idea a year ago, said Steve Claussen of E-Trade. The S&P 500 index closed at 2,723.99 and the Nasdaq composite'
    " finished at 7,077.9, both all-time highs. Upbeat jobs figures helped: ADP and Moody's Analytics reported that the U.S. private sector added 250,000 jobs in December. CNN Money "
    'noted that the United States also has its lowest unemployment rate in 17 years and its best economic growth in three years.',
    [
        C('DJI', 'first_close_above', '2018-01-04', 'date', 'closed at more than 25,000 for the first time Thursday', "first_close_at_or_above('DJI',25000)", S, FIRST, 'First Dow close at or above 25,000: 2018-01-04.', ref='2018-01-04'),
        C('DJI', 'day_change_pts', 152.45, 'points', 'climbed 152.45 points', "day_pts('DJI','2018-01-04')", S, D2, '24,922.68 -> 25,075.13 = +152.45.', ref='2018-01-04'),
        C('DJI', 'close', 25075.13, 'points', 'to 25,075.13', "close('DJI','2018-01-04')", S, LVL, 'Close 25,075.13.', ref='2018-01-04'),
        C('DJI', 'days_between_milestones', 35, 'days', '35 days after it broke above 24,000', "milestone_days('DJI',24000,25000)", S, INT,
          'First close above 24,000 on 2017-11-30, above 25,000 on 2018-01-04: 35 calendar days (23 sessions).', ref='2018-01-04'),
        C('DJI', 'first_close_above', '2017-11-30', 'date', 'for the first time on Nov. 30', "first_close_at_or_above('DJI',24000)", S, FIRST, 'First close at or above 24,000: 2017-11-30.', ref='2017-11-30'),
        C('DJI', 'fastest_1000_point_move', True, 'flag', 'tying the fastest 1,000-point move in its history', "fastest_milestones('DJI',1000,5000,25000)", S, RANK,
          'In calendar days between first closes, 35 days is the shortest 1,000-point step in the file, shared by 10,000->11,000 (1999), 20,000->21,000 (2017) and 24,000->25,000; steps up to 4,000 start before the file (1992) and cannot be timed from it. In sessions 25,000 took 23 against 24 for the other two.', ref='2018-01-04'),
        C('DJI', 'days_between_milestones', 35, 'days', 'when it rose from 20,000 to 21,000 last year', "milestone_days('DJI',20000,21000)", S, INT,
          'First close above 20,000 on 2017-01-25, above 21,000 on 2017-03-01: 35 calendar days (24 sessions).', ref='2017-03-01'),
        C('SPX', 'close', 2723.99, 'points', 'closed at 2,723.99', "close('SPX','2018-01-04')", S, LVL, 'Close 2,723.99.', ref='2018-01-04'),
        C('IXIC', 'close', 7077.9, 'points', 'finished at 7,077.9', "close('IXIC','2018-01-04')", S, D1, 'Close 7,077.91.', ref='2018-01-04'),
        C('SPX, IXIC', 'record_close', True, 'flag', 'both all-time highs', "[is_record_close('SPX','2018-01-04'), is_record_close('IXIC','2018-01-04')]", S, REC,
          'Both closed above every earlier close (previous records 2,713.06 and 7,065.53 on 2018-01-03).', ref='2018-01-04'),
        C('US_JOBS', 'adp_private_payrolls', 250000, 'jobs', 'added 250,000 jobs in December', None, U, NOFILE, 'Payroll data are not in the files.', ref='2017-12-31'),
        C('US_UNEMPLOYMENT', 'lowest_since', 17, 'years', 'lowest unemployment rate in 17 years', None, U, NOFILE, 'Unemployment data are not in the files.', ref='2017-12-31'),
        C('US_GDP', 'best_growth_since', 3, 'years', 'best economic growth in three years', None, U, NOFILE, 'GDP data are not in the files.', ref='2017-12-31'),
    ])

# ---------------------------------------------------------------- 6
add('etfcom_20240209_sp500_closes_above_5000', 'etf.com',
    'https://www.etf.com/sections/news/sp-500-closes-above-5000-first-time',
    'etf.com (Lucy Brewster)', '2024-02-09', 'high',
    'No date in the excerpt. The S&P 500 first closed above 5,000 on Friday 2024-02-09 at 5,026.61 (+0.57%), "It first traded above 5,000 on Thursday, Feb. 8", and SPY first closed above $500 that day; published that evening. The later paragraph\'s 4.8% and 11% fit the 2024-02-08 close, as if written a day earlier.',
    'S&P 500 Closes Above 5,000 for First Time. Soaring tech names drove the index to a record high. The S&P 500 closed above 5,000 points for the first time as investors kept pouring '
    "money into artificial intelligence and other technology companies. The index has gained 5.4% this year, adding to last year's 28% jump. The $486.6 billion SPDR S&P 500 ETF Trust "
    '(SPY), the biggest exchange-traded fund, also closed above $500 for the first time, finishing the day at $501.16. The S&P 500 rose 0.6% today to close at 5026.61. It first traded '
    'above 5,000 on Thursday, Feb. 8, then slipped back. "5,000 might just be an arbitrary round number, but it\'s exciting for investors to see after a two-year bear market," said '
    'etf.com analyst Sumit Roy. Stronger-than-expected earnings from Meta Platforms, Apple and Amazon.com lifted the index in recent days and reversed a slump at the start of the year. '
    'The broad index is up 4.8% this year so far and 11% in the past six months, carried largely by a handful of tech giants known as the Magnificent 7.',
    [
        C('SPX', 'first_close_above', '2024-02-09', 'date', 'closed above 5,000 points for the first time', "first_close_at_or_above('SPX',5000)", S, FIRST, 'First close at or above 5,000: 2024-02-09 (5,026.61).', ref='2024-02-09'),
        C('SPX', 'record_close', True, 'flag', 'drove the index to a record high', "is_record_close('SPX','2024-02-09')", S, REC, '5,026.61 above the previous record close of 4,997.91 (2024-02-08).', ref='2024-02-09'),
        C('SPX', 'ytd_change', 5.4, 'percent', 'has gained 5.4% this year', "ytd('SPX','2024-02-09')", S, D1, '4,769.83 (2023-12-29) -> 5,026.61 = +5.38%.', ref='2024-02-09', window='2024 to date'),
        C('SPX', 'year_change', 28, 'percent', "last year's 28% jump", "[year_return('SPX',2023), tr_pct('SPY','2022-12-30','2023-12-29')]", X, PCTX,
          'The S&P 500 rose 24.23% in 2023 (3.77 points off; the band is 2.42). Even with dividends (SPY total return, +26.18%) 28% is too high.', ref='2023-12-29', window='2023'),
        C('SPY', 'fund_assets', 486.6, 'billion dollars', 'The $486.6 billion SPDR S&P 500 ETF Trust', None, U, NOFILE, 'Fund assets (and the "largest ETF" ranking) are not in the files.', ref='2024-02-09'),
        C('SPY', 'first_close_above', '2024-02-09', 'date', 'closed above $500 for the first time', "first_close_at_or_above('SPY',500)", S, FIRST, 'First SPY close at or above $500: 2024-02-09.', ref='2024-02-09'),
        C('SPY', 'close', 501.16, 'dollars', 'finishing the day at $501.16', "close('SPY','2024-02-09')", I, LVLI, 'SPY closed at $501.20 (0.04 off, beyond the 0.025 tolerance).', ref='2024-02-09'),
        C('SPX', 'day_change_pct', 0.6, 'percent', 'rose 0.6% today', "day_pct('SPX','2024-02-09')", S, D1, '4,997.91 -> 5,026.61 = +0.57%.', ref='2024-02-09'),
        C('SPX', 'close', 5026.61, 'points', 'to close at 5026.61', "close('SPX','2024-02-09')", S, LVL, 'Close 5,026.61.', ref='2024-02-09'),
        C('SPX', 'first_intraday_above', '2024-02-08', 'date', 'first traded above 5,000 on Thursday', "[first_high_at_or_above('SPX',5000), high('SPX','2024-02-08'), close('SPX','2024-02-08')]", S, RECH,
          'The first session with a high at or above 5,000 was Thursday 2024-02-08 (high 5,000.40, close 4,997.91: "before backing down").', ref='2024-02-08', basis='intraday'),
        C('QUOTE', 'bear_market_years', 2, 'years', 'after a two-year bear market', "[record_close_upto('SPX','2023-12-29'), bear_markets('SPX',20,'2022-01-01','2022-12-31')]", N, QUOTE,
          'An analyst\'s remark. For the record: the S&P 500 was in a bear market from the 2022-01-03 record to the 2022-10-12 low (-25.43%) and regained its record close only on 2024-01-19, two years after the peak.', ref='2024-02-09'),
        C('SPX', 'ytd_change', 4.8, 'percent', 'is up 4.8% this year so far', "[ytd('SPX','2024-02-09'), ytd('SPX','2024-02-08')]", I, PCTI,
          '+5.38% at the 2024-02-09 close (0.58 point off, and the passage itself says 5.4% above); +4.78% at the 2024-02-08 close, so the paragraph seems written a day earlier.', ref='2024-02-09', window='2024 to date'),
        C('SPX', 'six_month_change', 11, 'percent', '11% in the past six months', "[pct('SPX','2023-08-09','2024-02-09'), pct('SPX','2023-08-08','2024-02-08')]", I, PCTI,
          '+12.51% from the 2023-08-09 close to 2024-02-09 (1.51 points off); +11.08% over the six months to 2024-02-08, which fits.', ref='2024-02-09', window='2023-08-09..2024-02-09'),
    ])

# ---------------------------------------------------------------- 7
add('afp_20150302_nasdaq_5000_first_in_15_years', 'sg.news.yahoo.com',
    'http://sg.news.yahoo.com/nasdaq-closes-above-5-000-1st-time-15-211411413.html',
    'Agence France-Presse (on Yahoo News Singapore)', '2015-03-02', 'high',
    'No date on the excerpt. "The Nasdaq finished above 5,000 Monday for the first time in 15 years" and the closing figures (5,008.10, 18,288.63, 2,117.39) fit Monday 2015-03-02; an AFP evening wrap. The page\'s sub-heading carries a different S&P 500/Nasdaq snapshot (2,104.14 and 5,024.92) that matches no session of that week; it is left out.',
    'Nasdaq closes above 5,000 for 1st time in 15 years. The Nasdaq finished above 5,000 Monday for the first time in 15 years, completing a long climb back from the spectacular '
    'collapse of the dot-com bubble in 2000. The tech-heavy Nasdaq Composite Index jumped 44.57 points (0.90 percent) to 5,008.10, ending above 5,000 for only the third time in its '
    'history. The Dow Jones Industrial Average and the S&P 500 struck new records as well, extending a six-year bull run. The Dow rose 155.93 (0.86 percent) to 18,288.63, while the '
    'broad-based S&P advanced 12.89 (0.61 percent) to 2,117.39. Peter Cardillo of Rockwell Global Capital called it an exciting day for the Nasdaq. The index remains about 40 points '
    "below its all-time closing high of 5,048.62, on March 10, 2000. A wave of merger news, including NXP Semiconductor's purchase of Freescale Semiconductor, fed the gains: NXP jumped "
    '17.3 percent, while Freescale rose 11.8 percent. The session followed a buoyant February for US stocks, helped by better economic data, solid earnings and plentiful central bank '
    'liquidity.',
    [
        C('IXIC', 'first_close_above_since', '15 years', 'period', 'finished above 5,000 Monday for the first time in 15 years', "closes_at_or_above('IXIC',5000,'2015-03-02')", S, SINCE,
          'Closes at or above 5,000: 2000-03-09, 2000-03-10, then 2015-03-02, 15 years later.', ref='2015-03-02'),
        C('IXIC', 'day_change_pts', 44.57, 'points', 'jumped 44.57 points', "day_pts('IXIC','2015-03-02')", S, D2, '4,963.53 -> 5,008.10 = +44.57.', ref='2015-03-02'),
        C('IXIC', 'day_change_pct', 0.9, 'percent', '(0.90 percent)', "day_pct('IXIC','2015-03-02')", S, D2, '+0.90%.', ref='2015-03-02'),
        C('IXIC', 'close', 5008.1, 'points', 'to 5,008.10', "close('IXIC','2015-03-02')", S, LVL, 'Close 5,008.10.', ref='2015-03-02'),
        C('IXIC', 'count_closes_above', 3, 'count', 'only the third time in its history', "len(closes_at_or_above('IXIC',5000,'2015-03-02'))", S, COUNT, 'Three closes at or above 5,000 in the file up to 2015-03-02.', ref='2015-03-02'),
        C('DJI, SPX', 'record_close', True, 'flag', 'struck new records as well', "[is_record_close('DJI','2015-03-02'), is_record_close('SPX','2015-03-02')]", S, REC, 'Both closed at records on 2015-03-02.', ref='2015-03-02'),
        C('SPX', 'bull_market_age', 6, 'years', 'a six-year bull run', "[argmin_close('SPX','2009-01-01','2009-12-31'), years_between('2009-03-09','2015-03-02')]", S, INT,
          'From the 2009-03-09 bear-market low to 2015-03-02: 6.0 years.', ref='2015-03-02'),
        C('DJI', 'day_change_pts', 155.93, 'points', 'The Dow rose 155.93', "day_pts('DJI','2015-03-02')", S, D2, '18,132.70 -> 18,288.63 = +155.93.', ref='2015-03-02'),
        C('DJI', 'day_change_pct', 0.86, 'percent', '(0.86 percent)', "day_pct('DJI','2015-03-02')", S, D2, '+0.86%.', ref='2015-03-02'),
        C('DJI', 'close', 18288.63, 'points', 'to 18,288.63', "close('DJI','2015-03-02')", S, LVL, 'Close 18,288.63.', ref='2015-03-02'),
        C('SPX', 'day_change_pts', 12.89, 'points', 'advanced 12.89', "day_pts('SPX','2015-03-02')", S, D2, '2,104.50 -> 2,117.39 = +12.89.', ref='2015-03-02'),
        C('SPX', 'day_change_pct', 0.61, 'percent', '(0.61 percent)', "day_pct('SPX','2015-03-02')", S, D2, '+0.61%.', ref='2015-03-02'),
        C('SPX', 'close', 2117.39, 'points', 'to 2,117.39', "close('SPX','2015-03-02')", S, LVL, 'Close 2,117.39.', ref='2015-03-02'),
        C('IXIC', 'pts_from_ath', 40, 'points', 'about 40 points below its all-time closing high', "arith('5048.62-5008.10')", S, ABOUT, '5,048.62 - 5,008.10 = 40.52 points.', q='about', ref='2015-03-02'),
        C('IXIC', 'record_close', ['2000-03-10', 5048.62], 'list', 'all-time closing high of 5,048.62, on March 10, 2000', "record_close_upto('IXIC','2015-03-02')", S, DATE, 'Record close 5,048.62 on 2000-03-10, still the record on 2015-03-02.', ref='2000-03-10'),
        C('NXPI', 'day_change_pct', 17.3, 'percent', 'NXP jumped 17.3 percent', None, U, NOFILE, 'Single stocks are not in the files.', ref='2015-03-02'),
        C('FSL', 'day_change_pct', 11.8, 'percent', 'Freescale rose 11.8 percent', None, U, NOFILE, 'Single stocks are not in the files.', ref='2015-03-02'),
        C('SPX, DJI, IXIC', 'month_change', 'up', 'direction', 'a buoyant February for US stocks', "[month_return('SPX',2015,2), month_return('DJI',2015,2), month_return('IXIC',2015,2)]", S, 'direction matches',
          'February 2015: S&P 500 +5.49%, Dow +5.64%, Nasdaq +7.08%.', ref='2015-02-27', window='2015-02'),
    ])

# ---------------------------------------------------------------- 8
add('forexlive_20200820_nasdaq_record_close', 'forexlive.com',
    'https://www.forexlive.com/technical-analysis/!/nasdaq-closes-at-a-new-record-20200820',
    'ForexLive', '2020-08-20', 'exact',
    'Dated 2020-08-20 in the URL (a Thursday); "Wednesday\'s trade" is 2020-08-19. The "final numbers" were posted right after the close.',
    'Major indices close higher. The NASDAQ index closed at another record high, above the previous high close of 11,210.84. The S&P index traded above its all-time high closing price '
    'during the day but could not hold the gain into the close. Final numbers: S&P index up 10.69 points or 0.32% at 3385.54. The high price reached 3390.80, and the low extended to '
    "3354.69. The all-time high close was at 3389.78, so the index finished just under it. The all-time intraday high from Wednesday's trade reached 3399.54. The NASDAQ index closed up "
    '118.49 points or 1.06% at 11264.95, above its previous best close, and intraday it also set a new all time high of 11,283.61. The Dow industrial average lagged the other indices '
    'but still closed higher by 46.85 points or 0.17% at 27739.73. Late-day CDC comments helped lift stocks near the close. In Europe the major indices all ended more than 1% lower, led'
    ' by the UK FTSE with a decline of -1.61%.',
    [
        C('IXIC', 'record_close', True, 'flag', 'closed at another record high', "is_record_close('IXIC','2020-08-20')", S, REC, '11,264.95 above every earlier close.', ref='2020-08-20'),
        C('IXIC', 'previous_record_close', 11210.84, 'points', 'previous high close of 11,210.84', "record_close_upto('IXIC','2020-08-19')", S, LVL, 'Previous record close 11,210.84 on 2020-08-18.', ref='2020-08-18'),
        C('SPX', 'above_record_intraday_not_close', True, 'flag', 'traded above its all-time high closing price', "[high('SPX','2020-08-20'), record_close_upto('SPX','2020-08-19'), close('SPX','2020-08-20')]", S, 'level comparison',
          'High 3,390.80 above the record close of 3,389.78 (2020-08-18); close 3,385.51 below it.', ref='2020-08-20', basis='intraday'),
        C('SPX', 'day_change_pts', 10.69, 'points', 'S&P index up 10.69 points', "day_pts('SPX','2020-08-20')", I, PTSI, '3,374.85 -> 3,385.51 = +10.66 (0.03 off; the "final numbers" were preliminary).', ref='2020-08-20'),
        C('SPX', 'day_change_pct', 0.32, 'percent', 'or 0.32% at 3385.54', "day_pct('SPX','2020-08-20')", S, D2, '+0.32%.', ref='2020-08-20'),
        C('SPX', 'close', 3385.54, 'points', 'at 3385.54', "close('SPX','2020-08-20')", I, LVLI, 'Close 3,385.51 (0.03 off, beyond the 0.025 tolerance).', ref='2020-08-20'),
        C('SPX', 'session_high', 3390.8, 'points', 'The high price reached 3390.80', "high('SPX','2020-08-20')", S, LVL, 'High 3,390.80.', ref='2020-08-20', basis='intraday high'),
        C('SPX', 'session_low', 3354.69, 'points', 'extended to 3354.69', "low('SPX','2020-08-20')", S, LVL, 'Low 3,354.69.', ref='2020-08-20', basis='intraday low'),
        C('SPX', 'record_close', 3389.78, 'points', 'all-time high close was at 3389.78', "record_close_upto('SPX','2020-08-20')", S, LVL,
          'Record close 3,389.78 (2020-08-18), still the record after the 2020-08-20 close of 3,385.51 ("closed just below that level").', ref='2020-08-18'),
        C('SPX', 'record_high', 3399.54, 'points', "Wednesday's trade reached 3399.54", "[is_record_high('SPX','2020-08-19'), high('SPX','2020-08-19')]", S, RECH, 'High 3,399.54 on 2020-08-19, above every earlier high.', ref='2020-08-19', basis='intraday high'),
        C('IXIC', 'day_change_pts', 118.49, 'points', 'closed up 118.49 points', "day_pts('IXIC','2020-08-20')", S, D2, '11,146.46 -> 11,264.95 = +118.49.', ref='2020-08-20'),
        C('IXIC', 'day_change_pct', 1.06, 'percent', 'or 1.06% at', "day_pct('IXIC','2020-08-20')", S, D2, '+1.06%.', ref='2020-08-20'),
        C('IXIC', 'close', 11264.95, 'points', '11264.95', "close('IXIC','2020-08-20')", S, LVL, 'Close 11,264.95.', ref='2020-08-20'),
        C('IXIC', 'record_high', 11283.61, 'points', 'new all time high of 11,283.61', "[is_record_high('IXIC','2020-08-20'), high('IXIC','2020-08-20')]", S, RECH, 'High 11,283.62 (0.01 off), above every earlier high.', ref='2020-08-20', basis='intraday high'),
        C('DJI', 'lagged_others', True, 'flag', 'lagged the other indices', "[day_pct('DJI','2020-08-20'), day_pct('SPX','2020-08-20'), day_pct('IXIC','2020-08-20')]", S, RANK, 'Dow +0.17% against +0.32% and +1.06%.', ref='2020-08-20'),
        C('DJI', 'day_change_pts', 46.85, 'points', 'closed higher by 46.85 points', "day_pts('DJI','2020-08-20')", S, D2, '27,692.88 -> 27,739.73 = +46.85.', ref='2020-08-20'),
        C('DJI', 'day_change_pct', 0.17, 'percent', 'or 0.17% at', "day_pct('DJI','2020-08-20')", S, D2, '+0.17%.', ref='2020-08-20'),
        C('DJI', 'close', 27739.73, 'points', '27739.73', "close('DJI','2020-08-20')", S, LVL, 'Close 27,739.73.', ref='2020-08-20'),
        C('FTSE', 'day_change_pct', -1.61, 'percent', 'a decline of -1.61%', None, U, NOFILE, 'European indexes are not in the files.', ref='2020-08-20'),
    ])

# ---------------------------------------------------------------- 9
add('cnn_20200311_dow_bear_market_sp500_19_pct', 'edition.cnn.com',
    'https://edition.cnn.com/2020/03/11/investing/bear-market-stocks-dow-sandp/index.html',
    'CNN Business', '2020-03-11', 'exact',
    'Dated 2020-03-11 in the URL (a Wednesday); the figures are those of the 2020-03-11 close.',
    'New York CNN Business — The Dow and S&P 500 both fell more than 20% from their recent highs Wednesday on coronavirus fears, but only the Dow closed the day officially in bear '
    'market territory. The S&P 500 finished the day at 2,741, down about 5% for the session and about 19% below the all-time high it closed at on February 19. The tech heavy Nasdaq is '
    'also 19% below its all-time high. Two other closely watched gauges, the Dow Jones Transportation Average (DJT) and the small-cap focused Russell 2000 (RUT), are already in a bear '
    'market. The S&P 500 was last in a bear market in late 2007, 2008 and early 2009, at the height of the Great Recession and the financial crisis; the index fell more than 56% from '
    'its peak before it hit bottom. It has since climbed steeply, more than quadrupling from its March 2009 low, a gain of over 300%. The blue chip index is now only 33 points away from'
    ' joining the Dow in bear status. In the bear market before 2008, when the dotcom bubble burst in 2000-2002, the S&P 500 lost nearly half its value. Not every bear market runs that '
    'long or that deep: stocks fell a far more modest 27% between 1980 and 1982 amid sky-high inflation and rising rates, and the Black Monday bear market of 1987 lasted only a few '
    'months.',
    [
        C('DJI', 'intraday_pct_from_ath', 20, 'percent', 'The Dow and S&P 500 both fell more than 20%', "[low('DJI','2020-03-11'), level_below_peak('DJI','2020-02-12',20)]", S, MORE,
          'The Dow\'s low of 23,328.32 was 21.06% below its 2020-02-12 record close (29,551.42; the 20% line is 23,641.14).', q='more than', ref='2020-03-11', basis='intraday low'),
        C('SPX', 'intraday_pct_from_ath', 20, 'percent', 'from their recent highs Wednesday', "[low('SPX','2020-03-11'), level_below_peak('SPX','2020-02-19',20)]", S, MORE,
          'The S&P 500\'s low of 2,707.22 was 20.05% below its 2020-02-19 record close (3,386.15; the 20% line is 2,708.92).', q='more than', ref='2020-03-11', basis='intraday low'),
        C('DJI, SPX', 'bear_market_close', [True, False], 'list', 'only the Dow closed the day officially in bear market', "[pct_below_record('DJI','2020-03-11'), pct_below_record('SPX','2020-03-11')]", S, BEAR,
          'Closing declines from the record closes: Dow 20.30%, S&P 500 19.04%.', ref='2020-03-11'),
        C('SPX', 'close', 2741, 'points', 'finished the day at 2,741', "close('SPX','2020-03-11')", S, INT, 'Close 2,741.38.', ref='2020-03-11'),
        C('SPX', 'day_change_pct', -5, 'percent', 'down about 5% for the session', "day_pct('SPX','2020-03-11')", S, ABOUT, '-4.89%.', q='about', ref='2020-03-11'),
        C('SPX', 'pct_from_ath', 19, 'percent', 'about 19% below the all-time high', "pct_below_record('SPX','2020-03-11')", S, ABOUT, '19.04% below the record close.', q='about', ref='2020-03-11'),
        C('SPX', 'record_close_date', '2020-02-19', 'date', 'it closed at on February 19', "record_close_upto('SPX','2020-03-11')", S, DATE, 'Record close 3,386.15 on 2020-02-19.', ref='2020-02-19'),
        C('IXIC', 'pct_from_ath', 19, 'percent', 'Nasdaq is also 19% below', "pct_below_record('IXIC','2020-03-11')", S, INT, '7,952.05 against the 2020-02-19 record of 9,817.18: 19.00% below.', ref='2020-03-11'),
        C('DJT', 'bear_market', True, 'flag', 'the Dow Jones Transportation Average (DJT)', None, U, NOFILE, 'The transportation average is not in the files.', ref='2020-03-11'),
        C('RUT', 'bear_market', True, 'flag', 'small-cap focused Russell 2000 (RUT), are already in a bear market', "[peak_drawdown('RUT','2020-01-16','2020-03-11'), first_close_below_peak('RUT','2020-01-16',20), pct_below_record('RUT','2020-03-11')]", S, BEAR,
          'The RUT closed 25.86% below its 2020-01-16 high (27.37% below its 2018-08-31 record) on 2020-03-11; it first closed 20% below the January high on 2020-03-09.', ref='2020-03-11'),
        C('SPX', 'last_bear_market', '2007-2009', 'period', 'was last in a bear market in late 2007, 2008 and early 2009', "bear_markets('SPX',20,'2007-01-01','2020-03-11',upto='2020-03-11')", S, SINCE,
          'Bear markets on closes since 2007: 2007-10-09 peak to the 2009-03-09 low (split in two by the 24% rally of November 2008 - January 2009); none between 2009 and 2020-03-11 (the 2011 and 2018 declines stopped at 19.4% and 19.8%).', ref='2020-03-11'),
        C('SPX', 'bear_decline', 56, 'percent', 'fell more than 56% from its peak', "peak_to_trough('SPX','2007-01-01','2007-12-31','2009-01-01','2009-12-31')", S, MORE,
          '1,565.15 (2007-10-09) to 676.53 (2009-03-09) = -56.78% on closes (-57.69% intraday).', q='more than', ref='2009-03-09'),
        C('SPX', 'multiple_from_low', 4, 'times', 'more than quadrupling from its March 2009 low', "arith('2741.38/676.53')", S, MORE, '2,741.38 / 676.53 = 4.05 times.', q='more than', ref='2020-03-11'),
        C('SPX', 'pct_from_low', 300, 'percent', 'a gain of over 300%', "pct('SPX','2009-03-09','2020-03-11')", S, MORE, '+305.21% from the 2009-03-09 close.', q='more than', ref='2020-03-11', window='2009-03-09..2020-03-11'),
        C('SPX', 'pts_to_bear', 33, 'points', 'only 33 points away from joining the Dow', "arith('2741.38-0.8*3386.15')", I, 'unhedged integer off by more than 0.5 but within 20%: imprecise',
          'The 20% line is 2,708.92, 32.46 points below the close (32.08 from the rounded 2,741 the passage gives).', ref='2020-03-11'),
        C('SPX', 'bear_decline', 50, 'percent', 'the S&P 500 lost nearly half its value', "peak_to_trough('SPX','2000-01-01','2000-12-31','2002-01-01','2002-12-31')", S, NEARLY,
          '1,527.46 (2000-03-24) to 776.76 (2002-10-09) = -49.15%.', q='nearly', ref='2002-10-09'),
        C('SPX', 'bear_decline', 27, 'percent', 'a far more modest 27% between 1980 and 1982', "peak_to_trough('SPX','1980-01-01','1980-12-31','1982-01-01','1982-12-31')", S, INT,
          '140.52 (1980-11-28) to 102.42 (1982-08-12) = -27.11%.', ref='1982-08-12', window='1980-11-28..1982-08-12'),
        C('SPX', 'bear_duration', 'a few months', 'period', 'lasted only a few months', "[bear_markets('SPX',20,'1987-01-01','1987-12-31'), months_between('1987-08-25','1987-12-04')]", S, 'duration matches',
          'The 1987 bear market ran from the 1987-08-25 peak (336.77) to the 1987-12-04 low (223.92): 3.3 months.', ref='1987-12-04'),
    ])

# ---------------------------------------------------------------- 10
add('chicagotribune_20200312_bear_market_faq_midday', 'chicagotribune.com',
    'https://www.chicagotribune.com/business/ct-biz-cb-bear-market-faq-20200312-t7xtfv6wxnhedmzs3wl3uq2ewu-story.html',
    'Chicago Tribune', '2020-03-12', 'exact',
    'The URL carries 20200312 (a Thursday); the figures are an afternoon snapshot of the 2020-03-12 session, which closed far lower (Dow 21,200.62).',
    "What is a bear market? By Thursday afternoon the Dow was down about 823 points to 22,730. That's 23% below its record close of 29,551.42 on Feb. 12. The S&P 500 index slid 124 "
    "points to 2,618. It's now down 23% from its high of 3,386.15 on Feb. 19. The Nasdaq dropped 336 points to 7,605, or 23% below its peak of 9,817.18 on Feb. 19.",
    [
        C('DJI', 'day_change_pts', -823, 'points', 'down about 823 points', "[session_range_pts('DJI','2020-03-12'), day_pts('DJI','2020-03-12')]", U, MID,
          'During the session the Dow was between -2,398.76 and -715.27 points; it closed -2,352.60.', q='about', ref='2020-03-12', basis='afternoon'),
        C('DJI', 'level', 22730, 'points', 'to 22,730', "[low('DJI','2020-03-12'), high('DJI','2020-03-12'), close('DJI','2020-03-12')]", U, MID, 'Session range 21,154.46 - 22,837.95; close 21,200.62.', ref='2020-03-12', basis='afternoon'),
        C('DJI', 'pct_from_ath', 23, 'percent', "That's 23% below its record close", "arith('100*(1-22730/29551.42)')", S, ARITH, '22,730 is 23.08% below 29,551.42 (at the close the Dow was 28.26% below).', ref='2020-03-12', basis='afternoon'),
        C('DJI', 'record_close', ['2020-02-12', 29551.42], 'list', 'record close of 29,551.42 on Feb. 12', "record_close_upto('DJI','2020-03-12')", S, DATE, 'Record close 29,551.42 on 2020-02-12.', ref='2020-02-12'),
        C('SPX', 'day_change_pts', -124, 'points', 'slid 124 points', "[session_range_pts('SPX','2020-03-12'), day_pts('SPX','2020-03-12')]", U, MID, 'Session range -262.52 to -80.43 points; close -260.74.', ref='2020-03-12', basis='afternoon'),
        C('SPX', 'level', 2618, 'points', 'to 2,618', "[low('SPX','2020-03-12'), high('SPX','2020-03-12'), close('SPX','2020-03-12')]", U, MID, 'Session range 2,478.86 - 2,660.95; close 2,480.64.', ref='2020-03-12', basis='afternoon'),
        C('SPX', 'pct_from_ath', 23, 'percent', "It's now down 23% from its high", "arith('100*(1-2618/3386.15)')", S, ARITH, '2,618 is 22.69% below 3,386.15.', ref='2020-03-12', basis='afternoon'),
        C('SPX', 'record_close', ['2020-02-19', 3386.15], 'list', 'high of 3,386.15 on Feb. 19', "record_close_upto('SPX','2020-03-12')", S, DATE, 'Record close 3,386.15 on 2020-02-19.', ref='2020-02-19'),
        C('IXIC', 'day_change_pts', -336, 'points', 'The Nasdaq dropped 336 points', "[session_range_pts('IXIC','2020-03-12'), day_pts('IXIC','2020-03-12')]", U, MID,
          'Session range -757.38 to -239.72 points; close -750.25. (336 points below the 7,952.05 previous close is 7,616, not the 7,605 quoted with it; both are inside the range.)', ref='2020-03-12', basis='afternoon'),
        C('IXIC', 'level', 7605, 'points', 'to 7,605', "[low('IXIC','2020-03-12'), high('IXIC','2020-03-12'), close('IXIC','2020-03-12')]", U, MID, 'Session range 7,194.67 - 7,712.33; close 7,201.80.', ref='2020-03-12', basis='afternoon'),
        C('IXIC', 'pct_from_ath', 23, 'percent', 'or 23% below its peak', "arith('100*(1-7605/9817.18)')", S, ARITH, '7,605 is 22.53% below 9,817.18.', ref='2020-03-12', basis='afternoon'),
        C('IXIC', 'record_close', ['2020-02-19', 9817.18], 'list', 'peak of 9,817.18 on Feb. 19', "record_close_upto('IXIC','2020-03-12')", S, DATE, 'Record close 9,817.18 on 2020-02-19.', ref='2020-02-19'),
    ])

# ---------------------------------------------------------------- 11
add('breitbart_20200227_stocks_fall_into_correction', 'breitbart.com',
    'https://www.breitbart.com/economy/2020/02/27/coronavirus-carnage-stock-fall-into-correction-on-contagion-fears/',
    'Breitbart News', '2020-02-27', 'exact',
    'Dated 2020-02-27 in the URL (a Thursday); the figures are those of the 2020-02-27 close. "Three days" and "worst week" refer to the week that began Monday 2020-02-24.',
    'Coronavirus Carnage: Stocks Fall into Correction on Contagion Fears. U.S. stocks plummeted on Thursday in chaotic trading as investors fled the potential economic fallout of the '
    'coronavirus. The Dow Jones Industrial Average fell 4.4 percent, about 1,190 points. The Nasdaq Composite tumbled 4.6 percent. The S&P 500 declined 4.4 percent. It was the biggest '
    'one-day point drop in the history of both the Dow and the S&P, although far from the largest decline in percentage terms, since each point matters less as the indexes climb. All '
    'three indexes are down for the year and 10 percent below their recent highs, the drop many market watchers treat as the official mark of a market "correction." The Dow has lost 11 '
    'percent in just three days, putting the blue-chip index on a path for the worst week since the financial crisis. For the S&P 500, the Wall Street Journal reported, it was the '
    'swiftest plunge into correction territory from an all-time high since at least 1980. Even so, the S&P is only down 7 percent since the start of the year and is currently trading at'
    ' levels seen last October. The Nasdaq is down about 4.5 percent for the year.',
    [
        C('DJI', 'day_change_pct', -4.4, 'percent', 'fell 4.4 percent', "day_pct('DJI','2020-02-27')", S, D1, '26,957.59 -> 25,766.64 = -4.42%.', ref='2020-02-27'),
        C('DJI', 'day_change_pts', -1190, 'points', 'about 1,190 points', "day_pts('DJI','2020-02-27')", S, ABOUT, '-1,190.95 points.', q='about', ref='2020-02-27'),
        C('IXIC', 'day_change_pct', -4.6, 'percent', 'tumbled 4.6 percent', "day_pct('IXIC','2020-02-27')", S, D1, '-4.61%.', ref='2020-02-27'),
        C('SPX', 'day_change_pct', -4.4, 'percent', 'declined 4.4 percent', "day_pct('SPX','2020-02-27')", S, D1, '-4.42%.', ref='2020-02-27'),
        C('DJI', 'biggest_point_drop', True, 'flag', 'biggest one-day point drop in the history of both the Dow', "biggest_pts_drops('DJI','2020-02-27')", U, NOFILE,
          'Inside the Dow file (from 1992) -1,190.95 is the largest point drop, ahead of -1,175.21 on 2018-02-05; "in the history" needs the Dow before 1992, which the file lacks.', ref='2020-02-27'),
        C('SPX', 'biggest_point_drop', True, 'flag', 'and the S&P, although', "biggest_pts_drops('SPX','2020-02-27')", S, RANK, '-137.63 points, the largest in the file (since 1927), ahead of -113.19 on 2018-02-05.', ref='2020-02-27'),
        C('SPX', 'largest_pct_decline', False, 'flag', 'far from the largest decline in percentage terms', "worst_day_pct('SPX','2020-02-26')", S, RANK,
          '-4.42% against the record -20.47% of 1987-10-19; 114 daily declines of at least 4.42% in the file.', ref='2020-02-27'),
        C('DJI, SPX, IXIC', 'ytd_negative', True, 'flag', 'All three indexes are down for the year', "[ytd('DJI','2020-02-27'), ytd('SPX','2020-02-27'), ytd('IXIC','2020-02-27')]", S, 'sign matches',
          'Year to date on 2020-02-27: Dow -9.71%, S&P 500 -7.80%, Nasdaq -4.53%.', ref='2020-02-27', window='2020 to date'),
        C('DJI, SPX, IXIC', 'pct_from_ath', 10, 'percent', '10 percent below their recent highs', "[pct_below_record('DJI','2020-02-27'), pct_below_record('SPX','2020-02-27'), pct_below_record('IXIC','2020-02-27')]", S, CORR,
          'Below the record closes: Dow 12.81%, S&P 500 12.03%, Nasdaq 12.74%, all past the 10% line. The sentence states the correction threshold ("a decline that ... market watchers consider the official sign of a market correction"); read as an exact unhedged figure, 10 would be 2.0-2.8 points short.', ref='2020-02-27'),
        C('DJI', 'n_day_change_pct', -11, 'percent', 'lost 11 percent in just three days', "[n_day_pct('DJI','2020-02-27',3), n_day_pct('DJI','2020-02-27',4)]", X, PCTX,
          'Over the three sessions to 2020-02-27 the Dow fell 7.85% (27,960.80 at the 2020-02-24 close -> 25,766.64); the 11% figure is the four-session loss from the 2020-02-21 close of 28,992.41 (-11.13%), Monday to Thursday.', ref='2020-02-27', window='2020-02-25..2020-02-27'),
        C('DJI', 'worst_week_since', '2008', 'year', 'on a path for the worst week since the financial crisis', "week_worst_since('DJI','2020-02-28')", N, ONPACE,
          'A projection for the week. For the record: the week ended 2020-02-28 was -12.36%, the worst since the week ended 2008-10-10.', ref='2020-02-28'),
        C('SPX', 'fastest_correction_since', 1980, 'year', 'swiftest plunge into correction territory', "fastest_drawdowns('SPX',10,'1928-01-01','2020-02-27')", S, RANK,
          'Six sessions from the 2020-02-19 record to a close 10% below it on 2020-02-27, the quickest such slide from a record close in the file (back to 1928); the next quickest took 9 sessions (2018).', ref='2020-02-27'),
        C('SPX', 'ytd_change', -7, 'percent', 'only down 7 percent since the start of the year', "ytd('SPX','2020-02-27')", I, PCTI, '3,230.78 (2019-12-31) -> 2,978.76 = -7.80% (0.8 point off an unhedged 7).', ref='2020-02-27', window='2020 to date'),
        C('SPX', 'lowest_since', '2019-10', 'month', 'trading at levels seen last October', "last_close_at_or_below('SPX',2978.76,'2020-02-26')", S, SINCE, 'The last close at or below 2,978.76 was 2019-10-14.', ref='2020-02-27'),
        C('IXIC', 'ytd_change', -4.5, 'percent', 'down about 4.5 percent for the year', "ytd('IXIC','2020-02-27')", S, ABOUT, '-4.53%.', q='about', ref='2020-02-27', window='2020 to date'),
    ])

# ---------------------------------------------------------------- 12
add('cnbc_20200818_sp500_record_ends_shortest_bear', 'cnbc.com',
    'https://www.cnbc.com/2020/08/18/heres-a-list-of-stock-bull-markets-through-time-and-how-this-new-one-stacks-up.html',
    'CNBC', '2020-08-18', 'exact',
    'Dated 2020-08-18 in the URL (a Tuesday); "on Tuesday" is 2020-08-18.',
    "Here's a list of stock bull markets through time and how this new one stacks up. The S&P 500 closed at a record on Tuesday, formally ending Wall Street's shortest bear market and "
    'confirming the rebound as a new bull market. The broad index finished the session at 3,389.78, above its previous record close of 3,386.15 that it hit on Feb. 19. On Wall Street a '
    'bear market means a 20% close-to-close decline in the S&P 500, and it only officially ends when the index recovers to a new closing high; a bull market is a rally of more than 20% '
    "that becomes official only with a record close, according to Howard Silverblatt, senior index analyst at S&P Dow Jones Indices. Although confirmed at Tuesday's close, the new bull "
    'market dates from the spring bottom on March 23, when the S&P 500 sank to a low of 2,237.40. The springtime bear market of 2020 began on Feb. 19 and shaved off 33.9% from the S&P '
    '500, which means the new bull market is already nearly 5 months old (counting from March 23) with a 51.5% gain.',
    [
        C('SPX', 'record_close', True, 'flag', 'closed at a record on Tuesday', "is_record_close('SPX','2020-08-18')", S, REC, '3,389.78 above the 2020-02-19 record of 3,386.15; the first record close since then.', ref='2020-08-18'),
        C('SPX', 'shortest_bear_market', True, 'flag', "Wall Street's shortest bear market", "sorted(bear_markets('SPX',20,upto='2020-08-18'), key=lambda z: z[4])[:2]", S, RANK,
          'Peak-to-trough lengths of the S&P 500\'s bear markets on closes since 1928: 2020 took 33 days (2020-02-19 to 2020-03-23), the shortest; next 1929 (58 days).', ref='2020-08-18'),
        C('SPX', 'close', 3389.78, 'points', 'finished the session at 3,389.78', "close('SPX','2020-08-18')", S, LVL, 'Close 3,389.78.', ref='2020-08-18'),
        C('SPX', 'previous_record_close', ['2020-02-19', 3386.15], 'list', 'previous record close of 3,386.15', "record_close_upto('SPX','2020-08-17')", S, DATE, 'Record close 3,386.15 on 2020-02-19.', ref='2020-02-19'),
        C('SPX', 'bear_low', ['2020-03-23', 2237.4], 'list', 'sank to a low of 2,237.40', "[argmin_close('SPX','2020-02-19','2020-08-18'), min_close('SPX','2020-02-19','2020-08-18'), low('SPX','2020-03-23')]", S, DATE,
          'Lowest close 2,237.40 on 2020-03-23 (the intraday low that day was 2,191.86).', ref='2020-03-23'),
        C('SPX', 'bear_decline', 33.9, 'percent', 'shaved off 33.9% from the S&P 500', "peak_drawdown('SPX','2020-02-19','2020-03-23')", S, D1, '3,386.15 -> 2,237.40 = -33.92%.', ref='2020-03-23', window='2020-02-19..2020-03-23'),
        C('SPX', 'bull_market_age', 5, 'months', 'nearly 5 months old', "months_between('2020-03-23','2020-08-18')", S, NEARLY, '2020-03-23 to 2020-08-18: 4.8 months.', q='nearly', ref='2020-08-18'),
        C('SPX', 'pct_from_low', 51.5, 'percent', 'with a 51.5% gain', "pct('SPX','2020-03-23','2020-08-18')", S, D1, '2,237.40 -> 3,389.78 = +51.51%.', ref='2020-08-18', window='2020-03-23..2020-08-18'),
    ])

# ---------------------------------------------------------------- 13
add('marketwatch_20220613_sp500_confirms_bear_market', 'updatenews.info',
    'http://www.updatenews.info/market-extra-the-sp-500-just-confirmed-a-bear-market-what-investors-need-to-know/',
    'MarketWatch (Market Extra, repost on updatenews.info)', '2022-06-13', 'high',
    'The repost carries no date. "The S&P 500 on Monday confirmed ... a bear market" with a close of 3,749.63 fits Monday 2022-06-13; "the Friday reading of the May consumer-price index" was 2022-06-10 and "worst week since January" is the week ended 2022-06-10.',
    'Market Extra: The S&P 500 just confirmed a bear market: What investors need to know. The bear is back. On Monday the S&P 500 made official what many investors had been saying for '
    "months: the large-cap benchmark is in a bear market. The sharp losses came after major benchmarks saw their worst week since January, a slide blamed largely on Friday's May "
    'consumer-price index, which surged to 8.6% year-over-year — a 40-year high. The S&P 500 fell 151.23 points, or 3.9%, to end at 3,749.63, down 21.8% from its Jan. 3 record close and'
    " past the 20% threshold traditionally used to define a bear market. The index briefly traded below the bear-market threshold in May, but didn't close below it. The Dow Jones "
    'Industrial Average posted a loss of 876.05 points, or 2.8%, to finish at 30,516.74, after dropping more than 1,000 points at its session low. A close below 29,439.72 would put the '
    'blue-chip gauge into a bear market. The tech-heavy Nasdaq Composite, which slumped into a bear market earlier this year, dropped 4.7% on Monday, leaving it nearly 33% below its '
    "Nov. 19, 2021, record close. Because of Monday's finish, the S&P 500's bear market is dated back to the Jan. 3 peak.",
    [
        C('SPX, DJI, IXIC', 'worst_week_since', '2022-01', 'month', 'worst week since January', "[week_worst_since('SPX','2022-06-10'), week_worst_since('DJI','2022-06-10'), week_worst_since('IXIC','2022-06-10')]", S, SINCE,
          'Week ended 2022-06-10: S&P 500 -5.05%, Dow -4.58%, Nasdaq -5.60%; for all three the last week at least as bad ended 2022-01-21.', ref='2022-06-10', window='week ended 2022-06-10'),
        C('US_CPI', 'yoy', 8.6, 'percent', 'surged to 8.6% year-over-year', None, U, NOFILE, 'Consumer prices are not in the files.', ref='2022-06-10'),
        C('US_CPI', 'highest_since', 40, 'years', 'a 40-year high', None, U, NOFILE, 'Consumer prices are not in the files.', ref='2022-06-10'),
        C('SPX', 'day_change_pts', -151.23, 'points', 'fell 151.23 points', "day_pts('SPX','2022-06-13')", S, D2, '3,900.86 -> 3,749.63 = -151.23.', ref='2022-06-13'),
        C('SPX', 'day_change_pct', -3.9, 'percent', 'or 3.9%, to end at', "day_pct('SPX','2022-06-13')", S, D1, '-3.88%.', ref='2022-06-13'),
        C('SPX', 'close', 3749.63, 'points', 'to end at 3,749.63', "close('SPX','2022-06-13')", S, LVL, 'Close 3,749.63.', ref='2022-06-13'),
        C('SPX', 'pct_from_ath', 21.8, 'percent', 'down 21.8% from its Jan. 3 record close', "[record_close_upto('SPX','2022-06-13'), pct_below_record('SPX','2022-06-13')]", S, D1,
          '21.83% below the record close of 4,796.56 (2022-01-03), past the 20% line (3,837.25): the first bear-market close of the decline.', ref='2022-06-13'),
        C('SPX', 'intraday_below_threshold_may', True, 'flag', "briefly traded below the bear-market threshold in May, but didn't close below it",
          "[level_below_peak('SPX','2022-01-03',20), min_close('SPX','2022-05-01','2022-05-31'), r2(ser('SPX','low').loc['2022-05-01':'2022-05-31'].min())]", S, 'level comparison',
          'The 20% line was 3,837.25; the May low was 3,810.32 intraday (2022-05-20) but the lowest May close was 3,900.79 (2022-05-19).', ref='2022-05-20', basis='intraday low'),
        C('DJI', 'day_change_pts', -876.05, 'points', 'a loss of 876.05 points', "day_pts('DJI','2022-06-13')", S, D2, '31,392.79 -> 30,516.74 = -876.05.', ref='2022-06-13'),
        C('DJI', 'day_change_pct', -2.8, 'percent', 'or 2.8%, to finish at', "day_pct('DJI','2022-06-13')", S, D1, '-2.79%.', ref='2022-06-13'),
        C('DJI', 'close', 30516.74, 'points', 'to finish at 30,516.74', "close('DJI','2022-06-13')", S, LVL, 'Close 30,516.74.', ref='2022-06-13'),
        C('DJI', 'intraday_drop_pts', 1000, 'points', 'dropping more than 1,000 points at its session low', "arith('31392.79-30373.72')", S, MORE, 'Session low 30,373.72, 1,019.07 points below the previous close.', q='more than', ref='2022-06-13', basis='intraday low'),
        C('DJI', 'bear_threshold', 29439.72, 'points', 'A close below 29,439.72', "level_below_peak('DJI','2022-01-04',20)", S, LVL,
          'Phrased as a condition, but the figure is a fact: 20% below the 2022-01-04 record close of 36,799.65 is 29,439.72. The Dow closed 17.07% below its record that day.', ref='2022-06-13'),
        C('IXIC', 'bear_market_entry', 'earlier this year', 'period', 'slumped into a bear market earlier this year', "first_close_below_peak('IXIC','2021-11-19',20)", S, BEAR, 'First Nasdaq close 20% below its 2021-11-19 record: 2022-03-07.', ref='2022-03-07'),
        C('IXIC', 'day_change_pct', -4.7, 'percent', 'dropped 4.7% on Monday', "day_pct('IXIC','2022-06-13')", S, D1, '-4.68%.', ref='2022-06-13'),
        C('IXIC', 'pct_from_ath', 33, 'percent', 'leaving it nearly 33% below', "pct_below_record('IXIC','2022-06-13')", S, NEARLY, '10,809.23 is 32.68% below the record close.', q='nearly', ref='2022-06-13'),
        C('IXIC', 'record_close_date', '2021-11-19', 'date', 'Nov. 19, 2021, record close', "record_close_upto('IXIC','2022-06-13')", S, DATE, 'Record close 16,057.44 on 2021-11-19.', ref='2021-11-19'),
    ])

# ---------------------------------------------------------------- 14
add('djnewswires_20220927_djia_new_52_week_low', 'marketscreener.com',
    'https://www.marketscreener.com/quote/index/DOW-JONES-INDUSTRIAL-4945/news/DJIA-Falls-0-43-to-29134-99-Data-Talk-41872751/?utm_medium=RSS&utm_content=20220927',
    'Dow Jones Newswires (Data Talk, Dow Jones Market Data), on MarketScreener', '2022-09-27', 'exact',
    'The page is dated 2022-09-27 (a Tuesday) and the item gives that day\'s preliminary closing values; "52 weeks ago" is read as the close 364 days earlier (2021-09-28), which reproduces the figure.',
    'DJIA Falls 0.43% to 29134.99 -- Data Talk (Dow Jones Market Data, FactSet; preliminary closing values). The Dow Jones Industrial Average is down 125.82 points or 0.43% today to '
    '29134.99. The average is: Down for six consecutive trading days; Down 1884.69 points or 6.08% over the last six trading days, its Largest six-day point decline since Friday, Sept. '
    '2, 2022 and its Largest six-day percentage decline since Friday, June 17, 2022; on its Longest losing streak since Thursday, May 12, 2022, when it also fell six sessions in a row; '
    'Down eight of the past nine trading days; Off 20.83% from its record close of 36799.65 hit Tuesday, Jan. 4, 2022; Up 6.02% from the Election Day close of 27480.03 on Tuesday, Nov. '
    '3, 2020; Off 6.58% from the Inauguration Day close of 31188.38 on Wednesday, Jan. 20, 2021. It marks A new 52-week low, the Lowest closing value since Thursday, Nov. 12, 2020, and '
    'is Down 15.06% from 52 weeks ago. Month-to-date it is down 7.54%; year-to-date it is down 7203.31 points or 19.82%.',
    [
        C('DJI', 'day_change_pts', -125.82, 'points', 'down 125.82 points', "day_pts('DJI','2022-09-27')", S, D2, '29,260.81 -> 29,134.99 = -125.82.', ref='2022-09-27'),
        C('DJI', 'day_change_pct', -0.43, 'percent', 'or 0.43% today', "day_pct('DJI','2022-09-27')", S, D2, '-0.43%.', ref='2022-09-27'),
        C('DJI', 'close', 29134.99, 'points', 'today to 29134.99', "close('DJI','2022-09-27')", S, LVL, 'Close 29,134.99.', ref='2022-09-27'),
        C('DJI', 'down_streak', 6, 'sessions', 'Down for six consecutive trading days', "down_streak('DJI','2022-09-27')", S, STREAK, 'Down closes 2022-09-20 through 2022-09-27: six.', ref='2022-09-27'),
        C('DJI', 'n_day_change_pts', -1884.69, 'points', 'Down 1884.69 points', "n_day_pts('DJI','2022-09-27',6)", S, D2, '31,019.68 (2022-09-19) -> 29,134.99 = -1,884.69.', ref='2022-09-27', window='2022-09-20..2022-09-27'),
        C('DJI', 'n_day_change_pct', -6.08, 'percent', 'or 6.08% over the last six trading days', "n_day_pct('DJI','2022-09-27',6)", S, D2, '-6.08%.', ref='2022-09-27', window='2022-09-20..2022-09-27'),
        C('DJI', 'largest_n_day_pts_drop_since', '2022-09-02', 'date', 'Largest six-day point decline since Friday, Sept. 2, 2022', "last_n_day_drop_as_big('DJI','2022-09-27',6,'pts')", S, SINCE,
          'The last six-session window with a point drop at least as large ended on 2022-09-02.', ref='2022-09-27'),
        C('DJI', 'largest_n_day_pct_drop_since', '2022-06-17', 'date', 'Largest six-day percentage decline since Friday, June 17, 2022', "last_n_day_drop_as_big('DJI','2022-09-27',6,'pct')", S, SINCE,
          'The last six-session window with a percentage drop at least as large ended on 2022-06-17.', ref='2022-09-27'),
        C('DJI', 'longest_losing_streak_since', ['2022-05-12', 6], 'list', 'Longest losing streak since Thursday, May 12, 2022', "last_down_streak_at_least('DJI','2022-09-27')", S, SINCE,
          'The last earlier run of six or more down closes ended on 2022-05-12 (six sessions).', ref='2022-09-27'),
        C('DJI', 'down_days_count', 8, 'count', 'Down eight of the past nine trading days', "count_down_days('DJI','2022-09-27',9)", S, COUNT, 'Eight down closes among the nine sessions to 2022-09-27 (the exception: 2022-09-19).', ref='2022-09-27'),
        C('DJI', 'pct_from_ath', 20.83, 'percent', 'Off 20.83% from its record close of 36799.65', "[record_close_upto('DJI','2022-09-27'), pct_below_record('DJI','2022-09-27')]", S, D2,
          'Record close 36,799.65 on 2022-01-04 (a Tuesday); 29,134.99 is 20.83% below it.', ref='2022-09-27'),
        C('DJI', 'pct_from_election_day', 6.02, 'percent', 'Up 6.02% from the Election Day close of 27480.03', "[close('DJI','2020-11-03'), pct('DJI','2020-11-03','2022-09-27')]", S, D2, 'Close 27,480.03 on 2020-11-03; +6.02% since.', ref='2022-09-27'),
        C('DJI', 'pct_from_inauguration_day', -6.58, 'percent', 'Off 6.58% from the Inauguration Day close of 31188.38', "[close('DJI','2021-01-20'), pct('DJI','2021-01-20','2022-09-27')]", S, D2, 'Close 31,188.38 on 2021-01-20; -6.58% since.', ref='2022-09-27'),
        C('DJI', 'new_52_week_low', True, 'flag', 'A new 52-week low', "window_extreme('DJI','2022-09-27',52,'min')", S, 'lowest close of the 52 weeks ending that day', 'The lowest close of the 52 weeks to 2022-09-27 is that day\'s.', ref='2022-09-27'),
        C('DJI', 'lowest_close_since', '2020-11-12', 'date', 'Lowest closing value since Thursday, Nov. 12, 2020', "last_close_at_or_below('DJI',29134.99,'2022-09-26')", S, SINCE, 'The last close at or below 29,134.99 was 2020-11-12.', ref='2022-09-27'),
        C('DJI', 'pct_52_weeks', -15.06, 'percent', 'Down 15.06% from 52 weeks ago', "pct_weeks_ago('DJI','2022-09-27',52)", S, D2, 'From the 2021-09-28 close: -15.06%.', ref='2022-09-27', window='2021-09-28..2022-09-27'),
        C('DJI', 'mtd_change', -7.54, 'percent', 'Month-to-date it is down 7.54%', "mtd('DJI','2022-09-27')", S, D2, 'From the 2022-08-31 close: -7.54%.', ref='2022-09-27', window='2022-09 to date'),
        C('DJI', 'ytd_change_pts', -7203.31, 'points', 'down 7203.31 points', "pts('DJI','2021-12-31','2022-09-27')", S, D2, '36,338.30 (2021-12-31) -> 29,134.99 = -7,203.31.', ref='2022-09-27', window='2022 to date'),
        C('DJI', 'ytd_change', -19.82, 'percent', 'or 19.82%', "ytd('DJI','2022-09-27')", S, D2, '-19.82%.', ref='2022-09-27', window='2022 to date'),
    ])

# ---------------------------------------------------------------- 15
add('reuters_20241211_nasdaq_closes_above_20000', 'ayaksiz.net',
    'https://ayaksiz.net/nasdaq-hits-historic-20000-mark-fueled-by-big-tech-rally',
    'Reuters (rewritten on ayaksiz.net)', '2024-12-11', 'high',
    'The rewrite carries no date. The Nasdaq first closed above 20,000 on Wednesday 2024-12-11 (20,034.89, +1.77%), the day of the November CPI report; the piece reads as that evening\'s story.',
    'Nasdaq Hits Historic 20,000 Mark, Fueled by Big Tech Rally. The Nasdaq Composite Index (.IXIC) hit a new milestone on Wednesday, closing above 20,000 for the first time, capping a '
    'year of strong gains powered by excitement over artificial intelligence and hopes for lower interest rates. The index climbed 1.8% on the day to close at 20,034.89, marking a more '
    "than 33% surge in 2024. Big technology companies led the way; Nvidia shares in particular have managed to soar over 1,100% since their October 2022 low. Wednesday's advance "
    "followed a U.S. inflation report that strengthened bets on another Federal Reserve rate cut. Megacap stocks, which now account for 59% of the Nasdaq's weighting, also concentrate "
    'the risk. After its pandemic tumble in early 2020, the Nasdaq recovered quickly as the Federal Reserve slashed interest rates and Washington delivered large fiscal stimulus. '
    'Although it faced a sharp 33% decline in 2022 amid soaring inflation and aggressive Fed hikes, the index has since surged nearly 90%. Its valuation at 36 times earnings is well '
    'above the long-term average of 27 but far from the dot-com bubble, when it reached a price-to-earnings ratio of 70. The tech-heavy Nasdaq has outperformed other major U.S. indexes '
    'in 2024.',
    [
        C('IXIC', 'first_close_above', '2024-12-11', 'date', 'closing above 20,000 for the first time', "first_close_at_or_above('IXIC',20000)", S, FIRST, 'First close at or above 20,000: 2024-12-11.', ref='2024-12-11'),
        C('IXIC', 'day_change_pct', 1.8, 'percent', 'climbed 1.8% on the day', "day_pct('IXIC','2024-12-11')", S, D1, '19,687.24 -> 20,034.89 = +1.77%.', ref='2024-12-11'),
        C('IXIC', 'close', 20034.89, 'points', 'to close at 20,034.89', "close('IXIC','2024-12-11')", S, LVL, 'Close 20,034.89.', ref='2024-12-11'),
        C('IXIC', 'ytd_change', 33, 'percent', 'a more than 33% surge in 2024', "ytd('IXIC','2024-12-11')", S, MORE, '15,011.35 (2023-12-29) -> 20,034.89 = +33.46%.', q='more than', ref='2024-12-11', window='2024 to date'),
        C('NVDA', 'pct_from_low', 1100, 'percent', 'soar over 1,100%', None, U, NOFILE, 'Single stocks are not in the files.', q='more than', ref='2024-12-11'),
        C('IXIC_CONSTITUENTS', 'megacap_weight', 59, 'percent', "account for 59% of the Nasdaq's weighting", None, U, NOFILE, 'Index weights are not in the files.', ref='2024-12-11'),
        C('FEDFUNDS', 'rate_cuts_2020', True, 'flag', 'the Federal Reserve slashed interest rates', "fed_changes('2020-01-01','2020-12-31')", S, FED,
          'Two emergency cuts in March 2020 (decided 2020-03-03 and 2020-03-15): the upper bound went from 1.75% to 1.25% (effective 03-04) and to 0.25% (effective 03-16).', ref='2020-03-16'),
        C('IXIC', 'year_change', -33, 'percent', 'a sharp 33% decline in 2022', "year_return('IXIC',2022)", S, INT, '15,644.97 (2021-12-31) -> 10,466.48 (2022-12-30) = -33.10%.', ref='2022-12-30', window='2022'),
        C('IXIC', 'pct_since', 90, 'percent', 'the index has since surged nearly 90%', "[pct('IXIC','2022-12-30','2024-12-11'), pct('IXIC','2022-12-28','2024-12-11')]", I, NEARLYI,
          '"Since" the 2022 decline, i.e. from the 2022-12-30 close: +91.42%, above 90 while "nearly" says just under it (1.42 points off); from the 2022-12-28 closing low it is +96.16%.', q='nearly', ref='2024-12-11', window='2022-12-30..2024-12-11'),
        C('IXIC_VALUATION', 'pe_ratio', 36, 'ratio', 'valuation at 36 times earnings', None, U, NOFILE, 'Valuations are not in the files.', ref='2024-12-11'),
        C('IXIC_VALUATION', 'pe_long_term_average', 27, 'ratio', 'long-term average of 27', None, U, NOFILE, 'Valuations are not in the files.'),
        C('IXIC_VALUATION', 'pe_dotcom_peak', 70, 'ratio', 'price-to-earnings ratio of 70', None, U, NOFILE, 'Valuations are not in the files.', ref='2000-03-10'),
        C('IXIC', 'outperformed_ytd', True, 'flag', 'has outperformed other major U.S. indexes in 2024', "[ytd('IXIC','2024-12-11'), ytd('SPX','2024-12-11'), ytd('DJI','2024-12-11'), ytd('RUT','2024-12-11')]", S, RANK,
          'Year to date on 2024-12-11: Nasdaq +33.46% against S&P 500 +27.56%, Dow +17.14%, Russell 2000 +18.11%.', ref='2024-12-11', window='2024 to date'),
    ])

# ---------------------------------------------------------------- 16
add('thenational_20240516_dow_tops_40000', 'thenational-the-national-prod.cdn.arcpublishing.com',
    'https://thenational-the-national-prod.cdn.arcpublishing.com/business/markets/2024/05/16/dow-jones-all-time-high',
    'The National (Abu Dhabi)', '2024-05-16', 'exact',
    'Dated 2024-05-16 in the URL (a Thursday); the closing figures are those of 2024-05-16 and "Wednesday" is 2024-05-15.',
    'The Dow Jones Industrial Average on Thursday climbed above 40,000 for the first time, as fresh inflation data raised hopes that US interest rates will fall this year. It reached a '
    'high of 40,048 on Thursday morning before closing at 39,869.83. The index came close to 40,000 earlier this year before easing back on worries that rate cuts would be delayed. The '
    'latest advance was sparked by some relief on stubbornly high inflation: the Labour Department said on Wednesday that headline and core inflation eased to 3.4 per cent and 3.6 per '
    'cent, respectively, in April. According to CME Group data, markets expect the Fed to start lowering its target range by a quarter of a point in September. Art Hogan of B Riley '
    'Wealth said the milestone shows how resilient the US economy has been. The S&P 500 rose 5.43 points after hitting 5,300 for the first time on Wednesday. The Nasdaq Composite also '
    'closed slightly lower on Thursday after reaching an all-time high of 16,797.',
    [
        C('DJI', 'first_intraday_above', '2024-05-16', 'date', 'climbed above 40,000 for the first time', "first_high_at_or_above('DJI',40000)", S, RECH, 'First session with a high at or above 40,000: 2024-05-16.', ref='2024-05-16', basis='intraday'),
        C('DJI', 'session_high', 40048, 'points', 'reached a high of 40,048 on Thursday morning', "high('DJI','2024-05-16')", I, LVLI,
          'The session high was 40,051.05 (3.05 points off an unhedged figure); it came late in the morning, so 40,048 may be an earlier reading.', ref='2024-05-16', basis='intraday high'),
        C('DJI', 'close', 39869.83, 'points', 'before closing at 39,869.83', "close('DJI','2024-05-16')", I, LVLI, 'Close 39,869.38 (-38.62): the last two digits are transposed (0.45 off).', ref='2024-05-16'),
        C('DJI', 'near_40000_earlier', True, 'flag', 'came close to 40,000 earlier this year', "[r2(ser('DJI','high').loc['2024-01-01':'2024-04-30'].max()), str(ser('DJI','high').loc['2024-01-01':'2024-04-30'].idxmax().date())]", S, 'level comparison',
          'Before its May run the Dow reached 39,889.05 intraday on 2024-03-21, 111 points short of 40,000, then fell back in April.', ref='2024-03-21', basis='intraday high'),
        C('US_CPI', 'yoy', 3.4, 'percent', '3.4 per cent', None, U, NOFILE, 'Consumer prices are not in the files.', ref='2024-05-15'),
        C('US_CPI_CORE', 'yoy', 3.6, 'percent', '3.6 per cent', None, U, NOFILE, 'Consumer prices are not in the files.', ref='2024-05-15'),
        C('FEDFUNDS', 'expected_first_cut', '2024-09', 'month', 'lowering its target range by a quarter of a point in September', None, U, 'futures-implied odds for a meeting without futures in the files: unverifiable',
          'CME futures-implied expectations; ZQ_futures.csv holds only contracts from July 2026. (The Fed in fact cut by half a point on 2024-09-18; odds are not judged against the outcome.)', ref='2024-05-16'),
        C('SPX', 'day_change_pts', 5.43, 'points', 'The S&P 500 rose 5.43 points', "[day_pts('SPX','2024-05-16'), session_range_pts('SPX','2024-05-16')]", X, 'wrong direction on the close: contradicted',
          'The S&P 500 fell 11.05 points on 2024-05-16 (5,308.15 -> 5,297.10); +5.43 lies inside the session range (-11.96 to +17.34), so it reads as a stale intraday figure reported as the day\'s move.', ref='2024-05-16'),
        C('SPX', 'first_close_above', '2024-05-15', 'date', 'after hitting 5,300 for the first time on Wednesday', "[first_close_at_or_above('SPX',5300), first_high_at_or_above('SPX',5300)]", S, FIRST,
          'The first high and the first close at or above 5,300 were both on Wednesday 2024-05-15 (close 5,308.15).', ref='2024-05-15'),
        C('IXIC', 'day_change_sign', 'down', 'direction', 'also closed slightly lower on Thursday', "[day_pct('IXIC','2024-05-16'), day_pct('DJI','2024-05-16')]", S, 'sign matches', 'Nasdaq -0.26%, Dow -0.10% on 2024-05-16.', ref='2024-05-16'),
        C('IXIC', 'record_high', 16797, 'points', 'an all-time high of 16,797', "[is_record_high('IXIC','2024-05-16'), high('IXIC','2024-05-16')]", I, 'truncated figure: imprecise', 'Record intraday high 16,797.83 on 2024-05-16, truncated to 16,797 (0.83 off an unhedged integer).', ref='2024-05-16', basis='intraday high'),
    ])

# ---------------------------------------------------------------- 17
add('marketwatch_20250606_sp500_closes_at_6000', 'www-web.itiger.com',
    'https://www-web.itiger.com/news/2541217893',
    'MarketWatch (William Watts), on Tiger Brokers', '2025-06-06', 'high',
    'The repost is labelled "Yesterday" without a date. "The S&P 500 SPX ended Friday at 6,000.36" and the May jobs report fit Friday 2025-06-06; "Thursday\'s session" is 2025-06-05 and "April 8" is 2025-04-08.',
    'The S&P 500 closes at 6,000 as bulls aim for return to record territory (MarketWatch). The S&P 500 finished Friday just a hair above 6,000, a key psychological level that chart '
    'watchers think could set up a run back to a record as investors keep shrugging off the tariff and recession fears that shook the market earlier this year. The S&P 500 SPX ended '
    'Friday at 6,000.36, after a gain of 1%. That leaves it just 2.3% below its record finish of 6,144.15 set on Feb. 19 and marks the first close above 6,000 since Feb. 21. Matthew '
    'Weller, global head of market research at StoneX, said in an email that 6,000 is a key psychological threshold the market has struggled to establish a firm foothold above for eight'
    ' months now. After its February record, the index began a pullback that took it nearly 20% lower - the threshold for a bear market - on April 8, before recovering. The rebound has '
    'let stocks take back all of their tariff-induced April losses and then some, with the S&P 500 coming within a whisker of 6,000 and hitting an intraday high of 5,999.70 in '
    "Thursday's session before turning back. It finally broke back above the threshold on Friday as investors cheered the May jobs report, trading as high as 6,016.87 in early trading "
    'before trimming its gain.',
    [
        C('SPX', 'close', 6000.36, 'points', 'ended Friday at 6,000.36', "close('SPX','2025-06-06')", S, LVL, 'Close 6,000.36.', ref='2025-06-06'),
        C('SPX', 'day_change_pct', 1, 'percent', 'after a gain of 1%', "day_pct('SPX','2025-06-06')", S, INT, '5,939.30 -> 6,000.36 = +1.03%.', ref='2025-06-06'),
        C('SPX', 'pct_from_ath', 2.3, 'percent', 'just 2.3% below its record finish', "pct_below_record('SPX','2025-06-06')", S, D1, '2.34% below the record close.', ref='2025-06-06'),
        C('SPX', 'record_close', ['2025-02-19', 6144.15], 'list', 'record finish of 6,144.15 set on Feb. 19', "record_close_upto('SPX','2025-06-06')", S, DATE, 'Record close 6,144.15 on 2025-02-19.', ref='2025-02-19'),
        C('SPX', 'first_close_above_since', '2025-02-21', 'date', 'first close above 6,000 since Feb. 21', "last_close_at_or_above('SPX',6000,'2025-06-05')", S, SINCE, 'The last earlier close at or above 6,000 was 2025-02-21 (6,013.13).', ref='2025-06-06'),
        C('QUOTE', 'months_struggling_at_6000', 8, 'months', 'struggled to establish a firm foothold above for eight months now', "[first_high_at_or_above('SPX',6000), first_close_at_or_above('SPX',6000)]", N, QUOTE,
          'An analyst\'s remark. For the record: the S&P 500 first traded above 6,000 on 2024-11-08 and first closed above it on 2024-11-11, just under seven months earlier.', ref='2025-06-06'),
        C('SPX', 'pct_from_ath', 20, 'percent', 'took it nearly 20% lower', "[peak_drawdown('SPX','2025-02-19','2025-04-08'), arith('100*(1-4910.42/6144.15)')]", I, NEARLYI,
          'At the 2025-04-08 close (4,982.77) the S&P 500 was 18.90% below its record, just outside "nearly 20" (19 to 20.5); at that day\'s intraday low (4,910.42) it was 20.08% below, which would fit.', q='nearly', ref='2025-04-08'),
        C('SPX', 'above_pre_tariff_level', True, 'flag', 'take back all of their tariff-induced April losses and then some', "[close('SPX','2025-04-02'), close('SPX','2025-06-06')]", S, 'level comparison',
          'The S&P 500 closed at 5,670.97 on 2025-04-02, before the tariff announcement; at 6,000.36 it is 5.81% above that level.', ref='2025-06-06'),
        C('SPX', 'session_high', 5999.7, 'points', "intraday high of 5,999.70 in Thursday's session", "high('SPX','2025-06-05')", S, LVL, 'High 5,999.70 on 2025-06-05 (close 5,939.30).', ref='2025-06-05', basis='intraday high'),
        C('SPX', 'session_high', 6016.87, 'points', 'trading as high as 6,016.87', "high('SPX','2025-06-06')", S, LVL, 'High 6,016.87 on 2025-06-06.', ref='2025-06-06', basis='intraday high'),
    ])

# ---------------------------------------------------------------- 18
add('marketwatch_20181224_ugliest_christmas_eve', 'onlyinfotech.com',
    'https://onlyinfotech.com/2018/12/25/the-stock-market-just-booked-its-ugliest-christmas-eve-plunge-in-history',
    'MarketWatch (repost on onlyinfotech.com)', '2018-12-25', 'exact',
    'The repost is dated 2018-12-25 in its URL; the MarketWatch story is about the shortened session of Monday 2018-12-24 (markets closed on Tuesday 2018-12-25).',
    'The stock market just booked its ugliest Christmas Eve plunge in history. Wall Street investors got a rare and unwelcome holiday gift this year. The S&P 500 fell by 2.7% Monday, '
    'the first Christmas Eve on which the broad-market benchmark has booked a loss of 1% or greater — ever. The Dow Jones Industrial Average also had its worst drop on the eve of '
    'Christmas, finishing 653 points, or 2.9%, lower, representing its worst such decline in history. Dow Jones Market Data confirmed the statistic, saying the largest decline in the '
    'index on the trading day before Christmas was Dec. 23 in 1933. The Nasdaq Composite Index fared no better, logging an ugly 2.2% loss; that is also the worst Christmas eve drop for '
    'the Nasdaq in its history, the previous worst drop a 0.95% in 1973. The Nasdaq began trading on Feb. 8, 1971. U.S. stock indexes ended trading at 1 p.m. Eastern Time on Christmas '
    'Eve and will be closed on Christmas. The market is now set for its worst monthly and yearly decline in about a decade.',
    [
        C('SPX', 'day_change_pct', -2.7, 'percent', 'The S&P 500 fell by 2.7% Monday', "day_pct('SPX','2018-12-24')", S, D1, '2,416.62 -> 2,351.10 = -2.71%.', ref='2018-12-24'),
        C('SPX', 'first_pre_christmas_loss_1pct', True, 'flag', 'has booked a loss of 1% or greater — ever', "pre_christmas_moves('SPX',1928,2017)", S, RANK,
          'On the last session before December 25 of every year 1928-2017 the S&P 500 never fell 1%: the worst such moves were -0.69% (1985-12-24) and -0.68% (1973, 1997).', ref='2018-12-24'),
        C('DJI', 'day_change_pts', -653, 'points', 'finishing 653 points', "day_pts('DJI','2018-12-24')", S, INT, '22,445.37 -> 21,792.20 = -653.17.', ref='2018-12-24'),
        C('DJI', 'day_change_pct', -2.9, 'percent', 'or 2.9%, lower', "day_pct('DJI','2018-12-24')", S, D1, '-2.91%.', ref='2018-12-24'),
        C('DJI', 'worst_pre_christmas_ever', True, 'flag', 'representing its worst such decline in history', "pre_christmas_moves('DJI',1992,2017)", U, NOFILE,
          'The Dow file starts in 1992; inside it no pre-Christmas session comes close (worst -0.63% on 2006-12-22), but "in history" needs 1896-1991.', ref='2018-12-24'),
        C('SPX', 'previous_worst_pre_christmas_date', '1933-12-23', 'date', 'was Dec. 23 in 1933', "[pre_christmas_moves('SPX',1928,2017,1), trading_days('SPX','1933-12-21','1933-12-27')]", U, NOFILE,
          'Saturday 1933-12-23 was a trading day then, but the S&P file has no Saturday sessions (it jumps from 1933-12-22, a gain of 3.25%, to 1933-12-26). In the file the worst pre-Christmas move before 2018 is -0.69% on 1985-12-24.', ref='1933-12-23'),
        C('IXIC', 'day_change_pct', -2.2, 'percent', 'logging an ugly 2.2% loss', "day_pct('IXIC','2018-12-24')", S, D1, '6,332.99 -> 6,192.92 = -2.21%.', ref='2018-12-24'),
        C('IXIC', 'worst_pre_christmas_ever', True, 'flag', 'the worst Christmas eve drop for the Nasdaq in its history', "pre_christmas_moves('IXIC',1971,2017)", S, RANK,
          'The file covers the whole Nasdaq history (from 1971-02-05); the worst earlier pre-Christmas move was -0.95% on 1973-12-24.', ref='2018-12-24'),
        C('IXIC', 'previous_worst_pre_christmas', [1973, -0.95], 'list', 'worst drop a 0.95% in 1973', "pre_christmas_moves('IXIC',1971,2017,1)", S, DATE, '-0.95% on 1973-12-24.', ref='1973-12-24'),
        C('IXIC', 'start_date', '1971-02-08', 'date', 'The Nasdaq began trading on Feb. 8, 1971', "trading_days('IXIC','1971-02-01','1971-02-09')", U, NOFILE,
          'The file opens with the base value 100.00 on 1971-02-05 and the first move on 1971-02-08; when trading began is not a fact the price series records.', ref='1971-02-08'),
        C('MARKET_HOURS', 'christmas_closure', True, 'flag', 'will be closed on Christmas', "trading_days('SPX','2018-12-21','2018-12-27')", S, 'session calendar',
          'No session on 2018-12-25 in the files (2018-12-24 is followed by 2018-12-26). The 1 p.m. early close cannot be checked from daily data.', ref='2018-12-25'),
        C('SPX', 'worst_month_year_since', 'about a decade', 'period', 'set for its worst monthly and yearly decline', "[mtd('SPX','2018-12-24'), ytd('SPX','2018-12-24')]", N, ONPACE,
          'A projection ("set for"). For the record: the S&P 500 was -14.82% for December to date (worst month since October 2008, -16.94%) and -12.06% for the year (worst since 2008).', ref='2018-12-24'),
    ])

# ---------------------------------------------------------------- 19
add('reuters_20120315_sp500_above_1400_first_since_2008', 'irishtimes.com',
    'https://irishtimes.com/business/economy/world/s-p-at-highest-close-since-2008-1.704089',
    'Reuters (on The Irish Times)', '2012-03-15', 'high',
    'No date in the excerpt. The closing figures (S&P 500 +8.32 to 1,402.60; Dow +58.66 to 13,252.76; Nasdaq +15.64 to 3,056.37) are those of Thursday 2012-03-15, "two days after" the Fed statement of 2012-03-13; published that evening.',
    'S&P at highest close since 2008 (Reuters). The S&P 500 closed above 1,400 for the first time since the 2008 financial crisis today, as economic data pointed to a healing US '
    "economy: new claims for jobless benefits fell back toward a four-year low, and factory activity in the Northeast picked up this month. The Standard & Poor's 500 index advanced for "
    'the sixth session out of seven, notching its highest close since June 2008. Investors are getting more comfortable with the S&P above 1,400 and with financials leading, said Rex '
    'Macey of Wilmington Trust. The S&P 500 has risen about 11.5 per cent so far this year with no major pullback. Financial shares led, with the S&P sector index up 1.9 per cent. Apple'
    ' touched a record high at $600.01 in early trading before ending lower; some analysts expect the stock will hit $700 within 12 months. The Dow Jones industrial average gained 58.66'
    " points, or 0.44 per cent, to 13,252.76. The Standard & Poor's 500 Index gained 8.32 points, or 0.60 per cent, to 1,402.60. The Nasdaq Composite Index gained 15.64 points, or 0.51 "
    'per cent, to 3,056.37.',
    [
        C('SPX', 'first_close_above_since', '2008', 'year', 'closed above 1,400 for the first time since the 2008 financial crisis', "last_close_at_or_above('SPX',1400,'2012-03-14')", S, SINCE,
          'The last earlier close at or above 1,400 was 2008-06-05.', ref='2012-03-15'),
        C('US_JOBLESS_CLAIMS', 'lowest_since', 4, 'years', 'fell back toward a four-year low', None, U, NOFILE, 'Jobless claims are not in the files.', ref='2012-03-15'),
        C('SPX', 'up_days_count', 6, 'count', 'advanced for the sixth session out of seven', "count_up_days('SPX','2012-03-15',7)", S, COUNT, 'Six up closes among the seven sessions 2012-03-07 to 2012-03-15 (down only on 2012-03-14).', ref='2012-03-15'),
        C('SPX', 'highest_close_since', '2008-06', 'month', 'notching its highest close since June 2008', "last_close_at_or_above_value('SPX','2012-03-15')", S, SINCE, 'The last close at or above 1,402.60 was 2008-06-05.', ref='2012-03-15'),
        C('SPX', 'ytd_change', 11.5, 'percent', 'risen about 11.5 per cent so far this year', "ytd('SPX','2012-03-15')", S, ABOUT, '1,257.60 (2011-12-30) -> 1,402.60 = +11.53%.', q='about', ref='2012-03-15', window='2012 to date'),
        C('SPX_FINANCIALS', 'day_change_pct', 1.9, 'percent', 'S&P sector index up 1.9 per cent', None, U, NOFILE, 'S&P 500 sector indexes are not in the files (XLF has only adjusted closes then).', ref='2012-03-15'),
        C('AAPL', 'record_high', 600.01, 'dollars', 'record high at $600.01', None, U, NOFILE, 'Single stocks are not in the files.', ref='2012-03-15', basis='intraday'),
        C('AAPL', 'price_target', 700, 'dollars', 'the stock will hit $700 within 12 months', None, F, FC, 'Analysts\' price target.', ref='2013-03-15'),
        C('DJI', 'day_change_pts', 58.66, 'points', 'gained 58.66 points', "day_pts('DJI','2012-03-15')", S, D2, '13,194.10 -> 13,252.76 = +58.66.', ref='2012-03-15'),
        C('DJI', 'day_change_pct', 0.44, 'percent', 'or 0.44 per cent', "day_pct('DJI','2012-03-15')", S, D2, '+0.44%.', ref='2012-03-15'),
        C('DJI', 'close', 13252.76, 'points', 'to 13,252.76', "close('DJI','2012-03-15')", S, LVL, 'Close 13,252.76.', ref='2012-03-15'),
        C('SPX', 'day_change_pts', 8.32, 'points', 'gained 8.32 points', "day_pts('SPX','2012-03-15')", S, D2, '1,394.28 -> 1,402.60 = +8.32.', ref='2012-03-15'),
        C('SPX', 'day_change_pct', 0.6, 'percent', 'or 0.60 per cent', "day_pct('SPX','2012-03-15')", S, D2, '+0.60%.', ref='2012-03-15'),
        C('SPX', 'close', 1402.6, 'points', 'to 1,402.60', "close('SPX','2012-03-15')", S, LVL, 'Close 1,402.60.', ref='2012-03-15'),
        C('IXIC', 'day_change_pts', 15.64, 'points', 'gained 15.64 points', "day_pts('IXIC','2012-03-15')", S, D2, '3,040.73 -> 3,056.37 = +15.64.', ref='2012-03-15'),
        C('IXIC', 'day_change_pct', 0.51, 'percent', 'or 0.51 per', "day_pct('IXIC','2012-03-15')", S, D2, '+0.51%.', ref='2012-03-15'),
        C('IXIC', 'close', 3056.37, 'points', 'to 3,056.37', "close('IXIC','2012-03-15')", S, LVL, 'Close 3,056.37.', ref='2012-03-15'),
    ])

# ---------------------------------------------------------------- 20
add('thestreet_201601_russell_2000_bear_market', 'thestreet.com',
    'https://www.thestreet.com/story/13423072/1/hello-bear-market-russell-2000-index-falls.html',
    'TheStreet (independent contributor)', '2016-01', 'medium',
    'No date on the excerpt. The Russell 2000 and IWM first closed 20% below their 2015-06-23 highs on 2016-01-13 (the first such close since 2011), and the story number (13423072) belongs to January 2016; the claims are judged as of 2016-01-13.',
    'Hello Bear Market: Russell 2000 Index Falls. Weeks of heavy volatility have ended up dragging small cap stocks into a bear market. Amid all the talk of weakness, this is the first '
    'time since 2011 that iShares Russell 2000 (IWM) has fallen 20% lower from its high. The Russell 2000 index has fallen by more than 20% twice since the financial crisis; the '
    'previous episode came in 2011, during the euro-area crisis, when the total move lower was as much as 30% before reversing higher. Before 2011, the time when IWM fell by more than '
    '20% off its highs was in late 2007, the beginning of the financial crisis, and the Russell 2000 index went on to fall a total of 60% from its highs before it turned around. Small '
    'caps may be less exposed to global trade or oil prices, but the rich valuations fed by U.S. monetary stimulus are finally fading.',
    [
        C('RUT', 'bear_market', True, 'flag', 'dragging small cap stocks into a bear market', "[first_close_below_peak('RUT','2015-06-23',20), peak_drawdown('RUT','2015-06-23','2016-01-13')]", S, BEAR,
          'The Russell 2000 first closed 20% below its 2015-06-23 high (1,295.80) on 2016-01-13 (22.04% below); 1,295.80 was then its record close.', ref='2016-01-13'),
        C('IWM', 'first_bear_since', 2011, 'year', 'first time since 2011 that iShares Russell 2000 (IWM)', "bear_markets('IWM',20,'2011-01-01','2016-01-13',upto='2016-01-13')", S, SINCE,
          'IWM bear markets on closes: 2011-04-29 peak (first 20% close 2011-08-08), then none until the 2015-06-23 peak crossed on 2016-01-13.', ref='2016-01-13'),
        C('RUT', 'bear_markets_since_crisis', 2, 'count', 'fallen by more than 20% twice since the financial crisis', "bear_markets('RUT',20,'2009-03-10','2016-01-13',upto='2016-01-13')", X, 'count wrong: contradicted',
          'Counting from the 2009 low, the Russell 2000 closed 20% or more below a cycle high three times: 2010 (2010-04-23 peak, 20.47% down at the 2010-07-06 close, just past the line; IWM 20.36%), 2011 (29.56%) and 2016.', ref='2016-01-13', window='2009-03-10..2016-01-13'),
        C('RUT', 'bear_decline', 30, 'percent', 'as much as 30% before reversing higher', "[max_drawdown_between('RUT','2011-01-01','2011-12-31'), arith('100*(1-601.71/868.57)')]", S, ABOUT,
          '2011-04-29 close 865.29 to the 2011-10-03 close 609.49: -29.56% (30.7% from intraday high to intraday low).', q='as much as', ref='2011-10-03'),
        C('IWM', 'previous_bear_date', '2007-late', 'period', 'was in late 2007, the beginning of the financial crisis', "bear_markets('IWM',20,'2007-01-01','2011-01-01',upto='2011-01-01')", X, DATEX,
          'Before 2011 the last IWM decline of 20% was in 2010 (crossed 2010-07-06); the financial-crisis one crossed 20% on 2008-01-17, not in late 2007 (the peak was 2007-07-13).', ref='2010-07-06'),
        C('RUT', 'bear_decline', 60, 'percent', 'fall a total of 60% from its highs', "peak_to_trough('RUT','2007-01-01','2007-12-31','2009-01-01','2009-12-31')", S, INT,
          '855.77 (2007-07-13) to 343.26 (2009-03-09) = -59.89%.', ref='2009-03-09', window='2007-07-13..2009-03-09'),
    ])

# ---------------------------------------------------------------- 21
add('lpl_201812_sure_felt_like_a_bear_market', 'madisonfinancialplan.com',
    'https://www.madisonfinancialplan.com/that-sure-felt-like-a-bear',
    'LPL Research (weekly commentary, reposted by Madison Financial)', '2018-12', 'medium',
    'The repost carries no date. It counts the decline "through Christmas Eve" and says "should the S&P 500 end the month where it closed on Christmas Eve", so it was written after the 2018-12-24 close and before month-end (LPL\'s commentary of 2018-12-26 or 27). Figures are judged at the 2018-12-24 close.',
    'That Sure Felt Like a Bear Market. It was technically not a bear market, but it sure felt like one. From its September 20 high through Christmas Eve, the S&P 500 Index fell 19.8%, '
    'including a more than 7% one-week (December 14–21) decline unmatched since the 2008–09 financial crisis. Should the S&P 500 end the month at its Christmas Eve close, December would'
    ' mark the third-worst month ever for stocks, behind only October 1987 (-21.8%) and October 2008 (-16.9%). Markets have had plenty to digest: the risk of a Federal Reserve policy '
    'mistake, the trade dispute with China, a government shutdown and communication missteps by the Fed and the Treasury Secretary.',
    [
        C('SPX', 'bear_market', False, 'flag', 'technically not a bear market', "pct_below_record('SPX','2018-12-24')", S, BEAR, 'At the 2018-12-24 close the S&P 500 was 19.78% below its record, short of 20%.', ref='2018-12-24'),
        C('SPX', 'record_close_date', '2018-09-20', 'date', 'From its September 20 high', "record_close_upto('SPX','2018-12-24')", S, DATE, 'Record close 2,930.75 on 2018-09-20.', ref='2018-09-20'),
        C('SPX', 'pct_from_ath', 19.8, 'percent', 'the S&P 500 Index fell 19.8%', "peak_drawdown('SPX','2018-09-20','2018-12-24')", S, D1, '2,930.75 -> 2,351.10 = -19.78%.', ref='2018-12-24', window='2018-09-20..2018-12-24'),
        C('SPX', 'week_change', -7, 'percent', 'a more than 7% one-week (December 14–21) decline', "week_return('SPX','2018-12-21')", S, MORE, '2,599.95 (2018-12-14) -> 2,416.62 (2018-12-21) = -7.05%.', q='more than', ref='2018-12-21', window='week ended 2018-12-21'),
        C('SPX', 'worst_week_since', '2008-09', 'period', 'unmatched since the 2008–09 financial crisis', "[week_return_rank_since('SPX','2018-12-21'), week_return('SPX','2011-08-05')]", X, SINCEX,
          'The week ended 2011-08-05 was worse (-7.19%), so the -7.05% week was last matched in August 2011, not in 2008-09.', ref='2018-12-21'),
        C('SPX', 'month_rank_worst', 3, 'rank', 'December would mark the third-worst month', "[month_rank_worst('SPX',2018,12,1928,'2018-12-24'), month_rank_worst('SPX',2018,12,1950,'2018-12-24')]", N, COND,
          'Conditional ("Should the S&P 500 end the month where it closed on Christmas Eve"). For the record: December-to-date -14.82% would rank 3rd worst since 1950 but 11th since 1928 (1931, 1938, 1940, 1932 and 1929 months were worse), so "ever" would not hold.', ref='2018-12-24'),
        C('SPX', 'month_change', -21.8, 'percent', 'October 1987 (-21.8%)', "month_return('SPX',1987,10)", S, D1, 'October 1987: -21.76%.', ref='1987-10-30', window='1987-10'),
        C('SPX', 'month_change', -16.9, 'percent', 'October 2008 (-16.9%)', "month_return('SPX',2008,10)", S, D1, 'October 2008: -16.94%.', ref='2008-10-31', window='2008-10'),
    ])

# ---------------------------------------------------------------- 22
add('reuters_20130328_sp500_pierces_record_midday', 'in.reuters.com',
    'http://in.reuters.com/article/markets-usa-stocks-idINL2N0CK1F320130328',
    'Reuters (Chuck Mikolajczak), India edition', '2013-03-28', 'exact',
    'The page is dated 2013-03-28 (a Thursday) and the story is a mid-session update of that day: every level and quarter/month figure is a snapshot taken during the 2013-03-28 session (the S&P 500 closed at a record 1,569.19).',
    "S&P 500 briefly climbs above record closing high. NEW YORK, March 28 (Reuters) - U.S. stocks edged up on Thursday as the S&P 500 rose just above its record closing high, a level that has "
    "capped the index for weeks. The S&P 500 had been confined to a narrow band, having traded within 10 points of the October 2007 record closing high of 1,565.15 over the previous 13 sessions "
    "before piercing that level on Thursday morning, as buyers stepped in on every dip. A close above the record could open the way to more gains, though payroll data and the earnings season may "
    "keep investors cautious. The Dow Jones industrial average gained 34.33 points, or 0.24 percent, to 14,560.49. The Standard & Poor's 500 Index added 3.42 points, or 0.22 percent, to 1,566.27. "
    "The Nasdaq Composite Index rose 3.80 points, or 0.12 percent, to 3,260.33. Stocks were set to close out a strong quarter, with the S&P 500 up 9.8 percent for the first three months of 2013. "
    "The Dow was up 11.1 percent and the Nasdaq up 7.9 percent. For the month of March, the S&P 500 is up 3.4 percent, the Dow is up 3.6 percent and the Nasdaq is up 3.2 percent. Thursday is the "
    "U.S. stock markets' last trading day of the quarter because of the Good Friday holiday.",
    [
        C('SPX', 'above_record_close_intraday', True, 'flag', 'rose just above its record closing high', "[record_close_upto('SPX','2013-03-27'), high('SPX','2013-03-28'), close('SPX','2013-03-28')]", S, 'level comparison',
          'The session high (1,570.28) and the quoted snapshot (1,566.27) were above the 2007-10-09 record close of 1,565.15; the index also closed above it (1,569.19), a new record.', ref='2013-03-28', basis='mid-session'),
        C('SPX', 'sessions_within_10_points', 13, 'sessions', 'traded within 10 points of the October 2007 record closing high', "sessions_high_within('SPX',1565.15,10,'2013-03-28')", S, COUNT,
          'The session high came within 10 points of 1,565.15 (without a close above it) on each of the 13 sessions 2013-03-11 to 2013-03-27; on 2013-03-08 it was 12.67 points short. On closes the run would break (2013-03-21 closed 19.35 points below).', ref='2013-03-27', window='2013-03-11..2013-03-27', basis='intraday high'),
        C('SPX', 'record_close', ['2007-10', 1565.15], 'list', 'record closing high of 1,565.15', "record_close_upto('SPX','2013-03-27')", S, DATE, 'Record close 1,565.15 on 2007-10-09.', ref='2007-10-09'),
        C('DJI', 'day_change_pts', 34.33, 'points', 'gained 34.33 points', "[session_range_pts('DJI','2013-03-28'), day_pts('DJI','2013-03-28')]", U, MID, 'Session range -5.30 to +58.94 points; closed +52.38.', ref='2013-03-28', basis='mid-session'),
        C('DJI', 'day_change_pct', 0.24, 'percent', 'or 0.24 percent', "[session_range_pct('DJI','2013-03-28'), day_pct('DJI','2013-03-28')]", U, MID, 'Session range -0.04% to +0.41%; closed +0.36%.', ref='2013-03-28', basis='mid-session'),
        C('DJI', 'level', 14560.49, 'points', 'to 14,560.49', "[low('DJI','2013-03-28'), high('DJI','2013-03-28'), close('DJI','2013-03-28')]", U, MID, 'Session range 14,520.86 - 14,585.10; close 14,578.54.', ref='2013-03-28', basis='mid-session'),
        C('SPX', 'day_change_pts', 3.42, 'points', 'added 3.42 points', "[session_range_pts('SPX','2013-03-28'), day_pts('SPX','2013-03-28')]", U, MID, 'Session range -1.77 to +7.43 points; closed +6.34.', ref='2013-03-28', basis='mid-session'),
        C('SPX', 'day_change_pct', 0.22, 'percent', 'or 0.22 percent', "[session_range_pct('SPX','2013-03-28'), day_pct('SPX','2013-03-28')]", U, MID, 'Session range -0.11% to +0.48%; closed +0.41%.', ref='2013-03-28', basis='mid-session'),
        C('SPX', 'level', 1566.27, 'points', 'to 1,566.27', "[low('SPX','2013-03-28'), high('SPX','2013-03-28'), close('SPX','2013-03-28')]", U, MID, 'Session range 1,561.08 - 1,570.28; close 1,569.19.', ref='2013-03-28', basis='mid-session'),
        C('IXIC', 'day_change_pts', 3.8, 'points', 'rose 3.80 points', "[session_range_pts('IXIC','2013-03-28'), day_pts('IXIC','2013-03-28')]", U, MID, 'Session range -3.31 to +13.78 points; closed +11.00.', ref='2013-03-28', basis='mid-session'),
        C('IXIC', 'day_change_pct', 0.12, 'percent', 'or 0.12 percent', "[session_range_pct('IXIC','2013-03-28'), day_pct('IXIC','2013-03-28')]", U, MID, 'Session range -0.10% to +0.42%; closed +0.34%.', ref='2013-03-28', basis='mid-session'),
        C('IXIC', 'level', 3260.33, 'points', 'to 3,260.33', "[low('IXIC','2013-03-28'), high('IXIC','2013-03-28'), close('IXIC','2013-03-28')]", U, MID, 'Session range 3,253.21 - 3,270.30; close 3,267.52.', ref='2013-03-28', basis='mid-session'),
        C('SPX', 'quarter_change', 9.8, 'percent', 'up 9.8 percent for the first three months of 2013', "[ytd_range('SPX','2013-03-28'), ytd('SPX','2013-03-28')]", U, MID,
          'Quarter to date at the session extremes: +9.46% to +10.10%; at the close +10.03% (the quoted snapshot of 1,566.27 gives +9.82%).', ref='2013-03-28', window='2013-Q1', basis='mid-session'),
        C('DJI', 'quarter_change', 11.1, 'percent', 'The Dow was up 11.1 percent', "[ytd_range('DJI','2013-03-28'), ytd('DJI','2013-03-28')]", U, MID, 'Range +10.81% to +11.30%; at the close +11.25%.', ref='2013-03-28', window='2013-Q1', basis='mid-session'),
        C('IXIC', 'quarter_change', 7.9, 'percent', 'the Nasdaq up 7.9 percent', "[ytd_range('IXIC','2013-03-28'), ytd('IXIC','2013-03-28')]", U, MID, 'Range +7.74% to +8.31%; at the close +8.21%.', ref='2013-03-28', window='2013-Q1', basis='mid-session'),
        C('SPX', 'mtd_change', 3.4, 'percent', 'the S&P 500 is up 3.4 percent', "[mtd_range('SPX','2013-03-28'), mtd('SPX','2013-03-28')]", U, MID, 'March to date at the session extremes: +3.06% to +3.67%; at the close +3.60%.', ref='2013-03-28', window='2013-03', basis='mid-session'),
        C('DJI', 'mtd_change', 3.6, 'percent', 'the Dow is up 3.6 percent', "[mtd_range('DJI','2013-03-28'), mtd('DJI','2013-03-28')]", U, MID, 'Range +3.32% to +3.78%; at the close +3.73%.', ref='2013-03-28', window='2013-03', basis='mid-session'),
        C('IXIC', 'mtd_change', 3.2, 'percent', 'the Nasdaq is up 3.2 percent', "[mtd_range('IXIC','2013-03-28'), mtd('IXIC','2013-03-28')]", U, MID, 'Range +2.94% to +3.48%; at the close +3.40%.', ref='2013-03-28', window='2013-03', basis='mid-session'),
        C('MARKET_HOURS', 'last_session_of_quarter', '2013-03-28', 'date', "last trading day of the quarter because of the Good Friday holiday", "trading_days('SPX','2013-03-27','2013-04-02')", S, 'session calendar',
          'No session on Friday 2013-03-29 in the files; the next session is 2013-04-01.', ref='2013-03-28'),
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
