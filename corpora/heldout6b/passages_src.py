"""Passage texts and claim specifications for the heldout6b corpus (read by build.py).

Each claim: anchor (exact substring of the text, unique), claim fields, `expr` (a reference.py
expression or None), `dec` (rounding), `v` (verdict), `r` (rule key), `n` (note), `d` (detail before
the reference.py expression).
"""

def C(anchor, tk, metric, value, unit, expr, v, r, n, *, q=None, ref=None, win=None, cmp=None,
      basis="close", dec=2, d=""):
    return dict(anchor=anchor, index_or_ticker=tk, metric=metric, value=value, unit=unit, qualifier=q,
                ref_date=ref, window=win, comparison=cmp, basis=basis, expr=expr, dec=dec,
                verdict=v, rule=r, note=n, detail=d)


P = []

# ---------------------------------------------------------------- 1
P.append(dict(
    id="ainvest_20250403_rut_six_pct_plunge",
    source=dict(site="ainvest.com",
                url="https://www.ainvest.com/news/russell-2000-falls-6-to-its-lowest-since-december-2022-25041000044d8b04f61e7784",
                original_outlet="AInvest"),
    published="2025-04-04", conf="exact",
    pnote="The page is stamped Friday, Apr 4, 2025 10:46 am ET; the story is about Thursday's session, 2025-04-03 (RUT -6.59%, S&P 500 -4.84%, Dow -1,679.39), although the text calls it 'Thursday, April 4, 2025'.",
    text=("The small-cap benchmark Russell 2000 "
          "tumbled 6% on Thursday, April 4, 2025, sinking to its lowest level since December 2022 as "
          "President Trump's sweeping tariff announcement sent shockwaves through global markets. The "
          "drop was the index's worst one-day showing since June 2020, and the Russell ended the session "
          "at 1,800 points. The sell-off was broad: the S&P 500 lost 4.8%, the Dow Jones Industrial "
          "Average shed 1,679 points and the Nasdaq Composite sank nearly 6%. The scale of the rout was "
          "rare, the piece said, with only four worse days in the S&P 500's history occurring in March "
          "2020, at the height of the Covid-19 pandemic. The small-cap slide stood out because the group had "
          "been a bright spot over the past two years, outperforming larger-cap stocks and adding "
          "meaningfully to the market's broader rally, before the tariff plan, with its minimum levy on most "
          "imports, raised fears about global trade, growth and inflation. Economists warned the measures "
          "could weigh on growth and even tip the economy into recession. Investors sought safety in bonds, "
          "and the 10-year Treasury yield fell to 4.05%."),
    claims=[
        C("Thursday, April 4, 2025", "RUT", "session_date", "2025-04-04", "date", "weekday('2025-04-04')",
          "contradicted", "date", "The Thursday of that week is 2025-04-03; 2025-04-04 is a Friday. The ~6% drop described is Thursday 2025-04-03 (RUT 2045.36 -> 1910.55, -6.59%); on Friday 04-04 RUT fell a further 4.37%. A wrong date.",
          ref="2025-04-03", basis="date"),
        C("tumbled 6%", "RUT", "daily_pct_change", -6, "percent", "pct_change('RUT','2025-04-03')",
          "imprecise", "int", "RUT 2025-04-03 close 1910.55 vs 2045.36: -6.59%, which rounds to 7; '6%' truncates.",
          ref="2025-04-03", win="1d"),
        C("lowest level since December 2022", "RUT", "lowest_close_since", "2022-12", "month", "lowest_since('RUT','2025-04-03')",
          "contradicted", "since", "Close 1910.55 on 2025-04-03; the last earlier close at or below it is 2023-12-12 (1881.27), so the correct 'since' is December 2023. December 2022 is an earlier X, which the rule calls contradicted (the index closed well below 1,910 through much of 2023, e.g. 1636.94 on 2023-10-27).",
          ref="2025-04-03"),
        C("worst one-day showing since June 2020", "RUT", "worst_day_since", "2020-06", "month", "last_move_as_big('RUT','2025-04-03','pct',down=True)",
          "supported", "since_move", "Last earlier day with a % loss at least as large: 2020-06-11 (-7.58%).",
          ref="2025-04-03"),
        C("1,800 points", "RUT", "close_level", 1800, "index_points", "close('RUT','2025-04-03')",
          "contradicted", "level_int", "RUT closed at 1910.55 on 2025-04-03 (and 1827.03 on 04-04); 1,800 is 5.8% below the session close and outside the session's range (low 1909.70).",
          ref="2025-04-03"),
        C("lost 4.8%", "SPX", "daily_pct_change", -4.8, "percent", "pct_change('GSPC','2025-04-03')",
          "supported", "1dp", "S&P 500 5670.97 -> 5396.52: -4.84%.", ref="2025-04-03", win="1d"),
        C("shed 1,679 points", "DJI", "daily_point_change", -1679, "index_points", "point_change('DJI','2025-04-03')",
          "supported", "int", "Dow 42225.32 -> 40545.93: -1679.39.", ref="2025-04-03", win="1d"),
        C("sank nearly 6%", "IXIC", "daily_pct_change", -6, "percent", "pct_change('IXIC','2025-04-03')",
          "supported", "nearly", "Nasdaq 17601.05 -> 16550.61: -5.97%.", q="nearly", ref="2025-04-03", win="1d"),
        C("only four worse days in the S&P 500's history", "SPX", "count_worse_days", 4, "count",
          "worse_days('GSPC','2025-04-03','2020-03-01','2020-03-31')",
          "contradicted", "rank", "In March 2020 alone the file has five S&P 500 sessions worse than -4.84% (03-09 -7.60%, 03-11 -4.89%, 03-12 -9.51%, 03-16 -11.98%, 03-18 -5.18%), plus 2020-06-11 (-5.89%); over the whole file 94 earlier sessions were worse (1929-1933, 1987, 2008...). Neither reading gives four.",
          ref="2025-04-03", d="94 earlier sessions in GSPC.csv are worse (len(worse_days('GSPC','2025-04-03','1900-01-01','2025-04-02'))); "),
        C("over the past two years", "RUT", "relative_return_vs_SPX", "outperformed", "flag",
          "round(ret('RUT','2023-04-03','2025-04-02') - ret('GSPC','2023-04-03','2025-04-02'), 2)",
          "contradicted", "ordering", "From 2023-04-03 to 2025-04-02 (the two years before the drop) RUT gained 13.49% (1802.31 -> 2045.36) against 37.49% for the S&P 500 (4124.51 -> 5670.97): small caps underperformed by 24.01 percentage points (the value is RUT minus S&P 500 return).",
          ref="2025-04-02", win="2y", cmp="SPX"),
        C("fell to 4.05%", "US10Y", "yield_level", 4.05, "percent", "rate_on('DGS10','2025-04-03')",
          "supported", "2dp", "DGS10 2025-04-03: 4.06 (from 4.20 on 04-02).", ref="2025-04-03", basis="end of day"),
    ]))

# ---------------------------------------------------------------- 2
P.append(dict(
    id="apnakal_20250410_rut_midday_plunge",
    source=dict(site="apnakal.com",
                url="https://www.apnakal.com/small-cap-stocks-hammered-russell-2000-index-plummets-over-5-6-midday/",
                original_outlet="Apna Kal"),
    published="2025-04-10", conf="high",
    pnote="inferred: the text says 'Wednesday's trading session, April 10th' with a previous close of 1,913.16; the files give that close on 2025-04-09, so the session is Thursday 2025-04-10 (the weekday is misnamed). Figures are a 12:37 PM ET snapshot.",
    text=("NEW YORK, NY - Small-cap stocks were hammered in Wednesday's trading session, April 10th, with the "
          "Russell 2000 Index sliding sharply as selling swept through smaller domestic companies. At 12:37 "
          "PM Eastern Time the index stood at 1,805.08, down 108.09 points, or 5.65%, on the day. It had "
          "finished the previous session much higher, at 1,913.16. The intraday chart showed a steady "
          "descent from a notably lower open through the morning and into the early afternoon, with the "
          "session's lows printed around midday. The Russell 2000 follows approximately 2,000 smaller listed U.S. "
          "companies and is watched as a gauge of the domestic economy and of investors' appetite for risk; "
          "a slide of this size points to broad selling pressure in small caps, possibly driven by worries "
          "about the economy, the path of interest rates or a general retreat from riskier assets. The drop "
          "put the small-cap index among the day's weakest major U.S. benchmarks."),
    claims=[
        C("Wednesday's trading session, April 10th", "RUT", "session_weekday", "Wednesday", "weekday", "weekday('2025-04-10')",
          "contradicted", "date", "2025-04-10 was a Thursday (the previous close 1,913.16 is the file's 2025-04-09 close). A wrong weekday.",
          ref="2025-04-10", basis="date"),
        C("1,805.08", "RUT", "intraday_level", 1805.08, "index_points", "session_range('RUT','2025-04-10')",
          "unverifiable", "mid", "Mid-session level (12:37 PM ET) inside the session's range 1788.98-1864.77; the close was 1831.39.",
          ref="2025-04-10", basis="midday"),
        C("down 108.09 points", "RUT", "intraday_point_change", -108.09, "index_points",
          "round(1805.08 - close('RUT','2025-04-09'), 2)",
          "unverifiable", "mid", "Mid-session change: it lies inside the session's range of changes (-124.18 at the low, -48.39 at the high). The arithmetic from the stated level and previous close gives -108.08, consistent with the figure; the close was -81.77.",
          ref="2025-04-10", basis="midday"),
        C("5.65%", "RUT", "intraday_pct_change", -5.65, "percent", "session_range_pct('RUT','2025-04-10')",
          "unverifiable", "mid", "Mid-session % change inside the session's range (-6.49% to -2.53%); stated level vs previous close gives -5.65%; the close was -4.27%.",
          ref="2025-04-10", basis="midday"),
        C("1,913.16", "RUT", "previous_close_level", 1913.16, "index_points", "close('RUT','2025-04-09')",
          "supported", "2dp_level", "RUT close 2025-04-09: 1913.16.", ref="2025-04-09"),
        C("approximately 2,000 smaller", "GENERIC", "constituent_count", 2000, "count", None,
          "not_checkable", "nc_generic", "A generic description of the index (about 2,000 constituents), not a market figure the files hold.", q="approximately", basis="description"),
    ]))

# ---------------------------------------------------------------- 3
P.append(dict(
    id="marketwatch_20231213_rut_fed_pivot_surge",
    source=dict(site="wallstreetinsider.org", url="https://wallstreetinsider.org/?p=109800",
                original_outlet="MarketWatch"),
    published="2023-12-13", conf="medium",
    pnote="inferred: a MarketWatch story (Dow Jones Market Data, FactSet, 'Read:' links) reposted without a date; it describes 'Wednesday' with the Fed holding at 5.25%-5.5% and the Dow first closing above 37,000, which the files place on Wed 2023-12-13 (an FOMC decision day).",
    text=("Small caps are having a big December. The Russell 2000 has beaten the S&P 500 by 4.6% so far this "
          "month, putting it on pace for its best month against the large-cap gauge since January 2021, "
          "FactSet figures show: the small-cap index is up 7.7% in December while the S&P 500 has added "
          "3.1%. The last time the Russell did this well relative to the S&P 500 was January 2021, when "
          "small caps rose 5% while the large-cap benchmark slipped 1.1%, according to Dow Jones Market "
          "Data. On Wednesday the Russell 2000 jumped 66.24 points, or 3.5%, to finish at 1,947.51, its "
          "highest level since August 7, as stocks rallied in the afternoon after the Federal Reserve left "
          "its policy rate unchanged in a range of 5.25% to 5.5% and signaled that rate cuts are likely in "
          "2024. The recent outperformance reverses the pattern of most of the year: the Russell 2000 is up "
          "10.6% year to date, against gains of 22.6% for the S&P 500 and 40.8% for the tech-heavy Nasdaq "
          "Composite. Elsewhere, the Dow Jones Industrial Average climbed 1.4%, eclipsing 37,000 points for the "
          "first time and closing at a record high, while the S&P 500 and the Nasdaq Composite each advanced nearly 1.4%."),
    claims=[
        C("by 4.6% so far this month", "RUT", "mtd_relative_return_vs_SPX", 4.6, "percentage_points",
          "mtd('RUT','2023-12-13') - mtd('GSPC','2023-12-13')", "supported", "1dp",
          "December to date: RUT +7.66% vs S&P 500 +3.05%, a gap of 4.61 pp.", ref="2023-12-13", win="MTD", cmp="SPX"),
        C("on pace for its best month against the large-cap gauge since January 2021", "RUT", "best_relative_month_since", "2021-01", "month",
          "[(m.strftime('%Y-%m'), round(v, 2)) for m, v in (monthly_returns('RUT') - monthly_returns('GSPC')).loc['2021-01':'2023-11'].items() if v >= 4.61]",
          "not_checkable", "nc", "An 'on pace' statement about a month still in progress. For reference, the only month from January 2021 to November 2023 with a RUT-minus-S&P gap of at least 4.61 pp is January 2021 (6.12 pp; February 2022 was 4.10 pp).",
          ref="2023-12-13", win="month", cmp="SPX"),
        C("up 7.7% in December", "RUT", "mtd_pct_change", 7.7, "percent", "mtd('RUT','2023-12-13')", "supported", "1dp",
          "RUT 1809.02 (2023-11-30) -> 1947.51: +7.66%.", ref="2023-12-13", win="MTD"),
        C("has added 3.1%", "SPX", "mtd_pct_change", 3.1, "percent", "mtd('GSPC','2023-12-13')", "supported", "1dp",
          "S&P 500 4567.80 -> 4707.09: +3.05%.", ref="2023-12-13", win="MTD"),
        C("was January 2021", "RUT", "last_month_as_strong_vs_SPX", "2021-01", "month",
          "[(m.strftime('%Y-%m'), round(v, 2)) for m, v in (monthly_returns('RUT') - monthly_returns('GSPC')).loc['2021-01':'2023-11'].items() if v >= mtd('RUT','2023-12-13') - mtd('GSPC','2023-12-13')]",
          "supported", "since", "December-to-date gap 4.61 pp; the last earlier calendar month with a RUT-minus-S&P 500 gap at least that large is January 2021 (6.12 pp; the next largest since then is February 2022 at 4.10 pp).", ref="2023-12-13", cmp="SPX"),
        C("small caps rose 5%", "RUT", "monthly_pct_change", 5, "percent", "month_return('RUT','2021-01')", "supported", "int",
          "January 2021: RUT +5.00% (1974.86 -> 2073.64).", ref="2021-01-29", win="2021-01"),
        C("slipped 1.1%", "SPX", "monthly_pct_change", -1.1, "percent", "month_return('GSPC','2021-01')", "supported", "1dp",
          "January 2021: S&P 500 -1.11%.", ref="2021-01-29", win="2021-01"),
        C("66.24 points", "RUT", "daily_point_change", 66.24, "index_points", "point_change('RUT','2023-12-13')", "supported", "2dp",
          "RUT 1881.27 -> 1947.51: +66.24.", ref="2023-12-13", win="1d"),
        C("or 3.5%", "RUT", "daily_pct_change", 3.5, "percent", "pct_change('RUT','2023-12-13')", "supported", "1dp",
          "+3.52%.", ref="2023-12-13", win="1d"),
        C("1,947.51", "RUT", "close_level", 1947.51, "index_points", "close('RUT','2023-12-13')", "supported", "2dp_level",
          "RUT close 2023-12-13: 1947.51.", ref="2023-12-13"),
        C("highest level since August 7", "RUT", "highest_close_since", "2023-08-07", "date", "highest_since('RUT','2023-12-13')",
          "supported", "since", "Last earlier close at or above 1947.51: 2023-08-07.", ref="2023-12-13"),
        C("range of 5.25% to 5.5%", "FEDFUNDS", "target_range_unchanged", [5.25, 5.5], "percent",
          "[fed_range('2023-12-12'), fed_range('2023-12-14'), is_fomc_day('2023-12-13')]", "supported", "fed",
          "FOMC decision day 2023-12-13; the range was 5.25-5.50 before and after (no change effective 12-14).", ref="2023-12-13", basis="decision"),
        C("rate cuts are likely in 2024", "FEDFUNDS", "expected_cuts_year", 2024, "year", None,
          "forecast", "forecast", "The Fed's signal of cuts in 2024 (projections); a forecast, not judged against what happened.", ref="2023-12-13"),
        C("up 10.6% year to date", "RUT", "ytd_pct_change", 10.6, "percent", "ytd('RUT','2023-12-13')", "supported", "1dp",
          "RUT 1761.25 (2022-12-30) -> 1947.51: +10.58%.", ref="2023-12-13", win="YTD"),
        C("gains of 22.6%", "SPX", "ytd_pct_change", 22.6, "percent", "ytd('GSPC','2023-12-13')", "supported", "1dp",
          "S&P 500 YTD +22.60%.", ref="2023-12-13", win="YTD"),
        C("40.8% for the tech-heavy", "IXIC", "ytd_pct_change", 40.8, "percent", "ytd('IXIC','2023-12-13')", "supported", "1dp",
          "Nasdaq YTD +40.77%.", ref="2023-12-13", win="YTD"),
        C("climbed 1.4%", "DJI", "daily_pct_change", 1.4, "percent", "pct_change('DJI','2023-12-13')", "supported", "1dp",
          "Dow 36577.94 -> 37090.24: +1.40%.", ref="2023-12-13", win="1d"),
        C("eclipsing 37,000 points for the", "DJI", "first_close_above_level", 37000, "index_points",
          "col('DJI')[col('DJI') >= 37000].index[0].date().isoformat()", "supported", "record",
          "First Dow close at or above 37,000 in the file: 2023-12-13 (37090.24).", ref="2023-12-13"),
        C("closing at a record high", "DJI", "record_close", True, "flag", "is_record('DJI','2023-12-13')", "supported", "record",
          "37090.24 tops the previous record close 36799.65 (2022-01-04).", ref="2023-12-13"),
        C("the S&P 500 and the Nasdaq Composite each", "SPX", "daily_pct_change", 1.4, "percent", "pct_change('GSPC','2023-12-13')",
          "supported", "nearly", "S&P 500 +1.37% (4643.70 -> 4707.09); 'nearly 1.4%' allows 1.3-1.45.", q="nearly", ref="2023-12-13", win="1d"),
        C("advanced nearly 1.4%", "IXIC", "daily_pct_change", 1.4, "percent", "pct_change('IXIC','2023-12-13')",
          "supported", "nearly", "Nasdaq +1.38% (14533.40 -> 14733.96).", q="nearly", ref="2023-12-13", win="1d"),
    ]))

# ---------------------------------------------------------------- 4
P.append(dict(
    id="marketwatch_20171204_rut_intraday_record_tax",
    source=dict(site="realestateisideal.com",
                url="http://realestateisideal.com/uncategorized/russell-2000-hits-record-on-tax-optimism",
                original_outlet="MarketWatch"),
    published="2017-12-04", conf="high",
    pnote="inferred: a MarketWatch Market Pulse item reposted without a date; it describes Monday trading after the Senate passed its tax bill 'early Saturday' (2017-12-02), i.e. Monday 2017-12-04. All figures are mid-session; RUT ended that day -0.30%.",
    text=("The Russell 2000 index of small-capitalization stocks hit an intraday record on Monday as investors "
          "cheered the weekend passage of the Senate's version of a sweeping rewrite of the U.S. tax code, an "
          "outcome that had been widely, though not fully, expected. The index rose 1.2% and touched an "
          "all-time high. The Senate approved the Republican-backed proposal early Saturday almost entirely "
          "along party lines; the House and Senate still have to agree on a single bill before it can go to "
          "President Trump. Smaller companies are seen as bigger winners from any tax bill because more of "
          "their revenue is earned at home than that of their multinational peers. Even so, the Russell is up "
          "14.5% so far this year, trailing the nearly 19% rise of the S&P 500, the Dow Jones Industrial "
          "Average's 24% gain and the Nasdaq Composite's 27% advance. Recent trading has favored small caps, "
          "however: the Russell is up 10% over the past three months, compared with a 7.4% gain for the S&P."),
    claims=[
        C("hit an intraday record on Monday", "RUT", "intraday_record", True, "flag", "is_record('RUT','2017-12-04','high')",
          "supported", "record", "Session high 1559.61 tops every earlier high (previous 1551.69 on 2017-11-30).", ref="2017-12-04", basis="intraday high"),
        C("rose 1.2%", "RUT", "intraday_pct_change", 1.2, "percent", "session_range_pct('RUT','2017-12-04')",
          "unverifiable", "mid", "Mid-session gain inside the session's range (-0.34% to +1.47%); RUT closed down 0.30% (1537.02 -> 1532.41).", ref="2017-12-04", basis="intraday"),
        C("up 14.5% so far this year", "RUT", "ytd_pct_change", 14.5, "percent",
          "[round((close('RUT','2017-12-04',f) / close('RUT','2016-12-30') - 1) * 100, 2) for f in ('low','high')]",
          "unverifiable", "mid", "Mid-session year-to-date figure inside the session's range (12.87% at the low, 14.92% at the high); at the close it was 12.92%.", ref="2017-12-04", win="YTD", basis="intraday"),
        C("nearly 19% rise", "SPX", "ytd_pct_change", 19, "percent",
          "[round((close('GSPC','2017-12-04',f) / close('GSPC','2016-12-30') - 1) * 100, 2) for f in ('low','high')]",
          "unverifiable", "mid", "Mid-session YTD inside the session's range (17.88% to 19.04%); 17.89% at the close, which would not meet 'nearly 19%'.", q="nearly", ref="2017-12-04", win="YTD", basis="intraday"),
        C("24% gain", "DJI", "ytd_pct_change", 24, "percent",
          "[round((close('DJI','2017-12-04',f) / close('DJI','2016-12-30') - 1) * 100, 2) for f in ('low','high')]",
          "unverifiable", "mid", "Mid-session YTD inside the session's range (22.90% to 24.14%); 22.91% at the close.", ref="2017-12-04", win="YTD", basis="intraday"),
        C("27% advance", "IXIC", "ytd_pct_change", 27, "percent",
          "[round((close('IXIC','2017-12-04',f) / close('IXIC','2016-12-30') - 1) * 100, 2) for f in ('low','high')]",
          "unverifiable", "mid", "Mid-session YTD inside the session's range (25.78% to 28.16%); 25.86% at the close.", ref="2017-12-04", win="YTD", basis="intraday"),
        C("up 10% over the past three months", "RUT", "window_pct_change", 10, "percent",
          "[round(ret('RUT', b, '2017-12-04'), 2) for b in ('2017-09-01','2017-09-05')]",
          "unverifiable", "mid", "A mid-session figure over a window whose start is not stated exactly: close-to-close from 2017-09-01 it is 8.41%, from 2017-09-05 9.48% (at the session high 10.33% and 11.43%); cannot be decided.", ref="2017-12-04", win="3m", basis="intraday"),
        C("7.4% gain for the S&P", "SPX", "window_pct_change", 7.4, "percent",
          "[round(ret('GSPC', b, '2017-12-04'), 2) for b in ('2017-09-01','2017-09-05')]",
          "unverifiable", "mid", "Window start not stated exactly and the figure is mid-session: 6.58% from 2017-09-01, 7.39% from 2017-09-05 (close basis; 8.44% from 2017-09-05 at the session high).", ref="2017-12-04", win="3m", basis="intraday"),
    ]))

# ---------------------------------------------------------------- 5
P.append(dict(
    id="marketwatch_20170426_rut_intraday_record_tax_plan",
    source=dict(site="foxbusiness.com",
                url="https://www.foxbusiness.com/markets/russell-2000-hits-intraday-record-as-sector-most-likely-to-benefit-from-trumps-tax-plan-climbs",
                original_outlet="MarketWatch"),
    published="2017-04-26", conf="high",
    pnote="inferred: MarketWatch item (copyright 2017) on Fox Business; it describes Wednesday trading ahead of the 1:30 p.m. unveiling of the Trump administration's tax plan, which was 2017-04-26.",
    text=("The Russell 2000 set a record in intraday trading on Wednesday as the market waited eagerly for "
          "Trump administration officials to lay out their plan for overhauling corporate taxes at 1:30 p.m. "
          "Eastern. The small-cap gauge reached an intraday high of 1,424.06, above its closing record of "
          "1,413.64 set March 1, according to FactSet data. The S&P Small Cap 600, another popular way to "
          "follow the market's smallest companies, touched a record of its own, and so did the iShares "
          "Russell 2000 ETF, which closely tracks the Russell 2000. Small caps have rallied ahead of the tax "
          "announcement, largely because the president's proposal calls for a lower tax rate on "
          "owner-operated businesses. The plan may still run into resistance, however, because it is likely "
          "to add to the U.S. deficit."),
    claims=[
        C("set a record in intraday trading on Wednesday", "RUT", "intraday_record", True, "flag", "is_record('RUT','2017-04-26','high')",
          "supported", "record", "Session high 1425.70 tops every earlier high (1415.55 on 2017-04-25).", ref="2017-04-26", basis="intraday high"),
        C("intraday high of 1,424.06", "RUT", "intraday_high_level", 1424.06, "index_points", "session_range('RUT','2017-04-26')",
          "unverifiable", "mid", "A mid-session high: 1424.06 lies inside the session's range (1409.83-1425.70); the final session high was 1425.70.", ref="2017-04-26", basis="intraday"),
        C("1,413.64", "RUT", "record_close_level", 1413.64, "index_points", "record_before('RUT','2017-04-26')[1]",
          "supported", "2dp_level", "Highest close before 2017-04-26: 1413.64.", ref="2017-04-26"),
        C("set March 1", "RUT", "record_close_date", "2017-03-01", "date", "record_before('RUT','2017-04-26')[0]",
          "supported", "record", "The record close 1413.64 is dated 2017-03-01.", ref="2017-04-26"),
        C("touched a record of its own", "SP600", "intraday_record", True, "flag", None,
          "unverifiable", "unver", "The S&P SmallCap 600 is not in the files.", ref="2017-04-26", basis="intraday high"),
        C("and so did the iShares", "IWM", "intraday_record", True, "flag", "is_record('IWM','2017-04-26','high')",
          "supported", "record", "IWM high 141.82 tops every earlier traded high (140.88 on 2017-04-25).", ref="2017-04-26", basis="intraday high"),
    ]))

# ---------------------------------------------------------------- 6
P.append(dict(
    id="cnbc_20240711_rut_rotation_cpi",
    source=dict(site="fin-gpt.org", url="https://fin-gpt.org/article/2c7cf544-d885-49f6-b3a9-b58711c5a310",
                original_outlet="CNBC"),
    published="2024-07-11", conf="exact",
    pnote="The repost is timestamped 2024-07-11 21:06 UTC; the CNBC story is about Thursday 2024-07-11, the day of the June CPI report.",
    text=("Wall Street's leaders and laggards traded places on Thursday, and that switch may be exactly what "
          "the rally needs. The small-cap Russell 2000, which has struggled for traction all year, jumped "
          "more than 3% on Thursday, while every member of the so-called Magnificent 7 declined, pulling the "
          "S&P 500 and the Nasdaq Composite lower. Bespoke Investment Group posted two statistics showing how "
          "unusual the split was. It was only the second day since 1979 on which the Russell 2000 climbed more "
          "than 3% while the S&P 500 fell. And the Nasdaq Composite lagged the Russell 2000 by more than 5 "
          "percentage points, which looks like the biggest daily gap on record; the only other time the gap "
          "came in above 5 percentage points was in November 2020, just after Pfizer reported positive results from "
          "a Covid-19 vaccine trial. The major averages, and plenty of 401(k) balances, may show a loss for "
          "the day, but the odd pattern could be a healthy sign for a rally that has leaned heavily on a "
          "handful of big tech names. \"Today's an important day,\" Ed Yardeni of Yardeni Research told "
          "CNBC, arguing that investors are starting to rotate into the rest of the market."),
    claims=[
        C("jumped more than 3% on Thursday", "RUT", "daily_pct_change", 3, "percent", "pct_change('RUT','2024-07-11')",
          "supported", "more", "RUT 2051.75 -> 2125.04: +3.57%.", q="more than", ref="2024-07-11", win="1d"),
        C("every member of the so-called Magnificent 7 declined", "MAG7_STOCKS", "daily_direction", "all down", "flag", None,
          "unverifiable", "unver", "Individual stock prices are not in the files.", ref="2024-07-11", win="1d"),
        C("pulling the S&P 500 and the Nasdaq Composite lower", "SPX", "daily_direction", "down", "flag",
          "[round(pct_change('GSPC','2024-07-11'), 2), round(pct_change('IXIC','2024-07-11'), 2)]",
          "supported", "ordering", "S&P 500 -0.88% (5633.91 -> 5584.54), Nasdaq -1.95% (18647.45 -> 18283.41).", ref="2024-07-11", win="1d"),
        C("only the second day since 1979", "RUT", "count_days_rut_up3_spx_down", 2, "count",
          "rel_days('RUT','GSPC',lambda a, b: a > 3 and b < 0, end='2024-07-11')",
          "supported", "count", "In the file (RUT from 1987-09-10) the days with RUT > +3% and the S&P 500 down are 2008-10-10 and 2024-07-11: two. 1979-1987 is not in the file; the checkable part agrees.",
          ref="2024-07-11", win="since 1979", cmp="SPX"),
        C("more than 5 percentage points", "RUT", "daily_relative_return_vs_IXIC", 5, "percentage_points",
          "pct_change('RUT','2024-07-11') - pct_change('IXIC','2024-07-11')",
          "supported", "more", "+3.57% vs -1.95%: 5.52 pp.", q="more than", ref="2024-07-11", win="1d", cmp="IXIC"),
        C("biggest daily gap on record", "RUT", "record_daily_relative_return_vs_IXIC", True, "flag",
          "biggest_gap('RUT','IXIC','2024-07-11')", "supported", "record",
          "The largest RUT-minus-Nasdaq daily gap in the file up to that day is 2024-07-11 itself (5.52 pp); the file covers RUT from 1987.",
          ref="2024-07-11", cmp="IXIC"),
        C("the only other time the gap", "RUT", "other_days_gap_above_5pp", "2020-11", "month",
          "[(d, round(pct_change('RUT', d) - pct_change('IXIC', d), 2)) for d in rel_days('RUT','IXIC',lambda a, b: a - b > 4.9, end='2024-07-10')]",
          "imprecise", "bound_close", "In the file no earlier day has a gap above 5 pp; the November 2020 day meant (2020-11-09, Pfizer vaccine news) shows RUT +3.45% vs Nasdaq -1.53%, a 4.97 pp gap, just short of the bound. Close but not meeting 'came in above 5 percentage points'.",
          ref="2020-11-09", cmp="IXIC"),
    ]))

# ---------------------------------------------------------------- 7
P.append(dict(
    id="bespoke_20240110_rut_50_day_rally",
    source=dict(site="openenterprisenews.com", url="https://openenterprisenews.com/2024/01/a-big-move-in-small-stocks.html",
                original_outlet="Bespoke Investment Group"),
    published="2024-01-10", conf="medium",
    pnote="inferred: the repost (URL month 2024/01, 'More By This Author' Bespoke) says it has been 50 trading days since the 10/27/23 lows; the 50th session after 2023-10-27 in the files is 2024-01-10.",
    text=("It has now been 50 trading days since U.S. stocks set their fourth-quarter lows on 10/27/23, and "
          "one of the standout moves since then has been the rally of 20%+ in the small-cap Russell 2000. "
          "It is one of only 21 stretches in the index's history since 1979 in which it gained that much or "
          "more within 50 trading days. Before the early days of Covid, the last such surge came "
          "in March 2019, and before that you have to go all the way back to 2012. Looking "
          "at what came next, the median path of the Russell 2000 in the weeks and months after it first "
          "crossed that threshold has been considerably better than its long-run average "
          "returns, whether measured over the short or the long term. Past performance is no guarantee of "
          "future results, the note cautions, but the pattern is worth knowing."),
    claims=[
        C("now been 50 trading days", "RUT", "sessions_since_low", 50, "count", "sessions_between('RUT','2023-10-27','2024-01-10')",
          "supported", "count", "Index difference between 2023-10-27 and 2024-01-10 in RUT.csv: 50 sessions (inclusive/exclusive conventions differ by one).",
          ref="2024-01-10", win="50 sessions"),
        C("fourth-quarter lows on 10/27/23", "SPX", "quarter_low_date", "2023-10-27", "date",
          "[col(t).loc['2023-10-01':'2023-12-31'].idxmin().date().isoformat() for t in ('GSPC','RUT')]",
          "supported", "record", "The lowest Q4 2023 close of both the S&P 500 (4117.37) and the Russell 2000 (1636.94) is 2023-10-27.",
          ref="2023-10-27"),
        C("rally of 20%+", "RUT", "window_pct_change", 20, "percent", "ret('RUT','2023-10-27','2024-01-10')",
          "supported", "atleast", "RUT 1636.94 (2023-10-27) -> 1970.26 (2024-01-10): +20.36%.", q="at least", ref="2024-01-10", win="50 sessions"),
        C("only 21 stretches", "RUT", "count_50d_rallies_20pct", 21, "count", None,
          "unverifiable", "unver", "The count runs from 1979 and depends on how overlapping 50-day windows are grouped into 'stretches'; RUT.csv starts 1987-09-10, so the 1979-1987 part cannot be checked.",
          q="only", ref="2024-01-10", win="since 1979"),
        C("in March 2019", "RUT", "prior_50d_rally_20pct", "2019-03", "month",
          "window_hits('RUT', 50, 20, '2012-03-01', '2020-02-29')", "supported", "since",
          "Between the 2012 episode and Covid, the only month with a 50-session RUT gain of 20% or more is March 2019.",
          ref="2019-03", win="50 sessions"),
        C("back to 2012", "RUT", "prior_50d_rally_20pct", "2012", "year",
          "window_hits('RUT', 50, 20, '2010-12-01', '2019-02-28')", "supported", "since",
          "Before March 2019 the previous month with a 50-session gain of 20%+ is February 2012.",
          ref="2012-02", win="50 sessions"),
    ]))

# ---------------------------------------------------------------- 8
P.append(dict(
    id="deepnewz_20250822_iwm_powell_surge",
    source=dict(site="preview.deepnewz.com",
                url="https://preview.deepnewz.com/stocks/russell-2000-etf-iwm-surges-4-gains-34-1-since-april-8-nears-all-time-high-amid-e9d98f72",
                original_outlet="DeepNewz (summary of posts on X)"),
    published="2025-08-22", conf="medium",
    pnote="inferred: the summary describes the session after Fed Chair Powell's remarks (Jackson Hole, Friday 2025-08-22) and counts 94 trading days from the April 8 low; 2025-04-08 to 2025-08-22 is 94 sessions in the files.",
    text=("Small caps staged a powerful rally in August 2025. The Russell 2000, tracked by the $IWM ETF, posted "
          "gains reaching up to 4% in a single session after Federal Reserve Chair Jerome Powell's remarks, close to its "
          "best day since April 9, 2025. $IWM is now within $10 of its all-time high. Since the April 8, 2025 "
          "lows the Russell 2000 has gained 34.1% over 94 trading days. Breadth improved as well: the share of Russell 2000 members trading above their "
          "200-day moving average jumped by nearly 9 percentage points on the day, the largest one-day increase "
          "since November 2023. The S&P 500 High Beta Index added 3.28%, its best day since mid-May 2025. "
          "Even so, posts on X noted that while $IWM has beaten $SPY since the April bottom, the $MAGS group "
          "of megacap stocks has outrun both. Some analysts suggested a short squeeze in small caps helped "
          "drive the move."),
    claims=[
        C("in August 2025", "RUT", "mtd_pct_change", "rally", "flag", "mtd('RUT','2025-08-22')",
          "supported", "ordering", "RUT month to date through 2025-08-22: +6.80% (a 'powerful rally' in August).", ref="2025-08-22", win="MTD"),
        C("up to 4%", "RUT", "intraday_pct_change_max", 4, "percent", "session_range_pct('RUT','2025-08-22')",
          "supported", "asmuch", "Session high +4.07% vs the previous close (close +3.86%); 'up to' (as much as) a session extreme is judged within one unit of the last digit.",
          q="up to", ref="2025-08-22", basis="intraday high"),
        C("best day since April 9, 2025", "RUT", "best_day_since", "2025-04-09", "date", "last_move_as_big('RUT','2025-08-22','pct',down=False)",
          "supported", "since_move", "Last earlier day with a gain at least as large as +3.86%: 2025-04-09 (+8.66%).", ref="2025-08-22"),
        C("within $10 of its all-time high", "IWM", "distance_from_record", 10, "usd",
          "round(record_before('IWM','2025-08-22')[1] - close('IWM','2025-08-22'), 2)", "supported", "less",
          "IWM close 234.83 vs record close 242.56 (2021-11-08): $7.73 below. Against the record intraday high 244.98 (2024-11-25) it is $10.15 below, which would not be 'within $10'.",
          q="within", ref="2025-08-22"),
        C("gained 34.1%", "RUT", "window_pct_change", 34.1, "percent", "ret('RUT','2025-04-08','2025-08-22')",
          "supported", "1dp", "RUT 2025-04-08 close -> 2025-08-22 close: +34.15%.", ref="2025-08-22", win="since 2025-04-08"),
        C("94 trading days", "RUT", "sessions_count", 94, "count", "sessions_between('RUT','2025-04-08','2025-08-22')",
          "supported", "count", "Index difference 2025-04-08 -> 2025-08-22: 94 sessions.", ref="2025-08-22"),
        C("nearly 9 percentage points", "RUT_BREADTH", "pct_above_200dma_change", 9, "percentage_points", None,
          "unverifiable", "unver", "Breadth of Russell 2000 members is not in the files.", q="nearly", ref="2025-08-22"),
        C("largest one-day increase since November 2023", "RUT_BREADTH", "largest_increase_since", "2023-11", "month", None,
          "unverifiable", "unver", "Breadth series not in the files.", ref="2025-08-22"),
        C("added 3.28%", "SPX_HIGH_BETA", "daily_pct_change", 3.28, "percent", None,
          "unverifiable", "unver", "The S&P 500 High Beta Index is not in the files (the S&P 500 itself rose 1.52%).", ref="2025-08-22"),
        C("best day since mid-May 2025", "SPX_HIGH_BETA", "best_day_since", "2025-05", "month", None,
          "unverifiable", "unver", "Series not in the files.", ref="2025-08-22"),
        C("$IWM has beaten $SPY since the April bottom", "IWM", "relative_return_vs_SPY", True, "flag",
          "[round(ret('IWM','2025-04-08','2025-08-22'), 2), round(ret('SPY','2025-04-08','2025-08-22'), 2)]",
          "supported", "ordering", "From the 2025-04-08 close: IWM +34.33% vs SPY +29.98% (traded prices).", ref="2025-08-22", cmp="SPY"),
        C("has outrun both", "MAGS", "relative_return", True, "flag", None,
          "unverifiable", "unver", "The Roundhill Magnificent Seven ETF is not in the files.", ref="2025-08-22"),
    ]))

# ---------------------------------------------------------------- 9
P.append(dict(
    id="centerpoint_20171012_september_small_caps",
    source=dict(site="centerpointadvisors.net", url="https://centerpointadvisors.net/september-small-cap-stocks/",
                original_outlet="Centerpoint Advisors"),
    published="2017-10-12", conf="exact",
    pnote="The page is dated October 12, 2017 (a Thursday session); it describes September 2017 and the year through the end of the third quarter (2017-09-29).",
    text=("October 12, 2017. Small-cap stocks have been on a roll, with the Russell 2000 Index setting several "
          "new all-time highs. In September the Russell 2000 Index (IWM) gained 6.2%, against a 2.1% rise for "
          "the S&P 500 Index (IVV). Large caps had led for most of the year, but the reversal has let small "
          "caps narrow the gap: through the end of the third quarter the S&P 500 Index (IVV) and the Russell "
          "2000 Index (IWM) were up just over 14% and 11%, respectively. As with the small-cap rally after the "
          "election, the recent strength owes at least something to the prospect of corporate tax reform, "
          "since smaller companies tend to pay effective tax rates closer to the statutory rate and earn more "
          "of their revenue in the U.S. The rally rests on the prospect of reform, though, and Washington will "
          "eventually have to deliver; a failure to pass meaningful corporate tax changes would likely weigh "
          "on small caps."),
    claims=[
        C("setting several", "RUT", "record_closes_count", "several", "count",
          "[d.date().isoformat() for d in col('RUT').loc['2017-09-01':'2017-10-12'].index if is_record('RUT', d)]",
          "supported", "record", "Nine record closes between 2017-09-22 and 2017-10-05.", ref="2017-10-12"),
        C("gained 6.2%", "RUT", "monthly_pct_change", 6.2, "percent",
          "[round(month_return('RUT','2017-09'), 2), round(month_return('IWM','2017-09','adj_close'), 2)]",
          "imprecise", "1dp", "September 2017: RUT price +6.09%, IWM total return +6.30% (price +6.05%). No basis gives 6.2 within 0.07; off by about 0.1 pp.",
          ref="2017-09-29", win="2017-09"),
        C("2.1% rise", "SPX", "monthly_pct_change", 2.1, "percent",
          "[round(month_return('GSPC','2017-09'), 2), round(month_return('SPY','2017-09','adj_close'), 2)]",
          "imprecise", "1dp", "September 2017: S&P 500 price +1.93%, SPY total return +2.01% (IVV is not in the files; SPY is the proxy). Off by 0.09-0.17 pp.",
          ref="2017-09-29", win="2017-09"),
        C("just over 14%", "SPX", "ytd_pct_change", 14, "percent",
          "[round(ytd('GSPC','2017-09-29'), 2), round(ytd('SPY','2017-09-29','adj_close'), 2)]",
          "imprecise", "more_close", "Through 2017-09-29: S&P 500 price +12.53%, SPY total return +13.99%; the total-return basis (the one the ETF figures use) is just under 14, so 'just over 14%' is not met but close. IVV is not in the files.",
          q="more than", ref="2017-09-29", win="YTD"),
        C("and 11%, respectively", "RUT", "ytd_pct_change", 11, "percent",
          "[round(ytd('RUT','2017-09-29'), 2), round(ytd('IWM','2017-09-29','adj_close'), 2)]",
          "supported", "int", "IWM total return through 2017-09-29: +10.95% (the ETF basis the text names); the price index RUT was +9.85%.",
          ref="2017-09-29", win="YTD"),
    ]))

A = "auto"  # verdict computed by build.judge() from the claim text and the computed value (then reviewed)

# ---------------------------------------------------------------- 10
P.append(dict(
    id="gurufocus_20191021_indexes_close_higher",
    source=dict(site="gurufocus.com",
                url="https://gurufocus.com/news/967119/us-indexes-close-higher-monday-to-start-the-week/?r=4bf001661e6fdd88d0cd7a5659ff9748&mod=mw_quote_news",
                original_outlet="GuruFocus"),
    published="2019-10-21", conf="exact",
    pnote="Dated Oct 21, 2019 (Monday) on the page; closing figures for that session.",
    text=("Oct 21, 2019. U.S. stocks began the week on a firm footing Monday. The Dow Jones Industrial Average "
          "finished at 26,827.64, up 57.44 points or 0.21%, and the S&P 500 settled at 3,006.72, ahead 20.52 "
          "points or 0.69%. The Nasdaq Composite ended at 8,162.99 with a gain of "
          "73.44 points or 0.91%. The VIX volatility index eased to 14.00, down 0.25 points or -1.75%. "
          "Investors were hopeful about trade talks with China and about corporate earnings, and financial "
          "shares led the advance after the big banks opened the reporting season last week; energy and "
          "technology were also among the strongest S&P 500 sectors. In small caps, the Russell 2000 closed at "
          "1,550.49, up 15 points or 0.98%. Among other notable benchmarks, the Nasdaq 100 finished at "
          "7,940.33, higher by 71.84 points or 0.91%."),
    claims=[
        C("26,827.64", "DJI", "close_level", 26827.64, "index_points", "close('DJI','2019-10-21')", A, "2dp_level", "Dow close 2019-10-21.", ref="2019-10-21"),
        C("57.44 points", "DJI", "daily_point_change", 57.44, "index_points", "point_change('DJI','2019-10-21')", A, "2dp", "26770.20 -> 26827.64.", ref="2019-10-21", win="1d"),
        C("or 0.21%", "DJI", "daily_pct_change", 0.21, "percent", "pct_change('DJI','2019-10-21')", A, "2dp", "", ref="2019-10-21", win="1d"),
        C("3,006.72", "SPX", "close_level", 3006.72, "index_points", "close('GSPC','2019-10-21')", A, "2dp_level", "", ref="2019-10-21"),
        C("20.52 points", "SPX", "daily_point_change", 20.52, "index_points", "point_change('GSPC','2019-10-21')", A, "2dp", "2986.20 -> 3006.72.", ref="2019-10-21", win="1d"),
        C("or 0.69%", "SPX", "daily_pct_change", 0.69, "percent", "pct_change('GSPC','2019-10-21')", A, "2dp", "", ref="2019-10-21", win="1d"),
        C("8,162.99", "IXIC", "close_level", 8162.99, "index_points", "close('IXIC','2019-10-21')", A, "2dp_level", "", ref="2019-10-21"),
        C("73.44 points", "IXIC", "daily_point_change", 73.44, "index_points", "point_change('IXIC','2019-10-21')", A, "2dp", "8089.54 -> 8162.99: 73.45.", ref="2019-10-21", win="1d"),
        C("73.44 points or 0.91%", "IXIC", "daily_pct_change", 0.91, "percent", "pct_change('IXIC','2019-10-21')", A, "2dp", "", ref="2019-10-21", win="1d"),
        C("eased to 14.00", "VIX", "close_level", 14.00, "index_points", "close('VIX','2019-10-21')", A, "2dp_level", "", ref="2019-10-21"),
        C("down 0.25 points", "VIX", "daily_point_change", -0.25, "index_points", "point_change('VIX','2019-10-21')", A, "2dp", "14.25 -> 14.00.", ref="2019-10-21", win="1d"),
        C("-1.75%", "VIX", "daily_pct_change", -1.75, "percent", "pct_change('VIX','2019-10-21')", A, "2dp", "", ref="2019-10-21", win="1d"),
        C("1,550.49", "RUT", "close_level", 1550.49, "index_points", "close('RUT','2019-10-21')", A, "2dp_level",
          "The file's close is 1552.41 (previous 1535.48). 1,550.49 with +15 points and +0.98% is internally consistent (1535.48 + 15.01), so the piece seems to use an early print; off by 1.92 (0.12%).", ref="2019-10-21"),
        C("up 15 points", "RUT", "daily_point_change", 15, "index_points", "point_change('RUT','2019-10-21')", A, "int",
          "True change +16.93; 15 is 11% short.", ref="2019-10-21", win="1d"),
        C("or 0.98%", "RUT", "daily_pct_change", 0.98, "percent", "pct_change('RUT','2019-10-21')", A, "2dp",
          "True change +1.10%; 0.98 is 0.12 pp short (within 20% of the true value).", ref="2019-10-21", win="1d"),
        C("7,940.33", "NDX", "close_level", 7940.33, "index_points", "close('NDX','2019-10-21')", A, "2dp_level", "", ref="2019-10-21"),
        C("71.84 points", "NDX", "daily_point_change", 71.84, "index_points", "point_change('NDX','2019-10-21')", A, "2dp", "7868.49 -> 7940.33.", ref="2019-10-21", win="1d"),
        C("71.84 points or 0.91%", "NDX", "daily_pct_change", 0.91, "percent", "pct_change('NDX','2019-10-21')", A, "2dp", "", ref="2019-10-21", win="1d"),
    ]))

# ---------------------------------------------------------------- 11
P.append(dict(
    id="gurufocus_20200518_dow_912_rut_six_pct",
    source=dict(site="gurufocus.com", url="https://www.gurufocus.com/news/1140820/us-indexes-close-higher-monday",
                original_outlet="GuruFocus"),
    published="2020-05-18", conf="exact",
    pnote="Dated May 18, 2020 (Monday) on the page; closing figures for that session.",
    text=("May 18, 2020. Stocks surged on Monday. The Dow Jones Industrial Average finished at 24,597.37, up "
          "911.95 points or 3.85%. The S&P 500 closed at 2,953.91, a gain of 90.21 points or 3.15%, and the "
          "Nasdaq Composite ended at 9,234.83, up 220.27 points or 2.44%. The VIX volatility index fell to "
          "29.30, a loss of 2.59 points or -8.12%. It was the third straight day of gains for U.S. stocks as "
          "the week got under way, with investors favouring quality names; consumer discretionary shares and "
          "pharmaceutical stocks also helped the rally. Walmart and Home Depot are due to close out the "
          "earnings season this week. In the bond market, the 10-year Treasury ended with a "
          "yield of 0.722%. Among small caps, the Russell 2000 closed at 1,333.69, a "
          "jump of 76.70 points or 6.10%."),
    claims=[
        C("24,597.37", "DJI", "close_level", 24597.37, "index_points", "close('DJI','2020-05-18')", A, "2dp_level", "", ref="2020-05-18"),
        C("911.95 points", "DJI", "daily_point_change", 911.95, "index_points", "point_change('DJI','2020-05-18')", A, "2dp", "23685.42 -> 24597.37.", ref="2020-05-18", win="1d"),
        C("or 3.85%", "DJI", "daily_pct_change", 3.85, "percent", "pct_change('DJI','2020-05-18')", A, "2dp", "", ref="2020-05-18", win="1d"),
        C("2,953.91", "SPX", "close_level", 2953.91, "index_points", "close('GSPC','2020-05-18')", A, "2dp_level", "", ref="2020-05-18"),
        C("90.21 points", "SPX", "daily_point_change", 90.21, "index_points", "point_change('GSPC','2020-05-18')", A, "2dp", "2863.70 -> 2953.91.", ref="2020-05-18", win="1d"),
        C("or 3.15%", "SPX", "daily_pct_change", 3.15, "percent", "pct_change('GSPC','2020-05-18')", A, "2dp", "", ref="2020-05-18", win="1d"),
        C("9,234.83", "IXIC", "close_level", 9234.83, "index_points", "close('IXIC','2020-05-18')", A, "2dp_level", "", ref="2020-05-18"),
        C("220.27 points", "IXIC", "daily_point_change", 220.27, "index_points", "point_change('IXIC','2020-05-18')", A, "2dp", "9014.56 -> 9234.83.", ref="2020-05-18", win="1d"),
        C("or 2.44%", "IXIC", "daily_pct_change", 2.44, "percent", "pct_change('IXIC','2020-05-18')", A, "2dp", "", ref="2020-05-18", win="1d"),
        C("fell to 29.30", "VIX", "close_level", 29.30, "index_points", "close('VIX','2020-05-18')", A, "2dp_level", "", ref="2020-05-18"),
        C("2.59 points", "VIX", "daily_point_change", -2.59, "index_points", "point_change('VIX','2020-05-18')", A, "2dp", "31.89 -> 29.30.", ref="2020-05-18", win="1d"),
        C("-8.12%", "VIX", "daily_pct_change", -8.12, "percent", "pct_change('VIX','2020-05-18')", A, "2dp", "", ref="2020-05-18", win="1d"),
        C("third straight day of gains", "SPX", "up_streak", 3, "count",
          "[streak(t,'2020-05-18') for t in ('GSPC','DJI','IXIC')]", "supported", "count",
          "S&P 500, Dow and Nasdaq each closed higher on 2020-05-14, 05-15 and 05-18: a three-session streak for all three.", ref="2020-05-18"),
        C("0.722%", "US10Y", "yield_level", 0.722, "percent", "rate_on('DGS10','2020-05-18')", A, "3dp",
          "DGS10 2020-05-18: 0.73 (FRED rounds to 2 dp).", ref="2020-05-18", basis="end of day"),
        C("1,333.69", "RUT", "close_level", 1333.69, "index_points", "close('RUT','2020-05-18')", A, "2dp_level", "", ref="2020-05-18"),
        C("76.70 points", "RUT", "daily_point_change", 76.70, "index_points", "point_change('RUT','2020-05-18')", A, "2dp", "1256.99 -> 1333.69.", ref="2020-05-18", win="1d"),
        C("or 6.10%", "RUT", "daily_pct_change", 6.10, "percent", "pct_change('RUT','2020-05-18')", A, "2dp", "", ref="2020-05-18", win="1d"),
    ]))

# ---------------------------------------------------------------- 12
P.append(dict(
    id="ap_20211221_indexes_fared_rebound",
    source=dict(site="sandiegouniontribune.com",
                url="https://www.sandiegouniontribune.com/business/nation/story/2021-12-21/how-major-us-stock-indexes-fared-tuesday",
                original_outlet="Associated Press"),
    published="2021-12-21", conf="exact",
    pnote="Dated 2021-12-21 in the URL; closing figures for Tuesday 2021-12-21; 'for the week' runs from the Friday 2021-12-17 close.",
    text=("Stocks finished solidly higher on Wall Street on Tuesday, more than recovering the ground they gave up "
          "a day earlier. The S&P 500, the Dow Jones Industrial Average and the Nasdaq all advanced, and "
          "small-company stocks rose even more than the rest of the market, a sign that investors were feeling "
          "more upbeat about the economy. The S&P 500 climbed 81.21 points, or 1.8%, to 4,649.23, and the Dow "
          "added 560.54 points, or 1.6%, to 35,492.70. The Nasdaq gained 360.14 points, or 2.4%, to 15,341.09, "
          "while the Russell 2000 index of smaller companies jumped 63.07 points, or 2.9%, to 2,202.95. So far "
          "this week the S&P 500 is ahead 28.59 points, or 0.6%, and the Russell 2000 is up 29.02 points, or "
          "1.3%. For the year, the S&P 500 has gained 893.16 points, or 27.8%, and the Russell 2000 is up "
          "228.09 points, or 11.5%."),
    claims=[
        C("more than recovering the ground", "SPX", "close_above_prior_friday", True, "flag",
          "[close(t,'2021-12-21') > close(t,'2021-12-17') for t in ('GSPC','DJI','IXIC','RUT')]", "supported", "ordering",
          "Monday 2021-12-20 losses (S&P -1.14%, Dow -1.23%, Nasdaq -1.24%, RUT -1.57%) were more than regained: every index closed above its 2021-12-17 level.", ref="2021-12-21"),
        C("small-company stocks rose even more", "RUT", "daily_relative_return", True, "flag",
          "[round(pct_change(t,'2021-12-21'), 2) for t in ('RUT','IXIC','GSPC','DJI')]", "supported", "ordering",
          "RUT +2.95% vs Nasdaq +2.40%, S&P +1.78%, Dow +1.60%.", ref="2021-12-21", cmp="SPX, DJI, IXIC"),
        C("81.21 points", "SPX", "daily_point_change", 81.21, "index_points", "point_change('GSPC','2021-12-21')", A, "2dp", "4568.02 -> 4649.23.", ref="2021-12-21", win="1d"),
        C("or 1.8%, to", "SPX", "daily_pct_change", 1.8, "percent", "pct_change('GSPC','2021-12-21')", A, "1dp", "", ref="2021-12-21", win="1d"),
        C("4,649.23", "SPX", "close_level", 4649.23, "index_points", "close('GSPC','2021-12-21')", A, "2dp_level", "", ref="2021-12-21"),
        C("560.54 points", "DJI", "daily_point_change", 560.54, "index_points", "point_change('DJI','2021-12-21')", A, "2dp", "34932.16 -> 35492.70.", ref="2021-12-21", win="1d"),
        C("or 1.6%, to", "DJI", "daily_pct_change", 1.6, "percent", "pct_change('DJI','2021-12-21')", A, "1dp", "", ref="2021-12-21", win="1d"),
        C("35,492.70", "DJI", "close_level", 35492.70, "index_points", "close('DJI','2021-12-21')", A, "2dp_level", "", ref="2021-12-21"),
        C("360.14 points", "IXIC", "daily_point_change", 360.14, "index_points", "point_change('IXIC','2021-12-21')", A, "2dp", "14980.94 -> 15341.09: 360.15.", ref="2021-12-21", win="1d"),
        C("or 2.4%, to", "IXIC", "daily_pct_change", 2.4, "percent", "pct_change('IXIC','2021-12-21')", A, "1dp", "", ref="2021-12-21", win="1d"),
        C("15,341.09", "IXIC", "close_level", 15341.09, "index_points", "close('IXIC','2021-12-21')", A, "2dp_level", "", ref="2021-12-21"),
        C("63.07 points", "RUT", "daily_point_change", 63.07, "index_points", "point_change('RUT','2021-12-21')", A, "2dp", "2139.87 -> 2202.95: 63.08.", ref="2021-12-21", win="1d"),
        C("or 2.9%, to", "RUT", "daily_pct_change", 2.9, "percent", "pct_change('RUT','2021-12-21')", A, "1dp", "", ref="2021-12-21", win="1d"),
        C("2,202.95", "RUT", "close_level", 2202.95, "index_points", "close('RUT','2021-12-21')", A, "2dp_level", "", ref="2021-12-21"),
        C("28.59 points", "SPX", "wtd_point_change", 28.59, "index_points", "wtd_points('GSPC','2021-12-21')", A, "2dp", "From the 2021-12-17 close 4620.64.", ref="2021-12-21", win="WTD"),
        C("28.59 points, or 0.6%", "SPX", "wtd_pct_change", 0.6, "percent", "wtd('GSPC','2021-12-21')", A, "1dp", "", ref="2021-12-21", win="WTD"),
        C("29.02 points", "RUT", "wtd_point_change", 29.02, "index_points", "wtd_points('RUT','2021-12-21')", A, "2dp", "", ref="2021-12-21", win="WTD"),
        C("29.02 points, or 1.3%", "RUT", "wtd_pct_change", 1.3, "percent", "wtd('RUT','2021-12-21')", A, "1dp", "", ref="2021-12-21", win="WTD"),
        C("893.16 points", "SPX", "ytd_point_change", 893.16, "index_points", "ytd_points('GSPC','2021-12-21')", A, "2dp", "3756.07 (2020-12-31) -> 4649.23.", ref="2021-12-21", win="YTD"),
        C("or 27.8%", "SPX", "ytd_pct_change", 27.8, "percent", "ytd('GSPC','2021-12-21')", A, "1dp",
          "893.16 points on a 3756.07 base is +23.78%, not 27.8% (the point figure is right, the percentage is not).", ref="2021-12-21", win="YTD"),
        C("228.09 points", "RUT", "ytd_point_change", 228.09, "index_points", "ytd_points('RUT','2021-12-21')", A, "2dp", "1974.86 -> 2202.95.", ref="2021-12-21", win="YTD"),
        C("or 11.5%", "RUT", "ytd_pct_change", 11.5, "percent", "ytd('RUT','2021-12-21')", A, "1dp", "", ref="2021-12-21", win="YTD"),
    ]))

# ---------------------------------------------------------------- 13
P.append(dict(
    id="ap_20201116_dow_record_vaccine",
    source=dict(site="680news.com", url="https://www.680news.com/2020/11/16/how-major-us-stock-indexes-fared-monday-91/",
                original_outlet="Associated Press"),
    published="2020-11-16", conf="exact",
    pnote="Dated 2020-11-16 (Monday) in the URL and on the page; closing figures for that session; 'last Friday' is 2020-11-13.",
    text=("The Dow Jones Industrial Average set a record close on Monday, wiping out the last of its pandemic "
          "losses, after another drugmaker reported encouraging progress on a coronavirus vaccine. The S&P "
          "500 built on the record high it set last Friday. Shares of companies that stand to gain most as the "
          "economy climbs out of recession led the way. By the close, the S&P 500 had risen 41.76 points, or "
          "1.2%, to 3,626.91, and the Dow had jumped 470.63 points, or 1.6%, to 29,950.44. The Nasdaq composite "
          "picked up 94.84 points, or 0.8%, to 11,924.13, and the Russell 2000 small-cap index gained 41.29 "
          "points, or 2.4%, to 1,785.34. For the year to date, the S&P 500 is up 396.13 points, or 12.3%; the "
          "Dow is ahead 1,412.00 points, or 4.9%; the Nasdaq has climbed 2,951.52 points, or 32.9%; and the "
          "Russell 2000 has added 116.87 points, or 7%."),
    claims=[
        C("set a record close on Monday", "DJI", "record_close", True, "flag", "is_record('DJI','2020-11-16')", "supported", "record",
          "29950.44 tops the previous record close 29551.42 (2020-02-12).", ref="2020-11-16"),
        C("wiping out the last of its pandemic", "DJI", "above_pre_pandemic_record", True, "flag", "record_before('DJI','2020-11-16')",
          "supported", "record", "The prior record close was set 2020-02-12, before the Covid sell-off; the 2020-11-16 close is above it.", ref="2020-11-16"),
        C("record high it set last Friday", "SPX", "record_close", "2020-11-13", "date", "[is_record('GSPC','2020-11-13'), is_record('GSPC','2020-11-16')]",
          "supported", "record", "S&P 500 closed at records on Friday 2020-11-13 (3585.15) and again on 2020-11-16 (3626.91).", ref="2020-11-16"),
        C("41.76 points", "SPX", "daily_point_change", 41.76, "index_points", "point_change('GSPC','2020-11-16')", A, "2dp", "3585.15 -> 3626.91.", ref="2020-11-16", win="1d"),
        C("41.76 points, or 1.2%", "SPX", "daily_pct_change", 1.2, "percent", "pct_change('GSPC','2020-11-16')", A, "1dp", "", ref="2020-11-16", win="1d"),
        C("3,626.91", "SPX", "close_level", 3626.91, "index_points", "close('GSPC','2020-11-16')", A, "2dp_level", "", ref="2020-11-16"),
        C("470.63 points", "DJI", "daily_point_change", 470.63, "index_points", "point_change('DJI','2020-11-16')", A, "2dp", "29479.81 -> 29950.44.", ref="2020-11-16", win="1d"),
        C("or 1.6%, to", "DJI", "daily_pct_change", 1.6, "percent", "pct_change('DJI','2020-11-16')", A, "1dp", "", ref="2020-11-16", win="1d"),
        C("29,950.44", "DJI", "close_level", 29950.44, "index_points", "close('DJI','2020-11-16')", A, "2dp_level", "", ref="2020-11-16"),
        C("94.84 points", "IXIC", "daily_point_change", 94.84, "index_points", "point_change('IXIC','2020-11-16')", A, "2dp", "11829.29 -> 11924.13.", ref="2020-11-16", win="1d"),
        C("or 0.8%, to", "IXIC", "daily_pct_change", 0.8, "percent", "pct_change('IXIC','2020-11-16')", A, "1dp", "", ref="2020-11-16", win="1d"),
        C("11,924.13", "IXIC", "close_level", 11924.13, "index_points", "close('IXIC','2020-11-16')", A, "2dp_level", "", ref="2020-11-16"),
        C("41.29 points", "RUT", "daily_point_change", 41.29, "index_points", "point_change('RUT','2020-11-16')", A, "2dp", "1744.04 -> 1785.34: 41.30.", ref="2020-11-16", win="1d"),
        C("or 2.4%, to", "RUT", "daily_pct_change", 2.4, "percent", "pct_change('RUT','2020-11-16')", A, "1dp", "", ref="2020-11-16", win="1d"),
        C("1,785.34", "RUT", "close_level", 1785.34, "index_points", "close('RUT','2020-11-16')", A, "2dp_level", "", ref="2020-11-16"),
        C("396.13 points", "SPX", "ytd_point_change", 396.13, "index_points", "ytd_points('GSPC','2020-11-16')", A, "2dp", "3230.78 (2019-12-31) -> 3626.91.", ref="2020-11-16", win="YTD"),
        C("or 12.3%", "SPX", "ytd_pct_change", 12.3, "percent", "ytd('GSPC','2020-11-16')", A, "1dp", "", ref="2020-11-16", win="YTD"),
        C("1,412.00 points", "DJI", "ytd_point_change", 1412.00, "index_points", "ytd_points('DJI','2020-11-16')", A, "2dp", "", ref="2020-11-16", win="YTD"),
        C("or 4.9%", "DJI", "ytd_pct_change", 4.9, "percent", "ytd('DJI','2020-11-16')", A, "1dp", "", ref="2020-11-16", win="YTD"),
        C("2,951.52 points", "IXIC", "ytd_point_change", 2951.52, "index_points", "ytd_points('IXIC','2020-11-16')", A, "2dp", "", ref="2020-11-16", win="YTD"),
        C("or 32.9%", "IXIC", "ytd_pct_change", 32.9, "percent", "ytd('IXIC','2020-11-16')", A, "1dp", "", ref="2020-11-16", win="YTD"),
        C("116.87 points", "RUT", "ytd_point_change", 116.87, "index_points", "ytd_points('RUT','2020-11-16')", A, "2dp", "", ref="2020-11-16", win="YTD"),
        C("or 7%", "RUT", "ytd_pct_change", 7, "percent", "ytd('RUT','2020-11-16')", A, "int", "", ref="2020-11-16", win="YTD"),
    ]))

# ---------------------------------------------------------------- 14
P.append(dict(
    id="ap_20240823_powell_cuts_coming",
    source=dict(site="abcnews.go.com",
                url="https://abcnews.go.com/Business/wireStory/major-us-stock-indexes-fared-friday-8232024-113109231",
                original_outlet="Associated Press"),
    published="2024-08-23", conf="exact",
    pnote="Dated 8/23/2024 (Friday) in the headline; closing figures; 'for the week' from the 2024-08-16 close, 'for the year' from the 2023-12-29 close.",
    text=("U.S. stocks rallied toward their records Friday after Federal Reserve Chair Jerome Powell finally said "
          "out loud what Wall Street had long expected: interest-rate cuts are coming soon to support the "
          "economy. Powell said the time has come to lower the Fed's main interest rate from a two-decade high, "
          "and the S&P 500 climbed back to within 0.6% of the all-time high it set last month. Treasury yields "
          "fell in the bond market. At the close, the S&P 500 was up 63.97 points, or 1.1%, at 5,634.61, and the "
          "Dow Jones Industrial Average had gained 462.30 points, or 1.1%, to 41,175.08. The Nasdaq composite "
          "advanced 258.44 points, or 1.5%, to 17,877.79, while the Russell 2000 index of smaller companies "
          "surged 68.67 points, or 3.2%, to 2,218.70, leaving it up 76.78 points, or 3.6%, for the week. So far "
          "this year the S&P 500 has gained 864.78 points, or 18.1%, and the Russell 2000 191.63 points, or 9.5%."),
    claims=[
        C("from a two-decade high", "FEDFUNDS", "rate_high_since", "two decades", "years", "fed_top_high_since('2024-08-23')",
          "supported", "since", "The range top of 5.50% (effective 2023-07-27) was last reached in March 2001 (DFEDTAR 5.50 through 2001-03-19): the highest in about 22-23 years, i.e. two decades.", ref="2024-08-23", basis="target range"),
        C("within 0.6%", "SPX", "pct_from_ath", 0.6, "percent", "pct_below_record('GSPC','2024-08-23')",
          "supported", "less", "5634.61 vs the record close 5667.20 (2024-07-16): 0.58% below.", q="within", ref="2024-08-23"),
        C("set last month", "SPX", "record_close_date", "2024-07", "month", "record_before('GSPC','2024-08-23')[0]",
          "supported", "record", "The record close before 2024-08-23 is 2024-07-16 (last month).", ref="2024-08-23"),
        C("Treasury yields fell", "US10Y", "yield_change_bp", "fell", "flag", "rate_change_bp('DGS10','2024-08-22','2024-08-23')",
          "supported", "ordering", "DGS10 3.86 -> 3.81 (-5 bp); DGS2 also fell.", ref="2024-08-23", basis="end of day"),
        C("63.97 points", "SPX", "daily_point_change", 63.97, "index_points", "point_change('GSPC','2024-08-23')", A, "2dp", "5570.64 -> 5634.61.", ref="2024-08-23", win="1d"),
        C("or 1.1%, at", "SPX", "daily_pct_change", 1.1, "percent", "pct_change('GSPC','2024-08-23')", A, "1dp", "", ref="2024-08-23", win="1d"),
        C("5,634.61", "SPX", "close_level", 5634.61, "index_points", "close('GSPC','2024-08-23')", A, "2dp_level", "", ref="2024-08-23"),
        C("462.30 points", "DJI", "daily_point_change", 462.30, "index_points", "point_change('DJI','2024-08-23')", A, "2dp", "40712.78 -> 41175.08.", ref="2024-08-23", win="1d"),
        C("or 1.1%, to", "DJI", "daily_pct_change", 1.1, "percent", "pct_change('DJI','2024-08-23')", A, "1dp", "", ref="2024-08-23", win="1d"),
        C("41,175.08", "DJI", "close_level", 41175.08, "index_points", "close('DJI','2024-08-23')", A, "2dp_level", "", ref="2024-08-23"),
        C("258.44 points", "IXIC", "daily_point_change", 258.44, "index_points", "point_change('IXIC','2024-08-23')", A, "2dp", "17619.35 -> 17877.79.", ref="2024-08-23", win="1d"),
        C("or 1.5%", "IXIC", "daily_pct_change", 1.5, "percent", "pct_change('IXIC','2024-08-23')", A, "1dp", "", ref="2024-08-23", win="1d"),
        C("17,877.79", "IXIC", "close_level", 17877.79, "index_points", "close('IXIC','2024-08-23')", A, "2dp_level", "", ref="2024-08-23"),
        C("68.67 points", "RUT", "daily_point_change", 68.67, "index_points", "point_change('RUT','2024-08-23')", A, "2dp", "2150.03 -> 2218.70.", ref="2024-08-23", win="1d"),
        C("or 3.2%", "RUT", "daily_pct_change", 3.2, "percent", "pct_change('RUT','2024-08-23')", A, "1dp", "", ref="2024-08-23", win="1d"),
        C("2,218.70", "RUT", "close_level", 2218.70, "index_points", "close('RUT','2024-08-23')", A, "2dp_level", "", ref="2024-08-23"),
        C("76.78 points", "RUT", "wtd_point_change", 76.78, "index_points", "wtd_points('RUT','2024-08-23')", A, "2dp", "From the 2024-08-16 close 2141.92.", ref="2024-08-23", win="week"),
        C("or 3.6%, for the week", "RUT", "wtd_pct_change", 3.6, "percent", "wtd('RUT','2024-08-23')", A, "1dp", "", ref="2024-08-23", win="week"),
        C("864.78 points", "SPX", "ytd_point_change", 864.78, "index_points", "ytd_points('GSPC','2024-08-23')", A, "2dp", "4769.83 (2023-12-29) -> 5634.61.", ref="2024-08-23", win="YTD"),
        C("or 18.1%", "SPX", "ytd_pct_change", 18.1, "percent", "ytd('GSPC','2024-08-23')", A, "1dp", "", ref="2024-08-23", win="YTD"),
        C("191.63 points", "RUT", "ytd_point_change", 191.63, "index_points", "ytd_points('RUT','2024-08-23')", A, "2dp", "", ref="2024-08-23", win="YTD"),
        C("or 9.5%", "RUT", "ytd_pct_change", 9.5, "percent", "ytd('RUT','2024-08-23')", A, "1dp", "", ref="2024-08-23", win="YTD"),
    ]))

# ---------------------------------------------------------------- 15
P.append(dict(
    id="anadolu_20210616_fed_eyes_2023_hikes",
    source=dict(site="aa.com.tr", url="https://www.aa.com.tr/en/economy/us-stocks-close-lower-as-fed-eyes-2023-for-rate-hike/2276614",
                original_outlet="Anadolu Agency"),
    published="2021-06-17", conf="exact",
    pnote="The page is dated 17.06.2021 (dateline ANKARA); the story is about Wednesday 2021-06-16, the FOMC decision day.",
    text=("ANKARA - The main U.S. stock indexes finished lower on Wednesday after the Federal Reserve signaled "
          "that it would begin raising interest rates in 2023. The Dow Jones Industrial Average fell 265 "
          "points, or 0.7%, to 34,033. The S&P 500 slid 22 points to 4,223, while the Nasdaq dropped 33 points "
          "to 14,039. The selling came after the central bank's projection for the federal funds rate in 2023 "
          "was revised up to 0.6%, which means it could make two rate hikes of 0.25% each. The Fed also now sees inflation "
          "at 3.4% this year, up from the 2.4% it estimated in March. Investors piled into the dollar and "
          "Treasury notes on worries that the benchmark rate would go up: the yield on the 10-year U.S. "
          "Treasury note jumped 5% to 1,575%. The VIX volatility index, known as the fear gauge, soared 6.6% "
          "to 18.15."),
    claims=[
        C("fell 265 points", "DJI", "daily_point_change", -265, "index_points", "point_change('DJI','2021-06-16')", A, "int",
          "34299.33 -> 34033.67: -265.66, which rounds to 266; the text truncates.", ref="2021-06-16", win="1d"),
        C("or 0.7%", "DJI", "daily_pct_change", -0.7, "percent", "pct_change('DJI','2021-06-16')", A, "1dp",
          "-0.775%, which rounds to 0.8; off by 0.075 (truncation).", ref="2021-06-16", win="1d"),
        C("to 34,033", "DJI", "close_level", 34033, "index_points", "close('DJI','2021-06-16')", A, "int_level",
          "Close 34033.67, which rounds to 34,034 (truncated).", ref="2021-06-16"),
        C("slid 22 points", "SPX", "daily_point_change", -22, "index_points", "point_change('GSPC','2021-06-16')", A, "int",
          "4246.59 -> 4223.70: -22.89 (rounds to 23; truncated).", ref="2021-06-16", win="1d"),
        C("to 4,223", "SPX", "close_level", 4223, "index_points", "close('GSPC','2021-06-16')", A, "int_level",
          "Close 4223.70 (rounds to 4,224; truncated).", ref="2021-06-16"),
        C("dropped 33 points", "IXIC", "daily_point_change", -33, "index_points", "point_change('IXIC','2021-06-16')", A, "int",
          "14072.86 -> 14039.68: -33.18.", ref="2021-06-16", win="1d"),
        C("to 14,039", "IXIC", "close_level", 14039, "index_points", "close('IXIC','2021-06-16')", A, "int_level",
          "Close 14039.68 (rounds to 14,040; truncated).", ref="2021-06-16"),
        C("raising interest rates in 2023", "FEDFUNDS", "projected_hike_year", 2023, "year", None,
          "forecast", "forecast", "A Fed projection (dot plot) about future policy; not judged against what happened.", ref="2021-06-16"),
        C("revised up to 0.6%", "FEDFUNDS", "projected_rate_2023", 0.6, "percent", None,
          "forecast", "forecast", "Median FOMC projection for end-2023; a forecast.", ref="2021-06-16"),
        C("two rate hikes of 0.25% each", "FEDFUNDS", "projected_hikes_count", 2, "count", None,
          "forecast", "forecast", "Implied number of 2023 hikes in the projection; a forecast.", ref="2021-06-16"),
        C("inflation at 3.4% this year", "US_CPI", "projected_inflation", 3.4, "percent", None,
          "forecast", "forecast", "Fed projection of 2021 inflation; a forecast, and inflation is not in the files.", ref="2021-06-16"),
        C("the 2.4% it estimated in March", "US_CPI", "prior_projection", 2.4, "percent", None,
          "unverifiable", "unver", "The March 2021 Summary of Economic Projections is not in the files.", ref="2021-03-17"),
        C("jumped 5%", "US10Y", "yield_pct_change", 5, "percent", "(rate_on('DGS10','2021-06-16') / rate_on('DGS10','2021-06-15') - 1) * 100",
          "contradicted", "int", "DGS10 2021-06-15 1.51 -> 2021-06-16 1.57: +3.97% (+6 bp). 5 is off by 1.03, more than 20% of the true value. The agency apparently used an afternoon market quote, not the end-of-day series.", ref="2021-06-16", basis="end of day"),
        C("to 1,575%", "US10Y", "yield_level", 1575, "percent", "rate_on('DGS10','2021-06-16')",
          "contradicted", "level", "As written (1,575%) the level is wrong by a factor of 1,000: DGS10 was 1.57 on 2021-06-16. Read as 1.575% it would be within tolerance; the text's figure is kept as written.", ref="2021-06-16", basis="end of day"),
        C("soared 6.6%", "VIX", "daily_pct_change", 6.6, "percent", "pct_change('VIX','2021-06-16')", A, "1dp", "17.02 -> 18.15: +6.64%.", ref="2021-06-16", win="1d"),
        C("to 18.15", "VIX", "close_level", 18.15, "index_points", "close('VIX','2021-06-16')", A, "2dp_level", "", ref="2021-06-16"),
    ]))

# ---------------------------------------------------------------- 16
P.append(dict(
    id="anadolu_20230920_fed_skips_signals_hike",
    source=dict(site="theistanbulpost.com", url="https://theistanbulpost.com/us-stocks-close-lower-as-fed-signals-1-more-hike-this-year/amp",
                original_outlet="Anadolu Agency"),
    published="2023-09-20", conf="exact",
    pnote="Dated September 20, 2023 (Wednesday, an FOMC decision day) on the page; closing figures for that session.",
    text=("ISTANBUL - U.S. stocks ended lower on Wednesday after the Federal Reserve's projections showed it "
          "still expects one more rate increase in 2023. The Dow Jones fell 76 points, or 0.22%, to end the day "
          "at 34,440, and the S&P 500 lost 41 points, or 0.94%, to 4,402. The Nasdaq tumbled 209 points, or "
          "1.53%, to 13,469. The Fed's projections also pointed to fewer rate cuts next year. \"The majority of "
          "participants believe that it is more likely that it will be appropriate to raise rates one "
          "more time in the two remaining meetings this year,\" Chair Jerome Powell told a post-meeting news "
          "conference. For the second time this year, the central bank passed on a rate increase at the end of "
          "its two-day meeting, holding the federal funds rate in a target range of 5.25% to 5.5%. The VIX "
          "volatility index, often called the fear index, jumped 7.3% to 15.13, while the 10-year U.S. Treasury "
          "yield rose 0.6% to 4.393%."),
    claims=[
        C("fell 76 points", "DJI", "daily_point_change", -76, "index_points", "point_change('DJI','2023-09-20')", A, "int",
          "34517.73 -> 34440.88: -76.85, which rounds to 77 (truncated).", ref="2023-09-20", win="1d"),
        C("or 0.22%", "DJI", "daily_pct_change", -0.22, "percent", "pct_change('DJI','2023-09-20')", A, "2dp", "", ref="2023-09-20", win="1d"),
        C("at 34,440", "DJI", "close_level", 34440, "index_points", "close('DJI','2023-09-20')", A, "int_level",
          "Close 34440.88, which rounds to 34,441 (truncated).", ref="2023-09-20"),
        C("lost 41 points", "SPX", "daily_point_change", -41, "index_points", "point_change('GSPC','2023-09-20')", A, "int",
          "4443.95 -> 4402.20: -41.75, which rounds to 42 (truncated).", ref="2023-09-20", win="1d"),
        C("or 0.94%", "SPX", "daily_pct_change", -0.94, "percent", "pct_change('GSPC','2023-09-20')", A, "2dp", "", ref="2023-09-20", win="1d"),
        C("to 4,402", "SPX", "close_level", 4402, "index_points", "close('GSPC','2023-09-20')", A, "int_level", "Close 4402.20.", ref="2023-09-20"),
        C("tumbled 209 points", "IXIC", "daily_point_change", -209, "index_points", "point_change('IXIC','2023-09-20')", A, "int", "13678.19 -> 13469.13: -209.06.", ref="2023-09-20", win="1d"),
        C("or 1.53%", "IXIC", "daily_pct_change", -1.53, "percent", "pct_change('IXIC','2023-09-20')", A, "2dp", "", ref="2023-09-20", win="1d"),
        C("to 13,469", "IXIC", "close_level", 13469, "index_points", "close('IXIC','2023-09-20')", A, "int_level", "Close 13469.13.", ref="2023-09-20"),
        C("one more rate increase in 2023", "FEDFUNDS", "projected_hikes_2023", 1, "count", None,
          "forecast", "forecast", "The Fed's projection of a further 2023 hike; a forecast (no hike followed at the 2023-11-01 and 2023-12-13 meetings, which the key does not judge).", ref="2023-09-20"),
        C("the two remaining meetings this year", "FEDFUNDS", "remaining_meetings_count", 2, "count",
          "[d.date().isoformat() for d in fomc_meetings().date if ts('2023-09-21') <= d <= ts('2023-12-31')]",
          "supported", "count", "FOMC decision days after 2023-09-20 in 2023: 2023-11-01 and 2023-12-13.", ref="2023-09-20"),
        C("For the second time this year", "FEDFUNDS", "holds_count_ytd", 2, "count", "fomc_holds('2023-01-01','2023-09-20')",
          "supported", "count", "2023 FOMC decisions without a change in the range: 2023-06-14 and 2023-09-20 (hikes on 02-01, 03-22, 05-03, 07-26).", ref="2023-09-20"),
        C("range of 5.25% to 5.5%", "FEDFUNDS", "target_range", [5.25, 5.5], "percent",
          "[fed_range('2023-09-19'), fed_range('2023-09-21')]", "supported", "fed",
          "DFEDTARL/DFEDTARU 5.25/5.50 before and after the 2023-09-20 decision.", ref="2023-09-20", basis="decision"),
        C("jumped 7.3%", "VIX", "daily_pct_change", 7.3, "percent", "pct_change('VIX','2023-09-20')", A, "1dp", "14.11 -> 15.14: +7.30%.", ref="2023-09-20", win="1d"),
        C("to 15.13", "VIX", "close_level", 15.13, "index_points", "close('VIX','2023-09-20')", A, "2dp_level",
          "CBOE close 15.14; 15.13 is within the 0.025 tolerance.", ref="2023-09-20"),
        C("rose 0.6%", "US10Y", "yield_pct_change", 0.6, "percent", "(rate_on('DGS10','2023-09-20') / rate_on('DGS10','2023-09-19') - 1) * 100",
          "contradicted", "ordering", "End-of-day DGS10: 2023-09-19 4.37, 2023-09-20 4.35: the yield fell 0.46% (-2 bp), so a rise is contradicted on the files' basis. The agency's 4.393% looks like an afternoon quote after the Fed statement.", ref="2023-09-20", basis="end of day"),
        C("4.393%", "US10Y", "yield_level", 4.393, "percent", "rate_on('DGS10','2023-09-20')", A, "3dp",
          "DGS10 2023-09-20: 4.35 (end of day); 4.393 is 0.043 above, about 1% of the level.", ref="2023-09-20", basis="end of day"),
    ]))

# ---------------------------------------------------------------- 17
P.append(dict(
    id="nasdaq_20231019_powell_yields_rut_red",
    source=dict(site="nasdaq.com", url="https://www.nasdaq.com/articles/markets-struggle-with-bond-yields-fed-chair-and-earnings",
                original_outlet="Nasdaq.com (Zacks commentary)"),
    published="2023-10-19", conf="exact",
    pnote="Dated 2023-10-19 (Thursday) on the page; closing figures plus intraday bond-yield commentary for that session.",
    text=("Markets opened Thursday looking fairly healthy, apart from the small-cap Russell 2000, which keeps "
          "getting rattled by ever-higher bond yields, but they swooned in the early afternoon after Fed Chair "
          "Jerome Powell suggested monetary policy might need to be tightened again. The indexes ended near "
          "their session lows: the Dow lost 250 points, -0.75%, the S&P 500 fell -0.85%, the Nasdaq gave up "
          "128 points, -0.96%, and the Russell dropped -1.5% on the day. Powell said inflation is still too "
          "high and that policy, at 5.25-5.50%, the highest in 16 years, is not too tight. That helped lift "
          "expectations to 40% that another 25 basis point hike will come at the next FOMC meeting on October "
          "31st and November 1st. The 10-year yield climbed all the way to 4.996% today, the nearest it has come "
          "to 5% since 2007, the last time it crossed that line. A guaranteed return like that on a bond looks "
          "increasingly attractive, especially to holders of riskier small-cap stocks, which is why the Russell "
          "has sold off more than the other indexes, not just today but for a while. Year to date, it's now the "
          "only major index in the red."),
    claims=[
        C("lost 250 points", "DJI", "daily_point_change", -250, "index_points", "point_change('DJI','2023-10-19')", A, "int",
          "33665.08 -> 33414.17: -250.91, which rounds to 251 (truncated).", ref="2023-10-19", win="1d"),
        C("-0.75%", "DJI", "daily_pct_change", -0.75, "percent", "pct_change('DJI','2023-10-19')", A, "2dp", "", ref="2023-10-19", win="1d"),
        C("-0.85%", "SPX", "daily_pct_change", -0.85, "percent", "pct_change('GSPC','2023-10-19')", A, "2dp", "4314.60 -> 4278.00.", ref="2023-10-19", win="1d"),
        C("128 points", "IXIC", "daily_point_change", -128, "index_points", "point_change('IXIC','2023-10-19')", A, "int", "13314.30 -> 13186.18: -128.12.", ref="2023-10-19", win="1d"),
        C("-0.96%", "IXIC", "daily_pct_change", -0.96, "percent", "pct_change('IXIC','2023-10-19')", A, "2dp", "", ref="2023-10-19", win="1d"),
        C("-1.5% on the day", "RUT", "daily_pct_change", -1.5, "percent", "pct_change('RUT','2023-10-19')", A, "1dp", "1728.81 -> 1702.70: -1.51%.", ref="2023-10-19", win="1d"),
        C("at 5.25-5.50%", "FEDFUNDS", "target_range", [5.25, 5.5], "percent", "fed_range('2023-10-19')", "supported", "fed",
          "DFEDTARL/DFEDTARU on 2023-10-19: 5.25/5.50.", ref="2023-10-19"),
        C("the highest in 16 years", "FEDFUNDS", "rate_high_since_years", 16, "years", "fed_top_high_since('2023-10-19')",
          "imprecise", "since", "The 5.50% top (effective 2023-07-27) was last matched in March 2001 (DFEDTAR 5.50 through 2001-03-19): the highest in about 22 years. '16 years' (since 2007, when the top was 5.25%) is true but understated: a later X.", ref="2023-10-19"),
        C("expectations to 40%", "FEDFUNDS", "implied_hike_odds", 40, "percent", None,
          "unverifiable", "unver", "Futures-implied odds for the 2023-11-01 meeting; ZQ_futures.csv holds only contracts from July 2026.", ref="2023-10-19"),
        C("another 25 basis point hike", "FEDFUNDS", "expected_hike_size_bp", 25, "basis_points", None,
          "forecast", "forecast", "The size of a possible hike at the 2023-11-01 meeting; a market expectation, not judged against the outcome (the Fed held).", ref="2023-11-01"),
        C("October 31st and November 1st", "FEDFUNDS", "next_meeting_date", "2023-11-01", "date",
          "[d.date().isoformat() for d in fomc_meetings().date if d > ts('2023-10-19')][0]", "supported", "date",
          "Next FOMC decision day after 2023-10-19: 2023-11-01 (the meeting ran October 31-November 1).", ref="2023-10-19"),
        C("4.996%", "US10Y", "intraday_yield_high", 4.996, "percent", "rate_on('DGS10','2023-10-19')", "unverifiable", "mid",
          "An intraday yield; the files hold end-of-day yields only (DGS10 4.98 on 2023-10-19).", ref="2023-10-19", basis="intraday"),
        C("the nearest it has come to 5% since 2007", "US10Y", "highest_since", "2007", "year", "rate_since('DGS10','2023-10-19')",
          "supported", "since", "End-of-day basis: DGS10 4.98 on 2023-10-19, the highest since 2007-07-19 (5.04); the intraday 4.996% itself is not in the files.", ref="2023-10-19", basis="end of day"),
        C("the last time it crossed that line", "US10Y", "last_above_5pct", "2007", "year",
          "(lambda s: s[(s.index < ts('2023-10-19')) & (s >= 5)].index[-1].date().isoformat())(rate('DGS10'))",
          "supported", "since", "Last end-of-day 10-year yield at or above 5% before 2023-10-19: 2007-07-19 (5.04).", ref="2023-10-19", basis="end of day"),
        C("only major index in the red", "RUT", "ytd_only_negative", True, "flag",
          "[round(ytd(t,'2023-10-19'), 2) for t in ('RUT','GSPC','IXIC','DJI')]", "supported", "ordering",
          "YTD on 2023-10-19: RUT -3.32%, S&P 500 +11.42%, Nasdaq +25.98%, Dow +0.81%.", ref="2023-10-19", win="YTD"),
    ]))

# ---------------------------------------------------------------- 18
P.append(dict(
    id="firstmerchants_20240910_worst_week_small_caps",
    source=dict(site="firstmerchants.com",
                url="https://firstmerchants.com/resources/learn/blogs/blog-detail/weekly-investment-perspectives/2024/09/10/weekly-investment-perspective-september-10-2024",
                original_outlet="First Merchants Private Wealth"),
    published="2024-09-10", conf="exact",
    pnote="Dated 2024-09-10 in the URL (Tuesday); 'last week' is the holiday-shortened week of 2024-09-03 to 2024-09-06, measured from the 2024-08-30 close.",
    text=("U.S. stock indexes suffered some of their steepest weekly losses in more than a year last week: the "
          "NASDAQ lost nearly 6%, the S&P 500 fell more than 4% and the Dow slid almost 3%. Technology shares "
          "were hit especially hard on fresh doubts about how quickly artificial intelligence will pay off, and "
          "crude oil slumped on worries about demand in the United States and China. The turbulence was most "
          "pronounced in U.S. small caps, which trailed large caps by a wide margin: the Russell 2000 Index, a "
          "small-cap benchmark, dropped nearly 6%, sinking to its lowest level since August 14. Softer economic "
          "data, led by another disappointing monthly jobs report and a manufacturing gauge that stayed in "
          "contraction, added to the volatility. Earlier in the year bad economic news was often read as good "
          "news for markets because it pointed to rate cuts; with inflation cooling and cuts now expected, "
          "weak data is increasingly being taken at face value."),
    claims=[
        C("steepest weekly losses in more than a year", "SPX", "worst_week_since", "more than a year", "years",
          "(lambda w: w[(w.index < ts('2024-09-06')) & (w <= w.loc[ts('2024-09-06')])].index[-1].date().isoformat())(col('GSPC').resample('W-FRI').last().pct_change() * 100)",
          "supported", "since_move", "S&P 500 week -4.25%: the last week at least as bad ended 2023-03-10 (-4.55%), about 18 months earlier. Nasdaq -5.77%: last as bad 2022. Dow -2.93%: last as bad 2023-03-10 week (-4.44%).", ref="2024-09-06", win="week"),
        C("lost nearly 6%", "IXIC", "weekly_pct_change", -6, "percent", "wtd('IXIC','2024-09-06')", A, "nearly",
          "17713.62 (2024-08-30) -> 16690.83: -5.77%.", q="nearly", ref="2024-09-06", win="week"),
        C("fell more than 4%", "SPX", "weekly_pct_change", -4, "percent", "wtd('GSPC','2024-09-06')", A, "more",
          "5648.40 -> 5408.42: -4.25%.", q="more than", ref="2024-09-06", win="week"),
        C("slid almost 3%", "DJI", "weekly_pct_change", -3, "percent", "wtd('DJI','2024-09-06')", A, "nearly",
          "-2.93%.", q="almost", ref="2024-09-06", win="week"),
        C("dropped nearly 6%", "RUT", "weekly_pct_change", -6, "percent", "wtd('RUT','2024-09-06')", A, "nearly",
          "-5.69%.", q="nearly", ref="2024-09-06", win="week"),
        C("lowest level since August 14", "RUT", "lowest_close_since", "2024-08-14", "date", "lowest_since('RUT','2024-09-06')",
          "supported", "since", "RUT close 2024-09-06 is the lowest since 2024-08-14 (the last close at or below it).", ref="2024-09-06"),
    ]))
