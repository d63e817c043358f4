"""Build passages.jsonl and key.jsonl of the heldout35b corpus, and write reference.py.

usage: python build.py PATH/TO/data      (or set CAPSCOPE_DATA_DIR)

Every computed_value comes from a recipe expression evaluated with the helpers in refcore.py over the
CSV files of the shared data directory. Verdicts were assigned by hand from the printed comparison
(claimed against computed) under the rules of the dev README; the tolerance checker below re-checks
the plain numeric ones and stops the build if a hand verdict disagrees.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import refcore  # noqa: E402

RULES = {
    'int': 'unhedged integer: supported if |true - claim| <= 0.5',
    '1dp': 'unhedged 1 decimal: supported if |true - claim| <= 0.05 + 0.02',
    '2dp': 'unhedged 2 decimals: supported if |true - claim| <= 0.005 + 0.02',
    'lvl': 'index level / yield to 2 dp: supported if |true - claim| <= 0.025',
    'lvl_imp': 'index level outside tolerance but within 1% of the true value: imprecise',
    'lvl_con': 'index level more than 1% off: contradicted',
    'pts_imp': 'point change outside tolerance but within 20%: imprecise',
    'pct_imp': '% figure outside tolerance, |error| <= 20% of true and <= max(2 pp, 10% of true): imprecise',
    'pct_con': '% figure off by more than 20% of the true value (or more than max(2 pp, 10%)): contradicted',
    'more': 'more than / over: supported if true > claim (session extreme for an intraday move)',
    'atmost': 'as much as / at one point: session extreme within one unit of the last stated digit',
    'below': 'below / under a level: supported if the close is under it',
    'record': 'records: above every earlier close in the file',
    'intraday_rec': 'intraday: session high above the most recent record close',
    'since_ok': 'lowest/highest since X: X is the last session at least as extreme (or the first after it)',
    'since_late': 'since X: X later than the true date (true but understated): imprecise',
    'since_early': 'since X / worst since X: a more extreme value exists after X: contradicted',
    'rank': 'ranks and orderings: computed over all daily moves in the file up to that day',
    'streak': 'streaks and counts use daily closes',
    'sign': 'direction / sign of the move as stated',
    'correction': 'correction: close at least 10% below the highest close of the previous 52 weeks',
    'fed': 'Fed: DFEDTARU/DFEDTARL change on the effective date; FOMC_meetings.csv gives decision days',
    'date': 'dates and weekdays: checked against the calendar and the files',
    'about': 'about / roughly: within one unit of the last stated digit (+0.02)',
    'unv_series': 'unverifiable: series not in the files',
    'unv_tr': 'unverifiable: total-return figure, only a price index in the files',
    'unv_mid': 'unverifiable: mid-session / intraday figure inside what the end-of-day files can decide',
    'unv_hist': 'unverifiable: needs history before the file starts',
    'unv_method': 'unverifiable: computation method not stated',
    'forecast': 'forecast: projection or expectation, never judged against what happened',
}

P = []


def passage(pid, site, url, outlet, published, conf, note, text):
    P.append(dict(id=pid, source=dict(site=site, url=url, original_outlet=outlet), published=published,
                  published_confidence=conf, published_note=note, text_kind='condensed_close_paraphrase',
                  text=text, claims=[]))


def C(t, metric, value, unit, ref, anchor, recipe, verdict, rule, note='', qual=None, window=None,
      comparison=None, basis='close', detail='', check=None):
    P[-1]['claims'].append(dict(t=t, metric=metric, value=value, unit=unit, qual=qual, ref=ref, window=window,
                                comparison=comparison, basis=basis, anchor=anchor, recipe=recipe,
                                verdict=verdict, rule=rule, note=note, detail=detail, check=check))


S, I, X, U, F, N = 'supported', 'imprecise', 'contradicted', 'unverifiable', 'forecast', 'not_checkable'

# ---------------------------------------------------------------- 1
passage('indexology_20140103_djia_2013_review', 'indexologyblog.com (S&P Dow Jones Indices)',
        'https://www.indexologyblog.com/2014/01/03/the-dow-jones-industrial-average-in-2013-yeah-that-went-well/',
        'S&P Dow Jones Indices (Indexology blog)', '2014-01-03', 'exact',
        'Date in the URL. A year-in-review of 2013; the figures are about the 2013-12-31 close and days in 2013.',
        "The Dow Jones Industrial Average in 2013? Yeah, that went well. An economy that kept improving, plus "
        "a fair amount of performance-enhancing stimulus from the Fed, won equity investors back in 2013 and left "
        "the Dow Jones Industrial Average finishing in record territory. The DJIA ended the year at 16,576.66, up "
        "3,472.52 or 26.50%, the latest in a series of record closes, the best annual percentage gain since 1995 "
        "and the largest annual point gain in history. The biggest single day point gain, up 323.09 or +2.18%, came "
        "on October 10: with the US government shutdown at Day 8, investors took heart from signs that House "
        "Republicans would offer a deal to raise the debt ceiling. The biggest single day point loss, down 353.87 or "
        "-2.34%, came on June 20, when the market reacted badly to Bernanke's comments about tapering the Fed's bond "
        "buying. At 9.40, the DJIA's realized annual volatility continued a downward trend from a peak of over 26 "
        "seen during 2009.")
C('DJI', 'close', 16576.66, 'index points', '2013-12-31', '16,576.66', "close('DJI','2013-12-31')", S, 'lvl', check='lvl')
C('DJI', 'change_points', 3472.52, 'points', '2013-12-31', '3,472.52', "annual_pts('DJI',2013)", S, '2dp',
  window='2012-12-31 close to 2013-12-31 close', check='lvl')
C('DJI', 'return_pct', 26.50, '%', '2013-12-31', '26.50%', "annual_pct('DJI',2013)", S, '2dp', window='year 2013', check='2dp')
C('DJI', 'record_close', True, 'flag', '2013-12-31', 'latest in a series of record closes',
  "is_record_close('DJI','2013-12-31')", S, 'record', note='2013-12-31 closes above every earlier close in the file (file starts 1992; the 2013 closes passed the 2007 high).')
C('DJI', 'best_annual_pct_since', '1995', 'year', '2013-12-31', 'best annual percentage gain since 1995',
  "last_year_annual_pct_at_least('DJI',2013)", S, 'since_ok',
  note='Last year with an annual gain at least as large as 26.50% is 1995 (33.5%); 1996-2012 were all smaller. 1995 needs the 1994 close, in the file.')
C('DJI', 'largest_annual_point_gain', 'in history', 'rank', '2013-12-31', 'largest annual point gain in history',
  "max_annual_pts_year('DJI',1993,2013)", U, 'unv_hist',
  note='Within the file (annual changes 1993-2013) 2013 is the largest point gain; "in history" reaches back before the Dow file starts (1992-01-02), so the full claim cannot be decided from the files.')
C('DJI', 'biggest_day_point_gain_of_year', '2013-10-10', 'date', '2013-10-10', 'biggest single day point gain',
  "extreme_day_in_year('DJI',2013,'pts','max')", S, 'rank', window='2013 sessions')
C('DJI', 'change_points', 323.09, 'points', '2013-10-10', '323.09', "chg('DJI','2013-10-10')", S, '2dp', check='lvl')
C('DJI', 'return_pct', 2.18, '%', '2013-10-10', '+2.18%', "pct('DJI','2013-10-10')", S, '2dp', check='2dp')
C('GENERIC', 'shutdown_day_count', 8, 'days', '2013-10-10', 'Day 8', None, U, 'unv_series',
  note='The length of the 2013 government shutdown is not in the files (it began on 2013-10-01, which would make October 10 day 10; left undecided).')
C('DJI', 'biggest_day_point_loss_of_year', '2013-06-20', 'date', '2013-06-20', 'biggest single day point loss',
  "extreme_day_in_year('DJI',2013,'pts','min')", S, 'rank', window='2013 sessions')
C('DJI', 'change_points', -353.87, 'points', '2013-06-20', '353.87', "chg('DJI','2013-06-20')", S, '2dp', check='lvl')
C('DJI', 'return_pct', -2.34, '%', '2013-06-20', '-2.34%', "pct('DJI','2013-06-20')", S, '2dp', check='2dp')
C('DJI', 'realized_volatility', 9.40, '% annualized', '2013-12-31', '9.40', "realized_vol('DJI',2013)", U, 'unv_method',
  note='The annualized standard deviation of 2013 daily log returns is 10.16; the blog does not say how its 9.40 is computed (window, returns, annualization), so the figure is not judged.')
C('DJI', 'realized_volatility_peak', 26, '% annualized', '2009', 'over 26', "realized_vol('DJI',2009)", U, 'unv_method',
  qual='more than', note='Calendar-2009 log-return volatility is 24.20, but "a peak of over 26 seen during 2009" may be a rolling measure; method not stated.')

# ---------------------------------------------------------------- 2
passage('foxbusiness_20150402_easter_week_gain', 'foxbusiness.com',
        'https://www.foxbusiness.com/markets/u-s-stocks-close-slightly-higher-eke-out-weekly-gain',
        'MarketWatch (via Fox Business)', '2015-04-02', 'high',
        'The page has no date; the copyright line says 2015, the text describes a Thursday close before an Easter break with payrolls due Friday (2015-04-03, Good Friday), and every level matches the 2015-04-02 closes. The week runs from the Friday 2015-03-27 close to the Thursday close.',
        "U.S. Stocks Close Slightly Higher, Eke Out Weekly Gain. U.S. stocks wrapped up the Easter-shortened week "
        "with modest gains after the benchmarks edged up on Thursday, helped by jobless claims that came in better "
        "than expected, a sign of a firm labor market ahead of Friday's nonfarm payrolls. The S&P 500 closed 7.26 "
        "points, or 0.4%, higher at 2,066.95 and booked a 0.3% gain for the week. The Dow Jones Industrial Average "
        "added 65.06 points, or 0.4% to 17,763.24 and gained 0.3% over the week. The Nasdaq Composite ended the "
        "session up 6.71 points, or 0.1%, to 4,886.94, but was 0.1% lower for the week. Copyright 2015 MarketWatch, Inc.")
C('SPX', 'holiday_shortened_week', True, 'flag', '2015-04-02', 'Easter-shortened week', "next_session('SPX','2015-04-02')", S, 'date',
  note='The next session after Thursday 2015-04-02 is Monday 2015-04-06: the market was shut on Good Friday.')
C('SPX', 'change_points', 7.26, 'points', '2015-04-02', '7.26', "chg('SPX','2015-04-02')", S, '2dp', check='lvl')
C('SPX', 'return_pct', 0.4, '%', '2015-04-02', '0.4%, higher', "pct('SPX','2015-04-02')", S, '1dp', check='1dp')
C('SPX', 'close', 2066.95, 'index points', '2015-04-02', '2,066.95', "close('SPX','2015-04-02')", S, 'lvl', check='lvl')
C('SPX', 'return_pct', 0.3, '%', '2015-04-02', '0.3% gain for the week', "week_pct('SPX','2015-04-02')", S, '1dp',
  window='week: 2015-03-27 close to 2015-04-02 close', check='1dp')
C('DJI', 'change_points', 65.06, 'points', '2015-04-02', '65.06', "chg('DJI','2015-04-02')", S, '2dp', check='lvl')
C('DJI', 'return_pct', 0.4, '%', '2015-04-02', '0.4% to', "pct('DJI','2015-04-02')", S, '1dp', check='1dp')
C('DJI', 'close', 17763.24, 'index points', '2015-04-02', '17,763.24', "close('DJI','2015-04-02')", S, 'lvl', check='lvl')
C('DJI', 'return_pct', 0.3, '%', '2015-04-02', 'gained 0.3% over the week', "week_pct('DJI','2015-04-02')", S, '1dp',
  window='week: 2015-03-27 close to 2015-04-02 close', check='1dp')
C('IXIC', 'change_points', 6.71, 'points', '2015-04-02', '6.71', "chg('IXIC','2015-04-02')", S, '2dp', check='lvl')
C('IXIC', 'return_pct', 0.1, '%', '2015-04-02', '0.1%, to', "pct('IXIC','2015-04-02')", S, '1dp', check='1dp')
C('IXIC', 'close', 4886.94, 'index points', '2015-04-02', '4,886.94', "close('IXIC','2015-04-02')", S, 'lvl', check='lvl')
C('IXIC', 'return_pct', -0.1, '%', '2015-04-02', '0.1% lower for the week', "week_pct('IXIC','2015-04-02')", S, '1dp',
  window='week: 2015-03-27 close to 2015-04-02 close', check='1dp')

# ---------------------------------------------------------------- 3
passage('dailymail_20160115_dow_392_oil_below_30', 'dailymail.co.uk',
        'https://www.dailymail.co.uk/news/article-3400591/Asian-stocks-fall-opening-China-concerns-weigh.html?ico=amp-comments-addcomment',
        'Daily Mail', '2016-01-15', 'high',
        'The page text is about "Friday" and "this afternoon"; oil under $30 for the first time since 2003 and the Dow close near 15,988 fix the session as Friday 2016-01-15.',
        "Dow closes 392 points down as price of oil plummets below $30 a barrel for first time since 2003 - and the "
        "Nasdaq falls to lowest point since August. The Dow Jones fell by more than 500 points after markets opened on "
        "Friday, clawed back a little in late trading and finished at 15,987, under the 16,000 level that investors "
        "see as psychologically important. Nasdaq and Standard and Poor 500 both fell to lowest points since August. "
        "U.S. stocks slid sharply on fears that financial trouble in China will weigh on demand for oil. At one point "
        "the Dow fell 537 points; it hit a low of 15,858 early Friday afternoon.")
C('DJI', 'change_points', -392, 'points', '2016-01-15', '392 points down', "chg('DJI','2016-01-15')", I, 'pts_imp',
  note='File: -390.97 (close 15,988.08 against 16,379.05). 392 is 1.03 points off, outside the 0.5 tolerance but within 20%; it may be a preliminary figure.', check='int')
C('OIL', 'price_below', 30, 'USD/barrel', '2016-01-15', 'below $30 a barrel', None, U, 'unv_series', qual='less than',
  note='Crude oil prices are not in the files.')
C('IXIC', 'lowest_close_since', '2015-08', 'month', '2016-01-15', 'Nasdaq falls to lowest point since August',
  "lowest_close_since('IXIC','2016-01-15')", I, 'since_late',
  note='The Nasdaq close of 4,488.42 is below every close of August 2015 (low 4,506.49 on 2015-08-25); the last lower close is 2014-10-27. "Since August" is later than the true date: understated. Intraday, the session low 4,419.41 gives the same reading.')
C('DJI', 'intraday_drop_points', -500, 'points', '2016-01-15', 'more than 500 points', "intraday_drop_pts('DJI','2016-01-15')", S, 'more',
  qual='more than', basis='intraday low', note='Session low 15,842.11, 536.94 points below the previous close.')
C('DJI', 'close', 15987, 'index points', '2016-01-15', '15,987', "close('DJI','2016-01-15')", I, 'lvl_imp',
  note='File close 15,988.08: 1.08 points off a whole-number figure (tolerance 0.5), within 1%.', check='int')
C('DJI', 'close_below_level', 16000, 'index points', '2016-01-15', 'under the 16,000 level', "close('DJI','2016-01-15')", S, 'below',
  qual='less than')
C('SPX', 'lowest_close_since', '2015-08', 'month', '2016-01-15', 'both fell to lowest points since August',
  "lowest_close_since('SPX','2016-01-15')", S, 'since_ok',
  note='S&P 500 close 1,880.33; the last lower close is 2015-08-25 (1,867.61). The Nasdaq half of the sentence is keyed with the headline claim.')
C('DJI', 'intraday_drop_points', -537, 'points', '2016-01-15', '537 points', "intraday_drop_pts('DJI','2016-01-15')", S, 'atmost',
  qual='at one point', basis='intraday low', note='Session low 536.94 points under the previous close.')
C('DJI', 'intraday_level', 15858, 'index points', '2016-01-15', '15,858', "low('DJI','2016-01-15')", U, 'unv_mid',
  basis='early afternoon', note='Session range 15,842.11-16,354.33: 15,858 lies inside it, and the text times it "early Friday afternoon". Read as the session low it would be 15.89 points (0.1%) high, imprecise; the same text\'s 537-point fall matches the file low.')

# ---------------------------------------------------------------- 4
passage('belfasttelegraph_20170609_tech_slide_dow_rut_records', 'belfasttelegraph.co.uk',
        'http://www.belfasttelegraph.co.uk/business/news/tech-shares-slide-as-investors-favour-financial-stocks-35810189.html',
        'Associated Press (via Belfast Telegraph)', '2017-06-09', 'high',
        'AP story about "Friday"; the British general election reference and all levels match Friday 2017-06-09. "Thursday" is 2017-06-08.',
        "Tech shares slide as investors favour financial stocks. Wall Street ended unevenly on Friday as investors "
        "sold their technology shares and bought energy and financial stocks instead. The tech-heavy Nasdaq composite, "
        "which has outpaced the other US indexes this year, fell the most, and the Standard & Poor's 500 index closed "
        "slightly lower. Even with the tech sell-off, the Dow Jones industrial average and the Russell 2000 index of "
        "small-company stocks closed higher, each setting new highs. All told, the S&P 500 index fell 2.02 points, or "
        "0.1%, to 2,431.77. The Dow gained 89.44 points, or 0.4%, to 21,271.97. The Nasdaq declined 113.85 points, or "
        "1.8%, to 6,207.92. The Russell 2000 picked up 6.09 points, or 0.4%, to 1,421.71. US stocks were coming off a "
        "two-day winning streak, which included a record high for the Nasdaq on Thursday, and looked set to extend "
        "those gains early Friday, each at one point trading above their most recent closing highs. The technology "
        "sector fell 2.7%; it remains up 18.5% for the year.")
C('IXIC', 'largest_decline_among_indexes', True, 'ordering', '2017-06-09', 'fell the most', "pcts(['IXIC','SPX','DJI','RUT'],'2017-06-09')", S, 'rank',
  note='Nasdaq -1.80% against S&P 500 -0.08%, Dow +0.42%, Russell 2000 +0.43%.')
C('SPX', 'direction', 'slightly lower', 'sign', '2017-06-09', 'closed slightly lower', "pct('SPX','2017-06-09')", S, 'sign')
C('DJI', 'record_close', True, 'flag', '2017-06-09', 'each setting new highs', "is_record_close('DJI','2017-06-09')", S, 'record',
  note='Dow close 21,271.97 above the previous record close 21,206.29 (2017-06-02).')
C('RUT', 'record_close', True, 'flag', '2017-06-09', 'Russell 2000 index of small-company stocks', "is_record_close('RUT','2017-06-09')", S, 'record',
  note='Russell 2000 close 1,421.71 above the previous record close 1,419.43 (2017-04-26).')
C('SPX', 'change_points', -2.02, 'points', '2017-06-09', '2.02 points', "chg('SPX','2017-06-09')", S, '2dp', check='lvl')
C('SPX', 'return_pct', -0.1, '%', '2017-06-09', 'or 0.1%', "pct('SPX','2017-06-09')", S, '1dp', check='1dp')
C('SPX', 'close', 2431.77, 'index points', '2017-06-09', '2,431.77', "close('SPX','2017-06-09')", S, 'lvl', check='lvl')
C('DJI', 'change_points', 89.44, 'points', '2017-06-09', '89.44 points', "chg('DJI','2017-06-09')", S, '2dp', check='lvl')
C('DJI', 'return_pct', 0.4, '%', '2017-06-09', '89.44 points, or 0.4%', "pct('DJI','2017-06-09')", S, '1dp', check='1dp')
C('DJI', 'close', 21271.97, 'index points', '2017-06-09', '21,271.97', "close('DJI','2017-06-09')", S, 'lvl', check='lvl')
C('IXIC', 'change_points', -113.85, 'points', '2017-06-09', '113.85 points', "chg('IXIC','2017-06-09')", S, '2dp', check='lvl')
C('IXIC', 'return_pct', -1.8, '%', '2017-06-09', '1.8%', "pct('IXIC','2017-06-09')", S, '1dp', check='1dp')
C('IXIC', 'close', 6207.92, 'index points', '2017-06-09', '6,207.92', "close('IXIC','2017-06-09')", S, 'lvl', check='lvl')
C('RUT', 'change_points', 6.09, 'points', '2017-06-09', '6.09 points', "chg('RUT','2017-06-09')", S, '2dp', check='lvl')
C('RUT', 'return_pct', 0.4, '%', '2017-06-09', '6.09 points, or 0.4%', "pct('RUT','2017-06-09')", S, '1dp', check='1dp')
C('RUT', 'close', 1421.71, 'index points', '2017-06-09', '1,421.71', "close('RUT','2017-06-09')", S, 'lvl', check='lvl')
C('SPX', 'win_streak_days', 2, 'sessions', '2017-06-08', 'two-day winning streak', "up_streak('SPX','2017-06-08')", S, 'streak',
  note='S&P 500 up on 2017-06-07 and 2017-06-08 (down 06-06); the Dow and the Nasdaq show the same two-day streak.')
C('IXIC', 'record_close', True, 'flag', '2017-06-08', 'record high for the Nasdaq on Thursday', "is_record_close('IXIC','2017-06-08')", S, 'record',
  note='Nasdaq close 6,321.76 on 2017-06-08 is a record close.')
C('SPX, DJI, IXIC', 'intraday_above_record_close', True, 'flag', '2017-06-09', 'each at one point trading above their most recent closing highs',
  "intraday_above_prior_records(['SPX','DJI','IXIC'],'2017-06-09')", S, 'intraday_rec', basis='early trading (session high)',
  note='Session highs: S&P 500 2,446.20 > 2,439.07; Dow 21,305.35 > 21,206.29; Nasdaq 6,341.70 > 6,321.76. A mid-session bound claim decided by the session extremes.')
C('SPX_TECH', 'return_pct', -2.7, '%', '2017-06-09', '2.7%', None, U, 'unv_series', note='S&P 500 technology sector index not in the files (XLK has only adj_close before 2026-03).')
C('SPX_TECH', 'ytd_pct', 18.5, '%', '2017-06-09', '18.5%', None, U, 'unv_series', note='S&P 500 technology sector index not in the files.')

# ---------------------------------------------------------------- 5
passage('leighbaldwin_20180921_week_in_review', 'leighbaldwin.com',
        'https://leighbaldwin.com/communications/review.php?id=4730', 'Leigh Baldwin & Co. (Week In Review newsletter)',
        '2018-09-21', 'exact', 'The review is dated 9/21/18 and describes that Friday and its week.',
        "The Week In Review, 9/21/18. Wall Street had a mixed session on Friday, as weak financial and technology "
        "shares offset gains in most other areas. The Dow Jones Industrial Average rose 0.3%, closing at a new all-time "
        "high for the second day in a row. The S&P 500 finished slightly below its flat line, and the tech-heavy "
        "Nasdaq lost 0.5%. For the week, the S&P 500 added 0.9% and the Dow 2.3%, while the Nasdaq lost 0.3%. The "
        "top-weighted information technology sector lost 0.3% on Friday to cap a dull week. The financial sector also "
        "ended a positive week on a sour note, giving up 0.4% on Friday and trimming its weekly gain to 2.3%, as "
        "Treasuries firmed and yields eased a little: the benchmark 10-yr yield slipped one basis point to 3.07%, but "
        "remained near a four-month high. A big sector rebalancing, which creates a new 'Communication Services' "
        "sector, added volatility in the final stretch of Friday's trading.")
C('DJI', 'return_pct', 0.3, '%', '2018-09-21', 'rose 0.3%', "pct('DJI','2018-09-21')", S, '1dp', check='1dp')
C('DJI', 'record_close_streak', 2, 'sessions', '2018-09-21', 'new all-time high for the second day in a row', "record_streak('DJI','2018-09-21')", S, 'record',
  note='Record closes on 2018-09-20 and 2018-09-21; 2018-09-19 was not one.')
C('SPX', 'direction', 'slightly below flat', 'sign', '2018-09-21', 'slightly below its flat line', "pct('SPX','2018-09-21')", S, 'sign', note='-0.04%.')
C('IXIC', 'return_pct', -0.5, '%', '2018-09-21', 'Nasdaq lost 0.5%', "pct('IXIC','2018-09-21')", S, '1dp', check='1dp')
C('SPX', 'return_pct', 0.9, '%', '2018-09-21', 'added 0.9%', "week_pct('SPX','2018-09-21')", S, '1dp', window='week to 2018-09-21', check='1dp')
C('DJI', 'return_pct', 2.3, '%', '2018-09-21', 'the Dow 2.3%', "week_pct('DJI','2018-09-21')", S, '1dp', window='week to 2018-09-21', check='1dp')
C('IXIC', 'return_pct', -0.3, '%', '2018-09-21', 'Nasdaq lost 0.3%', "week_pct('IXIC','2018-09-21')", S, '1dp', window='week to 2018-09-21', check='1dp')
C('SPX_TECH', 'return_pct', -0.3, '%', '2018-09-21', 'sector lost 0.3%', None, U, 'unv_series', note='Sector index not in the files.')
C('SPX_FINANCIALS', 'return_pct', -0.4, '%', '2018-09-21', 'giving up 0.4%', None, U, 'unv_series', note='Sector index not in the files; XLF has only adj_close before 2026-03 and never decides a verdict.')
C('SPX_FINANCIALS', 'return_pct', 2.3, '%', '2018-09-21', 'weekly gain to 2.3%', None, U, 'unv_series', window='week to 2018-09-21', note='Sector index not in the files.')
C('US10Y', 'change_bp', -1, 'bp', '2018-09-21', 'slipped one basis point', "yld_chg_bp('DGS10','2018-09-21')", U, 'unv_method',
  note='FRED DGS10 prints 3.07 on both 2018-09-20 and 2018-09-21: the end-of-day move is under one basis point either way, and the two-decimal rounding cannot tell whether a market-close quote fell by about one basis point.')
C('US10Y', 'yield', 3.07, '%', '2018-09-21', 'to 3.07%', "yld('DGS10','2018-09-21')", S, 'lvl', basis='end of day', check='lvl')
C('US10Y', 'near_high_since', '2018-05', 'month', '2018-09-21', 'near a four-month high', "highest_yld_since('DGS10','2018-09-19')", S, 'since_ok',
  note='3.07% is one basis point under the 3.08% of 2018-09-19, the highest end-of-day yield since 2018-05-17 (four months earlier).')

# ---------------------------------------------------------------- 6
passage('ctsfinancial_20181126_thanksgiving_week_correction', 'ctsfinancialgroup.com',
        'https://ctsfinancialgroup.com/why-did-stocks-drop-2', 'CTS Financial Group (The Weekly Update, Christopher T. Much)',
        '2018-11-26', 'high', 'Headed "Week of November 26, 2018"; "last week" is the Thanksgiving week ending Friday 2018-11-23.',
        "The Weekly Update, Week of November 26, 2018. Last week was a rough one for markets. The S&P 500 dropped 3.79% "
        "and turned in its worst results during a Thanksgiving week since 1939. The index officially entered correction "
        "territory on Friday, closing 10.2% below its most recent record high. The Dow and NASDAQ kept falling too, "
        "losing 4.44%, and 4.26%, respectively, while international stocks in the MSCI EAFE slipped 1.12%. Sliding "
        "oil prices were one of the main drivers of the losses, as investors fretted about a glut: oil has now fallen "
        "seven weeks in a row and is down more than 20% so far this month.")
C('SPX', 'return_pct', -3.79, '%', '2018-11-23', '3.79%', "week_pct('SPX','2018-11-23')", S, '2dp', window='week: 2018-11-16 close to 2018-11-23 close', check='2dp')
C('SPX', 'worst_thanksgiving_week_since', '1939', 'year', '2018-11-23', 'worst results during a Thanksgiving week since 1939',
  "last_thanksgiving_week_at_most(2018)", X, 'since_early',
  note='Thanksgiving-week changes (Friday before to Friday after, S&P 500 price): 2011 fell 4.69%, worse than 2018\'s 3.79%, so "since 1939" is too early; 1939 itself fell only 2.04% in the file (S&P 90 era). Holiday date per year: last Thursday of November to 1938, 1939-41 as observed federally, fourth Thursday from 1942.')
C('SPX', 'correction_entry', True, 'flag', '2018-11-23', 'officially entered correction territory on Friday', "correction_entry('SPX','2018-11-23')", S, 'correction',
  note='2018-11-23 close is 10.17% below the highest close of the previous 52 weeks; the session before (2018-11-21) was 9.58% below.')
C('SPX', 'pct_from_ath', 10.2, '%', '2018-11-23', '10.2%', "pct_below_record('SPX','2018-11-23')", S, '1dp', note='Record close 2,930.75 on 2018-09-20.', check='1dp')
C('DJI', 'return_pct', -4.44, '%', '2018-11-23', '4.44%', "week_pct('DJI','2018-11-23')", S, '2dp', window='week to 2018-11-23', check='2dp')
C('IXIC', 'return_pct', -4.26, '%', '2018-11-23', '4.26%', "week_pct('IXIC','2018-11-23')", S, '2dp', window='week to 2018-11-23', check='2dp')
C('MSCI_EAFE', 'return_pct', -1.12, '%', '2018-11-23', '1.12%', None, U, 'unv_series', note='MSCI EAFE not in the files.')
C('OIL', 'weekly_losing_streak', 7, 'weeks', '2018-11-23', 'seven weeks in a row', None, U, 'unv_series', note='Crude oil prices are not in the files.')
C('OIL', 'mtd_pct', -20, '%', '2018-11-23', 'more than 20% so far this month', None, U, 'unv_series', qual='more than', note='Crude oil prices are not in the files.')

# ---------------------------------------------------------------- 7
passage('etrade_20190520_market_dashboard_week', 'us.etrade.com',
        'https://us.etrade.com/knowledge/library/perspectives/market-dashboard', 'E*TRADE (Market Dashboard)', '2019-05-20', 'exact',
        'The page carries "Last update: 5/20/2019" (the same address holds later updates; this passage is the 2019-05-20 version). The week is the one ending Friday 2019-05-17.',
        "Market Dashboard, last update 5/20/2019. For the week ending May 17, the S&P 500 index fell 0.76% to "
        "2,859.53; the S&P 500 TR fell 0.69%. The S&P 500 TR's total return year to date, including price change plus "
        "dividends, was 14.98%. The Dow Jones Industrial Average (Total Return) retreated 0.61%. Stocks sold off early "
        "in the week on US-China trade worries before regaining ground. Real estate, consumer staples and utilities "
        "were the best sectors of the week, financials and industrials the worst.")
C('SPX', 'return_pct', -0.76, '%', '2019-05-17', '0.76%', "week_pct('SPX','2019-05-17')", S, '2dp', window='week: 2019-05-10 close to 2019-05-17 close', check='2dp')
C('SPX', 'close', 2859.53, 'index points', '2019-05-17', '2,859.53', "close('SPX','2019-05-17')", S, 'lvl', check='lvl')
C('SPX_TR', 'return_pct', -0.69, '%', '2019-05-17', 'fell 0.69%', "week_pct('SPX','2019-05-17')", U, 'unv_tr',
  note='Total-return index not in the files; the price index fell 0.76%, consistent with a slightly smaller total-return loss.')
C('SPX_TR', 'ytd_pct', 14.98, '%', '2019-05-17', '14.98%', "ytd_pct('SPX','2019-05-17')", U, 'unv_tr',
  note='Total return; the price index is up 14.07% year to date, consistent with roughly 0.9 pp of dividends.')
C('DJI_TR', 'return_pct', -0.61, '%', '2019-05-17', '0.61%', "week_pct('DJI','2019-05-17')", U, 'unv_tr',
  note='Dow total-return index not in the files; the price index fell 0.69%.')
C('SPX_SECTORS', 'best_worst_sectors', 'real estate, staples, utilities / financials, industrials', 'ranking', '2019-05-17', 'best sectors of the week', None, U, 'unv_series',
  note='Sector indexes not in the files.')

# ---------------------------------------------------------------- 8
passage('invtrust_201908_market_bullets_week', 'invtrust.com',
        'https://invtrust.com/resources/weekly-update?page=7', 'Investors Trust (Market Bullets - Weekly Update)', '2019-08', 'medium',
        'The bullets say "week ended Friday, September 23, 2019", but 2019-09-23 was a Monday; the China tariff retaliation, the Powell speech and every figure fit the week ended Friday 2019-08-23, so the page was written in late August 2019 (day unknown) and the claims are keyed to 2019-08-23.',
        "Market Bullets - Weekly Update. For the market week ended Friday, September 23, 2019. A fairly upbeat week for "
        "US stocks was knocked off course on Friday when China announced retaliatory 5-10% tariffs on $75 billion of US "
        "products and President Trump told US companies to look for alternatives to China, news that overshadowed a "
        "speech in which Fed Chairman Powell said the Fed would do what it could to keep the expansion going. The S&P "
        "500 was down 1.4% for the week, cutting its gain for the year to 13.6%. The Nasdaq fell 1.8% for the week and "
        "is now up 16.8% for the year, while the Russell 2000 (small-cap stocks) dropped 2.3% for the week and is now up "
        "8.3% for the year. US interest rates kept falling: the yield on the US 10-Year Treasury touched new three-year "
        "lows at 1.48% before closing the week at 1.54%, compared with 1.56% the prior week. The yield curve inverted "
        "briefly again last week, and closed the week with a mere 0.01% positive yield spread between the US 2-Year "
        "Treasury and 10-Year Treasury.")
C('GENERIC', 'week_end_date', 'Friday, September 23, 2019', 'date', '2019-08-23', 'Friday, September 23, 2019', "weekday('2019-09-23')", X, 'date',
  note='2019-09-23 is a Monday, and the figures below fit the week ended Friday 2019-08-23 (the S&P 500 rose 0.97% in the week to 2019-09-20, not a 1.4% fall). A wrong date.')
C('GENERIC', 'tariff_rate', '5-10%', '%', '2019-08-23', '5-10%', None, U, 'unv_series', note='Trade-policy figures are not in the files.')
C('SPX', 'return_pct', -1.4, '%', '2019-08-23', 'down 1.4%', "week_pct('SPX','2019-08-23')", S, '1dp', window='week: 2019-08-16 close to 2019-08-23 close', check='1dp')
C('SPX', 'ytd_pct', 13.6, '%', '2019-08-23', '13.6%', "ytd_pct('SPX','2019-08-23')", S, '1dp', check='1dp')
C('IXIC', 'return_pct', -1.8, '%', '2019-08-23', 'fell 1.8%', "week_pct('IXIC','2019-08-23')", S, '1dp', window='week to 2019-08-23', check='1dp')
C('IXIC', 'ytd_pct', 16.8, '%', '2019-08-23', '16.8%', "ytd_pct('IXIC','2019-08-23')", S, '1dp', check='1dp')
C('RUT', 'return_pct', -2.3, '%', '2019-08-23', 'dropped 2.3%', "week_pct('RUT','2019-08-23')", S, '1dp', window='week to 2019-08-23', check='1dp')
C('RUT', 'ytd_pct', 8.3, '%', '2019-08-23', '8.3%', "ytd_pct('RUT','2019-08-23')", I, 'pct_imp',
  note='True 8.2258%: 0.074 pp off, just outside the 0.07 tolerance of a one-decimal figure.', check='1dp')
C('US10Y', 'intraday_low', 1.48, '%', '2019-08-23', '1.48%', "week_min_yld('DGS10','2019-08-23')", U, 'unv_mid', basis='intraday',
  note='An intraday yield; the lowest end-of-day yield of the week is 1.52% (2019-08-23), itself not a three-year low at the close (1.52% also on 2019-08-15).')
C('US10Y', 'yield', 1.54, '%', '2019-08-23', 'closing the week at 1.54%', "yld('DGS10','2019-08-23')", S, 'lvl', basis='end of day',
  note='FRED 1.52 on 2019-08-23: 0.02 off, inside the 0.025 tolerance of a two-decimal figure.', check='lvl')
C('US10Y', 'yield', 1.56, '%', '2019-08-16', '1.56%', "yld('DGS10','2019-08-16')", S, 'lvl', basis='end of day', note='FRED 1.55 on 2019-08-16.', check='lvl')
C('US2s10s', 'intraday_inversion', True, 'flag', '2019-08-23', 'inverted briefly', "min_curve_in_week('2019-08-23')", U, 'unv_mid', basis='intraday',
  note='End-of-day spreads that week stayed at or above +0.01 pp; a brief intraday inversion cannot be seen in the files.')
C('US2s10s', 'spread', 0.01, 'pp', '2019-08-23', '0.01%', "curve('2019-08-23')", S, 'lvl', basis='end of day', note='DGS10 1.52 - DGS2 1.51.', check='lvl')

# ---------------------------------------------------------------- 9
passage('houstonchronicle_20200901_best_august_since_1986', 'pressreader.com (Houston Chronicle)',
        'http://www.pressreader.com/usa/houston-chronicle/20200901/281994674882675', 'Houston Chronicle (wire report)', '2020-09-01', 'exact',
        'Print edition of 2020-09-01 (date in the URL) about Monday 2020-08-31, the last session of August.',
        "Stocks wrap up best August in decades. Wall Street bagged its best August in more than 30 years on Monday, a "
        "month in which the three major U.S. indexes reached new milestones. Trading was mixed, with the Standard & "
        "Poor's 500-stock index slipping 0.2 percent, to 3,500.31, and the Dow Jones industrial average falling 0.8 "
        "percent, to 28,430.05. The broad S&P 500 index closed out the month 7 percent ahead for its best August since "
        "1986; it set record highs the past six trading days. Lifted by high-flying tech companies, the Nasdaq composite "
        "index swelled 0.7 percent, to 11,775.46, and added 9.6 percent during the month. The three major U.S. indexes "
        "have erased their losses for the year, wiping out the plunge that the spread of the coronavirus set off in "
        "March. The S&P 500 notched a record high seven times in August, surpassing the pre-coronavirus peak many times over.")
C('SPX', 'best_august_since', 'more than 30 years', 'years', '2020-08-31', 'best August in more than 30 years', "last_month_at_least('SPX',2020,8)", S, 'since_ok',
  qual='more than', note='S&P 500 August gain 7.01%; the last August at least as strong is 1986 (7.12%), 34 years earlier. For the Dow (7.57%) the file starts in 1992.')
C('SPX', 'return_pct', -0.2, '%', '2020-08-31', '0.2 percent', "pct('SPX','2020-08-31')", S, '1dp', check='1dp')
C('SPX', 'close', 3500.31, 'index points', '2020-08-31', '3,500.31', "close('SPX','2020-08-31')", S, 'lvl', check='lvl')
C('DJI', 'return_pct', -0.8, '%', '2020-08-31', '0.8 percent', "pct('DJI','2020-08-31')", S, '1dp', check='1dp')
C('DJI', 'close', 28430.05, 'index points', '2020-08-31', '28,430.05', "close('DJI','2020-08-31')", S, 'lvl', check='lvl')
C('SPX', 'mtd_pct', 7, '%', '2020-08-31', '7 percent ahead', "mtd_pct('SPX','2020-08-31')", S, 'int', window='August 2020', check='int')
C('SPX', 'best_august_since', '1986', 'year', '2020-08-31', 'best August since 1986', "last_month_at_least('SPX',2020,8)", S, 'since_ok',
  note='August 1986 +7.12% is the last August at or above 2020\'s 7.01%; every August 1987-2019 was weaker.')
C('SPX', 'record_close_streak', 6, 'sessions', '2020-08-28', 'record highs the past six trading days', "record_streak('SPX','2020-08-28')", S, 'streak',
  note='Record closes on the six sessions 2020-08-21 to 2020-08-28 before this Monday; Monday 2020-08-31 itself was not a record. Counting Monday among the six would make it five of six.')
C('IXIC', 'return_pct', 0.7, '%', '2020-08-31', '0.7 percent', "pct('IXIC','2020-08-31')", S, '1dp', check='1dp')
C('IXIC', 'close', 11775.46, 'index points', '2020-08-31', '11,775.46', "close('IXIC','2020-08-31')", S, 'lvl', check='lvl')
C('IXIC', 'mtd_pct', 9.6, '%', '2020-08-31', '9.6 percent', "mtd_pct('IXIC','2020-08-31')", S, '1dp', window='August 2020', check='1dp')
C('DJI, SPX, IXIC', 'ytd_positive', True, 'flag', '2020-08-31', 'erased their losses for the year', "ytds(['DJI','SPX','IXIC'],'2020-08-31')", X, 'sign',
  note='Year to date: S&P 500 +8.34%, Nasdaq +31.24%, but the Dow -0.38% (28,430.05 against 28,538.44 at the end of 2019): not all three had erased their losses.')
C('SPX', 'record_closes_in_month', 7, 'count', '2020-08-31', 'seven times in August', "len(records_in_month('SPX',2020,8))", S, 'streak',
  note='Record closes on 2020-08-18, 21, 24, 25, 26, 27, 28.')
C('SPX', 'closes_above_prior_peak', 'many times', 'count', '2020-08-31', 'surpassing the pre-coronavirus peak many times over', "count_closes_above('SPX','2020-02-19','2020-08-01','2020-08-31')", S, 'streak',
  note='Eight August closes above the 2020-02-19 record close of 3,386.15.')

# ---------------------------------------------------------------- 10
passage('chicagotimes_20211013_dow_flat_fed_minutes', 'chicagotimesonline.com',
        'https://chicagotimesonline.com/2021/10/13/market-update-dow-flat-sp-500-and-nasdaq-in-the-green/', 'The Chicago Times', '2021-10-13', 'exact',
        'Dated October 13, 2021 (also in the URL); about that Wednesday.',
        "Market Update: Dow Flat, S&P 500 And Nasdaq In The Green. NEW YORK - U.S. markets ended mixed Wednesday as "
        "traders absorbed the minutes of the Federal Reserve's latest policy meeting, which pointed to the central bank "
        "starting to taper its $120 billion monthly bond purchases before the end of the year. The Dow Jones "
        "Industrial Average fell -0.53 points to end at 34,377.81. The S&P 500 climbed 13.15 points to close at "
        "4,363.80. The Nasdaq ended higher 105.71 points to close at 14,571.64. The Labor Department reported Wednesday "
        "that the consumer price index rose 0.4 percent in September after a 0.3 percent gain in August, and was up "
        "5.4 percent from a year earlier.")
C('DJI', 'direction', 'flat', 'sign', '2021-10-13', 'Dow Flat', "pct('DJI','2021-10-13')", S, 'sign', note='-0.0015%.')
C('DJI', 'change_points', -0.53, 'points', '2021-10-13', '-0.53 points', "chg('DJI','2021-10-13')", S, '2dp', check='lvl')
C('DJI', 'close', 34377.81, 'index points', '2021-10-13', '34,377.81', "close('DJI','2021-10-13')", S, 'lvl', check='lvl')
C('SPX', 'change_points', 13.15, 'points', '2021-10-13', '13.15 points', "chg('SPX','2021-10-13')", S, '2dp', check='lvl')
C('SPX', 'close', 4363.80, 'index points', '2021-10-13', '4,363.80', "close('SPX','2021-10-13')", S, 'lvl', check='lvl')
C('IXIC', 'change_points', 105.71, 'points', '2021-10-13', '105.71 points', "chg('IXIC','2021-10-13')", S, '2dp', check='lvl')
C('IXIC', 'close', 14571.64, 'index points', '2021-10-13', '14,571.64', "close('IXIC','2021-10-13')", S, 'lvl', check='lvl')
C('FED_BALANCE_SHEET', 'monthly_purchases', 120, 'USD bn', '2021-10-13', '$120 billion', None, U, 'unv_series', note='Asset purchases are not in the files.')
C('US_CPI', 'mom_pct', 0.4, '%', '2021-09', '0.4 percent', None, U, 'unv_series', note='CPI not in the files.')
C('US_CPI', 'mom_pct', 0.3, '%', '2021-08', '0.3 percent', None, U, 'unv_series', note='CPI not in the files.')
C('US_CPI', 'yoy_pct', 5.4, '%', '2021-09', '5.4 percent', None, U, 'unv_series', note='CPI not in the files.')

# ---------------------------------------------------------------- 11
passage('investingcom_20220331_quarter_end_selloff', 'promaxtrading.com',
        'https://promaxtrading.com/blog/stock-market-today-dow-closes-lower-as-oil-prices-jobless-claims-in-focus',
        'Investing.com (Peter Nurse and Liz Moyer), reposted', '2022-03-31', 'high',
        'Repost of an Investing.com story about "Thursday", the last trading day of the month and quarter, with the strategic petroleum reserve release: Thursday 2022-03-31. "Wednesday" is 2022-03-30.',
        "Stock Market Today: Dow Closes Lower as Oil Prices, Jobless Claims in Focus. By Peter Nurse and Liz Moyer. "
        "Investing.com -- U.S. stocks ended lower on Thursday as investors digested a steep drop in oil prices and key "
        "inflation and jobs data on the last trading day of the month and quarter. At 4:40 PM ET, the Dow Jones "
        "Industrial Average was down 550 points, or 1.6%, while the S&P 500 fell 1.6% and the NASDAQ Composite was down "
        "1.5%. On Wednesday the main indices weakened on dashed hopes of a breakthrough in the Ukraine/Russia peace talks, "
        "with both the Dow and the S&P 500 ending four-day winning streaks. March has been a positive month for the major "
        "averages, but for the year to date the Dow and S&P 500 are both down and had their worst quarter in two years. "
        "By 4:42 PM ET U.S. crude futures were 6.5% lower at $100 a barrel after the U.S. said it would release as much "
        "as 180 million barrels from its strategic petroleum reserve. Last week, 202,000 people filed initial claims, a "
        "little above the 197,000 expected.")
C('DJI', 'change_points', -550, 'points', '2022-03-31', '550 points', "chg('DJI','2022-03-31')", S, 'int', basis='4:40 p.m. (after the close)',
  note='Close-basis change -550.46.', check='int')
C('DJI', 'return_pct', -1.6, '%', '2022-03-31', '550 points, or 1.6%', "pct('DJI','2022-03-31')", S, '1dp', basis='4:40 p.m. (after the close)', check='1dp')
C('SPX', 'return_pct', -1.6, '%', '2022-03-31', 'S&P 500 fell 1.6%', "pct('SPX','2022-03-31')", S, '1dp', basis='4:40 p.m. (after the close)', check='1dp')
C('IXIC', 'return_pct', -1.5, '%', '2022-03-31', 'down 1.5%', "pct('IXIC','2022-03-31')", S, '1dp', basis='4:40 p.m. (after the close)', check='1dp')
C('DJI', 'win_streak_ended', 4, 'sessions', '2022-03-30', 'four-day winning streaks', "up_streak_ended('DJI','2022-03-30')", S, 'streak',
  note='Dow up 2022-03-24, 25, 28, 29, down 2022-03-30.')
C('SPX', 'win_streak_ended', 4, 'sessions', '2022-03-30', 'both the Dow and the S&P 500 ending', "up_streak_ended('SPX','2022-03-30')", S, 'streak',
  note='S&P 500 up four sessions to 2022-03-29, down 2022-03-30.')
C('DJI, SPX, IXIC', 'mtd_positive', True, 'flag', '2022-03-31', 'positive month for the major averages', "mtds(['DJI','SPX','IXIC'],'2022-03-31')", S, 'sign',
  window='March 2022', note='March: Dow +2.32%, S&P 500 +3.58%, Nasdaq +3.41%.')
C('DJI, SPX', 'ytd_negative', True, 'flag', '2022-03-31', 'both down', "ytds(['DJI','SPX'],'2022-03-31')", S, 'sign',
  note='Dow -4.57%, S&P 500 -4.95% year to date.')
C('DJI, SPX', 'worst_quarter_since', 'two years', 'quarters', '2022-03-31', 'worst quarter in two years', "[last_quarter_at_most('DJI',2022,1), last_quarter_at_most('SPX',2022,1)]", S, 'since_ok',
  note='Q1 2022: Dow -4.57%, S&P 500 -4.95%; the last quarter at least as bad for both is Q1 2020, two years earlier.')
C('OIL', 'return_pct', -6.5, '%', '2022-03-31', '6.5% lower', None, U, 'unv_series', basis='4:42 p.m.', note='Crude futures not in the files.')
C('GENERIC', 'spr_release', 180, 'million barrels', '2022-03-31', '180 million barrels', None, U, 'unv_series', qual='as much as', note='Policy figure not in the files.')
C('US_JOBLESS_CLAIMS', 'initial_claims', 202000, 'claims', '2022-03-26', '202,000', None, U, 'unv_series', note='Jobless claims not in the files.')
C('US_JOBLESS_CLAIMS', 'consensus', 197000, 'claims', '2022-03-26', '197,000', None, F, 'forecast', note='An economists\' expectation.')

# ---------------------------------------------------------------- 12
passage('reuters_20230614_fed_skips_dow_falls', 'newsbulletin247.com',
        'https://newsbulletin247.com/markets/344845.html', 'Reuters (translated repost)', '2023-06-14', 'high',
        'Reuters wrap about "Wednesday" and the FOMC decision with a 5.00%-5.25% target: Wednesday 2023-06-14.',
        "(Reuters) - The New York Stock Exchange ended lower on Wednesday despite the Federal Reserve's decision not to "
        "raise key rates, the first since March 2022, as the central bank chilled investors by opening the way to two "
        "more increases by year-end. The Dow Jones index fell 0.68%, or 232.79 points, to 33,979.33 points. The broader "
        "S&P-500 gained 3.58 points, or 0.08%, to 4,372.59 points. More upbeat, the Nasdaq Composite advanced 53.16 "
        "points (+0.39%) to 13,626.48 points. The Fed's monetary policy committee (FOMC) left its key rates unchanged on "
        "Wednesday, a move it hadn't done for ten meetings; the target stays at 5.00%-5.25%, as most experts polled by "
        "Reuters had expected. It did, however, open the door to two further quarter-point hikes by the end of the year.")
C('NYSE', 'direction', 'lower', 'sign', '2023-06-14', 'ended lower on Wednesday', "pcts(['DJI','SPX','IXIC'],'2023-06-14')", U, 'unv_series',
  note='No NYSE composite in the files. Of the indexes in the files, the Dow fell 0.68% while the S&P 500 (+0.08%) and the Nasdaq (+0.39%) rose, so "ended lower" holds only on the Dow reading.')
C('FEDFUNDS', 'first_hold_since', '2022-03', 'month', '2023-06-14', 'the first since March 2022', "first_hold_since('2023-06-14')", S, 'fed',
  note='Every decision from 2022-03-16 to 2023-05-03 raised the upper bound; the last unchanged decision before 2023-06-14 was 2022-01-26. Read as "the first pause since hikes began in March 2022".')
C('DJI', 'return_pct', -0.68, '%', '2023-06-14', '0.68%', "pct('DJI','2023-06-14')", S, '2dp', check='2dp')
C('DJI', 'change_points', -232.79, 'points', '2023-06-14', '232.79', "chg('DJI','2023-06-14')", S, '2dp', check='lvl')
C('DJI', 'close', 33979.33, 'index points', '2023-06-14', '33,979.33', "close('DJI','2023-06-14')", S, 'lvl', check='lvl')
C('SPX', 'change_points', 3.58, 'points', '2023-06-14', '3.58', "chg('SPX','2023-06-14')", S, '2dp', check='lvl')
C('SPX', 'return_pct', 0.08, '%', '2023-06-14', '0.08%', "pct('SPX','2023-06-14')", S, '2dp', check='2dp')
C('SPX', 'close', 4372.59, 'index points', '2023-06-14', '4,372.59', "close('SPX','2023-06-14')", S, 'lvl', check='lvl')
C('IXIC', 'change_points', 53.16, 'points', '2023-06-14', '53.16', "chg('IXIC','2023-06-14')", S, '2dp', check='lvl')
C('IXIC', 'return_pct', 0.39, '%', '2023-06-14', '+0.39%', "pct('IXIC','2023-06-14')", S, '2dp', check='2dp')
C('IXIC', 'close', 13626.48, 'index points', '2023-06-14', '13,626.48', "close('IXIC','2023-06-14')", S, 'lvl', check='lvl')
C('FEDFUNDS', 'decision', 'unchanged', 'decision', '2023-06-14', 'left its key rates unchanged', "fomc_rate_changes('2023-06-14','2023-06-14')", S, 'fed',
  note='2023-06-14 is an FOMC decision day and DFEDTARU does not change after it.')
C('FEDFUNDS', 'consecutive_hikes_before', 10, 'meetings', '2023-06-14', 'ten meetings', "consecutive_hikes_before('2023-06-14')", S, 'fed',
  note='Ten straight hikes, 2022-03-16 to 2023-05-03.')
C('FEDFUNDS', 'target_range', '5.00-5.25', '%', '2023-06-15', '5.00%-5.25%', "fed_range('2023-06-15')", S, 'fed')
C('FEDFUNDS', 'projected_hikes', 2, 'hikes', '2023-12', 'two further quarter-point hikes', None, F, 'forecast',
  note='A projection for the rest of 2023; not judged (the files show one more hike, on 2023-07-26).')

# ---------------------------------------------------------------- 13
passage('valuewalk_202409_wild_august', 'valuewalk.com',
        'https://www.valuewalk.com/wild-august-finishes-strong-as-sp-500-climbs-2-3/', 'ValueWalk', '2024-09', 'medium',
        'Undated page; it reviews August 2024 and says September "is off to a similarly bad start", so it was written in the first days of September 2024 (after the 2024-09-03 drop).',
        "Wild August Finishes Strong As S&P 500 Climbs 2.3%. August began with the worst crash of the year, yet all but "
        "one of the major indexes ended the month up, and September is off to a similarly bad start. August is usually a "
        "slow month for stocks, but this one was anything but. On Monday, August 5, the Dow Jones Industrial Average "
        "plummeted 1,034 points, or 2.6% - and that was better than the others. The S&P 500 dropped 160 points, or 3%, "
        "while the Nasdaq Composite fell 576 points, or 3.4%. The Russell 2000 was also down sharply, dropping 70 points, "
        "or 3.3%. It was the markets' worst day in two years. By the end of that week buyers had stepped in and erased "
        "much of the damage, though all four major indexes were still down for the week. After that, the S&P 500 had "
        "its best week of the year, rising 3.9% during the week of August 12. The Nasdaq was up 5.3%, while the Dow "
        "jumped 2.9%, making it the best week of the year for all three of those indexes. The Russell 200 was up 3.3%, "
        "but it was not its best week.")
C('SPX', 'mtd_pct', 2.3, '%', '2024-08-30', '2.3%', "mtd_pct('SPX','2024-08-30')", S, '1dp', window='August 2024', check='1dp')
C('SPX', 'worst_day_of_year', '2024-08-05', 'date', '2024-08-05', 'worst crash of the year', "worst_day_ytd('SPX','2024-08-30')", S, 'rank',
  note='2024-08-05 (-3.00%) is the S&P 500\'s worst session of 2024 up to the end of August.')
C('DJI, SPX, IXIC, RUT', 'month_up_count', 'all but one', 'count', '2024-08-30', 'all but one of the major indexes ended the month up', "mtds(['DJI','SPX','IXIC','RUT'],'2024-08-30')", S, 'sign',
  window='August 2024', note='August: Dow +1.76%, S&P 500 +2.28%, Nasdaq +0.65%, Russell 2000 -1.63%.')
C('SPX', 'direction', 'similarly bad start to September', 'sign', '2024-09-03', 'similarly bad start', "pct('SPX','2024-09-03')", S, 'sign',
  note='The first September session, 2024-09-03, fell 2.12%.')
C('DJI', 'change_points', -1034, 'points', '2024-08-05', '1,034 points', "chg('DJI','2024-08-05')", S, 'int', check='int')
C('DJI', 'return_pct', -2.6, '%', '2024-08-05', '2.6%', "pct('DJI','2024-08-05')", S, '1dp', check='1dp')
C('DJI', 'smallest_decline_among_indexes', True, 'ordering', '2024-08-05', 'better than the others', "pcts(['DJI','SPX','IXIC','RUT'],'2024-08-05')", S, 'rank',
  note='Dow -2.60% against S&P 500 -3.00%, Nasdaq -3.43%, Russell 2000 -3.33%.')
C('SPX', 'change_points', -160, 'points', '2024-08-05', '160 points', "chg('SPX','2024-08-05')", S, 'int', check='int')
C('SPX', 'return_pct', -3, '%', '2024-08-05', 'or 3%', "pct('SPX','2024-08-05')", S, 'int', check='int')
C('IXIC', 'change_points', -576, 'points', '2024-08-05', '576 points', "chg('IXIC','2024-08-05')", S, 'int', check='int')
C('IXIC', 'return_pct', -3.4, '%', '2024-08-05', '3.4%', "pct('IXIC','2024-08-05')", S, '1dp', check='1dp')
C('RUT', 'change_points', -70, 'points', '2024-08-05', '70 points', "chg('RUT','2024-08-05')", S, 'int', check='int')
C('RUT', 'return_pct', -3.3, '%', '2024-08-05', '70 points, or 3.3%', "pct('RUT','2024-08-05')", S, '1dp', check='1dp')
C('SPX', 'worst_day_since', 'two years', 'years', '2024-08-05', 'worst day in two years', "last_day_move_as_big('SPX','2024-08-05','pct')", S, 'since_ok',
  note='The last S&P 500 session with a drop at least as large is 2022-09-13, about 23 months earlier (same for the Dow).')
C('DJI, SPX, IXIC, RUT', 'week_negative', True, 'flag', '2024-08-09', 'still down for the week', "weeks(['DJI','SPX','IXIC','RUT'],'2024-08-09')", S, 'sign',
  window='week to 2024-08-09', note='Dow -0.60%, S&P 500 -0.04%, Nasdaq -0.18%, Russell 2000 -1.35%.')
C('SPX', 'best_week_of_year', True, 'flag', '2024-08-16', 'best week of the year, rising', "best_week_of_year('SPX','2024-08-16')", S, 'rank')
C('SPX', 'return_pct', 3.9, '%', '2024-08-16', '3.9%', "week_pct('SPX','2024-08-16')", S, '1dp', window='week of 2024-08-12', check='1dp')
C('IXIC', 'return_pct', 5.3, '%', '2024-08-16', '5.3%', "week_pct('IXIC','2024-08-16')", S, '1dp', window='week of 2024-08-12', check='1dp')
C('DJI', 'return_pct', 2.9, '%', '2024-08-16', '2.9%', "week_pct('DJI','2024-08-16')", S, '1dp', window='week of 2024-08-12', check='1dp')
C('DJI, IXIC', 'best_week_of_year', True, 'flag', '2024-08-16', 'best week of the year for all three', "best_weeks(['DJI','IXIC'],'2024-08-16')", S, 'rank')
C('RUT', 'return_pct', 3.3, '%', '2024-08-16', 'Russell 200 was up 3.3%', "week_pct('RUT','2024-08-16')", I, 'pct_imp', window='week of 2024-08-12',
  note='"Russell 200" is a typo for the Russell 2000. True weekly gain 2.93%: 0.37 pp off (13%), imprecise.', check='1dp')
C('RUT', 'best_week_of_year', False, 'flag', '2024-08-16', 'not its best week', "best_week_of_year('RUT','2024-08-16')", S, 'rank')

# ---------------------------------------------------------------- 14
passage('uslive_20250523_eu_tariff_threat_selloff', 'uslive.com', 'https://uslive.com/newsfeed/566016',
        'USLive (rewrite of an AP markets wrap)', '2025-05-23', 'high',
        'Undated newsfeed item about "Friday" and a threatened 50% EU tariff; every figure matches Friday 2025-05-23.',
        "U.S. stocks fell after President Donald Trump raised the prospect of 50% tariffs on the European Union, "
        "possibly as soon as next week. The S&P 500 index decreased by 0.7% on Friday, marking its weakest performance "
        "in the last seven weeks, while the Dow Jones Industrial Average fell by 0.6% and the Nasdaq composite dropped "
        "by 1%. At the close the S&P 500 was down 39.19 points at 5,802.82, the Dow lost 256.02 points to end at "
        "41,603.07, and the Nasdaq composite gave up 188.53 points to finish at 18,737.21. The Russell 2000 index of "
        "smaller companies slipped 5.71 points or 0.3% to 2,039.85. Over the week the S&P 500 fell 155.56 points or "
        "2.6%, the Dow shed 1,051.67 points or 2.5%, the Nasdaq composite dropped 473.89 points or 2.5%, and the "
        "Russell 2000 lost 73.40 points or 3.5%. For the year so far, the S&P 500 is down 78.81 points or 1.3%, the "
        "Dow is off 941.15 points or 2.2%, the Nasdaq has lost 573.59 points or 3%, and the Russell 2000 is down "
        "190.31 points or 8.5%.")
C('GENERIC', 'tariff_threat', 50, '%', '2025-05-23', '50% tariffs', None, U, 'unv_series', note='Trade-policy figures are not in the files.')
C('SPX', 'return_pct', -0.7, '%', '2025-05-23', 'decreased by 0.7%', "pct('SPX','2025-05-23')", S, '1dp', check='1dp')
C('SPX', 'worst_day_since', 'seven weeks', 'weeks', '2025-05-23', 'weakest performance in the last seven weeks', "last_day_move_as_big('SPX','2025-05-23','pct')", X, 'since_early',
  note='As written (Friday\'s 0.7% drop) it is wrong: two sessions earlier, 2025-05-21, the S&P 500 fell 1.61%. On a weekly reading it holds: the 2.6% weekly loss is the worst since the week ended 2025-04-04, seven weeks earlier.')
C('DJI', 'return_pct', -0.6, '%', '2025-05-23', 'fell by 0.6%', "pct('DJI','2025-05-23')", S, '1dp', check='1dp')
C('IXIC', 'return_pct', -1, '%', '2025-05-23', 'dropped by 1%', "pct('IXIC','2025-05-23')", S, 'int', check='int')
C('SPX', 'change_points', -39.19, 'points', '2025-05-23', '39.19', "chg('SPX','2025-05-23')", S, '2dp', check='lvl')
C('SPX', 'close', 5802.82, 'index points', '2025-05-23', '5,802.82', "close('SPX','2025-05-23')", S, 'lvl', check='lvl')
C('DJI', 'change_points', -256.02, 'points', '2025-05-23', '256.02', "chg('DJI','2025-05-23')", S, '2dp', check='lvl')
C('DJI', 'close', 41603.07, 'index points', '2025-05-23', '41,603.07', "close('DJI','2025-05-23')", S, 'lvl', check='lvl')
C('IXIC', 'change_points', -188.53, 'points', '2025-05-23', '188.53', "chg('IXIC','2025-05-23')", S, '2dp', check='lvl')
C('IXIC', 'close', 18737.21, 'index points', '2025-05-23', '18,737.21', "close('IXIC','2025-05-23')", S, 'lvl', check='lvl')
C('RUT', 'change_points', -5.71, 'points', '2025-05-23', '5.71', "chg('RUT','2025-05-23')", S, '2dp', check='lvl')
C('RUT', 'return_pct', -0.3, '%', '2025-05-23', '5.71 points or 0.3%', "pct('RUT','2025-05-23')", S, '1dp', check='1dp')
C('RUT', 'close', 2039.85, 'index points', '2025-05-23', '2,039.85', "close('RUT','2025-05-23')", S, 'lvl', check='lvl')
for t, pts, pc, apts, apc in [('SPX', -155.56, -2.6, '155.56', '155.56 points or 2.6%'), ('DJI', -1051.67, -2.5, '1,051.67', '1,051.67 points or 2.5%'),
                              ('IXIC', -473.89, -2.5, '473.89', '473.89 points or 2.5%'), ('RUT', -73.40, -3.5, '73.40', '73.40 points or 3.5%')]:
    C(t, 'change_points', pts, 'points', '2025-05-23', apts, f"week_pts('{t}','2025-05-23')", S, '2dp', window='week: 2025-05-16 close to 2025-05-23 close', check='lvl')
    C(t, 'return_pct', pc, '%', '2025-05-23', apc, f"week_pct('{t}','2025-05-23')", S, '1dp', window='week: 2025-05-16 close to 2025-05-23 close', check='1dp')
for t, pts, pc, apts, apc, rl, ck in [('SPX', -78.81, -1.3, '78.81', '78.81 points or 1.3%', '1dp', '1dp'), ('DJI', -941.15, -2.2, '941.15', '941.15 points or 2.2%', '1dp', '1dp'),
                                      ('IXIC', -573.59, -3, '573.59', '573.59 points or 3%', 'int', 'int'), ('RUT', -190.31, -8.5, '190.31', '190.31 points or 8.5%', '1dp', '1dp')]:
    C(t, 'ytd_points', pts, 'points', '2025-05-23', apts, f"ytd_pts('{t}','2025-05-23')", S, '2dp', window='2024-12-31 close to 2025-05-23 close', check='lvl')
    C(t, 'ytd_pct', pc, '%', '2025-05-23', apc, f"ytd_pct('{t}','2025-05-23')", S, rl, window='2024-12-31 close to 2025-05-23 close', check=ck)

# ---------------------------------------------------------------- 15
passage('sonatacap_20200515_weekly_letter', 'sonatacap.com', 'http://sonatacap.com/resources-commentary/',
        'Sonata Capital (weekly client letter)', '2020-05-15', 'exact',
        'Letter dated May 15th, 2020 (the address holds successive letters; this is the 2020-05-15 one). The table covers the week ended 2020-05-15; the Monday paragraph is 2020-05-11.',
        "Market statistics, weekly and year-to-date performance (columns: 12/31/2019, 05/08/2020, 05/15/2020, % change "
        "week, % change YTD). Dow Jones Industrial Average: 28,538.44 | 24,331.32 | 23,685.42 | -2.65% | -17.01%. "
        "S&P 500: 3,230.78 | 2,929.80 | 2,863.70 | -2.26% | -11.36%. Nasdaq Composite: 8,972.60 | 9,121.32 | 8,998.25 | "
        "-1.35% | 0.29%. Russell Small-Cap Index: 1,668.46 | 1,345.19 | 1,323.54 | -1.61% | -20.67%. May 15th, 2020. "
        "Dear Friends - The equity markets changed direction this week as worries about reopening the economy brought "
        "on selling. Stocks ended mixed Monday as tech leadership carried the Nasdaq to its sixth consecutive day of "
        "gains, while the Dow trailed. The Dow closed down 109 points or 0.45%, at 24,222. The S&P and the Nasdaq added "
        "0.02% and 0.78%. The 10-year Treasury note gained about four basis points to settle yielding 0.72%.")
for t, vals, wk, yt, anch, vv in [
        ('DJI', (28538.44, 24331.32, 23685.42), -2.65, -17.01, ('28,538.44', '24,331.32', '23,685.42', '-2.65%', '-17.01%'), (S, S, S, S, S)),
        ('SPX', (3230.78, 2929.80, 2863.70), -2.26, -11.36, ('3,230.78', '2,929.80', '2,863.70', '-2.26%', '-11.36%'), (S, S, S, S, S)),
        ('IXIC', (8972.60, 9121.32, 8998.25), -1.35, 0.29, ('8,972.60', '9,121.32', '8,998.25', '-1.35%', '0.29%'), (S, S, I, I, X)),
        ('RUT', (1668.46, 1345.19, 1323.54), -1.61, -20.67, ('1,668.46', '1,345.19', '1,323.54', '-1.61%', '-20.67%'), (S, X, X, X, X))]:
    notes = {
        ('IXIC', 2): 'File close on 2020-05-15 is 9,014.56: 16.31 points (0.18%) off, within 1%.',
        ('IXIC', 3): 'True weekly change -1.17% (9,121.32 to 9,014.56): 0.18 pp off, within 20% of the true value.',
        ('IXIC', 4): 'True year-to-date +0.47%: 0.18 pp off is more than 20% of the true value.',
        ('RUT', 1): 'The 12/31/2019 column matches the Russell 2000 (1,668.47), so the row is keyed to RUT. File close 2020-05-08: 1,329.64 (1.17% off).',
        ('RUT', 2): 'File close 2020-05-15: 1,256.99 (the 2020-05-18 rally of 76.70 points starts from it); 1,323.54 is 5.3% off.',
        ('RUT', 3): 'True weekly change -5.46%.',
        ('RUT', 4): 'True year-to-date change -24.66%: 3.99 pp off, more than max(2 pp, 10%).',
    }
    rules = {S: 'lvl', I: 'lvl_imp', X: 'lvl_con'}
    for k, (d, v) in enumerate(zip(('2019-12-31', '2020-05-08', '2020-05-15'), vals)):
        C(t, 'close', v, 'index points', d, anch[k], f"close('{t}','{d}')", vv[k], rules[vv[k]], note=notes.get((t, k), ''), check='lvl')
    C(t, 'return_pct', wk, '%', '2020-05-15', anch[3], f"week_pct('{t}','2020-05-15')", vv[3], {S: '2dp', I: 'pct_imp', X: 'pct_con'}[vv[3]],
      window='week: 2020-05-08 close to 2020-05-15 close', note=notes.get((t, 3), ''), check='2dp')
    C(t, 'ytd_pct', yt, '%', '2020-05-15', anch[4], f"ytd_pct('{t}','2020-05-15')", vv[4], {S: '2dp', I: 'pct_imp', X: 'pct_con'}[vv[4]],
      window='2019-12-31 close to 2020-05-15 close', note=notes.get((t, 4), ''), check='2dp')
C('IXIC', 'win_streak_days', 6, 'sessions', '2020-05-11', 'sixth consecutive day of gains', "up_streak('IXIC','2020-05-11')", S, 'streak',
  note='Nasdaq up on each of the six sessions 2020-05-04 to 2020-05-11.')
C('DJI', 'change_points', -109, 'points', '2020-05-11', '109 points', "chg('DJI','2020-05-11')", S, 'int', note='-109.33.', check='int')
C('DJI', 'return_pct', -0.45, '%', '2020-05-11', '0.45%', "pct('DJI','2020-05-11')", S, '2dp', check='2dp')
C('DJI', 'close', 24222, 'index points', '2020-05-11', '24,222', "close('DJI','2020-05-11')", S, 'int', note='24,221.99.', check='int')
C('SPX', 'return_pct', 0.02, '%', '2020-05-11', '0.02%', "pct('SPX','2020-05-11')", S, '2dp', check='2dp')
C('IXIC', 'return_pct', 0.78, '%', '2020-05-11', '0.78%', "pct('IXIC','2020-05-11')", S, '2dp', check='2dp')
C('US10Y', 'change_bp', 4, 'bp', '2020-05-11', 'about four basis points', "yld_chg_bp('DGS10','2020-05-11')", S, 'about', qual='about', basis='end of day',
  note='DGS10 0.69 on 2020-05-08 to 0.73 on 2020-05-11.')
C('US10Y', 'yield', 0.72, '%', '2020-05-11', 'yielding 0.72%', "yld('DGS10','2020-05-11')", S, 'lvl', basis='end of day', note='FRED 0.73.', check='lvl')


# ---------------------------------------------------------------- build
def tol_check(kind, claimed, true):
    """plain tolerance verdicts of the dev README for unhedged figures: 'S' inside, 'O' outside"""
    t = {'int': 0.5, '1dp': 0.07, '2dp': 0.025, 'lvl': 0.025}[kind]
    return 'S' if abs(true - claimed) <= t + 1e-9 else 'O'


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('usage: python build.py PATH/TO/data  (or set CAPSCOPE_DATA_DIR)')
    refcore.setdata(data)
    ns = {k: getattr(refcore, k) for k in dir(refcore) if not k.startswith('_')}
    passages, keys, recipes, problems = [], [], [], []
    for p in sorted(P, key=lambda x: x['published']):
        claims = []
        for i, c in enumerate(p['claims']):
            val = eval(c['recipe'], ns) if c['recipe'] else None
            if c['check'] and isinstance(val, (int, float)) and isinstance(c['value'], (int, float)):
                got = tol_check(c['check'], c['value'], val)
                if (got == 'S') != (c['verdict'] == S):
                    problems.append((p['id'], i, c['value'], val, c['verdict']))
            claims.append(dict(index_or_ticker=c['t'], metric=c['metric'], value=c['value'], unit=c['unit'], qualifier=c['qual'],
                               ref_date=c['ref'], window=c['window'], comparison=c['comparison'], basis=c['basis']))
            detail = (c['detail'] + ' | ' if c['detail'] else '') + 'reference.py: ' + (c['recipe'] or 'None (nothing in the files computes it)')
            keys.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=c['t'], metric=c['metric'], claimed_value=c['value'],
                             qualifier=c['qual'], ref_date_used=c['ref'], computed_value=val, computed_detail=detail,
                             verdict=c['verdict'], rule=RULES[c['rule']], note=c['note'], anchor_text=c['anchor']))
            recipes.append((p['id'], i, c['recipe']))
            if p['text'].count(c['anchor']) != 1:
                problems.append((p['id'], i, 'anchor count', p['text'].count(c['anchor']), c['anchor']))
        q = {k: v for k, v in p.items() if k != 'claims'}
        q['claims'] = claims
        passages.append(q)
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
        for q in passages:
            f.write(json.dumps(q, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
        for k in keys:
            f.write(json.dumps(k, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'reference_template.py')) as f:
        tpl = f.read()
    table = 'RECIPES = [\n' + ''.join(f'    ({pid!r}, {i}, {rc!r}),\n' for pid, i, rc in recipes) + ']\n'
    with open(os.path.join(HERE, 'reference.py'), 'w') as f:
        f.write(tpl.replace('# @@RECIPES@@\n', table))
    for pr in problems:
        print('PROBLEM', pr)
    print(len(passages), 'passages,', len(keys), 'claims')
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
