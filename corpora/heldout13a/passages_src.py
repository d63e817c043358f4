"""Passage texts, sources and claim specifications for the heldout13a corpus (read by build_key.py).

Claim tuple: (anchor, ticker, metric, value, unit, qualifier, ref_date, window, basis,
              expression for reference.py or None, decimals, rule, kind-or-ticker, detail, note)
rule: num / about / nearly / more / less / eq / since / U / N / F / M:<verdict>
"""
CPC = "condensed_close_paraphrase"

P1 = dict(
    id="dowjones_19990329_rut_misses_400",
    source={"site": "si.frajer.net", "url": "https://si.frajer.net/readreplies.aspx?msgid=8592647&subjectid=21206",
            "original_outlet": "Dow Jones Newswires (Larry Bauman), reposted on a Silicon Investor message board"},
    published="1999-03-29", published_confidence="exact",
    published_note="the reposted wire story is headed 'March 29, 1999'; it describes Monday 1999-03-29, the Dow's first close above 10,000 (files: DJI 10006.78).",
    text_kind=CPC,
    text=("March 29, 1999 - Small U.S. Stocks. NEW YORK -- Small-capitalization stocks advanced sharply on Monday, yet the group "
          "still trailed the major stock-market averages. On the day the Dow Jones Industrial Average finished above the symbolic "
          "10000 mark for the first time, the Russell 2000 small-cap index could not break through the 400 barrier. The Russell has, "
          "of course, closed above 400 before, and a move to 400 would still have left the small-cap gauge 18.6% below its April 21, "
          "1998 record close. The overall Nasdaq market did not threaten its own peak either, but it posted the sharpest gains of the "
          "major indexes: the Nasdaq Composite Index finished 18.14 points, or 0.7%, shy of its February record close. Technology "
          "carried both the small-cap and Nasdaq markets, with larger computer-related names outrunning smaller ones; the Nasdaq "
          "computer index jumped 4%. Financial-services stocks, the largest industry group in the Russell 2000, also lent strong support. "
          "The Russell 2000 index of small-capitalization stocks rose 5.84, or 1.48%, to 399.76, and the Nasdaq Composite Index, at "
          "2492.84, surged 73.67, or 3.05%. The New York Stock Exchange Composite Index added 10.81, or 1.79%, at 613.16, and the Dow "
          "Jones Industrial Average, at 10006.78, leapt 184.54, or 1.88%."),
    claims=[
        ("still trailed the major stock-market averages", "RUT", "relative_daily_change_below_large_caps", "true", "flag", None, "1999-03-29", "1d", "close",
         "pct('RUT','1999-03-29') < min(pct('DJI','1999-03-29'), pct('GSPC','1999-03-29'))", 2, "eq", None,
         "RUT +1.48% vs DJI +1.88% and S&P 500 +2.13%", "Checked against the Dow and the S&P 500: value is True only if the Russell's daily gain is below both."),
        ("10000 mark for the first time", "DJI", "first_close_above_level", "1999-03-29", "date", None, "1999-03-29", None, "close",
         "first_close_at_or_above('DJI', 10000)", 0, "eq", None, "DJI 1999-03-29 close 10006.78; prior high close below 10,000", "First Dow close at or above 10,000 in the file (from 1992) is the article's day; earlier history (before 1992) never reached 10,000."),
        ("break through the 400 barrier", "RUT", "close_below_level", "400", "index_points", None, "1999-03-29", None, "close",
         "[close('RUT','1999-03-29'), close('RUT','1999-03-29','high')]", 2, "M:supported", None, "close 399.76, session high 400.00",
         "The close (399.76) stayed below 400 and the session high was exactly 400.00, so the index did not pierce the level."),
        ("closed above 400 before", "RUT", "earlier_close_above_level", "400", "index_points", None, "1999-03-29", None, "close",
         "last_close_at_or_above('RUT','1999-03-29',400)", 0, "M:supported", None, "", "The value is the last earlier close at or above 400; any such date makes the statement true."),
        ("18.6% below", "RUT", "pct_below_record_at_level", "18.6", "percent", None, "1999-03-29", None, "close",
         "pct_below_record('RUT','1999-03-29', value=400)", 2, "num", "pct", "record close 491.41 (1998-04-21); 1 - 400/491.41",
         "Arithmetic on a level the passage states (400) against the record close in the file."),
        ("April 21, 1998 record close", "RUT", "record_close_date", "1998-04-21", "date", None, "1999-03-29", None, "close",
         "record_before('RUT','1999-03-29')[0]", 0, "eq", None, "record 491.41", "The highest RUT close before 1999-03-29 is 491.41 on 1998-04-21."),
        ("posted the sharpest gains of the major indexes", "IXIC", "best_daily_change_among_indexes", "true", "flag", None, "1999-03-29", "1d", "close",
         "pct('IXIC','1999-03-29') > max(pct('DJI','1999-03-29'), pct('GSPC','1999-03-29'), pct('RUT','1999-03-29'))", 2, "eq", None, "",
         "Nasdaq +3.05% against the Dow, S&P 500 and Russell 2000 (NYSE Composite not in the files; its stated +1.79% is also lower)."),
        ("18.14 points", "IXIC", "points_below_record_close", "18.14", "index_points", None, "1999-03-29", None, "close",
         "record_before('IXIC','1999-03-29')[1] - close('IXIC','1999-03-29')", 2, "num", "pts", "record close 2510.09 (1999-02-01) - 2492.84 = 17.25",
         "Measured from the record close in the file."),
        ("0.7%, shy", "IXIC", "pct_below_record_close", "0.7", "percent", None, "1999-03-29", None, "close",
         "pct_below_record('IXIC','1999-03-29')", 2, "num", "pct", "", "Percentage distance from the February record close."),
        ("February record close", "IXIC", "record_close_month", "1999-02", "month", None, "1999-03-29", None, "close",
         "record_before('IXIC','1999-03-29')[0][:7]", 0, "eq", None, "", "Month of the Nasdaq's highest close before the session."),
        ("computer index jumped 4%", "NASDAQ_COMPUTER", "daily_pct_change", "4", "percent", None, "1999-03-29", "1d", "close",
         None, 2, "U", None, "", "Nasdaq computer index is not in the files."),
        ("rose 5.84", "RUT", "daily_point_change", "5.84", "index_points", None, "1999-03-29", "1d", "close",
         "chg('RUT','1999-03-29')", 2, "num", "pts", "399.76 vs 393.92", ""),
        ("1.48%", "RUT", "daily_pct_change", "1.48", "percent", None, "1999-03-29", "1d", "close",
         "pct('RUT','1999-03-29')", 2, "num", "pct", "", ""),
        ("399.76", "RUT", "close_level", "399.76", "index_points", None, "1999-03-29", None, "close",
         "close('RUT','1999-03-29')", 2, "num", "level", "", ""),
        ("2492.84", "IXIC", "close_level", "2492.84", "index_points", None, "1999-03-29", None, "close",
         "close('IXIC','1999-03-29')", 2, "num", "level", "", ""),
        ("73.67", "IXIC", "daily_point_change", "73.67", "index_points", None, "1999-03-29", "1d", "close",
         "chg('IXIC','1999-03-29')", 2, "num", "pts", "", ""),
        ("3.05%", "IXIC", "daily_pct_change", "3.05", "percent", None, "1999-03-29", "1d", "close",
         "pct('IXIC','1999-03-29')", 2, "num", "pct", "", ""),
        ("10.81", "NYSE_COMPOSITE", "daily_point_change", "10.81", "index_points", None, "1999-03-29", "1d", "close",
         None, 2, "U", None, "", "NYSE Composite is not in the files."),
        ("1.79%", "NYSE_COMPOSITE", "daily_pct_change", "1.79", "percent", None, "1999-03-29", "1d", "close",
         None, 2, "U", None, "", "NYSE Composite is not in the files."),
        ("613.16", "NYSE_COMPOSITE", "close_level", "613.16", "index_points", None, "1999-03-29", None, "close",
         None, 2, "U", None, "", "NYSE Composite is not in the files."),
        ("10006.78", "DJI", "close_level", "10006.78", "index_points", None, "1999-03-29", None, "close",
         "close('DJI','1999-03-29')", 2, "num", "level", "", ""),
        ("184.54", "DJI", "daily_point_change", "184.54", "index_points", None, "1999-03-29", "1d", "close",
         "chg('DJI','1999-03-29')", 2, "num", "pts", "", ""),
        ("1.88%", "DJI", "daily_pct_change", "1.88", "percent", None, "1999-03-29", "1d", "close",
         "pct('DJI','1999-03-29')", 2, "num", "pct", "", ""),
    ])

P2 = dict(
    id="independent_19991113_rut_three_week_advance",
    source={"site": "the-independent.com", "url": "https://the-independent.com/news/business/new-york-market-hitech-shares-lead-smallfirm-advance-1125889.html",
            "original_outlet": "The Independent (Nick Olivari, New York market column)"},
    published="1999-11-13", published_confidence="exact",
    published_note="page dated Saturday 13 November 1999; 'this week' is the week ending Friday 1999-11-12 (RUT 449.69).",
    text_kind=CPC,
    text=("NEW YORK MARKET: Hi-tech shares lead small-firm advance. eShare Technologies was among the three best performers in US "
          "stock markets this week, helping the Russell 2000 index of small stocks to its biggest three-week advance since April. "
          "The Russell, a laggard for five years while large stocks drew the biggest flows of money, began to revive last month on a "
          "rally in technology stocks. It is still 8.5 per cent below its high of 491.41, reached in April last year. But as "
          "computer-related shares rally and their weight in the index grows, the Russell is likely to benefit. Gains in computer "
          "companies have pushed the technology component of the index to 18.1 per cent from 12.6 per cent a year ago. Because "
          "technology stocks now count for more in the Russell, it is starting to behave more like the Nasdaq Composite, a broader "
          "index that also holds the big technology companies. That link cuts both ways, but for now the small-stock gauge is being "
          "carried higher by the same computer and internet names that have powered the Nasdaq."),
    claims=[
        ("three best performers", "ESHARE", "weekly_rank_among_us_stocks", "3", "rank", "among", "1999-11-12", "1w", "close",
         None, 0, "U", None, "", "Individual stock rankings are not in the files."),
        ("biggest three-week advance since April", "RUT", "biggest_3week_gain_since", "1999-04", "month", None, "1999-11-12", "3w", "close",
         "last_nweek_as_big('RUT','1999-11-12',3)", 0, "since", "RUT", "RUT 1999-10-22 418.69 -> 1999-11-12 449.69 (+7.40%); three weeks to 1999-04-23: +8.27%",
         "Friday-to-Friday three-week changes; the value is the last earlier three-week window (week-end label) with a gain at least as large. Overlapping windows ending earlier in the same run (e.g. the 15 sessions to Thursday 11-11) are not counted as earlier advances."),
        ("a laggard for five years", "RUT", "five_year_relative_return_vs_SPX", "true", "flag", None, "1999-11-12", "5y", "close",
         "[round(ret('RUT','1994-11-11','1999-11-12'),2), round(ret('GSPC','1994-11-11','1999-11-12'),2)]", 2, "M:supported", None,
         "RUT vs S&P 500 price change 1994-11-11 -> 1999-11-12",
         "Over the five years the Russell 2000 rose far less than the S&P 500 (value: [RUT %, SPX %]), so 'a laggard' holds."),
        ("8.5 per cent below", "RUT", "pct_below_record_close", "8.5", "percent", None, "1999-11-12", None, "close",
         "pct_below_record('RUT','1999-11-12')", 2, "num", "pct", "449.69 vs record 491.41", "Friday 1999-11-12 close against the record close."),
        ("491.41", "RUT", "record_close_level", "491.41", "index_points", None, "1999-11-12", None, "close",
         "record_before('RUT','1999-11-12')[1]", 2, "num", "level", "", ""),
        ("April last year", "RUT", "record_close_month", "1998-04", "month", None, "1999-11-12", None, "close",
         "record_before('RUT','1999-11-12')[0][:7]", 0, "eq", None, "record on 1998-04-21", ""),
        ("18.1 per cent", "RUT_SECTOR_WEIGHTS", "technology_weight", "18.1", "percent", None, "1999-11-12", None, None,
         None, 2, "U", None, "", "Index sector weights are not in the files."),
        ("12.6 per cent", "RUT_SECTOR_WEIGHTS", "technology_weight_year_ago", "12.6", "percent", None, "1998-11", None, None,
         None, 2, "U", None, "", "Index sector weights are not in the files."),
        ("likely to benefit", "RUT", "outlook", "true", "flag", None, "1999-11-12", None, None,
         None, 0, "F", None, "", "Projection; not judged."),
    ])

P3 = dict(
    id="ap_20130812_small_companies_power_ahead",
    source={"site": "hawaiitribune-herald.com", "url": "https://hawaiitribune-herald.com/2013/08/12/nation-world-news/small-companies-power-ahead-with-big-gains/amp/%7B%7Blink",
            "original_outlet": "Associated Press (Steve Rothwell)"},
    published="2013-08-12", published_confidence="exact",
    published_note="date 2013/08/12 in the URL (Monday paper); 'closed Friday' is 2013-08-09 and the year-to-date figures are to that close.",
    text_kind=CPC,
    text=("NEW YORK — Some of the best stocks on Wall Street this year are names most investors have never heard of. Small, "
          "little-known companies are leading the surge: Entravision Communications, SunPower and MannKind have each more than "
          "tripled in value, and all belong to the Russell 2000, an index of small-company stocks that has outperformed the other "
          "major indexes in 2013. The Russell 2000 holds about 2,000 companies with market values between $129 million and $3.3 billion. "
          "The index hit 1,000 for the first time on July 5 and closed Friday at 1,048. It has jumped 23 percent this year, better "
          "than the Standard & Poor's 500, which is up 19 percent, and the Dow Jones industrial average, up 18 percent. Over the past "
          "4-1/2 years its lead is even more striking: the index is up 205 percent since the bull market began in March 2009, while "
          "the S&P 500 is up 150 percent. That suggests investors are a little more comfortable owning smaller, riskier companies "
          "than big multinationals such as Exxon Mobil and Apple. The S&P 600, another small-company index, is up 24 percent this year. "
          "Investors have put $18.2 billion into small-company mutual funds this year, according to Lipper. If that pace holds, the "
          "sector could have its best year since 2004, when investors put $20.8 billion into such funds."),
    claims=[
        ("more than tripled", "STOCKS", "ytd_gain_multiple", "3", "multiple", "more than", "2013-08-09", "ytd", "close",
         None, 0, "U", None, "", "Individual stocks are not in the files."),
        ("outperformed the other major indexes in 2013", "RUT", "ytd_best_among_indexes", "true", "flag", None, "2013-08-09", "ytd", "close",
         "ytd('RUT','2013-08-09') > max(ytd('GSPC','2013-08-09'), ytd('DJI','2013-08-09'), ytd('IXIC','2013-08-09'))", 2, "eq", None,
         "RUT, SPX, DJI, IXIC year-to-date to 2013-08-09", "True only if the Russell's YTD gain beats the S&P 500, the Dow and the Nasdaq."),
        ("about 2,000 companies", "RUT", "constituent_count", "2000", "count", "about", "2013-08-09", None, None,
         None, 0, "U", None, "", "Constituent counts are not in the files."),
        ("$129 million", "RUT", "smallest_market_cap", "129", "usd_million", None, "2013-08-09", None, None,
         None, 0, "U", None, "", "Market capitalisations are not in the files."),
        ("$3.3 billion", "RUT", "largest_market_cap", "3.3", "usd_billion", None, "2013-08-09", None, None,
         None, 1, "U", None, "", "Market capitalisations are not in the files."),
        ("hit 1,000 for the first time on July 5", "RUT", "first_close_above_level_date", "2013-07-05", "date", None, "2013-08-09", None, "close",
         "first_close_at_or_above('RUT', 1000)", 0, "eq", None, "RUT first traded above 1,000 intraday on 2013-05-20 (high 1008.23?) and first closed above it on the value date",
         "Read as the first close at or above 1,000. If the value differs from 2013-07-05 the date is wrong for a close; the intraday reading is given in the detail."),
        ("closed Friday at 1,048", "RUT", "close_level", "1048", "index_points", None, "2013-08-09", None, "close",
         "close('RUT','2013-08-09')", 2, "num", "level", "", "Whole-number level; tolerance 0.5."),
        ("jumped 23 percent this year", "RUT", "ytd_pct_change", "23", "percent", None, "2013-08-09", "ytd", "close",
         "ytd('RUT','2013-08-09')", 2, "num", "pct", "", ""),
        ("which is up 19 percent", "SPX", "ytd_pct_change", "19", "percent", None, "2013-08-09", "ytd", "close",
         "ytd('GSPC','2013-08-09')", 2, "num", "pct", "", ""),
        ("up 18 percent", "DJI", "ytd_pct_change", "18", "percent", None, "2013-08-09", "ytd", "close",
         "ytd('DJI','2013-08-09')", 2, "num", "pct", "", ""),
        ("4-1/2 years", "RUT", "years_since_bull_market_start", "4.5", "years", None, "2013-08-09", None, None,
         "(T('2013-08-09') - T('2009-03-09')).days / 365.25", 2, "M:supported", "pts", "2009-03-09 -> 2013-08-09",
         "4.42 years; a half-year fraction (4-1/2) is judged at half-year resolution, and 4.42 rounds to 4-1/2."),
        ("up 205 percent since the bull market began in March 2009", "RUT", "pct_change_since_bear_low", "205", "percent", None, "2013-08-09", "since 2009-03-09", "close",
         "ret('RUT','2009-03-09','2013-08-09')", 2, "num", "pct", "RUT 2009-03-09 close 343.26", "From the 2009-03-09 close (the low of the S&P 500; the Russell's closing low was also 2009-03-09)."),
        ("up 150 percent", "SPX", "pct_change_since_bear_low", "150", "percent", None, "2013-08-09", "since 2009-03-09", "close",
         "ret('GSPC','2009-03-09','2013-08-09')", 2, "num", "pct", "S&P 500 2009-03-09 close 676.53", ""),
        ("up 24 percent this year", "SP600", "ytd_pct_change", "24", "percent", None, "2013-08-09", "ytd", "close",
         None, 2, "U", None, "", "S&P SmallCap 600 is not in the files."),
        ("$18.2 billion", "FUND_FLOWS", "ytd_net_inflows", "18.2", "usd_billion", None, "2013-08-09", "ytd", None,
         None, 1, "U", None, "", "Fund flows are not in the files."),
        ("best year since 2004", "FUND_FLOWS", "best_year_since", "2004", "year", None, "2013", None, None,
         None, 0, "N", None, "", "Conditional ('if that pace holds')."),
        ("$20.8 billion", "FUND_FLOWS", "annual_net_inflows_2004", "20.8", "usd_billion", None, "2004", "1y", None,
         None, 1, "U", None, "", "Fund flows are not in the files."),
    ])

P4 = dict(
    id="fedweek_200510_small_caps_seventh_year",
    source={"site": "fedweek.com", "url": "https://www.fedweek.com/retirement-financial-planning/small-wonders-4",
            "original_outlet": "FEDweek (retirement and financial planning column)"},
    published="2005-10", published_confidence="medium",
    published_note="no date on the page; the column quotes returns 'through the third quarter of 2005' (to Friday 2005-09-30) and talks of year-end as still ahead, so it appeared in October 2005.",
    text_kind=CPC,
    text=("Small wonders. Through the third quarter of 2005, the Russell 2000 Index of small-cap stocks showed a 3.38 percent total "
          "return for the year, 0.61 percent more than the large-cap Standard & Poor's 500 Index. If small caps hold that lead over "
          "large caps through year-end, it will be the seventh straight year of such outperformance. Mutual fund results point the "
          "same way. Morningstar reports that small-value funds lead every diversified stock category for 10-year (13.04 percent), "
          "five-year (14.59 percent) and three-year (24.23 percent) returns. Small-growth funds have not done nearly as well, but they "
          "have still comfortably beaten large-growth funds over every recent period. Ever since 1998, small has been beautiful. "
          "Going forward, though, that may not hold: small caps in general, and small-value funds in particular, may be due for a "
          "breather after such a long run of superior results. So while you should not ignore small caps, you probably should not "
          "put outsized amounts of new money into the asset class."),
    claims=[
        ("3.38 percent total", "RUT", "ytd_total_return", "3.38", "percent", None, "2005-09-30", "ytd", "total return",
         "ytd('RUT','2005-09-30')", 2, "U", None, "price change only", "Total return; the files hold only the price index (price YTD is the value)."),
        ("0.61 percent more", "RUT", "ytd_total_return_lead_vs_SPX", "0.61", "percentage_points", None, "2005-09-30", "ytd", "total return",
         "ytd('RUT','2005-09-30') - ytd('GSPC','2005-09-30')", 2, "U", None, "price-return difference",
         "Total-return gap; price-return gap from the files is the value, which cannot decide a total-return figure."),
        ("seventh straight year", "RUT", "consecutive_years_outperforming_SPX", "7", "years", None, "2005-12-31", "1y", "close",
         "yearly_rel('RUT','GSPC',1999,2004)", 2, "N", None, "RUT minus S&P 500 price change, 1999..2004",
         "Conditional on the year-end result. The six earlier years (1999-2004) all show the Russell ahead in price terms (value)."),
        ("13.04 percent", "MORNINGSTAR_SMALL_VALUE", "annualized_return_10y", "13.04", "percent", None, "2005-09-30", "10y", None,
         None, 2, "U", None, "", "Fund-category returns are not in the files."),
        ("14.59 percent", "MORNINGSTAR_SMALL_VALUE", "annualized_return_5y", "14.59", "percent", None, "2005-09-30", "5y", None,
         None, 2, "U", None, "", "Fund-category returns are not in the files."),
        ("24.23 percent", "MORNINGSTAR_SMALL_VALUE", "annualized_return_3y", "24.23", "percent", None, "2005-09-30", "3y", None,
         None, 2, "U", None, "", "Fund-category returns are not in the files."),
        ("Ever since 1998", "RUT", "outperformed_SPX_each_year_since", "1998", "year", None, "2005-09-30", "1y", "close",
         "yearly_rel('RUT','GSPC',1999,2004) + [round(ytd('RUT','2005-09-30') - ytd('GSPC','2005-09-30'), 2)]", 2, "M:supported", None,
         "RUT minus S&P 500 price change for 1999..2004 and 2005 to Sep 30",
         "Read as 'every year after 1998': all differences are positive. In 1998 itself small caps lagged badly (RUT -3.4% vs S&P +26.7%), so the reading 'from 1998 on' would be false."),
    ])

P5 = dict(
    id="sharechat_20040111_russell_2003_small_caps",
    source={"site": "sharechat.co.nz", "url": "http://www.sharechat.co.nz/article/167d3e78/small-caps-lead-broad-market-rally-in-2003.html",
            "original_outlet": "Sharechat (New Zealand), from a Russell Investment Group release"},
    published="2004-01-11", published_confidence="exact",
    published_note="page dated Sunday 11 January 2004; the figures are for calendar 2003 (last session 2003-12-31).",
    text_kind=CPC,
    text=("Small caps lead broad market rally in 2003. Small-cap stocks surged in 2003, leading a rebound in the US equity market "
          "and beating their large-cap counterparts by more than 17 percentage points, according to indexes produced by Russell "
          "Investment Group. More than US$182 billion is invested in index funds modelled on the Russell indexes. The small-cap "
          "Russell 2000 Index gained a record 47.3% for the year, while the large-cap Russell 1000 Index rose 29.9%. Australia showed "
          "the same pattern: small caps (the small ordinaries) gained 32.3%, more than double the 13.8% rise of large caps "
          "(S&P/ASX 100). \"Not since 1979 have we seen such a wide performance gap in favour of small caps relative to large caps "
          "in the United States,\" said Dennis Jensen, senior research analyst for Russell. This year's 17.4% gap falls just short "
          "of the record 20.8% gap of 1979, but small caps have now outperformed large caps for five consecutive years, including "
          "each of the final three quarters of 2003. Across Russell's family of 21 indexes, gains ranged from 26.6% for the Russell "
          "Top 200 Growth Index to 48.5% for the Russell 2000 Growth Index. Technology led the broad-market Russell 3000 Index with "
          "a 50% gain, while defensive sectors lagged: utilities (17.3%) and consumer staples (18.3%)."),
    claims=[
        ("more than 17 percentage points", "RUT", "annual_lead_vs_R1000", "17", "percentage_points", "more than", "2003-12-31", "2003", "total return",
         "round(year_ret('RUT',2003) - year_ret('GSPC',2003), 2)", 2, "U", None, "RUT minus S&P 500 price change 2003",
         "Russell 1000 is not in the files and the figures are total returns; against the S&P 500 in price terms the gap is the value (also more than 17)."),
        ("US$182 billion", "INDEX_FUNDS", "assets_tracking_russell", "182", "usd_billion", "more than", "2004-01", None, None,
         None, 0, "U", None, "", "Fund assets are not in the files."),
        ("gained a record 47.3%", "RUT", "annual_total_return", "47.3", "percent", None, "2003-12-31", "2003", "total return",
         "year_ret('RUT',2003)", 2, "U", None, "price change 2003",
         "Total return; the file holds the price index (+45.37%). The 'record' covers 1979-2003 while the file starts in 1987; in the file 2003 is the best calendar year in price terms."),
        ("29.9%", "R1000", "annual_total_return", "29.9", "percent", None, "2003-12-31", "2003", "total return",
         None, 2, "U", None, "", "Russell 1000 is not in the files."),
        ("32.3%", "AUS_SMALL_ORDS", "annual_return", "32.3", "percent", None, "2003-12-31", "2003", None,
         None, 2, "U", None, "", "Australian indexes are not in the files."),
        ("13.8%", "ASX100", "annual_return", "13.8", "percent", None, "2003-12-31", "2003", None,
         None, 2, "U", None, "", "Australian indexes are not in the files."),
        ("Not since 1979", "QUOTE", "widest_gap_since", "1979", "year", None, "2003-12-31", "2003", None,
         None, 0, "U", None, "", "Quoted claim about Russell 2000 vs Russell 1000 back to 1979; neither the Russell 1000 nor pre-1987 Russell 2000 history is in the files."),
        ("17.4% gap", "RUT", "annual_lead_vs_R1000", "17.4", "percentage_points", None, "2003-12-31", "2003", "total return",
         None, 2, "U", None, "", "Russell 1000 total return is not in the files."),
        ("20.8% gap of 1979", "RUT", "record_annual_lead_vs_R1000", "20.8", "percentage_points", None, "1979-12-31", "1979", "total return",
         None, 2, "U", None, "", "1979 is before the file starts."),
        ("five consecutive years", "RUT", "consecutive_years_outperforming_large_caps", "5", "years", None, "2003-12-31", "1y", "close",
         "yearly_rel('RUT','GSPC',1999,2003)", 2, "M:supported", None, "RUT minus S&P 500 price change 1999..2003",
         "Checked with the S&P 500 as the large-cap benchmark (the Russell 1000 is not in the files): the Russell 2000 beat it in each year 1999-2003 (all values positive)."),
        ("each of the final three quarters of 2003", "RUT", "quarters_outperforming_large_caps", "3", "quarters", None, "2003-12-31", "quarter", "close",
         "quarter_rel('RUT','GSPC',2003)", 2, "M:supported", None, "RUT minus S&P 500 price change by quarter of 2003 (Q1..Q4)",
         "Q2, Q3 and Q4 all positive against the S&P 500 (Russell 1000 not in the files)."),
        ("family of 21 indexes", "RUSSELL_INDEXES", "count", "21", "count", None, "2003-12-31", None, None,
         None, 0, "U", None, "", "Not a market figure in the files."),
        ("26.6%", "RUSSELL_TOP200_GROWTH", "annual_total_return", "26.6", "percent", None, "2003-12-31", "2003", "total return",
         None, 2, "U", None, "", "Style index not in the files."),
        ("48.5%", "R2000_GROWTH", "annual_total_return", "48.5", "percent", None, "2003-12-31", "2003", "total return",
         None, 2, "U", None, "", "Style index not in the files."),
        ("a 50% gain", "R3000_TECH", "annual_return", "50", "percent", None, "2003-12-31", "2003", None,
         None, 2, "U", None, "", "Sector index not in the files."),
        ("utilities (17.3%)", "R3000_UTILITIES", "annual_return", "17.3", "percent", None, "2003-12-31", "2003", None,
         None, 2, "U", None, "", "Sector index not in the files."),
        ("consumer staples (18.3%)", "R3000_STAPLES", "annual_return", "18.3", "percent", None, "2003-12-31", "2003", None,
         None, 2, "U", None, "", "Sector index not in the files."),
    ])

P6 = dict(
    id="bespoke_20130715_rut_seventh_record_close",
    source={"site": "seekingalpha.com", "url": "http://seekingalpha.com/article/1550022-7th-straight-record-close-for-the-russell-2000",
            "original_outlet": "Bespoke Investment Group, republished on Seeking Alpha"},
    published="2013-07-15", published_confidence="medium",
    published_note="no date in the text; it reports a seventh straight record close 'Monday', which the files put on Monday 2013-07-15 (record closes 07-05 through 07-15); the republication may be dated a day later.",
    text_kind=CPC,
    text=("7th Straight Record Close For The Russell 2000. The small-cap Russell 2000 finished Monday at a record closing high for "
          "the seventh session in a row. The last time the index put together seven or more record closes in a row was in October "
          "1997, and there have been 17 such runs dating back to 1979. A table accompanying the note lists each of the 17 earlier "
          "runs together with how the index did over the following four weeks, counted from the seventh straight record close. "
          "After the most recent run, back in 1997, the Russell 2000 fell 4.63%. That drop, however, was one of only four periods "
          "in which the index lost ground. Overall, the Russell 2000 has gained an average of 1.45% in the four weeks after such "
          "streaks, with positive returns 76.5% of the time. In other words, history suggests that strings of records like this "
          "one have tended to be followed by further, if modest, gains for small caps rather than by an immediate reversal."),
    claims=[
        ("seventh session in a row", "RUT", "record_close_streak", "7", "sessions", None, "2013-07-15", None, "close",
         "record_streak('RUT','2013-07-15')", 0, "num", "count", "record closes 2013-07-05, 08, 09, 10, 11, 12, 15", ""),
        ("in October 1997", "RUT", "last_record_streak_of_7_month", "1997-10", "month", None, "2013-07-15", None, "close",
         "last_record_streak_at_least('RUT','2013-07-15',7)[:7]", 0, "eq", None, "",
         "Month of the last session before this run on which a run of at least seven record closes stood."),
        ("17 such runs", "RUT", "count_record_streaks_7_since_1979", "17", "count", None, "2013-07-15", "since 1979", "close",
         None, 0, "U", None, "", "Needs Russell 2000 history from 1979; the file starts in 1987-09."),
        ("fell 4.63%", "RUT", "four_week_change_after_streak", "-4.63", "percent", None, "1997-10", "4w", "close",
         "fwd_ret('RUT', last_record_streak_at_least('RUT','2013-07-15',7), 20)", 2, "num", "pct",
         "1997-10-07 463.78 -> 1997-11-04 442.31 (20 sessions = four weeks)",
         "The last run of seven record closes before 2013 was 1997-09-29..1997-10-07 (seventh day 1997-10-07); four weeks (20 sessions) later the index was 4.63% lower."),
        ("only four periods", "RUT", "count_negative_4w_after_streaks", "4", "count", None, "2013-07-15", "since 1979", "close",
         None, 0, "U", None, "", "Needs pre-1987 history."),
        ("average of 1.45%", "RUT", "avg_4w_change_after_streaks", "1.45", "percent", None, "2013-07-15", "since 1979", "close",
         None, 2, "U", None, "", "Needs pre-1987 history."),
        ("76.5% of the time", "RUT", "share_positive_4w_after_streaks", "76.5", "percent", None, "2013-07-15", "since 1979", "close",
         None, 2, "U", None, "", "Needs pre-1987 history."),
    ])

P7 = dict(
    id="ap_20030322_dow_eighth_straight_gain",
    source={"site": "theledger.com", "url": "http://www.theledger.com/article/20030322/NEWS/303220336?Title=Stocks-See-8th-Straight-Gains-on-Hopes-of-Short-War-",
            "original_outlet": "Associated Press (The Ledger, Lakeland FL)"},
    published="2003-03-22", published_confidence="exact",
    published_note="page 'Published: Saturday, March 22, 2003'; the story describes Friday 2003-03-21.",
    text_kind=CPC,
    text=("NEW YORK -- Wall Street rallied in step with the escalating war in Iraq on Friday, lifting the Dow Jones industrials "
          "235 points and giving the blue chips their strongest weekly gain in more than two decades. The Dow and the Standard & "
          "Poor's 500 index both notched an eighth straight day of gains, the best run in nearly six years for the S&P 500 and in "
          "more than four years for the blue chips. Trading was brisk as television screens showed huge explosions around Baghdad, "
          "and analysts said the pictures fed confidence in a swift victory. The Dow closed up 235.37, or 2.8 percent, at 8,521.97, "
          "for an eight-day gain of 997 points. The last time blue-chip stocks had eight winning days was in December 1998. The "
          "broader market also finished sharply higher. The S&P 500 index rose 20.12, or 2.3 percent, to 895.79, for an eight-day "
          "advance of 95 points; the index last posted eight days of gains in June 1997. The Nasdaq composite index gained 19.07, "
          "or 1.4 percent, to 1,421.84, having risen in six of the past eight sessions. For the week, the Dow gained 8.4 percent, "
          "its best performance since the week ended Oct. 8, 1982, when blue-chip stocks advanced 8.7 percent. The Nasdaq gained "
          "6.1 percent this past week, and the S&P rose 7.5 percent. The surge also put the Dow and S&P back in positive territory "
          "for the year for the first time in weeks, with the blue chips ahead 2.2 percent and the S&P up 1.8 percent. The Nasdaq, "
          "higher by 6.5 percent for the year, has outpaced both."),
    claims=[
        ("industrials 235 points", "DJI", "daily_point_change", "235", "index_points", None, "2003-03-21", "1d", "close",
         "chg('DJI','2003-03-21')", 2, "num", "pts", "", "235.37 rounds to 235."),
        ("strongest weekly gain in more than two decades", "DJI", "best_week_since", "more than two decades", "years", "more than", "2003-03-21", "1w", "close",
         "max_week_between('DJI','1992-01-01','2003-03-21')", 2, "U", None, "largest Friday-to-Friday Dow gain in the file before this week (file starts 1992)",
         "Needs Dow weeks back to 1982; the file starts in 1992. Within the file no earlier week matches +8.43% (value), consistent with the claim."),
        ("both notched an eighth straight day of gains", "DJI", "up_streak", "8", "sessions", None, "2003-03-21", None, "close",
         "streak('DJI','2003-03-21')", 0, "num", "count", "", "Dow up 2003-03-12 through 2003-03-21."),
        ("Poor's 500 index both notched", "SPX", "up_streak", "8", "sessions", None, "2003-03-21", None, "close",
         "streak('GSPC','2003-03-21')", 0, "num", "count", "", "Same sentence, S&P 500 streak."),
        ("nearly six years for the S&P 500", "SPX", "years_since_last_8day_streak", "6", "years", "nearly", "2003-03-21", None, "close",
         "(T('2003-03-21') - T(last_streak_at_least('GSPC','2003-03-21',8))).days / 365.25", 2, "nearly", "pts",
         "last earlier 8-day S&P winning streak ended on the date in the June 1997 claim", ""),
        ("more than four years for the blue chips", "DJI", "years_since_last_8day_streak", "4", "years", "more than", "2003-03-21", None, "close",
         "(T('2003-03-21') - T(last_streak_at_least('DJI','2003-03-21',8))).days / 365.25", 2, "more", "pts", "", ""),
        ("closed up 235.37", "DJI", "daily_point_change", "235.37", "index_points", None, "2003-03-21", "1d", "close",
         "chg('DJI','2003-03-21')", 2, "num", "pts", "", ""),
        ("or 2.8 percent", "DJI", "daily_pct_change", "2.8", "percent", None, "2003-03-21", "1d", "close",
         "pct('DJI','2003-03-21')", 2, "num", "pct", "", ""),
        ("8,521.97", "DJI", "close_level", "8521.97", "index_points", None, "2003-03-21", None, "close",
         "close('DJI','2003-03-21')", 2, "num", "level", "", ""),
        ("eight-day gain of 997 points", "DJI", "points_change_8_sessions", "997", "index_points", None, "2003-03-21", "8d", "close",
         "pts_n('DJI','2003-03-21',8)", 2, "num", "pts", "8521.97 - 7524.06 (2003-03-11)", "997.91 rounds to 998: the text truncates (imprecise per the dev rule on truncated figures)."),
        ("eight winning days was in December 1998", "DJI", "last_8day_streak_month", "1998-12", "month", None, "2003-03-21", None, "close",
         "last_streak_at_least('DJI','2003-03-21',8)[:7]", 0, "eq", None, "", ""),
        ("rose 20.12", "SPX", "daily_point_change", "20.12", "index_points", None, "2003-03-21", "1d", "close",
         "chg('GSPC','2003-03-21')", 2, "num", "pts", "", ""),
        ("or 2.3 percent", "SPX", "daily_pct_change", "2.3", "percent", None, "2003-03-21", "1d", "close",
         "pct('GSPC','2003-03-21')", 2, "num", "pct", "", ""),
        ("895.79", "SPX", "close_level", "895.79", "index_points", None, "2003-03-21", None, "close",
         "close('GSPC','2003-03-21')", 2, "num", "level", "", ""),
        ("advance of 95 points", "SPX", "points_change_8_sessions", "95", "index_points", None, "2003-03-21", "8d", "close",
         "pts_n('GSPC','2003-03-21',8)", 2, "num", "pts", "895.79 - 800.73 (2003-03-11)", ""),
        ("eight days of gains in June 1997", "SPX", "last_8day_streak_month", "1997-06", "month", None, "2003-03-21", None, "close",
         "last_streak_at_least('GSPC','2003-03-21',8)[:7]", 0, "eq", None, "", ""),
        ("gained 19.07", "IXIC", "daily_point_change", "19.07", "index_points", None, "2003-03-21", "1d", "close",
         "chg('IXIC','2003-03-21')", 2, "num", "pts", "", ""),
        ("or 1.4 percent", "IXIC", "daily_pct_change", "1.4", "percent", None, "2003-03-21", "1d", "close",
         "pct('IXIC','2003-03-21')", 2, "num", "pct", "", ""),
        ("1,421.84", "IXIC", "close_level", "1421.84", "index_points", None, "2003-03-21", None, "close",
         "close('IXIC','2003-03-21')", 2, "num", "level", "", ""),
        ("six of the past eight sessions", "IXIC", "up_days_in_window", "6", "sessions", None, "2003-03-21", "8d", "close",
         "up_days('IXIC','2003-03-21',8)", 0, "num", "count", "", ""),
        ("the Dow gained 8.4 percent", "DJI", "weekly_pct_change", "8.4", "percent", None, "2003-03-21", "1w", "close",
         "week_ret('DJI','2003-03-21')", 2, "num", "pct", "8521.97 vs 7859.71 (2003-03-14)", ""),
        ("since the week ended Oct. 8, 1982", "DJI", "best_week_since", "1982-10-08", "date", None, "2003-03-21", "1w", "close",
         None, 0, "U", None, "", "Dow file starts in 1992."),
        ("advanced 8.7 percent", "DJI", "weekly_pct_change", "8.7", "percent", None, "1982-10-08", "1w", "close",
         None, 2, "U", None, "", "Dow file starts in 1992."),
        ("gained 6.1 percent this past week", "IXIC", "weekly_pct_change", "6.1", "percent", None, "2003-03-21", "1w", "close",
         "week_ret('IXIC','2003-03-21')", 2, "num", "pct", "", ""),
        ("the S&P rose 7.5 percent", "SPX", "weekly_pct_change", "7.5", "percent", None, "2003-03-21", "1w", "close",
         "week_ret('GSPC','2003-03-21')", 2, "num", "pct", "", ""),
        ("for the first time in weeks", "DJI", "last_positive_ytd_close", "weeks", "date", None, "2003-03-21", "ytd", "close",
         "[last_ytd_positive_before('DJI','2003-03-21'), last_ytd_positive_before('GSPC','2003-03-21')]", 0, "M:supported", None,
         "last earlier 2003 closes above the 2002 year-end level, Dow and S&P 500",
         "Both indexes last closed above their 2002 year-end levels in January-February 2003 (value), several weeks before."),
        ("ahead 2.2 percent", "DJI", "ytd_pct_change", "2.2", "percent", None, "2003-03-21", "ytd", "close",
         "ytd('DJI','2003-03-21')", 2, "num", "pct", "", ""),
        ("S&P up 1.8 percent", "SPX", "ytd_pct_change", "1.8", "percent", None, "2003-03-21", "ytd", "close",
         "ytd('GSPC','2003-03-21')", 2, "num", "pct", "", ""),
        ("higher by 6.5 percent for the year", "IXIC", "ytd_pct_change", "6.5", "percent", None, "2003-03-21", "ytd", "close",
         "ytd('IXIC','2003-03-21')", 2, "num", "pct", "", ""),
    ])

P8 = dict(
    id="baltimoresun_20030318_dow_282_ultimatum",
    source={"site": "articles.baltimoresun.com", "url": "http://articles.baltimoresun.com/2003-03-18/business/0303180326_1_war-with-iraq-investors-toll",
            "original_outlet": "The Baltimore Sun (Eileen Ambrose)"},
    published="2003-03-18", published_confidence="exact",
    published_note="dated March 18, 2003 on the page and in the URL; 'yesterday' is Monday 2003-03-17.",
    text_kind=CPC,
    text=("Stocks surge at approach of war with Iraq. Stock prices soared yesterday as war with Iraq looked imminent rather than "
          "uncertain, and investors grew confident that a U.S.-led invasion would be short and successful. The Dow Jones industrial "
          "average, an index of 30 blue-chip stocks, jumped 282.21 points, or 3.59 percent, to 8,141.92; every member of the "
          "average rose except Altria Group Inc. In the past four trading days the Dow has gained 617.86 points, allowing it to "
          "close above 8,000 yesterday for the first time since Feb. 21. Yesterday's gain was the average's biggest since Oct. 15, "
          "when it soared 378.28 to 8,255.68. The technology-laden Nasdaq composite index gained 51.94, or 3.87 percent, to "
          "1,392.27. The Standard & Poor's 500 index, a broader gauge of the market, rose 29.52, or 3.54 percent, to 862.79. "
          "Investors were reacting to White House statements that President Bush was abandoning diplomacy and giving Iraqi leader "
          "Saddam Hussein an ultimatum to leave the country. Months of uncertainty about a possible war had held stock prices down "
          "while investors waited on the sidelines, analysts said. \"The anticipation is too painful,\" said Diane Swonk, chief "
          "economist with Bank One in Chicago. Now, she said, the Iraqi leader is being given \"48 hours to get out of Dodge.\""),
    claims=[
        ("jumped 282.21 points", "DJI", "daily_point_change", "282.21", "index_points", None, "2003-03-17", "1d", "close",
         "chg('DJI','2003-03-17')", 2, "num", "pts", "", ""),
        ("or 3.59 percent", "DJI", "daily_pct_change", "3.59", "percent", None, "2003-03-17", "1d", "close",
         "pct('DJI','2003-03-17')", 2, "num", "pct", "", ""),
        ("8,141.92", "DJI", "close_level", "8141.92", "index_points", None, "2003-03-17", None, "close",
         "close('DJI','2003-03-17')", 2, "num", "level", "", ""),
        ("every member of the", "DJI", "components_up", "29", "count", None, "2003-03-17", "1d", "close",
         None, 0, "U", None, "", "Dow components are not in the files."),
        ("617.86 points", "DJI", "points_change_4_sessions", "617.86", "index_points", None, "2003-03-17", "4d", "close",
         "pts_n('DJI','2003-03-17',4)", 2, "num", "pts", "8141.92 - 7524.06 (2003-03-11)", ""),
        ("first time since Feb. 21", "DJI", "last_close_above_8000", "2003-02-21", "date", None, "2003-03-17", None, "close",
         "last_close_at_or_above('DJI','2003-03-17',8000)", 0, "eq", None, "", "Last earlier Dow close at or above 8,000."),
        ("biggest since Oct. 15", "DJI", "biggest_point_gain_since", "2002-10-15", "date", None, "2003-03-17", "1d", "close",
         "last_move_as_big('DJI','2003-03-17','pts')", 0, "since", "DJI", "", "Last earlier daily point gain at least as large as +282.21."),
        ("soared 378.28", "DJI", "daily_point_change", "378.28", "index_points", None, "2002-10-15", "1d", "close",
         "chg('DJI','2002-10-15')", 2, "num", "pts", "", "The Oct. 15 referred to is 2002-10-15."),
        ("8,255.68", "DJI", "close_level", "8255.68", "index_points", None, "2002-10-15", None, "close",
         "close('DJI','2002-10-15')", 2, "num", "level", "", ""),
        ("gained 51.94", "IXIC", "daily_point_change", "51.94", "index_points", None, "2003-03-17", "1d", "close",
         "chg('IXIC','2003-03-17')", 2, "num", "pts", "", ""),
        ("or 3.87 percent", "IXIC", "daily_pct_change", "3.87", "percent", None, "2003-03-17", "1d", "close",
         "pct('IXIC','2003-03-17')", 2, "num", "pct", "", ""),
        ("1,392.27", "IXIC", "close_level", "1392.27", "index_points", None, "2003-03-17", None, "close",
         "close('IXIC','2003-03-17')", 2, "num", "level", "", ""),
        ("rose 29.52", "SPX", "daily_point_change", "29.52", "index_points", None, "2003-03-17", "1d", "close",
         "chg('GSPC','2003-03-17')", 2, "num", "pts", "", ""),
        ("or 3.54 percent", "SPX", "daily_pct_change", "3.54", "percent", None, "2003-03-17", "1d", "close",
         "pct('GSPC','2003-03-17')", 2, "num", "pct", "", ""),
        ("862.79", "SPX", "close_level", "862.79", "index_points", None, "2003-03-17", None, "close",
         "close('GSPC','2003-03-17')", 2, "num", "level", "", ""),
        ("48 hours", "QUOTE", "ultimatum_hours", "48", "hours", None, "2003-03-17", None, None,
         None, 0, "N", None, "", "Quoted remark, not a market figure."),
    ])

P9 = dict(
    id="baltimoresun_20020720_dow_390_four_year_low",
    source={"site": "articles.baltimoresun.com", "url": "http://articles.baltimoresun.com/2002-07-20/news/0207200050_1_dow-fell-two-weeks",
            "original_outlet": "The Baltimore Sun (Bill Atkinson)"},
    published="2002-07-20", published_confidence="exact",
    published_note="dated July 20, 2002 on the page and in the URL; 'yesterday' is Friday 2002-07-19.",
    text_kind=CPC,
    text=("Dow slumps 390, hits a 4-year low. Spooked by reports of more government probes and weak earnings prospects, investors "
          "dumped stocks yesterday in a heavy sell-off that sent the Dow Jones industrial average below the 8,000 level and capped "
          "the market's worst two-week performance since 1987. The Dow, an index of 30 large companies, smashed through its "
          "post-Sept. 11 low and sank to 7,961.72 minutes before the 4 p.m. close. It regained enough ground to end the day at "
          "8,019.26, down 390.23 points, or 4.64 percent. The Dow had closed at 8,235.81 on Sept. 21. The index is down nearly 20 "
          "percent this year. In the past two weeks alone it has lost 15.1 percent of its value, its worst showing since the "
          "two-week period from Oct. 12 to Oct. 23, 1987, when the index fell 22.7 percent. In the past 10 trading days, only once "
          "did the Dow close with a gain. \"It is as ugly as I have ever seen it,\" said Andrew M. Brooks, head of equity trading at "
          "T. Rowe Price Group. Other indexes followed the trend. The Standard & Poor's 500 index fell 33.81 points, or 3.84 percent, "
          "to 847.75, and the Nasdaq composite index fell 37.80 points, or 2.79 percent, to 1,319.15. For the two-week period, the "
          "S&P 500 has lost 14.79 percent, while the Nasdaq is off 9.15 percent. Trading was heavy, with 2.7 billion shares changing "
          "hands on the New York Stock Exchange."),
    claims=[
        ("hits a 4-year low", "DJI", "lowest_close_since", "4 years", "years", None, "2002-07-19", None, "close",
         "lowest_since('DJI','2002-07-19')", 0, "M:supported", None, "last earlier close at or below 8019.26",
         "The last lower Dow close was in October 1998 (value), about 3.8 years earlier: a '4-year low' in headline rounding."),
        ("below the 8,000 level", "DJI", "intraday_below_level", "8000", "index_points", None, "2002-07-19", None, "intraday low",
         "close('DJI','2002-07-19','low')", 2, "M:supported", None, "session low", "Intraday only: the session low (value) is under 8,000; the close was above it."),
        ("worst two-week performance since 1987", "DJI", "worst_two_weeks_since", "1987", "year", None, "2002-07-19", "2w", "close",
         None, 0, "U", None, "", "Needs Dow history before 1992."),
        ("smashed through its", "DJI", "close_below_post_911_low", "true", "flag", None, "2002-07-19", None, "close",
         "close('DJI','2002-07-19') < close('DJI','2001-09-21')", 2, "eq", None, "8019.26 vs 8235.81 (2001-09-21 close)", ""),
        ("sank to 7,961.72", "DJI", "late_session_level", "7961.72", "index_points", None, "2002-07-19", None, "minutes before the close",
         "[close('DJI','2002-07-19','low'), close('DJI','2002-07-19','high')]", 2, "M:imprecise", None, "session low-high",
         "A late-session level 5 points (0.06%) under the session low in the file (7966.72): just outside the range."),
        ("8,019.26", "DJI", "close_level", "8019.26", "index_points", None, "2002-07-19", None, "close",
         "close('DJI','2002-07-19')", 2, "num", "level", "", ""),
        ("down 390.23 points", "DJI", "daily_point_change", "-390.23", "index_points", None, "2002-07-19", "1d", "close",
         "chg('DJI','2002-07-19')", 2, "num", "pts", "", ""),
        ("or 4.64 percent", "DJI", "daily_pct_change", "-4.64", "percent", None, "2002-07-19", "1d", "close",
         "pct('DJI','2002-07-19')", 2, "num", "pct", "", ""),
        ("8,235.81 on Sept. 21", "DJI", "close_level", "8235.81", "index_points", None, "2001-09-21", None, "close",
         "close('DJI','2001-09-21')", 2, "num", "level", "", "The post-attack closing low of 2001-09-21."),
        ("down nearly 20", "DJI", "ytd_pct_change", "-20", "percent", "nearly", "2002-07-19", "ytd", "close",
         "ytd('DJI','2002-07-19')", 2, "nearly", "pct", "8019.26 vs 10021.50 (2001-12-31)", ""),
        ("lost 15.1 percent", "DJI", "pct_change_10_sessions", "-15.1", "percent", None, "2002-07-19", "2w", "close",
         "ret_n('DJI','2002-07-19',10)", 2, "num", "pct", "8019.26 vs 9379.50 (2002-07-05)",
         "Two weeks close to close = -14.50%. The stated figure fits the intraday high of 07-05 to the intraday low of 07-19 (-15.07%), not the closes."),
        ("Oct. 12 to Oct. 23, 1987", "DJI", "two_week_change_1987", "1987-10-12/1987-10-23", "dates", None, "1987-10-23", "2w", "close",
         None, 0, "U", None, "", "Dow file starts in 1992."),
        ("fell 22.7 percent", "DJI", "two_week_change_1987", "-22.7", "percent", None, "1987-10-23", "2w", "close",
         None, 2, "U", None, "", "Dow file starts in 1992."),
        ("only once", "DJI", "up_days_in_window", "1", "sessions", None, "2002-07-19", "10d", "close",
         "up_days('DJI','2002-07-19',10)", 0, "num", "count", "only 2002-07-17 closed higher", ""),
        ("fell 33.81 points", "SPX", "daily_point_change", "-33.81", "index_points", None, "2002-07-19", "1d", "close",
         "chg('GSPC','2002-07-19')", 2, "num", "pts", "", ""),
        ("or 3.84 percent", "SPX", "daily_pct_change", "-3.84", "percent", None, "2002-07-19", "1d", "close",
         "pct('GSPC','2002-07-19')", 2, "num", "pct", "", ""),
        ("847.75", "SPX", "close_level", "847.75", "index_points", None, "2002-07-19", None, "close",
         "close('GSPC','2002-07-19')", 2, "num", "level", "", ""),
        ("fell 37.80 points", "IXIC", "daily_point_change", "-37.80", "index_points", None, "2002-07-19", "1d", "close",
         "chg('IXIC','2002-07-19')", 2, "num", "pts", "", ""),
        ("or 2.79 percent", "IXIC", "daily_pct_change", "-2.79", "percent", None, "2002-07-19", "1d", "close",
         "pct('IXIC','2002-07-19')", 2, "num", "pct", "", ""),
        ("1,319.15", "IXIC", "close_level", "1319.15", "index_points", None, "2002-07-19", None, "close",
         "close('IXIC','2002-07-19')", 2, "num", "level", "", ""),
        ("lost 14.79 percent", "SPX", "pct_change_10_sessions", "-14.79", "percent", None, "2002-07-19", "2w", "close",
         "ret_n('GSPC','2002-07-19',10)", 2, "num", "pct", "847.75 vs 989.03 (2002-07-05)", ""),
        ("off 9.15 percent", "IXIC", "pct_change_10_sessions", "-9.15", "percent", None, "2002-07-19", "2w", "close",
         "ret_n('IXIC','2002-07-19',10)", 2, "num", "pct", "1319.15 vs 1448.36 (2002-07-05)", ""),
        ("2.7 billion shares", "NYSE", "volume", "2.7", "billion_shares", None, "2002-07-19", "1d", None,
         None, 1, "U", None, "", "NYSE volume is not in the files."),
    ])

P10 = dict(
    id="cnnmoney_20090310_biggest_gains_of_09",
    source={"site": "money.cnn.com", "url": "https://money.cnn.com/2009/03/10/markets/markets_newyork/index.htm?postversion=2009031016",
            "original_outlet": "CNNMoney.com"},
    published="2009-03-10", published_confidence="exact",
    published_note="date in the URL (postversion 2009031016, a 4 p.m. update); the story describes Tuesday 2009-03-10.",
    text_kind=CPC,
    text=("Stocks: Biggest gains of '09. NEW YORK (CNNMoney.com) -- Stocks rallied Tuesday, with all three major indexes posting "
          "their biggest gains of the year, after Citigroup eased some worries about its future and regulators said they might "
          "restore a key trading rule. The Dow Jones industrial average gained 379 points, or 5.8%, the Dow's biggest one-day "
          "point and percentage gain since Nov. 24, 2008. The S&P 500 index gained 43 points, or 6.4%. It was the biggest one-day "
          "point gain since Dec. 16, 2008 and the biggest on a percentage basis since Nov. 24, 2008. The Nasdaq composite climbed "
          "almost 90 points, or 7.1%, its biggest one-day point gain since Nov. 13, 2008 and biggest percentage gain since Oct. 28, "
          "2008. \"Today's rally was very welcome news from a market that's gone nowhere but down over the last several months,\" "
          "said Michael Sheldon, chief market strategist at RDM Financial Group. Citigroup's chief executive said the bank had been "
          "profitable so far this year, and its shares jumped 38%, leading a broad rally in financial stocks. The advance gathered "
          "speed after Rep. Barney Frank said the Securities and Exchange Commission would restore the \"uptick rule\" on short "
          "sales. Sheldon said stocks could manage more gains for now. \"Overall we are oversold here and there is still a lot of "
          "pessimism in place that could fuel a rally,\" he said."),
    claims=[
        ("all three major indexes posting", "DJI", "biggest_daily_gain_of_year_all_three", "true", "flag", None, "2009-03-10", "ytd", "close",
         "all(moves(x).loc['2009-01-01':'2009-03-10'].idxmax() == T('2009-03-10') for x in ('DJI','GSPC','IXIC'))", 2, "eq", None,
         "largest 2009 daily % gain of the Dow, S&P 500 and Nasdaq", ""),
        ("gained 379 points", "DJI", "daily_point_change", "379", "index_points", None, "2009-03-10", "1d", "close",
         "chg('DJI','2009-03-10')", 2, "num", "pts", "", ""),
        ("or 5.8%", "DJI", "daily_pct_change", "5.8", "percent", None, "2009-03-10", "1d", "close",
         "pct('DJI','2009-03-10')", 2, "num", "pct", "", ""),
        ("point and percentage gain since Nov. 24, 2008", "DJI", "biggest_point_gain_since", "2008-11-24", "date", None, "2009-03-10", "1d", "close",
         "last_move_as_big('DJI','2009-03-10','pts')", 0, "since", "DJI", "", "Point reading of 'point and percentage gain since Nov. 24'."),
        ("the Dow's biggest one-day", "DJI", "biggest_pct_gain_since", "2008-11-24", "date", None, "2009-03-10", "1d", "close",
         "last_move_as_big('DJI','2009-03-10','pct')", 0, "since", "DJI", "", "Percentage reading of the same phrase (anchor on the Dow sentence)."),
        ("gained 43 points", "SPX", "daily_point_change", "43", "index_points", None, "2009-03-10", "1d", "close",
         "chg('GSPC','2009-03-10')", 2, "num", "pts", "", ""),
        ("or 6.4%", "SPX", "daily_pct_change", "6.4", "percent", None, "2009-03-10", "1d", "close",
         "pct('GSPC','2009-03-10')", 2, "num", "pct", "", ""),
        ("point gain since Dec. 16, 2008", "SPX", "biggest_point_gain_since", "2008-12-16", "date", None, "2009-03-10", "1d", "close",
         "last_move_as_big('GSPC','2009-03-10','pts')", 0, "since", "GSPC", "", ""),
        ("percentage basis since Nov. 24, 2008", "SPX", "biggest_pct_gain_since", "2008-11-24", "date", None, "2009-03-10", "1d", "close",
         "last_move_as_big('GSPC','2009-03-10','pct')", 0, "since", "GSPC", "", ""),
        ("almost 90 points", "IXIC", "daily_point_change", "90", "index_points", "almost", "2009-03-10", "1d", "close",
         "chg('IXIC','2009-03-10')", 2, "nearly", "pts", "", ""),
        ("or 7.1%", "IXIC", "daily_pct_change", "7.1", "percent", None, "2009-03-10", "1d", "close",
         "pct('IXIC','2009-03-10')", 2, "num", "pct", "", ""),
        ("point gain since Nov. 13, 2008", "IXIC", "biggest_point_gain_since", "2008-11-13", "date", None, "2009-03-10", "1d", "close",
         "last_move_as_big('IXIC','2009-03-10','pts')", 0, "since", "IXIC", "", ""),
        ("percentage gain since Oct. 28", "IXIC", "biggest_pct_gain_since", "2008-10-28", "date", None, "2009-03-10", "1d", "close",
         "last_move_as_big('IXIC','2009-03-10','pct')", 0, "since", "IXIC", "", ""),
        ("jumped 38%", "C", "daily_pct_change", "38", "percent", None, "2009-03-10", "1d", "close",
         None, 2, "U", None, "", "Citigroup shares are not in the files."),
    ])

_D = "2009-03-23"
def _mv(t, d, pct_v, pts_v, apct, apts, note=""):
    tk = {"DJI": "DJI", "GSPC": "SPX", "IXIC": "IXIC"}[t]
    return [
        (apts, tk, "daily_point_change", pts_v, "index_points", None, d, "1d", "close", f"chg('{t}','{d}')", 2, "num", "pts", "", note),
        (apct, tk, "daily_pct_change", pct_v, "percent", None, d, "1d", "close", f"pct('{t}','{d}')", 2, "num", "pct", "", note),
    ]

P11 = dict(
    id="cnbc_20090323_three_indexes_up_six_and_half",
    source={"site": "cnbc.com", "url": "https://www.cnbc.com/id/29841615", "original_outlet": "CNBC (By the Numbers)"},
    published="2009-03-23", published_confidence="high",
    published_note="the item says 'as of March 23' and describes Monday's rally; the files put the Dow at 7775.86 on Monday 2009-03-23.",
    text_kind=CPC,
    text=("Monday's Rally and the Major Indexes. In today's rally the Dow, the S&P and the Nasdaq Composite all closed up 6.5% or "
          "greater on the same day for the first time since November 13, 2008, something that has happened only 4 times before, "
          "3 times in 2008 and once in 1987. On Monday the Dow closed at 7775.86, up 497.48 points or 6.84%, the S&P closed at "
          "882.92, up 54.38 points or 7.08%, and the Nasdaq Composite ended at 1555.77, up 98.5 points or 6.76%. The earlier "
          "occasions, for the Dow: 11/13/2008, up 552.59 points or 6.67%; 10/28/2008, up 889.35 points or 10.88%; 10/13/2008, up "
          "936.42 points or 11.08%; 10/21/1987, up 186.84 points or 10.15%. For the S&P: 11/13/2008, up 58.99 points or 6.92%; "
          "10/28/2008, up 91.59 points or 10.79%; 10/13/2008, up 104.13 points or 11.58%; 10/21/1987, up 21.55 points or 9.1%. "
          "For the Nasdaq: 11/13/2008, up 97.49 points or 6.5%; 10/28/2008, up 143.57 points or 9.53%; 10/13/2008, up 194.74 "
          "points or 11.81%; 10/21/1987, up 24.07 points or 7.34%. IBM, JPMorgan Chase, Chevron and Exxon Mobil led the Dow, while "
          "financials such as Ambac Financial, XL Capital and Lincoln National led the S&P higher. With the big rally all three "
          "indexes have added to their gains for the month: the Dow is tracking its first monthly gain since 8/29/2008, and the S&P "
          "and Nasdaq their first since 12/31/08. The Dow, S&P and Nasdaq are currently up 10.1%, 11.95% and 12.91% month to date, "
          "as of March 23."),
    claims=[
        ("for the first time since November 13, 2008", "DJI", "all_three_up_6.5pct_last_date", "2008-11-13", "date", None, _D, "1d", "close",
         f"all_up_at_least('{_D}', 6.5)", 0, "eq", None, "last earlier session with Dow, S&P 500 and Nasdaq all up >= 6.5%", ""),
        ("only 4 times before", "DJI", "count_all_three_up_6.5pct", "4", "count", None, _D, None, "close",
         f"count_all_up_at_least('1992-01-01','2009-03-20',6.5)", 0, "U", None, "count in the files from 1992 (Dow file start)",
         "The Dow file starts in 1992, so 1987 cannot be counted; from 1992 the files give 3 (all in 2008), and S&P/Nasdaq also rose more than 6.5% on 1987-10-21."),
        ("3 times in 2008", "DJI", "count_all_three_up_6.5pct_2008", "3", "count", None, "2008-12-31", "2008", "close",
         "count_all_up_at_least('2008-01-01','2008-12-31',6.5)", 0, "num", "count", "", ""),
        ("once in 1987", "DJI", "count_all_three_up_6.5pct_1987", "1", "count", None, "1987-12-31", "1987", "close",
         None, 0, "U", None, "", "Dow file starts in 1992."),
    ] + [
        ("7775.86", "DJI", "close_level", "7775.86", "index_points", None, _D, None, "close", f"close('DJI','{_D}')", 2, "num", "level", "", ""),
        ("882.92", "SPX", "close_level", "882.92", "index_points", None, _D, None, "close", f"close('GSPC','{_D}')", 2, "num", "level",
         "GSPC rows: 2009-03-20 close 768.54; 2009-03-23 open 772.31, high 823.37, low 772.31, close 822.92",
         "The stated close is 60 points (7.3%) above the file's close and above the session high; the stated +54.38 fits 768.54 -> 822.92, so 882.92 is a typo of the original (kept)."),
        ("1555.77", "IXIC", "close_level", "1555.77", "index_points", None, _D, None, "close", f"close('IXIC','{_D}')", 2, "num", "level", "", ""),
    ]
    + _mv("DJI", _D, "6.84", "497.48", "points or 6.84%", "up 497.48 points")
    + _mv("GSPC", _D, "7.08", "54.38", "points or 7.08%", "up 54.38 points")
    + _mv("IXIC", _D, "6.76", "98.5", "points or 6.76%", "up 98.5 points")
    + _mv("DJI", "2008-11-13", "6.67", "552.59", "552.59 points or 6.67%", "up 552.59 points")
    + _mv("DJI", "2008-10-28", "10.88", "889.35", "889.35 points or 10.88%", "up 889.35 points")
    + _mv("DJI", "2008-10-13", "11.08", "936.42", "936.42 points or 11.08%", "up \n936.42".replace("\n", "") if False else "936.42 points or")
    + [
        ("186.84", "DJI", "daily_point_change", "186.84", "index_points", None, "1987-10-21", "1d", "close", None, 2, "U", None, "", "Dow file starts in 1992."),
        ("10.15%", "DJI", "daily_pct_change", "10.15", "percent", None, "1987-10-21", "1d", "close", None, 2, "U", None, "", "Dow file starts in 1992."),
    ]
    + _mv("GSPC", "2008-11-13", "6.92", "58.99", "58.99 points or 6.92%", "up 58.99 points")
    + _mv("GSPC", "2008-10-28", "10.79", "91.59", "91.59 points or 10.79%", "up 91.59 points")
    + _mv("GSPC", "2008-10-13", "11.58", "104.13", "104.13 points or 11.58%", "up 104.13 points")
    + _mv("GSPC", "1987-10-21", "9.1", "21.55", "21.55 points or 9.1%", "up 21.55 points")
    + _mv("IXIC", "2008-11-13", "6.5", "97.49", "97.49 points or 6.5%", "up 97.49 points")
    + _mv("IXIC", "2008-10-28", "9.53", "143.57", "143.57 points or 9.53%", "up 143.57 points")
    + _mv("IXIC", "2008-10-13", "11.81", "194.74", "points or 11.81%", "up 194.74")
    + _mv("IXIC", "1987-10-21", "7.34", "24.07", "24.07 points or 7.34%", "up 24.07 points", "1987 Nasdaq closes in the file carry one decimal")
    + [
        ("first monthly gain since 8/29/2008", "DJI", "last_monthly_gain_date", "2008-08-29", "date", "tracking", _D, "1m", "close",
         "last_positive_month_before('DJI','2009-03-01')", 0, "N", None, "last month-end close before March 2009 with a monthly gain",
         "'Tracking' = on pace for March, not checkable; the stated last monthly gain (August 2008, value) matches the files."),
        ("their first since 12/31/08", "SPX", "last_monthly_gain_date", "2008-12-31", "date", "tracking", _D, "1m", "close",
         "[last_positive_month_before('GSPC','2009-03-01'), last_positive_month_before('IXIC','2009-03-01')]", 0, "N", None,
         "S&P 500 and Nasdaq", "'Tracking' = on pace, not checkable; December 2008 was the last monthly gain for both (value)."),
        ("10.1%", "DJI", "mtd_pct_change", "10.1", "percent", None, _D, "mtd", "close", f"mtd('DJI','{_D}')", 2, "num", "pct", "", ""),
        ("11.95%", "SPX", "mtd_pct_change", "11.95", "percent", None, _D, "mtd", "close", f"mtd('GSPC','{_D}')", 2, "num", "pct", "", ""),
        ("12.91%", "IXIC", "mtd_pct_change", "12.91", "percent", None, _D, "mtd", "close", f"mtd('IXIC','{_D}')", 2, "num", "pct", "", ""),
    ])

P12 = dict(
    id="marketwatch_20080311_dow_416_fed_liquidity",
    source={"site": "efinancialnews.com", "url": "http://www.efinancialnews.com/story/2008-03-12/dow-rallies-in-biggest-gain-in-five-years",
            "original_outlet": "MarketWatch (Kate Gibson), republished by Financial News"},
    published="2008-03-12", published_confidence="exact",
    published_note="dated 12 March 2008 on the page and in the URL; 'yesterday' is Tuesday 2008-03-11.",
    text_kind=CPC,
    text=("Dow rallies in biggest gain in five years. US stocks blasted higher yesterday in a rally fuelled by the Federal Reserve "
          "that had the S&P 500 and Nasdaq Composite climbing the most in more than five years and gave the Dow its fourth-biggest "
          "point jump ever. After recent triple-digit declines, the Dow Jones Industrial Average surged 416.66 points, or 3.6%, to "
          "12,156.81, its largest percentage climb since March 2003. The rally took off at the opening bell, after the Federal "
          "Reserve said it would lend as much as $200bn in securities to boost liquidity in the financial system, and gathered "
          "steam through the day. Of the Dow's 30 components, only Boeing ended in the red, closing down 1.3%, while Citigroup led "
          "the blue chips with a rise of more than 9%. The S&P 500 advanced 47.28 points, or 3.7%, to 1,320.65, while the Nasdaq "
          "Composite added 86.42 points, or 4%, to 2,255.76. Both indexes showed their largest percentage gain since October 2002, "
          "when the market bottomed after the long slump that followed the bursting of the tech bubble and the September 11 attacks. "
          "Volume on the New York Stock Exchange neared 1.9 billion shares, and advancing stocks outran decliners 5 to 1. On the "
          "Nasdaq, 1.1 billion shares changed hands, and advancers beat decliners 3 to 1."),
    claims=[
        ("climbing the most in more than five years", "SPX", "years_since_bigger_pct_gain", "5", "years", "more than", "2008-03-11", "1d", "close",
         "(T('2008-03-11') - T(last_move_as_big('GSPC','2008-03-11','pct'))).days / 365.25", 2, "more", "pts", "last earlier S&P 500 daily % gain at least as large", ""),
        ("fourth-biggest", "DJI", "point_gain_rank", "4", "rank", None, "2008-03-11", "1d", "close",
         "move_rank('DJI','2008-03-11','pts')", 0, "num", "count", "rank among Dow daily point gains in the file (from 1992)",
         "Rank among all Dow point gains up to the day (file from 1992; no pre-1992 day gained more than 186.84 points)."),
        ("surged 416.66 points", "DJI", "daily_point_change", "416.66", "index_points", None, "2008-03-11", "1d", "close",
         "chg('DJI','2008-03-11')", 2, "num", "pts", "", ""),
        ("or 3.6%", "DJI", "daily_pct_change", "3.6", "percent", None, "2008-03-11", "1d", "close",
         "pct('DJI','2008-03-11')", 2, "num", "pct", "", ""),
        ("12,156.81", "DJI", "close_level", "12156.81", "index_points", None, "2008-03-11", None, "close",
         "close('DJI','2008-03-11')", 2, "num", "level", "", ""),
        ("largest percentage climb since March 2003", "DJI", "biggest_pct_gain_since", "2003-03", "month", None, "2008-03-11", "1d", "close",
         "last_move_as_big('DJI','2008-03-11','pct')", 0, "since", "DJI", "", ""),
        ("$200bn", "FED", "securities_lending_facility", "200", "usd_billion", "as much as", "2008-03-11", None, None,
         None, 0, "U", None, "", "Fed facility sizes are not in the files."),
        ("only Boeing ended in the red", "DJI", "components_down", "1", "count", None, "2008-03-11", "1d", "close",
         None, 0, "U", None, "", "Dow components are not in the files."),
        ("closing down 1.3%", "BA", "daily_pct_change", "-1.3", "percent", None, "2008-03-11", "1d", "close",
         None, 2, "U", None, "", "Boeing shares are not in the files."),
        ("more than 9%", "C", "daily_pct_change", "9", "percent", "more than", "2008-03-11", "1d", "close",
         None, 2, "U", None, "", "Citigroup shares are not in the files."),
        ("advanced 47.28 points", "SPX", "daily_point_change", "47.28", "index_points", None, "2008-03-11", "1d", "close",
         "chg('GSPC','2008-03-11')", 2, "num", "pts", "", ""),
        ("or 3.7%", "SPX", "daily_pct_change", "3.7", "percent", None, "2008-03-11", "1d", "close",
         "pct('GSPC','2008-03-11')", 2, "num", "pct", "", ""),
        ("1,320.65", "SPX", "close_level", "1320.65", "index_points", None, "2008-03-11", None, "close",
         "close('GSPC','2008-03-11')", 2, "num", "level", "", ""),
        ("added 86.42 points", "IXIC", "daily_point_change", "86.42", "index_points", None, "2008-03-11", "1d", "close",
         "chg('IXIC','2008-03-11')", 2, "num", "pts", "", ""),
        ("or 4%", "IXIC", "daily_pct_change", "4", "percent", None, "2008-03-11", "1d", "close",
         "pct('IXIC','2008-03-11')", 2, "num", "pct", "", ""),
        ("2,255.76", "IXIC", "close_level", "2255.76", "index_points", None, "2008-03-11", None, "close",
         "close('IXIC','2008-03-11')", 2, "num", "level", "", ""),
        ("largest percentage gain since October 2002", "SPX", "biggest_pct_gain_since", "2002-10", "month", None, "2008-03-11", "1d", "close",
         "last_move_as_big('GSPC','2008-03-11','pct')", 0, "since", "GSPC", "", "'Both indexes': S&P 500 reading."),
        ("when the market bottomed", "IXIC", "biggest_pct_gain_since", "2002-10", "month", None, "2008-03-11", "1d", "close",
         "last_move_as_big('IXIC','2008-03-11','pct')", 0, "since", "IXIC",
         "IXIC rows: 2008-03-11 +3.98% (2255.76 vs 2169.34); daily gains >= 3.98% after October 2002: 2003-03-13 +4.81% (1279.24 -> 1340.77) only",
         "'Both indexes': Nasdaq reading. The Nasdaq's gain was its largest since 2003-03-13, not since October 2002; the true date is later than the stated one, so the 'since' is wrong (contradicted per the since rule)."),
        ("1.9 billion shares", "NYSE", "volume", "1.9", "billion_shares", "nearly", "2008-03-11", "1d", None,
         None, 1, "U", None, "", "Volume is not in the files."),
        ("5 to 1", "NYSE", "advance_decline_ratio", "5", "ratio", None, "2008-03-11", "1d", None,
         None, 0, "U", None, "", "Breadth is not in the files."),
        ("1.1 billion shares", "NASDAQ", "volume", "1.1", "billion_shares", None, "2008-03-11", "1d", None,
         None, 1, "U", None, "", "Volume is not in the files."),
        ("3 to 1", "NASDAQ", "advance_decline_ratio", "3", "ratio", None, "2008-03-11", "1d", None,
         None, 0, "U", None, "", "Breadth is not in the files."),
    ])

PASSAGES = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12]

# Data-precision override: 1987 Nasdaq closes in the file have one decimal (327.8 -> 351.9), so a
# 24.07-point gain cannot be resolved below 0.1 point; judged by hand.
P11["claims"] = [
    (c[:11] + ("M:supported",) + c[12:14] + ("1987 Nasdaq closes in the file carry one decimal (327.8 and 351.9): the file gives 24.1, consistent with 24.07 at the file's precision.",))
    if c[0] == "up 24.07 points" else c
    for c in P11["claims"]
]
