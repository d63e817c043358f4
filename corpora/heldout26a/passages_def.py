"""Passage texts, claims and verdicts of the heldout26a corpus (read by build.py)."""


def C(tk, metric, value, unit, anchor, verdict, rule, note="", ref=None, window=None, comparison=None,
      basis="close", qualifier=None, auto=None, detail=""):
    c = {"index_or_ticker": tk, "metric": metric, "value": value, "unit": unit, "qualifier": qualifier,
         "ref_date": ref, "window": window, "comparison": comparison, "basis": basis, "anchor": anchor,
         "verdict": verdict, "rule": rule, "note": note, "detail": detail}
    if auto:
        c["auto"] = auto
    return c


S, I, X, U, F, N = "supported", "imprecise", "contradicted", "unverifiable", "forecast", "not_checkable"
TOL = "within tolerance"
OUT = "outside tolerance but close"
FAR = "outside tolerance"

PASSAGES = []

# 1 ---------------------------------------------------------------------------------------------
d = "2023-06-02"
PASSAGES.append({
    "id": "forexlive_20230602_laggards_take_control",
    "source": {"site": "newbieforextrading.com", "url": "https://newbieforextrading.com/?p=33597",
               "original_outlet": "ForexLive (the page says it was first published by Forexlive.com)"},
    "published": d, "published_confidence": "high",
    "published_note": "The repost is undated; the session is Friday June 2, 2023: the Dow's biggest gain since "
                      "January 6, a sixth weekly Nasdaq gain and all the closing figures fit that day and no other.",
    "text": ("It was time for the laggard indices to take control today: both the Dow industrial average and the "
             "Russell 2000 of small-cap stocks beat the NASDAQ, the big outperformer of 2023. The final numbers for "
             "the day: the Dow industrial average rose 797 points or 2.12% at 33762.59, its strongest percentage gain "
             "since January 6, when that index rose 2.13%. The S&P index rose 61.34 points or 1.45% at 4282.35; the "
             "gain was the largest since May 5. The NASDAQ index rose 139.77 points or 1.07% at 13240.76. The Russell "
             "2000 index of small-cap stocks surged 62.96 points or 3.56% to 1830.905, its largest gain since "
             "November 10, 2022, when the index soared by 6.108%. Year to date the Russell 2000 and the Dow have "
             "lagged: for the 2023 trading year the Dow Jones industrial average is up 1.86%, the S&P index is up "
             "11.54%, the NASDAQ index is up 26.51% and the Russell 2000 is up 3.95%. For the trading week the Dow "
             "Jones industrial average is up 2.02%, the S&P index up 1.83%, the Nasdaq up 2.04% and up for the 6th "
             "consecutive week, and the Russell 2000 up 3.26%."),
    "claims": [
        C("DJI", "point_change", 797, "points", "797 points", I, OUT + " (point change within 20%)",
          "The file has +701.19 (33762.76 vs 33061.57); 797 is 13.7% too high, probably a typo for 701.", ref=d,
          window="1d", auto=("points", 0)),
        C("DJI", "pct_change", 2.12, "percent", "2.12%", S, TOL, ref=d, window="1d", auto=("pct", 2)),
        C("DJI", "close", 33762.59, "index_points", "33762.59", I, OUT + " (level within 1%)",
          "The file close is 33762.76 (also the official close); 33762.59 is 0.17 off, a preliminary print.",
          ref=d, auto=("level", 2)),
        C("DJI", "biggest_gain_since", "2023-01-06", "date", "since January 6", S,
          "biggest since X: last day with a move at least as large",
          "Last session before June 2 with a Dow gain of at least 2.12% is 2023-01-06 (+2.13%).", ref=d),
        C("DJI", "pct_change", 2.13, "percent", "2.13%", S, TOL, "2023-01-06 daily change +2.127%.",
          ref="2023-01-06", window="1d", auto=("pct", 2)),
        C("SPX", "point_change", 61.34, "points", "61.34 points", S, TOL, "File: +61.35.", ref=d, window="1d",
          auto=("points", 2)),
        C("SPX", "pct_change", 1.45, "percent", "1.45%", S, TOL, ref=d, window="1d", auto=("pct", 2)),
        C("SPX", "close", 4282.35, "index_points", "4282.35", S, TOL, "File close 4282.37.", ref=d,
          auto=("level", 2)),
        C("SPX", "biggest_gain_since", "2023-05-05", "date", "largest since May 5", S,
          "biggest since X: last day with a move at least as large",
          "Last session before June 2 with an S&P gain of at least 1.45% is 2023-05-05.", ref=d),
        C("IXIC", "point_change", 139.77, "points", "139.77 points", S, TOL, "File: +139.79.", ref=d, window="1d",
          auto=("points", 2)),
        C("IXIC", "pct_change", 1.07, "percent", "1.07%", S, TOL, ref=d, window="1d", auto=("pct", 2)),
        C("IXIC", "close", 13240.76, "index_points", "13240.76", S, TOL, "File close 13240.77.", ref=d,
          auto=("level", 2)),
        C("RUT", "point_change", 62.96, "points", "62.96 points", S, TOL, "File: +62.97.", ref=d, window="1d",
          auto=("points", 2)),
        C("RUT", "pct_change", 3.56, "percent", "3.56%", S, TOL, ref=d, window="1d", auto=("pct", 2)),
        C("RUT", "close", 1830.905, "index_points", "1830.905", S, TOL,
          "File close 1830.91 (two decimals); the three-decimal figure rounds to it.", ref=d, auto=("level", 3)),
        C("RUT", "biggest_gain_since", "2022-11-10", "date", "since November 10, 2022", S,
          "biggest since X: last day with a move at least as large",
          "Last session before June 2 with a Russell 2000 gain of at least 3.56% is 2022-11-10.", ref=d),
        C("RUT", "pct_change", 6.108, "percent", "6.108%", S, TOL, "2022-11-10: +6.1083%.", ref="2022-11-10",
          window="1d", auto=("pct", 3)),
        C("DJI", "ytd_pct", 1.86, "percent", "up 1.86%", S, TOL, "From the 2022-12-30 close.", ref=d, window="YTD",
          auto=("pct", 2)),
        C("SPX", "ytd_pct", 11.54, "percent", "11.54%", S, TOL, ref=d, window="YTD", auto=("pct", 2)),
        C("IXIC", "ytd_pct", 26.51, "percent", "26.51%", S, TOL, ref=d, window="YTD", auto=("pct", 2)),
        C("RUT", "ytd_pct", 3.95, "percent", "3.95%", S, TOL, ref=d, window="YTD", auto=("pct", 2)),
        C("DJI", "week_pct", 2.02, "percent", "up 2.02%", S, TOL, "Friday May 26 close to Friday June 2 close.",
          ref=d, window="week", auto=("pct", 2)),
        C("SPX", "week_pct", 1.83, "percent", "up 1.83%", S, TOL, ref=d, window="week", auto=("pct", 2)),
        C("IXIC", "week_pct", 2.04, "percent", "up 2.04%", S, TOL, ref=d, window="week", auto=("pct", 2)),
        C("IXIC", "weekly_win_streak", 6, "weeks", "6th consecutive week", S, "streaks use weekly closes",
          "Weekly Nasdaq gains in the weeks ending Apr 28, May 5, 12, 19, 26 and June 2 (the week ending Apr 21 "
          "was down).", ref=d, auto=("count", 0)),
        C("RUT", "week_pct", 3.26, "percent", "up 3.26%", S, TOL, "File: +3.27% (3.2651).", ref=d, window="week",
          auto=("pct", 2)),
    ],
})

# 2 ---------------------------------------------------------------------------------------------
d = "2021-11-12"
PASSAGES.append({
    "id": "wallstreetpublication_20211113_inflation_bets_small_caps",
    "source": {"site": "wallstreetpublication.com",
               "url": "https://wallstreetpublication.com/inflation-bets-give-a-boost-to-small-cap-stocks/",
               "original_outlet": None},
    "published": "2021-11-13", "published_confidence": "medium",
    "published_note": "Undated repost of a short market item (the style is that of a Barron's/WSJ brief, but the "
                      "page names no outlet). The figures fit the close of Friday 2021-11-12: Russell 2000 +4.99% and "
                      "S&P 500 +1.68% month to date, record closes on Nov 2, 3, 5 and 8; the day after is assumed.",
    "text": ("Inflation Bets Give a Boost to Small-Cap Stocks. Small-cap shares have jumped in recent days as "
             "investors bet on companies they expect to respond quickly to rising inflation. The Russell 2000 index "
             "of smaller stocks has advanced 5% in November, outpacing the 1.7% gain of the S&P 500 large-cap "
             "benchmark. On Nov. 2, the Russell 2000 ended a seven-month drought with a record close and has since "
             "added three more."),
    "claims": [
        C("RUT", "mtd_pct", 5, "percent", "advanced 5% in November", S, TOL, "MTD to 2021-11-12: +4.99%.", ref=d,
          window="MTD", auto=("pct", 0)),
        C("SPX", "mtd_pct", 1.7, "percent", "1.7% gain", S, TOL, "MTD to 2021-11-12: +1.68%.", ref=d, window="MTD",
          auto=("pct", 1)),
        C("RUT", "record_close_after_drought", "2021-11-02", "date", "ended a seven-month drought", S,
          "records: above every earlier close",
          "First record close after the 2021-03-15 record (2360.17) is 2021-11-02 (2361.86): 7.6 months later.",
          ref="2021-11-02"),
        C("RUT", "record_closes_since", 3, "count", "added three more", S, "counts use daily closes",
          "Record closes after Nov 2 through Nov 12: Nov 3, 5 and 8.", ref=d, auto=("count", 0)),
    ],
})

# 3 ---------------------------------------------------------------------------------------------
d = "2020-10-29"
PASSAGES.append({
    "id": "mint_20201030_small_stocks_biden_stimulus",
    "source": {"site": "livemint.com",
               "url": "https://www.livemint.com/news/world/bets-on-biden-led-stimulus-fuel-outperformance-by-small-stocks/amp-11604050191005.html",
               "original_outlet": "Mint (reads as a syndicated Wall Street Journal markets story)"},
    "published": "2020-10-30", "published_confidence": "exact",
    "published_note": "Page dated 2020-10-30; the figures fit the five sessions to the Thursday 2020-10-29 close, "
                      "i.e. the story was written before Friday's session.",
    "text": ("Bets on a Biden-led stimulus fuel outperformance by small stocks. In the past week, the Russell and "
             "S&P are down about 4.2%, while the Dow has fallen 6%. The Russell has led this month even though "
             "smaller companies would be hit hard by any new lockdown measures in the U.S. Earnings at these "
             "companies tend to rise and fall with the economy, and investors expect a victory by Democratic "
             "nominee Joe Biden to bring larger spending programs, from infrastructure to renewable energy."),
    "claims": [
        C("RUT", "window_pct", -4.2, "percent", "Russell and S&P are down about 4.2%", S, TOL + " (about)",
          "Oct 22 close to Oct 29 close: -4.21%. Through Friday Oct 30 the week was -6.22%.", ref=d,
          window="past week (5 sessions)", qualifier="about", auto=("pct", 1)),
        C("SPX", "window_pct", -4.2, "percent", "S&P are down", S, TOL + " (about)",
          "Oct 22 close to Oct 29 close: -4.15%.", ref=d, window="past week (5 sessions)", qualifier="about",
          auto=("pct", 1)),
        C("DJI", "window_pct", -6, "percent", "Dow has fallen 6%", S, TOL, "Oct 22 close to Oct 29 close: -6.01%.",
          ref=d, window="past week (5 sessions)", auto=("pct", 0)),
        C("RUT", "mtd_leader", True, "flag", "The Russell has led this month", S, "ordering",
          "MTD to Oct 29: Russell 2000 +3.57%, S&P 500 -1.57%, Dow -4.04%, Nasdaq +0.16%.", ref=d, window="MTD",
          comparison="SPX, DJI"),
    ],
})

# 4 ---------------------------------------------------------------------------------------------
d = "2025-07-03"
PASSAGES.append({
    "id": "ibafin_202507_rut_900_days_without_high",
    "source": {"site": "ibafin.com", "url": "https://ibafin.com/?p=13403", "original_outlet": None},
    "published": "2025-07", "published_confidence": "medium",
    "published_note": "The text says 'as of early July 2025'; checked at the last session before the July 4 "
                      "holiday, 2025-07-03.",
    "text": ("The Russell 2000 Index, often seen as the barometer of small-cap U.S. equities, has been stuck in a long "
             "stagnation. While the S&P 500 and Nasdaq have marched to new highs, the Russell 2000 has stayed in "
             "the shadows, below its all-time peak for well over two and a half years. As of early July 2025, the "
             "Russell 2000 has not recorded a new all-time high in more than 900 consecutive trading days, an "
             "eternity in market time."),
    "claims": [
        C("SPX", "new_record_high", True, "flag", "S&P 500 and Nasdaq have marched to new highs", S,
          "records: above every earlier close", "Record closes on 2025-06-27, 06-30, 07-02 and 07-03.", ref=d),
        C("IXIC", "new_record_high", True, "flag", "Nasdaq have marched", S, "records: above every earlier close",
          "Record closes on 2025-06-27, 06-30, 07-02 and 07-03.", ref=d),
        C("RUT", "time_below_record", 2.5, "years", "well over two and a half years", S, "more than: true > claim",
          "Last record close 2021-11-08 (2442.74): 3.65 years before 2025-07-03.", ref=d, qualifier="more than",
          auto=("pct", 1)),
        C("RUT", "sessions_without_record", 900, "sessions", "more than 900 consecutive trading days", S,
          "more than: true > claim",
          "915 sessions from the 2021-11-08 record close to 2025-07-03 on the close basis. On the intraday basis the "
          "index did set a record high on 2024-11-25 (2466.49 above 2458.86), which would make the claim false; "
          "records default to closes.", ref=d, qualifier="more than", auto=("count", 0)),
    ],
})

# 5 ---------------------------------------------------------------------------------------------
d = "2025-03-04"
PASSAGES.append({
    "id": "forexlive_20250304_brutal_rut_price_action",
    "source": {"site": "louisvelazquez.com", "url": "https://louisvelazquez.com/brutal-price-action-in-the-russell-2000",
               "original_outlet": "ForexLive (the page credits Adam Button at forexlive.com)"},
    "published": d, "published_confidence": "medium",
    "published_note": "Undated repost of a live ForexLive item. Inferred from the data: the first session since "
                      "September 2024 whose low broke the September low (2058.68) is Tuesday 2025-03-04, a day whose "
                      "range contains a -2.4% move and on which the S&P 500 closed 5.96% below its record. On "
                      "2025-03-10 (the other candidate) the S&P 500 never traded within 7% of its record.",
    "text": ("Brutal price action in the Russell 2000. One line of thinking is that US stocks haven't been hit too "
             "hard lately: the S&P 500 is down 6% from its record high, which is some pain but not exactly a rout. "
             "Small caps are a different story. They rallied strongly on the election on hopes for tax cuts and "
             "deregulation, particularly for banks, but now real recession fear is creeping in. With that, the "
             "Russell 2000 is down 17% from the December high and today the September low broke. It's down 2.4% "
             "today."),
    "claims": [
        C("SPX", "pct_from_ath", 6, "percent", "down 6% from its record high", U,
          "mid-session figure inside the session's range",
          "Close 5.96% below the 6144.15 record close (2025-02-19); during the session the distance ranged from "
          "4.54% (high) to 6.70% (low).", ref=d, basis="mid-session",
          detail="record close 6144.15 (2025-02-19); session high 5865.08, low 5732.59"),
        C("RUT", "pct_from_high", 17, "percent", "down 17% from the December high", I,
          "mid-session figure just outside the session's range",
          "December 2024 high close 2434.14 (2024-12-02; intraday 2442.61). On 2025-03-04 the distance ranged from "
          "13.23% (high) to 15.86% (low), close 14.57%; 17% lies 1.1 points beyond the low. On the intraday high "
          "the low gives 16.16%.", ref=d, basis="mid-session"),
        C("RUT", "broke_prior_low", "2025-03-04", "date", "today the September low broke", S,
          "first break of a prior low",
          "September 2024 low 2058.68 (2024-09-11, intraday); first session afterwards with a lower low is "
          "2025-03-04 (low 2048.01). On closes, 2079.53 on 2025-03-04 is also the first close below the "
          "September low close 2091.41.", ref=d, basis="intraday low"),
        C("RUT", "pct_change", -2.4, "percent", "down 2.4% today", U, "mid-session figure inside the session's range",
          "Close -1.08%; the session ranged from -2.58% (low 2048.01) to +0.47% (high 2112.10) against the "
          "2102.24 previous close.", ref=d, window="1d", basis="mid-session"),
    ],
})

# 6 ---------------------------------------------------------------------------------------------
d = "2023-10-27"
PASSAGES.append({
    "id": "forexlive_20231027_rut_verge_of_breakdown",
    "source": {"site": "forexlive.com",
               "url": "https://www.forexlive.com/technical-analysis/the-russell-2000-is-on-the-verge-of-a-breakdown-20231027/",
               "original_outlet": "ForexLive"},
    "published": d, "published_confidence": "exact",
    "text": ("The Russell 2000 is on the verge of a breakdown. On the daily chart the index is poised for its lowest "
             "weekly close since November 2020, having fallen in four straight weeks and seven of the past eight. It's "
             "trading at 1646, just 0.3% above the 1641 intraday low of June 2022, and is down 0.6% today. If that "
             "level breaks, the index could be in for a world of technical hurt; a breakdown would point to a "
             "recession with the Fed keeping rates stubbornly high, a plausible scenario for 2024."),
    "claims": [
        C("RUT", "lowest_weekly_close_since", "2020-11", "month", "poised for its lowest weekly close since November 2020",
          N, "on pace / poised for: not an assertion of a present fact",
          "For the record: the week closed at 1636.94, the lowest weekly close since the week ending 2020-10-30, "
          "so 'since November 2020' would have held.", ref=d),
        C("RUT", "weekly_losing_streak", 4, "weeks", "four straight weeks", S, "streaks use weekly closes",
          "Weekly closes: Sep 29 1785.10, Oct 6 1745.56, Oct 13 1719.71, Oct 20 1680.79, Oct 27 1636.94 (1646 at "
          "the time of writing, also below).", ref=d, auto=("count", 0)),
        C("RUT", "weekly_declines_in_window", 7, "weeks", "seven of the past eight", S, "counts use weekly closes",
          "Weeks ending Sep 8 to Oct 27: only the week ending Sep 29 rose.", ref=d, window="8 weeks",
          auto=("count", 0)),
        C("RUT", "level", 1646, "index_points", "trading at 1646", U, "mid-session figure inside the session's range",
          "Session range 1633.67-1661.19; close 1636.94.", ref=d, basis="mid-session"),
        C("RUT", "pct_above_level", 0.3, "percent", "0.3% above", S,
          "distance computed from levels the passage states is judged on that arithmetic",
          "1646 / 1641 - 1 = 0.30%; against the true June 2022 low 1641.47 it is 0.28%.", ref=d, auto=("pct", 1)),
        C("RUT", "intraday_low", 1641, "index_points", "1641 intraday low of June 2022", S, TOL,
          "June 2022 intraday low 1641.47 on 2022-06-16 (lowest close 1649.84).", ref="2022-06-16",
          basis="intraday low", auto=("level", 0)),
        C("RUT", "pct_change", -0.6, "percent", "down 0.6% today", U, "mid-session figure inside the session's range",
          "Close -1.21%; session range +0.25% (high) to -1.41% (low) against the 1657.00 previous close.", ref=d,
          window="1d", basis="mid-session"),
    ],
})

# 7 ---------------------------------------------------------------------------------------------
d = "2011-03-25"
PASSAGES.append({
    "id": "marketwired_20110329_russell_world_cap_small_caps",
    "source": {"site": "marketwired.com",
               "url": "http://www.marketwired.com/press-release/russell-world-cap-index-up-38-ytd-due-to-boost-from-us-small-caps-1419292.htm",
               "original_outlet": "Russell Investments (press release via Marketwire)"},
    "published": "2011-03-29", "published_confidence": "exact",
    "published_note": "Dated in the release (dateline and timestamp); figures are through Friday March 25, 2011.",
    "text": ("SEATTLE, WA (Marketwire, March 29, 2011) - The Russell World Cap Index shows a 2011 return of 3.8% "
             "through March 25, slightly ahead of the Russell Global Index (3.5%). The gap comes from the split among "
             "global small caps: the U.S. small-cap Russell 2000 Index shows a 5.4% gain for the period, while the "
             "Russell Global ex-U.S. Small Cap Index reflects a loss (-0.5%). The release's table gives the Russell "
             "2000 Index returns as -0.3% for January 2011, 5.5% for February 2011 and 0.2% month to date through "
             "March 25."),
    "claims": [
        C("RUSSELL_WORLD_CAP", "ytd_return", 3.8, "percent", "2011 return of 3.8%", U, "series not in the files", "",
          ref=d, window="YTD"),
        C("RUSSELL_GLOBAL", "ytd_return", 3.5, "percent", "(3.5%)", U, "series not in the files", "", ref=d,
          window="YTD"),
        C("RUT", "ytd_return", 5.4, "percent", "5.4% gain", U, "total-return figure; only a price index in the files",
          "Russell's release returns are total returns (the release points to Russell's daily total returns). Price "
          "return 2010-12-31 to 2011-03-25: +5.13%, which would be imprecise if the figure were read as a price "
          "return.", ref=d, window="YTD", basis="total return"),
        C("RUSSELL_GLOBAL_EXUS_SMALL", "ytd_return", -0.5, "percent", "(-0.5%)", U, "series not in the files", "",
          ref=d, window="YTD"),
        C("RUT", "month_return", -0.3, "percent", "-0.3% for January 2011", U,
          "total-return figure; only a price index in the files",
          "Price return for January 2011: -0.31% (agrees); the total return is not in the files.", ref="2011-01-31",
          window="2011-01", basis="total return"),
        C("RUT", "month_return", 5.5, "percent", "5.5% for February 2011", U,
          "total-return figure; only a price index in the files",
          "Price return for February 2011: +5.40% (0.1 below the figure, consistent with dividends).",
          ref="2011-02-28", window="2011-02", basis="total return"),
        C("RUT", "mtd_return", 0.2, "percent", "0.2% month to date", U,
          "total-return figure; only a price index in the files",
          "Price return Feb 28 to Mar 25, 2011: +0.05%.", ref=d, window="MTD", basis="total return"),
    ],
})

# 8 ---------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "marketwired_20131010_shutdowns_ceilings_markets",
    "source": {"site": "marketwired.com",
               "url": "http://www.marketwired.com/press-release/shutdowns-ceilings-markets-russell-1000r-2000r-indexes-reflect-us-market-reaction-beltway-1840006.htm",
               "original_outlet": "Russell Investments (press release via Marketwired)"},
    "published": "2013-10-10", "published_confidence": "exact",
    "published_note": "Dated in the release; 'the current debate' is checked from the 2013-09-30 close to the "
                      "2013-10-09 close, the last session before the release.",
    "text": ("SEATTLE, WA (Marketwired, Oct 10, 2013) - U.S. stocks, as reflected by the large-cap Russell 1000 Index "
             "and the small-cap Russell 2000 Index, have reacted differently to past government shutdowns and debt "
             "ceiling debates. During the previous shutdown, from November 14, 1995 through January 5, 1996, the "
             "Russell 1000 (3.7%) and Russell 2000 Indexes (3.1%) both rose more than 3%. The 2011 debt ceiling "
             "debate, from May 16, when Treasury Secretary Tim Geithner suspended the debt ceiling resolution, to "
             "August 2, when President Obama signed the Budget Control Act, saw a marked decline for U.S. stocks, "
             "with small caps in the Russell 2000 falling more sharply than large caps in the Russell 1000. The "
             "current Beltway debate, which combines the shutdown that began on October 1st with the October 17th "
             "debt ceiling deadline, has seen U.S. stocks decline, led by small caps."),
    "claims": [
        C("RUSSELL_1000", "window_return", 3.7, "percent", "Russell 1000 (3.7%)", U, "series not in the files",
          "S&P 500 as a proxy: +4.65% from the Nov 14, 1995 close (+4.12% from the Nov 13 close).",
          ref="1996-01-05", window="1995-11-14..1996-01-05"),
        C("RUT", "window_return", 3.1, "percent", "Russell 2000 Indexes (3.1%)", U,
          "total-return figure; only a price index in the files",
          "Russell's returns are total returns. Price return +3.54% from the Nov 14, 1995 close and +2.83% from the "
          "Nov 13 close (the day before the shutdown began); a total return from the Nov 13 close would be near "
          "3.1%, so the files cannot decide it.", ref="1996-01-05", window="1995-11-14..1996-01-05",
          basis="total return"),
        C("RUT", "window_return_bound", 3, "percent", "both rose more than 3%", S, "more than: true > claim",
          "Price return from the Nov 14, 1995 close to Jan 5, 1996: +3.54% (the dev convention starts a window "
          "at the stated day's close); from the Nov 13 close it is +2.83%, below 3%.", ref="1996-01-05",
          window="1995-11-14..1996-01-05", qualifier="more than", auto=("pct", 0)),
        C("RUT", "window_direction", "decline", "sign", "saw a marked decline", S, "sign of the change",
          "Russell 2000 May 16 to Aug 2, 2011: -6.79% (-8.22% from the May 13 close).", ref="2011-08-02",
          window="2011-05-16..2011-08-02"),
        C("RUT", "relative_decline", "RUT fell more than RUSSELL_1000", "ordering",
          "falling more sharply than large caps", U, "series not in the files",
          "The Russell 1000 is not in the files; with the S&P 500 as a proxy the ordering holds (-6.79% vs "
          "-5.67%).", ref="2011-08-02", window="2011-05-16..2011-08-02", comparison="RUSSELL_1000"),
        C("RUT", "window_direction", "decline", "sign", "has seen U.S. stocks decline", S, "sign of the change",
          "Russell 2000 from the Sep 30 close to the Oct 9 close: -2.83%.", ref="2013-10-09",
          window="2013-10-01..2013-10-09"),
        C("RUT", "relative_decline", "RUT fell more than RUSSELL_1000", "ordering", "led by small caps", U,
          "series not in the files",
          "The Russell 1000 is not in the files; with the S&P 500 as a proxy the ordering holds (-2.83% vs "
          "-1.50%).", ref="2013-10-09", window="2013-10-01..2013-10-09", comparison="RUSSELL_1000"),
    ],
})

# 9 ---------------------------------------------------------------------------------------------
d = "2025-10-03"
PASSAGES.append({
    "id": "smallcapnetwork_20251003_records_despite_shutdown",
    "source": {"site": "smallcapnetwork.com",
               "url": "https://smallcapnetwork.com/banner_articles/wall-street-posts-record-highs-as-small-caps-rally-despite-shutdown-noise",
               "original_outlet": "SmallCapNetwork (SCN editorial field report)"},
    "published": d, "published_confidence": "exact",
    "published_note": "The text is dated 'as midday settled on October 3, 2025': all the moves are mid-session.",
    "text": ("As midday settled on October 3, 2025, North American markets were defying headline risk. The S&P 500 "
             "and Nasdaq climbed to fresh highs on broad demand and renewed hopes for rate cuts, while small caps "
             "joined the uptrend. The S&P 500 advanced ~0.3%, the Dow Jones Industrial Average added ~0.6% on gains "
             "in UnitedHealth and IBM, and the Nasdaq ticked higher on chip names. Small caps posted solid gains too: "
             "the Russell 2000 lifted ~1.0%, outpacing many large-cap indices. U.S. equity funds saw net inflows of "
             "$36.4B last week, with large-cap funds absorbing most of the money."),
    "claims": [
        C("SPX", "intraday_record", True, "flag", "S&P 500 and Nasdaq climbed to fresh highs", S,
          "records: intraday record above every earlier high",
          "Session high 6750.87 above every earlier high (the close, 6715.79, was also a record).", ref=d,
          basis="intraday high"),
        C("IXIC", "intraday_record", True, "flag", "Nasdaq climbed to fresh highs", S,
          "records: intraday record above every earlier high",
          "Session high 22925.43 above every earlier high; the close (22780.51, -0.28%) was not a record.", ref=d,
          basis="intraday high"),
        C("SPX", "pct_change", 0.3, "percent", "advanced ~0.3%", U, "mid-session figure inside the session's range",
          "Close +0.01%; session range -0.14% to +0.53%.", ref=d, window="1d", basis="midday", qualifier="about"),
        C("DJI", "pct_change", 0.6, "percent", "added ~0.6%", U, "mid-session figure inside the session's range",
          "Close +0.51%; session range +0.10% to +1.14%.", ref=d, window="1d", basis="midday", qualifier="about"),
        C("IXIC", "direction", "up", "sign", "the Nasdaq ticked higher", U,
          "mid-session figure inside the session's range",
          "Close -0.28%; session range -0.65% to +0.36%, so a small gain at midday is possible.", ref=d, window="1d",
          basis="midday"),
        C("RUT", "pct_change", 1.0, "percent", "lifted ~1.0%", U, "mid-session figure inside the session's range",
          "Close +0.72%; session range +0.33% to +1.58%.", ref=d, window="1d", basis="midday", qualifier="about"),
        C("FUND_FLOWS", "net_inflows", 36.4, "billion USD", "$36.4B", U, "not a series in the files",
          "Weekly fund-flow data are not in the files.", ref=d, window="last week"),
    ],
})

# 10 --------------------------------------------------------------------------------------------
d = "2021-02-24"
PASSAGES.append({
    "id": "financeprop_20210224_dow_record_rut_outperforms",
    "source": {"site": "financeprop.com",
               "url": "https://financeprop.com/2021/02/24/us-stocks-close-sharply-higher-dow-industrial-average-closes-at-a-record-high/",
               "original_outlet": "not named (a forex-news repost that links its source; the wording is ForexLive's closing note)"},
    "published": d, "published_confidence": "exact",
    "published_note": "Date in the URL; closing note for Wednesday 2021-02-24. Another corpus covers this session "
                      "through an AP table on a different site; this page is a different outlet and has its own "
                      "(partly wrong) figures.",
    "text": ("US stocks close sharply higher and the Dow industrial average closes at a record high. The major stock "
             "indices all closed sharply higher, with the Russell 2000 of small-cap stocks outperforming with a gain "
             "of 2.38%. The Dow industrial average is closing at a record high of 31961.86 after reaching an intraday "
             "all-time high of 32009.64. The closing levels: Russell index up 53.08 points or 2.38% at 22840.40; "
             "NASDAQ index up 132.77 points or 0.99% at 13597.97; S&P index up 43.98 points or 1.13% at 3925.35; Dow "
             "industrial average up 424.51 points or 1.35% at 31961.86. Although higher, the NASDAQ index fell short "
             "of its 200 hour moving average at 13612.098; its high price reached 13607.36."),
    "claims": [
        C("DJI", "record_close", True, "flag", "closes at a record high", S, "records: above every earlier close",
          "31961.86 is above every earlier close in the file.", ref=d),
        C("RUT", "pct_change", 2.38, "percent", "gain of 2.38%", S, TOL, "+2.378%.", ref=d, window="1d",
          auto=("pct", 2)),
        C("DJI", "intraday_high", 32009.64, "index_points", "32009.64", S, TOL, "Session high 32009.64.", ref=d,
          basis="intraday high", auto=("level", 2)),
        C("DJI", "intraday_record", True, "flag", "intraday all-time high", S,
          "records: intraday record above every earlier high", "Previous highest high 31653.48.", ref=d,
          basis="intraday high"),
        C("RUT", "point_change", 53.08, "points", "53.08 points", S, TOL, "File: +53.07.", ref=d, window="1d",
          auto=("points", 2)),
        C("RUT", "close", 22840.40, "index_points", "22840.40", X, FAR,
          "The close was 2284.38 (AP: 2,284.38); 22840.40 is ten times too large, a misplaced decimal point "
          "(and even 2284.04 would be 0.34 off).", ref=d, auto=("level", 2)),
        C("IXIC", "point_change", 132.77, "points", "132.77 points", S, TOL, ref=d, window="1d", auto=("points", 2)),
        C("IXIC", "pct_change", 0.99, "percent", "0.99%", S, TOL, "+0.986%.", ref=d, window="1d", auto=("pct", 2)),
        C("IXIC", "close", 13597.97, "index_points", "13597.97", S, TOL, ref=d, auto=("level", 2)),
        C("SPX", "point_change", 43.98, "points", "43.98 points", I, OUT + " (point change within 20%)",
          "File: +44.06 (3925.43 vs 3881.37); a preliminary print.", ref=d, window="1d", auto=("points", 2)),
        C("SPX", "pct_change", 1.13, "percent", "1.13%", S, TOL, "+1.135%.", ref=d, window="1d", auto=("pct", 2)),
        C("SPX", "close", 3925.35, "index_points", "3925.35", I, OUT + " (level within 1%)",
          "File close 3925.43; 3925.35 is 0.08 off, a preliminary print.", ref=d, auto=("level", 2)),
        C("DJI", "point_change", 424.51, "points", "424.51 points", S, TOL, ref=d, window="1d", auto=("points", 2)),
        C("DJI", "pct_change", 1.35, "percent", "1.35%", S, TOL, "+1.346%.", ref=d, window="1d", auto=("pct", 2)),
        C("DJI", "close", 31961.86, "index_points", "1.35% at 31961.86", S, TOL, ref=d, auto=("level", 2)),
        C("IXIC", "moving_average_200h", 13612.098, "index_points", "13612.098", U,
          "intraday (hourly) data not in the files", "A 200-hour moving average needs hourly prices.", ref=d,
          basis="hourly"),
        C("IXIC", "intraday_high", 13607.36, "index_points", "13607.36", S, TOL, "Session high 13607.36.", ref=d,
          basis="intraday high", auto=("level", 2)),
    ],
})

# 11 --------------------------------------------------------------------------------------------
d = "2023-06-06"
PASSAGES.append({
    "id": "realmoney_20230607_small_cap_dogs_tuesday",
    "source": {"site": "realmoney.thestreet.com",
               "url": "https://realmoney.thestreet.com/investing/stocks/plenty-of-small-cap-dogs-had-their-day-on-tuesday-but-will-the-gains-continue--16125766",
               "original_outlet": "TheStreet Real Money"},
    "published": "2023-06-07", "published_confidence": "medium",
    "published_note": "The column describes 'Tuesday' and 'yesterday's action': Tuesday 2023-06-06 is the only "
                      "2023 Tuesday with these four index moves (S&P +0.24%, Dow +0.03%, Nasdaq +0.36%, Russell "
                      "+2.7%), so the piece is dated the next day. Another corpus covers the same session through a "
                      "different outlet.",
    "text": ("Tuesday was a seemingly humdrum day in the markets, with the S&P 500 (up 0.24%), Dow Industrials (up "
             "0.03%) and Nasdaq (up 0.36%) barely moving. It was a huge day for smaller names, though. The Russell "
             "2000 (up 2.7%) hit a 3-month high and is now up 6.02% year to date as investors reassess the prospects "
             "of small caps. The rally was driven by value, as the Russell 2000 Value Index (up 3.1%) upstaged "
             "Russell 2000 Growth (up 2.35%)."),
    "claims": [
        C("SPX", "pct_change", 0.24, "percent", "up 0.24%", S, TOL, "+0.235%.", ref=d, window="1d", auto=("pct", 2)),
        C("DJI", "pct_change", 0.03, "percent", "up 0.03%", S, TOL, "+0.031%.", ref=d, window="1d", auto=("pct", 2)),
        C("IXIC", "pct_change", 0.36, "percent", "up 0.36%", S, TOL, "+0.355%.", ref=d, window="1d", auto=("pct", 2)),
        C("RUT", "pct_change", 2.7, "percent", "up 2.7%", S, TOL, "+2.695%.", ref=d, window="1d", auto=("pct", 1)),
        C("RUT", "highest_since", "2023-03", "month", "3-month high", S, "highest since X",
          "Last earlier close at least as high (1855.40): 2023-03-08 (1879.48), three months before.", ref=d),
        C("RUT", "ytd_pct", 6.02, "percent", "6.02%", I, OUT + " (percent within 2 points and 20%)",
          "YTD price change to the 2023-06-06 close: +5.35%. A total-return figure would be only about 0.6 points "
          "higher than the price return after five months, so the gap is not explained by the basis alone.",
          ref=d, window="YTD", auto=("pct", 2)),
        C("RUSSELL_2000_VALUE", "pct_change", 3.1, "percent", "up 3.1%", U, "series not in the files", "", ref=d,
          window="1d"),
        C("RUSSELL_2000_GROWTH", "pct_change", 2.35, "percent", "up 2.35%", U, "series not in the files", "",
          ref=d, window="1d"),
    ],
})

# 12 --------------------------------------------------------------------------------------------
d = "2026-01-12"
PASSAGES.append({
    "id": "ttm_20260113_small_caps_longest_streak_since_2019",
    "source": {"site": "ttm.financial", "url": "https://ttm.financial/m/news/1112689602",
               "original_outlet": None},
    "published": "2026-01-13", "published_confidence": "high",
    "published_note": "The page shows only '01-13'; the year follows from the content (record high 'on Monday' "
                      "with a seven-session streak fits Monday 2026-01-12). Other corpora cover this session through "
                      "different outlets.",
    "text": ("Small Caps Outperform S&P 500 for Longest Stretch Since 2019. Small-cap stocks have put together their "
             "longest run of outperformance against large-cap peers in seven years. The Russell 2000 Index, which "
             "hit a record high on Monday, has now beaten the S&P 500 for seven consecutive trading sessions. The "
             "last time small caps achieved a longer run was in January 2019, when equities were rebounding sharply "
             "after a selloff that had pushed the market close to bear-market territory. In December 2018 the S&P "
             "500 dropped 9.2%, while the Russell 2000 declined even more, falling 12%. When markets rebounded the "
             "following month, small caps led the recovery, with the Russell 2000 surging 11%, compared with a 7.9% "
             "gain in the S&P 500."),
    "claims": [
        C("RUT", "record_close", True, "flag", "hit a record high on Monday", S, "records: above every earlier close",
          "2026-01-12 close 2635.69 above every earlier close.", ref=d),
        C("RUT", "relative_streak", 7, "sessions", "seven consecutive trading sessions", S,
          "streaks use daily closes",
          "Russell 2000 daily % change above the S&P 500's on each session from 2026-01-02 to 2026-01-12.", ref=d,
          comparison="SPX", auto=("count", 0)),
        C("RUT", "longer_streak_last", "2019-01", "month", "longer run was in January 2019", S,
          "longest since X: last time a streak at least as long",
          "Last streak of 8 or more sessions ended 2019-01-11 (8 sessions); streaks of 7 occurred in 2022.", ref=d,
          comparison="SPX"),
        C("SPX", "month_return", -9.2, "percent", "dropped 9.2%", S, TOL, "December 2018: -9.18%.",
          ref="2018-12-31", window="2018-12", auto=("pct", 1)),
        C("RUT", "month_return", -12, "percent", "falling 12%", S, TOL, "December 2018: -12.05%.", ref="2018-12-31",
          window="2018-12", auto=("pct", 0)),
        C("RUT", "month_return", 11, "percent", "surging 11%", S, TOL, "January 2019: +11.19%.", ref="2019-01-31",
          window="2019-01", auto=("pct", 0)),
        C("SPX", "month_return", 7.9, "percent", "7.9%", S, TOL, "January 2019: +7.87%.", ref="2019-01-31",
          window="2019-01", auto=("pct", 1)),
    ],
})

# 13 --------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "dailytradealert_20200415_small_cap_buying_time",
    "source": {"site": "dailytradealert.com",
               "url": "https://staging.dailytradealert.com/2020/04/15/now-is-the-time-to-buy-these-stocks-5",
               "original_outlet": "Daily Trade Alert (investor newsletter)"},
    "published": "2020-04-15", "published_confidence": "exact",
    "text": ("In uncertain times, history says there has rarely been a better moment to buy small-cap stocks, after an "
             "epically bad first quarter of 2020 for the sector as measured by the Russell 2000 Index. The first "
             "quarter decline of 30.6% in the Russell 2000 was the largest quarterly loss in the more than 40-year "
             "history of the index. The one-month drop between February 20, 2020, and March 18, 2020, was even worse: "
             "the index fell by a staggering 41.5%. For perspective, when the internet bubble collapsed between March "
             "2000 and October 2002, the Russell 2000 declined by 44.1%, and in the bear market that began in July 2007 "
             "and ended in March 2009 it had a maximum drawdown of 58.9%."),
    "claims": [
        C("RUT", "quarter_return", -30.6, "percent", "decline of 30.6%", U,
          "total-return figure; only a price index in the files",
          "Price return for Q1 2020: -30.89% (0.29 off, imprecise on the price basis); -30.6% is the published "
          "total return of the index, which the files do not hold.", ref="2020-03-31", window="2020Q1",
          basis="total return"),
        C("RUT", "worst_quarter_since_inception", "2020Q1", "quarter", "largest quarterly loss", U,
          "history before the file starts",
          "In the file (from September 1987) Q1 2020 is the worst quarter (-30.89%, ahead of Q4 1987 at -29.50%), "
          "but the index history from 1979 to 1987 is not in the files.", ref="2020-03-31"),
        C("RUT", "window_pct", -41.5, "percent", "41.5%", S, TOL, "Feb 20 close 1696.07 to Mar 18 close 991.16: "
          "-41.56%.", ref="2020-03-18", window="2020-02-20..2020-03-18", auto=("pct", 1)),
        C("RUT", "drawdown", 44.1, "percent", "declined by 44.1%", I, OUT + " (percent within 2 points and 20%)",
          "Largest close-to-close fall from March 2000 to October 2002: 46.04% (606.05 on 2000-03-09 to 327.04 on "
          "2002-10-09). A total-return series could explain part of the gap but is not in the files.",
          ref="2002-10-09", window="2000-03..2002-10", auto=("pct", 1)),
        C("RUT", "drawdown", 58.9, "percent", "maximum drawdown of 58.9%", I, OUT + " (percent within 2 points and 20%)",
          "Close-to-close maximum drawdown July 2007 to March 2009: 59.89% (855.77 on 2007-07-13 to 343.26 on "
          "2009-03-09).", ref="2009-03-09", window="2007-07..2009-03", auto=("pct", 1)),
    ],
})

# 14 --------------------------------------------------------------------------------------------
d = "2020-10-08"
PASSAGES.append({
    "id": "sentimentrader_20201008_small_cap_surge",
    "source": {"site": "sentimentrader.com", "url": "https://sentimentrader.com/blog/a-small-cap-surge-of-historic-proportions/",
               "original_outlet": "SentimenTrader (Jason Goepfert)"},
    "published": d, "published_confidence": "exact",
    "published_note": "Blog post dated 2020-10-08 (the blog's posts carry an 11:00 CDT time stamp, so the "
                      "figures are treated as mid-session figures of October 8; the ten sessions run from the "
                      "2020-09-24 close).",
    "text": ("A small-cap surge of historic proportions. The Russell 2000 index of small-capitalization companies has "
             "surged more than 10% over the past 2 weeks. As recently as a few weeks ago there was a lot of talk "
             "about small caps' relative weakness and how they tend to lag during the fourth quarter. Not anymore: "
             "over the past two weeks the small-cap Russell 2000 has surged more than 11%, one of its largest 10-day "
             "gains since inception. There have been only 20 distinct times over the past 40 years when the index "
             "shot higher by at least 10% over a 10-day stretch."),
    "claims": [
        C("RUT", "ten_day_pct", 10, "percent", "surged more than 10%", S,
          "bound claim: both the close and the session extreme satisfy it",
          "Ten sessions from the 2020-09-24 close (1451.82): close +12.17%, session low +11.26%, high +12.30%. "
          "Through the Oct 7 close it was +10.99%, also above 10%.", ref=d, window="10 sessions",
          basis="mid-session", qualifier="more than", auto=("pct", 0)),
        C("RUT", "ten_day_pct", 11, "percent", "surged more than 11%", S,
          "bound claim: both the close and the session extreme satisfy it",
          "Whole Oct 8 session above +11% (low +11.26%, close +12.17%). Read on the Oct 7 close (+10.99%) it "
          "would fall just short.", ref=d, window="10 sessions", basis="mid-session", qualifier="more than",
          auto=("pct", 0)),
        C("RUT", "ten_day_gain_rank", "one of the largest", "rank", "one of its largest 10-day gains since inception",
          S, "ranks count all moves in the file",
          "The 10-session gain to the Oct 8 close ranks 39th of about 8,300 in the file (top 0.5%); the 1979-87 "
          "history is not in the files but cannot undo 'one of the largest'.", ref=d, window="10 sessions"),
        C("RUT", "count_10pct_10day_episodes", 20, "count", "only 20 distinct times", U,
          "history before the file starts; episode definition not stated",
          "The file starts in September 1987, so 1980-1987 cannot be counted, and 'distinct' is not defined: since "
          "1987 the file has 33 runs of 10-session gains of 10% or more, or 25 when runs closer than 10 sessions "
          "are merged.", ref=d, window="40 years"),
    ],
})

# 15 --------------------------------------------------------------------------------------------
PASSAGES.append({
    "id": "pwco_20161228_small_cap_stocks_election",
    "source": {"site": "pwco.com", "url": "http://pwco.com/blog/2016/12/28/make-small-cap-stocks-great-again/",
               "original_outlet": "PWCO (adviser blog)"},
    "published": "2016-12-28", "published_confidence": "exact",
    "published_note": "Date in the URL; the figures are as of October 31 and November 30, 2016, and for the eight "
                      "sessions after the November 8 election (to the November 18 close).",
    "text": ("The markets right after the US presidential election surprised many: US small company stocks earned "
             "higher returns than US large company stocks. As of October 31, 2016, small company stocks were ahead "
             "of large company stocks year to date by 0.34 percentage points: Russell 1000 Index 5.82%, Russell "
             "2000 Index 6.16%, size premium 0.34%. In the eight trading days after the election on November 8, the "
             "small cap premium, measured as the return difference between the Russell 2000 and Russell 1000, was 7.8 "
             "percentage points, which pulled small company stocks ahead of large company stocks year to date, as "
             "of November 30, by approximately 8 percentage points."),
    "claims": [
        C("RUSSELL_1000", "ytd_return", 5.82, "percent", "Russell 1000 Index 5.82%", U, "series not in the files",
          "", ref="2016-10-31", window="YTD"),
        C("RUT", "ytd_return", 6.16, "percent", "Russell 2000 Index 6.16%", U,
          "total-return figure; only a price index in the files",
          "Price return to the 2016-10-31 close: +4.89%; the table's returns are total returns (with "
          "dividends), which the files do not hold.", ref="2016-10-31", window="YTD", basis="total return"),
        C("RUT_MINUS_RUSSELL_1000", "ytd_spread", 0.34, "percentage_points", "size premium 0.34%", U,
          "series not in the files", "The Russell 1000 is not in the files.", ref="2016-10-31", window="YTD"),
        C("RUT_MINUS_RUSSELL_1000", "window_spread", 7.8, "percentage_points", "7.8", U, "series not in the files",
          "The Russell 1000 is not in the files. With the S&P 500 as a proxy the spread over the eight sessions "
          "from the Nov 8 close to the Nov 18 close is 8.10 points (Russell 2000 +10.08%, S&P 500 +1.98%).",
          ref="2016-11-18", window="8 sessions after 2016-11-08"),
        C("RUT_MINUS_RUSSELL_1000", "ytd_spread", 8, "percentage_points", "approximately 8 percentage points", U,
          "series not in the files",
          "The Russell 1000 is not in the files. Proxy: Russell 2000 minus S&P 500 year to date at the Nov 30 close "
          "(price returns): 8.84 points.", ref="2016-11-30", window="YTD", qualifier="approximately"),
    ],
})
