"""Build passages.jsonl, key.jsonl and recipes.json beside this script.
Usage: python build.py PATH/TO/data  (or set CAPSCOPE_DATA_DIR)."""
import os, sys, json
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R
R.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ['CAPSCOPE_DATA_DIR']

UNV = 'unverifiable'
P = []  # (id, site, url, outlet, published, conf, note, text, claims)
# claim: (ticker, metric, claimed(str or value), unit, qualifier, ref_date, window, comparison, basis, anchor, recipe, kind, forced_verdict, note)

def C(t, m, v, u, a, rec, kind, ref, q=None, w=None, comp=None, basis='close', forced=None, note=''):
    return dict(t=t, m=m, v=v, u=u, a=a, rec=rec, kind=kind, ref=ref, q=q, w=w, comp=comp, basis=basis, forced=forced, note=note)

def daily3(t, d, lvl, pts, pc, a_lvl, a_pts, a_pc):
    return [C(t, 'close', lvl, 'points', a_lvl, f"close('{t}','{d}')", 'lvl', d),
            C(t, 'change_points', pts, 'points', a_pts, f"chg('{t}','{d}')", 'pts', d, w='1d'),
            C(t, 'change_pct', pc, '%', a_pc, f"pct('{t}','{d}')", 'pct', d, w='1d')]

# ---------- passage 1
d = '2021-04-22'
t1 = ("US Indexes Close Lower Thursday: all three major indexes down around 1%. The Dow Jones Industrial Average ended "
      "Thursday at 33,815.90, a loss of 321.41 points or -0.94%. The S&P 500 finished at 4,134.98, down 38.44 points or "
      "-0.92%, and the Nasdaq Composite at 13,818.41, down 131.81 points or -0.94%. The VIX Volatility Index was higher at "
      "18.71, a gain of 1.21 points or 6.91%. Stocks gave back an early attempt at a rebound as investors weighed "
      "first-quarter earnings and vaccine worries; the iShares PHLX Semiconductor ETF led the day's sector losses with a "
      "return of 2.18%.")
c1 = (daily3('DJI', d, '33815.90', '-321.41', '-0.94', '33,815.90', '321.41', '321.41 points or -0.94%')
      + daily3('SPX', d, '4134.98', '-38.44', '-0.92', '4,134.98', '38.44', '-0.92%')
      + daily3('IXIC', d, '13818.41', '-131.81', '-0.94', '13,818.41', '131.81', '131.81 points or -0.94%')
      + daily3('VIX', d, '18.71', '1.21', '6.91', '18.71', '1.21', '6.91%')
      + [C('SOXX', 'change_pct', '-2.18', '%', '2.18%', None, None, d, forced=UNV,
           note='iShares PHLX Semiconductor ETF is not in the shared data directory.')])
P.append(('gurufocus_20210422_indexes_close_lower', 'gurufocus.com',
          'https://www.gurufocus.com/news/1404730/us-indexes-close-lower-thursday', 'GuruFocus', '2021-04-22', 'exact',
          'Page dated Apr 22, 2021; describes that Thursday session.', t1, c1))

# ---------- passage 2
d = '2021-03-05'
t2 = ("The Dow Jones Industrial Average closed at 31,496.30 on Friday with a gain of 572.16 points or 1.85%. The S&P 500 "
      "closed at 3,841.94, up 73.47 points or 1.95%, and the Nasdaq Composite at 12,920.15, up 196.68 points or 1.55%. The "
      "VIX Volatility Index was lower at 24.66, a loss of 3.91 points or -13.69%. For the week, the S&P 500 gained 0.8% and "
      "the Dow Jones gained 1.8%, while the Nasdaq Composite reported a weekly loss of approximately 2.1%. For the year, the "
      "Dow Jones has a gain of 2.9%, the S&P 500 has a gain of 2.3% and the Nasdaq has a small gain of around 0.2%. Stocks "
      "rebounded Friday after three days of losses, with all three major indexes gaining more than 1%, as the February jobs "
      "report put the unemployment rate at 6.2%.")
c2 = (daily3('DJI', d, '31496.30', '572.16', '1.85', '31,496.30', '572.16', '1.85%')
      + daily3('SPX', d, '3841.94', '73.47', '1.95', '3,841.94', '73.47', '1.95%')
      + daily3('IXIC', d, '12920.15', '196.68', '1.55', '12,920.15', '196.68', '1.55%')
      + daily3('VIX', d, '24.66', '-3.91', '-13.69', '24.66', '3.91', '-13.69%')
      + [C('SPX', 'change_pct', '0.8', '%', 'S&P 500 gained 0.8%', f"week_pct('SPX','{d}')", 'pct', d, w='week'),
         C('DJI', 'change_pct', '1.8', '%', 'Dow Jones gained 1.8%', f"week_pct('DJI','{d}')", 'pct', d, w='week'),
         C('IXIC', 'change_pct', '-2.1', '%', 'approximately 2.1%', f"week_pct('IXIC','{d}')", 'pct', d, q='approximately', w='week'),
         C('DJI', 'change_pct', '2.9', '%', '2.9%', f"ytd_pct('DJI','{d}')", 'pct', d, w='YTD'),
         C('SPX', 'change_pct', '2.3', '%', '2.3%', f"ytd_pct('SPX','{d}')", 'pct', d, w='YTD'),
         C('IXIC', 'change_pct', '0.2', '%', 'around 0.2%', f"ytd_pct('IXIC','{d}')", 'pct', d, q='around', w='YTD'),
         C('SPX', 'losing_streak_before', '3', 'sessions', 'three days of losses', f"down_streak_before('SPX','{d}')", 'int', d,
           note='Judged on the S&P 500; the text names no index for the streak.'),
         C('US_UNRATE', 'level', '6.2', '%', '6.2%', None, None, d, forced=UNV, basis='release',
           note='Unemployment rate is not in the shared data directory.')])
P.append(('gurufocus_20210306_indexes_rebound_friday', 'gurufocus.com',
          'https://www.gurufocus.com/news/1378628/us-indexes-rebound-for-closing-gains-friday', 'GuruFocus', '2021-03-06', 'exact',
          'Page dated Mar 06, 2021 (Saturday); the text is about Friday 2021-03-05 and the week ending that day.', t2, c2))

# ---------- passage 3
d = '2021-05-21'
t3 = ("The Dow Jones Industrial Average closed at 34,207.84 on Friday with a gain of 123.69 points or 0.36%. The S&P 500 "
      "closed at 4,155.86 for a loss of 3.26 points or -0.08%, and the Nasdaq Composite at 13,470.99 for a loss of 64.75 "
      "points or -0.48%. The VIX Volatility Index was lower at 20.15, a loss of 0.52 points or -2.52%. For the week, the Dow "
      "Jones was down -0.5%, the S&P 500 was down -0.4% and the Nasdaq had a gain of 0.3%. For the year, the Dow Jones leads "
      "gains for the major indexes with a return of 11.76%, the S&P 500 is up 10.6% and the Nasdaq has a gain of 5.52%. "
      "Financials led sector gains while technology and semiconductors led losses, and April existing home sales "
      "decreased -2.7%.")
c3 = (daily3('DJI', d, '34207.84', '123.69', '0.36', '34,207.84', '123.69', '0.36%')
      + daily3('SPX', d, '4155.86', '-3.26', '-0.08', '4,155.86', '3.26', '-0.08%')
      + daily3('IXIC', d, '13470.99', '-64.75', '-0.48', '13,470.99', '64.75', '-0.48%')
      + daily3('VIX', d, '20.15', '-0.52', '-2.52', '20.15', '0.52', '-2.52%')
      + [C('DJI', 'change_pct', '-0.5', '%', 'was down -0.5%', f"week_pct('DJI','{d}')", 'pct', d, w='week'),
         C('SPX', 'change_pct', '-0.4', '%', 'was down -0.4%', f"week_pct('SPX','{d}')", 'pct', d, w='week'),
         C('IXIC', 'change_pct', '0.3', '%', 'gain of 0.3%', f"week_pct('IXIC','{d}')", 'pct', d, w='week'),
         C('DJI', 'change_pct', '11.76', '%', '11.76%', f"ytd_pct('DJI','{d}')", 'pct', d, w='YTD'),
         C('SPX', 'change_pct', '10.6', '%', '10.6%', f"ytd_pct('SPX','{d}')", 'pct', d, w='YTD'),
         C('IXIC', 'change_pct', '5.52', '%', '5.52%', f"ytd_pct('IXIC','{d}')", 'pct', d, w='YTD'),
         C('DJI', 'ytd_rank', 'leads', 'flag', 'leads gains for the major indexes',
           f"ytd_pct('DJI','{d}') > max(ytd_pct('SPX','{d}'), ytd_pct('IXIC','{d}'))", 'bool', d, w='YTD', comp='SPX,IXIC',
           note='Ranked against the S&P 500 and Nasdaq Composite named in the same sentence.'),
         C('SPX_SECTORS', 'sector_leadership', 'financials up, technology down', 'text', 'Financials led sector gains', None, None, d,
           forced=UNV, note='S&P 500 sector indexes are not in the files; sector SPDRs are only proxies and never decide a verdict.'),
         C('US_HOUSING', 'change_pct', '-2.7', '%', '-2.7%', None, None, d, forced=UNV, basis='release',
           note='Existing home sales are not in the shared data directory.')])
P.append(('gurufocus_20210523_stocks_end_mostly_lower', 'gurufocus.com',
          'https://www.gurufocus.com/news/1436078/us-stocks-end-mostly-lower-friday', 'GuruFocus', '2021-05-23', 'high',
          'Page shows 2021-05-23 (Sunday); the text is about Friday 2021-05-21 and the week ending that day.', t3, c3))

# ---------- passage 4
d = '2021-05-07'
t4 = ("US Indexes Close Higher Again Friday. The Dow Jones Industrial Average closed at 34,777.76 on Friday with a gain of "
      "229.23 points or 0.66%. The S&P 500 closed at 4,232.60, up 30.98 points or 0.74%, and the Nasdaq Composite at "
      "13,752.24, up 119.39 points or 0.88%. The VIX Volatility Index fell to 16.69, a loss of 1.70 points or -9.24%. For the "
      "week, the Dow Jones gained 2.6%, the S&P 500 gained 1.2% and the Nasdaq Composite was down -1.5%. So far this year, "
      "the S&P 500 is up 12.7%, the Dow Jones is up 13.41% and the Nasdaq has a gain of 6.68%. The major indexes closed "
      "higher with record highs for the Dow Jones and S&P 500, even though April non-farm payrolls rose by only 266,000.")
c4 = (daily3('DJI', d, '34777.76', '229.23', '0.66', '34,777.76', '229.23', '0.66%')
      + daily3('SPX', d, '4232.60', '30.98', '0.74', '4,232.60', '30.98', '0.74%')
      + daily3('IXIC', d, '13752.24', '119.39', '0.88', '13,752.24', '119.39', '0.88%')
      + daily3('VIX', d, '16.69', '-1.70', '-9.24', '16.69', '1.70', '-9.24%')
      + [C('DJI', 'change_pct', '2.6', '%', '2.6%', f"week_pct('DJI','{d}')", 'pct', d, w='week'),
         C('SPX', 'change_pct', '1.2', '%', 'S&P 500 gained 1.2%', f"week_pct('SPX','{d}')", 'pct', d, w='week'),
         C('IXIC', 'change_pct', '-1.5', '%', '-1.5%', f"week_pct('IXIC','{d}')", 'pct', d, w='week'),
         C('SPX', 'change_pct', '12.7', '%', '12.7%', f"ytd_pct('SPX','{d}')", 'pct', d, w='YTD'),
         C('DJI', 'change_pct', '13.41', '%', '13.41%', f"ytd_pct('DJI','{d}')", 'pct', d, w='YTD'),
         C('IXIC', 'change_pct', '6.68', '%', '6.68%', f"ytd_pct('IXIC','{d}')", 'pct', d, w='YTD'),
         C('DJI', 'record_close', 'true', 'flag', 'record highs for the Dow Jones', f"record_close('DJI','{d}')", 'bool', d),
         C('SPX', 'record_close', 'true', 'flag', 'S&P 500, even', f"record_close('SPX','{d}')", 'bool', d),
         C('US_PAYROLLS', 'change', '266000', 'jobs', '266,000', None, None, d, forced=UNV, basis='release',
           note='Payrolls are not in the shared data directory.')])
P.append(('gurufocus_20210509_indexes_close_higher_again', 'gurufocus.com',
          'https://www.gurufocus.com/news/1420296/us-indexes-close-higher-again-friday/?r=4bf001661e6fdd88d0cd7a5659ff9748',
          'GuruFocus', '2021-05-09', 'exact',
          'Page dated May 09, 2021 (Sunday); the text is about Friday 2021-05-07 and the week ending that day.', t4, c4))

# ---------- passage 5
d = '2021-05-20'
t5 = ("Friday, May 21, 2021 edition. Stocks closed higher on Wall Street Thursday, ending a three-day losing streak, with "
      "technology and communications companies leading the way. The S&P 500 rose 1.1%, while the tech-heavy Nasdaq added "
      "1.8%. Fewer Americans filed for unemployment benefits last week. Oil prices fell and dragged down energy stocks. The "
      "yield on the 10-year Treasury note slipped to 1.63%.")
c5 = [C('SPX', 'losing_streak_before', '3', 'sessions', 'three-day losing streak', f"down_streak_before('SPX','{d}')", 'int', d,
        note='Judged on the S&P 500, the index the text goes on to quote.'),
      C('SPX', 'change_pct', '1.1', '%', '1.1%', f"pct('SPX','{d}')", 'pct', d, w='1d'),
      C('IXIC', 'change_pct', '1.8', '%', '1.8%', f"pct('IXIC','{d}')", 'pct', d, w='1d'),
      C('US10Y', 'level', '1.63', '%', '1.63%', f"fred('DGS10','{d}')", 'lvl', d, basis='end of day'),
      C('US10Y', 'direction', 'down', 'flag', 'slipped', f"fred('DGS10','{d}') < fred('DGS10','2021-05-19')", 'bool', d, w='1d'),
      C('SPX_ENERGY', 'direction', 'down', 'text', 'dragged down energy stocks', None, None, d, forced=UNV,
        note='S&P 500 energy sector index is not in the files; XLE is only a proxy.')]
P.append(('tnledger_20210521_streak_ends', 'tnledger.com', 'http://www.tnledger.com/editorial/article.aspx?id=142076',
          'The Associated Press (via The Ledger, Nashville)', '2021-05-21', 'exact',
          'Issue dated Friday, May 21, 2021; the story is about Thursday 2021-05-20.', t5, c5))

# ---------- passage 6
d = '2021-07-22'
t6 = ("The S&P 500 index rose 8.79 points to 4,367.48. The Dow Jones Industrial Average added 25.35 points, or 0.1%, to "
      "34,823.35. The Nasdaq composite gained 52.64 points, or 0.4%, to 14,684.60. All three indexes remain close to the "
      "all-time highs they set early last week. Wall Street's smallest companies lost ground: the Russell 2000 index fell "
      "34.57 points, or 1.5%, to 2,199.48. Unemployment claims rose last week to 419,000, the most in two months. The "
      "10-year Treasury note traded at a yield of 1.26% Thursday, down from 1.28% the day before.")
c6 = [C('SPX', 'change_points', '8.79', 'points', '8.79', f"chg('SPX','{d}')", 'pts', d, w='1d'),
      C('SPX', 'close', '4367.48', 'points', '4,367.48', f"close('SPX','{d}')", 'lvl', d),
      C('DJI', 'change_points', '25.35', 'points', '25.35', f"chg('DJI','{d}')", 'pts', d, w='1d'),
      C('DJI', 'change_pct', '0.1', '%', '0.1%', f"pct('DJI','{d}')", 'pct', d, w='1d'),
      C('DJI', 'close', '34823.35', 'points', '34,823.35', f"close('DJI','{d}')", 'lvl', d),
      C('IXIC', 'change_points', '52.64', 'points', '52.64', f"chg('IXIC','{d}')", 'pts', d, w='1d'),
      C('IXIC', 'change_pct', '0.4', '%', '0.4%', f"pct('IXIC','{d}')", 'pct', d, w='1d'),
      C('IXIC', 'close', '14684.60', 'points', '14,684.60', f"close('IXIC','{d}')", 'lvl', d),
      C('SPX', 'last_record_date', '2021-07-12..2021-07-14', 'date', 'early last week', f"last_record_date('SPX','{d}')", 'daterange', d),
      C('DJI', 'last_record_date', '2021-07-12..2021-07-14', 'date', 'all-time highs they set', f"last_record_date('DJI','{d}')", 'daterange', d,
        note='Same phrase as the S&P 500 claim; anchor is the record phrase.'),
      C('IXIC', 'last_record_date', '2021-07-12..2021-07-14', 'date', 'All three indexes', f"last_record_date('IXIC','{d}')", 'daterange', d),
      C('RUT', 'change_points', '-34.57', 'points', '34.57', f"chg('RUT','{d}')", 'pts', d, w='1d'),
      C('RUT', 'change_pct', '-1.5', '%', '1.5%', f"pct('RUT','{d}')", 'pct', d, w='1d'),
      C('RUT', 'close', '2199.48', 'points', '2,199.48', f"close('RUT','{d}')", 'lvl', d),
      C('US_JOBLESS', 'level', '419000', 'claims', '419,000', None, None, d, forced=UNV, basis='release',
        note='Jobless claims are not in the shared data directory.'),
      C('US10Y', 'level', '1.26', '%', '1.26%', f"fred('DGS10','{d}')", 'lvl', d, basis='end of day',
        note='"Traded at" reads as a market-time quote; judged on the FRED end-of-day value.'),
      C('US10Y', 'level', '1.28', '%', '1.28%', f"fred('DGS10','2021-07-21')", 'lvl', '2021-07-21', basis='end of day')]
P.append(('journaltimes_20210722_indexes_inch_higher', 'journaltimes.com',
          'https://journaltimes.com/indexes-inch-higher-on-wall-street-preserving-weekly-gains/article_16568842-408a-51f7-a29c-7d15d076165d.html',
          'The Associated Press (via The Journal Times)', '2021-07-22', 'exact', 'Page dated 2021-07-22; about that Thursday.', t6, c6))

# ---------- passage 7
d = '2025-05-30'
t7 = ("US benchmarks ended mixed on Friday, closing out a strong month. The Dow Jones Industrial Average rose 54.3 points, "
      "or 0.1%, to close at 42,270.1, the S&P 500 was little changed at 5,911.7, and the Nasdaq Composite declined 0.32% to "
      "settle at 19,113.77. On a weekly basis, the Dow added 1.6%, the S&P 500 advanced 1.9%, and the Nasdaq rose 2%. May "
      "was a standout month: the Dow gained 3.9%, the S&P 500 climbed 6.2%, and the Nasdaq surged 9.6%. On the bond "
      "markets, the 10-year Treasury yield dropped 0.6% to 4.398%, while the 2-year yield fell 1% to 3.9%.")
c7 = [C('DJI', 'change_points', '54.3', 'points', '54.3', f"chg('DJI','{d}')", 'pts', d, w='1d'),
      C('DJI', 'change_pct', '0.1', '%', '0.1%', f"pct('DJI','{d}')", 'pct', d, w='1d'),
      C('DJI', 'close', '42270.1', 'points', '42,270.1', f"close('DJI','{d}')", 'lvl', d),
      C('SPX', 'close', '5911.7', 'points', '5,911.7', f"close('SPX','{d}')", 'lvl', d),
      C('IXIC', 'change_pct', '-0.32', '%', '0.32%', f"pct('IXIC','{d}')", 'pct', d, w='1d'),
      C('IXIC', 'close', '19113.77', 'points', '19,113.77', f"close('IXIC','{d}')", 'lvl', d),
      C('DJI', 'change_pct', '1.6', '%', '1.6%', f"week_pct('DJI','{d}')", 'pct', d, w='week'),
      C('SPX', 'change_pct', '1.9', '%', '1.9%', f"week_pct('SPX','{d}')", 'pct', d, w='week'),
      C('IXIC', 'change_pct', '2', '%', 'Nasdaq rose 2%', f"week_pct('IXIC','{d}')", 'pct', d, w='week'),
      C('DJI', 'change_pct', '3.9', '%', 'Dow gained 3.9%', f"mtd_pct('DJI','{d}')", 'pct', d, w='month'),
      C('SPX', 'change_pct', '6.2', '%', '6.2%', f"mtd_pct('SPX','{d}')", 'pct', d, w='month'),
      C('IXIC', 'change_pct', '9.6', '%', '9.6%', f"mtd_pct('IXIC','{d}')", 'pct', d, w='month'),
      C('US10Y', 'level', '4.398', '%', '4.398%', f"fred('DGS10','{d}')", 'lvl', d, basis='end of day',
        note='Three-decimal market quote against the two-decimal FRED end-of-day yield; 2-dp tolerance applied.'),
      C('US10Y', 'change_pct_relative', '-0.6', '%', 'dropped 0.6%', None, None, d, forced=UNV,
        note='Relative change of a market-time yield quote; FRED end-of-day yields to 1 bp cannot decide a 0.6% relative move.'),
      C('US2Y', 'level', '3.9', '%', 'to 3.9%', f"fred('DGS2','{d}')", 'lvl', d, basis='end of day'),
      C('US2Y', 'change_pct_relative', '-1', '%', 'fell 1%', None, None, d, forced=UNV,
        note='Relative change of a market-time yield quote; not decidable from two-decimal end-of-day yields.')]
P.append(('azzet_20250530_wall_street_ends_mixed', 'azzet.com', 'https://azzet.com/news/wall-street-ends-mixed-trade-policy-turmoil-persists',
          'Azzet', '2025-05-30', 'medium',
          'No date on the stored page; the closes match Friday 2025-05-30 (last session of May 2025) in the files.', t7, c7))

# ---------------- judging
def ndec(s):
    s = str(s); return len(s.split('.')[1]) if '.' in s else 0

def judge(c, true):
    kind, q = c['kind'], c['q']
    if kind == 'bool':
        return ('supported' if true else 'contradicted'), 'flag'
    if kind == 'daterange':
        lo, hi = c['v'].split('..')
        return ('supported' if lo <= true <= hi else 'contradicted'), 'record date'
    claim = float(c['v']); nd = ndec(c['v']); unit = 10 ** (-nd)
    err = abs(true - claim)
    if q in ('about', 'around', 'approximately', 'roughly'):
        tol = unit + 0.02; rule = 'hedge about: one unit of last digit'
    elif kind == 'int' or nd == 0:
        tol = 0.5; rule = 'integer'
    elif nd == 1:
        tol = 0.07; rule = '1 decimal'
    else:
        tol = 0.025 if kind == 'lvl' else 0.025; rule = '2+ decimals'
    if err <= tol + 1e-9:
        return 'supported', rule
    if kind == 'lvl' and err <= 0.01 * abs(true):
        return 'imprecise', rule + '; level within 1%'
    if kind in ('pts', 'int') and err <= 0.2 * abs(true):
        return 'imprecise', rule + '; within 20%'
    if kind == 'pct' and err <= 0.2 * abs(true) and err <= max(2, 0.1 * abs(true)):
        return 'imprecise', rule + '; % within 20% and max(2pp,10%)'
    return 'contradicted', rule

passages, keys, recipes = [], [], []
for pid, site, url, outlet, pub, conf, pnote, text, claims in P:
    cl = []
    for i, c in enumerate(claims):
        assert text.count(c['a']) == 1, (pid, i, c['a'], text.count(c['a']))
        cl.append(dict(index_or_ticker=c['t'], metric=c['m'], value=c['v'], unit=c['u'], qualifier=c['q'],
                       ref_date=c['ref'], window=c['w'], comparison=c['comp'], basis=c['basis']))
        if c['rec']:
            val = eval(c['rec'], vars(R))
            verdict, rule = judge(c, val)
            recipes.append([pid, i, c['rec']])
            detail = f"reference.py: {c['rec']}"
            note = c['note'] or f"claimed {c['v']} vs computed {val}."
        else:
            val, verdict, rule = None, c['forced'], 'series not in the files'
            detail = 'nothing in the files computes it'
            note = c['note']
        keys.append(dict(passage_id=pid, claim_index=i, index_or_ticker=c['t'], metric=c['m'], claimed_value=c['v'],
                         qualifier=c['q'], ref_date_used=c['ref'], computed_value=val, computed_detail=detail,
                         verdict=verdict, rule=rule, note=note, anchor_text=c['a']))
    passages.append(dict(id=pid, source=dict(site=site, url=url, original_outlet=outlet), published=pub,
                         published_confidence=conf, published_note=pnote, text_kind='condensed_close_paraphrase',
                         text=text, claims=cl))

with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
    for p in passages: f.write(json.dumps(p) + '\n')
with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
    for k in keys: f.write(json.dumps(k) + '\n')
json.dump(recipes, open(os.path.join(HERE, 'recipes.json'), 'w'), indent=0)
from collections import Counter
print(len(passages), 'passages', len(keys), 'claims', Counter(k['verdict'] for k in keys))
for k in keys:
    if k['verdict'] not in ('supported', 'unverifiable'): print(k['passage_id'], k['claim_index'], k['metric'], k['claimed_value'], k['computed_value'], k['verdict'])
