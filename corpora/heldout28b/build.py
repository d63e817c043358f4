"""Build passages.jsonl, key.jsonl and reference.py for the heldout28b corpus.

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
Writes its outputs beside itself. Verdicts are set by hand from the computed values (see the notes);
the script recomputes every computed_value from the CSV files with the helpers in helpers.py.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import helpers
from helpers import *

P = []
def passage(pid, site, url, outlet, published, conf, note, session, text):
    P.append(dict(id=pid, source=dict(site=site, url=url, original_outlet=outlet), published=published,
                  published_confidence=conf, published_note=note, session=session,
                  text_kind='condensed_close_paraphrase', text=text, claims=[]))
def C(t, metric, value, unit, anchor, expr, verdict, rule, note, qual=None, ref=None, window=None, comp=None, basis='close'):
    p = P[-1]
    p['claims'].append(dict(index_or_ticker=t, metric=metric, value=value, unit=unit, qualifier=qual,
                            ref_date=ref or p['session'], window=window, comparison=comp, basis=basis,
                            _anchor=anchor, _expr=expr, _verdict=verdict, _rule=rule, _note=note))

# ---------------------------------------------------------------- 2013
passage('nzherald_20130523_fed_opens_taper_door', 'nzherald.co.nz',
  'https://nzherald.co.nz/business/companies/banking-finance/wall-st-dips-as-fed-opens-taper-door/L7NUE2CD6YGGJGEUZUCUWH7JSA',
  'New Zealand Herald (Bloomberg material)', '2013-05-23', 'medium',
  'Undated page; Bernanke answered the Joint Economic Committee on Wednesday 2013-05-22 and the intraday Dow record 15,542.40 is that session; a New Zealand morning paper runs it on 2013-05-23 local time.',
  '2013-05-22',
  "Wall St dips as Fed opens taper door. US shares and bonds both slipped, handing back earlier gains, after Federal Reserve chief Ben Bernanke indicated the central bank might scale back its stimulus as early as its next meeting. Answering a question from Congress's Joint Economic Committee after his prepared testimony, Bernanke said that with continued improvement that looked sustainable, \"we could take a step down in our pace of purchases\" in the next few meetings. In late afternoon trading in New York, the Dow Jones Industrial Average fell 0.36 per cent, the Standard & Poor's 500 Index dropped 0.42 per cent, while the Nasdaq Composite Index sank 1 per cent. Yields on US 10-year notes climbed 10 basis points to 2.02 per cent. A credit-union investment chief told Bloomberg News the market was very skittish and the Fed highly data dependent. Earlier in the session, the Dow had risen to a record 15,542.40 and the S&P 500 climbed to a high of 1,687.18.")
for t, v, a, lo, hi in [('DJI', -0.36, '0.36 per cent', None, None), ('SPX', -0.42, '0.42 per cent', None, None), ('IXIC', -1, 'sank 1 per cent', None, None)]:
    C(t, 'pct_change', v, '%', a, f"pct('{t}','2013-05-22')", 'unverifiable', 'mid-session figure inside the session range',
      f"Late-afternoon figure. The implied level (previous close x (1{v:+}%)) lies inside the session's low-high range ({t} low {{low}}, high {{high}}), so the files cannot decide it; the close-basis change is the computed value.",
      basis='late afternoon')
C('US10Y', 'yield_level', 2.02, '%', '2.02 per cent', "[yld('US10Y','2013-05-21'), yld('US10Y','2013-05-22')]", 'unverifiable', 'intraday yield',
  'Late-afternoon yield (+10 bp to 2.02%). FRED end of day: 1.94% on May 21 and 2.03% on May 22 (+9 bp), consistent but an intraday figure cannot be decided from end-of-day data.', comp='+10 bp', basis='late afternoon')
C('DJI', 'intraday_record_level', 15542.40, 'points', '15,542.40', "[high('DJI','2013-05-22'), is_record_high('DJI','2013-05-22')]", 'supported', 'intraday record: above every earlier high',
  'Session high 15,542.40 in the file, above every earlier intraday high.', basis='intraday high')
C('SPX', 'intraday_high_level', 1687.18, 'points', '1,687.18', "[high('SPX','2013-05-22'), is_record_high('SPX','2013-05-22')]", 'supported', 'level within 0.025',
  'Session high 1,687.18 in the file (also an intraday record, though the text only says "a high").', basis='intraday high')
C('QUOTE', 'quoted_policy_statement', None, None, 'step down in our pace of purchases', None, 'not_checkable', 'quoted opinion / conditional',
  'Conditional statement by the Fed chairman about future bond purchases.', basis=None)

# ---------------------------------------------------------------- 2014
passage('retirementmedia_20141230_stocks_stagger_2014_finish', 'retirementmediainc.com',
  'https://retirementmediainc.com/market-watch-stocks-stagger-2014-finish-line', 'Retirement Media (market newsletter)', '2014-12-30', 'high',
  'Undated page; "the next-to-last day of 2014", a Tuesday, is 2014-12-30, and the final numbers match that session.', '2014-12-30',
  "Market Watch: stocks stagger toward the 2014 finish line. The next-to-last day of 2014 was a bumpy one on Wall Street, with thin trading and a slide of almost 2% in the utilities sector. Utilities have had a strong 2014, up more than 25%, which is why Tuesday's weakness caught many experts off guard. Stocks fell around the world on Tuesday as worries about Russia's economy were joined by a new concern in Europe: Greece failed to elect a president on Monday, feeding talk that it could eventually leave. Most major European and Asian indexes lost 1% or more. The Consumer Confidence Index, one of the few data points due this week, came in at a lower-than-expected 92.6. Tuesday's final numbers: Dow Jones Industrial Average: 17,983.07 (-55.16); NASDAQ: 4,777.44 (-29.47); S&P 500: 2,080.35 (-10.22).")
C('SPX', 'sessions_left_in_year', 1, 'sessions', 'next-to-last day of 2014', "sessions_left_in_year('SPX','2014-12-30')", 'supported', 'calendar check',
  'One session (2014-12-31) follows Tuesday 2014-12-30 in 2014.', basis=None)
C('SPX_UTILITIES', 'pct_change', -2, '%', 'almost 2%', None, 'unverifiable', 'series not in the files',
  'S&P 500 utilities sector index is not in the files; XLU has only adj_close before 2026-03 and is not used to decide.', qual='almost')
C('SPX_UTILITIES', 'ytd_pct', 25, '%', 'up more than 25%', None, 'unverifiable', 'series not in the files',
  'Sector index not in the files.', qual='more than', window='2014 YTD')
C('US_CONFIDENCE', 'index_level', 92.6, 'index', '92.6', None, 'unverifiable', 'series not in the files', 'Conference Board index, not a series of the files.', basis=None)
for t, lvl, ch, a1, a2 in [('DJI', 17983.07, -55.16, '17,983.07', '-55.16'), ('IXIC', 4777.44, -29.47, '4,777.44', '-29.47'), ('SPX', 2080.35, -10.22, '2,080.35', '-10.22')]:
    C(t, 'close_level', lvl, 'points', a1, f"close('{t}','2014-12-30')", 'supported', 'level within 0.025', 'Matches the file close.')
    C(t, 'point_change', ch, 'points', a2, f"chg('{t}','2014-12-30')", 'supported', 'within 0.025', 'Matches close minus previous close.')

# ---------------------------------------------------------------- 2015
passage('foxbusiness_20150512_bond_concerns_drag', 'foxbusiness.com',
  'https://www.foxbusiness.com/markets/wall-street-ends-lower-as-bond-concerns-drag', 'Reuters via Fox Business', '2015-05-12', 'high',
  'Undated page; Tuesday with the AOL/Verizon deal ($50 a share) is 2015-05-12 and the closing figures match that session.', '2015-05-12',
  "Wall Street Ends Lower as Bond Concerns Drag. U.S. stocks closed lower on Tuesday after a recent run-up in global bond yields unsettled investors already uneasy about an eventual Federal Reserve rate hike. Stocks recovered from steeper losses after Treasury yields crept back slightly from six-month highs. Benchmark 10-year U.S. Treasury yields touched their highest since mid-November earlier before coming down slightly. Investors are trying to judge when the Fed will find the economy strong enough to begin raising its own interest rate for the first time since 2006. The Dow Jones industrial average fell 36.94 points, or 0.2 percent, to end at 18,068.23. The S&P 500 lost 6.21 points, or 0.29 percent, to finish at 2,099.12 and the Nasdaq Composite dropped 17.38 points, or 0.35 percent, to 4,976.19. The S&P 500 trades near 17 times expected earnings, pricey next to its 10-year median of 15 times earnings. AOL shares jumped 18.62 percent after Verizon agreed to buy the company for $50 per share.")
C('US10Y', 'highest_since', 'mid-November', None, 'highest since mid-November', "[yld('US10Y','2015-05-12'), last_at_least('US10Y','2015-05-11')]", 'unverifiable', 'intraday yield',
  'An intraday touch. FRED end-of-day 10-year yield was 2.28% on May 11 and May 12; the last earlier close at least as high as 2.28% was 2014-12-05 (2.31% on 2014-11-24 and higher earlier in November), so an intraday peak a few basis points above the close fits mid-November. Intraday yield events are unverifiable.', basis='intraday')
C('FEDFUNDS', 'last_rate_increase_year', 2006, 'year', 'first time since 2006', "last_fed_hike_before('2015-05-12')", 'supported', 'Fed target history',
  'Last increase of the target before May 2015 took effect 2006-06-29 (DFEDTAR).', basis=None)
for t, ch, pc, lvl, a1, a2, a3 in [('DJI', -36.94, -0.2, 18068.23, '36.94 points', '0.2 percent', '18,068.23'),
                                    ('SPX', -6.21, -0.29, 2099.12, '6.21 points', '0.29 percent', '2,099.12'),
                                    ('IXIC', -17.38, -0.35, 4976.19, '17.38 points', '0.35 percent', '4,976.19')]:
    C(t, 'point_change', ch, 'points', a1, f"chg('{t}','2015-05-12')", 'supported', 'within 0.025', 'Matches the file.')
    C(t, 'pct_change', pc, '%', a2, f"pct('{t}','2015-05-12')", 'supported', 'within tolerance', 'Matches the file.')
    C(t, 'close_level', lvl, 'points', a3, f"close('{t}','2015-05-12')", 'supported', 'level within 0.025', 'Matches the file.')
C('SPX_VALUATION', 'forward_pe', 17, 'x', '17 times expected earnings', None, 'unverifiable', 'series not in the files', 'Valuation figures are not in the files.', qual='near', basis=None)

# ---------------------------------------------------------------- 2016
passage('cnbc_20161107_best_day_since_march_election_looms', 'cnb.cx', 'http://cnb.cx/2fvJ2Hx', 'CNBC', '2016-11-07', 'high',
  'Short link without a date; the FBI letter clearing Clinton came on Sunday 2016-11-06 and the text describes Monday 2016-11-07, the eve of the election.', '2016-11-07',
  "Dow surges more than 350 points in best day since March as US election looms. U.S. equities started the week on a high note, closing sharply higher on Monday after the FBI again cleared Democratic nominee Hillary Clinton over her use of a private server. \"You also had the market down for nine days in a row, so you're also getting a rubber-band effect,\" said Liz Ann Sonders of Charles Schwab. The Dow Jones industrial average rose approximately 370 points, with Goldman Sachs and UnitedHealth adding the most. A Key Private Bank strategist called it mostly a political-relief rally. The S&P 500 advanced more than 2 percent, as financials, industrials and health care led every sector higher, and snapped a nine-day losing streak, its longest since December 1980. The Nasdaq composite outperformed, rising 2.4 percent. The three major indexes also posted their best day since March 1.")
C('DJI', 'point_change', 350, 'points', 'more than 350 points', "chg('DJI','2016-11-07')", 'supported', 'more than: true > claim', '+371.32 points.', qual='more than')
C('SPX', 'losing_streak_days', 9, 'sessions', 'nine days in a row', "down_streak('SPX','2016-11-04')", 'supported', 'streak count on closes',
  'Nine straight lower closes for the S&P 500 through Friday 2016-11-04 (quoted, but a checkable fact).', ref='2016-11-04')
C('DJI', 'point_change', 370, 'points', 'approximately 370 points', "chg('DJI','2016-11-07')", 'supported', 'approximately: within one unit of the last digit',
  '+371.32 points, within 10 points of 370.', qual='approximately')
C('SPX', 'pct_change', 2, '%', 'more than 2 percent', "pct('SPX','2016-11-07')", 'supported', 'more than: true > claim', '+2.22%.', qual='more than')
C('SPX', 'losing_streak_days', 9, 'sessions', 'snapped a nine-day losing streak', "down_streak('SPX','2016-11-04')", 'supported', 'streak count on closes',
  'Nine lower closes 2016-10-25..2016-11-04, snapped by the Monday gain.')
C('SPX', 'longest_streak_since', 'December 1980', None, 'longest since December 1980', "last_down_streak_as_long('SPX','2016-11-04',9)", 'supported', 'longest since X: last streak at least as long',
  'The last losing streak of nine or more sessions ended 1980-12-11.')
C('IXIC', 'pct_change', 2.4, '%', 'rising 2.4 percent', "pct('IXIC','2016-11-07')", 'supported', 'within 0.07', '+2.37%; also the largest of the three gains ("outperformed").')
for t in ['SPX', 'DJI', 'IXIC']:
    C(t, 'best_day_since', '2016-03-01', None, 'best day since March 1', f"last_move_as_big('{t}','2016-11-07')", 'supported', 'biggest since X: last day with a move at least as large',
      'The last daily gain at least as large was on 2016-03-01.')

passage('upi_20161207_best_day_since_election_records', 'upi.com',
  'http://www.upi.com/Business_News/2016/12/07/US-stocks-enjoy-best-day-since-election-Dow-SP-post-new-records/6981481153698/', 'UPI', '2016-12-07', 'exact',
  'Date in the URL and the dateline "NEW YORK, Dec. 7 (UPI)".', '2016-12-07',
  "U.S. stocks enjoy best day since election; Dow, S&P post new records. The Dow is now just 451 points shy of the 20,000-mark. NEW YORK, Dec. 7 (UPI) -- All three major U.S. stock indices had their best single-day performances since the election on Wednesday, two of them climbing to new record highs. The Dow Jones Industrial Average rose 298 points by the close of trading to finish at 19,549.62. Some analysts have said the blue chip index could reach 20,000 by the end of the year, a possibility made far likelier by Wednesday's gains. The S&P 500 climbed 29 points to 2,241.35, also a new record high. The Nasdaq climbed 61 points to 5,393.76. The rally extends the post-election surge on Wall Street, fed by speculation that President-elect Donald Trump's policies will boost the economy.")
C('DJI', 'points_below_level', 451, 'points', '451 points shy', "r2(20000 - close('DJI','2016-12-07'))", 'imprecise', 'distance from a level the passage states; integer tolerance 0.5',
  '20,000 - 19,549.62 = 450.38; "451" rounds up and is 0.62 off (within 20% for point distances).')
for t in ['DJI', 'SPX', 'IXIC']:
    C(t, 'best_day_since', 'election', None, 'best single-day performances since the election', f"last_move_as_big('{t}','2016-12-07')", 'supported', 'biggest since X: last day with a move at least as large',
      'The last daily gain at least as large was 2016-11-07, the session before election day (2016-11-08); no larger gain since the election.')
C('DJI', 'point_change', 298, 'points', 'rose 298 points', "chg('DJI','2016-12-07')", 'supported', 'integer within 0.5', '+297.84.')
C('DJI', 'close_level', 19549.62, 'points', '19,549.62', "close('DJI','2016-12-07')", 'supported', 'level within 0.025', 'Matches the file.')
C('DJI', 'record_close', True, None, 'two of them climbing to new record highs', "[is_record_close('DJI','2016-12-07'), is_record_close('SPX','2016-12-07'), is_record_close('IXIC','2016-12-07')]", 'supported', 'record: above every earlier close',
  'Dow and S&P 500 closes are records; the Nasdaq close is not, so "two of them" is right.')
C('SPX', 'point_change', 29, 'points', 'climbed 29 points', "chg('SPX','2016-12-07')", 'supported', 'integer within 0.5', '+29.12.')
C('SPX', 'close_level', 2241.35, 'points', '2,241.35', "close('SPX','2016-12-07')", 'supported', 'level within 0.025', 'Matches the file.')
C('SPX', 'record_close', True, None, 'also a new record high', "is_record_close('SPX','2016-12-07')", 'supported', 'record: above every earlier close', 'Record close.')
C('IXIC', 'point_change', 61, 'points', 'climbed 61 points', "chg('IXIC','2016-12-07')", 'supported', 'integer within 0.5', '+60.76.')
C('IXIC', 'close_level', 5393.76, 'points', '5,393.76', "close('IXIC','2016-12-07')", 'supported', 'level within 0.025', 'Matches the file.')
C('DJI', 'target_level', 20000, 'points', 'could reach 20,000 by the end of the year', None, 'forecast', 'projection', 'Analysts\' projection; not judged (the Dow first closed above 20,000 on 2017-01-25).', basis=None)

# ---------------------------------------------------------------- 2017
passage('manyikareview_201708_dow_22000', 'manyikareview.com',
  'https://manyikareview.com/2017/08/dow-jones-closes-above-22000-for-first-time-in-history/', 'Manyika Review', '2017-08', 'medium',
  'Month from the URL; the day is not on the page. The story is about Wednesday 2017-08-02 (first close above 22,000) and Tuesday 2017-08-01.', '2017-08-02',
  "NEW YORK | The Dow Jones Industrial Average (DJIA) closed over 22,000 on Wednesday for the first time ever, the latest in a steady run of records for the blue-chip benchmark. The barometer closed on Wednesday at an all time high of 22,016 points after reaching a new high of 21,963 points on Tuesday, helped by Apple, which closed up +4.73% after better-than-expected results. It is the latest record mark since Donald Trump took office in January; the Dow last hit 21,000 on March 1 this year. This year alone, the Dow Jones Index has surpassed 19,000, 20,000 and 21,000 points under President Trump.")
C('DJI', 'first_close_above', 22000, 'points', 'closed over 22,000 on Wednesday for the first time ever', "first_close_above('DJI',22000)", 'supported', 'first close above a level', 'First close above 22,000 is 2017-08-02.')
C('DJI', 'close_level', 22016, 'points', 'all time high of 22,016 points', "close('DJI','2017-08-02')", 'supported', 'integer within 0.5', '22,016.24.')
C('DJI', 'record_close', True, None, 'all time high', "is_record_close('DJI','2017-08-02')", 'supported', 'record: above every earlier close', 'Record close.')
C('DJI', 'close_level', 21963, 'points', '21,963 points on Tuesday', "close('DJI','2017-08-01')", 'imprecise', 'truncated figure',
  'Tuesday close 21,963.92; "21,963" truncates it (0.92 off, well within 1%).', ref='2017-08-01')
C('DJI', 'record_close', True, None, 'a new high', "is_record_close('DJI','2017-08-01')", 'supported', 'record: above every earlier close', 'Tuesday 2017-08-01 was also a record close.', ref='2017-08-01')
C('DJI', 'first_close_above', 21000, 'points', 'last hit 21,000 on March 1', "first_close_above('DJI',21000)", 'supported', 'first close above a level', 'First close above 21,000 is 2017-03-01.', ref='2017-03-01')
C('DJI', 'first_close_above', 19000, 'points', 'surpassed 19,000, 20,000 and 21,000', "[first_close_above('DJI',19000), first_close_above('DJI',20000), first_close_above('DJI',21000)]", 'contradicted', 'wrong date',
  'The Dow first closed (and first traded) above 19,000 on 2016-11-22, before 2017 and before Trump took office on 2017-01-20; 20,000 (2017-01-25) and 21,000 (2017-03-01) are right.', window='2017')

# ---------------------------------------------------------------- 2018
passage('currenscene_20180530_italy_worries_ease', 'currenscene.com',
  'https://currenscene.com/currency-news/world-currency-news/12458-wall-street-rebounds-as-italy-worries-ease-energy-shares-soar', 'Reuters via Currenscene', '2018-05-30', 'high',
  'Undated repost; the Italian coalition news and the Tuesday 1% drop place the story on Wednesday 2018-05-30.', '2018-05-30',
  "Wall Street rebounds as Italy worries ease, energy shares soar. NEW YORK (Reuters) - U.S. stocks closed higher on Wednesday, and the S&P 500 and Dow registered their biggest daily percentage gains since May 4, on signs of calmer politics in Italy and a jump in oil prices that lifted energy stocks. The S&P 500's advance wiped out the losses of Tuesday, when the index posted its first 1 percent drop in May. A sell-off in Italian bonds on Tuesday had produced the biggest one-day surge for two-year yields in 26 years. Energy stocks posted the biggest gains of the 11 major sectors of the S&P 500; the energy index rose 3.1 percent, its biggest one-day gain in seven weeks, as U.S. crude settled up 2.2 percent.")
for t in ['SPX', 'DJI']:
    C(t, 'best_day_since', '2018-05-04', None, 'biggest daily percentage gains since May 4', f"last_move_as_big('{t}','2018-05-30')", 'supported', 'biggest since X: last day with a move at least as large',
      'The last daily gain at least as large was on 2018-05-04.')
C('SPX', 'erased_prior_loss', True, None, 'wiped out the losses of Tuesday', "[chg('SPX','2018-05-30'), chg('SPX','2018-05-29')]", 'supported', 'compare the two daily changes',
  'Wednesday +34.15 points against Tuesday -31.47.')
C('SPX', 'first_1pct_drop_in_month', '2018-05-29', None, 'first 1 percent drop in May', "[d for d in ['2018-05-%02d' % i for i in range(1, 30)] if has_row('SPX', d) and pct('SPX', d) <= -1]", 'supported', 'count of daily moves',
  'The only May 2018 session with a drop of 1% or more up to May 29 is May 29 (-1.16%).', ref='2018-05-29')
C('IT2Y', 'biggest_surge_since', '26 years', None, 'biggest one-day surge for two-year yields in 26 years', None, 'unverifiable', 'series not in the files', 'Italian government bond yields are not in the files.', ref='2018-05-29', basis=None)
C('SPX_ENERGY', 'pct_change', 3.1, '%', 'energy index rose 3.1 percent', None, 'unverifiable', 'series not in the files', 'S&P 500 energy index not in the files (XLE is a proxy only).')
C('SPX_ENERGY', 'best_day_since', 'seven weeks', None, 'biggest one-day gain in seven weeks', None, 'unverifiable', 'series not in the files', 'Sector index not in the files.')

# ---------------------------------------------------------------- 2019
passage('tradingforkeeps_20190812_trade_war_anxiety', 'tradingforkeeps.com',
  'https://tradingforkeeps.com/dow-slumps-nearly-400-as-trade-war-anxiety-flares-up/', 'Associated Press (repost of a Boston Globe wire story)', '2019-08-12', 'medium',
  'Undated repost. Every closing figure matches Monday 2019-08-12 (S&P 500 2,882.70), "this month" is August 2019 and "last week" the week to 2019-08-09.', '2019-08-12',
  "Dow slumps nearly 400 as trade war anxiety flares up. The costly US-China trade war has shaken markets this month, and the escalating tension has fed worries that the conflict will undercut an already slowing global economy. \"Trade, and the concern that as this escalates it continues to wear on confidence to a point that this actually causes a recession, that's what people are wrestling with,\" said Ben Phillips of EventShares. The latest wave of anxious selling left the S&P 500 index down 35.95 points, or 1.2 percent, at 2,882.70. The Dow fell 391 points, or 1.5 percent, to 25,896.44; the average was briefly down 462 points. The Nasdaq dropped 95.73, or 1.2 percent, to 7,863.41. The Russell 2000 index of smaller company stocks lost 18.58 points, or 1.2 percent, to 1,494.46. The major indexes are down more than 3 percent for August. Even after this month's stumble they are up solidly this year, led by the Nasdaq, with a gain of 18.5 percent. The S&P 500 is up nearly 15 percent, though it is down 4.7 percent from its record high, set at the end of July. The S&P 500 swung up and down last week, ending with its second straight weekly loss.")
D = '2019-08-12'
C('DJI', 'point_change', -400, 'points', 'nearly 400', f"chg('DJI','{D}')", 'imprecise', 'nearly: claim - 1 unit <= true <= claim + 0.5 unit (unit 2% of 400 = 8)',
  'The Dow fell 391.00 points; "nearly 400" allows 392-404, so 391 is just outside (within 20%).', qual='nearly')
C('SPX', 'point_change', -35.95, 'points', '35.95 points', f"chg('SPX','{D}')", 'supported', 'within 0.025', 'Matches the file.')
C('SPX', 'pct_change', -1.2, '%', '35.95 points, or 1.2 percent', f"pct('SPX','{D}')", 'supported', 'within 0.07', '-1.23%.')
C('SPX', 'close_level', 2882.70, 'points', '2,882.70', f"close('SPX','{D}')", 'supported', 'level within 0.025', 'Matches the file.')
C('DJI', 'point_change', -391, 'points', 'fell 391 points', f"chg('DJI','{D}')", 'supported', 'integer within 0.5', '-391.00.')
C('DJI', 'pct_change', -1.5, '%', '1.5 percent', f"pct('DJI','{D}')", 'supported', 'within 0.07', '-1.49%.')
C('DJI', 'close_level', 25896.44, 'points', '25,896.44', f"close('DJI','{D}')", 'supported', 'level within 0.025', 'Matches the file.')
C('DJI', 'intraday_point_change', -462, 'points', 'briefly down 462 points', f"r2(low('DJI','{D}') - close('DJI','2019-08-09'))", 'supported', 'integer within 0.5',
  'Session low 25,824.94 against the previous close 26,287.44: -462.50.', basis='intraday low')
C('IXIC', 'point_change', -95.73, 'points', '95.73', f"chg('IXIC','{D}')", 'supported', 'within 0.025', 'Matches the file.')
C('IXIC', 'pct_change', -1.2, '%', '95.73, or 1.2 percent', f"pct('IXIC','{D}')", 'supported', 'within 0.07', '-1.20%.')
C('IXIC', 'close_level', 7863.41, 'points', '7,863.41', f"close('IXIC','{D}')", 'supported', 'level within 0.025', 'Matches the file.')
C('RUT', 'point_change', -18.58, 'points', '18.58 points', f"chg('RUT','{D}')", 'imprecise', 'point change within 20%',
  'The file gives -17.14 (1,513.04 to 1,495.90); -18.58 is 8% too large.')
C('RUT', 'pct_change', -1.2, '%', '18.58 points, or 1.2 percent', f"pct('RUT','{D}')", 'supported', 'within 0.07', '-1.13% in the file (0.068 from the claim, inside 0.07).')
C('RUT', 'close_level', 1494.46, 'points', '1,494.46', f"close('RUT','{D}')", 'imprecise', 'index level within 1%',
  'The file close is 1,495.90; 1.44 points off (0.1%). The wire figures for the Russell differ from the file, perhaps a preliminary print.')
for t in ['DJI', 'SPX', 'IXIC']:
    C(t, 'mtd_pct', -3, '%', 'down more than 3 percent for August', f"pct_between('{t}','2019-07-31','{D}')", 'supported', 'more than (a loss): |true| > claim',
      'Month to date from the 2019-07-31 close: Dow -3.60%, S&P 500 -3.28%, Nasdaq -3.82%.', qual='more than', window='August 2019 MTD')
C('IXIC', 'ytd_pct', 18.5, '%', 'gain of 18.5 percent', f"pct_between('IXIC','2018-12-31','{D}')", 'supported', 'within 0.07',
  'Nasdaq +18.51% YTD, ahead of the S&P 500 (+14.99%) and the Dow (+11.01%), so "led by the Nasdaq" holds.', window='2019 YTD')
C('SPX', 'ytd_pct', 15, '%', 'up nearly 15 percent', f"pct_between('SPX','2018-12-31','{D}')", 'supported', 'nearly: claim - 1 <= true <= claim + 0.5', '+14.99% YTD.', qual='nearly', window='2019 YTD')
C('SPX', 'pct_from_ath', 4.7, '%', 'down 4.7 percent from its record high', f"pct_below_record_close('SPX','{D}')", 'supported', 'within 0.07',
  '4.73% below the record close 3,025.86 of 2019-07-26 (4.80% below the intraday record 3,027.98 of the same day).')
C('SPX', 'record_date', 'end of July', None, 'set at the end of July', f"record_close_before('SPX','{D}')", 'supported', 'record date',
  'Record close 2019-07-26, the last Friday of July (intraday record the same day).')
C('SPX', 'weekly_losing_streak', 2, 'weeks', 'second straight weekly loss', "weekly_down_streak('SPX','2019-08-09')", 'supported', 'weekly closes Friday to Friday',
  'Weeks to 2019-08-02 (-3.10%) and 2019-08-09 (-0.46%) both fell; the week to 2019-07-26 rose.', ref='2019-08-09')
C('QUOTE', 'quoted_opinion', None, None, "that's what people are wrestling with", None, 'not_checkable', 'quoted opinion', 'Quoted view on recession worries.', basis=None)

# ---------------------------------------------------------------- 2020
passage('faisamtrader_20201218_quad_witching_tesla_sp500', 'faisamtrader.com',
  'https://faisamtrader.com/dow-ends-lower-but-finishes-off-fridays-worst-levels-as-lawmakers-stumble-toward-coronavirus-aid-deal-tesla-officially-in-sp-500/',
  'MarketWatch (Market Pulse) via Faisam Trader', '2020-12-18', 'high',
  'Undated repost; the Friday of Tesla\'s S&P 500 inclusion and quadruple witching is 2020-12-18.', '2020-12-18',
  "Dow ends lower but finishes off Friday's worst levels as lawmakers stumble toward coronavirus aid deal; Tesla officially in S&P 500. U.S. stock indexes trimmed their declines into the close on Friday but still finished lower in the last full week of December trade, as investors tracked last-minute talks on a coronavirus aid package amid worsening infections. The session was also shaped by a huge rebalancing of the S&P 500 and a quadruple-witching Friday, as Tesla officially joined the index. The Dow Jones Industrial Average finished the day off 0.4% at around 30,189, the S&P 500 index closed 0.3% lower at 3,709, while the Nasdaq Composite Index ended the session off less than 0.1% lower at 12,756. For the week, all three benchmarks finished higher, with the Dow marking a weekly gain of 0.5%, the S&P 500 booking a weekly rise of 1.3% and the Nasdaq Composite clinching a 3.1% gain over the five-day stretch. Tesla shares finished 0.4% higher, while Intel closed off over 6% after a Bloomberg report that Microsoft is designing its own chips.")
D = '2020-12-18'
C('DJI', 'pct_change', -0.4, '%', 'off 0.4%', f"pct('DJI','{D}')", 'supported', 'within 0.07', '-0.41%.')
C('DJI', 'close_level', 30189, 'points', 'around 30,189', f"close('DJI','{D}')", 'imprecise', 'around: within one unit; index level within 1%',
  'The file close is 30,179.05, 10 points below the preliminary "around 30,189" (0.03%).', qual='around')
C('SPX', 'pct_change', -0.3, '%', '0.3% lower', f"pct('SPX','{D}')", 'supported', 'within 0.07', '-0.35% (0.05 from the claim).')
C('SPX', 'close_level', 3709, 'points', 'at 3,709', f"close('SPX','{D}')", 'supported', 'integer within 0.5', '3,709.41.')
C('IXIC', 'pct_change', -0.1, '%', 'less than 0.1% lower', f"pct('IXIC','{D}')", 'supported', 'less than: |true| < claim', '-0.07%.', qual='less than')
C('IXIC', 'close_level', 12756, 'points', '12,756', f"close('IXIC','{D}')", 'supported', 'integer within 0.5', '12,755.64.')
for t, v, a in [('DJI', 0.5, 'weekly gain of 0.5%'), ('SPX', 1.3, 'weekly rise of 1.3%'), ('IXIC', 3.1, 'clinching a 3.1% gain')]:
    C(t, 'weekly_pct', v, '%', a, f"pct_between('{t}','2020-12-11','{D}')", 'supported', 'week = Friday close to Friday close, within 0.07',
      'Week from the 2020-12-11 close: Dow +0.44%, S&P 500 +1.25%, Nasdaq +3.05%.', window='week to 2020-12-18')

# ---------------------------------------------------------------- 2021
passage('kwtx_20210413_stocks_close_mixed_jj_pause', 'kwtx.com',
  'https://www.kwtx.com/2021/04/13/stocks-close-mixed-as-regulators-seek-pause-in-jj-vaccine/', 'Associated Press via KWTX', '2021-04-13', 'exact',
  'Date in the URL and the page stamp (Apr. 13, 2021, 6:54 PM CDT).', '2021-04-13',
  "Stocks close mixed as regulators seek pause in J&J vaccine. (AP) - Stocks ended mixed on Wall Street Tuesday as gains in a handful of Big Tech companies were offset by weakness elsewhere in the market. Treasury yields fell, which hurt banks but helped technology companies. The S&P 500 rose 0.3%, notching another record high. The Dow Jones Industrial Average slipped 0.2% and the tech-heavy Nasdaq rose 1.1%. Among major tech stocks, Apple gained 2.4%. Johnson & Johnson fell 1.3% after U.S. regulators recommended a pause in using its single-dose COVID-19 vaccine while reports of possibly dangerous blood clots are investigated. The yield on the 10-year Treasury note fell to 1.62%.")
D = '2021-04-13'
C('SPX', 'pct_change', 0.3, '%', 'rose 0.3%', f"pct('SPX','{D}')", 'supported', 'within 0.07', '+0.33%.')
C('SPX', 'record_close', True, None, 'notching another record high', f"is_record_close('SPX','{D}')", 'supported', 'record: above every earlier close', 'Record close 4,141.59.')
C('DJI', 'pct_change', -0.2, '%', 'slipped 0.2%', f"pct('DJI','{D}')", 'supported', 'within 0.07', '-0.20%.')
C('IXIC', 'pct_change', 1.1, '%', 'rose 1.1%', f"pct('IXIC','{D}')", 'supported', 'within 0.07', '+1.05% (0.05 from the claim).')
C('US10Y', 'yield_level', 1.62, '%', 'fell to 1.62%', f"[yld('US10Y','2021-04-12'), yld('US10Y','{D}')]", 'supported', '2 decimals within 0.025',
  'FRED 10-year: 1.69% on April 12, 1.64% on April 13 (fell; 0.02 from the late-afternoon 1.62%).', comp='fell', basis='end of day')

# ---------------------------------------------------------------- 2022
passage('leighbaldwin_20220520_week_in_review_bear_market', 'leighbaldwin.com',
  'https://www.leighbaldwin.com/communications/review.php?id=6790', 'Leigh Baldwin & Co. (broker weekly review)', '2022-05-20', 'exact',
  'Dated "5/20/22" on the page. The week figures ("is off", "would be", "on pace") were written during Friday\'s session.', '2022-05-20',
  "The Week In Review, 5/20/22. A wild Friday briefly pushed U.S. stocks into a bear market, with the S&P 500's fall from its all-time high in January reaching 20% at one point. A dramatic late-day reversal lifted the S&P 500 slightly into the green at the closing bell. The S&P 500 rose 57 cents on Friday after falling as much as 2.3% earlier in the session. At the day's lows, the S&P 500 was 20.9% below its intraday high in January. The index was last about 19.2% below its record. There is no official bear market designation on Wall Street: some will count Friday's intraday low as confirmation, while some strategists say it is not official until the index closes 20% off its high. The Dow Jones Industrial Average closed up 8 points after being down more than 600 points at the day's lows. The Nasdaq Composite dipped 33 points or 0.3%, falling further into bear market territory, trading 30% off its highs. For the week, the Dow is off by 4% for what would be its first 8-week losing streak since 1923. The S&P 500 is down 5% for the week, while the Nasdaq is off by 6%. Both indexes are on pace to fall for a seventh-straight week. The jump in inflation led the Federal Reserve to hike rates in March for the first time in more than three years, and earlier this month the central bank turned more aggressive with a half-percentage-point increase.")
D = '2022-05-20'
C('SPX', 'pct_from_ath', 20, '%', 'reaching 20% at one point', f"pct_low_below_record_high('SPX','{D}')", 'supported', 'bound claim on the session extreme',
  'At the session low 3,810.32 the index was 20.93% below the intraday record 4,818.62 of 2022-01-04 (20.56% below the record close 4,796.56 of 2022-01-03).', basis='intraday low')
C('SPX', 'point_change', 0.57, 'points', 'rose 57 cents', f"chg('SPX','{D}')", 'supported', 'within 0.025', '+0.57 points; also "slightly into the green".')
C('SPX', 'intraday_pct_change', -2.3, '%', 'as much as 2.3%', f"low_pct('SPX','{D}')", 'supported', 'as much as: within one unit of the last digit', 'Session low -2.32% from the previous close.', qual='as much as', basis='intraday low')
C('SPX', 'pct_from_ath', 20.9, '%', '20.9% below its intraday high in January', f"pct_low_below_record_high('SPX','{D}')", 'supported', 'within 0.07',
  'Session low 20.93% below the intraday record of 2022-01-04.', basis='intraday low')
C('SPX', 'pct_from_ath', 19.2, '%', 'about 19.2% below its record', f"pct_below_record_close('SPX','{D}')", 'unverifiable', 'mid-session figure inside the session range',
  '"Last" is a mid-session reading: 19.2% below the record close implies about 3,875.6, inside the session range 3,810.32-3,943.42. At the close the index was 18.66% below the record close (19.04% below the intraday record).', qual='about', basis='mid-session')
C('DJI', 'point_change', 8, 'points', 'closed up 8 points', f"chg('DJI','{D}')", 'imprecise', 'truncated figure',
  'The Dow rose 8.77 points; "8" truncates it (0.77 off, within 20%).')
C('DJI', 'intraday_point_change', -600, 'points', 'down more than 600 points', f"r2(low('DJI','{D}') - close('DJI','2022-05-19'))", 'supported', 'more than: |true| > claim',
  'Session low 30,635.76 against the previous close 31,253.13: -617.37.', qual='more than', basis='intraday low')
C('IXIC', 'point_change', -33, 'points', 'dipped 33 points', f"chg('IXIC','{D}')", 'imprecise', 'truncated figure', 'The Nasdaq fell 33.88 points; "33" truncates it.')
C('IXIC', 'pct_change', -0.3, '%', '33 points or 0.3%', f"pct('IXIC','{D}')", 'supported', 'within 0.07', '-0.30%.')
C('IXIC', 'pct_from_ath', 30, '%', 'trading 30% off its highs', f"pct_below_record_close('IXIC','{D}')", 'imprecise', 'distance from the record close; integer tolerance 0.5',
  'The close 11,354.62 is 29.29% below the record close 16,057.44 (2021-11-19): 0.71 off. Against the intraday record 16,212.23 (2021-11-22) it is 29.96%, which would support the figure.')
C('DJI', 'weekly_pct', -4, '%', 'the Dow is off by 4%', f"pct_between('DJI','2022-05-13','{D}')", 'unverifiable', 'mid-session figure inside the session range',
  'Written during the session: against the 2022-05-13 close 32,196.66 the session ranged from -4.85% (low) to -2.11% (high), so 4% lies inside. The close-basis weekly change is -2.90%.', basis='mid-session', window='week to 2022-05-20')
C('DJI', 'weekly_losing_streak', 8, 'weeks', '8-week losing streak', f"weekly_down_streak('DJI','{D}')", 'supported', 'weekly closes Friday to Friday',
  'Eight straight weekly declines, weeks ending 2022-04-01 through 2022-05-20.')
C('DJI', 'longest_streak_since', 1923, 'year', 'since 1923', None, 'unverifiable', 'history before the file starts', 'The Dow file starts 1992-01-02.')
C('SPX', 'weekly_pct', -5, '%', 'S&P 500 is down 5% for the week', f"pct_between('SPX','2022-05-13','{D}')", 'unverifiable', 'mid-session figure inside the session range',
  'Mid-session: against the 2022-05-13 close 4,023.89 the session ranged from -5.31% to -2.00%; the close-basis week is -3.05%.', basis='mid-session', window='week to 2022-05-20')
C('IXIC', 'weekly_pct', -6, '%', 'the Nasdaq is off by 6%', f"pct_between('IXIC','2022-05-13','{D}')", 'unverifiable', 'mid-session figure inside the session range',
  'Mid-session: against the 2022-05-13 close 11,805.00 the session ranged from -6.52% to -2.14%; the close-basis week is -3.82%.', basis='mid-session', window='week to 2022-05-20')
C('SPX', 'weekly_losing_streak', 7, 'weeks', 'on pace to fall for a seventh-straight week', f"[weekly_down_streak('SPX','{D}'), weekly_down_streak('IXIC','{D}')]", 'not_checkable', 'on pace',
  '"On pace" is not an assertion; both did close a seventh straight weekly loss.')
C('FEDFUNDS', 'first_hike_since', 'more than three years', None, 'first time in more than three years', "[fed_changes('2022-03-01','2022-03-31'), last_fed_hike_before('2022-03-17')]", 'supported', 'Fed target history',
  'March 16, 2022 decision (effective 2022-03-17, +0.25); the previous increase took effect 2018-12-20, about 3.25 years earlier.', ref='2022-03-16')
C('FEDFUNDS', 'rate_change', 0.5, 'pp', 'half-percentage-point increase', "fed_changes('2022-05-01','2022-05-20')", 'supported', 'Fed target history',
  'May 4, 2022 decision, +0.50 effective 2022-05-05.', ref='2022-05-04')

passage('ibj_20221230_sp500_worst_year_since_2008', 'ibj.com', 'https://ibj.com/articles/sp-500-closes-out-dismal-year-with-worst-loss-since-2008',
  'Associated Press via Indianapolis Business Journal', '2022-12-30', 'high', 'Undated page; "Friday, the last trading day of the year" is 2022-12-30.', '2022-12-30',
  "S&P 500 closes out dismal year with worst loss since 2008. Stocks finished 2022 with more losses, handing the S&P 500 its worst year since 2008. The benchmark index fell 0.3% Friday, the last trading day of the year, leaving it down 19.4% for the year. The technology-heavy Nasdaq and the Dow Jones industrial average also fell and ended the year in the red. The S&P 500 suffered its largest calendar-year decline since a 38% drop in 2008. Closing at 3,839.50 on Friday, the S&P 500 is at the same level as March 2021. The Nasdaq, meanwhile, dropped 33%, taking it to the same level as July 2020. The Dow fell 9% in 2022. Energy stocks held up better than the rest of the market as U.S. crude settled 2.4% higher. Bond yields mostly rose; the yield on the 10-Year Treasury rose to 3.88% from 3.82%.")
D = '2022-12-30'
C('SPX', 'pct_change', -0.3, '%', 'fell 0.3% Friday', f"pct('SPX','{D}')", 'supported', 'within 0.07', '-0.25%.')
C('SPX', 'ytd_pct', -19.4, '%', 'down 19.4% for the year', f"year_return('SPX',2022)", 'supported', 'within 0.07', '-19.44% for 2022.', window='2022')
C('SPX', 'worst_year_since', 2008, 'year', 'worst year since 2008', "last_year_as_bad('SPX',2022)", 'supported', 'worst since X: last year at least as bad', 'The last calendar year at least as bad is 2008.')
C('IXIC', 'pct_change', -0.1, '%', 'also fell and ended the year in the red', f"[pct('IXIC','{D}'), pct('DJI','{D}'), year_return('IXIC',2022), year_return('DJI',2022)]", 'supported', 'signs of daily and yearly changes',
  'Nasdaq -0.11% and Dow -0.22% on Friday; both negative for 2022.', comp='fell')
C('SPX', 'annual_pct', -38, '%', 'a 38% drop in 2008', "year_return('SPX',2008)", 'supported', 'integer within 0.5', '-38.49% in 2008.', ref='2008-12-31', window='2008')
C('SPX', 'close_level', 3839.50, 'points', '3,839.50', f"close('SPX','{D}')", 'supported', 'level within 0.025', 'Matches the file.')
C('SPX', 'same_level_as', 'March 2021', None, 'same level as March 2021', "close_range('SPX','2021-03-01','2021-03-31')", 'supported', 'level inside the month\'s closing range',
  'March 2021 closes ranged 3,768.47-3,974.54, which contains 3,839.50.')
C('IXIC', 'annual_pct', -33, '%', 'dropped 33%', "year_return('IXIC',2022)", 'supported', 'integer within 0.5', '-33.10% for 2022.', window='2022')
C('IXIC', 'same_level_as', 'July 2020', None, 'same level as July 2020', "[close('IXIC','2022-12-30'), close_range('IXIC','2020-07-01','2020-07-31')]", 'supported', 'level inside the month\'s closing range',
  'Nasdaq close 10,466.48; July 2020 closes ranged 10,154.63-10,767.09.')
C('DJI', 'annual_pct', -9, '%', 'The Dow fell 9% in 2022', "year_return('DJI',2022)", 'supported', 'integer within 0.5', '-8.78% for 2022.', window='2022')
C('US10Y', 'yield_level', 3.88, '%', 'rose to 3.88% from 3.82%', f"[yld('US10Y','2022-12-29'), yld('US10Y','{D}')]", 'supported', '2 decimals within 0.025',
  'FRED 10-year 3.83% on Dec 29 and 3.88% on Dec 30 (the 3.82% is a late-Thursday quote, 0.01 from the end-of-day value).', comp='from 3.82', basis='end of day')

# ---------------------------------------------------------------- 2023
passage('cheddar_20230228_frigid_february', 'cheddar.com', 'https://www.cheddar.com/media/stocks-stock-markets-02282023/',
  'Associated Press (Stan Choe) via Cheddar', '2023-02-28', 'exact', 'Date in the URL (02282023); the text describes Tuesday 2023-02-28, the last session of February.', '2023-02-28',
  "A frigid February for Wall Street ended with more losses on Tuesday. The S&P 500 fell 0.3% to lock in a loss of 2.6% for the month. The Dow Jones Industrial Average fell 232 points, or 0.7%, while the Nasdaq composite slipped 0.1%. Both also sank over the month. After a strong start to the year on hopes that inflation was easing, Wall Street went into reverse in February as a stream of data showed inflation and the economy staying more resilient than expected. That pushed traders to raise their forecasts for how high the Federal Reserve will take interest rates and how long it will keep them there. The Fed has said it wants rates at a \"sufficiently restrictive\" level, where the economy slows enough to bring inflation down to its 2% goal.")
D = '2023-02-28'
C('SPX', 'pct_change', -0.3, '%', 'fell 0.3%', f"pct('SPX','{D}')", 'supported', 'within 0.07', '-0.30%.')
C('SPX', 'mtd_pct', -2.6, '%', 'loss of 2.6% for the month', f"pct_between('SPX','2023-01-31','{D}')", 'supported', 'within 0.07', '-2.61% for February 2023.', window='February 2023')
C('DJI', 'point_change', -232, 'points', 'fell 232 points', f"chg('DJI','{D}')", 'supported', 'integer within 0.5', '-232.39.')
C('DJI', 'pct_change', -0.7, '%', '232 points, or 0.7%', f"pct('DJI','{D}')", 'supported', 'within 0.07', '-0.71%.')
C('IXIC', 'pct_change', -0.1, '%', 'slipped 0.1%', f"pct('IXIC','{D}')", 'supported', 'within 0.07', '-0.10%.')
C('DJI', 'mtd_pct', None, '%', 'Both also sank over the month', f"[pct_between('DJI','2023-01-31','{D}'), pct_between('IXIC','2023-01-31','{D}')]", 'supported', 'sign of the monthly change',
  'February 2023: Dow -4.19%, Nasdaq -1.11%.', comp='down', window='February 2023')
C('FEDFUNDS', 'inflation_goal', 2, '%', 'its 2% goal', None, 'not_checkable', 'generic statement', 'Policy goal, not a market figure.', basis=None)

# ---------------------------------------------------------------- 2024
passage('swishinteractiv_20240717_nasdaq_worst_day_since_2022', 'lifestyle.swishinteractiv.com',
  'https://lifestyle.swishinteractiv.com/nasdaq-has-worst-day-since-2022-as-tech-stocks-get-slammed/', 'Swish Interactiv (rewrite of wire coverage)', '2024-07-17', 'medium',
  'Undated page; "Wednesday", the Dow\'s first close above 41,000 and the chip-sanction reports place it on 2024-07-17.', '2024-07-17',
  "Nasdaq Has Worst Day Since 2022 as Tech Stocks Get Slammed. The Nasdaq Composite suffered its sharpest drop since December 2022 as tech stocks were sold hard, in stark contrast to the Dow's continued climb to record highs. On Wednesday, the Nasdaq plummeted by 2.8% as investors pulled back from the tech giants that had powered Wall Street's rally earlier this year. The S&P 500 also declined 1.4%. The Dow Jones Industrial Average bucked the trend, climbing 0.6% to another record high and topping the 41,000 mark for the first time. The milestone came exactly two months after the Dow first closed above 40,000. Nvidia fell 6.6% and AMD slid 10.2% after reports that the Biden administration is weighing more sanctions on Chinese tech firms and tighter chip trade curbs. A subdued inflation report and stronger-than-expected retail sales have bolstered expectations of a potential interest rate cut in September. While the Russell 2000 small-cap index initially fell during midday trading on Wednesday, it still kept a 4.5% gain for the week.")
D = '2024-07-17'
C('IXIC', 'worst_day_since', 'December 2022', None, 'sharpest drop since December 2022', f"last_move_as_big('IXIC','{D}',up=False)", 'supported', 'worst since X: last day with a move at least as large',
  'The last daily drop at least as large was 2022-12-15.')
C('IXIC', 'pct_change', -2.8, '%', 'plummeted by 2.8%', f"pct('IXIC','{D}')", 'supported', 'within 0.07', '-2.77%.')
C('SPX', 'pct_change', -1.4, '%', 'declined 1.4%', f"pct('SPX','{D}')", 'supported', 'within 0.07', '-1.39%.')
C('DJI', 'pct_change', 0.6, '%', 'climbing 0.6%', f"pct('DJI','{D}')", 'supported', 'within 0.07', '+0.59%.')
C('DJI', 'record_close', True, None, 'another record high', f"is_record_close('DJI','{D}')", 'supported', 'record: above every earlier close', 'Record close 41,198.08 (previous record 40,954.48 on July 16).')
C('DJI', 'first_close_above', 41000, 'points', 'topping the 41,000 mark for the first time', "first_close_above('DJI',41000)", 'supported', 'first close above a level', 'First close above 41,000 is 2024-07-17.')
C('DJI', 'first_close_above', 40000, 'points', 'exactly two months after the Dow first closed above 40,000', "first_close_above('DJI',40000)", 'supported', 'first close above a level',
  'First close above 40,000 on 2024-05-17, two calendar months before 2024-07-17.', ref='2024-05-17')
C('RUT', 'wtd_pct', 4.5, '%', '4.5% gain for the week', f"pct_between('RUT','2024-07-12','{D}')", 'unverifiable', 'mid-session figure inside the session range',
  'Midday reading: +4.5% on the 2024-07-12 close 2,148.27 implies about 2,244.9, inside the session range 2,236.25-2,278.13. The close-basis week-to-date gain is +4.25%. The index did fall on the day (-1.06%).', basis='midday', window='week to date')
C('FEDFUNDS', 'expected_cut', 'September', None, 'potential interest rate cut in September', None, 'forecast', 'projection / expectation', 'Market expectation of a future decision; not judged (the Fed did cut on 2024-09-18).', basis=None)

# ---------------------------------------------------------------- 2025
passage('zylostar_20251112_dow_record_amazon_drags_nasdaq', 'news.zylostar.com',
  'https://news.zylostar.com/news/dow-closes-at-a-record-high-while-amazon-drags-down-the-nasdaq', 'Zylostar (rewrite of Reuters coverage)', '2025-11-12', 'medium',
  'Undated page; the House vote ending the record-long shutdown and the closing figures place it on Wednesday 2025-11-12.', '2025-11-12',
  "Dow closes at a record high, while Amazon drags down the Nasdaq. Wall Street ended mixed on Wednesday, with the Dow Jones closing at a record high while the Nasdaq slipped, as investors rotated out of pricey technology stocks and looked to the expected end of the historic U.S. government shutdown. The House was expected to pass a stopgap funding bill to end the record-long shutdown. Gains of about 3.5% each in Goldman Sachs and UnitedHealth Group helped the Dow close at a record high for a second straight day. The index is now up roughly 13% in 2025, compared with a 17% rise in the S&P 500. Amazon and Tesla fell around 2% each, Palantir lost 3.6% and Oracle 3.9%, while AMD jumped 9% on a data-center revenue target. At the close, the S&P 500 gained 0.06% to finish at 6,850.92, the Nasdaq slipped 0.26% to 23,406.46, and the Dow climbed 0.68% to 48,254.82. Six of the 11 S&P 500 sectors advanced, led by healthcare with a 1.36% gain, followed by financials up 0.9%.")
D = '2025-11-12'
C('DJI', 'record_close', True, None, 'record high for a second straight day', f"recs('DJI','2025-11-11','{D}')", 'supported', 'record: above every earlier close', 'Record closes on 2025-11-11 and 2025-11-12 (Dow rows after 2025-07-11 come from a single source).')
C('DJI', 'ytd_pct', 13, '%', 'up roughly 13% in 2025', f"pct_between('DJI','2024-12-31','{D}')", 'supported', 'roughly: within one unit', '+13.42% YTD.', qual='roughly', window='2025 YTD')
C('SPX', 'ytd_pct', 17, '%', 'a 17% rise in the S&P 500', f"pct_between('SPX','2024-12-31','{D}')", 'imprecise', 'integer within 0.5',
  'S&P 500 +16.48% YTD: 0.52 off an unhedged 17 (if "roughly" is read as carrying over from the Dow figure, it would be supported).', window='2025 YTD')
C('SPX', 'pct_change', 0.06, '%', 'gained 0.06%', f"pct('SPX','{D}')", 'supported', 'within 0.025', '+0.06%.')
C('SPX', 'close_level', 6850.92, 'points', '6,850.92', f"close('SPX','{D}')", 'supported', 'level within 0.025', 'Matches the file.')
C('IXIC', 'pct_change', -0.26, '%', 'slipped 0.26%', f"pct('IXIC','{D}')", 'supported', 'within 0.025', '-0.26%.')
C('IXIC', 'close_level', 23406.46, 'points', '23,406.46', f"close('IXIC','{D}')", 'supported', 'level within 0.025', 'Matches the file.')
C('DJI', 'pct_change', 0.68, '%', 'climbed 0.68%', f"pct('DJI','{D}')", 'supported', 'within 0.025', '+0.68%.')
C('DJI', 'close_level', 48254.82, 'points', '48,254.82', f"close('DJI','{D}')", 'supported', 'level within 0.025', 'Matches the file.')
C('SPX_SECTORS', 'advancing_sectors', 6, 'sectors', 'Six of the 11 S&P 500 sectors advanced', None, 'unverifiable', 'series not in the files', 'Sector indexes are not in the files.')
C('SPX_HEALTHCARE', 'pct_change', 1.36, '%', '1.36% gain', None, 'unverifiable', 'series not in the files', 'Sector index not in the files (XLV proxy only).')

# ---------------------------------------------------------------- 2026
passage('staradvertiser_20260102_dow_higher_first_day_2026', '1395.topnews.com',
  'https://1395.topnews.com/en/economy/?article=3439335387679893762-c058e11e5a0ab7ce11&period=3h&thread=3439335387679893762',
  'Reuters via Honolulu Star-Advertiser (aggregator page)', '2026-01-02', 'high', '"first day of trading in 2026" is Friday 2026-01-02; the closing figures match.', '2026-01-02',
  "Dow closes higher on first day of trading in 2026. NEW YORK >> The Dow and S&P 500 indexes ended higher today, starting 2026 by snapping a four-day losing streak, helped by gains in chip makers Nvidia and Intel and in Boeing. In 2025, the Dow, the S&P 500 and the Nasdaq all notched double-digit gains, their third straight year in the green, a run last seen during 2019-2021. Chip stocks gave a lift, with the Philadelphia SE Semiconductor index up 4%; industrials and utilities also gained. Caterpillar and Boeing rose 4.5% and 4.9%, boosting the Dow. Tesla slid 2.6% after annual sales fell for a second year. The Dow Jones Industrial Average rose 319.10 points, or 0.66%, to 48,382.39, the S&P 500 gained 12.97 points, or 0.19%, to 6,858.47 and the Nasdaq Composite lost 6.36 points, or 0.03%, to 23,235.63.")
D = '2026-01-02'
for t in ['DJI', 'SPX']:
    C(t, 'losing_streak_snapped', 4, 'sessions', 'snapping a four-day losing streak', f"[down_streak('{t}','2025-12-31'), chg('{t}','{D}')]", 'supported', 'streak count on closes',
      'Four lower closes 2025-12-26..2025-12-31, then a gain on 2026-01-02.')
for t in ['DJI', 'SPX', 'IXIC']:
    C(t, 'annual_pct', 10, '%', 'all notched double-digit gains', f"year_return('{t}',2025)", 'supported', 'bound: at least 10%',
      '2025: Dow +12.97%, S&P 500 +16.39%, Nasdaq +20.36%.', qual='at least', ref='2025-12-31', window='2025')
C('SPX', 'up_years_in_row', 3, 'years', 'third straight year in the green', "[[year_return(t, y) for y in (2022, 2023, 2024, 2025)] for t in ('DJI', 'SPX', 'IXIC')]", 'supported', 'signs of calendar-year returns',
  'All three rose in 2023, 2024 and 2025 and fell in 2022.', ref='2025-12-31', window='2023-2025')
C('SPX', 'run_last_seen', '2019-2021', None, 'a run last seen during 2019-2021', "[[year_return(t, y) for y in range(2017, 2023)] for t in ('DJI', 'SPX', 'IXIC')]", 'supported', 'signs of calendar-year returns',
  'All three rose in 2019, 2020 and 2021 (and fell in 2018 and 2022), so 2019-2021 is the last earlier three-year run.', window='2019-2021')
C('SOX', 'pct_change', 4, '%', 'Philadelphia SE Semiconductor index up 4%', None, 'unverifiable', 'series not in the files', 'The semiconductor index is not in the files.')
for t, ch, pc, lvl, a1, a2, a3 in [('DJI', 319.10, 0.66, 48382.39, '319.10 points', '0.66%', '48,382.39'),
                                    ('SPX', 12.97, 0.19, 6858.47, '12.97 points', '0.19%', '6,858.47'),
                                    ('IXIC', -6.36, -0.03, 23235.63, '6.36 points', '0.03%', '23,235.63')]:
    C(t, 'point_change', ch, 'points', a1, f"chg('{t}','{D}')", 'supported', 'within 0.025', 'Matches the file.')
    C(t, 'pct_change', pc, '%', a2, f"pct('{t}','{D}')", 'supported', 'within 0.025', 'Matches the file.')
    C(t, 'close_level', lvl, 'points', a3, f"close('{t}','{D}')", 'supported', 'level within 0.025', 'Matches the file.')

passage('nasdaq_20260224_stock_market_news_tech_slump', 'nasdaq.com', 'https://www.nasdaq.com/articles/stock-market-news-feb-24-2026',
  'Zacks via Nasdaq.com', '2026-02-24', 'exact', 'Date in the URL; the text describes Monday 2026-02-23 (the last row of the Dow file).', '2026-02-23',
  "Wall Street closed lower on Monday, dragged down by tech stocks amid policy uncertainty and growing worries about AI-driven disruption. The Nasdaq Composite, the S&P 500 and the Dow all finished in negative territory. The Dow Jones Industrial Average fell 1.7%, or 821.91 points, to close at 48,804.06; seventeen components of the 30-stock index ended lower and 13 ended higher. The tech-heavy Nasdaq Composite declined 1.1%, or 258.80 points, to close at 22,627.27. The S&P 500 lost 1.04% to end at 6,837.75. Of the 11 broad sectors of the index, six ended lower and five higher. The fear gauge, the CBOE Volatility Index (VIX), increased by 10.1% to 21.01. A total of 18.39 billion shares changed hands on Monday, below the last 20-session average of 20.62 billion. Tech stocks slid after President Donald Trump said he plans to raise global tariffs to 15% from 10% despite a Supreme Court ruling against his earlier plan.")
D = '2026-02-23'
C('DJI', 'pct_change', -1.7, '%', 'fell 1.7%', f"pct('DJI','{D}')", 'supported', 'within 0.07', '-1.66%.')
C('DJI', 'point_change', -821.91, 'points', '821.91 points', f"chg('DJI','{D}')", 'supported', 'within 0.025', 'Matches the file.')
C('DJI', 'close_level', 48804.06, 'points', '48,804.06', f"close('DJI','{D}')", 'supported', 'level within 0.025', 'Matches the file.')
C('DJI_COMPONENTS', 'decliners', 17, 'stocks', 'seventeen components', None, 'unverifiable', 'series not in the files', 'Dow component prices are not in the files.')
C('IXIC', 'pct_change', -1.1, '%', 'declined 1.1%', f"pct('IXIC','{D}')", 'supported', 'within 0.07', '-1.13%.')
C('IXIC', 'point_change', -258.80, 'points', '258.80 points', f"chg('IXIC','{D}')", 'supported', 'within 0.025', 'Matches the file.')
C('IXIC', 'close_level', 22627.27, 'points', '22,627.27', f"close('IXIC','{D}')", 'supported', 'level within 0.025', 'Matches the file.')
C('SPX', 'pct_change', -1.04, '%', 'lost 1.04%', f"pct('SPX','{D}')", 'supported', 'within 0.025', '-1.04%.')
C('SPX', 'close_level', 6837.75, 'points', '6,837.75', f"close('SPX','{D}')", 'supported', 'level within 0.025', 'Matches the file.')
C('SPX_SECTORS', 'declining_sectors', 6, 'sectors', 'six ended lower and five higher', None, 'unverifiable', 'series not in the files', 'Sector indexes are not in the files.')
C('VIX', 'pct_change', 10.1, '%', 'increased by 10.1%', f"pct('VIX','{D}')", 'supported', 'within 0.07', '+10.06%.')
C('VIX', 'close_level', 21.01, 'points', 'to 21.01', f"close('VIX','{D}')", 'supported', 'level within 0.025', 'Matches the file.')
C('NYSE', 'volume', 18.39, 'billion shares', '18.39 billion shares', None, 'unverifiable', 'series not in the files', 'Consolidated volume is not in the files.')

# ---------------------------------------------------------------- write
def main():
    helpers.data_dir()
    key, recipes = [], []
    for p in P:
        text = p['text']
        claims_out = []
        for i, c in enumerate(p['claims']):
            a = c['_anchor']
            n = text.count(a)
            assert n == 1, (p['id'], i, a, n)
            expr = c['_expr']
            val = eval(expr) if expr else None
            note = c['_note']
            if '{low}' in note:
                t = c['index_or_ticker']; note = note.format(low=low(t, c['ref_date']), high=high(t, c['ref_date']))
            detail = (f"reference.py: {expr}" if expr else 'reference.py: (none; nothing in the files computes it)')
            key.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=c['index_or_ticker'], metric=c['metric'],
                            claimed_value=c['value'], qualifier=c['qualifier'], ref_date_used=c['ref_date'], computed_value=val,
                            computed_detail=detail, verdict=c['_verdict'], rule=c['_rule'], note=note, anchor_text=a))
            recipes.append((p['id'], i, expr))
            claims_out.append({k: v for k, v in c.items() if not k.startswith('_')})
        p_out = {k: v for k, v in p.items() if k not in ('claims', 'session')}
        p_out['claims'] = claims_out
        p['_out'] = p_out
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
        for p in P: f.write(json.dumps(p['_out'], ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
        for k in key: f.write(json.dumps(k, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'reference.py'), 'w') as f:
        f.write(REF_HEAD)
        f.write('RECIPES = {\n')
        for pid, i, expr in recipes:
            f.write(f"    ({pid!r}, {i}): {expr!r},\n")
        f.write('}\n')
        f.write(REF_TAIL)
    from collections import Counter
    print(len(P), 'passages', len(key), 'claims', Counter(k['verdict'] for k in key))

REF_HEAD = '''"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)
Each key record is one line of RECIPES: an expression over the helpers in helpers.py (same folder).
Prints every value and a last line "N recipes, N key records, M mismatches"; exits 1 on any mismatch.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from helpers import *

'''
REF_TAIL = '''
def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try: return abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError): return False
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b

def main():
    data_dir()
    kp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    key = [json.loads(l) for l in open(kp) if l.strip()]
    bad = 0
    for k in key:
        expr = RECIPES.get((k['passage_id'], k['claim_index']), 'MISSING')
        if expr == 'MISSING':
            print('MISSING recipe', k['passage_id'], k['claim_index']); bad += 1; continue
        v = json.loads(json.dumps(eval(expr))) if expr else None
        ok = same(v, k['computed_value'])
        bad += (not ok)
        print(('ok  ' if ok else 'DIFF'), k['passage_id'], k['claim_index'], k['index_or_ticker'], v, '' if ok else f"key={k['computed_value']}")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad or len(RECIPES) != len(key) else 0)

if __name__ == '__main__':
    main()
'''

if __name__ == '__main__':
    main()
