# passage sources (condensed close paraphrases) and their claims; executed by build.py
D='2014-01-03'
add('afp_20140103_bernanke_mostly_lower','business.inquirer.net','https://business.inquirer.net/158875/us-stocks-mostly-lower-following-bernanke-remarks','AFP (via Philippine Daily Inquirer)',D,'high','Friday 2014-01-03 session; outgoing Fed chair Bernanke speech that day.',
"NEW YORK—US stocks ended a holiday-shortened week mostly lower Friday as outgoing Fed chief Ben Bernanke urged more work to cement the recovery. At the closing bell the Dow Jones Industrial Average rose 27.30 (0.17 percent) to 16,468.65. The broad-based S&P 500 slipped 0.69 (0.04 percent) to 4,131.91, while the tech-rich Nasdaq Composite Index declined 11.16 (0.27 percent) to 4,131.91. Volume was thin with many traders still away and a snowstorm hitting the Northeast.",
[C('DJI','change_points',27.30,'points',None,D,'1d','close','rose 27.30',f"chg('DJI','{D}')",'pts',note='file +28.64 (official close 16,469.99); 27.30 is off by 1.34 points, inside 20%'),
 C('DJI','change_pct',0.17,'%',None,D,'1d','close','(0.17 percent)',f"pct('DJI','{D}')",'pct'),
 C('DJI','level',16468.65,'points',None,D,None,'close','16,468.65',f"close('DJI','{D}')",'lvl',note='1.34 below the file close 16,469.99'),
 C('SPX','change_points',-0.69,'points',None,D,'1d','close','slipped 0.69',f"chg('SPX','{D}')",'pts',note='file -0.61'),
 C('SPX','change_pct',-0.04,'%',None,D,'1d','close','(0.04 percent)',f"pct('SPX','{D}')",'pct'),
 C('SPX','level',4131.91,'points',None,D,None,'close','0.04 percent) to 4,131.91',f"close('SPX','{D}')",'lvl',note='the S&P 500 closed at 1,831.37; 4,131.91 is the Nasdaq close repeated (page error)'),
 C('IXIC','change_points',-11.16,'points',None,D,'1d','close','declined 11.16',f"chg('IXIC','{D}')",'pts'),
 C('IXIC','change_pct',-0.27,'%',None,D,'1d','close','(0.27 percent)',f"pct('IXIC','{D}')",'pct'),
 C('IXIC','level',4131.91,'points',None,D,None,'close','0.27 percent) to 4,131.91',f"close('IXIC','{D}')",'lvl')])

D='2016-07-08'
add('marketexclusive_20160708_jobs_beat_post_brexit','marketexclusive.com','https://marketexclusive.com/priority-u-s-stocks-surge-aided-positive-labor-data/2016/07/?noamp=mobile','Market Exclusive',D,'high','Friday of the June 2016 jobs report (released 2016-07-08); URL gives 2016/07.',
"All three major U.S. indices closed up Friday after a strong June jobs report, finishing above their pre-Brexit levels. The Dow Jones Industrial Average added 250.86 points, up 1.4% from its prior close, erasing its Brexit losses; the Dow is up more than 4% so far in 2016. The S&P 500 added 32 points to 2129.90, a 1.5% gain, and is also up more than 4% this year. The Energy sector in the S&P 500 was down 1.1% for the week. The NASDAQ Composite gained 79.95 points to 4956.76, 1.6% above Thursday, but is down 1% so far in 2016.",
[C('DJI','change_points',250.86,'points',None,D,'1d','close','250.86',f"chg('DJI','{D}')",'pts'),
 C('DJI','change_pct',1.4,'%',None,D,'1d','close','up 1.4%',f"pct('DJI','{D}')",'pct'),
 C('DJI','ytd_pct',4,'%','more than',D,'YTD','close','the Dow is up more than 4% so far in 2016',f"ytd('DJI','{D}')",'pct'),
 C('SPX','change_points',32,'points',None,D,'1d','close','added 32 points',f"chg('SPX','{D}')",'pts'),
 C('SPX','level',2129.90,'points',None,D,None,'close','2129.90',f"close('SPX','{D}')",'lvl'),
 C('SPX','change_pct',1.5,'%',None,D,'1d','close','a 1.5% gain',f"pct('SPX','{D}')",'pct'),
 C('SPX','ytd_pct',4,'%','more than',D,'YTD','close','also up more than 4% this year',f"ytd('SPX','{D}')",'pct'),
 C('SPX_ENERGY','week_pct',-1.1,'%',None,D,'week','close','down 1.1% for the week',None,'exact','unverifiable','unverifiable','S&P 500 energy sector index not in the files; XLE is only a proxy'),
 C('IXIC','change_points',79.95,'points',None,D,'1d','close','79.95',f"chg('IXIC','{D}')",'pts'),
 C('IXIC','level',4956.76,'points',None,D,None,'close','4956.76',f"close('IXIC','{D}')",'lvl'),
 C('IXIC','change_pct',1.6,'%',None,D,'1d','close','1.6% above Thursday',f"pct('IXIC','{D}')",'pct'),
 C('IXIC','ytd_pct',-1,'%',None,D,'YTD','close','down 1% so far in 2016',f"ytd('IXIC','{D}')",'pct'),
 C('SPX','above_level_of_date',True,'flag',None,D,'since 2016-06-23','close','above their pre-Brexit levels',f"close('SPX','{D}') > close('SPX','2016-06-23') and close('DJI','{D}') > close('DJI','2016-06-23') and close('IXIC','{D}') > close('IXIC','2016-06-23')",'exact','supported','flag','pre-Brexit = 2016-06-23 close (vote day); all three closes above it (checked for SPX, DJI, IXIC)')])

D='2018-12-28'
add('pws_20181228_christmas_rebound_week','pws.io','https://pws.io/us-markets-gain-on-holiday-weekend-thanks-to-pension-funds','PWS (investor blog)','2018-12-29','medium','Covers the week ending Friday 2018-12-28 (Dec 26 record point gain); posted at the weekend.',
"After the Christmas Eve rout and the holiday, US stocks rebounded last week. On Wednesday the Dow Jones Industrial Average notched a 1,086.25 point gain, the biggest point gain in history, to end 5% up. On Thursday the S&P 500 opened sharply lower before reversing to close 0.86% higher, and on Friday it ended flat, down 0.12%. Overall the three major indices rose more than 2.75% for the week, though stocks are still down nearly 10% for the month. The 2-year Treasury yield fell 1.4 basis points to 2.534%, while the 10-year note yield was unchanged at 2.74%.",
[C('DJI','change_points',1086.25,'points',None,'2018-12-26','1d','close','1,086.25',"chg('DJI','2018-12-26')",'pts'),
 C('DJI','record_point_gain',True,'flag',None,'2018-12-26',None,'close','biggest point gain in history',"chg('DJI','2018-12-26') > biggest_point_gain_before('DJI','2018-12-26')[1]",'exact','supported','record','previous largest in the file 936.42 (2008-10-13); the file starts 1992, earlier point gains were far smaller'),
 C('DJI','change_pct',5,'%',None,'2018-12-26','1d','close','to end 5% up',"pct('DJI','2018-12-26')",'pct'),
 C('SPX','change_pct',0.86,'%',None,'2018-12-27','1d','close','0.86% higher',"pct('SPX','2018-12-27')",'pct'),
 C('SPX','change_pct',-0.12,'%',None,D,'1d','close','down 0.12%',f"pct('SPX','{D}')",'pct'),
 C('DJI','week_pct',2.75,'%','more than',D,'week','close','rose more than 2.75% for the week',f"week_pct('DJI','{D}')",'pct','imprecise','bound just missed','Dow +2.749% (2.7486) is not more than 2.75; S&P +2.86% and Nasdaq +3.97% satisfy the bound'),
 C('SPX','mtd_pct',-10,'%','nearly',D,'MTD','close','down nearly 10% for the month',f"window_pct('SPX','2018-11-30','{D}')",'pct'),
 C('US2Y','yield_change_bp',-1.4,'bp',None,D,'1d','end of day','fell 1.4 basis points',f"round(100*(rate('DGS2','{D}') - rate('DGS2','2018-12-27')), 1)",'exact','contradicted','end-of-day change','FRED DGS2 2.56 -> 2.52, a 4 bp fall; the article quotes a market-data snapshot (series not in the ticker list: US2Y = DGS2)'),
 C('US2Y','yield',2.534,'%',None,D,None,'end of day','2.534%',f"rate('DGS2','{D}')",'yld'),
 C('US10Y','yield_unchanged',True,'flag',None,D,'1d','end of day','unchanged at 2.74%',f"round(y10('{D}') - y10('2018-12-27'), 2)",'exact','contradicted','end-of-day change','DGS10 2.77 -> 2.72 on the day (2.79 a week earlier); level 2.74 is within 0.025 of 2.72 but "unchanged" is not')])

D='2019-01-30'
add('upi_20190130_fed_patient_rally','gephardtdaily.com','https://gephardtdaily.com/uncategorized/markets-surge-as-federal-reserve-leaves-rates-unchanged','UPI (via Gephardt Daily)',D,'exact','Dateline "Jan. 31 (UPI)" but the text is about Wednesday 2019-01-30, the FOMC decision day.',
"Jan. 31 (UPI) — The three major U.S. markets surged Wednesday after the Federal Reserve left its interest rate unchanged. The Dow Jones Industrial Average rose 434.90 points, or 1.77 percent, while the S&P 500 rose 1.48 percent and the Nasdaq Composite rose 2.2 percent. After raising the rate one-quarter point in December, the Fed held the target range for the federal funds rate at 2.25 percent to 2.5 percent and said it would be patient.",
[C('DJI','change_points',434.90,'points',None,D,'1d','close','434.90',f"chg('DJI','{D}')",'pts'),
 C('DJI','change_pct',1.77,'%',None,D,'1d','close','1.77 percent',f"pct('DJI','{D}')",'pct'),
 C('SPX','change_pct',1.48,'%',None,D,'1d','close','S&P 500 rose 1.48 percent',f"pct('SPX','{D}')",'pct',note='file +1.555%'),
 C('IXIC','change_pct',2.2,'%',None,D,'1d','close','rose 2.2 percent',f"pct('IXIC','{D}')",'pct'),
 C('FEDFUNDS','hike_bp',0.25,'pp',None,'2018-12-19','FOMC','decision','one-quarter point in December',"fed_upper_change('2018-12-19','2018-12-20')",'pct',note='DFEDTARU 2.25 -> 2.50 effective 2018-12-20 (decision 2018-12-19)'),
 C('FEDFUNDS','target_range',[2.25,2.5],'%',None,D,None,'decision','2.25 percent to 2.5 percent',"fed_range('2019-01-31')",'exact','supported','exact range','range effective the day after the decision unchanged; 2019-01-30 is an FOMC day in FOMC_meetings.csv')])

D='2020-04-17'
add('graniteshares_20200417_reopening_week','insights.graniteshares.com','https://insights.graniteshares.com/tag/commodities/page/3','GraniteShares (ETF issuer commentary)',D,'medium','Weekly wrap for the week ending Friday 2020-04-17 (reopening plan Thursday night, treatment news Friday); S&P 2,874.56 matches that close.',
"A see-saw week for U.S. stock markets, pulled between very weak economic data and hopes for reopening and COVID-19 treatments, left stocks almost unchanged through Thursday. Reopening plans and news of a promising treatment then pushed U.S. stock markets up 2% -3% on Friday. At week's end the S&P 500 Index had increased 3.0% to close at 2,874.56, the 10-year U.S. Treasury rate fell 9bps to 0.64% and the U.S. dollar (DXY) strengthened 0.3%.",
[C('SPX','change_pct',[2,3],'%',None,D,'1d','close','up 2% -3% on Friday',f"[pct('SPX','{D}'), pct('DJI','{D}'), pct('IXIC','{D}')]",'exact','imprecise','range','S&P +2.68% and Dow +2.99% inside 2-3%; Nasdaq +1.38% outside the range'),
 C('SPX','week_pct',3.0,'%',None,D,'week','close','increased 3.0%',f"week_pct('SPX','{D}')",'pct',note='Thursday 2020-04-09 close to Friday 2020-04-17 close (Good Friday holiday)'),
 C('SPX','level',2874.56,'points',None,D,None,'close','2,874.56',f"close('SPX','{D}')",'lvl'),
 C('US10Y','week_change_bp',-9,'bp',None,D,'week','end of day','fell 9bps',f"round(100*(y10('{D}') - y10('2020-04-09')))",'pts',note='DGS10 0.73 -> 0.65 = -8 bp'),
 C('US10Y','yield',0.64,'%',None,D,None,'end of day','to 0.64%',f"y10('{D}')",'yld'),
 C('DXY','week_pct',0.3,'%',None,D,'week','close','strengthened 0.3%',None,'exact','unverifiable','unverifiable','dollar index not in the files')])

D='2020-06-09'
add('marketwatch_20200609_nasdaq_record_dow_streak_ends','marketwatchus.wsj.akadns.net','https://marketwatchus.wsj.akadns.net/story/dow-futures-see-muted-action-after-nasdaq-notches-its-first-closing-record-in-about-4-months-2020-06-09','MarketWatch',D,'exact','Date in the URL; text covers the Tuesday 2020-06-09 close and Monday 2020-06-08.',
"The Dow closed down 300 points Tuesday while the Nasdaq Composite booked a fresh record close after briefly trading above 10,000. The Dow Jones Industrial Average shed 300.14 points, or 1.1%, to end at 27,272.30, snapping its longest win streak, six days, since the eight-session stretch ended Sept. 13, 2019. The S&P 500 fell 25.21 points, or 0.8%, closing at 3,207.18. The Nasdaq Composite advanced 29.01 points, or 0.3%, finishing at a record 9,953.75. On Monday the S&P 500 ended the session 4.5% from its Feb. 19 record closing high, and the Nasdaq gained 110.66 points, or 1.1%, to 9,924.74, its first all-time closing record in four months.",
[C('DJI','change_points',-300.14,'points',None,D,'1d','close','shed 300.14 points',f"chg('DJI','{D}')",'pts'),
 C('DJI','level',27272.30,'points',None,D,None,'close','27,272.30',f"close('DJI','{D}')",'lvl'),
 C('DJI','win_streak',6,'sessions',None,'2020-06-08','streak','close','six days',"up_streak('DJI','2020-06-08')",'pts'),
 C('DJI','streak_since',['2019-09-13',8],'date',None,'2020-06-08','streak','close','eight-session stretch ended Sept. 13, 2019',"last_streak_at_least('DJI','2020-06-08',6)",'exact','supported','since X','last up-streak of 6+ sessions before it: 8 sessions ending 2019-09-13'),
 C('SPX','change_points',-25.21,'points',None,D,'1d','close','25.21 points',f"chg('SPX','{D}')",'pts'),
 C('SPX','level',3207.18,'points',None,D,None,'close','3,207.18',f"close('SPX','{D}')",'lvl'),
 C('IXIC','change_points',29.01,'points',None,D,'1d','close','29.01 points',f"chg('IXIC','{D}')",'pts'),
 C('IXIC','record_close',True,'flag',None,D,None,'close','finishing at a record 9,953.75',f"record_close('IXIC','{D}')",'exact','supported','record'),
 C('SPX','pct_from_ath',4.5,'%',None,'2020-06-08',None,'close','4.5% from its Feb. 19 record closing high',"pct_below_max_close('SPX','2020-06-08')",'pct',note="record close 3,386.15 on 2020-02-19 (max_close_before('SPX','2020-06-08'))"),
 C('IXIC','change_points',110.66,'points',None,'2020-06-08','1d','close','110.66',"chg('IXIC','2020-06-08')",'pts'),
 C('IXIC','record_close_first_since',True,'flag',None,'2020-06-08',None,'close','first all-time closing record in four months',"record_close('IXIC','2020-06-08') and max_close_before('IXIC','2020-06-08')[0] == '2020-02-19'",'exact','supported','record','previous record close 9,817.18 on 2020-02-19, about four months earlier')])

D='2020-06-30'
add('upi_20200630_dow_best_quarter_since_1987','upi.com','https://www.upi.com/Top_News/US/2020/06/30/US-stocks-rise-in-early-trading-on-final-day-of-2nd-quarter/8721593528491/','UPI',D,'exact','Date in URL and dateline "June 30 (UPI)".',
"June 30 (UPI) -- The Dow Jones Industrial Average closed up 216 points Tuesday, rising 0.85 percent to end the second quarter, while the S&P 500 gained 1.53 percent and the Nasdaq Composite climbed 1.87 percent. For June the Dow rose 1.7 percent, the S&P 1.8 percent and the Nasdaq 6 percent. For the quarter the Dow gained 17.8 percent -- its largest quarterly rally since 1987, when it rose 21.6 percent -- the S&P 500 rose nearly 20 percent, its best quarter since 1998, and the Nasdaq gained 30.6 percent, its best since 1999. On Monday the Dow had closed up 580 points.",
[C('DJI','change_points',216,'points',None,D,'1d','close','closed up 216 points',f"chg('DJI','{D}')",'pts',note='file +217.08; truncated/rounded low'),
 C('DJI','change_pct',0.85,'%',None,D,'1d','close','0.85 percent',f"pct('DJI','{D}')",'pct'),
 C('SPX','change_pct',1.53,'%',None,D,'1d','close','1.53 percent',f"pct('SPX','{D}')",'pct'),
 C('IXIC','change_pct',1.87,'%',None,D,'1d','close','1.87 percent',f"pct('IXIC','{D}')",'pct'),
 C('DJI','month_pct',1.7,'%',None,D,'June','close','Dow rose 1.7 percent',f"window_pct('DJI','2020-05-29','{D}')",'pct'),
 C('SPX','month_pct',1.8,'%',None,D,'June','close','the S&P 1.8 percent',f"window_pct('SPX','2020-05-29','{D}')",'pct'),
 C('IXIC','month_pct',6,'%',None,D,'June','close','Nasdaq 6 percent',f"window_pct('IXIC','2020-05-29','{D}')",'pct'),
 C('DJI','quarter_pct',17.8,'%',None,D,'Q2 2020','close','17.8 percent',"quarter_pct('DJI',2020,2)",'pct'),
 C('DJI','best_quarter_since',1987,'year',None,D,'Q2 2020','close','largest quarterly rally since 1987',"best_quarter_since('DJI',2020,2)",'exact','unverifiable','history before file','no quarter since 1992 (file start) matches 17.8%, but 1987 itself is before the DJI file'),
 C('DJI','quarter_pct',21.6,'%',None,'1987-03-31','Q1 1987','close','21.6 percent',None,'exact','unverifiable','history before file','1987 quarter before the DJI file start (1992)'),
 C('SPX','quarter_pct',20,'%','nearly',D,'Q2 2020','close','nearly 20 percent',"quarter_pct('SPX',2020,2)",'pct'),
 C('SPX','best_quarter_since',1998,'year',None,D,'Q2 2020','close','best quarter since 1998',"best_quarter_since('SPX',2020,2)",'exact','supported','since X','last quarter at least as strong: 1998Q4 (+20.87%)'),
 C('IXIC','quarter_pct',30.6,'%',None,D,'Q2 2020','close','30.6 percent',"quarter_pct('IXIC',2020,2)",'pct'),
 C('IXIC','best_quarter_since',1999,'year',None,D,'Q2 2020','close','its best since 1999',"best_quarter_since('IXIC',2020,2)",'exact','supported','since X','last quarter at least as strong: 1999Q4 (+48.18%)'),
 C('DJI','change_points',580,'points',None,'2020-06-29','1d','close','closed up 580 points',"chg('DJI','2020-06-29')",'pts')])

D='2021-02-26'
add('nelson_20210226_rates_tizzy_week','nelsoncorp.com','https://www.nelsoncorp.com/weekly-market-thoughts/punitive-rates/','Nelson Capital Management (weekly newsletter)','2021-03-01','medium','Weekly letter on the week ending Friday 2021-02-26; the weekly % figures match that week exactly; posted the following Monday (inferred).',
"The major U.S. stock indices fell for a second straight week. The S&P 500 dropped 2.45%, the Dow fell 1.78% and Nasdaq got slapped with a 4.92% decline. Treasury yields rose quickly: the 10-year note closed around 1.42% after briefly reaching nearly 1.53% during the week. The gap between the 10-year and 2-year yields has widened to around 1.3%, its highest level since early 2017.",
[C('SPX','week_pct',-2.45,'%',None,D,'week','close','dropped 2.45%',f"week_pct('SPX','{D}')",'pct'),
 C('DJI','week_pct',-1.78,'%',None,D,'week','close','fell 1.78%',f"week_pct('DJI','{D}')",'pct'),
 C('IXIC','week_pct',-4.92,'%',None,D,'week','close','4.92% decline',f"week_pct('IXIC','{D}')",'pct'),
 C('SPX','week_down_count',2,'weeks',None,D,'weeks','close','fell for a second straight week',f"[week_pct('SPX','2021-02-19'), week_pct('SPX','{D}')]",'exact','imprecise','streak, partly true','S&P -0.71% then -2.45% and Nasdaq -1.57% then -4.92%, but the Dow rose 0.11% in the week to 2021-02-19, so "the major indices" fell two straight weeks only for two of the three'),
 C('US10Y','yield',1.42,'%','around',D,None,'end of day','around 1.42%',f"y10('{D}')",'yld'),
 C('US10Y','yield_intraday_high',1.53,'%','nearly',D,'week','intraday','nearly 1.53%',None,'exact','unverifiable','intraday yield','intraday yields not in the files (end-of-day peak 1.54 on 2021-02-25)'),
 C('US2s10s','spread',1.3,'pp','around',D,None,'end of day','around 1.3%',f"spread_2s10s('{D}')",'yld'),
 C('US2s10s','highest_since','2017-01','month',None,D,None,'end of day','highest level since early 2017',f"spread_highest_since('{D}','2021-02-22')",'exact','supported','since X','last day before the week with a spread >= 1.30: 2017-01-26 (early 2017); the 1.37 of 2021-02-25 was last seen 2015-12-03')])

D='2022-06-30'
add('thehill_20220630_worst_first_half_since_1970','thehill.com','https://thehill.com/policy/finance/3543149-stocks-close-out-brutal-june-with-losses-as-sp-suffers-worst-first-half-since-1970/','The Hill',D,'high','Last trading day of June 2022 (Thursday 2022-06-30); photo dated June 27.',
"Stocks closed out June with losses Thursday, capping the S&P 500's worst first half since 1970. The Dow Jones Industrial Average closed with a loss of 0.8 percent after falling 254 points; it ended June down 7.2 percent on the month and 15.3 percent since the start of 2022. The Nasdaq closed 1.3 percent lower, for a monthly decline of 7.7 percent and a 29.5 percent plunge since the start of the year. The S&P ended June with a loss of 0.9 percent, falling 8.9 percent on the month and 21 percent from an all-time record reached on Jan. 2.",
[C('DJI','change_pct',-0.8,'%',None,D,'1d','close','loss of 0.8 percent',f"pct('DJI','{D}')",'pct'),
 C('DJI','change_points',-254,'points',None,D,'1d','close','falling 254 points',f"chg('DJI','{D}')",'pts'),
 C('DJI','month_pct',-7.2,'%',None,D,'June','close','down 7.2 percent on the month',f"window_pct('DJI','2022-05-31','{D}')",'pct',note='file -6.71%'),
 C('DJI','ytd_pct',-15.3,'%',None,D,'YTD','close','15.3 percent since the start of 2022',f"ytd('DJI','{D}')",'pct'),
 C('IXIC','change_pct',-1.3,'%',None,D,'1d','close','closed 1.3 percent lower',f"pct('IXIC','{D}')",'pct'),
 C('IXIC','month_pct',-7.7,'%',None,D,'June','close','monthly decline of 7.7 percent',f"window_pct('IXIC','2022-05-31','{D}')",'pct',note='file -8.71%'),
 C('IXIC','ytd_pct',-29.5,'%',None,D,'YTD','close','29.5 percent plunge',f"ytd('IXIC','{D}')",'pct'),
 C('SPX','change_pct',-0.9,'%',None,D,'1d','close','loss of 0.9 percent',f"pct('SPX','{D}')",'pct'),
 C('SPX','month_pct',-8.9,'%',None,D,'June','close','falling 8.9 percent on the month',f"window_pct('SPX','2022-05-31','{D}')",'pct',note='file -8.39%'),
 C('SPX','pct_from_ath',21,'%',None,D,None,'close','21 percent from an all-time record',f"pct_below_max_close('SPX','{D}')",'pct'),
 C('SPX','record_date','2022-01-02','date',None,D,None,'close','reached on Jan. 2',f"max_close_before('SPX','{D}')[0]",'exact','contradicted','wrong date','record close 4,796.56 on Monday 2022-01-03; Jan. 2 2022 was a Sunday'),
 C('SPX','worst_h1_since',1970,'year',None,D,'H1 2022','close',"worst first half since 1970",f"worst_h1_since('SPX',2022)",'exact','supported','since X','H1 2022 -20.58%; last first half at least as bad: 1970 (-21.01%)')])

D='2023-11-01'
add('reuters_20231101_fed_holds_nasdaq_leads','fvbb.com','https://fvbb.com/ns/us-stocks-rally-as-fed-holds-rates-prompts/143747','Reuters (repost)',D,'high','Wednesday FOMC day 2023-11-01; closing figures match that session.',
"Wall Street's main indexes closed higher Wednesday, led by a 1.6% advance in the Nasdaq, after the Federal Reserve kept interest rates unchanged and Chair Jerome Powell's remarks fed hopes that hikes were over. The Dow Jones Industrial Average rose 221.71 points, or 0.67%, to 33,274.58, the S&P 500 gained 44.06 points, or 1.05%, to 4,237.86 and the Nasdaq Composite added 210.23 points, or 1.64%, to 13,061.47. Only two of the S&P 500's 11 sectors lost ground.",
[C('FEDFUNDS','unchanged',True,'flag',None,D,None,'decision','kept interest rates unchanged',f"fomc_day('{D}') and fed_range('2023-11-02') == fed_range('{D}')",'exact','supported','flag','FOMC day; range 5.25-5.50 before and after'),
 C('DJI','change_points',221.71,'points',None,D,'1d','close','221.71',f"chg('DJI','{D}')",'pts'),
 C('DJI','change_pct',0.67,'%',None,D,'1d','close','0.67%',f"pct('DJI','{D}')",'pct'),
 C('DJI','level',33274.58,'points',None,D,None,'close','33,274.58',f"close('DJI','{D}')",'lvl'),
 C('SPX','change_points',44.06,'points',None,D,'1d','close','44.06',f"chg('SPX','{D}')",'pts'),
 C('SPX','level',4237.86,'points',None,D,None,'close','4,237.86',f"close('SPX','{D}')",'lvl'),
 C('IXIC','change_points',210.23,'points',None,D,'1d','close','210.23',f"chg('IXIC','{D}')",'pts'),
 C('IXIC','change_pct',1.64,'%',None,D,'1d','close','1.64%',f"pct('IXIC','{D}')",'pct'),
 C('IXIC','level',13061.47,'points',None,D,None,'close','13,061.47',f"close('IXIC','{D}')",'lvl'),
 C('SPX_SECTORS','sectors_down',2,'count',None,D,'1d','close','Only two of',None,'exact','unverifiable','unverifiable','S&P 500 sector indexes not in the files')])

D='2024-07-12'
add('forbes_20240712_dow_intraday_record','fast-gamers.netlify.app','https://fast-gamers.netlify.app/host-https-www.forbes.com/sites/tylerroush/2024/07/12/dow-surges-to-all-time-high-passing-40000-for-fourth-time-ever','Forbes (mirror)',D,'exact','Updated Jul 12, 2024, 04:56pm EDT.',
"The Dow Jones Industrial Average rose to an all-time high on Friday, passing 40,000, though it fell short of a record close. The Dow closed at 40,000.90 after gaining 247 points (0.6%) and peaking at 40,257.24 during the session, eclipsing the intraday record of 40,077 set on May 20. The close was just shy of the previous record close of 40,003 set on May 17. The Dow is up 6.6% this year and nearly 16% over the last year. It first passed 40,000 on May 16. The S&P 500 and Nasdaq rebounded 1.1% and 1.3% on Friday after both posted their worst trading days since late April.",
[C('DJI','level',40000.90,'points',None,D,None,'close','40,000.90',f"close('DJI','{D}')",'lvl'),
 C('DJI','change_points',247,'points',None,D,'1d','close','gaining 247 points',f"chg('DJI','{D}')",'pts'),
 C('DJI','change_pct',0.6,'%',None,D,'1d','close','(0.6%)',f"pct('DJI','{D}')",'pct'),
 C('DJI','intraday_high',40257.24,'points',None,D,None,'intraday high','40,257.24',f"high('DJI','{D}')",'lvl'),
 C('DJI','prior_intraday_record',['2024-05-20',40077],'points',None,D,None,'intraday high','40,077 set on May 20',f"max_high_before('DJI','{D}')",'lvl',note='file high 40,077.40 on 2024-05-20'),
 C('DJI','prior_record_close',['2024-05-17',40003],'points',None,D,None,'close','40,003 set on May 17',f"max_close_before('DJI','{D}')",'lvl',note='file 40,003.59 on 2024-05-17; 40,003 is a truncation within 1 point'),
 C('DJI','ytd_pct',6.6,'%',None,D,'YTD','close','up 6.6% this year',f"ytd('DJI','{D}')",'pct',note='file +6.13%'),
 C('DJI','one_year_pct',16,'%','nearly',D,'1y','close','nearly 16% over the last year',f"window_pct('DJI','2023-07-12','{D}')",'pct',note="2023-07-12 close to 2024-07-12 close: +16.46%, inside the nearly band (15 to 16.5); window stated only as the last year"),
 C('DJI','first_intraday_above',"2024-05-16",'date',None,'2024-05-16',None,'intraday high','first passed 40,000 on May 16',"first_high_above('DJI',40000)",'exact','supported','exact date'),
 C('SPX','change_pct',1.1,'%',None,D,'1d','close','rebounded 1.1%',f"pct('SPX','{D}')",'pct',note='file +0.55%'),
 C('IXIC','change_pct',1.3,'%',None,D,'1d','close','1.3% on Friday',f"pct('IXIC','{D}')",'pct',note='file +0.63%'),
 C('SPX','worst_day_since','2024-04','month',None,'2024-07-11','1d','close','worst trading days since late April',"[last_move_as_big('SPX','2024-07-11'), last_move_as_big('IXIC','2024-07-11')]",'exact','supported','since X','Thursday 2024-07-11: S&P -0.88%, Nasdaq -1.95%; last larger drop for both 2024-04-30')])

D='2025-03-10'
add('bloomberg_20250310_nasdaq100_worst_since_2022','dailynews.thuysanplus.com','https://dailynews.thuysanplus.com/nasdaq-100-heads-for-worst-day-since-2022-as-1-trillion-zapped','Bloomberg (repost)',D,'high','Monday 2025-03-10 selloff after weekend recession comments; Nasdaq 100 -3.8% matches that session.',
"(Bloomberg) — Tech shares led the biggest selloff in American stocks this year as recession worries mounted. The S&P 500 sank 2.6%, with its tech companies down as much as 4.7% at one point. The Nasdaq 100 Index plunged 3.8%, the most since 2022, and is now down 12% from a Feb. 19 record. Monday's selling wiped out more than $1 trillion of the gauge's value.",
[C('SPX','worst_day_ytd',True,'flag',None,D,'YTD','close','biggest selloff in American stocks this year',f"worst_day_of_year_so_far('SPX','{D}') == '{D}'",'exact','supported','rank','worst S&P 500 day of 2025 to that date'),
 C('SPX','change_pct',-2.6,'%',None,D,'1d','close','sank 2.6%',f"pct('SPX','{D}')",'pct',note='file -2.70%'),
 C('SPX_TECH','intraday_pct',-4.7,'%','as much as',D,'1d','intraday low','as much as 4.7%',None,'exact','unverifiable','unverifiable','S&P 500 tech sector not in the files'),
 C('NDX','change_pct',-3.8,'%',None,D,'1d','close','plunged 3.8%',f"pct('NDX','{D}')",'pct'),
 C('NDX','worst_since','2022','year',None,D,'1d','close','the most since 2022',f"last_move_as_big('NDX','{D}')",'exact','supported','since X','last drop at least as large: 2022-10-07'),
 C('NDX','pct_from_ath',12,'%',None,D,None,'close','down 12% from a Feb. 19 record',f"pct_below_max_close('NDX','{D}')",'pct',note="record close 22,175.60 on 2025-02-19 (max_close_before)"),
 C('NDX','market_value_lost',1,'trillion USD','more than',D,'1d','close','more than $1 trillion',None,'exact','unverifiable','unverifiable','market values not in the files')])

D='2025-06-30'
add('aa_20250630_q2_records','aa.com.tr','https://www.aa.com.tr/en/americas/sp-500-nasdaq-close-q2-at-record-highs-owing-to-tariff-uncertainty/3619132','Anadolu Agency','2025-07-01','exact','Page dated 01.07.2025, about the 2025-06-30 quarter-end close; dateline NEW YORK.',
"NEW YORK. The S&P 500 and Nasdaq closed the second quarter at record highs after falling to 15-month lows in April on Trump's reciprocal tariffs. The Dow Jones hit a record high of 45,014.04 points in December last year, the Nasdaq's all-time closing high that month was 20,173.89, and the S&P 500 reached its highest in February this year at 6,144.15 points. In January-March the Dow Jones fell 1.3%, the S&P 500 4.6% and the Nasdaq 10.4%. On April 4, two days after the tariff announcement, the Dow Jones fell 9.3%, the S&P 500 10.5% and the Nasdaq 11.4%.",
[C('SPX','record_close',True,'flag',None,D,None,'close','closed the second quarter at record highs',f"record_close('SPX','{D}') and record_close('IXIC','{D}')",'exact','supported','record','both the S&P 500 (6,204.95) and Nasdaq (20,369.73) closed above every earlier close'),
 C('DJI','record_close',['2024-12-04',45014.04],'points',None,'2024-12-04',None,'close','45,014.04',f"max_close_before('DJI','{D}')",'lvl'),
 C('IXIC','record_close',['2024-12-16',20173.89],'points',None,'2024-12-16',None,'close','20,173.89',"max_close_before('IXIC','2025-01-31')",'lvl'),
 C('SPX','record_close',['2025-02-19',6144.15],'points',None,'2025-02-19',None,'close','6,144.15',"max_close_before('SPX','2025-03-31')",'lvl'),
 C('DJI','quarter_pct',-1.3,'%',None,'2025-03-31','Q1 2025','close','the Dow Jones fell 1.3%',"quarter_pct('DJI',2025,1)",'pct'),
 C('SPX','quarter_pct',-4.6,'%',None,'2025-03-31','Q1 2025','close','the S&P 500 4.6%',"quarter_pct('SPX',2025,1)",'pct'),
 C('IXIC','quarter_pct',-10.4,'%',None,'2025-03-31','Q1 2025','close','the Nasdaq 10.4%',"quarter_pct('IXIC',2025,1)",'pct'),
 C('DJI','change_pct',-9.3,'%',None,'2025-04-04','1d','close','the Dow Jones fell 9.3%',"pct('DJI','2025-04-04')",'pct','contradicted','wrong window','single-day April 4 drop -5.50%; -9.26% is the two-day loss April 3-4 (window_pct 2025-04-02 to 04-04)'),
 C('SPX','change_pct',-10.5,'%',None,'2025-04-04','1d','close','the S&P 500 10.5%',"pct('SPX','2025-04-04')",'pct','contradicted','wrong window','single day -5.97%; two-day April 3-4 loss -10.53%'),
 C('IXIC','change_pct',-11.4,'%',None,'2025-04-04','1d','close','the Nasdaq 11.4%',"pct('IXIC','2025-04-04')",'pct','contradicted','wrong window','single day -5.82%; two-day April 3-4 loss -11.44%')])

D='2016-11-22'
add('kyodo_20161122_dow_19000','english.kyodonews.jp','http://english.kyodonews.jp/news/2016/11/445519.html','Kyodo News','2016-11-23','exact','Page dated November 23, 2016 (Japan time), dateline "NEW YORK, Nov. 22, Kyodo" about the Tuesday 2016-11-22 close.',
"NEW YORK, Nov. 22, Kyodo -- U.S. stocks kept climbing Tuesday, with the Dow finishing above 19,000 for the first time on hopes for President-elect Donald Trump's stimulus. The 30-issue Dow Jones Industrial Average rose 67.18 points, or 0.35 percent, to end at 19,023.87, its second straight all-time closing high. The broader S&P 500 closed up 4.76 points, or 0.22 percent, at 2,202.94, while the Nasdaq Composite gained 17.49 points, or 0.33 percent, to 5,386.35. Both also finished at record highs for a second consecutive day.",
[C('DJI','first_close_above',True,'flag',None,D,None,'close','above 19,000 for the first time',f"close('DJI','{D}') > 19000 and max_close_before('DJI','{D}')[1] < 19000",'exact','supported','record'),
 C('DJI','change_points',67.18,'points',None,D,'1d','close','67.18',f"chg('DJI','{D}')",'pts'),
 C('DJI','change_pct',0.35,'%',None,D,'1d','close','0.35 percent',f"pct('DJI','{D}')",'pct'),
 C('DJI','level',19023.87,'points',None,D,None,'close','19,023.87',f"close('DJI','{D}')",'lvl'),
 C('DJI','record_close_streak',2,'sessions',None,D,None,'close','second straight all-time closing high',f"record_close('DJI','{D}') and record_close('DJI','2016-11-21') and not record_close('DJI','2016-11-18')",'exact','supported','record'),
 C('SPX','change_points',4.76,'points',None,D,'1d','close','4.76',f"chg('SPX','{D}')",'pts'),
 C('SPX','change_pct',0.22,'%',None,D,'1d','close','0.22 percent',f"pct('SPX','{D}')",'pct'),
 C('SPX','level',2202.94,'points',None,D,None,'close','2,202.94',f"close('SPX','{D}')",'lvl'),
 C('IXIC','change_points',17.49,'points',None,D,'1d','close','17.49',f"chg('IXIC','{D}')",'pts'),
 C('IXIC','change_pct',0.33,'%',None,D,'1d','close','0.33 percent',f"pct('IXIC','{D}')",'pct'),
 C('IXIC','level',5386.35,'points',None,D,None,'close','5,386.35',f"close('IXIC','{D}')",'lvl'),
 C('SPX','record_close_streak',2,'sessions',None,D,None,'close','record highs for a second consecutive day',f"[record_close(t,d) for t in ('SPX','IXIC') for d in ('2016-11-18','2016-11-21','{D}')]",'exact','supported','record','S&P 500 and Nasdaq: no record on 11-18, records on 11-21 and 11-22')])
