"""Build passages.jsonl, key.jsonl and recipes.json for heldout22b.
Usage: python build.py PATH/TO/data   (or CAPSCOPE_DATA_DIR). Outputs are written beside this file."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R

S, I, C, U, F, N = 'supported', 'imprecise', 'contradicted', 'unverifiable', 'forecast', 'not_checkable'
RULE = {S: 'within tolerance', I: 'outside tolerance but within the imprecise band',
        C: 'outside the imprecise band / wrong date or since', U: 'files cannot decide',
        F: 'forecast', N: 'not a checkable assertion'}


AUTO = []  # claims whose verdict is set by judge() below


def judge(val_str, true, kind, qual=None):
    v = float(val_str.replace(',', ''))
    dec = len(val_str.split('.')[1]) if '.' in val_str else 0
    tol = 0.5 if dec == 0 else (0.5 * 10 ** -dec + 0.02)
    err = abs(abs(true) - abs(v))
    if err <= tol + 1e-9:
        return S
    if kind == 'pct' and err <= 0.2 * abs(true) and err <= max(2, 0.1 * abs(true)):
        return I
    if kind == 'level' and err <= 0.01 * abs(true):
        return I
    if kind == 'pts' and err <= 0.2 * abs(true):
        return I
    return C


def A(t, metric, val_str, anchor, d, w=None, note=''):
    """simple day/week/year figure; expr and verdict derived automatically"""
    sign = -1 if val_str.startswith('-') else 1
    vs = val_str.lstrip('-')
    expr = {'pts': "R.pts('%s','%s')" % (t, d), 'pct': "R.pct('%s','%s')" % (t, d), 'close': "R.close('%s','%s')" % (t, d),
            'wtd_pts': "R.win_pts('%s','%s','%s')" % (t, w, d), 'wtd_pct': "R.win_pct('%s','%s','%s')" % (t, w, d),
            'ytd_pts': "R.ytd_pts('%s','%s')" % (t, d), 'ytd_pct': "R.ytd_pct('%s','%s')" % (t, d),
            'yield': "R.fred('%s','%s')" % (w, d)}[metric]
    kind = 'level' if metric == 'close' else ('pct' if metric.endswith('pct') or metric == 'yield' else 'pts')
    unit = {'level': 'level', 'pct': '%', 'pts': 'pts'}[kind]
    val = sign * float(vs.replace(',', ''))
    window = {'pts': '1d', 'pct': '1d', 'close': None, 'yield': None}.get(metric, 'WTD' if metric.startswith('wtd') else 'YTD')
    c = [t, 'change_' + metric if metric in ('pts', 'pct') else metric, val, unit, None, d, window,
         'end of day' if metric == 'yield' else 'close', expr, anchor, ('AUTO', vs, kind), note]
    return tuple(c)

# claim tuple: (ticker, metric, value, unit, qualifier, ref_date, window, basis, expr, anchor, verdict, note)
P = []

def psg(pid, site, url, outlet, published, conf, note, text, claims):
    P.append(dict(pid=pid, site=site, url=url, outlet=outlet, published=published, conf=conf, pnote=note,
                  text=text, claims=claims))

d = '2000-08-31'
psg('chicagotribune_20000901_august_month_end_rally', 'articles.chicagotribune.com',
    'http://articles.chicagotribune.com/2000-09-01/business/0009010310_1_index-of-small-company-stocks-peak-last-march-dow-jones',
    'Chicago Tribune', '2000-09-01', 'exact', 'Date in the URL and page header (September 01, 2000); describes Thursday 2000-08-31.',
    "Market report, September 01, 2000. A bullish August ended with stocks and bonds rising broadly Thursday, the month's busiest trading day. "
    "This year the final session of the month has brought a gain in the Standard & Poor's 500 index six out of eight times, averaging 1.2 percent. "
    "The Dow Jones industrial average gained 112.09, or 1.0 percent, to 11,215.10. The Standard & Poor's 500 index added 15.09, or 1.0 percent, to 1517.68. "
    "The Nasdaq composite index advanced 102.54, or 2.5 percent, to 4206.35. The Russell 2000 index of small-company stocks rose 5.56, or 1.0 percent, to 537.89.",
    [('SPX', 'count_month_end_gains', 6, 'count', None, d, '2000-01..2000-08 last sessions', 'close', "R.month_end_up('SPX',2000,8)", 'six out of eight times', S, 'January-August 2000 month-end sessions: 6 of 8 up, mean gain of the up days 1.204%; value = [ups, months, mean up %].'),
     ('SPX', 'avg_month_end_gain_pct', 1.2, '%', None, d, '2000-01..2000-08 last sessions', 'close', "R.month_end_up('SPX',2000,8)[2]", 'averaging 1.2 percent', S, 'Read as the average of the six gains (1.204%). The average over all eight month-ends would differ; the text ties it to the gains.'),
     ('DJI', 'change_pts', 112.09, 'pts', None, d, '1d', 'close', "R.pts('DJI','%s')" % d, 'gained 112.09', S, ''),
     ('DJI', 'change_pct', 1.0, '%', None, d, '1d', 'close', "R.pct('DJI','%s')" % d, 'gained 112.09, or 1.0 percent', S, ''),
     ('DJI', 'close', 11215.10, 'level', None, d, None, 'close', "R.close('DJI','%s')" % d, '11,215.10', S, ''),
     ('SPX', 'change_pts', 15.09, 'pts', None, d, '1d', 'close', "R.pts('SPX','%s')" % d, 'added 15.09', S, ''),
     ('SPX', 'close', 1517.68, 'level', None, d, None, 'close', "R.close('SPX','%s')" % d, '1517.68', S, ''),
     ('IXIC', 'change_pts', 102.54, 'pts', None, d, '1d', 'close', "R.pts('IXIC','%s')" % d, '102.54', S, ''),
     ('IXIC', 'change_pct', 2.5, '%', None, d, '1d', 'close', "R.pct('IXIC','%s')" % d, '2.5 percent', S, ''),
     ('IXIC', 'close', 4206.35, 'level', None, d, None, 'close', "R.close('IXIC','%s')" % d, '4206.35', S, ''),
     ('RUT', 'change_pts', 5.56, 'pts', None, d, '1d', 'close', "R.pts('RUT','%s')" % d, '5.56', S, ''),
     ('RUT', 'close', 537.89, 'level', None, d, None, 'close', "R.close('RUT','%s')" % d, '537.89', S, ''),
     A('SPX','pct','1.0','15.09, or 1.0 percent',d), A('RUT','pct','1.0','5.56, or 1.0 percent',d),
     ])

d = '2003-05-30'
psg('starbulletin_20030530_third_winning_month', 'archives.starbulletin.com',
    'https://archives.starbulletin.com/2003/05/30/business/market.html', 'Associated Press (Honolulu Star-Bulletin)', d, 'exact',
    'Date in the URL; same-day AP close story about Friday 2003-05-30.',
    "By Adam Geller, Associated Press. NEW YORK >> Wall Street logged its third straight month of gains today, cheered by reports on consumer sentiment and Midwest manufacturing. "
    "The Dow Jones industrial average closed up 139.08, or 1.6 percent, at 8,850.26, the highest level seen since Dec. 2, 2002, when the blue chips finished at 8,862.57. "
    "The Nasdaq composite index rose 20.96, or 1.3 percent, to 1,595.91, its best level since May 31, 2002. The Standard & Poor's 500 index gained 13.95, or 1.5 percent, to 963.59, "
    "the highest close since July 8, 2002, when the index stood at 976.98. The Russell 2000 index rose 8.37, or 1.9 percent, to 441.01. "
    "In May, the Dow gained 4.4 percent, the Nasdaq advanced 9 percent, the S&P rose 5.1 percent and the Russell advanced 10.6 percent. "
    "For the week, the Dow was up 2.9 percent, the Nasdaq 5.7 percent higher, the S&P up 3.3 percent and the Russell gaining 5.4 percent. "
    "The 10-year Treasury note's yield rose to 3.36 percent from 3.34 percent yesterday; two-year notes yielded 1.28 percent, up from 1.27 percent.",
    [('DJI', 'change_pts', 139.08, 'pts', None, d, '1d', 'close', "R.pts('DJI','%s')" % d, 'closed up 139.08', S, ''),
     ('DJI', 'close', 8850.26, 'level', None, d, None, 'close', "R.close('DJI','%s')" % d, '8,850.26', S, ''),
     ('DJI', 'highest_since', '2002-12-02', 'date', None, d, None, 'close', "R.highest_since('DJI','%s')" % d, 'highest level seen since Dec. 2, 2002', S, 'Last earlier close at least as high: 2002-12-02 (8,862.57).'),
     ('DJI', 'close', 8862.57, 'level', None, '2002-12-02', None, 'close', "R.close('DJI','2002-12-02')", '8,862.57', S, ''),
     ('IXIC', 'close', 1595.91, 'level', None, d, None, 'close', "R.close('IXIC','%s')" % d, '1,595.91', S, ''),
     ('IXIC', 'highest_since', '2002-05-31', 'date', None, d, None, 'close', "R.highest_since('IXIC','%s')" % d, 'best level since May 31, 2002', S, 'Last earlier close at least as high: 2002-05-31 (1,615.73).'),
     ('SPX', 'change_pct', 1.5, '%', None, d, '1d', 'close', "R.pct('SPX','%s')" % d, '13.95, or 1.5 percent', S, '1.469%.'),
     ('SPX', 'highest_since', '2002-07-08', 'date', None, d, None, 'close', "R.highest_since('SPX','%s')" % d, 'highest close since July 8, 2002', S, 'Close 976.98 that day.'),
     ('RUT', 'change_pts', 8.37, 'pts', None, d, '1d', 'close', "R.pts('RUT','%s')" % d, 'rose 8.37', S, 'File 8.36 (rounded closes); within 0.025.'),
     ('RUT', 'close', 441.01, 'level', None, d, None, 'close', "R.close('RUT','%s')" % d, '441.01', S, 'File 441.00; within 0.025.'),
     ('GENERIC', 'count_up_months', 3, 'months', None, d, '2003-03..2003-05', 'close', "[R.months_up(t,'%s',3) for t in ['DJI','IXIC','SPX','RUT']]" % d, 'third straight month of gains', S, 'All four indexes rose in March, April and May 2003.'),
     ('DJI', 'month_pct', 4.4, '%', None, d, 'May 2003', 'close', "R.month_pct('DJI','%s')" % d, 'the Dow gained 4.4 percent', S, ''),
     ('IXIC', 'month_pct', 9, '%', None, d, 'May 2003', 'close', "R.month_pct('IXIC','%s')" % d, 'advanced 9 percent', S, '8.987%.'),
     ('SPX', 'month_pct', 5.1, '%', None, d, 'May 2003', 'close', "R.month_pct('SPX','%s')" % d, 'S&P rose 5.1 percent', S, ''),
     ('RUT', 'month_pct', 10.6, '%', None, d, 'May 2003', 'close', "R.month_pct('RUT','%s')" % d, '10.6 percent', S, ''),
     ('DJI', 'week_pct', 2.9, '%', None, d, 'week to 2003-05-30', 'close', "R.win_pct('DJI','2003-05-23','%s')" % d, 'Dow was up 2.9 percent', S, 'Holiday week (Memorial Day).'),
     ('IXIC', 'week_pct', 5.7, '%', None, d, 'week to 2003-05-30', 'close', "R.win_pct('IXIC','2003-05-23','%s')" % d, '5.7 percent higher', S, ''),
     ('SPX', 'week_pct', 3.3, '%', None, d, 'week to 2003-05-30', 'close', "R.win_pct('SPX','2003-05-23','%s')" % d, 'S&P up 3.3 percent', S, ''),
     ('RUT', 'week_pct', 5.4, '%', None, d, 'week to 2003-05-30', 'close', "R.win_pct('RUT','2003-05-23','%s')" % d, 'gaining 5.4 percent', S, ''),
     ('US10Y', 'yield', 3.36, '%', None, d, None, 'end of day', "R.fred('DGS10','%s')" % d, 'rose to 3.36 percent', S, 'DGS10 3.37; within 0.025. Market yields at the bond close and FRED constant-maturity yields differ slightly.'),
     ('US2Y', 'yield', 1.28, '%', None, d, None, 'end of day', "R.fred('DGS2','%s')" % d, 'yielded 1.28 percent', I, 'DGS2 1.33; 0.05 off, inside the imprecise band. Basis: FRED constant-maturity versus the quoted note.'),
     A('DJI','pct','1.6','139.08, or 1.6 percent',d), A('IXIC','pts','20.96','rose 20.96',d), A('IXIC','pct','1.3','20.96, or 1.3 percent',d),
     A('SPX','pts','13.95','gained 13.95',d), A('SPX','close','963.59','963.59',d), A('SPX','close','976.98','976.98','2002-07-08'),
     A('RUT','pct','1.9','8.37, or 1.9 percent',d), A('US10Y','yield','3.34','from 3.34 percent','2003-05-29','DGS10','Previous day.'),
     A('US2Y','yield','1.27','up from 1.27 percent','2003-05-29','DGS2','Previous day; FRED constant-maturity basis.'),
     ])

d = '2010-09-30'
psg('aol_20100930_dow_best_september', 'www.aol.com', 'https://www.aol.com/2010/09/30/the-dow-notches-its-best-september-in-71-years/',
    'AOL (DailyFinance)', d, 'exact', 'Date in the URL; describes Thursday 2010-09-30, the last session of September.',
    "The market's September to remember ended with moderate losses Thursday as traders took some end-of-quarter profits. "
    "The blue-chip Dow Jones Industrial Average slipped 48 points, or 0.4%, to close at 10,788. The broader S&P 500 declined 4 points, or 0.3%, to 1,141. "
    "The tech-heavy Nasdaq Composite shed 8 points, or 0.3%, to settle at 2,369. The yield on the benchmark 10-Year Treasury note rose to 2.52% from 2.41% Wednesday. "
    "The Dow rebounded from its worst August in nearly a decade to climb 7.7% in September, the best such showing for the blue chips in the month since 1939. The S&P 500 rose 8.8%.",
    [('DJI', 'change_pts', -48, 'pts', None, d, '1d', 'close', "R.pts('DJI','%s')" % d, 'slipped 48 points', I, 'True -47.23; rounds to 47, so 48 is 0.77 off (outside 0.5) but within 20%.'),
     ('DJI', 'change_pct', -0.4, '%', None, d, '1d', 'close', "R.pct('DJI','%s')" % d, 'or 0.4%, to close', S, '-0.436%.'),
     ('DJI', 'close', 10788, 'level', None, d, None, 'close', "R.close('DJI','%s')" % d, '10,788', S, '10,788.05.'),
     ('SPX', 'change_pts', -4, 'pts', None, d, '1d', 'close', "R.pts('SPX','%s')" % d, 'declined 4 points', S, '-3.53 rounds to -4.'),
     ('SPX', 'close', 1141, 'level', None, d, None, 'close', "R.close('SPX','%s')" % d, '1,141', S, ''),
     ('IXIC', 'change_pts', -8, 'pts', None, d, '1d', 'close', "R.pts('IXIC','%s')" % d, 'shed 8 points', S, ''),
     ('IXIC', 'close', 2369, 'level', None, d, None, 'close', "R.close('IXIC','%s')" % d, '2,369', S, '2,368.62 rounds to 2,369.'),
     ('US10Y', 'yield', 2.52, '%', None, d, None, 'end of day', "R.fred('DGS10','%s')" % d, 'rose to 2.52%', S, 'DGS10 2.53.'),
     ('US10Y', 'yield', 2.41, '%', None, '2010-09-29', None, 'end of day', "R.fred('DGS10','2010-09-29')", 'from 2.41% Wednesday', I, 'DGS10 on Wednesday 2010-09-29 was 2.52, so the stated 11 bp rise does not appear in the end-of-day series; 0.11 off is inside the imprecise band for a % figure.'),
     ('DJI', 'month_pct', 7.7, '%', None, d, 'September 2010', 'close', "R.month_pct('DJI','%s')" % d, 'climb 7.7% in September', S, '7.722%.'),
     ('DJI', 'best_september_since', 1939, 'year', None, d, None, 'close', None, 'in the month since 1939', U, 'The Dow file starts 1992; no September 1992-2009 beat 7.72% (consistent), but 1939-1991 cannot be checked.'),
     ('DJI', 'worst_august_since', 'nearly a decade', 'years', 'nearly', '2010-08-31', 'August 2010', 'close', "R.month_pct('DJI','2010-08-31')", 'worst August in nearly a decade', S, 'August 2010 -4.31%; the last worse August in the file is 2001 (-5.45%), nine years earlier.'),
     ('SPX', 'month_pct', 8.8, '%', None, d, 'September 2010', 'close', "R.month_pct('SPX','%s')" % d, 'The S&P 500 rose 8.8%', S, '8.755%.'),
     A('SPX','pct','-0.3','4 points, or 0.3%',d), A('IXIC','pct','-0.3','8 points, or 0.3%',d),
     ])

d = '2015-08-25'; w = '2015-08-21'
psg('foxbusiness_20150825_rally_fades_six_day_slide', 'www.foxbusiness.com',
    'https://www.foxbusiness.com/markets/how-the-dow-jones-industrial-average-and-other-major-indexes-fared-on-tuesday',
    'Associated Press (Fox Business)', d, 'high', 'No date on the page; the levels match only Tuesday 2015-08-25 (day after the August 24 flash-crash open).',
    "How the Dow and other major indexes fared on Tuesday. U.S. stocks closed lower after sliding sharply in the final hour. An early surge, after China's central bank cut rates, faded, stretching the market's losing streak to six days. "
    "For the day: The Dow Jones industrial average lost 204.91 points, or 1.3 percent, to 15,666.44. The Standard & Poor's 500 index dropped 25.60 points, or 1.4 percent, to 1,867.61. "
    "The Nasdaq composite fell 19.76 points, or 0.4 percent, to 4,506.49. For the week: The Dow is down 793.31 points, or 4.8 percent. The S&P 500 index is down 103.3 points, or 5.2 percent. "
    "The Nasdaq is down 199.55 points, or 4.2 percent. For the year: The Dow is down 2,156.63 points, or 12.1 percent. The S&P 500 index is down 191.29 points, or 9.3 percent. The Nasdaq is down 229.6 points, or 4.9 percent.",
    [('SPX', 'losing_streak', 6, 'days', None, d, None, 'close', "R.streak('SPX','%s')" % d, 'losing streak to six days', S, 'S&P 500 down six sessions in a row (Dow and Nasdaq too).'),
     ('DJI', 'change_pts', -204.91, 'pts', None, d, '1d', 'close', "R.pts('DJI','%s')" % d, 'lost 204.91 points', S, ''),
     ('DJI', 'close', 15666.44, 'level', None, d, None, 'close', "R.close('DJI','%s')" % d, '15,666.44', S, ''),
     ('SPX', 'change_pct', -1.4, '%', None, d, '1d', 'close', "R.pct('SPX','%s')" % d, '25.60 points, or 1.4 percent', S, '-1.352%.'),
     ('SPX', 'close', 1867.61, 'level', None, d, None, 'close', "R.close('SPX','%s')" % d, '1,867.61', S, ''),
     ('IXIC', 'change_pts', -19.76, 'pts', None, d, '1d', 'close', "R.pts('IXIC','%s')" % d, 'fell 19.76 points', S, ''),
     ('DJI', 'wtd_pts', -793.31, 'pts', None, d, 'WTD', 'close', "R.win_pts('DJI','%s','%s')" % (w, d), 'down 793.31 points', S, ''),
     ('SPX', 'wtd_pts', -103.3, 'pts', None, d, 'WTD', 'close', "R.win_pts('SPX','%s','%s')" % (w, d), 'down 103.3 points', S, '-103.28.'),
     ('IXIC', 'wtd_pct', -4.2, '%', None, d, 'WTD', 'close', "R.win_pct('IXIC','%s','%s')" % (w, d), 'down 199.55 points, or 4.2 percent', S, ''),
     ('DJI', 'ytd_pct', -12.1, '%', None, d, 'YTD', 'close', "R.ytd_pct('DJI','%s')" % d, 'or 12.1 percent', S, ''),
     ('SPX', 'ytd_pts', -191.29, 'pts', None, d, 'YTD', 'close', "R.ytd_pts('SPX','%s')" % d, 'down 191.29 points', S, ''),
     ('IXIC', 'ytd_pts', -229.6, 'pts', None, d, 'YTD', 'close', "R.ytd_pts('IXIC','%s')" % d, 'down 229.6 points', S, '-229.56.'),
     A('DJI','pct','-1.3','204.91 points, or 1.3 percent',d), A('SPX','pts','-25.60','dropped 25.60 points',d), A('IXIC','pct','-0.4','19.76 points, or 0.4 percent',d),
     A('IXIC','close','4,506.49','4,506.49',d), A('DJI','wtd_pct','-4.8','793.31 points, or 4.8 percent',d,w), A('SPX','wtd_pct','-5.2','103.3 points, or 5.2 percent',d,w),
     A('IXIC','wtd_pts','-199.55','down 199.55 points',d,w), A('DJI','ytd_pts','-2,156.63','down 2,156.63 points',d), A('SPX','ytd_pct','-9.3','191.29 points, or 9.3 percent',d),
     A('IXIC','ytd_pct','-4.9','229.6 points, or 4.9 percent',d),
     ])

d = '2015-12-16'
psg('newstribune_20151216_fed_liftoff_rally', 'www.newstribune.com',
    'http://www.newstribune.com/news/2015/dec/16/stocks-jump-after-fed-finally-raises-interest-rate/', 'Associated Press (News Tribune, Jefferson City)', d, 'exact',
    'Date in the URL; same-day AP story on the FOMC decision of 2015-12-16. Another outlet\'s page on this session exists in an earlier corpus (allowed overlap).',
    "NEW YORK (AP) - Stocks rose Wednesday after the Federal Reserve lifted interest rates, and investors took comfort in the Fed's stress on gradual increases. "
    "The Dow Jones industrial average rose 224.18 points, or 1.3 percent, to 17,749.09. The Standard & Poor's 500 index added 29.66 points, or 1.5 percent, to 2,073.07. "
    "The Nasdaq composite gained 75.77 points, or 1.5 percent, to 5,071.13. The market finished higher for the third day in a row, something that hadn't happened in almost two months. "
    "The S&P 500 is up 3 percent over the last three days. The Fed raised its main interest rate by a quarter of a point. That rate had been near zero for seven years.",
    [('DJI', 'change_pts', 224.18, 'pts', None, d, '1d', 'close', "R.pts('DJI','%s')" % d, 'rose 224.18 points', S, ''),
     ('DJI', 'change_pct', 1.3, '%', None, d, '1d', 'close', "R.pct('DJI','%s')" % d, 'or 1.3 percent', S, '1.279%.'),
     ('SPX', 'close', 2073.07, 'level', None, d, None, 'close', "R.close('SPX','%s')" % d, '2,073.07', S, ''),
     ('IXIC', 'close', 5071.13, 'level', None, d, None, 'close', "R.close('IXIC','%s')" % d, '5,071.13', S, ''),
     ('SPX', 'win_streak', 3, 'days', None, d, None, 'close', "R.streak('SPX','%s')" % d, 'third day in a row', S, 'Dow also 3.'),
     ('SPX', 'last_streak_as_long', 'almost two months', 'date', 'almost', d, None, 'close', "R.last3_up_before('SPX','%s')" % d, "hadn't happened in almost two months", S, 'The previous S&P 500 three-day rise ended 2015-10-19, eight weeks earlier (Dow: 2015-11-18, which would contradict it; the key reads "the market" as the S&P 500).'),
     ('SPX', 'window_pct', 3, '%', None, d, '3 sessions', 'close', "R.win_pct('SPX','2015-12-11','%s')" % d, 'up 3 percent over the last three days', S, '3.016%.'),
     ('FEDFUNDS', 'rate_change_pts', 0.25, 'pts', None, d, None, 'decision', "R.r(R.fed_upper('2015-12-17')-R.fed_upper('2015-12-15'))", 'by a quarter of a point', S, 'Upper bound 0.25 -> 0.50.'),
     ('FEDFUNDS', 'years_near_zero', 7, 'years', None, d, '2008-12-16..2015-12-16', 'target', "R.fed_upper('2008-12-16')", 'near zero for seven years', S, 'Range 0-0.25% from 2008-12-16 until this decision.'),
     A('DJI','close','17,749.09','17,749.09',d), A('SPX','pts','29.66','added 29.66 points',d), A('SPX','pct','1.5','29.66 points, or 1.5 percent',d),
     A('IXIC','pts','75.77','gained 75.77 points',d), A('IXIC','pct','1.5','75.77 points, or 1.5 percent',d),
     ])

d = '2016-08-02'; w = '2016-07-29'
psg('canadianbusiness_20160802_biggest_loss_in_month', 'www.canadianbusiness.com',
    'https://www.canadianbusiness.com/business-news/how-the-dow-jones-industrial-average-fared-on-tuesday-21/', 'The Canadian Press / Associated Press (Canadian Business)', d, 'high',
    'No date on the page; the closing levels match only Tuesday 2016-08-02.',
    "How the Dow Jones industrial average fared on Tuesday. NEW YORK, N.Y. - U.S. stocks took their biggest loss in almost a month on Tuesday on worries about the U.S. economy, with retailers and carmakers sold. "
    "On Tuesday: The Dow Jones industrial average fell 90.74 points, or 0.5 per cent, to 18,313.77. The Standard & Poor's 500 index lost 13.81 points, or 0.6 per cent, to 2,157.03. "
    "The Nasdaq composite slid 46.46 points, or 0.9 per cent, to 5,137.73. For the week: The Dow is down 118.47 points, or 0.6 per cent. The S&P 500 is down 16.57 points, or 0.8 per cent. "
    "The Nasdaq is down 24.40 points, or 0.5 per cent. For the year: The Dow is up 888.74 points, or 5.1 per cent. The S&P 500 is up 113.09 points, or 5.5 per cent. The Nasdaq is up 130.32 points, or 2.6 per cent.",
    [('SPX', 'worst_since', 'almost a month', 'date', 'almost', d, None, 'close', "R.worst_since('SPX','%s')" % d, 'biggest loss in almost a month', S, 'Last bigger S&P 500 drop: 2016-07-05, four weeks earlier.'),
     ('DJI', 'change_pts', -90.74, 'pts', None, d, '1d', 'close', "R.pts('DJI','%s')" % d, 'fell 90.74 points', S, ''),
     ('SPX', 'change_pct', -0.6, '%', None, d, '1d', 'close', "R.pct('SPX','%s')" % d, '13.81 points, or 0.6 per cent', S, '-0.636%.'),
     ('IXIC', 'close', 5137.73, 'level', None, d, None, 'close', "R.close('IXIC','%s')" % d, '5,137.73', S, ''),
     ('DJI', 'wtd_pct', -0.6, '%', None, d, 'WTD', 'close', "R.win_pct('DJI','%s','%s')" % (w, d), '118.47 points, or 0.6 per cent', S, '-0.643%.'),
     ('SPX', 'wtd_pct', -0.8, '%', None, d, 'WTD', 'close', "R.win_pct('SPX','%s','%s')" % (w, d), '16.57 points, or 0.8 per cent', S, '-0.762%.'),
     ('IXIC', 'wtd_pts', -24.40, 'pts', None, d, 'WTD', 'close', "R.win_pts('IXIC','%s','%s')" % (w, d), 'down 24.40 points', S, ''),
     ('DJI', 'ytd_pts', 888.74, 'pts', None, d, 'YTD', 'close', "R.ytd_pts('DJI','%s')" % d, 'up 888.74 points', S, ''),
     ('SPX', 'ytd_pct', 5.5, '%', None, d, 'YTD', 'close', "R.ytd_pct('SPX','%s')" % d, '113.09 points, or 5.5 per cent', S, '5.533%.'),
     ('IXIC', 'ytd_pct', 2.6, '%', None, d, 'YTD', 'close', "R.ytd_pct('IXIC','%s')" % d, '130.32 points, or 2.6 per cent', S, ''),
     A('DJI','pct','-0.5','90.74 points, or 0.5 per cent',d), A('DJI','close','18,313.77','18,313.77',d), A('SPX','pts','-13.81','lost 13.81 points',d),
     A('SPX','close','2,157.03','2,157.03',d), A('IXIC','pts','-46.46','slid 46.46 points',d), A('IXIC','pct','-0.9','46.46 points, or 0.9 per cent',d),
     A('DJI','wtd_pts','-118.47','down 118.47 points',d,w), A('SPX','wtd_pts','-16.57','down 16.57 points',d,w), A('IXIC','wtd_pct','-0.5','24.40 points, or 0.5 per cent',d,w),
     A('DJI','ytd_pct','5.1','888.74 points, or 5.1 per cent',d), A('SPX','ytd_pts','113.09','up 113.09 points',d), A('IXIC','ytd_pts','130.32','up 130.32 points',d),
     ])

d = '2016-10-11'; w = '2016-10-07'
psg('canadianbusiness_20161011_earnings_selloff', 'www.canadianbusiness.com',
    'https://www.canadianbusiness.com/business-news/how-the-dow-jones-industrial-average-fared-on-tuesday-25/', 'The Canadian Press / Associated Press (Canadian Business)', d, 'high',
    'No date on the page; the closing levels match only Tuesday 2016-10-11.',
    "How the Dow Jones industrial average fared on Tuesday. Stocks closed broadly lower Tuesday, more than erasing the previous day's gain, after weak company earnings; health care led the retreat. "
    "On Tuesday: The Dow Jones industrial average fell 200.38 points, or 1.1 per cent, to 18,128.66. The Standard & Poor's 500 index lost 26.93 points, or 1.2 per cent, to 2,136.73. "
    "The Nasdaq composite dropped 81.89 points, or 1.5 per cent, to 5,246.79. For the week: The Dow is down 111.83 points, or 0.6 per cent. The S&P 500 is down 17.01 points, or 0.8 per cent. "
    "The Nasdaq is down 45.62 points, or 0.9 per cent. For the year: The Dow is up 703.63 points, or 4.0 per cent. The S&P 500 is up 92.79 points, or 4.5 per cent. The Nasdaq is up 239.38 points, or 4.8 per cent.",
    [('DJI', 'erased_prior_gain', True, 'flag', 'more than', d, '2d', 'close', "R.pts('DJI','%s')+R.pts('DJI','2016-10-10')<0" % d, "more than erasing the previous day's gain", S, 'Dow +88.55 on Monday, -200.38 on Tuesday (S&P 500 and Nasdaq likewise).'),
     ('DJI', 'change_pct', -1.1, '%', None, d, '1d', 'close', "R.pct('DJI','%s')" % d, '200.38 points, or 1.1 per cent', S, '-1.093%.'),
     ('SPX', 'change_pts', -26.93, 'pts', None, d, '1d', 'close', "R.pts('SPX','%s')" % d, 'lost 26.93 points', S, ''),
     ('IXIC', 'change_pts', -81.89, 'pts', None, d, '1d', 'close', "R.pts('IXIC','%s')" % d, 'dropped 81.89 points', S, 'File -81.88; within 0.025.'),
     ('IXIC', 'close', 5246.79, 'level', None, d, None, 'close', "R.close('IXIC','%s')" % d, '5,246.79', S, ''),
     ('DJI', 'wtd_pts', -111.83, 'pts', None, d, 'WTD', 'close', "R.win_pts('DJI','%s','%s')" % (w, d), 'down 111.83 points', S, ''),
     ('SPX', 'wtd_pts', -17.01, 'pts', None, d, 'WTD', 'close', "R.win_pts('SPX','%s','%s')" % (w, d), 'down 17.01 points', S, ''),
     ('IXIC', 'wtd_pts', -45.62, 'pts', None, d, 'WTD', 'close', "R.win_pts('IXIC','%s','%s')" % (w, d), 'down 45.62 points', S, 'File -45.61.'),
     ('DJI', 'ytd_pct', 4.0, '%', None, d, 'YTD', 'close', "R.ytd_pct('DJI','%s')" % d, '703.63 points, or 4.0 per cent', S, ''),
     ('SPX', 'ytd_pts', 92.79, 'pts', None, d, 'YTD', 'close', "R.ytd_pts('SPX','%s')" % d, 'up 92.79 points', S, ''),
     ('IXIC', 'ytd_pct', 4.8, '%', None, d, 'YTD', 'close', "R.ytd_pct('IXIC','%s')" % d, '239.38 points, or 4.8 per cent', S, ''),
     A('DJI','pts','-200.38','fell 200.38 points',d), A('DJI','close','18,128.66','18,128.66',d), A('SPX','pct','-1.2','26.93 points, or 1.2 per cent',d),
     A('SPX','close','2,136.73','2,136.73',d), A('IXIC','pct','-1.5','81.89 points, or 1.5 per cent',d), A('DJI','wtd_pct','-0.6','111.83 points, or 0.6 per cent',d,w),
     A('SPX','wtd_pct','-0.8','17.01 points, or 0.8 per cent',d,w), A('IXIC','wtd_pct','-0.9','45.62 points, or 0.9 per cent',d,w), A('DJI','ytd_pts','703.63','up 703.63 points',d),
     A('SPX','ytd_pct','4.5','92.79 points, or 4.5 per cent',d), A('IXIC','ytd_pts','239.38','up 239.38 points',d),
     ])

d = '2018-01-30'
psg('realestateisideal_20180130_dow_worst_two_sessions', 'realestateisideal.com',
    'http://realestateisideal.com/uncategorized/dow-ends-360-points-lower-marks-worst-2-session-drop-in-more-than-a-year', 'MarketWatch (Market Pulse repost)', d, 'high',
    'Repost of a MarketWatch Market Pulse item, undated; the figures match Tuesday 2018-01-30 (State of the Union evening). Another outlet\'s page on this session exists in an earlier corpus (allowed overlap).',
    "Dow ends 360 points lower, marks worst 2-session drop in more than a year. The Dow Jones Industrial Average fell sharply on Tuesday, marking its worst two-session skid in about 16 months, according to WSJ Market Data Group. "
    "The Dow closed off about 362 points, or 1.4% at 26,076, its steepest daily percentage drop since Aug. 18 and its worst two-session percentage slump since Sept. 9, 2016. "
    "The S&P 500 index closed down 1.1% at roughly 2,822, while the Nasdaq Composite Index ended the day off 0.9% at around 7,400. "
    "The 10-year Treasury yield climbed to its highest level in more than three years on Monday. Investors await the Federal Reserve's policy update on Wednesday.",
    [('DJI', 'change_pts', -362, 'pts', 'about', d, '1d', 'close', "R.pts('DJI','%s')" % d, 'off about 362 points', S, '-362.59.'),
     ('DJI', 'change_pct', -1.4, '%', None, d, '1d', 'close', "R.pct('DJI','%s')" % d, 'or 1.4% at', S, '-1.371%.'),
     ('DJI', 'close', 26076, 'level', None, d, None, 'close', "R.close('DJI','%s')" % d, 'at 26,076', I, '26,076.89: a truncated figure (rounds to 26,077).'),
     ('DJI', 'worst_since', '2017-08-18', 'date', None, d, None, 'close', "R.worst_since('DJI','%s')" % d, 'steepest daily percentage drop since Aug. 18', I, 'Last Dow drop at least as large in the file: 2017-05-17 (-1.78%); 2017-08-17 was -1.24%, smaller. A later X than the true date: understated, imprecise.'),
     ('DJI', 'worst_two_day_since', '2016-09-09', 'date', None, d, '2 sessions', 'close', "R.worst_two_day_since('DJI','%s')" % d, 'since Sept. 9, 2016', S, 'Two-session loss -2.03%; last at least as large ended 2016-09-09 ("about 16 months").'),
     ('SPX', 'close', 2822, 'level', 'roughly', d, None, 'close', "R.close('SPX','%s')" % d, 'roughly 2,822', S, '2,822.43.'),
     ('IXIC', 'change_pct', -0.9, '%', None, d, '1d', 'close', "R.pct('IXIC','%s')" % d, 'off 0.9%', S, '-0.858%.'),
     ('IXIC', 'close', 7400, 'level', 'around', d, None, 'close', "R.close('IXIC','%s')" % d, 'around 7,400', S, '7,402.48.'),
     ('US10Y', 'highest_since', 'more than three years', 'date', 'more than', '2018-01-29', None, 'end of day', "R.fred_max_since('DGS10','2018-01-29')", 'highest level in more than three years', S, 'DGS10 2.70 on Monday 2018-01-29; last at least as high 2014-04-29 (3.75 years).'),
     A('DJI','pts','-360','360 points lower',d,None,'Headline figure.'),
     ('FEDFUNDS', 'fomc_decision_day', '2018-01-31', 'date', None, '2018-01-31', None, 'decision', "R.fomc_decision_on('2018-01-31')", "policy update on Wednesday", S, 'FOMC decision day 2018-01-31 in FOMC_meetings.csv.'), A('SPX','pct','-1.1','closed down 1.1%',d),
     ('DJI', 'worst_two_day_since', 'more than a year', 'date', 'more than', d, '2 sessions', 'close', "R.worst_two_day_since('DJI','%s')" % d, 'worst 2-session drop in more than a year', S, 'Headline; last two-session drop at least as large ended 2016-09-09.'),
     ('DJI', 'worst_two_day_since', 16, 'months', 'about', d, '2 sessions', 'close', "R.worst_two_day_since('DJI','%s')" % d, 'about 16 months', S, '2016-09-09 to 2018-01-30 is 16.7 months.'),
     ])

d = '2020-10-09'; w = '2020-10-02'
psg('mutualfundinvestorguide_20201011_best_week_since_summer', 'www.mutualfundinvestorguide.com',
    'https://www.mutualfundinvestorguide.com/market-perspective-for-october-11-2020/', 'Mutual Fund Investor Guide', '2020-10-11', 'high',
    'Title names October 11, 2020 (a Sunday); the text reviews Friday 2020-10-09 and the week.',
    "Market Perspective for October 11, 2020. Friday's close wrapped up an eventful week with gains across the major indices. "
    "The Dow gained 161 points on Friday, a gain of 0.57 percent. It has traded up for four out of the last five trading days, and this was its best week since the week of August 7, 2020, up 3.27 percent. "
    "The S&P 500 posted a 0.88 percent gain on Friday, its third day in a row of gains, and closed its best week since the week of July 2, 2020, up 3.84 percent. "
    "The Nasdaq Composite increased 1.39 percent for the day; for the week it was up 4.56 percent. "
    "Lastly, the Russell 2000 Index added another nine points for a 0.55 percent gain on Friday. It was also the seventh day of gains for the index over an eight-day spread. "
    "For the week, the Russell 2000 was up 6.38 percent, which was its best-performing week since June 5, 2020.",
    [('DJI', 'change_pts', 161, 'pts', None, d, '1d', 'close', "R.pts('DJI','%s')" % d, 'gained 161 points', S, '161.39.'),
     ('DJI', 'change_pct', 0.57, '%', None, d, '1d', 'close', "R.pct('DJI','%s')" % d, '0.57 percent', S, '0.568%.'),
     ('DJI', 'count_up_days', 4, 'days', None, d, 'last 5 sessions', 'close', "R.ups_in_last('DJI','%s',5)" % d, 'four out of the last five', S, ''),
     ('DJI', 'best_week_since', '2020-08-07', 'date', None, d, 'week', 'close', "R.best_week_since('DJI','%s')" % d, 'week of August 7, 2020', S, ''),
     ('DJI', 'week_pct', 3.27, '%', None, d, 'week', 'close', "R.win_pct('DJI','%s','%s')" % (w, d), '3.27 percent', S, '3.266%.'),
     ('SPX', 'change_pct', 0.88, '%', None, d, '1d', 'close', "R.pct('SPX','%s')" % d, '0.88 percent', S, ''),
     ('SPX', 'win_streak', 3, 'days', None, d, None, 'close', "R.streak('SPX','%s')" % d, 'third day in a row', S, ''),
     ('SPX', 'best_week_since', '2020-07-02', 'date', None, d, 'week', 'close', "R.best_week_since('SPX','%s')" % d, 'week of July 2, 2020', S, 'Week ending Thursday 2020-07-02 (Friday July 3 holiday; the helper labels it 2020-07-03).'),
     ('SPX', 'week_pct', 3.84, '%', None, d, 'week', 'close', "R.win_pct('SPX','%s','%s')" % (w, d), '3.84 percent', S, ''),
     ('IXIC', 'change_pct', 1.39, '%', None, d, '1d', 'close', "R.pct('IXIC','%s')" % d, '1.39 percent', S, ''),
     ('IXIC', 'week_pct', 4.56, '%', None, d, 'week', 'close', "R.win_pct('IXIC','%s','%s')" % (w, d), '4.56 percent', S, ''),
     ('RUT', 'change_pts', 9, 'pts', None, d, '1d', 'close', "R.pts('RUT','%s')" % d, 'nine points', S, '9.00.'),
     ('RUT', 'change_pct', 0.55, '%', None, d, '1d', 'close', "R.pct('RUT','%s')" % d, '0.55 percent', S, ''),
     ('RUT', 'count_up_days', 7, 'days', None, d, 'last 8 sessions', 'close', "R.ups_in_last('RUT','%s',8)" % d, 'seventh day of gains', S, ''),
     ('RUT', 'week_pct', 6.38, '%', None, d, 'week', 'close', "R.win_pct('RUT','%s','%s')" % (w, d), '6.38 percent', S, ''),
     ('RUT', 'best_week_since', '2020-06-05', 'date', None, d, 'week', 'close', "R.best_week_since('RUT','%s')" % d, 'since June 5, 2020', S, ''),
     ])

d = '2020-11-30'
psg('kiplinger_20201130_dow_best_month_since_1987', 'kiplinger.com',
    'https://kiplinger.com/investing/stocks/601831/stock-market-today-113020-dow-closes-out-best-month-since-1987', "Kiplinger", d, 'exact',
    'Date in the URL slug (113020); describes Monday 2020-11-30, the last session of November.',
    "Stock Market Today: Dow Closes Out Best Month Since 1987. The major indices slipped Monday despite more upbeat vaccine news, but the Dow still capped its best single-month performance in 33 years. "
    "The Dow Jones Industrial Average, off 0.9% to 29,638, nonetheless finished November with an 11.8% gain, its best single-month gain since January 1987. "
    "The tech-heavy Nasdaq Composite delivered the same 11.8% monthly improvement after it closed Monday down 0.1% to 12,198. "
    "The S&P 500, off 0.5% to 3,621 today, finished November with a 10.8% advance. The Russell 2000 retreated by 1.9% to 1,819.",
    [('DJI', 'change_pct', -0.9, '%', None, d, '1d', 'close', "R.pct('DJI','%s')" % d, 'off 0.9% to 29,638', S, '-0.908%.'),
     ('DJI', 'close', 29638, 'level', None, d, None, 'close', "R.close('DJI','%s')" % d, '29,638', I, '29,638.64: truncated (rounds to 29,639).'),
     ('DJI', 'month_pct', 11.8, '%', None, d, 'November 2020', 'close', "R.month_pct('DJI','%s')" % d, 'November with an 11.8% gain', S, '11.837%.'),
     ('DJI', 'best_month_since', '1987-01', 'month', None, d, None, 'close', "R.month_rank_since('DJI','%s')" % d, 'since January 1987', U, 'No month in the Dow file (from 1992) beat it, consistent with the claim, but January 1987 lies before the file.'),
     ('IXIC', 'month_pct', 11.8, '%', None, d, 'November 2020', 'close', "R.month_pct('IXIC','%s')" % d, 'the same 11.8% monthly improvement', S, '11.796%.'),
     ('IXIC', 'close', 12198, 'level', None, d, None, 'close', "R.close('IXIC','%s')" % d, '12,198', I, '12,198.74: truncated.'),
     ('SPX', 'close', 3621, 'level', None, d, None, 'close', "R.close('SPX','%s')" % d, '3,621', I, '3,621.63: truncated.'),
     ('SPX', 'month_pct', 10.8, '%', None, d, 'November 2020', 'close', "R.month_pct('SPX','%s')" % d, '10.8% advance', S, '10.755%.'),
     ('RUT', 'change_pct', -1.9, '%', None, d, '1d', 'close', "R.pct('RUT','%s')" % d, 'retreated by 1.9%', S, ''),
     ('RUT', 'close', 1819, 'level', None, d, None, 'close', "R.close('RUT','%s')" % d, '1,819', I, '1,819.82: truncated.'),
     A('SPX','pct','-0.5','off 0.5%',d), A('IXIC','pct','-0.1','down 0.1%',d),
     ('DJI', 'best_month_since', 33, 'years', None, d, None, 'close', "R.month_rank_since('DJI','%s')" % d, 'best single-month performance in 33 years', U, 'Same as the January 1987 claim: needs pre-1992 Dow history.'),
     ])

d = '2021-02-05'; w = '2021-01-29'
psg('7news_20210206_sp500_best_week_since_november', '7news.com.au', 'https://7news.com.au/business/markets/sp-500-has-best-week-since-november-c-2104245',
    'Reuters (7NEWS)', '2021-02-06', 'medium', 'Australian page, undated in the text; a Reuters wrap of Friday 2021-02-05 (jobs report day), published in Sydney on the Saturday.',
    "S&P 500 has best week since November. By Caroline Valetkevitch. The S&P 500 and Nasdaq indices scored their biggest weekly percentage gains since the US elections in early November. "
    "Both the Dow Jones industrial average and S&P 500 on Friday rose for a fifth straight session in their longest streak of gains since August, while the S&P 500 and Nasdaq posted record closing highs for a second day in a row. "
    "The Dow Jones Industrial Average rose 92.38 points, or 0.3 per cent, to 31,148.24, the S&P 500 gained 15.09 points, or 0.39 per cent, at 3,886.83 and the Nasdaq Composite added 78.55 points, or 0.57 per cent, at 13,856.30. "
    "For the week, the S&P 500 gained 4.65 per cent, the Nasdaq added 6.01 per cent and the Dow increased 3.89 per cent.",
    [('SPX', 'best_week_since', '2020-11-06', 'date', None, d, 'week', 'close', "R.best_week_since('SPX','%s')" % d, 'biggest weekly percentage gains since the US elections', S, 'Week ending 2020-11-06 (Nasdaq same).'),
     ('DJI', 'win_streak', 5, 'days', None, d, None, 'close', "R.streak('DJI','%s')" % d, 'fifth straight session', S, 'S&P 500 also 5.'),
     ('SPX', 'longest_streak_since', 'August', 'month', None, d, None, 'close', "R.last_streak_as_long('SPX','%s')" % d, 'longest streak of gains since August', S, 'Last S&P 500 run of 5+ ended 2020-08-28; Dow 2020-08-10.'),
     ('SPX', 'record_close_2nd_day', True, 'flag', None, d, '2d', 'close', "R.is_record('SPX','%s') and R.is_record('SPX','2021-02-04')" % d, 'record closing highs for a second day in a row', S, 'Nasdaq too.'),
     ('DJI', 'close', 31148.24, 'level', None, d, None, 'close', "R.close('DJI','%s')" % d, '31,148.24', S, ''),
     ('SPX', 'change_pts', 15.09, 'pts', None, d, '1d', 'close', "R.pts('SPX','%s')" % d, 'gained 15.09 points', S, ''),
     ('IXIC', 'change_pts', 78.55, 'pts', None, d, '1d', 'close', "R.pts('IXIC','%s')" % d, 'added 78.55 points', S, 'File 78.56.'),
     ('IXIC', 'close', 13856.30, 'level', None, d, None, 'close', "R.close('IXIC','%s')" % d, '13,856.30', S, ''),
     ('SPX', 'week_pct', 4.65, '%', None, d, 'week', 'close', "R.win_pct('SPX','%s','%s')" % (w, d), 'gained 4.65 per cent', S, ''),
     ('IXIC', 'week_pct', 6.01, '%', None, d, 'week', 'close', "R.win_pct('IXIC','%s','%s')" % (w, d), 'added 6.01 per cent', S, ''),
     ('DJI', 'week_pct', 3.89, '%', None, d, 'week', 'close', "R.win_pct('DJI','%s','%s')" % (w, d), 'increased 3.89 per cent', S, ''),
     ('SPX', 'win_streak', 5, 'days', None, d, None, 'close', "R.streak('SPX','%s')" % d, 'S&P 500 on Friday rose', S, ''),
     ('IXIC', 'record_close_2nd_day', True, 'flag', None, d, '2d', 'close', "R.is_record('IXIC','%s') and R.is_record('IXIC','2021-02-04')" % d, 'S&P 500 and Nasdaq posted record', S, ''),
     ('IXIC', 'best_week_since', '2020-11-06', 'date', None, d, 'week', 'close', "R.best_week_since('IXIC','%s')" % d, 'The S&P 500 and Nasdaq indices scored', S, 'Week ending 2020-11-06.'),
     A('DJI','pts','92.38','rose 92.38 points',d), A('DJI','pct','0.3','or 0.3 per cent',d), A('SPX','pct','0.39','0.39 per cent',d),
     A('SPX','close','3,886.83','3,886.83',d), A('IXIC','pct','0.57','0.57 per cent',d),
     ])

d = '2021-09-07'
psg('cheddar_20210907_post_labor_day_nasdaq_record', 'www.cheddar.com', 'https://www.cheddar.com/media/us-stocks-close-mostly-lower-but-nasdaq-still-inches-higher/',
    'Associated Press (Cheddar)', d, 'high', 'Undated repost; "returned from the Labor Day holiday" and the 10-year yield fix the session as Tuesday 2021-09-07. Closing update followed by the earlier afternoon story.',
    "By Damian J. Troise and Alex Veiga, AP Business Writers. Stocks closed mostly lower on Wall Street Tuesday as traders came back from the Labor Day holiday, though gains for some Big Tech names nudged the Nasdaq composite barely higher. "
    "The benchmark S&P 500 slipped 0.3%. The Nasdaq rose just under 0.1%, enough for another record high. The Dow industrials lost 0.8%. The yield on the 10-year Treasury note climbed to 1.37%. "
    "Earlier: The S&P 500 lost 0.3% as of 2:32 p.m. Eastern. The Dow Jones Industrial Average fell 228 points, or 0.6%, to 35,141 and the Nasdaq composite rose 0.1%, within striking distance of an all-time high.",
    [('SPX', 'change_pct', -0.3, '%', None, d, '1d', 'close', "R.pct('SPX','%s')" % d, 'slipped 0.3%', S, '-0.340%.'),
     ('IXIC', 'change_pct', 0.1, '%', 'just under', d, '1d', 'close', "R.pct('IXIC','%s')" % d, 'just under 0.1%', S, '+0.070%.'),
     ('IXIC', 'record_close', True, 'flag', None, d, None, 'close', "R.is_record('IXIC','%s')" % d, 'another record high', S, ''),
     ('DJI', 'change_pct', -0.8, '%', None, d, '1d', 'close', "R.pct('DJI','%s')" % d, 'lost 0.8%', S, '-0.761%.'),
     ('US10Y', 'yield', 1.37, '%', None, d, None, 'end of day', "R.fred('DGS10','%s')" % d, 'climbed to 1.37%', S, 'DGS10 1.38 (from 1.33 on Friday); within 0.025.'),
     ('SPX', 'change_pct', -0.3, '%', None, d, '1d', 'afternoon 2:32 p.m.', "[R.low('SPX','%s'),R.high('SPX','%s')]" % (d, d), 'lost 0.3% as of 2:32 p.m.', U, 'Mid-session; -0.3% (about 4,522) lies inside the session range 4,513.00-4,535.38.'),
     ('DJI', 'level', 35141, 'level', None, d, None, 'afternoon 2:32 p.m.', "[R.low('DJI','%s'),R.high('DJI','%s')]" % (d, d), 'to 35,141', U, 'Mid-session; inside the session range 35,060.90-35,373.24 (and 35,369.09 - 228 = 35,141, consistent).'),
     ('IXIC', 'pct_from_ath', 'within striking distance', 'qualitative', None, d, None, 'afternoon', None, 'within striking distance of an all-time high', N, 'Vague mid-session characterisation; not a figure.'),
     ('DJI', 'change_pts', -228, 'pts', None, d, '1d', 'afternoon 2:32 p.m.', "[R.low('DJI','%s'),R.high('DJI','%s'),R.pts('DJI','%s')]" % (d, d, d), 'fell 228 points', U, 'Mid-session, inside the session range; close -269.09.'),
     ('DJI', 'change_pct', -0.6, '%', None, d, '1d', 'afternoon 2:32 p.m.', "[R.low('DJI','%s'),R.high('DJI','%s'),R.pct('DJI','%s')]" % (d, d, d), 'or 0.6%, to 35,141', U, 'Mid-session, inside the session range.'),
     ('IXIC', 'change_pct', 0.1, '%', None, d, '1d', 'afternoon 2:32 p.m.', "[R.low('IXIC','%s'),R.high('IXIC','%s'),R.pct('IXIC','%s')]" % (d, d, d), 'composite rose 0.1%', U, 'Mid-session; +0.1% (about 15,379) lies inside the range 15,343.28-15,403.44.'),
     ])

d = '2022-02-22'
psg('unionbulletin_20220222_sp500_correction', 'www.union-bulletin.com',
    'https://www.union-bulletin.com/seattle_times/how-major-us-stock-indexes-fared-tuesday/article_456fad9a-2ebc-5600-9727-8e89d762abb0.html',
    'Associated Press (Walla Walla Union-Bulletin)', d, 'exact', 'Page dated 2022-02-22; Tuesday session. Another outlet\'s page on this session exists in an earlier corpus (allowed overlap).',
    "How major US stock indexes fared Tuesday. Stocks closed lower Tuesday after Russia sent forces into eastern Ukraine. The benchmark S&P 500 fell and is now more than 10% below its all-time high set in January, what is known as a \"correction.\" "
    "The Dow Jones Industrial Average and Nasdaq also lost more than 1%. On Tuesday: The S&P 500 fell 44.11 points, or 1%, to 4,304.76. The Dow Jones Industrial Average fell 482.57 points, or 1.4%, to 33,596.61. "
    "The Nasdaq fell 166.55 points, or 1.2%, to 13,381.52. The Russell 2000 index of smaller companies fell 29.16 points, or 1.5%, to 1,980.17. "
    "For the year: The S&P 500 is down 461.42 points, or 9.7%. The Dow is down 2,741.69 points, or 7.5%. The Nasdaq is down 2,263.45 points, or 14.5%. The Russell 2000 is down 265.14 points, or 11.8%.",
    [('SPX', 'pct_from_ath', 10, '%', 'more than', d, None, 'close', "R.pct_below_record('SPX','%s')" % d, 'more than 10% below', S, '10.25% below the 2022-01-03 record close 4,796.56.'),
     ('SPX', 'ath_month', '2022-01', 'month', None, d, None, 'close', "str(R.px('SPX').close[:'%s'].idxmax().date())" % d, 'all-time high set in January', S, ''),
     ('DJI', 'change_pct', -1, '%', 'more than', d, '1d', 'close', "R.pct('DJI','%s')" % d, 'also lost more than 1%', S, 'Dow -1.42%, Nasdaq -1.23%.'),
     ('SPX', 'change_pts', -44.11, 'pts', None, d, '1d', 'close', "R.pts('SPX','%s')" % d, 'fell 44.11 points', S, ''),
     ('DJI', 'close', 33596.61, 'level', None, d, None, 'close', "R.close('DJI','%s')" % d, '33,596.61', S, ''),
     ('IXIC', 'change_pts', -166.55, 'pts', None, d, '1d', 'close', "R.pts('IXIC','%s')" % d, 'fell 166.55 points', S, ''),
     ('RUT', 'change_pts', -29.16, 'pts', None, d, '1d', 'close', "R.pts('RUT','%s')" % d, 'fell 29.16 points', S, ''),
     ('RUT', 'close', 1980.17, 'level', None, d, None, 'close', "R.close('RUT','%s')" % d, '1,980.17', S, ''),
     ('SPX', 'ytd_pts', -461.42, 'pts', None, d, 'YTD', 'close', "R.ytd_pts('SPX','%s')" % d, 'down 461.42 points', S, ''),
     ('DJI', 'ytd_pct', -7.5, '%', None, d, 'YTD', 'close', "R.ytd_pct('DJI','%s')" % d, '2,741.69 points, or 7.5%', S, '-7.545%.'),
     ('IXIC', 'ytd_pct', -14.5, '%', None, d, 'YTD', 'close', "R.ytd_pct('IXIC','%s')" % d, '2,263.45 points, or 14.5%', S, ''),
     ('RUT', 'ytd_pct', -11.8, '%', None, d, 'YTD', 'close', "R.ytd_pct('RUT','%s')" % d, '265.14 points, or 11.8%', S, ''),
     A('SPX','pct','-1','44.11 points, or 1%',d), A('SPX','close','4,304.76','4,304.76',d), A('DJI','pts','-482.57','fell 482.57 points',d),
     A('DJI','pct','-1.4','482.57 points, or 1.4%',d), A('IXIC','pct','-1.2','166.55 points, or 1.2%',d), A('IXIC','close','13,381.52','13,381.52',d),
     A('RUT','pct','-1.5','29.16 points, or 1.5%',d), A('SPX','ytd_pct','-9.7','461.42 points, or 9.7%',d), A('DJI','ytd_pts','-2,741.69','down 2,741.69 points',d),
     A('IXIC','ytd_pts','-2,263.45','down 2,263.45 points',d), A('RUT','ytd_pts','-265.14','down 265.14 points',d),
     ('IXIC', 'change_pct', -1, '%', 'more than', d, '1d', 'close', "R.pct('IXIC','%s')" % d, 'Dow Jones Industrial Average and Nasdaq also', S, '-1.229%.'),
     ])

d = '2023-10-20'
psg('upwardpost_20231020_ten_year_crosses_5pct', 'www.upwardpost.com', 'https://www.upwardpost.com/economy/2023/treasury-yield-crosses-5-first-time-2007',
    'Upward Post (CNBC rewrite)', d, 'medium', 'Undated page (year in the URL); "Stocks dipped Friday" after the 10-year crossed 5% "on Thursday" (2023-10-19) places it on Friday 2023-10-20, mid-session.',
    "Treasury yield crosses 5% for the first time since 2007. Stocks dipped Friday as traders watched the recent climb in the 10-year Treasury yield. The Dow Jones Industrial Average lost 173 points, or 0.5%. "
    "The S&P 500 and Nasdaq Composite each shed 0.6%. The benchmark 10-year yield crossed 5% for the first time in 16 years on Thursday, hitting 5.001% around 5 p.m. ET, the first time above that level since July 20, 2007, when it yielded as high as 5.029%.",
    [('DJI', 'change_pts', -173, 'pts', None, d, '1d', 'mid-session', "[R.low('DJI','%s'),R.high('DJI','%s'),R.pts('DJI','%s')]" % (d, d, d), 'lost 173 points', U, 'Mid-session; 33,414.17 - 173 = 33,241 lies inside the range 33,118.12-33,425.77. Close: -286.89 (-0.86%).'),
     ('SPX', 'change_pct', -0.6, '%', None, d, '1d', 'mid-session', "[R.low('SPX','%s'),R.high('SPX','%s'),R.pct('SPX','%s')]" % (d, d, d), 'each shed 0.6%', U, 'Mid-session, inside the range (S&P about 4,252; Nasdaq about 13,107); closes -1.26% and -1.54%.'),
     ('US10Y', 'crossed_level', 5, '%', None, '2023-10-19', None, 'intraday', "R.fred('DGS10','2023-10-19')", 'crossed 5% for the first time in 16 years', U, 'Intraday yield event; DGS10 end of day 4.98 on 2023-10-19 (highest end-of-day since 2007-07-19).'),
     ('US10Y', 'yield', 5.001, '%', None, '2023-10-19', None, 'intraday 5 p.m.', None, '5.001%', U, 'Intraday yield; not in the files.'),
     ('US10Y', 'since', '2007-07-20', 'date', None, '2023-10-19', None, 'intraday', "R.fred_max_since('DGS10','2023-10-19')", 'since July 20, 2007', U, 'Intraday basis; the end-of-day series points to 2007-07-19, consistent but not decisive.'),
     ('US10Y', 'yield', 5.029, '%', 'as much as', '2007-07-20', None, 'intraday high', None, '5.029%', U, 'Intraday high; not in the files.'),
     ('IXIC', 'change_pct', -0.6, '%', None, d, '1d', 'mid-session', "[R.low('IXIC','%s'),R.high('IXIC','%s'),R.pct('IXIC','%s')]" % (d, d, d), 'S&P 500 and Nasdaq Composite each', U, 'Mid-session; -0.6% (about 13,107) lies inside the range 12,977.43-13,177.35.'),
     ])

d = '2024-05-28'
psg('financetom_20240528_nasdaq_tops_17000', 'www.financetom.com', 'https://www.financetom.com/market/nasdaq-closes-above-17000-for-first-time-on-nvidia-rally-216442.htm',
    'MT Newswires (FinanceTom)', d, 'exact', 'Timestamp on the page: 04:36 PM EDT, 05/28/2024; Tuesday after Memorial Day.',
    "04:36 PM EDT, 05/28/2024 (MT Newswires) -- US equity benchmarks closed mixed Tuesday, with Nvidia helping the Nasdaq Composite finish above 17,000 for the first time. "
    "The technology-heavy Nasdaq rose 0.6% to 17,019.9, closing at a record for the second straight session. The Dow Jones Industrial Average fell 0.6% to 38,852.9, and the S&P 500 was little changed at 5,306. "
    "The US 10-year yield rose 6.7 basis points to 4.54% Tuesday, while the two-year rate added 2.1 basis points to 4.97%. "
    "The Federal Open Market Committee tightened policy by 525 basis points from March 2022 through July 2023.",
    [('IXIC', 'first_close_above', 17000, 'level', None, d, None, 'close', "[R.close('IXIC','%s'), int((R.px('IXIC').close[:'2024-05-24']>=17000).sum())]" % d, 'above 17,000 for the first time', S, 'No earlier close at or above 17,000.'),
     ('IXIC', 'change_pct', 0.6, '%', None, d, '1d', 'close', "R.pct('IXIC','%s')" % d, 'rose 0.6% to 17,019.9', S, '0.586%.'),
     ('IXIC', 'close', 17019.9, 'level', None, d, None, 'close', "R.close('IXIC','%s')" % d, '17,019.9', S, '17,019.88.'),
     ('IXIC', 'record_close_2nd_day', True, 'flag', None, d, '2d', 'close', "R.is_record('IXIC','%s') and R.is_record('IXIC','2024-05-24')" % d, 'record for the second straight session', S, 'Records 2024-05-24 and 2024-05-28.'),
     ('DJI', 'change_pct', -0.6, '%', None, d, '1d', 'close', "R.pct('DJI','%s')" % d, 'fell 0.6% to 38,852.9', S, '-0.555%.'),
     ('DJI', 'close', 38852.9, 'level', None, d, None, 'close', "R.close('DJI','%s')" % d, '38,852.9', S, '38,852.86.'),
     ('SPX', 'close', 5306, 'level', None, d, None, 'close', "R.close('SPX','%s')" % d, 'little changed at 5,306', S, '5,306.04 (+0.03%).'),
     ('US10Y', 'yield', 4.54, '%', None, d, None, 'end of day', "R.fred('DGS10','%s')" % d, 'to 4.54%', S, ''),
     ('US10Y', 'change_bp', 6.7, 'bp', None, d, '1d', 'end of day', "R.fred_chg_bp('DGS10','%s')" % d, '6.7 basis points', I, 'DGS10 +8 bp (from 4.46 on 2024-05-24); 1.3 bp off, within 20%. Basis: market quote vs FRED.'),
     ('US2Y', 'yield', 4.97, '%', None, d, None, 'end of day', "R.fred('DGS2','%s')" % d, 'to 4.97%', I, 'DGS2 4.94; 0.03 off. Basis: market quote vs FRED.'),
     ('US2Y', 'change_bp', 2.1, 'bp', None, d, '1d', 'end of day', "R.fred_chg_bp('DGS2','%s')" % d, '2.1 basis points', C, 'DGS2 +1 bp; 2.1 is more than 20% off. Basis difference likely.'),
     ('FEDFUNDS', 'cumulative_hikes_bp', 525, 'bp', None, '2023-07-26', '2022-03..2023-07', 'target', "R.fed_hikes_bp('2022-03-16','2023-07-27')", 'tightened policy by 525 basis points', S, 'Upper bound 0.25 -> 5.50.'),
     ])

d = '2024-09-16'
psg('forexlive_20240916_dow_record_close', 'www.forexlive.com', 'https://www.forexlive.com/news/dow-closes-at-a-new-record-sp-closes-less-than-1-from-record-high-20240916/',
    'ForexLive', d, 'exact', 'Date in the URL; Monday 2024-09-16 close.',
    "The US major stock indices closed mixed. The Dow industrial average closed at a record closing level. The S&P index is closing around 0.6% from a record closing level and is now up 6 consecutive days. "
    "The NASDAQ index closed lower and snapped a 5-day winning streak, led down by Apple. The final numbers: Dow industrial average closed higher by 228.30 points or 0.55% at 41622.08. "
    "S&P index closed up 7.07 points or 0.13% at 5623.09. NASDAQ index fell -91.85 points or -0.52% at 17592.13. The small-cap Russell 2000 rose 6.679 points or 0.31% at 2189.16.",
    [('DJI', 'record_close', True, 'flag', None, d, None, 'close', "R.is_record('DJI','%s')" % d, 'closed at a record closing level', S, ''),
     ('SPX', 'pct_from_ath', 0.6, '%', 'around', d, None, 'close', "R.pct_below_record('SPX','%s')" % d, 'around 0.6% from a record', S, '0.602% below the 2024-07-16 record close.'),
     ('SPX', 'win_streak', 6, 'days', None, d, None, 'close', "R.streak('SPX','%s')" % d, 'up 6 consecutive days', S, ''),
     ('IXIC', 'snapped_streak', 5, 'days', None, d, None, 'close', "[R.streak('IXIC','2024-09-13'), R.streak('IXIC','%s')]" % d, 'snapped a 5-day winning streak', S, ''),
     ('DJI', 'change_pts', 228.30, 'pts', None, d, '1d', 'close', "R.pts('DJI','%s')" % d, 'higher by 228.30 points', S, ''),
     ('DJI', 'close', 41622.08, 'level', None, d, None, 'close', "R.close('DJI','%s')" % d, '41622.08', S, ''),
     ('SPX', 'change_pts', 7.07, 'pts', None, d, '1d', 'close', "R.pts('SPX','%s')" % d, 'up 7.07 points', S, ''),
     ('SPX', 'close', 5623.09, 'level', None, d, None, 'close', "R.close('SPX','%s')" % d, '5623.09', I, 'True close 5,633.09: a 10-point typo (0.18%), within 1%; the stated change 7.07 fits 5,633.09.'),
     ('IXIC', 'change_pts', -91.85, 'pts', None, d, '1d', 'close', "R.pts('IXIC','%s')" % d, '-91.85 points', S, ''),
     ('RUT', 'change_pts', 6.679, 'pts', None, d, '1d', 'close', "R.pts('RUT','%s')" % d, '6.679 points', S, 'File 6.68.'),
     ('RUT', 'close', 2189.16, 'level', None, d, None, 'close', "R.close('RUT','%s')" % d, '2189.16', S, 'File 2,189.17; within 0.025.'),
     A('DJI','pct','0.55','228.30 points or 0.55%',d), A('SPX','pct','0.13','0.13%',d), A('IXIC','pct','-0.52','-0.52%',d),
     A('IXIC','close','17592.13','17592.13',d), A('RUT','pct','0.31','0.31%',d),
     ])

d = '2021-06-25'
psg('taipeitimes_20210627_sp500_record_week_end', 'www.taipeitimes.com', 'https://www.taipeitimes.com/News/biz/archives/2021/06/27/2003759854',
    'Reuters (Taipei Times)', '2021-06-27', 'exact', 'Date in the URL (Sunday print edition); describes Friday 2021-06-25.',
    "The S&P 500 ended the week at a record high on Friday, lifted by Nike and several banks, while softer inflation data eased worries about an early tapering of Fed stimulus. "
    "Nike surged 15.5 percent to an all-time high, helping the Dow lead among the three main indices. The S&P 500 Financials Sector Index rose 1.25 percent and was the top performer among 11 sector indices. "
    "Materials and industrials helped the S&P 500 outperform the NASDAQ. Core PCE rose 3.4 percent year-on-year as expected.",
    [('SPX', 'record_close', True, 'flag', None, d, None, 'close', "R.is_record('SPX','%s')" % d, 'ended the week at a record high', S, 'Record close 4,280.70.'),
     ('DJI', 'leader_among_three', True, 'flag', None, d, '1d', 'close', "[R.pct('DJI','%s'), R.pct('SPX','%s'), R.pct('IXIC','%s')]" % (d, d, d), 'helping the Dow lead among the three main indices', S, 'Dow +0.69%, S&P 500 +0.33%, Nasdaq -0.06%.'),
     ('NKE', 'change_pct', 15.5, '%', None, d, '1d', 'close', None, 'Nike surged 15.5 percent', U, 'Single stock, not in the files.'),
     ('SPX_FINANCIALS', 'change_pct', 1.25, '%', None, d, '1d', 'close', None, 'rose 1.25 percent', U, 'Sector index not in the files (XLF has only adj_close before 2026-03; not decisive).'),
     ('SPX', 'outperformed', 'IXIC', 'ordering', None, d, '1d', 'close', "[R.pct('SPX','%s'), R.pct('IXIC','%s')]" % (d, d), 'S&P 500 outperform the NASDAQ', S, '+0.33% against -0.06%.'),
     ('US_PCE', 'yoy_pct', 3.4, '%', None, '2021-05', None, None, None, '3.4 percent year-on-year', U, 'Inflation data, not in the files.'),
     ])


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    R.DATA = data
    pf = open(os.path.join(HERE, 'passages.jsonl'), 'w'); kf = open(os.path.join(HERE, 'key.jsonl'), 'w')
    recipes = []
    for p in P:
        claims = []
        for ci, c in enumerate(p['claims']):
            tk, metric, val, unit, qual, ref, win, basis, expr, anchor, verdict, note = c
            if isinstance(verdict, tuple):
                tv = R.norm(eval(expr))
                verdict = judge(verdict[1], tv, verdict[2])
                if verdict != S:
                    note = (note + ' ' if note else '') + 'File value %s.' % tv
            assert p['text'].count(anchor) == 1, (p['pid'], anchor, p['text'].count(anchor))
            cv = R.norm(eval(expr)) if expr else None
            claims.append(dict(index_or_ticker=tk, metric=metric, value=val, unit=unit, qualifier=qual, ref_date=ref,
                               window=win, comparison=None, basis=basis))
            kf.write(json.dumps(dict(passage_id=p['pid'], claim_index=ci, index_or_ticker=tk, metric=metric, claimed_value=val,
                                     qualifier=qual, ref_date_used=ref, computed_value=cv,
                                     computed_detail=('reference.py: %s' % expr) if expr else 'nothing in the files computes it',
                                     verdict=verdict, rule=RULE[verdict], note=note, anchor_text=anchor)) + '\n')
            recipes.append([p['pid'], ci, expr])
        pf.write(json.dumps(dict(id=p['pid'], source=dict(site=p['site'], url=p['url'], original_outlet=p['outlet']),
                                 published=p['published'], published_confidence=p['conf'], published_note=p['pnote'],
                                 text_kind='condensed_close_paraphrase', text=p['text'], claims=claims)) + '\n')
    json.dump(recipes, open(os.path.join(HERE, 'recipes.json'), 'w'), indent=0)
    print(len(P), 'passages', len(recipes), 'claims')


if __name__ == '__main__':
    main()
