# Passages and claims of heldout37c (executed by build.py). Each claim: C(ticker, metric, value, unit, anchor, recipe, kind, dec, ...)
D = '1998-09-08'
passage('baltsun_19980909_dow_record_point_gain', 'articles.baltimoresun.com',
 'http://articles.baltimoresun.com/1998-09-09/news/1998252123_1_investors-dow-stock-market', 'The Baltimore Sun',
 '1998-09-09', 'exact', 'Dated September 09, 1998 on the page and in the URL; "yesterday" is Tuesday 1998-09-08, the first session after the Labor Day weekend.',
 "Dow soars 380 points. September 09, 1998, by Bill Atkinson, Sun staff. Nervous investors brushed aside fears of a worldwide recession yesterday and gave the Dow Jones industrial average its biggest one-day point gain ever, betting that interest rates may be cut. In the first session since Federal Reserve Chairman Alan Greenspan hinted on Friday that a cut was possible, the Dow soared a record 380.53 points, or 4.98 percent, to 8,020.78. The surge came after a two-week beating in which the 30-stock index sank by 893 points. Yesterday's rise blew past the Dow's previous record gain of 337 points on Oct. 28, 1997, made up for last week's 5 percent loss and lifted the index out of negative territory: it is up 1.42 percent for the year. Though it was the biggest point gain, it did not rank in the top 10 in percentage terms; the largest was 14.87 percent on Oct. 6, 1931. Other indexes joined in. The Standard & Poor's 500 jumped 49.57 points, or 5.09 percent, to 1,023.46. The Nasdaq composite posted its second-largest percentage gain ever, rising 94.34 points, or 6.2 percent, to 1,660.86. Even small company stocks, out of favor for much of the year, rose: the Russell 2,000 index was up 4.2 percent, or 14.86 points, to 361.93.",
 [
  C('DJI','daily_change_points',380.53,'points','380.53 points',"chg('DJI','%s')"%D,'points',2,ref=D,window='1d'),
  C('DJI','daily_change_pct',4.98,'pct','4.98 percent',"pct('DJI','%s')"%D,'pct',2,ref=D,window='1d'),
  C('DJI','close_level',8020.78,'index_points','8,020.78',"close('DJI','%s')"%D,'level',2,ref=D),
  C('DJI','record_point_gain',True,'flag','biggest one-day point gain ever',"is_record_point_gain('DJI','%s')"%D,'flag',ref=D,comparison='all earlier daily point gains',note='Decided on the file (Dow from 1992-01-02); earlier point gains were far smaller at lower index levels, so the checkable part decides it.'),
  C('DJI','previous_record_point_gain',337,'points','previous record gain of 337 points',"max_point_gain_before('DJI','%s')[1]"%D,'points',0,ref='1997-10-28',note='File: +337.10 on 1997-10-28 (Yahoo closes; official +337.17); "337" is within 0.5.'),
  C('DJI','previous_record_point_gain_date','1997-10-28','date','Oct. 28, 1997',"max_point_gain_before('DJI','%s')[0]"%D,'date',ref='1997-10-28'),
  C('DJI','window_change_points',-893,'points','sank by 893 points',"win_chg('DJI','1998-08-21','1998-09-04')",'points',0,ref='1998-09-04',window='two weeks before the session (2 weeks ending 1998-09-04)',note='Read as the two weeks ending Friday 1998-09-04 (close 1998-08-21 to close 1998-09-04); the text gives no exact window.'),
  C('DJI','week_change_pct',-5,'pct',"last week's 5 percent loss","week_pct('DJI','1998-09-04')",'pct',0,ref='1998-09-04',window='week ending 1998-09-04'),
  C('DJI','ytd_change_pct',1.42,'pct','up 1.42 percent for the year',"ytd_pct('DJI','%s')"%D,'pct',2,ref=D,window='YTD'),
  C('DJI','record_pct_gain_1931',14.87,'pct','14.87 percent on Oct. 6, 1931','None','pct',2,ref='1931-10-06',note='The Dow file starts 1992-01-02; 1931 history is not in the files.'),
  C('SPX','daily_change_points',49.57,'points','49.57 points',"chg('SPX','%s')"%D,'points',2,ref=D),
  C('SPX','daily_change_pct',5.09,'pct','5.09 percent',"pct('SPX','%s')"%D,'pct',2,ref=D),
  C('SPX','close_level',1023.46,'index_points','1,023.46',"close('SPX','%s')"%D,'level',2,ref=D),
  C('IXIC','pct_gain_rank',2,'rank','second-largest percentage gain ever',"pct_gain_rank('IXIC','%s')"%D,'count',0,ref=D,comparison='all daily % moves in the file up to that day'),
  C('IXIC','daily_change_points',94.34,'points','94.34 points',"chg('IXIC','%s')"%D,'points',2,ref=D),
  C('IXIC','daily_change_pct',6.2,'pct','6.2 percent',"pct('IXIC','%s')"%D,'pct',1,ref=D,note='94.34 / 1,566.52 = 6.02%; the stated 6.2 percent is too high (the points and close are right).'),
  C('IXIC','close_level',1660.86,'index_points','1,660.86',"close('IXIC','%s')"%D,'level',2,ref=D),
  C('RUT','daily_change_pct',4.2,'pct','4.2 percent',"pct('RUT','%s')"%D,'pct',1,ref=D,note='14.86 / 347.07 = 4.28%; 4.2 looks truncated, 0.08 pp off.'),
  C('RUT','daily_change_points',14.86,'points','14.86 points',"chg('RUT','%s')"%D,'points',2,ref=D),
  C('RUT','close_level',361.93,'index_points','361.93',"close('RUT','%s')"%D,'level',2,ref=D),
 ])

D = '2000-12-05'
passage('cnet_20001205_nasdaq_record_pct_gain', 'cnet.com', 'https://www.cnet.com/news/nasdaq-makes-record-gains-after-greenspan-speech/', 'CNET News.com',
 '2000-12-05', 'high', 'No date on the stored page; the figures match Tuesday 2000-12-05 in the files (Greenspan spoke to America\'s Community Bankers that day), and the story is a same-day close report.',
 "Nasdaq makes record gains after Greenspan speech. The Nasdaq composite index surged more than 10 percent Tuesday on two pieces of good news: a strong hint that interest rates may come down and a possible end to the presidential election deadlock. At the close of regular trading the Nasdaq had jumped 274.02, or 10.5 percent, to 2,889.77, its largest single-day percentage gain in history. The Standard & Poor's 500 index climbed 51.29, or almost 4 percent, to 1,376.26. The Dow Jones industrial average rose 338.62, or more than 3 percent, to 10,898.72. Speaking to a bankers' conference in New York, Federal Reserve Chairman Alan Greenspan suggested the Fed may be done raising rates to slow the economy and might instead cut them at any sign of recession.",
 [
  C('IXIC','daily_change_pct',10,'pct','surged more than 10 percent',"pct('IXIC','%s')"%D,'pct',0,qual='more than',ref=D),
  C('IXIC','daily_change_points',274.02,'points','274.02',"chg('IXIC','%s')"%D,'points',2,ref=D,note='File +274.05; 0.03 off, just outside the 0.025 tolerance (a close-of-regular-trading figure, probably preliminary).'),
  C('IXIC','daily_change_pct',10.5,'pct','10.5 percent',"pct('IXIC','%s')"%D,'pct',1,ref=D),
  C('IXIC','close_level',2889.77,'index_points','2,889.77',"close('IXIC','%s')"%D,'level',2,ref=D,note='File 2889.80; 0.03 off, outside the 0.025 level tolerance.'),
  C('IXIC','pct_gain_rank',1,'rank','largest single-day percentage gain in history',"pct_gain_rank('IXIC','%s')"%D,'count',0,ref=D,comparison='all daily % moves in the file up to that day',note='The previous record in the file is the 1998/2000 gains below 10.5%; the Jan. 3, 2001 gain of 14.17% came later.'),
  C('SPX','daily_change_points',51.29,'points','51.29',"chg('SPX','%s')"%D,'points',2,ref=D,note='File +51.57.'),
  C('SPX','daily_change_pct',4,'pct','almost 4 percent',"pct('SPX','%s')"%D,'pct',0,qual='almost',ref=D),
  C('SPX','close_level',1376.26,'index_points','1,376.26',"close('SPX','%s')"%D,'level',2,ref=D,note='File 1376.54; the early figure is 0.28 points low.'),
  C('DJI','daily_change_points',338.62,'points','338.62',"chg('DJI','%s')"%D,'points',2,ref=D,note='File +337.77 (10,560.95 to 10,898.72): the close matches but the stated change is 0.85 too large.'),
  C('DJI','daily_change_pct',3,'pct','more than 3 percent',"pct('DJI','%s')"%D,'pct',0,qual='more than',ref=D),
  C('DJI','close_level',10898.72,'index_points','10,898.72',"close('DJI','%s')"%D,'level',2,ref=D),
 ])

D = '2002-06-03'
passage('heraldnet_20020604_tyco_microsoft_selloff', 'heraldnet.com', 'https://www.heraldnet.com/business/skepticism-sends-markets-tumbling/', 'Associated Press (The Daily Herald, Everett)',
 '2002-06-04', 'high', 'The page has no date; the AP story describes Monday 2002-06-03 (Tyco CEO resignation; figures match that session). Publication assumed the next morning.',
 "Skepticism sends markets tumbling. NEW YORK - Uneasy about corporate bookkeeping and worried about conflicts abroad, investors dumped stocks Monday, sending the Nasdaq composite index to its lowest level in eight months and the Dow Jones industrials down more than 200 points. News that Tyco's chief executive had quit and that Microsoft had agreed to settle charges over its finances unsettled a market that ignored two upbeat economic reports. The Dow closed down 215.46, or 2.2 percent, at 9,709.79. The last time the Dow finished lower was Feb. 7, when it stood at 9,625.44, and the blue-chip index hasn't had a bigger one-day point drop since Feb. 4, when it lost 220.17. The Nasdaq fell 53.17, or 3.3 percent, to 1,562.56, its lowest close since Oct. 2, when it stood at 1,492.33; its last bigger one-day point loss came April 2, when it sank 58.22. The Standard & Poor's 500 index dropped 26.46, or 2.5 percent, to 1,040.68. Selling picked up in the final hour after the Dow broke below 9,800.",
 [
  C('IXIC','lowest_close_in_months',8,'months','lowest level in eight months',"lowest_close_since('IXIC','%s')"%D,'date',ref=D,comparison='lowest close since',verdict='supported',rule='lowest since X: X is the last session at least as low (2001-10-02), eight months earlier',note='Last close at or below 1,562.56 was 2001-10-02 (1,492.33): eight months.'),
  C('DJI','daily_change_points',-200,'points','more than 200 points',"chg('DJI','%s')"%D,'points',0,qual='more than',ref=D),
  C('DJI','daily_change_points',-215.46,'points','215.46',"chg('DJI','%s')"%D,'points',2,ref=D),
  C('DJI','daily_change_pct',-2.2,'pct','2.2 percent',"pct('DJI','%s')"%D,'pct',1,ref=D),
  C('DJI','close_level',9709.79,'index_points','9,709.79',"close('DJI','%s')"%D,'level',2,ref=D),
  C('DJI','lowest_close_since','2002-02-07','date','Feb. 7',"lowest_close_since('DJI','%s')"%D,'date',ref=D),
  C('DJI','close_level',9625.44,'index_points','9,625.44',"close('DJI','2002-02-07')",'level',2,ref='2002-02-07'),
  C('DJI','biggest_point_drop_since','2002-02-04','date','Feb. 4',"last_point_drop_as_big('DJI','%s')"%D,'date',ref=D),
  C('DJI','daily_change_points',-220.17,'points','220.17',"chg('DJI','2002-02-04')",'points',2,ref='2002-02-04'),
  C('IXIC','daily_change_points',-53.17,'points','53.17',"chg('IXIC','%s')"%D,'points',2,ref=D),
  C('IXIC','daily_change_pct',-3.3,'pct','3.3 percent',"pct('IXIC','%s')"%D,'pct',1,ref=D),
  C('IXIC','close_level',1562.56,'index_points','1,562.56',"close('IXIC','%s')"%D,'level',2,ref=D),
  C('IXIC','lowest_close_since','2001-10-02','date','Oct. 2',"lowest_close_since('IXIC','%s')"%D,'date',ref=D),
  C('IXIC','close_level',1492.33,'index_points','1,492.33',"close('IXIC','2001-10-02')",'level',2,ref='2001-10-02'),
  C('IXIC','biggest_point_drop_since','2002-04-02','date','April 2',"last_point_drop_as_big('IXIC','%s')"%D,'date',ref=D),
  C('IXIC','daily_change_points',-58.22,'points','58.22',"chg('IXIC','2002-04-02')",'points',2,ref='2002-04-02'),
  C('SPX','daily_change_points',-26.46,'points','26.46',"chg('SPX','%s')"%D,'points',2,ref=D),
  C('SPX','daily_change_pct',-2.5,'pct','2.5 percent',"pct('SPX','%s')"%D,'pct',1,ref=D),
  C('SPX','close_level',1040.68,'index_points','1,040.68',"close('SPX','%s')"%D,'level',2,ref=D),
  C('DJI','intraday_level_break',9800,'index_points','broke below 9,800',"low('DJI','%s')"%D,'level',0,qual='less than',ref=D,basis='intraday low',verdict='supported',rule='session low below the stated level',note='Session low 9,704.18 < 9,800; the timing (final hour) is not in the files.'),
 ])

D = '2003-12-19'
passage('foxnews_20031219_quadruple_witching_mixed', 'foxnews.com', 'http://www.foxnews.com/story/2003/12/19/stocks-mixed-amid-nyc-threat-quadruple-witching.html', 'Fox News (wire copy)',
 '2003-12-19', 'exact', 'Date in the URL; the story is the Friday 2003-12-19 close.',
 "Stocks ended mixed Friday as the expiration of options and futures contracts stirred volatility and as speculation, later played down by officials, swirled about a possible terror threat to New York City. The Dow Jones industrial average ended up 30.14 points, or 0.29 percent, at 10,278.22, its highest close since May 17, 2002. The Standard & Poor's 500 Index slipped just 0.52 of a point, or 0.05 percent, to 1,088.66. The technology-laden Nasdaq Composite Index shed 5.16 points, or 0.26 percent, to 1,951.02, based on the latest available data. Friday marked the fourth straight up week for both the Dow and the S&P, and the second straight week of gains for the Nasdaq. For the week, the S&P added 1.4 percent, the Dow gained 2.4 percent, and the Nasdaq edged up 0.10 percent. (A second summary in the same story: for the week, the Dow ended up 2.35 percent and the S&P 500 rose 1.35 percent, their fourth straight week of gains, and the Nasdaq ended up 0.10 percent for the week.) Quadruple witching sparked spikes and dips as investors exercised positions or rolled them forward.",
 [
  C('DJI','daily_change_points',30.14,'points','30.14 points',"chg('DJI','%s')"%D,'points',2,ref=D),
  C('DJI','daily_change_pct',0.29,'pct','0.29 percent',"pct('DJI','%s')"%D,'pct',2,ref=D),
  C('DJI','close_level',10278.22,'index_points','10,278.22',"close('DJI','%s')"%D,'level',2,ref=D),
  C('DJI','highest_close_since','2002-05-17','date','May 17, 2002',"highest_close_since('DJI','%s')"%D,'date',ref=D),
  C('SPX','daily_change_points',-0.52,'points','0.52 of a point',"chg('SPX','%s')"%D,'points',2,ref=D),
  C('SPX','daily_change_pct',-0.05,'pct','0.05 percent',"pct('SPX','%s')"%D,'pct',2,ref=D),
  C('SPX','close_level',1088.66,'index_points','1,088.66',"close('SPX','%s')"%D,'level',2,ref=D),
  C('IXIC','daily_change_points',-5.16,'points','5.16 points',"chg('IXIC','%s')"%D,'points',2,ref=D),
  C('IXIC','daily_change_pct',-0.26,'pct','0.26 percent',"pct('IXIC','%s')"%D,'pct',2,ref=D),
  C('IXIC','close_level',1951.02,'index_points','1,951.02',"close('IXIC','%s')"%D,'level',2,ref=D),
  C('DJI','weekly_up_streak',4,'weeks','fourth straight up week',"weekly_up_streak('DJI','%s')"%D,'count',0,ref=D,window='weeks, Friday to Friday'),
  C('SPX','weekly_up_streak',4,'weeks','for both the Dow and the S&P',"weekly_up_streak('SPX','%s')"%D,'count',0,ref=D,window='weeks, Friday to Friday'),
  C('IXIC','weekly_up_streak',2,'weeks','second straight week of gains',"weekly_up_streak('IXIC','%s')"%D,'count',0,ref=D,window='weeks, Friday to Friday'),
  C('SPX','week_change_pct',1.4,'pct','the S&P added 1.4 percent',"week_pct('SPX','%s')"%D,'pct',1,ref=D,window='week'),
  C('DJI','week_change_pct',2.4,'pct','the Dow gained 2.4 percent',"week_pct('DJI','%s')"%D,'pct',1,ref=D,window='week'),
  C('IXIC','week_change_pct',0.10,'pct','edged up 0.10 percent',"week_pct('IXIC','%s')"%D,'pct',2,ref=D,window='week'),
  C('DJI','week_change_pct',2.35,'pct','2.35 percent',"week_pct('DJI','%s')"%D,'pct',2,ref=D,window='week'),
  C('SPX','week_change_pct',1.35,'pct','1.35 percent',"week_pct('SPX','%s')"%D,'pct',2,ref=D,window='week'),
  C('DJI','weekly_up_streak',4,'weeks','their fourth straight week of gains',"weekly_up_streak('DJI','%s')"%D,'count',0,ref=D,window='weeks',note='Restates the Dow and S&P streak; keyed on the Dow (the S&P also has 4).'),
  C('IXIC','week_change_pct',0.10,'pct','ended up 0.10 percent for the week',"week_pct('IXIC','%s')"%D,'pct',2,ref=D,window='week'),
 ])

D = '2004-08-27'
passage('thestreet_20040827_light_volume_ascent', 'thestreet.com', 'https://www.thestreet.com/markets/stocks-maintain-slow-ascent-10180388', 'TheStreet.com',
 '2004-08-27', 'high', 'No date on the stored page; the figures, the revised Q2 GDP release and the coming Republican convention fix Friday 2004-08-27.',
 "Stocks Maintain Slow Ascent. The Dow gains 22 points while the Nasdaq adds 9. For the week, the Dow gains 0.8%, the Nasdaq 1.3%. Stocks rose in the year's lightest volume Friday, ending another up week for the major averages as benign economic data eased worries ahead of the Republican National Convention. The Dow Jones Industrial Average closed up 21.60 points, or 0.21%, to 10,195.01. The Nasdaq Composite gained 9.17 points, or 0.49%, to 1862.09. The S&P 500 added 2.68%, or 0.24%, to 1107.77. For the week, the Dow added 0.8%, the Nasdaq added 1.3% and the S&P 500 gained 0.9%. Friday's gain helped the Dow and S&P 500 post their third consecutive week of gains, while the Nasdaq closed higher for the second week in a row. Since its recent low close on Aug. 12, the Dow is up 380 points, or 3.9%, while the Nasdaq has added 110 points, or 6.3%, since its low close Aug. 13.",
 [
  C('DJI','daily_change_points',22,'points','The Dow gains 22 points',"chg('DJI','%s')"%D,'points',0,ref=D),
  C('IXIC','daily_change_points',9,'points','the Nasdaq adds 9',"chg('IXIC','%s')"%D,'points',0,ref=D),
  C('DJI','week_change_pct',0.8,'pct','the Dow gains 0.8%',"week_pct('DJI','%s')"%D,'pct',1,ref=D,window='week'),
  C('IXIC','week_change_pct',1.3,'pct','the Nasdaq 1.3%',"week_pct('IXIC','%s')"%D,'pct',1,ref=D,window='week'),
  C('DJI','daily_change_points',21.60,'points','21.60 points',"chg('DJI','%s')"%D,'points',2,ref=D),
  C('DJI','daily_change_pct',0.21,'pct','0.21%',"pct('DJI','%s')"%D,'pct',2,ref=D),
  C('DJI','close_level',10195.01,'index_points','10,195.01',"close('DJI','%s')"%D,'level',2,ref=D),
  C('IXIC','daily_change_points',9.17,'points','9.17 points',"chg('IXIC','%s')"%D,'points',2,ref=D),
  C('IXIC','daily_change_pct',0.49,'pct','0.49%',"pct('IXIC','%s')"%D,'pct',2,ref=D),
  C('IXIC','close_level',1862.09,'index_points','1862.09',"close('IXIC','%s')"%D,'level',2,ref=D),
  C('SPX','daily_change_pct',2.68,'pct','2.68%',"pct('SPX','%s')"%D,'pct',2,ref=D,note='A typo on the page: 2.68 is the point change (file +2.68 points); read as a percent it is far off (true +0.24%).'),
  C('SPX','daily_change_pct',0.24,'pct','0.24%',"pct('SPX','%s')"%D,'pct',2,ref=D),
  C('SPX','close_level',1107.77,'index_points','1107.77',"close('SPX','%s')"%D,'level',2,ref=D),
  C('DJI','week_change_pct',0.8,'pct','the Dow added 0.8%',"week_pct('DJI','%s')"%D,'pct',1,ref=D,window='week'),
  C('IXIC','week_change_pct',1.3,'pct','the Nasdaq added 1.3%',"week_pct('IXIC','%s')"%D,'pct',1,ref=D,window='week'),
  C('SPX','week_change_pct',0.9,'pct','the S&P 500 gained 0.9%',"week_pct('SPX','%s')"%D,'pct',1,ref=D,window='week'),
  C('DJI','weekly_up_streak',3,'weeks','third consecutive week of gains',"weekly_up_streak('DJI','%s')"%D,'count',0,ref=D,note='The S&P 500 also has 3.'),
  C('IXIC','weekly_up_streak',2,'weeks','second week in a row',"weekly_up_streak('IXIC','%s')"%D,'count',0,ref=D),
  C('DJI','recent_low_close_date','2004-08-12','date','recent low close on Aug. 12',"str(s('DJI')['close']['2004-07-01':'2004-08-27'].idxmin().date())",'date',ref='2004-08-12',note='Lowest Dow close of July-August 2004.'),
  C('DJI','window_change_points',380,'points','up 380 points',"win_chg('DJI','2004-08-12','%s')"%D,'points',0,ref=D,window='since 2004-08-12 close'),
  C('DJI','window_change_pct',3.9,'pct','or 3.9%',"win_pct('DJI','2004-08-12','%s')"%D,'pct',1,ref=D,window='since 2004-08-12 close'),
  C('IXIC','window_change_points',110,'points','added 110 points',"win_chg('IXIC','2004-08-12','%s')"%D,'points',0,ref=D,window='since the recent low close (2004-08-12)',note='Measured from the true low close, 2004-08-12 (1,752.49): +109.60. From the stated Aug. 13 close (1,757.22) it would be +104.87 (5.97%), imprecise.'),
  C('IXIC','window_change_pct',6.3,'pct','or 6.3%',"win_pct('IXIC','2004-08-12','%s')"%D,'pct',1,ref=D,window='since the recent low close (2004-08-12)',note='+6.25% from the 2004-08-12 low close; from Aug. 13 it is +5.97%.'),
  C('IXIC','recent_low_close_date','2004-08-13','date','its low close Aug. 13',"str(s('IXIC')['close']['2004-07-01':'2004-08-27'].idxmin().date())",'date',ref='2004-08-12',note='The Nasdaq low close was Aug. 12 (1,752.49), not Aug. 13 (1,757.22); the stated figures fit Aug. 12. A wrong date is contradicted.'),
 ])

D = '2004-11-26'
passage('foxnews_20041126_black_friday_flat', 'foxnews.com', 'http://www.foxnews.com/story/2004/11/26/stocks-flat-in-holiday-shortened-session.html', 'Fox News (wire copy)',
 '2004-11-26', 'exact', 'Date in the URL; the half-day session of Friday 2004-11-26 after Thanksgiving.',
 "Stocks flat in holiday-shortened session. Stocks barely moved in thin post-holiday trading Friday, with modest Dow gains driven by retailers as shoppers turned out for so-called \"Black Friday.\" The Dow Jones industrial average ended up 1.92 points, or 0.02 percent, at 10,522.23. The Standard & Poor's 500 Index was up 0.89 point, or 0.08 percent, at 1,182.65. The technology-laced Nasdaq Composite Index was down 0.57 point, or 0.03 percent, at 2,101.97. For the week, the Dow gained 0.6 percent, the S&P 500 rose 1.05 percent and Nasdaq was up 1.51 percent. Markets were closed Thursday for Thanksgiving and shut early at 1 p.m. Friday; even for a short session, volume was extremely light, traders said.",
 [
  C('DJI','daily_change_points',1.92,'points','1.92 points',"chg('DJI','%s')"%D,'points',2,ref=D),
  C('DJI','daily_change_pct',0.02,'pct','0.02 percent',"pct('DJI','%s')"%D,'pct',2,ref=D),
  C('DJI','close_level',10522.23,'index_points','10,522.23',"close('DJI','%s')"%D,'level',2,ref=D),
  C('SPX','daily_change_points',0.89,'points','0.89 point',"chg('SPX','%s')"%D,'points',2,ref=D),
  C('SPX','daily_change_pct',0.08,'pct','0.08 percent',"pct('SPX','%s')"%D,'pct',2,ref=D),
  C('SPX','close_level',1182.65,'index_points','1,182.65',"close('SPX','%s')"%D,'level',2,ref=D),
  C('IXIC','daily_change_points',-0.57,'points','0.57 point',"chg('IXIC','%s')"%D,'points',2,ref=D),
  C('IXIC','daily_change_pct',-0.03,'pct','0.03 percent',"pct('IXIC','%s')"%D,'pct',2,ref=D),
  C('IXIC','close_level',2101.97,'index_points','2,101.97',"close('IXIC','%s')"%D,'level',2,ref=D),
  C('DJI','week_change_pct',0.6,'pct','the Dow gained 0.6 percent',"week_pct('DJI','%s')"%D,'pct',1,ref=D,window='week'),
  C('SPX','week_change_pct',1.05,'pct','1.05 percent',"week_pct('SPX','%s')"%D,'pct',2,ref=D,window='week'),
  C('IXIC','week_change_pct',1.51,'pct','1.51 percent',"week_pct('IXIC','%s')"%D,'pct',2,ref=D,window='week'),
 ])

D = '2005-03-15'
passage('spokesman_20050316_inflation_fears_drift', 'spokesman.com', 'https://www.spokesman.com/stories/2005/mar/16/stocks-drift-lower-on-inflation-fears/', 'Associated Press (The Spokesman-Review)',
 '2005-03-16', 'exact', 'Dated March 16, 2005 in the URL; the AP story describes Tuesday 2005-03-15.',
 "Stocks drift lower on inflation fears. NEW YORK - Persistent inflation worries weighed on Wall Street Tuesday as investors weighed solid economic and earnings news against reports of anthrax found at the Pentagon and a gloomy call on chip stocks. Worry that higher oil prices would feed inflation and push interest rates up sapped confidence. The Dow Jones industrial average fell 59.41, or 0.55 percent, to 10,745.10. The Standard & Poor's 500 index was down 9.08, or 0.75 percent, at 1,197.75, and the tech-focused Nasdaq composite index, hurt by a Merrill Lynch report, lost 16.06, or 0.78 percent, to 2,034.98. All three major indexes finished at or near their lows for the session. \"There's a malaise hanging over the market right now,\" said Michael Sheldon of Spencer Clarke LLC.",
 [
  C('DJI','daily_change_points',-59.41,'points','59.41',"chg('DJI','%s')"%D,'points',2,ref=D),
  C('DJI','daily_change_pct',-0.55,'pct','0.55 percent',"pct('DJI','%s')"%D,'pct',2,ref=D),
  C('DJI','close_level',10745.10,'index_points','10,745.10',"close('DJI','%s')"%D,'level',2,ref=D),
  C('SPX','daily_change_points',-9.08,'points','9.08',"chg('SPX','%s')"%D,'points',2,ref=D),
  C('SPX','daily_change_pct',-0.75,'pct','0.75 percent',"pct('SPX','%s')"%D,'pct',2,ref=D),
  C('SPX','close_level',1197.75,'index_points','1,197.75',"close('SPX','%s')"%D,'level',2,ref=D),
  C('IXIC','daily_change_points',-16.06,'points','16.06',"chg('IXIC','%s')"%D,'points',2,ref=D),
  C('IXIC','daily_change_pct',-0.78,'pct','0.78 percent',"pct('IXIC','%s')"%D,'pct',2,ref=D),
  C('IXIC','close_level',2034.98,'index_points','2,034.98',"close('IXIC','%s')"%D,'level',2,ref=D),
  C('DJI','close_position_in_range',0,'fraction','All three major indexes finished at or near their lows',"[close_position_in_range('DJI','%s'), close_position_in_range('SPX','%s'), close_position_in_range('IXIC','%s')]"%(D,D,D),'flag',ref=D,basis='close vs session low',verdict='supported',rule='added convention: "at or near the low" = close in the bottom 10% of the session range',note='Dow and S&P closed at the session low; Nasdaq 2.3% of the range above its low. Keyed on DJI for all three.'),
  C('QUOTE','opinion',None,'text','malaise hanging over the market','None','flag',ref=D,verdict='not_checkable',rule='quoted opinion'),
 ])

D = '2005-10-03'
passage('thestreet_20051003_rate_fears_subdue', 'thestreet.com', 'https://www.thestreet.com/markets/rate-fears-subdue-stocks-10245345', 'TheStreet.com',
 '2005-10-03', 'high', 'No date on the stored page; the September ISM release, "the last quarter of 2005 began Monday" and the figures fix Monday 2005-10-03.',
 "Rate Fears Subdue Stocks. Stocks closed mixed Monday as a strong manufacturing report seemed to give the Federal Reserve more reason to keep raising rates to contain inflation. The Dow Jones Industrial Average closed down 33.22 points, or 0.31%, to 10,535.48, while the S&P 500 lost 2.11 points, or 0.17%, at 1226.70. The Nasdaq gained 3.74 points, or 0.17%, to 2155.43. The 10-year Treasury note fell in price and yielded 4.39%. \"This is a market that has made new four-year highs several times this year, but only marginally,\" said Ken Tower of CyberTrader. The Institute for Supply Management's September manufacturing index unexpectedly rose to 59.4 from 53.6 in August.",
 [
  C('DJI','daily_change_points',-33.22,'points','33.22 points',"chg('DJI','%s')"%D,'points',2,ref=D),
  C('DJI','daily_change_pct',-0.31,'pct','0.31%',"pct('DJI','%s')"%D,'pct',2,ref=D),
  C('DJI','close_level',10535.48,'index_points','10,535.48',"close('DJI','%s')"%D,'level',2,ref=D),
  C('SPX','daily_change_points',-2.11,'points','2.11 points',"chg('SPX','%s')"%D,'points',2,ref=D),
  C('SPX','daily_change_pct',-0.17,'pct','0.17%, at 1226.70',"pct('SPX','%s')"%D,'pct',2,ref=D),
  C('SPX','close_level',1226.70,'index_points','1226.70',"close('SPX','%s')"%D,'level',2,ref=D),
  C('IXIC','daily_change_points',3.74,'points','3.74 points',"chg('IXIC','%s')"%D,'points',2,ref=D,note='The stored page drops the index name here (markup); the figures are the Nasdaq Composite\'s.'),
  C('IXIC','daily_change_pct',0.17,'pct','0.17%, to 2155.43',"pct('IXIC','%s')"%D,'pct',2,ref=D),
  C('IXIC','close_level',2155.43,'index_points','2155.43',"close('IXIC','%s')"%D,'level',2,ref=D),
  C('US10Y','yield_level',4.39,'pct','yielded 4.39%',"yld('DGS10','%s')"%D,'yield',2,ref=D,basis='end of day'),
  C('QUOTE','opinion',None,'text','new four-year highs several times this year','None','flag',ref=D,verdict='not_checkable',rule='quoted opinion',note='A quoted characterization; the S&P 500 did set several four-year closing highs in 2005, but the key does not judge quotes.'),
  C('US_ISM','ism_manufacturing',59.4,'index','59.4 from 53.6','None','level',1,ref=D,note='ISM is not in the files.'),
 ])

D = '2006-06-22'
passage('honadvertiser_20060622_stocks_retreat', 'the.honoluluadvertiser.com', 'http://the.honoluluadvertiser.com/article/2006/Jun/22/br/br12p.html', 'Associated Press (The Honolulu Advertiser)',
 '2006-06-22', 'exact', 'Posted Thursday, June 22, 2006 (Hawaii time) per the page; the close of that session.',
 "Stocks retreat on weak economic news. NEW YORK - Wall Street slipped moderately today, giving back part of the previous session's gains as investors again fretted about interest rates and the economy. A larger-than-expected drop in the Conference Board's leading indicators fed worries about slowing growth, while higher oil prices and rising bond yields also weighed. The market kept up its choppy pattern ahead of the Federal Reserve's policy meeting next Wednesday and Thursday. At the close, the Dow Jones industrial average sank 60.35, or 0.54 percent, to 11,019.11, after tumbling as much as 93 points earlier in the session. The Dow gained almost 105 points yesterday. The Standard & Poor's 500 index slid 6.60, or 0.53 percent, to 1,245.60, and the Nasdaq composite index lost 18.22, or 0.85 percent, to 2,122.98.",
 [
  C('FEDFUNDS','fomc_decision_day','2006-06-29','date','next Wednesday and Thursday',"fomc_decisions_between('2006-06-23','2006-07-10')",'date',ref='2006-06-29',verdict='supported',rule='FOMC calendar: a two-day meeting ending Thursday 2006-06-29',note='FOMC_meetings.csv lists decision day 2006-06-29 (Thursday); the meeting began Wednesday June 28.'),
  C('DJI','daily_change_points',-60.35,'points','60.35',"chg('DJI','%s')"%D,'points',2,ref=D),
  C('DJI','daily_change_pct',-0.54,'pct','0.54 percent',"pct('DJI','%s')"%D,'pct',2,ref=D,note='File -0.545%; the true value rounds to 0.54 or 0.55, within tolerance.'),
  C('DJI','close_level',11019.11,'index_points','11,019.11',"close('DJI','%s')"%D,'level',2,ref=D),
  C('DJI','intraday_drop_points',-93,'points','as much as 93 points',"intraday_low_chg('DJI','%s')"%D,'points',0,qual='as much as',ref=D,basis='intraday low'),
  C('DJI','daily_change_points',105,'points','almost 105 points',"chg('DJI','2006-06-21')",'points',0,qual='almost',ref='2006-06-21'),
  C('SPX','daily_change_points',-6.60,'points','6.60',"chg('SPX','%s')"%D,'points',2,ref=D),
  C('SPX','daily_change_pct',-0.53,'pct','0.53 percent',"pct('SPX','%s')"%D,'pct',2,ref=D),
  C('SPX','close_level',1245.60,'index_points','1,245.60',"close('SPX','%s')"%D,'level',2,ref=D),
  C('IXIC','daily_change_points',-18.22,'points','18.22',"chg('IXIC','%s')"%D,'points',2,ref=D),
  C('IXIC','daily_change_pct',-0.85,'pct','0.85 percent',"pct('IXIC','%s')"%D,'pct',2,ref=D),
  C('IXIC','close_level',2122.98,'index_points','2,122.98',"close('IXIC','%s')"%D,'level',2,ref=D),
 ])

D = '2006-09-07'
passage('chitrib_20060908_stocks_decline_2nd_day', 'articles.chicagotribune.com', 'http://articles.chicagotribune.com/2006-09-08/business/0609080023_1_oil-prices-stocks-decline', 'Chicago Tribune',
 '2006-09-08', 'exact', 'Dated September 08, 2006 on the page and in the URL; "Thursday" is 2006-09-07.',
 "Stock watch: Stocks decline 2nd straight day. September 08, 2006, by Bill Barnhart. Stocks sank for the second straight day Thursday, as September began to live up to its reputation as a hard month on Wall Street. Investors went back to the weak housing market after several home builders cut their forecasts. The Dow Jones industrial average closed down 74.76 points, to 11,331.44, with Boeing, Caterpillar and 3M among the biggest drags on the 30-stock average. The Standard & Poor's 500 index lost 6.24, to 1294.02, led by declines in banking giants Citigroup and JPMorgan. Losers outnumbered winners by a 2-1 ratio on the New York Stock Exchange.",
 [
  C('DJI','down_streak',2,'sessions','second straight day',"down_streak('DJI','%s')"%D,'count',0,ref=D,note='S&P 500 also down two days running (down_streak SPX = 2).'),
  C('DJI','daily_change_points',-74.76,'points','74.76 points',"chg('DJI','%s')"%D,'points',2,ref=D),
  C('DJI','close_level',11331.44,'index_points','11,331.44',"close('DJI','%s')"%D,'level',2,ref=D),
  C('SPX','daily_change_points',-6.24,'points','6.24',"chg('SPX','%s')"%D,'points',2,ref=D),
  C('SPX','close_level',1294.02,'index_points','1294.02',"close('SPX','%s')"%D,'level',2,ref=D),
  C('NYSE','breadth_ratio',2,'ratio','2-1 ratio','None','count',0,ref=D,note='NYSE breadth is not in the files.'),
 ])

D = '2007-05-03'
passage('inquirer_20070504_sp_first_close_above_1500', 'inquirer.com', 'https://www.inquirer.com/philly/business/20070504_Dow_climbs__sets_3d_straight_record.html', 'Philadelphia Inquirer (wire copy)',
 '2007-05-04', 'exact', 'Dated 2007-05-04 in the URL; "yesterday" is Thursday 2007-05-03.',
 "Dow climbs, sets 3d straight record. NEW YORK - Wall Street extended its advance yesterday on a burst of enthusiasm about the economy that gave the Standard & Poor's 500 index its first close above 1,500 since September 2000. The S&P 500 crossed 1,500 shortly after the open and rose as high as 1,503.34, just over a week after the Dow Jones industrial average passed 13,000 for the first time. The index closed at 1,502.39, up 6.47, or 0.43 percent, and is now within striking distance of its closing high of 1,527.46, set March 24, 2000, just as the dot-com bubble began to burst. The Dow, meanwhile, had its third straight record-high close. With the Dow having piled on more than 700 points in April, some worry investors are getting too enthusiastic. The Labor Department said unit labor costs rose at a tepid 0.6 percent rate in the first quarter.",
 [
  C('SPX','first_close_above_since','2000-09','month','first close above 1,500 since September 2000',"last_close_at_or_above('SPX','%s',1500)"%D,'date',ref=D,verdict='supported',rule='since X: the last earlier close at or above 1,500 was 2000-09-07',note='Last close >= 1,500 before 2007-05-03: 2000-09-07.'),
  C('SPX','intraday_high',1503.34,'index_points','as high as 1,503.34',"high('SPX','%s')"%D,'level',2,ref=D,basis='intraday high'),
  C('DJI','first_close_above_13000','2007-04-25','date','just over a week after',"first_close_at_or_above_after('DJI','2007-01-01',13000)",'date',ref='2007-04-25',verdict='supported',rule='interval: first Dow close above 13,000 on 2007-04-25, eight calendar days earlier',note='"Just over a week": 2007-04-25 to 2007-05-03 is 8 days (6 sessions).'),
  C('SPX','close_level',1502.39,'index_points','1,502.39',"close('SPX','%s')"%D,'level',2,ref=D),
  C('SPX','daily_change_points',6.47,'points','up 6.47',"chg('SPX','%s')"%D,'points',2,ref=D),
  C('SPX','daily_change_pct',0.43,'pct','0.43 percent',"pct('SPX','%s')"%D,'pct',2,ref=D),
  C('SPX','record_close',1527.46,'index_points','1,527.46',"record_close_before('SPX','%s')[1]"%D,'level',2,ref='2000-03-24'),
  C('SPX','record_close_date','2000-03-24','date','March 24, 2000',"record_close_before('SPX','%s')[0]"%D,'date',ref='2000-03-24'),
  C('DJI','record_close_streak',3,'sessions','third straight record-high close',"record_close_streak('DJI','%s')"%D,'count',0,ref=D),
  C('DJI','month_change_points',700,'points','more than 700 points in April',"month_chg('DJI','2007-04')",'points',0,qual='more than',ref='2007-04-30',window='April 2007 (close 2007-03-30 to close 2007-04-30)'),
  C('US_ULC','unit_labor_costs',0.6,'pct','0.6 percent rate','None','pct',1,ref=D,note='Labor-cost data are not in the files.'),
 ])

D = '2008-06-11'
passage('inquirer_20080612_oil_inflation_selloff', 'inquirer.com', 'https://www.inquirer.com/philly/business/20080612_Stocks_fall__oil_rises__inflation_fears_advance.html', 'Philadelphia Inquirer (wire copy)',
 '2008-06-12', 'exact', 'Dated 2008-06-12 in the URL; "yesterday" is Wednesday 2008-06-11.',
 "Stocks fall; oil rises; inflation fears advance. NEW YORK - Stocks tumbled yesterday as oil prices bounced back, stoking fears that inflation will squeeze consumers further and push central banks to raise rates. The Dow Jones industrial average fell more than 200 points to its lowest close since mid-March. The Fed's Beige Book, released two weeks before the next Fed meeting, called the economy \"generally weak.\" The Dow fell 205.99, or 1.68 percent, to 12,083.77; its biggest loser was Alcoa. Broader indicators also declined: the Standard & Poor's 500 index fell 22.95, or 1.69 percent, to 1,335.49.",
 [
  C('DJI','daily_change_points',-200,'points','fell more than 200 points',"chg('DJI','%s')"%D,'points',0,qual='more than',ref=D),
  C('DJI','lowest_close_since','2008-03','month','lowest close since mid-March',"lowest_close_since('DJI','%s')"%D,'date',ref=D,verdict='supported',rule='lowest since X: last close at or below was 2008-03-17 (mid-March)'),
  C('FEDFUNDS','next_fomc_in_two_weeks','2008-06-25','date','two weeks before the next Fed meeting',"fomc_decisions_between('%s','2008-07-15')"%D,'date',ref='2008-06-25',verdict='supported',rule='FOMC calendar: next decision day 2008-06-25, two weeks after 2008-06-11'),
  C('DJI','daily_change_points',-205.99,'points','205.99',"chg('DJI','%s')"%D,'points',2,ref=D),
  C('DJI','daily_change_pct',-1.68,'pct','1.68 percent',"pct('DJI','%s')"%D,'pct',2,ref=D),
  C('DJI','close_level',12083.77,'index_points','12,083.77',"close('DJI','%s')"%D,'level',2,ref=D),
  C('SPX','daily_change_points',-22.95,'points','22.95',"chg('SPX','%s')"%D,'points',2,ref=D),
  C('SPX','daily_change_pct',-1.69,'pct','1.69 percent',"pct('SPX','%s')"%D,'pct',2,ref=D),
  C('SPX','close_level',1335.49,'index_points','1,335.49',"close('SPX','%s')"%D,'level',2,ref=D),
 ])

D = '2009-06-10'
passage('semissourian_20090611_weak_treasury_auction', 'semissourian.com', 'https://www.semissourian.com/news/stocks-decline-on-interest-rate-inflation-jitters-1546487', 'Associated Press (Southeast Missourian)',
 '2009-06-11', 'exact', 'Dated June 11, 2009 on the page; the AP story describes Wednesday 2009-06-10.',
 "Stocks decline on interest rate, inflation jitters. NEW YORK - The stock market has a new priority: interest rates. Stocks fell Wednesday after the government sold 10-year Treasury notes in a weak auction and had to offer a higher yield than the market expected to draw buyers. The yield on the benchmark 10-year Treasury note rose for the fourth time in five days, jumping to 3.96 percent from 3.86 percent late Tuesday. That sent stocks broadly lower, with the Dow Jones industrial average losing 24 points. Stocks have fallen several times in the past two months on rate worries: long-term Treasury yields jumped on May 21, sending the stock market sharply lower, after Standard & Poor's warned it might downgrade Britain's AAA rating.",
 [
  C('US10Y','yield_rises_in_last_5',4,'days','fourth time in five days',"yld_rises_in_last('DGS10','%s',5)"%D,'count',0,ref=D,basis='end of day'),
  C('US10Y','yield_level',3.96,'pct','3.96 percent',"yld('DGS10','%s')"%D,'yield',2,ref=D,basis='end of day',note='DGS10 3.98 on 2009-06-10; AP quotes a late-afternoon market yield; 0.02 off, within the 2-decimal tolerance.'),
  C('US10Y','yield_level',3.86,'pct','3.86 percent late Tuesday',"yld('DGS10','2009-06-09')",'yield',2,ref='2009-06-09',basis='end of day'),
  C('DJI','daily_change_points',-24,'points','losing 24 points',"chg('DJI','%s')"%D,'points',0,ref=D),
  C('US10Y','yield_change_sign',1,'flag','jumped on May 21',"[yld('DGS10','2009-05-20'), yld('DGS10','2009-05-21')]",'flag',ref='2009-05-21',verdict='supported',rule='DGS10 rose 3.19 -> 3.35 on 2009-05-21',basis='end of day'),
  C('SPX','daily_change_sign',-1,'flag','sending the stock market sharply lower',"pct('SPX','2009-05-21')",'flag',ref='2009-05-21',verdict='supported',rule='S&P 500 -1.69% on 2009-05-21 (Dow -129.91)',note='"Sharply" judged on the S&P 500 daily move of -1.69%.'),
 ])

D = '2011-12-19'
passage('semissourian_20111220_eu_imf_shortfall', 'semissourian.com', 'https://www.semissourian.com/news/us-stocks-drop-banks-fall-hard-1796351', 'Associated Press (Southeast Missourian)',
 '2011-12-20', 'exact', 'Dated December 20, 2011 on the page; the AP story describes Monday 2011-12-19.',
 "US stocks drop; banks fall hard. By Matthew Craft, The Associated Press. NEW YORK - The stock market slid late Monday afternoon after European Union finance ministers fell short of the money they had pledged for a bailout fund. Banks led the decline; Bank of America had the biggest drop in the Dow Jones industrial average. The Dow lost 100.13 points to close at 11,766.26, shedding 55 points in the last hour of trading as reports emerged that the ministers could not raise the full sum they meant to give the International Monetary Fund. The Standard & Poor's 500 index fell 14.31 points to 1,205.35. The Nasdaq composite index fell 32.19 points to 2,523.14.",
 [
  C('DJI','daily_change_points',-100.13,'points','100.13 points',"chg('DJI','%s')"%D,'points',2,ref=D),
  C('DJI','close_level',11766.26,'index_points','11,766.26',"close('DJI','%s')"%D,'level',2,ref=D),
  C('DJI','last_hour_change_points',-55,'points','shedding 55 points in the last hour','None','points',0,ref=D,basis='last hour',note='Intraday path is not in the files (only OHLC); unverifiable.'),
  C('SPX','daily_change_points',-14.31,'points','14.31 points',"chg('SPX','%s')"%D,'points',2,ref=D),
  C('SPX','close_level',1205.35,'index_points','1,205.35',"close('SPX','%s')"%D,'level',2,ref=D),
  C('IXIC','daily_change_points',-32.19,'points','32.19 points',"chg('IXIC','%s')"%D,'points',2,ref=D),
  C('IXIC','close_level',2523.14,'index_points','2,523.14',"close('IXIC','%s')"%D,'level',2,ref=D),
 ])

D = '2012-10-05'
passage('cnbc_20121005_dow_highest_since_2007', 'cnbc.com', 'https://www.cnbc.com/2012/10/05/news-summary-stocks-mixed-on-friday.html', 'Associated Press (CNBC)',
 '2012-10-05', 'exact', 'Date in the URL; Friday 2012-10-05 close.',
 "News Summary: Stocks mixed on Friday. JOBS NEWS: The unemployment rate fell to 7.8 percent. That lifted stocks in the morning, but the gains faded. The market closed mixed, with the Dow up slightly but the other indexes posting small losses. DOW MILESTONE: The Dow's close at 13,610.15 was its highest since December 2007. It is still short of its all-time high of 14,164.53 reached in October 2007. WHAT'S NEXT: Third-quarter earnings season starts with Alcoa on Tuesday.",
 [
  C('US_UNEMP','unemployment_rate',7.8,'pct','7.8 percent','None','pct',1,ref=D,note='Labor-market data are not in the files.'),
  C('DJI','daily_change_sign',1,'flag','the Dow up slightly',"chg('DJI','%s')"%D,'flag',ref=D,verdict='supported',rule='Dow +34.79 (+0.26%)'),
  C('SPX','daily_change_sign',-1,'flag','small losses',"[chg('SPX','%s'), chg('IXIC','%s')]"%(D,D),'flag',ref=D,verdict='supported',rule='S&P 500 -0.47 (-0.03%), Nasdaq -13.27 (-0.42%)',note='Keyed on SPX; covers the S&P 500 and the Nasdaq.'),
  C('DJI','close_level',13610.15,'index_points','13,610.15',"close('DJI','%s')"%D,'level',2,ref=D),
  C('DJI','highest_close_since','2007-12','month','highest since December 2007',"highest_close_since('DJI','%s')"%D,'date',ref=D,verdict='supported',rule='highest since X: last close at least as high was 2007-12-10'),
  C('DJI','record_close',14164.53,'index_points','14,164.53',"record_close_before('DJI','%s')[1]"%D,'level',2,ref='2007-10-09'),
  C('DJI','record_close_month','2007-10','month','October 2007',"record_close_before('DJI','%s')[0]"%D,'date',ref='2007-10-09',verdict='supported',rule='record close on 2007-10-09'),
 ])
