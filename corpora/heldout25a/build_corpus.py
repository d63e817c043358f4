"""Build passages.jsonl and key.jsonl of this corpus.

Usage: python build_corpus.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
Computed values come from reference.py (same directory); verdicts were decided by hand from
those values under the dev README's rules and are written here with the rule and the note.
Outputs are written beside this script.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as ref  # noqa: E402

S, I, C, U, F, N = "supported", "imprecise", "contradicted", "unverifiable", "forecast", "not_checkable"


def cl(t, metric, value, unit, qual, ref_date, window, comparison, basis, verdict, rule, note, anchor, detail=""):
    return dict(index_or_ticker=t, metric=metric, value=value, unit=unit, qualifier=qual, ref_date=ref_date,
                window=window, comparison=comparison, basis=basis, verdict=verdict, rule=rule, note=note,
                anchor=anchor, detail=detail)


P = []

# 1 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="advisorperspectives_20160406_royce_q1_small_caps",
    source=dict(site="advisorperspectives.com", url="https://asset-sync.advisorperspectives.com/commentaries/2016/04/06/small-caps-shift-in-a-wild-quarter?firm=the-royce-funds", original_outlet="The Royce Funds (commentary reposted by Advisor Perspectives)"),
    published="2016-04-06", published_confidence="exact",
    published_note="Date in the URL. The text reviews the first quarter of 2016 (through 2016-03-31).",
    text=("Small caps shift in a wild quarter (Royce Funds). After a quarter full of downs and ups, equity returns ended near "
          "where 2016 began; the real story underneath was a leadership shift to small-cap value. Rarely has a quarter seen "
          "such high volatility for small-cap stocks (Russell 2000 daily volatility was higher than 87% of all quarters since "
          "inception) with such a muted return (-1.5%). The quarter split into near mirror images, with a decline of 15.9% "
          "through the YTD low on 2/11 and a subsequent rebound of 17.1% through the end of March. From the small-cap market "
          "peak on 6/23/15 through 2/11/16, the Russell 2000 Index lost 25.7%, close to the median return of -27.7% for all "
          "declines of 15% or greater since the inception of the Russell 2000 on 12/31/78. In the volatile first quarter the "
          "Russell 2000 Value Index took the lead, advancing 1.7%, while the Russell 2000 Growth Index fell 4.7%."),
    claims=[
        cl("RUT", "return", -1.5, "pct", None, "2016-03-31", "2016-Q1", None, "close (total return, see note)", U,
           "unverifiable: total-return figure where only a price index exists",
           "Royce reports total returns: the price index fell -1.92% in the quarter; with about 0.4 pp of dividends the total return is about -1.5%. All four return figures of this passage sit above the price values by the dividend accrual of their windows, so they are read as total returns (on a price basis each would be imprecise).",
           "(-1.5%)", "RUT 2015-12-31 1135.89 -> 2016-03-31 1114.03 = -1.92% (price)"),
        cl("RUT", "return", -15.9, "pct", None, "2016-02-11", "2015-12-31..2016-02-11", None, "close (total return)", U,
           "unverifiable: total-return figure where only a price index exists",
           "Price decline to the 2/11 close is -16.04%; the stated -15.9% matches a total-return reading (price basis would be imprecise, 0.14 pp off).",
           "a decline of 15.9%", "reference.py price value"),
        cl("RUT", "ytd_low_date", "2016-02-11", "date", None, "2016-03-31", "2016-01-01..2016-03-31", None, "close", S,
           "supported: lowest close of the window", "2016-02-11 (953.72) is the lowest RUT close of the first quarter of 2016.",
           "the YTD low on 2/11"),
        cl("RUT", "return", 17.1, "pct", None, "2016-03-31", "2016-02-11..2016-03-31", None, "close (total return)", U,
           "unverifiable: total-return figure where only a price index exists",
           "Price rebound from the 2/11 close to 3/31 is +16.81%; +17.1% fits total return (price basis: imprecise, 0.29 pp off).",
           "a subsequent rebound of 17.1%"),
        cl("RUT", "peak_date", "2015-06-23", "date", None, "2016-02-11", None, None, "close", S,
           "supported: record close on the stated day",
           "2015-06-23 (1295.80) is the highest RUT close before the 2016 low (and the record close at the time).",
           "peak on 6/23/15"),
        cl("RUT", "return", -25.7, "pct", None, "2016-02-11", "2015-06-23..2016-02-11", None, "close (total return)", U,
           "unverifiable: total-return figure where only a price index exists",
           "Price loss from the 2015-06-23 close to the 2016-02-11 close is -26.40%; -25.7% fits a total-return series with about 0.7 pp of dividends over the window (price basis: imprecise).",
           "lost 25.7%"),
        cl("RUT", "volatility_rank", 87, "pct", "higher than", "2016-03-31", "2016-Q1 vs all quarters since 1979", None, "daily", U,
           "unverifiable: needs history before the file starts",
           "The rank counts quarters since the index's 1979 inception; RUT.csv starts 1987-09-10.",
           "higher than 87% of all quarters"),
        cl("RUT", "median_decline", -27.7, "pct", None, "2016-03-31", "declines of 15% or more since 1978-12-31", None, "close", U,
           "unverifiable: needs history before the file starts",
           "A statistic over all declines since 12/31/78; the file starts in 1987 (and the source's basis is total return).",
           "-27.7%"),
        cl("SPX_STYLE", "return", [1.7, -4.7], "pct", None, "2016-03-31", "2016-Q1", "Russell 2000 Value vs Russell 2000 Growth", "total return", U,
           "unverifiable: series not in the files",
           "The Russell 2000 Value and Growth indexes are not in the shared data directory (ticker tag SPX_STYLE is reused for style indexes).",
           "advancing 1.7%"),
    ]))

# 2 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="ft_20170321_small_caps_give_up_ytd",
    source=dict(site="ft.com", url="https://www.ft.com/content/62cae7f8-88d8-3b1e-9de0-1a62114e5304", original_outlet="Financial Times"),
    published="2017-03-21", published_confidence="high",
    published_note="The page shows no date; the Tuesday with a 2%-plus Russell 2000 drop, a 1% S&P 500 drop and a year-to-date figure that turned negative after a 4.2% gain on March 1 is 2017-03-21 (RUT -2.71%, SPX -1.24%, RUT YTD -0.78%).",
    text=("US small-cap stocks were pounded on Tuesday and gave up their year-to-date advance in a broad Wall Street "
          "sell-off. The Russell 2000 index tumbled 2 per cent on Tuesday, a far steeper slide than the large-cap S&P 500, "
          "which declined by 1 per cent. The sell-off knocked the index slightly into the red for 2017, a sharp reversal from "
          "a few weeks ago: it closed up by 4.2 per cent on a year-to-date basis on March 1, according to FactSet data. "
          "Small-caps were big beneficiaries of the so-called Trump trade, surging 13.6 per cent from election day to the end "
          "of 2016, but they have come under pressure as hopes for quick business-friendly measures dimmed. Citigroup "
          "strategists said small-cap valuations have become \"extended\"."),
    claims=[
        cl("RUT", "daily_change", -2, "pct", None, "2017-03-21", None, None, "close", C,
           "contradicted: outside the imprecise band (error 0.71 pp > 20% of the true 2.71%)",
           "RUT closed -2.71% (1346.55). An intraday reading while the story was written may have shown about -2%, but the text gives no time, so the close is used.",
           "tumbled 2 per cent"),
        cl("SPX", "daily_change", -1, "pct", None, "2017-03-21", None, None, "close", S,
           "supported: integer within 0.5", "S&P 500 -1.24% to 2344.02.", "declined by 1 per cent"),
        cl("RUT", "ytd_change", "negative", "sign", "slightly", "2017-03-21", "YTD", None, "close", S,
           "supported", "RUT year to date -0.78% after the session: slightly into the red.", "slightly into the red for 2017"),
        cl("RUT", "ytd_change", 4.2, "pct", None, "2017-03-01", "YTD", None, "close", S,
           "supported: 1 decimal within 0.07", "RUT YTD at the 2017-03-01 close +4.16%.", "up by 4.2 per cent"),
        cl("RUT", "return", 13.6, "pct", None, "2016-12-30", "2016-11-08..2016-12-30", None, "close", S,
           "supported: 1 decimal within 0.07",
           "From the election-day close (2016-11-08) to the last close of 2016: +13.55%. From the 2016-11-09 close it would be +10.14%.",
           "surging 13.6 per cent"),
    ]))

# 3 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="ftserussell_201706_trump_trade_small_cap_cycle",
    source=dict(site="ftserussell.com", url="http://www.ftserussell.com/blog/trump-trade-and-small-cap-cycle", original_outlet="FTSE Russell blog"),
    published="2017-06", published_confidence="medium",
    published_note="No date on the page; the text says half of 2017 has passed and shows sector returns year-to-date through June 16, 2017, so it was written in the second half of June 2017.",
    text=("The \"Trump Trade\" and the small cap cycle, by Tom Goodwin. On November 9, a day after Donald Trump was elected "
          "president, the so-called Trump Trade was born: tax cuts, infrastructure spending and deregulation were expected to "
          "lift demand and investment, and US stocks rose substantially with small caps leading the way. From election day 2016 "
          "through the end of the year, the value of the small cap Russell 2000 Index increased by an impressive 14.1%, while "
          "the value of the large-mid cap Russell 1000 Index increased by a smaller, although still significant, 5.6%. "
          "Half way through 2017, hopes that the agenda would pass Congress intact have faded, yet the market kept rising."),
    claims=[
        cl("RUT", "return", 14.1, "pct", None, "2016-12-30", "2016-11-08..2016-12-30", None, "close", I,
           "imprecise: 0.55 pp off, within max(2 pp, 10%) and 20% of the true value",
           "Price change from the election-day close to the 2016 year-end close is +13.55% (the FT passage in this corpus gives 13.6%). From the 2016-11-07 close it is +13.83%; a total-return series from 2016-11-07 would come close to 14.1%, but the text speaks of the index value.",
           "an impressive 14.1%"),
        cl("RUSSELL1000", "return", 5.6, "pct", None, "2016-12-30", "2016-11-08..2016-12-30", None, "close", U,
           "unverifiable: series not in the files",
           "The Russell 1000 is not in the shared data directory; as a proxy only, the S&P 500 rose 4.64% over the same window.",
           "significant, 5.6%"),
        cl("RUT", "relative_return", "RUT ahead of large caps", "ordering", None, "2016-12-30", "2016-11-08..2016-12-30", "RUT vs SPX", "close", S,
           "supported: ordering holds", "RUT +13.55% against S&P 500 +4.64% over the window (8.91 pp).",
           "small caps leading the way"),
    ]))

# 4 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="etfdailynews_20190219_small_cap_rally_historic",
    source=dict(site="etfdailynews.com", url="https://etfdailynews.com/2019/02/19/small-cap-stock-rally-in-2019-reaches-historic-proportions/", original_outlet="CNBC (Yun Li), reposted by ETF Daily News"),
    published="2019-02-19", published_confidence="exact",
    published_note="Date in the URL and on the page (4:38pm). 2019-02-18 was a market holiday; the figures are read at the last close before the Jefferies note of Sunday 2019-02-17, i.e. Friday 2019-02-15.",
    text=("Small-cap stock rally in 2019 reaches historic proportions (from Yun Li, CNBC). The Russell 2000 has rallied 16.5 "
          "percent in 2019, the third-best start to a year since the index's inception. History is not kind after such starts: "
          "according to Jefferies, in the previous five best starts to a year small caps did worse than average over the next "
          "three months and squeezed out only a 1.2 percent gain for the rest of the year. \"Can't draw up a better start to new "
          "year than this, however, we need a pullback,\" Jefferies strategist Steven DeSanctis wrote on Sunday. Small-cap "
          "stocks dipped into bear market territory when recession fears set off a massive sell-off in December; the group is "
          "now up 24 percent since Christmas Eve. Wall Street now foresees a 2.9 percent decline in small-cap earnings in the "
          "first quarter, according to FactSet."),
    claims=[
        cl("RUT", "ytd_change", 16.5, "pct", None, "2019-02-15", "YTD", None, "close", I,
           "imprecise: 0.14 pp off (1-decimal tolerance 0.07)",
           "RUT YTD +16.37% at the 2019-02-15 close (+16.75% at the 2019-02-19 close, also imprecise). A total-return reading through 2019-02-15 would be close to 16.5%; the text does not say total return.",
           "rallied 16.5 percent in 2019"),
        cl("RUT", "ytd_rank", 3, "rank", None, "2019-02-15", "start of year vs all years since 1979", None, "close", U,
           "unverifiable: needs history before the file starts",
           "In the file (1988-2019, YTD to mid-February) 2019 ranks second behind 1991 (+18.6%); the claim counts years since 1979, before RUT.csv starts, so one earlier year could make it third.",
           "the third-best start to a year"),
        cl("RUT", "return_after_best_starts", 1.2, "pct", "only", None, "rest of year after the five best starts", None, "close", U,
           "unverifiable: the five years are not named and may predate the file",
           "A Jefferies statistic over unnamed years, some possibly before 1987.", "only a 1.2 percent gain"),
        cl("QUOTE", "opinion", None, None, None, None, None, None, None, N,
           "not_checkable: quoted opinion", "Strategist's view that the market needs a pullback.", "we need a pullback"),
        cl("RUT", "drawdown", 20, "pct", "at least (bear market)", "2018-12-24", "from the 2018-08-31 record close", None, "close", S,
           "supported: close at least 20% below the record",
           "The December low close (2018-12-24, 1266.92) was 27.22% below the 2018-08-31 record close 1740.75.",
           "bear market territory"),
        cl("RUT", "return", 24, "pct", None, "2019-02-15", "2018-12-24..2019-02-15", None, "close", S,
           "supported: integer within 0.5", "+23.86% from the Christmas Eve close to 2019-02-15 (+24.28% to 2019-02-19).",
           "up 24 percent since Christmas Eve"),
        cl("SMALLCAP_EARNINGS", "earnings_growth_forecast", -2.9, "pct", None, "2019-Q1", None, None, None, F,
           "forecast: analysts' estimate", "FactSet consensus estimate; not a market figure in the files.", "2.9 percent decline"),
    ]))

# 5 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="newser_20201215_small_caps_record_streak_snapped",
    source=dict(site="newser.com", url="https://amp.newser.com/story/300089/markets-snap-losing-streak-amid-vaccine-aid-optimism.html", original_outlet="Associated Press via Newser"),
    published="2020-12-15", published_confidence="exact",
    published_note="Posted Dec 15, 2020 3:53 PM CST per the page; the closing figures are those of Tuesday 2020-12-15. Another corpus has a page published that day (different outlet; counted as one of the allowed overlaps).",
    text=("Small-company stocks had a great day on Wall St. Stocks closed broadly higher Tuesday, breaking a four-day losing "
          "streak for the S&P 500, and small-company stocks did especially well, a sign of growing optimism about the economy, "
          "the AP reports. A measure of small-company stocks hit a record high, as did the Nasdaq composite, on hopes for more "
          "aid from Washington and a second COVID-19 vaccine. The S&P 500 rose 47.13 points, or 1.29%, to 3,694.62. The Dow "
          "Jones Industrial Average jumped 337.76 points, or 1.13%, to 30,199.31, and the Nasdaq rose 155.02 points, or 1.25%, "
          "to 12,595.06. The Russell 2000 index of smaller companies surged 45.91 points, or 2.40% to 1,959.76. A 4% jump in "
          "Apple helped; the S&P 500 remains near its record set a week ago, and the Fed began its last meeting of the year."),
    claims=[
        cl("SPX", "losing_streak_broken", 4, "sessions", None, "2020-12-15", None, None, "close", S,
           "supported: exact count", "S&P 500 fell on Dec 9, 10, 11 and 14 (four sessions) before the Dec 15 gain.", "four-day losing streak"),
        cl("RUT", "record_close", True, "flag", None, "2020-12-15", None, None, "close", S,
           "supported: above every earlier close", "1959.76 against a previous record close of 1922.70.", "A measure of small-company stocks hit a record high"),
        cl("IXIC", "record_close", True, "flag", None, "2020-12-15", None, None, "close", S,
           "supported: above every earlier close", "12595.06 against a previous record close of 12582.77.", "as did the Nasdaq composite"),
        cl("SPX", "daily_change", 47.13, "points", None, "2020-12-15", None, None, "close", S, "supported: 2 decimals within 0.025", "", "47.13 points"),
        cl("SPX", "daily_change", 1.29, "pct", None, "2020-12-15", None, None, "close", S, "supported: 2 decimals within 0.025", "", "1.29%"),
        cl("SPX", "close", 3694.62, "level", None, "2020-12-15", None, None, "close", S, "supported: 2 decimals within 0.025", "", "3,694.62"),
        cl("DJI", "daily_change", 337.76, "points", None, "2020-12-15", None, None, "close", S, "supported: 2 decimals within 0.025", "", "337.76 points"),
        cl("DJI", "daily_change", 1.13, "pct", None, "2020-12-15", None, None, "close", S, "supported: 2 decimals within 0.025", "", "1.13%"),
        cl("DJI", "close", 30199.31, "level", None, "2020-12-15", None, None, "close", S, "supported: 2 decimals within 0.025", "", "30,199.31"),
        cl("IXIC", "daily_change", 155.02, "points", None, "2020-12-15", None, None, "close", S, "supported: 2 decimals within 0.025", "", "155.02 points"),
        cl("IXIC", "daily_change", 1.25, "pct", None, "2020-12-15", None, None, "close", S, "supported: 2 decimals within 0.025", "Nasdaq +1.246%.", "1.25%"),
        cl("IXIC", "close", 12595.06, "level", None, "2020-12-15", None, None, "close", S, "supported: 2 decimals within 0.025", "", "12,595.06"),
        cl("RUT", "daily_change", 45.91, "points", None, "2020-12-15", None, None, "close", S,
           "supported: 2 decimals within 0.025", "The file gives +45.90 (rounded closes), 0.01 off.", "45.91 points"),
        cl("RUT", "daily_change", 2.40, "pct", None, "2020-12-15", None, None, "close", S, "supported: 2 decimals within 0.025", "RUT +2.398%.", "2.40%"),
        cl("RUT", "close", 1959.76, "level", None, "2020-12-15", None, None, "close", S, "supported: 2 decimals within 0.025", "", "1,959.76"),
        cl("SPX", "record_date", "2020-12-08", "date", "near its record set a week ago", "2020-12-15", None, None, "close", S,
           "supported: record close one week earlier", "The S&P 500 record close before Dec 15 was 3702.25 on Tuesday 2020-12-08; Dec 15 closed 0.21% below it.",
           "its record set a week ago"),
    ]))

# 6 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="inkl_202102_ibd_small_caps_wild_january",
    source=dict(site="inkl.com", url="https://www.inkl.com/news/9-stocks-made-investors-up-to-928-richer-during-a-wild-january", original_outlet="Investor's Business Daily via inkl"),
    published="2021-02", published_confidence="medium",
    published_note="No date on the page; it reviews the completed month of January 2021 and calls the SPDR S&P 600 fund 'up' rather than 'rose', so it was written at the turn of January/February 2021.",
    text=("Nine stocks made investors up to 928% richer during a wild January. Talk about a crazy January: the GameStop short "
          "squeeze, new highs for the S&P 500 and then a sell-off. Short-squeezed GameStop soared 1,625% and every top stock of "
          "the S&P 1500 in the month was small or mid-size, remarkable in a month the S&P 500 fell 1.1%. Small caps blew past "
          "the S&P 500 in January 2021: the Vanguard Small-Cap ETF rose 2.0% in the first month of the year and the SPDR S&P "
          "600 Small Cap ETF is up even more, 6.2%. That's multiple times the 1.4% rise in the SPDR S&P 500 ETF. DataTrek's "
          "Nicolas Colas said it is time to lighten up on US small caps."),
    claims=[
        cl("SPX", "record_close", True, "flag", None, "2021-01-25", "January 2021", None, "close", S,
           "supported: record closes in the month", "The S&P 500 set record closes in January 2021 (highest 3855.36 on 2021-01-25, above the 2020 high 3756.07) before the late-month sell-off.",
           "new highs for the S&P 500"),
        cl("SPX", "monthly_change", -1.1, "pct", None, "2021-01-29", "January 2021", None, "close", S,
           "supported: 1 decimal within 0.07", "S&P 500 -1.11% for January 2021.", "the S&P 500 fell 1.1%"),
        cl("VB", "monthly_change", 2.0, "pct", None, "2021-01-29", "January 2021", None, "close", U,
           "unverifiable: series not in the files", "Vanguard Small-Cap ETF (VB) is not in the shared data directory.", "rose 2.0%"),
        cl("SLY", "return", 6.2, "pct", "even more", "2021-01-29", "January 2021 (or to date)", None, "close", U,
           "unverifiable: series not in the files", "SPDR S&P 600 Small Cap ETF is not in the files (SP600 family).", "6.2%"),
        cl("SPY", "monthly_change", 1.4, "pct", None, "2021-01-29", "January 2021", None, "close", C,
           "contradicted: wrong sign",
           "SPY fell 1.02% in January 2021 (price; about the same in total return), consistent with the text's own 'S&P 500 fell 1.1%'. No January window gives +1.4% (SPY's best January YTD close was +2.81% on 2021-01-25). Early-February YTD values were +0.63% (Feb 1) and +2.05% (Feb 2).",
           "the 1.4% rise"),
        cl("GME", "monthly_change", 1625, "pct", None, "2021-01-29", "January 2021", None, "close", U,
           "unverifiable: single stock not in the files", "", "soared 1,625%"),
    ]))

# 7 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="nasdaq_20210310_zacks_small_caps_ytd",
    source=dict(site="nasdaq.com", url="https://www.nasdaq.com/articles/the-zacks-analyst-blog-highlights%3A-genesco-customers-bancorp-rocky-brands-midland-states", original_outlet="Zacks Equity Research via Nasdaq.com"),
    published="2021-03-10", published_confidence="medium",
    published_note="No date on the page. The four year-to-date figures match the 2021-03-09 close exactly (Dow +4.01%, S&P +3.18%, Nasdaq +1.44%, RUT +13.68%) and no other March 2021 close; Zacks analyst-blog highlights run the day after the article.",
    text=("The Zacks Analyst Blog highlights small-cap picks. Wall Street kept climbing this year after an impressive 2020, but the "
          "pace of the rally of the three large-cap indexes has slowed, and markets have already faced three volatile patches "
          "so far this year: a Reddit-driven short squeeze in January, then a jump in Treasury yields in February. Consequently, "
          "the Dow, the S&P 500 and the Nasdaq Composite are up just 4%, 3.2% and 1.4%, respectively, year to date. Meanwhile, "
          "the small-cap centric Russell 2000 Index has jumped 13.7% year to date, as faster reopening hopes and huge stimulus "
          "restored confidence in small businesses. In March 2020 the government provided more than $800 billion to small "
          "businesses under the CARES Act."),
    claims=[
        cl("GENERIC", "count_of_volatile_patches", 3, "count", None, "2021-03-09", "YTD", None, None, N,
           "not_checkable: generic characterisation", "'Volatile patch' has no definition the files can apply.", "three volatile patches"),
        cl("DJI", "ytd_change", 4, "pct", None, "2021-03-09", "YTD", None, "close", S, "supported: integer within 0.5", "Dow +4.01% YTD.", "4%, 3.2% and 1.4%"),
        cl("SPX", "ytd_change", 3.2, "pct", None, "2021-03-09", "YTD", None, "close", S, "supported: 1 decimal within 0.07", "S&P 500 +3.18% YTD.", "3.2%"),
        cl("IXIC", "ytd_change", 1.4, "pct", None, "2021-03-09", "YTD", None, "close", S, "supported: 1 decimal within 0.07", "Nasdaq +1.44% YTD.", "1.4%, respectively"),
        cl("RUT", "ytd_change", 13.7, "pct", None, "2021-03-09", "YTD", None, "close", S, "supported: 1 decimal within 0.07", "RUT +13.68% YTD.", "13.7% year to date"),
        cl("GENERIC", "stimulus_amount", 800, "usd_bn", "more than", "2020-03", None, None, None, U,
           "unverifiable: not a market figure in the files", "", "$800 billion"),
    ]))

# 8 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="hamdenjournal_202206_barrons_small_caps_crushed",
    source=dict(site="thehamdenjournal.com", url="https://www.thehamdenjournal.com/world/small-cap-stocks-have-gotten-crushed-watch-for-them-to-rebound-soon/229615/", original_outlet="Barron's (reposted by The Hamden Journal)"),
    published="2022-06", published_confidence="medium",
    published_note="No date on the page. Both drawdowns match the close of Friday 2022-06-17 (S&P 500 23.39% below its 2022-01-03 record, RUT 31.81% below its 2021-11-08 record) and no other 2022 close matches both; the piece was published within days after.",
    text=("Small-cap stocks have gotten crushed; watch for them to rebound soon (Barron's). Small-company stocks have been hit "
          "harder than their larger peers, so they may carry less risk if the market keeps falling and more upside once it "
          "turns. While the S&P 500 has fallen 23.4% from its January all-time high, the small-cap Russell 2000 has dropped "
          "31.8% from its own record, which it set in November. High inflation, Fed rate increases and recession fears hit "
          "small companies harder, but once investors look ahead to better times, small caps could outperform."),
    claims=[
        cl("SPX", "pct_from_ath", 23.4, "pct", None, "2022-06-17", None, None, "close", S, "supported: 1 decimal within 0.07", "23.39% below the 4796.56 record close.", "fallen 23.4%"),
        cl("SPX", "ath_date", "2022-01", "month", None, "2022-06-17", None, None, "close", S, "supported", "Record close 2022-01-03.", "its January all-time high"),
        cl("RUT", "pct_from_ath", 31.8, "pct", None, "2022-06-17", None, None, "close", S, "supported: 1 decimal within 0.07", "31.81% below the 2442.74 record close.", "dropped 31.8%"),
        cl("RUT", "ath_date", "2021-11", "month", None, "2022-06-17", None, None, "close", S, "supported", "Record close 2021-11-08.", "which it set in November"),
    ]))

# 9 ---------------------------------------------------------------------------------------------
P.append(dict(
    id="eocampaign_20230319_small_cap_etfs_fuel_evaporates",
    source=dict(site="eocampaign1.com", url="https://eocampaign1.com/web-version?p=0b5b9d28-c691-11ed-8d24-3f0909ade9d2&pt=campaign&t=1679258358&s=4ba0bd334e9c99d76dfce27e951e6d69473dee079af39cd5e90df80cc08f42e8", original_outlet="ETF investor newsletter (web version of an e-mail campaign)"),
    published="2023-03-19", published_confidence="high",
    published_note="The URL timestamp t=1679258358 is 2023-03-19 20:39 UTC (a Sunday); the last session before it is 2023-03-17.",
    text=("Small Cap ETFs' fuel evaporates as rates rise (4 min read). The iShares Russell 2000 ETF (IWM), a leading US small-cap "
          "ETF, surged 14% this year after dropping 22% in 2022, but the rally was halted after the last rate hike and it's been "
          "downhill since. US small-cap ETFs in general saw the most significant outflows in the equity category, potentially a "
          "bad sign: rising rates make funding harder for smaller companies, which also suffer more in a recession."),
    claims=[
        cl("IWM", "ytd_change_peak", 14, "pct", None, "2023-02-02", "2022-12-30..2023-03-17 (peak)", None, "close", S,
           "supported: integer within 0.5",
           "The gain is the year's peak, not the level at publication (YTD -1.80% on 2023-03-17): the best YTD close was +13.74% on 2023-02-02 (intraday high +14.28%).",
           "surged 14% this year"),
        cl("IWM", "annual_change", -22, "pct", None, "2022-12-30", "2022", None, "close", S,
           "supported: integer within 0.5", "IWM price -21.62% in 2022 (total return from adj_close -20.49%, which would be imprecise).",
           "dropping 22% in 2022"),
        cl("IWM", "peak_after_event", "2023-02-01 hike", "date", None, "2023-02-02", None, None, "close", S,
           "supported: the peak follows the last hike",
           "The last FOMC hike before publication was announced 2023-02-01 (upper bound 4.50 -> 4.75 effective 2023-02-02); IWM's highest 2023 close came the next day, 2023-02-02, and it was lower on every close after it up to publication.",
           "halted after the last rate hike"),
        cl("GENERIC", "fund_flows", None, None, "most significant", "2023-03-17", None, None, None, U,
           "unverifiable: flows are not in the files", "", "the most significant outflows"),
    ]))

# 10 --------------------------------------------------------------------------------------------
P.append(dict(
    id="startingbusinesseasy_20231114_rut_beats_spx_most_since_2020",
    source=dict(site="startingbusinesseasy.com", url="https://startingbusinesseasy.com/markets/russell-2000-outperforms-sp-500-by-the-most-since-2020", original_outlet="MarketWatch (rewritten by startingbusinesseasy.com)"),
    published="2023-11-14", published_confidence="high",
    published_note="No date on the page; the closing figures are those of Tuesday 2023-11-14 (flat October CPI day). Another corpus has a 2023-11-14 page from a different outlet; counted as one of the allowed overlaps.",
    text=("Small-cap U.S. stocks, which have been lagging their large-cap peers so far this year, outperformed them on Tuesday "
          "after data showed U.S. inflation was flat in October. The Russell 2000, made up of the 2,000 smallest companies of the "
          "Russell 3000, rose 92.82 points or 5.4% to close at 1,798.32, its highest finish since Sept. 20, according to Dow Jones "
          "Market Data. It was the index's best day since Nov. 10, 2022, when it rose 6.1%. The Russell 2000 is up 2.1% "
          "year-to-date, versus a 17.1% increase for the S&P 500 and a 34.7% return for the Nasdaq Composite. On Tuesday the "
          "Russell 2000 outperformed the S&P 500 by 3.54 percentage points, the most since March 19, 2020, when it outperformed by "
          "6.35 percentage points. It also beat the Nasdaq Composite by 3.07 percentage points, the largest one-day "
          "outperformance since June 7, when it outperformed by 3.07 percentage points. The Dow Jones Industrial Average ended up "
          "1.4%, the S&P 500 gained 1.9% and the Nasdaq Composite rose 2.4%."),
    claims=[
        cl("RUT", "daily_change", 92.82, "points", None, "2023-11-14", None, None, "close", S, "supported: 2 decimals within 0.025", "", "92.82 points"),
        cl("RUT", "daily_change", 5.4, "pct", None, "2023-11-14", None, None, "close", S, "supported: 1 decimal within 0.07", "RUT +5.44%.", "5.4%"),
        cl("RUT", "close", 1798.32, "level", None, "2023-11-14", None, None, "close", S, "supported: 2 decimals within 0.025", "", "1,798.32"),
        cl("RUT", "highest_since", "2023-09-20", "date", None, "2023-11-14", None, None, "close", S,
           "supported: last close at least as high", "The last close at or above 1798.32 before Nov 14 was 2023-09-20 (1810.10).", "highest finish since Sept. 20"),
        cl("RUT", "best_day_since", "2022-11-10", "date", None, "2023-11-14", None, None, "close", S,
           "supported: last day with a gain at least as large", "2022-11-10 (+6.11%) is the last session with a gain at least 5.44%.", "best day since Nov. 10, 2022"),
        cl("RUT", "daily_change", 6.1, "pct", None, "2022-11-10", None, None, "close", S, "supported: 1 decimal within 0.07", "RUT +6.11% on 2022-11-10.", "it rose 6.1%"),
        cl("RUT", "ytd_change", 2.1, "pct", None, "2023-11-14", "YTD", None, "close", S, "supported: 1 decimal within 0.07", "RUT +2.11% YTD.", "up 2.1% year-to-date"),
        cl("SPX", "ytd_change", 17.1, "pct", None, "2023-11-14", "YTD", None, "close", S, "supported: 1 decimal within 0.07", "S&P 500 +17.09% YTD.", "17.1% increase"),
        cl("IXIC", "ytd_change", 34.7, "pct", None, "2023-11-14", "YTD", None, "close", S, "supported: 1 decimal within 0.07", "Nasdaq +34.66% YTD.", "34.7% return"),
        cl("RUT", "relative_daily_change", 3.54, "pp", None, "2023-11-14", None, "RUT - SPX", "close", S,
           "supported: 2 decimals within 0.025", "5.442% - 1.908% = 3.535 pp.", "3.54 percentage points"),
        cl("RUT", "relative_best_since", "2020-03-19", "date", None, "2023-11-14", None, "RUT - SPX", "close", S,
           "supported: last day with a gap at least as large", "2020-03-19 (+6.35 pp) is the last session with RUT beating the S&P 500 by at least 3.535 pp.", "the most since March 19, 2020"),
        cl("RUT", "relative_daily_change", 6.35, "pp", None, "2020-03-19", None, "RUT - SPX", "close", S,
           "supported: 2 decimals within 0.025", "RUT - SPX on 2020-03-19: 6.349 pp.", "6.35 percentage points"),
        cl("RUT", "relative_daily_change", 3.07, "pp", None, "2023-11-14", None, "RUT - IXIC", "close", S,
           "supported: 2 decimals within 0.025", "5.442% - 2.373% = 3.070 pp.", "beat the Nasdaq Composite by 3.07 percentage points"),
        cl("RUT", "relative_best_since", "2023-06-07", "date", None, "2023-11-14", None, "RUT - IXIC", "close", S,
           "supported: last day with a gap at least as large; the June 7 gap was 3.073 pp",
           "On 2023-06-07 RUT beat the Nasdaq by 3.073 pp, just above Nov 14's 3.070 pp, so 'largest since June 7' and 'by 3.07' both hold.",
           "since June 7"),
        cl("DJI", "daily_change", 1.4, "pct", None, "2023-11-14", None, None, "close", S, "supported: 1 decimal within 0.07", "Dow +1.43%.", "up 1.4%"),
        cl("SPX", "daily_change", 1.9, "pct", None, "2023-11-14", None, None, "close", S, "supported: 1 decimal within 0.07", "S&P 500 +1.91%.", "gained 1.9%"),
        cl("IXIC", "daily_change", 2.4, "pct", None, "2023-11-14", None, None, "close", S, "supported: 1 decimal within 0.07", "Nasdaq +2.37%.", "rose 2.4%"),
    ]))

# 11 --------------------------------------------------------------------------------------------
P.append(dict(
    id="kursiv_20240716_small_caps_worst_first_half",
    source=dict(site="kz.kursiv.media", url="https://kz.kursiv.media/en/2024-07-16/small-caps-have-worst-run-ever-in-first-half-of-2024", original_outlet="Kursiv (citing Bloomberg)"),
    published="2024-07-16", published_confidence="exact",
    published_note="Date in the URL. The figures are for the first half of 2024 (2023-12-29 close to 2024-06-28 close). Another corpus has a page published 2024-07-16 (a different outlet, about that day's session); counted as an allowed overlap to be safe.",
    text=("Small caps have worst run ever in first half of 2024. The first half of 2024 was the worst relative performance ever "
          "for small caps: the Russell 2000 lagged the S&P 500 by approximately 13.5 percentage points. From January to June "
          "2024 the Russell 2000 rose only 1.0%, versus a 14.5% gain for the S&P 500. According to Bloomberg data it was the "
          "worst first half of a year for small-cap stocks; previously, the widest gap between the two indexes was back in "
          "1998. Analysts are split: UBS is optimistic, RBC says investors should stay away from small caps for now."),
    claims=[
        cl("RUT", "relative_return", -13.5, "pp", "approximately", "2024-06-28", "2024-H1", "RUT - SPX", "close", S,
           "supported: within one unit of the last digit", "14.48% - 1.02% = 13.46 pp.", "approximately 13.5 percentage points"),
        cl("RUT", "return", 1.0, "pct", "only", "2024-06-28", "2024-H1", None, "close", S, "supported: 1 decimal within 0.07", "RUT +1.02%.", "rose only 1.0%"),
        cl("SPX", "return", 14.5, "pct", None, "2024-06-28", "2024-H1", None, "close", S, "supported: 1 decimal within 0.07", "S&P 500 +14.48%.", "a 14.5% gain"),
        cl("RUT", "relative_rank", "worst first half ever", "rank", None, "2024-06-28", "first halves since 1979", "RUT - SPX", "close", U,
           "unverifiable: needs history before the file starts",
           "Within the file (1988-2024) the 2024 gap (-13.46 pp) is the widest first-half underperformance, ahead of 1998 (-12.2 pp); 1979-1987 cannot be checked.",
           "worst first half of a year"),
        cl("RUT", "relative_rank_previous", 1998, "year", None, "2024-06-28", "first halves since 1979", "RUT - SPX", "close", U,
           "unverifiable: needs history before the file starts",
           "In the file 1998 (-12.2 pp) is the widest gap before 2024, which agrees; earlier years are missing.",
           "back in 1998"),
    ]))

# 12 --------------------------------------------------------------------------------------------
P.append(dict(
    id="jamkaglobal_202407_small_is_magnificent",
    source=dict(site="jamkaglobal.com", url="https://jamkaglobal.com/post/small-is-magnificent-sometimes", original_outlet="Jamka Global (investment blog)"),
    published="2024-07", published_confidence="medium",
    published_note="No date on the page; it speaks of Q2 2024 results being published now and of July being still positive, so late July 2024.",
    text=("Small is magnificent, sometimes. Small US companies (Russell 2000) have their moments in the cycle when they beat large "
          "ones (S&P500). Since 2006 the S&P500 increased by 447% (yearly +8.41%), while the Russell 2000 increased by 333% "
          "(yearly +6.69%). Since 2019 the Russell 2000 has had one long period of beating the S&P500, right after the 2020 "
          "recession, as markets rebounded strongly after previously falling by more than 30%. In 2024, however, the Russell "
          "2000 was flat from the beginning of the year until July 9, when corrections in big tech and the so-called \"Trump "
          "trade\" led to the Russell 2000 rising by more than 10% in a few days. The next test is the Q2 2024 results."),
    claims=[
        cl("SPX", "return", 447, "pct", None, "2024-07", "since 2006 (end not stated)", None, "total return", U,
           "unverifiable: total-return figure, end date not stated",
           "Price change from the 2005-12-30 close to late July 2024 is about +337%; the 447% (8.41% a year) fits a total-return series. The end date is not given.",
           "increased by 447%"),
        cl("RUT", "return", 333, "pct", None, "2024-07", "since 2006 (end not stated)", None, "total return", U,
           "unverifiable: total-return figure, end date not stated",
           "Price change 2005-12-30 to late July 2024 is about +236%; 333% fits total return.", "increased by 333%"),
        cl("RUT", "drawdown", 30, "pct", "more than", "2020-03-18", "2020 bear market", None, "close", S,
           "supported: both bound conditions hold",
           "2020 closing lows: S&P 500 33.92% below its record (2020-03-23), RUT 43.06% below its 2018-08-31 record close (2020-03-18; 41.87% below its 2019-2020 high).",
           "falling by more than 30%"),
        cl("RUT", "return", 0, "pct", "flat", "2024-07-09", "2023-12-29..2024-07-09", None, "close", S,
           "supported: flat (+0.12%)", "2027.07 at the end of 2023, 2029.47 on 2024-07-09.", "flat from the beginning of the year until July 9"),
        cl("RUT", "return", 10, "pct", "more than", "2024-07-16", "2024-07-09..2024-07-16", None, "close", S,
           "supported: true > claim",
           "+11.54% from the July 9 close to the July 16 close (five sessions); +10.36% to July 17.",
           "rising by more than 10% in a few days"),
    ]))

# 13 --------------------------------------------------------------------------------------------
P.append(dict(
    id="oninvest_202504_jefferies_worst_start",
    source=dict(site="en.oninvest.com", url="https://en.oninvest.com/article/worst-start-to-a-new-year-jefferies-recaps-russell-2000-performance", original_outlet="Oninvest (citing Jefferies via Seeking Alpha, and Royce Invest)"),
    published="2025-04", published_confidence="medium",
    published_note="No date on the page; it recaps the first quarter of 2025 as finished, so it appeared in the first days of April 2025 (before the 2025-04-03 tariff rout it does not mention). The distance from the peak is read at the quarter-end close 2025-03-31.",
    text=("'Worst start to a new year': Jefferies recaps Russell 2000 performance. Small caps have had their worst start to a year "
          "since the COVID-19 outbreak in 2020: in the first quarter the Russell 2000 dropped almost 10%, lagging large and mid "
          "caps. The index is down almost 17% from its peak on November 25 and now prices in \"an ugly recession,\" says "
          "Jefferies strategist Steven DeSanctis. In the first three months of 2025 alone, the Russell 2000 retreated 9.8%, while "
          "the large-cap S&P 500 lost only 4.6% in the first quarter. For 2025, Jefferies projects growth of 9.8% for small caps "
          "versus 10.2% for large caps, and the Street now sees the third quarter as the turning point."),
    claims=[
        cl("RUT", "worst_q1_since", 2020, "year", None, "2025-03-31", "Q1", None, "close", S,
           "supported: last year with a first quarter at least as bad",
           "RUT Q1 2025 -9.79%; the last year with a first quarter at least that bad is 2020 (-30.89%); Q1 2021-2024: +12.44, -7.80, +2.34, +4.81.",
           "worst start to a year since the COVID-19 outbreak in 2020"),
        cl("RUT", "quarterly_change", -10, "pct", "almost", "2025-03-31", "2025-Q1", None, "close", S,
           "supported: almost (9 <= 9.79 <= 10.5)", "", "dropped almost 10%"),
        cl("RUT", "pct_from_high", 17, "pct", "almost", "2025-03-31", "from the 2024-11-25 close", None, "close", I,
           "imprecise: just outside the 'almost' band (true 17.61 > 17.5), within 2 pp",
           "17.61% below the 2442.03 close of 2024-11-25 at the quarter-end close. At the 2025-03-28 close (17.15%) it would be supported; the page gives no as-of date.",
           "down almost 17%"),
        cl("RUT", "peak_date", "2024-11-25", "date", None, "2025-03-31", "2024-01-01..2025-03-31", None, "close", S,
           "supported: highest close of the window",
           "2024-11-25 (2442.03) is the highest close since 2021; the all-time record close is still 2442.74 (2021-11-08), so 'its peak' is the cycle peak.",
           "its peak on November 25"),
        cl("RUT", "quarterly_change", -9.8, "pct", None, "2025-03-31", "2025-Q1", None, "close", S,
           "supported: 1 decimal within 0.07", "RUT -9.79%.", "retreated 9.8%"),
        cl("SPX", "quarterly_change", -4.6, "pct", "only", "2025-03-31", "2025-Q1", None, "close", S,
           "supported: 1 decimal within 0.07", "S&P 500 -4.59%.", "lost only 4.6%"),
        cl("SMALLCAP_EARNINGS", "earnings_growth_forecast", [9.8, 10.2], "pct", None, "2025", None, None, None, F,
           "forecast: projection", "Earnings-growth projections for small and large caps.", "growth of 9.8% for small caps"),
        cl("GENERIC", "turning_point_forecast", "2025-Q3", "quarter", None, "2025", None, None, None, F,
           "forecast: consensus projection", "", "the third quarter as the turning point"),
    ]))

# 14 --------------------------------------------------------------------------------------------
P.append(dict(
    id="damanmarkets_202509_rut_record_fed_cut",
    source=dict(site="beta.damanmarkets.com", url="https://beta.damanmarkets.com/market-news/russell-2000-soars-to-record-highs-as-fed-signals-rate-cuts", original_outlet="Daman Markets (broker commentary)"),
    published="2025-09", published_confidence="medium",
    published_note="No date on the page; 'last week' refers to the week of the 2025-09-17 Fed cut, so the page is from the week of 2025-09-22. The session described is Thursday 2025-09-18, the first record close since 2021; other corpora have pages about that session from other outlets (counted as an allowed overlap).",
    text=("Russell 2000 soars to record highs as Fed signals rate cuts. Last week the Russell 2000 reached a new all-time high above "
          "its 2021 peak, after the Fed's easing lifted confidence in small-cap stocks. The index of 2000 small US companies "
          "surged 2.4% to close at 2,450, rising above its previous record high of 2,443 in November 2021. The Fed's 25 basis "
          "point rate cut on September 17th, along with two expected rate cuts this year, ignited the rally. The Russell 2000 "
          "soared nearly 150% from mid-2020 to late 2021; the rise stopped in 2022 amid the inflation and rate shock, and the "
          "Russell 2000 entered a bear market. Intel shares soared 22.8%, its best day in nearly 38 years, after Nvidia announced a "
          "$5 billion investment; Nvidia itself rose 3.5%."),
    claims=[
        cl("RUT", "daily_change", 2.4, "pct", None, "2025-09-18", None, None, "close", I,
           "imprecise: 0.11 pp off (tolerance 0.07)", "RUT +2.51% on 2025-09-18.", "surged 2.4%"),
        cl("RUT", "close", 2450, "level", None, "2025-09-18", None, None, "close", I,
           "imprecise: 0.72% below the true close (level within 1%)",
           "RUT closed 2467.70 on 2025-09-18. The next day's close was 2448.77, but the 2.4% jump and the record belong to Sept 18.",
           "close at 2,450"),
        cl("RUT", "previous_record_close", 2443, "level", None, "2021-11-08", None, None, "close", S,
           "supported: integer within 0.5", "Previous record close 2442.74 on 2021-11-08.", "previous record high of 2,443"),
        cl("FEDFUNDS", "rate_cut", 25, "bp", None, "2025-09-17", None, None, None, S,
           "supported: decision day and size", "FOMC decision 2025-09-17; DFEDTARU 4.50 -> 4.25 effective 2025-09-18.", "25 basis point rate cut on September 17th"),
        cl("FEDFUNDS", "expected_cuts", 2, "count", None, "2025", None, None, None, F,
           "forecast: expected cuts", "Market expectations for the rest of 2025 (the two later 2025 meetings did cut; not used for the verdict).", "two expected rate cuts this year"),
        cl("RUT", "return", 150, "pct", "nearly", "2021-11-08", "mid-2020..late 2021", None, "close", C,
           "contradicted: mid-2020 start gives about +70%",
           "From the 2020-06-30 close to the 2021-11-08 record: +69.47%. Only from the 2020-03-18 low does it reach +146.45% (which 'nearly 150%' would fit), but March is not mid-2020.",
           "nearly 150%"),
        cl("RUT", "bear_market", True, "flag", None, "2022", "2022", None, "close", S,
           "supported: close at least 20% below the record", "Deepest 2022 close was 32.46% below the 2021 record.", "entered a bear market"),
        cl("INTC", "daily_change", 22.8, "pct", None, "2025-09-18", None, None, "close", U,
           "unverifiable: single stock not in the files", "", "soared 22.8%"),
    ]))

# 15 --------------------------------------------------------------------------------------------
P.append(dict(
    id="marketminder_201708_fisher_small_cap_trump_trade",
    source=dict(site="marketminder.com", url="http://www.marketminder.com/a/fisher-investments-trump-didnt-make-small-cap-great-again/8da53a8b-23d7-496d-b622-223f12ab03a8.aspx", original_outlet="Fisher Investments MarketMinder"),
    published="2017-08", published_confidence="medium",
    published_note="No date on the page; the data run through 2017-08-21 and the text says the Trump Trade ended eight months ago, so late August 2017. A multi-week analysis, not a report on one session.",
    text=("Trump didn't make small cap great again (Fisher Investments). Headlines keep claiming the Trump Bump is turning into a "
          "Trump Slump, and the latest fixation is small cap. From July 25 through August 21, the Russell 2000 (an index of "
          "teensy US stocks) fell -6.4%, putting its cumulative return since Election Day at 14.8%, or, said differently, "
          "putting its return behind the S&P 500 and S&P 100 since Election Day. But the Trump Trade logic is flawed: the "
          "election's effect on small cap was fleeting. That period ended on December 8, 2016, and the huge majority of it "
          "ended November 14, 2016, while the broad global rally did not."),
    claims=[
        cl("RUT", "return", -6.4, "pct", None, "2017-08-21", "2017-07-25..2017-08-21", None, "close", S,
           "supported: 1 decimal within 0.07", "RUT -6.45% from the 2017-07-25 close (its record at the time) to 2017-08-21.", "fell -6.4%"),
        cl("RUT", "return", 14.8, "pct", None, "2017-08-21", "2016-11-08..2017-08-21", None, "close (total return)", U,
           "unverifiable: total-return figure where only a price index exists",
           "Price return from the election-day close is +13.54%; with about 1.2 pp of dividends over nine months a total return is about 14.8% (MarketMinder's footnoted source data are total returns). Price basis would be imprecise.",
           "cumulative return since Election Day at 14.8%"),
        cl("RUT", "relative_return", "RUT behind SPX", "ordering", None, "2017-08-21", "2016-11-08..2017-08-21", "RUT vs SPX", "close (total return)", U,
           "unverifiable: decided only by total returns",
           "On price the two are level (RUT +13.54% vs S&P 500 +13.50%, RUT 0.04 pp ahead, which would contradict); on total return the S&P 500 (about 15.3%) is ahead of RUT (about 14.8%). S&P 100 not in the files.",
           "behind the S&P 500 and S&P 100"),
        cl("RUT", "relative_peak_date", "2016-12-08", "date", None, "2017-08-21", "2016-11-08..2017-08-21", "RUT/SPX", "close", S,
           "supported: peak of the small/large ratio",
           "The RUT/S&P 500 ratio peaked on 2016-12-08 (RUT's own post-election high close was a day later, 2016-12-09).",
           "ended on December 8, 2016"),
        cl("RUT", "relative_share", "huge majority", "pct", None, "2016-11-14", "2016-11-08..2016-11-14 of 2016-11-08..2016-12-08", "RUT/SPX", "close", S,
           "supported: about 71% of the relative gain came by Nov 14",
           "The RUT/S&P 500 ratio rose from 0.5586 to 0.6000 by Nov 14 and to 0.6172 at the Dec 8 peak: 70.7% of the rise by Nov 14.",
           "the huge majority of it"),
    ]))

# 16 --------------------------------------------------------------------------------------------
P.append(dict(
    id="cnbc_20210115_microcap_mania",
    source=dict(site="cnbc.com", url="https://www.cnbc.com/2021/01/15/microcap-stock-mania-to-start-2021-is-a-signal-of-more-gains-and-potential-danger-ahead.html", original_outlet="CNBC"),
    published="2021-01-15", published_confidence="exact",
    published_note="Date in the URL; figures as of mid-January 2021.",
    text=("Microcap stock mania to start 2021 is a signal of more gains, and potential danger, ahead (CNBC). The search for market "
          "excesses can start small, with the smallest stocks, which have seen outsized gains so far in 2021 and record trading "
          "volumes. Companies with a market value between $50 million and $300 million, as measured by the Russell Microcap "
          "index, are on a tear: the group has risen just shy of 10% with January only half over, part of a 12-month trend that "
          "has seen the gauge soar 31%. The gains so far this year have set a record for the index, which goes back to 2007."),
    claims=[
        cl("RUSSELL_MICROCAP", "ytd_change", 10, "pct", "just shy of", "2021-01-14", "YTD", None, "close", U,
           "unverifiable: series not in the files",
           "The Russell Microcap is not in the shared data directory (for context only, RUT was +9.14% YTD at the 2021-01-14 close).",
           "just shy of 10%"),
        cl("RUSSELL_MICROCAP", "return", 31, "pct", None, "2021-01-14", "12 months", None, "close", U,
           "unverifiable: series not in the files", "", "soar 31%"),
        cl("RUSSELL_MICROCAP", "ytd_record", True, "flag", None, "2021-01-14", "starts of years since 2007", None, "close", U,
           "unverifiable: series not in the files", "", "set a record for the index"),
    ]))


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python build_corpus.py PATH/TO/data")
    ref.DATA = data
    pas, keys = [], []
    for p in P:
        text = p["text"]
        claims_out = []
        for i, c in enumerate(p["claims"]):
            n = text.count(c["anchor"])
            assert n == 1, (p["id"], i, c["anchor"], n)
            expr = ref.RECIPES[(p["id"], i)]
            val = None if expr is None else eval(expr, vars(ref))
            detail = (c["detail"] + "; " if c["detail"] else "") + ("reference.py: " + expr if expr else "reference.py: none (nothing in the files computes it)")
            claims_out.append({k: c[k] for k in ["index_or_ticker", "metric", "value", "unit", "qualifier", "ref_date", "window", "comparison", "basis"]})
            keys.append(dict(passage_id=p["id"], claim_index=i, index_or_ticker=c["index_or_ticker"], metric=c["metric"],
                             claimed_value=c["value"], qualifier=c["qualifier"], ref_date_used=c["ref_date"],
                             computed_value=val, computed_detail=detail, verdict=c["verdict"], rule=c["rule"],
                             note=c["note"], anchor_text=c["anchor"]))
        pas.append(dict(id=p["id"], source=p["source"], published=p["published"],
                        published_confidence=p["published_confidence"], published_note=p["published_note"],
                        text_kind="condensed_close_paraphrase", text=text, claims=claims_out))
    with open(os.path.join(HERE, "passages.jsonl"), "w") as f:
        for x in pas:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w") as f:
        for x in keys:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(pas), "passages", len(keys), "claims", Counter(k["verdict"] for k in keys))


if __name__ == "__main__":
    main()
