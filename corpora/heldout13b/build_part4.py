"""Passage and claim specifications, part 4 (daily market wraps, continued)."""
from build_part1 import *  # noqa: F401,F403

PASSAGES4 = []
D = '2025-09-19'
PASSAGES4.append(dict(
    id="coinmela_20250920_records_after_fed_cut",
    source=dict(site="coinmela.com", url="https://coinmela.com/u-s-stock-markets-reach-record-highs-following-fed-rate-cut-and-trade-talk-progress",
                original_outlet="Coinmela (market wrap in the Zacks style)"),
    published="2025-09-20", published_confidence="medium",
    published_note="inferred: the wrap describes Friday's record closes (Dow 46,315.27, S&P 500 6,664.36, Nasdaq 22,631.48 = Fri 2025-09-19 in the files) and calls the Sept 17 FOMC decision 'last week', so it was written after the Friday close; dated to the day after the session. The session is 2025-09-19.",
    text=("US stock markets reach record highs after Fed rate cut and trade-talk progress\n\n"
          "US stocks posted solid gains and closed at record highs on Friday, lifted by the Federal Reserve's recent rate cut and by "
          "optimism about US-China trade negotiations. All three major indexes finished the day higher and capped off a prosperous week.\n\n"
          "The Dow Jones Industrial Average rose 0.4%, or 172.85 points, to close at 46,315.27, a historic high for the blue-chip index. "
          "Fourteen of its 30 components ended higher, 15 declined and one was unchanged. During the session the Dow reached an intraday "
          "peak of 46,396.47.\n\n"
          "The tech-heavy Nasdaq Composite gained 0.7%, or 160.75 points, to finish at 22,631.48, again driven by technology heavyweights, "
          "after touching an intraday high of 22,645.11. AppLovin, an AI-driven ad-tech company, jumped 4.5%.\n\n"
          "The S&P 500 also recorded a new closing high, advancing 0.5% to 6,664.36. Six of its 11 sectors ended higher: the Technology "
          "Select Sector SPDR (XLK) gained 1%, while the Energy Select Sector SPDR (XLE) fell 1.3%. The CBOE Volatility Index (VIX), the "
          "market's fear gauge, slipped 1.6% to settle at 15.45.\n\n"
          "Volume was heavy, with 27.78 billion shares changing hands against a 20-session average of 17.41 billion, the highest since "
          "early April.\n\n"
          "Last week, on September 17, the Federal Open Market Committee announced a widely expected 25-basis-point cut, bringing the "
          "benchmark lending rate to a range of 4-4.25%, its first rate reduction of the year."),
    claims=[
        C("DJI", "record_close_all_three", True, "list", D,
          f"[close(t,'{D}') > record_before(t,'{D}')[1] for t in ('DJI','IXIC','GSPC')]", 2,
          "supported", R_REC, "Dow, Nasdaq and S&P 500 all closed above every earlier close on 2025-09-19.",
          "closed at record highs on Friday", comparison="IXIC,GSPC"),
        C("DJI", "weekly_gain_all_three", True, "list", D,
          f"[round(ret(t,'2025-09-12','{D}'),2) for t in ('DJI','IXIC','GSPC')]", 2,
          "supported", R_ORDER, "Week to 2025-09-19: Dow +1.05%, Nasdaq +2.21%, S&P 500 +1.22%.", "capped off a prosperous week",
          window="week to 2025-09-19", comparison="IXIC,GSPC"),
        C("DJI", "daily_pct_change", 0.4, "percent", D, f"pct_change('DJI','{D}')", 2, "supported", R_1DP, "Dow +0.37%.",
          "rose 0.4%"),
        C("DJI", "daily_point_change", 172.85, "index_points", D, f"point_change('DJI','{D}')", 2, "supported", R_2DP,
          "Dow +172.85 points.", "172.85 points"),
        C("DJI", "close_level", 46315.27, "index_points", D, f"close('DJI','{D}')", 2, "supported", R_LVL, "Dow close 46315.27.",
          "46,315.27"),
        C("DJI", "session_high", 46396.47, "index_points", D, f"close('DJI','{D}','high')", 2, "supported", R_LVL,
          "Dow session high 46396.47.", "46,396.47", basis="intraday high"),
        C("DJI_COMPONENTS", "advancers_decliners", "14/15/1", "count", D, None, 2, "unverifiable", R_UNV_SERIES,
          "Dow component prices are not in the files.", "Fourteen of its 30 components"),
        C("IXIC", "daily_pct_change", 0.7, "percent", D, f"pct_change('IXIC','{D}')", 2, "supported", R_1DP, "Nasdaq +0.72%.",
          "gained 0.7%"),
        C("IXIC", "daily_point_change", 160.75, "index_points", D, f"point_change('IXIC','{D}')", 2, "supported", R_2DP,
          "Nasdaq +160.76 points (within 0.025).", "160.75 points"),
        C("IXIC", "close_level", 22631.48, "index_points", D, f"close('IXIC','{D}')", 2, "supported", R_LVL, "Nasdaq close 22631.48.",
          "22,631.48"),
        C("IXIC", "session_high", 22645.11, "index_points", D, f"close('IXIC','{D}','high')", 2, "supported", R_LVL,
          "Nasdaq session high 22645.11.", "22,645.11", basis="intraday high"),
        C("APP", "daily_pct_change", 4.5, "percent", D, None, 2, "unverifiable", R_UNV_SERIES, "Single-stock prices are not in the files.",
          "jumped 4.5%"),
        C("SPX", "record_close", True, "flag", D, f"close('GSPC','{D}') > record_before('GSPC','{D}')[1]", 2, "supported", R_REC,
          "S&P 500 close 6664.36 above the previous record close 6631.96 (2025-09-18).", "new closing high"),
        C("SPX", "daily_pct_change", 0.5, "percent", D, f"pct_change('GSPC','{D}')", 2, "supported", R_1DP, "S&P 500 +0.49%.",
          "advancing 0.5%"),
        C("SPX", "close_level", 6664.36, "index_points", D, f"close('GSPC','{D}')", 2, "supported", R_LVL, "S&P 500 close 6664.36.",
          "6,664.36"),
        C("XLK", "daily_pct_change", 1, "percent", D, None, 2, "unverifiable",
          "sector SPDRs other than XLE have only adj_close before 2026-03; their price figures cannot be checked",
          "XLK's traded price is not in the files for 2025.", "(XLK) gained 1%"),
        C("XLE", "daily_pct_change", -1.3, "percent", D, f"pct_change('XLE','{D}')", 2, "supported", R_1DP,
          "XLE close 44.855 -> 44.260: -1.33%.", "(XLE) fell 1.3%"),
        C("VIX", "daily_pct_change", -1.6, "percent", D, f"pct_change('VIX','{D}')", 2, "supported", R_1DP, "VIX 15.70 -> 15.45: -1.59%.",
          "slipped 1.6%"),
        C("VIX", "close_level", 15.45, "index_points", D, f"close('VIX','{D}')", 2, "supported", R_LVL, "VIX close 15.45.",
          "settle at 15.45"),
        C("NYSE", "volume", 27.78, "billion shares", D, None, 2, "unverifiable", R_UNV_SERIES,
          "Consolidated share volume is not in the files.", "27.78 billion shares"),
        C("NYSE", "highest_volume_since", "2025-04", "date", D, None, 2, "unverifiable", R_UNV_SERIES,
          "Consolidated share volume is not in the files (the 20-session average of 17.41 billion likewise).", "the highest since early April"),
        C("SPX_SECTORS", "sectors_up", 6, "count", D, None, 2, "unverifiable", R_UNV_SERIES,
          "S&P 500 sector indexes are not in the files.", "Six of its 11 sectors"),
        C("FEDFUNDS", "rate_change_bp", -25, "bp", "2025-09-17", "fomc_rate_changes('2025-09-01','2025-09-30')", 0,
          "supported", R_FED, "Decision 2025-09-17: DFEDTARU 4.50 -> 4.25 (effective 2025-09-18).", "25-basis-point cut"),
        C("FEDFUNDS", "target_range", [4.0, 4.25], "percent", "2025-09-18",
          "[rate_on('DFEDTARL','2025-09-18'), rate_on('DFEDTARU','2025-09-18')]", 2,
          "supported", R_FED, "Target range 4.00-4.25% from 2025-09-18.", "a range of 4-4.25%"),
        C("FEDFUNDS", "first_cut_of_year", "2025-09-17", "date", "2025-09-17",
          "fomc_rate_changes('2025-01-01','2025-09-30')[0][0]", 2,
          "supported", R_FED, "No change of the range between 2025-01-01 and the Sept 17 decision (previous cut 2024-12-18).",
          "first rate reduction of the year"),
    ]))

D = '2019-07-03'
PASSAGES4.append(dict(
    id="ccn_20190703_dow_record_fed",
    source=dict(site="ccn.com", url="https://www.ccn.com/dow-jones-stock-market/", original_outlet="CCN (Sam Bourgi)"),
    published="2019-07-03", published_confidence="high",
    published_note="inferred: the page shows only 'Last Updated September 23, 2020', but the text describes a holiday-shortened Wednesday before Independence Day with the Dow at a record 26,966; the files match Wed 2019-07-03.",
    text=("Dow hits insane high, and Wall Street owes it all to the Fed\n\n"
          "The Dow and the broader US stock market set new highs on Wednesday as investors shrugged off geopolitical tensions ahead of "
          "Independence Day. There was no obvious catalyst for the rally, but the Federal Reserve's dovish shift keeps fuelling the "
          "record run.\n\n"
          "All of Wall Street's major indexes gained in the holiday-shortened session. The Dow Jones Industrial Average climbed 179.32 "
          "points, or 0.67%, to 26,966, a new record high. The broad S&P 500 of large-cap stocks advanced 0.8% to 2,995.61, also a record, "
          "with all 11 primary sectors higher and real estate and consumer staples rallying more than 1%. The technology-focused Nasdaq "
          "Composite jumped 0.8% to a new all-time high of 8,170.23.\n\n"
          "The CBOE VIX, a measure of implied volatility, held near two-month lows on Wednesday, a testament to the market's recovery over "
          "the last six weeks. The so-called \"fear index\" reached a session low of 12.58 on a scale of 1-100 where 20-25 represents the "
          "historic average.\n\n"
          "You can thank the Fed for the euphoria. After a disastrous May, US stocks have been on a fast track to recovery, largely thanks "
          "to the central bank: Chairman Jerome Powell got the party started last month when he said lower interest rates were on the "
          "table, and the June policy statement dropped the word \"patient.\""),
    claims=[
        C("DJI", "daily_point_change", 179.32, "index_points", D, f"point_change('DJI','{D}')", 2, "supported", R_2DP,
          "Dow +179.32 points.", "179.32"),
        C("DJI", "daily_pct_change", 0.67, "percent", D, f"pct_change('DJI','{D}')", 2, "supported", R_2DP, "Dow +0.67%.", "0.67%"),
        C("DJI", "close_level", 26966, "index_points", D, f"close('DJI','{D}')", 2, "supported", R_INT, "Dow close 26966.00.",
          "to 26,966"),
        C("DJI", "record_close", True, "flag", D, f"close('DJI','{D}') > record_before('DJI','{D}')[1]", 2, "supported", R_REC,
          "Above the previous record close 26828.39 (2018-10-03).", "a new record high"),
        C("SPX", "daily_pct_change", 0.8, "percent", D, f"pct_change('GSPC','{D}')", 2, "supported", R_1DP, "S&P 500 +0.77%.",
          "advanced 0.8%"),
        C("SPX", "close_level", 2995.61, "index_points", D, f"close('GSPC','{D}')", 2, "imprecise", R_LVL + IMP,
          "The S&P 500 closed at 2995.82 (official close); 2,995.61 is 0.21 points off (0.007%).", "2,995.61"),
        C("SPX", "record_close", True, "flag", D, f"close('GSPC','{D}') > record_before('GSPC','{D}')[1]", 2, "supported", R_REC,
          "Above the previous record close 2973.01 (2019-07-02).", "also a record"),
        C("SPX_SECTORS", "sectors_up", 11, "count", D, None, 2, "unverifiable", R_UNV_SERIES,
          "S&P 500 sector indexes are not in the files.", "all 11 primary sectors higher"),
        C("SPX_SECTORS", "daily_pct_change", 1, "percent", D, None, 2, "unverifiable", R_UNV_SERIES,
          "S&P 500 sector indexes are not in the files.", "rallying more than 1%", qualifier="more than"),
        C("IXIC", "daily_pct_change", 0.8, "percent", D, f"pct_change('IXIC','{D}')", 2, "supported", R_1DP, "Nasdaq +0.75%.",
          "jumped 0.8%"),
        C("IXIC", "close_level", 8170.23, "index_points", D, f"close('IXIC','{D}')", 2, "supported", R_LVL, "Nasdaq close 8170.23.",
          "8,170.23"),
        C("IXIC", "record_close", True, "flag", D, f"close('IXIC','{D}') > record_before('IXIC','{D}')[1]", 2, "supported", R_REC,
          "Above the previous record close 8164.00 (2019-05-03).", "a new all-time high of 8,170.23"),
        C("VIX", "lowest_since", "2019-05", "date", D, f"level_since(col('VIX'), '{D}', close('VIX','{D}'), above=False)", 2,
          "supported", R_SINCE,
          "VIX close 12.57 was the lowest since 2019-04-23 (close 12.28), about ten weeks earlier; session low 12.56 the lowest low since 2019-04-26. 'Near two-month lows' fits.",
          "near two-month lows"),
        C("VIX", "session_low", 12.58, "index_points", D, f"close('VIX','{D}','low')", 2, "supported", R_2DP,
          "VIX session low 12.56; 12.58 is within 0.025.", "session low of 12.58", basis="intraday low"),
        C("VIX", "historic_average_range", "20-25", "index_points", D, None, 2, "not_checkable", R_NC,
          "A rule-of-thumb description of the VIX scale; the long-run mean of the file's VIX closes is about 19.4.",
          "20-25 represents the"),
        C("SPX", "monthly_return", "disastrous", "text", "2019-05-31", "monthly_returns('GSPC').loc['2019-05-31']", 2,
          "supported", R_ORDER, "The S&P 500 fell 6.58% in May 2019 (its worst month of the year), which fits 'disastrous'.",
          "After a disastrous May", window="2019-05"),
    ]))
