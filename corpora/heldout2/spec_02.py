PASSAGES = [
dict(
 id="betterbizbooks_20081009_rut_seven_day_collapse",
 source={"site": "betterbizbooks.blogspot.com", "url": "http://betterbizbooks.blogspot.com/2008/10/stock-market-collapses-todaydown-7.html", "original_outlet": "blog post quoting a market wrap (Dan Ross)"},
 published="2008-10-09", published_confidence="exact",
 published_note="blog post dated Thursday, October 9, 2008; the quoted wrap describes that day's close.",
 text=("Thursday, October 9, 2008 - The stock market collapsed again today, down 7 + %. The Russell 2000 shed 47.36, or 8.67%, to "
       "499.20, its lowest daily close since Sept. 30, 2003. For the year the Russell is now down 34.8%, against 35.3% for the Dow "
       "and 37.4% for the S&P 500. The Russell has closed lower seven consecutive sessions, and 9 of 10; over those 10 days small "
       "caps have collapsed 29.2%, one of the most relentless bearish displays in market history. Just three weeks ago the Russell "
       "2000 was down only 1.6% for the year while the Dow was down 14.1%, a spread of 12.5% in favour of the small caps. Now the "
       "difference is less than 1%."),
 claims=[
  C("DJI", "daily_pct_change", -7, "pct", "2008-10-09", "down 7 + %", "pct('DJI','2008-10-09')", 2, "p0", qual="more than", note="Headline figure read as the Dow (-7.33%); the S&P 500 fell 7.62% and the Russell 8.67%, so any reading of 'the market' satisfies it."),
  C("RUT", "daily_point_change", -47.36, "index_points", "2008-10-09", "47.36", "chg('RUT','2008-10-09')", 2, "p2", note="File: -47.37 (546.57 -> 499.20); 0.01 off, within the 2-dp tolerance."),
  C("RUT", "daily_pct_change", -8.67, "pct", "2008-10-09", "8.67%", "pct('RUT','2008-10-09')", 3, "p2"),
  C("RUT", "close_level", 499.20, "index_points", "2008-10-09", "499.20", "val('RUT','2008-10-09')", 2, "lvl2"),
  C("RUT", "lowest_close_since", "2003-09-30", "date", "2008-10-09", "Sept. 30, 2003", "lowest_since('RUT','2008-10-09')", 2, kind="date", verdict="supported", note="Last earlier close at or below 499.20: 2003-09-30."),
  C("RUT", "ytd_return", -34.8, "pct", "2008-10-09", "down 34.8%", "ytd_pct('RUT','2008-10-09')", 2, "p1", window="ytd"),
  C("DJI", "ytd_return", -35.3, "pct", "2008-10-09", "35.3%", "ytd_pct('DJI','2008-10-09')", 2, "p1", window="ytd"),
  C("SPX", "ytd_return", -37.4, "pct", "2008-10-09", "37.4%", "ytd_pct('SPX','2008-10-09')", 2, "p1", window="ytd", note="File: -38.03%; 0.63 points short."),
  C("RUT", "down_streak", 7, "sessions", "2008-10-09", "seven consecutive sessions", "run_length('RUT','2008-10-09',False)", 0, kind="streak", verdict="supported"),
  C("RUT", "down_days_in_window", 9, "sessions", "2008-10-09", "9 of 10", "count_moves('RUT','2008-09-26','2008-10-09',False)", 0, kind="streak", verdict="supported", note="Sessions 2008-09-26..10-09: 9 down closes."),
  C("RUT", "window_return", -29.2, "pct", "2008-10-09", "collapsed 29.2%", "window_pct('RUT','2008-10-09',10)", 2, "p1", window="10 sessions", note="Close 2008-09-25 to 2008-10-09: -29.27%."),
  C("RUT", "ytd_return", -1.6, "pct", "2008-09-19", "down only 1.6%", "ytd_pct('RUT','2008-09-19')", 2, "p1", window="ytd", note="'Three weeks ago' = Friday 2008-09-19 (the short-sale-ban rally): -1.60%."),
  C("DJI", "ytd_return", -14.1, "pct", "2008-09-19", "down 14.1%", "ytd_pct('DJI','2008-09-19')", 2, "p1", window="ytd", note="2008-09-19: -14.15%."),
  C("DJI_MINUS_RUT", "ytd_return_gap", 12.5, "pp", "2008-09-19", "spread of 12.5%", "ytd_pct('RUT','2008-09-19') - ytd_pct('DJI','2008-09-19')", 2, "p1", note="-1.60 vs -14.15: 12.54 points."),
  C("DJI_MINUS_RUT", "ytd_return_gap", 1, "pp", "2008-10-09", "less than 1%", "ytd_pct('RUT','2008-10-09') - ytd_pct('DJI','2008-10-09')", 2, "p0", qual="less than", note="-34.83 vs -35.32: 0.49 points."),
 ]),
dict(
 id="bonddad_20090223_rut_below_400",
 source={"site": "bonddad.blogspot.com", "url": "http://bonddad.blogspot.com/2009/02/long-term-look-at-markets.html", "original_outlet": "Bonddad blog quoting MarketWatch and The Wall Street Journal"},
 published="2009-02-24", published_confidence="medium",
 published_note="the URL gives February 2009; the quoted reports describe Monday's session with the Dow at 7,114.78, which is 2009-02-23 in the files, so the post is from that evening or the next day.",
 text=("A slide in small-cap health-care and energy shares pushed the Russell 2000 below 400 for the first time since the bear-market "
       "lows of November. For the session the Russell 2000 lost 16.38 points, or 4%, to 394.58, its sixth straight decline. The last "
       "time it closed under 400 was Nov. 20, when it ended at 385.31. Because its members depend on growth rather than an "
       "established client base, the index is a good proxy for risk, and right now people are running from risk. From the WSJ: "
       "markets shuddered Monday, with the Dow Jones Industrial Average falling 3.4% to 7114.78 -- nearly half the peak it hit just "
       "16 months ago -- as major indexes sank to their lowest closing levels in more than 11 years."),
 claims=[
  C("RUT", "daily_point_change", -16.38, "index_points", "2009-02-23", "16.38 points", "chg('RUT','2009-02-23')", 2, "p2"),
  C("RUT", "daily_pct_change", -4, "pct", "2009-02-23", "or 4%", "pct('RUT','2009-02-23')", 2, "p0"),
  C("RUT", "close_level", 394.58, "index_points", "2009-02-23", "394.58", "val('RUT','2009-02-23')", 2, "lvl2"),
  C("RUT", "down_streak", 6, "sessions", "2009-02-23", "sixth straight decline", "run_length('RUT','2009-02-23',False)", 0, kind="streak", verdict="supported"),
  C("RUT", "last_close_below_level", "2008-11-20", "date", "2009-02-23", "Nov. 20", "last_close_beyond('RUT','2009-02-23',400,False)", 2, kind="date", verdict="supported", note="Last close under 400 before 2009-02-23: 2008-11-20 (385.31), the bear-market low of November."),
  C("RUT", "close_level", 385.31, "index_points", "2008-11-20", "385.31", "val('RUT','2008-11-20')", 2, "lvl2"),
  C("DJI", "daily_pct_change", -3.4, "pct", "2009-02-23", "falling 3.4%", "pct('DJI','2009-02-23')", 2, "p1"),
  C("DJI", "close_level", 7114.78, "index_points", "2009-02-23", "7114.78", "val('DJI','2009-02-23')", 2, "lvl2"),
  C("DJI", "pct_of_peak", 50, "pct", "2009-02-23", "nearly half the peak", "val('DJI','2009-02-23') / peak_before('DJI','2009-02-23')[1] * 100", 2, "p0", qual="nearly", note="7114.78 / 14164.53 (2007-10-09) = 50.2% of the peak (a 49.8% fall)."),
  C("DJI", "peak_age_months", 16, "months", "2007-10-09", "16 months ago", "peak_before('DJI','2009-02-23')", 2, kind="record", verdict="supported", note="Record close 2007-10-09, 16.5 months earlier."),
  C("DJI", "lowest_close_since", "more than 11 years", "duration", "2009-02-23", "lowest closing levels in more than 11 years", "[lowest_since('DJI','2009-02-23'), lowest_since('SPX','2009-02-23')]", 2, kind="date", verdict="supported", note="Dow: lowest close since 1997-05-07; S&P 500: since 1997-04-11; both more than 11 years."),
 ]),
dict(
 id="fnlondon_20100811_vix_jumps",
 source={"site": "fnlondon.com", "url": "https://fnlondon-spa-prod.sc.onservo.com/articles/vix-jumps-traders-protective-20100812?mod=fn_archive", "original_outlet": "Financial News / Dow Jones"},
 published="2010-08-12", published_confidence="high",
 published_note="URL dated 20100812; the story describes 'Wednesday's session', 2010-08-11, when the VIX high was 26.10.",
 text=("Stocks tumbled and the market's volatility gauge jumped as options trading turned defensive. The Chicago Board Options "
       "Exchange's volatility index, or Vix, which tracks what investors pay for options on the S&P 500, rose as much as 17% to "
       "26.10 in the first half of Wednesday's session. The index last closed in that range in mid-July."),
 claims=[
  C("VIX", "intraday_pct_change_max", 17, "pct", "2010-08-11", "as much as 17%", "(val('VIX','2010-08-11','high') / val('VIX','2010-08-10') - 1) * 100", 2, "p0", qual="as much as", basis="intraday high", note="Session high 26.10 vs previous close 22.37: +16.67%."),
  C("VIX", "intraday_high", 26.10, "index_points", "2010-08-11", "26.10", "val('VIX','2010-08-11','high')", 2, "lvl2", basis="intraday high"),
  C("VIX", "last_close_at_level", "2010-07", "month", "2010-08-11", "mid-July", "last_close_beyond('VIX','2010-08-11',26.0)", 2, kind="date", verdict="supported", note="Last close at or above 26: 2010-07-16 (26.25)."),
 ]),
dict(
 id="ap_20110506_small_cap_record_primer",
 source={"site": "mercurynews.com", "url": "https://staging.mercurynews.com/2011/05/06/a-primer-on-small-cap-stocks-hitting-record-high", "original_outlet": "Associated Press"},
 published="2011-05-06", published_confidence="exact",
 published_note="URL dated 2011/05/06 (Friday); 'Monday' is 2011-05-02. The figures since the March 2009 low fit the close of Thursday 2011-05-05 or Wednesday 05-04.",
 text=("BOSTON - The economy is hard to read: stocks rise on strong earnings one day and slide on weak jobs data the next. Still, "
       "records are falling. The most widely used small-cap benchmark, the Russell 2000 index, hit an all-time high on Monday, "
       "eclipsing a record set in 2007. It has slipped since then, but remains up nearly 143 percent from its low in March 2009, "
       "when stocks bottomed during the financial meltdown. The Standard & Poor's 500, by comparison, is up 99 percent, and "
       "remains 16 percent below its record level of October 2007. The Russell 2000 represents 8 percent of the total stock market; "
       "the S&P 500 represents about 75 percent."),
 claims=[
  C("RUT", "intraday_record", True, "flag", "2011-05-02", "hit an all-time high on Monday", "[val('RUT','2011-05-02','high'), peak_before('RUT','2011-05-02','high')]", 2, kind="record", verdict="supported", basis="intraday high", note="Monday 2011-05-02 high 868.57 tops every earlier high (866.90 on 04-29). The close (854.77) was not a record: the closing record was 865.29 on Friday 04-29."),
  C("RUT", "previous_record_year", 2007, "year", "2011-05-02", "record set in 2007", "peak_before('RUT','2011-04-01')", 2, kind="record", verdict="supported", note="Before the April 2011 breakout the record close was 855.77 on 2007-07-13."),
  C("RUT", "return_since_low", 143, "pct", "2011-05-05", "nearly 143 percent", "between_pct('RUT','2009-03-09','2011-05-04')", 2, "p0", qual="nearly", window="2009-03-09..2011-05-04", note="From the 2009-03-09 close (343.26) to Wednesday 05-04: +142.64%; to Thursday 05-05: +141.58% (also 'nearly 143' within one unit)."),
  C("SPX", "return_since_low", 99, "pct", "2011-05-05", "up 99 percent", "between_pct('SPX','2009-03-09','2011-05-04')", 2, "p0", window="2009-03-09..2011-05-04", note="To 05-04: +99.15%; to 05-05 it is +97.35%, so the figure fits the Wednesday close."),
  C("SPX", "pct_from_record", 16, "pct", "2011-05-05", "16 percent below", "below_peak_pct('SPX','2011-05-04')", 2, "p0", note="Record close 1565.15 (2007-10-09); 05-04 close 13.92% below (05-05: 14.70%). The stated 16 percent is off by about 2 points.", verdict=None),
  C("RUT", "share_of_market_cap", 8, "pct", None, "8 percent of the total", verdict="unverifiable", kind="unverifiable", basis=None, note="Market-cap weights are not in the files."),
  C("SPX", "share_of_market_cap", 75, "pct", None, "about 75 percent", verdict="unverifiable", kind="unverifiable", qual="about", basis=None, note="Market-cap weights are not in the files."),
 ]),
dict(
 id="fool_20140704_dow_17000_rut_near_record",
 source={"site": "fool.com", "url": "http://www.fool.com/investing/general/2014/07/04/forget-dow-17000-this-index-holds-the-key-to-the-b.aspx", "original_outlet": "The Motley Fool"},
 published="2014-07-04", published_confidence="exact",
 published_note="URL dated 2014/07/04 (a market holiday); 'Thursday' is 2014-07-03, the session the Dow first closed above 17,000.",
 text=("Over the holiday weekend you'll hear plenty about the Dow Jones Industrials rising above 17,000 for the first time, the "
       "third time in a little more than a year that the Dow has set a new thousand-point milestone. Yet even as the Dow soars into "
       "uncharted territory, the small-cap Russell 2000 is closing in on an all-time high of its own. After hitting its all-time "
       "record high on March 4, the Russell 2000 languished, coming far closer to a full 10% correction in May than the Dow has come "
       "in 2013 or 2014. On Thursday, though, the Russell 2000 came within half a point of a new all-time record high. If it breaks "
       "into record territory, short-term traders who watch for convergences and divergences across the market will take note."),
 claims=[
  C("DJI", "first_close_above", "2014-07-03", "date", "2014-07-03", "above 17,000 for the first time", "first_close_beyond('DJI',17000,'1992-01-01')", 2, kind="record", verdict="supported", note="First close above 17,000: 2014-07-03 (17,068.26)."),
  C("DJI", "milestones_count", 3, "count", "2014-07-03", "third time in a little more than a year", "[first_close_beyond('DJI',15000,'1992-01-01'), first_close_beyond('DJI',16000,'1992-01-01'), first_close_beyond('DJI',17000,'1992-01-01')]", 2, kind="record", verdict="supported", note="15,000 on 2013-05-07, 16,000 on 2013-11-21, 17,000 on 2014-07-03: three milestones in 14 months."),
  C("RUT", "record_date", "2014-03-04", "date", "2014-03-04", "record high on March 4", "peak_before('RUT','2014-07-03')", 2, kind="record", verdict="supported", note="Record close 1208.65 on 2014-03-04. (On an intraday basis the index set a new high of 1213.55 on 2014-07-01, which the piece does not mention.)"),
  C("RUT", "max_drawdown_vs_dji", True, "flag", "2014-05-15", "far closer to a full 10% correction", "[below_peak_pct('RUT','2014-05-15'), trough('RUT','2014-03-05','2014-07-03')]", 2, kind="correction", verdict="supported", note="The Russell's low close 2014-05-15 (1095.99) was 9.32% below its record; the Dow's deepest 2013-14 close-to-close drawdown was about 7.3%."),
  C("RUT", "points_from_record", 0.5, "index_points", "2014-07-03", "within half a point", "peak_before('RUT','2014-07-03')[1] - val('RUT','2014-07-03')", 2, kind="eq", qual="within", verdict="supported", note="Close 1208.15 vs record close 1208.65: exactly 0.50 points short; 'within half a point' is met at the boundary (strictly 'less than' would fail by rounding)."),
  C("GENERIC", "conditional_record", None, None, None, "If it breaks", verdict="not_checkable", kind="not_checkable", basis=None, note="Conditional statement."),
 ]),
dict(
 id="businessinsider_20141007_rut_death_cross_correction",
 source={"site": "businessinsider.in", "url": "https://businessinsider.in/the-russell-2000-has-deteriorated-from-death-cross-to-full-blown-correction/articleshow/44021774.cms", "original_outlet": "Business Insider"},
 published="2014-10-07", published_confidence="medium",
 published_note="undated page; 'Tuesday' with the Dow down more than 250 points and the Russell about 10% below its high matches Tuesday 2014-10-07 (Dow -272.52 at the close). The 50/200-day cross fell on 2014-09-22, 'last month'. Written during the session.",
 text=("It's ugly out there today. The Dow is down more than 250 points, the S&P 500 is down more than 1%, and the Nasdaq is down more "
       "than 1.6%. The Russell 2000 has had an even rougher go of it. Last month its 50-day moving average crossed below the 200-day "
       "moving average, the technical signal known as the 'death cross.' On Tuesday the Russell 2000 was down 1.2%, and from its "
       "most recent highs it's down 10%, meaning the index is in a correction. The S&P 500, meanwhile, is still more than 6% away "
       "from a correction and has gone more than twice its historical average number of days since its last 10% slide, which came "
       "all the way back in the spring of 2012. Deutsche Bank's David Bianco wrote that growth expectations for Russell 2000 stocks "
       "are still too high for 2015."),
 claims=[
  C("DJI", "intraday_point_change", -250, "index_points", "2014-10-07", "more than 250 points", "chg('DJI','2014-10-07')", 2, "int", qual="more than", basis="mid-session", note="Bound claim: the close was -272.52 and the session low lower still; both satisfy it."),
  C("SPX", "intraday_pct_change", -1, "pct", "2014-10-07", "down more than 1%", "pct('SPX','2014-10-07')", 2, "p0", qual="more than", basis="mid-session", note="Close -1.51%; satisfied at the close and at the low."),
  C("IXIC", "intraday_pct_change", -1.6, "pct", "2014-10-07", "more than 1.6%", "[pct('IXIC','2014-10-07'), (val('IXIC','2014-10-07','low') / val('IXIC','2014-10-06') - 1) * 100]", 2, kind="mid", verdict="imprecise", basis="mid-session", note="The Nasdaq's session low was -1.56% and it closed -1.56%: it was never down more than 1.6% that day, so the mid-session figure lies just outside the session's range."),
  C("RUT", "death_cross_month", "2014-09", "month", "2014-10-07", "Last month", "ma_cross('RUT','2014-08-01','2014-10-07')", 2, kind="eq", verdict="supported", note="50-day average crossed below the 200-day on 2014-09-22."),
  C("RUT", "intraday_pct_change", -1.2, "pct", "2014-10-07", "down 1.2%", "[pct('RUT','2014-10-07'), (val('RUT','2014-10-07','low') / val('RUT','2014-10-06') - 1) * 100, (val('RUT','2014-10-07','high') / val('RUT','2014-10-06') - 1) * 100]", 2, kind="mid", verdict="unverifiable", basis="mid-session", note="Session range -1.68%..-0.34% (close -1.68%); a mid-session -1.2% lies inside it."),
  C("RUT", "pct_from_high", 10, "pct", "2014-10-07", "it's down 10%", "below_peak_pct('RUT','2014-10-07')", 2, kind="mid", verdict="unverifiable", basis="mid-session", note="From the 1208.65 record close (2014-03-04) the session ranged 9.74%..10.95% below (close 10.95%); a mid-session 10% is inside the range."),
  C("RUT", "in_correction", True, "flag", "2014-10-07", "is in a correction", "first_correction_day('RUT','2014-09-01','2014-10-07')", 2, kind="correction", verdict="supported", note="The first close 10% below the 52-week high was 2014-10-01 (1085.41, 10.2% below the 1208.65 record); the 10-07 close is 10.95% below, so the index is in a correction."),
  C("SPX", "distance_to_correction", 6, "pct", "2014-10-07", "more than 6% away", "(1 - 0.9 * peak_before('SPX','2014-10-07')[1] / val('SPX','2014-10-07')) * 100", 2, "p0", qual="more than", note="Correction level 0.9 x 2011.36 (2014-09-18 record) = 1810.2; the close 1935.10 would have to fall 6.45%."),
  C("SPX", "last_correction", "2012 spring", "period", "2014-10-07", "spring of 2012", "[correction_days('SPX','2011-10-05','2014-10-07')[-1], below_peak_pct('SPX','2012-06-01',since='2012-01-01')]", 2, kind="date", verdict="imprecise", note="In spring 2012 the S&P 500 fell 9.94% on closes (1419.04 on 04-02 to 1278.04 on 06-01), just short of 10% (it exceeded 10% only intraday); the last close-basis correction day was 2011-12-19. The stated date is later than the true one (understated)."),
  C("GENERIC", "average_days_between_corrections", None, None, "2014-10-07", "more than twice its historical average", verdict="not_checkable", kind="not_checkable", basis=None, note="Depends on an unstated historical average."),
  C("RUT", "earnings_growth_expectations", None, None, None, "still too high for 2015", verdict="not_checkable", kind="not_checkable", basis=None, note="Quoted analyst opinion about earnings expectations."),
 ]),
]
