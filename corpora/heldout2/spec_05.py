PASSAGES = [
dict(id="usatoday_20160810_small_stocks_lead_2016",
 source={"site": "pastebn.online", "url": "https://pastebn.online/story/money/markets/2016/08/10/small-stocks-logging-biggest-gains-2016/88490612", "original_outlet": "USA Today"},
 published="2016-08-10", published_confidence="exact", published_note="URL dated 2016/08/10 (Wednesday), written before Wednesday's session ('heading into Wednesday'), so figures are through Tuesday 2016-08-09.",
 text=("An index of small stocks has the biggest gains of all the major U.S. stock indexes so far in 2016. The bad news: the Russell 2000 "
       "small-company index hasn't made a new all-time high since it peaked more than a year ago on June 23, 2015. By contrast, the "
       "Nasdaq composite set a fresh record high Tuesday, the Standard & Poor's 500 made a new all-time high Friday and the Dow Jones "
       "industrial average posted its last record in late July. Heading into Wednesday's trading, the small-cap gauge was about 5% below "
       "its record close of 1,295.80 notched in June 2015. A breakout to a new high in coming weeks would be seen as a bullish sign."),
 claims=[
  C("RUT", "ytd_rank", 1, "rank", "2016-08-09", "biggest gains of all the major U.S. stock indexes", "[round(ytd_pct(t,'2016-08-09'), 2) for t in ['RUT','SPX','DJI','IXIC']]", 2, kind="eq", verdict="supported", note="YTD through 08-09: Russell +8.44%, S&P +6.74%, Dow +6.36%, Nasdaq +4.35%."),
  C("RUT", "record_close_date", "2015-06-23", "date", "2016-08-09", "June 23, 2015", "peak_before('RUT','2016-08-10')", 2, kind="record", verdict="supported"),
  C("IXIC", "record_close", True, "flag", "2016-08-09", "fresh record high Tuesday", "is_record('IXIC','2016-08-09')", 2, kind="record", verdict="supported"),
  C("SPX", "record_close", True, "flag", "2016-08-05", "new all-time high Friday", "is_record('SPX','2016-08-05')", 2, kind="record", verdict="supported"),
  C("DJI", "last_record_date", "2016-07", "month", "2016-08-09", "last record in late July", "peak_before('DJI','2016-08-10')", 2, kind="record", verdict="supported", note="Last record close 2016-07-20 (18,595.03)."),
  C("RUT", "pct_from_record", 5, "pct", "2016-08-09", "about 5% below", "below_peak_pct('RUT','2016-08-09')", 2, "p0", qual="about", note="1231.74 vs 1295.80: 4.94% below."),
  C("RUT", "record_close", 1295.80, "index_points", "2015-06-23", "1,295.80", "val('RUT','2015-06-23')", 2, "lvl2"),
  C("GENERIC", "conditional", None, None, None, "would be seen as a bullish sign", verdict="not_checkable", kind="not_checkable", basis=None, note="Conditional interpretation."),
 ]),
dict(id="bespoke_20170821_spx_vs_rut_ytd",
 source={"site": "bespokepremium.com", "url": "https://www.bespokepremium.com/think-big-blog/sp-500-vs-russell-2000-year-to-date-relative-performance/", "original_outlet": "Bespoke Investment Group"},
 published="2017-08-21", published_confidence="high", published_note="'finished down 7 basis points on Monday' and 'in the red YTD' match Monday 2017-08-21 (-0.07%, YTD -0.02%); 160 trading days into 2017.",
 text=("The Russell 2,000 tried to close in the green but finished down 7 basis points on Monday, which left it in the red for the year. "
       "Through today's close the S&P 500 is outperforming the Russell by roughly 8.3 percentage points YTD. At this point in the year "
       "(160 trading days), 2017 is only the third year in which the S&P was up while the Russell was down. We saw a similar pattern "
       "in 2014: through 160 trading days the S&P 500 was up 7.47% and the Russell 2,000 was down 0.53%, and from August 21st through "
       "year-end both gained, the Russell slightly more (+4.08% vs. +3.64%). In 1998, the S&P 500 was up 12.49% on August 20th while "
       "the Russell 2,000 was down 8.38%; the S&P went on to gain another 12.61% for the rest of the year, the Russell only 4.96%."),
 claims=[
  C("RUT", "daily_pct_change", -0.07, "pct", "2017-08-21", "down 7 basis points", "pct('RUT','2017-08-21')", 3, "p2"),
  C("RUT", "ytd_negative", True, "flag", "2017-08-21", "in the red for the year", "ytd_pct('RUT','2017-08-21')", 3, kind="eq", verdict="supported", note="YTD -0.02%."),
  C("SPX_MINUS_RUT", "ytd_gap", 8.3, "pp", "2017-08-21", "roughly 8.3 percentage points", "ytd_pct('SPX','2017-08-21') - ytd_pct('RUT','2017-08-21')", 2, "p1", qual="roughly", note="S&P +8.47% vs Russell -0.02%: 8.48 points."),
  C("SPX", "sessions_ytd", 160, "sessions", "2017-08-21", "(160 trading days)", "sessions_apart('SPX','2016-12-30','2017-08-21')", 0, "int"),
  C("GENERIC", "years_spx_up_rut_down", 3, "count", "2017-08-21", "only the third year", verdict="unverifiable", kind="unverifiable", note="Needs Russell history from 1979; the file starts in September 1987."),
  C("SPX", "ytd_pct_change", 7.47, "pct", "2014-08-20", "up 7.47%", "ytd_pct('SPX','2014-08-20')", 3, "p2"),
  C("RUT", "ytd_pct_change", -0.53, "pct", "2014-08-20", "down 0.53%", "ytd_pct('RUT','2014-08-20')", 3, "p2"),
  C("RUT", "period_pct_change", 4.08, "pct", "2014-12-31", "+4.08%", "between_pct('RUT','2014-08-20','2014-12-31')", 3, "p2", window="2014-08-20..2014-12-31", note="From the 08-20 close (start of August 21st)."),
  C("SPX", "period_pct_change", 3.64, "pct", "2014-12-31", "+3.64%", "between_pct('SPX','2014-08-20','2014-12-31')", 3, "p2", window="2014-08-20..2014-12-31"),
  C("SPX", "ytd_pct_change", 12.49, "pct", "1998-08-20", "up 12.49%", "ytd_pct('SPX','1998-08-20')", 3, "p2"),
  C("RUT", "ytd_pct_change", -8.38, "pct", "1998-08-20", "down 8.38%", "ytd_pct('RUT','1998-08-20')", 3, "p2", note="File: -8.08% (1997 close 437.02 to 401.71); 0.30 points off."),
  C("SPX", "period_pct_change", 12.61, "pct", "1998-12-31", "another 12.61%", "between_pct('SPX','1998-08-20','1998-12-31')", 3, "p2", window="1998-08-20..1998-12-31"),
  C("RUT", "period_pct_change", 4.96, "pct", "1998-12-31", "only 4.96%", "between_pct('RUT','1998-08-20','1998-12-31')", 3, "p2", window="1998-08-20..1998-12-31", note="File +5.04%; 0.08 off."),
 ]),
dict(id="investing_20190626_small_caps_lagging",
 source={"site": "investing.com", "url": "https://www.investing.com/analysis/small-caps-are-lagging-investors-should-be-more-concerned-when-they-lead-200435003", "original_outlet": "Investing.com (Fat Pitch analysis)"},
 published="2019-06-26", published_confidence="exact", published_note="published 06/26/2019 04:23 PM; 'last week' = 2019-06-17..21; 'currently' read as the 06-26 close (06-25 also given).",
 text=("Last week SPX made a new all-time high. The DJIA equalled its all-time high from October 2018 and NDX came within 1% of its "
       "all-time high from just last month. The Russell 3000, the broadest measure of US stocks, came within 0.1% of its October 2018 "
       "high. Small caps, by contrast, are lagging: the Russell 2000 is currently 12% below its all-time high from August 2018 and under "
       "both its 50-day and 200-day averages. Should investors worry? Probably not: small-cap underperformance has more often marked a "
       "low in SPX than a high."),
 claims=[
  C("SPX", "record_close", True, "flag", "2019-06-20", "SPX made a new all-time high", "is_record('SPX','2019-06-20')", 2, kind="record", verdict="supported"),
  C("DJI", "equal_record", True, "flag", "2019-06-20", "equalled its all-time high from October 2018", "[peak_through('DJI','2019-06-21',since='2019-06-17'), peak_before('DJI','2019-06-17')]", 2, kind="record", verdict="imprecise", note="Best close of the week 26,753.17 (06-20) vs the 2018-10-03 record close 26,828.39: 0.28% short. Equalled only loosely (perhaps intraday)."),
  C("NDX", "pct_from_record", 1, "pct", "2019-06-21", "within 1%", "(1 - peak_through('NDX','2019-06-21',since='2019-06-17')[1] / peak_before('NDX','2019-06-17')[1]) * 100", 2, "p0", qual="within", note="Best close of the week vs the 2019-05-03 record close 7,845.73: 1.37% short on closes (an intraday reading might differ; not judged)."),
  C("RUSSELL3000", "pct_from_record", 0.1, "pct", "2019-06-21", "within 0.1%", verdict="unverifiable", kind="unverifiable", note="The Russell 3000 is not in the files."),
  C("RUT", "pct_from_record", 12, "pct", "2019-06-26", "12% below", "below_peak_pct('RUT','2019-06-26')", 2, "p0", note="Record close 1,740.75 (2018-08-31); 06-26 close 12.57% below (06-25: 12.62%)."),
  C("RUT", "record_month", "2018-08", "month", "2019-06-26", "all-time high from August 2018", "peak_before('RUT','2019-06-26')", 2, kind="record", verdict="supported"),
  C("RUT", "below_moving_averages", True, "flag", "2019-06-26", "under both its 50-day and 200-day", "[val('RUT','2019-06-26'), float(closes('RUT')[:T('2019-06-26')].tail(50).mean()), float(closes('RUT')[:T('2019-06-26')].tail(200).mean())]", 2, kind="eq", verdict="supported", note="Close 1,521.89 below the 50-day (1,544.14) and 200-day (1,534.25) averages."),
  C("GENERIC", "historical_pattern", None, None, None, "more often marked a low", verdict="not_checkable", kind="not_checkable", basis=None, note="Generic historical claim without a stated sample."),
 ]),
dict(id="marketwatch_20190812_hulbert_small_caps_lag",
 source={"site": "mutualfundobserver.com", "url": "https://mutualfundobserver.com/discuss/discussion/51975/mark-hulbert-small-cap-stocks-are-badly-lagging-the-s-p-500-is-that-a-warning-sign", "original_outlet": "MarketWatch (Mark Hulbert)"},
 published="2019-08-12", published_confidence="high", published_note="forum repost of the MarketWatch column whose link carries 2019-08-12; the three-month windows end on the stated dates.",
 text=("Small-cap stocks have lagged the market in recent months; should you worry? Over the three months leading up to its July 26 "
       "all-time high, the S&P 500 gained 3.4%, assuming dividends were reinvested. Over the same three months the Russell 2000 lost "
       "0.8% and the iShares Micro-Cap ETF lost 3.4%. Small caps did lag badly ahead of some major tops, as at the October 2007 "
       "bull-market high. But at other tops they led: over the three months before the March 24, 2000, bull market high, the Russell 2000 "
       "gained 19.0%, versus 'just' 5.1% for the S&P 500."),
 claims=[
  C("SPX", "record_close_date", "2019-07-26", "date", "2019-07-26", "July 26", "peak_before('SPX','2019-08-12')", 2, kind="record", verdict="supported"),
  C("SPX", "total_return_3m", 3.4, "pct", "2019-07-26", "gained 3.4%", "between_pct('SPY','2019-04-26','2019-07-26','adj_close')", 2, kind="unverifiable", verdict="unverifiable", basis="total return", window="2019-04-26..2019-07-26", note="Total return of the index is not in the files; SPY's adjusted close (a fund proxy) gained 3.43% and the price index 2.92%."),
  C("RUT", "return_3m", -0.8, "pct", "2019-07-26", "lost 0.8%", "between_pct('RUT','2019-04-26','2019-07-26')", 2, "p1", window="2019-04-26..2019-07-26", note="Price index -0.69%; IWM total return -0.33%. Neither basis gives -0.8%; the price figure is 0.11 off."),
  C("IWC", "return_3m", -3.4, "pct", "2019-07-26", "Micro-Cap ETF lost 3.4%", verdict="unverifiable", kind="unverifiable", note="IWC is not in the files."),
  C("SPX", "record_date", "2007-10", "month", "2007-10-09", "October 2007", "peak_before('SPX','2008-01-01',since='2007-01-01')", 2, kind="record", verdict="supported"),
  C("SPX", "record_date", "2000-03-24", "date", "2000-03-24", "March 24, 2000", "peak_before('SPX','2000-04-01',since='2000-01-01')", 2, kind="record", verdict="supported"),
  C("RUT", "return_3m", 19.0, "pct", "2000-03-24", "gained 19.0%", "between_pct('RUT','1999-12-23','2000-03-24')", 2, "p1", window="1999-12-23..2000-03-24", note="From the 1999-12-23 close (three months back; 12-24 was a holiday): +18.98%."),
  C("SPX", "return_3m", 5.1, "pct", "2000-03-24", "5.1%", "between_pct('SPX','1999-12-23','2000-03-24')", 2, "p1", window="1999-12-23..2000-03-24", note="Price +4.74%; with dividends (yield about 1.2% a year) about +5.0%. On the file's price basis 0.36 off."),
 ]),
dict(id="bespoke_20201110_rut_six_day_surge",
 source={"site": "bespokepremium.com", "url": "https://www.bespokepremium.com/think-big-blog/big-milestone-for-small-stocks/", "original_outlet": "Bespoke Investment Group"},
 published="2020-11-10", published_confidence="medium", published_note="undated page; 'Monday's positive vaccine news' is 2020-11-09, and the post appears to be written that evening or on 11-10.",
 text=("No US equity index has reacted more strongly since Election Day than the Russell 2000. Following Monday's positive vaccine news "
       "the index finally broke out above its highs from earlier in the year, and after Monday's move it was up over 10% in just the last "
       "six trading days. In almost any other year a 10%+ move would be extraordinary, but this is actually the sixth one of at least that "
       "much in 2020. Coming out of the March lows, the Russell saw three six-day moves of 19.1%, 16.3%, and 14.8%. Behind 2020, the year "
       "with the next highest total of 10%+ moves was 2011 (4) and then 2008 (3)."),
 claims=[
  C("RUT", "breakout_above_2020_high", True, "flag", "2020-11-09", "broke out above its highs from earlier in the year", "[val('RUT','2020-11-09'), val('RUT','2020-11-09','high'), peak_before('RUT','2020-11-09',since='2020-01-01'), peak_before('RUT','2020-11-09','high',since='2020-01-01')]", 2, kind="record", verdict="imprecise", note="Intraday the index rose well above its January highs, but the 11-09 close (1,705.04) ended 0.18 below the 2020-01-16 close (1,705.22); the closing breakout came on 11-10."),
  C("RUT", "six_session_pct_change", 10, "pct", "2020-11-09", "up over 10%", "window_pct('RUT','2020-11-09',6)", 2, "p0", qual="over", note="+10.83% over the six sessions to 11-09."),
  C("RUT", "count_10pct_six_day_moves", 6, "count", "2020-11-09", "the sixth one", "six_day_moves('RUT',2020)", 0, "int", note="Counting distinct runs of six-session gains of 10% or more in 2020 gives 7 in the file; Bespoke's episode definition is not stated, so the count depends on how overlapping windows are merged."),
  C("RUT", "six_day_moves_list", [19.1, 16.3, 14.8], "pct", "2020-04", "19.1%, 16.3%, and 14.8%", verdict="unverifiable", kind="unverifiable", note="Which six-day windows are meant is not stated."),
  C("RUT", "count_10pct_six_day_moves", 4, "count", "2011-12-31", "2011 (4)", "six_day_moves('RUT',2011)", 0, "int"),
  C("RUT", "count_10pct_six_day_moves", 3, "count", "2008-12-31", "2008 (3)", "six_day_moves('RUT',2008)", 0, "int"),
 ]),
dict(id="leuthold_20210414_small_caps_stagger",
 source={"site": "advisors.leutholdgroup.com", "url": "https://advisors.leutholdgroup.com/research/paulsen/2021/04/14/small-caps-stagger.22896", "original_outlet": "The Leuthold Group (Jim Paulsen)"},
 published="2021-04-14", published_confidence="exact", published_note="dated Apr 14 2021; figures read at the close of Tuesday 2021-04-13.",
 text=("After rising steadily since last fall, small-cap stocks have recently staggered. Although the Russell 2000 is off by only about "
       "5.5% from its record high in mid-March, it has underperformed the S&P 500 by almost 10%."),
 claims=[
  C("RUT", "pct_from_record", 5.5, "pct", "2021-04-13", "about 5.5%", "below_peak_pct('RUT','2021-04-13')", 2, "p1", qual="about", note="Record close 2,360.17 on 2021-03-15; 04-13 close 5.56% below."),
  C("RUT", "record_date", "2021-03", "month", "2021-04-13", "record high in mid-March", "peak_before('RUT','2021-04-14')", 2, kind="record", verdict="supported"),
  C("RUT_MINUS_SPX", "relative_return", -10, "pp", "2021-04-13", "almost 10%", "between_pct('RUT','2021-03-15','2021-04-13') - between_pct('SPX','2021-03-15','2021-04-13')", 2, "p0", qual="almost", window="2021-03-15..2021-04-13", note="Since the Russell's record: Russell -5.56% vs S&P +4.35%, a 9.91-point gap."),
 ]),
]
