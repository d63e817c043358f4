P("cnbc_20250404_dow_2231_china_retaliates", "exposenews.xyz", "https://exposenews.xyz/?p=2112",
  "CNBC (repost)", "2025-04-04", "high", "inferred: the text describes Friday's second day of losses after China's 34% retaliation, with a 1,679-point Thursday drop; the file matches Friday 2025-04-04 (Dow -2231.07).",
  """Stocks took a second beating on Friday after China hit back with new tariffs on U.S. goods, stoking fears that President Donald Trump had started a global trade war that would end in recession. The damage:

The Dow Jones Industrial Average lost 2,231.07 points, or 5.5%, to 38,314.86, its steepest decline since June 2020, during the Covid-19 pandemic. That followed a 1,679-point drop on Thursday and was the first time the Dow had shed more than 1,500 points on back-to-back days.

The S&P 500 plunged 5.97% to 5,074.08, its worst day since March 2020, after a 4.84% loss on Thursday; it is now more than 17% below its recent high. The Nasdaq Composite fell 5.8% to 15,587.79, on top of a nearly 6% drop on Thursday, leaving it 22% under its December record, a bear market in Wall Street terms.

Selling was broad, with only 14 S&P 500 members higher, and the major indexes closed at their lows of the session. "The bull market is dead," one strategist said.""",
  [
    C("DJI", "daily_point_change", "-2231.07", "index_points", "2025-04-04", "pts('DJI','2025-04-04')", "2,231.07", kind="pts"),
    C("DJI", "daily_pct_change", "-5.5", "pct", "2025-04-04", "pct('DJI','2025-04-04')", "5.5%", kind="pct"),
    C("DJI", "close_level", "38314.86", "index_points", "2025-04-04", "value('DJI','2025-04-04')", "38,314.86", kind="level"),
    C("DJI", "worst_drop_since", "2020-06", "month", "2025-04-04", "last_as_big('DJI','2025-04-04')", "steepest decline since June 2020", verdict="supported", rule="worst_since",
      note="In percent, the last Dow day at least as bad as -5.50% was 2020-06-11 (-6.90%): June 2020 holds. (In points the last bigger drop was 2020-03-16.)"),
    C("DJI", "daily_point_change", "-1679", "index_points", "2025-04-03", "pts('DJI','2025-04-03')", "1,679-point", kind="pts",
      note="Thursday 2025-04-03: -1679.39. Supported."),
    C("DJI", "first_back_to_back_1500", "true", "flag", "2025-04-04",
      "int(((moves('DJI','pts') < -1500) & (moves('DJI','pts').shift(1) < -1500)).loc[:'2025-04-04'].sum())",
      "first time the Dow had shed more than 1,500 points on back-to-back days",
      note="Counting consecutive sessions both down more than 1,500 points in the file up to 2025-04-04 gives 1 (only 04-03/04-04), so it was the first time. Supported.",
      verdict="supported", rule="record", dec=0),
    C("SPX", "daily_pct_change", "-5.97", "pct", "2025-04-04", "pct('GSPC','2025-04-04')", "5.97%", kind="pct"),
    C("SPX", "close_level", "5074.08", "index_points", "2025-04-04", "value('GSPC','2025-04-04')", "5,074.08", kind="level"),
    C("SPX", "worst_drop_since", "2020-03", "month", "2025-04-04", "last_as_big('GSPC','2025-04-04')", "worst day since March 2020", verdict="supported", rule="worst_since",
      note="Last S&P 500 day at least as bad as -5.97%: 2020-03-16 (-11.98%). Supported."),
    C("SPX", "daily_pct_change", "-4.84", "pct", "2025-04-03", "pct('GSPC','2025-04-03')", "4.84%", kind="pct"),
    C("SPX", "pct_from_high", "17", "pct", "2025-04-04", "below_peak('GSPC','2025-04-04')", "more than 17%", q="more than", kind="pct",
      note="Record close 6144.15 on 2025-02-19; 2025-04-04 close 17.42% below it."),
    C("IXIC", "daily_pct_change", "-5.8", "pct", "2025-04-04", "pct('IXIC','2025-04-04')", "fell 5.8%", kind="pct"),
    C("IXIC", "close_level", "15587.79", "index_points", "2025-04-04", "value('IXIC','2025-04-04')", "15,587.79", kind="level"),
    C("IXIC", "daily_pct_change", "-6", "pct", "2025-04-03", "pct('IXIC','2025-04-03')", "nearly 6%", q="nearly", kind="pct"),
    C("IXIC", "pct_from_ath", "22", "pct", "2025-04-04", "below_peak('IXIC','2025-04-04')", "22% under its December record", kind="pct",
      note="Record close 20173.89 on 2024-12-16 (December, as stated); 2025-04-04 close 22.73% below it, which rounds to 23: outside the integer tolerance by 0.23, well within 20% -> imprecise."),
    C("SPX", "stocks_advancing", "14", "count", "2025-04-04", None, "only 14 S&P 500 members", verdict="unverifiable", rule="unv_series",
      note="Constituent breadth is not in the files."),
    C("DJI,SPX,IXIC", "closed_at_session_low", "true", "flag", "2025-04-04",
      "[round(value(t,'2025-04-04') - value(t,'2025-04-04','low'), 2) for t in ('DJI','GSPC','IXIC')]", "closed at their lows of the session",
      note="Close minus session low in the files: Dow +49.99, S&P 500 +4.18, Nasdaq +12.11 points (0.03-0.13% above the lows). The indexes closed very near, but not exactly at, their lows; treated as a loose paraphrase of a true fact: imprecise.",
      verdict="imprecise", rule="a stated session extreme must match the file; close but not exact -> imprecise"),
    C("QUOTE", "opinion", "bull market is dead", "text", "2025-04-04", None, "The bull market is dead", verdict="not_checkable", rule="nc_quote",
      note="Quoted opinion (a bear market needs a 20% close-to-close decline; the S&P 500 was 17.4% below its record)."),
  ])

P("expertiseforeveryone_20250404_dow_2200_blog", "expertiseforeveryone.blogspot.com",
  "https://expertiseforeveryone.blogspot.com/2025/04/dow-drops-2200-points-friday-s-500.html",
  "Expertise for Everyone (blog)", "2025-04-04", "exact", "the post opens with the dateline 'April 4, 2025'; Friday 2025-04-04.",
  """April 4, 2025 - The U.S. stock market fell sharply on Friday: the Dow Jones Industrial Average lost 2,200 points and the S&P 500 dropped 10% over two days as fears of an escalating trade fight under the Trump administration's renewed tariffs rattled investors.

The Dow, which had already been sliding for several weeks, shed more than 2,200 points, or roughly 6.8%, to end the day at 30,200, its biggest single-day point drop in over a decade. The broader S&P 500 followed, losing 9.8% over the past two trading days, a pullback that has investors rethinking risk and seeking safety in gold and U.S. Treasuries.

The blog attributes the turmoil to new tariffs of up to 25% on Chinese goods and expects China to retaliate.""",
  [
    C("DJI", "daily_point_change", "-2200", "index_points", "2025-04-04", "pts('DJI','2025-04-04')", "lost 2,200 points", kind="pts",
      note="File: -2231.07. A round 2,200 understates by 31 points (1.4%): outside the integer tolerance, within 20% -> imprecise."),
    C("SPX", "two_day_pct_change", "-10", "pct", "2025-04-04", "n_session_change('GSPC','2025-04-04',2)", "dropped 10% over two days", window="2025-04-02..2025-04-04", kind="pct",
      note="From the 2025-04-02 close (5670.97) to the 2025-04-04 close (5074.08): -10.53%, which rounds to 11 (err 0.53 > 0.5) -> imprecise."),
    C("DJI", "daily_point_change", "-2200", "index_points", "2025-04-04", "pts('DJI','2025-04-04')", "more than 2,200 points", q="more than", kind="pts"),
    C("DJI", "daily_pct_change", "-6.8", "pct", "2025-04-04", "pct('DJI','2025-04-04')", "roughly 6.8%", q="roughly", kind="pct",
      note="File: -5.50%. Off by 1.3 pp (24% of the true value) -> contradicted."),
    C("DJI", "close_level", "30200", "index_points", "2025-04-04", "value('DJI','2025-04-04')", "30,200", kind="level",
      note="The Dow closed at 38314.86; 30,200 is 21% too low -> contradicted."),
    C("DJI", "biggest_point_drop_since", "over a decade", "duration", "2025-04-04", "last_as_big('DJI','2025-04-04','pts')", "biggest single-day point drop in over a decade",
      note="The last Dow day with a larger point drop was 2020-03-16 (-2997.10), five years earlier (2020-03-12 -2352.60 too); 'in over a decade' is wrong.",
      verdict="contradicted", rule="worst_since"),
    C("SPX", "two_day_pct_change", "-9.8", "pct", "2025-04-04", "n_session_change('GSPC','2025-04-04',2)", "9.8%", window="2025-04-02..2025-04-04", kind="pct",
      note="Two-day change -10.53%; -9.8 is 0.73 pp off (inconsistent with the '10%' of the lead as well) -> imprecise."),
    C("GENERIC", "tariff_claim", "25", "pct", "2025-04-04", None, "up to 25% on Chinese goods", verdict="not_checkable", rule="nc_generic",
      note="A policy statement (and a confused one: the April 2 tariffs were 'reciprocal' rates, 34% on China), not a market figure."),
  ])

P("businessdailynews_20250304_tariffs_second_day", "businessdailynews.com", "https://businessdailynews.com/markets-tumble-again-as-trump-ignites-trade-war",
  "Business Daily News (Henry Voizers)", "2025-03-04", "high", "inferred: 25% duties on Canada and Mexico took effect at midnight before Tuesday 2025-03-04; the closing figures match that day.",
  """Stocks slid for a second straight day on Tuesday as President Trump's tariffs left investors fearing a hit to the economy. The Dow Jones Industrial Average lost 670.25 points, or 1.55%, to 42,520.99, adding to Monday's drop of nearly 650 points.

The S&P 500 gave up 1.22% to close at 5,778.15, after making gains in the prior session, and the Nasdaq Composite slipped 0.35% to 18,285.16. At the lows the Dow was down more than 840 points and the S&P 500 had slid 2%; the Nasdaq dropped more than 2% at its worst and flirted with correction territory, a 10% fall from a recent high. More than 80% of S&P 500 stocks closed lower.

The week's decline has pushed the S&P 500 into the red for 2025 and left the Dow flat for the year.""",
  [
    C("DJI", "losing_streak", "2", "sessions", "2025-03-04", "run_length('DJI','2025-03-04', up=False)", "slid for a second straight day", verdict="supported", rule="streak", dec=0,
      note="The Dow fell on 2025-03-03 and 2025-03-04 (it rose on 2025-02-28)."),
    C("DJI", "daily_point_change", "-670.25", "index_points", "2025-03-04", "pts('DJI','2025-03-04')", "670.25", kind="pts"),
    C("DJI", "daily_pct_change", "-1.55", "pct", "2025-03-04", "pct('DJI','2025-03-04')", "1.55%", kind="pct"),
    C("DJI", "close_level", "42520.99", "index_points", "2025-03-04", "value('DJI','2025-03-04')", "42,520.99", kind="level"),
    C("DJI", "daily_point_change", "-650", "index_points", "2025-03-03", "pts('DJI','2025-03-03')", "nearly 650 points", q="nearly", kind="pts"),
    C("SPX", "daily_pct_change", "-1.22", "pct", "2025-03-04", "pct('GSPC','2025-03-04')", "1.22%", kind="pct"),
    C("SPX", "close_level", "5778.15", "index_points", "2025-03-04", "value('GSPC','2025-03-04')", "5,778.15", kind="level"),
    C("SPX", "prior_session_direction", "up", "direction", "2025-03-03", "pct('GSPC','2025-03-03')", "after making gains in the prior session",
      note="Monday 2025-03-03: the S&P 500 fell 1.76%; it did not gain in the prior session.", verdict="contradicted", rule="direction"),
    C("IXIC", "daily_pct_change", "-0.35", "pct", "2025-03-04", "pct('IXIC','2025-03-04')", "0.35%", kind="pct"),
    C("IXIC", "close_level", "18285.16", "index_points", "2025-03-04", "value('IXIC','2025-03-04')", "18,285.16", kind="level"),
    C("DJI", "intraday_point_change_min", "-840", "index_points", "2025-03-04", "extreme_pts('DJI','2025-03-04','low')", "more than 840 points", q="more than", basis="intraday low", kind="pts"),
    C("SPX", "intraday_pct_change_min", "-2", "pct", "2025-03-04", "extreme_pct('GSPC','2025-03-04','low')", "slid 2%", basis="intraday low", kind="pct"),
    C("IXIC", "intraday_pct_change_min", "-2", "pct", "2025-03-04", "extreme_pct('IXIC','2025-03-04','low')", "more than 2% at its worst", q="more than", basis="intraday low", kind="pct"),
    C("IXIC", "intraday_pct_from_ath", "10", "pct", "2025-03-04", "(1 - value('IXIC','2025-03-04','low') / peak_before('IXIC','2025-03-04')[1]) * 100", "flirted with correction territory",
      note="At its session low the Nasdaq was 10.99% below its 2024-12-16 record close; it closed 9.36% below. 'Flirted with' a 10% fall holds.",
      verdict="supported", rule="a correction is a fall of at least 10% from the high", detail="close 9.36% below the record close"),
    C("SPX", "stocks_declining_share", "80", "pct", "2025-03-04", None, "More than 80%", q="more than", verdict="unverifiable", rule="unv_series",
      note="Constituent breadth is not in the files."),
    C("SPX", "ytd_negative", "true", "flag", "2025-03-04", "ytd('GSPC','2025-03-04')", "into the red for 2025", verdict="supported", rule="direction",
      note="S&P 500 year to date at the 2025-03-04 close: -1.76%."),
    C("DJI", "ytd_flat", "0", "pct", "2025-03-04", "ytd('DJI','2025-03-04')", "flat for the year", verdict="supported", rule="about: within one unit of the last stated digit",
      note="Dow year to date at the 2025-03-04 close: -0.05%, i.e. flat."),
  ])
