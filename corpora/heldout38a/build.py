"""Build passages.jsonl, key.jsonl and recipes.json of this corpus.

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
LVL = 'index level off by <= 1%: imprecise'
MID = 'mid-session figure inside the session range: unverifiable'
NOFILE = 'series or history not in the files: unverifiable'
ARITH = 'arithmetic on levels the passage states'
HEDGE = 'hedged figure within its allowance'
NEARLY = 'nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit'
MORE = 'more than / over: true > claim'
PCT_I = 'percent figure off by <= max(2 pp, 10%): imprecise'
PCT_X = 'percent figure off by more than max(2 pp, 10%): contradicted'
SINCE = 'highest/lowest since X: X is the last session at least as extreme'
REC = 'record: above every earlier close'
TR = 'total-return figure where only a price index exists: unverifiable'
FC = 'forecast'
NC = 'not_checkable'


# ---------------------------------------------------------------- investorplace 2012-08-29
add('investorplace_20120829_small_caps_fiscal_cliff', 'investorplace.com',
    'http://investorplace.com/2012/08/are-small-caps-vulnerable-to-the-fiscal-cliff/',
    'InvestorPlace', '2012-08-29', 'medium',
    'URL dated August 2012; the figures are "as of August 28" (Tuesday 2012-08-28), so the article is dated the next day. "Returned" is read as total return (the 12-month figures fit only the dividend-adjusted series).',
    "Are Small Caps Vulnerable to the Fiscal Cliff? When investors buy into the broader small-cap asset class, they know what they're getting: a higher-beta segment that is likely to outperform large caps "
    "on the way up and lag on the way down. Well, usually. In the past year that relationship hasn't held true: as of August 28, the iShares Russell 2000 Index Fund (IWM) had returned over 14% in the prior "
    "12 months, lagging the 19% return of the SPDR S&P 500 ETF (SPY). But so far in August the worm has turned and small caps have finally started to outperform: IWM has gained 3.8% versus 2.7% for SPY. "
    "The past few weeks have seen Europe largely drop out of the headlines, and the increase in investors' risk appetites, as evidenced by the collapse in the VIX, has been a boon for small-cap stocks. The "
    "move may prove short-lived because of the looming fiscal cliff, a uniquely American problem.",
    [
        C('GENERIC', 'rule_of_thumb', 'small caps outperform up, lag down', None, 'likely to outperform large caps on the way up', None, N, NC, 'A generalisation about small-cap beta; not a claim about a dated move.'),
        C('IWM', 'total_return_12m', 14, 'percent', 'returned over 14% in the prior 12 months', "[adj_pct('IWM','2011-08-29','2012-08-28'), pct('IWM','2011-08-29','2012-08-28')]", S, MORE,
          'From the 2011-08-29 close (the first session of the 12 months to Aug. 28): +14.29% with dividends (+12.39% on price). From 2011-08-26: +19.70%.', q='over', ref='2012-08-28', window='2011-08-29..2012-08-28'),
        C('SPY', 'total_return_12m', 19, 'percent', 'lagging the 19% return', "[adj_pct('SPY','2011-08-29','2012-08-28'), pct('SPY','2011-08-29','2012-08-28')]", S, INT, 'Same window: +18.99% with dividends (+16.51% on price).', ref='2012-08-28', window='2011-08-29..2012-08-28'),
        C('IWM', 'mtd_pct', 3.8, 'percent', 'IWM has gained 3.8%', "mtd('IWM','2012-08-28')", S, D1, 'August to date (from the 2012-07-31 close): +3.83% (no dividend in the window).', ref='2012-08-28'),
        C('SPY', 'mtd_pct', 2.7, 'percent', 'versus 2.7% for SPY', "mtd('SPY','2012-08-28')", S, D1, 'August to date: +2.68%.', ref='2012-08-28'),
        C('VIX', 'collapse', True, 'flag', 'the collapse in the VIX', "[max_close('VIX','2012-06-01','2012-08-28'), min_close('VIX','2012-06-01','2012-08-28'), last_close_at_or_below('VIX',13.45,'2012-08-16')]", S, 'direction matches',
          'The VIX fell from 26.66 (2012-06-01) to 13.45 on 2012-08-17, its lowest close since 2007-06-19; it was 16.49 on Aug. 28.', ref='2012-08-17', window='2012-06-01..2012-08-28'),
    ])

# ---------------------------------------------------------------- cboe options hub 2014-03-08
add('cboeoptionshub_20140308_rut_ndx_volatility_week', 'cboeoptionshub.com',
    'http://www.cboeoptionshub.com/2014/03/08/week-russell-2000-nasdaq-100-volatility-372014/',
    'CBOE Options Hub (blog)', '2014-03-08', 'exact',
    'Date in the URL (2014-03-08, a Saturday); the post covers the week ending Friday 2014-03-07.',
    "This Week in Russell 2000 and Nasdaq-100 Volatility - 3/7/2014. The S&P 500 closed on a record high Friday afternoon, while record highs were set earlier in the week for the Nasdaq-100 and Russell "
    "2000. Despite the S&P 500 hitting another record to end the week, this is a case of playing catch up, as the S&P 500 performance in 2014 of up 1.60% is about half the performance of the technology-heavy "
    "Nasdaq-100 (up 3.58%) and the small-cap Russell 2000 (up 3.30%). The resulting performance for VXN saw a gain of about 1.5% while RVX dropped 4.41%, bringing RVX back in line with the spread against VIX "
    "seen for most of 2013. The biggest open interest for March RVX options is in the RVX Mar 29 Calls with 300 contracts open, and the open interest for RVX Apr 24 Calls is 200 contracts.",
    [
        C('SPX', 'record_close', True, 'flag', 'closed on a record high Friday afternoon', "is_record_close('SPX','2014-03-07')", S, REC, 'Record close 1,878.04 on Friday 2014-03-07.', ref='2014-03-07'),
        C('NDX', 'record', True, 'flag', 'record highs were set earlier in the week for the Nasdaq-100', "[record_close_upto('NDX','2014-03-07'), record_high_upto('NDX','2014-03-07'), max_close('NDX','2014-03-03','2014-03-07')]", X, 'wrong record',
          'The Nasdaq-100 peaked at 3,727.19 that week (2014-03-05), a 14-year high but far below its records of March 2000 (close 4,704.73, intraday 4,816.35).', ref='2014-03-05'),
        C('RUT', 'record', True, 'flag', 'and Russell 2000', "[is_record_close('RUT','2014-03-04'), is_record_high('RUT','2014-03-04')]", S, REC, 'Record close (1,208.65) and record high on Tuesday 2014-03-04.', ref='2014-03-04'),
        C('SPX', 'ytd_pct', 1.60, 'percent', 'in 2014 of up 1.60%', "ytd('SPX','2014-03-07')", S, D2, '1,848.36 -> 1,878.04 = +1.61%.', ref='2014-03-07'),
        C('SPX', 'ratio_to_others', 0.5, 'ratio', 'about half the performance', "[ratio(ytd('SPX','2014-03-07'), ytd('NDX','2014-03-07')), ratio(ytd('SPX','2014-03-07'), ytd('RUT','2014-03-07'))]", S, 'comparison holds',
          'On the file: 1.61/3.10 = 0.52 and 1.61/3.41 = 0.47; on the stated figures 0.45 and 0.48.', q='about', ref='2014-03-07', comp='NDX, RUT'),
        C('NDX', 'ytd_pct', 3.58, 'percent', 'Nasdaq-100 (up 3.58%)', "ytd('NDX','2014-03-07')", I, PCT_I, '+3.10% at the 2014-03-07 close; the figure fits the Thursday 03-06 close (+3.59%).', ref='2014-03-07'),
        C('RUT', 'ytd_pct', 3.30, 'percent', 'Russell 2000 (up 3.30%)', "ytd('RUT','2014-03-07')", I, PCT_I, '1,163.64 -> 1,203.32 = +3.41% at the 03-07 close (+3.51% on 03-06); no close that week gives 3.30%.', ref='2014-03-07'),
        C('VXN', 'week_change_pct', 1.5, 'percent', 'a gain of about 1.5%', None, U, NOFILE, 'The Nasdaq-100 volatility index is not in the files.', q='about', ref='2014-03-07'),
        C('RVX', 'week_change_pct', -4.41, 'percent', 'RVX dropped 4.41%', None, U, NOFILE, 'The Russell 2000 volatility index is not in the files.', ref='2014-03-07'),
        C('RVX', 'open_interest', [300, 200], 'contracts', 'with 300 contracts open', None, U, NOFILE, 'Option open interest is not in the files.', ref='2014-03-07'),
    ])

# ---------------------------------------------------------------- motley fool 2014-03-23
add('fool_20140323_small_cap_rally_continues', 'fool.com',
    'http://www.fool.com/investing/general/2014/03/23/small-cap-rally-continues-will-large-cap-stocks-ev.aspx',
    'The Motley Fool', '2014-03-23', 'exact',
    'Dated "Mar 23, 2014 at 11:30AM" (a Sunday) on the page and in the URL; figures are judged at the last close, Friday 2014-03-21.',
    "Small-Cap Rally Continues: Will Large-Cap Stocks Ever Catch Up? The S&P 500 has set several all-time record highs so far in 2014, with positive performance even as the Dow has struggled with modest "
    "losses. Yet the Russell 2000 has continued to outshine the large-cap benchmark this year, extending its long-term domination throughout the five-year-old bull market. Over the past five years, the "
    "S&P 500 has averaged an impressive 19.4% annual return, but the small-cap Russell 2000 has beaten even that figure by five full percentage points. Surprisingly, that trend has continued long after "
    "the initial recovery phase: over the past year, the Russell 2000 is up 26%, compared to just 19% for the S&P 500. More than two-thirds of small-cap fund managers underperformed the index last year, "
    "and 87% have underperformed over the past three years.",
    [
        C('SPX', 'record_count', 'several', None, 'several all-time record highs so far in 2014', "record_count_in('SPX','2014-01-01','2014-03-21')", S, 'count matches', 'Six record closes in 2014 through 2014-03-21.', ref='2014-03-21'),
        C('SPX', 'ytd_direction', 'positive', None, 'with positive performance', "ytd('SPX','2014-03-21')", S, 'direction matches', '+0.98% year to date.', ref='2014-03-21'),
        C('DJI', 'ytd_direction', 'modest losses', None, 'the Dow has struggled with modest losses', "ytd('DJI','2014-03-21')", S, 'direction matches', '-1.65% year to date.', ref='2014-03-21'),
        C('RUT', 'relative_ytd', 'RUT above SPX', None, 'continued to outshine the large-cap benchmark this year', "[ytd('RUT','2014-03-21'), ytd('SPX','2014-03-21')]", S, 'ordering holds', 'RUT +2.59% vs S&P 500 +0.98% year to date.', ref='2014-03-21', comp='SPX'),
        C('SPX', 'annualized_return_5y', 19.4, 'percent', 'averaged an impressive 19.4% annual return', "r2(100*((1+pct('SPX','2009-03-20','2014-03-21')/100)**(1/5)-1))", S, D1,
          'Price, 2009-03-20 to 2014-03-21: +142.87%, 19.42% a year compounded. (With dividends, SPY: about 21.9% a year.)', ref='2014-03-21', window='2009-03-20..2014-03-21'),
        C('RUT', 'annualized_excess_5y', 5, 'pp', 'by five full percentage points', "r2(100*((1+pct('RUT','2009-03-20','2014-03-21')/100)**(1/5)-1) - 100*((1+pct('SPX','2009-03-20','2014-03-21')/100)**(1/5)-1))", S, INT,
          'RUT over the same five years: +198.35%, 24.44% a year: 5.02 points more.', ref='2014-03-21', window='2009-03-20..2014-03-21', comp='SPX'),
        C('RUT', 'pct_change_1y', 26, 'percent', 'the Russell 2000 is up 26%', "pct('RUT','2013-03-21','2014-03-21')", S, INT, '2013-03-21 -> 2014-03-21: +26.47% (price).', ref='2014-03-21', window='2013-03-21..2014-03-21'),
        C('SPX', 'pct_change_1y', 19, 'percent', 'just 19% for the S&P 500', "pct('SPX','2013-03-21','2014-03-21')", I, PCT_I, 'Same window: +20.75% on price (+23.06% with dividends): 1.75 points more than written.', ref='2014-03-21', window='2013-03-21..2014-03-21'),
        C('GENERIC', 'fund_manager_share', [67, 87], 'percent', 'and 87% have underperformed', None, U, NOFILE, 'Fund-manager statistics are not in the files.'),
    ])

# ---------------------------------------------------------------- curmudgeon 2016-11-29
add('curmudgeon_20161129_rut_15_day_streak_all_time_high', 'fiendbear.com',
    'http://www.fiendbear.com/Curmudgeon256.htm',
    'The Curmudgeon (blog)', '2016-11-29', 'high',
    'Undated page; the text says the streak "ended on Monday November 28th and the index was down very slightly today (November 29th)", so it was written on Tuesday 2016-11-29.',
    "Russell 2000 Breaks Out to All Time High With a 15-Day Winning Streak, by the Curmudgeon. We stated in our most recent post that the Russell 2000 was up 15 consecutive trading days through last Friday, "
    "November 25th, with a gain of 16.5% during that time. It was the index's best-ever performance in winning streaks that stretched 15 days or longer, according to Bespoke Investment Group. The last "
    "15-day winning streak for the small cap index was over 20 years ago: it ended on Feb. 6, 1996, but there was only a 6.1% gain, about 1/3 that of the recent up move. The Russell 2000's 52-week trailing "
    "P/E is \"nil\" (WSJ) or \"N/A\" (Yahoo Finance); one year ago the forward earnings estimate was 20 against a trailing P/E of 146. Despite having no earnings, the index has rallied strongly since "
    "February 11th. The remarkable 15-day winning streak propelled the index to new all-time highs. It ended on Monday November 28th, and the index was down very slightly today (November 29th).",
    [
        C('RUT', 'up_streak', 15, 'sessions', 'up 15 consecutive trading days through last Friday, November 25th', "up_streak('RUT','2016-11-25')", S, INT, 'Fifteen higher closes, 2016-11-04 through Friday 2016-11-25.', ref='2016-11-25'),
        C('RUT', 'streak_gain', 16.5, 'percent', 'a gain of 16.5% during that time', "up_streak_gain('RUT','2016-11-25')", S, D1, '1,156.89 (2016-11-03 close) -> 1,347.20 (11-25): +16.45%.', ref='2016-11-25', window='2016-11-03..2016-11-25'),
        C('RUT', 'best_streak_gain', True, 'flag', "best-ever performance in winning streaks", "best_up_run_gain('RUT',15,'2016-11-25')", U, NOFILE,
          'In the file (from 1987-09-10) the runs of 15 or more higher closes gained 13.08% (21 sessions, 1988-02-09..03-09), 6.10% (1996) and 16.45% (2016): the claim holds there, but runs from 1979-1987 cannot be checked.', ref='2016-11-25', window='1979..2016-11-25'),
        C('RUT', 'last_streak_end', '1996-02-06', 'date', 'over 20 years ago: it ended on Feb. 6, 1996', "last_up_run_at_least('RUT',15,'2016-11-01')", S, 'date matches',
          'The last earlier run of at least 15 higher closes: 1996-01-17..1996-02-06 (the index fell on 02-07). "Over 20 years ago" also holds.', ref='1996-02-06'),
        C('RUT', 'streak_gain', 6.1, 'percent', 'only a 6.1% gain', "last_up_run_at_least('RUT',15,'2016-11-01')", S, D1, 'That run gained 6.10%.', ref='1996-02-06'),
        C('RUT', 'ratio_of_gains', 0.33, 'ratio', 'about 1/3 that of the recent up move', "arith('6.1/16.5')", S, ARITH, '6.1 / 16.5 = 0.37, about a third.', q='about', ref='2016-11-25'),
        C('RUT', 'pe_ratio', [20, 146], 'ratio', 'a trailing P/E of 146', None, U, NOFILE, 'Valuations and earnings estimates are not in the files.'),
        C('RUT', 'rally_since', '2016-02-11', 'date', 'rallied strongly since February 11th', "argmin_close('RUT','2016-01-01','2016-11-25')", S, 'date matches', 'The 2016 low close was 953.72 on 2016-02-11.', ref='2016-02-11'),
        C('RUT', 'record_close', True, 'flag', 'propelled the index to new all-time highs', "[is_record_close('RUT','2016-11-25'), record_count_in('RUT','2016-11-04','2016-11-25')]", S, REC,
          'Record close 1,347.20 on 2016-11-25, the ninth record close of the run.', ref='2016-11-25'),
        C('RUT', 'streak_end', '2016-11-28', 'date', 'It ended on Monday November 28th', "day_pct('RUT','2016-11-28')", S, 'date matches', 'The RUT fell 1.29% on Monday 2016-11-28.', ref='2016-11-28'),
        C('RUT', 'day_change_direction', 'slightly down', None, 'down very slightly today (November 29th)', "day_pct('RUT','2016-11-29')", S, 'direction matches', '-0.12% on 2016-11-29.', ref='2016-11-29'),
    ])

# ---------------------------------------------------------------- cboe blogs 2017-07-08
add('cboe_20170708_rut_weekend_reviews', 'cboe.com',
    'http://www.cboe.com/blogs/-in-symbols/symbols/rvx/2',
    'Cboe Blogs (Options Hub)', '2017-07-08', 'exact',
    'An archive page listing three weekly posts, dated Jun 24, Jul 2 and Jul 8, 2017 on the page; each covers the week ending the previous Friday (2017-06-23, 06-30, 07-07). The passage is dated by its latest post.',
    "RVX Archives, Cboe Blogs. Weekend Review of Russell 2000 Options and Volatility, 7/3/2017 - 7/7/2017 (posted Jul 8, 2017): Small and large cap stocks finished the week in what I will call a statistical "
    "tie. The Russell 1000 (RUI) gained 0.02% while the Russell 2000 (RUT) was up 0.03%. I looked smart on Monday as RUT gained 0.80% to RUI's 0.25% rise, but with an increase in market volatility RUT fell "
    "back in line with RUI. Weekend Review, 6/26/2017 - 6/30/2017 (posted Jul 2, 2017): Small caps in the form of the Russell 2000 were up slightly last week while the Russell 1000 was down slightly. "
    "Friday marked the end of the second quarter; both RUT and RUI were higher for the quarter, with RUT gaining 2.12% while the large-cap RUI was 2.55% higher. We all know RUT had stellar performance "
    "from election day to the end of 2016 on both an absolute and relative basis when compared to RUI. Weekend Review, 6/19/2017 - 6/23/2017 (posted Jun 24, 2017): The Russell 2000 was up by 0.57% last "
    "week while the Russell 1000 gained only 0.23%. For the year RUT is now up 4.25% while RUI has gained 8.84%, as large cap stocks continue to dominate 2017.",
    [
        C('RUSSELL1000', 'week_change_pct', 0.02, 'percent', 'gained 0.02%', None, U, NOFILE, 'Russell 1000 is not in the files (S&P 500 for the week: +0.07%).', ref='2017-07-07'),
        C('RUT', 'week_change_pct', 0.03, 'percent', 'Russell 2000 (RUT) was up 0.03%', "week_return('RUT','2017-07-07')", S, D2, 'Week 2017-06-30 -> 2017-07-07: +0.03%.', ref='2017-07-07', window='2017-06-30..2017-07-07'),
        C('RUT', 'day_change_pct', 0.80, 'percent', 'RUT gained 0.80%', "day_pct('RUT','2017-07-03')", S, D2, 'Monday 2017-07-03 (a half session): +0.80%.', ref='2017-07-03'),
        C('RUSSELL1000', 'day_change_pct', 0.25, 'percent', "RUI's 0.25% rise", None, U, NOFILE, 'Russell 1000 is not in the files (S&P 500 that day: +0.23%).', ref='2017-07-03'),
        C('RUT', 'week_change_direction', 'up slightly', None, 'were up slightly last week', "week_return('RUT','2017-06-30')", S, 'direction matches', 'Week to 2017-06-30: +0.04%.', ref='2017-06-30', window='2017-06-23..2017-06-30'),
        C('RUSSELL1000', 'week_change_direction', 'down slightly', None, 'the Russell 1000 was down slightly', None, U, NOFILE, 'Russell 1000 is not in the files (S&P 500 for the week: -0.61%).', ref='2017-06-30'),
        C('RUT', 'quarter_return', 2.12, 'percent', 'RUT gaining 2.12%', "pct('RUT','2017-03-31','2017-06-30')", S, D2, '2Q17: 1,385.92 -> 1,415.36 = +2.12%.', ref='2017-06-30', window='2Q17'),
        C('RUSSELL1000', 'quarter_return', 2.55, 'percent', 'RUI was 2.55% higher', None, U, NOFILE, 'Russell 1000 is not in the files (S&P 500 2Q17: +2.57%).', ref='2017-06-30', window='2Q17'),
        C('RUT', 'relative_performance', 'strong absolute and relative', None, 'stellar performance from election day to the end of 2016',
          "[pct('RUT','2016-11-08','2016-12-30'), pct('SPX','2016-11-08','2016-12-30')]", S, 'comparison holds',
          'From the 2016-11-08 close to 2016-12-30: RUT +13.55% against +4.64% for the S&P 500 (the Russell 1000 itself is not in the files).', ref='2016-12-30', window='2016-11-08..2016-12-30', comp='SPX'),
        C('RUT', 'week_change_pct', 0.57, 'percent', 'up by 0.57% last week', "week_return('RUT','2017-06-23')", S, D2, 'Week to 2017-06-23: +0.57%.', ref='2017-06-23', window='2017-06-16..2017-06-23'),
        C('RUSSELL1000', 'week_change_pct', 0.23, 'percent', 'gained only 0.23%', None, U, NOFILE, 'Russell 1000 is not in the files (S&P 500: +0.21%).', ref='2017-06-23'),
        C('RUT', 'ytd_pct', 4.25, 'percent', 'RUT is now up 4.25%', "ytd('RUT','2017-06-23')", S, D2, '1,357.13 -> 1,414.78 = +4.25%.', ref='2017-06-23'),
        C('RUSSELL1000', 'ytd_pct', 8.84, 'percent', 'RUI has gained 8.84%', None, U, NOFILE, 'Russell 1000 is not in the files (S&P 500: +8.91%).', ref='2017-06-23'),
    ])

# ---------------------------------------------------------------- streetauthority 2017-12
add('streetauthority_20171222_rut_gains_since_august', 'streetauthority.com',
    'https://www.streetauthority.com/category/international-investing/page/3/',
    'StreetAuthority', '2017-12-22', 'medium',
    'Read on a StreetAuthority category page that shows the article\'s opening; no date is given. The year-to-date figures and "current value of roughly 1545" place it in the last days of December 2017; the closest fit is the close of Friday 2017-12-22 (RUT 1,542.93, +13.69% for the year), at which all figures are judged.',
    "The Russell 2000 had a good year, all things considered. The index has gained 13.7% in 2017 compared to a 19.6% return for the broader S&P 500 index. But something doesn't pass the smell test. While "
    "both indices have solid gains for the year, most of the Russell 2000's gains occurred since August 21, 2017, when the index closed at 1356.90. That means that more than 77% of the year's gains have "
    "occurred in just the past 120 days, likely a result of an influx of retail investors. There's something ominous about the valuation of the small-cap index: at its current value of roughly 1545, the "
    "stocks of the Russell 2000 have a combined value of approximately $4.5 trillion, while the net income from these 2000 stocks is just $42 billion, meaning the Russell 2000 is priced at more than 107 "
    "times earnings.",
    [
        C('RUT', 'ytd_pct', 13.7, 'percent', 'has gained 13.7% in 2017', "ytd('RUT','2017-12-22')", S, D1, '1,357.13 (2016-12-30) -> 1,542.93 = +13.69%.', ref='2017-12-22'),
        C('SPX', 'ytd_pct', 19.6, 'percent', 'a 19.6% return for the broader S&P 500', "ytd('SPX','2017-12-22')", I, PCT_I,
          '2,238.83 -> 2,683.34 = +19.85% at 2017-12-22 (+19.67% on 12-20, +19.42% for the full year); price, not total return.', ref='2017-12-22'),
        C('RUT', 'close', 1356.90, 'points', 'when the index closed at 1356.90', "close('RUT','2017-08-21')", S, D2, '1,356.90 on 2017-08-21.', ref='2017-08-21'),
        C('RUT', 'share_of_gain_since', 'most', None, "most of the Russell 2000's gains occurred since August 21, 2017",
          "r2(100*(close('RUT','2017-12-22')-close('RUT','2017-08-21'))/(close('RUT','2017-12-22')-close('RUT','2016-12-30')))", S, 'comparison holds',
          'The 2017-08-21 close (1,356.90) was slightly below the 2016 close (1,357.13), so the whole of the year\'s gain, 100.1% of it, came after that date.', ref='2017-12-22', window='2017-08-21..2017-12-22'),
        C('RUT', 'share_of_gain_since', 77, 'percent', "more than 77% of the year's gains have occurred in just the past 120 days",
          "r2(100*(close('RUT','2017-12-22')-close('RUT','2017-08-21'))/(close('RUT','2017-12-22')-close('RUT','2016-12-30')))", S, MORE,
          'True share: 100.1% (the index was down for the year on Aug. 21), so "more than 77%" holds, though it understates; Aug. 21 to Dec. 22 is 123 days.', q='more than', ref='2017-12-22', window='2017-08-21..2017-12-22'),
        C('RUT', 'level', 1545, 'points', 'current value of roughly 1545', "close('RUT','2017-12-22')", I, LVL,
          '1,542.93 at the 2017-12-22 close, 2.07 points off ("roughly" allows about one point at this precision); 1,544.23 on 12-26 would fit.', q='roughly', ref='2017-12-22'),
        C('RUT', 'market_cap', 4.5, 'trillion USD', 'approximately $4.5 trillion', None, U, NOFILE, 'Constituent market values are not in the files.', q='approximately'),
        C('RUT', 'net_income', 42, 'billion USD', 'just $42 billion', None, U, NOFILE, 'Constituent earnings are not in the files.'),
        C('RUT', 'pe_ratio', 107, 'ratio', 'more than 107 times earnings', "arith('4500/42')", S, ARITH, 'On the stated figures $4.5 trillion / $42 billion = 107.1.', q='more than'),
    ])

# ---------------------------------------------------------------- barron's 2019-11-25
add('barrons_20191125_dow_good_day_small_caps_great', 'nasdaq.com',
    'https://www.nasdaq.com/articles/the-dow-is-having-a-good-day.-small-cap-stocks-are-having-a-great-one.-2019-11-25',
    "Barron's (on Nasdaq.com)", '2019-11-25', 'exact',
    'Date in the URL and on the page; a live item timed "2:21 p.m." on Monday 2019-11-25. Its levels are mid-session and are judged against that session\'s range.',
    "The Dow Is Having a Good Day. Small-Cap Stocks Are Having a Great One. The small-cap Russell 2000 has gained four times more than the Dow on Monday, but still has a lot of gaining to do before it "
    "hits a record high. 2:21 p.m.: The Dow Jones Industrial Average has risen 136.28 points, or 0.5%, to 28,011.90, and sits just a touch below its record high of 28,036.22. The small-company Russell "
    "2000, however, has gained 2.1% to 1,621.47, and looks like it's finally ready to catch up. \"Small Caps broke out above stubborn 1,615 (160) resistance from a year-long base,\" writes Evercore ISI's "
    "Rich Ross. The Russell 2000 has gained 20% in 2019, in line with the Dow's 20% rise, but lagging the S&P 500's 25% advance and the Nasdaq Composite's 30% climb. Yet while the other indexes are "
    "touching all-time highs, the Russell 2000 is still 7.4% away from its own.",
    [
        C('DJI', 'level_midsession', 28011.90, 'points', 'to 28,011.90', "[low('DJI','2019-11-25'), high('DJI','2019-11-25'), close('DJI','2019-11-25')]", U, MID,
          'Range 27,917.77-28,068.69; 28,011.90 lies inside (the Dow closed at 28,066.47, +190.85).', ref='2019-11-25', basis='2:21 p.m.'),
        C('DJI', 'day_change_pts_midsession', 136.28, 'points', 'risen 136.28 points', "session_range_pts('DJI','2019-11-25')", U, MID,
          'Consistent with 28,011.90 against the 27,875.62 previous close; inside the session range (+42.15..+193.07).', ref='2019-11-25', basis='2:21 p.m.'),
        C('DJI', 'day_change_pct_midsession', 0.5, 'percent', 'or 0.5%', "session_range_pct('DJI','2019-11-25')", U, MID, '136.28 / 27,875.62 = 0.49%; inside the session range (+0.15%..+0.69%); close +0.68%.', ref='2019-11-25', basis='2:21 p.m.'),
        C('DJI', 'record_close', 28036.22, 'points', 'record high of 28,036.22', "record_close_upto('DJI','2019-11-22')", S, D2, 'Record close 28,036.22 on 2019-11-18 (the Dow then closed at a new record, 28,066.47, that day).', ref='2019-11-18'),
        C('DJI', 'below_record', True, 'flag', 'sits just a touch below its record high', "arith('28036.22-28011.90')", S, ARITH, 'On the stated levels: 24.32 points below the record close.', ref='2019-11-25', basis='2:21 p.m.'),
        C('RUT', 'day_change_pct_midsession', 2.1, 'percent', 'has gained 2.1% to 1,621.47', "[session_range_pct('RUT','2019-11-25'), low('RUT','2019-11-25'), high('RUT','2019-11-25')]", U, MID,
          '1,621.47 against the 1,588.94 previous close is +2.05%; range 1,594.49-1,623.99 (+0.35%..+2.21%) contains both; close 1,621.90 (+2.07%).', ref='2019-11-25', basis='2:21 p.m.'),
        C('RUT', 'ratio_to_dji_gain', 4, 'ratio', 'gained four times more than the Dow', "arith('2.1/0.5')", S, ARITH, 'On the stated figures 2.1% / 0.5% = 4.2 (at the close: 2.07% / 0.68% = 3.0).', ref='2019-11-25', comp='DJI', basis='2:21 p.m.'),
        C('RUT', 'resistance_level', 1615, 'points', 'stubborn 1,615 (160) resistance from a year-long base', "[max_close('RUT','2018-11-25','2019-11-22'), argmax_close('RUT','2018-11-25','2019-11-22'), last_close_at_or_above('RUT',1615,'2019-11-22')]", S, 'level comparison holds',
          'The highest close of the previous twelve months was 1,614.98 (2019-05-06); the last close above 1,615 was 2018-10-09. The "(160)" is the IWM equivalent.', ref='2019-11-25', window='2018-11-25..2019-11-22'),
        C('RUT', 'ytd_pct', 20, 'percent', 'The Russell 2000 has gained 20% in 2019', "[arith('100*(1621.47/1348.56-1)'), ytd('RUT','2019-11-25')]", S, INT, 'From 1,348.56 (2018-12-31) to the stated 1,621.47: +20.24%; at the close +20.27%.', ref='2019-11-25'),
        C('DJI', 'ytd_pct', 20, 'percent', "in line with the Dow's 20% rise", "ytd('DJI','2019-11-25')", S, INT, '+20.32% at the 2019-11-25 close (+19.50% at the 11-22 close).', ref='2019-11-25'),
        C('SPX', 'ytd_pct', 25, 'percent', "S&P 500's 25% advance", "ytd('SPX','2019-11-25')", S, INT, '+25.00% at the close (+24.07% at the 11-22 close).', ref='2019-11-25'),
        C('IXIC', 'ytd_pct', 30, 'percent', "Nasdaq Composite's 30% climb", "ytd('IXIC','2019-11-25')", S, INT, '+30.10% at the close (+28.40% at the 11-22 close).', ref='2019-11-25'),
        C('SPX', 'records', True, 'flag', 'the other indexes are touching all-time highs', "[is_record_high('SPX','2019-11-25'), is_record_high('IXIC','2019-11-25'), is_record_close('DJI','2019-11-25')]", S, 'intraday record: above every earlier high',
          'The S&P 500 and the Nasdaq set record highs that session and all three large-cap indexes closed at records.', ref='2019-11-25'),
        C('RUT', 'gain_to_record', 7.4, 'percent', 'still 7.4% away from its own', "arith('100*(1740.75/1621.47-1)')", S, ARITH,
          'From the stated 1,621.47 the RUT needed +7.36% to regain its 1,740.75 record close of 2018-08-31 (measured downward it was 6.85% below).', ref='2019-11-25', basis='2:21 p.m.'),
    ])

# ---------------------------------------------------------------- zacks 2020-12-08
add('zacks_20201208_small_cap_etfs_iwm_vs_ijr', 'zacks.com',
    'https://www.zacks.com/stock/news/1142910/small-cap-etfs-face-off-iwm-vs-ijr?art_rec=etfs-overview-zacks_news-ID01-txt-1142910',
    'Zacks Investment Research', '2020-12-08', 'medium',
    'Undated page. The vaccine news it cites (Pfizer, Moderna, AstraZeneca, November 2020) and its December seasonality point to early December 2020; the one-month figures match the window from the 2020-11-09 close to the 2020-12-07 close (S&P 500 +3.98%, Dow +3.13%), so it is dated the next day.',
    "Small-Cap ETFs Face Off: IWM Vs. IJR. Wall Street has been enjoying record highs lately, driven by encouraging COVID-19 vaccine study results. While the rally has been broad-based, small-cap stocks "
    "have been outperforming their large-cap peers. The Russell 2000 and S&P Small Cap 600 indexes are up about 10.8% and 11.2%, respectively, over the past month. In comparison, the S&P 500 and Dow Jones "
    "have gained 4.1% and 3.1%, respectively, while the S&P Mid Cap Index rose 7.5%. Looking at historical performance, December typically yields the second-best monthly performance, according to Sam "
    "Stovall of CFRA Research. The Russell 2000 averages a 2.15% return in December, climbing 76% of the time, compared to an average gain of 1.47% for the S&P 500 and a 73% frequency of advance.",
    [
        C('SPX', 'records', True, 'flag', 'enjoying record highs lately', "[record_count_in(t,'2020-11-01','2020-12-07') for t in ['SPX','DJI','RUT']]", S, REC,
          'Record closes from 2020-11-01 to 2020-12-07: S&P 500 7, Dow 3, Russell 2000 7.', ref='2020-12-07', window='2020-11-01..2020-12-07'),
        C('RUT', 'pct_change_1m', 10.8, 'percent', 'up about 10.8%', "pct('RUT','2020-11-09','2020-12-07')", I, 'about: just outside one unit of the last digit (+0.02): imprecise',
          '1,705.04 (2020-11-09) -> 1,891.25 (2020-12-07): +10.92%, 0.12 above 10.8, just beyond the "about" allowance (0.12) by a thousandth. The S&P 500 and Dow figures fit this window.', q='about', ref='2020-12-07', window='2020-11-09..2020-12-07'),
        C('SP600', 'pct_change_1m', 11.2, 'percent', '11.2%, respectively', None, U, NOFILE, 'The S&P SmallCap 600 is not in the files.', q='about', ref='2020-12-07'),
        C('SPX', 'pct_change_1m', 4.1, 'percent', 'have gained 4.1%', "pct('SPX','2020-11-09','2020-12-07')", I, PCT_I, 'Same window: 3,550.50 -> 3,691.96 = +3.98%, 0.12 below the unhedged 4.1 (this sentence has no "about"); the SPY fund gained exactly 4.10% over the window, so the figure may come from the ETF.', ref='2020-12-07', window='2020-11-09..2020-12-07'),
        C('DJI', 'pct_change_1m', 3.1, 'percent', 'and 3.1%, respectively', "pct('DJI','2020-11-09','2020-12-07')", S, D1, 'Same window: +3.13%.', ref='2020-12-07', window='2020-11-09..2020-12-07'),
        C('SP400', 'pct_change_1m', 7.5, 'percent', 'S&P Mid Cap Index rose 7.5%', None, U, NOFILE, 'The S&P MidCap 400 is not in the files.', ref='2020-12-07'),
        C('SPX', 'december_rank', 2, 'rank', 'second-best monthly performance', None, U, 'unstated window: unverifiable', 'The period and index behind the ranking are not stated (CFRA usually ranks S&P 500 months since 1945).'),
        C('RUT', 'december_mean', 2.15, 'percent', 'averages a 2.15% return in December', "month_stats('RUT',12,1987,2019)", U, NOFILE,
          'The CFRA statistic runs from 1979; the file covers Decembers 1987-2019 only, where the mean is 2.60% and 81.8% of Decembers rose.', ref='2019-12-31', window='1979..2019'),
        C('RUT', 'december_up_share', 76, 'percent', 'climbing 76% of the time', "month_stats('RUT',12,1987,2019)", U, NOFILE, 'Same: 1979-1986 are missing from the file (1987-2019: 81.8%).', ref='2019-12-31', window='1979..2019'),
        C('SPX', 'december_mean', 1.47, 'percent', 'average gain of 1.47% for the S&P 500', "month_stats('SPX',12,1950,2019)", U, 'unstated window: unverifiable',
          'Start year not stated. Price returns: since 1950 the December mean is 1.48% with 74.3% up; since 1945 1.58% and 76.0%; since 1979 1.25% and 73.2%.', ref='2019-12-31'),
        C('SPX', 'december_up_share', 73, 'percent', 'a 73% frequency of advance', "month_stats('SPX',12,1979,2019)", U, 'unstated window: unverifiable', 'Depends on the start year: 73.2% since 1979, 74.3% since 1950, 76.0% since 1945.', ref='2019-12-31'),
    ])

# ---------------------------------------------------------------- philstockworld 2021-02-09
add('philstockworld_20210209_rut_trouble_at_2300', 'welcome.philstockworld.com',
    'http://welcome.philstockworld.com/tuesday-trouble-at-2300-on-the-russell-2000/',
    'Philstockworld (blog)', '2021-02-09', 'medium',
    'Undated morning post titled "Tuesday Trouble at 2,300". The Russell 2000 first traded above 2,300 on Tuesday 2021-02-09 (high 2,309.43; the previous record high was 2,289.76), and the post speaks of Tesla and GameStop gains "in the past year"; dated that Tuesday. Figures "this morning" are judged against that session.',
    "Tuesday Trouble at 2,300 on the Russell 2000. Small-cap stocks should give us an indication of the health of the broad economy but, according to the Russell 2000, 2020 could not have been better, as our "
    "small-cap index rallied back from below 1,000 in March all the way to 2,300 early this morning - that's up 130% in 11 months! Let's say we started the year at 1,600: a 700-point gain is still a nice "
    "43% gain on the year. The Russell topped out at 1,740 in 2018 and was down 42.5% 18 months later, so it's kind of a finicky index, but this is truly amazing, though the Nasdaq is up from 9,000 to "
    "13,700 and that's 4,700 points, or 52%; I guess with the Nasdaq we can argue that Tesla (TSLA) and GameStop (GME) deserved their 500% gains in the past year. What can't be higher later is the "
    "price/earnings ratio of the Russell, which is pinned at 35 because the p/e measures are capped at 35. If 1,999 stocks had a P/E of 35 and ONE stock had a p/e of 10, the Russell 2,000's average P/E "
    "would be 34.9875.",
    [
        C('RUT', 'low_below', 1000, 'points', 'from below 1,000 in March', "[min_close('RUT','2020-03-01','2020-03-31'), argmin_close('RUT','2020-03-01','2020-03-31')]", S, 'level comparison holds',
          'Lowest close of March 2020: 991.16 on 2020-03-18 (intraday low 966.22).', ref='2020-03-18'),
        C('RUT', 'level_midsession', 2300, 'points', 'to 2,300 early this morning', "[low('RUT','2021-02-09'), high('RUT','2021-02-09')]", U, MID,
          'Session of 2021-02-09: low 2,281.93, high 2,309.43 (the index closed at 2,299.00); 2,300 lies inside the range and the time of the reading ("early this morning", probably futures) cannot be checked.', ref='2021-02-09', basis='early trading'),
        C('RUT', 'pct_change', 130, 'percent', "that's up 130% in 11 months", "[arith('100*(2300/1000-1)'), months_between('2020-03-18','2021-02-09')]", S, ARITH,
          'From the stated 1,000 to 2,300: +130%; the 2020-03-18 low close to 2021-02-09 is 10.7 months. (From the 991.16 close to the 2,299.00 close: +131.9%.)', ref='2021-02-09', window='2020-03-18..2021-02-09'),
        C('RUT', 'hypothetical_start', 1600, 'points', "Let's say we started the year at 1,600: a 700-point gain", "[close('RUT','2020-12-31'), close('RUT','2019-12-31')]", N, 'hypothetical',
          'Stated as a supposition ("let\'s say"); on it the 700-point gain to 2,300 is right. For reference the RUT began 2021 at 1,974.86 and 2020 at 1,668.47.', ref='2021-01-01'),
        C('RUT', 'pct_change_hypothetical', 43, 'percent', 'a nice 43% gain on the year', "arith('100*700/1600')", I, TRUNC,
          'On the stated figures 700 / 1,600 = 43.75%, written as 43 (truncated). The real 2021 year-to-date gain at the 2021-02-08 close was +15.9%.', ref='2021-02-09'),
        C('RUT', 'record_close', 1740, 'points', 'topped out at 1,740 in 2018', "record_close_upto('RUT','2018-12-31')", I, TRUNC,
          'The 2018 peak close was 1,740.75 on 2018-08-31 (intraday 1,742.09): right date, level truncated.', ref='2018-08-31'),
        C('RUT', 'drawdown', 42.5, 'percent', 'was down 42.5%', "drawdown_from_high('RUT','2018-08-31','2020-03-31')", I, PCT_I,
          'From 1,740.75 (2018-08-31) to the 2020-03-18 low close 991.16: -43.06%, 0.56 point more than written (to the intraday low 966.22: -44.5%).', ref='2020-03-18', window='2018-08-31..2020-03-18'),
        C('RUT', 'months_between', 18, 'months', '18 months later', "months_between('2018-08-31','2020-03-18')", S, 'whole months elapsed match', '2018-08-31 to 2020-03-18 is 18 months and 18 days (18.6 months): 18 whole months had passed.', ref='2020-03-18'),
        C('NDX', 'level_start', 9000, 'points', 'the Nasdaq is up from 9,000', "[first_close_at_or_above('NDX',9000), close('NDX','2020-02-10')]", U, 'unstated window: unverifiable',
          'The starting date is not given. The Nasdaq-100 (the "Nasdaq" whose level matches 13,700) first closed above 9,000 on 2020-01-13 and stood at 9,516.84 a year before (2020-02-10); the Composite was at 9,628.39 then.', ref='2020-02'),
        C('NDX', 'level_midsession', 13700, 'points', 'to 13,700', "[close('NDX','2021-02-08'), low('NDX','2021-02-09'), high('NDX','2021-02-09')]", U, MID,
          'Nasdaq-100: 13,695.02 at the 2021-02-08 close; range on 2021-02-09 13,664.70-13,741.79, which contains 13,700. (The Composite was near 14,000: 13,987.64 at the 02-08 close.)', ref='2021-02-09', basis='early trading'),
        C('NDX', 'pct_change', 52, 'percent', "that's 4,700 points, or 52%", "[arith('13700-9000'), arith('100*4700/9000')]", S, ARITH, 'On the stated levels: 4,700 points, +52.2%.', ref='2021-02-09'),
        C('GENERIC', 'stock_returns', 500, 'percent', 'their 500% gains in the past year', None, U, NOFILE, 'Single stocks (TSLA, GME) are not in the files.'),
        C('RUT', 'pe_ratio', 35, 'ratio', 'which is pinned at 35', None, U, NOFILE, 'Index valuations are not in the files.'),
        C('RUT', 'pe_arithmetic', 34.9875, 'ratio', 'would be 34.9875', "arith('(1999*35+10)/2000')", S, ARITH, '(1,999 x 35 + 10) / 2,000 = 34.9875 (the key rounds to two decimals: 34.99).'),
    ])

# ---------------------------------------------------------------- thestreet real money 2022-07-01
add('realmoney_20220701_ugly_first_half_value_vs_growth', 'realmoney.thestreet.com',
    'https://realmoney.thestreet.com/investing/stocks/in-an-ugly-first-half-for-stocks-value-was-a-lot-less-ugly-than-growth-16042848',
    'TheStreet Real Money (Jonathan Heller)', '2022-07-01', 'exact',
    'Dated "Jul 01, 2022 | 11:00 AM EDT" on the page; the first-half figures run to the 2022-06-30 close.',
    "In an Ugly First Half for Stocks, Value Was a Lot Less Ugly Than Growth. The 21% year-to-date drop in both the S&P 500 and Russell 1000 indexes does not tell the whole tale. Within large-caps, the "
    "Russell 1000 Growth Index is down 28.07% year to date while Russell 1000 Value is off 12.86%, a spread of 1,521 basis points. In the small-cap realm, the Russell 2000 is down 23.43%. But looking "
    "closer, the Russell 2000 Growth is down 29.45% while Russell 2000 Value has fallen 17.31%, a difference of 1,214 basis points. It's natural to compare the current period to other tumultuous times. "
    "During the first half of 2020, it was value that suffered the most; large caps actually held up fairly well: Russell 1000 (-2.81%), Russell 2000 (-12.98%), Russell 2000 Value (-23.5%). Contained "
    "within the first half of 2020 was a steep drawdown between late February and late March.",
    [
        C('SPX', 'ytd_pct', -21, 'percent', 'The 21% year-to-date drop', "ytd('SPX','2022-06-30')", S, INT,
          'S&P 500 price: 4,766.18 -> 3,785.38 = -20.58% (total return about -20.0%). The Russell 1000 named with it is not in the files.', ref='2022-06-30'),
        C('RUSSELL1000_STYLE', 'ytd_pct', [-28.07, -12.86], 'percent', 'down 28.07% year to date', None, U, NOFILE, 'Russell 1000 Growth and Value are not in the files.', ref='2022-06-30'),
        C('RUSSELL1000_STYLE', 'spread', 1521, 'bp', 'a spread of 1,521 basis points', "arith('100*(28.07-12.86)')", S, ARITH, '28.07 - 12.86 = 15.21 points = 1,521 bp.', ref='2022-06-30'),
        C('RUT', 'ytd_pct', -23.43, 'percent', 'the Russell 2000 is down 23.43%', "[ytd('RUT','2022-06-30'), adj_pct('IWM','2021-12-31','2022-06-30')]", U, TR,
          'Price index: 2,245.31 -> 1,707.99 = -23.93% (imprecise on price). The figure is the total return (IWM with dividends, a proxy: -23.52%), which the files cannot give for the index.', ref='2022-06-30'),
        C('RUSSELL2000_STYLE', 'ytd_pct', [-29.45, -17.31], 'percent', 'Russell 2000 Growth is down 29.45%', None, U, NOFILE, 'Russell 2000 Growth and Value are not in the files.', ref='2022-06-30'),
        C('RUSSELL2000_STYLE', 'spread', 1214, 'bp', 'a difference of 1,214 basis points', "arith('100*(29.45-17.31)')", S, ARITH, '29.45 - 17.31 = 12.14 points = 1,214 bp.', ref='2022-06-30'),
        C('RUSSELL1000', 'h1_return', -2.81, 'percent', 'Russell 1000 (-2.81%)', None, U, NOFILE, 'Russell 1000 is not in the files (S&P 500 price, first half 2020: -4.04%).', ref='2020-06-30'),
        C('RUT', 'h1_return', -12.98, 'percent', 'Russell 2000 (-12.98%)', "[ytd('RUT','2020-06-30'), adj_pct('IWM','2019-12-31','2020-06-30')]", U, TR,
          'Price index: 1,668.47 -> 1,441.37 = -13.61% (imprecise on price); IWM with dividends -12.95% fits, so the figure is a total return the files cannot give.', ref='2020-06-30'),
        C('RUSSELL2000_STYLE', 'h1_return', -23.5, 'percent', 'Russell 2000 Value (-23.5%)', None, U, NOFILE, 'Russell 2000 Value is not in the files.', ref='2020-06-30'),
        C('SPX', 'drawdown_window', 'late February to late March 2020', None, 'a steep drawdown between late February and late March',
          "[argmax_close('SPX','2020-01-01','2020-03-31'), argmin_close('SPX','2020-01-01','2020-06-30'), argmax_close('RUT','2020-01-01','2020-03-31'), argmin_close('RUT','2020-01-01','2020-06-30')]", S, 'dates match',
          'S&P 500 peak close 2020-02-19, low close 2020-03-23; the RUT had peaked earlier (2020-01-16) and bottomed 2020-03-18.', ref='2020-03-23'),
    ])

# ---------------------------------------------------------------- marketwatch 2023-05-19
add('marketwatch_20230519_small_caps_suck_buy_small_caps', 'rocketnews.com',
    'https://www.rocketnews.com/2023/05/brett-arendss-roi-small-caps-suck-buy-small-caps/',
    'MarketWatch (Brett Arends)', '2023-05-19', 'high',
    'Repost in a May 2023 URL; a copy elsewhere is dated 2023-05-19. The quote tags beside the tickers (RUT +0.58%, SPX +0.94%, IWM +0.61%, SPY +0.96%) are exactly the moves of Thursday 2023-05-18, so "so far in 2023" is judged at that close.',
    "Brett Arends's ROI: Small-caps suck. Buy small-caps! If you own a small-cap stock fund in your retirement portfolio you may be wondering if it's time to throw in the towel. Small caps are on track "
    "for yet another dismal year: the Russell 2000 index, the most widely followed index of small stocks, has earned barely 1% so far in 2023; the S&P 500 index of large-cap stocks, 9%. This is nothing "
    "new. The Russell 2000 has done worse than the S&P 500 over the last one year, three years, five years, and 10 years. It fell more than the S&P 500 in 2022, by 20% compared with 18%. If you'd invested "
    "$10,000 10 years ago in the iShares Russell 2000 ETF (IWM), fund data company Morningstar says you'd be up to about $19,900, including reinvested dividends: you would have (almost) doubled your money. "
    "The same investment in the SPDR S&P 500 Trust (SPY)? You'd have $29,600. You'd have nearly tripled your stake, or made twice the return. Leuthold Group's Doug Ramsey charts the Russell 2000 against "
    "the S&P 500 going back more than 40 years: since the early 1980s small caps have, overall, been a much worse investment than large-company stocks.",
    [
        C('RUT', 'ytd_pct', 1, 'percent', 'has earned barely 1% so far in 2023', "ytd('RUT','2023-05-18')", S, HEDGE, '1,761.25 -> 1,784.86 = +1.34% at the 2023-05-18 close ("barely 1%" read as about 1%).', q='barely', ref='2023-05-18'),
        C('SPX', 'ytd_pct', 9, 'percent', 'of large-cap stocks, 9%', "ytd('SPX','2023-05-18')", S, INT, '3,839.50 -> 4,198.05 = +9.34%.', ref='2023-05-18'),
        C('RUT', 'relative_performance', 'RUT below SPX over 1, 3, 5 and 10 years', None, 'over the last one year, three years, five years, and 10 years',
          "[[pct('RUT',b,'2023-05-18'), pct('SPX',b,'2023-05-18')] for b in ['2022-05-18','2020-05-18','2018-05-18','2013-05-17']]", S, 'ordering holds',
          'Price changes to 2023-05-18, RUT vs S&P 500: 1 year +1.00 vs +6.99; 3 years +33.83 vs +42.12; 5 years +9.73 vs +54.74; 10 years +79.15 vs +151.76.', ref='2023-05-18', comp='SPX'),
        C('RUT', 'year_return', -20, 'percent', 'by 20% compared with 18%', "[year_return('RUT',2022), year_return('SPX',2022), adj_pct('IWM','2021-12-31','2022-12-30'), adj_pct('SPY','2021-12-31','2022-12-30')]", U, TR,
          'Price returns for 2022: RUT -21.56%, S&P 500 -19.44% (both imprecise on price). The figures fit total returns (fund proxies with dividends: IWM -20.48%, SPY -18.18%), which the files cannot give for the indexes. The ordering (RUT fell more) holds either way.', ref='2022-12-30', comp='SPX'),
        C('IWM', 'growth_of_10000', 19900, 'USD', 'about $19,900', "adj_value('IWM','2013-05-17','2023-05-18',10000)", I, 'total-return value off by <= 20%: imprecise',
          'IWM adjusted closes give $20,451 over 2013-05-17..2023-05-18 ($20,328 to 05-17; $21,285 for the ten years to the end of April 2023): a gain of about 104% against 99%. No nearby window reproduces $19,900.', q='about', ref='2023-05-18', window='2013-05-17..2023-05-18'),
        C('IWM', 'multiple', 2, 'ratio', '(almost) doubled your money', "arith('19900/10000')", S, ARITH, '$19,900 is 1.99 times $10,000 (the file gives 2.05).', q='almost', ref='2023-05-18'),
        C('SPY', 'growth_of_10000', 29600, 'USD', "You'd have $29,600", "adj_value('SPY','2013-05-17','2023-05-18',10000)", I, 'total-return value off by <= 20%: imprecise',
          'SPY adjusted closes give $30,218 over the same window ($29,929 to 05-17): a gain of about 202% against 196%.', ref='2023-05-18', window='2013-05-17..2023-05-18'),
        C('SPY', 'multiple', 3, 'ratio', 'nearly tripled your stake', "arith('29600/10000')", S, ARITH, '2.96 times (the file gives 3.02).', q='nearly', ref='2023-05-18'),
        C('SPY', 'ratio_of_gains', 2, 'ratio', 'made twice the return', "arith('(29600-10000)/(19900-10000)')", S, ARITH, '$19,600 of gain against $9,900: 1.98 times (the file gives 20,218 / 10,451 = 1.93).', ref='2023-05-18', comp='IWM'),
        C('RUT', 'relative_performance_long', 'RUT below SPX since early 1980s', None, 'since the early 1980s small caps have', None, U, NOFILE,
          'Needs Russell 2000 history before 1987-09-10; from 1987-09-10 to 2023-05-18 the RUT rose from 168.97 to 1,784.86 (x10.6) and the S&P 500 from 317.13 to 4,198.05 (x13.2), in line with the claim on price.', ref='2023-05-18', comp='SPX'),
    ])

# ---------------------------------------------------------------- the chart report 2023-11-14
add('thechartreport_20231114_small_caps_stole_the_show', 'thechartreport.com',
    'https://thechartreport.com/2023-11-14/chart-day-tuesday-november-14-2023',
    'The Chart Report', '2023-11-14', 'exact',
    'Dated Tuesday, November 14, 2023 on the page and in the URL; the session is that day (the CPI release).',
    "Chart of the Day - Tuesday, November 14, 2023. Today's chart was shared by Mike Zaccardi. It was a great day for stocks across the board, but small caps really stole the show. The S&P 500 ($SPY) had "
    "its best day since April, rising +1.94%, but small caps did nearly 3x better: the Russell 2000 ($IWM) surged +5.49%, outperforming $SPY by a margin of +3.55%. Mike points out that this was the best "
    "day for small caps vs. large caps since March 2020 and the 7th best day since the inception of $IWM in 2000. One day doesn't make a trend, and the trend still favors large caps, but 'tis the season "
    "for small-cap outperformance.",
    [
        C('SPY', 'best_day_since', '2023-04', 'month', 'best day since April', "last_gain_as_big('SPY','2023-11-14')", S, 'biggest since X: X is the last day with a move at least as large',
          'The last SPY gain at least as large as 1.94% was 2023-04-27 (+1.94%); the S&P 500 index (+1.91%) also had its best day since 2023-04-27.', ref='2023-11-14'),
        C('SPY', 'day_change_pct', 1.94, 'percent', 'rising +1.94%', "day_pct('SPY','2023-11-14')", S, D2, 'SPY +1.94% (the S&P 500 index +1.91%).', ref='2023-11-14'),
        C('IWM', 'day_change_pct', 5.49, 'percent', 'surged +5.49%', "day_pct('IWM','2023-11-14')", S, D2, 'IWM +5.49% (the Russell 2000 index +5.44%).', ref='2023-11-14'),
        C('IWM', 'ratio_to_spy', 3, 'ratio', 'nearly 3x better', "ratio(day_pct('IWM','2023-11-14'), day_pct('SPY','2023-11-14'))", S, NEARLY, '5.49 / 1.94 = 2.83 ("nearly 3x": 2-3.5 accepted).', q='nearly', ref='2023-11-14', comp='SPY'),
        C('IWM', 'relative_day', 3.55, 'pp', 'by a margin of +3.55%', "rel_day('IWM','SPY','2023-11-14')", S, D2, '5.49 - 1.94 = 3.55 points.', ref='2023-11-14', comp='SPY'),
        C('IWM', 'best_rel_day_since', '2020-03', 'month', 'best day for small caps vs. large caps since March 2020', "last_rel_day_at_least('IWM','SPY','2023-11-14')", S, 'biggest since X: X is the last day with a move at least as large',
          'The last day IWM beat SPY by at least 3.55 points was 2020-03-19 (+3.69).', ref='2023-11-14', comp='SPY'),
        C('IWM', 'rel_day_rank', 7, 'rank', '7th best day since the inception', "rel_day_rank('IWM','SPY','2023-11-14')", X, 'wrong rank',
          'Counting every IWM-minus-SPY daily spread since 2000-05-26 (price and total-return closes give the same list), 2023-11-14 ranks 5th: 2008-10-10 (+7.35), 2011-10-04 (+4.04), 2008-10-31 (+3.96), 2020-03-19 (+3.69), then 2023-11-14 (+3.55).', ref='2023-11-14', window='2000-05-26..2023-11-14', comp='SPY'),
    ])

# ---------------------------------------------------------------- cnbc 2024-07-16
add('cnbc_20240716_small_caps_hottest_trade', 'investingpassive.com',
    'https://investingpassive.com/small-caps-are-the-hottest-trade-going-in-the-stock-market-now-and-they-surged-another-3-tuesday/',
    'CNBC', '2024-07-16', 'high',
    'Undated repost of a CNBC article (photo caption dated July 11, 2024). "Jumped 3.5% on Tuesday" and a five-day run of 1%+ gains fit only Tuesday 2024-07-16 (+3.50%, the fifth straight gain above 1%); Tom Lee spoke "Monday" (2024-07-15). Dated the day of the session.',
    "Small caps are the hottest trade going in the stock market now, and they surged another 3% Tuesday. Small-cap stocks are on a tear, having taken the baton from megacap technology shares last week "
    "to lead the bull market on hopes that interest rate cuts will broaden out the economic recovery. The Russell 2000 index, the benchmark for the group, jumped 3.5% on Tuesday, hitting its highest level "
    "since January 2022. It marked the benchmark's fifth time since 1979 that it has had a five-day streak of gains north of 1%, according to Bespoke Investment Group. The small-cap benchmark is up 12.8% "
    "over the last one month, triple the gains in the S&P 500. Fundstrat's Tom Lee said Monday on CNBC's \"Closing Bell: Overtime\" that the rally in small caps could last for more than two months: "
    "\"We think this move could be something like 10 weeks and as much as 40%. I think it is just starting.\" Investors are rotating into previously unloved corners of the market as cooling inflation data "
    "last week fueled bets that the Federal Reserve could cut interest rates soon, and the group is gaining traction as a \"Trump trade\".",
    [
        C('RUT', 'day_change_pct', 3, 'percent', 'they surged another 3% Tuesday', "day_pct('RUT','2024-07-16')", I, TRUNC, 'Headline figure: +3.505% on Tuesday 2024-07-16, written as 3 (truncated; just beyond the 0.5 integer tolerance). The body gives 3.5%.', ref='2024-07-16'),
        C('RUT', 'relative_week', 'RUT led megacap tech', None, 'taken the baton from megacap technology shares last week', "[week_return('RUT','2024-07-12'), week_return('NDX','2024-07-12'), week_return('IXIC','2024-07-12')]", S, 'ordering holds',
          'Week to 2024-07-12: RUT +6.00% against -0.30% for the Nasdaq-100 and +0.25% for the Nasdaq Composite.', ref='2024-07-12', window='2024-07-05..2024-07-12', comp='NDX'),
        C('RUT', 'day_change_pct', 3.5, 'percent', 'jumped 3.5% on Tuesday', "day_pct('RUT','2024-07-16')", S, D1, '2,187.02 (2024-07-15) -> 2,263.67 = +3.50%.', ref='2024-07-16'),
        C('RUT', 'highest_since', '2022-01', 'month', 'highest level since January 2022', "last_close_at_or_above_value('RUT','2024-07-16')", S, SINCE,
          'The last close at or above 2,263.67 before 2024-07-16 was 2022-01-04 (the index then fell below it on 2022-01-05), so January 2022 is right.', ref='2024-07-16'),
        C('RUT', 'streak_count_since', 5, 'count', "fifth time since 1979", "gain_runs('RUT',5,1,'2024-07-16')", U, NOFILE,
          'Five straight gains above 1% (2024-07-10..07-16: +1.10%, +3.57%, +1.09%, +1.80%, +3.50%). The file (from 1987-09-10) holds exactly five such runs including this one, which agrees with "fifth", but runs in 1979-1987 cannot be checked.', ref='2024-07-16', window='1979..2024-07-16'),
        C('RUT', 'pct_change', 12.8, 'percent', 'up 12.8% over the last one month', "pct('RUT','2024-06-14','2024-07-16')", S, D1,
          '2,006.16 (2024-06-14, the last close a month before) -> 2,263.67 = +12.84%. From 2024-06-17: +11.95%.', ref='2024-07-16', window='2024-06-14..2024-07-16'),
        C('RUT', 'ratio_to_spx_gain', 3, 'ratio', 'triple the gains in the S&P 500', "ratio(pct('RUT','2024-06-14','2024-07-16'), pct('SPX','2024-06-14','2024-07-16'))", S, 'comparison holds',
          'S&P 500 over the same month: 5,431.60 -> 5,667.20 = +4.34%; 12.84 / 4.34 = 2.96, about triple.', ref='2024-07-16', window='2024-06-14..2024-07-16', comp='SPX'),
        C('QUOTE', 'forecast', '10 weeks, up to 40%', None, 'as much as 40%', None, F, FC, 'Tom Lee\'s projection for the small-cap rally; not judged (the RUT peaked at 2,263.67 that day and was lower a month later).', ref='2024-09'),
    ])

# ---------------------------------------------------------------- schaeffer's 2024-07-17
add('schaeffers_20240717_rut_five_day_relative_strength', 'liquidityledger.com',
    'https://liquidityledger.com/opinions/research/what-to-expect-from-recent-rut-outperformance',
    "Schaeffer's Investment Research", '2024-07-17', 'medium',
    'Undated repost of a Schaeffer\'s "Indicator of the Week" column (image files named "...jul16"). The five-day figures (RUT +11.54%, SPX +1.62%) and the 1.098 relative-strength reading fit the close of Tuesday 2024-07-16, which the text calls "yesterday"; dated the next day.',
    "What to Expect From Recent RUT Outperformance. Just over a month ago I discussed how small caps were badly lagging large caps; now they are making a major comeback. Over the past five trading days "
    "the small-cap Russell 2000 Index (RUT) has surged more than 11%, while the large-cap S&P 500 Index (SPX) has risen just over 1.5%. The five-day relative strength of the RUT against the SPX is 1.096, "
    "a level reached only once since 1979. Despite the rally, the SPX still outperforms the RUT over the past 52 weeks by nearly nine percentage points (25.8% to 17.1%). The highest five-day reading ever "
    "was October 19, 1987, Black Monday, when the SPX fell over 20% in one day; other than that outlier, yesterday's reading was the highest ever. The writer lists the dates the reading reached 1.06, one "
    "signal every 12 months, and notes that, while it is only six data points, these were outstanding times to buy stocks.",
    [
        C('RUT', 'pct_change_5d', 11, 'percent', 'surged more than 11%', "pct('RUT','2024-07-09','2024-07-16')", S, MORE,
          '2,029.47 (2024-07-09) -> 2,263.67 (2024-07-16) = +11.54% over five sessions.', q='more than', ref='2024-07-16', window='2024-07-09..2024-07-16'),
        C('SPX', 'pct_change_5d', 1.5, 'percent', 'risen just over 1.5%', "pct('SPX','2024-07-09','2024-07-16')", S, MORE,
          '5,576.98 -> 5,667.20 = +1.62% over the same five sessions.', q='just over', ref='2024-07-16', window='2024-07-09..2024-07-16'),
        C('RUT', 'relative_strength_5d', 1.096, 'ratio', 'is 1.096', "rs_n('RUT','SPX',5,'2024-07-16')", I, 'ratio off by less than 1%: imprecise',
          'Computed value is x100: (2,263.67/2,029.47)/(5,667.20/5,576.98) = 1.0976, 0.0016 above the figure as written (it reads 1.098). On 2024-07-17 the reading rose to 1.1005.', ref='2024-07-16', window='2024-07-09..2024-07-16', comp='SPX'),
        C('RUT', 'count_since', 1, 'count', 'a level reached only once since 1979', "rs_n_days_at_least('RUT','SPX',5,109.6,'2024-07-15')", U, NOFILE,
          'In the file (from 1987-09-10) the only earlier five-day reading at or above 1.096 is 1987-10-19 (1.122), which agrees with "only once"; 1979-1987 cannot be checked.', ref='2024-07-16', window='1979..2024-07-15', comp='SPX'),
        C('SPX', 'relative_pct_change', 9, 'pp', 'nearly nine percentage points', "rel_window('SPX','RUT','2023-07-14','2024-07-16')", S, NEARLY,
          'From the 2023-07-14 close (the reading that matches the 25.8% figure) the S&P 500 gained 25.79% and the RUT 17.22%: a gap of 8.57 points. From 2023-07-18 (exactly 52 weeks): 24.42% vs 14.55%, a gap of 9.87.', q='nearly', ref='2024-07-16', window='2023-07-14..2024-07-16', comp='RUT'),
        C('SPX', 'pct_change_52w', 25.8, 'percent', '25.8%', "pct('SPX','2023-07-14','2024-07-16')", S, D1,
          '4,505.42 (2023-07-14) -> 5,667.20 = +25.79%.', ref='2024-07-16', window='2023-07-14..2024-07-16'),
        C('RUT', 'pct_change_52w', 17.1, 'percent', '17.1%', "pct('RUT','2023-07-14','2024-07-16')", I, PCT_I,
          'Same base: 1,931.09 -> 2,263.67 = +17.22%, 0.12 above the figure as written; no single base reproduces both 25.8% and 17.1% (from 2023-07-17: 25.30% and 16.01%).', ref='2024-07-16', window='2023-07-14..2024-07-16'),
        C('RUT', 'record_reading', '1987-10-19', 'date', 'The highest five-day reading ever', "rs_n_max('RUT','SPX',5,'2024-07-15')", U, NOFILE,
          'In the file the highest five-day reading before 2024-07-16 is 1987-10-19 (1.122); readings from 1979-1987 cannot be checked.', ref='1987-10-19', window='1979..2024-07-15', comp='SPX'),
        C('RUT', 'record_reading_second', True, 'flag', "yesterday's reading was the highest ever", "rs_n_days_at_least('RUT','SPX',5,109.76,'2024-07-15')", U, NOFILE,
          'In the file the only earlier reading above the 2024-07-16 value (1.098) is 1987-10-19; the next highest is 1.085 (2020-03-25). So the claim holds from 1987-09-10 on; 1979-1987 cannot be checked.', ref='2024-07-16', window='1979..2024-07-16', comp='SPX'),
        C('SPX', 'day_change_pct', -20, 'percent', 'fell over 20% in one day', "day_pct('SPX','1987-10-19')", S, MORE, '1987-10-19: 282.70 -> 224.84 = -20.47%.', q='over', ref='1987-10-19'),
    ])

# ---------------------------------------------------------------- cnbc (charts) 2024-07-17
add('cnbc_20240717_iwm_poised_to_break_out', 'dev.funandflip.com',
    'https://dev.funandflip.com/health/small-cap-etf-poised-to-break-out-to-alltime-high-and-perhaps-beyond-according-to-the-charts.html',
    'CNBC (technical analysis column), repost', '2024-07-17', 'medium',
    'Undated repost of a CNBC chart column. "Just logged a five-day move greater than 10%" and an RSI "above the 80 level" fit only the close of Tuesday 2024-07-16 (IWM +11.52% in five sessions, RSI 80.9; both fell back on 07-17), so the column is dated the next day.',
    "Small-cap ETF poised to break out to all-time high and perhaps beyond, according to the charts. Rotation into small-cap stocks is the most discussed stock market theme over the last week. The iShares "
    "Russell 2000 ETF just logged a five-day move greater than 10%, which last happened during the powerful snapback in April 2020 after the COVID crash. With IWM already up 25% from the October 2023 low even "
    "before this last spike, this is a completely different trading environment from spring 2020. The big move has pulled IWM's 14-day relative strength index all the way above the 80 level; the indicator "
    "has only surpassed 80 three prior times since the internet bubble burst in 2000: September 2017, November 2016 and June 2003. Additional upside followed each time. The weekly chart shows IWM breaking "
    "out from a two-and-a-half-year bullish inverse head-and-shoulders pattern; should the breakout hold, the upside target would be near $260, considerably higher than the 2021 peak, which was the last "
    "time IWM made a new all-time high.",
    [
        C('IWM', 'pct_change_5d', 10, 'percent', 'a five-day move greater than 10%', "pct_n_sessions('IWM',5,'2024-07-16')", S, MORE, '201.40 (2024-07-09) -> 224.60 (2024-07-16) = +11.52%.', q='greater than', ref='2024-07-16', window='2024-07-09..2024-07-16'),
        C('IWM', 'last_time', '2020-04', 'month', 'which last happened during the powerful snapback in April 2020', "last_n_move_at_least('IWM',5,10,'2024-07-16')", X, 'since X earlier than the true date: contradicted',
          'The last earlier five-session gain above 10% ended 2020-05-27 (+10.02%), in May 2020; April 2020 had several (up to +15.05% on 04-13). The last one at least as large as +11.52% was in April 2020.', ref='2024-07-16'),
        C('IWM', 'pct_from_low', 25, 'percent', 'already up 25% from the October 2023 low', "[argmin_close('IWM','2023-10-01','2023-10-31'), pct('IWM','2023-10-27','2024-07-10')]", S, INT,
          'Low close 162.21 on 2023-10-27; to 203.37 on 2024-07-10, the day before the spike began: +25.37%.', ref='2024-07-10', window='2023-10-27..2024-07-10'),
        C('IWM', 'rsi_14', 80, 'index', 'all the way above the 80 level', "rsi('IWM','2024-07-16')", S, MORE, "Wilder's 14-session RSI on closes: 80.85 at the 2024-07-16 close (75.06 the next day).", q='above', ref='2024-07-16'),
        C('IWM', 'rsi_above_80_times', ['2017-09', '2016-11', '2003-06'], 'months', 'September 2017, November 2016 and June 2003', "rsi_months_above('IWM',79.5,'2000-07-01','2024-07-15')", S, 'dates match',
          'Wilder RSI peaks at or above 79.5 from July 2000 (after IWM\'s first weeks) to 2024-07-15: June 2003 (84.35), November 2016 (79.998, 80.0 to one decimal), September-October 2017 (82.07, 85.69): the same three episodes, the 2016 one only just touching 80.', ref='2024-07-16', window='2000-07..2024-07-15'),
        C('IWM', 'target', 260, 'USD', 'near $260', None, F, FC, 'Chart target; not judged.'),
        C('IWM', 'target_vs_record', True, 'flag', 'considerably higher than the 2021 peak', "[record_close_upto('IWM','2024-07-16'), r2(100*(260/record_close_upto('IWM','2024-07-16')[1]-1))]", S, 'comparison holds',
          'The 2021 peak close was 242.56 (2021-11-08, intraday 244.46), still the record at 2024-07-16; $260 is 7.2% above it.', ref='2024-07-16'),
    ])

# ---------------------------------------------------------------- tomorrowinvestor 2025-04-04
add('tomorrowinvestor_20250404_small_caps_bear_market', 'tomorrowinvestor.com',
    'https://tomorrowinvestor.com/small-cap-stocks-enter-bear-market-as-russell-2000-declines-significantly/24226/',
    'Tomorrow Investor (rewrite of MarketWatch/CNBC reports)', '2025-04-04', 'medium',
    'Undated page. The Russell 2000 first closed more than 20% below its 2024-11-25 peak on Thursday 2025-04-03 (-21.76%), when it fell 6.59%, its worst day of 2025; the piece reads as written the next day. Judged at the 2025-04-03 close.',
    "Small-cap stocks enter bear market as Russell 2000 declines significantly. The Russell 2000 index is the first major U.S. stock benchmark to enter a bear market since the sell-off began. The index, "
    "which tracks 2,000 small-cap stocks, has officially entered a bear market, marking a decline of over 20% from its peak in late November 2024, after a month-long sell-off accelerated by escalating trade "
    "tensions and tariffs. This marks a stark shift from the euphoria that followed President Trump's election. The index was last seen in bear territory from 2021 to 2022, when it ultimately fell 32.5%. "
    "According to MarketWatch, the e-Mini Russell 2000 contract recently dropped more than 4%, representing the worst day of the year for the index. Consumer sentiment has plummeted to a two-year low.",
    [
        C('RUT', 'first_in_bear', True, 'flag', 'first major U.S. stock benchmark to enter a bear market',
          "[pct_below_52w_high(t,'2025-04-03') for t in ['RUT','SPX','IXIC','DJI']]", S, 'ordering holds',
          'At the 2025-04-03 close the RUT was 21.76% below its 52-week high close; the S&P 500 12.17%, the Nasdaq 17.96% and the Dow 9.93% below theirs (the Nasdaq crossed 20% the next day).', ref='2025-04-03', comp='SPX, IXIC, DJI'),
        C('RUT', 'pct_from_high', 20, 'percent', 'a decline of over 20% from its peak in late November 2024',
          "[argmax_close('RUT','2024-11-01','2025-04-03'), r2(100*(1-close('RUT','2025-04-03')/max_close('RUT','2024-11-01','2025-04-03')))]", S, MORE,
          'Peak close 2,442.03 on 2024-11-25; 1,910.55 on 2025-04-03 is 21.76% below it. (The all-time record close is still 2,442.74 of 2021-11-08.)', q='over', ref='2025-04-03', window='2024-11-25..2025-04-03'),
        C('RUT', 'drawdown', 32.5, 'percent', 'ultimately fell 32.5%', "drawdown_from_high('RUT','2021-11-08','2022-12-31')", S, D1,
          'From the 2021-11-08 record close 2,442.74 to the 2022 low 1,649.84 (2022-06-16): -32.46%. The index later made a lower low (1,636.94 on 2023-10-27, -32.99%), outside the "2021 to 2022" window.', ref='2022-06-16', window='2021-11-08..2022-12-31'),
        C('RUT_FUTURES', 'day_change_pct', -4, 'percent', 'dropped more than 4%', None, U, NOFILE,
          'The e-Mini Russell 2000 futures contract is not in the files. The index itself fell 6.59% on 2025-04-03 (and 4.37% on 04-04).', q='more than', ref='2025-04-03'),
        C('RUT', 'worst_day_of_year', True, 'flag', 'worst day of the year for the index', "[day_pct('RUT','2025-04-03'), r2(100*ser('RUT').loc['2025-01-01':'2025-04-02'].pct_change().min())]", S, 'ordering holds',
          'The index\'s -6.59% on 2025-04-03 was its worst day of 2025 (the worst before it was -2.94% on 2025-02-21).', ref='2025-04-03'),
        C('US_SENTIMENT', 'low_since', 2, 'years', 'two-year low', None, U, NOFILE, 'Consumer sentiment is not in the files.'),
    ])

# ---------------------------------------------------------------- zacks 2025-09-04
add('zacks_20250904_small_cap_etfs_optimism', 'zacks.com',
    'https://www.zacks.com/stock/news/2747057/will-small-cap-etfs-be-able-to-sustain-the-new-found-optimism',
    'Zacks Investment Research', '2025-09-04', 'medium',
    'Undated page; the figures are "as of Sept. 3, 2025" (Wednesday), so the article is dated the next day. All ETF figures are judged on price at the 2025-09-03 close.',
    "Will Small-Cap ETFs be Able to Sustain the New-Found Optimism? After a long period of underperformance, small-cap U.S. stocks may be staging a comeback. The iShares Russell 2000 ETF (IWM) has gained "
    "6.3% over the past month (as of Sept. 3, 2025) versus about 2% gains in the SPDR S&P 500 ETF Trust (SPY). However, IWM still lags SPY year to date: SPY is up about 10% while IWM has advanced about "
    "5.7%. Much of the early-year weakness in small caps was caused by President Trump's announcement of higher tariffs in April. Bank of America clients purchased $1.5 billion of small and micro-cap "
    "stocks and small-cap ETFs over the past week, the second-largest weekly inflow since 2008. There are 97.6% chances of a 25-bp rate cut in September, per the CME FedWatch Tool. For the small-cap S&P 600 "
    "index, Q2 results are in from 586 members: total earnings are up 8.6% from a year earlier on 3.4% higher revenues, with 61.1% beating EPS estimates.",
    [
        C('IWM', 'pct_change_1m', 6.3, 'percent', "6.3% over the past month", "pct('IWM','2025-08-04','2025-09-03')", S, D1,
          'From the 2025-08-04 close (the first session of the month to Sept. 3) to 2025-09-03: +6.34% (price; no dividend in the window). From the 2025-08-01 close (the last session a month before): +8.72%.', ref='2025-09-03', window='2025-08-04..2025-09-03'),
        C('SPY', 'pct_change_1m', 2, 'percent', 'about 2% gains', "pct('SPY','2025-08-04','2025-09-03')", S, HEDGE, 'Same window: +1.99% (from 2025-08-01: +3.54%).', q='about', ref='2025-09-03', window='2025-08-04..2025-09-03'),
        C('SPY', 'ytd_pct', 10, 'percent', 'SPY is up about 10%', "pct('SPY','2024-12-31','2025-09-03')", S, HEDGE, 'Price: 586.08 -> 643.74 = +9.84% (with dividends +10.49%).', q='about', ref='2025-09-03'),
        C('IWM', 'ytd_pct', 5.7, 'percent', 'advanced about 5.7%', "pct('IWM','2024-12-31','2025-09-03')", S, HEDGE, 'Price: 220.96 -> 233.67 = +5.75% (with dividends +6.28%, outside "about 5.7").', q='about', ref='2025-09-03'),
        C('GENERIC', 'fund_flows', 1.5, 'billion USD', '$1.5 billion', None, U, NOFILE, 'Bank of America client flows; not in the files.', ref='2025-09-03'),
        C('GENERIC', 'flow_rank_since', 2008, 'year', 'second-largest weekly inflow since 2008', None, U, NOFILE, 'Flow history is not in the files.'),
        C('FEDFUNDS', 'cut_probability', 97.6, 'percent', '97.6% chances', None, U, 'futures odds for a meeting without futures in the files: unverifiable',
          'FedWatch odds for the 2025-09-17 meeting; ZQ_futures.csv starts with July 2026 contracts. (The cut did happen; odds are not judged against the outcome.)', ref='2025-09-03'),
        C('SP600', 'earnings', [8.6, 3.4, 61.1], 'percent', 'total earnings are up 8.6%', None, U, NOFILE, 'S&P 600 earnings and revenues are not in the files.', ref='2025-06-30'),
    ])

# ---------------------------------------------------------------- ainvest 2025-09-17
add('ainvest_20250917_rut_resurgence_rate_cut_optimism', 'ainvest.com',
    'https://www.ainvest.com/news/russell-2000-resurgence-small-cap-rotation-rate-cut-optimism-drive-momentum-2509',
    'AInvest (AI-generated analysis)', '2025-09-17', 'exact',
    'Dated "Wednesday, Sep 17, 2025 9:49 pm ET" on the page (after that day\'s FOMC decision, which the text still calls expected). Monthly figures are judged on month-end closes.',
    "The Russell 2000's Resurgence: Small-Cap Value Rotation and Rate-Cut Optimism Drive Momentum. The Russell 2000 has staged a remarkable comeback in 2025, driven by optimism over Federal Reserve rate "
    "cuts and a rotation away from overvalued mega-cap technology stocks. In August 2025 alone, the index surged 7.3%, marking its best monthly performance of the year and extending a four-month winning "
    "streak, a trend not seen since 2021. Markets are pricing in a 25-basis-point rate cut by the Fed in September 2025. As noted by Barclays, small-cap indices have historically outperformed large-cap "
    "benchmarks by an average of 12 percentage points in the 12 months following the Fed's first rate cut in an easing cycle; the Russell 2000 has averaged 35% returns in such scenarios, compared to 23% "
    "for the S&P 500. Small-cap value stocks trade at a 15% discount to fair value.",
    [
        C('RUT', 'month_return', 7.3, 'percent', 'the index surged 7.3%', "[month_return('RUT',2025,8), month_return('IWM',2025,8)]", I, PCT_I,
          'August 2025 on price: 2,211.65 -> 2,366.42 = +7.00% (the IWM fund +7.19%); 0.3 point short.', ref='2025-08-29', window='2025-08'),
        C('RUT', 'best_month_of_year', True, 'flag', 'its best monthly performance of the year', "[month_return('RUT',2025,m) for m in range(1,9)]", S, 'ordering holds',
          '2025 months to August: +2.58, -5.45, -6.99, -2.38, +5.20, +5.26, +1.68, +7.00: August was the best.', ref='2025-08-29', window='2025-01..2025-08'),
        C('RUT', 'monthly_win_streak', 4, 'months', 'a four-month winning streak', "[month_return('RUT',2025,m) for m in range(5,9)]", S, INT, 'May through August 2025 all rose (April fell 2.38%).', ref='2025-08-29', window='2025-05..2025-08'),
        C('RUT', 'streak_since', 2021, 'year', 'a trend not seen since 2021', "last_month_run_at_least('RUT',4,'2025-05-01')", S, SINCE,
          'The last earlier run of at least four rising months ended in June 2021 (nine months, October 2020 - June 2021).', ref='2025-08-29'),
        C('FEDFUNDS', 'expected_cut', 25, 'bp', 'pricing in a 25-basis-point rate cut', None, U, 'futures odds for a meeting without futures in the files: unverifiable',
          'Market pricing for the 2025-09-17 meeting cannot be checked (ZQ contracts start in July 2026); the cut itself was announced that day.', ref='2025-09-17'),
        C('GENERIC', 'historical_average', 12, 'pp', 'an average of 12 percentage points', None, U, 'unstated window: unverifiable', 'Barclays study; the easing cycles used are not stated.'),
        C('RUT', 'historical_average', [35, 23], 'percent', 'averaged 35% returns in such scenarios', None, U, 'unstated window: unverifiable', 'The cycles averaged are not stated.'),
        C('RUSSELL2000_STYLE', 'valuation_discount', 15, 'percent', 'a 15% discount to fair value', None, U, NOFILE, 'Valuations are not in the files.'),
    ])

# ---------------------------------------------------------------- baystreet 2025-09-19
add('baystreet_20250919_rut_all_time_high', 'baystreet.ca',
    'https://www.baystreet.ca/amp/articles/stockstowatch.aspx?articleid=114870',
    'Baystreet.ca', '2025-09-19', 'medium',
    'Undated page. It reports the record close "on Sept. 18" (Thursday 2025-09-18, 2,467.70) in the past tense; dated the next day. Period figures are judged at the 2025-09-18 close.',
    "Small-Cap Russell 2000 Index Hits All-Time High. The Russell 2000 index (RUT) of small-cap stocks has reached a new all-time high for the first time in four years. The index rose 2.5% on Sept. 18 "
    "to finish the trading session at a record high of 2,467.70. The record close was achieved a day after the U.S. Federal Reserve resumed lowering interest rates after holding them steady over the past "
    "nine months. The Russell 2000 reached a record close for the first time since November 2021, ending a streak of 967 consecutive trading days without a new record close. Analysts say small caps now "
    "appear to be taking off, especially as the Fed signalled that two more rate cuts are likely this year. Since the start of August, small-cap stocks have outperformed large caps, with the Russell 2000 "
    "index up 13.5% over the past six weeks. That compares to a 6.9% gain in the benchmark S&P 500 index and a 10.3% rise for the technology-heavy Nasdaq Composite over the same time period.",
    [
        C('RUT', 'record_close', True, 'flag', 'new all-time high for the first time in four years', "record_close_upto('RUT','2025-09-17')", S, REC,
          'Close 2,467.70 above the previous record close 2,442.74 of 2021-11-08, three years and ten months earlier.', ref='2025-09-18'),
        C('RUT', 'day_change_pct', 2.5, 'percent', 'rose 2.5% on Sept. 18', "day_pct('RUT','2025-09-18')", S, D1, '2,407.34 -> 2,467.70 = +2.51%.', ref='2025-09-18'),
        C('RUT', 'close', 2467.70, 'points', 'record high of 2,467.70', "close('RUT','2025-09-18')", S, D2, '2,467.70.', ref='2025-09-18'),
        C('FEDFUNDS', 'decision_date', '2025-09-17', 'date', 'a day after the U.S. Federal Reserve resumed lowering', "[fomc_dates('2025-09-01','2025-09-30'), fed_changes('2025-09-01','2025-09-30')]", S, 'date matches',
          'FOMC decision 2025-09-17 (Wednesday); the cut to 4.00-4.25% took effect 2025-09-18.', ref='2025-09-17'),
        C('FEDFUNDS', 'hold_months', 9, 'months', 'holding them steady over the past nine months', "fed_changes('2024-12-01','2025-09-30')", S, 'span matches',
          'The previous change took effect 2024-12-19 (decision 2024-12-18); no change until the 2025-09-17 decision, nine months later.', ref='2025-09-17', window='2024-12-18..2025-09-17'),
        C('RUT', 'record_since', '2021-11', 'month', 'first time since November 2021', "record_close_upto('RUT','2025-09-17')", S, 'date matches', 'Previous record close 2021-11-08.', ref='2025-09-18'),
        C('RUT', 'sessions_without_record', 967, 'sessions', 'ending a streak of 967 consecutive trading days', "sessions_since_record('RUT','2025-09-18')", S, INT,
          '967 sessions after the 2021-11-08 record through 2025-09-17; 2025-09-18 was the 968th session, the one that ended the streak.', ref='2025-09-18', window='2021-11-09..2025-09-17'),
        C('FEDFUNDS', 'projection', 2, 'count', 'two more rate cuts are likely this year', None, F, FC, 'Projection of further cuts in 2025 (two more did follow, effective 10-30 and 12-11); not judged.', ref='2025-12-31'),
        C('RUT', 'pct_change', 13.5, 'percent', 'up 13.5% over the past six weeks', "pct('RUT','2025-07-31','2025-09-18')", I, PCT_I,
          'Since the start of August (from the 2025-07-31 close): 2,211.65 -> 2,467.70 = +11.58%. From the 2025-08-01 close: +13.89%.', ref='2025-09-18', window='2025-07-31..2025-09-18'),
        C('SPX', 'pct_change', 6.9, 'percent', '6.9% gain in the benchmark S&P 500', "pct('SPX','2025-07-31','2025-09-18')", X, PCT_X,
          'Same window: +4.62%, 2.3 points below. From the 2025-08-01 close: +6.32% (imprecise on that reading).', ref='2025-09-18', window='2025-07-31..2025-09-18'),
        C('IXIC', 'pct_change', 10.3, 'percent', '10.3% rise for the technology-heavy Nasdaq', "pct('IXIC','2025-07-31','2025-09-18')", X, PCT_X,
          'Same window: +6.38%, 3.9 points below. From the 2025-08-01 close: +8.82%.', ref='2025-09-18', window='2025-07-31..2025-09-18'),
    ])

# ---------------------------------------------------------------- royce 3Q25
add('royce_202510_us_small_caps_finally_on_top', 'franklintempleton.ch',
    'https://www.franklintempleton.ch/articles/2025/royce-investment-partners/us-small-caps-are-finally-on-top',
    'Royce Investment Partners (Franklin Templeton)', '2025-10', 'medium',
    'Undated quarterly review (URL year 2025). It covers 3Q25 and the year to 9/30/25 in the past tense, so it was written in early October 2025; the day is not known.',
    "US Small-Caps Are Finally on Top. High returns, lower rates, and a resilient US economy were the right combination for investors in 3Q25, which saw the major US indexes reach fresh peaks. The highest "
    "returns went to the smallest stocks: the Russell 2000 Index advanced 12.4% versus an 8.0% gain for the Russell 1000 Index, a decisive, and long-awaited, advantage for small-cap stocks. Large-cap "
    "returns were more concentrated and weighted toward technology: the Nasdaq Composite rose 11.4% in 3Q25. Following a bearish start to 2025, one that included several sharp sell-offs after "
    "\"Liberation Day\" on April 2 through the 2025 market lows on April 8, equities roared back: the Russell 2000 gained 39.9% from 4/8/25-9/30/25, versus a 35.2% advance for the Russell 1000, while the "
    "Nasdaq was up 48.9%. For the year-to-date period ended 9/30/25, large-caps held their performance advantage: the Russell 2000 rose 10.4% versus 14.6% for the Russell 1000.",
    [
        C('GENERIC', 'records', True, 'flag', 'reach fresh peaks', "[record_count_in(t,'2025-07-01','2025-09-30') for t in ['SPX','IXIC','DJI','RUT']]", S, REC,
          'Record closes in 3Q25: S&P 500 23, Nasdaq Composite 27, Dow 8, Russell 2000 1 (2025-09-18).', ref='2025-09-30', window='2025-07-01..2025-09-30'),
        C('RUT', 'quarter_return', 12.4, 'percent', 'Russell 2000 Index advanced 12.4%', "[pct('RUT','2025-06-30','2025-09-30'), adj_pct('IWM','2025-06-30','2025-09-30')]", U, TR,
          'Price index: 2,175.04 -> 2,436.48 = +12.02% (imprecise on price). The figure fits a total return (IWM with dividends, a proxy: +12.45%), which the files cannot give for the index.', ref='2025-09-30', window='3Q25'),
        C('RUSSELL1000', 'quarter_return', 8.0, 'percent', '8.0% gain for the Russell 1000', None, U, NOFILE, 'Russell 1000 is not in the files (S&P 500 price: +7.79%).', ref='2025-09-30', window='3Q25'),
        C('IXIC', 'quarter_return', 11.4, 'percent', 'Nasdaq Composite rose 11.4%', "pct('IXIC','2025-06-30','2025-09-30')", U, TR,
          'Price: +11.24%, 0.16 short; with the Composite\'s dividends (about 0.15 point a quarter) a total return would be about 11.4. Only the price index is in the files.', ref='2025-09-30', window='3Q25'),
        C('GENERIC', 'event_date', '2025-04-02', 'date', 'on April 2', None, U, NOFILE, 'Date of the tariff announcement; not a market series.', ref='2025-04-02'),
        C('SPX', 'year_low_date', '2025-04-08', 'date', 'the 2025 market lows on April 8', "[argmin_close(t,'2025-01-01','2025-12-31') for t in ['SPX','IXIC','RUT']]", S, 'date matches',
          'The lowest 2025 close of the S&P 500, the Nasdaq Composite and the Russell 2000 was on 2025-04-08.', ref='2025-04-08'),
        C('RUT', 'pct_change', 39.9, 'percent', 'gained 39.9% from 4/8/25-9/30/25', "[pct('RUT','2025-04-08','2025-09-30'), adj_pct('IWM','2025-04-08','2025-09-30')]", I, PCT_I,
          'Price: 1,760.71 -> 2,436.48 = +38.38%, 1.5 points short; even with dividends (IWM proxy +39.18%) the figure is not reached.', ref='2025-09-30', window='2025-04-08..2025-09-30'),
        C('RUSSELL1000', 'pct_change', 35.2, 'percent', '35.2% advance for the Russell 1000', None, U, NOFILE, 'Russell 1000 is not in the files (S&P 500 price over the same window: +34.23%).', ref='2025-09-30', window='2025-04-08..2025-09-30'),
        C('IXIC', 'pct_change', 48.9, 'percent', 'Nasdaq was up 48.9%', "pct('IXIC','2025-04-08','2025-09-30')", U, TR,
          'Price: +48.42%, 0.48 short; the gap is about the Composite\'s dividends over the period, so the figure likely is a total return, which the files cannot give.', ref='2025-09-30', window='2025-04-08..2025-09-30'),
        C('RUT', 'ytd_return', 10.4, 'percent', 'the Russell 2000 rose 10.4%', "[ytd('RUT','2025-09-30'), adj_pct('IWM','2024-12-31','2025-09-30')]", U, TR,
          'Price: 2,230.16 -> 2,436.48 = +9.25% (imprecise on price); IWM with dividends +10.37% fits the figure, which is a total return the files cannot give for the index.', ref='2025-09-30'),
        C('RUSSELL1000', 'ytd_return', 14.6, 'percent', '14.6% for the Russell 1000', None, U, NOFILE, 'Russell 1000 is not in the files.', ref='2025-09-30'),
    ])

# ---------------------------------------------------------------- themoneyunlock 2025-12
add('themoneyunlock_20251213_rut_record_crushing_nasdaq', 'themoneyunlock.com',
    'https://themoneyunlock.com/russell-2000-record-high-crushing-nasdaq-small-caps-december-2025',
    'The Money Unlock (blog)', '2025-12-13', 'medium',
    'Undated blog post (URL says December 2025). It reports the 2025-12-10 intraday record and a Nasdaq loss "for the week", which fits the week ending Friday 2025-12-12 (Nasdaq -1.62%); dated the day after. Period figures are judged at the 2025-12-12 close.',
    "Something remarkable happened this week on Wall Street: the Russell 2000 index of small-cap stocks hit a fresh all-time record high, reaching 2,576 intraday on December 10th. Meanwhile, the tech-heavy "
    "Nasdaq Composite stumbled, falling nearly 2% for the week as investors fled AI and growth stocks. Since August 2025, small caps have dramatically outperformed their larger peers: Russell 2000 up 13.5%, "
    "Nasdaq Composite up 10.3%, S&P 500 up 6.9%. For the year, the Russell 2000's total return is approximately 14.7%, with an 18.6% gain over the past six months. The Fed's three rate cuts in 2025 have "
    "directly reduced borrowing costs for smaller businesses. Russell 2000 companies generate approximately 80% of their revenue domestically, compared to roughly 60% for S&P 500 companies, and the Russell "
    "2000 trades at roughly 15 times forward earnings, compared to 22 times for the S&P 500.",
    [
        C('RUT', 'record_high', 2576, 'points', 'reaching 2,576 intraday on December 10th', "[is_record_high('RUT','2025-12-10'), high('RUT','2025-12-10')]", S, 'intraday record: above every earlier high',
          'High 2,576.31 on 2025-12-10, above the previous record high 2,541.77 (2025-12-09); the close (2,559.61) was a record too. The next day went higher (high 2,593.89, close 2,590.61).', ref='2025-12-10', basis='intraday high'),
        C('IXIC', 'week_change_pct', -2, 'percent', 'falling nearly 2% for the week', "week_return('IXIC','2025-12-12')", S, NEARLY,
          'Week to 2025-12-12: -1.62% (nearly 2%: a fall of 1.0-2.5% is accepted).', q='nearly', ref='2025-12-12', window='2025-12-05..2025-12-12'),
        C('RUT', 'pct_change', 13.5, 'percent', 'Russell 2000 up 13.5%', "pct('RUT','2025-07-31','2025-12-12')", I, PCT_I,
          'From the 2025-07-31 close (the start of August) to 2025-12-12: +15.36%. The three figures match neither this window nor the article\'s week; they resemble mid-September figures quoted elsewhere. From the 2025-08-01 close: +17.75%.', ref='2025-12-12', window='2025-07-31..2025-12-12'),
        C('IXIC', 'pct_change', 10.3, 'percent', 'Nasdaq Composite up 10.3%', "pct('IXIC','2025-07-31','2025-12-12')", I, PCT_I, 'Same window: +9.81%.', ref='2025-12-12', window='2025-07-31..2025-12-12'),
        C('SPX', 'pct_change', 6.9, 'percent', 'S&P 500 up 6.9%', "pct('SPX','2025-07-31','2025-12-12')", I, PCT_I, 'Same window: +7.70%.', ref='2025-12-12', window='2025-07-31..2025-12-12'),
        C('RUT', 'ytd_total_return', 14.7, 'percent', 'total return is approximately 14.7%', "[ytd('RUT','2025-12-12'), adj_pct('IWM','2024-12-31','2025-12-12')]", U, TR,
          'The file has only the price index: +14.41% year to date at 2025-12-12 (+14.77% at the 12-10 record). The IWM fund\'s total return (a proxy, after fees) was +15.79%; both are near 14.7%, but total return is not decided by the files.', q='approximately', ref='2025-12-12'),
        C('RUT', 'pct_change_6m', 18.6, 'percent', '18.6% gain over the past six months', "pct('RUT','2025-06-12','2025-12-12')", I, PCT_I,
          'From 2025-06-12 (six months before) to 2025-12-12: +19.22%. Judged at the 12-10 record instead (from 06-10): +18.70%, also just outside the one-decimal tolerance.', ref='2025-12-12', window='2025-06-12..2025-12-12'),
        C('FEDFUNDS', 'count_cuts', 3, 'count', "The Fed's three rate cuts in 2025", "fed_changes('2025-01-01','2025-12-31')", S, INT,
          'Upper bound cut three times in 2025: effective 09-18 (4.25), 10-30 (4.00) and 12-11 (3.75), i.e. decisions of 09-17, 10-29 and 12-10.', ref='2025-12-10'),
        C('GENERIC', 'revenue_share', [80, 60], 'percent', 'approximately 80% of their revenue domestically', None, U, NOFILE, 'Revenue geography of index members is not in the files.', q='approximately'),
        C('GENERIC', 'forward_pe', [15, 22], 'ratio', 'roughly 15 times forward earnings', None, U, NOFILE, 'Valuations are not in the files.', q='roughly'),
    ])

# ---------------------------------------------------------------- marketminute 2025-12-18
add('marketminute_20251218_rut_finally_outpacing_giants', 'markets.financialcontent.com',
    'https://markets.financialcontent.com/worldnow/article/marketminute-2025-12-18-the-great-rotation-why-the-russell-2000-is-finally-outpacing-the-giants-in-late-2025',
    'MarketMinute (syndicated on FinancialContent)', '2025-12-18', 'exact',
    'Date in the URL (2025-12-18); "today" and "just one week ago" are judged from Thursday 2025-12-18 (its close: RUT 2,507.87).',
    "The Great Rotation: Why the Russell 2000 is Finally Outpacing the Giants in Late 2025. As of mid-December 2025, the long-awaited Great Rotation has shifted from a theoretical prediction to a dominant "
    "reality. For the better part of the last three years, small-cap stocks have lived in the shadow of the Magnificent Seven, but the tide has turned. Today, the Russell 2000 index is hitting record highs, "
    "nearing the 2,600 mark, as investors flee the overextended valuations of mega-cap technology. With the Federal Reserve delivering its third interest rate cut of the year just one week ago on December 11, "
    "2025, the crushing weight of high borrowing costs has finally lifted. As we approach the end of 2025, the Russell 2000 is on track to outperform the S&P 500 by its widest margin in over a decade. The "
    "momentum was briefly stalled in December 2024 when long-term bond yields spiked, leading to an 8.3% drop in small-cap value stocks, and through the first half of 2025 inflation hovered near the 2.5% "
    "\"sweet spot\".",
    [
        C('RUT', 'relative_performance', 'RUT behind SPX 2023-2025', None, 'For the better part of the last three years', "[[year_return('RUT',y), year_return('SPX',y)] for y in [2023,2024]] + [[ytd('RUT','2025-12-18'), ytd('SPX','2025-12-18')]]", S, 'ordering holds',
          'RUT vs S&P 500 price returns: 2023 +15.09 vs +24.23; 2024 +10.02 vs +23.31; 2025 to Dec. 18 +12.45 vs +15.19.', ref='2025-12-18', comp='SPX'),
        C('RUT', 'record_now', True, 'flag', 'hitting record highs', "[is_record_close('RUT','2025-12-18'), record_close_upto('RUT','2025-12-18'), pct_below_record('RUT','2025-12-18')]", X, 'wrong record',
          'The last record close was 2,590.61 on 2025-12-11; on 2025-12-18 ("today") the index closed at 2,507.87, 3.19% below it, after four lower closes in five sessions.', ref='2025-12-18'),
        C('RUT', 'level', 2600, 'points', 'nearing the 2,600 mark', "close('RUT','2025-12-18')", X, 'index level off by more than 1%',
          '2,507.87 on 2025-12-18, 3.5% below 2,600. The index came within 7 points of 2,600 intraday only on 2025-12-12 (high 2,595.98).', ref='2025-12-18'),
        C('FEDFUNDS', 'count_cuts', 3, 'count', 'its third interest rate cut of the year', "fed_changes('2025-01-01','2025-12-31')", S, INT, 'Third 2025 cut: effective dates 09-18, 10-30, 12-11.', ref='2025-12-10'),
        C('FEDFUNDS', 'decision_date', '2025-12-11', 'date', 'just one week ago on December 11, 2025', "[fomc_dates('2025-12-01','2025-12-31'), fed_changes('2025-12-01','2025-12-31')]", X, 'wrong date',
          'The FOMC announced the cut on Wednesday 2025-12-10 (eight days before the article); 2025-12-11 is only the date the new 3.50-3.75% range took effect.', ref='2025-12-10'),
        C('RUT', 'relative_ytd', 'RUT ahead of SPX by widest margin in a decade', None, 'on track to outperform the S&P 500 by its widest margin in over a decade',
          "[ytd('RUT','2025-12-18'), ytd('SPX','2025-12-18')]", X, 'wrong ordering',
          'Year to date at 2025-12-18 the RUT was up 12.45% against 15.19% for the S&P 500: it was behind, not ahead (full year 2025: +11.29% vs +16.39%).', ref='2025-12-18', comp='SPX'),
        C('RUSSELL2000_STYLE', 'pct_change', -8.3, 'percent', 'an 8.3% drop in small-cap value stocks', None, U, NOFILE, 'Small-cap value indexes are not in the files; window not stated.', ref='2024-12'),
        C('US_CPI', 'inflation', 2.5, 'percent', 'near the 2.5%', None, U, NOFILE, 'Inflation is not in the files.', q='near'),
    ])

# ---------------------------------------------------------------- cnbc 2026-01-16
add('cnbc_20260116_small_caps_biggest_gains_early_2026', 'internationalfinancialnews.com',
    'https://internationalfinancialnews.com/the-biggest-gains-in-early-2026-have-come-from-small-cap-stocks',
    'CNBC (Pro)', '2026-01-16', 'medium',
    'Undated repost of a CNBC piece. "Hit all-time closing and intraday highs Thursday ... closed at about 2,675" is Thursday 2026-01-15 (close 2,674.56, high 2,689.28, both records); the BofA note came "earlier this week". Dated the next morning.',
    "If the first few trading sessions of the year are any indication, 2026 is set to be the year of the small-cap trade. The Russell 2000 hit all-time closing and intraday highs Thursday, putting the "
    "small-cap benchmark up 7.8% year to date, far ahead of the S&P 500's 1.5% advance. Drivers include expectations of Federal Reserve rate cuts later this year and data pointing to strong U.S. growth. "
    "Bank of America data showed clients were net buyers of small caps in 2025, adding $6.4 billion in single stocks and ETFs, while dumping $5.7 billion of mid caps and $45.9 billion of large caps. "
    "\"After a multi-year range breakout, a head and shoulders base and improving relative strength vs SPX, small caps look positioned for a rally to ... 2,861, maybe 3,000 / 3,126,\" BofA technical "
    "strategist Paul Ciana wrote earlier this week, referring to the Russell 2000, which closed at about 2,675 on Thursday. Those targets correspond to advances of 7%, 12.2% and 16.9%. The outperformance "
    "may be getting stretched: the Russell's relative strength index sits at 71, signaling it is overbought. Barclays traders point out that the iShares Russell 2000 ETF (IWM) is up more than 8% over the "
    "past three months, while the Invesco QQQ Trust has gained just 3.6%.",
    [
        C('RUT', 'record_close', True, 'flag', 'all-time closing and intraday highs', "[is_record_close('RUT','2026-01-15'), is_record_high('RUT','2026-01-15')]", S, REC,
          'Close 2,674.56 above the previous record close 2,651.64 (2026-01-14); high 2,689.28 above the previous record high 2,653.31 (2026-01-14).', ref='2026-01-15', basis='close and intraday high'),
        C('RUT', 'ytd_pct', 7.8, 'percent', 'up 7.8% year to date', "ytd('RUT','2026-01-15')", S, D1, '2,481.91 (2025-12-31) -> 2,674.56 = +7.76%.', ref='2026-01-15'),
        C('SPX', 'ytd_pct', 1.5, 'percent', "S&P 500's 1.5% advance", "ytd('SPX','2026-01-15')", S, D1, '6,845.50 -> 6,944.47 = +1.45%.', ref='2026-01-15'),
        C('GENERIC', 'fund_flows', [6.4, -5.7, -45.9], 'billion USD', '$6.4 billion', None, U, NOFILE, 'Bank of America client flow data; not in the files.', ref='2025-12-31'),
        C('QUOTE', 'target', [2861, 3000, 3126], 'points', '2,861, maybe 3,000 / 3,126', None, F, FC, 'Technical targets for the Russell 2000; not judged.'),
        C('RUT', 'close', 2675, 'points', 'closed at about 2,675 on Thursday', "close('RUT','2026-01-15')", S, HEDGE, '2,674.56 ("about": 2,674-2,676).', q='about', ref='2026-01-15'),
        C('RUT', 'target_distance_pct', [7, 12.2, 16.9], 'percent', 'advances of 7%, 12.2% and 16.9%', "[arith('100*(2861/2675-1)'), arith('100*(3000/2675-1)'), arith('100*(3126/2675-1)')]", S, ARITH,
          'From the stated 2,675: +6.95%, +12.15%, +16.86%; from the 2,674.56 close the same to two decimals (6.97, 12.17, 16.88).', ref='2026-01-15'),
        C('RUT', 'rsi_14', 71, 'index', 'sits at 71', "rsi('RUT','2026-01-15')", S, INT, "Wilder's 14-session RSI on closes: 71.18 at the 2026-01-15 close (68.68 the day before).", ref='2026-01-15'),
        C('IWM', 'pct_change_3m', 8, 'percent', 'up more than 8% over the past three months', "pct('IWM','2025-10-16','2026-01-15')", S, MORE,
          '2025-10-16 close -> 2026-01-15 close: +8.34% (price). From 2025-10-15: +6.06%, from 2025-10-14: +7.10%: the figure holds only from 2025-10-16, exactly three months before the article.', q='more than', ref='2026-01-15', window='2025-10-16..2026-01-15'),
        C('QQQ', 'pct_change_3m', 3.6, 'percent', 'gained just 3.6%', "pct('QQQ','2025-10-16','2026-01-15')", S, D1, 'Same window: +3.63% (price).', ref='2026-01-15', window='2025-10-16..2026-01-15'),
    ])

# ---------------------------------------------------------------- motley fool 2026-01-26
add('fool_20260126_rut_streak_since_1996', 'mitrade.com',
    'https://www.mitrade.com/au/insights/news/live-news/article-8-1421449-20260126',
    'The Motley Fool', '2026-01-26', 'exact',
    'Repost dated 2026-01-26 in the URL ("Source Motley_fool"). The figures run "through Jan. 23", Friday 2026-01-23, the day the streak ended.',
    "The Stock Market Just Did Something It Hasn't Done Since 1996. The Russell 2000 has soared to start the year, up 7.5% through Jan. 23, while the S&P 500 has been flat; after the Russell 2000 beat "
    "the S&P 500 for 14 days in a row, the streak came to an end on Jan. 23. Coming into 2026, the S&P 500 has been on one of its strongest multi-year streaks in history: from 2023-2025 the index jumped a "
    "whopping 78%. The S&P 500 has essentially doubled the return of the Russell 2000 during that period, a gap owed to AI and the \"Magnificent Seven\", which now represent roughly a third of the S&P 500's "
    "market cap. Not only is the Russell 2000 handsomely beating its large-cap peer, it has also put together its longest streak of daily outperformance since 1996: it beat the S&P 500 for 14 straight "
    "sessions before falling 1.8% on Jan. 23 to end the streak. The article then looks back at May 1996, another tech-driven bull market, when the Russell 2000 beat the S&P 500 over 16 straight sessions.",
    [
        C('RUT', 'ytd_pct', 7.5, 'percent', 'up 7.5% through Jan. 23', "ytd('RUT','2026-01-23')", S, D1, '2,481.91 -> 2,669.16 = +7.54%.', ref='2026-01-23'),
        C('SPX', 'ytd_direction', 'flat', None, 'the S&P 500 has been flat', "ytd('SPX','2026-01-23')", I, 'qualitative "flat" for a small but real gain: imprecise',
          '6,845.50 -> 6,915.61 = +1.02%: small against the RUT\'s 7.5%, but a gain of about 1%, not flat.', ref='2026-01-23'),
        C('SPX', 'pct_change', 78, 'percent', 'jumped a whopping 78%', "pct('SPX','2022-12-30','2025-12-31')", S, INT, '3,839.50 (2022-12-30) -> 6,845.50 (2025-12-31) = +78.29% (price).', ref='2025-12-31', window='2023-2025'),
        C('SPX', 'ratio_to_rut_return', 2, 'ratio', 'essentially doubled the return of the Russell 2000', "ratio(pct('SPX','2022-12-30','2025-12-31'), pct('RUT','2022-12-30','2025-12-31'))", S, 'comparison holds',
          'RUT over 2023-2025: 1,761.25 -> 2,481.91 = +40.92%; 78.29 / 40.92 = 1.91, essentially double.', ref='2025-12-31', window='2023-2025', comp='RUT'),
        C('RUT', 'rel_streak', 14, 'sessions', 'for 14 days in a row', "rel_streak('RUT','SPX','2026-01-22')", S, INT,
          'The RUT beat the S&P 500 on every session from 2026-01-02 to 2026-01-22 (14 sessions); on 2026-01-23 it trailed by 1.86 points.', ref='2026-01-22', window='2026-01-02..2026-01-22', comp='SPX'),
        C('RUT', 'rel_streak_end', '2026-01-23', 'date', 'came to an end on Jan. 23', "rel_day('RUT','SPX','2026-01-23')", S, 'date matches',
          'On 2026-01-23 the RUT fell 1.82% while the S&P 500 rose 0.03%: the RUT trailed by 1.86 points, the first day of 2026 the S&P 500 did better.', ref='2026-01-23', comp='SPX'),
        C('RUT', 'streak_since', 1996, 'year', 'longest streak of daily outperformance since 1996', "last_rel_streak_at_least('RUT','SPX',14,'2026-01-02')", S, SINCE,
          'The last earlier run of at least 14 sessions is 16 sessions, 1996-04-16..1996-05-07; the longest run in between was 13 sessions (2008-05-20..06-06).', ref='2026-01-22', comp='SPX'),
        C('RUT', 'day_change_pct', -1.8, 'percent', 'falling 1.8% on Jan. 23', "day_pct('RUT','2026-01-23')", S, D1, '2,718.77 -> 2,669.16 = -1.82%.', ref='2026-01-23'),
        C('RUT', 'rel_streak', 16, 'sessions', 'over 16 straight sessions', "longest_rel_streak('RUT','SPX','1996-12-31')", S, INT,
          'Sixteen sessions, 1996-04-16..1996-05-07 (ending in May 1996), the longest run in the file.', ref='1996-05-07', comp='SPX'),
        C('GENERIC', 'weight', 33, 'percent', 'roughly a third', None, U, NOFILE, 'Market-cap weight of the Magnificent Seven in the S&P 500; constituent weights are not in the files.', q='roughly'),
    ])

# ---------------------------------------------------------------- marketminute 2026-01-26
add('marketminute_20260126_great_rotation_15_day_streak', 'investor.wedbush.com',
    'http://investor.wedbush.com/wedbush/article/marketminute-2026-1-26-the-great-rotation-russell-2000s-historic-15-day-streak-marks-a-seismic-shift-in-market-leadership',
    'MarketMinute (syndicated on Wedbush)', '2026-01-26', 'exact',
    'Date in the URL (2026-1-26). The streak it describes ended Thursday 2026-01-22 and was "snapped on Friday, January 23".',
    "The Great Rotation: Russell 2000's historic 15-day streak marks a seismic shift in market leadership. The small-cap-heavy Russell 2000 recently concluded a historic 15-session winning streak of daily "
    "outperformance against the S&P 500. The rally reached its zenith on January 22, 2026, the longest period of small-cap dominance since May 1996. The streak was finally snapped on Friday, January 23, "
    "2026, with a 1.8% pullback in the Russell 2000. As the Federal Reserve's 2025 easing cycle lowered the federal funds rate to the 3.50% range, the burden on smaller firms began to lift. From January 5 "
    "through January 22, the Russell 2000 surged nearly 8.2%, compared to a meager 1.9% gain for the S&P 500; on average, small caps trounced their large-cap counterparts by approximately 45 basis points "
    "every single day. Earnings growth for the Magnificent Seven was projected to decelerate from 36% in 2024 to 18% in 2026, while earnings for Russell 2000 companies were forecast to grow by a staggering "
    "60% in 2026. For much of 2023 and 2024, nearly 40% of the Russell 2000 was made up of companies that were unprofitable.",
    [
        C('RUT', 'rel_streak', 15, 'sessions', '15-session winning streak', "rel_streak('RUT','SPX','2026-01-22')", I, 'count off by <= 20%: imprecise',
          'The run of daily outperformance lasted 14 sessions (2026-01-02..01-22), not 15; the headline\'s "15-day" repeats the error.', ref='2026-01-22', comp='SPX'),
        C('RUT', 'rel_streak_end', '2026-01-22', 'date', 'reached its zenith on January 22, 2026', "rel_streak('RUT','SPX','2026-01-22')", S, 'date matches',
          'The run ended with 2026-01-22 (14th session); on 2026-01-23 the RUT trailed.', ref='2026-01-22', comp='SPX'),
        C('RUT', 'streak_since', '1996-05', 'month', 'longest period of small-cap dominance since May 1996', "last_rel_streak_at_least('RUT','SPX',14,'2026-01-02')", S, SINCE,
          'The last run at least as long ended 1996-05-07 (16 sessions).', ref='2026-01-22', comp='SPX'),
        C('RUT', 'day_change_pct', -1.8, 'percent', 'with a 1.8% pullback', "day_pct('RUT','2026-01-23')", S, D1, '2,718.77 -> 2,669.16 = -1.82% on Friday 2026-01-23.', ref='2026-01-23'),
        C('FEDFUNDS', 'target_range', 3.5, 'percent', 'the 3.50% range', "fed_range('2026-01-26')", S, 'level matches',
          'Target range 3.50-3.75% since 2025-12-11 (cuts effective 2025-09-18, 10-30 and 12-11).', ref='2026-01-26'),
        C('RUT', 'pct_change', 8.2, 'percent', 'surged nearly 8.2%', "pct('RUT','2026-01-02','2026-01-22')", I, 'nearly: outside claim - 1 unit .. claim + 0.5 unit but close: imprecise',
          'Over the sessions Jan. 5 through Jan. 22 (from the 2026-01-02 close): 2,508.22 -> 2,718.77 = +8.39%, above "nearly 8.2". From the 2026-01-05 close: +6.71%; year to date on Jan. 22: +9.54%.', q='nearly', ref='2026-01-22', window='2026-01-02..2026-01-22'),
        C('SPX', 'pct_change', 1.9, 'percent', 'meager 1.9% gain for the S&P 500', "pct('SPX','2026-01-02','2026-01-22')", X, PCT_X,
          'Same window: 6,858.47 -> 6,913.35 = +0.80% (from the 01-05 close +0.16%, year to date +0.99%); no reading gives 1.9%.', ref='2026-01-22', window='2026-01-02..2026-01-22'),
        C('RUT', 'mean_daily_rel', 45, 'bp', 'approximately 45 basis points', "rel_mean('RUT','SPX','2026-01-02','2026-01-22')", X, 'off by more than 20%: contradicted',
          'Mean daily outperformance over the 14-session run: 0.58 points (58 bp); over Jan. 5-22 alone: 0.56. 45 bp is 22% below.', q='approximately', ref='2026-01-22', window='2026-01-02..2026-01-22', comp='SPX'),
        C('GENERIC', 'earnings_growth', [36, 18], 'percent', 'from 36% in 2024 to 18% in 2026', None, U, NOFILE, 'Earnings growth of the Magnificent Seven; not in the files (2026 is a projection).'),
        C('GENERIC', 'earnings_growth_forecast', 60, 'percent', 'staggering 60% in 2026', None, F, FC, 'Forecast of Russell 2000 earnings growth.'),
        C('GENERIC', 'share_unprofitable', 40, 'percent', 'nearly 40% of the Russell 2000', None, U, NOFILE, 'Constituent profitability is not in the files.', q='nearly'),
    ])



def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('give the data directory as the first argument or in CAPSCOPE_DATA_DIR')
    R.DATA = data
    recipes, keys, problems = {}, [], []
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as fp:
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
                claims_out.append({k: c[k] for k in ('index_or_ticker', 'metric', 'value', 'unit', 'qualifier')} |
                                  {'ref_date': c['ref_date'], 'window': c['window'], 'comparison': c['comparison'], 'basis': c['basis']})
                detail = (c['detail'] + ' ' if c['detail'] else '') + c['note'].rstrip('.') + '.'
                detail += ' reference.py: ' + (c['recipe'] if c['recipe'] else 'none (nothing in the files computes it)')
                keys.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=c['index_or_ticker'], metric=c['metric'],
                                 claimed_value=c['value'], qualifier=c['qualifier'], ref_date_used=c['ref_date'], computed_value=val,
                                 computed_detail=detail, verdict=c['verdict'], rule=c['rule'], note=c['note'], anchor_text=c['anchor']))
            rec = dict(id=p['id'], source=dict(site=p['site'], url=p['url'], original_outlet=p['outlet']), published=p['published'],
                       published_confidence=p['conf'], published_note=p['pnote'], text_kind='condensed_close_paraphrase', text=p['text'],
                       claims=claims_out)
            fp.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as fk:
        for k in keys:
            fk.write(json.dumps(k, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'recipes.json'), 'w') as fr:
        json.dump(recipes, fr, indent=1, ensure_ascii=False)
    for pr in problems:
        print('PROBLEM', pr)
    print('%d passages, %d claims, %d recipes' % (len(P), len(keys), len(recipes)))


if __name__ == '__main__':
    main()
