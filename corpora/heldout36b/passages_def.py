# Passage definitions for heldout36b: text + claims.
# claim tuple: (ticker, metric, value, unit, qualifier, ref_date, window, comparison, basis, anchor, recipe, judge, note)
# judge: 'pct' | 'level' | 'pts' | 'count' (numeric, tolerance by stated decimals and hedge),
#        ('eq', expected) exact match of computed value, or ('fixed', verdict, rule)
P = []

P.append(dict(
 id='stockoptionblog_201302_dow_best_january_since_1994',
 source=dict(site='stock-option-us.blogspot.com', url='http://stock-option-us.blogspot.com/2013/02/dow-s-500-see-best-january-since-1990s.html', original_outlet='blog post quoting WSJ Market Data Group'),
 published='2013-02', published_confidence='medium',
 published_note='The post sits in the blog\'s February 2013 archive; the text describes the last session of January ("today to end the month"), 2013-01-31, and was presumably posted that evening or on 2013-02-01.',
 text=("Closing 0.36% lower today, the Dow Jones Industrial Average still ended the month up 756.44 points, the largest January point gain in the benchmark's history, "
       "and its 5.77% rise was the best January percentage increase since 1994, according to WSJ Market Data Group. Some history: January's performance has predicted "
       "the full-year market direction 75% of the time; of 73 years in which the Dow finished January higher, it ended the year in the black 60 times, or 82% of the time; "
       "and while this was the best January in points, the highest percentage gain was 14.4% in 1976. The Standard & Poor's 500 index rose 5.04% this month, its best month "
       "since October 2011 and largest January gain since 1997, though it lost 0.26% today. The small-cap Russell 2000 index gained 6.21% in January, breaking its record "
       "high closing level 12 times during the month."),
 claims=[
  ('DJI','daily_change_pct',-0.36,'%',None,'2013-01-31','1d','vs previous close','close','0.36%',"pct('DJI','2013-01-31')",'pct',''),
  ('DJI','mtd_points',756.44,'points',None,'2013-01-31','January 2013','vs 2012-12-31 close','close','756.44',"mtd_pts('DJI','2013-01-31')",'pts',''),
  ('DJI','rank_january_points_gain','largest in history','flag',None,'2013-01-31','all Januaries','points','close',"largest January point gain in the benchmark's history",None,('fixed','unverifiable','history before the file starts'),
   'The Dow file starts 1992-01-02; earlier Januaries cannot be checked. Within the file no January point gain is larger (in points the Dow level was far lower before 1992, so the claim is very likely true).'),
  ('DJI','month_return_pct',5.77,'%',None,'2013-01-31','January 2013','vs 2012-12-31 close','close','5.77%',"month_ret('DJI','2013-01')",'pct',''),
  ('DJI','best_january_since','1994','year',None,'2013-01-31','Januaries','percent','close','best January percentage increase since 1994',"last_january_as_good('DJI',2013)",('eq','1994-01'),
   'The last January with a percentage gain at least as large is January 1994 (computable because the file starts 1992-01-02, so the 1993-12-31 close exists).'),
  ('GENERIC','january_barometer_hit_rate',75,'%',None,None,'history','','', '75% of the time',None,('fixed','not_checkable','rule of thumb'),'A market-lore statistic (the January barometer); not a market figure in the files.'),
  ('DJI','january_gain_full_year_gain_count','60 of 73 (82%)','count',None,None,'history since ~1896','','', '82% of the time',None,('fixed','unverifiable','history before the file starts'),
   'Counts over Dow history back to the 1890s-1930s; the Dow file starts in 1992.'),
  ('DJI','best_january_pct',14.4,'%',None,'1976-01-30','January 1976','','close','14.4% in 1976',None,('fixed','unverifiable','history before the file starts'),'January 1976 is before the Dow file starts (1992).'),
  ('SPX','month_return_pct',5.04,'%',None,'2013-01-31','January 2013','vs 2012-12-31 close','close','5.04%',"month_ret('SPX','2013-01')",'pct',''),
  ('SPX','best_month_since','October 2011','month',None,'2013-01-31','months','percent','close','best month since October 2011',"last_month_as_good('SPX','2013-01')",('eq','2011-10'),''),
  ('SPX','best_january_since','1997','year',None,'2013-01-31','Januaries','percent','close','largest January gain since 1997',"last_january_as_good('SPX',2013)",('eq','1997-01'),''),
  ('SPX','daily_change_pct',-0.26,'%',None,'2013-01-31','1d','vs previous close','close','0.26%',"pct('SPX','2013-01-31')",'pct',''),
  ('RUT','month_return_pct',6.21,'%',None,'2013-01-31','January 2013','vs 2012-12-31 close','close','6.21%',"month_ret('RUT','2013-01')",'pct',''),
  ('RUT','record_close_count',12,'sessions',None,'2013-01-31','January 2013','record closes','close','12 times',"record_count('RUT','2013-01-02','2013-01-31')",'count','Record = close above every earlier close in the file.'),
 ]))

P.append(dict(
 id='investsmart_20140501_dow_first_record_of_2014',
 source=dict(site='investsmart.com.au', url='https://www.investsmart.com.au/investment-news/dow-jones-closes-at-record-high/66787', original_outlet='InvestSMART (Australian wire copy)'),
 published='2014-05-01', published_confidence='exact',
 published_note='Dated 1 May 2014 (Australian time); it describes the US session of Wednesday 2014-04-30.',
 text=("US stocks finished higher, the Dow Jones Industrial Average setting a record close for the first time this year as investors looked past weak first-quarter growth. "
       "The Dow added 45.47 points, or 0.27%, to 16,580.84, topping the previous closing peak of 16,576.66 set on December 31 last year, though it stayed short of the "
       "intraday record of 16,631.63 reached on April 4. The broad S&P 500 rose 5.62 points, or 0.30%, to 1,883.95, and the tech-heavy Nasdaq Composite Index gained "
       "11.01 points, or 0.27%, to 4,114.56."),
 claims=[
  ('DJI','record_close',True,'flag',None,'2014-04-30','all history','above every earlier close','close','setting a record close',"record_close('DJI','2014-04-30')",('eq',True),''),
  ('DJI','daily_change_points',45.47,'points',None,'2014-04-30','1d','vs previous close','close','45.47',"pts('DJI','2014-04-30')",'pts',''),
  ('DJI','daily_change_pct',0.27,'%',None,'2014-04-30','1d','vs previous close','close','0.27%, to 16',"pct('DJI','2014-04-30')",'pct',''),
  ('DJI','close_level',16580.84,'index points',None,'2014-04-30','','','close','16,580.84',"close('DJI','2014-04-30')",'level',''),
  ('DJI','previous_record_close',[ '2013-12-31',16576.66],'date, level',None,'2014-04-30','before 2014-04-30','','close','16,576.66',"max_close_before('DJI','2014-04-30')",('eq',['2013-12-31',16576.66]),''),
  ('DJI','intraday_record_not_surpassed',['2014-04-04',16631.63],'date, level',None,'2014-04-30','before 2014-04-30','intraday high','intraday high','16,631.63',"max_high_before('DJI','2014-04-30')",('eq',['2014-04-04',16631.63]),
   'The session high on 2014-04-30 was 16,592.28, below the 2014-04-04 intraday record, as the text says.'),
  ('SPX','daily_change_points',5.62,'points',None,'2014-04-30','1d','vs previous close','close','5.62',"pts('SPX','2014-04-30')",'pts',''),
  ('SPX','daily_change_pct',0.30,'%',None,'2014-04-30','1d','vs previous close','close','0.30%',"pct('SPX','2014-04-30')",'pct',''),
  ('SPX','close_level',1883.95,'index points',None,'2014-04-30','','','close','1,883.95',"close('SPX','2014-04-30')",'level',''),
  ('IXIC','daily_change_points',11.01,'points',None,'2014-04-30','1d','vs previous close','close','11.01',"pts('IXIC','2014-04-30')",'pts',''),
  ('IXIC','daily_change_pct',0.27,'%',None,'2014-04-30','1d','vs previous close','close','0.27%, to 4',"pct('IXIC','2014-04-30')",'pct',''),
  ('IXIC','close_level',4114.56,'index points',None,'2014-04-30','','','close','4,114.56',"close('IXIC','2014-04-30')",'level',''),
 ]))

P.append(dict(
 id='philly_20150901_worst_month_in_3_years',
 source=dict(site='philly.com', url='http://www.philly.com/philly/business/homepage/20150901_U_S__stocks_close_out_their_worst_month_in_3_years.html', original_outlet='Associated Press via philly.com'),
 published='2015-09-01', published_confidence='exact',
 published_note='Date in the URL; the text is about Monday 2015-08-31 and the month of August 2015.',
 text=("NEW YORK - August was a brutal month for investors. Worries about China's slowing economy and about when the Federal Reserve will raise rates drove stocks sharply "
       "lower; although the market won back much of the lost ground, the Standard & Poor's 500 index still ended August down 6.3 percent, its worst showing since May 2012. "
       "The selling began mid-month after China devalued its currency, and at one point the S&P 500 index fell into what's known as a \"correction,\" a drop of 10 percent or "
       "more from a recent high. On Monday the declines were fairly modest: the Dow Jones industrial average gave up 114.98 points, or 0.7 percent, to close at 16,528.03; "
       "the S&P 500 lost 16.69 points, or 0.8 percent, to 1,972.18; and the Nasdaq composite lost 51.82 points, or 1.1 percent, to 4,776.51."),
 claims=[
  ('SPX','month_return_pct',-6.3,'%',None,'2015-08-31','August 2015','vs 2015-07-31 close','close','6.3 percent',"month_ret('SPX','2015-08')",'pct',''),
  ('SPX','worst_month_since','May 2012','month',None,'2015-08-31','months','percent','close','worst showing since May 2012',"last_month_as_bad('SPX','2015-08')",('eq','2012-05'),''),
  ('SPX','correction_during_month',True,'flag',None,'2015-08-25','August 2015','10% below 52-week high close','close','fell into what\'s known as a "correction,"',"any_correction('SPX','2015-08-01','2015-08-31')",('eq',True),
   'On a close basis the S&P 500 closed more than 10% below its 2015-05-21 record (2,130.82) on 2015-08-24 and 2015-08-25.'),
  ('DJI','daily_change_points',-114.98,'points',None,'2015-08-31','1d','vs previous close','close','114.98',"pts('DJI','2015-08-31')",'pts',''),
  ('DJI','daily_change_pct',-0.7,'%',None,'2015-08-31','1d','vs previous close','close','0.7 percent',"pct('DJI','2015-08-31')",'pct',''),
  ('DJI','close_level',16528.03,'index points',None,'2015-08-31','','','close','16,528.03',"close('DJI','2015-08-31')",'level',''),
  ('SPX','daily_change_points',-16.69,'points',None,'2015-08-31','1d','vs previous close','close','16.69',"pts('SPX','2015-08-31')",'pts',''),
  ('SPX','daily_change_pct',-0.8,'%',None,'2015-08-31','1d','vs previous close','close','0.8 percent',"pct('SPX','2015-08-31')",'pct',''),
  ('SPX','close_level',1972.18,'index points',None,'2015-08-31','','','close','1,972.18',"close('SPX','2015-08-31')",'level',''),
  ('IXIC','daily_change_points',-51.82,'points',None,'2015-08-31','1d','vs previous close','close','51.82',"pts('IXIC','2015-08-31')",'pts',''),
  ('IXIC','daily_change_pct',-1.1,'%',None,'2015-08-31','1d','vs previous close','close','1.1 percent',"pct('IXIC','2015-08-31')",'pct',''),
  ('IXIC','close_level',4776.51,'index points',None,'2015-08-31','','','close','4,776.51',"close('IXIC','2015-08-31')",'level',''),
 ]))

P.append(dict(
 id='blackenterprise_20170125_dow_20000',
 source=dict(site='blackenterprise.com', url='https://dev.blackenterprise.com/dow-hits-high-closing-above-20000/', original_outlet='Black Enterprise quoting the Los Angeles Times'),
 published='2017-01-25', published_confidence='medium',
 published_note='No date on the page excerpt; the quoted Los Angeles Times text describes the close of Wednesday 2017-01-25 (the Dow\'s first close above 20,000), so the repost is dated to that day or the next.',
 text=("The Dow Jones industrial average made history Wednesday by closing above 20,000 points, a day after President Trump set out plans to cut corporate taxes and regulation. "
       "As quoted from The Los Angeles Times: at 1 p.m. PST the 30-stock average stood at 20,068.51, up 0.8% on the day, after reaching as high as 20,082.00 earlier. "
       "The S&P 500 was at 2,298.37, up 0.8%, and the Nasdaq composite at 5,655.34, up 0.9%, both at or near record highs. The Dow had seemed set to pass 20,000 last "
       "month - the closing high of 19,974.62 was set Dec. 20 - before drifting sideways for four weeks. The Dow finished 2016 with a gain of 13.4%, while the S&P 500 rose "
       "9.5% and the Nasdaq composite gained 7.5%. The Dow closed at 19,000 only two months ago, on Nov. 22, and it has taken nearly 18 years for the average to nearly "
       "double from 10,000, which it reached in late March 1999."),
 claims=[
  ('DJI','first_close_above_20000','2017-01-25','date',None,'2017-01-25','all history','first close above 20,000','close','closing above 20,000 points',"first_close_above('DJI',20000)",('eq','2017-01-25'),''),
  ('DJI','close_level',20068.51,'index points',None,'2017-01-25','','','close (1 p.m. PST = 4 p.m. ET)','20,068.51',"close('DJI','2017-01-25')",'level','1 p.m. PST is the 4 p.m. ET close.'),
  ('DJI','daily_change_pct',0.8,'%',None,'2017-01-25','1d','vs previous close','close','up 0.8% on the day',"pct('DJI','2017-01-25')",'pct',''),
  ('DJI','intraday_high',20082.00,'index points','as high as','2017-01-25','session','','intraday high','20,082.00',"high('DJI','2017-01-25')",'level',''),
  ('SPX','close_level',2298.37,'index points',None,'2017-01-25','','','close','2,298.37',"close('SPX','2017-01-25')",'level',''),
  ('SPX','daily_change_pct',0.8,'%',None,'2017-01-25','1d','vs previous close','close','2,298.37, up 0.8%',"pct('SPX','2017-01-25')",'pct',''),
  ('IXIC','close_level',5655.34,'index points',None,'2017-01-25','','','close','5,655.34',"close('IXIC','2017-01-25')",'level','The close was 5,656.34; the quoted figure is off by exactly 1 point (a typo in the repost).'),
  ('IXIC','daily_change_pct',0.9,'%',None,'2017-01-25','1d','vs previous close','close','up 0.9%',"pct('IXIC','2017-01-25')",'pct','The close-to-close change was +0.989%, which rounds to 1.0%; 0.9 is a truncation or a mid-session figure.'),
  ('DJI','previous_record_close',['2016-12-20',19974.62],'date, level',None,'2017-01-25','before 2017-01-25','','close','19,974.62',"max_close_before('DJI','2017-01-25')",('eq',['2016-12-20',19974.62]),''),
  ('DJI','year_return_pct',13.4,'%',None,'2016-12-30','2016','vs 2015-12-31 close','close','gain of 13.4%',"year_ret('DJI',2016)",'pct',''),
  ('SPX','year_return_pct',9.5,'%',None,'2016-12-30','2016','vs 2015-12-31 close','close','9.5%',"year_ret('SPX',2016)",'pct',''),
  ('IXIC','year_return_pct',7.5,'%',None,'2016-12-30','2016','vs 2015-12-31 close','close','7.5%',"year_ret('IXIC',2016)",'pct',''),
  ('DJI','first_close_above_19000','2016-11-22','date',None,'2016-11-22','all history','first close above 19,000','close','on Nov. 22',"first_close_above('DJI',19000)",('eq','2016-11-22'),''),
  ('DJI','first_close_above_10000','late March 1999','date',None,'1999-03-29','all history','first close above 10,000','close','late March 1999',"first_close_above('DJI',10000)",('eq','1999-03-29'),
   'First close above 10,000 was Monday 1999-03-29 ("late March"). The surrounding "nearly 18 years" and "nearly double" are loose wording and are not keyed separately.'),
 ]))

P.append(dict(
 id='rt_20180117_dow_26000',
 source=dict(site='rt.com', url='https://www.rt.com/newsline/416224-dow-closes-above-26-thousand-record/', original_outlet='RT newsline citing CNBC'),
 published='2018-01-17', published_confidence='medium',
 published_note='Newsline item about the close of Wednesday 2018-01-17 (the Dow\'s first close above 26,000); the item id fits mid-January 2018. Another corpus has a different outlet\'s page on this session.',
 text=("Dow closes above 26,000 for the 1st time, up more than 300pts. The 30-company Dow Jones Industrial Average gained 323 points Wednesday to finish above 26,000 for "
       "the first time. The S&P 500 rose 0.9 percent to 2,802.56, also a record close, with tech stocks lifted by Apple. The Nasdaq composite likewise ended at a record, "
       "closing at 7,298.28, up one percent. (CNBC)"),
 claims=[
  ('DJI','first_close_above_26000','2018-01-17','date',None,'2018-01-17','all history','first close above 26,000','close','above 26,000 for the first time',"first_close_above('DJI',26000)",('eq','2018-01-17'),''),
  ('DJI','daily_change_points',323,'points',None,'2018-01-17','1d','vs previous close','close','323 points',"pts('DJI','2018-01-17')",'pts',''),
  ('DJI','daily_change_points_bound',300,'points','more than','2018-01-17','1d','vs previous close','close','up more than 300pts',"pts('DJI','2018-01-17')",'pts',''),
  ('SPX','daily_change_pct',0.9,'%',None,'2018-01-17','1d','vs previous close','close','0.9 percent',"pct('SPX','2018-01-17')",'pct',''),
  ('SPX','close_level',2802.56,'index points',None,'2018-01-17','','','close','2,802.56',"close('SPX','2018-01-17')",'level',''),
  ('SPX','record_close',True,'flag',None,'2018-01-17','all history','','close','also a record close',"record_close('SPX','2018-01-17')",('eq',True),''),
  ('IXIC','record_close',True,'flag',None,'2018-01-17','all history','','close','likewise ended at a record',"record_close('IXIC','2018-01-17')",('eq',True),''),
  ('IXIC','close_level',7298.28,'index points',None,'2018-01-17','','','close','7,298.28',"close('IXIC','2018-01-17')",'level',''),
  ('IXIC','daily_change_pct',1,'%',None,'2018-01-17','1d','vs previous close','close','up one percent',"pct('IXIC','2018-01-17')",'pct',''),
 ]))

P.append(dict(
 id='stockhouse_20190823_dow_drops_600_trump_tweets',
 source=dict(site='stockhouse.com', url='https://stockhouse.com/news/press-releases/2019/08/23/dow-drops-600-on-trump-tweets', original_outlet='Baystreet.ca market update via Stockhouse'),
 published='2019-08-23', published_confidence='exact',
 published_note='Date in the URL; about the close of Friday 2019-08-23.',
 text=("Stocks sank Friday after President Donald Trump, in a string of tweets, ordered U.S. manufacturers to look for alternatives to China; Apple led the retreat. "
       "The Dow Jones Industrial Average plunged 623.34 points, or 2.4%, to end the week at 25,628.90, taking the Dow's August decline to more than 4%. The S&P 500 "
       "gave up 75.84 points, or 2.6%, to 2,847.11, and the NASDAQ shed 239.62 points, or 3%, to 7,751.77. The major indexes also logged weekly losses for the fourth "
       "straight time: the Dow fell about 1% this week, the S&P 500 lost 1.4% and the NASDAQ 1.8%. Benchmark 10-year Treasury prices rose sharply, pushing the yield down "
       "to 1.53% from Thursday's 1.62%."),
 claims=[
  ('DJI','daily_change_points',-623.34,'points',None,'2019-08-23','1d','vs previous close','close','623.34',"pts('DJI','2019-08-23')",'pts',''),
  ('DJI','daily_change_pct',-2.4,'%',None,'2019-08-23','1d','vs previous close','close','2.4%',"pct('DJI','2019-08-23')",'pct',''),
  ('DJI','close_level',25628.90,'index points',None,'2019-08-23','','','close','25,628.90',"close('DJI','2019-08-23')",'level',''),
  ('DJI','mtd_pct',-4,'%','more than','2019-08-23','August 2019 to date','vs 2019-07-31 close','close','more than 4%',"mtd('DJI','2019-08-23')",'pct','A decline of more than 4% means mtd below -4%.'),
  ('SPX','daily_change_points',-75.84,'points',None,'2019-08-23','1d','vs previous close','close','75.84',"pts('SPX','2019-08-23')",'pts',''),
  ('SPX','daily_change_pct',-2.6,'%',None,'2019-08-23','1d','vs previous close','close','2.6%',"pct('SPX','2019-08-23')",'pct',''),
  ('SPX','close_level',2847.11,'index points',None,'2019-08-23','','','close','2,847.11',"close('SPX','2019-08-23')",'level',''),
  ('IXIC','daily_change_points',-239.62,'points',None,'2019-08-23','1d','vs previous close','close','239.62',"pts('IXIC','2019-08-23')",'pts',''),
  ('IXIC','daily_change_pct',-3,'%',None,'2019-08-23','1d','vs previous close','close','or 3%',"pct('IXIC','2019-08-23')",'pct',''),
  ('IXIC','close_level',7751.77,'index points',None,'2019-08-23','','','close','7,751.77',"close('IXIC','2019-08-23')",'level',''),
  ('DJI','weekly_losing_streak',4,'weeks',None,'2019-08-23','weeks','Friday to Friday','close','fourth straight time',"weekly_streak('DJI','2019-08-23')",('eq',-4),
   'Read for all "major indexes"; the S&P 500 and Nasdaq also have four straight weekly losses (weekly_streak = -4 for both); the key record is keyed on the Dow.'),
  ('DJI','week_change_pct',-1,'%','about','2019-08-23','week','Friday to Friday','close','fell about 1% this week',"week_pct('DJI','2019-08-23')",'pct',''),
  ('SPX','week_change_pct',-1.4,'%',None,'2019-08-23','week','Friday to Friday','close','1.4%',"week_pct('SPX','2019-08-23')",'pct',''),
  ('IXIC','week_change_pct',-1.8,'%',None,'2019-08-23','week','Friday to Friday','close','NASDAQ 1.8%',"week_pct('IXIC','2019-08-23')",'pct',''),
  ('US10Y','yield_level',1.53,'%',None,'2019-08-23','','','end of day','1.53%',"rate('DGS10','2019-08-23')",'yield','FRED DGS10 end-of-day constant-maturity yield.'),
  ('US10Y','yield_level_prev',1.62,'%',None,'2019-08-22','','','end of day','1.62%',"rate('DGS10','2019-08-22')",'yield',''),
 ]))

P.append(dict(
 id='fxstreet_20200908_nasdaq_correction',
 source=dict(site='fxstreet.com', url='https://fxstreet.com/news/wall-street-close-nasdaq-in-official-correction-territory-sp-500-extends-thurs-decline-202009082143', original_outlet='FXStreet (citing Reuters)'),
 published='2020-09-08', published_confidence='exact',
 published_note='Timestamp 202009082143 in the URL; about the close of Tuesday 2020-09-08. Another corpus has a different outlet\'s page on this session.',
 text=("US benchmarks ended lower for a third straight session on Tuesday, the Nasdaq falling 4.1% and officially confirming a correction as technology extended a rout "
       "that began on Thursday. The Dow Jones Industrial Average lost 632.42 points, or 2.25%, to 27,500.89, the S&P 500 dropped 95.12 points, or 2.78%, to 3,331.84 and "
       "the Nasdaq Composite fell 465.44 points, or 4.11%, to 10,847.69. Tuesday's close left the Nasdaq with a 3-day decline of more than 10%, its biggest 3-session "
       "tumble since March 18, and the S&P 500 ended the session 7% below its latest record, reached on September 2nd."),
 claims=[
  ('DJI','losing_streak',3,'sessions',None,'2020-09-08','sessions','consecutive lower closes','close','third straight session',"streak('DJI','2020-09-08')",('eq',-3),'All three indexes closed lower on 09-03, 09-04 and 09-08 (streak -3 for SPX and IXIC too); keyed on the Dow.'),
  ('IXIC','daily_change_pct_rounded',-4.1,'%',None,'2020-09-08','1d','vs previous close','close','Nasdaq falling 4.1%',"pct('IXIC','2020-09-08')",'pct',''),
  ('IXIC','correction',True,'flag',None,'2020-09-08','52 weeks','10% below highest close','close','officially confirming a correction',"correction('IXIC','2020-09-08')",('eq',True),'10.03% below the 2020-09-02 record close.'),
  ('DJI','daily_change_points',-632.42,'points',None,'2020-09-08','1d','vs previous close','close','632.42',"pts('DJI','2020-09-08')",'pts',''),
  ('DJI','daily_change_pct',-2.25,'%',None,'2020-09-08','1d','vs previous close','close','2.25%',"pct('DJI','2020-09-08')",'pct',''),
  ('DJI','close_level',27500.89,'index points',None,'2020-09-08','','','close','27,500.89',"close('DJI','2020-09-08')",'level',''),
  ('SPX','daily_change_points',-95.12,'points',None,'2020-09-08','1d','vs previous close','close','95.12',"pts('SPX','2020-09-08')",'pts',''),
  ('SPX','daily_change_pct',-2.78,'%',None,'2020-09-08','1d','vs previous close','close','2.78%',"pct('SPX','2020-09-08')",'pct',''),
  ('SPX','close_level',3331.84,'index points',None,'2020-09-08','','','close','3,331.84',"close('SPX','2020-09-08')",'level',''),
  ('IXIC','daily_change_points',-465.44,'points',None,'2020-09-08','1d','vs previous close','close','465.44',"pts('IXIC','2020-09-08')",'pts',''),
  ('IXIC','daily_change_pct',-4.11,'%',None,'2020-09-08','1d','vs previous close','close','4.11%',"pct('IXIC','2020-09-08')",'pct',''),
  ('IXIC','close_level',10847.69,'index points',None,'2020-09-08','','','close','10,847.69',"close('IXIC','2020-09-08')",'level',''),
  ('IXIC','three_day_change_pct',-10,'%','more than','2020-09-08','3 sessions','close 2020-09-02 to close 2020-09-08','close','more than 10%',"pct_n('IXIC','2020-09-08',3)",'pct',''),
  ('IXIC','biggest_3day_drop_since','2020-03-18','date',None,'2020-09-08','3-session windows','percent','close','since March 18',"last_n_drop_as_big('IXIC','2020-09-08',3)",('eq','2020-03-18'),''),
  ('SPX','pct_from_ath',7,'%',None,'2020-09-08','','record close','close','7% below its latest record',"pct_below_record('SPX','2020-09-08')",'pct','6.95% below the 2020-09-02 record close of 3,580.84.'),
  ('SPX','record_date','2020-09-02','date',None,'2020-09-08','','record close','close','September 2nd',"max_close_upto('SPX','2020-09-08')[0]",('eq','2020-09-02'),''),
 ]))

P.append(dict(
 id='newser_20210409_stocks_record_territory',
 source=dict(site='newser.com', url='https://amp.newser.com/story/304762/stocks-extend-push-into-record-territory.html', original_outlet='Newser summarizing the Associated Press'),
 published='2021-04-09', published_confidence='high',
 published_note='The levels (Dow 33,800, S&P 4,128, Nasdaq 13,900) and the Monday 1.75% yield high match Friday 2021-04-09 only; Newser posts the same day.',
 text=("Stocks closed out the week on an upbeat note Friday as higher bond yields lifted bank shares. The Dow rose 297 points to a record high of 33,800, the S&P rose 31 "
       "points to a record of its own at 4,128, and the Nasdaq rose 70 points to 13,900, per the AP. The yield on the 10-year US Treasury note rose to 1.65% from 1.63% "
       "late Thursday; it had been as high as 1.75% on Monday."),
 claims=[
  ('DJI','daily_change_points',297,'points',None,'2021-04-09','1d','vs previous close','close','297 points',"pts('DJI','2021-04-09')",'pts',''),
  ('DJI','record_close',True,'flag',None,'2021-04-09','all history','','close','a record high of 33,800',"record_close('DJI','2021-04-09')",('eq',True),''),
  ('DJI','close_level',33800,'index points',None,'2021-04-09','','','close','33,800',"close('DJI','2021-04-09')",'level','Close 33,800.60: the rounded figure reads as a truncation (33,801 when rounded); off by 0.6 point, under 1%.'),
  ('SPX','daily_change_points',31,'points',None,'2021-04-09','1d','vs previous close','close','31 points',"pts('SPX','2021-04-09')",'pts','Change +31.63 points; "31" is truncated (32 when rounded).'),
  ('SPX','record_close',True,'flag',None,'2021-04-09','all history','','close','a record of its own',"record_close('SPX','2021-04-09')",('eq',True),''),
  ('SPX','close_level',4128,'index points',None,'2021-04-09','','','close','4,128',"close('SPX','2021-04-09')",'level','Close 4,128.80; "4,128" is truncated (4,129 when rounded).'),
  ('IXIC','daily_change_points',70,'points',None,'2021-04-09','1d','vs previous close','close','70 points',"pts('IXIC','2021-04-09')",'pts','Change +70.88; "70" is truncated (71 when rounded).'),
  ('IXIC','close_level',13900,'index points',None,'2021-04-09','','','close','13,900',"close('IXIC','2021-04-09')",'level',''),
  ('US10Y','yield_level',1.65,'%',None,'2021-04-09','','','end of day (AP late-day print)','1.65%',"rate('DGS10','2021-04-09')",'yield','AP quotes a late-afternoon market yield; FRED DGS10 end of day is 1.67.'),
  ('US10Y','yield_level_prev',1.63,'%',None,'2021-04-08','','','late Thursday','1.63%',"rate('DGS10','2021-04-08')",'yield',''),
  ('US10Y','intraday_high',1.75,'%','as high as','2021-04-05','session','','intraday','1.75%',"rate('DGS10','2021-04-05')",('fixed','unverifiable','intraday yield event'),
   'An intraday yield high; FRED only has end-of-day yields (DGS10 1.73 on Monday 2021-04-05), so the intraday figure cannot be checked.'),
 ]))

P.append(dict(
 id='marketscreener_20221122_sp500_datatalk',
 source=dict(site='marketscreener.com', url='https://www.marketscreener.com/quote/index/S-P-500-4985/news/S-P-500-Rises-1-36-to-4003-58-Data-Talk-42388817/?utm_medium=RSS&utm_content=20221122', original_outlet='Dow Jones Newswires (Data Talk) via MarketScreener'),
 published='2022-11-22', published_confidence='exact',
 published_note='Stamped 11-22-22 1631ET; about the close of Tuesday 2022-11-22, on preliminary closing values.',
 text=("S&P 500 rises 1.36% to 4003.58 (Data Talk). The S&P 500 Index is up 53.64 points or 1.36% today to 4003.58. It is the largest one-day point and percentage gain "
       "since Thursday, Nov. 10, 2022, and the index is up two of the past three trading days. It sits 16.53% off its record close of 4796.56 hit Monday, Jan. 3, 2022, "
       "and is up 18.83% from the Election Day close of 3369.16 on Tuesday, Nov. 3, 2020, and up 3.94% from the Inauguration Day close of 3851.85 on Wednesday, Jan 20, "
       "2021. This is the highest closing value since Monday, Sept. 12, 2022. It is up 11.92% from its 52-week low of 3577.03 hit Wednesday, Oct. 12, 2022, and down "
       "14.65% from 52 weeks ago. Month-to-date it is up 3.40%; year-to-date it is down 762.60 points or 16.00%. Data based on preliminary market closing values."),
 claims=[
  ('SPX','daily_change_points',53.64,'points','preliminary','2022-11-22','1d','vs previous close','close','53.64',"pts('SPX','2022-11-22')",'pts',''),
  ('SPX','daily_change_pct',1.36,'%','preliminary','2022-11-22','1d','vs previous close','close','1.36% today',"pct('SPX','2022-11-22')",'pct',''),
  ('SPX','close_level',4003.58,'index points','preliminary','2022-11-22','','','close','today to 4003.58',"close('SPX','2022-11-22')",'level',''),
  ('SPX','biggest_gain_since','2022-11-10','date',None,'2022-11-22','daily moves','points and percent','close','since Thursday, Nov. 10, 2022',"[last_gain_as_big('SPX','2022-11-22','pts'), last_gain_as_big('SPX','2022-11-22','pct')]",('eq',['2022-11-10','2022-11-10']),''),
  ('SPX','up_days_in_window',2,'sessions',None,'2022-11-22','3 sessions','up closes','close','up two of the past three trading days',"ups_in_last('SPX','2022-11-22',3)",'count',''),
  ('SPX','record_close',['2022-01-03',4796.56],'date, level',None,'2022-01-03','','record close','close','4796.56',"max_close_upto('SPX','2022-11-22')",('eq',['2022-01-03',4796.56]),''),
  ('SPX','pct_from_ath',16.53,'%',None,'2022-11-22','','record close','close','16.53%',"pct_below_record('SPX','2022-11-22')",'pct',''),
  ('SPX','pct_since_date',18.83,'%',None,'2022-11-22','since 2020-11-03 close','','close','18.83%',"pct_from('SPX','2020-11-03','2022-11-22')",'pct','The Election Day close 3369.16 is the 2020-11-03 close in the file.'),
  ('SPX','pct_since_date',3.94,'%',None,'2022-11-22','since 2021-01-20 close','','close','3.94%',"pct_from('SPX','2021-01-20','2022-11-22')",'pct',''),
  ('SPX','highest_close_since','2022-09-12','date',None,'2022-11-22','','last close at least as high','close','highest closing value since Monday, Sept. 12, 2022',"highest_since('SPX','2022-11-22')",('eq','2022-09-12'),''),
  ('SPX','52w_low',['2022-10-12',3577.03],'date, level',None,'2022-11-22','52 weeks','lowest close','close','3577.03',"min_close_window('SPX','2021-11-23','2022-11-22')",('eq',['2022-10-12',3577.03]),''),
  ('SPX','pct_since_date',11.92,'%',None,'2022-11-22','since 2022-10-12 close','','close','11.92%',"pct_from('SPX','2022-10-12','2022-11-22')",'pct',''),
  ('SPX','pct_52w',-14.65,'%',None,'2022-11-22','52 weeks','vs close 364 days earlier','close','14.65%',"pct_52w_ago('SPX','2022-11-22')",'pct','Measured from the 2021-11-23 close (52 weeks = 364 days); from the 2021-11-22 close it would be -14.51%.'),
  ('SPX','mtd_pct',3.40,'%',None,'2022-11-22','November 2022 to date','vs 2022-10-31 close','close','3.40%',"mtd('SPX','2022-11-22')",'pct',''),
  ('SPX','ytd_points',-762.60,'points',None,'2022-11-22','2022 to date','vs 2021-12-31 close','close','762.60 points',"ytd_pts('SPX','2022-11-22')",'pts',''),
  ('SPX','ytd_pct',-16.00,'%',None,'2022-11-22','2022 to date','vs 2021-12-31 close','close','16.00%',"ytd('SPX','2022-11-22')",'pct',''),
 ]))

P.append(dict(
 id='marketscreener_20230314_sp500_datatalk',
 source=dict(site='marketscreener.com', url='https://www.marketscreener.com/quote/index/S-P-500-4985/news/S-P-500-Rises-1-65-to-3919-29-Data-Talk-Update-43245263/?utm_medium=RSS&utm_content=20230314', original_outlet='Dow Jones Newswires (Data Talk) via MarketScreener'),
 published='2023-03-14', published_confidence='exact',
 published_note='Stamped 03-14-23 1804ET; about the close of Tuesday 2023-03-14, on preliminary closing values.',
 text=("S&P 500 rises 1.65% to 3919.29 (Data Talk update). The S&P 500 Index is up 63.53 points or 1.65% today to 3919.29 - its largest one-day point gain since Friday, "
       "March 3, 2023, and its largest one-day percentage gain since Friday, Jan. 20, 2023 - snapping a three-trading-day losing streak. The index is off 18.29% from its "
       "record close of 4796.56 hit Monday, Jan. 3, 2022, off 15.38% from its 52-week high of 4631.60 hit Tuesday, March 29, 2022, and down 8.05% from 52 weeks ago. "
       "It is off 6.23% from its 2023 closing high of 4179.76 hit Thursday, Feb. 2, 2023, and up 2.92% from its 2023 closing low of 3808.10 hit Thursday, Jan. 5, 2023. "
       "Month-to-date it is down 1.28%; year-to-date it is up 79.79 points or 2.08%."),
 claims=[
  ('SPX','daily_change_points',63.53,'points','preliminary','2023-03-14','1d','vs previous close','close','63.53',"pts('SPX','2023-03-14')",'pts',''),
  ('SPX','daily_change_pct',1.65,'%','preliminary','2023-03-14','1d','vs previous close','close','1.65% today',"pct('SPX','2023-03-14')",'pct',''),
  ('SPX','close_level',3919.29,'index points','preliminary','2023-03-14','','','close','today to 3919.29',"close('SPX','2023-03-14')",'level',''),
  ('SPX','biggest_point_gain_since','2023-03-03','date',None,'2023-03-14','daily moves','points','close','since Friday, March 3, 2023',"last_gain_as_big('SPX','2023-03-14','pts')",('eq','2023-03-03'),''),
  ('SPX','biggest_pct_gain_since','2023-01-20','date',None,'2023-03-14','daily moves','percent','close','since Friday, Jan. 20, 2023',"last_gain_as_big('SPX','2023-03-14','pct')",('eq','2023-01-20'),''),
  ('SPX','snapped_losing_streak',3,'sessions',None,'2023-03-13','sessions','consecutive lower closes before 2023-03-14','close','three-trading-day losing streak',"streak_before('SPX','2023-03-14')",('eq',-3),''),
  ('SPX','pct_from_ath',18.29,'%',None,'2023-03-14','','record close 2022-01-03','close','18.29%',"pct_below_record('SPX','2023-03-14')",'pct',''),
  ('SPX','52w_high',['2022-03-29',4631.6],'date, level',None,'2023-03-14','52 weeks','highest close','close','4631.60',"max_close_window('SPX','2022-03-15','2023-03-14')",('eq',['2022-03-29',4631.6]),''),
  ('SPX','pct_from_52w_high',-15.38,'%',None,'2023-03-14','since 2022-03-29 close','','close','15.38%',"pct_from('SPX','2022-03-29','2023-03-14')",'pct',''),
  ('SPX','pct_52w',-8.05,'%',None,'2023-03-14','52 weeks','vs close 364 days earlier','close','8.05%',"pct_52w_ago('SPX','2023-03-14')",'pct','From the 2022-03-15 close (52 weeks = 364 days).'),
  ('SPX','ytd_high',['2023-02-02',4179.76],'date, level',None,'2023-03-14','2023','highest close','close','4179.76',"max_close_window('SPX','2023-01-01','2023-03-14')",('eq',['2023-02-02',4179.76]),''),
  ('SPX','pct_from_ytd_high',-6.23,'%',None,'2023-03-14','since 2023-02-02 close','','close','6.23%',"pct_from('SPX','2023-02-02','2023-03-14')",'pct',''),
  ('SPX','ytd_low',['2023-01-05',3808.1],'date, level',None,'2023-03-14','2023','lowest close','close','3808.10',"min_close_window('SPX','2023-01-01','2023-03-14')",('eq',['2023-01-05',3808.1]),''),
  ('SPX','pct_from_ytd_low',2.92,'%',None,'2023-03-14','since 2023-01-05 close','','close','2.92%',"pct_from('SPX','2023-01-05','2023-03-14')",'pct',''),
  ('SPX','mtd_pct',-1.28,'%',None,'2023-03-14','March 2023 to date','vs 2023-02-28 close','close','1.28%',"mtd('SPX','2023-03-14')",'pct',''),
  ('SPX','ytd_points',79.79,'points',None,'2023-03-14','2023 to date','vs 2022-12-30 close','close','79.79 points',"ytd_pts('SPX','2023-03-14')",'pts',''),
  ('SPX','ytd_pct',2.08,'%',None,'2023-03-14','2023 to date','vs 2022-12-30 close','close','2.08%',"ytd('SPX','2023-03-14')",'pct',''),
 ]))

P.append(dict(
 id='inkl_20240903_september_selloff_chips',
 source=dict(site='inkl.com', url='https://inkl.com/news/stock-markets-see-september-selloff-in-worst-trading-day-since-march-2020', original_outlet='inkl (syndicated article)'),
 published='2024-09-03', published_confidence='high',
 published_note='Describes "Tuesday" after the Labor Day weekend, with Nvidia -9.5% and the Dow -626.15: Tuesday 2024-09-03. The page date is not in the excerpt; the article is a same-day piece.',
 text=("Just as the Federal Reserve gets ready to cut rates next week, Wall Street delivered a big day of losses on Tuesday, led by chipmakers: Nvidia lost 9.5% and Intel "
       "9%. The slide came after a Labor Day weekend that followed another record high for the Dow Jones Industrial Average, a record that proved short lived as the index "
       "lost 626.15 points (1.51%). The bigger percentage losers were the Nasdaq Composite, down 577.33 points (3.26%) in a brutal session for tech, and the S&P 500, "
       "which fell 119.47 points (2.12%). The Fed is expected to make the long-awaited announcement Sept. 10 that it will begin cutting interest rates from 23-year record highs."),
 claims=[
  ('DJI','record_close_before_holiday',True,'flag',None,'2024-08-30','all history','','close','another record high for the Dow',"record_close('DJI','2024-08-30')",('eq',True),'Friday 2024-08-30, the session before Labor Day, was a Dow record close.'),
  ('DJI','daily_change_points',-626.15,'points',None,'2024-09-03','1d','vs previous close','close','626.15',"pts('DJI','2024-09-03')",'pts',''),
  ('DJI','daily_change_pct',-1.51,'%',None,'2024-09-03','1d','vs previous close','close','1.51%',"pct('DJI','2024-09-03')",'pct',''),
  ('IXIC','daily_change_points',-577.33,'points',None,'2024-09-03','1d','vs previous close','close','577.33',"pts('IXIC','2024-09-03')",'pts',''),
  ('IXIC','daily_change_pct',-3.26,'%',None,'2024-09-03','1d','vs previous close','close','3.26%',"pct('IXIC','2024-09-03')",'pct',''),
  ('SPX','daily_change_points',-119.47,'points',None,'2024-09-03','1d','vs previous close','close','119.47',"pts('SPX','2024-09-03')",'pts',''),
  ('SPX','daily_change_pct',-2.12,'%',None,'2024-09-03','1d','vs previous close','close','2.12%',"pct('SPX','2024-09-03')",'pct',''),
  ('FEDFUNDS','fomc_decision_date','2024-09-10','date',None,'2024-09-03','September 2024','FOMC calendar','','Sept. 10',"fomc_decisions('2024-09-01','2024-09-30')",('fixed','contradicted','wrong date'),
   'FOMC_meetings.csv has the September 2024 decision on 2024-09-18 (the cut to 4.75-5.00%); no decision on 2024-09-10. The surrounding "next week" is also off: the meeting was two weeks later. The forward-looking "will begin cutting" is not judged.'),
  ('FEDFUNDS','highest_since_years',23,'years',None,'2024-09-03','rate history','last time the target was at least 5.5%','','23-year record highs',"last_rate_at_least('DFEDTAR',5.5,'2008-12-16')",('fixed','supported','highest since X'),
   'Upper bound 5.50% (DFEDTARU on 2024-09-03). The last day the single target (DFEDTAR) was at least 5.5% was 2001-03-19, so 2024 - 2001 = 23 years. "Record highs" is loose wording for a 23-year high.'),
 ]))

P.append(dict(
 id='indianawaaz_20250916_nasdaq_sp500_records',
 source=dict(site='theindianawaaz.com', url='https://theindianawaaz.com/nasdaq-s-dow-inches-up/', original_outlet='The Indian Awaaz'),
 published='2025-09-16', published_confidence='exact',
 published_note='"Last Updated on September 16, 2025"; the text reports Monday 2025-09-15.',
 text=("US stocks closed higher on Monday, with two major indices closing at record highs for yet another session as investors grew hopeful ahead of the Federal Open "
       "Market Committee meeting beginning today. The tech-heavy Nasdaq Composite Index settled above 0.9 per cent higher to close at 22 thousand 349, the S&P 500 climbed "
       "almost half a per cent to end at 6 thousand 615, while the Dow Jones Industrial Average eked out a small gain of 0.1 per cent to end at 45 thousand 883."),
 claims=[
  ('IXIC','record_close',True,'flag',None,'2025-09-15','all history','','close','two major indices closing at record highs',"[record_close('IXIC','2025-09-15'), record_close('SPX','2025-09-15')]",('eq',[True,True]),
   'The two indices are the Nasdaq and the S&P 500 (the Dow did not set a record). "For yet another session": the Nasdaq also closed at a record on 2025-09-12; the S&P 500 last did so on 2025-09-11.'),
  ('FEDFUNDS','fomc_meeting_start','2025-09-16','date',None,'2025-09-16','September 2025','FOMC calendar','','meeting beginning today',"fomc_decisions('2025-09-01','2025-09-30')",('fixed','supported','FOMC calendar'),
   'Decision day 2025-09-17 in FOMC_meetings.csv; the two-day meeting began Tuesday 2025-09-16, the publication day ("today").'),
  ('IXIC','daily_change_pct',0.9,'%','more than','2025-09-15','1d','vs previous close','close','above 0.9 per cent',"pct('IXIC','2025-09-15')",'pct',''),
  ('IXIC','close_level',22349,'index points',None,'2025-09-15','','','close','22 thousand 349',"close('IXIC','2025-09-15')",'level',''),
  ('SPX','daily_change_pct',0.5,'%','almost','2025-09-15','1d','vs previous close','close','almost half a per cent',"pct('SPX','2025-09-15')",'pct',''),
  ('SPX','close_level',6615,'index points',None,'2025-09-15','','','close','6 thousand 615',"close('SPX','2025-09-15')",'level',''),
  ('DJI','daily_change_pct',0.1,'%',None,'2025-09-15','1d','vs previous close','close','0.1 per cent',"pct('DJI','2025-09-15')",'pct',''),
  ('DJI','close_level',45883,'index points',None,'2025-09-15','','','close','45 thousand 883',"close('DJI','2025-09-15')",'level','Dow rows after 2025-07-11 come from a single source.'),
 ]))

P.append(dict(
 id='azzet_20251001_dow_record_strong_september',
 source=dict(site='azzet.com', url='https://azzet.com/news/us-benchmarks-push-higher-dow-resets-record-high', original_outlet='Azzet'),
 published='2025-10-01', published_confidence='high',
 published_note='Written for Australian readers ("Tuesday (Wednesday AEST)"); the session is Tuesday 2025-09-30, the last of September, ahead of the midnight shutdown deadline; published on 2025-10-01 AEST.',
 text=("US benchmark averages finished higher on Tuesday (Wednesday AEST), the Dow Jones Industrial Average ending at a fresh record high as investors shrugged off a "
       "possible government shutdown and celebrated one of the strongest Septembers in years. The Dow gained 81.8 points or 0.2% to end at 46,397.9, a fresh all-time "
       "high. The S&P 500 rose 27.3 points or 0.4% to 6,688.5, while the Nasdaq Composite added 68.9 points or 0.3% to close at 22,660.0."),
 claims=[
  ('DJI','record_close',True,'flag',None,'2025-09-30','all history','','close','a fresh all-time high',"record_close('DJI','2025-09-30')",('eq',True),''),
  ('SPX','strong_september','one of the strongest Septembers in years','flag',None,'2025-09-30','September 2025','','close','one of the strongest Septembers in years',"month_ret('SPX','2025-09')",('fixed','not_checkable','generic statement'),
   'Vague ranking with no index or window stated; S&P 500 September 2025 return +3.53% for reference.'),
  ('DJI','daily_change_points',81.8,'points',None,'2025-09-30','1d','vs previous close','close','81.8 points',"pts('DJI','2025-09-30')",'pts',''),
  ('DJI','daily_change_pct',0.2,'%',None,'2025-09-30','1d','vs previous close','close','0.2%',"pct('DJI','2025-09-30')",'pct','+0.176% rounds to 0.2.'),
  ('DJI','close_level',46397.9,'index points',None,'2025-09-30','','','close','46,397.9',"close('DJI','2025-09-30')",'level',''),
  ('SPX','daily_change_points',27.3,'points',None,'2025-09-30','1d','vs previous close','close','27.3 points',"pts('SPX','2025-09-30')",'pts',''),
  ('SPX','daily_change_pct',0.4,'%',None,'2025-09-30','1d','vs previous close','close','0.4%',"pct('SPX','2025-09-30')",'pct',''),
  ('SPX','close_level',6688.5,'index points',None,'2025-09-30','','','close','6,688.5',"close('SPX','2025-09-30')",'level',''),
  ('IXIC','daily_change_points',68.9,'points',None,'2025-09-30','1d','vs previous close','close','68.9 points',"pts('IXIC','2025-09-30')",'pts',''),
  ('IXIC','daily_change_pct',0.3,'%',None,'2025-09-30','1d','vs previous close','close','0.3%',"pct('IXIC','2025-09-30')",'pct',''),
  ('IXIC','close_level',22660.0,'index points',None,'2025-09-30','','','close','22,660.0',"close('IXIC','2025-09-30')",'level',''),
 ]))

P.append(dict(
 id='ttmfinancial_20260126_sp500_datatalk',
 source=dict(site='ttm.financial', url='https://ttm.financial/m/news/2606226948', original_outlet='Dow Jones Newswires (Data Talk) via ttm.financial'),
 published='2026-01-26', published_confidence='exact',
 published_note='Stamped January 26, 2026 16:14 ET; about the close of Monday 2026-01-26, on preliminary closing values. Another corpus has a different outlet\'s page dated this day.',
 text=("The S&P 500 Index is up 34.62 points or 0.50% today to 6950.23, the fourth highest close in history. It is up for four consecutive trading days, adding 153.37 "
       "points or 2.26% over that stretch - the largest four-day point and percentage gain since Wednesday, Dec. 24, 2025, and the longest winning streak since that same "
       "day, when the market rose for five straight trading days. The index is off 0.39% from its record close of 6977.27 hit Monday, Jan. 12, 2026, up 20.19% from the "
       "Election Day close of 5782.76 on Tuesday, Nov. 5, 2024, up 15.90% from the Inauguration Day close of 5996.66 on Monday, Jan 20, 2025, and up 22.56% since "
       "tariffs were announced on Wednesday, April 2, 2025. It is the highest closing value since Tuesday, Jan. 13, 2026, up 39.49% from its 52-week low of 4982.77 hit "
       "Tuesday, April 8, 2025, and rose 15.60% from 52 weeks ago. Month-to-date and year-to-date it is up 1.53%, or 104.73 points for the year. Data based on "
       "preliminary market closing values."),
 claims=[
  ('SPX','daily_change_points',34.62,'points','preliminary','2026-01-26','1d','vs previous close','close','34.62',"pts('SPX','2026-01-26')",'pts',''),
  ('SPX','daily_change_pct',0.50,'%','preliminary','2026-01-26','1d','vs previous close','close','0.50%',"pct('SPX','2026-01-26')",'pct',''),
  ('SPX','close_level',6950.23,'index points','preliminary','2026-01-26','','','close','today to 6950.23',"close('SPX','2026-01-26')",'level',''),
  ('SPX','close_rank_all_time',4,'rank',None,'2026-01-26','all history','','close','fourth highest close in history',"close_rank('SPX','2026-01-26')",('eq',4),''),
  ('SPX','winning_streak',4,'sessions',None,'2026-01-26','sessions','consecutive higher closes','close','four consecutive trading days',"streak('SPX','2026-01-26')",('eq',4),''),
  ('SPX','four_day_points',153.37,'points',None,'2026-01-26','4 sessions','close 2026-01-20 to close 2026-01-26','close','153.37',"pts_n('SPX','2026-01-26',4)",'pts',''),
  ('SPX','four_day_pct',2.26,'%',None,'2026-01-26','4 sessions','close 2026-01-20 to close 2026-01-26','close','2.26%',"pct_n('SPX','2026-01-26',4)",'pct',''),
  ('SPX','biggest_4day_gain_since','2025-12-24','date',None,'2026-01-26','4-session windows','percent','close','largest four-day point and percentage gain since Wednesday, Dec. 24, 2025',"last_n_gain_as_big('SPX','2026-01-26',4)",('eq','2025-12-24'),'Keyed on the percentage reading.'),
  ('SPX','longest_streak_since',['2025-12-24',5],'date, sessions',None,'2026-01-26','sessions','','close','rose for five straight trading days',"[last_streak_as_long('SPX','2026-01-26'), streak('SPX','2025-12-24')]",('eq',['2025-12-24',5]),''),
  ('SPX','record_close',['2026-01-12',6977.27],'date, level',None,'2026-01-12','','record close','close','6977.27',"max_close_upto('SPX','2026-01-26')",('eq',['2026-01-12',6977.27]),''),
  ('SPX','pct_from_ath',0.39,'%',None,'2026-01-26','','record close','close','0.39%',"pct_below_record('SPX','2026-01-26')",'pct',''),
  ('SPX','pct_since_date',20.19,'%',None,'2026-01-26','since 2024-11-05 close','','close','20.19%',"pct_from('SPX','2024-11-05','2026-01-26')",'pct',''),
  ('SPX','inauguration_day_close',['2025-01-20',5996.66],'date, level',None,'2025-01-20','','','close','Monday, Jan 20, 2025',"close('SPX','2025-01-17')",('fixed','contradicted','wrong date'),
   'There was no session on Monday 2025-01-20 (Martin Luther King Jr. Day); 5996.66 is the close of Friday 2025-01-17, the last close before the inauguration. The level is right, the stated session is wrong.'),
  ('SPX','pct_since_date',15.90,'%',None,'2026-01-26','since the 5996.66 close (2025-01-17)','','close','15.90%',"pct_from('SPX','2025-01-17','2026-01-26')",'pct','Judged from the level the text states (the 2025-01-17 close).'),
  ('SPX','pct_since_date',22.56,'%',None,'2026-01-26','since 2025-04-02 close','','close','22.56%',"pct_from('SPX','2025-04-02','2026-01-26')",'pct',''),
  ('SPX','highest_close_since','2026-01-13','date',None,'2026-01-26','','last close at least as high','close','since Tuesday, Jan. 13, 2026',"highest_since('SPX','2026-01-26')",('eq','2026-01-13'),''),
  ('SPX','52w_low',['2025-04-08',4982.77],'date, level',None,'2026-01-26','52 weeks','lowest close','close','4982.77',"min_close_window('SPX','2025-01-27','2026-01-26')",('eq',['2025-04-08',4982.77]),''),
  ('SPX','pct_since_date',39.49,'%',None,'2026-01-26','since 2025-04-08 close','','close','39.49%',"pct_from('SPX','2025-04-08','2026-01-26')",'pct',''),
  ('SPX','pct_52w',15.60,'%',None,'2026-01-26','52 weeks','vs close 364 days earlier','close','15.60%',"pct_52w_ago('SPX','2026-01-26')",'pct','From the 2025-01-27 close (52 weeks = 364 days).'),
  ('SPX','mtd_pct',1.53,'%',None,'2026-01-26','January 2026 to date','vs 2025-12-31 close','close','Month-to-date and year-to-date it is up 1.53%',"mtd('SPX','2026-01-26')",'pct','In January the month-to-date and year-to-date figures coincide.'),
  ('SPX','ytd_points',104.73,'points',None,'2026-01-26','2026 to date','vs 2025-12-31 close','close','104.73 points',"ytd_pts('SPX','2026-01-26')",'pts',''),
 ]))
