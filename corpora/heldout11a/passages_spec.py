"""Passages of the heldout11a corpus and their claims (used by build_key.py)."""

def C(t, metric, value, unit, ref, expr, anchor, note, kind=None, verdict=None, rule=None, qualifier=None, basis='close', dec=2, window=None, comparison=None, detail=None):
    d = dict(index_or_ticker=t, metric=metric, value=value, unit=unit, qualifier=qualifier, ref_date=ref, window=window,
             comparison=comparison, basis=basis, expr=expr, anchor=anchor, note=note, dec=dec)
    if kind: d['kind'] = kind
    if verdict: d['verdict'] = verdict; d['rule'] = rule
    if detail: d['detail'] = detail
    return d

U = 'unverifiable'
UR = 'the files cannot decide it'
NC = 'not_checkable'
S = 'supported'

PASSAGES = []

# 1 -------------------------------------------------------------------------
d = '1999-05-11'
PASSAGES.append(dict(
 id='starbulletin_19990511_dow_just_below_record',
 source={'site': 'archives.starbulletin.com', 'url': 'https://archives.starbulletin.com/1999/05/11/business/market.html', 'original_outlet': 'Associated Press (Honolulu Star-Bulletin closing market report)'},
 published=d, published_confidence='exact', published_note='date in the URL; the afternoon paper describes "today", Tue 1999-05-11, and "Friday" 1999-05-07.',
 text=("NEW YORK - Blue chips squeezed out a gain at the close today after a very volatile session, with Wall Street "
       "uneasy about the continued climb in bond rates. The Dow Jones industrial average rose 18.90 points to finish at "
       "11,026.15, just below Friday's record finish of 11,031.59. The average dipped into negative territory in late "
       "afternoon, wiping out a gain of nearly 100 points, before steadying in the last half hour. Broader measures also "
       "advanced: the Standard & Poor's 500 rose 15.31 to 1,355.61, the Nasdaq composite index gained 40.29 to 2,566.68 "
       "and the Russell 2000 index rose 4.96 to 446.81. In the bond market the 30-year Treasury fell 18/32 point, pushing "
       "its yield up to 5.84 percent in late trading from yesterday's close of 5.79 percent. Stocks and bonds largely "
       "ignored a government report that productivity rose at an annual rate of 4 percent in the first three months of "
       "the year. Rate worries are likely to hang over the market until the Federal Reserve's policy meeting next "
       "Tuesday, when officials decide whether inflation warrants higher rates, said Tom Galvin of Donaldson, Lufkin & "
       "Jenrette."),
 claims=[
  C('DJI', 'daily_point_change', 18.90, 'index_points', d, f"point_change('DJI','{d}')", '18.90 points', 'Close 11026.15 vs 11007.25 on Monday 1999-05-10.', kind='pts2'),
  C('DJI', 'close_level', 11026.15, 'index_points', d, f"close('DJI','{d}')", '11,026.15', 'File close 11026.15.', kind='lvl2'),
  C('DJI', 'previous_record_close', 11031.59, 'index_points', '1999-05-07', f"record_before('DJI','{d}')", '11,031.59', "Highest earlier close is Friday 1999-05-07 at 11031.59: the record and its day match.", verdict=S, rule='records: highest earlier close in the file'),
  C('DJI', 'below_record_close', True, 'flag', d, f"close('DJI','{d}') < record_before('DJI','{d}')[1]", 'just below', '11026.15 < 11031.59 (5.44 points below).', verdict=S, rule='records: comparison with the highest earlier close'),
  C('DJI', 'intraday_gain_erased', 100, 'index_points', d, f"intraday_change('DJI','{d}','high')", 'nearly 100 points', "Session high 11102.32 vs previous close 11007.25 = +95.07. 'nearly 100': for whole numbers of 100 or more ending in 0 the unit is 2% (2 points), so true must lie in [98, 101]; 95.07 is outside but within 20% -> imprecise.", verdict='imprecise', rule='nearly: claim - 1 unit <= true <= claim + 0.5 unit (unit 2% of value for round numbers >= 100); imprecise within 20% for point figures', qualifier='nearly', basis='intraday high'),
  C('SPX', 'daily_point_change', 15.31, 'index_points', d, f"point_change('GSPC','{d}')", '15.31', '1355.61 vs 1340.30.', kind='pts2'),
  C('SPX', 'close_level', 1355.61, 'index_points', d, f"close('GSPC','{d}')", '1,355.61', 'File close 1355.61.', kind='lvl2'),
  C('IXIC', 'daily_point_change', 40.29, 'index_points', d, f"point_change('IXIC','{d}')", '40.29', '2566.68 vs 2526.39.', kind='pts2'),
  C('IXIC', 'close_level', 2566.68, 'index_points', d, f"close('IXIC','{d}')", '2,566.68', 'File close 2566.68.', kind='lvl2'),
  C('RUT', 'daily_point_change', 4.96, 'index_points', d, f"point_change('RUT','{d}')", '4.96', '446.81 vs 441.85.', kind='pts2'),
  C('RUT', 'close_level', 446.81, 'index_points', d, f"close('RUT','{d}')", '446.81', 'File close 446.81.', kind='lvl2'),
  C('US30Y', 'yield_level', 5.84, 'percent', d, None, '5.84 percent', 'The 30-year yield is not in the files (DGS10 that day is 5.59); late-trading figure as well.', verdict=U, rule=UR, basis='late trading'),
  C('US30Y', 'yield_level', 5.79, 'percent', '1999-05-10', None, '5.79 percent', 'The 30-year yield is not in the files.', verdict=U, rule=UR),
  C('US_PRODUCTIVITY', 'annual_rate', 4, 'percent', '1999-Q1', None, 'rate of 4 percent', 'Productivity statistics are not in the files.', verdict=U, rule=UR),
  C('FEDFUNDS', 'next_fomc_date', '1999-05-18', 'date', d, "next_fomc('1999-05-12')", 'next Tuesday', "'next Tuesday' from Tue 1999-05-11 is 1999-05-18; FOMC_meetings.csv lists a scheduled meeting on 1999-05-18.", verdict=S, rule='FOMC calendar'),
 ]))

# 2 -------------------------------------------------------------------------
d = '2000-01-18'
PASSAGES.append(dict(
 id='starbulletin_20000118_nasdaq_just_misses_record',
 source={'site': 'archives.starbulletin.com', 'url': 'https://archives.starbulletin.com/2000/01/18/business/market.html', 'original_outlet': 'Associated Press'},
 published=d, published_confidence='exact', published_note='date in the URL; "today" is Tue 2000-01-18 (Monday 01-17 was the King holiday, so the previous session is Fri 01-14).',
 text=("Nasdaq just misses record; Dow falls 162. NEW YORK - Technology shares carried the Nasdaq composite index to "
       "within a hair of a record today, while blue chips slid as worries about rising interest rates overshadowed "
       "strong fourth-quarter earnings. The Dow Jones industrial average fell 162.26 to close at 11,560.72, with "
       "profit-taking after last week's rally adding to the selling. The Nasdaq rose 66.54 to 4,130.81, just shy of its "
       "Jan. 3 closing record of 4,131.15. The index has now gone 10 straight sessions without a record, its longest such "
       "stretch since late October, when it began a sprint that lasted into the new year. The broader Standard & Poor's "
       "500 fell 10.01 to 1,455.14, while the Russell 2000 index of smaller companies rose 5.81 to 513.43. In Treasuries, "
       "the 10-year note led the decline as its yield climbed 7 basis points to 6.75 percent. That leaves it yielding "
       "more than the 30-year bond, whose yield rose 5 basis points to 6.74 percent, something not seen since December "
       "1994."),
 claims=[
  C('DJI', 'daily_point_change', -162.26, 'index_points', d, f"point_change('DJI','{d}')", '162.26', '11560.72 vs 11722.98 on Fri 2000-01-14.', kind='pts2'),
  C('DJI', 'close_level', 11560.72, 'index_points', d, f"close('DJI','{d}')", '11,560.72', 'File close 11560.72.', kind='lvl2'),
  C('IXIC', 'daily_point_change', 66.54, 'index_points', d, f"point_change('IXIC','{d}')", '66.54', '4130.81 vs 4064.27.', kind='pts2'),
  C('IXIC', 'close_level', 4130.81, 'index_points', d, f"close('IXIC','{d}')", '4,130.81', 'File close 4130.81.', kind='lvl2'),
  C('IXIC', 'record_close', 4131.15, 'index_points', '2000-01-03', f"record_before('IXIC','{d}')", '4,131.15', 'Highest earlier close is 2000-01-03 at 4131.15: date and level match.', verdict=S, rule='records: highest earlier close in the file'),
  C('IXIC', 'below_record_close', True, 'flag', d, f"close('IXIC','{d}') < record_before('IXIC','{d}')[1]", 'just shy', '4130.81 < 4131.15 (0.34 below).', verdict=S, rule='records'),
  C('IXIC', 'sessions_without_record', 10, 'sessions', d, f"sessions_between('IXIC','2000-01-03','{d}')", '10 straight sessions', 'Sessions after the 2000-01-03 record up to 01-18: 10 (index difference).', kind='int', dec=0),
  C('IXIC', 'longest_record_drought_since', 'late October 1999', 'date', d, f"[x for x in record_droughts('IXIC','2000-01-03') if x[1] >= 10][-1]", 'since late October', 'The last earlier record-less stretch of 10+ sessions ended with the record of 1999-10-29 (13 sessions); records then came often into January.', verdict=S, rule='longest since X: X must be the last stretch at least as long'),
  C('SPX', 'daily_point_change', -10.01, 'index_points', d, f"point_change('GSPC','{d}')", '10.01', '1455.14 vs 1465.15.', kind='pts2'),
  C('SPX', 'close_level', 1455.14, 'index_points', d, f"close('GSPC','{d}')", '1,455.14', 'File close 1455.14.', kind='lvl2'),
  C('RUT', 'daily_point_change', 5.81, 'index_points', d, f"point_change('RUT','{d}')", '5.81', 'File: 513.46 vs 507.56 = +5.90; the wire figure is 0.09 short (probably an early tally).', kind='pts2'),
  C('RUT', 'close_level', 513.43, 'index_points', d, f"close('RUT','{d}')", '513.43', 'File close 513.46; off by 0.03, just outside the 0.025 tolerance.', kind='lvl2'),
  C('US10Y', 'yield_level', 6.75, 'percent', d, f"rate_on('DGS10','{d}')", '6.75 percent', 'DGS10 2000-01-18 = 6.75.', kind='lvl2'),
  C('US10Y', 'yield_change_bp', 7, 'basis_points', d, f"rate_change_bp('DGS10','2000-01-14','{d}')", '7 basis points', 'DGS10 6.69 -> 6.75 = +6 bp; the wire counts 7 (market-close quotes differ from FRED constant maturity). Off by 1 (17%) -> imprecise.', kind='int', dec=1),
  C('US30Y', 'yield_level', 6.74, 'percent', d, None, '6.74 percent', 'The 30-year yield is not in the files.', verdict=U, rule=UR),
  C('US30Y', 'yield_change_bp', 5, 'basis_points', d, None, '5 basis points', 'The 30-year yield is not in the files.', verdict=U, rule=UR),
  C('US10Y_30Y', 'first_inversion_since', '1994-12', 'date', d, None, 'December 1994', 'The 10s/30s spread needs the 30-year yield, not in the files.', verdict=U, rule=UR),
 ]))

# 3 -------------------------------------------------------------------------
d = '1999-12-03'
PASSAGES.append(dict(
 id='ap_19991203_nasdaq_sp_records_jobs',
 source={'site': 'paper1234.fortunecity.ws', 'url': 'https://paper1234.fortunecity.ws/wall_st_rise.html', 'original_outlet': 'Associated Press (Eileen Glanton), in a Saturday paper'},
 published='1999-12-04', published_confidence='exact', published_note='page dated December 4, 1999 (Saturday); the text is about Friday 1999-12-03.',
 text=("Wall Street high rise. NEW YORK - The Nasdaq composite index and the Standard & Poor's 500 soared to records "
       "Friday and the Dow industrials closed in on a new high, as investors cheered fresh evidence that the tight labor "
       "market is not stoking inflation. The Dow Jones industrial average rose 247.12, or by 2.2 percent, to close at "
       "11,286.18, leaving the best-known average just 40 points shy of the record close of 11,326.04 reached Aug. 25. "
       "At its peak Friday morning the Dow was up 302 points before easing back to finish with its second-biggest point "
       "gain of the year. The Nasdaq composite rose 67.85 to 3,520.63, piercing the 3,500 mark just a month after "
       "breaking above 3,000 for the first time and leaving it up more than 60 percent since the end of last year. The "
       "S&P 500 rose 24.26 to 1,433.30, topping its Nov. 18 closing record of 1,424.94. Technology and large, widely "
       "held stocks led. The rally followed a report that the economy created 234,000 jobs last month while unemployment "
       "held at a three-decade low of 4.1 percent."),
 claims=[
  C('DJI', 'daily_point_change', 247.12, 'index_points', d, f"point_change('DJI','{d}')", '247.12', '11286.18 vs 11039.06.', kind='pts2'),
  C('DJI', 'daily_pct_change', 2.2, 'percent', d, f"pct_change('DJI','{d}')", '2.2 percent', '+2.24%.', kind='pct1'),
  C('DJI', 'close_level', 11286.18, 'index_points', d, f"close('DJI','{d}')", '11,286.18', 'File close 11286.18.', kind='lvl2'),
  C('DJI', 'record_close', 11326.04, 'index_points', '1999-08-25', f"record_before('DJI','{d}')", '11,326.04', 'Highest earlier close 1999-08-25 at 11326.04: date and level match.', verdict=S, rule='records'),
  C('DJI', 'points_below_record', 40, 'index_points', d, f"record_before('DJI','{d}')[1] - close('DJI','{d}')", '40 points shy', '11326.04 - 11286.18 = 39.86, rounds to 40.', kind='int'),
  C('DJI', 'intraday_point_change_max', 302, 'index_points', d, f"intraday_change('DJI','{d}','high')", 'up 302 points', 'High 11341.23 vs 11039.06 = +302.17.', kind='int', basis='intraday high'),
  C('DJI', 'point_gain_rank_year', 2, 'rank', d, f"move_rank('DJI','{d}','pts',since='1999-01-01',down=False)", 'second-biggest point gain', 'Among 1999 daily point gains up to 12-03, +247.12 ranks 2nd.', kind='int', dec=0),
  C('IXIC', 'daily_point_change', 67.85, 'index_points', d, f"point_change('IXIC','{d}')", '67.85', '3520.63 vs 3452.78.', kind='pts2'),
  C('IXIC', 'close_level', 3520.63, 'index_points', d, f"close('IXIC','{d}')", '3,520.63', 'File close 3520.63.', kind='lvl2'),
  C('IXIC', 'record_close', True, 'flag', d, f"close('IXIC','{d}') > record_before('IXIC','{d}')[1]", 'soared to records', 'Nasdaq close 3520.63 above every earlier close (previous 3452.78 on 12-02). The S&P record is keyed separately below.', verdict=S, rule='records'),
  C('IXIC', 'first_close_above_3000', '1999-11-03', 'date', d, "first_close_at_or_above('IXIC',3000)", 'just a month after', 'First close at or above 3,000: 1999-11-03, one month before 12-03.', verdict=S, rule='first close at or above a level'),
  C('IXIC', 'ytd_pct_change', 60, 'percent', d, f"ytd('IXIC','{d}')", 'more than 60 percent', 'YTD from the 1998-12-31 close: +60.56% > 60.', verdict=S, rule='more than: true > claim', qualifier='more than'),
  C('SPX', 'daily_point_change', 24.26, 'index_points', d, f"point_change('GSPC','{d}')", '24.26', '1433.30 vs 1409.04.', kind='pts2'),
  C('SPX', 'close_level', 1433.30, 'index_points', d, f"close('GSPC','{d}')", '1,433.30', 'File close 1433.30.', kind='lvl2'),
  C('SPX', 'previous_record_close', 1424.94, 'index_points', '1999-11-18', f"record_before('GSPC','{d}')", '1,424.94', 'Highest earlier close 1999-11-18 at 1424.94; 1433.30 tops it (new record).', verdict=S, rule='records'),
  C('US_PAYROLLS', 'monthly_change', 234000, 'jobs', '1999-11', None, '234,000 jobs', 'Payroll data are not in the files.', verdict=U, rule=UR),
  C('US_UNEMPLOYMENT', 'rate', 4.1, 'percent', '1999-11', None, '4.1 percent', 'Unemployment data are not in the files.', verdict=U, rule=UR),
 ]))

# 4 -------------------------------------------------------------------------
d = '2003-12-22'
PASSAGES.append(dict(
 id='starbulletin_20031223_dow_52_week_high',
 source={'site': 'archives.starbulletin.com', 'url': 'https://archives.starbulletin.com/2003/12/23/business/market.html', 'original_outlet': 'Star-Bulletin news services (wire copy)'},
 published='2003-12-23', published_confidence='exact', published_note='date in the URL (Tue 2003-12-23, morning paper); "yesterday" is Mon 2003-12-22, "last week" the week ending Fri 12-19.',
 text=("Dow hits 52-week high. NEW YORK - Wall Street climbed to new 52-week highs yesterday as investors cautiously "
       "bought on expectations of stronger growth in 2004, though a heightened terror alert capped the gains. Trading was "
       "choppy and thin ahead of the Christmas break. The Dow Jones industrial average closed up 59.78, or 0.6 percent, "
       "at 10,338.00, after advancing 2.4 percent last week for its fourth straight week of gains. Yesterday the blue chip "
       "average reached its highest level since May 17, 2002, when it stood at 10,353.08. The Nasdaq composite index "
       "gained 4.78, or 0.3 percent, to 1,955.80, and the Standard & Poor's 500 index rose 4.28, or 0.4 percent, to "
       "1,092.94, its best close since May 23, 2002, when it finished at 1,097.08. Small stocks kept pace: the Russell "
       "2000 index rose 2.49, or 0.5 percent, to 549.37. In bonds, the 10-year Treasury note's yield rose to 4.16 percent "
       "from 4.14 percent late Friday, while the two-year note's yield held at 1.79 percent."),
 claims=[
  C('DJI', 'daily_point_change', 59.78, 'index_points', d, f"point_change('DJI','{d}')", '59.78', '10338.00 vs 10278.22.', kind='pts2'),
  C('DJI', 'daily_pct_change', 0.6, 'percent', d, f"pct_change('DJI','{d}')", '0.6 percent', '+0.58%.', kind='pct1'),
  C('DJI', 'close_level', 10338.00, 'index_points', d, f"close('DJI','{d}')", '10,338.00', 'File close 10338.00.', kind='lvl2'),
  C('DJI', 'weekly_pct_change', 2.4, 'percent', '2003-12-19', "weekly_returns('DJI').loc['2003-12-19']", '2.4 percent last week', 'Week ending Fri 2003-12-19: +2.35% (Friday to Friday).', kind='pct1', window='1w'),
  C('DJI', 'weekly_up_streak', 4, 'weeks', '2003-12-19', "weekly_up_streak('DJI','2003-12-19')", 'fourth straight week', 'Four consecutive weekly gains through 2003-12-19.', kind='int', dec=0),
  C('DJI', 'highest_since', '2002-05-17', 'date', d, f"highest_since('DJI','{d}')", 'since May 17, 2002', 'Last earlier close >= 10338.00 is 2002-05-17.', verdict=S, rule='highest since X: X = last session at least as high'),
  C('DJI', 'close_level', 10353.08, 'index_points', '2002-05-17', "close('DJI','2002-05-17')", '10,353.08', 'File close 2002-05-17: 10353.08.', kind='lvl2'),
  C('IXIC', 'daily_point_change', 4.78, 'index_points', d, f"point_change('IXIC','{d}')", '4.78', '1955.80 vs 1951.02.', kind='pts2'),
  C('IXIC', 'daily_pct_change', 0.3, 'percent', d, f"pct_change('IXIC','{d}')", '0.3 percent', '+0.245%; |0.245-0.3| = 0.055 <= 0.07.', kind='pct1'),
  C('IXIC', 'close_level', 1955.80, 'index_points', d, f"close('IXIC','{d}')", '1,955.80', 'File close 1955.80.', kind='lvl2'),
  C('SPX', 'daily_point_change', 4.28, 'index_points', d, f"point_change('GSPC','{d}')", '4.28', '1092.94 vs 1088.66.', kind='pts2'),
  C('SPX', 'daily_pct_change', 0.4, 'percent', d, f"pct_change('GSPC','{d}')", '0.4 percent', '+0.39%.', kind='pct1'),
  C('SPX', 'close_level', 1092.94, 'index_points', d, f"close('GSPC','{d}')", '1,092.94', 'File close 1092.94.', kind='lvl2'),
  C('SPX', 'highest_close_since', '2002-05-23', 'date', d, f"highest_since('GSPC','{d}')", 'since May 23, 2002', 'Last earlier close >= 1092.94 is 2002-05-23.', verdict=S, rule='highest since X'),
  C('SPX', 'close_level', 1097.08, 'index_points', '2002-05-23', "close('GSPC','2002-05-23')", '1,097.08', 'File close 2002-05-23: 1097.08.', kind='lvl2'),
  C('RUT', 'daily_point_change', 2.49, 'index_points', d, f"point_change('RUT','{d}')", '2.49', '549.37 vs 546.88.', kind='pts2'),
  C('RUT', 'daily_pct_change', 0.5, 'percent', d, f"pct_change('RUT','{d}')", '0.5 percent', '+0.455%.', kind='pct1'),
  C('RUT', 'close_level', 549.37, 'index_points', d, f"close('RUT','{d}')", '549.37', 'File close 549.37.', kind='lvl2'),
  C('US10Y', 'yield_level', 4.16, 'percent', d, f"rate_on('DGS10','{d}')", '4.16 percent', 'DGS10 2003-12-22 = 4.18; within 0.025 of the late-trading quote.', kind='lvl2', basis='end of day'),
  C('US10Y', 'yield_level', 4.14, 'percent', '2003-12-19', "rate_on('DGS10','2003-12-19')", '4.14 percent', 'DGS10 2003-12-19 = 4.15.', kind='lvl2', basis='end of day'),
  C('US2Y', 'yield_level', 1.79, 'percent', d, f"rate_on('DGS2','{d}')", '1.79 percent', 'DGS2 2003-12-22 = 1.84 (12-19: 1.82): the quoted 1.79 is 0.05 below the FRED end-of-day yield and FRED shows a rise, not an unchanged yield. Within 10% -> imprecise.', verdict='imprecise', rule='percent figure (yield): outside 0.025 but |err| <= 20% of true and <= max(2 pp, 10%)', basis='end of day'),
 ]))

# 5 -------------------------------------------------------------------------
d = '2007-01-24'
PASSAGES.append(dict(
 id='starbulletin_20070125_dow_record_nasdaq_best_day',
 source={'site': 'archives.starbulletin.com', 'url': 'https://archives.starbulletin.com/2007/01/25/business/market.html', 'original_outlet': 'Associated Press (Tim Paradis)'},
 published='2007-01-25', published_confidence='exact', published_note='date in the URL (Thu 2007-01-25); "yesterday" is Wed 2007-01-24, "Tuesday" 01-23.',
 text=("Nasdaq has best day since early December. NEW YORK - Wall Street bounded higher yesterday, lifting the Nasdaq "
       "composite index well over 1 percent after profit reports from Yahoo Inc. and Sun Microsystems Inc. revived "
       "confidence in technology, and the Dow Jones industrials set fresh trading and closing highs. The tech-laden "
       "Nasdaq jumped 34.87, or 1.43 percent, to 2,466.28, its biggest one-day increase since early December. The Dow "
       "rose 87.97, or 0.70 percent, to 12,621.77 after rising 56.64 on Tuesday, surpassing the record close of 12,582.59 "
       "set Jan. 16; it was the Dow's 26th record close since the blue chip average began its run at the start of "
       "October. The Dow also hit a record intraday high of 12,623.45, topping a trading high of 12,614.00 reached a week "
       "earlier. The Standard & Poor's 500 index reached a six-year high, rising 12.14, or 0.85 percent, to 1,440.13. "
       "With no new economic data, investors had only earnings to go on."),
 claims=[
  C('IXIC', 'daily_point_change', 34.87, 'index_points', d, f"point_change('IXIC','{d}')", '34.87', '2466.28 vs 2431.41.', kind='pts2'),
  C('IXIC', 'daily_pct_change', 1.43, 'percent', d, f"pct_change('IXIC','{d}')", '1.43 percent', '+1.434%.', kind='pct2'),
  C('IXIC', 'close_level', 2466.28, 'index_points', d, f"close('IXIC','{d}')", '2,466.28', 'File close 2466.28.', kind='lvl2'),
  C('IXIC', 'biggest_gain_since', 'early December 2006', 'date', d, f"last_move_as_big('IXIC','{d}','pts',down=False)", 'increase since early December', 'Last earlier day with a gain at least as large (points and percent alike): 2006-12-04.', verdict=S, rule='biggest since X: X = last day with a move at least as large'),
  C('IXIC', 'daily_pct_change_bound', 1, 'percent', d, f"pct_change('IXIC','{d}')", 'well over 1 percent', '+1.43% > 1.', verdict=S, rule='over: true > claim', qualifier='more than'),
  C('DJI', 'daily_point_change', 87.97, 'index_points', d, f"point_change('DJI','{d}')", '87.97', '12621.77 vs 12533.80.', kind='pts2'),
  C('DJI', 'daily_pct_change', 0.70, 'percent', d, f"pct_change('DJI','{d}')", '0.70 percent', '+0.702%.', kind='pct2'),
  C('DJI', 'close_level', 12621.77, 'index_points', d, f"close('DJI','{d}')", '12,621.77', 'File close 12621.77.', kind='lvl2'),
  C('DJI', 'daily_point_change', 56.64, 'index_points', '2007-01-23', "point_change('DJI','2007-01-23')", '56.64', 'Tuesday 2007-01-23: 12533.80 vs 12477.16.', kind='pts2'),
  C('DJI', 'previous_record_close', 12582.59, 'index_points', '2007-01-16', f"record_before('DJI','{d}')", '12,582.59', 'Highest earlier close 2007-01-16 at 12582.59; 12621.77 tops it.', verdict=S, rule='records'),
  C('DJI', 'record_close_count', 26, 'count', d, f"len(record_closes('DJI','2006-10-01','{d}'))", '26th record close', 'Record closes from 2006-10-03 (the first since January 2000) through 2007-01-24: 26.', kind='int', dec=0),
  C('DJI', 'intraday_high', 12623.45, 'index_points', d, f"close('DJI','{d}','high')", '12,623.45', 'Session high 12623.45, above every earlier high (12614.00).', kind='lvl2', basis='intraday high'),
  C('DJI', 'previous_intraday_record', 12614.00, 'index_points', '2007-01-17', f"record_before('DJI','{d}','high')", '12,614.00', 'Highest earlier intraday high: 12614.00 on 2007-01-17, a week earlier.', verdict=S, rule='intraday record: every earlier high', basis='intraday high'),
  C('SPX', 'highest_since', 'six years', 'date', d, f"highest_since('GSPC','{d}')", 'six-year high', 'Last earlier close >= 1440.13 is 2000-09-28, about 6.3 years before: a six-year high.', verdict=S, rule='highest since X'),
  C('SPX', 'daily_point_change', 12.14, 'index_points', d, f"point_change('GSPC','{d}')", '12.14', '1440.13 vs 1427.99.', kind='pts2'),
  C('SPX', 'daily_pct_change', 0.85, 'percent', d, f"pct_change('GSPC','{d}')", '0.85 percent', '+0.850%.', kind='pct2'),
  C('SPX', 'close_level', 1440.13, 'index_points', d, f"close('GSPC','{d}')", '1,440.13', 'File close 1440.13.', kind='lvl2'),
 ]))

# 6 -------------------------------------------------------------------------
d = '2010-02-05'
PASSAGES.append(dict(
 id='latimes_20100205_rut_correction_threshold',
 source={'site': 'latimesblogs.latimes.com', 'url': 'http://latimesblogs.latimes.com/money_co/2010/02/the-10-stock-market-correction-is-here-as-measured-by-some-major-indexesthe-russell-2000-small-stock-index-was-down-12.html', 'original_outlet': 'Los Angeles Times, Money & Co. blog (Tom Petruno)'},
 published=d, published_confidence='high', published_note='URL gives 2010/02; the text (Thursday plunge, January jobs report, figures "at about 11:10 a.m. PST") fits Fri 2010-02-05 in the files.',
 text=("Some U.S. stock indexes cross 10% 'correction' threshold. By some major measures, the 10% market correction is "
       "here. The Russell 2,000 small-stock index was down 1.2% to 582.39 at about 11:10 a.m. PST, stretching its loss "
       "from its 52-week high on Jan. 19 to 10.3%. If it closes near current levels, the drop from the recent high would "
       "be the biggest since the market's surge began in March. The New York Stock Exchange composite index (down 10.6%) "
       "and the Dow Jones transportation index (11.9%) are also now more than 10% below their recent peaks. The Dow "
       "industrials, off 1.3% to 9,871 at about 11:10 a.m., are down 7.9% from their Jan. 19 high. Stocks had plunged "
       "worldwide Thursday as budget problems in Greece, Spain and Portugal stirred fears of new turmoil in Europe, and "
       "the selling in Europe was heavy again Friday; Greece's market sank 3.7% after a 3.3% drop on Thursday. Investors "
       "kept fleeing despite an unexpected drop in the U.S. jobless rate for January. The winner: Treasuries. The "
       "two-year note's yield has fallen to 0.73% from 0.79% on Thursday. -- Tom Petruno"),
 claims=[
  C('RUT', 'intraday_pct_change', -1.2, 'percent', d, f"pct_change('RUT','{d}')", 'down 1.2%', 'Mid-session figure (11:10 a.m. PST). Session range vs the 589.68 previous close: -1.56% to +0.56%; -1.2% lies inside, so it cannot be checked. The close was +0.56%.', verdict=U, rule='mid-session figure inside the session range', basis='midday', detail='session_range_pct = (-1.56, 0.56)'),
  C('RUT', 'intraday_level', 582.39, 'index_points', d, f"close('RUT','{d}')", '582.39', 'Mid-session level inside the session range 580.49-592.99; close 592.98.', verdict=U, rule='mid-session figure inside the session range', basis='midday'),
  C('RUT', 'high_52w_date', '2010-01-19', 'date', d, f"high_52w('RUT','{d}')", 'Jan. 19 to 10.3%', '52-week closing high: 649.15 on 2010-01-19.', verdict=S, rule='52-week high'),
  C('RUT', 'pct_from_high', 10.3, 'percent', d, f"(1 - 582.39 / high_52w('RUT','{d}')[1]) * 100", 'to 10.3%', 'Judged on the stated level: 582.39 vs 649.15 = 10.28% below. At the close (592.98) the index was only 8.65% below, so no correction close that day.', verdict=S, rule='a distance computed from a level the passage states is judged on that arithmetic', basis='midday'),
  C('RUT', 'biggest_decline_since', '2009-03', 'date', d, None, 'would be the biggest since', "Conditional ('If it closes near current levels'); it did not close there.", verdict=NC, rule='conditional / hypothetical'),
  C('NYSE_COMPOSITE', 'pct_from_high', 10.6, 'percent', d, None, 'down 10.6%', 'NYSE composite is not in the files.', verdict=U, rule=UR),
  C('DJT', 'pct_from_high', 11.9, 'percent', d, None, '(11.9%)', 'Dow transports are not in the files.', verdict=U, rule=UR),
  C('DJI', 'intraday_pct_change', -1.3, 'percent', d, f"pct_change('DJI','{d}')", 'off 1.3%', 'Mid-session; DJI range vs 10002.18: -1.67% to +0.30%, -1.3% inside. Close +0.10%.', verdict=U, rule='mid-session figure inside the session range', basis='midday', detail='session_range_pct = (-1.67, 0.3)'),
  C('DJI', 'intraday_level', 9871, 'index_points', d, f"close('DJI','{d}')", '9,871', 'Mid-session level inside the range 9835.09-10031.96; close 10012.23.', verdict=U, rule='mid-session figure inside the session range', basis='midday'),
  C('DJI', 'pct_from_high', 7.9, 'percent', d, f"(1 - 9871 / high_52w('DJI','{d}')[1]) * 100", 'down 7.9%', 'Judged on the stated level: 9871 vs the 2010-01-19 close 10725.43 = 7.97% below (|7.97-7.9| = 0.07, at the edge of the 1-decimal tolerance). high_52w gives 2010-01-19 as the high, matching the text.', verdict=S, rule='a distance computed from a level the passage states is judged on that arithmetic; 1 decimal tolerance 0.07', basis='midday'),
  C('GREECE_ATHEX', 'daily_pct_change', -3.7, 'percent', d, None, '3.7%', 'Greek market not in the files.', verdict=U, rule=UR),
  C('GREECE_ATHEX', 'daily_pct_change', -3.3, 'percent', '2010-02-04', None, '3.3% drop', 'Greek market not in the files.', verdict=U, rule=UR),
  C('US2Y', 'yield_level', 0.73, 'percent', d, f"rate_on('DGS2','{d}')", '0.73%', 'Intraday yield ("has fallen to"); FRED end of day 0.77. Intraday yield events are unverifiable.', verdict=U, rule='yields: intraday yield events are unverifiable', basis='midday'),
  C('US2Y', 'yield_level', 0.79, 'percent', '2010-02-04', "rate_on('DGS2','2010-02-04')", '0.79%', 'DGS2 2010-02-04 = 0.80; within 0.025.', kind='lvl2', basis='end of day'),
 ]))

# 7 -------------------------------------------------------------------------
d = '2010-06-29'
PASSAGES.append(dict(
 id='mprnews_20100629_stocks_tumble_yield_below_3',
 source={'site': 'www.mprnews.org', 'url': 'https://www.mprnews.org/story/2010/06/29/stocks-tumble', 'original_outlet': 'Associated Press via Minnesota Public Radio News'},
 published=d, published_confidence='exact', published_note='date in the URL; a late-morning update of Tue 2010-06-29.',
 text=("Stocks tumble on global economic worries. Stocks and interest rates slid Tuesday after signs of a slowing "
       "global economy unnerved traders. The Dow Jones industrial average fell about 230 points in late morning trading, "
       "dropping below 10,000 for the first time since June 10, and the Dow and the other major indexes each lost more "
       "than 2 percent. The day began with U.S. stocks following Asian and European markets lower after a Chinese "
       "leading indicator was revised down and Greek workers struck over budget cuts. Soon after the open came word that "
       "consumer confidence had dropped sharply: the Conference Board's index fell nearly 10 points to 52.9 from a "
       "revised 62.7 in May. Investors sought the safety of Treasurys. The yield on the 10-year note dropped as low as "
       "2.97 percent, the first time it has fallen below 3 percent since April 2009, before edging back up to 2.99 "
       "percent."),
 claims=[
  C('DJI', 'intraday_point_change', -230, 'index_points', d, f"point_change('DJI','{d}')", 'about 230 points', 'Late-morning figure. Session range vs 10138.52: low -326.60, high -2.72; -230 lies inside -> unverifiable. Close -268.22.', verdict=U, rule='mid-session figure inside the session range', qualifier='about', basis='late morning'),
  C('DJI', 'below_level_first_since', '2010-06-10', 'date', d, f"intraday_level_since('DJI','{d}',10000)", 'since June 10', 'Intraday reading (the claim is about late-morning trading): last earlier session whose low was under 10,000 is 2010-06-10 -> supported. Close reading: last close under 10,000 was 2010-06-09 (9899.25), one session earlier.', verdict=S, rule='since X: X = last session that went through the level (intraday for a mid-session claim)', basis='intraday low'),
  C('DJI_SPX_IXIC', 'intraday_pct_change_bound', -2, 'percent', d, f"[round(pct_change(t,'{d}'), 2) for t in ('DJI','GSPC','IXIC')]", 'more than 2 percent', 'Bound claim mid-session: closes -2.65 / -3.10 / -3.85% and session lows -3.22 / -3.67 / -4.41% all satisfy "lost more than 2 percent".', verdict=S, rule='mid-session bound: supported when close and session extreme both satisfy it', qualifier='more than', basis='late morning'),
  C('CONSUMER_CONFIDENCE', 'change', -10, 'points', '2010-06', None, 'nearly 10 points', 'Conference Board index not in the files.', verdict=U, rule=UR, qualifier='nearly'),
  C('CONSUMER_CONFIDENCE', 'level', 52.9, 'index', '2010-06', None, '52.9', 'Not in the files.', verdict=U, rule=UR),
  C('CONSUMER_CONFIDENCE', 'level', 62.7, 'index', '2010-05', None, '62.7', 'Not in the files.', verdict=U, rule=UR),
  C('US10Y', 'intraday_yield_low', 2.97, 'percent', d, f"rate_on('DGS10','{d}')", '2.97 percent', 'Intraday low; intraday yield events are unverifiable. (FRED end of day is also 2.97.)', verdict=U, rule='yields: intraday yield events are unverifiable', basis='intraday'),
  C('US10Y', 'below_level_first_since', '2009-04', 'date', d, f"level_since(rate('DGS10'),'{d}',2.99999,above=False)", 'since April 2009', 'End-of-day DGS10 was last below 3% on 2009-04-27 (2.99 or lower): April 2009 matches.', verdict=S, rule='since X: last date the series was through the level'),
  C('US10Y', 'yield_level', 2.99, 'percent', d, None, '2.99', 'Intraday ("edging back up") yield; unverifiable. FRED end of day 2.97.', verdict=U, rule='yields: intraday yield events are unverifiable', basis='intraday'),
 ]))

# 8 -------------------------------------------------------------------------
d = '2010-05-25'
PASSAGES.append(dict(
 id='deseret_20100525_dow_below_10000_rebound',
 source={'site': 'www.deseret.com', 'url': 'https://www.deseret.com/2010/5/26/20117359/dow-jones-plunges-below-10-000-then-bounces-back', 'original_outlet': 'Associated Press via Deseret News'},
 published='2010-05-26', published_confidence='exact', published_note='date in the URL (Wed 2010-05-26); the story is about Tuesday 2010-05-25.',
 text=("Dow Jones plunges below 10,000, then bounces back. NEW YORK - The Dow Jones industrials sank below 10,000 to "
       "their lowest level of the year Tuesday before a late rebound wiped out most of the losses, if not the lingering "
       "worries about Europe's debt crisis. The Dow dropped more than 250 points after the opening bell and spent most of "
       "the day under 10,000, then charged back to finish down only 22 when signals from Washington suggested banks would "
       "not be forced to sell their lucrative derivatives units under financial reform. The Standard & Poor's 500 index "
       "even managed a slight gain. More turbulent days are likely, traders said, because the market fears that even "
       "austerity budgets in Europe will not fix the problem."),
 claims=[
  C('DJI', 'intraday_below_level', True, 'flag', d, f"close('DJI','{d}','low') < 10000", 'sank below 10,000', 'Session low 9774.48.', verdict=S, rule='intraday level', basis='intraday low'),
  C('DJI', 'intraday_year_low', True, 'flag', d, f"close('DJI','{d}','low') < year_low_before('DJI','{d}')[1]", 'lowest level of the year', 'Low 9774.48 below every earlier 2010 low (9835.09 on 2010-02-05); on closes the 10043.75 finish was not a 2010 low.', verdict=S, rule='lowest since / of the year on the intraday basis the text uses', basis='intraday low'),
  C('DJI', 'intraday_point_change_max', -250, 'index_points', d, f"intraday_change('DJI','{d}','low')", 'more than 250 points', 'Low 9774.48 vs 10066.57 = -292.09, more than 250.', verdict=S, rule='more than: true > claim', qualifier='more than', basis='intraday low'),
  C('DJI', 'daily_point_change', -22, 'index_points', d, f"point_change('DJI','{d}')", 'down only 22', 'Close 10043.75 vs 10066.57 = -22.82, which rounds to 23; the text truncates.', kind='int'),
  C('SPX', 'daily_point_change_sign', True, 'flag', d, f"point_change('GSPC','{d}') > 0", 'slight gain', 'S&P 500 1074.03 vs 1073.65 = +0.38 (+0.04%).', verdict=S, rule='direction of the daily change'),
 ]))
