"""Build passages.jsonl, key.jsonl and recipes.json of this corpus (heldout42b: US market closes and weekly moves from regional and non-US outlets).

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


LVLI = 'index level off by <= 1%: imprecise'
PTSI = 'point change or distance off by <= 20%: imprecise'
PTSX = 'point change or distance off by more than 20%: contradicted'
LVLX = 'index level off by more than 1%: contradicted'
TRUNC = 'truncated figure outside the unhedged tolerance: imprecise'
BOUNDI = 'bound just missed (within the imprecise band): imprecise'


# ---------------------------------------------------------------- 1
add('guardian_20081006_dow_below_10000', 'theguardian.com',
    'https://www.theguardian.com/business/2008/oct/06/dowjones.creditcrunch?INTCMP=ILCNETTXT3487',
    'The Guardian', '2008-10-06', 'exact',
    'The URL carries 2008/oct/06 and the text says "today" about the New York close: Monday 2008-10-06, a trading day. "Last week\'s largest ever one-day points drop" is Monday 2008-09-29; "six business days" are the sessions 2008-09-29..2008-10-06, counted from the 2008-09-26 close.',
    "Dow Jones slump could begin to threaten global markets: Dow Jones closes below 10,000 points for first time since 2004 (The Guardian, 6 October 2008). "
    "The US financial markets were on the brink of a record-breaking slump today as Wall Street reacted to signs that the credit crunch is spiralling out of control. "
    "As European governments struggled to contain banking failures, the Dow Jones Industrial Average plummeted by 800 points at one stage, exceeding last week's largest ever one-day points drop of 777. "
    "The blue-chip index staged a modest rally during the final hour of trading in New York to close with a fall of 369 points to 9,955. But it was the first time the Dow had fallen below 10,000 since October 2004, "
    "with banks and struggling car companies leading the rout. In six business days, the Dow has slumped by nearly 11% and prices are 30% below their peak, reached in October 2007.",
    [
        C('DJI', 'first_close_below_since', 2004, 'year', 'closes below 10,000 points for first time since 2004', "last_close_at_or_below('DJI',10000,'2008-10-03')", S, SINCE,
          'The last close below 10,000 before 2008-10-06 was 2004-10-26; the 9,955.50 close was the first since then.', ref='2008-10-06'),
        C('GENERIC', 'record_slump_brink', 'on the brink of a record-breaking slump', 'phrase', 'on the brink of a record-breaking slump', None, N, QUOTE,
          'A characterisation of the session, not a dated figure; the Dow\'s 800-point intraday fall exceeded the record one-day point loss of 777.68 but the close (-369.88) did not.', ref='2008-10-06'),
        C('DJI', 'intraday_drop', -800, 'points', 'plummeted by 800 points at one stage', "session_range_pts('DJI','2008-10-06')", S, INT,
          'The session low was 800.06 points below the 2008-10-03 close (9,525.32), so "800 points at one stage" matches.', ref='2008-10-06', basis='intraday low'),
        C('DJI', 'record_point_drop', 'largest ever one-day points drop', 'rank', "last week's largest ever one-day points drop", "largest_point_drops('DJI','2008-10-03',2)", S, RANK,
          'The 2008-09-29 loss of 777.68 points is the largest daily point loss in the file up to that week (next: 684.81 on 2001-09-17); the file starts 1992, and no earlier Dow move came close in points (1987-10-19: 508).', ref='2008-09-29'),
        C('DJI', 'day_pts', -777, 'points', 'drop of 777', "day_pts('DJI','2008-09-29')", I, TRUNC,
          'The 2008-09-29 drop was 777.68 points; "777" truncates it (0.68 off, beyond 0.5).', ref='2008-09-29'),
        C('DJI', 'final_hour_rally', 'modest rally during the final hour', 'phrase', 'staged a modest rally during the final hour', "[low('DJI','2008-10-06'), close('DJI','2008-10-06')]", U, MID,
          'The Dow closed 430 points above its low (9,525.32 to 9,955.50), but the files have no intraday times, so when the rally came cannot be checked.', ref='2008-10-06', basis='afternoon'),
        C('DJI', 'day_pts', -369, 'points', 'a fall of 369 points', "day_pts('DJI','2008-10-06')", I, TRUNC,
          'The Dow fell 369.88 points; "369" truncates the figure (0.88 off).', ref='2008-10-06'),
        C('DJI', 'close', 9955, 'level', 'to 9,955', "close('DJI','2008-10-06')", S, INT,
          'Close 9,955.50; the integer 9,955 is 0.50 off, at the edge of the 0.5 tolerance.', ref='2008-10-06'),
        C('DJI', 'below_since', '2004-10', 'month', 'the first time the Dow had fallen below 10,000 since October 2004', "last_close_at_or_below('DJI',10000,'2008-10-03')", S, SINCE,
          'Last close below 10,000 before the session: 2004-10-26, in October 2004.', ref='2008-10-06'),
        C('DJI', 'n_day_pct', -11, 'percent', 'slumped by nearly 11%', "n_day_pct('DJI','2008-10-06',6)", S, NEARLY,
          'Over the six sessions 2008-09-29..2008-10-06 (from the 2008-09-26 close) the Dow fell 10.66%: nearly 11%.', ref='2008-10-06', q='nearly', window='2008-09-26..2008-10-06'),
        C('DJI', 'pct_below_record', 30, 'percent', 'prices are 30% below their peak, reached in October 2007', "[pct_below_record('DJI','2008-10-06'), record_close_upto('DJI','2008-10-06')]", S, INT,
          'The record close was 14,164.53 on 2007-10-09; the 2008-10-06 close is 29.72% below it.', ref='2008-10-06'),
    ])

# ---------------------------------------------------------------- 2
add('businessstandard_20081120_wall_st_five_year_low', 'business-standard.com',
    'https://business-standard.com/article/markets/wall-st-slumps-to-over-5-yr-low-adrs-plunge-108112000002_1.html',
    'Business Standard (India), wire-based market report', '2008-11-20', 'high',
    'The URL code 108112000002 carries 08-11-20 (Business Standard numbering), and the text describes "the session yesterday" with the Fed minutes (released 2008-11-19): the session is Wednesday 2008-11-19.',
    "Wall St slumps to over 5-yr low; ADRs plunge (Business Standard, November 20, 2008). Wall Street hit levels not seen since 2003, with the Dow Jones industrial average plunging below the 8,000 mark amid a dour economic outlook from the Federal Reserve "
    "and worries over the fate of Detroit's three automakers. A cascade of selling occurred in the final minutes of the session yesterday as investors yanked money out of the market. "
    "The S&P 500, widely considered the broadest snapshot of corporate America, slipped 52.54 points, or 6.12 per cent, to 806.58; and the Dow gave up 427.47 points, or 5.07 percent, to 7,997.28. "
    "Both closed at their lowest levels since March 2003, and are rapidly approaching the lows of the 2000 to 2002 bear market. The financial crisis has already wiped out $6.69trillion of value from the S&P 500 since its October 2007 high. "
    "The selling on the New York Stock Exchange was staggering: only 158 companies that trade there finished the day positive while 2,943 declined. The Indian ADRs, too, tumbled heavily.",
    [
        C('DJI, SPX', 'lowest_since', 'over 5-yr low', 'period', 'over 5-yr low', "[years_between(lowest_since('DJI','2008-11-19'),'2008-11-19'), years_between(lowest_since('SPX','2008-11-19'),'2008-11-19')]", S, MORE,
          'The Dow\'s close was the lowest since 2003-03-31 and the S&P 500\'s since 2003-03-12: 5.6 and 5.7 years, more than five.', ref='2008-11-19'),
        C('DJI, SPX', 'lowest_since', 2003, 'year', 'levels not seen since 2003', "[lowest_since('DJI','2008-11-19'), lowest_since('SPX','2008-11-19')]", S, SINCE,
          'Last closes at or below the 2008-11-19 levels: Dow 2003-03-31, S&P 500 2003-03-12, both in 2003.', ref='2008-11-19'),
        C('DJI', 'close_below_level', 8000, 'level', 'plunging below the 8,000 mark', "close('DJI','2008-11-19')", S, LESS,
          'Close 7,997.28, below 8,000.', ref='2008-11-19'),
        C('SPX', 'day_pts', -52.54, 'points', 'slipped 52.54 points', "day_pts('SPX','2008-11-19')", S, D2, 'S&P 500 fell 52.54 points.', ref='2008-11-19'),
        C('SPX', 'day_pct', -6.12, 'percent', '6.12 per cent', "day_pct('SPX','2008-11-19')", S, D2, 'S&P 500 fell 6.12%.', ref='2008-11-19'),
        C('SPX', 'close', 806.58, 'level', 'to 806.58', "close('SPX','2008-11-19')", S, D2, 'S&P 500 closed at 806.58.', ref='2008-11-19'),
        C('DJI', 'day_pts', -427.47, 'points', 'gave up 427.47 points', "day_pts('DJI','2008-11-19')", S, D2, 'Dow fell 427.47 points.', ref='2008-11-19'),
        C('DJI', 'day_pct', -5.07, 'percent', '5.07 percent', "day_pct('DJI','2008-11-19')", S, D2, 'Dow fell 5.07%.', ref='2008-11-19'),
        C('DJI', 'close', 7997.28, 'level', 'to 7,997.28', "close('DJI','2008-11-19')", S, D2, 'Dow closed at 7,997.28.', ref='2008-11-19'),
        C('DJI, SPX', 'lowest_since', '2003-03', 'month', 'lowest levels since March 2003', "[lowest_since('DJI','2008-11-19'), lowest_since('SPX','2008-11-19')]", S, SINCE,
          'Dow: last close at or below 7,997.28 was 2003-03-31; S&P 500: last close at or below 806.58 was 2003-03-12; both in March 2003.', ref='2008-11-19'),
        C('GENERIC', 'approaching_bear_lows', 'rapidly approaching the lows of the 2000 to 2002 bear market', 'phrase', 'rapidly approaching the lows of the 2000 to 2002 bear market',
          "[min_close('DJI','2002-01-01','2002-12-31'), min_close('SPX','2002-01-01','2002-12-31')]", N, QUOTE,
          'A vague comparison without a figure; the 2002 closing lows were 7,286.27 (Dow) and 776.76 (S&P 500), 8.9% and 3.7% below the 2008-11-19 closes.', ref='2008-11-19'),
        C('SPX_MARKET_CAP', 'value_lost', 6.69, 'trillion USD', '$6.69trillion', None, U, NOFILE,
          'Market capitalisation is not in the files; the S&P 500 price index fell 48.5% from its 2007-10-09 record close (1,565.15) to 806.58.', ref='2008-11-19'),
        C('NYSE', 'breadth', [158, 2943], 'issues', 'only 158 companies', None, U, NOFILE, 'NYSE advance/decline counts are not in the files.', ref='2008-11-19'),
    ])

# ---------------------------------------------------------------- 3
add('rte_20081120_fresh_wall_street_plunge', 'rte.ie',
    'https://www.rte.ie/news/business/2008/1120/110690-marketupdate-business',
    'RTÉ News (Ireland)', '2008-11-20', 'exact',
    'The URL carries 2008/1120; the update was written on the evening of Thursday 2008-11-20 (Irish time) after the New York close of that day; "a second straight day" counts 2008-11-19 and 2008-11-20.',
    "Fresh Wall Street plunge on US gloom (RTÉ News, 20 November 2008). Wall Street shares have plunged for a second straight day as investor panic spread in the face of more weak US economic data. "
    "The Dow Jones sank to a fresh five-and-a-half-year low, losing 445 points (5.6%) to 7,552. The Nasdaq lost 70 points (5%) to 1,316 and the S&P 500 plummeted 6.7% to 752.44, the lowest finish since April 1997. "
    "A sell-off accelerated as Democrats in Congress put off a vote on a bail-out for crisis-hit big three car makers until at least December. Earlier, other world stock markets plunged after a jump in US jobless figures; "
    "London's FTSE fell 3.26% to close at 3,875 this evening.",
    [
        C('DJI, SPX, IXIC', 'down_streak', 2, 'sessions', 'plunged for a second straight day', "[down_streak('DJI','2008-11-20'), down_streak('SPX','2008-11-20'), down_streak('IXIC','2008-11-20')]", S, STREAK,
          'All three indexes fell on 2008-11-19 and 2008-11-20 (after gains on 2008-11-18).', ref='2008-11-20'),
        C('DJI', 'lowest_since', 'five-and-a-half-year low', 'period', 'fresh five-and-a-half-year low', "[lowest_since('DJI','2008-11-20'), years_between(lowest_since('DJI','2008-11-20'),'2008-11-20')]", I, SINCEU,
          'The 7,552.29 close was the lowest since 2003-03-12, 5.7 years earlier; five and a half years back (May 2003) understates the span, so the "since" is later than the true date.', ref='2008-11-20'),
        C('DJI', 'day_pts', -445, 'points', 'losing 445 points', "day_pts('DJI','2008-11-20')", S, INT, 'Dow fell 444.99 points.', ref='2008-11-20'),
        C('DJI', 'day_pct', -5.6, 'percent', '(5.6%)', "day_pct('DJI','2008-11-20')", S, D1, 'Dow fell 5.56%.', ref='2008-11-20'),
        C('DJI', 'close', 7552, 'level', 'to 7,552', "close('DJI','2008-11-20')", S, INT, 'Dow closed at 7,552.29.', ref='2008-11-20'),
        C('IXIC', 'day_pts', -70, 'points', 'The Nasdaq lost 70 points', "day_pts('IXIC','2008-11-20')", S, INT, 'Nasdaq fell 70.30 points.', ref='2008-11-20'),
        C('IXIC', 'day_pct', -5, 'percent', '(5%)', "day_pct('IXIC','2008-11-20')", S, INT, 'Nasdaq fell 5.07%.', ref='2008-11-20'),
        C('IXIC', 'close', 1316, 'level', 'to 1,316', "close('IXIC','2008-11-20')", S, INT, 'Nasdaq closed at 1,316.12.', ref='2008-11-20'),
        C('SPX', 'day_pct', -6.7, 'percent', 'plummeted 6.7%', "day_pct('SPX','2008-11-20')", S, D1, 'S&P 500 fell 6.71%.', ref='2008-11-20'),
        C('SPX', 'close', 752.44, 'level', 'to 752.44', "close('SPX','2008-11-20')", S, D2, 'S&P 500 closed at 752.44.', ref='2008-11-20'),
        C('SPX', 'lowest_since', '1997-04', 'month', 'the lowest finish since April 1997', "lowest_since('SPX','2008-11-20')", S, SINCE,
          'Last S&P 500 close at or below 752.44: 1997-04-14, in April 1997.', ref='2008-11-20'),
        C('FTSE', 'close', [-3.26, 3875], 'percent, level', '3.26%', None, U, NOFILE, 'The FTSE 100 is not in the files.', ref='2008-11-20'),
    ])

# ---------------------------------------------------------------- 4
add('livemint_20090220_dow_six_year_low', 'livemint.com',
    'http://www.livemint.com/Money/O0SjaAxvRoLmdOpEQzNhtL/Dow-Jones-falls-to-6year-low-as-banks-slide.html',
    'Mint (India), Reuters story', '2009-02-20', 'exact',
    'The page says "First Published: Fri, Feb 20 2009. 08 38 AM IST"; the story is about Thursday 2009-02-19. The page text breaks off in the middle of the next sentence ("The broad S&P is now up almost 4% f"), so the passage stops before it.',
    "Dow Jones falls to 6-year low as banks slide (Mint, New York, Fri, Feb 20 2009). The Dow industrials closed at a more than six-year low on Thursday as investor fears that banks could be nationalized drove their stocks to a 17-year low. "
    "After several near misses this week, blue chips blew through the 20 November bear market closing low in late trade, erasing a year-end rally. The Nasdaq fared the worst of the three major indexes after a disappointing outlook from Hewlett-Packard. "
    "The KBW banks index fell to its lowest level since 1992. The Dow Jones industrial average lost 89.68 points, or 1.19%, to close at 7,465.95, after setting an intraday bear market low of 7,447.55. "
    "The Standard & Poor's 500 Index gave up 9.48 points, or 1.20%, to 778.94. The Nasdaq Composite Index was down 25.15 points, or 1.71%, at 1,442.82. Since the start of the year, the Dow has fallen nearly 15%. "
    "The S&P, which suffered a fourth straight day of losses on Thursday that marked its longest losing streak since October, has lost close to 14% for the year.",
    [
        C('DJI', 'lowest_since', 'more than six-year low', 'period', 'a more than six-year low', "[lowest_since('DJI','2009-02-19'), years_between(lowest_since('DJI','2009-02-19'),'2009-02-19')]", S, MORE,
          'Lowest close since 2002-10-09, 6.4 years earlier: more than six years.', ref='2009-02-19'),
        C('DJI', 'below_prior_low', '2008-11-20', 'date', 'blew through the 20 November bear market closing low', "[argmin_close('DJI','2008-10-09','2009-02-18'), min_close('DJI','2008-10-09','2009-02-18'), close('DJI','2009-02-19')]", S, DATE,
          'The bear-market closing low before the session was 7,552.29 on 2008-11-20; the 7,465.95 close went below it.', ref='2009-02-19'),
        C('IXIC', 'worst_of_three', True, 'flag', 'The Nasdaq fared the worst of the three major indexes', "[day_pct('DJI','2009-02-19'), day_pct('SPX','2009-02-19'), day_pct('IXIC','2009-02-19')]", S, RANK,
          'Nasdaq -1.71% against Dow -1.19% and S&P 500 -1.20%.', ref='2009-02-19'),
        C('KBW_BANKS', 'lowest_since', 1992, 'year', 'lowest level since 1992', None, U, NOFILE, 'The KBW bank index is not in the files.', ref='2009-02-19'),
        C('DJI', 'day_pts', -89.68, 'points', 'lost 89.68 points', "day_pts('DJI','2009-02-19')", S, D2, 'Dow fell 89.68 points.', ref='2009-02-19'),
        C('DJI', 'day_pct', -1.19, 'percent', 'or 1.19%', "day_pct('DJI','2009-02-19')", S, D2, 'Dow fell 1.19%.', ref='2009-02-19'),
        C('DJI', 'close', 7465.95, 'level', 'to close at 7,465.95', "close('DJI','2009-02-19')", S, D2, 'Dow closed at 7,465.95.', ref='2009-02-19'),
        C('DJI', 'intraday_low_record', 7447.55, 'level', 'intraday bear market low of 7,447.55', "[low('DJI','2009-02-19'), min_low('DJI','2007-10-09','2009-02-18')]", S, D2,
          'The session low was 7,447.55, below every low since the 2007 peak (previous lowest low 7,449.38 on 2008-11-21): a new intraday bear-market low.', ref='2009-02-19', basis='intraday low'),
        C('SPX', 'day_pts', -9.48, 'points', 'gave up 9.48 points', "day_pts('SPX','2009-02-19')", S, D2, 'S&P 500 fell 9.48 points.', ref='2009-02-19'),
        C('SPX', 'day_pct', -1.2, 'percent', 'or 1.20%', "day_pct('SPX','2009-02-19')", S, D2, 'S&P 500 fell 1.20%.', ref='2009-02-19'),
        C('SPX', 'close', 778.94, 'level', 'to 778.94', "close('SPX','2009-02-19')", S, D2, 'S&P 500 closed at 778.94.', ref='2009-02-19'),
        C('IXIC', 'day_pts', -25.15, 'points', 'down 25.15 points', "day_pts('IXIC','2009-02-19')", S, D2, 'Nasdaq fell 25.15 points.', ref='2009-02-19'),
        C('IXIC', 'day_pct', -1.71, 'percent', 'or 1.71%', "day_pct('IXIC','2009-02-19')", S, D2, 'Nasdaq fell 1.71%.', ref='2009-02-19'),
        C('IXIC', 'close', 1442.82, 'level', 'at 1,442.82', "close('IXIC','2009-02-19')", S, D2, 'Nasdaq closed at 1,442.82.', ref='2009-02-19'),
        C('DJI', 'ytd', -15, 'percent', 'the Dow has fallen nearly 15%', "ytd('DJI','2009-02-19')", S, NEARLY, 'Year to date -14.93%.', ref='2009-02-19', q='nearly', window='2008-12-31..2009-02-19'),
        C('SPX', 'down_streak', 4, 'sessions', 'a fourth straight day of losses', "down_streak('SPX','2009-02-19')", S, STREAK, 'Four falling closes, 2009-02-13..2009-02-19 (2009-02-16 was a holiday).', ref='2009-02-19'),
        C('SPX', 'longest_streak_since', '2008-10', 'month', 'its longest losing streak since October', "down_streaks('SPX','2008-10-01','2009-02-19',4)", S, SINCE,
          'The last run of at least four falling closes before this one was the eight-session run ending 2008-10-10.', ref='2009-02-19'),
        C('SPX', 'ytd', -14, 'percent', 'close to 14% for the year', "ytd('SPX','2009-02-19')", S, ABOUT, 'Year to date -13.76%: close to 14%.', ref='2009-02-19', q='close to', window='2008-12-31..2009-02-19'),
    ])


# ---------------------------------------------------------------- 5
add('tampabay_20110804_dow_falls_500', 'tampabay.com',
    'http://www.tampabay.com/incoming/dow-jones-industrial-average-falls-more-than-500-points/1184393',
    'Tampa Bay Times, Associated Press story', '2011-08-04', 'medium',
    'No date on the page; the story describes "Thursday" with the Dow down 512.76 at 11,383.68, which is Thursday 2011-08-04, and mentions Asian trading "today" opening lower, so it was posted late on 2011-08-04 (US time). "Since July 21" runs from the 2011-07-21 close.',
    "Dow Jones industrial average falls more than 500 points (NEW YORK, Tampa Bay Times, AP). Gripped by fear of another recession, the financial markets suffered their worst day Thursday since the crisis of 2008. "
    "The Dow Jones industrial average fell more than 500 points, its ninth-steepest decline ever. The sell-off wiped out the Dow's gains for 2011. It put the Dow and broader stock indexes into what investors call a correction, "
    "down 10 percent from the highs of this spring. Since July 21, the Dow has lost more than 1,300 points, or 10.5 percent of its value. It has closed lower on nine of the 10 trading days since then. "
    "For the day, the Dow closed down 512.76 points, at 11,383.68. It was the steepest point decline since Dec. 1, 2008. At the close, the Standard & Poor's 500-stock index was down 60.27 points, or 4.78 percent, to 1,200.07. "
    "The Nasdaq was down 136.68, or 5.08 percent, to 2,556.39. In percentage terms, the Dow's decline of 4.3 percent did not rank among the worst. On Black Monday in 1987, for example, the market fell 22 percent.",
    [
        C('DJI, SPX, IXIC', 'worst_day_since', 'the crisis of 2008', 'period', 'their worst day Thursday since the crisis of 2008',
          "[last_drop_as_big('DJI','2011-08-04'), last_drop_as_big('SPX','2011-08-04'), last_drop_as_big('IXIC','2011-08-04'), [ds(d) for d, v in ser('DJI').diff().loc[:'2011-08-03'].items() if v <= -512.76][-1]]", S, SINCE,
          'In points the Dow\'s last larger loss was 2008-12-01; in percent the last larger losses were 2009-02-10 (Dow, S&P 500) and 2009-01-20 (Nasdaq), still inside the 2008-09 crisis and bear market. Read strictly as calendar 2008, the percent dates are later and the claim would be contradicted.', ref='2011-08-04'),
        C('DJI', 'day_pts', -500, 'points', 'fell more than 500 points', "day_pts('DJI','2011-08-04')", S, MORE, 'Dow fell 512.76 points.', ref='2011-08-04', q='more than'),
        C('DJI', 'point_drop_rank', 9, 'rank', 'its ninth-steepest decline ever', "largest_point_drops('DJI','2011-08-04',10)", S, RANK,
          'Ninth-largest daily point loss in the file (1992 on): after 2008-09-29, 2008-10-15, 2001-09-17, 2008-12-01, 2008-10-09, 2000-04-14, 1997-10-27 and 2008-10-22. Before 1992 no Dow point loss exceeded 508 (1987-10-19).', ref='2011-08-04'),
        C('DJI', 'ytd', 'gains wiped out', 'flag', "wiped out the Dow's gains for 2011", "[ytd('DJI','2011-08-03'), ytd('DJI','2011-08-04')]", S, DATE,
          'Year to date +2.75% at the 2011-08-03 close, -1.67% at the 2011-08-04 close.', ref='2011-08-04'),
        C('DJI, SPX, IXIC', 'correction', 10, 'percent', 'down 10 percent from the highs of this spring',
          "[[pct_below_52w_high(t,'2011-08-04'), argmax_close(t,'2010-08-04','2011-08-04')] for t in ['DJI','SPX','IXIC']]", S, MORE,
          'Below the 52-week high closes (all on 2011-04-29): Dow 11.14%, S&P 500 11.99%, Nasdaq 11.04%, each at least 10%: a correction.', ref='2011-08-04'),
        C('DJI', 'pts_since', -1300, 'points', 'lost more than 1,300 points', "pts('DJI','2011-07-21','2011-08-04')", S, MORE,
          'From the 2011-07-21 close to the 2011-08-04 close: -1,340.73 points.', ref='2011-08-04', q='more than', window='2011-07-21..2011-08-04'),
        C('DJI', 'pct_since', -10.5, 'percent', '10.5 percent of its value', "pct('DJI','2011-07-21','2011-08-04')", S, D1, 'From the 2011-07-21 close: -10.54%.', ref='2011-08-04', window='2011-07-21..2011-08-04'),
        C('DJI', 'down_days_count', [9, 10], 'sessions', 'closed lower on nine of the 10 trading days since then',
          "[count_moves('DJI','2011-07-21','2011-08-04',0,-1), count_sessions('DJI','2011-07-21','2011-08-04')]", S, COUNT,
          'Ten sessions 2011-07-22..2011-08-04, nine of them down (only 2011-08-03 rose).', ref='2011-08-04', window='2011-07-21..2011-08-04'),
        C('DJI', 'day_pts', -512.76, 'points', 'closed down 512.76 points', "day_pts('DJI','2011-08-04')", S, D2, 'Dow fell 512.76 points.', ref='2011-08-04'),
        C('DJI', 'close', 11383.68, 'level', 'at 11,383.68', "close('DJI','2011-08-04')", S, D2, 'Dow closed at 11,383.68.', ref='2011-08-04'),
        C('DJI', 'biggest_point_drop_since', '2008-12-01', 'date', 'the steepest point decline since Dec. 1, 2008',
          "[ds(d) for d, v in ser('DJI').diff().loc[:'2011-08-03'].items() if v <= -512.76][-1]", S, SINCE,
          'The last daily point loss at least as large was 2008-12-01 (-679.95).', ref='2011-08-04'),
        C('SPX', 'day_pts', -60.27, 'points', 'down 60.27 points', "day_pts('SPX','2011-08-04')", S, D2, 'S&P 500 fell 60.27 points.', ref='2011-08-04'),
        C('SPX', 'day_pct', -4.78, 'percent', 'or 4.78 percent', "day_pct('SPX','2011-08-04')", S, D2, 'S&P 500 fell 4.78%.', ref='2011-08-04'),
        C('SPX', 'close', 1200.07, 'level', 'to 1,200.07', "close('SPX','2011-08-04')", S, D2, 'S&P 500 closed at 1,200.07.', ref='2011-08-04'),
        C('IXIC', 'day_pts', -136.68, 'points', 'down 136.68', "day_pts('IXIC','2011-08-04')", S, D2, 'Nasdaq fell 136.68 points.', ref='2011-08-04'),
        C('IXIC', 'day_pct', -5.08, 'percent', 'or 5.08 percent', "day_pct('IXIC','2011-08-04')", S, D2, 'Nasdaq fell 5.08%.', ref='2011-08-04'),
        C('IXIC', 'close', 2556.39, 'level', 'to 2,556.39', "close('IXIC','2011-08-04')", S, D2, 'Nasdaq closed at 2,556.39.', ref='2011-08-04'),
        C('DJI', 'day_pct', -4.3, 'percent', 'decline of 4.3 percent', "day_pct('DJI','2011-08-04')", S, D1, 'Dow fell 4.31%.', ref='2011-08-04'),
        C('DJI', 'day_pct', -22, 'percent', 'the market fell 22 percent', "day_pct('SPX','1987-10-19')", U, NOFILE,
          'The Dow file starts 1992, so the 1987-10-19 Dow loss (22.6%) is not in the files; the S&P 500 fell 20.47% that day.', ref='1987-10-19'),
    ])

# ---------------------------------------------------------------- 6
add('thejournal_20110808_dow_sixth_worst', 'thejournal.ie',
    'https://www.thejournal.ie/dow-jones-average-drop-wall-street-bank-of-america-obama-downgrade-196477-Aug2011/',
    'TheJournal.ie (Ireland)', '2011-08-08', 'high',
    'The URL ends "Aug2011" and the text describes "today", the first trading day after the S&P downgrade of the US (announced Friday 2011-08-05 after the close), with the close at "9pm Irish time": Monday 2011-08-08. The figures were written at the bell (preliminary). The page text breaks off at the 10-year yield sentence, so the passage stops there.',
    "Dow disaster: 632-point drop is the 6th-worst in history. The Dow Jones ends its day deep in the red, as the S&P loses 6.6 per cent and the NASDAQ sheds nearly 7 per cent of its value (TheJournal.ie, August 2011). "
    "A short-notice speech by US president Barack Obama did little to halt one of the worst days in Wall Street's history today, as the S&P debt downgrade sent American investors fleeing. "
    "When trading closed in New York at 9pm Irish time, the Dow Jones' Industrial Average stood at 10,810.76, losing 633.85 points, or 5.5 per cent, in its six-and-a-half-hour session. The drop is the sixth-largest in the Dow's 115-year history. "
    "The day was even worse for other indexes. The S&P 500 lost 6.66 per cent of its value. The tech-heavy NASDAQ composite index lost 6.9 per cent. "
    "There were some bright spots, however: in the first day of trading after Standard & Poor's removed the US's AAA rating, the price of government borrowing actually fell significantly.",
    [
        C('DJI', 'day_pts', -632, 'points', '632-point drop', "day_pts('DJI','2011-08-08')", I, PTSI,
          'The Dow fell 634.76 points; the headline\'s 632 is 2.76 off (0.4%), beyond the integer tolerance.', ref='2011-08-08'),
        C('DJI', 'point_drop_rank', 6, 'rank', 'is the 6th-worst in history', "largest_point_drops('DJI','2011-08-08',7)", S, RANK,
          'Sixth-largest daily point loss in the file (after 2008-09-29, 2008-10-15, 2001-09-17, 2008-12-01, 2008-10-09); pre-1992 Dow point losses were all smaller (1987-10-19: 508).', ref='2011-08-08'),
        C('SPX', 'day_pct', -6.6, 'percent', 'the S&P loses 6.6 per cent', "day_pct('SPX','2011-08-08')", S, D1,
          'S&P 500 fell 6.66%; 6.6 is 0.06 off, inside the one-decimal tolerance (0.07), although it truncates.', ref='2011-08-08'),
        C('IXIC', 'day_pct', -7, 'percent', 'the NASDAQ sheds nearly 7 per cent', "day_pct('IXIC','2011-08-08')", S, NEARLY, 'Nasdaq fell 6.90%: nearly 7.', ref='2011-08-08', q='nearly'),
        C('GENERIC', 'worst_days', 'one of the worst days in Wall Street\'s history', 'phrase', "one of the worst days in Wall Street's history", None, N, QUOTE,
          'A characterisation without a stated rank (the Dow\'s point loss ranked sixth; its percent loss was not among the ten worst).', ref='2011-08-08'),
        C('DJI', 'close', 10810.76, 'level', 'stood at 10,810.76', "close('DJI','2011-08-08')", I, LVLI,
          'The official close was 10,809.85; the at-the-bell figure is 0.91 off (0.01%), beyond the two-decimal tolerance.', ref='2011-08-08', basis='close'),
        C('DJI', 'day_pts', -633.85, 'points', 'losing 633.85 points', "day_pts('DJI','2011-08-08')", I, PTSI,
          'The Dow fell 634.76 points; 633.85 is a preliminary print 0.91 off.', ref='2011-08-08'),
        C('DJI', 'day_pct', -5.5, 'percent', 'or 5.5 per cent', "day_pct('DJI','2011-08-08')", S, D1, 'Dow fell 5.55%.', ref='2011-08-08'),
        C('DJI', 'point_drop_rank', 6, 'rank', "the sixth-largest in the Dow's 115-year history", "largest_point_drops('DJI','2011-08-08',7)", S, RANK,
          'Sixth-largest daily point loss (see the headline claim); the 115-year history before 1992 is not in the file, but no earlier point loss was larger than 508.', ref='2011-08-08'),
        C('SPX', 'day_pct', -6.66, 'percent', 'lost 6.66 per cent', "day_pct('SPX','2011-08-08')", S, D2, 'S&P 500 fell 6.66%.', ref='2011-08-08'),
        C('IXIC', 'day_pct', -6.9, 'percent', 'lost 6.9 per cent', "day_pct('IXIC','2011-08-08')", S, D1, 'Nasdaq fell 6.90%.', ref='2011-08-08'),
        C('US10Y', 'yield_change', 'fell significantly', 'direction', 'the price of government borrowing actually fell significantly', "[rate('DGS10','2011-08-05'), rate('DGS10','2011-08-08'), rate_change_bp('DGS10','2011-08-05','2011-08-08')]", S, YLD,
          'The 10-year yield fell from 2.58% to 2.40% (-18 bp, FRED end of day).', ref='2011-08-08', basis='end of day'),
    ])

# ---------------------------------------------------------------- 7
add('columbusceo_20140918_records_after_fed', 'columbusceo.com',
    'https://www.columbusceo.com/story/business/2014/09/18/how-dow-jones-industrial-average/22925243007/',
    'Columbus CEO (Ohio), Associated Press summary', '2014-09-18', 'exact',
    'The URL carries 2014/09/18 and the text says "Thursday": 2014-09-18. Week figures run from the Friday 2014-09-12 close, year figures from the 2013-12-31 close.',
    "How the Dow Jones industrial average did Thursday (NEW YORK (AP), Columbus CEO, September 18, 2014). The U.S. stock market closed at record highs on Thursday following another piece of good news on the economy. "
    "The Dow Jones industrial average climbed 109.14 points, or 0.6 percent, to 17,265.99. The Standard & Poor's 500 index rose 9.79 points, or 0.5 percent, to 2,011.36. The Nasdaq composite rose 31.24 points, or 0.7 percent, to 4,593.43. "
    "For the week: the Dow is up 278.48 points, or 1.6 percent; the S&P 500 index is up 25.82 points, 1.3 percent. "
    "For the year: the Dow is up 689.33 points, or 4.2 percent; the S&P 500 index is up 163.00 points, or 8.8 percent; the Nasdaq is up 416.84 points, or 9.9 percent.",
    [
        C('DJI, SPX', 'record_close', True, 'flag', 'closed at record highs on Thursday', "[is_record_close('DJI','2014-09-18'), is_record_close('SPX','2014-09-18'), is_record_close('IXIC','2014-09-18')]", S, REC,
          'The Dow and the S&P 500 closed at records; the Nasdaq (4,593.43) was still below its 2000-03-10 record close (5,048.62), so "the U.S. stock market" holds for the two benchmarks only.', ref='2014-09-18'),
        C('DJI', 'day_pts', 109.14, 'points', 'climbed 109.14 points', "day_pts('DJI','2014-09-18')", S, D2, 'Dow +109.14.', ref='2014-09-18'),
        C('DJI', 'day_pct', 0.6, 'percent', 'or 0.6 percent, to 17,265.99', "day_pct('DJI','2014-09-18')", S, D1, 'Dow +0.64%.', ref='2014-09-18'),
        C('DJI', 'close', 17265.99, 'level', '17,265.99', "close('DJI','2014-09-18')", S, D2, 'Dow closed at 17,265.99.', ref='2014-09-18'),
        C('SPX', 'day_pts', 9.79, 'points', 'rose 9.79 points', "day_pts('SPX','2014-09-18')", S, D2, 'S&P 500 +9.79.', ref='2014-09-18'),
        C('SPX', 'day_pct', 0.5, 'percent', 'or 0.5 percent, to 2,011.36', "day_pct('SPX','2014-09-18')", S, D1, 'S&P 500 +0.49%.', ref='2014-09-18'),
        C('SPX', 'close', 2011.36, 'level', '2,011.36', "close('SPX','2014-09-18')", S, D2, 'S&P 500 closed at 2,011.36.', ref='2014-09-18'),
        C('IXIC', 'day_pts', 31.24, 'points', 'rose 31.24 points', "day_pts('IXIC','2014-09-18')", S, D2, 'Nasdaq +31.24.', ref='2014-09-18'),
        C('IXIC', 'day_pct', 0.7, 'percent', 'or 0.7 percent, to 4,593.43', "day_pct('IXIC','2014-09-18')", S, D1, 'Nasdaq +0.68%.', ref='2014-09-18'),
        C('IXIC', 'close', 4593.43, 'level', '4,593.43', "close('IXIC','2014-09-18')", S, D2, 'Nasdaq closed at 4,593.43.', ref='2014-09-18'),
        C('DJI', 'wtd_pts', 278.48, 'points', 'up 278.48 points', "pts('DJI','2014-09-12','2014-09-18')", S, D2, 'Week to date from the 2014-09-12 close: +278.48.', ref='2014-09-18', window='2014-09-12..2014-09-18'),
        C('DJI', 'wtd', 1.6, 'percent', 'or 1.6 percent; the S&P', "pct('DJI','2014-09-12','2014-09-18')", S, D1, 'Week to date +1.64%.', ref='2014-09-18', window='2014-09-12..2014-09-18'),
        C('SPX', 'wtd_pts', 25.82, 'points', 'up 25.82 points', "pts('SPX','2014-09-12','2014-09-18')", S, D2, 'Week to date +25.82.', ref='2014-09-18', window='2014-09-12..2014-09-18'),
        C('SPX', 'wtd', 1.3, 'percent', '25.82 points, 1.3 percent', "pct('SPX','2014-09-12','2014-09-18')", S, D1, 'Week to date +1.30%.', ref='2014-09-18', window='2014-09-12..2014-09-18'),
        C('DJI', 'ytd_pts', 689.33, 'points', 'up 689.33 points', "pts('DJI','2013-12-31','2014-09-18')", S, D2, 'Year to date +689.33.', ref='2014-09-18', window='2013-12-31..2014-09-18'),
        C('DJI', 'ytd', 4.2, 'percent', 'or 4.2 percent', "ytd('DJI','2014-09-18')", S, D1, 'Year to date +4.16%.', ref='2014-09-18', window='2013-12-31..2014-09-18'),
        C('SPX', 'ytd_pts', 163.0, 'points', 'up 163.00 points', "pts('SPX','2013-12-31','2014-09-18')", S, D2, 'Year to date +163.00.', ref='2014-09-18', window='2013-12-31..2014-09-18'),
        C('SPX', 'ytd', 8.8, 'percent', 'or 8.8 percent', "ytd('SPX','2014-09-18')", S, D1, 'Year to date +8.82%.', ref='2014-09-18', window='2013-12-31..2014-09-18'),
        C('IXIC', 'ytd_pts', 416.84, 'points', 'up 416.84 points', "pts('IXIC','2013-12-31','2014-09-18')", S, D2, 'Year to date +416.84.', ref='2014-09-18', window='2013-12-31..2014-09-18'),
        C('IXIC', 'ytd', 9.9, 'percent', 'or 9.9 percent', "ytd('IXIC','2014-09-18')", I, TRUNC,
          'Year to date +9.98%: 9.9 is 0.08 off (truncated), beyond the one-decimal tolerance; 10.0 would be right.', ref='2014-09-18', window='2013-12-31..2014-09-18'),
    ])


# ---------------------------------------------------------------- 8
add('nwadg_20180118_dow_first_close_above_26000', 'pressreader.com',
    'http://www.pressreader.com/usa/northwest-arkansas-democrat-gazette/20180118/282707637474546',
    'Northwest Arkansas Democrat-Gazette (print edition on PressReader), AP market report by Alex Veiga', '2018-01-18', 'exact',
    'The PressReader path carries the print date 20180118; the report describes "Wednesday", 2018-01-17, and "Tuesday", 2018-01-16. "Eight trading days" since the first close above 25,000 on 2018-01-04 and "23 days" from 24,000 to 25,000 are counted in sessions.',
    "Dow's close is first above 26,000 (Market report, Alex Veiga, Northwest Arkansas Democrat-Gazette, January 18, 2018). A broad rally on Wall Street propelled the Dow Jones industrial average to close above 26,000 points for the first time Wednesday. "
    "The sharp gains also delivered record highs for the Standard & Poor's 500 index and the Nasdaq composite, wiping out the market's modest losses from a day earlier. "
    "The Dow gained 322.79 points, or 1.3 percent, to close at 26,115.65. The S&P 500 index rose 26.14 points, or 0.9 percent, to 2,802.56. The Nasdaq rose 74.59 points, or 1 percent, to 7,298.28. "
    "The Russell 2000 index of smaller-company stocks rose 13.69 points, or 0.9 percent, to 1,586.66. The Dow traded above the 26,000-point threshold on Tuesday but wound up closing lower. "
    "It's been just eight trading days since the Dow had its first close above 25,000 on Jan. 4. It took the Dow 23 days to go from 24,000 to 25,000 points. "
    "Industrial stocks rose after the Federal Reserve said U.S. industrial production increased 0.9 percent in December.",
    [
        C('DJI', 'first_close_above', 26000, 'level', 'close above 26,000 points for the first time Wednesday', "first_close_at_or_above('DJI',26000)", S, DATE, 'First close at or above 26,000: 2018-01-17, a Wednesday.', ref='2018-01-17'),
        C('SPX, IXIC', 'record_close', True, 'flag', "record highs for the Standard & Poor's 500 index and the Nasdaq composite", "[is_record_close('SPX','2018-01-17'), is_record_close('IXIC','2018-01-17')]", S, REC,
          'Both closed above every earlier close.', ref='2018-01-17'),
        C('DJI, SPX, IXIC', 'erased_prior_loss', True, 'flag', "wiping out the market's modest losses from a day earlier",
          "[[day_pct(t,'2018-01-16'), day_pct(t,'2018-01-17')] for t in ['DJI','SPX','IXIC']]", S, ARITH,
          'On 2018-01-16 the Dow, S&P 500 and Nasdaq fell 0.04%, 0.35% and 0.51%; on 2018-01-17 they gained 1.25%, 0.94% and 1.03%, more than the losses.', ref='2018-01-17'),
        C('DJI', 'day_pts', 322.79, 'points', 'gained 322.79 points', "day_pts('DJI','2018-01-17')", S, D2, 'Dow +322.79.', ref='2018-01-17'),
        C('DJI', 'day_pct', 1.3, 'percent', 'or 1.3 percent', "day_pct('DJI','2018-01-17')", S, D1, 'Dow +1.25% (0.05 off, inside the one-decimal tolerance).', ref='2018-01-17'),
        C('DJI', 'close', 26115.65, 'level', 'to close at 26,115.65', "close('DJI','2018-01-17')", S, D2, 'Dow closed at 26,115.65.', ref='2018-01-17'),
        C('SPX', 'day_pts', 26.14, 'points', 'rose 26.14 points', "day_pts('SPX','2018-01-17')", S, D2, 'S&P 500 +26.14.', ref='2018-01-17'),
        C('SPX', 'day_pct', 0.9, 'percent', 'or 0.9 percent, to 2,802.56', "day_pct('SPX','2018-01-17')", S, D1, 'S&P 500 +0.94%.', ref='2018-01-17'),
        C('SPX', 'close', 2802.56, 'level', '2,802.56', "close('SPX','2018-01-17')", S, D2, 'S&P 500 closed at 2,802.56.', ref='2018-01-17'),
        C('IXIC', 'day_pts', 74.59, 'points', 'rose 74.59 points', "day_pts('IXIC','2018-01-17')", S, D2, 'Nasdaq +74.59.', ref='2018-01-17'),
        C('IXIC', 'day_pct', 1, 'percent', 'or 1 percent', "day_pct('IXIC','2018-01-17')", S, INT, 'Nasdaq +1.03%.', ref='2018-01-17'),
        C('IXIC', 'close', 7298.28, 'level', 'to 7,298.28', "close('IXIC','2018-01-17')", S, D2, 'Nasdaq closed at 7,298.28.', ref='2018-01-17'),
        C('RUT', 'day_pts', 13.69, 'points', 'rose 13.69 points', "day_pts('RUT','2018-01-17')", S, D2, 'Russell 2000 +13.69.', ref='2018-01-17'),
        C('RUT', 'day_pct', 0.9, 'percent', 'or 0.9 percent, to 1,586.66', "day_pct('RUT','2018-01-17')", S, D1, 'Russell 2000 +0.87%.', ref='2018-01-17'),
        C('RUT', 'close', 1586.66, 'level', '1,586.66', "close('RUT','2018-01-17')", S, D2, 'Russell 2000 closed at 1,586.66.', ref='2018-01-17'),
        C('DJI', 'traded_above_closed_lower', True, 'flag', 'traded above the 26,000-point threshold on Tuesday but wound up closing lower',
          "[high('DJI','2018-01-16'), close('DJI','2018-01-16'), day_pts('DJI','2018-01-16')]", S, DATE,
          'On 2018-01-16 the Dow\'s high was 26,086.12, but it closed at 25,792.86, down 10.33 points.', ref='2018-01-16', basis='intraday high'),
        C('DJI', 'sessions_between_milestones', 8, 'sessions', 'just eight trading days since', "[first_close_at_or_above('DJI',25000), count_sessions('DJI','2018-01-04','2018-01-17')]", S, COUNT,
          'First close above 25,000 on 2018-01-04; 2018-01-17 is eight sessions later.', ref='2018-01-17', window='2018-01-04..2018-01-17'),
        C('DJI', 'sessions_between_milestones', 23, 'sessions', 'It took the Dow 23 days to go from 24,000 to 25,000 points',
          "[first_close_at_or_above('DJI',24000), first_close_at_or_above('DJI',25000), count_sessions('DJI','2017-11-30','2018-01-04'), days_between('2017-11-30','2018-01-04')]", S, COUNT,
          'First closes above 24,000 on 2017-11-30 and above 25,000 on 2018-01-04: 23 sessions apart (35 calendar days).', ref='2018-01-04', window='2017-11-30..2018-01-04'),
        C('US_INDPRO', 'mom', 0.9, 'percent', 'industrial production increased 0.9 percent in December', None, U, NOFILE, 'Industrial production is not in the files.', ref='2018-01-17'),
    ])

# ---------------------------------------------------------------- 9
add('abc_20180206_dow_plunges_1175', 'amp.abc.net.au',
    'https://amp.abc.net.au/article/9399268',
    'ABC News (Australia), business reporter David Chau, wires', '2018-02-06', 'medium',
    'No date survives on the amp page; the 1,175-point Dow loss to 24,346 is Monday 2018-02-05 (New York), reported on the morning of Tuesday 2018-02-06 in Australia ("overnight"). "Last Friday" is 2018-02-02; the four-year high of the 10-year yield is FRED\'s 2018-02-02 close.',
    "Dow Jones plunges 1,175 points as Wall Street bloodbath intensifies (ABC News, David Chau, wires). A caption quotes Craig Karmin of the Wall Street Journal: \"If you combine it with the sell off on Friday, it's the biggest two day percentage decline since November 2008.\" "
    "The Dow Jones Industrial Average has tumbled by 1,175 points at the closing bell, its largest drop in points for a single day. In percentage terms, that was a steep drop of 4.6 per cent, taking it down to 24,346 points. "
    "At its worst, the Dow fell by more than 1,500 points overnight. When last Friday's results are included, the blue-chip index has plunged by more than 1,800 points in two days, erasing all its 2018 gains. "
    "Previously, its biggest drop in points was during the global financial crisis, when it fell 778 points in September 2008. But in percentage terms, the 2008 plunge was far steeper at around 7 per cent. "
    "The US market wipe-out was sparked by a fast rise in interest rates, with US 10-year bond yields reaching a four-year high. The sell-off extended to the broader S&P 500 which fell by 113 points (or 4.1 per cent) to 2,649. "
    "As for the tech-heavy Nasdaq, it fell 3.8 per cent to 6,968. Market analysts have been predicting a market correction for some time, noting that drops of 10 per cent or more are common during bull markets.",
    [
        C('DJI', 'two_day_worst_since', '2008-11', 'month', 'the biggest two day percentage decline since November 2008', "[n_day_pct('DJI','2018-02-05',2), last_n_day_at_most('DJI','2018-02-05',2)]", S, SINCE,
          'Two-session change 2018-02-01..2018-02-05: -7.03%; the last two-session fall at least as large ended 2008-11-20. A factual statement inside a quote, judged as such.', ref='2018-02-05', window='2018-02-01..2018-02-05'),
        C('DJI', 'day_pts', -1175, 'points', 'tumbled by 1,175 points', "day_pts('DJI','2018-02-05')", S, INT, 'Dow -1,175.21.', ref='2018-02-05'),
        C('DJI', 'record_point_drop', 'largest drop in points for a single day', 'rank', 'its largest drop in points for a single day', "largest_point_drops('DJI','2018-02-05',2)", S, RANK,
          'Largest daily point loss in the file (previous: -777.68 on 2008-09-29).', ref='2018-02-05'),
        C('DJI', 'day_pct', -4.6, 'percent', 'a steep drop of 4.6 per cent', "day_pct('DJI','2018-02-05')", S, D1, 'Dow -4.60%.', ref='2018-02-05'),
        C('DJI', 'close', 24346, 'level', 'down to 24,346 points', "close('DJI','2018-02-05')", S, INT, 'Dow closed at 24,345.75.', ref='2018-02-05'),
        C('DJI', 'intraday_drop', -1500, 'points', 'fell by more than 1,500 points overnight', "session_range_pts('DJI','2018-02-05')", S, MORE,
          'At the session low the Dow was 1,597.08 points below the previous close.', ref='2018-02-05', q='more than', basis='intraday low'),
        C('DJI', 'two_day_pts', -1800, 'points', 'more than 1,800 points in two days', "pts('DJI','2018-02-01','2018-02-05')", S, MORE,
          'From the 2018-02-01 close to the 2018-02-05 close: -1,840.96 points.', ref='2018-02-05', q='more than', window='2018-02-01..2018-02-05'),
        C('DJI', 'ytd', 'gains erased', 'flag', 'erasing all its 2018 gains', "[ytd('DJI','2018-02-02'), ytd('DJI','2018-02-05')]", S, DATE,
          'Year to date +3.24% at the 2018-02-02 close, -1.51% at the 2018-02-05 close.', ref='2018-02-05'),
        C('DJI', 'day_pts', -778, 'points', 'fell 778 points in September 2008', "[largest_point_drops('DJI','2018-02-02',1), day_pts('DJI','2008-09-29')]", S, INT,
          'The previous record point loss was -777.68 on 2008-09-29.', ref='2008-09-29'),
        C('DJI', 'day_pct', -7, 'percent', 'around 7 per cent', "day_pct('DJI','2008-09-29')", S, ABOUT, 'On 2008-09-29 the Dow fell 6.98%.', ref='2008-09-29', q='around'),
        C('US10Y', 'highest_since', 'four-year high', 'period', 'US 10-year bond yields reaching a four-year high', "[rate('DGS10','2018-02-02'), rate_last_at_or_above('DGS10','2018-02-02')]", S, SINCE,
          'FRED 10-year yield 2.84% on 2018-02-02, the highest since 2014-01-22 (four years); on 2018-02-05 it eased to 2.77%.', ref='2018-02-02', basis='end of day'),
        C('SPX', 'day_pts', -113, 'points', 'fell by 113 points', "day_pts('SPX','2018-02-05')", S, INT, 'S&P 500 -113.19.', ref='2018-02-05'),
        C('SPX', 'day_pct', -4.1, 'percent', '(or 4.1 per cent)', "day_pct('SPX','2018-02-05')", S, D1, 'S&P 500 -4.10%.', ref='2018-02-05'),
        C('SPX', 'close', 2649, 'level', 'to 2,649', "close('SPX','2018-02-05')", S, INT, 'S&P 500 closed at 2,648.94.', ref='2018-02-05'),
        C('IXIC', 'day_pct', -3.8, 'percent', 'it fell 3.8 per cent', "day_pct('IXIC','2018-02-05')", S, D1, 'Nasdaq -3.78%.', ref='2018-02-05'),
        C('IXIC', 'close', 6968, 'level', 'to 6,968', "close('IXIC','2018-02-05')", S, INT, 'Nasdaq closed at 6,967.53.', ref='2018-02-05'),
        C('GENERIC', 'rule_of_thumb', 'drops of 10 per cent or more are common during bull markets', 'phrase', 'drops of 10 per cent or more are common during bull markets', None, N, RULE,
          'A rule of thumb attributed to analysts.', ref='2018-02-05'),
    ])

# ---------------------------------------------------------------- 10
add('abc_20180301_worst_month_in_two_years', 'amp.abc.net.au',
    'https://amp.abc.net.au/article/9496052',
    'ABC News (Australia), business reporter David Chau, wires', '2018-03-01', 'medium',
    'No date survives on the amp page; the Dow\'s 1.5% fall to 25,029 that capped the month is Wednesday 2018-02-28, reported in Australia on the morning of 2018-03-01. "Came back from a public holiday" in the caption refers to Presidents Day (2018-02-19) earlier in the period.',
    "Dow Jones and S&P suffer worst month in two years, Australian dollar surges on Brexit woes (ABC News, David Chau, wires). Wall Street has ended its day sharply lower, capping off its worst month in two years. "
    "The main US indexes drifted in and out of negative territory throughout the session, dragged down by worries over higher interest rates. The Dow Jones index has plunged by 1.5 per cent to 25,029. "
    "The broader S&P 500 has fallen 1.1 per cent, while the Nasdaq has retreated by 0.8 per cent. This was the biggest monthly drop for the Dow and S&P since January 2016. "
    "Every S&P sector has posted losses, with energy (-2.1pc), materials (-1.6pc) and health care (-1.3pc) being the worst performers. "
    "Furthermore, the Department of Commerce has revised downwards its reading of US economic activity in the fourth quarter: it has slipped to 2.5 per cent on an annualised basis. "
    "Fears of faster rate hikes led to a mass sell-off in February and set up the S&P and Dow Jones for their first monthly decline in almost a year.",
    [
        C('DJI, SPX', 'worst_month_since', 'two years', 'period', 'capping off its worst month in two years',
          "[month_return('DJI',2018,2), month_return('SPX',2018,2), [m for m in month_returns('DJI','2016-01','2018-01') if m[1] <= -4.28], [m for m in month_returns('SPX','2016-01','2018-01') if m[1] <= -3.89]]", S, SINCE,
          'February 2018: Dow -4.28%, S&P 500 -3.89%; the last worse months were January 2016 (-5.50%, -5.07%), about two years earlier.', ref='2018-02-28', window='2018-01-31..2018-02-28'),
        C('DJI', 'day_pct', -1.5, 'percent', 'plunged by 1.5 per cent', "day_pct('DJI','2018-02-28')", S, D1, 'Dow -1.50%.', ref='2018-02-28'),
        C('DJI', 'close', 25029, 'level', 'to 25,029', "close('DJI','2018-02-28')", S, INT, 'Dow closed at 25,029.20.', ref='2018-02-28'),
        C('SPX', 'day_pct', -1.1, 'percent', 'fallen 1.1 per cent', "day_pct('SPX','2018-02-28')", S, D1, 'S&P 500 -1.11%.', ref='2018-02-28'),
        C('IXIC', 'day_pct', -0.8, 'percent', 'retreated by 0.8 per cent', "day_pct('IXIC','2018-02-28')", S, D1, 'Nasdaq -0.78%.', ref='2018-02-28'),
        C('DJI, SPX', 'biggest_monthly_drop_since', '2016-01', 'month', 'the biggest monthly drop for the Dow and S&P since January 2016',
          "[month_returns('DJI','2016-01','2016-01'), month_returns('SPX','2016-01','2016-01'), [m for m in month_returns('DJI','2016-02','2018-01') if m[1] <= -4.28], [m for m in month_returns('SPX','2016-02','2018-01') if m[1] <= -3.89]]", S, SINCE,
          'No month between February 2016 and January 2018 fell as much as February 2018 (-4.28%, -3.89%); January 2016 did (-5.50%, -5.07%).', ref='2018-02-28'),
        C('SPX_SECTORS', 'all_down', True, 'flag', 'Every S&P sector has posted losses', None, U, NOFILE, 'S&P 500 sector indexes are not in the files (sector SPDRs are only proxies).', ref='2018-02-28'),
        C('SPX_ENERGY', 'day_pct', -2.1, 'percent', 'energy (-2.1pc)', None, U, NOFILE, 'Sector index not in the files.', ref='2018-02-28'),
        C('SPX_MATERIALS', 'day_pct', -1.6, 'percent', 'materials (-1.6pc)', None, U, NOFILE, 'Sector index not in the files.', ref='2018-02-28'),
        C('SPX_HEALTHCARE', 'day_pct', -1.3, 'percent', 'health care (-1.3pc)', None, U, NOFILE, 'Sector index not in the files.', ref='2018-02-28'),
        C('US_GDP', 'q4_revision', 2.5, 'percent', 'slipped to 2.5 per cent on an annualised basis', None, U, NOFILE, 'GDP is not in the files.', ref='2018-02-28'),
        C('DJI, SPX', 'first_monthly_decline_since', 'almost a year', 'period', 'their first monthly decline in almost a year',
          "[[m for m in month_returns('DJI','2017-01','2018-01') if m[1] < 0], [m for m in month_returns('SPX','2017-01','2018-01') if m[1] < 0]]", S, SINCE,
          'The last down months were March 2017 for both (Dow -0.72%, S&P 500 -0.04%), eleven months earlier: almost a year.', ref='2018-02-28'),
    ])

# ---------------------------------------------------------------- 11
add('canadianpress_20181227_us_indexes_late_rally', 'news.canadianminingreport.com',
    'https://news.canadianminingreport.com/news/toronto-stock-index-up-in-first-trading-since-holiday-u-s-indexes-stage-late-rally',
    'The Canadian Press (via CanadianInvestor / Canadian Mining Report)', '2018-12-27', 'exact',
    'Dated "December 27, 2018" on the page; the report is about Thursday 2018-12-27 and refers back to "Wednesday", 2018-12-26. Toronto was closed on 2018-12-25 and 2018-12-26 (Christmas and Boxing Day); New York was open on 2018-12-26.',
    "Toronto stock index up in first trading since holiday; U.S. indexes stage late rally (The Canadian Press, December 27, 2018). Canada's main stock index closed up sharply following a two-day holiday, while U.S. markets rebounded from a steep drop "
    "in early trading to end higher after strong gains a day earlier. The S&P/TSX composite index closed up 385.02 points, or 2.79 per cent, at 14,165.21 following the Christmas and Boxing Day holidays. "
    "In New York, the Dow Jones industrial average closed up 260.37 points at 23,138.82. The S&P 500 index ended up 21.13 points at 2,488.83, while the Nasdaq composite ended up 25.14 points at 6,579.49. "
    "On Wednesday, the Dow and S&P 500 were up nearly five per cent while the Nasdaq rose 5.8 per cent.",
    [
        C('DJI, SPX, IXIC', 'rebound_from_early_drop', True, 'flag', 'rebounded from a steep drop in early trading to end higher',
          "[session_range_pts(t,'2018-12-27') + [day_pts(t,'2018-12-27')] for t in ['DJI','SPX','IXIC']]", S, DATE,
          'Session lows 611 (Dow), 70 (S&P 500) and 217 (Nasdaq) points below the previous close; all three closed higher. The files have no intraday times, so "early" is not checked.', ref='2018-12-27', basis='intraday low'),
        C('DJI, SPX, IXIC', 'prior_day_gain', 'strong gains a day earlier', 'flag', 'after strong gains a day earlier', "[day_pct(t,'2018-12-26') for t in ['DJI','SPX','IXIC']]", S, DATE,
          '2018-12-26: Dow +4.98%, S&P 500 +4.96%, Nasdaq +5.84%.', ref='2018-12-26'),
        C('TSX', 'day_pts', 385.02, 'points', 'closed up 385.02 points', None, U, NOFILE, 'The S&P/TSX composite is not in the files.', ref='2018-12-27'),
        C('TSX', 'day_pct', 2.79, 'percent', 'or 2.79 per cent', None, U, NOFILE, 'The S&P/TSX composite is not in the files.', ref='2018-12-27'),
        C('DJI', 'day_pts', 260.37, 'points', 'closed up 260.37 points', "day_pts('DJI','2018-12-27')", S, D2, 'Dow +260.37.', ref='2018-12-27'),
        C('DJI', 'close', 23138.82, 'level', 'at 23,138.82', "close('DJI','2018-12-27')", S, D2, 'Dow closed at 23,138.82.', ref='2018-12-27'),
        C('SPX', 'day_pts', 21.13, 'points', 'ended up 21.13 points', "day_pts('SPX','2018-12-27')", S, D2, 'S&P 500 +21.13.', ref='2018-12-27'),
        C('SPX', 'close', 2488.83, 'level', 'at 2,488.83', "close('SPX','2018-12-27')", S, D2, 'S&P 500 closed at 2,488.83.', ref='2018-12-27'),
        C('IXIC', 'day_pts', 25.14, 'points', 'ended up 25.14 points', "day_pts('IXIC','2018-12-27')", S, D2, 'Nasdaq +25.13 in the file (0.01 off).', ref='2018-12-27'),
        C('IXIC', 'close', 6579.49, 'level', 'at 6,579.49', "close('IXIC','2018-12-27')", S, D2, 'Nasdaq closed at 6,579.49.', ref='2018-12-27'),
        C('DJI, SPX', 'day_pct', 5, 'percent', 'the Dow and S&P 500 were up nearly five per cent', "[day_pct('DJI','2018-12-26'), day_pct('SPX','2018-12-26')]", S, NEARLY,
          '2018-12-26: Dow +4.98%, S&P 500 +4.96%: nearly five.', ref='2018-12-26', q='nearly'),
        C('IXIC', 'day_pct', 5.8, 'percent', 'the Nasdaq rose 5.8 per cent', "day_pct('IXIC','2018-12-26')", S, D1, '2018-12-26: Nasdaq +5.84%.', ref='2018-12-26'),
    ])

# ---------------------------------------------------------------- 12
add('gulfnews_20190413_dow_striking_distance_of_peak', 'gulfnews.com',
    'https://gulfnews.com/business/markets/dow-jones-index-in-striking-distance-of-its-peak-1.63331116',
    'Gulf News (Dubai)', '2019-04-13', 'medium',
    'No date on the page; the session with a Dow high of 26,436.68 (+1.12%) and close of 26,412.30 (+1.03%) is Friday 2019-04-12, the day JPMorgan reported record quarterly results and G20 finance ministers met in Washington; the Dubai piece was written after that close (2019-04-13 or 2019-04-14). Peaks are the intraday records of 2018-10-03 (Dow) and 2018-09-21 (S&P 500).',
    "Dow Jones index in striking distance of its peak (Gulf News, Dubai). The Dow Jones Industrial Average remained in the striking distance of its record high, and supporting factors might help the index to breach that mark. "
    "The DJIA gained as much as 1.12 per cent to reach a high of 26,436.68, about 500 points away from its peak of 26,951.81. The index closed 1.03 per cent higher at 26,412.30. "
    "The S&P 500 index witnessed a high of 2,910.54, just 40 points off its peak of 2,940.91. The earning season has started on a strong note, with JP Morgan reporting record quarterly profits. "
    "The DJIA has gained 13 per cent in the year so far, while the S&P 500 index has gained 11 per cent in the same time period.",
    [
        C('DJI', 'intraday_gain', 1.12, 'percent', 'gained as much as 1.12 per cent', "r2(100 * (high('DJI','2019-04-12') / prev_close('DJI','2019-04-12') - 1))", S, D2,
          'The 2019-04-12 high was 1.12% above the previous close.', ref='2019-04-12', q='as much as', basis='intraday high'),
        C('DJI', 'high', 26436.68, 'level', 'a high of 26,436.68', "high('DJI','2019-04-12')", S, D2, 'Session high 26,436.68.', ref='2019-04-12', basis='intraday high'),
        C('DJI', 'distance_from_peak', 500, 'points', 'about 500 points away from its peak', "[arith('26951.81-26436.68'), prior_record_high('DJI','2019-04-12')]", S, ABOUT,
          'The session high was 515.13 points below the intraday record: about 500 (within one unit of the hundreds).', ref='2019-04-12', q='about', basis='intraday high'),
        C('DJI', 'record_high', 26951.81, 'level', 'its peak of 26,951.81', "prior_record_high('DJI','2019-04-12')", S, D2,
          'The Dow\'s intraday record was 26,951.81 on 2018-10-03 (record close 26,828.39 the same day).', ref='2018-10-03', basis='intraday high'),
        C('DJI', 'day_pct', 1.03, 'percent', 'closed 1.03 per cent higher', "day_pct('DJI','2019-04-12')", S, D2, 'Dow +1.03%.', ref='2019-04-12'),
        C('DJI', 'close', 26412.3, 'level', 'at 26,412.30', "close('DJI','2019-04-12')", S, D2, 'Dow closed at 26,412.30.', ref='2019-04-12'),
        C('SPX', 'high', 2910.54, 'level', 'a high of 2,910.54', "high('SPX','2019-04-12')", S, D2, 'S&P 500 session high 2,910.54.', ref='2019-04-12', basis='intraday high'),
        C('SPX', 'distance_from_peak', 40, 'points', 'just 40 points off its peak', "[arith('2940.91-2910.54'), prior_record_high('SPX','2019-04-12')]", X, PTSX,
          'The session high was 30.37 points below the intraday record of 2,940.91 (2018-09-21): "40 points" overstates the gap by a third, beyond the 20% band. From the close (2,907.41) the gap was 33.50 points.', ref='2019-04-12', basis='intraday high'),
        C('SPX', 'record_high', 2940.91, 'level', 'its peak of 2,940.91', "prior_record_high('SPX','2019-04-12')", S, D2, 'The S&P 500\'s intraday record was 2,940.91 on 2018-09-21.', ref='2018-09-21', basis='intraday high'),
        C('DJI', 'ytd', 13, 'percent', 'The DJIA has gained 13 per cent in the year so far', "ytd('DJI','2019-04-12')", S, INT, 'Year to date +13.22%.', ref='2019-04-12', window='2018-12-31..2019-04-12'),
        C('SPX', 'ytd', 11, 'percent', 'the S&P 500 index has gained 11 per cent', "ytd('SPX','2019-04-12')", X, PCTX,
          'Year to date +15.98%: 11% is 5 points short, beyond max(2 pp, 10%).', ref='2019-04-12', window='2018-12-31..2019-04-12'),
    ])


# ---------------------------------------------------------------- 13
add('urdupoint_20200418_back_to_back_weekly_gain', 'urdupoint.com',
    'https://www.urdupoint.com/en/business/wall-street-up-3-posts-first-back-to-back-w-896503.html',
    'UrduPoint (Pakistan), Sputnik story', '2020-04-18', 'exact',
    'Dateline "NEW YORK (UrduPoint News / Sputnik - 18th April, 2020)"; the session is Friday 2020-04-17. "This week" runs from the Thursday 2020-04-09 close (Good Friday 2020-04-10 was a holiday), "last week" from 2020-04-03 to 2020-04-09.',
    "Wall Street up 3%, posts first back-to-back weekly gain (NEW YORK, UrduPoint News / Sputnik, 18th April, 2020). Wall Street's main stock indexes closed up as much as 3 percent on Friday, clinching their first back-to-back weekly gain since the shutdown of US businesses over the coronavirus pandemic. "
    "The Dow Jones Industrial Average closed up 705 points, or 3 percent, at 22,242. For the week, it rose 2.2 percent, adding to last week's 12.7 percent gain. "
    "The S&P 500 settled up 74 points, or 2.6 percent at 2,873. For the week, the S&P 500 rose 3 percent, after last week's 12.1 percent climb. "
    "The tech-heavy Nasdaq Composite closed up 118 points, or 1.4 percent, at 8,650. The Nasdaq rose 6.1 percent for the week, adding to last week's 10.6 percent.",
    [
        C('DJI, SPX, IXIC', 'day_pct_max', 3, 'percent', 'closed up as much as 3 percent on Friday', "[day_pct(t,'2020-04-17') for t in ['DJI','SPX','IXIC']]", S, ABOUT,
          'Largest gain of the three: Dow +2.99%.', ref='2020-04-17', q='as much as'),
        C('DJI, SPX, IXIC', 'first_back_to_back_weekly_gain_since', 'the shutdown', 'event', 'their first back-to-back weekly gain since the shutdown',
          "[[week_return(t,f) for f in ['2020-03-13','2020-03-20','2020-03-27','2020-04-03','2020-04-09','2020-04-17']] for t in ['DJI','SPX','IXIC']]", S, STREAK,
          'Weeks ending 2020-03-13, 03-20, 03-27, 04-03, 04-09, 04-17: each index fell, fell, rose, fell, rose, rose; the weeks to 2020-04-09 and 2020-04-17 are the first two gains in a row since the mid-March shutdowns.', ref='2020-04-17'),
        C('DJI', 'day_pts', 705, 'points', 'closed up 705 points', "day_pts('DJI','2020-04-17')", S, INT, 'Dow +704.81.', ref='2020-04-17'),
        C('DJI', 'day_pct', 3, 'percent', 'or 3 percent, at 22,242', "day_pct('DJI','2020-04-17')", S, INT, 'Dow +2.99%.', ref='2020-04-17'),
        C('DJI', 'close', 22242, 'level', '22,242', "close('DJI','2020-04-17')", X, LVLX,
          'The Dow closed at 24,242.49: 22,242 is 2,000 points (8.3%) too low, a typo in the thousands.', ref='2020-04-17'),
        C('DJI', 'week_pct', 2.2, 'percent', 'it rose 2.2 percent', "week_return('DJI','2020-04-17')", S, D1, 'Week +2.21% (from the 2020-04-09 close).', ref='2020-04-17', window='2020-04-09..2020-04-17'),
        C('DJI', 'prior_week_pct', 12.7, 'percent', "last week's 12.7 percent gain", "week_return('DJI','2020-04-09')", S, D1, 'Week to 2020-04-09: +12.67%.', ref='2020-04-09', window='2020-04-03..2020-04-09'),
        C('SPX', 'day_pts', 74, 'points', 'settled up 74 points', "day_pts('SPX','2020-04-17')", I, PTSI, 'S&P 500 +75.01: 74 is 1.01 off (1.3%).', ref='2020-04-17'),
        C('SPX', 'day_pct', 2.6, 'percent', 'or 2.6 percent at 2,873', "day_pct('SPX','2020-04-17')", I, PCTI, 'S&P 500 +2.68%: 2.6 is 0.08 off, beyond 0.07.', ref='2020-04-17'),
        C('SPX', 'close', 2873, 'level', '2,873', "close('SPX','2020-04-17')", I, LVLI, 'S&P 500 closed at 2,874.56: 2,873 is 1.56 off (0.05%).', ref='2020-04-17'),
        C('SPX', 'week_pct', 3, 'percent', 'the S&P 500 rose 3 percent', "week_return('SPX','2020-04-17')", S, INT, 'Week +3.04%.', ref='2020-04-17', window='2020-04-09..2020-04-17'),
        C('SPX', 'prior_week_pct', 12.1, 'percent', "last week's 12.1 percent climb", "week_return('SPX','2020-04-09')", S, D1, 'Week to 2020-04-09: +12.10%.', ref='2020-04-09', window='2020-04-03..2020-04-09'),
        C('IXIC', 'day_pts', 118, 'points', 'closed up 118 points', "day_pts('IXIC','2020-04-17')", S, INT, 'Nasdaq +117.78.', ref='2020-04-17'),
        C('IXIC', 'day_pct', 1.4, 'percent', 'or 1.4 percent, at 8,650', "day_pct('IXIC','2020-04-17')", S, D1, 'Nasdaq +1.38%.', ref='2020-04-17'),
        C('IXIC', 'close', 8650, 'level', '8,650. The Nasdaq', "close('IXIC','2020-04-17')", S, INT, 'Nasdaq closed at 8,650.14.', ref='2020-04-17'),
        C('IXIC', 'week_pct', 6.1, 'percent', 'rose 6.1 percent for the week', "week_return('IXIC','2020-04-17')", S, D1, 'Week +6.09%.', ref='2020-04-17', window='2020-04-09..2020-04-17'),
        C('IXIC', 'prior_week_pct', 10.6, 'percent', "last week's 10.6 percent", "week_return('IXIC','2020-04-09')", S, D1, 'Week to 2020-04-09: +10.59%.', ref='2020-04-09', window='2020-04-03..2020-04-09'),
    ])

# ---------------------------------------------------------------- 14
add('sharecafe_20200513_wall_st_buckles_late', 'sharecafe.com.au',
    'https://sharecafe.com.au/2020/05/13/asx-set-to-slip-after-wall-st-buckles-in-late-trade',
    'ShareCafe (Australia)', '2020-05-13', 'exact',
    'The URL carries 2020/05/13 (Sydney morning); the New York session described is Tuesday 2020-05-12. The Nasdaq\'s six-day winning streak ran 2020-05-04..2020-05-11.',
    "ASX set to slip after Wall St buckles in late trade (ShareCafe, 13 May 2020). Wall Street sold off in the final hour of the session to turn a modest slip into a sharp, 2% slump for the S&P 500, a 457 slide for the Dow, and a big loss for the booming Nasdaq. "
    "The Dow ended 1.89% lower at 23,764.78, after rising more than 160 points earlier in the session. The S&P 500 fell 60 points, or 2.05%, to end 2,870.12, while the Nasdaq broke a six-day winning streak to drop around 190 points, or 2.06%, to finish near 9,002.55. "
    "US investors took profits in the wake of a warning from the top US infectious disease expert. Investors had noted the fall in US consumer inflation to its lowest annual rate since the GFC: the CPI fell 0.8% in April which took the annual rate to just 0.3% from 1.5% in March.",
    [
        C('SPX', 'day_pct', -2, 'percent', 'a sharp, 2% slump for the S&P 500', "day_pct('SPX','2020-05-12')", S, INT, 'S&P 500 -2.05%.', ref='2020-05-12'),
        C('DJI', 'day_pts', -457, 'points', 'a 457 slide for the Dow', "day_pts('DJI','2020-05-12')", S, INT, 'Dow -457.21.', ref='2020-05-12'),
        C('GENERIC', 'final_hour_selloff', 'sold off in the final hour', 'phrase', 'sold off in the final hour of the session', "[session_range_pts(t,'2020-05-12') for t in ['DJI','SPX','IXIC']]", U, MID,
          'The indexes closed near their session lows (Dow low -460.41 against a -457.21 close), consistent with a late sell-off, but the files have no intraday times.', ref='2020-05-12', basis='afternoon'),
        C('DJI', 'day_pct', -1.89, 'percent', 'The Dow ended 1.89% lower', "day_pct('DJI','2020-05-12')", S, D2, 'Dow -1.89%.', ref='2020-05-12'),
        C('DJI', 'close', 23764.78, 'level', 'at 23,764.78', "close('DJI','2020-05-12')", S, D2, 'Dow closed at 23,764.78.', ref='2020-05-12'),
        C('DJI', 'intraday_gain', 160, 'points', 'rising more than 160 points earlier in the session', "session_range_pts('DJI','2020-05-12')", S, MORE,
          'The session high was 160.10 points above the previous close: just over 160.', ref='2020-05-12', q='more than', basis='intraday high'),
        C('SPX', 'day_pts', -60, 'points', 'The S&P 500 fell 60 points', "day_pts('SPX','2020-05-12')", S, INT, 'S&P 500 -60.07.', ref='2020-05-12'),
        C('SPX', 'day_pct', -2.05, 'percent', 'or 2.05%', "day_pct('SPX','2020-05-12')", S, D2, 'S&P 500 -2.05%.', ref='2020-05-12'),
        C('SPX', 'close', 2870.12, 'level', 'to end 2,870.12', "close('SPX','2020-05-12')", S, D2, 'S&P 500 closed at 2,870.12.', ref='2020-05-12'),
        C('IXIC', 'broke_up_streak', 6, 'sessions', 'broke a six-day winning streak', "[up_streak('IXIC','2020-05-11'), day_pct('IXIC','2020-05-12')]", S, STREAK,
          'Six higher closes 2020-05-04..2020-05-11, then a fall on 2020-05-12.', ref='2020-05-12'),
        C('IXIC', 'day_pts', -190, 'points', 'drop around 190 points', "day_pts('IXIC','2020-05-12')", S, ABOUT, 'Nasdaq -189.79.', ref='2020-05-12', q='around'),
        C('IXIC', 'day_pct', -2.06, 'percent', 'or 2.06%', "day_pct('IXIC','2020-05-12')", S, D2, 'Nasdaq -2.06%.', ref='2020-05-12'),
        C('IXIC', 'close', 9002.55, 'level', 'finish near 9,002.55', "close('IXIC','2020-05-12')", S, D2, 'Nasdaq closed at 9,002.55.', ref='2020-05-12', q='near'),
        C('US_CPI', 'mom', -0.8, 'percent', 'the CPI fell 0.8% in April', None, U, NOFILE, 'CPI is not in the files.', ref='2020-05-12'),
        C('US_CPI', 'yoy', [0.3, 1.5], 'percent', 'just 0.3% from 1.5% in March', None, U, NOFILE, 'CPI is not in the files.', ref='2020-05-12'),
    ])

# ---------------------------------------------------------------- 15
add('gulfnews_20200606_wall_street_jumps_on_jobs', 'pressreader.com',
    'http://www.pressreader.com/uae/gulf-news/20200606/282106343868997',
    'Gulf News (print edition on PressReader), Reuters-based report', '2020-06-06', 'exact',
    'PressReader print date 20200606; "yesterday" is Friday 2020-06-05 (May jobs report). The figures were written during the session: Dow +3.39% at 27,173.42, S&P 500 +2.81% at 3,199.76 and Nasdaq +2.16% at 9,823.18 all lie inside the session ranges and differ from the closes (27,110.98, 3,193.93, 9,814.08). Distances to records are judged on the levels the text states.',
    "Wall Street jumps on bets of economy roaring back (Gulf News, June 6, 2020). Wall Street surged yesterday, and the Nasdaq was on course to set a new record closing high after the May jobs report provided an astounding upside surprise. "
    "The Dow Jones Industrial Average rose 3.39 per cent to 27,173.42, the S&P 500 gained 2.81 per cent to 3,199.76 and the Nasdaq Composite jumped 2.16 per cent, to 9,823.18. "
    "The Nasdaq is set to be the first among the three major US stock indexes to reclaim all-time highs reached in February. The S&P 500 and the Dow are now within 6 per cent and 8 per cent of overtaking their record closing levels. "
    "The benchmark S&P 500 is within 1 per cent of showing a year-to-date gain. US Treasury yields rose on the jobs data, giving a boost to interest rate-sensitive banks and sending the S&P 500 Banks index up 5.5 per cent.",
    [
        C('IXIC', 'on_course_record_close', True, 'flag', 'the Nasdaq was on course to set a new record closing high', "[close('IXIC','2020-06-05'), record_close_upto('IXIC','2020-06-04'), is_record_close('IXIC','2020-06-08')]", N, ONPACE,
          'An on-course statement. The Nasdaq closed at 9,814.08, 3.10 points below its 2020-02-19 record close (9,817.18), and set a record close the next session, 2020-06-08; it did set an intraday record on 2020-06-05.', ref='2020-06-05'),
        C('DJI', 'day_pct', 3.39, 'percent', 'rose 3.39 per cent', "[day_pct('DJI','2020-06-05'), session_range_pct('DJI','2020-06-05')]", U, MID,
          'Mid-session figure inside the session range (+2.11% to +4.02%); the close was +3.15%.', ref='2020-06-05', basis='afternoon'),
        C('DJI', 'level', 27173.42, 'level', 'to 27,173.42', "[close('DJI','2020-06-05'), session_range('DJI','2020-06-05')]", U, MID,
          'Inside the session range (26,836.80 to 27,338.30); close 27,110.98.', ref='2020-06-05', basis='afternoon'),
        C('SPX', 'day_pct', 2.81, 'percent', 'gained 2.81 per cent', "[day_pct('SPX','2020-06-05'), session_range_pct('SPX','2020-06-05')]", U, MID,
          'Inside the session range (+1.65% to +3.19%); close +2.62%.', ref='2020-06-05', basis='afternoon'),
        C('SPX', 'level', 3199.76, 'level', 'to 3,199.76', "[close('SPX','2020-06-05'), session_range('SPX','2020-06-05')]", U, MID,
          'Inside the session range (3,163.84 to 3,211.72); close 3,193.93.', ref='2020-06-05', basis='afternoon'),
        C('IXIC', 'day_pct', 2.16, 'percent', 'jumped 2.16 per cent', "[day_pct('IXIC','2020-06-05'), session_range_pct('IXIC','2020-06-05')]", U, MID,
          'Inside the session range (+0.72% to +2.39%); close +2.06%.', ref='2020-06-05', basis='afternoon'),
        C('IXIC', 'level', 9823.18, 'level', 'to 9,823.18', "[close('IXIC','2020-06-05'), session_range('IXIC','2020-06-05')]", U, MID,
          'Inside the session range (9,685.35 to 9,845.69); close 9,814.08.', ref='2020-06-05', basis='afternoon'),
        C('IXIC', 'first_to_reclaim_highs', True, 'flag', 'The Nasdaq is set to be the first among the three major US stock indexes to reclaim all-time highs', None, F, FC,
          'A projection (it came true: record close 2020-06-08; the S&P 500 regained its record in August 2020, the Dow in November 2020).', ref='2020-06-05'),
        C('SPX', 'pct_below_record', 6, 'percent', 'within 6 per cent', "[arith('100*(1-3199.76/3386.15)'), record_close_upto('SPX','2020-06-04')]", S, LESS,
          'At the stated 3,199.76 the S&P 500 was 5.50% below its record close (3,386.15, 2020-02-19): within 6%.', ref='2020-06-05', q='within', basis='afternoon'),
        C('DJI', 'pct_below_record', 8, 'percent', '8 per cent of overtaking their record closing levels', "[arith('100*(1-27173.42/29551.42)'), record_close_upto('DJI','2020-06-04')]", I, BOUNDI,
          'At the stated 27,173.42 the Dow was 8.05% below its record close (29,551.42, 2020-02-12): just outside "within 8 per cent" (at the close, 8.26%).', ref='2020-06-05', q='within', basis='afternoon'),
        C('SPX', 'ytd', -1, 'percent', 'within 1 per cent of showing a year-to-date gain', "[arith('100*(3199.76/3230.78-1)'), close('SPX','2019-12-31'), ytd('SPX','2020-06-05')]", S, LESS,
          'At the stated 3,199.76 the S&P 500 was 0.96% below its 2019 close (3,230.78): within 1% (at the close it was 1.14% below).', ref='2020-06-05', q='within', basis='afternoon'),
        C('US10Y', 'yield_change', 'rose', 'direction', 'US Treasury yields rose on the jobs data', "[rate('DGS10','2020-06-04'), rate('DGS10','2020-06-05')]", S, YLD,
          'FRED 10-year yield 0.82% on 2020-06-04, 0.91% on 2020-06-05.', ref='2020-06-05', basis='end of day'),
        C('SPX_BANKS', 'day_pct', 5.5, 'percent', 'S&P 500 Banks index up 5.5 per cent', None, U, NOFILE, 'The S&P 500 Banks index is not in the files.', ref='2020-06-05', basis='afternoon'),
    ])


# ---------------------------------------------------------------- 16
add('businessstandard_20200926_us_market_ends_higher', 'business-standard.com',
    'https://www.business-standard.com/article/news-cm/us-market-ends-higher-as-core-capital-goods-orders-beat-expectations-120092600258_1.html',
    'Business Standard (India), Capital Market - Live News feed', '2020-09-26', 'exact',
    'The page is dated 2020-09-26 (URL code 120092600258) and names the session "Friday, 25 September 2020". Week figures run from the Friday 2020-09-18 close.',
    "US market ends higher as core capital goods orders beat expectations (Business Standard, 26 September 2020). The US stock market finished the session firmly in black after whipsawing between positive and negative territory on Friday, 25 September 2020. "
    "At closing bell, the Dow Jones Industrial Average index advanced by 358.52 points, or 1.34%, to 27,173.96. The S&P 500 index added 51.87 points, or 1.6%, to 3,298.46. The tech-heavy Nasdaq Composite Index rose 241.29 points, or 2.26%, to 10,913.56. "
    "For the week, the Nasdaq climbed by 1.1%, while the Dow tumbled by 1.7% and the S&P 500 fell by 0.6%. Most sectors in the S&P 500 index were higher, led by gains in the technology and healthcare sector. "
    "US Durable Goods Orders rose 0.4% in August after jumping 11.7% in July. Orders for non-defense capital goods excluding aircraft rose 1.8% last month.",
    [
        C('DJI, SPX', 'whipsaw', True, 'flag', 'whipsawing between positive and negative territory', "[session_range_pts('DJI','2020-09-25'), session_range_pts('SPX','2020-09-25')]", S, DATE,
          'Dow range -180.06 to +423.85 points and S&P 500 -18.15 to +60.29 around the previous close: both traded on either side of unchanged.', ref='2020-09-25', basis='intraday'),
        C('DJI', 'day_pts', 358.52, 'points', 'advanced by 358.52 points', "day_pts('DJI','2020-09-25')", S, D2, 'Dow +358.52.', ref='2020-09-25'),
        C('DJI', 'day_pct', 1.34, 'percent', 'or 1.34%', "day_pct('DJI','2020-09-25')", S, D2, 'Dow +1.34%.', ref='2020-09-25'),
        C('DJI', 'close', 27173.96, 'level', 'to 27,173.96', "close('DJI','2020-09-25')", S, D2, 'Dow closed at 27,173.96.', ref='2020-09-25'),
        C('SPX', 'day_pts', 51.87, 'points', 'added 51.87 points', "day_pts('SPX','2020-09-25')", S, D2, 'S&P 500 +51.87.', ref='2020-09-25'),
        C('SPX', 'day_pct', 1.6, 'percent', 'or 1.6%', "day_pct('SPX','2020-09-25')", S, D1, 'S&P 500 +1.60%.', ref='2020-09-25'),
        C('SPX', 'close', 3298.46, 'level', 'to 3,298.46', "close('SPX','2020-09-25')", S, D2, 'S&P 500 closed at 3,298.46.', ref='2020-09-25'),
        C('IXIC', 'day_pts', 241.29, 'points', 'rose 241.29 points', "day_pts('IXIC','2020-09-25')", S, D2, 'Nasdaq +241.29.', ref='2020-09-25'),
        C('IXIC', 'day_pct', 2.26, 'percent', 'or 2.26%', "day_pct('IXIC','2020-09-25')", S, D2, 'Nasdaq +2.26%.', ref='2020-09-25'),
        C('IXIC', 'close', 10913.56, 'level', 'to 10,913.56', "close('IXIC','2020-09-25')", S, D2, 'Nasdaq closed at 10,913.56.', ref='2020-09-25'),
        C('IXIC', 'week_pct', 1.1, 'percent', 'the Nasdaq climbed by 1.1%', "week_return('IXIC','2020-09-25')", S, D1, 'Week +1.11%.', ref='2020-09-25', window='2020-09-18..2020-09-25'),
        C('DJI', 'week_pct', -1.7, 'percent', 'the Dow tumbled by 1.7%', "week_return('DJI','2020-09-25')", S, D1, 'Week -1.75% (0.05 off).', ref='2020-09-25', window='2020-09-18..2020-09-25'),
        C('SPX', 'week_pct', -0.6, 'percent', 'the S&P 500 fell by 0.6%', "week_return('SPX','2020-09-25')", S, D1, 'Week -0.63%.', ref='2020-09-25', window='2020-09-18..2020-09-25'),
        C('SPX_SECTORS', 'most_up', True, 'flag', 'Most sectors in the S&P 500 index were higher', None, U, NOFILE, 'S&P 500 sector indexes are not in the files.', ref='2020-09-25'),
        C('US_DURABLES', 'mom', [0.4, 11.7], 'percent', 'rose 0.4% in August after jumping 11.7% in July', None, U, NOFILE, 'Durable goods orders are not in the files.', ref='2020-09-25'),
        C('US_CORE_CAPEX', 'mom', 1.8, 'percent', 'excluding aircraft rose 1.8% last month', None, U, NOFILE, 'Core capital goods orders are not in the files.', ref='2020-09-25'),
    ])

# ---------------------------------------------------------------- 17
add('sharecafe_20201119_covid_whacks_wall_street', 'sharecafe.com.au',
    'https://sharecafe.com.au/2020/11/19/covid-whacks-wall-street-for-a-second-day',
    'ShareCafe (Australia)', '2020-11-19', 'exact',
    'The URL carries 2020/11/19 (Sydney morning); the session is Wednesday 2020-11-18, as the text says. The second down day counts 2020-11-17 and 2020-11-18.',
    "COVID whacks Wall Street for a second day (ShareCafe, 19 November 2020). A late afternoon downturn accelerated across Wall Street markets Wednesday as more bullish news on the Pfizer COVID-19 vaccine was offset by the soaring toll of new infections. "
    "The Dow was up 147 points at one stage before tipping over and slowly easing until a late rush took it, the S&P 500 and the Nasdaq sharply lower in the final minutes. It was the second down day for Wall Street in a row. "
    "In fact, the Dow's losses topped 300 points and doubled in the final minutes. The Dow closed down 344.93 points or 1.16% at 29,438.42 (after earlier touching a new intraday high). "
    "The S&P 500 fell 1.16% as well, or 41.73 points to end at 3,567.79 and the Nasdaq did best of all with a smaller fall of 0.82% or 97.74 points to a closing level of 11,801.60.",
    [
        C('DJI', 'intraday_gain', 147, 'points', 'The Dow was up 147 points at one stage', "session_range_pts('DJI','2020-11-18')", S, INT,
          'The session high was 147.50 points above the previous close (147.5 rounds either way; within 0.5).', ref='2020-11-18', basis='intraday high'),
        C('DJI, SPX, IXIC', 'down_streak', 2, 'sessions', 'the second down day for Wall Street in a row', "[down_streak(t,'2020-11-18') for t in ['DJI','SPX','IXIC']]", S, STREAK,
          'All three fell on 2020-11-17 and 2020-11-18.', ref='2020-11-18'),
        C('DJI', 'late_losses', 'topped 300 points and doubled in the final minutes', 'phrase', "the Dow's losses topped 300 points and doubled in the final minutes", "session_range_pts('DJI','2020-11-18')", U, MID,
          'The close (-344.93) was near the session low (-350.51); the files have no intraday times to check the path in the final minutes.', ref='2020-11-18', basis='afternoon'),
        C('DJI', 'day_pts', -344.93, 'points', 'closed down 344.93 points', "day_pts('DJI','2020-11-18')", S, D2, 'Dow -344.93.', ref='2020-11-18'),
        C('DJI', 'day_pct', -1.16, 'percent', 'or 1.16% at 29,438.42', "day_pct('DJI','2020-11-18')", S, D2, 'Dow -1.16%.', ref='2020-11-18'),
        C('DJI', 'close', 29438.42, 'level', '29,438.42', "close('DJI','2020-11-18')", S, D2, 'Dow closed at 29,438.42.', ref='2020-11-18'),
        C('DJI', 'intraday_record', True, 'flag', 'after earlier touching a new intraday high', "[high('DJI','2020-11-18'), prior_record_high('DJI','2020-11-18'), is_record_high('DJI','2020-11-18')]", X, RECH,
          'The session high (29,930.85) stayed below the intraday record of 29,964.29 set on 2020-11-16: no new intraday high.', ref='2020-11-18', basis='intraday high'),
        C('SPX', 'day_pct', -1.16, 'percent', 'The S&P 500 fell 1.16% as well', "day_pct('SPX','2020-11-18')", S, D2, 'S&P 500 -1.16%.', ref='2020-11-18'),
        C('SPX', 'day_pts', -41.73, 'points', 'or 41.73 points', "day_pts('SPX','2020-11-18')", S, D2, 'S&P 500 -41.74 in the file (0.01 off).', ref='2020-11-18'),
        C('SPX', 'close', 3567.79, 'level', 'to end at 3,567.79', "close('SPX','2020-11-18')", S, D2, 'S&P 500 closed at 3,567.79.', ref='2020-11-18'),
        C('IXIC', 'best_of_three', True, 'flag', 'the Nasdaq did best of all', "[day_pct(t,'2020-11-18') for t in ['DJI','SPX','IXIC']]", S, RANK, 'Nasdaq -0.82% against -1.16% for the other two.', ref='2020-11-18'),
        C('IXIC', 'day_pct', -0.82, 'percent', 'a smaller fall of 0.82%', "day_pct('IXIC','2020-11-18')", S, D2, 'Nasdaq -0.82%.', ref='2020-11-18'),
        C('IXIC', 'day_pts', -97.74, 'points', 'or 97.74 points', "day_pts('IXIC','2020-11-18')", S, D2, 'Nasdaq -97.74.', ref='2020-11-18'),
        C('IXIC', 'close', 11801.6, 'level', 'a closing level of 11,801.60', "close('IXIC','2020-11-18')", S, D2, 'Nasdaq closed at 11,801.60.', ref='2020-11-18'),
    ])

# ---------------------------------------------------------------- 18
add('sputnik_20211108_records_infrastructure_deal', 'sputniknews.com',
    'https://sputniknews.com/20211108/wall-street-closes-at-record-highs-after-lawmakers-agree-to-infrastructure-deal-1090577750.html',
    'Sputnik', '2021-11-08', 'exact',
    'The URL carries 20211108 and the text says "on Monday": 2021-11-08. "A bull run of epic peaks that has held for over a week" refers to the record closes since late October.',
    "Wall Street Closes at Record Highs After Lawmakers Agree to Infrastructure Deal (NEW YORK (Sputnik), 8 November 2021). Wall Street continued with its streak of record highs on Monday after lawmakers in Congress agreed to the Biden administration's plan. "
    "All three of the major US equity indexes, the Dow Jones Industrial Average, the S&P 500 and the Nasdaq Composite, closed at their highest levels ever, extending a bull run of epic peaks that has held for over a week now. "
    "The Dow closed up 104 points, or 0.3%, at a record high close of 36,432. The S&P 500 gained 4 points, or 0.01%, at an all-time high finish of 4,702. "
    "The Nasdaq climbed 11 points, or 0.1%, for a record high settlement of 15,982. Stocks rose after Democrats managed to pass with bipartisan support an infrastructure package worth more than $1 trillion.",
    [
        C('DJI, SPX, IXIC', 'record_close', True, 'flag', 'closed at their highest levels ever', "[is_record_close(t,'2021-11-08') for t in ['DJI','SPX','IXIC']]", S, REC, 'All three closed at records on 2021-11-08.', ref='2021-11-08'),
        C('DJI, SPX, IXIC', 'record_run', 'over a week', 'period', 'a bull run of epic peaks that has held for over a week now',
          "[record_close_dates(t,'2021-10-25','2021-11-08') for t in ['DJI','SPX','IXIC']]", S, STREAK,
          'Record closes: S&P 500 on every session from 2021-10-28 to 2021-11-08 (eight sessions, over a week); Nasdaq the same; Dow on every session since 2021-10-29 except 2021-11-04.', ref='2021-11-08', window='2021-10-28..2021-11-08'),
        C('DJI', 'day_pts', 104, 'points', 'The Dow closed up 104 points', "day_pts('DJI','2021-11-08')", S, INT, 'Dow +104.27.', ref='2021-11-08'),
        C('DJI', 'day_pct', 0.3, 'percent', 'or 0.3%', "day_pct('DJI','2021-11-08')", S, D1, 'Dow +0.29%.', ref='2021-11-08'),
        C('DJI', 'close', 36432, 'level', 'a record high close of 36,432', "close('DJI','2021-11-08')", S, INT, 'Dow closed at 36,432.22, a record.', ref='2021-11-08'),
        C('SPX', 'day_pts', 4, 'points', 'gained 4 points', "day_pts('SPX','2021-11-08')", S, INT, 'S&P 500 +4.17.', ref='2021-11-08'),
        C('SPX', 'day_pct', 0.01, 'percent', 'or 0.01%', "day_pct('SPX','2021-11-08')", X, PCTX,
          'S&P 500 +0.09%: 0.01% is 0.08 off, nine times too small, beyond 20% of the true value; 4.17 points on 4,697.53 is 0.09%.', ref='2021-11-08'),
        C('SPX', 'close', 4702, 'level', 'an all-time high finish of 4,702', "close('SPX','2021-11-08')", S, INT, 'S&P 500 closed at 4,701.70, a record.', ref='2021-11-08'),
        C('IXIC', 'day_pts', 11, 'points', 'The Nasdaq climbed 11 points', "day_pts('IXIC','2021-11-08')", S, INT, 'Nasdaq +10.77.', ref='2021-11-08'),
        C('IXIC', 'day_pct', 0.1, 'percent', 'or 0.1%', "day_pct('IXIC','2021-11-08')", S, D1, 'Nasdaq +0.07%.', ref='2021-11-08'),
        C('IXIC', 'close', 15982, 'level', 'a record high settlement of 15,982', "close('IXIC','2021-11-08')", S, INT, 'Nasdaq closed at 15,982.36, a record.', ref='2021-11-08'),
    ])

# ---------------------------------------------------------------- 19
add('omanobserver_20251225_christmas_eve_records', 'omanobserver.om',
    'https://www.omanobserver.om/article/1181663/business/economy/sp-500-dow-hit-all-time-closing-highs',
    'Oman Observer, Reuters-based report', '2025-12-25', 'medium',
    'No date on the page; the text describes "Wednesday" in "a light-volume, truncated Christmas Eve session", 2025-12-24 (early close at 1 p.m.), and the piece appeared in Muscat after that close. Dow rows after 2025-07-11 come from a single source in the files; the small gaps in the Dow and S&P 500 point figures (0.65 and 0.08) look like vendor differences, but are judged by the rules.',
    "S&P 500, Dow hit all-time closing highs (Oman Observer, NEW YORK). The S&P 500 and the Dow Jones Industrial Average ended at record closing highs on Wednesday in a light-volume, truncated Christmas Eve session. "
    "All three major US stock indexes closed higher, with the S&P 500 set to gain nearly 18% for the year. Economic data showed seasonally volatile initial jobless claims fell 4.5% last week. "
    "\"I think the Fed will cut rates twice in 2026 because the labor market is weaker than the numbers suggest,\" said Peter Cardillo of Spartan Capital Securities. "
    "The Dow rose 289.40 points, or 0.60%, to 48,731.81. The S&P 500 gained 22.34 points, or 0.32%, to 6,932.13, and the Nasdaq Composite rose 51.46 points, or 0.22%, to 23,613.31. "
    "US Treasury yields declined: the 10-year note fell to 4.136%, the 30-year to 4.7948%, and the 2-year note to 3.51%, reflecting expectations for future Fed moves.",
    [
        C('SPX, DJI', 'record_close', True, 'flag', 'ended at record closing highs on Wednesday', "[is_record_close('SPX','2025-12-24'), is_record_close('DJI','2025-12-24'), weekday('2025-12-24')]", S, REC,
          'Both closed above every earlier close on Wednesday 2025-12-24.', ref='2025-12-24'),
        C('DJI, SPX, IXIC', 'all_up', True, 'flag', 'All three major US stock indexes closed higher', "[day_pct(t,'2025-12-24') for t in ['DJI','SPX','IXIC']]", S, DATE, 'Dow +0.60%, S&P 500 +0.32%, Nasdaq +0.22%.', ref='2025-12-24'),
        C('SPX', 'year_pct', 18, 'percent', 'set to gain nearly 18% for the year', "ytd('SPX','2025-12-24')", N, ONPACE,
          'A projection for the year (on track); year to date at the 2025-12-24 close +17.86%.', ref='2025-12-24', q='nearly'),
        C('US_JOBLESS_CLAIMS', 'wow', -4.5, 'percent', 'initial jobless claims fell 4.5% last week', None, U, NOFILE, 'Jobless claims are not in the files.', ref='2025-12-24'),
        C('FEDFUNDS', 'cuts_2026', 2, 'cuts', 'the Fed will cut rates twice in 2026', None, F, FC, 'A quoted forecast.', ref='2025-12-24'),
        C('DJI', 'day_pts', 289.4, 'points', 'The Dow rose 289.40 points', "day_pts('DJI','2025-12-24')", I, PTSI, 'Dow +288.75 in the file: 0.65 off, beyond 0.025.', ref='2025-12-24'),
        C('DJI', 'day_pct', 0.6, 'percent', 'or 0.60%, to 48,731.81', "day_pct('DJI','2025-12-24')", S, D2, 'Dow +0.60%.', ref='2025-12-24'),
        C('DJI', 'close', 48731.81, 'level', '48,731.81', "close('DJI','2025-12-24')", I, LVLI, 'Dow close 48,731.16 in the file: 0.65 off (0.001%).', ref='2025-12-24'),
        C('SPX', 'day_pts', 22.34, 'points', 'gained 22.34 points', "day_pts('SPX','2025-12-24')", I, PTSI, 'S&P 500 +22.26 in the file: 0.08 off.', ref='2025-12-24'),
        C('SPX', 'day_pct', 0.32, 'percent', 'or 0.32%', "day_pct('SPX','2025-12-24')", S, D2, 'S&P 500 +0.32%.', ref='2025-12-24'),
        C('SPX', 'close', 6932.13, 'level', 'to 6,932.13', "close('SPX','2025-12-24')", I, LVLI, 'S&P 500 close 6,932.05 in the file: 0.08 off.', ref='2025-12-24'),
        C('IXIC', 'day_pts', 51.46, 'points', 'rose 51.46 points', "day_pts('IXIC','2025-12-24')", S, D2, 'Nasdaq +51.47 (0.01 off).', ref='2025-12-24'),
        C('IXIC', 'day_pct', 0.22, 'percent', 'or 0.22%', "day_pct('IXIC','2025-12-24')", S, D2, 'Nasdaq +0.22%.', ref='2025-12-24'),
        C('IXIC', 'close', 23613.31, 'level', 'to 23,613.31', "close('IXIC','2025-12-24')", S, D2, 'Nasdaq closed at 23,613.31.', ref='2025-12-24'),
        C('US10Y', 'yield', 4.136, 'percent', 'the 10-year note fell to 4.136%', "[rate('DGS10','2025-12-23'), rate('DGS10','2025-12-24')]", S, YLD,
          'FRED 10-year: 4.18% on 2025-12-23, 4.15% on 2025-12-24; the afternoon 4.136% is within 0.025 of the end-of-day value, and the yield did fall.', ref='2025-12-24', basis='afternoon'),
        C('US30Y', 'yield', 4.7948, 'percent', 'the 30-year to 4.7948%', None, U, NOFILE, 'The 30-year yield is not in the files.', ref='2025-12-24', basis='afternoon'),
        C('US2Y', 'yield', 3.51, 'percent', 'the 2-year note to 3.51%', "[rate('DGS2','2025-12-23'), rate('DGS2','2025-12-24')]", I, PCTI,
          'FRED 2-year: 3.48% on 2025-12-23 and 3.47% on 2025-12-24; 3.51% is 0.04 above the end-of-day value (and would be a rise, not a decline).', ref='2025-12-24', basis='afternoon'),
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
