PASSAGES = [
dict(id="cnbc_20220926_vix_highest_since_june",
 source={"site": "hedgeco.net", "url": "https://www.hedgeco.net/news/09/2022/wall-streets-fear-gauge-hits-highest-level-since-june.html", "original_outlet": "CNBC"},
 published="2022-09-26", published_confidence="high",
 published_note="repost dated 2022-09-27 of a CNBC item written during Monday 2022-09-26; 'Friday' is 2022-09-23 and 'last week' the week ending that day.",
 text=("A measure of fear in stocks just hit its highest level in three months amid worries over rising rates, a possible currency "
       "calamity and a recession. The Cboe Volatility Index, known as the VIX, jumped nearly 3 points to 32.88 on Monday, its highest "
       "level since mid-June, when the stock market last hit its bear-market bottom. The VIX hasn't closed above 30 since June 16. On "
       "Friday the Dow Jones Industrial Average notched a new low for the year and closed below 30,000 for the first time since June "
       "17. The S&P 500 capped its fifth negative week in six, falling 4.65% last week."),
 claims=[
  C("VIX", "intraday_point_change", 3, "index_points", "2022-09-26", "nearly 3 points", "val('VIX','2022-09-26','high') - val('VIX','2022-09-23')", 2, "int", qual="nearly", basis="intraday high", note="Session high 32.88 vs Friday's close 29.92: +2.96 (the close was 32.26, +2.34)."),
  C("VIX", "intraday_level", 32.88, "index_points", "2022-09-26", "32.88", "val('VIX','2022-09-26','high')", 2, "lvl2", basis="intraday high"),
  C("VIX", "highest_since", "2022-06", "month", "2022-09-26", "highest level since mid-June", "highest_since('VIX','2022-09-26','high')", 2, kind="date", verdict="supported", basis="intraday high", note="Last earlier session with a high >= 32.88: 2022-06-17; 'highest in three months' also fits."),
  C("VIX", "last_close_above", "2022-06-16", "date", "2022-09-26", "since June 16", "last_close_beyond('VIX','2022-09-26',30)", 2, kind="date", verdict="contradicted", note="The VIX closed above 30 on 2022-06-17 (31.13) and 2022-06-21 (30.19), after June 16 (32.95); the stated date is earlier than the true last close above 30."),
  C("DJI", "lowest_close_since", True, "flag", "2022-09-23", "new low for the year", "lowest_since('DJI','2022-09-23')", 2, kind="date", verdict="supported", note="Lowest close since 2020-11-20, so a 2022 low."),
  C("DJI", "first_close_below_since", "2022-06-17", "date", "2022-09-23", "first time since June", "last_close_beyond('DJI','2022-09-23',30000,False)", 2, kind="date", verdict="supported", note="Last earlier close below 30,000: 2022-06-17."),
  C("SPX", "negative_weeks", 5, "weeks", "2022-09-23", "fifth negative week in six", "[round(weekly_pct('SPX',f), 2) for f in ['2022-08-19','2022-08-26','2022-09-02','2022-09-09','2022-09-16','2022-09-23']]", 2, kind="streak", verdict="supported", note="Weeks ending 08-19..09-23: only the week of 09-09 rose."),
  C("SPX", "week_pct_change", -4.65, "pct", "2022-09-23", "falling 4.65%", "week_pct('SPX','2022-09-23')", 3, "p2"),
 ]),
dict(id="fortune_20220822_vix_soaring_dow_600",
 source={"site": "fortune.com", "url": "https://fortune.com/2022/08/22/volatility-index-wall-street-fear-gauge-soaring-once-again-here-is-why", "original_outlet": "Fortune"},
 published="2022-08-22", published_confidence="exact", published_note="dated August 22, 2022, 4:55 PM ET (Monday), after the close.",
 text=("The Dow Jones Industrial Average sank over 600 points on Monday as fears of aggressive Federal Reserve rate hikes returned, "
       "ending this summer's stock market rally. At the same time the Chicago Board Options Exchange's Volatility Index, Wall Street's "
       "'fear gauge,' jumped nearly 17% to start the week. The VIX was created after the Black Monday crash of 1987 and is derived "
       "from real-time prices of S&P 500 options."),
 claims=[
  C("DJI", "daily_point_change", -600, "index_points", "2022-08-22", "sank over 600 points", "chg('DJI','2022-08-22')", 2, "int", qual="over", note="-643.13."),
  C("VIX", "daily_pct_change", 17, "pct", "2022-08-22", "jumped nearly 17%", "pct('VIX','2022-08-22')", 2, "p0", qual="nearly", note="Close 23.80 vs 20.60: +15.53%. The page was written after the close; an intraday high of the move is not what 'jumped ... to start the week' reports."),
  C("VIX", "creation_history", None, None, None, "created after the Black Monday crash", verdict="not_checkable", kind="not_checkable", basis=None, note="Background statement about the index's history."),
 ]),
dict(id="oninvest_20250814_small_caps_outpace_mag7",
 source={"site": "en.oninvest.com", "url": "https://en.oninvest.com/article/small-caps-outpace-magnificent-7-as-investors-bet-on-fed-rate-cuts-from-september", "original_outlet": "Oninvest (citing CNBC)"},
 published="2025-08-14", published_confidence="exact", published_note="the text dates the session 'yesterday, August 13' (Wednesday 2025-08-13).",
 text=("Small-cap stocks sharply outperformed the Magnificent Seven yesterday, August 13, CNBC notes, as the latest inflation data "
       "lifted expectations that the Fed could start cutting rates in September. The Russell 2000 jumped almost 2% yesterday, while "
       "the S&P 500 added only 0.3%, held back by big tech; the CNBC Magnificent 7 Index fell 0.3%. With Wednesday's gain the Russell "
       "2000 has added more than 5.5% this week, on track for its best week since November. Traders now put the odds of a September "
       "rate cut at nearly 100%, based on CME FedWatch, up from 85% before the inflation print. The Fed has held rates steady so far this year."),
 claims=[
  C("RUT", "daily_pct_change", 2, "pct", "2025-08-13", "jumped almost 2%", "pct('RUT','2025-08-13')", 2, "p0", qual="almost", note="+1.98%."),
  C("SPX", "daily_pct_change", 0.3, "pct", "2025-08-13", "added only 0.3%", "pct('SPX','2025-08-13')", 2, "p1", note="+0.32%."),
  C("MAG7", "daily_pct_change", -0.3, "pct", "2025-08-13", "fell 0.3%", verdict="unverifiable", kind="unverifiable", note="The CNBC Magnificent 7 index is not in the files."),
  C("RUT", "wtd_pct_change", 5.5, "pct", "2025-08-13", "more than 5.5% this week", "week_pct('RUT','2025-08-13')", 2, "p1", qual="more than", note="From the Friday 2025-08-08 close to Wednesday: +4.94%, short of 5.5% (the session high did not reach it either)."),
  C("RUT", "best_week_since", "2024-11", "month", "2025-08-15", "on track for its best week since November", verdict="not_checkable", kind="not_checkable", note="'On track' mid-week. (The week ended +3.07%, below the week of 2025-07-04.)"),
  C("FEDFUNDS", "futures_odds", 100, "pct", "2025-08-13", "nearly 100%", verdict="unverifiable", kind="unverifiable", qual="nearly", note="Futures-implied odds for September 2025 are not in the files (ZQ_futures.csv starts with July 2026 contracts)."),
  C("FEDFUNDS", "futures_odds", 85, "pct", "2025-08-12", "up from 85%", verdict="unverifiable", kind="unverifiable", note="Futures-implied odds not in the files."),
  C("FEDFUNDS", "no_change_ytd", True, "flag", "2025-08-13", "held rates steady so far this year", "fed_changes('2025-01-01','2025-08-13')", 2, kind="fed", verdict="supported", note="No change of the target range between 2025-01-01 and 2025-08-13 (4.25-4.50%)."),
 ]),
dict(id="barrons_20250827_rut_record_drought",
 source={"site": "trades.jamespan.tech", "url": "https://trades.jamespan.tech/columns/barrons-rta/small-cap-stocks-russell-2000-642448bb", "original_outlet": "Barron's"},
 published="2025-08-27", published_confidence="exact", published_note="dated Aug 27, 2025 14:27 -0400 (Wednesday, mid-session); 'through Tuesday' = 2025-08-26.",
 text=("The Russell 2000 has gained 6.6% this month through Tuesday. The Dow Jones Industrial Average and the S&P 500 have set new highs "
       "lately, but the small-cap benchmark has not matched them, although it keeps creeping toward its 2021 record. On Aug. 21 the Dow "
       "hit a record, its first since December. The S&P 500 last closed at a high on Aug. 14, its 18th of the year. On Wednesday the "
       "Russell 2000 was up about 0.6%, or 13 points, to 2,372. It has gained about 5.8% this year through Tuesday's close, far short of "
       "the S&P 500's nearly 10% gain. As of Tuesday it has been 952 trading days since the index hit a new high, back in November "
       "2021, Ned Davis Research noted. That is just 30 days short of the 982 days the Russell languished between its June 2007 "
       "pre-crisis high and its next high in April 2011, and a few months short of the record 1,021 trading days between March 2000 "
       "and April 2004. If the index sets a new high, it could be a bullish sign for the second half."),
 claims=[
  C("RUT", "mtd_pct_change", 6.6, "pct", "2025-08-26", "gained 6.6% this month", "mtd_pct('RUT','2025-08-26')", 2, "p1", window="mtd"),
  C("DJI", "record_close_date", "2025-08-21", "date", "2025-08-21", "On Aug. 21 the Dow hit a record", "[is_record('DJI','2025-08-21'), is_record('DJI','2025-08-22'), peak_before('DJI','2025-08-21')]", 2, kind="record", verdict="contradicted", note="The Dow's first record close since 2024-12-04 (45,014.04) came on Friday 2025-08-22; on 08-21 it fell. Wrong date."),
  C("DJI", "previous_record_month", "2024-12", "month", "2025-08-22", "its first since December", "peak_before('DJI','2025-08-22')", 2, kind="record", verdict="supported", note="Previous record close 2024-12-04."),
  C("SPX", "last_record_date", "2025-08-14", "date", "2025-08-26", "last closed at a high on Aug. 14", "peak_before('SPX','2025-08-27')", 2, kind="record", verdict="supported"),
  C("SPX", "records_ytd", 18, "count", "2025-08-14", "its 18th of the year", "count_records('SPX','2025-01-01','2025-08-14')", 0, kind="streak", verdict="supported"),
  C("RUT", "intraday_pct_change", 0.6, "pct", "2025-08-27", "up about 0.6%", "pct('RUT','2025-08-27')", 2, kind="mid", qual="about", verdict="unverifiable", basis="mid-session", note="Mid-session; the close was +0.64% (2,373.80), and 0.6% lies inside the session range."),
  C("RUT", "intraday_point_change", 13, "index_points", "2025-08-27", "or 13 points", "chg('RUT','2025-08-27')", 2, kind="mid", verdict="unverifiable", basis="mid-session", note="Mid-session; the close was +15.20, and +13 lies inside the session range."),
  C("RUT", "intraday_level", 2372, "index_points", "2025-08-27", "to 2,372", "val('RUT','2025-08-27')", 2, kind="mid", verdict="unverifiable", basis="mid-session", note="Mid-session level inside the session range (close 2,373.80)."),
  C("RUT", "ytd_pct_change", 5.8, "pct", "2025-08-26", "about 5.8%", "ytd_pct('RUT','2025-08-26')", 2, "p1", qual="about", window="ytd"),
  C("SPX", "ytd_pct_change", 10, "pct", "2025-08-26", "nearly 10% gain", "ytd_pct('SPX','2025-08-26')", 2, "p0", qual="nearly", window="ytd"),
  C("RUT", "sessions_without_record", 952, "sessions", "2025-08-26", "952 trading days", "sessions_without_record('RUT','2025-08-26')", 0, "int", note="From the 2021-11-08 record close to 2025-08-26: 952 sessions."),
  C("RUT", "record_drought_length", 982, "sessions", "2011-04-27", "982 days", "record_gap('RUT','2011-01-01','2011-12-31')", 0, kind="streak", verdict="imprecise", note="Record close 2007-07-13 (July, not June) to the next record close 2011-04-27: 955 sessions, 27 fewer than stated (2.8% off). Dow Jones Market Data may count from the June 2007 intraday high or use another session count."),
  C("RUT", "record_drought_length", 1021, "sessions", "2004-04-05", "1,021 trading days", "record_gap('RUT','2004-01-01','2004-12-31')", 0, kind="streak", verdict="supported", note="Record close 2000-03-09 to the next record close 2004-04-05: 1,022 sessions as the index difference; the one-session gap is the inclusive/exclusive convention."),
  C("GENERIC", "conditional", None, None, None, "If the index sets a new high", verdict="not_checkable", kind="not_checkable", basis=None, note="Conditional."),
 ]),
dict(id="bloomberg_20181010_vix_biggest_jump_since_feb",
 source={"site": "bloombergquint.com", "url": "https://www.bloombergquint.com/markets/vix-roils-markets-again-with-biggest-jump-since-february-rout?utm_source=bloomberg-menu", "original_outlet": "Bloomberg"},
 published="2018-10-10", published_confidence="high", published_note="Wednesday's 44 percent jump to 22.96 matches the close of 2018-10-10; the page carries ©2018.",
 text=("Wall Street's 'fear gauge' rose the most since February, raising alarms of a repeat of the meltdown seen earlier this year. The "
       "Cboe VIX Index's 44 percent jump Wednesday to 22.96 leaves it well short of its peak close in early February of 37.32. Today's "
       "level pulls the VIX above its long-term average of around 19.3."),
 claims=[
  C("VIX", "daily_pct_change", 44, "pct", "2018-10-10", "44 percent jump", "pct('VIX','2018-10-10')", 2, "p0"),
  C("VIX", "close_level", 22.96, "index_points", "2018-10-10", "22.96", "val('VIX','2018-10-10')", 2, "lvl2"),
  C("VIX", "biggest_rise_since", "2018-02", "month", "2018-10-10", "rose the most since February", "last_move_beyond('VIX','2018-10-10','pct',False)", 2, kind="date", verdict="supported", note="Last bigger daily % rise: 2018-02-05 (+115.6%)."),
  C("VIX", "peak_close_2018", 37.32, "index_points", "2018-02-05", "37.32", "peak_before('VIX','2018-10-10',since='2018-01-01')", 2, "lvl2", use=37.32, note="2018 peak close 37.32 on 2018-02-05."),
  C("VIX", "long_term_average", 19.3, "index_points", "2018-10-10", "around 19.3", "float(closes('VIX')[:T('2018-10-10')].mean())", 2, "p1", qual="around", note="Mean of all VIX closes 1990-01-02..2018-10-10 in the file."),
 ]),
dict(id="pionline_20181005_10y_seven_year_high",
 source={"site": "pionline.com", "url": "https://www.pionline.com/article/20181005/INTERACTIVE/181009872/treasuries-spike-as-curve-steepens", "original_outlet": "Pensions & Investments"},
 published="2018-10-05", published_confidence="exact", published_note="URL dated 20181005 (Friday); figures 'as of Friday afternoon' and 'through midday Oct. 5'.",
 text=("The 10-year Treasury yield came to life this week, jumping to a seven-year high of 3.22% as of Friday afternoon after starting "
       "the week at 3.06%. It broke above its previous 2018 high of 3.11% on Wednesday, after 98 days below that mark set in May. The "
       "rise pulled equities back from earlier gains; the S&P 500 fell 1.1% during the week through midday Oct. 5. The curve "
       "steepened too, as the spread between 2-year and 10-year Treasuries rose to 33 basis points."),
 claims=[
  C("US10Y", "yield_level", 3.22, "pct", "2018-10-05", "3.22%", "rate('DGS10','2018-10-05')", 2, kind="yield", verdict="unverifiable", basis="intraday (Friday afternoon)", note="Intraday yield; FRED's end-of-day value for 2018-10-05 is 3.23%."),
  C("US10Y", "highest_since", "seven years", "duration", "2018-10-05", "seven-year high", "rate_high_since('DGS10','2018-10-05')", 2, kind="date", verdict="supported", note="End-of-day 3.23% was the highest since 2011-05-10 (7.4 years)."),
  C("US10Y", "yield_level", 3.06, "pct", "2018-10-01", "3.06%", "[rate('DGS10','2018-09-28'), rate('DGS10','2018-10-01')]", 2, kind="yield", verdict="supported", note="'Starting the week' = the previous Friday close: FRED end-of-day 3.05% on 09-28 (within 0.025 of 3.06); Monday 10-01 ended at 3.09%."),
  C("US10Y", "previous_high", 3.11, "pct", "2018-05-17", "3.11%", "[rate_high_since('DGS10','2018-10-03'), float(_series('DGS10')['2018-01-01':'2018-10-02'].max())]", 2, kind="yield", verdict="supported", note="2018 end-of-day high before October: 3.11% (2018-05-17); on Wednesday 10-03 the yield closed at 3.15%."),
  C("US10Y", "days_below_high", 98, "days", "2018-10-03", "98 days", verdict="unverifiable", kind="unverifiable", note="Count convention unknown (calendar or trading days, from which May date); not decidable."),
  C("SPX", "wtd_pct_change", -1.1, "pct", "2018-10-05", "fell 1.1%", "week_pct('SPX','2018-10-05')", 2, kind="mid", verdict="unverifiable", basis="midday", note="Through midday Friday; the week ended -0.97% at the close, and -1.1% lies within Friday's range."),
  C("US2s10s", "spread_bp", 33, "bp", "2018-10-05", "33 basis points", "spread_bp('2018-10-05')", 1, kind="yield", verdict="unverifiable", basis="intraday", note="Intraday spread; FRED end-of-day 3.23 - 2.88 = 35 bp."),
 ]),
]
