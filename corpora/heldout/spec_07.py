RUNS10 = "(lambda m: (lambda flag: (lambda runs: [iso(i) for i, v in runs[(runs >= 10) & (runs.shift(-1, fill_value=0) == 0)].items()])(flag.astype(int).groupby((~flag).cumsum()).cumsum()))(m > 0))(moves('RUT','pts').loc[:'2016-11-02'])"

P("schaeffers_20161118_rut_11_day_streak", "schaeffersresearch.com",
  "https://www.schaeffersresearch.com/content/analysis/2016/11/18/the-signal-that-could-mean-full-steam-ahead-for-small-caps",
  "Schaeffer's Investment Research", "2016-11-18", "exact", "URL dated 2016/11/18; written during Friday's session, with the Russell 2000 'on track' for an 11th straight gain (through Thursday 2016-11-17 it had 10).",
  """After rallying to fresh record highs following last week's election, the Dow has stalled in recent days. The small-cap Russell 2000 (RUT), however, is on track to close higher for an 11th straight session, and it just set its own all-time peak.

According to Senior Quantitative Analyst Rocky White, the RUT has not put together an 11-day winning streak since June 2003, and its gain over the current run is about 13.4%, the biggest since 1991. Winning streaks of 10 days or more have happened just 19 previous times since 1990, and more than half of them ended after 10 days. The last run longer than 11 days came more than 13 years ago, when the RUT rose 12 days in a row for a gain of 11.9%. The longest streak ever dates to 1988, at 21 straight days.

If history is any guide, the momentum could continue: after an 11-day streak the RUT has gained an average 0.3% the next day, against 0.03% on any day.""",
  [
    C("DJI", "record_closes", "true", "flag", "2016-11-16", "count_records('DJI','2016-11-09','2016-11-16')", "fresh record highs", verdict="supported", rule="record", dec=0,
      note="The Dow set four record closes between 2016-11-09 and 2016-11-16, after the 2016-11-08 election."),
    C("DJI", "stalled", "flat", "text", "2016-11-18", None, "stalled in recent days", verdict="not_checkable", rule="nc_generic",
      note="Loose description of recent sessions (Dow 2016-11-16 -0.29%, 11-17 +0.19%)."),
    C("RUT", "win_streak_live", "11", "sessions", "2016-11-18", "run_length('RUT','2016-11-17')", "11th straight session", basis="mid-session",
      note="'On track' during Friday's session: through Thursday's close the streak was 10 sessions (2016-11-03 to 11-17), so a Friday gain would make 11 (it did: run_length on 2016-11-18 is 11). A live projection: not_checkable.",
      verdict="not_checkable", rule="nc_cond", dec=0, detail="run_length('RUT','2016-11-18') = 11"),
    C("RUT", "record_high", "true", "flag", "2016-11-17", "is_record('RUT','2016-11-17')", "all-time peak", verdict="supported", rule="record",
      note="2016-11-17 closed (and traded) above every earlier close/high in the file."),
    C("RUT", "last_11_day_streak", "2003-06", "month", "2016-11-18", "last_run_as_long('RUT','2016-11-17', 11)", "since June 2003", verdict="supported", rule="since",
      note="The last streak of 11+ up sessions ended 2003-06-05 (a 12-day streak)."),
    C("RUT", "streak_gain", "13.4", "pct", "2016-11-18", "change('RUT','2016-11-03','2016-11-17')", "about 13.4%", q="about", basis="mid-session",
      detail="through 2016-11-17 close +13.19%; through 2016-11-18 close +13.72%",
      note="A mid-session figure: from the 2016-11-03 close the gain was 13.19% at Thursday's close and 13.72% at Friday's close; 13.4% lies between, so it cannot be checked for the moment it was written.",
      verdict="unverifiable", rule="unv_mid"),
    C("RUT", "biggest_streak_gain_since", "1991", "year", "2016-11-18", "change('RUT','1991-01-18','1991-02-06')", "the biggest since 1991",
      note="Streak gains of the 10+ day streaks in the file after 1991: 1993 +4.3%, 1995 +5.7%, 2003 +11.85% etc., all below 13.4%; the 13-day streak ending 1991-02-06 gained 17.29%. 'Biggest since 1991' holds.",
      verdict="supported", rule="worst_since"),
    C("RUT", "count_10_day_streaks", "19", "count", "2016-11-17", "len([e for e in " + RUNS10 + " if e >= '1990-01-01'])", "19 previous times since 1990",
      note="The file has 19 completed winning streaks of 10+ sessions before November 2016, but two of them (1988-03-09, 1989-07-17) are before 1990; from 1990 there are 17. Against the stated window the count is 2 too high (12%) -> imprecise (the figure fits a count from the file's start).",
      verdict="imprecise", rule="ranks and counts: imprecise = |err| <= 20% of the true value", dec=0),
    C("RUT", "share_ending_at_10", "more than half", "share", "2016-11-17", "(lambda r: sum(1 for e in r if run_length('RUT', e) == 10))(" + RUNS10 + ")", "more than half",
      note="10 of the 19 streaks ended at exactly 10 sessions (10 of 17 from 1990): more than half either way.", verdict="supported", rule="plain0", dec=0),
    C("RUT", "streak_length", "12", "sessions", "2003-06-05", "run_length('RUT','2003-06-05')", "12 days in a row", verdict="supported", rule="streak", dec=0,
      note="The streak ending 2003-06-05 was 12 sessions, 13 years and 5 months before."),
    C("RUT", "streak_gain", "11.9", "pct", "2003-06-05", "change('RUT','2003-05-19','2003-06-05')", "11.9%", kind="pct", window="2003-05-19..2003-06-05"),
    C("RUT", "longest_streak", "21", "sessions", "1988-03-09", "longest_run('RUT', before='2016-11-18')", "21 straight days", verdict="supported", rule="streak",
      note="Longest run of up closes in the file: 21 sessions ending 1988-03-09. Supported (the index's pre-1987 history is not in the file)."),
    C("RUT", "avg_next_day_return", "0.3", "pct", "2016-11-18", None, "average 0.3%", verdict="unverifiable", rule="unv_hist",
      note="Averages over 1979-2016 of returns after such streaks: needs pre-1987 history; also a statistical rule of thumb."),
  ])

P("usatoday_20161129_rut_15_day_streak_ends", "usatoday.com",
  "https://www.usatoday.com/story/money/markets/2016/11/29/so-small-caps-amazing-win-streak-ends-whats-next/94591582/",
  "USA Today (Adam Shell)", "2016-11-29", "exact", "URL dated 2016/11/29; the text describes Monday 2016-11-28.",
  """On Monday the small-company Russell 2000 did something it had not done since Nov. 3: it finished lower.

The dip ended a 15-session winning streak, matching a run last achieved in 1996 and only the fifth time the index has gone that many sessions without a loss. During the streak the index gained 16.5%, its best showing in any winning run of 15 days or longer, according to Bespoke Investment Group. The rally picked up speed after Election Day, when Donald Trump's surprise win lifted the domestically focused small caps.

After the four earlier streaks of 15 days or more since 1979 (the record was 19 trading days in 1985), the Russell 2000 was up 1% on average a week later and 2.4% a month later. "Further gains (although less hefty) may be in the cards," Bespoke said.""",
  [
    C("RUT", "first_down_close_since", "2016-11-03", "date", "2016-11-28", "[round(pct('RUT','2016-11-28'), 2), run_length('RUT','2016-11-25'), iso(prior('RUT', series('RUT').index[series('RUT').index.get_loc(D('2016-11-25')) - 14]))]",
      "since Nov. 3", verdict="supported", rule="streak",
      note="2016-11-28 closed -1.29%; the 15 sessions before (2016-11-04 to 11-25) all closed higher, so the last down close was 2016-11-03. Supported."),
    C("RUT", "win_streak", "15", "sessions", "2016-11-25", "run_length('RUT','2016-11-25')", "15-session winning streak", verdict="supported", rule="streak", dec=0),
    C("RUT", "last_15_day_streak", "1996", "year", "2016-11-25", "last_run_as_long('RUT','2016-11-03', 15)", "last achieved in 1996", verdict="supported", rule="since",
      note="The previous streak of 15+ sessions ended 1996-02-06 (15 sessions)."),
    C("RUT", "count_15_day_streaks", "5", "count", "2016-11-25", "(lambda m: (lambda flag: int(((flag.astype(int).groupby((~flag).cumsum()).cumsum()) == 15).sum()))(m > 0))(moves('RUT','pts').loc[:'2016-11-25'])",
      "fifth time", verdict="unverifiable", rule="unv_hist", dec=0,
      note="The count runs from 1979; the file (from 1987-09) has only 3 streaks of 15+ sessions (1988, 1996, 2016), so two earlier ones would have to be before the file starts. Undecidable from the files."),
    C("RUT", "streak_gain", "16.5", "pct", "2016-11-25", "change('RUT','2016-11-03','2016-11-25')", "16.5%", kind="pct", window="2016-11-03..2016-11-25"),
    C("RUT", "best_streak_gain", "true", "flag", "2016-11-25", None, "best showing in any winning run of 15 days or longer", verdict="unverifiable", rule="unv_hist",
      note="Compares with streaks since 1979 (two of them before the file starts)."),
    C("RUT", "record_streak", "19", "sessions", "1985", "longest_run('RUT', before='2016-11-25')", "19 trading days in 1985",
      note="The file (from 1987-09) has a 21-session streak ending 1988-03-09, longer than the 19 days of 1985 the text calls the record. Whatever happened in 1985, the 'record' of 19 days is contradicted by the file.",
      verdict="contradicted", rule="record"),
    C("RUT", "avg_after_streak", "1", "pct", "2016-11-25", None, "up 1% on average a week later", verdict="unverifiable", rule="unv_hist",
      note="Averages over streaks partly before the file starts."),
    C("RUT", "avg_after_streak_month", "2.4", "pct", "2016-11-25", None, "2.4% a month later", verdict="unverifiable", rule="unv_hist",
      note="As above."),
    C("QUOTE", "opinion", "further gains", "text", "2016-11-29", None, "Further gains (although less hefty)", verdict="forecast", rule="forecast",
      note="A quoted projection."),
  ])

P("financialexpress_20241112_rut_nears_record", "financialexpress.com",
  "https://www.financialexpress.com/business/investing-abroad-trumps-victory-fuels-surge-in-small-cap-us-stocks-as-russell-2000-nears-record-high-3662691",
  "Financial Express", "2024-11-12", "high", "inferred: the latest close cited is 'On November 11, 2024'; written on 2024-11-12 (India).",
  """With Donald Trump heading back to the White House, markets are betting that 'Make America Great Again' will be good for U.S. business, and the Russell 2000 shows it. On the day it became clear Trump had won, the index jumped over 5 percent.

Away from the spotlight on the Magnificent Seven, the small-cap index has had a strong 12 months: it is up 42% over the past year, against 36% for the Nasdaq 100, and 20% so far in 2024.

The S&P 500, the Dow and the Nasdaq are all at record highs, while the Russell 2000 is closing in on its previous record close of 2,442.74, set on November 8, 2021: on November 11, 2024 it closed at 2,434.98. The Federal Reserve has cut rates by 75 bps since September.""",
  [
    C("RUT", "daily_pct_change", "5", "pct", "2024-11-06", "pct('RUT','2024-11-06')", "over 5 percent", q="more than", kind="pct"),
    C("RUT", "one_year_pct_change", "42", "pct", "2024-11-11", "change('RUT','2023-11-10','2024-11-11')", "up 42%", kind="pct", window="2023-11-10..2024-11-11",
      note="From the 2023-11-10 close (the last session a year before) to 2024-11-11: +42.79%, which rounds to 43: imprecise (a base of 2023-11-13 would give a different figure)."),
    C("NDX", "one_year_pct_change", "36", "pct", "2024-11-11", "change('NDX','2023-11-10','2024-11-11')", "36% for the Nasdaq 100", kind="pct", window="2023-11-10..2024-11-11"),
    C("RUT", "ytd_pct_change", "20", "pct", "2024-11-11", "ytd('RUT','2024-11-11')", "20% so far in 2024", kind="pct"),
    C("SPX,DJI,IXIC", "record_close", "true", "flag", "2024-11-11", "[is_record(t,'2024-11-11') for t in ('GSPC','DJI','IXIC')]", "all at record highs", verdict="supported", rule="record",
      note="All three closed at records on 2024-11-11."),
    C("RUT", "previous_record_close", "2442.74", "index_points", "2021-11-08", "peak_before('RUT','2024-11-11')", "2,442.74", verdict="supported", rule="level2"),
    C("RUT", "close_level", "2434.98", "index_points", "2024-11-11", "value('RUT','2024-11-11')", "2,434.98", kind="level"),
    C("FEDFUNDS", "cuts_since_september_bp", "-75", "bp", "2024-11-08", "sum(c[1] for c in target_changes('2024-09-01','2024-11-12'))", "75 bps", verdict="supported", rule="fed", dec=0,
      note="Cuts effective 2024-09-19 (-50) and 2024-11-08 (-25): -75 bp."),
  ])

P("fnn_20241125_rut_intraday_record", "finnewsnetwork.com.au", "https://www.finnewsnetwork.com.au/archives/finance_news_network491831.html",
  "Finance News Network (Adrian Tan)", "2024-11-26", "high", "inferred: written for Australian readers the day after 'Monday' 2024-11-25, when the Russell 2000 set an intraday record.",
  """The Russell 2000 hit an all-time high on Monday, lifted by hopes of tax cuts under a second Donald Trump administration and of further Federal Reserve rate cuts.

In intraday trading the index reached 2,466.39 points, above a previous record of 2,437.08 set in November 2021. It closed at 2422.03 points, up 1.47%. Over the past year it has gained 35.58%.

Small caps have drawn attention since the Fed started easing in September. Since the 5 November US presidential election the Russell 2000 has climbed over 8%. The S&P500, by comparison, is up 31.58% over the past year, or 3.5% since 5 November.""",
  [
    C("RUT", "intraday_record", "true", "flag", "2024-11-25", "is_record('RUT','2024-11-25','high')", "all-time high on Monday", verdict="supported", rule="record",
      note="The 2024-11-25 session high (2466.49) is above every earlier high (2458.86 on 2021-11-08). The close (2442.03) was not a closing record (2442.74)."),
    C("RUT", "intraday_high", "2466.39", "index_points", "2024-11-25", "value('RUT','2024-11-25','high')", "2,466.39", basis="intraday high", kind="level",
      note="File high 2466.49; 0.10 off (within 1%): imprecise under the 2-dp level rule."),
    C("RUT", "previous_intraday_record", "2437.08", "index_points", "2021-11", "peak_before('RUT','2024-11-25','high')", "2,437.08", basis="intraday high",
      note="The previous intraday record was 2458.86 (2021-11-08 high); the previous closing record 2442.74. 2,437.08 matches neither; it is within 1% of both (0.89% below the intraday record) -> imprecise.",
      verdict="imprecise", rule="index/ETF level to 2 dp: |true-claim| <= 0.025; imprecise = within 1% of the true level"),
    C("RUT", "close_level", "2422.03", "index_points", "2024-11-25", "value('RUT','2024-11-25')", "2422.03", kind="level",
      note="The file's close is 2442.03: the printed 2422.03 swaps a digit (20 points, 0.8%) -> imprecise."),
    C("RUT", "daily_pct_change", "1.47", "pct", "2024-11-25", "pct('RUT','2024-11-25')", "1.47%", kind="pct"),
    C("RUT", "one_year_pct_change", "35.58", "pct", "2024-11-25", "change('RUT','2023-11-24','2024-11-25')", "35.58%", kind="pct", window="2023-11-24..2024-11-25",
      note="From the 2023-11-24 close: +35.11% (a base of 2023-11-27 gives about 36.2%); 0.47 pp off on the one-year-back close -> imprecise."),
    C("RUT", "pct_change_since", "8", "pct", "2024-11-25", "change('RUT','2024-11-05','2024-11-25')", "over 8%", q="more than", kind="pct", window="2024-11-05..2024-11-25"),
    C("SPX", "one_year_pct_change", "31.58", "pct", "2024-11-25", "change('GSPC','2023-11-24','2024-11-25')", "31.58%", kind="pct", window="2023-11-24..2024-11-25",
      note="+31.32% from the 2023-11-24 close: 0.26 pp off -> imprecise."),
    C("SPX", "pct_change_since", "3.5", "pct", "2024-11-25", "change('GSPC','2024-11-05','2024-11-25')", "3.5% since 5 November", kind="pct", window="2024-11-05..2024-11-25"),
  ])
