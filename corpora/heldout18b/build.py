"""Build passages.jsonl, key.jsonl and the RECIPES table of reference.py for corpora/heldout18b.

Usage: python build.py DATA_DIR   (independent of the capscope package; pandas only)
Each claim: (ticker, metric, value, unit, qualifier, ref_date, window, comparison, basis,
             anchor_text, recipe, verdict, rule, note)
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R

P = []  # (id, site, url, outlet, published, confidence, pub_note, text, claims)

P.append(('forexlive_20231222_rut_outpaces_eighth_week', 'forexlive.com',
 'https://www.forexlive.com/news/us-stocks-close-the-week-mixed-major-indices-rise-for-the-8th-consecutive-week-20231222/',
 'ForexLive', '2023-12-22', 'exact', 'Date in the URL and on the page; Friday 2023-12-22 session.',
 "US stocks ended Friday mixed: the Dow Industrial Average slipped while the S&P and NASDAQ finished higher, and for the trading week all the major indices rose for an eighth consecutive week. At the close the Dow Industrial Average fell -18.54 points or -0.05% at 37385.98; the S&P index rose 7.87 points or 0.17% at 4754.63; the Nasdaq index rose 29.10 points or 0.19% at 14992.96; and the small-cap Russell 2000 rose 16.89 points or 0.84% at 2033.96. The S&P touched a high today of 4772.94, which came within 14 points of its all-time high close of 4796.57 reached on January 3, 2022. For the week the Dow rose 0.22%, the S&P 0.75% and the Nasdaq 1.21%, while the Russell 2000 outpaced with a gain of 2.46%. With a week of trading left in the year, the Dow is up 12.79%, the S&P 23.84%, the Nasdaq 43.25% and the Russell 2000 is trading up 15.48%.",
 [
  ('DJI','daily_change_points',-18.54,'points',None,'2023-12-22',None,None,'close','-18.54 points',"chg('DJI','2023-12-22')",'imprecise','point change: |error| 0.16 > 0.025, within 20%','File -18.38 (37385.97 vs 37404.35). Off by 0.16 point.'),
  ('DJI','close',37385.98,'index',None,'2023-12-22',None,None,'close','37385.98',"close('DJI','2023-12-22')",'supported','2-dp level within 0.025','File 37385.97.'),
  ('SPX','daily_change_points',7.87,'points',None,'2023-12-22',None,None,'close','7.87 points',"chg('SPX','2023-12-22')",'supported','2 dp within 0.025','File +7.88.'),
  ('SPX','close',4754.63,'index',None,'2023-12-22',None,None,'close','4754.63',"close('SPX','2023-12-22')",'supported','exact','File 4754.63.'),
  ('IXIC','daily_change_pct',0.19,'percent',None,'2023-12-22',None,None,'close','0.19% at 14992.96',"pct('IXIC','2023-12-22')",'supported','exact','File +0.19% (14992.97).'),
  ('RUT','daily_change_points',16.89,'points',None,'2023-12-22',None,None,'close','16.89 points',"chg('RUT','2023-12-22')",'supported','2 dp within 0.025','File +16.90.'),
  ('RUT','close',2033.96,'index',None,'2023-12-22',None,None,'close','2033.96',"close('RUT','2023-12-22')",'supported','exact','File 2033.96.'),
  ('SPX','intraday_high',4772.94,'index',None,'2023-12-22',None,None,'intraday high','4772.94',"high('SPX','2023-12-22')",'supported','exact','File high 4772.94.'),
  ('SPX','record_close',['2022-01-03',4796.57],'index',None,'2023-12-22',None,None,'close','4796.57',"record_close_before('SPX','2023-12-22')",'supported','record close and date match (level within 0.025)','File record close 4796.56 on 2022-01-03.'),
  ('SPX','points_from_record',14,'points','within','2023-12-22',None,'intraday high vs record close','intraday high','within 14 points',"r2(record_close_before('SPX','2023-12-22')[1] - high('SPX','2023-12-22'))",'contradicted','within: true < claim fails; 23.62 is more than 20% off','4796.56 - 4772.94 = 23.62 points, not within 14. The text contradicts its own two figures.'),
  ('SPX','weekly_win_streak',8,'weeks',None,'2023-12-22','week',None,'close','eighth consecutive week',"weekly_up_streak('SPX','2023-12-22')",'supported','count exact','S&P, Dow and Nasdaq all show 8 straight weekly gains; the Russell 2000 only 6 (weekly_up_streak RUT = 6), so "all the major indices" holds only for the three large-cap gauges. Keyed on the S&P.'),
  ('RUT','weekly_change_pct',2.46,'percent',None,'2023-12-22','week',None,'close','gain of 2.46%',"wtd_pct('RUT','2023-12-22')",'supported','exact','Friday 12-15 close to Friday 12-22 close.'),
  ('DJI','weekly_change_pct',0.22,'percent',None,'2023-12-22','week',None,'close','Dow rose 0.22%',"wtd_pct('DJI','2023-12-22')",'supported','exact',''),
  ('SPX','ytd_change_pct',23.84,'percent',None,'2023-12-22','YTD',None,'close','S&P 23.84%',"ytd_pct('SPX','2023-12-22')",'supported','2 dp within 0.025','File 23.83%.'),
  ('IXIC','ytd_change_pct',43.25,'percent',None,'2023-12-22','YTD',None,'close','Nasdaq 43.25%',"ytd_pct('IXIC','2023-12-22')",'supported','exact',''),
  ('RUT','ytd_change_pct',15.48,'percent',None,'2023-12-22','YTD',None,'close','trading up 15.48%',"ytd_pct('RUT','2023-12-22')",'supported','exact',''),
 ]))

P.append(('marketbeat_20201231_indexes_fared_year_end', 'marketbeat.com',
 'https://www.marketbeat.com/articles/how-major-us-stock-indexes-fared-thursday-2020-12-31/',
 'Associated Press', '2020-12-31', 'exact', 'Date in the URL; Thursday 2020-12-31, last session of 2020.',
 "The S&P 500 and the Dow Jones Industrial Average closed out 2020 Thursday at more record highs, ending one of the most tumultuous years in recent memory after the spring nosedive. For the year the S&P 500 ended up 16%, or roughly 18% with dividends, and the Dow gained 7.2%. On Thursday the S&P 500 index rose 24.03 points, or 0.6%, to 3,756.07; the Dow Jones Industrial Average gained 196.92 points, or 0.7%, to 30,606.48; the Nasdaq composite picked up 18.28 points, or 0.1%, to 12,888.28; and the Russell 2000 index of smaller companies fell 5.14 points, or 0.3%, to 1,974.86. For the week the S&P 500 rose 53.01 points, or 1.4%, the Dow gained 406.61 points, or 1.4%, the Nasdaq added 83.55 points, or 0.7%, and the Russell 2000 fell 29.09 points, or 1.5%. For the year the S&P 500 rose 525.29 points, or 16.3%; the Dow gained 2,068.04 points; the Nasdaq climbed 3,915.68 points, 43.6%; and the Russell 2000 picked up 306.39 points, or 18.4%.",
 [
  ('SPX','record_close',True,'flag',None,'2020-12-31',None,None,'close','more record highs',"is_record_close('SPX','2020-12-31') and is_record_close('DJI','2020-12-31')",'supported','record close','Both the S&P 500 (3756.07) and the Dow (30606.48) closed above every earlier close. Keyed jointly (ticker SPX, also DJI).'),
  ('DJI','year_change_pct',7.2,'percent',None,'2020-12-31','year 2020',None,'close','the Dow gained 7.2%',"ytd_pct('DJI','2020-12-31')",'supported','1 dp within 0.07','File 7.25%.'),
  ('SPX','daily_change_points',24.03,'points',None,'2020-12-31',None,None,'close','24.03 points',"chg('SPX','2020-12-31')",'supported','exact',''),
  ('DJI','close',30606.48,'index',None,'2020-12-31',None,None,'close','30,606.48',"close('DJI','2020-12-31')",'supported','exact',''),
  ('IXIC','close',12888.28,'index',None,'2020-12-31',None,None,'close','12,888.28',"close('IXIC','2020-12-31')",'supported','exact',''),
  ('RUT','daily_change_points',-5.14,'points',None,'2020-12-31',None,None,'close','fell 5.14 points',"chg('RUT','2020-12-31')",'supported','2 dp within 0.025','File -5.13.'),
  ('RUT','daily_change_pct',-0.3,'percent',None,'2020-12-31',None,None,'close','or 0.3%, to 1,974.86',"pct('RUT','2020-12-31')",'supported','1 dp within 0.07','File -0.26%.'),
  ('RUT','weekly_change_points',-29.09,'points',None,'2020-12-31','week',None,'close','fell 29.09 points',"wtd_pts('RUT','2020-12-31')",'supported','exact','Week of a holiday-shortened Friday: from the 2020-12-24 close.'),
  ('RUT','weekly_change_pct',-1.5,'percent',None,'2020-12-31','week',None,'close','or 1.5%. For the year',"wtd_pct('RUT','2020-12-31')",'supported','1 dp within 0.07','File -1.45%.'),
  ('IXIC','weekly_change_points',83.55,'points',None,'2020-12-31','week',None,'close','added 83.55 points',"wtd_pts('IXIC','2020-12-31')",'supported','exact',''),
  ('SPX','year_change_pct',16.3,'percent',None,'2020-12-31','year 2020',None,'close','or 16.3%',"ytd_pct('SPX','2020-12-31')",'supported','1 dp within 0.07','File 16.26%. The "roughly 18% with dividends" total-return figure is not claimed separately (no total-return index in the files).'),
  ('IXIC','year_change_points',3915.68,'points',None,'2020-12-31','year 2020',None,'close','3,915.68 points',"ytd_pts('IXIC','2020-12-31')",'supported','exact',''),
  ('RUT','year_change_points',306.39,'points',None,'2020-12-31','year 2020',None,'close','306.39 points',"ytd_pts('RUT','2020-12-31')",'supported','exact',''),
  ('RUT','year_change_pct',18.4,'percent',None,'2020-12-31','year 2020',None,'close','or 18.4%',"ytd_pct('RUT','2020-12-31')",'supported','1 dp within 0.07','File 18.36%.'),
 ]))

P.append(('hedgeye_20151208_rut_correction_again', 'app.hedgeye.com',
 'https://app.hedgeye.com/insights/47955', 'Hedgeye', '2015-12-08', 'high',
 'The piece says the Russell 2000 "took another beating yesterday" and its chart is dated 12.07.15, so it was written on Tuesday 2015-12-08 about the Monday 2015-12-07 session.',
 "Crash, Boom, Bang! The Russell 2000 enters correction territory (again). The small-cap index took another beating yesterday, the latest fallout in an already tough year: it is down 3% year-to-date but in correction mode from its 2015 high. Hedgeye CEO Keith McCullough told subscribers this morning that the Russell 2000 moved back into double-digit correction mode yesterday (-10.1% since July's all-time #Bubble high), as small cap, leverage and high beta remain some of the worst style factors to own during a #LateCycle slow-down driven by #Deflation expectations. In the year so far, low-debt balance sheets returned +3.6% YTD and the top 25% sales growers in the SP500 +7.3% YTD.",
 [
  ('RUT','ytd_change_pct',-3,'percent',None,'2015-12-07','YTD',None,'close','down 3% year-to-date',"ytd_pct('RUT','2015-12-07')",'supported','integer within 0.5','File -3.35% (1164.30 vs 1204.70 at 2014-12-31).'),
  ('RUT','in_correction',True,'flag',None,'2015-12-07',None,None,'close','enters correction territory (again)',"in_correction('RUT','2015-12-07')",'supported','correction: close >= 10% below 52-week high close','Close 1164.30 is 10.15% below the 2015-06-23 close of 1295.80. "Again": the index was also in correction in August-October 2015.'),
  ('RUT','pct_from_ath',10.1,'percent',None,'2015-12-07',None,None,'close','-10.1%',"pct_below_record_close('RUT','2015-12-07')",'supported','1 dp within 0.07','File 10.15% below the record close.'),
  ('RUT','record_close_date','2015-07','month',None,'2015-12-07',None,None,'close',"July's all-time #Bubble high","record_close_before('RUT','2015-12-07')[0]",'contradicted','wrong date of the record','The all-time closing (1295.80) and intraday (1296.00) highs were both set on 2015-06-23, not in July. July 2015 closes peaked near 1269. (The distance itself is right because it is measured from the June record.)'),
  ('GENERIC','style_factor_return',3.6,'percent',None,'2015-12-07','YTD',None,None,'+3.6% YTD',None,'unverifiable','series not in the files','Return of a low-debt stock basket (Hedgeye style factor); no such series in the files.'),
  ('SPX_SALES_GROWERS','style_factor_return',7.3,'percent',None,'2015-12-07','YTD',None,None,'+7.3% YTD',None,'unverifiable','series not in the files','Top-quartile sales growers in the S&P 500: a stock basket not in the files.'),
  ('QUOTE','opinion',None,None,None,'2015-12-07',None,None,None,'#LateCycle slow-down',None,'not_checkable','quoted opinion','Style-factor view of a strategist.'),
 ]))

P.append(('investopedia_20180313_rut_precorrection_high', 'investopedia.com',
 'https://www.investopedia.com/news/etrade-russell-2000-its-way-join-other-indexes-passing-precorrection-highs/',
 'Investopedia (citing E*TRADE)', '2018-03-13', 'exact', 'Dated March 13, 2018 on the page; "last week" is the week ending Friday 2018-03-09.',
 "E*TRADE: Russell 2000 set to join other indexes in passing pre-correction highs (March 13, 2018). Despite rising volatility and tariff talk, most major stock indexes have reached or passed their pre-correction highs, and the Russell 2000 looks like the next one. The small-cap index ended last week's trading session less than 1% off its Jan. 23 close of 1,610.71, which E*TRADE noted was its high. The brokerage said the Russell 2000 has outperformed the S&P 500 and the Dow Jones Industrial Average since the tariffs were first announced. Meanwhile the Nasdaq 100 Index set a new record high at the end of last week, erasing its February correction, and the S&P 500 neared its late-February peak and could test the all-time high it set in January. Stocks rallied on Monday and even more on Friday after strong jobs numbers, producing the broad market's second-strongest week of the year, and all the major indexes are now back in the black for 2018.",
 [
  ('RUT','pct_from_ath',1,'percent','less than','2018-03-09',None,None,'close','less than 1% off',"pct_below_record_close('RUT','2018-03-09')",'supported','less than: true < claim','1597.14 on 2018-03-09 is 0.84% below 1610.71.'),
  ('RUT','record_close',['2018-01-23',1610.71],'index',None,'2018-03-09',None,None,'close','1,610.71',"record_close_before('RUT','2018-03-09')",'supported','exact','The 2018-01-23 close is the all-time closing high before 2018-03-09.'),
  ('RUT','relative_performance',True,'flag',None,'2018-03-09','since 2018-03-01','RUT > SPX and DJI','close','outperformed the S&P 500 and the Dow',"pct_between('RUT','2018-03-01','2018-03-09') > max(pct_between('SPX','2018-03-01','2018-03-09'), pct_between('DJI','2018-03-01','2018-03-09'))",'supported','ordering holds','Tariffs announced Thursday 2018-03-01: from that close to 2018-03-09 RUT +5.95%, SPX +4.07%, DJI +2.95%. From the 02-28 close the ordering also holds (note).'),
  ('NDX','record_close',True,'flag',None,'2018-03-09',None,None,'close','set a new record high at the end of last week',"is_record_close('NDX','2018-03-09')",'supported','record close','7101.18 above the 2018-01-26 record close 7022.97.'),
  ('SPX','record_close_date','2018-01','month',None,'2018-03-09',None,None,'close','all-time high it set in January',"record_close_before('SPX','2018-03-09')[0]",'supported','record date matches','S&P 500 record close 2872.87 on 2018-01-26; the 2018-03-09 close 2786.57 is still below it.'),
  ('SPX','weekly_rank',2,'rank',None,'2018-03-09','week',None,'close',"second-strongest week of the year","week_rank_in_year('SPX','2018-03-09')",'supported','rank matches','S&P 500 +3.54% for the week ending 2018-03-09, second to the week ending 2018-02-16.'),
  ('RUT','ytd_positive',True,'flag',None,'2018-03-09','YTD',None,'close','back in the black for 2018',"all(ytd_pct(t,'2018-03-09') > 0 for t in ('DJI','SPX','IXIC','RUT'))",'supported','all YTD changes positive','DJI +2.49%, SPX +4.22%, IXIC +9.52%, RUT +4.01% at 2018-03-09.'),
 ]))

P.append(('investing_20180925_smallcap_rally_stumbles', 'm.investing.com',
 'https://m.investing.com/analysis/this-years-rally-in-us-smallcap-stocks-begins-to-stumble-200345424?ampMode=1',
 'Investing.com (James Picerno)', '2018-09-25', 'exact', 'Dated Sep 25, 2018; figures "through yesterday\'s close (Sep. 24)".',
 "This year's rally in U.S. small-cap stocks begins to stumble (Sep 25, 2018). Small caps have been on a tear in 2018, but September trading has brought a reversal of fortunes for this once red-hot slice of the market. Through yesterday's close (Sep. 24), two widely followed small-cap benchmarks still beat the broad market: the Russell 2000 Index ($RUT) is up a solid 11.1% this year and the S&P 600 ($SML) does even better with a 13.9% total return year to date, both healthy premiums over the S&P 500's 9.2% gain so far this year.",
 [
  ('RUT','ytd_change_pct',11.1,'percent',None,'2018-09-24','YTD',None,'close','up a solid 11.1%',"ytd_pct('RUT','2018-09-24')",'supported','1 dp within 0.07','File 11.06%. Price index; the total-return figure would be higher.'),
  ('SP600','ytd_total_return',13.9,'percent',None,'2018-09-24','YTD',None,'close','13.9% total return',None,'unverifiable','series not in the files','S&P 600 total return: not in the files.'),
  ('SPX','ytd_change_pct',9.2,'percent',None,'2018-09-24','YTD',None,'close',"S&P 500's 9.2% gain","ytd_pct('SPX','2018-09-24')",'supported','1 dp within 0.07','File 9.19% (price). If meant as total return (about 10.7%) it would be off; the text pairs it with a price figure for RUT.'),
  ('RUT','mtd_relative',True,'flag',None,'2018-09-24','MTD','RUT below SPX','close','reversal of fortunes',"mtd_pct('RUT','2018-09-24') < 0 < mtd_pct('SPX','2018-09-24')",'supported','sign check','September to the 24th: RUT -2.04%, SPX +0.62%.'),
 ]))

P.append(('techzonedaily_202104_small_caps_lost_steam', 'techzonedaily.com',
 'https://techzonedaily.com/small-caps-lost-steam-in-march-heres-what-wall-street-thinks-is-next-for-these-stocks',
 'CNBC (machine-reworded repost)', '2021-04', 'medium',
 'Undated repost of a CNBC piece; it reports how March 2021 ended, so it was written on or after 2021-03-31, most likely in early April 2021. The session described is 2021-03-31 and the window end-October 2020 to end-February 2021.',
 "Small caps lost steam in March; here is what Wall Street thinks is next. A dramatic run for small-cap stocks hit a skid in mid-March, leaving the Russell 2000 in the familiar place of lagging its large-cap peers. In the four months from the end of October to the end of February the Russell 2000 added a whopping 43%, more than doubling the return of the S&P 500. But investors appeared to sour on smaller companies a few weeks ago, and the Russell 2000 ended March up about 0.8%, while the S&P 500 rose more than 4%.",
 [
  ('RUT','window_change_pct',43,'percent',None,'2021-02-26','2020-10-30 to 2021-02-26',None,'close','whopping 43%',"pct_between('RUT','2020-10-30','2021-02-26')",'supported','integer within 0.5','File +43.07% from the 2020-10-30 close to the 2021-02-26 close.'),
  ('RUT','relative_performance',True,'flag',None,'2021-02-26','2020-10-30 to 2021-02-26','RUT > 2 x SPX','close','more than doubling the return',"pct_between('RUT','2020-10-30','2021-02-26') > 2 * pct_between('SPX','2020-10-30','2021-02-26')",'supported','ratio check','S&P 500 +16.55% over the same window; 43.07 > 33.10.'),
  ('RUT','mtd_change_pct',0.8,'percent','about','2021-03-31','month March 2021',None,'close','up about 0.8%',"mtd_pct('RUT','2021-03-31')",'supported','about: within one unit of the last digit','File +0.88% for March 2021.'),
  ('SPX','mtd_change_pct',4,'percent','more than','2021-03-31','month March 2021',None,'close','rose more than 4%',"mtd_pct('SPX','2021-03-31')",'supported','more than: true > claim','File +4.24%.'),
  ('RUT','skid_mid_march',True,'flag',None,'2021-03-31','March 2021',None,'close','hit a skid in mid-March',"record_close_before('RUT','2021-03-31')[0] == '2021-03-15'",'supported','record close then decline','The Russell 2000 record close 2360.17 came on 2021-03-15; the index fell after it.'),
 ]))

P.append(('lseg_20240723_small_cap_comeback', 'lseg.com',
 'https://lseg.com/en/insights/ftse-russell/whats-behind-the-us-small-cap-comeback',
 'FTSE Russell (LSEG)', '2024-07-23', 'medium',
 'The page gives "as of the time of writing (23 July 2024)"; a Seeking Alpha repost is dated 2024-08-02. The claims are about 2024-07-11, 2024-07-16 and the year to 2024-07-23.',
 "What's behind the US small-cap comeback? In July the Russell 2000 small-cap index outpaced the Russell 1000, reversing their relative performance of the first half of 2024, a shift that seems tied to changes in the US monetary policy outlook. From July 2023 to April 2024, as the 10-year US Treasury yield rose, the Russell 1000 outperformed the Russell 2000. On July 11 and 16 the Russell 2000 lurched 3.6% and 3.5%, respectively, its two largest single day moves of the year as of the time of writing (23 July 2024). On July 11 the June consumer price inflation reading was released and came in lower than May's.",
 [
  ('RUT','daily_change_pct',3.6,'percent',None,'2024-07-11',None,None,'close','3.6% and 3.5%',"pct('RUT','2024-07-11')",'supported','1 dp within 0.07','File +3.57%.'),
  ('RUT','daily_change_pct',3.5,'percent',None,'2024-07-16',None,None,'close','lurched 3.6% and 3.5%, respectively',"pct('RUT','2024-07-16')",'supported','1 dp within 0.07','File +3.50%.'),
  ('RUT','year_rank_of_move',2,'rank',None,'2024-07-23','2024 to July 23',None,'close','its two largest single day moves of the year',"year_rank_of_move('RUT','2024-07-23',3)",'contradicted','rank wrong','By absolute size the largest 2024 move to July 23 was the -3.96% drop on 2024-02-13; July 11 and 16 rank second and third. They are the two largest GAINS of the year (year_top_gains), the reading the authors probably meant.'),
  ('R1000_R2000','relative_performance',None,None,None,'2024-07-23','July 2024',None,'close','outpaced the Russell 1000',None,'unverifiable','series not in the files','The Russell 1000 (and total-return versions) is not in the files.'),
  ('US_CPI','inflation',None,None,None,'2024-07-11',None,None,None,'lower than',None,'unverifiable','series not in the files','CPI data are not in the files.'),
 ]))

P.append(('catenaa_20250912_rut_jumped_10pct', 'investors.catenaa.com',
 'https://investors.catenaa.com/news/russell-2000-has-jumped-10-since-end-of-july-with-fed-decision-ahead',
 'Catenaa (citing Bloomberg)', '2025-09-12', 'exact', 'Dated Friday, September 12, 2025 on the page; figures to the Thursday 2025-09-11 close.',
 "Russell 2000 has jumped 10% since July with Fed decision ahead (Friday, September 12, 2025). The Russell 2000, home to some of the riskiest stocks on the market, has been on a tear, jumping almost 10% since the end of July, doubling the advance of the S&P 500. Analysts' aggregated price targets compiled by Bloomberg see potential for a 20% advance in the Russell 2000 over the next year, against calls for an 11% jump in the S&P 500. Small caps have lagged behind bigger companies every year since 2020, and even after the latest surge still trail the S&P 500 in 2025. Second-quarter earnings came in above estimates for more than 60% of stocks in the Russell 2000.",
 [
  ('RUT','window_change_pct',10,'percent','almost','2025-09-11','since 2025-07-31',None,'close','almost 10%',"pct_between('RUT','2025-07-31','2025-09-11')",'supported','nearly/almost: claim-1 <= true <= claim+0.5','File +9.49% from the 2025-07-31 close.'),
  ('RUT','relative_performance',True,'flag',None,'2025-09-11','since 2025-07-31','RUT about 2 x SPX','close','doubling the advance',"pct_between('RUT','2025-07-31','2025-09-11') >= 2 * pct_between('SPX','2025-07-31','2025-09-11')",'supported','ratio check','S&P 500 +3.91% over the same window; 9.49 is 2.4 times that.'),
  ('RUT','forecast_return',20,'percent',None,'2025-09-11','next 12 months',None,None,'20% advance',None,'forecast','projection','Aggregated analyst price targets.'),
  ('SPX','forecast_return',11,'percent',None,'2025-09-11','next 12 months',None,None,'11% jump',None,'forecast','projection','Aggregated analyst price targets.'),
  ('RUT','lagged_every_year',True,'flag',None,'2025-09-11','2021-2024','RUT < SPX each year','close','every year since 2020',"lagged_every_year('RUT','SPX',2021,2024)",'supported','each annual price return below the S&P 500','RUT minus SPX: 2021 -13.2 pp, 2022 -2.1, 2023 -9.1, 2024 -13.3. In 2020 itself RUT beat SPX (+2.1 pp), consistent with "since 2020".'),
  ('RUT','ytd_relative',True,'flag',None,'2025-09-11','YTD','RUT < SPX','close','still trail the S&P 500 in 2025',"ytd_pct('RUT','2025-09-11') < ytd_pct('SPX','2025-09-11')",'supported','ordering holds','YTD to 2025-09-11: RUT +8.58%, SPX +12.00%.'),
  ('RUT_EARNINGS','earnings_beats',60,'percent','more than','2025-09-11','Q2 2025',None,None,'more than 60%',None,'unverifiable','not a market series in the files','Earnings-beat share.'),
 ]))

P.append(('newsday_20140826_sp_closes_above_2000', 'newsday.com',
 'https://www.newsday.com/business/global-stocks-lower-u-s-economic-data-awaited-1.9151299',
 'Associated Press (Newsday)', '2014-08-26', 'exact', 'The photo caption is dated Monday Aug. 25, 2014 and the story describes "Tuesday": the 2014-08-26 session.',
 "S&P closes above 2,000 for first time. Tuesday was a big round-number day for the stock market: the Standard & Poor's 500 index closed a hair above 2,000 points, 16 years after it first closed above 1,000. Moments before the close it dipped below 2,000, then edged up 2.1 points, or 0.1 percent, to end at 2,000.02, with seven of its 10 sectors higher, led by energy. The Dow Jones industrial average rose 29.8 points, or 0.2 percent, to 17,106.7. The Nasdaq composite gained 13.29 points, or 0.3 percent, to 4,570.6. The S&P 500 has closed at a new high 30 times this year; by this time last year it had done so 25 times. The Conference Board said its consumer confidence index rose to the highest point in nearly seven years.",
 [
  ('SPX','close',2000.02,'index',None,'2014-08-26',None,None,'close','2,000.02',"close('SPX','2014-08-26')",'supported','exact','First close above 2,000 (first_close_above SPX 2000 = 2014-08-26).'),
  ('SPX','daily_change_points',2.1,'points',None,'2014-08-26',None,None,'close','2.1 points',"chg('SPX','2014-08-26')",'supported','1 dp within 0.07','File +2.10.'),
  ('SPX','milestone_years',16,'years',None,'2014-08-26',None,'first close above 1,000',None,'16 years after',"first_close_above('SPX',1000)",'supported','1998-02-02 to 2014-08-26 is 16.6 years','First S&P 500 close above 1,000: 1998-02-02.'),
  ('DJI','daily_change_points',29.8,'points',None,'2014-08-26',None,None,'close','29.8 points',"chg('DJI','2014-08-26')",'supported','1 dp within 0.07','File +29.83.'),
  ('DJI','close',17106.7,'index',None,'2014-08-26',None,None,'close','17,106.7',"close('DJI','2014-08-26')",'supported','exact','File 17106.70.'),
  ('IXIC','daily_change_pct',0.3,'percent',None,'2014-08-26',None,None,'close','0.3 percent, to 4,570.6',"pct('IXIC','2014-08-26')",'supported','1 dp within 0.07','File +0.29% (4570.64).'),
  ('SPX','records_in_year',30,'count',None,'2014-08-26','2014 to date',None,'close','30 times this year',"records_in_year('SPX','2014-08-26')",'supported','count exact',''),
  ('SPX','records_in_year',25,'count',None,'2013-08-26','2013 to Aug 26',None,'close','25 times',"records_in_year('SPX','2013-08-26')",'supported','count exact','Record closes in 2013 up to 2013-08-26.'),
  ('US_CONF','consumer_confidence',None,None,None,'2014-08-26',None,None,None,'nearly seven years',None,'unverifiable','series not in the files','Conference Board index not in the files.'),
 ]))

P.append(('newsleader_20190507_dow_473_trade', 'eu.newsleader.com',
 'https://eu.newsleader.com/story/money/2019/05/07/dow-stock-market-falling/1127906001/',
 'USA Today', '2019-05-07', 'exact', 'Date in the URL; Tuesday 2019-05-07 session.',
 "Dow ends 473 points lower, its worst day since January, as trade fears grow (Janna Herron, USA TODAY). The Dow Jones Industrial Average dropped more than 450 points Tuesday, its worst performance since Jan. 3, while the Standard & Poor's 500 and the Nasdaq notched their sharpest declines since March 22. Major U.S. stock indexes fell sharply for a second straight day after President Trump threatened in two weekend tweets to sharply raise tariffs on Chinese goods. After the two-day decline the Dow is still up more than 11% since the start of the year. Tuesday the Dow fell 473, or 1.79%, to end at 25,965, the S&P 500 lost 48 points, or 1.65%, to finish at 2,884, and the tech-heavy Nasdaq dropped almost 160 points, or 1.96%, to finish at 7,964.",
 [
  ('DJI','daily_change_points',-473,'points',None,'2019-05-07',None,None,'close','fell 473',"chg('DJI','2019-05-07')",'supported','integer within 0.5','File -473.39.'),
  ('DJI','daily_change_pct',-1.79,'percent',None,'2019-05-07',None,None,'close','1.79%',"pct('DJI','2019-05-07')",'supported','exact',''),
  ('DJI','close',25965,'index',None,'2019-05-07',None,None,'close','25,965',"close('DJI','2019-05-07')",'supported','integer within 0.5','File 25965.09.'),
  ('DJI','worst_since','2019-01-03','date',None,'2019-05-07',None,None,'close','since Jan. 3',"last_drop_as_big('DJI','2019-05-07')",'supported','last drop at least as large','Last Dow drop >= 1.79%: 2019-01-03 (-2.83%).'),
  ('SPX','worst_since','2019-03-22','date',None,'2019-05-07',None,None,'close','sharpest declines since March 22',"[last_drop_as_big('SPX','2019-05-07'), last_drop_as_big('IXIC','2019-05-07')]",'supported','last drop at least as large','Both S&P 500 and Nasdaq: last drop at least as large on 2019-03-22. Keyed jointly (ticker SPX, also IXIC).'),
  ('DJI','down_streak',2,'sessions',None,'2019-05-07',None,None,'close','second straight day',"down_streak('DJI','2019-05-07')",'supported','count exact','Dow down 2019-05-06 and 2019-05-07.'),
  ('DJI','ytd_change_pct',11,'percent','more than','2019-05-07','YTD',None,'close','more than 11%',"ytd_pct('DJI','2019-05-07')",'supported','more than: true > claim','File +11.31%.'),
  ('SPX','close',2884,'index',None,'2019-05-07',None,None,'close','2,884',"close('SPX','2019-05-07')",'supported','integer within 0.5','File 2884.05.'),
  ('IXIC','daily_change_points',-160,'points','almost','2019-05-07',None,None,'close','almost 160 points',"chg('IXIC','2019-05-07')",'supported','nearly/almost band','File -159.53.'),
  ('IXIC','daily_change_pct',-1.96,'percent',None,'2019-05-07',None,None,'close','1.96%',"pct('IXIC','2019-05-07')",'supported','exact',''),
 ]))

P.append(('theweek_20190805_worst_day_of_year', 'theweek.com',
 'https://theweek.com/speedreads/857150/dow-nasdaq-sp-500-all-just-worst-day-year',
 'The Week', '2019-08-05', 'high', 'Same-day speed read on Monday 2019-08-05 (devaluation of the yuan "Monday morning"; "at the end of the day").',
 "Dow, Nasdaq and S&P 500 all just had their worst day of the year. The Dow Jones Industrial Average, Nasdaq Composite and S&P 500 all posted their biggest percentage drops of 2019 on Monday, after a string of declines that began Thursday, when President Trump announced new tariffs on China and China answered by letting its currency weaken to its weakest level in a decade. During the day the Dow at certain times dipped more than 800 points, and it closed down 767 points at the end of the day for a 2.9 percent drop. The tech-heavy Nasdaq closed down 278 points, or 3.5 percent, and the S&P 500 went down a total of 87 points, or 3 percent.",
 [
  ('DJI','worst_day_of_year',True,'flag',None,'2019-08-05','2019',None,'close','biggest percentage drops of 2019',"all(worst_pct_in_year_until(t,'2019-08-05')[0] == '2019-08-05' for t in ('DJI','IXIC','SPX'))",'supported','rank check','All three: worst daily % move of 2019 to date on 2019-08-05 (DJI -2.90%, IXIC -3.47%, SPX -2.98%). Keyed jointly.'),
  ('DJI','intraday_drop_points',800,'points','more than','2019-08-05',None,'intraday low vs previous close','intraday low','dipped more than 800 points',"r2(close('DJI','2019-08-02') - low('DJI','2019-08-05'))",'supported','more than: session extreme > claim','Intraday low 25523.38 vs the 26485.01 previous close: down 961.63 at the low.'),
  ('DJI','daily_change_points',-767,'points',None,'2019-08-05',None,None,'close','down 767 points',"chg('DJI','2019-08-05')",'supported','integer within 0.5','File -767.27.'),
  ('DJI','daily_change_pct',-2.9,'percent',None,'2019-08-05',None,None,'close','2.9 percent drop',"pct('DJI','2019-08-05')",'supported','exact',''),
  ('IXIC','daily_change_points',-278,'points',None,'2019-08-05',None,None,'close','down 278 points',"chg('IXIC','2019-08-05')",'supported','integer within 0.5','File -278.03.'),
  ('IXIC','daily_change_pct',-3.5,'percent',None,'2019-08-05',None,None,'close','3.5 percent',"pct('IXIC','2019-08-05')",'supported','1 dp within 0.07','File -3.47%.'),
  ('SPX','daily_change_points',-87,'points',None,'2019-08-05',None,None,'close','87 points',"chg('SPX','2019-08-05')",'supported','integer within 0.5','File -87.31.'),
  ('SPX','daily_change_pct',-3,'percent',None,'2019-08-05',None,None,'close','or 3 percent',"pct('SPX','2019-08-05')",'supported','integer within 0.5','File -2.98%.'),
  ('SPX','down_streak_start','2019-08-01','date',None,'2019-08-05',None,None,'close','began Thursday',"down_streak_start('SPX','2019-08-05')",'contradicted','streak start wrong','The S&P 500 had fallen 6 sessions in a row by 2019-08-05 (down_streak = 6, from 2019-07-29); the decline did not begin on Thursday 2019-08-01 (the S&P also fell on 07-29, 07-30 and 07-31). Another reading (the tariff-driven leg of the selloff began Thursday) would make it loose wording rather than an error.'),
  ('CNY','currency',None,None,None,'2019-08-05',None,None,None,'weakest level in a decade',None,'unverifiable','series not in the files','Yuan exchange rate not in the files.'),
 ]))

P.append(('newspressnow_20220610_inflation_losing_week', 'newspressnow.com',
 'https://www.newspressnow.com/stocks-dive-to-another-losing-week-as-inflation-worsens/article_478fd3ae-e910-11ec-b04d-4314c763b9bf.html',
 'Associated Press (News-Press Now)', '2022-06-10', 'exact', 'Dateline NEW YORK, page dated 2022-06-10; Friday session.',
 "NEW YORK — Wall Street's realization that inflation got worse last month, not better, sent markets reeling on Friday. Tumbling bond prices pushed Treasury yields to their highest in years. The Dow Jones Industrial Average lost 2.7% and the Nasdaq composite dropped 3.5%. The S&P 500 fell 116.96 points to 3,900.86; together with Thursday's losses it was the worst two-day stretch for the benchmark in nearly two years. The Dow lost 880.00 points to 31,392.79, and the Nasdaq tumbled 414.20 to 11,340.02. The two-year Treasury yield zoomed to 3.05% after the inflation report, from 2.83% late Thursday. The 10-year yield climbed to 3.15% from 3.04% and touched its highest level since 2018.",
 [
  ('DJI','daily_change_pct',-2.7,'percent',None,'2022-06-10',None,None,'close','lost 2.7%',"pct('DJI','2022-06-10')",'supported','1 dp within 0.07','File -2.73%.'),
  ('IXIC','daily_change_pct',-3.5,'percent',None,'2022-06-10',None,None,'close','dropped 3.5%',"pct('IXIC','2022-06-10')",'supported','1 dp within 0.07','File -3.52%.'),
  ('SPX','daily_change_points',-116.96,'points',None,'2022-06-10',None,None,'close','116.96 points',"chg('SPX','2022-06-10')",'supported','exact',''),
  ('SPX','close',3900.86,'index',None,'2022-06-10',None,None,'close','3,900.86',"close('SPX','2022-06-10')",'supported','exact',''),
  ('SPX','worst_two_day_since','2020-06','date','nearly two years','2022-06-10','2 sessions',None,'close','worst two-day stretch',"last_two_day_drop_as_big('SPX','2022-06-10')",'supported','last 2-day drop at least as large','Two-day drop -5.22%; last two-day drop at least as large ended 2020-06-11, just under two years earlier.'),
  ('DJI','daily_change_points',-880.00,'points',None,'2022-06-10',None,None,'close','880.00 points',"chg('DJI','2022-06-10')",'supported','exact',''),
  ('IXIC','daily_change_points',-414.20,'points',None,'2022-06-10',None,None,'close','414.20',"chg('IXIC','2022-06-10')",'supported','2 dp within 0.025','File -414.21.'),
  ('US2Y','yield',3.05,'percent',None,'2022-06-10',None,None,'end of day','3.05%',"rate('DGS2','2022-06-10')",'supported','2 dp within 0.025','FRED DGS2 3.06 (end of day); the text quotes a late-day market level.'),
  ('US2Y','yield_prev',2.83,'percent',None,'2022-06-09',None,None,'end of day','2.83%',"rate_prev('DGS2','2022-06-10')",'supported','exact','DGS2 2.83 on 2022-06-09.'),
  ('US10Y','yield',3.15,'percent',None,'2022-06-10',None,None,'end of day','3.15% from 3.04%',"rate('DGS10','2022-06-10')",'supported','exact','DGS10 3.15, previous 3.04.'),
  ('US10Y','highest_since','2018','year','touched','2022-06-10',None,None,'intraday','highest level since 2018',"rate_last_at_least('DGS10','2022-06-10')",'unverifiable','intraday yield event','"Touched" is an intraday event; on end-of-day data 3.15 is the highest since 2018-11-09, consistent with the claim.'),
 ]))

P.append(('candorium_20220614_sp_fifth_day', 'beta.candorium.com',
 'https://beta.candorium.com/news/20220615023020/S&P-500-continues-to-fall-for-the-fifth-day',
 'Candorium', '2022-06-15', 'high', 'URL timestamp 2022-06-15 02:30 (UTC), i.e. the evening of Tuesday 2022-06-14 in New York; the levels are a late-afternoon snapshot of the 2022-06-14 session; "Monday" is 2022-06-13.',
 "S&P 500 continues to fall for the fifth day. The benchmark 10-year Treasury yield climbed 11 basis points to 3.48%. US stocks kept sliding, with the S&P 500 deeper in bear market territory, as investors braced for the biggest Federal Reserve rate hike in decades on Wednesday. The Dow Jones Industrial Average lost 354 points, or 1.2%, to 30,163. The Nasdaq Composite slipped by 67 points, or 0.6%, to trade at 10,742. The S&P 500 slid by 42 points, or 1.1%, to nearly 3,708, after falling to a fresh 52-week low of 3,705.68 in late afternoon trading. Treasury prices dropped, giving the 10-year yield its largest one-day move since March 2020; on Monday it had risen to its highest level since 2011. On Tuesday the Labor Department said consumer prices jumped 8.6% from a year earlier, the biggest rise since December 1981.",
 [
  ('US10Y','yield_change_bp',11,'bp',None,'2022-06-14',None,None,'afternoon','climbed 11 basis points to 3.48%',"rate_bp_change('DGS10','2022-06-14')",'unverifiable','intraday yield event','End of day DGS10 3.49 (+6 bp). The +11 bp / 3.48% figures are a mid-session market quote; they match the Monday (2022-06-13) move more than Tuesday\'s.'),
  ('DJI','level',30163,'index',None,'2022-06-14',None,None,'afternoon','to 30,163',"close('DJI','2022-06-14')",'unverifiable','mid-session figure inside the session range','Session range 30144.23-30690.80; close 30364.83 (-151.91, -0.50%). The snapshot level lies inside the range.'),
  ('IXIC','level',10742,'index',None,'2022-06-14',None,None,'afternoon','to trade at 10,742',"close('IXIC','2022-06-14')",'unverifiable','mid-session figure inside the session range','Session range 10733.04-10926.81; the Nasdaq closed UP 19.12 (+0.18%) at 10828.35.'),
  ('SPX','intraday_low',3705.68,'index',None,'2022-06-14',None,None,'intraday low','3,705.68',"low('SPX','2022-06-14')",'supported','exact','File low 3705.68.'),
  ('SPX','new_52w_low',True,'flag',None,'2022-06-14','52 weeks',None,'intraday low','fresh 52-week low',"low('SPX','2022-06-14') < low_52w_before('SPX','2022-06-14')",'supported','below every low of the prior 52 weeks','Previous 52-week intraday low 3734.30 (2022-06-13).'),
  ('SPX','down_streak',5,'sessions',None,'2022-06-14',None,None,'close','fall for the fifth day',"down_streak('SPX','2022-06-14')",'supported','count exact','S&P 500 down 2022-06-08 through 2022-06-14 (closed -0.38% at 3735.48).'),
  ('US10Y','largest_move_since','2020-03','month',None,'2022-06-14',None,None,'end of day','largest one-day move since March 2020',"rate_last_bp_rise_as_big('DGS10','2022-06-13')",'unverifiable','intraday yield event / day unclear','On end-of-day data the Monday 2022-06-13 rise (+28 bp) is the largest since 2020-03-17; Tuesday\'s +6 bp is not. The passage attaches it to a mid-session Tuesday quote.'),
  ('US10Y','highest_since','2011','year',None,'2022-06-13',None,None,'end of day','highest level since 2011',"rate_last_at_least('DGS10','2022-06-13')",'supported','last value at least as high in 2011','DGS10 3.43 on 2022-06-13; last at least as high 2011-04-20.'),
  ('US_CPI','inflation_yoy',8.6,'percent',None,'2022-06-10',None,None,None,'8.6%',None,'unverifiable','series not in the files','CPI is not in the files (and the report came out on Friday 06-10, not Tuesday).'),
 ]))

P.append(('moneyworks4me_20230322_fed_hike_stocks_lower', 'moneyworks4me.com',
 'https://www.moneyworks4me.com/company/news/index/id/556085', 'MoneyWorks4Me (RTTNews style)', '2023-03-23', 'exact',
 'Page dated 23 Mar 2023; it reports the Wednesday 2023-03-22 session and FOMC decision.',
 "US markets end lower after Fed raises interest rates (23 Mar 2023). US stocks ended lower on Wednesday after the Federal Reserve kept raising rates despite the recent banking turmoil, lifting the target range for the federal funds rate by another 25 basis points to 4.75 to 5.0 percent. The Fed's projections suggest one more hike this year, to a range of 5.0 to 5.25 percent. Banking stocks fell sharply after the decision, sending the KBW Bank Index down 4.7 percent. The Dow Jones Industrial Average fell 530.49 points or 1.63 percent to 32,030.11, the Nasdaq dropped 190.15 points or 1.6 percent to 11,669.96 and the S&P 500 was down by 65.9 points 1.65 percent to 3,936.97.",
 [
  ('FEDFUNDS','target_range',[4.75,5.0],'percent',None,'2023-03-22',None,None,None,'4.75 to 5.0 percent',"fed_range('2023-03-23') if fomc_day('2023-03-22') else None",'supported','range matches; effective next day','DFEDTARL/U move from 4.50-4.75 to 4.75-5.00 on 2023-03-23; 2023-03-22 is an FOMC decision day.'),
  ('FEDFUNDS','hike_bp',25,'bp',None,'2023-03-22',None,None,None,'another 25 basis points',"round((fed_range('2023-03-23')[1] - fed_range('2023-03-22')[1]) * 100)",'supported','exact',''),
  ('FEDFUNDS','projection',[5.0,5.25],'percent',None,'2023-03-22','end of 2023',None,None,'5.0 to 5.25 percent',None,'forecast','projection','Fed dot-plot projection.'),
  ('KBW_BANK','daily_change_pct',-4.7,'percent',None,'2023-03-22',None,None,'close','4.7 percent',None,'unverifiable','series not in the files','KBW Bank Index not in the files.'),
  ('DJI','daily_change_points',-530.49,'points',None,'2023-03-22',None,None,'close','530.49 points',"chg('DJI','2023-03-22')",'supported','exact',''),
  ('DJI','close',32030.11,'index',None,'2023-03-22',None,None,'close','32,030.11',"close('DJI','2023-03-22')",'supported','exact',''),
  ('IXIC','daily_change_pct',-1.6,'percent',None,'2023-03-22',None,None,'close','1.6 percent to 11,669.96',"pct('IXIC','2023-03-22')",'supported','exact',''),
  ('SPX','daily_change_points',-65.9,'points',None,'2023-03-22',None,None,'close','65.9 points',"chg('SPX','2023-03-22')",'supported','exact',''),
  ('SPX','close',3936.97,'index',None,'2023-03-22',None,None,'close','3,936.97',"close('SPX','2023-03-22')",'supported','exact',''),
 ]))

P.append(('fvbb_20231229_sp_closes_2023', 'fvbb.com',
 'https://fvbb.com/ns/resilient-economy-energizes-investors-as/169844', 'Associated Press (via ABC News)', '2023-12-29', 'high',
 'AP year-end story (NEW YORK dateline) on Friday 2023-12-29, the last session of 2023; the repost is undated.',
 "NEW YORK — The S&P 500 closed out 2023 with a gain of more than 24% and the Dow finished near a record high, as easing inflation, a resilient economy and hopes for lower rates lifted investors, particularly in the last two months of the year. Stocks closed Friday with modest losses. The S&P 500 slipped 13.52 points, or 0.3%, to 4,769.83; it still posted a rare ninth consecutive week of gains and is just 0.6% shy of the all-time high set in January of 2022. The Dow Jones Industrial Average fell 20.56 points, or 0.1%, to 37,689.54 after setting a record Thursday. The Nasdaq slipped 83.78 points, or 0.6%, to 15,011.35, barely a blemish on an annual gain of more than 43%, its best performance since 2020. The Russell 2000 index of smaller companies jumped more than 20% over the last two months and finished 2023 with a 15.1% gain after falling 21.6% in 2022.",
 [
  ('SPX','year_change_pct',24,'percent','more than','2023-12-29','year 2023',None,'close','more than 24%',"year_pct('SPX',2023)",'supported','more than: true > claim','File +24.23% (price).'),
  ('SPX','daily_change_points',-13.52,'points',None,'2023-12-29',None,None,'close','13.52 points',"chg('SPX','2023-12-29')",'supported','exact',''),
  ('SPX','weekly_win_streak',9,'weeks',None,'2023-12-29','week',None,'close','ninth consecutive week',"weekly_up_streak('SPX','2023-12-29')",'supported','count exact',''),
  ('SPX','pct_from_ath',0.6,'percent','just','2023-12-29',None,None,'close','0.6% shy',"pct_below_record_close('SPX','2023-12-29')",'supported','1 dp within 0.07','4769.83 is 0.56% below the 4796.56 record close of 2022-01-03 (0.95% below the 4818.62 intraday record).'),
  ('DJI','record_close',True,'flag',None,'2023-12-28',None,None,'close','after setting a record Thursday',"is_record_close('DJI','2023-12-28')",'supported','record close','Dow record close 37710.10 on 2023-12-28.'),
  ('DJI','close',37689.54,'index',None,'2023-12-29',None,None,'close','37,689.54',"close('DJI','2023-12-29')",'supported','exact',''),
  ('IXIC','daily_change_points',-83.78,'points',None,'2023-12-29',None,None,'close','83.78 points',"chg('IXIC','2023-12-29')",'supported','2 dp within 0.025','File -83.79.'),
  ('IXIC','year_change_pct',43,'percent','more than','2023-12-29','year 2023',None,'close','more than 43%',"year_pct('IXIC',2023)",'supported','more than: true > claim','File +43.42%.'),
  ('IXIC','best_year_since',2020,'year',None,'2023-12-29','year 2023',None,'close','best performance since 2020',"last_year_at_least('IXIC',2023)",'supported','last year at least as good','2020: +43.64% >= 2023: +43.42%; 2021 +21.39%, 2022 negative.'),
  ('RUT','window_change_pct',20,'percent','more than','2023-12-29','Nov-Dec 2023',None,'close','more than 20% over the last two months',"pct_between('RUT','2023-10-31','2023-12-29')",'supported','more than: true > claim','From the 2023-10-31 close: +21.95%.'),
  ('RUT','year_change_pct',15.1,'percent',None,'2023-12-29','year 2023',None,'close','15.1% gain',"year_pct('RUT',2023)",'supported','1 dp within 0.07','File +15.09%.'),
  ('RUT','year_change_pct',-21.6,'percent',None,'2022-12-30','year 2022',None,'close','falling 21.6% in 2022',"year_pct('RUT',2022)",'supported','1 dp within 0.07','File -21.56%.'),
 ]))

P.append(('archyde_20220418_bond_yields_rise', 'archyde.com',
 'https://archyde.com/wall-street-falls-as-bond-yields-continue-to-rise', 'Archyde (agencies)', '2022-04-18', 'medium',
 'Undated agency rewrite; Monday with Bank of America results and the 10-year near 2.86% fixes it to Monday 2022-04-18. The index levels are a late-session snapshot, not the closing prints.',
 "Wall Street's major indices fell Monday as US Treasury yields kept rising on expectations of tighter monetary policy, while Bank of America wrapped up bank results with better-than-expected quarterly earnings. The Dow Jones Industrial Average fell 39.74 points, or 0.12 percent, to 34,411.49 points. The Standard & Poor's 500 index fell 6.96 points, or 0.16 percent, to 4,385.63 points, and the Nasdaq Composite Index fell 31.69 points, or 0.24 percent, to 13,319.39 points. The yield on the 10-year Treasury rose 5 basis points to 2.866%, for the first time since late 2018. The yield on the 30-year Treasury jumped 2 basis points to 2.942%. Last week the Census Bureau reported that retail sales rose 0.5% in March.",
 [
  ('DJI','daily_change_points',-39.74,'points',None,'2022-04-18',None,None,'close','39.74 points',"chg('DJI','2022-04-18')",'imprecise','point change: 0.20 off (> 0.025), within 20%','Close change -39.54 (close 34411.69). The figures come from a snapshot minutes before the close.'),
  ('DJI','close',34411.49,'index',None,'2022-04-18',None,None,'close','34,411.49',"close('DJI','2022-04-18')",'imprecise','level 0.20 off (> 0.025), within 1%','Close 34411.69; the quoted level is inside the session range 34279.08-34618.29.'),
  ('SPX','daily_change_points',-6.96,'points',None,'2022-04-18',None,None,'close','6.96 points',"chg('SPX','2022-04-18')",'contradicted','point change more than 20% off','The S&P 500 closed down only 0.90 point (-0.02%) at 4391.69. 4385.63 lies inside the session range 4370.30-4410.31, so as a mid-session figure it would be unverifiable; the text presents it as the day\'s result.'),
  ('SPX','close',4385.63,'index',None,'2022-04-18',None,None,'close','4,385.63',"close('SPX','2022-04-18')",'imprecise','level within 1%','Close 4391.69, 0.14% higher.'),
  ('IXIC','daily_change_pct',-0.24,'percent',None,'2022-04-18',None,None,'close','0.24 percent',"pct('IXIC','2022-04-18')",'contradicted','|error| 0.10 pp is more than 20% of the true -0.14%','Close -0.14% (-18.72) at 13332.36.'),
  ('US10Y','yield',2.866,'percent',None,'2022-04-18',None,None,'end of day','2.866%',"rate('DGS10','2022-04-18')",'supported','within 0.025','FRED DGS10 2.85 end of day.'),
  ('US10Y','yield_change_bp',5,'bp',None,'2022-04-18',None,None,'intraday','rose 5 basis points',"rate_bp_change('DGS10','2022-04-18')",'unverifiable','intraday yield event','End-of-day DGS10 rose 2 bp (2.83 -> 2.85); the 5 bp is a market quote at an unstated time against a different reference.'),
  ('US10Y','highest_since','2018-12','month',None,'2022-04-18',None,None,'end of day','first time since late 2018',"rate_last_at_least('DGS10','2022-04-18')",'supported','last value at least as high in late 2018','Last DGS10 >= 2.85: 2018-12-17.'),
  ('US30Y','yield',2.942,'percent',None,'2022-04-18',None,None,None,'2.942%',None,'unverifiable','series not in the files','No 30-year yield in the files.'),
  ('US_RETAIL','retail_sales',0.5,'percent',None,'2022-04-14',None,None,None,'0.5% in March',None,'unverifiable','series not in the files','Retail sales not in the files.'),
 ]))


def main():
    R.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    recipes = {}
    pas, keys = [], []
    for pid, site, url, outlet, pub, conf, pnote, text, claims in P:
        cl = []
        for i, c in enumerate(claims):
            tk, metric, val, unit, qual, ref, win, comp, basis, anchor, rec, verdict, rule, note = c
            n = text.count(anchor)
            assert n == 1, (pid, i, anchor, n)
            cv = None
            if rec is not None:
                cv = R.evaluate(rec)
                recipes['%s#%d' % (pid, i)] = rec
            cl.append({'index_or_ticker': tk, 'metric': metric, 'value': val, 'unit': unit, 'qualifier': qual,
                       'ref_date': ref, 'window': win, 'comparison': comp, 'basis': basis})
            keys.append({'passage_id': pid, 'claim_index': i, 'index_or_ticker': tk, 'metric': metric,
                         'claimed_value': val, 'qualifier': qual, 'ref_date_used': ref, 'computed_value': cv,
                         'computed_detail': (note + ' ' if note else '') + ('reference.py: ' + rec if rec else 'reference.py: none (nothing in the files computes it)'),
                         'verdict': verdict, 'rule': rule, 'note': note, 'anchor_text': anchor})
        rec_p = {'id': pid, 'source': {'site': site, 'url': url, 'original_outlet': outlet}, 'published': pub,
                 'published_confidence': conf, 'published_note': pnote, 'text_kind': 'condensed_close_paraphrase',
                 'text': text, 'claims': cl}
        pas.append(rec_p)
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
        for p in pas:
            f.write(json.dumps(p, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
        for k in keys:
            f.write(json.dumps(k, ensure_ascii=False) + '\n')
    # write the RECIPES table into reference.py
    ref = open(os.path.join(HERE, 'reference.py')).read()
    start, end = '# --- RECIPES (generated by build.py) ---', '# --- end RECIPES ---'
    table = start + '\nRECIPES = {\n' + ''.join('    %r: %r,\n' % (k, v) for k, v in recipes.items()) + '}\n' + end
    if start in ref:
        a = ref.index(start); b = ref.index(end) + len(end)
        ref = ref[:a] + table + ref[b:]
    else:
        ref = ref.replace('RECIPES = None  # filled from recipes.json: {"passage_id#claim_index": "expression"}', table)
    open(os.path.join(HERE, 'reference.py'), 'w').write(ref)
    from collections import Counter
    print(len(pas), 'passages', len(keys), 'claims', len(recipes), 'recipes')
    print(Counter(k['verdict'] for k in keys))
    for k in keys:
        print(k['passage_id'][:28], k['claim_index'], k['index_or_ticker'], k['claimed_value'], '->', k['computed_value'], k['verdict'])


if __name__ == '__main__':
    main()
