"""Build passages.jsonl and key.jsonl of this corpus from the passage texts and claim table below.

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
Every computed_value comes from a recipe of reference.py (RECIPES); outputs are written beside this file.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R

P = []  # passages

def passage(pid, site, url, outlet, published, conf, note, text, claims):
    P.append(dict(id=pid, site=site, url=url, outlet=outlet, published=published, conf=conf, note=note, text=text, claims=claims))

# claim tuple: (ticker, metric, value, unit, qualifier, ref_date, window, comparison, basis, verdict, rule, note, anchor)

passage('goldmanresearch_20121227_rut_primer', 'goldmanresearch.com',
 'https://www.goldmanresearch.com/20121227268/Daily-Blogs/the-russell-2000-and-you.html',
 'Goldman Small Cap Research (GSCR Staff blog)', '2012-12-27', 'exact',
 'The page is dated Thursday, 27 December 2012 01:00; "yesterday" is Wednesday 2012-12-26 (Christmas Day was a holiday), and no session had yet traded on the publication day.',
 "The Russell 2000 And You. Thursday, 27 December 2012. We cite indices and benchmarks so often that what they are made of gets lost, so here is a short primer on the index that matters most to our world, the Russell 2000 Index. It is a composite of 2,000 small-cap stocks and a subset of the Russell 3000 Index representing approximately 10% of the total market capitalization of that index. The average weighted market capitalization of a member is around $1.3 billion and the median market cap is $500 million, while the largest stock in the index carries a market cap approaching $5 billion. The index trades on the Chicago Board Options Exchange as ^RUT, and iShares lists a tracking ETF as IWM. The Russell 2000 has had a steady, but volatile climb from a low of 390 in February 2009 to the 825 range today (it closed at 838 yesterday). The volatility is palpable: during 4Q12 alone, the index has dropped from 840 down to 770 only to return to 840 again.",
 [
  ('RUT', 'share_of_russell3000_market_cap', 10, '%', 'approximately', '2012-12-26', None, None, 'index composition', 'unverifiable', 'series not in the files', 'Index weights are not in the files.', 'approximately 10%'),
  ('RUT', 'constituent_market_caps', [1.3, 500, 5], 'USD bn / USD m / USD bn', 'around; approaching', '2012-12-26', None, None, 'index composition', 'unverifiable', 'series not in the files', 'Average weighted ($1.3 billion), median ($500 million) and largest ($5 billion) member market caps: constituent data are not in the files.', 'median market cap is $500 million'),
  ('RUT', 'level_low', 390, 'points', None, '2009-02', 'February 2009', None, 'close', 'imprecise', 'index level within 1%', 'Lowest February 2009 close 389.02 (2009-02-23); unhedged integer tolerance 0.5 missed by 0.98, within 1% -> imprecise. Lowest February intraday low 386.69.', 'a low of 390'),
  ('RUT', 'low_date', 'February 2009', None, None, '2009-03-09', '2009-01-01..2012-12-26', None, 'close', 'contradicted', 'wrong date', 'The climb did not start from a February low: the bear-market low close was 343.26 on 2009-03-09 (intraday 342.59), 12% below the February figure. The month is wrong.', 'in February 2009'),
  ('RUT', 'level', 825, 'points', 'range', '2012-12-26', None, None, 'last close before publication', 'contradicted', 'index level off by more than 1%', 'No session had traded on the publication morning; the last close (2012-12-26) was 838.89, 1.7% above 825 and at odds with the passage\'s own "closed at 838 yesterday". Even read as "about 825" (+-10) it misses.', 'the 825 range today'),
  ('RUT', 'close', 838, 'points', None, '2012-12-26', None, None, 'close', 'imprecise', 'truncated figure', 'Close 2012-12-26 was 838.89; "838" is a truncation (rounding gives 839).', 'closed at 838 yesterday'),
  ('RUT', 'level_start_q4', 840, 'points', None, '2012-10-01', '4Q12', None, 'close', 'supported', 'integer within 0.5', 'First close of the fourth quarter 840.31 (2012-10-01); the quarter began from the 2012-09-28 close of 837.45. The return "to 840 again" also holds: closes reached 852.49 on 2012-12-20 and stood at 838.89 on 2012-12-26.', 'from 840 down to 770'),
  ('RUT', 'level_low_q4', 770, 'points', None, '2012-11-15', '4Q12', None, 'close', 'supported', 'integer within 0.5', 'Lowest close of 4Q12 769.48 on 2012-11-15 (intraday low 763.55 on 2012-11-16).', 'down to 770'),
 ])

passage('financialstrend_20130715_iwm_small_cap_strength', 'financialstrend.com',
 'https://www.financialstrend.com/ishares-russell-2000-index-etf-nysearcaiwm-shares-rose-significantly-1701.html',
 'Financialstrend', '2013-07-15', 'exact',
 'Dateline "Dallas, Texas 07/15/2013". The IWM quote, change and intraday range are mid-session figures of Monday 2013-07-15; the index moves "for the weekend" and the 52-week range refer to the week ending Friday 2013-07-12.',
 "Dallas, Texas 07/15/2013 (Financialstrend) - The Dow Jones, S&P 500 and NASDAQ rose significantly for the weekend, each soaring by 1.0%, and closed at the intraday high levels; trading volume on the exchanges ran around 37% above the levels of previous days. Adding to this is the relative strength recently seen in small cap stocks: the Russell 2000 index rallied to beat down its recent peaks. The move shows up in the price chart of the iShares Russell 2000 Index (ETF) (NYSEARCA:IWM), with money said to be flowing from institutions into small caps. IWM shares are currently trading at $103.36, up by 0.66%. During the day the stock has fluctuated between a low intraday price of $102.85 and a high intraday price of $103.44 per share. It has a 52-week low of $76.13 and a 52-week high of $103.11 per share. The fund has a market cap of $23.70 billion with around 229.30 million outstanding shares and institutional ownership of 116 percent. The stock witnessed active trading in around 6.94 million shares on Friday.",
 [
  ('DJI', 'pct_change', 1.0, '%', None, '2013-07-12', 'week ending 2013-07-12', None, 'close', 'contradicted', 'percent figure off by more than max(2 pp, 10%) or 20% of true', 'Read as the week (Friday 2013-07-05 to Friday 2013-07-12): +2.17%. Friday alone: +0.02%. Only Thursday 2013-07-11 (+1.11%) comes near; no reading gives 1.0%.', 'each soaring by 1.0%'),
  ('SPX', 'pct_change', 1.0, '%', None, '2013-07-12', 'week ending 2013-07-12', None, 'close', 'contradicted', 'percent figure off by more than 20% of true', 'Week +2.96%; Friday +0.31%; Thursday +1.36%.', 'The Dow Jones, S&P 500 and NASDAQ rose significantly'),
  ('IXIC', 'pct_change', 1.0, '%', None, '2013-07-12', 'week ending 2013-07-12', None, 'close', 'contradicted', 'percent figure off by more than 20% of true', 'Week +3.47%; Friday +0.61%; Thursday +1.63%.', 'rose significantly for the weekend'),
  ('DJI, SPX, IXIC', 'closed_at_session_high', True, None, None, '2013-07-12', None, None, 'close vs intraday high', 'contradicted', 'wrong for one of the indexes', 'Friday 2013-07-12: S&P 500 (1680.19) and Nasdaq (3600.08) closed at their session highs; the Dow closed at 15464.30, below its high of 15498.39. Value lists [Dow, S&P, Nasdaq].', 'closed at the intraday high levels'),
  ('NYSE', 'volume_change', 37, '%', 'around', '2013-07-12', None, 'vs previous days', 'exchange volume', 'unverifiable', 'series not in the files', 'Exchange-wide volume is not in the files.', 'around 37% above'),
  ('RUT', 'record_close', True, None, None, '2013-07-12', None, None, 'close', 'supported', 'record: above every earlier close', 'RUT closed at 1036.52 on 2013-07-12, above the previous record of 1033.18 set on 2013-07-11 (itself a record).', 'rallied to beat down its recent peaks'),
  ('IWM', 'price', 103.36, 'USD', None, '2013-07-15', None, None, 'mid-session', 'unverifiable', 'mid-session figure inside the session range', 'Session 2013-07-15 range 102.84-103.68, close 103.58 (computed_value is the close).', '$103.36'),
  ('IWM', 'pct_change', 0.66, '%', None, '2013-07-15', None, None, 'mid-session', 'supported', 'distance computed from a level the passage states', '103.36 against the previous close 102.68 is +0.662%; the arithmetic holds (close +0.88%).', 'up by 0.66%'),
  ('IWM', 'intraday_low', 102.85, 'USD', None, '2013-07-15', 'so far in the session', None, 'mid-session', 'unverifiable', 'mid-session figure inside the session range', 'Final session low 102.84, one cent lower; a low "so far" of 102.85 cannot be decided.', '$102.85'),
  ('IWM', 'intraday_high', 103.44, 'USD', None, '2013-07-15', 'so far in the session', None, 'mid-session', 'unverifiable', 'mid-session figure inside the session range', 'The session went on to a high of 103.68.', '$103.44'),
  ('IWM', 'low_52wk', 76.13, 'USD', None, '2013-07-12', '52 weeks to 2013-07-12', None, 'intraday low', 'supported', '2 dp within 0.025', 'Lowest intraday low of the 52 weeks to 2013-07-12: 76.13.', '52-week low of $76.13'),
  ('IWM', 'high_52wk', 103.11, 'USD', None, '2013-07-12', '52 weeks to 2013-07-12', None, 'intraday high', 'supported', '2 dp within 0.025', 'Highest intraday high to 2013-07-12: 103.11 (2013-07-12). IWM traded above it on 2013-07-15 (high 103.68), so the figure is the pre-session one.', '52-week high of $103.11'),
  ('IWM', 'fund_statistics', [23.70, 229.30, 116], 'USD bn / m shares / %', 'around', '2013-07-15', None, None, 'fund data', 'unverifiable', 'series not in the files', 'Market cap, shares outstanding and institutional ownership are not in the files.', 'institutional ownership of 116 percent'),
  ('IWM', 'volume', 6.94, 'million shares', 'around', '2013-07-12', None, None, 'session volume', 'contradicted', 'count off by more than 20%', 'IWM volume on Friday 2013-07-12 was 28,584,000 shares in the file, four times the figure. The 6.94 million may be Monday volume so far (the whole Monday session traded 30.8 million).', '6.94 million shares'),
 ])

passage('newsday_20130520_rut_tops_1000', 'newsday.com',
 'https://www.newsday.com/business/russell-2000-lone-winner-among-markets-b89411',
 'Newsday (Associated Press)', '2013-05-20', 'high',
 'AP wrap of Monday 2013-05-20 credited "-- AP"; the page shows no date of its own, the photo caption is dated May 7, 2013. Same session as other AP rewrites already in other corpora (different outlet; counted as an overlap).',
 "Small-company stocks were a bright spot in a subdued start to the week for Wall Street. The Russell 2000, an index of small-company stocks, climbed above 1,000 points for the first time and ended higher Monday, even as the Dow Jones industrial average, the Standard & Poor's 500 index and the Nasdaq composite index all edged lower. The gains for smaller companies are encouraging for the broader stock market, because they show that investors are becoming more comfortable about the economy and riskier assets, said Rob Lutts, chief investment officer at Cabot Money Management. Small-company stocks are seen as riskier than big names like IBM or Coca-Cola, since small companies tend to be younger and less diversified. The Russell 2000 rose 1.70 points to close at 997.98. The index climbed as high as 1001.50 at midday. The Dow closed down 19.12 points at 15,335.28. The S&P 500 index fell 0.07 percent to 1,666.29. The Nasdaq index closed down 0.07 percent to 3,496.43. -- AP",
 [
  ('RUT', 'first_time_above', 1000, 'points', None, '2013-05-20', None, None, 'intraday high', 'supported', 'first session with a high at or above the level', 'First RUT high at or above 1,000 in the file: 2013-05-20 (high 1001.50). It closed below 1,000.', 'climbed above 1,000 points for the first time'),
  ('RUT', 'direction', 'up', None, None, '2013-05-20', None, None, 'close', 'supported', 'sign of the daily change', '+1.70 points.', 'ended higher Monday'),
  ('DJI, SPX, IXIC', 'direction', 'down', None, None, '2013-05-20', None, None, 'close', 'supported', 'sign of the daily change', 'Dow -19.12, S&P -1.18, Nasdaq -2.54 points.', 'all edged lower'),
  ('QUOTE', 'opinion', None, None, None, '2013-05-20', None, None, None, 'not_checkable', 'quoted opinion', 'Lutts on what small-cap gains show.', 'said Rob Lutts'),
  ('RUT', 'point_change', 1.70, 'points', None, '2013-05-20', None, None, 'close', 'supported', '2 dp within 0.025', '997.98 - 996.28.', 'rose 1.70 points'),
  ('RUT', 'close', 997.98, 'points', None, '2013-05-20', None, None, 'close', 'supported', '2 dp within 0.025', None, 'close at 997.98'),
  ('RUT', 'intraday_high', 1001.50, 'points', 'as high as', '2013-05-20', None, None, 'midday', 'supported', 'session extreme within one unit', 'Session high 1001.50.', 'as high as 1001.50 at midday'),
  ('DJI', 'point_change', -19.12, 'points', None, '2013-05-20', None, None, 'close', 'supported', '2 dp within 0.025', None, 'down 19.12 points'),
  ('DJI', 'close', 15335.28, 'points', None, '2013-05-20', None, None, 'close', 'supported', '2 dp within 0.025', None, '15,335.28'),
  ('SPX', 'pct_change', -0.07, '%', None, '2013-05-20', None, None, 'close', 'supported', '2 dp within 0.025', '-0.071%.', 'fell 0.07 percent'),
  ('SPX', 'close', 1666.29, 'points', None, '2013-05-20', None, None, 'close', 'supported', '2 dp within 0.025', None, '1,666.29'),
  ('IXIC', 'pct_change', -0.07, '%', None, '2013-05-20', None, None, 'close', 'supported', '2 dp within 0.025', '-0.073%.', 'closed down 0.07 percent'),
  ('IXIC', 'close', 3496.43, 'points', None, '2013-05-20', None, None, 'close', 'supported', '2 dp within 0.025', None, '3,496.43'),
 ])

passage('profitconfidential_200512_rut_leads_indices', 'profitconfidential.com',
 'http://www.profitconfidential.com/bull-market/whats-in-store-for-the-russell-2000/',
 'Profit Confidential (Lombardi Publishing newsletter)', '2005-12', 'medium',
 'The page carries no date. The Russell 2000 year-to-date gain of 5.16% and the level "685" match only the close of 2005-12-08 (685.22, +5.164% YTD); the piece is taken to describe that session and to be published in December 2005. The Dow year-to-date figure fits no nearby session.',
 "What's in Store for the Russell 2000. If most of your cash sits in large-cap stocks, you are probably somewhat envious of small-cap investors right now. The blue-chip DOW is down 1.30% so far this year, following a poor 3.15% gain in 2004. 2003 was much better for the DOW, up 25.32%, but it still underperformed. Large caps are not free of risk; in a rising market, especially after an economic slowdown, you want small companies, which adapt faster than mid- and large-cap peers, and I expect the trend to continue. Buying remains focused on the small-cap and tech front. On the small-cap side, the Russell 2000 is leading the key market indices, up 5.16% on the year and at a historical high. Trading at 685, the index is on the verge of taking out 700 for the first time. If the current uptrend holds, the Russell 2000 will probably end this year ahead of the other major indices. The small-cap barometer led the pack in 2004, gaining 17%. And in 2003, the Russell 2000 surged 45.37%, trailing only the tech-laden NASDAQ's return of 50.01%. Since a bullish double bottom in 2002 the index has been on steroids, and the trendline points it toward 700.",
 [
  ('DJI', 'ytd_pct', -1.30, '%', None, '2005-12-08', 'YTD', None, 'close', 'contradicted', 'percent figure off by more than 20% of true', 'Dow YTD at the 2005-12-08 close: -0.26%. The Dow was about -1.3% YTD in early August 2005 (2005-08-01: -1.48%), when the Russell was up only 4.8%.', 'down 1.30% so far this year'),
  ('DJI', 'year_pct', 3.15, '%', None, '2004-12-31', '2004', None, 'close', 'supported', '2 dp within 0.025', '+3.148%.', '3.15% gain in 2004'),
  ('DJI', 'year_pct', 25.32, '%', None, '2003-12-31', '2003', None, 'close', 'supported', '2 dp within 0.025', '+25.322%.', 'up 25.32%'),
  ('DJI', 'underperformed', True, None, None, '2003-12-31', '2003', 'vs Nasdaq, Russell 2000, S&P 500', 'close', 'supported', 'ordering', '2003 ranking: Nasdaq 50.01%, Russell 45.37%, S&P 26.38%, Dow 25.32% (last).', 'but it still underperformed'),
  ('RUT', 'leads_indices_ytd', True, None, None, '2005-12-08', 'YTD', 'vs S&P 500, Nasdaq, Dow', 'close', 'supported', 'ordering', 'YTD to 2005-12-08: Russell 5.16%, S&P 3.62%, Nasdaq 3.26%, Dow -0.26%.', 'leading the key market indices'),
  ('RUT', 'ytd_pct', 5.16, '%', None, '2005-12-08', 'YTD', None, 'close', 'supported', '2 dp within 0.025', '+5.164% (685.22 vs 651.57).', 'up 5.16% on the year'),
  ('RUT', 'record', True, None, None, '2005-12-08', None, None, 'close', 'contradicted', 'wrong record', 'The 2005-12-08 close of 685.22 was 0.8% below the record close of 690.57 (2005-12-02); the session high 690.23 was also below the intraday record 693.10 (2005-12-06). "Near" a record, not at one.', 'at a historical high'),
  ('RUT', 'level', 685, 'points', None, '2005-12-08', None, None, 'close', 'supported', 'integer within 0.5', 'Close 685.22.', 'Trading at 685'),
  ('RUT', 'never_above', 700, 'points', None, '2005-12-08', 'all history to date', None, 'intraday high', 'supported', 'level never reached before', 'Highest intraday level to 2005-12-08: 693.10; highest close 690.57. 700 had never been reached.', 'taking out 700 for the first time'),
  ('RUT', 'forecast', None, None, 'probably', '2005-12-30', '2005', None, None, 'forecast', 'projection', 'Projection for the year end; not judged (the Russell did end 2005 ahead: +3.3% vs S&P +3.0%, Nasdaq +1.4%, Dow -0.6%).', 'will probably end this year ahead'),
  ('RUT', 'year_pct', 17, '%', None, '2004-12-31', '2004', None, 'close', 'supported', 'integer within 0.5', '+16.997%.', 'gaining 17%'),
  ('RUT', 'led_pack', True, None, None, '2004-12-31', '2004', 'vs S&P 500, Nasdaq, Dow', 'close', 'supported', 'ordering', '2004: Russell 17.00%, S&P 8.99%, Nasdaq 8.59%, Dow 3.15%.', 'led the pack in 2004'),
  ('RUT', 'year_pct', 45.37, '%', None, '2003-12-31', '2003', None, 'close', 'supported', '2 dp within 0.025', '+45.373%.', 'surged 45.37%'),
  ('IXIC', 'year_pct', 50.01, '%', None, '2003-12-31', '2003', None, 'close', 'supported', '2 dp within 0.025', '+50.008%. The Russell trailing only the Nasdaq also holds (ranking in claim 3).', '50.01%'),
  ('GENERIC', 'chart_pattern', None, None, None, '2002', None, None, None, 'not_checkable', 'technical opinion', 'A "bullish double bottom in 2002" and a trendline toward 700 are chart readings.', 'bullish double bottom in 2002'),
 ])

passage('cnbc_20111024_small_caps_message', 'cnbc.com',
 'https://www.cnbc.com/id/45020955', 'CNBC', '2011-10-24', 'high',
 'The page gives "Monday" but no date; every level and change matches the closes of Monday 2011-10-24 (Russell 736.03, Dow 11,913.62, S&P 1,254.19, Nasdaq 2,699.44), so the figures are taken on a close basis.',
 "Are Small Caps Sending a Message? Small caps were playing catch up Monday, with the Russell 2000 taking the lead over the big cap indices and on the verge of confirming the market's bullish trend. Investors broadly bought into the small cap group, sending the iShares Trust Russell 2000 ETF more than 3 percent higher. The Russell was up 23 points, or 3 percent at 736 Monday, while the Dow was up 0.9 percent at 11,913 and the S&P 500 was up 1.3 percent at 1254. The Nasdaq was up 2.4 percent at 2699. But for the year-to-date, while the other major indices are positive or close to it, the Russell is still down more than 6 percent. The Dow is up 2.9 percent and the Nasdaq is up 1.7 percent; the S&P 500 is about 0.3 percent lower on the year. Credit Suisse small and mid cap strategist Lori Calvasina said Monday mattered because the Russell broke through 728, a level it hasn't been at since late August, the top of the range it had held since then. Maxim Group's Paul LaRosa said the Russell 2000 will need to close above 737 to follow the Nasdaq, Dow and S&P 500 in confirming the bullish trend; the S&P 500 broke resistance when it closed above 1230 on Friday.",
 [
  ('IWM', 'pct_change', 3, '%', 'more than', '2011-10-24', None, None, 'close', 'supported', 'more than: true > claim', 'IWM +3.22% at the close.', 'more than 3 percent higher'),
  ('RUT', 'point_change', 23, 'points', None, '2011-10-24', None, None, 'close', 'imprecise', 'truncated figure', '+23.61 points; "23" truncates it (rounding gives 24).', 'up 23 points'),
  ('RUT', 'pct_change', 3, '%', None, '2011-10-24', None, None, 'close', 'supported', 'integer within 0.5', '+3.31%.', 'or 3 percent at 736'),
  ('RUT', 'close', 736, 'points', None, '2011-10-24', None, None, 'close', 'supported', 'integer within 0.5', '736.03.', 'at 736 Monday'),
  ('DJI', 'pct_change', 0.9, '%', None, '2011-10-24', None, None, 'close', 'supported', '1 dp within 0.07', '+0.89%.', 'up 0.9 percent'),
  ('DJI', 'close', 11913, 'points', None, '2011-10-24', None, None, 'close', 'imprecise', 'truncated figure', 'Close 11,913.62; "11,913" truncates it (rounding gives 11,914).', 'at 11,913'),
  ('SPX', 'pct_change', 1.3, '%', None, '2011-10-24', None, None, 'close', 'supported', '1 dp within 0.07', '+1.29%.', 'up 1.3 percent at 1254'),
  ('SPX', 'close', 1254, 'points', None, '2011-10-24', None, None, 'close', 'supported', 'integer within 0.5', '1,254.19.', 'at 1254'),
  ('IXIC', 'pct_change', 2.4, '%', None, '2011-10-24', None, None, 'close', 'supported', '1 dp within 0.07', '+2.35%.', 'up 2.4 percent'),
  ('IXIC', 'close', 2699, 'points', None, '2011-10-24', None, None, 'close', 'supported', 'integer within 0.5', '2,699.44.', 'at 2699'),
  ('RUT', 'ytd_pct', -6, '%', 'more than', '2011-10-24', 'YTD', None, 'close', 'supported', 'more than (a loss): true below -6', '-6.08% YTD.', 'down more than 6 percent'),
  ('DJI', 'ytd_pct', 2.9, '%', None, '2011-10-24', 'YTD', None, 'close', 'supported', '1 dp within 0.07', '+2.90%.', 'The Dow is up 2.9 percent'),
  ('IXIC', 'ytd_pct', 1.7, '%', None, '2011-10-24', 'YTD', None, 'close', 'supported', '1 dp within 0.07', '+1.755% (0.055 from the claim).', 'Nasdaq is up 1.7 percent'),
  ('SPX', 'ytd_pct', -0.3, '%', 'about', '2011-10-24', 'YTD', None, 'close', 'supported', 'about: within one unit of the last digit', '-0.27%.', 'about 0.3 percent lower'),
  ('RUT', 'last_time_at_level', 'late August', None, None, '2011-10-24', 'since', None, 'close', 'supported', 'last session with a close at or above the level', 'Last close at or above 728 before 2011-10-24: 2011-08-30 (intraday: 2011-09-01).', "hasn't been at since late August"),
  ('QUOTE', 'technical_threshold', 737, 'points', None, '2011-10-24', None, None, None, 'not_checkable', 'quoted opinion', 'A technician\'s condition for confirming a trend (the Russell closed at 736.03, then fell 3.0% the next day).', 'close above 737'),
  ('SPX', 'close_above', 1230, 'points', None, '2011-10-21', None, None, 'close', 'supported', 'above: true > claim', 'Friday 2011-10-21 close 1,238.25.', 'closed above 1230 on Friday'),
 ])

passage('investing_201711_small_caps_fail_to_keep_up', 'investing.com',
 'https://investing.com/news/stock-market-news/small-caps-fail-to-keep-up-842155',
 'Investing.com (news brief reposted from an original article the page does not name)', '2017-11', 'medium',
 'No date on the page. The figures fit the close of Friday 2017-11-10 best (Russell YTD +8.71%, gap to the S&P 500 664 bp, Russell -2.17% and S&P +1.24% over the month from 2017-10-10); on 2017-11-13 the month figure would be -1.84%.',
 "Small caps fail to keep up. A big move from late summer into early fall had small caps nearly catching up with the S&P 500 by the start of October. They have faded since, with the Russell 2000's 8.7% YTD advance now trailing the S&P 500 by about 650 basis points. Over the last month, the Russell 2000 is down 2.2% while the S&P 500 has gained 1.3%. What gives? Small caps earn most of their money in the U.S. and could be big winners from a corporate tax cut, but those hopes are fading or at least set to be delayed. Then there are earnings: small caps have reported an average decline of 1%, according to BAML, versus a 6% gain for larger caps. ETFs: IWM, TZA, TNA, IJS, VB, IJR.",
 [
  ('RUT', 'relative_ytd_gap', None, None, 'nearly', '2017-10-02', 'YTD to start of October', 'vs SPX', 'close', 'unverifiable', 'no figure stated', 'At the 2017-10-02 close the Russell trailed the S&P 500 YTD by 1.74 pp (vs 6.6 pp on 2017-11-10); "nearly catching up" states no figure.', 'nearly catching up'),
  ('RUT', 'ytd_pct', 8.7, '%', None, '2017-11-10', 'YTD', None, 'close', 'supported', '1 dp within 0.07', '+8.705% YTD.', "8.7% YTD advance"),
  ('RUT', 'ytd_gap_bp', 650, 'bp', 'about', '2017-11-10', 'YTD', 'S&P 500 minus Russell 2000', 'close', 'imprecise', 'about: outside one unit (10 bp) but within 20%', 'S&P 500 +15.34% vs Russell +8.71% YTD: gap 664 bp.', 'about 650 basis points'),
  ('RUT', 'pct_change', -2.2, '%', None, '2017-11-10', 'last month (2017-10-10 to 2017-11-10)', None, 'close', 'supported', '1 dp within 0.07', '-2.17%.', 'down 2.2%'),
  ('SPX', 'pct_change', 1.3, '%', None, '2017-11-10', 'last month (2017-10-10 to 2017-11-10)', None, 'close', 'supported', '1 dp within 0.07', '+1.24%.', 'has gained 1.3%'),
  ('RUT', 'earnings_growth', [-1, 6], '%', 'average', '2017-11-10', None, 'vs large caps', 'earnings', 'unverifiable', 'series not in the files', 'Reported earnings (BAML) are not in the files.', 'average decline of 1%'),
 ])

passage('openenterprisenews_20240716_historic_run_small_caps', 'openenterprisenews.com',
 'https://openenterprisenews.com/2024/07/a-historic-run-for-small-caps.html',
 'Bespoke Investment Group (repost)', '2024-07-16', 'high',
 'URL gives July 2024; the "5th straight trading day of 1%+ gains" and the record five-day outperformance fit only Tuesday 2024-07-16, written during that session ("today"). Same session as passages in other corpora (different outlet; counted as an overlap).',
 "The small-cap Russell 2,000 is extending its epic tear today with another gain of more than 2%. If today's rally holds, this will be the Russell's 5th straight trading day of 1%+ gains. There have only been four other five-day streaks of 1%+ gains in the index's history dating back to 1979. More notable still, the Russell has rallied over the last week while the S&P 500 has done very little. We were shocked by the next stat: if today's move holds through the close, this will be the biggest five-day outperformance the Russell 2,000 has ever seen against the S&P 500, eclipsing prior five-day stretches that ended on 10/19/87 (the '87 Crash) and 3/25/20 (the post-COVID bottom).",
 [
  ('RUT', 'pct_change', 2, '%', 'more than', '2024-07-16', None, None, 'mid-session', 'supported', 'bound claim: close and session extreme both satisfy', 'Close +3.50%; session high +3.57% (2265.21 vs 2187.02); session low +0.52%.', 'another gain of more than 2%'),
  ('RUT', 'streak_1pct_gains', 5, 'sessions', None, '2024-07-16', None, None, 'close', 'not_checkable', 'conditional ("if today\'s rally holds")', 'It did hold: 2024-07-10 +1.10%, 07-11 +3.57%, 07-12 +1.09%, 07-15 +1.80%, 07-16 +3.50%.', "5th straight trading day of 1%+ gains"),
  ('RUT', 'count_prior_streaks', 4, 'streaks', None, '2024-07-16', 'since 1979', None, 'close', 'unverifiable', 'history before the file starts', 'The file (from 1987-09-10) has exactly four earlier five-day runs of 1%+ gains (reaching five days on 1998-10-20, 2000-01-20, 2009-09-10, 2020-04-28), matching the claim, but 1979-1987 cannot be checked.', 'only been four other five-day streaks'),
  ('SPX', 'pct_change', None, '%', None, '2024-07-16', 'last week', None, 'close', 'not_checkable', 'generic statement', '"done very little" states no figure; S&P 500 +1.62% over the five sessions to 2024-07-16 against Russell +11.5%.', 'has done very little'),
  ('RUT', 'record_5day_outperformance', True, None, None, '2024-07-16', '5 sessions', 'vs SPX', 'close', 'not_checkable', 'conditional ("if today\'s move holds")', 'At the close the five-day gap was 9.92 pp, the largest in the file (prior largest 8.86 pp to 1987-10-19 and 8.80 pp to 2020-03-25).', 'biggest five-day outperformance'),
  ('RUT', 'prior_record_5day_outperformance_dates', ['1987-10-19', '2020-03-25'], None, None, '2024-07-16', '5 sessions', 'vs SPX', 'close', 'supported', 'ranks: the two largest earlier five-day gaps', 'Largest earlier five-day Russell-minus-S&P gaps in the file end 1987-10-19 (8.86 pp) and 2020-03-25 (8.80 pp).', "ended on 10/19/87"),
 ])

passage('ksaplayers_20201130_small_caps_best_month', 'ksaplayers.com',
 'https://ksaplayers.com/Ksahome/NewsDetial/?nid=22441020',
 'Reuters (repost)', '2020-11-30', 'high',
 'Repost of a Reuters market story written during the session of Monday 2020-11-30 ("On Monday, Moderna Inc said ..."); the month-to-date figures are mid-session. The session is also covered by passages in other corpora (different outlet; counted as an overlap).',
 "The Russell 2000 and S&P 600 indexes of small cap stocks are up more than 19% for the month - the biggest monthly percentage jump for both indexes, which date back to 1979 and the end of 1993, respectively - as investors bet recent positive COVID-19 vaccine trial results will help pull the economy out of a recession. Smaller names usually swing more than their larger brethren, but November's small cap gains have nearly doubled the roughly 11% gain in the S&P 500 this month. On Monday, Moderna Inc said it would seek U.S. and European emergency authorization for its vaccine after full late-stage results showed it to be 94.1% effective. \"As you got this vaccine news you started to get this rotation into the reopening side of the economy into small cap stocks, value stocks,\" said Tom Hainlin of U.S. Bank Wealth Management. According to FTSE Russell, as of Sept. 30, financials, industrials, materials and energy accounted for 36% of the weighting.",
 [
  ('RUT', 'mtd_pct', 19, '%', 'more than', '2020-11-30', 'November 2020', None, 'mid-session', 'unverifiable', 'mid-session bound inside the session range', 'Close basis +18.29% for November (fails the bound); at the session high +20.55%, at the low +17.91%. The mid-session figure cannot be decided. At the 2020-11-27 close November stood at +20.59%.', 'up more than 19% for the month'),
  ('SP600', 'mtd_pct', 19, '%', 'more than', '2020-11-30', 'November 2020', None, 'mid-session', 'unverifiable', 'series not in the files', 'S&P SmallCap 600 is not in the files.', 'S&P 600 indexes'),
  ('RUT', 'best_month_since_1979', True, None, None, '2020-11-30', 'since 1979', None, 'close', 'unverifiable', 'history before the file starts', 'Best earlier month in the file (from 1987-09): February 2000, +16.42%; November 2020 closed +18.29%, above it, but months of 1979-1987 cannot be checked.', 'the biggest monthly percentage jump'),
  ('SP600', 'best_month_since_1993', True, None, None, '2020-11-30', 'since 1993', None, None, 'unverifiable', 'series not in the files', None, 'the end of 1993'),
  ('SPX', 'mtd_pct', 11, '%', 'roughly', '2020-11-30', 'November 2020', None, 'close', 'supported', 'roughly: within one unit', '+10.76% at the 2020-11-30 close (+11.27% at the 11-27 close).', 'roughly 11% gain'),
  ('RUT', 'ratio_to_spx_month', 2, 'x', 'nearly', '2020-11-30', 'November 2020', 'vs SPX', 'close', 'imprecise', 'ratio within 20% of the true value', 'November 2020: Russell +18.29% / S&P +10.76% = 1.70x (1.83x at the 11-27 close); "nearly doubled" overstates it.', 'nearly doubled'),
  ('GENERIC', 'vaccine_efficacy', 94.1, '%', None, '2020-11-30', None, None, None, 'unverifiable', 'not a market figure', 'Trial result, not in the files.', '94.1% effective'),
  ('QUOTE', 'opinion', None, None, None, '2020-11-30', None, None, None, 'not_checkable', 'quoted opinion', None, 'said Tom Hainlin'),
  ('RUT', 'sector_weight', 36, '%', None, '2020-09-30', None, None, 'index composition', 'unverifiable', 'series not in the files', 'Sector weights are not in the files (the passage does not even name the index).', '36% of the weighting'),
 ])

passage('ts2_20260120_rut_record_first_10_days', 'ts2.tech',
 'https://ts2.tech/en/russell-2000-hits-record-as-small-caps-beat-big-tech-why-wall-street-watches-the-first-10-trading-days',
 'TS2 Space (citing the Wall Street Journal and MarketWatch)', '2026-01-20', 'exact',
 'Dateline "NEW YORK, Jan 20, 2026, 06:04 EST", before the Tuesday open after the Martin Luther King Jr. Day holiday; "last week" ends Friday 2026-01-16. That session is covered by passages in other corpora (different outlet; counted as an overlap).',
 "NEW YORK, Jan 20, 2026, 06:04 EST. Small-cap stocks have surged early in 2026, reviving talk of a market rotation, and analysts watch the first 10 trading days as a quick gauge of momentum and risk appetite. Smaller-company stocks finished last week strong, with the Russell 2000 hitting a record close on Jan. 16, outpacing the S&P 500 for the 11th session in a row, the Wall Street Journal reported. The index has surged roughly 7.9% this year, leaving the early gains in the S&P 500 and Nasdaq in the dust. Trading picks up Tuesday following the Martin Luther King Jr. Day break. Money has been leaving big-tech proxies, with the Roundhill Magnificent Seven ETF falling 1.6% in January, MarketWatch reports, while the Invesco Equal Weight S&P 500 ETF has gained 3.9%. \"There's a rotation into things that have been left behind,\" said Keith Lerner of Truist Advisory Services.",
 [
  ('RUT', 'record_close', True, None, None, '2026-01-16', None, None, 'close', 'supported', 'record: above every earlier close', '2026-01-16 close 2677.74 above the previous record 2674.56 (2026-01-15).', 'a record close on Jan. 16'),
  ('RUT', 'rel_streak_vs_spx', 11, 'sessions', None, '2026-01-16', None, 'vs SPX', 'close', 'supported', 'streak of daily outperformance', 'Russell beat the S&P 500 on every session from 2026-01-02 to 2026-01-16: 11 sessions (it lagged on 2025-12-31 by 0.01 pp).', '11th session in a row'),
  ('RUT', 'ytd_pct', 7.9, '%', 'roughly', '2026-01-16', 'YTD', None, 'close', 'supported', 'roughly: within one unit', '+7.89%.', 'roughly 7.9% this year'),
  ('RUT', 'ytd_ahead_of', True, None, None, '2026-01-16', 'YTD', 'vs SPX, IXIC', 'close', 'supported', 'ordering', 'YTD: Russell 7.89%, S&P 1.38%, Nasdaq 1.18%.', 'leaving the early gains'),
  ('SPX', 'holiday_closed', '2026-01-19', None, None, '2026-01-19', None, None, 'calendar', 'supported', 'no session in the files', 'No row for Monday 2026-01-19 in the RUT, S&P 500 or Nasdaq files.', 'Martin Luther King Jr. Day break'),
  ('MAGS', 'mtd_pct', -1.6, '%', None, '2026-01-16', 'January', None, None, 'unverifiable', 'series not in the files', 'Roundhill Magnificent Seven ETF not in the files.', 'falling 1.6% in January'),
  ('RSP', 'mtd_pct', 3.9, '%', None, '2026-01-16', 'January', None, None, 'unverifiable', 'series not in the files', 'Invesco S&P 500 Equal Weight ETF not in the files.', 'has gained 3.9%'),
  ('QUOTE', 'opinion', None, None, None, '2026-01-20', None, None, None, 'not_checkable', 'quoted opinion', None, 'said Keith Lerner'),
 ])


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('usage: python build.py PATH/TO/data')
    R.DATA = data
    pl, kl = [], []
    for p in P:
        claims = []
        for i, c in enumerate(p['claims']):
            (tk, metric, value, unit, qual, ref, window, comp, basis, verdict, rule, note, anchor) = c
            assert p['text'].count(anchor) == 1, (p['id'], i, anchor)
            claims.append(dict(index_or_ticker=tk, metric=metric, value=value, unit=unit, qualifier=qual,
                               ref_date=ref, window=window, comparison=comp, basis=basis))
            expr = R.RECIPES.get((p['id'], i))
            cv = R.evaluate(expr) if expr else None
            detail = ('reference.py: ' + expr) if expr else 'nothing in the files computes it'
            kl.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=tk, metric=metric, claimed_value=value,
                           qualifier=qual, ref_date_used=ref, computed_value=cv,
                           computed_detail=((note + ' ') if note else '') + detail,
                           verdict=verdict, rule=rule, note=note, anchor_text=anchor))
        rec = dict(id=p['id'], source=dict(site=p['site'], url=p['url'], original_outlet=p['outlet']),
                   published=p['published'], published_confidence=p['conf'], text_kind='condensed_close_paraphrase',
                   text=p['text'], claims=claims)
        if p['note']:
            rec['published_note'] = p['note']
        pl.append(rec)
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
        for r in pl:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
        for r in kl:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    from collections import Counter
    print(len(pl), 'passages,', len(kl), 'claims', dict(Counter(k['verdict'] for k in kl)))


if __name__ == '__main__':
    main()
