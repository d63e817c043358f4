P("ap_20220316_first_hike_since_2018", "newser.com", "https://img2-azcdn.newser.com/story/318174/stocks-bond-yields-rise-sharply-after-fed-announcement.html",
  "Associated Press (via Newser)", "2022-03-16", "high", "inferred: the Fed's first rate hike since 2018 was announced on Wednesday 2022-03-16; the closing figures match that day.",
  """Stocks shook off an afternoon wobble and closed higher on Wednesday after the Federal Reserve announced its first interest rate increase since 2018, the AP reports. The S&P 500 gained 95.41 points, or 2.2%, to 4,357.86, and the Dow added 518.76 points, or 1.5%, to 34,063.10. The Nasdaq jumped 487.93 points, or 3.8%, to 13,436.55, its best day since Nov. 2020. Small company stocks did well too: the Russell 2000 rose 61.75 points, or 3.1%, to 2,030.72.

As expected, the central bank raised its key short-term rate by 0.25 percentage points and signaled as many as seven hikes this year. Powell said he thinks inflation will ease in the second half of the year.""",
  [
    C("FEDFUNDS", "first_hike_since", "2018", "year", "2022-03-16", "last_change('2022-03-17', 1)", "first interest rate increase since 2018", verdict="supported", rule="fed",
      note="The previous target increase took effect 2018-12-20 (decided 2018-12-19). Supported."),
    C("SPX", "daily_point_change", "95.41", "index_points", "2022-03-16", "pts('GSPC','2022-03-16')", "95.41", kind="pts"),
    C("SPX", "daily_pct_change", "2.2", "pct", "2022-03-16", "pct('GSPC','2022-03-16')", "2.2%", kind="pct"),
    C("SPX", "close_level", "4357.86", "index_points", "2022-03-16", "value('GSPC','2022-03-16')", "4,357.86", kind="level"),
    C("DJI", "daily_point_change", "518.76", "index_points", "2022-03-16", "pts('DJI','2022-03-16')", "518.76", kind="pts"),
    C("DJI", "daily_pct_change", "1.5", "pct", "2022-03-16", "pct('DJI','2022-03-16')", "1.5%", kind="pct"),
    C("DJI", "close_level", "34063.10", "index_points", "2022-03-16", "value('DJI','2022-03-16')", "34,063.10", kind="level"),
    C("IXIC", "daily_point_change", "487.93", "index_points", "2022-03-16", "pts('IXIC','2022-03-16')", "487.93", kind="pts"),
    C("IXIC", "daily_pct_change", "3.8", "pct", "2022-03-16", "pct('IXIC','2022-03-16')", "3.8%", kind="pct"),
    C("IXIC", "close_level", "13436.55", "index_points", "2022-03-16", "value('IXIC','2022-03-16')", "13,436.55", kind="level"),
    C("IXIC", "best_day_since", "2020-11", "month", "2022-03-16", "last_as_big('IXIC','2022-03-16','pct',down=False)", "best day since Nov. 2020", verdict="supported", rule="worst_since",
      note="Last Nasdaq gain at least as large as +3.77%: 2020-11-04 (+3.85%). Supported."),
    C("RUT", "daily_point_change", "61.75", "index_points", "2022-03-16", "pts('RUT','2022-03-16')", "61.75", kind="pts"),
    C("RUT", "daily_pct_change", "3.1", "pct", "2022-03-16", "pct('RUT','2022-03-16')", "3.1%", kind="pct"),
    C("RUT", "close_level", "2030.72", "index_points", "2022-03-16", "value('RUT','2022-03-16')", "2,030.72", kind="level"),
    C("FEDFUNDS", "rate_hike_bp", "25", "bp", "2022-03-16", "fed_move_bp('2022-03-16')", "0.25 percentage points", verdict="supported", rule="fed", dec=0,
      note="Range 0-0.25 -> 0.25-0.50, effective 2022-03-17."),
    C("FEDFUNDS", "projected_hikes", "7", "count", "2022-03-16", None, "as many as seven hikes", verdict="forecast", rule="forecast",
      note="The Fed's projection for the rest of 2022 (it actually raised seven times that year)."),
    C("QUOTE", "opinion", "inflation will ease", "text", "2022-03-16", None, "inflation will ease in the second half", verdict="not_checkable", rule="nc_quote",
      note="Powell's expectation; not a market figure."),
  ])

P("ap_20220504_fed_half_point_stocks_soar", "pressreader.com", "https://www.pressreader.com/usa/albany-times-union/20220505/282256669075956",
  "Associated Press (Damian J. Troise and Alex Veiga, in the Albany Times Union)", "2022-05-04", "high",
  "inferred: the newspaper edition is dated 2022-05-05 and describes 'Wednesday', the day of the Fed's half-point increase (2022-05-04).",
  """The Dow Jones Industrial Average soared more than 900 points and the S&P 500 had its best day in two years on Wednesday, after Fed Chair Jerome Powell played down the chance of an even bigger rate increase following the sharpest hike since 2000.

"A 75-basis-point increase is not something that the committee is actively considering," Powell said, and stocks jumped. The S&P 500 climbed 3 percent, its best day since May 2020, and is up 4.1 percent this week, about half of what it lost in April. The Dow gained 2.8 percent and the Nasdaq 3.2 percent.

The Fed lifted its benchmark rate by a half-point, to a range of 0.75 percent to 1 percent, the highest since the pandemic struck two years ago. The 2-year Treasury yield fell to 2.64 percent from 2.78 percent late Tuesday, and the 10-year yield eased to 2.93 percent from 2.96 percent.

The S&P 500 rose 124.69 points to 4,300.17, the Dow 937.27 points to 34,061.06 and the Nasdaq 401.10 points to 12,964.86. Smaller companies gained as well, with the Russell 2000 up 51.07 points, or 2.7 percent, at 1,949.92.""",
  [
    C("DJI", "daily_point_change", "900", "index_points", "2022-05-04", "pts('DJI','2022-05-04')", "more than 900 points", q="more than", kind="pts"),
    C("FEDFUNDS", "largest_hike_since", "2000", "year", "2022-05-04", "[c for c in target_changes('1999-01-01','2022-05-05') if c[1] >= 50]", "sharpest hike since 2000",
      note="Target increases of 50 bp or more since 1999: 2000-05-16 and 2022-05-05 (effective dates). Supported.", verdict="supported", rule="fed"),
    C("QUOTE", "opinion", "not actively considering", "text", "2022-05-04", None, "not something that the committee is actively considering", verdict="not_checkable", rule="nc_quote",
      note="Quoted statement about future policy."),
    C("SPX", "daily_pct_change", "3", "pct", "2022-05-04", "pct('GSPC','2022-05-04')", "climbed 3 percent", kind="pct"),
    C("SPX", "best_day_since", "2020-05", "month", "2022-05-04", "last_as_big('GSPC','2022-05-04','pct',down=False)", "best day since May 2020", verdict="supported", rule="worst_since",
      note="Last S&P 500 gain at least as large as +2.99%: 2020-05-18 (+3.15%). Supported; 'best day in two years' in the lead agrees."),
    C("SPX", "wtd_pct_change", "4.1", "pct", "2022-05-04", "wtd('GSPC','2022-05-04')", "4.1 percent this week", kind="pct", window="2022-04-29..2022-05-04"),
    C("SPX", "wtd_share_of_april_loss", "0.5", "ratio", "2022-05-04", "wtd('GSPC','2022-05-04') / -month_change('GSPC','2022-04')", "about half of what it lost in April", q="about", kind="pct",
      note="April 2022: -8.80%; half of that is 4.40%, and the week's 4.07% is 'about half'. Judged as a ratio: 4.07/8.80 = 0.46. Supported."),
    C("DJI", "daily_pct_change", "2.8", "pct", "2022-05-04", "pct('DJI','2022-05-04')", "2.8 percent", kind="pct"),
    C("IXIC", "daily_pct_change", "3.2", "pct", "2022-05-04", "pct('IXIC','2022-05-04')", "3.2 percent", kind="pct"),
    C("FEDFUNDS", "rate_hike_bp", "50", "bp", "2022-05-04", "fed_move_bp('2022-05-04')", "a half-point", verdict="supported", rule="fed", dec=0),
    C("FEDFUNDS", "target_range", "0.75-1", "pct", "2022-05-05", "fed_range('2022-05-05')", "0.75 percent to 1 percent", verdict="supported", rule="fed"),
    C("FEDFUNDS", "highest_since", "2020-03", "month", "2022-05-05", "highest_target_since('2022-05-05')", "the highest since the pandemic struck", verdict="supported", rule="since",
      note="An upper bound of 1.00% was last matched or exceeded on 2020-03-15 (1.25% before the emergency cut to 0-0.25%). Supported."),
    C("US2Y", "yield", "2.64", "pct", "2022-05-04", "rate('DGS2','2022-05-04')", "2.64 percent", basis="end of day", kind="pct",
      note="DGS2 2022-05-04: 2.66 (FRED end of day); AP's 2.64 is a late-trading quote. Within the 2-dp slack."),
    C("US2Y", "yield_prev", "2.78", "pct", "2022-05-03", "rate('DGS2','2022-05-03')", "2.78 percent", basis="end of day", kind="pct"),
    C("US10Y", "yield", "2.93", "pct", "2022-05-04", "rate('DGS10','2022-05-04')", "2.93 percent", basis="end of day", kind="pct"),
    C("US10Y", "yield_prev", "2.96", "pct", "2022-05-03", "rate('DGS10','2022-05-03')", "2.96 percent", basis="end of day", kind="pct",
      note="DGS10 2022-05-03: 2.97; 2.96 is within the 2-dp slack."),
    C("SPX", "daily_point_change", "124.69", "index_points", "2022-05-04", "pts('GSPC','2022-05-04')", "124.69", kind="pts"),
    C("SPX", "close_level", "4300.17", "index_points", "2022-05-04", "value('GSPC','2022-05-04')", "4,300.17", kind="level"),
    C("DJI", "daily_point_change", "937.27", "index_points", "2022-05-04", "pts('DJI','2022-05-04')", "937.27", kind="pts",
      note="File: +932.27 (33128.79 -> 34061.06); the printed 937.27 is off by exactly 5 points, apparently a typo. Outside the 2-dp tolerance, within 20% -> imprecise. The closing level in the same sentence is right."),
    C("DJI", "close_level", "34061.06", "index_points", "2022-05-04", "value('DJI','2022-05-04')", "34,061.06", kind="level"),
    C("IXIC", "daily_point_change", "401.10", "index_points", "2022-05-04", "pts('IXIC','2022-05-04')", "401.10", kind="pts"),
    C("IXIC", "close_level", "12964.86", "index_points", "2022-05-04", "value('IXIC','2022-05-04')", "12,964.86", kind="level"),
    C("RUT", "daily_point_change", "51.07", "index_points", "2022-05-04", "pts('RUT','2022-05-04')", "51.07", kind="pts"),
    C("RUT", "daily_pct_change", "2.7", "pct", "2022-05-04", "pct('RUT','2022-05-04')", "2.7 percent", kind="pct"),
    C("RUT", "close_level", "1949.92", "index_points", "2022-05-04", "value('RUT','2022-05-04')", "1,949.92", kind="level"),
  ])

P("ap_20220921_fed_75bp_indexes_fared", "apnews.com", "https://j7dfh9pbumnyhazfmcsfgm9m.apnews.com/article/inflation-economy-financial-markets-04c5b835167dccca71a77ff75591a0b1",
  "Associated Press", "2022-09-21", "exact", "titled 'How major US stock indexes fared Wednesday 9/21/2022' and dated September 21, 2022.",
  """Wall Street closed sharply lower on Wednesday after the Federal Reserve stepped up its fight against inflation, the worst in 40 years. The Fed's fifth rate increase of the year was the expected three-quarters of a percentage point, but it also raised its forecasts for how high rates will ultimately need to go.

On Wednesday the S&P 500 fell 66 points, or 1.7%, to 3,789.93. The Dow dropped 522.45 points, or 1.7%, to 30,183.78. The Nasdaq slid 204.86 points, or 1.8%, to 11,220.19, and the Russell 2000 index of smaller companies lost 25.35 points, or 1.4%, to 1,762.16.

For the week, the S&P 500 is down 83.40 points, or 2.2%; the Dow 638.64 points, or 2.1%; the Nasdaq 228.21 points, or 2%; and the Russell 2000 36.03 points, or 2%.

For the year, the S&P 500 is down 976.25 points, or 20.5%; the Dow 6,154.52 points, or 16.9%; the Nasdaq 4,424.78 points, or 28.3%; and the Russell 2000 483.16 points, or 21.5%.""",
  [C("US_CPI", "inflation_worst_since", "40 years", "duration", "2022-09-21", None, "the worst in 40 years", verdict="unverifiable", rule="unv_series",
     note="Consumer inflation is not in the files."),
   C("FEDFUNDS", "hikes_in_year", "5", "count", "2022-09-21", "len([c for c in target_changes('2022-01-01','2022-09-22') if c[1] > 0])", "fifth rate increase of the year", verdict="supported", rule="fed", dec=0,
     note="2022 increases effective 03-17, 05-05, 06-16, 07-28, 09-22: the 2022-09-21 decision is the fifth."),
   C("FEDFUNDS", "rate_hike_bp", "75", "bp", "2022-09-21", "fed_move_bp('2022-09-21')", "three-quarters of a percentage point", verdict="supported", rule="fed", dec=0),
  ] + [
   C(tk, m, v, u, "2022-09-21", e, a, kind=k, window=w)
   for tk, m, v, u, e, a, k, w in [
     ("SPX", "daily_point_change", "-66", "index_points", "pts('GSPC','2022-09-21')", "66 points", "pts", None),
     ("SPX", "daily_pct_change", "-1.7", "pct", "pct('GSPC','2022-09-21')", "1.7%, to 3,", "pct", None),
     ("SPX", "close_level", "3789.93", "index_points", "value('GSPC','2022-09-21')", "3,789.93", "level", None),
     ("DJI", "daily_point_change", "-522.45", "index_points", "pts('DJI','2022-09-21')", "522.45", "pts", None),
     ("DJI", "daily_pct_change", "-1.7", "pct", "pct('DJI','2022-09-21')", "1.7%, to 30,", "pct", None),
     ("DJI", "close_level", "30183.78", "index_points", "value('DJI','2022-09-21')", "30,183.78", "level", None),
     ("IXIC", "daily_point_change", "-204.86", "index_points", "pts('IXIC','2022-09-21')", "204.86", "pts", None),
     ("IXIC", "daily_pct_change", "-1.8", "pct", "pct('IXIC','2022-09-21')", "1.8%", "pct", None),
     ("IXIC", "close_level", "11220.19", "index_points", "value('IXIC','2022-09-21')", "11,220.19", "level", None),
     ("RUT", "daily_point_change", "-25.35", "index_points", "pts('RUT','2022-09-21')", "25.35", "pts", None),
     ("RUT", "daily_pct_change", "-1.4", "pct", "pct('RUT','2022-09-21')", "1.4%", "pct", None),
     ("RUT", "close_level", "1762.16", "index_points", "value('RUT','2022-09-21')", "1,762.16", "level", None),
     ("SPX", "wtd_point_change", "-83.40", "index_points", "wtd_pts('GSPC','2022-09-21')", "83.40", "pts", "2022-09-16..2022-09-21"),
     ("SPX", "wtd_pct_change", "-2.2", "pct", "wtd('GSPC','2022-09-21')", "2.2%", "pct", "2022-09-16..2022-09-21"),
     ("DJI", "wtd_point_change", "-638.64", "index_points", "wtd_pts('DJI','2022-09-21')", "638.64", "pts", "2022-09-16..2022-09-21"),
     ("DJI", "wtd_pct_change", "-2.1", "pct", "wtd('DJI','2022-09-21')", "2.1%", "pct", "2022-09-16..2022-09-21"),
     ("IXIC", "wtd_point_change", "-228.21", "index_points", "wtd_pts('IXIC','2022-09-21')", "228.21", "pts", "2022-09-16..2022-09-21"),
     ("IXIC", "wtd_pct_change", "-2", "pct", "wtd('IXIC','2022-09-21')", "228.21 points, or 2%", "pct", "2022-09-16..2022-09-21"),
     ("RUT", "wtd_point_change", "-36.03", "index_points", "wtd_pts('RUT','2022-09-21')", "36.03", "pts", "2022-09-16..2022-09-21"),
     ("RUT", "wtd_pct_change", "-2", "pct", "wtd('RUT','2022-09-21')", "36.03 points, or 2%", "pct", "2022-09-16..2022-09-21"),
     ("SPX", "ytd_point_change", "-976.25", "index_points", "ytd_pts('GSPC','2022-09-21')", "976.25", "pts", "2021-12-31..2022-09-21"),
     ("SPX", "ytd_pct_change", "-20.5", "pct", "ytd('GSPC','2022-09-21')", "20.5%", "pct", "2021-12-31..2022-09-21"),
     ("DJI", "ytd_point_change", "-6154.52", "index_points", "ytd_pts('DJI','2022-09-21')", "6,154.52", "pts", "2021-12-31..2022-09-21"),
     ("DJI", "ytd_pct_change", "-16.9", "pct", "ytd('DJI','2022-09-21')", "16.9%", "pct", "2021-12-31..2022-09-21"),
     ("IXIC", "ytd_point_change", "-4424.78", "index_points", "ytd_pts('IXIC','2022-09-21')", "4,424.78", "pts", "2021-12-31..2022-09-21"),
     ("IXIC", "ytd_pct_change", "-28.3", "pct", "ytd('IXIC','2022-09-21')", "28.3%", "pct", "2021-12-31..2022-09-21"),
     ("RUT", "ytd_point_change", "-483.16", "index_points", "ytd_pts('RUT','2022-09-21')", "483.16", "pts", "2021-12-31..2022-09-21"),
     ("RUT", "ytd_pct_change", "-21.5", "pct", "ytd('RUT','2022-09-21')", "21.5%", "pct", "2021-12-31..2022-09-21"),
   ]])

P("investopedia_20220613_sp500_bear_market", "investopedia.com", "https://www.investopedia.com/s-and-p500-bear-market-2022-5410266",
  "Investopedia", "2022-06-13", "high", "inferred: the article states the S&P 500 ended trading on June 13, 2022 in a bear market; written that evening or the next day.",
  """At the close on June 13, 2022, the S&P 500 slipped past the 20% threshold that marks a bear market: it ended the day 21.8% below its previous closing high, reached on January 3, 2022. The bear market is now 161 days old.

The previous one, set off by the COVID-19 pandemic, lasted 33 days from peak to trough (Feb. 19, 2020 to March 23, 2020), and the S&P 500 fell 33.9%. The two before it were longer and deeper: from March 24, 2000 to Oct. 9, 2002 (929 days) the index lost 49.1%, and from Oct. 9, 2007 to March 9, 2009 (517 days) it fell 56.8%.

Ten of the 11 S&P 500 sectors are down for the year, four of them by 20% or more; only energy is up, with a 50.5% year-to-date gain. Six stocks issued by five companies make up nearly 20.7% of the index's value.""",
  [
    C("SPX", "pct_from_ath", "21.8", "pct", "2022-06-13", "below_peak('GSPC','2022-06-13')", "21.8%", kind="pct",
      note="Record close 4796.56 on 2022-01-03; the 2022-06-13 close (3749.63) is 21.83% below it."),
    C("SPX", "record_close_date", "2022-01-03", "date", "2022-06-13", "peak_before('GSPC','2022-06-13')", "January 3, 2022", verdict="supported", rule="record",
      note="The highest close before 2022-06-13 is 4796.56 on 2022-01-03."),
    C("SPX", "first_bear_close", "2022-06-13", "date", "2022-06-13", "below_peak('GSPC','2022-06-10')", "At the close on June 13, 2022",
      note="On 2022-06-10 the index was 18.67% below the record; 2022-06-13 was the first close more than 20% below. Supported.", verdict="supported", rule="a bear market is a close at least 20% below the record close"),
    C("SPX", "bear_market_age_days", "161", "days", "2022-06-13", "(D('2022-06-13') - D('2022-01-03')).days", "161 days", verdict="supported", rule="plain0", dec=0,
      note="Calendar days from the 2022-01-03 peak to 2022-06-13: 161."),
    C("SPX", "bear_days_and_decline", "33", "days", "2020-03-23", "bear_days('GSPC','2020-02-19','2020-03-23')", "33 days", verdict="supported", rule="plain0",
      note="2020-02-19 (record close 3386.15) to 2020-03-23 (2237.40): 33 calendar days, -33.92%. Both dates are the closing peak and trough in the file."),
    C("SPX", "bear_decline", "-33.9", "pct", "2020-03-23", "change('GSPC','2020-02-19','2020-03-23')", "33.9%", kind="pct"),
    C("SPX", "bear_days", "929", "days", "2002-10-09", "bear_days('GSPC','2000-03-24','2002-10-09')[0]", "929 days", verdict="supported", rule="plain0", dec=0),
    C("SPX", "bear_decline", "-49.1", "pct", "2002-10-09", "change('GSPC','2000-03-24','2002-10-09')", "49.1%", kind="pct"),
    C("SPX", "bear_days", "517", "days", "2009-03-09", "bear_days('GSPC','2007-10-09','2009-03-09')[0]", "517 days", verdict="supported", rule="plain0", dec=0),
    C("SPX", "bear_decline", "-56.8", "pct", "2009-03-09", "change('GSPC','2007-10-09','2009-03-09')", "56.8%", kind="pct"),
    C("SPX_SECTORS", "sectors_down_ytd", "10", "count", "2022-06-13", None, "Ten of the 11", verdict="unverifiable", rule="unv_series",
      note="S&P 500 sector indexes are not in the files (sector SPDRs are only proxies and never decide)."),
    C("SPX_ENERGY", "ytd_pct_change", "50.5", "pct", "2022-06-13", None, "50.5%", verdict="unverifiable", rule="unv_series",
      note="S&P 500 energy sector index not in the files; the article's own text says the sector figures are 'through market close on June 1', a different date."),
    C("SPX", "top_weight_share", "20.7", "pct", "2022-06-13", None, "20.7%", q="nearly", verdict="unverifiable", rule="unv_series",
      note="Constituent weights are not in the files."),
  ])
