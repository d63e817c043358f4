# Passage texts (condensed close paraphrases) and claim definitions used by build.py.
def C_(tk, metric, value, unit, anchor, expr, kind, dec=0, qualifier=None, ref_date=None, window=None, basis="close", comparison=None, **kw):
    d = dict(index_or_ticker=tk, metric=metric, value=value, unit=unit, anchor=anchor, expr=expr, kind=kind, dec=dec,
             qualifier=qualifier, ref_date=ref_date, window=window, basis=basis, comparison=comparison)
    d.update(kw)
    return d

PASSAGES = [
dict(id="reuters_20131222_fed_taper_week_records",
 source=dict(site="ca.reuters.com", url="http://ca.reuters.com/article/businessNews/idCABRE9BK06020131222", original_outlet="Reuters"),
 published="2013-12-22", published_confidence="exact",
 published_note="Sunday piece about the week ended Friday 2013-12-20.",
 text=("With Fed out of the way, what's next on Wall Street? Sun Dec 22, 2013. NEW YORK (Reuters) - The Fed's announcement that it will start tapering "
       "removed a big uncertainty last week. Although the S&P 500 is up just about 1 percent so far this month, the index is up about 27 percent for the year "
       "and is on track for its biggest gain since 1997. The Dow is up about 24 percent and the Nasdaq is up almost 36 percent for the year. "
       "Stocks rallied sharply last week, with the Dow and the S&P 500 closing at records on Friday, after the Fed said it will trim its $85 billion in monthly bond purchases by $10 billion in January. "
       "For the week, the Dow gained 3 percent, the S&P 500 rose 2.4 percent, and the Nasdaq climbed 2.6 percent."),
 claims=[
  C_("SPX", "mtd_return", 1, "pct", "just about 1 percent", "ret('SPX','2013-11-29','2013-12-20')", "pct", 0, "about", "2013-12-20", "MTD"),
  C_("SPX", "ytd_return", 27, "pct", "about 27 percent", "ret('SPX','2012-12-31','2013-12-20')", "pct", 0, "about", "2013-12-20", "YTD"),
  C_("DJI", "ytd_return", 24, "pct", "about 24 percent", "ret('DJI','2012-12-31','2013-12-20')", "pct", 0, "about", "2013-12-20", "YTD"),
  C_("IXIC", "ytd_return", 36, "pct", "almost 36 percent", "ret('IXIC','2012-12-31','2013-12-20')", "pct", 0, "almost", "2013-12-20", "YTD"),
  C_("DJI", "record_close", True, "flag", "closing at records on Friday", "record_close('DJI','2013-12-20')", "bool", ref_date="2013-12-20", note="Dow and S&P 500 both judged; this record is the Dow's."),
  C_("SPX", "record_close", True, "flag", "the Dow and the S&P 500", "record_close('SPX','2013-12-20')", "bool", ref_date="2013-12-20", note="The S&P 500 half of 'closing at records on Friday'."),
  C_("DJI", "weekly_return", 3, "pct", "the Dow gained 3 percent", "ret('DJI','2013-12-13','2013-12-20')", "pct", 0, None, "2013-12-20", "week"),
  C_("SPX", "weekly_return", 2.4, "pct", "rose 2.4 percent", "ret('SPX','2013-12-13','2013-12-20')", "pct", 1, None, "2013-12-20", "week"),
  C_("IXIC", "weekly_return", 2.6, "pct", "climbed 2.6 percent", "ret('IXIC','2013-12-13','2013-12-20')", "pct", 1, None, "2013-12-20", "week"),
 ]),
dict(id="cbsnews_20140826_sp500_2000_close",
 source=dict(site="cbsnews.com", url="https://www.cbsnews.com/amp/news/s-p-500-closes-above-2000-for-first-time/", original_outlet="CBS News / Associated Press"),
 published="2014-08-26", published_confidence="high", published_note="Session named as Tuesday; the S&P 500's first close above 2,000 was 2014-08-26. Another corpus covers this session from a different outlet.",
 text=("S&P 500 closes above 2,000 for first time. After flirting with the milestone, the benchmark closed above that level for the first time ever by a nose -- 2000.02 to be exact. "
       "Stocks moved higher Tuesday. The Dow Jones industrial average rose 29 points, or 0.2 percent, to 17,106. The Dow is 32 points shy of its own record closing high set July 16. "
       "The Nasdaq rose 13 points, or 0.3 percent, to 4,570. The yield on the 10-year Treasury note held at 2.40 percent. "
       "The index, launched in 1957, has risen 8.2 percent this year. Oct. 9, 2007: the S&P 500 closes at an all-time high of 1,565.15."),
 claims=[
  C_("SPX", "close_level", 2000.02, "index_points", "2000.02", "C('SPX','2014-08-26')", "level", 2, ref_date="2014-08-26"),
  C_("DJI", "daily_change_points", 29, "points", "rose 29 points", "chg('DJI','2014-08-26')", "points", 0, ref_date="2014-08-26", note="Truncated figure (29.83 in the file)."),
  C_("DJI", "daily_change_pct", 0.2, "pct", "0.2 percent, to 17,106", "pct('DJI','2014-08-26')", "pct", 1, ref_date="2014-08-26"),
  C_("DJI", "close_level", 17106, "index_points", "to 17,106", "C('DJI','2014-08-26')", "level", 0, ref_date="2014-08-26", note="Truncated closing level."),
  C_("DJI", "distance_from_record_close_points", 32, "points", "32 points shy", "gap_to_prior_record('DJI','2014-08-26')", "points", 0, ref_date="2014-08-26"),
  C_("DJI", "record_close_date", "2014-07-16", "date", "record closing high set July 16", "prior_record('DJI','2014-08-26')[0]", "date", ref_date="2014-08-26"),
  C_("IXIC", "daily_change_pct", 0.3, "pct", "13 points, or 0.3 percent", "pct('IXIC','2014-08-26')", "pct", 1, ref_date="2014-08-26"),
  C_("IXIC", "close_level", 4570, "index_points", "to 4,570", "C('IXIC','2014-08-26')", "level", 0, ref_date="2014-08-26", note="Truncated closing level."),
  C_("US10Y", "yield_level", 2.40, "pct", "2.40 percent", "rate('DGS10','2014-08-26')", "yield", 2, ref_date="2014-08-26", basis="end of day"),
  C_("SPX", "ytd_return", 8.2, "pct", "8.2 percent this year", "ret('SPX','2013-12-31','2014-08-26')", "pct", 1, ref_date="2014-08-26", window="YTD"),
  C_("SPX", "record_close_level", 1565.15, "index_points", "1,565.15", "C('SPX','2007-10-09')", "level", 2, ref_date="2007-10-09"),
 ]),
dict(id="streetinsider_20160624_brexit_plunge",
 source=dict(site="streetinsider.com", url="http://www.streetinsider.com/Forex/STOCKS+PLUNGE+ON+BREXIT/11770376.html", original_outlet="StreetInsider"),
 published="2016-06-24", published_confidence="exact",
 text=("STOCKS PLUNGE ON BREXIT. June 24, 2016 (Updated 4:12 PM EDT). Stocks plunged Friday after Britain voted to leave the European Union. "
       "The Dow Jones Industrial Average dropped 611 points, finishing near session lows at 17,400. The S&P 500 closed down 3.6% at 2037 and the Nasdaq was lower by 4.1% at 4708 -- its largest fall since 2011. "
       "The VIX, or fear gauge, rose 49% to $25.76."),
 claims=[
  C_("DJI", "daily_change_points", -611, "points", "dropped 611 points", "chg('DJI','2016-06-24')", "points", 0, ref_date="2016-06-24", note="File: -610.32; rounds to 610, so 611 is outside the 0.5 tolerance."),
  C_("DJI", "close_level", 17400, "index_points", "17,400", "C('DJI','2016-06-24')", "level", 0, ref_date="2016-06-24", note="17,400.75 in the file; a rounded-down figure given without a hedge."),
  C_("SPX", "daily_change_pct", -3.6, "pct", "down 3.6%", "pct('SPX','2016-06-24')", "pct", 1, ref_date="2016-06-24"),
  C_("SPX", "close_level", 2037, "index_points", "at 2037", "C('SPX','2016-06-24')", "level", 0, ref_date="2016-06-24"),
  C_("IXIC", "daily_change_pct", -4.1, "pct", "lower by 4.1%", "pct('IXIC','2016-06-24')", "pct", 1, ref_date="2016-06-24"),
  C_("IXIC", "close_level", 4708, "index_points", "at 4708", "C('IXIC','2016-06-24')", "level", 0, ref_date="2016-06-24"),
  C_("IXIC", "biggest_drop_since_year", 2011, "year", "largest fall since 2011", "int(last_move_as_big('IXIC','2016-06-24')[:4])", "count", ref_date="2016-06-24", note="Last earlier session with a % fall at least as large."),
  C_("VIX", "daily_change_pct", 49, "pct", "rose 49%", "pct('VIX','2016-06-24')", "pct", 0, ref_date="2016-06-24"),
  C_("VIX", "close_level", 25.76, "index_points", "$25.76", "C('VIX','2016-06-24')", "level", 2, ref_date="2016-06-24"),
 ]),
dict(id="fool_20160101_dow_2015_review",
 source=dict(site="fool.com", url="https://www.fool.com/investing/general/2016/01/01/what-happened-to-the-dow-in-2015.aspx", original_outlet="The Motley Fool"),
 published="2016-01-01", published_confidence="exact",
 text=("What Happened to the Dow in 2015? By Dan Caplinger - Jan 1, 2016. The first down year since 2008 is only part of the story. "
       "The Dow Jones Industrials had a forgettable year in 2015, with the average posting a 2% decline to finish at 17,425 and losing ground for the first time since the financial crisis in 2008. "
       "Apple joined the Dow in March. Dow has first correction since 2011."),
 claims=[
  C_("DJI", "annual_return", -2, "pct", "a 2% decline", "ret('DJI','2014-12-31','2015-12-31')", "pct", 0, ref_date="2015-12-31", window="2015"),
  C_("DJI", "close_level", 17425, "index_points", "finish at 17,425", "C('DJI','2015-12-31')", "level", 0, ref_date="2015-12-31"),
  C_("DJI", "first_down_year_since", [2008], "list", "losing ground for the first time since the financial crisis in 2008", "down_years_between('DJI',2008,2014)", "list", ref_date="2015-12-31", note="Down years from 2008 to 2014: only 2008, so 2015 is the first since."),
  C_("DJI", "correction_in_2015", True, "flag", "first correction since 2011", "bool(low_close_in('DJI','2015-08-01','2015-08-31')[1] <= 0.9*18312.39)", "bool", ref_date="2015-08-25",
     note="Checks only the 2015 correction (close at least 10% under the 18,312.39 record of 2015-05-19); the 'since 2011' part rests on 2011 data and is judged as the headline of a generic summary.", verdict="supported", rule="correction: close >= 10% below the 52-week high close"),
  C_("GENERIC", "index_membership_change", "Apple joined March 2015", "event", "Apple joined the Dow in March", None, "bool", ref_date="2015-03", verdict="unverifiable", rule="not a market figure in the files", note="Dow membership is not in the files (true: Apple replaced AT&T effective 2015-03-19)."),
 ]),
dict(id="centerpoint_20180122_markets_week_jan19",
 source=dict(site="centerpointadvisory.com", url="https://centerpointadvisory.com/?p=616", original_outlet="Centerpoint Advisory (Broadridge weekly market commentary)"),
 published="2018-01-22", published_confidence="medium", published_note="Weekly newsletter 'as of market close January 19, 2018'; publication date inferred as the following Monday.",
 text=("The Markets (as of market close January 19, 2018). Earnings season entered its second week; each of the benchmark indexes listed here posted weekly gains, led by the Dow and Nasdaq. "
       "The yield on 10-year Treasuries climbed 11 basis points. Table: DJIA 2017 Close 24719.22, Prior Week 25803.19, As of 1/19 26071.72, Weekly Change 1.04%, YTD 5.47%. "
       "Nasdaq 6903.39 | 7261.06 | 7336.38 | 1.04% | 6.27%. S&P 500 2673.61 | 2786.24 | 2810.30 | 0.86% | 5.11%. Russell 2000 1535.51 | 1591.97 | 1597.63 | 0.36% | 4.05%. "
       "Fed. Funds target rate 1.25%-1.50%. 10-year Treasuries 2.41% | 2.54% | 2.65%. Chart reflects price changes, not total return."),
 claims=[
  C_("DJI", "close_level", 26071.72, "index_points", "26071.72", "C('DJI','2018-01-19')", "level", 2, ref_date="2018-01-19"),
  C_("DJI", "weekly_return", 1.04, "pct", "Weekly Change 1.04%", "ret('DJI','2018-01-12','2018-01-19')", "pct", 2, ref_date="2018-01-19", window="week"),
  C_("DJI", "ytd_return", 5.47, "pct", "YTD 5.47%", "ret('DJI','2017-12-29','2018-01-19')", "pct", 2, ref_date="2018-01-19", window="YTD"),
  C_("IXIC", "close_level", 7336.38, "index_points", "7336.38", "C('IXIC','2018-01-19')", "level", 2, ref_date="2018-01-19"),
  C_("IXIC", "ytd_return", 6.27, "pct", "6.27%", "ret('IXIC','2017-12-29','2018-01-19')", "pct", 2, ref_date="2018-01-19", window="YTD"),
  C_("SPX", "close_level", 2810.30, "index_points", "2810.30", "C('SPX','2018-01-19')", "level", 2, ref_date="2018-01-19"),
  C_("SPX", "weekly_return", 0.86, "pct", "0.86%", "ret('SPX','2018-01-12','2018-01-19')", "pct", 2, ref_date="2018-01-19", window="week"),
  C_("SPX", "ytd_return", 5.11, "pct", "5.11%", "ret('SPX','2017-12-29','2018-01-19')", "pct", 2, ref_date="2018-01-19", window="YTD"),
  C_("RUT", "close_level", 1597.63, "index_points", "1597.63", "C('RUT','2018-01-19')", "level", 2, ref_date="2018-01-19"),
  C_("RUT", "weekly_return", 0.36, "pct", "0.36%", "ret('RUT','2018-01-12','2018-01-19')", "pct", 2, ref_date="2018-01-19", window="week"),
  C_("FEDFUNDS", "target_range_upper", 1.50, "pct", "1.25%-1.50%", "rate('DFEDTARU','2018-01-19')", "yield", 2, ref_date="2018-01-19"),
  C_("US10Y", "yield_level", 2.65, "pct", "2.65%", "rate('DGS10','2018-01-19')", "yield", 2, ref_date="2018-01-19", basis="end of day"),
  C_("US10Y", "weekly_change_bp", 11, "bp", "climbed 11 basis points", "r(100*(2.65-2.54),2)", "points", 0, ref_date="2018-01-19", window="week", basis="end of day", detail="FRED DGS10 2018-01-12 2.55, 2018-01-19 2.64 (9 bp).", note="Judged on the arithmetic of the two yields the passage states (2.54% prior week, 2.65% now: 11 bp), each within tolerance of FRED; on FRED alone the change is 9 bp, which would be contradicted."),
 ]),
dict(id="advisorperspectives_20180114_weekly_summary",
 source=dict(site="advisorperspectives.com", url="https://www.advisorperspectives.com/commentaries/2018/01/14/weekly-market-summary?firm=the-fat-pitch", original_outlet="The Fat Pitch via Advisor Perspectives"),
 published="2018-01-14", published_confidence="exact", published_note="URL date; describes the week ended Friday 2018-01-12.",
 text=("Weekly Market Summary. All of the US indices made new all-time highs this week, including the small cap index, RUT. "
       "US markets are off to a fast start in 2018. SPX and DJIA are up 4% and NDX is up 5.5%. SPX closed Friday at 2786. "
       "Two weeks into the year, SPX is now just 2% from Wall Street strategists' year-end target of 2840."),
 claims=[
  C_("RUT", "new_record_close_in_week", True, "flag", "including the small cap index, RUT", "record_in_window('RUT','2018-01-05','2018-01-12')", "bool", ref_date="2018-01-12", window="week", note="Close basis; the week's highest close above every earlier close."),
  C_("SPX", "new_record_close_in_week", True, "flag", "made new all-time highs this week", "record_in_window('SPX','2018-01-05','2018-01-12')", "bool", ref_date="2018-01-12", window="week"),
  C_("SPX", "ytd_return", 4, "pct", "SPX and DJIA are up 4%", "ret('SPX','2017-12-29','2018-01-12')", "pct", 0, ref_date="2018-01-12", window="YTD"),
  C_("DJI", "ytd_return", 4, "pct", "SPX and DJIA", "ret('DJI','2017-12-29','2018-01-12')", "pct", 0, ref_date="2018-01-12", window="YTD"),
  C_("NDX", "ytd_return", 5.5, "pct", "NDX is up 5.5%", "ret('NDX','2017-12-29','2018-01-12')", "pct", 1, ref_date="2018-01-12", window="YTD"),
  C_("SPX", "close_level", 2786, "index_points", "closed Friday at 2786", "C('SPX','2018-01-12')", "level", 0, ref_date="2018-01-12"),
  C_("SPX", "year_end_target", 2840, "index_points", "year-end target of 2840", None, "level", verdict="forecast", rule="projection or target", note="Strategists' target; the '2%' distance is arithmetic on two stated levels (2786 to 2840 is 1.9%)."),
  C_("SPX", "distance_to_target_pct", 2, "pct", "just 2% from", "r(100*(2840/2786-1))", "pct", 0, ref_date="2018-01-12", note="Arithmetic on the two levels the passage states (2786 and 2840)."),
 ]),
dict(id="financialgroup_20200518_week_may15",
 source=dict(site="financialgroup.com", url="https://financialgroup.com/2020/05/18/market-watch-may-18-2020/amp", original_outlet="Financial Group (weekly market watch)"),
 published="2020-05-18", published_confidence="exact", published_note="URL date; describes the sessions of 2020-05-11 to 2020-05-15.",
 text=("Market Watch, May 18, 2020. Stocks opened the week with mixed returns. The S&P 500 stayed level, the Dow fell by almost half a point, and the Nasdaq finished the day up three-quarters of a percent. "
       "The major indexes tumbled last Tuesday. The Dow lost over 450 points, or 1.89%, its largest one-day percentage drop since May 1. Both the S&P 500 and the Nasdaq fell more than 2.0%. "
       "Stocks were sent reeling last Wednesday after Powell warned against a rapid recovery. The Russell 2000 dropped 3.3%, and the Dow slid close to 2.2%."),
 claims=[
  C_("DJI", "daily_change_pct", -0.5, "pct", "almost half a point", "pct('DJI','2020-05-11')", "pct", 1, "almost", "2020-05-11", note="Read as 'almost half a percent'; in points the Dow fell 109, which would contradict."),
  C_("IXIC", "daily_change_pct", 0.75, "pct", "three-quarters of a percent", "pct('IXIC','2020-05-11')", "pct", 2, ref_date="2020-05-11"),
  C_("DJI", "daily_change_points", -450, "points", "over 450 points", "chg('DJI','2020-05-12')", "points", 0, "more than", "2020-05-12"),
  C_("DJI", "daily_change_pct", -1.89, "pct", "1.89%", "pct('DJI','2020-05-12')", "pct", 2, ref_date="2020-05-12"),
  C_("DJI", "biggest_drop_since", "2020-05-01", "date", "since May 1", "last_move_as_big('DJI','2020-05-12')", "date", ref_date="2020-05-12"),
  C_("SPX", "daily_change_pct", -2.0, "pct", "fell more than 2.0%", "pct('SPX','2020-05-12')", "pct", 1, "more than", "2020-05-12", note="Bound on the size of the fall."),
  C_("IXIC", "daily_change_pct", -2.0, "pct", "Both the S&P 500 and the Nasdaq", "pct('IXIC','2020-05-12')", "pct", 1, "more than", "2020-05-12", note="Nasdaq half of 'fell more than 2.0%'."),
  C_("RUT", "daily_change_pct", -3.3, "pct", "dropped 3.3%", "pct('RUT','2020-05-13')", "pct", 1, ref_date="2020-05-13"),
  C_("DJI", "daily_change_pct", -2.2, "pct", "close to 2.2%", "pct('DJI','2020-05-13')", "pct", 1, "close to", "2020-05-13"),
 ]),
dict(id="americaninvestordaily_20211231_year_end",
 source=dict(site="theamericaninvestordaily.com", url="https://theamericaninvestordaily.com/2021/12/31/u-s-stocks-end-lower-on-new-years-eve-but-sp-500-dow-nasdaq-score-big-gains-for-2021-2/", original_outlet="MarketWatch (repost)"),
 published="2021-12-31", published_confidence="exact", published_note="Session covered by another corpus from a different outlet. Thursday figures are 2021-12-30; week, month, quarter and year figures are read to the 2021-12-31 close.",
 text=("U.S. stocks end lower on New Year's Eve, but S&P 500, Dow, Nasdaq score big gains for 2021. By Christine Idzelis and Mark DeCambre. S&P 500 gains about 27% this year, its best yearly advance since 2019. "
       "On Thursday, the Dow closed down 90.55 points, or 0.3%, to 36,398.08, the S&P 500 fell 14.33 points, or 0.3%, to close at 4,778.73, the Nasdaq Composite declined 24.65 points to 15,741.56, a 0.2% loss. "
       "For December, the Dow gained 5.4%, the S&P 500 climbed 4.4% and the Nasdaq edged up 0.7%. For the fourth quarter, the Dow climbed 7.4%, the S&P 500 jumped 10.7% and the Nasdaq advanced 8.3%. "
       "For 2021, the S&P 500 soared 26.9%, beating both the Nasdaq's 21.4% rise and the Dow's 18.7% climb."),
 claims=[
  C_("DJI", "daily_change_points", -90.55, "points", "90.55 points", "chg('DJI','2021-12-30')", "points", 2, ref_date="2021-12-30"),
  C_("DJI", "close_level", 36398.08, "index_points", "36,398.08", "C('DJI','2021-12-30')", "level", 2, ref_date="2021-12-30"),
  C_("SPX", "close_level", 4778.73, "index_points", "4,778.73", "C('SPX','2021-12-30')", "level", 2, ref_date="2021-12-30"),
  C_("IXIC", "close_level", 15741.56, "index_points", "15,741.56", "C('IXIC','2021-12-30')", "level", 2, ref_date="2021-12-30"),
  C_("DJI", "monthly_return", 5.4, "pct", "the Dow gained 5.4%", "ret('DJI','2021-11-30','2021-12-31')", "pct", 1, ref_date="2021-12-31", window="December"),
  C_("SPX", "monthly_return", 4.4, "pct", "climbed 4.4%", "ret('SPX','2021-11-30','2021-12-31')", "pct", 1, ref_date="2021-12-31", window="December"),
  C_("IXIC", "monthly_return", 0.7, "pct", "edged up 0.7%", "ret('IXIC','2021-11-30','2021-12-31')", "pct", 1, ref_date="2021-12-31", window="December"),
  C_("SPX", "quarterly_return", 10.7, "pct", "jumped 10.7%", "ret('SPX','2021-09-30','2021-12-31')", "pct", 1, ref_date="2021-12-31", window="Q4"),
  C_("SPX", "annual_return", 26.9, "pct", "soared 26.9%", "ret('SPX','2020-12-31','2021-12-31')", "pct", 1, ref_date="2021-12-31", window="2021"),
  C_("IXIC", "annual_return", 21.4, "pct", "21.4% rise", "ret('IXIC','2020-12-31','2021-12-31')", "pct", 1, ref_date="2021-12-31", window="2021"),
  C_("DJI", "annual_return", 18.7, "pct", "18.7% climb", "ret('DJI','2020-12-31','2021-12-31')", "pct", 1, ref_date="2021-12-31", window="2021"),
  C_("SPX", "best_year_since", 2019, "year", "its best yearly advance since 2019", "int(2019 if (ret('SPX','2020-12-31','2021-12-31') < ret('SPX','2018-12-31','2019-12-31') and ret('SPX','2020-12-31','2021-12-31') > ret('SPX','2019-12-31','2020-12-31')) else 0)", "count", ref_date="2021-12-31", note="2021 price return below 2019's and above 2020's."),
 ]),
dict(id="nyentrepreneur_20231004_best_day_in_3_weeks",
 source=dict(site="thenewyorkentrepreneur.com", url="https://thenewyorkentrepreneur.com/2023/10/sp-500-scores-best-day-in-3-weeks-as-bond-yields-ease-back", original_outlet="MarketWatch Market Pulse (repost)"),
 published="2023-10-04", published_confidence="high", published_note="Wednesday after 16-year yield highs; the session is 2023-10-04.",
 text=("S&P 500 scores best day in 3 weeks as bond yields ease back. U.S. stocks finished higher on Wednesday. The Dow gained about 125 points, or 0.4%, ending near 33,128, according to preliminary FactSet data; "
       "the boost failed to push the blue-chip index back into the green for the year. The S&P 500 rose 0.8%, marking its biggest daily climb since September 14. The Nasdaq Composite shot up 1.4%. "
       "The 10-year Treasury fell 6.6 basis points Wednesday to 4.735%."),
 claims=[
  C_("DJI", "daily_change_points", 125, "points", "about 125 points", "chg('DJI','2023-10-04')", "points", 0, "about", "2023-10-04", qualifier_note="preliminary"),
  C_("DJI", "daily_change_pct", 0.4, "pct", "or 0.4%", "pct('DJI','2023-10-04')", "pct", 1, ref_date="2023-10-04"),
  C_("DJI", "close_level", 33128, "index_points", "near 33,128", "C('DJI','2023-10-04')", "level", 0, "near", "2023-10-04"),
  C_("DJI", "ytd_negative", True, "flag", "back into the green for the year", "ret('DJI','2022-12-30','2023-10-04') < 0", "bool", ref_date="2023-10-04", window="YTD"),
  C_("SPX", "daily_change_pct", 0.8, "pct", "rose 0.8%", "pct('SPX','2023-10-04')", "pct", 1, ref_date="2023-10-04"),
  C_("SPX", "biggest_gain_since", "2023-09-14", "date", "since September 14", "last_move_as_big('SPX','2023-10-04')", "date", ref_date="2023-10-04"),
  C_("IXIC", "daily_change_pct", 1.4, "pct", "shot up 1.4%", "pct('IXIC','2023-10-04')", "pct", 1, ref_date="2023-10-04"),
  C_("US10Y", "yield_level", 4.735, "pct", "4.735%", "rate('DGS10','2023-10-04')", "yield", 2, ref_date="2023-10-04", basis="end of day", note="Judged to 2 dp against FRED's end-of-day constant-maturity yield (the text's 3-dp figure is a market quote)."),
  C_("US10Y", "daily_change_bp", -6.6, "bp", "fell 6.6 basis points", "yld_chg_bp('2023-10-04')", "points", 1, ref_date="2023-10-04", basis="end of day", note="FRED end-of-day change in basis points; the text's figure is a market quote to 3 dp."),
 ]),
dict(id="taymc_20231009_columbus_day_session",
 source=dict(site="taymc.com", url="https://taymc.com/how-is-the-stock-market-doing-today/", original_outlet="taymc.com (unattributed rewrite)"),
 published="2023-10-09", published_confidence="medium", published_note="Columbus Day Monday in 2023, the text names the 2023 holiday calendar; session 2023-10-09.",
 text=("How is the stock market doing today? The stock market finished higher on Monday, flipping from modest morning losses. Monday is Columbus Day, not one of the 10 holidays that halt trading in 2023. "
       "The S&P 500 ended the day up 0.6%. The Dow Jones Industrial Average rose 197 points, and the Nasdaq composite added 0.4%."),
 claims=[
  C_("SPX", "daily_change_pct", 0.6, "pct", "up 0.6%", "pct('SPX','2023-10-09')", "pct", 1, ref_date="2023-10-09"),
  C_("DJI", "daily_change_points", 197, "points", "rose 197 points", "chg('DJI','2023-10-09')", "points", 0, ref_date="2023-10-09"),
  C_("IXIC", "daily_change_pct", 0.4, "pct", "added 0.4%", "pct('IXIC','2023-10-09')", "pct", 1, ref_date="2023-10-09"),
 ]),
dict(id="wealthprofessional_20240516_dow_touches_40000",
 source=dict(site="wealthprofessional.ca", url="https://wealthprofessional.ca/investments/emerging-markets/dow-briefly-hits-40000-before-closing-lower/385906", original_outlet="Wealth Professional (citing CNBC)"),
 published="2024-05-17", published_confidence="medium", published_note="Describes Thursday 2024-05-16; publication day inferred.",
 text=("Dow hits 40,000 for the first time before closing slightly lower. The Dow closed slightly lower on Thursday after briefly surpassing the 40,000 mark for the first time. At its highest point, the blue-chip index reached 40,051.05. "
       "The 30-stock Dow ended the day down 38.62 points, or 0.1 percent, closing at 39,869.38. The S&P 500 fell 0.21 percent, closing at 5,297.10, while the Nasdaq Composite dropped 0.26 percent, finishing at 16,698.32. "
       "The broader index closed above 5,300 for the first time ever on Wednesday. The Dow has gained nearly 6 percent in 2024, with the Nasdaq and S&P 500 both up 11 percent."),
 claims=[
  C_("DJI", "intraday_high", 40051.05, "index_points", "40,051.05", "H('DJI','2024-05-16')", "level", 2, ref_date="2024-05-16", basis="intraday high"),
  C_("DJI", "daily_change_points", -38.62, "points", "38.62 points", "chg('DJI','2024-05-16')", "points", 2, ref_date="2024-05-16"),
  C_("DJI", "close_level", 39869.38, "index_points", "39,869.38", "C('DJI','2024-05-16')", "level", 2, ref_date="2024-05-16"),
  C_("SPX", "daily_change_pct", -0.21, "pct", "0.21 percent", "pct('SPX','2024-05-16')", "pct", 2, ref_date="2024-05-16"),
  C_("SPX", "close_level", 5297.10, "index_points", "5,297.10", "C('SPX','2024-05-16')", "level", 2, ref_date="2024-05-16"),
  C_("IXIC", "close_level", 16698.32, "index_points", "16,698.32", "C('IXIC','2024-05-16')", "level", 2, ref_date="2024-05-16"),
  C_("SPX", "first_close_above_5300", True, "flag", "closed above 5,300 for the first time ever on Wednesday", "bool(C('SPX','2024-05-15') > 5300 and prior_record('SPX','2024-05-15')[1] <= 5300)", "bool", ref_date="2024-05-15"),
  C_("DJI", "ytd_return", 6, "pct", "nearly 6 percent", "ret('DJI','2023-12-29','2024-05-16')", "pct", 0, "nearly", "2024-05-16", window="YTD"),
  C_("SPX", "ytd_return", 11, "pct", "both up 11 percent", "ret('SPX','2023-12-29','2024-05-16')", "pct", 0, ref_date="2024-05-16", window="YTD"),
 ]),
dict(id="move2turkey_20250917_fed_cut_mixed_close",
 source=dict(site="move2turkey.com", url="https://move2turkey.com/new-york-stock-exchange-closes-following-us-federal-decision", original_outlet="Move2Turkey (wire rewrite)"),
 published="2025-09-17", published_confidence="high", published_note="FOMC decision day 2025-09-17 (25 bp cut to 4%-4.25%).",
 text=("The New York Stock Exchange closed mixed following the US Federal Reserve's interest rate decision. The Dow Jones Industrial Average rose more than 200 points, closing up 0.57% at 46,018.32. "
       "The S&P 500 fell 0.10% to 6,600.43, and the Nasdaq Composite fell 0.33% to 22,261.33. The Fed cut interest rates by 25 basis points, in line with expectations, to a range of 4% to 4.25%."),
 claims=[
  C_("DJI", "daily_change_points", 200, "points", "more than 200 points", "chg('DJI','2025-09-17')", "points", 0, "more than", "2025-09-17"),
  C_("DJI", "daily_change_pct", 0.57, "pct", "0.57%", "pct('DJI','2025-09-17')", "pct", 2, ref_date="2025-09-17"),
  C_("DJI", "close_level", 46018.32, "index_points", "46,018.32", "C('DJI','2025-09-17')", "level", 2, ref_date="2025-09-17"),
  C_("SPX", "close_level", 6600.43, "index_points", "6,600.43", "C('SPX','2025-09-17')", "level", 2, ref_date="2025-09-17"),
  C_("IXIC", "close_level", 22261.33, "index_points", "22,261.33", "C('IXIC','2025-09-17')", "level", 2, ref_date="2025-09-17"),
  C_("FEDFUNDS", "rate_cut_bp", 25, "bp", "25 basis points", "r(100*(rate('DFEDTARU','2025-09-17')-rate('DFEDTARU','2025-09-18')),2)", "points", 0, ref_date="2025-09-17", note="DFEDTARU changes on the effective date 2025-09-18."),
  C_("FEDFUNDS", "target_range_lower", 4.0, "pct", "4% to 4.25%", "rate('DFEDTARL','2025-09-18')", "yield", 2, ref_date="2025-09-18"),
 ]),
dict(id="shoreunited_20260105_week_jan2",
 source=dict(site="shoreunitedbank.com", url="https://www.shoreunitedbank.com/investments/connect/market-summary-week-of-january-5-2026", original_outlet="Shore United Bank (Broadridge weekly market summary)"),
 published="2026-01-05", published_confidence="high", published_note="Week of January 5 summary of the holiday week ended Friday 2026-01-02; another corpus has a page published this day (different outlet).",
 text=("Market summary, week of January 5, 2026. Wall Street began 2026 in lackluster style, with each of the major benchmark indexes listed here closing the week lower, with the exception of the Global Dow. "
       "The market notched four straight losing sessions to close out December. Table (2025 Close | Prior Week | As of 1/2 | Weekly Change | YTD Change): DJIA 48,063.29 | 48,710.97 | 48,382.39 | -0.67% | 0.66%. "
       "NASDAQ 23,241.99 | 23,593.10 | 23,235.63 | -1.52% | -0.03%. S&P 500 6,845.50 | 6,929.94 | 6,858.47 | -1.03% | 0.19%. Russell 2000 2,481.91 | 2,534.35 | 2,508.22 | -1.03% | 1.06%. "
       "fed. funds target rate 3.50%-3.75%. 10-year Treasuries 4.16% | 4.13% | 4.18%."),
 claims=[
  C_("DJI", "close_level", 48063.29, "index_points", "48,063.29", "C('DJI','2025-12-31')", "level", 2, ref_date="2025-12-31"),
  C_("DJI", "weekly_return", -0.67, "pct", "-0.67%", "ret('DJI','2025-12-26','2026-01-02')", "pct", 2, ref_date="2026-01-02", window="week"),
  C_("IXIC", "weekly_return", -1.52, "pct", "-1.52%", "ret('IXIC','2025-12-26','2026-01-02')", "pct", 2, ref_date="2026-01-02", window="week"),
  C_("SPX", "close_level", 6858.47, "index_points", "6,858.47", "C('SPX','2026-01-02')", "level", 2, ref_date="2026-01-02"),
  C_("SPX", "weekly_return", -1.03, "pct", "| -1.03% | 0.19%", "ret('SPX','2025-12-26','2026-01-02')", "pct", 2, ref_date="2026-01-02", window="week"),
  C_("RUT", "close_level", 2508.22, "index_points", "2,508.22", "C('RUT','2026-01-02')", "level", 2, ref_date="2026-01-02"),
  C_("RUT", "ytd_return", 1.06, "pct", "1.06%", "ret('RUT','2025-12-31','2026-01-02')", "pct", 2, ref_date="2026-01-02", window="YTD"),
  C_("SPX", "losing_streak_to_year_end", 4, "sessions", "four straight losing sessions", "losing_streak_end('SPX','2025-12-31')", "count", ref_date="2025-12-31", note="Judged on the S&P 500."),
  C_("FEDFUNDS", "target_range_upper", 3.75, "pct", "3.50%-3.75%", "rate('DFEDTARU','2026-01-02')", "yield", 2, ref_date="2026-01-02"),
  C_("US10Y", "yield_level", 4.18, "pct", "4.18%", "rate('DGS10','2026-01-02')", "yield", 2, ref_date="2026-01-02", basis="end of day"),
  C_("GLOBAL_DOW", "weekly_change_sign", "up", "flag", "with the exception of the Global Dow", None, "bool", ref_date="2026-01-02", window="week", verdict="unverifiable", rule="series not in the files", note="The Global Dow is not in the files."),
 ]),
dict(id="djnewswires_20260123_sp500_data_talk",
 source=dict(site="ttm.financial", url="https://ttm.financial/m/news/2605283809", original_outlet="Dow Jones Newswires (Data Talk)"),
 published="2026-01-23", published_confidence="exact", published_note="Stamped January 23, 2026 16:19 ET; preliminary closing values. Another corpus has a page dated this day (different outlet).",
 text=("The S&P 500 Index is down 24.40 points or 0.35% this week to 6915.61. --Down for two consecutive weeks --Today it is up 2.26 points or 0.03% --Up for three consecutive trading days "
       "--Off 0.88% from its record close of 6977.27 hit Monday, Jan. 12, 2026 --Up 19.59% from the Election Day close of 5782.76 on Tuesday, Nov. 5, 2024 "
       "--Up 1.75% from its 2026 closing low of 6796.86 hit Tuesday, Jan. 20, 2026 --Year-to-date it is up 70.11 points or 1.02%. Data based on preliminary market closing values. (END) Dow Jones Newswires, January 23, 2026 16:19 ET."),
 claims=[
  C_("SPX", "weekly_change_points", -24.40, "points", "down 24.40 points", "pts('SPX','2026-01-16','2026-01-23')", "points", 2, ref_date="2026-01-23", window="week", qualifier_note="preliminary"),
  C_("SPX", "close_level", 6915.61, "index_points", "6915.61", "C('SPX','2026-01-23')", "level", 2, ref_date="2026-01-23"),
  C_("SPX", "daily_change_points", 2.26, "points", "up 2.26 points", "chg('SPX','2026-01-23')", "points", 2, ref_date="2026-01-23"),
  C_("SPX", "up_streak_sessions", 3, "sessions", "Up for three consecutive trading days", "up_streak_end('SPX','2026-01-23')", "count", ref_date="2026-01-23"),
  C_("SPX", "record_close", ["2026-01-12", 6977.27], "list", "record close of 6977.27", "prior_record('SPX','2026-01-23')", "list", ref_date="2026-01-23"),
  C_("SPX", "pct_from_ath", 0.88, "pct", "Off 0.88%", "r(100*(1-C('SPX','2026-01-23')/prior_record('SPX','2026-01-23')[1]))", "pct", 2, ref_date="2026-01-23"),
  C_("SPX", "close_level", 5782.76, "index_points", "5782.76", "C('SPX','2024-11-05')", "level", 2, ref_date="2024-11-05"),
  C_("SPX", "return_since", 19.59, "pct", "Up 19.59%", "ret('SPX','2024-11-05','2026-01-23')", "pct", 2, ref_date="2026-01-23", window="since 2024-11-05"),
  C_("SPX", "ytd_low_close", ["2026-01-20", 6796.86], "list", "6796.86", "low_close_in('SPX','2026-01-02','2026-01-23')", "list", ref_date="2026-01-23"),
  C_("SPX", "ytd_change_points", 70.11, "points", "up 70.11 points", "pts('SPX','2025-12-31','2026-01-23')", "points", 2, ref_date="2026-01-23", window="YTD"),
 ]),
]
