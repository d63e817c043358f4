"""Passage and claim specifications, part 6 (daily market wraps, continued)."""
from build_part1 import *  # noqa: F401,F403

PASSAGES6 = []
D = '2018-02-02'
PASSAGES6.append(dict(
    id="marketwatch_20180202_vix_weekly_jump",
    source=dict(site="realestateisideal.com",
                url="http://realestateisideal.com/uncategorized/volatile-enough-wall-streets-fear-gauge-on-track-for-largest-weekly-rise-in-5-months",
                original_outlet="MarketWatch (Market Pulse)"),
    published="2018-02-02", published_confidence="high",
    published_note="inferred: a Friday mid-session item after 'an upbeat jobs report', with the 10-year above 2.84% and the Dow eyeing its worst week in two years; the files match Fri 2018-02-02 (DGS10 2.84, Dow -2.54% at the close).",
    text=("Volatile enough? Wall Street's fear gauge on track for largest weekly rise in 5 months\n\n"
          "A measure of Wall Street volatility rose sharply on Friday and was heading for its biggest weekly gain in more than five months, "
          "as US equity benchmarks tumbled and the 10-year Treasury note yield extended its 5-day climb above 2.8%, its highest level in "
          "more than four years. The CBOE Volatility Index was at 15.22, up 12%, on track for a weekly rise of about 37%, which would be "
          "its sharpest climb since Aug. 11, 2017, according to FactSet data.\n\n"
          "The VIX converts bullish and bearish S&P 500 option bets into expected volatility over the next 30 days, and it typically rises "
          "as stocks fall. The so-called fear index has been abnormally low, trading below its historical average of around 20.\n\n"
          "A weeklong rise in the 10-year yield, which topped 2.84% on Friday after an upbeat jobs report, stoked fears of rate hikes and "
          "rising inflation. Higher rates can undercut appetite for stocks when government paper offers richer yields than riskier assets.\n\n"
          "The Dow Jones Industrial Average was down 334 points, or 1.3%, eyeing its worst weekly decline in two years; the S&P 500 slumped "
          "0.9% at 2,796, and the Nasdaq Composite was off 0.8% at 7,329. The rise in the VIX suggests that volatility in otherwise "
          "subdued markets is making a comeback."),
    claims=[
        C("VIX", "level", 15.22, "index_points", D, f"close('VIX','{D}')", 2, "unverifiable", R_MID,
          "Mid-session reading inside the session range 13.64-17.86 (close 17.31).", "at 15.22", basis="midday",
          detail="session range 13.64 .. 17.86"),
        C("VIX", "pct_change", 12, "percent", D, f"(15.22 / close('VIX', prev_session('VIX','{D}')) - 1) * 100", 2,
          "imprecise", R_OWN + "; " + R_INT + IMP,
          "Against Thursday's close of 13.47, the stated 15.22 is +12.99%, about 13% rather than 12%.", "up 12%", basis="midday"),
        C("VIX", "weekly_pct_change", 37, "percent", D, f"weekly_returns('VIX').loc['{D}']", 2, "not_checkable", R_NC,
          "'On track for' a weekly rise: a projection from mid-session. (At the close the VIX was up 56.2% on the week, from 11.08 to 17.31.)",
          "on track for a weekly rise of about 37%", qualifier="about"),
        C("VIX", "biggest_weekly_rise_since", "2017-08-11", "date", D, None, 2, "not_checkable", R_NC,
          "Conditional on the 'on track' weekly figure ('which would be'). For reference, the VIX rose 54.6% in the week to 2017-08-11; the actual +56.2% week was the biggest since 2015-12-11.",
          "sharpest climb since Aug. 11, 2017"),
        C("US10Y", "rising_streak_days", 5, "count", D, f"rate_streak('DGS10','{D}')", 0, "contradicted", R_STREAK + "; " + R_YLD,
          "End-of-day 10-year yields: Jan 26 2.66, Jan 29 2.70, Jan 30 2.73, Jan 31 2.72, Feb 1 2.78, Feb 2 2.84. The yield fell on Jan 31, so the climb into Friday was two days, not five (it did rise over the week, 2.66 -> 2.84).",
          "extended its 5-day climb", basis="end of day"),
        C("US10Y", "highest_since_years", 4, "years", D, f"level_since(rate('DGS10'), '{D}', rate_on('DGS10','{D}'))", 2,
          "supported", R_SINCE + "; " + R_YLD, "DGS10 2.84 on 2018-02-02; last at or above that on 2014-01-22, just over four years earlier.",
          "highest level in more than four years", qualifier="more than", basis="end of day"),
        C("US10Y", "yield_level", 2.84, "percent", D, f"rate_on('DGS10','{D}')", 2, "unverifiable", R_UNV_INTRA_YLD,
          "The end-of-day yield was exactly 2.84; whether it traded above 2.84% during Friday cannot be checked.",
          "topped 2.84% on Friday", qualifier="above", basis="intraday"),
        C("DJI", "daily_point_change", -334, "index_points", D, f"point_change('DJI','{D}')", 2, "unverifiable", R_MID,
          "Mid-session: the Dow's session ran from -124.9 to -696.1 points against Thursday's close (closed -665.75), so -334 lies inside.",
          "down 334 points", basis="midday", detail="session range -696.05 .. -124.92 points"),
        C("DJI", "daily_pct_change", -1.3, "percent", D, f"pct_change('DJI','{D}')", 2, "unverifiable", R_MID,
          "Mid-session: range -2.66% .. -0.48% (close -2.54%).", "or 1.3%", basis="midday"),
        C("DJI", "worst_week_since", "2016", "date", D, f"weekly_returns('DJI').loc['{D}']", 2,
          "not_checkable", R_NC,
          "'Eyeing' its worst week in two years is a projection from mid-session. At the close the Dow lost 4.12% on the week, its worst since the week to 2016-01-08 (-6.19%).",
          "eyeing its worst weekly decline in two years"),
        C("SPX", "daily_pct_change", -0.9, "percent", D, f"pct_change('GSPC','{D}')", 2, "unverifiable", R_MID,
          "Mid-session: range -2.20% .. -0.46% (close -2.12%).", "slumped 0.9%", basis="midday"),
        C("SPX", "level", 2796, "index_points", D, f"close('GSPC','{D}')", 2, "unverifiable", R_MID,
          "Mid-session level inside the session range 2759.97-2808.92 (close 2762.13).", "at 2,796", basis="midday"),
        C("IXIC", "daily_pct_change", -0.8, "percent", D, f"pct_change('IXIC','{D}')", 2, "unverifiable", R_MID,
          "Mid-session: range -2.00% .. -0.29% (close -1.96%).", "off 0.8%", basis="midday"),
        C("IXIC", "level", 7329, "index_points", D, f"close('IXIC','{D}')", 2, "unverifiable", R_MID,
          "Mid-session level inside the session range 7238.18-7364.43 (close 7240.95).", "at 7,329", basis="midday"),
    ]))

D = '2024-09-19'
PASSAGES6.append(dict(
    id="nypost_20240919_dow_sp_records_after_fed_cut",
    source=dict(site="btc365-futebol.com",
                url="http://btc365-futebol.com/2024/09/19/business/dow-jumps-to-another-all-time-high-day-after-fed-delivers-big-rate-cut",
                original_outlet="New York Post (repost)"),
    published="2024-09-19", published_confidence="exact",
    published_note="Date in the URL (2024/09/19); describes Thursday 2024-09-19, the day after the Sept 18 FOMC decision.",
    text=("Dow, S&P 500 close at all-time highs a day after Fed delivers big rate cut\n\n"
          "Wall Street soared on Thursday, with the Dow and the S&P 500 closing at all-time highs a day after the Federal Reserve kicked "
          "off its easing cycle with a half-percentage-point reduction and pointed to more cuts ahead.\n\n"
          "The Dow Jones Industrial Average jumped 522.09 points, or 1.3%, to 42,025.19, smashing its previous record of 41,622.08 on "
          "Monday. The blue-chip index had soared more than 650 points to an intraday record of 42,160.91. The S&P 500 gained 2.5% to close "
          "at 5,713.64, and the Nasdaq leaped more than 400 points, or 2.5%. A photo caption added that the Dow jumped as much as 600 points "
          "on Thursday to set an all-time high.\n\n"
          "Rate-sensitive growth names that have led much of this year's rally climbed: Microsoft added 1.8%, Tesla 7.4% and Apple 3.7%. "
          "Chipmakers rose too, with Nvidia up 4%, Advanced Micro Devices 5.7% and Broadcom 3.9%, sending the Philadelphia SE Semiconductor "
          "Index up 4.3%. The Russell 2000 index also rose 2.1% with the broader market, since a lower-rate environment could mean lower "
          "operating costs and fatter profits for credit-dependent companies.\n\n"
          "After delivering its super-sized verdict on Wednesday, the Fed forecast rates falling by another 50 bps by year-end, alongside "
          "projections that analysts described as a goldilocks scenario of steady growth with low inflation and unemployment."),
    claims=[
        C("DJI", "record_close", True, "flag", D, f"close('DJI','{D}') > record_before('DJI','{D}')[1]", 2, "supported", R_REC,
          "Dow close 42025.19 above every earlier close.", "the Dow and the S&P 500 closing at all-time highs"),
        C("SPX", "record_close", True, "flag", D, f"close('GSPC','{D}') > record_before('GSPC','{D}')[1]", 2, "supported", R_REC,
          "S&P 500 close 5713.64 above the previous record close 5667.20 (2024-07-16).", "close at all-time highs a day after"),
        C("DJI", "daily_point_change", 522.09, "index_points", D, f"point_change('DJI','{D}')", 2, "supported", R_2DP,
          "Dow +522.09 points.", "522.09 points"),
        C("DJI", "daily_pct_change", 1.3, "percent", D, f"pct_change('DJI','{D}')", 2, "supported", R_1DP, "Dow +1.26%.", "or 1.3%"),
        C("DJI", "close_level", 42025.19, "index_points", D, f"close('DJI','{D}')", 2, "supported", R_LVL, "Dow close 42025.19.",
          "42,025.19"),
        C("DJI", "previous_record_close", 41622.08, "index_points", D, f"record_before('DJI','{D}')[1]", 2, "supported", R_LVL,
          "Previous record close 41622.08.", "41,622.08"),
        C("DJI", "previous_record_date", "2024-09-16", "date", D, f"record_before('DJI','{D}')[0]", 2, "supported", R_REC,
          "The previous record close was Monday 2024-09-16.", "41,622.08 on Monday"),
        C("DJI", "intraday_point_change_max", 650, "index_points", D, f"intraday_change('DJI','{D}','high')", 2, "supported", R_MORE,
          "Session high 42160.91 vs Wednesday's close 41503.10: +657.81 points.", "soared more than 650 points", qualifier="more than",
          basis="intraday high"),
        C("DJI", "intraday_record_level", 42160.91, "index_points", D, f"close('DJI','{D}','high')", 2, "supported", R_LVL,
          "Session high 42160.91, above every earlier high (previous 41981.97 on 2024-09-18).", "42,160.91", basis="intraday high"),
        C("SPX", "daily_pct_change", 2.5, "percent", D, f"pct_change('GSPC','{D}')", 2, "contradicted", R_1DP + IMP,
          "The S&P 500 rose 1.70% (5618.26 -> 5713.64, +95.38 points); 2.5% is the Nasdaq's gain. Error 0.80 pp, more than 20% of the true value. Rows: GSPC 2024-09-18 close 5618.26, 2024-09-19 close 5713.64.",
          "The S&P 500 gained 2.5%"),
        C("SPX", "close_level", 5713.64, "index_points", D, f"close('GSPC','{D}')", 2, "supported", R_LVL, "S&P 500 close 5713.64.",
          "5,713.64"),
        C("IXIC", "daily_point_change", 400, "index_points", D, f"point_change('IXIC','{D}')", 2, "supported", R_MORE,
          "Nasdaq +440.68 points.", "more than 400 points", qualifier="more than"),
        C("IXIC", "daily_pct_change", 2.5, "percent", D, f"pct_change('IXIC','{D}')", 2, "supported", R_1DP, "Nasdaq +2.51%.",
          "more than 400 points, or 2.5%"),
        C("DJI", "intraday_point_change_max", 600, "index_points", D, f"intraday_change('DJI','{D}','high')", 2, "supported", R_ASMUCH,
          "Intraday gain at the high: +657.81 points, within one unit (100 points) of 600.", "as much as 600 points",
          qualifier="as much as", basis="intraday high"),
        C("SOX", "daily_pct_change", 4.3, "percent", D, None, 2, "unverifiable", R_UNV_SERIES,
          "The Philadelphia semiconductor index is not in the files.", "Semiconductor Index up 4.3%"),
        C("SINGLE_STOCKS", "daily_pct_change", 1.8, "percent", D, None, 2, "unverifiable", R_UNV_SERIES,
          "Single-stock prices (Microsoft, Tesla, Apple) are not in the files.", "Microsoft added 1.8%"),
        C("SINGLE_STOCKS", "daily_pct_change", 4, "percent", D, None, 2, "unverifiable", R_UNV_SERIES,
          "Single-stock prices (Nvidia, AMD, Broadcom) are not in the files.", "Nvidia up 4%"),
        C("RUT", "daily_pct_change", 2.1, "percent", D, f"pct_change('RUT','{D}')", 2, "supported", R_1DP, "Russell 2000 +2.10%.",
          "also rose 2.1%"),
        C("FEDFUNDS", "rate_change_bp", -50, "bp", "2024-09-18", "fomc_rate_changes('2024-09-01','2024-09-30')", 0,
          "supported", R_FED, "Decision 2024-09-18: DFEDTARU 5.50 -> 5.00 (effective 2024-09-19).", "half-percentage-point reduction"),
        C("FEDFUNDS", "first_cut_of_cycle", True, "flag", "2024-09-18",
          "[d for d, bp in fomc_rate_changes('2020-04-01','2024-09-17') if bp < 0]", 0,
          "supported", R_FED, "No cut between the March 2020 cuts and 2024-09-18 (only the 2022-23 hikes), so the September 2024 cut started the easing cycle.",
          "kicked off its easing cycle"),
        C("FEDFUNDS", "projected_cuts_bp", 50, "bp", "2024-12-31", None, 2, "forecast", R_FC,
          "A projection of the Fed's dot plot; not judged against what happened.", "another 50 bps by year-end"),
    ]))
