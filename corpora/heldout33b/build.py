"""Builds passages.jsonl, key.jsonl and reference.py of this corpus.
Usage: python build.py PATH/TO/data   (or CAPSCOPE_DATA_DIR). Writes beside itself."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reflib_template as R
R.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')

# claim: (ticker, metric, value, unit, qualifier, ref_date, window, basis, expr, kind, dec, anchor, note, verdict)
# kind: pct|level|pts (numeric judge), eq (flag/date equality), le/ge (bound), None (no computation)
P = []
def passage(pid, site, url, outlet, published, conf, pnote, text, claims):
    P.append(dict(id=pid, site=site, url=url, outlet=outlet, published=published, conf=conf, pnote=pnote, text=text, claims=claims))

passage('pri_20130328_sp500_record_1569', 'pri.org', 'https://www.pri.org/stories/2013-03-28/sp-500-closes-1569-new-record-high', 'GlobalPost (PRI)', '2013-03-28', 'exact', 'Date in the URL; the session is Thursday 2013-03-28, the last session of Q1 2013 (Good Friday closed).',
 "NEW YORK -- The S&P 500 index finished today at a new record high. On the last trading day of the first quarter, the S&P 500 gained 6.34 points, or 0.4 percent, to end at 1,569. The index rose 10 percent in the first quarter of 2013. The earlier record dated from Oct. 9, 2007; the S&P 500 then dropped 57 percent over the next 17 months to a closing low of 676.53 on Mar. 9, 2009. The Dow Jones also ended the quarter at a new closing record, up 52.38 points, or 0.4 percent, at 14,578.54. The Nasdaq Composite index added 11 points, or 0.3 percent, to close at 3,267.52.",
 [('SPX','record_close',True,'flag',None,'2013-03-28',None,'close',"is_record_close('SPX','2013-03-28')",'eq',None,'a new record high',"Close 1569.19 above the 2007-10-09 record 1565.15.",None),
  ('SPX','points_change',6.34,'points',None,'2013-03-28',None,'close',"chg('SPX','2013-03-28')",'pts',2,'6.34 points','',None),
  ('SPX','pct_change',0.4,'percent',None,'2013-03-28',None,'close',"pct_change('SPX','2013-03-28')",'pct',1,'0.4 percent, to end','',None),
  ('SPX','close',1569,'index points',None,'2013-03-28',None,'close',"close('SPX','2013-03-28')",'level',0,'1,569.','Whole-number level; 1569.19 rounds to 1,569.',None),
  ('SPX','quarter_return',10,'percent',None,'2013-03-28','2012-12-31 to 2013-03-28','close',"window_pct('SPX','2012-12-31','2013-03-28')",'pct',0,'10 percent','Q1 2013 price return.',None),
  ('SPX','previous_record_date','2007-10-09','date',None,'2013-03-28',None,'close',"prev_record_close_date('SPX','2013-03-28')",'eq',None,'Oct. 9, 2007','',None),
  ('SPX','drawdown',57,'percent',None,'2009-03-09','2007-10-09 to 2009-03-09','close',"drawdown_between('SPX','2007-10-09','2009-03-09')",'pct',0,'57 percent','1565.15 to 676.53.',None),
  ('SPX','close',676.53,'index points',None,'2009-03-09',None,'close',"close('SPX','2009-03-09')",'level',2,'676.53','',None),
  ('DJI','record_close',True,'flag',None,'2013-03-28',None,'close',"is_record_close('DJI','2013-03-28')",'eq',None,'new closing record','',None),
  ('DJI','points_change',52.38,'points',None,'2013-03-28',None,'close',"chg('DJI','2013-03-28')",'pts',2,'52.38 points','',None),
  ('DJI','close',14578.54,'index points',None,'2013-03-28',None,'close',"close('DJI','2013-03-28')",'level',2,'14,578.54','',None),
  ('IXIC','points_change',11,'points',None,'2013-03-28',None,'close',"chg('IXIC','2013-03-28')",'pts',0,'11 points','',None),
  ('IXIC','pct_change',0.3,'percent',None,'2013-03-28',None,'close',"pct_change('IXIC','2013-03-28')",'pct',1,'0.3 percent','',None),
  ('IXIC','close',3267.52,'index points',None,'2013-03-28',None,'close',"close('IXIC','2013-03-28')",'level',2,'3,267.52','',None)])

passage('newsday_20140703_dow_17000', 'newsday.com', 'https://www.newsday.com/business/dow-tops-17-000-for-the-first-time-after-strong-jobs-report-1.8650888', 'Newsday (AP)', '2014-07-03', 'high', 'The page says the Dow closed above 17,000 "Thursday" before the July Fourth weekend; that is Thursday 2014-07-03, a 1 p.m. early close.',
 "The Dow Jones industrial average ended above 17,000 points on Thursday for the first time, its first big 1,000-point milestone this year. The Standard & Poor's 500 index set a record as well. At the close the Dow had gained 92. points, or about 0.5 percent, to 17,068.3. The S&P 500 added 10.8 points, or nearly 0.6 percent, to 1,985.4, and the Nasdaq composite finished up 28.2 points, or about 0.6 percent, at 4,486. Trading stopped at 1 p.m. ahead of the July Fourth holiday weekend. The S&P 500 is nearing its own milestone of 2,000.",
 [('DJI','first_close_above',17000,'index points',None,'2014-07-03',None,'close',"first_close_above('DJI',17000)",'eq','2014-07-03','above 17,000 points on Thursday for the first time','',None),
  ('SPX','record_close',True,'flag',None,'2014-07-03',None,'close',"is_record_close('SPX','2014-07-03')",'eq',None,'set a record as well','',None),
  ('DJI','points_change',92,'points',None,'2014-07-03',None,'close',"chg('DJI','2014-07-03')",'pts',0,'92. points','Written "92." on the page (a dropped decimal); judged as 92.',None),
  ('DJI','pct_change',0.5,'percent','about','2014-07-03',None,'close',"pct_change('DJI','2014-07-03')",'pct',1,'about 0.5 percent','',None),
  ('DJI','close',17068.3,'index points',None,'2014-07-03',None,'close',"close('DJI','2014-07-03')",'level',1,'17,068.3','',None),
  ('SPX','points_change',10.8,'points',None,'2014-07-03',None,'close',"chg('SPX','2014-07-03')",'pts',1,'10.8 points','',None),
  ('SPX','pct_change',0.6,'percent','nearly','2014-07-03',None,'close',"pct_change('SPX','2014-07-03')",'pct',1,'nearly 0.6 percent','',None),
  ('SPX','close',1985.4,'index points',None,'2014-07-03',None,'close',"close('SPX','2014-07-03')",'level',1,'1,985.4','',None),
  ('IXIC','points_change',28.2,'points',None,'2014-07-03',None,'close',"chg('IXIC','2014-07-03')",'pts',1,'28.2 points','',None),
  ('IXIC','pct_change',0.6,'percent','about','2014-07-03',None,'close',"pct_change('IXIC','2014-07-03')",'pct',1,'about 0.6 percent','',None),
  ('IXIC','close',4486,'index points',None,'2014-07-03',None,'close',"close('IXIC','2014-07-03')",'level',0,'4,486','',None)])

passage('cityam_20150618_wall_st_after_fed', 'cityam.com', 'http://www.cityam.com/218228/wall-st-after-fed-rates-talk-new-york-report', 'City A.M.', '2015-06-18', 'high', 'Next-morning London paper: "yesterday" is Wednesday 2015-06-17, an FOMC decision day; the figures match that session.',
 "Wall St up after Fed rates talk - New York Report. US STOCKS closed slightly higher after a choppy session yesterday once the Federal Reserve said the US economy is probably strong enough to cope with a rate rise later this year. The rate outlook lifted high-yielding shares, with the S&P 500 utilities sector up 0.9 per cent. Stocks reached session highs while Fed chair Janet Yellen met the press, then lost more than half the day's gains at the close. The Dow Jones industrial average rose 31.26 points, or 0.17 per cent, to 17,935.74, the S&P 500 gained 4.15 points, or 0.2 per cent, to 2,100.44 and the Nasdaq Composite added 9.33 points, or 0.18 per cent, to 5,064.88. At its high, the S&P was up 0.5 per cent.",
 [('FEDFUNDS','fomc_decision_day',True,'flag',None,'2015-06-17',None,None,"fomc_meeting('2015-06-17')",'eq',None,'the Federal Reserve said','FOMC decision on 2015-06-17 (scheduled); the statement kept the range, a later hike is the Fed\'s outlook.',None),
  ('FEDFUNDS','rate_hike_later_2015',None,'text',None,'2015-12',None,None,None,None,None,'rate rise later this year','A projection of the Fed (the range was left at 0-0.25% on 2015-06-17); never judged against the December 2015 hike.','forecast'),
  ('SPX_SECTORS','sector_pct_change',0.9,'percent',None,'2015-06-17',None,'close',None,None,None,'utilities sector up 0.9 per cent','S&P 500 sector indexes are not in the files (XLU has only adj_close then).','unverifiable'),
  ('SPX','share_of_gain_given_back',0.5,'fraction','more than','2015-06-17',None,'intraday high vs close',"share_of_gain_given_back('SPX','2015-06-17')",'gt',None,'lost more than half','S&P 500: high 2106.79, close 2100.44, previous close 2096.29: 60% of the peak gain given back. Dow also >half.',None),
  ('DJI','points_change',31.26,'points',None,'2015-06-17',None,'close',"chg('DJI','2015-06-17')",'pts',2,'31.26 points','',None),
  ('DJI','pct_change',0.17,'percent',None,'2015-06-17',None,'close',"pct_change('DJI','2015-06-17')",'pct',2,'0.17 per cent','',None),
  ('DJI','close',17935.74,'index points',None,'2015-06-17',None,'close',"close('DJI','2015-06-17')",'level',2,'17,935.74','',None),
  ('SPX','points_change',4.15,'points',None,'2015-06-17',None,'close',"chg('SPX','2015-06-17')",'pts',2,'4.15 points','',None),
  ('SPX','pct_change',0.2,'percent',None,'2015-06-17',None,'close',"pct_change('SPX','2015-06-17')",'pct',1,'0.2 per cent','',None),
  ('SPX','close',2100.44,'index points',None,'2015-06-17',None,'close',"close('SPX','2015-06-17')",'level',2,'2,100.44','',None),
  ('IXIC','points_change',9.33,'points',None,'2015-06-17',None,'close',"chg('IXIC','2015-06-17')",'pts',2,'9.33 points','',None),
  ('IXIC','pct_change',0.18,'percent',None,'2015-06-17',None,'close',"pct_change('IXIC','2015-06-17')",'pct',2,'0.18 per cent','',None),
  ('IXIC','close',5064.88,'index points',None,'2015-06-17',None,'close',"close('IXIC','2015-06-17')",'level',2,'5,064.88','',None),
  ('SPX','intraday_high_pct',0.5,'percent',None,'2015-06-17',None,'intraday high',"intraday_high_pct('SPX','2015-06-17')",'pct',1,'up 0.5 per cent','Session high 2106.79 vs previous close 2096.29.',None)])

passage('bbc_20151028_fed_holds_rates', 'bbc.com', 'http://www.bbc.com/news/business-34660159', 'BBC News', '2015-10-28', 'exact', 'Page dated 2015-10-28; FOMC decision day.',
 "(Close): US shares dipped, then jumped after the Federal Reserve kept interest rates unchanged while not ruling out a December rate rise. The Dow Jones Industrial Average ended up 198.09 points or 1.13% at 17,779.52, and the broader S&P 500 index gained 24.46 points or 1.18% to 2,090.35. The tech-heavy Nasdaq index climbed 65.54 points or 1.3% to 5,095.69.",
 [('FEDFUNDS','rate_change',0.0,'pp',None,'2015-10-28',None,None,"fed_range_change('2015-10-28')",'eq',0.0,'kept interest rates unchanged','Upper bound 0.25 before and after the 2015-10-28 decision.',None),
  ('FEDFUNDS','december_hike',None,'text',None,'2015-10-28',None,None,None,None,None,'not ruling out a December rate rise','Characterisation of Fed guidance; not a market figure.','not_checkable'),
  ('DJI','points_change',198.09,'points',None,'2015-10-28',None,'close',"chg('DJI','2015-10-28')",'pts',2,'198.09 points','',None),
  ('DJI','pct_change',1.13,'percent',None,'2015-10-28',None,'close',"pct_change('DJI','2015-10-28')",'pct',2,'1.13%','',None),
  ('DJI','close',17779.52,'index points',None,'2015-10-28',None,'close',"close('DJI','2015-10-28')",'level',2,'17,779.52','',None),
  ('SPX','points_change',24.46,'points',None,'2015-10-28',None,'close',"chg('SPX','2015-10-28')",'pts',2,'24.46 points','',None),
  ('SPX','pct_change',1.18,'percent',None,'2015-10-28',None,'close',"pct_change('SPX','2015-10-28')",'pct',2,'1.18%','',None),
  ('SPX','close',2090.35,'index points',None,'2015-10-28',None,'close',"close('SPX','2015-10-28')",'level',2,'2,090.35','',None),
  ('IXIC','points_change',65.54,'points',None,'2015-10-28',None,'close',"chg('IXIC','2015-10-28')",'pts',2,'65.54 points','',None),
  ('IXIC','pct_change',1.3,'percent',None,'2015-10-28',None,'close',"pct_change('IXIC','2015-10-28')",'pct',1,'1.3%','',None),
  ('IXIC','close',5095.69,'index points',None,'2015-10-28',None,'close',"close('IXIC','2015-10-28')",'level',2,'5,095.69','',None)])

passage('news24_20180320_facebook_tech_selloff', 'news24.com', 'https://www.news24.com/fin24/Markets/International-Markets/nasdaq-ends-18-lower-as-tech-selloff-weighs-on-us-stocks-20180320', 'Fin24 (AFP)', '2018-03-20', 'exact', 'Date in the URL (2018-03-20); the text is about Monday 2018-03-19.',
 "New York - Big technology shares slid on Monday after the Facebook data scandal, dragging US stocks sharply lower. The tech-rich Nasdaq Composite Index lost 1.8% to close at 7 344.24. The Dow Jones Industrial Average dropped 1.4% to end at 24 610.91 and the broad-based S&P 500 also fell 1.4% to 2 712.92. Traders were also cautious ahead of a Federal Reserve monetary policy decision on Wednesday.",
 [('IXIC','pct_change',-1.8,'percent',None,'2018-03-19',None,'close',"pct_change('IXIC','2018-03-19')",'pct',1,'lost 1.8%','',None),
  ('IXIC','close',7344.24,'index points',None,'2018-03-19',None,'close',"close('IXIC','2018-03-19')",'level',2,'7 344.24','',None),
  ('DJI','pct_change',-1.4,'percent',None,'2018-03-19',None,'close',"pct_change('DJI','2018-03-19')",'pct',1,'dropped 1.4%','',None),
  ('DJI','close',24610.91,'index points',None,'2018-03-19',None,'close',"close('DJI','2018-03-19')",'level',2,'24 610.91','',None),
  ('SPX','pct_change',-1.4,'percent',None,'2018-03-19',None,'close',"pct_change('SPX','2018-03-19')",'pct',1,'also fell 1.4%','',None),
  ('SPX','close',2712.92,'index points',None,'2018-03-19',None,'close',"close('SPX','2018-03-19')",'level',2,'2 712.92','',None),
  ('FEDFUNDS','fomc_decision_day',True,'flag',None,'2018-03-21',None,None,"fomc_meeting('2018-03-21')",'eq',None,'decision on Wednesday','Wednesday 2018-03-21 is a scheduled FOMC decision day.',None)])

passage('newser_20180402_dow_drops_458', 'newser.com', 'https://amp.newser.com/story/257376/dow-drops-458-amid-trade-war-fears.html', 'Newser (AP)', '2018-04-02', 'exact', 'Posted Apr 2, 2018 3:12 PM CDT; Monday 2018-04-02 session.',
 "Dow Drops 458 Amid Trade War Fears. Stocks ended sharply lower on Wall Street on Monday as technology companies slumped and investors fretted about rising trade tensions with China, the AP reports. The S&P 500 dropped 58 points, or 2.2%, to 2,581, a little above its low for the year reached February 8. The Dow Jones industrial average shed 458 points, or 1.9%, to 23,644. It was down as much as 758 earlier. The Nasdaq lost 193 points, or 2.7%, to 6,870.",
 [('SPX','points_change',-58,'points',None,'2018-04-02',None,'close',"chg('SPX','2018-04-02')",'pts',0,'dropped 58 points','-58.99 in the file: a truncated figure.',None),
  ('SPX','pct_change',-2.2,'percent',None,'2018-04-02',None,'close',"pct_change('SPX','2018-04-02')",'pct',1,'2.2%','',None),
  ('SPX','close',2581,'index points',None,'2018-04-02',None,'close',"close('SPX','2018-04-02')",'level',0,'2,581,','2581.88 truncated to 2,581 (rounds to 2,582).',None),
  ('SPX','year_low_date','2018-02-08','date',None,'2018-04-02','2018','close',"min_close_date('SPX','2018-01-02','2018-03-29')",'eq','2018-02-08','February 8','Lowest 2018 close before April 2 is 2581.00 on Feb 8; the April 2 close 2581.88 is just above it ("a little above").',None),
  ('DJI','points_change',-458,'points',None,'2018-04-02',None,'close',"chg('DJI','2018-04-02')",'pts',0,'458 points','-458.92 in the file: truncated.',None),
  ('DJI','pct_change',-1.9,'percent',None,'2018-04-02',None,'close',"pct_change('DJI','2018-04-02')",'pct',1,'1.9%','',None),
  ('DJI','close',23644,'index points',None,'2018-04-02',None,'close',"close('DJI','2018-04-02')",'level',0,'23,644','',None),
  ('DJI','intraday_low_pts',-758,'points','as much as','2018-04-02',None,'intraday low',"intraday_low_pts('DJI','2018-04-02')",'pts',0,'as much as 758','Session low 23344.52 vs previous close 24103.11.',None),
  ('IXIC','points_change',-193,'points',None,'2018-04-02',None,'close',"chg('IXIC','2018-04-02')",'pts',0,'193 points','',None),
  ('IXIC','pct_change',-2.7,'percent',None,'2018-04-02',None,'close',"pct_change('IXIC','2018-04-02')",'pct',1,'2.7%','',None),
  ('IXIC','close',6870,'index points',None,'2018-04-02',None,'close',"close('IXIC','2018-04-02')",'level',0,'6,870','',None)])

passage('usatoday_20180323_dow_correction_trade', 'montgomeryadvertiser.com', 'https://uw-media.montgomeryadvertiser.com/story/money/markets/2018/03/23/stock-market-trade-fight/452195002/', 'USA Today', '2018-03-23', 'exact', 'Date in the URL; Friday 2018-03-23 session.',
 "Dow closes 425 points lower on trade war fear. A late sell-off on Friday knocked the Dow down more than 400 points and sent it officially back into \"correction\" territory. The Dow Jones industrial average closed down 424.69 points to 23,533.20 Friday, taking its weekly loss to more than 1,400 points, or 5.7%. The drop left the blue-chip gauge 11.6% below its all-time high of 26,616.71 hit on Jan. 26 -- beyond the 10% needed for a correction -- and back to levels last seen in November.",
 [('DJI','points_change',-424.69,'points',None,'2018-03-23',None,'close',"chg('DJI','2018-03-23')",'pts',2,'424.69 points','',None),
  ('DJI','close',23533.20,'index points',None,'2018-03-23',None,'close',"close('DJI','2018-03-23')",'level',2,'23,533.20','',None),
  ('DJI','week_points_change',-1400,'points','more than','2018-03-23','week to 2018-03-23','close',"week_pts('DJI','2018-03-23')",'lt',None,'more than 1,400 points','Friday-to-Friday: 24946.51 to 23533.20.',None),
  ('DJI','week_pct_change',-5.7,'percent',None,'2018-03-23','week to 2018-03-23','close',"week_pct('DJI','2018-03-23')",'pct',1,'5.7%','',None),
  ('DJI','pct_from_ath',11.6,'percent',None,'2018-03-23',None,'close',"pct_below_record_close('DJI','2018-03-23')",'pct',1,'11.6%','Record close 26616.71.',None),
  ('DJI','record_close',26616.71,'index points',None,'2018-01-26',None,'close',"prev_record_close('DJI','2018-03-23')",'level',2,'26,616.71','',None),
  ('DJI','record_close_date','2018-01-26','date',None,'2018-03-23',None,'close',"record_close_date_upto('DJI','2018-03-23')",'eq','2018-01-26','Jan. 26','',None),
  ('DJI','lowest_since','2017-11','month',None,'2018-03-23',None,'close',"last_close_at_or_below('DJI','2018-03-23')",'eqprefix','2017-11','last seen in November','Last earlier close at or below 23533.20 is in November 2017.',None)])

passage('newsmax_20180424_10yr_3pct_stocks_slide', 'newsmax.com', 'https://newsmax.com/finance/markets/stocks-dow-markets-plunge/2018/04/24/id/856378', 'Newsmax (Reuters)', '2018-04-24', 'exact', 'Date in the URL; Tuesday 2018-04-24 session.',
 "U.S. stocks slid on Tuesday as 10-year Treasury yields reached the closely watched 3 percent mark for the first time in four years. The Dow Jones Industrial Average was down for a fifth day in a row. The S&P 500 is now down 1.5 percent year-to-date. The Dow Jones Industrial Average fell 423.32 points, or 1.73 percent, to 24,025.37, the S&P 500 lost 35.74 points, or 1.34 percent, to 2,634.55 and the Nasdaq Composite dropped 121.25 points, or 1.7 percent, to 7,007.35. At one point the Dow was down more than 600 after rising as much as 131 points shortly after the open.",
 [('US10Y','yield',3.0,'percent',None,'2018-04-24',None,'end of day',"dgs10('2018-04-24')",'pct',0,'3 percent mark','DGS10 end of day 3.00 on 2018-04-24.',None),
  ('US10Y','first_since','2014-01','month',None,'2018-04-24','four years','end of day',"dgs10_last_at_least('2018-04-24')",'eqprefix','2014-01','first time in four years','Last earlier end-of-day yield >= 3.00: 2014-01-08 (3.01), about 4.3 years earlier.',None),
  ('DJI','down_streak',5,'sessions',None,'2018-04-24',None,'close',"down_streak('DJI','2018-04-24')",'eq',5,'fifth day in a row','',None),
  ('SPX','ytd_pct',-1.5,'percent',None,'2018-04-24','YTD','close',"ytd('SPX','2018-04-24')",'pct',1,'1.5 percent year-to-date','',None),
  ('DJI','points_change',-423.32,'points',None,'2018-04-24',None,'close',"chg('DJI','2018-04-24')",'pts',2,'423.32 points','File: -424.56 (final official close 24024.13); the story carries the preliminary figure.',None),
  ('DJI','pct_change',-1.73,'percent',None,'2018-04-24',None,'close',"pct_change('DJI','2018-04-24')",'pct',2,'1.73 percent','',None),
  ('DJI','close',24025.37,'index points',None,'2018-04-24',None,'close',"close('DJI','2018-04-24')",'level',2,'24,025.37','File close 24024.13; 1.24 points off, within 1%.',None),
  ('SPX','points_change',-35.74,'points',None,'2018-04-24',None,'close',"chg('SPX','2018-04-24')",'pts',2,'35.74 points','',None),
  ('SPX','pct_change',-1.34,'percent',None,'2018-04-24',None,'close',"pct_change('SPX','2018-04-24')",'pct',2,'1.34 percent','',None),
  ('SPX','close',2634.55,'index points',None,'2018-04-24',None,'close',"close('SPX','2018-04-24')",'level',2,'2,634.55','',None),
  ('IXIC','points_change',-121.25,'points',None,'2018-04-24',None,'close',"chg('IXIC','2018-04-24')",'pts',2,'121.25 points','',None),
  ('IXIC','pct_change',-1.7,'percent',None,'2018-04-24',None,'close',"pct_change('IXIC','2018-04-24')",'pct',1,'1.7 percent','',None),
  ('IXIC','close',7007.35,'index points',None,'2018-04-24',None,'close',"close('IXIC','2018-04-24')",'level',2,'7,007.35','',None),
  ('DJI','intraday_low_pts',-600,'points','more than','2018-04-24',None,'intraday low',"intraday_low_pts('DJI','2018-04-24')",'lt',None,'more than 600','Session low 23828.73 vs previous close 24448.69.',None),
  ('DJI','intraday_high_pts',131,'points','as much as','2018-04-24',None,'intraday high',"intraday_high_pts('DJI','2018-04-24')",'pts',0,'as much as 131 points','',None)])

passage('globalrubbermarkets_20180625_trade_war_selloff', 'globalrubbermarkets.com', 'https://globalrubbermarkets.com/32500/us-stocks-join-global-selloff-on-trade-war-worries', 'AFP (via Global Rubber Markets)', '2018-06-25', 'high', 'Monday session with Harley-Davidson production-shift news and the Navarro interview: 2018-06-25; figures match that close.',
 "NEW YORK: Wall Street shares fell Monday, joining a worldwide equity selloff on growing worries over a trade war. The Dow Jones Industrial Average closed down 1.3 percent at 24,252.80, after earlier falling as much as two percent. The broad-based S&P 500 lost 1.4 percent to finish at 2,717.07, while the tech-rich Nasdaq Composite Index slid 2.1 percent to 7,532.01.",
 [('DJI','pct_change',-1.3,'percent',None,'2018-06-25',None,'close',"pct_change('DJI','2018-06-25')",'pct',1,'1.3 percent','',None),
  ('DJI','close',24252.80,'index points',None,'2018-06-25',None,'close',"close('DJI','2018-06-25')",'level',2,'24,252.80','',None),
  ('DJI','intraday_low_pct',-2,'percent','as much as','2018-06-25',None,'intraday low',"intraday_low_pct('DJI','2018-06-25')",'pct',0,'as much as two percent','Session low 24084.39 vs 24580.89.',None),
  ('SPX','pct_change',-1.4,'percent',None,'2018-06-25',None,'close',"pct_change('SPX','2018-06-25')",'pct',1,'1.4 percent','',None),
  ('SPX','close',2717.07,'index points',None,'2018-06-25',None,'close',"close('SPX','2018-06-25')",'level',2,'2,717.07','',None),
  ('IXIC','pct_change',-2.1,'percent',None,'2018-06-25',None,'close',"pct_change('IXIC','2018-06-25')",'pct',1,'2.1 percent','',None),
  ('IXIC','close',7532.01,'index points',None,'2018-06-25',None,'close',"close('IXIC','2018-06-25')",'level',2,'7,532.01','',None)])

passage('afp_20200806_nasdaq_11000', 'data.cimple.eu', 'http://data.cimple.eu/news-article/c9a508a6201ae44f0a681c1c6b2f47b3a8a5494fcd8dac340f88a2a7', 'AFP', '2020-08-06', 'high', 'Thursday before the July 2020 jobs report (released Friday 2020-08-07); Nasdaq first close above 11,000 is 2020-08-06 in the file.',
 "The Nasdaq pushed to a fresh record Thursday despite a deadlock in Washington over a new emergency spending package. The tech-rich Nasdaq Composite ended with a gain of 1.0 percent at 11,108.07, its fourth straight all-time high and the first close above 11,000 points. The Dow Jones Industrial Average rose 0.7 percent to finish at 27,386.98, while the broad-based S&P 500 added 0.6 percent to 3,349.16. Investors are awaiting Friday's jobs report.",
 [('IXIC','pct_change',1.0,'percent',None,'2020-08-06',None,'close',"pct_change('IXIC','2020-08-06')",'pct',1,'1.0 percent','',None),
  ('IXIC','close',11108.07,'index points',None,'2020-08-06',None,'close',"close('IXIC','2020-08-06')",'level',2,'11,108.07','',None),
  ('IXIC','record_close_streak',4,'sessions',None,'2020-08-06',None,'close',"record_close_streak('IXIC','2020-08-06')",'eq',4,'fourth straight all-time high','',None),
  ('IXIC','first_close_above',11000,'index points',None,'2020-08-06',None,'close',"first_close_above('IXIC',11000)",'eq','2020-08-06','first close above 11,000 points','',None),
  ('DJI','pct_change',0.7,'percent',None,'2020-08-06',None,'close',"pct_change('DJI','2020-08-06')",'pct',1,'0.7 percent','',None),
  ('DJI','close',27386.98,'index points',None,'2020-08-06',None,'close',"close('DJI','2020-08-06')",'level',2,'27,386.98','',None),
  ('SPX','pct_change',0.6,'percent',None,'2020-08-06',None,'close',"pct_change('SPX','2020-08-06')",'pct',1,'0.6 percent','',None),
  ('SPX','close',3349.16,'index points',None,'2020-08-06',None,'close',"close('SPX','2020-08-06')",'level',2,'3,349.16','',None)])

passage('cnbc_20210510_tech_rout_dow_record_reversal', 'nbcphiladelphia.com', 'https://www.nbcphiladelphia.com/news/business/money-report/stock-futures-hold-steady-as-investors-eye-pipeline-cyberattack/2808016/', 'CNBC (via NBC10 Philadelphia)', '2021-05-10', 'high', 'Monday after the weak April 2021 jobs report (Friday 2021-05-07); the closes match Monday 2021-05-10.',
 "Stocks Fall to Start the Week as Tech Stocks Drag Down Market, Nasdaq Loses 2.5%. Tech shares pulled the market lower on Monday, pushing the Dow Jones Industrial Average and the S&P 500 off their record highs. The Nasdaq Composite fell 2.5% to 13,401.86, finishing the day at its session low. The Dow reversed in the last minutes of trading after climbing more than 300 points to another record high. The blue-chip Dow closed 34.94 points, or 0.1%, lower at 34,742.82. The S&P 500 dropped 1% to 4,188.43, slipping from a record closing high.",
 [('IXIC','pct_change',-2.5,'percent',None,'2021-05-10',None,'close',"pct_change('IXIC','2021-05-10')",'pct',1,'fell 2.5%','',None),
  ('IXIC','close',13401.86,'index points',None,'2021-05-10',None,'close',"close('IXIC','2021-05-10')",'level',2,'13,401.86','',None),
  ('IXIC','close_at_session_low',0.0,'points',None,'2021-05-10',None,'close vs low',"close_minus_low('IXIC','2021-05-10')",'manual',None,'at its session low','Close 13401.86 vs session low 13401.74: 0.12 points (0.001%) above the low; taken as at the low.','supported'),
  ('DJI','intraday_high_pts',300,'points','more than','2021-05-10',None,'intraday high',"intraday_high_pts('DJI','2021-05-10')",'gt',None,'more than 300 points','High 35091.56 vs previous close 34777.76.',None),
  ('DJI','intraday_record',True,'flag',None,'2021-05-10',None,'intraday high',"is_record_high('DJI','2021-05-10')",'eq',None,'another record high','',None),
  ('DJI','points_change',-34.94,'points',None,'2021-05-10',None,'close',"chg('DJI','2021-05-10')",'pts',2,'34.94 points','',None),
  ('DJI','pct_change',-0.1,'percent',None,'2021-05-10',None,'close',"pct_change('DJI','2021-05-10')",'pct',1,'0.1%','',None),
  ('DJI','close',34742.82,'index points',None,'2021-05-10',None,'close',"close('DJI','2021-05-10')",'level',2,'34,742.82','',None),
  ('SPX','pct_change',-1,'percent',None,'2021-05-10',None,'close',"pct_change('SPX','2021-05-10')",'pct',0,'dropped 1%','',None),
  ('SPX','close',4188.43,'index points',None,'2021-05-10',None,'close',"close('SPX','2021-05-10')",'level',2,'4,188.43','',None),
  ('SPX','prev_day_record_close',True,'flag',None,'2021-05-07',None,'close',"is_record_close('SPX','2021-05-07')",'eq',None,'slipping from a record closing high','Friday 2021-05-07 close 4232.60 was a record.',None)])

passage('cnn_20240209_sp500_5000', 'mediabiznet.com.au', 'https://mediabiznet.com.au/the-sp-500-closes-above-the-key-5000-level-for-the-first-time', 'CNN', '2024-02-09', 'high', 'The S&P 500 first closed above 5,000 on Friday 2024-02-09; the piece is about that close.',
 "New York CNN -- The S&P 500 finished above 5,000 on Friday for the first time as bullish mood spread on Wall Street. The index briefly crossed the 5,000 mark for the first time during Thursday's session. It took nearly 41 years to reach its first major milestone of 1,000, on February 2, 1998. The previous milestone of 4,000 came on April 1, 2021. On January 19 the benchmark set a record high for the first time in two years, closing above its previous high of 4,796.56 from January 3, 2022, and went on to six new record highs in January alone. When the S&P 500 makes a new high in January, CFRA Research's Sam Stovall finds, it makes new highs in February about 75% of the time. The S&P 500 is up about 5.4% so far this year. The index jumped 24% in 2023.",
 [('SPX','first_close_above',5000,'index points',None,'2024-02-09',None,'close',"first_close_above('SPX',5000)",'eq','2024-02-09','above 5,000 on Friday for the first time','',None),
  ('SPX','first_intraday_above',5000,'index points',None,'2024-02-08',None,'intraday high',"first_high_above('SPX',5000)",'eq','2024-02-08',"during Thursday's session",'High 5000.40 on Thursday 2024-02-08.',None),
  ('SPX','first_close_above',1000,'index points',None,'1998-02-02',None,'close',"first_close_above('SPX',1000)",'eq','1998-02-02','February 2, 1998','"Nearly 41 years" counts from the 1957 launch of the 500-stock index; GSPC before 1957 is the S&P 90.',None),
  ('SPX','first_close_above',4000,'index points',None,'2021-04-01',None,'close',"first_close_above('SPX',4000)",'eq','2021-04-01','April 1, 2021','',None),
  ('SPX','record_close',4796.56,'index points',None,'2022-01-03',None,'close',"close('SPX','2022-01-03')",'level',2,'4,796.56','',None),
  ('SPX','previous_record_date','2022-01-03','date',None,'2024-01-19',None,'close',"prev_record_close_date('SPX','2024-01-19')",'eq','2022-01-03','January 3, 2022','',None),
  ('SPX','record_close',True,'flag',None,'2024-01-19',None,'close',"is_record_close('SPX','2024-01-19')",'eq',None,'On January 19','',None),
  ('SPX','record_close_count',6,'sessions',None,'2024-01-31','January 2024','close',"record_closes_in('SPX','2024-01-01','2024-01-31')",'eq',6,'six new record highs','Counts January record closes including January 19.',None),
  ('QUOTE','rule_of_thumb',75,'percent','about','2024-02-09',None,None,None,None,None,'about 75% of the time','Historical statistic attributed to CFRA; a rule of thumb.','not_checkable'),
  ('SPX','ytd_pct',5.4,'percent','about','2024-02-09','YTD','close',"ytd('SPX','2024-02-09')",'pct',1,'about 5.4%','',None),
  ('SPX','year_return',24,'percent',None,'2023-12-29','2023','close',"year_return('SPX',2023)",'pct',0,'jumped 24%','',None)])

passage('forbes_20241108_sp500_6000', 'news.charm-retirement.com', 'https://news.charm-retirement.com/sp-500-breaks-6000-for-first-time-ever', 'Forbes', '2024-11-08', 'high', 'Friday of election week 2024 (2024-11-08): the high 6012.45 and close 5995.54 match that session.',
 "The S&P 500 went past 6,000 for the first time in its nearly seven-decade history, adding to this week's post-election gains. The S&P hit as high as 6,012.45 by mid-afternoon Friday, closing at a record 5,995.54. The day's 0.4% rise took this week's rally to 4.7% (the sharpest weekly gain since November 2023). Big number: 25.7%. That is how much the S&P is up this year, excluding dividends -- just above 2023's 24.2% gain and close to 2013's 29.6%, 2019's 28.9%, 2021's 26.9% and 2003's 26.4%. The S&P first broke 1,000 in 1998, 2,000 in 2014, 3,000 in 2019, 4,000 in 2021 and 5,000 in February.",
 [('SPX','intraday_high',6012.45,'index points','as much as','2024-11-08',None,'intraday high',"high('SPX','2024-11-08')",'level',2,'6,012.45','',None),
  ('SPX','close',5995.54,'index points',None,'2024-11-08',None,'close',"close('SPX','2024-11-08')",'level',2,'5,995.54','',None),
  ('SPX','record_close',True,'flag',None,'2024-11-08',None,'close',"is_record_close('SPX','2024-11-08')",'eq',None,'closing at a record','',None),
  ('SPX','pct_change',0.4,'percent',None,'2024-11-08',None,'close',"pct_change('SPX','2024-11-08')",'pct',1,'0.4% rise','',None),
  ('SPX','week_pct_change',4.7,'percent',None,'2024-11-08','week to 2024-11-08','close',"week_pct('SPX','2024-11-08')",'pct',1,'4.7%','',None),
  ('SPX','biggest_week_since','2023-11','month',None,'2024-11-08',None,'close',"last_week_gain_at_least('SPX','2024-11-08')",'eqprefix','2023-11','since November 2023','Week ending 2023-11-03: +5.85%.',None),
  ('SPX','ytd_pct',25.7,'percent',None,'2024-11-08','YTD','close',"ytd('SPX','2024-11-08')",'pct',1,'25.7%','',None),
  ('SPX','year_return',24.2,'percent',None,'2023-12-29','2023','close',"year_return('SPX',2023)",'pct',1,'24.2%','',None),
  ('SPX','year_return',29.6,'percent',None,'2013-12-31','2013','close',"year_return('SPX',2013)",'pct',1,'29.6%','',None),
  ('SPX','year_return',28.9,'percent',None,'2019-12-31','2019','close',"year_return('SPX',2019)",'pct',1,'28.9%','',None),
  ('SPX','year_return',26.9,'percent',None,'2021-12-31','2021','close',"year_return('SPX',2021)",'pct',1,'26.9%','',None),
  ('SPX','year_return',26.4,'percent',None,'2003-12-31','2003','close',"year_return('SPX',2003)",'pct',1,'26.4%','',None),
  ('SPX','first_close_above',2000,'index points',None,'2014',None,'close',"first_close_above('SPX',2000)",'eqprefix','2014','2,000 in 2014','',None),
  ('SPX','first_close_above',3000,'index points',None,'2019',None,'close',"first_close_above('SPX',3000)",'eqprefix','2019','3,000 in 2019','',None)])

passage('zylostar_20251107_nasdaq_weekly_decline', 'news.zylostar.com', 'https://news.zylostar.com/news/nasdaq-ends-lower-marking-its-steepest-weekly-decline-since-april', 'Zylostar (CNBC-style wrap)', '2025-11-07', 'high', 'Friday during the record-long 2025 government shutdown, with no October payrolls report: 2025-11-07; closes match. The trading day is already covered by another corpus (different outlet).',
 "Nasdaq ends lower, marking its steepest weekly decline since April. The Nasdaq Composite slipped on Friday as AI stocks stayed weak, ending a losing week. The tech-heavy index fell 0.21% to 23,004.54, while the S&P 500 gained 0.13% to 6,728.80 and the Dow added 74.80 points, or 0.16%, to 46,987.10. Earlier in the session the Nasdaq had dropped as much as 2.1%, while the S&P 500 and Dow were down 1.3% and roughly 0.9%, respectively.",
 [('IXIC','worst_week_since','2025-04','month',None,'2025-11-07',None,'close',"last_week_loss_at_least('IXIC','2025-11-07')",'eqprefix','2025-04','since April','Week ending 2025-11-07 vs earlier weekly losses.',None),
  ('IXIC','pct_change',-0.21,'percent',None,'2025-11-07',None,'close',"pct_change('IXIC','2025-11-07')",'pct',2,'0.21%','',None),
  ('IXIC','close',23004.54,'index points',None,'2025-11-07',None,'close',"close('IXIC','2025-11-07')",'level',2,'23,004.54','',None),
  ('SPX','pct_change',0.13,'percent',None,'2025-11-07',None,'close',"pct_change('SPX','2025-11-07')",'pct',2,'0.13%','',None),
  ('SPX','close',6728.80,'index points',None,'2025-11-07',None,'close',"close('SPX','2025-11-07')",'level',2,'6,728.80','',None),
  ('DJI','points_change',74.80,'points',None,'2025-11-07',None,'close',"chg('DJI','2025-11-07')",'pts',2,'74.80 points','',None),
  ('DJI','pct_change',0.16,'percent',None,'2025-11-07',None,'close',"pct_change('DJI','2025-11-07')",'pct',2,'0.16%','',None),
  ('DJI','close',46987.10,'index points',None,'2025-11-07',None,'close',"close('DJI','2025-11-07')",'level',2,'46,987.10','',None),
  ('IXIC','intraday_low_pct',-2.1,'percent','as much as','2025-11-07',None,'intraday low',"intraday_low_pct('IXIC','2025-11-07')",'pct',1,'as much as 2.1%','',None),
  ('SPX','intraday_low_pct',-1.3,'percent',None,'2025-11-07',None,'intraday low',"intraday_low_pct('SPX','2025-11-07')",'pct',1,'down 1.3%','Session low vs previous close.',None),
  ('DJI','intraday_low_pct',-0.9,'percent','roughly','2025-11-07',None,'intraday low',"intraday_low_pct('DJI','2025-11-07')",'pct',1,'roughly 0.9%','',None)])


passage('dawn_20160625_brexit_dow_610', 'dawn.com', 'https://dawn.com/news/1267163', 'Dawn (AFP)', '2016-06-25', 'exact', 'Published June 25, 2016 (Pakistan); the text is about Friday 2016-06-24, the day after the Brexit vote. The trading day is already covered by another corpus (different outlet).',
 "NEW YORK: US shares tumbled Friday after Britain's unexpected vote to quit the European Union, joining a worldwide equity rout. The Dow Jones Industrial Average sank 3.4 per cent to 17,400.75. The 610-point drop was the index's biggest single-day point loss in nearly five years. The broad-based S&P 500 dived 3.6pc to 2,037.30, while the tech-rich Nasdaq Composite Index slumped 4.1pc to 4,707.98.",
 [('DJI','pct_change',-3.4,'percent',None,'2016-06-24',None,'close',"pct_change('DJI','2016-06-24')",'pct',1,'3.4 per cent','',None),
  ('DJI','close',17400.75,'index points',None,'2016-06-24',None,'close',"close('DJI','2016-06-24')",'level',2,'17,400.75','',None),
  ('DJI','points_change',-610,'points',None,'2016-06-24',None,'close',"chg('DJI','2016-06-24')",'pts',0,'610-point drop','-610.32.',None),
  ('DJI','biggest_point_loss_since','2011-08','month','nearly','2016-06-24','nearly five years','close',"last_point_drop_as_big('DJI','2016-06-24')",'eqprefix','2011-08','nearly five years','Last earlier session with a point loss of at least 610.32: 2011-08-08 (-634.76), 4.9 years before: nearly five years.',None),
  ('SPX','pct_change',-3.6,'percent',None,'2016-06-24',None,'close',"pct_change('SPX','2016-06-24')",'pct',1,'3.6pc','',None),
  ('SPX','close',2037.30,'index points',None,'2016-06-24',None,'close',"close('SPX','2016-06-24')",'level',2,'2,037.30','File close 2037.41: 0.11 points off (an early print).',None),
  ('IXIC','pct_change',-4.1,'percent',None,'2016-06-24',None,'close',"pct_change('IXIC','2016-06-24')",'pct',1,'4.1pc','',None),
  ('IXIC','close',4707.98,'index points',None,'2016-06-24',None,'close',"close('IXIC','2016-06-24')",'level',2,'4,707.98','',None)])

passage('ap_20191115_dow_28000', 'clickondetroit.com', 'https://clickondetroit.com/business/2019/11/15/us-china-trade-deal-hopes-lift-stocks-on-wall-street', 'Associated Press (via WDIV ClickOnDetroit)', '2019-11-15', 'exact', 'Date in the URL; Friday 2019-11-15 session.',
 "NEW YORK, NY -- Wall Street ended the week with more milestones Friday as the Dow Jones Industrial Average crossed 28,000 for the first time and the S&P 500 and Nasdaq reached record highs. Health care and tech shares drove most of the rally, which gave the S&P 500 its sixth straight weekly gain. The Dow stretched its run of weekly gains to four. Investors have been heartened by better-than-expected earnings, three interest rate cuts by the Federal Reserve and signs of solid growth. The S&P 500 index rose 23.83 points, or 0.8%, to 3,120.46. The Dow Jones Industrial Average added 222.93 points, or 0.8%, to 28,004.89. The Nasdaq composite climbed 61.81, or 0.7%, to 8,540.83. The Russell 2000 index of smaller companies picked up 7.66 points, or 0.5%, to 1,596.45. The S&P, Dow and Nasdaq are now all up by more than 20% for the year. The yield on the 10-year Treasury rose to 1.84% from 1.81% late Thursday.",
 [('DJI','first_close_above',28000,'index points',None,'2019-11-15',None,'close',"first_close_above('DJI',28000)",'eq','2019-11-15','crossed 28,000 for the first time','',None),
  ('SPX','record_close',True,'flag',None,'2019-11-15',None,'close',"is_record_close('SPX','2019-11-15')",'eq',None,'reached record highs','Checked as record closes for both indexes (claim 2 for the Nasdaq).',None),
  ('IXIC','record_close',True,'flag',None,'2019-11-15',None,'close',"is_record_close('IXIC','2019-11-15')",'eq',None,'S&P 500 and Nasdaq reached','',None),
  ('SPX','weekly_up_streak',6,'weeks',None,'2019-11-15',None,'close',"weekly_up_streak('SPX','2019-11-15')",'eq',6,'sixth straight weekly gain','',None),
  ('DJI','weekly_up_streak',4,'weeks',None,'2019-11-15',None,'close',"weekly_up_streak('DJI','2019-11-15')",'eq',4,'weekly gains to four','',None),
  ('FEDFUNDS','rate_cuts_count',3,'count',None,'2019-11-15','2019','',"fed_range_changes_in(2019,'2019-11-15')",'eq',3,'three interest rate cuts','Range changes effective 2019-08-01, 2019-09-19 and 2019-10-31 (all cuts).',None),
  ('SPX','points_change',23.83,'points',None,'2019-11-15',None,'close',"chg('SPX','2019-11-15')",'pts',2,'23.83 points','',None),
  ('SPX','pct_change',0.8,'percent',None,'2019-11-15',None,'close',"pct_change('SPX','2019-11-15')",'pct',1,'0.8%, to 3,120.46','',None),
  ('SPX','close',3120.46,'index points',None,'2019-11-15',None,'close',"close('SPX','2019-11-15')",'level',2,'3,120.46','',None),
  ('DJI','points_change',222.93,'points',None,'2019-11-15',None,'close',"chg('DJI','2019-11-15')",'pts',2,'222.93 points','',None),
  ('DJI','pct_change',0.8,'percent',None,'2019-11-15',None,'close',"pct_change('DJI','2019-11-15')",'pct',1,'0.8%, to 28,004.89','',None),
  ('DJI','close',28004.89,'index points',None,'2019-11-15',None,'close',"close('DJI','2019-11-15')",'level',2,'28,004.89','',None),
  ('IXIC','points_change',61.81,'points',None,'2019-11-15',None,'close',"chg('IXIC','2019-11-15')",'pts',2,'61.81','',None),
  ('IXIC','pct_change',0.7,'percent',None,'2019-11-15',None,'close',"pct_change('IXIC','2019-11-15')",'pct',1,'0.7%','',None),
  ('IXIC','close',8540.83,'index points',None,'2019-11-15',None,'close',"close('IXIC','2019-11-15')",'level',2,'8,540.83','',None),
  ('RUT','points_change',7.66,'points',None,'2019-11-15',None,'close',"chg('RUT','2019-11-15')",'pts',2,'7.66 points','',None),
  ('RUT','pct_change',0.5,'percent',None,'2019-11-15',None,'close',"pct_change('RUT','2019-11-15')",'pct',1,'0.5%','',None),
  ('RUT','close',1596.45,'index points',None,'2019-11-15',None,'close',"close('RUT','2019-11-15')",'level',2,'1,596.45','',None),
  ('DJI','ytd_pct',20,'percent','more than','2019-11-15','YTD','close',"ytd('DJI','2019-11-15')",'gt',None,'more than 20% for the year','Keyed on the Dow, the smallest of the three: +20.05% YTD. S&P 500 +24.48% and Nasdaq +28.72% (same ytd helper) also exceed 20%.',None),
  ('US10Y','yield',1.84,'percent',None,'2019-11-15',None,'end of day',"dgs10('2019-11-15')",'pct',2,'1.84%','DGS10 end of day.',None),
  ('US10Y','yield',1.81,'percent',None,'2019-11-14',None,'end of day',"dgs10('2019-11-14')",'pct',2,'1.81%','DGS10 end of day 2019-11-14.',None)])

passage('techstory_20221230_wall_street_ends_2022', 'techstory.in', 'https://techstory.in/wall-street-ends-2022-with-losses-worst-year-since-2008/', 'TechStory', '2022-12-30', 'high', 'Text names Friday, 30th December 2022; published that evening or the next day. The trading day is already covered by another corpus (different outlet).',
 "US markets ended the last trading day of 2022 with losses. On Friday, 30th December 2022, the S&P 500 Index closed down 9.78 points (-0.25%); as of 5:10 p.m. EST the index stood at 3,839.50. The index lost 5.9% for the month of December. The Dow fell 73.55 points, or 0.2%, to close at 33,147.25. The Nasdaq slipped 11.61 points, or 0.1%, to 10,466.48. 2022 was the worst year for stocks since the 2008 crisis: the S&P 500 lost 19.4 per cent. It is only the third time the S&P 500 has posted an annual loss since the 2008 crash. In 2021, the S&P 500 had jumped 27 per cent. The Nasdaq Composite fell by more than 33 per cent over the past 12 months. The Dow Jones Industrial Average posted an 8.8% loss for 2022.",
 [('SPX','points_change',-9.78,'points',None,'2022-12-30',None,'close',"chg('SPX','2022-12-30')",'pts',2,'9.78 points','',None),
  ('SPX','pct_change',-0.25,'percent',None,'2022-12-30',None,'close',"pct_change('SPX','2022-12-30')",'pct',2,'-0.25%','',None),
  ('SPX','close',3839.50,'index points',None,'2022-12-30',None,'close',"close('SPX','2022-12-30')",'level',2,'3,839.50','',None),
  ('SPX','month_pct',-5.9,'percent',None,'2022-12-30','December 2022','close',"month_pct('SPX','2022-12-30')",'pct',1,'5.9%','',None),
  ('DJI','points_change',-73.55,'points',None,'2022-12-30',None,'close',"chg('DJI','2022-12-30')",'pts',2,'73.55 points','',None),
  ('DJI','pct_change',-0.2,'percent',None,'2022-12-30',None,'close',"pct_change('DJI','2022-12-30')",'pct',1,'0.2%','',None),
  ('DJI','close',33147.25,'index points',None,'2022-12-30',None,'close',"close('DJI','2022-12-30')",'level',2,'33,147.25','',None),
  ('IXIC','points_change',-11.61,'points',None,'2022-12-30',None,'close',"chg('IXIC','2022-12-30')",'pts',2,'11.61 points','',None),
  ('IXIC','pct_change',-0.1,'percent',None,'2022-12-30',None,'close',"pct_change('IXIC','2022-12-30')",'pct',1,'0.1%','',None),
  ('IXIC','close',10466.48,'index points',None,'2022-12-30',None,'close',"close('IXIC','2022-12-30')",'level',2,'10,466.48','',None),
  ('SPX','year_return',-19.4,'percent',None,'2022-12-30','2022','close',"year_return('SPX',2022)",'pct',1,'19.4 per cent','',None),
  ('SPX','negative_years_since_2008',[2015,2018,2022],'list',None,'2022-12-30','2009-2022','close',"negative_years('SPX',2009,2022)",'eq',[2015,2018,2022],'third time','Price-index annual losses 2009-2022 in the file: 2011 (-0.003%, 1257.64 to 1257.60), 2015, 2018, 2022, so 2022 is the fourth on the price index. Only a total-return reading (2011 +2.1%) or calling 2011 flat makes it the third. Keyed contradicted on the price index (wrong count); basis trap.',None),
  ('SPX','year_return',27,'percent',None,'2021-12-31','2021','close',"year_return('SPX',2021)",'pct',0,'27 per cent','26.89%.',None),
  ('IXIC','window_pct',-33,'percent','more than','2022-12-30','past 12 months','close',"year_return('IXIC',2022)",'lt',None,'more than 33 per cent','Calendar 2022: -33.10%.',None),
  ('DJI','year_return',-8.8,'percent',None,'2022-12-30','2022','close',"year_return('DJI',2022)",'pct',1,'8.8% loss','',None),
  ('SPX','worst_year_since',2008,'year',None,'2022-12-30',None,'close',"max([y for y in range(1958, 2022) if year_return('SPX', y) <= year_return('SPX', 2022)])",'eq',2008,'worst year for stocks since the 2008','Checked on the S&P 500: last calendar year with a loss at least as large is 2008.',None)])

passage('marketwatch_20230726_dow_13_day_streak_fed', 'indebta.com', 'https://indebta.com/markets/dow-advances-for-13th-session-to-log-longest-winning-streak-since-1987-after-fed-raises-rates-to-22-year-high', 'MarketWatch (via Indebta)', '2023-07-26', 'high', 'FOMC decision day 2023-07-26 (hike to 5.25-5.50%); the closes match.',
 "U.S. stocks ended mostly higher Wednesday, with the Dow Jones Industrial Average stretching its winning run to 13 sessions after the Federal Reserve raised interest rates by 25 basis points to a range of 5.25% to 5.5%, the highest level in 22 years, as expected. The Dow Jones Industrial Average gained 82.05 points, or 0.2%, to end at 35,520.12, its longest winning streak since 1987, according to Dow Jones Market Data. The S&P 500 was off 0.71 points, nearly flat at 4,566.75. The Nasdaq Composite lost 17.27 points, or 0.1%, to finish at 14,127.28. On Tuesday, the Dow rose 27 points, or 0.08%, to 35, 438.",
 [('DJI','up_streak',13,'sessions',None,'2023-07-26',None,'close',"up_streak('DJI','2023-07-26')",'eq',13,'winning run to 13 sessions','',None),
  ('FEDFUNDS','rate_change',0.25,'pp',None,'2023-07-26',None,None,"fed_range_change('2023-07-26')",'eq',0.25,'25 basis points','',None),
  ('FEDFUNDS','target_upper',5.5,'percent',None,'2023-07-26',None,None,"fed_upper_after('2023-07-26')",'eq',5.5,'5.25% to 5.5%','Upper bound 5.50 effective 2023-07-27.',None),
  ('FEDFUNDS','highest_since','2001','year',None,'2023-07-26','22 years',None,"fedtarget_last_at_least(5.5, '2023-07-27')",'eqprefix','2001','highest level in 22 years','DFEDTAR was 5.50 until 2001-03-19; 22 years before.',None),
  ('DJI','points_change',82.05,'points',None,'2023-07-26',None,'close',"chg('DJI','2023-07-26')",'pts',2,'82.05 points','',None),
  ('DJI','pct_change',0.2,'percent',None,'2023-07-26',None,'close',"pct_change('DJI','2023-07-26')",'pct',1,'0.2%','',None),
  ('DJI','close',35520.12,'index points',None,'2023-07-26',None,'close',"close('DJI','2023-07-26')",'level',2,'35,520.12','',None),
  ('DJI','longest_streak_since',1987,'year',None,'2023-07-26',None,'close',"longest_up_streak_before('DJI','2023-07-25')",None,None,'since 1987','The Dow file starts 1992-01-02: no 13-session streak in the file before (longest earlier run given as the value), but the 1987 run lies before the file.','unverifiable'),
  ('SPX','points_change',-0.71,'points',None,'2023-07-26',None,'close',"chg('SPX','2023-07-26')",'pts',2,'0.71 points','',None),
  ('SPX','close',4566.75,'index points',None,'2023-07-26',None,'close',"close('SPX','2023-07-26')",'level',2,'4,566.75','',None),
  ('IXIC','points_change',-17.27,'points',None,'2023-07-26',None,'close',"chg('IXIC','2023-07-26')",'pts',2,'17.27 points','File -17.28.',None),
  ('IXIC','pct_change',-0.1,'percent',None,'2023-07-26',None,'close',"pct_change('IXIC','2023-07-26')",'pct',1,'0.1%','',None),
  ('IXIC','close',14127.28,'index points',None,'2023-07-26',None,'close',"close('IXIC','2023-07-26')",'level',2,'14,127.28','',None),
  ('DJI','points_change',27,'points',None,'2023-07-25',None,'close',"chg('DJI','2023-07-25')",'pts',0,'rose 27 points','26.83.',None),
  ('DJI','pct_change',0.08,'percent',None,'2023-07-25',None,'close',"pct_change('DJI','2023-07-25')",'pct',2,'0.08%','',None),
  ('DJI','close',35438,'index points',None,'2023-07-25',None,'close',"close('DJI','2023-07-25')",'level',0,'35, 438','Written "35, 438" (stray space); 35438.07.',None)])


def judge(c, t, kind, dec, q):
    if kind in ('pct', 'level', 'pts'):
        u = 10 ** -dec
        err = abs(t - c)
        if q in ('about', 'roughly', 'approximately', 'around', 'as much as'):
            ok = err <= u + 0.02
        elif q in ('nearly', 'almost'):
            ok = c - u <= t <= c + 0.5 * u if c >= 0 else c - 0.5 * u <= t <= c + u
        else:
            ok = err <= (0.5 * u + 0.02 if dec > 0 else 0.5)
        if ok:
            return 'supported', 'within tolerance (%s)' % (q or 'unhedged, %d dp' % dec)
        if kind == 'pct':
            imp = err <= 0.2 * abs(t) and err <= max(2, 0.1 * abs(t))
        elif kind == 'level':
            imp = err <= 0.01 * abs(t)
        else:
            imp = err <= 0.2 * abs(t)
        return ('imprecise', 'outside tolerance, within imprecise band') if imp else ('contradicted', 'outside imprecise band')
    raise ValueError(kind)


P.sort(key=lambda p: p['published'])
passages = []; keys = []; recipes = {}
for p in P:
    assert 2013 <= int(p['published'][:4]) <= 2026
    cl = []
    for i, c in enumerate(p['claims']):
        (tk, metric, val, unit, q, ref, win, basis, expr, kind, dec, anchor, note, vo) = c
        assert p['text'].count(anchor) == 1, (p['id'], anchor)
        cl.append(dict(index_or_ticker=tk, metric=metric, value=val, unit=unit, qualifier=q, ref_date=ref, window=win,
                       comparison=None, basis=basis))
        cv = None; rule = ''
        if expr:
            cv = eval(expr, vars(R)); recipes['%s#%d' % (p['id'], i)] = expr
        if vo:
            verdict = vo; rule = {'unverifiable': 'series not in the files', 'not_checkable': 'not an assertion of a market fact',
                                  'forecast': 'projection, not judged', 'supported': 'judged on the flag; see note'}[vo]
        elif kind in ('pct', 'level', 'pts'):
            verdict, rule = judge(val, cv, kind, dec, q)
        elif kind == 'eq':
            exp = dec if dec is not None else val
            verdict = 'supported' if cv == exp else 'contradicted'; rule = 'exact match of date/flag/count'
        elif kind == 'eqprefix':
            verdict = 'supported' if str(cv).startswith(dec) else 'contradicted'; rule = 'date/since within the stated month or year'
        elif kind == 'gt':
            verdict = 'supported' if cv > val else 'contradicted'; rule = 'more than: true > claim'
        elif kind == 'lt':
            verdict = 'supported' if cv < val else 'contradicted'; rule = 'more than (negative move): true < claim'
        else:
            raise ValueError(c)
        detail = ('reference.py: %s' % expr) if expr else 'nothing in the files computes it'
        keys.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=tk, metric=metric, claimed_value=val, qualifier=q,
                         ref_date_used=ref, computed_value=cv, computed_detail=detail, verdict=verdict, rule=rule, note=note,
                         anchor_text=anchor))
    passages.append(dict(id=p['id'], source=dict(site=p['site'], url=p['url'], original_outlet=p['outlet']), published=p['published'],
                         published_confidence=p['conf'], published_note=p['pnote'], text_kind='condensed_close_paraphrase',
                         text=p['text'], claims=cl))

with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
    for x in passages: f.write(json.dumps(x, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
    for x in keys: f.write(json.dumps(x, ensure_ascii=False) + '\n')
tpl = open(os.path.join(HERE, 'reflib_template.py')).read()
body = '{\n' + ''.join('    %r: %r,\n' % (k, v) for k, v in recipes.items()) + '}'
open(os.path.join(HERE, 'reference.py'), 'w').write(tpl.replace('RECIPES = {}  # __RECIPES__', 'RECIPES = ' + body))
from collections import Counter
print(len(passages), len(keys), Counter(k['verdict'] for k in keys))
for k in keys:
    if k['verdict'] != 'supported': print(k['passage_id'], k['claim_index'], k['claimed_value'], k['computed_value'], k['verdict'])
