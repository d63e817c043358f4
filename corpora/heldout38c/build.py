"""Build passages.jsonl, key.jsonl and recipes.json of this corpus (heldout38c: rates and the Fed in market copy).

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
D3 = 'unhedged 3 decimals: |true - claim| <= 0.0205'
TRUNC = 'truncated figure: imprecise'
LVL = 'index level off by <= 1%: imprecise'
MID = 'mid-session figure inside the session range: unverifiable'
NOFILE = 'series or history not in the files: unverifiable'
ARITH = 'arithmetic on levels the passage states'
IYLD = 'intraday yield: unverifiable'
EOD = 'late-day yield judged against the end-of-day value'
ODDS = 'futures-implied odds for a meeting without futures in the files: unverifiable'
FED = 'FOMC decision matches the target series'
SINCE = 'since X: X is the last session at least as extreme'
LATER = "since X later than the true date (true but understated): imprecise"
BOUND = 'bound claim: close and session extreme both satisfy it'
COND = 'conditional / on-track statement: not_checkable'
REC = 'record: above every earlier close'
RECI = 'intraday record: above every earlier high'

# ---------------------------------------------------------------- 1
add('thestreet_20070919_rate_cut_rally_goes_on', 'thestreet.com',
    'https://www.thestreet.com/markets/rate-cut-rally-goes-on-10380282', 'TheStreet', '2007-09-19', 'high',
    'The page leaves "Publish date" blank; the story is "Updated from 4:02 p.m. EDT" on the Wednesday after the FOMC\'s 50 bp cut of Tuesday 2007-09-18, i.e. Wednesday 2007-09-19, and its closing figures match that session.',
    "Rate-Cut Rally Goes On (updated from 4:02 p.m. EDT). Stocks kept marching higher Wednesday, holding their momentum after the Federal Reserve's "
    "surprise decision to cut the overnight fed funds rate by 50 basis points. After rising more than 125 points earlier, the Dow Jones Industrial Average "
    "pared its gains but still closed ahead by 76.17 points, or 0.55%, at 13,815.56. The S&P 500 was up 9.25 points, or 0.61%, at 1529.03, and the Nasdaq "
    "Composite rose 14.82 points, or 0.56%, to 2666.48. The Dow has now jumped 7.6% since it last closed below the 13,000 level a month ago, and the S&P 500 "
    "is only 25 points away from its record close, set on July 19. The major U.S. averages had one of their best performances of the year on Tuesday, after "
    "the Federal Open Market Committee's decision; most analysts had anticipated a cut of only 25 basis points. It was the first rate "
    "cut in more than four years. By the end of Tuesday the Dow had rallied 335.97 points to 13,739.39.",
    [
        C('FEDFUNDS', 'rate_change', -0.5, 'pp', 'cut the overnight fed funds rate by 50 basis points', "fed_change('2007-09-18')", S, FED,
          'DFEDTAR 5.25 -> 4.75 on decision day 2007-09-18 (the day before this story).', ref='2007-09-18'),
        C('DJI', 'intraday_gain_pts', 125, 'points', 'rising more than 125 points earlier', "session_range_pts('DJI','2007-09-19')", S, 'more than: session high above the bound',
          'Session high 13,867.50 = +128.11 over the 13,739.39 previous close; the claim is about the earlier peak, not the close.', q='more than', ref='2007-09-19', basis='intraday high'),
        C('DJI', 'day_change_pts', 76.17, 'points', '76.17 points', "day_pts('DJI','2007-09-19')", S, D2, '+76.17.', ref='2007-09-19'),
        C('DJI', 'day_change_pct', 0.55, 'percent', 'or 0.55%', "day_pct('DJI','2007-09-19')", S, D2, '+0.55%.', ref='2007-09-19'),
        C('DJI', 'close', 13815.56, 'points', '13,815.56', "close('DJI','2007-09-19')", S, D2, 'Close 13,815.56.', ref='2007-09-19'),
        C('SPX', 'day_change_pts', 9.25, 'points', '9.25 points', "day_pts('SPX','2007-09-19')", S, D2, '+9.25.', ref='2007-09-19'),
        C('SPX', 'day_change_pct', 0.61, 'percent', 'or 0.61%', "day_pct('SPX','2007-09-19')", S, D2, '+0.61%.', ref='2007-09-19'),
        C('SPX', 'close', 1529.03, 'points', 'at 1529.03', "close('SPX','2007-09-19')", S, D2, 'Close 1,529.03.', ref='2007-09-19'),
        C('IXIC', 'day_change_pts', 14.82, 'points', '14.82 points', "day_pts('IXIC','2007-09-19')", S, D2, '+14.82.', ref='2007-09-19'),
        C('IXIC', 'day_change_pct', 0.56, 'percent', 'or 0.56%', "day_pct('IXIC','2007-09-19')", S, D2, '+0.56%.', ref='2007-09-19'),
        C('IXIC', 'close', 2666.48, 'points', 'to 2666.48', "close('IXIC','2007-09-19')", S, D2, 'Close 2,666.48.', ref='2007-09-19'),
        C('DJI', 'pct_change', 7.6, 'percent', 'jumped 7.6%', "pct('DJI','2007-08-16','2007-09-19')", S, D1,
          'From the 2007-08-16 close (12,845.78, the last close below 13,000) to 13,815.56: +7.55%.', ref='2007-09-19', window='2007-08-16..2007-09-19'),
        C('DJI', 'last_close_below', '2007-08', 'month', 'last closed below the 13,000 level a month ago', "last_close_at_or_below('DJI',12999.99,'2007-09-18')", S, 'date matches',
          'Last close below 13,000: 2007-08-16, 34 days earlier ("a month ago").', ref='2007-08-16'),
        C('SPX', 'points_from_record', 25, 'points', 'only 25 points away', "r2(record_close_upto('SPX','2007-09-19')[1]-close('SPX','2007-09-19'))", I, 'unhedged integer off by <= 20%: imprecise',
          'Record close 1,553.08 minus 1,529.03 = 24.05 points; 25 is 0.95 off.', ref='2007-09-19'),
        C('SPX', 'record_date', '2007-07-19', 'date', 'set on July 19', "record_close_upto('SPX','2007-09-19')[0]", S, 'date matches', 'Record close 1,553.08 on 2007-07-19.', ref='2007-07-19'),
        C('DJI', 'rank_in_year', True, 'flag', 'one of their best performances of the year on Tuesday',
          "[rank_in_year('DJI','2007-09-18'), rank_in_year('SPX','2007-09-18'), rank_in_year('IXIC','2007-09-18')]", S, 'ranking holds',
          'Tuesday 2007-09-18 was the best day of 2007 so far for the Dow (+2.51%), the S&P 500 (+2.92%) and the Nasdaq (+2.71%): rank 1 of the year to date for each.', ref='2007-09-18'),
        C('FEDFUNDS', 'expected_change', -0.25, 'pp', 'anticipated a cut of only 25 basis points', None, U, NOFILE,
          'Analysts\' expectations for the 2007-09-18 meeting are not in the files (ZQ futures start with the July 2026 contract).', ref='2007-09-18'),
        C('FEDFUNDS', 'years_since_last_cut', 4, 'years', 'first rate cut in more than four years', "[last_fed_move('2007-09-18',-1), years_between(last_fed_move('2007-09-18',-1),'2007-09-18')]", S, 'more than: true > claim',
          'The previous cut was decided 2003-06-25 (DFEDTAR 1.25 -> 1.00); 4.2 years.', q='more than', ref='2007-09-18'),
        C('DJI', 'day_change_pts', 335.97, 'points', 'rallied 335.97 points', "day_pts('DJI','2007-09-18')", S, D2, 'Tuesday 2007-09-18: +335.97.', ref='2007-09-18'),
        C('DJI', 'close', 13739.39, 'points', 'to 13,739.39', "close('DJI','2007-09-18')", S, D2, 'Tuesday 2007-09-18 close.', ref='2007-09-18'),
    ])

# ---------------------------------------------------------------- 2
add('bbj_20080123_wall_street_recovers_early_losses', 'bbj.hu',
    'https://bbj.hu/https:/bbj.hu/finance/wall-street-recovers-much-of-early-losses_35598', 'Budapest Business Journal', '2008-01-23', 'medium',
    'Undated page. It reports the close of Tuesday 2008-01-22, the day of the Fed\'s emergency 75 bp cut (Monday 2008-01-21 was the Martin Luther King Day holiday); a Budapest paper would run it on 2008-01-23. The claims are judged at 2008-01-22.',
    "Wall Street recovers much of early losses. US stocks plummeted in early trading Tuesday in the wake of precipitous declines around the world, but Wall "
    "Street recovered much of those losses by the closing bell. In the first minutes of trading the Dow Jones Industrial Average was off in excess of 3%, or "
    "more than 400 points. The blue-chip index lost 128.11 points, or 1.06%, to close at 11,971.19; it was the fifth straight day of losses in New York. "
    "Shortly before trading started, the rate-setting US Federal Reserve slashed its key interest rate by 0.75 percentage points in an attempt to bolster the "
    "sputtering US economy, citing \"a weakening of the economic outlook and increasing downside risks to growth.\" The broad-based Standard & Poor's 500 "
    "Index fell 14.69 points, or 1.11%, to 1,310.5. The technology-heavy Nasdaq Composite Index dropped 47.75 points, or 2.04%, to 2,292.27.",
    [
        C('DJI', 'intraday_change_pct', -3, 'percent', 'off in excess of 3%', "session_range_pct('DJI','2008-01-22')", S, 'more than: session low beyond the bound',
          'Session low 11,634.82 = -3.84% against the 12,099.30 previous close; the open (12,092.72) was near the high, so the trough came early, as the text says.', q='more than', ref='2008-01-22', basis='intraday low'),
        C('DJI', 'intraday_change_pts', -400, 'points', 'more than 400 points', "session_range_pts('DJI','2008-01-22')", S, 'more than: session low beyond the bound',
          'Session low -464.48 points.', q='more than', ref='2008-01-22', basis='intraday low'),
        C('DJI', 'day_change_pts', -128.11, 'points', '128.11 points', "day_pts('DJI','2008-01-22')", S, D2, '-128.11.', ref='2008-01-22'),
        C('DJI', 'day_change_pct', -1.06, 'percent', 'or 1.06%', "day_pct('DJI','2008-01-22')", S, D2, '-1.06%.', ref='2008-01-22'),
        C('DJI', 'close', 11971.19, 'points', '11,971.19', "close('DJI','2008-01-22')", S, D2, 'Close 11,971.19.', ref='2008-01-22'),
        C('DJI', 'down_streak', 5, 'sessions', 'fifth straight day of losses', "down_streak('DJI','2008-01-22')", S, INT,
          'Down closes on 2008-01-15, 16, 17, 18 and 22 (Monday 2008-01-21 was a holiday) = 5; 2008-01-14 was up.', ref='2008-01-22'),
        C('FEDFUNDS', 'rate_change', -0.75, 'pp', 'by 0.75 percentage points', "fed_change('2008-01-22')", S, FED,
          'Unscheduled move announced 2008-01-22 before the open: DFEDTAR 4.25 -> 3.50.', ref='2008-01-22'),
        C('SPX', 'day_change_pts', -14.69, 'points', '14.69 points', "day_pts('SPX','2008-01-22')", S, D2, '-14.69.', ref='2008-01-22'),
        C('SPX', 'day_change_pct', -1.11, 'percent', 'or 1.11%', "day_pct('SPX','2008-01-22')", S, D2, '-1.11%.', ref='2008-01-22'),
        C('SPX', 'close', 1310.5, 'points', '1,310.5', "close('SPX','2008-01-22')", S, D1, 'Close 1,310.50.', ref='2008-01-22'),
        C('IXIC', 'day_change_pts', -47.75, 'points', '47.75 points', "day_pts('IXIC','2008-01-22')", S, D2, '-47.75.', ref='2008-01-22'),
        C('IXIC', 'day_change_pct', -2.04, 'percent', 'or 2.04%', "day_pct('IXIC','2008-01-22')", S, D2, '-2.04%.', ref='2008-01-22'),
        C('IXIC', 'close', 2292.27, 'points', '2,292.27', "close('IXIC','2008-01-22')", S, D2, 'Close 2,292.27.', ref='2008-01-22'),
    ])

# ---------------------------------------------------------------- 3
add('cnnmoney_20080318_dow_spikes_420_on_rate_cut', 'money.cnn.com',
    'http://money.cnn.com/2008/03/18/markets/markets_newyork/index.htm?postversion=2008031815', 'CNNMoney.com (Alexandra Twin)', '2008-03-18', 'exact',
    'Date in the URL; Tuesday 2008-03-18, an FOMC decision day.',
    "Dow spikes 420 points on rate cut. By Alexandra Twin, CNNMoney.com senior writer. NEW YORK (CNNMoney.com) -- Stocks jumped Tuesday, with the Dow surging "
    "420 points, its fourth-biggest one-day point gain ever, after the Federal Reserve cut the fed funds rate by three-quarters of a percentage point, to 2.25%. "
    "For the Dow Jones industrial average it was the biggest one-day point gain since July 2002, for a gain of 3.5%. The broader Standard & Poor's 500 index "
    "added over 54 points, its biggest one-day point gain since Jan. 2001, for a gain of 4.2%. The tech-fueled Nasdaq composite advanced over 91 points, its "
    "biggest one-day point gain since May 2002, for a gain of around 4.2%. The central bank's move surprised investors who had bet on a cut of 100 basis "
    "points. Stocks had rallied ahead of the news as investors welcomed better-than-expected quarterly earnings from Lehman Brothers and Goldman Sachs, "
    "stumbled in the minutes after the Fed announcement, then recharged in the last hour of trading.",
    [
        C('DJI', 'day_change_pts', 420, 'points', 'surging 420 points', "day_pts('DJI','2008-03-18')", S, INT, '+420.41.', ref='2008-03-18'),
        C('DJI', 'rank_point_gain', 4, 'rank', 'fourth-biggest one-day point gain ever', "rank_pts_gain('DJI','2008-03-18')", S, 'rank counts all daily moves in the file',
          'Fourth after +499.19 (2000-03-16), +488.95 (2002-07-24) and +447.49 (2002-07-29). The Dow file starts 1992; no earlier day can rank higher (the index was below 3,200 before 1992).', ref='2008-03-18'),
        C('FEDFUNDS', 'rate_change', -0.75, 'pp', 'three-quarters of a percentage point', "fed_change('2008-03-18')", S, FED, 'DFEDTAR 3.00 -> 2.25 on 2008-03-18.', ref='2008-03-18'),
        C('FEDFUNDS', 'target_level', 2.25, 'percent', 'to 2.25%', "fed_range('2008-03-18')", S, FED, 'Target 2.25% from 2008-03-18.', ref='2008-03-18'),
        C('DJI', 'biggest_point_gain_since', '2002-07', 'month', 'biggest one-day point gain since July 2002', "last_move_as_big('DJI','2008-03-18','pts')", S, 'biggest since X: X is the last day with a move at least as large',
          'Last bigger point gain: +447.49 on 2002-07-29. (In percent, 2008-03-11 rose 3.55%, more than this 3.51%; the claim is in points.)', ref='2008-03-18'),
        C('DJI', 'day_change_pct', 3.5, 'percent', 'for a gain of 3.5%', "day_pct('DJI','2008-03-18')", S, D1, '+3.51%.', ref='2008-03-18'),
        C('SPX', 'day_change_pts', 54, 'points', 'added over 54 points', "day_pts('SPX','2008-03-18')", S, 'over: true > claim', '+54.14.', q='over', ref='2008-03-18'),
        C('SPX', 'biggest_point_gain_since', '2001-01', 'month', 'biggest one-day point gain since Jan. 2001', "last_move_as_big('SPX','2008-03-18','pts')", S, 'biggest since X: X is the last day with a move at least as large',
          'Last bigger point gain: +64.29 on 2001-01-03.', ref='2008-03-18'),
        C('SPX', 'day_change_pct', 4.2, 'percent', 'for a gain of 4.2%', "day_pct('SPX','2008-03-18')", S, D1, '+4.24%.', ref='2008-03-18'),
        C('IXIC', 'day_change_pts', 91, 'points', 'advanced over 91 points', "day_pts('IXIC','2008-03-18')", S, 'over: true > claim', '+91.25.', q='over', ref='2008-03-18'),
        C('IXIC', 'biggest_point_gain_since', '2002-05', 'month', 'biggest one-day point gain since May 2002', "last_move_as_big('IXIC','2008-03-18','pts')", S, 'biggest since X: X is the last day with a move at least as large',
          'Last bigger point gain: +122.47 on 2002-05-08.', ref='2008-03-18'),
        C('IXIC', 'day_change_pct', 4.2, 'percent', 'gain of around 4.2%', "day_pct('IXIC','2008-03-18')", S, 'around: within one unit of the last digit', '+4.19%.', q='around', ref='2008-03-18'),
        C('FEDFUNDS', 'expected_change', -1.0, 'pp', 'cut of 100 basis', None, U, ODDS, 'Futures bets on the 2008-03-18 meeting are not in the files.', ref='2008-03-18'),
    ])

# ---------------------------------------------------------------- 4
add('radionz_20081217_stocks_soar_fed_record_low', 'radionz.co.nz',
    'http://www.radionz.co.nz/news/business/40341/stocks-soar-after-federal-reserve-rate-cut', 'Radio New Zealand (Reuters copy)', '2008-12-17', 'exact',
    'Stamped "11:35 am on 17 December 2008" New Zealand time, i.e. the evening of Tuesday 2008-12-16 in New York; the session described is FOMC decision day 2008-12-16.',
    "Stocks soar after Federal Reserve rate cut (Radio New Zealand, 17 Dec 2008, 11:35 am). US stocks rallied after the Federal Reserve slashed borrowing "
    "costs to a record low and pledged more unconventional steps to fight the deepest recession in generations. Banks led the charge higher, spurred by the "
    "Fed's move to cap its target lending rate at 0.25%. The Dow Jones industrial average rose 359.61 points, or 4.20%, to 8,924.14. The benchmark Standard "
    "& Poor's 500 Index jumped 44.61 points, or 5.14%, to 913.18 - its highest closing level since 10 November. The Nasdaq Composite Index climbed 81.55 "
    "points, or 5.41%, to 1,589.89. In a unanimous vote, the Fed made a larger-than-expected cut to the benchmark federal funds rate by at least "
    "three-quarters of a percentage point to a target range of zero to 0.25%, down from 1%. Wall Street icon Goldman Sachs posted a quarterly loss, but it "
    "was not as deep as many feared; Goldman's stock gained more than 14%, outshining an 11% advance in the S&P 500's financial index.",
    [
        C('FEDFUNDS', 'target_upper', 0.25, 'percent', 'cap its target lending rate at 0.25%', "fed_range('2008-12-16')", S, FED, 'Upper end 0.25% from 2008-12-16.', ref='2008-12-16'),
        C('DJI', 'day_change_pts', 359.61, 'points', 'rose 359.61 points', "day_pts('DJI','2008-12-16')", S, D2, '+359.61.', ref='2008-12-16'),
        C('DJI', 'day_change_pct', 4.2, 'percent', 'or 4.20%', "day_pct('DJI','2008-12-16')", S, D2, '+4.20%.', ref='2008-12-16'),
        C('DJI', 'close', 8924.14, 'points', '8,924.14', "close('DJI','2008-12-16')", S, D2, 'Close 8,924.14.', ref='2008-12-16'),
        C('SPX', 'day_change_pts', 44.61, 'points', 'jumped 44.61 points', "day_pts('SPX','2008-12-16')", S, D2, '+44.61.', ref='2008-12-16'),
        C('SPX', 'day_change_pct', 5.14, 'percent', 'or 5.14%', "day_pct('SPX','2008-12-16')", S, D2, '+5.14%.', ref='2008-12-16'),
        C('SPX', 'close', 913.18, 'points', 'to 913.18', "close('SPX','2008-12-16')", S, D2, 'Close 913.18.', ref='2008-12-16'),
        C('SPX', 'highest_close_since', '2008-11-10', 'date', 'highest closing level since 10 November', "last_close_at_or_above('SPX',913.18,'2008-12-15')", S, SINCE,
          'The last close at least 913.18 was 919.21 on 2008-11-10.', ref='2008-12-16'),
        C('IXIC', 'day_change_pts', 81.55, 'points', 'climbed 81.55', "day_pts('IXIC','2008-12-16')", S, D2, '+81.55.', ref='2008-12-16'),
        C('IXIC', 'day_change_pct', 5.41, 'percent', 'or 5.41%', "day_pct('IXIC','2008-12-16')", S, D2, '+5.41%.', ref='2008-12-16'),
        C('IXIC', 'close', 1589.89, 'points', '1,589.89', "close('IXIC','2008-12-16')", S, D2, 'Close 1,589.89.', ref='2008-12-16'),
        C('FOMC_VOTE', 'unanimous', True, 'flag', 'In a unanimous vote', None, U, NOFILE, 'FOMC votes are not in the files.', ref='2008-12-16'),
        C('FEDFUNDS', 'rate_change', -0.75, 'pp', 'by at least three-quarters of a percentage point', "fed_change('2008-12-16')", S, 'at least: true >= claim',
          'From a 1.00% target to a 0-0.25% range: 0.75 point off the top of the range (1.00 point off its bottom).', q='at least', ref='2008-12-16'),
        C('FEDFUNDS', 'target_range', [0, 0.25], 'percent', 'a target range of zero to 0.25%', "fed_range('2008-12-16')", S, FED, 'DFEDTARL/U 0-0.25 from 2008-12-16.', ref='2008-12-16'),
        C('FEDFUNDS', 'previous_target', 1.0, 'percent', 'down from 1%', "fed_range('2008-12-15')", S, FED, 'DFEDTAR 1.00 on 2008-12-15, its last day.', ref='2008-12-15'),
        C('GS', 'day_change_pct', 14, 'percent', 'gained more than 14%', None, U, NOFILE, 'Single stocks are not in the files.', q='more than', ref='2008-12-16'),
        C('SPX_FINANCIALS', 'day_change_pct', 11, 'percent', 'an 11% advance', None, U, NOFILE,
          'The S&P 500 financial index is not in the files; as a proxy only, XLF\'s adjusted close rose 11.18% that day.', ref='2008-12-16'),
    ])

# ---------------------------------------------------------------- 5
add('bloomberg_20110921_stocks_slide_fed_twist', 'businessweek.com',
    'http://www.businessweek.com/news/2011-09-21/u-s-stocks-slide-10-year-note-rallies-as-fed-plans-twist-.html', 'Bloomberg News (on BusinessWeek)', '2011-09-21', 'exact',
    'Date in the URL and the dateline "Sept. 21 (Bloomberg)"; a mid-session story written at 2:25 p.m. New York time on FOMC decision day 2011-09-21.',
    "U.S. Stocks Slide, 10-Year Note Rallies as Fed Plans 'Twist'. Sept. 21 (Bloomberg) -- U.S. stocks extended losses, and Treasuries rallied, after the "
    "Federal Reserve announced plans to buy $400 billion of long-term debt and said there are \"significant downside risks\" to the economic outlook. The "
    "Standard & Poor's 500 Index lost 0.7 percent to 1,193.34 at 2:25 p.m. in New York. The 10-year Treasury note yield dropped as much as seven basis points "
    "to a record low of 1.867 percent, while two-year yields climbed four basis points to 0.21 percent. The central bank will buy bonds with maturities of six "
    "to 30 years through June while selling an equal amount of debt maturing in three years or less. The S&P 500 rebounded 7.4 percent through yesterday "
    "after sinking to an 11-month low on Aug. 8. The index had tumbled as much as 18 percent from a three-year high at the end of April amid concern the "
    "economic recovery was weakening.",
    [
        C('FED_BALANCE_SHEET', 'purchase_amount', 400, 'billion USD', '$400 billion of long-term debt', None, U, NOFILE, 'Fed asset purchases are not in the files.', ref='2011-09-21'),
        C('SPX', 'change_pct', -0.7, 'percent', 'lost 0.7 percent', "session_range_pct('SPX','2011-09-21')", U, MID,
          'Session range -2.98% to +0.35% against the 1,202.09 previous close; -0.7% at 2:25 p.m. lies inside. The close was -2.94% (1,166.76), after this story.', ref='2011-09-21', basis='2:25 p.m.'),
        C('SPX', 'level', 1193.34, 'points', '1,193.34 at 2:25 p.m.', "[low('SPX','2011-09-21'), high('SPX','2011-09-21')]", U, MID,
          'Session range 1,166.21-1,206.30; 1,193.34 lies inside (and matches -0.73% from 1,202.09).', ref='2011-09-21', basis='2:25 p.m.'),
        C('US10Y', 'intraday_change_bp', -7, 'bp', 'dropped as much as seven basis points', "yld_bp('DGS10','2011-09-21')", U, IYLD,
          'An intraday extreme. For reference the end-of-day change was -7 bp (1.95% -> 1.88%).', q='as much as', ref='2011-09-21', basis='intraday'),
        C('US10Y', 'intraday_level', 1.867, 'percent', '1.867 percent', "yld('DGS10','2011-09-21')", U, IYLD,
          'Intraday low; the end-of-day yield was 1.88%.', ref='2011-09-21', basis='intraday'),
        C('US10Y', 'record_low', True, 'flag', 'record low', "[yld('DGS10','2011-09-21'), yld_min_before('DGS10','2011-09-21')]", S, 'record: below every earlier end-of-day value in the file',
          'End-of-day 1.88% on 2011-09-21 is below every earlier DGS10 value (previous low 1.93% on 2011-09-09; the series starts 1962). The 1.867% intraday print itself is not in the files.', ref='2011-09-21', basis='end of day'),
        C('US2Y', 'change_bp', 4, 'bp', 'climbed four basis points', "yld_bp('DGS2','2011-09-21')", U, IYLD,
          'Quoted at 2:25 p.m.; the end-of-day change was +3 bp (0.18% -> 0.21%).', ref='2011-09-21', basis='2:25 p.m.'),
        C('US2Y', 'level', 0.21, 'percent', 'to 0.21 percent', "yld('DGS2','2011-09-21')", U, IYLD,
          'Quoted at 2:25 p.m.; the end-of-day yield was also 0.21%.', ref='2011-09-21', basis='2:25 p.m.'),
        C('FED_BALANCE_SHEET', 'maturities', '6-30 years', None, 'six to 30 years', None, U, NOFILE, 'Fed purchase programme details are not in the files.', ref='2011-09-21'),
        C('SPX', 'pct_change', 7.4, 'percent', 'rebounded 7.4 percent through yesterday', "pct('SPX','2011-08-08','2011-09-20')", S, D1,
          '1,119.46 (2011-08-08) -> 1,202.09 (2011-09-20) = +7.38%.', ref='2011-09-20', window='2011-08-08..2011-09-20'),
        C('SPX', 'lowest_since', '2010-09', 'month', '11-month low on Aug. 8', "[close('SPX','2011-08-08'), last_close_at_or_below('SPX',1119.46,'2011-08-05')]", S, SINCE,
          '1,119.46 on 2011-08-08; the last close at or below it was 2010-09-10, 11 months earlier.', ref='2011-08-08'),
        C('SPX', 'drawdown', 18, 'percent', 'as much as 18 percent', "r2(100*(1-min_close('SPX','2011-04-29','2011-09-20')/max_close('SPX','2011-04-29','2011-09-20')))", S,
          'as much as: within one unit of the last digit', 'Close basis: 1,363.61 (2011-04-29) -> 1,119.46 (2011-08-08) = -17.90%. Intraday (1,101.54 low on 2011-08-09) it was -19.2%.', q='as much as', ref='2011-08-08'),
        C('SPX', 'high_date', '2011-04-29', 'date', 'at the end of April', "argmax_close('SPX','2011-01-01','2011-09-20')", S, 'date matches', 'Highest close of 2011 to date: 1,363.61 on 2011-04-29.', ref='2011-04-29'),
        C('SPX', 'highest_since', '2008-06', 'month', 'a three-year high', "last_close_at_or_above('SPX',1363.61,'2011-04-28')", S, SINCE,
          'Last close at least 1,363.61 before 2011-04-29: 2008-06-05, 2.9 years earlier.', ref='2011-04-29'),
    ])

# ---------------------------------------------------------------- 6
add('thestreet_20131218_stocks_record_bernanke_tapering', 'thestreet.com',
    'https://www.thestreet.com/story/12158938/1/taper-or-no-taper-stocks-gain-ahead-of-fed-meeting.html', 'TheStreet', '2013-12-18', 'high',
    'The URL carries no date; the story covers the FOMC decision of Wednesday 2013-12-18 (the first taper of QE3), and its closing levels are within cents of that day\'s closes.',
    "Stocks Hit All-Time Highs as Bernanke Goes Out Tapering. NEW YORK (TheStreet) -- U.S. stocks surged to all-time highs Wednesday as the Federal Reserve "
    "elected to curb its stimulus program by $10 billion. The announcement caught some market participants by surprise: about 33% of economists were "
    "expecting a taper in December, according to a UBS report. The S&P 500 popped 1.7% to 1,810.71, a record closing high. The Dow Jones Industrial Average "
    "surged 1.9% to 16,168.29, which was also an all-time closing high for the index. The Nasdaq finished up 1.2% to 4,070.06. Bernanke now emphasizes that "
    "rates will not be raised until \"well past the time that the unemployment rate declines below 6.5%.\" The Fed will add to its holdings of agency "
    "mortgage-backed securities at a pace of $35 billion a month and to its longer-term Treasury holdings at $40 billion a month rather than $45 billion. "
    "The Federal Open Market Committee reaffirmed the federal funds rate at 0 to 1/4 percent.",
    [
        C('FED_BALANCE_SHEET', 'purchase_change', -10, 'billion USD', 'by $10 billion', None, U, NOFILE, 'Fed asset purchases are not in the files.', ref='2013-12-18'),
        C('SURVEY', 'share_expecting', 33, 'percent', 'about 33% of economists', None, U, NOFILE, 'A UBS survey of economists; not in the files.', q='about', ref='2013-12-18'),
        C('SPX', 'day_change_pct', 1.7, 'percent', 'popped 1.7%', "day_pct('SPX','2013-12-18')", S, D1, '+1.66%.', ref='2013-12-18'),
        C('SPX', 'close', 1810.71, 'points', '1,810.71', "close('SPX','2013-12-18')", I, LVL, 'Close 1,810.65; 1,810.71 is 0.06 off (beyond the 0.025 tolerance of a two-decimal level).', ref='2013-12-18'),
        C('SPX', 'record_close', True, 'flag', 'a record closing high', "is_record_close('SPX','2013-12-18')", S, REC, 'Above the 1,808.37 record of 2013-12-09.', ref='2013-12-18'),
        C('DJI', 'day_change_pct', 1.9, 'percent', 'surged 1.9%', "day_pct('DJI','2013-12-18')", S, D1, '+1.84%.', ref='2013-12-18'),
        C('DJI', 'close', 16168.29, 'points', '16,168.29', "close('DJI','2013-12-18')", I, LVL, 'Close 16,167.97; 16,168.29 is 0.32 off.', ref='2013-12-18'),
        C('DJI', 'record_close', True, 'flag', 'also an all-time closing high', "is_record_close('DJI','2013-12-18')", S, REC, 'Above the 16,097.33 record of 2013-11-27.', ref='2013-12-18'),
        C('IXIC', 'day_change_pct', 1.2, 'percent', 'finished up 1.2%', "day_pct('IXIC','2013-12-18')", S, D1, '+1.15%.', ref='2013-12-18'),
        C('IXIC', 'close', 4070.06, 'points', '4,070.06', "close('IXIC','2013-12-18')", S, D2, 'Close 4,070.06.', ref='2013-12-18'),
        C('QUOTE', 'unemployment_threshold', 6.5, 'percent', 'declines below 6.5%', None, N, 'forward guidance (conditional): not_checkable', 'A policy threshold, not a statement about the market.', ref='2013-12-18'),
        C('FED_BALANCE_SHEET', 'mbs_pace', 35, 'billion USD', '$35 billion a month', None, U, NOFILE, 'Fed purchase pace not in the files.', ref='2013-12-18'),
        C('FED_BALANCE_SHEET', 'treasury_pace', 40, 'billion USD', 'rather than $45 billion', None, U, NOFILE, 'Fed purchase pace not in the files.', ref='2013-12-18'),
        C('FEDFUNDS', 'target_range', [0, 0.25], 'percent', '0 to 1/4 percent', "fed_range('2013-12-18')", S, FED, 'Range 0-0.25% (unchanged since 2008-12-16).', ref='2013-12-18'),
    ])

# ---------------------------------------------------------------- 7
add('usatoday_20160330_yellen_rally_day_two', 'firstfranklinfs.com',
    'https://firstfranklinfs.com/brett-f-ewing-quoted-usa-today', 'USA Today (reposted by First Franklin Financial Services)', '2016-03-30', 'high',
    'The repost is undated. The story covers "Wednesday", the second day after Janet Yellen\'s 2016-03-29 Economic Club speech, "with one trading day left in the first quarter": Wednesday 2016-03-30; the Dow\'s 17,717 close matches that day.',
    "Yellen rally hits day 2, sending stocks to 2016 highs. Wall Street celebrated the second day of the Janet Yellen rally Wednesday as stocks closed at 2016 "
    "highs again after the Federal Reserve chief's market-friendly speech stressed that the central bank is in no rush to raise interest rates. The Dow, "
    "which closed up nearly 100 points Tuesday after Yellen's dovish speech, gained another 84 points, or 0.5%, to close at 17,717 Wednesday. The broader "
    "Standard & Poor's 500 stock index was 0.4% higher and the Nasdaq composite gained 0.5%. Both the Dow and S&P 500 have closed at 2016 highs two "
    "consecutive days and have more than completely wiped out losses from the worst start to a year ever for stocks. With one trading day left in the first "
    "quarter, the Dow is up 1.7% for 2016 and the S&P 1.0%. Only the Nasdaq remains in the red for 2016, down 2.8%. That is a stark turn from the dark days "
    "of early February, when the three major U.S. indexes had 2016 losses ranging from 10% to 15% when the market hit its low for the year. At its March 16 "
    "meeting, the Fed dialed back the number of interest rate hikes it plans this year from four to two.",
    [
        C('DJI', 'day_change_pts', 100, 'points', 'closed up nearly 100 points Tuesday', "day_pts('DJI','2016-03-29')", I,
          'nearly, 100 or more ending in 0 (unit 2%): 98 <= x <= 101; outside but within 20%: imprecise', 'Tuesday 2016-03-29: +97.72, 2.28 short of 100 (the README\'s 2% unit gives 98-101).', q='nearly', ref='2016-03-29'),
        C('DJI', 'day_change_pts', 84, 'points', 'gained another 84 points', "day_pts('DJI','2016-03-30')", S, INT, '+83.55.', ref='2016-03-30'),
        C('DJI', 'day_change_pct', 0.5, 'percent', 'or 0.5%, to close', "day_pct('DJI','2016-03-30')", S, D1, '+0.47%.', ref='2016-03-30'),
        C('DJI', 'close', 17717, 'points', '17,717', "close('DJI','2016-03-30')", S, INT, 'Close 17,716.66.', ref='2016-03-30'),
        C('SPX', 'day_change_pct', 0.4, 'percent', '0.4% higher', "day_pct('SPX','2016-03-30')", S, D1, '+0.44%.', ref='2016-03-30'),
        C('IXIC', 'day_change_pct', 0.5, 'percent', 'Nasdaq composite gained 0.5%', "day_pct('IXIC','2016-03-30')", S, D1, '+0.47%.', ref='2016-03-30'),
        C('DJI', 'year_high_close_streak', 2, 'sessions', 'closed at 2016 highs two consecutive days',
          "[year_high_close('DJI','2016-03-29'), year_high_close('DJI','2016-03-30'), year_high_close('SPX','2016-03-29'), year_high_close('SPX','2016-03-30')]", S, 'comparison holds',
          'Dow 17,633.11 and 17,716.66 and S&P 500 2,055.01 and 2,063.95 on 2016-03-29/30 are each above every earlier 2016 close (previous 2016 highs 17,623.87 and 2,051.60).', ref='2016-03-30'),
        C('DJI', 'ytd_positive', True, 'flag', 'more than completely wiped out losses', "[ytd('DJI','2016-03-30'), ytd('SPX','2016-03-30')]", S, 'comparison holds',
          'Both above their 2015-12-31 closes: Dow +1.67%, S&P 500 +0.98% year to date.', ref='2016-03-30'),
        C('SPX', 'rank_first_n_sessions', 1, 'rank', 'the worst start to a year ever', "[first_n_days_rank('SPX',2016,5,1929), first_n_days_rank('SPX',2016,10,1929)]", S,
          'rank counts every year in the file', 'The window is not stated; the S&P 500\'s first 5 sessions of 2016 (-5.96%) and first 10 (-8.00%) are both the worst of every year in the file (1929-2016, S&P 90 before 1957). The Dow file starts 1992, so "ever" cannot be checked for the Dow.', ref='2016-01-15'),
        C('SPX', 'sessions_left_in_quarter', 1, 'sessions', 'one trading day left in the first', "count_sessions('SPX','2016-03-30','2016-03-31')", S, INT, 'Only 2016-03-31 remained.', ref='2016-03-30'),
        C('DJI', 'ytd_pct', 1.7, 'percent', 'the Dow is up 1.7% for 2016', "ytd('DJI','2016-03-30')", S, D1, '17,425.03 -> 17,716.66 = +1.67%.', ref='2016-03-30'),
        C('SPX', 'ytd_pct', 1.0, 'percent', 'the S&P 1.0%', "ytd('SPX','2016-03-30')", S, D1, '2,043.94 -> 2,063.95 = +0.98%.', ref='2016-03-30'),
        C('IXIC', 'ytd_pct', -2.8, 'percent', 'down 2.8%', "ytd('IXIC','2016-03-30')", S, D1, '5,007.41 -> 4,869.29 = -2.76%.', ref='2016-03-30'),
        C('GENERIC', 'ytd_loss_range_at_low', [10, 15], 'percent', 'ranging from 10% to 15%',
          "[argmin_close('SPX','2016-01-01','2016-03-30'), ytd('DJI','2016-02-11'), ytd('SPX','2016-02-11'), ytd('IXIC','2016-02-11')]", S, 'range holds',
          'At the 2016-02-11 low (mid rather than early February) the year-to-date losses were Dow -10.13%, S&P 500 -10.51%, Nasdaq -14.79%.', ref='2016-02-11'),
        C('FEDFUNDS', 'meeting_date', '2016-03-16', 'date', 'At its March 16', "fomc_dates('2016-03-01','2016-03-31')", S, 'date matches', 'FOMC decision day 2016-03-16.', ref='2016-03-16'),
        C('FEDFUNDS', 'projected_hikes', [4, 2], 'count', 'from four to two', None, U, NOFILE, 'The dot plot is not in the files.', ref='2016-03-16'),
    ])

# ---------------------------------------------------------------- 8
add('kcfj_20181220_dow_below_23000_14_months', 'kcfj570.com',
    'http://www.kcfj570.com/2018/12/20/dow-falls-below-23000-for-first-time-in-14-months/', 'KCFJ 570 (syndicated wire copy)', '2018-12-20', 'exact',
    'Date in the URL. The figures (-464 points, 22,860) are those of Thursday 2018-12-20, although the text says "Wednesday"; the FOMC decision was Wednesday 2018-12-19.',
    "Dow falls below 23,000 for first time in 14 months. Stocks tumbled Wednesday as investors fretted over a growing list of concerns, including slowing "
    "economic growth, trade policy and the threat of a U.S. government shutdown. The Dow lost 464 points, or 2 percent, to close at 22,860, the first time the "
    "blue-chip index has closed below 23,000 points since October of 2017. The Dow has lost nearly 1,700 points, or 7 percent, over the last six trading "
    "sessions. The selling in the last two days came after the Federal Reserve raised interest rates for the fourth time this year and signaled it was likely "
    "to keep raising rates next year, although at a slower rate than it previously forecast. The broader S&P 500 and Nasdaq also lost ground; the tech-heavy "
    "index is now down 20 percent from its peak in August. The Fed trimmed its forecast for 2019 economic growth to 2.3 percent after an expected 3 percent "
    "GDP gain this year.",
    [
        C('DJI', 'months_since_level', 14, 'months', 'first time in 14 months', "months_between(last_close_at_or_below('DJI',22999.99,'2018-12-19'),'2018-12-20')", S, INT,
          'Last close below 23,000 before 2018-12-20: 2017-10-17; 14.1 months.', ref='2018-12-20'),
        C('DJI', 'session_weekday', 'Wednesday', 'weekday', 'Stocks tumbled Wednesday', "[day_pts('DJI','2018-12-19'), day_pts('DJI','2018-12-20')]", X, 'wrong day',
          'The -464-point fall to 22,860 was Thursday 2018-12-20; on Wednesday 2018-12-19 (Fed day) the Dow fell 351.98 to 23,323.66.', ref='2018-12-20'),
        C('DJI', 'day_change_pts', -464, 'points', 'lost 464 points', "day_pts('DJI','2018-12-20')", S, INT, 'Thursday 2018-12-20: -464.06.', ref='2018-12-20'),
        C('DJI', 'day_change_pct', -2, 'percent', 'or 2 percent', "day_pct('DJI','2018-12-20')", S, INT, '-1.99%.', ref='2018-12-20'),
        C('DJI', 'close', 22860, 'points', 'close at 22,860', "close('DJI','2018-12-20')", S, INT, 'Close 22,859.60.', ref='2018-12-20'),
        C('DJI', 'lowest_close_since', '2017-10', 'month', 'since October of 2017', "last_close_at_or_below('DJI',22999.99,'2018-12-19')", S, 'date matches',
          'Last close below 23,000 before 2018-12-20: 22,997.44 on 2017-10-17.', ref='2018-12-20'),
        C('DJI', 'pts_change', -1700, 'points', 'nearly 1,700 points', "pts('DJI','2018-12-12','2018-12-20')", S, 'nearly (unit 2%): 1,666 <= x <= 1,717',
          'Six sessions (2018-12-12 close 24,527.27 to 22,859.60): -1,667.67.', q='nearly', ref='2018-12-20', window='2018-12-12..2018-12-20'),
        C('DJI', 'pct_change', -7, 'percent', 'or 7 percent', "pct('DJI','2018-12-12','2018-12-20')", S, INT, '-6.80%.', ref='2018-12-20', window='2018-12-12..2018-12-20'),
        C('FEDFUNDS', 'hikes_in_year', 4, 'count', 'for the fourth time this year', "fed_moves('2018-01-01','2018-12-31')", S, FED,
          'Hikes decided 2018-03-21, 06-13, 09-26 and 12-19 (the last on Wednesday, before "the last two days" of selling).', ref='2018-12-19'),
        C('GENERIC', 'also_lost_ground', True, 'flag', 'also lost ground', "[day_pct('SPX','2018-12-20'), day_pct('IXIC','2018-12-20')]", S, 'comparison holds',
          'S&P 500 -1.58%, Nasdaq -1.63% on 2018-12-20.', ref='2018-12-20'),
        C('IXIC', 'pct_from_ath', 20, 'percent', 'now down 20 percent', "pct_below_record('IXIC','2018-12-20')", I, 'unhedged integer off by <= 20%: imprecise',
          '6,528.41 against the 8,109.69 record close = 19.4986% below (shown 19.50), 0.50 short of 20 and just outside the 0.5 tolerance; the Nasdaq first closed more than 20% below its record the next day (21.91% on 2018-12-21).', ref='2018-12-20'),
        C('IXIC', 'record_date', '2018-08', 'month', 'peak in August', "record_close_upto('IXIC','2018-12-20')[0]", S, 'date matches', 'Record close 8,109.69 on 2018-08-29.', ref='2018-08-29'),
        C('US_GDP', 'forecast_growth', 2.3, 'percent', 'growth to 2.3 percent', None, F, 'forecast', 'The Fed\'s 2019 projection; not judged.', ref='2019'),
        C('US_GDP', 'expected_growth', 3, 'percent', 'an expected 3 percent', None, F, 'forecast', 'The Fed\'s projection for 2018, not yet over; not judged (GDP is not in the files anyway).', ref='2018'),
    ])

# ---------------------------------------------------------------- 9
add('seekingalpha_20190731_powell_insurance_cut_live', 'seekingalpha.com',
    'https://seekingalpha.com/news/3484568-powell-explains-fomcs-insurance-rate-cut', 'Seeking Alpha', '2019-07-31', 'exact',
    'Page dated 2019-07-31, FOMC decision day; a live item with time stamps from 2:43 to 3:19 p.m. ET, before the close.',
    "Powell explains FOMC's 'insurance' rate cut. Federal Reserve Chair Jerome Powell says the FOMC's quarter-point cut of the federal funds target rate is "
    "intended to ensure a healthy economic outlook, and describes the move as a \"mid-cycle adjustment to policy.\" 3:19 PM: Nasdaq and S&P 500 pull up from "
    "session lows, each now down 0.8%; the Dow is down 1.0%. 3:16 PM: Press conference ends. 3:04 PM: Powell doesn't rule out more rate cuts, but doesn't see "
    "today's action as the beginning of a long cycle of cuts. 2:56 PM: Nasdaq slumps 1.2%, S&P and Dow both down 1.1%. 2:50 PM: Powell says this is not \"the "
    "beginning of a lengthy cutting cycle.\" 2:48 PM: Stocks extend their decline as investors seem disappointed that the Fed is not indicating further cuts; "
    "the S&P 500 and Nasdaq each fall 0.8%, the Dow slides 0.9%. 2:43 PM: Part of the reason for the move is to \"address the shortfall in inflation,\" which "
    "has been stubbornly below the Fed's 2% target.",
    [
        C('FEDFUNDS', 'rate_change', -0.25, 'pp', "quarter-point cut of the federal funds target rate", "fed_change('2019-07-31')", S, FED, 'DFEDTARU 2.50 -> 2.25, effective 2019-08-01.', ref='2019-07-31'),
        C('IXIC', 'change_pct', -0.8, 'percent', 'Nasdaq and S&P 500 pull up from session lows', "session_range_pct('IXIC','2019-07-31')", U, MID,
          '3:19 p.m. Session range -1.98% to +0.32%; -0.8% lies inside. Close -1.19%.', ref='2019-07-31', basis='3:19 p.m.'),
        C('SPX', 'change_pct', -0.8, 'percent', 'each now down 0.8%', "session_range_pct('SPX','2019-07-31')", U, MID,
          '3:19 p.m. Session range -1.83% to +0.14%; -0.8% lies inside. Close -1.09%.', ref='2019-07-31', basis='3:19 p.m.'),
        C('DJI', 'change_pct', -1.0, 'percent', 'the Dow is down 1.0%', "session_range_pct('DJI','2019-07-31')", U, MID,
          '3:19 p.m. Session range -1.76% to +0.31%; -1.0% lies inside. Close -1.23%.', ref='2019-07-31', basis='3:19 p.m.'),
        C('IXIC', 'change_pct', -1.2, 'percent', 'Nasdaq slumps 1.2%', "session_range_pct('IXIC','2019-07-31')", U, MID, '2:56 p.m.; inside -1.98% to +0.32%.', ref='2019-07-31', basis='2:56 p.m.'),
        C('SPX', 'change_pct', -1.1, 'percent', 'S&P and Dow both', "session_range_pct('SPX','2019-07-31')", U, MID, '2:56 p.m.; inside -1.83% to +0.14%.', ref='2019-07-31', basis='2:56 p.m.'),
        C('DJI', 'change_pct', -1.1, 'percent', 'both down 1.1%', "session_range_pct('DJI','2019-07-31')", U, MID, '2:56 p.m.; inside -1.76% to +0.31%.', ref='2019-07-31', basis='2:56 p.m.'),
        C('SPX', 'change_pct', -0.8, 'percent', 'the S&P 500 and Nasdaq each fall', "session_range_pct('SPX','2019-07-31')", U, MID, '2:48 p.m.; inside the session range.', ref='2019-07-31', basis='2:48 p.m.'),
        C('IXIC', 'change_pct', -0.8, 'percent', 'each fall 0.8%', "session_range_pct('IXIC','2019-07-31')", U, MID, '2:48 p.m.; inside the session range.', ref='2019-07-31', basis='2:48 p.m.'),
        C('DJI', 'change_pct', -0.9, 'percent', 'the Dow slides 0.9%', "session_range_pct('DJI','2019-07-31')", U, MID, '2:48 p.m.; inside the session range.', ref='2019-07-31', basis='2:48 p.m.'),
        C('US_PCE', 'inflation_below_target', 2, 'percent', "below the Fed's 2% target", None, U, NOFILE, 'Inflation (PCE) is not in the files.', ref='2019-07-31'),
    ])

# ---------------------------------------------------------------- 10
add('npr_20200316_dow_plunges_nearly_3000', 'news.wbfo.org',
    'https://news.wbfo.org/post/stocks-go-shock-dow-plunges-nearly-3000-points', 'NPR (on WBFO)', '2020-03-16', 'exact',
    'Dated Mar 16, 2020 and "Updated at 4:21 p.m. ET" (the page adds "Originally published on March 17, 2020"); Monday 2020-03-16, the day after the Fed\'s Sunday 2020-03-15 cut.',
    "Stocks Go Into Shock. Dow Plunges Nearly 3,000 Points (updated at 4:21 p.m. ET). U.S. stock indexes fell sharply Monday, a day after the Federal Reserve "
    "aggressively cut interest rates to near zero in a bid to stop the economy from crashing. The Dow Jones Industrial Average dropped 2,997.20 points, or "
    "about 13%, as coronavirus measures rapidly expanded. The S&P 500 index lost nearly 12%. The Dow, which closed at 20,188.52, has lost 31.7% since its "
    "record high Feb. 12 as the market plunges deeper into bear territory after an 11-year winning streak. The Dow's breathtaking drop Monday was the biggest "
    "since the Black Monday crash of October 1987, when the blue chip index lost 22%.",
    [
        C('DJI', 'day_change_pts', -3000, 'points', 'Plunges Nearly 3,000 Points', "day_pts('DJI','2020-03-16')", S, 'nearly (unit 2%): 2,940 <= x <= 3,030', '-2,997.10.', q='nearly', ref='2020-03-16'),
        C('FEDFUNDS', 'target_range', [0, 0.25], 'percent', 'cut interest rates to near zero', "[fomc_dates('2020-03-15','2020-03-15'), fed_range('2020-03-16')]", S, FED,
          'Unscheduled decision Sunday 2020-03-15, "a day" before: range 1.00-1.25% -> 0-0.25%, effective 2020-03-16.', ref='2020-03-15'),
        C('DJI', 'day_change_pts', -2997.2, 'points', '2,997.20 points', "day_pts('DJI','2020-03-16')", I, 'unhedged 2 decimals off by <= 20%: imprecise',
          'The file (and the official record) has -2,997.10; 2,997.20 is 0.10 off.', ref='2020-03-16'),
        C('DJI', 'day_change_pct', -13, 'percent', 'about 13%', "day_pct('DJI','2020-03-16')", S, 'about: within one unit of the last digit', '-12.93%.', q='about', ref='2020-03-16'),
        C('SPX', 'day_change_pct', -12, 'percent', 'lost nearly 12%', "day_pct('SPX','2020-03-16')", S, 'nearly: claim - 1 unit <= true <= claim + 0.5 unit', '-11.98%.', q='nearly', ref='2020-03-16'),
        C('DJI', 'close', 20188.52, 'points', '20,188.52', "close('DJI','2020-03-16')", S, D2, 'Close 20,188.52.', ref='2020-03-16'),
        C('DJI', 'pct_from_ath', 31.7, 'percent', 'lost 31.7%', "pct_below_record('DJI','2020-03-16')", S, D1, '29,551.42 -> 20,188.52 = 31.68% below the record close.', ref='2020-03-16'),
        C('DJI', 'record_date', '2020-02-12', 'date', 'record high Feb. 12', "record_close_upto('DJI','2020-03-16')[0]", S, 'date matches', 'Record close 29,551.42 on 2020-02-12.', ref='2020-02-12'),
        C('DJI', 'bear_market', True, 'flag', 'deeper into bear territory', "pct_below_record('DJI','2020-03-16')", S, 'comparison holds: at least 20% below the record', '31.68% below.', ref='2020-03-16'),
        C('GENERIC', 'streak_years', 11, 'years', 'an 11-year winning streak', None, N, 'generic statement', 'A loose description of the 2009-2020 bull market.'),
        C('DJI', 'biggest_drop_since', '1987-10', 'month', 'biggest since the Black Monday crash of October 1987', "[worst_day_pct('DJI','2020-03-16'), last_move_as_big('DJI','2020-03-16','pct')]", U,
          NOFILE, 'The Dow file starts 1992: -12.93% is the worst day in it (no earlier day as bad), but 1987-1991 cannot be checked.', ref='2020-03-16'),
        C('DJI', 'day_change_pct', -22, 'percent', 'lost 22%', None, U, NOFILE, 'Black Monday 1987-10-19 is before the Dow file starts (1992).', ref='1987-10-19'),
    ])

# ---------------------------------------------------------------- 11
add('upi_20210928_nasdaq_worst_day_yields', 'upi.com',
    'https://www.upi.com/Top_News/US/2021/09/28/Nasdaq-falls-28-worst-day-May-tech-stocks-drop/7401632859449/', 'UPI', '2021-09-28', 'exact',
    'Date in the URL and the dateline "Sept. 28 (UPI)"; Tuesday 2021-09-28.',
    "Nasdaq falls as tech stocks drop. Sept. 28 (UPI) -- The Nasdaq Composite recorded its worst day since May after tech stocks tanked Tuesday amid rising "
    "treasury yields. The tech-heavy Nasdaq fell 2.83% and the S&P 500 dropped 2.04% as both indexes fell for the second consecutive day to start the week. "
    "The Dow Jones Industrial Average erased modest gains from Monday, declining 569.38 points, or 1.63%. Tech shares fell as a rapid rise in yields made "
    "their future cash flows worth less. The 10-year treasury yield rose as high as 1.558%, its highest level since June. It was as low as 1.29% last week "
    "and as low as 1.13% in August. Federal Reserve Chairman Jerome Powell told the Senate Banking Committee that supply chain issues could make inflation "
    "last longer than expected, but said it is expected to drop back toward the Fed's longer-run 2% goal.",
    [
        C('IXIC', 'worst_day_since', '2021-05', 'month', 'worst day since May', "last_move_as_big('IXIC','2021-09-28','pct')", I, LATER,
          '-2.83%; the last day at least as bad was 2021-03-18 (-3.02%). The May 2021 drops (-2.67% on 2021-05-12) were smaller, so "since May" understates it (the S&P 500\'s -2.04% was its worst since 2021-05-12).', ref='2021-09-28'),
        C('IXIC', 'day_change_pct', -2.83, 'percent', 'fell 2.83%', "day_pct('IXIC','2021-09-28')", S, D2, '-2.83%.', ref='2021-09-28'),
        C('SPX', 'day_change_pct', -2.04, 'percent', 'dropped 2.04%', "day_pct('SPX','2021-09-28')", S, D2, '-2.04%.', ref='2021-09-28'),
        C('GENERIC', 'down_days_this_week', 2, 'sessions', 'fell for the second consecutive day', "[day_pct('IXIC','2021-09-27'), day_pct('SPX','2021-09-27'), down_streak('IXIC','2021-09-28'), down_streak('SPX','2021-09-28')]", S,
          'streak counts daily closes', 'Both fell Monday (Nasdaq -0.52%, S&P 500 -0.28%) and Tuesday. (The Nasdaq had also fallen the Friday before, a three-day streak; the text counts the week.)', ref='2021-09-28'),
        C('DJI', 'erased_prior_gain', True, 'flag', 'erased modest gains from Monday', "[day_pts('DJI','2021-09-27'), day_pts('DJI','2021-09-28')]", S, 'comparison holds',
          'Monday +71.37, Tuesday -569.38.', ref='2021-09-28'),
        C('DJI', 'day_change_pts', -569.38, 'points', '569.38 points', "day_pts('DJI','2021-09-28')", S, D2, '-569.38.', ref='2021-09-28'),
        C('DJI', 'day_change_pct', -1.63, 'percent', 'or 1.63%', "day_pct('DJI','2021-09-28')", S, D2, '-1.63%.', ref='2021-09-28'),
        C('US10Y', 'intraday_high', 1.558, 'percent', 'as high as 1.558%', "yld('DGS10','2021-09-28')", U, IYLD, 'Intraday high; the end-of-day yield was 1.54%.', q='as high as', ref='2021-09-28', basis='intraday'),
        C('US10Y', 'highest_since', '2021-06', 'month', 'its highest level since June', "yld_last_at_or_above('DGS10',1.54,'2021-09-27')", S, SINCE + ' (end-of-day values)',
          'End-of-day 1.54% on 2021-09-28; the last day at least as high was 2021-06-25 (1.54%).', ref='2021-09-28', basis='end of day'),
        C('US10Y', 'intraday_low', 1.29, 'percent', 'as low as 1.29% last week', "yld_window_min('DGS10','2021-09-20','2021-09-24')", U, IYLD,
          'An intraday low; the lowest end-of-day value that week was 1.31% (2021-09-20).', q='as low as', ref='2021-09-20', basis='intraday'),
        C('US10Y', 'intraday_low', 1.13, 'percent', 'as low as 1.13% in August', "yld_window_min('DGS10','2021-08-01','2021-08-31')", U, IYLD,
          'An intraday low; the lowest end-of-day value in August 2021 was 1.19% (2021-08-03).', q='as low as', ref='2021-08', basis='intraday'),
        C('US_PCE', 'inflation_goal', 2, 'percent', "longer-run 2% goal", None, N, 'quoted policy goal', 'The Fed\'s target, quoted; not a market figure.'),
    ])

# ---------------------------------------------------------------- 12
add('dowjones_20230307_two_year_yield_5pct_data_talk', 'marketscreener.com',
    'https://www.marketscreener.com/news/latest/2-Year-Treasury-Yield-Rises-to-5-011-Data-Talk--43184108/?utm_medium=RSS&utm_content=20230307', 'Dow Jones Market Data "Data Talk" (on MarketScreener)', '2023-03-07', 'exact',
    'The URL carries utm_content=20230307 and the text says "today"; Tuesday 2023-03-07, the day of Powell\'s hawkish Senate testimony. The note is "based on 3 p.m. ET values" (Tradeweb), while the key uses FRED end-of-day values.',
    "2-Year Treasury Yield Rises to 5.011% -- Data Talk. The 2-year yield rose 0.119 percentage point to 5.011% today; the price fell 7/32 to 99 9/32. "
    "It was the largest one-day yield gain since Monday, Feb. 6, 2023. The yield is up for two consecutive trading days, and up 0.152 percentage point over "
    "the last two trading days, the largest two-day yield gain since Tuesday, Feb. 7, 2023. The yield is up five of the past six trading days. It is a new "
    "52-week high and the highest yield since Friday, June 15, 2007. The yield is up 3.384 percentage points from its 52-week low of 1.627% hit Tuesday, "
    "March 8, 2022, and up 3.384 percentage points from 52 weeks ago. It is up 0.935 percentage point from its 2023 closing low of 4.076% hit Wednesday, "
    "Jan. 18, 2023. Year-to-date the yield is up 0.612 percentage point. Data based on 3 p.m. ET values (source: Tradeweb ICE U.S. Treasury Closing Prices).",
    [
        C('US2Y', 'change_pp', 0.119, 'pp', 'rose 0.119 percentage point', "yld_change('DGS2','2023-03-06','2023-03-07')", S, D3, 'FRED: 4.89% -> 5.00% = +0.11 (0.009 off).', ref='2023-03-07', basis='end of day'),
        C('US2Y', 'level', 5.011, 'percent', 'to 5.011% today', "yld('DGS2','2023-03-07')", S, D3, 'FRED end-of-day 5.00% (0.011 off).', ref='2023-03-07', basis='end of day'),
        C('US2Y_PRICE', 'price_change', '-7/32', None, 'the price fell 7/32', None, U, NOFILE, 'Note prices are not in the files.', ref='2023-03-07'),
        C('US2Y', 'largest_gain_since', '2023-02-06', 'date', 'largest one-day yield gain since Monday, Feb. 6, 2023', "yld_last_gain_as_big('DGS2','2023-03-07',1)", X,
          'biggest since X: an earlier X is contradicted', 'On FRED end-of-day values the +0.11 rise was matched or beaten later than Feb. 6: +0.12 on 2023-02-24. (On Tradeweb 3 p.m. values the gain was +0.119, which may explain the claim.)', ref='2023-03-07', basis='end of day'),
        C('US2Y', 'up_streak', 2, 'sessions', 'up for two consecutive trading days', "yld_up_streak('DGS2','2023-03-07')", S, INT, '+0.03 on 2023-03-06 and +0.11 on 03-07; 03-03 fell.', ref='2023-03-07', basis='end of day'),
        C('US2Y', 'change_pp', 0.152, 'pp', 'up 0.152 percentage point over', "yld_change('DGS2','2023-03-03','2023-03-07')", S, D3, '4.86% -> 5.00% = +0.14 (0.012 off).', ref='2023-03-07', window='2023-03-03..2023-03-07', basis='end of day'),
        C('US2Y', 'largest_gain_since', '2023-02-07', 'date', 'largest two-day yield gain since Tuesday, Feb. 7, 2023', "yld_last_gain_as_big('DGS2','2023-03-07',2)", S,
          'biggest since X: X is the last day with a move at least as large', 'The last two-day rise of at least +0.14 ended 2023-02-07 (+0.17 from 2023-02-03).', ref='2023-03-07', basis='end of day'),
        C('US2Y', 'up_days', 5, 'count', 'up five of the past six trading days', "yld_up_days('DGS2','2023-03-07',6)", I, 'count off by <= 20%: imprecise',
          'FRED (two decimals): 4 rises, 1 unchanged day (2023-03-02, 4.89%) and 1 fall in the last six sessions.', ref='2023-03-07', basis='end of day'),
        C('US2Y', 'high_52w', True, 'flag', 'new 52-week high', "yld_52w_check('DGS2','2023-03-07')", S, 'comparison holds', '5.00% against a previous 52-week high of 4.89%.', ref='2023-03-07', basis='end of day'),
        C('US2Y', 'highest_since', '2007-06-15', 'date', 'highest yield since Friday, June 15, 2007', "yld_last_at_or_above('DGS2',5.0,'2023-03-06')", X, 'since X: an earlier X is contradicted',
          'On FRED values the last end-of-day yield at least 5.00% was 5.01% on Monday 2007-06-18, after June 15 (5.05%). On the 3 p.m. basis (5.011%) June 15 may hold.', ref='2023-03-07', basis='end of day'),
        C('US2Y', 'change_pp', 3.384, 'pp', 'up 3.384 percentage points from its 52-week low', "r2(yld('DGS2','2023-03-07')-yld_window_min('DGS2','2022-03-08','2023-03-06')[0])", S, D3,
          '5.00 - 1.63 = 3.37 (0.014 off).', ref='2023-03-07', basis='end of day'),
        C('US2Y', 'low_52w', 1.627, 'percent', 'low of 1.627%', "yld_window_min('DGS2','2022-03-08','2023-03-06')", S, D3, '52-week low 1.63% on 2022-03-08.', ref='2022-03-08', basis='end of day'),
        C('US2Y', 'low_52w_date', '2022-03-08', 'date', 'hit Tuesday,', "[yld_window_min('DGS2','2022-03-08','2023-03-06')[1], weekday('2022-03-08')]", S, 'date matches', 'Tuesday 2022-03-08.', ref='2022-03-08'),
        C('US2Y', 'change_pp', 3.384, 'pp', 'from 52 weeks ago', "yld_change('DGS2','2022-03-08','2023-03-07')", S, D3, '1.63% on 2022-03-08 -> 5.00%: +3.37.', ref='2023-03-07', window='2022-03-08..2023-03-07', basis='end of day'),
        C('US2Y', 'change_pp', 0.935, 'pp', 'up 0.935 percentage point', "r2(yld('DGS2','2023-03-07')-yld_window_min('DGS2','2023-01-01','2023-03-06')[0])", S, D3, '5.00 - 4.06 = 0.94.', ref='2023-03-07', basis='end of day'),
        C('US2Y', 'low_2023', 4.076, 'percent', 'closing low of 4.076%', "yld_window_min('DGS2','2023-01-01','2023-03-06')", S, D3, '2023 low 4.06% on 2023-01-18 (0.016 off).', ref='2023-01-18', basis='end of day'),
        C('US2Y', 'low_2023_date', '2023-01-18', 'date', 'Jan. 18, 2023', "[yld_window_min('DGS2','2023-01-01','2023-03-06')[1], weekday('2023-01-18')]", S, 'date matches', 'Wednesday 2023-01-18.', ref='2023-01-18'),
        C('US2Y', 'ytd_change_pp', 0.612, 'pp', 'up 0.612 percentage point', "yld_change('DGS2','2022-12-30','2023-03-07')", I, 'unhedged 3 decimals off by <= 20%: imprecise',
          '4.41% (2022-12-30) -> 5.00% = +0.59; 0.022 off, just beyond the 0.0205 tolerance.', ref='2023-03-07', window='2022-12-30..2023-03-07', basis='end of day'),
    ])

# ---------------------------------------------------------------- 13
add('businessinsider_20220615_nasdaq_jumps_75bp_hike', 'markets.businessinsider.com',
    'https://markets.businessinsider.com/news/stocks/stock-market-news-fed-rate-hike-inflation-economy-powell-nasdaq-2022-6', 'Business Insider', '2022-06-15', 'high',
    'The URL gives June 2022; the story is about the Fed\'s 75 bp hike of Wednesday 2022-06-15 and that day\'s 4:00 p.m. close.',
    "Nasdaq jumps 2.5% as US stocks soar after the Fed ramps up fight against inflation with 75-basis-point rate hike. US stocks jumped to a strong finish "
    "Wednesday after the Federal Reserve ratcheted up its key interest rate by 75 basis points while Chairman Jerome Powell said a move of that size shouldn't "
    "be common. The S&P 500 and the Dow Jones Industrial Average notched their first wins after five consecutive losses. Equities held their gains even "
    "after May retail sales, released early Wednesday, unexpectedly fell 0.3% as inflation accelerated. Later, the Federal Open Market Committee raised the "
    "fed funds rate to a range of 1.25% to 1.75%, the first three-quarter-point rate hike since 1994, when Alan Greenspan was chairman. The vote was 10-1, "
    "with Kansas City Fed President Esther George preferring a smaller increase. \"From the perspective of today, either a 50-basis-point or a "
    "75-basis-point increase seems most likely at our next meeting,\" Powell said. The big increase came after data showed inflation rose to a 41-year high of "
    "8.6% in May.",
    [
        C('IXIC', 'day_change_pct', 2.5, 'percent', 'Nasdaq jumps 2.5%', "day_pct('IXIC','2022-06-15')", S, D1, '+2.50%.', ref='2022-06-15'),
        C('FEDFUNDS', 'rate_change', 0.75, 'pp', 'by 75 basis points', "fed_change('2022-06-15')", S, FED, 'Upper bound 1.00 -> 1.75%, effective 2022-06-16.', ref='2022-06-15'),
        C('GENERIC', 'first_win_after_losing_streak', 5, 'sessions', 'first wins after five consecutive losses',
          "[down_streak('SPX','2022-06-14'), down_streak('DJI','2022-06-14'), day_pct('SPX','2022-06-15'), day_pct('DJI','2022-06-15')]", S, 'streak counts daily closes',
          'S&P 500 and Dow each fell 2022-06-08 through 06-14 (5 sessions) and rose on 06-15 (+1.46%, +1.00%).', ref='2022-06-15'),
        C('US_RETAIL_SALES', 'mom_change', -0.3, 'percent', 'unexpectedly fell 0.3%', None, U, NOFILE, 'Retail sales are not in the files.', ref='2022-05'),
        C('FEDFUNDS', 'target_range', [1.25, 1.75], 'percent', 'a range of 1.25% to 1.75%', "fed_range('2022-06-16')", X, 'wrong range',
          'The new range was 1.50-1.75% (DFEDTARL 1.50, DFEDTARU 1.75 from 2022-06-16); a 1.25% lower bound would be a 50 bp-wide range.', ref='2022-06-15'),
        C('FEDFUNDS', 'first_75bp_hike_since', '1994', 'year', 'the first three-quarter-point rate hike since 1994', "last_fed_move('2022-06-15',1,0.75)", S, 'date matches',
          'The last hike of at least 75 bp was decided 1994-11-15 (DFEDTAR 4.75 -> 5.50).', ref='2022-06-15'),
        C('FOMC_VOTE', 'vote', '10-1', None, 'The vote was 10-1', None, U, NOFILE, 'FOMC votes are not in the files.', ref='2022-06-15'),
        C('QUOTE', 'next_move', [0.5, 0.75], 'pp', 'seems most likely at our next meeting', None, F, 'forecast (quoted guidance)', 'Powell\'s guidance for July; not judged.', ref='2022-07-27'),
        C('US_CPI', 'yoy', 8.6, 'percent', 'a 41-year high of 8.6%', None, U, NOFILE, 'CPI is not in the files.', ref='2022-05'),
    ])

# ---------------------------------------------------------------- 14
add('upi_20220826_stocks_plunge_powell_jackson_hole', 'squirge.com',
    'https://squirge.com/stocks-plunge-after-powells-hawkish-comments-on-inflation-2', 'UPI (reposted on squirge.com)', '2022-08-26', 'exact',
    'Dateline "Aug. 26 (UPI)"; Friday 2022-08-26, the day of Powell\'s Jackson Hole speech.',
    "Stocks plunge after Powell's hawkish comments on inflation. Aug. 26 (UPI) -- Stocks plunged Friday after Federal Reserve Chair Jerome Powell said the "
    "Fed would continue to hike interest rates until inflation returns to a healthy level. The Dow Jones Industrial Average dropped 1,008.38 points, or 3.03%, "
    "to 32,283.40, with losses accelerating into the close. The S&P 500 fell 3.37% to 4,057.66, and the Nasdaq Composite slid 3.94% to 12,141.71. Speaking at "
    "a symposium in Jackson, Wyo., Powell warned that some households and businesses would feel the pain of higher rates. On Thursday the Bureau of Economic "
    "Analysis estimated that the economy contracted at a 0.6% annualized rate in the second quarter, less than first reported. For the week, the Dow declined "
    "4.2%, the S&P 500 fell 4% and the Nasdaq Composite dropped 4.4%, as major averages slipped for a second straight week. Friday's drop wiped out the S&P "
    "500's August gains and marked the lowest close since July 27. The Fed has raised rates by substantial and historic increments at its last three policy "
    "meetings: a half-point hike in May and a pair of 0.75% hikes in June and July. The next decision will come on Sept. 21, and there will be two more "
    "meetings in November and December.",
    [
        C('DJI', 'day_change_pts', -1008.38, 'points', '1,008.38 points', "day_pts('DJI','2022-08-26')", S, D2, '-1,008.38.', ref='2022-08-26'),
        C('DJI', 'day_change_pct', -3.03, 'percent', 'or 3.03%', "day_pct('DJI','2022-08-26')", S, D2, '-3.03%.', ref='2022-08-26'),
        C('DJI', 'close', 32283.4, 'points', '32,283.40', "close('DJI','2022-08-26')", S, D2, 'Close 32,283.40.', ref='2022-08-26'),
        C('SPX', 'day_change_pct', -3.37, 'percent', 'fell 3.37%', "day_pct('SPX','2022-08-26')", S, D2, '-3.37%.', ref='2022-08-26'),
        C('SPX', 'close', 4057.66, 'points', '4,057.66', "close('SPX','2022-08-26')", S, D2, 'Close 4,057.66.', ref='2022-08-26'),
        C('IXIC', 'day_change_pct', -3.94, 'percent', 'slid 3.94%', "day_pct('IXIC','2022-08-26')", S, D2, '-3.94%.', ref='2022-08-26'),
        C('IXIC', 'close', 12141.71, 'points', '12,141.71', "close('IXIC','2022-08-26')", S, D2, 'Close 12,141.71.', ref='2022-08-26'),
        C('US_GDP', 'qoq_annualized', -0.6, 'percent', 'contracted at a 0.6% annualized rate', None, U, NOFILE, 'GDP is not in the files.', ref='2022-Q2'),
        C('DJI', 'week_pct', -4.2, 'percent', 'the Dow declined 4.2%', "week_return('DJI','2022-08-26')", S, D1, '33,706.74 -> 32,283.40 = -4.22%.', ref='2022-08-26', window='week to 2022-08-26'),
        C('SPX', 'week_pct', -4, 'percent', 'the S&P 500 fell 4%', "week_return('SPX','2022-08-26')", S, INT, '-4.04%.', ref='2022-08-26', window='week to 2022-08-26'),
        C('IXIC', 'week_pct', -4.4, 'percent', 'dropped 4.4%', "week_return('IXIC','2022-08-26')", S, D1, '-4.44%.', ref='2022-08-26', window='week to 2022-08-26'),
        C('GENERIC', 'weekly_losing_streak', 2, 'weeks', 'slipped for a second straight week',
          "[week_return('DJI','2022-08-19'), week_return('SPX','2022-08-19'), week_return('IXIC','2022-08-19')]", S, 'streak counts weekly closes',
          'The week to 2022-08-19 was also down: Dow -0.16%, S&P 500 -1.21%, Nasdaq -2.62% (the week to 08-12 was up for all three).', ref='2022-08-26'),
        C('SPX', 'mtd_negative', True, 'flag', "wiped out the S&P 500's August gains", "mtd('SPX','2022-08-26')", S, 'comparison holds', 'Month to date -1.76% (from the 2022-07-29 close 4,130.29).', ref='2022-08-26'),
        C('SPX', 'lowest_close_since', '2022-07-27', 'date', 'lowest close since July 27', "last_close_at_or_below('SPX',4057.66,'2022-08-25')", S, SINCE, 'Last close at or below 4,057.66: 2022-07-27 (4,023.61).', ref='2022-08-26'),
        C('FEDFUNDS', 'rate_change', 0.5, 'pp', 'a half-point hike in May', "fed_change('2022-05-04')", S, FED, 'Decided 2022-05-04: upper bound 0.50 -> 1.00.', ref='2022-05-04'),
        C('FEDFUNDS', 'rate_change', 0.75, 'pp', 'a pair of 0.75% hikes in June and July', "[fed_change('2022-06-15'), fed_change('2022-07-27')]", S, FED, '2022-06-15 and 2022-07-27: +0.75 each.', ref='2022-07-27'),
        C('FEDFUNDS', 'next_meeting', '2022-09-21', 'date', 'Sept. 21', "fomc_dates('2022-08-27','2022-09-30')", S, 'date matches', 'Next FOMC decision day 2022-09-21.', ref='2022-09-21'),
        C('FEDFUNDS', 'remaining_meetings', 2, 'count', 'two more meetings in November and December', "fomc_dates('2022-09-22','2022-12-31')", S, 'count matches', '2022-11-02 and 2022-12-14.', ref='2022-12-14'),
    ])

# ---------------------------------------------------------------- 15
add('investingcom_20231213_dow_record_above_37000', 'fvbb.com',
    'https://fvbb.com/ns/stock-market-today-dow-closes-above-37k-for/163321', 'Investing.com (reposted on fvbb.com)', '2023-12-13', 'high',
    'The repost is undated; "Wednesday", the Fed holding rates for a third straight meeting and projecting 4.6% for 2024 fix it to FOMC day 2023-12-13 ("By 16:00 ET").',
    "Stock market today: Dow closes above 37K. Investing.com -- The Dow closed at a record high Wednesday after the Federal Reserve's decision to keep rates "
    "unchanged, but forecast deeper rate cuts for next year, pushed growth stocks including tech sharply higher as Treasury yields slumped. By 16:00 ET "
    "(21:00 GMT), the Dow Jones Industrial Average was up 506 points to close at a record high of 37,084.78. The S&P 500 was up 1.4%, and the NASDAQ "
    "Composite jumped 1.4% to an all time high. The Federal Reserve kept interest rates steady on Wednesday for the third straight meeting and signaled that "
    "inflation is expected to cool faster than initially anticipated. Fed members estimated that the benchmark rate will fall to 4.6% next year, suggesting "
    "three rate cuts in 2024, from a prior projection of 5.1%. About 60% of traders expect the Fed to cut as soon as March, compared with about 40% a day "
    "earlier, according to Investing.com's Fed Rate Monitor Tool. Treasury yields fell sharply following the Fed decision, with the yield on the two-year "
    "Treasury falling 28 basis points to 4.447% and the 10-year down 19 basis points to 4.024%.",
    [
        C('DJI', 'close_above', 37000, 'points', 'Dow closes above 37K', "[close('DJI','2023-12-13'), first_close_at_or_above('DJI',37000)]", S, 'comparison holds',
          'Close 37,090.24, the first close ever above 37,000.', ref='2023-12-13'),
        C('DJI', 'day_change_pts', 506, 'points', 'up 506 points', "day_pts('DJI','2023-12-13')", I, 'unhedged integer off by <= 20%: imprecise', 'Final change +512.30; 506 is 6.30 (1.2%) short, apparently a pre-final print.', ref='2023-12-13'),
        C('DJI', 'close', 37084.78, 'points', '37,084.78', "close('DJI','2023-12-13')", I, LVL, 'Final close 37,090.24; 37,084.78 is 5.46 (0.015%) off.', ref='2023-12-13'),
        C('DJI', 'record_close', True, 'flag', 'close at a record high of', "[is_record_close('DJI','2023-12-13'), record_close_upto('DJI','2023-12-12')]", S, REC,
          'Above the previous record close 36,799.65 of 2022-01-04.', ref='2023-12-13'),
        C('SPX', 'day_change_pct', 1.4, 'percent', 'The S&P 500 was up 1.4%', "day_pct('SPX','2023-12-13')", S, D1, '+1.37%.', ref='2023-12-13'),
        C('IXIC', 'day_change_pct', 1.4, 'percent', 'jumped 1.4%', "day_pct('IXIC','2023-12-13')", S, D1, '+1.38%.', ref='2023-12-13'),
        C('IXIC', 'record_close', True, 'flag', 'to an all time high', "[is_record_close('IXIC','2023-12-13'), record_close_upto('IXIC','2023-12-13'), record_high_upto('IXIC','2023-12-13')]", X, 'wrong record',
          'Close 14,733.96 and high 14,743.55, far below the record close 16,057.44 (2021-11-19) and record high 16,212.23 (2021-11-22): 8.24% below the record close.', ref='2023-12-13'),
        C('FEDFUNDS', 'consecutive_holds', 3, 'meetings', 'for the third straight meeting', "[fed_change(d) for d in fomc_dates('2023-07-27','2023-12-13')]", S, FED,
          'No change on 2023-09-20, 2023-11-01 and 2023-12-13 after the 2023-07-26 hike to 5.25-5.50%.', ref='2023-12-13'),
        C('FEDFUNDS', 'projected_rate', 4.6, 'percent', 'will fall to 4.6% next year', None, F, 'forecast', 'Median dot for end-2024; not judged.', ref='2024-12'),
        C('FEDFUNDS', 'projected_cuts', 3, 'count', 'three rate cuts in 2024', None, F, 'forecast', 'Implied by the dot plot; not judged.', ref='2024'),
        C('FEDFUNDS', 'prior_projection', 5.1, 'percent', 'a prior projection of 5.1%', None, U, NOFILE, 'The September 2023 dot plot is not in the files.', ref='2023-09-20'),
        C('FEDFUNDS', 'cut_odds', 60, 'percent', 'About 60% of traders', None, U, ODDS, 'Odds for the March 2024 meeting; no futures for it in the files.', q='about', ref='2023-12-13'),
        C('FEDFUNDS', 'cut_odds', 40, 'percent', 'about 40% a day', None, U, ODDS, 'Odds a day earlier; not in the files.', q='about', ref='2023-12-12'),
        C('US2Y', 'change_bp', -28, 'bp', 'falling 28 basis points', "yld_bp('DGS2','2023-12-13')", I, 'unhedged integer off by <= 20%: imprecise', 'End-of-day 4.73% -> 4.46% = -27 bp.', ref='2023-12-13', basis='end of day'),
        C('US2Y', 'level', 4.447, 'percent', 'to 4.447%', "yld('DGS2','2023-12-13')", S, D3, 'End-of-day 4.46% (FRED, two decimals); 0.013 off.', ref='2023-12-13', basis='end of day'),
        C('US10Y', 'change_bp', -19, 'bp', 'down 19 basis points', "yld_bp('DGS10','2023-12-13')", I, 'unhedged integer off by <= 20%: imprecise', 'End-of-day 4.20% -> 4.04% = -16 bp (19 is 3 bp, 19%, off).', ref='2023-12-13', basis='end of day'),
        C('US10Y', 'level', 4.024, 'percent', 'to 4.024%', "yld('DGS10','2023-12-13')", S, D3, 'End-of-day 4.04%; 0.016 off.', ref='2023-12-13', basis='end of day'),
    ])

# ---------------------------------------------------------------- 16
add('cnbc_20240501_dow_higher_powell_unlikely_hike', 'proinvestnews.com',
    'https://proinvestnews.com/2024/05/01/dow-closes-higher-as-powell-says-feds-next-move-is-unlikely-to-be-a-hike-live-updates', 'CNBC live updates (reposted on proinvestnews.com)', '2024-05-01', 'exact',
    'Date in the URL; Wednesday 2024-05-01, FOMC decision day.',
    "Dow closes higher as Powell says Fed's next move is unlikely to be a hike: Live updates. The Dow Jones Industrial Average closed higher on Wednesday after "
    "Federal Reserve Chair Jerome Powell largely ruled out that the central bank's next move could be a hike. The broader market finished lower, however, "
    "with losses from chipmakers dragging down the S&P 500. The Dow added 87.37 points, or 0.23%, to close at 37,903.29. The S&P 500 lost 0.34% to close at "
    "5,018.39, while the Nasdaq Composite slid 0.33% to settle at 15,605.48. It was a volatile day for the major averages, with the 30-stock Dow rallying "
    "more than 530 points at its session high, spurred by Powell's comments. At one point, the S&P 500 was up 1.2%, while the Nasdaq climbed more than 1.7%. "
    "The central bank opted to hold rates steady, citing a \"lack of further progress\" in bringing inflation back down toward its 2% goal. Starting in June, "
    "it will slow the pace at which it lets maturing bond proceeds roll off its balance sheet. The 10-year Treasury yield briefly dropped below 4.6% following "
    "Powell's comments.",
    [
        C('DJI', 'day_change_pts', 87.37, 'points', 'added 87.37 points', "day_pts('DJI','2024-05-01')", S, D2, '+87.37.', ref='2024-05-01'),
        C('DJI', 'day_change_pct', 0.23, 'percent', 'or 0.23%', "day_pct('DJI','2024-05-01')", S, D2, '+0.23%.', ref='2024-05-01'),
        C('DJI', 'close', 37903.29, 'points', '37,903.29', "close('DJI','2024-05-01')", S, D2, 'Close 37,903.29.', ref='2024-05-01'),
        C('SPX', 'day_change_pct', -0.34, 'percent', 'lost 0.34%', "day_pct('SPX','2024-05-01')", S, D2, '-0.34%.', ref='2024-05-01'),
        C('SPX', 'close', 5018.39, 'points', '5,018.39', "close('SPX','2024-05-01')", S, D2, 'Close 5,018.39.', ref='2024-05-01'),
        C('IXIC', 'day_change_pct', -0.33, 'percent', 'slid 0.33%', "day_pct('IXIC','2024-05-01')", S, D2, '-0.33%.', ref='2024-05-01'),
        C('IXIC', 'close', 15605.48, 'points', '15,605.48', "close('IXIC','2024-05-01')", S, D2, 'Close 15,605.48.', ref='2024-05-01'),
        C('DJI', 'intraday_gain_pts', 530, 'points', 'more than 530 points at its session high', "session_range_pts('DJI','2024-05-01')", S, 'more than: session high above the bound',
          'Session high 38,349.20 = +533.28 over the 37,815.92 previous close.', q='more than', ref='2024-05-01', basis='intraday high'),
        C('SPX', 'intraday_gain_pct', 1.2, 'percent', 'the S&P 500 was up 1.2%', "session_range_pct('SPX','2024-05-01')", S, 'session extreme: 1 decimal, |true - claim| <= 0.07',
          'Session high 5,096.12 = +1.20%.', ref='2024-05-01', basis='intraday high'),
        C('IXIC', 'intraday_gain_pct', 1.7, 'percent', 'climbed more than 1.7%', "session_range_pct('IXIC','2024-05-01')", S, 'more than: session high above the bound',
          'Session high 15,926.22 = +1.71%.', q='more than', ref='2024-05-01', basis='intraday high'),
        C('FEDFUNDS', 'rate_change', 0, 'pp', 'opted to hold rates steady', "[fed_change('2024-05-01'), fed_range('2024-05-01')]", S, FED, 'No change; 5.25-5.50%.', ref='2024-05-01'),
        C('US_PCE', 'inflation_goal', 2, 'percent', 'its 2% goal', None, N, 'quoted policy goal', 'The Fed\'s target; not a market figure.'),
        C('FED_BALANCE_SHEET', 'qt_slowdown_start', '2024-06', 'month', 'Starting in June', None, U, NOFILE, 'The Fed\'s balance-sheet runoff is not in the files.', ref='2024-06'),
        C('US10Y', 'intraday_low', 4.6, 'percent', 'briefly dropped below 4.6%', "yld('DGS10','2024-05-01')", U, IYLD,
          'An intraday dip; the end-of-day yield was 4.63% (-6 bp), so the close did not stay below 4.6%.', q='below', ref='2024-05-01', basis='intraday'),
    ])

# ---------------------------------------------------------------- 17
add('forbes_20241218_dow_longest_losing_stretch_fed', 'negativecorrelation.store',
    'https://negativecorrelation.store/set-for-longest-losing-stretch-in-50-years-after-fed-update', 'Forbes (reposted on negativecorrelation.store)', '2024-12-18', 'high',
    'The repost is undated; the Fed\'s 25 bp cut with "just two more 25 basis-point cuts in 2025" and the Dow streak dating back to Dec. 5 fix it to FOMC day 2024-12-18, written "by late afternoon".',
    "Dow set for longest losing stretch in 50 years after Fed update. Topline: The blue chip Dow Jones Industrial Average is on the brink of its lengthiest "
    "stretch of declines since 1974, a rut marked Wednesday by a sharp broader selloff tied to a hawkish update from the Federal Reserve. Key facts: The Dow "
    "tumbled more than 900 points, or more than 2%, by late afternoon, reversing what was a 150-point gain prior to the Fed's 2 p.m. announcement that it "
    "agreed to lower interest rates by 25 basis points as expected but forecasts just two more such cuts in 2025, a decrease from the four projected last "
    "quarter. If the losses hold, it will be the Dow's 11th-straight trading session in the red. And Wednesday is on track to be the Dow's steepest point "
    "drop since September 2022. The S&P 500 and tech-heavy Nasdaq declined 2.7% and 3.6%, respectively, while yields for 10-year U.S. government bonds rose "
    "10 basis points to 4.5%, on track for the highest end-of-day level since July. Surprising fact: Wednesday is on pace to be the Nasdaq's worst day since "
    "Sept. 2022. Big number: 2,500 points. That's how much the Dow is down during its down stretch dating back to Dec. 5.",
    [
        C('DJI', 'longest_losing_streak_since', '1974', 'year', 'lengthiest stretch of declines since 1974', "[down_streak('DJI','2024-12-18'), max_down_streak('DJI','1992-01-01','2024-12-04')]", U, NOFILE,
          'Needs 1974 history; the Dow file starts 1992. In the file the streak reached 10 sessions at the 2024-12-18 close; no earlier run since 1992 was longer than 8 (ending 2001-09-21).', ref='2024-12-18'),
        C('DJI', 'change_pts', -900, 'points', 'tumbled more than 900 points', "[day_pts('DJI','2024-12-18'), session_range_pts('DJI','2024-12-18')]", S, BOUND,
          'Close -1,123.03; session low -1,149.87 against the 43,449.90 previous close.', q='more than', ref='2024-12-18', basis='late afternoon'),
        C('DJI', 'change_pct', -2, 'percent', 'or more than 2%', "[day_pct('DJI','2024-12-18'), session_range_pct('DJI','2024-12-18')]", S, BOUND, 'Close -2.58%; low -2.65%.', q='more than', ref='2024-12-18', basis='late afternoon'),
        C('DJI', 'change_pts', 150, 'points', 'a 150-point gain prior to', "session_range_pts('DJI','2024-12-18')", U, MID,
          'Before 2 p.m.; the session high was +239.07, so +150 lies inside the range.', ref='2024-12-18', basis='before 2 p.m.'),
        C('FEDFUNDS', 'rate_change', -0.25, 'pp', 'lower interest rates by 25 basis points', "fed_change('2024-12-18')", S, FED, 'Upper bound 4.75 -> 4.50, effective 2024-12-19.', ref='2024-12-18'),
        C('FEDFUNDS', 'projected_cuts', 2, 'count', 'just two more such cuts in 2025', None, F, 'forecast', 'Dot-plot projection; not judged.', ref='2025'),
        C('FEDFUNDS', 'prior_projected_cuts', 4, 'count', 'the four projected last', None, U, NOFILE, 'The September 2024 dot plot is not in the files.', ref='2024-09-18'),
        C('DJI', 'down_streak', 11, 'sessions', "11th-straight trading session in the red", "down_streak('DJI','2024-12-18')", N, COND,
          'Conditional ("if the losses hold"). At the close the streak was 10 sessions (2024-12-05 to 12-18), not 11.', ref='2024-12-18'),
        C('DJI', 'biggest_point_drop_since', '2022-09', 'month', "steepest point drop since September 2022", "last_move_as_big('DJI','2024-12-18','pts')", N, COND,
          'On track at the time of writing. At the close the last bigger point drop was 2022-09-13 (-1,276.37), so it held.', ref='2024-12-18'),
        C('SPX', 'change_pct', -2.7, 'percent', 'declined 2.7% and 3.6%', "session_range_pct('SPX','2024-12-18')", U, MID, 'Late afternoon; session range -3.02% to +0.33%, close -2.95%.', ref='2024-12-18', basis='late afternoon'),
        C('IXIC', 'change_pct', -3.6, 'percent', '3.6%, respectively', "session_range_pct('IXIC','2024-12-18')", U, MID, 'Late afternoon; session range -3.84% to +0.35%, close -3.56%.', ref='2024-12-18', basis='late afternoon'),
        C('US10Y', 'change_bp', 10, 'bp', 'rose 10 basis points', "yld_bp('DGS10','2024-12-18')", S, EOD, 'End-of-day 4.40% -> 4.50% = +10 bp.', ref='2024-12-18', basis='late afternoon'),
        C('US10Y', 'level', 4.5, 'percent', 'to 4.5%', "yld('DGS10','2024-12-18')", S, EOD, 'End-of-day 4.50%.', ref='2024-12-18', basis='late afternoon'),
        C('US10Y', 'highest_since', '2024-07', 'month', 'highest end-of-day level since July', "yld_last_at_or_above('DGS10',4.5,'2024-12-17')", N, COND,
          'On track at the time of writing. At the close 4.50% was the highest since 2024-05-31 (4.51%), not since July.', ref='2024-12-18'),
        C('IXIC', 'worst_day_since', '2022-09', 'month', "the Nasdaq's worst day since", "last_move_as_big('IXIC','2024-12-18','pct')", N, COND,
          'On pace at the time of writing. At the close (-3.56%) the last worse day was 2024-07-24 (-3.64%), so "since Sept. 2022" would not have held.', ref='2024-12-18'),
        C('DJI', 'pts_change', -2500, 'points', '2,500 points', "[pts('DJI','2024-12-04','2024-12-18'), window_range_pts('DJI','2024-12-04','2024-12-18')]", U, MID,
          'From the 2024-12-04 close (45,014.04) the Dow stood 1,325 to 2,714 points lower during 2024-12-18; 2,500 lies inside. At the close it was -2,687.17.', ref='2024-12-18', window='2024-12-04..2024-12-18', basis='late afternoon'),
    ])

# ---------------------------------------------------------------- 18
add('mtnewswires_20250813_nasdaq_sp500_records_midday', 'fixedincome.fidelity.com',
    'https://fixedincome.fidelity.com/ftgw/fi/FINewsArticle?id=202508131221MIDNIGHTUSEQUITY_A3440163', 'MT Newswires (on Fidelity)', '2025-08-13', 'exact',
    'Stamped "12:21 PM EDT, 08/13/2025"; a midday story on Wednesday 2025-08-13.',
    "Nasdaq Composite, S&P 500 Break Records as Fed Seen Almost Certain to Restart Policy Easing in September. 12:21 PM EDT, 08/13/2025 (MT Newswires) -- US "
    "equity indexes edged up in midday trading on Wednesday as a decline in both government bond yields and the dollar bolstered bets on a Federal Reserve "
    "rate cut in September. The Nasdaq was up 0.1% to 21,693.1, after hitting a record 21,803.75 intraday, extending gains from Tuesday, when July's "
    "inflation data was perceived to be conducive to a Fed rate cut next month. The S&P 500 rose 0.1% to 6,453.5, after touching an all-time high of 6,480.28 "
    "earlier in the session. The Dow Jones Industrial Average climbed 0.8% to 44,446.8, hovering close to its peak of 45,073.63. The odds of a 25-basis-point "
    "cut in September rose to 99.9% as of Wednesday afternoon, versus 94% a day ago, according to the CME FedWatch Tool. US Treasury yields fell intraday, "
    "with the 10-year yield down six basis points to 4.23%.",
    [
        C('IXIC', 'change_pct', 0.1, 'percent', 'The Nasdaq was up 0.1%', "session_range_pct('IXIC','2025-08-13')", U, MID, 'Midday; session range -0.17% to +0.56%, close +0.14%.', ref='2025-08-13', basis='midday'),
        C('IXIC', 'level', 21693.1, 'points', '21,693.1', "[low('IXIC','2025-08-13'), high('IXIC','2025-08-13')]", U, MID, 'Session range 21,645.14-21,803.75; 21,693.1 lies inside. Close 21,713.14.', ref='2025-08-13', basis='midday'),
        C('IXIC', 'intraday_record', 21803.75, 'points', 'a record 21,803.75 intraday', "record_high_check('IXIC','2025-08-13')", S, RECI,
          'Session high 21,803.75, above the previous record high 21,689.68 (2025-08-12).', ref='2025-08-13', basis='intraday high'),
        C('IXIC', 'prior_day_gain', True, 'flag', 'extending gains from Tuesday', "day_pct('IXIC','2025-08-12')", S, 'comparison holds', 'Tuesday 2025-08-12: +1.39% (a record close).', ref='2025-08-12'),
        C('SPX', 'change_pct', 0.1, 'percent', 'The S&P 500 rose 0.1%', "session_range_pct('SPX','2025-08-13')", U, MID, 'Midday; session range -0.01% to +0.54%, close +0.32%.', ref='2025-08-13', basis='midday'),
        C('SPX', 'level', 6453.5, 'points', '6,453.5', "[low('SPX','2025-08-13'), high('SPX','2025-08-13')]", U, MID, 'Session range 6,445.02-6,480.28; inside. Close 6,466.58.', ref='2025-08-13', basis='midday'),
        C('SPX', 'intraday_record', 6480.28, 'points', 'an all-time high of 6,480.28', "record_high_check('SPX','2025-08-13')", S, RECI,
          'Session high 6,480.28, above the previous record high 6,446.55 (2025-08-12).', ref='2025-08-13', basis='intraday high'),
        C('DJI', 'change_pct', 0.8, 'percent', 'climbed 0.8%', "session_range_pct('DJI','2025-08-13')", U, MID, 'Midday; session range +0.25% to +1.10%, close +1.04%.', ref='2025-08-13', basis='midday'),
        C('DJI', 'level', 44446.8, 'points', '44,446.8', "[low('DJI','2025-08-13'), high('DJI','2025-08-13'), r2(prev_close('DJI','2025-08-13'))]", I,
          'mid-session level just outside the session range (<= 1%): imprecise',
          'The session never traded that low: range 44,571.53-44,949.12, so 44,446.8 is 124.7 points (0.28%) below the low. It is also below the 44,458.61 previous close and so contradicts the "climbed 0.8%" in the same sentence (0.8% up would be about 44,814).', ref='2025-08-13', basis='midday'),
        C('DJI', 'record_high', 45073.63, 'points', 'its peak of 45,073.63', "record_high_upto('DJI','2025-08-13')", S, 'date and level match',
          'Intraday record 45,073.63 set 2024-12-04 (record close 45,014.04 that day).', ref='2024-12-04', basis='intraday high'),
        C('FEDFUNDS', 'cut_odds', 99.9, 'percent', 'rose to 99.9%', None, U, ODDS, 'Odds for the September 2025 meeting; ZQ contracts in the files start with July 2026.', ref='2025-08-13'),
        C('FEDFUNDS', 'cut_odds', 94, 'percent', 'versus 94% a day ago', None, U, ODDS, 'Not in the files.', ref='2025-08-12'),
        C('US10Y', 'change_bp', -6, 'bp', 'down six basis points', "yld_bp('DGS10','2025-08-13')", U, IYLD, 'Midday quote; the end-of-day change was -5 bp (4.29% -> 4.24%).', ref='2025-08-13', basis='midday'),
        C('US10Y', 'level', 4.23, 'percent', 'to 4.23%', "yld('DGS10','2025-08-13')", U, IYLD, 'Midday quote; end-of-day 4.24%.', ref='2025-08-13', basis='midday'),
    ])

# ---------------------------------------------------------------- 19
add('nasdaq_20250916_markets_sell_ahead_of_fomc_cut', 'nasdaq.com',
    'https://www.nasdaq.com/articles/markets-sell-ahead-fomc-rate-cut', 'Nasdaq.com', '2025-09-16', 'exact',
    'Dated "Tuesday, September 16, 2025" on the page; an evening preview of the 2025-09-17 FOMC decision.',
    "Markets Sell Ahead of FOMC Rate Cut. Tuesday, September 16, 2025. Market indexes closed in the red across the board this day, just ahead of a sure rate "
    "cut from the Federal Open Market Committee (FOMC). The S&P 500 and Nasdaq struck new intra-day highs early in the session before breaking lower; the "
    "Nasdaq looked as if it may eke out a green close, but dipped just ahead of the bell. The Dow gave back -125 points today, -0.27%, while the S&P 500 was "
    "-8 points lower, -0.13%. The Nasdaq was virtually flat: -14 points, -0.07%, snapping a six-day winning streak, while the small-cap Russell 2000 was "
    "roughly the same: -0.09%. Bond yields also were down 3 basis points (bps) on 10-year and 2-year Treasuries: 4.03% and 3.51%, respectively. After "
    "cutting 100 bps of interest rates in the final three months of 2024 (50 bps in September, 25 in October and December, respectively), the FOMC has not "
    "yet moved from the 4.25-4.50% range year to date. Powell asserted at the Jackson Hole Symposium that the flagging labor market appears to be reason "
    "enough to lower rates. We saw two dissents at the last meeting, from Fed Governors Chris Waller and Miki Bowman, both of whom were looking for a cut in "
    "July.",
    [
        C('GENERIC', 'all_indexes_down', True, 'flag', 'closed in the red across the board',
          "[day_pct('DJI','2025-09-16'), day_pct('SPX','2025-09-16'), day_pct('IXIC','2025-09-16'), day_pct('RUT','2025-09-16')]", S, 'comparison holds', 'Dow -0.27%, S&P 500 -0.13%, Nasdaq -0.07%, Russell 2000 -0.09%.', ref='2025-09-16'),
        C('SPX', 'intraday_record', True, 'flag', 'struck new intra-day highs early in the session',
          "[record_high_check('SPX','2025-09-16'), record_high_check('IXIC','2025-09-16')]", S, RECI,
          'S&P 500 high 6,626.99 above the previous record high 6,619.62; Nasdaq high 22,397.50 (at the open) above 22,352.25.', ref='2025-09-16', basis='intraday high'),
        C('DJI', 'day_change_pts', -125, 'points', 'gave back -125 points', "day_pts('DJI','2025-09-16')", I, TRUNC, '-125.55: 0.55 off, a truncated figure.', ref='2025-09-16'),
        C('DJI', 'day_change_pct', -0.27, 'percent', '-0.27%', "day_pct('DJI','2025-09-16')", S, D2, '-0.27%.', ref='2025-09-16'),
        C('SPX', 'day_change_pts', -8, 'points', '-8 points lower', "day_pts('SPX','2025-09-16')", I, TRUNC, '-8.52: a truncated figure, 0.52 off.', ref='2025-09-16'),
        C('SPX', 'day_change_pct', -0.13, 'percent', '-0.13%', "day_pct('SPX','2025-09-16')", S, D2, '-0.13%.', ref='2025-09-16'),
        C('IXIC', 'day_change_pts', -14, 'points', '-14 points', "day_pts('IXIC','2025-09-16')", I, TRUNC, '-14.79: a truncated figure (rounds to 15).', ref='2025-09-16'),
        C('IXIC', 'day_change_pct', -0.07, 'percent', '-0.07%', "day_pct('IXIC','2025-09-16')", S, D2, '-0.07%.', ref='2025-09-16'),
        C('IXIC', 'up_streak_ended', 6, 'sessions', 'snapping a six-day winning streak', "up_streak('IXIC','2025-09-15')", S, INT, 'Six up closes 2025-09-08 to 09-15, ended 09-16.', ref='2025-09-16'),
        C('RUT', 'day_change_pct', -0.09, 'percent', '-0.09%', "day_pct('RUT','2025-09-16')", S, D2, '-0.09%.', ref='2025-09-16'),
        C('US10Y', 'change_bp', -3, 'bp', 'down 3 basis points (bps) on 10-year', "yld_bp('DGS10','2025-09-16')", X, 'unhedged integer, further off: contradicted',
          'End-of-day 4.05% -> 4.04% = -1 bp; 3 bp is three times the move.', ref='2025-09-16', basis='end of day'),
        C('US2Y', 'change_bp', -3, 'bp', 'and 2-year Treasuries', "yld_bp('DGS2','2025-09-16')", S, INT, 'End-of-day 3.54% -> 3.51% = -3 bp.', ref='2025-09-16', basis='end of day'),
        C('US10Y', 'level', 4.03, 'percent', '4.03%', "yld('DGS10','2025-09-16')", S, D2, 'End-of-day 4.04%; 0.01 off.', ref='2025-09-16', basis='end of day'),
        C('US2Y', 'level', 3.51, 'percent', '3.51%, respectively', "yld('DGS2','2025-09-16')", S, D2, 'End-of-day 3.51%.', ref='2025-09-16', basis='end of day'),
        C('FEDFUNDS', 'total_change', -1.0, 'pp', 'cutting 100 bps of interest rates', "fed_total_change('2024-01-01','2024-12-31')", S, FED,
          'Cuts of 2024: -0.50 (09-18), -0.25 (11-07), -0.25 (12-18) = -1.00. Strictly they span the last four months, not three.', ref='2024-12-18'),
        C('FEDFUNDS', 'rate_change', -0.5, 'pp', '50 bps in September', "fed_change('2024-09-18')", S, FED, '2024-09-18: 5.50 -> 5.00.', ref='2024-09-18'),
        C('FEDFUNDS', 'cut_month', '2024-10', 'month', '25 in October', "fed_moves('2024-10-01','2024-11-30')", X, 'wrong date',
          'There was no October 2024 meeting; the second 25 bp cut was decided 2024-11-07.', ref='2024-11-07'),
        C('FEDFUNDS', 'rate_change', -0.25, 'pp', 'and December, respectively', "fed_change('2024-12-18')", S, FED, '2024-12-18: 4.75 -> 4.50.', ref='2024-12-18'),
        C('FEDFUNDS', 'target_range', [4.25, 4.5], 'percent', '4.25-4.50% range year to date', "[fed_range('2025-01-01'), fed_range('2025-09-16'), fed_moves('2025-01-01','2025-09-16')]", S, FED,
          '4.25-4.50% from 2024-12-19 through 2025-09-16; no 2025 move before 09-17.', ref='2025-09-16'),
        C('FOMC_VOTE', 'dissents', 2, 'count', 'two dissents at the last meeting', None, U, NOFILE, 'FOMC votes are not in the files.', ref='2025-07-30'),
    ])

# ---------------------------------------------------------------- 20
add('cnbc_20251209_sp500_flat_ahead_of_fed', 'exposenews.xyz',
    'https://exposenews.xyz/stock-market-news-for-dec-9-2025', 'CNBC (reposted on exposenews.xyz)', '2025-12-09', 'exact',
    'The URL names Dec. 9, 2025; "Tuesday" is 2025-12-09, the eve of the 2025-12-10 FOMC decision.',
    "Stock market news for Dec. 9, 2025. The S&P 500 closed relatively unchanged on Tuesday as Wall Street looked ahead to this week's interest rate decision "
    "from the Federal Reserve. The broad market index slipped just 0.09% to close at 6,840.51, while the Nasdaq Composite gained 0.13% to end the day at "
    "23,576.49. The Dow Jones Industrial Average fell 179.03 points, or 0.38%, to finish at 47,560.29, dragged down by a decline in JPMorgan shares on "
    "higher-than-expected 2026 expense projections. Traders are waiting for the Fed's decision on Wednesday, which will be the last of the year. Markets are "
    "betting that the central bank will lower its key overnight lending rate by another quarter percentage point as it did at its meetings in September and "
    "October. Fed funds futures suggest a roughly 87% chance of a decrease, up from under 67% about a month ago, according to CME's FedWatch tool. The "
    "anticipation of a cut helped send the Russell 2000 small-cap index to a fresh all-time intraday high during Tuesday's session.",
    [
        C('SPX', 'day_change_pct', -0.09, 'percent', 'slipped just 0.09%', "day_pct('SPX','2025-12-09')", S, D2, '-0.09%.', ref='2025-12-09'),
        C('SPX', 'close', 6840.51, 'points', '6,840.51', "close('SPX','2025-12-09')", S, D2, 'Close 6,840.51.', ref='2025-12-09'),
        C('IXIC', 'day_change_pct', 0.13, 'percent', 'gained 0.13%', "day_pct('IXIC','2025-12-09')", S, D2, '+0.13%.', ref='2025-12-09'),
        C('IXIC', 'close', 23576.49, 'points', '23,576.49', "close('IXIC','2025-12-09')", S, D2, 'Close 23,576.49.', ref='2025-12-09'),
        C('DJI', 'day_change_pts', -179.03, 'points', '179.03 points', "day_pts('DJI','2025-12-09')", S, D2, '-179.03.', ref='2025-12-09'),
        C('DJI', 'day_change_pct', -0.38, 'percent', 'or 0.38%', "day_pct('DJI','2025-12-09')", S, D2, '-0.38%.', ref='2025-12-09'),
        C('DJI', 'close', 47560.29, 'points', '47,560.29', "close('DJI','2025-12-09')", S, D2, 'Close 47,560.29.', ref='2025-12-09'),
        C('FEDFUNDS', 'meeting_date', '2025-12-10', 'date', 'which will be the last of the year', "fomc_dates('2025-12-09','2025-12-31')", S, 'date matches', 'Decision day 2025-12-10, the last of 2025.', ref='2025-12-10'),
        C('FEDFUNDS', 'prior_cuts', [-0.25, -0.25], 'pp', 'its meetings in September and October', "[fed_change('2025-09-17'), fed_change('2025-10-29')]", S, FED, '2025-09-17 and 2025-10-29: -0.25 each.', ref='2025-10-29'),
        C('FEDFUNDS', 'cut_odds', 87, 'percent', 'roughly 87% chance', None, U, ODDS, 'Odds for the 2025-12-10 meeting; no futures for it in the files.', q='roughly', ref='2025-12-09'),
        C('FEDFUNDS', 'cut_odds', 67, 'percent', 'under 67% about a month ago', None, U, ODDS, 'Not in the files.', q='under', ref='2025-11'),
        C('RUT', 'intraday_record', True, 'flag', 'fresh all-time intraday high', "record_high_check('RUT','2025-12-09')", S, RECI,
          'Session high 2,541.77, above the previous record high 2,541.67 (2025-10-15), by 0.10 point.', ref='2025-12-09', basis='intraday high'),
    ])

# ---------------------------------------------------------------- 21
add('macrospire_20260218_treasuries_february_rally', 'macrospire.com',
    'https://macrospire.com/treasury', 'Macrospire (weekly Treasury analysis)', '2026-02-18', 'exact',
    'Dated February 18, 2026 on the page; the yields it quotes are "as of February 13" (Friday 2026-02-13).',
    "Treasuries: The February Rally That Nobody Trusts (Macrospire, February 18, 2026). The U.S. Treasury market has staged a quiet but significant rally in "
    "February 2026, with the benchmark 10-year yield sliding to 4.04% as of February 13, its lowest level since late November 2025 and a full 25 basis points "
    "below where it started the month. The 30-year bond has followed suit, dropping to 4.69% from 4.91% just two weeks earlier, while the 2-year note has "
    "compressed to 3.40% from 3.57%. The rally comes with contradictions. The Federal Reserve's effective funds rate sits at 3.64%, reflecting a target range "
    "of 3.50-3.75% after 170 basis points of cumulative easing since September 2024. Inflation, as measured by the Consumer Price Index, rose to 326.6 in "
    "January 2026, a 2.4% year-over-year increase, and the labor market posted a 4.3% unemployment rate in January.",
    [
        C('US10Y', 'level', 4.04, 'percent', 'sliding to 4.04%', "yld('DGS10','2026-02-13')", S, D2, 'End-of-day 2026-02-13: 4.04%.', ref='2026-02-13', basis='end of day'),
        C('US10Y', 'lowest_since', '2025-11', 'month', 'its lowest level since late November 2025', "yld_last_at_or_below('DGS10',4.04,'2026-02-12')", S, SINCE + ' (end-of-day values)',
          'The last end-of-day value at or below 4.04% was 4.02% on 2025-11-28.', ref='2026-02-13', basis='end of day'),
        C('US10Y', 'change_bp', -25, 'bp', 'a full 25 basis points', "[yld_bp_between('DGS10','2026-02-02','2026-02-13'), yld_bp_between('DGS10','2026-01-30','2026-02-13')]", S, INT,
          'From 4.29% on 2026-02-02, the first session of February, to 4.04% = -25 bp (from the 2026-01-30 close of 4.26% it is -22 bp).', ref='2026-02-13', window='2026-02-02..2026-02-13', basis='end of day'),
        C('US30Y', 'level', [4.69, 4.91], 'percent', 'dropping to 4.69% from 4.91%', None, U, NOFILE, 'The 30-year yield is not in the files.', ref='2026-02-13'),
        C('US2Y', 'level', 3.4, 'percent', 'compressed to 3.40%', "yld('DGS2','2026-02-13')", S, D2, 'End-of-day 2026-02-13: 3.40%.', ref='2026-02-13', basis='end of day'),
        C('US2Y', 'level', 3.57, 'percent', 'from 3.57%', "[yld('DGS2','2026-02-02'), yld('DGS2','2026-01-30')]", S, D2,
          'No date is given; 3.57% was the end-of-day value on 2026-02-02, 02-03 and 02-04, at the start of the month (3.52% on 2026-01-30).', ref='2026-02-02', basis='end of day'),
        C('EFFR', 'level', 3.64, 'percent', 'effective funds rate sits at 3.64%', "dff('2026-02-13')", S, D2, 'DFF 3.64% throughout February 2026 to the 18th.', ref='2026-02-13'),
        C('FEDFUNDS', 'target_range', [3.5, 3.75], 'percent', 'a target range of 3.50-3.75%', "fed_range('2026-02-18')", S, FED, '3.50-3.75% since 2025-12-11.', ref='2026-02-18'),
        C('FEDFUNDS', 'cumulative_change', -1.7, 'pp', '170 basis points of cumulative easing', "fed_total_change('2024-09-01','2026-02-18')", I, 'count off by <= 20%: imprecise',
          'Cuts since September 2024: 50 + 25 + 25 (2024) + 25 + 25 + 25 (2025) = 175 bp.', ref='2026-02-18', window='2024-09..2026-02'),
        C('US_CPI', 'index_level', 326.6, 'index', 'rose to 326.6', None, U, NOFILE, 'CPI is not in the files.', ref='2026-01'),
        C('US_CPI', 'yoy', 2.4, 'percent', 'a 2.4% year-over-year increase', None, U, NOFILE, 'CPI is not in the files.', ref='2026-01'),
        C('US_UNEMPLOYMENT', 'rate', 4.3, 'percent', 'a 4.3% unemployment rate', None, U, NOFILE, 'Unemployment is not in the files.', ref='2026-01'),
    ])

# ---------------------------------------------------------------- 22
add('marketminute_20260220_treasury_yields_stagflation_lite', 'business.am-news.com',
    'http://business.am-news.com/am-news/article/marketminute-2026-2-20-yields-and-uncertainty-the-us-treasury-market-navigates-a-stagflation-lite-horizon', 'MarketMinute (on am-news.com)', '2026-02-20', 'exact',
    'The URL and the text give February 20, 2026 (a Friday).',
    "Yields and Uncertainty: The US Treasury Market Navigates a Stagflation-Lite Horizon (MarketMinute). As of February 20, 2026, the U.S. Treasury market is "
    "locked in a tug-of-war, with the benchmark 10-year yield hovering stubbornly near 4.07%. Investors are caught between a disappointing 1.4% annualized GDP "
    "growth rate for the final quarter of 2025 and a sticky December PCE inflation print of 3.0% that refuses to retreat toward the Federal Reserve's target. "
    "The market has dialed back its expectations for early 2026 rate cuts, and spreads between short-term and long-term debt have narrowed: while the 2s10s "
    "spread had previously normalized to nearly 75 basis points earlier in the year, it has compressed back toward 60 basis points this week. The Q4 2025 GDP "
    "reading was far below the 3.0% consensus.",
    [
        C('US10Y', 'level', 4.07, 'percent', 'hovering stubbornly near 4.07%', "[yld('DGS10','2026-02-19'), yld('DGS10','2026-02-20')]", S,
          'near (about): within one unit of the last digit + 0.02', 'End-of-day 4.08% on 2026-02-19 and 2026-02-20.', q='near', ref='2026-02-20', basis='end of day'),
        C('US_GDP', 'qoq_annualized', 1.4, 'percent', 'a disappointing 1.4% annualized GDP', None, U, NOFILE, 'GDP is not in the files.', ref='2025-Q4'),
        C('US_PCE', 'yoy', 3.0, 'percent', 'December PCE inflation print of 3.0%', None, U, NOFILE, 'PCE is not in the files.', ref='2025-12'),
        C('US2s10s', 'spread_max_bp', 75, 'bp', 'nearly 75 basis points earlier in the year', "spread_max_bp('2026-01-01','2026-02-19')", S,
          'nearly: claim - 1 unit <= true <= claim + 0.5 unit', 'Widest 2026 spread (DGS10 - DGS2) before this week: 74 bp (2026-01-30, also 02-05 and 02-09).', q='nearly', ref='2026-01-30', basis='end of day'),
        C('US2s10s', 'spread_bp', 60, 'bp', 'compressed back toward 60 basis points this week', "[spread_bp('2026-02-17'), spread_bp('2026-02-18'), spread_bp('2026-02-19'), spread_bp('2026-02-20')]", S,
          'approximately (toward): within one unit of the last digit', '62, 62, 61 and 60 bp on 2026-02-17 to 02-20.', q='toward', ref='2026-02-20', basis='end of day'),
        C('US_GDP', 'consensus', 3.0, 'percent', 'the 3.0% consensus', None, U, NOFILE, 'Forecast consensus not in the files.', ref='2025-Q4'),
    ])


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('give the data directory as the first argument or in CAPSCOPE_DATA_DIR')
    R.DATA = data
    P.sort(key=lambda p: p['published'])  # chronological order (stable)
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
                detail = (c['detail'] + ' ' if c['detail'] else '') + c['note'].split('. ')[0].rstrip('.') + '.'
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
