P("tradingview_20240123_rut_rallies_dow_38000", "tradingview.com", "https://amazon-us-03-00-feo.std.metric.edgekey.net/chart/IWM/bVPLHfse-Russell-2000-rallies",
  "TradingView idea (IWM chart commentary)", "2024-01-23", "high", "inferred: 'yesterday' the Dow closed above 38,000 for the first time, which in the file is Monday 2024-01-22; the note was written the next day.",
  """The three major US stock indices eked out modest gains yesterday to set fresh record highs, and the Dow Jones Industrial Average closed above 38,000 for the first time ever. The best performance, though, came from the Russell 2000, which closed up 2.0%.

This is the US 'mid cap' index, a broad look at smaller, more domestically focused companies; it is not heavily weighted to tech or financials, and its largest sector, industrials, makes up over 17% of the index. It has lagged both the S&P 500 and the NASDAQ 100 for some time: last year it rose 16%, against 24% for the S&P and 43% for the NASDAQ, although it beat the Dow, which 'only' managed 13.5%. More significantly, it is still around 18% below its November 2021 record high.""",
  [
    C("DJI,SPX,NDX", "record_close", "true", "flag", "2024-01-22", "[is_record(t,'2024-01-22') for t in ('DJI','GSPC','NDX','IXIC')]", "fresh record highs", verdict="supported", rule="record",
      note="On 2024-01-22 the Dow, the S&P 500 and the Nasdaq-100 closed at records (the Nasdaq Composite did not: it was still below its 2021 peak). The writer's 'three majors' are the Dow, the S&P 500 and the NASDAQ 100 (named next), so supported."),
    C("DJI", "first_close_above", "38000", "index_points", "2024-01-22", "first_level('DJI', 38000)", "above 38,000 for the first time", verdict="supported", rule="record"),
    C("RUT", "daily_pct_change", "2.0", "pct", "2024-01-22", "pct('RUT','2024-01-22')", "closed up 2.0%", kind="pct"),
    C("RUT", "size_segment", "mid cap", "text", "2024-01-23", None, "'mid cap' index", verdict="not_checkable", rule="nc_generic",
      note="A description (in fact the Russell 2000 is a small-cap index); not a market figure the files can check."),
    C("RUT", "sector_weight_industrials", "17", "pct", "2024-01-23", None, "over 17%", q="more than", verdict="unverifiable", rule="unv_series",
      note="Sector weights are not in the files."),
    C("RUT", "annual_pct_change", "16", "pct", "2023-12-29", "year_change('RUT', 2023)", "rose 16%", kind="pct",
      note="2023 price change +15.09%, which rounds to 15 (total return was about 16.9%): imprecise on the price index."),
    C("SPX", "annual_pct_change", "24", "pct", "2023-12-29", "year_change('GSPC', 2023)", "24% for the S&P", kind="pct"),
    C("IXIC", "annual_pct_change", "43", "pct", "2023-12-29", "year_change('IXIC', 2023)", "43% for the NASDAQ", kind="pct",
      note="'The NASDAQ' read as the Nasdaq Composite: +43.42% in 2023, supported. If it meant the NASDAQ 100 of the previous sentence (+53.81%), it would be contradicted."),
    C("DJI", "annual_pct_change", "13.5", "pct", "2023-12-29", "year_change('DJI', 2023)", "13.5%", kind="pct",
      note="Dow 2023: +13.70%; 13.5 is 0.2 off -> imprecise."),
    C("RUT", "pct_from_ath", "18", "pct", "2024-01-22", "below_peak('RUT','2024-01-22')", "around 18% below", q="around", kind="pct",
      note="Record close 2442.74 (2021-11-08); 2024-01-22 close 18.81% below. 'Around 18%' holds."),
  ])

P("freebeacon_20240805_vix_pandemic_high", "freebeacon.com", "https://freebeacon.com/latest-news/wall-streets-fear-gauge-jumps-to-pandemic-level-high-as-stocks-plunge-us-recession-looms",
  "Washington Free Beacon", "2024-08-05", "high", "inferred: 'on Monday' after the disappointing July jobs report released Friday 2024-08-02; Monday 2024-08-05, written during the session.",
  """Wall Street's 'fear gauge,' the CBOE Volatility Index, spiked on Monday to its highest level since the start of the COVID-19 pandemic as global stocks tumbled on mounting fears of a U.S. recession.

The VIX rose above 65 on Monday, up from around 23 on Friday and 17 a week earlier, its highest level in more than four years, CNBC reported. It had reached as high as 85 in March 2020 but often traded below 20 as markets recovered.

The Dow Jones Industrial Average dropped more than 1,000 points at the opening bell, while the S&P 500 fell 3.6 percent and the Nasdaq slid 4.8 percent. The selloff followed Friday's jobs report, which showed unemployment rising to 4.3 percent.""",
  [
    C("VIX", "highest_since", "2020-03", "month", "2024-08-05", "highest_since('VIX','2024-08-05','high')", "highest level since the start of the COVID-19 pandemic", verdict="supported", rule="since",
      note="Intraday basis: the last VIX high at or above 65.73 was 2020-03-30, in the pandemic's first weeks. (On the close, 38.57, the last higher close was 2020-10-28: the claim is about the intraday spike.)"),
    C("VIX", "intraday_high", "65", "index_points", "2024-08-05", "value('VIX','2024-08-05','high')", "above 65", q="more than", basis="intraday high", kind="level",
      note="Session high 65.73 (the close was 38.57)."),
    C("VIX", "close_level", "23", "index_points", "2024-08-02", "value('VIX','2024-08-02')", "around 23", q="around", kind="level"),
    C("VIX", "close_level", "17", "index_points", "2024-07-26", "value('VIX','2024-07-26')", "17 a week earlier", q="around", kind="level",
      note="Friday 2024-07-26 close 16.39; 'around ... 17' (within one unit). Supported."),
    C("VIX", "highest_since", "more than four years", "duration", "2024-08-05", "highest_since('VIX','2024-08-05','high')", "highest level in more than four years", verdict="supported", rule="since",
      note="Last session with a VIX high at or above 65.73: 2020-03-30, four years and four months earlier (the pandemic start, as the lead says)."),
    C("VIX", "intraday_high", "85", "index_points", "2020-03-18", "max_close('VIX','2020-03-01','2020-03-31') and value('VIX','2020-03-18','high')", "as high as 85", q="as much as", basis="intraday high", kind="level",
      note="March 2020 intraday high 85.47 on 2020-03-18 (the closing high was 82.69 on 03-16). Supported."),
    C("VIX", "typical_level", "20", "index_points", "2024-08-05", None, "often traded below 20", verdict="not_checkable", rule="nc_generic",
      note="Loose description of the VIX since 2020 (no stated window or share)."),
    C("DJI", "intraday_point_change", "-1000", "index_points", "2024-08-05", "extreme_pts('DJI','2024-08-05','low')", "more than 1,000 points at the opening bell", q="more than", basis="just after the open",
      detail="open -681.07 vs previous close; session low -1237.99; close -1033.99",
      note="The file's opening print is -681 points and the session low -1238: 'more than 1,000 points' shortly after the open is inside the session's range and cannot be timed from daily data. (The Dow also closed down 1,033.99.)",
      verdict="unverifiable", rule="unv_mid"),
    C("SPX", "intraday_pct_change", "-3.6", "pct", "2024-08-05", "pct('GSPC','2024-08-05')", "fell 3.6 percent", basis="early trading", verdict="unverifiable", rule="unv_mid",
      detail="session range % [-4.25, ...]; close -3.00%", note="Early-session figure inside the session's range (low -4.25%); the close was -3.00%."),
    C("IXIC", "intraday_pct_change", "-4.8", "pct", "2024-08-05", "pct('IXIC','2024-08-05')", "slid 4.8 percent", basis="early trading", verdict="unverifiable", rule="unv_mid",
      detail="session low -6.36%; close -3.43%", note="Early-session figure inside the session's range; the close was -3.43%."),
    C("US_UNEMPLOYMENT", "rate", "4.3", "pct", "2024-08-02", None, "4.3 percent", verdict="unverifiable", rule="unv_series", note="Labor data are not in the files."),
  ])

P("irishtimes_19980827_russia_dow_357", "irishtimes.com", "https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/business/market-report-new-york-1.187546",
  "The Irish Times (market report, wire copy)", "1998-08-28", "high", "inferred: Thursday 1998-08-27 is the session with a Dow close 1,171 points (12.5%) below the July 17, 1998 record; the report ran in the next day's paper.",
  """The Dow Jones industrials sank more than 350 points as Russia's deepening fiscal crisis again shook markets around the world and doubts grew about Japan's resolve to revive its economy.

The Dow finished 1171 points, or 12.5 per cent, below its July 17th record closing high of 9337.97. A 10 per cent drop is considered a 'correction', while a sustained 20 per cent fall marks a bear market. Once up 18.1 per cent this year, the Dow is now up just 3.3 per cent.

It was the biggest point drop since October 27th, when the blue chips lost 7 per cent, spiralling 554.26 to 7,161.15. Even that fall was nowhere near the 508-point plunge of October 19th, 1987, when stocks lost 22.61 per cent in a single day. The NYSE composite index lost 20.74 to 518.82.""",
  [
    C("DJI", "daily_point_change", "-350", "index_points", "1998-08-27", "pts('DJI','1998-08-27')", "more than 350 points", q="more than", kind="pts"),
    C("DJI", "points_below_record", "1171", "index_points", "1998-08-27", "below_peak_pts('DJI','1998-08-27')", "1171 points", kind="pts",
      note="9337.97 - 8165.99 = 1171.98, which rounds to 1172; '1171' truncates -> imprecise (tiny error)."),
    C("DJI", "pct_from_ath", "12.5", "pct", "1998-08-27", "below_peak('DJI','1998-08-27')", "12.5 per cent", kind="pct"),
    C("DJI", "record_close", "9337.97", "index_points", "1998-07-17", "peak_before('DJI','1998-08-27')", "9337.97", verdict="supported", rule="level2",
      note="Record close 9337.97 on 1998-07-17, as stated."),
    C("GENERIC", "definition", "correction", "text", "1998-08-27", None, "A 10 per cent drop is considered a 'correction'", verdict="not_checkable", rule="nc_generic",
      note="Definition / rule of thumb."),
    C("DJI", "max_ytd_pct", "18.1", "pct", "1998-07-17", "change('DJI', last_before('DJI','1998-01-01'), '1998-07-17')", "18.1 per cent", kind="pct",
      note="At the 1998-07-17 record the Dow was up 18.08% for the year (from 7908.25). Supported."),
    C("DJI", "ytd_pct_change", "3.3", "pct", "1998-08-27", "ytd('DJI','1998-08-27')", "3.3 per cent", kind="pct"),
    C("DJI", "biggest_point_drop_since", "1997-10-27", "date", "1998-08-27", "last_as_big('DJI','1998-08-27','pts')", "October 27th", verdict="supported", rule="worst_since",
      note="Last Dow point drop at least as large as -357.36: 1997-10-27. (1998-08-04's -299.43 was smaller.)"),
    C("DJI", "daily_pct_change", "-7", "pct", "1997-10-27", "pct('DJI','1997-10-27')", "lost 7 per cent", kind="pct"),
    C("DJI", "daily_point_change", "-554.26", "index_points", "1997-10-27", "pts('DJI','1997-10-27')", "554.26", verdict="supported", rule="unhedged 2-dp figure; the file's 1997 Dow closes are rounded (Yahoo), so a 0.06 difference from the official figure is a data rounding difference",
      note="The file gives -554.20 (7715.40 -> 7161.20, Yahoo's rounded 1997 closes); the official figure is -554.26 (7715.41 -> 7161.15). Treated as a rounding difference of the data, as in the development corpus."),
    C("DJI", "close_level", "7161.15", "index_points", "1997-10-27", "value('DJI','1997-10-27')", "7,161.15", verdict="supported", rule="index level to 2 dp; rounding difference of the data's 1997 closes",
      note="File 7161.20 (rounded); official close 7161.15. Rounding difference of the data."),
    C("DJI", "daily_point_change", "-508", "index_points", "1987-10-19", None, "508-point plunge", verdict="unverifiable", rule="unv_hist",
      note="The Dow file starts in 1992."),
    C("DJI", "daily_pct_change", "-22.61", "pct", "1987-10-19", None, "22.61 per cent", verdict="unverifiable", rule="unv_hist", note="Before the Dow file starts."),
    C("NYSE_COMPOSITE", "daily_point_change", "-20.74", "index_points", "1998-08-27", None, "20.74", verdict="unverifiable", rule="unv_series", note="The NYSE composite is not in the files."),
  ])

P("marketwatch_20201221_vix_jumps_new_strain", "faisamtrader.com",
  "https://faisamtrader.com/wall-streets-fear-index-surges-most-since-height-of-coronavirus-selling-in-march-as-stock-market-skids-on-virus-worries/",
  "MarketWatch Market Pulse (repost)", "2020-12-21", "high", "inferred: Monday morning after Congress reached a $900 billion aid deal (Sunday 2020-12-20); the Friday closes quoted match 2020-12-18. Written before the open of Monday 2020-12-21.",
  """Wall Street's gauge of implied volatility touched its highest level since November early on Monday, after reports of a new coronavirus strain led to tighter restrictions in parts of Europe and overshadowed Congress's $900 billion aid deal.

The CBOE Volatility Index jumped about 33% Monday morning to around 28.75, which would be its highest level since early November, according to FactSet. Stock-index futures were on track for their worst drop in about 8 weeks: Dow futures were off 318 points, or 1.1%, at 29,795.

On Friday the Dow ended down 124.32 points, or 0.4%, at 30,179.05, and the S&P 500 lost 13.07 points, or 0.4%, to close at 3,709.41 after hitting an intraday record of 3,726.70. The Nasdaq Composite slipped 9.11 points, or 0.1%, to 12,755.64, after notching an all-time intraday high of 12,809.60.""",
  [
    C("VIX", "intraday_pct_change", "33", "pct", "2020-12-21", "pct('VIX','2020-12-21')", "about 33%", q="about", basis="early trading", verdict="unverifiable", rule="unv_mid",
      detail="session range 24.23-31.46 (vs previous close 21.57: +12.3% to +45.9%); close 25.16 (+16.6%)",
      note="Morning figure inside the session's range; the VIX closed at 25.16 (+16.6%)."),
    C("VIX", "intraday_level", "28.75", "index_points", "2020-12-21", "session_range('VIX','2020-12-21')", "around 28.75", q="around", basis="early trading", verdict="unverifiable", rule="unv_mid",
      note="Inside the session's range 24.23-31.46."),
    C("VIX", "highest_since", "2020-11-early", "period", "2020-12-21", "last_level('VIX','2020-12-21', 28.75)", "highest level since early November", verdict="supported", rule="since",
      note="Judged on the passage's level: the last VIX close at or above 28.75 before 2020-12-21 was 2020-11-04 (early November). Supported (conditional 'would mark', on its stated level)."),
    C("DJI_FUTURES", "premarket_change", "-318", "index_points", "2020-12-21", None, "off 318 points", verdict="unverifiable", rule="unv_series",
      note="Index futures are not in the files (also 'worst drop in about 8 weeks' for futures)."),
    C("DJI_FUTURES", "level", "29795", "index_points", "2020-12-21", None, "29,795", verdict="unverifiable", rule="unv_series", note="Futures not in the files."),
    C("DJI", "daily_point_change", "-124.32", "index_points", "2020-12-18", "pts('DJI','2020-12-18')", "124.32", kind="pts"),
    C("DJI", "daily_pct_change", "-0.4", "pct", "2020-12-18", "pct('DJI','2020-12-18')", "124.32 points, or 0.4%", kind="pct"),
    C("DJI", "close_level", "30179.05", "index_points", "2020-12-18", "value('DJI','2020-12-18')", "30,179.05", kind="level"),
    C("SPX", "daily_point_change", "-13.07", "index_points", "2020-12-18", "pts('GSPC','2020-12-18')", "13.07", kind="pts"),
    C("SPX", "daily_pct_change", "-0.4", "pct", "2020-12-18", "pct('GSPC','2020-12-18')", "13.07 points, or 0.4%", kind="pct"),
    C("SPX", "close_level", "3709.41", "index_points", "2020-12-18", "value('GSPC','2020-12-18')", "3,709.41", kind="level"),
    C("SPX", "intraday_record", "3726.70", "index_points", "2020-12-18", "[value('GSPC','2020-12-18','high'), is_record('GSPC','2020-12-18','high')]", "3,726.70", verdict="supported", rule="record",
      note="Session high 3726.70, above every earlier high."),
    C("IXIC", "daily_point_change", "-9.11", "index_points", "2020-12-18", "pts('IXIC','2020-12-18')", "9.11", kind="pts"),
    C("IXIC", "daily_pct_change", "-0.1", "pct", "2020-12-18", "pct('IXIC','2020-12-18')", "0.1%", kind="pct"),
    C("IXIC", "close_level", "12755.64", "index_points", "2020-12-18", "value('IXIC','2020-12-18')", "12,755.64", kind="level"),
    C("IXIC", "intraday_record", "12809.60", "index_points", "2020-12-18", "[value('IXIC','2020-12-18','high'), is_record('IXIC','2020-12-18','high')]", "12,809.60", verdict="supported", rule="record",
      note="Session high 12809.60, an all-time intraday high."),
  ])

P("marketwatch_20180301_vix_tariffs", "realestateisideal.com", "http://realestateisideal.com/uncategorized/wall-streets-fear-index-jumps-22-6-as-stocks-extend-losses",
  "MarketWatch Market Pulse (repost)", "2018-03-01", "high", "inferred: Thursday of President Trump's steel and aluminum tariff announcement (2018-03-01); written during the session.",
  """The Cboe Volatility Index spiked on Thursday, jumping more than 20% to a two-week high as stocks sold off after President Donald Trump said he would impose tariffs on steel and aluminum.

The VIX was up 25% at 24.76, its highest level since Feb. 14 and its biggest one-day percentage rise since Feb. 5. That puts it back above 20, considered its long-term average. Thursday is set to be the VIX's third straight gain, a stretch in which it has risen more than 55%, and it has climbed about 130% so far this year after unusually low readings through 2017.

The Dow Jones Industrial Average was down 2%, the S&P 500 1.7% and the Nasdaq Composite 1.7%.""",
  [
    C("VIX", "intraday_pct_change", "20", "pct", "2018-03-01", "pct('VIX','2018-03-01')", "more than 20%", q="more than", basis="mid-session", verdict="unverifiable", rule="unv_mid",
      detail="session high +27.5%; close +13.2%", note="True at the session high (+27.5%) but not at the close (+13.2%): a mid-session bound the daily data cannot time."),
    C("VIX", "highest_since", "two weeks", "duration", "2018-03-01", "last_level('VIX','2018-03-01', 24.76)", "two-week high", verdict="supported", rule="since",
      note="On the stated 24.76 the last close at least as high was 2018-02-13, two weeks and two days earlier."),
    C("VIX", "intraday_pct_change", "25", "pct", "2018-03-01", "pct('VIX','2018-03-01')", "up 25%", basis="mid-session", verdict="unverifiable", rule="unv_mid",
      detail="session range 19.57-25.30 (-1.4% to +27.5%); close 22.47 (+13.2%)", note="Mid-session figure inside the session range; the close was +13.2%."),
    C("VIX", "intraday_level", "24.76", "index_points", "2018-03-01", "session_range('VIX','2018-03-01')", "24.76", basis="mid-session", verdict="unverifiable", rule="unv_mid",
      note="Inside the range 19.57-25.30; close 22.47."),
    C("VIX", "highest_since", "2018-02-14", "date", "2018-03-01", "last_level('VIX','2018-03-01', 24.76)", "since Feb. 14", verdict="supported", rule="since",
      note="On the stated 24.76: the last close at or above it was 2018-02-13 (25.10), and Feb. 14 is the first session after it, which the rule accepts."),
    C("VIX", "biggest_gain_since", "2018-02-05", "date", "2018-03-01", "iso(moves('VIX').loc[:'2018-02-28'][moves('VIX').loc[:'2018-02-28'] >= (24.76 / value('VIX','2018-02-28') - 1) * 100].index[-1])", "since Feb. 5",
      verdict="supported", rule="worst_since",
      note="On the stated +24.7% (24.76 vs 19.85): the last daily gain at least that large was 2018-02-05 (+115.6%). Supported on the passage's figure (on the closing +13.2% the comparison would be 2018-02-27, +17.7%)."),
    C("VIX", "above_level", "20", "index_points", "2018-03-01", "value('VIX','2018-03-01')", "back above 20", q="more than", kind="level",
      note="Above 20 both at the stated 24.76 and at the close (22.47)."),
    C("VIX", "up_streak", "3", "sessions", "2018-03-01", "run_length('VIX','2018-03-01')", "third straight gain", verdict="supported", rule="streak", dec=0,
      note="VIX closed higher on 2018-02-27, 02-28 and 03-01."),
    C("VIX", "streak_pct_change", "55", "pct", "2018-03-01", "(24.76 / value('VIX','2018-02-26') - 1) * 100", "more than 55%", q="more than", kind="pct",
      note="From the 2018-02-26 close (15.80) to the stated 24.76: +56.7% (to the close: +42.2%, which would not be 'more than 55%'). Supported on the passage's figure.",
      detail="close basis: change('VIX','2018-02-26','2018-03-01') = 42.2"),
    C("VIX", "ytd_pct_change", "130", "pct", "2018-03-01", "(24.76 / value('VIX','2017-12-29') - 1) * 100", "about 130%", q="about", kind="pct", u=10,
      note="From the 2017-12-29 close (11.04) to the stated 24.76: +124.3%; 'about 130%' within ten points. Supported (close basis +103.5%)."),
    C("DJI", "intraday_pct_change", "-2", "pct", "2018-03-01", "pct('DJI','2018-03-01')", "down 2%", basis="mid-session", verdict="unverifiable", rule="unv_mid",
      detail="session range % [-2.34, 0.62]; close -1.68%", note="Inside the session range."),
    C("SPX", "intraday_pct_change", "-1.7", "pct", "2018-03-01", "pct('GSPC','2018-03-01')", "the S&P 500 1.7%", basis="mid-session", verdict="unverifiable", rule="unv_mid",
      detail="session range % [-2.00, 0.63]; close -1.33%", note="Inside the session range."),
    C("IXIC", "intraday_pct_change", "-1.7", "pct", "2018-03-01", "pct('IXIC','2018-03-01')", "Nasdaq Composite 1.7%", basis="mid-session", verdict="unverifiable", rule="unv_mid",
      detail="session range % [-2.14, 0.48]; close -1.27%", note="Inside the session range."),
  ])

P("dailybeast_20121023_dow_drops_250", "thedailybeast.com", "http://www.thedailybeast.com/cheats/2012/10/23/dow-drops-250-points.html",
  "The Daily Beast (citing CNBC)", "2012-10-23", "exact", "URL and photo caption dated Tuesday, Oct. 23, 2012; written in early-morning trading.",
  """The Dow was down some 248 points in early-morning trading on Tuesday, almost 2 percent of its value, with much of the drop coming in the first few minutes after 3M and DuPont cut their earnings forecasts. The NASDAQ was down almost 40 points, around 1.3 percent, hitting a low not seen since August. There was no single cause for the selloff, but DuPont's disappointing results and 1,500 layoffs weighed.""",
  [
    C("DJI", "intraday_point_change", "-248", "index_points", "2012-10-23", "pts('DJI','2012-10-23')", "some 248 points", q="about", basis="early trading", verdict="unverifiable", rule="unv_mid",
      detail="session low -262.61; close -243.36", note="Early-trading figure inside the session's range (low -262.61 points); the Dow closed down 243.36."),
    C("DJI", "intraday_pct_change", "-2", "pct", "2012-10-23", "-248 / value('DJI','2012-10-22') * 100", "almost 2 percent", q="almost", kind="pct",
      note="248 points against the previous close 13345.89 is 1.86%, 'almost 2 percent': judged on the passage's own figure."),
    C("IXIC", "intraday_point_change", "-40", "index_points", "2012-10-23", "pts('IXIC','2012-10-23')", "almost 40 points", q="almost", basis="early trading", verdict="unverifiable", rule="unv_mid",
      detail="session low -42.89; close -26.50", note="Inside the session's range (low -42.89); the Nasdaq closed down 26.50."),
    C("IXIC", "intraday_pct_change", "-1.3", "pct", "2012-10-23", "-40 / value('IXIC','2012-10-22') * 100", "around 1.3 percent", q="around", kind="pct",
      note="40 points against the previous close 3016.96 is 1.33%: consistent with the stated points."),
    C("IXIC", "lowest_since", "2012-08", "month", "2012-10-23", "last_level('IXIC','2012-10-23', value('IXIC','2012-10-23','low'), above=False, field='low')", "a low not seen since August",
      verdict="supported", rule="since",
      note="The session low 2974.07 was last undercut on 2012-08-03 (intraday lows): 'since August' holds for the day's low (the level at the moment of writing is not known)."),
    C("DD", "layoffs", "1500", "count", "2012-10-23", None, "1,500 layoffs", verdict="unverifiable", rule="unv_series", note="Company news, not in the files."),
  ])
