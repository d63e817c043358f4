"""Passages and claims of the heldout5b corpus (input of build.py)."""

P = []


def passage(pid, site, url, outlet, published, conf, note, text, claims):
    P.append(dict(id=pid, site=site, url=url, outlet=outlet, published=published, conf=conf,
                  pnote=note, text=text, claims=claims))


def c(tk, metric, value, anchor, expr, ref, unit="percent", qual=None, window=None, basis="close",
      cat="pct", v=None, note="", dec=2, comparison=None, detail=""):
    return dict(tk=tk, metric=metric, value=value, anchor=anchor, expr=expr, ref=ref, unit=unit, qual=qual,
                window=window, basis=basis, cat=cat, v=v, note=note, dec=dec, comparison=comparison, detail=detail)


# ---------------------------------------------------------------- small caps
passage(
    "thetechnicals_20181217_rut_bear_market", "thetechnicals.com",
    "https://thetechnicals.com/russell-2000-rut-iwm-small-caps-plunge-bear-market/", "The Technicals",
    "2018-12-18", "medium",
    "inferred: the page is undated; it describes a Monday close of 1378 after an August 31 closing high of 1740, which matches Mon 2018-12-17 (RUT 1378.14). Taken as published the next day; the text is about the 2018-12-17 session.",
    "Small caps plunge into a bear market. Monday brought more pain for anyone holding the S&P 500, the Dow or the Nasdaq, "
    "but the picture was worse for the smaller companies in the Russell 2000 (RUT), which investors usually trade through an "
    "ETF such as IWM. The index has been mostly red since the slide began in early September, with only short bounces. "
    "As of Monday it has officially entered bear-market territory, usually defined as a drop of 20% or more from the latest "
    "peak, which in this case came on August 31. From that August 31st closing high at $1740 to Monday's close of $1378, "
    "the small-cap index has lost a whopping 20.8%. The Russell has led the other major indexes lower through the past "
    "three months of volatility: its steep declines started in early September, while the large-cap S&P 500, Dow and "
    "Nasdaq began to plunge a month later. And while the Russell 2000 now sits more than 20% below its peak, the large-cap "
    "indexes are only deep in correction territory.",
    [
        c("RUT", "peak_date", "2018-08-31", "August 31st closing high", "record_before('RUT','2018-12-17')[0]", "2018-12-17",
          unit="date", v="supported", note="The last record close before 2018-12-17 is 2018-08-31 (1740.75); it is also the 52-week closing high."),
        c("RUT", "close_level", "1740", "$1740", "val('RUT','2018-08-31')", "2018-08-31", unit="index_points", cat="level",
          note="Close 1740.75 written as 1740: truncated, off by 0.75 (0.04%)."),
        c("RUT", "close_level", "1378", "$1378", "val('RUT','2018-12-17')", "2018-12-17", unit="index_points", cat="level"),
        c("RUT", "pct_from_high", "20.8", "a whopping 20.8%", "-ret('RUT','2018-08-31','2018-12-17')", "2018-12-17",
          note="1378.14 / 1740.75 - 1 = -20.83%."),
        c("RUT", "bear_market", True, "officially entered bear-market territory", "-ret('RUT','2018-08-31','2018-12-17') >= 20",
          "2018-12-17", unit="flag", v="supported", note="Close 20.83% below the 2018-08-31 record close."),
        c("SPX,DJI,IXIC", "pct_from_52w_high", "10-20", "only deep in correction territory",
          "[round(pct_below_52w_high(t,'2018-12-17'), 2) for t in ('GSPC','DJI','IXIC')]", "2018-12-17", v="supported",
          note="S&P 500 13.13% below its 2018-09-20 close, Dow 12.06% below 2018-10-03, Nasdaq 16.72% below 2018-08-29: all between 10% and 20%."),
    ])

passage(
    "fool_20201215_rut_overtakes_spx_ytd", "fool.com",
    "https://www.fool.com/investing/2020/12/15/heres-best-place-to-look-stock-market-gains-2021/", "The Motley Fool",
    "2020-12-15", "exact", "date in the URL; the text describes Tuesday 2020-12-15's close.",
    "Wall Street rallied nicely on Tuesday as optimism about a full economic recovery in 2021 took hold. The gains were "
    "broad, with the Dow Jones Industrial Average, the S&P 500 and the Nasdaq Composite all climbing 1%, and the Nasdaq's "
    "advance was enough to carry it to a new record. The Dow added 1.13%, or 338 points; the S&P 500 rose 1.29%, or 47 "
    "points; the Nasdaq Composite gained 1.25%, or 155 points. The standout, though, was the small-cap segment. Today's "
    "move of more than 2.3% was enough to send the Russell 2000's performance for the year to date above the S&P 500's. "
    "Small caps could not keep up with large caps through most of the 2010s bull market: coming into 2020, large caps had "
    "built a lead of 160% to 116% dating back to late 2010. The coronavirus bear market made it worse; at their worst levels "
    "in March, the S&P 500's gains had shrunk to around 80%, while small caps had fallen back to about a 30% gain. But for "
    "the first time all year, the Russell 2000 has caught up to and edged out the S&P 500.",
    [
        c("SPX,DJI,IXIC", "daily_pct_change", "1", "all climbing 1%",
          "[round(pct(t,'2020-12-15'), 2) for t in ('DJI','GSPC','IXIC')]", "2020-12-15", v="supported",
          note="Dow +1.13%, S&P 500 +1.29%, Nasdaq +1.25%: each rounds to 1% (integer tolerance 0.5)."),
        c("IXIC", "record_close", True, "carry it to a new record", "is_record('IXIC','2020-12-15')", "2020-12-15", unit="flag", v="supported"),
        c("DJI", "daily_pct_change", "1.13", "1.13%", "pct('DJI','2020-12-15')", "2020-12-15"),
        c("DJI", "daily_point_change", "338", "338 points", "chg('DJI','2020-12-15')", "2020-12-15", unit="index_points", cat="pts"),
        c("SPX", "daily_pct_change", "1.29", "1.29%", "pct('GSPC','2020-12-15')", "2020-12-15"),
        c("SPX", "daily_point_change", "47", "47 points", "chg('GSPC','2020-12-15')", "2020-12-15", unit="index_points", cat="pts"),
        c("IXIC", "daily_pct_change", "1.25", "1.25%", "pct('IXIC','2020-12-15')", "2020-12-15"),
        c("IXIC", "daily_point_change", "155", "155 points", "chg('IXIC','2020-12-15')", "2020-12-15", unit="index_points", cat="pts"),
        c("RUT", "daily_pct_change", "2.3", "more than 2.3%", "pct('RUT','2020-12-15')", "2020-12-15", qual="more than"),
        c("RUT", "ytd_crosses_spx", True, "was enough to send the Russell 2000's performance",
          "[round(ytd_pct('RUT','2020-12-14'), 2), round(ytd_pct('GSPC','2020-12-14'), 2)]", "2020-12-15", unit="flag",
          v="contradicted",
          note="The Russell was already ahead before Tuesday's move: at the 2020-12-14 close its YTD change was +14.71% (1913.86 vs 1668.47 on 2019-12-31) against +12.90% for the S&P 500 (3647.49 vs 3230.78); it first closed ahead on 2020-12-08. Tuesday's gain did not 'send' it above."),
        c("SPX,RUT", "cumulative_return", "160 vs 116", "160% to 116%",
          "[round(ret('GSPC','2010-12-31','2019-12-31'), 2), round(ret('RUT','2010-12-31','2019-12-31'), 2)]", "2019-12-31",
          window="late 2010 to end-2019", v="unverifiable",
          note="'Dating back to late 2010' does not fix the start. From the 2010-12-31 close the files give S&P 500 +156.89% and Russell 2000 +112.91%; an earlier late-2010 start (lower levels) would raise both."),
        c("SPX,RUT", "cumulative_return_at_low", "80 vs 30", "around 80%", None, "2020-03-23", window="late 2010 to March 2020 low",
          v="unverifiable", note="Same unstated late-2010 base as the previous claim ('around 80%' and 'about a 30% gain'); not computable without it."),
        c("RUT", "ytd_lead_first_time", True, "for the first time all year", "ytd_lead_days('RUT','GSPC','2020-12-08')", "2020-12-15",
          unit="flag", v="supported",
          note="Counting 2020 sessions before 2020-12-08 on which the Russell's YTD change exceeded the S&P 500's: 0. The first such close was 2020-12-08, so it is the first time in 2020."),
    ])

passage(
    "marketwatch_20171214_rut_tax_uncertainty", "realestateisideal.com",
    "http://realestateisideal.com/uncategorized/russell-2000-closes-down-1-1-on-tax-uncertainty", "MarketWatch (Market Pulse)",
    "2017-12-14", "high",
    "inferred: the repost is undated; a Thursday on which Senator Rubio threatened to vote against the Republican tax bill is Thu 2017-12-14, and the closing moves match that session.",
    "Russell 2000 closes down 1.1% on tax uncertainty. Small-capitalization shares fell hard on Thursday, dropping more than "
    "the broader market. The Russell 2000 lost 1.1%, its biggest one-day percentage decline since Nov. 7. Selling picked up "
    "after a report that Senator Marco Rubio would oppose the Republican tax bill unless it expanded the child tax credit "
    "further, which added to doubts about whether the bill would pass. The Russell is seen as more closely tied to the fate "
    "of tax reform, because small companies tend to pay higher rates than large multinationals. The S&P 500 closed down by "
    "0.4% on Thursday, the Dow Jones Industrial Average ended off 0.3% and the Nasdaq Composite Index dipped 0.3%. So far "
    "this year the Russell is up 11%, against the 18.5% gain of the S&P and less than half the Dow's 24% advance.",
    [
        c("RUT", "daily_pct_change", "-1.1", "lost 1.1%", "pct('RUT','2017-12-14')", "2017-12-14"),
        c("RUT", "worst_day_since", "2017-11-07", "since Nov. 7", "last_move_as_big('RUT','2017-12-14')", "2017-12-14",
          unit="date", v="supported", note="-1.15% on 2017-12-14; the last day with a drop at least as large is 2017-11-07 (-1.26%)."),
        c("SPX", "daily_pct_change", "-0.4", "0.4%", "pct('GSPC','2017-12-14')", "2017-12-14"),
        c("DJI", "daily_pct_change", "-0.3", "ended off 0.3%", "pct('DJI','2017-12-14')", "2017-12-14"),
        c("IXIC", "daily_pct_change", "-0.3", "dipped 0.3%", "pct('IXIC','2017-12-14')", "2017-12-14"),
        c("RUT", "ytd_pct_change", "11", "up 11%", "ytd_pct('RUT','2017-12-14')", "2017-12-14"),
        c("SPX", "ytd_pct_change", "18.5", "18.5%", "ytd_pct('GSPC','2017-12-14')", "2017-12-14"),
        c("DJI", "ytd_pct_change", "24", "24% advance", "ytd_pct('DJI','2017-12-14')", "2017-12-14"),
        c("RUT,DJI", "ytd_ratio", "0.5", "less than half", "ytd_pct('RUT','2017-12-14') / ytd_pct('DJI','2017-12-14')", "2017-12-14",
          qual="less than", unit="ratio", cat="pct", note="11.04% / 24.02% = 0.46, below one half."),
    ])

passage(
    "bloomberg_20171222_small_caps_twists", "washingtonpost.com",
    "https://www.washingtonpost.com/business/economy/twist-and-turns-for-small-caps/2017/12/22/241f0012-e10d-11e7-8679-a9728984779c_story.html",
    "Bloomberg (via The Washington Post)", "2017-12-22", "exact",
    "date in the URL (2017/12/22); a Friday session. The figures are read at the 2017-12-21 close, the last close before the story was written during Friday's session; the notes give the 2017-12-22 close as well.",
    "Of all the trades that were supposed to work in the year of a landmark tax cut, owning U.S. small caps looked like the "
    "surest. It has not turned out that way. The Russell 2000 has risen 14 percent in 2017 and may end up posting positive "
    "returns in nine of 12 months, including a 6.1 percent advance in October. But in a year when the Nasdaq 100 has rallied "
    "33 percent and even value stocks have posted double-digit gains, bulls could be forgiven for wanting more. For December, "
    "the Russell 2000 is down 0.1 percent, compared with advances of 1.4 percent for the S&P 500 and 1.6 percent for the "
    "Nasdaq 100. At risk of a down year as recently as Aug. 21, the small-cap index climbed 14 percent through the end of "
    "November and has been treading water since. \"There was tremendous optimism that the tax reform was going to sail "
    "through, and then the reality of governing came into play,\" said Dan Veru of Palisade Capital Management.",
    [
        c("RUT", "ytd_pct_change", "14", "has risen 14 percent", "ytd_pct('RUT','2017-12-21')", "2017-12-21",
          note="+14.00% at the 2017-12-21 close (+13.69% at the 2017-12-22 close; both within 0.5)."),
        c("RUT", "positive_months", "9 of 12", "nine of 12 months", "months_at_least('RUT','2017-01-01','2017-11-30',0.0000001)", "2017-12-21",
          unit="count", v="forecast",
          note="'May end up' is a projection. Through November the files give 8 positive months of 11 (March, May and August were down); nine would need a positive December, and December 2017 ended -0.56%."),
        c("RUT", "monthly_pct_change", "6.1", "6.1 percent advance in October", "monthly('RUT').loc['2017-10-31']", "2017-10-31",
          v="contradicted",
          note="October 2017 was +0.78% (1490.86 on 2017-09-29 to 1502.53 on 2017-10-31). The 6.1% advance was September's (+6.09%, 1405.28 on 2017-08-31 to 1490.86 on 2017-09-29): wrong month."),
        c("NDX", "ytd_pct_change", "33", "rallied 33 percent", "ytd_pct('NDX','2017-12-21')", "2017-12-21",
          note="+33.08% at the 2017-12-21 close (+32.93% on 2017-12-22)."),
        c("RUT", "mtd_pct_change", "-0.1", "down 0.1 percent", "mtd_pct('RUT','2017-12-22')", "2017-12-22", v="supported",
          note="At the 2017-12-22 close December was -0.08% (1542.93 vs 1544.14 on 2017-11-30); at the 2017-12-21 close it was +0.19%. The December figures fit Friday's session, so they are judged at the 2017-12-22 close."),
        c("SPX", "mtd_pct_change", "1.4", "1.4 percent for the S&P 500", "mtd_pct('GSPC','2017-12-22')", "2017-12-22",
          note="+1.35% at the 2017-12-22 close (+1.40% on 2017-12-21)."),
        c("NDX", "mtd_pct_change", "1.6", "1.6 percent for the", "mtd_pct('NDX','2017-12-22')", "2017-12-22",
          note="+1.56% at the 2017-12-22 close (+1.68% on 2017-12-21)."),
        c("RUT", "ytd_negative", True, "At risk of a down year as recently as Aug. 21", "ytd_pct('RUT','2017-08-21')", "2017-08-21",
          unit="flag", v="supported", note="Close 2017-08-21 1356.90 vs 1357.13 at the end of 2016: -0.02% for the year."),
        c("RUT", "window_pct_change", "14", "climbed 14 percent", "ret('RUT','2017-08-21','2017-11-30')", "2017-11-30",
          window="2017-08-21 to 2017-11-30"),
    ])

passage(
    "cnbc_20231002_rut_negative_for_year", "tiatira.com", "https://tiatira.com/blog/the-russell-2000-is-flashing-a-warning",
    "CNBC", "2023-10-03", "high",
    "inferred: the repost of CNBC's daily newsletter is undated; the stopgap bill for 45 days and the Russell turning negative for the year on a Monday fit Mon 2023-10-02. Taken as published the next morning; the text is about the 2023-10-02 session.",
    "Markets were relieved by a stopgap bill that keeps the U.S. government running for 45 days, but grew more anxious about "
    "Treasury yields that keep climbing: both the 2-year and 10-year yield increased about 0.1 percentage points on Monday. "
    "Stocks teetered between green and red. The S&P 500 was unchanged, a fitting symbol of the knife's edge. The Dow Jones "
    "Industrial Average declined 0.22%, while the Nasdaq Composite advanced 0.67% for its fourth consecutive day. It is the "
    "Russell 2000 that deserves attention, though. The index fell 1.6% Monday, dragging its year-to-date performance to "
    "negative 0.2%; in other words, the Russell 2000 turned negative for the first time in 2023. The average market "
    "capitalization of a Russell 2000 company is $2.98 billion, as of Aug. 31, while a firm needs a market value of at least "
    "$14.5 billion to be added to the S&P 500. Set against the S&P's year-to-date increase of 11.69%, the Russell's loss shows "
    "how concentrated this year's gains have been in mega-caps.",
    [
        c("US2Y,US10Y", "daily_yield_change", "0.1", "about 0.1 percentage points",
          "[rate_chg_bp('DGS2','2023-10-02'), rate_chg_bp('DGS10','2023-10-02')]", "2023-10-02", unit="percentage_points",
          qual="about", basis="end of day", v="supported",
          note="FRED end of day: 2-year 5.03 -> 5.12 (+9 bp), 10-year 4.59 -> 4.69 (+10 bp); both within 'about 0.1' (0.0 to 0.2)."),
        c("SPX", "daily_pct_change", "0", "The S&P 500 was unchanged", "pct('GSPC','2023-10-02')", "2023-10-02", v="supported",
          note="+0.34 points (+0.008%) to 4288.39: flat."),
        c("DJI", "daily_pct_change", "-0.22", "declined 0.22%", "pct('DJI','2023-10-02')", "2023-10-02"),
        c("IXIC", "daily_pct_change", "0.67", "advanced 0.67%", "pct('IXIC','2023-10-02')", "2023-10-02"),
        c("IXIC", "up_streak", "4", "fourth consecutive day", "streak('IXIC','2023-10-02')", "2023-10-02", unit="sessions", cat="pts"),
        c("RUT", "daily_pct_change", "-1.6", "fell 1.6% Monday", "pct('RUT','2023-10-02')", "2023-10-02"),
        c("RUT", "ytd_pct_change", "-0.2", "negative 0.2%", "ytd_pct('RUT','2023-10-02')", "2023-10-02"),
        c("RUT", "first_negative_ytd_of_year", True, "turned negative for the first time in 2023",
          "[d.date().isoformat() for d in cl('RUT')['2023-01-03':'2023-09-29'].index if ytd_pct('RUT', d) < 0][:3]", "2023-10-02",
          unit="flag", v="contradicted",
          note="The Russell had closed below its 2022 year-end level (1761.25) earlier in 2023: 2023-01-03 (1750.73), 2023-01-05 (1753.19) and again in March (2023-03-13, 1744.30; 2023-03-15; 2023-03-17). Monday was not the first time."),
        c("RUT", "avg_market_cap", "2.98", "$2.98 billion", None, "2023-08-31", unit="usd_billion", v="unverifiable",
          note="Constituent market values are not in the files."),
        c("SPX", "min_market_cap_to_join", "14.5", "$14.5 billion", None, "2023-10-02", unit="usd_billion", v="unverifiable",
          qual="at least", note="An S&P index-committee eligibility rule, not in the files."),
        c("GENERIC", "stopgap_bill_days", "45", "45 days", None, "2023-10-02", unit="days", v="unverifiable",
          note="A budget fact, not a market figure in the files."),
        c("SPX", "ytd_pct_change", "11.69", "11.69%", "ytd_pct('GSPC','2023-10-02')", "2023-10-02"),
    ])

passage(
    "benzinga_20260420_iwm_april_surge", "stockysis.com", "https://stockysis.com/article/51926374", "Benzinga",
    "2026-04-21", "medium",
    "inferred: the page is undated; it gives figures 'through April 20' and 22V Research's April 20 update, so it was written after the close of Mon 2026-04-20 (taken as 2026-04-21). The text is about the 2026-04-20 close.",
    "Weeks after it slipped into correction territory in March, the small-cap Russell 2000 has staged a move that redraws the "
    "map for small-cap sentiment. The iShares Russell 2000 ETF (IWM) is up 11.7% month-to-date through April 20, its "
    "strongest monthly performance since December 2023, and it has closed higher in 12 of 13 sessions this month. The rebound, "
    "helped by a ceasefire-driven slide in oil and a reset in rate expectations, has pulled IWM back toward its record highs. "
    "John Roque of 22V Research has argued the small-cap bull case since the summer; his April 20 update shows the Russell "
    "2000 cash index at 2,775 after a breakout from a multi-year base around 2,000. His target is 3,200, another 15% higher "
    "from current levels. Since August 2025 the Russell 2000 has been up 28%, against 14% for the S&P 500, 16% for the "
    "Nasdaq 100 and 15% for the Roundhill Magnificent Seven ETF. Since the iShares Russell 2000 ETF launched in 1987, monthly "
    "rallies of 10% or more have happened exactly 13 times before this one.",
    [
        c("RUT", "in_correction_march", True, "slipped into correction territory in March", "pct_below_52w_high('RUT','2026-03-20')",
          "2026-03-20", unit="flag", v="supported", note="On 2026-03-20 the Russell closed 10.31% below its 52-week closing high."),
        c("IWM", "mtd_pct_change", "11.7", "up 11.7% month-to-date", "mtd_pct('IWM','2026-04-20')", "2026-04-20",
          note="IWM 277.35 on 2026-04-20 vs 248.00 on 2026-03-31: +11.83% (same with adj_close). Through 2026-04-17 it was +11.20%."),
        c("IWM", "best_month_since", "2023-12", "since December 2023", "last_month_as_big('IWM','2026-04-20', mtd_pct('IWM','2026-04-20'))",
          "2026-04-20", unit="month", v="imprecise",
          note="With the true +11.83% the last month at least as strong is 2020-11; December 2023 (+11.72%) is slightly weaker. With the stated 11.7% December 2023 would qualify. The 'since' is later than the true month (understated)."),
        c("IWM", "up_sessions_mtd", "12 of 13", "12 of 13 sessions", "up_days('IWM','2026-04-01','2026-04-20')", "2026-04-20",
          unit="count", v="supported", note="12 up closes in the 13 April sessions through 2026-04-20."),
        c("RUT", "close_level", "2775", "2,775", "val('RUT','2026-04-20')", "2026-04-20", unit="index_points", cat="level",
          note="Close 2792.96 on 2026-04-20 (2776.90 on 2026-04-17); 2,775 is off by 0.64% (0.07% from the Friday close): imprecise either way."),
        c("RUT", "price_target", "3200", "3,200", None, "2026-04-20", unit="index_points", v="forecast", note="Strategist's target."),
        c("RUT", "target_upside", "15", "another 15% higher", "(3200 / 2775 - 1) * 100", "2026-04-20",
          note="Arithmetic on the passage's own figures: 3,200 / 2,775 - 1 = 15.3%."),
        c("RUT", "window_pct_change", "28", "has been up 28%", "ret('RUT','2025-07-31','2026-04-20')", "2026-04-20",
          window="since August 2025",
          note="From the last close before August (2025-07-31) to 2026-04-20: +26.28%. From the 2025-08-01 close: +28.90%, also outside tolerance."),
        c("SPX", "window_pct_change", "14", "14% for the S&P 500", "ret('GSPC','2025-07-31','2026-04-20')", "2026-04-20",
          window="since August 2025", note="From 2025-07-31: +12.14%; from the 2025-08-01 close: +13.96% (would be supported)."),
        c("NDX", "window_pct_change", "16", "16% for the", "ret('NDX','2025-07-31','2026-04-20')", "2026-04-20",
          window="since August 2025", note="From 2025-07-31: +14.52%; from 2025-08-01: +16.81%."),
        c("MAGS", "window_pct_change", "15", "15% for the Roundhill", None, "2026-04-20", window="since August 2025", v="unverifiable",
          note="MAGS is not in the files."),
        c("IWM", "launch_year", "1987", "launched in 1987", "cl('IWM').index[0].date().isoformat()", "2026-04-20", unit="year",
          v="contradicted", note="IWM's file starts 2000-05-26 (the fund launched in May 2000); 1987 is when the Russell 2000 daily history in RUT.csv begins (1987-09-10)."),
        c("IWM", "count_10pct_months", "13", "exactly 13 times", "months_at_least('IWM','2000-06-01','2026-03-31',10)", "2026-03-31",
          unit="count", cat="pts",
          note="IWM monthly price gains of 10% or more before April 2026: 14 (2003-04, 2003-05, 2009-04, 2010-09, 2011-10, 2016-11, 2019-01, 2020-04, 2020-11, 2022-07, 2022-10, 2023-12, 2024-07, 2024-11). The Russell 2000 index since 1987 has 17."),
    ])


def ap_day(d, rows):
    """rows: (ticker, file, pts, pct, level, anchor_pts, anchor_pct, anchor_level)."""
    out = []
    for tk, f, p, q, lv, ap, aq, al in rows:
        out.append(c(tk, "daily_point_change", p, ap, f"chg('{f}','{d}')", d, unit="index_points", cat="pts"))
        out.append(c(tk, "daily_pct_change", q, aq, f"pct('{f}','{d}')", d))
        out.append(c(tk, "close_level", lv, al, f"val('{f}','{d}')", d, unit="index_points", cat="level"))
    return out


def ap_period(d, kind, rows):
    out = []
    for tk, f, p, q, ap, aq in rows:
        if kind == "week":
            out.append(c(tk, "wtd_point_change", p, ap, f"wtd_pts('{f}','{d}')", d, unit="index_points", cat="pts", window="week to date"))
            out.append(c(tk, "wtd_pct_change", q, aq, f"wtd_pct('{f}','{d}')", d, window="week to date"))
        else:
            out.append(c(tk, "ytd_point_change", p, ap, f"ytd_pts('{f}','{d}')", d, unit="index_points", cat="pts", window="year to date"))
            out.append(c(tk, "ytd_pct_change", q, aq, f"ytd_pct('{f}','{d}')", d, window="year to date"))
    return out


passage(
    "ap_20210224_small_caps_lead_yields_rise", "wtop.com",
    "https://wtop.com/business-finance/2021/02/how-major-us-stock-indexes-fared-wednesday-19/", "Associated Press",
    "2021-02-24", "exact", "dated February 24, 2021, 4:36 PM on the page; Wednesday's close.",
    "Stocks finished broadly higher on Wall Street on Wednesday after a shaky start, with banks among the leaders as bond "
    "yields climbed. The S&P 500 added 1.1% and the Dow Jones Industrial Average gained 1.4% to another all-time high. "
    "Smaller companies kept outrunning the rest of the market, as they have since the year began, and the yield on the "
    "10-year Treasury note reached its highest level in over a year. By the close, the S&P 500 had risen 44.06 points to "
    "3,925.43; the Dow had climbed 424.51 points to 31,961.86; the Nasdaq had gained 132.77 points, or 1%, to 13,597.97; and "
    "the Russell 2000 index of smaller companies had jumped 53.07 points, or 2.4%, to 2,284.38. For the week, the S&P 500 is "
    "up 18.72 points, or 0.5%, the Dow is up 467.54 points, or 1.5%, the Nasdaq is down 276.50 points, or 2%, and the "
    "Russell 2000 is up 17.69 points, or 0.8%. For the year, the S&P 500 is up 169.36 points, or 4.5%; the Dow is up "
    "1,355.38 points, or 4.4%; the Nasdaq is up 709.68 points, or 5.5%; and the Russell 2000 is up 309.53 points, or 15.7%.",
    [
        c("SPX", "daily_pct_change", "1.1", "added 1.1%", "pct('GSPC','2021-02-24')", "2021-02-24"),
        c("DJI", "daily_pct_change", "1.4", "gained 1.4%", "pct('DJI','2021-02-24')", "2021-02-24"),
        c("DJI", "record_close", True, "another all-time high", "is_record('DJI','2021-02-24')", "2021-02-24", unit="flag", v="supported"),
        c("US10Y", "highest_since", "over a year", "highest level in over a year", "rate_since('DGS10','2021-02-24')", "2021-02-24",
          unit="date", basis="end of day", v="supported",
          note="FRED end of day 1.38%; the last earlier day at or above it is 2020-02-24, one year (366 days) earlier."),
        c("SPX", "daily_point_change", "44.06", "44.06 points", "chg('GSPC','2021-02-24')", "2021-02-24", unit="index_points", cat="pts"),
        c("SPX", "close_level", "3925.43", "3,925.43", "val('GSPC','2021-02-24')", "2021-02-24", unit="index_points", cat="level"),
        c("DJI", "daily_point_change", "424.51", "424.51 points", "chg('DJI','2021-02-24')", "2021-02-24", unit="index_points", cat="pts"),
        c("DJI", "close_level", "31961.86", "31,961.86", "val('DJI','2021-02-24')", "2021-02-24", unit="index_points", cat="level"),
        c("IXIC", "daily_point_change", "132.77", "132.77 points", "chg('IXIC','2021-02-24')", "2021-02-24", unit="index_points", cat="pts"),
        c("IXIC", "daily_pct_change", "1", "or 1%", "pct('IXIC','2021-02-24')", "2021-02-24"),
        c("IXIC", "close_level", "13597.97", "13,597.97", "val('IXIC','2021-02-24')", "2021-02-24", unit="index_points", cat="level"),
    ] + ap_day("2021-02-24", [("RUT", "RUT", "53.07", "2.4", "2284.38", "53.07 points", "2.4%", "2,284.38")])
      + ap_period("2021-02-24", "week", [("SPX", "GSPC", "18.72", "0.5", "18.72 points", "or 0.5%"),
                                         ("DJI", "DJI", "467.54", "1.5", "467.54 points", "or 1.5%"),
                                         ("IXIC", "IXIC", "-276.50", "-2", "276.50 points", "or 2%"),
                                         ("RUT", "RUT", "17.69", "0.8", "17.69 points", "or 0.8%")])
      + ap_period("2021-02-24", "year", [("SPX", "GSPC", "169.36", "4.5", "169.36 points", "4.5%"),
                                         ("DJI", "DJI", "1355.38", "4.4", "1,355.38 points", "4.4%"),
                                         ("IXIC", "IXIC", "709.68", "5.5", "709.68 points", "5.5%"),
                                         ("RUT", "RUT", "309.53", "15.7", "309.53 points", "15.7%")]))

passage(
    "ap_20210318_nasdaq_second_worst_loss", "federalnewsnetwork.com",
    "https://federalnewsnetwork.com/business-news/2021/03/how-major-us-stock-indexes-fared-thursday-69/", "Associated Press",
    "2021-03-18", "exact", "page dated 2021-03-18; Thursday's close.",
    "Stocks closed lower on Thursday as rising bond yields once more weighed on technology companies and an oil slump hit the "
    "energy sector. The tech-heavy Nasdaq had its second-worst loss of the year, falling 3%, while bank stocks did well on "
    "bets that higher rates would lift their profits. The S&P 500 index fell 1.5% and the Dow Jones Industrial Average lost "
    "0.5%. Bond yields climbed again, to levels not seen since January 2020. At the close the S&P 500 was down 58.66 points "
    "at 3,915.46, the Dow down 153.07 points at 32,862.30, the Nasdaq down 409.03 points at 13,116.17, and the Russell 2000 "
    "index of smaller companies down 68.81 points, or 2.9%, at 2,267.59. For the week, the S&P 500 is down 27.88 points, or "
    "0.7%; the Dow is up 83.66 points, or 0.3%; the Nasdaq is down 203.70 points, or 1.5%; the Russell 2000 is down 85.20 "
    "points, or 3.6%. For the year, the S&P 500 is up 159.39 points, or 4.2%, the Dow is up 2,255.82 points, or 7.4%, the "
    "Nasdaq is up 227.89 points, or 1.8%, and the Russell 2000 is up 292.73 points, or 14.8%.",
    [
        c("IXIC", "worst_day_rank_ytd", "2", "second-worst loss of the year",
          "int((cl('IXIC').pct_change()['2021-01-01':'2021-03-18'] <= cl('IXIC').pct_change().loc['2021-03-18']).sum())", "2021-03-18",
          unit="rank", v="supported", note="2021 daily losses to 2021-03-18: 2021-02-25 -3.52%, then 2021-03-18 -3.02%: second worst."),
        c("IXIC", "daily_pct_change", "-3", "falling 3%", "pct('IXIC','2021-03-18')", "2021-03-18"),
        c("SPX", "daily_pct_change", "-1.5", "fell 1.5%", "pct('GSPC','2021-03-18')", "2021-03-18"),
        c("DJI", "daily_pct_change", "-0.5", "lost 0.5%", "pct('DJI','2021-03-18')", "2021-03-18"),
        c("US10Y", "highest_since", "2020-01", "not seen since January 2020", "rate_since('DGS10','2021-03-18')", "2021-03-18",
          unit="date", basis="end of day", v="supported", note="FRED end of day 1.71%; last earlier day at or above it: 2020-01-23."),
        c("SPX", "daily_point_change", "-58.66", "58.66 points", "chg('GSPC','2021-03-18')", "2021-03-18", unit="index_points", cat="pts"),
        c("SPX", "close_level", "3915.46", "3,915.46", "val('GSPC','2021-03-18')", "2021-03-18", unit="index_points", cat="level"),
        c("DJI", "daily_point_change", "-153.07", "153.07 points", "chg('DJI','2021-03-18')", "2021-03-18", unit="index_points", cat="pts"),
        c("DJI", "close_level", "32862.30", "32,862.30", "val('DJI','2021-03-18')", "2021-03-18", unit="index_points", cat="level"),
        c("IXIC", "daily_point_change", "-409.03", "409.03 points", "chg('IXIC','2021-03-18')", "2021-03-18", unit="index_points", cat="pts"),
        c("IXIC", "close_level", "13116.17", "13,116.17", "val('IXIC','2021-03-18')", "2021-03-18", unit="index_points", cat="level"),
    ] + ap_day("2021-03-18", [("RUT", "RUT", "-68.81", "-2.9", "2267.59", "68.81 points", "2.9%", "2,267.59")])
      + ap_period("2021-03-18", "week", [("SPX", "GSPC", "-27.88", "-0.7", "27.88 points", "0.7%;"),
                                         ("DJI", "DJI", "83.66", "0.3", "83.66 points", "or 0.3%"),
                                         ("IXIC", "IXIC", "-203.70", "-1.5", "203.70 points", "or 1.5%"),
                                         ("RUT", "RUT", "-85.20", "-3.6", "85.20 points", "or 3.6%")])
      + ap_period("2021-03-18", "year", [("SPX", "GSPC", "159.39", "4.2", "159.39 points", "4.2%"),
                                         ("DJI", "DJI", "2255.82", "7.4", "2,255.82 points", "7.4%"),
                                         ("IXIC", "IXIC", "227.89", "1.8", "227.89 points", "1.8%"),
                                         ("RUT", "RUT", "292.73", "14.8", "292.73 points", "14.8%")]))

passage(
    "forexlive_20220114_mixed_close_weekly_losses", "forexlive.com",
    "https://www.forexlive.com/news/sp-and-nasdaq-index-close-at-session-highsmajor-indices-down-for-the-week-20220114/",
    "ForexLive", "2022-01-14", "exact", "date in the URL; Friday's close.",
    "U.S. stocks ended mixed on Friday, but the Nasdaq and the S&P index both wiped out their declines to finish near the "
    "day's highs. All of the major indices lost ground for the week. The Dow closed lower, falling for the second straight "
    "day, while the Nasdaq closed higher despite rising yields, with the 10 year yield up 8.0 basis points. Final numbers: the "
    "Dow industrial average fell -201.81 points or -0.56% at 3591.82. The S&P index rose 3.82 points or 0.08% at 4662.84; at "
    "its low it had been down -44.22 points or -0.95%. The NASDAQ index rose 86.95 points or 0.59% at 14893.76, after a low "
    "that took it down -117.5 points or -0.79%. The Russell 2000 rose 3.01 points or 0.14% at 2162.45. For the week, the Dow "
    "was the worst performer with a decline of -0.83%, the S&P index fell -0.27% and the NASDAQ index fell -0.29%.",
    [
        c("DJI", "down_streak", "2", "second straight day", "streak('DJI','2022-01-14', up=False)", "2022-01-14", unit="sessions", cat="pts"),
        c("US10Y", "daily_yield_change_bp", "8.0", "up 8.0 basis points", "rate_chg_bp('DGS10','2022-01-14')", "2022-01-14",
          unit="bp", basis="end of day", cat="pts", note="FRED end of day 1.70 -> 1.78."),
        c("DJI", "daily_point_change", "-201.81", "-201.81 points", "chg('DJI','2022-01-14')", "2022-01-14", unit="index_points", cat="pts"),
        c("DJI", "daily_pct_change", "-0.56", "-0.56%", "pct('DJI','2022-01-14')", "2022-01-14"),
        c("DJI", "close_level", "3591.82", "3591.82", "val('DJI','2022-01-14')", "2022-01-14", unit="index_points", cat="level",
          note="The Dow closed at 35911.81 on 2022-01-14 (35911.81 in DJI.csv, prev 36113.62); 3591.82 drops a digit and is a tenth of the level: wrong figure."),
        c("SPX", "daily_point_change", "3.82", "3.82 points", "chg('GSPC','2022-01-14')", "2022-01-14", unit="index_points", cat="pts"),
        c("SPX", "daily_pct_change", "0.08", "0.08%", "pct('GSPC','2022-01-14')", "2022-01-14"),
        c("SPX", "close_level", "4662.84", "4662.84", "val('GSPC','2022-01-14')", "2022-01-14", unit="index_points", cat="level"),
        c("SPX", "intraday_low_point_change", "-44.22", "-44.22 points", "intraday_pts('GSPC','2022-01-14','low')", "2022-01-14",
          unit="index_points", cat="pts", basis="intraday low", note="Low 4614.75 vs previous close 4659.03 = -44.28."),
        c("SPX", "intraday_low_pct_change", "-0.95", "-0.95%", "intraday_pct('GSPC','2022-01-14','low')", "2022-01-14", basis="intraday low"),
        c("IXIC", "daily_point_change", "86.95", "86.95 points", "chg('IXIC','2022-01-14')", "2022-01-14", unit="index_points", cat="pts"),
        c("IXIC", "daily_pct_change", "0.59", "0.59%", "pct('IXIC','2022-01-14')", "2022-01-14"),
        c("IXIC", "close_level", "14893.76", "14893.76", "val('IXIC','2022-01-14')", "2022-01-14", unit="index_points", cat="level"),
        c("IXIC", "intraday_low_point_change", "-117.5", "-117.5 points", "intraday_pts('IXIC','2022-01-14','low')", "2022-01-14",
          unit="index_points", cat="pts", basis="intraday low", note="Low 14689.43 vs previous close 14806.81 = -117.38 (file low; sources differ slightly)."),
        c("IXIC", "intraday_low_pct_change", "-0.79", "-0.79%", "intraday_pct('IXIC','2022-01-14','low')", "2022-01-14", basis="intraday low"),
        c("RUT", "daily_point_change", "3.01", "3.01 points", "chg('RUT','2022-01-14')", "2022-01-14", unit="index_points", cat="pts"),
        c("RUT", "daily_pct_change", "0.14", "0.14%", "pct('RUT','2022-01-14')", "2022-01-14"),
        c("RUT", "close_level", "2162.45", "2162.45", "val('RUT','2022-01-14')", "2022-01-14", unit="index_points", cat="level"),
        c("DJI", "week_pct_change", "-0.83", "-0.83%", "wtd_pct('DJI','2022-01-14')", "2022-01-14", window="week",
          note="35911.81 vs 36231.66 on 2022-01-07: -0.88%."),
        c("DJI", "worst_of_week", True, "the Dow was the worst performer",
          "sorted(('GSPC','DJI','IXIC'), key=lambda t: wtd_pct(t,'2022-01-14'))[0]", "2022-01-14", unit="flag", v="supported",
          note="Week: Dow -0.88%, S&P 500 -0.30%, Nasdaq -0.28%."),
        c("SPX", "week_pct_change", "-0.27", "-0.27%", "wtd_pct('GSPC','2022-01-14')", "2022-01-14", window="week",
          note="4662.85 vs 4677.03 on 2022-01-07: -0.30%."),
        c("IXIC", "week_pct_change", "-0.29", "-0.29%", "wtd_pct('IXIC','2022-01-14')", "2022-01-14", window="week"),
    ])

passage(
    "ap_20220505_stocks_slump_rates", "tnledger.com", "http://www.tnledger.com/editorial/article.aspx?id=153192",
    "Associated Press", "2022-05-06", "exact",
    "the page is dated Friday, May 6, 2022 (a weekly edition); the NEW YORK (AP) story describes Thursday 2022-05-05's close, the day after the Fed's half-point increase.",
    "NEW YORK (AP) - Stocks closed sharply lower on Wall Street as worries grew that the higher interest rates the Federal "
    "Reserve is using against inflation will slow the economy. The S&P 500 pulled back 3.6%, wiping out the previous day's "
    "rally and marking its biggest loss in almost two years. The Dow fell 1,063 points, or 3.1%. Tech stocks fell the most, "
    "dragging the Nasdaq down 5%. The yield on the 10-year Treasury note rose to 3.04%. Rising yields are sure to put upward "
    "pressure on mortgage rates, which are already at their highest level since 2009. A day earlier the Fed had raised its "
    "benchmark rate by half a percentage point, its biggest increase since 2000, and stocks had rallied after Chair Jerome "
    "Powell said larger increases were not being actively considered.",
    [
        c("SPX", "daily_pct_change", "-3.6", "pulled back 3.6%", "pct('GSPC','2022-05-05')", "2022-05-05"),
        c("SPX", "worst_day_since", "almost two years", "biggest loss in almost two years", "last_move_as_big('GSPC','2022-05-05')",
          "2022-05-05", unit="date", v="contradicted",
          note="-3.56% on 2022-05-05 (4146.87 vs 4300.17). Only a week earlier, 2022-04-29, the S&P 500 fell -3.63% (4131.93 vs 4287.50), a bigger loss; the last one before that was 2020-06-11 (-5.89%)."),
        c("SPX", "erased_prior_day_rally", True, "wiping out the previous day's rally",
          "val('GSPC','2022-05-05') < val('GSPC','2022-05-03')", "2022-05-05", unit="flag", v="supported",
          note="Close 4146.87 below the 2022-05-03 close 4175.48, so Wednesday's +2.99% was erased."),
        c("DJI", "daily_point_change", "-1063", "1,063 points", "chg('DJI','2022-05-05')", "2022-05-05", unit="index_points", cat="pts"),
        c("DJI", "daily_pct_change", "-3.1", "or 3.1%", "pct('DJI','2022-05-05')", "2022-05-05"),
        c("IXIC", "daily_pct_change", "-5", "down 5%", "pct('IXIC','2022-05-05')", "2022-05-05"),
        c("US10Y", "yield_level", "3.04", "3.04%", "rate('DGS10','2022-05-05')", "2022-05-05", basis="end of day"),
        c("MORTGAGE", "highest_since", "2009", "highest level since 2009", None, "2022-05-05", unit="year", v="unverifiable",
          note="Mortgage rates are not in the files."),
        c("FEDFUNDS", "rate_change_bp", "50", "half a percentage point", "(rate('DFEDTARU','2022-05-05') - rate('DFEDTARU','2022-05-04')) * 100",
          "2022-05-04", unit="bp", cat="pts", dec=0, note="Upper bound 0.50 -> 1.00, effective 2022-05-05 (decision 2022-05-04)."),
        c("FEDFUNDS", "biggest_hike_since", "2000", "biggest increase since 2000",
          "max((ser('DFEDTAR').diff() * 100)[:'2008-12-15'][ser('DFEDTAR').index.year >= 2001].max(), (ser('DFEDTARU').diff() * 100)[:'2022-05-04'].max())",
          "2022-05-04", unit="year", v="supported", dec=0,
          note="Largest single increase of the target from 2001 to 2022-05-04 was 25 bp; the last 50 bp increase took effect 2000-05-17."),
    ])

passage(
    "ginlix_20260323_small_cap_outperformance", "ginlix.ai",
    "https://www.ginlix.ai/news/28943-russell-2000-surges-1-17-vs-sp-500s-0-09-on-march-23-2026", "Ginlix AI",
    "2026-03-23", "exact", "the session date (Monday, March 23, 2026) is stated in the title and text.",
    "Small-cap outperformance on March 23, 2026. On Monday, March 23, 2026, small-cap stocks staged a notable rally, with "
    "the Russell 2000 Index surging +1.17% versus the S&P 500's modest +0.09% gain. The move extends a run of small-cap "
    "relative strength, although the broader 30-day picture still shows small caps trailing large caps by 1.63 percentage "
    "points. The rally was especially clear in the ETF space, where IWM delivered a 2.16% return compared with SPY's "
    "1.05%, more than double the large-cap gain. Volume backed the move: IWM traded 78.47 million shares while SPY traded "
    "125.20 million. Energy and consumer cyclical names, which carry more weight in small-cap indexes, led the market "
    "higher, while defensive sectors lagged. Small caps still trade at a sizable valuation discount, with IWM at a P/E "
    "ratio of 18.08 compared with SPY's 26.00, a gap that may explain renewed investor interest.",
    [
        c("RUT", "daily_pct_change", "1.17", "+1.17%", "pct('RUT','2026-03-23')", "2026-03-23",
          note="RUT.csv: 2494.23 on 2026-03-23 vs 2438.45 on 2026-03-20 = +2.29%. +1.17% is about half the true move."),
        c("SPX", "daily_pct_change", "0.09", "+0.09%", "pct('GSPC','2026-03-23')", "2026-03-23",
          note="GSPC.csv: 6581.00 on 2026-03-23 vs 6506.48 on 2026-03-20 = +1.15%."),
        c("RUT,SPX", "relative_30d_pp", "-1.63", "1.63 percentage", None, "2026-03-23", window="30 days", v="unverifiable",
          note="'The broader 30-day picture' does not fix the window (calendar or trading days, index or ETF)."),
        c("IWM", "daily_pct_change", "2.16", "2.16%", "pct('IWM','2026-03-23')", "2026-03-23"),
        c("SPY", "daily_pct_change", "1.05", "1.05%", "pct('SPY','2026-03-23')", "2026-03-23"),
        c("IWM,SPY", "ratio_of_moves", "2", "more than double", "pct('IWM','2026-03-23') / pct('SPY','2026-03-23')", "2026-03-23",
          unit="ratio", qual="more than", note="2.159 / 1.050 = 2.06."),
        c("IWM", "volume_millions", "78.47", "78.47 million", "val('IWM','2026-03-23','volume') / 1e6", "2026-03-23", unit="million_shares", cat="pts",
          note="IWM.csv volume 78,746,600 (78.75 million); 0.35% off (consolidated-volume sources differ)."),
        c("SPY", "volume_millions", "125.20", "125.20 million", "val('SPY','2026-03-23','volume') / 1e6", "2026-03-23", unit="million_shares", cat="pts",
          note="SPY.csv volume 134,802,700 (134.80 million); 7.1% off."),
        c("IWM,SPY", "pe_ratio", "18.08 vs 26.00", "18.08", None, "2026-03-23", unit="ratio", v="unverifiable",
          note="Valuation figures are not in the files."),
    ])

passage(
    "investmentnewsdaily_20230307_powell_dow_574", "investmentnewsdaily.com",
    "https://investmentnewsdaily.com/2023/03/08/dow-closes-570-points-lower-following-fed-chairs-comments/", "Investment News Daily (video wrap)",
    "2023-03-08", "exact",
    "the URL is dated 2023/03/08; the text describes Tuesday 2023-03-07's close after Chair Powell's Senate testimony.",
    "The Dow Jones closed 570 points lower after Federal Reserve Chairman Jerome Powell signalled that interest rates may "
    "have to go higher for longer. Speaking to senators, Powell said the ultimate level of rates is likely to be higher than "
    "previously expected and that the Fed was prepared to speed up the pace of increases if the data called for it. By the "
    "close the Dow Jones Industrial Average had fallen 574.98 points, or 1.72 percent. The S&P 500 fell 1.53 percent and the "
    "Nasdaq Composite dropped 1.25 percent. In the bond market, the 2-year Treasury yield jumped to 5 percent, its highest "
    "level since 2007, a sign that traders expect the central bank to keep pushing short-term rates up. Tuesday's selloff "
    "leaves the Dow down about 0.9 percent for 2023, while the S&P and Nasdaq are up about 3.8 percent and 10.2 percent, "
    "respectively, for the year.",
    [
        c("DJI", "daily_point_change", "-570", "570 points", "chg('DJI','2023-03-07')", "2023-03-07", unit="index_points", cat="pts",
          note="Headline figure 570 for the -574.98 close: unhedged, 4.98 points off (0.9%)."),
        c("DJI", "daily_point_change", "-574.98", "574.98 points", "chg('DJI','2023-03-07')", "2023-03-07", unit="index_points", cat="pts"),
        c("DJI", "daily_pct_change", "-1.72", "1.72 percent", "pct('DJI','2023-03-07')", "2023-03-07"),
        c("SPX", "daily_pct_change", "-1.53", "1.53 percent", "pct('GSPC','2023-03-07')", "2023-03-07"),
        c("IXIC", "daily_pct_change", "-1.25", "1.25 percent", "pct('IXIC','2023-03-07')", "2023-03-07"),
        c("US2Y", "yield_level", "5", "jumped to 5 percent", "rate('DGS2','2023-03-07')", "2023-03-07", basis="end of day"),
        c("US2Y", "highest_since", "2007", "highest level since 2007", "rate_since('DGS2','2023-03-07')", "2023-03-07",
          unit="year", basis="end of day", v="supported", note="FRED end of day 5.00%; last earlier day at or above: 2007-06-18."),
        c("DJI", "ytd_pct_change", "-0.9", "about 0.9 percent", "ytd_pct('DJI','2023-03-07')", "2023-03-07", qual="about"),
        c("SPX", "ytd_pct_change", "3.8", "about 3.8 percent", "ytd_pct('GSPC','2023-03-07')", "2023-03-07", qual="about"),
        c("IXIC", "ytd_pct_change", "10.2", "10.2 percent", "ytd_pct('IXIC','2023-03-07')", "2023-03-07", qual="about"),
    ])
