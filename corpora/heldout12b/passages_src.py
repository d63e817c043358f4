"""Source of the held-back corpus: passage texts and their claims, with the expression that computes
each claim from the data files (helpers of reference.py) and the judging kind used by build_key.py.

C(ticker, metric, value, unit, qualifier, ref_date, window, comparison, basis, anchor, expr, dec, kind, note, verdict)
kind: 'pct' | 'level' | 'pts' (numeric, judged with the README tolerances), 'since' (date; equal or the first
session after it = supported), 'eq' (must equal the computed value), or a fixed verdict given in `verdict`.
"""


def C(ticker, metric, value, unit, qualifier, ref_date, window, comparison, basis, anchor, expr, dec, kind, note,
      verdict=None):
    return dict(index_or_ticker=ticker, metric=metric, value=value, unit=unit, qualifier=qualifier, ref_date=ref_date,
                window=window, comparison=comparison, basis=basis, anchor=anchor, expr=expr, dec=dec, kind=kind,
                note=note, verdict=verdict)


P = []

# ------------------------------------------------------------------------------------------------
P.append(dict(
    id="marketwired_20140909_rut_september_history",
    source=dict(site="marketwired.com",
                url="http://www.marketwired.com/press-release/us-small-caps-on-fence-russell-2000r-index-positive-territory-2014-as-august-31-what-1945416.htm",
                original_outlet="Russell Investments (press release via Marketwired)"),
    published="2014-09-09", published_confidence="exact",
    published_note="Dateline 'SEATTLE, WA--(Marketwired - Sep 9, 2014)'; a Tuesday. The text is about the index through Friday 2014-08-29 (last session before August 31) and about 1999-2013 history.",
    text=("SEATTLE, WA, Sep 9, 2014 - U.S. small caps are sitting on the fence. After a volatile year-to-date of ups "
          "and downs, the Russell 2000 Index finished August in positive year-to-date territory at 1.8% as of "
          "August 31, Russell Investments said on Tuesday, and whether the index ends 2014 with a gain may depend "
          "on how it fares in September. Russell Indexes looked at Russell 2000 returns from 1999 through 2014. "
          "Of the 9 positive September performances in the last 15 years, eight foreshadowed a positive year for "
          "U.S. small caps, while of the six negative September performances, just two led to positive years. "
          "Over the same span, a positive year-to-date return through August 31 led to a positive year seven out "
          "of ten times, and a negative year-to-date return through August 31 meant a negative year for the index "
          "three of six times. \"Of course, past performance is no guarantee of future results,\" said Tom Goodwin, "
          "senior indexes research director with Russell Investments, adding that in a year of pronounced ups and "
          "downs investors need good index tools. The firm's history table shows the index up 20.0% through August "
          "31 of 2013, up 6.4% in that September and up 38.8% for that year; in 2008 it was down 2.6% through "
          "August, fell 8.0% in September and ended the year down 33.8%."),
    claims=[
        C("RUT", "ytd_return", 1.8, "percent", None, "2014-08-29", "ytd", None, "total return",
          "at 1.8% as of", "ytd('RUT','2014-08-29')", 2, "fixed",
          "Russell's table gives total returns (2013: 38.8% = total return; the price index rose 37.0%). The price index was up only 0.92% year to date on 2014-08-29; no total-return series for the index is in the files.",
          "unverifiable"),
        C("RUT", "count_positive_septembers", 9, "count", None, "2013-12-31", "1999-2013", None, "close",
          "Of the 9 positive September", "september_stats('RUT',1999,2013)[0]", 0, "fixed",
          "Price index, Septembers 1999-2013: 8 positive (value shown). The count hinges on September 1999, -0.12% in price terms; with about 0.1% of dividends its total return is near zero or positive, which would give Russell's 9 positive / 6 negative split (and 8 of 9 / 2 of 6). Russell's figures are total returns (see claim 9), so the counts cannot be decided from the price index.", "unverifiable"),
        C("RUT", "count_positive_sept_positive_year", 8, "count", None, "2013-12-31", "1999-2013", None, "close",
          "eight foreshadowed", "september_stats('RUT',1999,2013)[1]", 0, "fixed",
          "Price index: 7 (value shown) of 8 positive Septembers ended the year up; 8 of 9 if September 1999 (-0.12% price, about zero total return) counts as positive. Basis-dependent.", "unverifiable"),
        C("RUT", "count_negative_septembers", 6, "count", None, "2013-12-31", "1999-2013", None, "close",
          "six negative September", "september_stats('RUT',1999,2013)[2]", 0, "fixed",
          "Price index: 7 negative Septembers (value shown), 6 if September 1999 counts as positive on a total-return basis. Basis-dependent.", "unverifiable"),
        C("RUT", "count_negative_sept_positive_year", 2, "count", None, "2013-12-31", "1999-2013", None, "close",
          "just two led to positive years", "september_stats('RUT',1999,2013)[3]", 0, "fixed",
          "Price index: 3 (1999, 2001, 2003; value shown); 2 (2001, 2003) if September 1999 counts as positive on a total-return basis. Basis-dependent.", "unverifiable"),
        C("RUT", "count_positive_ytd_aug_positive_year", 7, "count", None, "2013-12-31", "1999-2013", None, "close",
          "seven out of ten times", "september_stats('RUT',1999,2013)[5]", 0, "pts",
          "Years 1999-2013 with a positive Jan-Aug price return (9: 1999, 2000, 2003, 2005, 2006, 2007, 2009, 2012, 2013) that ended positive: 7 (2000 and 2007 did not). None of these signs is close enough to zero to depend on dividends. The release's 'ten' (and 10 + 6 = 16 years) fits only if 2014 itself, positive through August, is counted; the 7 is right either way."),
        C("RUT", "count_negative_ytd_aug_negative_year", 3, "count", None, "2013-12-31", "1999-2013", None, "close",
          "three of six times", "september_stats('RUT',1999,2013)[7]", 0, "pts",
          "Negative Jan-Aug price returns 1999-2013: 2001, 2002, 2004, 2008, 2010, 2011 (six); of them 2002, 2008 and 2011 ended negative (three)."),
        C("RUT", "ytd_return", 20.0, "percent", None, "2013-08-30", "ytd", None, "total return",
          "up 20.0% through August", "ytd('RUT','2013-08-30')", 2, "fixed",
          "Total-return figure; the price index was up about 18.6% (value shown) through 2013-08-30. Only a price index is in the files.",
          "unverifiable"),
        C("RUT", "monthly_return", 6.4, "percent", None, "2013-09-30", "2013-09", None, "total return",
          "up 6.4% in that September", "month_ret('RUT','2013-09')", 2, "fixed",
          "Total-return figure; the price index gained the value shown in September 2013.", "unverifiable"),
        C("RUT", "annual_return", 38.8, "percent", None, "2013-12-31", "2013", None, "total return",
          "up 38.8% for that year", "year_ret('RUT',2013)", 2, "fixed",
          "Total return (FTSE Russell: 38.82%); price return 37.0%. Unverifiable from a price index.", "unverifiable"),
        C("RUT", "ytd_return", -2.6, "percent", None, "2008-08-29", "ytd", None, "total return",
          "down 2.6% through August", "ytd('RUT','2008-08-29')", 2, "fixed",
          "Total-return figure; the price index was down 3.46% (value shown) through 2008-08-29. Unverifiable from a price index.",
          "unverifiable"),
        C("RUT", "monthly_return", -8.0, "percent", None, "2008-09-30", "2008-09", None, "total return",
          "fell 8.0% in September", "month_ret('RUT','2008-09')", 2, "fixed",
          "Total-return figure; the price index fell 8.1% (value shown) in September 2008. Unverifiable from a price index.",
          "unverifiable"),
        C("RUT", "annual_return", -33.8, "percent", None, "2008-12-31", "2008", None, "total return",
          "down 33.8%", "year_ret('RUT',2008)", 2, "fixed",
          "Total return (FTSE Russell: -33.79%); price return -34.8% (value shown). Unverifiable from a price index.",
          "unverifiable"),
    ]))

# ------------------------------------------------------------------------------------------------
P.append(dict(
    id="seeitmarket_20141013_rut_leads_lower",
    source=dict(site="seeitmarket.com", url="https://seeitmarket.com/small-caps-sell-off-stocks-lower-how-will-go-16099",
                original_outlet="See It Market"),
    published="2014-10-13", published_confidence="medium",
    published_note="Inferred: the page has no date; it cites the author's 'September 23rd post', says the Russell 2000 is down 10% year to date and the S&P 500 almost 4.5% over the last 5 sessions. Those figures fit the close of Monday 2014-10-13 (RUT YTD -9.8%, S&P 500 -4.59% over five sessions); the Friday 2014-10-10 close gives a 5-session S&P loss of only 3.1%.",
    text=("Small caps are leading stocks lower, and the question now is how far the slide will go. The small-cap "
          "benchmark Russell 2000 (RUT) careened back and forth through a 13% range for most of 2014, until last "
          "week, when it plunged below its year-to-date support and has yet to come up for air. Larger indexes "
          "such as the S&P 500 (SPX) and the Dow Jones Industrial Average (DJIA) had spent the year decoupling "
          "from the laggard small caps. Now the Russell 2000 has shaved off -10% YTD and is down -14% from its "
          "all-time highs in early July, and the large caps have begun to take notice, with the S&P down almost "
          "-4.5% over the last 5 trading days alone. Has the volatility and pessimism that has gripped the RUT for "
          "almost a year finally spilled over into the broader market? A technical review of the index, the author "
          "argues, confirms that it is leading the market lower, and he sketches how deep the correction could go. "
          "The author, who first laid out these themes in a September 23rd post, holds net short exposure to the "
          "Russell 2000."),
    claims=[
        C("RUT", "range_width", 13, "percent", None, "2014-10-03", "2014 to early October", None, "close",
          "13% range", "(series('RUT')['2014-01-01':'2014-10-03'].max()/series('RUT')['2014-01-01':'2014-10-03'].min()-1)*100", 2, "fixed",
          "A chart reading ('careened back and forth through a 13% range'); highest/lowest close Jan 1 - Oct 3 gives the value shown, but the range's exact window and basis (closes or intraday) are not stated.",
          "unverifiable"),
        C("RUT", "ytd_return", -10, "percent", None, "2014-10-13", "ytd", None, "close",
          "shaved off -10% YTD", "ytd('RUT','2014-10-13')", 2, "pct",
          "Close of 2014-10-13 vs 2013-12-31 close 1163.64."),
        C("RUT", "pct_from_ath", 14, "percent", None, "2014-10-13", None, "all-time highs in early July", "close",
          "down -14% from its", "pct_below_record('RUT','2014-10-13')", 2, "pct",
          "Against the record close 1208.65 (2014-03-04; the early-July peak close 1208.15 on 2014-07-03 fell just short of it) the drop is 13.2% (value shown); against the intraday record 1213.55 of 2014-07-01 it is 13.5%. Both round to 13, not 14: imprecise."),
        C("RUT", "ath_date", "2014-07", "month", None, "2014-10-13", None, None, "close",
          "all-time highs in early July", "record_on_or_before('RUT','2014-10-13','high')", 2, "fixed",
          "Intraday record 1213.55 on 2014-07-01 (value shown), so 'all-time highs in early July' holds on the intraday basis; the record close, 1208.65, dates from 2014-03-04, and the 2014-07-03 close 1208.15 missed it by 0.04%. Supported on the intraday reading.", "supported"),
        C("SPX", "n_day_return", -4.5, "percent", "almost", "2014-10-13", "5 sessions", None, "close",
          "almost -4.5%", "nday('GSPC','2014-10-13',5)", 2, "pct",
          "S&P 500 2014-10-13 close 1874.74 vs 2014-10-06 close 1964.82. 'almost 4.5%' implies a loss just under 4.5%; the loss is 4.59%, slightly more. nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit in magnitude (4.4..4.55)."),
    ]))

# ------------------------------------------------------------------------------------------------
P.append(dict(
    id="barrons_20170930_rut_record_week",
    source=dict(site="pettinga.com", url="https://pettinga.com/dow-notches-strong-september/",
                original_outlet="Barron's (Laurence C. Strauss), reposted by an advisory firm"),
    published="2017-09-30", published_confidence="exact",
    published_note="The repost credits 'Barron's, September 30, 2017' (a Saturday); the text is about the week ending Friday 2017-09-29, the month of September and the third quarter.",
    text=("Small-cap stocks scored an impressive gain last week, with the Russell 2000 Index climbing 2.76% to a "
          "record high, amid a strong overall showing for equities. The Standard & Poor's 500 index and the Nasdaq "
          "Composite Index reached new peaks as well. The Dow Jones Industrial Average, up 0.25% on the week, missed "
          "out on a new record, but like the other indexes it enjoyed a strong September - a month when large-cap "
          "stocks have often struggled - and third quarter, gaining nearly 5% over the three months. The S&P 500 "
          "rose 0.68% last week, and the Nasdaq Composite was up 1.07%, regaining its footing after a poor start; "
          "the Nasdaq is up 20.7% this year. The Dow finished the month up 2.08%. Over the past century the index "
          "has averaged a 1.09% loss in September, its worst month. Many analysts credited two things for the "
          "latest gains: growth is picking up again, and optimism is rising that some kind of tax-reform package "
          "will pass in Washington. That has helped small-cap names, many of which pay higher tax rates than bigger "
          "firms, and a stronger dollar helped too, since they lack the multinational exposure of larger companies. "
          "The Russell 2000 appreciated 6.09% in September."),
    claims=[
        C("RUT", "weekly_return", 2.76, "percent", None, "2017-09-29", "week", None, "close",
          "climbing 2.76%", "week('RUT','2017-09-29')", 2, "pct", "Friday 2017-09-22 close 1450.78 to 2017-09-29 close 1490.86."),
        C("RUT", "record_close", True, "flag", None, "2017-09-29", None, None, "close",
          "to a record high", "is_record('RUT','2017-09-29')", 2, "eq", "1490.86 is above every earlier close."),
        C("SPX", "record_close", True, "flag", None, "2017-09-29", "week", None, "close",
          "reached new peaks as well", "[is_record('GSPC','2017-09-29'), is_record('IXIC','2017-09-29')]", 2, "fixed",
          "Both the S&P 500 (2519.36) and the Nasdaq (6495.96) closed at records on Friday 2017-09-29.", "supported"),
        C("DJI", "weekly_return", 0.25, "percent", None, "2017-09-29", "week", None, "close",
          "up 0.25% on the week", "week('DJI','2017-09-29')", 2, "pct", "Dow 2017-09-22 close vs 2017-09-29 close."),
        C("DJI", "record_close", False, "flag", None, "2017-09-29", "week", None, "close",
          "missed out on a new record", "[is_record('DJI',d) for d in ['2017-09-25','2017-09-26','2017-09-27','2017-09-28','2017-09-29']]", 2, "fixed",
          "No Dow close of the week was above the 2017-09-20 record 22412.59.", "supported"),
        C("DJI", "quarterly_return", 5, "percent", "nearly", "2017-09-29", "Q3 2017", None, "close",
          "gaining nearly 5%", "quarter_to_date('DJI','2017-09-29')", 2, "pct",
          "Dow 2017-06-30 close to 2017-09-29 close. nearly/almost: 4 <= true <= 5.5."),
        C("SPX", "weekly_return", 0.68, "percent", None, "2017-09-29", "week", None, "close",
          "rose 0.68% last week", "week('GSPC','2017-09-29')", 2, "pct", "S&P 500 week to Friday 2017-09-29."),
        C("IXIC", "weekly_return", 1.07, "percent", None, "2017-09-29", "week", None, "close",
          "was up 1.07%", "week('IXIC','2017-09-29')", 2, "pct", "Nasdaq week to Friday 2017-09-29."),
        C("IXIC", "ytd_return", 20.7, "percent", None, "2017-09-29", "ytd", None, "close",
          "up 20.7% this year", "ytd('IXIC','2017-09-29')", 2, "pct", "Nasdaq 2016-12-30 close 5383.12 to 2017-09-29."),
        C("DJI", "monthly_return", 2.08, "percent", None, "2017-09-29", "2017-09", None, "close",
          "up 2.08%", "month_ret('DJI','2017-09')", 2, "pct", "Dow 2017-08-31 close to 2017-09-29 close."),
        C("DJI", "avg_september_return", -1.09, "percent", None, "2017-09-29", "past century", None, "close",
          "averaged a 1.09% loss", None, 2, "fixed",
          "A century of Septembers needs Dow history before 1992; the file starts 1992-01-02.", "unverifiable"),
        C("RUT", "monthly_return", 6.09, "percent", None, "2017-09-29", "2017-09", None, "close",
          "appreciated 6.09%", "month_ret('RUT','2017-09')", 2, "pct", "RUT 2017-08-31 close to 2017-09-29 close."),
    ]))

# ------------------------------------------------------------------------------------------------
P.append(dict(
    id="investopedia_20170109_small_caps_poised",
    source=dict(site="investopedia.com.cach3.com",
                url="https://www.investopedia.com.cach3.com/news/small-cap-stocks-are-poised-big-gains-rut/index.html",
                original_outlet="Investopedia (summarising The Wall Street Journal)"),
    published="2017-01-09", published_confidence="medium",
    published_note="Inferred: the cached page has no date; it cites figures 'through January 6' (Friday 2017-01-06) and a recent WSJ piece, so it was published on or shortly after Monday 2017-01-09.",
    text=("The small-cap Russell 2000 Index is poised for another strong year in 2017, according to a number of "
          "investment professionals quoted in the Wall Street Journal. That follows an impressive 2016, when the "
          "index rose 19.5% and delivered a total return, including dividends, of 21.3%. By comparison with the "
          "latter figure, the S&P 500 Total Return Index was up by 12.0% for the year. The Russell 2000 has "
          "continued to surge since Election Day (November 8) through January 6, outperforming the 13.4% rise of "
          "the Dow Jones Industrial Average (DJIA), according to FactSet. Over the same period, the S&P 500 Total "
          "Return Index was up by 6.8%. The Journal offers several explanations: trade protectionism and a rising "
          "dollar are less likely to hurt small caps, which tend to be purely domestic firms; promised corporate "
          "tax cuts should do more for small caps, which tend to pay higher effective tax rates; and financials, "
          "the largest sector in the Russell, stand to gain if banking rules are rolled back. \"We are in an "
          "earnings driven market that we think will continue into 2017,\" one strategist told the Journal. The "
          "average small cap value fund returned 26.8% in 2016, according to Lipper, while large cap value funds "
          "were up by an average of 14.6%."),
    claims=[
        C("RUT", "forecast", None, "text", None, "2017-01-09", "2017", None, None,
          "poised for another strong year", None, 2, "fixed", "A projection for 2017.", "forecast"),
        C("RUT", "annual_return", 19.5, "percent", None, "2016-12-30", "2016", None, "close",
          "rose 19.5%", "year_ret('RUT',2016)", 2, "pct", "RUT 2015-12-31 close 1135.89 to 2016-12-30 close 1357.13."),
        C("RUT", "annual_total_return", 21.3, "percent", None, "2016-12-30", "2016", None, "total return",
          "21.3%", "ret('IWM','2015-12-31','2016-12-30')", 2, "fixed",
          "Index total return; no total-return index in the files. The IWM price (value shown) is a price figure; IWM adj_close would include fund costs. Unverifiable.",
          "unverifiable"),
        C("SPX", "annual_total_return", 12.0, "percent", None, "2016-12-30", "2016", None, "total return",
          "up by 12.0%", "year_ret('GSPC',2016)", 2, "fixed",
          "S&P 500 Total Return Index: not in the files (GSPC is the price index, +9.5% in 2016, value shown).", "unverifiable"),
        C("DJI", "return_since", 13.4, "percent", None, "2017-01-06", "2016-11-08 to 2017-01-06", None, "close",
          "13.4% rise", "ret('DJI','2016-11-08','2017-01-06')", 2, "pct",
          "The Dow rose from 18332.74 (Election Day close) to 19963.80 on 2017-01-06, +8.9%. 13.4% is close to the Russell 2000's own gain over the span (+14.4%, 1195.14 -> 1367.28): the figure seems attached to the wrong index."),
        C("RUT", "outperformed_dji", True, "flag", None, "2017-01-06", "2016-11-08 to 2017-01-06", "DJI", "close",
          "outperforming the", "ret('RUT','2016-11-08','2017-01-06') > ret('DJI','2016-11-08','2017-01-06')", 2, "eq",
          "RUT +14.4% vs Dow +8.9% from the 2016-11-08 close to the 2017-01-06 close."),
        C("SPX", "total_return_since", 6.8, "percent", None, "2017-01-06", "2016-11-08 to 2017-01-06", None, "total return",
          "was up by 6.8%", "ret('GSPC','2016-11-08','2017-01-06')", 2, "fixed",
          "Total-return index not in the files; the price index rose the value shown (6.4%), so a 6.8% total return is plausible but not checkable.",
          "unverifiable"),
        C("QUOTE", "quote", None, "text", None, "2017-01-09", None, None, None,
          "earnings driven market", None, 2, "fixed", "Quoted opinion and outlook.", "not_checkable"),
        C("GENERIC", "fund_return", 26.8, "percent", None, "2016-12-30", "2016", None, None,
          "returned 26.8%", None, 2, "fixed", "Lipper fund-category averages: not in the files.", "unverifiable"),
        C("GENERIC", "fund_return", 14.6, "percent", None, "2016-12-30", "2016", None, None,
          "average of 14.6%", None, 2, "fixed", "Lipper fund-category average: not in the files.", "unverifiable"),
    ]))

# ------------------------------------------------------------------------------------------------
P.append(dict(
    id="seekingalpha_20180517_rut_record_close",
    source=dict(site="seekingalpha.com",
                url="https://seekingalpha.com/article/4174975-u-s-small-cap-stock-index-closes-record-high?source=feed_symbol_iwf",
                original_outlet="Seeking Alpha (James Picerno, The Capital Spectator)"),
    published="2018-05-17", published_confidence="exact",
    published_note="Page dated May 17, 2018 8:30 AM ET; 'closed at a record high yesterday' is Wednesday 2018-05-16.",
    text=("The small-cap corner of the equity market is enjoying a reprieve this year from its long run of "
          "underperformance against large caps. The Russell 2000 Index, the widely followed gauge of small "
          "companies, closed at a record high yesterday. Large caps, measured by the Russell 1000, also edged higher "
          "in Wednesday's trading, although that slice of the market remains well below its peak and is trailing "
          "the Russell 2000 year to date. Based on total returns from FTSE Russell through May 16, the Russell 2000 "
          "is up 5.7% so far this year, a solid premium over the Russell 1000's 2.6% year-to-date performance. Part "
          "of the reason may be smaller firms' lighter exposure to business abroad: with trade tensions running "
          "high in recent months, investors seem to be discounting large-cap prospects on the view that those "
          "companies will suffer more. Bank of America Merrill Lynch data show that 21% of revenue for Russell 2000 "
          "companies comes from foreign sources, against 30% for large-cap S&P 500 stocks, CNBC reports. A "
          "small-cap fund manager who in March advised buying into small caps said the protectionist agenda would "
          "be better for them than for large caps."),
    claims=[
        C("RUT", "record_close", True, "flag", None, "2018-05-16", None, None, "close",
          "closed at a record high yesterday", "is_record('RUT','2018-05-16')", 2, "eq",
          "RUT 2018-05-16 close 1616.37 above the earlier record (value of record_before shown in detail)."),
        C("SPX", "pct_from_ath", None, "text", None, "2018-05-16", None, None, "close",
          "well below its peak", "pct_below_record('GSPC','2018-05-16')", 2, "fixed",
          "Said of the Russell 1000 (not in the files). The S&P 500, a close proxy, was 5.2% below its 2018-01-26 record close 2872.87 (value shown); 'well below' is vague. Unverifiable for the Russell 1000.",
          "unverifiable"),
        C("RUT", "ytd_total_return", 5.7, "percent", None, "2018-05-16", "ytd", None, "total return",
          "up 5.7% so far", "ytd('RUT','2018-05-16')", 2, "fixed",
          "Total return stated; price index YTD shown (+5.3%, 1535.51 -> 1616.37). Unverifiable on a total-return basis.", "unverifiable"),
        C("GENERIC", "ytd_total_return", 2.6, "percent", None, "2018-05-16", "ytd", None, "total return",
          "2.6% year-to-date", "ytd('GSPC','2018-05-16')", 2, "fixed",
          "Russell 1000 total return: not in the files (S&P 500 price YTD shown for reference).", "unverifiable"),
        C("RUT", "outperformed_large_caps_ytd", True, "flag", None, "2018-05-16", "ytd", "SPX", "close",
          "trailing the Russell 2000 year to date", "ytd('RUT','2018-05-16') > ytd('GSPC','2018-05-16')", 2, "eq",
          "With the S&P 500 as proxy for large caps: RUT +5.3% vs S&P 500 +1.8% (price, YTD to 2018-05-16)."),
        C("GENERIC", "foreign_revenue_share", 21, "percent", None, "2018-05-16", None, None, None,
          "21% of revenue", None, 2, "fixed", "BofA Merrill Lynch revenue data: not in the files.", "unverifiable"),
        C("GENERIC", "foreign_revenue_share", 30, "percent", None, "2018-05-16", None, None, None,
          "30% for large-cap", None, 2, "fixed", "BofA Merrill Lynch revenue data: not in the files.", "unverifiable"),
    ]))

# ------------------------------------------------------------------------------------------------
P.append(dict(
    id="thestar_wsj_20190624_bigger_is_better",
    source=dict(site="thestar.com", url="https://www.thestar.com/wsj/markets/2019/06/24/bigger-is-better-in-us-stock-market.html",
                original_outlet="The Wall Street Journal (syndicated by the Toronto Star)"),
    published="2019-06-24", published_confidence="exact",
    published_note="Date in the URL (2019/06/24), a Monday; 'On Monday' is that session.",
    text=("Shares of small companies are usually pitched as a haven when turmoil swirls outside the U.S., but "
          "investors are not piling in this time. Companies in the Russell 2000, the small-cap benchmark, earn "
          "more of their revenue at home than their larger peers. Yet even as tensions between the U.S. and China "
          "and other trading partners flared this spring, the Russell 2000 has stayed a laggard. In the past 12 "
          "months the Russell 2000 has lost 9.2%, compared with the S&P 500's 6.9% rise. Microcap stocks are faring "
          "even worse, with the iShares Micro-Cap exchange-traded fund down 17% in the past 12 months. The June "
          "rally has also favored the big names: so far in June, the Russell 2000 is up 4.4% and the S&P 500 is up "
          "7%. On Monday, the S&P 500 slipped by 0.2%, while the Russell 2000 lost 1.3%. Some analysts blame worries "
          "that U.S. growth is cooling, which could leave consumers with less to spend and make borrowing harder. "
          "Small caps are also simply more volatile, which explains their big swoon late in 2018 but not why they "
          "have stayed down. Another reason is the rush into growth stocks: Facebook is up 47% this year and "
          "Netflix 39%, gains that lift the S&P 500 but are absent from the Russell 2000."),
    claims=[
        C("RUT", "return_12m", -9.2, "percent", None, "2019-06-24", "12 months", None, "close",
          "has lost 9.2%", "ret('RUT','2018-06-22','2019-06-24')", 2, "pct",
          "Past 12 months read as the close of 2018-06-22 (last session a year earlier) to 2019-06-24; with the Friday 2019-06-21 close as end (article written before Monday's close) the loss is about 8.1%. The exact window is not stated."),
        C("SPX", "return_12m", 6.9, "percent", None, "2019-06-24", "12 months", None, "close",
          "S&P 500's 6.9% rise", "ret('GSPC','2018-06-22','2019-06-24')", 2, "pct",
          "Same window as the Russell figure (2018-06-22 close to 2019-06-24 close)."),
        C("GENERIC", "return_12m", -17, "percent", None, "2019-06-24", "12 months", None, "close",
          "down 17% in the past", None, 2, "fixed", "iShares Micro-Cap ETF (IWC): not in the files.", "unverifiable"),
        C("RUT", "mtd_return", 4.4, "percent", None, "2019-06-24", "mtd", None, "close",
          "the Russell 2000 is up 4.4%", "mtd('RUT','2019-06-24')", 2, "pct",
          "RUT 2019-05-31 close 1465.49 to 2019-06-24 close 1530.08."),
        C("SPX", "mtd_return", 7, "percent", None, "2019-06-24", "mtd", None, "close",
          "S&P 500 is up 7%", "mtd('GSPC','2019-06-24')", 2, "pct",
          "S&P 500 2019-05-31 close 2752.06 to 2019-06-24 close."),
        C("SPX", "daily_return", -0.2, "percent", None, "2019-06-24", "1d", None, "close",
          "slipped by 0.2%", "pct('GSPC','2019-06-24')", 2, "pct", "S&P 500 2019-06-24 vs 2019-06-21."),
        C("RUT", "daily_return", -1.3, "percent", None, "2019-06-24", "1d", None, "close",
          "lost 1.3%", "pct('RUT','2019-06-24')", 2, "pct", "RUT 2019-06-24 close 1530.08 vs 1549.63."),
        C("GENERIC", "ytd_return", 47, "percent", None, "2019-06-24", "ytd", None, "close",
          "Facebook is up 47%", None, 2, "fixed", "Single stocks: not in the files.", "unverifiable"),
        C("GENERIC", "ytd_return", 39, "percent", None, "2019-06-24", "ytd", None, "close",
          "Netflix 39%", None, 2, "fixed", "Single stocks: not in the files.", "unverifiable"),
    ]))

# ------------------------------------------------------------------------------------------------
P.append(dict(
    id="traderscommunity_20220131_january_closes",
    source=dict(site="traderscommunity.com",
                url="https://traderscommunity.com/sp-and-nasdaq-have-their-worst-month-since-march-2020-russell-2000-2nd-worse-january-since-1979/",
                original_outlet="Traders Community (quoting the Stock Trader's Almanac)"),
    published="2022-01-31", published_confidence="high",
    published_note="Inferred: the post reports the 'Market Closes for January 2022' after the last session of the month, Monday 2022-01-31, when the indexes 'closed sharply higher on the day'.",
    text=("A violent January for the stock market is over. The major indexes closed sharply higher on the day, as "
          "gains picked up into and on the final session of the month, and although all of them still lost ground "
          "in January, the last few days cut the damage. The S&P and Nasdaq had their worst month since March "
          "2020, and the Nasdaq its worst January since 2008; at the same time the S&P and Nasdaq logged their best "
          "2-day gain since November 2020. For the Russell 2000 it was the 2nd worst start since 1979, and it could "
          "have been much worse: the Russell was down over 20% from the high at one point. The month's tally: the "
          "Dow, -3.32%, after being down -8.77% at the month's low; the S&P, -5.3%, down -11.4% at its low; the "
          "Nasdaq, -8.98%, down -16.3% at its low; and the Russell 2000, -9.8%, after sinking -15.34% at the "
          "month's low. Tesla fell 11% in January. So much for the January Effect, the habit of small caps beating "
          "large caps in January. As the Stock Trader's Almanac points out, most of it happens in the last half of "
          "December, and it did this time, as the Russell 2000 small cap index gained 2.3% from December 15, 2021, "
          "through December 31 vs. 1.3% for the Russell 1000 large cap index."),
    claims=[
        C("SPX", "worst_month_since", "2020-03", "month", None, "2022-01-31", "2022-01", None, "close",
          "worst month since March 2020", "last_month_as_bad('GSPC','2022-01')", 2, "since",
          "Last earlier month with an S&P 500 loss at least as large as January 2022's. The same phrase covers the Nasdaq (next claim)."),
        C("IXIC", "worst_month_since", "2020-03", "month", None, "2022-01-31", "2022-01", None, "close",
          "S&P and Nasdaq had", "last_month_as_bad('IXIC','2022-01')", 2, "since",
          "Last earlier month with a Nasdaq loss at least as large as January 2022's (-8.98%)."),
        C("IXIC", "worst_january_since", 2008, "year", None, "2022-01-31", "2022-01", None, "close",
          "worst January since 2008", "last_january_as_bad('IXIC',2022)", 0, "since",
          "Last earlier January with a Nasdaq loss at least as large."),
        C("SPX", "best_2day_since", "2020-11", "month", None, "2022-01-31", "2 sessions", None, "close",
          "best 2-day gain since November 2020", "[last_nday_as_big('GSPC','2022-01-31',2), last_nday_as_big('IXIC','2022-01-31',2)]", 2, "fixed",
          "2-session gains ending 2022-01-31 (from the 2022-01-27 close): S&P 500 +4.4%, Nasdaq +6.6%. The last 2-session gains at least as large ended on the dates shown, in April 2020 for both indexes; November 2020 is later than the true date, so the 'since' understates the rarity: imprecise.",
          "imprecise"),
        C("RUT", "january_rank", 2, "rank", None, "2022-01-31", "2022-01", None, "close",
          "2nd worst start since 1979", "int((pd.Series({y: month_ret('RUT', f'{y}-01') for y in range(1988, 2023)}) <= month_ret('RUT','2022-01')).sum())", 0, "fixed",
          "Rank of January 2022 (-9.66%) among the Januaries 1988-2022 in the file: 2nd (value shown), behind January 2009 (-11.20%). The claim runs back to 1979, before the file starts (1987-09-10), so the 1979-1987 Januaries cannot be checked: unverifiable (consistent with the file).",
          "unverifiable"),
        C("RUT", "drawdown_intraday", 20, "percent", "more than", "2022-01-31", "2022-01", None, "intraday low",
          "down over 20% from the high", "(1 - frame('RUT')['2022-01-01':'2022-01-31']['low'].min() / record_before('RUT','2022-01-31')[1]) * 100", 2, "pct",
          "Deepest January 2022 intraday low vs the 2021-11-08 record close 2442.74. Against the intraday record high 2458.86 the drop is a little larger."),
        C("DJI", "monthly_return", -3.32, "percent", None, "2022-01-31", "2022-01", None, "close",
          "-3.32%", "month_ret('DJI','2022-01')", 2, "pct", "Dow 2021-12-31 close to 2022-01-31 close."),
        C("DJI", "month_low_intraday", -8.77, "percent", None, "2022-01-31", "2022-01", None, "intraday low",
          "-8.77%", "window_extreme_pct('DJI','2021-12-31','2022-01-31','low')", 2, "pct",
          "Lowest intraday level of January (2022-01-24) vs the 2021-12-31 close."),
        C("SPX", "monthly_return", -5.3, "percent", None, "2022-01-31", "2022-01", None, "close",
          "the S&P, -5.3%", "month_ret('GSPC','2022-01')", 2, "pct", "S&P 500 2021-12-31 close 4766.18 to 4515.55."),
        C("SPX", "month_low_intraday", -11.4, "percent", None, "2022-01-31", "2022-01", None, "intraday low",
          "-11.4%", "window_extreme_pct('GSPC','2021-12-31','2022-01-31','low')", 2, "pct",
          "S&P 500 lowest intraday level of January vs the 2021-12-31 close."),
        C("IXIC", "monthly_return", -8.98, "percent", None, "2022-01-31", "2022-01", None, "close",
          "-8.98%", "month_ret('IXIC','2022-01')", 2, "pct", "Nasdaq 2021-12-31 close to 2022-01-31 close."),
        C("IXIC", "month_low_intraday", -16.3, "percent", None, "2022-01-31", "2022-01", None, "intraday low",
          "-16.3%", "window_extreme_pct('IXIC','2021-12-31','2022-01-31','low')", 2, "pct",
          "Nasdaq lowest intraday level of January vs the 2021-12-31 close."),
        C("RUT", "monthly_return", -9.8, "percent", None, "2022-01-31", "2022-01", None, "close",
          "-9.8%", "month_ret('RUT','2022-01')", 2, "pct", "RUT 2021-12-31 close 2245.31 to 2028.45."),
        C("RUT", "month_low_intraday", -15.34, "percent", None, "2022-01-31", "2022-01", None, "intraday low",
          "-15.34%", "window_extreme_pct('RUT','2021-12-31','2022-01-31','low')", 2, "pct",
          "RUT lowest intraday level of January vs the 2021-12-31 close."),
        C("GENERIC", "monthly_return", -11, "percent", None, "2022-01-31", "2022-01", None, "close",
          "Tesla fell 11%", None, 2, "fixed", "Single stock: not in the files.", "unverifiable"),
        C("RUT", "window_return", 2.3, "percent", None, "2021-12-31", "2021-12-15 to 2021-12-31", None, "close",
          "gained 2.3%", "ret('RUT','2021-12-15','2021-12-31')", 2, "pct",
          "From the 2021-12-15 close to the 2021-12-31 close (the Almanac's usual convention). From the 2021-12-14 close it is larger (see detail)."),
        C("GENERIC", "window_return", 1.3, "percent", None, "2021-12-31", "2021-12-15 to 2021-12-31", None, "close",
          "1.3% for the Russell 1000", None, 2, "fixed", "Russell 1000: not in the files.", "unverifiable"),
    ]))

# ------------------------------------------------------------------------------------------------
P.append(dict(
    id="barrons_20230907_small_caps_fall_behind",
    source=dict(site="thejournalbiz.com", url="https://thejournalbiz.com/?p=9020",
                original_outlet="Barron's (reposted)"),
    published="2023-09-07", published_confidence="medium",
    published_note="Inferred: the repost is undated. The Russell 2000 'on pace for a 3.3% weekly decline, just shy of its loss during the week that ended Aug. 18' with the Russell up about 5.5% this year against 16% for the S&P 500, and the S&P 500 down about 1% on the week, fits Thursday 2023-09-07 during the session (week ending 2023-09-08: RUT -3.6%, S&P 500 -1.3%; YTD at the 09-07 close: RUT +5.4%, S&P 500 +15.9%).",
    text=("Shares of smaller companies have trailed those of their bigger rivals all through 2023, and this week "
          "the gap has only widened, as a social-media chart of small against large caps and a FactSet chart of "
          "the two benchmarks both show. The Russell 2000 is on pace for a 3.3% weekly decline, just shy of its "
          "loss during the week that ended Aug. 18. If it slips any farther, it will notch its worst week since "
          "March, according to Dow Jones Market Data. For the year, the Russell is up about 5.5%, compared with a "
          "16% advance by the S&P 500, and the large-cap benchmark is down roughly 1% for the week. The small-cap "
          "index's struggles come as investors weigh how long interest rates will stay high, a worry that weighs "
          "more on smaller, more indebted companies than on the cash-rich giants that dominate the S&P 500."),
    claims=[
        C("RUT", "wtd_return", -3.3, "percent", None, "2023-09-07", "wtd", None, "during the session",
          "3.3% weekly decline", "wtd('RUT','2023-09-07')", 2, "fixed",
          "Mid-session figure ('on pace'). Week-to-date through Thursday's close: value shown (-3.39%, 1920.83 on 2023-09-01 -> 1855.76). Thursday's range: low 1848.72 (-3.75%), high 1871.62 (-2.56%); the figure lies inside the range.",
          "unverifiable"),
        C("RUT", "weekly_return_compare", -3.41, "percent", None, "2023-08-18", "week", None, "close",
          "just shy of its", "week('RUT','2023-08-18')", 2, "fixed",
          "The week ending 2023-08-18 lost 3.41% (value shown): a 3.3% decline is indeed just shy of it.", "supported"),
        C("RUT", "worst_week_since", "2023-03", "month", None, "2023-09-07", "week", None, "close",
          "worst week since", "last_week_as_big('RUT','2023-08-18','pct',False)", 2, "fixed",
          "Conditional ('If it slips any farther'). For reference, the last week worse than the 2023-08-18 week (-3.41%) ended on the date shown.",
          "not_checkable"),
        C("RUT", "ytd_return", 5.5, "percent", "about", "2023-09-07", "ytd", None, "during the session",
          "up about 5.5%", "ytd('RUT','2023-09-07')", 2, "fixed",
          "Mid-session figure. YTD at Thursday's close +5.37% (value shown); Thursday's range runs from +4.97% (low) to +6.27% (high), so 5.5% lies inside the range.",
          "unverifiable"),
        C("SPX", "ytd_return", 16, "percent", None, "2023-09-07", "ytd", None, "during the session",
          "16% advance", "ytd('GSPC','2023-09-07')", 2, "fixed",
          "Mid-session figure; at Thursday's close the S&P 500 was up 15.93% for the year (value shown), which rounds to 16, and the session's range (+15.4% to +16.1%) contains it.",
          "unverifiable"),
        C("SPX", "wtd_return", -1, "percent", "roughly", "2023-09-07", "wtd", None, "during the session",
          "down roughly 1%", "wtd('GSPC','2023-09-07')", 2, "fixed",
          "Mid-session figure with a hedge. S&P 500 week-to-date at Thursday's close -1.43% (value shown; 4515.77 on 2023-09-01 -> 4451.14); Thursday's range runs from -1.89% (low 4430.46) to -1.28% (high 4457.81). Every level of the session is within 'roughly 1%' (one unit of the last digit), so the claim holds whenever it was written.",
          "supported"),
    ]))

# ------------------------------------------------------------------------------------------------
P.append(dict(
    id="yahoo_20241016_rut_52_week_high",
    source=dict(site="midnightssign.com", url="https://midnightssign.com/stock-market-today-dow-stocks-lead-higher-as-new-earnings-roll",
                original_outlet="Yahoo Finance (live blog, reposted)"),
    published="2024-10-16", published_confidence="medium",
    published_note="Inferred: the repost is undated. A Wednesday with the Russell 2000 up more than 1.5% at a 52-week high near 2,300, after the Fed's half-point cut in September and a Morgan Stanley note of 'Tuesday': Wednesday 2024-10-16 (RUT +1.64% to 2286.68, highest close since November 2021). Written during the session.",
    text=("Stock market today: Dow stocks lead higher as new earnings roll in. The small-cap Russell 2000 (^RUT) "
          "rose more than 1.5% on Wednesday, outpacing the gains of all three major indexes and closing at a "
          "52-week high of 2,300. If the Russell closes at its current level, it will mark the highest close for "
          "the index since November 2021. Small caps were among the most debated trades on Wall Street this year. "
          "Because the group carries more refinancing risk, strategists have argued that lower rates would help "
          "it, and that argument, along with signs that the U.S. economy is on track for solid growth, once again "
          "makes the case for owning small caps, Wall Street strategists say. Morgan Stanley chief investment "
          "officer Mike Wilson recently moved to a \"neutral\" position on small versus large caps following the "
          "Federal Reserve's half-percentage-point interest rate cut in September. \"For us to be fully bullish on "
          "small caps overall, leading macro indicators will likely need to show that a clear acceleration in "
          "growth is coming,\" he wrote to clients on Tuesday, adding that valuations look relatively cheap and "
          "that \"earnings expansion is ahead.\""),
    claims=[
        C("RUT", "daily_return", 1.5, "percent", "more than", "2024-10-16", "1d", None, "during the session",
          "rose more than 1.5%", "[round(pct('RUT','2024-10-16'),2), round(intraday_pct('RUT','2024-10-16','high'),2)]", 2, "fixed",
          "Mid-session bound claim: close +1.64% and session high +1.77% (values shown) both exceed 1.5%.", "supported"),
        C("RUT", "outperformed_majors", True, "flag", None, "2024-10-16", "1d", "DJI, SPX, IXIC", "close",
          "outpacing the gains of all three major indexes",
          "pct('RUT','2024-10-16') > max(pct('DJI','2024-10-16'), pct('GSPC','2024-10-16'), pct('IXIC','2024-10-16'))", 2, "eq",
          "RUT +1.64% vs Dow +0.79%, S&P 500 +0.47%, Nasdaq +0.28% at the close."),
        C("RUT", "close_level", 2300, "index_points", None, "2024-10-16", None, None, "during the session",
          "52-week high of 2,300", "[close('RUT','2024-10-16'), close('RUT','2024-10-16','high')]", 2, "level",
          "The close was 2286.68 and the session high 2289.49 (values shown): 2,300 is above the whole session's range, off by 0.46% from the high and 0.58% from the close. Unhedged integer level: imprecise (within 1%). It was a 52-week closing high."),
        C("RUT", "highest_close_since", "2021-11", "month", None, "2024-10-16", None, None, "close",
          "highest close for the index since November 2021", "highest_since('RUT','2024-10-16')", 2, "fixed",
          "Conditional ('If the Russell closes at its current level'). It did close higher than every session since the date shown (2021-11-15), i.e. since November 2021.",
          "not_checkable"),
        C("FEDFUNDS", "rate_change_bp", -50, "bp", None, "2024-09-18", None, None, None,
          "half-percentage-point interest rate cut in September", "fed_change_bp('2024-09-18')", 0, "pts",
          "FOMC 2024-09-18: target range 5.25-5.50% -> 4.75-5.00% effective 2024-09-19."),
        C("QUOTE", "quote", None, "text", None, "2024-10-15", None, None, None,
          "fully bullish", None, 2, "fixed", "Strategist's conditional view and outlook.", "not_checkable"),
    ]))

# ------------------------------------------------------------------------------------------------
P.append(dict(
    id="horizon_20250922_big_quarter_small_stocks",
    source=dict(site="horizoninvestments.com", url="https://www.horizoninvestments.com/a-big-quarter-for-small-stocks",
                original_outlet="Horizon Investments (market commentary)"),
    published="2025-09-22", published_confidence="medium",
    published_note="Inferred: data 'as of 09/19/2025' (Friday) and 'the Fed's decision last week' (2025-09-17), so published in the week of Monday 2025-09-22. The quarter-to-date figures are as of the 2025-09-19 close; the record close was 2025-09-18.",
    text=("A big quarter for small stocks - can the surge continue? Small-cap stocks, as measured by the Russell "
          "2000, soared more than 2.5% following the Federal Reserve's decision last week to cut a key short-term "
          "interest rate, pushing the index to its first record-high close since November 2021, although it nearly "
          "made it back in November of last year. What's more, small caps are up 12.9% so far this quarter, far "
          "outpacing the large-cap S&P 500 index's 7.7% return, according to Bloomberg data and Horizon's "
          "calculations as of 09/19/2025. The rally, after a long stretch of relative underperformance, has been "
          "fueled partly by expectations of rate cuts: small companies usually lean more on short-term debt than "
          "big ones, so a lower policy rate should trim their costs. Earnings growth in the group keeps improving "
          "and consumer spending remains strong, with August retail sales beating forecasts. Small caps have "
          "staged brief rallies before, only to fall behind again, but the firm argues that a small-cap allocation "
          "can help diversify portfolios heavy in large-cap technology."),
    claims=[
        C("RUT", "daily_return", 2.5, "percent", "more than", "2025-09-18", "1d", None, "close",
          "soared more than 2.5%", "pct('RUT','2025-09-18')", 2, "pct",
          "The session after the decision, 2025-09-18: 2407.34 -> 2467.70, +2.507%; just above 2.5%."),
        C("FEDFUNDS", "rate_change_bp", -25, "bp", None, "2025-09-17", None, None, None,
          "decision last week to cut", "fed_change_bp('2025-09-17')", 0, "fixed",
          "FOMC 2025-09-17 cut the range by 25 bp (4.25-4.50% -> 4.00-4.25%); 'last week' relative to the week of 2025-09-22 is right.",
          "supported"),
        C("RUT", "first_record_since", "2021-11-08", "date", None, "2025-09-18", None, None, "close",
          "first record-high close since November 2021", "[is_record('RUT','2025-09-18'), record_before('RUT','2025-09-18')]", 2, "fixed",
          "2467.70 on 2025-09-18 tops the previous record close 2442.74 of 2021-11-08 (values shown).", "supported"),
        C("RUT", "near_record", 0.03, "percent", None, "2024-11-25", "2024-11", None, "close",
          "nearly made it back in November of last year", "pct_below('RUT','2024-11-25', record_before('RUT','2024-11-25')[1])", 2, "fixed",
          "Best November 2024 close 2442.03 on 2024-11-25, 0.03% (value shown) below the 2021 record close: 'nearly' is right (the intraday high 2466.49 did top the intraday record).",
          "supported"),
        C("RUT", "qtd_return", 12.9, "percent", None, "2025-09-19", "Q3 2025", None, "close",
          "up 12.9% so far this quarter", "quarter_to_date('RUT','2025-09-19')", 2, "pct",
          "Price index QTD (2025-06-30 close to 2025-09-19 close) is +12.59% (value shown), outside tolerance; the IWM total-return series (adj_close) gives +12.92% over the same window, so the figure is a total return ('return', Bloomberg data). No total-return index is in the files: unverifiable (price reading would be imprecise).", "unverifiable"),
        C("SPX", "qtd_return", 7.7, "percent", None, "2025-09-19", "Q3 2025", None, "close",
          "7.7% return", "quarter_to_date('GSPC','2025-09-19')", 2, "pct",
          "S&P 500 price QTD +7.40% (value shown); SPY adj_close (total return) gives +7.72%, matching 7.7%. A total-return figure: unverifiable from the price index (the price reading would be imprecise).", "unverifiable"),
    ]))

# ------------------------------------------------------------------------------------------------
def ap_day(pid, d, items):
    out = []
    for tk, ptsv, pctv, lvl, a_pts, a_pct, a_lvl in items:
        out.append(C(tk, "daily_point_change", ptsv, "index_points", None, d, "1d", None, "close", a_pts,
                     f"pts('{tk if tk != 'SPX' else 'GSPC'}','{d}')", 2, "pts", "Close vs the previous close."))
        out.append(C(tk, "daily_return", pctv, "percent", None, d, "1d", None, "close", a_pct,
                     f"pct('{tk if tk != 'SPX' else 'GSPC'}','{d}')", 2, "pct", "Close vs the previous close."))
        out.append(C(tk, "close_level", lvl, "index_points", None, d, None, None, "close", a_lvl,
                     f"close('{tk if tk != 'SPX' else 'GSPC'}','{d}')", 2, "level", "Closing level."))
    return out


def ap_window(d, win, items):
    out = []
    fn = {"wtd": "wtd", "ytd": "ytd"}[win]
    base = {"wtd": "the last close of the previous week", "ytd": "the 2021-12-31 close"}[win]
    for tk, ptsv, pctv, a_pts, a_pct in items:
        t = tk if tk != "SPX" else "GSPC"
        out.append(C(tk, f"{win}_point_change", ptsv, "index_points", None, d, win, None, "close", a_pts,
                     f"{fn}('{t}','{d}','pts')", 2, "pts", f"Since {base}."))
        out.append(C(tk, f"{win}_return", pctv, "percent", None, d, win, None, "close", a_pct,
                     f"{fn}('{t}','{d}')", 2, "pct", f"Since {base}."))
    return out


P.append(dict(
    id="ap_20220920_indexes_before_fed",
    source=dict(site="washingtonpost.com",
                url="https://www.washingtonpost.com/business/how-major-us-stock-indexes-fared-tuesday-9202022/2022/09/20/aa7901a4-3922-11ed-b8af-0a04e5dc3db6_story.html",
                original_outlet="Associated Press"),
    published="2022-09-20", published_confidence="exact",
    published_note="Date in the URL and headline ('Tuesday 9/20/2022').",
    text=("Wall Street ended lower on Tuesday as investors waited for the Federal Reserve's next decision on "
          "interest rates, due the following day. The benchmark S&P 500 gave up 43.96 points, or 1.1%, to finish "
          "at 3,855.93. The Dow Jones Industrial Average lost 313.45 points, or 1%, ending at 30,706.23, and the "
          "Nasdaq shed 109.97 points, or 1%, to 11,425.05. Smaller companies fared worst: the Russell 2000 dropped "
          "25.34 points, or 1.4%, to 1,787.50. Two days into the week, the S&P 500 is down 17.40 points, or 0.4%, "
          "the Dow 116.19 points, or 0.4%, the Nasdaq 23.35 points, or 0.2%, and the Russell 2000 10.68 points, or "
          "0.6%. For the year, the S&P 500 is off 910.25 points, or 19.1%, the Dow 5,632.07 points, or 15.5%, the "
          "Nasdaq 4,219.92 points, or 27%, and the Russell 2000 457.81 points, or 20.4%."),
    claims=[C("FEDFUNDS", "fomc_next_day", True, "flag", None, "2022-09-21", None, None, None,
              "due the following day", "is_fomc_day('2022-09-21')", 2, "eq",
              "FOMC decision day 2022-09-21 (a 75 bp hike).")]
    + ap_day("2022-09-20", "2022-09-20", [
        ("SPX", -43.96, -1.1, 3855.93, "43.96 points", "or 1.1%", "3,855.93"),
        ("DJI", -313.45, -1, 30706.23, "313.45 points", "or 1%, ending", "30,706.23"),
        ("IXIC", -109.97, -1, 11425.05, "109.97 points", "or 1%, to 11,425.05", "11,425.05"),
        ("RUT", -25.34, -1.4, 1787.50, "25.34 points", "or 1.4%", "1,787.50")])
    + ap_window("2022-09-20", "wtd", [
        ("SPX", -17.40, -0.4, "17.40 points", "or 0.4%, the Dow"),
        ("DJI", -116.19, -0.4, "116.19 points", "or 0.4%, the Nasdaq"),
        ("IXIC", -23.35, -0.2, "23.35 points", "or 0.2%"),
        ("RUT", -10.68, -0.6, "10.68 points", "or 0.6%")])
    + ap_window("2022-09-20", "ytd", [
        ("SPX", -910.25, -19.1, "910.25 points", "or 19.1%"),
        ("DJI", -5632.07, -15.5, "5,632.07 points", "or 15.5%"),
        ("IXIC", -4219.92, -27, "4,219.92 points", "or 27%"),
        ("RUT", -457.81, -20.4, "457.81 points", "or 20.4%")])
    ))

P.append(dict(
    id="ap_20221021_weekly_gains_two_year_yield",
    source=dict(site="sandiegouniontribune.com",
                url="https://www.sandiegouniontribune.com/business/nation/story/2022-10-21/how-major-us-stock-indexes-fared-friday-10-21-2022",
                original_outlet="Associated Press"),
    published="2022-10-21", published_confidence="exact",
    published_note="Date in the URL and headline (Friday 10/21/2022).",
    text=("Stocks finished higher on Friday, giving the major indexes sizable gains for the week. The benchmark "
          "S&P 500 led a broad advance, and the Dow Jones Industrial Average and the Nasdaq also rose. Social "
          "media companies broadly slipped after Snapchat's parent issued a weak outlook. The yield on the two-year "
          "Treasury note fell to 4.49% on hopes that the Federal Reserve might consider slowing its rate increases "
          "after making another big hike next month. By the close, the S&P 500 was up 86.97 points, or 2.4%, at "
          "3,752.75; the Dow had added 748.97 points, or 2.5%, to 31,082.56; the Nasdaq had gained 244.87 points, "
          "or 2.3%, to 10,859.72; and the Russell 2000 index of smaller companies had risen 37.85 points, or 2.2%, "
          "to 1,742.24. For the week the S&P 500 rose 4.7%, the Dow 4.9%, the Nasdaq 5.2% and the Russell 2000 "
          "3.6%. For the year, the S&P 500 is still down 21.3%, the Dow 14.5%, the Nasdaq 30.6% and the Russell "
          "2000 22.4%."),
    claims=[C("US2Y", "yield_level", 4.49, "percent", None, "2022-10-21", None, None, "end of day",
              "fell to 4.49%", "yield_on('DGS2','2022-10-21')", 2, "pct",
              "FRED DGS2 end of day 2022-10-21 (value shown), down from 4.62 on 2022-10-20."),
            C("FEDFUNDS", "next_meeting_hike", None, "text", None, "2022-11-02", None, None, None,
              "another big hike next month", None, 2, "fixed",
              "Expectation of a future hike at the time (the November 2 meeting did raise by 75 bp, but the statement is a projection).",
              "forecast")]
    + ap_day("2022-10-21", "2022-10-21", [
        ("SPX", 86.97, 2.4, 3752.75, "86.97 points", "or 2.4%, at", "3,752.75"),
        ("DJI", 748.97, 2.5, 31082.56, "748.97 points", "or 2.5%", "31,082.56"),
        ("IXIC", 244.87, 2.3, 10859.72, "244.87 points", "or 2.3%", "10,859.72"),
        ("RUT", 37.85, 2.2, 1742.24, "37.85 points", "or 2.2%", "1,742.24")])
    + [
        C("SPX", "weekly_return", 4.7, "percent", None, "2022-10-21", "week", None, "close", "S&P 500 rose 4.7%",
          "week('GSPC','2022-10-21')", 2, "pct", "Friday 2022-10-14 close to 2022-10-21 close."),
        C("DJI", "weekly_return", 4.9, "percent", None, "2022-10-21", "week", None, "close", "the Dow 4.9%",
          "week('DJI','2022-10-21')", 2, "pct", "Week to 2022-10-21."),
        C("IXIC", "weekly_return", 5.2, "percent", None, "2022-10-21", "week", None, "close", "the Nasdaq 5.2%",
          "week('IXIC','2022-10-21')", 2, "pct", "Week to 2022-10-21."),
        C("RUT", "weekly_return", 3.6, "percent", None, "2022-10-21", "week", None, "close", "Russell 2000 3.6%",
          "week('RUT','2022-10-21')", 2, "pct", "Week to 2022-10-21."),
        C("SPX", "ytd_return", -21.3, "percent", None, "2022-10-21", "ytd", None, "close", "still down 21.3%",
          "ytd('GSPC','2022-10-21')", 2, "pct", "Since the 2021-12-31 close."),
        C("DJI", "ytd_return", -14.5, "percent", None, "2022-10-21", "ytd", None, "close", "the Dow 14.5%",
          "ytd('DJI','2022-10-21')", 2, "pct", "Since the 2021-12-31 close."),
        C("IXIC", "ytd_return", -30.6, "percent", None, "2022-10-21", "ytd", None, "close", "the Nasdaq 30.6%",
          "ytd('IXIC','2022-10-21')", 2, "pct", "Since the 2021-12-31 close."),
        C("RUT", "ytd_return", -22.4, "percent", None, "2022-10-21", "ytd", None, "close", "2000 22.4%",
          "ytd('RUT','2022-10-21')", 2, "pct", "Since the 2021-12-31 close."),
    ]))

# ------------------------------------------------------------------------------------------------
MS = "https://www.marketscreener.com/quote/index/"
P.append(dict(
    id="dowjones_20221028_djia_four_week_run",
    source=dict(site="marketscreener.com",
                url=MS + "DOW-JONES-INDUSTRIAL-4945/news/DJIA-Rises-5-72-This-Week-to-32861-80-Data-Talk-42127021/?utm_medium=RSS&utm_content=20221028",
                original_outlet="Dow Jones Newswires (Data Talk; Dow Jones Market Data, FactSet)"),
    published="2022-10-28", published_confidence="exact",
    published_note="Time stamp '10-28-22 1633ET' (Friday); figures are preliminary closing values.",
    text=("The Dow Jones Industrial Average jumped 828.52 points, or 2.59%, on Friday and ended the week at "
          "32861.80, up 1779.24 points or 5.72% since last Friday, according to preliminary figures from Dow Jones "
          "Market Data. That was the blue-chip average's largest one-week point and percentage gain since the week "
          "ending May 27, 2022, and its fourth consecutive weekly advance. Over those four weeks the Dow has climbed "
          "4136.29 points or 14.40%, its largest four-week point and percentage gain since the week ending April "
          "17, 2020, and the longest weekly winning streak since the week ending Nov. 5, 2021, when the market rose "
          "for five straight weeks. Friday's rally was the Dow's largest one-day point gain since Wednesday, May 4, "
          "2022, and its largest one-day percentage gain since Thursday, Oct. 13, 2022. The index has now risen for "
          "six consecutive trading days, adding 2528.21 points or 8.33% over that stretch, and it is up eight of "
          "the past 10 trading days. The close was the highest since Thursday, Aug. 25, 2022. Even so, the Dow "
          "remains 10.70% off its record close of 36799.65 set Tuesday, Jan. 4, 2022, although it is 14.40% above "
          "its 52-week low of 28725.51, hit Friday, Sept. 30, 2022. Month-to-date it is up 14.40%, and year-to-date "
          "it is down 3476.50 points or 9.57%."),
    claims=[
        C("DJI", "daily_point_change", 828.52, "index_points", None, "2022-10-28", "1d", None, "close", "828.52 points",
          "pts('DJI','2022-10-28')", 2, "pts", "Close vs 2022-10-27."),
        C("DJI", "daily_return", 2.59, "percent", None, "2022-10-28", "1d", None, "close", "or 2.59%",
          "pct('DJI','2022-10-28')", 2, "pct", "Close vs 2022-10-27."),
        C("DJI", "close_level", 32861.80, "index_points", "preliminary", "2022-10-28", None, None, "close", "32861.80",
          "close('DJI','2022-10-28')", 2, "level", "Closing level."),
        C("DJI", "weekly_point_change", 1779.24, "index_points", None, "2022-10-28", "week", None, "close", "1779.24 points",
          "week('DJI','2022-10-28','pts')", 2, "pts", "Friday 2022-10-21 close to 2022-10-28 close."),
        C("DJI", "weekly_return", 5.72, "percent", None, "2022-10-28", "week", None, "close", "or 5.72%",
          "week('DJI','2022-10-28')", 2, "pct", "Week to 2022-10-28."),
        C("DJI", "best_week_since", "2022-05-27", "date", None, "2022-10-28", "week", None, "close", "week ending May 27, 2022",
          "[last_week_as_big('DJI','2022-10-28','pts'), last_week_as_big('DJI','2022-10-28','pct')]", 2, "since",
          "Last earlier week with a point gain / a percentage gain at least as large."),
        C("DJI", "weekly_win_streak", 4, "weeks", None, "2022-10-28", "weeks", None, "close", "fourth consecutive weekly advance",
          "week_streak('DJI','2022-10-28')", 0, "pts", "Weeks ending 2022-10-07, 10-14, 10-21 and 10-28 all up."),
        C("DJI", "four_week_point_change", 4136.29, "index_points", None, "2022-10-28", "4 weeks", None, "close", "4136.29 points",
          "nweek('DJI','2022-10-28',4,'pts')", 2, "pts", "From the 2022-09-30 close."),
        C("DJI", "four_week_return", 14.40, "percent", None, "2022-10-28", "4 weeks", None, "close", "or 14.40%, its largest",
          "nweek('DJI','2022-10-28',4)", 2, "pct", "From the 2022-09-30 close."),
        C("DJI", "best_four_weeks_since", "2020-04-17", "date", None, "2022-10-28", "4 weeks", None, "close", "week ending April",
          "[last_nweek_as_big('DJI','2022-10-28',4,'pts'), last_nweek_as_big('DJI','2022-10-28',4,'pct')]", 2, "since",
          "Last earlier 4-week (Friday to Friday) point / percentage gain at least as large."),
        C("DJI", "longest_weekly_streak_since", "2021-11-05", "date", None, "2022-10-28", "weeks", None, "close", "week ending Nov. 5, 2021",
          "last_week_streak_at_least('DJI','2022-10-28',4)", 0, "fixed",
          "Last earlier weekly winning streak of at least four weeks: the week and streak length shown (five weeks ending 2021-11-05).",
          "supported"),
        C("DJI", "biggest_point_gain_since", "2022-05-04", "date", None, "2022-10-28", "1d", None, "close", "Wednesday, May 4",
          "last_move_as_big('DJI','2022-10-28','pts')", 2, "since", "Last earlier session with a point gain at least 828.52."),
        C("DJI", "biggest_pct_gain_since", "2022-10-13", "date", None, "2022-10-28", "1d", None, "close", "Thursday, Oct. 13, 2022",
          "last_move_as_big('DJI','2022-10-28','pct')", 2, "since", "Last earlier session with a % gain at least 2.59%."),
        C("DJI", "win_streak", 6, "sessions", None, "2022-10-28", "days", None, "close", "six consecutive trading days",
          "streak('DJI','2022-10-28')", 0, "pts", "Up closes 2022-10-21 through 2022-10-28."),
        C("DJI", "n_day_point_change", 2528.21, "index_points", None, "2022-10-28", "6 sessions", None, "close", "2528.21 points",
          "nday('DJI','2022-10-28',6,'pts')", 2, "pts", "From the 2022-10-20 close."),
        C("DJI", "n_day_return", 8.33, "percent", None, "2022-10-28", "6 sessions", None, "close", "or 8.33%",
          "nday('DJI','2022-10-28',6)", 2, "pct", "From the 2022-10-20 close."),
        C("DJI", "up_days_of_10", 8, "sessions", None, "2022-10-28", "10 sessions", None, "close", "up eight of",
          "ups_in_last('DJI','2022-10-28',10)", 0, "pts", "Up closes among the last 10 sessions."),
        C("DJI", "highest_close_since", "2022-08-25", "date", None, "2022-10-28", None, None, "close", "Thursday, Aug. 25, 2022",
          "highest_since('DJI','2022-10-28')", 2, "since", "Last earlier close at or above 32861.80."),
        C("DJI", "pct_from_ath", 10.70, "percent", None, "2022-10-28", None, None, "close", "10.70% off",
          "pct_below_record('DJI','2022-10-28')", 2, "pct", "Against the record close 36799.65."),
        C("DJI", "record_close", 36799.65, "index_points", None, "2022-01-04", None, None, "close", "record close of 36799.65",
          "record_on_or_before('DJI','2022-10-28')", 2, "fixed",
          "Record close and date shown: 36799.65 on 2022-01-04 (a Tuesday).", None),
        C("DJI", "pct_above_52w_low", 14.40, "percent", None, "2022-10-28", "52 weeks", None, "close", "14.40% above",
          "(close('DJI','2022-10-28') / low_52w('DJI','2022-10-28')[1] - 1) * 100", 2, "pct", "Against the 52-week closing low."),
        C("DJI", "low_52w", 28725.51, "index_points", None, "2022-09-30", "52 weeks", None, "close", "28725.51",
          "low_52w('DJI','2022-10-28')", 2, "fixed", "52-week closing low and date shown: 28725.51 on Friday 2022-09-30.", None),
        C("DJI", "mtd_return", 14.40, "percent", None, "2022-10-28", "mtd", None, "close", "Month-to-date it is up 14.40%",
          "mtd('DJI','2022-10-28')", 2, "pct", "From the 2022-09-30 close."),
        C("DJI", "ytd_point_change", -3476.50, "index_points", None, "2022-10-28", "ytd", None, "close", "3476.50 points",
          "ytd('DJI','2022-10-28','pts')", 2, "pts", "From the 2021-12-31 close 36338.30."),
        C("DJI", "ytd_return", -9.57, "percent", None, "2022-10-28", "ytd", None, "close", "or 9.57%",
          "ytd('DJI','2022-10-28')", 2, "pct", "From the 2021-12-31 close."),
    ]))

P.append(dict(
    id="dowjones_20221125_djia_highest_since_april",
    source=dict(site="marketscreener.com",
                url=MS + "DOW-JONES-INDUSTRIAL-4945/news/DJIA-Rises-1-78-This-Week-to-34347-03-Data-Talk-42412064/?utm_medium=RSS&utm_content=20221125",
                original_outlet="Dow Jones Newswires (Data Talk; Dow Jones Market Data, FactSet)"),
    published="2022-11-25", published_confidence="exact",
    published_note="Date in the URL (utm_content=20221125), Friday after Thanksgiving (an early-close session).",
    text=("In a holiday-shortened week, the Dow Jones Industrial Average rose 601.34 points, or 1.78%, to "
          "34347.03, Dow Jones Market Data said, leaving it up in six of the past eight weeks. On Friday's "
          "abbreviated session the blue-chip index added 152.97 points, or 0.45%, its third consecutive gain; over "
          "those three trading days it has climbed 646.75 points or 1.92%, the largest three-day point and "
          "percentage gain since Monday, Nov. 14, 2022. It has risen in four of the past five sessions, and its "
          "close was the highest since Thursday, April 21, 2022. The Dow stands 6.66% off its record close of "
          "36799.65 hit Tuesday, Jan. 4, 2022, which is also its 52-week and 2022 closing high, and 19.57% above "
          "its 52-week low of 28725.51 hit Friday, Sept. 30, 2022. It is down 1.58% from 52 weeks ago. "
          "Month-to-date it is up 4.93%, and year-to-date it is down 1991.27 points or 5.48%."),
    claims=[
        C("DJI", "weekly_point_change", 601.34, "index_points", None, "2022-11-25", "week", None, "close", "601.34 points",
          "week('DJI','2022-11-25','pts')", 2, "pts", "Friday 2022-11-18 close to 2022-11-25 close."),
        C("DJI", "weekly_return", 1.78, "percent", None, "2022-11-25", "week", None, "close", "or 1.78%",
          "week('DJI','2022-11-25')", 2, "pct", "Week to 2022-11-25."),
        C("DJI", "close_level", 34347.03, "index_points", None, "2022-11-25", None, None, "close", "34347.03",
          "close('DJI','2022-11-25')", 2, "level", "Closing level."),
        C("DJI", "up_weeks_of_8", 6, "weeks", None, "2022-11-25", "8 weeks", None, "close", "six of the past eight weeks",
          "int((weekly('DJI').loc[:'2022-11-25'].iloc[-8:] > 0).sum())", 0, "pts", "Up weeks among the last eight."),
        C("DJI", "daily_point_change", 152.97, "index_points", None, "2022-11-25", "1d", None, "close", "152.97 points",
          "pts('DJI','2022-11-25')", 2, "pts", "Close vs 2022-11-23."),
        C("DJI", "daily_return", 0.45, "percent", None, "2022-11-25", "1d", None, "close", "or 0.45%",
          "pct('DJI','2022-11-25')", 2, "pct", "Close vs 2022-11-23."),
        C("DJI", "win_streak", 3, "sessions", None, "2022-11-25", "days", None, "close", "third consecutive gain",
          "streak('DJI','2022-11-25')", 0, "pts", "Up closes 2022-11-22, 11-23, 11-25."),
        C("DJI", "n_day_point_change", 646.75, "index_points", None, "2022-11-25", "3 sessions", None, "close", "646.75 points",
          "nday('DJI','2022-11-25',3,'pts')", 2, "pts", "From the 2022-11-21 close."),
        C("DJI", "n_day_return", 1.92, "percent", None, "2022-11-25", "3 sessions", None, "close", "or 1.92%",
          "nday('DJI','2022-11-25',3)", 2, "pct", "From the 2022-11-21 close."),
        C("DJI", "best_3day_since", "2022-11-14", "date", None, "2022-11-25", "3 sessions", None, "close", "Monday, Nov. 14, 2022",
          "[last_nday_as_big('DJI','2022-11-25',3,'pts'), last_nday_as_big('DJI','2022-11-25',3,'pct')]", 2, "since",
          "Last earlier 3-session point / percentage gain at least as large (end dates)."),
        C("DJI", "up_days_of_5", 4, "sessions", None, "2022-11-25", "5 sessions", None, "close", "four of the past five sessions",
          "ups_in_last('DJI','2022-11-25',5)", 0, "pts", "Up closes among the last five sessions."),
        C("DJI", "highest_close_since", "2022-04-21", "date", None, "2022-11-25", None, None, "close", "Thursday, April 21, 2022",
          "highest_since('DJI','2022-11-25')", 2, "since", "Last earlier close at or above 34347.03."),
        C("DJI", "pct_from_ath", 6.66, "percent", None, "2022-11-25", None, None, "close", "6.66% off",
          "pct_below_record('DJI','2022-11-25')", 2, "pct", "Against the record close 36799.65 (2022-01-04)."),
        C("DJI", "record_is_52w_high", True, "flag", None, "2022-11-25", "52 weeks", None, "close", "also its 52-week and 2022 closing high",
          "high_52w('DJI','2022-11-25') == year_high('DJI','2022-11-25') == record_on_or_before('DJI','2022-11-25')", 2, "eq",
          "The 2022-01-04 record close is inside the last 52 weeks and in 2022."),
        C("DJI", "pct_above_52w_low", 19.57, "percent", None, "2022-11-25", "52 weeks", None, "close", "19.57% above",
          "(close('DJI','2022-11-25') / low_52w('DJI','2022-11-25')[1] - 1) * 100", 2, "pct", "Against the 2022-09-30 close 28725.51."),
        C("DJI", "return_52w", -1.58, "percent", None, "2022-11-25", "52 weeks", None, "close", "down 1.58% from 52 weeks ago",
          "ret('DJI','2021-11-26','2022-11-25')", 2, "pct",
          "Against the close of Friday 2021-11-26, 52 weeks earlier."),
        C("DJI", "mtd_return", 4.93, "percent", None, "2022-11-25", "mtd", None, "close", "up 4.93%",
          "mtd('DJI','2022-11-25')", 2, "pct", "From the 2022-10-31 close."),
        C("DJI", "ytd_point_change", -1991.27, "index_points", None, "2022-11-25", "ytd", None, "close", "1991.27 points",
          "ytd('DJI','2022-11-25','pts')", 2, "pts", "From the 2021-12-31 close."),
        C("DJI", "ytd_return", -5.48, "percent", None, "2022-11-25", "ytd", None, "close", "or 5.48%",
          "ytd('DJI','2022-11-25')", 2, "pct", "From the 2021-12-31 close."),
    ]))

P.append(dict(
    id="dowjones_20230113_djia_four_day_streak",
    source=dict(site="marketscreener.com",
                url=MS + "DOW-JONES-INDUSTRIAL-4945/news/DJIA-Rises-2-00-This-Week-to-34302-61-Data-Talk-42731375/?utm_medium=RSS&utm_content=20230113",
                original_outlet="Dow Jones Newswires (Data Talk; Dow Jones Market Data, FactSet)"),
    published="2023-01-13", published_confidence="exact",
    published_note="Time stamp '01-13-23 1631ET' (Friday); preliminary closing values.",
    text=("The Dow Jones Industrial Average finished the week up 672.00 points or 2.00% at 34302.61, its largest "
          "one-week point and percentage gain since the week ending Nov. 11, 2022, according to preliminary data "
          "from Dow Jones Market Data. It was the index's second straight weekly gain, worth 1155.36 points or "
          "3.49% over the two weeks, the biggest two-week advance since the week ending Nov. 18, 2022, and the Dow "
          "has risen in three of the past four weeks. On Friday it added 112.64 points or 0.33% for a fourth "
          "consecutive up day, bringing the four-day gain to 784.96 points or 2.34%. That is its longest winning "
          "streak since Friday, Oct. 28, 2022, when the market rose for six straight trading days, and the Dow is "
          "up five of the past six sessions. Friday's close was the highest since Friday, Dec. 2, 2022. The average "
          "is still 6.79% below its record close of 36799.65, reached Tuesday, Jan. 4, 2022, and 4.48% under its "
          "52-week high of 35911.81 from Friday, Jan. 14, 2022, but it is 4.17% above its 2023 closing low of "
          "32930.08, hit Thursday, Jan. 5, 2023. Year-to-date it is up 1155.36 points or 3.49%."),
    claims=[
        C("DJI", "weekly_point_change", 672.00, "index_points", None, "2023-01-13", "week", None, "close", "672.00 points",
          "week('DJI','2023-01-13','pts')", 2, "pts", "Friday 2023-01-06 close to 2023-01-13 close."),
        C("DJI", "weekly_return", 2.00, "percent", None, "2023-01-13", "week", None, "close", "or 2.00%",
          "week('DJI','2023-01-13')", 2, "pct", "Week to 2023-01-13."),
        C("DJI", "close_level", 34302.61, "index_points", "preliminary", "2023-01-13", None, None, "close", "34302.61",
          "close('DJI','2023-01-13')", 2, "level", "Closing level."),
        C("DJI", "best_week_since", "2022-11-11", "date", None, "2023-01-13", "week", None, "close", "week ending Nov. 11, 2022",
          "[last_week_as_big('DJI','2023-01-13','pts'), last_week_as_big('DJI','2023-01-13','pct')]", 2, "since",
          "Last earlier week with a point / % gain at least as large."),
        C("DJI", "weekly_win_streak", 2, "weeks", None, "2023-01-13", "weeks", None, "close", "second straight weekly gain",
          "week_streak('DJI','2023-01-13')", 0, "pts", "Weeks ending 2023-01-06 and 2023-01-13 up."),
        C("DJI", "two_week_point_change", 1155.36, "index_points", None, "2023-01-13", "2 weeks", None, "close", "worth 1155.36 points",
          "nweek('DJI','2023-01-13',2,'pts')", 2, "pts", "From the 2022-12-30 close."),
        C("DJI", "two_week_return", 3.49, "percent", None, "2023-01-13", "2 weeks", None, "close", "3.49% over the two weeks",
          "nweek('DJI','2023-01-13',2)", 2, "pct", "From the 2022-12-30 close."),
        C("DJI", "best_two_weeks_since", "2022-11-18", "date", None, "2023-01-13", "2 weeks", None, "close", "week ending Nov. 18, 2022",
          "[last_nweek_as_big('DJI','2023-01-13',2,'pts'), last_nweek_as_big('DJI','2023-01-13',2,'pct')]", 2, "since",
          "Last earlier 2-week point / % gain at least as large."),
        C("DJI", "up_weeks_of_4", 3, "weeks", None, "2023-01-13", "4 weeks", None, "close", "three of the past four weeks",
          "int((weekly('DJI').loc[:'2023-01-13'].iloc[-4:] > 0).sum())", 0, "pts", "Up weeks among the last four."),
        C("DJI", "daily_point_change", 112.64, "index_points", None, "2023-01-13", "1d", None, "close", "112.64 points",
          "pts('DJI','2023-01-13')", 2, "pts", "Close vs 2023-01-12."),
        C("DJI", "daily_return", 0.33, "percent", None, "2023-01-13", "1d", None, "close", "or 0.33%",
          "pct('DJI','2023-01-13')", 2, "pct", "Close vs 2023-01-12."),
        C("DJI", "win_streak", 4, "sessions", None, "2023-01-13", "days", None, "close", "fourth consecutive up day",
          "streak('DJI','2023-01-13')", 0, "pts", "Up closes 2023-01-10 through 2023-01-13."),
        C("DJI", "n_day_point_change", 784.96, "index_points", None, "2023-01-13", "4 sessions", None, "close", "784.96 points",
          "nday('DJI','2023-01-13',4,'pts')", 2, "pts", "From the 2023-01-09 close."),
        C("DJI", "n_day_return", 2.34, "percent", None, "2023-01-13", "4 sessions", None, "close", "or 2.34%",
          "nday('DJI','2023-01-13',4)", 2, "pct", "From the 2023-01-09 close."),
        C("DJI", "longest_streak_since", "2022-10-28", "date", None, "2023-01-13", "days", None, "close", "Friday, Oct. 28, 2022",
          "[last_streak_at_least('DJI','2023-01-13',4), streak('DJI','2022-10-28')]", 2, "fixed",
          "Last earlier winning streak of at least four sessions ended on the date shown, with the length shown (6).", "supported"),
        C("DJI", "up_days_of_6", 5, "sessions", None, "2023-01-13", "6 sessions", None, "close", "five of the past six sessions",
          "ups_in_last('DJI','2023-01-13',6)", 0, "pts", "Up closes among the last six sessions."),
        C("DJI", "highest_close_since", "2022-12-02", "date", None, "2023-01-13", None, None, "close", "Friday, Dec. 2, 2022",
          "highest_since('DJI','2023-01-13')", 2, "since", "Last earlier close at or above 34302.61."),
        C("DJI", "pct_from_ath", 6.79, "percent", None, "2023-01-13", None, None, "close", "6.79% below",
          "pct_below_record('DJI','2023-01-13')", 2, "pct", "Against the 2022-01-04 record close 36799.65."),
        C("DJI", "pct_from_52w_high", 4.48, "percent", None, "2023-01-13", "52 weeks", None, "close", "4.48% under",
          "(1 - close('DJI','2023-01-13') / high_52w('DJI','2023-01-13')[1]) * 100", 2, "pct", "Against the 52-week closing high."),
        C("DJI", "high_52w", 35911.81, "index_points", None, "2022-01-14", "52 weeks", None, "close", "35911.81",
          "high_52w('DJI','2023-01-13')", 2, "fixed", "52-week closing high and date shown (Friday 2022-01-14).", None),
        C("DJI", "pct_above_year_low", 4.17, "percent", None, "2023-01-13", "ytd", None, "close", "4.17% above",
          "(close('DJI','2023-01-13') / year_low('DJI','2023-01-13')[1] - 1) * 100", 2, "pct", "Against the 2023 closing low."),
        C("DJI", "year_low", 32930.08, "index_points", None, "2023-01-05", "ytd", None, "close", "32930.08",
          "year_low('DJI','2023-01-13')", 2, "fixed", "2023 closing low and date shown (Thursday 2023-01-05).", None),
        C("DJI", "ytd_return", 3.49, "percent", None, "2023-01-13", "ytd", None, "close", "or 3.49%.",
          "ytd('DJI','2023-01-13')", 2, "pct", "From the 2022-12-30 close; same window as the two-week figure (the year began on the two-week base)."),
    ]))

P.append(dict(
    id="dowjones_20230424_nasdaq_lowest_since_april_12",
    source=dict(site="marketscreener.com",
                url=MS + "NASDAQ-COMPOSITE-4944/news/NASDAQ-Composite-Falls-0-29-to-12037-20-Data-Talk-43624687/?utm_medium=RSS&utm_content=20230424",
                original_outlet="Dow Jones Newswires (Data Talk; Dow Jones Market Data, FactSet)"),
    published="2023-04-24", published_confidence="exact",
    published_note="Date in the URL (utm_content=20230424), a Monday.",
    text=("The Nasdaq Composite slipped 35.25 points, or 0.29%, on Monday to 12037.20, according to Dow Jones "
          "Market Data, leaving the tech-heavy index down in two of the past three trading days. It was the "
          "lowest close since Wednesday, April 12, 2023. The Nasdaq sits 25.04% below its record close of 16057.44 "
          "from Friday, Nov. 19, 2021, and 8.31% under its 52-week high of 13128.05, set Monday, Aug. 15, 2022, but "
          "it is 17.86% above its 52-week low of 10213.29, hit Wednesday, Dec. 28, 2022. It has lost 7.44% from 52 "
          "weeks ago. The index is 1.51% below its 2023 closing high of 12221.91 from Friday, March 31, 2023, and "
          "16.81% above its 2023 closing low of 10305.24 from Thursday, Jan. 5, 2023. Month-to-date it is down "
          "1.51%, while for the year it is up 1570.72 points or 15.01%."),
    claims=[
        C("IXIC", "daily_point_change", -35.25, "index_points", None, "2023-04-24", "1d", None, "close", "35.25 points",
          "pts('IXIC','2023-04-24')", 2, "pts", "Close vs 2023-04-21."),
        C("IXIC", "daily_return", -0.29, "percent", None, "2023-04-24", "1d", None, "close", "or 0.29%",
          "pct('IXIC','2023-04-24')", 2, "pct", "Close vs 2023-04-21."),
        C("IXIC", "close_level", 12037.20, "index_points", None, "2023-04-24", None, None, "close", "12037.20",
          "close('IXIC','2023-04-24')", 2, "level", "Closing level."),
        C("IXIC", "down_days_of_3", 2, "sessions", None, "2023-04-24", "3 sessions", None, "close", "two of the past three",
          "3 - ups_in_last('IXIC','2023-04-24',3)", 0, "pts", "Down closes among the last three sessions."),
        C("IXIC", "lowest_close_since", "2023-04-12", "date", None, "2023-04-24", None, None, "close", "Wednesday, April 12, 2023",
          "lowest_since('IXIC','2023-04-24')", 2, "since", "Last earlier close at or below 12037.20."),
        C("IXIC", "pct_from_ath", 25.04, "percent", None, "2023-04-24", None, None, "close", "25.04% below",
          "pct_below_record('IXIC','2023-04-24')", 2, "pct", "Against the record close."),
        C("IXIC", "record_close", 16057.44, "index_points", None, "2021-11-19", None, None, "close", "16057.44",
          "record_on_or_before('IXIC','2023-04-24')", 2, "fixed", "Record close and date shown.", None),
        C("IXIC", "pct_from_52w_high", 8.31, "percent", None, "2023-04-24", "52 weeks", None, "close", "8.31% under",
          "(1 - close('IXIC','2023-04-24') / high_52w('IXIC','2023-04-24')[1]) * 100", 2, "pct", "Against the 52-week closing high."),
        C("IXIC", "high_52w", 13128.05, "index_points", None, "2022-08-15", "52 weeks", None, "close", "13128.05",
          "high_52w('IXIC','2023-04-24')", 2, "fixed", "52-week closing high and date shown.", None),
        C("IXIC", "pct_above_52w_low", 17.86, "percent", None, "2023-04-24", "52 weeks", None, "close", "17.86% above",
          "(close('IXIC','2023-04-24') / low_52w('IXIC','2023-04-24')[1] - 1) * 100", 2, "pct", "Against the 52-week closing low."),
        C("IXIC", "low_52w", 10213.29, "index_points", None, "2022-12-28", "52 weeks", None, "close", "10213.29",
          "low_52w('IXIC','2023-04-24')", 2, "fixed", "52-week closing low and date shown.", None),
        C("IXIC", "return_52w", -7.44, "percent", None, "2023-04-24", "52 weeks", None, "close", "lost 7.44%",
          "ret('IXIC','2022-04-25','2023-04-24')", 2, "pct", "Against the close of Monday 2022-04-25, 52 weeks earlier."),
        C("IXIC", "pct_from_year_high", 1.51, "percent", None, "2023-04-24", "ytd", None, "close", "1.51% below",
          "(1 - close('IXIC','2023-04-24') / year_high('IXIC','2023-04-24')[1]) * 100", 2, "pct", "Against the 2023 closing high."),
        C("IXIC", "year_high", 12221.91, "index_points", None, "2023-03-31", "ytd", None, "close", "12221.91",
          "year_high('IXIC','2023-04-24')", 2, "fixed", "2023 closing high and date shown.", None),
        C("IXIC", "pct_above_year_low", 16.81, "percent", None, "2023-04-24", "ytd", None, "close", "16.81% above",
          "(close('IXIC','2023-04-24') / year_low('IXIC','2023-04-24')[1] - 1) * 100", 2, "pct", "Against the 2023 closing low."),
        C("IXIC", "year_low", 10305.24, "index_points", None, "2023-01-05", "ytd", None, "close", "10305.24",
          "year_low('IXIC','2023-04-24')", 2, "fixed", "2023 closing low and date shown.", None),
        C("IXIC", "mtd_return", -1.51, "percent", None, "2023-04-24", "mtd", None, "close", "Month-to-date it is down 1.51%",
          "mtd('IXIC','2023-04-24')", 2, "pct", "From the 2023-03-31 close (also the 2023 closing high, hence the same 1.51%)."),
        C("IXIC", "ytd_point_change", 1570.72, "index_points", None, "2023-04-24", "ytd", None, "close", "1570.72 points",
          "ytd('IXIC','2023-04-24','pts')", 2, "pts", "From the 2022-12-30 close."),
        C("IXIC", "ytd_return", 15.01, "percent", None, "2023-04-24", "ytd", None, "close", "or 15.01%",
          "ytd('IXIC','2023-04-24')", 2, "pct", "From the 2022-12-30 close."),
    ]))
