#!/usr/bin/env python3
"""Build passages.jsonl, key.jsonl and recipes.json of heldout32a from the passage table below.

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR). Outputs are written beside this file.
Verdicts are set by hand from the recomputed values (dev README rules); the script prints each value
next to the claim so the verdicts can be re-read.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as REF  # noqa: E402

P = []


def passage(pid, site, url, outlet, published, conf, note, text, claims):
    P.append(dict(id=pid, site=site, url=url, outlet=outlet, published=published, conf=conf,
                  note=note, text=text, claims=claims))


def c(tk, metric, value, unit, anchor, recipe, verdict, rule, note, qualifier=None, ref_date=None,
      window=None, comparison=None, basis="close", detail=""):
    return dict(index_or_ticker=tk, metric=metric, value=value, unit=unit, qualifier=qualifier,
                ref_date=ref_date, window=window, comparison=comparison, basis=basis, anchor=anchor,
                recipe=recipe, verdict=verdict, rule=rule, note=note, detail=detail)


TR = "total-return figure; only a price index is in the files"
NOTIN = "series not in the files"

# 1 ---------------------------------------------------------------------------------------------
passage(
    "globalcustodian_200601_large_caps_outpace_2005", "globalcustodian.com",
    "https://www.globalcustodian.com/large-cap-russell-indexes-outpace-small-caps-in-2005-mid-caps-trumped-both/",
    "Global Custodian (Russell Investment Group release)", "2006-01", "medium",
    "Undated page; a year-end wrap of 2005 and December 2005 index returns, so published in early January 2006.",
    "The large-cap Russell 1000 Index beat the small-cap Russell 2000 Index in 2005, ending a string of six "
    "consecutive years of underperforming the small-cap index. The Russell 1000 barely posted a positive total "
    "return in December (0.14%), but it still fared better than the Russell 2000 (-0.46%). That December gap left "
    "the Russell 1000 with a 6.27% return for 2005, while the Russell 2000 reflected a 4.55% gain. Neither could "
    "match mid caps: the Russell Midcap Index reflected a 12.65% gain.",
    [
        c("RUT", "monthly_return", -0.46, "pct", "(-0.46%)", "month_ret('RUT', 2005, 12)", "unverifiable", TR,
          "The passage calls these total returns. The price index fell 0.60% in December 2005; the total-return series is not in the files.",
          ref_date="2005-12-30", window="2005-12"),
        c("RUT", "annual_return", 4.55, "pct", "4.55%", "year_ret('RUT', 2005)", "unverifiable", TR,
          "Price return for 2005 is 3.32%; 4.55% matches the published total return, which the files do not hold.",
          ref_date="2005-12-30", window="2005"),
        c("RUSSELL1000", "monthly_return", 0.14, "pct", "(0.14%)", "None", "unverifiable", NOTIN,
          "Russell 1000 is not in the files.", ref_date="2005-12-30", window="2005-12"),
        c("RUSSELL1000", "annual_return", 6.27, "pct", "6.27%", "None", "unverifiable", NOTIN,
          "Russell 1000 is not in the files. For comparison the S&P 500 price return for 2005 was 3.00%, below the Russell 2000's 3.32%, so on a price basis against the S&P 500 small caps did not lag.",
          ref_date="2005-12-30", window="2005"),
        c("RUSSELL1000", "consecutive_years_underperforming", 6, "count",
          "six consecutive years of underperforming", "None", "unverifiable", NOTIN,
          "Needs Russell 1000 total returns 1999-2004; not in the files (the Russell 2000 price index did beat the S&P 500 price index in each of 1999-2004).",
          ref_date="2005-12-30", window="1999-2004"),
        c("RUSSELL_MIDCAP", "annual_return", 12.65, "pct", "12.65%", "None", "unverifiable", NOTIN,
          "Russell Midcap is not in the files.", ref_date="2005-12-30", window="2005"),
    ])

# 2 ---------------------------------------------------------------------------------------------
passage(
    "thestreet_20101022_small_cap_winners", "thestreet.com",
    "https://www.thestreet.com/story/10897723/1/small-cap-winners-week-of-oct-18-22.html",
    "TheStreet", "2010-10-22", "high",
    "Headline gives the week of Oct. 18-22 and the text describes Friday's close; Friday was 2010-10-22.",
    "NEW YORK (TheStreet) -- The Russell 2000 index edged up on Friday, letting the small-cap benchmark keep "
    "widening its lead over the Dow Jones Industrial Average so far in 2010. October has been a strong month for "
    "both, but the Russell has outpaced the Dow with a gain of 4.1% to date against the blue-chip index's advance "
    "of 3.2%. On Friday the Russell 2000 added 5.31 points, or 0.76%, to finish at 703.43. The Dow could not keep "
    "pace: it fell for the first time in three sessions, losing 14 points, or 0.1%, to close at 11,133. That "
    "brings year-to-date returns to 13.6% for the Russell against the Dow's gain of 6.8% in 2010.",
    [
        c("RUT", "mtd_return", 4.1, "pct", "4.1%", "mtd('RUT', '2010-10-22')", "supported", "1 decimal, tolerance 0.07",
          "4.04% from the September 30 close.", ref_date="2010-10-22", window="MTD"),
        c("DJI", "mtd_return", 3.2, "pct", "3.2%", "mtd('DJI', '2010-10-22')", "supported", "1 decimal, tolerance 0.07",
          "3.19%.", ref_date="2010-10-22", window="MTD"),
        c("RUT", "daily_change_points", 5.31, "points", "5.31 points", "chg('RUT', '2010-10-22')", "supported",
          "2 decimals", "", ref_date="2010-10-22"),
        c("RUT", "daily_change_pct", 0.76, "pct", "0.76%", "pct('RUT', '2010-10-22')", "supported", "2 decimals",
          "0.761%.", ref_date="2010-10-22"),
        c("RUT", "close", 703.43, "index", "703.43", "close('RUT', '2010-10-22')", "supported", "index level 2 dp", "",
          ref_date="2010-10-22"),
        c("DJI", "prior_up_streak", 2, "sessions", "for the first time in three sessions",
          "prior_up_streak('DJI', '2010-10-22')", "supported", "streak from daily closes",
          "The Dow rose on Oct. 20 and 21 after falling on Oct. 19, so Friday's loss was the first in three sessions.",
          ref_date="2010-10-22"),
        c("DJI", "daily_change_points", -14, "points", "14 points", "chg('DJI', '2010-10-22')", "supported",
          "integer, tolerance 0.5", "-14.01.", ref_date="2010-10-22"),
        c("DJI", "daily_change_pct", -0.1, "pct", "0.1%", "pct('DJI', '2010-10-22')", "supported",
          "1 decimal, tolerance 0.07", "-0.126%.", ref_date="2010-10-22"),
        c("DJI", "close", 11133, "index", "11,133", "close('DJI', '2010-10-22')", "supported", "integer, tolerance 0.5",
          "11,132.56.", ref_date="2010-10-22"),
        c("RUT", "ytd_return", 13.6, "pct", "13.6%", "ytd('RUT', '2010-10-22')", "imprecise",
          "outside 0.07 but within max(2 pp, 10%)",
          "Price return from the 2009 close (625.39) is 12.48%. A total return (not in the files) would be about a point higher and may explain the figure; on the price index the key says imprecise.",
          ref_date="2010-10-22", window="YTD"),
        c("DJI", "ytd_return", 6.8, "pct", "6.8%", "ytd('DJI', '2010-10-22')", "supported", "1 decimal, tolerance 0.07",
          "6.76%.", ref_date="2010-10-22", window="YTD"),
    ])

# 3 ---------------------------------------------------------------------------------------------
passage(
    "usatoday_20140502_tale_of_two_markets", "americasmarkets.usatoday.com",
    "http://americasmarkets.usatoday.com/2014/05/02/a-tale-of-two-markets-on-wall-street/",
    "USA Today", "2014-05-02", "exact",
    "Date in the URL. Intraday post written during the 2014-05-02 session; the distances are 'heading into today's session', i.e. at the 2014-05-01 close.",
    "Split personality: the stock market has two faces this year. The Dow and S&P 500 are above their old closing "
    "highs today, while the once-hot Russell 2000 and Nasdaq composite are more than 5% off their 2014 peaks. The "
    "winners are large blue chips; the losers are the small, high-octane stocks of the Russell 2000 and Nasdaq. "
    "Helped by a much stronger-than-expected April jobs report, both the Dow and S&P 500 traded above their old "
    "record closing highs today. The Nasdaq and Russell 2000 are also up today, but both entered the session well "
    "off the 2014 record highs they notched in early March. Heading into today's session, the four major U.S. "
    "indexes stood this far off their 2014 closing highs: Dow -0.1%, S&P 500 -0.4%, Nasdaq -5.3%, Russell 2000 "
    "-6.8%. After leading last year, when the Nasdaq soared 38% and the Russell 2000 was up 37%, small-cap, tech "
    "and biotech shares got overheated.",
    [
        c("DJI", "intraday_above_record_close", True, "flag", "both the Dow and S&P 500 traded above",
          "intraday_above_record_close('DJI', '2014-05-02')", "supported", "intraday high vs every earlier close",
          "High 16,620.06 against the record close 16,580.84 (2014-04-30); the Dow closed at 16,512.89, below it.",
          ref_date="2014-05-02", basis="intraday high"),
        c("SPX", "intraday_above_record_close", True, "flag", "old record closing highs today",
          "intraday_above_record_close('SPX', '2014-05-02')", "supported", "intraday high vs every earlier close",
          "High 1,891.33 against the record close 1,890.90; close 1,881.14.", ref_date="2014-05-02",
          basis="intraday high"),
        c("DJI", "pct_from_high", 0.1, "pct", "Dow -0.1%", "pct_below_max_close('DJI', '2014-01-01', '2014-05-01')",
          "supported", "1 decimal, tolerance 0.07", "0.13% below the 2014 closing high of April 30.",
          ref_date="2014-05-01", window="2014 closing high"),
        c("SPX", "pct_from_high", 0.4, "pct", "S&P 500 -0.4%", "pct_below_max_close('SPX', '2014-01-01', '2014-05-01')",
          "supported", "1 decimal, tolerance 0.07", "0.38% below the April 2 closing high.", ref_date="2014-05-01",
          window="2014 closing high"),
        c("IXIC", "pct_from_high", 5.3, "pct", "Nasdaq -5.3%", "pct_below_max_close('IXIC', '2014-01-01', '2014-05-01')",
          "supported", "1 decimal, tolerance 0.07", "5.29%.", ref_date="2014-05-01", window="2014 closing high"),
        c("RUT", "pct_from_high", 6.8, "pct", "Russell 2000 -6.8%",
          "pct_below_max_close('RUT', '2014-01-01', '2014-05-01')", "supported", "1 decimal, tolerance 0.07",
          "6.84% below the March 4 closing high.", ref_date="2014-05-01", window="2014 closing high"),
        c("IXIC", "date_of_2014_high", "early March", "date", "notched in early March",
          "argmax_close('IXIC', '2014-01-01', '2014-05-01')", "supported", "date of the highest close",
          "Nasdaq's 2014 closing high was 2014-03-05; the Russell 2000's was 2014-03-04 (argmax_close('RUT', ...)); both early March.",
          ref_date="2014-05-01"),
        c("IXIC", "annual_return", 38, "pct", "soared 38%", "year_ret('IXIC', 2013)", "supported",
          "integer, tolerance 0.5", "38.32%.", ref_date="2013-12-31", window="2013"),
        c("RUT", "annual_return", 37, "pct", "was up 37%", "year_ret('RUT', 2013)", "supported",
          "integer, tolerance 0.5", "37.00% (price).", ref_date="2013-12-31", window="2013"),
    ])

# 4 ---------------------------------------------------------------------------------------------
passage(
    "cboeoptionshub_20151122_week_in_rut", "cboeoptionshub.com",
    "http://www.cboeoptionshub.com/2015/11/22/the-week-in-russell-2000-trading-1116-1120/",
    "CBOE Options Hub", "2015-11-22", "exact",
    "Date in the URL; the week described is Monday 2015-11-16 to Friday 2015-11-20.",
    "The Week in Russell 2000 Trading – 11/16 – 11/20. Large caps ruled the week, the Russell 1000 (RUI) gaining "
    "over 3%. Small caps were no slouches, but the Russell 2000 lagged with a gain of 2.5%. For the year RUI is up "
    "1.21% and RUT is down 2.45%. The CBOE Russell 2000 Volatility Index (RVX) and VIX both fell on the equity rally: "
    "RVX dropped from 23.15 to 18.39, while VIX, which finished the prior week at 18.16, ended this past Friday at "
    "15.47. Ahead of the Thanksgiving week the author ran December numbers on Russell 1000 and Russell 2000 data "
    "going back to 1993, 22 Decembers in all: the Russell 1000 moved higher 18 times (81.8%) and the Russell 2000 "
    "moved higher 19 times (86.4%).",
    [
        c("RUSSELL1000", "weekly_return", 3, "pct", "over 3%", "None", "unverifiable", NOTIN,
          "Russell 1000 not in the files (S&P 500 rose 3.3% that week).", qualifier="more than",
          ref_date="2015-11-20", window="week"),
        c("RUT", "weekly_return", 2.5, "pct", "gain of 2.5%", "wk('RUT', '2015-11-20')", "supported",
          "1 decimal, tolerance 0.07", "2.49%.", ref_date="2015-11-20", window="week"),
        c("RUSSELL1000", "ytd_return", 1.21, "pct", "RUI is up 1.21%", "None", "unverifiable", NOTIN, "",
          ref_date="2015-11-20", window="YTD"),
        c("RUT", "ytd_return", -2.45, "pct", "down 2.45%", "ytd('RUT', '2015-11-20')", "supported", "2 decimals",
          "-2.453%.", ref_date="2015-11-20", window="YTD"),
        c("RVX", "level_change", [23.15, 18.39], "index", "23.15 to 18.39", "None", "unverifiable", NOTIN,
          "RVX is not in the files.", ref_date="2015-11-20", window="week"),
        c("VIX", "close", 18.16, "index", "finished the prior week at 18.16", "close('VIX', '2015-11-13')",
          "contradicted", "index level 2 dp; off by more than 1%",
          "VIX closed the prior week (Friday 2015-11-13) at 20.08; 18.16 is the Monday 2015-11-16 close, so the figure is tied to the wrong session.",
          ref_date="2015-11-13"),
        c("VIX", "close", 15.47, "index", "15.47", "close('VIX', '2015-11-20')", "supported", "index level 2 dp", "",
          ref_date="2015-11-20"),
        c("RUT", "december_up_count", 19, "count", "moved higher 19 times", "december_up_count('RUT', 1993, 2014)",
          "supported", "count", "Price index: December down only in 2002, 2005 and 2007 among 1993-2014.",
          window="December 1993-2014"),
        c("RUSSELL1000", "december_up_count", 18, "count", "moved higher 18 times", "None", "unverifiable", NOTIN, "",
          window="December 1993-2014"),
    ])

# 5 ---------------------------------------------------------------------------------------------
passage(
    "cboeoptionshub_20160702_weekend_review_brexit_rebound", "cboeoptionshub.com",
    "http://www.cboeoptionshub.com/2016/07/02/weekend-review-russell-2000-options-volatility-627-71/",
    "CBOE Options Hub", "2016-07-02", "exact",
    "Date in the URL; the week is 2016-06-27 to 2016-07-01.",
    "Weekend Review – Russell 2000 Options and Volatility – 6/27 – 7/1. Small caps, in the form of the Russell 2000 "
    "Index (RUT), were up 2.51% last week, a nice rebound from the previous week's reaction to the Brexit vote. "
    "Large caps rebounded further, the Russell 1000 (RUI) gaining 3.10%. Both benchmarks are higher for 2016, but "
    "RUI has a 1.01% lead on RUT (2.85% vs. 1.84%). VIX had the biggest weekly drop on record, losing just over 42%, "
    "and the RVX / VIX premium rebounded from just over 5% to 34% because the CBOE Russell 2000 Volatility Index "
    "fell much less than VIX. Late Friday, with the Russell 2000 around 1156, a trader sold the RUT Jul 8th 1175 "
    "Call for 1.98 and bought the RUT July 8th 1180 Call for 1.33.",
    [
        c("RUT", "weekly_return", 2.51, "pct", "up 2.51%", "wk('RUT', '2016-07-01')", "imprecise",
          "2 decimals, outside 0.025 but within max(2 pp, 10%)", "2.59% from the June 24 close.",
          ref_date="2016-07-01", window="week"),
        c("RUSSELL1000", "weekly_return", 3.10, "pct", "gaining 3.10%", "None", "unverifiable", NOTIN, "",
          ref_date="2016-07-01", window="week"),
        c("RUSSELL1000", "ytd_return", 2.85, "pct", "2.85%", "None", "unverifiable", NOTIN, "",
          ref_date="2016-07-01", window="YTD"),
        c("RUT", "ytd_return", 1.84, "pct", "1.84%", "ytd('RUT', '2016-07-01')", "supported", "2 decimals",
          "1.838%.", ref_date="2016-07-01", window="YTD"),
        c("VIX", "weekly_drop_rank", 1, "rank", "biggest weekly drop on record", "weekly_drop_rank('VIX', '2016-07-01')",
          "supported", "rank among all weekly changes in the file",
          "-42.7% is the largest weekly % fall in the VIX file (from 1990); next is -39.1% (2013-01-04).",
          ref_date="2016-07-01", window="week"),
        c("VIX", "weekly_return", -42, "pct", "losing just over 42%", "wk('VIX', '2016-07-01')", "supported",
          "more than: true beyond claim", "-42.66%.", qualifier="more than", ref_date="2016-07-01", window="week"),
        c("RVX", "premium_to_vix", [5, 34], "pct", "from just over 5% to 34%", "None", "unverifiable", NOTIN,
          "RVX not in the files.", ref_date="2016-07-01"),
        c("RUT", "level", 1156, "index", "around 1156", "close('RUT', '2016-07-01')", "unverifiable",
          "mid-session figure inside the session range",
          "Late-Friday level; the close was 1,156.77 and the session range 1,151.25-1,161.05 (session_range).",
          qualifier="about", ref_date="2016-07-01", basis="late session"),
    ])

# 6 ---------------------------------------------------------------------------------------------
passage(
    "cboe_20160917_rui_archive_weekend_reviews", "cboe.com",
    "http://www.cboe.com/blogs/-in-tags/tags/rui/2",
    "CBOE Blogs", "2016-09-17", "medium",
    "Tag archive page; dated by its newest item (Sep 17, 2016). Two items kept: week 9/12-9/16 (posted Sep 17) and week 8/29-9/2 (posted Sep 5). A third item on the page (week 8/22-8/26) is left out because that week's post is used in an earlier corpus.",
    "RUI Archives – CBOE Blogs. Sep 17, 2016: Weekend Review – Russell 2000 Options and Volatility – 9/12 - 9/16. "
    "Both the Russell 100 and Russel 2000 were up 0.48% last week. For the year RUT keeps a lead of 3.10% (7.83% vs. "
    "4.73%). Both VIX and the CBOE Russell 2000 Volatility index (RVX) lost value last week, taking the RVX / VIX "
    "premium under 20% for the first time since June. First thing Friday, with the Russell 2000 around 1225, a "
    "trader put on a RUT trade aimed at a fairly wide range at month end. Sep 5, 2016: Weekend Review – 8/29 - 9/2. "
    "The Russell 2000 (RUT) keeps pulling away from the large-cap Russell 1000 (RUI): RUT gained almost twice as "
    "much as RUI last week (1.19% versus 0.62%), which places RUT up 10.21% for 2016 and RUI up only 6.81%.",
    [
        c("RUT", "weekly_return", 0.48, "pct", "up 0.48%", "wk('RUT', '2016-09-16')", "supported", "2 decimals",
          "0.457%, within 0.025. 'Russell 100' is the page's typo for Russell 1000.", ref_date="2016-09-16",
          window="week"),
        c("RUSSELL1000", "weekly_return", 0.48, "pct", "Russell 100 and", "None", "unverifiable", NOTIN, "",
          ref_date="2016-09-16", window="week"),
        c("RUT", "ytd_return", 7.83, "pct", "(7.83%", "ytd('RUT', '2016-09-16')", "supported", "2 decimals", "7.826%.",
          ref_date="2016-09-16", window="YTD"),
        c("RUSSELL1000", "ytd_return", 4.73, "pct", "4.73%)", "None", "unverifiable", NOTIN,
          "The 3.10% lead is the difference of the two stated figures; RUI is not in the files.",
          ref_date="2016-09-16", window="YTD"),
        c("VIX", "weekly_return", "down", "direction", "lost value last week", "wk('VIX', '2016-09-16')", "supported",
          "sign of the weekly change", "VIX -12.2% on the week (17.50 to 15.37).", ref_date="2016-09-16",
          window="week"),
        c("RUT", "level", 1225, "index", "around 1225", "close('RUT', '2016-09-16')", "unverifiable",
          "mid-session figure inside the session range",
          "'First thing Friday': session range 1,218.28-1,227.09 (open 1,226.96), so 1225 lies inside it; close 1,224.78.", qualifier="about",
          ref_date="2016-09-16", basis="just after the open"),
        c("RUT", "weekly_return", 1.19, "pct", "(1.19% versus", "wk('RUT', '2016-09-02')", "imprecise",
          "2 decimals, outside 0.025 but within max(2 pp, 10%)", "1.115% from the August 26 close.",
          ref_date="2016-09-02", window="week"),
        c("RUSSELL1000", "weekly_return", 0.62, "pct", "0.62%)", "None", "unverifiable", NOTIN, "",
          ref_date="2016-09-02", window="week"),
        c("RUT", "ytd_return", 10.21, "pct", "up 10.21%", "ytd('RUT', '2016-09-02')", "supported", "2 decimals",
          "10.207%.", ref_date="2016-09-02", window="YTD"),
        c("RUSSELL1000", "ytd_return", 6.81, "pct", "6.81%", "None", "unverifiable", NOTIN, "",
          ref_date="2016-09-02", window="YTD"),
    ])

# 7 ---------------------------------------------------------------------------------------------
passage(
    "cboe_20161022_weekend_review_debate_week", "cboe.com",
    "http://www.cboe.com/blogs/options-hub/2016/10/22/weekend-review-russell-2000-options-volatility-1017-1021",
    "CBOE Blogs", "2016-10-22", "exact",
    "Date in the URL; the week is 2016-10-17 to 2016-10-21.",
    "Weekend Review – Russell 2000 Options and Volatility – 10/17 - 10/21. Both the Russell 1000 (RUI) and the "
    "Russell 2000 (RUT) gained a little ground last week, RUI rising 0.41% and RUT winning the week by a nose with a "
    "move of 0.49%. For the year RUT is about 3.4% higher than RUI. VIX and the Russell 2000 Volatility Index (RVX) "
    "were both lower last week as the markets got through the final presidential debate. On Friday, with the "
    "Russell 2000 around 1212, a trader sold a range-bound RUT structure expiring Nov 18th: if the Russell 2000 is "
    "not 4% lower or 3.1% higher at November expiration, the trade works out well.",
    [
        c("RUSSELL1000", "weekly_return", 0.41, "pct", "rising 0.41%", "None", "unverifiable", NOTIN, "",
          ref_date="2016-10-21", window="week"),
        c("RUT", "weekly_return", 0.49, "pct", "0.49%", "wk('RUT', '2016-10-21')", "supported", "2 decimals",
          "0.469%, within 0.025.", ref_date="2016-10-21", window="week"),
        c("RUT_VS_RUSSELL1000", "ytd_return_gap", 3.4, "pct", "about 3.4% higher than RUI", "None", "unverifiable",
          NOTIN, "RUT is up 7.24% for 2016 (ytd('RUT','2016-10-21')), but RUI is not in the files.",
          qualifier="about", ref_date="2016-10-21", window="YTD"),
        c("VIX", "weekly_return", "down", "direction", "were both lower last week", "wk('VIX', '2016-10-21')",
          "supported", "sign of the weekly change", "VIX -17.2% on the week; RVX not in the files.",
          ref_date="2016-10-21", window="week"),
        c("RUT", "level", 1212, "index", "around 1212", "close('RUT', '2016-10-21')", "unverifiable",
          "mid-session figure inside the session range",
          "Session range 1,208.99-1,220.03; close 1,218.10.", qualifier="about", ref_date="2016-10-21",
          basis="midday"),
        c("RUT", "option_breakeven_band", [-4, 3.1], "pct", "not 4% lower or 3.1% higher", "None", "not_checkable",
          "conditional / hypothetical", "A payoff condition at a future expiration, not a market fact.",
          ref_date="2016-11-18"),
    ])

# 8 ---------------------------------------------------------------------------------------------
passage(
    "cboe_20170610_rui_archive_weekend_reviews", "cboe.com",
    "http://www.cboe.com/blogs/-in-symbols/symbols/RUI/2",
    "Cboe Blogs", "2017-06-10", "medium",
    "Symbol archive page; dated by its newest item (Jun 10, 2017). Items kept: week 6/5-6/9/2017 (posted Jun 10) and week 5/30-6/2/2017 (posted Jun 4).",
    "RUI Archives – Cboe Blogs. Jun 10, 2017: Weekend Review of Russell 2000 Options and Volatility - 6/5/2017 - "
    "6/9/2017. Small cap stocks prevailed last week as the Russell 2000 (RUT) gained over 1% while the Russell 1000 "
    "(RUI) slipped by about 1/3 of 1%. Large caps still lead small caps in 2017, but the Russell 2000 has kept pace "
    "since the end of the first quarter. VIX and the CBOE Russell 2000 Volatility Index (RVX) rose last week. "
    "Jun 4, 2017: Weekend Review - 5/30/2017 - 6/2/2017. Small caps had a nice week, the Russell 2000 (RUT) rising "
    "1.67% while the Russell 1000 (RUI) was up 1.01%. The large-cap lead narrowed, but RUT still lags RUI by just "
    "over 5% year to date. VIX under 10.00 and RVX over 15.00 leave their ratio in the mid- 50% range to end the "
    "week. Mid-day Wednesday, with RUT around 1360, a bullish trade came in.",
    [
        c("RUT", "weekly_return", 1, "pct", "gained over 1%", "wk('RUT', '2017-06-09')", "supported",
          "more than: true beyond claim", "1.16%.", qualifier="more than", ref_date="2017-06-09", window="week"),
        c("RUSSELL1000", "weekly_return", -0.33, "pct", "about 1/3 of 1%", "None", "unverifiable", NOTIN, "",
          qualifier="about", ref_date="2017-06-09", window="week"),
        c("VIX", "weekly_return", "up", "direction", "rose last week", "wk('VIX', '2017-06-09')", "supported",
          "sign of the weekly change", "VIX +9.7% on the week; RVX not in the files.", ref_date="2017-06-09",
          window="week"),
        c("RUT", "weekly_return", 1.67, "pct", "rising 1.67%", "wk('RUT', '2017-06-02')", "supported", "2 decimals",
          "1.675% from the May 26 close (the week had four sessions).", ref_date="2017-06-02", window="week"),
        c("RUSSELL1000", "weekly_return", 1.01, "pct", "up 1.01%", "None", "unverifiable", NOTIN, "",
          ref_date="2017-06-02", window="week"),
        c("RUT_VS_RUSSELL1000", "ytd_return_gap", 5, "pct", "just over 5% year to date", "None", "unverifiable", NOTIN,
          "RUT is up 3.56% for 2017 on June 2; RUI is not in the files.", qualifier="more than",
          ref_date="2017-06-02", window="YTD"),
        c("VIX", "close", 10.0, "index", "VIX under 10.00", "close('VIX', '2017-06-02')", "supported",
          "less than: true below claim", "9.75 on Friday 2017-06-02.", qualifier="less than", ref_date="2017-06-02"),
        c("RVX", "close", 15.0, "index", "RVX over 15.00", "None", "unverifiable", NOTIN, "", qualifier="more than",
          ref_date="2017-06-02"),
        c("RUT", "level", 1360, "index", "around 1360", "close('RUT', '2017-05-31')", "unverifiable",
          "mid-session figure inside the session range",
          "Midday Wednesday 2017-05-31: session range 1,354.85-1,374.43, so 1360 lies inside it.",
          qualifier="about", ref_date="2017-05-31", basis="midday"),
    ])

# 9 ---------------------------------------------------------------------------------------------
passage(
    "cboe_20180106_rui_archive_year_end_reviews", "cboe.com",
    "http://www.cboe.com/blogs/-in-symbols/symbols/rui/1",
    "Cboe Blogs", "2018-01-06", "medium",
    "Symbol archive page; dated by its newest item (Jan 6, 2018). Items: first week of 2018 (to 2018-01-05), week 12/26-12/29/2017, week 12/18-12/22/2017.",
    "RUI Archives – Cboe Blogs. Jan 6, 2018: Weekend Review of Russell 2000 Options and Volatility - 1/6/2018. US "
    "stocks began the year with strength, and 2017's pattern of large-cap outperformance continued: the Russell "
    "2000 (RUT) was up 1.6% while the large cap focused Russell 1000 (RUI) put up a 2.51% gain last week. The Cboe "
    "Russell 2000 Volatility Index (RVX) closed each day at a premium to VIX in the mid 40% range; the average "
    "premium in 2017 was around 43%. Dec 30, 2017: Weekend Review - 12/26/2017 - 12/29/2017. The year ended with "
    "the Russell 2000 (RUT) dropping a little more than the Russell 1000 (RUI): RUT was down 0.48% while RUI lost "
    "0.33%. For the year large caps dominated, RUI up over 19% and RUT lagging by over 6%, rising just a bit more "
    "than 13%. Dec 23, 2017: Weekend Review - 12/18/2017 - 12/22/2017. Small caps edged out large caps: the "
    "Russell 2000 (RUT) gained 0.82% while the Russell 1000 (RUI) moved up 0.35%.",
    [
        c("RUT", "weekly_return", 1.6, "pct", "up 1.6%", "wk('RUT', '2018-01-05')", "supported",
          "1 decimal, tolerance 0.07", "1.60% from the 2017 close (four sessions).", ref_date="2018-01-05",
          window="week"),
        c("RUSSELL1000", "weekly_return", 2.51, "pct", "2.51% gain", "None", "unverifiable", NOTIN, "",
          ref_date="2018-01-05", window="week"),
        c("RVX", "premium_to_vix", 43, "pct", "around 43%", "None", "unverifiable", NOTIN, "", qualifier="about",
          window="2017"),
        c("RUT", "weekly_return", -0.48, "pct", "down 0.48%", "wk('RUT', '2017-12-29')", "supported", "2 decimals",
          "-0.481%.", ref_date="2017-12-29", window="week"),
        c("RUSSELL1000", "weekly_return", -0.33, "pct", "lost 0.33%", "None", "unverifiable", NOTIN, "",
          ref_date="2017-12-29", window="week"),
        c("RUSSELL1000", "annual_return", 19, "pct", "over 19%", "None", "unverifiable", NOTIN,
          "S&P 500 price return for 2017 was 19.4%, but RUI itself is not in the files.", qualifier="more than",
          ref_date="2017-12-29", window="2017"),
        c("RUT", "annual_return", 13, "pct", "just a bit more than 13%", "year_ret('RUT', 2017)", "supported",
          "more than: true beyond claim", "13.14% (price).", qualifier="more than", ref_date="2017-12-29",
          window="2017"),
        c("RUT", "weekly_return", 0.82, "pct", "gained 0.82%", "wk('RUT', '2017-12-22')", "supported", "2 decimals",
          "0.817%.", ref_date="2017-12-22", window="week"),
        c("RUSSELL1000", "weekly_return", 0.35, "pct", "moved up 0.35%", "None", "unverifiable", NOTIN, "",
          ref_date="2017-12-22", window="week"),
    ])

# 10 --------------------------------------------------------------------------------------------
passage(
    "forexlive_20220228_indices_close_mixed", "forexlive.com",
    "https://www.forexlive.com/news/us-major-indices-close-mixed-nasdaq-higher-for-the-third-day-in-a-row-20220228/",
    "Forexlive", "2022-02-28", "exact",
    "Date in the URL and on the page; closing snapshot of Monday 2022-02-28. The page's Nasdaq and Russell figures are cut off by a glossary box, so only the Dow and S&P figures survive.",
    "The major US indices are closing mixed. The NASDAQ index closed higher for the third consecutive day, as did "
    "the Russell 2000, while the S&P and Dow snapped their two day up streak. A look at the close: Dow industrial "
    "average minus 168.72 points or -0.50% at 33890.02; S&P index -10.87 points or -0.25% at 4373.77.",
    [
        c("IXIC", "up_streak", 3, "sessions", "higher for the third consecutive day", "up_streak('IXIC', '2022-02-28')",
          "supported", "streak from daily closes", "Up Feb 24, 25 and 28.", ref_date="2022-02-28"),
        c("RUT", "up_streak", 3, "sessions", "as did the Russell 2000", "up_streak('RUT', '2022-02-28')", "supported",
          "streak from daily closes", "Up Feb 24, 25 and 28 (+7.16 on the 28th).", ref_date="2022-02-28"),
        c("SPX", "prior_up_streak", 2, "sessions", "snapped their two day up streak",
          "prior_up_streak('SPX', '2022-02-28')", "supported", "streak from daily closes",
          "S&P up Feb 24 and 25, down Feb 28; the Dow likewise (prior_up_streak('DJI', '2022-02-28') = 2).",
          ref_date="2022-02-28"),
        c("DJI", "daily_change_points", -168.72, "points", "minus 168.72 points", "chg('DJI', '2022-02-28')",
          "imprecise", "point change within 20%",
          "File: -166.15 (close 33,892.60). The snapshot was taken at the bell, before the final print.",
          ref_date="2022-02-28", basis="4 p.m. print"),
        c("DJI", "daily_change_pct", -0.50, "pct", "-0.50%", "pct('DJI', '2022-02-28')", "supported", "2 decimals",
          "-0.488%, within 0.025.", ref_date="2022-02-28", basis="4 p.m. print"),
        c("DJI", "close", 33890.02, "index", "33890.02", "close('DJI', '2022-02-28')", "imprecise",
          "index level within 1%", "File close 33,892.60 (2.58 points higher).", ref_date="2022-02-28",
          basis="4 p.m. print"),
        c("SPX", "daily_change_points", -10.87, "points", "-10.87 points", "chg('SPX', '2022-02-28')", "imprecise",
          "point change within 20%", "File: -10.71.", ref_date="2022-02-28", basis="4 p.m. print"),
        c("SPX", "daily_change_pct", -0.25, "pct", "-0.25%", "pct('SPX', '2022-02-28')", "supported", "2 decimals",
          "-0.244%.", ref_date="2022-02-28", basis="4 p.m. print"),
        c("SPX", "close", 4373.77, "index", "4373.77", "close('SPX', '2022-02-28')", "imprecise",
          "index level within 1%", "File close 4,373.94.", ref_date="2022-02-28", basis="4 p.m. print"),
    ])

# 11 --------------------------------------------------------------------------------------------
passage(
    "forexlive_20250103_indices_snap_losing_streaks", "forexlive.com",
    "https://www.forexlive.com/technical-analysis/major-us-indices-snap-losing-streaks-20250103/",
    "Forexlive", "2025-01-03", "exact",
    "Date in the URL and on the page; Friday 2025-01-03 close and the holiday-shortened week from the 2024-12-27 close.",
    "Major US indices closed solidly higher, snapping multi-day losing streaks: the Dow Industrial average snapped "
    "its 4-day losing streak, and the broader S&P and NASDAQ both snapped 5-day losing streaks. For the trading "
    "week the indices are closing lower. Closing levels today: Dow industrial average up +339.86 points or 0.80% "
    "at 42732.13; S&P index +73.92 points or 1.26% at 5942.47; NASDAQ index up +340.80 points or 1.77% at "
    "19621.68; the small-cap Russell 2000 closed higher by 36.80 points or 1.65% at 2268.47. For the trading week "
    "the Dow industrial average fell -0.60%, the S&P index fell -0.48%, the NASDAQ index fell -0.51%, and the "
    "Russell 2000 rose 1.0639%.",
    [
        c("DJI", "prior_down_streak", 4, "sessions", "its 4-day losing streak", "prior_down_streak('DJI', '2025-01-03')",
          "supported", "streak from daily closes", "Down Dec 27, 30, 31 and Jan 2.", ref_date="2025-01-03"),
        c("SPX", "prior_down_streak", 5, "sessions", "5-day losing streaks", "prior_down_streak('SPX', '2025-01-03')",
          "supported", "streak from daily closes", "Down Dec 26 through Jan 2.", ref_date="2025-01-03"),
        c("IXIC", "prior_down_streak", 5, "sessions", "the broader S&P and NASDAQ",
          "prior_down_streak('IXIC', '2025-01-03')", "supported", "streak from daily closes",
          "Down Dec 26 through Jan 2.", ref_date="2025-01-03"),
        c("DJI", "daily_change_points", 339.86, "points", "+339.86", "chg('DJI', '2025-01-03')", "supported",
          "2 decimals", "", ref_date="2025-01-03"),
        c("DJI", "daily_change_pct", 0.80, "pct", "0.80%", "pct('DJI', '2025-01-03')", "supported", "2 decimals",
          "0.802%.", ref_date="2025-01-03"),
        c("DJI", "close", 42732.13, "index", "42732.13", "close('DJI', '2025-01-03')", "supported", "index level 2 dp",
          "", ref_date="2025-01-03"),
        c("SPX", "daily_change_points", 73.92, "points", "+73.92", "chg('SPX', '2025-01-03')", "supported",
          "2 decimals", "", ref_date="2025-01-03"),
        c("SPX", "daily_change_pct", 1.26, "pct", "1.26%", "pct('SPX', '2025-01-03')", "supported", "2 decimals", "",
          ref_date="2025-01-03"),
        c("SPX", "close", 5942.47, "index", "5942.47", "close('SPX', '2025-01-03')", "supported", "index level 2 dp",
          "", ref_date="2025-01-03"),
        c("IXIC", "daily_change_points", 340.80, "points", "+340.80", "chg('IXIC', '2025-01-03')", "imprecise",
          "2 decimals, outside 0.025; point change within 20%",
          "File: +340.89 with the same close 19,621.68, so the page's previous close differs by 0.09.",
          ref_date="2025-01-03"),
        c("IXIC", "daily_change_pct", 1.77, "pct", "1.77%", "pct('IXIC', '2025-01-03')", "supported", "2 decimals",
          "1.768%.", ref_date="2025-01-03"),
        c("IXIC", "close", 19621.68, "index", "19621.68", "close('IXIC', '2025-01-03')", "supported",
          "index level 2 dp", "", ref_date="2025-01-03"),
        c("RUT", "daily_change_points", 36.80, "points", "36.80 points", "chg('RUT', '2025-01-03')", "supported",
          "2 decimals", "", ref_date="2025-01-03"),
        c("RUT", "daily_change_pct", 1.65, "pct", "1.65%", "pct('RUT', '2025-01-03')", "supported", "2 decimals",
          "1.649%.", ref_date="2025-01-03"),
        c("RUT", "close", 2268.47, "index", "2268.47", "close('RUT', '2025-01-03')", "supported", "index level 2 dp", "",
          ref_date="2025-01-03"),
        c("DJI", "weekly_return", -0.60, "pct", "fell -0.60%", "wk('DJI', '2025-01-03')", "supported", "2 decimals",
          "-0.605%.", ref_date="2025-01-03", window="week"),
        c("SPX", "weekly_return", -0.48, "pct", "fell -0.48%", "wk('SPX', '2025-01-03')", "supported", "2 decimals",
          "-0.475%.", ref_date="2025-01-03", window="week"),
        c("IXIC", "weekly_return", -0.51, "pct", "fell -0.51%", "wk('IXIC', '2025-01-03')", "supported", "2 decimals",
          "-0.509%.", ref_date="2025-01-03", window="week"),
        c("RUT", "weekly_return", 1.0639, "pct", "rose 1.0639%", "wk('RUT', '2025-01-03')", "supported",
          "4 decimals, tolerance 0.02005",
          "1.064%. The page's 'the indices are closing lower' for the week is true for three of the four.",
          ref_date="2025-01-03", window="week"),
    ])

# 12 --------------------------------------------------------------------------------------------
passage(
    "stockburger_20250519_six_week_small_cap_streak", "stockburger.news",
    "https://stockburger.news/small-cap-stock-market-may-2025/",
    "Stockburger News", "2025-05-19", "medium",
    "Undated page; it looks back at 'last week' to Friday, May 16 and mentions 'Monday morning, May 19', so written on or just after 2025-05-19.",
    "If you have ridden the small-cap rollercoaster this year, it mostly went down, but last week finally caught "
    "some air. As of Friday, May 16, the Russell 2000 – the small-cap benchmark – wrapped up its sixth straight "
    "week of gains, its longest winning streak since December 2023. Then on Monday morning, May 19, Russell 2000 "
    "futures spiked 3.5% pre-market on a 90-day U.S.–China tariff truce. The scorecard: the Russell 2000 closed "
    "up 0.89% on Friday, ending the week near 2,113, which erased most of its April losses. But it is still down "
    "about 5% year-to-date.",
    [
        c("RUT", "weekly_up_streak", 6, "weeks", "sixth straight week of gains", "weekly_up_streak('RUT', '2025-05-16')",
          "supported", "streak from Friday closes", "Weeks ending Apr 11 through May 16 all higher.",
          ref_date="2025-05-16"),
        c("RUT", "longest_streak_since", "2023-12", "date", "longest winning streak since December 2023",
          "last_weekly_streak_end('RUT', 6, '2025-05-16')", "supported",
          "since X: last run at least as long",
          "The last run of six or more weekly gains ended 2023-12-22 (six weeks from Nov 17).",
          ref_date="2025-05-16"),
        c("RUT_FUTURES", "premarket_change", 3.5, "pct", "spiked 3.5% pre-market", "None", "unverifiable", NOTIN,
          "Futures are not in the files. The US-China truce was announced on Monday May 12, when the Russell 2000 index rose 3.42%; 'May 19' looks like a mix-up of dates.",
          ref_date="2025-05-19", basis="pre-market"),
        c("RUT", "daily_change_pct", 0.89, "pct", "up 0.89%", "pct('RUT', '2025-05-16')", "supported", "2 decimals",
          "0.886%.", ref_date="2025-05-16"),
        c("RUT", "close", 2113, "index", "near 2,113", "close('RUT', '2025-05-16')", "supported",
          "about: within one unit", "2,113.25.", qualifier="about", ref_date="2025-05-16"),
        c("RUT", "ytd_return", -5, "pct", "about 5% year-to-date", "ytd('RUT', '2025-05-16')", "supported",
          "about: within one unit", "-5.24%.", qualifier="about", ref_date="2025-05-16", window="YTD"),
    ])

# 13 --------------------------------------------------------------------------------------------
passage(
    "marketdash_20260115_small_caps_having_their_moment", "marketdash.io",
    "https://www.marketdash.io/stock-market-news/61030/small-caps-are-having-their-moment-russell-2000-outshines-tech-giants-for-first-time-since-2008",
    "MarketDash Editorial Team", "2026-01-15", "medium",
    "Page shows only '3 hours ago'; the figures are 'as of Jan. 15', so published on 2026-01-15 or the next day.",
    "Small caps are having their moment. The Russell 2000 has hit intraday records for 10 straight sessions while "
    "outperforming the S&P 500 every single day, a streak not seen in nearly 17 years. As of Jan. 15, the "
    "small-cap benchmark, tracked by the iShares Russell 2000 ETF (IWM), has posted intraday record highs in each "
    "of the past 10 sessions, and over that stretch small caps beat large caps every day, outperforming the SPDR "
    "S&P 500 ETF Trust (SPY). The last time we saw a streak like this was June 2008. Year-to-date the Russell 2000 "
    "is up more than 7%, far ahead of the S&P 500's modest 1.5% gain. The Atlanta Fed's GDPNow model now estimates "
    "the U.S. economy grew at a 5.3% annualized rate in the fourth quarter.",
    [
        c("RUT", "intraday_record_streak", 10, "sessions", "intraday record highs in each of the past 10 sessions",
          "intraday_record_streak('RUT', '2026-01-15')", "contradicted", "count off by more than 20%",
          "Only the six sessions Jan 8-15 set intraday records (same for IWM: intraday_record_streak('IWM', ...) = 6). The 10-session figure fits the outperformance streak, not the records.",
          ref_date="2026-01-15", basis="intraday high"),
        c("RUT", "rel_streak_vs_SPX", 10, "sessions", "outperforming the S&P 500 every single day",
          "rel_streak('RUT', 'SPX', '2026-01-15')", "supported", "streak from daily closes",
          "RUT beat the S&P 500 on each of the 10 sessions Jan 2-15 (IWM beat SPY on the same 10).",
          ref_date="2026-01-15"),
        c("RUT", "rel_streak_last_time", "2008-06", "date", "June 2008",
          "last_rel_streak_end('RUT', 'SPX', 10, '2026-01-02')", "supported", "since X: last run at least as long",
          "The last earlier run of 10+ sessions of RUT beating the S&P 500 ended 2008-06-06.",
          ref_date="2026-01-15"),
        c("RUT", "ytd_return", 7, "pct", "up more than 7%", "ytd('RUT', '2026-01-15')", "supported",
          "more than: true beyond claim", "7.76%.", qualifier="more than", ref_date="2026-01-15", window="YTD"),
        c("SPX", "ytd_return", 1.5, "pct", "modest 1.5% gain", "ytd('SPX', '2026-01-15')", "supported",
          "1 decimal, tolerance 0.07", "1.45%.", ref_date="2026-01-15", window="YTD"),
        c("US_GDP", "gdpnow_estimate", 5.3, "pct", "5.3% annualized rate", "None", "unverifiable", NOTIN,
          "Nowcast of GDP, not in the files.", ref_date="2026-01-15"),
    ])


def main():
    REF.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not REF.DATA:
        sys.exit("usage: python build.py PATH/TO/data")
    passages, keys, recipes = [], [], {}
    for p in P:
        claims = []
        for i, cl in enumerate(p["claims"]):
            assert p["text"].count(cl["anchor"]) == 1, (p["id"], i, cl["anchor"])
            val = eval(cl["recipe"], vars(REF))
            if isinstance(val, float):
                val = round(val, 3)
            recipes[f"{p['id']}|{i}"] = cl["recipe"]
            detail = cl["detail"] or cl["note"]
            keys.append(dict(passage_id=p["id"], claim_index=i, index_or_ticker=cl["index_or_ticker"],
                             metric=cl["metric"], claimed_value=cl["value"], qualifier=cl["qualifier"],
                             ref_date_used=cl["ref_date"], computed_value=val,
                             computed_detail=f"{detail} reference.py: {cl['recipe']}".strip(),
                             verdict=cl["verdict"], rule=cl["rule"], note=cl["note"], anchor_text=cl["anchor"]))
            claims.append({k: cl[k] for k in ("index_or_ticker", "metric", "value", "unit", "qualifier", "ref_date",
                                               "window", "comparison", "basis")})
            print(f"{p['id'][:38]:38} {i:2} {cl['index_or_ticker']:12} {cl['value']!s:>12} -> {val!s:>12}  {cl['verdict']}")
        src = dict(site=p["site"], url=p["url"], original_outlet=p["outlet"])
        rec = dict(id=p["id"], source=src, published=p["published"], published_confidence=p["conf"])
        if p["note"]:
            rec["published_note"] = p["note"]
        rec.update(text_kind="condensed_close_paraphrase", text=p["text"], claims=claims)
        passages.append(rec)
    with open(os.path.join(HERE, "passages.jsonl"), "w") as fh:
        for r in passages:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w") as fh:
        for r in keys:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "recipes.json"), "w") as fh:
        json.dump(recipes, fh, indent=0)
    print(len(passages), "passages,", len(keys), "claims")


if __name__ == "__main__":
    main()
