"""Build passages.jsonl, key.jsonl and recipes.json of this corpus (heldout40a: small caps and the Fed).

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
PCTI = 'percent figure off by <= max(2 pp, 10%) and <= 20% of the true value: imprecise'
PCTX = 'percent figure off by more than the imprecise band: contradicted'
ABOUT = 'about/around/approximately: within one unit of the last stated digit'
NEARLY = 'nearly: claim - 1 unit <= true <= claim + 0.5 unit'
MORE = 'more than/over: true > claim'
LESS = 'less than/within: true < claim'
MID = 'mid-session figure inside the session range: unverifiable'
NOFILE = 'series or history not in the files: unverifiable'
METHOD = 'method or event set not stated: unverifiable'
ONPACE = 'on pace/on track: not_checkable'
RULE = 'rule of thumb or quoted opinion: not_checkable'
FC = 'projection or target: forecast'
REC = 'record: above every earlier close in the file'
SINCE = 'highest/lowest/best since X: X must be the last session at least as extreme'
SINCEU = 'since X later than the true date (understated): imprecise'
SINCEX = 'since X earlier than the true date: contradicted'
STREAK = 'streaks and counts use daily closes'
COUNT = 'count: exact'
RANK = 'rank or ordering: exact'
DATE = 'date matches'
FED = 'Fed target range (DFEDTARU/DFEDTARL, FOMC_meetings.csv)'
ARITH = 'arithmetic on levels the passage states'
RECH = 'intraday record: above every earlier high in the file'
YLD = 'yield: FRED end-of-day constant maturity, 2 decimals'
INTRA = 'intraday yield, futures or odds figure: unverifiable'
QUOTE = 'quoted opinion or generic statement: not_checkable'


# ---------------------------------------------------------------- 1
add('ftserussell_20151210_small_caps_rate_rise_history', 'marketwired.com',
    'http://www.marketwired.com/press-release/getting-rise-out-rates-ftse-russell-historical-analysis-suggests-possible-short-term-2081165.htm',
    'FTSE Russell / Russell Investments (press release on Marketwired)', '2015-12-10', 'exact',
    'Dated "December 10, 2015 12:44 ET" and "Dec 10, 2015" in the release (a Thursday, before the 2015-12-16 FOMC decision). "Since ... October 28" runs to the last close before the release, 2015-12-09. The release\'s own table says "data as of dates indicated" without giving the end date of the October-28 window; Russell publishes total returns, while the files hold the price index.',
    "Getting a Rise out of Rates: FTSE Russell Historical Analysis Suggests Possible Short Term Bumps for US Small Caps (Russell Investments, Seattle, December 10, 2015). Since the FOMC issued its last policy statement on October 28, "
    "apparently opening the door to begin tightening US interest rates at its scheduled meeting next week, US small-cap stocks as measured by the Russell 2000 Index (+1.8%) have led US large cap stocks as measured by the Russell 1000 "
    "Index (+0.7%). Historical analysis by FTSE Russell, however, suggests that the beginning of the Fed tightening process may see a bumpy road for small caps in the short term, although past performance is no guarantee of future "
    "performance. Analysis of the Russell 2000 Index during two prior periods of extended US rate tightening, 1999-2000 and 2004-2006, shows US small caps trending downward initially in both periods, but showing longer-term increases. "
    "Russell 2000 Index after the beginning of rate increases: for the tightening of June 30, 2004 - June 29, 2006, -6.2% after one month, +11.8% after six months and +10.1% after one year; for the tightening of June 30, 1999 - "
    "May 16, 2000, -1.9% after one month, +10.1% after six months and +15.2% after one year.",
    [
        C('FEDFUNDS', 'last_statement', '2015-10-28', 'date', 'its last policy statement on October 28', "fomc_meetings('2015-09-01','2015-12-09')", S, FED, 'FOMC meetings ended on 2015-09-17 and 2015-10-28; the October 28 statement was the last before the release.', ref='2015-10-28'),
        C('FEDFUNDS', 'next_meeting', 'next week', 'period', 'its scheduled meeting next week', "[fomc_meetings('2015-12-10','2015-12-31'), fed_changes('2015-12-01','2015-12-31')]", S, FED,
          'Next decision day 2015-12-16, the following week (the Fed raised the range to 0.25%-0.50% there, effective the same day).', ref='2015-12-16'),
        C('RUT', 'change_since', 1.8, 'percent', 'Russell 2000 Index (+1.8%)', "[pct('RUT','2015-10-28','2015-12-09'), pct('RUT','2015-10-28','2015-11-30')]", X, PCTX,
          'From the 2015-10-28 close to the 2015-12-09 close the RUT fell 2.79% (price): the sign is wrong, and dividends (about 0.2% over six weeks) cannot close a 4.6-point gap. The figure fits a month-end window: to 2015-11-30 the price gain was +1.65% (about +1.8% with dividends), but the release does not say so.', ref='2015-12-09', window='2015-10-28..2015-12-09'),
        C('RUSSELL1000', 'change_since', 0.7, 'percent', 'Russell 1000 Index (+0.7%)', "pct('SPX','2015-10-28','2015-12-09')", U, NOFILE,
          'The Russell 1000 is not in the files; the S&P 500 (a proxy, not decisive) fell 2.04% over the same window.', ref='2015-12-09', window='2015-10-28..2015-12-09'),
        C('FEDFUNDS', 'tightening_2004_2006', ['2004-06-30', '2006-06-29'], 'dates', 'June 30, 2004 - June 29, 2006', "[dfedtar_changes('2004-06-01','2004-12-31')[0], dfedtar_changes('2006-01-01','2006-12-31')[-1]]", S, FED,
          'DFEDTAR rose from 1.00% to 1.25% on 2004-06-30 and reached its last step, 5.25%, on 2006-06-29.', ref='2004-06-30', window='2004-06-30..2006-06-29'),
        C('FEDFUNDS', 'tightening_1999_2000', ['1999-06-30', '2000-05-16'], 'dates', 'June 30, 1999 - May 16, 2000', "dfedtar_changes('1999-06-01','2000-12-31')", S, FED,
          'DFEDTAR rose to 5.00% on 1999-06-30 and in six steps to 6.50% on 2000-05-16, the last increase of that cycle.', ref='1999-06-30', window='1999-06-30..2000-05-16'),
        C('RUT', 'small_caps_down_then_up', True, 'flag', 'trending downward initially in both periods, but showing longer-term increases', "[pct_after('RUT','2004-06-30',1), pct_after('RUT','2004-06-30',12), pct_after('RUT','1999-06-30',1), pct_after('RUT','1999-06-30',12)]", S, 'signs match',
          'Price changes from the first-hike closes: 2004 one month -6.80%, one year +8.14%; 1999 one month -2.82%, one year +13.01%.', ref='2005-06-30'),
        C('RUT', 'return_1m_after_2004', -6.2, 'percent', '-6.2% after one month', "pct_after('RUT','2004-06-30',1)", U, 'total-return figure where only a price index exists: unverifiable',
          'Price change from the 2004-06-30 close to 2004-07-30: -6.80%. Russell\'s table gives total returns over windows it does not define; the price figure is close but cannot decide it.', ref='2004-07-30', window='2004-06-30..2004-07-30'),
        C('RUT', 'return_6m_after_2004', 11.8, 'percent', '+11.8% after six months', "pct_after('RUT','2004-06-30',6)", U, 'total-return figure where only a price index exists: unverifiable',
          'Price change to 2004-12-30: +10.40%.', ref='2004-12-30', window='2004-06-30..2004-12-30'),
        C('RUT', 'return_1y_after_2004', 10.1, 'percent', '+10.1% after one year', "pct_after('RUT','2004-06-30',12)", U, 'total-return figure where only a price index exists: unverifiable',
          'Price change to 2005-06-30: +8.14% (dividends add roughly 1.2-1.5 points).', ref='2005-06-30', window='2004-06-30..2005-06-30'),
        C('RUT', 'return_1m_after_1999', -1.9, 'percent', '-1.9% after one month', "pct_after('RUT','1999-06-30',1)", U, 'total-return figure where only a price index exists: unverifiable',
          'Price change from the 1999-06-30 close to 1999-07-30: -2.82%.', ref='1999-07-30', window='1999-06-30..1999-07-30'),
        C('RUT', 'return_6m_after_1999', 10.1, 'percent', '+10.1% after six months', "pct_after('RUT','1999-06-30',6)", U, 'total-return figure where only a price index exists: unverifiable',
          'Price change to 1999-12-30: +8.50% (to the 1999-12-31 year-end close the gain is larger).', ref='1999-12-30', window='1999-06-30..1999-12-30'),
        C('RUT', 'return_1y_after_1999', 15.2, 'percent', '+15.2% after one year', "pct_after('RUT','1999-06-30',12)", U, 'total-return figure where only a price index exists: unverifiable',
          'Price change to 2000-06-30: +13.01%.', ref='2000-06-30', window='1999-06-30..2000-06-30'),
    ])

# ---------------------------------------------------------------- 2
add('ap_20170927_small_caps_records_yields_rise', 'latimes.com',
    'http://www.latimes.com/business/la-fi-markets-20170927-story.html',
    'Associated Press (via the Los Angeles Times)', '2017-09-27', 'exact',
    'Date in the URL (20170927) and on the page, a Wednesday. The index figures are a 12:30 p.m. Eastern snapshot of the 2017-09-27 session ("as of 12:30 p.m."), so they are judged against that session\'s range; "late Tuesday" yields are the 2017-09-26 FRED values.',
    "Stocks edge higher as banks climb with bond yields (Associated Press). U.S. stock indexes are slightly higher Wednesday as banks rise along with bond yields but utilities and other big-dividend stocks tumble. "
    "Smaller companies are climbing as investors review tax cuts proposed by President Trump and congressional Republicans. KEEPING SCORE: The Standard & Poor's 500 index rose 2 points, or 0.1%, to 2,499 as of 12:30 p.m. Eastern time. "
    "The Dow Jones industrial average fell 2 points to 22,282. The Nasdaq composite advanced 40 points, or 0.6%, to 6,420. The Russell 2000 index, which is made up of smaller-company stocks, continued to set records as it "
    "climbed 11 points, or 0.8%, to 1,467. It has jumped 8% since mid-August. FED FOCUS: Investors bet that interest rates will keep rising. On Tuesday afternoon, Federal Reserve Chair Janet L. Yellen said the central bank "
    "will be careful not to raise interest rates too slowly even though inflation has long been weaker than the Fed expects. Investors think the Fed will raise rates again in December, and Yellen and other policymakers say "
    "they plan to raise rates several more times in 2018. The yield on the 2-year Treasury note rose to 1.47% from 1.45%. The yield on the 10-year note climbed to 2.29% from 2.24%. That helped banks, as higher interest rates "
    "mean banks can charge more to lend money: Bank of America shares ticked up 2.5% to $25.42. Companies that pay big dividends took steep losses, as rising bond yields made government bonds more appealing to investors seeking income.",
    [
        C('SPX', 'day_change_pts', 2, 'points', 'rose 2 points', "session_range_pts('SPX','2017-09-27')", U, MID, 'Session range -0.93 to +14.91 points from the 2,496.84 close of 2017-09-26; the S&P 500 closed +10.20.', ref='2017-09-27', basis='12:30 p.m.'),
        C('SPX', 'day_change_pct', 0.1, 'percent', 'or 0.1%', "session_range_pct('SPX','2017-09-27')", U, MID, 'Session range -0.04% to +0.60%; close +0.41%.', ref='2017-09-27', basis='12:30 p.m.'),
        C('SPX', 'level', 2499, 'index points', 'to 2,499', "session_range('SPX','2017-09-27')", U, MID, 'Session range 2,495.91 to 2,511.75; close 2,507.04.', ref='2017-09-27', basis='12:30 p.m.'),
        C('DJI', 'day_change_pts', -2, 'points', 'fell 2 points', "session_range_pts('DJI','2017-09-27')", U, MID, 'Session range -29.39 to +86.78 points; the Dow closed +56.39.', ref='2017-09-27', basis='12:30 p.m.'),
        C('DJI', 'level', 22282, 'index points', 'to 22,282', "session_range('DJI','2017-09-27')", U, MID, 'Session range 22,254.93 to 22,371.10; close 22,340.71.', ref='2017-09-27', basis='12:30 p.m.'),
        C('IXIC', 'day_change_pts', 40, 'points', 'advanced 40 points', "session_range_pts('IXIC','2017-09-27')", U, MID, 'Session range +25.20 to +92.49 points; close +73.10.', ref='2017-09-27', basis='12:30 p.m.'),
        C('IXIC', 'day_change_pct', 0.6, 'percent', 'or 0.6%', "session_range_pct('IXIC','2017-09-27')", U, MID, 'Session range +0.39% to +1.45%; close +1.15%.', ref='2017-09-27', basis='12:30 p.m.'),
        C('IXIC', 'level', 6420, 'index points', 'to 6,420', "session_range('IXIC','2017-09-27')", U, MID, 'Session range 6,405.36 to 6,472.65; close 6,453.26.', ref='2017-09-27', basis='12:30 p.m.'),
        C('RUT', 'record', True, 'flag', 'continued to set records', "[record_close_dates('RUT','2017-09-01','2017-09-27'), is_record_high('RUT','2017-09-27')]", S, REC,
          'Record closes on 2017-09-22, 09-25 and 09-26, and the 2017-09-27 session made a new intraday high (1,487.95) before another record close (1,484.81).', ref='2017-09-27'),
        C('RUT', 'day_change_pts', 11, 'points', 'climbed 11 points', "session_range_pts('RUT','2017-09-27')", U, MID, 'Session range +0.41 to +31.09 points from the 1,456.86 close; the RUT closed +27.95.', ref='2017-09-27', basis='12:30 p.m.'),
        C('RUT', 'day_change_pct', 0.8, 'percent', 'or 0.8%', "session_range_pct('RUT','2017-09-27')", U, MID, 'Session range +0.03% to +2.13%; close +1.92%.', ref='2017-09-27', basis='12:30 p.m.'),
        C('RUT', 'level', 1467, 'index points', 'to 1,467', "session_range('RUT','2017-09-27')", U, MID, 'Session range 1,457.27 to 1,487.95; close 1,484.81.', ref='2017-09-27', basis='12:30 p.m.'),
        C('RUT', 'change_since', 8, 'percent', 'jumped 8% since mid-August', "[arith('100*(1467/1357.79-1)'), min_close('RUT','2017-08-14','2017-08-31'), argmin_close('RUT','2017-08-14','2017-08-31'), pct('RUT','2017-08-18','2017-09-26')]", S, ARITH,
          'From the stated 1,467 the gain over the 2017-08-18 close (1,357.79) is 8.04%, and over the August low close (1,356.90 on 2017-08-21) 8.11%; at the 2017-09-26 close the gain since 08-18 was 7.30%, and at the 2017-09-27 close 9.35%.', ref='2017-09-27', window='2017-08-18..2017-09-27'),
        C('FEDFUNDS', 'hike_expected', 'December', 'month', 'raise rates again in December', "[fomc_meetings('2017-10-01','2017-12-31'), fed_changes('2017-10-01','2017-12-31')]", F, FC,
          'Market expectation. (The Fed did raise the range to 1.25%-1.50% at its 2017-12-13 meeting, effective 2017-12-14.)', ref='2017-09-27'),
        C('FEDFUNDS', 'hikes_planned', 'several', 'count', 'several more times in 2018', None, F, FC, 'Policymakers\' plans for 2018.', ref='2017-09-27', window='2018'),
        C('US2Y', 'yield', 1.47, 'percent', 'rose to 1.47%', "rate('DGS2','2017-09-27')", S, YLD, 'FRED DGS2 was 1.47 on 2017-09-27 (the article\'s figure is a midday one).', ref='2017-09-27', basis='midday'),
        C('US2Y', 'yield_prev', 1.45, 'percent', 'from 1.45%', "rate('DGS2','2017-09-26')", S, YLD, 'DGS2 1.45 on 2017-09-26.', ref='2017-09-26', basis='end of day'),
        C('US10Y', 'yield', 2.29, 'percent', 'climbed to 2.29%', "rate('DGS10','2017-09-27')", U, INTRA, 'A midday yield; FRED has only end-of-day values (DGS10 2.31 on 2017-09-27, up from 2.24), so the 12:30 p.m. level cannot be checked.', ref='2017-09-27', basis='midday'),
        C('US10Y', 'yield_prev', 2.24, 'percent', 'from 2.24%', "rate('DGS10','2017-09-26')", S, YLD, 'DGS10 2.24 on 2017-09-26.', ref='2017-09-26', basis='end of day'),
        C('BAC', 'day_change_pct', 2.5, 'percent', 'ticked up 2.5% to $25.42', None, U, NOFILE, 'Single stocks are not in the files.', ref='2017-09-27', basis='12:30 p.m.'),
    ])

# ---------------------------------------------------------------- 3
add('reuters_20180516_rut_record_yields_seven_year_high', 'dailymail.co.uk (Reuters wire)',
    'https://www.dailymail.co.uk/wires/reuters/article-5737081/US-STOCKS-Wall-St-gains-Macys-boost-Russell-2000-hits-record.html',
    'Reuters (Medha Singh), on the Daily Mail wires page', '2018-05-16', 'high',
    'Dateline "May 16 (Reuters)"; the year is 2018 (Macy\'s first-quarter results, 10-year yields at seven-year highs, the RUT record of 2018-05-16), a Wednesday. The index figures are a midday snapshot ("At 13:01 a.m. EDT", sic) judged against the 2018-05-16 session range.',
    "US STOCKS-Wall St gains on Macy's boost, Russell 2000 hits record (Reuters, May 16). Wall Street rose on Wednesday, with the small cap Russell 2000 index hitting a record, as Macy's strong results lit up the retail sector and Micron "
    "led gains in the technology sector. Macy's shares surged 10.5 percent, hitting a 52-week high, after the department store operator reported strong results and raised its profit forecast. The report helped boost the consumer "
    "discretionary sector, which rose 0.92 percent, while the consumer staples index gained 0.72 percent. Walmart and Nike, both components of the Dow Jones Industrial Average, and Target were up between 1.4 and 3.2 percent. "
    "Macy's results come a day after strong April retail sales data showed consumer spending was picking up, stoking inflation worries and sending U.S. government bond yields higher. Yields on the U.S. 10-year Treasury notes were "
    "holding at seven-year highs on Wednesday, raising concerns of faster interest rate hikes this year. \"Higher rates are going to present headwind to equity markets. Even with strong economic data, strong earnings, the markets "
    "are still flat year to date,\" said Michael James of Wedbush Securities. At 13:01 a.m. EDT the Dow Jones Industrial Average was up 74.22 points, or 0.30 percent, at 24,780.63, the S&P 500 was up 14.08 points, or 0.52 percent, "
    "at 2,725.53 and the Nasdaq Composite was up 55.29 points, or 0.75 percent, at 7,406.92. Nine of the 11 major S&P sectors were higher, with only the rate-sensitive utilities and real estate sectors in the red. "
    "The technology index was up 0.5 percent, with chipmakers the biggest gainers.",
    [
        C('DJI,SPX,IXIC', 'day_change', 'up', 'direction', 'Wall Street rose on Wednesday', "[weekday('2018-05-16'), [day_pct(t,'2018-05-16') for t in ('DJI','SPX','IXIC')]]", S, 'sign matches',
          'Wednesday 2018-05-16: Dow +0.25%, S&P 500 +0.41%, Nasdaq +0.63% at the close, and all were up at the time of the snapshot.', ref='2018-05-16'),
        C('RUT', 'record_intraday_high', True, 'flag', 'Russell 2000 index hitting a record', "[is_record_high('RUT','2018-05-16'), high('RUT','2018-05-16'), prior_record_high('RUT','2018-05-16'), is_record_close('RUT','2018-05-16')]", S, RECH,
          'Session high 1,620.64 above the previous intraday record of 1,615.52 (2018-01-24); the index also closed at a record 1,616.37 (previous record close 1,610.71 on 2018-01-23).', ref='2018-05-16', basis='intraday high'),
        C('M', 'day_change_pct', 10.5, 'percent', "Macy's shares surged 10.5 percent", None, U, NOFILE, 'Single stocks are not in the files.', ref='2018-05-16', basis='midday'),
        C('SPX_CONS_DISC', 'day_change_pct', 0.92, 'percent', 'which rose 0.92 percent', None, U, NOFILE, 'S&P 500 sector indexes are not in the files (XLY has only adjusted closes before 2026-03 and is never decisive).', ref='2018-05-16', basis='midday'),
        C('SPX_CONS_STAPLES', 'day_change_pct', 0.72, 'percent', 'gained 0.72 percent', None, U, NOFILE, 'S&P 500 sector indexes are not in the files.', ref='2018-05-16', basis='midday'),
        C('WMT,NKE,TGT', 'day_change_pct', '1.4-3.2', 'percent', 'up between 1.4 and 3.2 percent', None, U, NOFILE, 'Single stocks are not in the files.', ref='2018-05-16', basis='midday'),
        C('US10Y', 'highest_since', 'seven years', 'period', 'holding at seven-year highs', "[rate('DGS10','2018-05-15'), rate('DGS10','2018-05-16'), rate_last_at_or_above('DGS10','2018-05-16'), years_between('2011-07-07','2018-05-16')]", S, SINCE,
          'FRED DGS10 3.08 on 2018-05-15 and 3.09 on 2018-05-16; the last close at or above 3.09 was 3.17 on 2011-07-07, 6.9 years earlier.', ref='2018-05-16'),
        C('QUOTE', 'markets_flat_ytd', None, 'quote', 'the markets are still flat year to date', "[ytd('SPX','2018-05-15'), ytd('DJI','2018-05-15'), ytd('IXIC','2018-05-15')]", N, QUOTE,
          'A trader\'s characterisation. At the 2018-05-15 close the Dow was -0.05% for the year, the S&P 500 +1.42% and the Nasdaq +6.49%.', ref='2018-05-16'),
        C('DJI', 'day_change_pts', 74.22, 'points', 'up 74.22 points', "session_range_pts('DJI','2018-05-16')", U, MID, 'Session range -33.62 to +94.78 points; close +62.52.', ref='2018-05-16', basis='13:01'),
        C('DJI', 'day_change_pct', 0.30, 'percent', 'or 0.30 percent', "session_range_pct('DJI','2018-05-16')", U, MID, 'Session range -0.14% to +0.38%; close +0.25%.', ref='2018-05-16', basis='13:01'),
        C('DJI', 'level', 24780.63, 'index points', 'at 24,780.63', "session_range('DJI','2018-05-16')", U, MID, 'Session range 24,672.79 to 24,801.19; close 24,768.93.', ref='2018-05-16', basis='13:01'),
        C('SPX', 'day_change_pts', 14.08, 'points', 'up 14.08 points', "session_range_pts('SPX','2018-05-16')", U, MID, 'Session range +0.72 to +16.31 points; close +11.01.', ref='2018-05-16', basis='13:01'),
        C('SPX', 'day_change_pct', 0.52, 'percent', 'or 0.52 percent', "session_range_pct('SPX','2018-05-16')", U, MID, 'Session range +0.03% to +0.60%; close +0.41%.', ref='2018-05-16', basis='13:01'),
        C('SPX', 'level', 2725.53, 'index points', 'at 2,725.53', "session_range('SPX','2018-05-16')", U, MID, 'Session range 2,712.17 to 2,727.76; close 2,722.46.', ref='2018-05-16', basis='13:01'),
        C('IXIC', 'day_change_pts', 55.29, 'points', 'up 55.29 points', "session_range_pts('IXIC','2018-05-16')", U, MID, 'Session range +4.53 to +61.69 points; close +46.67.', ref='2018-05-16', basis='13:01'),
        C('IXIC', 'day_change_pct', 0.75, 'percent', 'or 0.75 percent', "session_range_pct('IXIC','2018-05-16')", U, MID, 'Session range +0.06% to +0.84%; close +0.63%.', ref='2018-05-16', basis='13:01'),
        C('IXIC', 'level', 7406.92, 'index points', 'at 7,406.92', "session_range('IXIC','2018-05-16')", U, MID, 'Session range 7,356.16 to 7,413.32; close 7,398.30.', ref='2018-05-16', basis='13:01'),
        C('SPX_SECTORS', 'sectors_higher', 9, 'count', 'Nine of the 11 major S&P sectors were higher', None, U, NOFILE, 'S&P 500 sector indexes are not in the files.', ref='2018-05-16', basis='midday'),
        C('SPX_TECH', 'day_change_pct', 0.5, 'percent', 'The technology index was up 0.5 percent', None, U, NOFILE, 'S&P 500 sector indexes are not in the files.', ref='2018-05-16', basis='midday'),
    ])

# ---------------------------------------------------------------- 4
add('ft_20181217_rut_bear_market_rate_worries', 'ft.com',
    'https://www.ft.com/content/1ddf7f6a-0227-11e9-9d01-cd4d49afbbe3',
    'Financial Times', '2018-12-17', 'high',
    'The page shows no date. "On Monday", "its August 31 high" and "sat 20 per cent below their peak" fit Monday 2018-12-17: the Russell 2000 closed the Friday before 18.95% below its 2018-08-31 record close and crossed 20% below it during the Monday session (low 1,372.73, 21.1% below). The piece was written during that session ("fell as much as 1.3 per cent"), so its intraday figures are judged against the 2018-12-17 session range and the year-to-date figures against the Friday 2018-12-14 close and the Monday range.',
    "Small caps fall into bear market territory (Financial Times). The cubs had a taste of bear market porridge on Monday as small-cap stocks sat 20 per cent below their peak. "
    "The Russell 2000 fell as much as 1.3 per cent on Monday, dragging the small cap-focused index down 20.1 per cent from its August 31 high. That leaves small companies, "
    "seen as more exposed to the domestic economy, in worse shape overall than their large-cap counterparts in the S&P 500 and Dow Jones Industrial Average, which are sitting in correction territory. "
    "The US economy remains in relatively robust shape, but concerns remain over the impact of the Federal Reserve's successive interest rate increases this year; the housing market has already slowed owing to higher mortgage rates. "
    "Performing worst since the end of August have been the Russell 2000's energy, materials & processing and healthcare sectors, which are all down by 20 per cent or more over that period. "
    "Having posted double-digit gains in both 2016 and 2017, the Russell 2000 is off by about 9 per cent this year, which would be its worst annual drop since 2008. The S&P 500, meanwhile, is down 4.2 per cent in 2018. "
    "The Russell 2000 most recently entered a bear market in January 2016, before bottoming out in March of that year, from a peak in late June 2015.",
    [
        C('RUT', 'pct_from_high', 20, 'percent', '20 per cent below their peak', "[drawdown_range('RUT','2018-12-17'), pct_below_record('RUT','2018-12-14'), pct_below_record('RUT','2018-12-17')]", U, MID,
          'During the 2018-12-17 session the RUT ran from 18.59% (high) to 21.14% (low) below its 2018-08-31 record close of 1,740.75; it closed 20.83% below it (Friday 2018-12-14: 18.95%). The figure was written mid-session and lies inside that range.', ref='2018-12-17', basis='intraday'),
        C('RUT', 'day_change_pct_intraday_low', -1.3, 'percent', 'as much as 1.3 per cent', "[session_range_pct('RUT','2018-12-17'), day_pct('RUT','2018-12-17')]", U, MID,
          'Session range -2.70% to +0.45%; close -2.32%. "As much as 1.3 per cent" describes the low reached by the time of writing, inside the final range.', q='as much as', ref='2018-12-17', basis='intraday'),
        C('RUT', 'pct_from_high', 20.1, 'percent', '20.1 per cent', "drawdown_range('RUT','2018-12-17')", U, MID,
          'Inside the session range of 18.59% to 21.14% below the 2018-08-31 record close; 20.1% below corresponds to about 1,391, i.e. -1.4% on the day, consistent with the "as much as 1.3 per cent" of the same sentence.', ref='2018-12-17', basis='intraday'),
        C('RUT', 'record_close_date', '2018-08-31', 'date', 'its August 31 high', "record_close_upto('RUT','2018-12-17')", S, DATE,
          'The highest close before the selloff was 1,740.75 on 2018-08-31, a record close.', ref='2018-12-17'),
        C('SPX', 'correction', True, 'flag', 'which are sitting in correction territory', "[pct_below_record('SPX','2018-12-14'), pct_below_record('SPX','2018-12-17')]", S, 'correction: 10% to 20% below the high',
          'The S&P 500 closed 11.29% (2018-12-14) and 13.13% (2018-12-17) below its 2018-09-20 record close.', ref='2018-12-17'),
        C('DJI', 'correction', True, 'flag', 'Dow Jones Industrial Average, which', "[pct_below_record('DJI','2018-12-14'), pct_below_record('DJI','2018-12-17')]", S, 'correction: 10% to 20% below the high',
          'The Dow closed 10.17% (2018-12-14) and 12.06% (2018-12-17) below its 2018-10-03 record close.', ref='2018-12-17'),
        C('RUT', 'deeper_drawdown_than_large_caps', True, 'comparison', 'in worse shape overall than their large-cap counterparts', "[pct_below_record('RUT','2018-12-17'), pct_below_record('SPX','2018-12-17'), pct_below_record('DJI','2018-12-17')]", S, 'comparison matches',
          'RUT 20.83% below its record against 13.13% (S&P 500) and 12.06% (Dow) at the 2018-12-17 close.', ref='2018-12-17'),
        C('FEDFUNDS', 'rate_hikes_this_year', True, 'flag', "successive interest rate increases this year", "fed_changes('2018-01-01','2018-12-17')", S, FED,
          'Three quarter-point increases in 2018 before the article (effective 2018-03-22, 2018-06-14, 2018-09-27; upper bound 1.75%, 2.00%, 2.25%).', ref='2018-12-17', window='2018'),
        C('RUT_SECTORS', 'sector_drawdown', 20, 'percent', 'all down by 20 per cent or more', None, U, NOFILE, 'Russell 2000 sector indexes are not in the files.', q='at least', ref='2018-12-17', window='2018-08-31..2018-12-17'),
        C('RUT', 'year_return', 10, 'percent', 'double-digit gains in both 2016', "year_return('RUT',2016)", S, 'double-digit gain: at least 10%', '+19.48% in 2016 (price).', q='at least', ref='2016-12-30', window='2016'),
        C('RUT', 'year_return', 10, 'percent', 'and 2017, the Russell 2000', "year_return('RUT',2017)", S, 'double-digit gain: at least 10%', '+13.14% in 2017 (price).', q='at least', ref='2017-12-29', window='2017'),
        C('RUT', 'ytd_change', -9, 'percent', 'off by about 9 per cent this year', "[ytd('RUT','2018-12-14'), ytd_range('RUT','2018-12-17'), ytd('RUT','2018-12-17')]", U, MID,
          '-8.12% at the Friday 2018-12-14 close (within "about 9"); during the Monday session the year-to-date change ran from -10.60% to -7.71% and it closed at -10.25%. The mid-session figure is inside the range.', q='about', ref='2018-12-17', window='2018 to date', basis='intraday'),
        C('RUT', 'worst_year_since', 2008, 'year', 'worst annual drop since 2008', "[years_worse_than('RUT',2009,2017,-8.12), year_return('RUT',2008)]", S, SINCE,
          'No calendar year from 2009 to 2017 fell as much as 8% (the worst were 2015, -5.71%, and 2011, -5.45%); 2008 lost 34.80%. A 9% drop for 2018 would indeed be the worst since 2008 (the sentence is conditional; its checkable part holds).', ref='2018-12-17', window='2009..2017'),
        C('SPX', 'ytd_change', -4.2, 'percent', 'down 4.2 per cent in 2018', "[ytd('SPX','2018-12-14'), ytd_range('SPX','2018-12-17'), ytd('SPX','2018-12-17')]", U, MID,
          '-2.76% at the 2018-12-14 close; during the 2018-12-17 session the year-to-date change ran from -5.35% to -2.71%, closing at -4.78%. The mid-session figure is inside the range.', ref='2018-12-17', window='2018 to date', basis='intraday'),
        C('RUT', 'bear_market_start', '2016-01', 'month', 'entered a bear market in January 2016', "[first_close_below_peak('RUT','2015-06-23','2016-12-31',20), max_drawdown('RUT','2016-02-12','2018-12-14')]", S, DATE,
          'First close 20% below the 2015-06-23 peak: 2016-01-13. From the 2016 low to 2018-12-14 the index never closed 20% below a prior high (largest drawdown 18.95%), so January 2016 was the most recent bear market before this one.', ref='2016-01-13'),
        C('RUT', 'bear_market_bottom', '2016-03', 'month', 'bottoming out in March of that year', "[argmin_close('RUT','2015-06-23','2016-12-31'), min_close('RUT','2015-06-23','2016-12-31')]", X, 'wrong date: contradicted',
          'The low close of that bear market was 953.72 on 2016-02-11, in February; by March the index was rebounding.', ref='2016-02-11'),
        C('RUT', 'peak_date', '2015-06', 'month', 'from a peak in late June 2015', "[argmax_close('RUT','2015-01-01','2016-01-13'), max_close('RUT','2015-01-01','2016-01-13')]", S, DATE,
          'The peak close was 1,295.80 on 2015-06-23 (late June).', ref='2015-06-23'),
    ])

# ---------------------------------------------------------------- 5
add('talkmarkets_20211104_rut_record_taper', 'talkmarkets.com',
    'https://talkmarkets.com/content/stocks--equities/russell-2000-explodes-to-record-high-as-fed-taper-fails-to-dent-risk-appetite?post=333315',
    'TalkMarkets (contributor column)', '2021-11-04', 'medium',
    'The page shows no date. It describes Wednesday 2021-11-03 ("surged 1.8% to an all-time of 2,404 on Wednesday"; the FOMC two-day meeting that announced the taper ended that day) after the close, and TalkMarkets reposts contributor pieces the day after; published 2021-11-04 (or the evening of 2021-11-03). All market figures are judged at the 2021-11-03 close.',
    "Russell 2000 Explodes To Record High As Fed Taper Fails To Dent Risk Appetite (TalkMarkets). The Russell 2000 surged 1.8% to an all-time high of 2,404 on Wednesday, supported by positive sentiment towards domestically oriented "
    "small and mid-caps following strong services and employment data. The ISM non-manufacturing indicator rose to 66.7 in October from 61.9 in September, blowing past expectations and hitting its highest level on record. "
    "Labor market results also topped forecasts, with private businesses hiring 571,000 workers last month according to the ADP Research Institute, versus estimates of 370,000 new jobs. The Russell 2000's upward momentum "
    "accelerated in the afternoon despite the Fed's decision to start dialing back on pandemic-related stimulus. At the conclusion of its two-day meeting, the FOMC left the federal funds rate unchanged at 0.00% - 0.25% and "
    "announced that it will begin phasing out its $120 billion monthly asset-buying scheme in mid-November, reducing total purchases by $15 billion per month to conclude the program by the middle of next year. "
    "The taper announcement was fully discounted, so it failed to fuel any kind of turbulence in risk assets. At the post-meeting press conference, Chairman Powell reiterated that the inflationary trend is caused by pandemic "
    "dislocations and that monetary policy tools will not address supply-driven price pressures.",
    [
        C('RUT', 'day_change_pct', 1.8, 'percent', 'surged 1.8%', "day_pct('RUT','2021-11-03')", S, D1, '+1.80% on Wednesday 2021-11-03.', ref='2021-11-03'),
        C('RUT', 'record_close', 2404, 'index points', 'an all-time high of 2,404 on Wednesday', "[is_record_close('RUT','2021-11-03'), close('RUT','2021-11-03'), record_close_upto('RUT','2021-11-02'), is_record_high('RUT','2021-11-03'), weekday('2021-11-03')]", S, REC,
          'Record close 2,404.28 on Wednesday 2021-11-03, above the previous record of 2,361.86 set the day before; the session high (2,413.39) was also an intraday record.', ref='2021-11-03'),
        C('ISM_SERVICES', 'level', 66.7, 'index', 'rose to 66.7 in October', None, U, NOFILE, 'ISM data are not in the files.', ref='2021-11-03'),
        C('ISM_SERVICES', 'level_prev', 61.9, 'index', 'from 61.9 in September', None, U, NOFILE, 'ISM data are not in the files.', ref='2021-10-05'),
        C('ISM_SERVICES', 'record', True, 'flag', 'hitting its highest level on record', None, U, NOFILE, 'ISM data are not in the files.', ref='2021-11-03'),
        C('ADP_PAYROLLS', 'jobs', 571000, 'jobs', 'hiring 571,000 workers', None, U, NOFILE, 'Payroll data are not in the files.', ref='2021-11-03'),
        C('ADP_PAYROLLS', 'estimate', 370000, 'jobs', 'estimates of 370,000 new jobs', None, U, NOFILE, 'Economists\' estimates are not in the files.', ref='2021-11-03'),
        C('RUT', 'afternoon_acceleration', True, 'flag', 'upward momentum accelerated in the afternoon', "[session_range_pct('RUT','2021-11-03'), day_pct('RUT','2021-11-03')]", U, 'intraday path not in the files: unverifiable',
          'Daily bars show a session range of -0.28% to +2.18% and a +1.80% close, but not when in the day the gains came.', ref='2021-11-03', basis='intraday'),
        C('FEDFUNDS', 'fomc_meeting_end', '2021-11-03', 'date', 'At the conclusion of its two-day meeting', "fomc_meetings('2021-11-01','2021-11-05')", S, FED, 'The FOMC meeting ended on Wednesday 2021-11-03.', ref='2021-11-03'),
        C('FEDFUNDS', 'target_range', '0.00-0.25', 'percent', 'unchanged at 0.00% - 0.25%', "[fed_range('2021-11-04'), fed_changes('2021-10-01','2021-12-31')]", S, FED,
          'Target range 0.00%-0.25% before and after the meeting; no change in late 2021.', ref='2021-11-03'),
        C('FED_BALANCE_SHEET', 'monthly_purchases', 120, 'billion dollars', '$120 billion monthly asset-buying scheme', None, U, NOFILE, 'Fed asset purchases are not in the files.', ref='2021-11-03'),
        C('FED_BALANCE_SHEET', 'taper_pace', 15, 'billion dollars', '$15 billion per month', None, U, NOFILE, 'Fed asset purchases are not in the files.', ref='2021-11-03'),
        C('FED_BALANCE_SHEET', 'taper_end', 'mid-2022', 'period', 'by the middle of next year', None, F, FC, 'The announced end date of the program.', ref='2021-11-03'),
        C('GENERIC', 'taper_discounted', None, 'statement', 'was fully discounted', None, N, QUOTE, 'Market commentary.', ref='2021-11-03'),
    ])

# ---------------------------------------------------------------- 6
add('equities_20220127_rut_bear_market_after_fomc', 'equities.com',
    'https://www.equities.com/news/russell-2000-enters-bear-market-territory-for-first-time-in-nearly-two-years/',
    'Equities.com', '2022-01-27', 'high',
    'The page shows no date. "Small caps tumbled Thursday ... falling 2.3% to close at 1,931.29" is the 2022-01-27 close (a Thursday), and "his press conference on Wednesday following the FOMC meeting" is the 2022-01-26 meeting; the piece was written after that close. The last sentence of the page excerpt breaks off after "the S&P 500 is down 10"; the unit is taken from the parallel Nasdaq figure.',
    "Russell 2000 Enters Bear Market Territory for First Time in Nearly Two Years (Equities.com). Small caps tumbled Thursday to their lowest level in over a year, with the Russell 2000 Index falling 2.3% to close at 1,931.29. "
    "Since setting an all time high on November 8, 2020, the bellwether small cap index has plunged 20.9%, defining its first bear market move since March 2020. Eyes on the Fed: Federal Reserve Chair Jerome Powell, "
    "in his press conference on Wednesday following the FOMC meeting, said that inflation has gotten \"slightly worse\" since the Fed last met in December, and signaled that a series of interest rate hikes would begin in March. "
    "\"I think there is quite a bit of room to raise interest rates without threatening the labor market,\" Powell said. While stocks across the market capitalization spectrum have traded lower with rising interest rates and inflation looming, "
    "small caps have been pacing the decline. 31% of Russell 2000 companies were not profitable as of year-end 2021, according to a report by Jefferies cited in The Wall Street Journal. The last time the Russell 2000 entered bear market "
    "territory in 2020, the decline in small caps presaged the fall of the major large cap indexes just a few days later, as the S&P 500 and Nasdaq Composite all fell into bear market territory. From its November 2021 peak, "
    "the Nasdaq has dropped 17%, while the S&P 500 is down 10%.",
    [
        C('RUT', 'day_change_pct', -2.3, 'percent', 'falling 2.3%', "day_pct('RUT','2022-01-27')", S, D1, '-2.29% on 2022-01-27.', ref='2022-01-27'),
        C('RUT', 'close', 1931.29, 'index points', 'close at 1,931.29', "close('RUT','2022-01-27')", S, D2, 'Close 1,931.29.', ref='2022-01-27'),
        C('RUT', 'lowest_since', 'over a year', 'period', 'lowest level in over a year', "[last_close_at_or_below('RUT',close('RUT','2022-01-27'),'2022-01-26'), months_between('2020-12-14','2022-01-27')]", S, SINCE,
          'The last close at or below 1,931.29 was on 2020-12-14, 13.4 months earlier.', ref='2022-01-27'),
        C('RUT', 'record_close_date', '2020-11-08', 'date', 'all time high on November 8, 2020', "record_close_upto('RUT','2022-01-27')", X, 'wrong date: contradicted',
          'The record close was 2,442.74 on 2021-11-08, not 2020 (2020-11-08 was a Sunday, and the index was near 1,650 that week).', ref='2021-11-08'),
        C('RUT', 'pct_from_ath', 20.9, 'percent', 'plunged 20.9%', "pct_below_record('RUT','2022-01-27')", S, D1, '20.94% below the 2021-11-08 record close.', ref='2022-01-27'),
        C('RUT', 'first_bear_since', '2020-03', 'month', 'first bear market move since March 2020', "[first_close_below_peak('RUT','2019-01-01','2020-04-30',20), max_drawdown('RUT','2020-03-24','2022-01-26')]", S, SINCE,
          'The previous close 20% or more below a peak was 2020-03-09; from the March 2020 low to 2022-01-26 the largest drawdown was 19.09%, so this was the first bear market since March 2020.', ref='2022-01-27'),
        C('RUT', 'first_bear_in_years', 2, 'years', 'for First Time in Nearly Two Years', "years_between('2020-03-09','2022-01-27')", S, NEARLY,
          '2020-03-09 to 2022-01-27 is 1.9 years.', q='nearly', ref='2022-01-27'),
        C('FEDFUNDS', 'fomc_meeting_day', 'Wednesday', 'weekday', 'his press conference on Wednesday', "[fomc_meetings('2022-01-20','2022-01-31'), weekday('2022-01-26')]", S, FED,
          'FOMC decision on Wednesday 2022-01-26.', ref='2022-01-26'),
        C('FEDFUNDS', 'previous_meeting', 'December', 'month', 'since the Fed last met in December', "fomc_meetings('2021-12-01','2022-01-25')", S, FED,
          'The previous meeting ended on 2021-12-15.', ref='2021-12-15'),
        C('QUOTE', 'inflation_slightly_worse', None, 'quote', 'gotten "slightly worse"', None, N, QUOTE, 'Powell\'s assessment; CPI is not in the files.', ref='2022-01-26'),
        C('FEDFUNDS', 'hikes_begin', 'March', 'month', 'would begin in March', "[fomc_meetings('2022-03-01','2022-03-31'), fed_changes('2022-01-27','2022-04-30')]", F, FC,
          'A signal of future policy. (The first hike came at the 2022-03-16 meeting, effective 2022-03-17.)', ref='2022-01-26'),
        C('RUT', 'pacing_decline', True, 'comparison', 'small caps have been pacing the decline', "[pct_below_record('RUT','2022-01-27'), pct_below_record('IXIC','2022-01-27'), pct_below_record('SPX','2022-01-27')]", S, 'comparison matches',
          'Below their record closes at 2022-01-27: RUT 20.94%, Nasdaq 16.84%, S&P 500 9.80%.', ref='2022-01-27'),
        C('RUT_FUNDAMENTALS', 'share_unprofitable', 31, 'percent', '31% of Russell 2000 companies', None, U, NOFILE, 'Constituent earnings are not in the files.', ref='2021-12-31'),
        C('SPX,IXIC', 'bear_market_after_rut_2020', True, 'flag', 'just a few days later', "[first_close_below_peak('RUT','2019-01-01','2020-04-30',20), first_close_below_peak('SPX','2019-01-01','2020-04-30',20), first_close_below_peak('IXIC','2019-01-01','2020-04-30',20)]", S, DATE,
          'First closes 20% below their peaks in 2020: RUT 2020-03-09, S&P 500 and Nasdaq both 2020-03-12, three sessions later.', ref='2020-03-12'),
        C('IXIC', 'pct_from_high', 17, 'percent', 'the Nasdaq has dropped 17%', "[record_close_upto('IXIC','2022-01-27'), pct_below_record('IXIC','2022-01-27')]", S, INT,
          '16.84% below the 2021-11-19 record close of 16,057.44.', ref='2022-01-27'),
        C('SPX', 'pct_from_high', 10, 'percent', 'the S&P 500 is down 10%', "[record_close_upto('SPX','2022-01-27'), pct_below_record('SPX','2022-01-27'), pct_below_level('SPX','2022-01-27',4704.54)]", S, INT,
          '9.80% below the S&P 500\'s record close of 4,796.56 (2022-01-03). Read literally from its November 2021 high (4,704.54 on 2021-11-18) the drop is 8.04%, which would be imprecise; the truncated sentence most likely referred to the index\'s own peak.', ref='2022-01-27'),
    ])

# ---------------------------------------------------------------- 7
add('ft_20230927_small_caps_wilt_higher_rates', 'ft.com',
    'https://www.ft.com/content/9de514d5-678b-4b52-91e1-86fd53794d13',
    'Financial Times', '2023-09-27', 'high',
    'The FT page excerpt shows no date; reposts of the article are timestamped 2023-09-27 02:32 and an Investing.com summary 2023-09-27 08:32, so it appeared late on 2023-09-26 or early on 2023-09-27 (London). The figures are judged at the last close before publication, 2023-09-26.',
    "US small cap stocks wilt in the heat of higher interest rates (Financial Times). Small and mid-sized US stocks are struggling under the strain of high interest rates, as the Federal Reserve's pledge to hold borrowing costs "
    "higher for longer threatens the weaker balance sheets of smaller companies. The Russell 2000 small-cap index has fallen 11 per cent since its peak in July, while the S&P 500 is down 7 per cent over the same period. "
    "The small-cap index has dropped 7 per cent in September alone, leaving it more than 27 percentage points below its all-time high in 2021, compared with 11 percentage points for the S&P. The underperformance highlights "
    "how smaller stocks are acutely feeling the effects of the Fed's rate increases. A big factor behind the small-cap decline is fast-rising interest costs at smaller companies: interest expenses for the S&P 600, another "
    "small-cap index, hit a record high in the latest batch of second-quarter earnings, according to data compiled by Ned Davis Research. \"This is new, uncharted territory for small caps,\" said Ed Clissold, Ned Davis's US strategist. "
    "Small caps have broadly weaker balance sheets than their large-cap counterparts. Crucially, 30 per cent of Russell 2000 companies' debt stock is floating-rate, exposing them to a rising rate environment. That is in contrast "
    "to 6 per cent for the S&P 500, according to Goldman Sachs.",
    [
        C('RUT', 'change_since_peak', -11, 'percent', 'has fallen 11 per cent since its peak in July', "[pct('RUT','2023-07-31','2023-09-26'), pct('RUT','2023-07-31','2023-09-25')]", I, PCTI,
          '-12.06% from the 2023-07-31 peak close (2,003.18) to 2023-09-26, 1.06 points more than stated (the figure matches the 2023-09-25 close, -10.93%, when the other figures do not).', ref='2023-09-26', window='2023-07-31..2023-09-26'),
        C('RUT', 'peak_month', '2023-07', 'month', 'its peak in July', "[argmax_close('RUT','2023-01-01','2023-09-26'), max_close('RUT','2023-01-01','2023-09-26')]", S, DATE, 'The 2023 high close to date was 2,003.18 on 2023-07-31.', ref='2023-07-31'),
        C('SPX', 'change_since_peak', -7, 'percent', 'the S&P 500 is down 7 per cent over the same period', "pct('SPX','2023-07-31','2023-09-26')", S, INT, '-6.87% from the 2023-07-31 close (4,588.96, its 2023 high) to 2023-09-26.', ref='2023-09-26', window='2023-07-31..2023-09-26'),
        C('RUT', 'mtd_change', -7, 'percent', 'dropped 7 per cent in September alone', "mtd('RUT','2023-09-26')", S, INT, '-7.27% month to date at the 2023-09-26 close.', ref='2023-09-26', window='2023-09 to date'),
        C('RUT', 'pct_from_ath', 27, 'percentage points', 'more than 27 percentage points below its all-time high', "pct_below_record('RUT','2023-09-26')", S, MORE, '27.88% below the record close.', q='more than', ref='2023-09-26'),
        C('RUT', 'ath_year', 2021, 'year', 'its all-time high in 2021', "record_close_upto('RUT','2023-09-26')", S, DATE, 'Record close 2,442.74 on 2021-11-08.', ref='2021-11-08'),
        C('SPX', 'pct_from_ath', 11, 'percentage points', 'compared with 11 percentage points for the S&P', "[record_close_upto('SPX','2023-09-26'), pct_below_record('SPX','2023-09-26')]", S, INT, '10.90% below the S&P 500 record close of 4,796.56 (2022-01-03).', ref='2023-09-26'),
        C('GENERIC', 'fed_higher_for_longer', None, 'statement', "the Federal Reserve's pledge to hold borrowing costs higher for longer", None, N, QUOTE, 'A characterisation of Fed guidance.', ref='2023-09-26'),
        C('SP600_FUNDAMENTALS', 'interest_expense_record', True, 'flag', 'hit a record high in the latest batch of second-quarter earnings', None, U, NOFILE, 'Company fundamentals are not in the files (nor the S&P 600).', ref='2023-06-30'),
        C('RUT_FUNDAMENTALS', 'floating_rate_debt_share', 30, 'percent', "30 per cent of Russell 2000 companies' debt stock", None, U, NOFILE, 'Company debt data are not in the files.', ref='2023-09-26'),
        C('SPX_FUNDAMENTALS', 'floating_rate_debt_share', 6, 'percent', 'to 6 per cent for the S&P 500', None, U, NOFILE, 'Company debt data are not in the files.', ref='2023-09-26'),
    ])

# ---------------------------------------------------------------- 8
add('tradingview_20240328_rut_plays_catch_up', 'tradingview.com (mirror)',
    'https://amazon-us-03-00-feo.std.metric.edgekey.net/symbols/TVC-RUT/ideas/page-6',
    'TradingView idea (broker market commentary), on a mirror of the TradingView TVC:RUT ideas page', '2024-03-28', 'high',
    'Undated idea on a listing page. "Tomorrow\'s Good Friday market closures" and "investors will have to wait until Monday" place it on Thursday 2024-03-28 (Good Friday 2024-03-29, no session in the files); "yesterday" is Wednesday 2024-03-27, whose closing moves are judged. Core PCE for February 2024 was released on 2024-03-29.',
    "Russell 2000 plays catch-up. US stock index futures were a touch weaker this morning. But this follows a particularly strong session yesterday which saw the Dow, S&P 500 and NASDAQ 100 close up 1.2%, 0.9% and 0.5% respectively. "
    "But the stand-out performance came from the Russell 2000, the US's broad-based, domestically-focused stock index. It ended the session over 2% higher, suggesting that investors are widening their horizons away from the highly "
    "priced tech giants to more reasonably priced corporations. As the Russell is still around 14% shy of its record level hit back in November 2021, the bulls could argue convincingly that there's plenty of life left in the bull market. "
    "Today's data releases came in mostly in line with expectations, with a small upgrade to Final GDP. But tomorrow sees the most important update with the release of Core PCE, the Fed's preferred inflation measure. "
    "This has been trending lower since September 2022 when it stood at +5.2% year-on-year. Last month it dropped to +2.8%, its lowest level since April 2021. The hope is that it will continue to moderate; if it were to tick higher, "
    "investors will have to wait until Monday to respond, given tomorrow's Good Friday market closures.",
    [
        C('INDEX_FUTURES', 'morning_change', 'weaker', 'direction', 'futures were a touch weaker this morning', None, U, INTRA, 'Stock index futures are not in the files.', ref='2024-03-28', basis='pre-market'),
        C('DJI', 'day_change_pct', 1.2, 'percent', 'close up 1.2%', "day_pct('DJI','2024-03-27')", S, D1, '+1.22% on 2024-03-27.', ref='2024-03-27'),
        C('SPX', 'day_change_pct', 0.9, 'percent', '0.9% and 0.5% respectively', "day_pct('SPX','2024-03-27')", S, D1, '+0.86%.', ref='2024-03-27'),
        C('NDX', 'day_change_pct', 0.5, 'percent', 'and 0.5% respectively', "day_pct('NDX','2024-03-27')", I, PCTI, '+0.39%: 0.11 point off, outside the 1-decimal tolerance but within the imprecise band.', ref='2024-03-27'),
        C('RUT', 'day_change_pct', 2, 'percent', 'ended the session over 2% higher', "day_pct('RUT','2024-03-27')", S, MORE, '+2.13%.', q='more than', ref='2024-03-27'),
        C('RUT', 'pct_from_ath', 14, 'percent', 'around 14% shy of its record level', "pct_below_record('RUT','2024-03-27')", S, ABOUT, '13.44% below the record close at the 2024-03-27 close.', q='about', ref='2024-03-27'),
        C('RUT', 'record_date', '2021-11', 'month', 'hit back in November 2021', "record_close_upto('RUT','2024-03-27')", S, DATE, 'Record close 2,442.74 on 2021-11-08.', ref='2021-11-08'),
        C('US_GDP', 'revision', 'up', 'direction', 'a small upgrade to Final GDP', None, U, NOFILE, 'GDP data are not in the files.', ref='2024-03-28'),
        C('US_CORE_PCE', 'yoy', 5.2, 'percent', 'it stood at +5.2% year-on-year', None, U, NOFILE, 'PCE inflation is not in the files.', ref='2022-09-30'),
        C('US_CORE_PCE', 'yoy', 2.8, 'percent', 'it dropped to +2.8%', None, U, NOFILE, 'PCE inflation is not in the files.', ref='2024-02-29'),
        C('US_CORE_PCE', 'lowest_since', '2021-04', 'month', 'its lowest level since April 2021', None, U, NOFILE, 'PCE inflation is not in the files.', ref='2024-02-29'),
        C('CALENDAR', 'market_closed', '2024-03-29', 'date', "tomorrow's Good Friday market closures", "[is_trading_day('SPX','2024-03-29'), weekday('2024-03-29'), is_trading_day('SPX','2024-04-01'), weekday('2024-04-01')]", S, DATE,
          'No session on Good Friday 2024-03-29 in any index file; the next session was Monday 2024-04-01.', ref='2024-03-29'),
    ])

# ---------------------------------------------------------------- 9
add('marketwatch_20240711_small_caps_rotation_cpi', 'daytradetowin.com',
    'https://daytradetowin.com/blog/small-caps-rise-as-magnificent-seven-falter-after-cpi',
    'MarketWatch (Dow Jones), reposted on daytradetowin.com', '2024-07-11', 'medium',
    'The repost carries no date; other copies of the same story are dated 2024-07-12. It describes Thursday 2024-07-11, the day of the June CPI report (released 2024-07-11), with closing moves for the indexes and "by midday Thursday" figures for the megacaps, so it was written late on 2024-07-11. Index figures are judged at the 2024-07-11 close.',
    "Small Caps Rise as Magnificent Seven Falter After CPI. Thursday wasn't a great day for hedge funds long on megacap tech stocks and short on the rest of the market. A cooler-than-expected June consumer-price index (CPI) reading "
    "appeared to spark a rotation into previously unloved sectors. \"Hedge funds are blowing up today,\" said Jay Hatfield, CEO of Infrastructure Capital Advisers. Small-cap stocks surged, with the Russell 2000 index up 3.6%, "
    "while the Nasdaq Composite slumped 2%. This marked the biggest one-day outperformance for the Russell over the Nasdaq since records began in 1986, according to Dow Jones Market Data. Market analysts noted sharp rises in "
    "baskets tracking heavily shorted stocks. On Thursday, the S&P 500 pulled back 0.9% after reaching a record intraday high, while the Dow Jones Industrial Average gained 0.1%. The consumer-price index fell 0.1% in June, "
    "slowing the year-over-year rate to 3%. The core rate, excluding energy and food costs, rose 0.1%, slowing to 3.3% from 3.4%. Economists caution that more data will be needed to ensure a September rate cut by the Federal "
    "Reserve, but fed-funds futures traders now see a better than 90% probability of at least a quarter-point reduction, according to the CME FedWatch Tool. The Magnificent Seven megacap tech stocks, which had led the rally "
    "since October 2022 on AI enthusiasm, were each down at least 2% by midday Thursday, a market-cap drop of more than $500 billion.",
    [
        C('RUT', 'day_change_pct', 3.6, 'percent', 'Russell 2000 index up 3.6%', "day_pct('RUT','2024-07-11')", S, D1, '+3.57% on 2024-07-11.', ref='2024-07-11'),
        C('IXIC', 'day_change_pct', -2, 'percent', 'the Nasdaq Composite slumped 2%', "day_pct('IXIC','2024-07-11')", S, INT, '-1.95%.', ref='2024-07-11'),
        C('RUT-IXIC', 'record_daily_spread', True, 'flag', 'biggest one-day outperformance for the Russell over the Nasdaq', "[max_spread_day('RUT','IXIC','2024-07-11','2024-07-11'), max_spread_day('RUT','IXIC','1987-09-10','2024-07-10')]", S, 'record in the file; history before the file not checkable',
          'RUT +3.57% against Nasdaq -1.95%: a 5.52-point spread, the largest in the files (the previous largest was 4.97 points on 2020-11-09). The RUT file starts 1987-09-10, so the 1986-87 part of "since records began in 1986" cannot be checked.', ref='2024-07-11', window='1987-09-10..2024-07-11'),
        C('SPX', 'day_change_pct', -0.9, 'percent', 'pulled back 0.9%', "day_pct('SPX','2024-07-11')", S, D1, '-0.88%.', ref='2024-07-11'),
        C('SPX', 'record_intraday_high', True, 'flag', 'after reaching a record intraday high', "[is_record_high('SPX','2024-07-11'), high('SPX','2024-07-11'), prior_record_high('SPX','2024-07-11')]", S, RECH,
          'Session high 5,642.45, above the previous intraday record of 5,635.39 (2024-07-10).', ref='2024-07-11', basis='intraday high'),
        C('DJI', 'day_change_pct', 0.1, 'percent', 'Dow Jones Industrial Average gained 0.1%', "day_pct('DJI','2024-07-11')", S, D1, '+0.08%.', ref='2024-07-11'),
        C('US_CPI', 'mom_change', -0.1, 'percent', 'consumer-price index fell 0.1% in June', None, U, NOFILE, 'CPI data are not in the files.', ref='2024-07-11'),
        C('US_CPI', 'yoy', 3, 'percent', 'year-over-year rate to 3%', None, U, NOFILE, 'CPI data are not in the files.', ref='2024-07-11'),
        C('US_CORE_CPI', 'mom_change', 0.1, 'percent', 'rose 0.1%, slowing', None, U, NOFILE, 'CPI data are not in the files.', ref='2024-07-11'),
        C('US_CORE_CPI', 'yoy', 3.3, 'percent', 'slowing to 3.3% from 3.4%', None, U, NOFILE, 'CPI data are not in the files.', ref='2024-07-11'),
        C('FEDFUNDS', 'september_cut', True, 'flag', 'to ensure a September rate cut', "[fomc_meetings('2024-09-01','2024-09-30'), fed_changes('2024-07-12','2024-09-30')]", F, FC,
          'Economists\' view of a future decision. (The Fed cut by half a point on 2024-09-18.)', ref='2024-07-11'),
        C('FEDFUNDS', 'futures_odds_cut', 90, 'percent', 'better than 90% probability', None, U, 'futures-implied odds for a meeting without futures in the files: unverifiable',
          'ZQ_futures.csv holds only contracts from July 2026.', q='more than', ref='2024-07-11'),
        C('MAG7', 'rally_start', '2022-10', 'month', 'led the rally since October 2022', None, U, NOFILE, 'No Magnificent Seven series in the files.', ref='2024-07-11'),
        C('MAG7', 'day_change_pct', -2, 'percent', 'each down at least 2% by midday', None, U, NOFILE, 'Single stocks are not in the files.', q='at least', ref='2024-07-11', basis='midday'),
        C('MAG7', 'market_cap_drop', 500, 'billion dollars', 'more than $500 billion', None, U, NOFILE, 'Market capitalisations are not in the files.', q='more than', ref='2024-07-11', basis='midday'),
    ])

# ---------------------------------------------------------------- 10
add('marketwatch_20240920_rut_longest_streak_fed_cut', 'morningstar.com',
    'https://morningstar.com/news/marketwatch/20240921218/small-cap-stocks-post-longest-rally-since-2021-after-fed-rate-cut-whats-next',
    'MarketWatch (Christine Idzelis), on Morningstar', '2024-09-20', 'high',
    'MarketWatch story syndicated on Morningstar; the path id 20240921218 carries the syndication date. The text is written on Friday 2024-09-20 ("was down 0.6% in early afternoon trading Friday"; "through Thursday" = 2024-09-19). Friday figures are judged against the 2024-09-20 session range, Thursday figures at the 2024-09-19 close; "the Fed\'s half-point rate cut" is the 2024-09-18 decision.',
    "Small-cap stocks post longest rally since 2021 after Fed rate cut. What's next? (MarketWatch, by Christine Idzelis). Small-cap stocks were retreating Friday, following their longest winning streak in three and a half years "
    "after the Federal Reserve recalibrated its monetary policy with a big interest-rate cut. The small-cap focused Russell 2000 Index was down 0.6% in early afternoon trading Friday, after booking seven straight days of gains. "
    "The rally marked the index's longest streak of daily gains since March 15, 2021, according to Dow Jones Market Data. Small caps led stock-market gains this week after the Fed's half-point rate cut, Fundstrat's Thomas Lee "
    "said in a note, adding that \"this small-cap strength could be the start of a multi-year cycle of small-cap outperformance.\" The Russell 2000 was up 11.1% for the year through Thursday, after a surge this quarter that included "
    "a sharp rise following the Fed's rate decision, FactSet data show. The index on Friday was paring its weekly climb to 2.6%, but still had a bigger gain than the S&P 500 so far this week. Although the Russell 2000 on Thursday "
    "was short of an all-time peak, or a 52-week high, \"it did manage to take out its late August high,\" said Bespoke Investment Group. Seven-day winning streaks are \"uncommon\" for the index since 2003, but not when looking "
    "further back in history to 1980, the firm said. \"Three months after seven-day winning streaks since 2003, the Russell 2000's average performance has been a gain of just 0.6% with gains two-thirds of the time,\" Bespoke wrote. "
    "After six months, the index had an average gain of 3% based on history of such rallies since 2003.",
    [
        C('RUT', 'day_change_pct', -0.6, 'percent', 'was down 0.6% in early afternoon trading', "[session_range_pct('RUT','2024-09-20'), day_pct('RUT','2024-09-20')]", U, MID,
          'Session range -1.13% to -0.16% on 2024-09-20; the RUT closed -1.10%.', ref='2024-09-20', basis='early afternoon'),
        C('RUT', 'up_streak', 7, 'sessions', 'seven straight days of gains', "up_streak('RUT','2024-09-19')", S, STREAK, 'Seven higher closes from 2024-09-11 to 2024-09-19.', ref='2024-09-19', window='2024-09-11..2024-09-19'),
        C('RUT', 'longest_streak_since', '2021-03-15', 'date', 'since March 15, 2021', "last_up_streak_at_least('RUT','2024-09-19')", S, SINCE,
          'The last run of at least seven higher closes before this one was a seven-session run ending 2021-03-15.', ref='2024-09-19'),
        C('RUT', 'longest_streak_years', 3.5, 'years', 'longest winning streak in three and a half years', "years_between('2021-03-15','2024-09-19')", S, SINCE, '2021-03-15 to 2024-09-19 is 3.5 years.', ref='2024-09-19'),
        C('FEDFUNDS', 'cut_size', 0.5, 'percentage points', "the Fed's half-point rate cut", "[fomc_meetings('2024-09-16','2024-09-20'), fed_range('2024-09-18'), fed_range('2024-09-19')]", S, FED,
          'Decision of 2024-09-18: target range from 5.25%-5.50% to 4.75%-5.00% (effective 2024-09-19).', ref='2024-09-18'),
        C('QUOTE', 'multi_year_cycle', None, 'forecast', 'the start of a multi-year cycle', None, F, FC, 'Strategist\'s view of future performance.', ref='2024-09-19'),
        C('RUT', 'ytd_change', 11.1, 'percent', 'up 11.1% for the year through Thursday', "ytd('RUT','2024-09-19')", S, D1, '+11.13% at the 2024-09-19 close.', ref='2024-09-19', window='2024 to 09-19'),
        C('RUT', 'qtd_surge', True, 'flag', 'after a surge this quarter', "pct('RUT','2024-06-28','2024-09-19')", S, 'direction and size match', '+10.01% from the 2024-06-28 close to 2024-09-19.', ref='2024-09-19', window='2024-Q3 to 09-19'),
        C('RUT', 'week_change', 2.6, 'percent', 'paring its weekly climb to 2.6%', "[n_day_range('RUT','2024-09-20',5), week_return('RUT','2024-09-20')]", U, MID,
          'Week-to-date change (from the 2024-09-13 close) ranged from +2.05% to +3.05% during the Friday session; the week ended +2.08%.', ref='2024-09-20', window='week ended 2024-09-20', basis='intraday'),
        C('RUT', 'week_beats_spx', True, 'comparison', 'still had a bigger gain than the S&P 500 so far this week', "[n_day_range('RUT','2024-09-20',5), n_day_range('SPX','2024-09-20',5), week_return('RUT','2024-09-20'), week_return('SPX','2024-09-20')]", S, 'comparison matches at every point of the session',
          'Week to date on Friday: RUT between +2.05% and +3.05%, S&P 500 between +0.86% and +1.58%; the week closed +2.08% against +1.36%.', ref='2024-09-20', window='week ended 2024-09-20', basis='intraday'),
        C('RUT', 'below_ath', True, 'flag', 'was short of an all-time peak', "[close('RUT','2024-09-19'), record_close_upto('RUT','2024-09-19')]", S, REC, '2,252.71 on 2024-09-19, below the 2,442.74 record close of 2021-11-08.', ref='2024-09-19'),
        C('RUT', 'below_52w_high', True, 'flag', 'or a 52-week high', "[close('RUT','2024-09-19'), max_close('RUT','2023-09-19','2024-09-18'), argmax_close('RUT','2023-09-19','2024-09-18')]", S, 'comparison matches',
          'The 52-week high close was 2,263.67 (2024-07-16), above the 2,252.71 of 2024-09-19.', ref='2024-09-19'),
        C('RUT', 'above_late_august_high', True, 'flag', 'take out its late August high', "[close('RUT','2024-09-19'), high('RUT','2024-09-19'), max_close('RUT','2024-08-19','2024-08-31'), max_high('RUT','2024-08-19','2024-08-31')]", S, 'comparison matches',
          'Late-August highs: close 2,218.70 (2024-08-23), intraday 2,237.69 (2024-08-26); on 2024-09-19 the RUT closed at 2,252.71 after a 2,258.78 high, above both.', ref='2024-09-19'),
        C('RUT', 'seven_day_streaks_uncommon_since_2003', True, 'comparison', 'are "uncommon" for the index since 2003', "[len(up_streak_events('RUT',7,'2003-01-01','2024-09-19')), len(up_streak_events('RUT',7,'1987-09-10','2002-12-31'))]", S, 'counts compared',
          '25 seven-session winning streaks from 2003 to 2024-09-19 (about 1.1 a year) against 58 from 1987-09 to 2002 (about 3.8 a year); history before 1987-09-10 is not in the files.', ref='2024-09-19', window='1987-09-10..2024-09-19'),
        C('RUT', 'post_streak_3m_avg', 0.6, 'percent', 'a gain of just 0.6%', "[up_streak_fwd('RUT',7,'2003-01-01','2024-09-18',63,'avg'), up_streak_fwd('RUT',7,'2003-01-01','2024-09-18',63,'n')]", S, 'replicated: 63 sessions after each day a streak reached seven, 2003 to 2024-09-18',
          'Average 63-session change after the 24 earlier seven-day streaks since 2003: +0.56%.', ref='2024-09-19', window='2003..2024'),
        C('RUT', 'post_streak_3m_share_up', 66.7, 'percent', 'with gains two-thirds of the time', "up_streak_fwd('RUT',7,'2003-01-01','2024-09-18',63,'pos')", S, 'replicated: 63 sessions after each day a streak reached seven, 2003 to 2024-09-18',
          '16 of 24 (66.67%) were higher three months later.', ref='2024-09-19', window='2003..2024'),
        C('RUT', 'post_streak_6m_avg', 3, 'percent', 'an average gain of 3%', "up_streak_fwd('RUT',7,'2003-01-01','2024-09-18',126,'avg')", S, 'replicated: 126 sessions after each day a streak reached seven, 2003 to 2024-09-18',
          'Average 126-session change: +3.03%.', ref='2024-09-19', window='2003..2024'),
    ])

# ---------------------------------------------------------------- 11
add('marketwatch_20250113_bofa_small_caps_rate_risk', 'tradealgo.com',
    'https://tradealgo.com/news/the-possibility-of-rate-cuts-poses-a-heightened-risk-for-small-cap-stocks-warns-bank-of-america',
    'MarketWatch (Dow Jones), reworded on TradeAlgo', '2025-01-13', 'high',
    'The page shows no date. "Recorded a modest gain on Monday but remains 1.6% lower year-to-date", "On Friday, the index\'s sharp decline pushed it into correction territory" and "a note ... dated January 12" place it on Monday 2025-01-13 (the Friday is 2025-01-10, the day of the December jobs report). Monday figures are judged at the 2025-01-13 close; the yield at FRED\'s 2025-01-13 value.',
    "The Possibility of Rate Cuts Poses a Heightened Risk for Small-Cap Stocks, Warns Bank of America (MarketWatch story, reworded by TradeAlgo). Small-cap stocks are encountering heightened risks due to a surge in bond market interest rates, with the Russell 2000 index entering correction territory. "
    "The Russell 2000 index recorded a modest gain on Monday but remains 1.6% lower year-to-date, according to FactSet data. On Friday, the index's sharp decline pushed it into correction territory, a drop of 10% or more from a recent peak. "
    "Despite the resilient U.S. economy, small caps face increased refinancing risks, according to a note from equity and quantitative strategists at BofA Global Research dated January 12. BofA economists now believe the Federal Reserve's "
    "rate-cutting cycle has ended, after December's stronger-than-expected U.S. jobs report and the persistence of inflation above the Fed's 2% target. The strategists highlighted that the performance correlation between small caps "
    "and the 10-year Treasury yield is now the \"most negative in our data history.\" On Monday, the 10-year Treasury yield rose to 4.802%, its highest level since October 31, 2023, based on 3 p.m. Eastern Time data from "
    "Dow Jones Market Data. Small-cap stocks tend to perform better during periods of economic recovery when interest rates are low; historically, they have outperformed in the 12 months following the Federal Reserve's final rate cut "
    "and during the interval between the last cut and the next hike.",
    [
        C('RUT', 'day_change_pct', None, 'direction', 'recorded a modest gain on Monday', "day_pct('RUT','2025-01-13')", S, 'sign matches', '+0.24% on Monday 2025-01-13.', ref='2025-01-13'),
        C('RUT', 'ytd_change', -1.6, 'percent', 'remains 1.6% lower year-to-date', "ytd('RUT','2025-01-13')", S, D1, '-1.60% at the 2025-01-13 close.', ref='2025-01-13', window='2025 to date'),
        C('RUT', 'correction', True, 'flag', "the index's sharp decline pushed it into correction territory", "[pct_below_52w_high('RUT','2025-01-08'), pct_below_52w_high('RUT','2025-01-10'), day_pct('RUT','2025-01-10')]", S, 'correction: a close at least 10% below the 52-week high',
          'Friday 2025-01-10: -2.22% to 2,189.23, 10.35% below the 2024-11-25 high close of 2,442.03; the previous session (2025-01-08) was 8.32% below it.', ref='2025-01-10'),
        C('FEDFUNDS', 'cutting_cycle_over', True, 'flag', "rate-cutting cycle has ended", "[last_fed_cut_before('2025-01-13'), fed_range('2025-01-13')]", F, FC,
          'An economists\' call about future policy. (The last cut had taken effect on 2024-12-19, to 4.25%-4.50%; the Fed cut again from September 2025.)', ref='2025-01-13'),
        C('US_PAYROLLS', 'surprise', 'stronger', 'direction', "December's stronger-than-expected U.S. jobs report", None, U, NOFILE, 'Payroll data and forecasts are not in the files.', ref='2025-01-10'),
        C('US_CPI', 'above_target', 2, 'percent', "inflation above the Fed's 2% target", None, U, NOFILE, 'Inflation data are not in the files.', q='more than', ref='2025-01-13'),
        C('RUT-US10Y', 'correlation_record', True, 'flag', 'most negative in our data history', None, U, METHOD, 'The correlation window and history are not stated.', ref='2025-01-12'),
        C('US10Y', 'yield', 4.802, 'percent', 'rose to 4.802%', "[rate('DGS10','2025-01-10'), rate('DGS10','2025-01-13')]", S, YLD,
          'FRED DGS10 4.79 on 2025-01-13 (up from 4.77), within 0.02 of the 3 p.m. figure.', ref='2025-01-13', basis='3 p.m.'),
        C('US10Y', 'highest_since', '2023-10-31', 'date', 'highest level since October 31, 2023', "[rate_last_at_or_above('DGS10','2025-01-13'), rate('DGS10','2023-10-31')]", S, SINCE,
          'The last FRED close at or above 4.79 was 4.88 on 2023-10-31.', ref='2025-01-13'),
        C('RUT', 'after_final_cut', True, 'flag', "outperformed in the 12 months following the Federal Reserve's final rate cut", None, U, METHOD, 'The cycles and the comparison index are not stated.', ref='2025-01-13'),
    ])

# ---------------------------------------------------------------- 12
add('zacks_20250814_small_caps_lead_after_cpi', 'zacks.com',
    'https://www.zacks.com/investment-newsletter.php?arc=20250814&art_rec=home-home-top_stories-ID05-txt-20250814',
    'Zacks Investment Research (morning newsletter)', '2025-08-14', 'exact',
    'Date in the URL (arc=20250814), a Thursday; "yesterday" is Wednesday 2025-08-13 and "Tuesday" 2025-08-12, the day of the July CPI report. PPI for July was released on the morning of 2025-08-14.',
    "Stocks Closed Higher Yesterday, Small-Caps Led The Way Once Again, PPI Inflation Report On Tap This Morning (Zacks). Stocks closed higher again yesterday. The S&P 500 and Nasdaq both made new all-time highs again. "
    "But the leading index, once again, was the small-cap Russell 2000 with an outsized gain of 1.98%. That comes on top of Tuesday's 2.99%. It looks like the long-awaited breakout in small-caps is finally underway. "
    "Tuesday's Consumer Price Index report helped lift stocks. While inflation ticked up, it did so only modestly: the annual core rate came in at 3.1%, up two tenths of a percent from last month, but down a tenth from the 3.2% "
    "rate we ended 2024 at. The moderate inflation readings are increasing the chances that the Fed resumes its interest rate cuts sooner rather than later. With the Fed still forecasting 2 cuts this year, and only 3 FOMC meetings "
    "remaining this year (September, October and December), it would appear these cuts are just around the corner, and small caps, which usually borrow at less favorable terms than larger companies, stand to benefit. "
    "We'll get another look at inflation this morning with the Producer Price Index. The headline rate is expected to be up 0.2% m/m vs. last month's 0.0%, while the y/y rate is forecast at 2.6% vs. last month's 2.3%. "
    "We'll also get Weekly Jobless Claims, and more earnings with another 187 companies on deck to report.",
    [
        C('SPX,IXIC,DJI,RUT', 'all_higher', True, 'flag', 'Stocks closed higher again yesterday', "[[day_pct(t,'2025-08-12') for t in ('SPX','IXIC','DJI','RUT')], [day_pct(t,'2025-08-13') for t in ('SPX','IXIC','DJI','RUT')]]", S, 'sign matches',
          'All four indexes rose on 2025-08-12 and again on 2025-08-13 (S&P 500 +1.13%/+0.32%, Nasdaq +1.39%/+0.14%, Dow +1.10%/+1.04%, RUT +2.99%/+1.98%).', ref='2025-08-13'),
        C('SPX', 'record_close', True, 'flag', 'The S&P 500 and Nasdaq both made new all-time highs again', "record_close_dates('SPX','2025-08-01','2025-08-13')", S, REC, 'Record closes on 2025-08-12 and 2025-08-13.', ref='2025-08-13'),
        C('IXIC', 'record_close', True, 'flag', 'and Nasdaq both made new all-time highs', "record_close_dates('IXIC','2025-08-01','2025-08-13')", S, REC, 'Record closes on 2025-08-07, 08-08, 08-12 and 08-13.', ref='2025-08-13'),
        C('RUT', 'leading_index', True, 'rank', 'the leading index, once again', "[[day_pct(t,'2025-08-12') for t in ('RUT','SPX','IXIC','DJI')], [day_pct(t,'2025-08-13') for t in ('RUT','SPX','IXIC','DJI')]]", S, RANK,
          'The RUT had the largest gain of the four on both days.', ref='2025-08-13'),
        C('RUT', 'day_change_pct', 1.98, 'percent', 'an outsized gain of 1.98%', "day_pct('RUT','2025-08-13')", S, D2, '+1.98% on 2025-08-13.', ref='2025-08-13'),
        C('RUT', 'day_change_pct', 2.99, 'percent', "Tuesday's 2.99%", "[day_pct('RUT','2025-08-12'), weekday('2025-08-12')]", S, D2, '+2.99% on Tuesday 2025-08-12.', ref='2025-08-12'),
        C('US_CORE_CPI', 'yoy', 3.1, 'percent', 'came in at 3.1%', None, U, NOFILE, 'CPI data are not in the files.', ref='2025-08-12'),
        C('US_CORE_CPI', 'yoy_change', 0.2, 'percentage points', 'up two tenths of a percent', None, U, NOFILE, 'CPI data are not in the files.', ref='2025-08-12'),
        C('US_CORE_CPI', 'yoy_end_2024', 3.2, 'percent', 'the 3.2% rate we ended 2024 at', None, U, NOFILE, 'CPI data are not in the files.', ref='2024-12-31'),
        C('FEDFUNDS', 'cuts_resume', True, 'flag', 'the Fed resumes its interest rate cuts', "[last_fed_cut_before('2025-08-14'), fed_changes('2025-01-01','2025-08-14'), fed_changes('2025-08-15','2025-12-31')]", F, FC,
          'A view of future policy; "resumes" is right about the past: the last cut took effect on 2024-12-19 and there was none in 2025 before this. (Cuts followed on 2025-09-17, 10-29 and 12-10.)', ref='2025-08-14'),
        C('FEDFUNDS', 'projected_cuts_2025', 2, 'count', 'still forecasting 2 cuts this year', None, U, NOFILE, 'The FOMC\'s Summary of Economic Projections is not in the files.', ref='2025-08-14'),
        C('FEDFUNDS', 'meetings_remaining', 3, 'count', 'only 3 FOMC meetings remaining this year (September, October and December)', "fomc_meetings('2025-08-14','2025-12-31')", S, FED,
          'Remaining 2025 decision days: 2025-09-17, 2025-10-29, 2025-12-10.', ref='2025-08-14'),
        C('US_PPI', 'mom_expected', 0.2, 'percent', 'expected to be up 0.2% m/m', None, F, FC, 'Consensus forecast.', ref='2025-08-14'),
        C('US_PPI', 'mom_prev', 0.0, 'percent', "last month's 0.0%", None, U, NOFILE, 'PPI data are not in the files.', ref='2025-07-16'),
        C('US_PPI', 'yoy_expected', 2.6, 'percent', 'forecast at 2.6%', None, F, FC, 'Consensus forecast.', ref='2025-08-14'),
        C('US_PPI', 'yoy_prev', 2.3, 'percent', "last month's 2.3%", None, U, NOFILE, 'PPI data are not in the files.', ref='2025-07-16'),
        C('EARNINGS', 'companies_reporting', 187, 'count', 'another 187 companies', None, U, NOFILE, 'Earnings calendars are not in the files.', ref='2025-08-14'),
    ])

# ---------------------------------------------------------------- 13
add('oninvest_20250826_small_caps_after_jackson_hole', 'en.oninvest.com',
    'https://en.oninvest.com/article/bofa-ubs-eye-small-cap-outperformance-after-powell-s-dovish-remarks',
    'Oninvest (citing Bloomberg)', '2025-08-26', 'high',
    'The page gives BofA\'s note as written "yesterday, August 25", so the piece is from Tuesday 2025-08-26. Friday figures are the 2025-08-22 session (Powell\'s Jackson Hole speech); the month-to-date figures are judged at the 2025-08-25 close, the last before publication.',
    "BofA, UBS eye small-cap outperformance after Powell's dovish remarks (Oninvest). In the weeks ahead, the Russell 2000, the benchmark for U.S. small-cap stocks, may continue to outperform large-cap peers. In remarks in Jackson Hole "
    "on Friday, August 22, Fed Chair Powell signaled that interest rates could be cut as early as September. The remarks lifted all major equity indexes, while the iShares Russell 2000 ETF drew its largest inflows since November 2024. "
    "\"In the absence of major tariff news or other macro surprises, we think the Russell 2000 likely leads large caps in the coming weeks,\" BofA equity strategist Jill Carey Hall wrote in a note to clients yesterday, August 25, "
    "as quoted by Bloomberg. Strategists at UBS wrote that small caps and low-quality stocks \"could continue to outperform as rate cuts help alleviate balance sheet pressures.\" The Russell 2000 has jumped 8% month to date, "
    "compared with a 3.2% gain in the S&P 500 during that time. Lower borrowing costs would provide relief to small companies, which tend to carry higher levels of floating-rate debt, UBS noted. Markets rallied after Powell's remarks. "
    "On Friday, the S&P 500 rose 1.5%, while the Dow Jones Industrial Average and the tech-heavy Nasdaq Composite added about 1.9% each. The Russell 2000 posted the biggest gain, surging almost 4% on Friday. "
    "\"Small caps finally broke out after Jackson Hole,\" Lori Calvasina, RBC Capital Markets' head of U.S. equity strategy, wrote in a note to clients.",
    [
        C('CALENDAR', 'weekday', 'Friday', 'weekday', 'on Friday, August 22', "weekday('2025-08-22')", S, DATE, '2025-08-22 was a Friday.', ref='2025-08-22'),
        C('FEDFUNDS', 'cut_as_early_as', 'September', 'month', 'could be cut as early as September', "[fomc_meetings('2025-09-01','2025-09-30'), fed_changes('2025-09-01','2025-09-30')]", F, FC,
          'A signal about future policy. (The Fed cut at its 2025-09-17 meeting, effective 2025-09-18.)', ref='2025-08-22'),
        C('SPX,DJI,IXIC,RUT', 'all_higher', True, 'flag', 'lifted all major equity indexes', "[day_pct(t,'2025-08-22') for t in ('SPX','DJI','IXIC','RUT')]", S, 'sign matches',
          'On 2025-08-22: S&P 500 +1.52%, Dow +1.89%, Nasdaq +1.88%, RUT +3.86%.', ref='2025-08-22'),
        C('IWM', 'largest_inflows_since', '2024-11', 'month', 'largest inflows since November 2024', None, U, NOFILE, 'Fund flows are not in the files.', ref='2025-08-22'),
        C('QUOTE', 'rut_leads_coming_weeks', None, 'forecast', 'likely leads large caps in the coming weeks', None, F, FC, 'Strategist\'s outlook.', ref='2025-08-25'),
        C('QUOTE', 'small_caps_outperform', None, 'forecast', 'could continue to outperform', None, F, FC, 'Strategists\' outlook.', ref='2025-08-25'),
        C('RUT', 'mtd_change', 8, 'percent', 'jumped 8% month to date', "[mtd('RUT','2025-08-25'), mtd('RUT','2025-08-22'), pct('RUT','2025-08-01','2025-08-25')]", X, PCTX,
          'Month to date from the 2025-07-31 close: +5.77% at the 2025-08-25 close (+6.80% at the Friday close), 2.2 points off. Measured from the 2025-08-01 close instead, the gain to 2025-08-25 is +7.96%, exactly the figure given: the source\'s "month to date" starts after the first August session, against the convention used here.', ref='2025-08-25', window='2025-08 to date'),
        C('SPX', 'mtd_change', 3.2, 'percent', 'a 3.2% gain in the S&P 500', "[mtd('SPX','2025-08-25'), mtd('SPX','2025-08-22'), pct('SPX','2025-08-01','2025-08-25')]", X, PCTX,
          '+1.58% from the 2025-07-31 close to 2025-08-25 (+2.01% to the Friday close); the error (1.6 points) exceeds 20% of the true value. From the 2025-08-01 close the gain is +3.23%, matching the figure on that reading.', ref='2025-08-25', window='2025-08 to date'),
        C('SPX', 'day_change_pct', 1.5, 'percent', 'the S&P 500 rose 1.5%', "day_pct('SPX','2025-08-22')", S, D1, '+1.52% on 2025-08-22.', ref='2025-08-22'),
        C('DJI', 'day_change_pct', 1.9, 'percent', 'Dow Jones Industrial Average and the tech-heavy Nasdaq Composite added about 1.9% each', "day_pct('DJI','2025-08-22')", S, ABOUT, '+1.89%.', q='about', ref='2025-08-22'),
        C('IXIC', 'day_change_pct', 1.9, 'percent', 'Nasdaq Composite added about 1.9% each', "day_pct('IXIC','2025-08-22')", S, ABOUT, '+1.88%.', q='about', ref='2025-08-22'),
        C('RUT', 'biggest_gain', True, 'rank', 'The Russell 2000 posted the biggest gain', "[day_pct(t,'2025-08-22') for t in ('RUT','SPX','DJI','IXIC')]", S, RANK, 'RUT +3.86% against +1.52%, +1.89% and +1.88%.', ref='2025-08-22'),
        C('RUT', 'day_change_pct', 4, 'percent', 'surging almost 4% on Friday', "day_pct('RUT','2025-08-22')", S, NEARLY, '+3.86%.', q='nearly', ref='2025-08-22'),
        C('QUOTE', 'breakout', None, 'quote', 'Small caps finally broke out after Jackson Hole', None, N, QUOTE, 'Strategist\'s characterisation.', ref='2025-08-25'),
    ])

# ---------------------------------------------------------------- 14
add('talkmarkets_20250922_rut_new_high_breakout_or_triple_top', 'talkmarkets.com',
    'https://talkmarkets.com/content/stocks--equities/after-finally-rallying-to-new-highs-last-fri-unclear-yet-if-russell-2000-is-headed-for-massive-breakout-or-triple-top?post=524076',
    'TalkMarkets (contributor column)', '2025-09-22', 'medium',
    'The page shows no date. "Last Friday ticked a new all-time high of 2472" and "for the week ... added 2.2 percent to 2449" fit Friday 2025-09-19 (intraday high 2,472.27, close 2,448.77, week +2.16%), and the August jobs data (released 2025-09-05) are the latest cited, so the column was written over the weekend of 2025-09-20/21 and posted around Monday 2025-09-22. Market figures are judged at 2025-09-19.',
    "After Finally Rallying To New Highs Last Fri, Unclear Yet If Russell 2000 Is Headed For Massive Breakout Or Triple Top (TalkMarkets). The Russell 2000 has finally joined the S&P 500 in reaching new highs. Lower interest rates, "
    "and hopes for more, likely triggered the move. After a long wait, small-cap bulls have finally achieved what their large-cap peers did a long time ago. The Russell 2000 last Friday ticked a new all-time high of 2472, just edging "
    "past the prior high of 2466 posted last November and 2459 before that in November 2021. That said, Friday also saw a little bit of a reversal as the session finished lower. For the week, the small cap index added 2.2 percent to 2449. "
    "In contrast, large-caps such as the S&P 500 surpassed their prior highs a long time ago, subsequently recording one after another fresh high. The S&P 500 mid cap index, however, is still four percent under its high from last November. "
    "The recent momentum behind the Russell 2000 comes against the backdrop of a Federal Reserve that has now adopted an easing bias. In recent months, there has been a significant deceleration in job creation. In August, the economy "
    "only created 22,000 non-farm jobs. In the four months through August, only 27,000 new jobs were added per month, and that included a loss of 13,000 jobs in June; this was the first monthly loss since December 2020. "
    "Concurrently, the unemployment rate in August rose to 4.32 percent, the first time since October 2021 that unemployment crossed 4.3 percent.",
    [
        C('RUT', 'new_highs', True, 'flag', 'has finally joined the S&P 500 in reaching new highs', "[record_close_dates('RUT','2025-09-01','2025-09-19'), is_record_high('RUT','2025-09-18'), is_record_high('RUT','2025-09-19')]", S, REC,
          'Record close 2,467.70 on 2025-09-18 (the first since 2021-11-08) and intraday records on 2025-09-18 and 2025-09-19.', ref='2025-09-19'),
        C('RUT', 'record_intraday_high', 2472, 'index points', 'ticked a new all-time high of 2472', "[is_record_high('RUT','2025-09-19'), high('RUT','2025-09-19'), weekday('2025-09-19')]", S, RECH, 'Intraday high 2,472.27 on Friday 2025-09-19, a record.', ref='2025-09-19', basis='intraday high'),
        C('RUT', 'prior_intraday_record', 2466, 'index points', 'just edging past the prior high of 2466 posted last November', "[prior_record_high('RUT','2025-09-19'), prior_record_high('RUT','2025-09-18')]", X, 'wrong record: contradicted',
          'The prior intraday record was 2,470.07, set the day before (2025-09-18); 2,466.49 (2024-11-25) was the record before that one. The November 2024 value itself is right, but it was not the high Friday edged past.', ref='2025-09-19', basis='intraday high'),
        C('RUT', 'earlier_intraday_record', 2459, 'index points', '2459 before that in November 2021', "prior_record_high('RUT','2024-11-25')", S, 'intraday record value and date match', 'The record before November 2024 was 2,458.86 on 2021-11-08.', ref='2021-11-08', basis='intraday high'),
        C('RUT', 'day_change', 'down', 'direction', 'the session finished lower', "day_pct('RUT','2025-09-19')", S, 'sign matches', '-0.77% on 2025-09-19.', ref='2025-09-19'),
        C('RUT', 'week_change', 2.2, 'percent', 'added 2.2 percent to 2449', "week_return('RUT','2025-09-19')", S, D1, '+2.16% for the week ended 2025-09-19.', ref='2025-09-19', window='week ended 2025-09-19'),
        C('RUT', 'close', 2449, 'index points', 'percent to 2449', "close('RUT','2025-09-19')", S, INT, 'Close 2,448.77.', ref='2025-09-19'),
        C('SPX', 'records_long_ago', True, 'flag', 'surpassed their prior highs a long time ago', "[record_close_dates('SPX','2025-06-01','2025-09-19')[0], len(record_close_dates('SPX','2025-06-01','2025-09-19'))]", S, REC,
          'The S&P 500 regained its record on 2025-06-27 and set 24 record closes from then to 2025-09-19.', ref='2025-09-19'),
        C('SP400', 'pct_from_high', 4, 'percent', 'still four percent under its high from last November', None, U, NOFILE, 'The S&P MidCap 400 is not in the files.', ref='2025-09-19'),
        C('FEDFUNDS', 'easing_bias', True, 'flag', 'a Federal Reserve that has now adopted an easing bias', "fed_changes('2025-09-01','2025-09-19')", S, FED, 'The Fed cut by a quarter point on 2025-09-17 (effective 2025-09-18), its first cut since December 2024.', ref='2025-09-17'),
        C('US_PAYROLLS', 'august', 22000, 'jobs', 'only created 22,000 non-farm jobs', None, U, NOFILE, 'Payroll data are not in the files.', ref='2025-08-31'),
        C('US_PAYROLLS', 'avg_4m', 27000, 'jobs', 'only 27,000 new jobs were added per month', None, U, NOFILE, 'Payroll data are not in the files.', ref='2025-08-31'),
        C('US_PAYROLLS', 'june', -13000, 'jobs', 'a loss of 13,000 jobs in June', None, U, NOFILE, 'Payroll data are not in the files.', ref='2025-06-30'),
        C('US_PAYROLLS', 'first_loss_since', '2020-12', 'month', 'the first monthly loss since December 2020', None, U, NOFILE, 'Payroll data are not in the files.', ref='2025-06-30'),
        C('US_UNEMPLOYMENT', 'rate', 4.32, 'percent', 'rose to 4.32 percent', None, U, NOFILE, 'Labour data are not in the files.', ref='2025-08-31'),
        C('US_UNEMPLOYMENT', 'first_above_since', '2021-10', 'month', 'the first time since October 2021', None, U, NOFILE, 'Labour data are not in the files.', ref='2025-08-31'),
    ])

# ---------------------------------------------------------------- 15
add('tradenation_20251205_small_caps_outperform_again', 'cdn.tradenation.com',
    'https://cdn.tradenation.com/en-za/articles/global-markets-shift-rate-cut-bets-driving-investor-sentiment',
    'Trade Nation (morning market note)', '2025-12-05', 'high',
    'The page shows no date. "November Non-Farm Payrolls should have been released later today", "next week\'s FOMC meeting" and the Thursday jobless-claims report place it on the morning of Friday 2025-12-05; "yesterday" is Thursday 2025-12-04 and "Wednesday" 2025-12-03.',
    "Global markets shift: rate-cut bets driving investor sentiment (Trade Nation). US small caps outperform again. US stock indices had a mixed session yesterday. The Dow lost 0.1%, while the S&P 500 and NASDAQ eked out modest gains of 0.1% "
    "and 0.2% respectively. Small caps were once again the standout performers as the Russell 2000 added 0.8%, having gained close to 2% on Wednesday. Yesterday saw an unexpectedly large drop in weekly Unemployment Claims. These dropped "
    "to 191,000, way below the 221,000 expected, coming in at its lowest level in over three years. But the picture was complicated by last week's Thanksgiving holiday. Meanwhile, job cuts have surpassed 1 million this year, according to "
    "Challenger, Gray & Christmas. Yet the probability of a 25-basis point rate cut after next week's FOMC meeting remained little changed at 87%. The Fed has emphasised that its major concern is the underlying weakness in labour markets, "
    "yet it is dealing with an incomplete data picture due to October's government shutdown. November Non-Farm Payrolls should have been released later today; now they will come later this month, after next week's rate decision. "
    "Today also sees the latest Core PCE update, the Fed's preferred inflation measure. This has been trending higher since April, and the last published update was for August, which came in at 2.9% year-on-year, way above the Fed's 2% target.",
    [
        C('DJI,SPX,IXIC', 'mixed_session', True, 'flag', 'had a mixed session yesterday', "[day_pct(t,'2025-12-04') for t in ('DJI','SPX','IXIC')]", S, 'signs match', 'Dow -0.07%, S&P 500 +0.11%, Nasdaq +0.22% on 2025-12-04.', ref='2025-12-04'),
        C('DJI', 'day_change_pct', -0.1, 'percent', 'The Dow lost 0.1%', "day_pct('DJI','2025-12-04')", S, D1, '-0.07%.', ref='2025-12-04'),
        C('SPX', 'day_change_pct', 0.1, 'percent', 'modest gains of 0.1%', "day_pct('SPX','2025-12-04')", S, D1, '+0.11%.', ref='2025-12-04'),
        C('IXIC', 'day_change_pct', 0.2, 'percent', 'and 0.2% respectively', "day_pct('IXIC','2025-12-04')", S, D1, '+0.22%.', ref='2025-12-04'),
        C('RUT', 'day_change_pct', 0.8, 'percent', 'the Russell 2000 added 0.8%', "day_pct('RUT','2025-12-04')", S, D1, '+0.76%.', ref='2025-12-04'),
        C('RUT', 'standout_again', True, 'rank', 'Small caps were once again the standout performers', "[[day_pct(t,'2025-12-03') for t in ('RUT','SPX','IXIC','DJI')], [day_pct(t,'2025-12-04') for t in ('RUT','SPX','IXIC','DJI')]]", S, RANK,
          'Largest gain of the four indexes on both days: 2025-12-03 RUT +1.91% (Dow +0.86%, S&P +0.30%, Nasdaq +0.17%); 2025-12-04 RUT +0.76%.', ref='2025-12-04'),
        C('RUT', 'day_change_pct', 2, 'percent', 'gained close to 2% on Wednesday', "[day_pct('RUT','2025-12-03'), weekday('2025-12-03')]", S, NEARLY, '+1.91% on Wednesday 2025-12-03.', q='nearly', ref='2025-12-03'),
        C('US_JOBLESS_CLAIMS', 'level', 191000, 'claims', 'dropped to 191,000', None, U, NOFILE, 'Labour data are not in the files.', ref='2025-12-04'),
        C('US_JOBLESS_CLAIMS', 'expected', 221000, 'claims', 'the 221,000 expected', None, U, NOFILE, 'Forecasts are not in the files.', ref='2025-12-04'),
        C('US_JOBLESS_CLAIMS', 'lowest_since', 'over three years', 'period', 'lowest level in over three years', None, U, NOFILE, 'Labour data are not in the files.', ref='2025-12-04'),
        C('US_JOB_CUTS', 'ytd', 1000000, 'jobs', 'job cuts have surpassed 1 million this year', None, U, NOFILE, 'Challenger data are not in the files.', q='more than', ref='2025-12-04'),
        C('FEDFUNDS', 'futures_odds_cut', 87, 'percent', 'remained little changed at 87%', None, U, 'futures-implied odds for a meeting without futures in the files: unverifiable', 'ZQ_futures.csv holds only contracts from July 2026.', ref='2025-12-04'),
        C('FEDFUNDS', 'next_meeting', 'next week', 'period', "next week's FOMC meeting", "fomc_meetings('2025-12-05','2025-12-31')", S, FED, 'Next decision day 2025-12-10, the following week.', ref='2025-12-05'),
        C('US_PAYROLLS', 'release_after_fomc', True, 'flag', "after next week's rate decision", None, U, NOFILE, 'Data release calendars are not in the files.', ref='2025-12-05'),
        C('US_CORE_PCE', 'trend', 'higher since April', 'direction', 'trending higher since April', None, U, NOFILE, 'PCE inflation is not in the files.', ref='2025-12-05'),
        C('US_CORE_PCE', 'yoy', 2.9, 'percent', 'came in at 2.9% year-on-year', None, U, NOFILE, 'PCE inflation is not in the files.', ref='2025-08-31'),
    ])

# ---------------------------------------------------------------- 16
add('tigercontra_20251205_iwm_nears_ath_rate_cut_cycles', 'ttm.financial',
    'https://ttm.financial/m/post/507495040360776',
    'Tiger Brokers community post (Tiger_Contra), on TTM', '2025-12-05', 'high',
    'Post stamped "12-05 19:08" (Singapore time, i.e. early on 2025-12-05 in New York); the year is 2025 (December FOMC rate-cut expectations, IWM near $252). "Closed at $251.8" is the 2025-12-04 close. The rate-cut-cycle table is judged from each cycle\'s first cut decision day: three months after it, then the following six months. The table\'s Sep 2007 row is left out of the passage.',
    "$IWM Nears ATH: Historical Signals & Volatility Outlook Amid Dec Rate Cut Expectation (Tiger_Contra). Core conclusion: the iShares Russell 2000 ETF (IWM) closed at $251.8, approaching its all-time high. The probability of a 25bp rate cut "
    "at the December 11 FOMC meeting stands at 87%, but expectations for 2026 rate cuts may be slashed from four to just two. Why has the market already priced in the good news? IWM surged +18.2% from its September low of $212.34 to $251.8. "
    "What history teaches us about rate-cut cycles (cycle: starting rate; IWM in the first 3 months; IWM in the next 6 months; key driver): Jul 1995: 6.0%; +15.2%; +22.3%; soft landing. Jan 2001: 6.5%; -12.8%; -28.5%; dot-com bust. "
    "Mar 2020: 1.75%; +38.7%; +55.2%; pandemic QE. Sep 2024: 5.5%; +18.2% YTD; preemptive cuts. Core conclusion: small caps only rally sustainably when the economy achieves a soft landing (e.g., 1995).",
    [
        C('IWM', 'close', 251.8, 'dollars', 'closed at $251.8, approaching', "close('IWM','2025-12-04')", S, D2, 'IWM closed at $251.82 on 2025-12-04.', ref='2025-12-04'),
        C('IWM', 'near_ath', True, 'flag', 'approaching its all-time high', "[close('IWM','2025-12-04'), prior_record_high('IWM','2025-12-05'), record_close_upto('IWM','2025-12-04')]", S, 'comparison matches',
          'The intraday record was $252.77 (2025-10-15), 0.4% above the close; the $251.82 close was itself a record close, so "approaching" understates it on a closing basis.', ref='2025-12-04'),
        C('FEDFUNDS', 'meeting_date', '2025-12-11', 'date', 'at the December 11 FOMC meeting', "[fomc_meetings('2025-12-01','2025-12-31'), fed_changes('2025-12-01','2025-12-31')]", X, 'wrong date: contradicted',
          'The December FOMC meeting ended on 2025-12-10; 2025-12-11 is only the day the new range took effect in FRED.', ref='2025-12-10'),
        C('FEDFUNDS', 'futures_odds_cut', 87, 'percent', 'stands at 87%', None, U, 'futures-implied odds for a meeting without futures in the files: unverifiable', 'ZQ_futures.csv holds only contracts from July 2026.', ref='2025-12-04'),
        C('FEDFUNDS', 'cuts_2026_expected', 2, 'count', 'may be slashed from four to just two', None, F, FC, 'An expectation about 2026 policy.', ref='2025-12-05'),
        C('IWM', 'gain_from_low', 18.2, 'percent', 'IWM surged +18.2% from its September low', "arith('100*(251.8/212.34-1)')", I, ARITH,
          'From the two stated prices the gain is 18.58%, 0.38 point more than stated.', ref='2025-12-04'),
        C('IWM', 'september_low', 212.34, 'dollars', 'its September low of $212.34', "[min_close('IWM','2025-09-01','2025-09-30'), min_low('IWM','2025-09-01','2025-09-30'), min_close('IWM','2025-07-01','2025-11-30'), argmin_close('IWM','2025-07-01','2025-11-30')]", X, 'level and date do not match: contradicted',
          'IWM\'s lowest September 2025 close was $233.67 (intraday $231.47); it did not trade near $212 after the start of August (lowest close from July to November: $214.92 on 2025-08-01).', ref='2025-09-30', window='2025-09'),
        C('FEDFUNDS', 'start_rate_1995', 6.0, 'percent', 'Jul 1995: 6.0%', "dfedtar_changes('1995-06-01','1995-08-01')", S, FED, 'The target was 6.00% before the 1995-07-06 cut to 5.75%.', ref='1995-07-06'),
        C('IWM', 'return_3m_after_1995_cut', 15.2, 'percent', '6.0%; +15.2%', "pct_after('RUT','1995-07-06',3)", X, PCTX,
          'IWM did not exist until May 2000; the index it tracks rose 5.40% in the three months after the 1995-07-06 cut.', ref='1995-10-06', window='1995-07-06..1995-10-06'),
        C('IWM', 'return_next_6m_1995', 22.3, 'percent', '+15.2%; +22.3%', "pct_months('RUT','1995-07-06',3,9)", X, PCTX,
          'RUT +10.92% over the following six months (1995-10-06 to 1996-04-04).', ref='1996-04-04', window='1995-10-06..1996-04-04'),
        C('FEDFUNDS', 'start_rate_2001', 6.5, 'percent', 'Jan 2001: 6.5%', "dfedtar_changes('2000-12-01','2001-01-31')", S, FED, 'The target was 6.50% before the 2001-01-03 cut to 6.00%.', ref='2001-01-03'),
        C('IWM', 'return_3m_after_2001_cut', -12.8, 'percent', '6.5%; -12.8%', "[pct_after('IWM','2001-01-03',3), pct_after('RUT','2001-01-03',3)]", I, PCTI,
          'IWM -12.16% from the 2001-01-03 close to 2001-04-03 (RUT -11.86%): 0.64 point off.', ref='2001-04-03', window='2001-01-03..2001-04-03'),
        C('IWM', 'return_next_6m_2001', -28.5, 'percent', '-12.8%; -28.5%', "[pct_months('IWM','2001-01-03',3,9), pct_months('RUT','2001-01-03',3,9)]", X, PCTX,
          'IWM -2.76% over the next six months (2001-04-03 to 2001-10-03).', ref='2001-10-03', window='2001-04-03..2001-10-03'),
        C('IWM', 'return_3m_after_2020_cut', 38.7, 'percent', '1.75%; +38.7%', "[pct_after('IWM','2020-03-03',3), pct_after('RUT','2020-03-03',3)]", X, PCTX,
          'IWM -2.13% from the 2020-03-03 close to 2020-06-03 (the crash came after the cut); a +38.7% gain fits only a window starting at the 2020-03-18 low.', ref='2020-06-03', window='2020-03-03..2020-06-03'),
        C('IWM', 'return_next_6m_2020', 55.2, 'percent', '+38.7%; +55.2%', "pct_months('IWM','2020-03-03',3,9)", X, PCTX, 'IWM +27.02% from 2020-06-03 to 2020-12-03.', ref='2020-12-03', window='2020-06-03..2020-12-03'),
        C('FEDFUNDS', 'start_rate_2024', 5.5, 'percent', 'Sep 2024: 5.5%', "[fed_range('2024-09-18'), fed_changes('2024-09-01','2024-09-30')]", S, FED, 'Range 5.25%-5.50% before the 2024-09-18 cut.', ref='2024-09-18'),
        C('IWM', 'ytd_change', 18.2, 'percent', '+18.2% YTD', "[ytd('IWM','2025-12-04'), tr_pct('IWM','2024-12-31','2025-12-04')]", X, PCTX,
          'IWM was up 13.97% in 2025 to the 2025-12-04 close (14.86% with dividends); 4.2 points off.', ref='2025-12-04', window='2025 to date'),
    ])

# ---------------------------------------------------------------- 17
add('marketwatch_20251208_small_caps_yields_tighten', 'ttm.financial',
    'https://ttm.financial/m/news/2590413893',
    'MarketWatch (Dow Jones), on TTM / Tiger Brokers news', '2025-12-08', 'high',
    'The page shows no date. "Recapturing record territory last week" (record close 2025-12-04), "on Wednesday" a third cut of the year bringing the range to 3.50%-3.75% (FOMC 2025-12-10) and "on Monday afternoon" place it on Monday 2025-12-08. The year-to-date and yield figures are Monday-afternoon FactSet values, judged against the 2025-12-08 session range and FRED\'s 2025-12-08 close.',
    "Wall Street has finally turned bullish on small-cap stocks, with the Russell 2000 index recapturing record territory last week, helped along by optimism over the Federal Reserve's interest-rate policy (MarketWatch). Yet recent "
    "increases in Treasury yields and a cooling outlook for the Fed's monetary policy next year have been quietly tightening the screws on this popular corner of the equity market, where many companies in the group remain unprofitable. "
    "Small caps, as represented by the Russell 2000, have risen over 13% so far in 2025, topping the Dow Jones Industrial Average's 12.4% year-to-date gain, according to FactSet data. The strength in small caps has continued into the "
    "final month of the year on hopes that the Fed will lower interest rates by another quarter of a percentage point on Wednesday. The move would mark the central bank's third rate reduction this year, following its September and "
    "October cuts, and bring the federal-funds rate down to a range of 3.50% to 3.75%. Longer-term Treasury yields climbed to their highest levels since September on Monday, as fed-funds futures traders dialed back expectations for both "
    "the timing and depth of the Fed's easing in 2026, with no rate cut priced in until at least April, according to the CME FedWatch Tool. The benchmark 10-year Treasury yield was up 3.3 basis points to 4.171% on Monday afternoon, "
    "while the 30-year rate was up nearly 3 basis points, at around 4.815%, according to FactSet data.",
    [
        C('RUT', 'record_close', True, 'flag', 'recapturing record territory last week', "[record_close_dates('RUT','2025-12-01','2025-12-05'), record_close_upto('RUT','2025-12-03')]", S, REC,
          'Record close 2,531.16 on 2025-12-04, above the 2,520.44 record of 2025-10-27.', ref='2025-12-04', window='week of 2025-12-01'),
        C('RUT', 'ytd_change', 13, 'percent', 'have risen over 13% so far in 2025', "[ytd('RUT','2025-12-05'), ytd_range('RUT','2025-12-08'), ytd('RUT','2025-12-08')]", U, 'bound claim mid-session: supported only when both the close and the session extreme satisfy it',
          '+13.06% at the Friday 2025-12-05 close and +13.04% at the Monday close, but during the Monday session the year-to-date gain ran from +12.87% to +13.93%; as a Monday-afternoon figure it cannot be decided.', q='more than', ref='2025-12-08', window='2025 to date', basis='afternoon'),
        C('DJI', 'ytd_change', 12.4, 'percent', "Dow Jones Industrial Average's 12.4% year-to-date gain", "[ytd('DJI','2025-12-05'), ytd_range('DJI','2025-12-08'), ytd('DJI','2025-12-08')]", U, MID,
          'Monday 2025-12-08 session range +11.91% to +12.76% (close +12.21%); at the Friday close it was +12.72%, which would make the figure imprecise on that reading.', ref='2025-12-08', window='2025 to date', basis='afternoon'),
        C('RUT', 'ytd_beats_dji', True, 'comparison', 'topping the Dow Jones Industrial Average', "[ytd_range('RUT','2025-12-08'), ytd_range('DJI','2025-12-08')]", S, 'comparison matches at every point of the session',
          'The RUT\'s lowest year-to-date reading on Monday (+12.87%) was above the Dow\'s highest (+12.76%).', ref='2025-12-08', basis='afternoon'),
        C('FEDFUNDS', 'cut_expected', 0.25, 'percentage points', 'another quarter of a percentage point on Wednesday', "[fomc_meetings('2025-12-08','2025-12-12'), weekday('2025-12-10'), fed_changes('2025-12-08','2025-12-31')]", F, FC,
          'Market hopes for the 2025-12-10 (Wednesday) meeting. (The Fed did cut by a quarter point, effective 2025-12-11.)', ref='2025-12-08'),
        C('FEDFUNDS', 'cuts_this_year', 2, 'count', 'third rate reduction this year, following its September and October cuts', "fed_changes('2025-01-01','2025-12-08')", S, FED,
          'Two cuts in 2025 before the meeting, effective 2025-09-18 (decision 09-17) and 2025-10-30 (decision 10-29); a December cut would be the third.', ref='2025-12-08', window='2025'),
        C('FEDFUNDS', 'target_range_after_cut', '3.50-3.75', 'percent', 'a range of 3.50% to 3.75%', "fed_range('2025-12-08')", S, ARITH,
          'The range was 3.75%-4.00% on 2025-12-08, so a quarter-point cut brings it to 3.50%-3.75% (as happened on 2025-12-11).', ref='2025-12-08'),
        C('US10Y,US30Y', 'highest_since', '2025-09', 'month', 'highest levels since September on Monday', "[rate('DGS10','2025-12-08'), rate_last_at_or_above('DGS10','2025-12-08')]", U, 'intraday yields; tie at FRED precision: unverifiable',
          'FRED\'s 10-year close of 4.17 on 2025-12-08 equals its 2025-11-05 close (4.17), and the last higher close was 4.18 on 2025-10-06; at two decimals the 10-year was at its highest since November or October, not September, but the afternoon three-decimal FactSet levels and the 30-year (not in the files) cannot be checked.', ref='2025-12-08', basis='afternoon'),
        C('FEDFUNDS', 'no_cut_priced_until', 'April', 'month', 'no rate cut priced in until at least April', None, U, 'futures-implied odds for a meeting without futures in the files: unverifiable', 'ZQ_futures.csv holds only contracts from July 2026.', ref='2025-12-08'),
        C('US10Y', 'change_bp', 3.3, 'basis points', 'up 3.3 basis points', "rate_change_bp('DGS10','2025-12-05','2025-12-08')", S, 'yield change at FRED precision (whole basis points)',
          'FRED DGS10 4.14 on 2025-12-05 and 4.17 on 2025-12-08: +3 basis points, consistent with +3.3 at FRED\'s two-decimal precision.', ref='2025-12-08', basis='afternoon'),
        C('US10Y', 'yield', 4.171, 'percent', 'to 4.171%', "rate('DGS10','2025-12-08')", S, YLD, 'FRED DGS10 4.17 on 2025-12-08.', ref='2025-12-08', basis='afternoon'),
        C('US30Y', 'change_bp', 3, 'basis points', 'up nearly 3 basis points', None, U, NOFILE, 'The 30-year yield is not in the files.', q='nearly', ref='2025-12-08'),
        C('US30Y', 'yield', 4.815, 'percent', 'at around 4.815%', None, U, NOFILE, 'The 30-year yield is not in the files.', q='about', ref='2025-12-08'),
    ])

# ---------------------------------------------------------------- 18
add('benzinga_20251209_rut_record_highs_fed_bets', 'benzinga.com',
    'https://www.benzinga.com/markets/equities/25/12/49287377/markets-today-wall-street-tuesday-russell-2000-record-highs-small-caps-silver-records-miners-bitcoin-price',
    'Benzinga (Piero Cingari)', '2025-12-09', 'exact',
    'Dated "December 9, 2025 1:00 PM" on the page (a Tuesday); the index figures are a 12:30 p.m. ET snapshot of the 2025-12-09 session and are judged against its range. The FOMC meeting is 2025-12-09/10.',
    "Russell 2000 Hits Record Highs, Silver Rallies To $60: What's Moving Markets Tuesday? (Benzinga, December 9, 2025). U.S. small caps climbed to fresh record highs Tuesday as traders nearly fully priced in a Federal Reserve rate cut "
    "at Wednesday's policy meeting. By 12:30 p.m. in New York, the Russell 2000 rose 0.6% to 2,540, extending its breakout as investors rotated into small caps and other rate-sensitive sectors. The CME FedWatch tool showed a 90% chance "
    "of a 25-basis-point cut at the Dec. 10 meeting, while Polymarket odds were even firmer at 95%, signaling broad conviction that the Fed is about to begin easing. The S&P 500 added 0.3% to 6,865, sitting less than a percentage point "
    "from record highs. The Dow Jones Industrial Average gained 0.3% and the Nasdaq 100 inched 0.2% higher to 25,700. Job openings jumped to 7.67 million in October, topping expectations. Rate-cut expectations continued to fuel a sharp "
    "rally across precious metals: silver advanced nearly 4% to $60.39 per ounce, a new all-time high that pushed its year-to-date gain toward 110%, while gold rose 0.4% to about $4,210 per ounce. Tuesday's performance in major U.S. indices, "
    "updated by 12:30 p.m. ET: Nasdaq 100 25,697.06 (+0.3%); Dow Jones 47,898.01 (+0.3%); Russell 2000 2,539.04 (+0.6%).",
    [
        C('RUT', 'record_intraday_high', True, 'flag', 'climbed to fresh record highs Tuesday', "[is_record_high('RUT','2025-12-09'), high('RUT','2025-12-09'), prior_record_high('RUT','2025-12-09'), is_record_close('RUT','2025-12-09')]", S, RECH,
          'Session high 2,541.77, just above the previous intraday record of 2,541.67 (2025-10-15); the RUT closed at 2,526.24, not a record close.', ref='2025-12-09', basis='intraday high'),
        C('RUT', 'day_change_pct', 0.6, 'percent', 'the Russell 2000 rose 0.6% to 2,540', "[session_range_pct('RUT','2025-12-09'), day_pct('RUT','2025-12-09')]", U, MID, 'Session range -0.27% to +0.82%; close +0.21%.', ref='2025-12-09', basis='12:30 p.m.'),
        C('RUT', 'level', 2540, 'index points', 'rose 0.6% to 2,540', "[session_range('RUT','2025-12-09'), close('RUT','2025-12-09')]", U, MID, 'Session range 2,514.09 to 2,541.77; close 2,526.24.', ref='2025-12-09', basis='12:30 p.m.'),
        C('FEDFUNDS', 'meeting_date', '2025-12-10', 'date', 'at the Dec. 10 meeting', "[fomc_meetings('2025-12-01','2025-12-31'), weekday('2025-12-10')]", S, FED, 'FOMC decision day Wednesday 2025-12-10.', ref='2025-12-10'),
        C('FEDFUNDS', 'futures_odds_cut', 90, 'percent', 'a 90% chance', None, U, 'futures-implied odds for a meeting without futures in the files: unverifiable', 'ZQ_futures.csv holds only contracts from July 2026.', ref='2025-12-09'),
        C('FEDFUNDS', 'prediction_market_odds', 95, 'percent', 'even firmer at 95%', None, U, NOFILE, 'Prediction-market odds are not in the files.', ref='2025-12-09'),
        C('FEDFUNDS', 'easing_not_yet_begun', True, 'flag', 'the Fed is about to begin easing', "fed_changes('2024-09-01','2025-12-09')", X, 'wrong statement of fact: contradicted',
          'The Fed had already been cutting: five cuts since September 2024, including two in 2025 (effective 2025-09-18 and 2025-10-30). A December cut would continue easing, not begin it.', ref='2025-12-09'),
        C('SPX', 'day_change_pct', 0.3, 'percent', 'The S&P 500 added 0.3%', "[session_range_pct('SPX','2025-12-09'), day_pct('SPX','2025-12-09')]", U, MID, 'Session range -0.13% to +0.27% (0.3 within rounding of the high); close -0.09%.', ref='2025-12-09', basis='12:30 p.m.'),
        C('SPX', 'level', 6865, 'index points', 'added 0.3% to 6,865', "[session_range('SPX','2025-12-09'), close('SPX','2025-12-09')]", U, MID, 'Session range 6,837.43 to 6,864.92 (6,865 within rounding of the high); close 6,840.51.', ref='2025-12-09', basis='12:30 p.m.'),
        C('SPX', 'pct_from_record', 1, 'percent', 'less than a percentage point from record highs', "[record_close_upto('SPX','2025-12-08'), arith('100*(1-6865/6890.89)'), prior_record_high('SPX','2025-12-09'), arith('100*(1-6865/6920.34)')]", S, LESS,
          'At the stated 6,865 the index was 0.38% below its record close (6,890.89, 2025-10-28) and 0.80% below its intraday record (6,920.34, 2025-10-29); under 1% either way.', q='less than', ref='2025-12-09', basis='12:30 p.m.'),
        C('DJI', 'day_change_pct', 0.3, 'percent', 'Dow Jones Industrial Average gained 0.3%', "[session_range_pct('DJI','2025-12-09'), day_pct('DJI','2025-12-09')]", U, MID, 'Session range -0.43% to +0.46%; close -0.38%.', ref='2025-12-09', basis='12:30 p.m.'),
        C('NDX', 'day_change_pct', 0.2, 'percent', 'inched 0.2% higher', "[session_range_pct('NDX','2025-12-09'), day_pct('NDX','2025-12-09')]", U, MID, 'Session range -0.37% to +0.27%; close +0.16%.', ref='2025-12-09', basis='12:30 p.m.'),
        C('NDX', 'level', 25700, 'index points', 'higher to 25,700', "[session_range('NDX','2025-12-09'), close('NDX','2025-12-09')]", U, MID, 'Session range 25,532.34 to 25,698.26; close 25,668.69.', ref='2025-12-09', basis='12:30 p.m.'),
        C('US_JOLTS', 'job_openings', 7.67, 'million', 'jumped to 7.67 million in October', None, U, NOFILE, 'Labour data are not in the files.', ref='2025-12-09'),
        C('SILVER', 'day_change_pct', 4, 'percent', 'silver advanced nearly 4% to $60.39 per ounce', None, U, NOFILE, 'Metals prices are not in the files.', q='nearly', ref='2025-12-09', basis='12:30 p.m.'),
        C('SILVER', 'ytd_change', 110, 'percent', 'toward 110%', None, U, NOFILE, 'Metals prices are not in the files.', q='about', ref='2025-12-09'),
        C('GOLD', 'day_change_pct', 0.4, 'percent', 'gold rose 0.4% to about $4,210 per ounce', None, U, NOFILE, 'Metals prices are not in the files.', ref='2025-12-09', basis='12:30 p.m.'),
        C('NDX', 'level_table', 25697.06, 'index points', 'Nasdaq 100 25,697.06 (+0.3%)', "[session_range('NDX','2025-12-09'), session_range_pct('NDX','2025-12-09')]", U, MID, 'Inside the session range 25,532.34 to 25,698.26 (+0.27% at the high).', ref='2025-12-09', basis='12:30 p.m.'),
        C('DJI', 'level_table', 47898.01, 'index points', 'Dow Jones 47,898.01 (+0.3%)', "[session_range('DJI','2025-12-09'), session_range_pct('DJI','2025-12-09')]", U, MID, 'Inside the session range 47,533.60 to 47,957.79.', ref='2025-12-09', basis='12:30 p.m.'),
        C('RUT', 'level_table', 2539.04, 'index points', 'Russell 2000 2,539.04 (+0.6%)', "[session_range('RUT','2025-12-09'), session_range_pct('RUT','2025-12-09')]", U, MID, 'Inside the session range 2,514.09 to 2,541.77.', ref='2025-12-09', basis='12:30 p.m.'),
    ])

# ---------------------------------------------------------------- 19
add('marketminute_20260128_great_rotation_fed_hold', 'index.businessinsurance.com',
    'https://index.businessinsurance.com/businessinsurance/article/marketminute-2026-1-28-the-great-rotation-small-caps-surge-as-magnificent-seven-rally-stalls-under-weight-of-new-rate-reality',
    'MarketMinute (FinancialContent syndication, machine-written), on Business Insurance', '2026-01-28', 'exact',
    'Date in the URL (marketminute-2026-1-28) and in the text ("today\'s January 28, 2026 meeting"), a Wednesday; the text already reports the hold decided that afternoon, so its market figures are written during the 2026-01-28 session and are judged against that session\'s range (the 2026-01-27 close is given in the notes).',
    "The Great Rotation: Small Caps Surge as Magnificent Seven Rally Stalls Under Weight of New Rate Reality (MarketMinute). As of late January 2026, a seismic shift is rattling the foundations of Wall Street. After a multi-year era "
    "defined by the undisputed dominance of a handful of tech titans, the long-prophesied \"Great Rotation\" has finally arrived. The Russell 2000, the bellwether index for small-cap stocks, has surged nearly 8% in the first few weeks "
    "of the year, while the \"Magnificent Seven\" companies, which carried the market through the AI frenzy of 2023 and 2024, have collectively stalled, with several entering modest correction territory. For the first time in this decade, "
    "analysts are projecting that the earnings growth of small-cap companies will outpace that of mega-cap tech. As the Federal Reserve pauses its aggressive easing cycle at today's January 28, 2026 meeting, investors are reassessing "
    "the value of the \"AI premium\". The road to this rotation was paved by a significant shift in monetary policy that began in late 2024. Following a \"higher for longer\" stance that saw the federal funds rate peak above 5%, "
    "the Federal Reserve embarked on a decisive easing cycle throughout 2025. By December 2025, the central bank had delivered a total of 175 basis points in cuts, bringing the target range to its current 3.50% to 3.75%. "
    "At today's meeting, Fed Chair Jerome Powell and the FOMC elected to hold rates steady, signaling that the \"normalization\" phase is largely complete.",
    [
        C('RUT', 'ytd_change', 8, 'percent', 'has surged nearly 8% in the first few weeks of the year', "[ytd('RUT','2026-01-27'), ytd_range('RUT','2026-01-28'), ytd('RUT','2026-01-28')]", U, MID,
          'During the 2026-01-28 session the year-to-date gain ranged from +6.68% to +8.22% (close +6.92%, which would fall short of "nearly 8"); at the 2026-01-27 close it was +7.45%, within "nearly 8".', q='nearly', ref='2026-01-28', window='2026 to date', basis='intraday'),
        C('MAG7', 'correction', True, 'flag', 'several entering modest correction territory', None, U, NOFILE, 'Single stocks are not in the files.', ref='2026-01-28'),
        C('RUT_EARNINGS', 'growth_outpaces_megacaps', True, 'flag', 'analysts are projecting that the earnings growth', None, F, FC, 'Analysts\' projections.', ref='2026-01-28'),
        C('FEDFUNDS', 'meeting_date', '2026-01-28', 'date', "today's January 28, 2026 meeting", "[fomc_meetings('2026-01-01','2026-01-31'), weekday('2026-01-28')]", S, FED, 'FOMC decision day Wednesday 2026-01-28.', ref='2026-01-28'),
        C('FEDFUNDS', 'hold', True, 'flag', 'elected to hold rates steady', "[fed_range('2026-01-27'), fed_range('2026-01-29'), fed_changes('2026-01-01','2026-02-28')]", S, FED, 'Target range 3.50%-3.75% before and after the meeting; no change.', ref='2026-01-28'),
        C('FEDFUNDS', 'easing_began', 'late 2024', 'period', 'a significant shift in monetary policy that began in late 2024', "fed_changes('2024-01-01','2024-12-31')", S, FED,
          'The first cut of the cycle was decided on 2024-09-18 (effective 09-19), followed by cuts in November and December 2024.', ref='2024-09-18'),
        C('FEDFUNDS', 'peak', 5, 'percent', 'the federal funds rate peak above 5%', "fed_peak('2023-01-01','2024-09-18')", S, MORE, 'The target range peaked at 5.25%-5.50% (July 2023 to September 2024).', q='more than', ref='2024-09-18'),
        C('FEDFUNDS', 'easing_throughout_2025', True, 'flag', 'a decisive easing cycle throughout 2025', "fed_changes('2025-01-01','2025-12-31')", X, 'wrong statement of fact: contradicted',
          'The Fed held the range at 4.25%-4.50% from December 2024 until September 2025; the 2025 cuts came only at the September, October and December meetings (effective 2025-09-18, 10-30, 12-11).', ref='2025-12-31', window='2025'),
        C('FEDFUNDS', 'total_cuts', 175, 'basis points', 'a total of 175 basis points in cuts', "[fed_peak('2023-01-01','2024-09-18'), fed_upper('2025-12-31'), fed_total_change('2024-09-17','2025-12-31')]", S, 'count: exact',
          'Upper bound from 5.50% to 3.75%: six cuts, 175 basis points in all.', ref='2025-12-31', window='2024-09..2025-12'),
        C('FEDFUNDS', 'cuts_completed_by', '2025-12', 'month', 'By December 2025', "last_fed_cut_before('2026-01-28')", S, DATE, 'The last cut took effect on 2025-12-11 (decision 2025-12-10).', ref='2025-12-11'),
        C('FEDFUNDS', 'target_range', '3.50-3.75', 'percent', 'its current 3.50% to 3.75%', "fed_range('2026-01-28')", S, FED, 'Range 3.50%-3.75% on 2026-01-28.', ref='2026-01-28'),
    ])

# ---------------------------------------------------------------- 20
add('marketminute_20260213_small_caps_roar_cpi', 'business.starkvilledailynews.com',
    'https://business.starkvilledailynews.com/starkvilledailynews/article/marketminute-2026-2-13-small-caps-roar-russell-2000-surges-as-cooling-inflation-ignites-rate-cut-hopes',
    'MarketMinute (FinancialContent syndication, machine-written), on the Starkville Daily News business pages', '2026-02-13', 'exact',
    'Date in the URL (marketminute-2026-2-13) and in the text ("on Friday, February 13, 2026"), the day of the January CPI report. "In early trading" figures are judged against the 2026-02-13 session range, the outperformance at the close; futures pricing on 2026-02-13 from ZQ_futures.csv.',
    "Small Caps Roar: Russell 2000 Surges as Cooling Inflation Ignites Rate Cut Hopes (MarketMinute). In a decisive shift for equity markets, the small-cap heavy Russell 2000 index outperformed its large-cap peers on Friday, February 13, 2026, "
    "as investors cheered a cooler-than-expected Consumer Price Index (CPI) report. The surge reflects a growing market consensus that the Federal Reserve may accelerate its rate-cutting cycle, providing relief to smaller, debt-sensitive companies. "
    "While the S&P 500 and the Nasdaq 100 saw modest gains, the iShares Russell 2000 ETF (IWM) jumped nearly 3.2% in early trading, signaling that the \"catch-up\" trade for small caps is gaining momentum. The rally was sparked by the "
    "Labor Department's release of January 2026 CPI data, which showed headline inflation cooling to 2.5% on a year-over-year basis, down from 2.8% in December. Economists had widely predicted a stickier 2.7% print. Throughout late 2025, "
    "small caps were pressured by a \"higher-for-longer\" narrative as the Fed maintained the federal funds rate in the 3.50%–3.75% range to combat lingering price pressures. However, today's data has shifted the probability for a March "
    "rate cut from 40% to over 75%. Markets are now pricing in at least three 25-basis-point cuts by the end of 2026, a scenario that significantly favors the Russell 2000.",
    [
        C('CALENDAR', 'weekday', 'Friday', 'weekday', 'on Friday, February 13, 2026', "weekday('2026-02-13')", S, DATE, '2026-02-13 was a Friday.', ref='2026-02-13'),
        C('RUT', 'outperformed_large_caps', True, 'comparison', 'outperformed its large-cap peers', "[day_pct(t,'2026-02-13') for t in ('RUT','SPX','NDX','DJI','IXIC')]", S, 'comparison matches',
          'RUT +1.18% on 2026-02-13 against S&P 500 +0.05%, Nasdaq-100 +0.18%, Dow +0.10% and Nasdaq Composite -0.22%.', ref='2026-02-13'),
        C('SPX', 'day_change', 'modest gain', 'direction', 'the S&P 500 and the Nasdaq 100 saw modest gains', "day_pct('SPX','2026-02-13')", S, 'sign and size match', '+0.05% at the close.', ref='2026-02-13'),
        C('NDX', 'day_change', 'modest gain', 'direction', 'the Nasdaq 100 saw modest gains', "day_pct('NDX','2026-02-13')", S, 'sign and size match', '+0.18% at the close.', ref='2026-02-13'),
        C('IWM', 'day_change_pct', 3.2, 'percent', 'jumped nearly 3.2% in early trading', "[session_range_pct('IWM','2026-02-13'), day_pct('IWM','2026-02-13'), session_range_pct('RUT','2026-02-13')]", X, 'mid-session figure outside the session range: contradicted',
          'IWM never rose more than 2.17% above the previous close during the 2026-02-13 session (range -0.40% to +2.17%; close +1.32%); "nearly 3.2%" (at least 3.1%) lies a full point outside the range. The RUT itself peaked at +2.01%.', q='nearly', ref='2026-02-13', basis='early trading'),
        C('US_CPI', 'yoy', 2.5, 'percent', 'cooling to 2.5% on a year-over-year basis', None, U, NOFILE, 'CPI data are not in the files.', ref='2026-02-13'),
        C('US_CPI', 'yoy_prev', 2.8, 'percent', 'down from 2.8% in December', None, U, NOFILE, 'CPI data are not in the files.', ref='2026-01-13'),
        C('US_CPI', 'consensus', 2.7, 'percent', 'a stickier 2.7% print', None, U, NOFILE, 'Forecasts are not in the files.', ref='2026-02-13'),
        C('FEDFUNDS', 'range_late_2025', '3.50-3.75', 'percent', 'maintained the federal funds rate in the 3.50%–3.75% range', "[fed_range('2025-09-01'), fed_range('2025-10-01'), fed_range('2025-11-15'), fed_range('2025-12-11'), fed_changes('2025-07-01','2026-02-13')]", X, 'wrong statement of fact: contradicted',
          'The range was 4.25%-4.50% until 2025-09-17, 4.00%-4.25% after the September cut, 3.75%-4.00% after the October cut, and reached 3.50%-3.75% only on 2025-12-11: the Fed was cutting through late 2025, not holding that range.', ref='2025-12-31', window='2025-09..2025-12'),
        C('FEDFUNDS', 'march_cut_odds_before', 40, 'percent', 'from 40%', None, U, 'futures-implied odds for a meeting without futures in the files: unverifiable', 'No March 2026 contract in ZQ_futures.csv (contracts start with July 2026).', ref='2026-02-12'),
        C('FEDFUNDS', 'march_cut_odds_after', 75, 'percent', 'to over 75%', None, U, 'futures-implied odds for a meeting without futures in the files: unverifiable', 'No March 2026 contract in ZQ_futures.csv.', q='more than', ref='2026-02-13'),
        C('FEDFUNDS', 'cuts_priced_2026', 3, 'count', 'pricing in at least three 25-basis-point cuts by the end of 2026', "[zq('ZQF27','2026-02-13'), rate('DFF','2026-02-13'), zq_cuts_priced('ZQF27','2026-02-13')]", X, 'futures pricing from the files: contradicted',
          'The January 2027 contract (which averages the rate after the 2026-12-09 meeting) implied 3.000% at the 2026-02-13 close against an effective rate of 3.64%: 64 basis points, about 2.6 quarter-point cuts (2.5 to 2.6 across the day\'s range), short of three.', q='at least', ref='2026-02-13'),
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
