P("marketwatch_20181224_worst_christmas_eve", "marketscreener.com",
  "https://www.marketscreener.com/news/MARKET-SNAPSHOT-Dow-Skids-To-End-Down-2-9-S-P-500-On-Cusp-Of-Bear-Market--27796216/?utm_medium=RSS&utm_content=20181224",
  "MarketWatch (Barbara Kollmeyer and Mark DeCambre)", "2018-12-24", "exact", "page dated 2018-12-24; a closing snapshot of the shortened Christmas Eve session (Monday 2018-12-24).",
  """U.S. stock indexes had the worst session on the eve of Christmas in their history, a holiday-shortened day that left the S&P 500 on the brink of the 20% fall from a peak that usually defines a bear market. The New York Stock Exchange closed at 1 p.m. Eastern Time.

The Dow Jones Industrial Average ended 653.17 points, or 2.9%, lower at 21,0792.20, its lowest close since Sept. 7, 2017. The S&P 500 dropped 65.52 points, or 2.7%, to 2,351.10, its lowest since April 21, 2017. The Nasdaq Composite Index gave up 140.08 points, or 2.2%, to 6,192.92, its lowest close since July 10, 2017.

All three have now fallen for four straight sessions, a stretch in which the Nasdaq has lost 8.7%, the Dow 8% and the S&P 7.7%. The indexes are on course for their ugliest monthly drop since October 2008, and last week was the worst week of trading since the 2008 financial crisis.

The Nasdaq officially entered a bear market on Friday and is now 23.6% below its Aug. 29 record close. The S&P has slumped 19.8% from its Sept. 20 record close, and the Dow 18.8% from its Oct. 3 record close.""",
  [
    C("SPX", "worst_christmas_eve", "true", "flag", "2018-12-24", "(lambda s: sorted([(round(float(moves('GSPC').loc[d]), 2), iso(d)) for d in [s[(s.index < D(f'{y}-12-25')) & (s.index > D(f'{y}-12-17'))].index[-1] for y in range(1928, 2019)]])[:2])(series('GSPC'))", "worst session on the eve of Christmas in their history",
      note="Last session before Christmas in every year of the GSPC file (1928-2018): 2018-12-24's -2.71% is the worst (next: 1985-12-24, -0.69%); the Nasdaq's -2.21% is also its worst such session since 1971. For the Dow the file starts in 1992, but the S&P 500 and Nasdaq decide the claim.",
      verdict="supported", rule="rank of the move among comparable sessions in the file"),
    C("DJI", "daily_point_change", "-653.17", "index_points", "2018-12-24", "pts('DJI','2018-12-24')", "653.17", kind="pts"),
    C("DJI", "daily_pct_change", "-2.9", "pct", "2018-12-24", "pct('DJI','2018-12-24')", "2.9%", kind="pct"),
    C("DJI", "close_level", "210792.20", "index_points", "2018-12-24", "value('DJI','2018-12-24')", "21,0792.20",
      note="As printed, '21,0792.20' is a garbled figure (read literally 210,792.20, ten times the index); the file has 21792.20, which is evidently what was meant. The printed level is wrong as written; a checker should flag it (a reader may reconstruct 21,792.20, which matches).",
      verdict="contradicted", rule="index/ETF level to 2 dp: |true-claim| <= 0.025; imprecise = within 1% of the true level; otherwise contradicted (the printed figure is malformed)"),
    C("DJI", "lowest_close_since", "2017-09-07", "date", "2018-12-24", "lowest_since('DJI','2018-12-24')", "Sept. 7, 2017", verdict="supported", rule="since",
      note="Last earlier Dow close at or below 21792.20: 2017-09-07. Supported."),
    C("SPX", "daily_point_change", "-65.52", "index_points", "2018-12-24", "pts('GSPC','2018-12-24')", "65.52", kind="pts"),
    C("SPX", "daily_pct_change", "-2.7", "pct", "2018-12-24", "pct('GSPC','2018-12-24')", "2.7%", kind="pct"),
    C("SPX", "close_level", "2351.10", "index_points", "2018-12-24", "value('GSPC','2018-12-24')", "2,351.10", kind="level"),
    C("SPX", "lowest_close_since", "2017-04-21", "date", "2018-12-24", "lowest_since('GSPC','2018-12-24')", "April 21, 2017", verdict="supported", rule="since",
      note="Last earlier S&P 500 close at or below 2351.10: 2017-04-21."),
    C("IXIC", "daily_point_change", "-140.08", "index_points", "2018-12-24", "pts('IXIC','2018-12-24')", "140.08", kind="pts"),
    C("IXIC", "daily_pct_change", "-2.2", "pct", "2018-12-24", "pct('IXIC','2018-12-24')", "2.2%", kind="pct"),
    C("IXIC", "close_level", "6192.92", "index_points", "2018-12-24", "value('IXIC','2018-12-24')", "6,192.92", kind="level"),
    C("IXIC", "lowest_close_since", "2017-07-10", "date", "2018-12-24", "lowest_since('IXIC','2018-12-24')", "July 10, 2017", verdict="supported", rule="since",
      note="Last earlier Nasdaq close at or below 6192.92: 2017-07-10."),
    C("DJI,SPX,IXIC", "losing_streak", "4", "sessions", "2018-12-24", "[run_length(t,'2018-12-24',up=False) for t in ('DJI','GSPC','IXIC')]", "four straight sessions",
      note="Each index closed lower on 2018-12-19, 12-20, 12-21 and 12-24: four sessions for all three.", verdict="supported", rule="streak", dec=0),
    C("IXIC", "n_session_pct_change", "-8.7", "pct", "2018-12-24", "n_session_change('IXIC','2018-12-24',4)", "8.7%", window="2018-12-18..2018-12-24", kind="pct"),
    C("DJI", "n_session_pct_change", "-8", "pct", "2018-12-24", "n_session_change('DJI','2018-12-24',4)", "the Dow 8%", window="2018-12-18..2018-12-24", kind="pct"),
    C("SPX", "n_session_pct_change", "-7.7", "pct", "2018-12-24", "n_session_change('GSPC','2018-12-24',4)", "7.7%", window="2018-12-18..2018-12-24", kind="pct"),
    C("DJI,SPX,IXIC", "on_pace_worst_month", "2008-10", "month", "2018-12-24", None, "on course for their ugliest monthly drop since October 2008",
      verdict="not_checkable", rule="nc_cond", note="'On course' describes a month still under way (December 2018 ended -8.7% for the Dow, -9.2% for the S&P 500)."),
    C("DJI", "worst_week_since", "2008", "year", "2018-12-21", "last_week_as_big('DJI','2018-12-21')", "worst week of trading since the 2008 financial crisis",
      note="Week to 2018-12-21: S&P 500 -7.05%, Dow -6.87%. The last worse S&P week was the one ending 2011-08-05 (-7.19%), so for the S&P 500 the worst since August 2011; for the Dow the last worse week ended 2008-10-10. The index is not named; the Dow reading supports it, the S&P reading would make it imprecise (a later X). Judged on the Dow, the index the snapshot leads with.",
      verdict="supported", rule="worst_since", detail="last_week_as_big('GSPC','2018-12-21') = '2011-08-05'"),
    C("IXIC", "bear_market_close", "true", "flag", "2018-12-21", "below_peak('IXIC','2018-12-21')", "officially entered a bear market on Friday",
      note="Friday 2018-12-21: the Nasdaq closed 21.91% below its 2018-08-29 record close (it was 19.50% below on 12-20), so Friday was the first close in a bear market.",
      verdict="supported", rule="a bear market is a close at least 20% below the record close"),
    C("IXIC", "pct_from_ath", "23.6", "pct", "2018-12-24", "below_peak('IXIC','2018-12-24')", "23.6%", kind="pct",
      note="Record close 8109.69 on 2018-08-29 (Aug. 29, as stated); 2018-12-24 close 23.64% below."),
    C("SPX", "pct_from_ath", "19.8", "pct", "2018-12-24", "below_peak('GSPC','2018-12-24')", "19.8%", kind="pct",
      note="Record close 2930.75 on 2018-09-20; 2018-12-24 close 19.78% below."),
    C("DJI", "pct_from_ath", "18.8", "pct", "2018-12-24", "below_peak('DJI','2018-12-24')", "18.8%", kind="pct",
      note="Record close 26828.39 on 2018-10-03; 2018-12-24 close 18.77% below."),
  ])

P("fortune_20181221_dow_worst_week", "fortune.com", "https://fortune.com/2018/12/21/dow-worst-week-10-years-santa-claus-rally",
  "Fortune (Kevin Kelleher)", "2018-12-21", "exact", "dated 'December 21, 2018, 6:19 PM ET' on the page (after the close of Friday 2018-12-21); the month-to-date figures come from a Bespoke tweet sent during that session.",
  """The Grinch seems to have stolen the "Santa Claus rally." Days before Christmas, stocks fell to new lows, and the Dow Jones Industrial Average closed out its worst week since 2008, down 7%.

Bespoke Investment says the S&P 500 is on track for its worst December since 1931, when it fell 14.5%. The S&P 500 is down 11.4% so far this month, which would make it the 23rd worst month in history and only the 31st time the index has dropped 10% or more in a month, out of 1,092 months since 1928. The Nasdaq 100 slid into a bear market on Friday, more than 20% below its August high, and six tech giants have lost a combined $1.2 trillion in market value, the Wall Street Journal said.""",
  [
    C("DJI", "worst_week_since", "2008", "year", "2018-12-21", "last_week_as_big('DJI','2018-12-21')", "worst week since 2008",
      note="Dow week to 2018-12-21: -6.87%; the last week at least as bad ended 2008-10-10. Supported.", verdict="supported", rule="worst_since"),
    C("DJI", "weekly_pct_change", "-7", "pct", "2018-12-21", "weekly('DJI').loc['2018-12-21']", "down 7%", kind="pct", window="2018-12-14..2018-12-21"),
    C("SPX", "on_pace_worst_december", "1931", "year", "2018-12-21", None, "on track for its worst December since 1931", verdict="not_checkable", rule="nc_cond",
      note="A projection for a month not yet finished (December 2018 ended -9.18%, still the worst December since 1931)."),
    C("SPX", "month_pct_change", "-14.5", "pct", "1931-12-31", "month_change('GSPC','1931-12')", "14.5%", kind="pct", window="1931-12",
      note="December 1931 in the GSPC file (the S&P 90 before 1957): -14.53%. Supported."),
    C("SPX", "mtd_pct_change", "-11.4", "pct", "2018-12-21", "mtd('GSPC','2018-12-21')", "11.4%", kind="pct", basis="intraday (tweet during the session)",
      note="At the 2018-12-21 close the S&P 500 was down 12.45% for the month (from 2760.17 on 2018-11-30). The tweet's -11.4% is an intraday reading: the session's high (2504.41) is -9.27% and its low (2408.55) -12.74%, so -11.4% lay inside the range when written; on the close basis of the article (published after the close) it is 1.05 pp short: imprecise.",
      detail="close 2416.62 vs 2760.17"),
    C("SPX", "month_rank_worst", "23", "rank", "2018-12-21", "int((monthly('GSPC').loc[:'2018-11-30'] <= -11.4).sum()) + 1", "23rd worst month",
      note="Judged on the passage's own -11.4%: 22 months from January 1928 to November 2018 fell at least 11.4%, so a -11.4% month ranks 23rd. (At the closing -12.45% it would rank 19th; the GSPC file is the S&P 90 before 1957.) Supported on the stated figure.",
      verdict="supported", rule="rank of the monthly change among all months in the file; a figure computed from a value the passage itself states is judged on that arithmetic", dec=0),
    C("SPX", "count_months_down_10pct", "31", "count", "2018-12-21", "int((monthly('GSPC').loc[:'2018-11-30'] <= -10).sum()) + 1", "31st time",
      note="30 months from January 1928 to November 2018 fell 10% or more, so December 2018 (then -11.4%) would be the 31st. Supported.", verdict="supported", rule="plain0", dec=0),
    C("SPX", "count_months_since_1928", "1092", "count", "2018-12-21", "len(monthly('GSPC').loc[:'2018-11-30']) + 1", "1,092 months",
      note="January 1928 to December 2018 inclusive is 1,092 months (1,091 complete plus December). Supported.", verdict="supported", rule="plain0", dec=0),
    C("NDX", "pct_from_high", "20", "pct", "2018-12-21", "below_peak('NDX','2018-12-21')", "more than 20% below its August high", q="more than", kind="pct",
      note="Nasdaq-100 record close 7660.18 on 2018-08-29 (August, as stated); the 2018-12-21 close is 21.07% below it."),
    C("MEGACAP_TECH", "market_cap_loss", "1.2", "usd_trillion", "2018-12-21", None, "$1.2 trillion", verdict="unverifiable", rule="unv_series",
      note="Company market values are not in the files."),
  ])

P("cnn_20181204_dow_plunges_799", "anarchimedia.wordpress.com", "https://anarchimedia.wordpress.com/2018/12/05/dow-plunges-799-points/",
  "CNN Business (repost)", "2018-12-04", "high", "inferred: the repost is dated 2018-12-05 and describes 'Tuesday'; the 799-point drop matches Tuesday 2018-12-04 in the file.",
  """The Dow tumbled 799 points on Tuesday. At one point in the session it was off 818 points, and it finished the day down 3.1%.

The S&P 500 lost 3.2% and the Nasdaq slid 3.8%. The selloff wiped nearly $800 billion off the S&P 500's market value. In points it was the Dow's fourth-largest decline ever.""",
  [
    C("DJI", "daily_point_change", "-799", "index_points", "2018-12-04", "pts('DJI','2018-12-04')", "799 points", kind="pts"),
    C("DJI", "intraday_point_change_min", "-818", "index_points", "2018-12-04", "extreme_pts('DJI','2018-12-04','low')", "818 points", basis="intraday low", kind="pts"),
    C("DJI", "daily_pct_change", "-3.1", "pct", "2018-12-04", "pct('DJI','2018-12-04')", "3.1%", kind="pct"),
    C("SPX", "daily_pct_change", "-3.2", "pct", "2018-12-04", "pct('GSPC','2018-12-04')", "3.2%", kind="pct"),
    C("IXIC", "daily_pct_change", "-3.8", "pct", "2018-12-04", "pct('IXIC','2018-12-04')", "3.8%", kind="pct"),
    C("SPX", "market_value_loss", "800", "usd_billion", "2018-12-04", None, "nearly $800 billion", q="nearly", verdict="unverifiable", rule="unv_series",
      note="Market capitalisation is not in the files."),
    C("DJI", "point_drop_rank", "4", "rank", "2018-12-04", "move_rank('DJI','2018-12-04','pts')", "fourth-largest decline",
      note="Larger Dow point drops in the file before 2018-12-04: 2018-02-05 (-1175.21), 2018-02-08 (-1032.89) and 2018-10-10 (-831.83); -799.36 ranks fourth. Supported.",
      verdict="supported", rule="rank", dec=0),
  ])

P("washexaminer_20181219_fed_fourth_hike", "washingtonexaminer.com",
  "https://www.washingtonexaminer.com/news/1646351/wall-street-craters-on-federal-reserves-decision-to-hike-interest-rates",
  "Washington Examiner", "2018-12-19", "high", "inferred: the fourth rate increase of 2018, to an upper limit of 2.5%, was decided on Wednesday 2018-12-19; the text describes that day's close.",
  """Major U.S. stock indexes sank on Wednesday after the Federal Reserve said it would raise interest rates again, a move investors had expected but that defied objections from President Trump.

The Dow Jones Industrial Average closed down 351 points at 23,323, a new low for 2018, after having risen nearly 350 points earlier in the session. The Nasdaq lost 147 points, and the broader S&P was off nearly 40 points.

The quarter-point increase, the fourth of the year, takes short-term interest rates to an upper limit of 2.5 percent. Powell told reporters he expects growth to moderate next year and said politics "play no role whatsoever" in the Fed's decisions.""",
  [
    C("DJI", "daily_point_change", "-351", "index_points", "2018-12-19", "pts('DJI','2018-12-19')", "351 points", kind="pts",
      note="File: -351.98, which rounds to 352; '351' truncates (as in the model corpus, a truncated figure is imprecise)."),
    C("DJI", "close_level", "23323", "index_points", "2018-12-19", "value('DJI','2018-12-19')", "23,323", kind="level",
      note="Close 23323.66, stated as 23,323 (truncated; within 1% of the level, outside the integer tolerance)."),
    C("DJI", "lowest_close_of_year", "true", "flag", "2018-12-19", "min_close('DJI','2018-01-01','2018-12-18')", "a new low for 2018",
      note="The lowest 2018 close before 12-19 was 23533.20 (2018-03-23); 23323.66 is below it. Supported.", verdict="supported", rule="since"),
    C("DJI", "intraday_point_change_max", "350", "index_points", "2018-12-19", "extreme_pts('DJI','2018-12-19','high')", "nearly 350 points", q="nearly", basis="intraday high", kind="pts",
      note="Session high 24057.34 vs the previous close 23675.64: +381.70. 'Nearly 350' understates the gain by 32 points (9%)."),
    C("IXIC", "daily_point_change", "-147", "index_points", "2018-12-19", "pts('IXIC','2018-12-19')", "147 points", kind="pts"),
    C("SPX", "daily_point_change", "-40", "index_points", "2018-12-19", "pts('GSPC','2018-12-19')", "nearly 40 points", q="nearly", kind="pts"),
    C("FEDFUNDS", "rate_hike_bp", "25", "bp", "2018-12-19", "fed_move_bp('2018-12-19')", "quarter-point", verdict="supported", rule="fed", dec=0,
      note="Upper bound 2.25 -> 2.50, effective 2018-12-20."),
    C("FEDFUNDS", "hikes_in_year", "4", "count", "2018-12-19", "len(target_changes('2018-01-01','2018-12-31'))", "the fourth of the year", verdict="supported", rule="fed", dec=0,
      note="Target changes in 2018: 2018-03-22, 06-14, 09-27, 12-20 (effective dates), all +25 bp: four."),
    C("FEDFUNDS", "target_upper", "2.5", "pct", "2018-12-20", "fed_range('2018-12-20')[1]", "2.5 percent", verdict="supported", rule="fed", dec=2),
    C("QUOTE", "opinion", "moderate growth", "text", "2018-12-19", None, "play no role whatsoever", verdict="not_checkable", rule="nc_quote",
      note="Powell's outlook and statement about politics: not market facts."),
  ])
