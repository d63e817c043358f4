"""Passage texts, claims and key specifications for the held-back corpus heldout14a.

Each key spec: (anchor, ticker, metric, value, unit, qualifier, ref_date, window, basis,
recipe, decimals, verdict, rule, note). `recipe` is an expression over the helpers of
reference.py (None = nothing in the files computes the claim).
"""

INT = "unhedged integer: |true-claim| <= 0.5"
D1 = "unhedged 1-decimal figure: |true-claim| <= 0.05 + 0.02"
D2 = "unhedged 2-decimal figure: |true-claim| <= 0.005 + 0.02"
LVL = "index/ETF level to 2 dp: |true-claim| <= 0.025"
IMP = ("; imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures "
       "(<= 1% for index levels, <= 20% for point changes and counts); otherwise contradicted")
SINCE = "highest/lowest since X: X must be the last session with a value at least as extreme, or the first session after it"
WORST = "biggest/worst since X: X must be the last day with a move at least as large"
REC = "records: above every earlier close in the file"
MID = "unverifiable: mid-session figure inside the session's low-high range"
NOSER = "unverifiable: needed series not in the files"
PRE = "unverifiable: needs history before the file starts"
YLD = "unverifiable: intraday yield event (FRED yields are end-of-day only)"
FC = "forecast: a projection or target, never judged against what happened"
NC = "not_checkable: quoted opinion, rule of thumb or generic statement"
ABOUT = "about/around: within one unit of the last stated digit (+0.02)"
NEARLY = "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit"
MORE = "more than/over: true > claim"
ASMUCH = "as much as / as many as (a session extreme): within one unit of the last stated digit"
COUNT = "streaks and counts use daily closes (sessions counted as in the text)"
WIN = "windows run close to close"
RANK = "ranks count all daily moves in the file up to that day"
WINDOW = "unverifiable: the window is not stated and the readings disagree"

P = []

# ---------------------------------------------------------------- 1
P.append(dict(
    id="econoday_200212_rut_resource_center",
    site="fidelityfiplus.econoday.com",
    url="https://fidelityfiplus.econoday.com/reports/rc/2002/Resource_Center/otherkey/russell.html?cust=%3C%25+Response.Write%28cszCustomer%29+%25%3E&year=%3C%25+Response.Write%28cszNavYear%29+%25%3E",
    outlet="Econoday (Resource Center, via Fidelity)",
    published="2002-12", conf="medium",
    pnote="inferred: the page is a 2002 Econoday resource-center note ('(c) 2001-2002') whose latest figure is the Russell 2000's November gain, so it was written after the 2002-11-29 close and before the end of 2002; the day is not stated. Monthly claims are read on month-end closes through 2002-11-29.",
    text=("Econoday Resource Center - Other key market indices: Russell 2000. Long-term perspective: the Russell 2000 "
          "posted two declines in the past four years, which left its 10-year average growth edging down to 10.5 percent "
          "in 2001. The index is the benchmark for the small capitalization sector; it has a longer history than the S&P "
          "Small Cap Index and a wider base (2000 stocks vs. 600 for the S&P). Short-term perspective: small cap stocks "
          "seem to get hit harder than large caps in times of uncertainty, the 1998 financial crises for instance, but "
          "they also tend to rebound more sharply when the economy recovers. Because the index holds many high-tech "
          "names, it surged in late 1999 and the first half of 2000. The index is revised each year in July, when stocks "
          "that no longer fit the small-cap criterion are removed; fast-growing high-tech companies fit that description "
          "in the late 1990s. The index was outperforming other market measures early in 2002 but has since succumbed to "
          "the market collapse that began in the spring. Like the other major indexes, the Russell 2000 managed to post a "
          "gain in November. It has risen in five of the past twelve months and was initially outperforming the rest of "
          "the market in the first half of the year. Unfortunately, that is no longer true."),
    keys=[
        ("two declines in the past four years", "RUT", "down_years_count", 2, "count", None, "2001-12-31", "1998-2001", "close",
         "sum(1 for v in yearly('RUT').loc['1998':'2001'] if v < 0)", 0, "supported", INT,
         "Calendar-year price returns 1998 -3.45%, 1999 +19.62%, 2000 -4.20%, 2001 +1.03%: two declines."),
        ("10.5 percent", "RUT", "avg_annual_return_10y", 10.5, "pct", None, "2001-12-31", "1992-2001", "close",
         "float(yearly('RUT').loc['1992':'2001'].mean())", 2, "supported", D1,
         "Arithmetic mean of the 1992-2001 calendar-year price returns is 10.47%. The 1991-2000 mean was 14.73%, so 'edging down' understates the fall; the level itself matches."),
        ("2000 stocks vs. 600", "GENERIC", "index_constituents", [2000, 600], "count", None, None, None, None,
         None, 2, "not_checkable", NC,
         "Index construction (number of members of the Russell 2000 and the S&P SmallCap 600), not a market figure in the files."),
        ("the 1998 financial crises", "RUT", "drawdown_vs_spx", True, "flag", None, "1998-12-31", "1998", "close",
         "[round(max_drawdown('RUT','1998-01-01','1998-12-31'), 2), round(max_drawdown('GSPC','1998-01-01','1998-12-31'), 2)]", 2,
         "supported", "drawdowns close to close within 1998",
         "Worst 1998 drawdown: Russell 2000 -36.86% (1998-04-21 to 1998-10-08) against -19.34% for the S&P 500: small caps were hit harder."),
        ("surged in late 1999 and the first half of 2000", "RUT", "return", True, "flag", None, "2000-06-30", "1999-09-30..2000-06-30", "close",
         "[round(span_pct('RUT','1999-09-30','1999-12-31'), 2), round(span_pct('RUT','1999-12-31','2000-03-09'), 2), round(span_pct('RUT','1999-12-31','2000-06-30'), 2)]", 2,
         "supported", WIN,
         "Q4 1999 +18.13%; 2000 to the March 9 peak +20.07%; the whole first half of 2000 only +2.47% after the spring fall. Read as the rally from late 1999 into early 2000 it holds; 'surged in the first half' is generous for the half as a whole."),
        ("revised each year in July", "GENERIC", "reconstitution_month", "July", "month", None, None, None, None,
         None, 2, "not_checkable", NC,
         "Index methodology (Russell reconstitutes at the end of June), not a market figure in the files."),
        ("outperforming other market measures early in 2002", "RUT", "relative_return_vs_spx", True, "flag", None, "2002-03-28", "Q1 2002", "close",
         "[round(span_pct('RUT','2001-12-31','2002-03-28'), 2), round(span_pct('GSPC','2001-12-31','2002-03-28'), 2)]", 2,
         "supported", WIN, "First quarter of 2002: Russell 2000 +3.68% against -0.06% for the S&P 500."),
        ("post a gain in November", "RUT", "monthly_return_positive", True, "flag", None, "2002-11-29", "2002-11", "close",
         "float(monthly('RUT').loc['2002-11-30'])", 2, "supported", WIN,
         "November 2002: 2002-10-31 close 373.50 -> 2002-11-29 close 406.35, +8.80%."),
        ("risen in five of the past twelve months", "RUT", "up_months_count", 5, "count", None, "2002-11-29", "2001-12..2002-11", "close",
         "int((monthly('RUT').loc['2001-12-31':'2002-11-30'] > 0).sum())", 0, "supported", INT,
         "Up months in December 2001-November 2002: Dec, Mar, Apr, Oct, Nov = 5."),
        ("initially outperforming the rest of the market in the first half of the year", "RUT", "relative_return_vs_spx", True, "flag", None, "2002-06-28", "H1 2002", "close",
         "[round(span_pct('RUT','2001-12-31','2002-06-28'), 2), round(span_pct('GSPC','2001-12-31','2002-06-28'), 2)]", 2,
         "supported", WIN, "First half of 2002: Russell 2000 -5.29% against -13.78% for the S&P 500."),
        ("that is no longer true", "RUT", "relative_return_vs_spx", False, "flag", None, "2002-11-29", None, "close",
         "[round(ytd_pct('RUT','2002-11-29'), 2), round(ytd_pct('GSPC','2002-11-29'), 2), round(span_pct('RUT','2002-06-28','2002-11-29'), 2), round(span_pct('GSPC','2002-06-28','2002-11-29'), 2)]", 2,
         "unverifiable", WINDOW,
         "Year to date through 2002-11-29 the Russell 2000 (-16.82%) is still ahead of the S&P 500 (-18.45%); since the end of June it trails (-12.17% against -5.41%). Which window is meant is not stated."),
    ]))

# ---------------------------------------------------------------- 2
P.append(dict(
    id="mediocretrader_200711_january_effect",
    site="mediocretrader.blogspot.com",
    url="https://mediocretrader.blogspot.com/2007/11/january-effect.html",
    outlet="The Mediocre Trader (blog)",
    published="2007-11", conf="medium",
    pnote="inferred: the blog archive path is 2007/11 and the post looks ahead to the coming January; the day is not stated. 'The last 16 years' is read as the Januaries of 1992-2007 (the latest January before the post); the note gives the 1991-2006 reading where it matters.",
    text=("January Effect. With January fast approaching, the question comes up again whether the 'January Effect' still "
          "exists in recent market history: do small capitalization stocks outperform large capitalization stocks during "
          "January? In the last 16 years, the Russell-2000 has been up 81% of the time during January, returning an "
          "average of 2.5%. The three losing years were 2002, 2003, and 2005. The SP-500, in the last 16 years, has only "
          "been up 69% of the time in January and returned an average of 1.2%; its five losing years were 1992, 2000, "
          "2002, 2003, and 2005. The two equity curves tell the story. Can anything be concluded? The results for the "
          "Russell-2000 against the SP-500 are not statistically significant, and the difference between RUT-X and "
          "SP-500 January returns has not been consistently positive. More data might show the difference to be "
          "significant, but recent history does not seem to show a small capitalization bias. The results could well be "
          "different with a micro-cap index instead of the small-cap Russell-2000, but there is not enough micro-cap "
          "data to test; a micro-cap against large-cap study for recent years will have to be found."),
    keys=[
        ("up 81% of the time", "RUT", "january_up_share", 81, "pct", None, "2007-01-31", "Januaries 1992-2007", "close",
         "january_stats('RUT', 1992, 2007)[0]", 2, "contradicted", INT + IMP,
         "Russell 2000 January price returns 1992-2007: up in 9 of 16 (56.25%), down in 1995, 1996, 1998, 2000, 2002, 2003, 2005. The 1991-2006 window gives 10 of 16 (62.5%). 81% (13 of 16) fits neither."),
        ("average of 2.5%", "RUT", "january_mean_return", 2.5, "pct", None, "2007-01-31", "Januaries 1992-2007", "close",
         "january_stats('RUT', 1992, 2007)[1]", 2, "contradicted", D1 + IMP,
         "Mean January price return 1992-2007 is 1.52% (1991-2006: 1.98%); an error of 0.98 pp is more than 20% of the true value."),
        ("The three losing years were 2002, 2003, and 2005", "RUT", "january_down_years", [2002, 2003, 2005], "list", None, "2007-01-31", "Januaries 1992-2007", "close",
         "january_stats('RUT', 1992, 2007)[2]", 2, "contradicted", "list of years must match the file",
         "File rows (month-end closes): Jan 1995 -1.40% (1994-12-30 250.36 -> 1995-01-31 246.85), Jan 1996 -0.19% (1995-12-29 315.97 -> 1996-01-31 315.38), Jan 1998 -1.59% (1997-12-31 437.02 -> 1998-01-30 430.05), Jan 2000 -1.69% (1999-12-31 504.75 -> 2000-01-31 496.23) are losing Januaries besides 2002 (-1.11%), 2003 (-2.85%) and 2005 (-4.23%); the text lists only three of seven. The 1991-2006 window has the same seven losing Januaries (1991 was up 9.05%), so neither 16-year window reproduces the list."),
        ("been up 69% of the time", "SPX", "january_up_share", 69, "pct", None, "2007-01-31", "Januaries 1992-2007", "close",
         "january_stats('GSPC', 1992, 2007)[0]", 2, "supported", INT, "S&P 500 up in 11 of 16 Januaries 1992-2007 = 68.75%."),
        ("average of 1.2%", "SPX", "january_mean_return", 1.2, "pct", None, "2007-01-31", "Januaries 1992-2007", "close",
         "january_stats('GSPC', 1992, 2007)[1]", 2, "imprecise", D1 + IMP,
         "Mean S&P 500 January price return 1992-2007 is 1.01%; off by 0.19 pp (within 20% of the true value)."),
        ("1992, 2000, 2002, 2003, and 2005", "SPX", "january_down_years", [1992, 2000, 2002, 2003, 2005], "list", None, "2007-01-31", "Januaries 1992-2007", "close",
         "january_stats('GSPC', 1992, 2007)[2]", 2, "supported", "list of years must match the file",
         "S&P 500 losing Januaries 1992-2007: 1992 -1.99%, 2000 -5.09%, 2002 -1.56%, 2003 -2.74%, 2005 -2.53%."),
        ("not statistically significant", "QUOTE", "significance_opinion", None, None, None, None, None, None,
         None, 2, "not_checkable", NC, "The author's statistical judgement; no test is defined."),
    ]))

# ---------------------------------------------------------------- 3
P.append(dict(
    id="barrons_20001211_january_effect_in_december",
    site="barrons.com",
    url="https://www.barrons.com/articles/SB976655924873345747",
    outlet="Barron's",
    published="2000-12-11", conf="high",
    pnote="inferred: the article id dates it to December 2000 and 'last Tuesday, just as the Nasdaq was scoring its biggest one-day gain ever' is Tue 2000-12-05 (Nasdaq +10.48%, +274.05), so this is the Barron's issue of Monday 2000-12-11. The Tuesday claims are keyed on 2000-12-05; the long-run January figures on the Fama-French size file.",
    text=("Early January: the storied effect on small-cap stocks now arrives in December. January hasn't been itself "
          "lately. This year it showed up last Tuesday, just as the Nasdaq was scoring its biggest one-day gain ever - "
          "an example of the January Effect, the tendency of small-cap stocks to outperform big stocks in the first "
          "month of a new year. But this supposed fast track to an extra buck hasn't been taking investors where they "
          "want to go, or getting them there on time. True enough, small-cap stocks have chalked up average gains in "
          "January of more than 5.9% since 1925, a hefty premium; the S&P 500, by comparison, lumbered along with gains "
          "averaging only about 1.5% over the same period. Observers offer plenty of reasons. Fund managers eager to "
          "impress clients dress up their portfolios at year end with successful, well-known companies and dump shares "
          "of smaller outfits, leaving tempting targets for bargain hunters. Investors unload losers late in the year to "
          "realize tax losses. And insiders at smaller companies, often major shareholders, learn the financial results "
          "just after the turn of the year. Whatever the explanation, ringing in the New Year with a round of small-cap "
          "investments yielded eye-popping results in some of the worst years ever. Small-caps fell by about 90% during "
          "the Great Depression, yet they still managed January gains of 13% in 1930."),
    keys=[
        ("biggest one-day gain ever", "IXIC", "daily_gain_rank", 1, "rank", None, "2000-12-05", "1d", "close",
         "[biggest_gain_rank('IXIC','2000-12-05','pct'), biggest_gain_rank('IXIC','2000-12-05','pts')]", 0, "supported", RANK,
         "Tue 2000-12-05: +274.05 points, +10.48% (2000-12-04 close 2615.75 -> 2889.80); largest in the file (from 1971) in both points and percent; the previous largest was +7.94% on 2000-05-30."),
        ("This year it showed up last Tuesday", "RUT", "relative_daily_return_vs_spx", True, "flag", None, "2000-12-05", "1d", "close",
         "[round(pct('RUT','2000-12-05'), 2), round(pct('GSPC','2000-12-05'), 2)]", 2, "supported", "daily % change, close to close",
         "On 2000-12-05 the Russell 2000 rose 4.61% against 3.89% for the S&P 500: small caps beat big stocks that day."),
        ("more than 5.9% since 1925", "FF_SMALL", "january_mean_return", 5.9, "pct", "more than", "2000-01-31", "Januaries 1926-2000", "monthly",
         "ff_january_mean(1926, 2000)", 2, "supported", MORE,
         "Proxy: Fama-French size portfolio of the smallest 30% of stocks by NYSE breakpoints (value-weighted, FF_size_portfolios_monthly vw_lo30): mean January return 6.10% over 1927-2000 (the file starts July 1926, so January 1926 is missing). The smallest quintile (7.04%) and decile (8.64%) are higher still; Barron's likely used the Ibbotson small-stock series, which is not in the files."),
        ("about 1.5%", "SPX", "january_mean_return", 1.5, "pct", "about", "2000-01-31", "Januaries 1928-2000", "close",
         "float(calendar_month_means('GSPC', 1928, 2000).loc[1])", 2, "supported", ABOUT,
         "Mean S&P January price return 1928-2000 is 1.58% (the file starts 1927-12-30; before 1957 it is the S&P 90). Within one unit of the last digit."),
        ("about 90% during the Great Depression", "FF_SMALL", "drawdown", 90, "pct", "about", "1932-12-31", "1929-1932", "monthly",
         "-ff_drawdown('1929-01', '1933-12')", 2, "supported", ABOUT,
         "Same Fama-French small portfolio (vw_lo30): cumulative peak-to-trough loss 1929-1932 of 90.64% (smallest decile 90.05%)."),
        ("13% in 1930", "FF_SMALL", "monthly_return", 13, "pct", None, "1930-01-31", "1930-01", "monthly",
         "ff_month('1930-01')", 2, "supported", INT,
         "Fama-French small portfolio (vw_lo30) January 1930: +13.27%. The smallest quintile gives 12.96%, the smallest decile 15.45%."),
    ]))

# ---------------------------------------------------------------- 4
P.append(dict(
    id="nasdaq_20110812_small_caps_led_thursday",
    site="nasdaq.com",
    url="https://www.nasdaq.com/articles/thursdays-top-performing-small-cap-stocks-aone-aiq-kva-insm-cxpo-2011-08-12",
    outlet="Nasdaq.com",
    published="2011-08-12", conf="exact",
    pnote="date in the URL (2011-08-12); the text reviews Thursday 2011-08-11, the session after the Wednesday sell-off.",
    text=("Thursday's top-performing small-cap stocks. Small-cap stocks led Wall Street higher on Thursday, as U.S. "
          "markets went through another riptide session of massive swings and overheated volume. The Russell 2000 Index "
          "finished with a 5.4 percent gain, while the Standard & Poor's Small Cap 600 improved 5.3 percent. Those "
          "performances were slightly better than those of the big benchmarks: the Dow Jones Industrial Average closed "
          "4 percent higher, the Standard & Poor's 500 rose 4.6 percent and the Nasdaq Stock Market added 4.7 percent. "
          "In Thursday's latest installment of a week of alternating massive rises and falls, small caps were led by "
          "technology and biopharmaceutical names. A123 Systems, which develops lithium-ion battery systems, received a "
          "contract from GM for batteries in future electric vehicles. Alliance HealthCare Services bounced back from the "
          "previous day's nearly 56 percent sell-off. K-V Pharmaceutical, which focuses on women's health, held an "
          "investor conference after completing the sale of its Nesher generics unit to Zydus. Insmed has struggled "
          "since tanking Aug. 1, when the FDA halted late-stage tests of its cystic fibrosis treatment over safety "
          "concerns, and oil and gas explorer Crimson Exploration reversed a year-ago loss and issued an upbeat "
          "production outlook."),
    keys=[
        ("5.4 percent gain", "RUT", "daily_pct_change", 5.4, "pct", None, "2011-08-11", "1d", "close",
         "pct('RUT','2011-08-11')", 2, "supported", D1, "2011-08-10 close 660.21 -> 695.89, +5.40%."),
        ("improved 5.3 percent", "SP600", "daily_pct_change", 5.3, "pct", None, "2011-08-11", "1d", "close",
         None, 2, "unverifiable", NOSER, "The S&P SmallCap 600 is not in the files."),
        ("closed 4 percent higher", "DJI", "daily_pct_change", 4, "pct", None, "2011-08-11", "1d", "close",
         "pct('DJI','2011-08-11')", 2, "supported", INT, "+423.37 points, +3.95%, which rounds to 4."),
        ("rose 4.6 percent", "SPX", "daily_pct_change", 4.6, "pct", None, "2011-08-11", "1d", "close",
         "pct('GSPC','2011-08-11')", 2, "supported", D1, "1120.76 -> 1172.64, +4.63%."),
        ("added 4.7 percent", "IXIC", "daily_pct_change", 4.7, "pct", None, "2011-08-11", "1d", "close",
         "pct('IXIC','2011-08-11')", 2, "supported", D1, "2381.05 -> 2492.68, +4.69%."),
        ("slightly better than those of the big benchmarks", "RUT", "relative_daily_return", True, "flag", None, "2011-08-11", "1d", "close",
         "[round(pct('RUT','2011-08-11'), 2), round(pct('DJI','2011-08-11'), 2), round(pct('GSPC','2011-08-11'), 2), round(pct('IXIC','2011-08-11'), 2)]", 2,
         "supported", "daily % change, close to close", "Russell 2000 +5.40% against Dow +3.95%, S&P 500 +4.63%, Nasdaq +4.69%."),
        ("a week of alternating massive rises and falls", "DJI", "daily_sign_pattern", "-+-+", "pattern", None, "2011-08-11", "2011-08-08..2011-08-11", "close",
         "sign_pattern('DJI','2011-08-08','2011-08-11')", 2, "supported", "daily closes",
         "Dow Mon 2011-08-08 -5.55%, Tue +3.98%, Wed -4.62%, Thu +3.95%; the S&P 500 and Nasdaq show the same pattern."),
        ("nearly 56 percent sell-off", "AIQ", "daily_pct_change", -56, "pct", "nearly", "2011-08-10", "1d", "close",
         None, 2, "unverifiable", NOSER, "Single-stock prices are not in the files."),
        ("tanking Aug. 1", "INSM", "event_date", "2011-08-01", "date", None, "2011-08-01", None, None,
         None, 2, "unverifiable", NOSER, "Single-stock move and FDA action; not in the files."),
    ]))

# ---------------------------------------------------------------- 5
P.append(dict(
    id="usatoday_20130710_rut_1000_milestone",
    site="usatoday.com",
    url="http://www.usatoday.com/story/money/markets/2013/07/10/stocks-russell-2000/2506775/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+UsatodaycomMoney-TopStories+%28USATODAY+-+Money+Top+Stories%29",
    outlet="USA Today",
    published="2013-07-10", conf="exact",
    pnote="date in the URL; 'On Wednesday' is 2013-07-10, the publication day. 'Finally closed above 1,000 on July 5' refers to Fri 2013-07-05.",
    text=("Big, round numbers on Wall Street always attract a lot of attention, and these milestones are also very hard "
          "to leave behind for good. The best example is the 1966-1982 period: the Dow first flirted with 1,000 in "
          "February 1966, closed above it for the first time Nov. 14, 1972, but did not put 1,000 in the rear-view "
          "mirror for good until 1982. Such psychological levels have acted as a ceiling, an area prices grind around "
          "for a while. That is why the 1,000 level on the Russell 2000, a small-company stock index, is drawing so much "
          "attention. After flirting with that level in late May and early June, temporarily crossing above 1,000 five "
          "times, the index finally closed above it on July 5. On Wednesday it rose 2.37 points to 1,020.43, and it is up "
          "20.1% in 2013. 'The 1,000 area on the Russell 2000 is significant,' says Ryan Detrick, an analyst at "
          "Schaeffer's Investment Research. Whether it can stay above that level could show whether the broader rally is "
          "for real, since small-cap stocks are considered leading indicators. 'The fact that the Russell 2000 has broken "
          "out to new all-time highs is a good sign for the bigger blue-chip stocks,' Detrick says. 'Still, we'd like to "
          "see it move up another 3% or so (say 1,030) to signal the breakout is legit.'"),
    keys=[
        ("flirted with 1,000 in February 1966", "DJI", "intraday_level_first_touch", 1000, "index_points", None, "1966-02-09", None, "intraday high",
         None, 2, "unverifiable", PRE, "The Dow file starts 1992-01-02."),
        ("Nov. 14, 1972", "DJI", "first_close_above", "1972-11-14", "date", None, "1972-11-14", None, "close",
         None, 2, "unverifiable", PRE, "The Dow file starts 1992-01-02."),
        ("for good until 1982", "DJI", "level_held_from", 1982, "year", None, "1982-12-31", None, "close",
         None, 2, "unverifiable", PRE, "The Dow file starts 1992-01-02."),
        ("temporarily crossing above 1,000 five", "RUT", "sessions_high_above_close_below", 5, "count", None, "2013-07-04", "2013-05..2013-07-04", "intraday high",
         "sessions_high_above_close_below('RUT','2013-05-01','2013-07-04',1000)", 0, "supported", INT,
         "Sessions with a high above 1,000 and a close below it before July 5: 2013-05-20, 05-21, 05-22, 05-28 and 06-18 = 5 (the last one is mid-June rather than early June)."),
        ("finally closed above it on July 5", "RUT", "first_close_above", "2013-07-05", "date", None, "2013-07-05", None, "close",
         "first_close_at_or_above('RUT', 1000)", 2, "supported", "first close at or above the level in the file",
         "First close at or above 1,000 in the file: 2013-07-05 (1005.39)."),
        ("rose 2.37 points", "RUT", "daily_point_change", 2.37, "index_points", None, "2013-07-10", "1d", "close",
         "chg('RUT','2013-07-10')", 2, "supported", D2, "1018.05 -> 1020.42, +2.37."),
        ("1,020.43", "RUT", "close_level", 1020.43, "index_points", None, "2013-07-10", None, "close",
         "val('RUT','2013-07-10')", 2, "supported", LVL, "File close 1020.42 (0.01 off)."),
        ("20.1% in 2013", "RUT", "ytd_pct", 20.1, "pct", None, "2013-07-10", "YTD", "close",
         "ytd_pct('RUT','2013-07-10')", 2, "supported", D1, "2012-12-31 close 849.35 -> 1020.42, +20.14%."),
        ("broken out to new all-time highs", "RUT", "record_close", True, "flag", None, "2013-07-10", None, "close",
         "is_record_close('RUT','2013-07-10')", 2, "supported", REC,
         "1020.42 tops the previous record close 1018.05 of 2013-07-09 (records also on 07-05, 07-08)."),
        ("another 3% or so (say 1,030)", "QUOTE", "target_level", 1030, "index_points", "or so", None, None, None,
         None, 2, "forecast", FC, "An analyst's hoped-for level; not judged."),
    ]))

# ---------------------------------------------------------------- 6
P.append(dict(
    id="crossingwallstreet_20131104_small_cap_rally_over",
    site="crossingwallstreet.com",
    url="https://crossingwallstreet.com/archives/2013/11/is-the-small-cap-rally-about-to-end.html",
    outlet="Crossing Wall Street (Eddy Elfenbein blog)",
    published="2013-11-04", conf="exact",
    pnote="posted Monday 2013-11-04 at 12:54 pm (stated on the page), so 'today' and 'last week' are read on the last close before the post, Fri 2013-11-01; the 11-04 close gives the same verdicts.",
    text=("Is the small-cap rally already over? The Russell 2000 has outperformed the S&P 500 for a remarkable "
          "14-and-a-half years. Measured against the S&P 500, the small-cap index reached its low on April 8, 1999; the "
          "little guys were largely left behind in the big rally of the late 1990s. Ever since then, the Russell has "
          "consistently outperformed the broader market. If the S&P 500 had kept pace with the Russell, it would be over "
          "3,600 today. The most recent relative performance high came on October 1 of this year. Since then, small caps "
          "have lagged badly, and it got much worse last week: the Russell 2000 has underperformed the S&P 500 for the "
          "last six days in a row. Historically, these cycles of outperformance and underperformance have run on for "
          "several years, so the question for investors is whether the small-cap leadership that began in 1999 is "
          "finally giving way. (Posted November 4th, 2013 at 12:54 pm.)"),
    keys=[
        ("14-and-a-half years", "RUT", "relative_outperformance_years", 14.5, "years", None, "2013-11-01", "1999-04-08..2013-11-01", "close",
         "round((ts('2013-11-04') - ts(rel_extreme_date('RUT','GSPC','1979-01-01','2013-11-01', low=True))).days / 365.25, 2)", 2,
         "supported", ABOUT,
         "From the relative low of 1999-04-08 to the post: 14.58 years; the Russell/S&P ratio is higher on 2013-11-01 (0.622) than on 1999-04-08."),
        ("April 8, 1999", "RUT", "relative_low_date", "1999-04-08", "date", None, "1999-04-08", "to 2013-11-01", "close",
         "rel_extreme_date('RUT','GSPC','1987-09-10','2013-11-01', low=True)", 2, "supported", "date of the lowest Russell 2000 / S&P 500 close ratio in the file",
         "The lowest RUT/GSPC close ratio in the file up to 2013-11-01 is on 1999-04-08."),
        ("over 3,600 today", "SPX", "hypothetical_level", 3600, "index_points", "over", "2013-11-01", "1999-04-08..2013-11-01", "close",
         "val('GSPC','1999-04-08') * val('RUT','2013-11-01') / val('RUT','1999-04-08')", 2, "supported", MORE,
         "S&P 500 close 1999-04-08 (1343.98) grown at the Russell 2000's rate to 2013-11-01 = 3682.41 (3724.79 with the 11-04 close)."),
        ("October 1 of this year", "RUT", "relative_high_date", "2013-10-01", "date", None, "2013-10-01", "to 2013-11-01", "close",
         "rel_extreme_date('RUT','GSPC','1987-09-10','2013-11-01', low=False)", 2, "supported", "date of the highest Russell 2000 / S&P 500 close ratio",
         "The highest RUT/GSPC ratio in the file up to 2013-11-01 is on 2013-10-01 (0.6416); it is also the all-time high of the ratio."),
        ("last six days in a row", "RUT", "relative_underperformance_streak", 6, "sessions", None, "2013-11-01", None, "close",
         "rel_under_streak('RUT','GSPC','2013-11-01')", 0, "supported", COUNT,
         "Daily % change of the Russell 2000 below the S&P 500's on 10-25, 10-28, 10-29, 10-30, 10-31 and 11-01 (six sessions); on 10-24 it was ahead."),
        ("run on for several years", "GENERIC", "cycle_length", None, "years", "several", None, None, None,
         None, 2, "not_checkable", NC, "Rule of thumb about the length of small/large cycles; no window is defined."),
    ]))

# ---------------------------------------------------------------- 7
P.append(dict(
    id="spokesman_20090228_dow_below_half_record",
    site="spokesman.com",
    url="http://www.spokesman.com/stories/2009/feb/28/dow-falls-to-below-half-its-record-high/",
    outlet="Associated Press (via The Spokesman-Review)",
    published="2009-02-28", conf="exact",
    pnote="date in the URL (Saturday 2009-02-28); the story covers Friday 2009-02-27 and the week ended that day (weekly changes against Fri 2009-02-20).",
    text=("NEW YORK - Wall Street ended another unforgiving month with a steep loss, one that left the Dow Jones "
          "industrial average at less than half its record high. The day's news unsettled investors. Citigroup Inc. "
          "agreed to turn over a big piece of itself to the government, fanning worries that other banks face crippling "
          "trouble with bad debt, and General Electric Co. slashed its quarterly dividend by 68 percent. Both companies are "
          "part of the Dow, which fell 119 points. The government's gross domestic product report also showed that the "
          "economy shrank at a 6.2 percent annual pace at the end of last year, much faster than expected. For investors "
          "it all added up to a prolonged and increasingly painful recession, said Scott Fullman of WJB Capital Group. "
          "For the week, the Dow closed down 302.74, or 4.1 percent, at 7,062.93. The Standard & Poor's 500 index fell "
          "34.96, or 4.5 percent, to 735.09, and the Nasdaq composite index fell 63.39, or 4.4 percent, closing at "
          "1,377.84. The Russell 2000 index, which tracks the performance of small company stocks, declined 21.94, or "
          "5.3 percent, to 389.02. The Dow Jones Wilshire 5000 Composite Index, which measures 5,000 U.S.-based companies, "
          "ended at 7,415.60, down 386.67, or 5 percent, for the week; a year ago it stood at 13,945.130."),
    keys=[
        ("another unforgiving month with a steep loss", "DJI", "monthly_return", True, "flag", None, "2009-02-27", "2009-01..2009-02", "close",
         "[round(float(monthly('DJI').loc['2009-01-31']), 2), round(float(monthly('DJI').loc['2009-02-28']), 2)]", 2, "supported", WIN,
         "Dow January 2009 -8.84%, February 2009 -11.72%: a second straight monthly loss."),
        ("less than half its record high", "DJI", "ratio_to_record", 0.5, "ratio", "less than", "2009-02-27", None, "close",
         "val('DJI','2009-02-27') / record_high_before('DJI','2009-02-27')[1]", 4, "supported", "less than: true < claim",
         "7062.93 against the record close 14164.53 of 2007-10-09: 49.86% of the record."),
        ("dividend by 68 percent", "GE", "dividend_cut", 68, "pct", None, "2009-02-27", None, None,
         None, 2, "unverifiable", NOSER, "Company dividends are not in the files."),
        ("which fell 119 points", "DJI", "daily_point_change", -119, "index_points", None, "2009-02-27", "1d", "close",
         "chg('DJI','2009-02-27')", 2, "supported", INT, "7182.08 -> 7062.93, -119.15."),
        ("6.2 percent annual pace", "US_GDP", "gdp_growth", -6.2, "pct", None, "2008-12-31", "Q4 2008", None,
         None, 2, "unverifiable", NOSER, "GDP is not in the files."),
        ("down 302.74", "DJI", "weekly_point_change", -302.74, "index_points", None, "2009-02-27", "week", "close",
         "span_pts('DJI','2009-02-20','2009-02-27')", 2, "supported", D2, "Fri 2009-02-20 close 7365.67 -> 7062.93."),
        ("or 4.1 percent, at", "DJI", "weekly_pct_change", -4.1, "pct", None, "2009-02-27", "week", "close",
         "span_pct('DJI','2009-02-20','2009-02-27')", 2, "supported", D1, "-4.11%."),
        ("7,062.93", "DJI", "close_level", 7062.93, "index_points", None, "2009-02-27", None, "close",
         "val('DJI','2009-02-27')", 2, "supported", LVL, ""),
        ("fell 34.96", "SPX", "weekly_point_change", -34.96, "index_points", None, "2009-02-27", "week", "close",
         "span_pts('GSPC','2009-02-20','2009-02-27')", 2, "supported", D2, "770.05 -> 735.09."),
        ("or 4.5 percent, to 735.09", "SPX", "weekly_pct_change", -4.5, "pct", None, "2009-02-27", "week", "close",
         "span_pct('GSPC','2009-02-20','2009-02-27')", 2, "supported", D1, "-4.54%."),
        ("to 735.09", "SPX", "close_level", 735.09, "index_points", None, "2009-02-27", None, "close",
         "val('GSPC','2009-02-27')", 2, "supported", LVL, ""),
        ("fell 63.39", "IXIC", "weekly_point_change", -63.39, "index_points", None, "2009-02-27", "week", "close",
         "span_pts('IXIC','2009-02-20','2009-02-27')", 2, "supported", D2, "1441.23 -> 1377.84."),
        ("or 4.4 percent, closing", "IXIC", "weekly_pct_change", -4.4, "pct", None, "2009-02-27", "week", "close",
         "span_pct('IXIC','2009-02-20','2009-02-27')", 2, "supported", D1, "-4.40%."),
        ("1,377.84", "IXIC", "close_level", 1377.84, "index_points", None, "2009-02-27", None, "close",
         "val('IXIC','2009-02-27')", 2, "supported", LVL, ""),
        ("declined 21.94", "RUT", "weekly_point_change", -21.94, "index_points", None, "2009-02-27", "week", "close",
         "span_pts('RUT','2009-02-20','2009-02-27')", 2, "supported", D2, "410.96 -> 389.02."),
        ("5.3 percent, to 389.02", "RUT", "weekly_pct_change", -5.3, "pct", None, "2009-02-27", "week", "close",
         "span_pct('RUT','2009-02-20','2009-02-27')", 2, "supported", D1, "-5.34%."),
        ("to 389.02", "RUT", "close_level", 389.02, "index_points", None, "2009-02-27", None, "close",
         "val('RUT','2009-02-27')", 2, "supported", LVL, ""),
        ("ended at 7,415.60", "W5000", "close_level", 7415.60, "index_points", None, "2009-02-27", None, "close",
         None, 2, "unverifiable", NOSER, "The Wilshire 5000 is not in the files."),
        ("down 386.67, or 5 percent", "W5000", "weekly_change", [-386.67, -5], "index_points/pct", None, "2009-02-27", "week", "close",
         None, 2, "unverifiable", NOSER, "The Wilshire 5000 is not in the files."),
        ("13,945.130", "W5000", "close_level_year_ago", 13945.13, "index_points", None, "2008-02-27", None, "close",
         None, 2, "unverifiable", NOSER, "The Wilshire 5000 is not in the files."),
    ]))

# ---------------------------------------------------------------- 8
P.append(dict(
    id="peoplesdaily_20010313_nasdaq_below_2000",
    site="en.people.cn",
    url="http://en.people.cn/english/200103/13/print20010313_64899.html",
    outlet="People's Daily Online (relaying U.S. reports)",
    published="2001-03-13", conf="exact",
    pnote="date in the URL (2001-03-13); 'Monday' is 2001-03-12, the session the story describes.",
    text=("Historic dive on Wall Street, People's Daily Online reported. Stocks melted down on Monday as the Nasdaq "
          "composite index sank below 2000, into its worst bear market ever, and the Dow Jones industrial average "
          "suffered a staggering 436-point decline. Technology shares led the crash, but the damage reached across the "
          "whole market: more than $554 billion in shareholder wealth was wiped from stocks on Monday, according to the "
          "market researcher Wilshire Associates. The sinking Nasdaq fueled the selling. It shed 129 points to close at "
          "1923, its first close below 2000 since Dec. 14, 1998, and its lowest close since Nov. 19, 1998. More than 320 "
          "Nasdaq stocks hit new lows, a sign of how broad the rout in technology issues had become."),
    keys=[
        ("sank below 2000", "IXIC", "close_below_level", 2000, "index_points", None, "2001-03-12", None, "close",
         "val('IXIC','2001-03-12')", 2, "supported", "close below the level", "Close 1923.38."),
        ("its worst bear market ever", "IXIC", "drawdown_rank", 1, "rank", None, "2001-03-12", None, "close",
         "[round(drawdown_from_peak('IXIC','2001-03-12'), 2), worst_drawdown_before('IXIC','2001-03-12')]", 2, "supported",
         "deepest close-to-close drawdown in the file (the Nasdaq file starts 1971-02-05, its launch year)",
         "1923.38 is 61.90% below the 2000-03-10 record 5048.62; the deepest earlier drawdown in the file is 59.90% (to 1974-10-03)."),
        ("436-point decline", "DJI", "daily_point_change", -436, "index_points", None, "2001-03-12", "1d", "close",
         "chg('DJI','2001-03-12')", 2, "supported", INT, "10644.62 -> 10208.25, -436.37."),
        ("$554 billion", "US_MARKET_CAP", "market_value_change", -554, "usd_bn", "more than", "2001-03-12", "1d", None,
         None, 2, "unverifiable", NOSER, "Wilshire market-value estimates are not in the files."),
        ("shed 129 points", "IXIC", "daily_point_change", -129, "index_points", None, "2001-03-12", "1d", "close",
         "chg('IXIC','2001-03-12')", 2, "supported", INT, "2052.78 -> 1923.38, -129.40."),
        ("close at 1923", "IXIC", "close_level", 1923, "index_points", None, "2001-03-12", None, "close",
         "val('IXIC','2001-03-12')", 2, "supported", INT, "1923.38."),
        ("since Dec. 14, 1998", "IXIC", "first_close_below_since", "1998-12-14", "date", None, "2001-03-12", None, "close",
         "last_close_below('IXIC','2001-03-12',2000)", 2, "supported", SINCE, "Last earlier close below 2000: 1998-12-14 (1966.92)."),
        ("lowest close since Nov. 19, 1998", "IXIC", "lowest_since", "1998-11-19", "date", None, "2001-03-12", None, "close",
         "lowest_since('IXIC','2001-03-12')", 2, "supported", SINCE, "Last earlier close at or below 1923.38: 1998-11-19 (1919.68)."),
        ("More than 320", "NASDAQ_BREADTH", "new_lows_count", 320, "count", "more than", "2001-03-12", None, None,
         None, 2, "unverifiable", NOSER, "New-low counts are not in the files."),
    ]))

# ---------------------------------------------------------------- 9
P.append(dict(
    id="thisismoney_20040330_nasdaq_back_above_2000",
    site="thisismoney.co.uk",
    url="https://www.thisismoney.co.uk/money/news/article-1512881/Wall-Street-Tuesday-close.html",
    outlet="This is Money",
    published="2004-03-30", conf="high",
    pnote="inferred: the page gives no date, but the Dow at 10,381.70 (+52.07) and the Nasdaq's first close above 2,000 since March 8 match Tue 2004-03-30 in the files; the March consumer-confidence release and Accenture's CEO change also date it to that day.",
    text=("Wall Street: Tuesday close. U.S. stocks finished higher after a late-afternoon rally, with the Nasdaq "
          "composite index closing above 2,000 for the first time since March 8. Analysts pointed to a continuing stream "
          "of earnings outlooks, many of them promising better-than-expected results when quarterly reports start coming "
          "out next week. The Dow Jones industrial average rose 52.07 to 10,381.70. It was the second straight day of "
          "gains for the Dow, which has advanced in three of the past four sessions. The Nasdaq spent most of the day in "
          "negative territory until the overall rally caught up with technology stocks. The 2,000 barrier means little "
          "on a fundamental basis, but it is a psychological boost for investors who were nervous about falling prices "
          "over the last month. The Conference Board's consumer confidence index, released in the morning, did not move "
          "the market at first: the March reading was 88.3, down from 88.5 in February, better than expected but still "
          "showing that confidence is lagging."),
    keys=[
        ("above 2,000 for the first time since March 8", "IXIC", "first_close_above_since", "2004-03-08", "date", None, "2004-03-30", None, "close",
         "last_close_above('IXIC','2004-03-30',2000)", 2, "supported", SINCE,
         "Close 2000.63; last earlier close at or above 2,000: 2004-03-08 (2008.78)."),
        ("rose 52.07", "DJI", "daily_point_change", 52.07, "index_points", None, "2004-03-30", "1d", "close",
         "chg('DJI','2004-03-30')", 2, "supported", D2, "10329.63 -> 10381.70."),
        ("10,381.70", "DJI", "close_level", 10381.70, "index_points", None, "2004-03-30", None, "close",
         "val('DJI','2004-03-30')", 2, "supported", LVL, ""),
        ("second straight day of gains", "DJI", "up_streak", 2, "sessions", None, "2004-03-30", None, "close",
         "streak('DJI','2004-03-30', up=True)", 0, "supported", COUNT, "Up on 03-29 (+116.66) and 03-30; down on 03-26."),
        ("three of the past four sessions", "DJI", "up_sessions_of_n", [3, 4], "count", None, "2004-03-30", "4 sessions", "close",
         "[up_sessions('DJI','2004-03-30',4), 4]", 0, "supported", COUNT,
         "03-25 +170.59, 03-26 -5.85, 03-29 +116.66, 03-30 +52.07: three of four."),
        ("88.3", "US_CONF", "consumer_confidence", 88.3, "index", None, "2004-03-30", "March", None,
         None, 2, "unverifiable", NOSER, "Conference Board data are not in the files."),
        ("88.5 in February", "US_CONF", "consumer_confidence", 88.5, "index", None, "2004-02-29", "February", None,
         None, 2, "unverifiable", NOSER, "Conference Board data are not in the files."),
    ]))

# ---------------------------------------------------------------- 10
P.append(dict(
    id="ap_20110906_europe_worries_midday",
    site="mprnews.org",
    url="http://www.mprnews.org/story/2011/09/06/us-stocks-tuesday",
    outlet="Associated Press (via MPR News)",
    published="2011-09-06", conf="exact",
    pnote="date in the URL; 'Tuesday' is 2011-09-06, the first session after Labor Day. The story is a midday update (12:30 p.m.).",
    text=("Stocks fall sharply as Europe worries deepen. NEW YORK (AP) - Stocks fell sharply Tuesday as worries deepened "
          "about Europe's debt crisis and the weak U.S. economy, and the yield on the 10-year Treasury note traded below "
          "2 percent as investors sought safety. The Dow Jones industrial average fell 190 points, or 1.7 percent, to "
          "11,050 at 12:30 p.m. It had been down as many as 307 points earlier. Pfizer Inc. was the only one of the 30 "
          "stocks in the average that rose. The S&P 500 lost 19, or 1.6 percent, to 1,155, and the Nasdaq composite fell "
          "37, or 1.5 percent, to 2,443. The losses followed steep declines in European markets: the Stoxx 600 Europe "
          "index lost 4.1 percent Monday, while U.S. markets were closed for Labor Day, and fell another 0.7 percent "
          "Tuesday. 'Everyone is coming back from their vacations and selling first and asking questions later,' said "
          "Mark Lehmann, president of JMP Securities. September is historically the worst month for the stock market, "
          "and traders expect the trend to hold this year. The government reported Friday that there was no job growth "
          "last month, the worst reading on jobs since September 2010."),
    keys=[
        ("traded below 2 percent", "US10Y", "yield_level", 2.0, "pct", "less than", "2011-09-06", None, "intraday",
         "yld('2011-09-06')", 2, "unverifiable", YLD,
         "FRED end-of-day 10-year yield on 2011-09-06: 1.98%, consistent with the claim, but a mid-session yield cannot be checked."),
        ("fell 190 points", "DJI", "midday_point_change", -190, "index_points", None, "2011-09-06", "1d", "12:30 p.m.",
         "session_range('DJI','2011-09-06')", 2, "unverifiable", MID,
         "Implied level 11049.3 lies inside the session range 10932.53-11237.46 (close 11139.30, -100.96)."),
        ("1.7 percent, to", "DJI", "midday_pct_change", -1.7, "pct", None, "2011-09-06", "1d", "12:30 p.m.",
         None, 2, "unverifiable", MID, "Mid-session; the implied level is inside the session range (close -0.90%)."),
        ("11,050 at 12:30 p.m.", "DJI", "midday_level", 11050, "index_points", None, "2011-09-06", None, "12:30 p.m.",
         "in_range('DJI','2011-09-06',11050)", 2, "unverifiable", MID, "11,050 lies inside 10932.53-11237.46."),
        ("down as many as 307 points", "DJI", "intraday_point_change_max", -307, "index_points", "as many as", "2011-09-06", "1d", "intraday low",
         "intraday_move('DJI','2011-09-06','low')", 2, "supported", ASMUCH,
         "Session low 10932.53 against the 2011-09-02 close 11240.26: -307.73 (the low came before 12:30 p.m., as the text says)."),
        ("only one of the 30 stocks", "DJI_COMPONENTS", "advancers_count", 1, "count", None, "2011-09-06", None, "12:30 p.m.",
         None, 2, "unverifiable", NOSER, "Component prices are not in the files."),
        ("lost 19, or 1.6 percent", "SPX", "midday_change", [-19, -1.6], "index_points/pct", None, "2011-09-06", "1d", "12:30 p.m.",
         None, 2, "unverifiable", MID, "Mid-session; the implied level (about 1,155) is inside the session range 1140.13-1173.97 (close -0.74%)."),
        ("to 1,155", "SPX", "midday_level", 1155, "index_points", None, "2011-09-06", None, "12:30 p.m.",
         "in_range('GSPC','2011-09-06',1155)", 2, "unverifiable", MID, "Inside 1140.13-1173.97."),
        ("fell 37, or 1.5 percent", "IXIC", "midday_change", [-37, -1.5], "index_points/pct", None, "2011-09-06", "1d", "12:30 p.m.",
         None, 2, "unverifiable", MID, "Mid-session; inside the session range 2414.31-2477.77 (close -0.26%)."),
        ("to 2,443", "IXIC", "midday_level", 2443, "index_points", None, "2011-09-06", None, "12:30 p.m.",
         "in_range('IXIC','2011-09-06',2443)", 2, "unverifiable", MID, "Inside 2414.31-2477.77."),
        ("lost 4.1 percent Monday", "STOXX600", "daily_pct_change", -4.1, "pct", None, "2011-09-05", "1d", "close",
         None, 2, "unverifiable", NOSER, "European indexes are not in the files."),
        ("another 0.7 percent", "STOXX600", "daily_pct_change", -0.7, "pct", None, "2011-09-06", "1d", "midday",
         None, 2, "unverifiable", NOSER, "European indexes are not in the files."),
        ("closed for Labor Day", "SPX", "market_closed", True, "flag", None, "2011-09-05", None, None,
         "not is_session('GSPC','2011-09-05') and not is_session('DJI','2011-09-05')", 2, "supported", "no row in the price files on that day",
         "No session on Mon 2011-09-05 in the index files; the previous session is Fri 2011-09-02."),
        ("historically the worst month", "SPX", "calendar_month_rank", "September", "month", None, "2011-09-06", "1928-2010", "close",
         "int(calendar_month_means('GSPC', 1928, 2010).idxmin())", 0, "supported", "lowest mean calendar-month return in the file",
         "Mean monthly S&P price return by calendar month 1928-2010: September -1.09%, the lowest (1950-2010: -0.46%, also the lowest)."),
        ("since September 2010", "US_JOBS", "payrolls_low_since", "2010-09", "month", None, "2011-09-02", None, None,
         None, 2, "unverifiable", NOSER, "Payroll data are not in the files."),
    ]))

# ---------------------------------------------------------------- 11
P.append(dict(
    id="ap_20110912_greece_worries_early_trading",
    site="tnj.com",
    url="https://tnj.com/europe-worries-drag-stocks-lower-early-trading/",
    outlet="Associated Press (via The Network Journal)",
    published="2011-09-12", conf="high",
    pnote="inferred: the page has no date line, but 'Monday', the 10:30 a.m. levels (Dow about 10,921 after a 10,992.13 close), the McGraw-Hill split announcement and the ECB resignation 'Friday' (Juergen Stark, 2011-09-09) fix it to Mon 2011-09-12.",
    text=("Europe worries drag stocks lower in early trading. NEW YORK (AP) - Stocks fell Monday on worries that Greece "
          "could be edging closer to defaulting on its debt, and the yield on the 10-year Treasury note reached another "
          "record low as investors piled into U.S. government debt. The Dow Jones industrial average fell 70 points, or "
          "0.6 percent, to 10,921 at 10:30 a.m. It had been down as many as 135 points shortly after the opening bell. "
          "The Standard & Poor's 500 index fell 6, or 0.5 percent, to 1,148. Technology stocks did better after news of "
          "a semiconductor deal; the Nasdaq fell less than a point to 2,467. The rush into Treasurys pushed the 10-year "
          "yield to 1.87 percent, the lowest since the Federal Reserve Bank of St. Louis began keeping daily records in "
          "1962. During the financial crisis in late 2008, the 10-year yield hit a low of 2.05 percent. European bank "
          "shares fell sharply on worries about their exposure to Greek debt. The resignation of a key European Central "
          "Bank official Friday, together with worries about a new U.S. recession, had led to a large sell-off, and the "
          "Dow Jones industrial average and Standard & Poor's 500 index have fallen for six of the past seven weeks. "
          "McGraw-Hill Cos. rose 2.6 percent after saying it will split into two companies."),
    keys=[
        ("reached another record low", "US10Y", "record_low_yield", True, "flag", None, "2011-09-12", None, "intraday",
         "[yld('2011-09-12'), yield_record_low_before('2011-09-12')]", 2, "unverifiable", YLD,
         "End of day the 10-year was 1.94% on 2011-09-12, above the 1.93% end-of-day record of 2011-09-09; an intraday record cannot be checked."),
        ("fell 70 points, or", "DJI", "early_point_change", -70, "index_points", None, "2011-09-12", "1d", "10:30 a.m.",
         "session_range('DJI','2011-09-12')", 2, "unverifiable", MID,
         "Implied level 10922 lies inside the session range 10824.76-11062.03 (close 11061.12, +68.99)."),
        ("0.6 percent, to 10,921", "DJI", "early_pct_change", -0.6, "pct", None, "2011-09-12", "1d", "10:30 a.m.",
         None, 2, "unverifiable", MID, "Mid-session figure; inside the session range."),
        ("to 10,921 at 10:30 a.m.", "DJI", "early_level", 10921, "index_points", None, "2011-09-12", None, "10:30 a.m.",
         "in_range('DJI','2011-09-12',10921)", 2, "unverifiable", MID, "Inside 10824.76-11062.03."),
        ("down as many as 135 points", "DJI", "early_point_change_max", -135, "index_points", "as many as", "2011-09-12", "1d", "shortly after the open",
         "intraday_move('DJI','2011-09-12','low')", 2, "unverifiable", MID,
         "The session low (10824.76, -167.37) came later in the day; the extreme up to the time of writing cannot be recovered from daily data."),
        ("fell 6, or 0.5 percent, to 1,148", "SPX", "early_level", 1148, "index_points", None, "2011-09-12", None, "10:30 a.m.",
         "in_range('GSPC','2011-09-12',1148)", 2, "unverifiable", MID, "Inside the session range 1136.07-1162.52 (close +0.70%)."),
        ("fell less than a point to 2,467", "IXIC", "early_level", 2467, "index_points", None, "2011-09-12", None, "10:30 a.m.",
         "in_range('IXIC','2011-09-12',2467)", 2, "unverifiable", MID, "Previous close 2467.99; 2,467 is inside 2438.40-2495.36 (close +1.10%)."),
        ("1.87 percent", "US10Y", "yield_level", 1.87, "pct", None, "2011-09-12", None, "intraday",
         "yld('2011-09-12')", 2, "unverifiable", YLD, "End-of-day 1.94%; the 1.87% is an intraday print."),
        ("records in 1962", "US10Y", "record_low_since", 1962, "year", None, "2011-09-12", None, "intraday",
         "yield_record_low_before('2011-09-12')", 2, "unverifiable", YLD,
         "The FRED file starts 1962-01-02; end of day the record low before 2011-09-12 is 1.93% (2011-09-09), so the intraday 1.87% would be a new low, but that cannot be checked."),
        ("low of 2.05 percent", "US10Y", "crisis_low_yield", 2.05, "pct", None, "2008-12-18", "late 2008", "intraday",
         "yield_min_between('2008-09-01','2008-12-31')", 2, "unverifiable", YLD,
         "End-of-day low in late 2008: 2.08% on 2008-12-18; an intraday low of 2.05% is plausible but not in the files."),
        ("six of the past seven weeks", "DJI", "down_weeks", [6, 7], "count", None, "2011-09-09", "7 weeks to 2011-09-09", "close",
         "[down_weeks('DJI','2011-09-09',7), down_weeks('GSPC','2011-09-09',7), 7]", 0, "supported", COUNT,
         "Weeks ending 07-29, 08-05, 08-12, 08-19, 09-02, 09-09 down and 08-26 up, for both the Dow and the S&P 500 (Friday to Friday closes)."),
        ("rose 2.6 percent", "MHP", "pct_change", 2.6, "pct", None, "2011-09-12", "1d", "10:30 a.m.",
         None, 2, "unverifiable", NOSER, "Single-stock prices are not in the files."),
    ]))

# ---------------------------------------------------------------- 12
P.append(dict(
    id="toledoblade_20120307_biggest_fall_of_2012",
    site="toledoblade.com",
    url="http://www.toledoblade.com/Stock-Market/2012/03/07/Stocks-post-biggest-fall-of-12-Dow-sheds-1-6.print",
    outlet="The Blade (Toledo), news services",
    published="2012-03-07", conf="exact",
    pnote="date in the URL and dateline (3/7/2012); 'Tuesday' is 2012-03-06, the session described.",
    text=("Stocks post biggest fall of '12; Dow sheds 1.6%. NEW YORK - U.S. stocks took their biggest drop of the year "
          "on Tuesday, sending the Dow to a triple-digit loss, as fears about the impact of a disorderly Greek bond "
          "default returned to a market that had put the European crisis on the back burner. The Dow Jones industrial "
          "average closed down 203.66 points at 12,759.15. The 1.6 percent decline was its worst percentage drop since "
          "Dec. 8 and the Dow's first loss of more than 200 points since late November. The Dow gave up more than a "
          "quarter of its 745-point advance since Jan. 1, the best start to a year since 1998. The sell-off interrupted a "
          "period of unusual calm: before Tuesday, the Dow had gone 45 straight trading sessions without losing 100 "
          "points, its longest streak since 2006. The S&P 500 index sank 20.97 points, or 1.5 percent, to 1,343.36, its "
          "third straight losing session and its worst day since Dec. 8. The Nasdaq composite lost 40.16 points, or 1.4 "
          "percent, to 2,910.32, also extending its losses to a third day, with its worst percentage drop since Dec. 14. "
          "Stocks fell sharply from the opening bell and never mounted a serious comeback; the Dow was down as much as "
          "227 points. All but one of the 30 stocks in the average finished lower, and Intel Corp. rose 7 cents."),
    keys=[
        ("biggest drop of the year", "DJI", "worst_day_ytd", "2012-03-06", "date", None, "2012-03-06", "2012 YTD", "close",
         "[worst_day('DJI','2012-01-03','2012-03-06'), worst_day('GSPC','2012-01-03','2012-03-06')]", 2, "supported", "worst daily % change of the year to date",
         "Worst 2012 day so far for both the Dow (-1.57%) and the S&P 500 (-1.54%) is 2012-03-06."),
        ("closed down 203.66", "DJI", "daily_point_change", -203.66, "index_points", None, "2012-03-06", "1d", "close",
         "chg('DJI','2012-03-06')", 2, "supported", D2, "12962.81 -> 12759.15."),
        ("12,759.15", "DJI", "close_level", 12759.15, "index_points", None, "2012-03-06", None, "close",
         "val('DJI','2012-03-06')", 2, "supported", LVL, ""),
        ("The 1.6 percent decline", "DJI", "daily_pct_change", -1.6, "pct", None, "2012-03-06", "1d", "close",
         "pct('DJI','2012-03-06')", 2, "supported", D1, "-1.57%."),
        ("worst percentage drop since Dec. 8 and", "DJI", "worst_since", "2011-12-08", "date", None, "2012-03-06", None, "close",
         "last_move_as_bad('DJI','2012-03-06','pct')", 2, "supported", WORST, "Last earlier loss at least as large: 2011-12-08 (-1.63%)."),
        ("more than 200 points since late November", "DJI", "point_loss_over_since", "2011-11-23", "date", None, "2012-03-06", None, "close",
         "last_point_loss_over('DJI','2012-03-06',200)", 2, "supported", WORST, "Last earlier loss of more than 200 points: 2011-11-23 (-236.17)."),
        ("more than a quarter of its 745-point advance", "DJI", "share_of_ytd_gain_lost", 0.25, "ratio", "more than", "2012-03-06", "YTD", "close",
         "-chg('DJI','2012-03-06') / span_pts('DJI','2011-12-30','2012-03-05')", 4, "supported", MORE,
         "203.66 lost out of the 745.25-point gain from the 2011-12-30 close (12217.56) to 2012-03-05 (12962.81): 27.3%."),
        ("745-point advance", "DJI", "ytd_point_change", 745, "index_points", None, "2012-03-05", "YTD", "close",
         "span_pts('DJI','2011-12-30','2012-03-05')", 2, "supported", INT, "+745.25 through Monday 2012-03-05."),
        ("best start to a year since 1998", "DJI", "ytd_rank_since", 1998, "year", None, "2012-03-05", "Jan 1 to early March", "close",
         "[round(span_pct('DJI', last_before('DJI', f'{y}-01-01'), last_before('DJI', f'{y}-03-06')), 2) for y in (1998, 1999, 2011, 2012)]", 2,
         "supported", "best since X: X must be the last year at least as good",
         "Dow gain from the last close of the prior year to March 5: 1998 +6.78%, 1999 +6.04%, 2011 +5.12%, 2012 +6.10%; every year 1999-2011 is lower than 2012 (through February: 1998 +8.06%, 2012 +6.01%, same answer)."),
        ("45 straight trading sessions", "DJI", "calm_streak", 45, "sessions", None, "2012-03-05", None, "close",
         "calm_streak('DJI','2012-03-06',100)", 0, "supported", COUNT, "45 sessions in a row before 03-06 without a close-to-close loss of 100 points or more."),
        ("longest streak since 2006", "DJI", "calm_streak_since", 2006, "year", None, "2012-03-05", None, "close",
         "last_calm_streak_at_least('DJI','2012-01-01',100,45)", 2, "supported", SINCE,
         "The last earlier run of at least 45 such sessions ended in November 2006 (it reached 93 sessions)."),
        ("sank 20.97 points", "SPX", "daily_point_change", -20.97, "index_points", None, "2012-03-06", "1d", "close",
         "chg('GSPC','2012-03-06')", 2, "supported", D2, "1364.33 -> 1343.36."),
        ("or 1.5 percent, to 1,343.36", "SPX", "daily_pct_change", -1.5, "pct", None, "2012-03-06", "1d", "close",
         "pct('GSPC','2012-03-06')", 2, "supported", D1, "-1.54%."),
        ("to 1,343.36", "SPX", "close_level", 1343.36, "index_points", None, "2012-03-06", None, "close",
         "val('GSPC','2012-03-06')", 2, "supported", LVL, ""),
        ("third straight losing session", "SPX", "down_streak", 3, "sessions", None, "2012-03-06", None, "close",
         "streak('GSPC','2012-03-06', up=False)", 0, "supported", COUNT, "Down on 03-02, 03-05, 03-06; up on 03-01."),
        ("its worst day since Dec. 8", "SPX", "worst_since", "2011-12-08", "date", None, "2012-03-06", None, "close",
         "last_move_as_bad('GSPC','2012-03-06','pct')", 2, "supported", WORST, "Last earlier loss at least as large: 2011-12-08 (-2.11%)."),
        ("lost 40.16 points", "IXIC", "daily_point_change", -40.16, "index_points", None, "2012-03-06", "1d", "close",
         "chg('IXIC','2012-03-06')", 2, "supported", D2, "2950.48 -> 2910.32."),
        ("or 1.4 percent, to 2,910.32", "IXIC", "daily_pct_change", -1.4, "pct", None, "2012-03-06", "1d", "close",
         "pct('IXIC','2012-03-06')", 2, "supported", D1, "-1.36%."),
        ("to 2,910.32", "IXIC", "close_level", 2910.32, "index_points", None, "2012-03-06", None, "close",
         "val('IXIC','2012-03-06')", 2, "supported", LVL, ""),
        ("extending its losses to a third day", "IXIC", "down_streak", 3, "sessions", None, "2012-03-06", None, "close",
         "streak('IXIC','2012-03-06', up=False)", 0, "supported", COUNT, "Down on 03-02, 03-05, 03-06."),
        ("worst percentage drop since Dec. 14", "IXIC", "worst_since", "2011-12-14", "date", None, "2012-03-06", None, "close",
         "last_move_as_bad('IXIC','2012-03-06','pct')", 2, "supported", WORST, "Last earlier loss at least as large: 2011-12-14 (-1.55%)."),
        ("down as much as 227 points", "DJI", "intraday_point_change_max", -227, "index_points", "as much as", "2012-03-06", "1d", "intraday low",
         "intraday_move('DJI','2012-03-06','low')", 2, "supported", ASMUCH, "Session low 12734.86 against 12962.81: -227.95."),
        ("Intel Corp. rose 7 cents", "INTC", "price_change", 0.07, "usd", None, "2012-03-06", "1d", "close",
         None, 2, "unverifiable", NOSER, "Single-stock prices and the Dow's components are not in the files."),
    ]))

# ---------------------------------------------------------------- 13
P.append(dict(
    id="ap_20120723_spain_fears_second_day",
    site="cbsnews.com",
    url="http://www.cbsnews.com/news/stocks-slump-as-europe-fears-mount/",
    outlet="Associated Press (via CBS News)",
    published="2012-07-23", conf="high",
    pnote="inferred: no date on the page; 'Monday', the Dow at 12,721 (-101) after touching -239, and Spain's second-quarter GDP release fix it to Mon 2012-07-23.",
    text=("Stocks slump as Europe fears mount. (AP) NEW YORK - Stocks declined for a second straight day amid fear that "
          "Spain's government may need a bailout. The Dow Jones industrial average fell as much as 239 points Monday "
          "before recovering somewhat to close at 12,721, down 101 points. The Standard & Poor's 500 index fell 12 points "
          "to end the day at 1,350, and the Nasdaq composite index plunged 35 points to 2,890. A flare-up in Europe's "
          "crisis drove the pullback: borrowing costs rose sharply for Spain and Italy after news that the Spanish economy "
          "contracted at a quarterly rate of 0.4 percent in the second quarter, which makes it harder for Spain to deal "
          "with its debts. With investors increasingly anxious, yields for U.S. government bonds sank to record lows as "
          "traders sought the safety of American debt. The Dow has had only seven declines of 150 points or more this "
          "year, including its worst, a 274-point drop on June 1. The selling was widespread: all 10 industry groups in "
          "the S&P 500 were down, with energy companies off more than 2 percent."),
    keys=[
        ("second straight day", "DJI", "down_streak", 2, "sessions", None, "2012-07-23", None, "close",
         "[streak('DJI','2012-07-23', up=False), streak('GSPC','2012-07-23', up=False), streak('IXIC','2012-07-23', up=False)]", 0,
         "supported", COUNT, "Dow, S&P 500 and Nasdaq all fell on 07-20 and 07-23 after rising on 07-19."),
        ("as much as 239 points", "DJI", "intraday_point_change_max", -239, "index_points", "as much as", "2012-07-23", "1d", "intraday low",
         "intraday_move('DJI','2012-07-23','low')", 2, "supported", ASMUCH, "Session low 12583.41 against the 07-20 close 12822.57: -239.16."),
        ("close at 12,721", "DJI", "close_level", 12721, "index_points", None, "2012-07-23", None, "close",
         "val('DJI','2012-07-23')", 2, "supported", INT, "12721.46."),
        ("down 101 points", "DJI", "daily_point_change", -101, "index_points", None, "2012-07-23", "1d", "close",
         "chg('DJI','2012-07-23')", 2, "supported", INT, "-101.11."),
        ("fell 12 points", "SPX", "daily_point_change", -12, "index_points", None, "2012-07-23", "1d", "close",
         "chg('GSPC','2012-07-23')", 2, "supported", INT, "1362.66 -> 1350.52, -12.14."),
        ("at 1,350", "SPX", "close_level", 1350, "index_points", None, "2012-07-23", None, "close",
         "val('GSPC','2012-07-23')", 2, "imprecise", INT + IMP,
         "File close 1350.52, which rounds to 1,351; the text truncates (0.52 points, 0.04%)."),
        ("plunged 35 points", "IXIC", "daily_point_change", -35, "index_points", None, "2012-07-23", "1d", "close",
         "chg('IXIC','2012-07-23')", 2, "supported", INT, "2925.30 -> 2890.15, -35.15."),
        ("to 2,890", "IXIC", "close_level", 2890, "index_points", None, "2012-07-23", None, "close",
         "val('IXIC','2012-07-23')", 2, "supported", INT, "2890.15."),
        ("0.4 percent", "SPAIN_GDP", "gdp_growth", -0.4, "pct", None, "2012-06-30", "Q2 2012", None,
         None, 2, "unverifiable", NOSER, "Spanish GDP is not in the files."),
        ("sank to record lows", "US10Y", "record_low_yield", True, "flag", None, "2012-07-23", None, "intraday",
         "[yld('2012-07-23'), yield_record_low_before('2012-07-23')]", 2, "unverifiable", YLD,
         "End of day the 10-year closed at 1.47%, equal to (not below) the 2012-06-01 end-of-day record 1.47%; the intraday record low the text refers to cannot be checked."),
        ("seven declines of 150 points or more", "DJI", "count_point_losses", 7, "count", None, "2012-07-23", "2012 YTD", "close",
         "count_point_losses('DJI','2012-01-01','2012-07-23',150)", 0, "supported", INT,
         "2012 losses of 150 points or more: 03-06, 04-10, 05-04, 05-17, 05-30, 06-01, 06-21 = 7."),
        ("274-point drop", "DJI", "daily_point_change", -274, "index_points", None, "2012-06-01", "1d", "close",
         "chg('DJI','2012-06-01')", 2, "imprecise", INT + IMP,
         "2012-06-01: 12393.45 -> 12118.57, -274.88, which rounds to 275; the text truncates."),
        ("on June 1", "DJI", "worst_point_loss_date", "2012-06-01", "date", None, "2012-07-23", "2012 YTD", "close",
         "worst_day('DJI','2012-01-03','2012-07-23','pts')", 2, "supported", RANK, "Largest point loss of 2012 through 07-23: 2012-06-01."),
        ("all 10 industry groups", "SPX_SECTORS", "sectors_down_count", 10, "count", None, "2012-07-23", "1d", "close",
         None, 2, "unverifiable", NOSER, "S&P 500 sector indexes are not in the files (sector SPDRs are only proxies)."),
        ("off more than 2 percent", "SPX_ENERGY", "daily_pct_change", -2, "pct", "more than", "2012-07-23", "1d", "close",
         None, 2, "unverifiable", NOSER, "The S&P 500 energy index is not in the files."),
    ]))

# ---------------------------------------------------------------- 14
P.append(dict(
    id="cityam_20120531_euro_angst_fear_gauge",
    site="cityam.com",
    url="https://www.cityam.com/?p=654389",
    outlet="City A.M.",
    published="2012-05-31", conf="high",
    pnote="inferred: City A.M. is a morning paper and the story says 'yesterday'; the closing figures (Dow -160.83 to 12,419.86) match Wed 2012-05-30, so it ran on Thu 2012-05-31.",
    text=("US stocks drop as euro angst lifts fear gauge. US stocks tumbled yesterday as surging bond yields in Spain and "
          "Italy ratcheted up tension over Europe's ability to solve its growing debt crisis. Angst over Europe drove "
          "investors out of risky assets and into safe havens: US Treasury benchmark yields fell to their lowest in at "
          "least 60 years, crude prices fell more than 3 per cent and the euro dropped below $1.24 to a 23-month low. "
          "The S&P 500 has fallen nearly 6 per cent in May, heading for its worst monthly performance since September, "
          "as traders focused on Europe; US data later in the week, including first-quarter growth figures and monthly "
          "payrolls, could decouple Wall Street from overseas headlines. Yields rose sharply at an Italian sale of five- "
          "and 10-year debt, and investors worried about Spain's plans to raise new funds to shore up its banks even as "
          "its borrowing costs rose. Greece's coming election, which could decide whether it stays in the eurozone, added "
          "to the worries. The CBOE volatility index, a gauge of market fear, jumped 14.8 per cent, its largest gain in "
          "almost three months. The Dow Jones industrial average lost 160.83 points, or 1.28 per cent, to 12,419.86. The "
          "S&P 500 Index dropped 19.10 points, or 1.43 per cent, to 1,313.32. The Nasdaq Composite fell 33.63 points, or "
          "1.17 per cent, to 2,837.36."),
    keys=[
        ("lowest in at least 60 years", "US10Y", "yield_low_since", 60, "years", "at least", "2012-05-30", None, "end of day",
         "[yld('2012-05-30'), yield_record_low_before('2012-05-30')]", 2, "unverifiable", PRE,
         "End of day the 10-year closed at 1.63% on 2012-05-30, below every earlier value in the file (previous low 1.70% on 2012-05-17), but the file starts in 1962, 50 years back; 60 years needs earlier history."),
        ("fell more than 3 per cent", "WTI", "daily_pct_change", -3, "pct", "more than", "2012-05-30", "1d", "close",
         None, 2, "unverifiable", NOSER, "Oil prices are not in the files."),
        ("below $1.24 to a 23-month low", "EURUSD", "fx_level", 1.24, "usd", "below", "2012-05-30", None, None,
         None, 2, "unverifiable", NOSER, "Exchange rates are not in the files."),
        ("nearly 6 per cent in May", "SPX", "mtd_pct", -6, "pct", "nearly", "2012-05-30", "MTD", "close",
         "mtd_pct('GSPC','2012-05-30')", 2, "supported", NEARLY, "2012-04-30 close 1397.91 -> 1313.32, -6.05%; 5 <= 6.05 <= 6.5."),
        ("worst monthly performance since September", "SPX", "monthly_return_worst_since", "2011-09", "month", None, "2012-05-31", "2012-05", "close",
         "[round(float(monthly('GSPC').loc['2012-05-31']), 2), round(float(monthly('GSPC').loc['2011-09-30']), 2)]", 2, "forecast", FC,
         "'Heading for' a month not yet finished: a projection. (May ended -6.27%, the worst month since September 2011's -7.18%.)"),
        ("five- and 10-year debt", "ITALY_YIELDS", "auction_yields", [5, 10], "years", None, "2012-05-30", None, None,
         None, 2, "unverifiable", NOSER, "Italian bond auctions are not in the files."),
        ("jumped 14.8 per cent", "VIX", "daily_pct_change", 14.8, "pct", None, "2012-05-30", "1d", "close",
         "pct('VIX','2012-05-30')", 2, "supported", D1, "21.03 -> 24.14, +14.79%."),
        ("largest gain in almost three months", "VIX", "biggest_gain_since", "2012-03-06", "date", None, "2012-05-30", None, "close",
         "last_pct_gain_as_big('VIX','2012-05-30')", 2, "supported", WORST,
         "Last earlier VIX gain at least as large: 2012-03-06 (+15.62%), two months and 24 days earlier."),
        ("lost 160.83 points", "DJI", "daily_point_change", -160.83, "index_points", None, "2012-05-30", "1d", "close",
         "chg('DJI','2012-05-30')", 2, "supported", D2, "12580.69 -> 12419.86."),
        ("or 1.28 per cent", "DJI", "daily_pct_change", -1.28, "pct", None, "2012-05-30", "1d", "close",
         "pct('DJI','2012-05-30')", 2, "supported", D2, "-1.278%."),
        ("to 12,419.86", "DJI", "close_level", 12419.86, "index_points", None, "2012-05-30", None, "close",
         "val('DJI','2012-05-30')", 2, "supported", LVL, ""),
        ("dropped 19.10 points", "SPX", "daily_point_change", -19.10, "index_points", None, "2012-05-30", "1d", "close",
         "chg('GSPC','2012-05-30')", 2, "supported", D2, "1332.42 -> 1313.32."),
        ("or 1.43 per cent", "SPX", "daily_pct_change", -1.43, "pct", None, "2012-05-30", "1d", "close",
         "pct('GSPC','2012-05-30')", 2, "supported", D2, "-1.433%."),
        ("to 1,313.32", "SPX", "close_level", 1313.32, "index_points", None, "2012-05-30", None, "close",
         "val('GSPC','2012-05-30')", 2, "supported", LVL, ""),
        ("fell 33.63 points", "IXIC", "daily_point_change", -33.63, "index_points", None, "2012-05-30", "1d", "close",
         "chg('IXIC','2012-05-30')", 2, "supported", D2, "2870.99 -> 2837.36."),
        ("1.17 per cent", "IXIC", "daily_pct_change", -1.17, "pct", None, "2012-05-30", "1d", "close",
         "pct('IXIC','2012-05-30')", 2, "supported", D2, "-1.171%."),
        ("to 2,837.36", "IXIC", "close_level", 2837.36, "index_points", None, "2012-05-30", None, "close",
         "val('IXIC','2012-05-30')", 2, "supported", LVL, ""),
    ]))

# ---------------------------------------------------------------- 15
P.append(dict(
    id="starbulletin_19990608_rate_fears_return",
    site="archives.starbulletin.com",
    url="https://archives.starbulletin.com/1999/06/08/business/market.html",
    outlet="Associated Press (via Honolulu Star-Bulletin)",
    published="1999-06-08", conf="exact",
    pnote="date in the URL; 'today' is Tue 1999-06-08 (an afternoon paper), the session described.",
    text=("Dow off 143. NEW YORK - The fear of higher interest rates returned to Wall Street today after a three-session "
          "hiatus, sending blue-chip stocks and bond prices sharply lower. At the close of trading, the Dow Jones "
          "industrial average was down 143.74 at 10,765.64. Broader stock indicators also fell: the Standard & Poor's 500 "
          "index lost 17.19 to 1,317.33, and the technology-dominated Nasdaq composite index fell 49.65 to 2,474.56. "
          "Decliners outnumbered advancers by an 8-to-5 margin on the New York Stock Exchange. The Russell 2000 index of "
          "smaller companies fell 2.89 to 443.76. The 30-year Treasury bond fell, briefly pushing its yield above 6 "
          "percent for the first time since May 1998, after comments by two Federal Reserve officials fanned speculation "
          "that the central bank will raise interest rates soon, possibly at its next meeting June 29-30. William Poole, "
          "president of the St. Louis Fed, said he 'would share the view' that the odds had shifted toward higher "
          "inflation, and Richmond Fed President Alfred Broaddus called a report showing a jump in consumer prices in "
          "April 'the most troubling' in some time. The long bond's yield rose 2 basis points to 5.99 percent at the "
          "day's end."),
    keys=[
        ("after a three-session", "DJI", "up_streak_before", 3, "sessions", None, "1999-06-08", None, "close",
         "streak('DJI','1999-06-08', up=True, before=True)", 0, "supported", COUNT,
         "The Dow rose on 06-03 (+85.80), 06-04 (+136.15) and 06-07 (+109.54) after falling on 06-02; 06-08 is the first loss after three up sessions."),
        ("down 143.74", "DJI", "daily_point_change", -143.74, "index_points", None, "1999-06-08", "1d", "close",
         "chg('DJI','1999-06-08')", 2, "supported", D2, "10909.38 -> 10765.64."),
        ("10,765.64", "DJI", "close_level", 10765.64, "index_points", None, "1999-06-08", None, "close",
         "val('DJI','1999-06-08')", 2, "supported", LVL, ""),
        ("lost 17.19", "SPX", "daily_point_change", -17.19, "index_points", None, "1999-06-08", "1d", "close",
         "chg('GSPC','1999-06-08')", 2, "supported", D2, "1334.52 -> 1317.33."),
        ("1,317.33", "SPX", "close_level", 1317.33, "index_points", None, "1999-06-08", None, "close",
         "val('GSPC','1999-06-08')", 2, "supported", LVL, ""),
        ("fell 49.65", "IXIC", "daily_point_change", -49.65, "index_points", None, "1999-06-08", "1d", "close",
         "chg('IXIC','1999-06-08')", 2, "supported", D2, "2524.21 -> 2474.56."),
        ("2,474.56", "IXIC", "close_level", 2474.56, "index_points", None, "1999-06-08", None, "close",
         "val('IXIC','1999-06-08')", 2, "supported", LVL, ""),
        ("8-to-5 margin", "NYSE", "breadth_ratio", [8, 5], "ratio", None, "1999-06-08", "1d", None,
         None, 2, "unverifiable", NOSER, "Advance/decline counts are not in the files."),
        ("fell 2.89", "RUT", "daily_point_change", -2.89, "index_points", None, "1999-06-08", "1d", "close",
         "chg('RUT','1999-06-08')", 2, "supported", D2, "446.65 -> 443.76."),
        ("443.76", "RUT", "close_level", 443.76, "index_points", None, "1999-06-08", None, "close",
         "val('RUT','1999-06-08')", 2, "supported", LVL, ""),
        ("above 6 percent for the first time since May 1998", "US30Y", "yield_high_since", "1998-05", "month", None, "1999-06-08", None, "intraday",
         None, 2, "unverifiable", NOSER, "The 30-year Treasury yield is not in the files (only DGS10 and DGS2), and the move was intraday."),
        ("next meeting June 29-30", "FEDFUNDS", "next_fomc_meeting", "1999-06-30", "date", None, "1999-06-08", None, None,
         "fomc_days('1999-06-09','1999-08-31')[0]", 2, "supported", "FOMC_meetings.csv gives decision days",
         "The next decision day after 06-08 in FOMC_meetings.csv is 1999-06-30, the second day of a June 29-30 meeting (the Fed did raise the target from 4.75% to 5% there)."),
        ("2 basis points to 5.99 percent", "US30Y", "yield_level", 5.99, "pct", None, "1999-06-08", None, "end of day",
         None, 2, "unverifiable", NOSER, "The 30-year Treasury yield is not in the files."),
    ]))

# ---------------------------------------------------------------- 16
P.append(dict(
    id="twincities_20090923_dow_short_of_10000",
    site="twincities.com",
    url="https://www.twincities.com/2009/09/22/stocks-end-lower-despite-better-view-from-fed/",
    outlet="Associated Press (via Pioneer Press / TwinCities.com)",
    published="2009-09-23", conf="high",
    pnote="inferred: the URL carries 2009/09/22, but the text describes a Wednesday Fed day with the Dow at 9,748.55 (-81.32), which is Wed 2009-09-23 (an FOMC decision day) in the files; the URL date is a day early (the page was likely created the day before and updated).",
    text=("Stocks end lower despite better view from Fed. NEW YORK - Investors were encouraged by the Federal Reserve's "
          "improved assessment of the economy, but not enough to carry the Dow Jones industrial average past 10,000. "
          "Stocks closed lower Wednesday as a brief rally after the Fed's statement faded; the Dow came within 82 points "
          "of crossing 10,000 for the first time since October. Stocks often trade erratically on days when the Fed meets "
          "to discuss interest rates, as investors pore over the statement for clues about the economy and the central "
          "bank's next steps. There were no surprises from the meeting. The Dow fell 81.32, or 0.8 percent, to 9,748.55. "
          "The Standard & Poor's 500 index fell 10.79, or 1 percent, to 1,060.87, while the Nasdaq composite fell 14.88, "
          "or 0.7 percent, to 2,131.42. Fed Chairman Ben Bernanke had already tipped off the market last week when he "
          "said the recession was 'likely over' from a technical standpoint, even as trouble spots such as unemployment "
          "remain. Another drop in oil prices weighed on energy and industrial shares. Bond prices rebounded after the "
          "Fed said it would keep its short-term interest rate near zero; the yield on the 10-year note fell to 3.43 "
          "percent from 3.45 percent."),
    keys=[
        ("Stocks closed lower Wednesday", "FEDFUNDS", "fomc_decision_day", "2009-09-23", "date", None, "2009-09-23", None, None,
         "fomc_days('2009-09-21','2009-09-25')", 2, "supported", "FOMC_meetings.csv gives decision days",
         "Wed 2009-09-23 is a scheduled FOMC decision day; the Dow, S&P 500 and Nasdaq all closed lower."),
        ("within 82 points", "DJI", "intraday_distance_to_level", 82, "index_points", "within", "2009-09-23", None, "intraday high",
         "10000 - val('DJI','2009-09-23','high')", 2, "supported", ABOUT,
         "Session high 9917.99, 82.01 points short of 10,000."),
        ("for the first time since October", "DJI", "level_since", "2008-10", "month", None, "2009-09-23", None, "intraday high",
         "[last_high_above('DJI','2009-09-23',10000), last_close_above('DJI','2009-09-23',10000)]", 2, "supported", SINCE,
         "Last session with a high at or above 10,000: 2008-10-07; last close at or above it: 2008-10-03, so a crossing would have been the first since October 2008."),
        ("fell 81.32", "DJI", "daily_point_change", -81.32, "index_points", None, "2009-09-23", "1d", "close",
         "chg('DJI','2009-09-23')", 2, "supported", D2, "9829.87 -> 9748.55."),
        ("or 0.8 percent, to 9,748.55", "DJI", "daily_pct_change", -0.8, "pct", None, "2009-09-23", "1d", "close",
         "pct('DJI','2009-09-23')", 2, "supported", D1, "-0.83%."),
        ("to 9,748.55", "DJI", "close_level", 9748.55, "index_points", None, "2009-09-23", None, "close",
         "val('DJI','2009-09-23')", 2, "supported", LVL, ""),
        ("fell 10.79", "SPX", "daily_point_change", -10.79, "index_points", None, "2009-09-23", "1d", "close",
         "chg('GSPC','2009-09-23')", 2, "supported", D2, "1071.66 -> 1060.87."),
        ("or 1 percent, to 1,060.87", "SPX", "daily_pct_change", -1, "pct", None, "2009-09-23", "1d", "close",
         "pct('GSPC','2009-09-23')", 2, "supported", INT, "-1.01%."),
        ("to 1,060.87", "SPX", "close_level", 1060.87, "index_points", None, "2009-09-23", None, "close",
         "val('GSPC','2009-09-23')", 2, "supported", LVL, ""),
        ("fell 14.88", "IXIC", "daily_point_change", -14.88, "index_points", None, "2009-09-23", "1d", "close",
         "chg('IXIC','2009-09-23')", 2, "supported", D2, "2146.30 -> 2131.42."),
        ("or 0.7 percent, to 2,131.42", "IXIC", "daily_pct_change", -0.7, "pct", None, "2009-09-23", "1d", "close",
         "pct('IXIC','2009-09-23')", 2, "supported", D1, "-0.69%."),
        ("to 2,131.42", "IXIC", "close_level", 2131.42, "index_points", None, "2009-09-23", None, "close",
         "val('IXIC','2009-09-23')", 2, "supported", LVL, ""),
        ("short-term interest rate near zero", "FEDFUNDS", "target_range_top", 0.25, "pct", "near zero", "2009-09-23", None, None,
         "fed_top('2009-09-24')", 2, "supported", "Fed target from DFEDTARU (effective the day after the decision)",
         "Target range 0-0.25% before and after the meeting."),
        ("fell to 3.43", "US10Y", "yield_level", 3.43, "pct", None, "2009-09-23", None, "end of day",
         "yld('2009-09-23')", 2, "supported", D2, "FRED end-of-day 3.44% (AP's late quote 3.43%); within 0.025."),
        ("from 3.45 percent", "US10Y", "yield_level_prev", 3.45, "pct", None, "2009-09-22", None, "end of day",
         "yld('2009-09-22')", 2, "supported", D2, "FRED 2009-09-22: 3.46%; within 0.025."),
    ]))

# ---------------------------------------------------------------- 17
P.append(dict(
    id="latimes_20090625_fed_sees_mend",
    site="latimes.com",
    url="https://www.latimes.com/archives/la-xpm-2009-jun-25-fi-markets25-story.html",
    outlet="Associated Press (via Los Angeles Times)",
    published="2009-06-25", conf="exact",
    pnote="archive date in the URL (2009-06-25); 'Wednesday' is 2009-06-24, an FOMC decision day; 'the last four days' are the sessions 06-19 to 06-24 measured from the 06-18 close.",
    text=("Stocks closed mostly higher Wednesday after the Federal Reserve said the economy was on the mend and the "
          "Commerce Department reported an unexpected increase in orders for big-ticket manufactured goods. The Dow Jones "
          "industrials slipped modestly, but broader measures ended the day with gains. Government bond yields rose after "
          "the Fed said it would not step up its purchases of Treasuries and mortgage bonds to push rates lower. The "
          "decision to leave its key lending rate near zero was anticipated, though some investors had hoped for more "
          "help for the economy and others wanted the Fed to spell out how it would keep inflation in check. 'The Fed is "
          "still stuck on that tightrope,' said Bruce McCain of Key Private Bank. The Dow fell 23.05 points, or 0.3%, to "
          "8,299.86; in the last four days the 30-stock average is down 3%. But the S&P 500 index rose 5.84 points, or "
          "0.7%, to 900.94, and the Nasdaq composite index rose 27.42 points, or 1.6%, to 1,792.34 after Oracle reported "
          "better-than-expected earnings late Tuesday. The Russell 2,000 index of smaller companies rose 1.1%. About two "
          "stocks rose for every one that fell on the New York Stock Exchange. The yield on the benchmark 10-year "
          "Treasury note rose to 3.68% from 3.63% on Tuesday; before the Fed announcement it had been lower after a "
          "well-received government auction of $37 billion in five-year notes."),
    keys=[
        ("key lending rate near zero", "FEDFUNDS", "target_range_top", 0.25, "pct", "near zero", "2009-06-24", None, None,
         "[fomc_days('2009-06-24','2009-06-24'), fed_top('2009-06-25')]", 2, "supported", "Fed target from DFEDTARU; FOMC_meetings.csv gives decision days",
         "2009-06-24 is an FOMC decision day; the target range stays 0-0.25%."),
        ("fell 23.05 points", "DJI", "daily_point_change", -23.05, "index_points", None, "2009-06-24", "1d", "close",
         "chg('DJI','2009-06-24')", 2, "supported", D2, "8322.91 -> 8299.86."),
        ("or 0.3%, to", "DJI", "daily_pct_change", -0.3, "pct", None, "2009-06-24", "1d", "close",
         "pct('DJI','2009-06-24')", 2, "supported", D1, "-0.28%."),
        ("8,299.86", "DJI", "close_level", 8299.86, "index_points", None, "2009-06-24", None, "close",
         "val('DJI','2009-06-24')", 2, "supported", LVL, ""),
        ("in the last four days the 30-stock average is down 3%", "DJI", "window_pct_change", -3, "pct", None, "2009-06-24", "4 sessions", "close",
         "span_pct('DJI','2009-06-18','2009-06-24')", 2, "supported", INT, "2009-06-18 close 8555.60 -> 8299.86, -2.99%."),
        ("rose 5.84 points", "SPX", "daily_point_change", 5.84, "index_points", None, "2009-06-24", "1d", "close",
         "chg('GSPC','2009-06-24')", 2, "supported", D2, "895.10 -> 900.94."),
        ("or 0.7%, to 900.94", "SPX", "daily_pct_change", 0.7, "pct", None, "2009-06-24", "1d", "close",
         "pct('GSPC','2009-06-24')", 2, "supported", D1, "+0.65%."),
        ("to 900.94", "SPX", "close_level", 900.94, "index_points", None, "2009-06-24", None, "close",
         "val('GSPC','2009-06-24')", 2, "supported", LVL, ""),
        ("rose 27.42 points", "IXIC", "daily_point_change", 27.42, "index_points", None, "2009-06-24", "1d", "close",
         "chg('IXIC','2009-06-24')", 2, "supported", D2, "1764.92 -> 1792.34."),
        ("or 1.6%, to 1,792.34", "IXIC", "daily_pct_change", 1.6, "pct", None, "2009-06-24", "1d", "close",
         "pct('IXIC','2009-06-24')", 2, "supported", D1, "+1.55%, which rounds to 1.6."),
        ("to 1,792.34", "IXIC", "close_level", 1792.34, "index_points", None, "2009-06-24", None, "close",
         "val('IXIC','2009-06-24')", 2, "supported", LVL, ""),
        ("smaller companies rose 1.1%", "RUT", "daily_pct_change", 1.1, "pct", None, "2009-06-24", "1d", "close",
         "pct('RUT','2009-06-24')", 2, "supported", D1, "489.77 -> 494.95, +1.06%."),
        ("About two stocks rose for every one", "NYSE", "breadth_ratio", [2, 1], "ratio", "about", "2009-06-24", "1d", None,
         None, 2, "unverifiable", NOSER, "Advance/decline counts are not in the files."),
        ("rose to 3.68%", "US10Y", "yield_level", 3.68, "pct", None, "2009-06-24", None, "end of day",
         "yld('2009-06-24')", 2, "imprecise", D2 + IMP,
         "FRED end-of-day 3.72% on 2009-06-24; 0.04 off (AP quotes a late-afternoon yield). The direction (up on the day) matches."),
        ("from 3.63% on Tuesday", "US10Y", "yield_level_prev", 3.63, "pct", None, "2009-06-23", None, "end of day",
         "yld('2009-06-23')", 2, "supported", D2, "FRED 2009-06-23: 3.65%; within 0.025."),
        ("$37 billion in five-year notes", "UST_AUCTION", "auction_size", 37, "usd_bn", None, "2009-06-24", None, None,
         None, 2, "unverifiable", NOSER, "Treasury auction sizes are not in the files."),
    ]))

# ---------------------------------------------------------------- 18
P.append(dict(
    id="kaighn_20070509_fed_on_hold_dow_record",
    site="johnkaighn.blogspot.com",
    url="http://johnkaighn.blogspot.com/2007/05/fed-still-on-hold.html",
    outlet="John Kaighn (blog)",
    published="2007-05-09", conf="exact",
    pnote="the post is dated Wednesday, May 9, 2007 on the page; it describes that day's FOMC decision and close.",
    text=("Fed still on hold. Wednesday, May 9, 2007. The Federal Reserve left interest rates on hold at the current level "
          "of 5.25% at today's Federal Open Market Committee meeting. The central bank noted that the economy has been "
          "slowing but is still expected to grow between 2.5% and 3% this year. Inflation, in its view, is still too high "
          "for comfort and remains the number one threat to the economy. The Dow Jones Industrial Average sprinted to "
          "another record close, finishing the session at 13,369.29. The Standard and Poor's 500 added 4.86 points to "
          "close at 1,512.58, getting closer and closer to the record it set in 2000, when the index reached 1,527.46. "
          "The Nasdaq composite index rose 4.59, or 0.18 percent, to 2,576.34. Of course, the Nasdaq is still far from "
          "the record it set in 2000. Maybe someday it too will surpass the old mark, but I am not holding my breath for "
          "it to happen before the end of the decade."),
    keys=[
        ("on hold at the current level of 5.25%", "FEDFUNDS", "target_rate", 5.25, "pct", None, "2007-05-09", None, None,
         "[fed_top('2007-05-09'), fed_top('2007-05-10')]", 2, "supported", "Fed target from DFEDTAR (effective the day after the decision)",
         "DFEDTAR 5.25% on 2007-05-09 and 2007-05-10: unchanged."),
        ("today's Federal Open Market Committee meeting", "FEDFUNDS", "fomc_decision_day", "2007-05-09", "date", None, "2007-05-09", None, None,
         "fomc_days('2007-05-09','2007-05-09')", 2, "supported", "FOMC_meetings.csv gives decision days", "2007-05-09 is a scheduled decision day."),
        ("between 2.5% and 3% this year", "US_GDP", "gdp_growth_forecast", [2.5, 3], "pct", None, None, "2007", None,
         None, 2, "forecast", FC, "A growth projection; not judged."),
        ("another record close", "DJI", "record_close", True, "flag", None, "2007-05-09", None, "close",
         "is_record_close('DJI','2007-05-09')", 2, "supported", REC, "Close 13362.87 tops the record close 13312.97 of 2007-05-07."),
        ("13,369.29", "DJI", "close_level", 13369.29, "index_points", None, "2007-05-09", None, "close",
         "val('DJI','2007-05-09')", 2, "imprecise", LVL + IMP,
         "File close 13362.87; 13,369.29 is the session high in the file. Off by 6.42 points (0.05%)."),
        ("added 4.86 points", "SPX", "daily_point_change", 4.86, "index_points", None, "2007-05-09", "1d", "close",
         "chg('GSPC','2007-05-09')", 2, "supported", D2, "1507.72 -> 1512.58."),
        ("close at 1,512.58", "SPX", "close_level", 1512.58, "index_points", None, "2007-05-09", None, "close",
         "val('GSPC','2007-05-09')", 2, "supported", LVL, ""),
        ("1,527.46", "SPX", "record_close", [2000, 1527.46], "index_points", None, "2007-05-09", None, "close",
         "record_high_before('GSPC','2007-05-09')", 2, "supported", REC,
         "Record close before 2007-05-09: 1527.46 on 2000-03-24; the 1512.58 close is 0.97% below it."),
        ("rose 4.59", "IXIC", "daily_point_change", 4.59, "index_points", None, "2007-05-09", "1d", "close",
         "chg('IXIC','2007-05-09')", 2, "supported", D2, "2571.75 -> 2576.34."),
        ("0.18 percent", "IXIC", "daily_pct_change", 0.18, "pct", None, "2007-05-09", "1d", "close",
         "pct('IXIC','2007-05-09')", 2, "supported", D2, "+0.178%."),
        ("to 2,576.34", "IXIC", "close_level", 2576.34, "index_points", None, "2007-05-09", None, "close",
         "val('IXIC','2007-05-09')", 2, "supported", LVL, ""),
        ("still far from the record it set in 2000", "IXIC", "pct_from_ath", True, "flag", None, "2007-05-09", None, "close",
         "[record_high_before('IXIC','2007-05-09'), round(drawdown_from_peak('IXIC','2007-05-09'), 2)]", 2, "supported", REC,
         "Record close 5048.62 on 2000-03-10; 2576.34 is 48.97% below it."),
        ("before the end of the decade", "QUOTE", "record_forecast", "2009-12-31", "date", None, None, None, None,
         None, 2, "forecast", FC, "The author's expectation about a future Nasdaq record; never judged."),
    ]))
