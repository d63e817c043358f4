# Passage definitions for build.py (executed there; C() and P come from build.py).

P.append(dict(id="starbulletin_20000210_nasdaq_fourth_record", published="2000-02-10", conf="exact",
 pnote="Honolulu Star-Bulletin business page dated 2000/02/10 in its URL; AP afternoon copy about that day's session ('today'); the files match Thu 2000-02-10 (Nasdaq 4485.63).",
 source={"site": "archives.starbulletin.com", "url": "https://archives.starbulletin.com/2000/02/10/business/market.html", "original_outlet": "Associated Press"},
 text=("NEW YORK -- Technology shares carried the Nasdaq composite index to yet another record close today, while blue chips "
 "lagged once more on fears that their profits cannot grow fast enough to offset rising interest rates. The Nasdaq climbed 122.39, "
 "or 2.80 percent, to end at 4,485.63. That made it the fourth closing high in five sessions, and it topped Tuesday's record of 4,427.50. "
 "The Dow Jones industrial average gave up 55.53 to 10,643.63, while the Standard & Poor's 500 rose 5.13 to 1,416.83. "
 "Among the broader gauges, the Russell 2000 index of smaller companies advanced 6.21 to 542.21. "
 "Bonds sold off. The 30-year Treasury's yield rose 11 basis points to 6.44 percent. After reaching a 2-year high of 6.75 percent on Jan. 20, "
 "long yields had dropped to as low as 6.06 percent in intraday trading a week ago, when the government's plan to buy back longer-term debt "
 "and sell fewer bonds set off a wave of buying. Today, though, prices tumbled after the Treasury's $10 billion auction of 30-year bonds met "
 "the weakest demand in at least 17 years. On Wall Street, investors kept favoring the tech names that dominate the Nasdaq, reasoning that "
 "their earnings growth leaves them best placed to prosper even if rates climb further this year."),
 claims=[
 C("IXIC","daily_point_change",122.39,"index_points","122.39","point_change('IXIC','2000-02-10')","supported","2dp","4485.63 vs 4363.24 on Feb 9."),
 C("IXIC","daily_pct_change",2.80,"percent","2.80 percent","pct_change('IXIC','2000-02-10')","supported","2dp","2.805% rounds to 2.81 but is within 0.025 of 2.80."),
 C("IXIC","close_level",4485.63,"index_points","4,485.63","close('IXIC','2000-02-10')","supported","level","Closing level matches the file."),
 C("IXIC","record_close",True,"flag","yet another record close","is_record('IXIC','2000-02-10')","supported","record","Above every earlier Nasdaq close (prior record 4427.50 on 2000-02-08)."),
 C("IXIC","record_closes_in_last_n_sessions",4,"count","fourth closing high in five sessions","records_in_last('IXIC','2000-02-10',5)","supported","int","Records on Feb 4, 7, 8 and 10; Feb 9 fell.", w="5 sessions"),
 C("IXIC","previous_record_close",["2000-02-08",4427.50],"date,index_points","Tuesday's record of 4,427.50","record_before('IXIC','2000-02-10')","supported","date","2000-02-08 was a Tuesday; close 4427.50."),
 C("DJI","daily_point_change",-55.53,"index_points","55.53","point_change('DJI','2000-02-10')","supported","2dp","10643.63 vs 10699.16."),
 C("DJI","close_level",10643.63,"index_points","10,643.63","close('DJI','2000-02-10')","supported","level","Matches."),
 C("SPX","daily_point_change",5.13,"index_points","5.13","point_change('GSPC','2000-02-10')","supported","2dp","File gives +5.12 (1416.83 vs 1411.71); within 0.025."),
 C("SPX","close_level",1416.83,"index_points","1,416.83","close('GSPC','2000-02-10')","supported","level","Matches."),
 C("RUT","daily_point_change",6.21,"index_points","6.21","point_change('RUT','2000-02-10')","supported","2dp","542.21 vs 536.00."),
 C("RUT","close_level",542.21,"index_points","542.21","close('RUT','2000-02-10')","supported","level","Matches."),
 C("US30Y","yield_level",6.44,"percent","6.44 percent",None,"unverifiable","U","The 30-year Treasury yield is not in the files (only DGS10 and DGS2).", b="end of day"),
 C("US30Y","yield_high",6.75,"percent","6.75 percent",None,"unverifiable","U","30-year yield history not in the files.", d="2000-01-20"),
 C("US30Y","intraday_yield_low",6.06,"percent","6.06 percent",None,"unverifiable","U","Intraday 30-year yields are not in the files.", b="intraday low"),
 C("GENERIC","auction_demand_rank",17,"years","at least 17 years",None,"unverifiable","U","Treasury auction statistics are not in the files.", q="at least"),
]))

P.append(dict(id="wsjclassroom_199910_greenspan_dow_drop", published="1999-10", conf="medium",
 pnote="The Wall Street Journal Classroom Edition issue headed OCTOBER 1999 (reposted as a PDF text); day not given. The session described is Fri 1999-08-27.",
 source={"site": "info.5y1.org", "url": "https://info.5y1.org/most-active-stocks-today-wsj_1_4f8d9b.html", "original_outlet": "The Wall Street Journal Classroom Edition"},
 text=("TECH EXPLOSION: which stock index best represents the market now? By Greg Ip. Is the stock market too exuberant, or are the "
 "conventional views of the economy not exuberant enough? On Friday, Aug. 27, Federal Reserve Chairman Alan Greenspan once more voiced "
 "worry about the market's lofty level and signaled he would watch more closely how rising stock wealth feeds U.S. economic growth. "
 "Investors took that as a hint that the Fed's Aug. 24 interest-rate increase might not be the last of the year and pushed the Dow Jones "
 "Industrial Average down 108.28 points, or 1%, to 11090.17, after it had hit a record two days before Mr. Greenspan spoke. "
 "One school of thought, however, holds that the market has it right and the skeptics do not. The explosive rise of young, "
 "technology-intensive companies such as Microsoft, Cisco Systems and America Online into the ranks of the world's most valuable stocks "
 "may signal prosperity still to come rather than an overvalued market. Whether such companies have changed the nature of the market also "
 "bears on whether the Dow still represents it, since the 30-stock average contains none of the six biggest technology companies except "
 "International Business Machines, while three of the country's five largest stocks are Nasdaq companies."),
 claims=[
 C("DJI","weekday",["1999-08-27","Friday"],"date","Friday, Aug. 27","[str(is_session('DJI','1999-08-27')), weekday('1999-08-27')]","supported","date","1999-08-27 was a Friday and a session.", d="1999-08-27"),
 C("FEDFUNDS","rate_change_date","1999-08-24","date","Aug. 24 interest-rate increase","[fomc_on('1999-08-24'), rate_on('DFEDTAR','1999-08-23'), rate_on('DFEDTAR','1999-08-24')]","supported","fed","FOMC decision 1999-08-24 raised the target from 5.00 to 5.25.", d="1999-08-24"),
 C("DJI","daily_point_change",-108.28,"index_points","108.28 points","point_change('DJI','1999-08-27')","supported","2dp","11090.17 vs 11198.45.", d="1999-08-27"),
 C("DJI","daily_pct_change",-1,"percent","or 1%","pct_change('DJI','1999-08-27')","supported","int","-0.97% rounds to 1%.", d="1999-08-27"),
 C("DJI","close_level",11090.17,"index_points","to 11090.17","close('DJI','1999-08-27')","supported","level","Matches.", d="1999-08-27"),
 C("DJI","record_close_date","1999-08-25","date","hit a record two days before","record_before('DJI','1999-08-27')","supported","record","Record close 11326.04 on Wed 1999-08-25, two days before Friday's remarks.", d="1999-08-25"),
 C("GENERIC","index_member_count",30,"count","the 30-stock average",None,"not_checkable","N","Descriptive (the Dow has 30 members); no market figure to check."),
 C("GENERIC","largest_stocks_rank",[6,3,5],"count","three of the country's five largest stocks",None,"unverifiable","U","Company market values are not in the files (covers 'six biggest technology companies' too)."),
]))

P.append(dict(id="britannica_1999_yearinreview_1998_swings", published="1999-03", conf="medium",
 pnote="Britannica 'Economic Affairs: Year In Review 1998' (Book of the Year 1999, by Alina Tugend); the page gives no day, and the Book of the Year appears in the spring after the year it covers. The text covers calendar 1998; sessions checked: 1997-12-31, 1998-04-06, 1998-07-17, 1998-08-31, 1998-10-08, 1998-11-23, 1998-12-31.",
 source={"site": "britannica.com", "url": "http://www.britannica.com/EBchecked/topic/178404/Economic-Affairs-Year-In-Review-1998/92679/United-States", "original_outlet": "Encyclopaedia Britannica Book of the Year"},
 text=("United States. The American stock market was highly volatile in 1998, with broad swings in the averages: steep gains in the first half, "
 "a sharp third-quarter decline and a fourth-quarter recovery. In early October the market was gripped by near panic over whether shaky world "
 "financial markets would push stocks into a major bear market. On October 8 the Dow Jones Industrial Average (DJIA) fell to a point more than "
 "20% below its July peak, on the verge of what many analysts regard as the technical onset of a bear market. Six weeks later the Dow broke new "
 "records, passing the 9000 mark as it surged more than 16% in just over a month. For the year the DJIA ranged from a high of 9374 to a low of "
 "7539 and ended at 9181, up 16%. The Standard & Poor's 500 ranged from 1242 to 928 and finished at 1229, up 27%; the Nasdaq composite ran from "
 "2193 down to 1419 and ended at 2193, up 40%; the Russell 2000 ranged from 491 to 310 and closed at 422, down 3%. The DJIA itself began the year "
 "at 7908.25, rose steadily to the 9000 level by the beginning of April, dipped in June, climbed to 9337.97 in July and then slid back in August. "
 "On August 31 it fell 512.61 points, or 6.4%, to 7539.07, leaving the bellwether 4.7% below where it had started the year. In point terms that "
 "was the second largest decline in the Dow's history, trailing the 554-point drop in October 1997."),
 claims=[
 C("DJI","pct_below_peak",20,"percent","more than 20% below its July peak","pct_below('DJI','1998-10-08',9337.97,'low')","supported","more","Intraday low 7467.49 on 1998-10-08 is 20.03% below the 1998-07-17 record close 9337.97; the close (7731.91) was only 17.2% below.", q="more than", d="1998-10-08", b="intraday low", det="close basis 17.2%"),
 C("DJI","first_record_after",  "1998-11-23","date","Six weeks later the Dow broke new records","first_record_after('DJI','1998-10-08')","supported","date","First close above 9337.97 after Oct 8 is 1998-11-23 (9374.27), six weeks and four days later; 9000 was regained on 1998-11-16.", d="1998-11-23"),
 C("DJI","window_gain",16,"percent","more than 16% in just over a month",None,"unverifiable","U","Window not stated: from the Oct 8 close the Dow gained up to 18.5% by Nov 20, from the Aug 31 low more; no single window is given.", q="more than", w="just over a month"),
 C("DJI","year_high_close",9374,"index_points","high of 9374","year_high('DJI',1998)","supported","int","Highest 1998 close 9374.27 (1998-11-23).", d="1998-12-31", w="1998"),
 C("DJI","year_low_close",7539,"index_points","low of 7539","year_low('DJI',1998)","supported","int","Lowest 1998 close 7539.07 (1998-08-31); intraday low 7400.30.", d="1998-12-31", w="1998"),
 C("DJI","year_end_close",9181,"index_points","ended at 9181","year_end('DJI',1998)","supported","int","9181.43.", d="1998-12-31"),
 C("DJI","year_return",16,"percent","up 16%","year_return('DJI',1998)","supported","int","+16.10%.", d="1998-12-31", w="1998"),
 C("SPX","year_high_close",1242,"index_points","ranged from 1242","year_high('GSPC',1998)","supported","int","1241.81.", d="1998-12-31", w="1998"),
 C("SPX","year_low_close",928,"index_points","to 928","year_low('GSPC',1998)","supported","int","927.69 (1998-08-31).", d="1998-12-31", w="1998"),
 C("SPX","year_end_close",1229,"index_points","finished at 1229","year_end('GSPC',1998)","supported","int","1229.23.", d="1998-12-31"),
 C("SPX","year_return",27,"percent","up 27%","year_return('GSPC',1998)","supported","int","+26.67%.", d="1998-12-31", w="1998"),
 C("IXIC","year_high_close",2193,"index_points","ran from 2193","year_high('IXIC',1998)","supported","int","2192.69 on the last session.", d="1998-12-31", w="1998"),
 C("IXIC","year_low_close",1419,"index_points","down to 1419","year_low('IXIC',1998)","supported","int","1419.12.", d="1998-12-31", w="1998"),
 C("IXIC","year_end_close",2193,"index_points","ended at 2193","year_end('IXIC',1998)","supported","int","2192.69.", d="1998-12-31"),
 C("IXIC","year_return",40,"percent","up 40%","year_return('IXIC',1998)","supported","int","+39.63%.", d="1998-12-31", w="1998"),
 C("RUT","year_high_close",491,"index_points","ranged from 491","year_high('RUT',1998)","supported","int","491.41 (April 1998); intraday 492.28.", d="1998-12-31", w="1998"),
 C("RUT","year_low_close",310,"index_points","to 310","year_low('RUT',1998)","supported","int","310.28 (October 1998).", d="1998-12-31", w="1998"),
 C("RUT","year_end_close",422,"index_points","closed at 422","year_end('RUT',1998)","supported","int","421.96.", d="1998-12-31"),
 C("RUT","year_return",-3,"percent","down 3%","year_return('RUT',1998)","supported","int","-3.45%, which rounds to -3.", d="1998-12-31", w="1998"),
 C("DJI","prior_year_close",7908.25,"index_points","at 7908.25","close('DJI','1997-12-31')","supported","level","The file has 7908.30 (Yahoo rounding) against the official 7908.25; treated as a rounding difference of the data.", d="1997-12-31"),
 C("DJI","first_close_at_or_above_9000","1998-04","date","9000 level by the beginning of April","first_close_at_or_above('DJI',9000,'1997-12-31')","supported","date","First close above 9000 on 1998-04-06.", d="1998-04-06"),
 C("DJI","record_close",9337.97,"index_points","9337.97 in July","max_close_in_month('DJI','1998-07')","supported","level","Record close 9337.97 on 1998-07-17.", d="1998-07-17"),
 C("DJI","daily_point_change",-512.61,"index_points","512.61 points","point_change('DJI','1998-08-31')","supported","2dp","7539.07 vs 8051.68.", d="1998-08-31"),
 C("DJI","daily_pct_change",-6.4,"percent","or 6.4%","pct_change('DJI','1998-08-31')","supported","1dp","-6.37%.", d="1998-08-31"),
 C("DJI","close_level",7539.07,"index_points","to 7539.07","close('DJI','1998-08-31')","supported","level","Matches.", d="1998-08-31"),
 C("DJI","ytd",-4.7,"percent","4.7% below where it had started","ytd('DJI','1998-08-31')","supported","1dp","-4.67% from the 1997 close.", d="1998-08-31"),
 C("DJI","point_drop_rank",2,"rank","second largest decline","point_drop_rank('DJI','1998-08-31')","supported","int","Only 1997-10-27 (-554.20 in the file) was larger in points (file starts 1992; earlier drops were all smaller than 512 points).", d="1998-08-31"),
 C("DJI","previous_largest_point_drop",["1997-10",-554],"date,index_points","554-point drop in October 1997","biggest_point_drop_before('DJI','1998-08-31')","supported","date","1997-10-27, -554.20 in the file (official -554.26).", d="1997-10-27"),
]))

P.append(dict(id="witn_20060510_fed_five_percent", published="2006-05-10", conf="high",
 pnote="WITN (Greenville, N.C.) web story; the page is undated but describes the Wednesday quarter-point hike to 5 percent and a Dow close of 11,642; the files match Wed 2006-05-10 (FOMC decision, Dow 11642.65).",
 source={"site": "witn.com", "url": "http://www.witn.com/home/headlines/2779051.html", "original_outlet": "WITN"},
 text=("Federal Reserve Raises Key Interest Rate. The Federal Reserve on Wednesday pushed the federal funds rate up by a quarter point to "
 "five percent, its highest level in more than five years. Borrowers feel that increase in the rates they pay on loans. The central bank "
 "says the step is meant to head off inflation by cooling the pace of economic growth. The stock market, meanwhile, is doing very well. "
 "Reaction to the hike was mixed: stocks slipped briefly after the announcement and then bounced back. The Dow Jones could actually surpass "
 "its all time high of 11,722, reached back on January 14 of 2000. On Wednesday the Dow closed at 11,642, within striking distance of that "
 "mark, as traders weighed what the Fed's latest move means for borrowing costs and for corporate profits in the months ahead."),
 claims=[
 C("FEDFUNDS","rate_change_bp",25,"basis_points","by a quarter point","(rate_on('DFEDTAR','2006-05-10')-rate_on('DFEDTAR','2006-05-09'))*100","supported","fed","DFEDTAR 4.75 -> 5.00 on 2006-05-10 (FOMC decision day)."),
 C("FEDFUNDS","target_level",5.0,"percent","five percent, its","[fomc_on('2006-05-10'), rate_on('DFEDTAR','2006-05-10')]","supported","fed","New target 5.00%."),
 C("FEDFUNDS","highest_since_years",5,"years","more than five years","years_between(last_rate_at_least('DFEDTAR',5.0,'2006-05-10'),'2006-05-10')","supported","more","The target was last at 5% or higher on 2001-04-17 (cut to 4.5 on 2001-04-18): 5.06 years earlier.", q="more than"),
 C("DJI","record_close",11722,"index_points","all time high of 11,722","record_before('DJI','2006-05-10')","imprecise","trunc","Record close 11722.98 on 2000-01-14 rounds to 11,723; the text truncates. The date is right."),
 C("DJI","record_close_date","2000-01-14","date","January 14 of 2000","record_before('DJI','2006-05-10')[0]","supported","date","Record close set 2000-01-14."),
 C("DJI","close_level",11642,"index_points","closed at 11,642","close('DJI','2006-05-10')","imprecise","trunc","11642.65 rounds to 11,643; the text truncates."),
 C("DJI","forecast_record",None,"flag","could actually surpass",None,"not_checkable","N","Speculation about a future record; not an assertion of fact."),
]))

P.append(dict(id="portfolio_20071126_correction_late_selloff", published="2007-11-26", conf="exact",
 pnote="Portfolio.com staff item (bizjournals mirror) stamped 'November 26, 2007, 4:30pm EST' about that Monday's session.",
 source={"site": "upstart.bizjournals.com", "url": "http://upstart.bizjournals.com/news-markets/top-5/2007/11/26/Stock-Market-Correction.html", "original_outlet": "Portfolio.com"},
 text=("The Corrections. Stocks slid hard in late trading today, dragging the main market measures down 10 percent or more from their October "
 "highs, a pullback traditionally known as a market correction. Financial shares led the retreat, overwhelming some encouraging reports from "
 "retailers on the holiday shopping weekend. HSBC's decision to take two of its structured investment vehicles onto its books for an overhaul "
 "sharpened worries about how much exposure banks still have to subprime-linked investments. 'Fear of the unknown' about further write-downs "
 "is what bothers stock investors most, one strategist said in a note. Selling picked up once Citigroup fell below $30, its lowest value in "
 "five years; the bank ended down 6.2 percent, at $29.75, after CNBC reported it was preparing another big round of job cuts. The Standard & "
 "Poor's 500 Index sank 2.3 percent, wiping out its gains for the year. The Dow Jones industrial average fell 1.8 percent, and the Nasdaq "
 "composite index fell 2.1 percent."),
 claims=[
 C("SPX,DJI,IXIC","pct_below_october_high",10,"percent","10 percent or more from their October","[round(pct_below_month_high(t,'2007-11-26','2007-10'),2) for t in ('GSPC','DJI','IXIC')]","supported","more","S&P 500 10.09%, Dow 10.03%, Nasdaq 11.13% below their October closing highs (Oct 9, Oct 9, Oct 31).", q="or more"),
 C("C","stock_price_low_since",5,"years","lowest value in five years",None,"unverifiable","U","Single-stock prices are not in the files."),
 C("C","daily_pct_change",-6.2,"percent","6.2 percent",None,"unverifiable","U","Single-stock prices are not in the files."),
 C("C","close_price",29.75,"usd","$29.75",None,"unverifiable","U","Single-stock prices are not in the files."),
 C("SPX","daily_pct_change",-2.3,"percent","sank 2.3 percent","pct_change('GSPC','2007-11-26')","supported","1dp","-2.32%."),
 C("SPX","ytd_negative",True,"flag","wiping out its gains for the year","ytd('GSPC','2007-11-26')","supported","date","YTD -0.78% at the close (it had been +6.8% at the Oct 9 record)."),
 C("DJI","daily_pct_change",-1.8,"percent","fell 1.8 percent","pct_change('DJI','2007-11-26')","supported","1dp","-1.83%."),
 C("IXIC","daily_pct_change",-2.1,"percent","fell 2.1 percent","pct_change('IXIC','2007-11-26')","supported","1dp","-2.14%."),
]))

P.append(dict(id="forsal_201101_russell_doubles_spx_2010", published="2011-01", conf="medium",
 pnote="Forsal.pl (Polish business daily site) item based on Bloomberg data; the page gives no day but speaks of 'last year' (2010) and of 2011 forecasts, so it dates from January 2011. The text is an English condensed paraphrase of the Polish original.",
 source={"site": "forsal.pl", "url": "https://forsal.pl/artykuly/476087,indeks-malych-spolek-zyskal-w-2010-r-dwa-razy-wiecej-niz-sp-500.html", "original_outlet": "Forsal.pl (citing Bloomberg)"},
 text=("Small-company index gained twice as much as the S&P 500 in 2010. The Russell 2000 index beat last year's 13 percent rise in the S&P 500, "
 "climbing as much as 25 percent. The last time the two gauges diverged that widely was in 2003. Specialists at BlackRock and JPMorgan Funds "
 "read the numbers as very good news for the U.S. economy, because small firms lean more heavily than big corporations on domestic demand, "
 "which drives the country's growth. Smaller companies' profits last year rose five times as fast as those of the S&P 500 corporations: on "
 "average, Russell 2000 members earned 165 percent more than in 2009, while blue-chip profits increased 29 percent. Analysts surveyed by "
 "Bloomberg expect small companies to earn 80 percent more in 2011, and large ones 22 percent more than in 2010. Among the small stocks traded "
 "in New York, energy shares were especially popular, gaining 33 percent on average. Magnum Hunter Resources jumped 365 percent over the last "
 "12 months and Callon Petroleum returned 295 percent; by comparison Exxon Mobil, the world's largest oil producer, rose 7.2 percent."),
 claims=[
 C("SPX","year_return",13,"percent","13 percent rise","year_return('GSPC',2010)","supported","int","+12.78% in 2010 (price).", d="2010-12-31", w="2010"),
 C("RUT","year_return",25,"percent","as much as 25 percent","year_return('RUT',2010)","supported","int","+25.31% in 2010 (price).", q="as much as", d="2010-12-31", w="2010"),
 C("RUT,SPX","last_year_with_gap_as_wide",2003,"year","was in 2003","last_year_gap_at_least('RUT','GSPC',2010)","supported","since","2010 gap 12.53 pp; the last earlier year with a gap at least that wide is 2003 (45.37% vs 26.38%, 18.99 pp); 2004-2009 gaps were at most 8.0 pp.", d="2010-12-31"),
 C("RUT,SPX","relative_return_ratio",2,"ratio","twice as much as the S&P 500","year_return('RUT',2010)/year_return('GSPC',2010)","supported","about","25.31/12.78 = 1.98 (headline).", d="2010-12-31", w="2010"),
 C("RUT,SPX","earnings_growth_ratio",5,"ratio","five times as fast",None,"unverifiable","U","Earnings are not in the files.", w="2010"),
 C("RUT","earnings_growth",165,"percent","165 percent",None,"unverifiable","U","Earnings are not in the files.", w="2010"),
 C("SPX","earnings_growth",29,"percent","29 percent",None,"unverifiable","U","Earnings are not in the files.", w="2010"),
 C("RUT","earnings_growth_forecast",80,"percent","80 percent more",None,"forecast","F","Analysts' 2011 projection.", w="2011"),
 C("SPX","earnings_growth_forecast",22,"percent","22 percent more",None,"forecast","F","Analysts' 2011 projection.", w="2011"),
 C("RUT_SECTOR_ENERGY","year_return",33,"percent","33 percent on average",None,"unverifiable","U","Russell 2000 sector returns are not in the files.", w="2010"),
 C("MHR","return_12m",365,"percent","365 percent",None,"unverifiable","U","Single stocks are not in the files.", w="12 months"),
 C("CPE","return_12m",295,"percent","295 percent",None,"unverifiable","U","Single stocks are not in the files.", w="12 months"),
 C("XOM","return_12m",7.2,"percent","7.2 percent",None,"unverifiable","U","Single stocks are not in the files.", w="12 months"),
]))

P.append(dict(id="topgunfp_201102_russell_not_confirming", published="2011-02-08", conf="medium",
 pnote="Top Gun Financial Planning blog post, undated on the page; it compares the Russell and the S&P 500 'since January 18, 2011 - the last three weeks' with the Russell 'currently' at 809 and the S&P about 20 points above its Jan 27 closing high, which fits mid-session Tue 2011-02-08 (RUT range 805.35-813.69, S&P 1316.03-1324.87). Feb 7 also fits; the key uses Feb 8 and notes Feb 7.",
 source={"site": "topgunfp.com", "url": "https://www.topgunfp.com/russell-2000-not-confirming-new-sp-500-highs/trackback/", "original_outlet": "Top Gun Financial Planning (blog)"},
 text=("Russell 2000 Not Confirming New S&P 500 Highs. Compare the Russell 2000 index of small-cap stocks with the S&P 500 since the bull market "
 "began on March 9, 2009, and the small caps have clearly done better. Narrow the chart to the period since January 18, 2011, the last three "
 "weeks, and the picture flips: the Russell has lagged the S&P by 2% since the selloff on Wednesday January 19, 2011. While the S&P now sits "
 "about 20 points above its closing high from Thursday, January 27, the day before the Egypt selloff, the Russell, at 809, is only about a point "
 "above its bull-market closing high from Tuesday January 18. In other words, the S&P has broken out over the past week and today while the "
 "Russell has not; it is still pressing against resistance. Barron's technical columnist Michael Kahn flagged the same thing a couple of weeks "
 "ago under the headline 'Lagging Small Caps A Big Concern,' in his January 26, 2011 column."),
 claims=[
 C("RUT,SPX","relative_return_since",True,"flag","the small caps have clearly done better","[round(ret('RUT','2009-03-09','2011-02-08'),2), round(ret('GSPC','2009-03-09','2011-02-08'),2)]","supported","more","From the 2009-03-09 close to the 2011-02-08 close: Russell +137.0% vs S&P +95.8%.", w="since 2009-03-09"),
 C("RUT,SPX","relative_return",-2,"percentage_points","lagged the S&P by 2%","round(ret('RUT','2011-01-18','2011-02-08') - ret('GSPC','2011-01-18','2011-02-08'), 2)","supported","int","From the Jan 18 close: Russell +0.76% vs S&P +2.28% to the Feb 8 close (-1.52 pp); to Feb 7, -1.76 pp. Both round to 2.", w="since 2011-01-18"),
 C("RUT","daily_pct_change",None,"percent","selloff on Wednesday January 19","[weekday('2011-01-19'), round(pct_change('RUT','2011-01-19'),2)]","supported","date","2011-01-19 was a Wednesday; the Russell fell 2.56% and the S&P 1.01%.", d="2011-01-19"),
 C("SPX","points_above_prior_high",20,"index_points","about 20 points above","round(close('GSPC','2011-02-08') - max_close_in_month('GSPC','2011-01')[1], 2)","unverifiable","mid","Mid-session figure: Feb 8 range 1316.03-1324.87 is 16.5-25.3 points above 1299.54; inside the range. Close basis +25.03 (Feb 7 close: +19.51).", q="about", b="intraday", det="session range 1316.03-1324.87"),
 C("SPX","prior_closing_high_date","2011-01-27","date","closing high from Thursday, January 27","max_close_in_month('GSPC','2011-01')","supported","date","Highest S&P close before Jan 28 in this bull market: 1299.54 on Thu 2011-01-27 (the last record was far higher, in 2007; 'closing high' here means the bull-market high).", d="2011-01-27"),
 C("RUT","intraday_level",809,"index_points","at 809","session_range('RUT','2011-02-08')","unverifiable","mid","Mid-session level inside the Feb 8 range 805.35-813.69 (and Feb 7's 801.15-812.68).", b="intraday"),
 C("RUT","points_above_prior_high",1,"index_points","only about a point","round(809 - max_close_in_month('RUT','2011-01')[1], 2)","supported","about","Arithmetic on the stated 809 against the bull-market closing high 807.57: 1.43 points.", q="about", b="intraday"),
 C("RUT","prior_closing_high_date","2011-01-18","date","bull-market closing high from Tuesday January 18","max_close_in_month('RUT','2011-01')","imprecise","since","The highest close before February was 807.57 on Fri 2011-01-14; Tue Jan 18 closed at 807.56, 0.01 lower. A later date than the true one, by a hair: imprecise.", d="2011-01-18"),
 C("GENERIC","column_date","2011-01-26","date","January 26, 2011 column",None,"unverifiable","U","Publication dates of other articles are not in the files."),
]))

P.append(dict(id="laobserved_20121107_post_election_slide", published="2012-11-07", conf="exact",
 pnote="LA Observed business post dated November 2012 in its URL; it describes the Wednesday after the Nov 6 election; the files match Wed 2012-11-07 (Dow -312.95).",
 source={"site": "laobserved.com", "url": "http://laobserved.com/biz/2012/11/markets_get_whacked.php", "original_outlet": "LA Observed (quoting The Wall Street Journal)"},
 text=("Markets get whacked. It was the biggest one-day loss in a year as the Dow plunged 312 points and fell below the 12,000 level - and it came "
 "the day after the index gained a respectable 132 points. One kind of uncertainty, the election, was settled, but others took its place: chiefly "
 "the prospect of tax increases and spending cuts if Congress and the White House cannot agree on a budget package, along with worries about "
 "tougher financial regulation from the Obama administration and a still-struggling Europe. The Dow is still up almost 6 percent on the year, "
 "though the last month or so has been rocky. From the WSJ: in a report Wednesday, Fitch Ratings said that failing to avoid the fiscal cliff "
 "would tip the U.S. economy into an avoidable recession and push the unemployment rate above 10% in 2013, and that failure to raise the debt "
 "ceiling in time would likely result in a rating downgrade in 2013. Late-day remarks by House Speaker John Boehner suggesting openness to "
 "compromise did little to calm investors, and stocks sank further after he spoke."),
 claims=[
 C("DJI","loss_rank_window","1 year","window","biggest one-day loss in a year","last_move_as_big('DJI','2012-11-07','pts',down=True)","supported","since","The last Dow drop at least as large (points or percent) was 2011-11-09 (-389.24, -3.2%), just under a year earlier."),
 C("DJI","daily_point_change",-312,"index_points","plunged 312 points","point_change('DJI','2012-11-07')","imprecise","trunc","-312.95 rounds to 313; the text truncates."),
 C("DJI","level_crossed",12000,"index_points","fell below the 12,000 level","[close('DJI','2012-11-07'), close('DJI','2012-11-07','low')]","contradicted","level","File: close 12932.73, session low 12876.60 (2012-11-07); previous close 13245.68. The Dow fell below 13,000, not 12,000; it had last closed below 12,000 on 2011-12-19. Error of the original, kept."),
 C("DJI","daily_point_change",132,"index_points","a respectable 132 points","point_change('DJI','2012-11-06')","imprecise","int","Election day 2012-11-06: +133.24; off by 1.24 points (0.9%).", d="2012-11-06"),
 C("DJI","ytd",6,"percent","almost 6 percent on the year","ytd('DJI','2012-11-07')","supported","nearly","+5.85% from the 2011 close (12217.56).", q="almost"),
 C("US_UNEMPLOYMENT","forecast",10,"percent","above 10% in 2013",None,"forecast","F","Fitch projection under a fiscal-cliff scenario.", q="above"),
 C("US_RATING","forecast","2013","year","rating downgrade in 2013",None,"forecast","F","Conditional projection by Fitch."),
]))

P.append(dict(id="ibtimes_20121204_fiscal_cliff_quiet_close", published="2012-12-04", conf="exact",
 pnote="IBTimes video text on Dailymotion: 'U.S. stocks finished slightly lower in a quiet session on Tuesday (December 4)'; the files match Tue 2012-12-04.",
 source={"site": "dailymotion.com", "url": "http://www.dailymotion.com/video/xvm5ol_u-s-stocks-close-down-amid-fiscal-cliff-talks_news", "original_outlet": "IBTimes (Reuters copy)"},
 text=("U.S. Stocks Close Down Amid 'Fiscal Cliff' Talks. U.S. stocks ended slightly lower in a quiet session on Tuesday (December 4) as the "
 "back-and-forth over the 'fiscal cliff' gave investors little reason to act. Volume was light while lawmakers kept negotiating to avert the "
 "tax increases and spending cuts that could push the economy into recession: just 5.86 billion shares traded on the New York Stock Exchange, "
 "the Nasdaq and the NYSE MKT, below the year's daily average of 6.48 billion. A key gauge of anxiety stayed subdued. The CBOE Volatility "
 "Index, or VIX, was at 17.13, up 2.9 percent; it has not traded above 20 since July. Hopes for progress were dented when President Barack Obama "
 "rejected a Republican proposal as 'out of balance' and insisted that any deal raise income tax rates on the wealthiest Americans. Health care, "
 "a defensive group, was among the S&P 500's best sectors. The Dow Jones industrial average fell 13.82 points, or 0.11 percent, to 12,951.78 at "
 "the close. The Standard & Poor's 500 Index dipped 2.41 points, or 0.17 percent, to 1,407.05. The Nasdaq Composite Index shed 5.51 points, or "
 "0.18 percent, to close at 2,996.69."),
 claims=[
 C("DJI","weekday",["2012-12-04","Tuesday"],"date","Tuesday (December 4)","weekday('2012-12-04')","supported","date","2012-12-04 was a Tuesday session."),
 C("NYSE","volume",5.86,"billion_shares","5.86 billion",None,"unverifiable","U","Consolidated volume is not in the files."),
 C("NYSE","average_volume",6.48,"billion_shares","6.48 billion",None,"unverifiable","U","Consolidated volume is not in the files."),
 C("VIX","close_level",17.13,"index_points","17.13","close('VIX','2012-12-04')","supported","2dp","CBOE close 17.12; within 0.025 (the report may quote a late print)."),
 C("VIX","daily_pct_change",2.9,"percent","up 2.9 percent","pct_change('VIX','2012-12-04')","supported","1dp","17.12 vs 16.64: +2.88%."),
 C("VIX","last_above_level","2012-07","date","has not traded above 20 since July","last_above('VIX',20,'2012-12-05','high')","supported","since","Last session with an intraday high above 20: 2012-07-25 (high 20.67); none from August to Dec 4."),
 C("DJI","daily_point_change",-13.82,"index_points","13.82 points","point_change('DJI','2012-12-04')","supported","2dp","12951.78 vs 12965.60."),
 C("DJI","daily_pct_change",-0.11,"percent","0.11 percent","pct_change('DJI','2012-12-04')","supported","2dp","-0.107%."),
 C("DJI","close_level",12951.78,"index_points","12,951.78","close('DJI','2012-12-04')","supported","level","Matches."),
 C("SPX","daily_point_change",-2.41,"index_points","2.41 points","point_change('GSPC','2012-12-04')","supported","2dp","1407.05 vs 1409.46."),
 C("SPX","daily_pct_change",-0.17,"percent","0.17 percent","pct_change('GSPC','2012-12-04')","supported","2dp","-0.171%."),
 C("SPX","close_level",1407.05,"index_points","1,407.05","close('GSPC','2012-12-04')","supported","level","Matches."),
 C("IXIC","daily_point_change",-5.51,"index_points","5.51 points","point_change('IXIC','2012-12-04')","supported","2dp","2996.69 vs 3002.20."),
 C("IXIC","daily_pct_change",-0.18,"percent","0.18 percent","pct_change('IXIC','2012-12-04')","supported","2dp","-0.184%."),
 C("IXIC","close_level",2996.69,"index_points","2,996.69","close('IXIC','2012-12-04')","supported","level","Matches."),
]))

P.append(dict(id="thehill_20121231_fiscal_cliff_deal_rally", published="2012-12-31", conf="high",
 pnote="The Hill finance item (story 275035) about 'the final day of trading in 2012'; the files match Mon 2012-12-31.",
 source={"site": "thehill.com", "url": "http://thehill.com/policy/finance/275035-stocks-rally-with-fiscal-cliff-deal-in-sight", "original_outlet": "The Hill"},
 text=("Stocks rally with 'fiscal cliff' deal in sight. Major U.S. stock markets jumped Monday as it looked as if Washington policymakers were "
 "closing in on a deal to avoid the 'fiscal cliff.' The Dow Jones Industrial Average ended the final day of trading in 2012 up 167 points, or "
 "1.3 percent. The S&P 500 and NASDAQ both posted gains of more than 1.5 percent on reports that a deal was near. Markets will be closed Tuesday "
 "for the New Year's Day holiday. Stocks dipped steeply in the first moments of trading Monday as investors digested a weekend of fitful talks "
 "on Capitol Hill, but the Dow's roughly 50-point loss was erased minutes later, and the market swung between gains and losses for a few hours. "
 "It jumped when the White House said President Obama would address the issue and climbed after Senate Minority Leader Mitch McConnell said the "
 "two sides had agreed on taxes. Stocks have swung on cliff headlines before: they tumbled on Dec. 21, after Speaker John Boehner scrapped a vote "
 "on his alternative tax plan. Past standoffs were rougher. The Dow famously plunged 777 points after the House rejected a financial bailout "
 "package in 2008."),
 claims=[
 C("DJI","last_session_of_year",True,"flag","final day of trading in 2012","year_end('DJI',2012) == close('DJI','2012-12-31')","supported","date","2012-12-31 is the last 2012 row."),
 C("DJI","daily_point_change",167,"index_points","up 167 points","point_change('DJI','2012-12-31')","imprecise","int","+166.03; off by 0.97 point (the 4 p.m. print may have been higher)."),
 C("DJI","daily_pct_change",1.3,"percent","1.3 percent","pct_change('DJI','2012-12-31')","supported","1dp","+1.28%."),
 C("SPX,IXIC","daily_pct_change",1.5,"percent","gains of more than 1.5 percent","[round(pct_change('GSPC','2012-12-31'),2), round(pct_change('IXIC','2012-12-31'),2)]","supported","more","S&P 500 +1.69%, Nasdaq +2.00%.", q="more than"),
 C("DJI","market_closed",False,"flag","closed Tuesday for the New Year's Day holiday","is_session('DJI','2013-01-01')","supported","date","No row for Tue 2013-01-01.", d="2013-01-01"),
 C("DJI","intraday_point_change",-50,"index_points","roughly 50-point loss","intraday_change('DJI','2012-12-31','low')","supported","about","Session low 12883.89 vs 12938.11: -54.22; 'roughly 50' allows 40-60.", q="roughly", b="intraday low"),
 C("DJI","daily_move_sign",None,"flag","tumbled on Dec. 21","[round(pct_change('DJI','2012-12-21'),2), round(pct_change('GSPC','2012-12-21'),2)]","supported","date","Fri 2012-12-21: Dow -0.91% (-120.88 points), S&P -0.94%.", d="2012-12-21"),
 C("DJI","daily_point_change",-777,"index_points","plunged 777 points","point_change('DJI','2008-09-29')","imprecise","trunc","2008-09-29: -777.68, which rounds to 778; the text truncates the famous figure.", d="2008-09-29"),
]))

P.append(dict(id="pri_20130101_stocks_finish_2012_higher", published="2013-01-01", conf="exact",
 pnote="PRI/GlobalPost story dated 2013-01-01 in its URL about 'the last trading day of 2012', Mon 2012-12-31 (New Year's Day was a holiday).",
 source={"site": "pri.org", "url": "http://www.pri.org/stories/2013-01-01/us-stocks-finish-higher-2012", "original_outlet": "GlobalPost (citing Reuters)"},
 text=("US stocks finish higher for 2012. U.S. stocks closed out 2012 above where they began the year, lifted by their strongest day in more than a "
 "month, Reuters reported. On the last trading day of the year, the Dow Jones industrial average rose 166.03 points, or 1.28 percent, to finish at "
 "13,104.14. The Standard & Poor's 500 Index added 23.76 points, or 1.69 percent, to close at 1,426.19, and the Nasdaq Composite Index gained 59.20 "
 "points, or 2 percent, to 3,019.51. For the year the Dow ended 7.3 percent higher, the Nasdaq advanced 15.9 percent and the S&P 500 gained 13.4 "
 "percent. Financials were the S&P's best-performing industry group in 2012, up more than 26 percent. Stocks rallied after Sen. Mitch McConnell "
 "said congressional leaders were 'very, very close' to a deal to prevent tax increases, and President Barack Obama's mid-afternoon remarks "
 "reassured investors that an agreement was near. Joe Heider of Rehmann Financial said markets had priced in a last-minute fix, but if no deal "
 "came by midnight, stock markets would likely decline by a few percentage points on Wednesday."),
 claims=[
 C("SPX","best_day_since","more than a month","window","strongest day in more than a month","last_move_as_big('GSPC','2012-12-31','pct',down=False)","supported","since","S&P 500 +1.69%: the last bigger daily gain was 2012-11-19 (+1.99%), six weeks earlier (Dow: 2012-11-23).", d="2012-12-31", det="Dow: last bigger gain 2012-11-23"),
 C("DJI","daily_point_change",166.03,"index_points","166.03 points","point_change('DJI','2012-12-31')","supported","2dp","13104.14 vs 12938.11.", d="2012-12-31"),
 C("DJI","daily_pct_change",1.28,"percent","1.28 percent","pct_change('DJI','2012-12-31')","supported","2dp","+1.283%.", d="2012-12-31"),
 C("DJI","close_level",13104.14,"index_points","13,104.14","close('DJI','2012-12-31')","supported","level","Matches.", d="2012-12-31"),
 C("SPX","daily_point_change",23.76,"index_points","23.76 points","point_change('GSPC','2012-12-31')","supported","2dp","1426.19 vs 1402.43.", d="2012-12-31"),
 C("SPX","daily_pct_change",1.69,"percent","1.69 percent","pct_change('GSPC','2012-12-31')","supported","2dp","+1.694%.", d="2012-12-31"),
 C("SPX","close_level",1426.19,"index_points","1,426.19","close('GSPC','2012-12-31')","supported","level","Matches.", d="2012-12-31"),
 C("IXIC","daily_point_change",59.20,"index_points","59.20","point_change('IXIC','2012-12-31')","supported","2dp","3019.51 vs 2960.31.", d="2012-12-31"),
 C("IXIC","daily_pct_change",2,"percent","or 2 percent","pct_change('IXIC','2012-12-31')","supported","int","+2.00%.", d="2012-12-31"),
 C("IXIC","close_level",3019.51,"index_points","3,019.51","close('IXIC','2012-12-31')","supported","level","Matches.", d="2012-12-31"),
 C("DJI","year_return",7.3,"percent","7.3 percent higher","year_return('DJI',2012)","supported","1dp","+7.26%.", d="2012-12-31", w="2012"),
 C("IXIC","year_return",15.9,"percent","15.9 percent","year_return('IXIC',2012)","supported","1dp","+15.91%.", d="2012-12-31", w="2012"),
 C("SPX","year_return",13.4,"percent","gained 13.4","year_return('GSPC',2012)","supported","1dp","+13.41%.", d="2012-12-31", w="2012"),
 C("SPX_FINANCIALS","year_return",26,"percent","more than 26 percent",None,"unverifiable","U","S&P 500 sector indexes are not in the files (XLF has only adj_close before 2026-03 and is a proxy that never decides).", q="more than", w="2012"),
 C("QUOTE","conditional_decline",None,"percent","a few percentage points",None,"not_checkable","N","Conditional forecast in a quote ('if a deal isn't reached')."),
]))

P.append(dict(id="bobsguide_20040702_large_caps_edge_small_q2", published="2004-07-02", conf="exact",
 pnote="Russell Investment Group announcement republished by bobsguide with the date 2004/07/02 in its URL; it covers the second quarter of 2004 (to Wed 2004-06-30).",
 source={"site": "bobsguide.com", "url": "https://www.bobsguide.com/2004/07/02/large-caps-beat-small-caps-in-2nd-quarter-financial-services-sector-lags-behind-all-others/", "original_outlet": "Russell Investment Group (press release)"},
 text=("TACOMA, Wash. - Large-cap stocks edged past small caps in the second quarter for the first time in five quarters, though the gap between the "
 "small-cap Russell 2000 Index and the large-cap Russell 1000 Index was less than one percentage point. 'Large caps didn't set off any fireworks "
 "this quarter, but at long last they fared better than small caps,' said Dave Hintz, a senior research analyst at Russell. Over all, Russell's "
 "family of indexes had a slightly positive quarter, with the broad-market Russell 3000 Index inching up 1.3%. The other indexes, which track "
 "different market segments, were bunched closely: the best, the Russell Top 200 Growth Index, gained 2.2%, while the worst, the Russell Small Cap "
 "Completeness Value Index, shed just 0.1%. The two had swapped places since the first quarter, when the small-cap value index (6.9%) gained the "
 "most of any Russell index. Financial services weighed on every index, losing 2.3% in the Russell 3000 and ending the quarter as the worst-"
 "performing sector, one of only three in negative territory. In the first quarter, by contrast, financial services in the small-cap index gained "
 "7.5%, ahead of the other 11 sectors."),
 claims=[
 C("RUT,RUSSELL1000","relative_quarter_streak",5,"quarters","for the first time in five quarters","[round(ret('RUT','2004-03-31','2004-06-30'),2), round(ret('GSPC','2004-03-31','2004-06-30'),2)]","unverifiable","U","The Russell 1000 (total return) is not in the files. Price proxies agree: Q2 2004 RUT +0.20% vs S&P 500 +1.30%, and RUT beat the S&P in each of the four quarters before (Q2 2003-Q1 2004) but not in Q1 2003.", d="2004-06-30", w="2004Q2", det="proxy Q1 2003: RUT -4.84 vs S&P -3.60"),
 C("RUT,RUSSELL1000","return_gap",1,"percentage_points","less than one percentage point",None,"unverifiable","U","Russell 1000 not in the files; the price proxy gap RUT vs S&P 500 is 1.10 pp, but the claim is about Russell total returns.", q="less than", d="2004-06-30", w="2004Q2"),
 C("RUSSELL3000","quarter_return",1.3,"percent","inching up 1.3%",None,"unverifiable","U","Russell 3000 not in the files.", w="2004Q2"),
 C("RUSSELL_TOP200_GROWTH","quarter_return",2.2,"percent","gained 2.2%",None,"unverifiable","U","Not in the files.", w="2004Q2"),
 C("RUSSELL_SMALL_COMPLETENESS_VALUE","quarter_return",-0.1,"percent","shed just 0.1%",None,"unverifiable","U","Not in the files.", w="2004Q2"),
 C("RUSSELL_SMALL_COMPLETENESS_VALUE","quarter_return",6.9,"percent","(6.9%)",None,"unverifiable","U","Not in the files.", w="2004Q1"),
 C("RUSSELL3000_FINANCIALS","quarter_return",-2.3,"percent","losing 2.3%",None,"unverifiable","U","Sector returns not in the files.", w="2004Q2"),
 C("RUSSELL3000_SECTORS","negative_sector_count",3,"count","one of only three",None,"unverifiable","U","Sector returns not in the files.", w="2004Q2"),
 C("RUT_FINANCIALS","quarter_return",7.5,"percent","gained 7.5%",None,"unverifiable","U","Sector returns not in the files.", w="2004Q1"),
 C("GENERIC","sector_count",11,"count","the other 11 sectors",None,"not_checkable","N","Count of sectors in Russell's scheme (12); descriptive."),
]))

# extra claims appended to passages defined above
_by = {p["id"]: p for p in P}
_by["topgunfp_201102_russell_not_confirming"]["claims"].insert(2,
 C("RUT","window_sessions",15,"sessions","the last three weeks","len(col('RUT')['2011-01-19':'2011-02-08'])","supported","int","Jan 18 close to Feb 8: 15 sessions, three calendar weeks.", w="2011-01-18 to 2011-02-08"))
_b = _by["britannica_1999_yearinreview_1998_swings"]["claims"]
_b.insert(2, C("DJI","first_close_at_or_above_9000_after","1998-11","date","passing the 9000 mark","first_close_at_or_above('DJI',9000,'1998-10-08')","supported","date","Back above 9000 on 1998-11-16 (first close at or above 9000 after Oct 8).", d="1998-11-16"))
_b.append(C("DJI","month_low_below_prior_month_end",True,"flag","dipped in June","[year_low('DJI','1998-06'), close('DJI','1998-05-29')]","supported","date","Lowest June close 8627.93 vs the May 29 close 8899.95.", d="1998-06-30", w="1998-06"))
_b.append(C("DJI","month_return",None,"percent","slid back in August","ret('DJI','1998-07-31','1998-08-31')","supported","date","August 1998: -15.13% from the July 31 close.", d="1998-08-31", w="1998-08"))
_by["pri_20130101_stocks_finish_2012_higher"]["claims"].insert(1,
 C("DJI","last_session_of_year",True,"flag","last trading day of the year","year_end('DJI',2012) == close('DJI','2012-12-31')","supported","date","2012-12-31 is the last 2012 session; Jan 1 was a holiday.", d="2012-12-31"))
_by["witn_20060510_fed_five_percent"]["claims"].insert(0,
 C("FEDFUNDS","decision_weekday",["2006-05-10","Wednesday"],"date","The Federal Reserve on Wednesday","[fomc_on('2006-05-10'), weekday('2006-05-10')]","supported","date","FOMC decision on Wed 2006-05-10."))
