BEAT_MEAN = "float((moves('RUT') - moves('GSPC')).dropna().loc['2026-01-02':'2026-01-21'].mean())"

P("cnbctv18_20260112_rut_record_seventh_session", "trends.glance.com",
  "https://trends.glance.com/story/articles/Business/IN/en/cnbc-tv18/s-8a90979888-cf84a081-12f4-522a-9b82-3bd1e1718ebb?summary=false",
  "CNBC-TV18 (via Glance)", "2026-01-13", "high", "inferred: an Indian morning story about 'Monday' (Alphabet crossing $4 trillion, S&P 500 23 points from 7,000): the US session of Monday 2026-01-12, published 2026-01-13.",
  """The small-cap Russell 2000 closed at a record high on Monday and beat the S&P 500 for a seventh straight session. The last time that happened was in January 2019, when markets bounced back from the edge of a bear market.

Expectations of lower interest rates, which tend to help smaller companies more than large ones, together with resilient economic data have powered the move.

Back then, the S&P 500 had fallen 9.2% in December 2018 and the Russell 2000 12%, amid worries about a trade war with China, higher interest rates and a slowing economy. In the January 2019 rebound, the Russell 2000 jumped 11% and the S&P 500 gained 7.9%.

US markets shrugged off worries about the Fed's independence on Monday: the Dow climbed back nearly 600 points from its lows to end higher, and the S&P 500 closed just 23 points short of the 7,000 mark.""",
  [
    C("RUT", "record_close", "true", "flag", "2026-01-12", "is_record('RUT','2026-01-12')", "closed at a record high on Monday", verdict="supported", rule="record"),
    C("RUT-SPX", "outperformance_streak", "7", "sessions", "2026-01-12", "beat_run('RUT','GSPC','2026-01-12')", "seventh straight session", verdict="supported", rule="streak", dec=0,
      note="RUT beat the S&P 500 (daily % change) on each session from 2026-01-02 to 2026-01-12: seven."),
    C("RUT-SPX", "previous_streak_date", "2019-01", "month", "2026-01-12", "last_beat_run_as_long('RUT','GSPC','2026-01-02', 7)", "was in January 2019",
      note="The last earlier run of 7+ sessions of RUT beating the S&P 500 ended 2022-09-15, not January 2019. (Combined with a record close, no 2019 session qualifies either: RUT was far below its 2018 record in January 2019.) Wrong date -> contradicted.",
      verdict="contradicted", rule="since"),
    C("GENERIC", "driver", "rates", "text", "2026-01-12", None, "tend to help smaller companies more", verdict="not_checkable", rule="nc_generic",
      note="Rule of thumb about rates and small caps."),
    C("SPX", "month_pct_change", "-9.2", "pct", "2018-12-31", "month_change('GSPC','2018-12')", "9.2%", kind="pct"),
    C("RUT", "month_pct_change", "-12", "pct", "2018-12-31", "month_change('RUT','2018-12')", "Russell 2000 12%", kind="pct"),
    C("RUT", "month_pct_change", "11", "pct", "2019-01-31", "month_change('RUT','2019-01')", "jumped 11%", kind="pct"),
    C("SPX", "month_pct_change", "7.9", "pct", "2019-01-31", "month_change('GSPC','2019-01')", "7.9%", kind="pct"),
    C("DJI", "rebound_from_low_pts", "600", "index_points", "2026-01-12", "value('DJI','2026-01-12') - value('DJI','2026-01-12','low')", "nearly 600 points", q="nearly", basis="intraday low to close", kind="pts",
      note="Close 49590.20 minus session low 49011.31 = 578.89 points; 'nearly 600' (tolerance 588-603 for a round 600) overstates slightly: imprecise."),
    C("DJI", "daily_direction", "up", "direction", "2026-01-12", "pct('DJI','2026-01-12')", "to end higher", verdict="supported", rule="direction",
      note="Dow +0.17% on 2026-01-12."),
    C("SPX", "distance_to_7000", "23", "index_points", "2026-01-12", "7000 - value('GSPC','2026-01-12')", "23 points short", kind="pts"),
  ])

P("tradingdashboard_20260116_small_caps_records", "tradingdashboard.com", "https://tradingdashboard.com/en/alpha-feed/headlines/small-caps-hit-records-as-big-indexes-slip",
  "Trading Dashboard (summary of WSJ/Dow Jones reports)", "2026-01-16", "high", "inferred: describes Friday's close, an 11th straight session of outperformance in 2026 and earnings season; Friday 2026-01-16.",
  """Smaller US stocks ended the week at records, extending a strong start to 2026 even as the broader market eased. The Russell 2000 rose 0.1% on Friday, enough for a new record close, capping a stellar week for small caps.

The index is now up 7.9% to 8% for the year, its strongest start since 2021 and far ahead of the sub-2% gains in the S&P 500 and the Nasdaq. It climbed 2% this week while the S&P 500, the Dow and the Nasdaq all posted weekly losses; all three also closed Friday in the red.

The Russell 2000 has now beaten the S&P 500 for 11 sessions in a row, the longest run of outperformance since June 2008, according to Dow Jones Market Data.""",
  [
    C("RUT", "daily_pct_change", "0.1", "pct", "2026-01-16", "pct('RUT','2026-01-16')", "rose 0.1%", kind="pct"),
    C("RUT", "record_close", "true", "flag", "2026-01-16", "is_record('RUT','2026-01-16')", "new record close", verdict="supported", rule="record"),
    C("RUT", "ytd_pct_change", "7.9", "pct", "2026-01-16", "ytd('RUT','2026-01-16')", "7.9% to 8%", kind="pct"),
    C("RUT", "strongest_start_since", "2021", "year", "2026-01-16", "[round(n_session_change('RUT', series('RUT').loc[f'{y}-01-01':].index[10], 11), 2) for y in range(2021, 2027)]",
      "strongest start since 2021",
      note="First 11 sessions of each year (2026: through 01-16): 2021 +8.93%, 2022 -6.64%, 2023 +5.29%, 2024 -5.62%, 2025 +2.05%, 2026 +7.89%: the best since 2021. (On a calendar basis, to January 15-16, 2021 was +7.51%, lower than 2026, and 2019's +7.87% comes close; the session basis supports the claim.)",
      verdict="supported", rule="since"),
    C("SPX,IXIC", "ytd_pct_change", "2", "pct", "2026-01-16", "[round(ytd('GSPC','2026-01-16'), 2), round(ytd('IXIC','2026-01-16'), 2)]", "sub-2% gains", q="less than", verdict="supported", rule="less than: true < claim",
      note="YTD S&P 500 +1.38%, Nasdaq +1.18%."),
    C("RUT", "wtd_pct_change", "2", "pct", "2026-01-16", "wtd('RUT','2026-01-16')", "climbed 2% this week", kind="pct"),
    C("SPX,DJI,IXIC", "weekly_direction", "down", "direction", "2026-01-16", "[round(wtd(t,'2026-01-16'), 2) for t in ('GSPC','DJI','IXIC')]", "all posted weekly losses", verdict="supported", rule="direction",
      note="Week to 2026-01-16: S&P 500 -0.38%, Dow -0.29%, Nasdaq -0.66%."),
    C("SPX,DJI,IXIC", "daily_direction", "down", "direction", "2026-01-16", "[round(pct(t,'2026-01-16'), 2) for t in ('GSPC','DJI','IXIC')]", "closed Friday in the red", verdict="supported", rule="direction",
      note="2026-01-16: S&P 500 -0.06%, Dow -0.17%, Nasdaq -0.06%."),
    C("RUT-SPX", "outperformance_streak", "11", "sessions", "2026-01-16", "beat_run('RUT','GSPC','2026-01-16')", "11 sessions in a row", verdict="supported", rule="streak", dec=0),
    C("RUT-SPX", "longest_since", "2008-06", "month", "2026-01-16", "last_beat_run_as_long('RUT','GSPC','2026-01-02', 11)", "since June 2008", verdict="supported", rule="since",
      note="The last run of 11+ sessions ended 2008-06-06."),
  ])

P("marketminute_20260122_rut_13_session_streak", "markets.chroniclejournal.com",
  "http://markets.chroniclejournal.com/chroniclejournal/article/marketminute-2026-1-22-small-cap-surge-russell-2000-hits-historic-13-session-win-streak-tying-2008-record-amid-great-rotation",
  "MarketMinute (FinancialContent, via The Chronicle Journal)", "2026-01-22", "exact", "URL dated 2026-1-22; the streak is counted 'as of January 21, 2026'.",
  """Market leadership has shifted sharply: as of January 21, 2026, the Russell 2000 had beaten the S&P 500 for 13 trading sessions in a row, equalling a record last seen in the turbulent summer of 2008 as money rotated out of the crowded 'Magnificent Seven' into domestic, economically sensitive small caps.

The iShares Russell 2000 ETF (IWM) climbed to new all-time highs above 2,650. Over the 13 sessions the Russell 2000 has not just beaten the S&P 500 but trounced it, by an average of 45 basis points per day.

The rally was helped by the Federal Reserve's 2025 easing cycle, which took the federal funds rate down to the 3.50% range, a relief for small companies that carry more floating-rate debt than large ones.""",
  [
    C("RUT-SPX", "outperformance_streak", "13", "sessions", "2026-01-21", "beat_run('RUT','GSPC','2026-01-21')", "13 trading sessions in a row", verdict="supported", rule="streak", dec=0),
    C("RUT-SPX", "last_as_long", "2008-summer", "period", "2026-01-21", "last_beat_run_as_long('RUT','GSPC','2026-01-02', 13)", "summer of 2008", verdict="supported", rule="since",
      note="The last earlier run of 13+ sessions ended 2008-06-06 (early summer 2008). Whether 13 was the record is not stated precisely ('equalling a record last seen'); the date part holds."),
    C("IWM", "record_level", "2650", "usd", "2026-01-21", "peak_before('IWM','2026-01-21', inclusive=True)", "above 2,650", q="more than",
      note="IWM closed at a record 267.79 on 2026-01-21; '2,650' is off by a factor of ten (perhaps confused with the index, which is near 2,700). Contradicted as printed; the 'new all-time high' part alone would hold.",
      verdict="contradicted", rule="index/ETF level: imprecise = within 1% of the true level; otherwise contradicted"),
    C("RUT-SPX", "avg_daily_outperformance_bp", "45", "bp", "2026-01-21", BEAT_MEAN + " * 100", "45 basis points per day",
      note="Mean of (RUT % change - S&P 500 % change) over the 13 sessions 2026-01-02..01-21: 61 bp per day (the summed gap is about 8 pp). 45 bp is 26% too low -> contradicted.",
      kind="pct", dec=1),
    C("FEDFUNDS", "target_lower", "3.50", "pct", "2026-01-21", "fed_range('2026-01-21')", "3.50% range", verdict="supported", rule="fed",
      note="Target range 3.50-3.75% after the December 2025 cut (three 25-bp cuts in 2025)."),
    C("GENERIC", "floating_rate_debt", "more", "text", "2026-01-22", None, "more floating-rate debt", verdict="not_checkable", rule="nc_generic", note="Generic statement."),
  ])

P("marketwatch_20260128_sp500_touches_7000", "ttm.financial", "https://ttm.financial/m/news/2607729614",
  "MarketWatch (via TTM)", "2026-01-28", "high", "inferred: the S&P 500's first intraday trade above 7,000 (7,002.28) happened on Wednesday 2026-01-28 in the file; the text is about that session.",
  """Wall Street nearly has a new number to brag about. On Wednesday the S&P 500 touched 7,000 for the first time ever before pulling back: it rose 0.3% to a session peak of 7,002.28, a new intraday record, but did not manage to close above the level.

A close above 7,000 on Wednesday would have come 302 trading days, about 14 months, after the last 1,000-point milestone: the index first finished above 6,000 on Nov. 11, 2024, according to Dow Jones Market Data. The milestones have been coming faster. It took 190 days to go from 5,000 to 6,000 and 719 days from 4,000 to 5,000, against 4,168 trading days from 1,000 to 2,000.

"What we've seen is a major rotation underway," said Jay Woods of Freedom Capital Markets, though he called energy, materials and staples "the wrong leadership".""",
  [
    C("SPX", "first_intraday_above", "7000", "index_points", "2026-01-28", "[iso(series('GSPC','high')[series('GSPC','high') >= 7000].index[0]), value('GSPC','2026-01-28','high')]", "touched 7,000 for the first time ever",
      verdict="supported", rule="record", note="First session with a high at or above 7,000: 2026-01-28 (high 7002.28)."),
    C("SPX", "intraday_pct_change_max", "0.3", "pct", "2026-01-28", "extreme_pct('GSPC','2026-01-28','high')", "rose 0.3%", basis="intraday high", kind="pct"),
    C("SPX", "intraday_high", "7002.28", "index_points", "2026-01-28", "value('GSPC','2026-01-28','high')", "7,002.28", basis="intraday high", kind="level"),
    C("SPX", "intraday_record", "true", "flag", "2026-01-28", "is_record('GSPC','2026-01-28','high')", "new intraday record", verdict="supported", rule="record"),
    C("SPX", "closed_below_7000", "true", "flag", "2026-01-28", "value('GSPC','2026-01-28')", "did not manage to close above", verdict="supported", rule="direction",
      note="Close 6978.03."),
    C("SPX", "sessions_between_milestones", "302", "sessions", "2026-01-28", "sessions('GSPC', first_level('GSPC', 6000), '2026-01-28')", "302 trading days", verdict="supported", rule="plain0", dec=0),
    C("SPX", "first_close_above", "2024-11-11", "date", "2024-11-11", "first_level('GSPC', 6000)", "Nov. 11, 2024", verdict="supported", rule="date"),
    C("SPX", "sessions_between_milestones", "190", "sessions", "2024-11-11", "sessions('GSPC', first_level('GSPC', 5000), first_level('GSPC', 6000))", "190 days", verdict="supported", rule="plain0", dec=0,
      note="First close above 5,000: 2024-02-09; above 6,000: 2024-11-11; 190 sessions apart."),
    C("SPX", "sessions_between_milestones", "719", "sessions", "2024-02-09", "sessions('GSPC', first_level('GSPC', 4000), first_level('GSPC', 5000))", "719 days", verdict="supported", rule="plain0", dec=0,
      note="First close above 4,000: 2021-04-01; 719 sessions to 2024-02-09."),
    C("SPX", "sessions_between_milestones", "4168", "sessions", "2014-08-26", "sessions('GSPC', first_level('GSPC', 1000), first_level('GSPC', 2000))", "4,168", verdict="supported", rule="plain0", dec=0,
      note="First close above 1,000: 1998-02-02; above 2,000: 2014-08-26; 4,168 sessions apart."),
    C("QUOTE", "opinion", "rotation", "text", "2026-01-28", None, "the wrong leadership", verdict="not_checkable", rule="nc_quote", note="Strategist's opinion."),
  ])

P("wsj_20210222_small_caps_historic_gains", "fr.ebeneinfo.com", "https://fr.ebeneinfo.com/news/news-us-historic-small-stocks-gains-underscore-investor-exuberance/",
  "The Wall Street Journal (via Ebene Info)", "2021-02-22", "high", "inferred: the source WSJ article id encodes 2021-02-22; the figures are through Friday 2021-02-19.",
  """Small company stocks have pulled ahead of their larger peers by the widest margin in more than two decades, a sign of investor confidence that strong momentum and coronavirus vaccines will lift the economy.

The Russell 2000 is up 15% this year and has set 10 closing records, far outpacing the 4% gain of the S&P 500. That is the largest such gap between the two indexes since February 19 2000, according to Dow Jones Market Data. The leadership goes back further: over the past six months small caps have beaten the S&P 500 by nearly 30 percentage points, as investors bet on more household spending under the Biden administration.""",
  [
    C("RUT", "ytd_pct_change", "15", "pct", "2021-02-19", "ytd('RUT','2021-02-19')", "up 15% this year", kind="pct"),
    C("RUT", "record_closes_ytd", "10", "count", "2021-02-19", "count_records('RUT','2021-01-01','2021-02-19')", "10 closing records", verdict="supported", rule="plain0", dec=0),
    C("SPX", "ytd_pct_change", "4", "pct", "2021-02-19", "ytd('GSPC','2021-02-19')", "4% gain", kind="pct"),
    C("RUT-SPX", "ytd_gap_widest_since", "2000-02-19", "date", "2021-02-19",
      "[y for y in range(1989, 2021) if ytd('RUT', last_before('RUT', f'{y}-02-20')) - ytd('GSPC', last_before('GSPC', f'{y}-02-20')) >= ytd('RUT','2021-02-19') - ytd('GSPC','2021-02-19')][-1]",
      "since February 19 2000", verdict="supported", rule="since",
      note="Read as the year-to-date gap at the same point of the year: RUT minus S&P 500 on the last session before February 20 was 10.77 pp in 2021, and the last earlier year with a gap at least as wide was 2000 (16.49 pp on 2000-02-18; February 19, 2000 was a Saturday). Supported."),
    C("RUT-SPX", "relative_6m_pp", "30", "pp", "2021-02-19", "change('RUT','2020-08-19','2021-02-19') - change('GSPC','2020-08-19','2021-02-19')", "nearly 30 percentage points", q="nearly", kind="pct",
      note="From the 2020-08-19 close: RUT +44.2% vs S&P 500 +15.8%, a 28.4-pp gap; 'nearly 30' (29 to 30.5) is slightly overstated -> imprecise (six months back from a different day moves the gap by about a point)."),
  ])

P("sylvacap_20210401_covid_did_not_shut_rut", "sylvacap.com", "https://www.sylvacap.com/covid-19-did-not-shutdown-the-russell-2000",
  "Sylva Capital (blog, Ross Silver)", "2021-04-01", "exact", "dated 'Apr 01, 2021' on the page; figures as of 2021-03-30.",
  """Unlike many small businesses, the Russell 2000 had a good 2020, finishing up 20% from 2019. The small-cap index surged more than 26% in the fourth quarter of 2020, well ahead of the large-cap Russell 1000, as vaccine breakthroughs and steady monetary and fiscal support fed hopes of a recovery.

The Russell 2000 rose approximately 90% from March 2020 to March 2021. It hit a low of $1035.39 on 4/3/20 and has since bounced back 112%, with a close of $2195.80 on 3/30/21. In 2021 the index is up approximately 11% year to date as of March 30, 2021, helped by hopes of a faster reopening and unprecedented stimulus.""",
  [
    C("RUT", "annual_pct_change", "20", "pct", "2020-12-31", "year_change('RUT', 2020)", "up 20% from 2019", kind="pct",
      note="2020 price change: +18.36% (total return was about 20%: the text may use the total-return index, which the files do not have). On the price index: imprecise."),
    C("RUT", "quarter_pct_change", "26", "pct", "2020-12-31", "quarter_change('RUT', 2020, 4)", "more than 26%", q="more than", kind="pct"),
    C("RUSSELL1000", "quarter_pct_change", "less", "text", "2020-12-31", None, "well ahead of the large-cap Russell 1000", verdict="unverifiable", rule="unv_series",
      note="The Russell 1000 is not in the files (the S&P 500 rose 11.7% that quarter, consistent)."),
    C("RUT", "one_year_pct_change", "90", "pct", "2021-03-31", "change('RUT','2020-03-31','2021-03-31')", "approximately 90%", q="approximately", kind="pct", u=10,
      note="End of March 2020 to end of March 2021: +92.6%. 'Approximately 90%' (last stated digit in the tens) holds."),
    C("RUT", "session_low", "1035.39", "index_points", "2020-04-03", "value('RUT','2020-04-03','low')", "$1035.39", basis="intraday low", kind="level",
      note="1035.39 is the 2020-04-03 session low in the file. It was not the 2020 low, though: the index closed at 991.16 on 2020-03-18 and traded lower intraday; the sentence only dates a low to 4/3/20, which is literally right."),
    C("RUT", "pct_change_since", "112", "pct", "2021-03-30", "(value('RUT','2021-03-30') / 1035.39 - 1) * 100", "bounced back 112%",
      note="From the stated 1035.39 to the 2021-03-30 close 2195.80: +112.1%, supported on the passage's own figures (from the 2020-04-03 close 1052.05 it is +108.7%).", kind="pct"),
    C("RUT", "close_level", "2195.80", "index_points", "2021-03-30", "value('RUT','2021-03-30')", "$2195.80", kind="level"),
    C("RUT", "ytd_pct_change", "11", "pct", "2021-03-30", "ytd('RUT','2021-03-30')", "approximately 11%", q="approximately", kind="pct"),
  ])
