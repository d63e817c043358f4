# Passages 2002-2014. C is injected by build.py.
PASSAGES = [
dict(
 id="ap_20020505_small_caps_booming",
 source={"site": "si.frajer.net", "url": "https://si.frajer.net/readreplies.aspx?msgid=17424895&subjectid=15003", "original_outlet": "Associated Press"},
 published="2002-05-05", published_confidence="exact",
 published_note="the forum post (5/5/2002) quotes an AP story datelined 'May 5, 2002 NEW YORK'; a Sunday, so the year-to-date figures are through Friday 2002-05-03.",
 text=("NEW YORK - Cobalt Corp., Boyd Gaming, Brookline Bancorp: plenty of investors have never heard of them, but their "
       "shareholders have had a very lucrative 2002, as the three rank among the year's best performers in a booming corner of "
       "the market, small-caps. The Russell 2000 index, which follows the stocks of smaller companies, is up 4.9 percent for the "
       "year, while the barometers of bigger companies show losses: the Nasdaq composite index is off 17.3 percent, the Dow Jones "
       "industrials have lost 0.2 percent and the Standard & Poor's 500 index is down 6.5 percent. The numbers fit a decades-old "
       "pattern in which small and big stocks rise and fall in opposing cycles, and analysts say that if history is any guide, "
       "small stocks will likely outperform their bigger counterparts for at least a few more years. \"This is a rotation that's "
       "been under way for about three years now, and the average length of most of these cycles is about five years,\" said "
       "Satya D. Pradhuman, chief small-cap strategist at Merrill Lynch. The average market cap of a Russell 2000 company is $530 million."),
 claims=[
  C("RUT", "ytd_return", 4.9, "pct", "2002-05-03", "up 4.9 percent", "ytd_pct('RUT','2002-05-03')", 2, "p1", window="ytd", note="Through Friday 2002-05-03 (story of Sunday May 5): +4.88%."),
  C("IXIC", "ytd_return", -17.3, "pct", "2002-05-03", "off 17.3 percent", "ytd_pct('IXIC','2002-05-03')", 2, "p1", window="ytd", note="-17.30% through 2002-05-03."),
  C("DJI", "ytd_return", -0.2, "pct", "2002-05-03", "lost 0.2 percent", "ytd_pct('DJI','2002-05-03')", 2, "p1", window="ytd", note="-0.15% through 2002-05-03; within tolerance of -0.2."),
  C("SPX", "ytd_return", -6.5, "pct", "2002-05-03", "down 6.5 percent", "ytd_pct('SPX','2002-05-03')", 2, "p1", window="ytd", note="-6.50% through 2002-05-03."),
  C("GENERIC", "outperformance_forecast", None, None, None, "will likely outperform", verdict="forecast", kind="forecast", basis=None, note="Analysts' projection that small caps keep beating large caps for a few more years."),
  C("QUOTE", "rotation_length", 3, "years", None, "about three years now", verdict="not_checkable", kind="not_checkable", qual="about", basis=None, note="Quoted strategist's view of a small-cap rotation cycle; not a market figure the files decide."),
  C("QUOTE", "average_cycle_length", 5, "years", None, "about five years", verdict="not_checkable", kind="not_checkable", qual="about", basis=None, note="Quoted rule of thumb about cycle lengths."),
  C("RUT", "average_market_cap", 530, "usd_millions", "2002-05-03", "$530 million", verdict="unverifiable", kind="unverifiable", basis=None, note="Constituent market values are not in the files."),
 ]),
dict(
 id="etfcom_20040406_small_caps_q1_wrap",
 source={"site": "etf.com", "url": "https://www.etf.com/sections/features/134.html", "original_outlet": "etf.com (Russell Investment Group release)"},
 published="2004-04-06", published_confidence="exact",
 published_note="dated April 06, 2004 on the page; the quarter ends 2004-03-31 and the 'about a year ago' low is dated in the text.",
 text=("April 06, 2004 - Russell's first-quarter wrap: small-cap stocks kept outrunning other styles, and the gap between the small "
       "cap Russell 2000 Index (6.3%) and the large cap Russell 1000 Index (1.9%) widened to 4.4 percentage points for the quarter, "
       "from only 2.2 points in the fourth quarter of 2003. Small and mid caps have led large caps for four consecutive quarters, "
       "senior research analyst Dave Hintz said. The broad market Russell 3000 Index inched up 2.2%. Worries over terrorism, the "
       "economy and rising oil prices seemed to cool enthusiasm after a strong start in January, Hintz added. The Russell 2000 has "
       "surged 73% since hitting a low about a year ago (March 11, 2003), while the Russell 1000 has gained 44% over the same period."),
 claims=[
  C("RUT", "quarter_return", 6.3, "pct", "2004-03-31", "Russell 2000 Index (6.3%)", "between_pct('RUT','2003-12-31','2004-03-31')", 2, window="2004-Q1", verdict="unverifiable", kind="unverifiable", basis="total return", note="Russell's quarterly figures are total returns; the file holds the price index, which gained 6.00% in Q1 2004 (the 0.3-point difference is about the dividend yield). A total-return figure cannot be checked on a price series."),
  C("RUSSELL1000", "quarter_return", 1.9, "pct", "2004-03-31", "Russell 1000 Index (1.9%)", verdict="unverifiable", kind="unverifiable", basis="total return", note="The Russell 1000 is not in the files (S&P 500 price Q1 2004: +1.29%, a proxy only)."),
  C("RUT_VS_RUSSELL1000", "quarter_return_gap", 4.4, "pp", "2004-03-31", "4.4 percentage points", verdict="unverifiable", kind="unverifiable", note="Needs the Russell 1000."),
  C("RUT_VS_RUSSELL1000", "quarter_return_gap", 2.2, "pp", "2003-12-31", "2.2 points", verdict="unverifiable", kind="unverifiable", window="2003-Q4", note="Needs the Russell 1000."),
  C("RUSSELL3000", "quarter_return", 2.2, "pct", "2004-03-31", "inched up 2.2%", verdict="unverifiable", kind="unverifiable", note="The Russell 3000 is not in the files."),
  C("RUT", "low_date", "2003-03-11", "date", "2003-03-11", "March 11, 2003", "trough('RUT','2003-01-01','2003-06-30')", 2, kind="eq", verdict="imprecise", note="The lowest 2003 close in the file is 2003-03-12 (345.94); March 11 closed at 347.03, 0.3% higher. Russell's statement probably refers to its total-return index or to an intraday low; on closes the stated date is off by one session."),
  C("RUT", "return_since_low", 73, "pct", "2004-03-31", "surged 73%", "between_pct('RUT','2003-03-11','2004-03-31')", 2, window="2003-03-11..2004-03-31", verdict="unverifiable", kind="unverifiable", basis="total return", note="Price index from the 2003-03-11 close to the quarter end: +70.10% (from the 03-12 low: +70.64%; to the 04-05 close: +74.74%). The release uses Russell's total-return series, so the figure is not checkable on the price file; the price change falls short by about 3 points, which dividends do not fully explain, so the end date is probably later than 03-31."),
  C("RUSSELL1000", "return_since_low", 44, "pct", "2004-03-31", "gained 44%", verdict="unverifiable", kind="unverifiable", note="The Russell 1000 is not in the files."),
 ]),
dict(
 id="ap_20070918_fed_half_point_cut",
 source={"site": "vcstar.com", "url": "http://www.vcstar.com/business/stocks-soar-as-market-reacts-to-drop-in-rates", "original_outlet": "Associated Press"},
 published="2007-09-18", published_confidence="high",
 published_note="AP closing story; the Fed's half-point cut to 4.75% was announced Tuesday 2007-09-18 (FOMC_meetings.csv, DFEDTAR changes that day). The page shows no date.",
 text=("NEW YORK (AP) - Wall Street barreled higher Tuesday after the Federal Reserve cut its benchmark rate by a larger-than-expected "
       "half percentage point, and the Dow Jones industrial average surged 335 points, its biggest one-day point jump in nearly "
       "five years. The Fed lowered the fed funds rate to 4.75 percent after holding it steady for more than a year; it had not "
       "lowered the rate since 2003. The Dow soared 335.97, or 2.51 percent, to 13,739.39. The last time it rose more than 300 "
       "points in a session was Oct. 15, 2002, when it gained 378 points, and Tuesday's percent increase was the biggest since "
       "April 2, 2003. The blue-chip index now sits only about 1.9 percent below its record close of 14,000.41, reached in "
       "mid-July. The Standard & Poor's 500 index rose 43.13, or 2.92 percent, to 1,519.78, and the Nasdaq composite index "
       "gained 70.00, or 2.71 percent, to 2,651.66; both had their largest point gains since July 29, 2002. Small-cap stocks, "
       "badly beaten during the summer turmoil, shot higher: the Russell 2000 index surged 30.82, or 3.97 percent, to 806.63, "
       "its largest percentage gain since July 29, 2002. The yield on the benchmark 10-year Treasury note finished at 4.47 "
       "percent, the same as late Monday."),
 claims=[
  C("FEDFUNDS", "target_rate", 4.75, "pct", "2007-09-18", "4.75 percent", "fed_range('2007-09-18')", 2, kind="fed", verdict="supported", note="DFEDTAR 5.25 -> 4.75 effective 2007-09-18, the decision day (FOMC_meetings.csv)."),
  C("FEDFUNDS", "months_without_change", 12, "months", "2007-09-18", "more than a year", "fed_changes('2006-01-01','2007-09-18')", 2, kind="fed", qual="more than", verdict="supported", note="Previous change 2006-06-29 (hike to 5.25), about 14.5 months earlier."),
  C("FEDFUNDS", "last_cut_year", 2003, "year", "2007-09-18", "since 2003", "last_fed_cut_before('2007-09-18')", 2, kind="fed", verdict="supported", note="Last cut before this one: 2003-06-25 (to 1.00%)."),
  C("DJI", "daily_point_change", 335.97, "index_points", "2007-09-18", "335.97", "chg('DJI','2007-09-18')", 2, "p2"),
  C("DJI", "daily_pct_change", 2.51, "pct", "2007-09-18", "2.51 percent", "pct('DJI','2007-09-18')", 3, "p2"),
  C("DJI", "close_level", 13739.39, "index_points", "2007-09-18", "13,739.39", "val('DJI','2007-09-18')", 2, "lvl2"),
  C("DJI", "daily_point_change", 335, "index_points", "2007-09-18", "surged 335 points", "chg('DJI','2007-09-18')", 2, "int", verdict="imprecise", note="335.97 rounds to 336; the lead truncates (the exact figure follows in the text)."),
  C("DJI", "biggest_point_gain_since", "2002-10-15", "date", "2007-09-18", "Oct. 15, 2002", "last_move_beyond('DJI','2007-09-18','pts',False)", 2, kind="date", verdict="supported", note="Last earlier day with a point gain >= 335.97: 2002-10-15 (+378.28). 'Nearly five years' also fits (4 years 11 months)."),
  C("DJI", "daily_point_change", 378, "index_points", "2002-10-15", "378 points", "chg('DJI','2002-10-15')", 2, "int", note="2002-10-15: +378.28."),
  C("DJI", "biggest_pct_gain_since", "2003-04-02", "date", "2007-09-18", "April 2, 2003", "last_move_beyond('DJI','2007-09-18','pct',False)", 2, kind="date", verdict="supported", note="Last earlier day with a gain >= 2.51%: 2003-04-02 (+2.67%)."),
  C("DJI", "pct_from_record", 1.9, "pct", "2007-09-18", "about 1.9 percent below", "below_peak_pct('DJI','2007-09-18')", 2, "p1", qual="about", note="Record close 14,000.41 on 2007-07-19; 1.86% below."),
  C("DJI", "record_close", 14000.41, "index_points", "2007-07-19", "14,000.41", "peak_before('DJI','2007-09-18')", 2, "lvl2", use=14000.41, note="Record close 2007-07-19, 14,000.41 ('mid-July')."),
  C("SPX", "daily_point_change", 43.13, "index_points", "2007-09-18", "43.13", "chg('SPX','2007-09-18')", 2, "p2"),
  C("SPX", "daily_pct_change", 2.92, "pct", "2007-09-18", "2.92 percent", "pct('SPX','2007-09-18')", 3, "p2"),
  C("SPX", "close_level", 1519.78, "index_points", "2007-09-18", "1,519.78", "val('SPX','2007-09-18')", 2, "lvl2"),
  C("IXIC", "daily_point_change", 70.00, "index_points", "2007-09-18", "70.00", "chg('IXIC','2007-09-18')", 2, "p2"),
  C("IXIC", "daily_pct_change", 2.71, "pct", "2007-09-18", "2.71 percent", "pct('IXIC','2007-09-18')", 3, "p2"),
  C("IXIC", "close_level", 2651.66, "index_points", "2007-09-18", "2,651.66", "val('IXIC','2007-09-18')", 2, "lvl2"),
  C("SPX", "biggest_point_gain_since", "2002-07-29", "date", "2007-09-18", "largest point gains since July 29, 2002", "[last_move_beyond('SPX','2007-09-18','pts',False), last_move_beyond('IXIC','2007-09-18','pts',False)]", 2, kind="date", verdict="supported", note="Both the S&P 500 (+43.13) and the Nasdaq (+70.00): last bigger point gain 2002-07-29."),
  C("RUT", "daily_point_change", 30.82, "index_points", "2007-09-18", "30.82", "chg('RUT','2007-09-18')", 2, "p2"),
  C("RUT", "daily_pct_change", 3.97, "pct", "2007-09-18", "3.97 percent", "pct('RUT','2007-09-18')", 3, "p2"),
  C("RUT", "close_level", 806.63, "index_points", "2007-09-18", "806.63", "val('RUT','2007-09-18')", 2, "lvl2"),
  C("RUT", "biggest_pct_gain_since", "2002-07-29", "date", "2007-09-18", "largest percentage gain since July 29, 2002", "last_move_beyond('RUT','2007-09-18','pct',False)", 2, kind="date", verdict="contradicted", note="The Russell rose 4.04% on 2002-10-15, more than the 3.97% of 2007-09-18, so the last bigger gain is 2002-10-15; the stated July 29, 2002 is earlier than the true date (it is the S&P/Nasdaq date reused)."),
  C("US10Y", "yield_level", 4.47, "pct", "2007-09-18", "4.47", "rate('DGS10','2007-09-18')", 2, verdict="imprecise", kind="yield", note="FRED's end-of-day constant-maturity 10-year yield for 2007-09-18 is 4.50% (4.48% on Monday). AP quotes the late-trading market yield; 0.03 off the FRED value."),
  C("US10Y", "yield_change", 0.0, "pct_points", "2007-09-18", "the same as late Monday", "rate('DGS10','2007-09-18') - rate('DGS10','2007-09-17')", 2, kind="yield", verdict="imprecise", note="FRED: 4.48 -> 4.50, up 2 basis points, not unchanged; a small difference of basis (late quote vs constant maturity)."),
 ]),
dict(
 id="bloomberg_20080117_rut_bear_market",
 source={"site": "abovetopsecret.com", "url": "https://abovetopsecret.com/forum/thread327608/pg1", "original_outlet": "Bloomberg"},
 published="2008-01-17", published_confidence="exact",
 published_note="the quoted Bloomberg story is datelined 'Jan. 17 (Bloomberg)'; Thursday 2008-01-17 is a trading day and its closes match.",
 text=("Jan. 17 (Bloomberg) -- Small U.S. companies fell, driving the Russell 2000 Index into its first bear market decline of 20 "
       "percent since 2002, after weak home construction and manufacturing reports reinforced expectations that the economy will "
       "contract. The Russell 2000, whose members have a median market value of $510 million, declined 2.8 percent to 680.57, "
       "more than 20 percent below its July 13 record. That meets the common definition of a bear market, the first for the "
       "benchmark since October 2002. The Standard & Poor's SmallCap 600 lost 2.6 percent to 353.37. The S&P 500 declined 2.9 "
       "percent to 1,333.25."),
 claims=[
  C("RUT", "daily_pct_change", -2.8, "pct", "2008-01-17", "declined 2.8 percent", "pct('RUT','2008-01-17')", 2, "p1"),
  C("RUT", "close_level", 680.57, "index_points", "2008-01-17", "680.57", "val('RUT','2008-01-17')", 2, "lvl2"),
  C("RUT", "pct_from_record", 20, "pct", "2008-01-17", "more than 20 percent below", "below_peak_pct('RUT','2008-01-17')", 2, "p0", qual="more than", note="Record close 855.77 on 2007-07-13; 20.47% below."),
  C("RUT", "record_date", "2007-07-13", "date", "2008-01-17", "July 13 record", "peak_before('RUT','2008-01-17')", 2, kind="record", verdict="supported", note="Highest close before 2008-01-17: 2007-07-13, 855.77."),
  C("RUT", "previous_bear_market", "2002-10", "month", "2008-01-17", "since October 2002", "[first_correction_day('RUT','2007-07-14','2008-01-17',20), trough('RUT','2002-01-01','2002-12-31')]", 2, kind="correction", verdict="supported", note="2008-01-17 is the first close 20% below the July 2007 record; the previous bear market bottomed on 2002-10-09 (327.04). On a rolling 52-week-high reading closes stayed 20% below the trailing high into May 2003, so the 'since' date depends on the definition; the peak-to-trough reading the story uses fits."),
  C("RUT", "median_market_cap", 510, "usd_millions", "2008-01-17", "$510 million", verdict="unverifiable", kind="unverifiable", basis=None, note="Constituent data are not in the files."),
  C("SP600", "daily_pct_change", -2.6, "pct", "2008-01-17", "lost 2.6 percent", verdict="unverifiable", kind="unverifiable", note="The S&P SmallCap 600 is not in the files."),
  C("SP600", "close_level", 353.37, "index_points", "2008-01-17", "353.37", verdict="unverifiable", kind="unverifiable", note="The S&P SmallCap 600 is not in the files."),
  C("SPX", "daily_pct_change", -2.9, "pct", "2008-01-17", "declined 2.9", "pct('SPX','2008-01-17')", 2, "p1"),
  C("SPX", "close_level", 1333.25, "index_points", "2008-01-17", "1,333.25", "val('SPX','2008-01-17')", 2, "lvl2"),
 ]),
]
