P("ap_20190731_fed_first_cut_since_2008", "pressdemocrat.com", "https://www.pressdemocrat.com/business/9853119-181/fed-cuts-key-rate-in",
  "Associated Press (in The Press Democrat)", "2019-07-31", "exact", "page dated 2019-07-31; Wednesday's FOMC decision and close.",
  """WASHINGTON - The Federal Reserve cut its benchmark interest rate on Wednesday for the first time in a decade, trying to offset the drag from President Donald Trump's trade wars, weak inflation and soft global growth. Yet Wall Street seemed let down that Chairman Jerome Powell hinted the Fed might not cut much more.

"Powell appeared very reluctant to suggest that additional rate cuts were likely," said Eric Winograd of AllianceBernstein.

The Dow Jones Industrial Average slid to finish down 333 points, or 1.2%. The 10-year Treasury yield fell to 2.01% from 2.06% late Tuesday, a sharp drop.

The Fed lowered its key rate by a quarter-point to a range of 2% to 2.25%, its first cut since December 2008, when it slashed the rate to a record low near zero.""",
  [
    C("FEDFUNDS", "first_cut_since", "2008-12", "month", "2019-07-31", "last_change('2019-08-01', -1)", "for the first time in a decade", verdict="supported", rule="fed",
      note="The previous cut took effect 2008-12-16 (decided 2008-12-16): about ten and a half years earlier."),
    C("QUOTE", "opinion", "reluctant", "text", "2019-07-31", None, "Powell appeared very reluctant", verdict="not_checkable", rule="nc_quote", note="Economist's opinion."),
    C("DJI", "daily_point_change", "-333", "index_points", "2019-07-31", "pts('DJI','2019-07-31')", "333 points", kind="pts",
      note="File: -333.75, which rounds to 334; '333' truncates -> imprecise (outside the integer tolerance, tiny error)."),
    C("DJI", "daily_pct_change", "-1.2", "pct", "2019-07-31", "pct('DJI','2019-07-31')", "1.2%", kind="pct"),
    C("US10Y", "yield", "2.01", "pct", "2019-07-31", "rate('DGS10','2019-07-31')", "2.01%", basis="end of day", kind="pct",
      note="DGS10 2019-07-31: 2.02 (FRED end of day); AP's late-trading 2.01 is within the 2-dp slack."),
    C("US10Y", "yield_prev", "2.06", "pct", "2019-07-30", "rate('DGS10','2019-07-30')", "2.06%", basis="end of day", kind="pct"),
    C("FEDFUNDS", "rate_cut_bp", "-25", "bp", "2019-07-31", "fed_move_bp('2019-07-31')", "by a quarter-point", verdict="supported", rule="fed", dec=0),
    C("FEDFUNDS", "target_range", "2-2.25", "pct", "2019-08-01", "fed_range('2019-08-01')", "2% to 2.25%", verdict="supported", rule="fed"),
    C("FEDFUNDS", "previous_cut_month", "2008-12", "month", "2019-07-31", "last_change('2019-08-01', -1)", "first cut since December 2008", verdict="supported", rule="fed",
      note="Last cut effective 2008-12-16, to a 0-0.25% range (DFEDTARL/U), the record low as stated."),
  ])

P("cnbc_20180227_powell_testimony_dow_299", "archives.fairtax.org",
  "http://archives.fairtax.org/articles/dow-falls-299-points-after-powell-signals-fed-will-keep-raising-rates-to-contain-inflation",
  "CNBC (repost)", "2018-02-27", "high", "inferred: Jerome Powell's first congressional testimony as Fed chair was on Tuesday 2018-02-27; the closing figures match that day.",
  """U.S. stocks fell for the first time in four days on Tuesday after comments from new Federal Reserve Chair Jerome Powell pushed rates higher. Powell signaled the central bank could raise rates more than three times this year to keep the economy from overheating.

The Dow Jones industrial average dropped 299.24 points to close at 25,410.03, weighed down by Disney and Home Depot. The S&P 500 slid 1.27 percent to 2,744.28 as real estate, consumer discretionary and telecom shares lagged. The Nasdaq composite lost 1.23 percent to close at 7,330.35.""",
  [
    C("DJI,SPX", "first_decline_in_days", "4", "sessions", "2018-02-27", "[run_length('DJI','2018-02-26'), run_length('GSPC','2018-02-26')]", "first time in four days",
      note="Both the Dow and the S&P 500 rose on 2018-02-22, 02-23 and 02-26 (three up sessions), so Tuesday's loss was the first in four days. Supported.", verdict="supported", rule="streak", dec=0),
    C("FEDFUNDS", "hikes_signal", "3", "count", "2018-02-27", None, "more than three times this year", q="more than", verdict="forecast", rule="forecast",
      note="A signal about future policy (2018 ended with four hikes); not judged."),
    C("DJI", "daily_point_change", "-299.24", "index_points", "2018-02-27", "pts('DJI','2018-02-27')", "299.24", kind="pts"),
    C("DJI", "close_level", "25410.03", "index_points", "2018-02-27", "value('DJI','2018-02-27')", "25,410.03", kind="level"),
    C("SPX", "daily_pct_change", "-1.27", "pct", "2018-02-27", "pct('GSPC','2018-02-27')", "1.27 percent", kind="pct"),
    C("SPX", "close_level", "2744.28", "index_points", "2018-02-27", "value('GSPC','2018-02-27')", "2,744.28", kind="level"),
    C("IXIC", "daily_pct_change", "-1.23", "pct", "2018-02-27", "pct('IXIC','2018-02-27')", "1.23 percent", kind="pct"),
    C("IXIC", "close_level", "7330.35", "index_points", "2018-02-27", "value('IXIC','2018-02-27')", "7,330.35", kind="level"),
  ])

P("cnnmoney_20100507_vix_13_month_high", "money.cnn.com", "http://money.cnn.com/2010/05/07/markets/VIX_fear_index/index.htm?postversion=2010050716",
  "CNNMoney.com (Julianne Pepitone)", "2010-05-07", "exact", "URL dated 2010/05/07 with post version 2010050716 (4 p.m.); the VIX figures were written around the close of Friday 2010-05-07, the day after the flash crash.",
  """NEW YORK (CNNMoney.com) -- Wall Street's main volatility gauge climbed to a 13-month high on Friday as stocks kept sliding a day after the 'flash crash.'

The CBOE Volatility index, or VIX, was up 26% at 41.43, after touching 42.15 earlier in the session. At the close the Dow Jones industrial average was 140 points lower, having been up as much as 59 points and down as much as 279 points in the morning.

On Thursday, when the Dow plunged nearly 1,000 points before rebounding, the VIX jumped as much as 63% and settled at 32.80, its highest level since May 4, 2009.

The VIX is up 166% since April 12, when it stood at 5.58, its lowest level in nearly three years. It has risen 106.4% year-to-date and 87.9% in the past five days alone.""",
  [
    C("VIX", "highest_since", "13-month", "duration", "2010-05-07", "highest_since('VIX','2010-05-07')", "13-month high", verdict="supported", rule="since",
      note="At the close (40.95) the last VIX close at least as high was 2009-04-02, 13 months earlier: '13-month high' holds."),
    C("VIX", "intraday_pct_change", "26", "pct", "2010-05-07", "pct('VIX','2010-05-07')", "up 26%", basis="around the close", verdict="unverifiable", rule="unv_mid",
      detail="session low 31.71, high 42.15; close 40.95 (+24.85%)",
      note="41.43 (+26.3%) is a late-session print inside the session's range (31.71-42.15); the official close was 40.95 (+24.85%)."),
    C("VIX", "intraday_level", "41.43", "index_points", "2010-05-07", "session_range('VIX','2010-05-07')", "41.43", basis="around the close", verdict="unverifiable", rule="unv_mid",
      note="Inside the session range 31.71-42.15; not the official close (40.95)."),
    C("VIX", "session_high", "42.15", "index_points", "2010-05-07", "value('VIX','2010-05-07','high')", "42.15", basis="intraday high", kind="level"),
    C("DJI", "daily_point_change", "-140", "index_points", "2010-05-07", "pts('DJI','2010-05-07')", "140 points lower", kind="pts"),
    C("DJI", "intraday_point_change_max", "59", "index_points", "2010-05-07", "extreme_pts('DJI','2010-05-07','high')", "as much as 59 points", q="as much as", basis="intraday high", kind="pts"),
    C("DJI", "intraday_point_change_min", "-279", "index_points", "2010-05-07", "extreme_pts('DJI','2010-05-07','low')", "as much as 279 points", q="as much as", basis="intraday low", kind="pts"),
    C("DJI", "intraday_point_change_min", "-1000", "index_points", "2010-05-06", "extreme_pts('DJI','2010-05-06','low')", "nearly 1,000 points", q="nearly", basis="intraday low", kind="pts",
      note="Thursday 2010-05-06: session low 9869.62 against the previous close 10866.83, -997.21. Supported."),
    C("VIX", "intraday_pct_change_max", "63", "pct", "2010-05-06", "extreme_pct('VIX','2010-05-06','high')", "as much as 63%", q="as much as", basis="intraday high", kind="pct"),
    C("VIX", "close_level", "32.80", "index_points", "2010-05-06", "value('VIX','2010-05-06')", "32.80", kind="level"),
    C("VIX", "highest_since", "2009-05-04", "date", "2010-05-06", "highest_since('VIX','2010-05-06')", "May 4, 2009",
      note="The last VIX close at or above 32.80 before 2010-05-06 was 2009-05-15 (33.12); May 4, 2009 (34.53) is earlier than that, so the 'since' date overstates how long it had been.",
      verdict="contradicted", rule="since"),
    C("VIX", "pct_change_since", "166", "pct", "2010-05-07", "(41.43 / value('VIX','2010-04-12') - 1) * 100", "up 166%", window="2010-04-12..2010-05-07",
      note="From the 2010-04-12 close (15.58) to the stated 41.43: +165.9%, supported on the passage's own level (to the 40.95 close: +162.8%).", kind="pct",
      detail="close basis: change('VIX','2010-04-12','2010-05-07') = 162.84"),
    C("VIX", "close_level", "5.58", "index_points", "2010-04-12", "value('VIX','2010-04-12')", "5.58",
      note="The VIX closed at 15.58 on 2010-04-12; '5.58' drops the leading 1 (and is inconsistent with the 166% rise the same sentence gives). Contradicted as printed.",
      verdict="contradicted", rule="level2"),
    C("VIX", "lowest_since", "nearly three years", "duration", "2010-04-12", "lowest_since('VIX','2010-04-12')", "lowest level in nearly three years", verdict="supported", rule="since",
      note="The last VIX close at or below 15.58 before 2010-04-12 was 2007-07-19: two years and nine months, 'nearly three years'."),
    C("VIX", "ytd_pct_change", "106.4", "pct", "2010-05-07", "(41.43 / value('VIX','2009-12-31') - 1) * 100", "106.4%",
      note="From the 2009-12-31 close (21.68) to the stated 41.43: +91.1% (to the 40.95 close: +88.9%). 106.4% would need a base of 20.07; off by 15 pp -> contradicted.",
      kind="pct", detail="close basis: ytd('VIX','2010-05-07') = 88.88"),
    C("VIX", "five_day_pct_change", "87.9", "pct", "2010-05-07", "(41.43 / value('VIX','2010-04-30') - 1) * 100", "87.9%", window="2010-04-30..2010-05-07", kind="pct",
      note="From the 2010-04-30 close (22.05) to the stated 41.43: +87.9%, supported on the passage's own level (to the close: +85.7%).",
      detail="close basis: n_session_change('VIX','2010-05-07',5) = 85.71"),
  ])

P("wsj_20200309_vix_highest_since_crisis", "wsj.com", "https://www.wsj.com/articles/fear-gauge-jumps-to-highest-level-since-financial-crisis-11583768353",
  "The Wall Street Journal", "2020-03-09", "high", "inferred: the article id encodes a 2020-03-09 timestamp and the text describes Monday's close (VIX 54.46, S&P 500 -7.6%), which matches Monday 2020-03-09.",
  """Investors are bracing for a long stretch of volatility after two of the most punishing weeks for U.S. stocks in memory, as the spreading coronavirus and falling oil prices test the 11-year bull market. Through Monday the S&P 500 was down 18.9% from its record.

The Cboe Volatility Index, or VIX, shot to about 62 in Monday's trading, its highest intraday level since 2008 during the financial crisis, according to Dow Jones Market Data. It closed at 54.46, its highest settle since 2009.

Heavy selling early Monday triggered a trading halt shortly after the opening bell, and the S&P 500 ended down 7.6%, its biggest one-day decline since Dec. 1, 2008.""",
  [
    C("SPX", "pct_from_ath", "18.9", "pct", "2020-03-09", "below_peak('GSPC','2020-03-09')", "18.9%", kind="pct",
      note="Record close 3386.15 on 2020-02-19; 2020-03-09 close (2746.56) 18.89% below."),
    C("VIX", "intraday_high", "62", "index_points", "2020-03-09", "value('VIX','2020-03-09','high')", "about 62", q="about", basis="intraday high", kind="level"),
    C("VIX", "highest_intraday_since", "2008", "year", "2020-03-09", "highest_since('VIX','2020-03-09','high')", "highest intraday level since 2008", verdict="supported", rule="since",
      note="Last session with a VIX high at or above 62.12: 2008-12-05. Supported."),
    C("VIX", "close_level", "54.46", "index_points", "2020-03-09", "value('VIX','2020-03-09')", "54.46", kind="level"),
    C("VIX", "highest_close_since", "2009", "year", "2020-03-09", "highest_since('VIX','2020-03-09')", "highest settle since 2009", verdict="supported", rule="since",
      note="Last VIX close at or above 54.46: 2009-01-20 (56.65). Supported."),
    C("SPX", "daily_pct_change", "-7.6", "pct", "2020-03-09", "pct('GSPC','2020-03-09')", "down 7.6%", kind="pct"),
    C("SPX", "worst_drop_since", "2008-12-01", "date", "2020-03-09", "last_as_big('GSPC','2020-03-09')", "since Dec. 1, 2008", verdict="supported", rule="worst_since",
      note="Last S&P 500 day at least as bad as -7.60%: 2008-12-01 (-8.93%). Supported."),
  ])

P("mediaite_20200316_dow_2997_worst_point_drop", "mediaite.com", "https://www.mediaite.com/news/dow-plunges-nearly-3000-points-at-close-marking-the-worst-point-drop-ever",
  "Mediaite", "2020-03-16", "high", "inferred: the text quotes a tweet dated March 16, 2020 and describes Monday's close; Monday 2020-03-16.",
  """On Monday the Dow Jones Industrial Average had its worst point drop ever, closing down 2,997 points, or 12.9%. It was the index's largest percentage fall since the 'Black Monday' crash of October 1987 and the third-largest ever, and in the final minutes of trading it was briefly down more than 3,000 points.

The S&P 500 fell 12%, its worst day since December 2018, and the Nasdaq Composite had its worst day ever, sliding 12.3%. After Monday's rout the Dow stands 31.7% below its all-time high, while the S&P 500 and the Nasdaq are both more than 29% under the records they set last month.

Charles Schwab's Liz Ann Sonders noted on Twitter that the Dow was "back to early 2017 levels." The circuit breaker was tripped for the third time in a week, halting trading for 15 minutes shortly after the open.""",
  [
    C("DJI", "record_point_drop", "true", "flag", "2020-03-16", "move_rank('DJI','2020-03-16','pts')", "worst point drop ever", verdict="supported", rule="rank", dec=0,
      note="-2997.10 is the largest Dow point drop in the file up to 2020-03-16."),
    C("DJI", "daily_point_change", "-2997", "index_points", "2020-03-16", "pts('DJI','2020-03-16')", "2,997 points", kind="pts"),
    C("DJI", "daily_pct_change", "-12.9", "pct", "2020-03-16", "pct('DJI','2020-03-16')", "12.9%", kind="pct"),
    C("DJI", "worst_pct_since", "1987-10", "month", "2020-03-16", "last_as_big('DJI','2020-03-16')", "largest percentage fall since the 'Black Monday' crash",
      note="No Dow day in the file (from 1992) was as bad as -12.93%, which is consistent, but the October 1987 comparison needs Dow history before the file starts.",
      verdict="unverifiable", rule="unv_hist"),
    C("DJI", "pct_drop_rank_all_time", "3", "rank", "2020-03-16", "move_rank('DJI','2020-03-16')", "third-largest ever", verdict="unverifiable", rule="unv_hist", dec=0,
      note="The ranking covers Dow history since 1896; in the file (from 1992) it ranks first."),
    C("DJI", "intraday_point_change_min", "-3000", "index_points", "2020-03-16", "extreme_pts('DJI','2020-03-16','low')", "more than 3,000 points", q="more than", basis="intraday low", kind="pts"),
    C("SPX", "daily_pct_change", "-12", "pct", "2020-03-16", "pct('GSPC','2020-03-16')", "fell 12%", kind="pct"),
    C("SPX", "worst_drop_since", "2018-12", "month", "2020-03-16", "last_as_big('GSPC','2020-03-16')", "worst day since December 2018",
      note="The last S&P 500 day at least as bad as -11.98% was 1987-10-19 (-20.47%); nothing in December 2018 came close (worst -3.3%). Wrong 'since' -> contradicted.",
      verdict="contradicted", rule="worst_since"),
    C("IXIC", "record_pct_drop", "true", "flag", "2020-03-16", "move_rank('IXIC','2020-03-16')", "worst day ever", verdict="supported", rule="rank", dec=0,
      note="-12.32% is the worst Nasdaq daily % change in the file (from 1971), worse than 1987-10-19 (-11.35%). Supported."),
    C("IXIC", "daily_pct_change", "-12.3", "pct", "2020-03-16", "pct('IXIC','2020-03-16')", "12.3%", kind="pct"),
    C("DJI", "pct_from_ath", "31.7", "pct", "2020-03-16", "below_peak('DJI','2020-03-16')", "31.7%", kind="pct",
      note="Dow record close 29551.42 on 2020-02-12; 2020-03-16 close 31.68% below."),
    C("SPX", "pct_from_ath", "29", "pct", "2020-03-16", "below_peak('GSPC','2020-03-16')", "more than 29%", q="more than", kind="pct",
      note="S&P 500 record close 2020-02-19 (last month, as stated): 29.53% below."),
    C("IXIC", "pct_from_ath", "29", "pct", "2020-03-16", "below_peak('IXIC','2020-03-16')", "records they set last month", q="more than", kind="pct",
      note="Nasdaq record close 2020-02-19: 29.67% below. Supported."),
    C("DJI", "lowest_since", "2017-early", "period", "2020-03-16", "lowest_since('DJI','2020-03-16')", "back to early 2017 levels", verdict="supported", rule="since",
      note="Quoted, but a checkable level claim: the last Dow close at or below 20188.52 was 2017-02-09, i.e. early 2017."),
    C("NYSE", "circuit_breaker_count", "3", "count", "2020-03-16", None, "third time in a week", verdict="unverifiable", rule="unv_series",
      note="Market-wide trading halts are not in the files."),
  ])

P("chicagotribune_20160624_brexit_rout", "digitaledition.chicagotribune.com",
  "http://digitaledition.chicagotribune.com/tribune/article_popover.aspx?guid=00f82a87-3182-4cb4-a013-402124e822e1",
  "Chicago Tribune (wire)", "2016-06-25", "high", "inferred: a print-edition story about 'Friday' after Britain's vote to leave the EU; published in the 2016-06-25 edition, the session is Friday 2016-06-24.",
  """Stocks tumbled around the world on Friday after Britain voted to leave the European Union.

In the U.S., the Dow Jones industrial average lost 610.32 points, or 3.4 percent, wiping out its gains for the year, while major European indexes dropped as much as 8 percent. The pound plunged to $1.3638, after touching a 31-year low at one point.

The Standard & Poor's 500 index fell 75.91 points, or 3.6 percent, its biggest loss since August. The Nasdaq composite had its worst day since mid-2011, giving up 202.06 points, or 4.1 percent, to 4,707.98. Banks led the declines, with Citigroup down 9.4 percent.""",
  [
    C("DJI", "daily_point_change", "-610.32", "index_points", "2016-06-24", "pts('DJI','2016-06-24')", "610.32", kind="pts"),
    C("DJI", "daily_pct_change", "-3.4", "pct", "2016-06-24", "pct('DJI','2016-06-24')", "3.4 percent", kind="pct"),
    C("DJI", "ytd_turned_negative", "true", "flag", "2016-06-24", "[round(ytd('DJI','2016-06-23'), 2), round(ytd('DJI','2016-06-24'), 2)]", "wiping out its gains for the year",
      note="YTD +3.36% at the 2016-06-23 close, -0.14% at the 2016-06-24 close. Supported.", verdict="supported", rule="direction"),
    C("EUROPE", "intraday_pct_change", "-8", "pct", "2016-06-24", None, "as much as 8 percent", q="as much as", verdict="unverifiable", rule="unv_series",
      note="European indexes are not in the files."),
    C("GBPUSD", "level", "1.3638", "usd", "2016-06-24", None, "$1.3638", verdict="unverifiable", rule="unv_series", note="Currencies are not in the files."),
    C("GBPUSD", "lowest_since", "31 years", "duration", "2016-06-24", None, "31-year low", verdict="unverifiable", rule="unv_series", note="Currencies are not in the files."),
    C("SPX", "daily_point_change", "-75.91", "index_points", "2016-06-24", "pts('GSPC','2016-06-24')", "75.91", kind="pts"),
    C("SPX", "daily_pct_change", "-3.6", "pct", "2016-06-24", "pct('GSPC','2016-06-24')", "3.6 percent", kind="pct"),
    C("SPX", "worst_drop_since", "2015-08", "month", "2016-06-24", "last_as_big('GSPC','2016-06-24')", "biggest loss since August", verdict="supported", rule="worst_since",
      note="Last S&P 500 day at least as bad as -3.59%: 2015-08-24 (-3.94%), i.e. last August. Supported."),
    C("IXIC", "worst_drop_since", "2011-mid", "period", "2016-06-24", "last_as_big('IXIC','2016-06-24')", "worst day since mid-2011", verdict="supported", rule="worst_since",
      note="Last Nasdaq day at least as bad as -4.12%: 2011-08-18 (-5.22%). 'Mid-2011' for August 2011 is acceptable."),
    C("IXIC", "daily_point_change", "-202.06", "index_points", "2016-06-24", "pts('IXIC','2016-06-24')", "202.06", kind="pts"),
    C("IXIC", "daily_pct_change", "-4.1", "pct", "2016-06-24", "pct('IXIC','2016-06-24')", "4.1 percent", kind="pct"),
    C("IXIC", "close_level", "4707.98", "index_points", "2016-06-24", "value('IXIC','2016-06-24')", "4,707.98", kind="level"),
    C("C", "daily_pct_change", "-9.4", "pct", "2016-06-24", None, "9.4 percent", verdict="unverifiable", rule="unv_series", note="Single stocks are not in the files."),
  ])
