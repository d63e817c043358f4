"""Source of the heldout22a passages: condensed close paraphrases, claims, recipes, verdicts.
Read by build.py. Recipes are expressions over reference.py's helpers."""


def C(tk, metric, value, anchor, verdict, rule, note, recipe=None, unit='%', qualifier=None, ref_date=None,
      window=None, comparison=None, basis='close', detail=''):
    return dict(index_or_ticker=tk, metric=metric, value=value, unit=unit, qualifier=qualifier, ref_date=ref_date,
                window=window, comparison=comparison, basis=basis, anchor=anchor, verdict=verdict, rule=rule,
                note=note, recipe=recipe, detail=detail)


TOL = 'within tolerance'
PASSAGES = []

# 1 ---------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id='reuters_20120531_russell_200day_worst_month',
    source={'site': 'articles.chicagotribune.com',
            'url': 'http://articles.chicagotribune.com/2012-05-31/news/sns-rt-markets-stockssmallmidl1e8gvhe1-20120531_1_russell-ciena-corp-shares-midcaps',
            'original_outlet': 'Reuters'},
    published='2012-05-31', published_confidence='exact',
    published_note='Dateline "NEW YORK, May 31 (Reuters)". The level 759.19 is not the 761.82 close, so the report was filed during the May 31 session.',
    text=("US SMALL/MIDCAPS-Russell struggles around key level. NEW YORK, May 31 (Reuters) - Mid- and small-cap shares "
          "pulled the overall market lower on Thursday, though the Russell 2000 trimmed its intraday losses as it kept "
          "struggling around its 200-day moving average, a level analysts watch closely. Wall Street fell for a second "
          "straight day and the Russell was heading for its worst month since September after a run of data pointed to a "
          "slowing economy; losses narrowed on reports the IMF was discussing a loan for struggling Spanish banks. Small "
          "caps have been among the biggest losers of the second-quarter selloff. The Russell 2000 is down 6.4 percent "
          "this month, its biggest monthly drop since September. The S&P 500 is off 4 percent so far this month. The "
          "Russell 2000 fell 0.4 percent to 759.19. The S&P MidCap 400 index fell 0.5 percent while the S&P SmallCap 600 "
          "index dropped 0.4 percent. In comparison, the benchmark S&P 500 fell 0.2 percent."),
    claims=[
        C('RUT', 'mtd_change', -6.4, 'down 6.4 percent this month', 'imprecise', 'imprecise: |error| <= 2 pp and <= 20% of true',
          'Close basis May MTD is -6.74% (April 30 close 816.88, May 31 close 761.82); at the 759.19 the story itself quotes it is -7.06%; '
          'over the session range (751.58-765.48) it runs -7.99% to -6.29%. On the close and on the passage\'s own level the figure is 0.3-0.7 pp too small.',
          "since_close_before('RUT','2012-05-01','2012-05-31')", ref_date='2012-05-31', window='May 2012 MTD', basis='during the session (report time)',
          detail='session low 751.58, high 765.48; MTD at 759.19 = -7.06'),
        C('RUT', 'worst_month_since', '2011-09', 'its biggest monthly drop since September', 'supported', 'biggest/worst since X: X is the last month with a move at least as large',
          'May 2012 (-6.74%) is the worst month since September 2011 (-11.37%); October 2011-April 2012 were all better. Holds for the close and for the 759.19 reading.',
          "last_month_as_bad('RUT','2012-05')", unit='month', ref_date='2012-05-31', window='monthly returns', detail='May 2012 -6.74, Sep 2011 -11.37, Aug 2011 -8.81'),
        C('SPX', 'mtd_change', -4, 'off 4 percent so far this month', 'contradicted', 'contradicted: error > 2 pp',
          'S&P 500 May MTD is -6.27% at the close (April 30 close 1397.91); even the session high 1319.74 gives -5.59%. "Off 4 percent" is 2.3 pp too small.',
          "since_close_before('SPX','2012-05-01','2012-05-31')", ref_date='2012-05-31', window='May 2012 MTD', basis='during the session (report time)',
          detail='session low 1298.90, high 1319.74'),
        C('RUT', 'daily_change', -0.4, 'fell 0.4 percent to', 'unverifiable', 'mid-session figure inside the session range',
          'Written during the session: -0.4% (759.19 against the 762.00 prior close) lies inside the day\'s range; the close was -0.02%.',
          "day('RUT','2012-05-31')", ref_date='2012-05-31', basis='during the session (report time)', detail='session range 751.58-765.48, prior close 762.00'),
        C('RUT', 'level', 759.19, '759.19', 'unverifiable', 'mid-session figure inside the session range',
          '759.19 lies inside the May 31 range 751.58-765.48; the close was 761.82.', "close('RUT','2012-05-31')", unit='points',
          ref_date='2012-05-31', basis='during the session (report time)', detail='session range 751.58-765.48'),
        C('SP400_SP600', 'daily_change', -0.5, 'S&P MidCap 400 index fell 0.5 percent', 'unverifiable', 'series not in the files',
          'The S&P MidCap 400 is not in the shared data.', ref_date='2012-05-31', basis='during the session (report time)'),
        C('SP600', 'daily_change', -0.4, 'SmallCap 600 index dropped 0.4 percent', 'unverifiable', 'series not in the files',
          'The S&P SmallCap 600 is not in the shared data.', ref_date='2012-05-31', basis='during the session (report time)'),
        C('SPX', 'daily_change', -0.2, 'benchmark S&P 500 fell 0.2 percent', 'supported', TOL,
          'S&P 500 closed -0.23% (1310.33 against 1313.32); the mid-session figure agrees with the close.', "day('SPX','2012-05-31')",
          ref_date='2012-05-31', basis='during the session (report time)'),
    ]))

# 2 ---------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id='russell_20140107_small_caps_best_year_since_2003',
    source={'site': 'marketwired.com',
            'url': 'http://www.marketwired.com/press-release/us-small-cap-stocks-as-reflected-russell-2000r-index-enjoy-best-annual-return-more-than-1866971.htm',
            'original_outlet': 'Russell Investments (press release via Marketwired)'},
    published='2014-01-07', published_confidence='exact', published_note='Dateline "SEATTLE, WA--(Marketwired - Jan 7, 2014)"; the claims are about calendar 2013.',
    text=("U.S. Small Cap Stocks as Reflected by the Russell 2000® Index Enjoy Best Annual Return in More Than a Decade. "
          "SEATTLE, WA (Marketwired - Jan 7, 2014) - The Russell 2000® Index, which tracks the small-cap segment of the U.S. "
          "equity market, had a total return of 38.8% in 2013, the strongest return for the Index since 2003 (47.3%). Small "
          "cap stocks beat large cap stocks by more than 5 percentage points over the same period, with the Russell 1000 "
          "Index, the large-cap measure, posting a total return of 33.1%. A Russell index strategist tied the result to a "
          "strengthening U.S. economy, noting that Russell 2000 Index companies generate approximately 84% of their revenue "
          "within the U.S., versus 70% U.S. revenue for Russell 1000 companies."),
    claims=[
        C('RUT', 'year_total_return', 38.8, '38.8%', 'unverifiable', 'total-return figure where only a price index exists',
          'RUT.csv is the price index: its 2013 price return is 37.00%; the total-return figure cannot be checked.', ref_date='2013-12-31',
          window='calendar 2013', basis='total return', detail='price return 2013 = 37.00 (year_ret RUT 2013)'),
        C('RUT', 'best_year_since', 2003, 'the strongest return for the Index since 2003', 'supported', 'best since X: X is the last year at least as good',
          'On price returns 2013 (+37.0%) beats every year 2004-2012 (best 2010 +25.3%) and trails 2003 (+45.4%); the total-return ranking cannot differ by that margin.',
          "last_year_as_good('RUT',2013)", unit='year', ref_date='2013-12-31', window='calendar years', basis='price return (proxy for total return)'),
        C('RUT', 'year_total_return', 47.3, '(47.3%)', 'unverifiable', 'total-return figure where only a price index exists',
          'The 2003 price return in RUT.csv is 45.37%; total return cannot be checked.', ref_date='2003-12-31', window='calendar 2003', basis='total return',
          detail='price return 2003 = 45.37'),
        C('RUI', 'outperformance', 5, 'more than 5 percentage points', 'unverifiable', 'series not in the files', 
          'The Russell 1000 is not in the files. As a proxy only, the S&P 500 price return for 2013 was 29.60% against 37.00% for the Russell 2000 (gap 7.4 pp).',
          qualifier='more than', unit='pp', ref_date='2013-12-31', window='calendar 2013', comparison='RUT vs Russell 1000', basis='total return'),
        C('RUI', 'year_total_return', 33.1, '33.1%', 'unverifiable', 'series not in the files', 'The Russell 1000 is not in the files.',
          ref_date='2013-12-31', window='calendar 2013', basis='total return'),
        C('GENERIC', 'revenue_share_us', 84, 'approximately 84%', 'unverifiable', 'not a market figure in the files',
          'Company revenue mix is not in the files.', qualifier='approximately', basis=None),
        C('GENERIC', 'revenue_share_us', 70, 'versus 70%', 'unverifiable', 'not a market figure in the files',
          'Company revenue mix is not in the files.', basis=None),
    ]))

# 3 ---------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id='cboeoptionshub_20150823_rut_week_vix_record',
    source={'site': 'cboeoptionshub.com', 'url': 'http://www.cboeoptionshub.com/2015/08/23/the-week-in-russell-2000-trading-817-821/',
            'original_outlet': 'CBOE Options Hub (CBOE blog)'},
    published='2015-08-23', published_confidence='exact', published_note='Date in the URL (Sunday); the text is about the week of August 17-21, 2015.',
    text=("The Week in Russell 2000 Trading - 8/17 - 8/21. Small cap stocks held up (a generous term here) better than large "
          "caps last week. The Russell 2000 (RUT) was down 4.61% while the large-cap Russell 1000 (RUI) lost 5.73%. The RUI "
          "drop was the biggest one-week loss since mid-September 2011. For the year RUT and RUI are down 3.98% and 3.89% "
          "respectively, which the author calls a tie with just over four months to go. With RUT holding up relative to RUI, "
          "small-cap risk as measured by the CBOE Russell 2000 Volatility Index (RVX) rose less quickly than the CBOE "
          "Volatility Index (VIX): VIX was up a record 118% last week while RVX gained 'only' 63%."),
    claims=[
        C('RUT', 'week_change', -4.61, 'down 4.61%', 'supported', TOL, 'Friday 8/14 close 1212.69 to Friday 8/21 close 1156.79 = -4.61%.',
          "week_change('RUT','2015-08-21')", ref_date='2015-08-21', window='week 8/17-8/21'),
        C('RUI', 'week_change', -5.73, 'lost 5.73%', 'unverifiable', 'series not in the files',
          'The Russell 1000 is not in the files (S&P 500 proxy for the same week: -5.77%).', ref_date='2015-08-21', window='week 8/17-8/21'),
        C('RUI', 'worst_week_since', '2011-09', 'since mid-September 2011', 'unverifiable', 'series not in the files',
          'The Russell 1000 is not in the files. Proxy only: the S&P 500\'s -5.77% was its worst week since the week ending 2011-09-23 (-6.54%).',
          unit='date', ref_date='2015-08-21', window='weekly changes'),
        C('RUT', 'ytd_change', -3.98, 'down 3.98%', 'supported', TOL, 'RUT 2014 close 1204.70 to 8/21 close 1156.79 = -3.98% (price).',
          "since_close_before('RUT','2015-01-01','2015-08-21')", ref_date='2015-08-21', window='2015 YTD'),
        C('RUI', 'ytd_change', -3.89, '3.89%', 'unverifiable', 'series not in the files', 'The Russell 1000 is not in the files.',
          ref_date='2015-08-21', window='2015 YTD'),
        C('VIX', 'week_change', 118, '118%', 'supported', TOL, 'VIX 12.83 on 8/14 to 28.03 on 8/21 = +118.47%; integer tolerance 0.5.',
          "week_change('VIX','2015-08-21')", ref_date='2015-08-21', window='week 8/17-8/21'),
        C('VIX', 'weekly_gain_rank', 1, 'a record', 'supported', 'record: larger than every earlier weekly gain in the file',
          'Largest weekly percentage rise in VIX.csv (from 1990) up to that week; it was later exceeded in February 2020.',
          "weekly_gain_rank('VIX','2015-08-21')", unit='rank', ref_date='2015-08-21', window='weekly changes since 1990'),
        C('RVX', 'week_change', 63, 'gained \'only\' 63%', 'unverifiable', 'series not in the files', 'The CBOE Russell 2000 Volatility Index is not in the files.',
          ref_date='2015-08-21', window='week 8/17-8/21'),
    ]))

# 4 ---------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id='ftserussell_201609_small_caps_last_decade',
    source={'site': '91.235.121.52 (FTSE Russell blog copy)', 'url': 'http://91.235.121.52/blog/index-idea-us-small-caps-over-last-decade',
            'original_outlet': 'FTSE Russell'},
    published='2016-09', published_confidence='medium',
    published_note='No date on the page; the text gives figures "as of August 31" and the page is (c) 2016, so early September 2016. The decade studied is 2006-2015.',
    text=("Index IDEA: US small caps over the last decade. The Russell 2000® Index, measuring US small cap stocks, rose 1.8% "
          "in August and 10.2% year-to-date as of August 31. FTSE Russell examined the index over the last decade: in the last "
          "ten years, the index value has risen for the year-to-date through August six times, and in five of those six times "
          "the index value increased over the rest of the calendar year. Notably, in two other years (2010 & 2011) the index "
          "value rose in September through December following a negative year-to-date through August. 2007 is the only "
          "outlier, when the index value fell 2.9% for September through December following a 1.4% index value increase for "
          "the year-to-date through August. A senior index product manager pointed to 2007's credit turmoil, growth worries "
          "and a weakening dollar, which shifted leadership to US large caps."),
    claims=[
        C('RUT', 'month_change', 1.8, '1.8% in August', 'imprecise', 'imprecise: |error| <= 20% of true and <= 2 pp',
          'August 2016 price change is +1.64% (1219.94 to 1239.91). FTSE Russell usually quotes total returns, which would be a little higher; the price index gives 1.64.',
          "month_ret('RUT','2016-08')", ref_date='2016-08-31', window='August 2016'),
        C('RUT', 'ytd_change', 10.2, '10.2% year-to-date', 'imprecise', 'imprecise: |error| <= 20% of true and <= 2 pp',
          'Price YTD to August 31, 2016 is +9.16%; the 10.2 fits a total-return reading, which the files cannot check.',
          "since_close_before('RUT','2016-01-01','2016-08-31')", ref_date='2016-08-31', window='2016 YTD'),
        C('RUT', 'count_years_ytd_aug_positive', 6, 'through August six times', 'supported', 'count exact',
          'Years 2006-2015 with a positive price change from the prior year-end to August 31: 2006, 2007, 2009, 2012, 2013, 2014 = 6.',
          "ytd_aug_positive_count('RUT',2006,2015)", unit='count', ref_date='2016-08-31', window='2006-2015'),
        C('RUT', 'count_years_then_up', 5, 'in five of those six times', 'supported', 'count exact',
          'Of those six, September-December was positive in 2006, 2009, 2012, 2013 and 2014 (2007 was the exception) = 5.',
          "ytd_aug_pos_then_up_count('RUT',2006,2015)", unit='count', ref_date='2016-08-31', window='2006-2015'),
        C('RUT', 'neg_ytd_aug_then_up', '2010, 2011', '(2010 & 2011)', 'supported', 'both conditions hold in the file',
          '2010: -3.73% to August, +30.16% September-December; 2011: -7.25% to August, +1.94% September-December.',
          "neg_aug_then_up('RUT',[2010,2011])", unit='flag', ref_date='2011-12-30', window='2010, 2011'),
        C('RUT', 'sep_dec_change', -2.9, 'fell 2.9%', 'imprecise', 'imprecise: |error| <= 20% of true and <= 2 pp',
          '2007 September-December price change is -3.38% (August 31 close 792.86 to December 31 close 766.03).',
          "period_ret('RUT','2007-09-01','2007-12-31')", ref_date='2007-12-31', window='Sep-Dec 2007'),
        C('RUT', 'ytd_change', 1.4, 'a 1.4% index value increase', 'contradicted', 'contradicted: error > 20% of true',
          '2007 price change to August 31 is +0.66% (2006 close 787.66 to 792.86); 1.4 is more than double it. A total-return reading would come closer, but the text says "index value".',
          "period_ret('RUT','2007-01-01','2007-08-31')", ref_date='2007-08-31', window='2007 YTD to August 31'),
    ]))

# 5 ---------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id='cnbc_20161118_rut_ten_day_streak',
    source={'site': 'cnbc.com', 'url': 'https://www.cnbc.com/2016/11/18/this-russell-is-on-a-big-winning-streak--and-it-could-continue.html',
            'original_outlet': 'CNBC'},
    published='2016-11-18', published_confidence='exact', published_note='Date in the URL; "Thursday" is November 17, 2016.',
    text=('The Russell is on a big winning streak - and it could continue. On Thursday the Russell 2000 small-cap index hit an all-time high and finished up for its 10th consecutive session - only the second time in the past decade it has put together such a run. The index has gained nearly 13 percent in the past 10 sessions, against the S&P 500\'s rise of 5 percent. Speaking Thursday on CNBC\'s "Power Lunch," MKM Partners\' chief market technician said that on Monday 25 percent of the small caps made a 52-week high, the highest one-day reading of 52-week highs going back to 1995. He thinks small caps will probably move higher and outperform large caps over the next six to 12 months.'),
    claims=[
        C('RUT', 'record_close', True, 'hit an all-time high', 'supported', 'record: above every earlier close',
          'RUT closed at 1309.48 on 2016-11-17, above the earlier record 1302.20 (set the day before).', "is_record_close('RUT','2016-11-17')",
          unit='flag', ref_date='2016-11-17'),
        C('RUT', 'up_streak', 10, 'its 10th consecutive session', 'supported', 'streak of daily closes',
          'Ten straight higher closes, November 4 through November 17 (November 16 was up only 0.06 point).', "up_streak('RUT','2016-11-17')", unit='sessions', ref_date='2016-11-17'),
        C('RUT', 'count_10day_streaks_decade', 2, 'only the second time', 'supported', 'count exact',
          'Up-streaks of at least 10 sessions between November 2006 and November 17, 2016: the 10-day run ending in March 2013 and the current one.',
          "count_up_streaks('RUT',10,'2006-11-17','2016-11-17')", unit='count', ref_date='2016-11-17', window='past decade'),
        C('RUT', 'n_session_change', 13, 'nearly 13 percent', 'supported', 'nearly: claim - 1 <= true <= claim + 0.5',
          'Ten-session change (close of November 3 to November 17) is +13.19%.', "sessions_pct('RUT','2016-11-17',10)", qualifier='nearly',
          ref_date='2016-11-17', window='past 10 sessions'),
        C('SPX', 'n_session_change', 5, 'rise of 5 percent', 'supported', TOL, 'S&P 500 over the same ten sessions: +4.71%.',
          "sessions_pct('SPX','2016-11-17',10)", ref_date='2016-11-17', window='past 10 sessions', comparison='vs RUT'),
        C('RUT_BREADTH', 'pct_52w_highs', 25, '25 percent of the small caps', 'unverifiable', 'series not in the files',
          'Constituent 52-week highs are not in the files (quoted statistic).', ref_date='2016-11-14'),
        C('RUT_BREADTH', 'highest_since', 1995, 'going back to 1995', 'unverifiable', 'series not in the files',
          'Breadth history is not in the files.', unit='year', ref_date='2016-11-14'),
        C('QUOTE', 'outlook', 'small caps higher and outperform', 'over the next six to 12 months', 'forecast', 'projection',
          'A projection; not judged.', unit=None, basis=None),
    ]))

# 6 ---------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id='fortune_20201124_small_caps_best_month_ever',
    source={'site': 'coins2day.com (repost)', 'url': 'https://coins2day.com/2020/11/24/small-cap-stocks-best-month-ever-november-2020',
            'original_outlet': 'Fortune'},
    published='2020-11-24', published_confidence='exact',
    published_note='Page stamp "November 24, 2020, 12:04 PM ET". The LPL note was written "yesterday" (Monday November 23), so its figures are taken at the November 23 close, "last week" = November 16-20, and the Q4 figure at the last close before the note (November 20).',
    text=('Small cap stocks are having their best month ever. November 24, 2020, 12:04 PM ET. This month the little guys are taking on the giants. Most investors follow the big benchmarks (the Dow, the Nasdaq, the S&P 500), but the Russell 2000 index is quietly setting records: LPL\'s Ryan Detrick puts it up 18.4% for the month, its best performance ever. In a note yesterday Detrick called post-election conditions somewhat "frothy" and added that, after lagging the S&P 500 by more than 16% in the first quarter of 2020, last week the small cap Russell 2000 Index made its first record high in more than two years and is now outperforming the S&P 500 by 11% thus far in the fourth quarter.'),
    claims=[
        C('RUT', 'mtd_change', 18.4, '18.4%', 'imprecise', 'imprecise: |error| <= 20% of true and <= 2 pp',
          'November MTD at the November 23 close is +18.19% (October 30 close 1538.48 to 1818.30). By the November 24 close it was +20.48%; the figure matches neither close exactly.',
          "since_close_before('RUT','2020-11-01','2020-11-23')", ref_date='2020-11-23', window='November 2020 MTD'),
        C('RUT', 'best_month_ever', True, 'its best performance ever', 'supported', 'rank: above every earlier full month',
          'MTD +18.19% exceeds the best earlier full month in the file, February 2000 (+16.42%); computed value is that earlier best.',
          "max_month_before('RUT','2020-11')", unit='flag', ref_date='2020-11-23', window='monthly returns since 1987'),
        C('RUT', 'q_underperformance_vs_spx', 16, 'more than 16%', 'contradicted', 'contradicted: bound not met',
          'Q1 2020: RUT -30.89%, S&P 500 -20.00%, a gap of 10.89 pp (13.6% in relative terms). Neither reading exceeds 16.',
          "period_diff('RUT','SPX','2020-01-01','2020-03-31')", qualifier='more than', unit='pp', ref_date='2020-03-31', window='Q1 2020', comparison='RUT vs SPX'),
        C('RUT', 'record_close_in_week', True, 'made its first record high', 'supported', 'record: above every earlier close',
          'Record closes in the week of November 16-20: November 16 (1785.34) and November 17 (1791.91).',
          "record_close_dates('RUT','2020-11-16','2020-11-20')", unit='dates', ref_date='2020-11-20', window='week of Nov 16-20'),
        C('RUT', 'first_record_since', '2020-11-13', 'in more than two years', 'contradicted', 'contradicted: wrong date',
          'The first record close after August 31, 2018 (1740.75) came on Friday November 13, 2020 (1744.04), the week before "last week"; the more-than-two-years gap itself is right.',
          "first_record_after('RUT','2018-08-31')", unit='date', ref_date='2020-11-20', window='since 2018-08-31'),
        C('RUT', 'qtd_outperformance_vs_spx', 11, 'outperforming the S&P 500 by 11%', 'imprecise', 'imprecise: |error| <= 2 pp and <= 20% of true',
          'Q4 to November 20: RUT +18.42%, S&P 500 +5.78%, gap 12.63 pp (14.22 pp at the November 23 close).',
          "period_diff('RUT','SPX','2020-10-01','2020-11-20')", unit='pp', ref_date='2020-11-20', window='Q4 2020 to date', comparison='RUT vs SPX'),
    ]))

# 7 ---------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id='ftserussell_202101_q4_surge_dead_heat',
    source={'site': 'ftserussell.com', 'url': 'https://www.ftserussell.com/blogs/after-q4-surge-russell-2000-ends-dead-heat-russell-1000',
            'original_outlet': 'FTSE Russell'},
    published='2021-01', published_confidence='medium', published_note='Blog post with data "as of December 31, 2020"; no day shown, so early January 2021.',
    text=("After Q4 surge, Russell 2000 ends dead heat with Russell 1000. By Philip Lawlor, head of Global Investment Research. "
          "The neck-and-neck performances of the Russell 1000 and Russell 2000 in 2020 (up 21% and 20%, respectively) mask sharp "
          "swings in leadership between the two indexes as the COVID-19 crisis unfolded. After badly trailing its large-cap "
          "counterpart in the March meltdown and the summertime post-lockdown rally, the Russell 2000 has carried the day since "
          "early September. The small-cap index surged more than 26% in Q4, well ahead of the Russell 1000, as vaccine "
          "breakthroughs and steady monetary and fiscal support lifted recovery hopes; record M&A activity also helped smaller "
          "stocks. The accompanying table shows equity market total returns for Q4 and full-year 2020."),
    claims=[
        C('RUI', 'year_total_return', 21, 'up 21% and 20%', 'unverifiable', 'series not in the files', 'The Russell 1000 is not in the files.',
          ref_date='2020-12-31', window='calendar 2020', basis='total return'),
        C('RUT', 'year_total_return', 20, 'respectively', 'unverifiable', 'total-return figure where only a price index exists',
          'Price return 2020 in RUT.csv is +18.36%; the page presents total returns, which the files cannot check.', ref_date='2020-12-31',
          window='calendar 2020', basis='total return', detail='price return 2020 = 18.36'),
        C('RUT', 'quarter_change', 26, 'surged more than 26% in Q4', 'supported', 'more than: true > claim',
          'Q4 2020 price return is +30.99% (1507.69 to 1974.86); a total return is higher still, so the bound holds on either basis.',
          "since_close_before('RUT','2020-10-01','2020-12-31')", qualifier='more than', ref_date='2020-12-31', window='Q4 2020'),
    ]))

# 8 ---------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id='dutchrate_20211231_rut_range_and_record',
    source={'site': 'dutchrate.com', 'url': 'https://dutchrate.com/index.php/analysis/indices/russell-2000-smallcap-index-faces-tough-challenges-in-2022',
            'original_outlet': 'Dutchrate'},
    published='2021-12-31', published_confidence='exact', published_note='Page dated December 31, 2021; the claims are about January 7 and November 2-8, 2021.',
    text=("Russell 2000 Smallcap Index Faces Tough Challenges in 2022. December 31, 2021. The U.S. Small Cap 2000, or the Russell "
          "2000, has had a tough time climbing over the past year: while the larger-cap S&P 500 and NASDAQ 100 kept rising with "
          "occasional retreats, the smaller-cap index traded sideways. On January 7th it recorded a low of 2059.33. Ever since, "
          "the index traded in a range between the former number and 2360 for nearly the next 10 months before breaking above "
          "the channel on November 3rd. The index made its all-time high on November 8th at 2458.85, but failed to hold it and "
          "slipped back into the former channel; the daily candle at that high was a shooting star, a possible reversal sign. "
          "The author expects 2022 to be difficult for small caps as omicron spreads and the Fed tightens."),
    claims=[
        C('RUT', 'intraday_low', 2059.33, '2059.33', 'supported', TOL, 'Low of January 7, 2021 is 2059.33; it is also the lowest low from January 7 to November 2.',
          "low('RUT','2021-01-07')", unit='points', ref_date='2021-01-07', basis='intraday low'),
        C('RUT', 'range_top', 2360, 'between the former number and 2360', 'supported', TOL,
          'Highest close from January 7 to November 1 is 2360.17 (March 15); November 2 then closed at 2361.86 with a high of 2363.55.',
          "max_close('RUT','2021-01-07','2021-11-01')", unit='points', ref_date='2021-11-01', window='2021-01-07..2021-11-01'),
        C('RUT', 'breakout_date', '2021-11-03', 'breaking above the channel on November 3rd', 'imprecise', 'date one session late (marginal break the day before)',
          'The first close above the March 15 peak close (2360.17) came on November 2 (2361.86, by 1.7 points); the decisive break was November 3 (2404.28, +1.8%).',
          "first_close_above('RUT',max_close('RUT','2021-01-07','2021-11-01'),'2021-03-16')", unit='date', ref_date='2021-11-03'),
        C('RUT', 'intraday_record', True, 'all-time high on November 8th', 'supported', 'intraday record: above every earlier high',
          'November 8, 2021 high 2458.86 is above every earlier intraday high (the record close that day was 2442.74).',
          "is_record_high('RUT','2021-11-08')", unit='flag', ref_date='2021-11-08', basis='intraday high'),
        C('RUT', 'intraday_high', 2458.85, '2458.85', 'supported', TOL, 'High of November 8, 2021 is 2458.8601 (difference 0.01).',
          "high('RUT','2021-11-08')", unit='points', ref_date='2021-11-08', basis='intraday high'),
    ]))

# 9 ---------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id='financetoys_202310_rut_lowest_since_2020',
    source={'site': 'financetoys.com', 'url': 'https://financetoys.com/russell-2000-small-cap-index-at-pre-covid-19-level/',
            'original_outlet': 'Finance Toys'},
    published='2023-10', published_confidence='medium',
    published_note='No date on the page. "Last week ... lowest level since November 2020" fits only the week ending Friday October 27, 2023 (close 1636.94), so the piece is from about October 30, 2023; the YTD figures are keyed at the October 27 close.',
    text=("The Russell 2000 erased all gains: Russell 2000 Small Cap Index at pre-Covid-19 levels. Last week, the Russell 2000 "
          "index, which measures small U.S. stocks, closed at its lowest level since November 6, 2020. After the last U.S. "
          "presidential election it was the fastest-rising U.S. stock index, recording a four-month gain 45%, while the Dow, "
          "Nasdaq and S&P 500 saw about half that over the same stretch. But those days are long gone, with the Russell 2000 "
          "down 10% year-to-date. The Nasdaq, recently affected by a rebalancing of weights, is still posting a solid 17% gain "
          "and the S&P 500 is up 7% year-to-date, roughly in line with its long-term average annual return. JPMorgan data "
          "showed that 22% of Russell 2000 members' income comes from the domestic market, compared to 40% for the S&P 500, "
          "and that at the end of 2021 about 40% of the companies in the Russell 2000 were not profitable."),
    claims=[
        C('RUT', 'lowest_since', '2020-11-06', 'lowest level since November 6, 2020', 'imprecise', 'lowest since X: X later than the true date (understated)',
          'The October 27, 2023 close (1636.94) was the lowest since November 4, 2020 (the last close at or below it); November 5 would also be acceptable, November 6 is one session late.',
          "last_close_at_or_below('RUT','2023-10-27')", unit='date', ref_date='2023-10-27'),
        C('RUT', 'window_change', 45, 'four-month gain 45%', 'unverifiable', 'unstated window',
          'Start and end are not given. From the November 3, 2020 close to the March 15, 2021 peak close it is +46.2%; to March 3, 2021 +36.8%.',
          ref_date='2021-03', window='four months after the November 2020 election'),
        C('RUT', 'ytd_change', -10, 'down 10% year-to-date', 'contradicted', 'contradicted: error > 20% of true',
          'RUT YTD at the October 27 close is -7.06% (2022 close 1761.25); it never closed 10% below the 2022 close during 2023.',
          "since_close_before('RUT','2023-01-01','2023-10-27')", ref_date='2023-10-27', window='2023 YTD'),
        C('IXIC', 'ytd_change', 17, 'solid 17% gain', 'contradicted', 'contradicted: error > 20% of true',
          'Nasdaq Composite YTD at the October 27 close is +20.80%.', "since_close_before('IXIC','2023-01-01','2023-10-27')",
          ref_date='2023-10-27', window='2023 YTD'),
        C('SPX', 'ytd_change', 7, 'S&P 500 is up 7%', 'supported', TOL, 'S&P 500 YTD at the October 27 close is +7.24%.',
          "since_close_before('SPX','2023-01-01','2023-10-27')", ref_date='2023-10-27', window='2023 YTD'),
        C('GENERIC', 'domestic_income_share', 22, '22% of Russell 2000 members', 'unverifiable', 'not a market figure in the files',
          'Revenue mix is not in the files (the 22%/40% pairing looks like a foreign-revenue statistic restated).', basis=None),
        C('GENERIC', 'unprofitable_share', 40, 'about 40% of the companies', 'unverifiable', 'not a market figure in the files',
          'Constituent profitability is not in the files.', qualifier='about', basis=None),
    ]))

# 10 --------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id='cmegroup_202303_small_caps_march_svb',
    source={'site': 'cmegroup.com', 'url': 'https://www.cmegroup.com/insights/economic-research/2023/are-sandp-600-russell-2000-small-caps-due-for-a-rebound.html',
            'original_outlet': 'CME Group (Erik Norland)'},
    published='2023-03', published_confidence='medium',
    published_note='No day on the page. The March figures fit month-to-date values around March 17-24, 2023 (RUT -9.0% to -8.5%, S&P 500 -1.4% to 0.0%) and not the full month (RUT -4.98%, S&P 500 +3.51%), so the piece was written late in March; keyed at the March 24 close, the full-month reading is in each note.',
    text=("At-a-glance: small and mid-cap stocks underperformed sharply in March 2023 amid turmoil in regional banks. In March "
          "2023, small and mid-cap stock indexes sharply underperformed indexes of large-cap stocks. Despite the failure of "
          "Silicon Valley Bank (SVB), a large lender to tech start-ups, the tech-heavy Nasdaq 100 powered ahead to substantial "
          "gains. The S&P 500®, the index to which most large cap U.S. equity managers are benchmarked, managed to finish flat. "
          "Meanwhile, indexes of smaller stocks such as the S&P MidCap 400, S&P SmallCap 600 and the Russell 2000 all lost 7.5% "
          "to 10% -- an unusually sharp divergence for indexes that normally move closely together."),
    claims=[
        C('RUT', 'mtd_change_range', '-7.5 to -10', 'lost 7.5% to 10%', 'supported', 'value inside the stated range',
          'March MTD to the March 24 close is -8.54% (inside 7.5-10). Full-month March was -4.98%, which would contradict the range.',
          "since_close_before('RUT','2023-03-01','2023-03-24')", ref_date='2023-03-24', window='March 2023 to date'),
        C('SP400_SP600', 'mtd_change_range', '-7.5 to -10', 'S&P MidCap 400, S&P SmallCap 600', 'unverifiable', 'series not in the files',
          'S&P MidCap 400 and SmallCap 600 are not in the files.', ref_date='2023-03-24', window='March 2023 to date'),
        C('SPX', 'mtd_change', 0, 'managed to finish flat', 'supported', 'flat: |change| < 0.5%',
          'S&P 500 March MTD to the March 24 close is +0.02%. Over the full month it rose 3.51%, which would not be flat.',
          "since_close_before('SPX','2023-03-01','2023-03-24')", ref_date='2023-03-24', window='March 2023 to date'),
        C('NDX', 'mtd_change', 'substantial gain', 'powered ahead to substantial gains', 'supported', 'direction and size hold',
          'Nasdaq-100 March MTD to March 24: +6.02% (full month +9.46%).', "since_close_before('NDX','2023-03-01','2023-03-24')",
          unit=None, ref_date='2023-03-24', window='March 2023 to date'),
    ]))

# 11 --------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id='invezz_20250401_iwm_reversal',
    source={'site': 'kalkinemedia.com (syndication)', 'url': 'https://kalkinemedia.com/us/business-news/market-analysis/iwm-etf-heres-why-the-russell-2000-has-crashed-and-what-next',
            'original_outlet': 'Invezz'},
    published='2025-04-01', published_confidence='exact', published_note='Page stamp "April 01, 2025 05:02 PM PDT"; the low referred to is the March 28-31 trough.',
    text=("IWM ETF: Here's why the Russell 2000 has crashed and what next. April 01, 2025, by Invezz. The iShares Russell 2000 "
          "Index (IWM) has suffered a big reversal after surging to a record high earlier this year. The fund, which tracks the "
          "top small cap companies in the US, retreated to a low of $200, down by almost 20% from its all-time high. The main "
          "reason is fear of the widening trade war: Trump has put tariffs on Canada and Mexico and on imported vehicles, steel "
          "and aluminum, and analysts think smaller, domestically focused companies will be hurt more than larger ones."),
    claims=[
        C('IWM', 'record_high_date', '2025', 'surging to a record high earlier this year', 'contradicted', 'contradicted: wrong record date',
          'IWM\'s all-time intraday high is 244.98 on 2024-11-25 (record close 242.56 on 2021-11-08); its 2025 high before April was 230.70, not a record.',
          "max_high_date('IWM','2000-01-01','2025-04-01')", unit='date', ref_date='2025-04-01', basis='intraday high'),
        C('IWM', 'low_level', 200, 'a low of $200', 'imprecise', 'imprecise: level within 1%',
          'Lowest close of the March slide is 198.10 (March 13); March 31 closed at 199.49 with an intraday low of 195.49. 200 is 1.9 (0.96%) above the closing low.',
          "min_close('IWM','2025-03-01','2025-04-01')", qualifier=None, unit='USD', ref_date='2025-03-13'),
        C('IWM', 'pct_from_ath', 20, 'almost 20%', 'imprecise', 'nearly: claim - 1 <= true <= claim + 0.5 not met; |error| <= 2 pp',
          'On closes the March low (198.10) is 18.33% below the record close 242.56 (2021-11-08); March 31 (199.49) is 17.76% below. The intraday reading fits: the 195.49 low of March 31 is 20.2% below the 244.98 intraday record of 2024-11-25.',
          "below_level(min_close('IWM','2025-03-01','2025-04-01'), max_close('IWM','2000-01-01','2025-04-01'))", qualifier='almost', ref_date='2025-03-13'),
    ]))

# 12 --------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id='eunice_20250507_rut_ytd_minus_11',
    source={'site': 'eunice.io', 'url': 'https://eunice.io/small-caps/this-small-cap-stat-may-upset-you', 'original_outlet': 'Eunice'},
    published='2025-05-07', published_confidence='exact', published_note='Page dated May 7, 2025; the figures are for the May 6 close.',
    text=("This Small Cap Stat May Upset You. May 7, 2025. If you watch small caps, here is a stat that may have made your coffee "
          "go cold: the Russell 2000 Index, a popular benchmark for U.S. small-cap stocks, closed at 1,983.19 on May 6, 2025, "
          "down 1.1% for the day and a whopping 11.1% year-to-date. The drop on May 6 is not a one-off, and it stands in sharp "
          "contrast to large-cap indices like the S&P 500, which have held up relatively well. Small companies lean more on "
          "borrowing, so elevated rates and a cautious Fed have made financing expensive."),
    claims=[
        C('RUT', 'close_level', 1983.19, '1,983.19', 'supported', TOL, 'Close of May 6, 2025 is 1983.19.', "close('RUT','2025-05-06')",
          unit='points', ref_date='2025-05-06'),
        C('RUT', 'daily_change', -1.1, 'down 1.1% for the day', 'supported', TOL, 'May 6 change is -1.05% (2004.26 to 1983.19).',
          "day('RUT','2025-05-06')", ref_date='2025-05-06'),
        C('RUT', 'ytd_change', -11.1, '11.1% year-to-date', 'supported', TOL, 'YTD from the 2024 close 2230.16 is -11.07%.',
          "since_close_before('RUT','2025-01-01','2025-05-06')", ref_date='2025-05-06', window='2025 YTD'),
    ]))

# 13 --------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id='finsum_201812_small_caps_bear_brink',
    source={'site': 'finsum.com', 'url': 'https://finsum.com/index.php/ar/feed/item/7565-small-caps-entering-bear-market',
            'original_outlet': 'FINSUM'},
    published='2018-12', published_confidence='medium',
    published_note='No date on the page. RUT 17% below the August 31 record close with the S&P 500 10% below its record fits only the closes of December 10-11, 2018 (17.10%/10.00% and 17.27%/10.03%); keyed at December 10.',
    text=('Small Caps Entering Bear Market. (New York) There is no shortage of warning signs for investors, and one that may have slipped by is that small caps are on the brink of a full blown bear market. The Russell 2000 has fallen a whopping 17% since its all-time high close on August 31st, while the S&P 500, for comparison, is off 10%. FINSUM calls this puzzling: the trade war and the economy should both favor small caps over their bigger peers, yet small caps are dropping faster.'),
    claims=[
        C('RUT', 'record_close_date', '2018-08-31', 'all-time high close on August 31st', 'supported', 'record: highest close up to then',
          'August 31, 2018 close 1740.75 is the highest close in the file up to December 2018.', "max_close_date('RUT','1987-01-01','2018-12-10')",
          unit='date', ref_date='2018-12-10'),
        C('RUT', 'pct_from_ath', 17, 'a whopping 17%', 'supported', TOL, 'December 10 close 1443.10 is 17.10% below 1740.75 (17.27% on December 11).',
          "drawdown_from_record_close('RUT','2018-12-10')", ref_date='2018-12-10'),
        C('SPX', 'pct_from_ath', 10, 'is off 10%', 'supported', TOL, 'S&P 500 December 10 close is 10.00% below its September 20 record close (2930.75).',
          "drawdown_from_record_close('SPX','2018-12-10')", ref_date='2018-12-10', comparison='vs RUT'),
    ]))

# 14 --------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id='marketscreener_201401_rut_record_1181',
    source={'site': 'marketscreener.com', 'url': 'https://www.marketscreener.com/news/latest/NY-Russell-2000-Small-caps-may-be-worth-overseeing-after-all--18469714/',
            'original_outlet': 'MarketScreener'},
    published='2014-01', published_confidence='medium',
    published_note='No date on the page; "recently reach a record at 1181.3 points" is the January 22, 2014 record close and the text speaks of "until January 2014", so late January 2014.',
    text=("NY: Russell 2000 - Small caps may be worth overseeing after all. Today the index is the main benchmark for mutual funds "
          "built around firms with small market values, and many managers run ETFs that try to track or beat it. Its main "
          "sectors are financial services, consumer discretionary, producer durables, technology and health care. Since 2008, "
          "the year the Global Financial Crisis broke out, its components have pushed prices higher, letting the index recently "
          "reach a record at 1181.3 points, helped mainly by a strong recovery in financial stocks. For the period between 2008 "
          "and 2010 it beat the S&P500 as well as the Nasdaq and the Dow Jones Industrial Average. Until January 2014 the "
          "small-cap gauge stayed in what can be called the second step of a recovery path begun early by November 2012. That "
          "uptrend suffered a backlash of almost 8% in only two weeks, throwing prices toward 1093.6 points, on November 2013."),
    claims=[
        C('RUT', 'record_close_level', 1181.3, 'a record at 1181.3 points', 'supported', TOL,
          'January 22, 2014 closed at 1181.29, a record close (earlier record 1175.72 the day before).', "close('RUT','2014-01-22')",
          unit='points', ref_date='2014-01-22'),
        C('RUT', 'outperformance_vs_spx', True, 'it beat the S&P500', 'supported', 'comparison holds',
          '2008-2010 price change: RUT +2.30% (766.03 to 783.65) against S&P 500 -14.35%; computed value is the gap in pp.',
          "period_diff('RUT','SPX','2008-01-01','2010-12-31')", unit='pp', ref_date='2010-12-31', window='2008-2010', comparison='RUT vs SPX'),
        C('RUT', 'outperformance_vs_ixic', True, 'as well as the Nasdaq', 'supported', 'comparison holds',
          'Nasdaq Composite 2008-2010: +0.02%; RUT +2.30%.', "period_diff('RUT','IXIC','2008-01-01','2010-12-31')", unit='pp',
          ref_date='2010-12-31', window='2008-2010', comparison='RUT vs IXIC'),
        C('RUT', 'outperformance_vs_dji', True, 'the Dow Jones Industrial Average', 'supported', 'comparison holds',
          'Dow 2008-2010: -12.72%; RUT +2.30%.', "period_diff('RUT','DJI','2008-01-01','2010-12-31')", unit='pp',
          ref_date='2010-12-31', window='2008-2010', comparison='RUT vs DJI'),
        C('RUT', 'pullback', 8, 'almost 8% in only two weeks', 'contradicted', 'nearly: claim - 1 <= true <= claim + 0.5 not met',
          'The October-November 2013 pullback ran from the October 29 close 1121.07 to the November 7 close 1079.09, -3.74% in seven sessions.',
          "below_level(close('RUT','2013-11-07'), max_close('RUT','2013-10-24','2013-11-07'))", qualifier='almost',
          ref_date='2013-11-07', window='two weeks, Oct-Nov 2013'),
        C('RUT', 'level', 1093.6, 'toward 1093.6 points', 'contradicted', 'contradicted: level more than 1% off',
          'The November 2013 low close was 1079.09 (November 7, intraday low 1079.08); 1093.6 is 1.3% above it and matches no November close.',
          "min_close('RUT','2013-11-01','2013-11-30')", unit='points', ref_date='2013-11-07'),
    ]))

# 15 --------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id='seekingalpha_20190430_king_dollar_small_caps',
    source={'site': 'seekingalpha.com', 'url': 'https://seekingalpha.com/news/3456099-will-king-dollar-boost-small-caps',
            'original_outlet': 'Seeking Alpha (citing The Wall Street Journal)'},
    published='2019-04-30', published_confidence='exact',
    published_note='Page dated 2019-04-30. The YTD pair (17.4% and 110 bp) matches the April 29 closes exactly, so the scorecard is keyed at the April 29 close.',
    text=("Will king dollar boost small caps? The S&P 500 and Nasdaq both hit record highs this week and the DJIA is just a handful of points away, yet the Russell 2000 remains more than 8% below its all-time high hit last August. In the WSJ, Jessica Menton asks whether the resurgent greenback could finally give small caps their day, since they are seen as more domestic and so less exposed to a strong dollar. The Fed meets this week, and no policy changes are expected. The scorecard: year over year, the S&P 500 is up 11.% vs. the Russell 2000's 3.7% advance; year-to-date the race is closer, with the S&P 500's 17.4% gain actually trailing the Russell 2000 by 110 basis points."),
    claims=[
        C('SPX', 'record_close', True, 'The S&P 500 and Nasdaq', 'supported', 'record: above every earlier close',
          'S&P 500 closed at a record 2943.03 on Monday April 29 (and again on April 30).', "is_record_close('SPX','2019-04-29')",
          unit='flag', ref_date='2019-04-29', window='this week'),
        C('IXIC', 'record_close', True, 'both hit record highs this week', 'supported', 'record: above every earlier close',
          'Nasdaq Composite closed at a record 8161.85 on April 29.', "is_record_close('IXIC','2019-04-29')", unit='flag',
          ref_date='2019-04-29', window='this week'),
        C('DJI', 'points_below_record', 'a handful', 'a handful of points away', 'contradicted', 'contradicted: distance far larger than stated',
          'The Dow closed April 29 at 26554.39, 274 points (1.0%) below its October 3, 2018 record close 26828.39; its closest approach that week was 235 points (April 30).',
          "points_below_record_close('DJI','2019-04-29')", unit='points', ref_date='2019-04-29'),
        C('RUT', 'pct_from_ath', 8, 'more than 8% below', 'supported', 'more than: true > claim',
          'April 29 close 1598.36 is 8.18% below the 1740.75 record close (8.59% on April 30).', "drawdown_from_record_close('RUT','2019-04-29')",
          qualifier='more than', ref_date='2019-04-29'),
        C('RUT', 'record_close_date', '2018-08', 'all-time high hit last August', 'supported', 'record date',
          'The record close is August 31, 2018.', "max_close_date('RUT','1987-01-01','2019-04-29')", unit='date', ref_date='2019-04-29'),
        C('FEDFUNDS', 'fomc_meeting_this_week', True, 'The Fed meets this week', 'supported', 'FOMC calendar',
          'FOMC decision day May 1, 2019 falls in the week of April 29.', "fomc_decisions('2019-04-29','2019-05-03')", unit='dates',
          ref_date='2019-05-01', basis=None),
        C('FEDFUNDS', 'expectation', 'no change', 'no policy changes are expected', 'forecast', 'expectation about a coming decision',
          'An expectation; not judged (the Fed did hold at 2.25-2.50% on May 1).', unit=None, ref_date='2019-05-01', basis=None),
        C('SPX', 'yoy_change', 11, 'up 11.%', 'supported', TOL,
          'Keyed from the close one year before publication (April 30, 2018) to the April 29, 2019 close: +11.14% (integer tolerance; the "11.%" typo is kept as written). Measured from April 27, 2018 (last close on or before April 29, 2018) it is +10.23%.',
          "pct('SPX','2018-04-30','2019-04-29')", ref_date='2019-04-29', window='year over year'),
        C('RUT', 'yoy_change', 3.7, '3.7% advance', 'supported', TOL,
          'Same window as the S&P 500 figure: April 30, 2018 close to April 29, 2019 close = +3.66%. From April 27, 2018 it would be +2.71%; at the April 30, 2019 close +3.20%. Both scorecard pairs (year-over-year and YTD) fit the April 29 close.',
          "pct('RUT','2018-04-30','2019-04-29')", ref_date='2019-04-29', window='year over year'),
        C('SPX', 'ytd_change', 17.4, '17.4% gain', 'supported', TOL, 'S&P 500 YTD at the April 29 close: +17.40%.',
          "since_close_before('SPX','2019-01-01','2019-04-29')", ref_date='2019-04-29', window='2019 YTD'),
        C('RUT', 'ytd_lead_vs_spx', 110, 'by 110 basis points', 'imprecise', 'imprecise: integer off by more than 0.5, |error| <= 20% of true',
          'RUT YTD +18.52% against S&P 500 +17.40% at the April 29 close: 112.4 bp, 2.4 bp more than stated (at the April 30 close only 48 bp).',
          "r4(ytd_diff('RUT','SPX','2019-04-29')*100)", unit='bp', ref_date='2019-04-29', window='2019 YTD', comparison='RUT vs SPX',
          detail='bp figure treated as an integer (tolerance 0.5 bp)'),
    ]))

# 16 --------------------------------------------------------------------------------------------
PASSAGES.append(dict(
    id='royce_202307_2q23_small_cap_recap',
    source={'site': 'franklintempletonglobal.com', 'url': 'https://www.franklintempletonglobal.com/articles/2023/royce-investment-partners/2q23-small-cap-recap',
            'original_outlet': 'Royce Investment Partners (Franklin Templeton)'},
    published='2023-07', published_confidence='medium', published_note='Quarterly recap for the period ended June 30, 2023; no day shown.',
    text=("2Q23 Small-Cap Recap: small cap stays in the black. The Russell 2000 Index rose 5.2% in 2Q23: small caps slipped in April and May and rebounded in June. The biggest gains, though, sat at the top of the capitalization range - the Russell 1000 Index gained 8.6%, the mega-cap Russell Top 50 was up 13.2%, and the tech-laden Nasdaq Composite advanced 13.2%. Over the first half of 2023 the Russell 2000 was up 8.1%; by comparison the Russell 1000 increased 16.7%, the Russell Top 50 rose 27.8%, and the Nasdaq advanced 32.3%. Small caps started the year in front, but that lead lasted only until Groundhog Day, the small-cap index's high for the year so far. At the end of January the Russell 2000 was 300 basis points ahead of its large-cap counterpart; by the end of June it was 859 basis points behind it year to date."),
    claims=[
        C('RUT', 'quarter_change', 5.2, 'rose 5.2% in 2Q23', 'imprecise', 'imprecise: |error| <= 20% of true and <= 2 pp',
          'Q2 2023 price change is +4.79% (1802.48 to 1888.73). Royce quotes total returns (source Russell), which would add about 0.4 pp; the files hold only the price index.',
          "since_close_before('RUT','2023-04-01','2023-06-30')", ref_date='2023-06-30', window='2Q23'),
        C('RUT', 'monthly_signs', 'Apr-, May-, Jun+', 'slipped in April and May and rebounded in June', 'supported', 'signs hold',
          'April -1.86%, May -1.09%, June +7.95% (price).', "months_neg_neg_pos('RUT','2023-04','2023-05','2023-06')", unit='flags',
          ref_date='2023-06-30', window='Apr-Jun 2023'),
        C('RUI', 'quarter_change', 8.6, 'gained 8.6%', 'unverifiable', 'series not in the files', 'The Russell 1000 is not in the files.',
          ref_date='2023-06-30', window='2Q23'),
        C('RUI_TOP50', 'quarter_change', 13.2, 'Russell Top 50 was up 13.2%', 'unverifiable', 'series not in the files',
          'The Russell Top 50 is not in the files.', ref_date='2023-06-30', window='2Q23'),
        C('IXIC', 'quarter_change', 13.2, 'Nasdaq Composite advanced 13.2%', 'imprecise', 'imprecise: |error| <= 20% of true and <= 2 pp',
          'Nasdaq Composite Q2 2023 price change is +12.81%; a total-return figure would be slightly higher.',
          "since_close_before('IXIC','2023-04-01','2023-06-30')", ref_date='2023-06-30', window='2Q23'),
        C('RUT', 'h1_change', 8.1, 'Russell 2000 was up 8.1%', 'imprecise', 'imprecise: |error| <= 20% of true and <= 2 pp',
          'First-half 2023 price change is +7.24% (1761.25 to 1888.73); 8.1 fits a total-return reading.',
          "since_close_before('RUT','2023-01-01','2023-06-30')", ref_date='2023-06-30', window='1H23'),
        C('RUI', 'h1_change', 16.7, 'increased 16.7%', 'unverifiable', 'series not in the files', 'The Russell 1000 is not in the files.',
          ref_date='2023-06-30', window='1H23'),
        C('RUI_TOP50', 'h1_change', 27.8, 'rose 27.8%', 'unverifiable', 'series not in the files', 'The Russell Top 50 is not in the files.',
          ref_date='2023-06-30', window='1H23'),
        C('IXIC', 'h1_change', 32.3, 'Nasdaq advanced 32.3%', 'imprecise', 'imprecise: |error| <= 20% of true and <= 2 pp',
          'Nasdaq Composite first-half 2023 price change is +31.73%.', "since_close_before('IXIC','2023-01-01','2023-06-30')",
          ref_date='2023-06-30', window='1H23'),
        C('RUT', 'year_high_date', '2023-02-02', 'until Groundhog Day', 'supported', 'date of the highest close',
          'Highest 2023 close through June is 2001.22 on February 2 (Groundhog Day).', "max_close_date('RUT','2023-01-01','2023-06-30')",
          unit='date', ref_date='2023-06-30', window='2023 to June 30'),
        C('RUI', 'ytd_lead', 300, '300 basis points ahead', 'unverifiable', 'series not in the files',
          'Against the Russell 1000, which is not in the files. Proxy only: against the S&P 500 price index the RUT lead at January 31 was 3.5 pp.',
          unit='bp', ref_date='2023-01-31', window='January 2023', comparison='RUT vs Russell 1000'),
        C('RUI', 'ytd_lag', 859, '859 basis points behind', 'unverifiable', 'series not in the files',
          'Against the Russell 1000, which is not in the files. Proxy only: against the S&P 500 price index the RUT lag at June 30 was 8.67 pp.',
          unit='bp', ref_date='2023-06-30', window='1H23', comparison='RUT vs Russell 1000'),
    ]))
