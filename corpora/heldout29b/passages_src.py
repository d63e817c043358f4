"""Passage texts (condensed close paraphrases) and claim specifications used by build.py."""


def C(t, metric, value, unit, anchor, recipe, kind, q=None, ref=None, window=None, basis="close",
      comparison=None, verdict=None, rule=None, note="", expect=None, detail=None):
    return {"index_or_ticker": t, "metric": metric, "value": value, "unit": unit, "qualifier": q,
            "ref_date": ref, "window": window, "comparison": comparison, "basis": basis, "anchor": anchor,
            "recipe": recipe, "kind": kind, "verdict": verdict, "rule": rule, "note": note,
            "expect": expect, "detail": detail}


U_MID = "mid-session figure inside the session's low-high range; computed_value is the close-basis value"
PASSAGES = []

# 1 ---------------------------------------------------------------------------------------------
d = "2013-05-07"
PASSAGES.append({
    "id": "ap_20130507_dow_15000_news_summary",
    "source": {"site": "finance.yahoo.com", "url": "https://finance.yahoo.com/news/news-summary-dow-closes-above-205611601.html",
               "original_outlet": "Associated Press"},
    "published": d, "published_confidence": "high",
    "published_note": "AP news summary for the Tuesday the Dow first closed above 15,000 (2013-05-07 in the file); the page gives no date.",
    "text": ("News Summary: Dow finishes above 15,000 points. DOW 15,000: On Tuesday the Dow Jones industrial average "
             "closed above 15,000 points for the first time. It had been almost six years since it last crossed a round "
             "number, when it first closed above 14,000 in July 2007. BIG JUMP: Stocks have been on a tear this year. The "
             "Dow is up almost 15 percent and the broader Standard & Poor's 500 index is up 14 percent, which works out to "
             "1,952 points for the Dow and 200 points for the S&P. FINAL SCORE: The Dow rose to 87 points to 15,056. The "
             "S&P 500 rose eight points to 1,625, also a record."),
    "claims": [
        C("DJI", "first_close_above", 15000, "points", "closed above 15,000 points for the first time",
          "first_close_above('DJI', 15000)", "eq", ref=d, expect=d),
        C("DJI", "years_between_milestones", 6, "years", "almost six years",
          "years_between(first_close_above('DJI', 14000), first_close_above('DJI', 15000))", "count", q="almost", ref=d,
          window="first close above 14,000 to first close above 15,000",
          note="2007-07-19 to 2013-05-07 is 5.8 years; 'almost six' holds (claim - 1 <= true <= claim + 0.5)."),
        C("DJI", "first_close_above_month", "2007-07", "month", "first closed above 14,000 in July 2007",
          "first_close_above('DJI', 14000)[:7]", "eq", ref="2007-07-19", expect="2007-07",
          note="First close above 14,000 in the file is 2007-07-19."),
        C("DJI", "ytd_return", 15, "%", "up almost 15 percent", f"ytd('DJI', '{d}')", "pct", q="almost", ref=d, window="YTD"),
        C("SPX", "ytd_return", 14, "%", "is up 14 percent", f"ytd('SPX', '{d}')", "pct", ref=d, window="YTD"),
        C("DJI", "ytd_points", 1952, "points", "1,952 points", f"ytd_pts('DJI', '{d}')", "points", ref=d, window="YTD"),
        C("SPX", "ytd_points", 200, "points", "200 points for the S&P", f"ytd_pts('SPX', '{d}')", "points", ref=d, window="YTD"),
        C("DJI", "daily_change_points", 87, "points", "87 points", f"chg('DJI', '{d}')", "points", ref=d,
          note="The original's typo 'rose to 87 points' is kept; read as a rise of 87 points (87.31 in the file)."),
        C("DJI", "close_level", 15056, "points", "to 15,056", f"close('DJI', '{d}')", "level", ref=d),
        C("SPX", "daily_change_points", 8, "points", "eight points", f"chg('SPX', '{d}')", "points", ref=d),
        C("SPX", "close_level", 1625, "points", "1,625", f"close('SPX', '{d}')", "level", ref=d,
          note="1625.96 in the file; '1,625' is a truncation (0.96 off), imprecise by the truncation rule."),
        C("SPX", "record_close", True, "flag", "also a record", f"is_record('SPX', '{d}')", "bool", ref=d),
    ]})

# 2 ---------------------------------------------------------------------------------------------
d = "2014-02-06"
PASSAGES.append({
    "id": "buffalonews_20140206_stocks_roar_back",
    "source": {"site": "buffalonews.com", "url": "http://www.buffalonews.com/business/stocks-roar-back-with-the-dow-jones-and-the-sp-500-rising-12-percent-20140206",
               "original_outlet": "The Buffalo News (wire copy)"},
    "published": d, "published_confidence": "exact", "published_note": "Date in the URL; the story is about Thursday 2014-02-06.",
    "text": ("After a bumpy start to the week, U.S. stocks roared back Thursday, giving the major indexes their biggest gain "
             "of the year. The Dow Jones industrial average and the S&P 500 index each ended 1.2 percent higher, their "
             "largest one-day rise since Dec. 18. The advance followed a modest loss the day before and extended a gradual "
             "recovery from a plunge of more than 2 percent Monday. The Dow Jones industrial average jumped 188.30 points, "
             "or 1.2 percent, to close at 15,628.53. The Standard & Poor's 500 index rose 21.79 points, also 1.2 percent, "
             "to 1,773.43. Both indexes were still down about half a percent for the week after Monday's steep drop. The "
             "Nasdaq composite gained 45 points, or 1.1 percent, to 4,057.12."),
    "claims": [
        C("SPX", "best_day_of_year", True, "flag", "biggest gain of the year",
          f"pct('SPX', '{d}') >= float((_s('SPX')['close'].pct_change().loc['2014-01-01':'{d}'] * 100).max()) - 1e-9", "bool", ref=d,
          window="2014 to date", note="Checked on the S&P 500 (+1.244%, the largest 2014 gain so far); the Dow's +1.220% is also its largest of 2014."),
        C("DJI", "largest_gain_since", "2013-12-18", "date", "since Dec. 18", f"last_move_as_big('DJI', '{d}')", "eq", ref=d, expect="2013-12-18"),
        C("SPX", "largest_gain_since", "2013-12-18", "date", "each ended 1.2 percent higher", f"last_move_as_big('SPX', '{d}')", "eq", ref=d, expect="2013-12-18",
          note="The 'since Dec. 18' applies to both indexes; anchored on the shared sentence."),
        C("SPX", "daily_return", -2, "%", "more than 2 percent Monday", "pct('SPX', '2014-02-03')", "pct", q="more than", ref="2014-02-03",
          note="Monday 2014-02-03: S&P 500 -2.28%, Dow -2.08%; both satisfy 'more than 2 percent'."),
        C("DJI", "daily_change_points", 188.30, "points", "188.30 points", f"chg('DJI', '{d}')", "points", ref=d),
        C("DJI", "daily_return", 1.2, "%", "or 1.2 percent", f"pct('DJI', '{d}')", "pct", ref=d),
        C("DJI", "close_level", 15628.53, "points", "15,628.53", f"close('DJI', '{d}')", "level", ref=d),
        C("SPX", "daily_change_points", 21.79, "points", "21.79 points", f"chg('SPX', '{d}')", "points", ref=d),
        C("SPX", "daily_return", 1.2, "%", "also 1.2 percent", f"pct('SPX', '{d}')", "pct", ref=d),
        C("SPX", "close_level", 1773.43, "points", "1,773.43", f"close('SPX', '{d}')", "level", ref=d),
        C("DJI", "wtd_return", -0.5, "%", "down about half a percent for the week", f"wk('DJI', '{d}')", "pct", q="about", ref=d, window="WTD",
          note="WTD from Friday 2014-01-31. The same phrase covers the S&P 500 (next claim)."),
        C("SPX", "wtd_return", -0.5, "%", "Both indexes were still", f"wk('SPX', '{d}')", "pct", q="about", ref=d, window="WTD"),
        C("IXIC", "daily_change_points", 45, "points", "gained 45 points", f"chg('IXIC', '{d}')", "points", ref=d,
          note="45.57 in the file; '45' is a truncation, imprecise by the truncation rule."),
        C("IXIC", "daily_return", 1.1, "%", "or 1.1 percent", f"pct('IXIC', '{d}')", "pct", ref=d),
        C("IXIC", "close_level", 4057.12, "points", "4,057.12", f"close('IXIC', '{d}')", "level", ref=d),
    ]})

# 3 ---------------------------------------------------------------------------------------------
d = "2017-08-02"
PASSAGES.append({
    "id": "cbsnews_20170802_dow_22000",
    "source": {"site": "cbsnews.com", "url": "https://www.cbsnews.com/news/dow-22000-for-the-first-time/", "original_outlet": "CBS News (MoneyWatch)"},
    "published": d, "published_confidence": "high",
    "published_note": "Undated page; the Wednesday of the Dow's first close above 22,000 is 2017-08-02 in the file.",
    "text": ("The Dow Jones Industrial Average closed above 22,000 points for the first time, hitting that mark just five "
             "months after reaching 21,000. Stocks rose at the opening bell on Wednesday, led by Apple after its results. "
             "The Dow jumped 47 points, or 0.22 percent, topping 22,011 in early trading, a new record, before dropping "
             "back under 22,000 — but it rebounded in the afternoon to close at 22,016. The Standard & Poor's 500 index "
             "closed slightly higher at 2,477 points. The Nasdaq composite closed lower at 6,362. Wednesday's gains mark "
             "the seventh consecutive day of gains for the Dow and S&P 500."),
    "claims": [
        C("DJI", "first_close_above", 22000, "points", "closed above 22,000 points for the first time",
          "first_close_above('DJI', 22000)", "eq", ref=d, expect=d),
        C("DJI", "months_between_milestones", 5, "months", "just five months",
          "months_between(first_close_above('DJI', 21000), first_close_above('DJI', 22000))", "count", ref=d,
          window="first close above 21,000 (2017-03-01) to first close above 22,000"),
        C("DJI", "early_change_points", 47, "points", "jumped 47 points", f"chg('DJI', '{d}')", "U", ref=d, basis="early trading",
          verdict="unverifiable", rule="mid-session figure inside the session range",
          detail=f"[lo_pts('DJI', '{d}'), hi_pts('DJI', '{d}')]", note=U_MID + " (+3.54 to +72.18 points)."),
        C("DJI", "early_return", 0.22, "%", "or 0.22 percent", f"pct('DJI', '{d}')", "U", ref=d, basis="early trading",
          verdict="unverifiable", rule="mid-session figure inside the session range", detail=f"hi_pct('DJI', '{d}')", note=U_MID + "."),
        C("DJI", "early_level", 22011, "points", "topping 22,011", f"close('DJI', '{d}')", "U", q="above", ref=d, basis="early trading",
          verdict="unverifiable", rule="mid-session figure inside the session range", detail=f"[lo('DJI', '{d}'), hi('DJI', '{d}')]",
          note=U_MID + "; the session high 22036.10 was above 22,011, so the figure is consistent with the file."),
        C("DJI", "close_level", 22016, "points", "close at 22,016", f"close('DJI', '{d}')", "level", ref=d),
        C("SPX", "daily_direction", True, "flag", "closed slightly higher", f"chg('SPX', '{d}') > 0", "bool", ref=d,
          note="S&P 500 +1.22 points (+0.05%)."),
        C("SPX", "close_level", 2477, "points", "2,477 points", f"close('SPX', '{d}')", "level", ref=d,
          note="2477.57 in the file; truncated figure, imprecise."),
        C("IXIC", "daily_direction", True, "flag", "closed lower", f"chg('IXIC', '{d}') < 0", "bool", ref=d,
          note="Nasdaq -0.29 points."),
        C("IXIC", "close_level", 6362, "points", "6,362", f"close('IXIC', '{d}')", "level", ref=d,
          note="6362.65 in the file; truncated figure, imprecise."),
        C("DJI", "win_streak", 7, "sessions", "seventh consecutive day of gains", f"streak('DJI', '{d}')", "count", ref=d),
        C("SPX", "win_streak", 7, "sessions", "for the Dow and S&P 500", f"streak('SPX', '{d}')", "count", ref=d,
          note="The S&P 500 had only two straight gains (it fell on 2017-07-31); the streak is true for the Dow only. Off by far more than 20%: contradicted."),
    ]})

# 4 ---------------------------------------------------------------------------------------------
d = "2018-10-11"
PASSAGES.append({
    "id": "pacsun_20181011_rout_extends",
    "source": {"site": "pacsunfinancial.com", "url": "https://pacsunfinancial.com/2018/10/11/october-11-2018/",
               "original_outlet": "broker daily market commentary republished by Pacsun Financial (author not named)"},
    "published": d, "published_confidence": "exact", "published_note": "Date in the URL and title; about that day's session.",
    "text": ("U.S. equities extended yesterday's rout with another solid decline, every sector finishing lower amid unease "
             "over the surge in global bond yields and trade worries, on the eve of the big banks' third-quarter reports. "
             "Treasury yields did decline, though, after consumer prices rose less than expected, and crude oil fell "
             "sharply. The Dow Jones Industrial Average (DJIA) plunged 546 points (2.1%) to 25,053, the S&P 500 Index "
             "declined 57 points (2.1%) to 2,728, and the NASDAQ Composite fell 93 points (1.3%) to 7,329."),
    "claims": [
        C("US10Y", "yield_direction", True, "flag", "Treasury yields did decline", f"yld('US10Y', '{d}') < yld_prev('US10Y', '{d}')", "bool",
          ref=d, basis="end of day", detail=f"[yld_prev('US10Y', '{d}'), yld('US10Y', '{d}')]", note="DGS10 3.22 -> 3.14."),
        C("DJI", "daily_change_points", -546, "points", "plunged 546 points", f"chg('DJI', '{d}')", "points", ref=d),
        C("DJI", "daily_return", -2.1, "%", "546 points (2.1%)", f"pct('DJI', '{d}')", "pct", ref=d),
        C("DJI", "close_level", 25053, "points", "25,053", f"close('DJI', '{d}')", "level", ref=d),
        C("SPX", "daily_change_points", -57, "points", "declined 57 points", f"chg('SPX', '{d}')", "points", ref=d),
        C("SPX", "daily_return", -2.1, "%", "57 points (2.1%)", f"pct('SPX', '{d}')", "pct", ref=d),
        C("SPX", "close_level", 2728, "points", "2,728", f"close('SPX', '{d}')", "level", ref=d),
        C("IXIC", "daily_change_points", -93, "points", "fell 93 points", f"chg('IXIC', '{d}')", "points", ref=d),
        C("IXIC", "daily_return", -1.3, "%", "(1.3%)", f"pct('IXIC', '{d}')", "pct", ref=d),
        C("IXIC", "close_level", 7329, "points", "7,329", f"close('IXIC', '{d}')", "level", ref=d),
    ]})

# 5 ---------------------------------------------------------------------------------------------
d = "2019-11-19"
PASSAGES.append({
    "id": "dowjones_20191119_retailers_weigh",
    "source": {"site": "ih.advfn.com", "url": "http://ih.advfn.com/p.php?pid=nmona&article=81180483",
               "original_outlet": "Dow Jones Newswires (The Wall Street Journal)"},
    "published": d, "published_confidence": "high",
    "published_note": "Undated syndication; Home Depot cut its outlook and Kohl's fell 19% on Tuesday 2019-11-19, and the closing figures match that session.",
    "text": ("The Dow Jones Industrial Average and S&P 500 pulled back from record levels Tuesday, weighed down by weakness "
             "in Home Depot and other retailers. The blue-chip index lost 102.20 points, or 0.4%, to 27934.02. The S&P 500 "
             "slipped 1.85 points, or 0.1%, to 3120.18. The Nasdaq Composite rose 20.72 points, or 0.2%, to a record of "
             "8570.66."),
    "claims": [
        C("DJI", "prior_record_close", True, "flag", "pulled back from record levels", "is_record('DJI', '2019-11-18')", "bool", ref="2019-11-18",
          note="Monday 2019-11-18 was a record close for the Dow; the same phrase covers the S&P 500 (next claim)."),
        C("SPX", "prior_record_close", True, "flag", "The Dow Jones Industrial Average and S&P 500", "is_record('SPX', '2019-11-18')", "bool", ref="2019-11-18"),
        C("DJI", "daily_change_points", -102.20, "points", "102.20 points", f"chg('DJI', '{d}')", "points", ref=d),
        C("DJI", "daily_return", -0.4, "%", "or 0.4%", f"pct('DJI', '{d}')", "pct", ref=d),
        C("DJI", "close_level", 27934.02, "points", "27934.02", f"close('DJI', '{d}')", "level", ref=d),
        C("SPX", "daily_change_points", -1.85, "points", "1.85 points", f"chg('SPX', '{d}')", "points", ref=d),
        C("SPX", "daily_return", -0.1, "%", "or 0.1%", f"pct('SPX', '{d}')", "pct", ref=d),
        C("SPX", "close_level", 3120.18, "points", "3120.18", f"close('SPX', '{d}')", "level", ref=d),
        C("IXIC", "daily_change_points", 20.72, "points", "20.72 points", f"chg('IXIC', '{d}')", "points", ref=d),
        C("IXIC", "daily_return", 0.2, "%", "or 0.2%", f"pct('IXIC', '{d}')", "pct", ref=d),
        C("IXIC", "close_level", 8570.66, "points", "8570.66", f"close('IXIC', '{d}')", "level", ref=d),
        C("IXIC", "record_close", True, "flag", "to a record of", f"is_record('IXIC', '{d}')", "bool", ref=d),
    ]})

# 6 ---------------------------------------------------------------------------------------------
d = "2019-12-30"
PASSAGES.append({
    "id": "cnbc_20191230_dow_drops_nearly_200",
    "source": {"site": "mbn.media", "url": "https://mbn.media/2019/12/dow-drops-nearly-200-points-on-second-to-last-day-of-trading-trimming-big-gain-for-the-year",
               "original_outlet": "CNBC (republished)"},
    "published": d, "published_confidence": "high",
    "published_note": "URL gives 2019-12; 'Monday', 'second-to-last trading day' of 2019 is 2019-12-30.",
    "text": ("Stocks slipped from their all-time highs on Monday as investors took some risk off the table on the "
             "second-to-last trading day of a historic year. The Dow Jones Industrial Average dropped 183.12 points, or "
             "0.6%, to 28,462.14, while the S&P 500 fell 0.5%, or 18.73 points, to 3,221.29; for both it was the worst day "
             "in four weeks. The Nasdaq Composite fell 0.6%, or 60.62 points, to 8,945.99, after topping 9,000 for the "
             "first time ever last week. The Dow's gain for the year was trimmed to 22%. The S&P 500 has put together five "
             "straight weeks of gains and has climbed 28.5% in 2019 through Monday's close."),
    "claims": [
        C("DJI", "daily_change_points", -183.12, "points", "183.12 points", f"chg('DJI', '{d}')", "points", ref=d),
        C("DJI", "daily_return", -0.6, "%", "183.12 points, or\n0.6%".replace("\n", " "), f"pct('DJI', '{d}')", "pct", ref=d),
        C("DJI", "close_level", 28462.14, "points", "28,462.14", f"close('DJI', '{d}')", "level", ref=d),
        C("SPX", "daily_return", -0.5, "%", "S&P 500 fell 0.5%", f"pct('SPX', '{d}')", "pct", ref=d,
          note="-0.578% in the file; 0.078 off a one-decimal figure (tolerance 0.07): imprecise."),
        C("SPX", "daily_change_points", -18.73, "points", "18.73 points", f"chg('SPX', '{d}')", "points", ref=d),
        C("SPX", "close_level", 3221.29, "points", "3,221.29", f"close('SPX', '{d}')", "level", ref=d),
        C("DJI", "worst_day_since", "2019-12-03", "date", "worst day in four weeks", f"last_move_as_big('DJI', '{d}')", "eq", ref=d,
          expect="2019-12-03", note="Last larger Dow drop: 2019-12-03, four weeks earlier; the same holds for the S&P 500 (next claim)."),
        C("SPX", "worst_day_since", "2019-12-03", "date", "for both it was", f"last_move_as_big('SPX', '{d}')", "eq", ref=d, expect="2019-12-03"),
        C("IXIC", "daily_return", -0.6, "%", "Nasdaq Composite fell 0.6%", f"pct('IXIC', '{d}')", "pct", ref=d,
          note="-0.673% in the file; 0.073 off (tolerance 0.07): imprecise, just outside."),
        C("IXIC", "daily_change_points", -60.62, "points", "60.62 points", f"chg('IXIC', '{d}')", "points", ref=d,
          note="-60.63 in the file (rounding of the closes)."),
        C("IXIC", "close_level", 8945.99, "points", "8,945.99", f"close('IXIC', '{d}')", "level", ref=d),
        C("IXIC", "first_close_above", "2019-12-26", "date", "topping 9,000 for the first time ever last week",
          "first_close_above('IXIC', 9000)", "eq", ref="2019-12-26", expect="2019-12-26",
          note="First close above 9,000 on Thursday 2019-12-26, in the week before the story."),
        C("DJI", "ytd_return", 22, "%", "trimmed to 22%", f"ytd('DJI', '{d}')", "pct", ref=d, window="YTD"),
        C("SPX", "weekly_win_streak", 5, "weeks", "five straight weeks of gains", "weekly_up_streak('SPX', '2019-12-27')", "count",
          ref="2019-12-27", window="weeks ending 2019-11-29 .. 2019-12-27"),
        C("SPX", "ytd_return", 28.5, "%", "28.5% in 2019", f"ytd('SPX', '{d}')", "pct", ref=d, window="YTD"),
    ]})

# 7 ---------------------------------------------------------------------------------------------
d = "2020-11-17"
PASSAGES.append({
    "id": "reuters_20201117_shutdown_worries",
    "source": {"site": "reuters.com", "url": "https://www.reuters.com/article/idUSKBN27X1GM", "original_outlet": "Reuters"},
    "published": d, "published_confidence": "high",
    "published_note": "Tuesday after Moderna's vaccine news (Monday 2020-11-16); closing figures match 2020-11-17.",
    "text": ("NEW YORK (Reuters) - U.S. stocks fell back from record closing highs on Tuesday, ending lower as surging "
             "COVID-19 cases, the threat of new lockdowns and weak retail sales damped the euphoria over possible vaccine "
             "breakthroughs. The selling reversed Monday's rally, in which the blue-chip Dow reached its first record "
             "closing high since before the pandemic. Surging Tesla shares capped the Nasdaq's loss, and small caps "
             "outperformed, with the Russell 2000 reaching a new record closing high. The Dow Jones Industrial Average fell "
             "167.09 points, or 0.56%, to 29,783.35, the S&P 500 lost 17.38 points, or 0.48%, to 3,609.53 and the Nasdaq "
             "Composite dropped 24.79 points, or 0.21%, to 11,899.34."),
    "claims": [
        C("SPX", "prior_record_close", True, "flag", "fell back from record closing highs", "is_record('SPX', '2020-11-16')", "bool",
          ref="2020-11-16", note="Monday 2020-11-16 was a record close for both the S&P 500 and the Dow."),
        C("DJI", "record_close", True, "flag", "first record closing high since before the pandemic", "is_record('DJI', '2020-11-16')", "bool", ref="2020-11-16"),
        C("DJI", "previous_record_date", "2020-02-12", "date", "since before the pandemic", "last_record_before('DJI', '2020-11-16')", "eq",
          ref="2020-11-16", expect="2020-02-12", note="The previous Dow record close was 2020-02-12, before the pandemic sell-off."),
        C("RUT", "outperformed_SPX", True, "flag", "small caps outperformed", f"pct('RUT', '{d}') > pct('SPX', '{d}')", "bool", ref=d,
          note="Russell 2000 +0.37% against S&P 500 -0.48%."),
        C("RUT", "record_close", True, "flag", "new record closing high", f"is_record('RUT', '{d}')", "bool", ref=d),
        C("DJI", "daily_change_points", -167.09, "points", "167.09 points", f"chg('DJI', '{d}')", "points", ref=d),
        C("DJI", "daily_return", -0.56, "%", "0.56%", f"pct('DJI', '{d}')", "pct", ref=d),
        C("DJI", "close_level", 29783.35, "points", "29,783.35", f"close('DJI', '{d}')", "level", ref=d),
        C("SPX", "daily_change_points", -17.38, "points", "17.38 points", f"chg('SPX', '{d}')", "points", ref=d),
        C("SPX", "daily_return", -0.48, "%", "0.48%", f"pct('SPX', '{d}')", "pct", ref=d),
        C("SPX", "close_level", 3609.53, "points", "3,609.53", f"close('SPX', '{d}')", "level", ref=d),
        C("IXIC", "daily_change_points", -24.79, "points", "24.79 points", f"chg('IXIC', '{d}')", "points", ref=d),
        C("IXIC", "daily_return", -0.21, "%", "0.21%", f"pct('IXIC', '{d}')", "pct", ref=d),
        C("IXIC", "close_level", 11899.34, "points", "11,899.34", f"close('IXIC', '{d}')", "level", ref=d),
    ]})

# 8 ---------------------------------------------------------------------------------------------
d = "2021-01-08"
PASSAGES.append({
    "id": "baystreet_20210108_indexes_records",
    "source": {"site": "baystreet.ca", "url": "http://www.baystreet.ca/articles/market_updates_us.aspx?articleid=63255", "original_outlet": "Baystreet.ca"},
    "published": d, "published_confidence": "high",
    "published_note": "Undated page; Friday of the December 2020 jobs report (-140,000) closing the first trading week of 2021, i.e. 2021-01-08.",
    "text": ("Stocks finished Friday at record highs, wrapping up the first trading week of the year as traders weighed "
             "prospects for more fiscal aid against weak jobs data. The Dow Jones Industrials recovered 56.84 points to "
             "31,097.97. The S&P 500 strengthened 20.89 points to 3,817.73, a fresh all-time record. The NASDAQ jumped "
             "134.49 points, or 1%, to 13,201.97, adding to its all-time high. Both the Dow and S&P 500 posted four-day "
             "winning streaks. For the week, the Dow and S&P 500 each gained more than 1%, while the NASDAQ advanced 2.4%. "
             "Prices for the 10-Year Treasury faded, raising yields to 1.12% from Thursday's 1.08%."),
    "claims": [
        C("DJI", "daily_change_points", 56.84, "points", "56.84 points", f"chg('DJI', '{d}')", "points", ref=d),
        C("DJI", "close_level", 31097.97, "points", "31,097.97", f"close('DJI', '{d}')", "level", ref=d),
        C("DJI", "record_close", True, "flag", "finished Friday at record highs", f"is_record('DJI', '{d}')", "bool", ref=d,
          note="All three indexes closed at records on 2021-01-08; this claim is keyed on the Dow, the S&P 500 and Nasdaq records are separate claims."),
        C("SPX", "daily_change_points", 20.89, "points", "20.89 points", f"chg('SPX', '{d}')", "points", ref=d),
        C("SPX", "close_level", 3817.73, "points", "3,817.73", f"close('SPX', '{d}')", "level", ref=d,
          note="3824.68 in the file; 3,817.73 is 6.95 points (0.18%) off and inconsistent with the stated +20.89 (3803.79 + 20.89 = 3824.68): imprecise."),
        C("SPX", "record_close", True, "flag", "a fresh all-time record", f"is_record('SPX', '{d}')", "bool", ref=d),
        C("IXIC", "daily_change_points", 134.49, "points", "134.49 points", f"chg('IXIC', '{d}')", "points", ref=d,
          note="134.50 in the file."),
        C("IXIC", "daily_return", 1, "%", "or 1%", f"pct('IXIC', '{d}')", "pct", ref=d),
        C("IXIC", "close_level", 13201.97, "points", "13,201.97", f"close('IXIC', '{d}')", "level", ref=d, note="13201.98 in the file."),
        C("IXIC", "record_close", True, "flag", "adding to its all-time high", f"is_record('IXIC', '{d}')", "bool", ref=d),
        C("DJI", "win_streak", 4, "sessions", "four-day winning streaks", f"streak('DJI', '{d}')", "count", ref=d,
          note="The Dow's and the S&P 500's streaks are both 4 (next claim)."),
        C("SPX", "win_streak", 4, "sessions", "Both the Dow and S&P 500", f"streak('SPX', '{d}')", "count", ref=d),
        C("DJI", "weekly_return", 1, "%", "each gained more than 1%", f"wk('DJI', '{d}')", "pct", q="more than", ref=d, window="week",
          note="Dow +1.61% for the week; the S&P 500 (+1.83%) is the next claim."),
        C("SPX", "weekly_return", 1, "%", "For the week, the Dow and S&P 500", f"wk('SPX', '{d}')", "pct", q="more than", ref=d, window="week"),
        C("IXIC", "weekly_return", 2.4, "%", "advanced 2.4%", f"wk('IXIC', '{d}')", "pct", ref=d, window="week"),
        C("US10Y", "yield_level", 1.12, "%", "yields to 1.12%", f"yld('US10Y', '{d}')", "pct", ref=d, basis="end of day",
          note="DGS10 1.13; 0.01 off, within the two-decimal tolerance (0.025)."),
        C("US10Y", "yield_level_prev", 1.08, "%", "Thursday's 1.08%", f"yld_prev('US10Y', '{d}')", "pct", ref="2021-01-07", basis="end of day"),
    ]})

# 9 ---------------------------------------------------------------------------------------------
d = "2022-09-27"
PASSAGES.append({
    "id": "cnbc_20220927_sp500_fresh_bear_low",
    "source": {"site": "usanewsgroup.com", "url": "https://usanewsgroup.com/2022/09/28/sp-500-ends-tuesday-down-after-notching-a-fresh-bear-market-low-dow-slips-more-than-100-points/",
               "original_outlet": "CNBC (republished)"},
    "published": "2022-09-28", "published_confidence": "exact",
    "published_note": "Repost dated 2022-09-28 in the URL; the text describes Tuesday 2022-09-27 and Monday 2022-09-26.",
    "text": ("The S&P 500 sank deeper into a bear market on Tuesday after marking a new 2022 low, while the benchmark "
             "10-year Treasury yield kept rising to levels unseen in at least a decade. The broad index dropped as low as "
             "3,623.29 during the session, under the previous bear-market intraday low of 3,636 set in mid-June, and it "
             "closed down 0.21% at 3,647.29. The Dow Jones Industrial Average shed 125.82 points, or 0.43%, to 29,134.99, "
             "giving back a gain of nearly 400 points earlier in the day. The Nasdaq Composite rose 0.25% to 10,829.50. "
             "The S&P 500 now stands 24.3% below its January record, while the Dow is 21.2% below its all-time high. The "
             "Nasdaq has dropped more than 33% since its November record. The 10-year Treasury yield moved past 3.9%. "
             "Those moves follow five straight days of losses for stocks, with the S&P 500 closing Monday at its lowest "
             "level since 2020. The Dow lost more than 300 points on Monday, which put it in a bear market more than 20% "
             "below its record, and it posted its lowest close since late 2020."),
    "claims": [
        C("SPX", "new_year_low_intraday", True, "flag", "new 2022 low",
          f"lo('SPX', '{d}') < min_low('SPX', '2022-01-01', '2022-09-26')[1]", "bool", ref=d, basis="intraday low"),
        C("SPX", "session_low", 3623.29, "points", "3,623.29", f"lo('SPX', '{d}')", "level", ref=d, basis="intraday low"),
        C("SPX", "previous_intraday_low", 3636, "points", "3,636", "min_low('SPX', '2022-06-01', '2022-06-30')[1]", "level", ref="2022-06-17",
          basis="intraday low", note="2022-06-17 low 3636.87; '3,636' is a truncation, imprecise by the truncation rule."),
        C("SPX", "daily_return", -0.21, "%", "closed down 0.21%", f"pct('SPX', '{d}')", "pct", ref=d),
        C("SPX", "close_level", 3647.29, "points", "3,647.29", f"close('SPX', '{d}')", "level", ref=d),
        C("DJI", "daily_change_points", -125.82, "points", "125.82 points", f"chg('DJI', '{d}')", "points", ref=d),
        C("DJI", "daily_return", -0.43, "%", "0.43%", f"pct('DJI', '{d}')", "pct", ref=d),
        C("DJI", "close_level", 29134.99, "points", "29,134.99", f"close('DJI', '{d}')", "level", ref=d),
        C("DJI", "session_high_change", 400, "points", "nearly 400 points", f"hi_pts('DJI', '{d}')", "points", q="nearly", ref=d,
          basis="intraday high", note="Session high 29659.12 against the previous close 29260.81: +398.31."),
        C("IXIC", "daily_return", 0.25, "%", "rose 0.25%", f"pct('IXIC', '{d}')", "pct", ref=d),
        C("IXIC", "close_level", 10829.50, "points", "10,829.50", f"close('IXIC', '{d}')", "level", ref=d),
        C("SPX", "pct_from_ath", 24.3, "%", "24.3% below", f"pct_below_ath('SPX', '{d}')", "pct", ref=d, comparison="record close 2022-01-03",
          note="23.96% below the 2022-01-03 record close (4796.56); against the intraday record 4818.62 (2022-01-04) it is 24.31%, so the figure fits the intraday reading only: imprecise on the close basis."),
        C("DJI", "pct_from_ath", 21.2, "%", "21.2% below", f"pct_below_ath('DJI', '{d}')", "pct", ref=d, comparison="record close 2022-01-04",
          note="20.83% below the 2022-01-04 record close (36799.65); the intraday record 36952.65 (2022-01-05) gives 21.16%: imprecise on the close basis."),
        C("IXIC", "pct_from_ath", 33, "%", "more than 33%", f"pct_below_ath('IXIC', '{d}')", "pct", q="more than", ref=d,
          comparison="record close 2021-11-19",
          note="32.56% below the 2021-11-19 record close (16057.44); the intraday record 16212.23 (2021-11-22) gives 33.20%. Fails 'more than 33%' on the close basis by 0.44 pp: imprecise."),
        C("US10Y", "yield_level", 3.9, "%", "moved past 3.9%", f"yld('US10Y', '{d}')", "pct", q="more than", ref=d, basis="end of day",
          note="DGS10 3.97 at the end of day, above 3.9%."),
        C("SPX", "losing_streak", -5, "sessions", "five straight days of losses", "streak('SPX', '2022-09-26')", "count", ref="2022-09-26",
          note="Read on the S&P 500 (losses 2022-09-20 .. 2022-09-26)."),
        C("SPX", "lowest_close_since", "2020", "year", "lowest level since 2020", "lowest_close_since('SPX', '2022-09-26')[:4]", "eq",
          ref="2022-09-26", expect="2020", note="Last lower close: 2020-12-14."),
        C("DJI", "daily_change_points", -300, "points", "more than 300 points on Monday", "chg('DJI', '2022-09-26')", "points", q="more than",
          ref="2022-09-26"),
        C("DJI", "pct_from_ath", 20, "%", "more than 20%", "pct_below_ath('DJI', '2022-09-26')", "pct", q="more than", ref="2022-09-26"),
        C("DJI", "lowest_close_since", "late 2020", "period", "lowest close since late 2020", "lowest_close_since('DJI', '2022-09-26')", "manual",
          ref="2022-09-26", verdict="supported", rule="lowest since X: X is the last session with a lower close",
          note="Last lower Dow close: 2020-11-12, i.e. late 2020."),
    ]})

# 10 --------------------------------------------------------------------------------------------
d = "2024-08-08"
PASSAGES.append({
    "id": "baystreet_20240808_comeback_rally",
    "source": {"site": "baystreet.ca", "url": "https://baystreet.ca/articles/market_updates_us.aspx?id=13378", "original_outlet": "Baystreet.ca"},
    "published": d, "published_confidence": "high",
    "published_note": "Undated page; Thursday after the early-August sell-off, with Eli Lilly's results and 233,000 jobless claims: 2024-08-08.",
    "text": ("Stocks climbed Thursday after new labour-market data lifted confidence in the U.S. economy following the "
             "sharp sell-off earlier in the week. The Dow Jones Industrial index popped 556.73 points, or 1.4%, to 39, "
             "320.18. The S&P 500 index recovered 104.15 points, or 2%, to 5,303.65. The NASDAQ surged 407.12 points, or "
             "2.5%, to 16,602.93. The gains come after stocks could not hold an early rally on Wednesday, when the S&P 500 "
             "fell 0.8%, the tech-heavy NASDAQ Composite sank 1.1% and the 30-stock Dow shed 0.6%. All three averages "
             "have declined in four of the past five sessions. First-time jobless filings came in at 233,000 last week, "
             "the Labor Department said. Prices for the 10-year Treasury backed off, with yields rising to 3.99% from "
             "Wednesday's 3.95%."),
    "claims": [
        C("DJI", "daily_change_points", 556.73, "points", "556.73 points", f"chg('DJI', '{d}')", "points", ref=d,
          note="+683.04 in the file; 18.5% short. The three closing lines look like an afternoon snapshot (39,320.18 lies inside the session range) presented as closing figures; judged on the close."),
        C("DJI", "daily_return", 1.4, "%", "or 1.4%", f"pct('DJI', '{d}')", "pct", ref=d,
          note="+1.762% in the file; 0.36 pp off, more than 20% of the true value: contradicted."),
        C("DJI", "close_level", 39320.18, "points", "39, 320.18", f"close('DJI', '{d}')", "level", ref=d,
          note="Written '39, 320.18' on the page; 39446.49 in the file, 0.32% off: imprecise."),
        C("SPX", "daily_change_points", 104.15, "points", "104.15 points", f"chg('SPX', '{d}')", "points", ref=d),
        C("SPX", "daily_return", 2, "%", "or 2%", f"pct('SPX', '{d}')", "pct", ref=d, note="+2.304%; a whole-number figure within 0.5."),
        C("SPX", "close_level", 5303.65, "points", "5,303.65", f"close('SPX', '{d}')", "level", ref=d),
        C("IXIC", "daily_change_points", 407.12, "points", "407.12 points", f"chg('IXIC', '{d}')", "points", ref=d),
        C("IXIC", "daily_return", 2.5, "%", "2.5%", f"pct('IXIC', '{d}')", "pct", ref=d),
        C("IXIC", "close_level", 16602.93, "points", "16,602.93", f"close('IXIC', '{d}')", "level", ref=d),
        C("SPX", "daily_return", -0.8, "%", "S&P 500 fell 0.8%", "pct('SPX', '2024-08-07')", "pct", ref="2024-08-07"),
        C("IXIC", "daily_return", -1.1, "%", "sank 1.1%", "pct('IXIC', '2024-08-07')", "pct", ref="2024-08-07"),
        C("DJI", "daily_return", -0.6, "%", "shed 0.6%", "pct('DJI', '2024-08-07')", "pct", ref="2024-08-07"),
        C("SPX", "down_sessions", 4, "sessions", "declined in four of the past five sessions", "down_sessions('SPX', '2024-08-07', 5)", "count",
          ref="2024-08-07", window="5 sessions to 2024-08-07",
          note="Window ends Wednesday 2024-08-07 (the sentence describes the state before Thursday). Also 4 of 5 for the Dow and Nasdaq (next claims)."),
        C("DJI", "down_sessions", 4, "sessions", "All three averages", "down_sessions('DJI', '2024-08-07', 5)", "count", ref="2024-08-07",
          window="5 sessions to 2024-08-07"),
        C("IXIC", "down_sessions", 4, "sessions", "have declined in four", "down_sessions('IXIC', '2024-08-07', 5)", "manual", ref="2024-08-07",
          window="5 sessions to 2024-08-07", verdict="supported", rule="count matches"),
        C("US_JOBLESS_CLAIMS", "initial_claims", 233000, "claims", "233,000", "None", "U", ref=d, verdict="unverifiable",
          rule="series not in the files", note="Weekly jobless claims are not in the shared data."),
        C("US10Y", "yield_level", 3.99, "%", "yields rising to 3.99%", f"yld('US10Y', '{d}')", "pct", ref=d, basis="end of day"),
        C("US10Y", "yield_level_prev", 3.95, "%", "Wednesday's 3.95%", f"yld_prev('US10Y', '{d}')", "pct", ref="2024-08-07", basis="end of day",
          note="DGS10 3.96; within the two-decimal tolerance."),
    ]})

# 11 --------------------------------------------------------------------------------------------
d = "2024-10-07"
PASSAGES.append({
    "id": "cnbc_20241007_dow_slides_live",
    "source": {"site": "proinvestnews.com", "url": "https://proinvestnews.com/2024/10/07/dow-tumbles-300-points-as-10-year-yield-tops-4-oil-jumps-live-updates",
               "original_outlet": "CNBC live updates (republished)"},
    "published": d, "published_confidence": "exact", "published_note": "Date in the URL; a mid-session live update on Monday 2024-10-07, with the previous week's figures.",
    "text": ("Stocks slipped Monday as Wall Street struggled to carry over Friday's rally in the face of rising rates and "
             "higher oil. The Dow Jones Industrial Average dropped 318 points, or 0.8%. The S&P 500 slid 0.5%, and the "
             "Nasdaq Composite shed 0.5%. The benchmark 10-year Treasury yield rose nearly 4 basis points to 4.018%, the "
             "first time since August that it has topped 4%. Monday's moves come after a bumpy week in which the major "
             "averages eked out modest gains. The S&P 500 added 0.2% for the week, while the Nasdaq Composite inched up "
             "0.1% and the Dow added 0.1%. That made it the fourth winning week in a row for all three averages. The Dow "
             "closed at a record high after Friday's jobs report."),
    "claims": [
        C("DJI", "midsession_change_points", -318, "points", "dropped 318 points", f"chg('DJI', '{d}')", "U", ref=d, basis="mid-session (live update)",
          verdict="unverifiable", rule="mid-session figure inside the session range", detail=f"[lo_pts('DJI', '{d}'), hi_pts('DJI', '{d}')]",
          note=U_MID + " (-521.01 to -59.11 points; close -398.51)."),
        C("DJI", "midsession_return", -0.8, "%", "or 0.8%", f"pct('DJI', '{d}')", "U", ref=d, basis="mid-session (live update)",
          verdict="unverifiable", rule="mid-session figure inside the session range", note=U_MID + " (close -0.94%)."),
        C("SPX", "midsession_return", -0.5, "%", "slid 0.5%", f"pct('SPX', '{d}')", "U", ref=d, basis="mid-session (live update)",
          verdict="unverifiable", rule="mid-session figure inside the session range",
          detail=f"[100 * lo_pts('SPX', '{d}') / (close('SPX', '{d}') - chg('SPX', '{d}')), 100 * hi_pts('SPX', '{d}') / (close('SPX', '{d}') - chg('SPX', '{d}'))]",
          note=U_MID + " (session range about -1.12% to -0.20%; close -0.96%)."),
        C("IXIC", "midsession_return", -0.5, "%", "shed 0.5%", f"pct('IXIC', '{d}')", "U", ref=d, basis="mid-session (live update)",
          verdict="unverifiable", rule="mid-session figure inside the session range",
          detail=f"[100 * lo_pts('IXIC', '{d}') / (close('IXIC', '{d}') - chg('IXIC', '{d}')), 100 * hi_pts('IXIC', '{d}') / (close('IXIC', '{d}') - chg('IXIC', '{d}'))]",
          note=U_MID + " (session range about -1.31% to -0.23%; close -1.18%)."),
        C("US10Y", "intraday_yield_change_bp", 4, "bp", "nearly 4 basis points", f"round(100 * (yld('US10Y', '{d}') - yld_prev('US10Y', '{d}')), 1)", "U",
          q="nearly", ref=d, basis="intraday", verdict="unverifiable", rule="intraday yield event",
          note="Intraday yield move; end-of-day DGS10 went 3.98 -> 4.03 (+5 bp)."),
        C("US10Y", "intraday_yield_level", 4.018, "%", "4.018%", f"yld('US10Y', '{d}')", "U", ref=d, basis="intraday",
          verdict="unverifiable", rule="intraday yield event", note="Intraday quote; end-of-day DGS10 4.03."),
        C("US10Y", "first_above_since", "August", "month", "first time since August",
          f"str(_s('US10Y')['value'][(_s('US10Y').index < '{d}') & (_s('US10Y')['value'] > 4.0)].index[-1].date())", "manual",
          ref=d, basis="end of day", verdict="supported", rule="highest since X: X is the last session at or above the level",
          note="On the end-of-day series the last value above 4% before 2024-10-07 was 2024-07-31 (end-of-day 2024-10-07: 4.03); 'since August' names the month of the first session after it (2024-08-01), which the rule accepts. The intraday 4.018% crossing itself is not in the files."),
        C("SPX", "weekly_return", 0.2, "%", "added 0.2% for the week", "wk('SPX', '2024-10-04')", "pct", ref="2024-10-04", window="week"),
        C("IXIC", "weekly_return", 0.1, "%", "inched up 0.1%", "wk('IXIC', '2024-10-04')", "pct", ref="2024-10-04", window="week"),
        C("DJI", "weekly_return", 0.1, "%", "the Dow added 0.1%", "wk('DJI', '2024-10-04')", "pct", ref="2024-10-04", window="week"),
        C("SPX", "weekly_win_streak", 4, "weeks", "fourth winning week in a row", "weekly_up_streak('SPX', '2024-10-04')", "count",
          ref="2024-10-04", note="True for all three (next claims)."),
        C("IXIC", "weekly_win_streak", 4, "weeks", "for all three averages", "weekly_up_streak('IXIC', '2024-10-04')", "count", ref="2024-10-04"),
        C("DJI", "weekly_win_streak", 4, "weeks", "That made it the", "weekly_up_streak('DJI', '2024-10-04')", "count", ref="2024-10-04"),
        C("DJI", "record_close", True, "flag", "closed at a record high", "is_record('DJI', '2024-10-04')", "bool", ref="2024-10-04"),
    ]})

# 12 --------------------------------------------------------------------------------------------
d = "2024-12-27"
PASSAGES.append({
    "id": "parkavenue_20241227_slim_holiday_gains",
    "source": {"site": "parkavenuesecurities.com", "url": "https://parkavenuesecurities.com/slim-gains-over-short-week",
               "original_outlet": "Park Avenue Securities (PAS Weekly Commentary)"},
    "published": d, "published_confidence": "medium",
    "published_note": "Undated weekly commentary; Christmas on a Wednesday with a 1 p.m. Tuesday close and Santa-rally start on Tuesday fits the week ending Friday 2024-12-27, and the YTD figures match that date.",
    "text": ("The stock market posted some gains in this holiday-shortened week. Equities closed at 1:00 p.m. ET on Tuesday "
             "and stayed shut on Wednesday for Christmas Day. The \"Santa Claus rally\" window (the last five trading days "
             "of the year and the first two of the new year) began on Tuesday; it does not always bring gains but usually "
             "shows a positive skew. The S&P 500 ended 0.7% higher on the week, the Dow Jones Industrial Average settled "
             "0.4% higher than last Friday, and the Nasdaq Composite finished 0.8% higher this week. Scoreboard: Nasdaq "
             "Composite +0.8% for the week / +31.4% YTD; S&P 500 +0.7% for the week / +25.2% YTD; Dow Jones Industrial "
             "Average +0.4% for the week / +14.1% YTD."),
    "claims": [
        C("SPX", "santa_window_start", "2024-12-24", "date", "began on Tuesday", "str(_s('SPX').loc['2024'].index[-5].date())", "eq",
          ref="2024-12-24", expect="2024-12-24", note="The fifth-to-last 2024 session is Tuesday 2024-12-24."),
        C("GENERIC", "seasonal_tendency", None, None, "usually shows a positive skew", "None", "N", verdict="not_checkable",
          rule="rule of thumb", note="Seasonal rule of thumb, not a figure about a session."),
        C("SPX", "weekly_return", 0.7, "%", "0.7% higher on the week", f"wk('SPX', '{d}')", "pct", ref=d, window="week",
          note="The scoreboard repeats the same weekly figures; one claim per index."),
        C("DJI", "weekly_return", 0.4, "%", "0.4% higher than last Friday", f"wk('DJI', '{d}')", "pct", ref=d, window="week"),
        C("IXIC", "weekly_return", 0.8, "%", "0.8% higher this week", f"wk('IXIC', '{d}')", "pct", ref=d, window="week"),
        C("IXIC", "ytd_return", 31.4, "%", "+31.4% YTD", f"ytd('IXIC', '{d}')", "pct", ref=d, window="YTD"),
        C("SPX", "ytd_return", 25.2, "%", "+25.2% YTD", f"ytd('SPX', '{d}')", "pct", ref=d, window="YTD"),
        C("DJI", "ytd_return", 14.1, "%", "+14.1% YTD", f"ytd('DJI', '{d}')", "pct", ref=d, window="YTD"),
    ]})

# 13 --------------------------------------------------------------------------------------------
d = "2025-07-30"
PASSAGES.append({
    "id": "rthk_20250730_fed_hold_powell",
    "source": {"site": "news.rthk.hk", "url": "https://news.rthk.hk/rthk/en/component/k2/1815938-20250731.htm", "original_outlet": "Reuters (via RTHK)"},
    "published": "2025-07-31", "published_confidence": "exact",
    "published_note": "Date in the URL (Hong Kong morning of 2025-07-31); the story is about Wednesday 2025-07-30, an FOMC decision day.",
    "text": ("US stocks ended well below their earlier highs after a choppy Wednesday session, as Federal Reserve chair "
             "Jerome Powell cooled hopes that the central bank might cut rates at its September meeting. The Fed kept "
             "rates unchanged, as widely expected, in a split decision in which two governors dissented. The Dow Jones "
             "Industrial Average fell 171 points to 44,461, the S&P 500 lost 7 points to 6,362 and the Nasdaq Composite "
             "gained 31 points to 21,129. The S&P had risen as much as 0.4 percent during the session before fading. "
             "(Reuters)"),
    "claims": [
        C("FEDFUNDS", "fomc_decision_day", True, "flag", "Wednesday session", f"fomc_meeting('{d}')", "bool", ref=d,
          note="FOMC_meetings.csv lists 2025-07-30 (scheduled)."),
        C("FEDFUNDS", "rate_unchanged", True, "flag", "kept rates unchanged", f"fed_unchanged('{d}')", "bool", ref=d,
          detail=f"fed_range('{d}')", note="Target range 4.25-4.50% before and after the decision."),
        C("FEDFUNDS", "dissents", 2, "votes", "two governors dissented", "None", "U", ref=d, verdict="unverifiable",
          rule="series not in the files", note="FOMC votes are not in the shared data."),
        C("DJI", "daily_change_points", -171, "points", "fell 171 points", f"chg('DJI', '{d}')", "points", ref=d,
          note="-171.71 in the file; truncated, imprecise by the truncation rule."),
        C("DJI", "close_level", 44461, "points", "44,461", f"close('DJI', '{d}')", "level", ref=d),
        C("SPX", "daily_change_points", -7, "points", "lost 7 points", f"chg('SPX', '{d}')", "points", ref=d,
          note="-7.96 in the file; '7' is a truncation (0.96 off), and 14% off: imprecise."),
        C("SPX", "close_level", 6362, "points", "6,362", f"close('SPX', '{d}')", "level", ref=d,
          note="6362.90 in the file; truncated, imprecise."),
        C("IXIC", "daily_change_points", 31, "points", "gained 31 points", f"chg('IXIC', '{d}')", "points", ref=d),
        C("IXIC", "close_level", 21129, "points", "21,129", f"close('IXIC', '{d}')", "level", ref=d,
          note="21129.67 in the file; truncated, imprecise."),
        C("SPX", "session_high_return", 0.4, "%", "as much as 0.4 percent", f"hi_pct('SPX', '{d}')", "pct", q="as much as", ref=d,
          basis="intraday high", note="Session high 6396.54 against the previous close 6370.86: +0.40%."),
    ]})

# 14 --------------------------------------------------------------------------------------------
d = "2026-01-16"
PASSAGES.append({
    "id": "bravias_20260116_weekly_wrap",
    "source": {"site": "braviasfinancial.com", "url": "https://braviasfinancial.com/news/bravias-weekly-market-wrap-up-1-16-2026",
               "original_outlet": "Bravias Financial (weekly wrap-up)"},
    "published": d, "published_confidence": "exact", "published_note": "Dated on the page (Friday, January 16, 2026).",
    "text": ("Week in Review – Friday, January 16, 2026. U.S. stocks ended almost unchanged Friday ahead of the MLK Day "
             "weekend, closing a choppy week in which large caps slipped while small caps kept running. The S&P 500 fell "
             "0.06% to 6,940, the Nasdaq dipped 0.06% to 23,515, and the Dow declined 0.17% to 49,359. The Russell 2000 "
             "small-cap index rose 0.12% Friday and gained 2.04% for the week, its 11th consecutive session of beating "
             "the S&P 500 — the longest such streak since 2008. Coming up: the FOMC meets Jan 27-28 (5% cut odds). "
             "Weekly performance: Dow Industrials -145 points, -0.29%; S&P 500 -26 points, -0.38%; Nasdaq Comp -156 "
             "points, -0.66%; Russell 2000 +54 points. Treasury yields: 2-Year 3.59% (+5 bp), 10-Year 4.24% (+6 bp)."),
    "claims": [
        C("SPX", "daily_return", -0.06, "%", "fell 0.06% to 6,940", f"pct('SPX', '{d}')", "pct", ref=d),
        C("SPX", "close_level", 6940, "points", "S&P 500 fell", f"close('SPX', '{d}')", "level", ref=d),
        C("IXIC", "daily_return", -0.06, "%", "dipped 0.06%", f"pct('IXIC', '{d}')", "pct", ref=d),
        C("IXIC", "close_level", 23515, "points", "to 23,515", f"close('IXIC', '{d}')", "level", ref=d),
        C("DJI", "daily_return", -0.17, "%", "declined 0.17%", f"pct('DJI', '{d}')", "pct", ref=d),
        C("DJI", "close_level", 49359, "points", "to 49,359", f"close('DJI', '{d}')", "level", ref=d),
        C("RUT", "daily_return", 0.12, "%", "rose 0.12% Friday", f"pct('RUT', '{d}')", "pct", ref=d),
        C("RUT", "weekly_return", 2.04, "%", "gained 2.04% for the week", f"wk('RUT', '{d}')", "pct", ref=d, window="week"),
        C("RUT", "relative_streak_vs_SPX", 11, "sessions", "11th consecutive session", f"rel_streak('RUT', 'SPX', '{d}')", "count", ref=d),
        C("RUT", "longest_relative_streak_since", "2008", "year", "longest such streak since 2008",
          f"last_rel_streak_at_least('RUT', 'SPX', '{d}', 11)[:4]", "eq", ref=d, expect="2008",
          note="The last earlier run of at least 11 sessions of Russell 2000 daily outperformance ended on 2008-06-06 (price returns)."),
        C("FEDFUNDS", "fomc_meeting", True, "flag", "Jan 27-28", "fomc_meeting('2026-01-28')", "bool", ref="2026-01-28",
          note="FOMC_meetings.csv lists 2026-01-28 (scheduled), the second day of a two-day meeting."),
        C("FEDFUNDS", "implied_cut_odds", 5, "%", "5% cut odds", "None", "U", ref=d, verdict="unverifiable",
          rule="futures odds for a meeting without futures in the files",
          note="ZQ_futures.csv holds no contract for the January 2026 meeting from this date."),
        C("DJI", "weekly_change_points", -145, "points", "-145 points", f"wk_pts('DJI', '{d}')", "points", ref=d, window="week"),
        C("DJI", "weekly_return", -0.29, "%", "-0.29%", f"wk('DJI', '{d}')", "pct", ref=d, window="week"),
        C("SPX", "weekly_change_points", -26, "points", "-26 points", f"wk_pts('SPX', '{d}')", "points", ref=d, window="week"),
        C("SPX", "weekly_return", -0.38, "%", "-0.38%", f"wk('SPX', '{d}')", "pct", ref=d, window="week"),
        C("IXIC", "weekly_change_points", -156, "points", "-156", f"wk_pts('IXIC', '{d}')", "points", ref=d, window="week"),
        C("IXIC", "weekly_return", -0.66, "%", "-0.66%", f"wk('IXIC', '{d}')", "pct", ref=d, window="week"),
        C("RUT", "weekly_change_points", 54, "points", "+54 points", f"wk_pts('RUT', '{d}')", "points", ref=d, window="week",
          note="+53.52 in the file, rounds to 54."),
        C("US2Y", "yield_level", 3.59, "%", "3.59%", f"yld('US2Y', '{d}')", "pct", ref=d, basis="end of day"),
        C("US2Y", "weekly_change_bp", 5, "bp", "+5 bp", f"yld_wk_bp('US2Y', '{d}')", "points", ref=d, window="week", basis="end of day"),
        C("US10Y", "yield_level", 4.24, "%", "4.24%", f"yld('US10Y', '{d}')", "pct", ref=d, basis="end of day"),
        C("US10Y", "weekly_change_bp", 6, "bp", "+6 bp", f"yld_wk_bp('US10Y', '{d}')", "points", ref=d, window="week", basis="end of day"),
    ]})
