P("forbes_20240725_rut_biggest_defeat_of_sp", "todayinamerica.net", "https://todayinamerica.net/?p=4843",
  "Forbes (Derek Saul)", "2024-07-25", "exact", "the repost carries Forbes' stamp 'Jul 25, 2024, 04:04pm EDT'; written minutes after the close of Thursday 2024-07-25, before final index values.",
  """The small-company Russell 2000 once again beat the indexes dominated by a handful of giant companies as the market's July makeover rolls on, Forbes reported.

Leading a mixed session, the Russell 2000 climbed 1.6% on Thursday, erasing its 2% drop on Wednesday, which had been the worst day for the S&P 500 and the Nasdaq Composite since 2022. It outpaced the S&P's 0.5% loss and the Nasdaq's 0.9% slide, as well as the Dow Jones Industrial Average's 0.2%, or 80-point, gain. The index tracks 2,000 U.S.-listed companies with a median market value below $1 billion.

The gap has widened this month: the Russell 2000 is up 8.9% in July, against a 2% rise for the Dow, a 1% dip for the S&P and a 3% drop for the Nasdaq. That 10-percentage-point beating of the S&P would be the small-cap index's best relative month since February 2000 and the third-best of the last 40 years, according to Forbes' analysis of FactSet data. February 2000 came just before the dot-com bubble burst, after which the S&P fell 50% from its 2000 high to its 2002 low.""",
  [
    C("RUT", "daily_pct_change", "1.6", "pct", "2024-07-25", "pct('RUT','2024-07-25')", "climbed 1.6%", basis="just after the close (preliminary)", verdict="unverifiable", rule="unv_mid",
      detail="session range % vs previous close [0.19, 2.75]; close +1.26%",
      note="Written at 4:04 p.m., before the final Russell value: +1.6% lies inside the session's range (+0.19% to +2.75%), but the official close was +1.26%."),
    C("RUT", "erased_prior_drop", "true", "flag", "2024-07-25", "[round(pct('RUT','2024-07-24'), 2), round(pct('RUT','2024-07-25'), 2)]", "erasing its 2% drop",
      note="Wednesday 2024-07-24: -2.14%; Thursday +1.26% at the close (and +1.6% by the article's own figure) does not erase a 2.14% drop: the close of 2024-07-25 (2222.98) is still below 2024-07-23's.",
      verdict="contradicted", rule="direction"),
    C("RUT", "daily_pct_change", "-2", "pct", "2024-07-24", "pct('RUT','2024-07-24')", "2% drop on Wednesday", kind="pct"),
    C("SPX", "worst_drop_since", "2022", "year", "2024-07-24", "last_as_big('GSPC','2024-07-24')", "worst day for the S&P 500 and the Nasdaq Composite since 2022", verdict="supported", rule="worst_since",
      note="S&P 500 -2.31% on 2024-07-24; last day at least as bad 2022-12-15. Nasdaq (next claim) 2022-10-07."),
    C("IXIC", "worst_drop_since", "2022", "year", "2024-07-24", "last_as_big('IXIC','2024-07-24')", "since 2022, according", verdict="supported", rule="worst_since") if False else
    C("IXIC", "worst_drop_since", "2022", "year", "2024-07-24", "last_as_big('IXIC','2024-07-24')", "Nasdaq Composite since 2022", verdict="supported", rule="worst_since",
      note="Nasdaq -3.64% on 2024-07-24; last day at least as bad: 2022-10-07. Supported."),
    C("SPX", "daily_pct_change", "-0.5", "pct", "2024-07-25", "pct('GSPC','2024-07-25')", "0.5% loss", kind="pct"),
    C("IXIC", "daily_pct_change", "-0.9", "pct", "2024-07-25", "pct('IXIC','2024-07-25')", "0.9% slide", kind="pct"),
    C("DJI", "daily_pct_change", "0.2", "pct", "2024-07-25", "pct('DJI','2024-07-25')", "0.2%, or 80-point", kind="pct"),
    C("DJI", "daily_point_change", "80", "index_points", "2024-07-25", "pts('DJI','2024-07-25')", "80-point, gain", kind="pts",
      note="Dow +81.20 at the close; a round 80 (written just after the close) is outside the integer tolerance, within 20%: imprecise."),
    C("RUT", "median_market_cap", "1", "usd_billion", "2024-07-25", None, "median market value below $1 billion", q="less than", verdict="unverifiable", rule="unv_series",
      note="Constituent market values are not in the files."),
    C("RUT", "mtd_pct_change", "8.9", "pct", "2024-07-25", "mtd('RUT','2024-07-25')", "up 8.9% in July", kind="pct",
      note="From the 2024-06-28 close (2047.69) to 2024-07-25 (2222.98): +8.56%. The article's 8.9% uses the preliminary +1.6% day; on the close it is 0.34 pp high: imprecise."),
    C("DJI", "mtd_pct_change", "2", "pct", "2024-07-25", "mtd('DJI','2024-07-25')", "2% rise for the Dow", kind="pct"),
    C("SPX", "mtd_pct_change", "-1", "pct", "2024-07-25", "mtd('GSPC','2024-07-25')", "1% dip", kind="pct"),
    C("IXIC", "mtd_pct_change", "-3", "pct", "2024-07-25", "mtd('IXIC','2024-07-25')", "3% drop for the Nasdaq", kind="pct"),
    C("RUT-SPX", "mtd_relative_pp", "10", "pp", "2024-07-25", "mtd('RUT','2024-07-25') - mtd('GSPC','2024-07-25')", "10-percentage-point", kind="pct",
      note="8.56% - (-1.12%) = 9.68 pp at the close, which rounds to 10. Supported."),
    C("RUT-SPX", "best_relative_month_since", "2000-02", "month", "2024-07", "last_relative_month_as_big('RUT','GSPC','2024-07')", "best relative month since February 2000",
      note="Conditional ('would be'): the month was not over. For the record, July 2024 ended RUT +10.10% vs S&P 500 +1.13% and the last month with a larger gap was February 2000, so the projection came true.",
      verdict="not_checkable", rule="nc_cond"),
    C("RUT-SPX", "relative_month_rank_40y", "3", "rank", "2024-07", None, "third-best of the last 40 years", verdict="not_checkable", rule="nc_cond",
      note="Part of the same conditional projection (and the Russell 2000 file starts in 1987, not 40 years back)."),
    C("SPX", "bear_decline", "-50", "pct", "2002-10-09", "change('GSPC','2000-03-24','2002-10-09')", "fell 50%", kind="pct",
      note="Record close 2000-03-24 (1527.46) to the 2002-10-09 closing low (776.76): -49.15%, which rounds to 49: 0.85 pp off -> imprecise."),
  ])

P("benzinga_20240730_small_caps_vs_tech_month", "apextraderfunding.com",
  "https://apextraderfunding.com/news/2024/07/30/small-caps-eyes-strongest-month-against-tech-stocks-in-22-years-why-presidential-el",
  "Benzinga (via Apex Trader Funding)", "2024-07-30", "high", "inferred: the URL is dated 2024/07/30 and the text gives figures 'as of July 30'; close of Tuesday 2024-07-30.",
  """Small caps are on course for their strongest month against tech stocks in 22 years. July brought a sharp rotation as investors piled into smaller companies on hopes that Federal Reserve rate cuts would lower their borrowing costs, giving the iShares Russell 2000 ETF (IWM) its best monthly performance against the Invesco QQQ Trust since April 2002.

So far this month the Russell 2000 has rallied 9.2% while the Nasdaq 100 has lost 5%, a 14% relative outperformance as of July 30. For the year to date, small caps are now nearly flat compared to tech after closing a wide gap.

Over the past 12 years, the Russell 2000 has beaten the Nasdaq 100 in a calendar year only three times: 2013 (+1.3%), 2016 (+13%) and 2022 (+17%). The rotation could run further if the Fed delivers the expected cuts.""",
  [
    C("IWM-QQQ", "best_relative_month_since", "2002-04", "month", "2024-07-30",
      "iso((lambda rel: rel[rel >= mtd('IWM','2024-07-30') - mtd('QQQ','2024-07-30')].index[-1])((monthly('IWM') - monthly('QQQ')).dropna().loc[:'2024-06-30']))",
      "since April 2002",
      note="IWM month to date +9.70%, QQQ -4.50%: a 14.20-pp gap. The last earlier calendar month with an IWM-minus-QQQ gap at least that large was February 2001, so 'since April 2002' is later than the true date: understated, imprecise.",
      verdict="imprecise", rule="since"),
    C("RUT", "mtd_pct_change", "9.2", "pct", "2024-07-30", "mtd('RUT','2024-07-30')", "rallied 9.2%", kind="pct",
      note="RUT from the 2024-06-28 close to 2024-07-30: +9.54% (IWM +9.70%); 9.2 is 0.34 pp low: imprecise."),
    C("NDX", "mtd_pct_change", "-5", "pct", "2024-07-30", "mtd('NDX','2024-07-30')", "lost 5%", kind="pct"),
    C("RUT-NDX", "mtd_relative_pp", "14", "pp", "2024-07-30", "mtd('RUT','2024-07-30') - mtd('NDX','2024-07-30')", "14% relative outperformance", kind="pct",
      note="9.54% - (-4.50%) = 14.05 pp (IWM vs QQQ 14.20). Supported."),
    C("RUT-NDX", "ytd_relative_pp", "0", "pp", "2024-07-30", "ytd('RUT','2024-07-30') - ytd('NDX','2024-07-30')", "nearly flat compared to tech", q="about", verdict="supported", rule="about: within one unit of the last stated digit",
      note="Year to date RUT +10.66%, NDX +11.71%: a gap of about 1 pp, 'nearly flat'."),
    C("RUT-NDX", "years_outperformed", "3", "count", "2023-12-31", "sum(1 for y in range(2012, 2024) if year_change('RUT', y) > year_change('NDX', y))", "only three times", verdict="supported", rule="plain0", dec=0,
      note="Calendar years 2012-2023: the Russell 2000 price index beat the Nasdaq-100 in 2013, 2016 and 2022 only."),
    C("RUT-NDX", "relative_year", "1.3", "pct", "2013-12-31", "(1 + year_change('RUT', 2013) / 100) / (1 + year_change('NDX', 2013) / 100) * 100 - 100", "2013 (+1.3%)", kind="pct",
      note="Relative performance as a ratio of growth factors (the basis that reproduces 2016 and 2022): 1.37/1.35 -> +1.49% (difference of returns +2.01 pp). 1.3 is 0.19 off -> imprecise. Price indexes; total-return figures would differ slightly."),
    C("RUT-NDX", "relative_year", "13", "pct", "2016-12-31", "(1 + year_change('RUT', 2016) / 100) / (1 + year_change('NDX', 2016) / 100) * 100 - 100", "2016 (+13%)", kind="pct"),
    C("RUT-NDX", "relative_year", "17", "pct", "2022-12-31", "(1 + year_change('RUT', 2022) / 100) / (1 + year_change('NDX', 2022) / 100) * 100 - 100", "2022 (+17%)", kind="pct",
      note="2022: RUT -21.56%, NDX -32.97%; ratio 0.784/0.670 -> +17.02%. Supported (as a difference of returns it would be 11.4 pp)."),
    C("FEDFUNDS", "expected_cuts", "cuts", "text", "2024-07-30", None, "could run further if the Fed delivers", verdict="not_checkable", rule="nc_cond",
      note="Conditional about the future."),
  ])

P("schwab_20240724_breadth_of_life", "api.advisorperspectives.com",
  "https://api.advisorperspectives.com/commentaries/2024/07/24/market-leadership-shifts-breadth-life?topic=municipal-bonds",
  "Charles Schwab (via Advisor Perspectives)", "2024-07-24", "high", "commentary dated 2024/07/24 in the URL; its data are 'as of 7/19/2024' (Friday).",
  """The S&P 500's bull market began in October 2022, but the Russell 2000's did not: small caps did not take out their June 2022 low until late October 2023, a full year later. From that point the Russell 2000 is up about 33%, nearly the same as the S&P 500.

Measured from the S&P 500's October 12th, 2022 low, though, the S&P is up nearly 54% while the Russell 2000 has gained nearly 30%. Large caps have held a commanding lead in this cycle, unusual by historical standards, largely because small caps bore the brunt of the Fed's rate hikes.

Before the softer-than-expected CPI report of July 11, large caps were trouncing small caps this year. Since then, small-cap outperformance hit an extreme on July 17, when the five-day spread between the Russell 2000 and the S&P 500 reached an all-time high of 10 percentage points.""",
  [
    C("RUT", "broke_prior_low", "2023-10", "month", "2023-10-27", "iso((lambda s: s[(s.index > D('2022-07-01')) & (s < 1649.84)].index[0])(series('RUT')))", "late October 2023",
      note="The June 2022 closing low was 1649.84 (2022-06-16); the first later close below it was 2023-10-27 (1636.94). Supported.", verdict="supported", rule="date"),
    C("RUT", "pct_change_since", "33", "pct", "2024-07-19", "change('RUT','2023-10-27','2024-07-19')", "about 33%", q="about", window="2023-10-27..2024-07-19", kind="pct"),
    C("SPX", "pct_change_since", "33", "pct", "2024-07-19", "change('GSPC','2023-10-27','2024-07-19')", "nearly the same as the S&P 500", q="about", kind="pct", window="2023-10-27..2024-07-19",
      note="S&P 500 from the 2023-10-27 close to 2024-07-19: +33.70% against the Russell 2000's +33.44%: nearly the same."),
    C("SPX", "pct_change_since", "54", "pct", "2024-07-19", "change('GSPC','2022-10-12','2024-07-19')", "nearly 54%", q="nearly", window="2022-10-12..2024-07-19", kind="pct"),
    C("RUT", "pct_change_since", "30", "pct", "2024-07-19", "change('RUT','2022-10-12','2024-07-19')", "nearly 30%", q="nearly", window="2022-10-12..2024-07-19", kind="pct"),
    C("SPX", "bear_low_date", "2022-10-12", "date", "2022-10-12", "min_close('GSPC','2022-01-01','2023-12-31')", "October 12th, 2022", verdict="supported", rule="date",
      note="The S&P 500's 2022 closing low was 3577.03 on 2022-10-12."),
    C("RUT-SPX", "five_day_spread_record", "2024-07-17", "date", "2024-07-17",
      "(lambda sp: [round(sp.loc['2024-07-17'], 2), round(sp.loc[:'2024-07-16'].max(), 2)])((series('RUT') / series('RUT').shift(5) - series('GSPC').reindex(series('RUT').index) / series('GSPC').reindex(series('RUT').index).shift(5)) * 100)",
      "all-time high", verdict="supported", rule="record",
      note="Five-session % change RUT minus S&P 500: 9.97 pp on 2024-07-17, above every earlier value in the files (previous high 9.92 on 2024-07-16). Schwab's history may start in 1979; the files start in 1987."),
    C("RUT-SPX", "five_day_spread", "10", "pp", "2024-07-17",
      "(series('RUT') / series('RUT').shift(5) - series('GSPC').reindex(series('RUT').index) / series('GSPC').reindex(series('RUT').index).shift(5)).loc['2024-07-17'] * 100",
      "10 percentage points", kind="pct"),
  ])
