"""Passage and claim specifications, part 1 (small-cap / Russell 2000 pieces).

Each claim: (ticker, metric, value, unit, qualifier, ref_date, window, comparison, basis,
             expr, decimals, verdict, rule, note, anchor, detail)
`expr` is the reference.py expression (None when nothing in the files computes the claim).
"""

R_INT = "unhedged integer: |true-claim| <= 0.5"
R_1DP = "unhedged 1-decimal figure: |true-claim| <= 0.05 + 0.02 slack"
R_2DP = "unhedged 2-decimal figure: |true-claim| <= 0.005 + 0.02 slack"
R_LVL = "index/ETF level to 2 dp: |true-claim| <= 0.025"
R_ABOUT = "about/around/roughly/approximately: within one unit of the last stated digit (+0.02)"
R_NEARLY = "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit"
R_MORE = "more than/over/above: true > claim"
R_LESS = "less than/within: true < claim"
R_ASMUCH = "as much as (session extreme): within one unit of the last stated digit"
R_SINCE = "highest/lowest since X: X must be the last session with a value at least as extreme, or the first session after it; a later X is imprecise, an earlier X contradicted"
R_BIGSINCE = "biggest/worst since X: X must be the last day with a move at least as large"
R_REC = "record: above every earlier close (intraday record: every earlier high) in the file"
R_RANK = "ranks count all moves in the file up to that day"
R_STREAK = "streaks and counts use daily closes"
R_ORDER = "ordering/comparison of computed values"
R_MID = "mid-session figure: unverifiable unless the value lies outside the session's low-high range (then imprecise or contradicted)"
R_MIDBOUND = "bound claim on a mid-session figure: supported when both the close and the session extreme satisfy it"
R_OWN = "a figure computed from a level the passage itself states is judged on that arithmetic"
R_FED = "Fed: DFEDTARU/DFEDTARL change on the effective date, the day after the decision; FOMC_meetings.csv gives decision days"
R_YLD = "yields: FRED end-of-day constant-maturity yields"
R_UNV_SERIES = "unverifiable: series not in the files"
R_UNV_TR = "unverifiable: total-return figure where only a price index exists"
R_UNV_WIN = "unverifiable: window not stated"
R_UNV_INTRA_YLD = "unverifiable: intraday yield events cannot be checked against end-of-day yields"
R_FC = "forecast: a projection; never judged against what happened"
R_NC = "not_checkable: conditional, on pace/on track, rule of thumb, quoted opinion or generic statement"
IMP = ("; imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures "
       "(<= 1% for index levels, <= 20% for point changes, point distances and counts); otherwise contradicted")


def C(ticker, metric, value, unit, ref_date, expr, dec, verdict, rule, note, anchor,
      qualifier=None, window=None, comparison=None, basis="close", detail=""):
    return dict(index_or_ticker=ticker, metric=metric, value=value, unit=unit, qualifier=qualifier,
                ref_date=ref_date, window=window, comparison=comparison, basis=basis,
                expr=expr, dec=dec, verdict=verdict, rule=rule, note=note, anchor=anchor, detail=detail)


PASSAGES = []

# ---------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="investing_20220208_rut_bear_market",
    source=dict(site="m.investing.com",
                url="https://m.investing.com/analysis/chart-of-the-day-russell-2000-to-continue-sinking-into-bear-market-territory-200617452?ampMode=1",
                original_outlet="Investing.com"),
    published="2022-02-08", published_confidence="exact",
    published_note="Page dated Feb 08, 2022 09:29AM ET (before the open). The figures are about the record closes of Nov 2021 / Jan 2022 and the Jan 27, 2022 close.",
    text=("Chart of the Day, Feb. 8, 2022: Small-cap stocks and their main gauge, the Russell 2000, have had a rough ride ever since the "
          "pandemic began in 2020. First megacap growth names were all the rage; then, just as the value shares that fill the Russell 2000 "
          "looked set to profit from the reflation trade late last year, the Federal Reserve pivoted toward rate hikes, signalling that the "
          "first increases would come in 2022, and small caps were pummeled again.\n\n"
          "Of the four main US indices, the Dow Jones, S&P 500, NASDAQ and Russell 2000, only the small cap index has slipped into bear "
          "market territory. That happened when the benchmark fell 20.94% between its Nov. 8 record close and its closing price on Jan. 27.\n\n"
          "For reference, the second worst-performer has been the NASDAQ 100, which fell 15.1% from its Jan. 4 record to its Jan. 27 close. "
          "The SPX dropped just 9.8% over a similar stretch, between its Jan. 3 record and Jan. 27 low, not even entering correction "
          "territory, which starts at -10.00%. By these measures the mega cap Dow has held up best, retreating just 7.24% between its Jan. 4 "
          "record and Jan. 27 close.\n\n"
          "Why the lag? Small caps are sensitive to rising labor costs and climbing inflation, they lack the accounting flexibility of the "
          "multinationals in the Dow, and as domestic companies with little global exposure they are more exposed to the economic cycle. "
          "JPMorgan strategist Marko Kolanovic has called beaten-down small caps a buy. We don't agree: the 20% drop from the record that "
          "put the index in a bear market is likely to sour sentiment, and the technicals point the same way."),
    claims=[
        C("RUT", "drawdown_from_record_close", 20.94, "percent", "2022-01-27", "pct_below_record('RUT','2022-01-27')", 2,
          "supported", R_2DP, "Record close 2442.74 on 2021-11-08, close 1931.29 on 2022-01-27: 20.94% below.", "20.94%",
          window="2021-11-08..2022-01-27"),
        C("RUT", "record_close_date", "2021-11-08", "date", "2022-01-27", "record_before('RUT','2022-01-27')[0]", 2,
          "supported", R_REC, "The Russell 2000 record close (2442.74) is 2021-11-08.", "Nov. 8 record close"),
        C("RUT", "only_index_in_bear_market", True, "list", "2022-01-27",
          "[round(pct_below_record(t,'2022-01-27'),2) for t in ('RUT','DJI','GSPC','IXIC')]", 2,
          "supported", R_ORDER + "; a bear market is a close at least 20% below the record",
          "Distances below the record close on Jan 27: RUT 20.94, Dow 7.17, S&P 500 9.80, Nasdaq Composite 16.84; only the Russell 2000 is 20% or more below.",
          "only the small cap index has slipped into bear market territory", comparison="DJI,GSPC,IXIC"),
        C("NDX", "drawdown_from_record_close", 15.1, "percent", "2022-01-27", "pct_below_record('NDX','2022-01-27')", 2,
          "imprecise", R_1DP + IMP,
          "From the true record close (16573.34 on 2021-11-19) the Nasdaq-100 was 15.51% lower on Jan 27; error 0.41 pp. Measured from the Jan 4 close (16279.73) the fall is 13.98%, which does not give 15.1 either.",
          "15.1%", window="record..2022-01-27"),
        C("NDX", "record_close_date", "2022-01-04", "date", "2022-01-27", "record_before('NDX','2022-01-27')[0]", 2,
          "contradicted", R_REC,
          "Wrong record date: the Nasdaq-100 record close is 2021-11-19 (16573.34) and the intraday record 2021-11-22 (16764.86); Jan 4, 2022 closed at 16279.73, not a record. Rows: NDX 2021-11-19 close 16573.34; 2022-01-04 close 16279.73 (below the Nov 19 close).",
          "from its Jan. 4 record to its Jan. 27 close"),
        C("NDX", "rank_by_drawdown", 2, "rank", "2022-01-27",
          "[t for t in sorted(('RUT','NDX','GSPC','DJI'), key=lambda t: -pct_below_record(t,'2022-01-27'))]", 2,
          "supported", R_ORDER,
          "Among the four indexes the piece compares (RUT 20.94, NDX 15.51, SPX 9.80, Dow 7.17) the Nasdaq-100 is second worst. The Nasdaq Composite (16.84) would rank second if it replaced the NDX.",
          "the second worst-performer has been the NASDAQ 100"),
        C("SPX", "drawdown_from_record_close", 9.8, "percent", "2022-01-27", "pct_below_record('GSPC','2022-01-27')", 2,
          "supported", R_1DP,
          "Record close 4796.56 on 2022-01-03, Jan 27 close 4326.51: 9.80% lower. The Jan 27 intraday low (4309.50) gives 10.15%; the text's 'low' is the closing low.",
          "9.8%", window="2022-01-03..2022-01-27"),
        C("SPX", "record_close_date", "2022-01-03", "date", "2022-01-27", "record_before('GSPC','2022-01-27')[0]", 2,
          "supported", R_REC, "S&P 500 record close 4796.56 on 2022-01-03.", "Jan. 3 record"),
        C("SPX", "in_correction", False, "flag", "2022-01-27", "pct_below_record('GSPC','2022-01-27') >= 10", 2,
          "supported", "correction: a close at least 10% below the highest close of the previous 52 weeks",
          "9.80% below the record on a closing basis: not a correction (only the intraday low was 10.15% below).",
          "not even entering correction territory"),
        C("DJI", "drawdown_from_record_close", 7.24, "percent", "2022-01-27", "pct_below_record('DJI','2022-01-27')", 2,
          "imprecise", R_2DP + IMP,
          "Record close 36799.65 on 2022-01-04, Jan 27 close 34160.78: 7.17% lower; 7.24 is 0.07 pp off. The Jan 27 intraday low gives 7.59%.",
          "7.24%", window="2022-01-04..2022-01-27"),
        C("DJI", "record_close_date", "2022-01-04", "date", "2022-01-27", "record_before('DJI','2022-01-27')[0]", 2,
          "supported", R_REC, "Dow record close 36799.65 on 2022-01-04.", "between its Jan. 4 record"),
        C("FEDFUNDS", "first_hike_year", 2022, "year", "2022-03-16", "fomc_rate_changes('2021-01-01','2022-12-31')[0]", 0,
          "supported", R_FED, "The Fed's first increase of the cycle came on 2022-03-16 (+25 bp), in 2022 as signalled.",
          "the first increases would come in 2022"),
        C("RUT", "drawdown_from_record_close", 20, "percent", "2022-01-27", "pct_below_record('RUT','2022-01-27')", 2,
          "supported", "bear market: a close at least 20% below the record", "Restates the 20.94% fall from the record close.",
          "the 20% drop from the record"),
    ]))

# ---------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id="yahoofinance_20240718_rut_rally_stalls",
    source=dict(site="theusatraders.com", url="https://theusatraders.com/archives/163531", original_outlet="Yahoo Finance"),
    published="2024-07-18", published_confidence="high",
    published_note="inferred: the text is written during a Thursday session after a 'Wednesday' decline, cites a UBS note 'on Thursday' and the July 11-16 rally; the files match Thu 2024-07-18 (RUT -1.85% at the close, session low -2.23%).",
    text=("Small-cap debate continues as the Russell 2000 rally stalls\n\n"
          "One of Wall Street's favourite calls for 2024 has finally taken the lead. Small caps, which badly trailed the broader market "
          "for the first six months of the year, have soared over the past week after a better-than-expected June inflation reading left "
          "markets more hopeful about Federal Reserve rate cuts. In the past month the small-cap Russell 2000 (^RUT) has gained about 8%, "
          "far ahead of the S&P 500's less than 1% over the same period.\n\n"
          "On Thursday, however, the move showed signs of running out of steam. The Russell 2000 dropped more than 2%, extending losses "
          "from Wednesday's trading session, and strategists are now debating whether the rally can go further. \"We think there is room "
          "for the rotation into low quality to persist if rate cuts remain priced and the Trump 2.0 trade carries on ahead of US "
          "elections,\" UBS strategist Maxwell Grinacoff told clients on Thursday, naming further cooling in inflation and steady growth "
          "data as the keys.\n\n"
          "From the day of the latest inflation print on July 11 through July 16, the small-cap run was historic. As investors priced in a "
          "100% chance of a Fed cut in September, the Russell 2000 rose more than 11% in five trading days, including a more than 3% bounce "
          "on Tuesday alone. According to Bespoke Investment Group, that was the largest outperformance over the S&P 500 in a five-day "
          "period on record. DataTrek co-founder Nicholas Colas said the action shows that \"investor sentiment has shifted dramatically "
          "and the move very likely has further to run.\""),
    claims=[
        C("RUT", "relative_performance_first_half", True, "flag", "2024-06-28",
          "[round(ytd('RUT','2024-06-28'),2), round(ytd('GSPC','2024-06-28'),2)]", 2,
          "supported", R_ORDER, "First half of 2024: Russell 2000 +1.02%, S&P 500 +14.48%.",
          "badly trailed the broader market", window="2023-12-29..2024-06-28", comparison="SPX"),
        C("RUT", "one_month_return", 8, "percent", "2024-07-18", "ret('RUT','2024-06-18','2024-07-18')", 2,
          "unverifiable", R_UNV_WIN + "; mid-session figure",
          "'In the past month' is not pinned down and the story is written mid-session: one month to the Jul 18 close gives 8.55%, Jun 17 to the Jul 17 close 10.76%.",
          "has gained about 8%", qualifier="about", window="past month", basis="midday"),
        C("SPX", "one_month_return", 1, "percent", "2024-07-18", "ret('GSPC','2024-06-18','2024-07-18')", 2,
          "unverifiable", R_UNV_WIN + "; mid-session figure",
          "One month to the Jul 18 close: +1.05%; Jun 17 to Jul 17: +2.10%. Neither reading is below 1%, but the window is not stated and the figure is intraday.",
          "less than 1% over the same period", qualifier="less than", window="past month", basis="midday"),
        C("RUT", "daily_pct_change", -2, "percent", "2024-07-18", "pct_change('RUT','2024-07-18')", 2,
          "unverifiable", R_MID,
          "Thursday mid-session: the close was -1.85%, but the session low (2189.63) was -2.23% below Wednesday's close, so 'more than 2%' was true during the session.",
          "dropped more than 2%", qualifier="more than", basis="midday",
          detail="session range -2.23% .. +0.96% vs 2239.67"),
        C("RUT", "daily_pct_change", -1, "direction", "2024-07-17", "pct_change('RUT','2024-07-17')", 2,
          "supported", R_ORDER, "Wednesday 2024-07-17: RUT -1.06%, so Thursday extended Wednesday's losses.",
          "extending losses from Wednesday's trading session"),
        C("RUT", "multi_day_return", 11, "percent", "2024-07-16", "ret('RUT','2024-07-09','2024-07-16')", 2,
          "supported", R_MORE,
          "Five trading days Jul 10-16 (close Jul 9 2029.47 to close Jul 16 2263.67): +11.54%. Counting from the Jul 10 close (the eve of the CPI print) the four sessions give +10.33%.",
          "rose more than 11% in five trading days", qualifier="more than", window="5 sessions to 2024-07-16"),
        C("RUT", "daily_pct_change", 3, "percent", "2024-07-16", "pct_change('RUT','2024-07-16')", 2,
          "supported", R_MORE, "Tuesday 2024-07-16: +3.50%.", "more than 3% bounce", qualifier="more than"),
        C("RUT", "five_day_outperformance_rank", 1, "rank", "2024-07-16", "rel_window_rank('RUT','GSPC','2024-07-16',5)", 0,
          "supported", R_RANK,
          "Five-session RUT minus S&P 500 return to Jul 16: 9.92 pp, the largest in the file (next: 1987-10-19 8.86, 2020-03-25 8.80). Bespoke's history starts in 1979; the file's RUT starts in 1987.",
          "largest outperformance over the S&P 500 in a five-day period on record", comparison="SPX"),
        C("FEDFUNDS", "futures_implied_probability", 100, "percent", "2024-07-16", None, 2,
          "unverifiable", "futures-implied odds: ZQ_futures.csv holds only contracts from July 2026",
          "The odds of a September 2024 cut cannot be computed from the files (the Fed did cut on 2024-09-18, but odds are never judged on the outcome).",
          "100% chance"),
        C("QUOTE", "quoted_opinion", None, "text", "2024-07-18", None, 2,
          "not_checkable", R_NC, "DataTrek's view that the move has further to run is a quoted opinion.",
          "very likely has further to run"),
    ]))
