PASSAGES = [
dict(id="bespoke_20211201_rut_correction_58th",
 source={"site": "talkmarkets.com", "url": "https://talkmarkets.com/content/stocks--equities/small-cap-corrections?post=336660", "original_outlet": "Bespoke Investment Group"},
 published="2021-12-02", published_confidence="high", published_note="the text dates the close 'Wednesday (12/1)' = 2021-12-01; posted the next day.",
 text=("At the close on Wednesday (12/1), the small-cap Russell 2,000 had fallen 12.1% from its recent high on November 8th, leaving the "
       "index in correction territory. By our count this is its 58th correction since the index's data begin in 1978. The average "
       "correction sees the index fall 18.35%; the median is -15.4%. The biggest correction the Russell 2,000 has ever experienced was "
       "the 41.9% decline during the initial COVID crash from 1/16/20 to 3/18/20. For the current correction to reach average levels it "
       "would need to fall another 7% from here."),
 claims=[
  C("RUT", "pct_from_high", 12.1, "pct", "2021-12-01", "fallen 12.1%", "below_peak_pct('RUT','2021-12-01')", 2, "p1"),
  C("RUT", "record_date", "2021-11-08", "date", "2021-12-01", "November 8th", "peak_before('RUT','2021-12-01')", 2, kind="record", verdict="supported"),
  C("RUT", "in_correction", True, "flag", "2021-12-01", "in correction territory", "first_correction_day('RUT','2021-11-09','2021-12-01')", 2, kind="correction", verdict="supported", note="2021-12-01 is the first close at least 10% below the 52-week high after the November peak (12.09% below)."),
  C("RUT", "correction_count", 58, "count", "2021-12-01", "58th correction", verdict="unverifiable", kind="unverifiable", note="Counts from 1978; the file starts in 1987-09, and Bespoke's definition (a 10% drop preceded by a 10% rally) is not reproducible from the passage."),
  C("RUT", "average_correction", -18.35, "pct", None, "18.35%", verdict="unverifiable", kind="unverifiable", note="Depends on pre-1987 history not in the files."),
  C("RUT", "median_correction", -15.4, "pct", None, "-15.4%", verdict="unverifiable", kind="unverifiable", note="Depends on pre-1987 history not in the files."),
  C("RUT", "max_drawdown", 41.9, "pct", "2020-03-18", "41.9% decline", "(1 - val('RUT','2020-03-18') / val('RUT','2020-01-16')) * 100", 2, "p1", window="2020-01-16..2020-03-18", note="1,705.22 -> 991.16: -41.87%. (Biggest 'ever' rests on Bespoke's history from 1978; in the file from 1987 the 2007-09 decline was larger, about 59%, but Bespoke counts it as a bear market rather than a correction, so only the figure is keyed.)"),
  C("RUT", "further_fall_needed", 7, "pct", "2021-12-01", "another 7%", "(1 - (1 - 0.1835) * peak_before('RUT','2021-12-01')[1] / val('RUT','2021-12-01')) * 100", 2, "p0", note="An 18.35% fall from 2,442.74 is 1,994.5; from the 12-01 close 2,147.43 that is another 7.12%."),
 ]),
dict(id="marketwatch_20220127_rut_bear_market",
 source={"site": "nanofun-poly.com", "url": "https://www.nanofun-poly.com/the-stock-index-that-led-the-pandemic-fueled-plunge-just-entered-a-bear-market-for-the-first-time-in-2-years/", "original_outlet": "MarketWatch (machine-reworded repost)"},
 published="2022-01-27", published_confidence="medium", published_note="undated repost; 'ended Thursday down more than 20%' from the 2021-11-08 record fits Thursday 2022-01-27 (20.94% below), and the Fed hikes 'starting in March' fit January 2022.",
 text=("The Russell 2000, which measures small-cap performance, ended Thursday down more than 20% from its recent peak, meeting the common "
       "definition of a bear market. The index, which closed at a record 2,442.742 on November 8, finished about 21% off that high, its "
       "first bear market since March 9, 2020. To avoid a bear market it had to stay above 1,954.19 at the close. When the index entered "
       "a bear market in early March 2020, the Dow Jones Industrial Average followed on March 11, and the S&P 500 and Nasdaq Composite a "
       "day later. Now the Nasdaq Composite is already in a correction from its November 19 high, about 17% off its peak, and the S&P 500 "
       "is about 10 points from a correction as of Thursday's close."),
 claims=[
  C("RUT", "pct_from_record", 20, "pct", "2022-01-27", "down more than 20%", "below_peak_pct('RUT','2022-01-27')", 2, "p0", qual="more than"),
  C("RUT", "record_close", 2442.742, "index_points", "2021-11-08", "2,442.742", "val('RUT','2021-11-08')", 3, "lvl2"),
  C("RUT", "pct_from_record", 21, "pct", "2022-01-27", "about 21%", "below_peak_pct('RUT','2022-01-27')", 2, "p0", qual="about"),
  C("RUT", "previous_bear_market_date", "2020-03-09", "date", "2022-01-27", "since March 9, 2020", "first_correction_day('RUT','2020-02-01','2020-03-31',20)", 2, kind="correction", verdict="supported", note="First close 20% below the record in 2020: 2020-03-09."),
  C("RUT", "bear_market_threshold", 1954.19, "index_points", "2022-01-27", "1,954.19", "0.8 * val('RUT','2021-11-08')", 2, "lvl2"),
  C("DJI", "bear_market_date", "2020-03-11", "date", "2020-03-11", "March 11", "first_correction_day('DJI','2020-02-01','2020-03-31',20)", 2, kind="correction", verdict="supported"),
  C("SPX", "bear_market_date", "2020-03-12", "date", "2020-03-12", "a day later", "[first_correction_day('SPX','2020-02-01','2020-03-31',20), first_correction_day('IXIC','2020-02-01','2020-03-31',20)]", 2, kind="correction", verdict="supported", note="Both the S&P 500 and the Nasdaq first closed 20% below their highs on 2020-03-12."),
  C("IXIC", "record_date", "2021-11-19", "date", "2022-01-27", "November 19 high", "peak_before('IXIC','2022-01-27')", 2, kind="record", verdict="supported"),
  C("IXIC", "pct_from_record", 17, "pct", "2022-01-27", "about 17% off", "below_peak_pct('IXIC','2022-01-27')", 2, "p0", qual="about", note="16.84% below."),
  C("SPX", "points_from_correction", 10, "index_points", "2022-01-27", "about 10 points", "val('SPX','2022-01-27') - 0.9 * peak_before('SPX','2022-01-27')[1]", 2, "int", qual="about", note="Correction level 0.9 x 4,796.56 = 4,316.90; close 4,326.51 is 9.6 points above."),
 ]),
dict(id="cnbc_20240716_dow_742_rut_fifth_day",
 source={"site": "safefuturetomorrow.com", "url": "https://safefuturetomorrow.com/index.php/2024/07/17/dow-rallies-700-points-for-best-day-in-more-than-a-year-russell-2000-small-cap-index-jumps-3", "original_outlet": "CNBC"},
 published="2024-07-16", published_confidence="high", published_note="repost dated 2024-07-17 of CNBC's Tuesday close story; the figures match Tuesday 2024-07-16.",
 text=("The Dow Jones Industrial Average advanced to new highs on Tuesday as the bull market broadened beyond technology on hopes of coming "
       "rate cuts. The Dow surged 742.76 points, or 1.85%, to close at 40,954.48; the 30-stock index hit an all-time high and closed at a "
       "record, notching its best session since June 2023. The small cap-focused Russell 2000 rose more than 3% for its fifth straight "
       "day of gains. The S&P 500 added 0.64%, closing at 5,667.20, and the Nasdaq Composite ended higher by just 0.2% at 18,509.34. "
       "Traders now see 100% odds the Fed will lower rates in September, according to the CME FedWatch tool. In the last week alone, "
       "the Russell 2000 has soared more than 11%, while the Dow has gained more than 4%."),
 claims=[
  C("DJI", "daily_point_change", 742.76, "index_points", "2024-07-16", "742.76", "chg('DJI','2024-07-16')", 2, "p2"),
  C("DJI", "daily_pct_change", 1.85, "pct", "2024-07-16", "1.85%", "pct('DJI','2024-07-16')", 3, "p2"),
  C("DJI", "close_level", 40954.48, "index_points", "2024-07-16", "40,954.48", "val('DJI','2024-07-16')", 2, "lvl2"),
  C("DJI", "record_close_and_intraday", True, "flag", "2024-07-16", "closed at a record", "[is_record('DJI','2024-07-16'), is_record('DJI','2024-07-16','high')]", 2, kind="record", verdict="supported"),
  C("DJI", "best_day_since", "2023-06", "month", "2024-07-16", "best session since June 2023", "last_move_beyond('DJI','2024-07-16','pct',False)", 2, kind="date", verdict="supported", note="Last bigger % gain: 2023-06-02."),
  C("RUT", "daily_pct_change", 3, "pct", "2024-07-16", "rose more than 3%", "pct('RUT','2024-07-16')", 2, "p0", qual="more than"),
  C("RUT", "up_streak", 5, "sessions", "2024-07-16", "fifth straight day of gains", "run_length('RUT','2024-07-16')", 0, kind="streak", verdict="supported"),
  C("SPX", "daily_pct_change", 0.64, "pct", "2024-07-16", "0.64%", "pct('SPX','2024-07-16')", 3, "p2"),
  C("SPX", "close_level", 5667.20, "index_points", "2024-07-16", "5,667.20", "val('SPX','2024-07-16')", 2, "lvl2"),
  C("IXIC", "daily_pct_change", 0.2, "pct", "2024-07-16", "just 0.2%", "pct('IXIC','2024-07-16')", 2, "p1"),
  C("IXIC", "close_level", 18509.34, "index_points", "2024-07-16", "18,509.34", "val('IXIC','2024-07-16')", 2, "lvl2"),
  C("FEDFUNDS", "futures_odds", 100, "pct", "2024-07-16", "100% odds", verdict="unverifiable", kind="unverifiable", note="Futures-implied odds for September 2024 are not in the files."),
  C("RUT", "window_pct_change", 11, "pct", "2024-07-16", "soared more than 11%", "window_pct('RUT','2024-07-16',5)", 2, "p0", qual="more than", window="5 sessions", note="Five sessions from the 07-09 close: +11.54%."),
  C("DJI", "window_pct_change", 4, "pct", "2024-07-16", "gained more than 4%", "window_pct('DJI','2024-07-16',5)", 2, "p0", qual="more than", window="5 sessions", note="+4.23%."),
 ]),
dict(id="wealtoro_20251211_dow_record_after_fed_cut",
 source={"site": "wealtoro.com", "url": "https://wealtoro.com/markets/dow-sp-500-hit-new-records-after-fed-rate-cut", "original_outlet": "Wealtoro"},
 published="2025-12-11", published_confidence="medium", published_note="undated page; the Dow close 48,704.01 and S&P 6,901 match Thursday 2025-12-11, the day after the 2025-12-10 FOMC cut.",
 text=("The Dow Jones Industrial Average and the S&P 500 closed at new record highs on Thursday, extending a rally driven by the Federal "
       "Reserve's decision to cut interest rates, even as some big technology stocks slipped. The Dow climbed 646.26 points, or 1.3%, to an "
       "unprecedented 48,704.01. The S&P 500 added 14.32 points, or 0.2%, to finish at a new high of 6,901. Small-cap stocks, tracked by "
       "the Russell 2000, also hit a record high, a sign of a broadening rally. The Nasdaq Composite declined slightly."),
 claims=[
  C("DJI", "record_close", True, "flag", "2025-12-11", "closed at new record highs on Thursday", "[is_record('DJI','2025-12-11'), is_record('SPX','2025-12-11')]", 2, kind="record", verdict="supported"),
  C("FEDFUNDS", "rate_cut", True, "flag", "2025-12-10", "decision to cut interest rates", "[fomc_on('2025-12-10'), fed_range('2025-12-09'), fed_range('2025-12-11')]", 2, kind="fed", verdict="supported", note="FOMC decision 2025-12-10; range 3.75-4.00 -> 3.50-3.75 effective 12-11."),
  C("DJI", "daily_point_change", 646.26, "index_points", "2025-12-11", "646.26 points", "chg('DJI','2025-12-11')", 2, "p2"),
  C("DJI", "daily_pct_change", 1.3, "pct", "2025-12-11", "or 1.3%", "pct('DJI','2025-12-11')", 2, "p1"),
  C("DJI", "close_level", 48704.01, "index_points", "2025-12-11", "48,704.01", "val('DJI','2025-12-11')", 2, "lvl2"),
  C("SPX", "daily_point_change", 14.32, "index_points", "2025-12-11", "14.32 points", "chg('SPX','2025-12-11')", 2, "p2"),
  C("SPX", "daily_pct_change", 0.2, "pct", "2025-12-11", "or 0.2%", "pct('SPX','2025-12-11')", 2, "p1"),
  C("SPX", "close_level", 6901, "index_points", "2025-12-11", "6,901", "val('SPX','2025-12-11')", 2, "int"),
  C("RUT", "record_close", True, "flag", "2025-12-11", "also hit a record high", "[is_record('RUT','2025-12-11'), is_record('RUT','2025-12-11','high')]", 2, kind="record", verdict="supported"),
  C("IXIC", "daily_direction", -1, "sign", "2025-12-11", "declined slightly", "pct('IXIC','2025-12-11')", 2, kind="eq", verdict="supported", note="-0.25%."),
 ]),
dict(id="marketminute_20260213_rut_18pct_week",
 source={"site": "business.custercountychief.com", "url": "http://business.custercountychief.com/custercountychief/article/marketminute-2026-2-13-the-great-rotation-russell-2000-rockets-18-as-cooling-inflation-sparks-historic-small-cap-surge", "original_outlet": "MarketMinute (automated market content)"},
 published="2026-02-13", published_confidence="exact", published_note="URL dated 2026-2-13 (Friday); 'this week' = 2026-02-09..13, 'Thursday's close' = 2026-02-12.",
 text=("The long-dormant Russell 2000 staged a breathtaking 18% rally this week, its best single-week performance in decades, after a "
       "surprisingly soft CPI report on Wednesday. On the morning of February 11, 2026, the Labor Department reported that January "
       "inflation had cooled to a 2.5% annualized rate, well below the 2.9% consensus. The Russell 2000, which had been flat for the first "
       "month of the year, began a vertical climb, and by Thursday's close it had eclipsed its previous all-time highs, leaving the S&P "
       "500 and its tech giants trailing. The Fed's restrictive era, the piece argues, is nearing its end."),
 claims=[
  C("RUT", "week_pct_change", 18, "pct", "2026-02-13", "18% rally this week", "weekly_pct('RUT','2026-02-13')", 2, "p0", note="The week ending 2026-02-13 was -0.89% in the file; no 18% week exists anywhere in 2026. The page is automated content."),
  C("RUT", "best_week_since", "decades", "duration", "2026-02-13", "best single-week performance in decades", "weekly_pct('RUT','2026-02-13')", 2, kind="date", verdict="contradicted", note="The week was a loss."),
  C("US_CPI", "inflation_rate", 2.5, "pct", "2026-02-11", "2.5% annualized rate", verdict="unverifiable", kind="unverifiable", note="CPI data are not in the files."),
  C("US_CPI", "consensus", 2.9, "pct", "2026-02-11", "2.9% consensus", verdict="unverifiable", kind="unverifiable", note="Economists' consensus is not in the files."),
  C("RUT", "january_return", 0, "pct", "2026-01-30", "flat for the first month of the year", "mtd_pct('RUT','2026-01-30')", 2, kind="eq", verdict="contradicted", note="January 2026: +5.31%, with record closes in mid-January; not flat."),
  C("RUT", "record_close", True, "flag", "2026-02-12", "eclipsed its previous all-time highs", "[is_record('RUT','2026-02-12'), peak_before('RUT','2026-02-13')]", 2, kind="record", verdict="contradicted", note="Thursday 2026-02-12 closed at 2,615.83, below the 2,718.77 record of 2026-01-22."),
  C("GENERIC", "fed_outlook", None, None, None, "nearing its end", verdict="not_checkable", kind="not_checkable", basis=None, note="Opinion about policy."),
 ]),
dict(id="allmind_20260515_rut_worst_day_since_nov",
 source={"site": "allmind.ai", "url": "https://allmind.ai/news/a8fc6bd6aa279e5c0b76e7f9c5dd8178e7f440d5bcf1beaae179f1fb5acd0ef2", "original_outlet": "AllMind AI news"},
 published="2026-05-15", published_confidence="medium", published_note="undated page; the fall of 2.4% to 2,793.30 on a Friday matches 2026-05-15 in the files.",
 text=("The Russell 2000 fell 2.4% on Friday to 2,793.30, its worst one-day drop since Nov. 13, as a surge in long-term Treasury yields "
       "weighed on small caps. Even after the setback, small caps remain ahead of every major U.S. index except the Nasdaq in 2026. "
       "Higher long yields hit leveraged, refinancing-dependent balance sheets first; if yields keep backing up, the breakout becomes fragile."),
 claims=[
  C("RUT", "daily_pct_change", -2.4, "pct", "2026-05-15", "fell 2.4%", "pct('RUT','2026-05-15')", 2, "p1"),
  C("RUT", "close_level", 2793.30, "index_points", "2026-05-15", "2,793.30", "val('RUT','2026-05-15')", 2, "lvl2"),
  C("RUT", "worst_day_since", "2025-11-13", "date", "2026-05-15", "worst one-day drop since Nov. 13", "last_move_beyond('RUT','2026-05-15','pct',True)", 2, kind="date", verdict="supported"),
  C("RUT", "ytd_rank", True, "flag", "2026-05-15", "except the Nasdaq", "[round(ytd_pct(t,'2026-05-15'), 2) for t in ['RUT','SPX','IXIC','NDX']]", 2, kind="eq", verdict="supported", note="YTD: Russell +12.55%, S&P +8.22%, Nasdaq Composite +12.84%, Nasdaq-100 +15.35%. The Dow file ends 2026-02-23, so the Dow part is not checked."),
  C("US10Y", "yield_surge", True, "flag", "2026-05-15", "surge in long-term Treasury yields", "[rate('DGS10','2026-05-14'), rate('DGS10','2026-05-15')]", 2, kind="yield", verdict="supported", note="See computed values (DGS10 on 05-14 and 05-15)."),
  C("GENERIC", "conditional", None, None, None, "if yields keep backing up", verdict="not_checkable", kind="not_checkable", basis=None, note="Conditional."),
 ]),
]
