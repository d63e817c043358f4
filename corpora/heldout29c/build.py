"""Build passages.jsonl, key.jsonl and recipes.json of this corpus.

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
Outputs are written beside this script. Verdicts follow the dev corpus README; the automatic judge
below applies its tolerances to numeric claims, and VERDICT overrides record the hand-judged ones.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R

P = []  # passages


def passage(pid, site, url, outlet, published, conf, note, text, claims):
    P.append(dict(id=pid, site=site, url=url, outlet=outlet, published=published, conf=conf,
                  note=note, text=text, claims=claims))


def C(t, metric, value, unit, anchor, recipe=None, qual=None, ref=None, window=None, comp=None,
      basis='close', verdict=None, rule=None, note=''):
    return dict(t=t, metric=metric, value=value, unit=unit, anchor=anchor, recipe=recipe, qual=qual,
                ref=ref, window=window, comp=comp, basis=basis, verdict=verdict, rule=rule, note=note)

# ---------------------------------------------------------------------------------------------
d = '1998-12-29'
passage('latimes_19981230_dow_nears_peak', 'latimes.com',
        'https://www.latimes.com/archives/la-xpm-1998-dec-30-fi-58810-story.html', 'Los Angeles Times',
        '1998-12-30', 'exact', 'Date in the URL; the text is about Tuesday 1998-12-29.',
        "Investors seem unwilling to close the books on 1998 before another run at a record for the Dow Jones "
        "industrials. The Dow led the broad market higher Tuesday, gaining 94.23 points, or 1%, to 9,320.98, a finish "
        "that left the blue-chip index just 54 points from its peak of 9,374.27 set Nov. 23. The Dow has now risen for "
        "eight straight sessions--its longest winning streak since 1996. The Standard & Poor's 500-stock index on "
        "Tuesday easily eclipsed its peak set last week, gaining 1.3% to a record 1,241.81. Its year-to-date rise: "
        "nearly 28%. Despite modest profit-taking in many Internet names, the Nasdaq composite eked out a record high "
        "as well, adding 1.47 points to 2,181.77. Small-stock indexes also gained, though they lagged blue chips, with "
        "the S&P SmallCap index rising 0.7%.",
        [C('DJI', 'point_change', 94.23, 'points', '94.23 points', f"chg('DJI','{d}')", ref=d),
         C('DJI', 'pct_change', 1, 'percent', 'or 1%', f"pct('DJI','{d}')", ref=d),
         C('DJI', 'close', 9320.98, 'index_level', '9,320.98', f"close('DJI','{d}')", ref=d),
         C('DJI', 'points_below_record', 54, 'points', 'just 54 points',
           f"r(record_before('DJI','{d}')[1]-close('DJI','{d}'))", qual='just', ref=d),
         C('DJI', 'record_close', 9374.27, 'index_level', '9,374.27', f"record_before('DJI','{d}')", ref=d,
           comp='set Nov. 23'),
         C('DJI', 'up_streak', 8, 'sessions', 'eight straight sessions', f"up_streak('DJI','{d}')", ref=d),
         C('DJI', 'longest_streak_since', '1996', 'year', 'longest winning streak since 1996',
           f"last_streak_as_long('DJI','{d}')", ref=d),
         C('SPX', 'record_close_prior_week', 'last week', 'date', 'eclipsed its peak set last week',
           f"record_before('SPX','{d}')", ref=d),
         C('SPX', 'pct_change', 1.3, 'percent', 'gaining 1.3%', f"pct('SPX','{d}')", ref=d),
         C('SPX', 'record_close', 1241.81, 'index_level', 'a record 1,241.81', f"is_record('SPX','{d}')", ref=d),
         C('SPX', 'ytd_pct', 28, 'percent', 'nearly 28%', f"period_pct('SPX','{d}','Y')", qual='nearly', ref=d,
           window='YTD'),
         C('IXIC', 'record_close', True, 'flag', 'eked out a record high', f"is_record('IXIC','{d}')", ref=d),
         C('IXIC', 'point_change', 1.47, 'points', '1.47 points', f"chg('IXIC','{d}')", ref=d),
         C('IXIC', 'close', 2181.77, 'index_level', '2,181.77', f"close('IXIC','{d}')", ref=d),
         C('SP600', 'pct_change', 0.7, 'percent', 'rising 0.7%', None, ref=d, verdict='unverifiable',
           rule='series not in the files', note='S&P SmallCap 600 is not in the data; RUT rose 0.52% that day (context only).'),
         ])

# ---------------------------------------------------------------------------------------------
d = '2001-09-28'
passage('crains_20010928_sp_worst_quarter_since_87', 'crainsnewyork.com',
        'https://www.crainsnewyork.com/article/20010928/FREE/109280707/markets-up-s-p-has-worst-quarter-since-87',
        "Crain's New York Business", '2001-09-28', 'exact', 'Date in the URL; Friday 2001-09-28 is the last session of Q3.',
        "Stocks rose for the fourth day in five sessions on Friday, but that could not prevent the worst quarter for "
        "the Standard & Poor's 500 Index since the fourth quarter of 1987. The S&P rose 2.2% on Friday and 7.8% for "
        "the week, but for the quarter, it lost 15.8%. The Nasdaq gained 2.6% for the day and 5.3% for the week, but "
        "lost 30% in the quarter. The Dow added 1.9% on Friday and 7.4% for the week, but yielded 16% in the quarter. "
        "To prod the flagging economy, the Fed may reduce interest rates Tuesday. The central bank has cut rates "
        "eight times already this year.",
        [C('SPX', 'up_days_of_5', 4, 'sessions', 'fourth day in five sessions', f"up_days('SPX','{d}',5)", ref=d,
           note='Same count for the Dow and Nasdaq is not asserted; S&P 500 used as "stocks".'),
         C('SPX', 'worst_quarter_since', '1987Q4', 'quarter', 'since the fourth quarter of 1987',
           f"worst_quarter_since('SPX','{d}')", ref=d, window='2001Q3'),
         C('SPX', 'pct_change', 2.2, 'percent', 'rose 2.2% on Friday', f"pct('SPX','{d}')", ref=d),
         C('SPX', 'week_pct', 7.8, 'percent', '7.8% for', f"period_pct('SPX','{d}','W')", ref=d, window='week'),
         C('SPX', 'quarter_pct', -15.8, 'percent', 'it lost 15.8%', f"period_pct('SPX','{d}','Q')", ref=d, window='2001Q3'),
         C('IXIC', 'pct_change', 2.6, 'percent', '2.6% for the day', f"pct('IXIC','{d}')", ref=d),
         C('IXIC', 'week_pct', 5.3, 'percent', '5.3% for the week', f"period_pct('IXIC','{d}','W')", ref=d, window='week'),
         C('IXIC', 'quarter_pct', -30, 'percent', 'lost 30% in the quarter', f"period_pct('IXIC','{d}','Q')", ref=d, window='2001Q3'),
         C('DJI', 'pct_change', 1.9, 'percent', 'added 1.9%', f"pct('DJI','{d}')", ref=d),
         C('DJI', 'week_pct', 7.4, 'percent', '7.4% for the week', f"period_pct('DJI','{d}','W')", ref=d, window='week'),
         C('DJI', 'quarter_pct', -16, 'percent', 'yielded 16%', f"period_pct('DJI','{d}','Q')", ref=d, window='2001Q3'),
         C('FEDFUNDS', 'rate_decision', 'cut', 'event', 'may reduce interest rates Tuesday', None, ref='2001-10-02',
           basis='projection', verdict='forecast', rule='projection; never judged',
           note='FOMC_meetings.csv lists 2001-10-02; DFEDTAR fell 3.00 -> 2.50 on 2001-10-02 (context only).'),
         C('FEDFUNDS', 'n_cuts_ytd', 8, 'count', 'eight times already this year', f"n_fed_cuts('2001-01-01','{d}')",
           ref=d, window='2001 YTD'),
         ])

# ---------------------------------------------------------------------------------------------
d = '2002-05-24'
passage('semissourian_20020524_memorial_day_selloff', 'semissourian.com',
        'https://www.semissourian.com/news/stocks-pull-back-ahead-of-holiday-on-terrorism-fears-75262',
        'Associated Press', '2002-05-24', 'medium',
        'No date on the page; the AP Friday close story before Memorial Day 2002; every figure matches 2002-05-24.',
        "NEW YORK (AP) -- A semiconductor downgrade capped a troubling week on Wall Street Friday, sending stocks "
        "sharply lower before the Memorial Day weekend, on the slowest NYSE trading day of the year. The Dow Jones "
        "industrial average closed down 111.82, or 1.1 percent, at 10,104.26, according to preliminary calculations, "
        "after two days of moderate late-session gains. Technology took the biggest losses, sending the Nasdaq "
        "composite index down 36.14, or 2.1 percent, to 1,661.49. The Standard & Poor's 500 index fell 13.26, or 1.2 "
        "percent, at 1,083.82. It was a losing week for all three indexes: the Dow dropped 2.4 percent, the Nasdaq lost "
        "4.6 percent and the S&P fell nearly 2.1 percent. The three indexes have alternated between weekly gains and "
        "losses all month.",
        [C('DJI', 'point_change', -111.82, 'points', '111.82', f"chg('DJI','{d}')", qual='preliminary', ref=d),
         C('DJI', 'pct_change', -1.1, 'percent', 'or 1.1 percent', f"pct('DJI','{d}')", qual='preliminary', ref=d),
         C('DJI', 'close', 10104.26, 'index_level', '10,104.26', f"close('DJI','{d}')", qual='preliminary', ref=d),
         C('DJI', 'up_streak_prior', 2, 'sessions', 'after two days of moderate late-session gains',
           "up_streak('DJI','2002-05-23')", ref='2002-05-23'),
         C('IXIC', 'point_change', -36.14, 'points', '36.14', f"chg('IXIC','{d}')", ref=d),
         C('IXIC', 'pct_change', -2.1, 'percent', 'or 2.1 percent', f"pct('IXIC','{d}')", ref=d),
         C('IXIC', 'close', 1661.49, 'index_level', '1,661.49', f"close('IXIC','{d}')", ref=d),
         C('SPX', 'point_change', -13.26, 'points', '13.26', f"chg('SPX','{d}')", ref=d),
         C('SPX', 'pct_change', -1.2, 'percent', 'or 1.2 percent', f"pct('SPX','{d}')", ref=d),
         C('SPX', 'close', 1083.82, 'index_level', '1,083.82', f"close('SPX','{d}')", ref=d),
         C('DJI', 'week_pct', -2.4, 'percent', 'the Dow dropped 2.4 percent', f"period_pct('DJI','{d}','W')", ref=d, window='week'),
         C('IXIC', 'week_pct', -4.6, 'percent', 'lost 4.6 percent', f"period_pct('IXIC','{d}','W')", ref=d, window='week'),
         C('SPX', 'week_pct', -2.1, 'percent', 'fell nearly 2.1 percent', f"period_pct('SPX','{d}','W')", qual='nearly', ref=d,
           window='week', note='Signed: "fell nearly 2.1" means a loss of at most 2.1 and at least 2.0 (nearly band applied to the size of the loss).'),
         C('DJI', 'weekly_alternation', 'alternating', 'pattern', 'alternated between weekly gains and',
           "weekly_signs('DJI','2002-05-03','2002-05-24')", ref=d, window='May 2002 weeks'),
         C('IXIC', 'weekly_alternation', 'alternating', 'pattern', 'losses all month',
           "weekly_signs('IXIC','2002-05-03','2002-05-24')", ref=d, window='May 2002 weeks',
           note='The same sentence covers all three indexes; the anchor is the end of the sentence.'),
         C('SPX', 'weekly_alternation', 'alternating', 'pattern', 'The three indexes have',
           "weekly_signs('SPX','2002-05-03','2002-05-24')", ref=d, window='May 2002 weeks',
           note='The same sentence covers all three indexes; the anchor is its subject.'),
         ])

# ---------------------------------------------------------------------------------------------
d = '2003-05-23'
passage('chicagotribune_20030524_quiet_holiday_start', 'chicagotribune.com',
        'http://articles.chicagotribune.com/2003-05-24/business/0305240224_1_s-p-equities-strategist-dow-jones',
        'Chicago Tribune (Tribune news services)', '2003-05-24', 'exact',
        'Date in the URL and on the page; the text is about Friday 2003-05-23.',
        "NEW YORK -- Wall Street drifted into the holiday weekend, with stocks edging higher Friday for lack of "
        "economic and earnings news. The Dow Jones industrial average closed up 7.36, to 8601.38. The Nasdaq composite "
        "index rose 2.54, to 1510.09. The Standard & Poor's 500 index advanced 1.35, to 933.22. But the major gauges "
        "ended the week lower, with the Dow losing 0.9 percent, the Nasdaq shedding 1.8 percent and the S&P giving up "
        "1.2 percent. The Dow ended a three-week winning streak, and the Nasdaq and the S&P snapped five-week winning "
        "streaks. Dividend payers rallied after Congress passed the tax bill; the S&P 500 utility index climbed 3.9 "
        "percent, its biggest advance in over five months.",
        [C('DJI', 'point_change', 7.36, 'points', 'up 7.36', f"chg('DJI','{d}')", ref=d),
         C('DJI', 'close', 8601.38, 'index_level', '8601.38', f"close('DJI','{d}')", ref=d),
         C('IXIC', 'point_change', 2.54, 'points', 'rose 2.54', f"chg('IXIC','{d}')", ref=d),
         C('IXIC', 'close', 1510.09, 'index_level', '1510.09', f"close('IXIC','{d}')", ref=d),
         C('SPX', 'point_change', 1.35, 'points', 'advanced 1.35', f"chg('SPX','{d}')", ref=d),
         C('SPX', 'close', 933.22, 'index_level', '933.22', f"close('SPX','{d}')", ref=d),
         C('DJI', 'week_pct', -0.9, 'percent', 'losing 0.9 percent', f"period_pct('DJI','{d}','W')", ref=d, window='week'),
         C('IXIC', 'week_pct', -1.8, 'percent', 'shedding 1.8 percent', f"period_pct('IXIC','{d}','W')", ref=d, window='week'),
         C('SPX', 'week_pct', -1.2, 'percent', 'giving up 1.2 percent', f"period_pct('SPX','{d}','W')", ref=d, window='week'),
         C('DJI', 'prior_week_streak', 3, 'weeks', 'three-week winning streak', f"prev_week_streak('DJI','{d}')", ref=d),
         C('IXIC', 'prior_week_streak', 5, 'weeks', 'five-week winning', f"prev_week_streak('IXIC','{d}')", ref=d),
         C('SPX', 'prior_week_streak', 5, 'weeks', 'the Nasdaq and the S&P snapped', f"prev_week_streak('SPX','{d}')", ref=d,
           note='Anchor is the shared subject; the figure "five-week" is anchored by the Nasdaq claim.'),
         C('SPX_SECTORS', 'pct_change', 3.9, 'percent', 'climbed 3.9 percent', None, ref=d, verdict='unverifiable',
           rule='series not in the files', note='S&P 500 utilities index is not in the files; XLU (adj_close only) is a proxy and never decides.'),
         C('SPX_SECTORS', 'biggest_gain_since', 'over five months', 'window', 'biggest advance in over five months', None,
           ref=d, verdict='unverifiable', rule='series not in the files'),
         ])

# ---------------------------------------------------------------------------------------------
d = '2003-09-05'; th = '2003-09-04'
passage('chicagotribune_20030906_jobs_report_ends_run', 'chicagotribune.com',
        'http://articles.chicagotribune.com/2003-09-06/business/0309060218_1_nasdaq-composite-index-dow-jones-points-in-early-trading',
        'Chicago Tribune (Tribune news services)', '2003-09-06', 'exact',
        'Date in the URL; Friday 2003-09-05 session, with Thursday 2003-09-04 figures.',
        "NEW YORK -- A disappointing jobs report and rating downgrades rattled Wall Street Friday, ending a seven-day "
        "rise for the Nasdaq composite index and a five-day, 254-point rise for the Dow Jones industrial average. The "
        "Dow closed down 84.56, at 9503.34, and the Standard & Poor's 500 index fell 6.58, to 1021.39, after an "
        "eight-day gain of nearly 35 points. Thursday, both hit their highest closes since June 18, 2002. The Nasdaq "
        "dropped 10.73, to 1858.24, following a seven-day gain of 104 points that had taken it to its highest close "
        "since March 19, 2002. The tech-heavy index was up more than 18 points in early trading. But all three indexes "
        "rose for the week. The Dow advanced 0.9 percent in its fifth straight winning week. The Nasdaq ended the week "
        "up 2.6 percent, and the S&P rose 1.3 percent. It was the fourth straight winning week for both.",
        [C('IXIC', 'up_streak', 7, 'sessions', 'seven-day rise', f"up_streak('IXIC','{th}')", ref=th),
         C('DJI', 'up_streak', 5, 'sessions', 'five-day, 254-point', f"up_streak('DJI','{th}')", ref=th),
         C('DJI', 'window_points', 254, 'points', '254-point rise', f"n_day('DJI','{th}',5,'pts')", ref=th, window='5 sessions to Thursday'),
         C('DJI', 'point_change', -84.56, 'points', '84.56', f"chg('DJI','{d}')", ref=d),
         C('DJI', 'close', 9503.34, 'index_level', '9503.34', f"close('DJI','{d}')", ref=d),
         C('SPX', 'point_change', -6.58, 'points', '6.58', f"chg('SPX','{d}')", ref=d),
         C('SPX', 'close', 1021.39, 'index_level', '1021.39', f"close('SPX','{d}')", ref=d),
         C('SPX', 'window_points', 35, 'points', 'nearly 35 points', f"n_day('SPX','{th}',8,'pts')", qual='nearly', ref=th,
           window='8 sessions to Thursday'),
         C('SPX', 'up_streak', 8, 'sessions', 'eight-day gain', f"up_streak('SPX','{th}')", ref=th),
         C('DJI', 'highest_since', '2002-06-18', 'date', 'highest closes since June 18, 2002', f"highest_since('DJI','{th}')", ref=th),
         C('SPX', 'highest_since', '2002-06-18', 'date', 'Thursday, both hit', f"highest_since('SPX','{th}')", ref=th,
           note='Anchor is the start of the sentence shared with the Dow claim.'),
         C('IXIC', 'point_change', -10.73, 'points', '10.73', f"chg('IXIC','{d}')", ref=d),
         C('IXIC', 'close', 1858.24, 'index_level', '1858.24', f"close('IXIC','{d}')", ref=d),
         C('IXIC', 'window_points', 104, 'points', '104 points', f"n_day('IXIC','{th}',7,'pts')", ref=th, window='7 sessions to Thursday'),
         C('IXIC', 'highest_since', '2002-03-19', 'date', 'since March 19, 2002', f"highest_since('IXIC','{th}')", ref=th),
         C('IXIC', 'intraday_gain', 18, 'points', 'more than 18 points in early trading', f"r(high('IXIC','{d}')-close('IXIC','{th}'))",
           qual='more than', ref=d, basis='early trading'),
         C('DJI', 'week_pct', 0.9, 'percent', 'advanced 0.9 percent', f"period_pct('DJI','{d}','W')", ref=d, window='week'),
         C('DJI', 'week_streak', 5, 'weeks', 'fifth straight winning week', f"week_streak('DJI','{d}')", ref=d),
         C('IXIC', 'week_pct', 2.6, 'percent', 'up 2.6 percent', f"period_pct('IXIC','{d}','W')", ref=d, window='week'),
         C('SPX', 'week_pct', 1.3, 'percent', 'rose 1.3 percent', f"period_pct('SPX','{d}','W')", ref=d, window='week'),
         C('IXIC', 'week_streak', 4, 'weeks', 'fourth straight winning week', f"week_streak('IXIC','{d}')", ref=d),
         C('SPX', 'week_streak', 4, 'weeks', 'for both', f"week_streak('SPX','{d}')", ref=d),
         ])

# ---------------------------------------------------------------------------------------------
d = '2005-06-03'
passage('newson6_20050604_weak_jobs_oil', 'newson6.com',
        'https://www.newson6.com/story/5e368b7c2f69d76f620a2807/stocks-sink-at-close-of-disappointing-week',
        'Associated Press', '2005-06-04', 'exact', 'Page dated Saturday, June 4th 2005; the text is about Friday 2005-06-03.',
        "NEW YORK (AP) _ Wall Street ended a disheartening week sharply lower Friday after a government report showed "
        "the slowest job growth in nearly two years. Steadily climbing oil prices, which topped $55 per barrel, helped "
        "push the major indexes to losses for the week. The Dow Jones industrial average fell 92.52, or 0.88 percent, "
        "to 10,460.97. The Standard & Poor's 500 index was down 8.27, or 0.69 percent, at 1,196.02, and the Nasdaq "
        "composite index lost 26.37, or 1.26 percent, to 2,071.43.",
        [C('DJI', 'week_pct', 0, 'percent', 'losses for the week', f"period_pct('DJI','{d}','W')", qual='less than', ref=d,
           window='week', note='"the major indexes to losses for the week": each weekly change must be negative.'),
         C('SPX', 'week_pct', 0, 'percent', 'push the major indexes', f"period_pct('SPX','{d}','W')", qual='less than', ref=d, window='week'),
         C('IXIC', 'week_pct', 0, 'percent', 'helped', f"period_pct('IXIC','{d}','W')", qual='less than', ref=d, window='week'),
         C('DJI', 'point_change', -92.52, 'points', '92.52', f"chg('DJI','{d}')", ref=d),
         C('DJI', 'pct_change', -0.88, 'percent', '0.88 percent', f"pct('DJI','{d}')", ref=d),
         C('DJI', 'close', 10460.97, 'index_level', '10,460.97', f"close('DJI','{d}')", ref=d),
         C('SPX', 'point_change', -8.27, 'points', '8.27', f"chg('SPX','{d}')", ref=d),
         C('SPX', 'pct_change', -0.69, 'percent', '0.69 percent', f"pct('SPX','{d}')", ref=d),
         C('SPX', 'close', 1196.02, 'index_level', '1,196.02', f"close('SPX','{d}')", ref=d),
         C('IXIC', 'point_change', -26.37, 'points', '26.37', f"chg('IXIC','{d}')", ref=d),
         C('IXIC', 'pct_change', -1.26, 'percent', '1.26 percent', f"pct('IXIC','{d}')", ref=d),
         C('IXIC', 'close', 2071.43, 'index_level', '2,071.43', f"close('IXIC','{d}')", ref=d),
         ])

# ---------------------------------------------------------------------------------------------
d = '2005-06-24'
passage('foxnews_20050625_oil_near_record_selloff', 'foxnews.com',
        'http://www.foxnews.com/story/2005/06/25/stocks-tumble-amid-high-oil-prices.html', 'Fox News',
        '2005-06-25', 'exact', 'Date in the URL; the text is about Friday 2005-06-24.',
        "Stocks fell sharply Friday as oil held close to a record high, and investors shrugged off mostly upbeat "
        "data on durable goods and new home sales. The Dow, the Standard & Poor's 500 index and the Nasdaq Composite "
        "all posted their worst weekly percentage declines in more than two months. The Dow Jones industrial average "
        "tumbled 123.60 points, or 1.19 percent, to end at 10,297.84. The S&P 500 dropped 9.16 points, or 0.76 "
        "percent, to close at 1,191.57. The Nasdaq Composite lost 17.39 points, or 0.84 percent, to finish at "
        "2,053.27. For the week, the Dow fell 3.06 percent, the S&P 500 declined 2.09 percent and Nasdaq was off 1.76 "
        "percent.",
        [C('DJI', 'worst_week_since', 'more than two months', 'window', 'worst weekly percentage declines in more than two months',
           f"worst_week_since('DJI','{d}')", qual='more than', ref=d),
         C('SPX', 'worst_week_since', 'more than two months', 'window', 'the Standard & Poor\'s 500 index and the Nasdaq Composite',
           f"worst_week_since('SPX','{d}')", qual='more than', ref=d, note='Anchor is the shared subject of the sentence.'),
         C('IXIC', 'worst_week_since', 'more than two months', 'window', 'all posted their', f"worst_week_since('IXIC','{d}')",
           qual='more than', ref=d),
         C('DJI', 'point_change', -123.60, 'points', '123.60', f"chg('DJI','{d}')", ref=d),
         C('DJI', 'pct_change', -1.19, 'percent', '1.19 percent', f"pct('DJI','{d}')", ref=d),
         C('DJI', 'close', 10297.84, 'index_level', '10,297.84', f"close('DJI','{d}')", ref=d),
         C('SPX', 'point_change', -9.16, 'points', '9.16 points', f"chg('SPX','{d}')", ref=d),
         C('SPX', 'pct_change', -0.76, 'percent', '0.76', f"pct('SPX','{d}')", ref=d),
         C('SPX', 'close', 1191.57, 'index_level', '1,191.57', f"close('SPX','{d}')", ref=d),
         C('IXIC', 'point_change', -17.39, 'points', '17.39', f"chg('IXIC','{d}')", ref=d),
         C('IXIC', 'pct_change', -0.84, 'percent', '0.84 percent', f"pct('IXIC','{d}')", ref=d),
         C('IXIC', 'close', 2053.27, 'index_level', '2,053.27', f"close('IXIC','{d}')", ref=d),
         C('DJI', 'week_pct', -3.06, 'percent', 'fell 3.06 percent', f"period_pct('DJI','{d}','W')", ref=d, window='week'),
         C('SPX', 'week_pct', -2.09, 'percent', 'declined 2.09 percent', f"period_pct('SPX','{d}','W')", ref=d, window='week'),
         C('IXIC', 'week_pct', -1.76, 'percent', 'off 1.76', f"period_pct('IXIC','{d}','W')", ref=d, window='week'),
         ])

# ---------------------------------------------------------------------------------------------
d = '2006-11-24'
passage('foxnews_20061124_dollar_dive_black_friday', 'foxnews.com',
        'https://foxnews.com/story/u-s-dollars-dive-weighs-on-wall-street.amp', 'Fox News (Associated Press copy)',
        '2006-11-24', 'medium', 'No date on the page; a post-Thanksgiving half session whose closes all match Friday 2006-11-24.',
        "Stocks fell Friday in thin trading, ending a shortened week quietly as the holiday shopping season began and "
        "the dollar fell steeply against other major currencies. The major indexes ended the week mixed, with only the "
        "Nasdaq composite index showing a gain. The stock markets closed at 1 p.m. EST, rather than 4 p.m. The Dow "
        "Jones industrial average fell 46.78, or 0.38 percent, to 12,280.17. The Standard & Poor's 500 index was down "
        "5.14, or 0.37 percent, at 1,400.95, managing to stay above the 1,400 mark. The Nasdaq was down 5.72, or 0.23 "
        "percent, at 2,460.26. For the week, the Dow fell 0.51 percent and the S&P slipped 0.02 percent, while the "
        "Nasdaq gained 0.59 percent.",
        [C('IXIC', 'only_weekly_gainer', True, 'flag', 'with only the', f"[period_pct(t,'{d}','W')>0 for t in ('DJI','SPX','IXIC')]",
           ref=d, window='week', note='Computed as [Dow up, S&P up, Nasdaq up] for the week; the claim needs [False, False, True].'),
         C('DJI', 'point_change', -46.78, 'points', '46.78', f"chg('DJI','{d}')", ref=d),
         C('DJI', 'pct_change', -0.38, 'percent', '0.38 percent', f"pct('DJI','{d}')", ref=d),
         C('DJI', 'close', 12280.17, 'index_level', '12,280.17', f"close('DJI','{d}')", ref=d),
         C('SPX', 'point_change', -5.14, 'points', '5.14', f"chg('SPX','{d}')", ref=d),
         C('SPX', 'pct_change', -0.37, 'percent', '0.37 percent', f"pct('SPX','{d}')", ref=d),
         C('SPX', 'close', 1400.95, 'index_level', '1,400.95', f"close('SPX','{d}')", ref=d),
         C('SPX', 'close_above', 1400, 'index_level', 'stay above the 1,400 mark', f"close('SPX','{d}')", qual='above', ref=d),
         C('IXIC', 'point_change', -5.72, 'points', '5.72', f"chg('IXIC','{d}')", ref=d),
         C('IXIC', 'pct_change', -0.23, 'percent', '0.23', f"pct('IXIC','{d}')", ref=d),
         C('IXIC', 'close', 2460.26, 'index_level', '2,460.26', f"close('IXIC','{d}')", ref=d),
         C('DJI', 'week_pct', -0.51, 'percent', 'fell 0.51 percent', f"period_pct('DJI','{d}','W')", ref=d, window='week'),
         C('SPX', 'week_pct', -0.02, 'percent', 'slipped 0.02 percent', f"period_pct('SPX','{d}','W')", ref=d, window='week'),
         C('IXIC', 'week_pct', 0.59, 'percent', 'gained 0.59 percent', f"period_pct('IXIC','{d}','W')", ref=d, window='week'),
         ])

# ---------------------------------------------------------------------------------------------
d = '2008-05-23'
passage('abcnews_20080523_oil_worst_week_in_3_months', 'abcnews.go.com',
        'https://abcnews.go.com/Business/story?id=4924883&page=2', 'ABC News (Associated Press)',
        '2008-05-23', 'medium', 'No date in the excerpt; the Friday before Memorial Day 2008; every close matches 2008-05-23.',
        "Stocks ended a week of big losses with more selling Friday as rising oil prices again stirred worries that "
        "strained consumers will cut spending. The Dow Jones industrials fell nearly 150 points in the final session "
        "before the three-day holiday weekend. The Dow fell 145.99, or 1.16%, to 12,479.63, for its worst week since "
        "early February. The Standard & Poor's 500 index fell 18.42, or 1.32%, to 1,375.93, and the Nasdaq composite "
        "index fell 19.91, or 0.81%, to 2,444.67. For the week, the Dow is down 3.91%, the S&P 500 gave up 3.47% and "
        "the Nasdaq lost 3.33%. Stocks managed gains Thursday after the Dow's biggest two-day loss since late February.",
        [C('DJI', 'point_change', -150, 'points', 'nearly 150 points', f"chg('DJI','{d}')", qual='nearly', ref=d),
         C('DJI', 'point_change', -145.99, 'points', '145.99', f"chg('DJI','{d}')", ref=d),
         C('DJI', 'pct_change', -1.16, 'percent', '1.16%', f"pct('DJI','{d}')", ref=d),
         C('DJI', 'close', 12479.63, 'index_level', '12,479.63', f"close('DJI','{d}')", ref=d),
         C('DJI', 'worst_week_since', 'early February', 'date', 'worst week since early February', f"worst_week_since('DJI','{d}')", ref=d),
         C('SPX', 'point_change', -18.42, 'points', '18.42', f"chg('SPX','{d}')", ref=d),
         C('SPX', 'pct_change', -1.32, 'percent', '1.32%', f"pct('SPX','{d}')", ref=d),
         C('SPX', 'close', 1375.93, 'index_level', '1,375.93', f"close('SPX','{d}')", ref=d),
         C('IXIC', 'point_change', -19.91, 'points', '19.91', f"chg('IXIC','{d}')", ref=d),
         C('IXIC', 'pct_change', -0.81, 'percent', '0.81%', f"pct('IXIC','{d}')", ref=d),
         C('IXIC', 'close', 2444.67, 'index_level', '2,444.67', f"close('IXIC','{d}')", ref=d),
         C('DJI', 'week_pct', -3.91, 'percent', 'down 3.91%', f"period_pct('DJI','{d}','W')", ref=d, window='week'),
         C('SPX', 'week_pct', -3.47, 'percent', 'gave up 3.47%', f"period_pct('SPX','{d}','W')", ref=d, window='week'),
         C('IXIC', 'week_pct', -3.33, 'percent', 'lost 3.33%', f"period_pct('IXIC','{d}','W')", ref=d, window='week'),
         C('DJI', 'worst_2day_since', 'late February', 'date', "biggest two-day loss since late February",
           "worst_n_day_since('DJI','2008-05-21',2)", ref='2008-05-21', window='2008-05-20..21'),
         ])

# ---------------------------------------------------------------------------------------------
d = '2008-08-08'
passage('intellivest_20080808_oil_drop_gains', 'intellivestsecurities.blogspot.com',
        'http://intellivestsecurities.blogspot.com/2008/08/8808-market-closes-with-strong-gains.html',
        'Intellivest Securities (broker blog)', '2008-08-08', 'exact', 'Post dated Friday, August 8, 2008, about that close.',
        "8/8/08: the market closed with strong gains on lower oil prices. The Dow closed up 302.89 at 11734.32; the "
        "NASDAQ gained 58.37 to close at 2414.10, and the S&P closed at 1296.32, up 30.25, on several items of good "
        "news: oil fell below $115 a barrel while the dollar gained, with the dollar index up 1.8%. Financials had a "
        "good day.",
        [C('DJI', 'point_change', 302.89, 'points', '302.89', f"chg('DJI','{d}')", ref=d),
         C('DJI', 'close', 11734.32, 'index_level', '11734.32', f"close('DJI','{d}')", ref=d),
         C('IXIC', 'point_change', 58.37, 'points', '58.37', f"chg('IXIC','{d}')", ref=d),
         C('IXIC', 'close', 2414.10, 'index_level', '2414.10', f"close('IXIC','{d}')", ref=d),
         C('SPX', 'close', 1296.32, 'index_level', '1296.32', f"close('SPX','{d}')", ref=d),
         C('SPX', 'point_change', 30.25, 'points', '30.25', f"chg('SPX','{d}')", ref=d),
         C('DXY', 'pct_change', 1.8, 'percent', 'up 1.8%', None, ref=d, verdict='unverifiable', rule='series not in the files'),
         ])

# ---------------------------------------------------------------------------------------------
d = '2009-05-29'
passage('chicagotribune_20090530_spring_rally_third_month', 'chicagotribune.com',
        'http://articles.chicagotribune.com/2009-05-30/news/0905290307_1_s-p-dow-jones-mix-of-economic-data',
        'Chicago Tribune (Tribune news services)', '2009-05-30', 'exact', 'Date in the URL; Friday 2009-05-29 is the last session of May.',
        "Wall Street sealed the third month of its spring rally with a sizable advance, as stocks shot higher before "
        "Friday's closing bell. On Friday, the Dow Jones industrial average rose 96.53, or 1.2 percent, to 8500.33. "
        "The Standard & Poor's 500 index gained 12.31, or 1.4 percent, to 919.14, while the Nasdaq composite index "
        "rose 22.54, or 1.3 percent, to 1774.33. All three indexes had their third consecutive monthly gain. The Dow "
        "finished up 4.1 percent for May, the S&P 500 index gained 5.3 percent, and the Nasdaq 3.3 percent. Since the "
        "12-year lows of March 9, the Dow is up 29.8 percent, the S&P 500 index has gained 35.9 percent and the Nasdaq "
        "is higher by 39.9 percent. Stocks remain far below their October 2007 peak: the Dow is off 40 percent, the "
        "S&P 500 index lower by 41.3 percent.",
        [C('DJI', 'point_change', 96.53, 'points', '96.53', f"chg('DJI','{d}')", ref=d),
         C('DJI', 'pct_change', 1.2, 'percent', 'or 1.2 percent', f"pct('DJI','{d}')", ref=d),
         C('DJI', 'close', 8500.33, 'index_level', '8500.33', f"close('DJI','{d}')", ref=d),
         C('SPX', 'point_change', 12.31, 'points', '12.31', f"chg('SPX','{d}')", ref=d),
         C('SPX', 'pct_change', 1.4, 'percent', 'or 1.4 percent', f"pct('SPX','{d}')", ref=d),
         C('SPX', 'close', 919.14, 'index_level', '919.14', f"close('SPX','{d}')", ref=d),
         C('IXIC', 'point_change', 22.54, 'points', '22.54', f"chg('IXIC','{d}')", ref=d),
         C('IXIC', 'pct_change', 1.3, 'percent', 'or 1.3 percent', f"pct('IXIC','{d}')", ref=d),
         C('IXIC', 'close', 1774.33, 'index_level', '1774.33', f"close('IXIC','{d}')", ref=d),
         C('DJI', 'month_streak', 3, 'months', 'third consecutive monthly gain', f"[month_streak(t,'{d}') for t in ('DJI','SPX','IXIC')]",
           ref=d, note='One claim for all three indexes; computed as [Dow, S&P 500, Nasdaq] streak lengths.'),
         C('DJI', 'month_pct', 4.1, 'percent', 'up 4.1 percent for May', f"period_pct('DJI','{d}','M')", ref=d, window='May 2009'),
         C('SPX', 'month_pct', 5.3, 'percent', 'gained 5.3 percent', f"period_pct('SPX','{d}','M')", ref=d, window='May 2009'),
         C('IXIC', 'month_pct', 3.3, 'percent', 'the Nasdaq 3.3 percent', f"period_pct('IXIC','{d}','M')", ref=d, window='May 2009'),
         C('DJI', 'since_pct', 29.8, 'percent', '29.8 percent', f"win_pct('DJI','2009-03-09','{d}')", ref=d, window='since 2009-03-09'),
         C('SPX', 'since_pct', 35.9, 'percent', '35.9 percent', f"win_pct('SPX','2009-03-09','{d}')", ref=d, window='since 2009-03-09'),
         C('IXIC', 'since_pct', 39.9, 'percent', '39.9 percent', f"win_pct('IXIC','2009-03-09','{d}')", ref=d, window='since 2009-03-09'),
         C('DJI', 'pct_from_ath', 40, 'percent', 'the Dow is off 40 percent', f"pct_below('DJI','{d}',record_before('DJI','{d}')[1])", ref=d),
         C('SPX', 'pct_from_ath', 41.3, 'percent', '41.3 percent', f"pct_below('SPX','{d}',record_before('SPX','{d}')[1])", ref=d),
         ])

# ---------------------------------------------------------------------------------------------
d = '2009-12-28'
passage('startribune_20091228_sixth_straight_gain', 'startribune.com', 'https://startribune.com/airline-shares-fall-as-indexes-rise/80230497',
        'Associated Press (via Star Tribune)', '2009-12-28', 'medium',
        'No date in the excerpt; Monday after Christmas 2009 (market closed Christmas and New Year\'s Day); every close matches 2009-12-28.',
        "NEW YORK - Better holiday sales and rising commodity prices pushed stocks to their sixth straight gain and new "
        "highs for 2009. Major indexes edged higher in light trading Monday, while airline shares fell after two "
        "security incidents on Northwest flights. The Dow Jones industrial average rose 26.98, or 0.3 percent, to "
        "10,547.08, its highest close since Oct. 1, 2008. The Standard & Poor's 500 index rose 1.30, or 0.1 percent, "
        "to 1,127.78, and the Nasdaq composite index advanced 5.39, or 0.2 percent, to 2,291.08. The Dow Jones "
        "transportation average fell 0.6 percent.",
        [C('SPX', 'up_streak', 6, 'sessions', 'sixth straight gain', f"[up_streak(t,'{d}') for t in ('DJI','SPX','IXIC')]", ref=d,
           note='Computed as [Dow, S&P 500, Nasdaq] streaks; "stocks" read as the major indexes.'),
         C('SPX', 'year_high', True, 'flag', 'new highs for 2009', f"[is_year_high(t,'{d}') for t in ('DJI','SPX','IXIC')]", ref=d,
           note='Computed as [Dow, S&P 500, Nasdaq] closes above every earlier 2009 close.'),
         C('DJI', 'point_change', 26.98, 'points', '26.98', f"chg('DJI','{d}')", ref=d),
         C('DJI', 'pct_change', 0.3, 'percent', 'or 0.3 percent', f"pct('DJI','{d}')", ref=d),
         C('DJI', 'close', 10547.08, 'index_level', '10,547.08', f"close('DJI','{d}')", ref=d),
         C('DJI', 'highest_since', '2008-10-01', 'date', 'highest close since Oct. 1, 2008', f"highest_since('DJI','{d}')", ref=d),
         C('SPX', 'point_change', 1.30, 'points', 'rose 1.30', f"chg('SPX','{d}')", ref=d),
         C('SPX', 'pct_change', 0.1, 'percent', 'or 0.1 percent', f"pct('SPX','{d}')", ref=d),
         C('SPX', 'close', 1127.78, 'index_level', '1,127.78', f"close('SPX','{d}')", ref=d),
         C('IXIC', 'point_change', 5.39, 'points', '5.39', f"chg('IXIC','{d}')", ref=d),
         C('IXIC', 'pct_change', 0.2, 'percent', 'or 0.2 percent', f"pct('IXIC','{d}')", ref=d),
         C('IXIC', 'close', 2291.08, 'index_level', '2,291.08', f"close('IXIC','{d}')", ref=d),
         C('DJT', 'pct_change', -0.6, 'percent', 'fell 0.6 percent', None, ref=d, verdict='unverifiable', rule='series not in the files'),
         ])

# ---------------------------------------------------------------------------------------------
d = '2010-08-13'
passage('cnbc_20100813_nasdaq_fourth_worst_week', 'cnbc.com', 'https://www.cnbc.com/id/38694821', 'CNBC',
        '2010-08-13', 'high', 'No date in the excerpt; "this Friday the 13th" in a 2010 weekly recap with figures matching Friday 2010-08-13.',
        "In a week of signs that the US recovery is slowing, the major indexes ended in negative territory, the NASDAQ "
        "bringing up the rear with a 5% loss for the week, its 4th worst week of the year. Since 1896 there have been "
        "194 Friday the 13ths, and the Dow closed higher on 58% of them. The Dow ended down -350.41 or -3.29% for the "
        "week, its worst weekly % decline since 7/2/10 when it shed -4.51%. The Dow has recorded weekly % declines of "
        "-3% or more 5 times this year including the current week. On Friday the Dow posted a 4-consecutive day "
        "decline of -395.6 points or -3.70%, its worst 4-day losing streak since 7/2/10 when it fell -452.04 or "
        "-4.46%. The last Friday the 13th, 11/13/09, the Dow closed up 73 points or 0.72% at 10,270.47. The Dow is off "
        "by -3,861.38 or -27.26% from the market peak on October 9, 2007 of 14,164.53, off by -901.88 or -8.05% from "
        "its 2010 closing high of 11,205.03 reached on 4/26, and up 616.67 or 6.37% from its 2010 closing low of "
        "9686.48 reached on 7/2.",
        [C('IXIC', 'week_pct', -5, 'percent', 'a 5% loss for the week', f"period_pct('IXIC','{d}','W')", ref=d, window='week'),
         C('IXIC', 'week_rank_worst', 4, 'rank', '4th worst week of the year', f"weekly_rank_worst('IXIC',2010,'{d}')", ref=d),
         C('DJI', 'friday13_history', '194 / 58%', 'count', '194 Friday the 13ths', None, ref=d, verdict='unverifiable',
           rule='history before the file starts', note='Needs Dow history from 1896; the Dow file starts 1992.'),
         C('DJI', 'week_points', -350.41, 'points', '-350.41', f"period_chg('DJI','{d}','W')", ref=d, window='week'),
         C('DJI', 'week_pct', -3.29, 'percent', '-3.29%', f"period_pct('DJI','{d}','W')", ref=d, window='week'),
         C('DJI', 'worst_week_since', '2010-07-02', 'date', 'worst weekly % decline since 7/2/10', f"worst_week_since('DJI','{d}')", ref=d),
         C('DJI', 'week_pct', -4.51, 'percent', '-4.51%', "period_pct('DJI','2010-07-02','W')", ref='2010-07-02', window='week'),
         C('DJI', 'n_weekly_declines_3pct', 5, 'count', '5 times this year', f"weekly_declines_at_least('DJI',2010,'{d}',3)", ref=d),
         C('DJI', 'down_streak', 4, 'sessions', '4-consecutive day', f"down_streak('DJI','{d}')", ref=d),
         C('DJI', 'window_points', -395.6, 'points', '-395.6 points', f"n_day('DJI','{d}',4,'pts')", ref=d, window='4 sessions'),
         C('DJI', 'window_pct', -3.70, 'percent', '-3.70%', f"n_day('DJI','{d}',4)", ref=d, window='4 sessions'),
         C('DJI', 'window_points', -452.04, 'points', '-452.04', "n_day('DJI','2010-07-02',4,'pts')", ref='2010-07-02', window='4 sessions'),
         C('DJI', 'window_pct', -4.46, 'percent', '-4.46%', "n_day('DJI','2010-07-02',4)", ref='2010-07-02', window='4 sessions'),
         C('DJI', 'point_change', 73, 'points', 'up 73 points', "chg('DJI','2009-11-13')", ref='2009-11-13'),
         C('DJI', 'pct_change', 0.72, 'percent', '0.72%', "pct('DJI','2009-11-13')", ref='2009-11-13'),
         C('DJI', 'close', 10270.47, 'index_level', '10,270.47', "close('DJI','2009-11-13')", ref='2009-11-13'),
         C('DJI', 'points_from_ath', -3861.38, 'points', '-3,861.38', f"win_chg('DJI','2007-10-09','{d}')", ref=d),
         C('DJI', 'pct_from_ath', -27.26, 'percent', '-27.26%', f"win_pct('DJI','2007-10-09','{d}')", ref=d,
           note='Kept signed as written (the text writes "off by -27.26%").'),
         C('DJI', 'record_close', 14164.53, 'index_level', '14,164.53', f"record_before('DJI','{d}')", ref=d, comp='October 9, 2007'),
         C('DJI', 'points_from_high', -901.88, 'points', '-901.88', f"win_chg('DJI','2010-04-26','{d}')", ref=d),
         C('DJI', 'pct_from_high', -8.05, 'percent', '-8.05%', f"win_pct('DJI','2010-04-26','{d}')", ref=d),
         C('DJI', 'year_high_close', 11205.03, 'index_level', '11,205.03', f"year_extreme('DJI','{d}','max')", ref=d, comp='4/26'),
         C('DJI', 'points_from_low', 616.67, 'points', '616.67', f"win_chg('DJI','2010-07-02','{d}')", ref=d),
         C('DJI', 'pct_from_low', 6.37, 'percent', '6.37%', f"win_pct('DJI','2010-07-02','{d}')", ref=d),
         C('DJI', 'year_low_close', 9686.48, 'index_level', '9686.48', f"year_extreme('DJI','{d}','min')", ref=d, comp='7/2'),
         ])

# ---------------------------------------------------------------------------------------------
d = '2012-02-29'
passage('buffalonews_20120229_nasdaq_touches_3000', 'buffalonews.com', 'https://buffalonews.com/2012/02/29/stocks-record-best-february-since-1998/',
        'The Buffalo News (Associated Press)', '2012-02-29', 'exact', 'Date in the URL; Wednesday 2012-02-29 is the last session of February.',
        "The Nasdaq composite index briefly broke through 3,000 Wednesday for the first time since the dot-com collapse "
        "more than a decade ago. Stocks ended lower, but it was still the best February on Wall Street in 14 years. The "
        "milestone came a day after the Dow Jones industrial average closed above 13,000 for the first time since May "
        "2008. The Nasdaq last hit 3,000 on Dec. 13, 2000; its last close above 3,000 was two days earlier. It was only "
        "above 3,000 for seconds Wednesday before closing down 19.87 points at 2,966.89. The Dow lost 53.05 to close "
        "at 12,952.07. The Standard & Poor's 500 index fell 6.50 points to close at 1,365.68. For the month, the Dow "
        "gained 2.5 percent, the S&P 4.1 percent and the Nasdaq 5.4 percent. The last time the stock market had such a "
        "strong February was in 1998, when the S&P gained 7 percent. The Nasdaq has gained 14.5 percent this year, "
        "compared with 6.4 percent for the Dow and 9.1 percent for the S&P 500.",
        [C('IXIC', 'intraday_above', 3000, 'index_level', 'briefly broke through 3,000', f"high('IXIC','{d}')", qual='above', ref=d,
           basis='intraday high'),
         C('IXIC', 'best_feb_since', 1998, 'year', 'best February on Wall Street in 14 years', f"best_same_month_since('SPX','{d}')", ref=d,
           note='Judged on the S&P 500, as the text does below.'),
         C('DJI', 'last_close_above_13000', '2008-05', 'month', 'first time since May', "last_close_above('DJI',13000,'2012-02-28')",
           ref='2012-02-28'),
         C('IXIC', 'last_intraday_3000', '2000-12-13', 'date', 'last hit 3,000 on Dec. 13, 2000', f"last_high_above('IXIC',3000,'2012-02-29')",
           ref=d, basis='intraday high', note='Computed over highs strictly before 2012-02-29.'),
         C('IXIC', 'last_close_above_3000', '2000-12-11', 'date', 'two days earlier', f"last_close_above('IXIC',3000,'{d}')", ref=d),
         C('IXIC', 'point_change', -19.87, 'points', '19.87', f"chg('IXIC','{d}')", ref=d),
         C('IXIC', 'close', 2966.89, 'index_level', '2,966.89', f"close('IXIC','{d}')", ref=d),
         C('DJI', 'point_change', -53.05, 'points', '53.05', f"chg('DJI','{d}')", ref=d),
         C('DJI', 'close', 12952.07, 'index_level', '12,952.07', f"close('DJI','{d}')", ref=d),
         C('SPX', 'point_change', -6.50, 'points', '6.50', f"chg('SPX','{d}')", ref=d),
         C('SPX', 'close', 1365.68, 'index_level', '1,365.68', f"close('SPX','{d}')", ref=d),
         C('DJI', 'month_pct', 2.5, 'percent', 'gained 2.5 percent', f"period_pct('DJI','{d}','M')", ref=d, window='February 2012'),
         C('SPX', 'month_pct', 4.1, 'percent', 'the S&P 4.1 percent', f"period_pct('SPX','{d}','M')", ref=d, window='February 2012'),
         C('IXIC', 'month_pct', 5.4, 'percent', 'the Nasdaq 5.4 percent', f"period_pct('IXIC','{d}','M')", ref=d, window='February 2012'),
         C('SPX', 'month_pct', 7, 'percent', 'the S&P gained 7 percent', "period_pct('SPX','1998-02-27','M')", ref='1998-02-27', window='February 1998'),
         C('IXIC', 'ytd_pct', 14.5, 'percent', '14.5 percent', f"period_pct('IXIC','{d}','Y')", ref=d, window='YTD'),
         C('DJI', 'ytd_pct', 6.4, 'percent', '6.4 percent', f"period_pct('DJI','{d}','Y')", ref=d, window='YTD'),
         C('SPX', 'ytd_pct', 9.1, 'percent', '9.1 percent', f"period_pct('SPX','{d}','Y')", ref=d, window='YTD'),
         ])

# ---------------------------------------------------------------------------------------------
d = '2012-12-27'
passage('investing_20121228_treasury_yield_snapshot', 'investing.com', 'https://m.investing.com/analysis/a-treasury-yield-snapshot-149036?ampMode=1',
        'Advisor Perspectives (via Investing.com)', '2012-12-28', 'exact', 'Dated Dec 28, 2012 11:47AM ET; figures are "through Thursday\'s close", 2012-12-27.',
        "Charts updated through Thursday's close. The S&P 500 is now 3.25% off its interim high of 1,465.77 set on "
        "September 14th, the day after QE3 was announced. The interim low since then was 1,353.52, a decline of 7.66%, a "
        "month later on November 15. The 10-year note closed yesterday at 1.74, which is 14 basis points off its "
        "interim high of 1.88, also set the day after QE3 was announced. The historic closing low was 1.43 on July 25. "
        "The 2012 Santa Rally peaked on December 18th, with the S&P 500 up 2.16% for the month. By yesterday's close "
        "the rally had essentially evaporated, with the index up a fractional 0.14% for the month.",
        [C('SPX', 'pct_from_high', 3.25, 'percent', '3.25%', f"pct_below('SPX','{d}',close('SPX','2012-09-14'))", ref=d),
         C('SPX', 'interim_high', 1465.77, 'index_level', '1,465.77', "extreme_between('SPX','2012-09-13','2012-12-27','max')", ref=d,
           comp='September 14th'),
         ])
P[-1]['claims'] += [
    C('SPX', 'interim_low', 1353.52, 'index_level', '1,353.52', "extreme_between('SPX','2012-09-14','2012-12-27','min')", ref=d,
      comp='November 15'),
    C('SPX', 'drawdown', 7.66, 'percent', '7.66%', "pct_below('SPX','2012-11-15',close('SPX','2012-09-14'))", ref='2012-11-15'),
    C('US10Y', 'yield', 1.74, 'percent', 'closed yesterday at 1.74', f"yld('{d}')", ref=d, basis='end of day'),
    C('US10Y', 'bp_from_high', 14, 'basis_points', '14 basis points', f"r(100*(yld('2012-09-14')-yld('{d}')),2)", ref=d, basis='end of day'),
    C('US10Y', 'interim_high', 1.88, 'percent', 'interim high of 1.88', "yld_extreme('2012-09-13','2012-12-27','max')", ref=d,
      basis='end of day', comp='the day after QE3 was announced (2012-09-14)'),
    C('US10Y', 'record_low', 1.43, 'percent', 'closing low was 1.43 on July 25', "yld_extreme('1962-01-01','2012-12-27','min')", ref=d,
      basis='end of day'),
    C('SPX', 'month_peak', '2012-12-18', 'date', 'peaked on December 18th', "extreme_between('SPX','2012-12-01','2012-12-27','max')", ref=d),
    C('SPX', 'mtd_pct', 2.16, 'percent', '2.16%', "period_pct('SPX','2012-12-18','M')", ref='2012-12-18', window='MTD'),
    C('SPX', 'mtd_pct', 0.14, 'percent', '0.14%', f"period_pct('SPX','{d}','M')", ref=d, window='MTD'),
]

# ---------------------------------------------------------------------------------------------
# statements outside the files, appended to their passages (claim indexes follow the ones above)
_by = {p['id']: p for p in P}
_by['intellivest_20080808_oil_drop_gains']['claims'].append(
    C('OIL', 'price_level', 115, 'usd_per_barrel', 'below $115', None, qual='less than', ref='2008-08-08', verdict='unverifiable',
      rule='series not in the files', note='Crude oil prices are not in the files.'))
_by['newson6_20050604_weak_jobs_oil']['claims'] += [
    C('OIL', 'price_level', 55, 'usd_per_barrel', 'topped $55 per barrel', None, qual='more than', ref='2005-06-03',
      verdict='unverifiable', rule='series not in the files', note='Crude oil prices are not in the files.'),
    C('US_PAYROLLS', 'slowest_since', 'nearly two years', 'window', 'slowest job growth in nearly two years', None, qual='nearly',
      ref='2005-06-03', verdict='unverifiable', rule='series not in the files', note='Payroll data are not in the files.')]
_by['semissourian_20020524_memorial_day_selloff']['claims'].append(
    C('NYSE', 'volume_rank', 'slowest of the year', 'rank', 'slowest NYSE trading day of the year', None, ref='2002-05-24',
      verdict='unverifiable', rule='series not in the files', note='Index file volumes are not NYSE share volume.'))
_by['abcnews_20080523_oil_worst_week_in_3_months']['claims'].append(
    C('DJI', 'pct_change', 0, 'percent', 'Stocks managed gains Thursday', "pct('DJI','2008-05-22')", qual='more than', ref='2008-05-22',
      note='"Stocks managed gains Thursday" read on the Dow; S&P 500 and Nasdaq also rose on 2008-05-22 (context).'))
_by['buffalonews_20120229_nasdaq_touches_3000']['claims'].append(
    C('IXIC', 'intraday_duration', 'seconds', 'duration', 'only above 3,000 for seconds', None, ref='2012-02-29', basis='intraday',
      verdict='unverifiable', rule='intraday timing not in the files', note='Daily bars only; the high 3,000.11 is consistent with a brief touch.'))

# =============================================================================================
# hand verdicts for non-numeric claims and special cases: (pid, claim_index) -> (verdict, rule, note)
VERDICT = {}


def dec(v):
    s = repr(v)
    return len(s.split('.')[1]) if '.' in s and isinstance(v, float) else 0


def judge(c, true):
    v, q, unit = c['value'], (c['qual'] or ''), c['unit']
    if not isinstance(true, (int, float)) or isinstance(true, bool) or not isinstance(v, (int, float)) or isinstance(v, bool):
        return None
    n = dec(v) if isinstance(v, float) else 0
    if isinstance(v, float) and v == int(v) and c['anchor'].count('.') and n == 1 and repr(v).endswith('.0'):
        n = 1
    unit_step = 10 ** (-n)
    err = abs(true - v)
    if q in ('more than', 'above', 'over'):
        ok = true > v
    elif q == 'less than':
        ok = true < v
    elif q == 'nearly':
        step = unit_step
        if abs(v) >= 100 and int(abs(v)) % 10 == 0 and n == 0:
            step = 0.02 * abs(v)
        a, t = abs(v), abs(true)
        ok = a - step <= t <= a + 0.5 * step and (true * v > 0)
    elif q in ('about', 'around', 'roughly', 'approximately'):
        ok = err <= unit_step + 0.02
    else:
        ok = err <= (0.5 if n == 0 else 0.5 * unit_step + 0.02)
    if ok:
        return 'supported'
    if q in ('more than', 'above', 'over', 'less than'):
        return 'contradicted'
    rel = err / abs(true) if true else 9
    if unit == 'index_level':
        return 'imprecise' if rel <= 0.01 else 'contradicted'
    if unit == 'percent':
        return 'imprecise' if rel <= 0.2 and err <= max(2, 0.1 * abs(true)) else 'contradicted'
    return 'imprecise' if rel <= 0.2 else 'contradicted'


def main():
    R.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    from overrides import VERDICTS
    recipes, keys, plines = [], [], []
    for p in P:
        claims = []
        for i, c in enumerate(p['claims']):
            assert p['text'].count(c['anchor']) == 1, (p['id'], i, c['anchor'])
            val = None
            if c['recipe']:
                val = eval(c['recipe'], vars(R))
                recipes.append([p['id'], i, c['recipe']])
            verdict, rule, note = c['verdict'], c['rule'], c['note']
            if (p['id'], i) in VERDICTS:
                verdict, rule, extra = VERDICTS[(p['id'], i)]
                note = (note + ' ' + extra).strip()
            if verdict is None:
                verdict = judge(c, val)
                rule = rule or {'supported': 'within tolerance', 'imprecise': 'outside tolerance but close',
                                'contradicted': 'further off'}.get(verdict)
            if verdict is None:
                print('UNJUDGED', p['id'], i, c['metric'], c['value'], val)
            claims.append(dict(index_or_ticker=c['t'], metric=c['metric'], value=c['value'], unit=c['unit'],
                               qualifier=c['qual'], ref_date=c['ref'], window=c['window'], comparison=c['comp'],
                               basis=c['basis']))
            keys.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=c['t'], metric=c['metric'],
                             claimed_value=c['value'], qualifier=c['qual'], ref_date_used=c['ref'], computed_value=val,
                             computed_detail=(f"reference.py: {c['recipe']}" if c['recipe'] else 'nothing in the files computes it'),
                             verdict=verdict, rule=rule, note=note, anchor_text=c['anchor']))
            print(f"{p['id'][:34]:34s} {i:2d} {c['t']:6s} {c['metric'][:22]:22s} {str(c['value'])[:22]:22s} {str(val)[:40]:40s} {verdict}")
        plines.append(dict(id=p['id'], source=dict(site=p['site'], url=p['url'], original_outlet=p['outlet']),
                           published=p['published'], published_confidence=p['conf'], published_note=p['note'],
                           text_kind='condensed_close_paraphrase', text=p['text'], claims=claims))
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
        for x in plines:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
        for x in keys:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'recipes.json'), 'w') as f:
        json.dump(recipes, f, indent=0)


if __name__ == '__main__':
    main()
