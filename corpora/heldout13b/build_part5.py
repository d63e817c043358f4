"""Passage and claim specifications, part 5 (daily market wraps, continued)."""
from build_part1 import *  # noqa: F401,F403

PASSAGES5 = []
D = '2018-01-09'
PASSAGES5.append(dict(
    id="viningsparks_20180109_records_treasury_rates_rise",
    source=dict(site="viningsparks.com",
                url="https://www.viningsparks.com/2018/01/todays-trading-activity-stocks-reach-new-records-treasury-rates-rise/",
                original_outlet="Vining Sparks (Economist's Insights)"),
    published="2018-01-09", published_confidence="exact",
    published_note="Dated Jan 9, 2018 on the page; describes Tuesday 2018-01-09.",
    text=("Today's Trading Activity: Stocks Reach New Records, Treasury Rates Rise\n\n"
          "Stocks had another record day, but the jump in Treasury yields may have been Tuesday's biggest surprise. All three major indices "
          "claimed a new record-high close, with the Dow's 0.41% gain earning it the day's best individual performance. The S&P 500 rose a "
          "smaller 0.13% as four of eleven sectors improved, but it kept its perfect start to 2018 intact; health care led and financials "
          "came second, while utilities, real estate and telecoms brought up the rear. The Nasdaq has matched the S&P's strong start, going "
          "six for six on record closes.\n\n"
          "As noted earlier, though, it was the sharp steepening of the Treasury curve that made waves. A sell-off at the long end pushed "
          "yields to their highest in some time. The 10-year yield rose 7.3 bps, its biggest single-day spike since September, to 2.55%, its "
          "highest level since a five-day stretch in mid-March. The 30-year bond added 8.4 bps to 2.90%, its highest since late October, "
          "and the 5-year yield climbed 4.4 bps to 2.33%, an almost seven-year high.\n\n"
          "The 2-year yield stayed well anchored, adding just 1.0 bps to 1.97%, which left the curve steepening the most in a single day "
          "since November 2016. The spread between 2s and 10s rose to 58.1 bps."),
    claims=[
        C("DJI", "record_close_all_three", True, "list", D,
          f"[close(t,'{D}') > record_before(t,'{D}')[1] for t in ('DJI','GSPC','IXIC')]", 2,
          "supported", R_REC, "Dow, S&P 500 and Nasdaq all closed at records on 2018-01-09.", "claimed a new record-high close",
          comparison="GSPC,IXIC"),
        C("DJI", "daily_pct_change", 0.41, "percent", D, f"pct_change('DJI','{D}')", 2, "supported", R_2DP, "Dow +0.41%.", "0.41%"),
        C("DJI", "best_of_three", "DJI", "ticker", D, f"max(('DJI','GSPC','IXIC'), key=lambda t: pct_change(t,'{D}'))", 2,
          "supported", R_ORDER, "Dow +0.41%, S&P 500 +0.13%, Nasdaq +0.09%.", "the day's best individual performance",
          comparison="GSPC,IXIC"),
        C("SPX", "daily_pct_change", 0.13, "percent", D, f"pct_change('GSPC','{D}')", 2, "supported", R_2DP, "S&P 500 +0.13%.",
          "a smaller 0.13%"),
        C("SPX_SECTORS", "sectors_up", 4, "count", D, None, 2, "unverifiable", R_UNV_SERIES, "S&P 500 sector indexes are not in the files.",
          "four of eleven sectors"),
        C("SPX", "winning_streak_ytd", 6, "count", D, f"streak('GSPC','{D}')", 0, "supported", R_STREAK,
          "The S&P 500 rose in each of the six 2018 sessions (Jan 2-9); the streak is 6.", "perfect start to 2018 intact"),
        C("IXIC", "record_closes_ytd", 6, "count", D, f"len(record_closes('IXIC','2018-01-02','{D}'))", 0, "supported", R_REC,
          "Nasdaq record closes on all six sessions of 2018 (Jan 2, 3, 4, 5, 8, 9).", "six for six on record closes"),
        C("SPX", "record_closes_ytd", 6, "count", D, f"len(record_closes('GSPC','2018-01-02','{D}'))", 0, "supported", R_REC,
          "The S&P 500 also closed at a record on all six 2018 sessions, which the Nasdaq 'matched'.", "matched the S&P's strong start"),
        C("US10Y", "yield_change_bp", 7.3, "bp", D, f"rate_change_bp('DGS10','2018-01-08','{D}')", 1, "unverifiable", R_YLD,
          "FRED's 2-decimal yields give 2.49 -> 2.55, +6 bp, consistent with any true change between 5 and 7 bp. 7.3 bp is a 3-decimal figure from a different (market-close) yield source; the files cannot decide a tenth of a basis point.",
          "rose 7.3 bps", basis="end of day"),
        C("US10Y", "biggest_rise_since", "2017-09", "date", D, None, 2, "unverifiable", R_YLD,
          "In FRED's rounded data +6 bp was matched on 2018-01-02 and exceeded (+7 bp) on 2017-11-10 and 2017-12-19; whether those days beat 7.3 bp depends on sub-basis-point values the files do not hold.",
          "biggest single-day spike since September", basis="end of day"),
        C("US10Y", "yield_level", 2.55, "percent", D, f"rate_on('DGS10','{D}')", 2, "supported", R_2DP, "DGS10 2.55 on 2018-01-09.",
          "to 2.55%", basis="end of day"),
        C("US10Y", "highest_since", "2017-03", "date", D, f"level_since(rate('DGS10'), '{D}', rate_on('DGS10','{D}'))", 2,
          "supported", R_SINCE, "Last day at or above 2.55%: 2017-03-14; DGS10 was 2.57, 2.60, 2.58, 2.62, 2.60 on Mar 8-14, 2017, a five-day stretch.",
          "five-day stretch in mid-March", basis="end of day"),
        C("US30Y", "yield_level", 2.90, "percent", D, None, 2, "unverifiable", R_UNV_SERIES, "The 30-year yield is not in the files.",
          "8.4 bps to 2.90%", basis="end of day"),
        C("US5Y", "yield_level", 2.33, "percent", D, None, 2, "unverifiable", R_UNV_SERIES, "The 5-year yield is not in the files.",
          "4.4 bps to 2.33%", basis="end of day"),
        C("US2Y", "yield_level", 1.97, "percent", D, f"rate_on('DGS2','{D}')", 2, "supported", R_2DP,
          "DGS2 1.98 on 2018-01-09; 1.97 is within 0.025.", "1.0 bps to 1.97%", basis="end of day"),
        C("US2Y", "yield_change_bp", 1.0, "bp", D, f"rate_change_bp('DGS2','2018-01-08','{D}')", 1, "unverifiable", R_YLD,
          "FRED: 1.96 -> 1.98, +2 bp on rounded values (true change anywhere from 1 to 3 bp); a 0.1-bp figure cannot be decided.",
          "adding just 1.0 bps", basis="end of day"),
        C("US2s10s", "biggest_steepening_since", "2016-11", "date", D, None, 2, "unverifiable", R_YLD,
          "FRED's rounded spread rose 4 bp (53 -> 57) and had risen as much on 2017-12-18 and 2017-12-19; the 6.3-bp steepening implied by the text's own figures is not in the files' resolution.",
          "since November 2016", basis="end of day"),
        C("US2s10s", "spread_level_bp", 58.1, "bp", D, f"round((rate_on('DGS10','{D}') - rate_on('DGS2','{D}')) * 100, 1)", 1,
          "imprecise", R_1DP + IMP,
          "DGS10 2.55 - DGS2 1.98 = 57 bp; 58.1 is 1.1 bp (1.9%) off, and just outside what FRED's rounding allows (56-58 bp).",
          "rose to 58.1 bps", basis="end of day"),
    ]))

PASSAGES5.append(dict(
    id="marketwatch_20180130_vix_tops_14",
    source=dict(site="realestateisideal.com",
                url="http://realestateisideal.com/uncategorized/wall-streets-fear-gauge-breaks-above-14-for-first-time-since-august-as-stock-futures-falter",
                original_outlet="MarketWatch (Market Pulse)"),
    published="2018-01-30", published_confidence="high",
    published_note="inferred: a Tuesday-morning Market Pulse item; 'Monday' losses for all three benchmarks and no back-to-back January losses for the Dow and S&P 500 match Mon 2018-01-29, so Tuesday is 2018-01-30 (VIX high 15.42, low 13.88 that day).",
    text=("Wall Street's fear gauge breaks above 14 for first time since August as stock futures falter\n\n"
          "A gauge of Wall Street volatility climbed on Tuesday to its highest level in more than five months, as US equity benchmarks "
          "looked set to extend a slide and the 10-year Treasury yield hovered around its highest level in more than three years. The CBOE "
          "Volatility Index was at 14.16, up 2.1%, marking its highest level since Aug. 18, 2017, according to FactSet data.\n\n"
          "The VIX turns bullish and bearish option bets on the S&P 500 into a reading of expected volatility over the coming 30 days and "
          "usually rises as stocks fall. The gauge, sometimes called the fear index, has been unusually low, trading below its historical "
          "average of around 20; it remains under that mean, but the recent pickup suggests investors are betting on more turbulence.\n\n"
          "A rise in the 10-year Treasury note yield above 2.72% on Monday has also drawn attention, because higher rates can undercut the "
          "appetite for stocks when government paper pays more than riskier assets.\n\n"
          "Futures for the Dow Jones Industrial Average were off triple digits, while those for the Nasdaq-100 and the S&P 500 were firmly "
          "lower Tuesday morning. All three benchmarks finished firmly lower on Monday. Neither the Dow nor the S&P 500 has recorded "
          "back-to-back losses in January."),
    claims=[
        C("VIX", "level", 14.16, "index_points", "2018-01-30", "close('VIX','2018-01-30')", 2, "unverifiable", R_MID,
          "Tuesday morning reading; the session ran 13.88-15.42 (close 14.79), so 14.16 lies inside the range.",
          "Volatility Index was at 14.16", basis="early trading", detail="session range 13.88 .. 15.42"),
        C("VIX", "pct_change", 2.1, "percent", "2018-01-30", "(14.16 / close('VIX','2018-01-29') - 1) * 100", 2,
          "imprecise", R_OWN + "; " + R_1DP + IMP,
          "Against Monday's close of 13.84, the stated 14.16 is +2.31%, not 2.1% (0.21 pp off).", "up 2.1%", basis="early trading"),
        C("VIX", "highest_since", "2017-08-18", "date", "2018-01-30", "level_since(col('VIX'), '2018-01-30', 14.16)", 2,
          "supported", R_SINCE,
          "Last close at or above 14.16: 2017-08-18 (14.26), as FactSet's closing data would give; on intraday highs the VIX last traded above 14.16 on 2017-12-01, which would make 'since Aug. 18' overstated.",
          "highest level since Aug. 18, 2017"),
        C("VIX", "historical_average", 20, "index_points", "2018-01-30", None, 2, "not_checkable", R_NC,
          "Rule-of-thumb description; the mean of the file's VIX closes 1990-2017 is about 19.4.", "historical average of around 20",
          qualifier="around"),
        C("US10Y", "highest_since_years", 3, "years", "2018-01-29",
          "level_since(rate('DGS10'), '2018-01-29', rate_on('DGS10','2018-01-29'))", 2,
          "supported", R_SINCE + "; " + R_YLD,
          "DGS10 2.70 on 2018-01-29 (2.73 on Jan 30) was the highest since 2014-04-29, more than three years earlier.",
          "highest level in more than three years", qualifier="more than", basis="end of day"),
        C("US10Y", "yield_level", 2.72, "percent", "2018-01-29", "rate_on('DGS10','2018-01-29')", 2, "unverifiable",
          R_UNV_INTRA_YLD, "The end-of-day yield on Monday 2018-01-29 was 2.70; a move above 2.72% during the day cannot be checked.",
          "above 2.72% on Monday", qualifier="above", basis="intraday"),
        C("DJI_FUTURES", "premarket_move", -100, "index_points", "2018-01-30", None, 2, "unverifiable", R_UNV_SERIES,
          "Futures prices are not in the files.", "off triple digits"),
        C("DJI", "daily_direction_all_three", True, "list", "2018-01-29",
          "[round(pct_change(t,'2018-01-29'),2) for t in ('DJI','GSPC','IXIC')]", 2,
          "supported", R_ORDER, "Monday 2018-01-29: Dow -0.67%, S&P 500 -0.67%, Nasdaq -0.52%.",
          "All three benchmarks finished firmly lower on Monday", comparison="GSPC,IXIC"),
        C("DJI", "back_to_back_losses_january", 0, "count", "2018-01-29",
          "[down_pairs('DJI','2018-01-02','2018-01-29'), down_pairs('GSPC','2018-01-02','2018-01-29')]", 0,
          "supported", R_STREAK,
          "January 2018 to Jan 29: Dow down days Jan 8, 10, 16, 18, 23, 29; S&P 500 down days Jan 10, 16, 18, 24, 29; no two consecutive.",
          "back-to-back losses in January", comparison="GSPC"),
    ]))
