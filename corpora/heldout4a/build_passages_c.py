"""Passages 9-16 (small caps vs large caps) for heldout4a."""
from build_claim import C, P

PASSAGES = []

# ---------------------------------------------------------------- 9
PASSAGES.append(P(
    "etfcom_20140711_sp600_vs_russell2000",
    {"site": "www.etf.com", "url": "https://www.etf.com/sections/features/22625-sap-600-vs-russell-2000.html", "original_outlet": "ETF.com"},
    "2014-07-11", "exact",
    "Dated July 11, 2014 on the page (Friday); figures are 'through July 7' (Monday 2014-07-07), which the key uses as the end of every window.",
    "Small Caps: S&P 600 vs. Russell 2000. July 11, 2014. Fans of the Russell 2000 Index may want to rethink their loyalty. Small-cap indexes have trailed the S&P 500 Index this year, and despite that underperformance, investors should note that not all small-cap ETFs are built alike: a comparison of the S&P 600 Index with the Russell 2000 suggests anyone trying to maximize returns should choose funds with care. The year-to-date charts for small-cap indexes and their ETFs might not be pretty, but S&P 600 SmallCap investors are winning the 'beauty' contest against holders of Russell 2000 products, even over longer stretches. So far this year, the Russell 2000 is up about 0.6 percent, while the S&P 600 has gained 1.5 percent through July 7. Over the past 12 months the Russell 2000 has lagged the S&P 500 by a wider margin (16.6 percent versus 19 percent), and over a longer horizon the S&P 500 has gained 68 percent over the past five years, while the Russell index trailed at 55 percent. Discussing small caps' weak year, an ETF analyst noted that since the market bottomed on March 9, 2009, investors in the iShares S&P SmallCap 600 ETF (IJR) have enjoyed a 270 percent run-up, versus 200 percent for the S&P 500. Small caps, he said, did particularly well early in the recovery, and large caps have caught up a bit later in the bull market. The ETFs tell the same tale: IJR is up 2.5 percent, versus the Vanguard Russell 2000 Index Fund (VTWO), which is up 1.8 percent year-to-date. Over the past 12 months, IJR has gained 20 percent.",
    [
        C("RUT", "ytd_underperformance_vs_SPX", True, "flag", "trailed the S&P 500 Index this year", "ytd('RUT','2014-07-07') < ytd('GSPC','2014-07-07')", rd="2014-07-07",
          vd="supported", rule="ordering of year-to-date changes", n="YTD to 2014-07-07: Russell 2000 +1.99%, S&P 500 +6.99%."),
        C("RUT", "ytd_pct_change", 0.6, "percent", "up about 0.6 percent", "ytd('RUT','2014-07-07')", cat="pct", prec=1, q="about", rd="2014-07-07", w="YTD",
          n="RUT 2013-12-31 close 1,163.64, 2014-07-07 close 1,186.74: +1.99% (price); the total return (IWM adj_close +2.75%) is further off. Rows checked by hand. The figure may come from an earlier date; the text ties it to July 7."),
        C("SP600", "ytd_pct_change", 1.5, "percent", "gained 1.5 percent through July 7", None, rd="2014-07-07", w="YTD", vd="unverifiable", rule="series not in the files"),
        C("RUT", "12m_underperformance_vs_SPX", True, "flag", "has lagged the S&P 500", "ret('RUT','2013-07-08','2014-07-07') < ret('GSPC','2013-07-08','2014-07-07')", rd="2014-07-07", w="12 months",
          vd="supported", rule="ordering of 12-month changes", n="12 months to 2014-07-07: Russell 2000 +17.6%, S&P 500 +20.6% (price)."),
        C("RUT", "12m_pct_change", 16.6, "percent", "16.6 percent", "ret('RUT','2013-07-08','2014-07-07')", cat="pct", prec=1, rd="2014-07-07", w="12 months to 2014-07-07",
          n="Price 2013-07-08 to 2014-07-07: +17.59%; total return (IWM adj_close) +19.2%. The window end is not stated exactly."),
        C("SPX", "12m_pct_change", 19, "percent", "versus 19 percent", "ret('GSPC','2013-07-08','2014-07-07')", cat="pct", prec=0, rd="2014-07-07", w="12 months to 2014-07-07",
          n="Price +20.55%; total return (SPY adj_close) +22.8%."),
        C("SPX", "5y_pct_change", 68, "percent", "gained 68 percent", "ret('GSPC','2009-07-07','2014-07-07')", cat="pct", prec=0, rd="2014-07-07", w="5 years to 2014-07-07",
          n="GSPC 2009-07-07 close 881.03, 2014-07-07 close 1,977.65: +124.5% (price); SPY total return +148%. No five-year window ending in mid-2014 gives 68%. Rows checked by hand."),
        C("RUT", "5y_pct_change", 55, "percent", "trailed at 55 percent", "ret('RUT','2009-07-07','2014-07-07')", cat="pct", prec=0, rd="2014-07-07", w="5 years to 2014-07-07",
          n="RUT 2009-07-07 close 484.25, 2014-07-07 close 1,186.74: +145.1% (price). Rows checked by hand."),
        C("RUT", "5y_underperformance_vs_SPX", True, "flag", "while the Russell index trailed", "ret('RUT','2009-07-07','2014-07-07') < ret('GSPC','2009-07-07','2014-07-07')", rd="2014-07-07", w="5 years",
          vd="contradicted", rule="wrong ordering", n="Over the five years to 2014-07-07 the Russell 2000 (+145.1%) beat the S&P 500 (+124.5%); on total return too (IWM +161.9%, SPY +148.2%)."),
        C("IJR", "pct_change_since_20090309", 270, "percent", "270 percent", None, rd="2014-07-07", vd="unverifiable", rule="series not in the files", n="IJR is not in the files."),
        C("SPX", "pct_change_since_20090309", 200, "percent", "versus 200 percent", "ret('GSPC','2009-03-09','2014-07-07')", cat="pct", prec=0, rd="2014-07-07", w="2009-03-09 close to 2014-07-07 close",
          n="Price +192.3% (+190.4% to 2014-07-10); SPY total return +225%. The source of the analyst's figure is not given; on price it is 4% high."),
        C("IJR", "ytd_pct_change", 2.5, "percent", "IJR is up 2.5 percent", None, rd="2014-07-07", vd="unverifiable", rule="series not in the files"),
        C("VTWO", "ytd_pct_change", 1.8, "percent", "up 1.8 percent year-to-date", None, rd="2014-07-07", vd="unverifiable", rule="series not in the files",
          n="VTWO is not in the files; IWM (same index) was +2.75% total return, +2.09% price, to 2014-07-07 (proxy, not decisive)."),
        C("IJR", "12m_pct_change", 20, "percent", "IJR has gained 20 percent", None, rd="2014-07-07", vd="unverifiable", rule="series not in the files"),
    ]))

# ---------------------------------------------------------------- 10
PASSAGES.append(P(
    "247wallst_20130709_rut_all_time_high",
    {"site": "247wallst.com", "url": "https://247wallst.com/investing/2013/07/09/russell-2000-hits-all-time-high-djia-and-sp-500-next/", "original_outlet": "24/7 Wall St."},
    "2013-07-09", "exact",
    "URL date 2013-07-09 (Tuesday); the article says all levels were taken at 2:00 PM on 7/09, so the day's 'high' figures are as of mid-afternoon.",
    "Russell 2000 Hits All-Time High... DJIA and S&P 500 Next? 2013 has been a stellar year for stock investors, while long-term bond holders are finding out that they really can take losses. After a very volatile June, investors who followed the 'Sell in May and go away' rule may have been grateful, but that was then and this is now. The Russell 2000 just made new highs, and investors have to wonder whether this could be the catalyst that carries the Dow Jones Industrial Average and the S&P 500 back to new all-time highs as well. The Russell 2000 hit a high of 1,018.93 on Tuesday, almost two weeks after the Russell indexes went through their multi-billion-dollar rebalance, so the noise of index changes should already be out of the picture. The Russell 3000, which holds many more small caps, is not at new highs: it hit 985.36 on Tuesday against a 52-week range of 781.88 to 1,002.59. The DJIA hit a high of 15,320.15 against a 52-week range of 12,471.50 to 15,542.40, and the S&P 500 Index hit a high of 1,654.10 on Tuesday versus a 52-week range of 1,325.41 to 1,687.18. Indexes usually chase each other. For them to set new all-time highs again in 2013, the Russell 3000 would have to rise 1.75%, the DJIA 1.45% and the S&P 500 1.99%. All levels were taken at 2:00 PM EST on 7/09. If these levels hold, it marks a fourth day of gains for stocks.",
    [
        C("RUT", "all_time_high", True, "flag", "just made new highs", "[is_record('RUT','2013-07-09','high'), is_record('RUT','2013-07-09')]", rd="2013-07-09", b="intraday high",
          vd="supported", rule="record: above every earlier high (intraday) / close", n="High 1,018.93 vs the earlier record high 1,011.10 (2013-07-08); the close 1,018.05 was also a record close."),
        C("RUT", "intraday_high", 1018.93, "index_points", "1,018.93", "close('RUT','2013-07-09','high')", cat="level", prec=2, rd="2013-07-09", b="intraday high"),
        C("GENERIC", "days_since_reconstitution", "almost two weeks", "window", "almost two weeks", None, rd="2013-07-09",
          vd="unverifiable", rule="event not in the files", n="The Russell reconstitution date (2013-06-28, 11 days earlier) is not in the files."),
        C("R3000", "intraday_level", 985.36, "index_points", "985.36", None, rd="2013-07-09", b="2 p.m.", vd="unverifiable", rule="series not in the files"),
        C("R3000", "52w_range", [781.88, 1002.59], "index_points", "781.88 to 1,002.59", None, rd="2013-07-09", vd="unverifiable", rule="series not in the files"),
        C("DJI", "intraday_high", 15320.15, "index_points", "15,320.15", "close('DJI','2013-07-09','high')", rd="2013-07-09", b="high as of 2 p.m.",
          vd="unverifiable", rule="mid-session figure inside the session's range", n="Session high in the file 15,320.42; a high-so-far of 15,320.15 at 2 p.m. lies inside the session's range (close 15,300.34)."),
        C("DJI", "52w_low", 12471.50, "index_points", "12,471.50", "window_extreme('DJI','2012-07-10','2013-07-09','low')", cat="level", prec=2, rd="2013-07-09", b="intraday low", w="52 weeks",
          n="Lowest intraday low 2012-07-10..2013-07-09: 12,471.49 (2012-11-16)."),
        C("DJI", "52w_high", 15542.40, "index_points", "15,542.40", "window_extreme('DJI','2012-07-10','2013-07-09','high')", cat="level", prec=2, rd="2013-07-09", b="intraday high", w="52 weeks",
          n="Record intraday high of 2013-05-22."),
        C("SPX", "intraday_high", 1654.10, "index_points", "1,654.10", "close('GSPC','2013-07-09','high')", rd="2013-07-09", b="high as of 2 p.m.",
          vd="unverifiable", rule="mid-session figure inside the session's range", n="Session high 1,654.18; 1,654.10 at 2 p.m. lies inside the range."),
        C("SPX", "52w_low", 1325.41, "index_points", "1,325.41", "window_extreme('GSPC','2012-07-10','2013-07-09','low')", cat="level", prec=2, rd="2013-07-09", b="intraday low", w="52 weeks",
          n="Intraday low of 2012-07-12."),
        C("SPX", "52w_high", 1687.18, "index_points", "1,687.18", "window_extreme('GSPC','2012-07-10','2013-07-09','high')", cat="level", prec=2, rd="2013-07-09", b="intraday high", w="52 weeks",
          n="Record intraday high of 2013-05-22."),
        C("R3000", "pct_to_52w_high", 1.75, "percent", "rise 1.75%", "(1002.59 / 985.36 - 1) * 100", cat="pct", prec=2, rd="2013-07-09", b="2 p.m.",
          n="Judged on the arithmetic of the levels the passage states (985.36 to 1,002.59); the Russell 3000 itself is not in the files."),
        C("DJI", "pct_to_52w_high", 1.45, "percent", "DJIA 1.45%", "(window_extreme('DJI','2012-07-10','2013-07-09','high') / 15320.15 - 1) * 100", cat="pct", prec=2, rd="2013-07-09", b="2 p.m.",
          n="From the stated 2 p.m. level to the record intraday high 15,542.40: +1.45%."),
        C("SPX", "pct_to_52w_high", 1.99, "percent", "S&P 500 1.99%", "(window_extreme('GSPC','2012-07-10','2013-07-09','high') / 1654.10 - 1) * 100", cat="pct", prec=2, rd="2013-07-09", b="2 p.m.",
          n="From the stated 1,654.10 to the record intraday high 1,687.18: +2.00%."),
        C("GENERIC", "up_streak_days", 4, "sessions", "fourth day of gains", "[streak(t,'2013-07-09') for t in ('DJI','GSPC','RUT')]", dec=0, rd="2013-07-09",
          vd="not_checkable", rule="conditional ('if these levels hold')", n="For the record, the Dow, S&P 500 and Russell 2000 all closed higher for a fourth straight session."),
    ]))

# ---------------------------------------------------------------- 11
PASSAGES.append(P(
    "crossingwallstreet_20140512_small_cap_correction",
    {"site": "crossingwallstreet.com", "url": "https://crossingwallstreet.com/archives/2014/05/the-small-cap-correction.html", "original_outlet": "Crossing Wall Street (Eddy Elfenbein), quoting Michael Batnick"},
    "2014-05-12", "exact",
    "Posted May 12th, 2014 at 11:20 am (Monday, before the close): the figures are judged on the last close, Friday 2014-05-09; the quoted Batnick post is undated (its 'same period' ends on a day between May 7 and May 9).",
    "The Small-Cap Correction. Since early March, the Russell 2000 is down nearly 10%, while the big caps have been doing just fine. Michael Batnick adds some context: this is the 36th peak-to-trough decline of at least 10% for small caps since 2000, and those declines have averaged 17.1%. In each of the first thirty-five, large caps fell as well, by an average of 12.8% — until now. What has people scratching their heads is why large caps have been blessed with impunity while small caps have started to roll over. The Russell 2000 is 10% off the recent highs, and the S&P 500 is up 0.12% over the same period. Posted by Eddy on May 12th, 2014 at 11:20 am. The information in this blog post represents the author's own opinions and is not a recommendation of any particular security or investment; the author or his affiliates may hold positions in securities mentioned on the blog.",
    [
        C("RUT", "drawdown_since_early_march", 10, "percent", "down nearly 10%", "drawdown_from('RUT', col('RUT')['2014-03-01':'2014-03-31'].idxmax(), '2014-05-09')", cat="pct", prec=0, q="nearly", rd="2014-05-09", w="2014-03-04 peak to 2014-05-09",
          n="RUT record close 1,208.65 on 2014-03-04; 2014-05-09 close 1,107.22: 8.39% below. The deepest close (2014-05-08, 1,097.43) was 9.20% below; only intraday figures reach 10% (2014-03-04 high 1,212.82 to the 2014-05-09 low 1,091.50: 10.0%).", det="peak 2014-03-04"),
        C("RUT", "correction_count_since_2000", 36, "count", "36th peak-to-trough decline", None, rd="2014-05-09", vd="unverifiable", rule="method not stated",
          n="How separate 10% declines are delimited (peak reset, closing or intraday) is not stated, so the count cannot be reproduced unambiguously."),
        C("RUT", "average_correction_pct", 17.1, "percent", "averaged 17.1%", None, rd="2014-05-09", vd="unverifiable", rule="method not stated"),
        C("SPX", "fell_in_all_prior_rut_corrections", 35, "count", "first thirty-five", None, rd="2014-05-09", vd="unverifiable", rule="method not stated"),
        C("SPX", "average_decline_in_rut_corrections", 12.8, "percent", "average of 12.8%", None, rd="2014-05-09", vd="unverifiable", rule="method not stated"),
        C("RUT", "pct_below_recent_high", 10, "percent", "10% off the recent highs", "drawdown_from('RUT','2014-03-04','2014-05-09')", cat="pct", prec=0, rd="2014-05-09",
          n="Close basis 8.39% (9.20% at the 2014-05-08 close, the likely date of the quoted post). Intraday high 1,212.82 (2014-03-04) to the 2014-05-09 low 1,091.50 is 10.0%; distances are judged on closes unless the text says otherwise."),
        C("SPX", "pct_change_same_period", 0.12, "percent", "up 0.12%", "ret('GSPC','2014-03-04','2014-05-09')", rd="2014-05-09", w="2014-03-04 to an unstated day in May",
          vd="unverifiable", rule="window not stated", n="From the RUT peak day (2014-03-04) the S&P 500 was +0.23% at 2014-05-07, +0.09% at 2014-05-08 and +0.24% at 2014-05-09; the end of the quoted window is not given and no close gives 0.12%."),
    ]))

# ---------------------------------------------------------------- 12
PASSAGES.append(P(
    "investingdaily_20150515_russell_in_a_rut",
    {"site": "investingdaily.com", "url": "https://investingdaily.com/22774/russell-2000-is-the-small-cap-index-in-a-rut-2", "original_outlet": "Investing Daily (Linda McDonough)"},
    "2015-05-15", "medium",
    "inferred: the page shows no date; 'so far in May ... up 2.0% month to date' fits the close of Thursday 2015-05-14 (price +2.05%, IWM total return +2.15%), so the piece is dated the next day; the key judges May-to-date at 2015-05-14.",
    "Russell 2000: Is the Small-Cap Index in a Rut? By Linda McDonough. The Russell 2000 Index (^RUT) is feeling a little sluggish these days, and who can blame it? After capping off 2014 with a 9.7% gain in the fourth quarter, the index rose another 4.3% in the first quarter of 2015. With the arrival of spring showers it wilted 2.5% in April, and so far in May it is up 2.0% month to date. The index is built to capture the performance of 2,000 small companies. Its average market cap is $2 billion, but that number is skewed by several stocks with market caps ranging from $5 billion to $11 billion; the more representative median is $700 million. Because the Russell is weighted by market cap, its largest stocks carry more weight in its performance. Small cap stocks have generally underperformed large caps for the past three years, but last fall small caps perked up and began to outperform, partly because portfolio managers wanted to sidestep the earnings hit from a stronger dollar: small companies typically collect almost all their revenue in dollars, while large ones sell a lot of goods overseas. Sector weightings have helped as well. Healthcare, the second-largest sector in the Russell 2000, has been very strong: although 8 out of the 9 sectors in the index were positive in the first quarter, healthcare accounted for almost 40% of the first-quarter gain. In addition, two of the top ten holdings in the Russell 2000 are biotechs.",
    [
        C("RUT", "quarter_pct_change", 9.7, "percent", "9.7% gain", "period_ret('RUT','2014-10-01','2014-12-31')", rd="2014-12-31", w="2014 Q4",
          vd="unverifiable", rule="total-return figure where only a price index exists", n="Price return +9.35%; IWM total return +9.80%. The figures of this passage match total returns (Q1 and April too), which the files hold only for the ETF."),
        C("RUT", "quarter_pct_change", 4.3, "percent", "another 4.3%", "period_ret('RUT','2015-01-01','2015-03-31')", rd="2015-03-31", w="2015 Q1",
          vd="unverifiable", rule="total-return figure where only a price index exists", n="Price +3.99%; IWM total return +4.29%."),
        C("RUT", "month_pct_change", -2.5, "percent", "wilted 2.5% in April", "period_ret('RUT','2015-04-01','2015-04-30')", rd="2015-04-30", w="April 2015",
          vd="unverifiable", rule="total-return figure where only a price index exists", n="Price -2.61% (1 dp: outside 0.07 of 2.5); IWM total return -2.56%."),
        C("RUT", "mtd_pct_change", 2.0, "percent", "up 2.0% month to date", "period_ret('RUT','2015-05-01','2015-05-14')", cat="pct", prec=1, rd="2015-05-14", w="May 2015 to date",
          n="Price +2.05% to 2015-05-14 (+1.95% to 2015-05-15); either reading fits."),
        C("RUT_FUNDAMENTALS", "average_market_cap", 2, "billion_usd", "$2 billion", None, rd="2015-05-14", vd="unverifiable", rule="not in the files"),
        C("RUT_FUNDAMENTALS", "largest_market_caps", [5, 11], "billion_usd", "$5 billion to $11 billion", None, rd="2015-05-14", vd="unverifiable", rule="not in the files"),
        C("RUT_FUNDAMENTALS", "median_market_cap", 700, "million_usd", "$700 million", None, rd="2015-05-14", vd="unverifiable", rule="not in the files"),
        C("RUT", "3y_underperformance_vs_large", True, "flag", "for the past three years", "[[round(year_ret(t, y), 2) for y in (2012, 2013, 2014)] for t in ('RUT','GSPC')]", rd="2015-05-14", w="three years (unstated)",
          vd="unverifiable", rule="window and basis not stated; the readings disagree", n="Calendar years (price): RUT beat the S&P 500 in 2012 (+14.6% vs +13.4%) and 2013 (+37.0% vs +29.6%) and lagged in 2014 (+3.5% vs +11.4%); trailing three years to mid-May 2015 the two are level on price (+60.0% vs +59.5%). 'Generally underperformed' fits only some readings."),
        C("RUT_SECTORS", "positive_sector_count", 8, "count", "8 out of the 9 sectors", None, rd="2015-03-31", vd="unverifiable", rule="series not in the files"),
        C("RUT_SECTORS", "healthcare_share_of_gain", 40, "percent", "almost 40%", None, q="almost", rd="2015-03-31", vd="unverifiable", rule="series not in the files"),
        C("RUT_FUNDAMENTALS", "biotechs_in_top_ten", 2, "count", "two of the top ten holdings", None, rd="2015-05-14", vd="unverifiable", rule="not in the files"),
    ]))

# ---------------------------------------------------------------- 13
PASSAGES.append(P(
    "businessweek_20060507_small_cap_run_continues",
    {"site": "www.bloomberg.com (BusinessWeek blog archive)", "url": "https://www.bloomberg.com/news/articles/2006-05-07/exactly-why-the-small-cap-run-continues", "original_outlet": "BusinessWeek (Aaron Pressman blog)"},
    "2006-05-07", "exact",
    "URL date 2006-05-07, a Sunday; the last session before it is Friday 2006-05-05. 'The past 5 weeks' is read as Friday 2006-03-31 to Friday 2006-05-05; monthly counts run from January 2000 to April 2006 (month-end closes, price).",
    "Exactly why the small cap run continues. A blog post by Aaron Pressman. The Wall Street Journal ran a story this morning that cracked me up. The story's claim: the run of small-cap stocks beating large-cap stocks is over, because large caps have outperformed over the past 5 weeks. Right. Hmm. So how many times since the end of 1999 have small caps lagged for one month? 32 times. And what about two months in a row? 12 times. Back in the middle of last year, the S&P 500 beat the Russell 2000 for five months in a row. Short stretches of large-cap leadership, in other words, have come and gone all through the small-cap run, which is exactly why the headline says that run continues.",
    [
        C("SPX", "outperformed_rut_5_weeks", True, "flag", "past 5 weeks", "[round(ret('GSPC','2006-03-31','2006-05-05'), 2), round(ret('RUT','2006-03-31','2006-05-05'), 2)]", rd="2006-05-05", w="2006-03-31 to 2006-05-05",
          vd="supported", rule="ordering of the two window returns", n="S&P 500 +2.39% vs Russell 2000 +2.18% over the five weeks to Friday 2006-05-05."),
        C("RUT", "months_lagging_SPX_count", 32, "count", "32 times", "months_lagging('RUT','GSPC','2000-01-01','2006-04-30')", dec=0, cat="count", prec=0, rd="2006-04-30", w="2000-01 to 2006-04",
          n="76 months from January 2000 to April 2006; the Russell 2000's month-end price return was below the S&P 500's in 32 of them."),
        C("RUT", "two_month_lag_count", 12, "count", "12 times", "months_lagging_twice('RUT','GSPC','2000-01-01','2006-04-30')", dec=0, cat="count", prec=0, rd="2006-04-30", w="2000-01 to 2006-04",
          n="Counting every month that was the second (or later) consecutive lagging month gives 12; counting separate runs of two or more months gives 7 (lag_runs)."),
        C("SPX", "consecutive_months_beating_RUT", 5, "months", "five months in a row", "[r for r in lag_runs('RUT','GSPC','2000-01-01','2006-04-30') if r[2] >= 5]", rd="2005-04-30", w="2004-12 to 2005-04",
          vd="imprecise", rule="the count is right but the timing is loose (later than the true run)", n="The only five-month run of S&P 500 beating the Russell 2000 in the period is December 2004 to April 2005; it ended in spring, not the middle, of 2005 (May-July 2005 the Russell 2000 led)."),
    ]))

# ---------------------------------------------------------------- 14
PASSAGES.append(P(
    "investorsolutions_200602_small_caps_continue",
    {"site": "investorsolutions.com", "url": "http://investorsolutions.com/knowledge-center/investment-articles/small-cap-stocks-will-they-continue-to-outperform-2/", "original_outlet": "Investor Solutions (Richard Feldman)"},
    "2006-02", "medium",
    "inferred: the page shows no date; it discusses full-year 2005 results and says 'we are only in February', so February 2006. Year-to-date claims are checked at every February 2006 close.",
    "Small Cap Stocks: Will they continue to outperform? By Richard Feldman. If investors could forecast which asset class would do best in any given year there would be untold riches to be had; the problem is that it is extremely hard to know where to put capital in a given year. Looking at small caps versus large caps, though, the answer has been decidedly small. Large cap stocks outperformed small cap stocks for the first time since 1998, but only marginally: large caps, as measured by the S&P 500, returned 4.89% in 2005, against 4.56% for small caps as measured by the Russell 2000. That slim margin broke a string of six straight years of outperformance by small caps. There has been plenty of speculation that mean reversion will let large caps beat small caps in 2006, yet year to date small cap stocks have significantly outperformed large cap stocks — though it is only February, and the race runs to December 31st. The Russell 2000 is one of 21 U.S. equity Russell indexes and consists of the 2000 smallest companies in the Russell 3000, a broad index that represents approximately 98% of the investable U.S. equity market. The Russell 2000 makes up only about 8% of the Russell 3000's total market capitalization. According to Russell, the average market capitalization of a Russell 2000 stock is 1 billion dollars and the median 561 million; the largest stock in the index is 3.6 billion, which pales next to the 92 Billion average for a stock in the S&P 500.",
    [
        C("SPX", "large_beat_small_first_since", 1998, "year", "first time since 1998", "[(y, round(year_ret('RUT', y), 2), round(year_ret('GSPC', y), 2)) for y in (1998, 2005)]", rd="2005-12-30",
          vd="unverifiable", rule="total-return comparison; the price indexes give the opposite result", n="On price the Russell 2000 (+3.32%) beat the S&P 500 (+3.00%) in 2005, so large caps did not win on price; the article's total returns (4.89% vs 4.56%) say they did. The files hold no index total returns (ETF proxies: SPY +4.83%, IWM +4.46%). 1998 was the last earlier year the S&P 500 won on price (+26.7% vs -3.5%)."),
        C("SPX", "year_total_return", 4.89, "percent", "returned 4.89%", "year_ret('GSPC', 2005)", rd="2005-12-30", w="2005",
          vd="unverifiable", rule="total-return figure where only a price index exists", n="Price +3.00%; SPY total return +4.83% (proxy)."),
        C("RUT", "year_total_return", 4.56, "percent", "against 4.56%", "year_ret('RUT', 2005)", rd="2005-12-30", w="2005",
          vd="unverifiable", rule="total-return figure where only a price index exists", n="Price +3.32%; IWM total return +4.46% (proxy)."),
        C("RUT", "consecutive_years_beating_SPX", 6, "years", "six straight years", "[round(year_ret('RUT', y) - year_ret('GSPC', y), 2) for y in range(1999, 2005)]", rd="2004-12-31", w="1999-2004",
          vd="supported", rule="count of consecutive years", n="Russell 2000 minus S&P 500, price: 1999 +0.09, 2000 +5.94, 2001 +14.07, 2002 +1.79, 2003 +18.99, 2004 +8.00 pp: six years (1998 the S&P 500 won)."),
        C("RUT", "ytd_outperformance_vs_SPX", True, "flag", "significantly outperformed", "min(ytd('RUT', d) - ytd('GSPC', d) for d in col('RUT')['2006-02-01':'2006-02-28'].index)", rd="2006-02-28", w="YTD in February 2006",
          vd="supported", rule="ordering of year-to-date changes", n="At every February 2006 close the Russell 2000 led the S&P 500 year to date by at least the computed margin (pp), e.g. +6.5% vs +1.5% on 2006-02-10."),
        C("GENERIC", "russell_us_index_count", 21, "count", "one of 21 U.S. equity Russell indexes", None, rd="2006-02-28", vd="unverifiable", rule="not in the files"),
        C("R3000", "share_of_investable_market", 98, "percent", "approximately 98%", None, q="approximately", rd="2006-02-28", vd="unverifiable", rule="not in the files"),
        C("RUT_FUNDAMENTALS", "share_of_r3000_cap", 8, "percent", "about 8%", None, q="about", rd="2006-02-28", vd="unverifiable", rule="not in the files"),
        C("RUT_FUNDAMENTALS", "average_market_cap", 1, "billion_usd", "1 billion dollars", None, rd="2006-02-28", vd="unverifiable", rule="not in the files"),
        C("RUT_FUNDAMENTALS", "median_market_cap", 561, "million_usd", "561 million", None, rd="2006-02-28", vd="unverifiable", rule="not in the files"),
        C("RUT_FUNDAMENTALS", "largest_market_cap", 3.6, "billion_usd", "3.6 billion", None, rd="2006-02-28", vd="unverifiable", rule="not in the files"),
        C("SPX_FUNDAMENTALS", "average_market_cap", 92, "billion_usd", "92 Billion", None, rd="2006-02-28", vd="unverifiable", rule="not in the files"),
    ]))

# ---------------------------------------------------------------- 15
PASSAGES.append(P(
    "globalcustodian_200501_small_caps_sixth_year",
    {"site": "www.globalcustodian.com", "url": "https://www.globalcustodian.com/us-small-caps-outperformed-large-caps-in-2004-for-sixth-successive-year-says-russell/", "original_outlet": "Global Custodian (Russell Investment Group release)"},
    "2005-01", "medium",
    "inferred: the page shows no date; it reports final 2004 and December 2004 results from a Russell release, so early January 2005. The 'all-time high at year's end' is checked on the last sessions of 2004.",
    "US Small-Caps Outperformed Large Caps In 2004 For Sixth Successive Year, Says Russell. Small-cap stocks (18.6%) outperformed large caps (11.5%) for the sixth consecutive year in 2004, and the small-cap Russell 2000 Index reached an all-time high at year's end. Both styles reflected a positive year for U.S. equities, although the large-cap Russell 1000 Index remains about 15% below its all-time high. 'Investors expecting large-cap stocks to take flight relative to small stocks in 2004 mostly sat on the runway,' a Russell senior portfolio analyst said; large caps showed some strength at mid-year, but small caps flexed their muscle again in the fourth quarter. He added that the Russell 2000 has produced a 9.4% annualized return since the start of 1999, while the Russell 1000 has posted a 1.8% annualized return over the same span. All of Russell's 21 stock indexes turned in a positive performance for December, a positive month that topped off a very strong quarter and a good year for investors, though the indexes, which track different segments of the market, showed some disparity in their performance for the quarter.",
    [
        C("RUT", "year_total_return", 18.6, "percent", "Small-cap stocks (18.6%)", "year_ret('RUT', 2004)", rd="2004-12-31", w="2004",
          vd="unverifiable", rule="total-return figure where only a price index exists", n="Russell 2000 price +17.00% in 2004; IWM total return +18.05% (proxy)."),
        C("R1000", "year_total_return", 11.5, "percent", "large caps (11.5%)", None, rd="2004-12-31", w="2004", vd="unverifiable", rule="series not in the files",
          n="Russell 1000 is not in the files; the S&P 500 rose 8.99% (price), SPY +10.70% total return (proxies only)."),
        C("RUT", "consecutive_years_beating_large", 6, "years", "sixth consecutive year", "[round(year_ret('RUT', y) - year_ret('GSPC', y), 2) for y in range(1999, 2005)]", rd="2004-12-31", w="1999-2004",
          vd="unverifiable", rule="comparison index (Russell 1000, total return) not in the files", n="Against the S&P 500 on price the Russell 2000 led in each of 1999-2004 (margins in pp as computed), which is consistent, but the S&P 500 only stands in for the Russell 1000."),
        C("RUT", "all_time_high_at_year_end", True, "flag", "reached an all-time high at year's end", "[record_before('RUT','2004-12-31','high'), close('RUT','2004-12-31','high'), record_before('RUT','2005-01-01')]", rd="2004-12-31", b="intraday high / close",
          vd="supported", rule="record: above every earlier high", n="On 2004-12-31 the Russell 2000 traded at 656.11, above the earlier record high 654.60 (2004-12-28); its record close for the year, 654.57, came on 2004-12-28, three sessions before the year end."),
        C("R1000", "pct_below_record", 15, "percent", "about 15% below its all-time high", None, q="about", rd="2004-12-31", vd="unverifiable", rule="series not in the files",
          n="Russell 1000 not in the files; the S&P 500 ended 2004 20.7% below its March 2000 record close (proxy only)."),
        C("RUT", "annualized_return_since_1999", 9.4, "percent", "9.4% annualized return", "((1 + period_ret('RUT','1999-01-01','2004-12-31') / 100) ** (1 / 6) - 1) * 100", rd="2004-12-31", w="1999-2004",
          vd="unverifiable", rule="total-return figure where only a price index exists", n="Price basis: 7.51% a year over 1999-2004; the dividend yield of the index makes up part of the gap, which the files cannot measure."),
        C("R1000", "annualized_return_since_1999", 1.8, "percent", "1.8% annualized return", None, rd="2004-12-31", w="1999-2004", vd="unverifiable", rule="series not in the files"),
        C("GENERIC", "russell_indexes_positive_december", 21, "count", "All of Russell's 21 stock indexes", "period_ret('RUT','2004-12-01','2004-12-31')", rd="2004-12-31", w="December 2004",
          vd="unverifiable", rule="series not in the files", n="Only the Russell 2000 is in the files (December 2004 price +2.81%); the other 20 indexes are not."),
    ]))

# ---------------------------------------------------------------- 16
PASSAGES.append(P(
    "marketwired_20131108_small_caps_go_big",
    {"site": "www.marketwired.com", "url": "http://www.marketwired.com/press-release/small-caps-go-big-record-return-strong-asset-flows-small-caps-2013-year-date-according-1850284.htm", "original_outlet": "Russell Investments press release via Marketwired"},
    "2013-11-08", "exact",
    "Dated November 08, 2013 on the page (Friday); the figures are 'as of October 31' (Thursday 2013-10-31).",
    "Small Caps Go Big: Record Return and Strong Asset Flows for Small Caps in 2013 Year-to-Date. SEATTLE, WA (Marketwired - Nov 8, 2013) - As of October 31, the Russell 2000 Index had returned 30.9% year to date, its strongest return for the equivalent period since 2003, according to Russell Indexes and other industry sources. That year-to-date return for U.S. small caps is a 4% premium over U.S. large-cap stocks, which returned 26.1% over the same period as measured by the Russell 1000 Index. In the last 15 years, the index has exceeded a 30% annual return just one time, with a 47.3% return in 2003. Investor interest in small caps has been strong too: as of October 31, approximately $12.3 billion had flowed year to date into ETFs and mutual funds based on the Russell 2000, Russell 2000 Growth and Russell 2000 Value indexes, and year-to-date flows of approximately $10.2 billion into Russell 2000-based ETFs are an all-time record for the period. A Russell managing director said the index's aim of accurately representing the U.S. small-cap market makes it an effective tool for measuring and tracking the asset class. Russell's accompanying table lists, among other years, an annual return of 16.4% for 2012 (11.8% year to date at October 31) and -33.8% for 2008 (-29.0% at October 31).",
    [
        C("RUT", "ytd_total_return", 30.9, "percent", "returned 30.9% year to date", "period_ret('RUT','2013-01-01','2013-10-31')", rd="2013-10-31", w="YTD to 2013-10-31",
          vd="unverifiable", rule="total-return figure where only a price index exists", n="Price +29.53%; IWM total return +30.77% (proxy)."),
        C("RUT", "strongest_ytd_since", 2003, "year", "strongest return for the equivalent period since 2003", "[(y, round(period_ret('RUT', f'{y}-01-01', f'{y}-10-31'), 2)) for y in range(2003, 2014) if period_ret('RUT', f'{y}-01-01', f'{y}-10-31') >= period_ret('RUT','2013-01-01','2013-10-31')]", rd="2013-10-31",
          vd="supported", rule="'strongest since X': X must be the last earlier year at least as strong", n="Price basis, January-October: 2003 +37.88%, 2013 +29.53%; no year in 2004-2012 came close (best 2006 +13.91%), so the ranking does not depend on dividends."),
        C("R1000", "ytd_total_return", 26.1, "percent", "returned 26.1%", None, rd="2013-10-31", vd="unverifiable", rule="series not in the files"),
        C("RUT", "ytd_premium_over_R1000", 4, "percentage_points", "4% premium", "30.9 - 26.1", cat="pts", prec=0, rd="2013-10-31",
          n="Judged on the arithmetic of the two figures the passage states: 30.9 - 26.1 = 4.8 points, which rounds to 5, not 4."),
        C("RUT", "years_above_30pct_in_15", 1, "count", "just one time", "[y for y in range(1998, 2013) if year_ret('RUT', y) > 30]", rd="2012-12-31", w="1998-2012",
          vd="supported", rule="count of calendar years", n="Price returns 1998-2012: only 2003 (+45.4%) exceeded 30% (2009 +25.2%, 2010 +25.3%); the count does not depend on dividends at these margins."),
        C("RUT", "year_total_return", 47.3, "percent", "47.3% return in 2003", "year_ret('RUT', 2003)", rd="2003-12-31", w="2003",
          vd="unverifiable", rule="total-return figure where only a price index exists", n="Price +45.37%; IWM total return +47.9% (proxy; its first full year)."),
        C("FLOWS", "ytd_fund_flows", 12.3, "billion_usd", "$12.3 billion", None, q="approximately", rd="2013-10-31", vd="unverifiable", rule="not in the files"),
        C("FLOWS", "ytd_etf_flows_record", 10.2, "billion_usd", "$10.2 billion", None, q="approximately", rd="2013-10-31", vd="unverifiable", rule="not in the files"),
        C("RUT", "year_total_return", 16.4, "percent", "16.4% for 2012", "year_ret('RUT', 2012)", rd="2012-12-31", w="2012",
          vd="unverifiable", rule="total-return figure where only a price index exists", n="Price +14.63%."),
        C("RUT", "ytd_total_return", 11.8, "percent", "11.8% year to date", "period_ret('RUT','2012-01-01','2012-10-31')", rd="2012-10-31", w="YTD to 2012-10-31",
          vd="unverifiable", rule="total-return figure where only a price index exists", n="Price +10.50%."),
        C("RUT", "year_total_return", -33.8, "percent", "-33.8% for 2008", "year_ret('RUT', 2008)", rd="2008-12-31", w="2008",
          vd="unverifiable", rule="total-return figure where only a price index exists", n="Price -34.80%."),
        C("RUT", "ytd_total_return", -29.0, "percent", "-29.0% at October 31", "period_ret('RUT','2008-01-01','2008-10-31')", rd="2008-10-31", w="YTD to 2008-10-31",
          vd="unverifiable", rule="total-return figure where only a price index exists", n="Price -29.83%."),
    ]))
