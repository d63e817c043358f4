"""Build passages.jsonl and key.jsonl of this corpus and the RECIPES table of reference.py.

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
Outputs are written beside this script.
"""
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
S, I, C, U, F, N = 'supported', 'imprecise', 'contradicted', 'unverifiable', 'forecast', 'not_checkable'

PASSAGES = []


def passage(pid, site, url, outlet, published, conf, note, text, claims):
    PASSAGES.append(dict(id=pid, site=site, url=url, outlet=outlet, published=published,
                         conf=conf, pnote=note, text=text, claims=claims))


def c(t, m, v, u, ref, expr, verdict, rule, note, anchor, q=None, w=None, cmp=None, b='close', d=''):
    return dict(t=t, m=m, v=v, u=u, q=q, ref=ref, w=w, cmp=cmp, b=b, expr=expr,
                verdict=verdict, rule=rule, note=note, anchor=anchor, d=d)


# ---------------------------------------------------------------- 1
D = '2014-10-15'
passage('investorplace_20141015_small_caps_back_in_lead', 'investorplace.com',
        'https://investorplace.com/2014/10/wild-day-small-caps-back-lead', 'InvestorPlace',
        '2014-10-15', 'high',
        'URL gives 2014/10; Wednesday session with Bank of America earnings, retail sales and the Ebola flight report is 2014-10-15, and every close in the text matches that day.',
        "A wild day of trading on Wednesday ended with the Dow industrials down 1.1% but small caps up. "
        "The Russell 2000 closed 1% higher, and the battered Dow transports eked out a small gain after falling "
        "more than 9% from their all-time high just one month ago. Hedge funds and margin liquidations were blamed "
        "for the frantic morning selling, and bargain hunters showed up late in the session. The early panic sent "
        "some investors into bonds: the yield on the 10-year U.S. Treasury note fell to 2.09% from 2.21% on Tuesday. "
        "At Wednesday's close, the Dow Jones Industrial Average fell 173 points to 16,142, the S&P 500 lost 15 points "
        "at 1,862, the Nasdaq was down 12 points at 4,215, and the Russell 2000 gained 11 points at 1,072. On the Big "
        "Board, decliners outpaced advancers by 1.1-to-1, and on the Nasdaq, advancers were ahead by 1.6-to-1.",
        [
            c('DJI', 'daily_pct_change', -1.1, '%', D, f"pct('DJI','{D}')", S, 'tolerance_1dp', 'Close -1.063%.', 'down 1.1%'),
            c('RUT', 'daily_pct_change', 1, '%', D, f"pct('RUT','{D}')", S, 'tolerance_integer', 'Close +1.022%.', 'closed 1% higher'),
            c('DJT', 'pct_from_ath', 9, '%', '2014-10-14', None, U, 'series_not_in_files', 'Dow Jones Transportation Average is not in the files.', 'more than 9%', q='more than'),
            c('US10Y', 'yield_level', 2.09, '%', D, f"yield_on('DGS10','{D}')", I, 'imprecise_band', 'FRED end-of-day 10-year yield was 2.15 on 2014-10-15 (the 2.09 is probably a late-session quote; intraday the yield fell much lower). Off by 0.06 pp, inside the imprecise band.', 'fell to 2.09%', b='end of day'),
            c('US10Y', 'yield_level', 2.21, '%', '2014-10-14', "yield_on('DGS10','2014-10-14')", S, 'tolerance_2dp', 'DGS10 2.21 on Tuesday 2014-10-14 (Monday was the Columbus Day bond holiday).', 'from 2.21% on Tuesday', b='end of day'),
            c('DJI', 'daily_point_change', -173, 'points', D, f"chg('DJI','{D}')", S, 'tolerance_integer', '-173.45.', 'fell 173 points'),
            c('DJI', 'close_level', 16142, 'points', D, f"close('DJI','{D}')", S, 'tolerance_integer', '16,141.74.', '16,142'),
            c('SPX', 'daily_point_change', -15, 'points', D, f"chg('SPX','{D}')", S, 'tolerance_integer', '-15.21.', 'lost 15 points'),
            c('SPX', 'close_level', 1862, 'points', D, f"close('SPX','{D}')", S, 'tolerance_integer', '1,862.49 (within 0.5).', '1,862'),
            c('IXIC', 'daily_point_change', -12, 'points', D, f"chg('IXIC','{D}')", S, 'tolerance_integer', '-11.85.', 'down 12 points'),
            c('IXIC', 'close_level', 4215, 'points', D, f"close('IXIC','{D}')", S, 'tolerance_integer', '4,215.32.', '4,215'),
            c('RUT', 'daily_point_change', 11, 'points', D, f"chg('RUT','{D}')", S, 'tolerance_integer', '+10.85.', 'gained 11 points'),
            c('RUT', 'close_level', 1072, 'points', D, f"close('RUT','{D}')", S, 'tolerance_integer', '1,072.45.', '1,072'),
            c('NYSE_BREADTH', 'breadth_ratio', 1.1, 'ratio', D, None, U, 'series_not_in_files', 'NYSE advance/decline figures are not in the files.', '1.1-to-1'),
            c('NASDAQ_BREADTH', 'breadth_ratio', 1.6, 'ratio', D, None, U, 'series_not_in_files', 'Nasdaq advance/decline figures are not in the files.', '1.6-to-1'),
        ])

# ---------------------------------------------------------------- 2
D = '2014-12-17'
passage('usatoday_20141217_fed_patient_dow_288', 'alipac.us',
        'https://www.alipac.us/f19/dow-jumps-288-points-best-day-year-316150/', 'USA Today',
        '2014-12-17', 'exact',
        'Forum repost of a USA Today story stamped 5:49 p.m. EST December 17, 2014; the session is that Wednesday (FOMC decision day).',
        "NEW YORK — Wall Street cheered as the Federal Reserve used a new word, \"patient,\" to tell the market it is in "
        "no rush to raise short-term rates next year. In its final policy statement of the year, the Fed said it \"can be "
        "patient in beginning to normalize the stance of monetary policy.\" The word signals the Fed is on course to raise "
        "rates for the first time since 2006, but likely not before the middle of next year, as Wall Street now forecasts. "
        "Stocks shot up after the 2 p.m. ET statement. The Dow Jones industrial average jumped as high as 320 points before "
        "closing up 288 points, or 1.7%, to 17,356.87. The Standard & Poor's 500 index jumped 40.15 points, or 2%, to "
        "2012.89. It was the Dow and S&P 500's best point gain of the year and ended a three-day losing streak for the "
        "major indexes. The Nasdaq composite index added 96.48 point, or 2.1%, to 4644.31. Stocks had already been rising "
        "before the announcement as the ruble steadied and oil rebounded, drawing bargain-hunters after a sell-off that had "
        "dropped the U.S. stock market 5% from its record highs earlier this month.",
        [
            c('FEDFUNDS', 'fomc_meeting', D, 'date', D, "last_fomc_of_year(2014)", S, 'fed_calendar', 'FOMC_meetings.csv: the last 2014 decision day is 2014-12-17; the target range stayed 0-0.25.', 'final policy statement of the year'),
            c('FEDFUNDS', 'last_rate_hike_year', 2006, 'year', D, f"last_target_hike_before('{D}')", S, 'fed_history', 'Last DFEDTAR increase 2006-06-29, so a hike would be the first since 2006. The projected timing is a forecast (next claim).', 'first time since 2006'),
            c('FEDFUNDS', 'rate_hike_timing', 'middle of next year', 'text', D, None, F, 'forecast', 'Projection of the first hike; not judged (the first hike came in December 2015).', 'middle of next year'),
            c('DJI', 'intraday_high_point_change', 320, 'points', D, f"hi_move('DJI','{D}')", S, 'hedge_as_much_as', 'Session high 17,389.30 vs previous close 17,068.87: +320.43.', 'as high as 320 points', q='as much as', b='intraday high'),
            c('DJI', 'daily_point_change', 288, 'points', D, f"chg('DJI','{D}')", S, 'tolerance_integer', '+288.00.', 'up 288 points'),
            c('DJI', 'daily_pct_change', 1.7, '%', D, f"pct('DJI','{D}')", S, 'tolerance_1dp', '+1.687%.', '1.7%'),
            c('DJI', 'close_level', 17356.87, 'points', D, f"close('DJI','{D}')", S, 'tolerance_2dp', '17,356.87.', '17,356.87'),
            c('SPX', 'daily_point_change', 40.15, 'points', D, f"chg('SPX','{D}')", S, 'tolerance_2dp', '+40.15.', '40.15 points'),
            c('SPX', 'daily_pct_change', 2, '%', D, f"pct('SPX','{D}')", S, 'tolerance_integer', '+2.035%.', 'or 2%,'),
            c('SPX', 'close_level', 2012.89, 'points', D, f"close('SPX','{D}')", S, 'tolerance_2dp', '2,012.89.', '2012.89'),
            c('DJI', 'rank_point_gain_year', 1, 'rank', D, f"rank_in_year('DJI','{D}',worst=False,points=True)", S, 'rank', 'Biggest 2014 point gain so far; next best +274.83.', 'best point gain of the year', w='2014 YTD'),
            c('SPX', 'rank_point_gain_year', 1, 'rank', D, f"rank_in_year('SPX','{D}',worst=False,points=True)", S, 'rank', 'Biggest 2014 point gain so far; next best +37.27.', 'best point gain of the year', w='2014 YTD'),
            c('DJI', 'losing_streak_ended', 3, 'sessions', D, f"run_before('DJI','{D}',-1)", S, 'streak', 'Down Dec 12, 15, 16; up Dec 11.', 'three-day losing streak', w='2014-12-12..2014-12-16'),
            c('SPX', 'losing_streak_ended', 3, 'sessions', D, f"run_before('SPX','{D}',-1)", S, 'streak', 'Down Dec 12, 15, 16; up Dec 11.', 'three-day losing streak', w='2014-12-12..2014-12-16'),
            c('IXIC', 'losing_streak_ended', 3, 'sessions', D, f"run_before('IXIC','{D}',-1)", S, 'streak', 'Down Dec 12, 15, 16; up Dec 11.', 'three-day losing streak', w='2014-12-12..2014-12-16'),
            c('IXIC', 'daily_point_change', 96.48, 'points', D, f"chg('IXIC','{D}')", S, 'tolerance_2dp', '+96.48.', '96.48 point'),
            c('IXIC', 'daily_pct_change', 2.1, '%', D, f"pct('IXIC','{D}')", S, 'tolerance_1dp', '+2.121%.', '2.1%'),
            c('IXIC', 'close_level', 4644.31, 'points', D, f"close('IXIC','{D}')", S, 'tolerance_2dp', '4,644.31.', '4644.31'),
            c('SPX', 'pct_from_ath', 5, '%', '2014-12-16', "below_max('SPX','2014-12-16','1927-12-30')", S, 'tolerance_integer', 'S&P 500 as the U.S. market: record close 2,075.37 on 2014-12-05; 2014-12-16 close 1,972.74 is 4.95% below.', '5% from its record highs', w='2014-12-05..2014-12-16'),
        ])

# ---------------------------------------------------------------- 3
D = '2015-06-29'
passage('sltrib_20150630_greece_worst_day_of_year', 'sltrib.com',
        'https://www.sltrib.com/news/business/2015/06/30/u-s-stocks-notch-worst-day-of-year-as-greek-crisis-escalates', 'The Salt Lake Tribune (wire story)',
        '2015-06-30', 'exact',
        'URL dated 2015/06/30; the text reports Monday 2015-06-29, the day after Greece closed its banks.',
        "New York • Fears that Greece's troubles could spread through the global financial system shook markets on Monday, "
        "driving U.S. stocks to their worst day of the year. Investors fled stocks in Europe and the U.S. for the safety of "
        "government bonds, and measures of volatility spiked. Over the weekend Greece drew perilously close to default: its "
        "prime minister called a referendum on the lenders' proposals, and European officials refused to extend a bailout "
        "program that expires Tuesday. The Standard & Poor's 500 index dropped 43.85 points, or 2.1 percent, to 2,057.64. "
        "The Dow Jones industrial average lost 350.33 points, or 2 percent, to 17,596.35, and the Nasdaq composite fell "
        "122.04 points, or 2.4 percent, to 4,958.47. The losses wiped out all the gains for the Dow and S&P 500 indexes "
        "this year. In Europe, Germany's DAX lost 3.6 percent while France's CAC-40 lost 3.7 percent; the FTSE 100 index of "
        "leading British shares fell 2 percent.",
        [
            c('SPX', 'rank_worst_day_year', 1, 'rank', D, f"rank_in_year('SPX','{D}')", S, 'rank', 'S&P 500 -2.087%, the worst 2015 session so far (next: 2015-01-05 -1.83%).', 'worst day of the year', w='2015 YTD'),
            c('VIX', 'daily_pct_change', 'spiked', 'flag', D, f"pct('VIX','{D}')", S, 'direction', 'VIX +34.5% to 18.85.', 'volatility spiked'),
            c('SPX', 'daily_point_change', -43.85, 'points', D, f"chg('SPX','{D}')", S, 'tolerance_2dp', '-43.85.', '43.85 points'),
            c('SPX', 'daily_pct_change', -2.1, '%', D, f"pct('SPX','{D}')", S, 'tolerance_1dp', '-2.087%.', '2.1 percent'),
            c('SPX', 'close_level', 2057.64, 'points', D, f"close('SPX','{D}')", S, 'tolerance_2dp', '2,057.64.', '2,057.64'),
            c('DJI', 'daily_point_change', -350.33, 'points', D, f"chg('DJI','{D}')", S, 'tolerance_2dp', '-350.33.', '350.33 points'),
            c('DJI', 'daily_pct_change', -2, '%', D, f"pct('DJI','{D}')", S, 'tolerance_integer', '-1.952%.', 'or 2 percent,'),
            c('DJI', 'close_level', 17596.35, 'points', D, f"close('DJI','{D}')", S, 'tolerance_2dp', '17,596.35.', '17,596.35'),
            c('IXIC', 'daily_point_change', -122.04, 'points', D, f"chg('IXIC','{D}')", S, 'tolerance_2dp', '-122.04.', '122.04 points'),
            c('IXIC', 'daily_pct_change', -2.4, '%', D, f"pct('IXIC','{D}')", S, 'tolerance_1dp', '-2.402%.', '2.4 percent'),
            c('IXIC', 'close_level', 4958.47, 'points', D, f"close('IXIC','{D}')", S, 'tolerance_2dp', '4,958.47.', '4,958.47'),
            c('DJI', 'ytd_change', '<=0', '%', D, f"ytd('DJI','{D}')", S, 'sign', 'Dow YTD -1.27% (2014 close 17,823.07).', 'wiped out all the gains', w='2015 YTD'),
            c('SPX', 'ytd_change', '<=0', '%', D, f"ytd('SPX','{D}')", S, 'sign', 'S&P 500 YTD -0.06% (2014 close 2,058.90).', 'wiped out all the gains', w='2015 YTD'),
            c('DAX', 'daily_pct_change', -3.6, '%', D, None, U, 'series_not_in_files', 'DAX not in the files.', '3.6 percent'),
            c('CAC40', 'daily_pct_change', -3.7, '%', D, None, U, 'series_not_in_files', 'CAC-40 not in the files.', '3.7 percent'),
            c('FTSE100', 'daily_pct_change', -2, '%', D, None, U, 'series_not_in_files', 'FTSE 100 not in the files.', 'fell 2 percent'),
        ])

# ---------------------------------------------------------------- 4
D = '2016-12-05'
passage('ap_20161205_dow_record_small_caps_outpace', 'macsurfer.com',
        'http://macsurfer.com/redir.php?u=1010461', 'Associated Press (via USA Today)',
        '2016-12-05', 'high',
        'No date on the page. A Monday with the Dow at a record 19,216 (+45.82), S&P 500 2,204.71, Nasdaq 5,308.89 and oil at its highest since July 2015 after the OPEC deal: every index figure matches Monday 2016-12-05.',
        "U.S. stocks rose Monday as investors sent the Dow Jones industrial average to another record high. Banks and "
        "technology companies, which had mostly been left out of the post-election rally, posted some of the biggest gains, "
        "and energy companies climbed as the price of oil reached its highest level since July 2015. The Dow Jones industrial "
        "average rose 45.82, or 0.2%, to close at a record 19,216.31. The Standard & Poor's 500 index gained 0.6% to 2204.71 "
        "and the Nasdaq composite index rose 1% to 5308.89. Small-company stocks again outpaced the rest of the market as the "
        "Russell 2000 jumped 1.8%. Thanks to a big rally in November, the Russell is up 17% this year, or more than twice as "
        "much as the S&P 500. Benchmark U.S. oil rose 11 cents to $51.79 per barrel in New York. Banks, on a four-week "
        "winning streak since the election, are trading at their highest levels since early 2008.",
        [
            c('DJI', 'record_close', True, 'flag', D, f"is_record('DJI','{D}')", S, 'record', 'Close 19,216.24 above every earlier close (previous record 19,191.93 on 2016-12-02).', 'to close at a record'),
            c('WTI', 'highest_since', '2015-07', 'month', D, None, U, 'series_not_in_files', 'Crude oil prices are not in the files.', 'since July 2015'),
            c('DJI', 'daily_point_change', 45.82, 'points', D, f"chg('DJI','{D}')", S, 'tolerance_2dp', '+45.82.', '45.82'),
            c('DJI', 'daily_pct_change', 0.2, '%', D, f"pct('DJI','{D}')", S, 'tolerance_1dp', '+0.239%.', '0.2%'),
            c('DJI', 'close_level', 19216.31, 'points', D, f"close('DJI','{D}')", I, 'imprecise_band', 'File close 19,216.24 (also the official close); 0.07 off, beyond the 2-dp tolerance but within 1%.', '19,216.31'),
            c('SPX', 'daily_pct_change', 0.6, '%', D, f"pct('SPX','{D}')", S, 'tolerance_1dp', '+0.582%.', '0.6%'),
            c('SPX', 'close_level', 2204.71, 'points', D, f"close('SPX','{D}')", S, 'tolerance_2dp', '2,204.71.', '2204.71'),
            c('IXIC', 'daily_pct_change', 1, '%', D, f"pct('IXIC','{D}')", S, 'tolerance_integer', '+1.013%.', 'rose 1%'),
            c('IXIC', 'close_level', 5308.89, 'points', D, f"close('IXIC','{D}')", S, 'tolerance_2dp', '5,308.89.', '5308.89'),
            c('RUT', 'outperformed', True, 'flag', D, f"beats('RUT','{D}',['SPX','DJI','IXIC'])", S, 'ordering', 'RUT +1.79% vs S&P +0.58%, Dow +0.24%, Nasdaq +1.01%.', 'again outpaced the rest of the market', cmp='SPX,DJI,IXIC'),
            c('RUT', 'daily_pct_change', 1.8, '%', D, f"pct('RUT','{D}')", S, 'tolerance_1dp', '+1.791%.', 'jumped 1.8%'),
            c('RUT', 'ytd_change', 17, '%', D, f"ytd('RUT','{D}')", I, 'imprecise_band', 'YTD +17.77% (2015 close 1,135.89); 0.77 pp off an integer claim, looks truncated.', 'up 17% this year', w='2016 YTD'),
            c('RUT', 'ytd_ratio_vs_spx', 2, 'ratio', D, f"ratio(ytd('RUT','{D}'), ytd('SPX','{D}'))", S, 'bound_more_than', 'RUT +17.77% vs S&P 500 +7.87% YTD: ratio 2.26.', 'more than twice as much', q='more than', cmp='SPX', w='2016 YTD'),
            c('WTI', 'price', 51.79, 'USD', D, None, U, 'series_not_in_files', 'Oil prices are not in the files.', '$51.79'),
            c('SPX_FINANCIALS', 'highest_since', '2008 early', 'text', D, None, U, 'series_not_in_files', 'Bank indexes are not in the files (XLF is total-return only here and never decides).', 'highest levels since early 2008'),
        ])

# ---------------------------------------------------------------- 5
D = '2017-05-17'
passage('ap_20170517_washington_turmoil_afternoon', 'fortworthbusiness.com',
        'https://fortworthbusiness.com/banking/stocks-bond-yields-drop-as-washington-turmoil-rattles-markets/', 'Associated Press',
        '2017-05-17', 'high',
        'Undated repost of the AP afternoon update ("as of 3:04 p.m." Wednesday); the Comey memo report and the Nasdaq record of the previous day fix the session at 2017-05-17.',
        "U.S. stocks fell sharply in late-afternoon trading Wednesday as investors fretted that the latest turmoil in "
        "Washington could hinder President Donald Trump's pro-business agenda. The steep drop, which sent the Dow Jones "
        "industrial average down more than 300 points, ended an unusually long period of calm in the markets. Financial "
        "stocks slumped the most as bond yields declined and traders piled into utilities, gold and other havens. KEEPING "
        "SCORE: The Standard & Poor's 500 index fell 36 points, or 1.5 percent, to 2,364 as of 3:04 p.m. Eastern Time. The "
        "Dow Jones industrial average slid 317 points, or 1.5 percent, to 20,662. The Nasdaq composite index gave up 135 "
        "points, or 2.2 percent, to 6,034, a day after closing at its latest record high. Small-company stocks fell more than "
        "the rest of the market. The Russell 2000 index sank 38 points, or 2.8 percent, to 1,355. Those companies would stand "
        "to benefit even more than large ones from the corporate tax cuts Trump is proposing.",
        [
            c('DJI', 'daily_point_change', -300, 'points', D, f"chg('DJI','{D}')", S, 'bound_more_than', 'Close -372.82 and session low -378.67 (20,601.08) both more than 300 down.', 'more than 300 points', q='more than', b='afternoon', d=f"session low move: lo_move('DJI','{D}') = -378.67"),
            c('GENERIC', 'statement', 'long period of calm ended', 'text', D, None, N, 'generic', 'Characterisation; the VIX rose 46% to 15.59 that day.', 'unusually long period of calm'),
            c('SPX', 'daily_point_change', -36, 'points', D, f"chg('SPX','{D}')", U, 'mid_session_inside_range', 'At 3:04 p.m.; close -43.64. A 36-point loss (2,364.7) lies inside the session range 2,356.21-2,384.87.', 'fell 36 points', b='3:04 p.m.'),
            c('SPX', 'daily_pct_change', -1.5, '%', D, f"pct('SPX','{D}')", U, 'mid_session_inside_range', 'At 3:04 p.m.; close -1.82%. Session range -1.85% to -0.66%.', '36 points, or 1.5 percent', b='3:04 p.m.'),
            c('SPX', 'level', 2364, 'points', D, f"close('SPX','{D}')", U, 'mid_session_inside_range', 'At 3:04 p.m.; close 2,357.03, session range 2,356.21-2,384.87.', '2,364', b='3:04 p.m.', d=f"session range: session_range('SPX','{D}')"),
            c('DJI', 'daily_point_change', -317, 'points', D, f"chg('DJI','{D}')", U, 'mid_session_inside_range', 'At 3:04 p.m.; close -372.82, session low -378.67.', 'slid 317 points', b='3:04 p.m.'),
            c('DJI', 'daily_pct_change', -1.5, '%', D, f"pct('DJI','{D}')", U, 'mid_session_inside_range', 'At 3:04 p.m.; close -1.78%, session range -1.80% to -0.64%.', '317 points, or 1.5 percent', b='3:04 p.m.'),
            c('DJI', 'level', 20662, 'points', D, f"close('DJI','{D}')", U, 'mid_session_inside_range', 'At 3:04 p.m.; close 20,606.93, session range 20,601.08-20,846.17.', '20,662', b='3:04 p.m.', d=f"session range: session_range('DJI','{D}')"),
            c('IXIC', 'daily_point_change', -135, 'points', D, f"chg('IXIC','{D}')", U, 'mid_session_inside_range', 'At 3:04 p.m.; close -158.63; 6,034.87 lies inside the session range.', 'gave up 135', b='3:04 p.m.'),
            c('IXIC', 'daily_pct_change', -2.2, '%', D, f"pct('IXIC','{D}')", U, 'mid_session_inside_range', 'At 3:04 p.m.; close -2.57%, session range -2.60% to -0.76%.', '2.2 percent', b='3:04 p.m.'),
            c('IXIC', 'level', 6034, 'points', D, f"close('IXIC','{D}')", U, 'mid_session_inside_range', 'At 3:04 p.m.; close 6,011.24, session range 6,009.48-6,122.87.', '6,034', b='3:04 p.m.', d=f"session range: session_range('IXIC','{D}')"),
            c('IXIC', 'record_close', True, 'flag', '2017-05-16', "is_record('IXIC','2017-05-16')", S, 'record', 'Close 6,169.87 on 2017-05-16 above every earlier close (6,149.67 on 2017-05-15).', 'latest record high'),
            c('RUT', 'underperformed', True, 'flag', D, f"beats('RUT','{D}',['SPX','DJI','IXIC'],more=False)", S, 'ordering', 'At the close RUT -2.78% vs Nasdaq -2.57%, S&P -1.82%, Dow -1.78%; the 3:04 p.m. figures agree.', 'fell more than the rest of the market', cmp='SPX,DJI,IXIC'),
            c('RUT', 'daily_point_change', -38, 'points', D, f"chg('RUT','{D}')", U, 'mid_session_inside_range', 'At 3:04 p.m.; close -38.79; a 38-point loss (1,356.68) is inside the range 1,355.85-1,388.30.', 'sank 38 points', b='3:04 p.m.'),
            c('RUT', 'daily_pct_change', -2.8, '%', D, f"pct('RUT','{D}')", U, 'mid_session_inside_range', 'At 3:04 p.m.; close -2.78%; session low -2.78% (1,355.85), so -2.75..-2.85 overlaps the range.', '2.8 percent', b='3:04 p.m.'),
            c('RUT', 'level', 1355, 'points', D, f"close('RUT','{D}')", I, 'mid_session_outside_range', 'At 3:04 p.m.; the session low was 1,355.85 (close 1,355.89), so 1,355 is just below the session range.', '1,355', b='3:04 p.m.', d=f"session range: session_range('RUT','{D}')"),
            c('GENERIC', 'statement', 'small caps gain more from tax cuts', 'text', D, None, N, 'generic', 'Opinion about policy effects.', 'corporate tax cuts'),
        ])

# ---------------------------------------------------------------- 6
D = '2019-01-04'
passage('liveindex_20190105_dow_surges_jobs_powell', 'liveindex.org',
        'https://liveindex.org/110867/2019/01/dow-surges-nearly-750-points-on-strong-hiring-data-dovish-comments-from-fed-chair', 'LiveIndex (rewrite of a wire story)',
        '2019-01-05', 'exact',
        'Page dated Sat Jan 05 2019; it reports Friday 2019-01-04 (December jobs report, Powell at the Atlanta meeting).',
        "The Dow Jones Industrial Average surged nearly 750 points Friday, more than erasing its losses one day earlier, as a "
        "stock market hungry for good news got a stronger-than-expected jobs report and comments from the Federal Reserve "
        "chairman that signaled more flexibility in raising interest rates. The Dow rallied 3.3% to 24,433.16, with the S&P "
        "500 Index rising 3.4% to 2,531.94. Technology stocks were among the biggest gainers, and the Nasdaq Composite rose "
        "4.3% to 6,738.86. The tech sector was the best performing subset of the S&P 500, rising 4%. Nonfarm payrolls rose by "
        "312,000 in December, and the unemployment rate inched up to 3.9% as more people looked for work. Fed Chairman Jerome "
        "Powell indicated at a conference in Atlanta that the Fed may pause from raising interest rates.",
        [
            c('DJI', 'daily_point_change', 750, 'points', D, f"chg('DJI','{D}')", S, 'hedge_nearly', '+746.94; "nearly 750" allows 735-757.5 (unit 2% of 750).', 'nearly 750 points', q='nearly'),
            c('DJI', 'gain_vs_prior_day_loss', True, 'flag', D, f"chg('DJI','{D}') > -chg('DJI','2019-01-03')", S, 'comparison', '+746.94 against the 2019-01-03 loss of -660.02.', 'more than erasing its losses', cmp='2019-01-03'),
            c('DJI', 'daily_pct_change', 3.3, '%', D, f"pct('DJI','{D}')", S, 'tolerance_1dp', '+3.292%.', 'rallied 3.3%'),
            c('DJI', 'close_level', 24433.16, 'points', D, f"close('DJI','{D}')", C, 'wrong_level', 'Close 23,433.16: the figure is 1,000 points too high (4.3%), a typo of the thousands digit.', '24,433.16'),
            c('SPX', 'daily_pct_change', 3.4, '%', D, f"pct('SPX','{D}')", S, 'tolerance_1dp', '+3.434%.', 'rising 3.4%'),
            c('SPX', 'close_level', 2531.94, 'points', D, f"close('SPX','{D}')", S, 'tolerance_2dp', '2,531.94.', '2,531.94'),
            c('IXIC', 'daily_pct_change', 4.3, '%', D, f"pct('IXIC','{D}')", S, 'tolerance_1dp', '+4.260%.', 'rose 4.3%'),
            c('IXIC', 'close_level', 6738.86, 'points', D, f"close('IXIC','{D}')", S, 'tolerance_2dp', '6,738.86.', '6,738.86'),
            c('SPX_TECH', 'daily_pct_change', 4, '%', D, None, U, 'series_not_in_files', 'S&P 500 sector indexes are not in the files (XLK is total-return only and never decides).', 'rising 4%'),
            c('US_PAYROLLS', 'monthly_change', 312000, 'jobs', '2018-12', None, U, 'series_not_in_files', 'Not a market series in the files.', '312,000'),
            c('US_UNEMPLOYMENT', 'rate', 3.9, '%', '2018-12', None, U, 'series_not_in_files', 'Not a market series in the files.', '3.9%'),
        ])

# ---------------------------------------------------------------- 7
D = '2020-09-16'
passage('ap_20200917_fed_near_zero_into_2023', 'pressreader.com',
        'http://www.pressreader.com/usa/new-haven-register/20200917/281736976876528', 'Associated Press (New Haven Register)',
        '2020-09-17', 'exact',
        'Print edition of 2020-09-17 (URL); the AP story is about Wednesday 2020-09-16, an FOMC decision day.',
        "Stocks closed lower on Wall Street Wednesday after a rally following the Federal Reserve's latest interest rate "
        "policy update faded in the final hour of trading. The S&P 500 fell 0.5 percent after having been up 0.6 percent "
        "following the 2 p.m. Eastern time Fed announcement. The central bank signaled it will keep interest rates near zero "
        "into 2023. The Fed's decision to leave rates unchanged had been widely expected. The S&P 500 lost 15.71 points to "
        "3,385.49. The Dow Jones Industrial average rose 36.78 points, or 0.1 percent, to 28,032.38. It had earlier been up by "
        "369 points. The Nasdaq composite lost 139.85 points, or 1.3 percent, to 11,050.47. Smaller stocks rose more than the "
        "rest of the market, and the Russell 2000 index of small-caps gained 14.17 points, or 0.9 percent, to 1,552.33. The "
        "market's pullback snapped a three-day winning streak for the S&P 500, which is down 3.3 percent so far this month "
        "after five-straight monthly gains.",
        [
            c('SPX', 'daily_pct_change', -0.5, '%', D, f"pct('SPX','{D}')", S, 'tolerance_1dp', '-0.462%.', 'fell 0.5 percent'),
            c('SPX', 'intraday_pct_change', 0.6, '%', D, f"pct('SPX','{D}')", U, 'mid_session_inside_range', 'After 2 p.m.; session range -0.49% to +0.82% (high 3,428.92), so +0.6% lies inside it.', 'up 0.6 percent', b='afternoon', d=f"session high: hi_pct('SPX','{D}') = 0.8153"),
            c('FEDFUNDS', 'rate_guidance', 'near zero into 2023', 'text', D, None, F, 'forecast', 'Projection; not judged.', 'near zero into 2023'),
            c('FEDFUNDS', 'target_change', 0, 'pp', D, f"fed_change_after('{D}')", S, 'fed_decision', 'FOMC decision day 2020-09-16; DFEDTARU 0.25 before and after.', 'leave rates unchanged'),
            c('SPX', 'daily_point_change', -15.71, 'points', D, f"chg('SPX','{D}')", S, 'tolerance_2dp', '-15.71.', '15.71 points'),
            c('SPX', 'close_level', 3385.49, 'points', D, f"close('SPX','{D}')", S, 'tolerance_2dp', '3,385.49.', '3,385.49'),
            c('DJI', 'daily_point_change', 36.78, 'points', D, f"chg('DJI','{D}')", S, 'tolerance_2dp', '+36.78.', '36.78 points'),
            c('DJI', 'daily_pct_change', 0.1, '%', D, f"pct('DJI','{D}')", S, 'tolerance_1dp', '+0.131%.', '0.1 percent'),
            c('DJI', 'close_level', 28032.38, 'points', D, f"close('DJI','{D}')", S, 'tolerance_2dp', '28,032.38.', '28,032.38'),
            c('DJI', 'intraday_high_point_change', 369, 'points', D, f"hi_move('DJI','{D}')", S, 'tolerance_integer', 'Session high 28,364.77 vs previous close 27,995.60: +369.17.', 'up by 369 points', b='intraday high'),
            c('IXIC', 'daily_point_change', -139.85, 'points', D, f"chg('IXIC','{D}')", S, 'tolerance_2dp', '-139.85.', '139.85 points'),
            c('IXIC', 'daily_pct_change', -1.3, '%', D, f"pct('IXIC','{D}')", S, 'tolerance_1dp', '-1.250%.', '1.3 percent'),
            c('IXIC', 'close_level', 11050.47, 'points', D, f"close('IXIC','{D}')", S, 'tolerance_2dp', '11,050.47.', '11,050.47'),
            c('RUT', 'outperformed', True, 'flag', D, f"beats('RUT','{D}',['SPX','DJI','IXIC'])", S, 'ordering', 'RUT +0.92% vs Dow +0.13%, S&P -0.46%, Nasdaq -1.25%.', 'Smaller stocks rose more than the rest of the market', cmp='SPX,DJI,IXIC'),
            c('RUT', 'daily_point_change', 14.17, 'points', D, f"chg('RUT','{D}')", S, 'tolerance_2dp', '+14.18 in the file (0.01 off).', '14.17 points'),
            c('RUT', 'daily_pct_change', 0.9, '%', D, f"pct('RUT','{D}')", S, 'tolerance_1dp', '+0.922%.', '0.9 percent'),
            c('RUT', 'close_level', 1552.33, 'points', D, f"close('RUT','{D}')", S, 'tolerance_2dp', '1,552.33.', '1,552.33'),
            c('SPX', 'winning_streak_ended', 3, 'sessions', D, f"run_before('SPX','{D}',1)", S, 'streak', 'Up 2020-09-11, 09-14, 09-15; down 09-10 and 09-16.', 'three-day winning streak', w='2020-09-11..2020-09-15'),
            c('SPX', 'mtd_change', -3.3, '%', D, f"mtd('SPX','{D}')", S, 'tolerance_1dp', 'From the August close 3,500.31: -3.28%.', '3.3 percent so far this month', w='2020-09 MTD'),
            c('SPX', 'monthly_gain_streak', 5, 'months', '2020-08', "monthly_up_run('SPX','2020-08')", S, 'streak', 'April-August 2020 all up (March down).', 'five-straight monthly gains', w='2020-04..2020-08'),
        ])

# ---------------------------------------------------------------- 8
D = '2022-05-05'
passage('coinspeaker_20220506_dow_nasdaq_worst_since_2020', 'coinspeaker.com',
        'https://www.coinspeaker.com/dow-nasdaq-worst-performance-2020/amp', 'Coinspeaker',
        '2022-05-06', 'exact',
        'Stamped May 6, 2022 10:44 UTC; it reports Thursday 2022-05-05 and the Wednesday 2022-05-04 (FOMC) rally.',
        "On Thursday, the Dow Jones Industrial Average (DJIA) saw its worst day since 2020, tumbling by 1,063 points or 3.12% "
        "to close at 32,997.97. The tech-heavy Nasdaq Composite fell 4.99% to finish at 12,317.69, marking its lowest closing "
        "level since November 2020. The S&P 500 retraced 3.56% to 4,146.87, its second-worst day of the year, and more than "
        "90% of S&P 500 stocks declined. Both the Dow and the Nasdaq erased the rally of the prior session: on Wednesday the "
        "Dow surged 932 points, or 2.81%, the Nasdaq climbed 3.19% and the S&P gained 2.99% – the latter's most significant "
        "gains since 2020.",
        [
            c('DJI', 'worst_day_since', '2020', 'year', D, f"last_pct_le('DJI','{D}',pct('DJI','{D}'))", S, 'worst_since', 'Last Dow day at least as bad in percent: 2020-10-28 (-3.43%); in points: 2020-06-11.', 'worst day since 2020'),
            c('DJI', 'daily_point_change', -1063, 'points', D, f"chg('DJI','{D}')", S, 'tolerance_integer', '-1,063.09.', '1,063 points'),
            c('DJI', 'daily_pct_change', -3.12, '%', D, f"pct('DJI','{D}')", S, 'tolerance_2dp', '-3.121%.', '3.12%'),
            c('DJI', 'close_level', 32997.97, 'points', D, f"close('DJI','{D}')", S, 'tolerance_2dp', '32,997.97.', '32,997.97'),
            c('IXIC', 'daily_pct_change', -4.99, '%', D, f"pct('IXIC','{D}')", S, 'tolerance_2dp', '-4.992%.', '4.99%'),
            c('IXIC', 'close_level', 12317.69, 'points', D, f"close('IXIC','{D}')", S, 'tolerance_2dp', '12,317.69.', '12,317.69'),
            c('IXIC', 'lowest_close_since', '2020-11', 'month', D, f"last_le('IXIC','{D}',px('IXIC').loc['{D}','close'])", S, 'lowest_since', 'Last close at or below 12,317.69: 2020-11-30.', 'lowest closing level since November 2020'),
            c('SPX', 'daily_pct_change', -3.56, '%', D, f"pct('SPX','{D}')", S, 'tolerance_2dp', '-3.565%.', '3.56%'),
            c('SPX', 'close_level', 4146.87, 'points', D, f"close('SPX','{D}')", S, 'tolerance_2dp', '4,146.87.', '4,146.87'),
            c('SPX', 'rank_worst_day_year', 2, 'rank', D, f"rank_in_year('SPX','{D}')", S, 'rank', 'Worst 2022 day so far 2022-04-29 (-3.63%).', 'second-worst day of the year', w='2022 YTD'),
            c('SPX_BREADTH', 'share_declining', 90, '%', D, None, U, 'series_not_in_files', 'Constituent breadth is not in the files.', 'more than 90%', q='more than'),
            c('DJI', 'daily_point_change', 932, 'points', '2022-05-04', "chg('DJI','2022-05-04')", S, 'tolerance_integer', '+932.27.', '932 points'),
            c('DJI', 'daily_pct_change', 2.81, '%', '2022-05-04', "pct('DJI','2022-05-04')", S, 'tolerance_2dp', '+2.814%.', '2.81%'),
            c('IXIC', 'daily_pct_change', 3.19, '%', '2022-05-04', "pct('IXIC','2022-05-04')", S, 'tolerance_2dp', '+3.193%.', '3.19%'),
            c('SPX', 'daily_pct_change', 2.99, '%', '2022-05-04', "pct('SPX','2022-05-04')", S, 'tolerance_2dp', '+2.986%.', '2.99%'),
            c('SPX', 'best_day_since', '2020', 'year', '2022-05-04', "last_pct_ge('SPX','2022-05-04',pct('SPX','2022-05-04'))", S, 'best_since', 'Last S&P day at least as good: 2020-05-18 (+3.15%).', 'most significant gains since 2020'),
        ])

# ---------------------------------------------------------------- 9
D = '2022-05-20'
passage('zacks_20220523_mixed_close_bear_zone', 'zacks.com',
        'http://www.zacks.com/stock/news/1927769/stock-market-news-for-may-23-2022?cid=CS-MKTWTCH-HL-market_news-1927769', 'Zacks',
        '2022-05-23', 'exact',
        '"Stock Market News for May 23, 2022" reports Friday 2022-05-20.',
        "Wall Street closed mixed on Friday after a highly volatile session, as mounting inflation, an ultra-hawkish Fed, the "
        "war in Ukraine and recession worries dented confidence. The Dow Jones Industrial Average was up 8.8 points to close "
        "at 31,261.90, with 17 of its 30 components ending in positive territory. The blue-chip index started the day with 275 "
        "points up, but it lost 600 points at its intraday low. The Dow is currently trading at 15.4% below its 52-week high. "
        "The tech-heavy Nasdaq Composite finished at 11.354.62, falling 0.3% on weak large-cap technology stocks; it was its "
        "lowest closing since November 3, 2020. The index has been in a bear market since March and is trading at 30% below "
        "its 52-week high. The S&P 500 managed to gain 0.57 points to end at 3,901.36 after briefly entering bear market "
        "territory during intraday trading, and it is trading at 19% below its 52-week high. The Consumer Discretionary Select "
        "Sector SPDR (XLY) lost 1.7%, while the Health Care Select Sector SPDR (XLV) and the Real Estate Select Sector SPDR "
        "(XLRE) advanced 1.2% each.",
        [
            c('DJI', 'daily_point_change', 8.8, 'points', D, f"chg('DJI','{D}')", S, 'tolerance_1dp', '+8.77.', 'up 8.8 points'),
            c('DJI', 'close_level', 31261.90, 'points', D, f"close('DJI','{D}')", S, 'tolerance_2dp', '31,261.90.', '31,261.90'),
            c('DJI_COMPONENTS', 'advancers', 17, 'count', D, None, U, 'series_not_in_files', 'Dow components are not in the files.', '17 of its 30 components'),
            c('DJI', 'early_point_change', 275, 'points', D, f"hi_move('DJI','{D}')", I, 'mid_session_outside_range', 'Open +173.81, session high +262.65 (31,515.78): 275 up lies just outside the session range.', '275 points up', b='early trading', d=f"open move: {31426.94 - 31253.13:.2f}"),
            c('DJI', 'intraday_low_point_change', -600, 'points', D, f"lo_move('DJI','{D}')", I, 'imprecise_band', 'Session low 30,635.76: -617.37 from the previous close; an unhedged round 600 is 17 points (2.8%) short.', 'lost 600 points', b='intraday low'),
            c('DJI', 'pct_from_52w_high', 15.4, '%', D, f"below_max('DJI','{D}','2021-05-20')", I, 'imprecise_band', '52-week closing high 36,799.65 (2022-01-04): 15.05% below. Against the intraday high 36,952.65 it is 15.40%, which the figure matches.', '15.4%', w='52 weeks'),
            c('IXIC', 'close_level', 11354.62, 'points', D, f"close('IXIC','{D}')", S, 'tolerance_2dp', '11,354.62 (the text has a period for the thousands comma).', '11.354.62'),
            c('IXIC', 'daily_pct_change', -0.3, '%', D, f"pct('IXIC','{D}')", S, 'tolerance_1dp', '-0.297%.', 'falling 0.3%'),
            c('IXIC', 'lowest_close_since', '2020-11-03', 'date', D, f"last_le('IXIC','{D}',px('IXIC').loc['{D}','close'])", S, 'lowest_since', 'Last close at or below 11,354.62: 2020-11-03 (11,160.57).', 'since November 3, 2020'),
            c('IXIC', 'bear_market_start', '2022-03', 'month', D, "str(px('IXIC').loc['2022-01-01':'2022-05-20'][px('IXIC').loc['2022-01-01':'2022-05-20','close'] <= 0.8*px('IXIC').loc[:'2022-05-20','close'].max()].index[0])", S, 'bear_definition', 'First close 20% below the 16,057.44 record (2021-11-19): 2022-03-07.', 'bear market since March'),
            c('IXIC', 'pct_from_52w_high', 30, '%', D, f"below_max('IXIC','{D}','2021-05-20')", I, 'imprecise_band', '52-week closing high 16,057.44: 29.29% below; against the intraday high 16,212.23 it is 29.96%.', '30% below', w='52 weeks'),
            c('SPX', 'daily_point_change', 0.57, 'points', D, f"chg('SPX','{D}')", S, 'tolerance_2dp', '+0.57.', '0.57 points'),
            c('SPX', 'close_level', 3901.36, 'points', D, f"close('SPX','{D}')", S, 'tolerance_2dp', '3,901.36.', '3,901.36'),
            c('SPX', 'intraday_pct_from_ath', 20, '%', D, f"r4((1 - px('SPX').loc['{D}','low']/px('SPX').loc[:'{D}','close'].max())*100)", S, 'bear_definition', 'Session low 3,810.32 was 20.56% below the 4,796.56 record close.', 'briefly entering bear market territory', b='intraday low', q='at least'),
            c('SPX', 'pct_from_52w_high', 19, '%', D, f"below_max('SPX','{D}','2021-05-20')", S, 'tolerance_integer', '18.66% below the 4,796.56 closing high (19.04% against the intraday high 4,818.62).', '19% below', w='52 weeks'),
            c('XLY', 'daily_pct_change', -1.7, '%', D, None, U, 'sector_etf_no_price', 'Sector SPDR price columns are empty before 2026-03; adj_close gives about -1.7% but never decides.', 'lost 1.7%'),
            c('XLV', 'daily_pct_change', 1.2, '%', D, None, U, 'sector_etf_no_price', 'Sector SPDR price columns are empty before 2026-03.', 'Health Care Select Sector SPDR (XLV)'),
            c('XLRE', 'daily_pct_change', 1.2, '%', D, None, U, 'sector_etf_no_price', 'Sector SPDR price columns are empty before 2026-03.', 'Real Estate Select Sector SPDR'),
        ])

# ---------------------------------------------------------------- 10
D = '2023-10-26'
passage('jubakpicks_20231026_nasdaq_correction_rut', 'jubakpicks.com',
        'https://www.jubakpicks.com/more-technical-breakdowns-nasdaq-falls-into-correction/', 'JubakPicks',
        '2023-10-26', 'high',
        'The post gives closes "as of the close on October 26" and a move "today"; 2023 from the index levels (Nasdaq -1.76%, Russell +0.34% on 2023-10-26).',
        "The NASDAQ Composite was still up 23.75% as of the close on October 25. But the index is now down 12.2% from its July "
        "31 high as of the close on October 26. That's correction territory, and right now the index looks inclined to hold its "
        "downward trend for a while. The NASDAQ closed down another 1.76% today: tech companies are reporting good earnings for "
        "the third quarter but cautious guidance for the fourth quarter and early 2024. With the NASDAQ slipping into correction, "
        "two major indexes are now in a correction. The small-cap Russell 2000, even after today's gain of 0.34%, is down 18.7% "
        "from its July 31 close as of the close on October 26. When two indexes move into correction, it suggests that the "
        "damage is speeding and that there's more selling to come.",
        [
            c('IXIC', 'ytd_change', 23.75, '%', '2023-10-25', "ytd('IXIC','2023-10-25')", I, 'imprecise_band', 'YTD to 2023-10-25: +22.50% (2022 close 10,466.48); 1.25 pp off.', '23.75%', w='2023 YTD'),
            c('IXIC', 'pct_from_date', 12.2, '%', D, f"r4(-ret('IXIC','2023-07-31','{D}'))", S, 'tolerance_1dp', 'From the 2023-07-31 close 14,346.02: -12.20% (the July closing high was 14,358.02 on 07-19, nearly the same).', '12.2%', w='2023-07-31..2023-10-26'),
            c('IXIC', 'correction', True, 'flag', D, f"below_max('IXIC','{D}','2022-10-27') >= 10", S, 'correction_definition', '12.27% below the 52-week closing high 14,358.02.', "That's correction territory"),
            c('IXIC', 'trend_outlook', 'downtrend to continue', 'text', D, None, F, 'forecast', 'Outlook; not judged.', 'hold its'),
            c('IXIC', 'daily_pct_change', -1.76, '%', D, f"pct('IXIC','{D}')", S, 'tolerance_2dp', '-1.760%.', '1.76%'),
            c('RUT', 'daily_pct_change', 0.34, '%', D, f"pct('RUT','{D}')", S, 'tolerance_2dp', '+0.337%.', '0.34%'),
            c('RUT', 'pct_from_date', 18.7, '%', D, f"r4(-ret('RUT','2023-07-31','{D}'))", I, 'imprecise_band', 'From the 2023-07-31 close 2,003.18: -17.28%; 1.42 pp off.', '18.7%', w='2023-07-31..2023-10-26'),
            c('RUT', 'correction', True, 'flag', D, f"below_max('RUT','{D}','2022-10-27') >= 10", S, 'correction_definition', 'RUT 17.3% below its 52-week closing high, so two indexes (Nasdaq and Russell 2000) are in correction.', 'two major indexes are now in a correction'),
            c('GENERIC', 'rule_of_thumb', 'more selling to come', 'text', D, None, N, 'rule_of_thumb', 'Rule of thumb / outlook.', 'more selling to come'),
        ])

# ---------------------------------------------------------------- 11
D = '2024-08-15'
passage('hotscup_20240815_iwm_best_day_since_july', 'hotscup.com',
        'https://hotscup.com/russell-2000-surges-on-strong-economic-data-reversing-recession-fears', 'Hotscup (rewrite of a markets story)',
        '2024-08-15', 'high',
        'Undated live piece: Thursday afternoon with July 2024 retail sales and claims for the week ending August 10 is 2024-08-15.',
        "The Russell 2000 index, a benchmark for small-cap stocks, is having its strongest trading session in a month, as "
        "renewed confidence in the U.S. economy's resilience eases the recession fears that rattled markets earlier this month. "
        "The iShares Russell 2000 ETF (IWM) surged 2.8% on Thursday afternoon, vying for its best single-day performance since "
        "July 16th when it rallied 3.4%. The optimism followed strong data: July 2024 retail sales jumped 1% month-over-month, "
        "and initial jobless claims decreased from 234,000 to 227,000. Traders now put the probability of a 25-basis-point rate "
        "cut at 77%, up from 64% a day earlier and 45% a week ago.",
        [
            c('RUT', 'best_day_since', '2024-07-16', 'date', D, f"last_pct_ge('RUT','{D}',pct('RUT','{D}'))", S, 'best_since', 'At the close RUT +2.45%, the best day since 2024-07-16 (+3.50%), i.e. in a month.', 'strongest trading session in a month'),
            c('IWM', 'intraday_pct_change', 2.8, '%', D, f"pct('IWM','{D}')", U, 'mid_session_inside_range', 'Afternoon figure; IWM session range +1.56% to +3.11% (close +2.59%).', 'surged 2.8%', b='afternoon', d=f"session range pct: [lo_pct('IWM','{D}'), hi_pct('IWM','{D}')] = [1.5628, 3.1063]"),
            c('IWM', 'best_day_since', '2024-07-16', 'date', D, f"last_pct_ge('IWM','{D}',pct('IWM','{D}'))", S, 'best_since', 'IWM closed +2.59%, its best day since 2024-07-16; the best day in between was +2.43% (2024-08-08).', 'best single-day performance since July 16th'),
            c('IWM', 'daily_pct_change', 3.4, '%', '2024-07-16', "pct('IWM','2024-07-16')", S, 'tolerance_1dp', 'IWM +3.41% on 2024-07-16 (RUT +3.50%).', 'rallied 3.4%'),
            c('US_RETAIL_SALES', 'monthly_change', 1, '%', '2024-07', None, U, 'series_not_in_files', 'Not a market series in the files.', 'jumped 1%'),
            c('US_JOBLESS_CLAIMS', 'weekly_level', 227000, 'claims', '2024-08-10', None, U, 'series_not_in_files', 'Not a market series in the files.', '234,000 to 227,000'),
            c('FEDFUNDS', 'cut_probability', 77, '%', D, None, U, 'futures_not_in_files', 'Odds for the September 2024 meeting; ZQ contracts in the files start July 2026.', '77%'),
            c('FEDFUNDS', 'cut_probability', 64, '%', '2024-08-14', None, U, 'futures_not_in_files', 'As above.', '64%'),
            c('FEDFUNDS', 'cut_probability', 45, '%', '2024-08-08', None, U, 'futures_not_in_files', 'As above.', '45%'),
        ])

# ---------------------------------------------------------------- 12
D = '2024-12-17'
passage('tradingview_20241218_rut_leads_decline_dow_streak', 'tredingview.live',
        'https://tredingview.live/chart/US500/DL9JqHyq-S-P-500-sideways', 'TradingView idea (broker commentary)',
        '2024-12-18', 'high',
        'Morning note before the 2024-12-18 FOMC decision ("this evening"); it describes Tuesday 2024-12-17 ("yesterday").',
        "US stock indices finished lower on Tuesday with the broad-based, domestically-focused Russell 2000 leading the decline. "
        "The Russell, which represents US mid-to-smaller-cap stocks, closed down 1.2%. It has now lost over 5% since making a "
        "fresh all-time high three weeks ago, after rallying 11% in the aftermath of Trump's election victory in early November. "
        "The Dow has dropped around 3.5% from its own record high in early December. Yesterday's loss meant that the old school, "
        "price-weighted index has registered nine successive losing sessions, its worst run in over six years. In contrast, the "
        "S&P 500 continues to consolidate just below all-time highs, while the NASDAQ 100 posted its own record high on Monday. "
        "This morning, Tesla dropped 3%. Longer-term Treasury yields keep creeping up: the yield on the 10-year is back to a "
        "fresh four week high, above 4.40%. The Federal Reserve announces its final rate decision of the year this evening; the "
        "consensus expects a 25 basis point cut, taking the Fed Funds rate to 4.50% for a total 100 basis points-worth of rate "
        "cuts this year, beginning in September. Investors currently predict just 50 basis points of additional cuts in 2025.",
        [
            c('RUT', 'underperformed', True, 'flag', D, f"beats('RUT','{D}',['SPX','DJI','IXIC'],more=False)", S, 'ordering', 'RUT -1.18% vs Dow -0.61%, S&P -0.39%, Nasdaq -0.32%.', 'leading the decline', cmp='SPX,DJI,IXIC'),
            c('RUT', 'daily_pct_change', -1.2, '%', D, f"pct('RUT','{D}')", S, 'tolerance_1dp', '-1.182%.', 'closed down 1.2%'),
            c('RUT', 'record_intraday', True, 'flag', '2024-11-25', "is_record('RUT','2024-11-25','high')", S, 'record', 'Intraday high 2,466.49 on 2024-11-25 above every earlier high (2,458.86 in Nov 2021). The close 2,442.03 was NOT a closing record (2,442.74 on 2021-11-08).', 'fresh all-time high three weeks ago', b='intraday high'),
            c('RUT', 'pct_from_ath', 5, '%', D, f"r4(-ret('RUT','2024-11-25','{D}','high','close'))", S, 'bound_more_than', 'From the 2,466.49 intraday record: -5.37%. From the 2024-11-25 close it would be only -4.42% (the day had no closing record, so the intraday reading is the one the text names).', 'lost over 5%', q='more than', b='from intraday record'),
            c('RUT', 'post_election_rally', 11, '%', '2024-11-25', "ret('RUT','2024-11-04','2024-11-25','close','high')", U, 'window_unstated', 'Start and end not stated: 2024-11-05 close to 11-25 close +8.01%, to the 11-25 high +9.10%; 2024-11-04 close to 11-25 close +10.05%, to the high +11.15%.', 'rallying 11%', w='early November..2024-11-25'),
            c('DJI', 'pct_from_ath', 3.5, '%', D, f"below_max('DJI','{D}','1992-01-02')", S, 'hedge_about', 'Record close 45,014.04 on 2024-12-04: 3.47% below.', 'around 3.5%', q='around'),
            c('DJI', 'losing_streak', 9, 'sessions', D, f"run_to('DJI','{D}',-1)", S, 'streak', 'Down every session 2024-12-05..2024-12-17.', 'nine successive losing sessions', w='2024-12-05..2024-12-17'),
            c('DJI', 'longest_streak_since', 'over six years', 'text', D, f"max_run_before('DJI','2024-12-05',-1)", I, 'since_understated', 'No 9-session losing run anywhere in the file (1992 on); the longest earlier runs are 8 sessions (last ended 2018-06-21). A run this long was last seen in 1978 (before the file), so "in over six years" understates it.', 'worst run in over six years'),
            c('SPX', 'pct_from_ath', 'just below', 'text', D, f"below_max('SPX','{D}','1927-12-30')", S, 'comparison', 'Record close 6,090.27 (2024-12-06); 0.65% below.', 'just below all-time highs'),
            c('NDX', 'record_close', True, 'flag', '2024-12-16', "is_record('NDX','2024-12-16')", S, 'record', 'NDX 22,096.66 on Monday 2024-12-16 above every earlier close.', 'record high on Monday'),
            c('TSLA', 'intraday_pct_change', -3, '%', '2024-12-18', None, U, 'series_not_in_files', 'Single stocks are not in the files.', 'Tesla dropped 3%'),
            c('US10Y', 'yield_level', 4.40, '%', '2024-12-18', None, U, 'intraday_yield', 'A morning (intraday) yield; FRED end-of-day DGS10 was 4.40 on 2024-12-17 (not above) and 4.50 on 12-18 after the Fed.', 'above 4.40%', q='above', b='intraday'),
            c('FEDFUNDS', 'target_after_decision', 4.50, '%', '2024-12-18', None, F, 'forecast', 'Consensus expectation before the decision; not judged (the cut did happen, upper bound 4.50 from 2024-12-19).', 'taking the Fed Funds rate to 4.50%'),
            c('FEDFUNDS', 'first_cut_of_year', '2024-09', 'month', D, "first_cut_in_year(2024)", S, 'fed_calendar', 'First 2024 cut decided 2024-09-18 (effective 09-19); cuts so far 50+25 bp, so a 25 bp cut makes 100 bp.', 'beginning in September'),
            c('FEDFUNDS', 'expected_cuts_2025', 50, 'bp', D, None, U, 'futures_not_in_files', 'Market-implied path for 2025; no futures for 2025 contracts in the files.', '50 basis points of additional cuts'),
        ])

# ---------------------------------------------------------------- 13
D = '2024-12-18'
passage('bloomingbit_20241219_dow_longest_decline', 'bloomingbit.io',
        'https://en.bloomingbit.io/feed/news/80277', 'Bloomingbit (Hankyung)',
        '2024-12-19', 'medium',
        'Korean morning briefing on "the 18th (local time)" session; published 2024-12-19 Korea time (inferred).',
        "The Dow Jones Industrial Average recorded its longest decline in 50 years, falling for 10 consecutive trading days, "
        "after the Federal Reserve said it would slow the pace of interest rate cuts next year. On the 18th (local time) at the "
        "New York Stock Exchange, the Dow fell 1,123.03 points (2.58%) to 42,326.87, the S&P 500 dropped 178.45 points (2.95%) "
        "to 5,872.16, and the Nasdaq Composite fell 716.37 points (3.56%) to 19,392.69. The Russell 2000 index of small and "
        "mid-cap stocks plunged 4.36%. The Dow has fallen for 10 consecutive trading days since the 5th, its longest decline in "
        "50 years since the 11 consecutive days of decline in October 1974. Two hours before the close the Fed announced a 0.25% "
        "point cut in the base rate, but its 'dot plot' projected only 0.5% points of cuts next year, a retreat from the previous "
        "forecast of a 1% point cut. A sharp rise in the volatility index compiled by the Chicago Board Options Exchange "
        "signaled increased uncertainty.",
        [
            c('DJI', 'losing_streak', 10, 'sessions', D, f"run_to('DJI','{D}',-1)", S, 'streak', 'Down every session 2024-12-05..2024-12-18.', 'falling for 10 consecutive', w='2024-12-05..2024-12-18'),
            c('DJI', 'daily_point_change', -1123.03, 'points', D, f"chg('DJI','{D}')", S, 'tolerance_2dp', '-1,123.03.', '1,123.03 points'),
            c('DJI', 'daily_pct_change', -2.58, '%', D, f"pct('DJI','{D}')", S, 'tolerance_2dp', '-2.585%.', '(2.58%)'),
            c('DJI', 'close_level', 42326.87, 'points', D, f"close('DJI','{D}')", S, 'tolerance_2dp', '42,326.87.', '42,326.87'),
            c('SPX', 'daily_point_change', -178.45, 'points', D, f"chg('SPX','{D}')", S, 'tolerance_2dp', '-178.45.', '178.45 points'),
            c('SPX', 'daily_pct_change', -2.95, '%', D, f"pct('SPX','{D}')", S, 'tolerance_2dp', '-2.949%.', '(2.95%)'),
            c('SPX', 'close_level', 5872.16, 'points', D, f"close('SPX','{D}')", S, 'tolerance_2dp', '5,872.16.', '5,872.16'),
            c('IXIC', 'daily_point_change', -716.37, 'points', D, f"chg('IXIC','{D}')", S, 'tolerance_2dp', '-716.37.', '716.37 points'),
            c('IXIC', 'daily_pct_change', -3.56, '%', D, f"pct('IXIC','{D}')", S, 'tolerance_2dp', '-3.562%.', '(3.56%)'),
            c('IXIC', 'close_level', 19392.69, 'points', D, f"close('IXIC','{D}')", S, 'tolerance_2dp', '19,392.69.', '19,392.69'),
            c('RUT', 'daily_pct_change', -4.36, '%', D, f"pct('RUT','{D}')", I, 'imprecise_band', '-4.394% (2,334.08 -> 2,231.51); 0.03 pp off a 2-dp figure.', 'plunged 4.36%'),
            c('DJI', 'streak_start', '2024-12-05', 'date', D, f"run_start('DJI','{D}',-1)", S, 'streak', 'First down day of the run: 2024-12-05 (up 2024-12-04).', 'since the 5th'),
            c('DJI', 'longest_streak_since', '1974-10', 'month', D, None, U, 'history_before_file', 'Needs 1974 Dow history (file starts 1992). Within the file no earlier losing run exceeds 8 sessions, which is consistent.', 'October 1974'),
            c('FEDFUNDS', 'target_change', -0.25, 'pp', D, f"fed_change_after('{D}')", S, 'fed_decision', 'FOMC 2024-12-18; DFEDTARU 4.75 -> 4.50 effective 2024-12-19.', '0.25% point cut'),
            c('FEDFUNDS', 'projected_cuts_2025', 0.5, 'pp', D, None, F, 'forecast', 'Dot-plot projection; not judged.', 'only 0.5% points'),
            c('FEDFUNDS', 'previous_projection_2025', 1, 'pp', '2024-09-18', None, U, 'series_not_in_files', 'Earlier projections (SEP) are not in the files.', '1% point cut'),
            c('VIX', 'daily_pct_change', 'sharp rise', 'flag', D, f"pct('VIX','{D}')", S, 'direction', 'VIX +74.0% (15.87 -> 27.62).', 'sharp rise in the volatility index'),
        ])

# ---------------------------------------------------------------- 14
D = '2025-05-12'
passage('oninvest_20250513_small_caps_tariff_truce', 'en.oninvest.com',
        'https://en.oninvest.com/article/6900', 'Oninvest (citing Barron\'s)',
        '2025-05-13', 'high',
        'The text says "yesterday, May 12"; published 2025-05-13.',
        "Small caps have gained more than their peers on the news of the agreement between the U.S. and China to ease trade "
        "tensions and \"can rally a whole lot more,\" writes Barron's reporter Jacob Sonenshine. On the day the news broke, "
        "yesterday, May 12, small-cap indexes like the Russell 2000 and the S&P SmallCap 600 outperformed the S&P 500. The "
        "Russell 2000 rose 3.42% yesterday, while the S&P SmallCap 600 gained even more, adding 3.67%. By comparison, the S&P "
        "500 climbed 3.26%. The two countries agreed to roll back for 90 days most of the tariffs recently slapped on each "
        "other's goods. After Trump announced his sweeping tariff plan on April 2, stocks plunged: On April 3 alone, the S&P 500 "
        "fell 5%, while the Russell 2000 and S&P SmallCap 600 each dropped about 7%. The recent truce with Beijing has helped "
        "recoup most of these losses.",
        [
            c('QUOTE', 'opinion', 'can rally a whole lot more', 'text', D, None, N, 'quoted_opinion', 'Quoted view.', 'a whole lot more'),
            c('RUT', 'outperformed', True, 'flag', D, f"pct('RUT','{D}') > pct('SPX','{D}')", S, 'ordering', 'RUT +3.42% vs S&P 500 +3.26%.', 'outperformed the S&P 500', cmp='SPX'),
            c('RUT', 'daily_pct_change', 3.42, '%', D, f"pct('RUT','{D}')", S, 'tolerance_2dp', '+3.417%.', 'rose 3.42%'),
            c('SP600', 'daily_pct_change', 3.67, '%', D, None, U, 'series_not_in_files', 'S&P SmallCap 600 is not in the files.', '3.67%'),
            c('SPX', 'daily_pct_change', 3.26, '%', D, f"pct('SPX','{D}')", S, 'tolerance_2dp', '+3.256%.', 'climbed 3.26%'),
            c('SPX', 'daily_pct_change', -5, '%', '2025-04-03', "pct('SPX','2025-04-03')", S, 'tolerance_integer', '-4.84%.', 'fell 5%'),
            c('RUT', 'daily_pct_change', -7, '%', '2025-04-03', "pct('RUT','2025-04-03')", S, 'hedge_about', '-6.59%; "about 7" allows 6-8.', 'each dropped about 7%', q='about'),
            c('SP600', 'daily_pct_change', -7, '%', '2025-04-03', None, U, 'series_not_in_files', 'S&P SmallCap 600 is not in the files.', 'each dropped about 7%', q='about'),
            c('RUT', 'recovered_since', True, 'flag', D, f"ret('RUT','2025-04-02','{D}')", S, 'comparison', 'RUT 2,092.20 on 2025-05-12 vs 2,045.36 on 2025-04-02 (+2.29%); the trough was 1,760.71: all of the losses were recouped.', 'recoup most of these losses', w='2025-04-02..2025-05-12'),
            c('SPX', 'recovered_since', True, 'flag', D, f"ret('SPX','2025-04-02','{D}')", S, 'comparison', 'S&P 500 5,844.19 vs 5,670.97 on 2025-04-02 (+3.05%); trough 4,982.77.', 'recoup most of these losses', w='2025-04-02..2025-05-12'),
        ])

# ---------------------------------------------------------------- 15
D = '2025-08-13'
passage('myfxbook_20250814_rut_catches_up', 'myfxbook.com',
        'https://www.myfxbook.com/analysis/russell-2000-catches-up-with-the-giants/39946', 'FxPro Analyst Team (via Myfxbook)',
        '2025-08-14', 'medium',
        'Undated; "exceeded 2300 on Wednesday" after "the inflation report released on Tuesday" (July CPI, 2025-08-12) puts the session at Wednesday 2025-08-13; published that evening or the next morning.',
        "Among the major US indices, the Russell 2000 is perhaps the most sensitive to changes in monetary policy and consumer "
        "demand. So it is no surprise that the US small-cap index exceeded 2300 on Wednesday, adding almost 8% to the lows set "
        "on 1 August, compared to 4% for the S&P 500 and 5.5% for the Nasdaq100. The dividing line was a weak labour market "
        "report, which put a September Fed rate cut back on the table. The inflation report released on Tuesday cemented these "
        "expectations, triggering a 4% rally in the Russell 2000 since then. As a result, the Russell 2000 rose to its "
        "January-February highs, only now emerging from the 'tariff pit.' However, it still has a long way to go before "
        "climbing back to its historical highs: the index needs to recover from its current level of 2450 and the double peak "
        "reached in late November 2024 and November 2021.",
        [
            c('RUT', 'level_above', 2300, 'points', D, f"close('RUT','{D}')", S, 'bound_more_than', 'Close 2,328.06 (low 2,296.03).', 'exceeded 2300 on Wednesday', q='above'),
            c('RUT', 'pct_from_low', 8, '%', D, f"ret('RUT','2025-08-01','{D}')", S, 'hedge_nearly', 'From the 2025-08-01 close 2,166.78: +7.44% ("almost 8" allows 7-8.5). From the 08-01 intraday low 2,143.43 it is +8.61%.', 'almost 8%', q='almost', w='2025-08-01..2025-08-13'),
            c('SPX', 'pct_from_low', 4, '%', D, f"ret('SPX','2025-08-01','{D}')", S, 'tolerance_integer', 'From the 08-01 close: +3.66% (from the intraday low +4.09%).', '4% for the S&P 500', w='2025-08-01..2025-08-13'),
            c('NDX', 'pct_from_low', 5.5, '%', D, f"ret('NDX','2025-08-01','{D}')", I, 'imprecise_band', 'From the 08-01 close: +4.77%; from the 08-01 intraday low +5.18%. Either way outside 1-dp tolerance.', '5.5% for the Nasdaq100', w='2025-08-01..2025-08-13'),
            c('RUT', 'change_since_event', 4, '%', D, f"ret('RUT','2025-08-11','{D}')", C, 'window_close_to_close', 'The CPI report came out before Tuesday\'s open: Monday close 2,216.51 to Wednesday close 2,328.06 is +5.03%, 1.03 pp off (just beyond 20% of the true value). From Tuesday\'s open 2,232.06 it would be +4.30%.', '4% rally', w='2025-08-11..2025-08-13'),
            c('RUT', 'at_range_high', True, 'flag', D, f"close('RUT','{D}') >= px('RUT').loc['2025-01-01':'2025-02-28','close'].max()", S, 'comparison', 'Close 2,328.06 vs the January-February 2025 closing high 2,317.97 (2025-01-21).', 'January-February highs'),
            c('RUT', 'level', 2450, 'points', D, f"close('RUT','{D}')", C, 'wrong_level', 'The close was 2,328.06, 5.2% below 2450. The sentence probably meant the ~2450 record zone (closes 2,442.74 / 2,442.03, intraday 2,458.86 / 2,466.49) as the level to recover.', 'current level of 2450'),
            c('RUT', 'double_peak', ['2021-11', '2024-11'], 'months', D, f"[argmax('RUT','2021-01-01','2022-12-31'), argmax('RUT','2024-01-01','2024-12-31')]", S, 'record', 'Highest closes: 2,442.74 on 2021-11-08 and 2,442.03 on 2024-11-25.', 'double peak'),
        ])

# ---------------------------------------------------------------- 16
D = '2025-12-10'
passage('investinglive_20251210_fed_cut_records', 'investinglive.com',
        'https://investinglive.com/stock-market-update/the-us-indices-close-higher-after-the-fed-rate-cut-20251210', 'investingLive',
        '2025-12-10', 'exact',
        'URL dated 20251210; closing wrap of the FOMC decision day.',
        "Fed Chair Powell said the Federal Reserve is \"well-positioned\" on inflation, growth and employment, and his remarks "
        "lifted equities after an early pullback following the Fed's rate cut. By the close, the Dow Jones Industrial Average "
        "finished at a new record high, as did the Russell 2000 small-cap index, while the S&P 500 ended just shy of its own "
        "record. The Dow industrial average rose 497.46 point or 1.05% to 48057.75; the all-time record high close reached on "
        "November 12 was at 48254.82. The S&P index rose 46.17 points or 0.67% to 6886.68, just short of its record high "
        "reached on October 29 at 6890.59. The NASDAQ index rose 77.67 points or 0.33% at 23654.16; its all-time high close "
        "reached on October 29 is at 23958.47. The Russell 2000 rose 33.36 points or 1.32% at 2559.60. The index closed at a "
        "new record high.",
        [
            c('FEDFUNDS', 'target_change', -0.25, 'pp', D, f"fed_change_after('{D}')", S, 'fed_decision', 'FOMC 2025-12-10; DFEDTARU 4.00 -> 3.75 effective 2025-12-11.', "the Fed's rate cut"),
            c('DJI', 'record_close', True, 'flag', D, f"is_record('DJI','{D}')", C, 'record', 'Close 48,057.75 is below the 48,254.82 record of 2025-11-12, which the text itself cites.', 'finished at a new record high'),
            c('SPX', 'pct_from_ath', 'just shy', 'text', D, f"below_max('SPX','{D}','1927-12-30')", S, 'comparison', '0.06% below the 6,890.89 record close.', 'just shy of its own'),
            c('DJI', 'daily_point_change', 497.46, 'points', D, f"chg('DJI','{D}')", S, 'tolerance_2dp', '+497.46.', '497.46 point'),
            c('DJI', 'daily_pct_change', 1.05, '%', D, f"pct('DJI','{D}')", S, 'tolerance_2dp', '+1.046%.', '1.05%'),
            c('DJI', 'close_level', 48057.75, 'points', D, f"close('DJI','{D}')", S, 'tolerance_2dp', '48,057.75.', '48057.75'),
            c('DJI', 'record_close_level', 48254.82, 'points', '2025-11-12', f"close('DJI', argmax('DJI','1992-01-02','2025-12-09'))", S, 'record', 'Record close before 12-10: 48,254.82 on 2025-11-12.', '48254.82'),
            c('SPX', 'daily_point_change', 46.17, 'points', D, f"chg('SPX','{D}')", S, 'tolerance_2dp', '+46.17.', '46.17 points'),
            c('SPX', 'daily_pct_change', 0.67, '%', D, f"pct('SPX','{D}')", S, 'tolerance_2dp', '+0.675%.', '0.67%'),
            c('SPX', 'close_level', 6886.68, 'points', D, f"close('SPX','{D}')", S, 'tolerance_2dp', '6,886.68.', '6886.68'),
            c('SPX', 'record_close_date', '2025-10-29', 'date', D, "argmax('SPX','1927-12-30','2025-12-09')", C, 'record', 'The record close was 6,890.89 on 2025-10-28; 6,890.59 is the 2025-10-29 close, which was not a record.', '6890.59'),
            c('IXIC', 'daily_point_change', 77.67, 'points', D, f"chg('IXIC','{D}')", S, 'tolerance_2dp', '+77.66 in the file.', '77.67 points'),
            c('IXIC', 'daily_pct_change', 0.33, '%', D, f"pct('IXIC','{D}')", S, 'tolerance_2dp', '+0.329%.', '0.33%'),
            c('IXIC', 'close_level', 23654.16, 'points', D, f"close('IXIC','{D}')", S, 'tolerance_2dp', '23,654.15 in the file (0.01 off).', '23654.16'),
            c('IXIC', 'record_close_level', 23958.47, 'points', '2025-10-29', f"close('IXIC', argmax('IXIC','1971-02-05','2025-12-09'))", S, 'record', 'Record close 23,958.47 on 2025-10-29.', '23958.47'),
            c('RUT', 'daily_point_change', 33.36, 'points', D, f"chg('RUT','{D}')", S, 'tolerance_2dp', '+33.37 in the file.', '33.36 points'),
            c('RUT', 'daily_pct_change', 1.32, '%', D, f"pct('RUT','{D}')", S, 'tolerance_2dp', '+1.321%.', '1.32%'),
            c('RUT', 'close_level', 2559.60, 'points', D, f"close('RUT','{D}')", S, 'tolerance_2dp', '2,559.61 in the file.', '2559.60'),
            c('RUT', 'record_close', True, 'flag', D, f"is_record('RUT','{D}')", S, 'record', 'Above the previous record close 2,531.16 (2025-12-04).', 'The index closed at a new record high.'),
        ])

# ---------------------------------------------------------------- 17
D = '2026-01-21'
passage('ginlix_20260122_rut_fresh_record', 'gilin.com.cn',
        'https://www.gilin.com.cn/news/17601-research', 'Ginlix AI',
        '2026-01-22', 'exact',
        'Page dated 2026年1月22日; it analyses the 2026-01-21 session.',
        "The January 21, 2026 trading session marked a milestone for small-cap equities, with the Russell 2000 index leading the "
        "major U.S. benchmarks. The small-cap benchmark closed at 2,698.17, representing a +1.35% gain that outpaced the Dow "
        "Jones Industrial Average (+1.09%), S&P 500 (+0.95%), and NASDAQ Composite (+0.90%), and established a fresh record high "
        "for the Russell 2000. Year-to-date through January 20, 2026, the Russell Microcap Index led with a +7.6% gain, followed "
        "by the Russell 2000 at +6.6%, while the Russell Top 200 declined by -1.3%. Consumer Defensive stocks led all sectors on "
        "January 21 with a +1.91% gain.",
        [
            c('RUT', 'close_level', 2698.17, 'points', D, f"close('RUT','{D}')", S, 'tolerance_2dp', '2,698.17.', '2,698.17'),
            c('RUT', 'daily_pct_change', 1.35, '%', D, f"pct('RUT','{D}')", C, 'contradicted_band', '+1.996% (2,645.36 -> 2,698.17); 0.65 pp off, more than 20% of the true value. The stated close itself implies +2.0%.', '+1.35%'),
            c('RUT', 'outperformed', True, 'flag', D, f"beats('RUT','{D}',['SPX','DJI','IXIC'])", S, 'ordering', 'RUT +2.00% vs Dow +1.21%, S&P +1.16%, Nasdaq +1.18%.', 'outpaced the Dow', cmp='SPX,DJI,IXIC'),
            c('DJI', 'daily_pct_change', 1.09, '%', D, f"pct('DJI','{D}')", I, 'imprecise_band', '+1.214%; 0.12 pp off, within 20%.', '(+1.09%)'),
            c('SPX', 'daily_pct_change', 0.95, '%', D, f"pct('SPX','{D}')", I, 'imprecise_band', '+1.159%; 0.21 pp off, within 20% (0.23).', '(+0.95%)'),
            c('IXIC', 'daily_pct_change', 0.90, '%', D, f"pct('IXIC','{D}')", C, 'contradicted_band', '+1.178%; 0.28 pp off, beyond 20% of the true value (0.24).', '(+0.90%)'),
            c('RUT', 'record_close', True, 'flag', D, f"is_record('RUT','{D}')", S, 'record', 'Above the previous record close 2,677.74 (2026-01-16).', 'fresh record high'),
            c('RUSSELL_MICROCAP', 'ytd_change', 7.6, '%', '2026-01-20', None, U, 'series_not_in_files', 'Russell Microcap is not in the files.', '+7.6%'),
            c('RUT', 'ytd_change', 6.6, '%', '2026-01-20', "ytd('RUT','2026-01-20')", S, 'tolerance_1dp', 'YTD to 2026-01-20: +6.59% (2025 close 2,481.91).', '+6.6%', w='2026 YTD'),
            c('RUSSELL_TOP200', 'ytd_change', -1.3, '%', '2026-01-20', None, U, 'series_not_in_files', 'Russell Top 200 is not in the files.', '-1.3%'),
            c('SECTOR', 'daily_pct_change', 1.91, '%', D, None, U, 'series_not_in_files', 'Sector aggregates are not in the files.', '+1.91%'),
        ])


def load_reference():
    spec = importlib.util.spec_from_file_location('reference', os.path.join(HERE, 'reference.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def write_recipes():
    path = os.path.join(HERE, 'reference.py')
    src = open(path).read()
    lines = ['RECIPES = [']
    for p in PASSAGES:
        for i, cl in enumerate(p['claims']):
            lines.append(f"    ({p['id']!r}, {i}, {cl['expr']!r}),")
    lines.append(']')
    new = re.sub(r'# BEGIN RECIPES\n.*?# END RECIPES', '# BEGIN RECIPES\n' + '\n'.join(lines) + '\n# END RECIPES', src, flags=re.S)
    open(path, 'w').write(new)


def jsonable(v):
    if hasattr(v, 'item'):
        v = v.item()
    return v


def main(argv):
    data = argv[1] if len(argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        print('usage: python build.py PATH/TO/data')
        return 2
    write_recipes()
    ref = load_reference()
    ref.DATA = data
    pout, kout = [], []
    for p in PASSAGES:
        claims = []
        for i, cl in enumerate(p['claims']):
            n = p['text'].count(cl['anchor'])
            assert n == 1, (p['id'], i, cl['anchor'], n)
            val = jsonable(ref.evaluate(cl['expr']))
            claims.append({'index_or_ticker': cl['t'], 'metric': cl['m'], 'value': cl['v'], 'unit': cl['u'],
                           'qualifier': cl['q'], 'ref_date': cl['ref'], 'window': cl['w'],
                           'comparison': cl['cmp'], 'basis': cl['b']})
            detail = cl['note'] if not cl['d'] else cl['note'] + ' ' + cl['d'] + '.'
            detail = (detail + ' ' if detail else '') + ('reference.py: ' + cl['expr'] if cl['expr'] else 'reference.py: none (nothing in the files computes it)')
            kout.append({'passage_id': p['id'], 'claim_index': i, 'index_or_ticker': cl['t'], 'metric': cl['m'],
                         'claimed_value': cl['v'], 'qualifier': cl['q'], 'ref_date_used': cl['ref'],
                         'computed_value': val, 'computed_detail': detail, 'verdict': cl['verdict'],
                         'rule': cl['rule'], 'note': cl['note'], 'anchor_text': cl['anchor']})
        pout.append({'id': p['id'], 'source': {'site': p['site'], 'url': p['url'], 'original_outlet': p['outlet']},
                     'published': p['published'], 'published_confidence': p['conf'], 'published_note': p['pnote'],
                     'text_kind': 'condensed_close_paraphrase', 'text': p['text'], 'claims': claims})
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as fh:
        for r in pout:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as fh:
        for r in kout:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(pout), 'passages,', len(kout), 'claims')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
