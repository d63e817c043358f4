"""Build passages.jsonl and key.jsonl of the heldout31a corpus.

Usage: python build_corpus.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
Computed values come from the RECIPES of reference.py (same directory); verdicts, rules
and notes below were set by hand from those values and the dev README's rules.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as ref  # noqa: E402

ref.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
if not ref.DATA:
    sys.exit('usage: python build_corpus.py PATH/TO/data')

S, I, C, U, F, N = 'supported', 'imprecise', 'contradicted', 'unverifiable', 'forecast', 'not_checkable'


def cl(tk, metric, value, unit, qual, ref_date, window, comp, basis, verdict, rule, note, anchor, detail=''):
    return dict(index_or_ticker=tk, metric=metric, value=value, unit=unit, qualifier=qual, ref_date=ref_date,
                window=window, comparison=comp, basis=basis, verdict=verdict, rule=rule, note=note,
                anchor=anchor, detail=detail)


PASSAGES = []


def P(pid, site, url, outlet, published, conf, pnote, text, claims):
    PASSAGES.append(dict(id=pid, source=dict(site=site, url=url, original_outlet=outlet), published=published,
                         published_confidence=conf, published_note=pnote, text=text, claims=claims))


# 1 ---------------------------------------------------------------------------------------
P(ref.P1, 'ir-impact.com', 'https://www.ir-impact.com/2016/11/us-small-caps-get-boost-after-trump-election/',
  'IR Impact (IR Magazine)', '2016-11-21', 'medium',
  'The URL gives only 2016/11. An 11-session winning streak with the index up 10% and the S&P 500 up 2% from the election-day close fits '
  'the close of Friday 2016-11-18 (streak 11, +10.08%, +1.98%) and no later day (the streak and the gain kept growing to Nov. 25); dated '
  'to the following Monday.',
  "US small caps get boost after Trump election. US small-cap companies have been the biggest winners since Donald Trump was elected "
  "US president. Since the election, the New York-based Russell 2000 Index of small-cap stocks has put together 11 straight sessions of "
  "gains, its longest winning streak since 2003. The index has risen 10 percent since election day and has clearly outperformed the "
  "S&P 500, which has climbed 2 percent. Hopes for a pro-business mix of a Trump presidency and a Republican Congress have lifted US "
  "stocks broadly, and some analysts think small stocks gain more because they are less exposed to a protectionist turn in trade. "
  "Shares of PTC Therapeutics, a New Jersey biopharmaceutical company, have risen 141 percent since November 8, and the small shipping "
  "company Scorpio Bulkers has seen a 50 percent boost since the election.",
  [cl('RUT', 'winning_streak', 11, 'sessions', None, '2016-11-18', None, None, 'close', S, 'streaks use daily closes',
      'Eleven straight gains Nov. 4 .. Nov. 18. Three of them (Nov. 4, 7, 8) came before the result, so "since the election" stretches the '
      'start; the length itself is right for Nov. 18 (it reached 15 by Nov. 25).', '11 straight sessions'),
   cl('RUT', 'longest_streak_since', '2003', 'year', None, '2016-11-18', None, None, 'close', S, 'longest since X',
      'The last earlier winning streak of at least 11 sessions ended 2003-06-05.', 'longest winning streak since 2003'),
   cl('RUT', 'return_since', 10, '%', None, '2016-11-18', '2016-11-08..2016-11-18', None, 'close', S, 'integer <= 0.5',
      'From the election-day close 1,195.14 to 1,315.64: +10.08%.', 'risen 10 percent since election day'),
   cl('SPX', 'return_since', 2, '%', None, '2016-11-18', '2016-11-08..2016-11-18', None, 'close', S, 'integer <= 0.5',
      '2,139.56 to 2,181.90: +1.98%.', 'climbed 2 percent'),
   cl('QUOTE_STOCK', 'return_since', 141, '%', None, '2016-11-18', '2016-11-08..', None, 'close', U, 'not in the files',
      'Single stocks are not in the files.', '141 percent'),
   cl('QUOTE_STOCK', 'return_since', 50, '%', None, '2016-11-18', 'since the election', None, 'close', U, 'not in the files',
      'Single stocks are not in the files.', '50 percent boost'),
   ])

# 2 ---------------------------------------------------------------------------------------
P(ref.P2, 'realclearmarkets.com', 'https://www.realclearmarkets.com/2011/07/04/surprise_you039re_richer_now_than_in_2007_115491.html',
  'MarketWatch (Mark Hulbert)', '2011-07-01', 'exact',
  'The repost (URL dated 2011-07-04) carries the MarketWatch stamp "July 1, 2011, 3:07 p.m. EDT"; "Thursday\'s close" is 2011-06-30 and '
  '"this past Wednesday" 2011-06-29.',
  "CHAPEL HILL, N.C. (MarketWatch) -- July 1, 2011. Forget the mid-year scorecards that tell us how stocks did over the last six months; "
  "the more important one shows where we stand against the Oct. 9, 2007, stock market high. The picture painted by the major averages "
  "is rather grim. As of Thursday's close, the Dow Jones Industrial Average is around 12% below its all-time high of 14,165, and the "
  "S&P 500 index is nearly 16% below its October 2007 high of 1,565. A far different picture emerges elsewhere: the majority of "
  "individual stocks are now above where they were in October 2007. If you invested in small- and mid-cap stocks, you are doing well. "
  "The major benchmarks represent the largest cap stocks, one of the poorest-performing sectors over the last several years. From the "
  "date of the all-time high through this past Wednesday, the Wilshire U.S. Large-Cap Index lost more than 8%. In contrast, Wilshire's "
  "U.S. Mid-Cap Index is more than 11% higher.",
  [cl('DJI', 'pct_from_ath', 12, '%', 'around', '2011-06-30', None, None, 'close', S, 'around: one unit of the last digit',
      'Close 12,414.34 against the record close 14,164.53 (2007-10-09): 12.36% below.', 'around 12% below'),
   cl('DJI', 'ath_level', 14165, 'points', None, '2011-06-30', None, None, 'close', S, 'integer <= 0.5',
      'Record close 14,164.53 rounds to 14,165.', '14,165'),
   cl('SPX', 'pct_from_ath', 16, '%', 'nearly', '2011-06-30', None, None, 'close', S, 'nearly: claim-1 <= true <= claim+0.5',
      'Close 1,320.64 against 1,565.15: 15.62% below.', 'nearly 16% below'),
   cl('SPX', 'ath_level', 1565, 'points', None, '2011-06-30', None, None, 'close', S, 'integer <= 0.5',
      'Record close 1,565.15 (2007-10-09).', '1,565'),
   cl('SPX', 'ath_date', '2007-10-09', 'date', None, '2011-06-30', None, None, 'close', S, 'records: every earlier close',
      'The S&P 500 and Dow record closes before mid-2011 are both on 2007-10-09.', 'Oct. 9, 2007'),
   cl('GENERIC', 'share_of_stocks_above_2007', 'majority', 'share', None, '2011-06-30', None, None, None, U, 'not in the files',
      'Individual stock prices are not in the files.', 'majority of individual stocks'),
   cl('WILSHIRE_LARGE', 'return_since', -8, '%', 'more than', '2011-06-29', '2007-10-09..2011-06-29', None, 'close', U, 'series not in the files',
      'Wilshire indexes are not in the files. For context the S&P 500 fell 16.47% and the Russell 2000 3.05% over the same window (price).',
      'lost more than 8%'),
   cl('WILSHIRE_MID', 'return_since', 11, '%', 'more than', '2011-06-29', '2007-10-09..2011-06-29', None, 'close', U, 'series not in the files',
      'Wilshire U.S. Mid-Cap is not in the files.', 'more than 11% higher'),
   ])

# 3 ---------------------------------------------------------------------------------------
P(ref.P3, 'hedgefundalpha.com', 'https://hedgefundalpha.com/stock-analysis/russell-2000-long-term-channel-analysis',
  'Hedge Fund Alpha (quoting a Citi research note)', '2014-01-27', 'medium',
  'No date on the page. The quoted YTD figures match only the close of Friday 2014-01-24 (RUT -1.68%, S&P 500 -3.14%), the end of the '
  'January 2014 emerging-market rout; the piece is dated to the following Monday.',
  "The global rout in equities took its toll on US small and midcap stocks too. \"With Friday action, all indexes are now negative on "
  "the year, but with the Russell 2000 maintaining a relative performance lead at -1.7% YTD vs. the Russell Midcap at -2.3% YTD and "
  "S&P 500 at -3.1%,\" Citi analysts Scott T Chronert and Louis L Odette write in their note \"SMID Cap 'Rap' - Testing the Channel.\" "
  "In a technical reading, they note that the Russell 2000 has moved up inside a bullish channel in place since November 2012.",
  [cl('RUT', 'ytd', -1.7, '%', None, '2014-01-24', 'YTD', None, 'close', S, 'unhedged 1 decimal', 'RUT 2014 YTD at 2014-01-24: -1.68%.',
      '-1.7% YTD'),
   cl('RUSSELL_MIDCAP', 'ytd', -2.3, '%', None, '2014-01-24', 'YTD', None, 'close', U, 'series not in the files',
      'Russell Midcap is not in the files.', '-2.3% YTD'),
   cl('SPX', 'ytd', -3.1, '%', None, '2014-01-24', 'YTD', None, 'close', S, 'unhedged 1 decimal', 'S&P 500 2014 YTD at 2014-01-24: -3.14%.',
      '-3.1%'),
   cl('RUT, SPX, DJI, IXIC', 'ytd_sign', 'all negative; RUT leads', 'flag', None, '2014-01-24', 'YTD', 'RUT > SPX', 'close', S,
      'ordering', 'YTD at 2014-01-24: RUT -1.68, S&P 500 -3.14, Dow -4.21, Nasdaq -1.16: all negative, and RUT ahead of the S&P 500 '
      '(the Nasdaq, not quoted, was a little better still).', 'all indexes are now negative on the year'),
   cl('QUOTE', 'technical_channel', 'since November 2012', None, None, '2014-01-24', None, None, None, N, 'quoted opinion',
      'A chart reading of a trend channel; not a market figure.', 'bullish channel'),
   ])

# 4 ---------------------------------------------------------------------------------------
P(ref.P4, 'federatedinvestors.com', 'http://www.federatedinvestors.com/FII/marketcommentary/detail.do?cid=112481&link=ehome',
  'Federated Investors (market commentary)', '2014-07-10', 'exact', 'Dated 07-10-2014 on the page; figures are "through July 9".',
  "Small Cap Value: A good story now could be a better story later (07-10-2014). Small-cap value stocks haven't been the greatest place "
  "to be over the past year: they trailed larger-cap stocks for much of it and struggled to keep up with small-cap growth. That has "
  "changed for the better in the past few months. Through July 9, small-cap value stocks as measured by the Russell 2000 Value Index "
  "were up 3% year-to-date. That still trails the S&P 500, which was up 6.7% the same period, but it has pushed the category well ahead "
  "of small-cap growth stocks, with the Russell 2000 Growth Index up only 0.1% over the same period. I expect small-cap value will "
  "widen this performance gap over small-cap growth the remainder of the year, and potentially outperform the larger-cap S&P as well. "
  "According to Fama-French data, since 1928 through 2013, small-cap value has returned 18.9% per year on average, easily outpacing "
  "large-cap stocks and small-cap growth.",
  [cl('RUT_VALUE', 'ytd', 3, '%', None, '2014-07-09', 'YTD', None, 'close', U, 'series not in the files',
      'Russell 2000 Value is not in the files (the Russell 2000 itself was +0.87% YTD, price).', 'up 3% year-to-date'),
   cl('SPX', 'ytd', 6.7, '%', None, '2014-07-09', 'YTD', None, 'close', S, 'unhedged 1 decimal',
      'S&P 500 price YTD at 2014-07-09: +6.73%. The total-return reading (SPY adj_close +7.71%) does not fit; the figure is a price return.',
      'up 6.7%'),
   cl('RUT_GROWTH', 'ytd', 0.1, '%', 'only', '2014-07-09', 'YTD', None, 'close', U, 'series not in the files',
      'Russell 2000 Growth is not in the files.', 'up only 0.1%'),
   cl('RUT_VALUE', 'outlook', 'widen gap / outperform S&P', None, None, '2014-07-10', 'rest of 2014', None, None, F, 'projection',
      'An expectation for the rest of the year; not judged.', 'will widen this performance gap'),
   cl('FF_SMALL_VALUE', 'annual_avg_return', 18.9, '%', None, '2013-12-31', '1928..2013', None, 'total return', U, 'series not in the files',
      'The files hold the Fama-French factors and size portfolios, not the small-value (size x book-to-market) portfolio.',
      '18.9% per year'),
   ])

# 5 ---------------------------------------------------------------------------------------
P(ref.P5, 'gurufocus.com', 'https://www.gurufocus.com/news/281563/royce-funds-commentary--3q14-market-smallcaps-at-a-relative-disadvantage',
  'Royce Funds (Jack Fockler)', '2014-10-02', 'exact', 'Dated Oct 02, 2014 on the page; the quarter is 3Q14 (2014-07-01..2014-09-30).',
  "Royce Funds Commentary - 3Q14 Market: Small-Caps at a Relative Disadvantage. Despite a strong August, small-caps could not overcome "
  "a difficult July and an equally trying September, ending their streak of positive quarterly performance, which lasted eight "
  "consecutive quarters. It was the worst quarter for small-caps, as represented by the Russell 2000, since 9/30/11. Small-caps also "
  "fell behind their large-cap counterparts for the second consecutive quarter, their worst relative quarterly performance since "
  "3/31/99. The small-cap Russell 2000 Index was off 7.4% versus gains of 1.1% and 0.7% for the large-cap S&P 500 and Russell 1000 "
  "Indexes, respectively, for the third quarter. The tech-oriented Nasdaq Composite was up 1.9% for the same period. Year-to-date "
  "through 9/30/14, large-caps kept and built on their 2014 advantage, with the S&P 500 and Russell 1000 up 8.3% and 8.0%, "
  "respectively, versus a loss of 4.4% for the Russell 2000. The Nasdaq Composite gained 7.6% for the same period. Poor relative "
  "performance aside, the Russell 2000 still managed to establish a new high during the quarter, as did both the S&P 500 and Russell "
  "1000. Trailing three- and five-year average annual total returns ended 9/30/14 exceeded 14% in each period for each index.",
  [cl('RUT', 'positive_quarter_streak', 8, 'quarters', None, '2014-06-30', '2012Q3..2014Q2', None, 'close', S, 'counts use closes',
      'Price returns 2012Q3..2014Q2: +4.88, +1.42, +12.03, +2.73, +9.85, +8.37, +0.81, +1.70 (2012Q2 was -3.83): eight.',
      'eight consecutive quarters'),
   cl('RUT', 'worst_quarter_since', '2011-09-30', 'date', None, '2014-09-30', '2014Q3', None, 'close', S, 'worst since X',
      '2014Q3 price return -7.65%; the last quarter at least as bad is 2011Q3 (-22.15%).', 'since 9/30/11'),
   cl('RUT', 'relative_underperformance_streak', 2, 'quarters', None, '2014-09-30', None, 'vs large caps (S&P 500)', 'close', C,
      'counts use closes', 'RUT trailed the S&P 500 in 2013Q4 (-1.55 pp), 2014Q1 (-0.49), 2014Q2 (-3.00) and 2014Q3 (-8.27): the fourth '
      'consecutive quarter, not the second (price basis; the total-return proxies IWM/SPY give the same ordering, and the Russell 1000 '
      'is not in the files).', 'for the second consecutive quarter'),
   cl('RUT', 'worst_relative_quarter_since', '1999-03-31', 'date', None, '2014-09-30', '2014Q3', 'vs S&P 500', 'close', S, 'worst since X',
      'RUT minus S&P 500, price: 2014Q3 -8.27 pp; the last quarter at least as bad is 1999Q1 (-10.41 pp); 2011Q3 was -7.82. The text\'s '
      'large-cap yardstick may be the Russell 1000 (not in the files); the S&P 500 decides here.', 'since 3/31/99'),
   cl('RUT', 'quarter_return', -7.4, '%', None, '2014-09-30', '2014Q3', None, 'total return', U, 'total return vs price index',
      'Royce quotes total returns (the passage says so for the trailing figures). Price return -7.65%; IWM adj_close -7.36% fits -7.4. '
      'Only the price index is in the files.', 'off 7.4%'),
   cl('SPX', 'quarter_return', 1.1, '%', None, '2014-09-30', '2014Q3', None, 'total return', U, 'total return vs price index',
      'Price return +0.62%; SPY adj_close +1.13% fits 1.1: a total-return figure.', 'gains of 1.1%'),
   cl('RUSSELL_1000', 'quarter_return', 0.7, '%', None, '2014-09-30', '2014Q3', None, 'total return', U, 'series not in the files',
      'Russell 1000 is not in the files.', '0.7% for the large-cap'),
   cl('IXIC', 'quarter_return', 1.9, '%', None, '2014-09-30', '2014Q3', None, 'close', S, 'unhedged 1 decimal',
      'Nasdaq Composite price return +1.93%: the Nasdaq figure is on a price basis.', 'up 1.9%'),
   cl('SPX', 'ytd', 8.3, '%', None, '2014-09-30', 'YTD', None, 'total return', U, 'total return vs price index',
      'Price YTD +6.70%; SPY adj_close +8.16%: total-return figure.', 'up 8.3%'),
   cl('RUSSELL_1000', 'ytd', 8.0, '%', None, '2014-09-30', 'YTD', None, 'total return', U, 'series not in the files',
      'Russell 1000 is not in the files.', '8.0%, respectively'),
   cl('RUT', 'ytd', -4.4, '%', None, '2014-09-30', 'YTD', None, 'total return', U, 'total return vs price index',
      'Price YTD -5.32%; IWM adj_close -4.34% fits -4.4: total-return figure.', 'a loss of 4.4%'),
   cl('IXIC', 'ytd', 7.6, '%', None, '2014-09-30', 'YTD', None, 'close', S, 'unhedged 1 decimal', 'Nasdaq price YTD +7.59%.', 'gained 7.6%'),
   cl('RUT', 'new_high_in_quarter', True, 'flag', None, '2014-09-30', '2014Q3', None, 'intraday high', S, 'records: intraday',
      'Intraday high 1,213.55 on 2014-07-01 tops the earlier intraday record 1,212.82 (2014-03-04). On a closing basis there was no record: '
      'the quarter\'s best close 1,208.15 (07-03) stays under 1,208.65 (03-04). "New high" is read as the intraday record; the note flags the trap.',
      'still managed to establish a new high'),
   cl('SPX', 'new_high_in_quarter', True, 'flag', None, '2014-09-30', '2014Q3', None, 'close', S, 'records: every earlier close',
      'Best close 2,011.36 in 3Q14 above the earlier record 1,962.87.', 'as did both the S&P 500'),
   cl('RUSSELL_1000', 'new_high_in_quarter', True, 'flag', None, '2014-09-30', '2014Q3', None, None, U, 'series not in the files',
      'Russell 1000 is not in the files.', 'and Russell 1000. Trailing'),
   cl('RUT, SPX, RUSSELL_1000', 'trailing_annualized_return', 14, '%', 'more than', '2014-09-30', '3y and 5y', None, 'total return', U,
      'total return vs price index', 'Average annual total returns; only price indexes are in the files (and no Russell 1000).',
      'exceeded 14%'),
   ])

# 6 ---------------------------------------------------------------------------------------
P(ref.P6, 'cc.com.mt', 'https://www.cc.com.mt/risk-goes-uncompensated-as-small-caps-trail-sp-500-index/',
  'Bloomberg News (syndicated)', '2014-10-13', 'medium',
  'Undated repost of a Bloomberg story. "Last week" is the week ending Friday 2014-10-10 (RUT -4.65%), the IMF growth-forecast cut was on '
  '2014-10-07 and the Fed officials spoke "over the weekend" of Oct. 11-12, so the piece is from Monday 2014-10-13; figures are keyed to '
  'the 2014-10-10 close (the note gives Oct. 13 where it matters).',
  "In the boom-and-bust world of small-cap stocks, this has been the bust part. The Russell 2000 Index, once the bull market's star, "
  "has seen its shine dim amid a three-month decline. The gauge, down 13 percent since early July, has fallen for six weeks, the "
  "longest slump since 2005. It's up 68 percent since the end of 2009, versus a 71 percent gain in the S&P 500. Not since the bursting "
  "of the dot-com bubble have small-cap shares trailed their larger counterparts over a comparable stretch. The Russell 2000 lost "
  "4.7 percent last week, amid a global selloff after the International Monetary Fund cut its forecast for worldwide growth. "
  "Speculation that six years of near-zero interest rates would restore the economy sent small-caps up 250 percent in the five years "
  "since March 2009, compared with 178 percent for the S&P 500. Now small stocks are leading declines amid concern that slowing growth "
  "overseas will brake the U.S. economy.",
  [cl('RUT', 'decline_duration', 'three months', 'duration', None, '2014-10-10', None, None, 'close', S, 'windows run close to close',
      'Peak close 1,208.15 on 2014-07-03; 99 days to 2014-10-10: about three months.', 'three-month decline'),
   cl('RUT', 'return_since', -13, '%', None, '2014-10-10', 'early July..2014-10-10', None, 'close', S, 'integer <= 0.5',
      'From the 2014-07-03 close 1,208.15 to 1,053.32: -12.82% (from the 07-01 close: -12.66%; to the Oct. 13 close 1,049.30: -13.15%).',
      'down 13 percent since early July'),
   cl('RUT', 'weekly_losing_streak', 6, 'weeks', None, '2014-10-10', None, None, 'close', S, 'Friday to Friday',
      'Weeks ending Sep. 5 .. Oct. 10: -0.36, -0.81, -1.18, -2.41, -1.30, -4.65: six straight declines.', 'fallen for six weeks'),
   cl('RUT', 'longest_streak_since', '2005', 'year', None, '2014-10-10', None, None, 'close', S, 'longest since X',
      'The last weekly losing streak of at least six weeks before this one ended 2005-04-15.', 'longest slump since 2005'),
   cl('RUT', 'return_since', 68, '%', None, '2014-10-10', '2009-12-31..2014-10-10', None, 'close', S, 'integer <= 0.5',
      '625.39 to 1,053.32: +68.43%.', 'up 68 percent since the end of 2009'),
   cl('SPX', 'return_since', 71, '%', None, '2014-10-10', '2009-12-31..2014-10-10', None, 'close', S, 'integer <= 0.5',
      '1,115.10 to 1,906.13: +70.94%.', '71 percent gain'),
   cl('RUT', 'relative_underperformance_since', 'dot-com bubble', None, None, '2014-10-10', 'unstated', 'vs large caps', None, U,
      'unstated window', 'The "comparable stretch" is not defined, so the comparison cannot be rebuilt.', 'Not since the bursting'),
   cl('RUT', 'week_return', -4.7, '%', None, '2014-10-10', 'week', None, 'close', S, 'unhedged 1 decimal',
      'Week ending 2014-10-10: -4.65%.', 'lost 4.7 percent last week'),
   cl('RUT', 'return_since', 250, '%', None, '2014-10-10', '2009-03-09..2014-10-10', None, 'close', C, '% figures: > 20% off',
      'From the 2009-03-09 low close 343.26: +206.86% (Oct. 13: +205.7%; at the July 2014 peak it was about +252%, the figure seems to be '
      'a stale peak-time number). Off by 43 pp, more than 20% of the true value.', 'up 250 percent'),
   cl('SPX', 'return_since', 178, '%', None, '2014-10-10', '2009-03-09..2014-10-10', None, 'close', I, '% figures: within 20%',
      'From the 2009-03-09 close 676.53: +181.75% (to the Oct. 13 close 1,874.74: +177.11%). 3.75 pp off on the Oct. 10 basis.',
      '178 percent'),
   ])

# 7 ---------------------------------------------------------------------------------------
P(ref.P7, 'riceoweek.com', 'https://riceoweek.com/entertainment/small-caps-underperform-in-october-amp-materials-crater-on-tuesday.html',
  'market newsletter (author not named on the repost)', '2018-10-09', 'high',
  'Undated repost. Tuesday with the S&P 500 -0.14% in a fourth straight loss and the Russell 2000 -0.47%, 6.8% below its Aug. 31 record, '
  'is 2018-10-09 (PPG fell that day after Monday-evening guidance).',
  "Small Caps Continue Downtrend - Flat Market. The S&P 500 fell 0.14%, which puts it in a 4-day losing streak. The S&P 500 is near "
  "its record high; its outperformance of small caps is more notable than this mini losing streak. The Russell 2000 was down 0.47% on "
  "Tuesday. It's down 6.8% from its record high on August 31st. The S&P 1500 is down 1.38% this month, but the average stock is down "
  "2.75%. The median stock in the S&P 600 is 17% off its 52 week high. Any way you slice the data, small caps have been doing poorly "
  "lately. The two worst sectors on Tuesday were materials and industrials, which fell 3.4% and 1.51%.",
  [cl('SPX', 'pct_change', -0.14, '%', None, '2018-10-09', '1d', None, 'close', S, 'unhedged 2 decimals', '-0.1396% (2,884.43 to 2,880.34).',
      'fell 0.14%'),
   cl('SPX', 'losing_streak', 4, 'sessions', None, '2018-10-09', None, None, 'close', S, 'streaks use daily closes',
      'Down Oct. 4, 5, 8 and 9.', '4-day losing streak'),
   cl('SPX', 'near_record', 'near', None, None, '2018-10-09', None, None, 'close', S, 'qualitative',
      '1.72% below the 2018-09-20 record close 2,930.75.', 'near its record high'),
   cl('RUT', 'pct_change', -0.47, '%', None, '2018-10-09', '1d', None, 'close', S, 'unhedged 2 decimals', '-0.4705%.',
      'down 0.47% on'),
   cl('RUT', 'pct_from_ath', 6.8, '%', None, '2018-10-09', None, None, 'close', S, 'unhedged 1 decimal',
      '1,621.87 against the record close 1,740.75: 6.83% below.', 'down 6.8% from'),
   cl('RUT', 'ath_date', '2018-08-31', 'date', None, '2018-10-09', None, None, 'close', S, 'records: every earlier close',
      'Record close 1,740.75 on 2018-08-31.', 'August 31st'),
   cl('SP1500', 'mtd', -1.38, '%', None, '2018-10-09', 'MTD', None, 'close', U, 'series not in the files',
      'S&P 1500 is not in the files (the S&P 500 was -1.15% MTD).', 'down 1.38% this month'),
   cl('GENERIC', 'average_stock_mtd', -2.75, '%', None, '2018-10-09', 'MTD', None, None, U, 'not in the files',
      'Constituent returns are not in the files.', 'down 2.75%'),
   cl('SP600', 'median_pct_from_52w_high', 17, '%', None, '2018-10-09', '52 weeks', None, None, U, 'not in the files',
      'Constituent data for the S&P 600 are not in the files.', '17% off'),
   cl('SPX_MATERIALS, SPX_INDUSTRIALS', 'pct_change', '-3.4 / -1.51', '%', None, '2018-10-09', '1d', None, 'close', U,
      'series not in the files', 'Sector indexes are not in the files; XLB/XLI adj_close are proxies only and never decide.',
      'fell 3.4% and 1.51%'),
   ])

# 8 ---------------------------------------------------------------------------------------
P(ref.P8, 'mynutzandboltz.blogspot.com', 'https://mynutzandboltz.blogspot.com/2018/12/8are-not-hibernating-this-winter.html',
  'Morning Brew (newsletter, reposted on a blog)', '2018-12-18', 'exact',
  'Blog post dated Tuesday, December 18, 2018, reposting Morning Brew of Dec 18; "yesterday" is Monday 2018-12-17.',
  "Bears Are Not Hibernating This Winter (Morning Brew, Dec 18). They are very much awake in small cap stocks, which fell into bear "
  "market territory yesterday to continue a brutal sell-off. The Russell 2000 index slumped to its lowest level since August 2017 in "
  "morning trading before dropping 2.3% yesterday. That brought the index's freefall to more than 20% from an August high, or bear "
  "market territory. The Russell 2000 measures the performance of small cap stocks, usually those with a market value of less than "
  "$5 billion. Small caps had been outperforming the broader market this year. When the Russell 2000 hit its high on Aug. 31, it was up "
  "14.3% year-to-date, while the S&P 500 was only up 9.9%. But after scoring double-digit gains in 2016 and 2017, the Russell 2000 is "
  "down 10% this year. That puts it on track for the worst annual drop since '08. The Russell 2000 fell into a bear market in January "
  "2016, too. It bottomed out in March of that year, but no recession followed.",
  [cl('RUT', 'lowest_since', '2017-08', 'month', None, '2018-12-17', None, None, 'intraday low (morning trading)', S, 'lowest since X',
      'Session low 1,372.73; the last earlier intraday low at or below it is 2017-08-29. The close (1,378.14) was also the lowest since '
      '2017-08-25. A session extreme, so the mid-session wording is checkable.', 'lowest level since August 2017'),
   cl('RUT', 'pct_change', -2.3, '%', None, '2018-12-17', '1d', None, 'close', S, 'unhedged 1 decimal', '-2.316%.', 'dropping 2.3%'),
   cl('RUT', 'drawdown', 20, '%', 'more than', '2018-12-17', None, None, 'close', S, 'more than: true > claim',
      '1,378.14 against the 2018-08-31 record close 1,740.75: 20.83% below.', 'more than 20% from an August high'),
   cl('GENERIC', 'definition', 'less than $5 billion', None, None, None, None, None, None, N, 'generic statement',
      'A description of the index membership.', 'less than $5 billion'),
   cl('RUT', 'ytd', 14.3, '%', None, '2018-08-31', 'YTD', None, 'total return', U, 'total return vs price index',
      'Price YTD at 2018-08-31: +13.37%; IWM adj_close +14.16% is close to 14.3: a total-return figure.', 'up 14.3% year-to-date'),
   cl('SPX', 'ytd', 9.9, '%', None, '2018-08-31', 'YTD', None, 'total return', U, 'total return vs price index',
      'Price YTD +8.52%; SPY adj_close +9.71%: a total-return figure.', 'only up 9.9%'),
   cl('RUT', 'annual_return', 'double-digit in 2016 and 2017', '%', None, '2017-12-29', '2016, 2017', None, 'close', S, 'threshold',
      'Price returns: 2016 +19.48%, 2017 +13.14%.', 'double-digit gains in 2016 and 2017'),
   cl('RUT', 'ytd', -10, '%', None, '2018-12-17', 'YTD', None, 'close', S, 'integer <= 0.5', 'Price YTD at 2018-12-17: -10.25%.',
      'down 10% this year'),
   cl('RUT', 'on_track_worst_year_since', 2008, 'year', 'on track', '2018-12-17', None, None, None, N, 'on pace / on track',
      'A pace statement. For the record, 2018 ended -12.18%, the worst since 2008 (-34.80%).', "worst annual drop since '08"),
   cl('RUT', 'bear_market_month', '2016-01', 'month', None, '2016-01-13', None, None, 'close', S, 'bear: 20% below the peak close',
      'Peak close 1,295.80 (2015-06-23); first close 20% below it on 2016-01-13.', 'bear market in January'),
   cl('RUT', 'bottom_month', '2016-03', 'month', None, '2016-02-11', None, None, 'close', C, 'wrong date',
      'The 2016 low was 953.72 on 2016-02-11 (intraday 943.10 the same day); March 2016 never went below 1,054.49.',
      'bottomed out in March'),
   ])

# 9 ---------------------------------------------------------------------------------------
P(ref.P9, 'marketwatchus.wsj.akadns.net', 'http://marketwatchus.wsj.akadns.net/story/small-cap-stocks-are-badly-lagging-the-sp-500-should-you-be-worried-2019-08-12',
  'MarketWatch (Mark Hulbert)', '2019-08-12', 'exact', 'Stamped Aug. 12, 2019, 5:29 p.m. EDT; the claims are about windows ending 2019-07-26, 2007-10-09 and 2000-03-24.',
  "Small-cap stocks are badly lagging the S&P 500 - is that a warning sign? CHAPEL HILL, N.C. - Small-cap stocks have been lagging the "
  "market in recent months. The S&P 500 index has been one of the strongest market averages: over the three months leading up to its "
  "July 26 all-time high, it gained 3.4%, assuming dividends were reinvested. Over the same three months, the Russell 2000 index lost "
  "0.8% and the iShares Micro-Cap ETF lost 3.4%. Ahead of some major market tops in the past, small caps significantly lagged the "
  "large caps, as at the October 2007 bull-market high. But at other bull-market highs the small-cap sectors were leading, as at the "
  "top of the internet bubble: over the three months prior to the March 24, 2000, bull market high, the Russell 2000 index gained "
  "19.0%, versus \"just\" 5.1% for the S&P 500.",
  [cl('SPX', 'ath_date', '2019-07-26', 'date', None, '2019-07-26', None, None, 'close', S, 'records: every earlier close',
      'Record close 3,025.86 on 2019-07-26, still the record on 2019-08-09.', 'July 26 all-time high'),
   cl('SPX', 'return_3m', 3.4, '%', None, '2019-07-26', '2019-04-26..2019-07-26', None, 'total return', U, 'total return vs price index',
      'Stated as dividends reinvested. Price +2.92%; SPY adj_close +3.43%.', 'it gained 3.4%'),
   cl('RUT', 'return_3m', -0.8, '%', None, '2019-07-26', '2019-04-26..2019-07-26', None, 'total return', U, 'total return vs price index',
      'Same basis as the S&P figure (total return). Price -0.69%, IWM adj_close -0.33%: neither reproduces -0.8, so the figure is doubtful, '
      'but the total-return index is not in the files. On the price basis it would be imprecise.', 'lost 0.8%'),
   cl('IWC', 'return_3m', -3.4, '%', None, '2019-07-26', '2019-04-26..2019-07-26', None, 'total return', U, 'series not in the files',
      'IWC is not in the files.', 'Micro-Cap ETF lost 3.4%'),
   cl('RUT', 'relative_3m_before_top', 'lagged', None, None, '2007-10-09', '2007-07-09..2007-10-09', 'vs S&P 500', 'close', S, 'ordering',
      'Three months to the 2007-10-09 S&P 500 high: RUT -0.88%, S&P 500 +2.17%.', 'significantly lagged'),
   cl('SPX', 'bull_market_high_date', '2000-03-24', 'date', None, '2000-03-24', None, None, 'close', S, 'records: every earlier close',
      'The S&P 500 record close of the 1990s bull market was 1,527.46 on 2000-03-24.', 'March 24, 2000'),
   cl('RUT', 'return_3m', 19.0, '%', None, '2000-03-24', '1999-12-24..2000-03-24', None, 'close', S, 'unhedged 1 decimal',
      'Price +18.98%.', 'gained 19.0%'),
   cl('SPX', 'return_3m', 5.1, '%', None, '2000-03-24', '1999-12-24..2000-03-24', None, 'total return', U, 'total return vs price index',
      'Price +4.74%; SPY adj_close +5.10% fits: a total-return figure like the 2019 one.', '5.1% for the S&P 500'),
   ])

# 10 --------------------------------------------------------------------------------------
P(ref.P10, 'realmoney.thestreet.com', 'https://realmoney.thestreet.com/investing/stocks/let-s-look-at-the-russell-s-rut-15116716',
  'TheStreet Real Money', '2019-10-07', 'medium',
  'No date in the excerpt. "Closed at 1500 on Friday" fits only Friday 2019-10-04 (1,500.70) among autumn-2019 Fridays; dated to the '
  'following Monday.',
  "Let's Look at the Russell's RUT. On a longer-term chart of the Russell 2000, we all know that it peaked in the fall of 2018 and has "
  "never come close to regaining that level. The reasons I hear: it's late cycle, they are drowning in debt, they are loaded with "
  "financials. This small cap index closed at 1500 on Friday. It was 1500 in October of 2017. That's two years of nothing. In those "
  "two years the Russell did see a rally of about 15%. With the exception of the summer rally in 2018 -- from 1550 to 1750 -- and the "
  "fall decline from 1750 to almost 1250, this index has been in a trading range. Against the S&P 500, since the middle of 2018 it has "
  "been a one way street in favor of the large caps.",
  [cl('RUT', 'peak_date', 'fall 2018', 'season', None, '2019-10-04', None, None, 'close', I, 'date just outside the stated period',
      'Record close 1,740.75 and intraday record 1,742.09 are both on 2018-08-31, the last day of summer; the fall-2018 highs were lower. '
      'Kept as imprecise (one session off the stated season) rather than contradicted.', 'peaked in the fall of 2018'),
   cl('RUT', 'pct_from_ath', 'never close', None, None, '2019-10-04', None, None, 'close', S, 'qualitative',
      '1,500.70 is 13.79% under the record close; after the autumn-2018 slide the best close (1,614.98 on 2019-05-06) stayed 7.2% under it (early September 2018 closes were still within 0.5%).',
      'never come close to regaining'),
   cl('RUT', 'close', 1500, 'points', None, '2019-10-04', None, None, 'close', I, 'truncated figure',
      'Close 1,500.70: an unhedged whole number off by 0.70 (> 0.5), truncated.', 'closed at 1500 on Friday'),
   cl('RUT', 'level_in_month', 1500, 'points', None, '2017-10', '2017-10', None, 'close', S, 'level inside the month range',
      'October 2017 closes ranged 1,490.90 to 1,512.09.', 'It was 1500 in October of 2017'),
   cl('RUT', 'rally_pct', 15, '%', 'about', None, 'unstated', None, 'close', U, 'unstated window',
      'Which rally within the two years is meant is not stated.', 'rally of about 15%'),
   cl('RUT', 'rally_start_level', 1550, 'points', None, '2018', 'summer 2018', None, 'close', U, 'unstated window',
      'The start of the "summer rally" is not dated; RUT was near 1,550 in early May 2018 and above 1,640 all of June-August.',
      'from 1550 to 1750'),
   cl('RUT', 'peak_level', 1750, 'points', None, '2018-08-31', 'summer 2018', None, 'close', I, 'index level within 1%',
      'Peak close 1,740.75 (intraday 1,742.09): 0.53% under 1,750.', '1750 --'),
   cl('RUT', 'decline_low_level', 1250, 'points', 'almost', '2018-12-24', 'fall 2018', None, 'close', I, 'nearly/almost window, just outside',
      'Low close 1,266.92 (2018-12-24; intraday low the same). "Almost 1,250" with the 2% unit allows 1,225..1,262.5; the low is 4.4 points '
      '(0.35%) above that window: just outside, imprecise.', 'almost 1250'),
   cl('RUT', 'relative_since', 'one way in favor of large caps', None, None, '2019-10-04', '2018-06-29..2019-10-04', 'vs S&P 500', 'close', S,
      'ordering', 'RUT -8.66% against S&P 500 +8.59% from the 2018-06-29 close.', 'one way street'),
   ])

# 11 --------------------------------------------------------------------------------------
P(ref.P11, 'sentimentrader.com', 'https://sentimentrader.com/blog/small-caps-cant-keep-up-with-sps-torrid-pace/',
  'SentimenTrader (Jason Goepfert)', '2021-07-26', 'exact', 'Dated 2021-07-26 on the page; "to end the week" is Friday 2021-07-23, "Monday" 2021-07-19.',
  "Small Caps Can't Keep Up with S&P's Torrid Pace. Jason Goepfert, 2021-07-26. The S&P 500 managed to close at yet another record high "
  "to end the week, but it's been more than 90 days since the small-cap Russell 2000 has done so. It was a persistent rally for the S&P "
  "500 in the first half of 2021; after a blip on Monday, the index is right back to a record high. For smaller stocks it has been much "
  "more of a struggle. Looking for times when the S&P set a new high with the Russell not having done so for at least 90 days, it was "
  "not a bad sign: over the next six months, the S&P showed a positive return after 20 out of 21 signals.",
  [cl('SPX', 'record_close', True, 'flag', None, '2021-07-23', None, None, 'close', S, 'records: every earlier close',
      'Close 4,411.79 above the earlier record 4,384.63.', 'close at yet another record high'),
   cl('RUT', 'days_since_record', 90, 'days', 'more than', '2021-07-23', None, None, 'close', S, 'more than: true > claim',
      'Last record close 2,360.17 on 2021-03-15: 91 sessions and 130 calendar days before 2021-07-23; more than 90 either way.',
      'more than 90 days'),
   cl('SPX', 'pct_change', 'blip (down)', None, None, '2021-07-19', '1d', None, 'close', S, 'qualitative',
      'Monday 2021-07-19: -1.59%, recovered by the Friday record.', 'a blip on Monday'),
   cl('STUDY', 'signal_hit_rate', '20 of 21', 'count', None, None, None, None, None, U, 'not reconstructible',
      'The signal list and its dates are not given; the count cannot be rebuilt unambiguously.', '20 out of 21 signals'),
   ])

# 12 --------------------------------------------------------------------------------------
P(ref.P12, 'wealthyretirement.com', 'https://wealthyretirement.com/?p=29008',
  'Wealthy Retirement (investment newsletter)', '2022-06', 'medium',
  'No date on the page. "From the beginning of 2022 to mid-June" and "poised to be the worst first half" place it in the second half of '
  'June 2022, before the half ended.',
  "Small cap stocks have taken a beating in 2022: what is poised to be the worst first half of the year in the history of the Russell 2000 "
  "Index. From the beginning of 2022 to mid-June, this key benchmark was down a nasty 26.32%. Prior to 2022, the single biggest "
  "first-half decline in the Russell 2000 happened in 2020, when the index dropped 13%. This year's 26%-plus decline is more than twice "
  "that previous record. Before 2020, the next-worst first-half decline happened in 1982, when the Russell 2000 dropped 11%. After those "
  "declines small caps rebounded: in 1982 the Russell 2000 rebounded by 40% in the second half of the year, and in 2020 the index "
  "rebounded by 38% in the second half. I made my last small-cap call in the spring of 2020, when the Russell 2000 had just experienced "
  "its single worst first quarter ever. The five-year annualized return from the Russell 2000 was negative 0.2% at the time: from "
  "March 2015 to March 2020, small cap stocks did not generate a return for investors.",
  [cl('RUT', 'on_pace_worst_first_half', 'worst ever', None, 'poised', '2022-06-30', '2022H1', None, 'close', N, 'on pace / on track',
      'A pace statement. For the record, 2022H1 ended -23.93% (price), the worst first half in the file (since 1988).',
      'poised to be the worst first half'),
   cl('RUT', 'ytd', -26.32, '%', None, '2022-06-16', 'YTD to mid-June', None, 'close', U, 'unstated session',
      '"Mid-June" is not one session: YTD closes ran from -22.90% to -26.52% between June 13 and 17 (low close June 16). No close gives '
      '-26.32%; the IWM total-return proxy on June 16 is -25.98%.', '26.32%'),
   cl('RUT', 'worst_first_half_before_2022', 2020, 'year', None, '2021-12-31', '1988..2021', None, 'close', S, 'rank within the file',
      'Worst first half in the file before 2022 is 2020 (-13.61%); next 2008 (-9.97%). Years 1979-1987 are not in the file (the text '
      'itself puts 1982 second), so the rank holds with that caveat.', 'happened in 2020'),
   cl('RUT', 'first_half_return', -13, '%', None, '2020-06-30', '2020H1', None, 'total return', U, 'total return vs price index',
      'Price -13.61% would be imprecise (truncated); the IWM total-return proxy gives -12.95%, which fits 13. The writer uses total returns '
      '(see the 38% and -0.2% figures).', 'dropped 13%'),
   cl('RUT', 'ratio_to_previous_record', 2, 'x', 'more than', '2022-06-16', None, None, None, S, 'arithmetic on the passage figures',
      '26.32 / 13 = 2.02 > 2 on the passage\'s own figures. On the file\'s price closes it would be 26.52 / 13.61 = 1.95, not "more than twice".',
      'more than twice'),
   cl('RUT', 'first_half_return', -11, '%', None, '1982-06-30', '1982H1', None, None, U, 'history before the file',
      'RUT.csv starts 1987-09-10.', 'dropped 11%'),
   cl('RUT', 'second_half_return', 40, '%', None, '1982-12-31', '1982H2', None, None, U, 'history before the file',
      'RUT.csv starts 1987-09-10.', 'rebounded by 40%'),
   cl('RUT', 'second_half_return', 38, '%', None, '2020-12-31', '2020H2', None, 'total return', U, 'total return vs price index',
      'Price +37.01%; IWM adj_close +37.88% fits 38: total-return figure.', 'rebounded by 38%'),
   cl('RUT', 'worst_first_quarter_ever', '2020Q1', 'quarter', None, '2020-03-31', None, None, 'close', S, 'rank within the file',
      '2020Q1 price -30.89% is the worst quarter in the file (1987Q4 -29.50%, 2008Q4 -26.51%); quarters before 1987 are not in the file.',
      'single worst first quarter ever'),
   cl('RUT', 'annualized_return', -0.2, '%', None, '2020-03-31', '2015-03-31..2020-03-31', None, 'total return', U,
      'total return vs price index', 'Price annualized -1.64%; IWM adj_close -0.27% fits -0.2: total-return figure.', 'negative 0.2%'),
   ])

# 13 --------------------------------------------------------------------------------------
P(ref.P13, 'africa.businessinsider.com', 'https://africa.businessinsider.com/markets/why-the-postelection-rally-in-the-markets-smallest-stocks-probably-wont-last/4rb6lx1',
  'Business Insider', '2024-11-26', 'high',
  'No date in the excerpt; "reached an all-time high on Monday" with a peak of 2,466.48 is Monday 2024-11-25, and the piece is from the '
  'next day. Election day was 2024-11-05.',
  "Why the postelection rally in the market's smallest stocks probably won't last. The small-cap Russell 2000 has rallied this month "
  "and reached an all-time high on Monday, but the postelection rally is unlikely to last, Capital Economics says. The market's smallest "
  "stocks surged to record highs after Donald Trump's election, sending the Russell 2000 to a peak of 2,466.48 on Monday, a gain of 9% "
  "since Trump's victory. \"We aren't convinced the outperformance of US small-cap equities since Donald Trump's victory on 5th November "
  "sets the tone for the first half of 2025,\" chief markets economist John Higgins wrote. Small-caps also outperformed their larger "
  "peers after Trump's first win in 2016, but they went on to underperform for much of 2017. As of mid-November, Russell 2000 "
  "earnings-per-share multiples were nearly four points higher than the 10-year average, LPL's Adam Turnquist said.",
  [cl('RUT', 'mtd', 'rallied', None, None, '2024-11-25', 'MTD', None, 'close', S, 'sign', 'November 2024 through the 25th: +11.17% (from the Oct. 31 close).',
      'has rallied this month'),
   cl('RUT', 'record', 'all-time high Monday', 'flag', None, '2024-11-25', None, None, 'intraday high', S, 'records: intraday',
      'Intraday high 2,466.49 tops the 2021-11-08 intraday record 2,458.86. Not a closing record: the close 2,442.03 stayed under the '
      '2021 record close 2,442.74.', 'reached an all-time high on Monday'),
   cl('RUT', 'intraday_high', 2466.48, 'points', None, '2024-11-25', None, None, 'intraday high', S, 'index level 2 dp',
      'File high 2,466.49 (0.01 off).', '2,466.48'),
   cl('RUT', 'return_since', 9, '%', None, '2024-11-25', '2024-11-05..2024-11-25', None, 'intraday high', S, 'integer <= 0.5',
      'From the 2024-11-05 (election-day) close 2,260.84 to the Monday peak 2,466.49: +9.10%. Close to close it is +8.01% (imprecise on that '
      'basis); the text measures to the peak.', 'a gain of 9%'),
   cl('QUOTE', 'outlook', 'not convinced', None, None, '2024-11-25', '2025H1', None, None, F, 'projection',
      'Capital Economics view on the first half of 2025; not judged.', "We aren't convinced"),
   cl('RUT', 'relative_2017', 'underperformed', None, None, '2017-12-29', '2017', 'vs S&P 500', 'close', S, 'ordering',
      '2017: RUT +13.14% against S&P 500 +19.42%.', 'underperform for much of 2017'),
   cl('RUT', 'relative_after_2016_win', 'outperformed', None, None, '2016-12-30', '2016-11-08..2016-12-30', 'vs S&P 500', 'close', S,
      'ordering', 'From the 2016-11-08 close to year-end: RUT +13.55% against S&P 500 +4.64%.', 'also outperformed their larger'),
   cl('RUT_VALUATION', 'multiple_vs_10y_avg', 4, 'points', 'nearly', '2024-11-15', None, None, None, U, 'not in the files',
      'Earnings and valuation data are not in the files.', 'nearly four points'),
   ])

# 14 --------------------------------------------------------------------------------------
P(ref.P14, 'devdiscourse-testslot.azurewebsites.net', 'https://devdiscourse-testslot.azurewebsites.net/article/headlines/3632730-small-caps-surge-russell-2000-hits-record-high-amid-tariff-reprieve',
  'Devdiscourse (agency rewrite)', '2025-09-18', 'high',
  'Page undated in the excerpt; "on Thursday" with a record close after the Sept. 17 Fed cut is Thursday 2025-09-18.',
  "Small-Caps Surge: Russell 2000 Hits Record High Amid Tariff Reprieve. The Russell 2000 index, representing small-cap U.S. companies, "
  "achieved an intraday record on Thursday, recovering from an April downturn linked to the Trump administration's tariff policy. The "
  "index surpassed its November 2024 high, closing at 2,466.86 and surpassing its previous record close from over three years ago. The "
  "index has bounced back by 42% since its April lows, driven by diminished tariff fears and investor optimism. The index still trails "
  "the S&P 500 but is buoyed by domestic policy shifts favoring small businesses.",
  [cl('RUT', 'intraday_record', True, 'flag', None, '2025-09-18', None, None, 'intraday high', S, 'records: intraday',
      'Intraday high 2,470.07 above the earlier intraday record 2,466.49 (2024-11-25).', 'achieved an intraday record on Thursday'),
   cl('RUT', 'above_level_of', 'November 2024 high', None, None, '2025-09-18', None, None, 'intraday high', S, 'level comparison',
      'November 2024 high 2,466.49 against the 2025-09-18 high 2,470.07 (and close 2,467.70).', 'surpassed its November 2024 high'),
   cl('RUT', 'close', 2466.86, 'points', None, '2025-09-18', None, None, 'close', I, 'index level within 1%',
      'Close 2,467.70: 0.84 points (0.03%) off, outside the 0.025 tolerance.', 'closing at 2,466.86'),
   cl('RUT', 'record_close_previous', 'over three years ago', 'duration', 'over', '2025-09-18', None, None, 'close', S, 'records: every earlier close',
      'A record close (2,467.70 > 2,442.74); the previous record close was 2021-11-08, 3 years 10 months earlier.',
      'previous record close from over three years ago'),
   cl('RUT', 'return_since', 42, '%', None, '2025-09-18', 'April 2025 low..2025-09-18', None, 'intraday low to close', S, 'integer <= 0.5',
      'From the April intraday low 1,732.99 (2025-04-09) to the close: +42.40%. From the lowest April close (1,760.71, 04-08) it is +40.15% '
      '(imprecise on that basis); "lows" read as the intraday low.', 'bounced back by 42%'),
   cl('RUT', 'ytd_vs_spx', 'trails', None, None, '2025-09-18', 'YTD', 'vs S&P 500', 'close', S, 'ordering',
      'YTD at 2025-09-18: RUT +10.65%, S&P 500 +12.76%.', 'still trails the S&P 500'),
   ])


def main():
    recipes = {(p, i): e for p, i, e in ref.RECIPES}
    keys, out = [], []
    problems = 0
    for p in sorted(PASSAGES, key=lambda q: q['published']):
        claims = []
        for i, c in enumerate(p['claims']):
            if p['text'].count(c['anchor']) != 1:
                print('ANCHOR', p['id'], i, repr(c['anchor']), p['text'].count(c['anchor']))
                problems += 1
            expr = recipes.get((p['id'], i), 'MISSING')
            if expr == 'MISSING':
                print('NO RECIPE', p['id'], i)
                problems += 1
                expr = None
            val = ref.compute(expr)
            first = c['note'].split('. ')[0].rstrip('.') + '.'
            detail = first + ' reference.py: ' + (expr if expr else 'none (nothing in the files computes it)')
            keys.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=c['index_or_ticker'], metric=c['metric'],
                             claimed_value=c['value'], qualifier=c['qualifier'], ref_date_used=c['ref_date'], computed_value=val,
                             computed_detail=detail, verdict=c['verdict'], rule=c['rule'], note=c['note'], anchor_text=c['anchor']))
            claims.append({k: c[k] for k in ('index_or_ticker', 'metric', 'value', 'unit', 'qualifier', 'ref_date', 'window', 'comparison', 'basis')})
        rec = dict(id=p['id'], source=p['source'], published=p['published'], published_confidence=p['published_confidence'])
        if p['published_note']:
            rec['published_note'] = p['published_note']
        rec.update(text_kind='condensed_close_paraphrase', text=p['text'], claims=claims)
        out.append(rec)
    n_rec = len(ref.RECIPES)
    if n_rec != len(keys):
        print('recipe count', n_rec, 'keys', len(keys))
        problems += 1
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
        for k in keys:
            f.write(json.dumps(k, ensure_ascii=False) + '\n')
    from collections import Counter
    print(len(out), 'passages', len(keys), 'claims', dict(Counter(k['verdict'] for k in keys)), 'problems', problems)


if __name__ == '__main__':
    main()
