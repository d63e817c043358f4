"""Build passages.jsonl, key.jsonl and recipes.json of this corpus (heldout40b: weekly, monthly, quarterly and yearly market wraps).

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
Writes its outputs beside itself. Verdicts are set here by hand from the recomputed values.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R  # noqa: E402

P = []


def C(t, metric, value, unit, anchor, recipe, verdict, rule, note, ref=None, q=None, window=None, comp=None, basis='close', detail=''):
    return dict(index_or_ticker=t, metric=metric, value=value, unit=unit, qualifier=q, ref_date=ref, window=window,
                comparison=comp, basis=basis, anchor=anchor, recipe=recipe, verdict=verdict, rule=rule, note=note, detail=detail)


def add(pid, site, url, outlet, published, conf, pnote, text, claims):
    P.append(dict(id=pid, site=site, url=url, outlet=outlet, published=published, conf=conf, pnote=pnote, text=text, claims=claims))


S, I, X, U, F, N = 'supported', 'imprecise', 'contradicted', 'unverifiable', 'forecast', 'not_checkable'
INT = 'unhedged integer: |true - claim| <= 0.5'
D1 = 'unhedged 1 decimal: |true - claim| <= 0.07'
D2 = 'unhedged 2 decimals: |true - claim| <= 0.025'
TRUNC = 'truncated figure: imprecise'
PCTI = 'percent figure off by <= max(2 pp, 10%) and <= 20% of the true value: imprecise'
PCTX = 'percent figure off by more than the imprecise band: contradicted'
PTSI = 'point change or distance off by <= 20%: imprecise'
LVLI = 'index level off by <= 1%: imprecise'
ABOUT = 'about/around/approximately: within one unit of the last stated digit'
NEARLY = 'nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit'
NEARLY0 = 'nearly with a round figure of 100 or more: unit = 2% of the value'
MORE = 'more than/over: true > claim'
ATLEAST = 'at least: true >= claim'
LESS = 'less than/within: true < claim'
MID = 'mid-session figure inside the session range: unverifiable'
NOFILE = 'series or history not in the files: unverifiable'
TRU = 'total-return figure, only a price index in the files: unverifiable'
METHOD = 'method, window or event set not stated: unverifiable'
ONPACE = 'on pace/set to: not_checkable'
RULE = 'rule of thumb, conditional or quoted opinion: not_checkable'
FC = 'projection or target: forecast'
REC = 'record: above every earlier close in the file'
RECH = 'intraday record: above every earlier high in the file'
SINCE = 'highest/lowest/best/worst since X: X must be the last period at least as extreme'
SINCEU = 'since X later than the true date (understated): imprecise'
SINCEX = 'since X earlier than the true date: contradicted'
STREAK = 'streaks and counts use closes (weekly: Friday to Friday; monthly: month-end to month-end)'
COUNT = 'count: exact'
RANK = 'rank or ordering: exact'
RANKX = 'wrong rank or ordering: contradicted'
DATE = 'date matches'
FED = 'Fed target range (DFEDTAR/DFEDTARU/DFEDTARL, FOMC_meetings.csv)'
ARITH = 'arithmetic on figures the passage states'
YLD = 'FRED end-of-day yield'
INTRA = 'intraday yield or level quote: unverifiable'

# ---------------------------------------------------------------- 1
add('baltimoresun_20090101_2008_worst_since_1930s', 'www.baltimoresun.com',
    'https://www.baltimoresun.com/news/bs-xpm-2009-01-01-0812310224-story.html',
    'The Baltimore Sun', '2009-01-01', 'exact',
    'The URL carries the date 2009-01-01 (bs-xpm-2009-01-01); "yesterday" is Wednesday 2008-12-31, the last session of 2008. Annual figures run from the 2007-12-31 close to the 2008-12-31 close.',
    "'08 loss worst since 1930s (The Baltimore Sun). The stock market closed out 2008 yesterday, ending a year with the worst performance since the Great Depression after investors faced a deep recession, "
    "the fallout of the subprime mortgage mess and some of the most volatile trading days in history. The Dow Jones industrial average dropped 33.84 percent, its third-largest decline ever and the biggest decrease since 1931. "
    "The Standard & Poor's 500 index, a broader measure of market performance, lost 38.49 percent, just slightly better than the severe decline of 1937. And the Nasdaq composite index, created in 1971, posted its worst year "
    "with a 40.54 percent plunge; the Nasdaq's previous record decline occurred in 2000, when the technology-laden index lost 39.3 percent after the Internet bubble burst. With nearly $7 trillion in stock value wiped out "
    "last year, many investors considered it a success if their losses were smaller than the benchmarks'. On the last day of trading yesterday, all three major indexes posted gains. The Dow rose 108 points to close at "
    "8,776.39. The S&P rose 12.61 to end at 903.25. And the Nasdaq gained 26.33 to close at 1,577.03.",
    [
        C('SPX', 'worst_year_since', 'Great Depression', 'period', 'the worst performance since the Great Depression', "[year_return('SPX',2008), last_year_at_most('SPX',2008)]", S, SINCE,
          'The S&P 500\'s -38.49% was last matched in 1937 (-38.59%, S&P 90), a Depression-decade year. The Dow\'s -33.84% is the worst year in its file (from 1992); its "since 1931" is judged separately.', ref='2008-12-31', window='2008'),
        C('DJI', 'year_change', -33.84, 'percent', 'dropped 33.84 percent', "year_return('DJI',2008)", S, D2, '13,264.82 (2007-12-31) -> 8,776.39 = -33.84%.', ref='2008-12-31', window='2008'),
        C('DJI', 'rank_annual_decline', 3, 'rank', 'its third-largest decline ever', "year_rank('DJI',2008,1993,2008,best=False)", U, NOFILE,
          'A rank over the Dow\'s whole history (from 1896) needs years before 1992, which the file lacks; among 1993-2008 it is the worst year.', ref='2008-12-31'),
        C('DJI', 'worst_year_since', 1931, 'year', 'the biggest decrease since 1931', None, U, NOFILE,
          'Needs Dow annual returns for 1931-1991; the file starts in 1992. No year from 1993 to 2007 came near -33.84% (worst: 2002, -16.76%).', ref='2008-12-31'),
        C('SPX', 'year_change', -38.49, 'percent', 'lost 38.49 percent', "year_return('SPX',2008)", S, D2, '1,468.36 -> 903.25 = -38.49%.', ref='2008-12-31', window='2008'),
        C('SPX', 'comparison_year', 1937, 'year', 'just slightly better than the severe decline of 1937', "year_return('SPX',1937)", S, 'ordering matches',
          '1937: -38.59% (the S&P 90 series in the file), 0.10 point worse than 2008.', ref='1937-12-31', window='1937'),
        C('IXIC', 'year_change', -40.54, 'percent', 'a 40.54 percent plunge', "year_return('IXIC',2008)", S, D2, '2,652.28 -> 1,577.03 = -40.54%.', ref='2008-12-31', window='2008'),
        C('IXIC', 'worst_year', True, 'flag', 'posted its worst year', "year_rank('IXIC',2008,1972,2008,best=False)", S, RANK,
          'Worst calendar year 1972-2008; the file starts 1971-02-05 (base 100), and 1971 ended higher (114.12), so 2008 is the worst year since the index began.', ref='2008-12-31'),
        C('IXIC', 'year_change', -39.3, 'percent', 'lost 39.3 percent', "year_return('IXIC',2000)", S, D1, '2000: 4,069.31 -> 2,470.52 = -39.29%.', ref='2000-12-29', window='2000'),
        C('IXIC', 'previous_worst_year', 2000, 'year', "the Nasdaq's previous record decline occurred in 2000", "year_rank('IXIC',2000,1972,2007,best=False)", S, RANK,
          'Before 2008 the worst year was 2000 (-39.29%), ahead of 1974 (-35.11%).', ref='2000-12-29'),
        C('US_MARKET_VALUE', 'value_lost', 7, 'trillion dollars', 'nearly $7 trillion in stock value', None, U, NOFILE, 'Market capitalisation is not in the files.', q='nearly', ref='2008-12-31'),
        C('DJI', 'day_change_pts', 108, 'points', 'The Dow rose 108 points', "day_pts('DJI','2008-12-31')", S, INT, '8,668.39 -> 8,776.39 = +108.00.', ref='2008-12-31'),
        C('DJI', 'close', 8776.39, 'index points', '8,776.39', "close('DJI','2008-12-31')", S, D2, 'Close 8,776.39.', ref='2008-12-31'),
        C('SPX', 'day_change_pts', 12.61, 'points', 'rose 12.61', "day_pts('SPX','2008-12-31')", S, D2, '890.64 -> 903.25 = +12.61.', ref='2008-12-31'),
        C('SPX', 'close', 903.25, 'index points', 'end at 903.25', "close('SPX','2008-12-31')", S, D2, 'Close 903.25.', ref='2008-12-31'),
        C('IXIC', 'day_change_pts', 26.33, 'points', 'gained 26.33', "day_pts('IXIC','2008-12-31')", S, D2, '1,550.70 -> 1,577.03 = +26.33.', ref='2008-12-31'),
        C('IXIC', 'close', 1577.03, 'index points', '1,577.03', "close('IXIC','2008-12-31')", S, D2, 'Close 1,577.03.', ref='2008-12-31'),
    ])

# ---------------------------------------------------------------- 2
add('luggageon_20090404_dow_fourth_weekly_gain', 'luggageon.com',
    'https://luggageon.com/us-stocks-log-gains-for-fourth-week-in-a-row',
    'unattributed news item (repost on luggageon.com)', '2009-04-04', 'exact',
    'The item is datelined "Saturday, April 4, 2009"; "Friday" is 2009-04-03 and the week is the one ended that day (from the 2009-03-27 close).',
    "US stocks log gains for fourth week in a row. Saturday, April 4, 2009. United States stock indexes posted gains on Friday, marking a four-week long positive streak. This came despite a US Labor Department report "
    "released the same day, which said that the US economy shed 663,000 jobs in March, with the unemployment rate reaching 8.5%. The Dow Jones Industrial Average posted a modest gain of half a "
    "percent or 39 points, ending the day at 8,017. The index has not closed above 8,000 since February. The last time the Dow had risen for four weeks in a row was between September and October of 2007, when the stock "
    "index reached its all-time high of over 14,000. The streak is the index's best since 1993. The broader S&P 500 gained eight points, or one percent, by the closing bell. The Nasdaq Composite had the largest gains of "
    "the three indexes, up 1.2% to 1,622. Both the S&P and the Dow gained over 3% over the course of the week, while the Nasdaq was up almost 5%.",
    [
        C('US_JOBS', 'payroll_change', -663000, 'jobs', 'shed 663,000 jobs', None, U, NOFILE, 'Payroll data are not in the files.', ref='2009-03-31'),
        C('US_UNEMPLOYMENT', 'rate', 8.5, 'percent', 'the unemployment rate reaching 8.5%', None, U, NOFILE, 'Unemployment data are not in the files.', ref='2009-03-31'),
        C('DJI, SPX, IXIC', 'week_up_streak', 4, 'weeks', 'marking a four-week long positive streak', "[week_up_streak(t,'2009-04-03') for t in ['DJI','SPX','IXIC']]", S, STREAK,
          'Weeks ended 2009-03-13, 03-20, 03-27 and 04-03 all rose for the Dow (+9.01, +0.75, +6.84, +3.10%), the S&P 500 and the Nasdaq: four each.', ref='2009-04-03', window='2009-03-06..2009-04-03'),
        C('DJI', 'day_change_pct', 0.5, 'percent', 'a modest gain of half a', "day_pct('DJI','2009-04-03')", S, D1, '7,978.08 -> 8,017.59 = +0.50%.', ref='2009-04-03'),
        C('DJI', 'day_change_pts', 39, 'points', 'percent or 39 points', "day_pts('DJI','2009-04-03')", I, TRUNC, '+39.51 points, which rounds to 40; "39" truncates it.', ref='2009-04-03'),
        C('DJI', 'close', 8017, 'index points', 'ending the day at 8,017', "close('DJI','2009-04-03')", I, TRUNC, 'Close 8,017.59, which rounds to 8,018; "8,017" truncates it (0.007% off).', ref='2009-04-03'),
        C('DJI', 'last_close_above', '2009-02', 'month', 'has not closed above 8,000 since February', "last_close_at_or_above('DJI',8000,'2009-04-02')", S, DATE,
          'The last close above 8,000 before 2009-04-03 was 8,270.87 on 2009-02-09.', ref='2009-04-03'),
        C('DJI', 'previous_four_week_streak', '2007-09..2007-10', 'period', 'between September and October of 2007', "week_streaks('DJI','2007-06-01','2009-03-27',4)", S, STREAK,
          'The last weekly winning streak of four or more weeks before March 2009: five weeks, 2007-09-14 to 2007-10-12.', ref='2007-10-12'),
        C('DJI', 'record_close', 14164.53, 'index points', 'its all-time high of over 14,000', "record_close_upto('DJI','2009-04-03')", S, MORE, 'Record close 14,164.53 on 2007-10-09, inside that streak.', q='more than', ref='2007-10-09'),
        C('DJI', 'best_four_week_since', 1993, 'year', "The streak is the index's best since 1993", "[n_week_pct('DJI','2009-04-03',4), max_n_week_pct('DJI','1992-01-01','2009-02-27',4)]", I, SINCEU,
          'The four weeks gained 20.98% (2009-03-06 to 04-03). No four-week window in the file (from 1992) came close: the largest before March 2009 was +13.62% (to 1998-11-06). The last gain as large is earlier than 1992 (AP put it in 1933), so "since 1993" understates it.', ref='2009-04-03', window='2009-03-06..2009-04-03'),
        C('SPX', 'day_change_pts', 8, 'points', 'gained eight points', "day_pts('SPX','2009-04-03')", S, INT, '834.38 -> 842.50 = +8.12.', ref='2009-04-03'),
        C('SPX', 'day_change_pct', 1, 'percent', 'or one percent', "day_pct('SPX','2009-04-03')", S, INT, '+0.97%.', ref='2009-04-03'),
        C('IXIC', 'day_change_pct', 1.2, 'percent', 'up 1.2%', "day_pct('IXIC','2009-04-03')", S, D1, '1,602.63 -> 1,621.87 = +1.20%, the largest of the three (Dow +0.50%, S&P 500 +0.97%).', ref='2009-04-03'),
        C('IXIC', 'close', 1622, 'index points', 'to 1,622', "close('IXIC','2009-04-03')", S, INT, 'Close 1,621.87.', ref='2009-04-03'),
        C('SPX', 'week_change', 3, 'percent', 'Both the S&P and the Dow gained over 3%', "week_return('SPX','2009-04-03')", S, MORE, '815.94 -> 842.50 = +3.26%.', q='more than', ref='2009-04-03', window='week ended 2009-04-03'),
        C('DJI', 'week_change', 3, 'percent', 'over the course of the week', "week_return('DJI','2009-04-03')", S, MORE, '7,776.18 -> 8,017.59 = +3.10%.', q='more than', ref='2009-04-03', window='week ended 2009-04-03'),
        C('IXIC', 'week_change', 5, 'percent', 'the Nasdaq was up almost 5%', "week_return('IXIC','2009-04-03')", S, NEARLY, '1,545.20 -> 1,621.87 = +4.96%.', q='nearly', ref='2009-04-03', window='week ended 2009-04-03'),
    ])

# ---------------------------------------------------------------- 3
add('cityam_20101115_wall_street_week_ahead', 'www.cityam.com',
    'https://www.cityam.com/the-wall-street-week-ahead-2/',
    'City A.M. ("The Wall Street Week Ahead")', '2010-11-15', 'medium',
    'Undated page. The week it reviews is the one ended Friday 2010-11-12 (Dow -2.20%, S&P 500 -2.17%, Nasdaq -2.36%; the S&P 500\'s 2010 closing high of 1,225.85 came on 2010-11-05, "last week", and on 11-12 its low dipped under the 20-day average). City A.M. appears on weekdays, so the column most likely ran on Monday 2010-11-15.',
    "THE WALL STREET WEEK AHEAD (City A.M.). Without a boost from Washington policymakers or data showing budding strength in the economy, Wall Street's rally may be running out of fuel as the S&P 500 eases off its 2010 high. "
    "A data-heavy week could give investors hard evidence to justify a rally that lifted the S&P 500 16.8 per cent from its 31 August close to the 2010 closing high hit last week. But the index has been unable to move "
    "above 1,228, a key resistance level, and its chart is brewing a double-top formation, a very bearish signal. \"We're susceptible to a pullback if we don't get any clarity on fiscal policy,\" said John Lynch of Wells Fargo "
    "Funds Management, adding that the US still has above 9 per cent unemployment. For the week, the Dow Jones industrial average and the Standard & Poor's 500 index each fell 2.2 per cent. The Nasdaq Composite index lost "
    "2.4 per cent. The S&P 500 brushed the 61.8 per cent retracement of its slide from the historic highs in 2007 to the low in March 2009. This was the second time the index backed away from the 1,228 area; the last "
    "retreat from that level, in April, was the start of a correction that took the S&P to its 2010 low in July. The S&P 500 dipped on Friday below its 20-day moving average for the first time since September 1 but "
    "managed to close above it in a sign that that level could provide strong technical support.",
    [
        C('SPX', 'pct_change', 16.8, 'percent', 'lifted the S&P 500 16.8 per cent', "pct('SPX','2010-08-31','2010-11-05')", S, D1, '1,049.33 (2010-08-31) -> 1,225.85 (2010-11-05) = +16.82%.', ref='2010-11-05', window='2010-08-31..2010-11-05'),
        C('SPX', 'closing_high_date', 'last week', 'date', 'the 2010 closing high hit last week', "[argmax_close('SPX','2010-01-01','2010-11-12'), max_close('SPX','2010-01-01','2010-11-12')]", S, DATE,
          'The 2010 closing high, 1,225.85, came on Friday 2010-11-05, in the week before the one reviewed.', ref='2010-11-05'),
        C('SPX', 'resistance_not_exceeded', 1228, 'index points', 'unable to move above 1,228', "max_high('SPX','2010-01-01','2010-11-12')", S, LESS,
          'The highest intraday level of 2010 through 11-12 was 1,227.08 (2010-11-05), just under 1,228.', basis='intraday high', ref='2010-11-12'),
        C('GENERIC', 'chart_pattern', 'double top', 'pattern', 'brewing a double-top formation', None, N, RULE, 'A chart reading, not a fact the files decide.', ref='2010-11-12'),
        C('US_UNEMPLOYMENT', 'rate', 9, 'percent', 'above 9 per cent unemployment', None, U, NOFILE, 'Unemployment data are not in the files.', q='more than', ref='2010-10-31'),
        C('DJI', 'week_change', -2.2, 'percent', 'each fell 2.2 per cent', "week_return('DJI','2010-11-12')", S, D1, '11,444.08 -> 11,192.58 = -2.20%.', ref='2010-11-12', window='week ended 2010-11-12'),
        C('SPX', 'week_change', -2.2, 'percent', "the Standard & Poor's 500 index each", "week_return('SPX','2010-11-12')", S, D1, '1,225.85 -> 1,199.21 = -2.17%.', ref='2010-11-12', window='week ended 2010-11-12'),
        C('IXIC', 'week_change', -2.4, 'percent', '2.4 per cent', "week_return('IXIC','2010-11-12')", S, D1, '2,578.98 -> 2,518.21 = -2.36%.', ref='2010-11-12', window='week ended 2010-11-12'),
        C('SPX', 'retracement_touch', 61.8, 'percent', 'brushed the 61.8 per cent retracement', "[retracement('SPX','2007-01-01','2007-12-31','2009-03-01','2009-03-31',0.618), max_high('SPX','2010-11-08','2010-11-12')]", S, 'level within a few points of the stated retracement',
          'From the 2007 intraday high (1,576.09) to the March 2009 intraday low (666.79), the 61.8% retracement is 1,228.74, the "1,228" of the text; the week\'s high was 1,226.84 (2010-11-09). On closes (1,565.15 and 676.53) it would be 1,225.70.', basis='intraday high', ref='2010-11-12'),
        C('SPX', 'previous_retreat', '2010-04', 'month', 'the last retreat from that level, in April', "[argmax_high('SPX','2010-04-01','2010-04-30'), max_high('SPX','2010-04-01','2010-04-30')]", S, DATE,
          'The April 2010 peak was 1,219.80 intraday on 2010-04-26 (closing high 1,217.28 on 04-23), about 8 points short of 1,228.', basis='intraday high', ref='2010-04-26'),
        C('SPX', 'correction_to_low', '2010-07', 'month', 'its 2010 low in July', "[argmin_close('SPX','2010-01-01','2010-11-12'), min_close('SPX','2010-01-01','2010-11-12'), pct('SPX','2010-04-23','2010-07-02')]", S, 'correction: close at least 10% below the 52-week high; low date matches',
          '2010 closing low 1,022.58 on 2010-07-02, 15.99% below the 2010-04-23 close of 1,217.28: a correction.', ref='2010-07-02', window='2010-04-23..2010-07-02'),
        C('SPX', 'ma20_dip', '2010-09-01', 'date', 'for the first time since September 1', "ma_dip('SPX',20,'2010-11-12')", S, SINCE,
          'On 2010-11-12 the intraday low (1,194.08) fell under the 20-session average of closes (1,195.19) while the close (1,199.21) stayed above it; the last earlier session whose low was under the average was 2010-09-01.', basis='intraday low', ref='2010-11-12'),
    ])

# ---------------------------------------------------------------- 4
add('newsday_20110701_dow_best_week_in_two_years', 'www.newsday.com',
    'https://www.newsday.com/business/stocks-close-huge-week-with-rally-d70601',
    'Newsday (wire story; the same text ran as an Associated Press story)', '2011-07-01', 'medium',
    'Undated page. The Friday figures match Friday 2011-07-01 (Dow +168.43 to 12,582.77); the week runs from the 2011-06-24 close. Published that evening.',
    "Stocks close huge week with rally (Newsday). A rebound in U.S. manufacturing pleasantly surprised investors Friday, sending the Dow Jones industrial average up nearly 170 points. The Dow ended up 648 points, or 5.4 "
    "percent, for the week, its best in two years. The rally started Monday after Nike reported strong quarterly results; on Thursday Greece cleared its final hurdle before it receives its next round of loans, and a report "
    "showed that manufacturing in the Chicago region had picked up unexpectedly. Friday's Institute for Supply Management report showed that manufacturing across the country had expanded. It's quite a turnaround from May "
    "and early June, when economists lowered their growth estimates; stocks had lost most of their gains for the year by mid-June. Todd Salamone of Schaeffer's Investment Research said the surge represented an \"unwinding "
    "of the tremendous negativity that built up over the past few weeks.\" The Dow rose 168.43 points, or 1.4 percent, to 12,582.77 on Friday. The Standard & Poor's 500 index gained 18.94, or 1.4 percent, to 1,339.67. "
    "The Nasdaq composite added 42.51, or 1.5 percent, to 2,816.03.",
    [
        C('DJI', 'day_change_pts', 170, 'points', 'up nearly 170 points', "day_pts('DJI','2011-07-01')", S, NEARLY0, '+168.43; with the 2% unit (3.4 points) "nearly 170" covers 166.6 to 171.7.', q='nearly', ref='2011-07-01'),
        C('DJI', 'week_change_pts', 648, 'points', 'The Dow ended up 648 points', "week_pts('DJI','2011-07-01')", S, INT, '11,934.58 (2011-06-24) -> 12,582.77 = +648.19.', ref='2011-07-01', window='week ended 2011-07-01'),
        C('DJI', 'week_change', 5.4, 'percent', 'or 5.4', "week_return('DJI','2011-07-01')", S, D1, '+5.43%.', ref='2011-07-01', window='week ended 2011-07-01'),
        C('DJI', 'best_week_since', 'two years', 'period', 'its best in two years', "last_week_gain_at_least('DJI','2011-07-01')", S, SINCE,
          'The last week with a gain of 5.43% or more was the week ended 2009-07-17 (+7.33%), about two years earlier.', ref='2011-07-01'),
        C('SPX', 'ytd_change', 'most gains lost', 'trend', 'stocks had lost most of their gains for the year by mid-June', "[ytd('SPX','2011-04-29'), ytd('SPX','2011-06-15')]", S, 'direction and size match',
          'The S&P 500 was up 8.43% for the year at its 2011-04-29 high close (1,363.61) and only 0.62% on 2011-06-15 (1,265.42); the Dow went from +10.65% to +2.76%.', ref='2011-06-15', window='2011 to date'),
        C('DJI', 'day_change_pts', 168.43, 'points', 'The Dow rose 168.43 points', "day_pts('DJI','2011-07-01')", S, D2, '12,414.34 -> 12,582.77 = +168.43.', ref='2011-07-01'),
        C('DJI', 'day_change_pct', 1.4, 'percent', 'or 1.4 percent, to 12,582.77', "day_pct('DJI','2011-07-01')", S, D1, '+1.36%.', ref='2011-07-01'),
        C('DJI', 'close', 12582.77, 'index points', 'to 12,582.77 on Friday', "close('DJI','2011-07-01')", S, D2, 'Close 12,582.77.', ref='2011-07-01'),
        C('SPX', 'day_change_pts', 18.94, 'points', 'gained 18.94', "day_pts('SPX','2011-07-01')", I, PTSI,
          '1,320.64 (2011-06-30) -> 1,339.67 = +19.03; the close is right but the stated change is 0.09 point short (0.5%), as if taken from a preliminary previous close.', ref='2011-07-01'),
        C('SPX', 'day_change_pct', 1.4, 'percent', 'or 1.4 percent, to 1,339.67', "day_pct('SPX','2011-07-01')", S, D1, '+1.44%.', ref='2011-07-01'),
        C('SPX', 'close', 1339.67, 'index points', 'to 1,339.67', "close('SPX','2011-07-01')", S, D2, 'Close 1,339.67.', ref='2011-07-01'),
        C('IXIC', 'day_change_pts', 42.51, 'points', 'added 42.51', "day_pts('IXIC','2011-07-01')", S, D2, '2,773.52 -> 2,816.03 = +42.51.', ref='2011-07-01'),
        C('IXIC', 'day_change_pct', 1.5, 'percent', 'or 1.5 percent', "day_pct('IXIC','2011-07-01')", S, D1, '+1.53%.', ref='2011-07-01'),
        C('IXIC', 'close', 2816.03, 'index points', 'to 2,816.03', "close('IXIC','2011-07-01')", S, D2, 'Close 2,816.03.', ref='2011-07-01'),
    ])

# ---------------------------------------------------------------- 5
add('briefing_20120608_sp500_weekly_reversal', 'albertpeia.com',
    'http://albertpeia.com/yahoomarketupdate060812.htm',
    'Briefing.com (weekly wrap on Yahoo! Finance, reposted on albertpeia.com)', '2012-06-08', 'high',
    'The file name (yahoomarketupdate060812) gives 06/08/12, a Friday; the text reviews Monday 2012-06-04 to Friday 2012-06-08, and "last week" is the week ended 2012-06-01.',
    "YAHOO [BRIEFING.COM]: A big mid-week bounce helped the S&P 500 score a weekly gain of 3.7%, helping it reverse the 3.0% that it lost during the course of trade last week. Action this week began with the broad market "
    "slashing losses for a flat finish on Monday: early weakness in response to a disappointing non-manufacturing PMI reading from China resulted in new multi-month lows before stocks stabilized. On Tuesday the latest ISM "
    "Services Index improved incrementally in May to 53.7 from 53.5 in the prior month, besting the Briefing.com consensus call of 53.1. On Wednesday the stock market scored its best single-session percentage gain of 2012 "
    "by spiking in excess of 2%, in response to speculation that the Fed is weighing further stimulus options; European Central Bank President Draghi insisted that, if needed, actions would be taken after the ECB left its "
    "benchmark interest rate at 1.00%. The stock market's strong, broad-based gains on Wednesday drove many traders out of Treasuries, such that the yield on the 10-year Note ran up to 1.65%, which is roughly 20 basis "
    "points above the record low set last week. Stocks attempted to follow their impressive performance by climbing another 1% or so on Thursday, but all of that gain was given up.",
    [
        C('SPX', 'week_change', 3.7, 'percent', 'a weekly gain of 3.7%', "week_return('SPX','2012-06-08')", S, D1, '1,278.04 (2012-06-01) -> 1,325.66 = +3.73%.', ref='2012-06-08', window='week ended 2012-06-08'),
        C('SPX', 'week_change', -3.0, 'percent', 'reverse the 3.0% that it lost', "week_return('SPX','2012-06-01')", S, D1, '1,317.82 (2012-05-25) -> 1,278.04 = -3.02%.', ref='2012-06-01', window='week ended 2012-06-01'),
        C('SPX', 'day_change_pct', 0, 'percent', 'a flat finish on Monday', "day_pct('SPX','2012-06-04')", S, 'flat: |change| well under 0.1%', '1,278.04 -> 1,278.18 = +0.01%.', ref='2012-06-04'),
        C('SPX', 'intraday_low_since', 'multi-month', 'period', 'new multi-month lows', "[low('SPX','2012-06-04'), last_low_at_or_below('SPX','2012-06-04')]", S, SINCE,
          'Monday\'s intraday low of 1,266.74 was the lowest since 2012-01-05 (low 1,265.26), five months earlier.', basis='intraday low', ref='2012-06-04'),
        C('US_ISM_SERVICES', 'index', [53.7, 53.5], 'index', 'to 53.7 from 53.5', None, U, NOFILE, 'ISM data are not in the files.', ref='2012-05-31'),
        C('US_ISM_SERVICES', 'consensus', 53.1, 'index', 'consensus call of 53.1', None, U, NOFILE, 'Forecast consensus, not in the files.', ref='2012-06-05'),
        C('SPX', 'best_day_of_year', 2012, 'year', 'its best single-session percentage gain of 2012', "[day_pct('SPX','2012-06-06'), last_gain_as_big('SPX','2012-06-06')]", S, SINCE,
          'Wednesday 2012-06-06: +2.30%; no session of 2012 before it gained as much (the last larger gain was 2011-12-20, +2.98%).', ref='2012-06-06'),
        C('SPX', 'day_change_pct', 2, 'percent', 'spiking in excess of 2%', "day_pct('SPX','2012-06-06')", S, MORE, '1,285.50 (2012-06-05) -> 1,315.13 = +2.30%.', q='more than', ref='2012-06-06'),
        C('ECB_RATE', 'policy_rate', 1.0, 'percent', 'benchmark interest rate at 1.00%', None, U, NOFILE, 'ECB rates are not in the files.', ref='2012-06-06'),
        C('US10Y', 'yield', 1.65, 'percent', 'ran up to 1.65%', "rate('DGS10','2012-06-06')", U, INTRA,
          '"Ran up to" describes an intraday move; FRED\'s end-of-day DGS10 was 1.66% on 2012-06-06 (1.65% on Friday 06-08), consistent with it.', basis='intraday', ref='2012-06-06'),
        C('US10Y', 'record_low_date', 'last week', 'date', 'the record low set last week', "rate_min('DGS10','1962-01-01','2012-06-05')", S, DATE,
          'The lowest DGS10 on file up to then: 1.47% on Friday 2012-06-01, in the previous week.', ref='2012-06-01'),
        C('US10Y', 'above_record_low', 20, 'basis points', 'roughly 20 basis', "arith('(1.65 - 1.47) * 100')", S, ABOUT,
          'From the stated 1.65% to the 1.47% record low: 18 basis points (19 on Wednesday\'s end-of-day 1.66%).', q='about', ref='2012-06-06'),
        C('SPX', 'intraday_gain_given_up', 1, 'percent', 'climbing another 1% or so on Thursday', "[session_range_pct('SPX','2012-06-07'), day_pct('SPX','2012-06-07')]", S, 'session high about +1% and a close near unchanged',
          'Thursday 2012-06-07: up as much as 1.06% at the high, closed -0.01% (1,314.99).', q='about', basis='intraday high', ref='2012-06-07'),
    ])

# ---------------------------------------------------------------- 6
add('nyt_20140101_sp500_best_year_since_1997', 'web.archive.org',
    'https://web.archive.org/web/20140101173449/http://www.nytimes.com/2014/01/01/business/daily-stock-market-activity.html',
    'The New York Times (archived copy)', '2014-01-01', 'exact',
    'The URL path carries 2014/01/01 (the print date; the archive capture is of 2014-01-01). The piece describes the last session of 2013, Tuesday 2013-12-31; annual figures run from the 2012-12-31 close.',
    "Wall Street rose on the final day of 2013, joining global stock markets that closed out the year at or near record highs (The New York Times). The Standard & Poor's 500-stock index closed 2013 with a gain of 29.6 "
    "percent, its best advance since 1997, and the Dow Jones industrial average added 26.5 percent for the year, its strongest since 1996. The Nasdaq composite gained 38.3 percent. For the day, markets were bolstered by a "
    "report showing consumer confidence in the United States jumping: the Conference Board said its index of consumer confidence rose to 78.1 points in December, up from 72 in the previous month. In Europe, the FTSE 100 rose 0.3 percent, to 6,749.09 points, ending the year with a 14.4 percent gain.",
    [
        C('SPX, DJI, IXIC', 'day_change_pct', 'up', 'direction', 'Wall Street rose on the final day of 2013', "[day_pct(t,'2013-12-31') for t in ['SPX','DJI','IXIC']]", S, 'direction matches',
          'On 2013-12-31 the S&P 500 rose 0.40%, the Dow 0.44% and the Nasdaq 0.54%.', ref='2013-12-31'),
        C('SPX', 'year_change', 29.6, 'percent', 'a gain of 29.6', "year_return('SPX',2013)", S, D1, '1,426.19 -> 1,848.36 = +29.60%.', ref='2013-12-31', window='2013'),
        C('SPX', 'best_year_since', 1997, 'year', 'its best advance since 1997', "last_year_at_least('SPX',2013)", S, SINCE, 'The last year with a larger gain: 1997 (+31.01%).', ref='2013-12-31'),
        C('DJI', 'year_change', 26.5, 'percent', 'added 26.5 percent for the year', "year_return('DJI',2013)", S, D1, '13,104.14 -> 16,576.66 = +26.50%.', ref='2013-12-31', window='2013'),
        C('DJI', 'best_year_since', 1996, 'year', 'its strongest since 1996', "[last_year_at_least('DJI',2013), year_return('DJI',1996), year_return('DJI',1995)]", I, SINCEU,
          'The Dow gained 26.01% in 1996, less than 2013\'s 26.50%; the last year with a larger gain was 1995 (+33.45%). "Since 1996" is one year too late (other outlets wrote "since 1995").', ref='2013-12-31'),
        C('IXIC', 'year_change', 38.3, 'percent', 'gained 38.3 percent', "year_return('IXIC',2013)", S, D1, '3,019.51 -> 4,176.59 = +38.32%.', ref='2013-12-31', window='2013'),
        C('CONSUMER_CONFIDENCE', 'index', 78.1, 'index', 'rose to 78.1 points', None, U, NOFILE, 'Conference Board data are not in the files.', ref='2013-12-31'),
        C('CONSUMER_CONFIDENCE', 'previous_index', 72, 'index', 'up from 72 in the previous month', None, U, NOFILE, 'Conference Board data are not in the files.', ref='2013-11-30'),
        C('FTSE100', 'day_change_and_close', [0.3, 6749.09], 'percent, index points', 'rose 0.3 percent, to 6,749.09 points', None, U, NOFILE, 'The FTSE 100 is not in the files.', ref='2013-12-31'),
        C('FTSE100', 'year_change', 14.4, 'percent', 'a 14.4 percent gain', None, U, NOFILE, 'The FTSE 100 is not in the files.', ref='2013-12-31', window='2013'),
    ])

# ---------------------------------------------------------------- 7
add('bespoke_20141231_sp500_ends_year_down_1pct', 'efip.19.plus',
    'http://efip.19.plus/2014/12/',
    'Bespoke Investment Group (blog posts, mirrored on efip.19.plus)', '2014-12-31', 'high',
    'Month archive (2014/12) holding two Bespoke posts. "Finished the day down 1.03%" matches the S&P 500 on Wednesday 2014-12-31, the last session of 2014; the second post was written during that session ("selling since mid-day", "now set to end the year"), before the close.',
    "S&P 500 Finishes the Year Down 1%+ (Bespoke). The S&P 500 finished the day down 1.03%. In the index's history going back to 1928, it has only ended the year down more than 1% four other times. The first time this "
    "happened was actually back in 1996, so the index went 68 years without having a 1%+ down day to end the year. The last time it happened was in 2009, and following that down day, the index gained 1.6% on the first "
    "trading day of 2010. Even though the major indices traded up on the year, most traders are now heading home saying \"good riddance\" to 2014. Dow Doggin' It Into Year End: it looked like investors might get to cheer "
    "the market into the new year this morning, when the major indices were trading in the green, but big batches of selling since mid-day have taken us solidly into the red. The Dow is now set to end the year on a "
    "three-day losing streak. Since 1900, the Dow has ended the year on a three-day losing streak just six times before this year. The last time it happened was ten years ago in 2004, and prior to that it hadn't happened "
    "since 1986. Back in 2005, following 2004's three-day losing streak, the Dow traded down to start the new year, and it ended the year in the red as well. Overall, the Dow has gained on the first trading day of the new "
    "year in four of six instances, and it has been up 4 of 6 times over the first three trading days as well.",
    [
        C('SPX', 'day_change_pct', -1.03, 'percent', 'finished the day down 1.03%', "day_pct('SPX','2014-12-31')", S, D2, '2,080.35 -> 2,058.90 = -1.03%.', ref='2014-12-31'),
        C('SPX', 'count_year_end_drops', 4, 'count', 'four other times', "last_day_of_year_drops('SPX',1928,2013,1.0)", S, COUNT,
          'Last sessions of the year down more than 1%, 1928-2013: 1996 (-1.74%), 2000 (-1.04%), 2001 (-1.11%), 2009 (-1.005%): four.', ref='2013-12-31', window='1928..2013'),
        C('SPX', 'first_year_end_drop', 1996, 'year', 'actually back in 1996', "last_day_of_year_drops('SPX',1928,2013,1.0)[0]", S, DATE, 'The first such year in the file (from 1928) is 1996.', ref='1996-12-31'),
        C('SPX', 'years_without', 68, 'years', 'went 68 years without', "arith('1996 - 1928')", S, ARITH, '1928 to 1996: 68 years with no 1%+ drop on the last session.', window='1928..1996'),
        C('SPX', 'last_year_end_drop', 2009, 'year', 'The last time it happened was in 2009', "last_day_of_year_drops('SPX',1928,2013,1.0)[-1]", S, DATE, '2009-12-31: 1,126.42 -> 1,115.10 = -1.005%.', ref='2009-12-31'),
        C('SPX', 'first_day_change', 1.6, 'percent', 'the index gained 1.6%', "first_n_days('SPX',2010,1)", S, D1, '1,115.10 -> 1,132.99 on 2010-01-04 = +1.60%.', ref='2010-01-04'),
        C('SPX, DJI, IXIC', 'year_change', 'up', 'direction', 'the major indices traded up on the year', "[year_return(t,2014) for t in ['SPX','DJI','IXIC']]", S, 'direction matches',
          '2014: S&P 500 +11.39%, Dow +7.52%, Nasdaq +13.40%.', ref='2014-12-31', window='2014'),
        C('DJI', 'intraday_change', 'up', 'direction', 'the major indices were trading in the green', "session_range_pct('DJI','2014-12-31')", U, MID,
          'A morning snapshot: on 2014-12-31 the Dow ranged from -0.90% to +0.33% and the S&P 500 from -1.08% to +0.25% against the previous close, so both were above water at some point.', basis='morning', ref='2014-12-31'),
        C('DJI', 'year_end_down_streak', 3, 'sessions', 'set to end the year on a three-day losing streak', "three_day_losing_year_ends('DJI',2014,2014)", N, ONPACE,
          'Written before the close. For the record, the Dow did fall on 2014-12-29 (-0.09%), 12-30 (-0.31%) and 12-31 (-0.89%).', ref='2014-12-31'),
        C('DJI', 'count_year_end_down_streaks', 6, 'count', 'just six times before this year', "three_day_losing_year_ends('DJI',1992,2013)", U, NOFILE,
          'A count since 1900 needs Dow closes before 1992; within the file (1992-2013) the only such year is 2004.', window='1900..2013'),
        C('DJI', 'last_year_end_down_streak', 2004, 'year', 'ten years ago in 2004', "three_day_losing_year_ends('DJI',1992,2013)", S, DATE,
          '2004 ended with three down sessions (12-29 -0.23%, 12-30 -0.27%, 12-31 -0.16%); no year from 2005 to 2013 did.', ref='2004-12-31'),
        C('DJI', 'previous_year_end_down_streak', 1986, 'year', "hadn't happened since 1986", "three_day_losing_year_ends('DJI',1992,2003)", U, NOFILE,
          'No year from 1992 to 2003 ended with three down sessions, consistent with the claim, but 1986-1991 are not in the file.', ref='1986-12-31'),
        C('DJI', 'first_day_change', 'down', 'direction', 'the Dow traded down to start the new year', "first_n_days('DJI',2005,1)", S, 'direction matches', '2005-01-03: 10,783.01 -> 10,729.43 = -0.50%.', ref='2005-01-03'),
        C('DJI', 'year_change', 'down', 'direction', 'it ended the year in the red as well', "year_return('DJI',2005)", S, 'direction matches', '2005: 10,783.01 -> 10,717.50 = -0.61%.', ref='2005-12-30', window='2005'),
        C('DJI', 'count_first_day_gains', [4, 6], 'count', 'in four of six instances', None, U, NOFILE, 'Five of the six instances are before 1992, outside the Dow file.'),
        C('DJI', 'count_first_three_day_gains', [4, 6], 'count', 'up 4 of 6 times over the first three trading days', None, U, NOFILE, 'Five of the six instances are before 1992, outside the Dow file.'),
    ])

# ---------------------------------------------------------------- 8
add('usatoday_20151231_up_or_down_year_final_day', 'www.usatoday.com',
    'https://www.usatoday.com/story/money/markets/2015/12/31/up-down-year-hinges-final-days-trade/78121452/',
    'USA Today (Adam Shell)', '2015-12-31', 'exact',
    'The URL carries 2015/12/31, the last session of 2015 (a Thursday), and the piece was written before the open. Year-to-date figures are at the Wednesday 2015-12-30 close.',
    "Up or down year hinges on final day's trade (Adam Shell, USA TODAY). The last trading day in 2015 for the Dow and S&P 500 is akin to a winner-take-all Game 7. Both well-known U.S. stock indexes are in danger of "
    "posting their first negative year of returns since the dark days of 2008, when the Dow plunged nearly 34% and the S&P 500 cratered almost 39%. It's going to be a close call: heading into Thursday's finale, the broad "
    "Standard & Poor's 500 stock index is clinging to a gain of 0.22% for the year, and the blue-chip Dow Jones industrial average is down 1.2% in 2015 and will need to rally more than 219.20 points to finish the year in "
    "the black. In pre-market trading more than three hours before the opening bell, the S&P 500 inched up less than 2 points, or 0.1%, and the Dow was 13 points higher. David Kostin of Goldman Sachs and Jonathan Glionna "
    "of Barclays both predicted a relatively flat year and kicked off 2015 touting S&P 500 year-end price targets of 2100. The broad market gauge closed Wednesday at 2063.36, less than 2 percentage points below the "
    "strategists' identical targets.",
    [
        C('DJI', 'no_down_year_since', 2008, 'year', 'their first negative year of returns since the dark days of 2008', "[year_return('DJI',y) for y in range(2009,2015)]", S, 'ordering matches',
          'The premise holds for the Dow: every year 2009-2014 rose (+18.82, +11.02, +5.53, +7.26, +26.50, +7.52%). For the S&P 500, 2011 ended 0.04 point lower on price (1,257.64 -> 1,257.60, -0.003%), usually called flat; with dividends it gained (SPY total return +1.89%).', ref='2014-12-31', window='2009..2014'),
        C('DJI', 'year_change', -34, 'percent', 'the Dow plunged nearly 34%', "year_return('DJI',2008)", S, NEARLY, '2008: -33.84%.', q='nearly', ref='2008-12-31', window='2008'),
        C('SPX', 'year_change', -39, 'percent', 'cratered almost 39%', "year_return('SPX',2008)", S, NEARLY, '2008: -38.49%.', q='nearly', ref='2008-12-31', window='2008'),
        C('SPX', 'ytd_change', 0.22, 'percent', 'clinging to a gain of 0.22%', "ytd('SPX','2015-12-30')", S, D2, '2,058.90 (2014-12-31) -> 2,063.36 (2015-12-30) = +0.22%.', ref='2015-12-30', window='2015 to date'),
        C('DJI', 'ytd_change', -1.2, 'percent', 'is down 1.2% in 2015', "ytd('DJI','2015-12-30')", S, D1, '17,823.07 -> 17,603.87 = -1.23%.', ref='2015-12-30', window='2015 to date'),
        C('DJI', 'points_to_breakeven', 219.20, 'points', 'more than 219.20 points', "r2(close('DJI','2014-12-31') - close('DJI','2015-12-30'))", S, ARITH,
          '17,823.07 - 17,603.87 = 219.20: a gain of more than 219.20 points was needed to end above the 2014 close.', ref='2015-12-30'),
        C('SPX_FUTURES', 'premarket_change', [2, 0.1], 'points, percent', 'inched up less than 2 points, or 0.1%', None, U, NOFILE, 'Pre-market futures quotes are not in the files.', basis='pre-market', ref='2015-12-31'),
        C('DJI_FUTURES', 'premarket_change_pts', 13, 'points', 'the Dow was 13 points higher', None, U, NOFILE, 'Pre-market futures quotes are not in the files.', basis='pre-market', ref='2015-12-31'),
        C('SPX', 'year_end_target', 2100, 'index points', 'year-end price targets of 2100', None, F, FC, 'Strategists\' targets for 2015 (the index ended 2015 at 2,043.94).', ref='2015-12-31'),
        C('SPX', 'close', 2063.36, 'index points', 'closed Wednesday at 2063.36', "close('SPX','2015-12-30')", S, D2, 'Close 2,063.36 on 2015-12-30.', ref='2015-12-30'),
        C('SPX', 'pct_below_target', 2, 'percent', 'less than 2 percentage points below', "arith('(2100 - 2063.36) / 2100 * 100')", S, LESS, '(2,100 - 2,063.36) / 2,100 = 1.74% below the target.', q='less than', ref='2015-12-30'),
    ])

# ---------------------------------------------------------------- 9
add('barrons_20161223_dow_seventh_weekly_gain', 'theweeklycommentary.com',
    'https://theweeklycommentary.com/2016/12/the-markets-this-week-122816',
    "Barron's (\"Source: Barrons Online\"; reposted on theweeklycommentary.com)", '2016-12-28', 'high',
    'The repost is dated by its URL (2016/12, "122816" = 2016-12-28); the text reviews the week ended Friday 2016-12-23 ("this week", "the long Christmas weekend looming"), and "Last Tuesday" is 2016-12-20. Barron\'s ran it on 2016-12-24.',
    "The Markets This Week (source: Barron's Online). Stocks inched higher this week, but investors are still waiting for the Dow Jones Industrial Average to breach 20,000. Yes, it almost got there: last Tuesday, the Dow "
    "came within 13 points of that elusive round number, but it finished the week just short at 19,933.81, up 90.40 points, or 0.5%, marking its seventh straight week of gains. The Standard & Poor's 500 index ended at "
    "2263.79, while the Nasdaq Composite rose 0.5%, to 5462.69. With the long Christmas weekend looming, trading all but dried up. On Friday, the Dow traded in a range of just 35.09 points, the smallest since Dec. 30, "
    "2013. The Dow has gained nearly 10% since the end of October, more than double its 4.1% rise during the first "
    "nine months of the year, spurred in part by Donald J. Trump's victory in the presidential election. \"20,000 is a clearable number,\" says Jason Pride, director of investment strategy at Glenmede, and don't be "
    "surprised if it happens as early as next week. Historically, the last week of the year has been a nice gift to investors: since 1928, the S&P 500 has gained 1.14 percentage points during the last five trading days "
    "of the year, notes Cornerstone Macro technical analyst Carter Worth, well above the average 0.14-point rise for all five-day periods.",
    [
        C('DJI', 'distance_to_level', 13, 'points', 'came within 13 points of that elusive round number', "r2(20000 - high('DJI','2016-12-20'))", S, LESS,
          'Tuesday 2016-12-20 intraday high 19,987.63: 12.37 points short of 20,000.', q='less than', basis='intraday high', ref='2016-12-20'),
        C('DJI', 'close', 19933.81, 'index points', 'just short at 19,933.81', "close('DJI','2016-12-23')", S, D2, 'Close 19,933.81 on 2016-12-23.', ref='2016-12-23'),
        C('DJI', 'week_change_pts', 90.40, 'points', 'up 90.40 points', "week_pts('DJI','2016-12-23')", S, D2, '19,843.41 (2016-12-16) -> 19,933.81 = +90.40.', ref='2016-12-23', window='week ended 2016-12-23'),
        C('DJI', 'week_change', 0.5, 'percent', 'or 0.5%, marking', "week_return('DJI','2016-12-23')", S, D1, '+0.46%.', ref='2016-12-23', window='week ended 2016-12-23'),
        C('DJI', 'week_up_streak', 7, 'weeks', 'its seventh straight week of gains', "week_up_streak('DJI','2016-12-23')", S, STREAK,
          'Weeks ended 2016-11-11 through 2016-12-23 all rose (+5.36, +0.11, +1.51, +0.10, +3.06, +0.44, +0.46%); the week ended 2016-11-04 fell 1.50%.', ref='2016-12-23', window='2016-11-04..2016-12-23'),
        C('SPX', 'close', 2263.79, 'index points', 'ended at 2263.79', "close('SPX','2016-12-23')", S, D2, 'Close 2,263.79 (+0.25% for the week).', ref='2016-12-23'),
        C('IXIC', 'week_change', 0.5, 'percent', 'the Nasdaq Composite rose 0.5%', "week_return('IXIC','2016-12-23')", S, D1, '5,437.16 -> 5,462.69 = +0.47%.', ref='2016-12-23', window='week ended 2016-12-23'),
        C('IXIC', 'close', 5462.69, 'index points', 'to 5462.69', "close('IXIC','2016-12-23')", S, D2, 'Close 5,462.69.', ref='2016-12-23'),
        C('DJI', 'session_range', 35.09, 'points', 'a range of just 35.09 points', "session_range('DJI','2016-12-23')", S, D2, 'High 19,934.15, low 19,899.06 on 2016-12-23: 35.09 points.', basis='intraday range', ref='2016-12-23'),
        C('DJI', 'narrowest_range_since', '2013-12-30', 'date', 'the smallest since Dec. 30', "last_range_at_most('DJI','2016-12-23')", S, SINCE,
          'The last session with a range no wider than 35.09 points was 2013-12-30 (27.48 points).', basis='intraday range', ref='2016-12-23'),
        C('DJI', 'pct_change', 10, 'percent', 'gained nearly 10% since the end of October', "pct('DJI','2016-10-31','2016-12-23')", S, NEARLY, '18,142.42 (2016-10-31) -> 19,933.81 = +9.87%.', q='nearly', ref='2016-12-23', window='2016-10-31..2016-12-23'),
        C('DJI', 'ytd_change', 4.1, 'percent', 'its 4.1% rise during the first', "[ytd('DJI','2016-09-30'), ytd('DJI','2016-10-31')]", I, PCTI,
          'The first nine months (to 2016-09-30, 18,308.15) gave +5.07%, 0.97 point more; 4.1% is the gain through the end of October (+4.12%), i.e. the first ten months.', ref='2016-09-30', window='2016-01..2016-09'),
        C('DJI', 'comparison', 'more than double', 'ratio', 'more than double', "[pct('DJI','2016-10-31','2016-12-23'), ytd('DJI','2016-09-30')]", S, ARITH,
          'On the passage\'s own figures, "nearly 10%" is more than twice 4.1% (8.2%). Against the true nine-month gain (+5.07%) the 9.87% since October would fall just short of double (10.14%); the error sits in the 4.1% figure, judged above.', ref='2016-12-23'),
        C('DJI', 'level_target', 20000, 'index points', 'as early as next week', None, F, FC, 'A prediction (the Dow first closed above 20,000 on 2017-01-25).', ref='2016-12-30'),
        C('SPX', 'avg_last_five_days', 1.14, 'percent', 'gained 1.14 percentage points', "last_n_sessions_of_year_avg('SPX',5,1928,2015)", S, D2,
          'Average change over the last five sessions of each year 1928-2015: +1.14%.', window='1928..2015'),
        C('SPX', 'avg_all_five_day', 0.14, 'percent', 'the average 0.14-point rise', "all_n_session_avg('SPX',5,'1928-01-01','2016-12-23')", S, D2,
          'Average of every five-session change from 1928 to 2016-12-23: +0.14%.', window='1928..2016'),
    ])

# ---------------------------------------------------------------- 10
Q1Y = "quarter_years_at_least('SPX',1,5,1950,2016)"
ALLY = "list(range(1950,2017))"
add('lpl_20170404_big_first_quarter', 'lplresearch.com',
    'https://lplresearch.com/2017/04/04/what-happens-after-a-big-first-quarter-for-equities/',
    'LPL Research (Ryan Detrick)', '2017-04-04', 'exact',
    'Dated 2017/04/04 in the URL; the first quarter of 2017 ended on Friday 2017-03-31. The historical statistics use 1950-2016 (the 24 earlier first quarters of +5% or more) with the S&P 90 before 1957, as the note in the text says.',
    "What Happens After A Big First Quarter For Equities? (LPL Research). Although the S&P 500 Index just missed out on a five-month winning streak in March with a 0.04% loss, the good news is it still gained 5.5% in the "
    "first quarter. This came out to the best quarter overall since the fourth quarter of 2015, and it was the best first quarter gain since 2013. Given that the S&P 500 went on to gain another 17.8% in the final three "
    "quarters of 2013, the big question is: what does a big first quarter mean? Going back to 1950, this was the 25th time the S&P 500 gained 5% or more during the first quarter. After such quarters, April has been up 2.0% "
    "on average versus the average April gain of 1.5%; the second quarter has gained 3.2% on average versus a 1.7% average return; the rest of the year the S&P 500 has been up 9.6% on average versus the average return "
    "in the final three quarters of 6.4%; and, incredibly, the full year has been higher 23 out of 24 times, with only 2011 lower. On a total return basis (including dividends), all 24 years have been higher. (The modern "
    "S&P 500 was launched in 1957; performance back to 1950 incorporates the predecessor index, the S&P 90.)",
    [
        C('SPX', 'month_change', -0.04, 'percent', 'with a 0.04% loss', "month_return('SPX',2017,3)", S, D2, '2,363.64 (2017-02-28) -> 2,362.72 (2017-03-31) = -0.04%.', ref='2017-03-31', window='2017-03'),
        C('SPX', 'month_up_streak_before', 4, 'months', 'just missed out on a five-month winning streak', "month_up_streak('SPX',2017,2)", S, STREAK,
          'November 2016 through February 2017 all rose (+3.42, +1.82, +1.79, +3.72%); a March gain would have made five.', ref='2017-02-28', window='2016-11..2017-02'),
        C('SPX', 'quarter_change', 5.5, 'percent', 'it still gained 5.5%', "quarter_return('SPX',2017,1)", S, D1, '2,238.83 -> 2,362.72 = +5.53%.', ref='2017-03-31', window='2017-Q1'),
        C('SPX', 'best_quarter_since', '2015-Q4', 'quarter', 'the best quarter overall since the fourth quarter of 2015', "last_quarter_at_least('SPX',2017,1)", S, SINCE,
          'The last quarter with a gain of 5.53% or more: 2015-Q4 (+6.45%); the four quarters of 2016 rose 0.77, 1.90, 3.31 and 3.25%.', ref='2017-03-31'),
        C('SPX', 'best_q1_since', 2013, 'year', 'the best first quarter gain since 2013', "last_quarter_at_least('SPX',2017,1,same_q=True)", S, SINCE, 'Last larger first quarter: 2013 (+10.03%).', ref='2017-03-31'),
        C('SPX', 'rest_of_year_change', 17.8, 'percent', 'gain another 17.8%', "rest_of_year('SPX',2013,3)", S, D1, '1,569.19 (2013-03-28) -> 1,848.36 (2013-12-31) = +17.79%.', ref='2013-12-31', window='2013-04..2013-12'),
        C('SPX', 'count_strong_q1', 25, 'count', 'this was the 25th time', "len(" + Q1Y + ") + 1", S, COUNT,
          'First quarters of +5% or more 1950-2016: 24 (1951 ... 2013), so 2017 is the 25th.', window='1950..2017'),
        C('SPX', 'avg_april_after', 2.0, 'percent', 'April has been up 2.0%', "mean_month_return('SPX', " + Q1Y + ", 4)", S, D1, 'Average April change in those 24 years: +1.97%.', window='1950..2016'),
        C('SPX', 'avg_april_all', 1.5, 'percent', 'the average April gain of 1.5%', "mean_month_return('SPX', " + ALLY + ", 4)", S, D1, 'Average April change 1950-2016: +1.46%.', window='1950..2016'),
        C('SPX', 'avg_q2_after', 3.2, 'percent', 'the second quarter has gained 3.2%', "mean_quarter_return('SPX', " + Q1Y + ", 2)", S, D1, 'Average second quarter in those years: +3.14%.', window='1950..2016'),
        C('SPX', 'avg_q2_all', 1.7, 'percent', 'a 1.7% average return', "mean_quarter_return('SPX', " + ALLY + ", 2)", S, D1, 'Average second quarter 1950-2016: +1.71%.', window='1950..2016'),
        C('SPX', 'avg_rest_of_year_after', 9.6, 'percent', 'up 9.6% on average', "mean_rest_of_year('SPX', " + Q1Y + ", 3)", S, D1, 'Average April-December change in those years: +9.57%.', window='1950..2016'),
        C('SPX', 'avg_rest_of_year_all', 6.4, 'percent', 'final three quarters of 6.4%', "mean_rest_of_year('SPX', " + ALLY + ", 3)", S, D1, 'Average April-December change 1950-2016: +6.39%.', window='1950..2016'),
        C('SPX', 'count_up_years_after', [23, 24], 'count', 'higher 23 out of 24 times', "[count_up_years('SPX', " + Q1Y + "), len(" + Q1Y + ")]", S, COUNT, '23 of the 24 years ended higher.', window='1950..2016'),
        C('SPX', 'down_years_after', [2011], 'list', 'with only 2011 lower', "down_years('SPX', " + Q1Y + ")", S, COUNT, 'The one exception: 2011 (-0.003% on price, 1,257.64 -> 1,257.60).', window='1950..2016'),
        C('SPX', 'count_up_years_total_return', [24, 24], 'count', 'all 24 years have been higher', None, U, TRU, 'Total returns of the index are not in the files (2011 is the year in question: price -0.003%, so dividends decide it).', window='1950..2016'),
    ])

# ---------------------------------------------------------------- 11
add('cnbc_20181221_stocks_on_brink_of_bear_market', 'www.cnbc.com',
    'https://www.cnbc.com/2018/12/21/stocks-on-brink-of-bear-market-.html',
    'CNBC', '2018-12-21', 'exact',
    'Dated 2018/12/21 in the URL and on the page (a Friday); "the past week" is the week ended 2018-12-21 (from the 2018-12-14 close).',
    "Stocks head into the final full trading week of the year on the brink of a bear market (CNBC). The Dow Jones Industrial Average plummeted in the past week in its worst performance since before the bull market began, "
    "in the very thick of the financial crisis in the fall of 2008. While the market is seemingly oversold, strategists see little chance for any bounce in the week ahead. The Nasdaq Composite Index, dragged down by tech "
    "and biotech, was the first index to close in bear market territory, and is now 22 percent from its high. The Nasdaq lost 8.4 percent to 6,332 in the past week. The Dow fell 6.9 percent in the past week, to 22,445, "
    "and is now just 3 percentage points away from bear market territory, or a 20 percent decline. The S&P 500 was down 7 percent for the week and is just 16 points away from a key support level of 2,400. It is also just "
    "about 2 percentage points from a bear market. In a bad sign on Friday, volume was really heavy: more than 12 billion shares changed hands on U.S. exchanges, the biggest volume in at least two years. The stock market "
    "closes after a half day on Monday, Christmas Eve, and is closed Tuesday.",
    [
        C('DJI', 'worst_week_since', '2008 (fall)', 'period', 'in the fall of 2008', "[week_return('DJI','2018-12-21'), last_week_loss_at_least('DJI','2018-12-21')]", S, SINCE,
          'Week ended 2018-12-21: -6.87%; the last week as bad was the week ended 2008-10-10 (-18.15%).', ref='2018-12-21'),
        C('IXIC', 'bear_market', True, 'flag', 'close in bear market territory', "pct_below_record('IXIC','2018-12-21')", S, 'bear market: close at least 20% below the record close',
          'On 2018-12-21 the Nasdaq closed 21.91% below its 2018-08-29 record (8,109.69), its first close 20% or more below it.', ref='2018-12-21'),
        C('IXIC', 'first_index_in_bear', True, 'flag', 'was the first index to close in bear market territory', "[first_close_in_bear(t,'2018-08-01','2018-12-21') for t in ['IXIC','RUT','SPX','DJI']]", X, RANKX,
          'The Russell 2000 closed 20.83% below its 2018-08-31 record on 2018-12-17, four sessions before the Nasdaq (2018-12-21); the S&P 500 and Dow had not. Read as "the first of the three major averages" it would hold.', ref='2018-12-21'),
        C('IXIC', 'pct_from_high', 22, 'percent', 'is now 22 percent from its high', "pct_below_record('IXIC','2018-12-21')", S, INT, '6,332.99 vs the 8,109.69 record close: 21.91% below.', ref='2018-12-21'),
        C('IXIC', 'week_change', -8.4, 'percent', 'The Nasdaq lost 8.4 percent', "week_return('IXIC','2018-12-21')", S, D1, '6,910.66 -> 6,332.99 = -8.36%.', ref='2018-12-21', window='week ended 2018-12-21'),
        C('IXIC', 'close', 6332, 'index points', 'to 6,332 in the past week', "close('IXIC','2018-12-21')", I, TRUNC, 'Close 6,332.99, which rounds to 6,333; "6,332" truncates it.', ref='2018-12-21'),
        C('DJI', 'week_change', -6.9, 'percent', 'The Dow fell 6.9 percent', "week_return('DJI','2018-12-21')", S, D1, '24,100.51 -> 22,445.37 = -6.87%.', ref='2018-12-21', window='week ended 2018-12-21'),
        C('DJI', 'close', 22445, 'index points', 'to 22,445', "close('DJI','2018-12-21')", S, INT, 'Close 22,445.37.', ref='2018-12-21'),
        C('DJI', 'pp_from_bear', 3, 'percentage points', 'just 3 percentage points away from bear market territory', "r2(20 - pct_below_record('DJI','2018-12-21'))", I, PCTI,
          'The Dow closed 16.34% below its 2018-10-03 record (26,828.39), 3.66 points short of a 20% decline.', ref='2018-12-21'),
        C('SPX', 'week_change', -7, 'percent', 'down 7 percent for the week', "week_return('SPX','2018-12-21')", S, INT, '2,599.95 -> 2,416.62 = -7.05%.', ref='2018-12-21', window='week ended 2018-12-21'),
        C('SPX', 'distance_to_level', 16, 'points', 'just 16 points away from a key support level of 2,400', "r2(close('SPX','2018-12-21') - 2400)", I, TRUNC, '2,416.62 - 2,400 = 16.62 points; "16" truncates it.', ref='2018-12-21'),
        C('SPX', 'pp_from_bear', 2, 'percentage points', 'about 2 percentage points from a bear market', "r2(20 - pct_below_record('SPX','2018-12-21'))", S, ABOUT,
          '17.54% below the 2018-09-20 record (2,930.75): 2.46 points from a 20% decline.', q='about', ref='2018-12-21'),
        C('US_VOLUME', 'shares_traded', 12, 'billion shares', 'more than 12 billion shares', None, U, NOFILE, 'Exchange-wide share volume is not in the files.', q='more than', ref='2018-12-21'),
    ])

# ---------------------------------------------------------------- 12
add('cnn_20191231_stocks_close_decade_high_note', 'initialnews.com',
    'https://initialnews.com/scribble/index.php?url=https%3A%2F%2Fwww.cnn.com%2F2019%2F12%2F31%2Finvesting%2Fdow-stock-market-2019%2Findex.html',
    'CNN Business (through a proxy page on initialnews.com)', '2019-12-31', 'exact',
    'The proxied CNN URL carries 2019/12/31, the last session of 2019 (Tuesday). "The decade" is read as 2010-2019.',
    "US stocks finished off the year, and the decade, on a high note (CNN Business). 2019 was the second best year of the decade for stocks, thanks to favorable Federal Reserve policy and company valuations that kept on "
    "climbing. The S&P 500 gained 28.9%, and the Nasdaq Composite rose 35.2%. It was the second-best year of the decade for both indexes; only 2013 was stronger. 2019 was the third best year of the past ten years for the "
    "Dow, which gained 22.3%. All three indexes were sluggish in the final trading days of the year as investors took profit; on New Year's Eve, they each finished up 0.3%. President Donald Trump announced Tuesday that a "
    "\"phase one\" US-China trade deal will be signed on January 15. Stocks also rebounded in 2019 because the Federal Reserve cut interest rates three times this year. Advanced Micro Devices is set to take the crown as "
    "the best-performing S&P 500 stock of 2019, with shares up 146.6% this year; Lam Research rose 114.8% and KLA Corporation's stock climbed 99.3%.",
    [
        C('SPX', 'year_change', 28.9, 'percent', 'The S&P 500 gained 28.9%', "year_return('SPX',2019)", S, D1, '2,506.85 -> 3,230.78 = +28.88%.', ref='2019-12-31', window='2019'),
        C('IXIC', 'year_change', 35.2, 'percent', 'the Nasdaq Composite rose 35.2%', "year_return('IXIC',2019)", S, D1, '6,635.28 -> 8,972.60 = +35.23%.', ref='2019-12-31', window='2019'),
        C('SPX', 'rank_year_decade', 2, 'rank', 'second best year of the decade for stocks', "year_rank('SPX',2019,2010,2019)", S, RANK,
          'Read for the S&P 500 ("stocks"): 2010-2019 ranks 2013 (+29.60%) first and 2019 (+28.88%) second.', window='2010..2019'),
        C('SPX, IXIC', 'rank_year_decade', 2, 'rank', 'It was the second-best year of the decade for both indexes', "[year_rank('SPX',2019,2010,2019), year_rank('IXIC',2019,2010,2019)]", S, RANK,
          'Nasdaq, 2010-2019: 2013 (+38.32%), then 2019 (+35.23%), then 2017 (+28.24%); the S&P 500 as above.', window='2010..2019'),
        C('SPX, IXIC', 'best_year_decade', 2013, 'year', 'only 2013 was stronger', "[last_year_at_least('SPX',2019), last_year_at_least('IXIC',2019)]", S, DATE, 'For both indexes the only stronger year of 2010-2019 is 2013.', window='2010..2019'),
        C('DJI', 'rank_year_decade', 3, 'rank', 'the third best year of the past ten years', "year_rank('DJI',2019,2010,2019)", S, RANK, 'Dow, 2010-2019: 2013 (+26.50%), 2017 (+25.08%), 2019 (+22.34%).', window='2010..2019'),
        C('DJI', 'year_change', 22.3, 'percent', 'which gained 22.3%', "year_return('DJI',2019)", S, D1, '23,327.46 -> 28,538.44 = +22.34%.', ref='2019-12-31', window='2019'),
        C('SPX, IXIC, DJI', 'day_change_pct', 0.3, 'percent', 'they each finished up 0.3%', "[day_pct(t,'2019-12-31') for t in ['SPX','IXIC','DJI']]", S, D1, '2019-12-31: S&P 500 +0.29%, Nasdaq +0.30%, Dow +0.27%.', ref='2019-12-31'),
        C('FEDFUNDS', 'count_cuts', 3, 'count', 'cut interest rates three times this year', "fed_changes('2019-01-01','2019-12-31')", S, FED,
          'Three 25 bp cuts in 2019, announced 2019-07-31, 09-18 and 10-30 (effective 08-01, 09-19, 10-31; upper bound 2.50 -> 1.75%).', ref='2019-10-30'),
        C('AMD', 'year_change', 146.6, 'percent', 'up 146.6% this year', None, U, NOFILE, 'Single stocks are not in the files.', ref='2019-12-31', window='2019'),
        C('LRCX', 'year_change', 114.8, 'percent', 'rose 114.8%', None, U, NOFILE, 'Single stocks are not in the files.', ref='2019-12-31', window='2019'),
        C('KLAC', 'year_change', 99.3, 'percent', 'climbed 99.3%', None, U, NOFILE, 'Single stocks are not in the files.', ref='2019-12-31', window='2019'),
    ])

# ---------------------------------------------------------------- 13
add('thehill_20200831_best_august_in_36_years', 'digital-release.thehill.com',
    'https://digital-release.thehill.com/policy/finance/514476-stocks-close-out-best-august-in-36-years/amp',
    'The Hill', '2020-08-31', 'high',
    'The AMP page shows no date; "closed out their best August ... on Monday" and "the final day of August trading" fix it to Monday 2020-08-31. Monthly figures run from the 2020-07-31 close.',
    "Stocks close out best August in 36 years (The Hill). Stock markets closed out their best August since 1984 on Monday, with major indexes gaining upwards of 7 percent. On the final day of August trading, the Dow Jones "
    "Industrial Average retreated 228 points, or 0.8 percent, and the S&P 500 closed down 8 points, or 0.2 percent. Despite Monday's fall, the indexes closed out the month with increases of 7.6 percent and 7.2 percent, "
    "respectively, according to CNBC, beating August returns for the past 36 years. The tech-heavy Nasdaq composite rose 80 points, or 0.7 percent, on Monday as splits in Apple and Tesla led to a rush of new buyers. The "
    "gains came at a time when unemployment remains at its highest levels since World War II and the market is recovering from its worst-ever recorded quarterly contraction. LPL Financial's Ryan Detrick said the gains may "
    "not hold up in the months leading to the presidential election: \"September is indeed the worst month of the year on average,\" he said. \"What caught our attention was both September and October have a negative "
    "return during election years, with October the worst month of the year.\"",
    [
        C('DJI', 'best_august_since', 1984, 'year', 'their best August since 1984', "[month_return('DJI',2020,8), best_same_month('DJI',8,1992,2019)]", U, NOFILE,
          'The Dow\'s +7.57% beats every August in its file (best before: 2000, +6.59%), but Augusts 1984-1991 are not in the file. The S&P 500 part is judged next.', ref='2020-08-31', window='2020-08'),
        C('SPX', 'best_august_since', 1984, 'year', 'beating August returns for the past 36 years', "[month_return('SPX',2020,8), last_month_change_at_least('SPX',2020,8,same_m=True), month_return('SPX',1986,8)]", X, SINCEX,
          'The S&P 500 rose 7.01% in August 2020; August 1986 rose 7.12%, so its best August since 1984 (+10.63%) is wrong: it was the best since 1986. (For the Dow the 36-year claim cannot be checked, see above.)', ref='2020-08-31', window='2020-08'),
        C('DJI, SPX, IXIC', 'month_change', 7, 'percent', 'gaining upwards of 7 percent', "[month_return(t,2020,8) for t in ['DJI','SPX','IXIC']]", S, MORE,
          'August 2020: Dow +7.57%, S&P 500 +7.01%, Nasdaq +9.59%.', q='more than', ref='2020-08-31', window='2020-08'),
        C('DJI', 'day_change_pts', -228, 'points', 'retreated 228 points', "day_pts('DJI','2020-08-31')", I, PTSI, '28,653.87 -> 28,430.05 = -223.82 (4.2 points, 1.9% off).', ref='2020-08-31'),
        C('DJI', 'day_change_pct', -0.8, 'percent', 'or 0.8 percent', "day_pct('DJI','2020-08-31')", S, D1, '-0.78%.', ref='2020-08-31'),
        C('SPX', 'day_change_pts', -8, 'points', 'closed down 8 points', "day_pts('SPX','2020-08-31')", S, INT, '3,508.01 -> 3,500.31 = -7.70.', ref='2020-08-31'),
        C('SPX', 'day_change_pct', -0.2, 'percent', 'or 0.2 percent', "day_pct('SPX','2020-08-31')", S, D1, '-0.22%.', ref='2020-08-31'),
        C('DJI', 'month_change', 7.6, 'percent', 'increases of 7.6 percent', "month_return('DJI',2020,8)", S, D1, '26,428.32 -> 28,430.05 = +7.57%.', ref='2020-08-31', window='2020-08'),
        C('SPX', 'month_change', 7.2, 'percent', 'and 7.2 percent', "month_return('SPX',2020,8)", I, PCTI, '3,271.12 -> 3,500.31 = +7.01% (0.19 point off).', ref='2020-08-31', window='2020-08'),
        C('IXIC', 'day_change_pts', 80, 'points', 'rose 80 points', "day_pts('IXIC','2020-08-31')", S, INT, '11,695.63 -> 11,775.46 = +79.83.', ref='2020-08-31'),
        C('IXIC', 'day_change_pct', 0.7, 'percent', 'or 0.7 percent, on Monday', "day_pct('IXIC','2020-08-31')", S, D1, '+0.68%.', ref='2020-08-31'),
        C('US_UNEMPLOYMENT', 'highest_since', 'World War II', 'period', 'highest levels since World War II', None, U, NOFILE, 'Unemployment data are not in the files.', ref='2020-07-31'),
        C('US_GDP', 'worst_quarter', True, 'flag', 'worst-ever recorded quarterly contraction', None, U, NOFILE, 'GDP data are not in the files.', ref='2020-06-30'),
        C('SPX', 'worst_month_on_average', 9, 'month', 'September is indeed the worst month of the year on average', "[month_avg_order('SPX', list(range(1950,2020)))[0], month_avg_order('SPX', list(range(1928,2020)))[0]]", S, RANK,
          'No window is given, but September has the lowest average S&P 500 change both since 1950 (-0.43%) and since 1928 (-1.00%).', window='1950..2019'),
        C('SPX', 'election_year_sep_oct', [9, 10], 'months', 'both September and October have a negative', "[month_avg_order('SPX', election_years(1952,2016))[:3], month_avg_order('SPX', election_years(1928,2016))[:4]]", U, METHOD,
          'Window not stated. In election years 1952-2016 (LPL\'s usual start, 1950) October averages -0.74% and September -0.16%, October the worst month, as said; counting from 1928, both are still negative but May (-1.38%) is the worst month.', window='election years'),
    ])

# ---------------------------------------------------------------- 14
add('briefing_20210625_sp500_nasdaq_summer_records', 'peronifinancialgroup.com',
    'https://peronifinancialgroup.com/news/2021/6/30/sampp-500-and-nasdaq-kick-off-the-summer-with-new-record-highs',
    'Briefing.com weekly recap (reposted by Peroni Financial Group)', '2021-06-30', 'exact',
    'The repost is dated 2021/6/30 in its URL; the recap covers the week ended Friday 2021-06-25 ("this week"), and "last week" is the week ended 2021-06-18. "Monday" is 2021-06-21.',
    "S&P 500 and Nasdaq Kick Off the Summer with New Record Highs. Each of the major indices bounced back from last week's losses and rose more than 2.0% this week, showcasing that the buy-the-dip strategy was still alive "
    "and well. The S&P 500 (+2.7%) and Nasdaq Composite (+2.4%) set all-time intraday and closing record highs while the Dow Jones Industrial Average (+3.4%) and Russell 2000 (+4.3%) outperformed with strong gains. All 11 "
    "S&P 500 sectors contributed to the record-setting advance, including the energy (+6.7%), financials (+5.3%), and industrials (+3.0%) sectors atop the sector standings after a trio of pitiful performances last week; the "
    "utilities sector (+0.7%) underperformed on a relative basis. The S&P 500 reclaimed its 50-day moving average (4193) on Monday, which set the tone for the rest of the week given that this key technical level has "
    "rewarded buyers over the past 14 months. The FDA granted Breakthrough Therapy designation for an Eli Lilly Alzheimer's therapy, and Nike (NKE) jumped 15% on Friday following its earnings report.",
    [
        C('SPX, IXIC, DJI, RUT', 'week_change', 'down', 'direction', "bounced back from last week's losses", "[week_return(t,'2021-06-18') for t in ['SPX','IXIC','DJI','RUT']]", S, 'direction matches',
          'Week ended 2021-06-18: S&P 500 -1.91%, Nasdaq -0.28%, Dow -3.45%, Russell 2000 -4.20%.', ref='2021-06-18', window='week ended 2021-06-18'),
        C('SPX, IXIC, DJI, RUT', 'week_change', 2.0, 'percent', 'rose more than 2.0% this week', "[week_return(t,'2021-06-25') for t in ['SPX','IXIC','DJI','RUT']]", S, MORE,
          'Week ended 2021-06-25: +2.74%, +2.35%, +3.44%, +4.32%.', q='more than', ref='2021-06-25', window='week ended 2021-06-25'),
        C('SPX', 'week_change', 2.7, 'percent', 'The S&P 500 (+2.7%)', "week_return('SPX','2021-06-25')", S, D1, '4,166.45 -> 4,280.70 = +2.74%.', ref='2021-06-25', window='week ended 2021-06-25'),
        C('IXIC', 'week_change', 2.4, 'percent', 'Nasdaq Composite (+2.4%)', "week_return('IXIC','2021-06-25')", S, D1, '14,030.38 -> 14,360.39 = +2.35%.', ref='2021-06-25', window='week ended 2021-06-25'),
        C('SPX', 'record_close_and_high', True, 'flag', 'set all-time intraday and closing record highs', "[record_close_dates('SPX','2021-06-21','2021-06-25'), record_high_dates('SPX','2021-06-21','2021-06-25')]", S, REC + '; ' + RECH,
          'S&P 500 record closes and record intraday highs on 2021-06-24 and 06-25.', ref='2021-06-25'),
        C('IXIC', 'record_close_and_high', True, 'flag', 'and closing record highs while', "[record_close_dates('IXIC','2021-06-21','2021-06-25'), record_high_dates('IXIC','2021-06-21','2021-06-25')]", S, REC + '; ' + RECH,
          'Nasdaq record closes and record intraday highs on 2021-06-22, 06-23 and 06-24.', ref='2021-06-24'),
        C('DJI', 'week_change', 3.4, 'percent', 'Dow Jones Industrial Average (+3.4%)', "week_return('DJI','2021-06-25')", S, D1, '33,290.08 -> 34,433.84 = +3.44%.', ref='2021-06-25', window='week ended 2021-06-25'),
        C('RUT', 'week_change', 4.3, 'percent', 'Russell 2000 (+4.3%)', "week_return('RUT','2021-06-25')", S, D1, '2,237.75 -> 2,334.40 = +4.32%.', ref='2021-06-25', window='week ended 2021-06-25'),
        C('SPX_SECTORS', 'week_change', [6.7, 5.3, 3.0], 'percent', 'the energy (+6.7%), financials (+5.3%), and industrials (+3.0%)', None, U, NOFILE,
          'S&P 500 sector indexes are not in the files; sector SPDRs would only be proxies.', ref='2021-06-25', window='week ended 2021-06-25'),
        C('SPX_UTILITIES', 'week_change', 0.7, 'percent', 'utilities sector (+0.7%)', None, U, NOFILE, 'S&P 500 sector indexes are not in the files.', ref='2021-06-25', window='week ended 2021-06-25'),
        C('SPX', 'ma50_value', 4193, 'index points', 'its 50-day moving average (4193)', "ma_value('SPX',50,'2021-06-21')", I, LVLI,
          'The 50-session average of closes was 4,183.51 on 2021-06-21 (4,181.59 on 06-18): 9.5 points (0.23%) below the stated 4,193.', ref='2021-06-21'),
        C('SPX', 'ma50_reclaimed', '2021-06-21', 'date', 'reclaimed its 50-day moving average', "[close_vs_ma('SPX',50,'2021-06-18'), close_vs_ma('SPX',50,'2021-06-21')]", S, 'close back above the average on the day named',
          'Friday 2021-06-18 closed at 4,166.45, under its 50-day average (4,181.59); Monday 06-21 closed at 4,224.79, above it (4,183.51).', ref='2021-06-21'),
        C('SPX', 'ma50_support_record', 14, 'months', 'rewarded buyers over the past 14 months', None, N, RULE, 'A trading judgement, not a figure the files decide.', ref='2021-06-21'),
        C('NKE', 'day_change_pct', 15, 'percent', 'jumped 15% on Friday', None, U, NOFILE, 'Single stocks are not in the files.', ref='2021-06-25'),
    ])

# ---------------------------------------------------------------- 15
add('weekahead_20220529_seven_week_losing_streak_snapped', 'bloomberg.my.id',
    'https://bloomberg.my.id/what-to-watch-in-markets-week-of-may-31.html',
    'weekly market preview (repost on bloomberg.my.id; original outlet not named)', '2022-05-29', 'medium',
    'Undated; titled for the week of May 31 and saying Wall Street is off on Monday for Memorial Day (2022-05-30, no session in the files). "Last week" is the week ended Friday 2022-05-27; the preview was most likely posted over the weekend of 2022-05-28/29.',
    "What to watch in markets: week of May 31. A bounce in U.S. stocks last week snapped a seven-week losing streak for the S&P 500 and Nasdaq, while the Dow logged gains for the first time in eight weeks. These gains ended "
    "the longest weekly losing streak in over a decade for the S&P 500 after the index tip-toed into bear market territory. All three major indexes logged weekly gains of at least 5%, buoyed by a batch of upbeat economic "
    "data and more positively received earnings reports from the retail sector. The S&P 500 has snapped a losing streak of this length only three other times in history, 1970, 1980, and 2001, and twice the index rose 33% "
    "over the next 12 months, according to data from LPL Financial. \"Of course, to keep things honest, [performance after] the [decline] in 2001 was rough sledding,\" LPL's Ryan Detrick pointed out; over the next 6 "
    "months the S&P 500 fell another 14%. Wall Street will be off on Monday in observation of the Memorial Day holiday. May's jobs report is expected to reflect a slowdown in hiring from a red-hot prior reading of 428,00 "
    "jobs, with economists looking for 325,000 jobs added or created last month.",
    [
        C('SPX', 'week_down_streak_snapped', 7, 'weeks', 'snapped a seven-week losing streak for the S&P 500 and Nasdaq', "[week_down_streak_before('SPX','2022-05-27'), week_return('SPX','2022-05-27')]", S, STREAK,
          'Seven losing weeks (ended 2022-04-08 to 05-20), then +6.58% in the week ended 2022-05-27.', ref='2022-05-27', window='2022-04-01..2022-05-27'),
        C('IXIC', 'week_down_streak_snapped', 7, 'weeks', 'for the S&P 500 and Nasdaq', "[week_down_streak_before('IXIC','2022-05-27'), week_return('IXIC','2022-05-27')]", S, STREAK,
          'Seven losing weeks, then +6.84%.', ref='2022-05-27'),
        C('DJI', 'week_down_streak_snapped', 8, 'weeks', 'the Dow logged gains for the first time in eight weeks', "[week_down_streak_before('DJI','2022-05-27'), week_return('DJI','2022-05-27')]", S, STREAK,
          'Eight losing weeks (ended 2022-04-01 to 05-20), then +6.24%.', ref='2022-05-27'),
        C('SPX', 'longest_week_down_streak_since', 'over a decade', 'period', 'the longest weekly losing streak in over a decade', "week_down_streaks('SPX','1928-01-01','2021-12-31',7)", S, SINCE,
          'The last streak of seven losing weeks or more ended 2001-03-23 (eight weeks), 21 years earlier: "over a decade" is true, if understated.', ref='2022-05-20'),
        C('SPX', 'bear_market_touch', True, 'flag', 'tip-toed into bear market territory', "[intraday_pct_below_record_high('SPX','2022-05-20'), pct_below_record('SPX','2022-05-20')]", S, 'intraday low at least 20% below the record high',
          'On 2022-05-20 the intraday low (3,810.32) was 20.93% below the 2022-01-04 intraday record; the close (3,901.36) was 18.66% below the 2022-01-03 record close, so only intraday.', basis='intraday low', ref='2022-05-20'),
        C('SPX, IXIC, DJI', 'week_change', 5, 'percent', 'weekly gains of at least 5%', "[week_return(t,'2022-05-27') for t in ['SPX','IXIC','DJI']]", S, ATLEAST, 'S&P 500 +6.58%, Nasdaq +6.84%, Dow +6.24%.', q='at least', ref='2022-05-27', window='week ended 2022-05-27'),
        C('SPX', 'earlier_streaks_of_this_length', [1970, 1980, 2001], 'list', 'only three other times in history', "week_down_streaks('SPX','1928-01-01','2021-12-31',7)", S, COUNT,
          'Weekly losing streaks of seven weeks or more in the file (from 1928): 8 weeks to 1970-05-22, 7 to 1980-03-28, 8 to 2001-03-23.', window='1928..2021'),
        C('SPX', 'post_streak_12m', 33, 'percent', 'twice the index rose 33%', "[post_streak_pct('SPX',d,52) for d in ['1970-05-22','1980-03-28','2001-03-23']]", U, METHOD,
          'Start point not stated. From the last losing week\'s close, 52 weeks later: +39.78% (1970), +33.74% (1980), +0.78% (2001); from the close of the week that snapped the streak, +30.15%, +32.64% and -1.12%.', window='12 months'),
        C('SPX', 'post_streak_6m', -14, 'percent', 'fell another 14%', "[post_streak_pct('SPX','2001-03-23',26), pct('SPX','2001-03-30','2001-09-28')]", U, METHOD,
          'Start point not stated: -15.27% over 26 weeks from 2001-03-23, -10.29% from the 2001-03-30 close to 2001-09-28.', ref='2001-09-28', window='6 months'),
        C('US_JOBS', 'payroll_change', 428000, 'jobs', 'prior reading of 428,00', None, U, NOFILE, 'Payroll data are not in the files ("428,00" as printed, for 428,000).', ref='2022-04-30'),
        C('US_JOBS', 'payroll_forecast', 325000, 'jobs', 'looking for 325,000 jobs', None, F, FC, 'Economists\' consensus forecast.', ref='2022-05-31'),
    ])

# ---------------------------------------------------------------- 16
add('forum_20220630_sp500_worst_first_half_since_1970', 'conservativecave.com',
    'https://conservativecave.com/cave/index.php?topic=129705.0',
    'news article reposted on a forum (Conservative Cave); outlet not named, Dow Jones Market Data cited', '2022-06-30', 'high',
    'The forum copy shows no date. The quote "SPX -0.88%" and "the first six months of 2022" match Thursday 2022-06-30, the last session of the first half (S&P 500 -0.88% to 3,785.38).',
    "The S&P 500 Had Its Worst First Half Since 1970. What Comes Next. The S&P 500 (SPX -0.88%) has posted its worst first half of a year since Richard Nixon's presidency, and many investors worry it has yet to hit bottom. "
    "In the first six months of 2022, the widely followed large-cap index has tumbled 20.6% amid expectations of high inflation and a hawkish Federal Reserve, whose rate-hike plans could push the U.S. economy into recession. "
    "The last time the S&P 500 fell this much in the first half was in 1970, according to Dow Jones markets data. The 12 bear markets since World War II, not including the current one, lasted an average of 10 months from "
    "market peak to trough, with an average drop of 34%. If the current bear market were to follow this pattern, it wouldn't hit bottom until October. With its 20.6% loss year to date, the S&P 500 posted its fourth-worst "
    "first-half performance on record, only behind 1932, 1962, and 1970, when it lost 45.4%, 23.5%, and 21.0%, respectively.",
    [
        C('SPX', 'day_change_pct', -0.88, 'percent', '(SPX -0.88%)', "day_pct('SPX','2022-06-30')", S, D2, '3,818.83 -> 3,785.38 = -0.88% on 2022-06-30.', ref='2022-06-30'),
        C('SPX', 'worst_first_half_since', 'Nixon presidency (1969-1974)', 'period', "worst first half of a year since Richard Nixon's presidency", "worst_first_halves('SPX',1928,2022,5)", S, SINCE,
          'The last first half at least as bad as 2022\'s -20.58% was 1970 (-21.01%), under Nixon.', ref='2022-06-30'),
        C('SPX', 'first_half_change', -20.6, 'percent', 'has tumbled 20.6%', "half_return('SPX',2022)", S, D1, '4,766.18 (2021-12-31) -> 3,785.38 (2022-06-30) = -20.58%.', ref='2022-06-30', window='2022-H1'),
        C('SPX', 'worst_first_half_since', 1970, 'year', 'fell this much in the first half was in 1970', "worst_first_halves('SPX',1928,2022,5)", S, SINCE, 'First half 1970: -21.01%; no first half from 1971 to 2021 was as bad.', ref='2022-06-30'),
        C('SPX', 'count_bear_markets', 12, 'count', 'The 12 bear markets since World War II', None, U, METHOD, 'Depends on the bear-market dating used (peaks, troughs, 20% threshold on closes or intraday), which is not stated.', window='1945..2022'),
        C('SPX', 'avg_bear_duration', 10, 'months', 'an average of 10 months', None, U, METHOD, 'Depends on the unstated bear-market dating.', window='1945..2022'),
        C('SPX', 'avg_bear_decline', 34, 'percent', 'an average drop of 34%', None, U, METHOD, 'Depends on the unstated bear-market dating.', window='1945..2022'),
        C('SPX', 'projected_bottom', '2022-10', 'month', "it wouldn't hit bottom until October", None, N, RULE,
          'A conditional projection ("if the current bear market were to follow this pattern"). For the record, the 2022 closing low came on 2022-10-12.', ref='2022-10-31'),
        C('SPX', 'rank_first_half', 4, 'rank', 'fourth-worst first-half performance on record', "worst_first_halves('SPX',1928,2022,5)", S, RANK,
          'Worst first halves in the file (from 1928): 1932 (-45.44%), 1962 (-23.48%), 1970 (-21.01%), 2022 (-20.58%), then 1940 (-19.90%).', window='1928..2022'),
        C('SPX', 'first_half_change', -45.4, 'percent', 'it lost 45.4%', "half_return('SPX',1932)", S, D1, 'First half 1932: -45.44% (S&P 90 series).', ref='1932-06-30', window='1932-H1'),
        C('SPX', 'first_half_change', -23.5, 'percent', '23.5%', "half_return('SPX',1962)", S, D1, 'First half 1962: -23.48%.', ref='1962-06-29', window='1962-H1'),
        C('SPX', 'first_half_change', -21.0, 'percent', '21.0%, respectively', "half_return('SPX',1970)", S, D1, 'First half 1970: -21.01%.', ref='1970-06-30', window='1970-H1'),
    ])

# ---------------------------------------------------------------- 17
add('spdji_202311_sp500_october_2023_snapshot', 'spglobal.com',
    'https://spglobal.com/spdji/en/commentary/article/mexico-fixed-income-commentary-q3-2023',
    'S&P Dow Jones Indices (market commentary)', '2023-11', 'medium',
    'The page sits under a URL naming a Mexico fixed-income commentary, but its text is S&P DJI\'s U.S. equity snapshot for October 2023, with figures at the Tuesday 2023-10-31 close; such notes appear in the first days of the next month, so November 2023. "The three-month index level was in correction mode" refers to the 2023-10-27 close.',
    "MARKET SNAPSHOT (S&P Dow Jones Indices). The S&P 500 was down 2.20% for October, continuing September's downward trend (-4.87%), which started in August (-1.77%) after five months of gains (up 15.59%). The three-month "
    "index level was in correction mode (-10.28%) but improved in the last two days of the month (0.65%, 1.20%) to close the period down in the single digits (-8.61%). Year-to-date, the S&P 500 remained positive (9.23%), "
    "but the index was down considerably from its 2023 closing high (4,588.96 on July 31, 2023, when it was up 19.52% YTD), but up from its recent low (up 17.25% from Oct. 12, 2022). The S&P 500 closed at 4,193.80, "
    "-2.10% with dividends for the month, after closes of 4,288.05 at the end of September and 4,507.66 at the end of August; with dividends, September returned -4.77% and August -1.59%, the three months -8.25%, and the "
    "year to date 10.69%. The one-year return was 8.31% (10.14% with dividends). The Dow Jones Industrial Average closed at 33,052.87, as it declined 1.36% (-1.26% with dividends) for the month, and it continued to "
    "significantly trail the S&P 500 YTD, down 0.28% (up 1.44% with dividends) compared with the S&P 500's 9.23%.",
    [
        C('SPX', 'month_change', -2.20, 'percent', 'The S&P 500 was down 2.20% for October', "month_return('SPX',2023,10)", S, D2, '4,288.05 -> 4,193.80 = -2.20%.', ref='2023-10-31', window='2023-10'),
        C('SPX', 'month_change', -4.87, 'percent', "September's downward trend (-4.87%)", "month_return('SPX',2023,9)", S, D2, '4,507.66 -> 4,288.05 = -4.87%.', ref='2023-09-29', window='2023-09'),
        C('SPX', 'month_change', -1.77, 'percent', 'started in August (-1.77%)', "month_return('SPX',2023,8)", S, D2, '4,588.96 -> 4,507.66 = -1.77%.', ref='2023-08-31', window='2023-08'),
        C('SPX', 'five_month_gain', 15.59, 'percent', 'after five months of gains (up 15.59%)', "[month_up_streak('SPX',2023,7), pct('SPX','2023-02-28','2023-07-31')]", S, D2,
          'March to July 2023 all rose (+3.51, +1.46, +0.25, +6.47, +3.11%): 3,970.15 (2023-02-28) -> 4,588.96 = +15.59%.', ref='2023-07-31', window='2023-03..2023-07'),
        C('SPX', 'three_month_low_point', -10.28, 'percent', 'in correction mode (-10.28%)', "[pct('SPX','2023-07-31','2023-10-27'), pct_below_52w_high('SPX','2023-10-27')]", S, D2,
          'From the 2023-07-31 high close to the 2023-10-27 close (4,117.37): -10.28%, a close at least 10% below the 52-week high (a correction).', ref='2023-10-27', window='2023-07-31..2023-10-27'),
        C('SPX', 'last_two_days', [0.65, 1.20], 'percent', 'the last two days of the month (0.65%, 1.20%)', "[day_pct('SPX','2023-10-30'), day_pct('SPX','2023-10-31')]", S, D2,
          '2023-10-30: +1.20%, 2023-10-31: +0.65% (listed in reverse order).', ref='2023-10-31'),
        C('SPX', 'three_month_change', -8.61, 'percent', 'down in the single digits (-8.61%)', "pct('SPX','2023-07-31','2023-10-31')", S, D2, '4,588.96 -> 4,193.80 = -8.61%.', ref='2023-10-31', window='2023-08..2023-10'),
        C('SPX', 'ytd_change', 9.23, 'percent', 'remained positive (9.23%)', "ytd('SPX','2023-10-31')", S, D2, '3,839.50 (2022-12-30) -> 4,193.80 = +9.23%.', ref='2023-10-31', window='2023 to date'),
        C('SPX', 'year_closing_high', ['2023-07-31', 4588.96], 'list', '4,588.96 on July 31, 2023', "[argmax_close('SPX','2023-01-01','2023-10-31'), max_close('SPX','2023-01-01','2023-10-31')]", S, DATE, '2023 closing high through October: 4,588.96 on 2023-07-31.', ref='2023-07-31'),
        C('SPX', 'ytd_at_high', 19.52, 'percent', 'when it was up 19.52% YTD', "ytd('SPX','2023-07-31')", S, D2, '3,839.50 -> 4,588.96 = +19.52%.', ref='2023-07-31', window='2023 to 07-31'),
        C('SPX', 'pct_from_low', 17.25, 'percent', 'up 17.25% from Oct. 12, 2022', "[argmin_close('SPX','2022-01-01','2022-12-31'), pct('SPX','2022-10-12','2023-10-31')]", S, D2,
          'The 2022 closing low was 3,577.03 on 2022-10-12; to 4,193.80: +17.24%.', ref='2023-10-31', window='2022-10-12..2023-10-31'),
        C('SPX', 'close', 4193.80, 'index points', 'The S&P 500 closed at 4,193.80', "close('SPX','2023-10-31')", S, D2, 'Close 4,193.80 on 2023-10-31.', ref='2023-10-31'),
        C('SPX', 'month_end_closes', [4288.05, 4507.66], 'index points', 'after closes of 4,288.05 at the end of September and 4,507.66', "[close('SPX','2023-09-29'), close('SPX','2023-08-31')]", S, D2, 'Closes 4,288.05 (2023-09-29) and 4,507.66 (2023-08-31).', ref='2023-09-29'),
        C('SPX', 'total_returns', [-2.10, -4.77, -1.59, -8.25, 10.69, 10.14], 'percent', '-2.10% with dividends for the month', "tr_pct('SPY','2023-09-29','2023-10-31')", U, TRU,
          'Total-return figures of the index are not in the files; SPY\'s total return for October 2023 was -2.17% (an ETF proxy, not the index).', ref='2023-10-31'),
        C('SPX', 'one_year_change', 8.31, 'percent', 'The one-year return was 8.31%', "pct('SPX','2022-10-31','2023-10-31')", S, D2, '3,871.98 (2022-10-31) -> 4,193.80 = +8.31%.', ref='2023-10-31', window='2022-10-31..2023-10-31'),
        C('DJI', 'close', 33052.87, 'index points', 'closed at 33,052.87', "close('DJI','2023-10-31')", S, D2, 'Close 33,052.87.', ref='2023-10-31'),
        C('DJI', 'month_change', -1.36, 'percent', 'as it declined 1.36%', "month_return('DJI',2023,10)", S, D2, '33,507.50 -> 33,052.87 = -1.36%.', ref='2023-10-31', window='2023-10'),
        C('DJI', 'total_returns', [-1.26, 1.44], 'percent', '(-1.26% with dividends)', None, U, TRU, 'Total-return figures of the Dow are not in the files.', ref='2023-10-31'),
        C('DJI', 'ytd_change', -0.28, 'percent', 'down 0.28%', "ytd('DJI','2023-10-31')", S, D2, '33,147.25 (2022-12-30) -> 33,052.87 = -0.28%.', ref='2023-10-31', window='2023 to date'),
        C('DJI', 'trails_spx_ytd', True, 'flag', 'significantly trail the S&P 500 YTD', "[ytd('DJI','2023-10-31'), ytd('SPX','2023-10-31')]", S, 'ordering matches', 'Dow -0.28% against S&P 500 +9.23% year to date.', ref='2023-10-31'),
    ])

# ---------------------------------------------------------------- 18
add('zacks_20240520_weekly_winning_streaks_dow_40000', 'www.zacks.com',
    'https://www.zacks.com/investment-newsletter.php?arc=20240520',
    'Zacks Investment Research (Kevin Matras, Profit from the Pros)', '2024-05-20', 'exact',
    'The archive key arc=20240520 dates the newsletter Monday 2024-05-20; "Friday" and "last week" are Friday 2024-05-17 and the week ended that day.',
    "Stocks Closed Higher Last Week, Adding To Their Winning Streak (Kevin Matras, Zacks). Stocks closed mixed on Friday, but up again for the week, making it 4 up weeks in a row for the S&P 500, Nasdaq, the small-cap "
    "Russell 2000, and the mid-cap S&P 400, and 5 up weeks in a row for the Dow. The big 3 indexes are all in new record territory. And the Dow logged its first close above the 40,000 threshold on Friday, closing at "
    "40,003.59. YTD, the Dow is up 6.14%, the S&P is up 11.2%, and the Nasdaq is up 11.2% as well. The market is in a good spot. Moreover, the cyclical tendencies are on the market's side, with the 4-year Presidential "
    "cycle showing that year 4 (this year) is the second-best year of all four years, second only to year 3, which was last year when the market gained 24%.",
    [
        C('DJI, SPX, IXIC, RUT', 'day_change_pct', 'mixed', 'direction', 'Stocks closed mixed on Friday', "[day_pct(t,'2024-05-17') for t in ['DJI','SPX','IXIC','RUT']]", S, 'direction matches',
          '2024-05-17: Dow +0.34%, S&P 500 +0.12%, Nasdaq -0.07%, Russell 2000 -0.03%.', ref='2024-05-17'),
        C('SPX', 'week_up_streak', 4, 'weeks', 'making it 4 up weeks in a row for the S&P 500', "week_up_streak('SPX','2024-05-17')", S, STREAK,
          'Weeks ended 2024-04-26 to 05-17 rose (+2.67, +0.55, +1.85, +1.54%); the week ended 04-19 fell 3.05%.', ref='2024-05-17', window='2024-04-19..2024-05-17'),
        C('IXIC', 'week_up_streak', 4, 'weeks', 'Nasdaq, the small-cap', "week_up_streak('IXIC','2024-05-17')", S, STREAK, 'Four rising weeks to 2024-05-17.', ref='2024-05-17'),
        C('RUT', 'week_up_streak', 4, 'weeks', 'Russell 2000, and the mid-cap', "week_up_streak('RUT','2024-05-17')", S, STREAK, 'Four rising weeks to 2024-05-17.', ref='2024-05-17'),
        C('SP400', 'week_up_streak', 4, 'weeks', 'S&P 400', None, U, NOFILE, 'The S&P MidCap 400 is not in the files.', ref='2024-05-17'),
        C('DJI', 'week_up_streak', 5, 'weeks', '5 up weeks in a row for the Dow', "week_up_streak('DJI','2024-05-17')", S, STREAK,
          'Weeks ended 2024-04-19 to 05-17 all rose (+0.01, +0.67, +1.14, +2.16, +1.24%).', ref='2024-05-17', window='2024-04-12..2024-05-17'),
        C('DJI, SPX, IXIC', 'record_territory', True, 'flag', 'The big 3 indexes are all in new record territory', "[record_close_upto(t,'2024-05-17') for t in ['DJI','SPX','IXIC']]", S, REC,
          'Record closes that week: S&P 500 and Nasdaq on 2024-05-15 (5,308.15 and 16,742.39), Dow on 2024-05-17.', ref='2024-05-17'),
        C('DJI', 'first_close_above', 40000, 'index points', 'its first close above the 40,000 threshold', "first_close_at_or_above('DJI',40000)", S, DATE,
          'First close at or above 40,000: 2024-05-17 (the highest close before was 39,908.00).', ref='2024-05-17'),
        C('DJI', 'close', 40003.59, 'index points', 'closing at 40,003.59', "close('DJI','2024-05-17')", S, D2, 'Close 40,003.59.', ref='2024-05-17'),
        C('DJI', 'ytd_change', 6.14, 'percent', 'the Dow is up 6.14%', "ytd('DJI','2024-05-17')", S, D2, '37,689.54 -> 40,003.59 = +6.14%.', ref='2024-05-17', window='2024 to date'),
        C('SPX', 'ytd_change', 11.2, 'percent', 'the S&P is up 11.2%', "ytd('SPX','2024-05-17')", S, D1, '4,769.83 -> 5,303.27 = +11.18%.', ref='2024-05-17', window='2024 to date'),
        C('IXIC', 'ytd_change', 11.2, 'percent', 'the Nasdaq is up 11.2% as well', "ytd('IXIC','2024-05-17')", S, D1, '15,011.35 -> 16,685.97 = +11.16%.', ref='2024-05-17', window='2024 to date'),
        C('SPX', 'presidential_cycle_rank', 2, 'rank', 'the second-best year of all four years', None, U, METHOD, 'The index, window and measure behind the cycle ranking are not stated.'),
        C('SPX', 'year_change', 24, 'percent', 'the market gained 24%', "year_return('SPX',2023)", S, INT, 'S&P 500 2023: +24.23%.', ref='2023-12-29', window='2023'),
    ])

# ---------------------------------------------------------------- 19
add('weeklyrecap_20241122_dow_record_small_caps_rebound', 'worldcupchampionships.com',
    'https://worldcupchampionships.com/?p=22353',
    'weekly market recap (repost on worldcupchampionships.com; original outlet not named)', '2024-11-22', 'medium',
    'Undated. The week described is the one ended Friday 2024-11-22 (Dow record close that day, 11 days after the 2024-11-11 record; Russell 2000 +4.46% after -3.99%), with "Thursday\'s Thanksgiving holiday" (2024-11-28) ahead; written on or just after 2024-11-22.',
    "U.S. stock indexes climbed approximately 2% this week, regaining much of the ground lost during the previous week's decline. By Friday's close, the Dow reached a new record high, surpassing its peak from just 11 days "
    "earlier. Meanwhile, the S&P 500 ended 0.5% below its record, and the NASDAQ closed 1.5% off its all-time high. The Russell 2000, a U.S. small-cap stock benchmark, posted a strong weekly gain of 4.5%, driven by rallies "
    "on Thursday and Friday. This rebound offset the previous week's 4.0% decline, bringing the index's month-to-date November gain to nearly 10%, largely fueled by a post-election small-cap surge earlier in the month. "
    "Large-cap value stocks outperformed their growth counterparts: the value index delivered a weekly return of 2.5%, compared with a 1.7% gain for the growth index. The University of Michigan's Consumer Sentiment Index "
    "showed a slight decline in the first postelection reading, with Friday's final November figure at 71.8, down from a preliminary 73.0."
    " Nearly all S&P 500 companies have now reported third-quarter earnings, and average earnings growth is expected to reach 5.8% compared with the same period last year, according to FactSet; if confirmed, "
    "this would mark the fifth consecutive quarter of year-over-year earnings growth for the index.",
    [
        C('DJI, SPX, IXIC', 'week_change', 2, 'percent', 'climbed approximately 2% this week', "[week_return(t,'2024-11-22') for t in ['DJI','SPX','IXIC']]", S, ABOUT,
          'Week ended 2024-11-22: Dow +1.96%, S&P 500 +1.68%, Nasdaq +1.73%.', q='about', ref='2024-11-22', window='week ended 2024-11-22'),
        C('DJI, SPX, IXIC', 'regained_prior_loss', 'much', 'share', "regaining much of the ground lost during the previous week's decline", "[week_return(t,'2024-11-15') for t in ['DJI','SPX','IXIC']]", S, 'size matches',
          'The week before (to 2024-11-15) they fell 1.24%, 2.08% and 3.15%; this week won back all of the Dow\'s loss and most of the S&P 500\'s and about half of the Nasdaq\'s.', ref='2024-11-22'),
        C('DJI', 'record_close', True, 'flag', 'the Dow reached a new record high', "is_record_close('DJI','2024-11-22')", S, REC, '44,296.51 on 2024-11-22, above the 44,293.13 of 2024-11-11.', ref='2024-11-22'),
        C('DJI', 'previous_record_days', 11, 'days', 'surpassing its peak from just 11 days', "[record_close_upto('DJI','2024-11-21'), days_between('2024-11-11','2024-11-22')]", S, COUNT, 'Previous record close on 2024-11-11, 11 calendar days earlier.', ref='2024-11-22'),
        C('SPX', 'pct_below_record', 0.5, 'percent', 'the S&P 500 ended 0.5% below its record', "pct_below_record('SPX','2024-11-22')", S, D1, '5,969.34 vs the 6,001.35 record close of 2024-11-11: 0.53% below.', ref='2024-11-22'),
        C('IXIC', 'pct_below_record', 1.5, 'percent', 'closed 1.5% off its all-time high', "pct_below_record('IXIC','2024-11-22')", S, D1, '19,003.65 vs the 19,298.76 record close of 2024-11-11: 1.53% below.', ref='2024-11-22'),
        C('RUT', 'week_change', 4.5, 'percent', 'a strong weekly gain of 4.5%', "week_return('RUT','2024-11-22')", S, D1, '2,303.84 -> 2,406.67 = +4.46%.', ref='2024-11-22', window='week ended 2024-11-22'),
        C('RUT', 'day_changes', 'up', 'direction', 'driven by rallies on Thursday and Friday', "[day_pct('RUT','2024-11-21'), day_pct('RUT','2024-11-22')]", S, 'direction matches', 'Thursday +1.66%, Friday +1.80%, the week\'s two largest gains.', ref='2024-11-22'),
        C('RUT', 'week_change', -4.0, 'percent', "the previous week's 4.0% decline", "week_return('RUT','2024-11-15')", S, D1, '2,399.64 -> 2,303.84 = -3.99%.', ref='2024-11-15', window='week ended 2024-11-15'),
        C('RUT', 'mtd_change', 10, 'percent', 'month-to-date November gain to nearly 10%', "mtd('RUT','2024-11-22')", S, NEARLY, '2,196.65 (2024-10-31) -> 2,406.67 = +9.56%.', q='nearly', ref='2024-11-22', window='2024-11 to date'),
        C('RUT', 'post_election_surge', True, 'flag', 'a post-election small-cap surge earlier in the month', "pct('RUT','2024-11-05','2024-11-11')", S, 'direction and size match', 'From the 2024-11-05 (Election Day) close to 2024-11-11: +7.70%.', ref='2024-11-11', window='2024-11-05..2024-11-11'),
        C('RUSSELL1000_VALUE_GROWTH', 'week_change', [2.5, 1.7], 'percent', 'a weekly return of 2.5%', None, U, NOFILE, 'Style indexes are not in the files.', ref='2024-11-22'),
        C('UMICH_SENTIMENT', 'index', [71.8, 73.0], 'index', 'final November figure at 71.8', None, U, NOFILE, 'Consumer-sentiment data are not in the files.', ref='2024-11-22'),
        C('SPX_EARNINGS', 'q3_growth', 5.8, 'percent', 'expected to reach 5.8%', None, U, NOFILE, 'Earnings data are not in the files.', ref='2024-09-30'),
        C('SPX_EARNINGS', 'growth_streak', 5, 'quarters', 'the fifth consecutive quarter', None, U, NOFILE, 'Earnings data are not in the files (and the statement is conditional).', ref='2024-09-30'),
    ])

# ---------------------------------------------------------------- 20
Q3 = "'2025-06-30'"
add('q3recap_20250930_us_indexes_third_quarter', 'asolica.com',
    'https://asolica.com/right-heres-how-u-s-shares-did-in-q3-2025',
    'unattributed quarter-end recap (machine-reworded repost on asolica.com)', '2025-09-30', 'medium',
    'Undated. The figures run "from the close on Jun. 30 to the end of trading on Sept. 30" (2025) and match those closes exactly, so the piece was written on 2025-09-30 or just after. The page is a reworded ("spun") repost; its wording is paraphrased back to plain English, figures unchanged.',
    "Here's how U.S. stocks did in Q3 2025. September has traditionally been the weakest month for stocks, but not in 2025. In fact, the whole third quarter was a treat for traders, with U.S. equities marching to new highs "
    "and bouncing back from April's tariff scare. Most of that optimism came as second-quarter earnings surprised to the upside, the AI-fueled trade kept gaining momentum and traders piled on bets that the Federal Reserve "
    "would cut rates. That is not to say there are no concerns: equities are now considered expensive by various measures, and a government shutdown could delay the release of key economic data. In the third quarter, here is "
    "how the equity indexes performed from the close on Jun. 30 to the end of trading on Sept. 30: Russell 2000: 2,175.04 to 2,436.48 (+12.02%); Nasdaq Composite: 20,369.73 to 22,660.01 (+11.24%); S&P 500: 6,204.95 to "
    "6,688.46 (+7.79%); Dow Jones: 44,094.77 to 46,397.89 (+5.22%). All four equity benchmarks notched new record highs, including the Russell 2000, which emerged from a years-long rut by setting its first record high since "
    "Nov. 2021 on rate-cut optimism. It was the best-performing of the major benchmarks. Still, the large-cap S&P 500 and Nasdaq Composite turned in enviable performances, with their best third quarter since 2020 and best "
    "September since 2010. And even the 30-stock Dow Jones Industrial Average, the worst performer among the major U.S. equity benchmarks, finished the quarter at a record high.",
    [
        C('SPX', 'month_change', 'up', 'direction', 'but not in 2025', "month_return('SPX',2025,9)", S, 'direction matches', 'September 2025: S&P 500 +3.53% (Nasdaq +5.61%).', ref='2025-09-30', window='2025-09'),
        C('RUT', 'quarter_levels', [2175.04, 2436.48], 'index points', 'Russell 2000: 2,175.04 to 2,436.48', "[close('RUT'," + Q3 + "), close('RUT','2025-09-30')]", S, D2, 'Closes 2,175.04 (2025-06-30) and 2,436.48 (2025-09-30).', ref='2025-09-30'),
        C('RUT', 'quarter_change', 12.02, 'percent', '(+12.02%)', "quarter_return('RUT',2025,3)", S, D2, '+12.02%.', ref='2025-09-30', window='2025-Q3'),
        C('IXIC', 'quarter_levels', [20369.73, 22660.01], 'index points', '20,369.73 to 22,660.01', "[close('IXIC'," + Q3 + "), close('IXIC','2025-09-30')]", S, D2, 'Closes 20,369.73 and 22,660.01.', ref='2025-09-30'),
        C('IXIC', 'quarter_change', 11.24, 'percent', '(+11.24%)', "quarter_return('IXIC',2025,3)", S, D2, '+11.24%.', ref='2025-09-30', window='2025-Q3'),
        C('SPX', 'quarter_levels', [6204.95, 6688.46], 'index points', '6,204.95 to', "[close('SPX'," + Q3 + "), close('SPX','2025-09-30')]", S, D2, 'Closes 6,204.95 and 6,688.46.', ref='2025-09-30'),
        C('SPX', 'quarter_change', 7.79, 'percent', '(+7.79%)', "quarter_return('SPX',2025,3)", S, D2, '+7.79%.', ref='2025-09-30', window='2025-Q3'),
        C('DJI', 'quarter_levels', [44094.77, 46397.89], 'index points', '44,094.77 to 46,397.89', "[close('DJI'," + Q3 + "), close('DJI','2025-09-30')]", S, D2, 'Closes 44,094.77 and 46,397.89.', ref='2025-09-30'),
        C('DJI', 'quarter_change', 5.22, 'percent', '(+5.22%)', "quarter_return('DJI',2025,3)", S, D2, '+5.22%.', ref='2025-09-30', window='2025-Q3'),
        C('RUT, IXIC, SPX, DJI', 'record_in_quarter', True, 'flag', 'All four equity benchmarks notched new record highs', "[record_close_dates(t,'2025-07-01','2025-09-30')[:1] for t in ['RUT','IXIC','SPX','DJI']]", S, REC,
          'Each set record closes in the quarter; the first: Russell 2000 2025-09-18, Nasdaq and S&P 500 2025-07-02, Dow 2025-08-22.', ref='2025-09-30', window='2025-Q3'),
        C('RUT', 'first_record_since', '2021-11', 'month', 'its first record high since Nov. 2021', "record_close_dates('RUT','2021-11-01','2025-09-30')", S, SINCE,
          'Record closes: 2021-11-02, 11-03, 11-05, 11-08, then none until 2025-09-18 (the only one in the quarter).', ref='2025-09-18'),
        C('RUT', 'best_performer', True, 'flag', 'It was the best-performing of the major benchmarks', "[quarter_return(t,2025,3) for t in ['RUT','IXIC','SPX','DJI']]", S, RANK, 'Q3 2025: 12.02 > 11.24 > 7.79 > 5.22.', ref='2025-09-30'),
        C('SPX', 'best_q3_since', 2020, 'year', 'with their best third quarter since 2020', "[last_quarter_at_least('SPX',2025,3,same_q=True), quarter_return('SPX',2020,3)]", S, SINCE, 'S&P 500 Q3 2025 +7.79%; Q3 2020 +8.47% was the last third quarter as strong.', ref='2025-09-30'),
        C('IXIC', 'best_q3_since', 2020, 'year', 'Nasdaq Composite turned in enviable performances', "[last_quarter_at_least('IXIC',2025,3,same_q=True), quarter_return('IXIC',2020,3), quarter_return('IXIC',2010,3)]", I, SINCEU,
          'For the Nasdaq, Q3 2025 (+11.24%) beat Q3 2020 (+11.02%); the last third quarter at least as strong was 2010 (+12.30%), so "since 2020" understates it.', ref='2025-09-30'),
        C('SPX, IXIC', 'best_september_since', 2010, 'year', 'best September since 2010', "[last_month_change_at_least(t,2025,9,same_m=True) for t in ['SPX','IXIC']]", S, SINCE,
          'September 2025: S&P 500 +3.53%, Nasdaq +5.61%; for both, September 2010 (+8.76%, +12.04%) was the last September as strong.', ref='2025-09-30'),
        C('DJI', 'worst_performer', True, 'flag', 'the worst performer among the major U.S. equity benchmarks', "[quarter_return(t,2025,3) for t in ['RUT','IXIC','SPX','DJI']]", S, RANK, 'Dow +5.22%, the smallest gain of the four.', ref='2025-09-30'),
        C('DJI', 'record_close', True, 'flag', 'finished the quarter at a record high', "is_record_close('DJI','2025-09-30')", S, REC, '46,397.89 on 2025-09-30, a record close.', ref='2025-09-30'),
    ])

# ---------------------------------------------------------------- 21
add('marksgroup_202511_october_2025_recap', 'marksgroup.com',
    'https://marksgroup.com/october-2025-market-recap-2/',
    'The Marks Group (monthly market recap)', '2025-11', 'medium',
    'Undated; a recap of October 2025 with month and year-to-date figures at the Friday 2025-10-31 close ("last month"), so published in early November 2025.',
    "October Market Recap (The Marks Group). US equities rose again in October, which makes it six months in a row of gains for the S&P 500, the longest \"monthly winning streak\" in four years. The NASDAQ has risen higher in "
    "seven consecutive months, its longest run since 2018. Corporate earnings continued to outperform expectations and another rate cut from the Federal Reserve kept optimism high. Only six of the 11 sectors in the S&P 500 "
    "were positive last month, but the sector with the heaviest weighting, Technology, again dragged the major benchmarks to new heights: the Tech sector increased 6.2% in October, Health Care (+3.5%) also had a strong "
    "month, and Materials (-5.1%) delivered the worst returns. Benchmark returns, October 2025 | YTD 2025: Dow Jones +2.51% | +11.80%; S&P 500 +2.27% | +16.30%; NASDAQ +4.70% | +22.86%. The S&P 500 ended October trading "
    "at roughly 23 times forward earnings estimates, which is 24% more expensive than its 10-year average (18.6).",
    [
        C('SPX', 'month_up_streak', 6, 'months', 'six months in a row of gains for the S&P 500', "month_up_streak('SPX',2025,10)", S, STREAK,
          'May to October 2025 all rose (+6.15, +4.96, +2.17, +1.91, +3.53, +2.27%); April fell 0.76%.', ref='2025-10-31', window='2025-05..2025-10'),
        C('SPX', 'longest_month_streak_since', 'four years', 'period', 'the longest "monthly winning streak" in four years', "month_up_streaks('SPX',2016,2024,6)", S, SINCE,
          'The last S&P 500 winning streak of six months or more ended in August 2021 (seven months), four years earlier.', ref='2025-10-31'),
        C('IXIC', 'month_up_streak', 7, 'months', 'seven consecutive months', "month_up_streak('IXIC',2025,10)", S, STREAK, 'April to October 2025 all rose; March fell 8.21%.', ref='2025-10-31', window='2025-04..2025-10'),
        C('IXIC', 'longest_month_streak_since', 2018, 'year', 'its longest run since 2018', "month_up_streaks('IXIC',2010,2024,7)", S, SINCE, 'The last Nasdaq winning streak of seven months or more ended in January 2018.', ref='2025-10-31'),
        C('FEDFUNDS', 'rate_cut', '2025-10', 'month', 'another rate cut from the Federal Reserve', "[fomc_meetings('2025-10-01','2025-10-31'), fed_changes('2025-09-01','2025-10-31')]", S, FED,
          'The FOMC cut on 2025-10-29 (effective 10-30, upper bound 4.25 -> 4.00%), after the 2025-09-17 cut.', ref='2025-10-29'),
        C('SPX_SECTORS', 'count_positive', [6, 11], 'count', 'Only six of the 11 sectors', None, U, NOFILE, 'S&P 500 sector indexes are not in the files.', ref='2025-10-31', window='2025-10'),
        C('SPX_TECH', 'month_change', 6.2, 'percent', 'the Tech sector increased 6.2% in October', None, U, NOFILE, 'S&P 500 sector indexes are not in the files (XLK would only be a proxy).', ref='2025-10-31', window='2025-10'),
        C('SPX_SECTORS', 'month_change', [3.5, -5.1], 'percent', 'Health Care (+3.5%)', None, U, NOFILE, 'S&P 500 sector indexes are not in the files (Health Care +3.5%, Materials -5.1%).', ref='2025-10-31', window='2025-10'),
        C('DJI', 'month_change', 2.51, 'percent', 'Dow Jones +2.51%', "month_return('DJI',2025,10)", S, D2, '46,397.89 -> 47,562.87 = +2.51%.', ref='2025-10-31', window='2025-10'),
        C('DJI', 'ytd_change', 11.80, 'percent', '+11.80%', "ytd('DJI','2025-10-31')", S, D2, '42,544.22 -> 47,562.87 = +11.80%.', ref='2025-10-31', window='2025 to date'),
        C('SPX', 'month_change', 2.27, 'percent', 'S&P 500 +2.27%', "month_return('SPX',2025,10)", S, D2, '6,688.46 -> 6,840.20 = +2.27%.', ref='2025-10-31', window='2025-10'),
        C('SPX', 'ytd_change', 16.30, 'percent', '+16.30%', "ytd('SPX','2025-10-31')", S, D2, '5,881.63 -> 6,840.20 = +16.30%.', ref='2025-10-31', window='2025 to date'),
        C('IXIC', 'month_change', 4.70, 'percent', 'NASDAQ +4.70%', "month_return('IXIC',2025,10)", S, D2, '22,660.01 -> 23,724.96 = +4.70%.', ref='2025-10-31', window='2025-10'),
        C('IXIC', 'ytd_change', 22.86, 'percent', '+22.86%', "ytd('IXIC','2025-10-31')", S, D2, '19,310.79 -> 23,724.96 = +22.86%.', ref='2025-10-31', window='2025 to date'),
        C('SPX_VALUATION', 'forward_pe', [23, 18.6], 'ratio', 'roughly 23 times forward earnings estimates', None, U, NOFILE, 'Valuation data are not in the files.', q='about', ref='2025-10-31'),
        C('SPX_VALUATION', 'premium_to_average', 24, 'percent', '24% more expensive', "arith('23 / 18.6 * 100 - 100')", S, ARITH, '23 / 18.6 = 1.237: 23.7% above the average, "24%".', ref='2025-10-31'),
    ])

# ---------------------------------------------------------------- 22
F5 = "first_n_days_up_years('SPX',5,1950,2025)"
JUP = "month_up_years('SPX',1,1980,2025)"
add('themoneyunlock_20260110_record_first_week_2026', 'themoneyunlock.com',
    'https://themoneyunlock.com/wall-street-record-first-week-2026-january-effect-sp500-dow',
    'The Money Unlock (blog)', '2026-01-10', 'medium',
    'Undated. "The S&P 500 rose 0.6% on Friday to close at an all-time high" with a Dow record the same day matches Friday 2026-01-09 (S&P 500 +0.65% to 6,966.28); the week is the one ended that day (from the 2026-01-02 close). Written that evening or the next day. The historical statistics use complete years 1950-2025 and 1980-2025.',
    "Wall Street shrugged off tariff uncertainty, mixed jobs data, and valuation concerns to deliver a record-setting start to 2026. The S&P 500 rose 0.6% on Friday to close at an all-time high, while the Dow Jones "
    "Industrial Average gained approximately 0.5% to also notch a new record. The Nasdaq Composite jumped 0.8%, capping a week that saw all three major averages post gains of at least 1%. The Stock Trader's Almanac tracks "
    "what's known as the \"First Five Days\" indicator, which measures S&P 500 performance during the initial trading days of a new year. Historical data dating to 1950 shows that when the index posts a positive return in "
    "this period, it has gone on to finish the year higher approximately 83% of the time. With the S&P 500 securing its first all-time high of 2026 on Tuesday and building on those gains through Friday, the indicator is "
    "flashing green: the index gained more than 1% during the first five trading days. The broader \"January Barometer\" will provide additional context in coming weeks. Since 1980, the S&P 500 has finished January higher "
    "about 60% of the time, posting an average gain of 4%. In those positive-January years, stocks went on to finish the year higher 86% of the time with an average annual return of 16.1%, according to DataTrek research.",
    [
        C('SPX', 'day_change_pct', 0.6, 'percent', 'The S&P 500 rose 0.6% on Friday', "day_pct('SPX','2026-01-09')", S, D1, '6,921.46 -> 6,966.28 = +0.65%.', ref='2026-01-09'),
        C('SPX', 'record_close', True, 'flag', 'to close at an all-time high', "is_record_close('SPX','2026-01-09')", S, REC, '6,966.28, above the 6,944.82 record of 2026-01-06.', ref='2026-01-09'),
        C('DJI', 'day_change_pct', 0.5, 'percent', 'gained approximately 0.5%', "day_pct('DJI','2026-01-09')", S, ABOUT, '49,266.11 -> 49,504.07 = +0.48%.', q='about', ref='2026-01-09'),
        C('DJI', 'record_close', True, 'flag', 'to also notch a new record', "is_record_close('DJI','2026-01-09')", S, REC, '49,504.07, a record close (after records on 01-05 and 01-06).', ref='2026-01-09'),
        C('IXIC', 'day_change_pct', 0.8, 'percent', 'The Nasdaq Composite jumped 0.8%', "day_pct('IXIC','2026-01-09')", S, D1, '23,480.02 -> 23,671.35 = +0.81%.', ref='2026-01-09'),
        C('SPX, DJI, IXIC', 'week_change', 1, 'percent', 'post gains of at least 1%', "[week_return(t,'2026-01-09') for t in ['SPX','DJI','IXIC']]", S, ATLEAST,
          'Week ended 2026-01-09: S&P 500 +1.57%, Dow +2.32%, Nasdaq +1.88%.', q='at least', ref='2026-01-09', window='week ended 2026-01-09'),
        C('SPX', 'first_five_days_hit_rate', 83, 'percent', 'finish the year higher approximately 83% of the time', "[share_up_years('SPX', " + F5 + "), count_up_years('SPX', " + F5 + "), len(" + F5 + ")]", S, ABOUT,
          'Years 1950-2025 with a positive first five sessions: 49; 41 of them ended higher (83.67%).', q='about', window='1950..2025'),
        C('SPX', 'first_record_of_year', '2026-01-06', 'date', 'its first all-time high of 2026 on Tuesday', "record_close_dates('SPX','2026-01-01','2026-01-09')[0]", S, DATE,
          'First record close of 2026: Tuesday 2026-01-06 (6,944.82); the next came on Friday 01-09.', ref='2026-01-06'),
        C('SPX', 'first_five_days_change', 1, 'percent', 'gained more than 1% during the first five trading days', "first_n_days('SPX',2026,5)", S, MORE,
          '6,845.50 (2025-12-31) -> 6,921.46 after the fifth session (2026-01-08) = +1.11%.', q='more than', ref='2026-01-08', window='2026-01-02..2026-01-08'),
        C('SPX', 'january_up_share', 60, 'percent', 'finished January higher about 60% of the time', "r2(100 * len(" + JUP + ") / len(range(1980,2026)))", S, ABOUT, 'Januaries 1980-2025: 28 of 46 rose (60.87%).', q='about', window='1980..2025'),
        C('SPX', 'january_avg_gain', 4, 'percent', 'posting an average gain of 4%', "[mean_month_return('SPX', " + JUP + ", 1), mean_month_return('SPX', list(range(1980,2026)), 1)]", S, INT,
          'The average of the 28 rising Januaries is +4.02%; the average of all 46 Januaries would be +1.04%, so the figure is read as the average gain of the up Januaries.', window='1980..2025'),
        C('SPX', 'positive_january_year_up_share', 86, 'percent', 'finish the year higher 86% of the time', "share_up_years('SPX', " + JUP + ")", S, INT, '24 of the 28 positive-January years ended higher (85.71%).', window='1980..2025'),
        C('SPX', 'positive_january_avg_year', 16.1, 'percent', 'an average annual return of 16.1%', "mean_year_return('SPX', " + JUP + ")", S, D1, 'Average calendar-year change in those 28 years: +16.11%.', window='1980..2025'),
    ])


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    preview = '--preview' in sys.argv
    data = args[0] if args else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('give the data directory as the first argument or in CAPSCOPE_DATA_DIR')
    R.DATA = data
    out_dir = HERE if not preview else os.path.join(HERE, '_preview')
    os.makedirs(out_dir, exist_ok=True)
    recipes, keys, problems = {}, [], []
    with open(os.path.join(out_dir, 'passages.jsonl'), 'w') as fp:
        for p in P:
            claims_out = []
            for i, c in enumerate(p['claims']):
                n = p['text'].count(c['anchor'])
                if n != 1:
                    problems.append('%s#%d anchor occurs %d times: %r' % (p['id'], i, n, c['anchor']))
                rid = '%s#%d' % (p['id'], i)
                val = None
                if c['recipe']:
                    recipes[rid] = c['recipe']
                    val = R.canon(eval(c['recipe'], vars(R)))
                if preview:
                    print('%-62s %-4s %-12s claim=%-22s got=%s' % (rid, c['verdict'][:4], c['index_or_ticker'][:12], json.dumps(c['value'])[:22], json.dumps(val)[:120]))
                claims_out.append({k: c[k] for k in ('index_or_ticker', 'metric', 'value', 'unit', 'qualifier')} |
                                  {'ref_date': c['ref_date'], 'window': c['window'], 'comparison': c['comparison'], 'basis': c['basis']})
                detail = (c['detail'] + ' ' if c['detail'] else '') + c['note'].split('. ')[0].rstrip('.') + '.'
                detail += ' reference.py: ' + (c['recipe'] if c['recipe'] else 'none (nothing in the files computes it)')
                keys.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=c['index_or_ticker'], metric=c['metric'],
                                 claimed_value=c['value'], qualifier=c['qualifier'], ref_date_used=c['ref_date'], computed_value=val,
                                 computed_detail=detail, verdict=c['verdict'], rule=c['rule'], note=c['note'], anchor_text=c['anchor']))
            rec = dict(id=p['id'], source=dict(site=p['site'], url=p['url'], original_outlet=p['outlet']), published=p['published'],
                       published_confidence=p['conf'], published_note=p['pnote'], text_kind='condensed_close_paraphrase', text=p['text'],
                       claims=claims_out)
            fp.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(os.path.join(out_dir, 'key.jsonl'), 'w') as fk:
        for k in keys:
            fk.write(json.dumps(k, ensure_ascii=False) + '\n')
    with open(os.path.join(out_dir, 'recipes.json'), 'w') as fr:
        json.dump(recipes, fr, indent=1, ensure_ascii=False)
    for pr in problems:
        print('PROBLEM', pr)
    print('%d passages, %d claims, %d recipes' % (len(P), len(keys), len(recipes)))


if __name__ == '__main__':
    main()
