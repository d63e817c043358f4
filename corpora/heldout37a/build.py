"""Build passages.jsonl, key.jsonl and recipes.json of this corpus.

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
TRUNC = 'truncated figure: imprecise'
LVL = 'index level off by <= 1%: imprecise'
MID = 'mid-session figure inside the session range: unverifiable'
NOFILE = 'series or history not in the files: unverifiable'
ARITH = 'arithmetic on levels the passage states'

# ---------------------------------------------------------------- 1
add('cnet_20000310_nasdaq_vs_dow', 'cnet.com',
    'https://www.cnet.com/tech/tech-industry/the-day-ahead-dow-quickly-becoming-an-endangered-species/',
    'CNET News.com', '2000-03-10', 'medium',
    'Undated page. "Thursday\'s record close of 5,047" is the Nasdaq close of Thursday 2000-03-09 (5,046.86); the column reads as the next morning\'s "Day Ahead" piece, so 2000-03-10.',
    "THE DAY AHEAD: Dow quickly becoming an endangered species. With the Nasdaq composite having blown past the 5,000-point mark, "
    "the column asks how soon it could replace the Dow as the world's leading securities market, and whether the spring of 2003 is too soon. "
    "The numbers: after closing at 2,393 on March 9, 1999, the tech-laden index has soared up 111 percent to Thursday's record close of 5,047. "
    "Over the same stretch the Dow made only a fractional gain: it closed at 9,694 on March 9, 1999 before ending at 10,010 Thursday. "
    "Even from the Dow's all-time high the picture is no better. On Jan. 14, the Dow peaked at 11,723, a nice 21 percent gain from March 9, 1999, "
    "but all of those gains have been erased in the past two months. If the Nasdaq grew only half as fast as in the past year, it would settle in at "
    "around 7,750 points one year from today; if it kept up that same 55 percent clip, it would be at 12,012 by March 2002. Nobody expects such rates, "
    "the writer concedes, but remember that the Nasdaq eclipsed the 1,000-point mark for the first time in mid-1995. "
    "The Dow was trading at around 4,500 in this same period.",
    [
        C('IXIC', 'close', 2393, 'points', 'closing at 2,393', "close('IXIC','1999-03-09')", S, INT, '2,392.94.', ref='1999-03-09'),
        C('IXIC', 'pct_change', 111, 'percent', '111 percent', "pct('IXIC','1999-03-09','2000-03-09')", S, INT, '2,392.94 -> 5,046.86 = +110.91%.', ref='2000-03-09', window='1999-03-09..2000-03-09'),
        C('IXIC', 'close', 5047, 'points', 'record close of 5,047', "close('IXIC','2000-03-09')", S, INT, '5,046.86.', ref='2000-03-09'),
        C('IXIC', 'record_close', True, 'flag', 'Thursday\'s record', "is_record_close('IXIC','2000-03-09')", S, 'record: above every earlier close', 'Above the previous record close of 4,914.79; Friday 2000-03-10 then closed higher still (5,048.62).', ref='2000-03-09'),
        C('DJI', 'close', 9694, 'points', '9,694', "close('DJI','1999-03-09')", S, INT, '9,693.76.', ref='1999-03-09'),
        C('DJI', 'close', 10010, 'points', '10,010', "close('DJI','2000-03-09')", I, TRUNC, '10,010.73 written as 10,010 (truncated, 0.73 off).', ref='2000-03-09'),
        C('DJI', 'record_close', 11723, 'points', 'peaked at 11,723', "record_close_upto('DJI','2000-03-09')", S, INT, 'Record close 11,722.98 on 2000-01-14; date and level both right.', ref='2000-01-14'),
        C('DJI', 'pct_change', 21, 'percent', '21 percent gain', "pct('DJI','1999-03-09','2000-01-14')", S, INT, '9,693.76 -> 11,722.98 = +20.93%.', ref='2000-01-14', window='1999-03-09..2000-01-14'),
        C('DJI', 'share_of_gain_erased', 100, 'percent', 'all of those gains have been erased', "r2(100*(close('DJI','2000-01-14')-close('DJI','2000-03-09'))/(close('DJI','2000-01-14')-close('DJI','1999-03-09')))", X, 'percent figure off by more than max(2 pp, 10%)',
          'At 10,010.73 the Dow was still 317 points (3.3%) above its 1999-03-09 close: 84.4% of the gain was erased, not all of it. The lowest close since the peak (9,796.03 on 2000-03-07) was also above 9,693.76.', ref='2000-03-09', window='2000-01-14..2000-03-09'),
        C('IXIC', 'hypothetical_level', 7750, 'points', 'around 7,750 points', None, N, 'hypothetical', 'Conditional projection ("if the Nasdaq grew only half as fast"); not judged.', q='around', ref='2001-03'),
        C('IXIC', 'hypothetical_level', 12012, 'points', '12,012', None, N, 'hypothetical', 'Conditional projection ("if it kept up that same 55 percent clip"); not judged.', ref='2002-03'),
        C('IXIC', 'first_close_above', '1995-07', 'month', '1,000-point mark for the first time', "first_month_at_or_above('IXIC',1000)", S, 'date matches', 'First close at or above 1,000 on 1995-07-17 (mid-1995).', ref='1995-07-17'),
        C('DJI', 'level', 4500, 'points', 'around 4,500', "close('DJI','1995-07-17')", X, 'index level off by more than 1%',
          'On 1995-07-17, the day the Nasdaq first closed above 1,000, the Dow closed at 4,736.29 (5.2% above 4,500; "around" allows 4,400-4,600). The Dow closed near 4,500 in mid-June 1995 (low 4,496.27 for 1995-06-15..08-15), a month earlier.', q='around', ref='1995-07-17'),
    ])

# ---------------------------------------------------------------- 2
add('washtimes_20020723_nine_week_plunge', 'washingtontimes.com',
    'https://www.washingtontimes.com/news/2002/jul/23/20020723-034700-7191r/', 'The Washington Times', '2002-07-23', 'exact',
    'Dated Tuesday, July 23, 2002 on the page. "Yesterday" is Monday 2002-07-22; "Friday" is 2002-07-19.',
    "Editorial, The Washington Times, Tuesday, July 23, 2002. Nine weeks of relentless pounding have taken their toll on the stock market. "
    "The Dow Jones Industrial Average (DJIA) was down 22.5 percent on Friday from its level nine weeks earlier, only the fifth time since World War II "
    "that the index has plunged more than 20 percent over any nine-week period. Over the same nine weeks the S&P 500 itself plunged 23.5 percent. "
    "Yesterday the DJIA lost another 235 points; the S&P 500 dropped 28 points; and the Nasdaq composite gave up another 36 points, piercing the 1,300 level "
    "on its way down. The fall from the peak is more staggering still. The DJIA, which peaked at more than 11,700 in January 2000, closed below 7,800 yesterday, "
    "surrendering more than a third of its value from its historic high. In March 2000 the Nasdaq composite peaked at 5,048; closing at 1,283 yesterday, "
    "it has dropped 75 percent. The S&P 500 closed yesterday at 820, nearly 50 percent below its March 2000 peak of 1,527. "
    "Nor is it encouraging, the editorial adds, that the DJIA closed at 6,437 on Dec. 5, 1996, the evening of Alan Greenspan's irrational-exuberance speech, "
    "or more than 1,300 points below its current level.",
    [
        C('DJI', 'pct_change', -22.5, 'percent', '22.5 percent', "pct('DJI','2002-05-17','2002-07-19')", S, D1, '10,353.08 (2002-05-17) -> 8,019.26 (2002-07-19) = -22.54%.', ref='2002-07-19', window='nine weeks: 2002-05-17..2002-07-19'),
        C('DJI', 'count_since', 5, 'count', 'fifth time since World War II', None, U, NOFILE, 'Needs Dow history since 1945; the Dow file starts 1992-01-02.', ref='2002-07-19', window='1945..2002'),
        C('SPX', 'pct_change', -23.5, 'percent', '23.5 percent', "pct('SPX','2002-05-17','2002-07-19')", I, 'percent figure off by <= max(2 pp, 10%): imprecise', '1,106.59 -> 847.75 = -23.39% (0.11 pp off).', ref='2002-07-19', window='2002-05-17..2002-07-19'),
        C('DJI', 'day_change_pts', -235, 'points', '235 points', "day_pts('DJI','2002-07-22')", S, INT, '-234.68 to 7,784.58.', ref='2002-07-22'),
        C('SPX', 'day_change_pts', -28, 'points', '28 points', "day_pts('SPX','2002-07-22')", S, INT, '-27.90 to 819.85.', ref='2002-07-22'),
        C('IXIC', 'day_change_pts', -36, 'points', 'another 36 points', "day_pts('IXIC','2002-07-22')", S, INT, '-36.50 to 1,282.65 (exactly at the 0.5 bound).', ref='2002-07-22'),
        C('IXIC', 'crossed_below', 1300, 'points', 'piercing the 1,300 level', "[r2(prev_close('IXIC','2002-07-22')), close('IXIC','2002-07-22')]", S, 'previous close above, close below', '1,319.15 -> 1,282.65.', ref='2002-07-22'),
        C('DJI', 'record_close', 11700, 'points', 'more than 11,700', "record_close_upto('DJI','2002-07-22')", S, 'more than: true > claim', 'Record close 11,722.98 on 2000-01-14.', q='more than', ref='2000-01-14'),
        C('DJI', 'close', 7800, 'points', 'below 7,800', "close('DJI','2002-07-22')", S, 'less than: true < claim', '7,784.58.', q='below', ref='2002-07-22'),
        C('DJI', 'pct_from_ath', 33.33, 'percent', 'more than a third', "pct_below_record('DJI','2002-07-22')", S, 'more than: true > claim', '33.60% below 11,722.98.', q='more than', ref='2002-07-22'),
        C('IXIC', 'record_close', 5048, 'points', 'peaked at 5,048', "record_close_upto('IXIC','2002-07-22')", I, TRUNC, 'Record close 5,048.62 on 2000-03-10, written as 5,048.', ref='2000-03-10'),
        C('IXIC', 'close', 1283, 'points', '1,283', "close('IXIC','2002-07-22')", S, INT, '1,282.65.', ref='2002-07-22'),
        C('IXIC', 'pct_from_ath', 75, 'percent', '75 percent', "pct_below_record('IXIC','2002-07-22')", S, INT, '74.59% below 5,048.62.', ref='2002-07-22'),
        C('SPX', 'close', 820, 'points', 'at 820', "close('SPX','2002-07-22')", S, INT, '819.85.', ref='2002-07-22'),
        C('SPX', 'pct_from_ath', 50, 'percent', 'nearly 50 percent', "pct_below_record('SPX','2002-07-22')", I, 'nearly: claim-1 <= true <= claim+0.5; outside but within max(2 pp, 10%)', '46.33% below 1,527.46: 3.7 pp short of "nearly 50" (bound 49-50.5), within 10% of the true value.', q='nearly', ref='2002-07-22'),
        C('SPX', 'record_close', 1527, 'points', '1,527', "record_close_upto('SPX','2002-07-22')", S, INT, 'Record close 1,527.46 on 2000-03-24.', ref='2000-03-24'),
        C('DJI', 'close', 6437, 'points', '6,437', "close('DJI','1996-12-05')", S, INT, '6,437.10.', ref='1996-12-05'),
        C('DJI', 'points_between', 1300, 'points', 'more than 1,300 points', "pts('DJI','1996-12-05','2002-07-22')", S, 'more than: true > claim', '7,784.58 - 6,437.10 = 1,347.48.', q='more than', ref='2002-07-22'),
    ])

# ---------------------------------------------------------------- 3
add('washtimes_20030312_nasdaq_third_anniversary', 'washingtontimes.com',
    'https://www.washingtontimes.com/news/2003/mar/12/20030312-085911-6812r/', 'The Washington Times', '2003-03-12', 'exact',
    'Dated Wednesday, March 12, 2003 on the page; the session described is Monday 2003-03-10.',
    "The Washington Times, Wednesday, March 12, 2003. Monday, March 10, marked three years since the Nasdaq stock market's closing-day peak of 5,048.62. "
    "Having already shed 74 percent of its value before trading began Monday, the index fittingly sank another 2 percent on the anniversary of its peak. "
    "Except for the Dow industrials' 89 percent collapse in the Great Depression, the writer argues, the Nasdaq's three-year retreat is the largest proportional "
    "plunge in U.S. stock-market history. The ascent had been awesome to behold. When the Reagan bull market commenced on Aug. 13, 1982, the Nasdaq composite index "
    "began the day at 160. It reached 1,000 in July 1995, 1,500 in July 1997 and 2,000 in July 1998; it surpassed 2,500 in January 1999 and 3,500 in December 1999, "
    "and three months later it breached the 5,000 level.",
    [
        C('IXIC', 'record_close', 5048.62, 'points', '5,048.62', "record_close_upto('IXIC','2003-03-10')", S, D2, 'Record close 5,048.62 on 2000-03-10, three years before Monday 2003-03-10.', ref='2000-03-10'),
        C('IXIC', 'pct_from_ath', 74, 'percent', '74 percent', "pct_below_level('IXIC','2003-03-07',5048.62)", S, INT, 'Friday 2003-03-07 close 1,305.29: 74.15% below the peak.', ref='2003-03-07'),
        C('IXIC', 'day_change_pct', -2, 'percent', 'another 2 percent', "day_pct('IXIC','2003-03-10')", S, INT, '-2.06% to 1,278.37.', ref='2003-03-10'),
        C('DJI', 'drawdown', 89, 'percent', '89 percent', None, U, NOFILE, '1929-1932 Dow history is not in the files (Dow file starts 1992).', ref='1932'),
        C('IXIC', 'rank_drawdown', 'largest except Dow 1929-32', 'rank', 'largest proportional plunge', None, U, NOFILE, 'Needs the history of every U.S. index; the files hold the Nasdaq (74.7% down at this point, 77.9% at the 2002-10-09 low) but no pre-1992 Dow.', ref='2003-03-10'),
        C('IXIC', 'level_at_open', 160, 'points', 'began the day at 160', "close('IXIC','1982-08-12')", S, INT, 'The file has one value a day in 1982: the 1982-08-12 close 159.84 is the level at which 1982-08-13 began (that day closed at 159.14).', ref='1982-08-13', basis='start of session'),
        C('IXIC', 'first_close_above', '1995-07', 'month', '1,000 in July 1995', "first_month_at_or_above('IXIC',1000)", S, 'date matches', 'First close >= 1,000: 1995-07-17.', ref='1995-07'),
        C('IXIC', 'first_close_above', '1997-07', 'month', '1,500 in July 1997', "first_month_at_or_above('IXIC',1500)", S, 'date matches', 'First close >= 1,500 in July 1997.', ref='1997-07'),
        C('IXIC', 'first_close_above', '1998-07', 'month', '2,000 in July 1998', "first_month_at_or_above('IXIC',2000)", S, 'date matches', 'First close >= 2,000 in July 1998.', ref='1998-07'),
        C('IXIC', 'first_close_above', '1999-01', 'month', '2,500 in January 1999', "first_month_at_or_above('IXIC',2500)", S, 'date matches', 'First close >= 2,500 in January 1999.', ref='1999-01'),
        C('IXIC', 'first_close_above', '1999-12', 'month', '3,500 in December 1999', "first_month_at_or_above('IXIC',3500)", S, 'date matches', 'First close >= 3,500 in December 1999.', ref='1999-12'),
        C('IXIC', 'first_close_above', '2000-03', 'month', 'breached the 5,000 level', "first_month_at_or_above('IXIC',5000)", S, 'date matches', 'First close >= 5,000 in March 2000, three months after December 1999.', ref='2000-03'),
    ])

# ---------------------------------------------------------------- 4
add('wapo_20050116_dow_fifth_anniversary', 'washingtonpost.com',
    'http://www.washingtonpost.com/wp-dyn/articles/A11377-2005Jan15.html?nav=rss_business/columns/economy/deals', 'The Washington Post', '2005-01-16', 'exact',
    'Column dated Sunday, January 16, 2005, page F01. "Friday" is 2005-01-14.',
    "Allan Sloan, 'Stocks' Payoff Myth', The Washington Post, Sunday, January 16, 2005. Friday was a historic day that most readers missed: "
    "the fifth anniversary of the Dow Jones industrial average's all-time high, set on Jan. 14, 2000. Back then the bubble was still with us, the Dow closed at 11,722.98, "
    "and 12,000 seemed within easy reach; instead the Dow promptly headed south. At Friday's close the Dow was still 10 percent below its all-time high, and that "
    "understates the damage since stocks peaked. The Standard & Poor's 500-stock index and the Wilshire 5000, far better measures of the market than the 30-stock Dow, "
    "are down 22 and 19 percent from their highs of March 2000. And the Nasdaq? It is down 59 percent from its peak, so it has to way more than double just to get back "
    "to where it was five years ago. Sloan's lesson, which some have forgotten after two good years: even with double-digit average returns, the market can go down for long stretches.",
    [
        C('DJI', 'record_date', '2000-01-14', 'date', 'set on Jan. 14, 2000', "record_close_upto('DJI','2005-01-14')[0]", S, 'date matches', 'Highest close in the file up to 2005-01-14.', ref='2000-01-14'),
        C('DJI', 'record_close', 11722.98, 'points', '11,722.98', "record_close_upto('DJI','2005-01-14')[1]", S, D2, '11,722.98.', ref='2000-01-14'),
        C('DJI', 'pct_from_ath', 10, 'percent', 'still 10 percent below', "pct_below_record('DJI','2005-01-14')", S, INT, 'Close 10,558.00: 9.94% below the record.', ref='2005-01-14'),
        C('SPX', 'pct_from_ath', 22, 'percent', 'down 22 and 19 percent', "pct_below_record('SPX','2005-01-14')", S, INT, 'Close 1,184.52 vs the 1,527.46 record of 2000-03-24 (March 2000): 22.45% below.', ref='2005-01-14'),
        C('WILSHIRE5000', 'pct_from_ath', 19, 'percent', 'Wilshire 5000', None, U, NOFILE, 'The Wilshire 5000 is not in the files.', ref='2005-01-14'),
        C('IXIC', 'pct_from_ath', 59, 'percent', 'down 59 percent', "pct_below_record('IXIC','2005-01-14')", S, INT, 'Close 2,087.91 vs 5,048.62: 58.64% below.', ref='2005-01-14'),
        C('IXIC', 'gain_needed', 100, 'percent', 'way more than double', "gain_needed('IXIC','2005-01-14')", S, 'more than: true > claim', 'A 141.8% gain was needed to regain 5,048.62.', q='way more than', ref='2005-01-14'),
    ])

# ---------------------------------------------------------------- 5
add('dealbreaker_20071022_black_monday_echo', 'dealbreaker.com',
    'https://dealbreaker.com/2007/10/pay-no-attention-to-mounting-volatility', 'DealBreaker', '2007-10-22', 'high',
    'URL gives October 2007; the post treats "today" as the Monday proxy for Black Monday\'s 20th anniversary and "Friday" as 2007-10-19, so Monday 2007-10-22.',
    "DealBreaker, 'Pay No Attention To Mounting Volatility'. While everyone else marked the anniversary of Black Monday last week, the blog argues that today, a Monday, "
    "is the truer proxy for the day the bottom fell out of equities twenty years ago. And Friday was eerily close to the Friday before the original Black Monday: "
    "on that day twenty years ago the Dow Jones Industrial Average dropped 4.6%, and this past Friday the Dow was down 4.1% when the market closed. The Nasdaq saw its "
    "worst decline since the great Glitch of February. The S&P was down 5.2% in 1987, and 3.9% this past Friday. Anxiety is everywhere, not least in the Chicago Board "
    "Options Exchange's implied volatility index: the Vix has climbed back to levels it hasn't seen since the last week of July, just when credit and equity markets took a header. "
    "And this morning the market is all over the place: a sharp decline at the open, a short-lived rally led by the Nasdaq, and now slightly negative territory.",
    [
        C('DJI', 'day_change_pct', -4.6, 'percent', '4.6%', None, U, NOFILE, 'Friday 1987-10-16: the Dow file starts 1992-01-02.', ref='1987-10-16'),
        C('DJI', 'day_change_pct', -4.1, 'percent', '4.1%', "day_pct('DJI','2007-10-19')", X, 'percent figure off by more than max(2 pp, 10%)', 'Friday 2007-10-19: -366.94 points, -2.64%. 4.1% is 1.46 pp off, 55% of the true value.', ref='2007-10-19'),
        C('IXIC', 'worst_since', '2007-02', 'date', 'worst decline since the great Glitch of February', "last_drop_as_big('IXIC','2007-10-19')", S, 'worst since X: X is the last day with a drop at least as large', 'Friday -2.65%; the last larger drop was 2007-02-27 (-3.86%), the day of the February trading glitch.', ref='2007-10-19'),
        C('SPX', 'day_change_pct', -5.2, 'percent', '5.2%', "day_pct('SPX','1987-10-16')", S, D1, 'Friday 1987-10-16: -5.16%.', ref='1987-10-16'),
        C('SPX', 'day_change_pct', -3.9, 'percent', '3.9%', "day_pct('SPX','2007-10-19')", X, 'percent figure off by more than max(2 pp, 10%)', 'Friday 2007-10-19: -2.56% to 1,500.63.', ref='2007-10-19'),
        C('VIX', 'highest_since', 'last week of July 2007', 'date', 'since the last week of July', "last_close_at_or_above_value('VIX','2007-10-19')", X, 'highest since X: an earlier X than the last session at least as high is contradicted',
          'VIX closed at 22.96 on 2007-10-19; it had closed at or above that as recently as 2007-09-17, and far higher through August (peak close 30.83 on 2007-08-16). Levels like Friday\'s were seen in August and September, not last in July.', ref='2007-10-19'),
        C('SPX', 'intraday_direction', 'slightly negative', 'direction', 'slightly negative territory', "day_pct('SPX','2007-10-22')", U, MID, 'Monday 2007-10-22 session range -0.68% to +0.50% vs the previous close; the S&P closed +0.38%. A morning dip below zero lies inside the range.', ref='2007-10-22', basis='morning', detail='session range pct: ' + '[-0.68, 0.5].'),
    ])

# ---------------------------------------------------------------- 6
add('usatoday_20080108_worst_five_day_start', 'abcnews.go.com',
    'http://abcnews.go.com/Business/MarketTalk/story?id=4107205&page=1&bcsi_scan_F42977EC8C53E2E9=jk3j31ENC+UE8RCgOxfB4QYAAABLD6YA', 'USA Today', '2008-01-08', 'medium',
    'The page is stamped "January 8, 2009, 12:11 AM", but every figure fits Tuesday 2008-01-08 (the S&P 500 lost 5.32% in the first five sessions of 2008; the first five sessions of 2009 were up), and "its high last October" is 2007-10-09. Treated as a USA Today piece of 2008-01-08 re-stamped a year late.',
    "Stocks off to worst start ever. Wall Street's struggles reached historic proportions Tuesday, when another sell-off sent stocks to their worst first five trading days of a year ever, "
    "adding to losses mounting since last October. The tally so far. Worst start to a year: the S&P 500 has lost 5.3% in just five days, topping the 5.2% loss at the start of 1932, "
    "says Howard Silverblatt of S&P. The first five days matter to investors because a strong first five days have been followed by a strong year 86% of the time, says the Stock Trader's Almanac; "
    "but a weak start doesn't guarantee a lousy year: in 1991 the S&P jumped 26.3% for the year despite falling 4.6% in the first five days. "
    "Back in correction territory: all three major stock indexes, the S&P 500, Dow and Nasdaq, are now more than 10% below recent highs, an official correction for the second time in little more than a month. "
    "The S&P 500 is off 11.2% from its high last October, and below where it bottomed following the November plunge. Worse damage below the surface: nearly 1,000 of the stocks in the broad S&P 1500 "
    "are in a bear market, down 20% or more from their highs of the past 52 weeks, according to a USA TODAY analysis.",
    [
        C('SPX', 'first_n_sessions_change', -5.3, 'percent', '5.3%', "first_n_days('SPX',2008,5)", S, D1, '1,468.36 (2007-12-31) -> 1,390.19 (2008-01-08) = -5.32%.', ref='2008-01-08', window='first 5 sessions of 2008'),
        C('SPX', 'rank_first_n_sessions', 1, 'rank', 'worst first five trading days of a year ever', "first_n_days_rank('SPX',2008,5,1929)", S, 'rank counts every year in the file', 'Worst first-five-session change of any year 1929-2008 in the file (S&P 90 before 1957); next worst 1978 (-4.69%).', ref='2008-01-08'),
        C('SPX', 'first_n_sessions_change', -5.2, 'percent', '5.2% loss at the start of 1932', "first_n_days('SPX',1932,5)", X, 'wrong figure for the named year',
          'In the file (S&P 90) the first five sessions of 1932 rose 5.54% (8.12 -> 8.57); the index fell 6.9% on the first session and 7.0% over two sessions, so no first-five-day loss of 5.2% appears. The S&P 500 itself dates from 1957.', ref='1932-01-08'),
        C('QUOTE', 'rule_of_thumb', 86, 'percent', '86% of the time', None, N, 'rule of thumb', 'Stock Trader\'s Almanac statistic quoted as a rule of thumb.'),
        C('SPX', 'year_return', 26.3, 'percent', '26.3%', "year_return('SPX',1991)", S, D1, '1991 price return +26.31%.', ref='1991-12-31'),
        C('SPX', 'first_n_sessions_change', -4.6, 'percent', 'falling 4.6%', "first_n_days('SPX',1991,5)", S, D1, 'First five sessions of 1991: -4.64%.', ref='1991-01-08'),
        C('SPX', 'pct_from_high', 10, 'percent', 'more than 10% below recent highs', "pct_below_52w_high('SPX','2008-01-08')", S, 'more than: true > claim', '11.18% below the 52-week high close (1,565.15, 2007-10-09).', q='more than', ref='2008-01-08'),
        C('DJI', 'pct_from_high', 10, 'percent', 'more than 10% below recent highs', "pct_below_52w_high('DJI','2008-01-08')", S, 'more than: true > claim', '11.12% below 14,164.53 (2007-10-09).', q='more than', ref='2008-01-08'),
        C('IXIC', 'pct_from_high', 10, 'percent', 'more than 10% below recent highs', "pct_below_52w_high('IXIC','2008-01-08')", S, 'more than: true > claim', '14.64% below the 52-week high close (2,859.12, 2007-10-31).', q='more than', ref='2008-01-08'),
        C('SPX', 'correction_earlier', True, 'flag', 'second time in little more than a month', "pct_below_52w_high('SPX','2007-11-26')", S, 'correction: close >= 10% below the 52-week high',
          'On 2007-11-26 the S&P 500 closed 10.09% below its 2007-10-09 record (the Dow 10.03%, the Nasdaq more), six weeks before 2008-01-08.', ref='2007-11-26'),
        C('SPX', 'pct_from_high', 11.2, 'percent', '11.2%', "pct_below_record('SPX','2008-01-08')", S, D1, '1,390.19 vs 1,565.15: 11.18% below.', ref='2008-01-08'),
        C('SPX', 'below_prior_low', True, 'flag', 'below where it bottomed', "[close('SPX','2008-01-08'), min_close('SPX','2007-11-01','2007-11-30')]", S, 'comparison holds', 'Close 1,390.19 below the November low close 1,407.22 (2007-11-26).', ref='2008-01-08'),
        C('SP1500', 'count', 1000, 'stocks', 'nearly 1,000', None, U, NOFILE, 'Constituent prices of the S&P 1500 are not in the files.', q='nearly', ref='2008-01-08'),
    ])

# ---------------------------------------------------------------- 7
add('businessweek_20081008_unhappy_anniversary', 'bloomberg.com',
    'https://www.bloomberg.com/news/articles/2008-10-07/stocks-an-unhappy-anniversary', 'BusinessWeek', '2008-10-08', 'exact',
    'The text dates itself ("Today - on Oct. 8, 2008"); the URL carries 2008-10-07. Session described: 2008-10-08.',
    "Stocks: An Unhappy Anniversary. Thursday brings a depressing anniversary: on Oct. 9, 2007, the major U.S. stock indexes closed at an all-time high, with the broad S&P 500 index at 1,565.15. "
    "Today, Oct. 8, 2008, the S&P 500 closed at 984.94, a 37% drop in one year. More sobering still, from here the S&P 500 would need to post a 59% gain to get back to record levels. "
    "In hindsight the October peak looks bizarre: credit-market trouble was plain to fixed-income investors by July 2007, yet equity investors were far more optimistic, and by September many "
    "called the subprime crisis probably 'contained' just before the market hit new highs in October.",
    [
        C('SPX', 'record_close', True, 'flag', 'closed at an all-time high', "is_record_close('SPX','2007-10-09')", S, 'record: above every earlier close', 'S&P 500 record close on 2007-10-09. The Nasdaq did not set a record (its record is 2000-03-10).', ref='2007-10-09'),
        C('DJI', 'record_close', True, 'flag', 'closed at an all-time high', "is_record_close('DJI','2007-10-09')", S, 'record: above every earlier close', 'Dow record close 14,164.53 on 2007-10-09.', ref='2007-10-09'),
        C('SPX', 'close', 1565.15, 'points', '1,565.15', "close('SPX','2007-10-09')", S, D2, '1,565.15.', ref='2007-10-09'),
        C('SPX', 'close', 984.94, 'points', '984.94', "close('SPX','2008-10-08')", S, D2, '984.94.', ref='2008-10-08'),
        C('SPX', 'pct_change', -37, 'percent', '37% drop', "pct('SPX','2007-10-09','2008-10-08')", S, INT, '-37.07%.', ref='2008-10-08', window='2007-10-09..2008-10-08'),
        C('SPX', 'gain_needed', 59, 'percent', '59% gain', "gain_needed('SPX','2008-10-08')", S, INT, '1,565.15 / 984.94 - 1 = 58.91%.', ref='2008-10-08'),
    ])

# ---------------------------------------------------------------- 8
add('breakerbaker_20081009_dow_blog', 'breakerbaker.blogspot.com',
    'http://breakerbaker.blogspot.com/2008/10/dow.html', 'Breaker Baker (personal blog)', '2008-10-09', 'exact',
    'URL gives October 2008; "On October 9, 2007, a year ago today" fixes the post on 2008-10-09, written during the session with a closing update.',
    "Blog post, 'The Dow'. The writer, who spent most of the past year at an investment firm watching the market, notes that as he writes the Dow is at 9183, down about 76 points from yesterday's close. "
    "On Friday the Dow closed at 10,325.38: a drop of 1142.38 points or 11.06 percent in less than a week. On September 26 it closed at 11,143.13, which makes it almost 2000 points or 17.6 percent "
    "over the last two weeks. On October 9, 2007, a year ago today, the Dow closed at 14,164.43; it took a year to drop nearly 5,000 points or 35.17 percent off an all time high. "
    "When John McCain assured Americans on September 15 that the fundamentals of the economy were strong, the Dow stood at 11,416.37; it would fall 500 points that day, and it had been only 11 months "
    "since the Dow had hit an all-time high. In that period the Dow dropped 2,748.06 points or 19.4 percent. Update: the Dow finished the day at 8579.19, a daily drop of 678.91 or 7.33 percent.",
    [
        C('DJI', 'level', 9183, 'points', 'the Dow is at 9183', "close('DJI','2008-10-09')", U, MID, 'Session 2008-10-09 ranged 8,579.19-9,448.14; 9,183 lies inside. Close 8,579.19.', ref='2008-10-09', basis='mid-session', detail='session range: low 8579.19, high 9448.14.'),
        C('DJI', 'change_pts', -76, 'points', 'down about 76 points', "day_pts('DJI','2008-10-09')", U, MID, 'Session range -678.91 to +190.04 points vs the 9,258.10 previous close; -76 lies inside (9,258.10 - 9,183 = 75.10). Close -678.91.', q='about', ref='2008-10-09', basis='mid-session', detail="session range pts: [-678.91, 190.04]."),
        C('DJI', 'close', 10325.38, 'points', '10,325.38', "close('DJI','2008-10-03')", S, D2, 'Friday 2008-10-03 close.', ref='2008-10-03'),
        C('DJI', 'points_between', 1142.38, 'points', '1142.38 points', "arith('10325.38-9183')", S, ARITH, 'From the stated 10,325.38 and 9,183.', ref='2008-10-09'),
        C('DJI', 'pct_change', -11.06, 'percent', '11.06 percent', "arith('100*(10325.38-9183)/10325.38')", S, ARITH, '11.06% from the stated levels (close basis: -16.91%).', ref='2008-10-09'),
        C('DJI', 'close', 11143.13, 'points', '11,143.13', "close('DJI','2008-09-26')", S, D2, '2008-09-26 close.', ref='2008-09-26'),
        C('DJI', 'points_between', 2000, 'points', 'almost 2000 points', "arith('11143.13-9183')", S, ARITH + '; almost (unit 2% for round numbers): 1,960 <= x <= 2,020', '1,960.13.', q='almost', ref='2008-10-09'),
        C('DJI', 'pct_change', -17.6, 'percent', '17.6 percent', "arith('100*(11143.13-9183)/11143.13')", S, ARITH, '17.59%.', ref='2008-10-09'),
        C('DJI', 'close', 14164.43, 'points', '14,164.43', "close('DJI','2007-10-09')", I, LVL, 'The 2007-10-09 record close is 14,164.53 (0.10 off).', ref='2007-10-09'),
        C('DJI', 'record_close', True, 'flag', 'off an all time high', "is_record_close('DJI','2007-10-09')", S, 'record: above every earlier close', 'Record close on 2007-10-09.', ref='2007-10-09'),
        C('DJI', 'points_between', 5000, 'points', 'nearly 5,000 points', "arith('14164.43-9183')", S, ARITH + '; nearly (unit 2%): 4,900 <= x <= 5,050', '4,981.43.', q='nearly', ref='2008-10-09'),
        C('DJI', 'pct_change', -35.17, 'percent', '35.17 percent', "arith('100*(14164.43-9183)/14164.43')", S, ARITH, '35.17%.', ref='2008-10-09'),
        C('DJI', 'level_at_open', 11416.37, 'points', '11,416.37', "open_price('DJI','2008-09-15')", S, D2, '11,416.37 is the opening level of Monday 2008-09-15 (previous close 11,421.99); the text says the Dow "stood at" it before falling that day.', ref='2008-09-15', basis='open'),
        C('DJI', 'day_change_pts', -500, 'points', 'fall 500 points', "day_pts('DJI','2008-09-15')", I, 'unhedged integer off by <= 20%: imprecise', '2008-09-15: -504.48 points.', ref='2008-09-15'),
        C('DJI', 'months_since_record', 11, 'months', '11 months', "months_between('2007-10-09','2008-09-15')", S, INT, '2007-10-09 to 2008-09-15 = 11.2 months.', ref='2008-09-15'),
        C('DJI', 'points_between', 2748.06, 'points', '2,748.06 points', "arith('14164.43-11416.37')", S, ARITH, 'From the stated 14,164.43 and 11,416.37 (file: 14,164.53 - 11,416.37 = 2,748.16).', ref='2008-09-15'),
        C('DJI', 'pct_change', -19.4, 'percent', '19.4 percent', "arith('100*(14164.43-11416.37)/14164.43')", S, ARITH, '19.40%.', ref='2008-09-15'),
        C('DJI', 'close', 8579.19, 'points', '8579.19', "close('DJI','2008-10-09')", S, D2, '2008-10-09 close.', ref='2008-10-09'),
        C('DJI', 'day_change_pts', -678.91, 'points', '678.91', "day_pts('DJI','2008-10-09')", S, D2, '-678.91.', ref='2008-10-09'),
        C('DJI', 'day_change_pct', -7.33, 'percent', '7.33 percent', "day_pct('DJI','2008-10-09')", S, D2, '-7.33%.', ref='2008-10-09'),
    ])

# ---------------------------------------------------------------- 9
add('businessinsider_20090115_worst_start_ever', 'businessinsider.com.au',
    'https://www.businessinsider.com.au/sp-500-worst-start-ever-2009-1', 'Business Insider (quoting Bespoke Investment Group)', '2009-01-15', 'exact',
    'Page dated 2009-01-15. "After nine trading days" = the close of 2009-01-14.',
    "S&P 500: Worst Start Ever. Joe Weisenthal writes that the market's collapse has already wiped out the December rally and marks the worst start to a year, ever. He quotes Bespoke Investment Group: "
    "bad as last year's start was, the S&P 500 is doing even worse this year. With a 6.7% decline after nine trading days, the S&P 500 is off to the worst start in its history. "
    "At this point last year the index was only down 3.55%. The second worst: 1982, when the index was down 5.7% after nine days. Asia, meanwhile, collapsed.",
    [
        C('SPX', 'gain_erased', True, 'flag', 'wiped out the December rally', "[close('SPX','2008-11-28'), close('SPX','2008-12-31'), close('SPX','2009-01-14')]", S, 'comparison holds', 'December 2008 took the S&P from 896.24 to 903.25; 842.62 on 2009-01-14 is below both.', ref='2009-01-14'),
        C('SPX', 'first_n_sessions_change', -6.7, 'percent', '6.7% decline', "first_n_days('SPX',2009,9)", S, D1, '903.25 -> 842.62 = -6.71%.', ref='2009-01-14', window='first 9 sessions of 2009'),
        C('SPX', 'rank_first_n_sessions', 1, 'rank', 'worst start in its history', "first_n_days_rank('SPX',2009,9,1929)", S, 'rank counts every year in the file', 'Worst first-nine-session change of 1929-2009 in the file (and of 1957-2009).', ref='2009-01-14'),
        C('SPX', 'first_n_sessions_change', -3.55, 'percent', '3.55%', "first_n_days('SPX',2008,9)", S, D2, 'First nine sessions of 2008: -3.55%.', ref='2008-01-11'),
        C('SPX', 'rank_first_n_sessions', 1982, 'year', 'The second worst: 1982', "worst_first_n_before('SPX',2009,9,1957)", S, 'ordering holds on the S&P 500 proper (from 1957)',
          '1982 (-5.72%) is the worst year before 2009 counting from the S&P 500\'s 1957 launch. With the S&P 90 years of the file, 1939 (-6.16%) would rank second: reference.py worst_first_n_before(\'SPX\',2009,9,1929) -> [1939, -6.16].', ref='1982-01-13'),
        C('SPX', 'first_n_sessions_change', -5.7, 'percent', '5.7% after nine days', "first_n_days('SPX',1982,9)", S, D1, '-5.72%.', ref='1982-01-13'),
    ])

# ---------------------------------------------------------------- 10
add('marketwatch_20101223_nasdaq_3000_column', 'realclearmarkets.com',
    'https://www.realclearmarkets.com/2010/12/23/two_turtle_doves_amp_nasdaq_runs_to_3000_108954.html', 'MarketWatch', '2010-12-23', 'exact',
    'Column dated Dec. 23, 2010, 12:01 a.m. EST; the embedded quote (COMP 2,671, +3.87, +0.15%) is the 2010-12-22 close.',
    "Two Turtle Doves, & Nasdaq Runs to 3,000. David Callaway, MarketWatch. SAN FRANCISCO (MarketWatch) - For tech investors the ghost of Christmas past comes each year on Dec. 11: "
    "that is the date, a decade ago, that the Nasdaq Composite Index (COMP 2,671, +3.87, +0.15%) last closed above the 3,000 level. It was eight months after the index peaked above 5,000 in March 2000, "
    "and almost two years before the Nasdaq would bottom in October 2002 at just above 1,100. Callaway recalls arguing on a long-cancelled tech TV show that the index was badly oversold and that 3,000 "
    "would be a floor, not a ceiling; the moral is that Christmas is a time to be humble, and that if you hang around the markets long enough you will be right, eventually. "
    "A video on the page has Peter Eliades of Stock Market Cycles explaining why he sees the potential for a 25% gain on the S&P 500 during the first half of 2011.",
    [
        C('IXIC', 'close', 2671, 'points', 'COMP 2,671', "close('IXIC','2010-12-22')", S, INT, '2,671.48 on 2010-12-22.', ref='2010-12-22'),
        C('IXIC', 'day_change_pts', 3.87, 'points', '+3.87', "day_pts('IXIC','2010-12-22')", S, D2, '+3.87.', ref='2010-12-22'),
        C('IXIC', 'day_change_pct', 0.15, 'percent', '+0.15%', "day_pct('IXIC','2010-12-22')", S, D2, '+0.15%.', ref='2010-12-22'),
        C('IXIC', 'last_close_above', '2000-12-11', 'date', 'last closed above the 3,000 level', "last_close_at_or_above('IXIC',3000,'2010-12-22')", S, 'date matches', '3,015.10 on 2000-12-11; no close at or above 3,000 since, through 2010-12-22.', ref='2000-12-11'),
        C('IXIC', 'months_after_peak', 8, 'months', 'eight months after', "months_between('2000-03-10','2000-12-11')", I, 'count off by <= 20%: imprecise', 'Peak close 2000-03-10 to 2000-12-11 is 9.0 months.', ref='2000-12-11'),
        C('IXIC', 'record_close', 5000, 'points', 'peaked above 5,000 in March 2000', "record_close_upto('IXIC','2010-12-22')", S, 'above: true > claim; month matches', 'Record close 5,048.62 on 2000-03-10.', q='above', ref='2000-03-10'),
        C('IXIC', 'low_date', '2002-10', 'month', 'bottom in October 2002', "argmin_close('IXIC','2000-03-10','2010-12-22')", S, 'date matches', 'Lowest close after the peak: 1,114.11 on 2002-10-09.', ref='2002-10-09'),
        C('IXIC', 'low_level', 1100, 'points', 'just above 1,100', "min_close('IXIC','2000-03-10','2010-12-22')", S, 'above: true > claim', '1,114.11.', q='just above', ref='2002-10-09'),
        C('IXIC', 'years_between', 2, 'years', 'almost two years before', "years_between('2000-12-11','2002-10-09')", S, 'almost: claim-1 unit <= true <= claim', '1.8 years.', q='almost', ref='2002-10-09'),
        C('SPX', 'forecast_gain', 25, 'percent', '25% gain', None, F, 'forecast', 'Projection for the first half of 2011; not judged.', ref='2011-06-30'),
    ])

# ---------------------------------------------------------------- 11
add('chitrib_20130306_dow_zenith_editorial', 'kentwired.com',
    'https://kentwired.com/44473/opinion/guest-column-where-now-bullish-dow/', 'Chicago Tribune', '2013-03-06', 'high',
    'The repost says the editorial appeared in the Chicago Tribune on Wednesday, March 6 (2013); "Tuesday" is 2013-03-05.',
    "Guest Column: Where now, bullish Dow? (a Chicago Tribune editorial of Wednesday, March 6). In February 2007 the Dow Jones industrial average signaled the tumult to come: after closing at a record high "
    "of 12,767 on Feb. 16, the Dow flopped 416 points on Feb. 27. The Tribune's editorial page then offered a prediction it guaranteed to be infallible: someday the Dow will close at its final record high, "
    "but Feb. 16, 2007, wasn't the day. The Dow did reach higher highs in subsequent months, before a deep plummet drove the impatient, the disgusted and the fearful from the market. "
    "That boom and bust came back to mind Tuesday, as the Dow closed at its latest zenith, 14,254, and the page repeats itself: March 5, 2013 wasn't the day. Dow highs, like pride, tend to goeth before a fall; "
    "the one guaranteed return is turbulence. The survival advice comes from fund manager Albert O. Nicholas: \"Two-thirds of the time, stocks are going up. One-third of the time, they're going down. "
    "Don't try to guess which third is which.\"",
    [
        C('DJI', 'record_close', True, 'flag', 'closing at a record high', "is_record_close('DJI','2007-02-16')", S, 'record: above every earlier close', 'Record close on 2007-02-16.', ref='2007-02-16'),
        C('DJI', 'close', 12767, 'points', '12,767', "close('DJI','2007-02-16')", I, TRUNC, '12,767.57 written as 12,767.', ref='2007-02-16'),
        C('DJI', 'day_change_pts', -416, 'points', '416 points', "day_pts('DJI','2007-02-27')", S, INT, '-416.02.', ref='2007-02-27'),
        C('DJI', 'higher_high_later', True, 'flag', 'higher highs in subsequent months', "max_close('DJI','2007-02-17','2007-12-31')", S, 'comparison holds', 'Highest close after 2007-02-16 in 2007: 14,164.53 (2007-10-09).', ref='2007-10-09'),
        C('DJI', 'close', 14254, 'points', '14,254', "close('DJI','2013-03-05')", S, INT, '14,253.77.', ref='2013-03-05'),
        C('DJI', 'record_close', True, 'flag', 'latest zenith', "is_record_close('DJI','2013-03-05')", S, 'record: above every earlier close', 'Above the 2007-10-09 record close 14,164.53.', ref='2013-03-05'),
        C('GENERIC', 'generic', None, None, 'goeth before a fall', None, N, 'generic statement', 'Generic warning, not a figure.'),
        C('QUOTE', 'rule_of_thumb', 'two-thirds up', None, 'Two-thirds of the time', None, N, 'quoted rule of thumb', 'Quoted rule of thumb ("approximately", the editorial says of the wording).'),
    ])

# ---------------------------------------------------------------- 12
add('newsobserver_20150225_nasdaq_long_15_years', 'newsobserver.com',
    'https://www.newsobserver.com/news/local/news-columns-blogs/editors-blog/article11309894.html', 'The News & Observer (The Editors\' Blog)', '2015-02-25', 'medium',
    'Undated page. "On Tuesday, the tech-heavy index finished at 4968.12" matches only the Nasdaq close of Tuesday 2015-02-24, so the post is dated the next day.',
    "The Editors' Blog: A long 15 years for the Nasdaq. The Nasdaq is approaching 5,000: on Tuesday the tech-heavy index finished at 4968.12. Its climb back from the dot-com crash has taken around 15 years, "
    "not as long as the Dow took to recover from the '29 crash (1954, 25 years later; the writer was a year old when the Dow came back to its September 1929 peak). Still, it feels like a long time "
    "since the March 10, 2000 closing high, when the Nasdaq finished the day at 5,048.62. The rest of the post recalls what else was in the news that day, from Intel's chip deal with Microsoft's "
    "coming X-box to Dan Marino's retirement.",
    [
        C('IXIC', 'close', 4968.12, 'points', '4968.12', "close('IXIC','2015-02-24')", S, D2, 'Tuesday 2015-02-24 close.', ref='2015-02-24'),
        C('IXIC', 'years_since_record', 15, 'years', 'around 15 years', "years_between('2000-03-10','2015-02-24')", S, 'around: within one unit', '15.0 years.', q='around', ref='2015-02-24'),
        C('DJI', 'recovery_year', 1954, 'year', '1954, 25 years later', None, U, NOFILE, 'Needs 1929-1954 Dow history; the Dow file starts 1992.', ref='1954'),
        C('IXIC', 'record_date', '2000-03-10', 'date', 'March 10, 2000 closing high', "record_close_upto('IXIC','2015-02-24')[0]", S, 'date matches', 'Still the record close at 2015-02-24.', ref='2000-03-10'),
        C('IXIC', 'record_close', 5048.62, 'points', '5,048.62', "record_close_upto('IXIC','2015-02-24')[1]", S, D2, '5,048.62.', ref='2000-03-10'),
    ])

# ---------------------------------------------------------------- 13
add('businessinsider_20160104_worst_start_bespoke', 'businessinsider.com',
    'https://www.businessinsider.com/stock-market-returns-after-1-percent-drop-to-start-the-year-2016-1', 'Business Insider (citing Bespoke Investment Group)', '2016-01-04', 'exact',
    'URL gives January 2016; written in late-morning trade on Monday 2016-01-04, the first session of the year.',
    "Stocks are getting destroyed to start 2016. In late-morning trade on Monday the Dow was down well over 400 points, while the S&P 500 and Nasdaq were also off more than 2%, after an ugly day in Europe "
    "and a chaotic start in China, where the CSI 300 Index was halted after falling 7%. Monday marks the worst start to the year for the S&P 500 since 2001 and the worst start for the Dow since 1932 "
    "(the Dow fell 8.1% (!!!) to start 1932). In a note to clients Bespoke looked at what happens after a greater than 1% decline on the first trading day of January, and found that stocks usually go up. "
    "Some of the most memorably terrible years in market history, 1930, 1937, 2001, 2008, began with greater than 1% drops, as did four years between 1980 and 1991, in the middle of a generational bull market. "
    "So, if current losses hold, the day can be spun either way.",
    [
        C('DJI', 'change_pts', -400, 'points', 'well over 400 points', "day_pts('DJI','2016-01-04')", U, MID, 'Session range -467.40 to -19.55 points vs the previous close; "well over 400" lies inside. Close -276.09.', q='well over', ref='2016-01-04', basis='late morning', detail='session range pts: [-467.4, -19.55].'),
        C('SPX', 'change_pct', -2, 'percent', 'off more than 2%', "day_pct('SPX','2016-01-04')", U, MID + ' (bound claim: the close does not satisfy it)', 'Session range -2.65% to -0.28%; close -1.53%.', q='more than', ref='2016-01-04', basis='late morning', detail='session range pct: [-2.65, -0.28].'),
        C('IXIC', 'change_pct', -2, 'percent', 'off more than 2%', "day_pct('IXIC','2016-01-04')", S, 'bound claim: both the close and the session extreme satisfy it', 'Close -2.08%, session low -3.20%.', q='more than', ref='2016-01-04', basis='late morning', detail='session range pct: [-3.2, -2.08].'),
        C('CSI300', 'day_change_pct', -7, 'percent', 'falling 7%', None, U, NOFILE, 'Chinese index not in the files.', ref='2016-01-04'),
        C('SPX', 'worst_first_day_since', 2001, 'year', 'the S&P 500 since 2001', "[first_n_days('SPX',2016,1), first_day_drops_over('SPX',2002,2015,1.53), first_n_days('SPX',2001,1)]", S, 'worst since X: X is the last year with a first-day drop at least as large',
          'Close -1.53%; no first session of 2002-2015 fell more (2008: -1.44%); 2001 fell 2.80%. At the late-morning level (about -2%) the claim also holds.', ref='2016-01-04'),
        C('DJI', 'worst_first_day_since', 1932, 'year', 'the Dow since 1932', "[first_n_days('DJI',2016,1), first_day_drops_over('DJI',1993,2015,1.58)]", U, NOFILE,
          'Needs Dow history from 1932; the file starts 1992. Within the file the Dow\'s -1.58% close is not the worst first session since 1993 (2008: -1.67%), though the late-morning drop (about -2.4%) would be.', ref='2016-01-04'),
        C('DJI', 'first_sessions_change', -8.1, 'percent', '8.1%', None, U, NOFILE, '1932 Dow history is not in the files.', ref='1932'),
        C('SPX', 'first_day_drop_years', [1930, 1937, 2001, 2008], 'years', '1930, 1937, 2001, 2008', "first_day_drops_over('SPX',1929,2015,1.0)", S, 'every named year is in the list', 'First sessions down more than 1%: 1930, 1932, 1933, 1937, 1949, 1957, 1971, 1978, 1980, 1983, 1985, 1991, 2001, 2008 (S&P 90 before 1957).', ref='2015-12-31'),
        C('SPX', 'count', 4, 'count', 'four years between 1980 and 1991', "len(first_day_drops_over('SPX',1980,1991,1.0))", S, INT, '1980, 1983, 1985, 1991.', ref='1991-01-02'),
        C('SPX', 'rule_of_thumb', 'usually up', None, 'stocks usually go up', None, N, 'rule of thumb', 'Bespoke\'s table is not reproduced on the page; the summary is a rule of thumb.'),
    ])

# ---------------------------------------------------------------- 14
add('cnbc_20180523_small_caps_early_innings', 'deliveringalpha.com',
    'http://deliveringalpha.com/2018/05/23/small-caps-in-early-innings-of-record-run-wall-street-veteran-says.html', 'CNBC (Trading Nation)', '2018-05-23', 'high',
    'URL date 2018-05-23 (a CNBC page mirrored). "Friday" is 2018-05-18, the only RUT close of 1,626.63 in the file.',
    "Trading Nation: Small cap stocks in 'early innings' of record run, Wall Street veteran says. The small cap Russell 2000 is ripping to fresh records while the overall market keeps struggling. "
    "B. Riley FBR's chief market strategist Art Hogan predicted recently that the trend will dominate in the coming months; he has a year-end price target of 1800 on the Russell 2000, a 16 percent surge "
    "from where the index began the year. \"We're in early innings of this run,\" he said on CNBC's \"Trading Nation,\" arguing that small caps are better placed to weather a strong dollar and trade fallout "
    "and gain more directly from last year's lower effective tax rates. \"The Russell 2000 is probably going to be a better place to be than the S&P [this year],\" he said. "
    "The Russell 2000 closed at a record high of 1,626.63 on Friday, extending its win streak to three days, as the S&P 500 saw its third negative week in four. "
    "\"We're starting to notice that it's making record highs, but it's underperformed over the last two years,\" Hogan added.",
    [
        C('RUT', 'target', 1800, 'points', 'year-end price target of 1800', None, F, 'forecast', 'Year-end 2018 target; not judged (the RUT ended 2018 at 1,348.56).', ref='2018-12-31'),
        C('RUT', 'pct_change', 16, 'percent', '16 percent surge', "r2(100*(1800/close('RUT','2017-12-29')-1))", I, 'percent figure off by <= max(2 pp, 10%): imprecise', '1800 / 1,535.51 (2017-12-29 close) - 1 = 17.22%; 16% is 1.2 pp short.', ref='2017-12-29'),
        C('QUOTE', 'opinion', 'RUT better than SPX this year', None, 'better place to be', None, F, 'forecast', 'Quoted expectation for 2018.'),
        C('RUT', 'record_close', True, 'flag', 'closed at a record high', "is_record_close('RUT','2018-05-18')", S, 'record: above every earlier close', 'Record close on Friday 2018-05-18.', ref='2018-05-18'),
        C('RUT', 'close', 1626.63, 'points', '1,626.63', "close('RUT','2018-05-18')", S, D2, '1,626.63.', ref='2018-05-18'),
        C('RUT', 'up_streak', 3, 'sessions', 'win streak to three days', "up_streak('RUT','2018-05-18')", S, INT, '2018-05-16, 05-17, 05-18 up.', ref='2018-05-18'),
        C('SPX', 'negative_weeks', 3, 'count', 'third negative week in four', "weeks_negative('SPX',['2018-04-27','2018-05-04','2018-05-11','2018-05-18'])", S, 'count matches', 'Weekly changes -0.01%, -0.24%, +2.41%, -0.54%: three of four negative, including the week to 2018-05-18.', ref='2018-05-18', window='weeks ending 2018-04-27..2018-05-18'),
        C('RUT', 'relative_performance', 'underperformed SPX', None, 'underperformed over the last two years', "[pct('RUT','2016-05-18','2018-05-18'), pct('SPX','2016-05-18','2018-05-18')]", X, 'wrong ordering',
          'Over the two years to 2018-05-18 the RUT rose 47.48% against 32.49% for the S&P 500; over calendar 2016-2017 it also led (+19.48% and +13.14% vs +9.54% and +19.42%). It lagged only in 2017 alone.', ref='2018-05-18', window='2016-05-18..2018-05-18'),
    ])

# ---------------------------------------------------------------- 15
add('thestreet_20201230_astounding_year', 'realmoney.thestreet.com',
    'https://realmoney.thestreet.com/investing/stocks/an-astounding-year-in-ways-unimaginable-at-its-start-15526970', 'TheStreet (Real Money)', '2020-12-30', 'medium',
    'Undated excerpt. "In the 195 trading days since" March 23 counts to the close of 2020-12-29, so the column was written after that close; dated 2020-12-30.',
    "An astounding year in ways unimaginable at its start (Real Money column). The writer is glad to say goodbye to 2020, yet markets held up far better than he expected: that the S&P 500 is actually up 17.5% "
    "with the economy essentially shut for part of the year is astounding. It was just 10 months ago that the pandemic took hold and the S&P 500 began to tank: from Feb. 21 to March 23 the index fell nearly 34%. "
    "During those 22 trading days it had 19 'volatile' days, which he defines as days when the index rose or fell at least 1%; 14 of those were down days. The stretch included 12 days with moves of greater than 4% "
    "and three days when it rose or fell at least 9%, and those three came in succession: the index fell 9.5% on March 12, shot up 9.3% on March 13 and dropped 12% on the March 14. "
    "Since March 23 the S&P 500 has risen nearly 67%, which he checked several times because he did not believe it. In the 195 trading days since, there have been 85 'volatile' days, 56 of them 'up' days, "
    "and just four days when the index was up or down at least 4%.",
    [
        C('SPX', 'ytd', 17.5, 'percent', 'up 17.5%', "ytd('SPX','2020-12-29')", U, 'total-return figure where only a price index decides: unverifiable',
          'Price return to 2020-12-29 is +15.36% (+16.26% at year end), so the figure does not fit the price index; SPY total return (adj_close) gives +17.57% to 2020-12-29, so it reads as a total-return figure. ETFs never decide a verdict.', ref='2020-12-29'),
        C('SPX', 'pct_change', -34, 'percent', 'fell nearly 34%', "pct('SPX','2020-02-21','2020-03-23')", I, 'nearly: claim-1 <= true <= claim+0.5; just outside',
          '3,337.75 (2020-02-21) -> 2,237.40 = -32.97%, 0.03 pp outside the 33-34.5 band. From the 2020-02-19 record close the drop is 33.92%.', q='nearly', ref='2020-03-23', window='2020-02-21..2020-03-23'),
        C('SPX', 'count_sessions', 22, 'sessions', '22 trading days', "count_sessions('SPX','2020-02-20','2020-03-23')", S, 'counts inclusive of Feb. 21 (conventions differ by one)', '22 sessions from 2020-02-21 through 2020-03-23 inclusive (21 after the Feb. 21 close).', ref='2020-03-23', window='2020-02-21..2020-03-23'),
        C('SPX', 'count_moves', 19, 'sessions', "19 'volatile' days", "count_moves('SPX','2020-02-20','2020-03-23',1)", S, 'count matches (Feb. 21 included)', 'Sessions with |move| >= 1%, 2020-02-21..2020-03-23 inclusive: 19 (18 if Feb. 21, -1.05%, is left out).', ref='2020-03-23'),
        C('SPX', 'count_moves', 14, 'sessions', '14 of those were down days', "count_moves('SPX','2020-02-20','2020-03-23',1,-1)", S, 'count matches (Feb. 21 included)', '14 down moves of at least 1%.', ref='2020-03-23'),
        C('SPX', 'count_moves', 12, 'sessions', '12 days with moves of greater than 4%', "count_moves('SPX','2020-02-20','2020-03-23',4)", S, 'count matches', '12 sessions with |move| >= 4%.', ref='2020-03-23'),
        C('SPX', 'count_moves', 3, 'sessions', 'three days when it rose or fell at least 9%', "count_moves('SPX','2020-02-20','2020-03-23',9)", S, 'count matches', '2020-03-12, 03-13, 03-16.', ref='2020-03-23'),
        C('SPX', 'consecutive', True, 'flag', 'in succession', "count_moves('SPX','2020-03-11','2020-03-16',9)", S, 'comparison holds', 'The three sessions after 2020-03-11 (03-12, 03-13, 03-16) each moved at least 9%.', ref='2020-03-16'),
        C('SPX', 'day_change_pct', -9.5, 'percent', 'fell 9.5% on March 12', "day_pct('SPX','2020-03-12')", S, D1, '-9.51%.', ref='2020-03-12'),
        C('SPX', 'day_change_pct', 9.3, 'percent', '9.3% on March 13', "day_pct('SPX','2020-03-13')", S, D1, '+9.29%.', ref='2020-03-13'),
        C('SPX', 'day_change_pct', -12, 'percent', 'dropped 12% on the March 14', "worst_day_pct('SPX','2020-03-31')", X, 'wrong date',
          'The -11.98% session was Monday 2020-03-16; March 14, 2020 was a Saturday. The size is right, the date is not.', ref='2020-03-16'),
        C('SPX', 'pct_change', 67, 'percent', 'risen nearly 67%', "pct('SPX','2020-03-23','2020-12-29')", S, 'nearly: claim-1 <= true <= claim+0.5', '2,237.40 -> 3,727.04 = +66.58%.', q='nearly', ref='2020-12-29', window='2020-03-23..2020-12-29'),
        C('SPX', 'count_sessions', 195, 'sessions', '195 trading days', "count_sessions('SPX','2020-03-23','2020-12-29')", S, INT, '195 sessions after 2020-03-23 through 2020-12-29.', ref='2020-12-29'),
        C('SPX', 'count_moves', 85, 'sessions', "85 'volatile' days", "count_moves('SPX','2020-03-23','2020-12-29',1)", S, INT, '85.', ref='2020-12-29'),
        C('SPX', 'count_moves', 56, 'sessions', '56 of them', "count_moves('SPX','2020-03-23','2020-12-29',1,1)", S, INT, '56 up moves of at least 1%.', ref='2020-12-29'),
        C('SPX', 'count_moves', 4, 'sessions', 'just four days', "count_moves('SPX','2020-03-23','2020-12-29',4)", I, 'count off by <= 20%: imprecise', 'Five sessions moved at least 4% (2020-03-24, 03-26, 04-01, 04-06, 06-11); four is one short.', ref='2020-12-29'),
    ])

# ---------------------------------------------------------------- 16
add('dowjones_20220629_worst_first_half_history', 'ttm.financial',
    'https://ttm.financial/m/news/2247574012', 'Dow Jones (MarketWatch)', '2022-06-29', 'exact',
    'Page dated 2022-06-29; "Tuesday\'s close" is 2022-06-28.',
    "What's next for the stock market after the worst 1st half since 1970? Here's the history. A bear market that began shortly after the calendar flipped to 2022 has the S&P 500 on track for its worst first half in 52 years. "
    "The S&P 500 was down 19.8% year-to-date through Tuesday's close, which would be its worst first half since 1970, according to Dow Jones Market Data. The large-cap benchmark is down 20.3% from its record finish on Jan. 3; "
    "earlier this month it ended more than 20% below that early January record, confirming, as widely defined, that the pandemic bull market had ended on Jan. 3. "
    "The S&P 500 has bounced around 4% off its 2022 low close of 3,666.77 set on June 16. Other major indexes are also set to log historic first-half declines: the Dow Jones Industrial Average was down 14.8% in the year to date.",
    [
        C('SPX', 'on_pace', 'worst first half in 52 years', None, 'on track for its worst first half in 52 years', None, N, 'on pace / on track', 'Not judged; the first half ended at -20.58%, worse than every first half after 1970 (-21.01%).', ref='2022-06-30'),
        C('SPX', 'ytd', -19.8, 'percent', '19.8%', "ytd('SPX','2022-06-28')", S, D1, '-19.82% through 2022-06-28.', ref='2022-06-28'),
        C('SPX', 'conditional', 'worst first half since 1970', None, 'would be its worst first half since 1970', None, N, 'conditional', 'Conditional ("would be"); first halves at or below -19.82% in the file: 1932, 1940, 1962, 1970.', ref='2022-06-30'),
        C('SPX', 'pct_from_ath', 20.3, 'percent', '20.3%', "pct_below_record('SPX','2022-06-28')", S, D1, '3,821.55 vs 4,796.56: 20.33% below.', ref='2022-06-28'),
        C('SPX', 'record_date', '2022-01-03', 'date', 'record finish on Jan. 3', "record_close_upto('SPX','2022-06-28')[0]", S, 'date matches', 'Record close 4,796.56 on 2022-01-03.', ref='2022-01-03'),
        C('SPX', 'pct_from_ath', 20, 'percent', 'more than 20% below that early January record', "pct_below_record('SPX','2022-06-13')", S, 'more than: true > claim', '2022-06-13 close 3,749.63: 21.83% below (the first close more than 20% down).', q='more than', ref='2022-06-13'),
        C('SPX', 'pct_change', 4, 'percent', 'bounced around 4%', "pct('SPX','2022-06-16','2022-06-28')", S, 'around: within one unit', '+4.22%.', q='around', ref='2022-06-28'),
        C('SPX', 'low_close', 3666.77, 'points', '3,666.77', "min_close('SPX','2022-01-01','2022-06-28')", S, D2, 'Lowest 2022 close to date.', ref='2022-06-16'),
        C('SPX', 'low_date', '2022-06-16', 'date', 'set on June 16', "argmin_close('SPX','2022-01-01','2022-06-28')", S, 'date matches', '2022-06-16.', ref='2022-06-16'),
        C('DJI', 'ytd', -14.8, 'percent', '14.8%', "ytd('DJI','2022-06-28')", S, D1, '-14.84% through 2022-06-28.', ref='2022-06-28'),
    ])

# ---------------------------------------------------------------- 17
add('bloomberg_20230625_wild_first_half', 'insurancenewsmag.com',
    'https://www.insurancenewsmag.com/life-insurance/heres-where-the-market-is-headed-after-a-wild-first-half/', 'Bloomberg', '2023-06-25', 'high',
    'Undated repost of a Bloomberg piece that other reposts date 2023-06-25 (a Sunday); "this year" and "just posting its worst week" refer to the close of Friday 2023-06-23.',
    "Here's where the market is headed after a wild first half. As a dizzying first half for U.S. stocks draws to a close, the Nasdaq 100 Index is poised for its best opening six months to a year ever, "
    "and Wall Street worries that the Federal Reserve will derail the rally. Hopes that the Fed is nearly done tightening turned the technology-heavy gauge from 2022's market underachiever into 2023's early champion, "
    "with a surge of 36% erasing last year's 33% slump, in the face of bank failures, recession fears and the highest borrowing costs since 2007. Strategists are leery that the tech rally looks overblown, "
    "with rich valuations and a handful of high-flyers doing the lifting, and stocks are coming off the boil, with the S&P 500 Index just posting its worst week since March. "
    "Money managers hope 2023 ends on a high note after a tumultuous 2022 sent the Nasdaq 100 and S&P 500 to their biggest annual losses since 2008. The S&P 500 has gained 13% this year, "
    "recouping all of its plunge since the Fed kicked off its cycle of rate hikes in March 2022, and it is up 22% from its Oct. 12 closing trough, above the threshold of what is considered a bull market.",
    [
        C('NDX', 'on_pace', 'best first half ever', None, 'best opening six months to a year ever', None, N, 'on pace / on track', '"Poised for" with a week to go; not judged.', ref='2023-06-30'),
        C('NDX', 'ytd', 36, 'percent', 'surge of 36%', "ytd('NDX','2023-06-23')", S, INT, '+36.12% through 2023-06-23.', ref='2023-06-23'),
        C('NDX', 'year_return', -33, 'percent', '33% slump', "year_return('NDX',2022)", S, INT, '2022: -32.97%.', ref='2022-12-30'),
        C('FEDFUNDS', 'highest_since', 2007, 'year', 'highest borrowing costs since 2007', "[fed_upper('2023-06-23'), fed_last_at_or_above(5.25,'2023-05-01')]", S, 'highest since X: X is the last time the target was at least as high',
          'Target range 5.00-5.25% since 2023-05-04; the target was last at 5.25% until 2007-09-17.', ref='2023-06-23'),
        C('SPX', 'worst_week_since', '2023-03', 'month', 'worst week since March', "week_return_rank_since('SPX','2023-06-23')", S, 'worst since X: X is the last week at least as bad',
          'Week to 2023-06-23: -1.39%; the last worse week ended 2023-03-10 (-4.55%).', ref='2023-06-23'),
        C('NDX', 'biggest_annual_loss_since', 2008, 'year', 'biggest annual losses since 2008', "[year_return('NDX',2022), years_worse_than('NDX',2009,2021,year_return('NDX',2022))]", S, 'biggest since X: no year between was worse', '2022 -32.97%; no year 2009-2021 worse; 2008 -41.89%.', ref='2022-12-30'),
        C('SPX', 'biggest_annual_loss_since', 2008, 'year', 'biggest annual losses since 2008', "[year_return('SPX',2022), years_worse_than('SPX',2009,2021,year_return('SPX',2022))]", S, 'biggest since X: no year between was worse', '2022 -19.44%; no year 2009-2021 worse; 2008 -38.49%.', ref='2022-12-30'),
        C('SPX', 'ytd', 13, 'percent', 'gained 13% this year', "ytd('SPX','2023-06-23')", S, INT, '+13.25%.', ref='2023-06-23'),
        C('SPX', 'recouped_since', '2022-03', 'month', 'recouping all of its plunge', "[close('SPX','2022-03-15'), close('SPX','2022-03-16'), close('SPX','2023-06-23')]", I, 'level just short (within 1%): imprecise',
          'The Fed\'s first hike was decided 2022-03-16. The S&P closed 4,357.86 that day; 4,348.33 on 2023-06-23 is 0.22% short of it. Measured from the 2022-03-15 close (4,262.45) the claim holds.', ref='2023-06-23'),
        C('SPX', 'pct_change', 22, 'percent', 'up 22%', "pct('SPX','2022-10-12','2023-06-23')", S, INT, '3,577.03 -> 4,348.33 = +21.56%.', ref='2023-06-23', window='2022-10-12..2023-06-23'),
        C('SPX', 'low_date', '2022-10-12', 'date', 'Oct. 12 closing trough', "argmin_close('SPX','2022-01-01','2023-06-23')", S, 'date matches', 'Lowest close of the 2022 bear market: 3,577.03 on 2022-10-12.', ref='2022-10-12'),
    ])

# ---------------------------------------------------------------- 18
add('capinvestors_202307_how_you_finish', 'capinvestors.com',
    'https://capinvestors.com/its-not-how-you-start-but-how-you-finish', 'Capital Investment Advisors (adviser commentary)', '2023-07', 'medium',
    'Undated. It calls June 8 "last month", reviews the first half, and counts the bull market at 268 calendar days, which from 2022-10-12 is 2023-07-07; figures "now" are checked at the 2023-07-07 close.',
    "It's not how you start, but how you finish (adviser commentary). The S&P entered a new bull market last month on June 8th, when it first crossed the 20% rally threshold, and the first half ended at new bull market highs. "
    "The current bull market is now at 268 calendar days and counting, with a gain of 23%. Bulls have historically outlasted bears: the average bull since 1928 has run over 1,000 days and gained 114%, "
    "while the average bear has lasted 286 days with an average decline of -35%, quite a bit more severe than the -25% decline in 2022. The first half was strong, with big moves in the S&P 500 (+15.9%) and the Nasdaq (+31.7%) "
    "driven by a handful of the largest companies, while the Dow Jones Industrial Average (+3.8%) and the small-cap Russell 2000 (+7.2%) lagged considerably. The top seven companies made up over 70% of the S&P 500's total return; "
    "without them the index would have been up only about 5%. As the second half begins, the S&P 500 is now just 8% below its all-time high from January 2022.",
    [
        C('SPX', 'bull_start_date', '2023-06-08', 'date', 'June 8th', "first_close_at_or_above('SPX',1.2*min_close('SPX','2022-01-01','2022-12-31'),'2022-10-12')", S, 'date matches', 'First close at least 20% above the 3,577.03 low: 4,293.93 on 2023-06-08 (+20.04%).', ref='2023-06-08'),
        C('SPX', 'highest_close_since_low', True, 'flag', 'new bull market highs', "argmax_close('SPX','2022-10-12','2023-06-30')", S, 'date matches', 'Highest close since 2022-10-12 as of the half: 4,450.38 on 2023-06-30.', ref='2023-06-30'),
        C('SPX', 'bull_age_days', 268, 'days', '268 calendar days', "days_between('2022-10-12','2023-07-07')", U, 'publication day not stated: unverifiable', 'The count fixes the writing date (268 days after 2022-10-12 is 2023-07-07) rather than being checkable against it.', ref='2023-07-07'),
        C('SPX', 'pct_change', 23, 'percent', 'gain of 23%', "pct('SPX','2022-10-12','2023-07-07')", S, INT, '3,577.03 -> 4,398.95 = +22.98% at 2023-07-07 (+24.42% at 2023-06-30).', ref='2023-07-07', window='2022-10-12..2023-07-07'),
        C('SPX', 'average_bull', 114, 'percent', '114%', None, U, 'statistic whose method is not stated: unverifiable', 'Bull/bear averages depend on the dating rule used.', ref='1928..2023'),
        C('SPX', 'average_bear', -35, 'percent', '-35%', None, U, 'statistic whose method is not stated: unverifiable', 'Bull/bear averages depend on the dating rule used.', ref='1928..2023'),
        C('SPX', 'drawdown', 25, 'percent', '-25% decline in 2022', "pct('SPX','2022-01-03','2022-10-12')", S, INT, '4,796.56 -> 3,577.03 = -25.43%.', ref='2022-10-12', window='2022-01-03..2022-10-12'),
        C('SPX', 'first_half_return', 15.9, 'percent', '(+15.9%)', "first_half_return('SPX',2023)", S, D1, '+15.91%.', ref='2023-06-30'),
        C('IXIC', 'first_half_return', 31.7, 'percent', '(+31.7%)', "first_half_return('IXIC',2023)", S, D1, '+31.73%.', ref='2023-06-30'),
        C('DJI', 'first_half_return', 3.8, 'percent', '(+3.8%)', "first_half_return('DJI',2023)", S, D1, '+3.80%.', ref='2023-06-30'),
        C('RUT', 'first_half_return', 7.2, 'percent', '(+7.2%)', "first_half_return('RUT',2023)", S, D1, '+7.24%.', ref='2023-06-30'),
        C('SPX_CONSTITUENTS', 'contribution_share', 70, 'percent', 'over 70%', None, U, NOFILE, 'Constituent returns are not in the files.', q='over', ref='2023-06-30'),
        C('SPX_CONSTITUENTS', 'return_ex_top7', 5, 'percent', 'about 5%', None, U, NOFILE, 'Constituent returns are not in the files.', q='about', ref='2023-06-30'),
        C('SPX', 'pct_from_ath', 8, 'percent', 'just 8% below', "pct_below_record('SPX','2023-07-07')", S, INT, '8.29% below 4,796.56 at 2023-07-07 (7.22% at the 2023-06-30 close, which would be imprecise).', ref='2023-07-07'),
        C('SPX', 'record_date', '2022-01', 'month', 'all-time high from January 2022', "record_close_upto('SPX','2023-07-07')[0]", S, 'date matches', 'Record close 4,796.56 on 2022-01-03.', ref='2022-01-03'),
    ])

# ---------------------------------------------------------------- 19
add('blackhawk_202501_2024_index_review', 'patch.com',
    'https://new-origin.patch.com/california/danville/2024-review-perspective-index-returns', 'Blackhawk Wealth Advisors (sponsored post on Patch)', '2025-01', 'medium',
    'Undated sponsored post reviewing calendar 2024 ("last year"); it treats the Santa Claus rally window, which ends on the second session of 2025 (2025-01-03), as over, so January 2025.',
    "2024 Review: Perspective on Index Returns (sponsored post by Blackhawk Wealth Advisors). The 2024 U.S. stock market was a year of records, mostly record-setting new highs. It seemed at times as if the S&P 500 made a new all-time "
    "closing high almost daily. Not quite, but the S&P 500 nearly set a market record for the most new record closing highs last year – 57. It climbed above 6,000 for the first time. Other record highlights were the Nasdaq index "
    "topping 20,000 and the Dow Jones surpassing 45,000. The Dow also nearly broke a less auspicious record: it declined 10 days in a row, which had not occurred since 1974. Another not-so-good record went to the Russell 2000, "
    "the small cap index: it fell the most in a single day in its history on December 18. The Santa Claus Rally, the last 5 trading days of a year and the first 2 of the new one, was spoiled by the Grinch this year, "
    "and the S&P 500 had a rough December as it lost 2.5%. Still, 2024 was a strong year that followed the bull run of 2023; in fact last year was only the 7th time since 1950 of back-to-back gains for the S&P 500 greater than 20%.",
    [
        C('SPX', 'count_record_closes', 57, 'count', 'last year – 57', "count_record_closes('SPX',2024)", S, INT, '57 record closes in 2024.', ref='2024-12-31'),
        C('SPX', 'near_record_count', True, 'flag', 'nearly set a market record', "max_record_closes_year('SPX',1928,2023)", X, 'wrong record',
          'The most record closes in a year in the file is 77 (1995); 57 is 20 short, 26% below the record, which is not "nearly".', ref='2024-12-31'),
        C('SPX', 'first_close_above', '2024-11-11', 'date', 'above 6,000 for the first time', "first_close_at_or_above('SPX',6000)", S, 'date in 2024', 'First close above 6,000: 6,001.35 on 2024-11-11.', ref='2024-11-11'),
        C('IXIC', 'first_close_above', '2024-12-11', 'date', 'topping 20,000', "first_close_at_or_above('IXIC',20000)", S, 'date in 2024', 'First close above 20,000 on 2024-12-11.', ref='2024-12-11'),
        C('DJI', 'first_close_above', '2024-12-04', 'date', 'surpassing 45,000', "first_close_at_or_above('DJI',45000)", S, 'date in 2024', 'First close above 45,000 on 2024-12-04.', ref='2024-12-04'),
        C('DJI', 'down_streak', 10, 'sessions', 'declined 10 days in a row', "down_streak('DJI','2024-12-18')", S, INT, 'Ten straight lower closes ending 2024-12-18.', ref='2024-12-18'),
        C('DJI', 'streak_since', 1974, 'year', 'since 1974', "max_down_streak('DJI','1992-01-02','2024-11-30')", U, NOFILE,
          'Needs 1974-1991 Dow history. Within the file (from 1992) the longest earlier losing streak is 8 sessions (ending 2001-09-21), so nothing contradicts the claim.', ref='2024-12-18'),
        C('RUT', 'worst_day_record', '2024-12-18', 'date', 'fell the most in a single day in its history', "worst_day_pct('RUT','2024-12-31')", X, 'wrong record',
          'On 2024-12-18 the RUT fell 4.39%; its worst day in the file is 2020-03-16 (-14.27%), and many earlier days were worse. In points (-102.57) it was not the largest either.', ref='2024-12-18'),
        C('SPX', 'santa_claus_rally', 'negative', 'direction', 'spoiled by the Grinch', "pct('SPX','2024-12-23','2025-01-03')", S, 'comparison holds', 'Close 2024-12-23 (5,974.07) -> 2025-01-03 (5,942.47): -0.53% over the last five sessions of 2024 and first two of 2025.', ref='2025-01-03', window='2024-12-23..2025-01-03'),
        C('SPX', 'month_return', -2.5, 'percent', 'lost 2.5%', "month_return('SPX',2024,12)", S, D1, 'December 2024: -2.50%.', ref='2024-12-31'),
        C('SPX', 'count_since', 7, 'count', '7th time since 1950', "back_to_back_20('SPX',1950,2024)", U, 'total-return figure where only a price index decides: unverifiable',
          'On price returns, years ending a back-to-back pair above 20% since 1950 are 1955, 1996, 1997, 1998 and 2024: 2024 is the 5th (3rd distinct streak). The figure may rest on total returns, which the files cannot give before 1993.', ref='2024-12-31'),
    ])


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('give the data directory as the first argument or in CAPSCOPE_DATA_DIR')
    R.DATA = data
    recipes, keys, problems = {}, [], []
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as fp:
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
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as fk:
        for k in keys:
            fk.write(json.dumps(k, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'recipes.json'), 'w') as fr:
        json.dump(recipes, fr, indent=1, ensure_ascii=False)
    for pr in problems:
        print('PROBLEM', pr)
    print('%d passages, %d claims, %d recipes' % (len(P), len(keys), len(recipes)))


if __name__ == '__main__':
    main()
