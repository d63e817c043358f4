"""Passage and claim specifications, part 2 (small-cap / Russell 2000 pieces, continued)."""
from build_part1 import *  # noqa: F401,F403

PASSAGES2 = []

PASSAGES2.append(dict(
    id="royce_20161206_best_november",
    source=dict(site="asset-sync.advisorperspectives.com",
                url="https://asset-sync.advisorperspectives.com/commentaries/2016/12/06/small-caps-enjoy-their-best-november-yet?firm=the-royce-funds",
                original_outlet="The Royce Funds (commentary republished by Advisor Perspectives)"),
    published="2016-12-06", published_confidence="exact",
    published_note="Date in the URL (2016/12/06). The figures are November 2016 monthly returns (last close 2016-11-30).",
    text=("Small-Caps Enjoy Their Best November Yet\n\n"
          "Stocks went on quite a run in the three-plus weeks right after the election, and November turned out to be especially kind to "
          "small caps. A short rundown shows how dynamic the month was.\n\n"
          "First, this was the best November in the history of the Russell 2000 Index, with its highest monthly return since October 2011, "
          "when small caps were just coming out of a steep slide.\n\n"
          "Second, the performance spread between small-cap and large-cap was the widest in 14 years (since April 2002). The small-cap "
          "Russell 2000 gained 11.2% for the month, compared with respective gains of 3.9% and 3.7% for the large-cap Russell 1000 and "
          "S&P 500 indexes.\n\n"
          "Third, small-cap value packed about a year's worth of results into one month: the Russell 2000 Value advanced 13.3%, against "
          "9.0% for the Russell 2000 Growth.\n\n"
          "Value's lead came from cyclical and varied sectors, among them Financials, Industrials, Consumer Discretionary, Energy and "
          "Materials. Financials were helped by a steeper yield curve that should lift bank profits, hopes for faster growth supported "
          "Industrials and many Materials names, consumers stepped up their spending, and rebounding commodity prices helped Energy and, "
          "again, Materials."),
    claims=[
        C("RUT", "same_calendar_month_rank", 1, "rank", "2016-11-30", "monthly_rank_same_month('RUT','2016-11-30')", 0,
          "supported", R_RANK,
          "November 2016 (+10.99% price) is the best November for the Russell 2000 in the file (which starts in 1987; Royce's history goes back to 1979 and uses total returns).",
          "best November in the history of the Russell 2000 Index", window="2016-11"),
        C("RUT", "highest_monthly_return_since", "2011-10", "date", "2016-11-30", "last_month_as_big('RUT','2016-11-30')", 2,
          "supported", R_SINCE, "Last earlier month with a gain at least as large: October 2011 (+15.04%).", "since October 2011"),
        C("RUT", "small_minus_large_monthly_spread_widest_since", "2002-04", "date", "2016-11-30", None, 2,
          "unverifiable", R_UNV_SERIES,
          "The spread is against the Russell 1000, which is not in the files. With the S&P 500 as a proxy the November 2016 spread (7.57 pp on price) was last matched in December 2000, but the proxy cannot decide the claim.",
          "widest in 14 years (since April 2002)", comparison="Russell 1000"),
        C("RUT", "monthly_return", 11.2, "percent", "2016-11-30", "monthly_returns('RUT').loc['2016-11-30']", 2,
          "unverifiable", R_UNV_TR,
          "Royce reports total returns; the price index gained 10.99% in November 2016 (0.21 pp short of 11.2, about the dividend yield for a month).",
          "gained 11.2% for the month", window="2016-11"),
        C("RUSSELL1000", "monthly_return", 3.9, "percent", "2016-11-30", None, 2,
          "unverifiable", R_UNV_SERIES, "The Russell 1000 is not in the files.", "3.9%", window="2016-11"),
        C("SPX", "monthly_return", 3.7, "percent", "2016-11-30", "monthly_returns('GSPC').loc['2016-11-30']", 2,
          "unverifiable", R_UNV_TR,
          "The S&P 500 price index rose 3.42% in November 2016; 3.7% is the total-return figure, which the files cannot compute.",
          "3.7% for the large-cap", window="2016-11"),
        C("RUSSELL2000_VALUE", "monthly_return", 13.3, "percent", "2016-11-30", None, 2,
          "unverifiable", R_UNV_SERIES, "Russell 2000 Value is not in the files.", "13.3%", window="2016-11"),
        C("RUSSELL2000_GROWTH", "monthly_return", 9.0, "percent", "2016-11-30", None, 2,
          "unverifiable", R_UNV_SERIES, "Russell 2000 Growth is not in the files.", "9.0%", window="2016-11"),
    ]))

PASSAGES2.append(dict(
    id="marketwatch_20190508_small_caps_catch_up",
    source=dict(site="fidelity.com", url="https://www.fidelity.com/insights/markets-economy/small-cap-stocks-catch-up",
                original_outlet="MarketWatch (Chris Matthews), republished by Fidelity"),
    published="2019-05-08", published_confidence="high",
    published_note="inferred: 'Between Monday and Tuesday alone' the S&P 500 fell 2.1% (files: May 6-7, 2019 -2.09%), the SunTrust note is from Tuesday and the tariff increase was due 'as soon as Friday' (May 10, 2019); the story runs during Wed 2019-05-08, so its 'since May 1' and distance figures are mid-session.",
    text=("Why small-cap stocks may be poised to play catch-up with the S&P 500\n\n"
          "By Chris Matthews, MarketWatch\n\n"
          "Stock investors have been on a wild ride since last summer: the S&P 500 (.SPX) fell nearly 20% before bouncing back to a new "
          "all-time high in April. Small caps have been less kind. The Russell 2000 (.RUT) still sits 8.7% below its all-time high set "
          "back in August, although strategists and investors tell MarketWatch the long stretch of underperformance may be ending.\n\n"
          "\"With U.S. large-caps breaking out to a record high, small-caps provide investors a potential opportunity for an asset class "
          "that has not fully recovered,\" Keith Lerner, chief market strategist at SunTrust Private Wealth, wrote in a Tuesday note. "
          "\"Over the past year, small-caps have trailed large-caps by about 7%,\" he added, calling it among the weakest underperformance "
          "periods for small caps since this bull market began, and a level from which relative performance has tended to improve.\n\n"
          "The turn may already be under way. Since May 1, the small-cap Russell 2000 has lost just 0.8%, against a 2.4% decline for the "
          "S&P 500 (SPX) and a 2.6% fall for the Dow Jones Industrial Average (.DJI).\n\n"
          "That relative strength comes during the hardest stretch for bulls so far this year, as hopes of a quick end to the US-China "
          "trade dispute faded after US officials threatened to raise tariffs on about $200 billion of annual Chinese imports from 10% to "
          "25%, as soon as Friday. Between Monday and Tuesday alone, the S&P 500 fell 2.1%."),
    claims=[
        C("SPX", "drawdown", 20, "percent", "2018-12-24", "-max_drawdown('GSPC','2018-09-20','2019-04-30')", 2,
          "supported", R_NEARLY,
          "From the 2018-09-20 record close (2930.75) to the 2018-12-24 close (2351.10): -19.78%, i.e. nearly 20%.",
          "fell nearly 20%", qualifier="nearly", window="2018-09-20..2018-12-24"),
        C("SPX", "record_close_month", "2019-04", "date", "2019-04-30", "record_closes('GSPC','2019-04-01','2019-04-30')", 2,
          "supported", R_REC, "Record closes in April 2019: Apr 23, 26, 29 and 30.", "new all-time high in April"),
        C("RUT", "pct_from_ath", 8.7, "percent", "2019-05-08", "pct_below_record('RUT','2019-05-08')", 2,
          "imprecise", R_MID + IMP,
          "Mid-session on May 8: measured from the record close 1740.75 (2018-08-31) the session ran from 8.81% (high 1587.35) to 9.53% (low 1574.85) below; the close was 9.52% below. 8.7% lies just outside the session's range.",
          "8.7% below its all-time high", basis="midday", detail="session distance range 8.81 .. 9.53"),
        C("RUT", "record_close_date", "2018-08", "date", "2019-05-08", "record_before('RUT','2019-05-08')[0]", 2,
          "supported", R_REC, "Russell 2000 record close 1740.75 on 2018-08-31.", "set back in August"),
        C("RUT", "relative_return_1y", -7, "percent", "2019-05-07", "ret('RUT','2018-05-07','2019-05-07') - ret('GSPC','2018-05-07','2019-05-07')", 2,
          "supported", R_ABOUT,
          "Quoted statistic (SunTrust, Tuesday note): one year to the May 7 close the Russell 2000 trailed the S&P 500 (as the large-cap proxy) by 7.70 pp; about 7 allows 6-8.",
          "trailed large-caps by about 7%", qualifier="about", window="1y to 2019-05-07", comparison="SPX"),
        C("QUOTE", "quoted_opinion", None, "text", "2019-05-07", None, 2,
          "not_checkable", R_NC, "'Among the weakest underperformance periods since the start of this bull market' is the strategist's characterisation.",
          "among the weakest underperformance periods"),
        C("RUT", "period_return", -0.8, "percent", "2019-05-08", "ret('RUT','2019-04-30','2019-05-08')", 2,
          "unverifiable", R_MID,
          "Mid-session May 8, from the Apr 30 close: the close gives -1.02%, the session range -1.03% .. -0.24%, which contains -0.8. (From the May 1 close the figure would be about +0.4%.)",
          "has lost just 0.8%", window="since May 1", basis="midday"),
        C("SPX", "period_return", -2.4, "percent", "2019-05-08", "ret('GSPC','2019-04-30','2019-05-08')", 2,
          "unverifiable", R_MID,
          "From the Apr 30 close: -2.25% at the May 8 close; session range about -2.46% .. -1.63%, which contains -2.4.",
          "2.4% decline", window="since May 1", basis="midday"),
        C("DJI", "period_return", -2.6, "percent", "2019-05-08", "ret('DJI','2019-04-30','2019-05-08')", 2,
          "unverifiable", R_MID,
          "From the Apr 30 close: -2.35% at the May 8 close; session range about -2.64% .. -1.79%, which contains -2.6.",
          "2.6% fall", window="since May 1", basis="midday"),
        C("GENERIC", "tariff_rates", "10% -> 25% on $200 billion", "text", "2019-05-10", None, 2,
          "unverifiable", R_UNV_SERIES, "Trade-policy figures, not market data.", "about $200 billion"),
        C("SPX", "two_day_return", -2.1, "percent", "2019-05-07", "ret('GSPC','2019-05-03','2019-05-07')", 2,
          "supported", R_1DP, "Monday May 6 -0.45%, Tuesday May 7 -1.65%: from the May 3 close to the May 7 close -2.09%.",
          "the S&P 500 fell 2.1%", window="2019-05-06..2019-05-07"),
    ]))

PASSAGES2.append(dict(
    id="onwallstreet_20141218_rethink_small_caps",
    source=dict(site="robertstoweengland.com", url="http://robertstoweengland.com/writer/147-time-to-rethink-small-caps",
                original_outlet="On Wall Street (Robert Stowe England)"),
    published="2014-12-18", published_confidence="exact",
    published_note="Dated December 18, 2014 on the page; year-to-date figures are 'as of Dec. 17, 2014'.",
    text=("Time to rethink small caps?\n\n"
          "On Wall Street, December 18, 2014. By Robert Stowe England\n\n"
          "The Russell 2000 and small caps may look tempting after lagging far behind the S&P 500 this year, but many analysts believe "
          "they are still overvalued. After a year of meagre returns, advisors may be wondering whether it is time for US small-cap stocks "
          "to shine again; after all, set against the S&P 500, small caps have a fairly long record of beating large caps.\n\n"
          "Yet many strategists and analysts think small caps are a long way from regaining their role as market leaders. \"Even with "
          "small caps lagging, the valuations in our view are still well above long-term averages,\" says Kate Warne, investment strategist "
          "at Edward Jones in St. Louis. \"We are recommending investors reduce their holdings of small-cap stocks.\"\n\n"
          "The numbers show how small caps struggled for most of 2014. The Russell 2000 gained only 0.96% as of Dec. 17, 2014, while the "
          "S&P 500 was up 8.90%. In 2013, by contrast, the Russell 2000 zoomed ahead by 28.99% while the S&P 500 rose 23.38%."),
    claims=[
        C("QUOTE", "quoted_opinion", None, "text", "2014-12-18", None, 2,
          "not_checkable", R_NC, "Valuation opinion from Edward Jones; valuations are not in the files.",
          "still well above long-term averages"),
        C("RUT", "ytd_return", 0.96, "percent", "2014-12-17", "ytd('RUT','2014-12-17')", 2,
          "supported", R_2DP, "From the 2013-12-31 close to the 2014-12-17 close: +0.96%.",
          "gained only 0.96%", window="YTD"),
        C("SPX", "ytd_return", 8.90, "percent", "2014-12-17", "ytd('GSPC','2014-12-17')", 2,
          "supported", R_2DP, "S&P 500 from the 2013-12-31 close to the 2014-12-17 close: +8.90%.", "up 8.90%", window="YTD"),
        C("RUT", "annual_return", 28.99, "percent", "2013-12-31", "yearly_returns('RUT').loc['2013-12-31']", 2,
          "contradicted", R_2DP + IMP,
          "The Russell 2000 rose 37.00% in 2013 (price: 849.35 at 2012-12-31 to 1163.64 at 2013-12-31; total return 38.82%). 28.99 is 8 pp short, outside every tolerance.",
          "zoomed ahead by 28.99%", window="2013"),
        C("SPX", "annual_return", 23.38, "percent", "2013-12-31", "yearly_returns('GSPC').loc['2013-12-31']", 2,
          "contradicted", R_2DP + IMP,
          "The S&P 500 rose 29.60% in 2013 (1426.19 to 1848.36; total return about 32.4%). 23.38 is 6.2 pp short.",
          "rose 23.38%", window="2013"),
    ]))

PASSAGES2.append(dict(
    id="seekingalpha_20201105_election_rally_small_caps",
    source=dict(site="seekingalpha.com",
                url="https://seekingalpha.com/news/3632268-2016-unwind-2020-election-rally-shows-hallmarks-of-simple-trump-trade-reversal",
                original_outlet="Seeking Alpha"),
    published="2020-11-05", published_confidence="exact",
    published_note="Page dated 2020-11-05; written in early trading on Thursday about Wednesday 2020-11-04, the first session after the Nov 3 election.",
    text=("2016 unwind? The 2020 election rally shows hallmarks of a simple Trump-trade reversal\n\n"
          "Comparisons with the 2016 election were bound to come fast and furious. Wednesday's rally doesn't fit neatly into that box, "
          "though, unless you simply run 2016 backwards.\n\n"
          "The move first confused forecasters: it was the largest post-election session rally in history, an unlikely result with the vote "
          "still unsettled and with pundits having called a \"contested\" election the worst outcome. Lawsuits are already being filed, "
          "seemingly confirming that outcome, yet futures and early trading Thursday are confirming yesterday's rally, which was itself "
          "unusual underneath.\n\n"
          "The S&P 500 rose 2.2% Wednesday, a strong day whatever event preceded it, yet fewer than half of the constituents were in the "
          "green, a weak sign for breadth but consistent with the biggest market-cap names leading. Mega-cap tech, multinationals and "
          "health care drove the advance. Small caps, as measured by the Russell 2000, were up just 0.1%; some of that may be a narrowing of "
          "the last month's performance, in which small caps have outperformed.\n\n"
          "Looking back to 2016, the exact opposite happened after the election: small caps massively outperformed their S&P 500 "
          "brethren, which many tied at the time to the President-elect's \"America First\" view and domestically focused agenda.\n\n"
          "On Wednesday of 2020, however, the Russell 2000 was the clear loser. Leaving 2020 aside as an aberration on almost every front, "
          "you would need to go back to 2011 to find a day on which the Russell 2000 underperformed the S&P 500 by as wide a margin."),
    claims=[
        C("SPX", "post_election_day_rank", 1, "rank", "2020-11-04",
          "max(post_election_moves('GSPC').items(), key=lambda kv: kv[1])[0]", 2,
          "supported", R_RANK,
          "First sessions after every presidential election 1928-2020 in the file: 2020-11-04 +2.20% is the largest (next 1980-11-05 +1.77%, 1936-11-04 +1.51%). Before 1957 the file's GSPC is the S&P 90.",
          "largest post-election session rally in history"),
        C("SPX", "early_session_move_next_day", 0, "percent", "2020-11-05",
          "(close('GSPC','2020-11-05','low') / close('GSPC','2020-11-04') - 1) * 100", 2,
          "supported", R_MIDBOUND,
          "Thursday 2020-11-05: the S&P 500 never traded below Wednesday's close (session low 3485.74 vs 3443.44, +1.23%) and closed +1.95%, so early trading extended the rally.",
          "early trading Thursday are confirming yesterday's rally", basis="early trading"),
        C("SPX", "daily_pct_change", 2.2, "percent", "2020-11-04", "pct_change('GSPC','2020-11-04')", 2,
          "supported", R_1DP, "S&P 500 2020-11-04: +2.20%.", "The S&P 500 rose 2.2% Wednesday"),
        C("NYSE", "breadth_share_up", 50, "percent", "2020-11-04", None, 2,
          "unverifiable", R_UNV_SERIES, "Constituent breadth is not in the files.", "fewer than half of the constituents",
          qualifier="less than"),
        C("RUT", "daily_pct_change", 0.1, "percent", "2020-11-04", "pct_change('RUT','2020-11-04')", 2,
          "supported", R_1DP, "Russell 2000 2020-11-04: +0.05%, within 0.07 of 0.1.", "up just 0.1%"),
        C("RUT", "relative_monthly_return", True, "flag", "2020-10-30",
          "[round(monthly_returns('RUT').loc['2020-10-31'],2), round(monthly_returns('GSPC').loc['2020-10-31'],2)]", 2,
          "supported", R_ORDER, "October 2020: Russell 2000 +2.04%, S&P 500 -2.77%; small caps outperformed over the last month.",
          "the last month's performance, in which small caps have outperformed", window="2020-10", comparison="SPX"),
        C("RUT", "relative_return_post_election_2016", True, "flag", "2016-11-30",
          "ret('RUT','2016-11-08','2016-11-30') - ret('GSPC','2016-11-08','2016-11-30')", 2,
          "supported", R_ORDER, "From the 2016 election-day close to the end of November 2016 the Russell 2000 beat the S&P 500 by 7.87 pp.",
          "small caps massively outperformed their S&P 500", window="2016-11-08..2016-11-30", comparison="SPX"),
        C("RUT", "worst_relative_day_since_excluding_2020", "2011", "date", "2020-11-04",
          "last_rel_day_as_bad('RUT','GSPC','2020-11-04', before='2020-01-01')", 2,
          "supported", R_BIGSINCE,
          "RUT minus S&P 500 on 2020-11-04: -2.16 pp. Before 2020 the last day at least as bad was 2011-10-03 (-2.54 pp). Within 2020 there were later ones (last: 2020-09-21, -2.20 pp), which the text sets aside.",
          "go back to 2011", comparison="SPX"),
    ]))

PASSAGES2.append(dict(
    id="cnbc_20170213_rut_first_record_since_december",
    source=dict(site="cnbc.com", url="https://www.cnbc.com/2017/02/13/small-cap-stocks-hit-first-record-high-since-december.html",
                original_outlet="CNBC (Market Insider)"),
    published="2017-02-13", published_confidence="exact",
    published_note="Date in the URL (2017/02/13); 'Monday' is 2017-02-13.",
    text=("Small-cap stocks hit first record high since December\n\n"
          "Small caps joined their large-cap counterparts at record levels on Monday. The Russell 2000, made up of small-cap stocks, "
          "notched its first all-time high since December after it broke above 1,392.71.\n\n"
          "\"If the economy is improving, then there is room to rise for these stocks,\" said JJ Kinahan, chief market strategist at TD "
          "Ameritrade, who saw signs of a lot of pent-up demand.\n\n"
          "Chemours was among the index's leaders, rising nearly 13 percent after it and DuPont agreed to settle several lawsuits over the "
          "leak of a toxic chemical used to make Teflon; the two companies will pay $670.70 million in total.\n\n"
          "Large caps kept building on last week's gains, as the Dow Jones industrial average, the S&P 500 and the Nasdaq composite also "
          "posted record highs on bullish bets on President Donald Trump's tax plan. Trump said last week his office would release a "
          "\"phenomenal\" tax plan, after earlier pledging to cut the corporate rate from 35 percent to somewhere between 15 percent and 20 "
          "percent.\n\n"
          "The Russell has easily outperformed the three large-cap indexes since the election. This year, however, the small-cap index lags "
          "the Dow, S&P and Nasdaq. \"I think the first lift-off in small-caps happened because of the excitement over Trump's tax plan,\" "
          "said Nicholas Colas, chief market strategist at Convergex Group. \"Year to date, it's a different story.\""),
    claims=[
        C("RUT", "intraday_record", True, "flag", "2017-02-13",
          "close('RUT','2017-02-13','high') > record_before('RUT','2017-02-13','high')[1]", 2,
          "supported", R_REC, "Session high 1398.60 on 2017-02-13, above every earlier high (previous intraday record 1392.71 on 2016-12-09).",
          "notched its first all-time high since December", basis="intraday high"),
        C("RUT", "previous_intraday_record_level", 1392.71, "index_points", "2017-02-13",
          "record_before('RUT','2017-02-13','high')[1]", 2,
          "supported", R_LVL, "Previous intraday record: 1392.71 on 2016-12-09.", "1,392.71", basis="intraday high"),
        C("RUT", "previous_record_date", "2016-12", "date", "2017-02-13", "record_before('RUT','2017-02-13','high')[0]", 2,
          "supported", R_REC,
          "On the intraday basis the text uses, the previous record was 2016-12-09. On a closing basis the claim would fail: Friday 2017-02-10 already closed at a record (1388.84, above the 2016-12-09 close 1388.07).",
          "first all-time high since December", basis="intraday high"),
        C("CHEMOURS", "daily_pct_change", 13, "percent", "2017-02-13", None, 2,
          "unverifiable", R_UNV_SERIES, "Single-stock prices are not in the files.", "rising nearly 13 percent", qualifier="nearly"),
        C("GENERIC", "settlement_amount", 670.70, "million USD", "2017-02-13", None, 2,
          "unverifiable", R_UNV_SERIES, "A legal settlement figure, not market data.", "$670.70 million"),
        C("GENERIC", "proposed_tax_rate", "35% -> 15-20%", "text", "2017-02-13", None, 2,
          "unverifiable", R_UNV_SERIES, "Tax-policy figures, not market data.", "from 35 percent"),
        C("DJI", "record_close_all_three", True, "list", "2017-02-13",
          "[close(t,'2017-02-13') > record_before(t,'2017-02-13')[1] for t in ('DJI','GSPC','IXIC')]", 2,
          "supported", R_REC, "Dow 20412.16, S&P 500 2328.25, Nasdaq 5763.96: all three closed at records on 2017-02-13.",
          "also posted record highs", comparison="GSPC,IXIC"),
        C("RUT", "relative_return_since_election", True, "list", "2017-02-13",
          "[round(ret(t,'2016-11-08','2017-02-13'),2) for t in ('RUT','DJI','GSPC','IXIC')]", 2,
          "supported", R_ORDER, "From the 2016-11-08 close: RUT +16.50%, Dow +11.34%, S&P 500 +8.82%, Nasdaq +10.98%.",
          "easily outperformed the three large-cap indexes since the election", window="2016-11-08..2017-02-13",
          comparison="DJI,GSPC,IXIC"),
        C("RUT", "ytd_relative", True, "list", "2017-02-13",
          "[round(ytd(t,'2017-02-13'),2) for t in ('RUT','DJI','GSPC','IXIC')]", 2,
          "supported", R_ORDER, "Year to date: RUT +2.60%, Dow +3.29%, S&P 500 +3.99%, Nasdaq +7.07%; the Russell trails all three.",
          "the small-cap index lags the Dow, S&P and Nasdaq", window="YTD", comparison="DJI,GSPC,IXIC"),
    ]))

PASSAGES2.append(dict(
    id="sknfinance_20250818_rut_roar_and_retreat",
    source=dict(site="skn-finance.com", url="https://skn-finance.com/?p=74666", original_outlet="SKN Finance"),
    published="2025-08-18", published_confidence="medium",
    published_note="inferred: the piece reviews 'last week' with daily closes for Mon Aug 11 - Thu Aug 14 (2025) and the weekly change, so it was published after Fri 2025-08-15; dated to the next trading day, Mon 2025-08-18. The session it describes is the week ending 2025-08-15.",
    text=("Small Caps Roar and Retreat: Russell 2000's Volatile Week Signals Economic Jitters\n\n"
          "The Russell 2000, a key gauge of the health of America's small-cap companies, finished last week with a massive 3.15% gain, but "
          "the headline number hides a week of wild swings. A powerful early \"risk-on\" surge gave way to a sharp two-day selloff, a round "
          "trip that feeds the debate over how strong the domestic economy really is.\n\n"
          "The index follows 2,000 of the smaller listed companies and is often treated as a purer read on the US economy than its "
          "large-cap peers. Last week suggests bullish conviction is present, but fragile.\n\n"
          "The week began with a burst of buying. On Monday, August 11, the index closed at 2,216.51, laying a foundation for the rally. On "
          "Tuesday, August 12, bulls took full control and sent the Russell 2000 up an incredible 2.99% to 2,282.78. On Wednesday, August "
          "13, the momentum carried on as the index added another 1.98% to close at its weekly high of 2,328.06.\n\n"
          "In just two trading sessions the small-cap index surged by approximately 5%, the kind of explosive move that reflects a strong "
          "belief that the economy is poised for robust growth; small companies are highly sensitive to the cycle.\n\n"
          "The optimism faded as fast as it came. On Thursday, August 14, sentiment turned and the index gave back a large part of its "
          "gains, falling 1.24% to close back below the 2,300 level."),
    claims=[
        C("RUT", "weekly_return", 3.15, "percent", "2025-08-15", "weekly_returns('RUT').loc['2025-08-15']", 2,
          "imprecise", R_2DP + IMP, "Friday 2025-08-08 close 2218.42 to Friday 2025-08-15 close 2286.52: +3.07%; 3.15 is 0.08 pp off.",
          "massive 3.15% gain", window="week to 2025-08-15"),
        C("RUT", "two_day_selloff", True, "list", "2025-08-15",
          "[round(pct_change('RUT',d),2) for d in ('2025-08-14','2025-08-15')]", 2,
          "supported", R_STREAK, "Thursday -1.24%, Friday -0.55%: two down sessions to end the week.", "sharp two-day selloff",
          window="2025-08-14..2025-08-15"),
        C("RUT", "close_level", 2216.51, "index_points", "2025-08-11", "close('RUT','2025-08-11')", 2,
          "supported", R_LVL, "Close 2216.5115 on 2025-08-11.", "2,216.51"),
        C("RUT", "daily_pct_change", 2.99, "percent", "2025-08-12", "pct_change('RUT','2025-08-12')", 2,
          "supported", R_2DP, "+2.99% on 2025-08-12.", "an incredible 2.99%"),
        C("RUT", "close_level", 2282.78, "index_points", "2025-08-12", "close('RUT','2025-08-12')", 2,
          "supported", R_LVL, "Close 2282.7791 on 2025-08-12.", "2,282.78"),
        C("RUT", "daily_pct_change", 1.98, "percent", "2025-08-13", "pct_change('RUT','2025-08-13')", 2,
          "supported", R_2DP, "+1.98% on 2025-08-13.", "another 1.98%"),
        C("RUT", "close_level", 2328.06, "index_points", "2025-08-13", "close('RUT','2025-08-13')", 2,
          "supported", R_LVL, "Close 2328.0601 on 2025-08-13.", "2,328.06"),
        C("RUT", "weekly_high_close_date", "2025-08-13", "date", "2025-08-15",
          "col('RUT').loc['2025-08-11':'2025-08-15'].idxmax().date().isoformat()", 2,
          "supported", R_ORDER, "Highest close of the week Aug 11-15 was Wednesday's 2328.06 (the intraday high 2329.26 was also Wednesday).",
          "its weekly high"),
        C("RUT", "two_day_return", 5, "percent", "2025-08-13", "ret('RUT','2025-08-11','2025-08-13')", 2,
          "supported", R_ABOUT, "Monday close to Wednesday close: +5.03%.", "surged by approximately 5%", qualifier="approximately",
          window="2025-08-12..2025-08-13"),
        C("RUT", "daily_pct_change", -1.24, "percent", "2025-08-14", "pct_change('RUT','2025-08-14')", 2,
          "supported", R_2DP, "-1.24% on 2025-08-14.", "falling 1.24%"),
        C("RUT", "close_below_level", True, "flag", "2025-08-14", "close('RUT','2025-08-14') < 2300", 2,
          "supported", R_LESS, "Close 2299.08 on 2025-08-14, just under 2,300.", "back below the 2,300 level", comparison="2300"),
        C("GENERIC", "index_constituents", 2000, "count", "2025-08-15", None, 2,
          "not_checkable", R_NC, "A description of the index's make-up; constituent counts are not in the files.",
          "follows 2,000 of the smaller listed companies"),
    ]))
