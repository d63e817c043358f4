"""Build passages.jsonl and key.jsonl of this corpus.

Usage: python build.py PATH/TO/data   (or CAPSCOPE_DATA_DIR)
Values are recomputed with reference.py's RECIPES; verdicts were set by hand from those values
under the dev README rules and are asserted against the computed figures below.
"""
import json, os, sys
import reference as R

HERE = os.path.dirname(os.path.abspath(__file__))

def C(t, metric, value, unit, verdict, anchor, ref, rule, note='', q=None, window=None, comparison=None, basis='close'):
    return dict(index_or_ticker=t, metric=metric, value=value, unit=unit, qualifier=q, ref_date=ref,
                window=window, comparison=comparison, basis=basis, verdict=verdict, rule=rule, note=note, anchor=anchor)

TOL = 'within tolerance'
P = []

# 1 ---------------------------------------------------------------
P.append(dict(key='sb99', id='starbulletin_19991203_dow_247_nasdaq_sp_records',
  site='archives.starbulletin.com', url='https://archives.starbulletin.com/1999/12/03/business/market.html',
  outlet='Honolulu Star-Bulletin (Associated Press wire)', published='1999-12-03', conf='exact',
  pnote='Date in the URL; the afternoon paper says "today" for the Friday 1999-12-03 session, which the closes confirm.',
  text=("NEW YORK -- The Nasdaq composite index and the Standard & Poor's 500 soared to new records today as investors "
        "took heart from fresh signs that the tight labor market is not stoking inflation. The Dow Jones industrial average "
        "rose 247.12, or 2.24 percent, to close at 11,286.18, leaving the best-known average just 40 points shy of the record "
        "close of 11,326.04 reached on Aug. 25. At its peak the Dow was up 302 points before slipping back to finish with its "
        "second-biggest point gain of the year. The Standard & Poor's 500 rose 24.26, or 1.72 percent, to 1,433.30, and the "
        "Nasdaq composite index rose 67.85, or 1.97 percent, to 3,520.63. So far in 1999, the Nasdaq is 60.56 percent higher; "
        "the S&P 500 is up 16.6 percent; and the Dow has advanced 22.92 percent. Among other measures, the Russell 2000 index "
        "rose 4.14 to 464.58."),
  claims=[
    C('IXIC','record_close',True,'flag','supported',"The Nasdaq composite index and the Standard","1999-12-03",'record close: above every earlier close'),
    C('SPX','record_close',True,'flag','supported',"soared to new records today","1999-12-03",'record close: above every earlier close'),
    C('DJI','daily_change',247.12,'points','supported','247.12','1999-12-03',TOL),
    C('DJI','daily_change_pct',2.24,'percent','supported','2.24 percent','1999-12-03',TOL),
    C('DJI','close',11286.18,'index_level','supported','11,286.18','1999-12-03',TOL),
    C('DJI','record_close_before',['1999-08-25',11326.04],'date_level','supported','11,326.04','1999-12-03','record close value and date'),
    C('DJI','distance_from_record',40,'points','supported','just 40 points shy','1999-12-03',TOL,'11,326.04 - 11,286.18 = 39.86; integer tolerance 0.5.',q='just'),
    C('DJI','intraday_gain',302,'points','supported','up 302 points','1999-12-03',TOL,'session high against the previous close.',basis='intraday high'),
    C('DJI','rank_point_gain_year',2,'rank','supported','second-biggest point gain of the year','1999-12-03','ranks count daily moves in 1999 up to the day','Only one 1999 session gained more points.'),
    C('SPX','daily_change',24.26,'points','supported','24.26','1999-12-03',TOL),
    C('SPX','daily_change_pct',1.72,'percent','supported','1.72 percent','1999-12-03',TOL),
    C('SPX','close',1433.30,'index_level','supported','1,433.30','1999-12-03',TOL),
    C('IXIC','daily_change',67.85,'points','supported','67.85','1999-12-03',TOL),
    C('IXIC','daily_change_pct',1.97,'percent','supported','1.97 percent','1999-12-03',TOL),
    C('IXIC','close',3520.63,'index_level','supported','3,520.63','1999-12-03',TOL),
    C('IXIC','ytd_pct',60.56,'percent','supported','60.56 percent','1999-12-03',TOL,window='YTD'),
    C('SPX','ytd_pct',16.6,'percent','supported','16.6 percent','1999-12-03',TOL,window='YTD'),
    C('DJI','ytd_pct',22.92,'percent','supported','22.92 percent','1999-12-03',TOL,window='YTD'),
    C('RUT','daily_change',4.14,'points','supported','4.14','1999-12-03',TOL),
    C('RUT','close',464.58,'index_level','supported','464.58','1999-12-03',TOL),
  ]))

# 2 ---------------------------------------------------------------
P.append(dict(key='pc01', id='peoplecn_20010419_surprise_cut_dow_399',
  site='en.people.cn', url='http://en.people.cn/english/200104/19/eng20010419_68071.html',
  outlet="People's Daily Online", published='2001-04-19', conf='exact',
  pnote='Date in the URL; "Wednesday" is the 2001-04-18 session and unscheduled FOMC decision.',
  text=("U.S. Central Bank's Surprise Rate Cut Sends Dow Up 400 Points. In a move that caught markets almost entirely "
        "off-guard, the Federal Reserve made a surprise half-point cut in interest rates Wednesday. Stocks leapt: the Dow Jones "
        "industrials soared 399.10, or 3.9%, to 10,615.83, the average's third-largest daily point gain; the blue chips were up "
        "as much as 470 points before settling back. The Nasdaq rose 156.22, or 8.1%, to 2,079.44, reaching the 2,000 level for "
        "the first time since March 15 and posting its fourth-best daily percentage gain. The Fed lowered its short-term interest "
        "rate target to 4.5%. The rare, inter-meeting cut came before the Fed's May 15 meeting."),
  claims=[
    C('FEDFUNDS','unscheduled_meeting','false','flag','supported','inter-meeting cut','2001-04-18','FOMC_meetings.csv: decision day, scheduled flag','2001-04-18 is listed as unscheduled.'),
    C('FEDFUNDS','rate_change',-0.5,'pp','supported','half-point cut','2001-04-18','DFEDTAR change on the effective date','DFEDTAR moves from 5.00 to 4.50 on 2001-04-18.'),
    C('FEDFUNDS','target_level',4.5,'percent','supported','4.5%','2001-04-18',TOL),
    C('DJI','daily_change',399.10,'points','supported','399.10','2001-04-18',TOL),
    C('DJI','daily_change_pct',3.9,'percent','supported','3.9%','2001-04-18',TOL,'3.91.'),
    C('DJI','close',10615.83,'index_level','supported','10,615.83','2001-04-18',TOL),
    C('DJI','rank_point_gain_alltime',3,'rank','supported',"third-largest daily point gain",'2001-04-18','ranks count all daily moves in the file up to that day','The file starts 1992; earlier Dow history had no larger point gains, so the checkable part decides it.'),
    C('DJI','intraday_gain',470,'points','supported','as much as 470 points','2001-04-18','as much as: within one unit',q='as much as',basis='intraday high'),
    C('IXIC','daily_change',156.22,'points','supported','156.22','2001-04-18',TOL),
    C('IXIC','daily_change_pct',8.1,'percent','supported','8.1%','2001-04-18',TOL,'8.12.'),
    C('IXIC','close',2079.44,'index_level','supported','2,079.44','2001-04-18',TOL),
    C('IXIC','first_since',"March 15",'date','supported','first time since March 15','2001-04-18','highest since X (intraday reading)','Last session whose HIGH reached 2,000 was 2001-03-15 ("reaching the level"); on closes the last close at or above 2,000 was 2001-03-13, which would make March 15 a later, understated date (imprecise reading).',comparison='since',basis='intraday high'),
    C('IXIC','rank_pct_gain_alltime',4,'rank','supported','fourth-best daily percentage gain','2001-04-18','ranks count all daily moves in the file up to that day'),
    C('FEDFUNDS','scheduled_meeting','true','flag','supported',"May 15 meeting",'2001-05-15','FOMC_meetings.csv','2001-05-15 is a scheduled meeting.'),
  ]))

# 3 ---------------------------------------------------------------
P.append(dict(key='cr01', id='crains_20011009_midday_nasdaq_streak',
  site='crainsnewyork.com', url='https://www.crainsnewyork.com/article/20011008/FREE/110080754/nasdaq-win-streak-threatened',
  outlet="Crain's New York Business", published='2001-10-09', conf='high',
  pnote='The URL carries 20011008, but the text is a Tuesday midday report after the overnight strikes on Afghanistan (begun Sunday 2001-10-07); Tuesday is 2001-10-09, and the levels fit that session.',
  text=("Stock prices held on to losses Tuesday in a session so far marked by listless dealings as investors weighed the U.S. "
        "and British strikes on Afghanistan. All of the major indexes were lower, and Nasdaq's winning streak may end at four. "
        "At midday, Nasdaq was off 31.09, or 1.9%, to 1,574.86; the Standard & Poor's 500 Index yielded 5.75, or 0.5%, to 1,056.69; "
        "and the Dow Jones Industrial Average declined 28.99, or 0.3%, to 9,038.95."),
  claims=[
    C('IXIC','up_streak_before',4,'sessions','imprecise','may end at four','2001-10-08','streaks use daily closes; counts within 20%','The Nasdaq closed higher five sessions in a row (2001-10-02 to 2001-10-08); the same outlet\'s closing story says the streak ended at five. 4 vs 5 is a 20% error: imprecise.',window='sessions to 2001-10-08'),
    C('IXIC','midday_level',1574.86,'index_level','unverifiable','1,574.86','2001-10-09','mid-session figure inside the session range','Session range 1,565.97-1,607.20; close 1,570.19.',basis='midday'),
    C('SPX','midday_level',1056.69,'index_level','unverifiable','1,056.69','2001-10-09','mid-session figure inside the session range','Session range 1,053.83-1,063.37; close 1,056.75.',basis='midday'),
    C('DJI','midday_level',9038.95,'index_level','unverifiable','9,038.95','2001-10-09','mid-session figure inside the session range','Session range 9,004.14-9,086.97; close 9,052.44.',basis='midday'),
    C('IXIC','midday_change',-31.09,'points','unverifiable','off 31.09','2001-10-09','mid-session figure inside the session range','computed_value is the close-basis change; 1,605.95 - 31.09 = 1,574.86 lies inside the range.',basis='midday'),
    C('SPX','midday_change',-5.75,'points','unverifiable','yielded 5.75','2001-10-09','mid-session figure inside the session range','computed_value is the close-basis change.',basis='midday'),
    C('DJI','midday_change',-28.99,'points','unverifiable','declined 28.99','2001-10-09','mid-session figure inside the session range','computed_value is the close-basis change.',basis='midday'),
  ]))

# 4 ---------------------------------------------------------------
P.append(dict(key='ht03', id='heraldtribune_20030418_market_ends_week_on_upswing',
  site='heraldtribune.com', url='https://www.heraldtribune.com/story/news/2003/04/18/market-ends-week-on-upswing/28747008007/',
  outlet='Sarasota Herald-Tribune (wire story)', published='2003-04-18', conf='exact',
  pnote='Date in the URL (Good Friday, market closed); the text is about Thursday 2003-04-17, the last session of a four-day week.',
  text=("NEW YORK -- Wall Street pushed higher Thursday as investors stayed hopeful about the economy despite a murky profit "
        "outlook and a weak jobs report, in moderate, choppy trading ahead of Good Friday, when the market is closed. The Dow Jones "
        "industrial average closed up 80.04, or 1 percent, at 8,337.65, having declined 144 points Wednesday. Earlier in the day, "
        "blue chip stocks fell as much as 22 points. The Nasdaq composite index rose 30.78, or 2.2 percent, to 1,425.50. The "
        "Standard & Poor's 500 index gained 13.67, or 1.6 percent, to 893.58. For the week, the three main gauges finished higher, "
        "with the Dow gaining 1.6 percent, the Nasdaq surging 4.9 percent and the S&P 500 advancing 2.9 percent."),
  claims=[
    C('DJI','daily_change',80.04,'points','supported','80.04','2003-04-17',TOL),
    C('DJI','daily_change_pct',1,'percent','supported','1 percent','2003-04-17',TOL,'0.97.'),
    C('DJI','close',8337.65,'index_level','supported','8,337.65','2003-04-17',TOL),
    C('DJI','daily_change',-144,'points','imprecise','declined 144 points','2003-04-16','a truncated figure is imprecise','Wednesday 2003-04-16 the Dow fell 144.75; "144" truncates it.'),
    C('DJI','intraday_loss',-22,'points','supported','as much as 22 points','2003-04-17','as much as: within one unit','Session low against the previous close: -22.20.',q='as much as',basis='intraday low'),
    C('IXIC','daily_change',30.78,'points','supported','30.78','2003-04-17',TOL),
    C('IXIC','daily_change_pct',2.2,'percent','supported','2.2 percent','2003-04-17',TOL),
    C('IXIC','close',1425.50,'index_level','supported','1,425.50','2003-04-17',TOL),
    C('SPX','daily_change',13.67,'points','supported','13.67','2003-04-17',TOL),
    C('SPX','daily_change_pct',1.6,'percent','supported','or 1.6 percent','2003-04-17',TOL,'1.55.'),
    C('SPX','close',893.58,'index_level','supported','893.58','2003-04-17',TOL),
    C('DJI','week_change_pct',1.6,'percent','supported','Dow gaining 1.6 percent','2003-04-17','week: previous Friday close to the last session of the week','Holiday-shortened week: 2003-04-11 to 2003-04-17; 1.64.',window='week'),
    C('IXIC','week_change_pct',4.9,'percent','supported','4.9 percent','2003-04-17','week',window='week'),
    C('SPX','week_change_pct',2.9,'percent','supported','2.9 percent','2003-04-17','week','2.91.',window='week'),
  ]))

# 5 ---------------------------------------------------------------
P.append(dict(key='ns06', id='nysun_20061018_dow_crosses_12000',
  site='nysun.com', url='https://www.nysun.com/article/business-dow-crosses-12000-mark-for-the-first-time',
  outlet='The New York Sun (Associated Press)', published='2006-10-18', conf='high',
  pnote='No date on the page; "Wednesday", the intraday high 12,049.51 and the record close fix the session as 2006-10-18. The dev corpus covers this session from another outlet (AP via a different page).',
  text=("The Dow Jones industrial average briefly swept past 12,000 for the first time Wednesday, extending its run in record "
        "territory. The blue chip average rose to a new closing high but fell just short of the 12,000 mark. The index passed the "
        "milestone just after the open, rising as high as 12,049.51 before pulling back. It took the Dow 7 1/2 years to make the "
        "trip from 11,000, a slow trek that contrasts with its sprint from 10,000 to 11,000 in just 24 days in the spring of 1999. "
        "The Dow has risen 312 points so far this month, and it had already set closing records seven times during the past two weeks."),
  claims=[
    C('DJI','intraday_record_above',12000,'index_level','supported','for the first time Wednesday','2006-10-18','intraday record: above every earlier high','Earlier highest high 11,997.25 (2006-10-16); 2006-10-18 high 12,049.51.',comparison='first time above'),
    C('DJI','intraday_high',12049.51,'index_level','supported','12,049.51','2006-10-18',TOL,basis='intraday high'),
    C('DJI','record_close',True,'flag','supported','new closing high','2006-10-18','record close'),
    C('DJI','close',12000,'index_level','supported','fell just short of the 12,000 mark','2006-10-18','less than: true < claim','Close 11,992.68.',comparison='less than'),
    C('DJI','years_since_first_close_above',7.5,'years','supported','7 1/2 years','2006-10-18',TOL,'First close above 11,000 was 1999-05-03; to 2006-10-18 is 7.46 years.',window='1999-05-03 to 2006-10-18'),
    C('DJI','sessions_10000_to_11000',24,'sessions','supported','24 days','1999-05-03','sessions between two dates: index difference','First close above 10,000 1999-03-29, above 11,000 1999-05-03: 24 sessions (35 calendar days).'),
    C('DJI','mtd_points',312,'points','imprecise','312 points','2006-10-18','integers within 0.5; point changes within 20% imprecise','From the 2006-09-29 close to the 2006-10-18 close the Dow rose 313.61; the 312 may reflect an earlier print in the day.',window='MTD'),
    C('DJI','record_close_count',7,'count','supported','seven times','2006-10-17','counts use daily closes','Record closes from 2006-10-03 to 2006-10-17: 7 (6 if the window starts 2006-10-04). The value stored is [from 10-04, from 10-03].',window='past two weeks'),
  ]))

# 6 ---------------------------------------------------------------
P.append(dict(key='yw08', id='yeshivaworld_20080306_stocks_18_month_low',
  site='theyeshivaworld.com', url='https://theyeshivaworld.com/news/interesting-news-alerts/15308/us-stocks-drop-to-18-month-low-after-foreclosures-hit-record.html',
  outlet='The Yeshiva World (Bloomberg)', published='2008-03-06', conf='high',
  pnote='Not dated in the text; the figures match the 2008-03-06 close and the story previews "tomorrow\'s" February jobs report (released Friday 2008-03-07).',
  text=("US stocks fell to an 18-month low, led by banks, after home foreclosures hit a record and loan defaults spread concern that "
        "credit losses are deepening. The Standard & Poor's 500 Index lost 10 points in the final half hour of trading as investors "
        "bet tomorrow's employment report will show the economy closer to recession. The S&P 500 tumbled 29.36 points, or 2.2 percent, "
        "to 1,304.34, the lowest closing level since September 2006. The Dow Jones Industrial Average lost 214.6, or 1.8 percent, to "
        "12,040.39. The Nasdaq Composite Index decreased 52.31, or 2.3 percent, to 2,220.5."),
  claims=[
    C('SPX','daily_change',-29.36,'points','supported','29.36','2008-03-06',TOL),
    C('SPX','daily_change_pct',-2.2,'percent','supported','2.2 percent','2008-03-06',TOL),
    C('SPX','close',1304.34,'index_level','supported','1,304.34','2008-03-06',TOL),
    C('SPX','lowest_close_since','September 2006','month','supported','lowest closing level since September 2006','2008-03-06','lowest since X: last session at least as low','Last close at or below 1,304.34 was 2006-09-11.',comparison='since'),
    C('DJI','daily_change',-214.6,'points','supported','214.6','2008-03-06',TOL),
    C('DJI','daily_change_pct',-1.8,'percent','supported','1.8 percent','2008-03-06',TOL,'-1.75.'),
    C('DJI','close',12040.39,'index_level','supported','12,040.39','2008-03-06',TOL),
    C('IXIC','daily_change',-52.31,'points','supported','52.31','2008-03-06',TOL),
    C('IXIC','daily_change_pct',-2.3,'percent','supported','2.3 percent','2008-03-06',TOL),
    C('IXIC','close',2220.5,'index_level','supported','2,220.5','2008-03-06',TOL),
  ]))

# 7 ---------------------------------------------------------------
P.append(dict(key='te08', id='tradingeconomics_20080922_stocks_tumble_349pm',
  site='tradingeconomics.com', url='https://tradingeconomics.com/articles/09222008131927.htm',
  outlet='Trading Economics (Bloomberg)', published='2008-09-22', conf='exact',
  pnote='Date in the URL (09222008); the story is timed 3:49 p.m. in New York on Monday 2008-09-22.',
  text=("U.S. stocks dropped, led by banks, retailers and technology companies, on speculation the Treasury's plan to buy toxic "
        "assets will fail to avert a recession and as a $15-a-barrel jump in oil threatened consumer spending. The Standard & Poor's "
        "500 Index lost as much as 3.9 percent, erasing almost half of its rally over the previous two days. The S&P 500 retreated "
        "48 points, or 3.8 percent, to 1,207.08 at 3:49 p.m. in New York. The Dow Jones Industrial Average slid 378.24, or 3.3 "
        "percent, to 11,010.2. The Nasdaq Composite Index decreased 89.74, or 4 percent, to 2,184.16. The S&P 500 Financials Index "
        "declined 8.4 percent today, after the group surged 24 percent in the final two days of last week."),
  claims=[
    C('SPX','intraday_loss_pct',-3.9,'percent','supported','as much as 3.9 percent','2008-09-22','as much as: within one unit','Session low 1,205.61 against 1,255.08: -3.94%.',q='as much as',basis='intraday low'),
    C('SPX','share_of_two_day_rally_erased',50,'percent','supported','almost half','2008-09-22','nearly/almost','The 2008-09-18/19 rally added 98.69 points; the session low erased 49.47 of them, 50.1% - at the edge of "almost half"; at the 3:49 p.m. level (-48) it is 48.6%.',q='almost',basis='intraday low'),
    C('SPX','mid_session_level',1207.08,'index_level','unverifiable','1,207.08','2008-09-22','mid-session figure inside the session range','Range 1,205.61-1,255.37; close 1,207.09.',basis='3:49 p.m.'),
    C('DJI','mid_session_level',11010.2,'index_level','unverifiable','11,010.2','2008-09-22','mid-session figure inside the session range','Range 10,992.20-11,394.58; close 11,015.69 (-372.75, -3.27%).',basis='3:49 p.m.'),
    C('IXIC','mid_session_level',2184.16,'index_level','unverifiable','2,184.16','2008-09-22','mid-session figure inside the session range','Range 2,178.98-2,266.45; close 2,178.98 (-94.92, -4.17%).',basis='3:49 p.m.'),
    C('SPX_FINANCIALS','daily_change_pct',-8.4,'percent','unverifiable','8.4 percent','2008-09-22','series not in the files',basis='3:49 p.m.'),
    C('SPX_FINANCIALS','two_day_change_pct',24,'percent','unverifiable','24 percent','2008-09-19','series not in the files',window='2008-09-18 to 2008-09-19'),
  ]))

# 8 ---------------------------------------------------------------
P.append(dict(key='in09', id='investmentnews_20090331_best_month_since_2002',
  site='investmentnews.com (azurewebsites mirror)', url='https://app-investmentnews-eastus.azurewebsites.net/industry-news/stocks-rebound-on-last-day-of-quarter/20947',
  outlet='InvestmentNews (Associated Press)', published='2009-03-31', conf='high',
  pnote='No date on the mirror; "ended a tumultuous March", "Tuesday" and "end of the first quarter" fix 2009-03-31.',
  text=("Wall Street closed out a tumultuous March on a high note, notching its first winning month this year and its best monthly "
        "performance in nearly seven years. Stocks finished off their highs on Tuesday but resumed a three-week rally that has lifted "
        "the Dow Jones industrials a total of 16 percent since they hit their lowest level in 12 years on March 9. The Dow rose 7.7 "
        "percent overall in March, its biggest monthly gain since October 2002."),
  claims=[
    C('DJI','first_up_month_of_year',True,'flag','supported','first winning month this year','2009-03-31','monthly closes','Jan -8.84%, Feb -11.72%, Mar +7.73%.',window='2009'),
    C('DJI','best_month_in_years',7,'years','supported','nearly seven years','2009-03-31','nearly: claim - 1 unit <= true <= claim + 0.5 unit','Last month with a larger gain: October 2002, 6.4 years earlier. The S&P 500 (March +8.54%) gives the same month.',q='nearly'),
    C('DJI','pct_from_low',16,'percent','supported','16 percent','2009-03-31',TOL,'6,547.05 (2009-03-09) to 7,608.92: +16.22%.',window='2009-03-09 to 2009-03-31'),
    C('DJI','lowest_since','12 years','years','supported','lowest level in 12 years','2009-03-09','lowest since X','Last close at or below 6,547.05 before: 1997-04-14, 11.9 years earlier.',comparison='since'),
    C('DJI','month_change_pct',7.7,'percent','supported','7.7','2009-03-31',TOL,'7.73.',window='March 2009'),
    C('DJI','biggest_month_since','October 2002','month','supported','biggest monthly gain since October 2002','2009-03-31','biggest since X: last month with a move at least as large',comparison='since'),
  ]))

# 9 ---------------------------------------------------------------
P.append(dict(key='cb0723', id='cnbc_20100723_second_best_week_of_year',
  site='cnbc.com', url='https://www.cnbc.com/2010/07/23/us-stocks-have-second-best-week-of-the-year.html',
  outlet='CNBC', published='2010-07-23', conf='exact',
  pnote='Date in the URL; weekly statistics as of the Friday 2010-07-23 close.',
  text=("US stocks posted their second best weekly performance of the year, led by the NASDAQ Composite with a gain of 4.15%. "
        "The Dow ended up 326.72 or 3.24% for the week, its biggest weekly percent gain since July 9, 2010, when it rose 5.3%. "
        "The range between the Dow's highest and lowest intraday level this week was 434.19 points; the biggest weekly Hi/Lo swing "
        "of 2010 came in the \"Flash Crash\" week ending May 8, when the Dow swung 1308.05 points. The Dow is up 6.66% month-to-date, "
        "tracking for its biggest monthly percent increase since July 2009 when it rose 8.58%. It is off by -3,739.91 or -26.40% "
        "from the market peak on October 9, 2007 of 14,164.53, and up 738.14 or 7.62% from its 2010 closing low of 9686.48 reached "
        "on July 2. The S&P 500 ended up 37.78 or 3.55% for the week, its biggest weekly percent gain since July 9, 2009 when it "
        "rose 5.42%. The S&P's weekly Hi/Lo range was 46.85 points, against 139.34 points in the Flash Crash week. The S&P is up "
        "6.98% month-to-date, tracking for its biggest monthly percent increase since July 2009 when it rose 7.4%."),
  claims=[
    C('DJI','week_change',326.72,'points','supported','326.72','2010-07-23',TOL,window='week'),
    C('DJI','week_change_pct',3.24,'percent','supported','3.24%','2010-07-23',TOL,window='week'),
    C('DJI','biggest_week_since','2010-07-09','date','supported','since July 9, 2010','2010-07-23','biggest since X: last week with a move at least as large',comparison='since'),
    C('DJI','week_change_pct',5.3,'percent','supported','5.3%','2010-07-09',TOL,'5.28.',window='week'),
    C('DJI','week_range',434.19,'points','supported','434.19','2010-07-23',TOL,'Highest high minus lowest low, 2010-07-19 to 2010-07-23.',window='week',basis='intraday'),
    C('DJI','week_range',1308.05,'points','supported','1308.05','2010-05-07',TOL,'The week ended Friday 2010-05-07 (May 8 is a Saturday); its Dow range is 1,308.05.',window='week',basis='intraday'),
    C('DJI','mtd_pct',6.66,'percent','supported','6.66%','2010-07-23',TOL,window='MTD'),
    C('DJI','month_change_pct',8.58,'percent','supported','8.58%','2009-07-31',TOL,window='July 2009'),
    C('DJI','record_close_before',['2007-10-09',14164.53],'date_level','supported','14,164.53','2010-07-23','record close value and date'),
    C('DJI','points_from_record',-3739.91,'points','supported','-3,739.91','2010-07-23',TOL),
    C('DJI','pct_from_record',-26.40,'percent','supported','-26.40%','2010-07-23',TOL,'Kept signed as written.'),
    C('DJI','year_low_close',['2010-07-02',9686.48],'date_level','supported','9686.48','2010-07-23','lowest close of 2010 to date'),
    C('DJI','points_from_low',738.14,'points','supported','738.14','2010-07-23',TOL),
    C('DJI','pct_from_low',7.62,'percent','supported','7.62%','2010-07-23',TOL),
    C('SPX','week_change',37.78,'points','supported','37.78','2010-07-23',TOL,window='week'),
    C('SPX','week_change_pct',3.55,'percent','supported','3.55%','2010-07-23',TOL,window='week'),
    C('SPX','biggest_week_since','2009-07-09','date','contradicted','since July 9, 2009','2010-07-23','wrong date in a "since" claim','The last week with an S&P gain of at least 3.55% ended 2010-07-09 (+5.42%); the text dates it 2009 (the 5.42% figure belongs to 2010).',comparison='since'),
    C('SPX','week_change_pct',5.42,'percent','supported','5.42%','2010-07-09',TOL,window='week'),
    C('SPX','week_range',46.85,'points','supported','46.85','2010-07-23',TOL,window='week',basis='intraday'),
    C('SPX','week_range',139.34,'points','supported','139.34','2010-05-07',TOL,window='week',basis='intraday'),
    C('SPX','mtd_pct',6.98,'percent','supported','6.98%','2010-07-23',TOL,window='MTD'),
    C('SPX','month_change_pct',7.4,'percent','supported','7.4%','2009-07-31',TOL,'7.41.',window='July 2009'),
    C('IXIC','week_change_pct',4.15,'percent','supported','4.15%','2010-07-23',TOL,window='week'),
  ]))

# 10 --------------------------------------------------------------
P.append(dict(key='cb0806', id='cnbc_20100806_dow_third_straight_weekly_gain',
  site='cnbc.com', url='http://www.cnbc.com/id/38598409',
  outlet='CNBC', published='2010-08-06', conf='high',
  pnote='Undated id page; "first week of August", Monday\'s 10,674.38 close (2010-08-02) and the weekly figures fix the Friday 2010-08-06 close.',
  text=("US stocks posted modest gains in the first week of August, led by the S&P 500. The Dow ended up 187.62 or 1.79% for the "
        "week, logging 3-consecutive weeks of gains; the last time the Dow finished up for 3 straight weeks or more was on 4/23 when "
        "the Dow ended an 8-week winning streak. The Dow is up 555.66 points or 5.5% in the last 3 weeks. On Monday, the Dow closed up "
        "208.44 or 1.99% at 10,674.38, marking its 7th largest 1-day point gain of the year. The Dow is off by -3,510.97 or -24.79% from "
        "the market peak on October 9, 2007 of 14,164.53, off by -551.47 or -4.92% from its 2010 closing high of 11,205.03 reached on "
        "4/26, and up 967.08 or 9.98% from its 2010 closing low of 9686.48 reached on 7/2. The S&P 500 ended up 24.04 or 1.82% for the "
        "week, its first weekly increase since 7/23 when it rose 3.55%."),
  claims=[
    C('DJI','week_change',187.62,'points','supported','187.62','2010-08-06',TOL,window='week'),
    C('DJI','week_change_pct',1.79,'percent','supported','1.79%','2010-08-06',TOL,window='week'),
    C('DJI','weekly_up_streak',3,'weeks','supported','3-consecutive weeks','2010-08-06','streaks use weekly closes'),
    C('DJI','weekly_up_streak',8,'weeks','supported','8-week winning streak','2010-04-23','streaks use weekly closes','8 straight up weeks to 2010-04-23; the week to 2010-04-30 was down. Value stored: [streak at 4/23, streak at 4/30].'),
    C('DJI','three_week_change',555.66,'points','supported','555.66','2010-08-06',TOL,window='2010-07-16 to 2010-08-06'),
    C('DJI','three_week_change_pct',5.5,'percent','supported','5.5%','2010-08-06',TOL,window='2010-07-16 to 2010-08-06'),
    C('DJI','daily_change',208.44,'points','supported','208.44','2010-08-02',TOL),
    C('DJI','daily_change_pct',1.99,'percent','supported','1.99%','2010-08-02',TOL),
    C('DJI','close',10674.38,'index_level','supported','10,674.38','2010-08-02',TOL),
    C('DJI','rank_point_gain_year',7,'rank','supported','7th largest 1-day point gain','2010-08-02','ranks count daily moves of 2010 up to the day'),
    C('DJI','points_from_record',-3510.97,'points','supported','-3,510.97','2010-08-06',TOL),
    C('DJI','pct_from_record',-24.79,'percent','supported','-24.79%','2010-08-06',TOL),
    C('DJI','year_high_close',['2010-04-26',11205.03],'date_level','supported','11,205.03','2010-08-06','highest close of 2010 to date'),
    C('DJI','points_from_year_high',-551.47,'points','supported','-551.47','2010-08-06',TOL),
    C('DJI','pct_from_year_high',-4.92,'percent','supported','-4.92%','2010-08-06',TOL),
    C('DJI','points_from_year_low',967.08,'points','supported','967.08','2010-08-06',TOL),
    C('DJI','pct_from_year_low',9.98,'percent','supported','9.98%','2010-08-06',TOL),
    C('SPX','week_change',24.04,'points','imprecise','24.04','2010-08-06','point changes within 20%','The S&P rose 20.04 points (1,101.60 to 1,121.64); 24.04 is 4.00 points (20.0%) off, at the edge of the imprecise band; the 1.82% beside it is right.',window='week'),
    C('SPX','week_change_pct',1.82,'percent','supported','1.82%','2010-08-06',TOL,window='week'),
    C('SPX','first_up_week_since','2010-07-23','date','supported','first weekly increase since 7/23','2010-08-06','weekly closes','Week to 7/23 +3.55%, week to 7/30 -0.10%. Value stored: [7/23 week, 7/30 week].',comparison='since'),
  ]))

# 11 --------------------------------------------------------------
P.append(dict(key='cb1008', id='cnbc_20101008_dow_ends_above_11000',
  site='cnbc.com', url='http://www.cnbc.com/id/39580603',
  outlet='CNBC', published='2010-10-08', conf='high',
  pnote='Undated id page; the September jobs report and the Friday closes fix 2010-10-08.',
  text=("The Dow closed above 11,000 for the first time since early May on hopes the Federal Reserve will step in to spur growth. "
        "The Dow Jones Industrial Average rose 57.90 points or 0.5 percent on Friday, and 176.80 points or 1.6 percent for the week, "
        "to close at 11,006.48 - the first close above the 11,000 level since May 3. The first time the Dow closed above 11,000 was "
        "eleven years earlier, on May 3, 1999. The highest close for the Dow this year was on April 26, when the index reached 11,205, "
        "1.8 percent higher than Friday's close. The S&P 500 rose 7.09 points, or 0.6 percent, on Friday, and 18.91 points, or 1.7 percent "
        "for the week, to close at 1,165.15. The Nasdaq rose 18.24 points, or 0.8 percent, on Friday, and 31.16 points or 1.3 percent for "
        "the week, to close at 2,401.91. The CBOE Volatility Index fell near 20."),
  claims=[
    C('DJI','daily_change',57.90,'points','supported','57.90','2010-10-08',TOL),
    C('DJI','daily_change_pct',0.5,'percent','supported','0.5 percent on Friday','2010-10-08',TOL,'0.53.'),
    C('DJI','week_change',176.80,'points','supported','176.80','2010-10-08',TOL,window='week'),
    C('DJI','week_change_pct',1.6,'percent','supported','1.6 percent','2010-10-08',TOL,'1.63.',window='week'),
    C('DJI','close',11006.48,'index_level','supported','11,006.48','2010-10-08',TOL),
    C('DJI','first_close_above_since','2010-05-03','date','supported','since May 3','2010-10-08','highest since X','Last close at or above 11,000 before: 2010-05-03.',comparison='since'),
    C('DJI','first_close_above_ever','1999-05-03','date','supported','May 3, 1999','1999-05-03','first close above a level'),
    C('DJI','year_high_close',['2010-04-26',11205],'date_level','supported','April 26','2010-10-08','highest close of 2010 to date','11,205.03.'),
    C('DJI','pct_below_year_high',1.8,'percent','supported','1.8 percent higher','2010-10-08',TOL,'11,205.03 / 11,006.48 - 1 = 1.80%.'),
    C('SPX','daily_change',7.09,'points','supported','7.09','2010-10-08',TOL),
    C('SPX','daily_change_pct',0.6,'percent','supported','0.6 percent','2010-10-08',TOL,'0.61.'),
    C('SPX','week_change',18.91,'points','supported','18.91','2010-10-08',TOL,window='week'),
    C('SPX','week_change_pct',1.7,'percent','supported','1.7 percent','2010-10-08',TOL,'1.65; |error| 0.05 <= 0.07.',window='week'),
    C('SPX','close',1165.15,'index_level','supported','1,165.15','2010-10-08',TOL),
    C('IXIC','daily_change',18.24,'points','supported','18.24','2010-10-08',TOL),
    C('IXIC','daily_change_pct',0.8,'percent','supported','0.8 percent','2010-10-08',TOL,'0.77.'),
    C('IXIC','week_change',31.16,'points','supported','31.16','2010-10-08',TOL,window='week'),
    C('IXIC','week_change_pct',1.3,'percent','supported','1.3 percent','2010-10-08',TOL,'1.31.',window='week'),
    C('IXIC','close',2401.91,'index_level','supported','2,401.91','2010-10-08',TOL),
    C('VIX','close',20,'index_level','supported','near 20','2010-10-08','about/near: within one unit','VIX closed 20.71, down 0.85 on the day.',q='near'),
  ]))

# 12 --------------------------------------------------------------
P.append(dict(key='gm11', id='globeandmail_20110523_close_europe_worries',
  site='asset-boost.pro (repost of The Globe and Mail market blog)', url='https://asset-boost.pro/globe-investor/inside-the-market/at-the-close-investors-spooked-by-europe/article614555',
  outlet='The Globe and Mail', published='2011-05-23', conf='high',
  pnote='Undated repost; the Victoria Day holiday (TSX closed), the Greek downgrade and Spain\'s election defeat fix Monday 2011-05-23, and the closes match.',
  text=("U.S. stocks closed sharply lower as worries about Europe's debt crisis resurfaced. At the close, the Dow was down 131, or 1 "
        "percent, at 12,381. The S&P 500 index is down 16, or 1.2 percent, at 1,317. The Nasdaq composite index lost 44, or 1.6 percent, "
        "to 2,759. The Toronto Stock Exchange was shut for Victoria Day. The Dow Jones industrial average had slipped as far as 180 points "
        "before paring some of its losses, after another downgrade of Greece's credit rating, a warning on Italy's debt and a defeat for "
        "Spain's ruling party."),
  claims=[
    C('DJI','daily_change',-131,'points','supported','down 131','2011-05-23',TOL,'-130.78.'),
    C('DJI','daily_change_pct',-1,'percent','supported','or 1 percent','2011-05-23',TOL,'-1.05.'),
    C('DJI','close',12381,'index_level','supported','12,381','2011-05-23',TOL,'12,381.26.'),
    C('SPX','daily_change',-16,'points','supported','down 16','2011-05-23',TOL,'-15.90.'),
    C('SPX','daily_change_pct',-1.2,'percent','supported','1.2 percent','2011-05-23',TOL,'-1.19.'),
    C('SPX','close',1317,'index_level','supported','1,317','2011-05-23',TOL,'1,317.37.'),
    C('IXIC','daily_change',-44,'points','supported','lost 44','2011-05-23',TOL,'-44.42.'),
    C('IXIC','daily_change_pct',-1.6,'percent','supported','1.6 percent','2011-05-23',TOL,'-1.58.'),
    C('IXIC','close',2759,'index_level','supported','2,759','2011-05-23',TOL,'2,758.90.'),
    C('DJI','intraday_loss',-180,'points','supported','as far as 180 points','2011-05-23','as much as: within one unit','Session low against the previous close: -180.27.',q='as much as',basis='intraday low'),
  ]))

# 13 --------------------------------------------------------------
P.append(dict(key='pi11', id='pionline_20111208_dow_back_below_12000',
  site='pionline.com', url='https://www.pionline.com/article/20111208/ONLINE/111209908/stocks-decline-as-ecb-president-damps-down-bond-buy-speculation',
  outlet='Pensions & Investments (Bloomberg)', published='2011-12-08', conf='exact',
  pnote='Date in the URL; Thursday 2011-12-08 session (ECB rate cut and Draghi remarks).',
  text=("Stocks fell Thursday, sending the Dow Jones industrial average once again below 12,000, as the European Central Bank played "
        "down talk of bigger bond purchases and regulators said the region's lenders need more capital than estimated. The Dow closed "
        "down 198.67, or 1.63%, at 11,997.70; the S&P 500 fell 26.66, or 2.11%, ending at 1,234.35; and the Nasdaq composite closed down "
        "52.83, or 1.99%, at 2,596.38. All numbers are preliminary."),
  claims=[
    C('DJI','back_below_level',12000,'index_level','supported','once again below 12,000','2011-12-08','less than, with a previous spell below','Close 11,997.70; it had last closed below 12,000 on 2011-11-29.',comparison='less than'),
    C('DJI','daily_change',-198.67,'points','supported','198.67','2011-12-08',TOL,q='preliminary'),
    C('DJI','daily_change_pct',-1.63,'percent','supported','1.63%','2011-12-08',TOL,q='preliminary'),
    C('DJI','close',11997.70,'index_level','supported','11,997.70','2011-12-08',TOL,q='preliminary'),
    C('SPX','daily_change',-26.66,'points','supported','26.66','2011-12-08',TOL,q='preliminary'),
    C('SPX','daily_change_pct',-2.11,'percent','supported','2.11%','2011-12-08',TOL,q='preliminary'),
    C('SPX','close',1234.35,'index_level','supported','1,234.35','2011-12-08',TOL,q='preliminary'),
    C('IXIC','daily_change',-52.83,'points','supported','52.83','2011-12-08',TOL,q='preliminary'),
    C('IXIC','daily_change_pct',-1.99,'percent','supported','1.99%','2011-12-08',TOL,q='preliminary'),
    C('IXIC','close',2596.38,'index_level','supported','2,596.38','2011-12-08',TOL,q='preliminary'),
  ]))

# 14 --------------------------------------------------------------
P.append(dict(key='dh12', id='durangoherald_20120222_dow_breaks_13000_cant_hold',
  site='durangoherald.com', url='http://www.durangoherald.com/article/20120222/NEWS04/702229969/-1/News04/Dow-breaks-13000-but-can%E2%80%99t-hold-gains',
  outlet='The Durango Herald (Associated Press)', published='2012-02-22', conf='exact',
  pnote='Date in the URL; next-morning paper about Tuesday 2012-02-21.',
  text=("NEW YORK - The Dow Jones industrial average crossed 13,000 on Tuesday for the first time since May 2008, but only for seconds "
        "at a time, and could not hold the gain. It finished up 15.82 points at 12,965.69. The Standard & Poor's 500 index surpassed 1,363, "
        "its peak from April 2011, during the day but closed at 1,362.21, up 0.98 point. The Nasdaq composite, trading at levels not seen "
        "since December 2000, closed down 3.21 points at 2,948.57. Just last summer the Dow shed 2,000 points in three terrifying weeks, "
        "and the turmoil of last summer and fall left it as low as 10,655. It closed Tuesday 22 percent above that low. The Dow is 1,199 "
        "points from an all-time high, a 9 percent rally from here."),
  claims=[
    C('DJI','intraday_above_first_since','May 2008','month','supported','for the first time since May 2008','2012-02-21','highest since X (intraday)','High 13,005.04; last earlier high at or above 13,000: 2008-05-20.',comparison='since',basis='intraday high'),
    C('DJI','daily_change',15.82,'points','supported','15.82','2012-02-21',TOL),
    C('DJI','close',12965.69,'index_level','supported','12,965.69','2012-02-21',TOL),
    C('SPX','intraday_above_prior_peak',1363,'index_level','supported','surpassed 1,363','2012-02-21','more than: true > claim','High 1,367.76; the April 2011 peak close was 1,363.61 (2011-04-29).',comparison='more than',basis='intraday high'),
    C('SPX','close',1362.21,'index_level','supported','1,362.21','2012-02-21',TOL),
    C('SPX','daily_change',0.98,'points','supported','0.98','2012-02-21',TOL),
    C('IXIC','highest_since','December 2000','month','supported','not seen since December 2000','2012-02-21','highest since X','Before 2012 the last close at or above 2,948.57 was 2000-12-11.',comparison='since'),
    C('IXIC','daily_change',-3.21,'points','supported','3.21','2012-02-21',TOL),
    C('IXIC','close',2948.57,'index_level','supported','2,948.57','2012-02-21',TOL),
    C('DJI','window_low_close',['2011-10-03',10655],'date_level','supported','10,655','2011-10-03','lowest close since last summer','10,655.30 on 2011-10-03.'),
    C('DJI','pct_above_low',22,'percent','supported','22 percent','2012-02-21',TOL,'21.68%.'),
    C('DJI','points_from_record',1199,'points','supported','1,199','2012-02-21',TOL,'Record close 14,164.53 (2007-10-09) minus 12,965.69 = 1,198.84.'),
    C('DJI','pct_to_record',9,'percent','supported','9 percent rally','2012-02-21',TOL,'9.25%.'),
    C('DJI','three_week_loss',-2000,'points','unverifiable','2,000 points','2011-08-10','unstated window','The three weeks are not dated; the likeliest reading, 2011-07-21 (12,724.41) to 2011-08-10 (10,719.94), gives -2,004.47 points (imprecise for an unhedged integer, supported as a round figure); computed_value holds that reading.',window='three weeks, summer 2011'),
  ]))


def main():
    R.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not R.DATA:
        sys.exit('usage: python build.py PATH/TO/data')
    pl, kl = [], []
    for p in P:
        claims = []
        for i, c in enumerate(p['claims']):
            rid = '%s|%d' % (p['key'], i)
            expr = R.RECIPES[rid]
            v = json.loads(json.dumps(R.evaluate(expr)))
            assert p['text'].count(c['anchor']) == 1, (rid, c['anchor'])
            claims.append({k: c[k] for k in ('index_or_ticker','metric','value','unit','qualifier','ref_date','window','comparison','basis')})
            kl.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=c['index_or_ticker'], metric=c['metric'],
                           claimed_value=c['value'], qualifier=c['qualifier'], ref_date_used=c['ref_date'], computed_value=v,
                           computed_detail='%s reference.py: %s' % (c['note'].split('.')[0] + '.' if c['note'] else '', expr),
                           verdict=c['verdict'], rule=c['rule'], note=c['note'], anchor_text=c['anchor'], recipe_id=rid))
        pl.append(dict(id=p['id'], source=dict(site=p['site'], url=p['url'], original_outlet=p['outlet']),
                       published=p['published'], published_confidence=p['conf'], published_note=p['pnote'],
                       text_kind='condensed_close_paraphrase', text=p['text'], claims=claims))
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
        for p in pl:
            f.write(json.dumps(p, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
        for k in kl:
            f.write(json.dumps(k, ensure_ascii=False) + '\n')
    from collections import Counter
    print(len(pl), 'passages', len(kl), 'claims', dict(Counter(k['verdict'] for k in kl)))


if __name__ == '__main__':
    main()
