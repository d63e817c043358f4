#!/usr/bin/env python3
"""Build passages.jsonl and key.jsonl of heldout23a, and write the RECIPES table into reference.py.

Usage: python build_heldout23a.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
Outputs are written beside this script.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as ref  # noqa: E402


def C(t, metric, value, unit, q, refd, window, comparison, basis, expr, verdict, rule, note, anchor, detail=""):
    return dict(index_or_ticker=t, metric=metric, value=value, unit=unit, qualifier=q, ref_date=refd,
                window=window, comparison=comparison, basis=basis, expr=expr, verdict=verdict, rule=rule,
                note=note, anchor=anchor, detail=detail)


P = []

# 1 ------------------------------------------------------------------
P.append(dict(
    id="spokesman_20050716_small_caps_not_for_timid",
    site="The Spokesman-Review", url="https://www.spokesman.com/stories/2005/jul/16/small-cap-stocks-not-for-timid",
    original_outlet="Associated Press", published="2005-07-16", conf="exact",
    pnote="Date in the URL. 'On Monday' is 2005-07-11; 'later in the week' runs to Friday 2005-07-15.",
    text=("Small-cap stocks not for timid (Associated Press). Anyone thinking about small-cap stocks should let their "
          "tolerance for drama decide: if seeing a stock lose a fifth of its value in a day would give you heartburn, "
          "or you will not comb quarterly reports for phrases like \"material weakness,\" they are not for you. "
          "Small caps, loosely defined as stocks with a market capitalization between $180 million and $1.8 billion, "
          "have never looked better. The Russell 2000, the broadest small-cap stock index, has nearly doubled since 2002 "
          "and on Monday hit its highest point since its 1988 inception, before slipping slightly later in the week. "
          "For the quarter ending June 30, small-cap growth funds led all U.S. diversified mutual funds with a 3.77 percent "
          "return, according to Lipper Inc., yet two of the three very worst performers were small-cap funds as well: one "
          "lost 25 percent for the quarter, the other lost 11.79 percent. Of the stocks in the Russell 2000, seven have "
          "been delisted this year alone, among them Winn Dixie Stores and Tower Automotive."),
    claims=[
        C("RUT", "pct_change", 100, "pct", "nearly", "2005-07-15", "2002 low close (2002-10-09) to 2005-07-15", None, "close",
          "pct_change('RUT','2002-10-09','2005-07-15')", "imprecise", "nearly: claim - 1 unit <= true <= claim + 0.5 unit (unit 2% of 100); imprecise band",
          "'Nearly doubled' = a gain just under 100%. From the 2002 low close (327.04 on 2002-10-09) to Friday's close 663.74 the index is up 102.95%, slightly more than doubled, so 'nearly' understates it by about 3 points (outside 98-101, inside the imprecise band). From the 2002 year-end close (383.09) it is +73.3% and from Monday's close +105.4%; the low is the only reading near 'doubled'.",
          "nearly doubled since 2002", "2002-10-09 close 327.04; 2005-07-15 close 663.74."),
        C("RUT", "record_close", True, "flag", None, "2005-07-11", "all closes in the file before 2005-07-11", None, "close",
          "is_record_close('RUT','2005-07-11')", "supported", "record: above every earlier close in the file",
          "Monday 2005-07-11 closed at 671.74, above the previous record close 662.14 (2005-07-08). On the intraday reading Monday's high 672.32 was also a record, but Tuesday's high 674.33 was higher still; the 'highest point' on a close basis is Monday's. The file starts 1987-09-10, but pre-1987 levels were far lower, so the record is decided.",
          "on Monday hit its highest point", "2005-07-08 close 662.14; 2005-07-11 close 671.74."),
        C("RUT", "inception_date", 1988, "year", None, None, None, None, None,
          None, "unverifiable", "index history not in the files",
          "The text dates the index's 'inception' to 1988. The Russell 2000 was launched in 1984 with history back to 1979; the file starts 1987-09-10, so nothing in the files decides the launch year (it looks wrong, but the files cannot show it).",
          "since its 1988 inception"),
        C("RUT", "pct_change", None, "pct", None, "2005-07-15", "Monday 2005-07-11 close to Friday 2005-07-15 close", "below Monday's close, slightly", "close",
          "pct_change('RUT','2005-07-11','2005-07-15')", "supported", "direction of a move over a stated window",
          "Friday's close 663.74 is 1.19% below Monday's record 671.74 (it touched 674.33 intraday on Tuesday); a slip of about 1% fits 'slightly'.",
          "slipping slightly later in the week", "2005-07-11 close 671.74; 2005-07-15 close 663.74."),
        C("LIPPER_SMALLCAP_GROWTH", "fund_category_return", 3.77, "pct", None, "2005-06-30", "quarter ending June 30", None, None,
          None, "unverifiable", "series not in the files", "Lipper fund-category returns are not in the files.", "3.77 percent"),
        C("FUND", "fund_return", -25, "pct", None, "2005-06-30", "quarter ending June 30", None, None,
          None, "unverifiable", "series not in the files", "Single mutual fund's return; not in the files.", "lost 25 percent"),
        C("FUND", "fund_return", -11.79, "pct", None, "2005-06-30", "quarter ending June 30", None, None,
          None, "unverifiable", "series not in the files", "Single mutual fund's return; not in the files.", "11.79 percent"),
        C("RUT_CONSTITUENTS", "count", 7, "count", None, "2005-07-16", "this year", None, None,
          None, "unverifiable", "series not in the files", "Index membership and delistings are not in the files.", "seven have been delisted"),
        C("GENERIC", "definition", None, None, "loosely", None, None, None, None,
          None, "not_checkable", "generic statement", "A rough definition of small caps by market value, not a market figure.", "between $180 million and $1.8 billion"),
    ]))

# 2 ------------------------------------------------------------------
P.append(dict(
    id="realmoney_20220516_rut_roller_coaster",
    site="TheStreet Real Money", url="https://realmoney.thestreet.com/investing/stocks/if-you-like-roller-coaster-rides-you-ve-gotta-love-the-russell-2000-16000016",
    original_outlet="TheStreet (Real Money), Jonathan Heller", published="2022-05-16", conf="exact",
    pnote="Dated May 16, 2022, 10:30 AM EDT on the page; the figures run through Friday 2022-05-13, the last close before publication.",
    text=("If You Like Roller Coaster Rides, You've Gotta Love the Russell 2000. By Jonathan Heller, May 16, 2022, 10:30 AM EDT. "
          "The small-cap index has been this year's poster child for market volatility, although the current stretch is not "
          "as wild as 2008. Small caps keep taking a beating and nearly every session is an adventure, which is normal when "
          "broad markets fall and stocks are repriced amid economic uncertainty; the smaller, more speculative names go first. "
          "It is no secret that the Russell 2000 is in bear market territory (down 19.83% year to date), but the daily swings "
          "have become more frequent and more extreme. In the 92 trading days so far in 2022, the Russell 2000 has closed up "
          "or down at least 1%, the simple definition of a volatile day used here for years, 63 times, or 68% of the time."),
    claims=[
        C("RUT", "ytd", -19.83, "pct", None, "2022-05-13", "YTD to 2022-05-13", None, "close",
          "ytd('RUT','2022-05-13')", "imprecise", "2 decimals: |true - claim| <= 0.005 + 0.02; imprecise band",
          "Price index YTD to Friday 2022-05-13 is -20.16%, 0.33 points away. The figure fits a total-return basis: IWM's adj_close YTD to the same day is -19.79%. The Russell 2000 file is a price index, so on the claim's stated basis it is imprecise; through Monday's close it would be -20.57%.",
          "down 19.83% year to date", "2021-12-31 close 2245.31; 2022-05-13 close 1792.67."),
        C("RUT", "drawdown", 20, "pct", "at least", "2022-05-13", "below the highest close of the previous 52 weeks", ">= 20", "close",
          "pct_below_window_max('RUT','2022-05-13')", "supported", "bear market: close at least 20% below the highest close of the previous 52 weeks (by analogy with the correction rule)",
          "2022-05-13 close is 26.6% below the 2021-11-08 record close 2442.74.",
          "is in bear market territory"),
        C("RUT", "count_sessions", 92, "count", None, "2022-05-13", "2022-01-03 to 2022-05-13", None, "close",
          "count_sessions('RUT','2022-01-03','2022-05-13')", "supported", "integers: |true - claim| <= 0.5",
          "92 sessions from 2022-01-03 through 2022-05-13 inclusive.", "92 trading days"),
        C("RUT", "count_abs_moves_ge_1pct", 63, "count", None, "2022-05-13", "2022-01-03 to 2022-05-13", None, "close",
          "count_abs_moves('RUT','2022-01-03','2022-05-13',1.0)", "supported", "integers: |true - claim| <= 0.5",
          "63 of the 92 daily close-to-close moves were at least 1% in absolute size.", "63 times"),
        C("RUT", "share_abs_moves_ge_1pct", 68, "pct", None, "2022-05-13", "2022-01-03 to 2022-05-13", None, "close",
          "share_abs_moves('RUT','2022-01-03','2022-05-13',1.0)", "supported", "integers: |true - claim| <= 0.5",
          "63 / 92 = 68.48%.", "68% of the time"),
    ]))

# 3 ------------------------------------------------------------------
P.append(dict(
    id="ftserussell_201604_small_cap_perspectives_q1",
    site="fdocuments.net (document copy)", url="https://fdocuments.net/document/small-cap-perspectives-ftse-russell-ftse-russell-small-cap-perspectives-russell.html",
    original_outlet="FTSE Russell (Small Cap Perspectives, Russell 2000 Index Quarterly Analysis, March 2016)", published="2016-04", conf="medium",
    pnote="The report is the quarterly analysis for the quarter ending March 2016 and speaks of the first quarter in the past tense, so it was issued after 2016-03-31; April 2016 is inferred. The figures are for 2016-02-11.",
    text=("FTSE Russell, Small Cap Perspectives: Russell 2000 Index quarterly analysis, March 2016. Under the heading \"The Gold Rush\" "
          "the review recalls The Californian's March 15th, 1848 report of gold at Sutter's Mill and says another gold rush of "
          "sorts seemed to be under way in the first quarter of 2016. After sharp declines for US equity markets in the first "
          "half of the quarter, a flight to more traditional assets pushed gold higher. Among capitalization categories, the "
          "Russell 2000 Index (small) and the Russell Microcap Index suffered the most significant of the declines. Through "
          "February 11th the Russell 2000 Index was down almost 16% for the year, while gold was up 17.5% over the same period. "
          "February 11th proved to be an inflection point for the first quarter, as oil prices staged something of a recovery."),
    claims=[
        C("RUT", "ytd", -16, "pct", "almost", "2016-02-11", "YTD to 2016-02-11", None, "close",
          "ytd('RUT','2016-02-11')", "supported", "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit",
          "Price YTD to 2016-02-11 is -16.04%, inside 15-16.5. Russell's own commentary often uses total return, which would be a little smaller in size (about -15.8%), also inside.",
          "down almost 16% for the year", "2015-12-31 close 1135.89; 2016-02-11 close 953.72."),
        C("GOLD", "pct_change", 17.5, "pct", None, "2016-02-11", "YTD to 2016-02-11", None, None,
          None, "unverifiable", "series not in the files", "Gold prices are not in the files.", "up 17.5%"),
        C("RUT", "low_date", "2016-02-11", "date", None, "2016-02-11", "first quarter 2016", "lowest close of the quarter", "close",
          "min_close_date('RUT','2016-01-01','2016-03-31')", "supported", "extreme date: lowest close in the stated window",
          "An 'inflection point for the first quarter' on February 11th: 2016-02-11 is the lowest Russell 2000 close of Q1 2016 (953.72), after which the index recovered.",
          "February 11th proved to be an inflection point"),
        C("RUSSELL_MICROCAP", "relative_decline", None, None, None, "2016-03-31", "first quarter 2016", "largest declines among cap tiers", None,
          None, "unverifiable", "series not in the files",
          "Needs the Russell 1000, Midcap and Microcap indexes, which are not in the files. (For what it is worth, RUT fell more than the S&P 500 up to 2016-02-11: -16.0% against -10.5%.)",
          "suffered the most significant of the declines"),
    ]))

# 4 ------------------------------------------------------------------
P.append(dict(
    id="americanbankingnews_20161018_iwm_short_interest",
    site="American Banking News", url="http://www.americanbankingnews.com/2016/10/18/ishares-russell-2000-index-etf-iwm-short-interest-down-5-1-in-september.html",
    original_outlet="American Banking News (automated market report)", published="2016-10-18", conf="exact",
    pnote="Date in the URL; 'Tuesday' is 2016-10-18.",
    text=("iShares Russell 2000 Index (ETF) (NYSE:IWM) saw a large decline in short interest in September. As of September 30th, "
          "short interest totalled 104,300,609 shares, a decline of 5.1% from the September 15th total of 109,888,921 shares. "
          "Based on an average daily volume of 25,421,087 shares, the days-to-cover ratio is presently 4.1 days. "
          "iShares Russell 2000 Index (NYSE:IWM) opened at 120.29 on Tuesday. The fund has a 52 week low of $93.64 and a "
          "52 week high of $125.88. Its 50 day moving average price is $123.10 and its 200-day moving average price is $117.61. "
          "The fund seeks results that correspond generally to the price and yield performance of the Russell 2000 Index, a "
          "float-adjusted, capitalization-weighted measure of the small-capitalization sector of the US equity market."),
    claims=[
        C("IWM", "short_interest", 104300609, "shares", None, "2016-09-30", None, None, None,
          None, "unverifiable", "series not in the files", "Short interest is not in the files.", "104,300,609 shares"),
        C("IWM", "short_interest_change", -5.1, "pct", None, "2016-09-30", "2016-09-15 to 2016-09-30", None, None,
          "ratio_pct(104300609, 109888921)", "supported", "arithmetic on levels the passage itself states",
          "104,300,609 / 109,888,921 - 1 = -5.09%, which rounds to the stated 5.1% decline. The short-interest levels themselves are not in the files.",
          "a decline of 5.1%"),
        C("IWM", "avg_daily_volume", 25421087, "shares", None, "2016-10-18", "unstated", None, None,
          None, "unverifiable", "unstated window",
          "The averaging window is not stated, so the file's volume column cannot decide it (IWM volume in the file is about 17-25 million shares a day in mid-October 2016).",
          "25,421,087 shares"),
        C("IWM", "days_to_cover", 4.1, "days", None, "2016-09-30", None, None, None,
          "ratio(104300609, 25421087)", "supported", "arithmetic on levels the passage itself states",
          "104,300,609 / 25,421,087 = 4.10 days.", "4.1 days"),
        C("IWM", "open", 120.29, "usd", None, "2016-10-18", None, None, "open",
          "field('IWM','2016-10-18','open')", "contradicted", "ETF levels to 2 dp: 0.025; imprecise only within 1%",
          "IWM opened at 121.52 on Tuesday 2016-10-18 (1.0% above the stated figure, just outside the 1% band). 120.29 is exactly Monday's (2016-10-17) closing price, so the template seems to have filled in the previous close.",
          "opened at 120.29 on Tuesday", "2016-10-17 close 120.29; 2016-10-18 open 121.52, close 120.98."),
        C("IWM", "low_52w", 93.64, "usd", None, "2016-10-17", "52 weeks to 2016-10-17", None, "intraday low",
          "window_extreme('IWM','2015-10-19','2016-10-17','low','min')", "supported", "ETF levels to 2 dp: |true - claim| <= 0.025",
          "Intraday low 93.64 on 2016-02-11 (lowest close 94.79).", "52 week low of $93.64"),
        C("IWM", "high_52w", 125.88, "usd", None, "2016-10-17", "52 weeks to 2016-10-17", None, "intraday high",
          "window_extreme('IWM','2015-10-19','2016-10-17','high','max')", "supported", "ETF levels to 2 dp: |true - claim| <= 0.025",
          "Intraday high 125.88 on 2016-09-23 (highest close 125.70).", "52 week high of $125.88"),
        C("IWM", "sma_50", 123.10, "usd", None, "2016-10-17", "50 sessions to 2016-10-17", None, "close",
          "sma('IWM','2016-10-17',50)", "imprecise", "ETF levels to 2 dp: 0.025; imprecise within 1%",
          "Mean of the 50 closes to 2016-10-17 is 122.99 (122.96 including 2016-10-18), about 0.1% below the stated 123.10; providers' moving averages differ slightly, but the gap is above the 2-dp tolerance.",
          "$123.10"),
        C("IWM", "sma_200", 117.61, "usd", None, "2016-10-17", "200 sessions to 2016-10-17", None, "close",
          "sma('IWM','2016-10-17',200)", "contradicted", "ETF levels: imprecise only within 1%",
          "Mean of the 200 closes to 2016-10-17 is 113.31; the stated 117.61 is 3.8% higher. No close-based 200-day window near this date gives 117.61 (the adjusted series is lower still).",
          "$117.61"),
    ]))

# 5 ------------------------------------------------------------------
P.append(dict(
    id="seekingalpha_20200310_small_caps_hit_harder",
    site="Seeking Alpha (news)", url="https://seekingalpha.com/news/3550199-why-small-caps-are-being-hit-harder-large-caps-in-coronavirus-stockmarket-selloff",
    original_outlet="Seeking Alpha", published="2020-03-10", conf="exact",
    pnote="Page dated 2020-03-10. The one-month figures match the closes of 2020-02-07 to 2020-03-09 (the last close before publication); through the 2020-03-10 close IWM would be -18.5%.",
    text=("Why small caps are being hit harder than large caps in the coronavirus stock-market selloff. The iShares Russell 2000 "
          "ETF (IWM) is down 20.9% in the last month, the iShares Core S&P Small-Cap ETF (IJR) is down 21.8% and the Vanguard "
          "SmallCap ETF (VB) is down 20.7%. All are doing worse than the S&P 500 (SPY, IVV), which is down 17.5% in that time. "
          "As worries grow about the economic effect of measures to stop the virus, some investors shun companies with weaker "
          "finances, particularly those with weak balance sheets and a history of losses: \"About one-third of the companies in "
          "Russell 2000 are unprofitable\", according to Jiri Mikes. Small caps were also lagging large caps before the selloff; "
          "over the last year, for example, IJR is down 16.3% versus flat performance for SPY. Expense ratios of the three "
          "small-cap ETFs: IWM 0.19%, IJR 0.07%, and VB 0.05%."),
    claims=[
        C("IWM", "pct_change", -20.9, "pct", None, "2020-03-09", "last month: 2020-02-07 close to 2020-03-09 close", None, "close",
          "pct_change('IWM','2020-02-07','2020-03-09')", "supported", "1 decimal: |true - claim| <= 0.05 + 0.02",
          "IWM 2020-02-07 close 164.88 to 2020-03-09 close 130.36 = -20.94%. Other windows: from 2020-02-10 -21.38%; to the 2020-03-10 close -18.47%.",
          "is down 20.9% in the last month"),
        C("IJR", "pct_change", -21.8, "pct", None, "2020-03-09", "last month", None, "close",
          None, "unverifiable", "series not in the files", "IJR (S&P SmallCap 600 ETF) is not in the files.", "down 21.8%"),
        C("VB", "pct_change", -20.7, "pct", None, "2020-03-09", "last month", None, "close",
          None, "unverifiable", "series not in the files", "VB is not in the files.", "down 20.7%"),
        C("SPY", "pct_change", -17.5, "pct", None, "2020-03-09", "last month: 2020-02-07 close to 2020-03-09 close", None, "close",
          "pct_change('SPY','2020-02-07','2020-03-09')", "supported", "1 decimal: |true - claim| <= 0.05 + 0.02",
          "SPY 332.20 to 274.23 = -17.45%.", "down 17.5% in that time"),
        C("IWM", "relative_return", None, "pp", None, "2020-03-09", "last month", "IWM worse than SPY", "close",
          "rel_return('IWM','SPY','2020-02-07','2020-03-09')", "supported", "ordering",
          "IWM trailed SPY by 3.5 points over the month. The claim covers IJR and VB too, which are not in the files; the checkable part (IWM) agrees.",
          "All are doing worse than the S&P 500"),
        C("RUT_FUNDAMENTALS", "share_unprofitable", 33, "pct", "about", "2020-03-10", None, None, None,
          None, "unverifiable", "series not in the files", "Constituent profitability is not in the files; attributed figure.", "About one-third of the companies"),
        C("IJR", "pct_change", -16.3, "pct", None, "2020-03-09", "last year", None, "close",
          None, "unverifiable", "series not in the files", "IJR is not in the files.", "IJR is down 16.3%"),
        C("SPY", "pct_change", 0, "pct", "flat", "2020-03-09", "last year: 2019-03-08 close to 2020-03-09 close", None, "close",
          "pct_change('SPY','2019-03-08','2020-03-09')", "supported", "'flat': within 0.5 point of zero",
          "SPY price 2019-03-08 to 2020-03-09: -0.08% (total return +1.8%). Ending at the 2020-03-10 close it would be +5.1%; the month window above ends 2020-03-09, so the same end is used.",
          "flat performance for SPY"),
        C("IWM", "expense_ratio", 0.19, "pct", None, "2020-03-10", None, None, None,
          None, "unverifiable", "series not in the files", "Fund expense ratios are not in the files.", "IWM 0.19%"),
    ]))

# 6 ------------------------------------------------------------------
P.append(dict(
    id="markettradingessentials_202106_meme_stocks_rut",
    site="Market Trading Essentials", url="https://www.markettradingessentials.com/2021/06/surging-meme-stocks-like-amc-and-gamestop-send-russell-2000-skyrocketing/",
    original_outlet="not named on the page (repost of a US financial-news article)", published="2021-06", conf="medium",
    pnote="The URL gives June 2021. The text cites a FTSE Russell 'weekend tweet' (Saturday 2021-06-05), so it was written on or after Monday 2021-06-07; the YTD figures are keyed at the last close before that Monday, 2021-06-04 (notes give the 2021-06-07 reading).",
    text=("Surging meme stocks like AMC and GameStop send Russell 2000 skyrocketing. Meme-stock mania has been very kind to the "
          "small-cap Russell 2000 Index since its reconstitution last June. The index's total market capitalization surged 84% "
          "from last year's reconstitution to $3.5 trillion, FTSE Russell said in a weekend tweet. This year alone, the Russell "
          "2000 is up more than 16% compared to a 12% gain for the S&P 500. Retail favourites have powered the index: AMC shares "
          "have gained more than 700% in a year, giving the loss-making cinema chain a $25 billion market cap, and GameStop "
          "has exploded 4,900% over the past year to a $17.6 billion market cap. The smallest company in the index, Velocity "
          "Financial, has a market cap of $257.1 million, up 171.2% from $94.8 million in 2020."),
    claims=[
        C("RUT_MARKET_CAP", "pct_change", 84, "pct", None, "2021-05", "since the 2020 reconstitution", None, None,
          None, "unverifiable", "series not in the files", "Index total market capitalization is not in the files.", "surged 84%"),
        C("RUT", "ytd", 16, "pct", "more than", "2021-06-04", "YTD", "> 16", "close",
          "ytd('RUT','2021-06-04')", "imprecise", "more than: true > claim; imprecise band",
          "At the 2021-06-04 close the Russell 2000 is up 15.78% YTD, just short of 'more than 16%'. If the article was written after Monday's close (2021-06-07: +17.44%) the bound holds; the publication day is not known, so the last close before the first possible day is used.",
          "up more than 16%", "2020-12-31 close 1974.86; 2021-06-04 close 2286.41."),
        C("SPX", "ytd", 12, "pct", None, "2021-06-04", "YTD", None, "close",
          "ytd('SPX','2021-06-04')", "imprecise", "integers: |true - claim| <= 0.5; imprecise band",
          "S&P 500 YTD at the 2021-06-04 close is +12.61%, 0.11 outside the integer tolerance (2021-06-03: +11.63%; 2021-06-07: +12.53%, also just outside).",
          "a 12% gain for the S&P 500"),
        C("AMC", "pct_change", 700, "pct", "more than", "2021-06-04", "one year", None, None,
          None, "unverifiable", "series not in the files", "Single stock, not in the files.", "more than 700%"),
        C("GME", "pct_change", 4900, "pct", None, "2021-06-04", "past year", None, None,
          None, "unverifiable", "series not in the files", "Single stock, not in the files.", "exploded 4,900%"),
        C("RUT_CONSTITUENTS", "pct_change", 171.2, "pct", None, "2021-05", "2020 to 2021", None, None,
          "ratio_pct(257.1, 94.8)", "supported", "arithmetic on levels the passage itself states",
          "257.1 / 94.8 - 1 = 171.2%. The market values themselves are not in the files.", "up 171.2% from $94.8 million"),
    ]))

# 7 ------------------------------------------------------------------
P.append(dict(
    id="bloombergquint_20190513_small_cap_rout_trade",
    site="BloombergQuint", url="https://www.bloombergquint.com/markets/u-s-small-cap-rout-shows-they-re-no-haven-from-trade-turmoil",
    original_outlet="Bloomberg", published="2019-05-13", conf="high",
    pnote="No date on the stored page. The trade-war flare-up 'this month' (the May 5, 2019 tariff tweets), the broad rout 'today' and the IWM inflows 'just last week' point to Monday 2019-05-13, when the Russell 2000 fell 3.2%; written during the session.",
    text=("U.S. Small-Cap Rout Shows They're No Haven From Trade Turmoil (Bloomberg). Investors who moved into small-cap U.S. stocks "
          "this month, expecting them to weather the latest trade-war flare-up better, are feeling the sting today. Stocks in the "
          "Russell 2000 Index were among the hardest hit in a broad equity rout as traders dug in for a protracted U.S.-China "
          "dispute. A tumble of as much as 1.9% had the gauge poised to close below its 50-day, 100-day and 200-day moving "
          "averages for the first time since the market recovered from last year's sell-off. Just last week, investors poured "
          "almost $800 million into the iShares Russell 2000 ETF on the idea that smaller U.S. companies with less foreign revenue "
          "would suffer less from tariffs. The small-cap index outperformed the S&P 500 in the first part of 2018 as the first "
          "round of tariffs took effect, then fell harder as the market plunged in the latter half of the year."),
    claims=[
        C("RUT", "day_pct_intraday", -1.9, "pct", "as much as", "2019-05-13", "session", None, "mid-session",
          "day_pct('RUT','2019-05-13')", "unverifiable", "mid-session figure inside the session's range",
          "Written during the session: a 1.9% drop lies inside the day's range (low -3.35%, high -0.09% against the previous close 1572.99). By the close the index was down 3.18% (1523.00), so 'as much as 1.9%' was only the extreme so far.",
          "A tumble of as much as 1.9%", "reference.py: session_range_pct('RUT','2019-05-13') = [-3.3509, -0.0902]"),
        C("RUT", "close_below_smas", True, "flag", None, "2019-05-13", "50-, 100- and 200-day moving averages", "below all three", "close",
          "closes_below_smas('RUT','2019-05-13',[50,100,200])", "not_checkable", "'poised to': conditional on the close",
          "A statement about where the index might close. As it turned out, the 1523.00 close was below the 50-day (1563.04) and 200-day (1561.78) averages but above the 100-day (1514.34), so it did not close below all three. The last close below all three had been on 2019-01-15.",
          "poised to close below its 50-day, 100-day and 200-day moving averages"),
        C("IWM", "fund_flows", 800, "usd_millions", "almost", "2019-05-10", "last week", None, None,
          None, "unverifiable", "series not in the files", "ETF flows are not in the files.", "almost $800 million"),
        C("RUT", "day_pct", None, "pct", None, "2019-05-13", "session", "among the hardest hit", "close",
          "day_pct('RUT','2019-05-13')", "supported", "ordering",
          "At the close RUT fell 3.18% against -2.41% for the S&P 500, -3.41% for the Nasdaq Composite and -2.38% for the Dow: among the hardest hit of the main indexes.",
          "among the hardest hit"),
        C("RUT", "relative_return", None, "pp", None, "2018-06-29", "first half of 2018 (2017-12-29 to 2018-06-29)", "RUT above SPX", "close",
          "rel_return('RUT','SPX','2017-12-29','2018-06-29')", "supported", "ordering over a window",
          "First half of 2018: RUT +7.00%, S&P 500 +1.67%. 'The first part of 2018' is read as the first half.",
          "outperformed the S&P 500 in the first part of 2018"),
        C("RUT", "relative_return", None, "pp", None, "2018-12-31", "second half of 2018 (2018-06-29 to 2018-12-31)", "RUT below SPX", "close",
          "rel_return('RUT','SPX','2018-06-29','2018-12-31')", "supported", "ordering over a window",
          "Second half of 2018: RUT -17.92%, S&P 500 -7.78% (fourth quarter -20.51% against -13.97%).",
          "fell harder as the market plunged in the latter half"),
    ]))

# 8 ------------------------------------------------------------------
P.append(dict(
    id="wsj_201810_small_caps_worst_rout",
    site="David Stockman's Contra Corner", url="https://davidstockmanscontracorner.com/ooops-small-caps-become-latest-momo-trade-to-get-monkey-hammered/",
    original_outlet="The Wall Street Journal (quoted)", published="2018-10", conf="medium",
    pnote="No date on the stored page. The Russell 2000 first closed 10% below its 52-week high on Thursday 2018-10-11 ('last week'), so the quoted article is from the week of 2018-10-15; month given only.",
    text=("Ooops! Small caps become the latest momentum trade to get hammered. Quoting The Wall Street Journal: shares of small, "
          "U.S.-focused companies are going through their worst rout in years, knocking out another pillar of support for the "
          "nine-year bull market as it faces heightened turmoil. The result is an unusual situation in which large and small caps "
          "are falling together. After hitting records throughout August, the Russell 2000 index of small-capitalization stocks "
          "has slumped, last week entering correction territory, a drop of at least 10% from a previous high, for the first time "
          "since 2016."),
    claims=[
        C("RUT", "record_closes_count", None, "count", None, "2018-08-31", "August 2018", "records in August", "close",
          "record_closes_in('RUT','2018-08-01','2018-08-31')", "supported", "record: above every earlier close in the file",
          "Seven record closes in August 2018 (Aug 21, 22, 24, 27, 28, 29 and 31; the last at 1740.75). They fell in the second half of the month, so 'throughout' is loose but the records are real.",
          "After hitting records throughout August"),
        C("RUT", "correction_date", "2018-10-11", "date", None, "2018-10-11", "last week", None, "close",
          "first_correction_close('RUT','2018-09-01','2018-10-31')", "supported", "correction: a close at least 10% below the highest close of the previous 52 weeks",
          "First close 10% below the 52-week high: 2018-10-11 (1545.38 against 1740.75), which is 'last week' for a piece from the week of 2018-10-15.",
          "last week entering correction territory"),
        C("RUT", "last_correction_before", "2016", "year", None, "2018-10-11", None, "first time since 2016", "close",
          "last_correction_close_before('RUT','2018-10-11')", "supported", "since X: X must be the last period with the same condition",
          "The last earlier close in correction territory was 2016-07-05 (after the February 2016 slide), so 'the first time since 2016' holds.",
          "for the first time since 2016"),
    ]))

# 9 ------------------------------------------------------------------
P.append(dict(
    id="newsbreak_20220118_rut_correction",
    site="NewsBreak", url="https://www.newsbreak.com/news/2486507776492/edwards-lifesciences-ew-stock-sinks-as-market-gains-what-you-should-know",
    original_outlet="Zacks (market note syndicated on NewsBreak)", published="2022-01-18", conf="high",
    pnote="The page carries 2022-01 only. The Dow's -1.51% / -542 points and the Russell 2000's move into correction fit Tuesday 2022-01-18 (the Tuesday after the MLK holiday), the session described.",
    text=("Another trading day deep in the red this Tuesday has sent the small-cap Russell 2000 index into correction territory, "
          "-3% for the day and -14% from its highs set just last November. The tech-heavy Nasdaq is now down more than -10% from "
          "its all-time highs just two months ago, and -7% year to date. The Dow tumbled -1.51% on the day, for its worst "
          "single-day of trading so far this year, -542 points."),
    claims=[
        C("RUT", "correction", True, "flag", None, "2022-01-18", "52 weeks", ">= 10% below the 52-week high close", "close",
          "pct_below_window_max('RUT','2022-01-18') >= 10", "supported", "correction: a close at least 10% below the highest close of the previous 52 weeks",
          "2022-01-18 close 2096.23 is 14.19% below the 2021-11-08 close 2442.74. (The index had already closed more than 10% below that high on several days since late November, so 'sent into correction' is loose; on the day it was in correction.)",
          "into correction territory"),
        C("RUT", "day_pct", -3, "pct", None, "2022-01-18", "session", None, "close",
          "day_pct('RUT','2022-01-18')", "supported", "integers: |true - claim| <= 0.5", "-3.06%.", "-3% for the day"),
        C("RUT", "pct_from_high", 14, "pct", None, "2022-01-18", "from the November 2021 high", None, "close",
          "pct_below_window_max('RUT','2022-01-18')", "supported", "integers: |true - claim| <= 0.5", "14.19% below the record close of 2021-11-08.", "-14% from its highs"),
        C("RUT", "high_date", "2021-11", "month", None, "2022-01-18", None, None, "close",
          "window_max_date('RUT','2022-01-18')", "supported", "date of the high", "The high close was 2021-11-08, 'last November'.", "set just last November"),
        C("IXIC", "pct_from_ath", 10, "pct", "more than", "2022-01-18", None, "> 10", "close",
          "pct_below_ath('IXIC','2022-01-18')", "imprecise", "more than: true > claim; imprecise band",
          "Close basis: 9.66% below the 2021-11-19 record close 16057.44, so not 'more than 10%'. Against the intraday record high (2021-11-22) the distance is about 10.5%, which would fit; the rule uses the record close.",
          "down more than -10% from its all-time highs", "reference.py (intraday reading): pct_below_ath('IXIC','2022-01-18','high')"),
        C("IXIC", "ath_date", "2021-11", "month", None, "2022-01-18", None, "two months ago", "close",
          "ath_date('IXIC','2022-01-18')", "supported", "date of the record", "Record close 2021-11-19, two months before.", "just two months ago"),
        C("IXIC", "ytd", -7, "pct", None, "2022-01-18", "YTD", None, "close",
          "ytd('IXIC','2022-01-18')", "supported", "integers: |true - claim| <= 0.5", "-7.27%.", "-7% year to date"),
        C("DJI", "day_pct", -1.51, "pct", None, "2022-01-18", "session", None, "close",
          "day_pct('DJI','2022-01-18')", "supported", "2 decimals: |true - claim| <= 0.005 + 0.02", "-1.51%.", "tumbled -1.51%"),
        C("DJI", "rank_worst_day_ytd", 1, "rank", None, "2022-01-18", "2022 to date", "worst day of the year", "close",
          "worst_day_in('DJI','2022-01-03','2022-01-18')", "supported", "ranks count all daily moves in the file up to that day",
          "-1.51% is the largest daily drop of 2022 up to that day (the computed value is the date of the worst day of the window).", "worst single-day of trading so far this year"),
        C("DJI", "day_points", -542, "points", None, "2022-01-18", "session", None, "close",
          "day_points('DJI','2022-01-18')", "imprecise", "integers: |true - claim| <= 0.5; imprecise within 20%",
          "The Dow fell 543.34 points (35,911.81 to 35,368.47); -542 is 1.3 points short, outside the integer tolerance.",
          "-542 points"),
    ]))

# 10 -----------------------------------------------------------------
P.append(dict(
    id="oninvest_20250919_rut_clear_winner_fed_cut",
    site="Oninvest", url="https://en.oninvest.com/article/russell-2000-is-clear-winner-from-fed-rate-cut-reaches-new-all-time-high",
    original_outlet="Oninvest (citing a Noble Capital Markets note)", published="2025-09-19", conf="high",
    pnote="'Yesterday, September 18' dates the piece to 2025-09-19; the session described is Thursday 2025-09-18 and the Fed decision Wednesday 2025-09-17.",
    text=("Russell 2000 is 'clear winner' from Fed rate cut, reaches new all-time high. The small- and mid-cap Russell 2000 rose "
          "to a record high yesterday, September 18, beating the previous mark from 2021, a day after the Fed cut interest rates. "
          "The Russell 2000 gained 2.5% yesterday to close at 2,467.7 points, a new all-time high for the U.S. small-cap benchmark; "
          "the previous record had been set on November 8, 2021, when the index finished at 2,442.74 points. The rally came a day "
          "after the Fed cut rates by 25 basis points, the first reduction this year. Noble calls small caps the \"clear winner\" of "
          "the decision: yesterday the S&P 500 climbed 0.5% and the Nasdaq Composite 1.1%, while the Dow Jones Industrial Average "
          "rose 0.3%. The American Association of Individual Investors reported that 41.7% of respondents are now bullish, up from "
          "28% the previous week. Freedom Broker expects the rally to run through year-end; markets put the probability of two "
          "more 25-basis-point cuts by year-end at 72%."),
    claims=[
        C("RUT", "day_pct", 2.5, "pct", None, "2025-09-18", "session", None, "close",
          "day_pct('RUT','2025-09-18')", "supported", "1 decimal: |true - claim| <= 0.05 + 0.02", "+2.51%.", "gained 2.5% yesterday"),
        C("RUT", "close", 2467.7, "points", None, "2025-09-18", None, None, "close",
          "close('RUT','2025-09-18')", "supported", "1 decimal: |true - claim| <= 0.05 + 0.02", "Close 2467.70.", "close at 2,467.7 points"),
        C("RUT", "record_close", True, "flag", None, "2025-09-18", "all earlier closes", None, "close",
          "is_record_close('RUT','2025-09-18')", "supported", "record: above every earlier close in the file", "Above the 2021-11-08 record close 2442.74.", "a new all-time high"),
        C("RUT", "previous_record_date", "2021-11-08", "date", None, "2025-09-18", None, None, "close",
          "last_record_close_before('RUT','2025-09-18')", "supported", "date of the previous record close", "The previous highest close is 2021-11-08.", "set on November 8, 2021"),
        C("RUT", "previous_record_close", 2442.74, "points", None, "2021-11-08", None, None, "close",
          "close('RUT','2021-11-08')", "supported", "2 decimals: |true - claim| <= 0.025", "2442.74.", "2,442.74 points"),
        C("FEDFUNDS", "rate_change_bp", -25, "bp", None, "2025-09-17", "decision 2025-09-17, effective 2025-09-18", None, None,
          "rate_change('2025-09-17','2025-09-18')", "supported", "Fed: DFEDTARU changes on the effective date, the day after the decision",
          "Upper bound 4.50 -> 4.25 effective 2025-09-18; FOMC decision 2025-09-17 ('a day after the Fed cut' for the Thursday rally).",
          "cut rates by 25 basis points"),
        C("FEDFUNDS", "first_change_of_year", "2025-09-18", "date", None, "2025-09-17", "2025 to the decision", "first reduction this year", None,
          "rate_changes_between('2025-01-01','2025-09-18')", "supported", "Fed: list of target changes in the window",
          "The only change of the upper bound in 2025 up to that day is the one effective 2025-09-18, so this was the first cut of the year (the computed value lists the change dates).",
          "the first reduction this year"),
        C("SPX", "day_pct", 0.5, "pct", None, "2025-09-18", "session", None, "close",
          "day_pct('SPX','2025-09-18')", "supported", "1 decimal: |true - claim| <= 0.05 + 0.02", "+0.48%.", "S&P 500 climbed 0.5%"),
        C("IXIC", "day_pct", 1.1, "pct", None, "2025-09-18", "session", None, "close",
          "day_pct('IXIC','2025-09-18')", "imprecise", "1 decimal: |true - claim| <= 0.05 + 0.02; imprecise within 20% of the true value",
          "The Nasdaq Composite rose 0.94% (the Nasdaq-100 0.95%); 1.1% is 0.16 point too high, within 20% of the true move.", "Nasdaq Composite 1.1%"),
        C("DJI", "day_pct", 0.3, "pct", None, "2025-09-18", "session", None, "close",
          "day_pct('DJI','2025-09-18')", "supported", "1 decimal: |true - claim| <= 0.05 + 0.02", "+0.27%.", "rose 0.3%"),
        C("AAII", "sentiment_bullish", 41.7, "pct", None, "2025-09-17", "weekly survey", None, None,
          None, "unverifiable", "series not in the files", "AAII survey not in the files.", "41.7% of respondents"),
        C("FEDFUNDS", "futures_implied_odds", 72, "pct", None, "2025-09-19", "two more cuts by year-end", None, None,
          None, "unverifiable", "futures odds for meetings without futures in the files",
          "ZQ_futures.csv holds contracts from July 2026 only; the odds cannot be checked (and are never judged against the outcome).",
          "at 72%"),
    ]))

# 11 -----------------------------------------------------------------
P.append(dict(
    id="dorseywright_20260115_small_caps_big_start",
    site="Nasdaq Dorsey Wright (Bigwire research)", url="https://oxlive.dorseywright.com/research/bigwire/2026/01/15/01-15-2026/will-small-caps-continue-their-big-start-to-2026",
    original_outlet="Nasdaq Dorsey Wright", published="2026-01-15", conf="exact",
    pnote="Date in the URL. Written during the 2026-01-15 session ('on pace to outperform for ten trading days'): the streak counts today; the YTD figures hold at both the 2026-01-14 and 2026-01-15 closes and are keyed at 2026-01-14.",
    text=("Will small caps continue their big start to 2026? The Russell 2000 has outperformed the S&P 500 each of the last ten days, "
          "taking its year-to-date lead over large caps north of 5%. Mega caps, the dominant force of recent years, have been among "
          "the weakest performers this year, with the Invesco S&P 500 Top 50 ETF (XLG) down 0.5% YTD, while small caps lead the "
          "way, the Russell 2000 (RUT) up more than 6% YTD. The Russell 2000 is now on pace to outperform the S&P 500 (SPX) for ten "
          "trading days, the longest streak since 2008. Last month we noted that the Russell 2000 beat the S&P 500 over the last "
          "six months of 2025. In 23 prior instances where small caps beat large caps in the second half of the year, the Russell "
          "2000 averaged 1.4% of outperformance against SPX the following year, all of it in the first month; when small caps "
          "lagged in the second half, the Russell 2000 trailed the S&P 500 by an average of 2.6% the next year. Since 1979, there "
          "have been eight other years in which the Russell 2000 beat the S&P 500 by more than 2.5% through the first two weeks; "
          "in those years it averaged a 9.36% gain for the rest of the year, against 11.9% for the S&P 500."),
    claims=[
        C("RUT", "rel_streak", 10, "sessions", None, "2026-01-15", "daily moves against SPX", None, "close",
          "outperf_streak('RUT','SPX','2026-01-15')", "supported", "streaks use daily closes",
          "RUT beat the S&P 500 on every session from 2026-01-02 to 2026-01-15: 10 days counting the session under way when the note was written (9 through the 2026-01-14 close). The note itself says 'on pace' for ten, so the tenth day was still in progress; the 2026-01-15 close confirms it.",
          "each of the last ten days"),
        C("RUT", "ytd_relative", 5, "pp", "more than", "2026-01-14", "YTD", "> 5", "close",
          "ytd('RUT','2026-01-14') - ytd('SPX','2026-01-14')", "supported", "more than: true > claim",
          "RUT +6.84% against SPX +1.18% at the 2026-01-14 close: a 5.65-point lead (6.32 points at the 2026-01-15 close).",
          "north of 5%"),
        C("XLG", "ytd", -0.5, "pct", None, "2026-01-14", "YTD", None, None,
          None, "unverifiable", "series not in the files", "XLG is not in the files.", "down 0.5% YTD"),
        C("RUT", "ytd", 6, "pct", "more than", "2026-01-14", "YTD", "> 6", "close",
          "ytd('RUT','2026-01-14')", "supported", "more than: true > claim", "+6.84% (2026-01-15: +7.76%).", "up more than 6% YTD"),
        C("RUT", "rel_streak_on_pace", 10, "sessions", "on pace", "2026-01-15", None, None, "mid-session",
          None, "not_checkable", "'on pace'", "A projection for the session under way; the close did extend the streak to ten (claim 0).", "on pace to outperform the S&P 500 (SPX) for ten"),
        C("RUT", "rel_streak_since", "2008", "year", None, "2026-01-15", None, "longest since 2008", "close",
          "last_outperf_streak_end('RUT','SPX','2026-01-01',10)", "supported", "longest since X: X must be the last period with a streak at least as long",
          "The last run of 10 or more straight sessions of RUT beating SPX before 2026 ended 2008-06-06 (13 sessions); there was none of 10+ between then and 2026.",
          "the longest streak since 2008"),
        C("RUT", "relative_return", None, "pp", None, "2025-12-31", "second half of 2025 (2025-06-30 to 2025-12-31)", "RUT above SPX", "close",
          "rel_return('RUT','SPX','2025-06-30','2025-12-31')", "supported", "ordering over a window",
          "H2 2025: RUT +14.11%, S&P 500 +10.32%.", "beat the S&P 500 over the last six months of 2025"),
        C("RUT", "avg_relative_return_next_year", 1.4, "pct", None, None, "23 instances since 1979", None, None,
          None, "unverifiable", "history before a file starts",
          "Needs Russell 2000 history from 1979; RUT.csv starts 1987-09-10, and the averaging method (price or total return, calendar years) is not stated.",
          "averaged 1.4% of outperformance"),
        C("RUT", "avg_relative_return_next_year", -2.6, "pct", None, None, "years after a lagging second half, since 1979", None, None,
          None, "unverifiable", "history before a file starts", "As above: needs 1979-1987 history.", "an average of 2.6%"),
        C("RUT", "count_years", 8, "count", None, None, "since 1979, first two weeks", "> 2.5 pp lead", None,
          None, "unverifiable", "history before a file starts", "Counting years since 1979 needs RUT history before 1987-09-10.", "eight other years"),
        C("RUT", "avg_rest_of_year_return", 9.36, "pct", None, None, "the eight years", "vs 11.9% for SPX", None,
          None, "unverifiable", "history before a file starts", "Depends on the same 1979-based sample.", "averaged a 9.36% gain"),
    ]))

# 12 -----------------------------------------------------------------
P.append(dict(
    id="prchief_20250403_rut_first_bear_market",
    site="PR Chief", url="https://prchief.com/small-cap-benchmark-russell-2000-becomes-first-major-u-s-stock-measure-to-enter-bear-market",
    original_outlet="CNBC", published="2025-04-03", conf="high",
    pnote="No date in the URL; the photo caption dates the opening bell to April 3, 2025 and the text says 'on Thursday', the day after the April 2 tariff announcement. Session: Thursday 2025-04-03.",
    text=("Small-cap benchmark Russell 2000 becomes first major U.S. stock measure to enter bear market. Small caps, once seen as "
          "prime beneficiaries of President Donald Trump's policies, fell into bear market territory on Thursday after a massive "
          "rout that followed the administration's sweeping tariff rollout. The Russell 2000 Index was down more than 5% on "
          "Thursday, taking its losses from its November 25 record close to about 21%. On Wall Street a 10% pullback counts as a "
          "correction and a 20% decline as a bear market. The S&P 500 and Nasdaq Composite are both in correction territory, while "
          "the Dow Jones Industrial Average is just below that mark. \"They're getting squeezed on both sides,\" Keith Lerner, "
          "co-chief investment officer at Truist, told CNBC, citing a softening economy and high interest payments on floating-rate "
          "debt. It is a sharp reversal from the days after November's election: the Russell 2000 closed out that election week "
          "with an 8.6% advance, almost four percentage points more than the 4.7% weekly gain of the S&P 500, and Fundstrat's Tom "
          "Lee said then that small caps could outperform by more than 100% over the next couple of years."),
    claims=[
        C("RUT", "day_pct", -5, "pct", "more than", "2025-04-03", "session", "< -5", "close",
          "day_pct('RUT','2025-04-03')", "supported", "more than: true beyond the bound", "The index closed down 6.59% at 1910.55.", "down more than 5% on"),
        C("RUT", "drawdown", 21, "pct", "about", "2025-04-03", "from the 2024-11-25 close", None, "close",
          "(1 - close('RUT','2025-04-03') / close('RUT','2024-11-25')) * 100", "supported", "about: within one unit of the last stated digit",
          "1910.55 is 21.76% below the 2024-11-25 close 2442.03 (21.79% below the true record close 2442.74 of 2021-11-08): about 21% on either reading.",
          "to about 21%"),
        C("RUT", "record_close", True, "flag", None, "2024-11-25", "all earlier closes", None, "close",
          "is_record_close('RUT','2024-11-25')", "contradicted", "record: above every earlier close in the file",
          "2024-11-25 closed at 2442.03, just below the 2021-11-08 record close 2442.74, so it was not a record close; it was an intraday record (high above every earlier high). The record close stood until 2025-09-18.",
          "November 25 record close", "reference.py (intraday reading): is_record_high('RUT','2024-11-25') = True"),
        C("SPX", "correction", True, "flag", None, "2025-04-03", "52 weeks", ">= 10% below the 52-week high close", "close",
          "pct_below_window_max('SPX','2025-04-03') >= 10", "supported", "correction: a close at least 10% below the highest close of the previous 52 weeks",
          "12.17% below the 2025-02-19 record close.", "The S&P 500 and Nasdaq Composite are both in correction territory"),
        C("IXIC", "correction", True, "flag", None, "2025-04-03", "52 weeks", "10-20% below the 52-week high close", "close",
          "10 <= pct_below_window_max('IXIC','2025-04-03') < 20", "supported", "correction: at least 10% (and less than 20%) below the 52-week high close",
          "17.96% below the 2024-12-16 record close.", "Nasdaq Composite are both"),
        C("DJI", "pct_from_high", 10, "pct", "just below", "2025-04-03", "52 weeks", "just under 10%", "close",
          "pct_below_window_max('DJI','2025-04-03')", "supported", "'just below' a 10% mark: within one point under it",
          "9.93% below the 2024-12-04 record close: just short of a correction.", "just below that mark"),
        C("RUT", "week_pct", 8.6, "pct", None, "2024-11-08", "election week: 2024-11-01 close to 2024-11-08 close", None, "close",
          "pct_change('RUT','2024-11-01','2024-11-08')", "supported", "1 decimal: |true - claim| <= 0.05 + 0.02", "+8.57%.", "8.6% advance"),
        C("SPX", "week_pct", 4.7, "pct", None, "2024-11-08", "election week", None, "close",
          "pct_change('SPX','2024-11-01','2024-11-08')", "supported", "1 decimal: |true - claim| <= 0.05 + 0.02", "+4.66%.", "4.7% weekly gain"),
        C("RUT", "relative_return", 4, "pp", "almost", "2024-11-08", "election week", None, "close",
          "rel_return('RUT','SPX','2024-11-01','2024-11-08')", "supported", "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit",
          "8.57 - 4.66 = 3.92 points.", "almost four percentage points"),
        C("QUOTE", "opinion", None, None, None, None, None, None, None,
          None, "not_checkable", "quoted opinion", "Strategist's view.", "getting squeezed on both sides"),
        C("RUT", "relative_return_forecast", 100, "pct", "more than", None, "next couple of years", None, None,
          None, "forecast", "projection", "A projection made in November 2024; not judged against what happened.", "outperform by more than 100%"),
    ]))


def main():
    args = sys.argv[1:]
    data = args[0] if args else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python build_heldout23a.py PATH/TO/data")
    ref.DATA = data
    recipes = {}
    passages, keys = [], []
    for p in P:
        claims_out = []
        for i, c in enumerate(p["claims"]):
            k = f"{p['id']}#{i}"
            recipes[k] = c["expr"]
            val = ref.evaluate(c["expr"]) if c["expr"] else None
            n = p["text"].count(c["anchor"])
            if n != 1:
                sys.exit(f"anchor {c['anchor']!r} occurs {n} times in {p['id']}")
            claims_out.append({f: c[f] for f in ["index_or_ticker", "metric", "value", "unit", "qualifier", "ref_date", "window", "comparison", "basis"]})
            detail = (c["detail"] + " " if c["detail"] else "") + ("reference.py: " + c["expr"] if c["expr"] else "reference.py: none (not computable from the files)")
            keys.append(dict(passage_id=p["id"], claim_index=i, index_or_ticker=c["index_or_ticker"], metric=c["metric"],
                             claimed_value=c["value"], qualifier=c["qualifier"], ref_date_used=c["ref_date"],
                             computed_value=val, computed_detail=detail, verdict=c["verdict"], rule=c["rule"],
                             note=c["note"], anchor_text=c["anchor"]))
        rec = dict(id=p["id"], source=dict(site=p["site"], url=p["url"], original_outlet=p["original_outlet"]),
                   published=p["published"], published_confidence=p["conf"])
        if p.get("pnote"):
            rec["published_note"] = p["pnote"]
        rec.update(text_kind="condensed_close_paraphrase", text=p["text"], claims=claims_out)
        passages.append(rec)
    with open(os.path.join(HERE, "passages.jsonl"), "w") as f:
        for r in passages:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w") as f:
        for r in keys:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # write the RECIPES table into reference.py
    rp = os.path.join(HERE, "reference.py")
    src = open(rp).read()
    body = "RECIPES = {\n" + "".join(f"    {k!r}: {v!r},\n" for k, v in recipes.items()) + "}\n"
    src = re.sub(r"# BEGIN RECIPES.*?# END RECIPES", "# BEGIN RECIPES (written by build_heldout23a.py)\n" + body + "# END RECIPES", src, flags=re.S)
    open(rp, "w").write(src)
    for r in keys:
        print(r["passage_id"], r["claim_index"], r["verdict"], r["claimed_value"], "->", r["computed_value"])
    print(len(passages), "passages", len(keys), "claims")


if __name__ == "__main__":
    main()
