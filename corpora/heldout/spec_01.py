# Passages 1-5
P("reuters_20250918_rut_first_record_since_2021", "financetom.com",
  "https://www.financetom.com/market/russell-2000-notches-record-close-for-first-time-since-2021-438285.htm",
  "Reuters", "2025-09-18", "exact", "dateline 'Sept 18 (Reuters)' on the page (the page itself is stamped Sep 20, 2025); the session is Thursday 2025-09-18.",
  """Sept 18 (Reuters) - Small-cap U.S. stocks hit a milestone on Thursday: the Russell 2000 posted a record-high close for the first time in four years, a sign of growing optimism that lower interest rates will help smaller companies.

The index added 2.5% on the session and finished at 2,467.70, above its previous all-time closing high of 2,442.74 from November 2021. It has soared about 40% since April 8, the low point of the global selloff set off by fears over President Donald Trump's sweeping tariffs.

"Small caps have underperformed pretty dramatically over the last decade or so, and catch-up trade seems to be underway," said Keith Buchanan, senior portfolio manager at Globalt Investments, who sees the environment as conducive to a continued rally.

Anticipation of the Federal Reserve's 25-basis-point interest rate cut last Wednesday helped fuel the recent gains, along with bets on more cuts before year-end. Even so, the Russell 2000 has gained about 11% so far this year, lagging the S&P 500, which is up about 13%.""",
  [
    C("RUT", "record_close", "true", "flag", "2025-09-18", "is_record('RUT','2025-09-18')", "record-high close for the first time in four years",
      note="The 2025-09-18 close (2467.70) is above every earlier close; the previous record close was 2021-11-08 (2442.74), so 'first time in four years' (about 3 years 10 months) holds.",
      verdict="supported", rule="record", detail="previous record close 2021-11-08 2442.74"),
    C("RUT", "daily_pct_change", "2.5", "pct", "2025-09-18", "pct('RUT','2025-09-18')", "2.5%", kind="pct"),
    C("RUT", "close_level", "2467.70", "index_points", "2025-09-18", "value('RUT','2025-09-18')", "2,467.70", kind="level"),
    C("RUT", "previous_record_close", "2442.74", "index_points", "2025-09-18", "peak_before('RUT','2025-09-18')", "2,442.74",
      note="Highest close before 2025-09-18: 2442.74 on 2021-11-08, i.e. November 2021 as stated.", verdict="supported", rule="level2", dec=2),
    C("RUT", "pct_change_since", "40", "pct", "2025-09-18", "change('RUT','2025-04-08','2025-09-18')", "about 40%", q="about", window="2025-04-08..2025-09-18", kind="pct",
      note="From the 2025-04-08 close (the 2025 closing low) to the 2025-09-18 close: +40.15%. 'About 40%' holds."),
    C("FEDFUNDS", "rate_cut_bp", "-25", "bp", "2025-09-17", "fed_move_bp('2025-09-17')", "25-basis-point",
      note="'Last Wednesday' from Thursday 2025-09-18 is the FOMC decision of Wednesday 2025-09-17; the upper bound fell 25 bp (4.50 -> 4.25, effective 2025-09-18).",
      verdict="supported", rule="fed", dec=0),
    C("QUOTE", "opinion", "catch-up trade", "text", "2025-09-18", None, "catch-up trade seems to be underway", verdict="not_checkable", rule="nc_quote",
      note="Quoted opinion of a portfolio manager (the 'last decade' underperformance is part of the quote, not a dated figure)."),
    C("RUT", "ytd_pct_change", "11", "pct", "2025-09-18", "ytd('RUT','2025-09-18')", "about 11%", q="about", kind="pct"),
    C("SPX", "ytd_pct_change", "13", "pct", "2025-09-18", "ytd('GSPC','2025-09-18')", "about 13%", q="about", kind="pct"),
  ])

P("ap_20150824_china_selloff_dow_588", "apnews.com", "https://apnews.com/41dfbd68a10a48a9a800e5cd333538ff",
  "Associated Press", "2015-08-24", "exact", "dated 'August 24, 2015' on the page ('How the Dow Jones industrial average fared on Monday'); Monday 2015-08-24.",
  """U.S. stocks ended sharply lower on Monday, taking the Dow Jones industrial average down more than 588 points and leaving the Standard & Poor's 500 index more than 10 percent below its recent high. The slide was part of a worldwide wave of selling set off by growing signs that China's economy is slowing.

On the day, the Dow shed 588.40 points, or 3.6 percent, to 15,871.35. The S&P 500 gave up 77.68 points, or 3.9 percent, to 1,893.21, and the Nasdaq composite lost 179.79 points, or 3.8 percent, to 4,526.25.

For 2015 so far, the Dow is down 1,951.72 points, or 11 percent; the S&P 500 is down 165.69 points, or 8.1 percent; and the Nasdaq is down 209.81 points, or 4.4 percent.""",
  [
    C("DJI", "daily_point_change", "-588", "index_points", "2015-08-24", "pts('DJI','2015-08-24')", "more than 588 points", q="more than", kind="pts"),
    C("SPX", "pct_from_high", "10", "pct", "2015-08-24", "below_peak('GSPC','2015-08-24')", "more than 10 percent", q="more than", kind="pct",
      note="Recent (and record) high close 2130.82 on 2015-05-21; the 2015-08-24 close is 11.15% below it."),
    C("DJI", "daily_point_change", "-588.40", "index_points", "2015-08-24", "pts('DJI','2015-08-24')", "588.40", kind="pts"),
    C("DJI", "daily_pct_change", "-3.6", "pct", "2015-08-24", "pct('DJI','2015-08-24')", "3.6 percent", kind="pct"),
    C("DJI", "close_level", "15871.35", "index_points", "2015-08-24", "value('DJI','2015-08-24')", "15,871.35", kind="level"),
    C("SPX", "daily_point_change", "-77.68", "index_points", "2015-08-24", "pts('GSPC','2015-08-24')", "77.68", kind="pts"),
    C("SPX", "daily_pct_change", "-3.9", "pct", "2015-08-24", "pct('GSPC','2015-08-24')", "3.9 percent", kind="pct"),
    C("SPX", "close_level", "1893.21", "index_points", "2015-08-24", "value('GSPC','2015-08-24')", "1,893.21", kind="level"),
    C("IXIC", "daily_point_change", "-179.79", "index_points", "2015-08-24", "pts('IXIC','2015-08-24')", "179.79", kind="pts"),
    C("IXIC", "daily_pct_change", "-3.8", "pct", "2015-08-24", "pct('IXIC','2015-08-24')", "3.8 percent", kind="pct"),
    C("IXIC", "close_level", "4526.25", "index_points", "2015-08-24", "value('IXIC','2015-08-24')", "4,526.25", kind="level"),
    C("DJI", "ytd_point_change", "-1951.72", "index_points", "2015-08-24", "ytd_pts('DJI','2015-08-24')", "1,951.72", kind="pts"),
    C("DJI", "ytd_pct_change", "-11", "pct", "2015-08-24", "ytd('DJI','2015-08-24')", "11 percent", kind="pct"),
    C("SPX", "ytd_point_change", "-165.69", "index_points", "2015-08-24", "ytd_pts('GSPC','2015-08-24')", "165.69", kind="pts"),
    C("SPX", "ytd_pct_change", "-8.1", "pct", "2015-08-24", "ytd('GSPC','2015-08-24')", "8.1 percent", kind="pct"),
    C("IXIC", "ytd_point_change", "-209.81", "index_points", "2015-08-24", "ytd_pts('IXIC','2015-08-24')", "209.81", kind="pts",
      note="Year to date from the 2014-12-31 close 4736.05: -209.80 in the file; 209.81 is within the 2-dp slack."),
    C("IXIC", "ytd_pct_change", "-4.4", "pct", "2015-08-24", "ytd('IXIC','2015-08-24')", "4.4 percent", kind="pct"),
  ])

P("guardian_20150826_dow_leaps_619", "theguardian.com",
  "https://www.theguardian.com/business/live/2015/aug/26/asian-markets-open-with-investors-on-edge-after-dow-extends-losses-live",
  "The Guardian", "2015-08-26", "exact", "live blog dated 2015-08-26 in its URL; the closing entry describes Wednesday 2015-08-26.",
  """After two days of China worries, US markets had a long day of erratic trading on Wednesday: a fast liftoff just after the bell, then a close that gave the Dow Jones Industrial Average and the S&P 500 their biggest single-day gains since 2011. New York Fed president William Dudley helped by playing down the odds of a September rate rise. In Shanghai there was still no relief, with the market down 1.3%, its fifth straight losing session.

The Dow climbed as far as a high of 627 points and finished up 619 after frantic swings, the third-largest increase in points in its history; the two bigger ones both came early in the financial crisis.

Closing levels: Dow 16,285.51, up 619.07 points (3.96%); S&P 500 1,940.51, up 72.90 points (3.90%); Nasdaq 4,697.54, up 191.05 points (4.24%).""",
  [
    C("DJI", "biggest_gain_since", "2011", "year", "2015-08-26", "last_as_big('DJI','2015-08-26','pct',down=False)", "biggest single-day gains since 2011",
      note="Last Dow day with a % gain at least as large as +3.95%: 2011-11-30 (+4.24%), so 'since 2011' holds for the Dow; the S&P 500 (next claim) also last did better on 2011-11-30.",
      verdict="supported", rule="worst_since", dec=2),
    C("SPX", "biggest_gain_since", "2011", "year", "2015-08-26", "last_as_big('GSPC','2015-08-26','pct',down=False)", "Dow Jones Industrial Average and the S&P 500",
      note="S&P 500 +3.90% on 2015-08-26; last day with a gain at least as large: 2011-11-30 (+4.33%). Supported.",
      verdict="supported", rule="worst_since", dec=2),
    C("SHANGHAI", "daily_pct_change", "-1.3", "pct", "2015-08-26", None, "down 1.3%", verdict="unverifiable", rule="unv_series",
      note="Shanghai Composite is not in the files (nor its five-session losing streak)."),
    C("DJI", "intraday_point_change_max", "627", "index_points", "2015-08-26", "extreme_pts('DJI','2015-08-26','high')", "high of 627 points", basis="intraday high", kind="pts",
      note="Session high 16304.0 vs the previous close 15666.44: +637.31 points. 627 is 10 points short (1.6%): outside the integer tolerance, within 20%.",
      detail="session high vs previous close"),
    C("DJI", "daily_point_change", "619", "index_points", "2015-08-26", "pts('DJI','2015-08-26')", "finished up 619", kind="pts"),
    C("DJI", "point_gain_rank", "3", "rank", "2015-08-26", "move_rank('DJI','2015-08-26','pts',down=False)", "third-largest increase in points",
      note="Among all Dow daily point gains in the file up to 2015-08-26, +619.07 ranks third, behind 2008-10-13 (+936.42) and 2008-10-28 (+889.35), both in the 2008 crisis as stated. The Dow file starts in 1992; no earlier point gain came close.",
      verdict="supported", rule="rank", dec=0),
    C("DJI", "close_level", "16285.51", "index_points", "2015-08-26", "value('DJI','2015-08-26')", "16,285.51", kind="level"),
    C("DJI", "daily_point_change", "619.07", "index_points", "2015-08-26", "pts('DJI','2015-08-26')", "619.07", kind="pts"),
    C("DJI", "daily_pct_change", "3.96", "pct", "2015-08-26", "pct('DJI','2015-08-26')", "3.96%", kind="pct",
      note="File: +3.95% (619.07 / 15666.44 = 3.9516%); 3.96 is within the 2-dp slack."),
    C("SPX", "close_level", "1940.51", "index_points", "2015-08-26", "value('GSPC','2015-08-26')", "1,940.51", kind="level"),
    C("SPX", "daily_point_change", "72.90", "index_points", "2015-08-26", "pts('GSPC','2015-08-26')", "72.90", kind="pts"),
    C("SPX", "daily_pct_change", "3.90", "pct", "2015-08-26", "pct('GSPC','2015-08-26')", "3.90%", kind="pct"),
    C("IXIC", "close_level", "4697.54", "index_points", "2015-08-26", "value('IXIC','2015-08-26')", "4,697.54", kind="level"),
    C("IXIC", "daily_point_change", "191.05", "index_points", "2015-08-26", "pts('IXIC','2015-08-26')", "191.05", kind="pts"),
    C("IXIC", "daily_pct_change", "4.24", "pct", "2015-08-26", "pct('IXIC','2015-08-26')", "4.24%", kind="pct"),
  ])

P("cnn_20150901_china_data_nosedive", "fox5sandiego.com", "https://fox5sandiego.com/news/business/dow-nosedives-as-china-posts-weak-report/",
  "CNN (via Fox 5 San Diego)", "2015-09-01", "high",
  "inferred: the text is about 'Tuesday', the start of September after 'a miserable August' 2015 with China manufacturing reports; Tuesday 2015-09-01. The figures were written late in the session ('heading into the close').",
  """NEW YORK - Stocks took another nosedive Tuesday on fresh fears about a slowdown in China, CNN reported. Heading into the close, the Dow Jones Industrial Average had plunged more than 500 points, or 3.1%, and sat 12% below the all-time high it set in May. The S&P 500 was off 3.3%, once again in a correction, more than 10% under its May record; only two of its stocks were higher.

The tech-heavy Nasdaq sank 3.2%, leaving it 11% below its July peak. It also wiped out its 2015 gain on Tuesday and is now 2% lower for the year.

It is a grim start to September, historically the worst month for stocks, and it follows a miserable August: the Dow had its worst month in more than 5 years, and the S&P 500 its biggest monthly drop since May 2012.""",
  [
    C("DJI", "intraday_point_change", "-500", "index_points", "2015-09-01", "pts('DJI','2015-09-01')", "more than 500 points", q="more than", basis="late session",
      detail="close -469.68 (-2.84%); session low -548.08 (-3.32%)", verdict="unverifiable", rule="unv_mid",
      note="Written before the close: the Dow finished down 469.68 (-2.84%), so the figure does not describe the close, but the session low was -548.08 (-3.32%), so 'more than 500 points, or 3.1%' lies inside the day's range and cannot be checked for the moment it was written."),
    C("DJI", "intraday_pct_change", "-3.1", "pct", "2015-09-01", "pct('DJI','2015-09-01')", "3.1%", basis="late session",
      detail="close -2.84%; session low -3.32%", verdict="unverifiable", rule="unv_mid",
      note="Late-session figure inside the session range (low -3.32%); the close was -2.84%."),
    C("DJI", "pct_from_ath", "12", "pct", "2015-09-01", "below_peak('DJI','2015-09-01')", "12% below", basis="late session",
      note="Record close 18312.39 on 2015-05-19 (May, as stated). At the close the Dow was 12.31% below it and at the session low about 12.7%: 12% holds on both bases.",
      verdict="supported", rule="plain0"),
    C("SPX", "intraday_pct_change", "-3.3", "pct", "2015-09-01", "pct('GSPC','2015-09-01')", "off 3.3%", basis="late session", verdict="unverifiable", rule="unv_mid",
      detail="close -2.96%; session low -3.50%",
      note="Late-session figure: the S&P 500 closed -2.96%, but its session low was -3.50%, so -3.3% lies inside the range."),
    C("SPX", "pct_from_ath", "10", "pct", "2015-09-01", "below_peak('GSPC','2015-09-01')", "more than 10% under its May record", q="more than",
      note="Record close 2130.82 on 2015-05-21; the 2015-09-01 close is 10.18% below it (more at the session low). Supported on both bases.",
      kind="pct"),
    C("SPX", "stocks_advancing", "2", "count", "2015-09-01", None, "only two of its stocks", verdict="unverifiable", rule="unv_series",
      note="Constituent breadth is not in the files."),
    C("IXIC", "intraday_pct_change", "-3.2", "pct", "2015-09-01", "pct('IXIC','2015-09-01')", "sank 3.2%", basis="late session", verdict="unverifiable", rule="unv_mid",
      detail="close -2.94%; session low -3.38%", note="Late-session figure inside the Nasdaq's range (low -3.38%); the close was -2.94%."),
    C("IXIC", "pct_from_high", "11", "pct", "2015-09-01", "below_peak('IXIC','2015-09-01')", "11% below its July peak",
      note="Nasdaq record close 5218.86 on 2015-07-20 (a July peak, as stated); 2015-09-01 close 11.17% below it.", kind="pct"),
    C("IXIC", "ytd_pct_change", "-2", "pct", "2015-09-01", "ytd('IXIC','2015-09-01')", "2% lower for the year", kind="pct",
      note="YTD from the 2014-12-31 close: -2.11% at the 2015-09-01 close; it was +0.85% at the 2015-08-31 close, so the index did erase its 2015 gain that day."),
    C("DJI", "worst_month_since", "more than 5 years", "duration", "2015-08", "last_month_as_big('DJI','2015-08')", "worst month in more than 5 years",
      note="Dow August 2015: -6.57%. The last month at least as bad was May 2010 (-7.92%), 5 years and 3 months earlier: 'more than 5 years' holds.",
      verdict="supported", rule="worst_since", detail="month_change('DJI','2015-08') = -6.57"),
    C("SPX", "worst_month_since", "2012-05", "month", "2015-08", "last_month_as_big('GSPC','2015-08')", "since May 2012",
      note="S&P 500 August 2015: -6.26%; the last month at least as bad was May 2012 (-6.27%). Supported.",
      verdict="supported", rule="worst_since"),
  ])

P("abcnews_20080929_bailout_vote_dow_778", "abcnews.go.com", "https://abcnews.go.com/Business/story?id=5915199&page=1",
  "ABC News (USA Today wire)", "2008-09-29", "exact", "dated 'September 29, 2008, 6:46 PM' on the page; Monday 2008-09-29.",
  """NEW YORK -- Stocks plunged Monday in the worst drop since the Sept. 11 terrorist attacks after the House of Representatives voted down the $700 billion Wall Street rescue package.

The Dow Jones industrial average suffered its single worst point drop ever, a 777.68-point nosedive to 10,365.45. Its 7.0% loss was the 17th-worst percentage loss in its history, according to Dow Jones indexes.

"The market is upset they didn't pass the bill," said Todd Leone, a trader at Cowen & Co.

Broader indexes fell too: the Standard & Poor's 500 lost 106.85, or 8.8%, to 1,106.42, its lowest close since October 2004, and only one S&P 500 stock, Campbell Soup, ended higher. The Nasdaq composite was off 9.1%, or 199.61 points, at 1,983.73.""",
  [
    C("DJI", "worst_drop_since", "2001-09-17", "date", "2008-09-29", "last_as_big('DJI','2008-09-29')", "worst drop since the Sept. 11 terrorist attacks",
      note="Dow -6.98% on 2008-09-29; the last day with a % drop at least as large was 2001-09-17 (-7.13%), the first session after the attacks. Supported for the Dow (in points it is a record, see next claim).",
      verdict="supported", rule="worst_since"),
    C("DJI", "record_point_drop", "true", "flag", "2008-09-29", "move_rank('DJI','2008-09-29','pts')", "single worst point drop ever",
      note="-777.68 ranks first among all Dow daily point changes in the file up to that day (file starts 1992; earlier point drops were far smaller).",
      verdict="supported", rule="rank", dec=0),
    C("DJI", "daily_point_change", "-777.68", "index_points", "2008-09-29", "pts('DJI','2008-09-29')", "777.68", kind="pts"),
    C("DJI", "close_level", "10365.45", "index_points", "2008-09-29", "value('DJI','2008-09-29')", "10,365.45", kind="level"),
    C("DJI", "daily_pct_change", "-7.0", "pct", "2008-09-29", "pct('DJI','2008-09-29')", "7.0%", kind="pct"),
    C("DJI", "pct_drop_rank", "17", "rank", "2008-09-29", "move_rank('DJI','2008-09-29')", "17th-worst",
      note="The rank counts Dow history back to 1896; the file starts in 1992, where -6.98% ranks third (after 2008-09-29's predecessors 1997-10-27 and 2001-09-17). Pre-1992 history is needed.",
      verdict="unverifiable", rule="unv_hist", dec=0),
    C("QUOTE", "opinion", "upset", "text", "2008-09-29", None, "The market is upset", verdict="not_checkable", rule="nc_quote", note="Quoted trader's opinion."),
    C("SPX", "daily_point_change", "-106.85", "index_points", "2008-09-29", "pts('GSPC','2008-09-29')", "106.85", kind="pts"),
    C("SPX", "daily_pct_change", "-8.8", "pct", "2008-09-29", "pct('GSPC','2008-09-29')", "8.8%", kind="pct"),
    C("SPX", "close_level", "1106.42", "index_points", "2008-09-29", "value('GSPC','2008-09-29')", "1,106.42", kind="level"),
    C("SPX", "lowest_close_since", "2004-10", "month", "2008-09-29", "lowest_since('GSPC','2008-09-29')", "lowest close since October 2004",
      note="Last earlier close at or below 1106.42: 2004-10-25 (1094.81). Supported.", verdict="supported", rule="since"),
    C("SPX", "stocks_advancing", "1", "count", "2008-09-29", None, "Campbell Soup", verdict="unverifiable", rule="unv_series",
      note="Constituent-level breadth is not in the files."),
    C("IXIC", "daily_pct_change", "-9.1", "pct", "2008-09-29", "pct('IXIC','2008-09-29')", "9.1%", kind="pct"),
    C("IXIC", "daily_point_change", "-199.61", "index_points", "2008-09-29", "pts('IXIC','2008-09-29')", "199.61", kind="pts"),
    C("IXIC", "close_level", "1983.73", "index_points", "2008-09-29", "value('IXIC','2008-09-29')", "1,983.73", kind="level"),
  ])
