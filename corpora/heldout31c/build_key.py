"""Builds passages.jsonl, key.jsonl and reference.py for corpora/heldout31c.
Usage: python build_key.py PATH/TO/data   (or env CAPSCOPE_DATA_DIR). Outputs are written beside this script."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import helpers_src as H
from helpers_src import *

DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
if not DATA:
    sys.exit('give the data directory as argv[1] or CAPSCOPE_DATA_DIR')
set_data(DATA)

S, I, C, U, F, N = 'supported', 'imprecise', 'contradicted', 'unverifiable', 'forecast', 'not_checkable'
P = []  # passages


def passage(pid, site, url, outlet, published, conf, note, text, claims):
    P.append(dict(id=pid, site=site, url=url, outlet=outlet, published=published, conf=conf, note=note, text=text, claims=claims))


def c(tk, metric, value, unit, ref, anchor, recipe, verdict, rule, note, qualifier=None, window=None, comparison=None, basis='close'):
    return dict(index_or_ticker=tk, metric=metric, value=value, unit=unit, qualifier=qualifier, ref_date=ref, window=window,
                comparison=comparison, basis=basis, anchor=anchor, recipe=recipe, verdict=verdict, rule=rule, note=note)

TOL = 'within tolerance'
UNV = 'series not in the files'

# ---------------------------------------------------------------- 1
d = '1998-10-15'
passage('lubbockonline_19981016_fed_surprise_cut', 'lubbockonline.com',
        'http://lubbockonline.com/stories/98/101698/1016980011.shtml', 'Associated Press', '1998-10-16', 'exact',
        'Page says "Published: Friday, October 16, 1998"; the story is about Thursday 1998-10-15 (unscheduled FOMC cut).',
        "Rate cuts trigger market surge. Dow, bond prices soar in response to Fed's surprise move. Published: Friday, October 16, 1998. "
        "WASHINGTON (AP) For the second time in just over two weeks the Federal Reserve acted Thursday to shield the U.S. economy from a "
        "spreading global crisis, trimming two key interest rates by a quarter-point, and the surprise cuts set off an explosive rally on Wall Street. "
        "The Dow Jones industrial average ended the day up 330.58 points at 8,299.36, its third-biggest point gain in history. Bond prices soared as well. "
        "Banks answered at once by lowering their prime lending rates by a quarter-point to 8 percent, its lowest level in four years. "
        "Thursday's cut marked the first time in four years that the central bank has changed interest rates between regular meetings of its "
        "policy-setting Federal Open Market Committee. The Fed said it was reducing its target for the federal funds rate to 5 percent from 5.25 percent, "
        "and it lowered its discount rate by a quarter-point to 4.75 percent. Many analysts had expected the Fed to wait until its next FOMC meeting on Nov. 17 to cut.",
        [
            c('DJI', 'daily_change_points', 330.58, 'points', d, '330.58', "chg('DJI','1998-10-15')", S, TOL, 'Close 8299.36 vs 7968.78 the day before.'),
            c('DJI', 'close', 8299.36, 'index', d, '8,299.36', "close('DJI','1998-10-15')", S, TOL, ''),
            c('DJI', 'rank_point_gain', 3, 'rank', d, 'third-biggest point gain in history', "rank_point_gain('DJI','1998-10-15')", S, 'rank of daily point moves up to that day',
              'Only 1998-09-08 (+380.53) and 1997-10-28 (+337.10 in the file) were larger. The file starts 1992-01-02; no pre-1992 daily point gain came near 330 (the 1987 record was about 187), so the caveat does not change the rank.'),
            c('FEDFUNDS', 'target_change', 5.0, 'percent', d, 'to 5 percent from 5.25 percent', "fed_changes('1998-10-15','1998-10-15')", S, TOL,
              'DFEDTAR moves 5.25 -> 5.00 on 1998-10-15 (FOMC_meetings: unscheduled conference call).'),
            c('FEDFUNDS', 'cuts_in_window', 2, 'count', d, 'second time in just over two weeks', "fed_changes('1998-09-28','1998-10-15')", S, TOL,
              'Cuts effective 1998-09-29 and 1998-10-15, 16 days apart: the second move in just over two weeks.', window='1998-09-29..1998-10-15'),
            c('FEDFUNDS', 'last_intermeeting_move', '1994', 'year', d, 'first time in four years that the central bank has changed', "last_unscheduled_before('1998-10-15')", S, 'since X: X must be the last such event',
              'Previous unscheduled action in FOMC_meetings.csv: 1994-04-18, four and a half years earlier.', comparison='since'),
            c('PRIME', 'prime_rate', 8.0, 'percent', d, 'to 8 percent', 'None', U, UNV, 'Bank prime rate (and "lowest level in four years") is not in the files.'),
            c('DISCOUNT', 'discount_rate', 4.75, 'percent', d, '4.75 percent', 'None', U, UNV, 'Discount rate is not in the files.'),
            c('FEDFUNDS', 'next_meeting', '1998-11-17', 'date', d, 'Nov. 17', "next_fomc_after('1998-10-15')", S, 'FOMC calendar', 'Next decision day after 1998-10-15 in FOMC_meetings.csv is 1998-11-17.'),
        ])

# ---------------------------------------------------------------- 2
d = '1999-04-29'
passage('baltimoresun_19990430_dow_third_straight_record', 'articles.baltimoresun.com',
        'http://articles.baltimoresun.com/1999-04-30/business/9904300234_1_index-stock-exchange-technology-stocks', 'Bloomberg News', '1999-04-30', 'exact',
        'Dated April 30, 1999 on the page and in the URL; "yesterday" is Thursday 1999-04-29.',
        "Dow hits new high; tech issues slip again. Blue-chip index rises 32 points, to 10,878, while Nasdaq drops 21. April 30, 1999, By BLOOMBERG NEWS. "
        "NEW YORK -- The Dow Jones industrial average notched its third straight record-high close yesterday, but stock prices ended mixed as investors sold "
        "technology stocks again and bought financial issues after bond-market interest rates fell. The Dow came back from a midafternoon slump that knocked it "
        "from an 82-point gain, briefly sending it 11 points into minus territory, and finished 32.93 higher at 10,878.38. Oil, metals and financial companies "
        "led the 30-stock average to its fifth record in seven sessions. The Nasdaq composite index, hit hard lately by selling of technology issues, fell 21.93 "
        "to 2,528.44, and the Standard & Poor's 500 index lost 8.08 to 1,342.83. The Russell 2,000 index, a benchmark of small-cap stocks, slipped 0.68 to 432.85. "
        "In the bond market, the 30-year Treasury yield fell six basis points, to 5.52 percent.",
        [
            c('DJI', 'daily_change_points', 32, 'points', d, 'rises 32 points', "chg('DJI','1999-04-29')", I, 'truncated figure is imprecise', 'Headline: 32 for +32.93 (the body gives 32.93); rounding would give 33.'),
            c('DJI', 'close', 10878, 'index', d, 'to 10,878,', "close('DJI','1999-04-29')", S, TOL, 'Headline level 10,878 for 10878.38 (rounds to 10,878).'),
            c('IXIC', 'daily_change_points', -21, 'points', d, 'Nasdaq drops 21', "chg('IXIC','1999-04-29')", I, 'truncated figure is imprecise', 'Headline: 21 for -21.93 (the body gives 21.93).'),
            c('DJI', 'record_close_run', 3, 'sessions', d, 'third straight record-high close', "record_run('DJI','1999-04-29')", S, 'records: above every earlier close', 'Records on 04-27, 04-28 and 04-29.'),
            c('DJI', 'intraday_gain_points', 82, 'points', d, 'an 82-point gain', "high_move('DJI','1999-04-29')", I, 'session extreme; truncated figure',
              'Read as the session peak: high 10928.21 vs previous close 10845.45 = +82.76, so "82" is a truncation. Read as an unspecified mid-session level inside the range it would be unverifiable.', basis='intraday high'),
            c('DJI', 'intraday_loss_points', -11, 'points', d, '11 points into minus territory', "low_move('DJI','1999-04-29')", S, 'session extreme, integer tolerance',
              'Session low 10834.86 vs previous close = -10.59, which rounds to 11.', basis='intraday low', qualifier='briefly'),
            c('DJI', 'daily_change_points', 32.93, 'points', d, '32.93', "chg('DJI','1999-04-29')", S, TOL, ''),
            c('DJI', 'close', 10878.38, 'index', d, '10,878.38', "close('DJI','1999-04-29')", S, TOL, ''),
            c('DJI', 'records_in_window', 5, 'count', d, 'fifth record in seven sessions', "records_in_last('DJI','1999-04-29',7)", S, TOL, 'Record closes in the 7 sessions ending 04-29: 5.', window='7 sessions'),
            c('IXIC', 'daily_change_points', -21.93, 'points', d, '21.93', "chg('IXIC','1999-04-29')", S, TOL, ''),
            c('IXIC', 'close', 2528.44, 'index', d, '2,528.44', "close('IXIC','1999-04-29')", S, TOL, ''),
            c('SPX', 'daily_change_points', -8.08, 'points', d, '8.08', "chg('SPX','1999-04-29')", S, TOL, ''),
            c('SPX', 'close', 1342.83, 'index', d, '1,342.83', "close('SPX','1999-04-29')", S, TOL, ''),
            c('RUT', 'daily_change_points', -0.68, 'points', d, '0.68', "chg('RUT','1999-04-29')", S, TOL, ''),
            c('RUT', 'close', 432.85, 'index', d, '432.85', "close('RUT','1999-04-29')", S, TOL, ''),
            c('US30Y', 'yield', 5.52, 'percent', d, '5.52 percent', 'None', U, UNV, 'The 30-year yield (and its six-basis-point drop) is not in the files (only DGS10, DGS2).', basis='end of day'),
        ])

# ---------------------------------------------------------------- 3
d = '1999-11-26'
passage('latimes_19991127_nasdaq_record_short_session', 'latimes.com',
        'https://www.latimes.com/archives/la-xpm-1999-nov-27-fi-37953-story.html', 'Los Angeles Times (Times Wire Services)', '1999-11-27', 'exact',
        'Date in the URL (1999-nov-27); the text is about Friday 1999-11-26, the shortened session after Thanksgiving.',
        "Nasdaq Again Sets Record; Dow Declines. From Times Wire Services. Internet stocks carried Nasdaq to another record high, while late profit-taking "
        "pushed the Dow blue chips into negative territory in Friday's abbreviated session. The Nasdaq composite index rose 27.31 points, or 0.8%, to 3,447.81, "
        "the Dow Jones industrial average fell 19.26 points, or 0.2%, to 10,988.91 and the S&P 500 index dipped 0.46 point to 1,416.62. Trading was cut short "
        "because of the extended Thanksgiving holiday and volume was extremely light. Tech strength pushed Nasdaq into record territory for the 16th time in "
        "20 trading days. But a sell-off wiped out an earlier 47-point gain on the Dow. The yield on the benchmark 30-year Treasury bond jumped to 6.23% from 6.20% Wednesday.",
        [
            c('IXIC', 'record_close', True, 'flag', d, 'another record high', "is_record_close('IXIC','1999-11-26')", S, 'records: above every earlier close', ''),
            c('IXIC', 'daily_change_points', 27.31, 'points', d, '27.31', "chg('IXIC','1999-11-26')", S, TOL, ''),
            c('IXIC', 'daily_change_pct', 0.8, 'percent', d, '27.31 points, or 0.8%', "pct('IXIC','1999-11-26')", S, TOL, '+0.80%.'),
            c('IXIC', 'close', 3447.81, 'index', d, '3,447.81', "close('IXIC','1999-11-26')", S, TOL, ''),
            c('DJI', 'daily_change_points', -19.26, 'points', d, '19.26', "chg('DJI','1999-11-26')", S, TOL, ''),
            c('DJI', 'daily_change_pct', -0.2, 'percent', d, '0.2%', "pct('DJI','1999-11-26')", S, TOL, '-0.17%, rounds to -0.2%.'),
            c('DJI', 'close', 10988.91, 'index', d, '10,988.91', "close('DJI','1999-11-26')", S, TOL, ''),
            c('SPX', 'daily_change_points', -0.46, 'points', d, '0.46', "chg('SPX','1999-11-26')", S, TOL, ''),
            c('SPX', 'close', 1416.62, 'index', d, '1,416.62', "close('SPX','1999-11-26')", S, TOL, ''),
            c('IXIC', 'records_in_window', 16, 'count', d, '16th time in 20 trading days', "records_in_last('IXIC','1999-11-26',20)", S, TOL, '16 record closes in the 20 sessions ending 11-26.', window='20 sessions'),
            c('DJI', 'intraday_gain_points', 47, 'points', d, '47-point gain', "high_move('DJI','1999-11-26')", S, 'session extreme, integer tolerance', 'High 11055.58 vs previous close 11008.17 = +47.41.', basis='intraday high', qualifier='earlier'),
            c('US30Y', 'yield', 6.23, 'percent', d, '6.23%', 'None', U, UNV, '30-year yield (6.23% from 6.20%) is not in the files.', basis='end of day'),
        ])

# ---------------------------------------------------------------- 4
d = '1999-12-20'
passage('onlineathens_19991221_dow_drops_113_nasdaq_rises', 'onlineathens.com',
        'http://onlineathens.com/stories/122199/bus_1221990037.shtml', 'Athens Banner-Herald (wire report)', '1999-12-21', 'exact',
        'Page says "Posted: Tuesday, December 21, 1999"; the session described is Monday 1999-12-20.',
        "Dow drops 113 points; Nasdaq rises. Posted: Tuesday, December 21, 1999. NEW YORK -- Stocks ended mostly lower Monday as bond yields jumped on fear "
        "that the Federal Reserve will hint on Tuesday that further rate increases may be needed. The Dow Jones industrial average fell 113.16 to close at 11,144.27. "
        "At one point, the Dow had been up more than 50 points. Broader indicators were mixed. The Nasdaq composite index gave up some of its early momentum but "
        "still finished with a gain of 30.81, closing at 3,783.87, which marked the Nasdaq's 55th new closing high of 1999. The Standard & Poor's 500 fell 2.96 to 1,418.09. "
        "The yield on the 30-year Treasury bond rose to 6.44 percent by late afternoon; the last time bonds closed with a higher yield was Sept. 15, 1997. "
        "Bonds fell amid worries about the Federal Reserve's last policy-making meeting of the year, set for Tuesday. The Fed has raised short-term interest rates three times in 1999.",
        [
            c('DJI', 'daily_change_points', -113.16, 'points', d, '113.16', "chg('DJI','1999-12-20')", S, TOL, ''),
            c('DJI', 'close', 11144.27, 'index', d, '11,144.27', "close('DJI','1999-12-20')", S, TOL, ''),
            c('DJI', 'intraday_gain_points', 50, 'points', d, 'up more than 50 points', "high_move('DJI','1999-12-20')", S, 'more than: true > claim',
              'High 11310.03 vs previous close 11257.43 = +52.60.', qualifier='more than', basis='intraday high'),
            c('IXIC', 'daily_change_points', 30.81, 'points', d, '30.81', "chg('IXIC','1999-12-20')", S, TOL, ''),
            c('IXIC', 'close', 3783.87, 'index', d, '3,783.87', "close('IXIC','1999-12-20')", S, TOL, ''),
            c('IXIC', 'records_in_year', 55, 'count', d, '55th new closing high of 1999', "records_in_year('IXIC','1999-12-20')", S, TOL, '55 record closes from 1999-01-04 to 1999-12-20, the last on 12-20.', window='1999 YTD'),
            c('SPX', 'daily_change_points', -2.96, 'points', d, '2.96', "chg('SPX','1999-12-20')", S, TOL, 'File: -2.94 (1418.09 vs 1421.03); 0.02 off, within the 2-dp tolerance.'),
            c('SPX', 'close', 1418.09, 'index', d, '1,418.09', "close('SPX','1999-12-20')", S, TOL, ''),
            c('US30Y', 'yield', 6.44, 'percent', d, '6.44 percent', 'None', U, UNV, 'The 30-year yield, its late-afternoon level and "highest close since Sept. 15, 1997" are not in the files; intraday yields are unverifiable in any case.', basis='late afternoon'),
            c('FEDFUNDS', 'next_meeting', '1999-12-21', 'date', d, 'last policy-making meeting of the year, set for Tuesday', "[next_fomc_after('1999-12-20'), next_fomc_after('1999-12-21')]", S, 'FOMC calendar',
              'Decision day 1999-12-21 (Tuesday); the next one is 2000-02-02, so it is the last of 1999.'),
            c('FEDFUNDS', 'hikes_in_year', 3, 'count', d, 'three times in 1999', "fed_changes('1999-01-01','1999-12-20')", S, TOL, 'DFEDTAR raised on 1999-06-30, 1999-08-24 and 1999-11-16 (4.75 -> 5.50).', window='1999'),
        ])

# ---------------------------------------------------------------- 5
d = '1999-12-28'
passage('thestreet_19991228_nasdaq_skitters_from_4000', 'thestreet.com',
        'https://www.thestreet.com/markets/nasdaq-skitters-away-from-4000-while-dow-sets-new-standard-849615', 'TheStreet.com', '1999-12-28', 'high',
        'No date on the page ("Publish date:" empty). Every level fits only Tuesday 1999-12-28: Dow record close 11476.71, Nasdaq 3972.11 and intraday high 4022.51; the Nasdaq first closed above 4000 the next day.',
        "Nasdaq Skitters Away From 4000 While Dow Sets New Standard. Nervous hands could not keep hold of the slippery 4000 mark. Up 81.2% year-to-date, the "
        "Nasdaq Composite Index hardly deserves pity today for failing to close above 4000 for the first time ever. A late-session stumble took the Comp well off "
        "its highs and into the red, spoiling its bid to close above 4K. The Comp fell 3.27 to 3972.11. It slumped early, bottoming within a half-hour of the open "
        "with a loss of 32.34 to 3943.04, before buyers came back; the Comp peaked at 4022.51, an all-time intraday high, around 2 p.m. EST. Meanwhile the Dow Jones "
        "Industrial Average easily topped its previous all-time closing high, rising 85.63, or 0.8%, to a record 11,476.71. The S&P 500 rose 0.57, or 0.04%, to 1457.66, "
        "just shy of an all-time closing high. The small-cap Russell 2000 gained 4.02, or 0.8%, to 488.48.",
        [
            c('IXIC', 'ytd_pct', 81.2, 'percent', d, '81.2%', "ytd_pct('IXIC','1999-12-28')", S, TOL, '3972.11 vs 2192.69 at the end of 1998 = +81.15%.', window='1999 YTD'),
            c('IXIC', 'never_closed_above', 4000, 'index', d, 'for the first time ever', "[max_close_before('IXIC','1999-12-28'), close('IXIC','1999-12-28'), first_close_above('IXIC',4000)]", S, 'records',
              'The Nasdaq had never closed above 4000 (best close 3975.38 before this day); it did so first on 1999-12-29. The phrase is a joke on a first failure, read as "never closed above 4000".'),
            c('IXIC', 'daily_change_points', -3.27, 'points', d, '3.27', "chg('IXIC','1999-12-28')", S, TOL, ''),
            c('IXIC', 'close', 3972.11, 'index', d, '3972.11', "close('IXIC','1999-12-28')", S, TOL, ''),
            c('IXIC', 'intraday_loss_points', -32.34, 'points', d, '32.34', "low_move('IXIC','1999-12-28')", S, 'session extreme', 'Low 3943.04 vs previous close 3975.38.', basis='intraday low'),
            c('IXIC', 'intraday_low', 3943.04, 'index', d, '3943.04', "low('IXIC','1999-12-28')", S, TOL, '', basis='intraday low'),
            c('IXIC', 'intraday_high', 4022.51, 'index', d, '4022.51', "high('IXIC','1999-12-28')", S, TOL, 'The "around 2 p.m." timing cannot be checked.', basis='intraday high'),
            c('IXIC', 'record_intraday_high', True, 'flag', d, 'all-time intraday high', "is_record_high('IXIC','1999-12-28')", S, 'intraday record: above every earlier high', '', basis='intraday high'),
            c('DJI', 'daily_change_points', 85.63, 'points', d, '85.63', "chg('DJI','1999-12-28')", S, TOL, ''),
            c('DJI', 'daily_change_pct', 0.8, 'percent', d, '85.63, or 0.8%', "pct('DJI','1999-12-28')", S, TOL, '+0.75%, rounds to 0.8%.'),
            c('DJI', 'record_close', True, 'flag', d, 'to a record 11,476.71', "is_record_close('DJI','1999-12-28')", S, 'records', 'Previous record close 11405.76 (1999-12-23).'),
            c('DJI', 'close', 11476.71, 'index', d, '11,476.71', "close('DJI','1999-12-28')", S, TOL, ''),
            c('SPX', 'daily_change_points', 0.57, 'points', d, '0.57', "chg('SPX','1999-12-28')", S, TOL, 'File: +0.56; within tolerance.'),
            c('SPX', 'daily_change_pct', 0.04, 'percent', d, '0.04%', "pct('SPX','1999-12-28')", S, TOL, ''),
            c('SPX', 'close', 1457.66, 'index', d, '1457.66', "close('SPX','1999-12-28')", S, TOL, ''),
            c('SPX', 'near_record_close', 1458.34, 'index', d, 'just shy of an all-time closing high', "max_close_before('SPX','1999-12-28')", S, 'records',
              'Record close before the day 1458.34 (1999-12-23); 1457.66 is 0.68 points short.'),
            c('RUT', 'daily_change_points', 4.02, 'points', d, '4.02', "chg('RUT','1999-12-28')", S, TOL, ''),
            c('RUT', 'daily_change_pct', 0.8, 'percent', d, '4.02, or 0.8%', "pct('RUT','1999-12-28')", S, TOL, '+0.83%.'),
            c('RUT', 'close', 488.48, 'index', d, '488.48', "close('RUT','1999-12-28')", S, TOL, ''),
        ])

# ---------------------------------------------------------------- 6
d = '2001-04-18'
passage('thisismoney_20010418_shock_fed_cut', 'thisismoney.co.uk',
        'https://www.thisismoney.co.uk/money/news/article-1555299/Wall-Street-Wednesday-close.html', 'This is Money', '2001-04-18', 'high',
        'No date on the page; "Wednesday close", a mid-session half-point cut between meetings, Dow +399.10 to 10615.83 and Nasdaq +156.22 fit only Wednesday 2001-04-18.',
        "Wall Street: Wednesday close. A SHOCK cut in official interest rates sent Wall Street to gains among the biggest on record. The Federal Reserve slashed rates "
        "by 0.5%, its fourth cut this year, to shore up a sagging US economy. The Dow Jones Industrial Average leapt 399.10 points or 3.91% to 10,615.83, its third "
        "biggest points gain ever, and the frantic volume helped lift the Dow to within 1,100 of its record closing high. The Nasdaq Index vaulted 156.22 points or 8.12% "
        "to 2,079.44, its fourth biggest percentage gain in its history; the Nasdaq rests 59% below its record high of 10 March, 2000. The Federal Funds rate was cut by "
        "0.5% to 4.5% and the discount rate by 0.5% to 4%. The cut came in the middle of a trading session and between scheduled Fed meetings.",
        [
            c('FEDFUNDS', 'target_change', -0.5, 'pp', d, 'slashed rates by 0.5%', "fed_changes('2001-04-18','2001-04-18')", S, TOL, 'DFEDTAR 5.0 -> 4.5 on 2001-04-18.'),
            c('FEDFUNDS', 'cuts_ytd', 4, 'count', d, 'its fourth cut this year', "fed_changes('2001-01-01','2001-04-18')", S, TOL, 'Cuts effective 01-03, 01-31, 03-20, 04-18.', window='2001 YTD'),
            c('DJI', 'daily_change_points', 399.10, 'points', d, '399.10', "chg('DJI','2001-04-18')", S, TOL, ''),
            c('DJI', 'daily_change_pct', 3.91, 'percent', d, '3.91%', "pct('DJI','2001-04-18')", S, TOL, ''),
            c('DJI', 'close', 10615.83, 'index', d, '10,615.83', "close('DJI','2001-04-18')", S, TOL, ''),
            c('DJI', 'rank_point_gain', 3, 'rank', d, 'third biggest points gain ever', "rank_point_gain('DJI','2001-04-18')", S, 'rank of daily point moves',
              'Larger in the file: 2000-03-16 (+499.19) and 2001-04-05 (+402.63). The file starts 1992; pre-1992 daily point gains were far smaller, so the rank stands.'),
            c('DJI', 'pts_from_record_close', 1100, 'points', d, 'within 1,100', "pts_below_record('DJI','2001-04-18')", I, 'within: true < claim; point distance within 20%',
              'Record close 11722.98 (2000-01-14) is 1107.15 points above 10615.83: just over 1,100, not within it.', qualifier='within'),
            c('IXIC', 'daily_change_points', 156.22, 'points', d, '156.22', "chg('IXIC','2001-04-18')", S, TOL, ''),
            c('IXIC', 'daily_change_pct', 8.12, 'percent', d, '8.12%', "pct('IXIC','2001-04-18')", S, TOL, ''),
            c('IXIC', 'close', 2079.44, 'index', d, '2,079.44', "close('IXIC','2001-04-18')", S, TOL, ''),
            c('IXIC', 'rank_pct_gain', 4, 'rank', d, 'fourth biggest percentage gain', "rank_pct_gain('IXIC','2001-04-18')", S, 'rank of daily percent moves', 'Larger daily percent gains: 2001-01-03 (+14.17%), 2000-12-05 (+10.48%), 2001-04-05 (+8.92%). File starts 1971-02-05, the index history.'),
            c('IXIC', 'pct_from_record_close', 59, 'percent', d, '59% below', "pct_below_record('IXIC','2001-04-18')", S, TOL, '58.81% below the 5048.62 record close.'),
            c('IXIC', 'record_close_date', '2000-03-10', 'date', d, '10 March, 2000', "record_close_date_before('IXIC','2001-04-18')", S, 'record date', ''),
            c('FEDFUNDS', 'target_level', 4.5, 'percent', d, 'cut by 0.5% to 4.5%', "fedtar('2001-04-18')", S, TOL, ''),
            c('DISCOUNT', 'discount_rate', 4.0, 'percent', d, 'by 0.5% to 4%', 'None', U, UNV, 'Discount rate is not in the files.'),
            c('FEDFUNDS', 'unscheduled', True, 'flag', d, 'between scheduled Fed meetings', "last_unscheduled_before('2001-04-19')", S, 'FOMC calendar', 'FOMC_meetings.csv lists 2001-04-18 as unscheduled. The mid-session timing is not in the files.'),
        ])

# ---------------------------------------------------------------- 7
d = '2002-07-19'
passage('gainesville_20020720_dow_four_year_low', 'gainesville.com',
        'https://www.gainesville.com/story/news/2002/07/20/market-on-page-7a-continued-from-1a-stock-index-down-20-in-2002-dow-dives-to-4-year-low-point/64293178007/',
        'The New York Times (via The Gainesville Sun)', '2002-07-20', 'exact', 'Date in the URL; the session is Friday 2002-07-19.',
        "STOCK INDEX DOWN 20% IN 2002 -- Dow dives to 4-year low point. By JONATHAN FUERBRINGER, The New York Times. NEW YORK - Stocks kept plunging Friday in a "
        "four-month rout that has taken the major indexes below their lows of last September and to levels that, if they hold, will make this the worst year for the "
        "market since the 1970s. The Dow Jones industrial average, which had been the strongest of the major indexes, fell 390 points to its lowest level since October 1998, "
        "completing its worst two weeks since the 1987 crash with a loss of 14.5 percent. For 2002, the Dow is down 20 percent, and the other major indexes are down far more.",
        [
            c('DJI', 'ytd_pct', -20, 'percent', d, 'DOWN 20% IN 2002', "ytd_pct('DJI','2002-07-19')", S, TOL, 'Headline: -19.98% (8019.26 vs 10021.57).', window='2002 YTD'),
            c('DJI', 'lowest_since', '1998', 'year', d, '4-year low point', "lowest_close_since('DJI','2002-07-19')", S, 'lowest since X',
              'Last close at or below 8019.26 was 1998-10-14, 3.8 years earlier: a four-year low in round terms.', comparison='since'),
            c('DJI,SPX,IXIC', 'below_level', None, 'index', d, 'below their lows of last September', "[min_close('DJI','2001-09-01','2001-09-30'), close('DJI','2002-07-19'), min_close('SPX','2001-09-01','2001-09-30'), close('SPX','2002-07-19'), min_close('IXIC','2001-09-01','2001-09-30'), close('IXIC','2002-07-19')]",
              S, 'levels', 'September 2001 closing lows 8235.81, 965.80, 1423.19; closes 8019.26, 847.75, 1319.15: all three below.'),
            c('GENERIC', 'conditional', None, None, d, 'if they hold', 'None', N, 'conditional', '"if they hold, will make this the worst year ... since the 1970s" is conditional on the rest of the year.'),
            c('DJI', 'strongest_ytd', True, 'flag', d, 'strongest of the major indexes', "[ytd_pct('DJI','2002-07-19'), ytd_pct('SPX','2002-07-19'), ytd_pct('IXIC','2002-07-19')]", S, 'ordering',
              'YTD: Dow -19.98%, S&P 500 -26.16%, Nasdaq -32.37%.'),
            c('DJI', 'daily_change_points', -390, 'points', d, 'fell 390 points', "chg('DJI','2002-07-19')", S, TOL, '-390.23.'),
            c('DJI', 'lowest_since', '1998-10', 'month', d, 'lowest level since October 1998', "lowest_close_since('DJI','2002-07-19')", S, 'lowest since X', 'Last close at or below: 1998-10-14.', comparison='since'),
            c('DJI', 'worst_two_weeks_since', '1987', 'year', d, 'worst two weeks since the 1987 crash', "last_weeks_as_bad('DJI','2002-07-19',2)", S, 'worst since X (caveat: file starts 1992)',
              'Friday-to-Friday two-week change -14.50%; the worst earlier two-week change in the file (from 1992) is -14.26% (2001-09-07 to 09-21). 1987-1991 is not in the file, so only the "nothing worse since 1992" part is checked. A 10-session reading would find the window ending 2001-09-21 (it spans the four-day closure) as bad.', window='2 weeks'),
            c('DJI', 'window_pct', -14.5, 'percent', d, '14.5 percent', "win_pct('DJI','2002-07-05','2002-07-19')", S, TOL, '8019.26 vs 9379.50 on 2002-07-05.', window='2002-07-05..2002-07-19'),
            c('DJI', 'ytd_pct', -20, 'percent', d, 'the Dow is down 20 percent', "ytd_pct('DJI','2002-07-19')", S, TOL, '-19.98%.', window='2002 YTD'),
            c('SPX,IXIC', 'ytd_pct_compare', None, 'percent', d, 'down far more', "[ytd_pct('SPX','2002-07-19'), ytd_pct('IXIC','2002-07-19')]", S, 'ordering', 'S&P 500 -26.16%, Nasdaq -32.37% YTD.'),
        ])

# ---------------------------------------------------------------- 8
d = '2004-04-12'
passage('latimes_20040413_modest_rally_yields_rise', 'latimes.com',
        'https://www.latimes.com/archives/la-xpm-2004-apr-13-fi-markets13-story.html', 'Los Angeles Times (Times Staff and Wire Reports)', '2004-04-13', 'exact',
        'Date in the URL; the session is Monday 2004-04-12, after the Good Friday closure.',
        "Modest Rally Lifts Major Indexes; Bond Yields Rise. Investors came back from the long holiday weekend in a better mood, lifting major stock indexes modestly "
        "higher Monday in light trading. The Dow Jones industrial average gained 73.53 points, or 0.7%, to 10,515.56, after losing 0.3% from Monday through Thursday "
        "last week. Markets were closed Friday in observance of Good Friday. The Standard & Poor's 500 index added 5.88 points, or 0.5%, to 1,145.20 on Monday, after "
        "falling three straight days through Thursday. The Nasdaq composite index was up 12.60 points, or 0.6%, to 2,065.48. In the bond market, Treasury yields "
        "edged up to their highest levels since early January.",
        [
            c('DJI', 'daily_change_points', 73.53, 'points', d, '73.53', "chg('DJI','2004-04-12')", S, TOL, ''),
            c('DJI', 'daily_change_pct', 0.7, 'percent', d, '0.7%', "pct('DJI','2004-04-12')", S, TOL, '+0.70%.'),
            c('DJI', 'close', 10515.56, 'index', d, '10,515.56', "close('DJI','2004-04-12')", S, TOL, ''),
            c('DJI', 'window_pct', -0.3, 'percent', '2004-04-08', 'losing 0.3%', "win_pct('DJI','2004-04-02','2004-04-08')", S, TOL, 'Friday 04-02 close to Thursday 04-08 close: -0.27%.', window='2004-04-05..2004-04-08'),
            c('DJI', 'market_closed', False, 'flag', '2004-04-09', 'closed Friday in observance of Good Friday', "is_trading_day('DJI','2004-04-09')", S, 'calendar', 'No row for 2004-04-09 in any index file.'),
            c('SPX', 'daily_change_points', 5.88, 'points', d, '5.88', "chg('SPX','2004-04-12')", S, TOL, ''),
            c('SPX', 'daily_change_pct', 0.5, 'percent', d, '0.5%', "pct('SPX','2004-04-12')", S, TOL, '+0.52%.'),
            c('SPX', 'close', 1145.20, 'index', d, '1,145.20', "close('SPX','2004-04-12')", S, TOL, ''),
            c('SPX', 'down_streak', -3, 'sessions', '2004-04-08', 'three straight days through Thursday', "streak('SPX','2004-04-08')", S, 'streaks use daily closes', 'Down 04-06, 04-07, 04-08.'),
            c('IXIC', 'daily_change_points', 12.60, 'points', d, '12.60', "chg('IXIC','2004-04-12')", S, TOL, ''),
            c('IXIC', 'daily_change_pct', 0.6, 'percent', d, '0.6%', "pct('IXIC','2004-04-12')", S, TOL, '+0.61%.'),
            c('IXIC', 'close', 2065.48, 'index', d, '2,065.48', "close('IXIC','2004-04-12')", S, TOL, ''),
            c('US10Y', 'highest_since', 'early January', 'period', d, 'highest levels since early January', "yld_highest_since('DGS10','2004-04-12')", S, 'highest since X',
              'DGS10 4.25% on 04-12, highest since 2004-01-08 (early January). "Treasury yields" is read as the 10-year benchmark; DGS2 was last as high on 2004-04-05.', basis='end of day'),
        ])

# ---------------------------------------------------------------- 9
d = '2005-05-25'
passage('theledger_20050526_oil_surge_stocks_fall', 'theledger.com',
        'https://www.theledger.com/story/news/2005/05/26/stock-markets-fall-on-surging-oil-prices/26158670007/', 'Associated Press', '2005-05-26', 'exact',
        'Date in the URL; the session is Wednesday 2005-05-25.',
        "Stock Markets Fall On Surging Oil Prices. MICHAEL J. MARTINEZ, The Associated Press. NEW YORK -- Surging oil prices stirred fresh worries about the economy and "
        "sent stocks lower Wednesday as investors locked in profits from the recent rally, overshadowing a strong report on manufacturing orders. Crude futures settled "
        "at $50.98 a barrel, up $1.31. The Dow Jones industrial average fell 45.88, or 0.44 percent, to 10,457.80. Broader stock indicators also gave ground. The "
        "Standard & Poor's 500 index lost 4.06, or 0.34 percent, to 1,190.01, and the Nasdaq composite index dropped 11.50, or 0.56 percent, to 2,050.12. The Nasdaq "
        "snapped an eight-session streak of gains. The Russell 2000 index of smaller companies was down 6.55, or 1.07 percent, at 606.40.",
        [
            c('CRUDE', 'price', 50.98, 'USD', d, '$50.98', 'None', U, UNV, 'Crude oil futures are not in the files.'),
            c('DJI', 'daily_change_points', -45.88, 'points', d, '45.88', "chg('DJI','2005-05-25')", S, TOL, ''),
            c('DJI', 'daily_change_pct', -0.44, 'percent', d, '0.44 percent', "pct('DJI','2005-05-25')", S, TOL, ''),
            c('DJI', 'close', 10457.80, 'index', d, '10,457.80', "close('DJI','2005-05-25')", S, TOL, ''),
            c('SPX', 'daily_change_points', -4.06, 'points', d, '4.06', "chg('SPX','2005-05-25')", S, TOL, ''),
            c('SPX', 'daily_change_pct', -0.34, 'percent', d, '0.34 percent', "pct('SPX','2005-05-25')", S, TOL, ''),
            c('SPX', 'close', 1190.01, 'index', d, '1,190.01', "close('SPX','2005-05-25')", S, TOL, ''),
            c('IXIC', 'daily_change_points', -11.50, 'points', d, '11.50', "chg('IXIC','2005-05-25')", S, TOL, ''),
            c('IXIC', 'daily_change_pct', -0.56, 'percent', d, '0.56 percent', "pct('IXIC','2005-05-25')", S, TOL, ''),
            c('IXIC', 'close', 2050.12, 'index', d, '2,050.12', "close('IXIC','2005-05-25')", S, TOL, ''),
            c('IXIC', 'up_streak_ended', 8, 'sessions', d, 'eight-session streak of gains', "[streak('IXIC','2005-05-24'), chg('IXIC','2005-05-25')]", S, 'streaks use daily closes', 'Eight up closes 05-12..05-24, then down on 05-25.'),
            c('RUT', 'daily_change_points', -6.55, 'points', d, '6.55', "chg('RUT','2005-05-25')", S, TOL, ''),
            c('RUT', 'daily_change_pct', -1.07, 'percent', d, '1.07 percent', "pct('RUT','2005-05-25')", S, TOL, ''),
            c('RUT', 'close', 606.40, 'index', d, '606.40', "close('RUT','2005-05-25')", S, TOL, ''),
        ])

# ---------------------------------------------------------------- 10
d = '2006-11-09'
passage('chicagotribune_20061110_drug_stocks_slow_market', 'articles.chicagotribune.com',
        'http://articles.chicagotribune.com/2006-11-10/business/0611100256_1_drug-stocks-index-of-small-company-stocks-nasdaq-composite-index', 'Chicago Tribune', '2006-11-10', 'exact',
        'Dated November 10, 2006; the session is Thursday 2006-11-09.',
        "Market watch: Drug stocks slow market momentum. November 10, 2006, By Bill Barnhart. Stocks on Thursday retreated for the first time this week, as higher oil "
        "prices weighed on investors and drug stocks kept slumping after Tuesday's Democratic victories. The Dow Jones industrial average fell 73.24 points, to 12,103.30. "
        "The broader Standard & Poor's 500 index fell 7.39, to 1378.33. Crude oil for December delivery rose $1.33 a barrel, to $61.16. The Nasdaq composite index, which "
        "is dominated by large technology stocks, fell 8.93, to 2376.01. The Russell 2000 index of small-company stocks lost 7.78, to 762.06.",
        [
            c('DJI,SPX,IXIC', 'first_decline_of_week', True, 'flag', d, 'retreated for the first time this week', "[streak('DJI','2006-11-08'), streak('SPX','2006-11-08'), streak('IXIC','2006-11-08'), chg('DJI','2006-11-09')]", S, 'streaks use daily closes',
              'Dow, S&P 500 and Nasdaq all rose Monday-Wednesday (three up closes each) and fell Thursday.'),
            c('DJI', 'daily_change_points', -73.24, 'points', d, '73.24', "chg('DJI','2006-11-09')", S, TOL, ''),
            c('DJI', 'close', 12103.30, 'index', d, '12,103.30', "close('DJI','2006-11-09')", S, TOL, ''),
            c('SPX', 'daily_change_points', -7.39, 'points', d, '7.39', "chg('SPX','2006-11-09')", S, TOL, ''),
            c('SPX', 'close', 1378.33, 'index', d, '1378.33', "close('SPX','2006-11-09')", S, TOL, ''),
            c('CRUDE', 'price', 61.16, 'USD', d, '$61.16', 'None', U, UNV, 'Crude oil futures are not in the files.'),
            c('IXIC', 'daily_change_points', -8.93, 'points', d, '8.93', "chg('IXIC','2006-11-09')", S, TOL, ''),
            c('IXIC', 'close', 2376.01, 'index', d, '2376.01', "close('IXIC','2006-11-09')", S, TOL, ''),
            c('RUT', 'daily_change_points', -7.78, 'points', d, '7.78', "chg('RUT','2006-11-09')", S, TOL, ''),
            c('RUT', 'close', 762.06, 'index', d, '762.06', "close('RUT','2006-11-09')", S, TOL, ''),
        ])

# ---------------------------------------------------------------- 11
d = '2006-12-07'
passage('chicagotribune_20061208_home_depot_leads_dow_decline', 'articles.chicagotribune.com',
        'http://articles.chicagotribune.com/2006-12-08/business/0612080149_1_nyse-listed-stocks-dow-jones-new-york-stock-exchange', 'Chicago Tribune', '2006-12-08', 'exact',
        'Dated December 08, 2006; the session is Thursday 2006-12-07.',
        "Market watch: Home Depot slide leads Dow decline. December 08, 2006, By Bill Barnhart. Stocks edged lower Thursday for a second day, as traders searched for a "
        "reason to extend the recent rally; trading was muted ahead of Friday's jobs report. The Dow Jones industrial average slipped 30.84 points, to 12,278.41. "
        "The Standard & Poor's 500 index edged down 5.61, to 1407.29. Oil for January delivery rose 30 cents a barrel, to $62.49. The Nasdaq composite index dropped 18.17, "
        "to 2427.69. The Russell 2000 index of small-company stocks slipped 3.65, to 792.29. Treasury securities ended little changed.",
        [
            c('DJI,SPX', 'down_streak', -2, 'sessions', d, 'for a second day', "[streak('DJI','2006-12-07'), streak('SPX','2006-12-07')]", S, 'streaks use daily closes', 'Dow and S&P 500 down on 12-06 and 12-07.'),
            c('DJI', 'daily_change_points', -30.84, 'points', d, '30.84', "chg('DJI','2006-12-07')", S, TOL, ''),
            c('DJI', 'close', 12278.41, 'index', d, '12,278.41', "close('DJI','2006-12-07')", S, TOL, ''),
            c('SPX', 'daily_change_points', -5.61, 'points', d, '5.61', "chg('SPX','2006-12-07')", S, TOL, ''),
            c('SPX', 'close', 1407.29, 'index', d, '1407.29', "close('SPX','2006-12-07')", S, TOL, ''),
            c('CRUDE', 'price', 62.49, 'USD', d, '$62.49', 'None', U, UNV, 'Crude oil futures are not in the files.'),
            c('IXIC', 'daily_change_points', -18.17, 'points', d, '18.17', "chg('IXIC','2006-12-07')", S, TOL, ''),
            c('IXIC', 'close', 2427.69, 'index', d, '2427.69', "close('IXIC','2006-12-07')", S, TOL, ''),
            c('RUT', 'daily_change_points', -3.65, 'points', d, '3.65', "chg('RUT','2006-12-07')", S, TOL, ''),
            c('RUT', 'close', 792.29, 'index', d, '792.29', "close('RUT','2006-12-07')", S, TOL, ''),
            c('US10Y', 'yield_change', 0.0, 'pp', d, 'little changed', "yld_chg('DGS10','2006-12-07')", S, 'qualitative, end of day', 'DGS10 up 0.01 pp (4.48 -> 4.49): little changed.', basis='end of day'),
        ])

# ---------------------------------------------------------------- 12
d = '2011-03-07'
passage('worldal_20110308_oil_weighs_on_wall_street', 'worldal.com',
        'http://worldal.com/news/others/2011-03-08/129955597634044.shtml', 'unknown (wire copy, Xinhua style)', '2011-03-08', 'exact',
        'Date in the URL; the text describes Monday 2011-03-07.',
        "U.S. stocks closed lower on Monday as climbing oil prices kept weighing on Wall Street. The blue-chip Dow Jones industrial average dropped 79.85 points, or "
        "0.66 percent, to 12,090.03, with Alcoa leading the decliners. The broader Standard & Poor's 500 Index was down 11.02 points, or 0.83 percent, to 1,310.13. "
        "The tech-heavy Nasdaq underperformed the other two major indexes, losing 39.04 points, or 1.40 percent, to 2,745.63, after Wells Fargo downgraded the "
        "semiconductor sector. Oil prices jumped over 106 dollars a barrel on Monday as the unrest in Libya intensified.",
        [
            c('DJI', 'daily_change_points', -79.85, 'points', d, '79.85', "chg('DJI','2011-03-07')", S, TOL, ''),
            c('DJI', 'daily_change_pct', -0.66, 'percent', d, '0.66 percent', "pct('DJI','2011-03-07')", S, TOL, ''),
            c('DJI', 'close', 12090.03, 'index', d, '12,090.03', "close('DJI','2011-03-07')", S, TOL, ''),
            c('SPX', 'daily_change_points', -11.02, 'points', d, '11.02', "chg('SPX','2011-03-07')", S, TOL, ''),
            c('SPX', 'daily_change_pct', -0.83, 'percent', d, '0.83 percent', "pct('SPX','2011-03-07')", S, TOL, ''),
            c('SPX', 'close', 1310.13, 'index', d, '1,310.13', "close('SPX','2011-03-07')", S, TOL, ''),
            c('IXIC', 'underperformed', True, 'flag', d, 'underperformed the other two major indexes', "[pct('IXIC','2011-03-07'), pct('DJI','2011-03-07'), pct('SPX','2011-03-07')]", S, 'ordering', '-1.40% vs -0.66% and -0.83%.'),
            c('IXIC', 'daily_change_points', -39.04, 'points', d, '39.04', "chg('IXIC','2011-03-07')", S, TOL, ''),
            c('IXIC', 'daily_change_pct', -1.40, 'percent', d, '1.40 percent', "pct('IXIC','2011-03-07')", S, TOL, ''),
            c('IXIC', 'close', 2745.63, 'index', d, '2,745.63', "close('IXIC','2011-03-07')", S, TOL, ''),
            c('CRUDE', 'price', 106, 'USD', d, 'over 106 dollars', 'None', U, UNV, 'Oil prices are not in the files.', qualifier='over'),
        ])

# ---------------------------------------------------------------- 13
d = '2011-06-28'
passage('industryweek_20110628_greek_hopes_rally', 'industryweek.com',
        'https://www.industryweek.com/finance/software-systems/article/21956139/us-stocks-surge-on-housing-news-greek-hopes', 'IndustryWeek (wire report)', '2011-06-28', 'high',
        'No date in the excerpt; Tuesday, Greek austerity vote week, Dow +145.13 to 12188.69 and 10-year 3.05% fit only Tuesday 2011-06-28.',
        "US Stocks Surge on Housing News, Greek Hopes. U.S. stock markets rallied on Tuesday, with all three major indices leaping more than 1% amid hopes that Europe "
        "would strike a deal to avoid a destabilizing Greek default. The Dow Jones Industrial Average rose 145.13 points (1.21%) to close at 12,188.69. The broader "
        "S&P 500 jumped 16.57 points (1.29%) to 1,296.67, while the tech-heavy Nasdaq Composite climbed 41.03 points (1.53%) to 2,729.31. Bond prices dropped as "
        "investors left the safety of U.S. government debt for riskier assets. The yield on the 10-year U.S. Treasury note rose to 3.05% from 2.93% on Monday, while "
        "that on the 30-year bond climbed to 4.33% from 4.28%.",
        [
            c('DJI,SPX,IXIC', 'daily_change_pct', 1, 'percent', d, 'leaping more than 1%', "[pct('DJI','2011-06-28'), pct('SPX','2011-06-28'), pct('IXIC','2011-06-28')]", S, 'more than: true > claim', '+1.21%, +1.29%, +1.53%.', qualifier='more than'),
            c('DJI', 'daily_change_points', 145.13, 'points', d, '145.13', "chg('DJI','2011-06-28')", S, TOL, ''),
            c('DJI', 'daily_change_pct', 1.21, 'percent', d, '(1.21%)', "pct('DJI','2011-06-28')", S, TOL, ''),
            c('DJI', 'close', 12188.69, 'index', d, '12,188.69', "close('DJI','2011-06-28')", S, TOL, ''),
            c('SPX', 'daily_change_points', 16.57, 'points', d, '16.57', "chg('SPX','2011-06-28')", S, TOL, ''),
            c('SPX', 'daily_change_pct', 1.29, 'percent', d, '(1.29%)', "pct('SPX','2011-06-28')", S, TOL, ''),
            c('SPX', 'close', 1296.67, 'index', d, '1,296.67', "close('SPX','2011-06-28')", S, TOL, ''),
            c('IXIC', 'daily_change_points', 41.03, 'points', d, '41.03', "chg('IXIC','2011-06-28')", S, TOL, ''),
            c('IXIC', 'daily_change_pct', 1.53, 'percent', d, '(1.53%)', "pct('IXIC','2011-06-28')", S, TOL, ''),
            c('IXIC', 'close', 2729.31, 'index', d, '2,729.31', "close('IXIC','2011-06-28')", S, TOL, ''),
            c('US10Y', 'yield', 3.05, 'percent', d, 'rose to 3.05%', "yld('DGS10','2011-06-28')", S, TOL, '', basis='end of day'),
            c('US10Y', 'yield_prev', 2.93, 'percent', '2011-06-27', 'from 2.93% on Monday', "yld_prev('DGS10','2011-06-28')", S, TOL, 'DGS10 2.95 on Monday 06-27; the quote 2.93 is 0.02 off, within the 2-dp tolerance (FRED end-of-day vs a late-trading quote).', basis='end of day'),
            c('US30Y', 'yield', 4.33, 'percent', d, '4.33%', 'None', U, UNV, 'The 30-year yield (4.33% from 4.28%) is not in the files.', basis='end of day'),
        ])

# ---------------------------------------------------------------- 14
d = '2012-02-28'
passage('westhawaiitoday_20120229_dow_closes_above_13000', 'westhawaiitoday.com',
        'https://westhawaiitoday.com/2012/02/29/nation-world-news/dow-closes-above-13000-first-time-since-crisis/amp/%7B%7Blink', 'Associated Press', '2012-02-29', 'exact',
        'Date in the URL; the session is Tuesday 2012-02-28; "last Tuesday" is 2012-02-21.',
        "The price of the 10-year Treasury note fell 12.5 cents for every $100 invested, and its yield edged up to 1.94 percent from 1.93 percent late Monday. "
        "BY DANIEL WAGNER, THE ASSOCIATED PRESS. A surge of confidence in the economy carried the Dow Jones industrial average to a close above 13,000 on Tuesday, "
        "a threshold it last crossed four months before the 2008 financial crisis. The Dow closed at 13,005.12, so narrow a margin that the gain of a single stock, "
        "Johnson & Johnson, made the difference. The Dow last closed above 13,000 in May 2008. The Conference Board said its consumer confidence index jumped to 70.8 "
        "in February, up from 61.5 in January. The report came out at 10 a.m. and lifted the Dow above 13,000, where it stayed most of the day. The average first "
        "pierced 13,000 last Tuesday but fell back by the close; it floated above the milestone again Friday and Monday, but slipped below both days.",
        [
            c('US10Y', 'yield', 1.94, 'percent', d, '1.94 percent', "yld('DGS10','2012-02-28')", S, TOL, '', basis='end of day'),
            c('US10Y', 'yield_prev', 1.93, 'percent', '2012-02-27', '1.93 percent', "yld_prev('DGS10','2012-02-28')", S, TOL, 'DGS10 1.92 on Monday; 0.01 off the late-Monday quote, within tolerance.', basis='end of day'),
            c('DJI', 'close', 13005.12, 'index', d, '13,005.12', "close('DJI','2012-02-28')", S, TOL, 'A close above 13,000, 5.12 points over the line.'),
            c('DJI', 'last_close_above', '2008-05', 'month', d, 'last closed above 13,000 in May 2008', "last_close_above('DJI','2012-02-28',13000)", S, 'since X', 'Last earlier close above 13,000: 2008-05-19, about four months before the Lehman failure (Sept. 2008).'),
            c('CONF_BOARD', 'consumer_confidence', 70.8, 'index', d, '70.8', 'None', U, UNV, 'Consumer confidence (70.8 from 61.5) is not in the files.'),
            c('DJI', 'intraday_above_level', 13000, 'index', d, 'lifted the Dow above 13,000', "[high('DJI','2012-02-28'), low('DJI','2012-02-28')]", U, 'mid-session figure',
              'High 13021.51, low 12952.82: the Dow was above 13,000 for part of the day, but "at 10 a.m." and "most of the day" cannot be timed from daily bars.', basis='10 a.m. / most of the day'),
            c('DJI', 'first_intraday_above_since_2008', True, 'flag', '2012-02-21', 'first pierced 13,000 last Tuesday', "[last_high_above('DJI','2012-02-21',13000), pierced_not_closed('DJI','2012-02-21',13000)]", S, 'intraday high vs close',
              'On 2012-02-21 the high went above 13,000 (first time since 2008-05-20) and the close stayed below.', basis='intraday high'),
            c('DJI', 'pierced_not_closed', True, 'flag', '2012-02-27', 'again Friday and Monday', "[pierced_not_closed('DJI','2012-02-24',13000), pierced_not_closed('DJI','2012-02-27',13000)]", S, 'intraday high vs close',
              'Highs above and closes below 13,000 on Friday 02-24 and Monday 02-27.', basis='intraday high'),
        ])

# ================================================================ output
recipes = []
keys = []
out_p = []
for p in P:
    claims = []
    for k, cl in enumerate(p['claims']):
        assert p['text'].count(cl['anchor']) == 1, (p['id'], k, cl['anchor'], p['text'].count(cl['anchor']))
        val = eval(cl['recipe'])
        claims.append({x: cl[x] for x in ['index_or_ticker', 'metric', 'value', 'unit', 'qualifier', 'ref_date', 'window', 'comparison', 'basis']})
        recipes.append((p['id'], k, cl['recipe']))
        keys.append(dict(passage_id=p['id'], claim_index=k, index_or_ticker=cl['index_or_ticker'], metric=cl['metric'], claimed_value=cl['value'],
                         qualifier=cl['qualifier'], ref_date_used=cl['ref_date'], computed_value=val,
                         computed_detail=('reference.py: ' + cl['recipe']), verdict=cl['verdict'], rule=cl['rule'], note=cl['note'], anchor_text=cl['anchor']))
    src = dict(site=p['site'], url=p['url'], original_outlet=p['outlet'])
    rec = dict(id=p['id'], source=src, published=p['published'], published_confidence=p['conf'])
    if p['note']:
        rec['published_note'] = p['note']
    rec.update(text_kind='condensed_close_paraphrase', text=p['text'], claims=claims)
    out_p.append(rec)

with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
    for r in out_p:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
    for r in keys:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')

helpers = open(os.path.join(HERE, 'helpers_src.py')).read()
ref = ['#!/usr/bin/env python3',
       '"""reference.py for corpora/heldout31c: recomputes every computed_value of key.jsonl from the CSV files.',
       'Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or env CAPSCOPE_DATA_DIR). Needs pandas.',
       'Generated by build_key.py; the helpers are a copy of helpers_src.py."""',
       helpers,
       '',
       'RECIPES = [']
for pid, k, r in recipes:
    ref.append('    (%r, %d, %r),' % (pid, k, r))
ref.append(']')
ref.append('''

def _same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-9
        except (TypeError, ValueError):
            return False
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def main():
    import json
    here = os.path.dirname(os.path.abspath(__file__))
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('give the data directory as argv[1] or CAPSCOPE_DATA_DIR')
    set_data(data)
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, 'key.jsonl')
    key = {}
    for line in open(keyp):
        if line.strip():
            r = json.loads(line)
            key[(r['passage_id'], r['claim_index'])] = r
    bad = 0
    for pid, k, expr in RECIPES:
        v = eval(expr)
        v = json.loads(json.dumps(v))
        want = key.get((pid, k), {}).get('computed_value', '<missing>')
        ok = _same(v, want)
        bad += 0 if ok else 1
        print('%s #%d  %s = %r%s' % (pid, k, expr, v, '' if ok else '   MISMATCH (key: %r)' % (want,)))
    missing = set(key) - set((p, k) for p, k, _ in RECIPES)
    bad += len(missing)
    for m in sorted(missing):
        print('key record without recipe:', m)
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(key), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
''')
with open(os.path.join(HERE, 'reference.py'), 'w') as f:
    f.write('\n'.join(ref))
from collections import Counter
print(len(out_p), 'passages', len(keys), 'claims', Counter(k['verdict'] for k in keys))
