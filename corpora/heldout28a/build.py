"""Build passages.jsonl, key.jsonl and recipes.json for the heldout28a corpus.

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
Every computed_value is produced by evaluating the recipe expression with the helpers of
reference.py; verdicts, rules and notes are the curator's judgement written here.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

P = []  # passages


def passage(pid, site, url, outlet, published, conf, note, text):
    P.append(dict(id=pid, source=dict(site=site, url=url, original_outlet=outlet), published=published,
                  published_confidence=conf, published_note=note, text_kind="condensed_close_paraphrase",
                  text=text, claims=[]))


def C(tick, metric, value, unit, qualifier, ref_date, window, comparison, basis, recipe, detail, verdict, rule, note,
      anchor):
    P[-1]["claims"].append(dict(index_or_ticker=tick, metric=metric, value=value, unit=unit, qualifier=qualifier,
                                ref_date=ref_date, window=window, comparison=comparison, basis=basis,
                                _recipe=recipe, _detail=detail, _verdict=verdict, _rule=rule, _note=note,
                                _anchor=anchor))


S = "supported"; I = "imprecise"; X = "contradicted"; U = "unverifiable"; F = "forecast"; N = "not_checkable"

# ---------------------------------------------------------------- 1
passage("inquirer_20130521_rut_tops_1000", "inquirer.com",
        "https://www.inquirer.com/philly/business/20130521_Small_firms_do_well_in_uncertain_market.html",
        "Philadelphia Inquirer (Associated Press)", "2013-05-21", "exact",
        "Date in the URL; the dateline story is about Monday's session, 2013-05-20 (a different outlet from an existing passage on that session).",
        "NEW YORK - Small-company stocks were the bright spot as Wall Street started the week slow and choppy. "
        "The Russell 2000, an index of small-company stocks, climbed above 1,000 points for the first time and finished higher Monday, "
        "even as the Dow Jones industrial average, the Standard & Poor's 500 index, and the Nasdaq composite index all edged lower. "
        "Smaller stocks are benefiting from their focus on the recovering United States and their lower exposure to recession-hit Europe, "
        "and a money manager said new highs for small stocks show the rally is broad. "
        "The Russell 2000 ended the day 1.70 points higher, or 0.2 percent, at 997.98, having climbed as high as 1001.50 at midday. "
        "The index is 17.5 percent higher for the year, a better performance than the Dow and the S&P 500. "
        "The major indexes swung between small gains and losses for most of Monday after closing Friday at record levels following four straight weeks of gains. "
        "The Dow closed down 19.12 points, or 0.1 percent, at 15,335.28.")
d = "2013-05-20"
C("RUT", "first_time_above_level", 1000, "points", None, d, None, None, "intraday high",
  "max_high_before('RUT','2013-05-20')", "highest high before 2013-05-20 = 996.47; session high 1001.50",
  S, "records (intraday: above every earlier high)", "No earlier session in the file traded above 1,000 (previous highest high 996.47 on 2013-05-17); the session high was 1001.50.", "climbed above 1,000 points for the first time")
C("RUT", "point_change", 1.70, "points", None, d, "1d", None, "close", "chg('RUT','2013-05-20')",
  "close 997.98, previous close 996.28", S, "unhedged 2 decimals", "", "1.70 points higher")
C("RUT", "pct_change", 0.2, "percent", None, d, "1d", None, "close", "pct('RUT','2013-05-20')", "997.98 / 996.28",
  S, "unhedged 1 decimal", "", "or 0.2 percent")
C("RUT", "close", 997.98, "points", None, d, None, None, "close", "close('RUT','2013-05-20')", "", S,
  "unhedged 2 decimals", "", "at 997.98")
C("RUT", "intraday_high", 1001.50, "points", "as high as", d, None, None, "intraday high (midday)",
  "high('RUT','2013-05-20')", "session range 994.30-1001.50", S, "as much as / as high as: session extreme",
  "The session high in the file equals the figure; the text places it at midday, which the file cannot time.", "as high as 1001.50")
C("RUT", "ytd_pct", 17.5, "percent", None, d, "YTD", None, "close", "ytd('RUT','2013-05-20')",
  "from the 2012-12-31 close 849.35", S, "unhedged 1 decimal", "", "17.5 percent higher for the year")
C("RUT", "ytd_outperforms", None, None, None, d, "YTD", "RUT > DJI and SPX", "close",
  "[ytd('RUT','2013-05-20'), ytd('DJI','2013-05-20'), ytd('SPX','2013-05-20')]", "YTD % RUT, DJI, SPX",
  S, "ordering", "17.50% against 17.03% (Dow) and 16.84% (S&P 500).", "a better performance than the Dow and the S&P 500")
C("DJI, SPX, IXIC", "direction", None, None, None, d, "1d", "all lower", "close",
  "[pct('DJI','2013-05-20'), pct('SPX','2013-05-20'), pct('IXIC','2013-05-20')]", "daily % changes", S,
  "direction", "All three closed lower (-0.12%, -0.07%, -0.07%).", "all edged lower")
C("DJI, SPX", "record_close", None, None, None, "2013-05-17", None, None, "close",
  "[is_record_close('DJI','2013-05-17'), is_record_close('SPX','2013-05-17')]",
  "DJI 15354.40 over earlier max 15275.69; SPX 1667.47 over 1658.78", S, "records (close)",
  "Friday 2013-05-17 was a record close for both indexes.", "closing Friday at record levels")
C("DJI, SPX", "weekly_win_streak", 4, "weeks", None, "2013-05-17", "weeks", None, "Friday closes",
  "[week_up_streak('DJI','2013-05-17'), week_up_streak('SPX','2013-05-17')]",
  "consecutive Friday-to-Friday gains ending 2013-05-17", S, "streaks use closes",
  "Both had exactly four weekly gains in a row (the week to 2013-04-19 was down).", "four straight weeks of gains")
C("DJI", "point_change", -19.12, "points", None, d, "1d", None, "close", "chg('DJI','2013-05-20')",
  "close 15335.28, previous 15354.40", S, "unhedged 2 decimals", "", "down 19.12 points")
C("DJI", "pct_change", -0.1, "percent", None, d, "1d", None, "close", "pct('DJI','2013-05-20')", "", S,
  "unhedged 1 decimal", "-0.12% rounds to -0.1%.", "or 0.1 percent, at")
C("DJI", "close", 15335.28, "points", None, d, None, None, "close", "close('DJI','2013-05-20')", "", S,
  "unhedged 2 decimals", "", "15,335.28")

# ---------------------------------------------------------------- 2
passage("invertiryespecular_20170822_rut_vs_spx_160_days", "invertiryespecular.com",
        "https://invertiryespecular.com/2017/08/22/la-relacion-sp500-vs-russell-2000",
        "Invertir y Especular (Spanish translation of a Bespoke Investment Group note)", "2017-08-22", "exact",
        "Date in the URL. The note describes the position after Monday's close, 2017-08-21 (160th session of 2017); a different outlet from an existing passage on that session.",
        "Un cuadro muestra el rendimiento acumulado en el año del S & P 500 y del Russell 2,000 en este punto de cada año desde 1979 "
        "(el punto inicial del Russell 2000), y cómo se comportaron ambos índices el resto del año. "
        "En este punto del año (160 días de negociación), 2017 es sólo el tercer año en el que el S & P 500 subió mientras el Russell 2.000 se redujo. "
        "También es el tercer peor año para el Russell 2,000 en términos relativos frente al S & P 500 en este punto del año. "
        "Hace apenas 3 años, en 2014, hubo un escenario muy parecido: a lo largo de 160 días de negociación en 2014 el S & P 500 subió un 7,47% "
        "frente al descenso del 0,53% del Russell 2,000. Ese año ambos índices ganaron desde el 21 de agosto hasta fin de año, "
        "con el Russell ligeramente por delante del S & P (+ 4,08% vs. + 3,64%). "
        "El otro año en que el S & P 500 subía en este punto mientras el Russell bajaba fue 1998, con un rezago del Russell más de 2x peor: "
        "el S & P 500 subía un 12,49% el 20 de agosto de 1998 y el Russell 2,000 bajaba 8,38%. "
        "Ese año el S & P 500 ganó otro 12,61% en el resto del año, mientras que el Russell sólo ganó otro 4,96%.")
C("RUT", "session_count", 160, "sessions", None, "2017-08-21", "YTD", None, "close",
  "sessions('RUT','2016-12-30','2017-08-21')", "sessions after the 2016-12-30 close through 2017-08-21", S,
  "counts (index difference)", "2017-08-21 is the 160th session of 2017.", "(160 días de negociación)")
C("SPX, RUT", "ytd_sign", None, None, None, "2017-08-21", "YTD", "SPX up, RUT down", "close",
  "[ytd('SPX','2017-08-21'), ytd('RUT','2017-08-21')]", "YTD % SPX, RUT", S, "direction",
  "S&P 500 +8.47%, Russell 2000 -0.02% (a 0.07% loss on the Monday left it just below the 2016 close).",
  "el S & P 500 subió mientras el Russell 2.000 se redujo")
C("SPX, RUT", "rank_of_year", 3, "rank", "sólo", "2017-08-21", "YTD after 160 sessions", "third year since 1979", "close",
  "years_spx_up_rut_down(160, 1988, 2016)", "years 1988-2016 with SPX up and RUT down after 160 sessions", U,
  "history before a file starts",
  "The Russell file starts 1987-09-10, so 1979-1987 cannot be checked; within 1988-2016 the file finds exactly 1998 and 2014, which fits 'third'.",
  "es sólo el tercer año")
C("SPX, RUT", "relative_rank", 3, "rank", None, "2017-08-21", "YTD", "third worst relative year", "close",
  None, "", U, "history before a file starts", "Needs 1979-1987 Russell data.", "el tercer peor año")
C("SPX", "ytd_pct", 7.47, "percent", None, "2014-08-20", "first 160 sessions of 2014", None, "close",
  "ytd('SPX','2014-08-20')", "160th session of 2014 = 2014-08-20", S, "unhedged 2 decimals", "", "subió un 7,47%")
C("RUT", "ytd_pct", -0.53, "percent", None, "2014-08-20", "first 160 sessions of 2014", None, "close",
  "ytd('RUT','2014-08-20')", "", S, "unhedged 2 decimals", "", "descenso del 0,53%")
C("RUT", "pct_change", 4.08, "percent", None, "2014-12-31", "2014-08-21 to year-end", None, "close",
  "pct_change('RUT','2014-08-20','2014-12-31')", "from the 2014-08-20 close (sessions 21 August onward)", S,
  "unhedged 2 decimals",
  "Matches when the 21 August session is included (start at the 20 August close). From the 21 August close it is 3.85%.",
  "+ 4,08%")
C("SPX", "pct_change", 3.64, "percent", None, "2014-12-31", "2014-08-21 to year-end", None, "close",
  "pct_change('SPX','2014-08-20','2014-12-31')", "from the 2014-08-20 close", S, "unhedged 2 decimals",
  "Same window reading as the Russell figure; from the 21 August close it is 3.34%.", "+ 3,64%")
C("SPX", "ytd_pct", 12.49, "percent", None, "1998-08-20", "YTD", None, "close", "ytd('SPX','1998-08-20')", "", S,
  "unhedged 2 decimals", "", "subía un 12,49%")
C("RUT", "ytd_pct", -8.38, "percent", None, "1998-08-20", "YTD", None, "close", "ytd('RUT','1998-08-20')",
  "from the 1997-12-31 close", I, "imprecise: within 20% and 2 pp",
  "The file gives -8.08%; the 0.30-point gap is outside the 2-decimal tolerance.", "bajaba 8,38%")
C("SPX", "pct_change", 12.61, "percent", None, "1998-12-31", "1998-08-20 to year-end", None, "close",
  "pct_change('SPX','1998-08-20','1998-12-31')", "", S, "unhedged 2 decimals", "", "otro 12,61%")
C("RUT", "pct_change", 4.96, "percent", None, "1998-12-31", "1998-08-20 to year-end", None, "close",
  "pct_change('RUT','1998-08-20','1998-12-31')", "", I, "imprecise: within 20% and 2 pp",
  "The file gives 5.04%; 0.08 points off is outside the 2-decimal tolerance.", "otro 4,96%")
C("SPX, RUT", "relative_gap_ratio", 2, "times", "more than", "1998-08-20", "YTD", "1998 gap > 2x 2017 gap", "close",
  "[ytd('SPX','1998-08-20') - ytd('RUT','1998-08-20'), ytd('SPX','2017-08-21') - ytd('RUT','2017-08-21')]",
  "SPX minus RUT YTD gap in 1998 and in 2017", S, "more than: true > claim",
  "20.56 pp in 1998 against 8.48 pp in 2017: 2.4 times.", "más de 2x peor")

# ---------------------------------------------------------------- 3
passage("kursiv_20240731_rut_nasdaq_july_gap", "kz.kursiv.media",
        "https://kz.kursiv.media/en/2024-07-31/gap-between-russell-2000-and-nasdaq-composite-nears-widest-since-2001/amp",
        "Kursiv (citing the Wall Street Journal, Reuters, CNBC)", "2024-07-31", "exact",
        "Date in the URL; the figures are through Tuesday's close, 2024-07-30 (a different outlet from an existing passage on that session).",
        "Gap between Russell 2000 and Nasdaq Composite nears widest since 2001. "
        "In July the Russell 2000 small-cap index has outrun the tech-heavy Nasdaq Composite by 12.7 percentage points, "
        "according to Dow Jones Market Data cited by the Wall Street Journal. If the trend holds to the end of trading today, "
        "the last day of the month, it will be the biggest monthly gap between the two indexes since February 2001. "
        "On Tuesday, July 30, the Russell 2000 rose 0.35%, while the Nasdaq Composite dropped almost 1.30%, a sign of the continuing rotation, the newspaper reports. "
        "Money has been moving out of Big Tech and into small caps for several weeks, after disappointing results from Tesla and Alphabet. "
        "Small caps could rise 15% in August, Tom Lee of Fundstrat Global Advisors recently suggested on CNBC. "
        "JPMorgan analysts recommend putting 5-10% of a portfolio in small caps, and Goldman Sachs' David Kostin noted last week that "
        "U.S. small caps showed the best relative returns over a rolling five-day period in at least 40 years.")
C("RUT, IXIC", "mtd_pct_gap", 12.7, "pp", None, "2024-07-30", "MTD (July)", "RUT minus IXIC", "close",
  "pct_change('RUT','2024-06-28','2024-07-30') - pct_change('IXIC','2024-06-28','2024-07-30')",
  "RUT +9.54%, IXIC -3.30% from the 2024-06-28 closes", I, "imprecise: within 20% and 2 pp",
  "The files give 12.84 pp; 0.14 off is outside the 1-decimal tolerance.", "12.7 percentage points")
C("RUT, IXIC", "biggest_monthly_gap_since", "2001-02", None, "if the trend holds", "2024-07-31", "month", None, "close",
  "pct_change('RUT','2024-06-28','2024-07-31') - pct_change('IXIC','2024-06-28','2024-07-31')",
  "full-month July gap (RUT +10.10%, IXIC -0.75%)", N, "conditional",
  "Conditional on the trend holding to the close; the full month ended with a 10.85 pp gap, so the condition did not fully hold.",
  "since February 2001")
C("RUT", "pct_change", 0.35, "percent", None, "2024-07-30", "1d", None, "close", "pct('RUT','2024-07-30')", "", S,
  "unhedged 2 decimals", "", "rose 0.35%")
C("IXIC", "pct_change", -1.30, "percent", "almost", "2024-07-30", "1d", None, "close", "pct('IXIC','2024-07-30')", "",
  I, "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit",
  "The drop was 1.28%, below the 1.29-1.305 band that 'almost 1.30%' allows.", "dropped almost 1.30%")
C("RUT", "forecast_pct", 15, "percent", "could", "2024-08-30", "August 2024", None, "close",
  "pct_change('RUT','2024-07-31','2024-08-30')", "August 2024 change, for the note only", F, "forecast",
  "A projection; for the record the index fell 1.63% in August.", "Small caps could rise 15% in August")
C("QUOTE", "allocation", "5-10", "percent", None, "2024-07-31", None, None, None, None, "", N, "quoted opinion",
  "Portfolio advice.", "5-10% of a portfolio")
C("RUT, SPX", "best_relative_5d", 40, "years", "at least", "2024-07-24", "rolling 5 sessions", None, "close", None, "",
  U, "history before a file starts",
  "40 years of Russell 2000 history reach back before the file starts (1987-09-10).", "in at least 40 years")

# ---------------------------------------------------------------- 4
passage("leuthold_20220205_rut_bear_market_spin", "research.leutholdgroup.com",
        "https://research.leutholdgroup.com/section/stock-market/articles/2022/02/05/two-ways-to-spin-the-russell-2000-bear-market.23440",
        "The Leuthold Group", "2022-02-05", "exact",
        "Date on the page and in the URL; the text looks back at the 2022-01-27 close (a different outlet from existing passages on that session).",
        "Two Ways To Spin The Russell 2000 \"Bear Market\" (Feb 5, 2022). "
        "At the market's January 27th close, headlines announced \"Russell 2000 Enters Bear Market.\" Not exactly, says the writer: "
        "if one accepts that a 20% decline is a bear market, then the bear actually began on November 9, 2021 - the day after the Russell 2000 peak. "
        "(Doug Ramsey, Chief Investment Officer & Portfolio Manager.)")
C("RUT", "pct_from_high", 20, "percent", "at least", "2022-01-27", None, None, "close", "pct_below_max_close('RUT','2022-01-27')",
  "close 1931.29 against the 2021-11-08 record close 2442.74", S, "at least: true >= claim",
  "20.94% below the record close: a bear market on the 20% rule.", "Russell 2000 Enters Bear Market")
C("RUT", "first_close_20pct_down", "2022-01-27", None, None, "2022-01-27", None, None, "close",
  "first_close_below('RUT','2021-11-08', 0.8, '2022-01-31')", "first close at least 20% under the peak close", S,
  "dates", "The January 27 close was the first at or beyond the 20% line, which is why the headlines came then.",
  "At the market's January 27th close")
C("RUT", "peak_date", "2021-11-08", None, None, "2022-01-27", None, None, "close",
  "argmax_close('RUT','2021-01-01','2022-01-27')", "highest close up to 2022-01-27", S, "records (close)",
  "The peak close (2442.74) was 2021-11-08.", "the Russell 2000 peak")
C("RUT", "bear_start_date", "2021-11-09", None, None, "2021-11-09", None, None, "close",
  "next_session('RUT','2021-11-08')", "session after the peak", S, "dates",
  "November 9, 2021 is the first session after the peak; dating the bear market from it is the writer's convention.",
  "began on November 9, 2021")

# ---------------------------------------------------------------- 5
passage("orion_20250929_rut_back_to_2021_levels", "orion.com",
        "https://orion.com/blog/wealth-management/weekly-wire-well-took-awhile",
        "Orion (Weekly Wire)", "2025-09-29", "medium",
        "Undated page; its figures are 'as of 9/25/2025' and its 'last week' S&P 500 move (-0.3%) is the week to Friday 2025-09-26, so it was published on or just after Monday 2025-09-29.",
        "Weekly Notes from Tim (Tim Holland, CFA, Chief Investment Officer). "
        "On November 8, 2021, the S&P 500 changed hands at 4,701; today it trades at 6,605. "
        "On November 8, 2021, the Nasdaq Composite changed hands at 15,982; today it trades at 22,385. "
        "On November 8, 2021, the Russell 2000, the benchmark for US small cap stocks, changed hands at 2,458; today it trades at 2,411 (all data as of 9/25/2025). "
        "The point: on September 18th the Russell 2000 hit 2,470, registering its first all-time high since trading at 2,458 in 2021. "
        "So over nearly four calendar years the S&P 500 and the Nasdaq gave investors gains of 40%+, while the Russell 2000 cost you a few points. "
        "Most blame economic uncertainty and higher borrowing costs: in November of 2021 the Fed Funds Rate was essentially 0% and the yield on the US 10 Year Note was 1.5%; "
        "then, as inflation took hold and the Fed raised rates quickly, the former rose to 5.3% and the latter to 5%, as we moved through 2023. "
        "Beyond the Russell 2000's recent strength - up 13% over the prior three months even with last week's stumble - a record for the index is a bullish sign for the market. "
        "Looking Back (Ben Vaske): markets took a modest step back last week, with the S&P 500 down 0.3%.")
C("SPX", "level", 4701, "points", None, "2021-11-08", None, None, "close", "close('SPX','2021-11-08')",
  "session range 4694.39-4714.92", I, "truncated figure",
  "Close 4701.70: '4,701' truncates it (rounding gives 4,702). Any intraday reading is inside the session range.", "changed hands at 4,701")
C("SPX", "level", 6605, "points", None, "2025-09-25", None, None, "close", "close('SPX','2025-09-25')", "", S,
  "unhedged integer", "", "trades at 6,605")
C("IXIC", "level", 15982, "points", None, "2021-11-08", None, None, "close", "close('IXIC','2021-11-08')", "", S,
  "unhedged integer", "", "changed hands at 15,982")
C("IXIC", "level", 22385, "points", None, "2025-09-25", None, None, "close", "close('IXIC','2025-09-25')", "", S,
  "unhedged integer", "", "trades at 22,385")
C("RUT", "level", 2458, "points", None, "2021-11-08", None, None, "close (text mixes intraday high)",
  "close('RUT','2021-11-08')", "session high 2458.86, close 2442.74", I, "index level within 1%",
  "The close was 2442.74 (0.6% lower); 2,458 is the truncated intraday high, itself a truncated figure. The other two indexes are quoted at their closes.",
  "changed hands at 2,458;")
C("RUT", "level", 2411, "points", None, "2025-09-25", None, None, "close", "close('RUT','2025-09-25')", "", S,
  "unhedged integer", "", "trades at 2,411")
C("RUT", "intraday_high", 2470, "points", None, "2025-09-18", None, None, "intraday high", "high('RUT','2025-09-18')",
  "close 2467.70", S, "unhedged integer (session extreme)", "Session high 2470.07.", "hit 2,470")
C("RUT", "record_since", "2021", None, None, "2025-09-18", None, "first all-time high since 2021", "intraday high",
  "[max_high_before('RUT','2025-09-18'), max_high_before_date('RUT','2025-09-18')]",
  "highest high before 2025-09-18", X, "highest/record since X: earlier X is contradicted",
  "On the intraday basis the text uses (2,470 against 2,458) the last record was 2466.49 on 2024-11-25, not 2021. "
  "On closes, 2025-09-18 (2467.70) was the first record close since 2021-11-08 (2442.74).",
  "first all-time high since trading at 2,458 in 2021")
C("SPX", "pct_change", 40, "percent", "more than", "2025-09-25", "2021-11-08 to 2025-09-25", None, "close",
  "pct_change('SPX','2021-11-08','2025-09-25')", "", S, "more than: true > claim", "+40.48%.", "gains of 40%+")
C("IXIC", "pct_change", 40, "percent", "more than", "2025-09-25", "2021-11-08 to 2025-09-25", None, "close",
  "pct_change('IXIC','2021-11-08','2025-09-25')", "", S, "more than: true > claim", "+40.06%.", "the S&P 500 and the Nasdaq gave")
C("RUT", "pct_change", None, "percent", None, "2025-09-25", "2021-11-08 to 2025-09-25", "negative (a few points)",
  "close", "pct_change('RUT','2021-11-08','2025-09-25')", "", S, "direction", "-1.30% close to close.",
  "cost you a few points")
C("FEDFUNDS", "rate", 0, "percent", "essentially", "2021-11-08", None, None, "effective", "rate('DFF','2021-11-08')",
  "target range 0-0.25 (DFEDTARU 0.25)", S, "about", "Effective rate 0.08%.", "essentially 0%")
C("FEDFUNDS", "rate_peak", 5.3, "percent", None, "2023-12-31", "2023", None, "effective", "max_rate('DFF','2023-01-01','2023-12-31')",
  "highest daily effective rate in 2023", S, "unhedged 1 decimal", "Peak 5.33%.", "rose to 5.3%")
C("US10Y", "yield", 1.5, "percent", None, "2021-11-08", None, None, "end of day", "rate('DGS10','2021-11-08')", "", S,
  "unhedged 1 decimal", "1.51% on 2021-11-08.", "10 Year Note was 1.5%")
C("US10Y", "yield_peak", 5, "percent", None, "2023-12-31", "2023", None, "end of day",
  "max_rate('DGS10','2023-01-01','2023-12-31')", "highest end-of-day 10-year yield of 2023 (2023-10-19)", S,
  "unhedged integer", "4.98% end of day; intraday 5% prints are not in the file.", "the latter to 5%")
C("RUT", "pct_change", 13, "percent", None, "2025-09-25", "3 months", None, "close",
  "pct_change('RUT','2025-06-25','2025-09-25')", "from the 2025-06-25 close", S, "unhedged integer", "+12.87%.",
  "up 13% over the prior three months")
C("SPX", "weekly_pct", -0.3, "percent", None, "2025-09-26", "week", None, "close",
  "pct_change('SPX','2025-09-19','2025-09-26')", "Friday to Friday", S, "unhedged 1 decimal", "-0.31%.",
  "with the S&P 500 down 0.3%")

# ---------------------------------------------------------------- 6
passage("seekingalpha_20181008_smallcap_underperformance", "seekingalpha.com",
        "https://seekingalpha.com/news/3395838-small-cap-underperformance-continues",
        "Seeking Alpha (news)", "2018-10-08", "exact",
        "Date on the page; a mid-session item on Monday 2018-10-08.",
        "Small-cap underperformance continues. The Dow and S&P 500 have turned green, but the Russell 2000 is still modestly lower for the session. "
        "What is wrong with the small caps? At summer's end, the Russell 2000 was comfortably ahead of the DJIA and S&P year-to-date, "
        "but it has dipped 6.5% in the five weeks since, while the Dow has added 2% and the S&P has stayed flat. "
        "At the moment, the DJIA and S&P are both up about 7% YTD, topping the Russell 2000 by roughly 200 basis points. "
        "Someone sees value, at least: Bloomberg reports Leonard Green hopes to raise as much as $2B for its first small-cap fund.")
C("DJI, SPX, RUT", "direction", None, None, None, "2018-10-08", "1d", "DJI, SPX up; RUT down", "mid-session",
  "[pct('DJI','2018-10-08'), pct('SPX','2018-10-08'), pct('RUT','2018-10-08')]", "close-basis daily % changes", U,
  "mid-session figure inside the session range",
  "At the close the Dow was +0.15%, the S&P 500 -0.04% and the Russell 2000 -0.16%; all three traded on both sides of unchanged, so the mid-session state cannot be checked.",
  "have turned green")
C("RUT, DJI, SPX", "ytd_ordering", None, None, None, "2018-08-31", "YTD", "RUT ahead of DJI and SPX", "close",
  "[ytd('RUT','2018-08-31'), ytd('DJI','2018-08-31'), ytd('SPX','2018-08-31')]", "YTD % on 2018-08-31", S, "ordering",
  "RUT +13.37% against Dow +5.04% and S&P +8.52%.", "ahead of the DJIA and S&P year-to-date")
C("RUT", "pct_change", -6.5, "percent", None, "2018-10-08", "since 2018-08-31", None, "mid-session",
  "pct_change('RUT','2018-08-31','2018-10-08')", "range over 2018-10-08: -7.13% to -6.14%", U,
  "mid-session figure inside the session range", "Close basis -6.39%; to the 2018-10-05 close -6.24%.", "dipped 6.5%")
C("DJI", "pct_change", 2, "percent", None, "2018-10-08", "since 2018-08-31", None, "mid-session",
  "pct_change('DJI','2018-08-31','2018-10-08')", "range over 2018-10-08: +0.99% to +2.17%", U,
  "mid-session figure inside the session range", "Close basis +2.01%.", "the Dow has added 2%")
C("SPX", "pct_change", 0, "percent", "flat", "2018-10-08", "since 2018-08-31", None, "mid-session",
  "pct_change('SPX','2018-08-31','2018-10-08')", "range over 2018-10-08: -1.36% to -0.42%", U,
  "mid-session figure inside the session range", "Close basis -0.59%; 'flat' is a loose word for it.", "the S&P has stayed flat")
C("DJI", "ytd_pct", 7, "percent", "about", "2018-10-08", "YTD", None, "mid-session", "ytd('DJI','2018-10-08')",
  "session range +6.08% to +7.32%", U, "mid-session figure inside the session range", "Close basis +7.15%.",
  "both up about 7% YTD")
C("SPX", "ytd_pct", 7, "percent", "about", "2018-10-08", "YTD", None, "mid-session", "ytd('SPX','2018-10-08')",
  "session range +7.05% to +8.07%", U, "mid-session figure inside the session range", "Close basis +7.89%.",
  "DJIA and S&P are both")
C("DJI, SPX, RUT", "ytd_gap", 200, "bp", "roughly", "2018-10-08", "YTD", "DJI and SPX minus RUT", "mid-session",
  "[ytd('DJI','2018-10-08') - ytd('RUT','2018-10-08'), ytd('SPX','2018-10-08') - ytd('RUT','2018-10-08')]",
  "close-basis gaps in pp", U, "mid-session figure",
  "At the close the gaps were 103 bp (Dow) and 176 bp (S&P 500); 'roughly 200' is within the rough band for the S&P only; intraday levels moved all three indexes.",
  "roughly 200 basis points")

# ---------------------------------------------------------------- 7
passage("ftserussell_201703_trump_bump_revisited", "russell.com",
        "http://russell.com/blog/index-idea-trump-bump-revisited-ftse-russell-index-analysis-shows-changing-contours-trump-rally",
        "FTSE Russell (blog / press note)", "2017-03", "medium",
        "Undated page; its latest window ends March 10 (2017) and it is copyright 2017, so it was published in March 2017.",
        "Index IDEA: Trump Bump Revisited. New research from index provider FTSE Russell finds that the US equity rally since election day, "
        "the \"Trump Bump,\" came with a change in market leadership. From the US election on November 8 through the presidential inauguration on January 20, "
        "US small caps led the rally, with a nearly 14% index return for the small cap Russell 2000 Index against a 7.3% return for the large cap Russell 1000 Index; "
        "value also led across cap tiers. From the inauguration on January 20 through March 10, large caps took the reins, the Russell 1000 returning 4.9% "
        "against a 1.6% return for the Russell 2000, and growth led value. Technology, the largest sector of the Russell 1000 Growth Index, is up 10.9% year-to-date, "
        "while Healthcare, the largest sector of the Russell 2000 Growth Index, is up 11.6% year-to-date.")
C("RUT", "pct_change", 14, "percent", "nearly", "2017-01-20", "2016-11-08 to 2017-01-20", None, "close (index return)",
  "pct_change('RUT','2016-11-08','2017-01-20')", "price, from the election-day close", S,
  "nearly: claim - 1 unit <= true <= claim + 0.5 unit",
  "Price return 13.11%; the total return is a little higher and also fits 'nearly 14%'.", "nearly 14% index return")
C("R1000", "pct_change", 7.3, "percent", None, "2017-01-20", "2016-11-08 to 2017-01-20", None, "close", None,
  "", U, "series not in the files", "Russell 1000 not in the files; the S&P 500 rose 6.16% (price).", "a 7.3% return")
C("RUT, SPX", "leadership", None, None, None, "2017-01-20", "2016-11-08 to 2017-01-20", "small caps led", "close",
  "[pct_change('RUT','2016-11-08','2017-01-20'), pct_change('SPX','2016-11-08','2017-01-20')]", "RUT, SPX %", S,
  "ordering (S&P 500 as the large-cap measure)", "13.11% against 6.16%.", "US small caps led the rally")
C("R1000", "pct_change", 4.9, "percent", None, "2017-03-10", "2017-01-20 to 2017-03-10", None, "close", None, "", U,
  "series not in the files", "Russell 1000 not in the files; S&P 500 +4.46% (price).", "returning 4.9%")
C("RUT", "pct_change", 1.6, "percent", None, "2017-03-10", "2017-01-20 to 2017-03-10", None, "close",
  "pct_change('RUT','2017-01-20','2017-03-10')", "from the inauguration-day close", X,
  "contradicted: off by more than 20% of the true value",
  "0.99% from the January 20 close (the end of the first window). Counting the January 20 session (from the January 19 close) gives 1.45%, and dividends add roughly 0.2 point, so only that reading comes near 1.6%.",
  "a 1.6% return for the Russell 2000")
C("RUT, SPX", "leadership", None, None, None, "2017-03-10", "2017-01-20 to 2017-03-10", "large caps led", "close",
  "[pct_change('RUT','2017-01-20','2017-03-10'), pct_change('SPX','2017-01-20','2017-03-10')]", "RUT, SPX %", S,
  "ordering (S&P 500 as the large-cap measure)", "0.99% against 4.46%.", "large caps took the reins")
C("R1000_GROWTH_TECH", "ytd_pct", 10.9, "percent", None, "2017-03-10", "YTD", None, None, None, "", U,
  "series not in the files", "Sector of a style index.", "up 10.9% year-to-date")
C("R2000_GROWTH_HEALTHCARE", "ytd_pct", 11.6, "percent", None, "2017-03-10", "YTD", None, None, None, "", U,
  "series not in the files", "Sector of a style index.", "up 11.6% year-to-date")

# ---------------------------------------------------------------- 8
passage("ftserussell_201707_small_cap_shift", "euromtsindex.com",
        "http://euromtsindex.com/blog/index-idea-us-small-cap-shift-2017",
        "FTSE Russell (blog, mirrored)", "2017-07", "medium",
        "Undated mirror of a FTSE Russell blog post; its data are 'as of July 7, 2017' and it speaks of the midway point of 2017.",
        "Index IDEA: US small cap shift in 2017. At the midway point in 2017, the US small cap market keeps up its 180 degree turn from 2016, as measured by the Russell 2000 Index. "
        "In 2016, Russell 2000 Index returns rose 21%, led clearly by value-oriented, defensive stocks amid the Brexit vote and the US presidential election. "
        "In 2017 year-to-date the tables have turned: the Russell 2000 Index has risen 5% in 2017 as of July 7, with the rise coming mostly from growth-oriented, dynamic small caps "
        "(source: FTSE Russell, Russell Index performance calculator, data as of July 7, 2017).")
C("RUT", "annual_return", 21, "percent", None, "2016-12-30", "2016", None, "total return",
  "pct_change('RUT','2015-12-31','2016-12-30')", "price return 2016", U, "total-return figure, price index only",
  "Price return 19.48%; the published 2016 total return (about 21.3%) would fit, but only the price index is in the file.", "returns rose 21%")
C("RUT", "ytd_pct", 5, "percent", None, "2017-07-07", "YTD", None, "total return", "ytd('RUT','2017-07-07')",
  "price YTD", U, "total-return figure, price index only",
  "Price YTD 4.33% (would be imprecise on price); the calculator's total return adds about 0.6 point.", "has risen 5% in 2017")
C("R2000_STYLE", "leadership", None, None, None, "2017-07-07", "2016 and 2017 YTD", "value led 2016, growth led 2017", None, None,
  "", U, "series not in the files", "Style indexes are not in the files.", "growth-oriented, dynamic small caps")

# ---------------------------------------------------------------- 9
passage("newsbreak_20210929_royce_small_vs_large", "newsbreak.com",
        "https://www.newsbreak.com/news/2387494525415/u-s-stock-futures-rebound-slightly-as-10-year-yield-s-run-eases-dow-futures-are-up-75-points",
        "Royce Investment Partners Q&A (via NewsBreak)", "2021-09-29", "exact",
        "Date on the page (2021-09-29); the quarter it discusses (3Q21) was not yet over.",
        "Are you concerned that the Russell 2000 Index underperformed the large-cap Russell 1000 Index for the second consecutive quarter? "
        "Not overly, the manager answers. Small caps and large caps have had remarkably similar returns, a gain of 32.5% for small caps and 32.7% for large caps, "
        "since February 20, 2020, just before the pandemic-induced down market. Large caps' recent outperformance looks like catch-up after they lagged small caps "
        "in the rally from the March 2020 lows, and it is common for small caps to pause or pull back within a full cycle. "
        "The last six months recalled a very similar flat six-month period in the second and third quarter of 2010, which followed a robust small cap recovery "
        "from the 2008-09 Financial Crisis. Many intra-cycle corrections have historically fallen in the 10-12% range.")
C("RUT, SPX", "quarterly_underperformance", 2, "quarters", None, "2021-09-28", "2Q21 and 3Q21 to date", "RUT below large caps", "close",
  "[pct_change('RUT','2021-03-31','2021-06-30') - pct_change('SPX','2021-03-31','2021-06-30'), pct_change('RUT','2021-06-30','2021-09-28') - pct_change('SPX','2021-06-30','2021-09-28')]",
  "RUT minus SPX, pp, 2Q21 and 3Q21 through 2021-09-28", S, "ordering (S&P 500 as the large-cap measure)",
  "Russell 1000 is not in the files; against the S&P 500 the Russell trailed by 4.1 pp in 2Q21 and 4.8 pp in 3Q21 to date.",
  "for the second consecutive quarter")
C("RUT", "pct_change", 32.5, "percent", None, "2021-09-28", "since 2020-02-20 (end not stated)", None, "total return",
  "pct_change('RUT','2020-02-20','2021-09-28')", "price, 2020-02-20 close to 2021-09-28 close", U,
  "unstated window end; total return", "Price change to 2021-09-28 is 31.47%; the end date and the return basis are not given.",
  "a gain of 32.5% for small caps")
C("R1000", "pct_change", 32.7, "percent", None, "2021-09-28", "since 2020-02-20 (end not stated)", None, "total return",
  "pct_change('SPX','2020-02-20','2021-09-28')", "S&P 500 price change, for the note", U, "series not in the files",
  "Russell 1000 not in the files; the S&P 500 price index rose 29.03% over the same span.", "32.7% for large caps")
C("RUT", "pct_change", 0, "percent", "flat", "2010-09-30", "2Q10 and 3Q10", None, "close",
  "pct_change('RUT','2010-03-31','2010-09-30')", "2010-03-31 close to 2010-09-30 close", S, "direction (flat)",
  "-0.37% over the two quarters: flat.", "flat six-month period in the second and third quarter of 2010")
C("GENERIC", "correction_size", "10-12", "percent", None, None, None, None, None, None, "", N, "rule of thumb",
  "Generic statement.", "in the 10-12% range")

# ---------------------------------------------------------------- 10
passage("gurufocus_20210331_indexes_lower_small_caps_gain", "gurufocus.com",
        "https://www.gurufocus.com/news/1390600/major-us-indexes-close-lower-tuesday", "GuruFocus", "2021-03-31", "exact",
        "Page dated 2021-03-31; the wrap covers Tuesday 2021-03-30.",
        "The Dow Jones Industrial Average closed at 33,066.96 on Tuesday with a loss of 104.41 points or -0.31%. "
        "The S&P 500 closed at 3,958.55 for a loss of 12.54 points or -0.32%. "
        "The Nasdaq Composite closed at 13,045.39 for a loss of 14.25 points or -0.11%. "
        "The VIX Volatility Index was lower at 19.61 for a loss of 1.13 points or -5.45%. "
        "The major U.S. indexes closed lower Tuesday, but small caps gained, as investors kept gauging the damage from the Archegos Capital liquidation. "
        "Yields also mattered: the 30-year Treasury yield reached a high of approximately 2.43% and the 10-year Treasury reached a high of around 1.76%.")
d = "2021-03-30"
for tk, lv, lva, pts, ptsa, pc_, pca, extra in [
        ("DJI", 33066.96, "closed at 33,066.96", -104.41, "loss of 104.41 points", -0.31, "or -0.31%", ""),
        ("SPX", 3958.55, "closed at 3,958.55", -12.54, "loss of 12.54 points", -0.32, "or -0.32%", ""),
        ("IXIC", 13045.39, "closed at 13,045.39", -14.25, "loss of 14.25 points", -0.11, "or -0.11%", "The file gives -14.26 (13045.39 - 13059.65); within the 2-decimal tolerance."),
        ("VIX", 19.61, "lower at 19.61", -1.13, "loss of 1.13 points", -5.45, "or -5.45%", "")]:
    C(tk, "close", lv, "points", None, d, None, None, "close", "close('%s','%s')" % (tk, d), "", S, "unhedged 2 decimals", "", lva)
    C(tk, "point_change", pts, "points", None, d, "1d", None, "close", "chg('%s','%s')" % (tk, d), "", S,
      "unhedged 2 decimals", extra, ptsa)
    C(tk, "pct_change", pc_, "percent", None, d, "1d", None, "close", "pct('%s','%s')" % (tk, d), "", S,
      "unhedged 2 decimals", "", pca)
C("RUT, DJI, SPX, IXIC", "direction", None, None, None, d, "1d", "small caps up, majors down", "close",
  "[pct('RUT','2021-03-30'), pct('DJI','2021-03-30'), pct('SPX','2021-03-30'), pct('IXIC','2021-03-30')]",
  "daily % changes", S, "direction", "Russell 2000 +1.72% while the three majors fell.", "but small caps gained")
C("US30Y", "intraday_yield_high", 2.43, "percent", "approximately", d, None, None, "intraday", None, "", U,
  "series not in the files", "No 30-year series in the files.", "approximately 2.43%")
C("US10Y", "intraday_yield_high", 1.76, "percent", "around", d, None, None, "intraday", "rate('DGS10','2021-03-30')",
  "end-of-day DGS10", U, "intraday yield event", "End-of-day 10-year yield 1.73%; intraday highs are not in the file.",
  "around 1.76%")

# ---------------------------------------------------------------- 11
passage("ftserussell_201505_us2000_factsheet", "russell.com",
        "http://www.russell.com/indexes/americas/indexes/fact-sheet.page?ic=US2000", "Russell Investments (index fact sheet)",
        "2015-05", "medium",
        "Fact-sheet page: monthly figures as of 2015-04-30 and a daily block as of 2015-05-22, so captured in late May 2015.",
        "Russell 2000 Index fact sheet, monthly as of April 30, 2015, data in USD. The index measures the small-cap segment of the U.S. equity universe, "
        "about 10% of the Russell 3000 by market capitalization, and is completely reconstituted annually. "
        "Total returns as of April 30, 2015 - Russell 2000: April -2.55, 3 month 5.03, YTD 1.65, 1 yr 9.71. "
        "Total returns as of May 22, 2015 - Russell 2000: daily -0.36, MTD 2.72, YTD 4.42, 1YR 13.90.")
C("RUT", "monthly_return", -2.55, "percent", None, "2015-04-30", "April 2015", None, "total return",
  "pct_change('RUT','2015-03-31','2015-04-30')", "price", U, "total-return figure, price index only",
  "Price return -2.61%.", "April -2.55")
C("RUT", "ytd_return", 1.65, "percent", None, "2015-04-30", "YTD", None, "total return", "ytd('RUT','2015-04-30')",
  "price", U, "total-return figure, price index only", "Price YTD 1.28%.", "YTD 1.65")
C("RUT", "daily_return", -0.36, "percent", None, "2015-05-22", "1d", None, "total return", "pct('RUT','2015-05-22')",
  "price", U, "total-return figure, price index only",
  "Price change -0.36%, equal to the figure; a one-day total return differs from price by at most that day's dividends, but the basis is total return.",
  "daily -0.36")
C("RUT", "mtd_return", 2.72, "percent", None, "2015-05-22", "MTD", None, "total return",
  "pct_change('RUT','2015-04-30','2015-05-22')", "price", U, "total-return figure, price index only", "Price MTD 2.63%.", "MTD 2.72")
C("RUT", "ytd_return", 4.42, "percent", None, "2015-05-22", "YTD", None, "total return", "ytd('RUT','2015-05-22')",
  "price", U, "total-return figure, price index only", "Price YTD 3.94%.", "YTD 4.42")
C("RUT", "one_year_return", 13.90, "percent", None, "2015-05-22", "1 year", None, "total return",
  "pct_change('RUT','2014-05-22','2015-05-22')", "price", U, "total-return figure, price index only", "Price 1-year 12.42%.", "1YR 13.90")

# ---------------------------------------------------------------- 12
passage("marketwired_20150213_small_caps_picked_up_steam", "marketwired.com",
        "http://www.marketwired.com/press-release/us-small-cap-stocks-picked-up-steam-15-russell-2000r-index-cboe-russell-2000-volatility-1991828.htm",
        "Russell Investments (press release via Marketwired)", "2015-02-13", "exact", "Dateline 'Feb 13, 2015'.",
        "SEATTLE, WA--(Marketwired - Feb 13, 2015) - U.S. small cap stocks seem to have gained momentum so far in 2015 relative to U.S. large caps, according to Russell Indexes. "
        "Small caps have underperformed large caps in 2015 as of February 9, but by less than in 2014. In 2014 the Russell 2000 Index returned 4.9% against a 13.2% return for the Russell 1000 Index. "
        "In 2015 as of February 9, the Russell 2000 Index has lost -0.7% against a -0.2% loss for the Russell 1000 Index. "
        "Relative volatility has trended lower: the ratio of the CBOE Russell 2000 Volatility Index (RVX) to the CBOE Volatility Index (VIX) peaked at 1.572 on December 2, 2014 "
        "(previous high 1.593 on July 23, 2014) and has averaged 1.18 in 2015 over the 26 trading days from January 2 through February 9.")
C("RUT", "annual_return", 4.9, "percent", None, "2014-12-31", "2014", None, "total return",
  "pct_change('RUT','2013-12-31','2014-12-31')", "price", U, "total-return figure, price index only",
  "Price return 3.53%; total return published at about 4.9%.", "Russell 2000 Index returned 4.9%")
C("R1000", "annual_return", 13.2, "percent", None, "2014-12-31", "2014", None, "total return", None, "", U,
  "series not in the files", "Russell 1000 not in the files (S&P 500 price +11.39%).", "a 13.2% return")
C("RUT", "ytd_return", -0.7, "percent", None, "2015-02-09", "YTD", None, "total return", "ytd('RUT','2015-02-09')",
  "price", U, "total-return figure, price index only", "Price YTD -0.74%, which also fits the figure.", "has lost -0.7%")
C("R1000", "ytd_return", -0.2, "percent", None, "2015-02-09", "YTD", None, "total return", None, "", U,
  "series not in the files", "Russell 1000 not in the files (S&P 500 price -0.59%).", "a -0.2% loss")
C("RUT, SPX", "ytd_ordering", None, None, None, "2015-02-09", "YTD", "small caps behind large caps", "close",
  "[ytd('RUT','2015-02-09'), ytd('SPX','2015-02-09')]", "RUT, SPX YTD %", S, "ordering (S&P 500 as the large-cap measure)",
  "-0.74% against -0.59%.", "have underperformed large caps in 2015")
C("RUT", "session_count", 26, "sessions", None, "2015-02-09", "2015-01-02 to 2015-02-09", None, None,
  "sessions_incl('RUT','2015-01-02','2015-02-09')", "sessions from 2015-01-02 to 2015-02-09 inclusive", S,
  "counts", "", "26 trading days")
C("RVX/VIX", "ratio_peak", 1.572, "ratio", None, "2014-12-02", None, None, "close", None, "", U,
  "series not in the files", "RVX is not in the files.", "1.572")
C("RVX/VIX", "ratio_mean", 1.18, "ratio", None, "2015-02-09", "2015-01-02 to 2015-02-09", None, "close", None, "", U,
  "series not in the files", "RVX is not in the files.", "averaged 1.18")

# ---------------------------------------------------------------- 13
passage("flagship_20150422_sizing_up_small_caps", "flagshipprivatewealth.com",
        "https://flagshipprivatewealth.com/2015/04/22/sizing-up-small-caps/",
        "Flagship Private Wealth (reposting an LPL Financial weekly market update)", "2015-04-22", "exact",
        "Date in the URL; the text is the 'April 20th Weekly Market Update', so its figures run to the close of Friday 2015-04-17.",
        "SIZING UP SMALL CAPS (April 20th Weekly Market Update). Small caps have started 2015 very strongly. "
        "The small cap Russell 2000 Index hit a fresh all-time high last week (on tax day, April 15, 2015) and has outpaced large caps by 205 basis points (2.05%) year to date. "
        "This follows a strong fourth quarter rally in which the Russell 2000 Index rose 9%, outpacing the large cap Russell 1000 Index by 5 percentage points. "
        "After material underperformance through much of 2014, small caps have staged a solid comeback since October 2014. "
        "Since September 30, 2014, which roughly marks the start of the reversal, the all cap Russell 3000 Index is up 7%, the Russell 2000 Index is up 13.8%, "
        "and the large cap Russell 1000 Index is up just 6%. The Russell 2000 Index has a 77% weighting in cyclical sectors, against 71% for the Russell 1000 Index.")
C("RUT", "record_close", None, None, None, "2015-04-15", None, None, "close", "[is_record_close('RUT','2015-04-15'), max_close_before('RUT','2015-04-15')]",
  "close 1275.35 against the earlier record close 1266.37 (2015-03-20)", S, "records (close)",
  "Also an intraday record (1278.63 against 1271.74).", "fresh all-time high last week")
C("RUT, R1000", "ytd_gap", 205, "bp", None, "2015-04-17", "YTD", "RUT minus large caps", "close",
  "ytd('RUT','2015-04-17') - ytd('SPX','2015-04-17')", "RUT minus SPX YTD, pp (proxy)", U, "series not in the files",
  "The large-cap measure is not named (the update compares with the Russell 1000, not in the files). Against the S&P 500 price index the gap is 2.83 pp.",
  "205 basis points")
C("RUT", "quarterly_pct", 9, "percent", None, "2014-12-31", "4Q14", None, "close", "pct_change('RUT','2014-09-30','2014-12-31')",
  "", S, "unhedged integer", "Price +9.35% (total return about 9.7%).", "Russell 2000 Index rose 9%")
C("RUT, R1000", "quarterly_gap", 5, "pp", None, "2014-12-31", "4Q14", "RUT minus R1000", "close",
  "pct_change('RUT','2014-09-30','2014-12-31') - pct_change('SPX','2014-09-30','2014-12-31')", "RUT minus SPX, pp (proxy)",
  U, "series not in the files", "Russell 1000 not in the files; against the S&P 500 the gap was 4.96 pp.", "by 5 percentage points")
C("R3000", "pct_change", 7, "percent", None, "2015-04-17", "since 2014-09-30", None, None, None, "", U,
  "series not in the files", "Russell 3000 not in the files.", "Russell 3000 Index is up 7%")
C("RUT", "pct_change", 13.8, "percent", None, "2015-04-17", "since 2014-09-30", None, "close",
  "pct_change('RUT','2014-09-30','2015-04-17')", "to the 2015-04-17 close", I, "imprecise: within 20% and 2 pp",
  "13.63% to the Friday close before the April 20 update (0.17 off); to the 2015-04-20 close it is 14.82%. A total-return reading adds about 0.6 point.",
  "up 13.8%")
C("R1000", "pct_change", 6, "percent", "just", "2015-04-17", "since 2014-09-30", None, None,
  "pct_change('SPX','2014-09-30','2015-04-17')", "S&P 500, for the note", U, "series not in the files",
  "Russell 1000 not in the files; the S&P 500 price index rose 5.52%.", "up just 6%")
C("RUT, R1000", "sector_weight", 77, "percent", None, "2015-04-17", None, None, None, None, "", U,
  "series not in the files", "Index composition is not in the files.", "77% weighting in cyclical sectors")

# ---------------------------------------------------------------- 14
passage("etfcom_20140918_iwm_performance", "etf.com", "http://www.etf.com/IWM?iu=1", "ETF.com (fund page)", "2014-09-18", "medium",
        "Fund page captured with 'Performance [as of 09/18/14]'; its insight text is dated 05/16/2014. Dated by the performance block.",
        "IWM Fund Description: the iShares Russell 2000 ETF tracks a market-cap-weighted index of US small-cap stocks, those ranked 1,001-3,000 by market cap. "
        "ETF.com calls IWM one of the best choices for broad, diversified small-cap exposure, with roughly double the assets of its nearest competitor. "
        "Performance [as of 09/18/14]: IWM 1 Month 0.34%, 3 Months -1.60%, YTD 0.71%, 1 Year 9.19%, 3 Years 19.27%, 5 Years 14.97%, 10 Years 8.74%. "
        "Russell 2000 Index: 1 Month 0.19%, 3 Months -1.71%, YTD 0.52%, 1 Year 9.04%. Returns over 1 year are annualized; all returns are total returns. "
        "Fund inception 05/22/00; expense ratio 0.24%; assets under management $23.93 B.")
for k, (a, val, anc, note) in enumerate([
        ("2014-08-18", 0.34, "1 Month 0.34%", "1-month window from the 2014-08-18 close."),
        ("2014-06-18", -1.60, "3 Months -1.60%", "3-month window from the 2014-06-18 close."),
        ("2013-12-31", 0.71, "YTD 0.71%", "From the 2013-12-31 adjusted close; the price-only change is 0.06%."),
        ("2013-09-18", 9.19, "1 Year 9.19%", "")]):
    C("IWM", "total_return", val, "percent", None, "2014-09-18", ["1M", "3M", "YTD", "1Y"][k], None, "adj_close",
      "pct_change('IWM','%s','2014-09-18','adj_close')" % a, "adjusted close (total return)", S, "unhedged 2 decimals", note, anc)
for yrs, a, val, anc in [(3, "2011-09-16", 19.27, "3 Years 19.27%"), (5, "2009-09-18", 14.97, "5 Years 14.97%"),
                         (10, "2004-09-17", 8.74, "10 Years 8.74%")]:
    C("IWM", "annualized_total_return", val, "percent", None, "2014-09-18", "%dY" % yrs, None, "adj_close",
      "ann_return('IWM','%s','2014-09-18',%d)" % (a, yrs), "annualized from the %s adjusted close" % a, S,
      "unhedged 2 decimals", "Start on the last session on or before the same calendar date %d years earlier." % yrs, anc)
C("RUT", "ytd_total_return", 0.52, "percent", None, "2014-09-18", "YTD", None, "total return", "ytd('RUT','2014-09-18')",
  "price YTD", U, "total-return figure, price index only", "Russell 2000 price YTD -0.38%.", "YTD 0.52%")
C("IWM", "inception_date", "2000-05-22", None, None, "2000-05-22", None, None, None, "str(df('IWM').index[0].date())",
  "first row of the IWM file", U, "history before a file starts", "The IWM file starts 2000-05-26, a few sessions after the stated inception.",
  "Fund inception 05/22/00")
C("IWM", "aum", 23.93, "USD bn", None, "2014-09-18", None, None, None, None, "", U, "series not in the files",
  "Fund assets are not in the files.", "$23.93 B")

# ---------------------------------------------------------------- 15
passage("stockmarketmba_20200925_iwm_quote", "stockmarketmba.com", "https://stockmarketmba.com/analyze.php?s=IWM",
        "Stock Market MBA (ETF profile page)", "2020-09-25", "exact", "Quote stamped 'As of 09/25/2020 16:00:00'.",
        "IWM, iShares Russell 2000 ETF: seeks to track, before fees and expenses, the Russell 2000 Index, a capitalization-weighted index of the smallest 2,000 U.S. common stocks "
        "in the Russell 3000. The index is reconstituted annually on the last Friday in June, with eligible IPOs added quarterly. "
        "$146.41 +2.34 (1.62%) As of 09/25/2020 16:00:00 EST. Sponsor iShares; category small blend; inception date 05/22/2000; "
        "current yield 1.42%; average volume 23,391,632; fees 0.1900%; number of holdings 2,000.")
d = "2020-09-25"
C("IWM", "close", 146.41, "USD", None, d, None, None, "close", "close('IWM','2020-09-25')", "", S, "unhedged 2 decimals", "", "$146.41")
C("IWM", "point_change", 2.34, "USD", None, d, "1d", None, "close", "chg('IWM','2020-09-25')", "previous close 144.07", S,
  "unhedged 2 decimals", "", "+2.34")
C("IWM", "pct_change", 1.62, "percent", None, d, "1d", None, "close", "pct('IWM','2020-09-25')", "", S, "unhedged 2 decimals", "", "(1.62%)")
C("IWM", "average_volume", 23391632, "shares", None, d, "not stated", None, None, "mean_volume('IWM','2020-09-25',65)",
  "65-session mean, for the note", U, "unstated window",
  "The averaging window is not given; a 65-session mean is 23.19 million, a 30-session mean 20.97 million.", "average volume 23,391,632")
C("IWM", "yield", 1.42, "percent", None, d, None, None, None, None, "", U, "series not in the files", "Distribution yield not in the files.", "current yield 1.42%")
C("GENERIC", "reconstitution", None, None, None, None, None, None, None, None, "", N, "generic statement",
  "Index methodology.", "last Friday in June")


def main():
    import reference
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python build.py PATH/TO/data")
    reference.DATA = data
    recipes, keys, out = {}, [], []
    for p in P:
        assert p["text"].count("  ") == 0, p["id"]
        for i, c in enumerate(p["claims"]):
            a = c["_anchor"]
            n = p["text"].count(a)
            assert n == 1, (p["id"], i, a, n)
            k = "%s#%d" % (p["id"], i)
            recipes[k] = c["_recipe"]
            v = reference.evaluate(c["_recipe"])
            detail = c["_detail"]
            detail = (detail + "; " if detail else "") + "reference.py: " + (c["_recipe"] or "None (nothing in the files computes it)")
            keys.append(dict(passage_id=p["id"], claim_index=i, index_or_ticker=c["index_or_ticker"], metric=c["metric"],
                             claimed_value=c["value"], qualifier=c["qualifier"], ref_date_used=c["ref_date"],
                             computed_value=v, computed_detail=detail, verdict=c["_verdict"], rule=c["_rule"],
                             note=c["_note"], anchor_text=a))
        q = dict(p)
        q["claims"] = [{k2: v2 for k2, v2 in c.items() if not k2.startswith("_")} for c in p["claims"]]
        out.append(q)
    with open(os.path.join(HERE, "passages.jsonl"), "w") as fh:
        for q in out:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w") as fh:
        for r in keys:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "recipes.json"), "w") as fh:
        json.dump(recipes, fh, indent=0, ensure_ascii=False)
    print(len(out), "passages,", len(keys), "claims")


if __name__ == "__main__":
    main()
